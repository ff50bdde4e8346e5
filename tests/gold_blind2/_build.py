"""Builds the blind2 gold set: writes tests/gold_blind2/docs/* and tests/gold_blind2/*.json.

Documents and gold records were written by hand without looking at the extraction code or at the
documents of the other gold sets. Conventions follow /work/shared/gold/dikom-konstituierung-2020-05-20.json:
quotes without their quotation marks and without a trailing comma that belongs to the attribution; role as
written in the apposition (or before the name when there is no apposition); organisation taken from the
role in the nominative; member names without the kind word; mentioned_dates as precise as stated (bare
years only where used as a time reference, not in names like 'Haushalt 2023'; seasons count as their year;
the publication date and banners/sidebars do not count).

Run: python tests/gold_blind2/_build.py   (checks that every title, quote, name, member and body string
occurs in its document and that every body_must_not_contain string occurs in the raw page).

Convention amended on 2026-11-27, after the set was written, to follow the annotators of real held-out
releases: a span of years after a cue ("Schuljahr 2023/24", "Winter 2024/25") gives both years.
Records changed: x04, x20.
"""

import html
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from _docs_html1 import DOCS as D1  # noqa: E402
from _docs_html2 import DOCS as D2  # noqa: E402
from _docs_text import DOCS as D3  # noqa: E402

DOCS_DIR = HERE / "docs"
KEYS = ("source", "title", "subtitle", "kicker", "categories", "date", "place", "language", "speakers",
        "member_lists", "mentioned_dates", "expect_warning", "body_must_contain", "body_must_not_contain", "notes")


def visible(raw: str) -> str:
    """Decoded text with tags removed, entities resolved and whitespace collapsed."""
    text = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
    text = re.sub(r"(?s)<!--.*?-->", " ", text)
    text = re.sub(r"<[^>]+>", " ", text)
    text = html.unescape(text).replace("\x0c", " ")
    return re.sub(r"\s+", " ", text)


def check(doc: dict, raw: str) -> list[str]:
    gold = doc["gold"]
    flat = visible(raw)
    problems = []

    def need(label, value):
        if value and re.sub(r"\s+", " ", value) not in flat:
            problems.append(f"{doc['stem']}: {label} not in document: {value[:70]!r}")

    for key in ("title", "subtitle", "kicker", "place"):
        need(key, gold.get(key))
    for cat in gold.get("categories", []):
        if cat.lower() not in flat.lower():
            problems.append(f"{doc['stem']}: category {cat!r} not in document")
    for speaker in gold["speakers"]:
        need("name", speaker["name"])
        need("role", speaker["role"])
        for quote in speaker["quotes"]:
            need("quote", quote)
    for lst in gold["member_lists"]:
        for member in lst["members"]:
            need("member", member["name"])
    for text in gold["body_must_contain"]:
        need("body_must_contain", text)
    for text in gold["body_must_not_contain"]:
        if text not in raw and text not in flat:
            problems.append(f"{doc['stem']}: body_must_not_contain string absent from page: {text!r}")
    return problems


def main() -> int:
    DOCS_DIR.mkdir(exist_ok=True)
    problems = []
    stems = set()
    for doc in D1 + D2 + D3:
        assert doc["stem"] not in stems, doc["stem"]
        stems.add(doc["stem"])
        name = f"{doc['stem']}.{doc['ext']}"
        errors = "xmlcharrefreplace" if doc["ext"] == "html" else "strict"
        data = doc["text"].encode(doc["enc"], errors)
        (DOCS_DIR / name).write_bytes(data)
        problems += check(doc, data.decode(doc["enc"]))
        record = {"source": name, **doc["gold"]}
        ordered = {k: record[k] for k in KEYS if k in record}
        (HERE / f"{doc['stem']}.json").write_text(json.dumps(ordered, ensure_ascii=False, indent=1) + "\n",
                                                 encoding="utf-8")
    for p in problems:
        print(p)
    print(f"{len(stems)} documents, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
