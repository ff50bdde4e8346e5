"""Gazetteer: lookup, hierarchy and name linking measured on variants generated from the data."""

from __future__ import annotations

import random
import re
import subprocess
import sys
import unicodedata
from collections import defaultdict

import pytest

from archive import gazetteer as g

# --------------------------------------------------------------------------- lookup


def test_lookup_and_hierarchy() -> None:
    lebus = g.get("12064268")
    assert lebus is not None and lebus.kind == "Stadt" and lebus.short == "Lebus"
    assert g.get("120645406268") == lebus  # ARS
    amt = g.amt_of("12064268")
    assert amt is not None and amt.key == "120645406" and amt.kind == "Amt"
    assert [e.key for e in g.members_of_amt("120645406")] == [
        "12064268", "12064388", "12064420", "12064480", "12064539"]
    assert g.kreis_of("12064268").name == "Märkisch-Oderland"  # type: ignore[union-attr]
    assert len(g.municipalities_in_kreis("12064")) == 45
    assert len(g.entries("gemeinde", "12")) == 416
    assert g.amt_of("12054000") is None
    cottbus = g.get("12052000")
    assert cottbus is not None and cottbus.german == "Cottbus" and cottbus.sorbian == "Chóśebuz"
    assert cottbus.population and cottbus.lat and cottbus.lon
    assert g.get("12").kind == "Land"  # type: ignore[union-attr]


def test_name_forms() -> None:
    assert g.name_forms("Neustadt (Dosse), Stadt", "gemeinde", "12068") == (
        "Neustadt (Dosse)", "Neustadt (Dosse)", None, "Neustadt", "Dosse")
    assert g.name_forms("Lübbenau/Spreewald / Lubnjow/Błota, Stadt", "gemeinde", "12066")[1:4] == (
        "Lübbenau/Spreewald", "Lubnjow/Błota", "Lübbenau")
    assert g.name_forms("Wusterhausen/Dosse", "gemeinde", "12068")[2] is None
    assert g.name_forms("Senftenberg/Zły Komorow, Stadt", "gemeinde", "12066")[2] == "Zły Komorow"
    assert g.normalise_place("Fürstenberg/Havel") == g.normalise_place("Fuerstenberg (Havel)")
    assert g.normalise_place("FÃ¼rstenberg") == "fuerstenberg"
    assert g.split_kind("Amt Lebus") == ("Lebus", "amt")
    assert g.split_kind("Lebus, Stadt") == ("Lebus", "stadt")
    assert g.split_kind("der Stadt Wittenberge") == ("Wittenberge", "stadt")


def test_shapes_and_stored_keys_are_current() -> None:
    rings = g.shape("12064268")
    assert rings and 4 <= sum(len(r) for r in rings) <= 80
    assert all(len(p) == 2 for r in rings for p in r)
    # the data file's precomputed keys agree with the code (else rebuild with scripts/build_gazetteer.py)
    for e in g.entries(land="12")[:200]:
        short, german, sorbian, head, qualifier = g.name_forms(e.name, e.level, e.kreis)
        forms = (short, german, sorbian, head, qualifier)
        assert (e.short, e.german, e.sorbian, e.head, e.qualifier) == forms


