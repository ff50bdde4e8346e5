"""Text and Markdown-like dumps to blocks."""

from __future__ import annotations

import itertools
import re

from ingest.blocks import Block, Parsed, clean_text
from ingest.boilerplate import (
    MAIL_HEADER,
    TEASER_WITH_MORE,
    drop_trailing_menu,
    is_breadcrumb,
    is_widget,
    kept_before_menu,
    menu_lines,
)
from ingest.dates import WEEKDAY_RE, find_dates, leading_date
from ingest.quotes import CLOSING_ATTRIBUTION, ends_with_quoted_name

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
# a list item; not a date spaced out (``25. 03. 2024``, ``1. Juli 2024``)
_BULLET = re.compile(
    r"^\s*(?:[-*•·▪►–]|\d{1,2}[.)](?!\s*(?:\d{1,2}\.\s?\d{2,4}|[A-ZÄ][a-zä]+\s+\d{4})\s*$))\s+(.*)$"
)
_LOGIN_HEADS = {"Anmeldung", "Login", "Anmelden"}
_DATE_ALONE = re.compile(
    rf"(?:{WEEKDAY_RE},?\s+)?(?:\d{{1,2}}\.\s?\d{{1,2}}\.\s?\d{{2,4}}|\d{{1,2}}\.\s?[A-ZÄ][a-zä]+\s+\d{{4}})"
    r"(?:,\s*Nr\.\s*\d{1,4}/\d{2,4})?"  # (with the release's number: ``11.06.2019, Nr. 09/19``)
)
_SETEXT = re.compile(r"^\s*(=+|-{3,})\s*$")
_STRONG = re.compile(r"^\s*(\*\*|__)(.+?)\1\s*$")
_INLINE_MD = re.compile(r"(\*\*|__|(?<![\w*])\*(?=\S)|(?<![\w_])_(?=\S))(.+?)(?<=\S)\1(?![\w*])")
# emphasis of a sentence whose closing star stands after a space (``*sagt Anna X, Stadträtin. *``; not a
# footnote's stars: ``Besucher* … *vorläufige Zahl *``)
_LOOSE_EMPHASIS = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]+?[.!?])\s\*(?=\s|$)")
_LINK = re.compile(r"\[([^\]]+)\]\((?:[^)]*)\)")
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")


# a TYPO3 editor's link tag left in the text (``<link http: _blank external-link …>Zum Ergebnis</link>``)
_RTE_LINK = re.compile(r"</?link\b[^<>]{0,200}>")
# a line that is only such a link onward (``<link …>Zum Gesamtergebnis mit allen Platzierungen.``)
_RTE_LINK_LINE = re.compile(
    r"^<link\b[^<>]{0,200}>\s*(?:Zum|Zur|Hier|Mehr|Weitere|Alle)\b(?:[ \t]+[^<>\s]+){0,6}"
    r"[ \t]*(?:</link>)?[ \t]*$",
    re.M,
)


def _inline(text: str) -> str:
    text = _RTE_LINK.sub("", _IMAGE.sub("", text))
    text = _LINK.sub(r"\1", text)
    return _LOOSE_EMPHASIS.sub(r"\1", _INLINE_MD.sub(r"\2", text))


def _colon_list(lines: list[str]) -> bool:
    """A line ending in a colon over two or more short lines (``Verbandsmitglieder:`` over ``Stadt Gröditz mit
    1 Stimme``): a list, whose line breaks stay."""
    return any(
        line.endswith(":") and len(after := lines[k + 1 : k + 3]) == 2 and all(_short_line(x) for x in after)
        for k, line in enumerate(lines)
    )


def _short_line(line: str) -> bool:
    if len(line.split()) <= 3 and line.endswith(":") and not line[:1].islower():
        return True  # an overline with a colon (``ÖPNV:``)
    return len(line) < 70 and not re.search(r"[.!?:;]$", re.sub(r"\b(?:e\.\s?V|[A-Z])\.$", "", line))


