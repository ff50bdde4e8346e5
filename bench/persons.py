"""Person building across releases: time :func:`archive.persons.build_persons` on synthetic archives.

Generates N releases (``archive.record.Record``) quoting about N/10 distinct persons with German
names (honorifics, umlaut spellings, hyphenated given names, a few misspellings such as
Herrmann/Hermann, role changes over time, homonyms in other organisations, surnames alone as
mentions), then prints the time of ``build_persons`` at each size, the time of a baseline in the
same run (iterating every record and normalising each speaker and mentioned name with
``person_key``), and the ratio between the two. A near-linear build keeps the ratio roughly flat
as N grows.

The generator keeps the true person of every mention, so the bench also prints the merge quality:
pairwise precision, recall and F1 over mention pairs (counted from cluster sizes, never by
enumerating pairs), and the number of entities built against the number of true persons named.

    .venv/bin/python bench/persons.py [--sizes 2000 10000 50000] [--seed 1]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from archive.persons import build_persons, person_key  # noqa: E402
from archive.record import Mentions, Record, Source, Speaker  # noqa: E402

GIVEN = [
    "Oliver", "Jens", "Benjamin", "Klaus", "Steffen", "Anna", "Thomas", "Maria", "Hans-Peter", "Sabine",
    "Peter", "Karin", "Michael", "Stefan", "Julia", "Frank", "Andreas", "Christine", "Uwe", "Petra",
    "Jörg", "Sandra", "Ralf", "Birgit", "Matthias", "Katrin", "Dirk", "Heike", "Hans-Jürgen", "Jürgen",
    "Günter", "Ursula", "Monika", "Wolfgang", "Bernd", "Gabriele", "Susanne", "Martina", "Torsten",
    "Kerstin", "Christian", "Tobias", "Lena", "Sören", "Björn", "Anne-Kathrin", "Karl-Heinz", "Doris",
    "Renate", "Manfred", "Jan", "Nadine", "Daniel", "Katharina", "Marcel", "Franziska", "Holger",
    "Ines", "Rüdiger", "Bärbel", "Detlef", "Elke", "Henning", "Silke", "Volker", "Yvonne", "Lutz",
]
SURNAMES = [
    "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
    "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann",
    "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner",
    "Schmitz", "Krause", "Meier", "Lehmann", "Schmid", "Schulze", "Maier", "Köhler", "Herrmann",
    "König", "Walter", "Mayer", "Huber", "Kaiser", "Fuchs", "Peters", "Lang", "Scholz", "Möller",
    "Weiß", "Jung", "Hahn", "Schubert", "Vogel", "Friedrich", "Keller", "Günther", "Frank", "Berger",
    "Winkler", "Roth", "Beck", "Lorenz", "Baumann", "Franke", "Albrecht", "Schuster", "Simon",
    "Ludwig", "Böhm", "Winter", "Kraus", "Martin", "Schumacher", "Krämer", "Vogt", "Stein", "Jäger",
    "Otto", "Sommer", "Groß", "Seidel", "Heinrich", "Brandt", "Haas", "Schreiber", "Graf", "Schulte",
    "Dietrich", "Ziegler", "Kuhn", "Kühn", "Pohl", "Engel", "Horn", "Busch", "Bergmann", "Thomas",
    "Voigt", "Sauer", "Arnold", "Wolff", "Pfeiffer", "Grimm", "Kandt", "Apelt", "Bölke", "Hermann",
    "Nowak", "Kowalski", "Lindner", "Gärtner", "Rösler", "Schütze", "Wendt", "Hübner", "Förster",
    "Thiele", "Kretschmer", "Riedel", "Ebert", "Dörr", "Matthes", "Reinhardt", "Böttcher", "Ullrich",
]
HONORIFICS = ["Dr.", "Prof.", "Prof. Dr.", "Dipl.-Ing.", "Frau", "Herr"]
PLACES = [
    "Seestadt", "Hohenfeld", "Birkenau", "Wiesental", "Kiefernheide", "Lindenberg", "Eichenwald",
    "Sandfeld", "Buchholz", "Mittelheide", "Oberheide", "Nordland", "Südstadt", "Moorbach", "Tannhain",
    "Erlengrund", "Weidenau", "Fichtenwalde", "Rotbuchen", "Ahornfeld", "Espenhain", "Ulmenried",
]
ORG_KINDS = [  # (organisation pattern, genitive pattern, roles)
    ("Stadt {}", "der Stadt {}", ["Bürgermeister", "Beigeordneter", "Kämmerer", "Pressesprecherin"]),
    ("Gemeinde {}", "der Gemeinde {}", ["Bürgermeisterin", "Ortsvorsteher", "Kämmerin"]),
    ("Landkreis {}", "des Landkreises {}", ["Landrat", "Dezernentin", "Erste Beigeordnete"]),
    ("Amt {}", "des Amtes {}", ["Amtsdirektor", "Amtsdirektorin"]),
    ("Kreistag {}", "des Kreistages {}", ["Vorsitzende", "Vorsitzender"]),
    ("Sparkasse {}", "der Sparkasse {}", ["Vorstand", "Vorstandsvorsitzender"]),
    ("Klinikum {}", "des Klinikums {}", ["Chefarzt", "Geschäftsführerin"]),
    ("Feuerwehr {}", "der Feuerwehr {}", ["Leiter", "Wehrführer"]),
    ("Zweckverband Wasser {}", "des Zweckverbandes Wasser {}", ["Verbandsvorsteherin", "Geschäftsführer"]),
    ("Gymnasium {}", "des Gymnasiums {}", ["Schulleiterin", "Schulleiter"]),
    ("Sportverein {}", "des Sportvereins {}", ["Trainer", "Präsident"]),
]
SRC = Source(uri="file:///bench.txt", sha256="0" * 64, format="text", bytes=1)


def _misspell(surname: str, rng: random.Random) -> str:
    """Herrmann/Hermann, Schmidt/Schmitt: double or single a consonant, or swap dt/tt."""
    for i in range(2, len(surname) - 1):
        if surname[i] in "nmrlt" and surname[i + 1] == surname[i]:
            return surname[:i] + surname[i + 1:]
    if surname.endswith("dt"):
        return surname[:-2] + "tt"
    i = next((i for i, c in enumerate(surname) if c in "nmrlt" and i > 1), None)
    return surname if i is None else surname[:i] + surname[i] + surname[i:]


def _persons(count: int, rng: random.Random) -> list[dict]:
    surname_weights = [1 / (1 + i) ** 0.7 for i in range(len(SURNAMES))]  # common names are common
    people: list[dict] = []
    for no in range(count):
        if people and rng.random() < 0.04:  # a homonym of an earlier person, elsewhere
            given, surname = people[rng.randrange(len(people))]["name"]
        else:
            given = rng.choice(GIVEN)
            surname = rng.choices(SURNAMES, surname_weights)[0]
        org_pattern, genitive, roles = rng.choice(ORG_KINDS)
        place = rng.choice(PLACES) + ("" if rng.random() < 0.5 else f" {rng.randint(1, 40)}")
        history = [(0.0, rng.choice(roles))]
        if rng.random() < 0.2:  # a new function in the same organisation later on
            history.append((rng.random(), rng.choice([r for r in roles if r != history[0][1]] or roles)))
        people.append({
            "id": no, "name": (given, surname),
            "honorific": rng.choice(HONORIFICS) if rng.random() < 0.3 else None,
            "org": org_pattern.format(place), "genitive": genitive.format(place), "history": history,
            "weight": rng.paretovariate(1.5),
        })
    return people


def _variant(person: dict, rng: random.Random) -> str:
    given, surname = person["name"]
    x = rng.random()
    if x < 0.02:
        surname = _misspell(surname, rng)
    elif x < 0.12:
        surname = surname.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    elif x < 0.15 and "-" in given:
        given = given.replace("-", " ")
    name = f"{given} {surname}"
    if person["honorific"] and rng.random() < 0.6:
        name = f"{person['honorific']} {name}"
    return name


def synthetic_records(n: int, seed: int = 1) -> list[Record]:
    """``n`` releases over ten years quoting about ``n // 10`` persons."""
    return synthetic_archive(n, seed)[0]


