"""The dateline that opens a release: ``(Hohen Neuendorf) Die …``, ``Potsdam (dpa/bb) –``,
``Dresden (7. Oktober 2015) –``, ``Neustadt in Sachsen, 28. Oktober 2016``."""

from __future__ import annotations

import re
from dataclasses import dataclass

from archive import gazetteer
from ingest.dates import MONTHS, WEEKDAY_RE, leading_date, parse_date
from ingest.names import PARTY, is_role_word

_CONNECT = r"(?:in|an|am|im|bei|ob|vor|der|den|dem|auf|unter|über|a\.|i\.|d\.|v\.d\.|b\.|St\.)"
_WORD = r"[A-ZÄÖÜ][\wäöüßÄÖÜ'’.\-]*(?:/[A-ZÄÖÜ][\wäöüß.\-]*){0,9}"
PLACE = rf"{_WORD}(?:[ ](?:{_CONNECT}|{_WORD}|\([A-ZÄÖÜ][\wäöüß .\-]*\))){{0,4}}"
_DASH = r"(?:\s+[–—-]|\s*[–—])\s+"  # a hyphen inside a word (``Treptow-Köpenick``) is no dash
_PAREN_ONLY = re.compile(r"^\(((?:[^()]|\([^()]{1,30}\)){2,60})\)\s*(?:[–—-]\s*|:\s*)?")
_PLACE_PAREN = re.compile(rf"^({PLACE})\s*\(([^()]{{1,60}})\)\s*([–—:-]\s*|\.\s+)?")
_PLACE_PAREN_DATE = re.compile(  # ``Karlsruhe, (12.11.2021). Traditionell …``
    rf"^({PLACE}),?\s*\((\d{{1,2}}\.\s?\d{{1,2}}\.\s?\d{{2,4}}|[^()]{{6,30}}\d{{4}})\)"
)
_PLACE_COMMA_DATE = re.compile(rf"^({PLACE}),?\s+(?:{WEEKDAY_RE}\s*)?(?:den\s+)?(?=\d)")
_PLACE_DASH = re.compile(rf"^({PLACE}){_DASH}(?=[A-ZÄÖÜ„\"»0-9])")
# the kind of text before the date that opens the first paragraph (``Pressemitteilung, 24.06.2025 - ``)
_KIND_DATE = re.compile(r"(?:Presse|Medien)(?:mitteilung|information|meldung)(?:,\s*|\s+vom\s+)(?=\d)")
_PLACE_DOT = re.compile(rf"^({PLACE})\.(?:\s+(?=[A-ZÄÖÜ„\"»])|\s*$)")  # ``Potsdam. Der Verband …``
# a digit after the full stop only after a joint place (``Albstadt/Sigmaringen. 360 Absolventen …``)
_JOINT_PLACE_DOT = re.compile(r"^([A-ZÄÖÜ][\wäöüß.-]*/[A-ZÄÖÜ][\wäöüß.-]*)\.\s+(?=\d)")
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
    "Gestern",  # ``Gestern Abend (11.12.2019) gab es …``: a time, no place
    "Vorgestern",
    "Morgen",
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
    "Bereits",
    "Zwischen",
    "An",
    "Vor",
    "Hinter",
    "Neben",
    "Gegen",
    "Ohne",
    "Um",
    "Durch",
    "Wegen",
    "Trotz",
    "Laut",
    "Gemäß",
    "Dem",
    "Den",
    "Des",
    "Während",
    "Beim",
    "Ob",
    "Folgende",
    "Gemeinsame",
    "Pressemitteilung",
    "Presseinformation",
    "Pressemeldung",
    "Meldung",
    "Information",
    "Hinweis",
    "Achtung",
    "Termin",
    "Datum",
    "Ort",
    "Zeit",
    "Wann",
    "Wo",
    "Update",
    "Nachtrag",
    "Ergänzung",
    "Korrektur",
    "Stand",
    "Thema",
    "Einladung",
    "Fototermin",
    "Veranstaltung",
    "Ausstellung",
    "Vortrag",
    "Führung",
    "Lesung",
    "Konzert",
    "Kabarett",
    "Workshop",
    "Seminar",
}
_WEEKDAYS = re.compile(
    r"^(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag|Ostermontag|Ostersonntag|"
    r"Karfreitag|Pfingstmontag|Pfingstsonntag|Heiligabend|Silvester|Neujahr|Mo|Di|Mi|Do|Fr|Sa|So)\.?$"
)
# after a date opening the text: a place and a full stop, or a colon or dash, then a sentence of report
_DATE_FIRST = re.compile(
    # ``05. Dezember 2019, Coburg - Ca. 150 …``, ``10. Januar 2017. „Christus …“``: also the place after a
    # comma and a dash, or a full stop alone after the date
    rf"^\s*(?:,\s*(?P<after_comma>{PLACE})\s+[–—-]|(?P<place>{PLACE})\.|[.:]|[–—-])\s+"
    r"(?=[A-ZÄÖÜ„\"](?:\S+\s+){6})"
)
_COMING = re.compile(
    r"\b(?:lädt|laden|einladen|Einladung|findet|finden|beginnt|beginnen|startet|starten|wird|werden|gilt|"
    r"gelten|Ab|ab|Treffpunkt|Anmeldung|können|kann)\b"
)
_NOT_PLACE_WORD = re.compile(
    r"termin|hinweis|einladung|update|aktualisier|korrektur|ergänzung|achtung|eilmeldung|pressemitteilung|"
    r"presseinformation|medieninformation|sperrfrist|veranstaltung|programm|datum|veröffentlich|"
    r"pressestelle|redaktion",
    re.I,
)
_CONNECT_WORDS = {"in", "an", "am", "im", "bei", "ob", "vor", "der", "den", "dem", "auf", "unter", "über"}
NON_PLACE = {
    "SPD",
    "CDU",
    "CSU",
    "FDP",
    "AfD",
    "Grüne",
    "Linke",
    "Herr",
    "Frau",
    "Senat",
    "Senatorin",
    "Senator",
}
# a press portal's name, an agency of its own, also before the release's dateline (``(PresseBox) (Berlin, )``)
_PORTAL = re.compile(r"PresseBox|lifePR|openPR|pressetext|PR-Gateway|news aktuell")
_AGENCY = re.compile(
    # not a position in a photo caption (``Janis X (vorne) und …``)
    r"^(?!(?:vorne|links|rechts|mitte|hinten|oben|unten)$)(?:[a-z]{2,5}(?:/[a-z]{1,4}|-press|-presse)?|[A-Z]{2,6}(?:/[A-Za-z]{1,4})?|ots|pm|red\.?|PM|dpa.*|epd.*)$"
    rf"|^(?:{_PORTAL.pattern})$"
)


_DATE_AGENCY_PLACE = re.compile(rf"^(.{{6,40}}?)\s*\([A-Za-z/]{{2,12}}\)\s*({PLACE})\s*$")


@dataclass
class Dateline:
    """Place and/or date stated at the start of the first paragraph."""

    place: str | None
    date: str | None


def _placey(text: str) -> bool:
    words = [_proper_case(w) if w.isupper() and len(w) > 3 else w for w in text.split()]  # (``MONTAG``)
    if not words or len(words) > 6 or words[0] in _STOP_FIRST or re.search(r"\d", text):
        return False
    if any(_WEEKDAYS.match(w) or w.lower() in MONTHS for w in words) or words[-1] in _CONNECT_WORDS:
        return False
    if _NOT_PLACE_WORD.search(text):
        return False
    if any(is_role_word(w) or w in NON_PLACE for w in words):
        return False  # ``Bezirksbürgermeister Max Muster`` is a person, not a place
    return re.fullmatch(PLACE, text) is not None


def _known_place(text: str) -> bool:
    """``text`` is exactly the name of a municipality, Amt or Kreis in the gazetteer, also with its kind
    (``Kreis Segeberg``, ``Landkreis Kassel``)."""
    kind = re.match(r"(?:Landkreis|Kreis|Amt|Stadt|Gemeinde|Hansestadt)\s+(?=[A-ZÄÖÜ])", text)
    return gazetteer.is_exact_name(text[kind.end() :] if kind else text)