# page furniture of PDF dumps: ``- 2 -`` page markers and running lines with ``Seite 2 von 3``
_PAGE_MARK = re.compile(
    r"^\s*(?:[-–—]+\s*(?:Seite\s+)?\d{1,3}\s*[-–—]+|Seite\s+\d{1,3}(?:\s*(?:von|/)\s*\d{1,3})?)\s*$", re.I
)
_PAGE_RUNNING = re.compile(r"\bSeite\s+\d{1,3}\s+von\s+\d{1,3}\s*$", re.I)
_DEHYPHEN = re.compile(r"(?<=[a-zäöüß]{2})-\n(?=[a-zäöüß]{2})")
_COLUMN_GAP = re.compile(r"(?<=\S)[ \t]{4,}(?=\S)")


def _headline_block(lines: list[str]) -> bool:
    """A short block without sentence punctuation (a headline with its wrapped subtitle, a letterhead):
    its lines stay separate."""
    return (
        1 < len(lines) <= 4
        and sum(len(x.split()) for x in lines) <= 40
        and not any(
            re.search(r"[.!?;][\"“”»«]?(?:\s|$)|[\"“”»«]$", x)
            and not _quoted_line(x)
            and not ends_with_quoted_name(x)
            for x in lines
        )
        and not _quoted_line(lines[0])
    )


def _quoted_line(line: str) -> bool:
    """A line that is one short quotation without sentence punctuation (a dump's subtitle: „Wir müssen …“)."""
    return bool(re.fullmatch(r"[„\"»][^„“”\"»«.!?;]{3,120}[“”\"«]", line)) and len(line.split()) <= 15


def _numbered_headline(blocks: list[Block], para: list[tuple[str, bool]], lines: list[str], n: int) -> bool:
    """Where the numbered line ``lines[n]`` is a headline: a paragraph of its own opening the dump or right
    under a date line, below short lines only (``Pressemitteilung vom 15.06.2015`` / ``7. Landesverbandstag
    …``), not a section heading over its text (``1. Ausgangslage`` / ``Der Stadtrat …``)."""
    alone = n + 1 >= len(lines) or not lines[n + 1].strip()
    # (or right over the release's date line: ``74. Kammerversammlung: …`` / ``Pressemitteilung vom …``)
    alone = alone or _dated_release_line(lines, n + 1)
    # (or the dump's first line with a number past one: ``10. Bayerisches Honigfest …`` / its subtitle)
    first = not blocks and not any(x.strip() for x in lines[:n])
    alone = alone or (first and re.match(r"\s*(?:[2-9]|\d\d)\.\s", lines[n]) is not None)
    short = all(len(b.text.split()) <= 8 and b.kind != "li" for b in blocks)
    return not para and alone and short and (not blocks or bool(find_dates(blocks[-1].text)))


def _dated_release_line(lines: list[str], n: int) -> bool:
    """``lines[n]`` is the release's date line (``Pressemitteilung vom 11.11.2025, Bereich: …``)."""
    return n < len(lines) and bool(_RUNNING_KIND.search(lines[n]) and find_dates(lines[n]))


def _next_is_bullet(lines: list[str], n: int) -> bool:
    """The next non-blank line after ``lines[n]`` is a bullet too."""
    return next((bool(_BULLET.match(x)) for x in lines[n + 1 :] if x.strip()), False)


_RUNNING_KIND = re.compile(r"\b(?:Presse(?:mitteilung|information)|Medieninformation)\b.*\d", re.I)


