"""A speaker's office as the release states it, and a shortened office completed.

``role_in_text`` finds the office the release states for a speaker anywhere (before the name, in an
apposition, as a predicate, by election); the helpers after it complete the office an attribution shortens
(``Bezirksbürgermeister`` for ``Stellv. Bezirksbürgermeister``)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from archive.record import Speaker
from ingest.dateline import capitals_place
from ingest.dates import WEEKDAY_RE
from ingest.names import (
    HONORIFIC,
    ROLE_ABBREV,
    ROLE_ABBREVIATIONS,
    TITLE_ADJ,
    is_role_noun,
    is_role_word,
    nominative_role,
    spelled_alike,
)
from ingest.quotes import find_quotes
from ingest.speakers.person_phrase import (
    _apposition,
    _names_another,
    _names_person,
    _names_someone,
    _office_phrase,
    _people_named,
    _person_in_role,
    _Ref,
    _subject,
)
from ingest.speakers.references import _ROLE_START, _agrees
from ingest.speakers.vocabulary import (
    _ABBREV,
    _DEPUTY,
    _KIN,
    _place_or_land,
    _plural_office,
    _singular_office,
)

# an office's colloquial name (``Kreischefin``, ``Rathauschef``, ``Verwaltungschef``)
_COLLOQUIAL_OFFICE = re.compile(
    r"(Kreis|Rathaus|Stadt|Verwaltungs|Gemeinde|Amts|Landkreis)(?:chef(?:in)?|oberhaupt)"
)
_MAYOR = "(?:Ober)?[Bb]ürgermeister"
_COLLOQUIAL_FOR = {  # the offices a colloquial name stands for
    "Kreis": "Landr", "Landkreis": "Landr", "Rathaus": _MAYOR, "Stadt": _MAYOR, "Gemeinde": _MAYOR,
    "Verwaltungs": f"{_MAYOR}|Landr|Amtsdirektor", "Amts": "Amtsdirektor",
}  # fmt: skip
# a Land's or town's adjective after an article, right before an office (``den Erfurter Oberbürgermeister``,
# ``der Hessische Innenminister``): part of the role as written
_PLACE_ADJ_BEFORE = re.compile(
    rf"\b(?:[Dd]e[rnms]|[Dd]ie)\s+((?i:{TITLE_ADJ})|[A-ZÄÖÜ][a-zäöüß]{{2,}}er)\s+$"
)


def _object_after_person(role_text: str) -> bool:
    """``Ministerin Maria Roth den Erfurter Oberbürgermeister``: a subject named in full, then the object
    that names the office of another."""
    m = re.search(r"\b([A-ZÄÖÜ][a-zäöüß]+\s+[A-ZÄÖÜ][a-zäöüß-]+)\s+(?:den|dem|die|das)\s", role_text)
    return m is not None and _names_person(m.group(1))


# a department led by the office (``unter Leitung des Bezirksstadtrates``)
_UNDER_LEAD = re.compile(r"(?:unter\s+)?(?:der\s+)?Leitung\s+(des|der|von)\s+([A-ZÄÖÜ][\wäöüß-]+)")
# ``neue`` before an office: the person's, not the office's (``der neue Vorstandsvorsitzende``)
_NEW_IN_OFFICE = re.compile(r"^[Nn]eue[nr]?\s+(?=[A-ZÄÖÜ])")


# the plural of an office that names its holders' gender or none (``Bezirksstadträtinnen``,
# ``Vorstandsmitgliedern``); ``Bezirksstadträte`` may be men or women
_PLURAL_OFFICE_END = r"(?:räte|innen|[mM]itglieder|[mM]itgliedern)$"


_SENT_BOUND = re.compile(r"(?<=[.!?:“”«»\"])\s+|\n")


def role_in_text(sp: Speaker, full: str) -> str | None:
    """The role the release states for ``sp`` anywhere: before the name (``Amtsdirektorin Henrike
    Boldt-Stephan``, ``der Landrat des Landkreises Elbe-Elster, Gernot Hasselbach``) or as an apposition
    (``Thomas Wegener, Bürgermeister der Gemeinde Panketal``)."""
    shared: str | None = None  # a plural office before two names (``die Bezirksstadträtinnen X und Y``)
    stated: str | None = None  # an office the next sentence states for ``er``/``sie``, if nothing else does
    for m in _occurrences(sp, full):
        # ``Ministerin für … X und Berlins Senatorin für … Y haben``: the next person's words are not X's
        tail = 0 if re.match(r"\s+(?:und|sowie)\s", full[m.end() : m.end() + 8]) else 200
        start = max(0, m.start() - 250)
        for b in _SENT_BOUND.finditer(full, start, m.start()):
            before = full[max(0, b.start() - 12) : b.start()]
            if before.endswith(".") and _ABBREV.search(before):
                continue  # ``Dr. Max Muster``
            start = b.end()
        lead = full[max(0, m.start() - 12) : m.start()]
        governed = re.search(r"\b(?:[Nn]eben|von|vom|mit|für|bei|nach|vor|an)\s+$", lead)
        following = full[m.end() : m.end() + 200]
        passive = re.match(r"^[^.!?]{0,60}?\b(?:wurde|wird|ist|war)\b", following)
        elected = _elected_role(following) if passive and not governed else None
        if elected and not _HONORARY.match(elected):
            return elected  # ``Der stellvertretende X, Roger Y, wurde zum neuen X gewählt``: the new office
        # ``Bürgermeister Ralph X neuer Präsident des …``, ``… ist neue Präsidentin``: the new office too
        renamed = None if governed else re.match(r"\s+(?:ist\s+)?neue[rs]?\s+(?=[A-ZÄÖÜ])", following)
        if renamed and (newly := _predicate_office(following[renamed.end() :])):
            return newly
        if not governed and (chosen := _chosen_as(following)):
            return chosen
        ref, _ = _subject(full[start : m.end() + tail])  # ``Der Berliner Aufarbeitungsbeauftragte Tom Sello``
        if ref is not None and ref.role and re.search(_PLURAL_OFFICE_END, ref.role):
            if ref.person is not None and ref.person.surname == sp.surname and " " not in ref.role:
                shared = shared or _singular_office(ref.role)
            continue  # ``Die Bezirksstadträte X und Y``: the office of both, stated for each elsewhere
        # (not ``X (Die Linke), der Vorsitzende der Stiftung … Y sowie …``: the next one's in a list)
        own = ref is not None and ref.person is not None and ref.person.surname == sp.surname
        if own and ref is not None and ref.role and not _names_another(ref.role):
            return ref.role
        for rm in _ROLE_START.finditer(full, start, m.start()):
            word = rm.group(1)
            between = full[rm.start() : m.start()]
            if between.count(")") > between.count("("):
                continue  # ``X (Vorsitzender …), Detlef Y (…)``: another's office in brackets
            if re.search(_PLURAL_OFFICE_END, word) and _plural_office(word):
                ref, _ = _subject(full[rm.start(1) : m.end()])
                if ref is not None and ref.person is not None and ref.person.surname == sp.surname:
                    shared = shared or _singular_office(word)  # ``die Bezirksstadträtinnen X``
                continue
            # (also the first part of two compounds: ``Landwirtschafts- und Umweltminister``)
            elided = word.endswith("-") and re.match(r"\s+(?:und|oder)\s+[A-ZÄÖÜ]", full[rm.end() :])
            if not (is_role_word(word) or (word.endswith("s") and len(word) > 4) or elided):
                continue
            after = full[rm.end() : rm.end() + 40].split()
            # (``Mecklenburg-Vorpommerns Landwirtschafts- und Umweltminister``: the two compounds' office)
            if after[:1] and after[0].endswith("-") and after[1:2] in (["und"], ["oder"]):
                after = after[2:]
            listed = re.search(r"(?:\bund|,)\s*$", full[: rm.start()])
            listed = listed and not (after and is_role_word(after[0]))
            if not is_role_word(word) and (listed or not (after and is_role_word(after[0]))):
                # ``… Gesundheit und Soziales Knut X``: the end of a list; ``des Roten Kreuzes Deggendorf
                # und Landrat Y``: a genitive object; a genitive place has the office right after it
                continue
            ref, _ = _subject(full[rm.start() : m.end() + tail])
            missed = ref is None or ref.person is None or ref.person.surname != sp.surname
            # (or an apposition after it that names the next one in a list: ``X (Die Linke), der … Y sowie``)
            missed = missed or bool(ref is not None and ref.role and _names_another(ref.role))
            if tail and missed and "," not in full[rm.end() : m.start()]:
                # ``las Oberbürgermeister Jan X Drittklässlern … vor``: the object after the name is no part
                # of it (not another's apposition: ``X, Vorsitzende des …, Dr. Y``)
                ref, _ = _subject(full[rm.start() : m.end()])
            if ref is not None and ref.role and not any(is_role_word(w) for w in ref.role.split()):
                continue  # ``des Diakonischen Werkes Sandra Krüger``: a genitive, not an office
            if ref is not None and ref.role and _object_after_person(ref.role):
                continue  # ``traf Ministerin Maria Roth den Erfurter Oberbürgermeister, X``: her office
            if ref is not None and ref.role and re.search(r"\s(?:und|sowie)$", ref.role):
                continue  # ``Korinna X, Stadträtin für … und Irina Y, Prokuristin …``: the one before's
            if ref is not None and ref.person is not None and ref.person.surname == sp.surname and ref.role:
                # ``der israelische Parlamentspräsident``: the office's country stays
                window = full[max(0, rm.start() - 30) : rm.start()]
                # also a deputy's qualifier (``die stellvertretende Bürgermeisterin X``), in the nominative
                placed = _PLACE_ADJ_BEFORE.search(window)
                # (a place's adjective, not ``der Sieger Bürgermeister X``)
                placed = placed if placed and _place_or_land(placed.group(1)) else None
                adj = re.search(rf"(?<![\w-])({TITLE_ADJ}|{_DEPUTY})\s+$", window) or placed
                own = ref.role.startswith(rm.group(1))  # not an apposition's (``…, Bürgermeister der …``)
                qualifier = re.sub(r"(ende)n$", r"\1", adj.group(1)) if adj else ""
                return f"{qualifier} {ref.role}" if adj and own else ref.role
        ref = _named_at(sp, full, m)
        if ref is not None and ref.role:
            return ref.role
        # a roster's line (``Vorsitzender: Gunar X (68)``): the office before the colon
        # (not a page's masthead: ``Leitung: X``)
        listed = _ROSTER_LINE.search(full, max(0, m.start() - 60), m.start())
        if listed and is_role_noun(listed.group(1).split()[-1]) and listed.group(1) != "Leitung":
            return listed.group(1)
        am = _AS_APPOSITION.match(full, m.end())
        # (not a former term or a state: ``als Bürgermeister von 1990 bis 2010 im Amt``, ``… eingeladen``)
        if am and is_role_word(am.group(1).split()[0]) and not re.search(r"\d|\s[a-zäöüß]+$", am.group(1)):
            # ``Prof. Dr. X, als Leiter des Fraunhofer FEP in Dresden, wurde …``: the office, not its town
            return re.sub(r"\s+in\s+[A-ZÄÖÜ][\wäöüß-]+$", "", am.group(1))
        window = full[max(0, m.start() - 120) : m.start()]
        for article in re.finditer(r"\b(?:des|der)\s", window):
            # (not the office of another the name belongs to: ``die Ehefrau des Bürgermeisters, Anna X``)
            owner = re.search(r"([A-ZÄÖÜ][\wäöüß-]+)\s+$", window[: article.start()])
            personal = owner is not None and (is_role_word(owner.group(1)) or _KIN.fullmatch(owner.group(1)))
            gm = None if personal else _GENITIVE_APPOSED.match(window, article.start())
            office = nominative_role(gm.group(2), gm.group(1)) if gm else ""
            if office and is_role_word(office.split()[0]):
                return office  # ``in der Rede des Rektors der WHZ, Prof. Dr. X,``: the office, nominative
        if office := _genitive_office_before(window):
            return office  # ``einer Einladung des Reinickendorfer Jugendstadtrats Alexander X``
        # (``Neben Anna X ist …``, ``Nachfolgerin von Anna X ist …``: the name is no subject)
        if role := _elected_role(following) or (None if governed else _predicate_role(following)):
            return role
        stated = stated or _pronoun_predicate_role(full, m.end())
    return shared or stated


def _genitive_office_before(window: str) -> str | None:
    """The office in the genitive right before a name, in the nominative as after ``der`` (``des
    Reinickendorfer Jugendstadtrats`` -> ``Reinickendorfer Jugendstadtrat``, ``des stellvertretenden
    Landrates`` -> ``stellvertretende Landrat``)."""
    gm = _GENITIVE_BEFORE_NAME.search(window)
    if gm is None:
        return None
    office = nominative_role(gm.group(2), "des")
    if office == gm.group(2) or not is_role_word(office) or _KIN.fullmatch(office):
        return None  # (not a relative: ``auf Initiative des Vaters Hans X``)
    office += gm.group(3) or ""
    adjective = gm.group(1)
    if adjective and re.fullmatch(rf"{TITLE_ADJ}|{_DEPUTY}", adjective, re.I):
        return f"{adjective[:-1]} {office}"  # ``stellvertretenden`` -> ``stellvertretende``
    if adjective and _place_or_land(adjective):
        return f"{adjective} {office}"
    return None if adjective else office


# an office in the genitive, then its holder's name without a comma (``des Jugendstadtrats Alexander X``)
_GENITIVE_BEFORE_NAME = re.compile(
    rf"\b(?:des|eines)\s+(?:([a-zäöüß]+en|[A-ZÄÖÜ][a-zäöüß]{{2,}}er)\s+)?([A-ZÄÖÜ][\wäöüß-]+?(?:s|en))"
    # (with its body's abbreviation: ``des Ratsvorsitzenden der EKD Heinrich X``)
    rf"(\s+(?:der|des)\s+[A-ZÄÖÜ]{{2,6}})?\s+(?:{HONORIFIC}\s+)*$"
)
# ``X, als Leiter des …, wurde``: an office stated with ``als`` in the apposition
_AS_APPOSITION = re.compile(r",\s+als\s+([A-ZÄÖÜ][^,;:„“\"()]{3,120}),")
# an office in the genitive, then the holder's name (``des Rektors der WHZ, Prof. Dr. X``)
_GENITIVE_APPOSED = re.compile(
    rf"\b(des|der)\s+([A-ZÄÖÜ][\wäöüß-]+(?:\s+(?:der|des|für|von)\s+[^,.;:„“]{{2,60}})?),\s+(?:{HONORIFIC}\s+)*$"
)
# ``Heyo K. Kroemer ist neuer Vorstandsvorsitzender``, ``X ist seit 2014 Leiterin des Ordnungsamtes``,
# ``X (CDU) ist neuer Präsident der Bremischen Bürgerschaft``
_PREDICATE = re.compile(
    # (not ``ist seit 2006 im Verwaltungsrat … engagiert``: a place the person is in)
    r"^\s+(?:\([^()]{1,30}\)\s+)?ist\s+(?:seit\s+(?:dem\s+)?(?:(?!(?:im|in|am|beim|bei|an|auf)\b)[\w.]+\s+){1,4}?)?"
    r"(?:(?:neue[r]?|designierte[r]?)\s+|(?:der|die)\s+(?:(?:neue|designierte|erste|zweite|dritte|vierte|"
    r"fünfte|sechste|siebte|achte|neunte|zehnte|\d{1,2}\.)\s+)?(?=[A-ZÄÖÜ][a-zäöüß]+(?<!en)\b))?(?=[A-ZÄÖÜ])"
)


def _predicate_role(after_name: str) -> str | None:
    """The office a sentence states as the person's with ``ist`` (not ``war``: a former office, nor
    ``ist nicht mehr``), where it names no other person (``ist Landrat X dankbar``)."""
    m = _PREDICATE.match(after_name)
    if m is None or re.search(r"\b(?:nicht|kein\w*|nie)\b", m.group(0)):
        return None
    return _predicate_office(after_name[m.end() :])


def _predicate_office(text: str) -> str | None:
    """The office at the start of a predicate (``Vorsitzender des Verwaltungsrates.``), naming no person."""
    # (not ``… seit Bestehen des Bezirks``)
    # (not an attribute's ``seit``: ``Leiterin des seit 1990 bestehenden Frauenhauses``)
    since = r"(?<!\bdes)(?<!\bder)(?<!\bdem)(?<!\bden)(?<!\bdie)(?<!\bdas)\s+seit\s"
    role = re.split(since, _office_phrase(_apposition(text)[0]))[0]
    head, *rest = re.split(r"\s+[–—-]\s+", role, maxsplit=1)
    # (``– Senatorin X``: an office and a name, not ``Kita – Leitung und Betrieb``)
    words = rest[0].split() if rest else []
    other = len(words) >= 2 and is_role_word(words[0]) and (words[1][:1].isupper() or _names_someone(rest[0]))
    if rest and (re.search(r"\b[a-zäöüß]{3,}t\b", rest[0]) or other):
        role = head  # a headline's second part (``… – Senatorin X gratuliert``), not ``Jugend - Familie``
    if _names_someone(role) or _person_in_role(role):
        return None
    first = role.split()[0] if role else ""
    office = is_role_noun(first) and first not in {"Vater", "Mutter"}
    return role if office and len(role.split()) <= 12 else None


# ``Derzeit ist er in seiner letzten Amtszeit Vorsitzender …``, ``Sie ist damit für ein halbes Jahr
# Präsidentin …``: the verb with its pronoun, adverbs and a prepositional phrase before the office
_PRONOUN_ADVERBS = (
    r"(?:\s+(?:damit|derzeit|zudem|außerdem|auch|seitdem|inzwischen|nun|jetzt|bereits|schon|weiterhin|dort))*"
)
_PRONOUN_PREDICATE = re.compile(
    r"^(?:(?P<p1>Er|Sie)\s+ist|(?:Derzeit|Zudem|Außerdem|Heute|Inzwischen|Seitdem|Damit)\s+ist\s+(?P<p2>er|sie))"
    rf"{_PRONOUN_ADVERBS}"
    r"(?:\s+(?:in|seit|für|im|am)\s+(?:(?:[a-zäöüß]+|\d{4})\s+){0,3}(?:[A-ZÄÖÜ][a-zäöüß]+|\d{4}))?"
    rf"{_PRONOUN_ADVERBS}"
    r"\s+(?:(?:neue[r]?|designierte[r]?)\s+)?(?=[A-ZÄÖÜ])"
)
# an office over a colon right before a name, as a roster lists it (``Vorsitzender: Gunar X (68)``)
_ROSTER_LINE = re.compile(
    # (a list's item: after a line break, a bracket or another label, not ``vom Bürgermeister: X``)
    rf"(?:^|(?<=[\n;)])\s*|(?<=:)\s+)((?:(?:Stellv\.|Erste[rn]?|Zweite[rn]?)\s+)?[A-ZÄÖÜ][\wäöüß-]+):\s+"
    rf"(?:{HONORIFIC}\s+)*$"
)
# a person named by a noun after the name (``gratulierte der neuen Schulleiterin``, ``begrüßte den neuen
# Kollegen``): ``er``/``sie`` may point to that one
_PERSON_OBJECT = re.compile(
    r"\b(?:der|die|den|dem|des|ein|eine|einen|einem|einer)\s+(?:[a-zäöüß]+e[nmrs]?\s+)?"
    r"([A-ZÄÖÜ][a-zäöüß-]+)"
)
_OBJECT_NOUN = re.compile(
    r"(?:Kolleg(?:e|en|in)|Gast|Gäste[n]?|Mann|Frau|Nachfolger(?:in)?|Vorgänger(?:in)?|Sohn|Tochter|Partner(?:in)?)$"
)


def _pronoun_predicate_role(full: str, end: int) -> str | None:
    """The office the sentence after the one naming a person states with ``er``/``sie ist`` (``Wolfgang X ist
    seit 2006 im Verwaltungsrat … engagiert. Derzeit ist er … Vorsitzender des Verwaltungsrates.``), where the
    sentence naming the person names no one else and the office agrees with the pronoun."""
    bound = _SENT_BOUND.search(full, end)
    if bound is None or full[bound.start() - 1 : bound.start()] != ".":
        return None
    rest = full[end : bound.start()]
    others = any(  # (not a board: ``im Vorstand des Vereins``)
        _OBJECT_NOUN.search(w) or (is_role_noun(w) and not re.search(r"(?:rate?s?|vorstand(?:es)?)$", w))
        for w in _PERSON_OBJECT.findall(rest)
    )
    if _people_named(rest) or others or _ABBREV.search(full[max(0, bound.start() - 12) : bound.start()]):
        return None  # another person in between, or ``Dr.`` inside a name
    nxt = full[bound.end() : bound.end() + 250]
    m = _PRONOUN_PREDICATE.match(nxt)
    if m is None:
        return None
    role = _predicate_office(nxt[m.end() :])
    return role if role and _agrees(role, (m.group("p1") or m.group("p2")).lower()) else None


def _adjectival_nominative(role: str, full: str) -> str:
    """``Ortsbeauftragter`` for ``an den Ortsbeauftragten Ingo X``, ``Ortsbeauftragte`` for ``der
    Ortsbeauftragten Anna Y``: an office declined like an adjective, as the text names its holder in another
    case, in the nominative."""
    # ``den Thüringer Bürgerbeauftragten, Dr. Kurt X``: an indeclinable place adjective before the office
    place, _, office = role.partition(" ") if re.match(r"[A-ZÄÖÜ][a-zäöüß]{2,}er\s", role) else ("", "", role)
    first = office.split()[0]
    if not first.endswith("en") or not is_role_word(first[:-1]) or not is_role_word(first[:-2] + "er"):
        return role
    case = re.search(rf"\b(den|dem|einen|einem|der|einer)\s+{re.escape(role)},?\s+[A-ZÄÖÜ]", full)
    listed = r"[A-ZÄÖÜ][\w.-]*(?:\s+[A-ZÄÖÜ][\w.-]*){0,3}(?:,|\s+und|\s+sowie)\s+[A-ZÄÖÜ]"
    plural = case and re.match(listed, full[case.end() - 1 :])
    if case is None or plural:
        return role  # (``den Ortsbeauftragten Anna X und Tom Y``: a plural)
    return f"{place} {nominative_role(office, case.group(1))}".strip()


def _occurrences(sp: Speaker, full: str) -> Iterator[re.Match[str]]:
    """Where ``full`` names ``sp``: by given name and surname, or by surname where no given name is known."""
    target = sp.given_name + " " + sp.surname if sp.given_name else sp.surname
    spoken = _spoken_ranges(full)
    # (not inside someone's words, ``„Ich beglückwünsche den Beirat zur Wahl von Kazım X …“``, unless the
    # speaker introduces herself: ``„Ich bin Anna X, Leiterin der Kita, …“``)
    return (
        m
        for m in re.finditer(re.escape(target), full)
        if not any(a <= m.start() < b for a, b in spoken)
        or _SELF_INTRODUCED.search(full, max(0, m.start() - 30), m.start())
    )


_SELF_INTRODUCED = re.compile(r"(?:[Ii]ch\s+bin|[Mm]ein\s+Name\s+ist|[Ii]ch\s+heiße)\s+$")


@functools.lru_cache(maxsize=8)
def _spoken_ranges(full: str) -> tuple[tuple[int, int], ...]:
    """Where ``full`` quotes someone's words: quotations of six words or more."""
    return tuple((q.start, q.end) for q in find_quotes(full) if len(q.text.split()) >= 6)


