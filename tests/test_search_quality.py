"""The search-quality set scores nDCG@10 ≥ 0.9 (``python -m archive.quality tests/search_quality``)."""

from __future__ import annotations

from pathlib import Path

from archive.quality import evaluate, load_records, ndcg_at_k

QUALITY = Path(__file__).resolve().parent / "search_quality"


def test_quality_set_size() -> None:
    import json

    assert len(load_records(QUALITY)) >= 30
    assert len(json.loads((QUALITY / "queries.json").read_text(encoding="utf-8"))) >= 40


def test_ndcg_formula() -> None:
    assert ndcg_at_k(["a", "b"], {"a": 2, "b": 1}) == 1.0
    assert ndcg_at_k(["b", "a"], {"a": 2, "b": 1}) < 1.0
    assert ndcg_at_k([], {}) == 1.0


def test_ndcg_at_10(tmp_path: Path) -> None:
    report = evaluate(QUALITY, tmp_path / "ix")
    bad = [(q.query, round(q.ndcg, 2), q.missing) for q in report.queries if q.ndcg < 0.5]
    assert report.ndcg >= 0.9, bad
    assert report.recall >= 0.9, bad