# Textile's block quotation (``Bezirksbürgermeisterin X: bq. Ich …``) in dumps whose line breaks were lost
# a numbered release's label (``PRESSEMITTEILUNG 17/2023``, ``Pressemitteilung Nr. 5/2020``)
_RELEASE_LABEL = re.compile(
    r"^(?:Presse(?:mitteilung|information)|Medieninformation)(?:\s+(?:Nr\.|Nummer))?\s*\d{1,4}\s*/\s*\d{2,4}$",
    re.I,
)
_TEXTILE_BQ = re.compile(r"(?:^|(?<=\s))bq\.\s+")
_SENTENCE_END = re.compile(r"(?<=[.!?“”\"])\s+(?=[A-ZÄÖÜ„“\"»])")
# sentences that no longer belong to the quotation: a label, service details, a signature, a third person
_QUOTE_STOP = re.compile(
    r"^[A-ZÄÖÜ][\w\- ]{1,40}:\s|^(?:Im Auftrag|i\.\s?A\.)|\b(?:Webseite|Website|Internetseite|Homepage|Blog|"
    r"Anmeldung|Telefon|E-Mail|Uhr)\b|www\.|https?://|\b(?:Herr|Frau)\s+[A-ZÄÖÜ]|"
    r"\b[A-ZÄÖÜ][a-zäöüß]+\s+[A-ZÄÖÜ][a-zäöüß-]+\s+(?:war|ist|hat|hatte|sagte|sagt|erklärte|erklärt|betonte|"
    r"überzeugt|freut|freute)\b"
)
_QUOTE_MAX_SENTENCES = 10


def _textile_quote(text: str) -> list[Block]:
    """Split a paragraph at ``bq.``: the text before, the quotation (a ``blockquote`` paragraph) and what
    follows. The source's line breaks are lost, so the quotation ends before the first sentence that is
    clearly not speech (a label, service details, a signature, a named third person)."""
    m = _TEXTILE_BQ.search(text)
    assert m is not None
    before, rest = text[: m.start()].strip(), text[m.end() :]
    out = [Block("p", before)] if before else []
    if rest[:1] in "„“\"»«":  # the quotation has marks of its own: they delimit it
        nxt = _TEXTILE_BQ.search(rest)
        if nxt is None:
            return [*out, Block("p", rest.strip(), "blockquote")]
        # the next ``bq.`` starts after its speaker's name: split at the sentence before it
        cut = max(rest.rfind(mark, 0, nxt.start()) for mark in '“”"«»')
        cut = cut + 1 if cut > 0 else nxt.start()
        return [*out, Block("p", rest[:cut].strip(), "blockquote"), *_textile_quote(rest[cut:].strip())]
    sentences = _SENTENCE_END.split(rest)
    k = 1
    while k < min(len(sentences), _QUOTE_MAX_SENTENCES) and not _QUOTE_STOP.search(sentences[k]):
        if CLOSING_ATTRIBUTION.search(sentences[k - 1]):
            break  # ``…, so die Bezirksbürgermeisterin.``: the quotation ends with its attribution
        k += 1
    quote, after = " ".join(sentences[:k]), " ".join(sentences[k:])
    out.append(Block("p", quote.strip(), "blockquote"))
    if after.strip():
        out.extend(_textile_quote(after) if _TEXTILE_BQ.search(after) else [Block("p", after.strip())])
    return out


def _strip_running_headers(text: str) -> str:
    """Drop the running header that a PDF export repeats at the top of each later page (after a form feed):
    a short line naming the document type with a date, or repeating the letterhead's first words."""
    pages = text.split("\f")
    if len(pages) < 2:
        return text
    head = [x.strip().casefold() for x in pages[0].split("\n") if x.strip()][:6]
    for k in range(1, len(pages)):
        lines = pages[k].split("\n")
        n = next((j for j, x in enumerate(lines) if x.strip()), None)
        if n is None:
            continue
        line = lines[n].strip()
        start = " ".join(line.casefold().split()[:3])
        repeats = len(start) >= 12 and any(h.startswith(start) for h in head)
        if len(line) <= 140 and not re.search(r"[.!?]$", line) and (repeats or _RUNNING_KIND.search(line)):
            del lines[n]
            pages[k] = "\n".join(lines)
    return "\f".join(pages)


def _nbsp_paragraphs(lines: list[str]) -> list[str]:
    """A page copied with a blank line after every line and ``&nbsp;`` lines (or runs of blank lines)
    between paragraphs: those part the paragraphs, a single blank line does not."""
    out: list[str] = []
    for k, line in enumerate(lines):
        if not line.strip():
            before, after = k > 0 and not lines[k - 1], k + 1 < len(lines) and not lines[k + 1]
            spacer = bool(line) or before or after
            if spacer:
                out.append("")
            continue
        out.append(line)
    return out


