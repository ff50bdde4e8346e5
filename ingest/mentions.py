"""Mentions of persons, places and organisations."""

from __future__ import annotations

import re

from archive.record import Mentions, PlaceMention, Record
from ingest.names import HONORIFIC, is_role_word, split_name

_ORG = re.compile(
    r"\b(?:(?:Stadt|Gemeinde|Amt|Landkreis|Zweckverband|Ministerium|Landesamt|Polizeidirektion|"
    r"Polizeipräsidium|Staatskanzlei|Landratsamt|Kreisverwaltung|Stadtverwaltung|Amtsverwaltung)"
    r"(?: (?:des|der|für|und) [A-ZÄÖÜ][\wäöüß-]*)*(?: [A-ZÄÖÜ][\wäöüß/()-]*){1,2}(?=[ ,.;]|$)|"
    r"[A-ZÄÖÜ][\wäöüß-]*(?: [A-ZÄÖÜ][\wäöüß-]*)? e\.\s?V\.)"
)
_ORG_STOP = {"Die", "Der", "Das", "Er", "Sie", "Es", "Wir", "Ich", "Dafür", "Mit", "Im", "Am", "In", "Auch"}
_PERSON = re.compile(
    rf"\b([A-ZÄÖÜ][\wäöüß-]+)\s+((?:{HONORIFIC}\s+)*[A-ZÄÖÜ][a-zäöüß]+\s+[A-ZÄÖÜ][a-zäöüß-]+)\b"
)
_PLACE_IN = re.compile(
    r"\b(?:in|aus|nach)\s+([A-ZÄÖÜ][a-zäöüß]+(?:[- ](?:an der|am|bei)?\s?[A-ZÄÖÜ][a-zäöüß]+)?)\b"
)
_NOT_PLACE = {
    "Zukunft",
    "Zusammenarbeit",
    "Verwaltungsfragen",
    "Kraft",
    "Betrieb",
    "Höhe",
    "Form",
    "Folge",
    "Anspruch",
    "Zeiten",
    "Abstimmung",
    "Ergänzung",
    "Vertretung",
    "Ruhe",
    "Sachen",
    "Summe",
}


def find_mentions(record: Record) -> Mentions:
    """Persons (speakers and role-named persons), places (dateline, members, ``in X``), organisations."""
    persons: list[str] = [s.name for s in record.speakers]
    for m in _PERSON.finditer(record.body):
        if is_role_word(m.group(1)):
            p = split_name(m.group(2).split())
            if p and p.given_name and p.name not in persons and not any(p.surname in x for x in persons):
                persons.append(p.name)
    places: list[str] = []
    if record.place:
        places.append(record.place)
    for ml in record.member_lists:
        places.extend(m.name for m in ml.members if m.kind is not None)
    for m in _PLACE_IN.finditer(record.body):
        name = m.group(1)
        if (
            name in places
            or name in _NOT_PLACE
            or name.endswith(("ung", "heit", "keit", "schaft", "ion", "tät"))
        ):
            continue
        if re.search(
            rf"\b(?:Stadt|Gemeinde|Amt|Landkreis)\s+{re.escape(name)}\b|\({re.escape(name)}\)", record.body
        ):
            places.append(name)
    orgs: list[str] = []
    for name in [record.publisher, *(s.organisation for s in record.speakers)]:
        if name and name not in orgs:
            orgs.append(name)
    for m in _ORG.finditer(record.body):
        name = m.group(0).strip()
        last = name.split()[-1]
        if last in _ORG_STOP or last[:1].islower():
            continue
        if name not in orgs and len(name.split()) <= 8:
            orgs.append(name)
    seen: set[str] = set()
    uniq_places = [p for p in places if not (p in seen or seen.add(p))]  # type: ignore[func-returns-value]
    return Mentions(persons=persons, places=[PlaceMention(name=p) for p in uniq_places], organisations=orgs)
