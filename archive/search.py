"""Searching the archive: query compilation, ranking, facets, snippets, suggestions.

:func:`search` never raises on user input; a query that cannot be understood
gives a result with a German ``error``.  Queries are compiled straight into numpy
operations over the posting arrays of :mod:`archive.search_data`: every word is
one term of the combined ``text`` field plus a boosted ``title`` term (BM25 per
field), phrases are stem pairs, and one pass over the matching documents gives
the top hits, the exact count and all facets.  Compound parts (found for rare
words only) weigh less than whole words.
"""

from __future__ import annotations

import heapq
import html
import itertools
import logging
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from whoosh import query as wq

from archive import analysis, gazetteer
from archive.index import BOOSTS, SearchIndex
from archive.query import Bool, DateRange, Node, Not, Term, describe, parse
from archive.search_data import FACETS, Snapshot

log = logging.getLogger(__name__)

SORTS = ("relevance", "date", "date_asc")
FACET_LIMIT = 20
MAX_PREFIX_TERMS = 24
MAX_COMPOUND_TERMS = 10
MAX_FUZZY_TERMS = 12
MAX_MODIFIER_TERMS = 6  # compounds starting with a query word (Glasfaser → Glasfasernetz)
MIN_MODIFIER_WORD = 5
#: Compound expansion only for words found in fewer documents than this share (or RARE_MIN).
RARE_SHARE = 0.002
RARE_MIN = 50
COMPOUND_WEIGHT = 0.3  # a compound part against a whole word
K1, B = 1.2, 0.75  # BM25
SNIPPET_WORDS = 36
SNIPPET_SCAN_CHARS = 6000


FILTER_PARAMS = {
    "year": "year",
    "jahr": "year",
    "place": "place",
    "ort": "place",
    "person": "person",
    "municipality": "municipality",
    "gemeinde": "municipality",
    "publisher": "publisher",
    "herausgeber": "publisher",
    "category": "category",
    "kategorie": "category",
}


