"""Ingest throughput: Berlin press releases written as text files, through the whole pipeline.

Prints documents per second for extract + store + index and for the baseline
of the same run (reading the files, hashing them and inserting the raw bytes
into SQLite), and the ratio between the two.

    .venv/bin/python bench/ingest.py [--docs 2000]

Skips (exit 0) when ../shared/data/berlin/ is absent.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from archive.store import Store  # noqa: E402
from archive.sync import open_index  # noqa: E402
from ingest.pipeline import ingest_files  # noqa: E402

BERLIN = ROOT.parent / "shared" / "data" / "berlin" / "berlin-pressemitteilungen.jsonl.gz"


def write_documents(target: Path, count: int) -> list[Path]:
    """Write ``count`` Berlin releases as text dumps (title, date line, body)."""
    paths = []
    with gzip.open(BERLIN, "rt", encoding="utf-8") as lines:
        for i, line in enumerate(lines):
            if i >= count:
                break
            item = json.loads(line)
            day = "-".join(reversed(item["date"][:10].split("-"))).replace("-", ".")
            path = target / f"berlin-{i:06d}.txt"
            path.write_text(
                f"# {item['title']}\n\n{day} | Pressemitteilung\n\n{item['text']}\n", encoding="utf-8"
            )
            paths.append(path)
    return paths


def baseline(paths: list[Path], db_path: Path) -> float:
    """Read, hash and insert raw bytes into SQLite (one transaction per file); return docs/s."""
    db = sqlite3.connect(db_path, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    db.execute("CREATE TABLE raw (uri TEXT PRIMARY KEY, sha256 TEXT, data BLOB)")
    start = time.perf_counter()
    for path in paths:
        data = path.read_bytes()
        db.execute("BEGIN")
        db.execute("INSERT INTO raw VALUES (?, ?, ?)", (str(path), hashlib.sha256(data).hexdigest(), data))
        db.execute("COMMIT")
    elapsed = time.perf_counter() - start
    db.close()
    return len(paths) / elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000)
    args = parser.parse_args()
    if not BERLIN.exists():
        print(f"skipped: {BERLIN} not found")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        docs_dir = Path(tmp) / "docs"
        docs_dir.mkdir()
        paths = write_documents(docs_dir, args.docs)
        base = baseline(paths, Path(tmp) / "baseline.sqlite3")
        data_dir = Path(tmp) / "data"
        with Store(data_dir) as store:
            index = open_index(data_dir, store)
            start = time.perf_counter()
            report = ingest_files(paths, store, index)
            elapsed = time.perf_counter() - start
            index.close()
        full = len(paths) / elapsed
        print(f"documents:            {len(paths)} ({report.new} new, {report.failed} failed)")
        print(f"pipeline (extract+store+index): {full:8.1f} docs/s  ({elapsed:.1f} s)")
        print(f"baseline (read+hash+insert):    {base:8.1f} docs/s")
        print(f"ratio pipeline/baseline:        {full / base:8.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