def test_load_time() -> None:
    code = ("import time; t=time.perf_counter(); from archive import gazetteer as g; g.load(); "
            "print(time.perf_counter()-t)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    seconds = float(out)
    assert seconds < 1.0  # ~0.13 s on a developer machine; generous for CI


# --------------------------------------------------------------------------- examples

CASES = [
    ("Cottbus/Chósebuz", "Stadt", "12052000"),
    ("Cottbus/Chóśebuz", None, "12052000"),
    ("Cottbus", None, "12052000"),
    ("Cottbus", "Landkreis", "12052"),
    ("Senftenberg/Zty Komorow", "Stadt", "12066304"),
    ("Amt Lebus", None, "120645406"),
    ("Lebus", "Amt", "120645406"),
    ("Lebus, Stadt", None, "12064268"),
    ("Stadt Lebus", None, "12064268"),
    ("Neustadt/Dosse", None, "12068324"),
    ("Neustadt (Dosse)", "Amt", "120685805"),
    ("Amt Neustadt/Dosse", None, "120685805"),
    ("Fürstenberg/Havel", None, "12065084"),
    ("Fürstenberg (Havel)", "Stadt", "12065084"),
    ("Fuerstenberg/Havel", None, "12065084"),
    ("FÃ¼rstenberg/Havel", None, "12065084"),
    ("F?rstenberg/Havel", None, "12065084"),
    ("Märkische Heide", "Gemeinde", "12061329"),
    ("Markojska Góla", None, "12061329"),
    ("Maerkische Heide", None, "12061329"),
    ("Schoenwalde-Glien", None, "12063273"),
    ("Schönwalde Glien", None, "12063273"),
    ("Landkreis Havelland", None, "12063"),
    ("Frankfurt (Oder)", None, "12053000"),
    ("Frankfurt am Main", None, "06412000"),
    ("Hamburg", None, "02000000"),
    ("Berlin", None, "11000000"),
    ("Amt Neuhaus", None, "03355049"),
    ("Verbandsgemeinde Liebenwerda", None, "120625031"),
]


@pytest.mark.parametrize(("name", "kind", "key"), CASES)
def test_examples(name: str, kind: str | None, key: str) -> None:
    found = g.link(name, kind)
    assert found is not None and found.key == key, (name, found)


@pytest.mark.parametrize(("name", "kind", "land"), [
    ("Brandenburg", None, "12"),  # the Land, not Brandenburg an der Havel
    ("Golzow", None, "12"),  # two municipalities in Brandenburg
    ("Neustadt", None, None),
    ("Frankfurt", None, None),
    ("Halle", None, None),
    ("Städte- und Gemeindebund Brandenburg", None, "12"),
    ("Wusterhausen/Dosse", "Amt", "12"),  # not an Amt
    ("Lebus", "Verband", "12"),
    ("", None, "12"),
])
def test_no_link(name: str, kind: str | None, land: str | None) -> None:
    assert g.link(name, kind, land=land) is None


def test_find_for_queries() -> None:
    assert [e.key for e in g.find("Havelland")] == ["12063"]
    assert [e.key for e in g.find("Lebus", land="12")] == ["12064268", "120645406"]
    assert g.find("amt lebus")[0].key == "120645406"
    assert len(g.find("Neustadt")) > 3


# --------------------------------------------------------------------------- generated test set


def _strict(text: str) -> str:
    """Independent simple normalisation used only to decide which names are ambiguous."""
    text = text.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", " ", text.replace("ł", "l")).strip()


_UML = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"}
_KIND_PREFIX = {"Stadt": "Stadt", "Kreisfreie Stadt": "Stadt", "Gemeinde": "Gemeinde", "Amt": "Amt",
                "Verbandsgemeinde": "Verbandsgemeinde", "Landkreis": "Landkreis"}


def _variants(e: g.Entry, rng: random.Random) -> list[tuple[str, str | None, str]]:
    """(text, kind hint, variant type) for one entry."""
    hint = {"verband": "Amt", "kreis": "Landkreis"}.get(e.level)
    out = [(e.name, hint, "official"), (e.short, hint, "short")]
    if e.kind in _KIND_PREFIX and (e.level != "kreis" or e.kind == "Landkreis"):
        out.append((f"{_KIND_PREFIX[e.kind]} {e.german}", None, "kind prefix"))
        if e.level == "gemeinde":
            out.append((f"{e.german}, {_KIND_PREFIX[e.kind]}", None, "kind suffix"))
    if any(c in e.short for c in _UML):
        out.append(("".join(_UML.get(c, c) for c in e.short), hint, "umlaut spelling"))
        out.append((e.short.replace("ä", "a").replace("ö", "o").replace("ü", "u"), hint, "umlaut dropped"))
    if e.qualifier:
        out.append((f"{e.head}/{e.qualifier}", hint, "slash qualifier"))
        out.append((f"{e.head} ({e.qualifier})", hint, "paren qualifier"))
    if e.sorbian:
        out.append((e.german, hint, "german half"))
        out.append((e.sorbian, hint, "sorbian half"))
        plain = "".join(c for c in unicodedata.normalize("NFKD", e.short) if not unicodedata.combining(c))
        out.append((plain.replace("ł", "t").replace("Ł", "T"), hint, "damaged sorbian"))
    if len(e.short) >= 9:
        i = rng.randrange(2, len(e.short) - 1)
        if e.short[i].isalpha():
            out.append((e.short[:i] + "?" + e.short[i + 1:], hint, "damaged char"))
        j = rng.randrange(2, len(e.short) - 1)
        if e.short[j].isalpha():
            out.append((e.short[:j] + e.short[j + 1:], hint, "dropped char"))
    if "-" in e.short:
        out.append((e.short.replace("-", " "), hint, "hyphen as space"))
    out.append((e.short.upper(), hint, "upper case"))
    return out


_CITY = {"Stadt", "Kreisfreie Stadt", "Große Kreisstadt", "Stadtkreis"}


def _generate() -> list[tuple[str, str | None, str | None, str | None, str]]:
    """(text, kind, land, expected key or None, type) over Brandenburg plus a sample of Germany."""
    rng = random.Random(20200520)
    cases = []
    names: dict[tuple[str | None, str], set[str]] = defaultdict(set)  # (land, name) -> keys
    for e in g.entries():
        if e.level != "land":
            for n in {e.short, e.german, e.sorbian or e.german}:
                names[(e.land, _strict(n))].add(e.key)
                names[(None, _strict(n))].add(e.key)

    def expected(e: g.Entry, text: str, kind: str | None, land: str | None) -> str | bool | None:
        core, word = g.split_kind(text)
        base = _strict(core)
        own = {_strict(n) for n in (e.short, e.german, e.sorbian) if n}
        if base not in own:
            if names.get((None, base)):
                return False  # a damaged form that happens to be another real name: skip
            base = _strict(e.short)  # judged by the name it damages
        others = [g.get(k) for k in names.get((land, base), set()) if k != e.key]
        same = [o for o in others if o is not None and o.level == e.level]
        hint = kind or word
        if hint and same:
            is_city = hint.lower() in ("stadt", "kreisfreie stadt", "grosse kreisstadt")
            same = [o for o in same if (o.kind in _CITY) == is_city or (e.kind in _CITY) != is_city]
        return None if same else e.key

    bb = [e for e in g.entries(land="12") if e.level in ("gemeinde", "verband", "kreis")]
    for e in bb:
        for text, kind, typ in _variants(e, rng):
            key = expected(e, text, kind, "12")
            if key is not False:
                cases.append((text, kind, "12", key, typ))
    others = [e for e in g.entries("gemeinde") if e.land != "12"]
    for e in rng.sample(others, 300):
        key = expected(e, e.short, None, e.land)
        if key is not False:
            cases.append((e.short, None, e.land, key, "other Land, in context"))
    # names shared by several municipalities in Germany, without Land context
    shared = defaultdict(list)
    for e in g.entries("gemeinde"):
        shared[_strict(e.short)].append(e)
    amb = sorted(n for n, es in shared.items() if len(es) > 1)
    for n in rng.sample(amb, 150):
        cases.append((shared[n][0].short, None, None, None, "ambiguous, no context"))
    return cases


def test_generated_precision_recall() -> None:
    cases = _generate()
    assert len(cases) >= 200
    linked = correct = expected_links = 0
    wrong: list[tuple] = []
    ambiguous_linked: list[tuple] = []
    missed: list[tuple] = []
    for text, kind, land, key, typ in cases:
        found = g.link(text, kind, land=land)
        if key is not None:
            expected_links += 1
        if found is None:
            if key is not None:
                missed.append((text, kind, typ, key))
            continue
        linked += 1
        if found.key == key:
            correct += 1
        elif key is None:
            ambiguous_linked.append((text, kind, land, typ, found.key))
        else:
            wrong.append((text, kind, typ, key, found.key))
    precision = correct / linked
    recall = correct / expected_links
    print(f"\n{len(cases)} cases, precision {precision:.4f}, recall {recall:.4f}, "
          f"wrong {len(wrong)}, ambiguous linked {len(ambiguous_linked)}, missed {len(missed)}")
    assert not [a for a in ambiguous_linked if a[3] == "ambiguous, no context"], ambiguous_linked[:10]
    assert precision >= 0.99, (wrong + ambiguous_linked)[:20]
    assert recall >= 0.95, missed[:20]
