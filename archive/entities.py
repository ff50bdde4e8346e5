"""The entity catalog: persons and places across all releases, derived from the store.

Like the search index, the catalog is derived data: built from the store, persisted in the
data directory (``entities.sqlite3``, small indexed tables so that one person or place page
is a handful of key look-ups, whatever the size of the archive), stamped with the store's
:meth:`Store.generation` and the digest of the editors' override file
(``persons-overrides.json``), and rebuilt when either differs.

- **Persons** come from :func:`archive.persons.build_persons` (overrides honoured): name,
  roles over time, every quote with the role stated in its release, the releases naming
  them, and the mapping (record id, speaker name) → person id.
- **Places** are official keys (municipality, Amt, Kreis) named in releases: the names and
  kinds as written, the releases naming them, memberships in member lists (label, release).

A refresh reads only the records whose version changed since the last build (the facts it
needs of each release are cached in the catalog), then derives persons and places again
from those facts in one transaction; readers (other threads or processes) keep seeing the
previous catalog until it commits. Concurrent refreshes are serialised by SQLite's write
lock, and the second one finds the catalog fresh and does nothing.

Usage::

    with EntityCatalog.open(data_dir, store) as catalog:
        catalog.refresh(progress)          # no-op when fresh
        catalog.person("benjamin-grimm")
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from archive.persons import OVERRIDES_FILE, build_persons, person_key
from archive.record import Mentions, Record, Source, Speaker
from archive.store import Store

CATALOG_NAME = "entities.sqlite3"
CATALOG_SCHEMA = 2  # 2: a list's label carries its body
Progress = Callable[[int], None]
log = logging.getLogger(__name__)

_DUMMY_SOURCE = Source(uri="catalog:", sha256="", format="text", bytes=0)
_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE releases (id TEXT PRIMARY KEY, version INTEGER NOT NULL, title TEXT, date TEXT,
                       facts TEXT NOT NULL);
CREATE TABLE persons (id TEXT PRIMARY KEY, name TEXT NOT NULL, sort TEXT NOT NULL, fold TEXT NOT NULL,
                      quotes INTEGER NOT NULL, releases INTEGER NOT NULL, roles TEXT NOT NULL);
CREATE INDEX persons_sort ON persons(sort);
CREATE INDEX persons_fold ON persons(fold);
CREATE TABLE person_releases (person_id TEXT, record_id TEXT, PRIMARY KEY (person_id, record_id))
    WITHOUT ROWID;
CREATE TABLE quotes (person_id TEXT, seq INTEGER, record_id TEXT, text TEXT, anchor TEXT, role TEXT,
                     organisation TEXT, PRIMARY KEY (person_id, seq)) WITHOUT ROWID;
CREATE TABLE speakers (record_id TEXT, name TEXT, person_id TEXT NOT NULL,
                       PRIMARY KEY (record_id, name)) WITHOUT ROWID;
CREATE TABLE places (key TEXT PRIMARY KEY, name TEXT NOT NULL, names TEXT NOT NULL, kinds TEXT NOT NULL,
                     releases INTEGER NOT NULL, memberships INTEGER NOT NULL);
CREATE TABLE place_releases (key TEXT, record_id TEXT, PRIMARY KEY (key, record_id)) WITHOUT ROWID;
CREATE TABLE place_memberships (key TEXT, seq INTEGER, record_id TEXT, label TEXT,
                                PRIMARY KEY (key, seq)) WITHOUT ROWID;
CREATE TABLE place_names (name TEXT, key TEXT, PRIMARY KEY (name, key)) WITHOUT ROWID;
"""
_DERIVED = (
    "persons",
    "person_releases",
    "quotes",
    "speakers",
    "places",
    "place_releases",
    "place_memberships",
    "place_names",
)


def quote_anchor(text: str) -> str:
    """Return a stable anchor for a quote (a hash of its text, so it survives re-extraction)."""
    return "zitat-" + hashlib.sha256(text.strip().encode("utf-8")).hexdigest()[:10]


@dataclass(frozen=True)
class Release:
    """A release as listed on entity pages."""

    id: str
    title: str | None
    date: str | None


