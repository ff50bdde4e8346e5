"""The intermediate document model shared by the HTML and text readers."""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass
class Block:
    """One block of a document: a heading (``h1``..``h6``), paragraph (``p``), list item (``li``) or data
    table (``table``).

    ``hint`` carries a role guessed from markup (``kicker``, ``subtitle``, ``date``, ``category``,
    ``caption``, ``strong``); ``text`` may hold line breaks for hard-broken lines. A table keeps its cells in
    ``rows`` (row × cell texts; ``header`` when the markup marks the first row as a header row, ``caption``
    its ``<caption>``); its ``text`` is the readable form: one line per row, cells joined by `` | ``.
    ``links`` is the share of the text inside links (``<a>``), for link and download lists. ``number`` is a
    numbered list item's marker (``3.``), kept apart from its text.
    """

    kind: str
    text: str
    hint: str = ""
    rows: list[list[str]] | None = None
    header: bool = False
    caption: str = ""
    links: float = 0.0  # share of the text that is link text (HTML only)
    number: str = ""

    @property
    def is_heading(self) -> bool:
        """True for ``h1`` .. ``h6``."""
        return len(self.kind) == 2 and self.kind[0] == "h"

    @property
    def level(self) -> int:
        """Heading level (1..6), 7 for non-headings."""
        return int(self.kind[1]) if self.is_heading else 7


@dataclass
class Parsed:
    """Blocks of a document plus metadata found outside the main content."""

    blocks: list[Block]
    meta: dict[str, str] = field(default_factory=dict)
    categories: list[str] = field(default_factory=list)


_WS = re.compile(r"[ \t\r\f\v\u00a0\u2009\u202f\u200b]+")


def clean_text(text: str) -> str:
    """Collapse spaces (keeping single line breaks) and strip each line."""
    lines = [_WS.sub(" ", line).strip() for line in text.replace("\u00ad", "").split("\n")]
    return "\n".join(line for line in lines if line)


TABLE_SEP = " | "


def table_text(rows: list[list[str]]) -> str:
    """The readable form of a table: one line per row, cells joined by `` | `` (empty cells kept in place)."""
    return "\n".join(TABLE_SEP.join(cells).strip() for cells in rows if any(cells))
