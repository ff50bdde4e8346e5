"""Headline structure: kicker, title, subtitle, categories and the stated publication date."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.blocks import Block
from ingest.dateline import parse_dateline
from ingest.dates import find_dates, leading_date, parse_date

CATEGORY_WORDS = {
    "aktuelles",
    "aktuell",
    "pressemitteilung",
    "pressemitteilungen",
    "presse",
    "pressemeldung",
    "pressemeldungen",
    "meldung",
    "meldungen",
    "nachrichten",
    "news",
    "neuigkeiten",
    "mitteilungen",
    "mitteilung",
    "bekanntmachung",
    "bekanntmachungen",
    "amtliche bekanntmachungen",
    "rathaus",
    "politik",
    "wirtschaft",
    "kultur",
    "soziales",
    "bildung",
    "verwaltung",
    "bürgerservice",
    "sport",
    "umwelt",
    "verkehr",
    "bauen",
    "gesundheit",
    "polizeimeldung",
    "polizeimeldungen",
    "veranstaltungen",
    "termine",
    "allgemein",
    "digitalisierung",
    "tourismus",
    "familie",
    "jugend",
    "senioren",
    "feuerwehr",
    "schule",
    "schulen",
    "kita",
    "stadtentwicklung",
    "finanzen",
    "pressemitteilungen der stadt",
    "archiv",
    "blaulicht",
    "kreisverwaltung",
    "landkreis",
    "stadtverwaltung",
    "gemeinde",
    "ordnung",
    "sicherheit",
    "soziales und gesundheit",
    "ehrenamt",
    "klimaschutz",
    "energie",
    "wohnen",
    "arbeit",
    "landwirtschaft",
    "kommunales",
    "innenpolitik",
    "inneres",
    "justiz",
    "wissenschaft",
    "forschung",
    "medien",
    "pressedienst",
}
_DATE_LINE_PREFIX = re.compile(
    r"^(?:(?:Presse)?(?:mitteilung|meldung|information)(?:\s+Nr\.\s*[\d/\-]+)?(?:\s+vom)?|Datum|Veröffentlicht(?:\s+am)?|"
    r"Erstellt(?:\s+am)?|Erschienen(?:\s+am)?|Publiziert(?:\s+am)?|Artikel\s+vom|Pressemitteilung|Meldung|Vom|Am)"
    r"\s*:?\s*",
    re.I,
)
_DATE_LABEL = re.compile(
    r"^(?:(?:Presse)?(?:mitteilung|meldung|information)\s+vom|Datum|Veröffentlicht(?:\s+am)?|Erstellt(?:\s+am)?|"
    r"Erschienen(?:\s+am)?|Publiziert(?:\s+am)?|Stand|Vom)\s*:$",
    re.I,
)
_TODAY = re.compile(
    r"\b(?:heute|Heute ist|Wetter|Uhrzeit|zuletzt aktualisiert|Seite aktualisiert|aktualisiert am|"
    r"Letzte Änderung|geändert am)\b|^\s*Stand\b",
    re.I,
)
_CAPTION = re.compile(
    r"^(?:Foto|Fotos|Bild|Bilder|Quelle|Grafik|Abbildung|Abb\.|Bildquelle|Foto/Grafik)\s*:|^©|\(Foto:", re.I
)
_SEP = re.compile(r"\s*[|·•,;/]\s*|\s+[–-]\s+")
_CAT_LABEL = re.compile(
    r"^(?:Themen?|Kategorien?|Rubriken?|Schlagw[öo]rte?r?|Stichw[öo]rte?r?|Tags?|Bereich|"
    r"Veröffentlicht in)\s*:?\s+",
    re.I,
)
_META_LABEL = re.compile(r"^[A-ZÄÖÜ][\wäöüß-]{1,20}\s*:\s*\S")
_AUTHOR = re.compile(r"^(?:von|by|Autor(?:in)?:?)\s+\S", re.I)
# the name of an issuing body heading a text dump (``Stadt Cottbus/Chóśebuz – Pressemitteilung``)
_ORG_HEAD = re.compile(
    r"^(?:Stadt|Gemeinde|Amt|Landkreis|Kreis|Zweckverband|Verband|Ministerium|Landesamt|Landesbetrieb|"
    r"Polizei\w*|Staatskanzlei|Senatsverwaltung|Senatskanzlei|Bezirksamt|Landratsamt|Kreisverwaltung|"
    r"Stadtverwaltung|Gemeindeverwaltung|Amtsverwaltung|Städte- und Gemeindebund|Landkreistag|Landtag|"
    r"Handwerkskammer|Industrie- und Handelskammer|IHK|HWK|Hansestadt|Universität|Hochschule|"
    r"[A-ZÄÖÜ][\wäöüß-]*(?:verband|kammer|ministerium|amt|direktion|präsidium|inspektion|behörde|"
    r"verwaltung|kanzlei|gemeinde|stadt))\b"
)
_ORG_WORDS = {"des", "der", "die", "für", "und", "am", "an", "im", "in", "bei", "e.V.", "-", "–", "&"}
_PM_LINE = re.compile(
    r"^(?:Presse)?(?:mitteilung|meldung|information|info)(?:en)?(?:\s+Nr\.\s*[\d/.\-]+)?$", re.I
)


@dataclass
class Headline:
    """What the lead zone of a document states."""

    kicker: str | None = None
    title: str | None = None
    subtitle: str | None = None
    categories: list[str] = field(default_factory=list)
    date: str | None = None
    publisher: str | None = None
    extra_dates: list[str] = field(default_factory=list)  # event dates in the metadata (``Tatzeit:``)


def _words(text: str) -> int:
    return len(text.split())


def _is_body_paragraph(b: Block) -> bool:
    if b.kind == "li":
        return True
    return (
        b.kind == "p"
        and b.hint not in {"kicker", "subtitle", "date", "category", "caption"}
        and (_words(b.text) >= 12 and re.search(r"[.!?:“\"]", b.text) is not None)
    )


def split_categories(text: str, hinted: bool = False) -> list[str]:
    """Category names in ``text`` (``Aktuelles Pressemitteilung``, ``Presse | Politik``)."""
    out: list[str] = []
    text = _CAT_LABEL.sub("", text.strip())
    for seg in _SEP.split(text):
        seg = _CAT_LABEL.sub("", seg.strip(" :")).strip(" :")
        if not seg or re.search(r"\d", seg):
            continue
        if seg.lower() in CATEGORY_WORDS:
            out.append(seg)
        elif all(w.lower() in CATEGORY_WORDS for w in seg.split()):
            out.extend(seg.split())
        elif hinted and _words(seg) <= 4:
            out.append(seg)
    return out


def _date_line(b: Block) -> tuple[str | None, list[str]] | None:
    """``(date, categories)`` when the block is a date/category line, else ``None``."""
    text = b.text.replace("\n", " | ")
    if _TODAY.search(text) or _words(text) > 14:
        return None
    stripped = _DATE_LINE_PREFIX.sub("", text, count=1)
    lead = leading_date(stripped)
    if lead:
        date, rest = lead
        rest = re.sub(r"^\s*(?:[,|–-]?\s*(?:um\s+)?\d{1,2}[:.]\d{2}\s*(?:Uhr)?)", "", rest)
        cats = split_categories(rest, b.hint == "category")
        leftover = _SEP.sub(" ", rest).strip(" |-–")
        if not leftover or cats or b.hint in {"date", "category"}:
            return date, cats
        meta = _meta_rest(rest)
        if meta is not None:
            return date, meta
        return None
    if b.hint == "date":
        return parse_date(text), []
    cats = split_categories(text, b.hint == "category")
    if cats and (b.hint == "category" or len(" ".join(cats)) >= len(text.replace("|", "").strip()) - 6):
        return None, cats
    return None


def _meta_rest(rest: str) -> list[str] | None:
    """What follows a leading date on a metadata line (``| Ressort: Inland``, ``· 3 Minuten Lesezeit``,
    ``9. Februar 2023 von Redaktion``, a category on its own line): its categories, or ``None`` when
    the rest reads like running text."""
    cats: list[str] = []
    for seg in re.split(r"\s*[|·•]\s*", rest):
        seg = seg.strip(" ,;–-")
        while True:
            lead = leading_date(seg)
            if not lead:
                break
            seg = re.sub(r"^\s*[,|–-]?\s*(?:um\s+)?\d{1,2}[:.]\d{2}\s*(?:Uhr)?", "", lead[1]).strip(" ,;–-")
        if not seg:
            continue
        if _words(seg) > 6 or re.search(r"[.!?]$", seg):
            return None
        if _CAT_LABEL.match(seg):
            cats.extend(split_categories(seg, True))
        elif _META_LABEL.match(seg) or _AUTHOR.match(seg) or seg[:1].isdigit():
            continue
        elif all(w[:1].isupper() or w in {"und", "&"} for w in seg.split()) and _words(seg) <= 3:
            cats.append(seg)
        else:
            return None
    return cats


def _org_line(line: str) -> bool:
    words = line.split()
    return (
        bool(_ORG_HEAD.match(line))
        and len(words) <= 12
        and not re.search(r"[!?:;]|[^.]\.$", line)
        and all(w[:1].isupper() or w[:1].isdigit() or w in _ORG_WORDS for w in words)
    )


def site_header(text: str) -> tuple[bool, str | None]:
    """A site header line of a text dump (``Landkreis Märkisch-Oderland``, ``Handwerkskammer X | Aktuelles``,
    ``Zweckverband X`` + ``Pressemitteilung Nr. 7/2020``): ``(is_header, the issuing body)``."""
    body: str | None = None
    for line in text.split("\n"):
        for seg in re.split(r"\s*[|·•]\s*|\s+[–—-]\s+", line.strip()):
            seg = seg.strip()
            if not seg:
                continue
            if _org_line(seg):
                body = body or seg
            elif not (_PM_LINE.match(seg) or seg.lower() in CATEGORY_WORDS):
                return False, None
    return body is not None, body


def analyse(blocks: list[Block]) -> tuple[Headline, list[Block]]:
    """Split ``blocks`` into the headline structure and the body blocks."""
    head = Headline()
    zone_end = next((i for i, b in enumerate(blocks) if _is_body_paragraph(b)), len(blocks))
    zone = list(range(zone_end))
    used: set[int] = set()
    # title
    h1 = next((i for i, b in enumerate(blocks) if b.kind == "h1"), None)
    title_i: int | None = None
    if h1 is not None:
        title_i = h1
    else:
        heads = [i for i in zone if blocks[i].is_heading and blocks[i].hint != "caption"]
        if heads:
            top = min(blocks[i].level for i in heads)
            title_i = next(i for i in heads if blocks[i].level == top)
            nxt = next((i for i in heads if i > title_i), None)
            if (
                nxt is not None
                and blocks[nxt].level > top
                and _words(blocks[title_i].text) <= 5
                and _words(blocks[nxt].text) > _words(blocks[title_i].text)
                and all(
                    w[:1].isupper() or w in {"und", "für", "der", "des", "die", "-", "–"}
                    for w in blocks[title_i].text.split()
                )
                and not re.search(r"[.!?]$", blocks[title_i].text)
            ):
                head.kicker = blocks[title_i].text
                used.add(title_i)
                title_i = nxt
        else:
            for i in zone:
                b = blocks[i]
                if b.hint in {"date", "category", "caption", "kicker"} or _date_line(b) or _words(b.text) < 2:
                    continue
                is_header, body = site_header(b.text)
                if is_header:
                    head.publisher = head.publisher or body
                    used.add(i)
                    continue
                title_i = i
                break
    if title_i is not None:
        title_lines = blocks[title_i].text.split("\n")
        if (
            h1 is None
            and not blocks[title_i].is_heading
            and len(title_lines) == 2
            and title_lines[1][:1].isupper()
            and not re.search(r"[.!?:]$", title_lines[0])
        ):
            # a text dump's headline block: headline and subtitle on two lines
            head.title, head.subtitle = title_lines
        else:
            head.title = blocks[title_i].text.replace("\n", " ")
        used.add(title_i)
    # kicker / subtitle
    for i in zone:
        if i in used:
            continue
        b = blocks[i]
        if b.hint == "kicker" and head.kicker is None:
            head.kicker, _ = b.text.replace("\n", " "), used.add(i)
        elif b.hint == "subtitle" and head.subtitle is None:
            head.subtitle, _ = b.text.replace("\n", " "), used.add(i)
    if head.kicker is None and title_i is not None and title_i > 0:
        prev = blocks[title_i - 1]
        if (
            title_i - 1 not in used
            and prev.is_heading
            and _words(prev.text) <= 8
            and not _date_line(prev)
            and not re.search(r"[.!?:]$", prev.text)
        ):
            head.kicker = prev.text
            used.add(title_i - 1)
    if head.subtitle is None and title_i is not None:
        for i in range(title_i + 1, zone_end):
            b = blocks[i]
            if i in used or b.hint == "caption":
                continue
            if b.is_heading:
                head.subtitle = b.text.replace("\n", " ")
                used.add(i)
            elif (
                b.kind == "p"
                and not b.hint
                and i == title_i + 1
                and 4 <= _words(b.text) <= 25
                and "\n" not in b.text
                and not re.search(r"[.!?:;]$", b.text)
                and not _CAPTION.search(b.text)
                and not _date_line(b)
                and parse_dateline(b.text) is None
            ):
                # a line under the headline, before the text: the subtitle (lead line of a dump or page)
                head.subtitle = b.text
                used.add(i)
            if not _date_line(b):
                break
    # date and categories
    for i in zone:
        if i in used:
            continue
        b = blocks[i]
        banner = _TODAY.sub("", b.text).strip(" :")
        if _TODAY.search(b.text) and _words(b.text) <= 10 and leading_date(banner):
            used.add(i)  # a site banner (``Heute: Montag, 21. September 2020``)
            continue
        if b.text.endswith(":") and _words(b.text) <= 4 and "\n" not in b.text and i + 1 < zone_end:
            # a label/value pair of a metadata block (``Dienststelle:`` ``Polizeidirektion Ost``)
            nxt = blocks[i + 1]
            if not _DATE_LABEL.match(b.text) and _words(nxt.text) <= 12 and not nxt.is_heading:
                used.update((i, i + 1))
                head.extra_dates.extend(d.value for d in find_dates(nxt.text))
                continue
        if b.hint == "caption" or _CAPTION.match(b.text):
            used.add(i)
            continue
        found = _date_line(b)
        if found is None:
            continue
        date, cats = found
        if date and head.date is None:
            head.date = date
        for c in cats:
            if c not in head.categories:
                head.categories.append(c)
        used.add(i)
    # captions left between headline and body: short lines without sentence punctuation
    if title_i is not None:
        for i in range(title_i + 1, zone_end):
            b = blocks[i]
            if (
                i not in used
                and not b.is_heading
                and _words(b.text) <= 10
                and not re.search(r"[.!?:]$", b.text)
                and parse_dateline(b.text) is None
            ):
                used.add(i)
    body = [
        b
        for i, b in enumerate(blocks)
        if i not in used and b.hint != "caption" and not (b.kind == "p" and _CAPTION.match(b.text))
    ]
    return head, body
