"""Persons across releases: keys, organisations and pairwise merge quality on invented releases."""

from __future__ import annotations

import itertools
import json
import random
from pathlib import Path

from archive.organisations import normalise_organisation, organisation_key, split_role
from archive.persons import build_persons, person_key
from archive.record import Mentions, Record, Source, Speaker


def test_person_key() -> None:
    assert person_key("Dr. Oliver Hermann") == person_key("Oliver Hermann") == "oliver hermann"
    assert person_key("Prof. Dr.-Ing. Hans-Jürgen Müller") == "hans juergen mueller"
    assert person_key("Hans Juergen MUELLER") == "hans juergen mueller"
    assert person_key("Frau Anna Weiß (SPD)") == "anna weiss"


def test_organisations() -> None:
    assert normalise_organisation("des Städte- und Gemeindebundes Brandenburg") == (
        "Städte- und Gemeindebund Brandenburg")
    assert normalise_organisation("der Staatskanzlei des Landes Brandenburg") == (
        "Staatskanzlei des Landes Brandenburg")
    assert normalise_organisation("des Landkreises Oder-Spree") == "Landkreis Oder-Spree"
    assert normalise_organisation("des Zweckverbandes Digitale Kommunen") == "Zweckverband Digitale Kommunen"
    assert organisation_key("des KRZ Cottbus") == organisation_key("KRZ Cottbus")
    assert split_role("Bürgermeister der Stadt Wittenberge und Präsident des Städte- und "
                      "Gemeindebundes Brandenburg") == [
        ("Bürgermeister", "Stadt Wittenberge"), ("Präsident", "Städte- und Gemeindebund Brandenburg")]


# --------------------------------------------------------------------------- invented test set

# (person id, given, surname, honorific, [(from release index, role, organisation)])
PEOPLE = [
    ("p01", "Oliver", "Hermann", "Dr.", [(0, "Bürgermeister", "Stadt Seestadt")]),
    ("p02", "Jens", "Graf", None, [(0, "Geschäftsführer", "Gemeindebund Nordland")]),
    ("p03", "Benjamin", "Grimm", "Dr.", [(0, "Staatssekretär", "Staatskanzlei Nordland")]),
    ("p04", "Klaus", "Kandt", None, [(0, "Staatssekretär", "Innenministerium Nordland")]),
    ("p05", "Steffen", "Apelt", None, [(0, "Bürgermeister", "Stadt Hohenfeld")]),
    ("p06", "Oliver", "Bölke", None, [(0, "Werkleiter", "Rechenzentrum Südstadt")]),
    ("p07", "Anna", "Weiß", None, [(0, "Landrätin", "Landkreis Mittelheide")]),
    ("p08", "Thomas", "Schulz", None, [(0, "Bürgermeister", "Gemeinde Birkenau")]),
    ("p09", "Thomas", "Schulz", "Prof.", [(0, "Präsident", "Hochschule Lindenberg")]),  # homonym of p08
    ("p10", "Maria", "Schmidt", None, [(0, "Amtsdirektorin", "Amt Eichenwald")]),
    ("p11", "Maria", "Schmidt", None, [(0, "Pressesprecherin", "Polizeidirektion Ost")]),  # homonym
    ("p12", "Hans-Peter", "Müller", None, [(0, "Beigeordneter", "Stadt Wiesental"),
                                           (12, "Bürgermeister", "Stadt Wiesental")]),  # role change
    ("p13", "Sabine", "Krüger", "Dr.", [(0, "Ministerin", "Ministerium für Wirtschaft"),
                                        (15, "Ministerin", "Ministerium für Wirtschaft")]),
    ("p14", "Peter", "Lehmann", None, [(0, "Amtsdirektor", "Amt Sandfeld")]),
    ("p15", "Karin", "Neumann", None, [(0, "Vorsitzende", "Kreistag Mittelheide")]),
    ("p16", "Michael", "Wagner", None, [(0, "Kämmerer", "Stadt Seestadt")]),
    ("p17", "Stefan", "Becker", None, [(0, "Geschäftsführer", "Wirtschaftsförderung Nordland")]),
    ("p18", "Julia", "Hoffmann", None, [(0, "Dezernentin", "Landkreis Mittelheide"),
                                        (10, "Erste Beigeordnete", "Landkreis Mittelheide")]),
    ("p19", "Frank", "Richter", None, [(0, "Bürgermeister", "Gemeinde Kiefernheide")]),
    ("p20", "Andreas", "Wolf", None, [(0, "Leiter", "Feuerwehr Seestadt")]),
    ("p21", "Christine", "Schäfer", None, [(0, "Schulleiterin", "Gymnasium Seestadt")]),
    ("p22", "Uwe", "Koch", None, [(0, "Ortsvorsteher", "Ortsteil Buchholz")]),
    ("p23", "Petra", "Bauer", None, [(0, "Gleichstellungsbeauftragte", "Stadt Hohenfeld")]),
    ("p24", "Jörg", "Klein", None, [(0, "Vorstand", "Sparkasse Mittelheide")]),
    ("p25", "Sandra", "Schröder", None, [(0, "Leiterin", "Jobcenter Mittelheide")]),
    ("p26", "Ralf", "Zimmermann", None, [(0, "Präsident", "Handwerkskammer Nordland")]),
    ("p27", "Birgit", "Braun", None, [(0, "Direktorin", "Amtsgericht Seestadt")]),
    ("p28", "Matthias", "Hartmann", "Dr.", [(0, "Chefarzt", "Klinikum Seestadt")]),
    ("p29", "Katrin", "Lange", None, [(0, "Bürgermeisterin", "Gemeinde Birkenau")]),
    ("p30", "Dirk", "Schmitt", None, [(0, "Landrat", "Landkreis Oberheide")]),
    ("p31", "Dirk", "Schmitt", None, [(0, "Trainer", "Sportverein Seestadt")]),  # homonym
    ("p32", "Heike", "Krause", None, [(0, "Verbandsvorsteherin", "Zweckverband Wasser Nord")]),
]
N_RELEASES = 24


