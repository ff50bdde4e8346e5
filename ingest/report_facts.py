"""The fact box of a fire brigade's or rescue service's operations report (``Einsatzbericht``).

Such reports end (or open) with a box of labelled lines — ``Einsatzart: Brandeinsatz``, ``Datum: Freitag,
21.02.2014``, ``Alarmierung: 14:31 Uhr``, ``Fahrzeuge: LF10, MTW`` — often under a heading of its own
(``Kurz und bündig``, ``Einsatzdaten``). The box is no running text: it leaves the body; its date is the
report's date where nothing else dates it, and the kind of operation is a category.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.blocks import Block
from ingest.dates import leading_date

_LABEL_LINE = re.compile(r"^([A-ZÄÖÜ][\wäöüß.()/ -]{1,30}?)\s*:\s*(\S.{0,80})$")
# labels only an operations report has: two of them make a box of labelled lines a fact box (a job
# advert's ``Einsatzort:`` or a donation's ``Stichwort:`` alone does not)
_REPORT_LABEL = re.compile(
    r"^(?:Einsatzart|Einsatzstichwort|Einsatz\.?\s?-?Nr\.?|Einsatznummer|Alarmierung|Alarmzeit|Einsatzdauer|"
    r"Einsatzbeginn|Einsatzende|Einsatzkräfte|Fahrzeuge(?:\s+\w+)?|Eingesetzte Fahrzeuge|Weitere Kräfte)$",
    re.I,
)
_KIND_LABEL = re.compile(r"^(?:Einsatzart|Einsatzstichwort)$", re.I)
_DATE_LABEL = re.compile(r"^(?:Datum|Einsatzdatum|Alarmierungsdatum)$", re.I)
_BOX_HEADING = re.compile(r"^[A-ZÄÖÜ][\wäöüß -]{2,30}:?$")


@dataclass
class ReportFacts:
    """What the fact box states: the operation's date and kind."""

    date: str | None = None
    categories: list[str] = field(default_factory=list)


def _box_lines(b: Block) -> list[tuple[str, str]] | None:
    lines = [x.strip() for x in b.text.split("\n") if x.strip()]
    pairs = [m.groups() for x in lines if (m := _LABEL_LINE.match(x))]
    return pairs if pairs and len(pairs) == len(lines) else None


def take_fact_box(blocks: list[Block]) -> ReportFacts:
    """Remove an operations report's fact box (and its heading) from ``blocks``; return its facts.

    The box is a run of blocks of labelled lines, three lines or more, one of them a report's own label
    (``Einsatzart``, ``Alarmierung``, ``Fahrzeuge``); a list of an event's ``Ort:``/``Eintritt:`` stays text.
    """
    facts = ReportFacts()
    k = 0
    while k < len(blocks):
        end = k
        pairs: list[tuple[str, str]] = []
        while end < len(blocks) and blocks[end].kind == "p":
            found = _box_lines(blocks[end])
            if found is None:
                break
            pairs += found
            end += 1
        own = {label.strip().lower() for label, _ in pairs if _REPORT_LABEL.match(label.strip())}
        if len(pairs) >= 3 and len(own) >= 2:
            for label, value in pairs:
                if _KIND_LABEL.match(label.strip()) and value not in facts.categories:
                    facts.categories.append(value.strip())
                elif _DATE_LABEL.match(label.strip()) and facts.date is None:
                    lead = leading_date(value)
                    facts.date = lead[0] if lead else None
            start = k
            if k > 0 and _BOX_HEADING.match(blocks[k - 1].text) and len(blocks[k - 1].text.split()) <= 3:
                start = k - 1  # ``Kurz und bündig``, ``Einsatzdaten:``: the box's heading
            del blocks[start:end]
            k = start
            continue
        k = max(end, k + 1)
    return facts