def _named_at(sp: Speaker, full: str, m: re.Match[str]) -> _Ref | None:
    """The subject parsed at an occurrence ``m`` of the speaker's name (with the honorific before it)."""
    name_start = m.start()
    hon_start = m.start() - len(sp.honorific or "") - 1
    if sp.honorific and full[max(0, hon_start) : m.start()].strip() == sp.honorific:
        name_start = hon_start
    ref, _ = _subject(full[name_start : m.end() + 200])
    return ref if ref is not None and ref.person is not None and ref.person.surname == sp.surname else None


_ELECTED_ADJ = r"(?:stellvertretende|Erste|Zweite|gemeinsame|ehrenamtliche|hauptamtliche)"
# an honour, not an office replacing the one the person holds (``zum Ehrenmitglied``, ``zur Schirmherrin``)
_HONORARY = re.compile(r"(?:Ehren|Schirm|Pate\b|Patin\b|Botschafter)")
_ELECTED = re.compile(
    # (``wurde Hanna X heute (8. November 2022) von den Abgeordneten zur …``: an ordinal's dot goes on)
    # (``zum neuen gemeinsamen Landeselternsprecher aller Schularten``: an adjective, a plural genitive)
    r"^(?:[^.!?„“\"]|(?<=\d)\.){0,80}?\b(zum|zur)\s+(?:neue[n]?\s+)?"
    rf"((?:{_ELECTED_ADJ}[n]?\s+)?"
    r"[A-ZÄÖÜ][\wäöüß-]+(?:\s+(?:der|des|aller)\s+[A-ZÄÖÜ][\wäöüß-]+(?:\s+[A-ZÄÖÜ][\wäöüß-]+)?)?"
    # an office's field (``zur neuen Ministerin für Umwelt, …, Natur- und Verbraucherschutz ernannt``)
    r"(?:\s+für\s+[A-ZÄÖÜ][\wäöüß-]*(?:(?:,\s+|-?\s+und\s+)[A-ZÄÖÜ][\wäöüß-]*){0,6})?)\s+"
    # (not ``… von ihm zum Ortsbeauftragten berufen werden``: an appointment still to come)
    r"(?:gewählt|ernannt|berufen|bestellt|bestimmt|vereidigt)\b(?!\s+werden\b)"
)


