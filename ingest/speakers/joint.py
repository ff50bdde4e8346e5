"""Two or more people under one attribution (``X und Y: „…“``, a plural office's roster).

``_joint`` reads two people named in full under one attribution, ``_roster`` the holders listed after a
plural office; the patterns of two surnames under one attribution."""

from __future__ import annotations

import re

from ingest.names import CONNECTORS, HONORIFIC, PARTY, is_role_word, organisation_of, split_name
from ingest.speakers.attribution_before import _LEAD_ADVERB, _named_in_full
from ingest.speakers.person_phrase import _Ref, _subject
from ingest.speakers.vocabulary import _PLURAL_SAYING, _plural_office


def _joint(text: str) -> list[_Ref] | None:
    """Two people under one attribution, each in full (``X, Konzerthaus Berlin, und Y, Komische Oper Berlin
    (Projektleiter)``, ``die Stadträtin X und der Baustadtrat Y stellen fest``): each with the role or body
    stated at the name, a role in brackets or in the plural after both (``Geschäftsführerinnen der …``)
    shared; ``None`` unless the text is just these two and perhaps a plural verb."""
    text = re.sub(r"[\s:.,]+$", "", _LEAD_ADVERB.sub("", text.strip()))
    for m in re.finditer(r",?\s+und\s+", text):
        a, a_end = _subject(text[: m.start()])
        b, b_end = _subject(text[m.end() :])
        if not (_named_in_full(a) and _named_in_full(b)) or a.person.surname == b.person.surname:
            continue
        body_a = _body_apposition(text[a_end : m.start()])
        apposition = bool(body_a) or (a.role is not None and not a.person.role_prefix)
        if apposition and not m.group(0).startswith(",") and (b.person.role_prefix or not b.role):
            # ``X, Stadträtin im Bezirk Mitte und Vorsitzende der …``: the apposition runs on; a second
            # person is joined only with an apposition of his own (``X, Senatorin … und Dr. Y, Senator …``)
            continue
        if body_a and re.search(r"\b(?:von|vom|der|des)\s+[A-ZÄÖÜ][\w-]*$", body_a):
            continue  # ``Alan Ross, Enkel von Arthur, und …``: a relation, not a body
        tail = _JOINT_TAIL.fullmatch(text[m.end() + b_end :])
        if body_a is None or tail is None or (body_a and (a.role or is_role_word(body_a.split()[0]))):
            continue  # ``X, Stadträtin für Schule, Sport und Facility Management``: one office's fields
        if any(_PLACE_KIND.fullmatch(r.person.given_name or "") for r in (a, b)):
            continue  # ``Erster Bürgermeister der Freien und Hansestadt Hamburg``: a place, not a person
        shared = tail.group("bracket")
        if shared and PARTY.fullmatch(re.sub(r"\s*/\s*", "/", shared)):
            shared = None  # ``… Korinna X (Bündnis 90 / Die Grünen):``: the second person's party
        if shared and not is_role_word(shared.split()[0]):
            continue
        app = (tail.group("app") or "").strip()
        after_b = b.role if b.role and not b.person.role_prefix else ""  # ``Y, Vorsitzende der …`` parsed
        office = (app or after_b).split()[0] if (app or after_b) else ""
        if office and not (a.role or body_a) and _PLURAL_ROLE.match(office) and _plural_office(office):
            shared, app = app or after_b, ""  # ``X und Y, Vorsitzende der …``: the office of both
        if a.role and a.person.role_prefix and not b.role and not shared:
            # ``die beiden VRS-Geschäftsführer X und Y``: an office in the plural before both names
            plural = re.match(rf"(?:die\s+)?(beiden\s+|beide\s+)?{re.escape(a.role)}\s", text)
            if plural and (plural.group(1) or re.search(r"(?:er|innen)$", a.role)) and text.startswith("die"):
                shared = a.role.removesuffix("nen")  # ``die Geschäftsführerinnen X und Y``
                a.role = shared
        for ref, body in ((a, body_a), (b, app)):
            if body and is_role_word(body.split()[0]):
                ref.role, body = ref.role or body, ""  # ``X und Y, Landrat``: his role
            ref.org = ref.org or body or None
            if shared and not ref.role:
                ref.role, ref.org = shared, ref.org or organisation_of(shared)
        return [a, b]
    return None


# a plural office before the list of its holders (``die Geschäftsführer der Kommunalen Landesverbände, X
# (Gemeindetag), Y (Städteverband) und Z (Landkreistag)``)
_ROSTER = re.compile(
    r"^\s*(?:[Dd]ie|[Dd]er)\s+(?P<office>[A-ZÄÖÜ][\wäöüß-]*(?:er|innen)|Vorstand|Geschäftsführung|Doppelspitze)"
    r"(?P<of>\s+(?:der|des)\s+[^,;:.()–]{3,80}?)?"
    # (also set off by dashes: ``Der Vorstand der KVB – Dr. X, Dr. Y und Dr. Z – erklärte``)
    r"\s*(?:,|\s[–—])\s+(?=[A-ZÄÖÜ]|(?:Dr|Prof)\.)"
)
_ROSTER_NAME = re.compile(
    rf"(?P<name>(?:{HONORIFIC}\s+)*[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?\s+[A-ZÄÖÜ][\wäöüß-]+)"
    r"(?:\s+\((?P<body>[^()]{2,60})\))?(?P<sep>\s*,\s+|\s+(?:und|sowie)\s+)?"
)


