"""Persons across releases: one entity per real person, with mentions and roles held per date.

Names are compared by :func:`person_key` (honorifics and titles stripped, umlauts as ae/oe/ue,
ß as ss, hyphens as spaces, lower case: ``Dr. Hans-Jürgen Müller`` → ``hans juergen mueller``).

Within a release, ``Dr. Oliver Hermann``, ``Oliver Hermann`` and ``Hermann`` are one person
when the surname is unique there (a quoted person rather than one named in passing when not;
a surname that still fits several goes with the one of them with the fewest releases
elsewhere, where a wrong guess costs least).

Across releases a release's person joins an existing entity when the names agree (same key, or
same given name and surnames one edit apart such as ``Herrmann``, or the surname alone) **and**
the context agrees: a shared organisation, or a shared function while their organisations do not
contradict. Persons are placed in order of evidence — full names with an organisation, then
with a function only, then with neither, surnames alone last; by date within each — so the
entities of the people who say where they work exist before vaguer mentions are shared out.
Among several entities that fit, the best evidence wins (same name > shared organisation >
shared function > same title such as ``Prof.``); among homonyms that fit a vaguer mention
alike, the one holding more than half of their stated releases (the likelier person). A full
name without context that no entity clearly claims goes with the other such mentions of that
name (one entity per name), never a new entity each time. A name in a different organisation
is a homonym and stays apart; so does a person who changed both function and organisation at
once — editors fix such cases in an override file.

Override file (``persons-overrides.json`` in the archive's data directory)::

    {
      "merge": [["Oliver Hermann", "Olli Hermann@pm-2021-04-01-ab12cd34"]],
      "split": [{"name": "Thomas Schulz", "records": ["pm-2022-01-10-0a1b2c3d"]}]
    }

A reference is a name as written (every entity that has a mention of that name, by
:func:`person_key`) or ``name@record-id`` (the entity mentioned so in that record).
``merge`` joins all entities referenced in one group; ``split`` moves the mentions of
``name`` in the listed records into a new entity of their own. Splits apply before merges.

The build is near-linear in the number of releases: names are filed under blocks (the surname,
a given name's initial with the surname, a given name with every one-deletion variant of the
surname, which catches every surname one edit apart), entities under their names crossed with
their organisations and functions, so a release's person is compared only with the few entities
that could take it (:class:`_Blocks`), with the same outcome as comparing it with all of them.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
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


_TITLES = {"dr": "dr", "prof": "prof", "professor": "prof", "professorin": "prof", "dipl": "dipl",
           "ing": "ing", "herr": "herr", "herrn": "herr", "frau": "frau"}


@functools.lru_cache(maxsize=1 << 17)
def _titles(name: str) -> frozenset[str]:
    """The titles and forms of address a name is written with (``Prof. Dr.`` → prof, dr)."""
    return frozenset(_TITLES[w] for w in re.findall(r"[a-z]+", _fold(name.split("(")[0])) if w in _TITLES)


_key = functools.lru_cache(maxsize=1 << 17)(person_key)  # the same, remembered: names repeat a lot


def _misspelt(a: str, b: str) -> bool:
    """True when surnames ``a`` and ``b`` are one edit apart and one has five letters or more
    (``Wolf``/``Wollf``, ``Hermann``/``Herrmann``; not ``Kuhn``/``Kahn``)."""
    return max(len(a), len(b)) >= 5 and _edit1(a, b)


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
    return list(_role_pairs(m.role, m.organisation))


@functools.lru_cache(maxsize=1 << 17)
def _role_pairs(role: str | None, organisation: str | None) -> tuple[tuple[str, str | None], ...]:
    pairs = split_role(role) if role else []
    if organisation:
        org = normalise_organisation(organisation)
        if not any(o and organisation_key(o) == organisation_key(org) for _, o in pairs):
            if any(o is None for _, o in pairs):
                pairs = [(t, o or org) for t, o in pairs]
            else:
                pairs.append(("", org))
    return tuple((t, o) for t, o in pairs if t or o)


@functools.lru_cache(maxsize=1 << 17)
def _context(role: str | None, organisation: str | None) -> tuple[frozenset[str], frozenset[str]]:
    """The organisation keys and function keys of a role and organisation as written."""
    pairs = _role_pairs(role, organisation)
    return (frozenset(organisation_key(o) for _, o in pairs if o),
            frozenset(role_key(t) for t, _ in pairs if t))


# --------------------------------------------------------------------------- within a release


@dataclass
class _Local:
    """The mentions of one person in one release, with the context to match them elsewhere."""

    key: str
    mentions: list[PersonMention]
    orgs: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)
    titles: set[str] = field(default_factory=set)
    among: list[_Local] = field(default_factory=list)  # a surname alone: the full names it may be
    placed: _Cluster | None = None  # the entity it went to
    given: str = field(init=False)
    surname: str = field(init=False)

    def __post_init__(self) -> None:
        self.given, _, self.surname = self.key.rpartition(" ")


def _release_persons(record: Record) -> list[_Local]:
    mentions = [
        PersonMention(record.id, record.date, s.name, s.role, s.organisation, list(s.quotes))
        for s in record.speakers
    ]
    spoken = {_key(s.name) for s in record.speakers}
    mentions += [PersonMention(record.id, record.date, n) for n in record.mentions.persons
                 if _key(n) not in spoken]
    locals_: dict[str, _Local] = {}
    for m in sorted(mentions, key=lambda m: -len(_key(m.name))):
        key = _key(m.name)
        if not key:
            continue
        among: list[str] = []
        if " " not in key:  # a surname alone joins the one full name with that surname
            full = [k for k in locals_ if " " in k and k.split()[-1] == key]
            if not full:
                full = [k for k in locals_ if " " in k and _misspelt(k.split()[-1], key)]
            if len(full) > 1:  # rather a person quoted than one named in passing
                full = [k for k in full if k in spoken] or full
            if len(full) == 1:
                key = full[0]
            else:
                among = full
        local = locals_.setdefault(key, _Local(key, []))
        local.among += [locals_[k] for k in among if locals_[k] not in local.among]
        local.mentions.append(m)
        local.titles |= _titles(m.name)
        orgs, roles = _context(m.role, m.organisation)
        local.orgs |= orgs
        local.roles |= roles
    return list(locals_.values())


# --------------------------------------------------------------------------- across releases


@dataclass
class _Cluster:
    keys: set[str]
    locals_: list[_Local]
    orgs: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)
    no: int = 0  # position in the build, for filing in :class:`_Blocks`
    closed: bool = False  # split off by an editor: takes nobody else
    stated: int = 0  # releases that gave a function or organisation
    titles: set[str] = field(default_factory=set)
    last: str = ""  # the latest release date seen

    def add(self, local: _Local) -> None:
        self.locals_.append(local)
        self.keys.add(local.key)
        self.orgs |= local.orgs
        self.roles |= local.roles
        self.last = max(self.last, local.mentions[0].date or "")
        self.stated += bool(local.orgs or local.roles)
        self.titles |= local.titles


def _names_agree(local: _Local, cluster: _Cluster) -> bool:
    return any(_name_agrees(local, key) for key in cluster.keys)


def _name_agrees(local: _Local, key: str) -> bool:
    if key == local.key:
        return True
    given, _, surname = key.rpartition(" ")
    if not local.given or not given:
        return surname == local.surname
    if local.given == given and _misspelt(surname, local.surname):
        return True
    return surname == local.surname and local.given[0] == given[0] and (
        len(local.given) <= 2 or len(given) <= 2)  # initial: "O. Hermann"


def _context_agrees(local: _Local, cluster: _Cluster) -> bool:
    if local.orgs & cluster.orgs:
        return True
    contradicts = bool(local.orgs and cluster.orgs)
    return bool(local.roles & cluster.roles) and not contradicts


def _phase(local: _Local) -> tuple[bool, int, bool]:
    """The order in which releases' persons are placed: full names before surnames alone; with an
    organisation, then with a function only, then with neither; full given names before initials.
    So the entities of the people who state where they work exist before the vaguer mentions
    are shared out among them."""
    context = 0 if local.orgs else 1 if local.roles else 2
    return " " not in local.key, context, 0 < len(local.given) <= 2


SHARE = 0.5  # the share of the evidence an entity must hold to take a mention its homonyms fit alike


def _assign(local: _Local, candidates: Iterable[_Cluster]) -> _Cluster | None:
    """The entity ``local`` joins, or None for a new one. ``candidates`` (each once) must include
    every entity that could count here; others are ignored.

    The entities whose names agree and, for a person with a context, whose context agrees are
    ranked by evidence: the same name rather than a variant, then a shared organisation, then a
    shared function; among equals, those written with the same title (``Prof.``). The one best
    entity is taken. Among several equally good ones (homonyms a vaguer mention fits alike):

    - with an organisation (only bridges like "Bürgermeister der Stadt A und Präsident des B"),
      the largest;
    - with a function only, or without context, the entity holding more than :data:`SHARE` of
      the releases that stated a function or organisation among them — the likelier person;
    - else, with a function only, a new entity; without context, the entity of the other
      mentions of that name that none of them clearly claimed (one per name), or a new one.

    A person with a function only that no entity of an agreeing name shares joins the one entity
    whose name agrees if there is exactly one. A surname alone without context joins nobody."""
    context = bool(local.orgs or local.roles)
    if not context and " " not in local.key:
        return None
    top: tuple[bool, bool, bool] | None = None
    best: list[_Cluster] = []
    named: list[_Cluster] = []
    for c in candidates:
        if not _names_agree(local, c):
            continue
        named.append(c)
        if context and not _context_agrees(local, c):
            continue
        evidence = (local.key in c.keys, bool(local.orgs & c.orgs), bool(local.roles & c.roles))
        if top is None or evidence > top:
            top, best = evidence, [c]
        elif evidence == top:
            best.append(c)
    if not best:
        return named[0] if local.roles and not local.orgs and len(named) == 1 else None
    if len(best) > 1 and local.titles:
        best = [c for c in best if c.titles & local.titles] or best
    if len(best) == 1:
        return best[0]
    if local.orgs:
        return max(best, key=lambda c: (len(c.locals_), -c.no))
    known = [c for c in best if c.stated]
    lead = max(known, key=lambda c: (c.stated, -c.no), default=None)
    if lead is not None and lead.stated > SHARE * sum(c.stated for c in known):
        return lead
    if local.roles:
        return None
    return max((c for c in best if not c.stated), key=lambda c: (len(c.locals_), -c.no), default=None)


def _among(local: _Local) -> _Cluster | None:
    """For a surname alone that several full names of its release may mean: the entity of the
    one it most likely means (context agreeing, then the most releases, then the first built)."""
    options = {c.no: c for lo in local.among if (c := lo.placed) is not None and not c.closed}
    if not options:
        return None
    return max(options.values(), key=lambda c: (_context_agrees(local, c), -len(c.locals_), -c.no))


def _neighbourhood(surname: str) -> set[str]:
    """``surname`` and every string one deletion away: two surnames are one edit apart only if
    their neighbourhoods meet."""
    return {surname, *(surname[:i] + surname[i + 1:] for i in range(len(surname)))}


@functools.lru_cache(maxsize=1 << 17)
def _name_blocks(key: str) -> frozenset[str]:
    """The blocks a name ``key`` is filed under (see :meth:`_Blocks.probe`):
    ``s`` its surname; ``S`` a surname alone; ``k`` a full name; ``i`` a given name's initial
    with the surname, ``I`` the same when the given name is an initial; ``g`` a given name with
    the neighbourhood of a surname long enough to match one edit apart (four letters: one edit
    from five, see :func:`_misspelt`). (Blocks are strings,
    which the garbage collector need not track.)"""
    given, _, surname = key.rpartition(" ")
    if not given:
        return frozenset({f"s|{surname}", f"S|{surname}"})
    out = {f"s|{surname}", f"k|{key}", f"i|{given[0]}|{surname}"}
    if len(given) <= 2:
        out.add(f"I|{given[0]}|{surname}")
    if len(surname) >= 4:
        out |= {f"g|{given}|{v}" for v in _neighbourhood(surname)}
    return frozenset(out)


@functools.lru_cache(maxsize=1 << 17)
def _probe_blocks(key: str) -> tuple[str, ...]:
    """The blocks holding every entity whose name may agree with ``key`` (:func:`_names_agree`)."""
    given, _, surname = key.rpartition(" ")
    if not given:
        return (f"s|{surname}",)  # any name with that surname
    return (f"k|{key}",  # the same name
            f"S|{surname}",  # the surname alone
            f"{'i' if len(given) <= 2 else 'I'}|{given[0]}|{surname}",  # an initial on either side
            *(f"g|{given}|{v}" for v in _neighbourhood(surname)))  # the surname one edit apart


def _context_blocks(cluster: _Cluster) -> set[str]:
    """Organisations, functions, and functions of an entity that has no organisation yet."""
    out = {f"#o|{o}" for o in cluster.orgs} | {f"#r|{r}" for r in cluster.roles}
    if not cluster.orgs:
        out |= {f"#R|{r}" for r in cluster.roles}
    return out


class _Blocks:
    """Entities filed by name, and by name × context block; names filed by name block.

    :meth:`probe` finds the names that agree with a release's person through the name blocks
    (:func:`_probe_blocks` meets :func:`_name_blocks` for every pair of names that
    :func:`_name_agrees` accepts), then the entities with such a name and, when the person has a
    context, whose context agrees (:func:`_context_agrees`): a shared organisation, a shared
    function with an entity without organisation, or for a person without organisation any
    shared function. Each step costs the few names or entities found, not the archive.
    """

    def __init__(self) -> None:
        self.entities: dict[int, _Cluster] = {}
        self.names: dict[str, dict[str, None]] = {}  # name block -> names (keys) filed under it
        self.blocks: dict[str, dict[int, None]] = {}  # name, or name + context -> entity numbers
        self.filed: dict[int, tuple[frozenset[str], frozenset[str]]] = {}  # entity -> (names, contexts)

    def file(self, no: int, cluster: _Cluster, key: str) -> None:
        """(Re)file entity ``no`` after a release's person named ``key`` was added to it (needed
        only when that brought a new name, organisation or function)."""
        self.entities[no] = cluster
        names_before, contexts_before = self.filed.get(no, (frozenset(), frozenset()))
        names = names_before | {key}
        contexts = frozenset(_context_blocks(cluster))
        if names == names_before and contexts == contexts_before:
            return
        blocks = self.blocks
        if key not in blocks:  # a name never seen before
            for b in _name_blocks(key):
                self.names.setdefault(b, {})[key] = None
        for k in names:
            new = k not in names_before
            if new:
                blocks.setdefault(k, {})[no] = None
            for c in contexts if new else contexts - contexts_before:
                blocks.setdefault(k + c, {})[no] = None
        for c in contexts_before - contexts:  # an entity with an organisation now: "R" blocks go
            for k in names_before:
                del blocks[k + c][no]
        self.filed[no] = (names, contexts)

    def probe(self, local: _Local) -> Iterator[_Cluster]:
        """Every filed entity that may take ``local`` (each once), and few others."""
        agreeing = {k for b in _probe_blocks(local.key) for k in self.names.get(b, ())}
        names = [k for k in agreeing if _name_agrees(local, k)]
        if local.orgs:
            contexts = [*(f"#o|{o}" for o in local.orgs), *(f"#R|{r}" for r in local.roles)]
            keys = [k + c for k in names for c in contexts]
        elif local.roles:  # those sharing a function; if none, all of an agreeing name
            keys = [f"{k}#r|{r}" for k in names for r in local.roles]
            if not any(key in self.blocks for key in keys):
                keys = names
        else:
            keys = names
        seen: set[int] = set()
        for key in keys:
            for no in self.blocks.get(key, ()):
                if no not in seen:
                    seen.add(no)
                    yield self.entities[no]


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", _fold(text)).strip("-") or "person"


@contextlib.contextmanager
def _without_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector: the build allocates hundreds of thousands of objects
    but no reference cycles, and each full collection it would trigger re-traverses the whole
    archive in memory (a third of the build time at 50,000 releases)."""
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


def build_persons(records: Iterable[Record], overrides: dict | Path | str | None = None) -> list[Person]:
    """Group the persons named in ``records`` into entities (see the module docstring)."""
    with _without_gc():
        return _build_persons(records, overrides)


def _build_persons(records: Iterable[Record], overrides: dict | Path | str | None) -> list[Person]:
    ordered = sorted(records, key=lambda r: (r.date or "9999", r.id))
    locals_ = [local for r in ordered for local in _release_persons(r)]
    rules = _load_overrides(overrides)
    split_refs = {(person_key(s["name"]), rid)
                  for s in rules.get("split", []) for rid in s.get("records", [])}
    clusters: list[_Cluster] = []
    blocks = _Blocks()  # every entity but those split off by an editor, which take nobody else
    for local in sorted(locals_, key=lambda lo: (*_phase(lo), lo.mentions[0].date or "9999")):
        forced = any((local.key, m.record_id) in split_refs for m in local.mentions)
        if forced:
            target = None
        elif local.among:
            target = _among(local)
        else:
            target = _assign(local, blocks.probe(local))
        if target is None:
            target = _Cluster(set(), [], no=len(clusters), closed=forced)
            clusters.append(target)
        local.placed = target
        news = local.key not in target.keys or not (local.orgs <= target.orgs and local.roles <= target.roles)
        target.add(local)
        if news and not forced:
            blocks.file(target.no, target, local.key)
    clusters = _apply_merges(clusters, rules.get("merge", []))
    persons: list[Person] = []
    used: dict[str, int] = {}
    for c in clusters:
        mentions = sorted((m for lo in c.locals_ for m in lo.mentions),
                          key=lambda m: (m.date or "", m.record_id))
        name = _display_name([m.name for m in mentions])
        base = _slug(_key(name))
        used[base] = used.get(base, 0) + 1
        persons.append(Person(base if used[base] == 1 else f"{base}-{used[base]}", name, mentions))
    return persons


def _display_name(names: list[str]) -> str:
    """The name to show: the most frequent full spelling (a one-off misspelling never wins),
    written in its longest form (``Dr. Oliver Hermann`` rather than ``Oliver Hermann``)."""
    counts = Counter(_key(n) for n in names)
    longest: dict[str, str] = {}
    for n in names:
        k = _key(n)
        if (len(n), n) > (len(longest.get(k, "")), longest.get(k, "")):
            longest[k] = n
    fullest = max(len(k.split()) for k in counts)
    candidates = [k for k in counts if len(k.split()) == fullest]
    best = max(candidates, key=lambda k: (counts[k], len(longest[k]), k))
    return longest[best]


def _apply_merges(clusters: list[_Cluster], groups: list[list[str]]) -> list[_Cluster]:
    """Join, group by group, the entities referenced (see the module docstring) into the first."""
    if not groups:
        return clusters
    by_name: dict[str, dict[int, None]] = {}  # name key -> entity numbers, in build order
    by_mention: dict[tuple[str, str], dict[int, None]] = {}  # (name key, record id) -> the same
    for i, c in enumerate(clusters):
        for lo in c.locals_:
            for m in lo.mentions:
                by_name.setdefault(_key(m.name), {})[i] = None
                by_mention.setdefault((_key(m.name), m.record_id), {})[i] = None
    into = list(range(len(clusters)))  # entity number -> the entity it was merged into

    def find(i: int) -> int:
        while into[i] != i:
            into[i] = into[into[i]]
            i = into[i]
        return i

    for group in groups:
        hit: set[int] = set()
        for ref in group:
            name, _, record_id = ref.partition("@")
            found = by_mention.get((_key(name), record_id)) if record_id else by_name.get(_key(name))
            hit |= {find(i) for i in found or ()}
        first, *others = sorted(hit) or [0]
        for other in others:
            for lo in clusters[other].locals_:
                clusters[first].add(lo)
            into[other] = first
    return [c for i, c in enumerate(clusters) if find(i) == i]


def _load_overrides(overrides: dict | Path | str | None) -> dict:
    if overrides is None or isinstance(overrides, dict):
        return overrides or {}
    path = Path(overrides)
    if path.is_dir():
        path = path / OVERRIDES_FILE
    if not path.exists():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))
