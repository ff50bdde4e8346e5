"""Content analysis of the body: speakers, member lists, dates, mentions."""

from __future__ import annotations

from archive.record import Record
from ingest.blocks import Block
from ingest.dateline import parse_dateline
from ingest.dates import DateMatch, find_dates
from ingest.headline import Headline
from ingest.members import find_member_lists
from ingest.mentions import find_mentions
from ingest.quotes import find_quotes, sounds_spoken
from ingest.speakers import find_speakers_and_warnings

DATELINE_SPAN = 60


def _dates_outside_names(text: str, year: int | None) -> list[DateMatch]:
    """Dates in ``text``, but not a year inside a quoted name (``„Aufbruch 1989 – Erinnern 2019“``)."""
    names = [(q.start, q.end) for q in find_quotes(text) if not sounds_spoken(q.text, 9)]
    found = find_dates(text, year)
    return [d for d in found if not (len(d.value) == 4 and any(a < d.start < e for a, e in names))]


def analyse(
    record: Record, body_blocks: list[Block], head: Headline | None = None, captions: list[str] | None = None
) -> None:
    """Fill speakers, member lists, mentioned dates, mentions and warnings of ``record``; ``captions``
    (photo captions outside the body) may state a speaker's office."""
    stated = record.date or (head.month if head else None)  # a month-only date still gives the year
    year = int(stated[:4]) if stated else None
    dates: set[str] = set(head.extra_dates) if head else set()
    for line in (record.title, record.subtitle):
        dates.update(d.value for d in _dates_outside_names(line or "", year))
    dates.discard(record.date or "")
    for k, b in enumerate(body_blocks):
        text = b.text
        skip_first = False
        if k == 0:
            dateline = parse_dateline(text)
            # the dateline's own date is the publication date (not a date cut in half at a fixed offset)
            skip_first = dateline is not None and bool(dateline.date)
        for n, d in enumerate(_dates_outside_names(text, year)):
            if n == 0 and skip_first and d.start < DATELINE_SPAN:
                continue
            if d.value != record.date:
                dates.add(d.value)
    record.mentioned_dates = sorted(dates)
    headline = "\n".join(x for x in (record.title, record.subtitle) if x)
    record.speakers, speaker_warnings = find_speakers_and_warnings(
        body_blocks, headline, record.publisher, "\n".join(captions or [])
    )
    record.warnings.extend(speaker_warnings)
    full = "\n".join(b.text for b in body_blocks)
    heads = "\n".join(x for x in (record.publisher, record.kicker, headline) if x)
    record.member_lists, warnings = find_member_lists(body_blocks, full, heads)
    record.warnings.extend(warnings)
    record.mentions = find_mentions(record)
