"""Read access to the archive for the web: store, search index and entity look-ups.

The web never writes. One :class:`Archive` per app holds one :class:`Store`
(guarded by a lock, since its SQLite connection is shared between threads), the
search index, and optional gazetteer / person modules when they are installed.
"""

from __future__ import annotations

import importlib
import json
import os
import re
import threading
import time
import unicodedata
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from archive.record import Record
from archive.store import Store, VersionInfo

OVERVIEW_TTL = 60.0
KEY_RE = re.compile(r"^(\d{5}|\d{8}|\d{9}|\d{12})$")
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "ae", "Ö": "oe", "Ü": "ue"})
_HONORIFICS = re.compile(r"^((Prof|Dr|Dipl|Ing|med|phil|rer|nat|jur)\.?(-\w+\.?)?\s+)+", re.IGNORECASE)


def optional_module(name: str) -> Any | None:
    """Import ``name`` if it exists and imports cleanly, else return None."""
    try:
        return importlib.import_module(name)
    except Exception:  # a half-written sibling module must not break the site
        return None


def slugify(text: str) -> str:
    """Return an ASCII slug of ``text`` (umlauts transliterated)."""
    text = unicodedata.normalize("NFKD", text.translate(_UMLAUTS))
    text = text.encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def person_key(name: str) -> str:
    """Return the URL key of a person: the name without academic titles, slugified."""
    return slugify(_HONORIFICS.sub("", name.strip())) or "person"


@dataclass
class QuoteRef:
    """One quote of a person in one release, with the role stated there."""

    text: str
    anchor: str
    record_id: str
    title: str | None
    date: str | None
    role: str | None
    organisation: str | None


@dataclass
class PersonEntry:
    """A person as gathered from the speakers of all releases."""

    key: str
    name: str
    quotes: list[QuoteRef] = field(default_factory=list)
    roles: list[dict[str, Any]] = field(default_factory=list)
    releases: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)


@dataclass
class PlaceEntry:
    """A municipality (or Amt/Kreis) key with the releases that name it."""

    key: str
    names: dict[str, int] = field(default_factory=dict)
    kinds: dict[str, int] = field(default_factory=dict)
    memberships: list[dict[str, Any]] = field(default_factory=list)
    releases: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)


def quote_anchor(text: str) -> str:
    """Return a stable anchor for a quote (a hash of its text, so it survives re-extraction)."""
    import hashlib

    return "zitat-" + hashlib.sha256(text.strip().encode("utf-8")).hexdigest()[:10]