def _variants(given: str, surname: str, honorific: str | None, rng: random.Random) -> list[str]:
    full = f"{given} {surname}"
    out = [full, f"{honorific} {full}" if honorific else full]
    if "ü" in surname or "ö" in surname or "ß" in surname:
        out.append(f"{given} {surname.replace('ü', 'ue').replace('ö', 'oe').replace('ß', 'ss')}")
    if "-" in given:
        out.append(f"{given.replace('-', ' ')} {surname}")
    if len(surname) >= 6 and rng.random() < 0.5:  # a misspelling: doubled consonant
        i = next((i for i, c in enumerate(surname) if c in "nmrlt" and i > 1), None)
        if i is not None:
            out.append(f"{given} {surname[:i] + surname[i] + surname[i:]}")
    return out


def _invented() -> tuple[list[Record], dict[tuple[str, str], str]]:
    """Releases with speakers and name mentions; gold maps (record id, name as written) → person."""
    rng = random.Random(7)
    records, gold = [], {}
    for r in range(N_RELEASES):
        rid = f"rel-{r:02d}"
        date = f"2021-{1 + r // 2:02d}-{1 + 14 * (r % 2):02d}"
        # 4-6 persons per release, homonyms never together in one release
        chosen: list[tuple] = []
        for p in rng.sample(PEOPLE, len(PEOPLE)):
            if len(chosen) >= rng.randint(4, 6):
                break
            if any(c[1:3] == p[1:3] for c in chosen):
                continue
            chosen.append(p)
        speakers, names = [], []
        for pid, given, surname, hon, history in chosen:
            role, org = next((ro, o) for start, ro, o in reversed(history) if start <= r)
            name = rng.choice(_variants(given, surname, hon, rng))
            if rng.random() < 0.75:
                phrasing = rng.choice([f"{role} {_genitive(org)}", role])
                organisation = org if rng.random() < 0.8 else None
                speakers.append(Speaker(name=name, role=phrasing, organisation=organisation,
                                        quotes=[f"Zitat von {surname} in {rid}"]))
                gold[(rid, name)] = pid
                if rng.random() < 0.4:  # the surname alone elsewhere in the text
                    names.append(surname)
                    gold[(rid, surname)] = pid
            else:
                names.append(name)
                gold[(rid, name)] = pid
        records.append(Record(id=rid, source=Source(uri=f"file:///{rid}.txt", sha256="0" * 64, format="text",
                                                    bytes=1), date=date, speakers=speakers,
                              mentions=Mentions(persons=names)))
    return records, gold


