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
import itertools
import json
import logging
import os
import pickle
import shutil
import struct
import sys
import threading
import time
import types
import unicodedata
from array import array
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
from whoosh import columns, fields, index, writing
from whoosh.codec.whoosh3 import W3Codec, W3FieldWriter, W3PostingsWriter, W3TermInfo
from whoosh.filedb import structfile
from whoosh.system import pack_ushort

from archive import analysis
from archive.record import Record
from archive.search_data import PostingCache, SegmentData, Snapshot

log = logging.getLogger(__name__)

#: Bump when the schema or the way records become documents changes.
SCHEMA_VERSION = 4

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
#: Figures of the last parallel rebuild in this process (peak RSS of each worker, MB).
LAST_BUILD: dict[str, Any] = {}
#: Documents per segment in a parallel rebuild: each worker process closes a segment
#: after this many documents, which bounds the memory of its posting pool (:class:`_Pool`).
SEGMENT_DOCS = 4000
_BATCH = 100


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


_PAIR_FIELD = "text"
#: Stem pairs in at most this many documents of a segment go into the pair buckets.
PAIR_BUCKET_MAX_DF = 2
_BUCKET_BYTES = analysis.PAIR_BUCKET.encode("utf-8")


class _FieldWriter(W3FieldWriter):
    """Whoosh's field writer with a faster loop over the sorted postings.

    Short posting lists are inlined straight into the term index (those of StemFields
    all, as compact arrays), and the per-posting field lengths (only used by Whoosh's
    block-quality skipping, which the archive's search does not use) are not looked
    up.  Stem pairs of ``text`` found in at most PAIR_BUCKET_MAX_DF documents go into
    bucket terms (see :func:`archive.analysis.pair_bucket`): one posting per pair and
    document, weighted ``fingerprint * 16 + frequency`` (at most 15; exact as a float32).
    """

    def add_postings(self, schema, lengths, items):  # type: ignore[no-untyped-def]
        inline = self._codec._inlinelimit
        tindex_add = self._tindex.add
        dumps = pickle.dumps
        pack = _TERMINFO.pack
        bucket_of = analysis.pair_bucket
        buckets: dict[str, list[tuple[int, float]]] = {}
        lastfn: str | None = None
        compact = False

        def write(btext: bytes, ids: list[int], ws: list[float], vs: list[Any]) -> None:
            key = pack_ushort(self._fieldid) + btext
            if compact:  # a StemField: weights only, inlined as arrays whatever the length
                tindex_add(key, _compact_postings(ids, ws))
                return
            vs = [v or b"" for v in vs] if vs else [b""] * len(ids)
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

        def finish() -> None:
            for name in sorted(buckets):
                posts = sorted(buckets[name])
                key = pack_ushort(self._fieldid) + name.encode("utf-8")
                tindex_add(key, _compact_postings([d for d, _ in posts], [w for _, w in posts]))
            buckets.clear()
            self.finish_field()

        groups = items.groups() if hasattr(items, "groups") else _group_postings(items)
        for fieldname, btext, term, ids, ws, vs in groups:
            if fieldname != lastfn:
                if lastfn is not None:
                    finish()
                self.start_field(fieldname, schema[fieldname])
                compact = isinstance(schema[fieldname], StemField)
                lastfn = fieldname
            if not ids:
                continue
            if fieldname == _PAIR_FIELD:
                if term is None:
                    term = btext.decode("utf-8")
                if len(ids) <= PAIR_BUCKET_MAX_DF and " " in term:
                    name, fp = bucket_of(term)
                    bucket = buckets.setdefault(name, [])
                    for d, w in zip(ids, ws, strict=True):
                        bucket.append((d, fp * 16 + min(int(w), 15)))
                    continue
                if term.startswith(analysis.PAIR_BUCKET):  # a bucket of a merged segment
                    buckets.setdefault(term, []).extend(zip(ids, ws, strict=True))
                    continue
            write(btext if btext is not None else term.encode("utf-8"), ids, ws, vs)
        if lastfn is not None:
            finish()


