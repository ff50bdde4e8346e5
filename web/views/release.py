"""One release: the page, fixed versions, version list, similar releases, raw source."""

from __future__ import annotations

from dataclasses import asdict
from datetime import UTC, datetime
from typing import Any

from flask import Blueprint, Response, abort, url_for

from archive.entities import quote_anchor
from archive.record import Record, json_schema
from web.app import archive, de_date
from web.negotiate import api_doc, json_response, page, respond
from web.views.pages import hit_of

bp = Blueprint("release", __name__)

ID_PARAM = [{"name": "record_id", "in": "path", "required": True, "schema": {"type": "string"}}]
VERSION_PARAM = [{"name": "version", "in": "path", "required": True, "schema": {"type": "integer"}}]
RECORD_REF = {"$ref": "#/components/schemas/Record"}


def body_blocks(body: str) -> list[dict[str, Any]]:
    """Split a clean body into paragraphs and bullet lists."""
    blocks: list[dict[str, Any]] = []
    for chunk in body.split("\n\n"):
        lines = [ln for ln in chunk.strip().split("\n") if ln.strip()]
        if not lines:
            continue
        if all(ln.startswith("- ") for ln in lines):
            blocks.append({"kind": "list", "items": [ln[2:] for ln in lines]})
        else:
            blocks.append({"kind": "para", "text": " ".join(ln.strip() for ln in lines)})
    return blocks


def citation(record: Record, url: str, version: int | None = None) -> str:
    """Return a German citation text for the release."""
    today = datetime.now(UTC).strftime("%d.%m.%Y")
    parts = [record.publisher or "Unbekannter Herausgeber"]
    title = f"„{record.title}“" if record.title else "„(ohne Titel)“"
    when = f"Pressemitteilung vom {de_date(record.date)}" if record.date else "Pressemitteilung, undatiert"
    place = f", {record.place}" if record.place else ""
    ver = f", Version {version}" if version else ""
    return f"{parts[0]}: {title}. {when}{place}. Pressearchiv{ver}. {url} (abgerufen am {today})."


def quote_citation(record: Record, speaker: Any, url: str) -> str:
    """Return a citation text for one quote."""
    role = f" ({speaker.role})" if speaker.role else ""
    title = f"„{record.title}“" if record.title else "(ohne Titel)"
    return (
        f"{speaker.name}{role}, zitiert in: {record.publisher or 'Pressemitteilung'}, {title}, "
        f"{de_date(record.date)}. {url}"
    )


def _load(record_id: str, version: int | None = None) -> Record:
    record = archive().get(record_id, version)
    if record is None:
        abort(404)
    return record


def _context(record: Record, *, fixed_version: bool) -> dict[str, Any]:
    arc = archive()
    permalink = url_for("release.release", record_id=record.id, _external=True)
    version_link = url_for(
        "release.release_version", record_id=record.id, version=record.version, _external=True
    )
    speakers = []
    person_ids = arc.entities().person_ids_in(record.id) if record.speakers else {}
    for sp in record.speakers:
        speakers.append(
            {
                "sp": sp,
                "key": person_ids.get(sp.name),
                "quotes": [
                    {
                        "text": q,
                        "anchor": quote_anchor(q),
                        "cite": quote_citation(record, sp, f"{version_link}#{quote_anchor(q)}"),
                    }
                    for q in sp.quotes
                ],
            }
        )
    return {
        "record": record,
        "blocks": body_blocks(record.body),
        "speakers": speakers,
        "versions": arc.versions(record.id),
        "times": arc.ingest_times(record.id),
        "similar": arc.more_like_this(record.id, 5),
        "permalink": permalink,
        "version_link": version_link,
        "cite": citation(record, version_link, record.version),
        "fixed_version": fixed_version,
        "jsonld": {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": record.title,
            "datePublished": record.date,
            "publisher": {"@type": "Organization", "name": record.publisher} if record.publisher else None,
            "url": permalink,
            "inLanguage": record.language,
        },
    }


@page(
    bp,
    "/mitteilung/<rid:record_id>",
    "Eine Mitteilung (der Datensatz, wie `pressearchiv show --json`)",
    params=ID_PARAM,
    schema=RECORD_REF,
)
def release(fmt: str, record_id: str) -> Response:
    """A release page; its JSON twin is exactly ``record.to_dict()``."""
    record = _load(record_id)
    return respond(fmt, "release.html", record.to_dict(), **_context(record, fixed_version=False))


@page(
    bp,
    "/mitteilung/<rid:record_id>/v<int:version>",
    "Eine bestimmte Fassung einer Mitteilung",
    params=ID_PARAM + VERSION_PARAM,
    schema=RECORD_REF,
)
def release_version(fmt: str, record_id: str, version: int) -> Response:
    """A fixed version of a release (citation-grade permalink)."""
    record = _load(record_id, version)
    return respond(fmt, "release.html", record.to_dict(), **_context(record, fixed_version=True))


@page(
    bp,
    "/mitteilung/<rid:record_id>/versionen",
    "Fassungen und Erfassungszeiten einer Mitteilung",
    params=ID_PARAM,
    schema={"type": "object"},
)
def versions(fmt: str, record_id: str) -> Response:
    """Versions of a release with ingest times."""
    record = _load(record_id)
    arc = archive()
    times = arc.ingest_times(record_id)
    data = {
        "id": record.id,
        "title": record.title,
        "current_version": record.version,
        "first_ingested": times[0] if times else None,
        "last_ingested": times[1] if times else None,
        "versions": [
            {
                **asdict(v),
                "url": url_for("release.release_version", record_id=record.id, version=v.version),
                "source": url_for("release.source", record_id=record.id, version=v.version),
            }
            for v in arc.versions(record_id)
        ],
    }
    return respond(fmt, "versions.html", data, record=record)


@page(
    bp,
    "/mitteilung/<rid:record_id>/aehnlich",
    "Ähnliche Mitteilungen",
    params=ID_PARAM,
    schema={"type": "object"},
)
def similar(fmt: str, record_id: str) -> Response:
    """Releases similar to this one."""
    record = _load(record_id)
    hits = archive().more_like_this(record_id, 10)
    for h in hits:
        h["url"] = url_for("release.release", record_id=h["id"])
    data = {"id": record.id, "title": record.title, "similar": hits}
    return respond(fmt, "similar.html", data, record=record)


@bp.route("/mitteilung/<rid:record_id>/v<int:version>/quelle")
def source(record_id: str, version: int) -> Response:
    """The raw source bytes of a version, as plain text (never rendered as HTML)."""
    raw = archive().raw(record_id, version)
    if raw is None:
        abort(404)
    resp = Response(raw, mimetype="text/plain")
    resp.headers["Content-Type"] = "text/plain; charset=utf-8"
    resp.headers["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return resp


api_doc(
    "/mitteilung/{record_id}/v{version}/quelle",
    "Die Rohdaten einer Fassung (Text)",
    params=ID_PARAM + VERSION_PARAM,
    media="text/plain",
)


def record_schema() -> dict[str, Any]:
    """Return the record JSON schema split into OpenAPI components."""
    return json_schema()


@bp.route("/api/schema/record.json")
def schema() -> Response:
    """The JSON Schema of a record."""
    return json_response(json_schema())


api_doc("/api/schema/record.json", "JSON-Schema eines Datensatzes", schema={"type": "object"})

_ = hit_of
