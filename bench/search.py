"""Benchmark: the Whoosh archive index against SQLite FTS5 over the same documents.

    python bench/search.py [--docs 10000] [--docs 100000] [--repeat 5]

Documents: the Berlin press releases (``/work/shared/data/berlin/berlin-pressemitteilungen.jsonl.gz``,
topped up with re-used texts under new ids) plus ``corpus/``.  Measures indexing
throughput, index size, peak memory and query latency p50/p95 per query kind
(with highlighting and facets on both sides) and prints the ratios Whoosh/FTS5.
Exits 0 with a message when the Berlin file is absent.
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import sqlite3
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from archive.index import LAST_BUILD, SearchIndex  # noqa: E402
from archive.record import Record, Source  # noqa: E402
from archive.search import search  # noqa: E402

BERLIN = ROOT.parent / "shared" / "data" / "berlin" / "berlin-pressemitteilungen.jsonl.gz"

# kind -> (archive query, FTS5 MATCH expression, optional date range)
QUERIES: dict[str, list[tuple[str, str, tuple[str, str] | None]]] = {
    "term": [("Polizei", "Polizei", None), ("Schule", "Schule", None), ("Senat", "Senat", None),
             ("Verkehr", "Verkehr", None), ("Kultur", "Kultur", None)],
    "two_terms": [("Senat Schule", "Senat Schule", None), ("Polizei Einsatz", "Polizei Einsatz", None),
                  ("Bezirk Kultur", "Bezirk Kultur", None), ("Wohnungen Neubau", "Wohnungen Neubau", None),
                  ("Berlin Verkehr", "Berlin Verkehr", None)],
    "phrase": [('"Regierender Bürgermeister"', '"Regierender Bürgermeister"', None),
               ('"Freiwillige Feuerwehr"', '"Freiwillige Feuerwehr"', None),
               ('"öffentlichen Raum"', '"öffentlichen Raum"', None),
               ('"im Bezirk"', '"im Bezirk"', None), ('"Senatorin für"', '"Senatorin für"', None)],
    "term_date": [("Polizei datum:2019-01..2019-06", "Polizei", ("2019-01-01", "2019-06-30")),
                  ("Schule datum:2020", "Schule", ("2020-01-01", "2020-12-31")),
                  ("Senat datum:2018-05", "Senat", ("2018-05-01", "2018-05-31")),
                  ("Berlin datum:2021", "Berlin", ("2021-01-01", "2021-12-31")),
                  ("Verkehr datum:2016..2017", "Verkehr", ("2016-01-01", "2017-12-31"))],
    "prefix": [("Digital*", "Digital*", None), ("Schul*", "Schul*", None), ("Verkehrs*", "Verkehrs*", None),
               ("Feuer*", "Feuer*", None), ("Bau*", "Bau*", None)],
    "rare_name": [],  # filled from the corpus: names occurring in 1-3 documents
}


def berlin_docs(n: int) -> Iterator[dict[str, str]]:
    """``n`` documents: Berlin releases, then the same texts again under new ids; plus corpus/."""
    rows = []
    with gzip.open(BERLIN, "rt", encoding="utf-8") as fh:
        for line in fh:
            rows.append(json.loads(line))
            if len(rows) >= n:
                break
    for p in sorted((ROOT / "corpus").glob("*.txt")):
        text = p.read_text(encoding="utf-8")
        rows.insert(0, {"id": p.stem, "date": "2020-05-20", "title": p.stem, "text": text})
    i = 0
    while i < n:
        for r in rows:
            if i >= n:
                break
            rid = str(r["id"]) if i < len(rows) else f"{r['id']}-copy{i // len(rows)}"
            yield {"id": rid, "date": (r.get("date") or "")[:10], "title": r.get("title") or "",
                   "text": r.get("text") or ""}
            i += 1


def to_record(d: dict[str, str]) -> Record:
    date = d["date"] if len(d["date"]) == 10 else None
    source = Source(uri=d["id"], sha256="0" * 64, format="text", bytes=len(d["text"]))
    return Record(id=d["id"], source=source,
                  title=d["title"], body=d["text"], date=date, place="Berlin", publisher="Land Berlin",
                  categories=["Pressemitteilung"])


def dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def peak_mb() -> tuple[float, float]:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, kids


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    if not values:
        return float("nan")
    k = min(len(values) - 1, max(0, round(p / 100 * (len(values) - 1))))
    return values[k]


def rare_names(docs: list[dict[str, str]]) -> list[str]:
    """Capitalised words found in 1–3 documents (a stand-in for rare person names)."""
    import re
    from collections import Counter

    df: Counter[str] = Counter()
    for d in docs[:3000]:
        df.update(set(re.findall(r"\b[A-ZÄÖÜ][a-zäöüß]{5,}\b", d["text"])))
    names = [w for w, c in df.items() if c == 2]
    return sorted(names)[:: max(1, len(names) // 5)][:5]


def build_fts(path: Path, docs: list[dict[str, str]]) -> float:
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=OFF")
    con.execute("PRAGMA synchronous=OFF")
    con.execute("CREATE TABLE docs(rowid INTEGER PRIMARY KEY, id TEXT, date TEXT)")
    con.execute("CREATE INDEX docs_date ON docs(date)")
    con.execute(
        "CREATE VIRTUAL TABLE fts USING fts5(title, body, tokenize='unicode61 remove_diacritics 2')"
    )
    t = time.perf_counter()
    with con:
        for i, d in enumerate(docs, 1):
            con.execute("INSERT INTO docs VALUES (?,?,?)", (i, d["id"], d["date"]))
            con.execute("INSERT INTO fts(rowid, title, body) VALUES (?,?,?)", (i, d["title"], d["text"]))
    elapsed = time.perf_counter() - t
    con.close()
    return elapsed


def fts_query(con: sqlite3.Connection, match: str, dates: tuple[str, str] | None) -> int:
    """Top 10 with snippets, total and year facet: what the archive's search also returns."""
    where = "fts MATCH ?"
    args: list[str] = [match]
    if dates:
        where += " AND docs.date BETWEEN ? AND ?"
        args += list(dates)
    base = f"FROM fts JOIN docs ON docs.rowid = fts.rowid WHERE {where}"
    con.execute(
        f"SELECT docs.id, snippet(fts, 1, '<mark>', '</mark>', '…', 30) {base} ORDER BY rank LIMIT 10", args
    ).fetchall()
    total = con.execute(f"SELECT count(*) {base}", args).fetchone()[0]
    con.execute(f"SELECT substr(docs.date,1,4), count(*) {base} GROUP BY 1", args).fetchall()
    return total


