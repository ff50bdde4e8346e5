"""The Whoosh full-text index of the archive (rebuildable from the store at any time).

Layout of ``directory``: ``CURRENT`` names the live generation ``gen-N``, a Whoosh
index plus ``settings.json`` (schema, stemmer and splitter versions).  A rebuild
writes a new generation beside the live one and switches ``CURRENT`` atomically,
so searches go on while it runs.  A generation that cannot be opened (a
half-written or damaged segment) is set aside and replaced by an empty one that
reports :meth:`SearchIndex.needs_rebuild`; write locks are ``flock`` locks, which
the kernel releases when a writer dies, even by SIGKILL.
"""

from __future__ import annotations

import bisect
import contextlib
import json
import logging
import os
import shutil
import threading
import time
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from whoosh import columns, fields, index
from whoosh.multiproc import MpWriter
from whoosh.searching import Searcher

from archive import analysis
from archive.record import Record

log = logging.getLogger(__name__)

#: Bump when the schema or the way records become documents changes.
SCHEMA_VERSION = 2

#: Field boosts (BM25F): the title counts most, compound parts least.
BOOSTS = {
    "title": 3.0,
    "subtitle": 2.0,
    "body": 1.0,
    "quotes": 1.0,
    "person": 2.0,
    "role": 1.0,
    "place": 1.5,
    "municipality": 1.5,
    "publisher": 1.0,
    "category": 1.0,
    "fold": 0.6,
    "rev": 0.3,
}

_WRITE_TIMEOUT = 60.0


def current_settings() -> dict[str, Any]:
    """The settings an index built by this code carries."""
    return {"schema_version": SCHEMA_VERSION, **analysis.settings()}


def build_schema() -> fields.Schema:
    """The Whoosh schema of the archive."""
    a = analysis.analyzer

    def text(kind: str, name: str, *, stored: bool = False, phrase: bool = True) -> fields.TEXT:
        return fields.TEXT(analyzer=a(kind), field_boost=BOOSTS[name], stored=stored, phrase=phrase)

    return fields.Schema(
        id=fields.ID(stored=True, unique=True),
        title=text("stem", "title", stored=True),
        subtitle=text("stem", "subtitle", stored=True),
        body=text("stem", "body", stored=True),
        quotes=text("stem", "quotes"),
        person=text("name", "person"),
        role=text("stem", "role"),
        place=text("name", "place"),
        municipality=text("name", "municipality"),
        publisher=text("key", "publisher"),
        category=text("key", "category"),
        fold=text("fold", "fold", phrase=False),
        rev=text("rev", "rev", phrase=False),
        date=fields.NUMERIC(int, bits=32, signed=False, sortable=True),
        year=fields.NUMERIC(int, bits=32, signed=False),
        meta=fields.COLUMN(columns.VarBytesColumn()),
    )


def _nfc(text: str | None) -> str:
    return unicodedata.normalize("NFC", text) if text else ""


def _dedupe(values: Iterable[str]) -> list[str]:
    seen: dict[str, str] = {}
    for v in values:
        v = " ".join(_nfc(v).split())
        key = " ".join(analysis.name_terms(v))
        if v and key and key not in seen:
            seen[key] = v
    return list(seen.values())


def record_to_document(record: Record) -> dict[str, Any]:
    """Turn a record into the fields of one Whoosh document."""
    title = _nfc(record.title)
    subtitle = "\n".join(_nfc(x) for x in (record.kicker, record.subtitle) if x)
    body = _nfc(record.body)
    quotes = "\n".join(_nfc(q) for s in record.speakers for q in s.quotes)
    persons = _dedupe([s.name for s in record.speakers] + list(record.mentions.persons))
    roles = "\n".join(_nfc(x) for s in record.speakers for x in (s.role, s.organisation) if x)
    places = _dedupe(([record.place] if record.place else []) + [p.name for p in record.mentions.places])
    place_keys = [p.key for p in record.mentions.places if p.key]
    members = [m for ml in record.member_lists for m in ml.members]
    municipalities = _dedupe(m.name for m in members if m.kind != "Verband")
    member_keys = [m.key for m in members if m.key]
    date = int(record.date.replace("-", "")) if record.date else None
    year = date // 10000 if date else None
    meta = {
        "id": record.id,
        "v": record.version,
        "d": record.date,
        "pl": _nfc(record.place) or None,
        "pe": persons,
        "mu": municipalities,
        "pu": _nfc(record.publisher) or None,
        "c": [_nfc(c) for c in record.categories],
    }
    doc: dict[str, Any] = {
        "id": record.id,
        "title": title,
        "subtitle": subtitle,
        "body": body,
        "quotes": quotes,
        "person": "\n".join(persons),
        "role": roles,
        "place": "\n".join(places + place_keys),
        "municipality": "\n".join(
            [f"{m.kind or ''} {m.name}" for m in members] + member_keys + place_keys
        ),
        "publisher": _nfc(record.publisher),
        "category": "\n".join(_nfc(c) for c in record.categories),
        "fold": "\n".join((title, subtitle, body)),
        "rev": "\n".join((title, subtitle, body)),
        "meta": json.dumps(meta, ensure_ascii=False, separators=(",", ":")).encode("utf-8"),
    }
    if date:
        doc["date"] = date
        doc["year"] = year
    return {k: v for k, v in doc.items() if v not in ("", None)}


