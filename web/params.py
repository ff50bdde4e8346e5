"""Parsing and limits of query parameters (German names in URLs)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from flask import request

from web.errors import UserError

MAX_QUERY_CHARS = 300
MAX_PER_PAGE = 100
MAX_PAGE = 1000
MAX_EXPORT = 10_000
MAX_FILTER_VALUES = 20
MAX_FILTER_CHARS = 200

#: URL parameter → facet field of the search API
FILTER_PARAMS = {
    "jahr": "year",
    "ort": "place",
    "person": "person",
    "gemeinde": "municipality",
    "herausgeber": "publisher",
    "kategorie": "category",
}
FACET_LABELS = {
    "year": "Jahr",
    "place": "Ort",
    "person": "Person",
    "municipality": "Gemeinde",
    "publisher": "Herausgeber",
    "category": "Kategorie",
}
SORTS = {"relevanz": "relevance", "datum": "date", "datum_auf": "date_asc"}
SORT_LABELS = {"relevanz": "Relevanz", "datum": "Neueste zuerst", "datum_auf": "Älteste zuerst"}
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@dataclass
class SearchParams:
    """A validated search request."""

    q: str = ""
    page: int = 1
    per_page: int = 20
    sort: str = "relevanz"
    filters: dict[str, list[str]] = field(default_factory=dict)
    date_from: str | None = None
    date_to: str | None = None

    def api_filters(self) -> dict[str, list[str]]:
        """Filters keyed by the search API's field names."""
        return {FILTER_PARAMS[k]: v for k, v in self.filters.items() if v}

    def url_args(self, **change: Any) -> dict[str, Any]:
        """Return URL parameters for this search with some changed (None drops one)."""
        args: dict[str, Any] = {"q": self.q}
        for k, v in self.filters.items():
            if v:
                args[k] = list(v)
        if self.date_from:
            args["von"] = self.date_from
        if self.date_to:
            args["bis"] = self.date_to
        if self.sort != "relevanz":
            args["sortierung"] = self.sort
        if self.per_page != 20:
            args["pro_seite"] = self.per_page
        if self.page != 1:
            args["seite"] = self.page
        for k, v in change.items():
            if v is None:
                args.pop(k, None)
            else:
                args[k] = v
        return args

    def toggle(self, param: str, value: str) -> dict[str, Any]:
        """URL parameters with a filter value added or removed (back to page 1)."""
        values = list(self.filters.get(param, []))
        if value in values:
            values.remove(value)
        else:
            values.append(value)
        return self.url_args(**{param: values or None, "seite": None})


def _int(name: str, default: int, low: int, high: int, label: str) -> int:
    raw = request.args.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise UserError(f"Der Parameter „{name}“ muss eine ganze Zahl sein.") from None
    if not low <= value <= high:
        raise UserError(f"{label} muss zwischen {low} und {high} liegen (angefragt: {value}).")
    return value


def text_param(name: str, max_chars: int = MAX_QUERY_CHARS) -> str:
    """Return a stripped text parameter, refusing overlong values."""
    value = request.args.get(name, "").strip()
    if len(value) > max_chars:
        raise UserError(f"Der Parameter „{name}“ ist zu lang ({len(value)} Zeichen, höchstens {max_chars}).")
    if "\x00" in value:
        raise UserError(f"Der Parameter „{name}“ enthält unzulässige Zeichen.")
    return value


def search_params(max_per_page: int = MAX_PER_PAGE) -> SearchParams:
    """Parse and check the search parameters of the current request."""
    q = text_param("q")
    if len(q) > MAX_QUERY_CHARS:
        raise UserError(f"Die Suchanfrage ist zu lang (höchstens {MAX_QUERY_CHARS} Zeichen).")
    sort = request.args.get("sortierung", "relevanz") or "relevanz"
    if sort not in SORTS:
        raise UserError("Unbekannte Sortierung; erlaubt sind: " + ", ".join(SORTS) + ".")
    filters: dict[str, list[str]] = {}
    for param in FILTER_PARAMS:
        values = [v.strip() for v in request.args.getlist(param) if v.strip()]
        if len(values) > MAX_FILTER_VALUES:
            raise UserError(f"Zu viele Werte für „{param}“ (höchstens {MAX_FILTER_VALUES}).")
        if any(len(v) > MAX_FILTER_CHARS or "\x00" in v for v in values):
            raise UserError(f"Ein Wert für „{param}“ ist zu lang oder ungültig.")
        if values:
            filters[param] = list(dict.fromkeys(values))
    dates = []
    for name in ("von", "bis"):
        raw = request.args.get(name, "").strip()
        if raw and not _DATE.match(raw):
            raise UserError(f"„{name}“ muss ein Datum der Form JJJJ, JJJJ-MM oder JJJJ-MM-TT sein.")
        dates.append(raw or None)
    return SearchParams(
        q=q,
        page=_int("seite", 1, 1, MAX_PAGE, "Die Seite"),
        per_page=_int("pro_seite", 20, 1, max_per_page, "Die Zahl der Treffer je Seite"),
        sort=sort,
        filters=filters,
        date_from=dates[0],
        date_to=dates[1],
    )


def export_limit() -> int:
    """Return the requested number of export rows (``max``), refusing more than allowed."""
    return _int("max", 1000, 1, MAX_EXPORT, "Die Zahl der exportierten Treffer")