# a paragraph broken off after a function word (``… stellt am`` ¶ ``Montag, 17. April 2023`` ¶ ``ihren …``)
_BROKEN_END = re.compile(  # (not a verb's particle: ``Und so machen Sie mit``)
    r"\s(?:am|im|in|zum|zur|vom|von|für|der|die|das|den|dem|des|ein|eine|einen|einem|einer|und|oder|sowie)$"
)


def _rejoin_broken_sentences(blocks: list[Block]) -> list[Block]:
    """Join a paragraph broken off mid-sentence with what goes on: a short set-off line (a date in bold) and
    the lower-case rest, or the lower-case rest alone."""
    out: list[Block] = []
    k = 0
    while k < len(blocks):
        b = blocks[k]
        broken = b.kind == "p" and "\n" not in b.text and len(b.text.split()) >= 6
        broken = broken and _BROKEN_END.search(b.text) is not None
        parts = 0
        if broken and k + 1 < len(blocks) and blocks[k + 1].kind == "p":
            nxt = blocks[k + 1].text
            if nxt[:1].islower():
                parts = 1
            elif (
                k + 2 < len(blocks)
                and blocks[k + 2].kind == "p"
                and blocks[k + 2].text[:1].islower()
                and len(nxt.split()) <= 8
                and re.search(r"\d", nxt) is not None  # a date or time, not a photo's caption naming a person
                and "\n" not in nxt
                and not re.search(r"[.!?:]$", nxt)
            ):
                parts = 2
        if parts:
            joined = " ".join(x.text for x in blocks[k : k + parts + 1])
            out.append(Block("p", joined))
            k += parts + 1
            continue
        out.append(b)
        k += 1
    return out


_TERMINATED = re.compile(r"[.!?:;“”\"«»)]$")


def _head_over_wrapped(lines: list[str]) -> int:
    """The number of lines over a wrapped paragraph that are a date line and the headline after it
    (``(23.06.2010)`` / ``„325 Jahre …“ - Kammertag …`` / ``Ganz im Zeichen des Barock …``), else 0."""
    if len(lines) < 5 or not _DATE_ALONE.fullmatch(lines[0].strip().strip("()[]")):
        return 0
    head, text = lines[1].strip(), lines[2:]
    if len(head.split()) > 20 or re.search(r"[.,;:!?]$", head) or not text[0][:1].isupper():
        return 0
    widths = [len(x) for x in text[:-1]]
    # (the rest is running text wrapped at one width, not more short lines)
    wide = sum(w >= 0.6 * max(widths) for w in widths)
    wrapped = wide >= 0.7 * len(widths) and 50 <= max(widths) <= 110
    # (the headline ends short of the width, or shows a headline's dash or quotation marks: not the text's
    # first line run on)
    titled = len(head) < 0.85 * max(widths) or re.search(r"\s[-–]\s|[„“\"»«]", head)
    ended = sum(not _TERMINATED.search(x) for x in text[:-1]) >= 0.5 * len(widths)
    return 2 if wrapped and ended and titled else 0