# ``X in das Amt des Landrats eingeführt``, ``X als Bürgermeisterin vereidigt``
_INDUCTED = re.compile(
    r"^[^.!?„“\"]{0,40}?\b(?:in\s+(?:das|sein|ihr)\s+Amt\s+(?:des|der)\s+([A-ZÄÖÜ][\wäöüß-]+?)(?:e?s)?|"
    r"als\s+(?:neue[rn]?\s+)?([A-ZÄÖÜ][\wäöüß-]+))\s+(?:eingeführt|vereidigt|verpflichtet|ernannt|bestätigt)\b|"
    # (``hat sein Amt als neuer Landrat des Landkreises Aurich angetreten``: the office taken up, not a run
    # for one: ``war als Landrat angetreten, verlor aber``)
    r"^[^.!?„“\"]{0,40}?\b(?:sein|ihr)\s+Amt\s+als\s+(?:neue[rn]?\s+)?([A-ZÄÖÜ][\wäöüß-]+)"
    r"(?:\s+(?:des|der|von|im)\s+[^.!?„“\"]{2,60}?)?\s+angetreten\b"
)


def _other_person(text: str) -> bool:
    """A person's name in ``text`` (``hat … Anna Berg als …``), not a body (``vom Kreistag Barnim``)."""
    pairs = re.finditer(r"(?=\b[A-ZÄÖÜ][a-zäöüß]+\s+[A-ZÄÖÜ][a-zäöüß]+\b)", text)  # overlapping
    return any(
        not re.search(r"\b(?:vom|von|der|des|dem|den|in|im|beim|am|zum|zur)\s+$", text[: m.start()])
        and not re.match(rf"{WEEKDAY_RE}\s", text[m.start() :])
        for m in pairs
    )


