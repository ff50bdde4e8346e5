"""Extraction of a press release into a :class:`archive.record.Record`."""

from __future__ import annotations

import hashlib
import pathlib
import re
from dataclasses import replace

from archive.record import Record, Source, make_record_id
from ingest import boilerplate, content, headline, readers, report_facts
from ingest.blocks import Block, Parsed
from ingest.dateline import Dateline, known_places, parse_dateline
from ingest.dates import WEEKDAY_RE, leading_date, parse_date
from ingest.errors import DocumentError
from ingest.html_content import html_blocks
from ingest.linking import link_record
from ingest.text_content import text_blocks


def render_body(blocks: list[Block]) -> str:
    """Blocks to the contract's body text: blank line between paragraphs, ``- `` list items; a data table
    as one paragraph with a line per row and its cells joined by `` | `` (the header row first)."""
    parts: list[str] = []
    for b in blocks:
        if b.kind == "li":
            item = "- " + (f"{b.number} " if b.number else "") + b.text.replace("\n", " ")
            if parts and parts[-1].startswith("- "):
                parts[-1] += "\n" + item
            else:
                parts.append(item)
        else:
            parts.append(b.text)
    return "\n\n".join(parts)


def _parse(text: str, fmt: str) -> Parsed:
    return html_blocks(text) if fmt == "html" else text_blocks(text)


def _build(raw: bytes, uri: str) -> Record:
    text, fmt = readers.read(raw, uri)
    parsed = _parse(text, fmt)
    publisher = boilerplate.find_publisher(parsed.blocks)
    blocks = boilerplate.clean_blocks(parsed.blocks)
    if not blocks:
        raise DocumentError(uri, "Dokument ohne Text")
    head, body_blocks = headline.analyse(blocks)
    facts = report_facts.take_fact_box(body_blocks)
    info_date = _article_info(body_blocks)
    record = Record(
        id=make_record_id(uri),
        source=Source(uri=uri, sha256=hashlib.sha256(raw).hexdigest(), format=fmt, bytes=len(raw)),  # type: ignore[arg-type]
        kicker=head.kicker,
        title=head.title or parsed.meta.get("title"),
        subtitle=head.subtitle,
        categories=head.categories or list(parsed.categories),
        date=head.date or info_date,
    )
    for c in [*parsed.categories, *facts.categories]:
        if c not in record.categories:
            record.categories.append(c)
    dl = _first_dateline(body_blocks)
    if dl:
        record.place = dl.place
        record.date = record.date or dl.date
    if record.place is None and head.place:
        record.place = head.place
    if record.date is None and parsed.meta.get("date"):
        record.date = parsed.meta["date"]
    for key in ("byline_date", "created_date"):
        # a byline outside the content (``Von X am 03.05.2013``), else the CMS's creation date
        record.date = record.date or parsed.meta.get(key)
    if record.date is None:
        # a reprint's source line reads like a caption (``Quelle: Pressemitteilung … vom 27.7.2017``)
        record.date = _footer_date(body_blocks) or facts.date or _footer_date(blocks[-3:])
    if record.date is None and (closing := _closing_dateline(body_blocks)) is not None:
        record.date, record.place = closing.date, record.place or closing.place
    if record.date is None and (signed := _signed_dateline(parsed.blocks)) is not None:
        record.date, record.place = signed.date, record.place or signed.place
    site = parsed.meta.get("title_tag", "").split(" - ")[0].strip()
    overline = parsed.meta.get("h1_overline")
    if record.kicker and fmt == "html" and record.kicker == site and record.kicker != overline:
        record.kicker = None  # the site's own name (page header), not an overline
    record.body = render_body(body_blocks)
    if not record.body.strip() and not record.title:
        raise DocumentError(uri, "Dokument ohne Text")
    record.publisher = (
        publisher
        or parsed.meta.get("publisher")
        or head.publisher
        or parsed.meta.get("site_name")
        or _publisher_from_kicker(record.kicker)
    )
    content.analyse(record, body_blocks, head, boilerplate.photo_captions(parsed.blocks))
    return record


def _opens_text(place: str, text: str) -> bool:
    """``Karlsruhe, 27.03.2024. „…“``: a known place and a date set off from the sentence they open (not
    an event's line, ``Offenburg, 15. Juni 2024, ab 14 Uhr:``, nor a caption's: ``Heidelberg, 8. Mai 1945 –
    so``)."""
    lead = leading_date(text[len(place) :].lstrip(" ,")) if text.startswith(place) else None
    opened = lead and re.match(r"\s*[.–—-]\s+[A-ZÄÖÜ„\"»]", lead[1])
    return known_places(place) and bool(opened) and not re.match(r"\W*(?:Damals|Damit|Seither)\b", lead[1])


