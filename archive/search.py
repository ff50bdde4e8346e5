"""Searching the archive: query compilation, ranking, facets, snippets, suggestions.

:func:`search` never raises on user input; a query that cannot be understood
gives a result with a German ``error``.  Ranking is Whoosh's BM25F over the
field boosts of :mod:`archive.index`; compound parts (field ``rev``) weigh less
than whole words.
"""

from __future__ import annotations

import heapq
import html
import logging
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from whoosh import query as wq

from archive import analysis
from archive.index import SearchIndex, Snapshot
from archive.query import Bool, DateRange, Node, Not, Term, describe, parse

try:  # optional: written by another engineer; used only when present
    from archive import gazetteer as _gazetteer
except Exception:  # pragma: no cover - module absent or broken
    _gazetteer = None

log = logging.getLogger(__name__)

SORTS = ("relevance", "date", "date_asc")
FACETS = ("year", "place", "person", "municipality", "publisher", "category")
FACET_LIMIT = 20
MAX_PREFIX_TERMS = 24
MAX_COMPOUND_TERMS = 10
MAX_FUZZY_TERMS = 12
MAX_MODIFIER_TERMS = 6  # compounds starting with a query word (Glasfaser → Glasfasernetz)
MIN_MODIFIER_WORD = 5
COUNT_LIMIT = 1500  # above this many matches, count and facets are estimated from a sample
SNIPPET_WORDS = 36
SNIPPET_SCAN_CHARS = 6000

TEXT_FIELDS = ("title", "subtitle", "body", "quotes", "role")
NAME_FIELDS = ("person", "place", "municipality")
KEY_FIELDS = ("publisher", "category")
PHRASE_FIELDS = ("title", "subtitle", "body", "quotes")

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


# -- compilation ------------------------------------------------------------------------------


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


def _expand(ctx: _Ctx, fieldname: str, prefix: str, limit: int, min_extra: int = 0) -> list[str]:
    """Terms of ``fieldname`` starting with ``prefix`` (bounded; most frequent first)."""
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
    best = [t for _, t in heapq.nlargest(limit, terms)]
    return best


def _word_query(ctx: _Ctx, raw: str, restrict: str | None = None) -> wq.Query | None:
    """An unfielded single word: stems in the text fields, names, compound parts."""
    folded, stemmed = analysis.analyse_word(raw)
    if stemmed is None:
        ctx.notes.append(f"„{raw}“ ist ein Füllwort und wurde ignoriert.")
        return None
    ctx.stems.add(stemmed)
    ctx.folds.add(folded)
    ctx.words.append((raw, folded))
    fields = (restrict,) if restrict else TEXT_FIELDS
    clauses: list[wq.Query] = [wq.Term(f, stemmed) for f in fields]
    if restrict is None:
        if folded not in analysis.NAME_TITLES:
            clauses += [wq.Term(f, folded) for f in NAME_FIELDS]
        clauses += [wq.Term(f, folded) for f in KEY_FIELDS]
        if len(stemmed) >= analysis.MIN_HEAD:
            rev = analysis.reverse(stemmed)
            parts = _expand(ctx, "rev", rev, MAX_COMPOUND_TERMS, analysis.MIN_MODIFIER)
            if parts:
                ctx.heads.add(stemmed)
                clauses += [wq.Term("rev", t, boost=0.5) for t in parts]
        if len(folded) >= MIN_MODIFIER_WORD:
            mods = _expand(ctx, "fold", folded, MAX_MODIFIER_TERMS, analysis.MIN_MODIFIER)
            if mods:
                ctx.prefixes.add(folded)
                clauses += [wq.Term("fold", t, boost=0.5) for t in mods]
    return wq.Or(clauses) if len(clauses) > 1 else clauses[0]


def _phrase_query(ctx: _Ctx, text: str, fields: tuple[str, ...] = PHRASE_FIELDS) -> wq.Query | None:
    raws = analysis.words(text)
    pairs = [(r, *analysis.analyse_word(r)) for r in raws]
    stems = [s for _, _, s in pairs if s is not None]
    if not stems:
        if raws:
            ctx.notes.append(f"„{text}“ besteht nur aus Füllwörtern und wurde ignoriert.")
        return None
    if len(stems) == 1:
        raw = next(r for r, _, s in pairs if s is not None)
        return _word_query(ctx, raw, fields[0] if len(fields) == 1 else None)
    ctx.stems.update(stems)
    ctx.folds.update(f for _, f, s in pairs if s is not None)
    return wq.Or([wq.Phrase(f, stems) for f in fields])


