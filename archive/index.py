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

import contextlib
import json
import logging
import os
import pickle
import shutil
import struct
import threading
import time
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
from whoosh import columns, fields, index, writing
from whoosh.codec.whoosh3 import W3Codec, W3FieldWriter, W3PostingsWriter, W3TermInfo
from whoosh.system import pack_uint, pack_ushort

from archive import analysis
from archive.record import Record
from archive.search_data import PostingCache, SegmentData, Snapshot

log = logging.getLogger(__name__)

#: Bump when the schema or the way records become documents changes.
SCHEMA_VERSION = 3

#: Field weights of the ranking (BM25 per field, see archive.search_data): the title
#: counts most; the combined ``text`` field holds everything searchable once.
BOOSTS = {
    "title": 3.0,
    "text": 1.0,
    "role": 1.0,
    "person": 2.0,
    "place": 1.5,
    "municipality": 1.5,
    "publisher": 1.0,
    "category": 1.0,
}

_WRITE_TIMEOUT = 60.0
#: Documents per segment in a parallel rebuild: each worker process closes a segment
#: after this many documents, so its posting pool never spills to disk (spilled runs
#: are merged in pure Python, which made large rebuilds slow down as they grew).
SEGMENT_DOCS = 4000
_BATCH = 100
#: Memory of one index writer (per process) before it spills a run to disk.
WRITER_LIMIT_MB = 384


class _PostingsWriter(W3PostingsWriter):
    """Whoosh's posting writer with short posting lists inlined into the term index.

    Whoosh 2.7.5 calls a misspelt ``set_inline`` there, so inlining never worked;
    without it every rare term (most stem pairs) costs a compressed block.
    """

    def finish_postings(self):  # type: ignore[no-untyped-def]
        terminfo = self._terminfo
        if not self.written() and len(self) < self._inlinelimit:
            terminfo.add_block(self)
            terminfo.set_inlined(self._ids, self._weights, self._values)
            self._terminfo = None
            self._new_block()
            return terminfo
        return super().finish_postings()


_TERMINFO = struct.Struct("!BfIBBfII")  # W3TermInfo's layout


class _FieldWriter(W3FieldWriter):
    """Whoosh's field writer with a faster loop over the sorted postings.

    Short posting lists are inlined straight into the term index, and the per-posting
    field lengths (only used by Whoosh's block-quality skipping, which the archive's
    search does not use) are not looked up.
    """

    def add_postings(self, schema, lengths, items):  # type: ignore[no-untyped-def]
        inline = self._codec._inlinelimit
        tindex_add = self._tindex.add
        lastfn: str | None = None
        lasttext: bytes | None = None
        ids: list[int] = []
        ws: list[float] = []
        vs: list[bytes] = []
        dumps = pickle.dumps
        pack = _TERMINFO.pack

        def flush() -> None:
            if lasttext is None or not ids:
                return
            key = pack_ushort(self._fieldid) + lasttext
            if len(ids) < inline:
                wt = tuple(ws)
                info = pack(1, sum(wt), len(ids), 0, 0, max(wt), ids[0], ids[-1])
                tindex_add(key, info + dumps((tuple(ids), wt, tuple(v for v in vs if v)), 2))
                return
            pw = self._postwriter
            pw.start_postings(self._format, W3TermInfo())
            add = pw.add_posting
            for i, w, v in zip(ids, ws, vs, strict=True):
                add(i, w, v)
            tindex_add(key, pw.finish_postings().to_bytes())

        for fieldname, btext, docnum, weight, value in items:
            if fieldname != lastfn:
                flush()
                ids, ws, vs = [], [], []
                if lastfn is not None:
                    self.finish_field()
                self.start_field(fieldname, schema[fieldname])
                lastfn, lasttext = fieldname, None
            if docnum == -1:
                continue
            if btext != lasttext:
                flush()
                ids, ws, vs = [], [], []
                lasttext = btext
            ids.append(docnum)
            ws.append(weight)
            vs.append(value or b"")
        flush()
        if lastfn is not None:
            self.finish_field()