def _group_postings(items: Iterable[tuple[str, bytes, int, float, Any]]) -> Iterator[tuple[Any, ...]]:
    """Sorted postings ``(field, term, docnum, weight, value)`` as in :meth:`_Pool.groups`
    (a term with docnum -1 only gives empty lists)."""
    for (fieldname, btext), posts in itertools.groupby(items, key=lambda t: (t[0], t[1])):
        ids: list[int] = []
        ws: list[float] = []
        vs: list[Any] = []
        for _, _, docnum, weight, value in posts:
            if docnum != -1:
                ids.append(docnum)
                ws.append(weight)
                vs.append(value)
        yield fieldname, btext, None, ids, ws, vs


def _compact_postings(ids: list[int], ws: list[Any]) -> bytes:
    """An inlined posting list (terminfo + pickle) in its smallest form: short lists as
    tuples, long ones as arrays of the smallest integers (pickled as raw bytes).

    Whoosh reads it as any inlined list (archive.search_data takes the arrays as they are).
    """
    mx = max(ws)
    info = _TERMINFO.pack(1, float(sum(ws)), len(ids), 0, 0, float(mx), ids[0], ids[-1])
    if len(ids) < 24:
        return info + pickle.dumps((tuple(ids), tuple(ws), ()), 2)
    a_ids = array("H" if ids[-1] < 65536 else "I", ids)
    try:  # integer weights (frequencies, bucket codes) as the smallest integers
        a_ws = array("B" if mx < 256 else "I", ws)
    except TypeError:
        a_ws = array("f", ws)
        if all(w == int(w) for w in ws):
            a_ws = array("B" if mx < 256 else "I", [int(w) for w in ws])
    return info + pickle.dumps((a_ids, a_ws, ()), 4)


class _ViewFile:
    """A read-only file over a memoryview (of a memory-mapped segment), without copying it."""

    __slots__ = ("_buf", "_len", "_pos")

    def __init__(self, buf: Any) -> None:
        self._buf = buf
        self._pos = 0
        self._len = len(buf)

    def read(self, n: int = -1) -> bytes:
        pos = self._pos
        end = self._len if n is None or n < 0 else min(self._len, pos + n)
        self._pos = end
        return bytes(self._buf[pos:end])

    def readline(self, limit: int = -1) -> bytes:
        pos = self._pos
        end = self._len if limit is None or limit < 0 else min(self._len, pos + limit)
        chunk = bytes(self._buf[pos:end])
        i = chunk.find(b"\n")
        if i >= 0:
            chunk = chunk[: i + 1]
        self._pos = pos + len(chunk)
        return chunk

    def seek(self, pos: int, whence: int = 0) -> int:
        if whence == 1:
            pos += self._pos
        elif whence == 2:
            pos += self._len
        self._pos = max(0, pos)
        return self._pos

    def tell(self) -> int:
        return self._pos

    def close(self) -> None:
        self._buf = b""


def _buffer_file_init(self: Any, buf: Any, name: str | None = None, onclose: Any = None) -> None:
    """Whoosh's BufferFile without its copy: it wrapped every sub-file of a memory-mapped
    segment (term index, postings) in a BytesIO, copying the whole index into the memory
    of every process that opened a reader — on each open."""
    self._buf = buf
    self._name = name
    self.file = _ViewFile(buf)
    self.onclose = onclose
    self.is_real = False
    self.is_closed = False


structfile.BufferFile.__init__ = _buffer_file_init  # type: ignore[method-assign]


def _pool_add(self: Any, item: tuple[str, bytes, int, float, bytes | None]) -> None:
    """Whoosh's PostingPool.add without its per-posting type checks (a hot loop)."""
    self.fieldnames.add(item[0])
    self.currentsize += 160 + 2 * len(item[1]) + len(item[4] or b"")
    if self.currentsize > self.limit:
        self.save()
    self.current.append(item)


writing.PostingPool.add = _pool_add  # type: ignore[method-assign]