# ``… Michael X für eine zweite Amtsperiode als Landesvorsitzenden wiedergewählt``
_CHOSEN_AS = re.compile(
    r"^[^.!?„“\"]{0,80}?\bals\s+(?:neue[nr]?\s+)?([A-ZÄÖÜ][\wäöüß-]+)\s+(?:wieder)?gewählt\b"
)


def _chosen_as(after_name: str) -> str | None:
    """The office an active sentence elects the person to with ``als``, in the nominative
    (``als Landesvorsitzenden`` → ``Landesvorsitzender``, ``als Präsidenten`` → ``Präsident``)."""
    m = _CHOSEN_AS.match(after_name)
    if not m or _other_person(after_name[: m.start(1)]):
        return None
    if re.match(r"\s+(?:wurde|worden|war)\b", after_name[m.end() :]) or re.search(r"\d{4}", m.group(0)):
        return None  # ``…, der 1998 als Stadtrat gewählt wurde``: an office held before
    office = m.group(1)
    if office.endswith("en") and is_role_word(office[:-1]) and not is_role_word(office[:-2]):
        return f"{office[:-1]}r"  # an adjective noun: ``den Vorsitzenden``
    if office.endswith("en") and is_role_word(office[:-2]):
        return office[:-2]  # a weak noun: ``den Präsidenten``
    return office if is_role_word(office) else None


