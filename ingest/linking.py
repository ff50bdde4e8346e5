"""Links names in a record (member lists, place mentions) to official keys via the gazetteer.

A member gets the 8-digit AGS of its municipality, the 9-digit Verbandsschlüssel of its Amt
or the 5-digit key of its Kreis, only where the link is certain; a member that looks like a
municipality but cannot be linked gets a warning. Associations (``Städte- und Gemeindebund
Brandenburg``, Zweckverbände) stay without a key. Names are resolved in the Land of the
record's dateline place when that is certain, else in Brandenburg.
"""

from __future__ import annotations

import re

from archive import gazetteer
from archive.record import Member, Record

DEFAULT_LAND = gazetteer.BRANDENBURG

# words that make a list entry an organisation rather than a territorial body
_ORGANISATION = re.compile(
    r"(?i)(bund\b|bundes\b|verband|verbände|verein|gesellschaft|gmbh|\be\.\s?v\.|\bag\b|ministerium|"
    r"kammer|stiftung|landkreistag|städtetag|gemeindetag|rechenzentrum|\bkrz\b|dienstleister|"
    r"institut|universität|hochschule|agentur|anstalt|betrieb|werke?\b|zentrum|gremium|beirat)"
)


def looks_like_organisation(name: str) -> bool:
    """True for names such as ``Städte- und Gemeindebund Brandenburg`` or ``Zweckverband …``."""
    return bool(_ORGANISATION.search(name))


def context_land(record: Record) -> str:
    """The Land whose places the record most likely means: that of its dateline place, if certain."""
    if record.place:
        found = gazetteer.link(record.place, land=None)
        if found is not None and found.entry.level == "gemeinde":
            return found.entry.land
    return DEFAULT_LAND


def _cohere(members: list[Member]) -> None:
    """Members of one list are neighbours: where most of them lie in one Kreis, a member linked elsewhere
    (``Forst`` in Brandenburg beside Bruchsal and Hambrücken) or not at all (``Höchstädt``) is relinked to the
    municipality of that name in the Kreis, if it has exactly one."""
    local = [m for m in members if m.kind != "Landkreis" and m.kind != "Verband"]
    kreise = {m.key[:5] for m in local if m.key and len(m.key) in {8, 9}}
    named = [gazetteer.kreise_named(m.name) for m in local]
    best: tuple[int, str, dict[int, str]] | None = None
    for kreis in sorted(kreise):
        if 2 * sum(1 for n in named if kreis in n) <= len(local):
            continue  # too few of the names exist in this Kreis for most members to lie there
        keys = {}
        for k, m in enumerate(local):
            if m.key and m.key.startswith(kreis):
                keys[k] = m.key
            elif (found := gazetteer.link_in_kreis(m.name, kreis, m.kind)) is not None:
                keys[k] = found.key
        if best is None or len(keys) > best[0]:
            best = (len(keys), kreis, keys)
    if best is None or best[0] < 2 or best[0] * 2 <= len(local):
        return
    for k, key in best[2].items():
        local[k].key = key


def link_record(record: Record) -> None:
    """Fill official keys into ``record`` in place where a link is certain."""
    land = context_land(record)
    for member_list in record.member_lists:
        for member in member_list.members:
            if member.key and gazetteer.get(member.key) is not None:
                continue
            member.key = None
            if member.kind == "Verband" or (member.kind is None and looks_like_organisation(member.name)):
                continue
            found = gazetteer.link(member.name, kind=member.kind, land=land)
            member.key = found.key if found is not None else None
        _cohere(member_list.members)
        for member in member_list.members:
            if not (member.key or member.kind == "Verband" or looks_like_organisation(member.name)):
                record.warnings.append(
                    f"Nicht verknüpft: „{member.name}“ ({member.kind or 'Kommune'}) in „{member_list.label}“ "
                    "ließ sich keinem amtlichen Schlüssel sicher zuordnen"
                )
    for place in record.mentions.places:
        if place.key and gazetteer.get(place.key) is not None:
            continue
        found = gazetteer.link(place.name, land=land)
        place.key = found.key if found is not None else None