def _rewrapped(text: str) -> str:
    """A PDF's text copied with a blank line after every wrapped line (``… insgesamt ein`` ¶ ``gutes Jahr.``):
    where most lines run to one width without ending their sentence, a blank line after such a line breaks
    no paragraph, and the lines are joined again."""
    chunks = re.split(r"\n[ \t]*\n", text)
    lines = [c.strip() for c in chunks if c.strip()]
    if len(lines) < 8 or sum("\n" in c.strip() for c in chunks) > 0.1 * len(lines):
        return text
    widths = sorted(len(x) for x in lines)
    width = widths[int(0.9 * (len(widths) - 1))]
    # (a wrapped line: the next line's first word would not have fit on it)
    wide = [
        len(x) >= 45 and not _TERMINATED.search(x) and len(x) + 1 + len(nxt.split()[0]) > width - 2
        for x, nxt in itertools.pairwise(lines)
    ]
    # (running text: sentences end inside the lines, not a list of headlines or dates one to a line)
    sentences = sum(re.search(r"[a-zäöüß)“”\"][.!?](?:\s|$)", x) is not None for x in lines)
    if not 55 <= width <= 110 or sum(wide) < max(5, 0.3 * len(lines)) or sentences < max(3, 0.2 * len(lines)):
        return text
    out: list[list[str]] = [[lines[0]]]
    for k in range(1, len(lines)):
        if wide[k - 1] and not _BULLET.match(lines[k]):
            out[-1].append(lines[k])  # a wrapped line goes on: one paragraph
        else:
            out.append([lines[k]])
    # (a run is joined only where it ends a sentence: not lines that merely share a width)
    runs = ["\n".join(run) if _TERMINATED.search(run[-1]) else "\n\n".join(run) for run in out]
    return "\n\n".join(runs) + "\n"


# a stored page's leading metadata: its date (a month's or a day's) and, on the same line, the site's name
_STORED_DATE = re.compile(r"\A\s*date[ \t]+(\d{4}-\d{2}(-\d{2})?)(?:[ \t]+|(?=\n)|\Z)")


