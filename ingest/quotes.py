"""Quotation spans in German text: „…“ “…” "…" »…« «…» ‚…‘, nested, mixed and unbalanced."""

from __future__ import annotations

import re
from dataclasses import dataclass

# opening mark -> closing marks it accepts
_CLOSERS = {"„": '“”"', "“": '”"', "»": "«", "«": "»", "‚": "‘’", "‘": "’", '"': '"'}


@dataclass
class QuoteSpan:
    """A top-level quotation: ``start``/``end`` include the marks; ``text`` is the inner text."""

    start: int
    end: int
    text: str
    closed: bool = True


_LOW_CLOSE = re.compile(r"\s+[a-zäöüß]")
_MARKS = re.compile("[„“”\"»«‚‘’']")


def _word_char(c: str) -> bool:
    return c.isalnum()


def find_quotes(text: str) -> list[QuoteSpan]:
    """Top-level quotation spans of ``text``; an unclosed quote runs to the end of the text, unless
    closed quotations follow inside it: then a quote introduced by a colon is cut (see ``_cut_at_next``),
    any other opening mark is a stray (``Netzwerk „Willkommen in X`` never closed), and the quotations
    after it stand on their own."""
    stray: set[int] = set()
    cut: list[QuoteSpan] = []
    while True:
        spans, unclosed = _scan(text, stray)
        if unclosed is None or len(stray) >= 3:
            break
        retry, _ = _scan(text, stray | {unclosed})
        following = [sp for sp in retry if sp.closed and sp.start > unclosed]
        if not following:
            break
        # ``so: "Wenn mir jemand "alles Gute" wünscht …``: a quotation inside a sentence that goes on ends
        # nothing; where only such follow a quote introduced or opening the paragraph, it runs on
        ending = [sp for sp in following if not _inside_sentence(text, sp) or _restyled(text, unclosed, sp)]
        introduced = re.search(r":\s*$", text[max(0, unclosed - 3) : unclosed]) or not text[:unclosed].strip()
        if not ending and introduced:
            break  # introduced by a colon or opening the paragraph: the quote goes on
        stray.add(unclosed)
        if (span := _cut_at_next(text, unclosed, (ending or following)[0])) is not None:
            cut.append(span)
    inside = [sp for sp in spans if any(c.start < sp.start and sp.end <= c.end for c in cut)]
    found = [_attribution_cut(text, sp) for sp in spans if sp not in inside] + cut
    return sorted(found, key=lambda sp: sp.start)


# an attribution after a quote whose closing mark is missing: ``„… leisten können, resümierte der …``
# (running to its sentence's end, not set off by commas: ``„Das Wichtigste, meint sie, ist …``)
_UNMARKED_CLOSE = re.compile(
    r",\s+(?:sagte|sagt|erklärte|erklärt|betonte|betont|ergänzte|ergänzt|unterstrich|resümierte|"
    r"resümiert|bilanzierte|bilanziert|meinte|meint)\s+"
    r"(?:der|die|er|sie|(?:Dr\.\s+)?[A-ZÄÖÜ][\wäöüß-]+\s+[A-ZÄÖÜ])[^,„“\"»«.!?]*[.!?](?:\s|$)"
)


def _attribution_cut(text: str, span: QuoteSpan) -> QuoteSpan:
    """An unclosed quote ends before the attribution after it (``„… können, resümierte der …``)."""
    if span.closed or not (m := _UNMARKED_CLOSE.search(text, span.start + 1, span.end)):
        return span
    return QuoteSpan(span.start, m.start(), text[span.start + 1 : m.start()].strip(), closed=False)


# a sentence's end, not an abbreviation's (``Geschäftsführerin Dr. X``)
_SENTENCE_END = re.compile(r"(?<!\bDr)(?<!\bProf)(?<!\bIng)(?<!\bSt)(?<!\bNr)[.!?](?=\s)")
_NAME_PAIR = re.compile(r"\b[A-ZÄÖÜ][a-zäöüß]+\s+[A-ZÄÖÜ][a-zäöüß]+")


def _restyled(text: str, start: int, nxt: QuoteSpan) -> bool:
    """``teilt mit: »… überzeichnet. „Vor diesem …“, so X``: a quote of another style opened after a
    sentence end, a quote of its own."""
    other = (text[start] in "»«") != (text[nxt.start] in "»«")
    # (not a title opening a sentence that goes on: ``„Gemeinsam stark“ ist unser Motto``)
    goes_on = re.match(r"\s+[a-zäöüß]", text[nxt.end :]) is not None
    opened = re.search(r"[.!?]\s+$", text[max(start, nxt.start - 3) : nxt.start]) is not None
    return other and opened and not goes_on


def _inside_sentence(text: str, span: QuoteSpan) -> bool:
    """A short quotation the sentence goes on after (``jemand "alles Gute" wünscht``, ``(‚risikobasierter
    Ansatz‘).``)."""
    goes_on = re.match(r"\s+[a-zäöüß]|\s*[)\],;]", text[span.end :])
    # (``dass die „Sanierung des Gebäudes“ Geld erhält``: after an article or a preposition, before a word)
    after_article = re.search(
        r"\b(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|im|zum|zur|vom)\s+$",
        text[max(0, span.start - 8) : span.start],
    )
    goes_on = goes_on or (after_article and re.match(r"\s+[A-ZÄÖÜ]", text[span.end :]))
    return bool(goes_on) and not re.search(r"[.!?]$", span.text.strip()) and len(span.text.split()) <= 8


