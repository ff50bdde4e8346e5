"""Benchmark of the extractor: median and p95 ms per document, against plain BeautifulSoup get_text.

Run: .venv/bin/python bench/extract.py
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bs4 import BeautifulSoup  # noqa: E402

from ingest.extract import extract_bytes  # noqa: E402


def _time(fn, runs: int) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return statistics.median(times), times[int(0.95 * (len(times) - 1))]


def _big_page(base: bytes, size: int = 200_000) -> bytes:
    text = base.decode("utf-8")
    head, _, rest = text.partition("<main>")
    para = "<p>Die Stadtverordnetenversammlung hat in ihrer Sitzung über den Haushalt beraten. " * 3 + "</p>"
    nav = "<nav><ul>" + "".join(f"<li><a href='/s{i}'>Seite {i}</a></li>" for i in range(50)) + "</ul></nav>"
    filler = ""
    while len(head) + len(filler) + len(rest) < size:
        filler += para + nav
    return (head + "<main>" + filler + rest).encode("utf-8")


def main() -> None:
    typical = (ROOT / "tests" / "gold" / "docs" / "g01-kita-eroeffnet.html").read_bytes()
    seed = (ROOT / "corpus" / "dikom-konstituierung-2020-05-20.txt").read_bytes()
    big = _big_page(typical)
    for label, raw, uri, runs in (
        ("typical release (html)", typical, "file:///b/a.html", 200),
        ("seed (text)", seed, "file:///b/s.txt", 200),
        (f"big page ({len(big) // 1000} KB)", big, "file:///b/big.html", 20),
    ):
        med, p95 = _time(lambda raw=raw, uri=uri: extract_bytes(raw, uri), runs)
        bmed, _ = _time(lambda raw=raw: BeautifulSoup(raw, "lxml").get_text(" "), runs)
        print(
            f"{label:<24} median {med:7.2f} ms  p95 {p95:7.2f} ms  baseline(bs4 get_text) {bmed:6.2f} ms"
            f"  ratio {med / bmed:4.1f}x"
        )


if __name__ == "__main__":
    main()
