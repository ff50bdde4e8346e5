"""ingest.linking: member lists and place mentions of a record get official keys."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from archive.record import Member, MemberList, Mentions, PlaceMention, Record, Source
from ingest.linking import link_record

GOLD = Path(__file__).resolve().parents[2] / "shared" / "gold" / "dikom-konstituierung-2020-05-20.json"

# the seed's two lists as written, with the keys they must link to
FOUNDERS = [
    ("Angermünde", "Stadt", "12073008"),
    ("Bad Belzig", "Stadt", "12069020"),
    ("Cottbus/Chósebuz", "Stadt", "12052000"),
    ("Eichwalde", "Gemeinde", "12061112"),
    ("Fehrbellin", "Gemeinde", "12068117"),
    ("Hohen Neuendorf", "Stadt", "12065144"),
    ("Kyritz", "Stadt", "12068264"),
    ("Lebus", "Amt", "120645406"),
    ("Neustadt (Dosse)", "Amt", "120685805"),
    ("Neuzelle", "Amt", "120675705"),
    ("Nuthetal", "Gemeinde", "12069454"),
    ("Oranienburg", "Stadt", "12065256"),
    ("Prenzlau", "Stadt", "12073452"),
    ("Rhinow", "Amt", "120635309"),
    ("Senftenberg/Zty Komorow", "Stadt", "12066304"),
    ("Schönwalde-Glien", "Gemeinde", "12063273"),
    ("Schwielowsee", "Gemeinde", "12069590"),
    ("Wittenberge", "Stadt", "12070424"),
    ("Wusterhausen/Dosse", "Gemeinde", "12068477"),
    ("Städte- und Gemeindebund Brandenburg", None, None),
]
ADMITTED = [
    ("Altlandsberg", "Stadt", "12064029"),
    ("Fürstenberg/Havel", "Stadt", "12065084"),
    ("Heideblick", "Gemeinde", "12061219"),
    ("Kleine Elster (Niederlausitz)", "Amt", "120625205"),
    ("Lindow (Mark)", "Amt", "120685804"),
    ("Märkische Heide", "Gemeinde", "12061329"),
    ("Niemegk", "Amt", "120695910"),
    ("Panketal", "Gemeinde", "12060181"),
    ("Rüdersdorf bei Berlin", "Gemeinde", "12064428"),
]


def _record(lists: list[tuple[str, list[tuple[str, str | None]]]], places: list[str] = (),
            place: str | None = "Hohen Neuendorf") -> Record:
    return Record(
        id="test-1",
        source=Source(uri="file:///test.txt", sha256="0" * 64, format="text", bytes=1),
        place=place,
        member_lists=[MemberList(label=label, members=[Member(name=n, kind=k) for n, k in members])  # type: ignore[arg-type]
                      for label, members in lists],
        mentions=Mentions(places=[PlaceMention(name=p) for p in places]),
    )


def test_seed_lists_link_to_the_right_keys() -> None:
    record = _record([
        ("Gründungsmitglieder", [(n, k) for n, k, _ in FOUNDERS]),
        ("In der Sitzung aufgenommen", [(n, k) for n, k, _ in ADMITTED]),
    ])
    link_record(record)
    got = [(m.name, m.key) for ml in record.member_lists for m in ml.members]
    assert got == [(n, key) for n, _, key in FOUNDERS + ADMITTED]
    assert record.warnings == []
    Record.from_dict(record.to_dict())  # keys fit the contract's patterns


def test_gold_member_lists_when_available() -> None:
    if not GOLD.exists():
        pytest.skip("shared gold data not available")
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    lists = [(ml["label"], [(m["name"], m["kind"]) for m in ml["members"]]) for ml in gold["member_lists"]]
    record = _record(lists)
    link_record(record)
    expected = {n: key for n, _, key in FOUNDERS + ADMITTED}
    for ml in record.member_lists:
        for m in ml.members:
            assert m.key == expected[m.name], m.name


def test_unlinkable_member_gets_a_warning() -> None:
    record = _record([("Mitglieder", [("Golzow", "Gemeinde"), ("Wusterhausen/Dosse", "Amt"),
                                      ("Nirgendwo am See", "Gemeinde"), ("Zweckverband Wasser", "Verband")])])
    link_record(record)
    assert [m.key for m in record.member_lists[0].members] == [None, None, None, None]
    assert len(record.warnings) == 3
    assert "Golzow" in record.warnings[0] and "Nirgendwo am See" in record.warnings[2]


def test_place_mentions_and_context_land() -> None:
    record = _record([], places=["Cottbus", "Neustadt", "Brandenburg", "Frankfurt am Main"])
    link_record(record)
    assert [p.key for p in record.mentions.places] == ["12052000", "12068324", None, "06412000"]
    # a dateline in another Land resolves names there first
    record = _record([("Mitglieder", [("Neustadt", None)])], place="Neustadt an der Weinstraße")
    link_record(record)
    key = record.member_lists[0].members[0].key
    assert key is None or key.startswith("07")


def test_existing_valid_keys_are_kept_and_invalid_replaced() -> None:
    record = _record([("L", [("Lebus", "Amt")])])
    record.member_lists[0].members[0].key = "99999999"
    link_record(record)
    assert record.member_lists[0].members[0].key == "120645406"


def test_members_of_one_list_are_linked_as_neighbours() -> None:
    # ``Forst`` beside three municipalities of the Landkreis Karlsruhe is not Forst (Lausitz); ``Höchstädt``
    # is the register's ``Höchstädt a.d.Donau`` beside its neighbours; a pair is enough
    record = _record(
        [
            ("VVG", [("Bruchsal", "Stadt"), ("Forst", "Gemeinde"), ("Hambrücken", "Gemeinde"),
                     ("Karlsdorf-Neuthard", "Gemeinde")]),
            ("VG", [("Höchstädt", "Stadt"), ("Blindheim", "Gemeinde"), ("Finningen", "Gemeinde"),
                    ("Lutzingen", "Gemeinde"), ("Schwenningen", "Gemeinde")]),
            ("ZV", [("Braunsbedra", "Stadt"), ("Mücheln", "Stadt")]),
        ],
        place=None,
    )
    link_record(record)
    keys = [[m.key for m in ml.members] for ml in record.member_lists]
    assert keys == [
        ["08215009", "08215021", "08215029", "08215103"],
        ["09773139", "09773119", "09773150", "09773146", "09773164"],
        ["15088065", "15088235"],
    ]
    assert record.warnings == []
    # members spread over several Kreise keep their own links (the seed's founders)
    founders = _record([("Gründungsmitglieder", [(n, k) for n, k, _ in FOUNDERS])])
    link_record(founders)
    assert [m.key for m in founders.member_lists[0].members] == [key for *_, key in FOUNDERS]


def test_a_landkreis_is_not_the_kreisfreie_stadt_of_the_same_name() -> None:
    record = _record([("Verbandsmitglieder", [("Bayreuth", "Stadt"), ("Bayreuth", "Landkreis"),
                                              ("Landshut", "Landkreis"), ("Cham", "Landkreis")])], place=None)
    link_record(record)
    assert [m.key for m in record.member_lists[0].members] == ["09462000", "09472", "09274", "09372"]