def _pool_add(self: Any, item: tuple[str, bytes, int, float, bytes | None]) -> None:
    """Whoosh's PostingPool.add without its per-posting type checks (a hot loop)."""
    self.fieldnames.add(item[0])
    self.currentsize += 160 + 2 * len(item[1]) + len(item[4] or b"")
    if self.currentsize > self.limit:
        self.save()
    self.current.append(item)


writing.PostingPool.add = _pool_add  # type: ignore[method-assign]


class Codec(W3Codec):
    """Whoosh's codec with working inlining of short posting lists and larger blocks."""

    length_stats = False  # per-posting field lengths are not needed (see _FieldWriter)

    def __init__(self) -> None:
        super().__init__(blocklimit=256, compression=1, inlinelimit=6)

    def field_writer(self, storage, segment):  # type: ignore[no-untyped-def]
        return _FieldWriter(self, storage, segment)

    def postings_writer(self, dbfile, byteids=False):  # type: ignore[no-untyped-def]
        return _PostingsWriter(dbfile, blocklimit=self._blocklimit, byteids=byteids,
                               compression=self._compression, inlinelimit=self._inlinelimit)


def current_settings() -> dict[str, Any]:
    """The settings an index built by this code carries."""
    return {"schema_version": SCHEMA_VERSION, **analysis.settings()}


class StemField(fields.TEXT):
    """A text field analysed in one fast pass: stem frequencies (and stem pairs) only.

    Queries on it are answered by :mod:`archive.search_data` from the posting
    lists; ``pairs`` adds neighbouring-stem pairs (phrases without positions).
    """

    def __init__(self, *, stored: bool = False, pairs: bool = False, field_boost: float = 1.0) -> None:
        super().__init__(analyzer=analysis.analyzer("stem"), phrase=False, stored=stored,
                         field_boost=field_boost)
        self.pairs = pairs

    def index(self, value: Any, **kwargs: Any) -> Any:  # type: ignore[override]
        counts, _ = analysis.index_terms(value, self.pairs)
        return [(t.encode("utf-8"), f, float(f), pack_uint(f)) for t, f in counts.items()]