def _genitive(org: str) -> str:
    first, _, rest = org.partition(" ")
    if first.endswith(("stadt", "Stadt", "kanzlei", "direktion", "förderung", "feuerwehr", "Gemeinde",
                       "kasse", "kammer", "Hochschule")):
        return f"der {org}"
    return f"des {first}{'es' if first.endswith(('kreis', 'verband')) else 's'} {rest}".strip()


def _pairwise(records: list[Record], gold: dict[tuple[str, str], str], overrides: dict | None = None
              ) -> tuple[float, float]:
    persons = build_persons(records, overrides)
    predicted = {(m.record_id, m.name): p.id for p in persons for m in p.mentions}
    assert set(predicted) == set(gold), set(gold) ^ set(predicted)
    tp = fp = fn = 0
    for a, b in itertools.combinations(sorted(gold), 2):
        same_gold, same_pred = gold[a] == gold[b], predicted[a] == predicted[b]
        tp += same_gold and same_pred
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    return tp / (tp + fp), tp / (tp + fn)


def test_invented_releases_pairwise_quality() -> None:
    records, gold = _invented()
    assert len(set(gold.values())) >= 30 and len(records) >= 20
    precision, recall = _pairwise(records, gold)
    print(f"\npersons: {len(set(gold.values()))} over {len(records)} releases, {len(gold)} mentions; "
          f"pairwise precision {precision:.4f}, recall {recall:.4f}")
    assert precision >= 0.98
    assert recall >= 0.95


def test_seed_speaker_within_release_and_roles() -> None:
    src = Source(uri="file:///a.txt", sha256="0" * 64, format="text", bytes=1)
    r1 = Record(id="a", source=src, date="2020-05-20", speakers=[Speaker(
        name="Dr. Oliver Hermann", role="Bürgermeister der Stadt Wittenberge und Präsident des Städte- und "
        "Gemeindebundes Brandenburg", organisation="Stadt Wittenberge", quotes=["Q1"])],
        mentions=Mentions(persons=["Oliver Hermann", "Hermann"]))
    r2 = Record(id="b", source=src, date="2021-03-01", speakers=[Speaker(
        name="Oliver Herrmann", role="Präsident des Städte- und Gemeindebundes Brandenburg")])
    r3 = Record(id="c", source=src, date="2021-06-01", speakers=[Speaker(
        name="Oliver Hermann", role="Trainer des FC Irgendwo", organisation="FC Irgendwo")])
    persons = build_persons([r3, r2, r1])
    assert len(persons) == 2
    main = next(p for p in persons if len(p.mentions) == 3)
    assert main.name == "Dr. Oliver Hermann"
    roles = {(m.role, m.organisation, m.start, m.end) for m in main.memberships}
    assert ("Präsident", "Städte- und Gemeindebund Brandenburg", "2020-05-20", "2021-03-01") in roles
    assert ("Bürgermeister", "Stadt Wittenberge", "2020-05-20", "2020-05-20") in roles
    assert main.mentions[0].quotes == ["Q1"]


def test_overrides(tmp_path: Path) -> None:
    src = Source(uri="file:///a.txt", sha256="0" * 64, format="text", bytes=1)
    recs = [
        Record(id="x1", source=src, date="2020-01-01",
               speakers=[Speaker(name="Eva Nowak", role="Amtsdirektorin", organisation="Amt Heide")]),
        Record(id="x2", source=src, date="2022-01-01",
               speakers=[Speaker(name="Eva Nowak", role="Landrätin", organisation="Landkreis Moor")]),
        Record(id="x3", source=src, date="2022-02-01",
               speakers=[Speaker(name="Eva Nowak", role="Landrätin", organisation="Landkreis Moor")]),
    ]
    assert len(build_persons(recs)) == 2  # role and organisation changed at once: kept apart
    path = tmp_path / "persons-overrides.json"
    path.write_text(json.dumps({"merge": [["Eva Nowak@x1", "Eva Nowak@x2"]]}), encoding="utf-8")
    assert len(build_persons(recs, tmp_path)) == 1
    persons = build_persons(recs, {"split": [{"name": "Eva Nowak", "records": ["x3"]}]})
    assert sorted(len(p.mentions) for p in persons) == [1, 1, 1]


# --------------------------------------------------------------------------- blocking and order


