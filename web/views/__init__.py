"""The site's views, one small module per page family."""

from __future__ import annotations

from flask import Flask
from werkzeug.routing import BaseConverter


class _RegexConverter(BaseConverter):
    regex = "[^/.]+"


class RecordIdConverter(_RegexConverter):
    """A record id: no slashes, no dots (so ``.json`` is never part of it)."""

    regex = r"[A-Za-z0-9_~-][A-Za-z0-9_~-]{0,199}"


class PersonKeyConverter(_RegexConverter):
    """A person key: a lower-case slug."""

    regex = r"[a-z0-9][a-z0-9-]{0,119}"


class PlaceKeyConverter(_RegexConverter):
    """An official key: 5-digit Kreis, 8-digit AGS, 9-digit Verband, 12-digit ARS."""

    regex = r"\d{5}|\d{8}|\d{9}|\d{12}"


def register(app: Flask) -> None:
    """Register converters and every blueprint on ``app``."""
    app.url_map.converters.update(rid=RecordIdConverter, pkey=PersonKeyConverter, akey=PlaceKeyConverter)
    from web.views import entities, pages, release, search

    for mod in (pages, search, release, entities):
        app.register_blueprint(mod.bp)