def _name_query(ctx: _Ctx, fieldname: str, term: Term, kind: str = "name") -> wq.Query | None:
    """A fielded query on a name field (person, place, municipality, publisher, category)."""
    terms = (
        analysis.name_terms(term.text)
        if kind == "name"
        else [analysis.fold(w) for w in analysis.words(term.text)]
    )
    if not terms:
        return None
    ctx.folds.update(terms)
    if term.kind == "prefix":
        head = terms[:-1]
        expanded = _expand(ctx, fieldname, terms[-1], MAX_PREFIX_TERMS)
        if not expanded:
            return wq.NullQuery
        ctx.prefixes.add(terms[-1])
        last = wq.Or([wq.Term(fieldname, t) for t in expanded])
        return wq.And([*[wq.Term(fieldname, t) for t in head], last]) if head else last
    if term.kind == "fuzzy" and len(terms) == 1:
        cands = _fuzzy_terms(ctx, fieldname, terms[0], term.maxdist)
        ctx.folds.update(cands)
        return wq.Or([wq.Term(fieldname, t) for t in [terms[0], *cands]])
    if len(terms) == 1:
        return wq.Term(fieldname, terms[0])
    return wq.Phrase(fieldname, terms)


def _fuzzy_terms(ctx: _Ctx, fieldname: str, text: str, maxdist: int) -> list[str]:
    reader = ctx.reader
    try:
        cands = list(reader.terms_within(fieldname, text, maxdist, prefix=1))
    except Exception:  # pragma: no cover
        return []
    scored = sorted(((reader.doc_frequency(fieldname, c), c) for c in cands), reverse=True)
    return [c for _, c in scored[:MAX_FUZZY_TERMS]]


def _gazetteer_keys(ctx: _Ctx, fieldname: str, text: str) -> tuple[list[str], str | None]:
    """Municipality keys and names for ``kreis:``/``amt:``/``gemeinde:`` via the gazetteer.

    The list holds keys first, then names (``Podelzig``), which match records whose
    member lists carry no keys.
    """
    if _gazetteer is None:
        return [], None
    try:
        if text.strip().isdigit():
            entry = _gazetteer.get(text.strip())
            entries = [entry] if entry else []
        else:
            entries = _gazetteer.find(text)
        if fieldname == "kreis":
            for e in entries:
                if e.level == "kreis":
                    members = _gazetteer.municipalities_in_kreis(e.key)
                    return [e.key] + [m.key for m in members] + _names(members), e.name
        elif fieldname == "amt":
            for e in entries:
                if e.level == "verband":
                    members = _gazetteer.members_of_amt(e.key)
                    return [e.key] + [m.key for m in members] + _names(members), e.name
        else:
            return [e.key for e in entries if e.level == "gemeinde"][:3], None
    except Exception as exc:  # pragma: no cover - the gazetteer must never break a search
        log.warning("gazetteer lookup failed: %s", exc)
    return [], None


def _names(entries: list[Any]) -> list[str]:
    out = []
    for e in entries:
        name = getattr(e, "german", "") or getattr(e, "short", "") or getattr(e, "name", "")
        if name:
            out.append(name)
    return out


def _key_or_name(fieldname: str, value: str) -> wq.Query | None:
    if value.isdigit():
        return wq.Term(fieldname, value)
    terms = analysis.name_terms(value)
    if not terms:
        return None
    return wq.Term(fieldname, terms[0]) if len(terms) == 1 else wq.Phrase(fieldname, terms)


def _term_query(ctx: _Ctx, term: Term) -> wq.Query | None:
    f = term.field
    if f in ("kreis", "amt"):
        keys, name = _gazetteer_keys(ctx, f, term.text)
        label = "Landkreis" if f == "kreis" else "Amt"
        if not keys:
            if _gazetteer is None:
                ctx.notes.append(
                    f"{label}-Suche ist ohne Gemeindeverzeichnis nicht verfügbar; als Ort gesucht."
                )
            else:
                ctx.notes.append(f"{label} „{term.text}“ ist unbekannt; als Ort gesucht.")
            return _name_query(ctx, "municipality", term) or None
        if name:
            n = sum(1 for k in keys if k.isdigit()) - 1
            ctx.notes.append(f"{label} „{name}“: {n} Gemeinden.")
        clauses = [_key_or_name(fld, k) for k in keys for fld in ("municipality", "place")]
        return wq.Or([c for c in clauses if c is not None])
    if f == "person":
        return _name_query(ctx, "person", term)
    if f == "place":
        a = _name_query(ctx, "place", term)
        b = _name_query(ctx, "municipality", term)
        return wq.Or([q for q in (a, b) if q is not None]) if a or b else None
    if f == "municipality":
        q = _name_query(ctx, "municipality", term)
        keys, _ = _gazetteer_keys(ctx, f, term.text) if term.kind in ("word", "phrase") else ([], None)
        extra = [wq.Term("municipality", k) for k in keys if k.isdigit()]
        if q is None:
            return wq.Or(extra) if extra else None
        return wq.Or([q, *extra]) if extra else q
    if f in ("publisher", "category"):
        return _name_query(ctx, f, term, kind="key")
    if f in ("title", "role"):
        if term.kind == "phrase" or len(analysis.words(term.text)) > 1:
            return _phrase_query(ctx, term.text, (f,))
        return _simple_query(ctx, Term(term.text, None, term.kind, term.maxdist), restrict=f)
    return _simple_query(ctx, term)