def _cut_at_next(text: str, start: int, nxt: QuoteSpan) -> QuoteSpan | None:
    """An introduced quote (``X: „…``) whose closing mark is missing: where the next quotation is
    introduced by a new speaker (``Thomas Mohr, Vorstand DIEAG: „…“``), it ends at the last sentence end
    before that clause; where it is the speaker's own quoted words (``Wir machen deutlich: „…“``), the one
    closing mark ends both. ``None`` where the quote was not introduced by a colon."""
    if not re.search(r":\s*$", text[max(0, start - 3) : start]):
        # ``… in den Raum. „Straßen …? „Überaus wichtig …“``: a quote opening a sentence, reopened after a
        # sentence end of its own as a quote of several paragraphs is, and closed once
        opens = not text[:start].strip() or re.search(r"[.!?]\s*$", text[max(0, start - 3) : start])
        reopened = re.search(r"[.!?]\s+$", text[max(start, nxt.start - 3) : nxt.start])
        if opens and reopened and not _NAME_PAIR.search(text, start + 1, nxt.start):
            return QuoteSpan(start, nxt.end, text[start + 1 : nxt.end - 1].strip())
        return None
    ends = [m.end() for m in _SENTENCE_END.finditer(text, start + 1, nxt.start)]
    if _restyled(text, start, nxt) and ends:
        return QuoteSpan(start, ends[-1], text[start + 1 : ends[-1]].strip(), closed=False)
    if not _NAME_PAIR.search(text, ends[-1] if ends else start + 1, nxt.start):
        return QuoteSpan(start, nxt.end, text[start + 1 : nxt.end - 1].strip())
    if not ends:
        return None
    return QuoteSpan(start, ends[-1], text[start + 1 : ends[-1]].strip(), closed=False)


def _scan(text: str, stray: set[int]) -> tuple[list[QuoteSpan], int | None]:
    """The spans, and the position of the outermost opening mark left unclosed (or ``None``)."""
    spans: list[QuoteSpan] = []
    stack: list[tuple[str, int]] = []
    n = len(text)
    for qm in _MARKS.finditer(text):
        i = qm.start()
        if i in stray:
            continue
        c = text[i]
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < n else " "
        if c in "’‘'" and _word_char(prev) and _word_char(nxt):
            continue  # apostrophe
        top = stack[-1][0] if stack else None
        closes = top is not None and c in _CLOSERS[top]
        if c == "“" and top in {"“", '"'} and not prev.isspace() and (nxt.isspace() or nxt in ".,;:!?)–-"):
            closes = True  # ``“Wenn wir …“ meint X``, ``"Die …“, sagte X``: opened in English, closed German
        if c == '"':
            opening = not closes and (prev.isspace() or prev in "([{–—-/") and not nxt.isspace()
            if top is not None and top != '"' and closes and not (nxt.isspace() or nxt in ".,;:!?)–-"):
                closes, opening = False, True
            if top == '"' and closes and prev.isspace() and _word_char(nxt):
                closes, opening = False, True  # ``"Wenn mir jemand "alles Gute" wünscht …"``: nested
            if not closes and not opening:
                continue
        elif c in "‘’":
            if not closes and not (c == "‘" and prev.isspace()):
                continue
        elif c == "“" and not closes and not (prev.isspace() or prev in "([{–—-/" or i == 0):
            continue
        elif c == "«" and top == "»":
            closes = True
        elif c == "«" and top == "„" and not prev.isspace() and (nxt.isspace() or nxt in ".,;:!?)–-"):
            closes = True  # ``„Wir freuen uns …«, sagte X``: opened low, closed with a guillemet
        elif c == "„" and top == "„" and re.search(r"[,.!?]\s?$", text[:i]) and _LOW_CLOSE.match(text, i + 1):
            closes = True  # ``„…, „ stellt X fest``: a closing mark written low, before the attribution
        if c == "“" and closes and top == "„" and (prev.isspace() or prev in "([") and _word_char(nxt):
            closes = False  # ``„… die sogenannte “Sukzession” …“``: a nested quotation in English marks
        if closes:
            _, start = stack.pop()
            if not stack:
                spans.append(QuoteSpan(start, i + 1, text[start + 1 : i].strip()))  # ``präsentieren. “``
            continue
        if c in _CLOSERS:
            if c == "”":
                continue
            stack.append((c, i))
    if stack:
        start = stack[0][1]
        spans.append(QuoteSpan(start, n, text[start + 1 :].rstrip(), closed=False))
        return spans, start
    return spans, None


# the attribution closing an unmarked quotation (Textile block quotation): ``…, so die Bürgermeisterin.``
CLOSING_ATTRIBUTION = re.compile(
    r",\s+(?:so|sagte|sagt|erklärte|erklärt|betonte|betont|ergänzte|ergänzt|unterstrich)\s+"
    r"[^.!?„“\"»«:]{2,80}[.!]$"
)


def sounds_spoken(quote: str, min_words: int) -> bool:
    """Spoken words rather than a quoted name or title: a sentence end, or at least ``min_words`` words."""
    return len(quote.split()) >= min_words or bool(re.search(r"[.!?…]$", quote.strip()))


def ends_with_quoted_name(line: str, max_words: int = 10) -> bool:
    """A short line ending in a quoted name, not in spoken words (``Kreiswettbewerb „Unser Dorf hat
    Zukunft“``): at most ``max_words`` words, the name at most six words without sentence punctuation."""
    m = re.search(r"[„\"»]([^„“”\"»«.!?;]{2,60})[“”\"«]$", line)
    return bool(m) and len(line.split()) <= max_words and len(m.group(1).split()) <= 6
