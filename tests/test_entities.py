"""The entity catalog: build from the store, persistence, staleness, overrides, places, speed."""

from __future__ import annotations

import hashlib
import json
import random
import threading
import time
from pathlib import Path

import pytest

from archive.entities import CATALOG_NAME, EntityCatalog, quote_anchor
from archive.record import Member, MemberList, Mentions, PlaceMention, Record, Source, Speaker, make_record_id
from archive.store import Store

HOHEN_NEUENDORF = "12065144"
LEBUS_AMT = "120645406"


def release(
    n: int,
    date: str,
    speakers: list[Speaker] = (),  # type: ignore[assignment]
    lists: list[MemberList] = (),  # type: ignore[assignment]
    places: list[PlaceMention] = (),  # type: ignore[assignment]
    persons: list[str] = (),  # type: ignore[assignment]
    title: str | None = None,
) -> tuple[Record, bytes]:
    uri = f"https://example.invalid/entities/{n}.html"
    raw = f"release {n} {title}".encode()
    record = Record(
        id=make_record_id(uri),
        source=Source(uri=uri, sha256=hashlib.sha256(raw).hexdigest(), format="html", bytes=len(raw)),
        title=title or f"Mitteilung {n}",
        date=date,
        body=f"Text {n}",
        speakers=list(speakers),
        member_lists=list(lists),
        mentions=Mentions(persons=[s.name for s in speakers] + list(persons), places=list(places)),
    )
    return record, raw


def schulz(org: str, role: str, quote: str) -> Speaker:
    return Speaker("Thomas Schulz", None, "Thomas", "Schulz", f"{role} {org}", org, [quote])


def grimm(role: str, quote: str) -> Speaker:
    return Speaker(
        "Dr. Benjamin Grimm", "Dr.", "Benjamin", "Grimm", f"{role} der Staatskanzlei",
        "Staatskanzlei", [quote],
    )  # fmt: skip


MEMBERS = MemberList(
    "Gründungsmitglieder",
    [
        Member("Hohen Neuendorf", "Stadt", HOHEN_NEUENDORF),
        Member("Lebus", "Amt", LEBUS_AMT),
        Member("SGB", None),
    ],
)


def fill(store: Store) -> dict[str, Record]:
    items = [
        release(1, "2019-03-01", [grimm("Staatssekretär", "Erstes Zitat.")], [MEMBERS],
                [PlaceMention("Hohen Neuendorf", HOHEN_NEUENDORF)]),
        release(2, "2022-06-01", [grimm("Chef", "Zweites Zitat.")], persons=["Petra Lange"]),
        release(3, "2020-01-10", [schulz("der Stadt Kyritz", "Bürgermeister", "Kyritz wächst.")],
                [MemberList("Teilnehmer", [Member("Hohen-Neuendorf", "Stadt", HOHEN_NEUENDORF)])]),
        release(4, "2021-05-05", [schulz("des Landkreises Oberhavel", "Landrat", "Oberhavel wächst.")],
                places=[PlaceMention("Oberhavel", "12065")]),
    ]  # fmt: skip
    return {r.id: store.put(r, raw).record for r, raw in items}


@pytest.fixture
def store(data_dir: Path) -> Store:
    s = Store(data_dir)
    yield s
    s.close()


@pytest.fixture
def built(data_dir: Path, store: Store) -> tuple[EntityCatalog, dict[str, Record]]:
    records = fill(store)
    catalog = EntityCatalog.open(data_dir, store)
    assert catalog.is_stale()
    assert catalog.refresh() is True
    yield catalog, records
    catalog.close()


def by_n(records: dict[str, Record], n: int) -> Record:
    return next(r for r in records.values() if r.source.uri.endswith(f"/{n}.html"))


def test_build_persons_quotes_roles_and_speaker_mapping(built) -> None:
    catalog, records = built
    assert (Path(catalog.path).name, catalog.generation()) == (CATALOG_NAME, 4)
    people = catalog.persons()
    assert [p.name for p in people] == ["Dr. Benjamin Grimm", "Petra Lange", "Thomas Schulz", "Thomas Schulz"]
    assert (people[1].quotes, people[1].releases) == (0, 1)  # named, not quoted
    grimm_ = catalog.person("benjamin-grimm")
    assert grimm_ is not None and grimm_.name == "Dr. Benjamin Grimm"
    assert [(q.text, q.date, q.role) for q in grimm_.quotes] == [
        ("Erstes Zitat.", "2019-03-01", "Staatssekretär der Staatskanzlei"),
        ("Zweites Zitat.", "2022-06-01", "Chef der Staatskanzlei"),
    ]
    assert grimm_.quotes[0].anchor == quote_anchor("Erstes Zitat.")
    assert grimm_.quotes[0].title == "Mitteilung 1"
    assert {(r["role"], r["first"], r["last"]) for r in grimm_.roles} == {
        ("Staatssekretär", "2019-03-01", "2019-03-01"),
        ("Chef", "2022-06-01", "2022-06-01"),
    }
    assert [r.date for r in grimm_.releases] == ["2022-06-01", "2019-03-01"]  # newest first
    r1 = by_n(records, 1)
    assert catalog.person_id_for(r1.id, "Dr. Benjamin Grimm") == "benjamin-grimm"
    assert catalog.person_id_for(r1.id, "Niemand") is None
    assert catalog.person_ids_in(r1.id) == {"Dr. Benjamin Grimm": "benjamin-grimm"}
    assert catalog.person_id_for(by_n(records, 2).id, "Petra Lange") == "petra-lange"
    # homonyms with different organisations and functions stay apart
    ids = {catalog.person_id_for(by_n(records, n).id, "Thomas Schulz") for n in (3, 4)}
    assert ids == {"thomas-schulz", "thomas-schulz-2"}
    assert [p.name for p in catalog.persons(prefix="thomas sch")] == ["Thomas Schulz"] * 2
    assert [p.key for p in catalog.persons(limit=1, offset=1)] == [people[1].key]
    assert catalog.person("niemand") is None