class EntityIndex:
    """Persons and places across all releases, built by one pass over the store.

    Persons come from :mod:`archive.persons` when it is installed (one entity per real
    person, overrides honoured); otherwise speakers are grouped by their name.
    """

    def __init__(
        self, records: list[Record], persons_mod: Any | None = None, overrides: Path | None = None
    ) -> None:
        self.persons: dict[str, PersonEntry] = {}
        self.places: dict[str, PlaceEntry] = {}
        self.speaker_keys: dict[tuple[str, str], str] = {}
        by_id = {r.id: r for r in records}
        build = getattr(persons_mod, "build_persons", None)
        done = False
        if build is not None:
            try:
                self._from_persons(
                    build(records, overrides if overrides and overrides.exists() else None), by_id
                )
                done = True
            except Exception:
                self.persons, self.speaker_keys = {}, {}
        for record in records:
            if not done:
                self._add_speakers(record)
            self._add_places(record)
        if not done:
            for entry in self.persons.values():
                entry.roles = _roles_from_quotes(entry)

    def speaker_key(self, record_id: str, name: str) -> str:
        """The person key of a speaker of a release."""
        return self.speaker_keys.get((record_id, name)) or person_key(name)

    def _from_persons(self, persons: list[Any], by_id: dict[str, Record]) -> None:
        for person in persons:
            entry = PersonEntry(key=person.id, name=person.name)
            for m in person.mentions:
                record = by_id.get(m.record_id)
                entry.releases[m.record_id] = (record.title if record else None, m.date)
                self.speaker_keys[(m.record_id, m.name)] = person.id
                for q in m.quotes:
                    entry.quotes.append(
                        QuoteRef(
                            q,
                            quote_anchor(q),
                            m.record_id,
                            record.title if record else None,
                            m.date,
                            m.role,
                            m.organisation,
                        )
                    )
            for ms in person.memberships:
                count = sum(
                    1
                    for m in person.mentions
                    if ms.start and m.date and ms.start <= m.date <= (ms.end or ms.start)
                )
                entry.roles.append(
                    {
                        "role": ms.role,
                        "organisation": ms.organisation,
                        "first": ms.start,
                        "last": ms.end,
                        "releases": count,
                    }
                )
            self.persons[person.id] = entry

    def _add_speakers(self, record: Record) -> None:
        ref = (record.title, record.date)
        for sp in record.speakers:
            key = person_key(sp.name)
            entry = self.persons.setdefault(key, PersonEntry(key=key, name=sp.name))
            if len(sp.name) > len(entry.name):
                entry.name = sp.name
            entry.releases[record.id] = ref
            for q in sp.quotes or [None]:
                entry.quotes.append(
                    QuoteRef(
                        q or "",
                        quote_anchor(q or ""),
                        record.id,
                        record.title,
                        record.date,
                        sp.role,
                        sp.organisation,
                    )
                )

    def _add_places(self, record: Record) -> None:
        ref = (record.title, record.date)
        for ml in record.member_lists:
            for m in ml.members:
                if m.key:
                    place = self._place(m.key, m.name, m.kind)
                    place.releases[record.id] = ref
                    place.memberships.append(
                        {
                            "record_id": record.id,
                            "title": record.title,
                            "date": record.date,
                            "label": ml.label,
                        }
                    )
        for pm in record.mentions.places:
            if pm.key:
                self._place(pm.key, pm.name, None).releases[record.id] = ref

    def _place(self, key: str, name: str, kind: str | None) -> PlaceEntry:
        place = self.places.setdefault(key, PlaceEntry(key=key))
        place.names[name] = place.names.get(name, 0) + 1
        if kind:
            place.kinds[kind] = place.kinds.get(kind, 0) + 1
        return place


