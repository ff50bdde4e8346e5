"""Searching from many threads at once on one SearchIndex (the web server's 8 threads)."""

from __future__ import annotations

import threading
from pathlib import Path

from test_search import SEED_ID, other_record, seed_record

from archive.index import SearchIndex
from archive.search import search


def test_concurrent_searches_while_indexing(tmp_path: Path) -> None:
    ix = SearchIndex(tmp_path)
    ix.add([seed_record()] + [other_record(f"r{i}", f"Kita Nummer {i}", f"Die Kita {i} in Kyritz.")
                              for i in range(300)])
    errors: list[object] = []
    queries = ["Kita", "Versammlung", '"digitale Kommunen"', "Kit*", "Kita datum:2021", "person:Hermann"]

    def worker(k: int) -> None:
        try:
            for i in range(40):
                q = queries[(i + k) % len(queries)]
                res = search(ix, q)
                assert res.error is None, res.error
                if q == "Versammlung":
                    assert SEED_ID in [h["id"] for h in res.hits]
                if q == "Kita":
                    assert res.total >= 300
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(8)]
    for t in threads:
        t.start()
    ix.add([other_record("late", "Kita spät", "Eine weitere Kita.")])  # a commit during the searches
    for t in threads:
        t.join()
    assert not errors, errors[:3]
    assert search(ix, "Kita").total == 301


def test_snapshot_is_shared_between_threads(tmp_path: Path) -> None:
    ix = SearchIndex(tmp_path)
    ix.add([seed_record()])
    snaps: list[object] = []
    t = threading.Thread(target=lambda: snaps.append(ix.snapshot()))
    t.start()
    t.join()
    assert snaps[0] is ix.snapshot()  # one snapshot (caches keyed on it stay valid) ...
    seen: list[object] = []  # the searchers themselves: an id() may be reused once one is freed
    t = threading.Thread(target=lambda: seen.append(ix.snapshot().searcher))
    t.start()
    t.join()
    assert seen[0] is not ix.snapshot().searcher  # ... but a Whoosh searcher per thread