def test_places_with_memberships(built) -> None:
    catalog, records = built
    place = catalog.place(HOHEN_NEUENDORF)
    assert place is not None
    assert place.names == {"Hohen Neuendorf": 2, "Hohen-Neuendorf": 1}
    assert place.kinds == {"Stadt": 2}
    assert sorted((m["label"], m["date"], m["title"]) for m in place.memberships) == [
        ("Gründungsmitglieder", "2019-03-01", "Mitteilung 1"),
        ("Teilnehmer", "2020-01-10", "Mitteilung 3"),
    ]
    assert [r.id for r in place.releases] == [by_n(records, 3).id, by_n(records, 1).id]
    amt = catalog.place(LEBUS_AMT)
    assert amt is not None and amt.kinds == {"Amt": 1}
    assert amt.memberships[0]["record_id"] == by_n(records, 1).id
    kreis = catalog.place("12065")
    assert kreis is not None and kreis.memberships == []
    assert [r.date for r in kreis.releases] == ["2021-05-05"]
    assert [p.key for p in catalog.places(prefix="12065")] == ["12065", HOHEN_NEUENDORF]
    assert [(p.key, p.kind) for p in catalog.places_named("Hohen-Neuendorf")] == [(HOHEN_NEUENDORF, "Stadt")]
    assert catalog.places_named("SGB") == []  # members without a key are not places
    assert catalog.place("99999999") is None
    assert catalog.stats() == {"releases": 4, "persons": 4, "places": 3, "generation": 4}


def test_persisted_and_reused_without_reading_the_store(built, data_dir: Path, store: Store) -> None:
    catalog, _ = built
    catalog.close()

    class NoReads(Store):
        def get_many(self, ids):  # type: ignore[override]
            raise AssertionError("the store was read")

        iter_records = get_many  # type: ignore[assignment]

    reader = NoReads(data_dir)
    with EntityCatalog.open(data_dir, reader) as again:
        assert not again.is_stale()
        assert again.refresh() is False
        assert again.person("benjamin-grimm") is not None
    reader.close()


def test_stale_after_put_and_refreshed_incrementally(built, data_dir: Path, store: Store) -> None:
    catalog, records = built
    record, raw = release(5, "2023-01-01", [grimm("Chef", "Drittes Zitat.")])
    store.put(record, raw)
    assert catalog.is_stale()
    read: list[str] = []
    original = store.get_many

    def spy(ids):  # type: ignore[no-untyped-def]
        ids = list(ids)
        read.extend(ids)
        return original(ids)

    store.get_many = spy  # type: ignore[method-assign]
    assert catalog.refresh() is True
    assert read == [record.id]  # only the new release was read
    assert not catalog.is_stale()
    grimm_ = catalog.person("benjamin-grimm")
    assert grimm_ is not None and [q.text for q in grimm_.quotes][-1] == "Drittes Zitat."
    # a new version replaces the old facts
    changed = Record.from_dict({**record.to_dict(), "title": "Neu", "speakers": []})
    changed.source = Source(record.source.uri, hashlib.sha256(raw + b"2").hexdigest(), "html", len(raw) + 1)
    store.put(changed, raw + b"2")
    read.clear()
    assert catalog.refresh() is True and read == [record.id]
    grimm_ = catalog.person("benjamin-grimm")
    assert grimm_ is not None and "Drittes Zitat." not in [q.text for q in grimm_.quotes]
    # a delete forces a consistent result too
    store.delete(by_n(records, 1).id)
    assert catalog.refresh() is True
    assert catalog.place(LEBUS_AMT) is None
    assert catalog.person_id_for(by_n(records, 1).id, "Dr. Benjamin Grimm") is None
    assert catalog.stats()["releases"] == 4


def test_delete_and_reput_is_not_missed(built, store: Store) -> None:
    catalog, records = built
    r3 = by_n(records, 3)
    store.delete(r3.id)
    other = Record.from_dict({**r3.to_dict(), "version": 1, "speakers": [], "mentions": {}})
    store.put(other, b"other bytes")  # same id, version 1 again, different content
    assert catalog.refresh() is True
    assert catalog.person_id_for(r3.id, "Thomas Schulz") is None