def build_schema() -> fields.Schema:
    """The Whoosh schema of the archive."""
    a = analysis.analyzer

    def name(kind: str, fieldname: str) -> fields.TEXT:
        return fields.TEXT(analyzer=a(kind), field_boost=BOOSTS[fieldname], phrase=True)

    return fields.Schema(
        id=fields.ID(stored=True, unique=True),
        title=StemField(stored=True),
        text=StemField(pairs=True),
        subtitle=fields.STORED(),
        body=fields.STORED(),
        role=StemField(),
        person=name("name", "person"),
        place=name("name", "place"),
        municipality=name("name", "municipality"),
        publisher=name("key", "publisher"),
        category=name("key", "category"),
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
    """Turn a record into the fields of one Whoosh document.

    Everything searchable goes once into ``text`` (title, subtitle, body, quotes,
    roles, names, publisher, categories); the name fields serve fielded queries.
    """
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
    categories = [_nfc(c) for c in record.categories]
    publisher = _nfc(record.publisher)
    meta = {
        "id": record.id,
        "v": record.version,
        "d": record.date,
        "pl": _nfc(record.place) or None,
        "pe": persons,
        "mu": municipalities,
        "pu": publisher or None,
        "c": categories,
    }
    text = "\n".join(
        x for x in (title, subtitle, body, quotes, roles, "\n".join(persons), "\n".join(places),
                    "\n".join(m.name for m in members), publisher, "\n".join(categories)) if x
    )
    doc: dict[str, Any] = {
        "id": record.id,
        "title": title,
        "text": text,
        "subtitle": subtitle,
        "body": body,
        "role": roles,
        "person": "\n".join(persons),
        "place": "\n".join(places + place_keys),
        "municipality": "\n".join(
            [f"{m.kind or ''} {m.name}" for m in members] + member_keys + place_keys
        ),
        "publisher": publisher,
        "category": "\n".join(categories),
        "meta": json.dumps(meta, ensure_ascii=False, separators=(",", ":")).encode("utf-8"),
    }
    return {k: v for k, v in doc.items() if v not in ("", None)}


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
        self._postings = PostingCache()
        self._damaged = False
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
            writer = self.ix.writer(timeout=_WRITE_TIMEOUT, codec=Codec())
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
                n = _parallel_build(ix, path, records, procs, progress)
            else:
                writer = ix.writer(limitmb=WRITER_LIMIT_MB, codec=Codec())
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

    @property
    def cache(self) -> dict[Any, Any]:
        """Query caches of the current snapshot (emptied when the index changes)."""
        return self.snapshot().cache

    def snapshot(self) -> Snapshot:
        """The latest committed state, shared by all threads while the index is unchanged.

        Each thread reads through its own Whoosh searcher (see
        :class:`archive.search_data.Snapshot`), so searches run concurrently.
        """
        with self._lock:
            self._check_generation()
            snap = self._snapshot
            if snap is not None:
                try:
                    if snap.up_to_date():
                        return snap
                except Exception:  # pragma: no cover - index files replaced underneath
                    pass
                self._snapshot = None
            assert self._ix is not None
            searcher = self._ix.searcher()
            live: dict[str, SegmentData] = {}
            snap = Snapshot(self._ix, searcher, str(self._generation), self._segcache, self._postings)
            for _, data in snap.segments:
                live[data.segid] = data
            self._segcache = live
            self._snapshot = snap
            return snap

    def _close_snapshot(self) -> None:
        # Searchers of an old snapshot may still be in use by other threads: they are
        # released with the snapshot object, not closed here.
        self._snapshot = None
        self._postings.clear()

    def indexed_versions(self) -> dict[str, int]:
        """Map of record id → version held in the index."""
        snap = self.snapshot()
        out: dict[str, int] = {}
        for docnum in np.flatnonzero(snap.live):
            m = snap.meta(int(docnum))
            out[m["id"]] = m["v"]
        return out

    def doc_count(self) -> int:
        """Number of live documents."""
        return self.snapshot().doc_count

    def iter_ids(self) -> Iterator[str]:
        """The ids of all live documents."""
        snap = self.snapshot()
        for docnum in np.flatnonzero(snap.live):
            yield snap.meta(int(docnum))["id"]

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


def _build_worker(path: str, jobs: Any, results: Any) -> None:
    """A rebuild worker: index batches of documents into segments of SEGMENT_DOCS each."""
    from whoosh.writing import SegmentWriter

    ix = index.open_dir(path)
    segments = []
    writer = None
    n = 0
    try:
        while True:
            batch = jobs.get()
            if batch is None:
                break
            for doc in batch:
                if writer is None:
                    writer = SegmentWriter(ix, _lk=False, limitmb=WRITER_LIMIT_MB, codec=Codec())
                writer.add_document(**doc)
                n += 1
                if n >= SEGMENT_DOCS:
                    segments.append(writer._finalize_segment())
                    writer, n = None, 0
        if writer is not None and n:
            segments.append(writer._finalize_segment())
        results.put(("ok", segments))
    except BaseException as exc:  # reported to the parent, which cancels the rebuild
        results.put(("error", repr(exc)))


def _parallel_build(
    ix: index.Index, path: Path, records: Iterable[Record], procs: int,
    progress: Callable[[int], None] | None,
) -> int:
    """Index ``records`` on ``procs`` worker processes; commit all their segments at once."""
    import multiprocessing

    ctx = multiprocessing.get_context("fork")
    jobs = ctx.Queue(procs * 4)
    results = ctx.Queue()
    workers = [ctx.Process(target=_build_worker, args=(str(path), jobs, results), daemon=True)
               for _ in range(procs)]
    for w in workers:
        w.start()
    n = 0
    try:
        batch: list[dict[str, Any]] = []
        for record in records:
            batch.append(record_to_document(record))
            n += 1
            if len(batch) >= _BATCH:
                jobs.put(batch)
                batch = []
            if progress is not None and n % 500 == 0:
                progress(n)
        if batch:
            jobs.put(batch)
        for _ in workers:
            jobs.put(None)
        segments = []
        for _ in workers:
            status, value = results.get()
            if status != "ok":
                raise RuntimeError(f"index worker failed: {value}")
            segments.extend(value)
        for w in workers:
            w.join()
    except BaseException:
        for w in workers:
            if w.is_alive():
                w.terminate()
        raise
    writer = ix.writer(codec=Codec())
    writer._close_segment()
    writer._commit_toc(segments)
    writer._finish()
    return n