def _roster(text: str) -> list[_Ref] | None:
    """The holders of a plural office listed after it, each with the body in brackets after the name (the
    office then theirs alone) or else the office as written; ``None`` unless two or more are named."""
    m = _ROSTER.match(text)
    collective = m is not None and m.group("office") in {"Vorstand", "Geschäftsführung", "Doppelspitze"}
    if m is None or not (collective or _plural_office(m.group("office"))):
        return None
    office = m.group("office").removesuffix("nen")  # ``Geschäftsführerinnen`` → ``Geschäftsführerin``
    refs: list[_Ref] = []
    pos, joined = m.end(), False
    while nm := _ROSTER_NAME.match(text, pos):
        person = split_name(nm.group("name").split())
        if person is None or not person.given_name or person.role_prefix:
            return None
        body = nm.group("body")
        body = body if body and body[:1].isupper() and not PARTY.match(body) else None  # not an age (``16``)
        role = office if body else f"{office}{m.group('of') or ''}"
        refs.append(_Ref(person=person, role=role, org=body or organisation_of(role)))
        sep = (nm.group("sep") or "").strip()
        if joined or not sep:
            return refs if joined and len(refs) >= 2 else None  # the name after ``und`` closes the list
        joined = sep in {"und", "sowie"}
        pos = nm.end()
    return None


def _body_apposition(text: str) -> str | None:
    """``, Konzerthaus Berlin,``: a body after a name (empty string when there is none); ``None`` for words
    that are not a name."""
    text = text.strip(" ,")
    if not text:
        return ""
    words = text.split()
    if "," in text or len(words) > 6 or not all(w[0].isupper() or w in CONNECTORS for w in words):
        return None  # ``…, Kultur, Sport und Facility Management``: the rest of an office's fields
    return text


# words before a surname that name no given name (``Firma Müller``, ``Familie Brandt``)
_NOT_GIVEN = {
    "Firma", "Familie", "Haus", "Praxis", "Kanzlei", "Bäckerei", "Autohaus", "Metzgerei", "Gärtnerei",
}  # fmt: skip
# two surnames under one attribution: after the quote (``, so König und Peter.``), before it with a plural
# verb (``König und Peter pflichteten bei:``)
_SURNAME = r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?"
_SURNAME_PAIR_AFTER = re.compile(rf"(?P<a>{_SURNAME})\s+und\s+(?P<b>{_SURNAME})\s*[.,]?")
_SURNAME_PAIR_BEFORE = re.compile(
    # (also with no verb: ``Wegner und Woidke: „…“``)
    rf"(?P<a>{_SURNAME})\s+und\s+(?P<b>{_SURNAME})(?:\s+(?:(?:{'|'.join(sorted(_PLURAL_SAYING))}|sagten|"
    r"erklärten|meinten|fügten|pflichteten|stimmten)(?:\s+[a-zäöüß]+){0,2}|(?:sind|waren)\s+sich\s+einig|dazu))?\s*:"
)
_PLURAL_VERB_FIRST = re.compile(
    r"^(?:[A-ZÄÖÜ][a-zäöüß]+\s+)?[a-zäöüß]+en\s+(?:gemeinsam\s+)?(?=(?:die\s+|der\s+)?[A-ZÄÖÜ])"
)
# after the second name of a joint attribution: its body, a shared role in brackets or in the plural, a
# plural verb (``stellen fest``, ``betonten gemeinsam``)
_JOINT_TAIL = re.compile(
    r"(?:,\s+(?P<app>[A-ZÄÖÜ][^,()]{1,80}?))?\s*(?:\((?P<bracket>[^()]{2,60})\))?"
    # (also after the second apposition's comma: ``…, Ephraim Gothe, erklären``)
    r"(?:,?\s+[a-zäöüß]+en\b(?:\s+[a-zäöüß]+)?)?"
    # when and where they said it (``…, Matthias Rösch, heute in Mainz``)
    r"(?:,?\s+(?:heute|gestern|gemeinsam|übereinstimmend|einhellig)\b)?"
    # (``… nach Abschluss des Treffens``)
    r"(?:\s+(?:in|im|am|beim|bei|auf|vor|nach|zum|zur)\s+(?:der\s+|dem\s+)?[A-ZÄÖÜ][\wäöüß-]*"
    r"(?:\s+(?:des|der)\s+[A-ZÄÖÜ][\wäöüß-]*)?)?"
    # (and on which day: ``… bei der Einweihung am 4. April 2014``)
    r"(?:\s+am\s+\d{1,2}\.\s*(?:[A-ZÄÖÜ][a-zä]+|\d{1,2}\.)\s*(?:\d{4})?)?"
)
_PLACE_KIND = re.compile(
    r"(?:Hanse|Landeshaupt|Kreis|Universitäts)?[Ss]tadt|Gemeinde|Land|Freistaat|Bezirk|Kreis"
)
# an office in a form that is also plural (``Geschäftsführerinnen``, ``Vorsitzende``, ``Projektleiter``)
_PLURAL_ROLE = re.compile(r"[A-ZÄÖÜ][\w-]*(?:innen|e|er)$")