def _elected_role(after_name: str) -> str | None:
    """``Martin Zschiesche zum neuen Verbandsvorsteher gewählt``: the office the person was elected to,
    in the nominative (``zum Vorsitzenden`` → ``Vorsitzender``, ``zur Vorsitzenden`` → ``Vorsitzende``);
    ``in das Amt des Landrats eingeführt``: the office taken up."""
    if (inducted := _INDUCTED.match(after_name)) is not None:
        k = next(g for g in (1, 2, 3) if inducted.group(g))
        office, between = inducted.group(k), after_name[: inducted.start(k)]
        # not ``X hat am Montag Anna Berg als Ortsvorsteherin vereidigt``: another person's office
        return office if is_role_word(office) and not _other_person(between) else None
    m = _ELECTED.match(after_name)
    if not m or _other_person(after_name[: m.start(1)]):
        return None
    words = m.group(2).split()
    k = 1 if re.match(rf"{_ELECTED_ADJ}n?$", words[0]) else 0
    if k >= len(words):
        return None  # ``zum Zweiten gewählt``: an adjective without its office
    ending = "r" if m.group(1) == "zum" else ""
    for j in range(k + 1):
        if words[j].endswith("en") and (j < k or is_role_word(words[j][:-1])):
            words[j] = words[j][:-1] + ending  # an adjective noun (``Beigeordneten``) or adjective
    return " ".join(words) if is_role_word(words[k]) else None


