"""Index lifecycle: add, update, delete, rebuild, settings, crash recovery."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from test_search import other_record

from archive.index import SearchIndex, current_settings
from archive.search import search

ROOT = Path(__file__).resolve().parent.parent


def recs(n: int, word: str = "Kita", start: int = 0) -> list:
    return [
        other_record(
            f"r{i}",
            f"{word} Nummer {i}",
            f"Die {word} in Ort {i} wurde eröffnet.",
            date=f"20{10 + i % 10}-01-01",
        )
        for i in range(start, start + n)
    ]


def total(ix: SearchIndex, q: str) -> int:
    return search(ix, q).total


def test_add_update_delete(tmp_path: Path) -> None:
    ix = SearchIndex(tmp_path)
    ix.add(recs(5))
    assert ix.doc_count() == 5 and total(ix, "Kita") == 5
    changed = other_record("r1", "Schule Nummer 1", "Die Schule wurde eröffnet.")
    changed.version = 2
    ix.add([changed])
    assert ix.doc_count() == 5
    assert ix.indexed_versions()["r1"] == 2
    assert total(ix, "Kita") == 4 and total(ix, "Schule") == 1
    ix.delete(["r2", "nope"])
    assert ix.doc_count() == 4 and "r2" not in ix.indexed_versions()
    ix.close()
    again = SearchIndex(tmp_path)
    assert again.doc_count() == 4 and not again.needs_rebuild()


def test_rebuild_parallel_with_progress(tmp_path: Path) -> None:
    ix = SearchIndex(tmp_path)
    ix.add(recs(3, "Alt"))
    seen: list[int] = []
    ix.rebuild(iter(recs(2500)), total=2500, progress=seen.append)
    assert ix.doc_count() == 2500 and seen[-1] == 2500
    assert total(ix, "Alt") == 0
    assert search(ix, "Kita").total == 2500
    assert len(ix.indexed_versions()) == 2500


def test_other_instance_sees_changes(tmp_path: Path) -> None:
    reader = SearchIndex(tmp_path)
    writer = SearchIndex(tmp_path)
    assert total(reader, "Kita") == 0
    writer.add(recs(2))
    assert total(reader, "Kita") == 2
    writer.rebuild(recs(3))
    assert total(reader, "Kita") == 3


def test_settings_change_needs_rebuild(tmp_path: Path) -> None:
    ix = SearchIndex(tmp_path)
    assert ix.settings() == current_settings() and not ix.needs_rebuild()
    gen = (tmp_path / "CURRENT").read_text().strip()
    settings = json.loads((tmp_path / gen / "settings.json").read_text())
    settings["stemmer_version"] = "pystemmer-0.0-german"
    (tmp_path / gen / "settings.json").write_text(json.dumps(settings))
    ix2 = SearchIndex(tmp_path)
    assert ix2.needs_rebuild()
    ix2.rebuild(recs(1))
    assert not ix2.needs_rebuild()


def test_stale_lock_after_sigkill(tmp_path: Path) -> None:
    ix = SearchIndex(tmp_path)
    ix.add(recs(2))
    script = textwrap.dedent(
        f"""
        import sys, time
        sys.path.insert(0, {str(ROOT)!r})
        from archive.index import SearchIndex
        ix = SearchIndex({str(tmp_path)!r})
        w = ix.ix.writer()
        w.add_document(id="half", title="halb geschrieben")
        print("locked", flush=True)
        time.sleep(60)
        """
    )
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
    assert total(ix, "Kita") == 2  # searching while a writer works
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    t = time.time()
    ix.add(recs(1, "Schule", start=10))
    assert time.time() - t < 10
    assert total(ix, "Schule") == 1 and "half" not in ix.indexed_versions()


def test_damaged_segment_is_recovered(tmp_path: Path) -> None:
    ix = SearchIndex(tmp_path)
    ix.add(recs(3))
    ix.close()
    gen = tmp_path / (tmp_path / "CURRENT").read_text().strip()
    segfiles = [p for p in gen.iterdir() if p.suffix in (".seg", ".trm", ".pst", ".col")]
    assert segfiles
    for p in segfiles:
        p.write_bytes(p.read_bytes()[:10])  # half-written
    (gen / "orphan_x.seg").write_bytes(b"garbage")
    ix2 = SearchIndex(tmp_path)
    assert ix2.needs_rebuild()
    res = search(ix2, "Kita")
    assert res.error is None and res.total == 0
    ix2.rebuild(recs(3))
    assert not ix2.needs_rebuild() and total(ix2, "Kita") == 3


def test_half_written_orphan_segment_ignored(tmp_path: Path) -> None:
    ix = SearchIndex(tmp_path)
    ix.add(recs(3))
    gen = tmp_path / (tmp_path / "CURRENT").read_text().strip()
    (gen / "MAIN_deadbeef.seg").write_bytes(b"\x00" * 10)  # a crashed writer's leftovers
    ix.add(recs(1, "Schule", start=20))
    again = SearchIndex(tmp_path)
    assert not again.needs_rebuild() and again.doc_count() == 4


def test_phrases_survive_segment_merges(tmp_path: Path) -> None:
    """One-off stem pairs live in bucket terms; merging small segments keeps them exact."""
    ix = SearchIndex(tmp_path)
    for i in range(12):  # one commit each: Whoosh merges the small segments
        ix.add([other_record(f"m{i}", f"Meldung {i}", f"Die Wasserwerke Ort{i} melden Rohrbruch{i} heute.")])
    ix.add([other_record("x", "Anders", "Rohrbruch5 melden die Wasserwerke Ort5 nicht.")])
    assert total(ix, '"Wasserwerke Ort5"') == 2
    assert total(ix, '"Ort5 melden Rohrbruch5"') == 1
    assert total(ix, '"Rohrbruch5 Ort5"') == 0
    ix.delete(["m5"])
    assert total(ix, '"Ort5 melden Rohrbruch5"') == 0 and total(ix, '"Ort7 melden Rohrbruch7"') == 1
    ix.rebuild([*recs(3), other_record("y", "Neu", "Rohrbruch9 in Ort9 gemeldet.")])
    assert total(ix, '"Rohrbruch9 Ort9"') == 1 and total(ix, '"Ort9 Rohrbruch9"') == 0