def _first_dateline(body_blocks: list[Block]) -> Dateline | None:
    """The dateline of the first text paragraph; short metadata lines left before it are skipped, and a
    lead paragraph (teaser) before the dated first paragraph."""
    leads = 0
    ended_colon = False
    # (a teaser's bullets under the headline come before the dated first paragraph)
    blocks = [b for b in body_blocks if not b.is_heading]
    teaser = next((k for k, b in enumerate(blocks) if b.kind != "li"), 0)
    for k, b in enumerate(blocks[teaser:] if teaser <= 6 else blocks):
        dl = parse_dateline(b.text)
        if dl is not None and leads == 2 and not (dl.date and dl.place and _opens_text(dl.place, b.text)):
            # after a lead and a statement: a known place with its date (``Karlsruhe, 27.03.2024.``)
            return None
        # (not a deadline the lead announces: ``Anmeldeschluss:``)
        alone = leading_date(b.text) if dl is None and leads == 1 and k == 1 and not ended_colon else None
        if alone and not alone[1].strip(" .") and not re.match(WEEKDAY_RE, b.text.strip()):
            dl = Dateline(None, alone[0])  # ``29.05.2018`` on its own line under the lead
        if dl or k >= 3:
            return dl
        if len(b.text.split()) > 12 or re.search(r"[.!?]$", b.text):
            # a lead paragraph: the dateline may open the next one, or the one after a quoted statement
            statement = leads == 1 and b.kind == "p" and re.search(r"[„“\"»]", b.text[:200]) is not None
            if (leads and not statement) or b.kind != "p" or len(b.text.split()) > 60:
                return None
            leads += 1
            ended_colon = b.text.rstrip().endswith(":")
    return None


_FOOTER_DATE = re.compile(
    # ``Quelle: Pressemitteilung der Staatskanzlei Nr. 454/2017 vom 27.7.2017``: a reprint's source line
    # ``(Presseinformation der Stadt X vom 04.10.2012, www.x.de)`` in brackets; ``Datum: 12. Januar 2024``
    # (also with the body's abbreviation: ``Quelle: LFV-Presseinformation vom 27. September 2013``)
    rf"^\(?(?:Quelle:\s*)?(?:(?:[A-ZÄÖÜ]{{2,8}}-)?{headline.RELEASE_KIND}(?:\s+(?:der|des)\s+[^,:]{{3,60}}?)?"
    rf"(?:\s+Nr\.\s*[\d/.-]+)?"
    rf"\s+vom|Veröffentlicht\s+am|Erschienen\s+am|[Vv]erfasst\s+am|[Ee]rstellt\s+am|[Gg]eschrieben\s+am|"
    rf"Datum(?=\s*:))\s*:?\s*",
    re.I,
)
# a release's number and its author's initials before its date under the text (``091-2016 (jks) …``)
_RELEASE_NO = re.compile(r"^(?:Nr\.\s*)?\d{1,4}[-/](?:19|20)\d\d\s+(?:\([a-zäöü]{2,4}\)\s+)?")
# a CMS's stamp closing the page, with the item's age (``23.05.2019 09:35 Alter: 61 Tage``), perhaps after a
# rating widget's words
_AGE_STAMP = re.compile(r"(?:^|\s)(\d{1,2}\.\d{1,2}\.\d{4})\s+\d{1,2}:\d{2}\s+Alter:\s*\d+\s+Tag(?:e|en)?$")
_RATING_WIDGET = re.compile(
    r"^(?:Übermittlung Ihrer Stimme\.*\s*)?Klicken Sie auf den Bewertungsbalken\b[^.]*\.?$"
)
# an author's line under the text, dated (``Autor: Die Pressesprecherin, 05.11.2012``)
_AUTHOR_LINE = re.compile(r"^(?:Autor(?:in)?|Text)\s*:\s*[^\d\n]{2,60},\s*\d{1,2}\.\s?\d{1,2}\.\s?\d{4}\s*$")


def _closing_date_field(blocks: list[Block], k: int, rest: str) -> bool:
    """``Datum: 12. Januar 2024`` closing the text: the release's date, not an event's among its fields
    (``Ort:``, ``Uhrzeit:``) or with a time."""
    if k != len(blocks) - 1 or rest.strip() or re.search(r"\bUhr\b", blocks[k].text):
        return False
    return not any(_EVENT_FIELD.match(b.text) for b in blocks[max(0, k - 3) : k])


_EVENT_FIELD = re.compile(r"^(?:Ort|Uhrzeit|Zeit|Termin|Beginn|Einlass|Veranstaltungsort|Treffpunkt)\s*:")


def _date_alone(text: str) -> tuple[str, str] | None:
    """A date alone on a line, perhaps after the release's number (``091-2016 (jks) 31. August 2016``)."""
    return leading_date(_RELEASE_NO.sub("", text))