class _Pool:
    """A posting pool that groups postings by term as they come (Whoosh's sorts one tuple
    per posting at the end, several times the memory and time).  It never spills: a
    segment of SEGMENT_DOCS documents fits in memory.  StemField terms come per document
    (:meth:`add_counts`), other postings one by one (:meth:`add`, also when merging)."""

    def __init__(self) -> None:
        self.fieldnames: set[str] = set()
        self._terms: dict[tuple[str, bytes], list[Any]] = {}  # (field, term) -> [doc, w, v, ...]
        self._stems: dict[str, dict[str, list[Any]]] = {}  # field -> term -> [doc, w, ...]
        self._last = -1
        self._ordered = True

    def add(self, item: tuple[str, bytes, int, float, bytes | None]) -> None:
        fieldname, btext, docnum, weight, value = item
        key = (fieldname, btext)
        posts = self._terms.get(key)
        if posts is None:
            posts = self._terms[key] = []
            self.fieldnames.add(fieldname)
        posts += (docnum, weight, value)
        if docnum < self._last:
            self._ordered = False
        self._last = docnum

    def add_counts(self, fieldname: str, docnum: int, counts: dict[str, int]) -> None:
        """Add one document's term frequencies of a StemField (weight = frequency)."""
        terms = self._stems.get(fieldname)
        if terms is None:
            terms = self._stems[fieldname] = {}
            self.fieldnames.add(fieldname)
        get = terms.get
        for t, f in counts.items():
            posts = get(t)
            if posts is None:
                terms[t] = [docnum, f]
            else:
                posts += (docnum, f)
        if docnum < self._last:
            self._ordered = False
        self._last = docnum

    def iter_postings(self) -> _Pool:
        return self

    def __iter__(self) -> Iterator[tuple[str, bytes, int, float, bytes | None]]:
        for fieldname, btext, term, ids, ws, vs in self.groups():
            bt = btext if btext is not None else term.encode("utf-8")
            for docnum, weight, value in zip(ids, ws, vs or [None] * len(ids), strict=True):
                yield fieldname, bt, docnum, weight, value

    def groups(self) -> Iterator[tuple[str, bytes | None, str | None, list[int], list[Any], list[Any]]]:
        """Per term in order: ``(field, term bytes or None, term str or None, docnums,
        weights, values or None)``."""
        for (fieldname, btext), posts in list(self._terms.items()):  # merged into a StemField
            stems = self._stems.get(fieldname)
            if stems is not None:
                del self._terms[(fieldname, btext)]
                stems.setdefault(btext.decode("utf-8"), []).extend(
                    x for i, x in enumerate(posts) if i % 3 != 2)
                self._ordered = False
        order = self._ordered
        generic = sorted(self._terms)
        gi = 0
        for fieldname in sorted(self.fieldnames):
            stems = self._stems.get(fieldname)
            if stems is not None:
                for term in sorted(stems):
                    posts = stems.pop(term)
                    if len(posts) == 2:
                        yield fieldname, None, term, [posts[0]], [posts[1]], None
                        continue
                    ids, ws = posts[0::2], posts[1::2]
                    if not order:
                        idx = sorted(range(len(ids)), key=ids.__getitem__)
                        ids, ws = [ids[i] for i in idx], [ws[i] for i in idx]
                    yield fieldname, None, term, ids, ws, None
                continue
            while gi < len(generic) and generic[gi][0] == fieldname:
                key = generic[gi]
                gi += 1
                posts = self._terms.pop(key)
                ids, ws, vs = posts[0::3], posts[1::3], posts[2::3]
                if not order and len(ids) > 1:
                    idx = sorted(range(len(ids)), key=ids.__getitem__)
                    ids, ws, vs = [ids[i] for i in idx], [ws[i] for i in idx], [vs[i] for i in idx]
                yield fieldname, key[1], None, ids, ws, vs

    def cleanup(self) -> None:
        self._terms.clear()
        self._stems.clear()