def _simple_query(ctx: _Ctx, term: Term, restrict: str | None = None) -> wq.Query | None:
    """Unfielded words, phrases, prefixes and fuzzy words."""
    raws = analysis.words(term.text)
    if not raws:
        return None
    if term.kind == "phrase" or (len(raws) > 1 and term.kind == "word"):
        return _phrase_query(ctx, term.text, (restrict,) if restrict else PHRASE_FIELDS)
    if term.kind == "prefix":
        folded = analysis.fold("".join(raws))
        expanded = _expand(ctx, "fold", folded, MAX_PREFIX_TERMS)
        ctx.prefixes.add(folded)
        clauses: list[wq.Query] = [wq.Term("fold", t) for t in expanded]
        if restrict is None:
            for fld in NAME_FIELDS:
                clauses += [wq.Term(fld, t) for t in _expand(ctx, fld, folded, 8)]
        if not clauses:
            return wq.NullQuery
        return wq.Or(clauses)
    if term.kind == "fuzzy":
        raw = raws[0]
        folded = analysis.analyse_word(raw)[0]
        cands = _fuzzy_terms(ctx, "fold", folded, term.maxdist)
        ctx.folds.update(cands)
        ctx.folds.add(folded)
        clauses = [wq.Term("fold", t) for t in cands]
        base = _word_query(ctx, raw, restrict)
        if base is not None:
            clauses.insert(0, base)
        return wq.Or(clauses) if clauses else wq.NullQuery
    return _word_query(ctx, raws[0], restrict)


def _date_query(dr: DateRange) -> wq.Query:
    return wq.NumericRange("date", dr.lo, dr.hi)


def _compile(ctx: _Ctx, node: Node | None) -> wq.Query | None:
    if node is None:
        return None
    if isinstance(node, Term):
        return _term_query(ctx, node)
    if isinstance(node, DateRange):
        return _date_query(node)
    if isinstance(node, Not):
        inner = _compile(ctx, node.child)
        return wq.Not(inner) if inner is not None else None
    parts = [q for q in (_compile(ctx, c) for c in node.children) if q is not None]
    if not parts:
        return None
    if len(parts) == 1:
        return parts[0]
    return wq.And(parts) if node.op == "and" else wq.Or(parts)


def _split_dates(node: Node | None) -> tuple[Node | None, list[DateRange]]:
    """Pull top-level AND date ranges out of the tree (they become cached filters)."""
    if isinstance(node, DateRange):
        return None, [node]
    if isinstance(node, Bool) and node.op == "and":
        dates = [c for c in node.children if isinstance(c, DateRange)]
        rest = [c for c in node.children if not isinstance(c, DateRange)]
        if not rest:
            return None, dates
        return (rest[0] if len(rest) == 1 else Bool("and", rest)), dates
    return node, []


def _only_negative(q: wq.Query) -> bool:
    if isinstance(q, wq.Not):
        return True
    if isinstance(q, wq.And):
        return all(isinstance(c, wq.Not) for c in q.subqueries)
    return False


# -- filters ----------------------------------------------------------------------------------


def _date_filter(index: SearchIndex, snap: Snapshot, ranges: list[DateRange]) -> set[int] | None:
    result: set[int] | None = None
    for dr in ranges:
        lo = dr.lo if dr.lo is not None else 0
        hi = dr.hi if dr.hi is not None else 99991231
        key = ("date", snap.generation, lo, hi)
        docs = index.cache.get(key)
        if docs is None:
            docs = snap.date_set(lo, hi)
            index.cache[key] = docs
        result = set(docs) if result is None else result & docs
    return result


