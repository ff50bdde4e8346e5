"""Flask application factory for the Pressearchiv site and JSON API."""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

from flask import Flask, Response, current_app, request
from markupsafe import Markup, escape
from werkzeug.exceptions import HTTPException

from web.access import Archive
from web.errors import UserError
from web.negotiate import json_response, wants_json

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'; "
    "manifest-src 'self'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}
MONTHS = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
]
_MARK = re.compile(r"(</?mark>)")
_XML_BAD = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


ERROR_TITLES = {
    400: "Ungültige Anfrage",
    404: "Seite nicht gefunden",
    405: "Methode nicht erlaubt",
    500: "Interner Fehler",
}
ERROR_TEXTS = {
    404: "Diese Adresse gibt es im Pressearchiv nicht. Vielleicht hilft die Suche weiter.",
    405: "Diese Adresse kann nur gelesen werden.",
    500: "Beim Bearbeiten der Anfrage ist ein Fehler aufgetreten. Bitte versuchen Sie es später erneut.",
}


def safe_snippet(snippet: str | None) -> Markup:
    """Render a search snippet: text re-escaped, only balanced ``<mark>`` kept as markup."""
    if not snippet:
        return Markup("")
    out: list[str] = []
    open_mark = False
    for part in _MARK.split(snippet):
        if part == "<mark>" and not open_mark:
            out.append("<mark>")
            open_mark = True
        elif part == "</mark>" and open_mark:
            out.append("</mark>")
            open_mark = False
        elif part in ("<mark>", "</mark>"):
            continue
        else:
            out.append(str(escape(html.unescape(part))))
    if open_mark:
        out.append("</mark>")
    return Markup("".join(out))


def de_date(value: str | None) -> str:
    """Format ``YYYY-MM-DD`` / ``YYYY-MM`` / ``YYYY`` as a German date."""
    if not value:
        return "ohne Datum"
    parts = value.split("-")
    try:
        if len(parts) == 3:
            return f"{int(parts[2])}. {MONTHS[int(parts[1]) - 1]} {parts[0]}"
        if len(parts) == 2:
            return f"{MONTHS[int(parts[1]) - 1]} {parts[0]}"
    except (ValueError, IndexError):
        return value
    return value


def xml_text(value: Any) -> str:
    """Drop characters that XML 1.0 forbids."""
    return _XML_BAD.sub("", "" if value is None else str(value))


def de_number(value: int | float) -> str:
    """Format an integer with German thousands separators."""
    return f"{int(value):,}".replace(",", ".")


def create_app(data_dir: Path, *, testing: bool = False) -> Flask:
    """Create the site for the archive in ``data_dir`` (store plus ``index/``)."""
    app = Flask(__name__, static_folder="static", template_folder="templates")
    app.config.update(
        TESTING=testing,
        JSON_AS_ASCII=False,
        MAX_CONTENT_LENGTH=64 * 1024,
        SEND_FILE_MAX_AGE_DEFAULT=3600,
    )
    app.extensions["archive"] = Archive(Path(data_dir))
    app.jinja_env.filters.update(de_date=de_date, snippet=safe_snippet, de_number=de_number)
    app.jinja_env.globals.update(site_name="Pressearchiv")
    app.jinja_env.trim_blocks = True
    app.jinja_env.lstrip_blocks = True

    from web.views import register

    register(app)

    @app.after_request
    def _headers(resp: Response) -> Response:
        for name, value in SECURITY_HEADERS.items():
            resp.headers.setdefault(name, value)
        if resp.mimetype == "text/html" and "Cache-Control" not in resp.headers:
            resp.headers["Cache-Control"] = "no-cache"
        return resp

    @app.errorhandler(HTTPException)
    def _http_error(exc: HTTPException) -> Response:
        code = exc.code or 500
        message = exc.message if isinstance(exc, UserError) else ERROR_TEXTS.get(code, exc.description or "")
        return error_response(code, message)

    @app.errorhandler(Exception)
    def _server_error(exc: Exception) -> Response:
        current_app.logger.exception("Fehler bei %s", request.path)
        return error_response(500, ERROR_TEXTS[500])

    return app


def error_response(code: int, message: str) -> Response:
    """Render a German error page (or JSON for the twins)."""
    from flask import render_template

    title = ERROR_TITLES.get(code, "Fehler")
    fmt = "json" if request.path.endswith(".json") or request.path.startswith("/api/") else "html"
    if wants_json(fmt):
        return json_response({"error": {"status": code, "title": title, "message": message}}, code)
    try:
        body = render_template("error.html", code=code, title=title, message=message)
    except Exception:  # the error page itself must never fail
        body = f"<!doctype html><html lang=de><title>{code}</title><p>{escape(message)}</p></html>"
    return Response(body, status=code, mimetype="text/html")


def archive() -> Archive:
    """Return the archive of the current app."""
    return current_app.extensions["archive"]