def _footer_date(body_blocks: list[Block]) -> str | None:
    """A publication date stated in a footer line (``Pressemitteilung vom 03.04.2023 | Stand: …``); the
    footer line leaves the body."""
    from ingest.dates import byline_date, leading_date

    last = body_blocks[-1].text.strip() if body_blocks else ""
    stamp = _AGE_STAMP.search(last)
    label = re.search(r"(\w+)\s*:\s*$", last[: stamp.start()]) if stamp else None
    # (after a publication label, not another: ``Geboren: 02.03.2024 …``)
    if stamp and (label is None or label.group(1) in {"Veröffentlicht", "Datum", "Erstellt", "Erschienen"}):
        rest = re.sub(r"(?:Veröffentlicht|Datum|Erstellt|Erschienen)\s*:\s*$", "", last[: stamp.start()])
        rest = rest.strip()
        if rest and not _RATING_WIDGET.match(rest):
            body_blocks[-1] = replace(body_blocks[-1], text=rest)
        else:
            del body_blocks[-1]
        return parse_date(stamp.group(1))
    for k in range(len(body_blocks) - 1, max(len(body_blocks) - 4, -1), -1):
        b = body_blocks[k]
        m = _FOOTER_DATE.match(b.text)
        if m and len(b.text) < 250:
            lead = leading_date(b.text[m.end() :])
            # a footer's parts go on after a separator; not ``… vom 3. Mai 2019 zur Satzung ist überholt.``
            # ``verfasst am 29.01.2013 von Miriam Geiger``: the author after the date
            by = re.fullmatch(r"\s*von\s+(?:[A-ZÄÖÜ][\w.-]+\s*){1,4}", lead[1]) if lead else None
            field = m.group(0).lstrip("(").startswith("Datum")
            if field and not _closing_date_field(body_blocks, k, lead[1] if lead else "x"):
                continue  # ``Ort: …`` / ``Datum: Samstag, 15. März 2025, 10 bis 16 Uhr``: an event's date
            if lead and (len(lead[1].split()) <= 3 or re.match(r"\s*[|·•–,;]", lead[1]) or by):
                del body_blocks[k]
                return lead[0]
        elif k == len(body_blocks) - 1 and len(b.text) < 40 and (alone := _date_alone(b.text)):
            before = body_blocks[k - 1].text if k else ""
            if not alone[1].strip() and not before.rstrip().endswith(":") and not leading_date(before):
                del body_blocks[k]  # ``26. Januar 2024`` alone under the text: the date of the release
                return alone[0]
        elif len(b.text) < 120 and _AUTHOR_LINE.match(b.text.partition("\n")[0]):
            if (value := byline_date(b.text)) is None:
                continue
            del body_blocks[k]  # ``Autor: Die Pressesprecherin, 05.11.2012`` under the text
            return value
    return None


# a CMS's article metadata under the text: ``Artikel-Informationen`` / ``erstellt am:`` / ``26.01.2017`` /
# ``zuletzt aktualisiert am:`` / ``12.01.2024``, each label on its own line over its date
_INFO_HEAD = re.compile(r"^(?:Artikel-?[Ii]nformationen|Seiteninformationen|Informationen zum Artikel)\s*:?$")
_INFO_LABEL = re.compile(
    r"^(?:(?P<pub>[Ee]rstellt|[Vv]eröffentlicht|[Ee]rschienen)(?:\s+am)?|(?:[Zz]uletzt\s+)?"
    r"(?:[Aa]ktualisiert|[Gg]eändert)(?:\s+am)?|Stand|Letzte Änderung)\s*:$"
)


def _article_info(body_blocks: list[Block]) -> str | None:
    """Take a CMS's article metadata (labels over dates, in blocks of their own or lines of one block) off
    the end of the body, also above short page furniture (``zum Seitenanfang``); the date its creation or
    publication label states, not a revision's."""
    for last in range(len(body_blocks), max(0, len(body_blocks) - 6), -1):
        if last < len(body_blocks) and len(body_blocks[last].text) >= 120:
            break
        start, published = _info_start(body_blocks, last)
        if start < last:
            if start and _INFO_HEAD.match(body_blocks[start - 1].text.strip()):
                start -= 1
            del body_blocks[start:last]
            return published
    return None


def _info_start(body_blocks: list[Block], last: int) -> tuple[int, str | None]:
    """Where label-over-date lines ending at block ``last`` begin (the first whole block they fill), and
    the publication date they state."""
    from ingest.dates import leading_date

    window = range(max(0, last - 12), last)
    lines = [(k, line.strip()) for k in window for line in body_blocks[k].text.split("\n") if line.strip()]
    start, published, pending = last, None, None
    i = len(lines)
    while i >= 2:
        (block, label), (_, value) = lines[i - 2], lines[i - 1]
        m = _INFO_LABEL.match(label)
        date = leading_date(value)
        if m is None or date is None or date[1].strip(" ,|"):
            break
        pending = date[0] if m.group("pub") else pending
        i -= 2
        if i == 0 or lines[i - 1][0] != block:
            start, published = block, pending  # the label opens its block: whole blocks so far
    return start, published