def _facet_values(meta: dict[str, Any], name: str) -> list[str]:
    if name == "year":
        d = meta.get("d")
        return [d[:4]] if d else []
    if name == "place":
        return [meta["pl"]] if meta.get("pl") else []
    if name == "person":
        return meta.get("pe") or []
    if name == "municipality":
        return meta.get("mu") or []
    if name == "publisher":
        return [meta["pu"]] if meta.get("pu") else []
    if name == "category":
        return meta.get("c") or []
    return []


def _facet_filter(index: SearchIndex, snap: Snapshot, filters: dict[str, list[str]]) -> set[int] | None:
    result: set[int] | None = None
    for raw_name, values in filters.items():
        name = FILTER_PARAMS.get(raw_name.lower())
        if name is None or not values:
            continue
        wanted = {analysis.fold(v) for v in values if v}
        key = ("facet", snap.generation, name, tuple(sorted(wanted)))
        docs = index.cache.get(key)
        if docs is None:
            docs = set()
            for off, seg in snap.segments:
                for i, m in enumerate(seg.metas):
                    if any(analysis.fold(v) in wanted for v in _facet_values(m, name)):
                        docs.add(off + i)
            index.cache[key] = docs
        result = set(docs) if result is None else result & docs
    return result


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


def snippet(ctx: _Ctx, text: str, words: int = SNIPPET_WORDS) -> str:
    """The best window of ``text`` with matches in ``<mark>``; the rest escaped."""
    if not text:
        return ""
    text = text[:SNIPPET_SCAN_CHARS]  # cheap highlighting: only the start of long texts is scanned
    spans = [(m.start(), m.end(), _is_match(ctx, m.group())) for m in analysis.WORD_RE.finditer(text)]
    if not spans:
        return html.escape(text[:300])
    hits = [i for i, s in enumerate(spans) if s[2]]
    if hits:
        best_start, best_score = 0, -1
        j = 0
        for i in hits:  # window starting a little before each hit
            start = max(0, i - 4)
            while j < len(hits) and hits[j] < start:
                j += 1
            inside = {analysis.analyse_word(text[spans[k][0] : spans[k][1]])[0]
                      for k in hits[j:] if k < start + words}
            score = len(inside) * 10 + sum(1 for k in hits[j:] if k < start + words)
            if score > best_score:
                best_start, best_score = start, score
        start = best_start
    else:
        start = 0
    end = min(len(spans), start + words)
    a = spans[start][0] if start > 0 else 0
    b = spans[end - 1][1] if end < len(spans) else len(text)
    out = ["…" if a > 0 else ""]
    pos = a
    for s, e, hit in spans[start:end]:
        if hit:
            out.append(html.escape(text[pos:s]))
            out.append(f"<mark>{html.escape(text[s:e])}</mark>")
            pos = e
    out.append(html.escape(text[pos:b]))
    if b < len(text):
        out.append(" …")
    return re.sub(r"\s+", " ", "".join(out)).strip()


# -- running ----------------------------------------------------------------------------------


def _hit(ctx: _Ctx, docnum: int, score: float | None) -> dict[str, Any]:
    snap = ctx.snap
    meta = snap.meta(docnum)
    stored = snap.searcher.stored_fields(docnum)
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


def _count_and_facets(
    ctx: _Ctx, q: wq.Query, allow: set[int] | None, want_facets: bool
) -> tuple[int, bool, dict[str, list[dict[str, Any]]]]:
    """Count matches and facet values; above COUNT_LIMIT both come from a spread sample."""
    searcher = ctx.snap.searcher
    counters = {f: Counter() for f in FACETS}
    n = 0
    estimate = False
    maxdoc = searcher.doc_count_all() or 1
    matcher = q.matcher(searcher)
    metas = ctx.snap.meta
    while matcher.is_active():
        d = matcher.id()
        if allow is None or d in allow:
            n += 1
            if want_facets:
                m = metas(d)
                for f in FACETS:
                    for v in _facet_values(m, f):
                        counters[f][v] += 1
            if n >= COUNT_LIMIT:
                matcher.next()
                if matcher.is_active():
                    estimate = True
                    scale = maxdoc / (d + 1)
                    n = int(n * scale)
                    for c in counters.values():
                        for k in c:
                            c[k] = int(c[k] * scale)
                break
        matcher.next()
    facets = {
        f: [{"value": v, "count": c} for v, c in sorted(counters[f].items(), key=lambda kv: (-kv[1], kv[0]))]
        [:FACET_LIMIT]
        for f in FACETS
    }
    if facets["year"]:
        facets["year"] = sorted(facets["year"], key=lambda x: x["value"], reverse=True)
    return n, estimate, facets