@dataclass(frozen=True)
class Quote:
    """One quote of a person in one release, with the role stated there."""

    text: str
    anchor: str
    record_id: str
    title: str | None
    date: str | None
    role: str | None
    organisation: str | None


@dataclass(frozen=True)
class PersonSummary:
    """A person in a list: id, name and how often quoted / named."""

    key: str
    name: str
    quotes: int
    releases: int


@dataclass
class PersonEntry:
    """A person's page: roles over time (dicts role/organisation/first/last/releases), quotes, releases."""

    key: str
    name: str
    roles: list[dict[str, Any]] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    releases: list[Release] = field(default_factory=list)


@dataclass(frozen=True)
class PlaceSummary:
    """A place in a list: key, its most frequent name as written, first kind, release count."""

    key: str
    name: str
    kind: str | None
    releases: int


@dataclass
class PlaceEntry:
    """A place's page: names and kinds as written (with counts, first seen first), memberships
    (dicts record_id/title/date/label) and the releases naming it."""

    key: str
    names: dict[str, int] = field(default_factory=dict)
    kinds: dict[str, int] = field(default_factory=dict)
    memberships: list[dict[str, Any]] = field(default_factory=list)
    releases: list[Release] = field(default_factory=list)


class EntityCatalog:
    """Persons and places of one archive, persisted in ``DATA_DIR/entities.sqlite3``.

    Thread-safe: one connection guarded by a lock. ``store`` is used for staleness checks
    and refreshes only; give the catalog a store connection of its own when other threads
    use the same store concurrently.
    """

    def __init__(self, path: Path, store: Store, overrides: Path) -> None:
        self.path = path
        self.store = store
        self.overrides = overrides
        self._lock = threading.RLock()
        self._db = sqlite3.connect(path, timeout=600, isolation_level=None, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._ensure_schema()

    @classmethod
    def open(cls, data_dir: Path, store: Store) -> EntityCatalog:
        """Open (creating when missing) the catalog of ``data_dir``; does not build it."""
        data_dir = Path(data_dir)
        data_dir.mkdir(parents=True, exist_ok=True)
        return cls(data_dir / CATALOG_NAME, store, data_dir / OVERRIDES_FILE)

    def close(self) -> None:
        """Close the catalog's connection (not the store)."""
        with self._lock:
            self._db.close()

    def __enter__(self) -> EntityCatalog:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _ensure_schema(self) -> None:
        with self._lock:
            db = self._db
            db.execute("BEGIN IMMEDIATE")
            try:
                has_meta = db.execute(
                    "SELECT 1 FROM sqlite_master WHERE type='table' AND name='meta'"
                ).fetchone()
                row = db.execute("SELECT value FROM meta WHERE key='schema'").fetchone() if has_meta else None
                if row is None or int(row[0]) != CATALOG_SCHEMA:
                    for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type='table'").fetchall():
                        db.execute(f'DROP TABLE IF EXISTS "{name}"')
                    for stmt in _SCHEMA.split(";"):
                        if stmt.strip():
                            db.execute(stmt)
                    db.execute("INSERT INTO meta VALUES ('schema', ?)", (str(CATALOG_SCHEMA),))
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise

    # -- freshness ---------------------------------------------------------------------

    def _overrides_digest(self) -> str:
        try:
            return hashlib.sha256(self.overrides.read_bytes()).hexdigest()
        except FileNotFoundError:
            return ""

    def _meta(self, key: str) -> str | None:
        row = self._db.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row[0] if row else None

    def generation(self) -> int | None:
        """The store generation the catalog was built from (None before the first build)."""
        with self._lock:
            value = self._meta("generation")
        return int(value) if value is not None else None

    def is_stale(self) -> bool:
        """True when the store changed (or the override file did) since the last build."""
        with self._lock:
            return self._stale()

    def _stale(self) -> bool:
        gen = self._meta("generation")
        return (
            gen is None
            or int(gen) != self.store.generation()
            or self._meta("overrides") != self._overrides_digest()
        )

    def refresh(self, progress: Progress | None = None, *, force: bool = False) -> bool:
        """Bring the catalog up to date with the store; return whether it was rebuilt.

        Does nothing when fresh (unless ``force``). ``progress(n)`` is called with the number
        of records processed so far (of ``store.count()``).
        """
        with self._lock:
            db = self._db
            db.execute("BEGIN IMMEDIATE")  # one refresher at a time, across processes too
            try:
                if not force and not self._stale():
                    db.execute("ROLLBACK")
                    return False
                generation = self.store.generation()
                digest = self._overrides_digest()
                self._sync_releases(generation, progress, full=force)
                self._derive(progress)
                db.executemany(
                    "INSERT OR REPLACE INTO meta VALUES (?, ?)",
                    [("generation", str(generation)), ("overrides", digest)],
                )
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise
        return True

    def ensure_fresh(self, progress: Progress | None = None) -> EntityCatalog:
        """Refresh when stale (cheap check first); return the catalog."""
        if self.is_stale():
            self.refresh(progress)
        return self

    # -- building ----------------------------------------------------------------------

    def _sync_releases(self, generation: int, progress: Progress | None, full: bool) -> None:
        """Update the cached facts of each release: only changed versions when that is exact."""
        db = self._db
        current = self.store.current_versions()
        cached = dict(db.execute("SELECT id, version FROM releases"))
        built = self._meta("generation")
        changed = [i for i, v in current.items() if cached.get(i) != v]
        removed = [i for i in cached if i not in current]
        # every put of a new version and every delete grows the generation by one: when the
        # version increments account for the whole growth, no record changed unseen
        # (a delete and re-put of the same id makes them disagree, and we read everything)
        expected = sum(current[i] - cached.get(i, 0) for i in changed) + len(removed)
        exact = (
            not full
            and built is not None
            and all(current[i] > cached.get(i, 0) for i in changed)
            and expected == generation - int(built)
        )
        if not exact:
            db.execute("DELETE FROM releases")
            changed, removed = list(current), []
        db.executemany("DELETE FROM releases WHERE id=?", [(i,) for i in removed])
        done = len(current) - len(changed)
        for start in range(0, len(changed), 500):
            records = self.store.get_many(changed[start : start + 500])
            db.executemany(
                "INSERT OR REPLACE INTO releases VALUES (?, ?, ?, ?, ?)",
                [(r.id, r.version, r.title, r.date, _facts(r)) for r in records.values()],
            )
            done += len(records)
            if progress is not None:
                progress(done)

    def _load_overrides(self) -> dict[str, Any]:
        try:
            data = json.loads(self.overrides.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            log.warning("%s: ignored (%s)", self.overrides, exc)
            return {}
        if not isinstance(data, dict):
            log.warning("%s: ignored (not a JSON object)", self.overrides)
            return {}
        return data

    def _derive(self, progress: Progress | None) -> None:
        """Rebuild persons and places from the cached facts."""
        db = self._db
        for table in _DERIVED:
            db.execute(f"DELETE FROM {table}")
        facts = [
            (rid, date, json.loads(text))
            for rid, date, text in db.execute("SELECT id, date, facts FROM releases ORDER BY id")
        ]
        persons = build_persons(
            (_light_record(rid, date, f) for rid, date, f in facts), self._load_overrides()
        )
        person_rows, release_rows, quote_rows, speaker_rows = [], [], [], {}
        for p in persons:
            seq = 0
            rids: dict[str, None] = {}
            for m in p.mentions:
                rids[m.record_id] = None
                speaker_rows[(m.record_id, m.name)] = p.id
                for q in m.quotes:
                    quote_rows.append((p.id, seq, m.record_id, q, quote_anchor(q), m.role, m.organisation))
                    seq += 1
            roles = []
            for ms in p.memberships:
                count = sum(
                    1
                    for m in p.mentions
                    if ms.start and m.date and ms.start <= m.date <= (ms.end or ms.start)
                )
                roles.append(
                    {
                        "role": ms.role,
                        "organisation": ms.organisation,
                        "first": ms.start,
                        "last": ms.end,
                        "releases": count,
                    }
                )
            release_rows += [(p.id, rid) for rid in rids]
            person_rows.append(
                (
                    p.id,
                    p.name,
                    p.name.lower(),
                    person_key(p.name),
                    seq,
                    len(rids),
                    json.dumps(roles, ensure_ascii=False),
                )
            )
        db.executemany("INSERT INTO persons VALUES (?, ?, ?, ?, ?, ?, ?)", person_rows)
        db.executemany("INSERT OR IGNORE INTO person_releases VALUES (?, ?)", release_rows)
        db.executemany("INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?)", quote_rows)
        db.executemany(
            "INSERT INTO speakers VALUES (?, ?, ?)", [(r, n, p) for (r, n), p in speaker_rows.items()]
        )
        self._derive_places(facts)

    def _derive_places(self, facts: list[tuple[str, str | None, dict[str, Any]]]) -> None:
        places: dict[str, tuple[dict[str, int], dict[str, int], dict[str, None], list]] = {}

        def place(key: str, name: str, kind: str | None) -> tuple:
            entry = places.setdefault(key, ({}, {}, {}, []))
            entry[0][name] = entry[0].get(name, 0) + 1
            if kind:
                entry[1][kind] = entry[1].get(kind, 0) + 1
            return entry

        for rid, _date, f in facts:
            for label, members in f.get("lists", []):
                for name, kind, key in members:
                    entry = place(key, name, kind)
                    entry[2][rid] = None
                    entry[3].append((rid, label))
            for name, key in f.get("places", []):
                place(key, name, None)[2][rid] = None
        db = self._db
        db.executemany(
            "INSERT INTO places VALUES (?, ?, ?, ?, ?, ?)",
            [
                (
                    key,
                    max(names, key=lambda n: names[n]),
                    json.dumps(list(names.items()), ensure_ascii=False),
                    json.dumps(list(kinds.items()), ensure_ascii=False),
                    len(rids),
                    len(ms),
                )
                for key, (names, kinds, rids, ms) in places.items()
            ],
        )
        db.executemany(
            "INSERT INTO place_releases VALUES (?, ?)",
            [(key, rid) for key, e in places.items() for rid in e[2]],
        )
        db.executemany(
            "INSERT INTO place_memberships VALUES (?, ?, ?, ?)",
            [(key, i, rid, label) for key, e in places.items() for i, (rid, label) in enumerate(e[3])],
        )
        db.executemany(
            "INSERT INTO place_names VALUES (?, ?)",
            [(name, key) for key, e in places.items() for name in e[0]],
        )

    # -- queries -------------------------------------------------------------------------

    def _rows(self, sql: str, args: Iterable[Any] = ()) -> list[tuple]:
        with self._lock:
            return self._db.execute(sql, tuple(args)).fetchall()

    def person(self, key: str) -> PersonEntry | None:
        """A person's page data by id, or None."""
        rows = self._rows("SELECT name, roles FROM persons WHERE id=?", (key,))
        if not rows:
            return None
        name, roles = rows[0]
        quotes = [
            Quote(text, anchor, rid, title, date, role, org)
            for text, anchor, rid, title, date, role, org in self._rows(
                "SELECT q.text, q.anchor, q.record_id, r.title, r.date, q.role, q.organisation "
                "FROM quotes q LEFT JOIN releases r ON r.id = q.record_id WHERE q.person_id=? ORDER BY q.seq",
                (key,),
            )
        ]
        releases = self._releases("person_releases", "person_id", key)
        return PersonEntry(key, name, json.loads(roles), quotes, releases)

    def persons(
        self, prefix: str | None = None, limit: int | None = None, offset: int = 0
    ) -> list[PersonSummary]:
        """Persons ordered by name (case-insensitive); ``prefix`` matches the folded name
        (``müller`` finds ``Dr. Anna Müller`` by ``anna m`` — see :func:`person_key`)."""
        where, args = "", []
        if prefix:
            fold = person_key(prefix)
            where, args = "WHERE fold >= ? AND fold < ?", [fold, fold + "\U0010ffff"]
        return [
            PersonSummary(*row)
            for row in self._rows(
                f"SELECT id, name, quotes, releases FROM persons {where} ORDER BY sort, id LIMIT ? OFFSET ?",
                [*args, -1 if limit is None else limit, offset],
            )
        ]

    def person_count(self) -> int:
        """Number of persons."""
        return self._rows("SELECT COUNT(*) FROM persons")[0][0]

    def person_id_for(self, record_id: str, speaker_name: str) -> str | None:
        """The person id of a speaker (or person named) in a release; None when unknown."""
        rows = self._rows(
            "SELECT person_id FROM speakers WHERE record_id=? AND name=?", (record_id, speaker_name)
        )
        return rows[0][0] if rows else None

    def person_ids_in(self, record_id: str) -> dict[str, str]:
        """Name as written → person id, for every person of one release."""
        return dict(self._rows("SELECT name, person_id FROM speakers WHERE record_id=?", (record_id,)))

    def place(self, key: str) -> PlaceEntry | None:
        """A place's page data by official key, or None when no release names it."""
        rows = self._rows("SELECT names, kinds FROM places WHERE key=?", (key,))
        if not rows:
            return None
        names, kinds = (dict(json.loads(v)) for v in rows[0])
        memberships = [
            {"record_id": rid, "title": title, "date": date, "label": label}
            for rid, title, date, label in self._rows(
                "SELECT m.record_id, r.title, r.date, m.label FROM place_memberships m "
                "LEFT JOIN releases r ON r.id = m.record_id WHERE m.key=? ORDER BY m.seq",
                (key,),
            )
        ]
        return PlaceEntry(key, names, kinds, memberships, self._releases("place_releases", "key", key))

    def places(
        self, prefix: str | None = None, limit: int | None = None, offset: int = 0
    ) -> list[PlaceSummary]:
        """Places ordered by key; ``prefix`` is a key prefix (``12065`` → places in that Kreis)."""
        where, args = ("WHERE key LIKE ?", [prefix + "%"]) if prefix else ("", [])
        return [
            PlaceSummary(key, name, next(iter(json.loads(kinds)), [None])[0], n)
            for key, name, kinds, n in self._rows(
                f"SELECT key, name, kinds, releases FROM places {where} ORDER BY key LIMIT ? OFFSET ?",
                [*args, -1 if limit is None else limit, offset],
            )
        ]

    def places_named(self, name: str) -> list[PlaceSummary]:
        """Places written exactly as ``name`` in some release."""
        return [
            PlaceSummary(key, pname, next(iter(json.loads(kinds)), [None])[0], n)
            for key, pname, kinds, n in self._rows(
                "SELECT p.key, p.name, p.kinds, p.releases FROM place_names n JOIN places p ON p.key = n.key "
                "WHERE n.name=? ORDER BY p.key",
                (name,),
            )
        ]

    def _releases(self, table: str, column: str, key: str) -> list[Release]:
        return [
            Release(*row)
            for row in self._rows(
                f"SELECT t.record_id, r.title, r.date FROM {table} t LEFT JOIN releases r "
                f"ON r.id = t.record_id WHERE t.{column}=? "
                "ORDER BY r.date IS NULL, r.date DESC, t.record_id DESC",
                (key,),
            )
        ]

    def stats(self) -> dict[str, int | None]:
        """Counts of releases, persons and places, and the generation built from."""
        rows = self._rows(
            "SELECT (SELECT COUNT(*) FROM releases), (SELECT COUNT(*) FROM persons), "
            "(SELECT COUNT(*) FROM places)"
        )[0]
        return {"releases": rows[0], "persons": rows[1], "places": rows[2], "generation": self.generation()}


def _facts(record: Record) -> str:
    """What the catalog needs of a release, as compact JSON."""
    return json.dumps(
        {
            "speakers": [s.to_dict() for s in record.speakers],
            "persons": list(record.mentions.persons),
            "lists": [
                [
                    f"{ml.label} – {ml.body}" if ml.body else ml.label,
                    [[m.name, m.kind, m.key] for m in ml.members if m.key],
                ]
                for ml in record.member_lists
            ],
            "places": [[p.name, p.key] for p in record.mentions.places if p.key],
        },
        ensure_ascii=False,
        separators=(",", ":"),
    )


def _light_record(record_id: str, date: str | None, facts: dict[str, Any]) -> Record:
    """A record carrying only what :func:`build_persons` reads (no validation: facts are ours)."""
    return Record(
        id=record_id,
        source=_DUMMY_SOURCE,
        date=date,
        speakers=[Speaker(**s) for s in facts.get("speakers", [])],
        mentions=Mentions(persons=list(facts.get("persons", []))),
    )
