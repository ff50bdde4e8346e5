"""The intermediate document model shared by the HTML and text readers."""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass
class Block:
    """One block of a document: a heading (``h1``..``h6``), paragraph (``p``) or list item (``li``).

    ``hint`` carries a role guessed from markup (``kicker``, ``subtitle``, ``date``, ``category``,
    ``caption``, ``strong``); ``text`` may hold line breaks for hard-broken lines.
    """

    kind: str
    text: str
    hint: str = ""

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