def known_places(text: str) -> bool:
    """A known place (``Schwedt/Oder``) or places joined by a slash (``Berlin/Potsdam``)."""
    return _known_place(text) or ("/" in text and all(_known_place(x.strip()) for x in text.split("/")))


def _dash_place(text: str) -> bool:
    """The weakest dateline form (``Potsdam – Der …``): a known place or a capitalised single word."""
    if known_places(text):
        return True  # also ``Erfurt/Weimar –``: a joint release of two places
    return len(text.split()) == 1 and text.isupper() and len(text) > 2


def _proper_case(place: str) -> str:
    """``GÜSTROW`` → ``Güstrow``, ``BERLIN/KIEL`` → ``Berlin/Kiel``: an all-caps place name in its usual
    capitalisation."""
    if not place.isupper() or len(place) < 3:
        return place
    small = {"am", "an", "der", "im", "in", "ob", "bei", "vor", "auf"}  # ``Frankfurt am Main``

    def word(m: re.Match[str]) -> str:
        low = m.group(0).lower()
        return low if m.start() and low in small else low[:1].upper() + low[1:]

    return re.sub(r"\w+", word, place)


def capitals_place(word: str) -> str | None:
    """``MÜNCHEN`` → ``München``: a known place written in capitals, in its usual capitalisation."""
    place = _proper_case(word)
    return place if word.isupper() and known_places(place) else None


def date_then_place(text: str) -> Dateline | None:
    """A line of a date, then a known place (``14.11.2022, Dresden``)."""
    lead = leading_date(text.strip())
    after = re.fullmatch(rf"\s*,\s*({PLACE})\s*", lead[1]) if lead else None
    return Dateline(after.group(1), lead[0]) if lead and after and known_places(after.group(1)) else None


# a press portal's place with its Land after a semicolon, before the agency's tag
_PORTAL_REGION = re.compile(r"([^;()\n]{2,40});\s*[A-ZÄÖÜ][\wäöüß -]{2,40}?(?=\s*\((?:ots|dpa|epd|kna)\))")


def parse_dateline(text: str) -> Dateline | None:
    """Parse the dateline at the start of ``text``, or return ``None``."""
    # (two known places joined by a spaced slash, kept as written: ``Köln / Düsseldorf. Seit …``)
    name = r"[A-ZÄÖÜ][\wäöüß-]+(?: [A-ZÄÖÜ][\wäöüß-]+)?"
    spaced = re.match(rf"\s*({name}) / ({name})(?=[.,(\s])", text)
    if spaced and _known_place(spaced.group(1)) and _known_place(spaced.group(2)):
        dl = _parse_dateline(f"{spaced.group(1)}/{spaced.group(2)}{text[spaced.end() :]}")
        if dl is not None and dl.place == f"{spaced.group(1)}/{spaced.group(2)}":
            dl.place = f"{spaced.group(1)} / {spaced.group(2)}"
        return dl
    dl = _parse_dateline(text)
    if dl is not None and dl.place:
        dl.place = _proper_case(dl.place)
    return dl


# what an event's time announces (``Tag der offenen Tür``, ``Lesung``, ``Sitzung des Bauausschusses``)
# (the line's first noun: not ``Arbeitsmarkt: …``, not ``In seiner Sitzung …``)
_EVENT_NOUN = re.compile(
    r"(?:Tag der offenen Tür|(?!(?:Arbeits|Wohnungs|Immobilien|Ausbildungs)markt)[A-ZÄÖÜ][a-zäöüß]*(?i:"
    r"lesung|"
    r"sitzung|markt|konzert|vortrag|führung|versammlung|eröffnung|fest|treffen|sprechstunde|gottesdienst|"
    r"workshop|seminar|ausstellung|vernissage|empfang))\b|(?:Lesung|Sitzung|Konzert|Vortrag|Führung|Empfang)\b"
)
# a numbered release label before the dateline
_NUMBERED_LABEL = re.compile(
    r"^(?:PRESSEMITTEILUNG|Pressemitteilung|PRESSEINFORMATION|Presseinformation)\s+(?:Nr\.\s*)?\d{1,4}"
    r"(?:/\d{2,4})?\s+(?=[A-ZÄÖÜ][a-zäöüß])"
)


