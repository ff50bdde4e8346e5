"""In-memory search data over a Whoosh index: per-document arrays, posting arrays, vocabularies.

A :class:`Snapshot` is one committed state of the index.  It is shared by all
threads; each thread reads the Whoosh files through its own searcher (a Whoosh
searcher must not be shared between threads).  Everything else is read-only
numpy data:

* per document: date, text and title lengths, live flag, facet values (as
  ``(doc, value id)`` pairs, so a facet is one ``bincount``);
* per term: its posting list as arrays ``(docnums, term frequencies)``, read
  straight from Whoosh's posting blocks and kept in an LRU cache per segment;
* per segment: the sorted stem vocabulary of the ``text`` field with document
  frequencies, forwards and reversed (prefix and compound expansion by bisection).

Segments are immutable, so their data is cached by segment id and survives the
snapshots that follow an incremental commit.
"""

from __future__ import annotations

import bisect
import json
import pickle
import threading
import zlib
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3LeafMatcher, _lenfield
from whoosh.index import FileIndex
from whoosh.matching import ListMatcher
from whoosh.searching import Searcher
from whoosh.system import _INT_SIZE
from whoosh.util.numeric import byte_to_length

from archive import analysis

FACETS = ("year", "place", "person", "municipality", "publisher", "category")
_META_KEYS = {"place": "pl", "person": "pe", "municipality": "mu", "publisher": "pu", "category": "c"}
_LENGTH_TABLE = np.array([byte_to_length(i) for i in range(256)], dtype=np.float32)
_EMPTY_I = np.zeros(0, dtype=np.int32)
_EMPTY_F = np.zeros(0, dtype=np.float32)
_BUCKET_BYTES = analysis.PAIR_BUCKET.encode("utf-8")

#: Postings kept in memory across queries (entries of all cached posting lists).
POSTING_CACHE_ENTRIES = 8_000_000


class PostingCache:
    """A thread-safe LRU of posting arrays, bounded by the number of postings held."""

    def __init__(self, limit: int = POSTING_CACHE_ENTRIES) -> None:
        self.limit = limit
        self.size = 0
        self._data: OrderedDict[Any, tuple[np.ndarray, np.ndarray]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Any) -> tuple[np.ndarray, np.ndarray] | None:
        with self._lock:
            v = self._data.get(key)
            if v is not None:
                self._data.move_to_end(key)
            return v

    def put(self, key: Any, value: tuple[np.ndarray, np.ndarray]) -> None:
        with self._lock:
            if key in self._data:
                return
            self._data[key] = value
            self.size += len(value[0])
            while self.size > self.limit and len(self._data) > 1:
                _, old = self._data.popitem(last=False)
                self.size -= len(old[0])

    def clear(self) -> None:
        with self._lock:
            self._data.clear()
            self.size = 0


@dataclass
class Vocab:
    """The stems of one segment's ``text`` field, sorted, with document frequencies."""

    terms: list[str]
    df: np.ndarray
    rev: list[str]  # reversed long stems, sorted
    rev_idx: np.ndarray  # index into terms per entry of rev


@dataclass
class SegmentData:
    """Immutable per-segment data: metadata, per-document arrays and facet pairs."""

    segid: str
    metas: list[dict[str, Any]]
    dates: np.ndarray  # int32 YYYYMMDD, 0 when unknown
    text_len: np.ndarray  # float32
    title_len: np.ndarray  # float32
    facets: dict[str, tuple[list[str], np.ndarray, np.ndarray]]  # name -> (values, docs, value ids)
    vocab: Vocab | None = None
    lock: threading.Lock = field(default_factory=threading.Lock)


def _lengths(leaf: Any, fieldname: str, n: int) -> np.ndarray:
    try:
        reader = leaf._perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
        if reader is None:
            return np.ones(n, dtype=np.float32)
        raw = np.fromiter((reader[i] for i in range(n)), dtype=np.uint8, count=n)
        return _LENGTH_TABLE[raw]
    except Exception:  # pragma: no cover - a different codec
        return np.array([leaf.doc_field_length(i, fieldname, 0) or 0 for i in range(n)],
                        dtype=np.float32)


def _facet_values(meta: dict[str, Any], name: str) -> list[str]:
    if name == "year":
        d = meta.get("d")
        return [d[:4]] if d else []
    v = meta.get(_META_KEYS[name])
    if not v:
        return []
    return v if isinstance(v, list) else [v]


def load_segment(leaf: Any, segid: str) -> SegmentData:
    """Read one segment's metadata and lengths into memory."""
    n = leaf.doc_count_all()
    metas: list[dict[str, Any]] = []
    empty = b""
    for raw in leaf.column_reader("meta"):
        metas.append(json.loads(raw) if raw and raw != empty else
                     {"id": "", "v": 0, "d": None, "pe": [], "mu": [], "c": []})
    dates = np.array([int(m["d"].replace("-", "")) if m.get("d") else 0 for m in metas], dtype=np.int32)
    facets = {}
    for name in FACETS:
        ids: dict[str, int] = {}
        docs: list[int] = []
        vals: list[int] = []
        for i, m in enumerate(metas):
            for v in _facet_values(m, name):
                j = ids.get(v)
                if j is None:
                    j = ids[v] = len(ids)
                docs.append(i)
                vals.append(j)
        facets[name] = (list(ids), np.array(docs, dtype=np.int32), np.array(vals, dtype=np.int32))
    return SegmentData(segid, metas, dates, _lengths(leaf, "text", n), _lengths(leaf, "title", n), facets)


def _build_vocab(leaf: Any) -> Vocab:
    terms: list[str] = []
    dfs: list[int] = []
    try:
        items = leaf._terms.items_from("text", b"")  # ((fieldname, tbytes), terminfo), sorted
        for (fname, tb), ti in items:
            if fname != "text":
                break
            if tb.startswith(_BUCKET_BYTES):  # pair buckets sort last
                break
            t = tb.decode("utf-8")
            if " " in t:  # a stem pair
                continue
            terms.append(t)
            dfs.append(ti.doc_frequency())
    except Exception:  # pragma: no cover - another reader kind
        terms, dfs = [], []
        for t in leaf.lexicon("text"):
            t = t.decode("utf-8") if isinstance(t, bytes) else t
            if " " not in t and not t.startswith(analysis.PAIR_BUCKET):
                terms.append(t)
                dfs.append(leaf.doc_frequency("text", t))
    long_terms = sorted((t[::-1], i) for i, t in enumerate(terms) if len(t) >= analysis.MIN_COMPOUND)
    return Vocab(terms, np.array(dfs, dtype=np.int32), [r for r, _ in long_terms],
                 np.array([i for _, i in long_terms], dtype=np.int32))