def text_blocks(text: str) -> Parsed:
    """Parse a text dump: ``#`` headings, bullets, blank-line paragraphs, hard breaks."""
    text = TEASER_WITH_MORE.sub("", text)  # ``Kräftemessen in Ludwigslust...`` ¶ ``mehr lesen``
    meta: dict[str, str] = {}
    if stamp := _STORED_DATE.match(text):
        # `` date 2025-11-19 Hauptzollamt Hamburg``: a stored page's date and site over its text
        if stamp.group(2):
            meta["date"] = stamp.group(1)
        rest = text[stamp.end() :]
        site, newline, after = rest.partition("\n")
        if len(site.split()) <= 12 and not re.search(r"[.!?:]$", site.strip()):
            meta["site_name"] = site.strip()
            rest = after if newline else ""
        text = rest
    text = _rewrapped(text)
    # a line ending in a dash goes on in lowercase on the next (``… Maientagen -`` / ``unser Dankeschön …``)
    text = re.sub(r"(?<=\S) ([-–])[ \t]*\n(?=[a-zäöüß])", r" \1 ", text)
    blocks: list[Block] = []
    para: list[tuple[str, bool]] = []  # (line, ends with a hard break)

    def flush() -> None:
        if not para:
            return
        crumb = next((k for k, (line, _) in enumerate(para[:20]) if is_breadcrumb(line)), None)
        if crumb is not None and menu_lines([line for line, _ in para[:crumb] if not is_widget(line)]):
            para[:crumb] = [(line, h) for line, h in para[:crumb] if kept_before_menu(line)]  # menu lines go
        login = any(line.strip() in {"Benutzername", "Passwort"} for line, _ in para)  # a login box's heading
        kept = [
            (line, h)
            for line, h in para
            if not is_widget(line) and not (login and line.strip() in _LOGIN_HEADS)
        ] if len(para) > 1 else para
        if not kept:
            para.clear()
            return
        lines = [line for line, _ in kept]
        hard = [h for _, h in kept]
        ended = sum(len(x) > 120 and re.search(r"[.!?“\"]$", x) is not None for x in lines)
        widest = max(len(x) for x in lines)
        # (or a page in plain language, a short sentence to a line: ``Ab dem 1. November ist der Bauhof …``)
        sentences = sum(re.search(r"[.!?:]$", x) is not None for x in lines)
        plain = len(lines) >= 4 and sentences >= 0.75 * len(lines)
        # (each line a sentence of its own: opening with a capital, no quotation running over lines)
        plain = plain and all(x[:1].isupper() or x[:1].isdigit() for x in lines)
        plain = plain and all(x.count("„") == x.count("“") and x.count('"') % 2 == 0 for x in lines)
        if ended >= 2 or plain or (len(lines) > 1 and (widest > 250 or (ended and widest > 160))):
            # a web page's text with one paragraph to a line (no one wraps at 160 or 250 columns, and wrapped
            # lines do not end their sentences): every line is a paragraph
            para.clear()
            for k, line in enumerate(lines):
                # ``Ein besonderer Vormittag für die Erstklässler:`` over its paragraph: the paragraph's start
                prev = lines[k - 1] if k else ""
                opener = prev.endswith(":") and len(prev.split()) > 5 and len(line) > 120
                if opener and blocks and blocks[-1].text == clean_text(_inline(prev)):
                    blocks[-1].text += " " + clean_text(_inline(line))
                    continue
                para.append((line, False))
                flush()
            return
        dated = len(lines) > 1 and any(_DATE_ALONE.fullmatch(x.strip()) for x in lines)
        # ``Ein Tag in der Kreisverwaltung`` / ``03.04.2025`` / ``Schülerinnen und Schüler am …``: a date line
        # between a headline and its subtitle
        between = (
            len(lines) == 3
            and _DATE_ALONE.fullmatch(lines[1].strip()) is not None
            and all(len(x.split()) >= 3 for x in (lines[0], lines[2]))
            # (not a sentence wrapped around it: ``Die Ehrung findet am`` / ``14.09.2018`` / ``im Rathaus …``)
            and not lines[2][:1].islower()
        )
        # ``… stimmen Sie der Verwendung von Cookies zu.`` / ``Presse`` / ``14.09.2018``: sentences,
        # labels and a date line, none wrapped into the next
        stacked = dated and all(
            _DATE_ALONE.fullmatch(x.strip()) or re.search(r"[.!?]$", x) or _short_line(x) for x in lines
        ) and not any(x[:1].islower() for x in lines)
        # (with a sentence among them: not a letterhead's lines, which stay one block)
        stacked = stacked and any(re.search(r"[.!?]$", x) and len(x.split()) >= 8 for x in lines)
        if dated and (stacked or (all(len(x.split()) <= 20 for x in lines) and (spaced or between))):
            # ``Headline`` / ``25. 03. 2024`` / ``Headline`` on a page copied with blank lines between its
            # lines: a date line is no wrapped text, each line stands
            para.clear()
            for line in lines:
                para.append((line, False))
                flush()
            return
        if not blocks and (lead := _head_over_wrapped(lines)):
            # ``(23.06.2010)`` / ``Kammertag im Dienste der Allgemeinheit`` / the wrapped text, no blank line
            # between: the date and headline lines stand on their own
            rest = list(zip(lines[lead:], hard[lead:], strict=True))
            for line in lines[:lead]:
                para[:] = [(line, False)]
                flush()
            para.extend(rest)
            flush()
            return
        caps_date = leading_date(lines[0]) if lines[0].isupper() else None
        headline = len(lines) == 2 and lines[1].isupper() and len(lines[1].split()) >= 5  # (not a publisher)
        if len(lines) == 2 and caps_date and not caps_date[1].strip() and headline:
            # ``MONTAG, 18. JUNI 2012`` / ``VERTRETER VON BUND …``: a date line in capitals over the headline
            for line in lines:
                para[:] = [(line, False)]
                flush()
            return
        headline_under = len(lines) == 2 and not find_dates(lines[1]) and ":" not in lines[1]
        if headline_under and _RELEASE_LABEL.match(lines[0]):
            # ``PRESSEMITTEILUNG 17/2023`` over the headline, no blank line between: a line of its own
            para[:] = [(lines[0], False)]
            flush()
            para.extend(zip(lines[1:], hard[1:], strict=True))
            flush()
            return
        keep = all(hard[:-1]) or all(_short_line(x) for x in lines) or _headline_block(lines)
        keep = keep or _colon_list(lines) or sum(1 for x in lines if MAIL_HEADER.match(x)) >= 2
        if len(lines) > 1 and keep:
            body = "\n".join(lines)
        else:
            body = _DEHYPHEN.sub("", "\n".join(lines)).replace("\n", " ")
        strong = len(lines) == 1 and _STRONG.match(lines[0])
        text_ = clean_text(_inline(body))
        if text_ and _TEXTILE_BQ.search(text_):
            blocks.extend(_textile_quote(text_))
        elif text_:
            blocks.append(Block("p", text_, "strong" if strong else ""))
        para.clear()

    all_lines = _RTE_LINK_LINE.sub("", _strip_running_headers(text)).replace("\f", "\n\n").split("\n")
    nbsp = sum(1 for x in all_lines if x and not x.strip())  # ``&nbsp;`` or a space: a spacer line
    empty = sum(1 for x in all_lines if not x)
    # spacer lines between paragraphs all over the page, not one run of them (an emptied gallery)
    runs = len(re.findall(r"(?:^|\n)(?:[ \t\xa0]*\n)*[ \t\xa0]+\n", "\n".join(all_lines)))
    spaced = nbsp >= 3 and empty >= 0.4 * len(all_lines) and runs >= 2
    if spaced:
        all_lines = _nbsp_paragraphs(all_lines)
    skip_next = False
    for n, raw_line in enumerate(all_lines):
        if skip_next:
            skip_next = False
            continue
        if _PAGE_MARK.match(raw_line) or _PAGE_RUNNING.search(raw_line):
            flush()
            continue
        if _COLUMN_GAP.search(raw_line.strip()) and not _BULLET.match(raw_line):
            # a PDF dump's columns (letterhead left, ``PRESSEMITTEILUNG`` right): separate lines
            for part in _COLUMN_GAP.split(raw_line.strip()):
                para.append((part.strip(), True))
            continue
        line = raw_line.rstrip()
        hard = raw_line.endswith("  ") or line.endswith("\\")
        line = line.rstrip("\\").strip()
        if not line:
            flush()
            continue
        if _SETEXT.match(line) and len(para) == 1:
            level = "h1" if line.strip().startswith("=") else "h2"
            blocks.append(Block(level, clean_text(_inline(para[0][0]))))
            para.clear()
            continue
        m = _HEADING.match(line)
        if m:
            flush()
            if m.group(2).strip():
                blocks.append(Block(f"h{len(m.group(1))}", clean_text(_inline(m.group(2)))))
            continue
        m = _BULLET.match(line)
        numbered = m is not None and re.match(r"\d", line) is not None
        if numbered and _numbered_headline(blocks, para, all_lines, n) and not _next_is_bullet(all_lines, n):
            # ``6. Kunstmarkt am 12.11.`` opening a dump or under its date line: a numbered headline
            m = None
            # (or over a short dateline: ``25. Stadtlauf am Sonntag`` / ``Neustadt, 12.03.2024``)
            under = all_lines[n + 1] if n + 1 < len(all_lines) else ""
            dateline = len(under.split()) <= 6 and bool(find_dates(under))
            if _dated_release_line(all_lines, n + 1) or (not blocks and dateline):
                # (right over the release's date line: each a line of its own, the date line too)
                para.append((line, False))
                flush()
                para.append((all_lines[n + 1].strip(), False))
                flush()
                skip_next = True
                continue
        if m and not re.match(r"^\d{1,2}\.\s+(?:(?:[A-ZÄÖÜ][a-zäöü]+\s+)?\d{4}|Jahrgang\b)", line):
            flush()
            marker = re.match(r"\s*(\d{1,2}[.)])", line)  # a numbered item's number stays in the body
            number = marker.group(1) if marker else ""
            blocks.append(Block("li", clean_text(_inline(m.group(1))), number=number))
            continue
        if blocks and blocks[-1].kind == "li" and not para and raw_line.startswith((" ", "\t")):
            blocks[-1].text += " " + clean_text(_inline(line))
            continue
        para.append((line, hard))
    flush()
    kept = [b for b in blocks if b.text]
    return Parsed(blocks=drop_trailing_menu(_rejoin_broken_sentences(kept)), meta=meta)
