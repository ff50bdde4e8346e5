"""German date expressions: parsing, finding in text, and precision (day, month, year)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from dateutil import parser as du_parser

MONTHS = {
    "januar": 1,
    "jänner": 1,
    "jan": 1,
    "februar": 2,
    "feber": 2,
    "feb": 2,
    "märz": 3,
    "maerz": 3,
    "mär": 3,
    "mrz": 3,
    "april": 4,
    "apr": 4,
    "mai": 5,
    "juni": 6,
    "jun": 6,
    "juli": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "oktober": 10,
    "okt": 10,
    "november": 11,
    "nov": 11,
    "dezember": 12,
    "dez": 12,
}
MONTH_RE = (
    r"(Januar|Jänner|Februar|März|Maerz|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|"
    r"Jan\.|Feb\.|Mär\.|Mrz\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Okt\.|Nov\.|Dez\.|"
    # an abbreviation without its period, before a year only (``29. Okt 2010``)
    r"(?:Jan|Feb|Mär|Mrz|Apr|Jun|Jul|Aug|Sept?|Okt|Nov|Dez)(?=\s+\d{4}\b))"
)
WEEKDAY_RE = (
    r"(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag|Mo|Di|Mi|Do|Fr|Sa|So)\.?,?"
)

_DIGIT = re.compile(r"\d")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_NUMERIC = re.compile(r"(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})(?![\d])")
# also a month written with a stray period (``am 08. Mai. 2018``)
_TEXTUAL = re.compile(
    rf"(?<![\d.])(\d{{1,2}})\.\s*{MONTH_RE}(?:(?<!\.)\.(?=\s*\d{{4}}(?!\d)(?!\s+[A-ZÄÖÜ])))?\s*(\d{{4}})?(?!\d)"
)
_RANGE_DAY = re.compile(
    rf"(?<![\d.])(\d{{1,2}})\.\s*(?:bis(?:\s+zum)?|zum|auf\s+den|–|-|und(?:\s+dem)?)\s*(\d{{1,2}})\.\s*{MONTH_RE}\s*(\d{{4}})?"
)
# a range of two dates whose first one leaves the year to the second (``vom 3. März bis zum 21. März 2025``,
# ``von Mittwoch, 23. Juni bis einschließlich Freitag, 25. Juni 2021``)
_RANGE_FULL = re.compile(
    rf"(?<![\d.])(\d{{1,2}})\.\s*{MONTH_RE}\s*(?:bis(?:\s+(?:zum|einschließlich))?|–|-)\s*(?:{WEEKDAY_RE}\s*)?"
    rf"(\d{{1,2}})\.\s*{MONTH_RE}\s*(\d{{4}})(?!\d)"
)
# two months sharing the second one's year (``Mai bis Dezember 2017``)
_RANGE_MONTH = re.compile(
    rf"(?<![\d.]\s)(?<![\d.]){MONTH_RE}\s*(?:bis(?:\s+(?:zum|einschließlich))?|–|-|und)\s*{MONTH_RE}\s+(\d{{4}})\b"
)
# two numeric dates sharing the second one's year (``18.07. und 19.07.2023``)
_RANGE_NUMERIC = re.compile(
    r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.\s*(?:bis(?:\s+zum)?|und|sowie|–|-)\s*\d{1,2}\.\d{1,2}\.(\d{4})(?!\d)"
)
# a list of numeric dates sharing the last one's year (``28.02., 24.04. und 26.06.2020``) and of days
# sharing the last one's month and year (``22. und 23.9.23``, ``Sa, 8., So 9., Mo, 10. + Di, 11. Juni``)
_LIST_SEP = rf"\s*(?:,|und|sowie|\+|&)\s*(?:{WEEKDAY_RE}\s*)?"
_NUMERIC_LIST = re.compile(
    rf"(?<![\d.])((?:\d{{1,2}}\.\d{{1,2}}\.{_LIST_SEP}){{1,12}})\d{{1,2}}\.\d{{1,2}}\.(\d{{4}}|\d{{2}})(?!\d)"
)
_DAY_LIST = re.compile(
    rf"(?<![\d.])((?:\d{{1,2}}\.,?{_LIST_SEP}){{1,12}})\d{{1,2}}\.\s*(?:{MONTH_RE}(?:\s*(\d{{4}}))?|(\d{{1,2}})\.(\d{{4}}|\d{{2}}))"
    r"(?!\d)"
)
# a month and year written with a slash (``05/2020 bis 06/2023``), not a file number (``Nr. 8/2024``)
_SLASH_MONTH = re.compile(r"(?<![\d./])(?<!Nr\. )(?<!Nr )(0[1-9]|1[0-2])/((?:19|20)\d{2})(?![\d/])")
# a span of years after a cue (``Schuljahr 2022/23``, ``in den Jahren 2022-24``): both ends
_YEAR_SPAN = re.compile(
    r"\b(?:[A-ZÄÖÜ][a-zäöüß]*jahr(?:e|es)?|Jahr(?:en?)?|Spielzeit|Saison|[A-ZÄÖÜ][a-zäöüß-]*saison|Haushaltsjahre?|Doppelhaushalt|Haushalt(?:splan)?|"
    r"Finanzplanung|Jahreswechsel|Winterhalbjahr|Wirtschaftsplan|Förderperiode|Legislaturperiode|Zeitraum|"
    r"Zeitrahmen|Zeitspanne|Winter|Wintersemester)\s+((?:19|20)\d{2})\s*(?:[/–-]\s*|bis\s+(?=(?:19|20)\d{2}))"
    r"((?:19|20)?\d{2})\b(?![/.]\d)"
)
# a span of years in running text with a two-digit end (``entstand 1987 – 92``)
_SHORT_YEAR_SPAN = re.compile(r"(?<![\d./-])(?<!\d )((?:19|20)\d{2})\s?[–-]\s?(\d{2})\b(?![\d./:-])")
# a numeric day and month without a year after a cue (``am 14.03.``): the publication year's
_DAY_MONTH = re.compile(
    r"\b(?:am|vom|bis(?:\s+zum)?|ab(?:\s+dem)?|zum|seit\s+dem)\s+(\d{1,2})\.(\d{1,2})\.(?![\d])"
)
# a numeric day and month alone in brackets (``am Freitagabend (13.05.)``, ``(Montag, 23. 11.)``)
_DAY_MONTH_BRACKETS = re.compile(
    rf"(?:(?<=tag )|(?<=abend )|(?<=nacht )|(?<=morgen )|(?<=mittag )|(?<=heute )|(?<=gestern ))"
    rf"\((\d{{1,2}})\.\s?(\d{{1,2}})\.\)|\({WEEKDAY_RE}\s*(\d{{1,2}})\.\s?(\d{{1,2}})\.\)"
)
# two days sharing a numeric month without a year (``am 12. und 13.9.``)
_DAY_PAIR = re.compile(
    r"\b(?:am|vom|von)\s+(\d{1,2})\.\s*(?:und|bis|[–-])\s*(\d{1,2})\.(\d{1,2})\.(?![\d])"
)
_BUILT = r"(?:gegründet|eröffnet|errichtet|erbaut|gebaut|fertiggestellt|eingeweiht|entstanden)"
# a year of founding or building, also long ago (``wurde bereits 1841 gegründet``)
_YEAR_DONE = re.compile(
    rf"\b(?:bereits|schon|im\s+Jahre?|seit|um|wurde|ist|war)\s+(1[0-9]\d{{2}}|20[0-4]\d)\s+"
    rf"(?:{_BUILT}|geboren|gestorben)\b"
)
# a building year before its verb (``wie es 1904 erbaut wurde``) or as attribute (``das 1904 erbaute Haus``)
_YEAR_BUILT = re.compile(
    rf"(?<![\d.,])\b(1[0-9]\d{{2}}|20[0-4]\d)\s+{_BUILT}\s+(?:wurden?|worden|ist|sind|war|waren)\b|"
    rf"\b(?:(?:das|der|die)\s+(1[0-9]\d{{2}}|20[0-4]\d)\s+{_BUILT}e|(?:der|des|dem)\s+(1[0-9]\d{{2}}|20[0-4]\d)\s+"
    rf"{_BUILT}en|den\s+(1[89]\d{{2}}|20[0-4]\d)\s+{_BUILT}en)\b"  # not a count (``den 1200 errichteten``)
)
# a textual date with the day's period missing (``ab 1 Juli 2007``): only with its year
_TEXTUAL_NO_PERIOD = re.compile(
    rf"(?<![\d.,])(?<!Nr\. )(?<!Nr )(?<!Nummer )(?<!Ausgabe )(?<!Heft )(?<!Folge )(?<!Teil )(?<!Seite )"
    rf"\b([1-9]|[12]\d|3[01]) {MONTH_RE} (\d{{4}})(?!\d)"
)
# a year of the distant past after a cue (``im Jahr 1435``, ``die Jahre 1435 bzw. 1465``)
_OLD_YEAR = re.compile(
    r"\b(?:im\s+Jahre?|die\s+Jahre|den\s+Jahren)\s+(1[0-9]\d{2})\b(?:\s+(?:bzw\.|und|oder)\s+(1[0-9]\d{2})\b)?"
    r"(?!\s*(?:Euro|€|Menschen|Personen|Mitglieder|[A-ZÄÖÜ][a-zäöüß]+n\b))"
)
# a year opening a sentence of a chronicle (``1921 wird sie in Berlin geboren.``, ``1942/43 werden …``)
_SENTENCE_YEAR = re.compile(
    r"(?:^|(?<=[.!?]\s))(?<!ca\.\s)(?<!Nr\.\s)(?<!Tel\.\s)(?<!Nrn\.\s)((?:1[89]|20)\d{2})(?:/(\d{2}))?\s+"
    r"(?=[a-zäöüß]{3,}\b)(?!vom\b|neue|weitere|zusätzliche|freie)"
)
# (not a day's month: ``am 15. September dieses Jahres``)
_MONTH_THIS_YEAR = re.compile(
    rf"(?<!\d\.\s)(?<!\d\.)\b{MONTH_RE}\s+(?:diesen|dieses|des\s+laufenden)\s+Jahres\b"
)
_MONTH_YEAR = re.compile(rf"(?<![\d.]\s)(?<![\d.]){MONTH_RE}\s+(\d{{4}})\b")
_YEAR_CUE = re.compile(
    # a cue opening a sentence only before a verb or punctuation (``Seit 1911 wird``, not ``Bis 2000 Gäste``)
    r"(?:\b(?:Im Jahr(?:e)?|Seit|Bis|Ab|Von|Für)\s+((?:19|20)\d{2})\b(?=\s+[a-zäöüß]|\s*[,.;:!?)]))|"
    r"\b(?:im Jahr(?:e)?|seit|bis|ab|Ende|Anfang|Mitte|Frühjahr|Sommer|Herbst|Winter|Jahr|von|"
    r"für|"
    r"im Laufe des Jahres|Haushaltsjahr|Schuljahr|Geschäftsjahr|Wirtschaftsjahr|Kalenderjahr|Berichtsjahr|"
    r"Rechnungsjahr|Planjahr|Förderjahr|Veranlagungsjahr|Steuerjahr|Beitragsjahr|Abrechnungsjahr|Quartal|Halbjahr|Jahreshälfte|Saison|Spielzeit|Jahres|"
    r"Jahresende|Jahresbeginn|Jahreswechsel|Wahl|Kommunalwahl|Haushaltsplan|Finanzplanung|Förderperiode|"
    r"auf|in|um|nach|vor|zum|Stand)\s+"
    r"((?:19|20)\d{2})\b(?!\s*(?:Zeichen|Euro|€|Menschen|m\b))(?!/\d)"
)
_YEAR_PAIR = re.compile(
    r"(?<![\d./-])((?:19|20)\d{2})\s+(?:und|oder|bzw\.)\s+((?:19|20)\d{2})\b(?![\d/-]|\.\d)"
)
# a year that is part of a name (``Zensus 2011``, ``Bürgerpreis 2024``, ``Forstrundfahrt 2022``): a noun
# right before it
_NAME_BEFORE = re.compile(
    r"\b(?:Zensus|Agenda|Expo|[A-ZÄÖÜ][\w-]*-Tag|[A-ZÄÖÜ][\w-]*(?i:preis|bericht|award|festival|wettbewerb|programm|strategie|"
    r"konzept|gesetz|messe|cup|pokal|spiele|zensus|tage|woche|jahr|ausgabe|edition|kampagne|umfrage|fahrt|tour|"
    r"fest|turnier|gala|kongress|gipfel|(?<![Vv]er)lauf|(?:nachts|oster|kunst|bauern|floh|jahr|kunsthandwerker)markt))\s$"
)
# a bare year in running text (``hat uns 2018 zugesagt``): not a count (``rund 2000 Besucher``)
_BARE_YEAR = re.compile(
    r"(?<![\d.,:/-])(?<!\d )\b((?:19[5-9]|20[0-4])\d)\b(?![.,]?\d)(?!\s*(?:[A-ZÄÖÜ€%]|Euro|Prozent|mal\b|x\b|"
    r"[kcm]?m\b|qm\b|t\b|kg\b|ha\b|-|–\s*\d|/\d|Uhr\b))"
)
_COUNT_BEFORE = re.compile(
    r"(?:rund|etwa|ca\.|über|mehr als|weniger als|insgesamt|bis zu|nur|knapp|fast|Nr\.|Nummer|Telefon|Tel\.|"
    r"Fax|Linie|PLZ|Postfach|Zimmer|Raum|Haus|Buslinie|Straße|Weg|Platz|Allee|Höhe|von|die|der|den|dem|alle|"
    r"diese|je|pro|mit)\s*$",
    re.I,
)


@dataclass
class DateMatch:
    """A date found in text with its span and ISO value (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``)."""

    start: int
    end: int
    value: str


def _valid(y: int, m: int, d: int) -> str | None:
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def _year(text: str) -> int:
    y = int(text)
    if y < 100 and len(text) == 2:
        return y + (2000 if y < 69 else 1900)  # ``09.09.99``: the century as ``strptime``'s ``%y`` reads it
    return y


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


# ``im kommenden Jahr vom 4. bis zum 6. Juni``: a day without a year in the year after the default
_NEXT_YEAR = re.compile(r"\b(?:kommenden|nächsten|folgenden)\s+Jahr(?:es)?\b")
_IN_NEXT_YEAR = re.compile(r"\bim\s+(?:kommenden|nächsten|folgenden)\s+Jahr\b")
_OF_NEXT_YEAR = re.compile(r"\s*des\s+(?:kommenden|nächsten|folgenden)\s+Jahres\b")
# a sentence's end (not a day's full stop: ``6. Juni``), perhaps with a closing quotation mark
_SENTENCE_BREAK = re.compile(r"(?:(?<=[^\d\s.][.!?])|(?<=[.!?][“”\"«»]))\s+(?=[A-ZÄÖÜ„\"»])")


def find_dates(text: str, default_year: int | None = None) -> list[DateMatch]:
    """All date expressions in ``text``, as precise as stated; a missing year comes from ``default_year``,
    or from the year after it in a sentence about the next year."""
    if default_year is None or not _NEXT_YEAR.search(text):
        return _find_dates(text, default_year)
    found: list[DateMatch] = []
    start = 0
    for m in _SENTENCE_BREAK.finditer(text):
        found.extend(_sentence_dates(text, start, m.start(), default_year))
        start = m.end()
    found.extend(_sentence_dates(text, start, len(text), default_year))
    return found


def _sentence_dates(text: str, start: int, end: int, default_year: int) -> list[DateMatch]:
    """Dates of one sentence: a day without a year right after ``im kommenden Jahr`` or right before ``des
    kommenden Jahres`` is in the next year, every other in ``default_year``."""
    sentence = text[start:end]
    later = {(d.start, d.end): d.value for d in _find_dates(sentence, default_year + 1)}
    out = []
    for d in _find_dates(sentence, default_year):
        value = d.value
        if later.get((d.start, d.end), value) != value:
            before = sentence[max(0, d.start - 40) : d.start]
            after = sentence[d.end : d.end + 30]
            if _IN_NEXT_YEAR.search(before) or _OF_NEXT_YEAR.match(after):
                value = later[(d.start, d.end)]
        out.append(DateMatch(d.start + start, d.end + start, value))
    return out


def _find_dates(text: str, default_year: int | None = None) -> list[DateMatch]:
    found: list[DateMatch] = []
    taken: list[tuple[int, int]] = []
    if default_year is not None:
        # ``seit September diesen Jahres``: the month of the year the text is dated in
        for m in _MONTH_THIS_YEAR.finditer(text):
            found.append(DateMatch(m.start(), m.end(), f"{default_year}-{_month(m.group(1)):02d}"))
            taken.append((m.start(), m.end()))
    if not _DIGIT.search(text):
        return found  # every other date form has a digit

    def add(start: int, end: int, value: str | None) -> None:
        if value and not any(s < end and start < e for s, e in taken):
            found.append(DateMatch(start, end, value))
            taken.append((start, end))

    for m in _ISO.finditer(text):
        add(m.start(), m.end(), _valid(int(m.group(1)), int(m.group(2)), int(m.group(3))))
    for m in _NUMERIC.finditer(text):
        add(m.start(), m.end(), _valid(_year(m.group(3)), int(m.group(2)), int(m.group(1))))
    for m in _RANGE_DAY.finditer(text):
        year = int(m.group(4)) if m.group(4) else default_year
        if year:
            month = _month(m.group(3))
            add(m.start(1), m.end(1) + 1, _valid(year, month, int(m.group(1))))
            add(m.start(2), m.end(), _valid(year, month, int(m.group(2))))
    for m in _RANGE_FULL.finditer(text):
        year, first, second = int(m.group(5)), _month(m.group(2)), _month(m.group(4))
        add(m.start(1), m.end(2), _valid(year - 1 if first > second else year, first, int(m.group(1))))
    for m in _NUMERIC_LIST.finditer(text):
        year = _year(m.group(2))
        at = m.start(1)
        for item in re.finditer(r"(\d{1,2})\.(\d{1,2})\.", m.group(1)):
            add(at + item.start(), at + item.end(), _valid(year, int(item.group(2)), int(item.group(1))))
    for m in _DAY_LIST.finditer(text):
        if m.group(2):
            year = int(m.group(3)) if m.group(3) else default_year
            month = _month(m.group(2))
        else:
            year, month = _year(m.group(5)), int(m.group(4))
        if year:
            at = m.start(1)
            for item in re.finditer(r"(\d{1,2})\.", m.group(1)):
                add(at + item.start(), at + item.end(), _valid(year, month, int(item.group(1))))
    for m in _RANGE_NUMERIC.finditer(text):
        year, first = int(m.group(3)), int(m.group(2))
        add(m.start(1), m.end(2) + 1, _valid(year, first, int(m.group(1))))
    for m in _RANGE_MONTH.finditer(text):
        year, first, second = int(m.group(3)), _month(m.group(1)), _month(m.group(2))
        add(m.start(1), m.end(1), f"{year - 1 if first > second else year:04d}-{first:02d}")
    for m in _TEXTUAL.finditer(text):
        year = int(m.group(3)) if m.group(3) else default_year
        if year and (m.group(3) or not re.match(r"\s*(?:Jahre|Prozent|%)", text[m.end() :])):
            month = _month(m.group(2))
            # an impossible day (``31. Juni 2029``) still names the month
            add(m.start(), m.end(), _valid(year, month, int(m.group(1))) or f"{year:04d}-{month:02d}")
    for m in _TEXTUAL_NO_PERIOD.finditer(text):
        add(m.start(), m.end(), _valid(int(m.group(3)), _month(m.group(2)), int(m.group(1))))
    if default_year:
        for m in _DAY_MONTH.finditer(text):
            add(m.start(1), m.end(), _valid(default_year, int(m.group(2)), int(m.group(1))))
        for m in _DAY_MONTH_BRACKETS.finditer(text):
            day, month = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
            add(m.start(), m.end(), _valid(default_year, int(month), int(day)))
        for m in _DAY_PAIR.finditer(text):
            add(m.start(1), m.end(1), _valid(default_year, int(m.group(3)), int(m.group(1))))
            add(m.start(2), m.end(), _valid(default_year, int(m.group(3)), int(m.group(2))))
    for m in _MONTH_YEAR.finditer(text):
        add(m.start(), m.end(), f"{int(m.group(2)):04d}-{_month(m.group(1)):02d}")
    for m in _SLASH_MONTH.finditer(text):
        add(m.start(), m.end(), f"{int(m.group(2)):04d}-{int(m.group(1)):02d}")
    for m in [*_YEAR_SPAN.finditer(text), *_SHORT_YEAR_SPAN.finditer(text)]:
        first, last = m.group(1), m.group(2)
        last = last if len(last) == 4 else first[:2] + last  # ``2022/23``, ``1987 – 92``
        reach = 50 if m.re is _YEAR_SPAN else 10  # after a cue a longer span (``Zeitrahmen 2000-2019``)
        if int(first) < int(last) <= int(first) + reach:
            add(m.start(1), m.end(1), first)
            add(m.start(2), m.end(2), last)

    for m in _YEAR_CUE.finditer(text):
        k = 1 if m.group(1) else 2  # a cue opening the sentence, else any cue
        add(m.start(k), m.end(k), m.group(k))
    for m in _YEAR_DONE.finditer(text):
        add(m.start(1), m.end(1), m.group(1))
    for m in _YEAR_BUILT.finditer(text):
        at = next(k for k in (1, 2, 3, 4) if m.group(k))
        add(m.start(at), m.end(at), m.group(at))
    for m in _OLD_YEAR.finditer(text):
        add(m.start(1), m.end(1), m.group(1))
        if m.group(2):
            add(m.start(2), m.end(2), m.group(2))
    for m in _SENTENCE_YEAR.finditer(text):
        add(m.start(1), m.end(1), m.group(1))
        if m.group(2) and int(m.group(2)) > int(m.group(1)[2:]):
            add(m.start(2), m.end(2), m.group(1)[:2] + m.group(2))  # ``1942/43``
    for m in _BARE_YEAR.finditer(text):
        before = text[max(0, m.start() - 40) : m.start()]
        if not _COUNT_BEFORE.search(before[-16:]) and not _name_year(before):
            add(m.start(1), m.end(1), m.group(1))
    for m in _YEAR_PAIR.finditer(text):
        # ``erschien 1939 und 1964``: a year joined to a dated one is dated too
        if any(d.value in (m.group(1), m.group(2)) for d in found):
            add(m.start(1), m.end(1), m.group(1))
            add(m.start(2), m.end(2), m.group(2))
    found.sort(key=lambda d: d.start)
    return found


def _name_year(before: str) -> bool:
    m = _NAME_BEFORE.search(before)
    return bool(m)


def parse_date(text: str) -> str | None:
    """The first full date (``YYYY-MM-DD``) in ``text``, also ISO timestamps; else ``None``."""
    for d in find_dates(text):
        if len(d.value) == 10:
            return d.value
    try:
        value = du_parser.isoparse(text.strip())
    except (ValueError, OverflowError):
        return None
    return value.date().isoformat()


_DATE_ONLY = re.compile(
    rf"^\s*[\[(]?\s*(?:{WEEKDAY_RE}\s*)?(?:den\s+)?(?:\d{{1,2}}\.\s?\d{{1,2}}\.\s?\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}}|"
    rf"\d{{1,2}}\.?\s*{MONTH_RE}\s*\d{{4}})\s*[\])]?\s*"
)


def leading_date(text: str) -> tuple[str, str] | None:
    """A date that opens ``text`` (``Mittwoch, 20. Mai 2020``, ``[08.05.2020]``): ``(iso, rest)``."""
    m = _DATE_ONLY.match(text)
    if not m and re.match(r"[^a-zäöüß]{8,}", text):
        # ``MONTAG, 18. JUNI 2012``: a date line in capitals, read in its usual case
        usual = re.sub(r"[A-ZÄÖÜ]{2,}", lambda w: w.group(0).capitalize(), text)
        # (only a date alone: not a headline in capitals, ``AB 18. MÄRZ 2024 GILT DER NEUE FAHRPLAN``)
        if usual != text and (lead := leading_date(usual)) is not None and not lead[1].strip(" ,.:|–-"):
            return lead[0], text[len(text) - len(lead[1]) :]
    if not m:
        us = _US_DATE.match(text)
        if us and int(us.group(1)) <= 12 < int(us.group(2)) <= 31:
            # ``01/25/2018 | Pressemitteilung``: a CMS's English date, month first where the day shows it
            return f"{us.group(3)}-{int(us.group(1)):02d}-{int(us.group(2)):02d}", text[us.end() :]
        return None
    value = parse_date(m.group(0))
    return (value, text[m.end() :]) if value else None


_US_DATE = re.compile(r"^\s*(\d{2})/(\d{2})/((?:19|20)\d{2})\b\s*")


# the words before a date that state it as the text's publication date: a label (``Datum:``,
# ``Veröffentlicht am``, ``Gespeichert von X am``), an author byline (``Von Christian am``, ``von X, ``),
# ``Dieser Artikel wurde am``, or a weekday opening the line (``Donnerstag, 15.2.2018, 19:51``)
_BYLINE_BEFORE = re.compile(
    r"(?:\b(?:Datum|Date|[Vv]eröffentlicht|[Vv]eroeffentlicht|[Ee]rstellt|[Gg]espeichert|[Gg]eschrieben|"
    r"[Vv]erfasst|[Pp]ubliziert|[Ee]rschienen|[Ee]ingestellt|[Gg]epostet|[Pp]osted|[Pp]ublished)\b[^.!?]{0,60}"
    r"|^\s*(?:[Vv]on|[Bb]y)\b[^.!?|:]{0,60}?(?:\bam|,)|\bAutor(?:in)?\s*:[^.!?]{0,60}"
    rf"|\b(?:Artikel|Beitrag|Eintrag|Post)\b[^.!?]{{0,20}}\bwurde\b[^.!?]{{0,40}}\bam(?:\s+{WEEKDAY_RE})?"
    rf"|^\s*{WEEKDAY_RE})\s*$"
)
# a date that is not the first publication: a revision (``Stand:``, ``aktualisiert am``), today's banner
_REVISION = re.compile(
    r"(?i)\b(?:stand|aktualisiert|geändert|letzte änderung|updated|modified|zuletzt|heute)\b"
)
_EVENT_LABEL = re.compile(r"(?i)\b(?:termin|veranstaltung|beginn|wann|zeit|treffpunkt|einlass|frist)\b")
_MONTH_FIRST = re.compile(rf"\b{MONTH_RE}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b")


def _full_dates(text: str) -> list[tuple[int, str]]:
    """Positions and values of the day-precise dates in ``text``, also month first (``Juli 12, 2017``)."""
    found = [(d.start, d.value) for d in find_dates(text) if len(d.value) == 10]
    for m in _MONTH_FIRST.finditer(text):
        if value := _valid(int(m.group(3)), _month(m.group(1)), int(m.group(2))):
            found.append((m.start(), value))
    return sorted(found)


def short_date(text: str) -> str | None:
    """The date of a short line that is little more than a date (``12.10.2015, 19:16 Uhr``,
    ``Juni 19th, 2018``): what an element marked as a date holds."""
    found = _full_dates(text)
    return found[0][1] if found and len(text) <= 40 else None


def byline_date(text: str, whole_line: bool = True) -> str | None:
    """The publication date a short byline or metadata line states (``Gespeichert von rasos am 24. Juli
    2017 - 18:55``, ``Autor: kinra | Artikel veröffentlicht am 16.12.2012``, ``Juli 12, 2017`` after an
    author); ``None`` for a revision or an event's date, or a date without such words before it. A weekday
    opening the text (``Donnerstag, 15.2.2018, 19:51``) counts only where ``text`` is a whole line, not a
    fragment that may follow ``Termin:``."""
    for start, value in _full_dates(text):
        before = text[max(0, start - 100) : start]
        if re.match(r"^.{0,40}?\bbis\b", text[start:], re.S):
            continue  # ``Mittwoch, 20. Februar 2019, 14:45 Uhr bis 15:45 Uhr``: an event's time
        cue = _BYLINE_BEFORE.search(before)
        if cue is None or _REVISION.search(before) or _EVENT_LABEL.search(before):
            continue
        if whole_line or not re.match(rf"\s*{WEEKDAY_RE}", cue.group(0)):
            return value
    return None
