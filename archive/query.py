"""The forgiving query language of the archive search.

Grammar (operators in capitals, German or English; the default between terms is AND)::

    query   := or
    or      := and (("OR" | "ODER" | "||") and)*
    and     := unary (("AND" | "UND" | "&&")? unary)*
    unary   := ("NOT" | "NICHT" | "!" | "-") unary | "+"? atom
    atom    := "(" query ")" | [field ":"] (word | "phrase" | prefix* | word~[n])

Fields: ``person:``, ``rolle:``, ``ort:``, ``gemeinde:``, ``herausgeber:``,
``kategorie:``, ``titel:``, ``kreis:``, ``amt:`` and ``datum:`` (``2020``,
``2020-05``, ``2020-05-20``, ``20.05.2020``, ranges with ``..``, open ends
allowed).  Nothing raises: unbalanced brackets are closed, dangling operators
and unknown fields are read as plain words, and what was ignored is noted.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field

FIELD_ALIASES: dict[str, str] = {
    "person": "person",
    "personen": "person",
    "name": "person",
    "sprecher": "person",
    "rolle": "role",
    "funktion": "role",
    "role": "role",
    "ort": "place",
    "orte": "place",
    "place": "place",
    "gemeinde": "municipality",
    "kommune": "municipality",
    "stadt": "municipality",
    "municipality": "municipality",
    "mitglied": "municipality",
    "herausgeber": "publisher",
    "publisher": "publisher",
    "quelle": "publisher",
    "kategorie": "category",
    "rubrik": "category",
    "category": "category",
    "titel": "title",
    "title": "title",
    "datum": "date",
    "date": "date",
    "jahr": "date",
    "kreis": "kreis",
    "landkreis": "kreis",
    "amt": "amt",
}

FIELD_LABELS: dict[str, str] = {
    "person": "Person",
    "role": "Rolle",
    "place": "Ort",
    "municipality": "Gemeinde",
    "publisher": "Herausgeber",
    "category": "Kategorie",
    "title": "Titel",
    "date": "Datum",
    "kreis": "Landkreis",
    "amt": "Amt",
}

_OR = {"OR", "ODER", "||"}
_AND = {"AND", "UND", "&&"}
_NOT = {"NOT", "NICHT", "!"}

_QUOTES = '"„“”«»‚‘’'

_TOKEN_RE = re.compile(
    r"""
    (?P<lp>\() | (?P<rp>\)) |
    (?P<term>
        (?P<sign>[-+!])?
        (?:(?P<field>[^\W\d_][\w-]*):)?
        (?:
            [\"„“”«»](?P<phrase>[^\"„“”«»]*)[\"„“”«»]? |
            (?P<word>[^\s()\"„“”«»]+)
        )
    )
    """,
    re.VERBOSE,
)


@dataclass
class Term:
    """A word, phrase, prefix or fuzzy word, optionally restricted to one field."""

    text: str
    field: str | None = None
    kind: str = "word"  # word | phrase | prefix | fuzzy
    maxdist: int = 1


@dataclass
class DateRange:
    """A date filter, inclusive, as YYYYMMDD integers (None = open end)."""

    lo: int | None
    hi: int | None
    text: str = ""


@dataclass
class Bool:
    """AND / OR over children."""

    op: str  # "and" | "or"
    children: list[Node]


@dataclass
class Not:
    """Negation of a child."""

    child: Node


Node = Term | DateRange | Bool | Not


@dataclass
class ParsedQuery:
    """The result of :func:`parse`: a tree (None when nothing usable) and notes in German."""

    text: str
    node: Node | None
    notes: list[str] = field(default_factory=list)


@dataclass
class _Tok:
    kind: str  # lp rp op term
    value: str = ""
    term: Node | None = None
    sign: str = ""


def parse_date(text: str) -> DateRange | None:
    """Parse ``2020``, ``2020-05``, ``2020-05-20``, ``20.05.2020``, ``05/2020`` and ranges with ``..``."""
    text = text.strip()
    if ".." in text and not re.fullmatch(r"\d{1,2}\.\d{1,2}\.\d{4}", text):
        a, _, b = text.partition("..")
        lo = _date_bounds(a)[0] if a.strip() else None
        hi = _date_bounds(b)[1] if b.strip() else None
        if (a.strip() and lo is None) or (b.strip() and hi is None) or (lo is None and hi is None):
            return None
        if lo is not None and hi is not None and lo > hi:
            lo, hi = hi, lo
        return DateRange(lo, hi, text)
    lo, hi = _date_bounds(text)
    if lo is None or hi is None:
        return None
    return DateRange(lo, hi, text)


def _date_bounds(text: str) -> tuple[int | None, int | None]:
    text = text.strip()
    m = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", text)
    if m:
        y, mo, d = int(m[1]), m[2], m[3]
    else:
        m = re.fullmatch(r"(?:(\d{1,2})\.)?(\d{1,2})[./](\d{4})", text)
        if not m:
            return None, None
        y, mo, d = int(m[3]), m[2], m[1]
    if not 1000 <= y <= 2999:
        return None, None
    if mo is None:
        return y * 10000 + 101, y * 10000 + 1231
    month = int(mo)
    if not 1 <= month <= 12:
        return None, None
    if d is None:
        last = calendar.monthrange(y, month)[1]
        return y * 10000 + month * 100 + 1, y * 10000 + month * 100 + last
    day = int(d)
    if not 1 <= day <= calendar.monthrange(y, month)[1]:
        return None, None
    v = y * 10000 + month * 100 + day
    return v, v


def _make_term(raw_field: str | None, phrase: str | None, word: str | None, notes: list[str]) -> Node | None:
    fieldname = None
    if raw_field is not None:
        fieldname = FIELD_ALIASES.get(raw_field.lower())
        if fieldname is None:  # unknown field: read "foo:bar" as the words foo and bar
            inner = _make_term(None, phrase, word, notes)
            words = [Term(raw_field)] + ([inner] if inner else [])
            notes.append(f"„{raw_field}:“ ist kein bekanntes Feld und wurde als Suchwort gelesen.")
            return Bool("and", words) if len(words) > 1 else words[0]
    if fieldname == "date":
        value = phrase if phrase is not None else (word or "")
        dr = parse_date(value)
        if dr is None:
            notes.append(
                f"Das Datum „{value}“ wurde nicht verstanden und ignoriert "
                "(Beispiele: datum:2020, datum:2020-05, datum:2020-01..2020-06)."
            )
        return dr
    if phrase is not None:
        text = " ".join(phrase.split())
        if not text:
            return None
        return Term(text, fieldname, "phrase")
    assert word is not None
    word = word.strip(_QUOTES + ",;:.?")
    if not word:
        return None
    if word.endswith("*") and len(word.rstrip("*")) > 0:
        stem = word.rstrip("*")
        if "*" in stem or "?" in stem:
            stem = re.split(r"[*?]", stem)[0]
        if len(stem) < 2:
            notes.append(f"„{word}“: Ein Platzhalter braucht mindestens zwei Buchstaben davor.")
            return Term(stem, fieldname) if stem else None
        return Term(stem, fieldname, "prefix")
    m = re.fullmatch(r"(.+?)~(\d)?", word)
    if m:
        dist = int(m[2]) if m[2] else (1 if len(m[1]) <= 5 else 2)
        return Term(m[1], fieldname, "fuzzy", max(1, min(dist, 2)))
    word = word.strip("*?~")
    if not word:
        return None
    return Term(word, fieldname)


def _tokenize(text: str, notes: list[str]) -> list[_Tok]:
    toks: list[_Tok] = []
    for m in _TOKEN_RE.finditer(text):
        if m["lp"]:
            toks.append(_Tok("lp"))
        elif m["rp"]:
            toks.append(_Tok("rp"))
        else:
            word, phrase, fld, sign = m["word"], m["phrase"], m["field"], m["sign"] or ""
            if fld is None and phrase is None and word is not None:
                if word in _OR or word in _AND or word in _NOT:
                    if sign:
                        toks.append(_Tok("op", "NOT" if sign in "-!" else ""))
                    toks.append(_Tok("op", word))
                    continue
                if word.startswith("!") and len(word) > 1:
                    sign, word = "!", word[1:]
            node = _make_term(fld, phrase, word, notes)
            if sign in ("-", "!"):
                toks.append(_Tok("op", "NOT"))
            if node is not None:
                toks.append(_Tok("term", term=node))
            elif sign in ("-", "!"):
                toks.pop()
    return toks


class _Parser:
    def __init__(self, toks: list[_Tok], notes: list[str]) -> None:
        self.toks = toks
        self.i = 0
        self.notes = notes

    def peek(self) -> _Tok | None:
        return self.toks[self.i] if self.i < len(self.toks) else None

    def parse(self) -> Node | None:
        node = self.parse_or()
        while self.i < len(self.toks):  # stray ")" or leftovers
            tok = self.toks[self.i]
            self.i += 1
            if tok.kind == "rp":
                self.notes.append("Eine schließende Klammer ohne öffnende wurde ignoriert.")
                more = self.parse_or()
                node = _combine("and", node, more)
        return node

    def parse_or(self) -> Node | None:
        node = self.parse_and()
        while True:
            tok = self.peek()
            if tok is None or not (tok.kind == "op" and tok.value in _OR):
                return node
            self.i += 1
            right = self.parse_and()
            if right is None:
                self.notes.append(f"„{tok.value}“ ohne folgenden Begriff wurde ignoriert.")
                continue
            if node is None:
                self.notes.append(f"„{tok.value}“ ohne vorangehenden Begriff wurde ignoriert.")
                node = right
                continue
            node = _combine("or", node, right)

    def parse_and(self) -> Node | None:
        node = self.parse_unary()
        while True:
            tok = self.peek()
            if tok is None or tok.kind == "rp" or (tok.kind == "op" and tok.value in _OR):
                return node
            if tok.kind == "op" and tok.value in _AND:
                self.i += 1
                nxt = self.peek()
                if nxt is None or nxt.kind == "rp" or (nxt.kind == "op" and nxt.value in _OR):
                    self.notes.append(f"„{tok.value}“ ohne folgenden Begriff wurde ignoriert.")
                    return node
            right = self.parse_unary()
            if right is None:
                continue
            if node is None:
                node = right
                continue
            node = _combine("and", node, right)

    def parse_unary(self) -> Node | None:
        tok = self.peek()
        if tok is None:
            return None
        if tok.kind == "op" and tok.value in _NOT:
            self.i += 1
            child = self.parse_unary()
            if child is None:
                self.notes.append(f"„{tok.value}“ ohne folgenden Begriff wurde ignoriert.")
                return None
            if isinstance(child, Not):
                return child.child
            return Not(child)
        if tok.kind == "op":  # AND/OR where a term belongs
            self.i += 1
            if tok.value:
                self.notes.append(f"„{tok.value}“ ohne vorangehenden Begriff wurde ignoriert.")
            return None
        if tok.kind == "lp":
            self.i += 1
            node = self.parse_or()
            nxt = self.peek()
            if nxt is not None and nxt.kind == "rp":
                self.i += 1
            else:
                self.notes.append("Eine fehlende schließende Klammer wurde ergänzt.")
            return node
        if tok.kind == "rp":
            return None
        self.i += 1
        return tok.term


def _combine(op: str, left: Node | None, right: Node | None) -> Node | None:
    if left is None:
        return right
    if right is None:
        return left
    children: list[Node] = []
    for n in (left, right):
        if isinstance(n, Bool) and n.op == op:
            children.extend(n.children)
        else:
            children.append(n)
    return Bool(op, children)


def parse(text: str) -> ParsedQuery:
    """Parse a query string; never raises."""
    notes: list[str] = []
    text = (text or "").replace("\x00", " ")[:1000]
    try:
        toks = _tokenize(text, notes)
        node = _Parser(toks, notes).parse()
    except RecursionError:
        notes.append("Die Anfrage ist zu tief verschachtelt.")
        node = None
    return ParsedQuery(text, node, notes)


def _fmt_date(v: int) -> str:
    return f"{v % 100:02d}.{v // 100 % 100:02d}.{v // 10000}"


def describe(node: Node | None, top: bool = True) -> str:
    """A German description of how a query tree is read."""
    if node is None:
        return "alle Dokumente"
    if isinstance(node, Term):
        label = f"{FIELD_LABELS[node.field]} " if node.field else ""
        if node.kind == "phrase":
            return f"{label}Wortfolge „{node.text}“"
        if node.kind == "prefix":
            return f"{label}Wörter, die mit „{node.text}“ beginnen"
        if node.kind == "fuzzy":
            return f"{label}„{node.text}“ oder ähnlich geschrieben"
        return f"{label}„{node.text}“"
    if isinstance(node, DateRange):
        if node.lo is not None and node.hi is not None:
            if node.lo == node.hi:
                return f"Datum am {_fmt_date(node.lo)}"
            return f"Datum {_fmt_date(node.lo)} bis {_fmt_date(node.hi)}"
        if node.lo is not None:
            return f"Datum ab {_fmt_date(node.lo)}"
        return f"Datum bis {_fmt_date(node.hi or 0)}"
    if isinstance(node, Not):
        return f"NICHT {describe(node.child, False)}"
    joiner = " UND " if node.op == "and" else " ODER "
    inner = joiner.join(describe(c, False) for c in node.children)
    return inner if top else f"({inner})"