def _outcome(persons: list) -> list:
    return [(p.id, p.name, [(m.record_id, m.name, m.role, m.organisation) for m in p.mentions])
            for p in persons]


def _near_collisions(seed: int, count: int = 300) -> list[Record]:
    """Releases crowded with agreeing and clashing names: initials, surnames alone, surnames one
    edit apart (long and short), homonyms, organisations and functions from small pools."""
    rng = random.Random(seed)
    given = ["Oliver", "O.", "Olaf", "Anna", "A.", "Hans-Peter", "Hans Peter", ""]
    surnames = ["Hermann", "Herrmann", "Herman", "Hermanns", "Schmidt", "Schmitt", "Schmid", "Graf",
                "Graff", "Kuhn", "Kühn", "Kuhnn", "Weiß", "Weiss"]
    roles = ["Bürgermeister", "Bürgermeisterin", "Landrat", "Präsident", "Sprecher", None]
    orgs = ["Stadt Seestadt", "Landkreis Mittelheide", "Amt Sandfeld", "Sportverein Seestadt", None]
    records = []
    for i in range(count):
        speakers, names = [], []
        for _ in range(rng.randint(1, 4)):
            name = f"{rng.choice(['', 'Dr. ', 'Frau '])}{rng.choice(given)} {rng.choice(surnames)}".strip()
            if rng.random() < 0.7:
                speakers.append(Speaker(name=name, role=rng.choice(roles), organisation=rng.choice(orgs)))
            else:
                names.append(name)
        records.append(Record(id=f"n-{i:04d}", source=Source(uri="file:///n.txt", sha256="0" * 64,
                                                            format="text", bytes=1),
                              date=f"20{10 + i % 12}-{1 + i % 12:02d}-01" if i % 17 else None,
                              speakers=speakers, mentions=Mentions(persons=names)))
    return records


def _full_comparison_merges(clusters: list, groups: list[list[str]]) -> list:
    """The plain reading of the override rule: every entity is checked against every reference."""
    def refers(ref: str, c) -> bool:
        name, _, record_id = ref.partition("@")
        return any(person_key(m.name) == person_key(name) and (not record_id or m.record_id == record_id)
                   for lo in c.locals_ for m in lo.mentions)
    for group in groups:
        hit = [c for c in clusters if any(refers(ref, c) for ref in group)]
        for other in hit[1:]:
            for lo in other.locals_:
                hit[0].add(lo)
            clusters.remove(other)
    return clusters


def test_blocking_matches_full_comparison(monkeypatch) -> None:
    """Comparing each release's person with the entities sharing a block gives the same persons
    as comparing it with every entity built so far (and the indexed merges as the plain ones)."""
    import archive.persons as persons_module

    cases = [(_invented()[0], None)]
    for seed in range(3):
        records = _near_collisions(seed)
        rng = random.Random(seed)
        refs = [(s.name, r.id) for r in records for s in r.speakers]
        overrides = {
            "merge": [[rng.choice(refs)[0], "@".join(rng.choice(refs))] for _ in range(8)],
            "split": [{"name": name, "records": [rid]} for name, rid in rng.sample(refs, 5)],
        }
        cases += [(records, None), (records, overrides)]
    blocked = [_outcome(build_persons(records, overrides)) for records, overrides in cases]
    everyone = lambda self, local: iter(list(self.entities.values()))  # noqa: E731
    monkeypatch.setattr(persons_module._Blocks, "probe", everyone)
    monkeypatch.setattr(persons_module, "_apply_merges", _full_comparison_merges)
    full = [_outcome(build_persons(records, overrides)) for records, overrides in cases]
    assert blocked == full


def test_build_does_not_depend_on_input_order() -> None:
    for records in (_invented()[0], _near_collisions(5)):
        expected = _outcome(build_persons(records))
        for seed in range(3):
            shuffled = list(records)
            random.Random(seed).shuffle(shuffled)
            assert _outcome(build_persons(shuffled)) == expected


def test_display_name_is_the_most_frequent_spelling_in_its_fullest_form() -> None:
    from archive.persons import _display_name

    names = ["Oliver Hermann", "Dr. Oliver Hermann", "Oliver Herrmann", "Hermann", "Oliver Hermann"]
    assert _display_name(names) == "Dr. Oliver Hermann"
    assert _display_name(["Günter Wollf", "Günter Wolff", "Günter Wolff"]) == "Günter Wolff"
