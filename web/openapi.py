"""The OpenAPI 3.1 description, generated from the registered routes."""

from __future__ import annotations

import json
import re
from typing import Any

from archive.record import json_schema
from web.negotiate import ROUTES

_VAR = re.compile(r"<(?:[a-z]+:)?([a-z_]+)>")


def openapi_path(rule: str) -> str:
    """Turn a Flask rule into an OpenAPI path template."""
    return _VAR.sub(r"{\1}", rule)


def _components() -> dict[str, Any]:
    schema = json_schema()
    defs = schema.pop("$defs", {})
    for key in ("$schema", "$id"):
        schema.pop(key, None)
    schemas = {"Record": schema, **defs}
    text = json.dumps(schemas).replace('"#/$defs/', '"#/components/schemas/')
    return json.loads(text)


def build_spec() -> dict[str, Any]:
    """Return the OpenAPI document of every JSON (and feed/export) route."""
    paths: dict[str, Any] = {}
    for doc in ROUTES:
        path = openapi_path(doc.rule)
        params = [dict(p) for p in doc.params]
        for p in params:
            if p.get("in") == "path":
                p["required"] = True
        content_schema = doc.schema or ({"type": "string"} if doc.media != "application/json" else {})
        op = {
            "summary": doc.summary,
            "operationId": re.sub(r"[^A-Za-z0-9]+", "_", path).strip("_") or "root",
            "parameters": params,
            "responses": {
                "200": {"description": "Erfolg", "content": {doc.media: {"schema": content_schema}}},
                "400": {"description": "Ungültige Anfrage (z. B. zu lange Suchanfrage)"},
                "404": {"description": "Nicht gefunden"},
            },
        }
        if doc.html:
            op["description"] = (
                "JSON-Zwilling einer HTML-Seite; dieselbe Adresse ohne `.json` liefert HTML, "
                "mit `Accept: application/json` ebenfalls JSON."
            )
        paths[path] = {"get": op}
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Pressearchiv",
            "version": "1.0",
            "description": "Pressemitteilungen öffentlicher Stellen: Suche, Mitteilungen, Personen, Orte.",
        },
        "paths": dict(sorted(paths.items())),
        "components": {"schemas": _components()},
    }