def run(n: int, repeat: int) -> None:
    print(f"\n=== {n} documents ===", flush=True)
    docs = list(berlin_docs(n))
    QUERIES["rare_name"] = [(w, w, None) for w in rare_names(docs)]
    with tempfile.TemporaryDirectory(prefix="bench-search-") as tmp:
        tmpdir = Path(tmp)
        ix = SearchIndex(tmpdir / "whoosh")
        t = time.perf_counter()
        ix.rebuild((to_record(d) for d in docs), total=len(docs))
        w_index = time.perf_counter() - t
        w_size = dir_size(tmpdir / "whoosh")
        own, _ = peak_mb()
        workers = LAST_BUILD.get("worker_peak_mb", [])
        print(f"whoosh: indexed {len(docs)} docs in {w_index:.1f}s = {len(docs) / w_index:.0f} docs/s, "
              f"size {w_size / 1e6:.1f} MB, peak RSS main {own:.0f} MB (incl. the bench's documents) / "
              f"workers {' + '.join(f'{w:.0f}' for w in workers)} MB "
              f"(build ≤ {own + sum(workers):.0f} MB)", flush=True)
        fts_path = tmpdir / "fts.sqlite"
        f_index = build_fts(fts_path, docs)
        print(f"fts5:   indexed {len(docs)} docs in {f_index:.1f}s = {len(docs) / f_index:.0f} docs/s, "
              f"size {fts_path.stat().st_size / 1e6:.1f} MB", flush=True)
        con = sqlite3.connect(fts_path)
        search(ix, "warmup")  # loads per-segment data once, as a server would
        print(f"{'kind':10} {'whoosh p50':>10} {'p95':>8} {'fts5 p50':>9} {'p95':>7} {'ratio p50':>9}"
              f" {'p95':>7}"
              "  (ms; totals whoosh/fts5 for the first query)")
        all_w: list[float] = []
        for kind, qs in QUERIES.items():
            wt: list[float] = []
            ft: list[float] = []
            totals = ""
            for qi, (q, match, dates) in enumerate(qs):
                for _ in range(repeat):
                    t = time.perf_counter()
                    res = search(ix, q)
                    wt.append((time.perf_counter() - t) * 1000)
                    t = time.perf_counter()
                    ftotal = fts_query(con, match, dates)
                    ft.append((time.perf_counter() - t) * 1000)
                if qi == 0:
                    est = "~" if res.total_is_estimate else ""
                    totals = f"{q}: {est}{res.total}/{ftotal}"
            all_w += wt
            wp50, wp95, fp50, fp95 = pct(wt, 50), pct(wt, 95), pct(ft, 50), pct(ft, 95)
            print(f"{kind:10} {wp50:10.1f} {wp95:8.1f} {fp50:9.1f} {fp95:7.1f} {wp50 / fp50:9.1f} "
                  f"{wp95 / fp95:7.1f}  {totals}", flush=True)
        print(f"all        {pct(all_w, 50):10.1f} {pct(all_w, 95):8.1f}")
        ix.close()
        con.close()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, action="append",
                    help="document count (repeatable); default 10k, 100k")
    ap.add_argument("--repeat", type=int, default=5, help="runs per query")
    args = ap.parse_args(argv)
    if not BERLIN.exists():
        print(f"skipped: {BERLIN} is not available")
        return 0
    for n in args.docs or [10_000, 100_000]:
        run(n, args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
