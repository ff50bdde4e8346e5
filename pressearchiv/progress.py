"""A small progress bar for long work on a terminal (ingest, reindex)."""

from __future__ import annotations

import sys
import time
from typing import TextIO


class ProgressBar:
    """Draws ``label [#####.....] done/total  rate/s`` on stderr when it is a terminal.

    Off a terminal (pipes, CI logs) it stays silent, so machine-readable output
    on stdout is never mixed with bar drawing.
    """

    def __init__(self, label: str, total: int, stream: TextIO | None = None, width: int = 30) -> None:
        self.label = label
        self.total = max(total, 0)
        self.stream = stream or sys.stderr
        self.width = width
        self.enabled = self.stream.isatty() and self.total > 0
        self._start = time.monotonic()
        self._last_draw = 0.0

    def __call__(self, done: int) -> None:
        """Report that ``done`` items are finished."""
        if not self.enabled:
            return
        now = time.monotonic()
        if done < self.total and now - self._last_draw < 0.1:
            return
        self._last_draw = now
        filled = int(self.width * min(done, self.total) / self.total)
        rate = done / max(now - self._start, 1e-6)
        bar = "#" * filled + "." * (self.width - filled)
        self.stream.write(f"\r{self.label} [{bar}] {done}/{self.total}  {rate:,.0f}/s ")
        self.stream.flush()

    def close(self) -> None:
        """End the bar's line."""
        if self.enabled:
            self.stream.write("\n")
            self.stream.flush()