Gold = dict[tuple[str, str], list[int]]


def synthetic_archive(n: int, seed: int = 1) -> tuple[list[Record], Gold]:
    """:func:`synthetic_records` with the truth: (record id, name as written) → the true person
    of each mention so written there, in the order written (speakers first, then names)."""
    rng = random.Random(seed)
    gold: Gold = {}
    people = _persons(max(1, n // 10), rng)
    weights = [p["weight"] for p in people]
    records = []
    for i in range(n):
        progress = i / n
        date = f"{2015 + int(progress * 10):04d}-{1 + int(progress * 120) % 12:02d}-{1 + i % 28:02d}"
        chosen: list[dict] = []
        for p in rng.choices(people, weights, k=rng.randint(1, 4)):
            if all(c["name"] != p["name"] for c in chosen):  # homonyms never in one release
                chosen.append(p)
        speakers, names, spoken, named = [], [], [], []
        for p in chosen:
            role = next(r for start, r in reversed(p["history"]) if start <= progress)
            name = _variant(p, rng)
            if rng.random() < 0.75:
                phrasing = rng.choice([f"{role} {p['genitive']}", role])
                org = p["org"] if rng.random() < 0.8 else None
                speakers.append(Speaker(name=name, role=phrasing, organisation=org,
                                        quotes=[f"Zitat {i}"]))
                spoken.append((name, p["id"]))
                if rng.random() < 0.3:
                    names.append(p["name"][1])  # the surname alone elsewhere in the text
                    named.append((p["name"][1], p["id"]))
            else:
                names.append(name)
                named.append((name, p["id"]))
        rid = f"pm-{i:06d}"
        for name, pid in spoken + named:
            gold.setdefault((rid, name), []).append(pid)
        records.append(Record(id=rid, source=SRC, date=date, speakers=speakers,
                              mentions=Mentions(persons=names)))
    rng.shuffle(records)  # the archive is not stored in date order
    return records, gold


@dataclass
class Quality:
    """Pairwise merge quality over the mentions found in both the truth and the build."""

    precision: float
    recall: float
    f1: float
    entities: int  # entities built
    persons: int  # true persons named
    mentions: int  # mentions compared
    missing: int  # true mentions the build did not return (or returned more often)


def _pairs(counts: Iterable[int]) -> int:
    return sum(c * (c - 1) // 2 for c in counts)


def quality(persons: list, gold: Gold) -> Quality:
    """Pairwise precision and recall: a pair of mentions is predicted when both are in one entity
    and true when both name one person; pairs are counted from the sizes of the entities, the
    persons and their intersections (Σ n(n-1)/2 each), in time linear in the mentions."""
    built: dict[tuple[str, str], list[int]] = {}
    for e, p in enumerate(persons):
        for m in p.mentions:
            built.setdefault((m.record_id, m.name), []).append(e)
    cells: Counter[tuple[int, int]] = Counter()
    missing = 0
    for ref, truth in gold.items():
        found = built.get(ref, [])
        missing += abs(len(truth) - len(found))
        # repeats of one name in one release are one entity; a shortfall is counted as missing
        cells.update(zip(truth, found, strict=False))
    true, pred = Counter(), Counter()
    for (t, e), n in cells.items():
        true[t] += n
        pred[e] += n
    tp = _pairs(cells.values())
    precision = tp / max(1, _pairs(pred.values()))
    recall = tp / max(1, _pairs(true.values()))
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Quality(precision, recall, f1, len(persons), len(true), sum(cells.values()), missing)


def baseline(records: list[Record]) -> float:
    """Seconds to iterate every record and normalise each speaker and mentioned name."""
    start = time.perf_counter()
    keys = 0
    for r in records:
        for s in r.speakers:
            keys += len(person_key(s.name))
        for name in r.mentions.persons:
            keys += len(person_key(name))
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[2000, 10000, 50000])
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    print(f"{'records':>8} {'mentions':>9} {'entities':>9} {'persons':>8} {'ent/pers':>8} "
          f"{'precision':>9} {'recall':>7} {'F1':>7} {'build s':>9} {'baseline s':>11} {'ratio':>7}")
    for n in args.sizes:
        records, gold = synthetic_archive(n, args.seed)
        mentions = sum(len(r.speakers) + len(r.mentions.persons) for r in records)
        base = min(baseline(records) for _ in range(3))
        start = time.perf_counter()
        persons = build_persons(records)
        took = time.perf_counter() - start
        q = quality(persons, gold)
        print(f"{n:>8} {mentions:>9} {q.entities:>9} {q.persons:>8} {q.entities / q.persons:>8.2f} "
              f"{q.precision:>9.4f} {q.recall:>7.4f} {q.f1:>7.4f} {took:>9.3f} {base:>11.3f} "
              f"{took / base:>7.1f}" + (f"  ({q.missing} mentions missing)" if q.missing else ""),
              flush=True)


if __name__ == "__main__":
    main()
