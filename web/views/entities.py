"""Person and municipality pages, their feeds, and a name look-up for member lists."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, Response, abort, redirect, request, url_for

from archive.entities import PersonEntry, PlaceEntry, Release
from web.access import KEY_RE
from web.app import archive
from web.atom import feed_response
from web.negotiate import api_doc, page, respond
from web.params import text_param
from web.svg import municipality_map

bp = Blueprint("entities", __name__)

PKEY = [{"name": "key", "in": "path", "required": True, "schema": {"type": "string"}}]
AKEY = [
    {
        "name": "key",
        "in": "path",
        "required": True,
        "schema": {"type": "string", "pattern": r"^(\d{5}|\d{8}|\d{9}|\d{12})$"},
    }
]
KIND_BY_LEN = {5: "Kreis", 8: "Gemeinde", 9: "Amt/Verband", 12: "Gemeinde (ARS)"}


def _releases(refs: list[Release]) -> list[dict[str, Any]]:
    items = [
        {"id": r.id, "title": r.title, "date": r.date, "url": url_for("release.release", record_id=r.id)}
        for r in refs
    ]
    return sorted(items, key=lambda x: (x["date"] or "", x["id"]), reverse=True)


def person_data(entry: PersonEntry) -> dict[str, Any]:
    """Return the JSON of a person page."""
    roles = list(entry.roles)
    quotes = sorted(
        (
            {
                "text": q.text,
                "date": q.date,
                "role": q.role,
                "organisation": q.organisation,
                "release": q.record_id,
                "title": q.title,
                "url": url_for("release.release", record_id=q.record_id) + "#" + q.anchor,
            }
            for q in entry.quotes
        ),
        key=lambda q: (q["date"] or "", q["release"]),
        reverse=True,
    )
    return {
        "key": entry.key,
        "name": entry.name,
        "roles": roles,
        "quotes": quotes,
        "releases": _releases(entry.releases),
    }


@page(bp, "/personen", "Alle zitierten Personen", schema={"type": "object"})
def persons(fmt: str) -> Response:
    """List of all quoted persons."""
    items = [
        {
            "key": p.key,
            "name": p.name,
            "quotes": p.quotes,
            "releases": p.releases,
            "url": url_for("entities.person", key=p.key),
        }
        for p in archive().entities().persons()
    ]
    return respond(fmt, "persons.html", {"persons": items})


@page(
    bp,
    "/person/<pkey:key>",
    "Eine Person: Zitate, Rollen im Zeitverlauf, Mitteilungen",
    params=PKEY,
    schema={"type": "object"},
)
def person(fmt: str, key: str) -> Response:
    """A person: every quote with date and role, roles over time, releases."""
    entry = archive().entities().person(key)
    if entry is None:
        abort(404)
    return respond(fmt, "person.html", person_data(entry))


@bp.route("/person/<pkey:key>.atom")
def person_feed(key: str) -> Response:
    """Atom feed of the releases quoting a person."""
    entry = archive().entities().person(key)
    if entry is None:
        abort(404)
    return _feed(
        f"person/{key}",
        f"Pressearchiv – {entry.name}",
        entry.releases,
        url_for("entities.person_feed", key=key, _external=True),
        url_for("entities.person", key=key, _external=True),
    )


def place_data(key: str, entry: PlaceEntry | None) -> dict[str, Any]:
    """Return the JSON of a municipality page (gazetteer facts plus releases)."""
    arc = archive()
    gaz = arc.gazetteer_entry(key) or {}
    names = sorted((entry.names if entry else {}).items(), key=lambda kv: -kv[1])
    kinds = sorted((entry.kinds if entry else {}).items(), key=lambda kv: -kv[1])
    name = gaz.get("name") or gaz.get("official_name") or (names[0][0] if names else key)
    return {
        "key": key,
        "name": name,
        "official_name": gaz.get("official_name") or gaz.get("name"),
        "kind": gaz.get("kind") or (kinds[0][0] if kinds else KIND_BY_LEN.get(len(key))),
        "kreis": gaz.get("kreis") or gaz.get("kreis_name"),
        "amt": gaz.get("amt") or gaz.get("amt_name") or gaz.get("verband"),
        "population": gaz.get("population"),
        "point": gaz.get("point"),
        "names_as_written": [n for n, _ in names],
        "memberships": sorted(
            entry.memberships if entry else [], key=lambda m: m["date"] or "", reverse=True
        ),
        "releases": _releases(entry.releases if entry else []),
        "gazetteer": bool(gaz),
    }


def _point(value: Any) -> tuple[float, float] | None:
    if isinstance(value, dict):
        lon, lat = value.get("lon"), value.get("lat")
        return (float(lon), float(lat)) if lon is not None and lat is not None else None
    if isinstance(value, list | tuple) and len(value) == 2:
        return float(value[0]), float(value[1])
    return None


@page(
    bp,
    "/gemeinde/<akey:key>",
    "Eine Gemeinde (oder ein Amt, ein Kreis) nach amtlichem Schlüssel",
    params=AKEY,
    schema={"type": "object"},
)
def municipality(fmt: str, key: str) -> Response:
    """A municipality: official name and key, Kreis, Amt, releases, memberships, map."""
    arc = archive()
    entry = arc.entities().place(key)
    data = place_data(key, entry)
    if entry is None and not data["gazetteer"]:
        abort(404)
    svg = municipality_map(arc.gazetteer_boundary(key), _point(data["point"]), f"Lage von {data['name']}")
    return respond(fmt, "municipality.html", data, map_svg=svg)


@bp.route("/gemeinde/<akey:key>.atom")
def municipality_feed(key: str) -> Response:
    """Atom feed of the releases naming a municipality."""
    entry = archive().entities().place(key)
    if entry is None:
        abort(404)
    data = place_data(key, entry)
    return _feed(
        f"gemeinde/{key}",
        f"Pressearchiv – {data['name']}",
        entry.releases,
        url_for("entities.municipality_feed", key=key, _external=True),
        url_for("entities.municipality", key=key, _external=True),
    )


@page(
    bp,
    "/gemeinde",
    "Gemeinde nach Namen nachschlagen (für Mitgliederlisten ohne Schlüssel)",
    params=[
        {"name": "name", "in": "query", "required": True, "schema": {"type": "string"}},
        {"name": "art", "in": "query", "schema": {"type": "string"}},
    ],
    schema={"type": "object"},
)
def lookup(fmt: str) -> Response:
    """Find a municipality by name; a unique match redirects to its page."""
    name = text_param("name", 200)
    kind = text_param("art", 40) or None
    arc = archive()
    found = arc.gazetteer_by_name(name, kind) if name else []
    matches = []
    for f in found:
        key = str(f.get("ags") or f.get("key") or "")
        if KEY_RE.match(key):
            matches.append(
                {
                    "key": key,
                    "name": f.get("name"),
                    "kind": f.get("kind"),
                    "url": url_for("entities.municipality", key=key),
                }
            )
    if not matches and name:
        for place in arc.entities().places_named(name):
            matches.append(
                {
                    "key": place.key,
                    "name": name,
                    "kind": place.kind,
                    "url": url_for("entities.municipality", key=place.key),
                }
            )
    data = {
        "name": name,
        "kind": kind,
        "matches": matches,
        "search": url_for("search.search", q=f'"{name}"') if name else None,
    }
    if fmt == "html" and len(matches) == 1 and "application/json" not in request.headers.get("Accept", ""):
        return redirect(matches[0]["url"], 303)  # type: ignore[return-value]
    return respond(fmt, "lookup.html", data)


def _feed(tag: str, title: str, refs: list[Release], self_url: str, alt_url: str) -> Response:
    from web.views.pages import entry_of

    ids = [r["id"] for r in _releases(refs)][:50]
    records = archive().get_many(ids)
    return feed_response(
        feed_id=f"tag:pressearchiv,2024:{tag}",
        title=title,
        self_url=self_url,
        alt_url=alt_url,
        entries=[entry_of(records[i]) for i in ids if i in records],
    )


api_doc(
    "/person/{key}.atom",
    "Atom-Feed der Mitteilungen mit einer Person",
    params=PKEY,
    media="application/atom+xml",
)
api_doc(
    "/gemeinde/{key}.atom",
    "Atom-Feed der Mitteilungen, die eine Gemeinde nennen",
    params=AKEY,
    media="application/atom+xml",
)
