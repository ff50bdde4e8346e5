"""Start page, about page and the OpenAPI description."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, Response, redirect, url_for

from web.app import archive
from web.atom import feed_response
from web.negotiate import api_doc, json_response, page, respond
from web.params import FACET_LABELS, MAX_EXPORT, MAX_PAGE, MAX_PER_PAGE, MAX_QUERY_CHARS

bp = Blueprint("pages", __name__)

LATEST = 10


def hit_of(record: Any) -> dict[str, Any]:
    """Return the short JSON form of a record used in lists."""
    return {
        "id": record.id,
        "title": record.title,
        "date": record.date,
        "place": record.place,
        "publisher": record.publisher,
        "url": url_for("release.release", record_id=record.id),
    }


@page(bp, "/", "Startseite: neueste Mitteilungen und Bestand des Archivs", json_rule="/index.json")
def home(fmt: str) -> Response:
    """Start page: latest releases, search box, what the archive holds."""
    arc = archive()
    stats = arc.stats()
    latest = [hit_of(r) for r in arc.latest(LATEST)]
    facets = arc.overview_facets()
    data = {
        "stats": stats,
        "latest": latest,
        "publishers": facets.get("publisher", []),
        "categories": facets.get("category", []),
    }
    return respond(fmt, "home.html", data, facet_labels=FACET_LABELS)


bp.add_url_rule("/.json", "home_dotjson", home, defaults={"fmt": "json"})
api_doc("/.json", "Startseite als JSON (wie /index.json)", schema={"type": "object"})


@page(bp, "/ueber", "Über das Archiv und die Programmierschnittstelle")
def about(fmt: str) -> Response:
    """About page with the API documentation."""
    from web.openapi import build_spec

    spec = build_spec()
    routes = [{"path": path, "summary": op["get"]["summary"]} for path, op in sorted(spec["paths"].items())]
    data = {
        "about": "Das Pressearchiv sammelt Pressemitteilungen öffentlicher Stellen in Deutschland, "
        "bereitet sie als strukturierte Datensätze auf und macht sie durchsuchbar.",
        "limits": {
            "query_chars": MAX_QUERY_CHARS,
            "per_page": MAX_PER_PAGE,
            "page": MAX_PAGE,
            "export_rows": MAX_EXPORT,
        },
        "openapi": url_for("pages.openapi"),
        "routes": routes,
    }
    return respond(fmt, "about.html", data)


@bp.route("/favicon.ico")
def favicon() -> Response:
    """Browsers ask for /favicon.ico; answer with the SVG icon."""
    return redirect(url_for("static", filename="favicon.svg"), 301)  # type: ignore[return-value]


@bp.route("/api/openapi.json")
def openapi() -> Response:
    """The OpenAPI 3 description of every JSON route."""
    from web.openapi import build_spec

    return json_response(build_spec())


api_doc("/api/openapi.json", "OpenAPI-3-Beschreibung dieser Schnittstelle", schema={"type": "object"})


@bp.route("/feed.atom")
def latest_feed() -> Response:
    """Atom feed of the latest releases."""
    entries = [_entry(r) for r in archive().latest(50)]
    return feed_response(
        feed_id="tag:pressearchiv,2024:neueste",
        title="Pressearchiv – neueste Mitteilungen",
        self_url=url_for("pages.latest_feed", _external=True),
        alt_url=url_for("pages.home", _external=True),
        entries=entries,
    )


api_doc("/feed.atom", "Atom-Feed der neuesten Mitteilungen", media="application/atom+xml")


def _entry(record: Any) -> dict[str, Any]:
    """Return an Atom entry dict for a record."""
    summary = (record.subtitle or record.body or "")[:400]
    return {
        "id": f"tag:pressearchiv,2024:mitteilung/{record.id}",
        "title": record.title,
        "url": url_for("release.release", record_id=record.id, _external=True),
        "date": record.date,
        "author": record.publisher,
        "summary": summary,
    }


entry_of = _entry