def _closing_dateline(body_blocks: list[Block]) -> Dateline | None:
    """``Karlsruhe, den 10. Juli 2018`` (or ``[Bergheim, 4. Mai 2018]``) on its own line under the text, as a
    court's release closes: the place and date of the release; the line leaves the body."""
    for k in range(len(body_blocks) - 1, max(len(body_blocks) - 4, 0), -1):
        first, _, rest = body_blocks[k].text.strip().partition("\n")
        # (its publisher's label run on: ``Potsdam, 26.06.2015Veröffentlicht von:`` / ``… Sparkasse``)
        published = re.search(r"(?<=\d{4})\s*Veröffentlicht\s+von:?$", first)
        first, rest = (first[: published.start()], "") if published else (first, rest)
        # (also in square brackets: ``[Bergheim, 4. Mai 2018]``)
        bracketed = re.fullmatch(r"\[([^,\]]{2,40},\s+(?:den\s+)?[\w. ]{6,20}\d{4})\]", first.strip())
        first = bracketed.group(1) if bracketed else first
        # (without ``den`` only closing the text: ``Hannover, 11. Dezember 2009``, not after a label)
        after_label = body_blocks[k - 1].text.rstrip().endswith(":")
        last = bool(published) or (k == len(body_blocks) - 1 and not rest.strip() and not after_label)
        plain = last and re.fullmatch(r"[^,]{2,40},\s+[\w. ]{6,20}\d{4}", first.strip())
        if not (bracketed or plain or re.fullmatch(r"[^,]{2,40},\s+den\s+[\w. ]{6,20}\d{4}", first.strip())):
            continue
        if any(len(line) > 80 for line in rest.splitlines()):
            continue  # a date line opening a paragraph of its own
        dl = parse_dateline(first.strip())
        if plain and not bracketed and dl is not None and dl.date and dl.date < "1995":
            continue  # ``Weimar, 1. Mai 1919`` closing a letter the text is about: not a web release's date
        if dl is not None and dl.place and dl.date and known_places(dl.place):
            if rest.strip():
                body_blocks[k] = replace(body_blocks[k], text=rest.strip())  # page furniture under the date
            else:
                del body_blocks[k]
            return dl
    return None


def _signed_dateline(blocks: list[Block]) -> Dateline | None:
    """``Beste Grüße`` / ``Dr. X`` / ``Zweckverbandsvorsitzender`` / ``Wenzenbach, 5. Mai 2022``: the place
    and date a letter is signed with, under its closing formula."""
    closings = [k for k, b in enumerate(blocks) if boilerplate.CLOSING.match(b.text)]
    close = closings[-1] if closings else None
    for k in range(close + 1, min(len(blocks), close + 6)) if close is not None else []:
        text = blocks[k].text.strip()
        dl = parse_dateline(text)
        # only the place and date, of a known place; not an event's (``Termin:`` / ``…, 19 Uhr``)
        plain = re.fullmatch(r"[^,]{2,40},\s+(?:den\s+)?[\w. ]{6,20}\d{4}", text) is not None
        label = blocks[k - 1].text.rstrip().endswith(":")
        if dl is not None and dl.place and dl.date and plain and not label and known_places(dl.place):
            return dl
    return None


_BODY_NAME = re.compile(
    r"^(?:Stadt|Gemeinde|Amt|Landkreis|Kreis|Zweckverband|Verband|Ministerium|Landesamt|Polizei\w*|"
    r"Staatskanzlei|Senatsverwaltung|Bezirksamt|Landratsamt|Kreisverwaltung|Städte- und Gemeindebund)\b"
)


def _publisher_from_kicker(kicker: str | None) -> str | None:
    if kicker and _BODY_NAME.match(kicker) and len(kicker.split()) <= 8:
        return kicker
    return None


def extract_bytes(raw: bytes, uri: str) -> Record:
    """Extract a record from ``raw`` bytes; ``uri`` names the source (its suffix hints the format)."""
    try:
        record = _build(raw, uri)
    except DocumentError:
        raise
    except Exception as exc:  # a parser failure on bad input must not escape as anything else
        raise DocumentError(uri, f"Dokument nicht lesbar ({type(exc).__name__}: {exc})") from exc
    link_record(record)
    return record


def extract_path(path: pathlib.Path) -> Record:
    """Read ``path`` and extract its record."""
    uri = path.resolve().as_uri()
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise DocumentError(str(path), f"Datei nicht lesbar: {exc.strerror or exc}") from exc
    return extract_bytes(raw, uri)
