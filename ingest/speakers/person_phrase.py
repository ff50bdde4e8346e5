"""A person as written: the name, the role before it, the apposition after it.

``_subject`` reads the person at the start of a text (name, role and name, pronoun or role alone) into a
``_Ref``; ``_apposition`` and ``_role_comma_name`` read the role written next to a name; ``_people_named``
and its kin tell which capitalised pairs are people's names."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from archive import gazetteer
from ingest.dates import WEEKDAY_RE
from ingest.names import (
    BODY_WORD,
    CONNECTORS,
    HONORIFIC,
    NON_NAME,
    PARTY,
    RESPONSIBLE_FOR,
    ROLE_ABBREV,
    ROLE_ABBREVIATIONS,
    TITLE_ADJ,
    WORDS_SPOKEN,
    PersonName,
    is_name_token,
    is_role_noun,
    is_role_word,
    is_surname_like_role,
    place_adjective,
    split_name,
    to_nominative,
)
from ingest.speakers.vocabulary import (
    _ADVERBS,
    _DEPUTY,
    _ORDINAL,
    _TOKEN,
    _VERB_PARTICLE,
    VERBS,
    _abbreviation_at,
    _place_or_land,
    _words,
)

# an adjective of an apposition's office (``…, der allgemeine Vertreter des Bürgermeisters``), no pronoun
_APPOSED_ADJ = (
    r"(?!(?:seine|ihre|unsere|keine|meine|deine|eure|diese|jene|beide|welche)[nrs]?\b)[a-zäöüß]{3,}e[rn]?"
)
# a person's relatives or friends, named by whose they are (``die Eltern von Anna X``)
_RELATIVE_OF = re.compile(
    r"^(?:der|die|den|dem|sein\w*|ihr\w*)\s+(?:Eltern|Mutter|Vater|Tochter|Sohn|Schwester|Bruder|Großeltern|Oma|"
    r"Opa|Ehefrau|Ehemann|Frau|Mann|Kinder|Freunde|Freundin|Freund|Nachbarn?|Nachbarin)\s+(?:von|des|der)\s"
)
# a person by age, a noun (``der 58-Jährige``, ``die Achtzigjährige``), not ``die langjährige Leiterin``
_AGED = re.compile(r"^(der|die)\s+(?:\d{1,3}-Jährige|[A-ZÄÖÜ][a-zäöüß]+jährige)\b(?!\s+[A-ZÄÖÜ])")
# (``er`` is the subject before an object, ``rief er den Teilnehmern zu``; ``sie die …`` may be the object)
_PRONOUN = re.compile(r"^(er|Er|sie|Sie)\b(?!(?<=[sS]ie)\s+(?:Ihnen|uns|den|die|das|alle))")
_ROLE_ONLY = re.compile(r"^(?:der|die|dem)\s+((?:[A-ZÄÖÜ][\wäöüß-]*\s+)*[A-ZÄÖÜ][\wäöüß-]*)\b")
_TITLE_ADJ = re.compile(TITLE_ADJ)
_ADJ = re.compile(
    rf"^(?:neue[nrs]?|alte[nrs]?|{_ORDINAL}|scheidende[nr]?|langjährige[nr]?|stellvertretende[nr]?|"
    rf"zuständige[nr]?|ehemalige[nr]?|amtierende[nr]?|designierte[nr]?|frühere[nr]?|regierende[nr]?|"
    rf"{TITLE_ADJ}|"  # ``israelische``, ``evangelische``: the office's country or church
    rf"(?i:{ROLE_ABBREV})\.?)$"
)


@dataclass
class _Ref:
    """Who a quote is attributed to."""

    person: PersonName | None = None
    role: str | None = None
    pronoun: str | None = None  # ``er`` or ``sie``
    role_only: str | None = None
    org: str | None = None  # an affiliation without a role noun (``Maren Lüdecke vom Institut für …``)
    addressed: bool = False  # named with ``Herr``/``Frau``: a person even by the surname alone
    aged: bool = False  # ``der 58-Jährige``: like a pronoun, but only where one person is named before


_PAREN = re.compile(r"^\s*\([^()]{1,60}\)")
_PAREN_ROLE = re.compile(r"^\s*\(([^()]{4,200})\)")
_SEGMENT_END = re.compile(r"[:„“\"»«(]|[.!?](?:\s|$)")


# a leading determiner or possessive before a role noun (``Deren Landesvorsitzender``, ``Ihr Sprecher``)
_DETERMINER = re.compile(
    r"^(?:[Dd](?:er|ie|as|en|em|es|eren|essen)|[Ss]ein(?:e[mnrs]?)?|[Ii]hr(?:e[mnrs]?)?|[Uu]nser(?:e[mnrs]?)?|"
    r"[Ee]in(?:e[mnrs]?)?)\s+(?=[A-ZÄÖÜ])"
)


_PREPOSITIONS = {
    "Zur", "Zum", "Bei", "Beim", "Mit", "Nach", "Im", "Am", "Auf", "In", "An", "Vor", "Seit", "Während",
    "Für", "Über", "Unter", "Von", "Vom", "Aus", "Durch", "Gegen", "Ohne", "Um", "Neben", "Zwischen",
    "Hinter", "Laut", "Gemäß", "Als", "Nachdem", "Obwohl", "Weil", "Wenn", "Dass", "Sobald", "Bevor",
    "Seitdem", "Zu",
}
# a short noun phrase before a name, read as its role though the noun is not in our list
# (``Grafiker``, ``Brandenburger Amtskollege``, ``Gäste-Beraterin``)
_ROLE_NOUN_PHRASE = re.compile(
    r"(?:[A-ZÄÖÜ][\wäöüß]*er\s+|[a-zäöüß]+e[nr]?\s+)?[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?"
)




# how an office is held, before its noun
_OFFICE_KIND = re.compile(r"(?:haupt|neben|ehren)amtliche[nr]?|geschäftsführende[nr]?|kommissarische[nr]?")


def _role_comma_name(s: str) -> tuple[_Ref | None, int]:
    """``Die Senatorin für Integration, Arbeit und Soziales, Katja Kipping`` (role, then the name)."""
    present = re.match(r"^((?:der|die|Der|Die)\s+)(?:anwesende|bisherige|künftige)[nr]?\s+", s)
    if present:  # ``die anwesende Staatsministerin für …, Petra X``: the office without the adjective
        ref, end = _role_comma_name(present.group(1) + s[present.end() :])
        return (ref, end + present.end() - len(present.group(1))) if ref is not None else (None, 0)
    head = re.match(r"^(?:(?:der|die|das|Der|Die|Das)\s+)?", s)
    rest = s[head.end() :] if head else s
    first, *more = rest.split(" ", 2)
    first = first.strip(",")
    # ``Berlins Senatorin für Justiz, …, Prof. Dr. Lena Kreck``: a genitive place before the office
    genitive = (
        re.fullmatch(r"[A-ZÄÖÜ][\wäöüß-]{3,}s", first)
        and first not in _NOT_GENITIVE
        and more
        and is_role_word(more[0].strip(","))
    )
    # ``der Berliner Senator für Kultur und Europa, Dr. Klaus X``: a place's adjective before the office
    # (or an office's capitalised adjective: ``der Ärztliche Direktor …, Prof. X``)
    adjectival = re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]+(?:isch|lich|ig|al)e[nr]?", first) is not None
    placed = bool(more) and is_role_word(more[0].strip(",")) and (_place_or_land(first) or adjectival)
    # (``der hauptamtliche Beigeordnete des LWV Hessen, Dieter Schütz``; an ordinal only before an office:
    # not ``Der Dritte im Bunde, X``)
    placed_office = bool(more) and is_role_word(more[0].strip(","))
    if not (
        is_role_word(first)
        or (_ADJ.match(first.lower()) and not (re.fullmatch(_ORDINAL, first.lower()) and not placed_office))
        or _OFFICE_KIND.fullmatch(first.lower())
        or genitive
        or placed
    ):
        return None, 0
    limit = len(s)
    named_until = -1
    for stop in _SEGMENT_END.finditer(s):
        # ``der Bundesagentur für Arbeit (BA), Daniel Terzenbach``: an abbreviation in the role; ``der
        # Verbandsgemeinde Kirchberg (Hunsrück), Harald X``: a place's qualifier
        bracket = re.match(
            # (or mixed case: ``Der Landesbeauftragte für den Datenschutz … (LfDI), Prof. Dr. X``)
            r"\(((?:[A-ZÄÖÜ]{2,6}|[A-ZÄÖÜ][a-zäöü]{0,2}[A-ZÄÖÜ][A-Za-zÄÖÜäöü]{0,5}|"
            r"[A-ZÄÖÜ][a-zäöüß]+(?:[ -][A-ZÄÖÜ][a-zäöüß]+)?))\),",
            s[stop.start() :],
        )
        in_role = ", " not in s[: stop.start()] and bracket is not None  # a party is stripped below
        if stop.start() <= named_until or in_role:
            continue
        if stop.group(0)[0] == "." and _abbreviation_at(s, stop.start()):
            continue  # ``Dr. Dirk Behrendt``
        named = re.match(r"[„»\"]([^„“”\"»«.!?;:]{2,60})[“”\"«]", s[stop.start() :])
        # ``Parkleiterin der „Gärten am See“, Henrike Moll``, ``Leiterin der Kita "Käte Duncker", Frau X``
        body_name = r"\b(?:der|des|die|das|dem|den|im|vom|beim|am|für)(?:\s+[A-ZÄÖÜ][\wäöüß-]*)?\s*$"
        if named and re.search(body_name, s[: stop.start()]):
            named_until = stop.start() + named.end() - 1
            continue
        limit = stop.start()
        break
    parts = s[:limit].split(", ")
    if len(parts) > 6:
        # a roster of people and offices, unless the sentence opens with the office, the name and the verb
        # (``Der Regierende Bürgermeister von Berlin, Michael Müller, hat … gratuliert``; ``Die
        # Bezirksstadträtin für Weiterbildung, Kultur, …, Straßen und Grünflächen, Sabine X, informiert``)
        fields = _fields_listed(parts)
        verb = parts[fields + 2].split()[0] if parts[fields + 2].split() else ""
        if not (head and head.group(0) and verb[:1].islower() and verb not in CONNECTORS):
            return None, 0
        parts = parts[: fields + 3]
    if len(parts) < 2:
        return None, 0
    if re.search(
        # (a preposition inside an office: ``Landesbeauftragte für die Belange von Menschen mit …``)
        r"\b(?!(?:Der|Die|Das|Den|Dem|Des)\b)[A-ZÄÖÜ][\wäöüß-]*\s+"
        r"(?!(?:" + "|".join(CONNECTORS) + r"|mit|ohne)\b)"
        r"[a-zäöüß]{3,}\b",
        parts[0],
    ):
        return None, 0  # ``Die Kulturstadträtin gratulierte der Vorsitzenden, X``: a verb, not a role phrase
    # ``Vorstand Sandra Wiegmann, Bezirksstadträtin …, Karin Kortmann``: someone else is named first
    opener = split_name(parts[0].split())
    if opener is not None and opener.given_name and is_role_word((opener.role_prefix or "-").split()[-1]):
        return None, 0
    for pm in re.finditer(r"(\S+)\s+([A-ZÄÖÜ][a-zäöüß]+\s+[A-ZÄÖÜ][\wäöüß-]+)\s+(?:und|sowie)\s", parts[0]):
        pair = split_name(pm.group(2).split())
        if is_role_word(pm.group(1)) and pair is not None and pair.given_name:
            # ``Bezirksbürgermeister Frank Balzer und der Bezirksstadtrat für …, X``: another person first
            return None, 0
    pos = len(parts[0])
    for k in range(1, len(parts)):
        seg = parts[k]
        words = seg.split()
        # ``an die Leiterin der Kita „Käte Duncker“, Frau Kiwatt,``: the office, then the addressed surname
        addressed = re.fullmatch(r"(?:Frau|Herrn?)\s+((?:Dr\.\s+)?[A-ZÄÖÜ][\wäöüß-]+)", seg.strip(" .;:"))
        if addressed and is_name_token(addressed.group(1).split()[-1]):
            person = split_name(addressed.group(1).split())
            if person is not None:
                role = re.sub(r"^(?:der|die|Der|Die)\s+", "", ", ".join(parts[:k]))
                # ``Die Bürgermeisterin und die Leiterin der Kita, Frau X``: the office next to the name
                role = re.split(r"\s+und\s+(?:der|die)\s+(?=[A-ZÄÖÜ])", role)[-1]
                return _Ref(person=person, role=role, addressed=True), pos + 2 + len(seg.rstrip(".;:"))
        # the name may be followed by its verb (``…, Rainer Hölmer sagt hierzu``)
        cut = next((j for j, w in enumerate(words) if w[:1].islower() and w not in CONNECTORS), len(words))
        cut2 = next((j for j, w in enumerate(words) if w[:1].islower()), len(words))
        for name_words in dict.fromkeys((tuple(words[:cut]), tuple(words[:cut2]))):
            if not 2 <= len(name_words) <= 5:
                continue
            person = split_name(list(name_words))
            tail = person.role_prefix if person is not None else None
            office = tail is not None and is_role_word(tail.split()[0])  # ``…, Landrat X, sagte``
            # (or with an honorific alone: ``der Ärztliche Direktor und Chefarzt der Kinderklinik, Prof. X``)
            named = person is not None and (person.given_name or (person.honorific and k == len(parts) - 1))
            if person is not None and named and (tail is None or k == len(parts) - 1 or office):
                # ``…, Arbeit und Soziales Kevin Hönicke``: the last item of the list runs into the name;
                # ``Präsident des Landkreistages, Landrat Max Muster``: the leading role phrase is the role
                # ``Schirmpatin des Projekts, Stadträtin X``: an honorary part yields to the office
                honorary = k == 1 and _HONORARY_PART.match(parts[0])
                lead = [] if tail and honorary and is_role_word(tail.split()[0]) else parts[:k]
                if tail and is_role_word(tail.split()[0]) and lead:
                    tail = None
                role = ", ".join([*lead, *([tail] if tail else [])])
                neuter = re.match(r"(?:das|Das)\s+([\wäöüß]+e)(?=\s+[A-ZÄÖÜ])", role)
                if neuter:  # ``das Geschäftsführende Mitglied`` → ``Geschäftsführendes Mitglied``
                    role = f"{neuter.group(1)}s{role[neuter.end() :]}"
                role = re.sub(r"^(?:der|die|das|Der|Die|Das)\s+", "", role)
                party = re.search(r"\s*\(([^()]+)\)$", role)
                if party and PARTY.match(party.group(1)):
                    role = role[: party.start()]  # ``Bezirksstadtrat … (CDU), X``: the office, not the party
                end = pos + 2 + len(" ".join(name_words))
                return _Ref(person=person, role=role), end
        pos += 2 + len(seg)
        if k >= 1 and not re.match(r"^[A-ZÄÖÜ]", seg):
            break
    return None, 0


def _fields_listed(parts: list[str]) -> int:
    """The index of the last item of an office's list of fields (``für Kultur``, ``Umwelt``, ``Straßen und
    Grünflächen``), 0 where ``parts`` does not open with one; at least three parts stay after it."""
    if " für " not in parts[0]:
        return 0
    for k in range(1, len(parts) - 2):
        if not _FIELD_ITEM.fullmatch(parts[k]):
            return 0
        if re.search(r"\s(?:und|sowie)\s", parts[k]):
            return k
    return 0


# one item of an office's list of fields: capitalised words (``Öffentlichen Raum``, ``Straßen und
# Grünflächen``)
_FIELD_ITEM = re.compile(r"[A-ZÄÖÜ][\wäöüß-]*(?:\s+(?:und|sowie|[A-ZÄÖÜ][\wäöüß-]*)){0,3}")
# the surname after its particle (``de Maizière``), ending the name
_SURNAME_NEXT = re.compile(r"\s+(?:der\s+|den\s+)?[A-ZÄÖÜ][^\W\d_]+(?:-[^\W\d_]+)*(?:[\s,.;:!?)]|$)")
# an honorary part of an event, not an office (``Schirmpatin des Projekts``, ``Lesepate``)
_HONORARY_PART = re.compile(r"^(?:(?:der|die|Der|Die)\s+)?(?:Schirm|[A-ZÄÖÜ]\w*pat)")
_ARTICLE_NEXT = re.compile(r"\s+(?:den|dem|die|der|das)\s")
_WHEN_NEXT = re.compile(
    r"\s+(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Wochenende|Rande|Vormittag|"
    r"Nachmittag|Abend|Morgen|Anschluss|Rahmen|Gespräch|Interview|Namen|Rathaus|Vorfeld|Nachgang)"
)
_OCCASION_NEXT = re.compile(
    r"\s+(?:Abschluss|Schluss|Auftakt|Start|Ende|Beginn|Abschied|Begrüßung|Eröffnung|Einstimmung|Einstieg|"
    r"Einweihung|Übergabe)\b"
)
# besides the bodies, words naming where someone works (``Fachdienst``, ``Schuldnerberatungsstelle``)
_WORKPLACE = re.compile(
    r"(?:stelle|haus|team|initiative|sekretariat|dezernat|dienst|büro|schule|kita|polizei|feuerwehr|bibliothek|"
    r"bücherei|museum|theater|klinik|klinikum|revier|direktion|gericht|werke?)$",
    re.I,
)
# after an office named with ``als``: the verb's object, a time or an occasion (``als Kommandantin beim
# Festakt``, ``als Kreishandwerksmeister der Kreishandwerkerschaft X die anwesenden …``)
_OFFICE_ENDS = re.compile(
    r"(?<=[A-ZÄÖÜa-zäöüß]{3})\s+(?:(?:die|den|das|dem)\s+[a-zäöüß]|beim\b|während\b|gegenüber\b|vor\s+(?:rund\s+)?\d"
    r"|im\s+(?:Gespräch|Rahmen|Anschluss|Interview)\b).*$"
)


def _office_phrase(text: str) -> str:
    """The office an ``als`` names, without what the sentence goes on with."""
    return _ROLE_WHEN.sub("", _OFFICE_ENDS.sub("", text)).strip()


_AS_OFFICE = re.compile(r"^\s+(?:in\s+(?:seiner|ihrer)\s+(?:Funktion|Eigenschaft)\s+)?als\s+(?=[A-ZÄÖÜ])")
_ALIAS = re.compile(r"^\s*,?\s+alias\s+((?:[A-ZÄÖÜ][a-zäöüß]+\s+){1,2}[A-ZÄÖÜ][\wäöüß-]+)")
_SURNAME_THEN_PLACE = re.compile(
    r"([A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)(?=\s+(?:vom|von|aus|bei|am|im)\s)"
)
_ADDRESSED_FROM = re.compile(
    r"([A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)\s+(vom|von\s+der)\s+"
    r"([A-ZÄÖÜ][\wäöüß-]*(?:\s+(?:der|des|für)\s+[A-ZÄÖÜ][\wäöüß-]+|\s+[A-ZÄÖÜ][\wäöüß-]+)*)"
    r"(?=\s*[,.;:!?)]|\s*$|\s+[a-zäöüß])"
)
_ADDRESS = re.compile(r"(?:Herr|Herrn|Frau)\s+(?=[A-ZÄÖÜ])")
_NOT_GENITIVE = {"Alles", "Etwas", "Dieses", "Jedes", "Eines", "Unseres", "Anders", "Bereits", "Abends"}
_RESPONSIBLE = re.compile(
    rf"^(?:(?:der|die|Der|Die)\s+)?(?:(?:ebenfalls|auch|neue|neuen)\s+)?({RESPONSIBLE_FOR})\s+(?=[A-ZÄÖÜ])"
)
_PARTICLE_SURNAME = re.compile(
    r"^((?:[Vv]on|[Vv]an|de|zu|[Vv]on der|[Vv]an der)\s+[A-ZÄÖÜ][\wäöüß-]+)(?=\s*(?:[.,;:]|$))"
)


# a noun for the person before the form of address (``Der Nachbar Herr Brandt``)
_NOUN_BEFORE_ADDRESS = re.compile(
    r"^(?:(?:Der|Die|der|die)\s+)?([A-ZÄÖÜ][a-zäöüß]+)\s+(?=(?:Herrn?|Frau)\s+[A-ZÄÖÜ])"
)
# a full name right before an office that a phrase continues (``Manuela X Bezirksstadträtin für …``)
_UNMARKED_APPOSITION = re.compile(
    r"(?P<name>[A-ZÄÖÜ][a-zäöüß]+\s+[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)\s+"
    # (also after its article: ``Stefan X der General Manager des Hotels hat …``)
    r"(?P<article>(?:der|die)\s+)?(?P<office>(?:[A-ZÄÖÜ][\wäöüß-]+\s+)??[A-ZÄÖÜ][\wäöüß-]+)\s+"
    r"(?:für|der|des|im|in|von|vom)\s"
)

# where an office without commas around it ends: a punctuation mark, a lower-case word other than a
# connector, or a second subject (``und die QPK``)
_OFFICE_LINK = r"(?:für|und|der|des|dem|den|im|in|von|vom|am|an|zur|zum|bei|beim|mit|aus)"
_UNMARKED_OFFICE_END = re.compile(
    r"\s*[,;:.!?(]|\s+und\s+(?:der|die|das)\b|"
    # (with the links before it: ``… für Umwelt in einer Mitteilung``; a time: ``… am Montag in Berlin``)
    rf"(?:\s+{_OFFICE_LINK})*\s+(?!{_OFFICE_LINK}\b)[a-zäöüß]|"
    rf"\s+(?:am|an|vom|im)\s+(?:{WEEKDAY_RE}|Wochenende|Rande|Rahmen|\d)"
)


# a parliamentary mandate after a name (``MdL``, ``MdB``, ``MdEP``, ``MdA``)
_MANDATE = re.compile(r"(?<=[a-zäöüß])\s+Md(?:L|B|EP|A|BB)(?=[\s,.;:)]|$)")


# an office's genitive body, then the verb's object without a comma (``… des Ordnungsamtes das Jahr``)
_GENITIVE_THEN_OBJECT = re.compile(
    r"^(.*?\b(?:des|eines)\s+(?:[A-ZÄÖÜ][\wäöüß-]*\s+)*[A-ZÄÖÜ][\wäöüß-]*e?s)\s+(?:die|den|das|dem)\s+[a-zäöüß]"
)


# lowercase words before an office that are no brand's name (``unser Geschäftsführer``)
_NO_BRAND = {"unser", "ihr", "sein", "euer", "mein", "dein", "kein", "jener", "dieser", "jeder", "laut", "so"}


_POSSESSIVE_LEAD = re.compile(r"^\s*(?:deren|dessen)\s+(?=([A-ZÄÖÜ][\wäöüß-]+)\s+[A-ZÄÖÜ])")


def _subject(text: str) -> tuple[_Ref | None, int]:
    """Parse the grammatical subject at the start of ``text``: a name, role+name, pronoun or role."""
    # a member's mandate after the name (``Muhterem Aras MdL``) is blanked out, the offsets kept
    text = _MANDATE.sub(lambda m: " " * len(m.group(0)), text)
    # (a possessive before the office: ``sagt deren Leiter Marcus X``)
    if (lead := _POSSESSIVE_LEAD.match(text)) and is_role_noun(lead.group(1)):
        text = " " * lead.end() + text[lead.end() :]  # (not ``sagt dessen Sohn X``)
    s = text.lstrip()
    off = len(text) - len(s)
    m = _PRONOUN.match(s)
    if m:
        return _Ref(pronoun=m.group(1).lower()), off + m.end()
    if _RELATIVE_OF.match(s):
        return None, 0  # ``sagen die Eltern von Anna X``: someone's relatives, unnamed
    if am := _AGED.match(s):  # ``sagt der 58-Jährige``: the person just spoken of, as a pronoun would
        return _Ref(pronoun="er" if am.group(1) == "der" else "sie", aged=True), off + am.end()
    if (nm := _NOUN_BEFORE_ADDRESS.match(s)) and not is_role_word(nm.group(1)):
        ref, end = _subject(s[nm.end() :])  # ``Der Nachbar Herr Brandt hatte …``: the person, no office
        return (ref, off + nm.end() + end) if ref is not None else (None, 0)
    if am := _ADDRESS.match(s):
        # ``Herr Bewig, Bezirksbürgermeister von Spandau``: the form of address is no part of the name
        wm = _ADDRESSED_FROM.match(s, am.end())
        place = wm.group(3).split()[0] if wm else ""
        # not ``vom Rednerpult``; ``vom Fraunhofer IPA``: a name with an abbreviation
        abbreviated = wm is not None and re.search(r"\s[A-ZÄÖÜ]{2,6}$", wm.group(3)) is not None
        if wm and (BODY_WORD.search(place) or _WORKPLACE.search(place) or abbreviated):
            # ``Frau Schönfelder vom Ordnungsamt``: a surname and where the person works
            person = PersonName(wm.group(1), None, None, wm.group(1), None)
            org = to_nominative(wm.group(3), "von der" if wm.group(2).endswith("der") else "dem")
            return _Ref(person=person, org=org, addressed=True), off + wm.end()
        ref, end = _subject(s[am.end() :])
        lone = _SURNAME_THEN_PLACE.match(s, am.end())
        if (ref is None or ref.person is None) and lone and is_name_token(lone.group(1)):
            # ``rief Frau Lehmann vom Rednerpult aus``: the surname, then where she stands
            surname = lone.group(1)
            ref, end = _Ref(person=PersonName(surname, None, None, surname, None)), lone.end(1) - am.end()
        if ref is None or ref.person is None:
            return None, 0
        ref.addressed = True
        return ref, off + am.end() + end
    um = _UNMARKED_APPOSITION.match(s)
    # (not a possessive: ``Petra Kellers Sprecher im Ministerium Jonas X``)
    possessive = um is not None and um.group("name").endswith("s")
    named = um is not None and not possessive and all(is_name_token(w) for w in um.group("name").split())
    office_words = um.group("office").split() if um else []
    # (an office of two words after an article only: ``der General Manager``)
    office_ok = um is not None and is_role_word(office_words[-1])
    office_ok = office_ok and (len(office_words) == 1 or bool(um.group("article")))
    if um and named and office_ok:
        # ``erklärt Manuela X Bezirksstadträtin für Ordnung``: the apposition's commas left out; the office
        # ends where the words stop being its (``… für Gesundheit und die QPK laden …``)
        cut = um.end("name")
        stop = _UNMARKED_OFFICE_END.search(s, um.start("office"))
        close = stop.start() if stop else len(s)
        lead = re.sub(r"\S", " ", s[cut : um.start("office")])  # an article blanked, the offsets kept
        ref, end = _subject(f"{s[:cut]},{lead}{s[um.start('office') : close]},{s[close:]}")
        if ref is None or end < close + 1:
            return None, 0
        return ref, off + end - (1 if end == close + 1 else 2)
    zm = _RESPONSIBLE.match(s)
    if zm:  # ``der ebenfalls für Sport zuständige Bezirksstadtrat Harald Muschner``
        ref, end = _subject(s[zm.end() :])
        if ref is not None and ref.person is not None and ref.role:
            ref.role = f"{zm.group(1)} {ref.role}"
            return ref, off + zm.end() + end
    pm = _PARTICLE_SURNAME.match(s)
    if pm:  # ``so von Kleewitz``, ``Von Broock:`` at a sentence start: a surname with its particle
        surname = pm.group(1)[0].lower() + pm.group(1)[1:]
        return _Ref(person=PersonName(surname, None, None, surname, None)), off + pm.end(1)
    if ", " in s[:200]:
        ref, end = _role_comma_name(s)
        if ref is not None:
            return ref, off + end
    tokens: list[str] = []
    end = 0
    first = True
    qualified = False  # an attributive word skipped after the article (``so ein enttäuschter …``)
    skip_to = 0
    brand_name = None  # a lowercase brand written apart before its office (``bremenports``)
    for tm in _TOKEN.finditer(s):
        tok = tm.group(0)
        if tm.start() < skip_to:
            continue  # inside a body's abbreviation taken whole
        if first:
            first = False
            # ``degewo-Vorstand Sandra Wehrmann``: a lowercase brand's office opens the subject
            brand_role = re.fullmatch(r"[a-zäöü][\wäöü]*-[A-ZÄÖÜ][\wäöüß-]*", tok) and is_role_word(tok)
            # (or written apart: ``so bremenports Geschäftsführer Robert Howe``)
            apart = re.match(r"[a-zäöü][a-zäöü]+\s+([A-ZÄÖÜ][\wäöüß-]+)\s+[A-ZÄÖÜ][a-zäöüß]+\s+[A-ZÄÖÜ]", s)
            brand = apart and tok not in _NO_BRAND and not re.search(r"(?:e|en|er|es|em)$", tok)
            if brand and is_role_word(apart.group(1)):
                brand_role, brand_name = True, tok
            articles = {"der", "die", "dem", "den", "ein", "eine"}
            lower = tok[:1].islower() and tok not in articles and not _ADJ.match(tok)
            if lower and not brand_role:
                return None, 0  # ``führte zum Verkauf …``: no subject here
            if tok in _PREPOSITIONS:
                return None, 0  # ``Zur Eröffnung … von Top Tegel``: an adverbial, not the subject
        if (
            len(tokens) == 1
            and tokens[0].lower() in {"der", "die", "dem", "den", "ein", "eine"}  # ``so ein enttäuschter …``
            and re.fullmatch(r"[a-zäöüß]+(?:e|en|er)|ebenfalls|auch|sichtlich|frisch|neu", tok)
            and not _TITLE_ADJ.fullmatch(tok)
            and tok != "zuständige"  # ``die zuständige Bezirksstadträtin X``: the office as stated
            # ``der stellvertretende Landrat``: part of the office
            and not re.fullmatch(_DEPUTY, tok)
        ):
            qualified = True
            continue  # ``die strahlende Irina Palina``, ``die ebenfalls anwesende …``: attributive words
        if (
            tok
            in {
                "der",
                "die",
                "das",
                "den",
                "dem",
                "des",
                "bei",
                "beim",
                "im",
                "am",
                "in",
                "auf",
                "aus",
                "für",
                "an",
                "mit",
                "zum",
                "zur",
                "nach",
                "vor",
            }
            and (
                (
                    len(tokens) >= 2
                    # ``Landrat Ralf Leßmeister die Reihe``: a surname that is also a role noun, after a name
                    and (is_name_token(tokens[-1]) or is_surname_like_role(tokens[-1]))
                    and is_name_token(tokens[-2])
                    and tokens[-3:-2] not in (["des"], ["der"])  # ``Beauftragte des Berliner Senats für …``
                )
                # ``„…“ bringt Frieber auf den Punkt``: a surname, then an adverbial
                or (len(tokens) == 1 and is_name_token(tokens[0]) and _ARTICLE_NEXT.match(s[tm.end() :]))
            )
        ) or (
            # ``fordert Landrat Schellhaas zur Unterstützung auf``, ``wollte Professor Dr. Ungerer zum
            # Einstieg … wissen``: an office or honorific and a surname, then an adverbial
            tok in {"zur", "zum", "bei", "beim", "im", "am", "auf", "nach", "vor", "mit"}
            and 2 <= len(tokens) <= 4
            and all(is_role_word(t) or re.fullmatch(HONORIFIC, t) for t in tokens[:-1])
            and is_name_token(tokens[-1])
        ) or (
            # ``bedankte sich Duschka bei Landrat Marx``: a surname alone, then a preposition's object
            tok in {"bei", "beim", "gegenüber", "an", "mit", "nach", "über", "aus", "zu"}
            and len(tokens) == 1
            and is_name_token(tokens[0])
            and re.match(r"\s+[A-ZÄÖÜ]", s[tm.end() :]) is not None
        ) or (
            # ``dankte Krumbach den Gästen``: a surname alone, then the verb's object
            tok in {"den", "dem", "die", "das"}
            and len(tokens) == 1
            and is_name_token(tokens[0])
            and re.match(r"\s+[A-ZÄÖÜ]", s[tm.end() :]) is not None
        ) or (
            # ``sagte der Bürgermeister zum Abschluss``, ``so Krumbach zur Begrüßung``: the occasion
            tok in {"zum", "zur"}
            and tokens
            and (is_name_token(tokens[-1]) or is_role_word(tokens[-1]))
            and _OCCASION_NEXT.match(s[tm.end() :]) is not None
        ) or (
            # ``sagte Matthiesen am Mittwoch``, ``Bürgermeister Kahl beim Rundgang``: a time or occasion
            0 < len(tokens) <= 3
            and all(t[:1].isupper() for t in tokens)  # a name with its office, not ``… der Abteilung``
            and is_name_token(tokens[-1])
            and (tok == "beim" or (tok in {"am", "im"} and _WHEN_NEXT.match(s[tm.end() :])))
        ):
            break  # ``Prof. Dr. Geraldine Rauch die Bedeutung …``: the name ends before the object
        domain = "für" in tokens[1:] and is_role_word(tokens[tokens.index("für") - 1])
        if tok == "," and domain and _DOMAIN_LIST_ON.match(s[tm.end() :]):
            tokens.append(tok)  # ``Bezirksstadtrat für Bauen, Planen und Facility Management X``: the office
            end = tm.end()
            continue
        short = tok == "(" and re.match(r"([A-ZÄÖÜ][A-Za-zÄÖÜ]{1,7})\)\s+(?=[A-ZÄÖÜ])", s[tm.end() :])
        body_short = short and not PARTY.match(short.group(1))  # (not ``… des Bauausschusses (SPD) Tom X``)
        if short and body_short and {"des", "der"} & set(tokens) and any(is_role_word(t) for t in tokens[:2]):
            # ``der Präsident des Deutschen Tourismusverbandes e.V. (DTV) Reinhard X``: the body's short form
            tokens.append(f"({short.group(1)})")
            end = skip_to = tm.end() + short.end(1) + 1
            continue
        if tok in {",", ";", ":", "(", ")", "–", "—", ".", "!", "?", "„", "“", '"', "»", "«"}:
            break
        if tok in {"die", "das", "den", "dem"} and tokens and is_role_word(tokens[-1]):
            break  # ``verabschiedete der Bürgermeister die Ratsmitglieder``: the office, then its object
        if tok == "/" and len(tokens) >= 2 and is_name_token(tokens[-1]) and is_name_token(tokens[-2]):
            break  # ``Bezirksbürgermeister Kai Kahl /Die Linke``: a party after the name
        if re.fullmatch(r"\d{4}", tok) and len(tokens) >= 2 and is_name_token(tokens[-1]):
            break  # ``die Schriftstellerin Ruth Andreas-Friedrich 1948 in ihrem Tagebuch``: a year follows
        if tok in {"Der", "Die", "Das", "Ein", "Eine"} and len(tokens) >= 2 and is_name_token(tokens[-1]):
            break  # ``erklärt Baustadtrat Florian Schmidt Das Kreuzberger …``: a lost full stop
        if tok in WORDS_SPOKEN and tokens and (is_name_token(tokens[-1]) or is_role_word(tokens[-1])):
            break  # ``richtete Landrat X Worte der Anerkennung an …``: the name, then the verb's object
        next_phrase = re.match(r"\s+(?:[A-ZÄÖÜ]|(?:der|die)\s)", s[tm.end() :])  # ``und der israelische …``
        if tok in {"und", "sowie"} and len(tokens) >= 3 and next_phrase:
            named = split_name(tokens)
            prefix = named.role_prefix if named is not None and named.given_name else None
            if prefix and any(is_role_word(w) for w in prefix.split()):
                break  # ``Oberbürgermeister Stefan Kramm und Prof. Dr. …``: the first person's phrase ends
        office_surname = len(tokens) == 2 and is_role_word(tokens[0]) and is_name_token(tokens[1])
        if tok in {"und", "sowie"} and office_surname:
            break  # ``Landrat Huber und Bürgermeisterin Petra X``: the first person ends
        named = len(tokens) >= 2 and is_name_token(tokens[-1]) and is_name_token(tokens[-2])
        attributive = _ADJ.match(tok.rstrip(".")) and not named  # not after a complete name
        # ``Bundesinnenminister Dr. de Maizière``: a surname's particle after the honorific, or after a given
        # name where the surname ends the name (not ``Jean Morel de Paris aus …``)
        after_given = len(tokens) == 1 or (len(tokens) >= 2 and not is_name_token(tokens[-2]))
        particle = (
            tok in {"de", "van", "ten", "le"}
            and tokens
            and (re.fullmatch(HONORIFIC, tokens[-1]) or (is_name_token(tokens[-1]) and after_given))
            and _SURNAME_NEXT.match(s[tm.end() :])
        )
        lower = tok[:1].islower() and tok not in {*CONNECTORS, *_LEGAL_FORMS}
        if lower and not attributive and not particle and tokens:
            break  # ``Bürgermeister Ralph Spiegler neuer Präsident …``: the name is complete
        # ``Vorsitzender des Bauhaus-Archiv e.V. Dr. Markus Klimmer``: the body's legal form inside a role
        # ``Hermann Hamma vom Volksbund … e. V. in Biberach``: or inside an affiliation
        in_role = tok in _LEGAL_FORMS and any(is_role_word(t) or t in {"vom", "von"} for t in tokens)
        abbreviation = re.fullmatch(rf"{HONORIFIC}|[A-ZÄÖÜ]\.|(?:{ROLE_ABBREV})\.", tok)
        # ``der 1. stv. Bürgermeister``: an ordinal opening the office
        ordinal = re.fullmatch(r"\d{1,2}\.", tok) and tokens[-1:] in ([], ["der"], ["die"])
        office_next = re.match(rf"\s+(?:(?:{ROLE_ABBREV})\.|([A-ZÄÖÜ][\wäöüß-]+))", s[tm.end() :])
        office_next = office_next and (office_next.group(1) is None or is_role_word(office_next.group(1)))
        abbreviation = abbreviation or (ordinal and office_next)
        if tok.endswith(".") and not in_role and not abbreviation:
            tokens.append(tok[:-1])
            end = tm.end() - 1
            break
        tokens.append(tok)
        end = tm.end()
        if len(tokens) > 14:
            break
    while tokens and tokens[-1] in CONNECTORS:
        tokens.pop()
    if not tokens:
        return None, 0
    org = None
    for j in range(2, len(tokens) - 1):
        # ``Prof. Dr. Maren Lüdecke vom Institut für Biowissenschaften``: name, then the affiliation
        t, nxt = tokens[j], tokens[j + 1]
        bare_von = t == "von" and nxt[:1].isupper() and len(tokens) - j - 1 >= 2
        if not (t == "vom" or (t == "von" and nxt in {"der", "dem", "den"}) or bare_von):
            continue
        # ``Roland Prejawa von Urban Contemporary``: a full name, then ``von`` and two or more words;
        # a single word after ``von`` is a name particle (``Stephan von Dassel``)
        named = split_name(tokens[:j])
        tail = tokens[j + 1 :] if t == "vom" or bare_von else tokens[j + 2 :]
        if named is not None and named.given_name and tail and tail[0][:1].isupper():
            article = nxt if t == "von" and nxt in {"der", "den"} else "dem"
            # the name ends with its legal form (not ``… e. V. in Biberach``, ``… e.G. am Montag``)
            form = next((f for f in _LEGAL_FORMS if f in tail), None)
            tail = tail[: tail.index(form) + 1] if form else tail
            # (not the verb's object after it: ``vom Bezirksamt X von Berlin die Bedeutung des Projekts``)
            cut = next((k for k, t in enumerate(tail) if k and t in {"die", "das", "den"}), None)
            tail = tail[:cut] if cut else tail
            # (not the occasion after it: ``vom Landratsamt Regen bei der Begrüßung der Teilnehmer``)
            body = _ROLE_OCCASION.sub("", " ".join(tail))
            org = to_nominative(body, "von der" if article == "der" else "dem")
            if article == "den" and len(tail) == 1 and org.endswith("en"):
                org = org[:-1]  # ``von den Grünen``: the party, in the nominative plural
            tokens = tokens[:j]
        break
    body_subject = (
        len(tokens) >= 4
        and tokens[0] in {"der", "die", "das"}
        and re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß-]+[^rs]", tokens[1]) is not None
        # a noun, not an office's adjective (``die Parlamentarische Staatssekretärin``)
        and re.search(r"(?:isch|lich|ig|en|et|nd|er|al|iv)e$", tokens[1]) is None
        and not is_role_word(tokens[1])
        and not place_adjective(tokens[1])
        and is_role_word(tokens[2])
    )
    if body_subject:
        return None, 0  # ``so begrüßte die Stadtkapelle Bürgermeister X``: the body greets, X is greeted
    person = split_name(tokens)
    run_on = person is not None and person.role_prefix and len(tokens) >= 5 and is_role_noun(tokens[2])
    first = split_name(tokens[:2]) if run_on else None
    # (a name, not a place's genitive and an office's adjective: ``Berlins Regierender Bürgermeister X``)
    if first is not None and (
        any(_ADJ.match(t.lower()) or is_role_word(t) for t in tokens[:2])
        or (tokens[0].endswith("s") and gazetteer.is_exact_name(tokens[0][:-1]))
        or tokens[1].endswith("s")  # (``Petra Kellers Sprecher Jonas X``: her office's holder)
    ):
        first = None
    if first is not None and first.given_name:
        # ``„…“, so Jörg X Familienstadträtin Julia Y: „…“``: the full stop after the name is missing; the
        # subject ends with the first name, the next sentence's office and name are another's
        second = re.search(rf"{re.escape(tokens[0])}\s+{re.escape(tokens[1])}", s)
        # (only where the next speaker's words follow a colon: not ``so Werder Bremen Geschäftsführer X.``)
        colon = person is not None and re.search(rf"{re.escape(person.surname)}\s*:", s) is not None
        if second is not None and colon and not gazetteer.is_exact_name(tokens[1]):
            return _Ref(person=first), off + second.end()
    named_office = qualified and len(tokens) <= 6 and all(t[:1].isupper() for t in tokens[1:])
    if tokens[0] in {"ein", "eine"} and not (named_office and person is not None and person.given_name):
        # ``sagte ein Sprecher der Polizeidirektion West``, ``ein Sprecher von Bürgermeister X``: someone
        # unnamed; only ``so ein enttäuschter Bürgermeister Dirk X`` names the speaker
        return None, 0
    plain = [t for t in tokens if not re.fullmatch(HONORIFIC, t)]  # ``Dr. Kollatz`` is one name
    if person is not None and person.given_name is None and person.role_prefix is None and len(plain) > 1:
        person = None
    if person is None:
        m2 = _ROLE_ONLY.match(" ".join(tokens))
        if m2 and is_role_word(m2.group(1).split()[0]):
            return _Ref(role_only=_ROLE_WHEN.sub("", " ".join(tokens[1:]))), off + end
        if tokens and is_role_word(tokens[0]):
            return _Ref(role_only=_ROLE_WHEN.sub("", " ".join(tokens))), off + end
        # ``so der Potsdamer Landrat``: adjectives before the role noun
        # ``das Stadtoberhaupt``: also a neuter office
        words = tokens[1:] if tokens and tokens[0].lower() in {"der", "die", "das"} else tokens
        if len(words) == 2 and is_role_word(words[1]) and gazetteer.is_exact_name(words[0][:-1]) and (
            words[0].endswith("s")
        ):
            return _Ref(role_only=" ".join(words)), off + end  # ``sagte Brandenburgs Rathauschef``
        k = next((j for j, t in enumerate(words[:3]) if is_role_word(t)), None)
        # (``der Regierende Bürgermeister``: an office's capitalised adjective, which stays in the office)
        titled = [j for j, t in enumerate(words[: k or 0]) if t[:1].isupper() and _ADJ.match(t.lower())]
        plain = all(re.fullmatch(r"[A-ZÄÖÜ][\w-]*er|[a-zäöüß]+e[nr]?", t) for t in words[: k or 0])
        if k is not None and (plain or titled):
            if k and place_adjective(words[k - 1]):
                k -= 1  # ``so der Stendaler Landrat``: the place stays in the office
            k = titled[0] if titled else k
            return _Ref(role_only=_ROLE_WHEN.sub("", " ".join(words[k:]))), off + end
        return None, 0
    prefix = person.role_prefix.replace(" ,", ",") if person.role_prefix else None
    if prefix and not re.match(rf"^{RESPONSIBLE_FOR}\s", prefix):
        # leading articles and adjectives go; ``für Bildung zuständige Beigeordnete`` stays whole
        prefix = _LEADING_WORDS.sub("", prefix) or None
    conj = _CONJUNCTION.match(prefix or "")
    if prefix and conj and is_role_word(prefix[conj.end() :].split()[0]):
        prefix = prefix[conj.end() :]  # ``Wie Bezirksstadtrat X mitteilte``: the clause's conjunction goes
    vm = re.search(r"\b(?:von|vom|bei|beim|mit)\s+(?=\S)", prefix or "")  # ``Stippvisite bei Landrat X``
    if prefix and vm and not is_role_word(prefix.split()[0]) and is_role_word(prefix[vm.end() :].split()[0]):
        prefix = prefix[vm.end() :]  # ``Grußwort von Bürgermeister Michael Müller``: the role after ``von``
    if prefix and _DETERMINER.match(prefix) and not is_role_word(prefix.split()[0]):
        prefix = _DETERMINER.sub("", prefix, count=1)  # ``Ihr Brandenburger Amtskollege``
    # ``Vorsitzende des Caritasrates Dekan X``, ``Kammerpräsident Ökonomierat X``, ``Leiter des Hauptzollamtes
    # Hamburg - Direktor bei der Zollverwaltung X``: the office, not the title or rank after it
    titled = re.match(
        r"^(.+\s(?:des|der)\s+[A-ZÄÖÜ][\w-]*|[A-ZÄÖÜ][\w-]*)\s+([A-ZÄÖÜ][\w-]*)$|^(.+?)\s+[-–]\s+(.+)$",
        prefix or "",
    )
    office = (titled.group(1) or titled.group(3)) if titled else ""
    rank = (titled.group(2) or titled.group(4)) if titled else ""
    # (not after ``Neuer``, ``Erster``; an abbreviated office stays: ``Kuratoriumsvorsitzende OB X``)
    qualified = titled and (_ADJ.match(office.split()[0].lower()) or rank in ROLE_ABBREVIATIONS)
    # (one person's offices agree in gender: not ``lobte die Ministerin Landrat X``; ``Vorsitzende`` is both)
    hers, his = office.split()[0] if titled else "", rank.split()[0] if titled else ""
    qualified = qualified or (hers.endswith("in") and not his.endswith("in"))
    qualified = qualified or (his.endswith("in") and not hers.endswith(("in", "e")))
    if titled and not qualified and is_role_word(rank.split()[0]) and is_role_word(office.split()[0]):
        event = re.match(
            r"\w*[Rr]edner|Laudator|Gastgeber|Moderator|Initiator|Organisator|Veranstalter|Schirm|Ideengeber",
            office,
        )
        prefix = rank if event or _HONORARY_PART.match(office) else office
    # a noun phrase, not a sentence adverb (``Auch``)
    noun_phrase = _ROLE_NOUN_PHRASE.fullmatch(prefix or "") and prefix.split()[-1] not in NON_NAME
    if prefix and not (any(is_role_word(w) for w in prefix.split()) or noun_phrase):
        prefix = None  # words before a full name that name no function (``Kunstrasensanierung in``)
    at = s.rfind(person.surname, 0, end + 1)  # the name's own occurrence
    name_end = at + len(person.surname) if at >= 0 else len(s)
    body = _OF_QUOTED_BODY.match(s, name_end)
    if body and org is None and prefix is None and person.given_name:
        org, end = body.group(1), body.end()  # ``Ousman Noor von „Stop Killer Robots“ sagt:``
    member = _MEMBER_OF.match(s, name_end)
    member = member if member and not _PEOPLE.search(member.group(2)) else None
    if member and org is None and prefix is None and person.given_name:
        # ``so Jutta Schreiber aus dem Team der Partei Mensch Umwelt Tierschutz``: a member, no office
        org, end = to_nominative(member.group(2), member.group(1)), member.end()
    if brand_name and org is None and not (prefix or "").startswith(brand_name):
        # ``so bremenports Geschäftsführer Robert Howe``: the brand is the body where the text names it
        # elsewhere too (not an adverb: ``so etwa Geschäftsführer X``)
        org = brand_name if len(re.findall(rf"(?<![\w-]){re.escape(brand_name)}\b", text)) >= 2 else None
    ref = _Ref(person=person, role=prefix, org=org)
    rest = s[end:]
    alias = _ALIAS.match(rest) if person.role_prefix is None else None  # not ``Direktor X, alias Y``
    if alias and (real := split_name(alias.group(1).split())) and real.given_name:
        # ``Clown Pippo, alias Gerry Sheridan``: the real name, the noun before the stage name the role
        stage = None if person.honorific else person.given_name
        return _Ref(person=real, role=stage), off + end + alias.end()
    pm = _PAREN_ROLE.match(rest)
    segments = pm.group(1).split(", ") if pm else []
    office = next((seg for seg in segments if any(is_role_noun(w) for w in seg.split()[:4])), None)
    if pm and office and not ref.role:
        # ``Prof. Dr. Alexander X (Theologieprofessor und Referent für Liturgie …) erklärt``, ``Anna X (Grüne,
        # Vorsitzende des Umweltausschusses)``: the office, not a party, an age or a place in the picture
        ref.role, rest, end = office.strip(), rest[pm.end() :], end + pm.end()
    elif pm := _PAREN.match(rest):  # ``Uwe Brockhausen (SPD), …``
        rest = rest[pm.end() :]
        end += pm.end()
    if (bm := _RESPONSIBLE_AT.match(rest)) is not None and not (ref.role or ref.org):
        # ``Sebastian X, bei den Stadtwerken für das Marketing verantwortlich, …``: where the person works
        plural = bm.group(1) == "den" and bm.group(2).endswith("en")  # ``den Stadtwerken``: a dative plural
        ref.org = bm.group(2)[:-1] if plural else to_nominative(bm.group(2), bm.group(1) or "dem")
        return ref, off + end + bm.end()
    am = re.match(
        # ``…, zuständiger Bezirksstadtrat``, ``…, 1. Vorsitzender``, ``…, stellv. Bezirksbürgermeisterin``,
        # ``…; Leiter der Musikschule`` (a semicolon for a comma)
        # (``…, seit 2014 Vorsitzende des …``: the term before the office)
        # (``…, alter und neuer zweiter Vorsitzender``: the term's words before the office go)
        rf"^\s*[,;]\s+(?:seit\s+(?:dem\s+Jahr\s+)?\d{{4}}\s+)?(?:(?:alte[rn]?\s+und\s+)?neue[rn]?\s+(?=[a-z]+e[rn]?\s))?"
        rf"(?:(?:der|die)\s+(?=[A-ZÄÖÜ]|{_APPOSED_ADJ}\s+[A-ZÄÖÜ]))?"
        rf"(?=[A-ZÄÖÜ]|(?:\d{{1,2}}|{ROLE_ABBREV})\.\s+[A-ZÄÖÜ]|[a-zäöüß]{{3,}}e[rn]?\s+[A-ZÄÖÜ])",
        rest,
    )
    if am is None and not (ref.role or ref.org) and (qm := _AS_OFFICE.match(rest)):
        # ``Anna X als Vorsitzende des Fördervereins``, ``… in ihrer Funktion als …``: her office
        role_text, read = _apposition(rest[qm.end() :])
        role_text = _office_phrase(_ROLE_VERB_ON.sub(r"\1", role_text))  # ``… des Vereins betonte``: no verb
        if role_text and is_role_word(role_text.split()[0]):
            ref.role = role_text
            return ref, off + end + qm.end() + len(role_text)
    if am:
        role_text, read = _apposition(rest[am.end() :])
        if cut := _GENITIVE_THEN_OBJECT.match(role_text):
            # ``Ralf X, Amtsleiter des Dresdner Ordnungsamtes das zurückliegende Jahr``: the verb's object
            read -= len(role_text) - len(cut.group(1))
            role_text = cut.group(1)
        nxt = rest[am.end() + read :]
        led = re.match(r"^\s*[,;]\s+(der|die)\s", rest)
        # (``Kinder- und Jugendmedizin``: one field written short, no second person)
        # ``…, der Leiter des Sportamts und die Kämmerin …``: another person with an article of her own (not
        # a second office, ``… von Berlin und Senator für …``, nor a field, ``Kinder- und Jugendmedizin``)
        people = re.search(r"(?<!-) und\s+(?:der|die)\s", role_text)
        if led and (_person_in_role(role_text) or people):
            role_text = ""  # ``…, der Leiter des Sportamts Max Muster und Berta Schmidt``: a list of people
        elif led and led.group(1) == "der":
            role_text = re.sub(r"^([A-ZÄÖÜ][\wäöüß-]*(?:nde|te))\b", r"\1r", role_text)  # ``der Vorsitzende``
        other = split_name(re.split(r"\s+(?:und|sowie)\s+", role_text)[0].split())
        # a list of people goes on after it (not ``Jan X, Leiter Jugendclub Waldau.``)
        listed = re.search(r"\s(?:und|sowie)\s", role_text) or re.match(r"^\s*,\s+[A-ZÄÖÜ]", nxt)
        if other is not None and other.given_name and other.role_prefix and " " not in other.role_prefix and (
            listed
        ):
            role_text = ""  # ``Präsidentin X, Vizepräsidentin Heike Gothe, …``: the next person
        elif (ref.role or led) and _NEXT_PERSON.match(nxt):
            # ``Vorstand X, Bezirksstadträtin für Bildung, Karin Korte, …``: a list of role-name pairs, the
            # apposition is the next person's role
            role_text = ""
        if role_text and any(is_role_noun(w) for w in role_text.split()[:3]):
            # ``der stellvertretende Verbandsvorsteher Jörg Tammerlin, Bürgermeister der Gemeinde Letschin``:
            # the apposition is the role (as in the reference record)
            ref.role = role_text
            end += am.end() + read
        elif not (ref.role or ref.org) and _words(role_text) < 9 and (
            _AFFILIATION.search(role_text) or _place_named_body(role_text)
        ):
            ref.org = role_text  # ``Prof. Dr. Jens Adomeit, Technische Hochschule Brandenburg``: an employer
            end += am.end() + read
    return ref, off + end


# a given name and surname inside a role phrase: another person
_NAME_IN_ROLE = re.compile(
    r"\b([A-ZÄÖÜ][a-zäöüß]+)\s+([A-ZÄÖÜ][a-zäöüß]+)(?:-[A-ZÄÖÜ][a-zäöüß]+)?$|"
    r"\b([A-ZÄÖÜ][a-zäöüß]+)\s+([A-ZÄÖÜ][a-zäöüß]+)\s+und\b"
)


def _person_in_role(role_text: str) -> bool:
    """``der Leiter des Sportamts Max Muster und …``: a role phrase that names a person, not a body with its
    place (``der Beauftragte … im Bezirksamt Mitte``)."""
    return any(
        is_name_token(m.group(1) or m.group(3))
        and (is_name_token(m.group(2) or m.group(4)) or is_surname_like_role(m.group(2) or m.group(4)))
        # (not a genitive body with its place: ``der Präsident des Rechnungshofs Baden-Württemberg``)
        and not re.search(r"\b(?:des|der|dem|vom|im)\s+$", role_text[: m.start()])
        for m in _NAME_IN_ROLE.finditer(role_text)
    )


_OF_QUOTED_BODY = re.compile(r"\s+von\s+[„»\"“]([^„“”\"»«]{2,60})[“”\"«]")
_MEMBER_OF = re.compile(
    r"\s+(?:aus\s+dem\s+(?:Team|Vorstand)|Mitglied)\s+(der|des)\s+"
    r"([A-ZÄÖÜ][\wäöüß-]*(?:\s+(?:für\s+|und\s+)?[A-ZÄÖÜ][\wäöüß-]*)*)"
)
# people, not a body (``der Anwohnerinnen und Anwohner``, ``der Eltern``)
_PEOPLE = re.compile(r"^(?:Eltern|Familien|Kinder|Jugendlichen)\b|innen\b|(?:er|en)$")
# a listed person after a role apposition: the role is theirs, not the name's before it
_NEXT_PERSON = re.compile(r"^,\s+(?:[A-ZÄÖÜ][a-zäöüß]+\s+){1,2}[A-ZÄÖÜ][\wäöüß-]+\s*(?:,|\(|und\b)")
# an apposition naming a body, not a function (``…, Technische Hochschule Brandenburg``)
_AFFILIATION = re.compile(
    r"^(?:[A-ZÄÖÜ][\wäöüß-]*\s+)*(?:Hochschule|Universität|Institut|Verein|Verband|Kammer|Stiftung|Akademie|"
    r"[A-ZÄÖÜ][\wäöüß-]*(?:schaft|verein|verband|kammer|institut|werk|werke|amt|behörde|ausschuss|beirat|"
    r"kommission|zentrum|netzwerk|bündnis))\b|\b(?:GmbH|e\.\s?V\.|AG)$"
)


def _place_named_body(text: str) -> bool:
    """``Wohnstätte Stade``: a word and the place that names it, not a place alone (``Bad Belzig``)."""
    words = text.split()
    return (
        2 <= len(words) <= 4
        and all(w[:1].isupper() for w in words)
        and not is_role_word(words[0])
        and not re.search(r"(?:bürger|einwohner|bewohner)(?:in)?$", words[0])  # ``Ehrenbürger Potsdam``
        and gazetteer.is_exact_name(words[-1])
        and not gazetteer.is_exact_name(text)
    )


# ``…, bei den Stadtwerken für das Marketing verantwortlich,``: the body a person works for, no office
_RESPONSIBLE_AT = re.compile(
    r"^\s*,\s+(?:bei|beim)\s+(?:(der|dem|den)\s+)?((?:[A-ZÄÖÜ][\wäöüß-]+\s+)?[A-ZÄÖÜ][\wäöüß-]*(?i:werken?|"
    r"verwaltung|amt|ämtern|behörde|polizei|feuerwehr|verein|verband|kammer|gmbh|schule|hochschule|"
    r"universität|klinikum|sparkasse|bank|betrieben?|gesellschaft|kreis|stadt|gemeinde)(?:\s+[A-ZÄÖÜ][\wäöüß-]+)?)\s+"
    r"[^,.;:]{0,80}?\b(?:verantwortlich|zuständig|tätig|beschäftigt|angestellt)\s*,"
)
_ENUM_TAIL = re.compile(
    r"^,\s+(?:[A-ZÄÖÜ][\w/-]*(?:\s+[a-zäöüß]+)?(?:\s+[A-ZÄÖÜ][\w/-]*)?,\s+)*"
    # (not a verb's past tense: ``…, begrüßte Teilnehmer und Gäste``; but ``ambulante Pflege und …``)
    r"(?:(?!(?:begrüßte|dankte|eröffnete|lobte|ehrte|würdigte|betonte|stellte|nannte|besuchte|überreichte|"
    r"verabschiedete|beglückwünschte|gratulierte|informierte|zeigte|ermunterte|ermutigte|forderte|begleitete|"
    r"berichtete|erläuterte|erklärte|sagte)\s)[a-zäöüß]+\s+)?"
    r"(?:[A-ZÄÖÜ][\w/-]*\s+)?[A-ZÄÖÜ][\w/-]*\s+(?:und|sowie|&)\s+"
    r"(?:[a-zäöüß]+\s+)?[A-ZÄÖÜ][\w/-]*"
)


# ``Bürgermeister der Stadt Storkow (Mark)``, ``Leiter der Familienkasse der Bundesagentur für Arbeit (BA)``
# ``(Mark)``, ``(BA)``, ``(LesLeFam)``: a place's qualifier or a body's abbreviation
_PLACE_QUALIFIER = re.compile(
    r"\(([A-ZÄÖÜ][a-zäöüß]{2,12}|[A-ZÄÖÜ]{2,6}|[A-ZÄÖÜ](?=[a-zäöü]*[A-ZÄÖÜ])[A-Za-zÄÖÜäöü]{2,10})\)"
)
# party labels in parentheses are neither name nor role
_PARTY_WORDS = {
    "Grüne", "Linke", "Piraten", "Freie", "Volt", "SPD", "CDU", "CSU", "FDP", "PDS", "BSW", "ÖDP", "NPD",
    "DKP", "MLPD", "FW", "LINKE", "GRÜNE", "AfD", "MdA", "MdB", "MdL", "MdEP", "Grünen",
}


def _apposition(text: str) -> tuple[str, int]:
    """The role apposition and how many characters of ``text`` it covers: up to the next comma, colon,
    opening quote or sentence end (a comma list closed by ``und`` stays inside: ``Senatorin für Bildung,
    Jugend und Familie``); a term of office, an occasion, a next verb or person are cut from the role."""
    out = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c == ",":
            em = _ENUM_TAIL.match(text[i:])
            # (also a department's fields after a dash: ``Klinik für Innere Medizin – Gastroenterologie, …``)
            if em and re.search(r"\b(?:für|der|des)\s+(?:\S+\s+){0,2}(?:[–-]\s+)?\S+$", "".join(out)):
                out.append(em.group(0))
                i += em.end()
                continue
            break
        if c in "„»\"“" and re.search(
            r"(?:\b(?:der|des|die|das|dem|den|im|vom|von|beim|am|für)|[A-ZÄÖÜ][\wäöüß-]+)\s*$", "".join(out)
        ):
            close = re.match(r"[„»\"“]([^„“”\"»«.!?]{2,60})[“”\"«]", text[i:])
            if close:
                out.append(close.group(0))  # ``Parkleiterin der „Gärten der Welt“``: a quoted name
                i += close.end()
                if not re.match(r"\s+[a-zäöüß]", text[i:]):
                    break  # the role ends with the name unless a lowercase word carries it on
                continue
        after_word = c == "(" and re.search(r"(?:[A-ZÄÖÜ]\w+|\be\.\s?V\.) $", text[:i])  # also ``… e.V. (X)``
        qualifier = _PLACE_QUALIFIER.match(text, i) if after_word else None
        if qualifier and qualifier.group(1) not in _PARTY_WORDS:
            out.append(qualifier.group(0))  # ``Bürgermeister der Stadt Storkow (Mark)``
            i = qualifier.end()
            continue
        if c in ';:(„“"»«\n':
            break
        if (
            c in ".!?"
            and (i + 1 >= n or text[i + 1] in ' \n“"”„»')
            and not _abbreviation_at(text, i)
        ):
            break
        # (a sentence glued to the next: ``Präsident des Sparkassenverbandes Saar.Die Sparkassen …``)
        glued = c == "." and re.match(_SENTENCE_OPENER, text[i + 1 : i + 20])
        if glued and re.search(r"[a-zäöüß]{3}$", text[:i]):
            break
        out.append(c)
        i += 1
        registered = c == "." and re.search(r"\be\.\s?V\.$", text[max(0, i - 5) : i])
        if registered and re.match(r"\s+[A-ZÄÖÜ]", text[i:]):
            break  # ``Vorsitzender des Vereins Plus e.V. Der Preis …``: the name ends the sentence
    role = _ROLE_OCCASION.sub("", "".join(out).strip())
    role = _ROLE_VERB_ON.sub(r"\1", role)
    # ``Dem schließt sich X, Oberärztin an der Kinderklinik an:`` (not a body's verb: ``… X packt an``)
    role = _TRAILING_PARTICLE.sub(r"\1", role)
    role = _ROLE_AND_VERB.sub("", _ROLE_SINCE.sub("", role))
    role = re.sub(r"\s+(?:ist|war)$", "", role)  # a relative clause's verb: ``…, die Vorsitzende des X ist``
    # (a field list closed by ``und``, then the sentence going on without a comma: ``Senatorin für Bildung,
    # Jugend und Familie möglichst früh …``)
    role = re.sub(
        r"(\bfür\s+[A-ZÄÖÜ][^,]*(?:,\s+[A-ZÄÖÜ][^,]*)*\s+und\s+[A-ZÄÖÜ][\wäöüß-]*)\s+"
        r"(?:möglichst|auch|bereits|schon|nun|jetzt|heute|gestern|gern|besonders|insbesondere|zudem|außerdem|"
        r"weiterhin|künftig|erneut|ebenfalls|gemeinsam|(?!nörd|öst|süd|west)[a-zäöüß]{3,}lich)\b.*$",
        r"\1",
        role,
    )
    # (the verb's object after the body, the comma left out: ``…, Verbandsvorsitzender des BFBahnen die
    # Entscheidung.``)
    role = re.sub(
        r"(\b(?:des|der)\s+\S+)\s+(?:die|den|das)\s+(?!Linke\b|Grünen\b)[A-ZÄÖÜ][a-zäöüß]+$",
        r"\1",
        role,
    )
    # (a verb of saying after it before the colon, the comma left out: ``X, Vorsitzender des … betont:``)
    role = _SAID_AFTER_ROLE.sub("", role) if text[i : i + 1] in (":", ",") else role
    return _without_next_person(role), i


# a verb of saying closing an apposition whose comma is left out
_SAID_AFTER_ROLE = re.compile(rf"\s+(?:{VERBS})(?:\s+(?:{_ADVERBS}))*$")
_TRAILING_PARTICLE = re.compile(
    # (also an object pronoun and the verb of a ``wie X, Amt es zusammenfasste`` clause)
    rf"(\b[A-ZÄÖÜ][\wäöüß-]*[a-zäöüß])\s+(?:{_VERB_PARTICLE}|(?:es|dies|das)\s+[a-zäöüß]+(?:te|t|en))$"
)


# the first word of a sentence glued to the one before (``Saar.Die Sparkassen``), not a word's abbreviated
# first part (``Evang.Kirchengemeinde``)
_SENTENCE_OPENER = (
    r"(?:Der|Die|Das|Dies|Diese[rs]?|Sie|Er|Wir|Es|Ich|Auch|In|Im|Mit|Am|Nach|Bei|Seit|Ein|Eine)\s"
)


def _without_next_person(role: str) -> str:
    """``Bezirksbürgermeister von X und Dr. Torsten Kühne``, ``Erster Beigeordneter und die
    Ausbildungsverantwortliche Linda Rein``: the next person and their office are not part of the role (a
    body's name is: ``… und der Stadtwerke Bad Oberdorf``)."""
    m = _ROLE_AND_PERSON.search(role)
    if m is None:
        return role
    person = split_name(m.group("name").split())
    office = m.group("office")
    if person is None or not person.given_name or (office and not is_role_word(office)):
        return role
    return role[: m.start()]


# ``Bezirksbürgermeisterin Steglitz-Zehlendorf eröffnete die Diskussion``: no comma, the verb ends the role
_ROLE_VERB_ON = re.compile(
    r"\b([A-ZÄÖÜ][\wäöüß-]*\)?)\s+(?!(?:seit|nicht|jetzt|selbst|zuletzt|gegen|neben|zwischen|unten|oben|wegen|"
    # (also after adverbs of time: ``… Verbraucherschutz begrüßte heute Morgen die Aussteller``)
    r"binnen)\b)(?:[a-zäöüß]{3,}(?:te|t|en)|[a-zäöüß]{3,}te\s+(?:heute|gestern|morgen)"
    r"(?:\s+(?:Morgen|Abend|Vormittag|Nachmittag))?)\s+"
    r"(?:die|den|das|dem|der|des|ein|eine|einen|einem|sich|auch|"
    r"ihre|ihren|ihrem|seine|seinen|seinem|zur|zum|ins)\b.*$"
)
# ``…, Geschäftsführer der X und ergänzt „…“``: the next verb is not part of the role
_ROLE_AND_VERB = re.compile(rf"\s+und\s+(?:(?:{VERBS})$|[a-zäöüß]+t(?:e)?\b.*$)")
# ``Bezirksbürgermeister von Marzahn-Hellersdorf und Dr. Torsten Kühne``: the next person is not either
# ``Erster Beigeordneter und die Ausbildungsverantwortliche Linda Rein``: nor the next person with an office
_ROLE_AND_PERSON = re.compile(
    rf"\s+und\s+(?:(?:{HONORIFIC}\s+)+|(?:der|die)\s+(?:[a-zäöüß]+e\s+)?(?P<office>[A-ZÄÖÜ][\wäöüß-]+)\s+"
    rf"(?:{HONORIFIC}\s+)*)(?P<name>[A-ZÄÖÜ][a-zäöüß]+\s+[A-ZÄÖÜ][a-zäöüß-]+)$"
)
# ``Bezirksstadtrat für Wirtschaft anlässlich der Änderung …``: the occasion is not part of the role
_ROLE_OCCASION = re.compile(
    r"\s+(?:anlässlich|angesichts|aufgrund|wegen|trotz|gegenüber|bei\s+(?:der|dem|einer|einem)\s+(?:Eröffnung|"
    r"Einweihung|Übergabe|Feier\w*|Veranstaltung|Verleihung|Vorstellung|Präsentation|Begrüßung|Sitzung|Tagung|"
    r"\w*[Vv]ersammlung|Pressekonferenz|Auftaktveranstaltung|Preisverleihung|Besuch(?:s|es)?|Rundgang|Termin)|"
    # (``bei der traditionellen Verbundpressekonferenz``)
    r"bei\s+(?:der|dem|einer|einem)\s+[a-zäöüß]+en\s+[A-ZÄÖÜ]\w*(?:konferenz|versammlung|veranstaltung|"
    r"feier|sitzung|tagung|verleihung)\b|"
    # (``… des LSVBW im Anschluss an die Abstimmung``, ``… am Rande der Sitzung``, ``… zum Abschluss``)
    r"im\s+Anschluss\s+an|am\s+Rande\s+(?:der|des)|zum\s+(?:Abschluss|Auftakt)\s+(?:der|des)|"
    # (an event the words were said at: ``… zum Symposium – Straßen-Raum-Erbe``)
    r"zum\s+(?:Symposium|Festakt|Empfang|Jubiläum|Fachtag)\b|"
    # (what the speaker is pleased about: ``… und Familie über die neueste Veröffentlichung …``)
    r"über\s+(?:die|den|das|dem|diese[nmrs]?)\s+(?:[a-zäöüß]+e[nmrs]?\s+)?(?=(?:Veröffentlichung|Ausgabe|"
    r"Broschüre|Auszeichnung|Ergebnis|Entscheidung|Förderung|Zusage|Eröffnung|Unterstützung|Spende|"
    r"Fertigstellung|Resonanz|Beteiligung|Wahl|Ehrung|Nachricht)))(?:\b|(?=[A-ZÄÖÜ])).*$"
)  # (``Geschäftsführerin der X GmbH bei der Eröffnung des …``: the occasion)
# ``sagte der Ministerpräsident am Samstag in Potsdam``: when and where are not part of the role
_ROLE_WHEN = re.compile(
    r"\s+(?:am\s+(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag|Wochenende|Rande|\d)"
    r"|heute|gestern|vorgestern|morgen|anlässlich|bei\s+(?:der|dem|einem|einer)\b|(?:den|dem)\s+(?=[A-ZÄÖÜ]))\b.*$"
)
# ``Verbandsvorsteherin seit 2007``: the term of office is not part of the role
_ROLE_SINCE = re.compile(
    r"\s+(?:seit|von|ab)\s+(?:dem\s+Jahr\s+)?(?:\d{1,2}\.\s*)?(?:\w+\s+)?\d{4}(?:\s+bis\s+\d{4})?$"
)


# a registered association's or cooperative's legal form, one token
_LEGAL_FORMS = {"e.V.", "e. V.", "e.G.", "e. G."}
# the rest of an office's list of fields, single words (``für Bauen, Planen und Facility Management``)
_DOMAIN_LIST_ON = re.compile(r"\s*[A-ZÄÖÜ][\wäöüß-]*(?:,\s*[A-ZÄÖÜ][\wäöüß-]*)*\s+(?:und|sowie)\s+[A-ZÄÖÜ]")


def _name_pairs(text: str) -> Iterator[re.Match[str]]:
    """Capitalised pairs that may be a given name and a surname, overlapping (``Bürgermeister Hans X``)."""
    return re.finditer(rf"(?=({_GIVEN_AND_SURNAME}))", text)


def _names_another(role: str) -> bool:
    """Whether a role phrase names a person by given name and surname, neither an office's word
    (``Berlins Regierender Bürgermeister`` names nobody; ``der Vorsitzende der Stiftung … Hans X sowie``
    does)."""
    for m in _name_pairs(role):
        words = m.group(1).split()
        person = split_name(words)
        nxt = role[m.end(1) :].split()[:1]
        # (``Berlins Regierender Bürgermeister``: a participle before the office, no surname)
        participle = re.search(r"end(?:e[rn]?)?$", words[-1]) is not None
        before_office = bool(nxt) and is_role_word(nxt[0]) and participle
        named = person is not None and person.given_name and not any(is_role_word(w) for w in words)
        if named and not before_office:
            return True
    return False


def _names_someone(sentence: str) -> bool:
    """Whether ``sentence`` names a person by given name and surname (not ``Der Bundespräsident``)."""
    for m in _name_pairs(sentence):
        person = split_name(m.group(1).split())
        if person is not None and person.given_name and not is_role_word(m.group(1).split()[0]):
            return True
    return False


def _name_run(text: str, m: re.Match[str]) -> list[str]:
    """The words of a name found at ``m``; after an article or conjunction the first word belongs to the noun
    phrase before (``des Tierheims Jan Berge``, ``Umwelt und Verkehr Martin Schaefer``)."""
    words = m.group(0).split()
    before = text[max(0, m.start() - 30) : m.start()].split()
    last = before[-1] if before else ""
    peer = is_role_word(last) or re.search(r"(?:olleg(?:e|en|in)|artner)$", last) is not None
    # (after an honorific the second word is a second given name: ``Professor Dr. Jörg Rüdiger X``)
    titled = re.match(rf"{HONORIFIC}\s", m.group(0)) is not None
    if m.group("second") and not peer and not titled:
        return [w for w in words if w != m.group("second").strip()]
    return words


def _misspelt(a: str, b: str) -> bool:
    """``Habibullah``/``Habibullay``: one spelling of a long name differs from the other in one letter."""
    # not ``Jan``/``Jana``, ``Paul``/``Paula``, ``Michael``/``Michaela``: relatives, two people
    return len(a) == len(b) >= 6 and sum(x != y for x, y in zip(a, b, strict=True)) == 1


_GIVEN_AND_SURNAME = r"\b[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?\s+[A-ZÄÖÜ][\wäöüß-]+"


def _form_of_address(surname: str, text: str) -> str | None:
    """``Herr`` or ``Frau`` where ``text`` gives ``surname`` with a form of address (``Herr Cayir``)."""
    m = re.search(rf"\b(Herrn?|Frau)\s+{re.escape(surname)}\b", text)
    return m.group(1) if m else None


def _people_named(text: str) -> set[str]:
    """The given names and surnames ``text`` names, overlapping pairs tried (``Ehrenbürger Hans Lehmann``)."""
    found = set()
    for m in _name_pairs(text):
        before = text[: m.start()]
        # not a body or an amount (``im Ortsteil Nord``, ``vier Millionen Euro``)
        amount = re.search(r"(?:\d|\b(?:zwei|drei|vier|fünf|zehn|hundert))\s*$", before)
        if _BEFORE_A_BODY.search(before) or amount:
            continue
        if _names_person(m.group(1)):
            found.add(m.group(1))
    return found


def _names_person(pair: str) -> bool:
    """``Ann-Christin Pieper``: a given name and a surname, not a body (``Fachdienst Bürgerservice``)."""
    person = split_name(pair.split())
    if person is None or not person.given_name or _GENITIVE_BODY.search(pair.split()[0]):
        return False  # ``des Medizinischen Dienstes Berlin-Brandenburg``: a body's genitive, no given name
    return all(is_name_token(w) for w in pair.split())


_GENITIVE_BODY = re.compile(r"(?i:dienstes|amtes|verbandes|vereins|kreises|landes|bundes|rates)$")
# a preposition or an article before a capitalised pair: a body (``vom Fachdienst Bürgerservice``)
_BEFORE_A_BODY = re.compile(r"\b(?:vom|von|der|des|dem|den|im|am|beim|zum|zur|die|das)\s*$")


# adjectives that change what the office is (a deputy, an acting or honorary holder): they stay in the role
_KEPT_QUALIFIER = (
    rf"(?:(?:stellvertretende|kommissarische|amtierende|ehrenamtliche|geschäftsführende|zuständige)[nrs]?|{TITLE_ADJ})\b"
)
_CONJUNCTION = re.compile(
    r"^(?:Wie|Als|Da|Weil|Nachdem|Wenn|Dass|Ob|Sobald|Bevor|Obwohl|Und|Auch|Aber|Doch|So)\s+(?=\S)"
)
_LEADING_WORDS = re.compile(rf"^(?:(?:der|die|den|dem)\s+)?(?:(?!{_KEPT_QUALIFIER})[a-zäöüß]+\s+)*")
