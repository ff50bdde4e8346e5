"""Persons across releases: one entity per real person, with mentions and roles held per date.

Names are compared by :func:`person_key` (honorifics and titles stripped, umlauts as ae/oe/ue,
ß as ss, hyphens as spaces, lower case: ``Dr. Hans-Jürgen Müller`` → ``hans juergen mueller``).

Within a release, ``Dr. Oliver Hermann``, ``Oliver Hermann`` and ``Hermann`` are one person
when the surname is unique there. Across releases (processed by date) a release's person joins
an existing entity when the names agree (same key, or same given name and a surname one edit
apart such as ``Herrmann``, or the surname alone) **and** the context agrees: a shared
organisation, or a shared function while their organisations do not contradict. A full name
without any role or organisation joins the one entity of that name if there is exactly one.
Homonyms whose organisations and functions disagree stay apart; so does a person who changed
both function and organisation at once — editors fix such cases in an override file.

Override file (``persons-overrides.json`` in the archive's data directory)::

    {
      "merge": [["Oliver Hermann", "Olli Hermann@pm-2021-04-01-ab12cd34"]],
      "split": [{"name": "Thomas Schulz", "records": ["pm-2022-01-10-0a1b2c3d"]}]
    }

A reference is a name as written (every entity that has a mention of that name, by
:func:`person_key`) or ``name@record-id`` (the entity mentioned so in that record).
``merge`` joins all entities referenced in one group; ``split`` moves the mentions of
``name`` in the listed records into a new entity of their own. Splits apply before merges.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from archive.organisations import normalise_organisation, organisation_key, role_key, split_role
from archive.record import Record

OVERRIDES_FILE = "persons-overrides.json"

_HONORIFICS = re.compile(
    r"\b(?:herrn?|frau|dr|prof|professor|professorin|dipl|ing|med|phil|rer|nat|jur|habil|h\s?c|mult|"
    r"mdl|mdb|mdep|a\s?d|b\s?a|m\s?a|ll\s?m|sen|jun)\b\.?",
    re.IGNORECASE,
)


def _fold(text: str) -> str:
    text = text.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def person_key(name: str) -> str:
    """The comparison key of a person's name (honorifics stripped, folded, lower case)."""
    text = re.sub(r"\([^)]*\)", " ", name)  # "(SPD)"
    text = re.sub(r"\b(?:Dipl\.-\w+\.?|Dr\.-Ing\.|Dr\.\s?\w+\.)", " ", text)
    text = _HONORIFICS.sub(" ", _fold(text))
    text = re.sub(r"[^a-z]+", " ", text)
    return " ".join(text.split())


def _edit1(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by at most one edit (insert, delete, substitute)."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1:] or (len(a) == len(b) and a[i + 1:] == b[i + 1:])


@dataclass
class PersonMention:
    """One person named in one release."""

    record_id: str
    date: str | None
    name: str
    role: str | None = None
    organisation: str | None = None
    quotes: list[str] = field(default_factory=list)


@dataclass
class Membership:
    """A function held in an organisation, seen from ``start`` to ``end`` (release dates; OParl-like)."""

    role: str
    organisation: str | None
    start: str | None
    end: str | None


@dataclass
class Person:
    """A person across releases."""

    id: str
    name: str
    mentions: list[PersonMention] = field(default_factory=list)

    @property
    def memberships(self) -> list[Membership]:
        """Functions with organisations, with the first and last release date each was stated."""
        seen: dict[tuple[str, str], Membership] = {}
        for m in sorted(self.mentions, key=lambda m: m.date or ""):
            for title, org in _roles(m):
                k = (role_key(title), organisation_key(org) if org else "")
                if k not in seen:
                    seen[k] = Membership(title, org, m.date, m.date)
                elif m.date:
                    seen[k].end = m.date
        return list(seen.values())

    @property
    def organisations(self) -> list[str]:
        """Organisations named with this person, in order of first appearance."""
        return list(dict.fromkeys(o for m in self.mentions for _, o in _roles(m) if o))

    @property
    def names(self) -> list[str]:
        """The names as written, in order of first appearance."""
        return list(dict.fromkeys(m.name for m in self.mentions))


def _roles(m: PersonMention) -> list[tuple[str, str | None]]:
    pairs = split_role(m.role) if m.role else []
    if m.organisation:
        org = normalise_organisation(m.organisation)
        if not any(o and organisation_key(o) == organisation_key(org) for _, o in pairs):
            if any(o is None for _, o in pairs):
                pairs = [(t, o or org) for t, o in pairs]
            else:
                pairs.append(("", org))
    return [(t, o) for t, o in pairs if t or o]


# --------------------------------------------------------------------------- within a release


@dataclass
class _Local:
    """The mentions of one person in one release, with the context to match them elsewhere."""

    key: str
    mentions: list[PersonMention]
    orgs: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)

    @property
    def given(self) -> str:
        return " ".join(self.key.split()[:-1])

    @property
    def surname(self) -> str:
        return self.key.split()[-1] if self.key else ""