@dataclass
class SegmentData:
    """Per-segment data held in memory while a segment is live: metadata and sorted dates."""

    metas: list[dict[str, Any]]
    dates: list[int]  # date (YYYYMMDD, 0 when unknown) per local docnum
    by_date: list[tuple[int, int]]  # (date, local docnum), sorted


@dataclass
class Snapshot:
    """A searcher over one state of the index with its per-segment data."""

    searcher: Searcher
    segments: list[tuple[int, SegmentData]]  # (docnum offset, data)
    generation: str

    def meta(self, docnum: int) -> dict[str, Any]:
        """The stored metadata of a global docnum."""
        offsets = [o for o, _ in self.segments]
        i = bisect.bisect_right(offsets, docnum) - 1
        off, seg = self.segments[i]
        return seg.metas[docnum - off]

    def date_set(self, lo: int, hi: int) -> set[int]:
        """Global docnums whose date lies in ``lo..hi`` (YYYYMMDD, inclusive)."""
        out: set[int] = set()
        for off, seg in self.segments:
            a = bisect.bisect_left(seg.by_date, (lo, -1))
            b = bisect.bisect_right(seg.by_date, (hi, 1 << 40))
            out.update(off + d for _, d in seg.by_date[a:b])
        return out


class SearchIndex:
    """The search index in ``directory``; opened or created on construction."""

    def __init__(self, directory: Path | str) -> None:
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        self._ix: index.Index | None = None
        self._generation: str | None = None
        self._snapshot: Snapshot | None = None
        self._segcache: dict[str, SegmentData] = {}
        self._damaged = False
        self.cache: dict[Any, Any] = {}  # per-snapshot query caches (see archive.search)
        self._open()

    # -- generations --------------------------------------------------------------------------

    def _read_current(self) -> str | None:
        try:
            name = (self.directory / "CURRENT").read_text().strip()
        except OSError:
            return None
        return name or None

    def _write_current(self, name: str) -> None:
        tmp = self.directory / f"CURRENT.{os.getpid()}.tmp"
        tmp.write_text(name + "\n")
        os.replace(tmp, self.directory / "CURRENT")

    def _new_generation(self) -> Path:
        nums = [int(p.name[4:]) for p in self.directory.glob("gen-*") if p.name[4:].isdigit()]
        n = max(nums, default=0) + 1
        while True:
            path = self.directory / f"gen-{n}"
            try:
                path.mkdir()
                return path
            except FileExistsError:
                n += 1

    def _create_generation(self, path: Path, settings: dict[str, Any]) -> index.Index:
        ix = index.create_in(str(path), build_schema())
        (path / "settings.json").write_text(json.dumps(settings, indent=1))
        return ix

    def _open(self) -> None:
        """Open the live generation, creating or recovering it where needed."""
        name = self._read_current()
        path = self.directory / name if name else None
        if path is not None and path.is_dir():
            try:
                ix = index.open_dir(str(path))
                with ix.reader() as r:  # touches every segment
                    r.doc_count()
                    for leaf, _ in r.leaf_readers():
                        if leaf.doc_count_all():
                            leaf.stored_fields(0)
                            leaf.column_reader("meta")[0]
                self._ix, self._generation = ix, name
                self._damaged = False
                return
            except Exception as exc:  # a damaged or incompatible index: set it aside
                log.warning("search index %s unusable (%s); starting an empty one", path, exc)
                with contextlib.suppress(OSError):
                    path.rename(path.with_name(f"{path.name}.damaged-{int(time.time())}"))
                self._damaged = True
        elif path is not None:
            self._damaged = True
        new = self._new_generation()
        settings = current_settings()
        if self._damaged:
            settings["damaged"] = True
        self._ix = self._create_generation(new, settings)
        self._write_current(new.name)
        self._generation = new.name

    def _check_generation(self) -> None:
        """Follow a rebuild done by another SearchIndex or process."""
        name = self._read_current()
        if name and name != self._generation:
            self._close_snapshot()
            self._open()

    @property
    def ix(self) -> index.Index:
        """The live Whoosh index."""
        with self._lock:
            self._check_generation()
            assert self._ix is not None
            return self._ix

    # -- settings -----------------------------------------------------------------------------

    def settings(self) -> dict[str, Any]:
        """The settings stored with the live index (schema, stemmer and splitter versions)."""
        with self._lock:
            self._check_generation()
            try:
                return json.loads((self.directory / str(self._generation) / "settings.json").read_text())
            except (OSError, ValueError):
                return {}

    def needs_rebuild(self) -> bool:
        """True when the stored settings differ from the code's or the index was found damaged."""
        stored = self.settings()
        if stored.get("damaged"):
            return True
        return {k: stored.get(k) for k in current_settings()} != current_settings()

    # -- writing ------------------------------------------------------------------------------

    def add(self, records: Iterable[Record]) -> None:
        """Add or replace (by id) the given records in one commit."""
        with self._lock:
            writer = self.ix.writer(timeout=_WRITE_TIMEOUT)
            try:
                for record in records:
                    writer.update_document(**record_to_document(record))
            except BaseException:
                writer.cancel()
                raise
            writer.commit()

    def delete(self, ids: Iterable[str]) -> None:
        """Remove the records with these ids (unknown ids are ignored)."""
        with self._lock:
            writer = self.ix.writer(timeout=_WRITE_TIMEOUT)
            try:
                for rid in ids:
                    writer.delete_by_term("id", rid)
            except BaseException:
                writer.cancel()
                raise
            writer.commit()

    def rebuild(
        self,
        records: Iterable[Record],
        total: int | None = None,
        progress: Callable[[int], None] | None = None,
    ) -> None:
        """Build a new index from scratch and switch to it when complete.

        Large rebuilds index on every core (one segment per process).  Searches keep
        using the previous generation until the switch.
        """
        path = self._new_generation()
        try:
            ix = self._create_generation(path, current_settings())
            procs = min(os.cpu_count() or 1, 4)
            parallel = procs > 1 and (total is None or total >= 2000)
            if parallel:
                writer = MpWriter(ix, procs=procs, batchsize=256, multisegment=True, limitmb=256)
            else:
                writer = ix.writer(limitmb=256)
            n = 0
            try:
                for record in records:
                    writer.add_document(**record_to_document(record))
                    n += 1
                    if progress is not None and n % 500 == 0:
                        progress(n)
            except BaseException:
                writer.cancel()
                raise
            writer.commit()
            ix.close()
            if progress is not None:
                progress(n)
        except BaseException:
            shutil.rmtree(path, ignore_errors=True)
            raise
        with self._lock:
            old = self._generation
            self._write_current(path.name)
            self._close_snapshot()
            self._open()
            self._remove_old_generations(keep={path.name, str(old)})

    def _remove_old_generations(self, keep: set[str]) -> None:
        for p in self.directory.glob("gen-*"):
            if p.name not in keep and p.is_dir():
                shutil.rmtree(p, ignore_errors=True)

    # -- reading ------------------------------------------------------------------------------

    def snapshot(self) -> Snapshot:
        """A searcher on the latest committed state, reused while the index is unchanged."""
        with self._lock:
            self._check_generation()
            snap = self._snapshot
            if snap is not None:
                try:
                    if snap.searcher.up_to_date():
                        return snap
                except Exception:  # pragma: no cover - index files replaced underneath
                    pass
                self._close_snapshot()
            assert self._ix is not None
            searcher = self._ix.searcher()
            segments = []
            live: dict[str, SegmentData] = {}
            for leaf, offset in searcher.reader().leaf_readers():
                seg = leaf.segment() if hasattr(leaf, "segment") else None
                if seg is None:
                    continue
                segid = seg.segment_id()
                data = self._segcache.get(segid) or _load_segment(leaf)
                live[segid] = data
                segments.append((offset, data))
            self._segcache = live
            self.cache = {}
            self._snapshot = Snapshot(searcher, segments, str(self._generation))
            return self._snapshot

    def _close_snapshot(self) -> None:
        if self._snapshot is not None:
            with contextlib.suppress(Exception):
                self._snapshot.searcher.close()
            self._snapshot = None
            self.cache = {}

    def indexed_versions(self) -> dict[str, int]:
        """Map of record id → version held in the index."""
        snap = self.snapshot()
        out: dict[str, int] = {}
        reader = snap.searcher.reader()
        for docnum in reader.all_doc_ids():
            m = snap.meta(docnum)
            out[m["id"]] = m["v"]
        return out

    def doc_count(self) -> int:
        """Number of live documents."""
        return self.snapshot().searcher.doc_count()

    def iter_ids(self) -> Iterator[str]:
        """The ids of all live documents."""
        snap = self.snapshot()
        for docnum in snap.searcher.reader().all_doc_ids():
            yield snap.meta(docnum)["id"]

    def close(self) -> None:
        """Release the searcher and the index."""
        with self._lock:
            self._close_snapshot()
            if self._ix is not None:
                self._ix.close()

    def __enter__(self) -> SearchIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _load_segment(leaf: Any) -> SegmentData:
    metas: list[dict[str, Any]] = []
    dates: list[int] = []
    for raw in leaf.column_reader("meta"):
        m = json.loads(raw) if raw else {"id": "", "v": 0, "d": None, "pe": [], "mu": [], "c": []}
        metas.append(m)
        d = m.get("d")
        dates.append(int(d.replace("-", "")) if d else 0)
    by_date = sorted((d, i) for i, d in enumerate(dates) if d)
    return SegmentData(metas, dates, by_date)
