"""Postal addresses and contact lines (street, postcode, phone, mail), shared by the boilerplate and
headline steps."""

from __future__ import annotations

import re

# a postal address: street and number plus postcode and town
STREET = re.compile(
    r"\b(?:[A-ZÄÖÜ][\wäöüß.-]*(?i:straße|strasse|str\.|weg|platz|allee|chaussee|ring|gasse|damm|ufer|markt|"
    r"hof|steig|promenade)|(?:Markt|Ring|Anger|Wall|Damm|Platz|Hof)|"  # a street named by the word alone
    # an adjective before the street word (``Berliner Str.``)
    r"[A-ZÄÖÜ][\wäöüß-]+er\s+(?i:straße|strasse|str\.|weg|platz|allee|chaussee|ring|damm)|"
    r"(?:Am|An der|An den|Im|In der|Auf dem|Auf der|Zum|Zur|Unter den)\s+[A-ZÄÖÜ][\wäöüß-]+)"
    r"\s+\d{1,4}\s?[a-z]?\b"
)
POSTCODE = re.compile(r"\b\d{5}\s+[A-ZÄÖÜ]\w+")
# a line of a contact block: phone, fax, mail, web, postcode, post box
CONTACT_LINE = re.compile(
    r"(?:\bTel(?:efon)?\.?\s*:?\s*[+(\d]|\bFax\.?\s*:?\s*[+(\d]|\bE-?Mail\s*:|[\w.+-]+@[\w-]+\.[\w.]+|"
    r"\bwww\.\S+|\b\d{5}\s+[A-ZÄÖÜ]\w+|\bPostfach\b|"
    r"(?:^|\n)[TtFfMm]\s*:\s*\+?[(\d])"  # ``t: +49(0)355 …``, ``f: …``: a phone or fax line
)


def is_address(text: str) -> bool:
    """A short line that states a postal address (street and postcode)."""
    return len(text) < 220 and bool(STREET.search(text)) and bool(POSTCODE.search(text))
