"""Batch ingest: find documents, extract, store and index them, report the outcome."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from archive.index import SearchIndex
from archive.processes import die_with_parent
from archive.record import Record
from archive.store import Store
from archive.sync import BATCH_SIZE, index_records
from ingest.errors import DocumentError
from ingest.extract import extract_bytes

PARALLEL_THRESHOLD = 32
DOCUMENT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml", ".pdf"})


@dataclass
class IngestReport:
    """Counts of an ingest run and every failure with its reason."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)

    @property
    def failed(self) -> int:
        """Number of inputs that could not be ingested."""
        return len(self.failures)

    def to_dict(self) -> dict[str, object]:
        """Return the report as JSON-compatible data."""
        return {
            "new": self.new,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "failed": self.failed,
            "failures": [{"path": p, "reason": r} for p, r in self.failures],
        }


def collect_documents(paths: Iterable[Path]) -> tuple[list[Path], list[tuple[str, str]]]:
    """Expand files and directories (recursively) into document files.

    Returns the files in a stable order and the inputs that are not usable, each
    with a reason: a missing path, or a directory that holds no documents.
    """
    files: list[Path] = []
    problems: list[tuple[str, str]] = []
    for path in paths:
        if not path.exists():
            problems.append((str(path), "Pfad existiert nicht"))
        elif path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix.lower() in DOCUMENT_SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if not found:
                suffixes = ", ".join(sorted(DOCUMENT_SUFFIXES))
                problems.append((str(path), f"Verzeichnis enthält keine Dokumente ({suffixes})"))
            files.extend(found)
        elif path.is_file():
            files.append(path)
        else:
            problems.append((str(path), "keine reguläre Datei"))
    return list(dict.fromkeys(files)), problems


def ingest_files(
    files: list[Path],
    store: Store,
    index: SearchIndex,
    progress: Callable[[int], None] | None = None,
    workers: int | None = None,
) -> IngestReport:
    """Extract, store and index ``files``; go on past bad files and report them.

    Files whose bytes are already stored at the same uri are not extracted again.
    Extraction runs in ``workers`` processes (default: one per core for larger
    batches); storing stays in this process, and each document is committed on
    its own, so an interrupted run keeps everything stored before the
    interruption. The index follows in batches and records which version it holds.
    """
    report = IngestReport()
    pending: list[Record] = []
    known = store.source_hashes()
    indexed = store.indexed_versions()
    jobs = [(path, known.get(_uri(path), ("", 0, ""))[2]) for path in files]
    for done, outcome in enumerate(_extract_all(jobs, workers), start=1):
        if outcome.error is not None:
            report.failures.append((str(outcome.path), outcome.error))
        elif outcome.record is None:
            record_id, version, _ = known[_uri(outcome.path)]
            store.touch(record_id)
            report.unchanged += 1
            if indexed.get(record_id) != version:
                pending.extend(filter(None, [store.get(record_id)]))
        else:
            assert outcome.raw is not None
            result = store.put(outcome.record, outcome.raw)
            setattr(report, result.status, getattr(report, result.status) + 1)
            if result.status != "unchanged" or indexed.get(result.record.id) != result.record.version:
                pending.append(result.record)
        if len(pending) >= BATCH_SIZE:
            index_records(store, index, pending)
            pending = []
        if progress:
            progress(done)
    index_records(store, index, pending)
    return report


@dataclass(frozen=True)
class _Outcome:
    """The result of reading and extracting one file: a record, an error, or unchanged (neither)."""

    path: Path
    record: Record | None = None
    raw: bytes | None = None
    error: str | None = None


def _uri(path: Path) -> str:
    return path.resolve().as_uri()


def _read_and_extract(job: tuple[Path, str]) -> _Outcome:
    path, known_sha = job
    try:
        raw = path.read_bytes()
        if known_sha and hashlib.sha256(raw).hexdigest() == known_sha:
            return _Outcome(path)
        return _Outcome(path, record=extract_bytes(raw, _uri(path)), raw=raw)
    except DocumentError as exc:
        return _Outcome(path, error=exc.reason)
    except OSError as exc:
        return _Outcome(path, error=f"nicht lesbar ({exc.strerror or exc})")


def _extract_all(jobs: list[tuple[Path, str]], workers: int | None) -> Iterator[_Outcome]:
    """Yield the outcome of every job in order, using worker processes for larger batches."""
    if workers is None:
        workers = len(os.sched_getaffinity(0)) if len(jobs) >= PARALLEL_THRESHOLD else 1
    if workers <= 1:
        yield from map(_read_and_extract, jobs)
        return
    with ProcessPoolExecutor(max_workers=workers, initializer=die_with_parent) as pool:
        yield from pool.map(_read_and_extract, jobs, chunksize=8)