def _suggest(ctx: _Ctx, query: str) -> str | None:
    """A corrected query (``Meinten Sie …``) when a word is unknown and a near one is common."""
    reader = ctx.reader
    changed = False
    out = query
    for raw, folded in ctx.words:
        stemmed = analysis.stem(raw)
        if stemmed and (reader.doc_frequency("body", stemmed) or reader.doc_frequency("title", stemmed)):
            continue
        if reader.doc_frequency("fold", folded) or reader.doc_frequency("person", folded):
            continue
        best = None
        best_df = 0
        for fld in ("fold", "person", "municipality", "place"):
            dist = 1 if len(folded) <= 5 else 2
            try:
                cands = reader.terms_within(fld, folded, dist, prefix=1)
            except Exception:  # pragma: no cover
                continue
            for c in cands:
                df = reader.doc_frequency(fld, c)
                if df > best_df:
                    best, best_df = c, df
        if best and best != folded:
            out = re.sub(re.escape(raw), best, out, count=1)
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
    """Search the index; never raises on user input (see the module docstring)."""
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
    q = _compile(ctx, node)
    allow = _date_filter(index, snap, dates) if dates else None
    facet_allow = _facet_filter(index, snap, filters) if filters else None
    if facet_allow is not None:
        allow = facet_allow if allow is None else allow & facet_allow
    understood = describe(parsed.node)
    if filters:
        shown = [f"{k}={v}" for k, vs in filters.items() for v in vs]
        if shown:
            understood += " (gefiltert: " + ", ".join(shown) + ")"
    res.understood = understood
    res.notes = ctx.notes
    if q is None:
        if not dates and facet_allow is None:
            res.error = (
                "Die Anfrage enthält keinen suchbaren Begriff. "
                "Beispiele: Zweckverband, \"digitale Kommunen\", person:Hermann, datum:2020."
            )
            return res
        q = wq.Every()
        if sort == "relevance":
            sort = "date"
    elif _only_negative(q):
        q = wq.And([wq.Every(), q])
    q = q.normalize()
    if q is wq.NullQuery or isinstance(q, wq.NullQuery.__class__):
        q = wq.NullQuery
    searcher = snap.searcher
    limit = res.page * res.per_page
    if sort == "relevance":
        results = searcher.search(q, limit=limit, filter=allow, terms=False)
    else:
        results = searcher.search(
            q, limit=limit, filter=allow, sortedby="date", reverse=(sort == "date"), terms=False
        )
    total, estimate, facets = _count_and_facets(ctx, q, allow, True)
    res.total, res.total_is_estimate, res.facets = total, estimate, facets
    res.pages = math.ceil(total / res.per_page) if total else 0
    start = (res.page - 1) * res.per_page
    docs = list(results.items())[start : start + res.per_page]
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
        searcher = snap.searcher
        docnum = searcher.document_number(id=record_id)
        if docnum is None:
            return []
        stored = searcher.stored_fields(docnum)
        reader = searcher.reader()
        n = max(1, searcher.doc_count_all())
        tf = Counter(analysis.stems(stored.get("body") or ""))
        for s in analysis.stems(stored.get("title") or ""):
            tf[s] += 3
        weights = []
        for t, c in tf.items():
            if len(t) < 3 or t.isdigit():
                continue
            df = reader.doc_frequency("body", t) or 1
            if df <= 1 and n > 10:
                continue
            weights.append((c * math.log(1 + n / df), t))
        top = heapq.nlargest(15, weights)
        if not top:
            return []
        q = wq.Or([wq.Term("body", t, boost=w) for w, t in top])
        results = searcher.search(q, limit=limit + 1, mask={docnum}, terms=False)
        ctx = _Ctx(snap)
        ctx.stems.update(t for _, t in top)
        return [_hit(ctx, d, s) for d, s in list(results.items())[:limit]]
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
        key = ("names", snap.generation, field)
        names: Counter[str] | None = index.cache.get(key)
        if names is None:
            names = Counter()
            mkey = "pe" if field == "person" else "mu"
            for docnum in snap.searcher.reader().all_doc_ids():
                for v in snap.meta(docnum).get(mkey) or []:
                    names[v] += 1
            index.cache[key] = names
        out = []
        for name, count in names.items():
            terms = analysis.name_terms(name)
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
