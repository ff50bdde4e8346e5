"""Keeps the search index in step with the store, the source of truth."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from archive.index import SearchIndex
from archive.record import Record
from archive.store import Store

INDEX_DIRNAME = "index"
BATCH_SIZE = 200

Progress = Callable[[int], None]


@dataclass(frozen=True)
class SyncReport:
    """What a health check found and repaired."""

    store_count: int
    index_count: int
    added: int
    removed: int

    @property
    def was_consistent(self) -> bool:
        """True when the index already agreed with the store."""
        return self.added == 0 and self.removed == 0


def index_dir(data_dir: Path) -> Path:
    """Return the directory of the search index inside the data directory."""
    return data_dir / INDEX_DIRNAME


def open_index(data_dir: Path, store: Store, progress: Progress | None = None) -> SearchIndex:
    """Open the index; rebuild it from the store when its analysis settings changed."""
    index = SearchIndex(index_dir(data_dir))
    if index.needs_rebuild():
        rebuild(store, index, progress)
    return index


def index_records(store: Store, index: SearchIndex, records: list[Record]) -> None:
    """Add or replace ``records`` in the index and record the versions it now holds."""
    if not records:
        return
    index.add(records)
    store.mark_indexed((r.id, r.version) for r in records)


def rebuild(store: Store, index: SearchIndex, progress: Progress | None = None) -> int:
    """Rebuild the whole index from the store; return the number of records indexed."""
    store.clear_indexed()
    total = store.count()
    index.rebuild(store.iter_records(), total=total, progress=progress)
    store.mark_indexed(index.indexed_versions().items())
    return total


def check_and_repair(store: Store, index: SearchIndex) -> SyncReport:
    """Compare store and index (ids and versions) and repair what differs."""
    wanted = store.current_versions()
    held = index.indexed_versions()
    stale = [rid for rid, version in wanted.items() if held.get(rid) != version]
    extra = [rid for rid in held if rid not in wanted]
    if extra:
        index.delete(extra)
        store.unmark_indexed(extra)
    for start in range(0, len(stale), BATCH_SIZE):
        chunk = stale[start : start + BATCH_SIZE]
        index_records(store, index, list(store.get_many(chunk).values()))
    store.mark_indexed(index.indexed_versions().items())
    return SyncReport(len(wanted), len(held), len(stale), len(extra))