def _parse_dateline(text: str) -> Dateline | None:
    text = text.lstrip()
    if label := _NUMBERED_LABEL.match(text):
        # ``PRESSEMITTEILUNG 33 Chemnitz, den 22.01.2003``: the dateline after the label, only with its date
        dated = _parse_dateline(text[label.end() :])
        return dated if dated is not None and dated.date else None
    if portal := _PORTAL_REGION.match(text):
        text = portal.group(1) + text[portal.end() :]  # ``Düsseldorf; Nordrhein-Westfalen (ots)``: the place
    kind = _KIND_DATE.match(text)
    if kind and (lead := leading_date(text[kind.end() :])) and re.match(r"\s*[–—-]\s+", lead[1]):
        return Dateline(None, lead[0])  # ``Pressemitteilung, 24.06.2025 - Mit einem Festakt …``: no place
    # (``ERFURT_ Dass …``; ``MÜNCHEN „Produkte …``: a known place in capitals before the text)
    after = r"(?:_\s+|(?<=[A-ZÄÖÜ]{4})\s+(?=[„\"»]|[A-ZÄÖÜ][a-zäöüß]))"  # (not ``ESSEN AUF RÄDERN``)
    capital = re.match(rf"([A-ZÄÖÜ]{{3,}}(?:[-/][A-ZÄÖÜ]{{2,}})*){after}", text)
    if capital and capitals_place(capital.group(1)):
        text = f"{capital.group(1)} – {text[capital.end() :]}"  # ``ERFURT_ Dass …``: a dash
    lead = leading_date(text)
    if lead and text.startswith("["):
        return Dateline(None, lead[0])
    m = _PAREN_ONLY.match(text)
    if m and _PORTAL.fullmatch(m.group(1).strip()) and text[m.end() :].startswith("("):
        return _parse_dateline(text[m.end() :])  # ``(PresseBox) (Berlin, ) Der …``: portal, then place
    if m:
        inner = m.group(1).strip().rstrip(", ")  # (an empty date after the place: ``(Berlin, )``)
        placed = re.fullmatch(rf"({PLACE}),\s*(.+)", inner)
        if placed and known_places(placed.group(1)) and (date := parse_date(placed.group(2))):
            return Dateline(placed.group(1), date)  # ``(Dresden, 01.10.2018) Nach 21 Jahren …``
        date = parse_date(inner)
        # ``(3. Mai 2021) Krumbach - Fast 41 Jahre …``: the date, then a known place (or the head of one:
        # ``Krumbach (Schwaben)``) before a dash
        after = re.match(rf"({PLACE}){_DASH}(?=[A-ZÄÖÜ„\"»0-9])", text[m.end() :]) if date else None
        if after and (known_places(after.group(1)) or gazetteer.is_name_head(after.group(1))):
            return Dateline(after.group(1), date)
        if date:
            return Dateline(None, date)
        if _AGENCY.match(inner):
            return None
        if re.match(r"(?:Stadt|Kreis|Gemeinde)?[Vv]erwaltung\b|Pressestelle\b", inner):
            return Dateline(None, None)  # ``(Stadtverwaltung/Steffen X) Der …``: the source opens the text
        if "/" in inner and parse_date(inner.split("/")[-1]):
            place = inner.split("/")[0].strip()
            return Dateline(place if _placey(place) else None, parse_date(inner.split("/")[-1]))
        # (not an authority's short name in brackets: ``(GenStA NMB)``, ``(LfULG)``)
        short = any(re.fullmatch(r"(?=\w*[a-zäöü])(?:\w*[A-ZÄÖÜ]){3}\w*", w) for w in inner.split())
        return Dateline(inner, None) if _placey(inner) and not short else None
    m = _PLACE_PAREN_DATE.match(text)
    if m and _placey(m.group(1)) and parse_date(m.group(2)):
        return Dateline(m.group(1), parse_date(m.group(2)))  # ``Karlsruhe, (12.11.2021). Traditionell …``
    dot = _PLACE_DOT.match(text)
    if dot and known_places(dot.group(1)) and re.match(r"(?:Am|Seit|Ab|Vom|Bis)\s", text[dot.end() :]):
        return Dateline(dot.group(1), None)  # ``Kehl. Am 04. März 2019 haben …``: the sentence's own date
    m = _PLACE_COMMA_DATE.match(text)
    source = m is not None and re.fullmatch(r"Pressestelle|Redaktion|Pressebüro", m.group(1))
    if source and (source_date := leading_date(text[m.end() :])):
        return Dateline(None, source_date[0])  # ``Pressestelle, 12.03.2024 – …``: the date, no place
    if m and _placey(m.group(1)):
        rest = leading_date(text[m.end() :])
        comma = text[m.end(1) : m.end(1) + 1] == ","
        place = m.group(1)
        if not comma and place.endswith(".") and known_places(place[:-1]):
            place = place[:-1]  # ``Münster. 29. Februar 2024. Zusammen …``: the place's full stop
        if rest:
            # without a comma only a known place is one (``Synchronschwimmen 01.02.2022`` names a section)
            return Dateline(place if comma or known_places(place) else None, rest[0])
    m = _PLACE_PAREN.match(text)
    if m and _placey(m.group(1)) and not PARTY.match(m.group(2).strip()):
        date = parse_date(m.group(2))
        # ``Max Muster (Verein) hat …`` is no dateline: the parenthesis holds a date or an agency
        if date or _AGENCY.match(m.group(2).strip()):
            place = m.group(1)
            dotted = place.endswith(".") and known_places(place[:-1])
            return Dateline(place[:-1] if dotted else place, date)  # ``Münster. (SMS) 1200 Jahre …``
    m = _PLACE_DASH.match(text)
    if m and _placey(m.group(1)) and len(m.group(1).split()) <= 4 and _dash_place(m.group(1)):
        return Dateline(m.group(1), None)
    m = _PLACE_DOT.match(text) or _JOINT_PLACE_DOT.match(text)
    known = m is not None and known_places(m.group(1))
    if m and _placey(m.group(1)) and len(m.group(1).split()) <= 4 and known:
        return Dateline(m.group(1), None)  # only a known place: ``Achtung. …`` is no dateline
    lead = leading_date(text)
    piped = re.match(r"\s*\|\s*(?=[A-ZÄÖÜ])", lead[1]) if lead else None
    after = _parse_dateline(lead[1][piped.end() :]) if lead and piped else None
    if lead and after and after.place and after.date is None and known_places(after.place):
        return Dateline(after.place, lead[0])  # ``04.04.2011 | Schwerin (cme). Mit …``: date, then place
    if lead:
        # (a CMS's time stamp after the date: ``06.06.2023, 00.00 Uhr Von den …``; not an event's hour:
        # ``18.05.2024, 10.00 Uhr Tag der offenen Tür in der Feuerwache …``)
        stamp = re.match(r",?\s*\d{1,2}[.:]\d{2}\s*Uhr(?=\s+[A-ZÄÖÜ])", lead[1])
        if stamp and not _EVENT_NOUN.match(lead[1][stamp.end() :].lstrip()):
            lead = (lead[0], "." + lead[1][stamp.end() :])
    if lead and (m := _DATE_FIRST.match(lead[1])) is not None:
        place = m.group("place") or m.group("after_comma")
        # a report, not an event or a rule taking effect (``Samstag, 20. April 2024: Die Stadt lädt … ein``)
        coming = _COMING.search(lead[1][:200])
        weekday = re.match(rf"\s*[\[(]?\s*{WEEKDAY_RE}", text) is not None
        if (place is not None and known_places(place)) or (place is None and not coming and not weekday):
            # ``10.07.2023 Hannover. Am Montag …``, ``22. Juni 2023: Nach drei Jahren …``: date, then place
            return Dateline(place, lead[0])
    m = _DATE_AGENCY_PLACE.match(text)
    lead = leading_date(m.group(1)) if m else None
    if m and lead and not lead[1].strip() and known_places(m.group(2)):
        # ``25. Januar 2022 (DJV/FWR) Berlin/Ratingen``: a date line naming the agency and the places
        return Dateline(m.group(2), lead[0])
    return None
