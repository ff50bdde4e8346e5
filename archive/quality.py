"""Search-quality evaluation: recall@10 and nDCG@10 over a set of records and judged queries.

Usage::

    python -m archive.quality tests/search_quality [--verbose]

The directory holds ``records/*.json`` (records in the contract's JSON form) and
``queries.json``: ``[{"query", "relevant": {id: grade}, "note"}]`` with grade 2 for
a clear hit and 1 for a partial one.  A query with no relevant ids is expected to
find nothing.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from archive.index import SearchIndex
from archive.record import Record
from archive.search import search

K = 10


@dataclass
class QueryScore:
    """The scores of one query."""

    query: str
    recall: float
    ndcg: float
    found: list[str]
    missing: list[str]


@dataclass
class Report:
    """Mean scores over all queries."""

    queries: list[QueryScore]

    @property
    def recall(self) -> float:
        return sum(q.recall for q in self.queries) / max(1, len(self.queries))

    @property
    def ndcg(self) -> float:
        return sum(q.ndcg for q in self.queries) / max(1, len(self.queries))


def ndcg_at_k(ranked: list[str], relevant: dict[str, int], k: int = K) -> float:
    """Normalised discounted cumulative gain with gains 2^grade - 1."""
    if not relevant:
        return 1.0 if not ranked else 0.0
    dcg = sum((2 ** relevant.get(d, 0) - 1) / math.log2(i + 2) for i, d in enumerate(ranked[:k]))
    ideal = sorted(relevant.values(), reverse=True)[:k]
    idcg = sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(ideal))
    return dcg / idcg if idcg else 0.0


def recall_at_k(ranked: list[str], relevant: dict[str, int], k: int = K) -> float:
    """Share of the relevant ids among the first ``k`` results."""
    if not relevant:
        return 1.0 if not ranked else 0.0
    return len(set(ranked[:k]) & set(relevant)) / len(relevant)


def load_records(directory: Path) -> list[Record]:
    """The records of a quality set."""
    paths = sorted((directory / "records").glob("*.json"))
    return [Record.from_json(p.read_text(encoding="utf-8")) for p in paths]


def evaluate(directory: Path, index_dir: Path | None = None) -> Report:
    """Index the set's records in a fresh index and score every query."""
    queries = json.loads((directory / "queries.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        index = SearchIndex(index_dir or Path(tmp))
        index.rebuild(load_records(directory))
        scores = []
        for item in queries:
            rel = {k: int(v) for k, v in item.get("relevant", {}).items()}
            res = search(index, item["query"], per_page=K)
            ranked = [h["id"] for h in res.hits]
            scores.append(
                QueryScore(
                    item["query"],
                    recall_at_k(ranked, rel),
                    ndcg_at_k(ranked, rel),
                    ranked,
                    [r for r in rel if r not in ranked],
                )
            )
        index.close()
    return Report(scores)


def main(argv: list[str] | None = None) -> int:
    """Print per-query and mean recall@10 / nDCG@10."""
    ap = argparse.ArgumentParser(prog="python -m archive.quality", description=__doc__.splitlines()[0])
    ap.add_argument("directory", type=Path)
    ap.add_argument("--verbose", "-v", action="store_true", help="list every query")
    args = ap.parse_args(argv)
    report = evaluate(args.directory)
    for q in report.queries:
        if args.verbose or q.ndcg < 1.0:
            print(f"{q.ndcg:5.2f} {q.recall:5.2f}  {q.query!r:40} missing={q.missing} top={q.found[:4]}")
    print(f"queries: {len(report.queries)}  recall@10: {report.recall:.3f}  nDCG@10: {report.ndcg:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
