"""The durable store: SQLite in WAL mode, the archive's source of truth.

It keeps the raw source bytes, the source metadata, every version of every
record and the ingest times. Each :meth:`Store.put` runs in one transaction, so
a crash leaves every committed document intact and no half document. The search
index is derived from the store; the ``indexed`` table records which version
of each record the index holds.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from archive.record import Record

SCHEMA_VERSION = 1
DATABASE_NAME = "archive.sqlite3"

PutStatus = Literal["new", "updated", "unchanged"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    id              TEXT PRIMARY KEY,
    uri             TEXT NOT NULL UNIQUE,
    current_version INTEGER NOT NULL,
    first_ingested  TEXT NOT NULL,
    last_ingested   TEXT NOT NULL,
    date            TEXT,
    title           TEXT
);
CREATE INDEX IF NOT EXISTS documents_date ON documents(date);
CREATE TABLE IF NOT EXISTS versions (
    id          TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    version     INTEGER NOT NULL,
    sha256      TEXT NOT NULL,
    format      TEXT NOT NULL,
    bytes       INTEGER NOT NULL,
    raw         BLOB NOT NULL,
    record      TEXT NOT NULL,
    ingested_at TEXT NOT NULL,
    PRIMARY KEY (id, version)
);
CREATE TABLE IF NOT EXISTS indexed (
    id      TEXT PRIMARY KEY,
    version INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""


@dataclass(frozen=True)
class PutResult:
    """The outcome of storing one document."""

    status: PutStatus
    record: Record


@dataclass(frozen=True)
class VersionInfo:
    """Metadata of one stored version of a document."""

    version: int
    sha256: str
    format: str
    bytes: int
    ingested_at: str


class StoreError(RuntimeError):
    """The store cannot be opened or is in an unexpected state."""


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Store:
    """Records, their versions and raw sources in one SQLite database."""

    def __init__(self, data_dir: Path) -> None:
        data_dir.mkdir(parents=True, exist_ok=True)
        self.path = data_dir / DATABASE_NAME
        try:
            self._db = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute("PRAGMA foreign_keys=ON")
            self._db.executescript(_SCHEMA)
            self._check_schema_version()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: kann die Datenbank nicht öffnen ({exc})") from exc

    def _check_schema_version(self) -> None:
        row = self._db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        if row is None:
            self._db.execute(
                "INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),)
            )
        elif int(row[0]) != SCHEMA_VERSION:
            raise StoreError(f"{self.path}: Schema-Version {row[0]}, erwartet {SCHEMA_VERSION}")

    def close(self) -> None:
        """Close the database connection."""
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing -----------------------------------------------------------------

    def put(self, record: Record, raw: bytes) -> PutResult:
        """Store ``record`` and its raw bytes in one transaction.

        The same bytes at the same uri change nothing; changed bytes make a new
        version (the old one is kept). The returned record carries its version.
        """
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            row = db.execute(
                "SELECT d.id, d.current_version, v.sha256 FROM documents d "
                "JOIN versions v ON v.id = d.id AND v.version = d.current_version WHERE d.uri = ?",
                (record.source.uri,),
            ).fetchone()
            now = _now()
            if row is not None and row[2] == record.source.sha256:
                db.execute("UPDATE documents SET last_ingested=? WHERE id=?", (now, row[0]))
                db.execute("COMMIT")
                stored = self.get(row[0])
                assert stored is not None
                return PutResult("unchanged", stored)
            version = 1 if row is None else row[1] + 1
            record = replace(record, version=version, id=row[0] if row else record.id)
            if row is None:
                db.execute(
                    "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (record.id, record.source.uri, version, now, now, record.date, record.title),
                )
            else:
                db.execute(
                    "UPDATE documents SET current_version=?, last_ingested=?, date=?, title=? WHERE id=?",
                    (version, now, record.date, record.title, record.id),
                )
            db.execute(
                "INSERT INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    record.id,
                    version,
                    record.source.sha256,
                    record.source.format,
                    record.source.bytes,
                    raw,
                    record.to_json(indent=None),
                    now,
                ),
            )
            self._bump_generation()
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        return PutResult("new" if version == 1 else "updated", record)

    def touch(self, record_id: str) -> None:
        """Record that a document was ingested again with unchanged bytes."""
        with self._transaction():
            self._db.execute("UPDATE documents SET last_ingested=? WHERE id=?", (_now(), record_id))

    def delete(self, record_id: str) -> bool:
        """Remove a document with all its versions; return whether it existed."""
        with self._transaction():
            cur = self._db.execute("DELETE FROM documents WHERE id=?", (record_id,))
            self._db.execute("DELETE FROM indexed WHERE id=?", (record_id,))
            if cur.rowcount:
                self._bump_generation()
        return cur.rowcount > 0

    def _bump_generation(self) -> None:
        self._db.execute(
            "INSERT INTO meta VALUES ('generation', '1') "
            "ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1"
        )

    def mark_indexed(self, versions: Iterable[tuple[str, int]]) -> None:
        """Record that the index now holds these (id, version) pairs."""
        with self._transaction():
            self._db.executemany("INSERT OR REPLACE INTO indexed VALUES (?, ?)", list(versions))

    def unmark_indexed(self, ids: Iterable[str]) -> None:
        """Record that the index no longer holds these ids."""
        with self._transaction():
            self._db.executemany("DELETE FROM indexed WHERE id=?", [(i,) for i in ids])

    def clear_indexed(self) -> None:
        """Forget which versions the index holds (before a rebuild)."""
        with self._transaction():
            self._db.execute("DELETE FROM indexed")

    def _transaction(self) -> _Transaction:
        return _Transaction(self._db)

    # -- reading -----------------------------------------------------------------

    def get(self, record_id: str, version: int | None = None) -> Record | None:
        """Return the current (or the given) version of a record, or None."""
        if version is None:
            row = self._db.execute(
                "SELECT v.record FROM documents d JOIN versions v "
                "ON v.id = d.id AND v.version = d.current_version WHERE d.id = ?",
                (record_id,),
            ).fetchone()
        else:
            row = self._db.execute(
                "SELECT record FROM versions WHERE id=? AND version=?", (record_id, version)
            ).fetchone()
        return Record.from_json(row[0]) if row else None

    def get_many(self, record_ids: Iterable[str]) -> dict[str, Record]:
        """Return the current versions of the given ids that exist, keyed by id."""
        ids = list(dict.fromkeys(record_ids))
        found: dict[str, Record] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(
                "SELECT v.record FROM documents d JOIN versions v "
                f"ON v.id = d.id AND v.version = d.current_version WHERE d.id IN ({marks})",
                chunk,
            )
            for (text,) in rows:
                record = Record.from_json(text)
                found[record.id] = record
        return found

    def raw(self, record_id: str, version: int | None = None) -> bytes | None:
        """Return the raw source bytes of a version (default: the current one)."""
        if version is None:
            version = self.current_version(record_id)
            if version is None:
                return None
        row = self._db.execute(
            "SELECT raw FROM versions WHERE id=? AND version=?", (record_id, version)
        ).fetchone()
        return bytes(row[0]) if row else None

    def current_version(self, record_id: str) -> int | None:
        """Return the current version number of a document, or None."""
        row = self._db.execute("SELECT current_version FROM documents WHERE id=?", (record_id,)).fetchone()
        return row[0] if row else None

    def versions(self, record_id: str) -> list[VersionInfo]:
        """Return every stored version of a document, oldest first."""
        rows = self._db.execute(
            "SELECT version, sha256, format, bytes, ingested_at FROM versions WHERE id=? ORDER BY version",
            (record_id,),
        )
        return [VersionInfo(*row) for row in rows]

    def ingest_times(self, record_id: str) -> tuple[str, str] | None:
        """Return (first, last) ingest time of a document in ISO 8601 UTC."""
        row = self._db.execute(
            "SELECT first_ingested, last_ingested FROM documents WHERE id=?", (record_id,)
        ).fetchone()
        return (row[0], row[1]) if row else None

    def generation(self) -> int:
        """Return a counter that grows with every change of the stored records.

        Derived data (index, entity catalog) compares it to know when it is stale.
        """
        row = self._db.execute("SELECT value FROM meta WHERE key='generation'").fetchone()
        return int(row[0]) if row else 0

    def count(self) -> int:
        """Return the number of documents (each counted once, whatever its versions)."""
        return self._db.execute("SELECT COUNT(*) FROM documents").fetchone()[0]

    def current_versions(self) -> dict[str, int]:
        """Return id → current version for every document."""
        return dict(self._db.execute("SELECT id, current_version FROM documents"))

    def source_hashes(self) -> dict[str, tuple[str, int, str]]:
        """Return uri → (id, current version, sha256 of its bytes) for every document."""
        rows = self._db.execute(
            "SELECT d.uri, d.id, d.current_version, v.sha256 FROM documents d "
            "JOIN versions v ON v.id = d.id AND v.version = d.current_version"
        )
        return {uri: (rid, version, sha) for uri, rid, version, sha in rows}

    def indexed_versions(self) -> dict[str, int]:
        """Return id → version that the store believes the index holds."""
        return dict(self._db.execute("SELECT id, version FROM indexed"))

    def iter_records(self, batch_size: int = 500) -> Iterator[Record]:
        """Yield the current version of every record, in id order."""
        last = ""
        while True:
            rows = self._db.execute(
                "SELECT d.id, v.record FROM documents d JOIN versions v "
                "ON v.id = d.id AND v.version = d.current_version WHERE d.id > ? ORDER BY d.id LIMIT ?",
                (last, batch_size),
            ).fetchall()
            if not rows:
                return
            for _, text in rows:
                yield Record.from_json(text)
            last = rows[-1][0]

    def latest(self, limit: int = 20, offset: int = 0) -> list[Record]:
        """Return current records, newest publication date first (undated last)."""
        rows = self._db.execute(
            "SELECT v.record FROM documents d JOIN versions v "
            "ON v.id = d.id AND v.version = d.current_version "
            "ORDER BY d.date IS NULL, d.date DESC, d.last_ingested DESC LIMIT ? OFFSET ?",
            (limit, offset),
        )
        return [Record.from_json(text) for (text,) in rows]

    def stats(self) -> dict[str, object]:
        """Return what the archive holds: documents, versions, years and date range."""
        db = self._db
        documents = self.count()
        versions = db.execute("SELECT COUNT(*) FROM versions").fetchone()[0]
        years = db.execute(
            "SELECT substr(date, 1, 4) AS y, COUNT(*) FROM documents WHERE date IS NOT NULL "
            "GROUP BY y ORDER BY y"
        ).fetchall()
        first, last = db.execute("SELECT MIN(date), MAX(date) FROM documents").fetchone()
        return {
            "documents": documents,
            "versions": versions,
            "years": [{"value": y, "count": n} for y, n in years],
            "first_date": first,
            "last_date": last,
        }

    def set_meta(self, key: str, value: object) -> None:
        """Store a small JSON value under ``key``."""
        with self._transaction():
            self._db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, json.dumps(value)))

    def get_meta(self, key: str) -> object | None:
        """Return the JSON value stored under ``key``, or None."""
        row = self._db.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return json.loads(row[0]) if row else None


class _Transaction:
    """``with`` block running its statements in one immediate transaction."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def __enter__(self) -> None:
        self._db.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: object, *exc: object) -> None:
        self._db.execute("ROLLBACK" if exc_type else "COMMIT")
