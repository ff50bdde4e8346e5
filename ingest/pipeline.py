"""Batch ingest: find documents, extract, store and index them, report the outcome."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from archive.index import SearchIndex
from archive.record import Record
from archive.store import Store
from archive.sync import BATCH_SIZE, index_records
from ingest.errors import DocumentError
from ingest.extract import extract_bytes

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
) -> IngestReport:
    """Extract, store and index ``files``; go on past bad files and report them.

    Each document is committed to the store on its own, so an interrupted run
    keeps everything stored before the interruption; the index follows in
    batches and records which version it holds.
    """
    report = IngestReport()
    pending: list[Record] = []
    indexed = store.indexed_versions()
    for done, path in enumerate(files, start=1):
        try:
            raw = path.read_bytes()
            record = extract_bytes(raw, path.resolve().as_uri())
        except DocumentError as exc:
            report.failures.append((str(path), exc.reason))
        except OSError as exc:
            report.failures.append((str(path), f"nicht lesbar ({exc.strerror or exc})"))
        else:
            result = store.put(record, raw)
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