_PLACE_PREPOSITIONS = {"im", "in", "am", "an", "auf", "bei", "beim", "vom", "zum", "zur"}


def _office_after_place(role: str) -> str | None:
    """The office alone where a role is a place's phrase run into an office (``Bären-Apotheke im Storkower
    Bogen Bezirksbürgermeister``): no office word before the last, a preposition among them; or where a
    dateline in capitals opens it (``MÜNCHEN Bayerns Wirtschaftsminister``)."""
    capital = re.match(r"([A-ZÄÖÜ]{4,}(?:[-/][A-ZÄÖÜ]{2,})*)\s+(?=[A-ZÄÖÜ][a-zäöüß])", role)
    if capital and capitals_place(capital.group(1)):
        return role[capital.end() :]
    words = role.split()
    if len(words) < 3 or not is_role_word(words[-1]) or any(is_role_word(w) for w in words[:-1]):
        return None
    return words[-1] if _PLACE_PREPOSITIONS & set(words[1:-2]) else None


def _introduced_spelling(sp: Speaker, full: str) -> None:
    """A surname spelled two ways (``Clara Herrmann`` … ``Clara Hermann``): the spelling that introduces
    the person, i.e. the first in the text, is kept."""
    if not sp.given_name:
        return
    first = full.find(f"{sp.given_name} {sp.surname}")
    for m in re.finditer(r"\b(?=([A-ZÄÖÜ][\w-]+)\s+([A-ZÄÖÜ][\w-]+))", full[: max(first, 0)]):
        given, other = m.groups()
        same_given = given == sp.given_name or spelled_alike(given, sp.given_name)
        if same_given and spelled_alike(other, sp.surname):
            # (``Ayşe Kızılkaya`` … ``Ayse Kizilkaya``: both names without their marks)
            sp.name = sp.name.replace(f"{sp.given_name} {sp.surname}", f"{given} {other}")
            sp.given_name, sp.surname = given, other
            return