def _release_persons(record: Record) -> list[_Local]:
    mentions = [
        PersonMention(record.id, record.date, s.name, s.role, s.organisation, list(s.quotes))
        for s in record.speakers
    ]
    spoken = {person_key(s.name) for s in record.speakers}
    mentions += [PersonMention(record.id, record.date, n) for n in record.mentions.persons
                 if person_key(n) not in spoken]
    locals_: dict[str, _Local] = {}
    for m in sorted(mentions, key=lambda m: -len(person_key(m.name))):
        key = person_key(m.name)
        if not key:
            continue
        if " " not in key:  # a surname alone joins the one full name with that surname
            full = [k for k in locals_ if " " in k and k.split()[-1] == key]
            if not full and len(key) >= 5:
                full = [k for k in locals_ if " " in k and _edit1(k.split()[-1], key)]
            if len(full) == 1:
                key = full[0]
        local = locals_.setdefault(key, _Local(key, []))
        local.mentions.append(m)
        for title, org in _roles(m):
            if org:
                local.orgs.add(organisation_key(org))
            if title:
                local.roles.add(role_key(title))
    return list(locals_.values())


# --------------------------------------------------------------------------- across releases


@dataclass
class _Cluster:
    keys: set[str]
    locals_: list[_Local]
    orgs: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)

    def add(self, local: _Local) -> None:
        self.locals_.append(local)
        self.keys.add(local.key)
        self.orgs |= local.orgs
        self.roles |= local.roles


def _names_agree(local: _Local, cluster: _Cluster) -> bool:
    for key in cluster.keys:
        if key == local.key:
            return True
        given, surname = " ".join(key.split()[:-1]), key.split()[-1]
        if not local.given or not given:
            if surname == local.surname:
                return True
            continue
        if local.given == given and len(surname) >= 5 and _edit1(surname, local.surname):
            return True
        if surname == local.surname and local.given[0] == given[0] and (
                len(local.given) <= 2 or len(given) <= 2):  # initial: "O. Hermann"
            return True
    return False


def _context_agrees(local: _Local, cluster: _Cluster) -> bool:
    if local.orgs & cluster.orgs:
        return True
    contradicts = bool(local.orgs and cluster.orgs)
    return bool(local.roles & cluster.roles) and not contradicts


def _assign(local: _Local, clusters: list[_Cluster]) -> _Cluster | None:
    named = [c for c in clusters if _names_agree(local, c)]
    fitting = [c for c in named if _context_agrees(local, c)]
    if len(fitting) == 1:
        return fitting[0]
    if not fitting and not local.orgs and not local.roles and " " in local.key and len(named) == 1:
        return named[0]  # a name without context joins the only entity of that name
    return None


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", _fold(text)).strip("-") or "person"


def build_persons(records: Iterable[Record], overrides: dict | Path | str | None = None) -> list[Person]:
    """Group the persons named in ``records`` into entities (see the module docstring)."""
    ordered = sorted(records, key=lambda r: (r.date or "9999", r.id))
    locals_ = [local for r in ordered for local in _release_persons(r)]
    rules = _load_overrides(overrides)
    split_refs = {(person_key(s["name"]), rid)
                  for s in rules.get("split", []) for rid in s.get("records", [])}
    clusters: list[_Cluster] = []
    # full names with context first, then names without context, surnames alone last
    for local in sorted(locals_, key=lambda lo: (" " not in lo.key, not (lo.orgs or lo.roles),
                                                 lo.mentions[0].date or "9999")):
        forced = any((local.key, m.record_id) in split_refs for m in local.mentions)
        target = None if forced else _assign(local, [c for c in clusters if not getattr(c, "forced", False)])
        if target is None:
            target = _Cluster(set(), [])
            if forced:
                target.forced = True  # type: ignore[attr-defined]
            clusters.append(target)
        target.add(local)
    clusters = _apply_merges(clusters, rules.get("merge", []))
    persons: list[Person] = []
    used: dict[str, int] = {}
    for c in clusters:
        mentions = sorted((m for lo in c.locals_ for m in lo.mentions),
                          key=lambda m: (m.date or "", m.record_id))
        name = max((m.name for m in mentions), key=lambda n: (len(person_key(n).split()), len(n)))
        base = _slug(person_key(name))
        used[base] = used.get(base, 0) + 1
        persons.append(Person(base if used[base] == 1 else f"{base}-{used[base]}", name, mentions))
    return persons


def _refers(ref: str, c: _Cluster) -> bool:
    name, _, record_id = ref.partition("@")
    key = person_key(name)
    return any(person_key(m.name) == key and (not record_id or m.record_id == record_id)
               for lo in c.locals_ for m in lo.mentions)


def _apply_merges(clusters: list[_Cluster], groups: list[list[str]]) -> list[_Cluster]:
    for group in groups:
        hit = [c for c in clusters if any(_refers(ref, c) for ref in group)]
        if len(hit) > 1:
            for other in hit[1:]:
                for lo in other.locals_:
                    hit[0].add(lo)
                clusters.remove(other)
    return clusters


def _load_overrides(overrides: dict | Path | str | None) -> dict:
    if overrides is None or isinstance(overrides, dict):
        return overrides or {}
    path = Path(overrides)
    if path.is_dir():
        path = path / OVERRIDES_FILE
    if not path.exists():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))