class Archive:
    """Everything the web reads, behind one object per app."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.store = Store(data_dir)
        self._lock = threading.RLock()
        self._index: Any | None = None
        self._index_lock = threading.Lock()
        self._entities: EntityIndex | None = None
        self._entities_sig: Any = None
        self._overview: tuple[float, dict[str, Any]] | None = None
        self._search_lock = threading.Lock()
        self._cache: OrderedDict[tuple[str, str], dict[str, Any]] = OrderedDict()
        self._cache_snap: Any = None
        self.cache_size = int(os.environ.get("PRESSEARCHIV_SEARCH_CACHE", "256"))
        self.search_mod = optional_module("archive.search")
        self.gazetteer_mod = optional_module("archive.gazetteer")
        self.persons_mod = optional_module("archive.persons")

    # -- store, serialised ---------------------------------------------------------

    def locked(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Call a store method under the store lock."""
        with self._lock:
            return fn(*args, **kwargs)

    def get(self, record_id: str, version: int | None = None) -> Record | None:
        """Return a record (current or given version) or None."""
        return self.locked(self.store.get, record_id, version)

    def get_many(self, ids: list[str]) -> dict[str, Record]:
        """Return current records for ``ids`` that exist."""
        return self.locked(self.store.get_many, ids)

    def raw(self, record_id: str, version: int | None = None) -> bytes | None:
        """Return the raw source bytes of a version."""
        return self.locked(self.store.raw, record_id, version)

    def versions(self, record_id: str) -> list[VersionInfo]:
        """Return every stored version of a document."""
        return self.locked(self.store.versions, record_id)

    def ingest_times(self, record_id: str) -> tuple[str, str] | None:
        """Return (first, last) ingest time."""
        return self.locked(self.store.ingest_times, record_id)

    def latest(self, limit: int, offset: int = 0) -> list[Record]:
        """Return the newest records."""
        return self.locked(self.store.latest, limit, offset)

    def stats(self) -> dict[str, Any]:
        """Return what the archive holds."""
        return self.locked(self.store.stats)

    # -- search --------------------------------------------------------------------

    @property
    def index(self) -> Any | None:
        """The search index, opened on first use; None when unavailable."""
        if self._index is None:
            with self._index_lock:
                if self._index is None:
                    mod = optional_module("archive.index")
                    directory = self.data_dir / "index"
                    if mod is None or not directory.exists():
                        return None
                    try:
                        self._index = mod.SearchIndex(directory)
                    except Exception:
                        return None
        return self._index

    def search(self, query: str, **kwargs: Any) -> dict[str, Any]:
        """Run a search and return its JSON form (with an ``error`` when it cannot run).

        Searches run one at a time (the index's shared searcher is not thread-safe) and
        their results are kept in a small LRU cache that is emptied whenever the index
        changes.
        """
        empty = {
            "query": query,
            "total": 0,
            "hits": [],
            "facets": {},
            "understood": None,
            "suggestion": None,
            "page": kwargs.get("page", 1),
            "per_page": kwargs.get("per_page", 20),
            "pages": 0,
            "error": None,
        }
        index = self.index
        if self.search_mod is None or index is None:
            return {**empty, "error": "Der Suchindex ist nicht verfügbar."}
        key = (query, json.dumps(kwargs, sort_keys=True, default=str))
        with self._search_lock:
            self._check_cache(index)
            cached = self._cache.get(key)
            if cached is not None:
                self._cache.move_to_end(key)
                return _copy_result(cached)
            result = self.search_mod.search(index, query, **kwargs)
            data = {**empty, **(result.to_dict() if hasattr(result, "to_dict") else dict(result))}
            if self.cache_size and not data.get("error"):
                self._cache[key] = data
                while len(self._cache) > self.cache_size:
                    self._cache.popitem(last=False)
        return _copy_result(data)

    def _check_cache(self, index: Any) -> None:
        """Empty the result cache when the index has a new snapshot."""
        snapshot = getattr(index, "snapshot", None)
        snap = snapshot() if snapshot else None
        if snap is not self._cache_snap:
            self._cache.clear()
            self._cache_snap = snap

    def more_like_this(self, record_id: str, limit: int = 5) -> list[dict[str, Any]]:
        """Return similar releases as hit dicts; empty when unsupported."""
        fn = getattr(self.search_mod, "more_like_this", None)
        if fn is None or self.index is None:
            return []
        try:
            with self._search_lock:
                hits = fn(self.index, record_id, limit)
        except Exception:
            return []
        out = []
        for hit in hits or []:
            out.append(hit.to_dict() if hasattr(hit, "to_dict") else dict(hit))
        return out[:limit]

    def autocomplete(self, prefix: str, field: str = "title") -> list[str]:
        """Return completions for ``prefix``; empty when unsupported."""
        fn = getattr(self.search_mod, "autocomplete", None)
        if fn is None or self.index is None:
            return []
        try:
            with self._search_lock:
                return [str(s) for s in fn(self.index, prefix, field)][:10]
        except Exception:
            return []

    def overview_facets(self) -> dict[str, list[dict[str, Any]]]:
        """Publishers and categories of the whole archive (cached for a minute)."""
        now = time.monotonic()
        cached = self._overview
        if cached is not None and now - cached[0] < OVERVIEW_TTL:
            return cached[1]
        result = self.search("datum:0001..9999", per_page=1)
        facets = {
            k: v[:10] for k, v in (result.get("facets") or {}).items() if k in ("publisher", "category")
        }
        self._overview = (now, facets)
        return facets

    # -- entities ------------------------------------------------------------------

    def entities(self) -> EntityIndex:
        """Return the person/place index, rebuilt when the store changed."""
        sig = self.locked(self.store.current_versions)
        sig_key = (len(sig), hash(frozenset(sig.items())))
        if self._entities is None or self._entities_sig != sig_key:
            records = self.locked(lambda: list(self.store.iter_records()))
            overrides = self.data_dir / getattr(self.persons_mod, "OVERRIDES_FILE", "persons-overrides.json")
            self._entities = EntityIndex(records, self.persons_mod, overrides)
            self._entities_sig = sig_key
        return self._entities

    def gazetteer_entry(self, key: str) -> dict[str, Any] | None:
        """Return the gazetteer's facts on ``key`` (name, kind, Kreis, Amt, population, point)."""
        mod = self.gazetteer_mod
        get = getattr(mod, "get", None)
        if get is None:
            return None
        try:
            e = get(key)
            if e is None:
                return None
            kreis = mod.kreis_of(key) if len(key) > 5 and hasattr(mod, "kreis_of") else None
            amt = mod.amt_of(key) if len(key) == 8 and hasattr(mod, "amt_of") else None
        except Exception:
            return None
        lon, lat = getattr(e, "lon", None), getattr(e, "lat", None)
        return {
            "name": getattr(e, "short", "") or e.name,
            "official_name": e.name,
            "kind": getattr(e, "kind", None),
            "kreis": kreis.name if kreis is not None and kreis.key != key else None,
            "kreis_key": kreis.key if kreis is not None and kreis.key != key else None,
            "amt": amt.name if amt is not None else None,
            "amt_key": amt.key if amt is not None else None,
            "population": getattr(e, "population", None),
            "point": {"lon": lon, "lat": lat} if lon is not None and lat is not None else None,
        }

    def gazetteer_boundary(self, key: str) -> Any | None:
        """Return boundary rings of ``key`` (list of [[lon, lat], ...]) or None."""
        fn = getattr(self.gazetteer_mod, "shape", None)
        if fn is None or len(key) != 8:
            return None
        try:
            return fn(key)
        except Exception:
            return None

    def gazetteer_by_name(self, name: str, kind: str | None = None) -> list[dict[str, Any]]:
        """Resolve a name as written (with kind) to gazetteer entries; empty when uncertain."""
        fn = getattr(self.gazetteer_mod, "link", None)
        if fn is None:
            return []
        try:
            found = fn(name, kind)
        except Exception:
            return []
        if found is None:
            return []
        return [{"key": found.key, "name": found.name, "kind": found.kind}]


