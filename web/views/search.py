"""Search page, its exports (CSV, JSONL), its Atom feed and autocomplete."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from typing import Any

from flask import Blueprint, Response, request, stream_with_context, url_for

from web.app import archive
from web.atom import feed_response
from web.negotiate import api_doc, json_response, page, respond
from web.params import (
    FACET_LABELS,
    FILTER_PARAMS,
    MAX_PER_PAGE,
    SORT_LABELS,
    SORTS,
    SearchParams,
    export_limit,
    search_params,
    text_param,
)
from web.svg import timeline

bp = Blueprint("search", __name__)
SUGGESTION_RE = re.compile(r"„(.+)“")

SEARCH_PARAMS = [
    {
        "name": "q",
        "in": "query",
        "schema": {"type": "string", "maxLength": 300},
        "description": "Suchanfrage",
    },
    {"name": "seite", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 1000}},
    {
        "name": "pro_seite",
        "in": "query",
        "schema": {"type": "integer", "minimum": 1, "maximum": MAX_PER_PAGE},
    },
    {"name": "sortierung", "in": "query", "schema": {"enum": list(SORTS)}},
    {"name": "von", "in": "query", "schema": {"type": "string", "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$"}},
    {"name": "bis", "in": "query", "schema": {"type": "string", "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$"}},
    *[
        {
            "name": p,
            "in": "query",
            "schema": {"type": "array", "items": {"type": "string"}},
            "style": "form",
            "explode": True,
            "description": f"Filter {FACET_LABELS[f]}",
        }
        for p, f in FILTER_PARAMS.items()
    ],
]
SEARCH_SCHEMA = {
    "type": "object",
    "required": ["query", "total", "hits", "facets"],
    "properties": {
        "query": {"type": "string"},
        "total": {"type": "integer"},
        "hits": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "id": {"type": "string"},
                    "title": {"type": ["string", "null"]},
                    "date": {"type": ["string", "null"]},
                    "place": {"type": ["string", "null"]},
                    "score": {"type": "number"},
                    "snippet": {"type": ["string", "null"]},
                },
            },
        },
        "facets": {"type": "object"},
        "understood": {},
        "suggestion": {"type": ["string", "null"]},
        "page": {"type": "integer"},
        "per_page": {"type": "integer"},
        "pages": {"type": "integer"},
        "error": {"type": ["string", "null"]},
    },
}


def run_search(p: SearchParams, *, page_no: int | None = None, per_page: int | None = None) -> dict[str, Any]:
    """Run the search for ``p`` (the date range becomes a ``datum:`` clause) and return its JSON."""
    filters = p.api_filters()
    query = p.q
    if p.date_from or p.date_to:
        query = f"{query} datum:{p.date_from or ''}..{p.date_to or ''}".strip()
    if not query and not filters:
        return {
            "query": "",
            "total": 0,
            "hits": [],
            "facets": {},
            "understood": None,
            "suggestion": None,
            "page": 1,
            "per_page": p.per_page,
            "pages": 0,
            "error": None,
        }
    result = archive().search(
        query,
        page=page_no or p.page,
        per_page=per_page or p.per_page,
        sort=SORTS[p.sort],
        filters=filters,
    )
    result["query"] = p.q
    return result


def _timeline(result: dict[str, Any], p: SearchParams) -> Any:
    facets = result.get("facets") or {}
    months = facets.get("month")
    if months and len(p.filters.get("jahr", [])) == 1:
        buckets = sorted((str(f["value"]), int(f["count"])) for f in months)
        return timeline(buckets, "Treffer je Monat")
    years = facets.get("year") or []
    buckets = sorted((str(f["value"]), int(f["count"])) for f in years)
    if buckets:
        lo, hi = int(buckets[0][0][:4]), int(buckets[-1][0][:4])
        have = dict(buckets)
        if hi - lo < 80:
            buckets = [(str(y), have.get(str(y), 0)) for y in range(lo, hi + 1)]
    return timeline(buckets, "Treffer je Jahr")


@page(bp, "/suche", "Suche mit Treffern, Facetten und Zeitleiste", params=SEARCH_PARAMS, schema=SEARCH_SCHEMA)
def search(fmt: str) -> Response:
    """Search results with highlights, facets, date filter, sort and pagination."""
    p = search_params()
    result = run_search(p)
    for hit in result.get("hits", []):
        hit.setdefault("url", url_for("release.release", record_id=hit["id"]))
    suggestion = result.get("suggestion")
    if suggestion:
        quoted = SUGGESTION_RE.search(suggestion)
        suggestion = quoted.group(1) if quoted else suggestion
    return respond(
        fmt,
        "search.html",
        result,
        p=p,
        facet_labels=FACET_LABELS,
        sort_labels=SORT_LABELS,
        filter_params={v: k for k, v in FILTER_PARAMS.items()},
        filter_map=FILTER_PARAMS,
        chart=_timeline(result, p),
        export_args=p.url_args(seite=None, pro_seite=None),
        suggestion=suggestion,
    )


def _export_hits(p: SearchParams, limit: int) -> Iterator[dict[str, Any]]:
    """Yield up to ``limit`` hits of the search, page by page."""
    sent, page_no = 0, 1
    while sent < limit:
        result = run_search(p, page_no=page_no, per_page=MAX_PER_PAGE)
        hits = result.get("hits") or []
        for hit in hits[: limit - sent]:
            yield hit
            sent += 1
        if not hits or page_no >= (result.get("pages") or 0):
            return
        page_no += 1


def _export_row(hit: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": hit.get("id"),
        "date": hit.get("date"),
        "title": hit.get("title"),
        "place": hit.get("place"),
        "score": hit.get("score"),
        "url": url_for("release.release", record_id=hit["id"], _external=True),
    }


def _csv_cell(value: Any) -> Any:
    """Neutralise spreadsheet formulas (CSV injection)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