def test_overrides_merge_persons(built, data_dir: Path) -> None:
    catalog, records = built
    assert len(catalog.persons(prefix="thomas schulz")) == 2
    (data_dir / "persons-overrides.json").write_text(
        json.dumps({"merge": [["Thomas Schulz"]]}), encoding="utf-8"
    )
    assert catalog.is_stale()  # the override file changed
    assert catalog.refresh() is True
    merged = catalog.persons(prefix="thomas schulz")
    assert len(merged) == 1 and merged[0].quotes == 2
    person = catalog.person(merged[0].key)
    assert person is not None and {q.text for q in person.quotes} == {"Kyritz wächst.", "Oberhavel wächst."}
    for n in (3, 4):
        assert catalog.person_id_for(by_n(records, n).id, "Thomas Schulz") == merged[0].key
    # a broken override file is ignored, not fatal
    (data_dir / "persons-overrides.json").write_text("{kaputt", encoding="utf-8")
    assert catalog.refresh() is True
    assert len(catalog.persons(prefix="thomas schulz")) == 2


def test_concurrent_refresh_rebuilds_once(data_dir: Path, store: Store) -> None:
    fill(store)
    catalogs = [EntityCatalog.open(data_dir, Store(data_dir)) for _ in range(4)]
    results: list[bool] = []
    barrier = threading.Barrier(len(catalogs))

    def run(c: EntityCatalog) -> None:
        barrier.wait()
        results.append(c.refresh())

    threads = [threading.Thread(target=run, args=(c,)) for c in catalogs]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results) == [False, False, False, True]
    for c in catalogs:
        assert c.person("benjamin-grimm") is not None
        c.store.close()
        c.close()


GIVEN = ["Anna", "Bernd", "Clara", "Dieter", "Eva", "Frank", "Gisela", "Hans", "Ines", "Jörg"]
SURNAMES = ["Müller", "Schmidt", "Weber", "Wagner", "Becker", "Hoffmann", "Koch", "Richter", "Klein", "Wolf",
            "Schröder", "Neumann", "Braun", "Krüger", "Lange"]  # fmt: skip
ORGS = ["Stadt Potsdam", "Landkreis Oberhavel", "Staatskanzlei", "Amt Lebus", "Stadt Cottbus"]
ROLES = ["Bürgermeister", "Landrat", "Staatssekretär", "Amtsdirektor", "Sprecher"]
PLACES = [
    ("Hohen Neuendorf", "Stadt", HOHEN_NEUENDORF),
    ("Lebus", "Amt", LEBUS_AMT),
    ("Eichwalde", "Gemeinde", "12061112"),
    ("Kyritz", "Stadt", "12068264"),
    ("Oberhavel", None, "12065"),
]


def synthetic(n: int) -> list[tuple[Record, bytes]]:
    """``n`` releases quoting 150 persons (each with a stable organisation and function)."""
    rnd = random.Random(7)
    out = []
    for i in range(n):
        speakers = []
        for _ in range(rnd.randint(0, 3)):
            g, s = rnd.randrange(len(GIVEN)), rnd.randrange(len(SURNAMES))
            org, role = ORGS[(g + s) % len(ORGS)], ROLES[(g * 3 + s) % len(ROLES)]
            name = f"{GIVEN[g]} {SURNAMES[s]}"
            speakers.append(Speaker(name, None, GIVEN[g], SURNAMES[s], f"{role} {org}", org, [f"Zitat {i}."]))
        lists = [MemberList("Mitglieder", [Member(*p) for p in rnd.sample(PLACES, 3)])] if i % 4 == 0 else []
        name, _, key = rnd.choice(PLACES)
        date = f"{2010 + i % 14}-{1 + i % 12:02d}-{1 + i % 27:02d}"
        out.append(release(10_000 + i, date, speakers, lists, [PlaceMention(name, key)]))
    return out


def test_speed_at_2000_records(data_dir: Path, store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    for record, raw in synthetic(2000):
        store.put(record, raw)
    with EntityCatalog.open(data_dir, store) as catalog:
        start = time.perf_counter()
        catalog.refresh()
        build = time.perf_counter() - start
        record, raw = release(99_999, "2024-01-01", [grimm("Chef", "Noch ein Zitat.")])
        store.put(record, raw)
        start = time.perf_counter()
        catalog.refresh()
        update = time.perf_counter() - start
        start = time.perf_counter()
        for p in catalog.persons():
            catalog.person(p.key)
        pages = time.perf_counter() - start
        stats = catalog.stats()
    with capsys.disabled():
        print(
            f"\nentity catalog, 2000 records: build {build:.2f} s, refresh after one put {update:.2f} s, "
            f"{stats['persons']} person pages {pages * 1000:.0f} ms"
        )
    assert stats["releases"] == 2001 and stats["persons"] >= 100
