"""The body a member list belongs to: ``Zweckverband „Breitband Barnim“`` for ``Dem Verband gehören …``.

A list's ``label`` is its heading or introducing phrase as written (``Gründungsmitglieder``); its ``body``
is the association, Amt or joint body whose members it lists, by the name the text gives it. The body is
named in the introduction (``Das Amt Eggebek besteht aus …``), or referred to there by its kind alone
(``Dem Verband gehören …``, ``Verbandsmitglieder``) and then named elsewhere in the text; a list of
participants or funded places (``Beteiligt sind …``) belongs to no body unless the text names one.
"""

from __future__ import annotations

import re

from archive import gazetteer
from archive.record import MemberList

# kinds of bodies with members; a compound ends in one of them (``Trinkwasserzweckverband``)
_HEAD = (
    r"(?:[A-ZÄÖÜ][a-zäöüß]+-\s+und\s+)?(?:[A-ZÄÖÜ][a-zäöüß]*(?:zweckverband|verband|gemeinschaft|region)|"
    r"Zweckverband|Verband|Amt|Samtgemeinde|Verbandsgemeinde|Verwaltungsgemeinschaft|Arbeitsgemeinschaft|"
    r"Landkreistag|Städtetag|Gemeindetag|Gesundheitsnetz|Netzwerk|Allianz|Dorfregion|Region)"
)
# a word of a name; a period only inside it (``a.d.Donau``), never across a sentence's end
_WORD = r"(?:[A-ZÄÖÜ][\wäöüß/-]*(?:\.[\wäöüß]+)*|\([A-ZÄÖÜ][\wäöüß. -]*\)|a\.\s?d\.\s?[A-ZÄÖÜ][\wäöüß]+)"
_NAMED = re.compile(
    rf"\b(?P<head>{_HEAD})(?:e?s)?[ \t]+"
    rf"(?P<name>[„“\"»][^„“\"»«]{{2,60}}[“”\"«]|{_WORD}(?:[ \t]+{_WORD}){{0,3}})"
)
# the kind alone, as in ``Dem Verband gehören …``, ``Mitglieder des Zweckverbandes``, ``Ihm gehören …``
_BARE = re.compile(
    r"\b(?:[Dd]e[mnrs]|[Ii]m|[Zz]um|[Zz]ur|[Ii]n\s+den)\s+(?:neuen\s+|gesamten\s+)?"
    r"((?:[A-ZÄÖÜ][a-zäöüß]*)?(?:[Zz]weckverband|[Vv]erband)|Amt|Arbeitsgemeinschaft|Samtgemeinde|"
    r"Verbandsgemeinde|Verwaltungsgemeinschaft)"
    r"(?:e?s)?\b(?!\s+[A-ZÄÖÜ„\"»])"
)
_KIND_IN_LABEL = re.compile(r"(Verband|Zweckverband|Amt|Samtgemeinde|Verbandsgemeinde)", re.I)
# the members of a body just founded or joined, whose name the text gives elsewhere
_MEMBERSHIP = re.compile(r"mitglied|gründung|aufgenommen|beigetreten|beitritt|gehör", re.I)
_ABBREVIATION = re.compile(r"\b([A-ZÄÖÜ]{3,6})\b")
# lists of participants, partners or the funded, which belong to no body
_PARTICIPANTS = re.compile(r"Teilnehm|[Bb]eteilig|Partner|[Gg]efördert|Geförderte", re.I)
# abbreviations that name no body with members: parties, states, common terms
_COMMON_ABBREVIATIONS = {
    "CDU", "CSU", "SPD", "FDP", "DDR", "BRD", "EU", "USA", "ÖPNV", "DSGVO", "PDF", "URL", "LED", "GPS", "KFZ",
    "PKW", "LKW", "EUR", "MEZ", "ISBN", "WLAN", "COVID", "FAQ", "KITA", "IHK", "HWK", "NRW", "DIN", "BGB",
}  # fmt: skip


def _plausible(head: str, name: str) -> bool:
    """A name, not a noun after the kind (``im Zweckverband Synergieeffekte nutzen``)."""
    if name[0] in '„“"»':
        return True
    words = re.split(r"[\s/-]+", re.sub(r"[()]", "", name))
    if any(gazetteer.is_exact_name(w) for w in words) or gazetteer.is_exact_name(re.sub(r"[()]", "", name)):
        return True
    if re.search(r"(?:tal|kreis|land|gau|heide|see|aue|bucht)$", words[-1]):
        return True
    if len(name.split()) >= 2 or name.isupper():
        return True  # ``Zweckverband Digitale Verwaltung``, ``Zweckverband ÖPNV Uckermark``
    # an Amt's name, or a compound kind that itself says what it does (``Abwasserzweckverband Wipper-Helbe``)
    return head not in {"Zweckverband", "Verband", "Region", "Netzwerk", "Allianz"}


def _bodies(text: str) -> list[tuple[int, str, str]]:
    """Bodies named in ``text``: position, kind and full name."""
    found = []
    for m in _NAMED.finditer(text):
        head, name = m.group("head"), m.group("name").strip()
        name = re.sub(r"\s*\([A-ZÄÖÜ]{2,6}\)$", "", name)  # ``Zweckverband X (ZBB)``: without it
        if _plausible(head.split()[-1] if " " in head else head, name):
            found.append((m.start(), head, f"{head} {name}"))
    return found


