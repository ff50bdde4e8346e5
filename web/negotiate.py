"""HTML pages with JSON twins: one view function serves ``/path`` and ``/path.json``."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from flask import Blueprint, Response, render_template, request


@dataclass
class RouteDoc:
    """What the OpenAPI description says about one route."""

    rule: str
    summary: str
    params: list[dict[str, Any]] = field(default_factory=list)
    schema: dict[str, Any] | None = None
    html: bool = True
    media: str = "application/json"


ROUTES: list[RouteDoc] = []


def page(
    bp: Blueprint,
    rule: str,
    summary: str,
    *,
    params: list[dict[str, Any]] | None = None,
    schema: dict[str, Any] | None = None,
    json_rule: str | None = None,
) -> Callable[[Callable[..., Response]], Callable[..., Response]]:
    """Register ``rule`` as HTML page and ``rule + '.json'`` as its JSON twin."""

    def deco(fn: Callable[..., Response]) -> Callable[..., Response]:
        name = fn.__name__
        bp.add_url_rule(rule, name, fn, defaults={"fmt": "html"}, strict_slashes=False)
        jr = json_rule or rule + ".json"
        bp.add_url_rule(jr, name + "_json", fn, defaults={"fmt": "json"})
        ROUTES.append(RouteDoc(jr, summary, params or [], schema))
        return fn

    return deco


def api_doc(
    rule: str,
    summary: str,
    *,
    params: list[dict[str, Any]] | None = None,
    schema: dict[str, Any] | None = None,
    media: str = "application/json",
) -> None:
    """Describe a non-page route (JSON, feeds, exports) for the OpenAPI description."""
    ROUTES.append(RouteDoc(rule, summary, params or [], schema, html=False, media=media))


def wants_json(fmt: str) -> bool:
    """True for the ``.json`` twin or when the client prefers JSON over HTML."""
    if fmt == "json":
        return True
    best = request.accept_mimetypes.best_match(["text/html", "application/json"])
    return (
        best == "application/json"
        and request.accept_mimetypes["application/json"] > (request.accept_mimetypes["text/html"])
    )


def json_response(data: Any, status: int = 200) -> Response:
    """Serialise ``data`` as UTF-8 JSON."""
    body = json.dumps(data, ensure_ascii=False, indent=2)
    resp = Response(body + "\n", status=status, mimetype="application/json")
    resp.headers["Vary"] = "Accept"
    return resp


def respond(fmt: str, template: str, data: Any, status: int = 200, **context: Any) -> Response:
    """Return ``data`` as JSON for the twin, else the rendered template."""
    if wants_json(fmt):
        return json_response(data, status)
    resp = Response(render_template(template, data=data, **context), status=status, mimetype="text/html")
    resp.headers["Vary"] = "Accept"
    return resp