def _roles_from_quotes(entry: PersonEntry) -> list[dict[str, Any]]:
    """Roles over time from the speaker entries (fallback without archive.persons)."""
    seen: dict[tuple[str | None, str | None], dict[str, str | None]] = {}
    for q in entry.quotes:
        seen.setdefault((q.role, q.organisation), {})[q.record_id] = q.date
    out = []
    for (role, org), releases in seen.items():
        known = sorted(d for d in releases.values() if d)
        out.append(
            {
                "role": role,
                "organisation": org,
                "first": known[0] if known else None,
                "last": known[-1] if known else None,
                "releases": len(releases),
            }
        )
    return sorted(out, key=lambda r: (r["first"] or "", r["role"] or ""))


def _copy_result(data: dict[str, Any]) -> dict[str, Any]:
    """Copy a cached result deeply enough that views may add keys to it and its hits."""
    return {**data, "hits": [dict(h) for h in data.get("hits") or []]}


def _as_dict(obj: Any) -> dict[str, Any]:
    """Convert a dataclass / object with to_dict / mapping to a plain dict."""
    import dataclasses

    if hasattr(obj, "to_dict"):
        return dict(obj.to_dict())
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return dataclasses.asdict(obj)
    if isinstance(obj, dict):
        return dict(obj)
    return {k: v for k, v in vars(obj).items() if not k.startswith("_")}