def _words(name: str) -> list[str]:
    return re.sub(r"[„“”\"»«]", "", name).lower().split()


def _fullest(name: str, bodies: list[tuple[int, str, str]]) -> str:
    """The fullest of the names the text gives one body (``Zweckverband Digitale Kommunen`` in a letterhead,
    ``Zweckverband „digitale Kommunen Brandenburg“`` in the text)."""
    words = _words(name)
    same = [b[2] for b in bodies if _words(b[2])[: len(words)] == words]
    return max(same, key=len, default=name)


def _same_kind(kind: str, head: str) -> bool:
    kind, head = kind.lower(), head.lower()
    return head.endswith(kind) or (kind == "verband" and "verband" in head)


def _is_member(body: tuple[int, str, str], ml: MemberList, others: set[str]) -> bool:
    """``sowie das Amt Beetzsee`` among the members, or a member of another list of the text; not
    ``Amt Eggebek`` over the Gemeinde Eggebek."""
    _, head, full = body
    name = full[len(head) :].strip()
    kind = "Amt" if head == "Amt" else "Verband" if "verband" in head.lower() else None
    return full in others or any(
        m.name == full or (m.name == name and m.kind in (None, kind)) for m in ml.members
    )


def body_of(ml: MemberList, context: str, text: str, others: set[str]) -> str | None:
    """The body whose members ``ml`` names: from the list's introducing ``context``, else by its kind from
    the whole ``text`` (title and body). A body among the members (``sowie das Amt X``) or ``others`` (the
    members of the text's other lists) is not theirs."""
    bodies = [b for b in _bodies(text) if not _is_member(b, ml, others) and not _supporter(b, text)]
    named = [b for b in _bodies(context) if not _is_member(b, ml, others) and not _supporter(b, context)]
    bare = _BARE.search(context) or _KIND_IN_LABEL.search(ml.label)
    if named and not (bare and not _same_kind(bare.group(1), named[0][1])):
        return _fullest(named[0][2], bodies)
    if _PARTICIPANTS.search(ml.label):
        return None  # participants, partners, the funded: a body only where their introduction names it
    # ``umfasst ZMS heute``: a body by its abbreviation, written out where the text defines it
    abbreviation = next((a for a in _ABBREVIATION.findall(context) if _used_as_name(a, text)), None)
    if abbreviation:
        return _by_abbreviation(abbreviation, text)
    if bare or re.search(r"\b(?:Ihm|Ihr)\s+gehör", context):
        kind = bare.group(1) if bare else None
        at = text.find(context[:40])
        before = [b for b in bodies if b[0] < at] if at >= 0 else bodies
        fitting = [b for b in (before or bodies) if kind is None or _same_kind(kind, b[1])]
        if fitting:
            return _fullest((fitting[-1] if before else fitting[0])[2], bodies)
    if _MEMBERSHIP.search(ml.label) or _MEMBERSHIP.search(context):
        names = {
            _fullest(b[2], bodies)
            for b in bodies
            if "verband" in b[1].lower() or b[1].endswith("gemeinschaft")
        }
        if len(names) == 1:
            return names.pop()  # the one association the text names (``Gründungsmitglieder sind …``)
        if not names:
            # ``Der TWZV ist eine Körperschaft …`` ¶ ``Verbandsmitglieder:``: the one body named by its
            # abbreviation throughout
            used = {a for a in _ABBREVIATION.findall(text) if _used_as_name(a, text)}
            if len(used) == 1:
                return _by_abbreviation(used.pop(), text)
    return None


_SUPPORTED_BY = re.compile(
    r"(?:unterstützt|beraten|begleitet|gefördert)\w*\s+(?:\w+\s+){0,3}(?:vom|von\s+der|durch\s+den|durch\s+die)\s+$",
    re.I,
)


def _supporter(body: tuple[int, str, str], text: str) -> bool:
    """``Unterstützt wird sie vom Tourismusverband X``: a body named only as supporter or adviser."""
    before = text[max(0, body[0] - 40) : body[0]]
    return _SUPPORTED_BY.search(before) is not None


def _used_as_name(abbreviation: str, text: str) -> bool:
    """An abbreviation naming a body: defined in brackets after a body with members, or used twice without
    a definition; not a party or common term (not ``Energieagentur Brandenburg (EAB)``)."""
    if abbreviation in _COMMON_ABBREVIATIONS:
        return False
    definition = re.search(rf"((?:\S+[ \t]+){{1,6}})\({abbreviation}\)", text)
    if definition is not None and not _bodies(definition.group(1)):
        return False
    defined = re.search(rf"\({abbreviation}\)", text) is not None
    return defined or len(re.findall(rf"\b{abbreviation}\b", text)) >= 2


def _by_abbreviation(abbreviation: str, text: str) -> str:
    """``ZBB`` → ``Zweckverband Breitband Bodenseekreis`` where the text names it so before ``(ZBB)``."""
    m = re.search(rf"((?:\S+[ \t]+){{1,6}})\({abbreviation}\)", text)
    candidates = _bodies(m.group(1)) if m else []
    return candidates[-1][2] if candidates else abbreviation