class _SegmentWriter(writing.SegmentWriter):
    """Whoosh's segment writer with the archive's codec and posting pool; StemField terms
    go into the pool per document, not per posting."""

    def __init__(self, ix: index.Index, **kwargs: Any) -> None:
        super().__init__(ix, codec=Codec(), **kwargs)
        self.pool = _Pool()

    def add_document(self, **fields: Any) -> None:
        if any(k.startswith("_") for k in fields):  # boosts, custom stored values
            return super().add_document(**fields)
        self._check_state()
        perdocwriter = self.perdocwriter
        schema = self.schema
        docnum = self.docnum
        pool = self.pool
        fieldnames = sorted(fields)
        self._check_fields(schema, fieldnames)
        perdocwriter.start_doc(docnum)
        try:
            for fieldname in fieldnames:
                value = fields[fieldname]
                if value is None:
                    continue
                field = schema[fieldname]
                length = 0
                if isinstance(field, StemField):
                    counts, _ = analysis.index_terms(value, field.pairs)
                    pool.add_counts(fieldname, docnum, counts)
                    length = sum(counts.values())
                elif field.indexed:
                    scorable = field.scorable
                    for tbytes, freq, weight, vbytes in field.index(value):
                        if scorable:
                            length += freq
                        pool.add((fieldname, tbytes, docnum, weight, vbytes))
                if field.separate_spelling() or field.vector:
                    raise NotImplementedError(f"field {fieldname}: spelling or vectors")
                perdocwriter.add_field(fieldname, field, value if field.stored else None, length)
                column = field.column_type
                if column:
                    perdocwriter.add_column_value(fieldname, column, field.to_column_value(value))
        except Exception:
            perdocwriter.cancel_doc()
            raise
        perdocwriter.finish_doc()
        self._added = True
        self.docnum += 1
        return None


def _writer(ix: index.Index, **kwargs: Any) -> Any:
    """An index writer with the archive's codec and posting pool."""
    return _SegmentWriter(ix, **kwargs)


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
        # No posting values: the archive reads the weights (= frequencies) only.
        return [(t.encode("utf-8"), f, float(f), None) for t, f in counts.items()]


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
            writer = _writer(self.ix, timeout=_WRITE_TIMEOUT)
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
            writer = _writer(self.ix, timeout=_WRITE_TIMEOUT)
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
                writer = _writer(ix)
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
                    writer = _SegmentWriter(ix, _lk=False)
                writer.add_document(**doc)
                n += 1
                if n >= SEGMENT_DOCS:
                    segments.append(writer._finalize_segment())
                    writer, n = None, 0
        if writer is not None and n:
            segments.append(writer._finalize_segment())
        import resource

        usage = resource.getrusage(resource.RUSAGE_SELF)
        results.put(("ok", (segments, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime)))
    except BaseException as exc:  # reported to the parent, which cancels the rebuild
        results.put(("error", repr(exc)))


def _parallel_build(
    ix: index.Index, path: Path, records: Iterable[Record], procs: int,
    progress: Callable[[int], None] | None,
) -> int:
    """Index ``records`` on ``procs`` worker processes; commit all their segments at once."""
    import multiprocessing

    # Workers start from a fresh interpreter (not a fork of this process, whose memory,
    # e.g. the caller's documents, each of them would otherwise carry along).
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["archive.index"])
    jobs = ctx.Queue(procs * 4)
    results = ctx.Queue()
    workers = [ctx.Process(target=_build_worker, args=(str(path), jobs, results), daemon=True)
               for _ in range(procs)]
    # Without this, the workers (and the fork server) would import the caller's main
    # script again, which runs it when it is not guarded by ``if __name__ == "__main__"``.
    main = sys.modules.get("__main__")
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        for w in workers:
            w.start()
    finally:
        if main is not None:
            sys.modules["__main__"] = main
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
        peaks, cpu = [], []
        for _ in workers:
            status, value = results.get()
            if status != "ok":
                raise RuntimeError(f"index worker failed: {value}")
            segments.extend(value[0])
            peaks.append(value[1])
            cpu.append(value[2])
        LAST_BUILD.update(worker_peak_mb=peaks, worker_cpu_s=cpu)
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
