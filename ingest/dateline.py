"""The dateline that opens a release: ``(Hohen Neuendorf) Die …``, ``Potsdam (dpa/bb) –``,
``Dresden (7. Oktober 2015) –``, ``Neustadt in Sachsen, 28. Oktober 2016``."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.dates import WEEKDAY_RE, leading_date, parse_date

_CONNECT = r"(?:in|an|am|im|bei|ob|vor|der|den|dem|auf|unter|über|a\.|i\.|v\.d\.|b\.|St\.)"
_WORD = r"[A-ZÄÖÜ][\wäöüßÄÖÜ'’.\-]*(?:/[A-ZÄÖÜ][\wäöüß.\-]*)?"
PLACE = rf"{_WORD}(?:[ ](?:{_CONNECT}|{_WORD}|\([A-ZÄÖÜ][\wäöüß .\-]*\))){{0,4}}"
_DASH = r"\s*[–—-]\s*"
_PAREN_ONLY = re.compile(r"^\(([^()]{2,60})\)\s*(?:[–—-]\s*|:\s*)?")
_PLACE_PAREN = re.compile(rf"^({PLACE})\s*\(([^()]{{1,60}})\)\s*(?:[–—:-]\s*|\.\s+)?")
_PLACE_COMMA_DATE = re.compile(rf"^({PLACE}),?\s+(?:{WEEKDAY_RE}\s*)?(?:den\s+)?(?=\d)")
_PLACE_DASH = re.compile(rf"^({PLACE}){_DASH}(?=[A-ZÄÖÜ„\"»0-9])")
_STOP_FIRST = {
    "Die",
    "Der",
    "Das",
    "Am",
    "Im",
    "In",
    "Mit",
    "Nach",
    "Auch",
    "Heute",
    "Wie",
    "Ein",
    "Eine",
    "Für",
    "Zum",
    "Zur",
    "Bei",
    "Von",
    "Vom",
    "Seit",
    "Ab",
    "Bis",
    "Unter",
    "Über",
    "Auf",
    "Aus",
    "Es",
    "Er",
    "Sie",
    "Wir",
    "Ich",
    "Dies",
    "Diese",
    "Dieser",
    "Damit",
    "Dazu",
    "Rund",
    "Insgesamt",
    "Anlässlich",
    "Foto",
    "Bild",
}
_AGENCY = re.compile(
    r"^(?:[a-z]{2,5}(?:/[a-z]{1,4})?|[A-Z]{2,6}(?:/[A-Za-z]{1,4})?|ots|pm|red\.?|PM|dpa.*|epd.*)$"
)


@dataclass
class Dateline:
    """Place and/or date stated at the start of the first paragraph."""

    place: str | None
    date: str | None


def _placey(text: str) -> bool:
    words = text.split()
    if not words or len(words) > 6 or words[0] in _STOP_FIRST or re.search(r"\d", text):
        return False
    return re.fullmatch(PLACE, text) is not None


def parse_dateline(text: str) -> Dateline | None:
    """Parse the dateline at the start of ``text``, or return ``None``."""
    text = text.lstrip()
    lead = leading_date(text)
    if lead and text.startswith("["):
        return Dateline(None, lead[0])
    m = _PAREN_ONLY.match(text)
    if m:
        inner = m.group(1).strip()
        date = parse_date(inner)
        if date:
            return Dateline(None, date)
        if _AGENCY.match(inner):
            return None
        if "/" in inner and parse_date(inner.split("/")[-1]):
            place = inner.split("/")[0].strip()
            return Dateline(place if _placey(place) else None, parse_date(inner.split("/")[-1]))
        return Dateline(inner, None) if _placey(inner) else None
    m = _PLACE_COMMA_DATE.match(text)
    if m and _placey(m.group(1)):
        rest = leading_date(text[m.end() :])
        if rest:
            return Dateline(m.group(1), rest[0])
    m = _PLACE_PAREN.match(text)
    if m and _placey(m.group(1)):
        return Dateline(m.group(1), parse_date(m.group(2)))
    m = _PLACE_DASH.match(text)
    if m and _placey(m.group(1)) and len(m.group(1).split()) <= 4:
        return Dateline(m.group(1), None)
    return None
