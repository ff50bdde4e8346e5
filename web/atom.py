"""Atom 1.0 feeds (RFC 4287) built with ElementTree, so every text is escaped."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from flask import Response

from web.app import xml_text

ATOM_NS = "http://www.w3.org/2005/Atom"


def _ts(date: str | None, fallback: str) -> str:
    """Return an RFC 3339 timestamp for a ``YYYY-MM-DD`` date (or the fallback)."""
    if date and len(date) == 10:
        return f"{date}T00:00:00Z"
    return fallback


def _sub(parent: ET.Element, tag: str, text: Any = None, **attrs: str) -> ET.Element:
    el = ET.SubElement(parent, f"{{{ATOM_NS}}}{tag}", {k: xml_text(v) for k, v in attrs.items()})
    if text is not None:
        el.text = xml_text(text)
    return el


def feed_response(
    *, feed_id: str, title: str, self_url: str, alt_url: str, entries: Iterable[dict[str, Any]]
) -> Response:
    """Return an Atom feed; entries carry id, title, url, date, summary, (author)."""
    now = datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    ET.register_namespace("", ATOM_NS)
    feed = ET.Element(f"{{{ATOM_NS}}}feed", {"xml:lang": "de"})
    _sub(feed, "id", feed_id)
    _sub(feed, "title", title)
    _sub(feed, "link", rel="self", type="application/atom+xml", href=self_url)
    _sub(feed, "link", rel="alternate", type="text/html", href=alt_url)
    author = _sub(feed, "author")
    _sub(author, "name", "Pressearchiv")
    _sub(feed, "generator", "Pressearchiv")
    updated_el = _sub(feed, "updated", now)
    newest = ""
    for e in entries:
        entry = _sub(feed, "entry")
        _sub(entry, "id", e["id"])
        _sub(entry, "title", e.get("title") or "(ohne Titel)")
        _sub(entry, "link", rel="alternate", type="text/html", href=e["url"])
        updated = _ts(e.get("date"), e.get("updated") or now)
        newest = max(newest, updated)
        _sub(entry, "updated", updated)
        if e.get("date") and len(e["date"]) == 10:
            _sub(entry, "published", updated)
        if e.get("author"):
            a = _sub(entry, "author")
            _sub(a, "name", e["author"])
        if e.get("summary"):
            _sub(entry, "summary", e["summary"], type="text")
    updated_el.text = newest or now
    body = ET.tostring(feed, encoding="utf-8", xml_declaration=True)
    return Response(body, mimetype="application/atom+xml")
