"""German analysis: folding, stems, the one-pass index terms with stem pairs."""

from __future__ import annotations

from archive import analysis


def test_fold_spellings() -> None:
    assert analysis.fold("Schönwalde") == analysis.fold("Schoenwalde") == "schonwalde"
    assert analysis.fold("Chóśebuz") == "chosebuz"
    assert analysis.fold("Feuer") == "feuer"


def test_index_terms_stems_and_pairs() -> None:
    counts, n = analysis.index_terms("Der Regierende Bürgermeister und die Regierende Bürgermeisterin")
    regier = analysis.stem("Regierende")
    assert n == 4  # stop words are not counted
    assert counts[regier] == 2
    assert counts[analysis.pair(regier, analysis.stem("Bürgermeister"))] >= 1
    # pairs skip stop words, as phrase queries do
    assert analysis.pair(analysis.stem("Bürgermeister"), regier) in counts


def test_index_terms_without_pairs() -> None:
    counts, _ = analysis.index_terms("digitale Kommunen", pairs=False)
    assert set(counts) == {analysis.stem("digitale"), analysis.stem("Kommunen")}


def test_settings_carry_versions() -> None:
    s = analysis.settings()
    assert s["analysis_version"] == analysis.ANALYSIS_VERSION
    assert s["splitter_version"] == analysis.SPLITTER_VERSION