@bp.route("/suche.csv")
def export_csv() -> Response:
    """CSV export of a search (``max`` rows, at most 10 000)."""
    p, limit = search_params(), export_limit()
    hits = _export_hits(p, limit)

    def rows() -> Iterator[str]:
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=["id", "date", "title", "place", "score", "url"])
        writer.writeheader()
        for hit in hits:
            writer.writerow({k: _csv_cell(v) for k, v in _export_row(hit).items()})
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
        yield buf.getvalue()

    resp = Response(stream_with_context(rows()), mimetype="text/csv")
    resp.headers["Content-Disposition"] = 'attachment; filename="pressearchiv-suche.csv"'
    return resp


@bp.route("/suche.jsonl")
def export_jsonl() -> Response:
    """JSON Lines export of a search (one hit per line)."""
    p, limit = search_params(), export_limit()
    hits = _export_hits(p, limit)

    def rows() -> Iterator[str]:
        for hit in hits:
            yield json.dumps(_export_row(hit), ensure_ascii=False) + "\n"

    resp = Response(stream_with_context(rows()), mimetype="application/x-ndjson")
    resp.headers["Content-Disposition"] = 'attachment; filename="pressearchiv-suche.jsonl"'
    return resp


EXPORT_PARAMS = [
    *SEARCH_PARAMS,
    {"name": "max", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 10000}},
]
api_doc("/suche.csv", "CSV-Export einer Suche", params=EXPORT_PARAMS, media="text/csv")
api_doc("/suche.jsonl", "JSON-Lines-Export einer Suche", params=EXPORT_PARAMS, media="application/x-ndjson")


@bp.route("/suche.atom")
def search_feed() -> Response:
    """Atom feed of a search, newest first."""
    p = search_params()
    p.sort, p.page = "datum", 1
    result = run_search(p, per_page=50)
    arc = archive()
    records = arc.get_many([h["id"] for h in result.get("hits", [])])
    from web.views.pages import entry_of

    entries = [entry_of(records[h["id"]]) for h in result.get("hits", []) if h["id"] in records]
    return feed_response(
        feed_id="tag:pressearchiv,2024:suche?" + request.query_string.decode("ascii", "replace"),
        title=f"Pressearchiv – Suche: {p.q}" if p.q else "Pressearchiv – Suche",
        self_url=url_for("search.search_feed", _external=True, **p.url_args(seite=None)),
        alt_url=url_for("search.search", _external=True, **p.url_args(seite=None)),
        entries=entries,
    )


api_doc("/suche.atom", "Atom-Feed einer Suche", params=SEARCH_PARAMS, media="application/atom+xml")


@bp.route("/api/vorschlag")
def suggest() -> Response:
    """Autocomplete: completions of the last word of ``q``."""
    q = text_param("q", 100)
    arc = archive()
    found: list[str] = []
    for fld in ("person", "municipality"):
        found += arc.autocomplete(q, fld)
    if not found and len(q.split()) > 1:
        head, last = q.rsplit(None, 1)
        found = [f"{head} {c}" for fld in ("person", "municipality") for c in arc.autocomplete(last, fld)]
    return json_response({"query": q, "suggestions": list(dict.fromkeys(found))[:10]})


api_doc(
    "/api/vorschlag",
    "Vorschläge (Personen, Gemeinden) zu einem Suchbeginn",
    params=[
        {"name": "q", "in": "query", "schema": {"type": "string", "maxLength": 100}},
    ],
    schema={
        "type": "object",
        "properties": {
            "query": {"type": "string"},
            "suggestions": {"type": "array", "items": {"type": "string"}},
        },
    },
)
