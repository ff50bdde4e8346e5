"""Evaluation of the extractor against a gold directory.

A gold directory holds ``*.json`` gold records in the scheme of the seed's gold file: record fields
(only those present are scored) plus ``source`` (the document's file name) and optional
``body_must_contain`` / ``body_must_not_contain`` / ``body``. The document is looked up, in this order,
next to the JSON file, in ``GOLD_DIR/docs/``, in ``GOLD_DIR/../seed/`` and in ``GOLD_DIR/../docs/``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from archive.record import Record
from ingest.errors import DocumentError
from ingest.extract import extract_path

SCALARS = ("title", "subtitle", "kicker", "date", "place", "publisher")
FIELDS = (
    *SCALARS,
    "categories",
    "speakers",
    "speaker_parts",
    "speaker_roles",
    "speaker_organisations",
    "quotes",
    "members",
    "member_labels",
    "member_labels_fuzzy",
    "member_bodies",
    "mentioned_dates",
    "warnings",
    "body_checks",
    "body_tokens",
)


@dataclass
class Counts:
    """True positives, false positives and false negatives of one field."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add_sets(self, pred: set[Any], gold: set[Any]) -> None:
        self.tp += len(pred & gold)
        self.fp += len(pred - gold)
        self.fn += len(gold - pred)