@dataclass
class SearchResults:
    """One page of results with facets and how the query was understood."""

    query: str
    total: int = 0
    total_is_estimate: bool = False
    hits: list[dict[str, Any]] = field(default_factory=list)
    facets: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: {f: [] for f in FACETS})
    understood: str = ""
    suggestion: str | None = None
    page: int = 1
    per_page: int = 10
    pages: int = 0
    error: str | None = None
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form (see CONTRACT.md)."""
        out: dict[str, Any] = {
            "query": self.query,
            "total": self.total,
            "total_is_estimate": self.total_is_estimate,
            "hits": self.hits,
            "facets": self.facets,
            "understood": self.understood,
            "suggestion": self.suggestion,
            "page": self.page,
            "per_page": self.per_page,
            "pages": self.pages,
            "error": self.error,
        }
        if self.notes:
            out["notes"] = self.notes
        return out


# -- compilation: a query tree becomes (mask, score) arrays -----------------------------------


@dataclass
class _R:
    """The documents matched by a part of a query and their scores (dense over the snapshot)."""

    mask: np.ndarray  # bool
    score: np.ndarray  # float32


@dataclass
class _Ctx:
    snap: Snapshot
    notes: list[str] = field(default_factory=list)
    stems: set[str] = field(default_factory=set)  # for highlighting
    folds: set[str] = field(default_factory=set)
    prefixes: set[str] = field(default_factory=set)
    heads: set[str] = field(default_factory=set)
    words: list[tuple[str, str]] = field(default_factory=list)  # (raw, folded) for suggestions
    matched: dict[str, bool] = field(default_factory=dict)  # highlighting cache per raw word

    @property
    def reader(self) -> Any:
        return self.snap.searcher.reader()

    @property
    def n(self) -> int:
        return self.snap.size

    def empty(self) -> _R:
        return _R(np.zeros(self.n, dtype=bool), np.zeros(self.n, dtype=np.float32))

    def every(self) -> _R:
        return _R(self.snap.live.copy(), np.zeros(self.n, dtype=np.float32))

    def rare(self, stem: str) -> bool:
        return self.snap.doc_frequency("text", stem) < max(RARE_MIN, self.n * RARE_SHARE)


def _scored(ctx: _Ctx, fieldname: str, term: str, weight: float = 1.0) -> tuple[np.ndarray, np.ndarray]:
    """BM25 scores of one term in one field, as (docnums, scores)."""
    snap = ctx.snap
    docs, tf = snap.postings(fieldname, term)
    if not len(docs):
        return docs, tf
    df = len(docs)
    idf = math.log(1 + (snap.size - df + 0.5) / (df + 0.5))
    if fieldname == "text":
        norm = 1 - B + B * snap.text_len[docs] / snap.avg_text
    elif fieldname == "title":
        norm = 1 - B + B * snap.title_len[docs] / snap.avg_title
    else:
        norm = 1.0
    return docs, (idf * weight) * tf * (K1 + 1) / (tf + K1 * norm)


def _any(ctx: _Ctx, parts: list[tuple[np.ndarray, np.ndarray]]) -> _R:
    """Documents in any of the scored posting lists; scores add up."""
    r = ctx.empty()
    for docs, sc in parts:
        if len(docs):
            r.mask[docs] = True
            r.score[docs] += sc
    return r


def _all(ctx: _Ctx, parts: list[tuple[np.ndarray, np.ndarray]]) -> _R:
    """Documents in all of the scored posting lists; scores add up."""
    if not parts or any(not len(d) for d, _ in parts):
        return ctx.empty()
    parts = sorted(parts, key=lambda p: len(p[0]))
    docs = parts[0][0]
    for d, _ in parts[1:]:
        docs = docs[np.isin(docs, d, assume_unique=True)]
    r = ctx.empty()
    r.mask[docs] = True
    for d, sc in parts:
        r.score[d] += sc
    r.score[~r.mask] = 0
    return r


def _and(ctx: _Ctx, rs: list[_R]) -> _R:
    mask = rs[0].mask.copy()
    score = rs[0].score.copy()
    for r in rs[1:]:
        mask &= r.mask
        score += r.score
    score[~mask] = 0
    return _R(mask, score)


def _or(ctx: _Ctx, rs: list[_R]) -> _R:
    mask = rs[0].mask.copy()
    score = rs[0].score.copy()
    for r in rs[1:]:
        mask |= r.mask
        score += r.score
    return _R(mask, score)


def _expand(ctx: _Ctx, fieldname: str, prefix: str, limit: int, min_extra: int = 0) -> list[str]:
    """Terms of a (small) Whoosh field starting with ``prefix`` (bounded; most frequent first)."""
    reader = ctx.reader
    terms: list[tuple[int, str]] = []
    n = 0
    for btext in reader.expand_prefix(fieldname, prefix):
        t = btext.decode("utf-8") if isinstance(btext, bytes) else btext
        n += 1
        if len(t) < len(prefix) + min_extra:
            continue
        terms.append((reader.doc_frequency(fieldname, t), t))
        if n > 4000:
            break
    return [t for _, t in heapq.nlargest(limit, terms)]


def _word_query(ctx: _Ctx, raw: str, restrict: str | None = None) -> _R | None:
    """An unfielded single word: its stem in ``text`` and ``title``; compounds when it is rare."""
    folded, stemmed = analysis.analyse_word(raw)
    if stemmed is None:
        ctx.notes.append(f"„{raw}“ ist ein Füllwort und wurde ignoriert.")
        return None
    ctx.stems.add(stemmed)
    ctx.folds.add(folded)
    ctx.words.append((raw, folded))
    if restrict:
        return _any(ctx, [_scored(ctx, restrict, stemmed, BOOSTS.get(restrict, 1.0))])
    parts = [_scored(ctx, "text", stemmed), _scored(ctx, "title", stemmed, BOOSTS["title"])]
    if ctx.rare(stemmed):
        if len(stemmed) >= analysis.MIN_HEAD:
            heads = ctx.snap.expand_heads(stemmed, MAX_COMPOUND_TERMS, analysis.MIN_MODIFIER)
            if heads:
                ctx.heads.add(stemmed)
                parts += [_scored(ctx, "text", t, COMPOUND_WEIGHT) for t in heads]
        if len(folded) >= MIN_MODIFIER_WORD:
            mods = ctx.snap.expand_prefix(folded, MAX_MODIFIER_TERMS, analysis.MIN_MODIFIER)
            if mods:
                ctx.prefixes.add(folded)
                parts += [_scored(ctx, "text", t, COMPOUND_WEIGHT) for t in mods]
    return _any(ctx, parts)


def _phrase_query(ctx: _Ctx, text: str, restrict: str | None = None) -> _R | None:
    """Words in this order (stop words skipped): the pairs of neighbouring stems in ``text``."""
    raws = analysis.words(text)
    pairs = [(r, *analysis.analyse_word(r)) for r in raws]
    stems = [s for _, _, s in pairs if s is not None]
    if not stems:
        if raws:
            ctx.notes.append(f"„{text}“ besteht nur aus Füllwörtern und wurde ignoriert.")
        return None
    if len(stems) == 1:
        raw = next(r for r, _, s in pairs if s is not None)
        return _word_query(ctx, raw, restrict)
    ctx.stems.update(stems)
    ctx.folds.update(f for _, f, s in pairs if s is not None)
    parts = [_scored(ctx, "text", analysis.pair(a, b)) for a, b in itertools.pairwise(stems)]
    if restrict:
        parts += [_scored(ctx, restrict, s, BOOSTS.get(restrict, 1.0)) for s in stems]
        return _all(ctx, parts)
    r = _all(ctx, parts)
    if r.mask.any():  # title words raise the score of matching documents
        for docs, sc in (_scored(ctx, "title", s, BOOSTS["title"]) for s in set(stems)):
            keep = r.mask[docs]
            r.score[docs[keep]] += sc[keep]
    return r


def _whoosh_docs(ctx: _Ctx, q: wq.Query) -> np.ndarray:
    """Docnums matching a Whoosh query (used for phrases in the small name fields)."""
    return np.fromiter(ctx.snap.searcher.docs_for_query(q), dtype=np.int64)


def _field_terms(ctx: _Ctx, fieldname: str, terms: list[str]) -> _R:
    """All ``terms`` in a name field, in this order (a phrase) when there are several."""
    w = BOOSTS.get(fieldname, 1.0)
    if len(terms) == 1:
        return _any(ctx, [_scored(ctx, fieldname, terms[0], w)])
    r = _all(ctx, [_scored(ctx, fieldname, t, w) for t in terms])
    if r.mask.any():
        ok = np.zeros(ctx.n, dtype=bool)
        ok[_whoosh_docs(ctx, wq.Phrase(fieldname, terms))] = True
        r.mask &= ok
        r.score[~r.mask] = 0
    return r


def _name_query(ctx: _Ctx, fieldname: str, term: Term, kind: str = "name") -> _R | None:
    """A fielded query on a name field (person, place, municipality, publisher, category)."""
    terms = (
        analysis.name_terms(term.text)
        if kind == "name"
        else [analysis.fold(w) for w in analysis.words(term.text)]
    )
    if not terms:
        return None
    ctx.folds.update(terms)
    w = BOOSTS.get(fieldname, 1.0)
    if term.kind == "prefix":
        head = terms[:-1]
        expanded = _expand(ctx, fieldname, terms[-1], MAX_PREFIX_TERMS)
        if not expanded:
            return ctx.empty()
        ctx.prefixes.add(terms[-1])
        last = _any(ctx, [_scored(ctx, fieldname, t, w) for t in expanded])
        return _and(ctx, [_field_terms(ctx, fieldname, head), last]) if head else last
    if term.kind == "fuzzy" and len(terms) == 1:
        cands = _fuzzy_terms(ctx, fieldname, terms[0], term.maxdist)
        ctx.folds.update(cands)
        return _any(ctx, [_scored(ctx, fieldname, t, w) for t in dict.fromkeys([terms[0], *cands])])
    return _field_terms(ctx, fieldname, terms)


def _fuzzy_terms(ctx: _Ctx, fieldname: str, text: str, maxdist: int) -> list[str]:
    reader = ctx.reader
    try:
        cands = [c for c in reader.terms_within(fieldname, text, maxdist, prefix=1) if " " not in c]
    except Exception:  # pragma: no cover
        return []
    scored = sorted(((reader.doc_frequency(fieldname, c), c) for c in cands), reverse=True)
    return [c for _, c in scored[:MAX_FUZZY_TERMS]]


def _gazetteer_keys(ctx: _Ctx, fieldname: str, text: str) -> tuple[list[str], str | None]:
    """Municipality keys and names for ``kreis:``/``amt:``/``gemeinde:`` via the gazetteer.

    The list holds keys first, then names (``Podelzig``), which match records whose
    member lists carry no keys.
    """
    if text.strip().isdigit():
        entry = gazetteer.get(text.strip())
        entries = [entry] if entry else []
    else:
        entries = gazetteer.find(text)
    if fieldname == "kreis":
        for e in entries:
            if e.level == "kreis":
                members = gazetteer.municipalities_in_kreis(e.key)
                return [e.key] + [m.key for m in members] + _names(members), e.name
    elif fieldname == "amt":
        for e in entries:
            if e.level == "verband":
                members = gazetteer.members_of_amt(e.key)
                return [e.key] + [m.key for m in members] + _names(members), e.name
    else:
        return [e.key for e in entries if e.level == "gemeinde"][:3], None
    return [], None


def _names(entries: list[Any]) -> list[str]:
    out = []
    for e in entries:
        name = getattr(e, "german", "") or getattr(e, "short", "") or getattr(e, "name", "")
        if name:
            out.append(name)
    return out


def _key_or_name(ctx: _Ctx, fieldname: str, value: str) -> _R | None:
    if value.isdigit():
        return _any(ctx, [_scored(ctx, fieldname, value, BOOSTS.get(fieldname, 1.0))])
    terms = analysis.name_terms(value)
    if not terms:
        return None
    return _field_terms(ctx, fieldname, terms)


def _term_query(ctx: _Ctx, term: Term) -> _R | None:
    f = term.field
    if f in ("kreis", "amt"):
        keys, name = _gazetteer_keys(ctx, f, term.text)
        label = "Landkreis" if f == "kreis" else "Amt"
        if not keys:
            ctx.notes.append(f"{label} „{term.text}“ ist unbekannt; als Ort gesucht.")
            return _name_query(ctx, "municipality", term) or None
        if name:
            n = sum(1 for k in keys if k.isdigit()) - 1
            ctx.notes.append(f"{label} „{name}“: {n} Gemeinden.")
        clauses = [_key_or_name(ctx, fld, k) for k in keys for fld in ("municipality", "place")]
        clauses = [c for c in clauses if c is not None]
        return _or(ctx, clauses) if clauses else ctx.empty()
    if f == "person":
        return _name_query(ctx, "person", term)
    if f == "place":
        a = _name_query(ctx, "place", term)
        b = _name_query(ctx, "municipality", term)
        both = [q for q in (a, b) if q is not None]
        return _or(ctx, both) if both else None
    if f == "municipality":
        q = _name_query(ctx, "municipality", term)
        keys, _ = _gazetteer_keys(ctx, f, term.text) if term.kind in ("word", "phrase") else ([], None)
        extra = [_scored(ctx, "municipality", k, BOOSTS["municipality"]) for k in keys if k.isdigit()]
        if q is None:
            return _any(ctx, extra) if extra else None
        return _or(ctx, [q, _any(ctx, extra)]) if extra else q
    if f in ("publisher", "category"):
        return _name_query(ctx, f, term, kind="key")
    if f in ("title", "role"):
        if term.kind == "phrase" or len(analysis.words(term.text)) > 1:
            return _phrase_query(ctx, term.text, f)
        return _simple_query(ctx, Term(term.text, None, term.kind, term.maxdist), restrict=f)
    return _simple_query(ctx, term)


def _simple_query(ctx: _Ctx, term: Term, restrict: str | None = None) -> _R | None:
    """Unfielded words, phrases, prefixes and fuzzy words."""
    raws = analysis.words(term.text)
    if not raws:
        return None
    if term.kind == "phrase" or (len(raws) > 1 and term.kind == "word"):
        return _phrase_query(ctx, term.text, restrict)
    fieldname = restrict or "text"
    if term.kind == "prefix":
        folded = analysis.fold("".join(raws))
        ctx.prefixes.add(folded)
        if restrict:
            expanded = _expand(ctx, restrict, folded, MAX_PREFIX_TERMS)
        else:
            expanded = ctx.snap.expand_prefix(folded, MAX_PREFIX_TERMS)
            stemmed = analysis.stem(folded)
            if stemmed and stemmed != folded and folded.startswith(stemmed) and stemmed not in expanded:
                expanded.append(stemmed)  # "Schulen*" also finds "Schule"
        if not expanded:
            return ctx.empty()
        return _any(ctx, [_scored(ctx, fieldname, t) for t in expanded])
    if term.kind == "fuzzy":
        raw = raws[0]
        folded = analysis.analyse_word(raw)[0]
        cands = _fuzzy_terms(ctx, fieldname, folded, term.maxdist)
        ctx.folds.update(cands)
        ctx.stems.update(cands)
        ctx.folds.add(folded)
        rs = [_any(ctx, [_scored(ctx, fieldname, t) for t in cands])]
        base = _word_query(ctx, raw, restrict)
        if base is not None:
            rs.insert(0, base)
        return _or(ctx, rs)
    return _word_query(ctx, raws[0], restrict)


def _date_mask(ctx: _Ctx, dr: DateRange) -> np.ndarray:
    lo = dr.lo if dr.lo is not None else 1
    hi = dr.hi if dr.hi is not None else 99991231
    d = ctx.snap.dates
    return (d >= lo) & (d <= hi)


def _compile(ctx: _Ctx, node: Node | None) -> _R | None:
    if node is None:
        return None
    if isinstance(node, Term):
        return _term_query(ctx, node)
    if isinstance(node, DateRange):
        return _R(_date_mask(ctx, node), np.zeros(ctx.n, dtype=np.float32))
    if isinstance(node, Not):
        inner = _compile(ctx, node.child)
        if inner is None:
            return None
        return _R(ctx.snap.live & ~inner.mask, np.zeros(ctx.n, dtype=np.float32))
    parts = [q for q in (_compile(ctx, c) for c in node.children) if q is not None]
    if not parts:
        return None
    if len(parts) == 1:
        return parts[0]
    return _and(ctx, parts) if node.op == "and" else _or(ctx, parts)


def _split_dates(node: Node | None) -> tuple[Node | None, list[DateRange]]:
    """Pull top-level AND date ranges out of the tree (they become filters)."""
    if isinstance(node, DateRange):
        return None, [node]
    if isinstance(node, Bool) and node.op == "and":
        dates = [c for c in node.children if isinstance(c, DateRange)]
        rest = [c for c in node.children if not isinstance(c, DateRange)]
        if not rest:
            return None, dates
        return (rest[0] if len(rest) == 1 else Bool("and", rest)), dates
    return node, []


# -- filters ----------------------------------------------------------------------------------


def _facet_filter(ctx: _Ctx, filters: dict[str, list[str]]) -> np.ndarray | None:
    snap = ctx.snap
    result: np.ndarray | None = None
    for raw_name, values in filters.items():
        name = FILTER_PARAMS.get(raw_name.lower())
        if name is None or not values:
            continue
        wanted = {analysis.fold(v) for v in values if v}
        key = ("facet", name, tuple(sorted(wanted)))
        mask = snap.cache.get(key)
        if mask is None:
            folded = snap.folded_facet(name)
            ids = np.array([i for w in wanted for i in folded.get(w, [])], dtype=np.int32)
            _, docs, vals = snap.facets[name]
            mask = np.zeros(ctx.n, dtype=bool)
            if len(ids):
                mask[docs[np.isin(vals, ids)]] = True
            snap.cache[key] = mask
        result = mask.copy() if result is None else result & mask
    return result


def _facets(ctx: _Ctx, mask: np.ndarray) -> dict[str, list[dict[str, Any]]]:
    """Facet values of the matching documents, most frequent first (years newest first)."""
    out: dict[str, list[dict[str, Any]]] = {}
    for name in FACETS:
        values, docs, vals = ctx.snap.facets[name]
        if not len(docs):
            out[name] = []
            continue
        counts = np.bincount(vals[mask[docs]], minlength=len(values))
        nz = np.flatnonzero(counts)
        if len(nz) > FACET_LIMIT * 4:
            nz = nz[np.argpartition(-counts[nz], FACET_LIMIT * 4)[: FACET_LIMIT * 4]]
        items = sorted(((values[i], int(counts[i])) for i in nz), key=lambda kv: (-kv[1], kv[0]))
        out[name] = [{"value": v, "count": c} for v, c in items[:FACET_LIMIT]]
    if out["year"]:
        out["year"] = sorted(out["year"], key=lambda x: x["value"], reverse=True)
    return out


# -- highlighting -----------------------------------------------------------------------------


def _is_match(ctx: _Ctx, raw: str) -> bool:
    hit = ctx.matched.get(raw)
    if hit is None:
        hit = ctx.matched[raw] = _match_word(ctx, raw)
    return hit


def _match_word(ctx: _Ctx, raw: str) -> bool:
    folded, stemmed = analysis.analyse_word(raw)
    if stemmed is None:
        return False
    if stemmed in ctx.stems or folded in ctx.folds:
        return True
    if any(folded.startswith(p) for p in ctx.prefixes):
        return True
    return any(stemmed.endswith(h) and len(stemmed) >= len(h) + analysis.MIN_MODIFIER for h in ctx.heads)


def _scan(ctx: _Ctx, text: str, words: int) -> list[tuple[int, int, bool]]:
    """Word spans of ``text`` with their match flag, up to two windows past the first match."""
    spans: list[tuple[int, int, bool]] = []
    stop = None
    for m in analysis.WORD_RE.finditer(text):
        hit = _is_match(ctx, m.group())
        spans.append((m.start(), m.end(), hit))
        if hit and stop is None:
            stop = len(spans) + 2 * words
        if stop is not None and len(spans) >= stop:
            break
    return spans


def snippet(ctx: _Ctx, text: str, words: int = SNIPPET_WORDS) -> str:
    """The best window of ``text`` with matches in ``<mark>``; the rest escaped.

    Only the start of long texts is scanned, and scanning stops two windows after
    the first match: highlighting costs the shown hits little, whatever their length.
    """
    if not text:
        return ""
    text = text[:SNIPPET_SCAN_CHARS]
    spans = _scan(ctx, text, words)
    if not spans:
        return html.escape(text[:300])
    hits = [i for i, s in enumerate(spans) if s[2]]
    start = 0
    if hits:
        best_score = -1
        j = 0
        for i in hits:  # window starting a little before each hit
            first = max(0, i - 4)
            while j < len(hits) and hits[j] < first:
                j += 1
            inside = [k for k in hits[j:] if k < first + words]
            distinct = {analysis.analyse_word(text[spans[k][0] : spans[k][1]])[0] for k in inside}
            score = len(distinct) * 10 + len(inside)
            if score > best_score:
                start, best_score = first, score
    end = min(len(spans), start + words)
    a = spans[start][0] if start > 0 else 0
    b = spans[end - 1][1]
    out = ["…" if a > 0 else ""]
    pos = a
    for s, e, hit in spans[start:end]:
        if hit:
            out.append(html.escape(text[pos:s]))
            out.append(f"<mark>{html.escape(text[s:e])}</mark>")
            pos = e
    out.append(html.escape(text[pos:b]))
    if text[b:].strip():
        out.append(" …")
    return re.sub(r"\s+", " ", "".join(out)).strip()


# -- running ----------------------------------------------------------------------------------


def _hit(ctx: _Ctx, docnum: int, score: float | None) -> dict[str, Any]:
    snap = ctx.snap
    meta = snap.meta(docnum)
    stored = snap.stored_fields(docnum)
    body = stored.get("body") or ""
    text = body
    snip = snippet(ctx, body)
    if "<mark>" not in snip:
        for alt in (stored.get("subtitle"), stored.get("title")):
            if alt and "<mark>" in snippet(ctx, alt):
                text = alt
                snip = snippet(ctx, text)
                break
    return {
        "id": meta["id"],
        "title": stored.get("title") or None,
        "date": meta.get("d"),
        "place": meta.get("pl"),
        "score": round(float(score), 4) if score is not None else None,
        "snippet": snip,
    }


def _top(ctx: _Ctx, r: _R, mask: np.ndarray, limit: int, sort: str) -> list[tuple[int, float]]:
    """The first ``limit`` matching documents in the requested order, with scores."""
    cand = np.flatnonzero(mask)
    if not len(cand):
        return []
    if sort == "relevance":
        sc = r.score[cand]
        if len(cand) > limit:
            part = np.argpartition(-sc, limit - 1)[:limit]
            cand, sc = cand[part], sc[part]
        order = np.lexsort((cand, -sc))
    else:
        dates = ctx.snap.dates[cand]
        if sort == "date":
            order = np.lexsort((cand, -dates.astype(np.int64)))
        else:
            order = np.lexsort((cand, np.where(dates == 0, 99999999, dates)))
        order = order[:limit]
        sc = r.score[cand]
    return [(int(cand[i]), float(sc[i])) for i in order[:limit]]


def _surface(ctx: _Ctx, stem: str) -> str:
    """A word of the archive whose stem is ``stem`` (for showing a suggestion)."""
    docs, _ = ctx.snap.postings("text", stem)
    for d in docs[:3]:
        stored = ctx.snap.stored_fields(int(d))
        for text in (stored.get("title"), stored.get("subtitle"), (stored.get("body") or "")[:20000]):
            for w in analysis.words(text or ""):
                if analysis.stem(w) == stem:
                    return w
    return stem


def _suggest(ctx: _Ctx, query: str) -> str | None:
    """A corrected query (``Meinten Sie …``) when a word is unknown and a near one is common."""
    reader = ctx.reader
    snap = ctx.snap
    changed = False
    out = query
    for raw, folded in ctx.words:
        stemmed = analysis.stem(raw)
        if stemmed and snap.doc_frequency("text", stemmed):
            continue
        if snap.doc_frequency("person", folded):
            continue
        best = None
        best_df = 0
        best_field = ""
        for fld in ("text", "person", "municipality", "place"):
            dist = 1 if len(folded) <= 5 else 2
            try:
                cands = reader.terms_within(fld, folded, dist, prefix=1)
            except Exception:  # pragma: no cover
                continue
            for c in cands:
                if " " in c:
                    continue
                df = reader.doc_frequency(fld, c)
                if df > best_df:
                    best, best_df, best_field = c, df, fld
        if best and best != folded:
            shown = _surface(ctx, best) if best_field == "text" else best
            out = re.sub(re.escape(raw), shown, out, count=1)
            changed = True
    return out if changed and out != query else None


def search(
    index: SearchIndex,
    query: str,
    *,
    page: int = 1,
    per_page: int = 10,
    sort: str = "relevance",
    filters: dict[str, list[str]] | None = None,
    _fallback: bool = True,
) -> SearchResults:
    """Search the index; never raises on user input (see the module docstring).

    Safe to call from several threads at once on the same index.
    """
    try:
        page = max(1, int(page))
    except (TypeError, ValueError):
        page = 1
    try:
        per_page = max(1, min(int(per_page), 100))
    except (TypeError, ValueError):
        per_page = 10
    if sort not in SORTS:
        sort = "relevance"
    res = SearchResults(query=query or "", page=page, per_page=per_page)
    try:
        return _search(index, res, query or "", sort, filters or {}, _fallback)
    except Exception:  # a bug must not reach the user as a stack trace
        log.exception("search failed for %r", query)
        res.error = "Die Suche konnte nicht ausgeführt werden. Bitte formulieren Sie die Anfrage anders."
        return res


def _search(
    index: SearchIndex,
    res: SearchResults,
    query: str,
    sort: str,
    filters: dict[str, list[str]],
    fallback: bool,
) -> SearchResults:
    parsed = parse(query)
    snap = index.snapshot()
    ctx = _Ctx(snap, notes=list(parsed.notes))
    node, dates = _split_dates(parsed.node)
    r = _compile(ctx, node)
    allow: np.ndarray | None = None
    for dr in dates:
        m = _date_mask(ctx, dr)
        allow = m if allow is None else allow & m
    facet_allow = _facet_filter(ctx, filters) if filters else None
    if facet_allow is not None:
        allow = facet_allow if allow is None else allow & facet_allow
    understood = describe(parsed.node)
    if filters:
        shown = [f"{k}={v}" for k, vs in filters.items() for v in vs]
        if shown:
            understood += " (gefiltert: " + ", ".join(shown) + ")"
    res.understood = understood
    res.notes = ctx.notes
    if r is None:
        if not dates and facet_allow is None:
            res.error = (
                "Die Anfrage enthält keinen suchbaren Begriff. "
                "Beispiele: Zweckverband, \"digitale Kommunen\", person:Hermann, datum:2020."
            )
            return res
        r = ctx.every()
        if sort == "relevance":
            sort = "date"
    mask = r.mask & snap.live
    if allow is not None:
        mask &= allow
    total = int(mask.sum())
    res.total, res.total_is_estimate = total, False
    res.facets = _facets(ctx, mask)
    res.pages = math.ceil(total / res.per_page) if total else 0
    start = (res.page - 1) * res.per_page
    docs = _top(ctx, r, mask, res.page * res.per_page, sort)[start : start + res.per_page]
    res.hits = [_hit(ctx, d, s if sort == "relevance" else None) for d, s in docs]
    if total == 0 or (total < 3 and ctx.words):
        suggestion = _suggest(ctx, query)
        if suggestion:
            res.suggestion = f"Meinten Sie „{suggestion}“?"
            if total == 0 and fallback:
                alt = search(index, suggestion, page=res.page, per_page=res.per_page, sort=sort,
                             filters=filters, _fallback=False)
                if alt.total and not alt.error:
                    alt.query = res.query
                    alt.suggestion = res.suggestion
                    alt.understood = (
                        f"Keine Treffer für „{query}“ – stattdessen gesucht: {alt.understood}"
                    )
                    return alt
    return res


def more_like_this(index: SearchIndex, record_id: str, limit: int = 5) -> list[dict[str, Any]]:
    """Records similar to ``record_id`` (by its most distinctive title and body terms)."""
    try:
        snap = index.snapshot()
        ctx = _Ctx(snap)
        docs, _ = snap.postings("id", record_id)
        docs = [int(d) for d in docs if snap.live[d]]
        if not docs:
            return []
        docnum = docs[0]
        stored = snap.stored_fields(docnum)
        n = max(1, snap.doc_count)
        tf = Counter(analysis.stems(stored.get("body") or ""))
        for s in analysis.stems(stored.get("title") or ""):
            tf[s] += 3
        weights = []
        for t, c in tf.items():
            if len(t) < 3 or t.isdigit():
                continue
            df = snap.doc_frequency("text", t) or 1
            if df <= 1 and n > 10:
                continue
            weights.append((c * math.log(1 + n / df), t))
        top = heapq.nlargest(15, weights)
        if not top:
            return []
        r = _any(ctx, [_scored(ctx, "text", t, w) for w, t in top])
        mask = r.mask & snap.live
        mask[docnum] = False
        ctx.stems.update(t for _, t in top)
        return [_hit(ctx, d, s) for d, s in _top(ctx, r, mask, limit, "relevance")]
    except Exception:
        log.exception("more_like_this failed for %r", record_id)
        return []


def autocomplete(index: SearchIndex, prefix: str, field: str = "person", limit: int = 10) -> list[str]:
    """Person or municipality names with a word starting with ``prefix`` (folded), most frequent first."""
    try:
        words = analysis.name_terms(prefix or "")
        if not words or field not in ("person", "municipality"):
            return []
        snap = index.snapshot()
        key = ("names", field)
        names: list[tuple[str, int, list[str]]] | None = snap.cache.get(key)
        if names is None:
            values, docs, vals = snap.facets[field]
            counts = np.bincount(vals[snap.live[docs]], minlength=len(values))
            names = [(v, int(c), analysis.name_terms(v)) for v, c in zip(values, counts, strict=False) if c]
            snap.cache[key] = names
        out = []
        for name, count, terms in names:
            # every typed word must start a word of the name, in order of typing
            if all(any(t.startswith(w) for t in terms) for w in words):
                first = min((i for i, t in enumerate(terms) if t.startswith(words[0])), default=99)
                out.append((-count, first, name))
        out.sort()
        return [name for _, _, name in out[:limit]]
    except Exception:
        log.exception("autocomplete failed for %r", prefix)
        return []


__all__ = ["SORTS", "SearchResults", "autocomplete", "more_like_this", "search"]
