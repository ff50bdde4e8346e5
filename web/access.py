"""Read access to the archive for the web: store, search index and entity catalog.

The web never writes records. One :class:`Archive` per app holds one :class:`Store`
(guarded by a lock, since its SQLite connection is shared between threads), the search
index, and the entity catalog (persons and places, :mod:`archive.entities`) with a store
connection of its own; the catalog is refreshed once, under its lock, when a page needs it
and the store changed since it was built (the CLI refreshes it after every ingest).
"""

from __future__ import annotations

import json
import os
import re
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from archive import gazetteer, search
from archive.entities import EntityCatalog
from archive.index import SearchIndex
from archive.record import Record
from archive.store import Store, VersionInfo

OVERVIEW_TTL = 60.0
KEY_RE = re.compile(r"^(\d{5}|\d{8}|\d{9}|\d{12})$")


class Archive:
    """Everything the web reads, behind one object per app."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.store = Store(data_dir)
        self._lock = threading.RLock()
        self._index: Any | None = None
        self._index_lock = threading.Lock()
        self._catalog: EntityCatalog | None = None
        self._catalog_lock = threading.Lock()
        self._overview: tuple[float, dict[str, Any]] | None = None
        self._cache_lock = threading.Lock()
        self._cache: OrderedDict[tuple[str, str], dict[str, Any]] = OrderedDict()
        self._cache_snap: Any = None
        self.cache_size = int(os.environ.get("PRESSEARCHIV_SEARCH_CACHE", "256"))

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
                    directory = self.data_dir / "index"
                    if not directory.exists():
                        return None
                    try:
                        self._index = SearchIndex(directory)
                    except Exception:  # an unreadable index must not take the site down
                        return None
        return self._index

    def search(self, query: str, **kwargs: Any) -> dict[str, Any]:
        """Run a search and return its JSON form (with an ``error`` when it cannot run).

        Searches run concurrently (each thread gets its own searcher inside the
        index's snapshot); results are kept in a small LRU cache that is emptied
        whenever the index changes.
        """
        index = self.index
        if index is None:
            return {
                "query": query,
                "total": 0,
                "hits": [],
                "facets": {},
                "understood": None,
                "suggestion": None,
                "page": kwargs.get("page", 1),
                "per_page": kwargs.get("per_page", 20),
                "pages": 0,
                "error": "Der Suchindex ist nicht verfügbar.",
            }
        key = (query, json.dumps(kwargs, sort_keys=True, default=str))
        with self._cache_lock:
            self._check_cache(index)
            cached = self._cache.get(key)
            if cached is not None:
                self._cache.move_to_end(key)
                return _copy_result(cached)
        data = search.search(index, query, **kwargs).to_dict()
        if self.cache_size and not data.get("error"):
            with self._cache_lock:
                self._cache[key] = data
                while len(self._cache) > self.cache_size:
                    self._cache.popitem(last=False)
        return _copy_result(data)

    def _check_cache(self, index: SearchIndex) -> None:
        """Empty the result cache when the index has a new snapshot."""
        snap = index.snapshot()
        if snap is not self._cache_snap:
            self._cache.clear()
            self._cache_snap = snap

    def more_like_this(self, record_id: str, limit: int = 5) -> list[dict[str, Any]]:
        """Return similar releases as hit dicts."""
        index = self.index
        if index is None:
            return []
        return search.more_like_this(index, record_id, limit)

    def autocomplete(self, prefix: str, field: str = "person") -> list[str]:
        """Return up to ten completions for ``prefix`` among persons or municipalities."""
        index = self.index
        if index is None:
            return []
        return search.autocomplete(index, prefix, field)

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

    @property
    def catalog(self) -> EntityCatalog:
        """The entity catalog as it is on disk (may be stale; see :meth:`entities`)."""
        if self._catalog is None:
            with self._catalog_lock:
                if self._catalog is None:
                    self._catalog = EntityCatalog.open(self.data_dir, Store(self.data_dir))
        return self._catalog

    def entities(self) -> EntityCatalog:
        """The entity catalog, refreshed first when the store changed since it was built."""
        return self.catalog.ensure_fresh()

    def gazetteer_entry(self, key: str) -> dict[str, Any] | None:
        """Return the gazetteer's facts on ``key`` (name, kind, Kreis, Amt, population, point)."""
        e = gazetteer.get(key)
        if e is None:
            return None
        kreis = gazetteer.kreis_of(key) if len(key) > 5 else None
        amt = gazetteer.amt_of(key) if len(key) == 8 else None
        own_kreis = kreis is not None and kreis.key != key
        return {
            "name": e.short or e.name,
            "official_name": e.name,
            "kind": e.kind,
            "kreis": kreis.name if own_kreis else None,
            "kreis_key": kreis.key if own_kreis else None,
            "amt": amt.name if amt is not None else None,
            "amt_key": amt.key if amt is not None else None,
            "population": e.population,
            "point": {"lon": e.lon, "lat": e.lat} if e.lon is not None and e.lat is not None else None,
        }

    def gazetteer_boundary(self, key: str) -> Any | None:
        """Return boundary rings of ``key`` (list of [[lon, lat], ...]) or None."""
        return gazetteer.shape(key) if len(key) == 8 else None

    def gazetteer_by_name(self, name: str, kind: str | None = None) -> list[dict[str, Any]]:
        """Resolve a name as written (with kind) to gazetteer entries; empty when uncertain."""
        found = gazetteer.link(name, kind)
        if found is None:
            return []
        return [{"key": found.key, "name": found.name, "kind": found.kind}]


def _copy_result(data: dict[str, Any]) -> dict[str, Any]:
    """Copy a cached result deeply enough that views may add keys to it and its hits."""
    return {**data, "hits": [dict(h) for h in data.get("hits") or []]}