class Snapshot:
    """One committed state of the index, shared by all threads (see the module docstring)."""

    def __init__(self, ix: Any, searcher: Searcher, generation: str, segcache: dict[str, SegmentData],
                 postings: PostingCache) -> None:
        self.ix = ix
        self.generation = generation
        self.cache: dict[Any, Any] = {}  # per-snapshot query caches (see archive.search)
        self._postings = postings
        self._local = threading.local()
        self._local.searcher = searcher
        self._lock = threading.Lock()
        reader = searcher.reader()
        self._toc_generation = reader.generation()
        # read now: a later commit may replace the TOC file that ``ix.schema`` would read lazily
        self._schema = searcher.schema
        self._whoosh_segments: list[Any] = []
        self.segments: list[tuple[int, SegmentData]] = []
        live_parts = []
        for leaf, offset in reader.leaf_readers():
            seg = leaf.segment() if hasattr(leaf, "segment") else None
            if seg is None:
                continue
            segid = f"{generation}/{seg.segment_id()}"
            data = segcache.get(segid)
            if data is None:
                data = segcache[segid] = load_segment(leaf, segid)
            self._whoosh_segments.append(seg)
            self.segments.append((offset, data))
            live = np.ones(len(data.metas), dtype=bool)
            if seg.has_deletions():
                dels = np.fromiter(seg.deleted_docs(), dtype=np.int64)
                live[dels[dels < len(live)]] = False
            live_parts.append(live)
        self.offsets = [o for o, _ in self.segments]

        def cat(arrs: list[np.ndarray], dtype: Any) -> np.ndarray:
            return np.concatenate(arrs).astype(dtype, copy=False) if arrs else np.zeros(0, dtype=dtype)

        self.live = cat(live_parts, bool)
        self.size = len(self.live)
        self.doc_count = int(self.live.sum())
        self.dates = cat([d.dates for _, d in self.segments], np.int32)
        self.text_len = cat([d.text_len for _, d in self.segments], np.float32)
        self.title_len = cat([d.title_len for _, d in self.segments], np.float32)
        lv = self.live
        self.avg_text = float(self.text_len[lv].mean()) if self.doc_count else 1.0
        self.avg_title = float(self.title_len[lv].mean()) if self.doc_count else 1.0
        self.avg_text = self.avg_text or 1.0
        self.avg_title = self.avg_title or 1.0
        self.facets: dict[str, tuple[list[str], np.ndarray, np.ndarray]] = {}
        for name in FACETS:
            values: list[str] = []
            gids: dict[str, int] = {}
            docs, vals = [], []
            for off, d in self.segments:
                svals, sdocs, sids = d.facets[name]
                remap = np.array([gids.setdefault(v, len(gids)) for v in svals], dtype=np.int32)
                docs.append(sdocs + off)
                vals.append(remap[sids] if len(sids) else sids)
            values = list(gids)
            self.facets[name] = (values, cat(docs, np.int32), cat(vals, np.int32))
        self._folded: dict[str, dict[str, list[int]]] = {}

    # -- threads --------------------------------------------------------------------------------

    @property
    def searcher(self) -> Searcher:
        """This thread's Whoosh searcher over the snapshot's segments."""
        s = getattr(self._local, "searcher", None)
        if s is None:
            if self._whoosh_segments:
                reader = FileIndex._reader(self.ix.storage, self._schema, list(self._whoosh_segments),
                                           self._toc_generation)
                s = Searcher(reader, fromindex=self.ix)
            else:
                s = self.ix.searcher()
            self._local.searcher = s
        return s

    def up_to_date(self) -> bool:
        """True while no commit happened since the snapshot was taken."""
        return self.ix.latest_generation() == self._toc_generation

    def leaves(self) -> list[tuple[Any, int, SegmentData]]:
        """(leaf reader, docnum offset, data) per segment, for this thread."""
        cached = getattr(self._local, "leaves", None)
        if cached is None:
            leaves = [leaf for leaf, _ in self.searcher.reader().leaf_readers()]
            cached = [(leaf, off, d) for leaf, (off, d) in zip(leaves, self.segments, strict=False)]
            self._local.leaves = cached
        return cached

    # -- documents ------------------------------------------------------------------------------

    def locate(self, docnum: int) -> tuple[int, SegmentData]:
        """(offset, segment data) holding a global docnum."""
        i = bisect.bisect_right(self.offsets, docnum) - 1
        return self.segments[i]

    def meta(self, docnum: int) -> dict[str, Any]:
        """The stored metadata of a global docnum."""
        off, seg = self.locate(docnum)
        return seg.metas[docnum - off]

    def stored_fields(self, docnum: int) -> dict[str, Any]:
        """The stored fields (title, subtitle, body) of a global docnum."""
        return self.searcher.stored_fields(docnum)

    def folded_facet(self, name: str) -> dict[str, list[int]]:
        """Folded facet value → value ids (for filters)."""
        out = self._folded.get(name)
        if out is None:
            out = {}
            for i, v in enumerate(self.facets[name][0]):
                out.setdefault(analysis.fold(v), []).append(i)
            self._folded[name] = out
        return out

    # -- postings -------------------------------------------------------------------------------

    def postings(self, fieldname: str, term: str) -> tuple[np.ndarray, np.ndarray]:
        """Global docnums (sorted) and term frequencies of a term, over all segments."""
        parts = []
        for leaf, off, data in self.leaves():
            key = (data.segid, fieldname, term)
            got = self._postings.get(key)
            if got is None:
                got = _read_postings(leaf, fieldname, term)
                if not len(got[0]) and fieldname == "text" and " " in term:
                    got = _read_bucket(leaf, term)
                    for stem in term.split(" ") if len(got[0]) else ():
                        # a fingerprint match must hold both stems (rules out collisions)
                        sd, _ = self._segment_postings(leaf, data, stem)
                        keep = np.isin(got[0], sd)
                        got = (got[0][keep], got[1][keep])
                self._postings.put(key, got)
            if len(got[0]):
                parts.append((got[0] + off if off else got[0], got[1]))
        if not parts:
            return _EMPTY_I, _EMPTY_F
        if len(parts) == 1:
            return parts[0]
        return np.concatenate([p[0] for p in parts]), np.concatenate([p[1] for p in parts])

    def _segment_postings(self, leaf: Any, data: SegmentData, term: str) -> tuple[np.ndarray, np.ndarray]:
        """A ``text`` term's postings in one segment (segment docnums), cached."""
        key = (data.segid, "text", term)
        got = self._postings.get(key)
        if got is None:
            got = _read_postings(leaf, "text", term)
            self._postings.put(key, got)
        return got

    def doc_frequency(self, fieldname: str, term: str) -> int:
        """Documents holding a term (deleted ones included, as in Whoosh)."""
        return len(self.postings(fieldname, term)[0])

    # -- vocabulary -----------------------------------------------------------------------------

    def vocabs(self) -> list[Vocab]:
        """The ``text`` vocabularies of all segments (built once per segment)."""
        out = []
        for leaf, _, data in self.leaves():
            if data.vocab is None:
                with data.lock:
                    if data.vocab is None:
                        data.vocab = _build_vocab(leaf)
            out.append(data.vocab)
        return out

    def expand_prefix(self, prefix: str, limit: int, min_extra: int = 0) -> list[str]:
        """The most frequent stems of ``text`` starting with ``prefix`` (at least ``min_extra`` longer)."""
        totals: dict[str, int] = {}
        for v in self.vocabs():
            a = bisect.bisect_left(v.terms, prefix)
            b = bisect.bisect_left(v.terms, prefix + "\uffff", a)
            if b <= a:
                continue
            dfs = v.df[a:b]
            for j in _most_frequent(dfs, limit * 4):
                t = v.terms[a + int(j)]
                if len(t) >= len(prefix) + min_extra:
                    totals[t] = totals.get(t, 0) + int(dfs[j])
        return [t for t, _ in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]]

    def expand_heads(self, stem: str, limit: int, min_modifier: int) -> list[str]:
        """The most frequent long stems of ``text`` ending in ``stem`` (compounds with that head)."""
        rev = stem[::-1]
        totals: dict[str, int] = {}
        for v in self.vocabs():
            a = bisect.bisect_left(v.rev, rev)
            b = bisect.bisect_left(v.rev, rev + "\uffff", a)
            if b <= a:
                continue
            idx = v.rev_idx[a:b]
            dfs = v.df[idx]
            for j in _most_frequent(dfs, limit * 4):
                t = v.terms[int(idx[j])]
                if len(t) >= len(stem) + min_modifier:
                    totals[t] = totals.get(t, 0) + int(dfs[j])
        return [t for t, _ in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]]