def _introduced_honorific(sp: Speaker, full: str) -> None:
    """``Michael Eissenhauer`` quoted, ``Prof. Dr. Michael Eissenhauer`` introduced: the honorific the text
    gives the person (also in full for one it shortens: ``Prof. Stephan X`` after ``Prof. Dr. Stephan X``)."""
    if not sp.given_name:
        return
    m = re.search(
        rf"(?<![\w.])((?:{HONORIFIC}\s+)+){re.escape(sp.given_name)}\s+{re.escape(sp.surname)}\b", full
    )
    fuller = m is not None and sp.honorific is not None and m.group(1).strip().startswith(f"{sp.honorific} ")
    if m and (sp.honorific is None or fuller):
        sp.honorific = m.group(1).strip()
        sp.name = f"{sp.honorific} {sp.given_name} {sp.surname}"


def _field_compound(role: str, stated: str) -> bool:
    """``Gesundheitsstadtrat`` for ``Bezirksstadtrat für Jugend, Familie und Gesundheit``,
    ``Sozialstadträtin`` for ``Stadträtin für Soziales und …``: a field of the office compounded with it."""
    m = re.fullmatch(r"([A-ZÄÖÜ][\wäöüß-]*)\s+für\s+([^()]+)", stated)
    if m is None:
        return False
    office = m.group(1).lower()
    tail = next((role[k:] for k in range(1, len(role) - 3) if office.endswith(role[k:].lower())), "")
    stem = role[: len(role) - len(tail)].removesuffix("s").lower() if tail else ""
    fields = re.split(r",\s+|\s+und\s+|\s+sowie\s+", m.group(2))
    # (``Familienstadtrat`` for the field ``Familie``, ``Sozialstadträtin`` for ``Soziales``)
    return len(stem) >= 5 and any(
        (word := f.split()[-1].lower()).startswith(stem) or (len(word) >= 5 and stem.startswith(word))
        for f in fields
        if f.split()
    )


def _shortened(role: str, stated: str) -> bool:
    """``Bezirksbürgermeister`` for ``Stellv. Bezirksbürgermeister``, ``Regierende Bürgermeisterin`` for
    ``Regierende Bürgermeisterin von Berlin``: the same office without a qualifier or without its body."""
    if role in ROLE_ABBREVIATIONS and stated.removesuffix("in") == ROLE_ABBREVIATIONS[role]:
        return True  # ``OB`` for ``Oberbürgermeister``
    tails = (role[:1].lower() + role[1:], f"-{role}")
    if " " not in stated and len(stated) > len(role) and stated.endswith(tails):
        return True  # ``Stadtrat`` for ``Bezirksstadtrat``, ``Senatorin`` for ``Jugendsenatorin``, ``VG-…``
    # ``Minister`` for ``Mecklenburg-Vorpommerns Landwirtschafts- und Umweltminister``
    lead, _, last = stated.rpartition(" ")
    elided = r"(?:[A-ZÄÖÜ][\wäöüß-]*s\s+)?[A-ZÄÖÜ][\wäöüß]*-\s+(?:und|oder)"
    if " " not in role and len(last) > len(role) and last.endswith(tails) and re.fullmatch(elided, lead):
        return True
    # ``der stv. Vorstandsvorsitzende`` after ``X, stv. Vorstandsvorsitzender des …``: the article's ending
    inflected = role.endswith("e") and stated.startswith(role + "r ")
    if not stated.startswith(role + " ") and spelled_alike(role, first := stated.split()[0]):
        role = first  # ``Der Vorstandvorsitzende X`` after ``der Vorstandsvorsitzende der Stiftung … X``
    if stated.startswith(role + " ") or inflected:
        body = stated[len(role) + 1 + inflected :]
        if _FIELD_OF_OFFICE.fullmatch(body):
            return True  # ``so der Bundesminister X`` after ``X, Bundesminister für Gesundheit``
        named = re.fullmatch(r"(?:von|der|des)\s+([A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*){0,3})", body)
        # not ``von Mitte Max Muster``; ``des Medizinischen Dienstes Westfalen-Lippe`` names a body
        # (a court's genitive is no given name: ``des Landessozialgerichts Berlin-Brandenburg``)
        head = named.group(1).split()[0] if named else ""
        institution = re.search(r"(?:gericht|amt|verband|ministerium)e?s$", head) is not None
        return bool(named) and (institution or not _names_person(" ".join(named.group(1).split()[-2:])))
    office = stated.split()[0]
    if " " not in role and len(role) > len(office) and role.endswith(office[:1].lower() + office[1:]):
        # ``Landtagspräsidentin`` after ``die Präsidentin des Hessischen Landtags``: the body compounded
        stem = role[: -len(office)].removesuffix("s")
        body = rf"\s+(?:der|des)\s+(?:[A-ZÄÖÜ][\wäöüß]*\s+)?[\wäöüß-]*{re.escape(stem.lower())}"
        # (or the field: ``Stadtentwicklungssenator`` after ``Senator für Stadtentwicklung, Bauen und …``)
        field = rf"\s+für\s+{re.escape(stem)}\b"
        rest = stated[len(office) :]
        if len(stem) >= 4 and (re.match(body, rest, re.I) or re.match(field, rest)):
            return True
    if " " not in role and _field_compound(role, stated):
        return True
    # ``Staatssekretärin für Bildung`` for ``Staatssekretärin für Bildung, Jugend und Familie``: the first
    # field (not a list running on into the next person: ``…, Sandra X, Senatorin für …``)
    rest = stated[len(role) :] if stated.startswith(role + ",") else ""
    if " für " in role and re.fullmatch(r"(?:,\s+[^,]+)+", rest) and not _names_someone(rest):
        return " und " in rest
    if (gm := _GENITIVE_PLACE.match(stated)) and not is_role_word(gm.group(1)):
        office = gm.group(2)
        compound = " " not in office and len(office) > len(role) and office.endswith(tails[0])
        if office == role or compound:
            # ``Ministerpräsident`` after ``Brandenburgs Ministerpräsident``: the place left out;
            # ``Ministerin`` after ``Brandenburgs Gesundheitsministerin``: also the field
            return True
    if (pm := _PLACE_ADJECTIVE_OFFICE.fullmatch(stated)) and _place_or_land(pm.group(1)):
        office = pm.group(2)
        if office == role or (len(office) > len(role) and office.endswith(role[:1].lower() + role[1:])):
            return True  # ``Minister Beuth`` after ``Der Hessische Innenminister Peter Beuth``
    return stated.endswith(" " + role) and bool(_OFFICE_QUALIFIER.fullmatch(stated[: -len(role)].strip()))