@dataclass
class EvalReport:
    """Per-field precision, recall and F1 over the documents of a gold directory."""

    fields: dict[str, Counts] = field(default_factory=dict)
    documents: list[str] = field(default_factory=list)
    errors: dict[str, str] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)
    body_per_doc: dict[str, dict[str, float]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data: scores per field, documents, errors and sample misses."""
        return {
            "documents": self.documents,
            "errors": self.errors,
            "fields": {
                name: {
                    "precision": round(c.precision, 4),
                    "recall": round(c.recall, 4),
                    "f1": round(c.f1, 4),
                    "tp": c.tp,
                    "fp": c.fp,
                    "fn": c.fn,
                }
                for name, c in self.fields.items()
            },
            "misses": self.misses,
            "body_per_doc": self.body_per_doc,
        }

    def to_text(self) -> str:
        """A readable table."""
        lines = [f"{'Feld':<24}{'P':>8}{'R':>8}{'F1':>8}{'tp':>6}{'fp':>6}{'fn':>6}", "-" * 66]
        for name, c in self.fields.items():
            lines.append(
                f"{name:<24}{c.precision:>8.3f}{c.recall:>8.3f}{c.f1:>8.3f}{c.tp:>6}{c.fp:>6}{c.fn:>6}"
            )
        lines.append("-" * 66)
        lines.append(f"{len(self.documents)} Dokumente: " + ", ".join(self.documents))
        for doc, err in self.errors.items():
            lines.append(f"FEHLER {doc}: {err}")
        return "\n".join(lines)


def _norm(text: str | None) -> str | None:
    """Whitespace collapsed, invisible soft hyphens and zero-width characters dropped."""
    if not isinstance(text, str):
        return text
    return re.sub(r"\s+", " ", re.sub("[\u00ad\u200b\u200c\u200d\ufeff]", "", text)).strip()


def _tokens(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def find_document(gold_file: Path, source: str) -> Path | None:
    """The document a gold file names (see the module docstring for the search order)."""
    root = gold_file.parent
    for cand in (
        root / source,
        root / "docs" / source,
        root.parent / "seed" / source,
        root.parent / "docs" / source,
    ):
        if cand.is_file():
            return cand
    return None


def score_record(
    rec: Record,
    gold: dict[str, Any],
    fields: dict[str, Counts],
    misses: list[str],
    doc: str,
    body_per_doc: dict[str, dict[str, float]] | None = None,
) -> None:
    """Add the scores of one extracted record against its gold data. Where the gold has a full ``body``,
    token overlap (lower-cased ``\\w+`` tokens, as multisets) is added to ``body_tokens`` (micro-averaged
    over documents) and, if ``body_per_doc`` is given, this document's own token P/R/F1 is stored there."""

    def sets(name: str, pred: set[Any], want: set[Any]) -> None:
        fields[name].add_sets(pred, want)
        if pred != want:
            misses.append(
                f"{doc} {name}: -{sorted(map(str, want - pred))[:3]} +{sorted(map(str, pred - want))[:3]}"
            )

    for name in SCALARS:
        if name not in gold:
            continue
        pred, want = _norm(getattr(rec, name)), _norm(gold[name])
        c = fields[name]
        if pred == want:
            c.tp += pred is not None
        else:
            c.fp += pred is not None
            c.fn += want is not None
            misses.append(f"{doc} {name}: want {want!r} got {pred!r}")
    if "categories" in gold:
        sets("categories", set(rec.categories), set(gold["categories"]))
    if "speakers" in gold:
        gs, ps = gold["speakers"], rec.speakers
        sets("speakers", {s.name for s in ps}, {s["name"] for s in gs})
        sets(
            "speaker_parts",
            {(s.name, s.honorific, s.given_name, s.surname) for s in ps},
            {(s["name"], s.get("honorific"), s.get("given_name"), s.get("surname")) for s in gs},
        )
        sets(
            "speaker_roles",
            {(s.name, _norm(s.role)) for s in ps},
            {(s["name"], _norm(s.get("role"))) for s in gs},
        )
        sets(
            "speaker_organisations",
            {(s.name, s.organisation) for s in ps},
            {(s["name"], s.get("organisation")) for s in gs},
        )
        sets(
            "quotes",
            {(s.name, _norm(q)) for s in ps for q in s.quotes},
            {(s["name"], _norm(q)) for s in gs for q in s.get("quotes", [])},
        )
    if "member_lists" in gold:
        sets(
            "members",  # by (name, kind) per document: the label is scored in member_labels
            {(m.name, m.kind) for ml in rec.member_lists for m in ml.members},
            {(m["name"], m.get("kind")) for ml in gold["member_lists"] for m in ml["members"]},
        )
        sets(
            "member_labels",
            {ml.label for ml in rec.member_lists},
            {ml["label"] for ml in gold["member_lists"]},
        )
        _fuzzy_labels(
            [ml.label for ml in rec.member_lists], [ml["label"] for ml in gold["member_lists"]],
            fields["member_labels_fuzzy"],
        )
        if any("body" in ml for ml in gold["member_lists"]):
            sets(
                "member_bodies",  # only where the gold states each list's body
                {ml.body for ml in rec.member_lists if ml.body},
                {ml["body"] for ml in gold["member_lists"] if ml.get("body")},
            )
    if "mentioned_dates" in gold:
        sets("mentioned_dates", set(rec.mentioned_dates), set(gold["mentioned_dates"]))
    _score_warnings(rec, gold, fields["warnings"], misses, doc)
    body = rec.body
    checks = fields["body_checks"]
    for s in gold.get("body_must_contain", []):
        if s in body:
            checks.tp += 1
        else:
            checks.fn += 1
            misses.append(f"{doc} body: missing {s!r}")
    for s in gold.get("body_must_not_contain", []):
        if s in body:
            checks.fp += 1
            misses.append(f"{doc} body: unwanted {s!r}")
    if "body" in gold:
        from collections import Counter

        p, g = Counter(_tokens(body)), Counter(_tokens(gold["body"]))
        common = sum((p & g).values())
        fields["body_tokens"].tp += common
        fields["body_tokens"].fp += sum(p.values()) - common
        fields["body_tokens"].fn += sum(g.values()) - common
        if body_per_doc is not None:
            one = Counts(common, sum(p.values()) - common, sum(g.values()) - common)
            body_per_doc[doc] = {
                "precision": round(one.precision, 4),
                "recall": round(one.recall, 4),
                "f1": round(one.f1, 4),
            }


def label_overlap(a: str, b: str) -> float:
    """Token overlap of two labels (lower-cased word tokens, no stemming): shared / all tokens (Jaccard)."""
    ta, tb = set(_tokens(a or "")), set(_tokens(b or ""))
    if not ta or not tb:
        return 1.0 if ta == tb else 0.0
    return len(ta & tb) / len(ta | tb)


def _fuzzy_labels(pred: list[str], gold: list[str], c: Counts, threshold: float = 0.5) -> None:
    """Member-list labels matched one-to-one when their token overlap is at least ``threshold``."""
    left = list(pred)
    for g in gold:
        best = max(left, key=lambda p: label_overlap(p, g), default=None)
        if best is not None and label_overlap(best, g) >= threshold:
            c.tp += 1
            left.remove(best)
        else:
            c.fn += 1
    c.fp += len(left)


_COUNT_WARNING = "Mitgliederliste"


def _score_warnings(rec: Record, gold: dict[str, Any], c: Counts, misses: list[str], doc: str) -> None:
    """Expected warnings: ``warnings_contain`` (substrings, each must occur in some warning) and
    ``expect_warning`` (a free description: some warning must be issued). Where the gold scores member
    lists and expects no warning, a count warning is a false positive."""
    got = rec.warnings
    wanted = list(gold.get("warnings_contain", []))
    for s in wanted:
        if any(s.lower() in w.lower() for w in got):
            c.tp += 1
        else:
            c.fn += 1
            misses.append(f"{doc} warnings: missing {s!r} in {got!r}")
    if gold.get("expect_warning"):
        if got:
            c.tp += 1
        else:
            c.fn += 1
            misses.append(f"{doc} warnings: expected {gold['expect_warning']!r}, got none")
    elif not wanted and "member_lists" in gold:
        for w in got:
            if w.startswith(_COUNT_WARNING):
                c.fp += 1
                misses.append(f"{doc} warnings: unexpected {w!r}")


def evaluate_gold_dir(gold_dir: Path) -> EvalReport:
    """Extract every document named by a ``*.json`` gold file in ``gold_dir`` and score it."""
    report = EvalReport(fields={name: Counts() for name in FIELDS})
    for gold_file in sorted(Path(gold_dir).glob("*.json")):
        try:
            gold = json.loads(gold_file.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            report.errors[gold_file.name] = f"Gold-Datei unlesbar: {exc}"
            continue
        if not isinstance(gold, dict) or "source" not in gold:
            continue
        doc = find_document(gold_file, gold["source"])
        if doc is None:
            report.errors[gold_file.name] = f"Dokument {gold['source']} nicht gefunden"
            continue
        report.documents.append(doc.name)
        try:
            rec = extract_path(doc)
        except DocumentError as exc:
            report.errors[doc.name] = exc.reason
            continue
        score_record(rec, gold, report.fields, report.misses, doc.name, report.body_per_doc)
    report.fields = {k: v for k, v in report.fields.items() if v.tp + v.fp + v.fn}
    return report