def _most_frequent(dfs: np.ndarray, k: int) -> np.ndarray:
    """Indexes of the (at most) ``k`` largest document frequencies."""
    return np.argpartition(-dfs, k)[:k] if len(dfs) > k else np.arange(len(dfs))


def _read_bucket(leaf: Any, pair: str) -> tuple[np.ndarray, np.ndarray]:
    """The postings of a stem pair held in its bucket (a pair found in few documents of
    the segment, see :func:`archive.analysis.pair_bucket`) whose fingerprint matches."""
    name, fp = analysis.pair_bucket(pair)
    docs, w = _read_postings(leaf, "text", name)
    if not len(docs):
        return docs, w
    code = w.astype(np.int64)
    hit = (code >> 4) == fp
    if not hit.any():
        return _EMPTY_I, _EMPTY_F
    return docs[hit], (code[hit] & 0xF).astype(np.float32)


def _read_postings(leaf: Any, fieldname: str, term: str) -> tuple[np.ndarray, np.ndarray]:
    """A term's posting list in one segment as (docnums int32, frequencies float32)."""
    try:
        m = leaf.postings(fieldname, term)
    except Exception:  # TermNotFound and friends
        return _EMPTY_I, _EMPTY_F
    if isinstance(m, ListMatcher) and m._weights is not None:  # inlined postings
        return np.asarray(m._ids, dtype=np.int32), np.asarray(m._weights, dtype=np.float32)
    if not isinstance(m, W3LeafMatcher):
        ids, ws = [], []
        while m.is_active():
            ids.append(m.id())
            ws.append(m.weight())
            m.next()
        return np.array(ids, dtype=np.int32), np.array(ws, dtype=np.float32)
    pf = m._postfile
    pos = m._baseoffset
    deltas: list[int] = []
    starts: list[tuple[int, int]] = []  # (index of a block's first delta, previous block's last id)
    weights: list[tuple[int, int, Any]] = []  # (start, count, weights)
    prev_max = 0
    loads = pickle.loads
    while True:
        pf.seek(pos)
        length = pf.read_int()
        last = length < 0
        if last:
            length = -length
        info = pf.read_pickle()
        dataoff = pf.tell()
        count, maxid, _maxw, comp = info[0], info[1], info[2], info[3]
        raw = pf.get(dataoff, pos + _INT_SIZE + length - dataoff)
        if comp:
            raw = zlib.decompress(raw)
        ids, ws, _ = loads(raw)
        start = len(deltas)
        if start:
            starts.append((start, prev_max))
        deltas.extend(ids)
        if ws is not None:
            weights.append((start, count, ws))
        prev_max = maxid
        pos = pos + _INT_SIZE + length
        if last:
            break
    arr = np.array(deltas, dtype=np.int64)
    for i, pm in starts:
        arr[i] -= pm
    docs = np.cumsum(arr).astype(np.int32)
    tf = np.ones(len(docs), dtype=np.float32)
    for start, count, ws in weights:
        tf[start : start + count] = ws
    return docs, tf