# what an introduction may state before the office that a later attribution leaves out
_OFFICE_QUALIFIER = re.compile(
    rf"(?:{ROLE_ABBREV})\.|[Ss]tellvertretende[rn]?|Erste[rn]?|Zweite[rn]?|Kommissarische[rn]?|Amtierende[rn]?"
)
_GENITIVE_PLACE = re.compile(r"^([A-ZÄÖÜ][\wäöüß-]+s)\s+([A-ZÄÖÜ][\wäöüß-]+(?:\s.*)?)$")


def _unit_headed(role: str, full: str) -> str | None:
    """The city department a ``…dezernent`` or ``…referent`` heads, by the one name the text gives it
    (``Dezernat für Klima, Umwelt und Frauen``, ``Mobilitätsreferat``)."""
    head = re.fullmatch(r"(?:[A-ZÄÖÜ][\wäöüß]*-\s+und\s+)?([A-ZÄÖÜ][a-zäöüß]*?)(dezernent|referent)(?:in)?",
                        role)
    if head is None:
        return None
    if head.group(2) == "referent":
        unit = f"{head.group(1)}referat"
        return unit if head.group(1) and re.search(rf"\b{unit}\b", full) else None
    fields = r"für\s+[A-ZÄÖÜ][\wäöüß-]*(?:(?:,\s+|\s+und\s+)[A-ZÄÖÜ][\wäöüß-]*)*"
    # the field of the office among the Dezernat's (not ``Kulturdezernent`` for the ``Dezernat für Umwelt``)
    stated = re.findall(rf"\bDezernat(?:es)?\s+({fields})", full)
    named = {f for f in stated if head.group(1) and head.group(1) in f}
    return f"Dezernat {named.pop()}" if len(named) == 1 else None


# a minister of a Land named after the office (``Innenminister des Landes Sachsen-Anhalt``)
_MINISTER_OF_LAND = re.compile(r"\S*[Mm]inister(?:in)?\s+(?:des|der)\s+(?:Landes|Freistaate?s)\s")
# a place adjective before an office word (``Hessische Innenminister``, ``Thüringer Landeswahlleiter``)
_PLACE_ADJECTIVE_OFFICE = re.compile(
    rf"([A-ZÄÖÜ][\wäöüß-]+(?:er|ische[rn]?)|{TITLE_ADJ})\s+([A-ZÄÖÜ][\wäöüß-]+)"
)
# the field an office is for (``für Gesundheit``, ``für Soziales, Gesundheit und Integration``)
_FIELD_OF_OFFICE = re.compile(r"für\s+(?:(?:den|die|das|und|,)\s*|[A-ZÄÖÜ][\wäöüß-]*\s*){1,12}")


# the part a person plays at an event, not an office (``Ehrengast und Festredner``, ``Laudatorin``)
_EVENT_ROLE = re.compile(
    r"(?:(?:Ehrengast|(?:Fest|Gast|Haupt)redner(?:in)?|Laudator(?:in)?|Gastgeber(?:in)?)(?:\s+und\s+|$))+"
)
_BARE_OFFICES = {
    "Senator", "Senatorin", "Minister", "Ministerin", "Staatssekretär", "Staatssekretärin", "Bezirksstadtrat",
    "Bezirksstadträtin", "Stadtrat", "Stadträtin", "Beigeordneter", "Beigeordnete",
}
