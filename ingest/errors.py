"""Errors raised while reading or extracting a document."""

from __future__ import annotations


class DocumentError(Exception):
    """A file cannot be read as a document; the message names the file and the reason."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason
