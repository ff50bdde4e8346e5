"""German municipalities, Ämter and Kreise: lookup by key and linking of names to keys.

Data: ``archive/data/gazetteer.json.gz`` (Destatis GV100AD, Stand 30.11.2021; built by
``scripts/build_gazetteer.py``), loaded lazily once. Keys: 2-digit Land, 5-digit Kreis,
9-digit Verbandsschlüssel (Amt, Verbandsgemeinde, Samtgemeinde …), 8-digit AGS of a
municipality.

:func:`link` resolves a name as written (``Amt Lebus``, ``Cottbus/Chósebuz``,
``Neustadt/Dosse``, ``Fuerstenberg (Havel)``) to one entry, or ``None`` when the link is
not certain: names are matched exactly, then folded (umlauts, ß, doubled letters),
then by their main part without qualifier (``Neustadt`` → ``Neustadt (Dosse)`` within
the Land), then with a small edit distance. Only a unique candidate is linked.
"""

from __future__ import annotations

import gzip
import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import groupby
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"
GAZETTEER_FILE = DATA_DIR / "gazetteer.json.gz"
SHAPES_FILE = DATA_DIR / "brandenburg_shapes.json.gz"
BRANDENBURG = "12"

LEVELS = ("gemeinde", "verband", "kreis", "land")
CITY_KINDS = frozenset({"Stadt", "Kreisfreie Stadt", "Stadtkreis", "Große Kreisstadt"})
# Kreise whose municipalities carry bilingual German/Sorbian (Wendish) names with an unspaced "/"
_SORBIAN_KREISE = frozenset({"12052", "12061", "12066", "12071"})
_NOT_SORBIAN = frozenset({"spree", "spreewald", "oberspreewald"})


@dataclass(frozen=True, slots=True)
class Entry:
    """One Land, Kreis, Gemeindeverband or municipality of the register."""

    key: str
    level: str  # gemeinde | verband | kreis | land
    kind: str  # Stadt, Gemeinde, Kreisfreie Stadt, Amt, Verbandsgemeinde, Landkreis, Land …
    name: str  # official name, e.g. "Cottbus/Chóśebuz, Stadt"
    land: str
    kreis: str | None = None
    verband: str | None = None  # 9-digit key of the Amt/Verband a municipality belongs to
    ars: str | None = None
    population: int | None = None
    lat: float | None = None
    lon: float | None = None
    seat: str | None = None
    short: str = ""  # name without descriptor: "Cottbus/Chóśebuz"
    german: str = ""  # German half: "Cottbus"
    sorbian: str | None = None  # Sorbian/Wendish half: "Chóśebuz"
    head: str = ""  # German main part without qualifier: "Neustadt" of "Neustadt (Dosse)"
    qualifier: str | None = None  # "Dosse"

    @property
    def names(self) -> tuple[str, ...]:
        """All display names: official, short, German and Sorbian halves."""
        out = dict.fromkeys(n for n in (self.name, self.short, self.german, self.sorbian) if n)
        return tuple(out)


@dataclass(frozen=True)
class Link:
    """The result of :func:`link`: a key with the entry it names and how sure the match is."""

    key: str
    name: str
    kind: str
    confidence: float
    entry: Entry = field(repr=False, compare=False)


# --------------------------------------------------------------------------- normalisation

_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ł": "l", "đ": "d", "ø": "o",
                          "æ": "ae", "œ": "oe", "ı": "i"})
_CONNECTIVES = re.compile(r"\b(an der|an dem|am|an|a d|a|in der|im|i d|bei|b|ob der|auf der|vor der|v d)\b")
_DAMAGE = re.compile(r"(?<=\w)[?\ufffd](?=\w)|(?<=\w)[?\ufffd]$")


def fix_mojibake(text: str) -> str:
    """Repair UTF-8 text that was decoded as Latin-1/CP1252 (``FÃ¼rstenberg`` → ``Fürstenberg``)."""
    if not re.search("[ÃÅÄ][\u0080-\u00bf\u0152-\u02dc\u2013-\u203a]", text):
        return text
    for enc in ("cp1252", "latin-1"):
        try:
            return text.encode(enc).decode("utf-8")
        except UnicodeError:
            continue
    return text


def normalise_place(text: str) -> str:
    """Return the matching key of a place name: lower case ASCII, umlauts as ae/oe/ue, ß as ss,
    diacritics dropped, punctuation as single spaces (``Neustadt (Dosse)`` → ``neustadt dosse``).
    A damaged character inside a word (``?``, U+FFFD) is kept as ``#``."""
    if "?" in text or "\ufffd" in text:
        text = _DAMAGE.sub("#", text)
    if not text.isascii():
        text = fix_mojibake(text)
        text = unicodedata.normalize("NFC", text).lower().translate(_UMLAUTS)
        if not text.isascii():
            text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    else:
        text = text.lower()
    if "st." in text:
        text = _SANKT.sub("sankt ", text)
    return " ".join(_NON_ALNUM.sub(" ", text).split())


_SANKT = re.compile(r"\bst\.\s*")
_NON_ALNUM = re.compile(r"[^a-z0-9#]+")


def fold_place(key: str) -> str:
    """A coarser key for spelling variants: ``ae``→``a`` (also ``ä``), ``ss``→``s``, doubled letters
    single, connectives (``an der``, ``bei``) dropped; applied to :func:`normalise_place` output."""
    if " " in key:
        key = " ".join(_CONNECTIVES.sub(" ", key).split())
    key = key.replace("ae", "a").replace("oe", "o").replace("ue", "u")
    return "".join(c for c, _ in groupby(key))


def soft_place(key: str) -> str:
    """The key used for edit distances: :func:`normalise_place` output without connectives and spaces."""
    return _CONNECTIVES.sub("", key).replace(" ", "")


# descriptors after the name ("Lebus, Stadt") and kind words before it ("Amt Lebus")
_KIND_WORDS: dict[str, tuple[str, frozenset[str] | None]] = {
    "stadt": ("gemeinde", CITY_KINDS),
    "kreisfreie stadt": ("gemeinde", CITY_KINDS),
    "hansestadt": ("gemeinde", CITY_KINDS),
    "landeshauptstadt": ("gemeinde", CITY_KINDS),
    "kreisstadt": ("gemeinde", CITY_KINDS),
    "grosse kreisstadt": ("gemeinde", CITY_KINDS),
    "gemeinde": ("gemeinde", frozenset({"Gemeinde", "Markt"})),
    "ortsgemeinde": ("gemeinde", None),
    "markt": ("gemeinde", None),
    "marktgemeinde": ("gemeinde", None),
    "amt": ("verband", None),
    "verbandsgemeinde": ("verband", None),
    "samtgemeinde": ("verband", None),
    "verwaltungsgemeinschaft": ("verband", None),
    "verwaltungsverband": ("verband", None),
    "gemeindeverband": ("verband", None),
    "landkreis": ("kreis", frozenset({"Landkreis", "Kreis"})),  # not the kreisfreie Stadt of that name
    "kreis": ("kreis", frozenset({"Kreis", "Landkreis"})),
    "stadtkreis": ("kreis", None),
    "land": ("land", None),
    "bundesland": ("land", None),
    "freistaat": ("land", None),
}
_ARTICLES = r"(?:(?:der|des|die|dem|den|im|in der|aus der|aus dem)\s+)?"
_PREFIX_RE = re.compile(
    r"^\s*" + _ARTICLES + r"(kreisfreien?|gro(?:ß|ss)en?)?\s*("
    r"Stadt|Hansestadt|Landeshauptstadt|Kreisstadt|Gemeinde|Ortsgemeinde|Markt|Marktgemeinde|Amte?s?|"
    r"Verbandsgemeinde|Samtgemeinde|Verwaltungsgemeinschaft|Verwaltungsverband|Gemeindeverband|"
    r"Landkreise?s?|Kreise?s?|Stadtkreise?s?|Bundeslande?s?|Lande?s?|Freistaate?s?)\s+(?=\S)",
    re.IGNORECASE,
)
_SUFFIX_RE = re.compile(
    r"(?:,\s*|\s+\(|\s*\()(Stadt|Gemeinde|Amt|Landkreis|Kreis|Markt|M|St|GKSt|Krst\.|Hansestadt|"
    r"Landeshauptstadt|kreisfreie Stadt|Kreisstadt|Verbandsgemeinde|Samtgemeinde)\)?\s*$",
    re.IGNORECASE,
)
_SUFFIX_KIND = {"m": "markt", "st": "stadt", "gkst": "grosse kreisstadt", "krst.": "kreisstadt"}


def kind_level(kind: str | None) -> tuple[str | None, frozenset[str] | None]:
    """Map a kind hint (``Stadt``, ``Amt``, ``Landkreis``, ``Verbandsgemeinde`` …) to (level, kinds)."""
    if not kind:
        return None, None
    word = normalise_place(kind)
    if word in _KIND_WORDS:
        return _KIND_WORDS[word]
    if word in ("verband", "zweckverband"):
        return "none", None
    for label in ("gemeindefreies gebiet", "kirchspielslandgemeinde", "erfuellende gemeinde",
                  "regionalverband"):
        if word == label:
            return ("verband" if "gemeinde" in word and "erf" in word else "gemeinde"), None
    return None, None


def split_kind(text: str) -> tuple[str, str | None]:
    """Split a kind word off a name: ``Amt Lebus`` → (``Lebus``, ``amt``), ``Lebus, Stadt`` →
    (``Lebus``, ``stadt``), ``der Stadt Wittenberge`` → (``Wittenberge``, ``stadt``)."""
    text = " ".join(fix_mojibake(text).split())
    kind = None
    m = _PREFIX_RE.match(text)
    if m:
        word = m.group(2).lower()
        word = re.sub(r"(?<=amt|eis|and|aat)e?s$", "", word)
        word = {"lande": "land"}.get(word, word)
        if m.group(1) and word == "stadt":
            word = "kreisfreie stadt" if m.group(1).lower().startswith("kreisfrei") else "grosse kreisstadt"
        kind = normalise_place(word)
        text = text[m.end():]
    m = _SUFFIX_RE.search(text)
    if m and m.start() > 0:
        word = m.group(1).lower()
        kind = kind or _SUFFIX_KIND.get(word, normalise_place(word))
        text = text[: m.start()]
    return text.strip(" ,"), kind


_DESCRIPTOR = re.compile(r",[^,/]*(?=\s*/|$)")
_VERBAND_DESCRIPTOR = re.compile(
    r"(?i),\s*(?:[^,/]*stadt|[^,/]*gemeinde|M|St|GKSt|Krst\.|Flecken)\s*(?=\s*/|$)"
)
_QUALIFIED = [
    re.compile(r"^(?P<head>[^()]+?)\s*\((?P<q>[^()]+)\)$"),
    re.compile(r"^(?P<head>[^/]+?)\s*/\s*(?P<q>.+)$"),
    re.compile(r"^(?P<head>.+?)\s+(?:an der|am|an|a\.\s*d\.|bei|b\.|in der|im|ob der|auf der)\s+(?P<q>.+)$"),
]


def _split_qualifier(name: str) -> tuple[str, str | None]:
    for rx in _QUALIFIED:
        m = rx.match(name.strip())
        if m:
            return m.group("head").strip(), m.group("q").strip()
    return name.strip(), None


def name_forms(name: str, level: str, kreis: str | None) -> tuple[str, str, str | None, str, str | None]:
    """Derive (short, german, sorbian, head, qualifier) of an official register name."""
    short = name
    rx = _VERBAND_DESCRIPTOR if level == "verband" else _DESCRIPTOR
    while True:
        new = rx.sub("", short).strip()
        if new == short:
            break
        short = new
    german, sorbian = short, None
    if " / " in short:
        german, sorbian = (s.strip() for s in short.split(" / ", 1))
    elif "/" in short and kreis in _SORBIAN_KREISE:
        first, rest = short.split("/", 1)
        if normalise_place(rest) not in _NOT_SORBIAN:
            german, sorbian = first.strip(), rest.strip()
    head, qualifier = _split_qualifier(german)
    return short, german, sorbian, head, qualifier


# --------------------------------------------------------------------------- loading


# Bump when normalise_place/fold_place/name_forms change: data files with another version are
# re-derived at load time (correct but slower) until scripts/build_gazetteer.py is run again.
NAMES_VERSION = 1


def index_names(name: str, level: str, kreis: str | None) -> list:
    """Name forms and match keys of a register name, as stored in the data file:
    [short, german, sorbian, head, qualifier, exact keys, folded keys, head keys] (keys "|"-joined)."""
    short, german, sorbian, head, qualifier = name_forms(name, level, kreis)
    exact = sorted({normalise_place(n) for n in (name, short, german, sorbian) if n})
    folded = sorted({fold_place(k) for k in exact})
    heads = {fold_place(normalise_place(head))}
    if sorbian:
        heads.add(fold_place(normalise_place(_split_qualifier(sorbian)[0])))
    keys = ["|".join(exact), "|".join(folded), "|".join(sorted(heads))]
    return [short, german, sorbian, head, qualifier, *keys]


class _Index:
    """All entries with their lookup tables; built once by :func:`_index`."""

    def __init__(self, data: dict) -> None:
        pos = {f: i for i, f in enumerate(data["fields"])}
        fresh = data.get("names_version") == NAMES_VERSION and "names" in pos
        self.entries: list[Entry] = []
        self.by_key: dict[str, Entry] = {}
        self.members: dict[str, list[Entry]] = {}
        self.exact: dict[str, list[Entry]] = {}
        self.folded: dict[str, list[Entry]] = {}
        self.heads: dict[str, list[Entry]] = {}
        (i_key, i_level, i_kind, i_name, i_land, i_kreis, i_verband, i_ars, i_pop, i_lat, i_lon,
         i_seat) = (pos[f] for f in ("key", "level", "kind", "name", "land", "kreis", "verband", "ars", "pop",
                                     "lat", "lon", "seat"))
        for row in data["entries"]:
            level, kreis, name = row[i_level], row[i_kreis], row[i_name]
            names = row[pos["names"]] if fresh else index_names(name, level, kreis)
            short, german, sorbian, head, qualifier, exact, folded, heads = names
            e = Entry(row[i_key], level, row[i_kind], name, row[i_land], kreis, row[i_verband], row[i_ars],
                      row[i_pop], row[i_lat], row[i_lon], row[i_seat],
                      short or name, german or short or name, sorbian,
                      head or german or short or name, qualifier)
            self.entries.append(e)
            self.by_key[e.key] = e
            if e.verband:
                self.members.setdefault(e.verband, []).append(e)
            if level == "gemeinde":
                self.members.setdefault(kreis, []).append(e)
            for table, keys in ((self.exact, exact), (self.folded, folded), (self.heads, heads)):
                for k in keys.split("|"):
                    table.setdefault(k, []).append(e)
        # fuzzy matching: compact keys by length
        self.by_length: dict[int, list[tuple[str, Entry]]] = {}
        for k, es in self.exact.items():
            soft = soft_place(k)
            for e in es:
                self.by_length.setdefault(len(soft), []).append((soft, e))


@lru_cache(maxsize=1)
def _index() -> _Index:
    with gzip.open(GAZETTEER_FILE, "rt", encoding="utf-8") as fh:
        return _Index(json.load(fh))


def load() -> None:
    """Load the data now (otherwise it loads on first use)."""
    _index()


# --------------------------------------------------------------------------- lookup


def is_exact_name(text: str) -> bool:
    """True when ``text`` is exactly the (normalised) name of some entry; no fuzzy matching."""
    return bool(_index().exact.get(normalise_place(text)))


def is_name_head(text: str) -> bool:
    """True when ``text`` is exactly a name or the head of one (``Neustadt`` of ``Neustadt in Sachsen``)."""
    key = normalise_place(text)
    return bool(_index().exact.get(key) or _index().heads.get(key))


def get(key: str) -> Entry | None:
    """The entry with this key (2-digit Land, 5-digit Kreis, 9-digit Verband, 8-digit AGS;
    a 12-digit ARS resolves to its municipality)."""
    idx = _index()
    key = key.strip()
    if len(key) == 12 and key.isdigit():
        key = key[:5] + key[9:]
    return idx.by_key.get(key)


def entries(level: str | None = None, land: str | None = None) -> list[Entry]:
    """All entries, optionally of one level (gemeinde, verband, kreis, land) and one Land."""
    return [e for e in _index().entries
            if (level is None or e.level == level) and (land is None or e.land == land)]


def kreis_of(key: str) -> Entry | None:
    """The Kreis (or kreisfreie Stadt as Kreis) of a municipality, Amt or Kreis key."""
    key = key.strip()
    return get(key[:5]) if len(key) >= 5 else None


# what may follow a name in the register: a qualifier (``a.d.Donau``, ``i.Fichtelgebirge``, ``(Geiseltal)``)
_QUALIFIER_AFTER = re.compile(r"^(?:a d|an der|am|an|i d|in der|im|in|i|ob der|b|bei|v d) \S")


def _rest(forms: frozenset[str], folded: str) -> str:
    """What follows ``folded`` in the longest form that starts with it, else an empty string."""
    rests = [f[len(folded) + 1 :] for f in forms if f.startswith(folded + " ")]
    return max(rests, key=len) if rests else ""


@lru_cache(maxsize=1)
def _kreise_by_name() -> dict[str, frozenset[str]]:
    """Normalised name (also without its qualifier) → the Kreise with a municipality or Amt of that name."""
    found: dict[str, set[str]] = {}
    for e in _index().entries:
        if e.level not in {"gemeinde", "verband"}:
            continue
        for n in {*e.names, e.head}:
            form = normalise_place(n)
            cut = re.search(r" (?:a d|an der|am|an|i d|in der|im|in|i|ob der|b|bei|v d) \S", form)
            for key in {form, form[: cut.start()] if cut else form}:
                found.setdefault(key, set()).add(e.key[:5])
    return {k: frozenset(v) for k, v in found.items()}


def kreise_named(name: str) -> frozenset[str]:
    """The Kreise (5-digit keys) that have a municipality or Amt called ``name`` (kind words dropped)."""
    return _kreise_by_name().get(normalise_place(split_kind(name)[0]), frozenset())


@lru_cache(maxsize=512)
def _kreis_forms(kreis: str) -> list[tuple[frozenset[str], Entry]]:
    """The municipalities and Ämter of a Kreis with the folded forms of their names."""
    return [
        (frozenset(normalise_place(n) for n in {*e.names, e.head}), e)
        for e in _index().entries
        if e.key.startswith(kreis) and e.level in {"gemeinde", "verband"}
    ]


def link_in_kreis(name: str, kreis: str, kind: str | None = None) -> Link | None:
    """Link a place name to the one municipality or Amt of the Kreis ``kreis`` (5-digit key) that bears it,
    also where the register adds a qualifier (``Höchstädt`` → ``Höchstädt a.d.Donau``); ``None`` when the
    Kreis has none or several."""
    core, word = split_kind(name)
    folded = normalise_place(core)
    if not folded:
        return None
    level = kind_level(kind)[0]
    if level is None and word:
        level = _KIND_WORDS.get(word, (None, None))[0]
    forms_of = _kreis_forms(kreis)
    cands = [e for forms, e in forms_of if folded in forms or _QUALIFIER_AFTER.match(_rest(forms, folded))]
    if level is not None:
        cands = [e for e in cands if e.level == level]  # ``Amt Lebus`` beside the Gemeinde Lebus
    if kind and normalise_place(kind) in {"stadt", "gemeinde"}:
        city = normalise_place(kind) == "stadt"
        cands = [e for e in cands if (e.kind in CITY_KINDS) == city]  # a Gemeinde: not the Stadt of its name
    if len(cands) != 1:
        return None
    e = cands[0]
    return Link(e.key, e.name, e.kind, 0.9, e)


def amt_of(ags: str) -> Entry | None:
    """The Amt/Gemeindeverband a municipality belongs to, or None (amtsfrei)."""
    e = get(ags)
    return get(e.verband) if e is not None and e.verband else None


def members_of_amt(key: str) -> list[Entry]:
    """The member municipalities of an Amt/Verbandsgemeinde (9-digit key)."""
    return list(_index().members.get(key.strip(), [])) if len(key.strip()) == 9 else []


def municipalities_in_kreis(key: str) -> list[Entry]:
    """The municipalities of a Kreis (5-digit key; a kreisfreie Stadt gives itself)."""
    return list(_index().members.get(key.strip(), [])) if len(key.strip()) == 5 else []


def shape(ags: str) -> list[list[list[float]]] | None:
    """Simplified boundary rings ``[[lon, lat], …]`` of a Brandenburg municipality (fill evenodd)."""
    return _shapes().get(ags)


@lru_cache(maxsize=1)
def _shapes() -> dict[str, list[list[list[float]]]]:
    with gzip.open(SHAPES_FILE, "rt", encoding="utf-8") as fh:
        return json.load(fh)["shapes"]


# --------------------------------------------------------------------------- linking


def _levenshtein(a: str, b: str, limit: int) -> int:
    """Edit distance of ``a`` and ``b``, or ``limit + 1`` once it exceeds ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > limit:
            return limit + 1
        prev = cur
    return prev[-1]


def _allowed_edits(key: str) -> int:
    n = len(key)
    return 0 if n < 6 else 1 if n < 10 else 2


def _compatible(q: str | None, e: Entry) -> bool:
    """Does the qualifier written with a name agree with the entry (qualifier, Sorbian half, Kreis)?"""
    if not q:
        return True
    sq = soft_place(normalise_place(q))
    options = [e.qualifier, e.sorbian]
    kreis = get(e.kreis) if e.kreis else None
    if kreis is not None:
        options.append(kreis.short)
    for opt in options:
        if opt:
            so = soft_place(normalise_place(opt))
            limit = max(1, _allowed_edits(so))
            if sq == so or _levenshtein(sq, so, limit) <= limit:
                return True
    return False


def _in_scope(es: Iterable[Entry], land: str | None) -> list[Entry]:
    return list({e.key: e for e in es if land is None or e.land == land}.values())


def _stages(core: str, land: str | None) -> Iterable[tuple[str, float, list[Entry]]]:
    """Candidate sets in order of trust: (stage, confidence, entries)."""
    idx = _index()
    key = normalise_place(core)
    fkey = fold_place(key)
    head, q = _split_qualifier(core)
    fhead = fold_place(normalise_place(head))

    def heads(scope: str | None) -> list[Entry]:
        found = _in_scope(idx.heads.get(fhead, []) + idx.heads.get(fkey, []), scope)
        return [e for e in found if _compatible(q, e)]

    if land is None:
        yield "exact", 1.0, _in_scope(idx.exact.get(key, []), None)
        yield "folded", 0.93, _in_scope(idx.folded.get(fkey, []), None)
        yield "head", 0.85, heads(None)
        yield "fuzzy", 0.8, _fuzzy(soft_place(key), None, strict=False)
        return
    yield "exact", 1.0, _in_scope(idx.exact.get(key, []), land)
    yield "folded", 0.93, _in_scope(idx.folded.get(fkey, []), land)
    yield "head", 0.85, heads(land)
    yield "exact elsewhere", 0.95, _in_scope(idx.exact.get(key, []), None)
    # a typo of a name in the Land competes with a spelling variant of a name elsewhere
    near = _fuzzy(soft_place(key), land, strict=False)
    yield "fuzzy or folded elsewhere", 0.8, near + _in_scope(idx.folded.get(fkey, []), None)
    yield "fuzzy elsewhere", 0.75, _fuzzy(soft_place(key), None, strict=True)


def _fuzzy(skey: str, land: str | None, strict: bool) -> list[Entry]:
    limit = _allowed_edits(skey)
    if strict:
        limit = min(limit, 1) if len(skey) >= 8 else 0
    if limit == 0:
        return []
    best, found = limit + 1, {}
    idx = _index()
    for n in range(len(skey) - limit, len(skey) + limit + 1):
        for k, e in idx.by_length.get(n, []):
            if land is not None and e.land != land:
                continue
            d = _levenshtein(skey, k, min(best, limit))
            if d < best:
                best, found = d, {e.key: e}
            elif d == best and d <= limit:
                found[e.key] = e
    return list(found.values())


def _choose(cands: list[Entry], level: str | None, kinds: frozenset[str] | None) -> tuple[Entry | None, bool]:
    """Pick the one entry a name means, or None; the flag says whether candidates remained at all."""
    if level == "none":
        return None, False
    if level:
        pool = [e for e in cands if e.level == level]
        if not pool:
            return None, False
        if kinds and len(pool) > 1:
            pool = [e for e in pool if e.kind in kinds] or pool
        return (pool[0] if len(pool) == 1 else None), True
    if not cands:
        return None, False
    for lvl in ("gemeinde", "verband", "kreis"):
        pool = [e for e in cands if e.level == lvl]
        if pool:
            return (pool[0] if len(pool) == 1 else None), True
    return None, True  # only Länder: "Brandenburg" is the Land, not a key we link


def link(name: str, kind: str | None = None, land: str | None = BRANDENBURG) -> Link | None:
    """Link a place name to one entry, or None when not certain.

    ``kind`` is a hint (``Stadt``, ``Gemeinde``, ``Amt``, ``Landkreis``, ``Verband``; also a kind
    word in the name, ``Amt Lebus`` / ``Lebus, Stadt``); ``land`` the Land of the context (default
    Brandenburg, ``None`` for all Germany): names are resolved there first, elsewhere only exactly.
    """
    if not name or not name.strip():
        return None
    core, word = split_kind(name)
    level, kinds = kind_level(kind)
    if level is None and word:
        level, kinds = _KIND_WORDS.get(word, (None, None))
    if level == "land" and kind is None and word is None:
        level = None
    # a register name that itself starts with a kind word ("Amt Neuhaus") wins over the split
    raw = normalise_place(name)
    for scope in ([land, None] if land else [None]):
        whole = _in_scope(_index().exact.get(raw, []), scope)
        if whole and word and name.strip().endswith(core):
            chosen, _ = _choose(whole, kind_level(kind)[0], kind_level(kind)[1])
            if chosen is not None:
                return Link(chosen.key, chosen.name, chosen.kind, 1.0, chosen)
    if not core:
        return None
    for _stage, conf, cands in _stages(core, land):
        chosen, had = _choose(cands, level, kinds)
        if chosen is not None:
            if level is None and len({e.level for e in cands} - {"land"}) > 1:
                conf -= 0.05
            if kinds and chosen.kind not in kinds:
                conf -= 0.05
            return Link(chosen.key, chosen.name, chosen.kind, round(conf, 2), chosen)
        if had:
            return None  # candidates exist at this stage but none is certain: stop here
    return None


def find(name: str, land: str | None = None, kind: str | None = None) -> list[Entry]:
    """All entries a name may mean, most trusted match first (for query-time resolution,
    e.g. ``kreis:Havelland`` or ``amt:Lebus``); empty when nothing matches."""
    if not name or not name.strip():
        return []
    core, word = split_kind(name)
    level, _ = kind_level(kind) if kind else _KIND_WORDS.get(word or "", (None, None))
    for _stage, _conf, cands in _stages(core or name, land):
        pool = [e for e in cands if level in (None, e.level)]
        if pool:
            return sorted(pool, key=lambda e: (LEVELS.index(e.level), -(e.population or 0)))
    return []
