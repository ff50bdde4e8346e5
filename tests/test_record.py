"""The record contract: JSON round-trip, validation messages and the generated schema."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from archive.record import (
    Member,
    MemberList,
    Mentions,
    PlaceMention,
    Record,
    RecordError,
    Source,
    Speaker,
    json_schema,
    make_record_id,
)

SCHEMA_FILE = Path(__file__).resolve().parent.parent / "archive" / "record.schema.json"
CONTRACT_FIELDS = [
    "id",
    "source",
    "version",
    "publisher",
    "kicker",
    "title",
    "subtitle",
    "categories",
    "date",
    "place",
    "language",
    "body",
    "speakers",
    "member_lists",
    "mentioned_dates",
    "mentions",
    "warnings",
]


def full_record() -> Record:
    return Record(
        id=make_record_id("file:///corpus/x.txt"),
        source=Source(uri="file:///corpus/x.txt", sha256="a" * 64, format="text", bytes=42),
        version=2,
        publisher="Stadt Kyritz",
        kicker="Aus dem Rathaus",
        title="Neuer Radweg „Knatterbahn“ eröffnet",
        subtitle=None,
        categories=["Aktuelles", "Pressemitteilung"],
        date="2021-03-04",
        place="Kyritz",
        body="Erster Absatz.\n\n- Punkt eins\n- Punkt zwei",
        speakers=[
            Speaker(
                name="Dr. Erika Beispiel",
                honorific="Dr.",
                given_name="Erika",
                surname="Beispiel",
                role="Bürgermeisterin der Stadt Kyritz",
                organisation="Stadt Kyritz",
                quotes=["Ein guter Tag."],
            )
        ],
        member_lists=[MemberList("Mitglieder", [Member("Kyritz", "Stadt", "12068264"), Member("Verband X")])],
        mentioned_dates=["2020", "2020-05", "2020-05-20"],
        mentions=Mentions(["Dr. Erika Beispiel"], [PlaceMention("Kyritz", "12068264")], ["Stadt Kyritz"]),
        warnings=["Liste nennt 3, enthält 2"],
    )


def test_round_trip_through_json_is_lossless() -> None:
    record = full_record()
    assert Record.from_json(record.to_json()) == record
    assert Record.from_dict(json.loads(record.to_json(indent=None))) == record


def test_field_names_follow_the_contract() -> None:
    data = full_record().to_dict()
    assert list(data) == CONTRACT_FIELDS
    assert list(data["source"]) == ["uri", "sha256", "format", "bytes"]
    assert list(data["speakers"][0]) == [
        "name",
        "honorific",
        "given_name",
        "surname",
        "role",
        "organisation",
        "quotes",
    ]
    assert list(data["member_lists"][0]) == ["label", "members", "body"]  # body: an extension
    assert list(data["member_lists"][0]["members"][0]) == ["name", "kind", "key"]
    assert list(data["mentions"]) == ["persons", "places", "organisations"]


def test_json_keeps_umlauts_readable() -> None:
    assert "„Knatterbahn“" in full_record().to_json()


@pytest.mark.parametrize(
    ("mutate", "path", "reason"),
    [
        (lambda d: d.pop("source"), "record.source", "is required"),
        (lambda d: d.update(version="2"), "record.version", "expected an integer"),
        (lambda d: d["source"].update(format="docx"), "record.source.format", "is not one of"),
        (lambda d: d["speakers"][0].update(quotes="x"), "record.speakers[0].quotes", "expected a list"),
        (lambda d: d["member_lists"][0]["members"][0].update(kind="Dorf"), "members[0].kind", "not one of"),
        (lambda d: d.update(titel="x"), "record.titel", "not a field"),
        (lambda d: d.update(title=3), "record.title", "expected a string"),
    ],
)
def test_bad_json_names_field_and_reason(mutate, path: str, reason: str) -> None:
    data = full_record().to_dict()
    mutate(data)
    with pytest.raises(RecordError) as info:
        Record.from_dict(data)
    assert path in str(info.value)
    assert reason in str(info.value)


def test_invalid_json_text_gives_record_error() -> None:
    with pytest.raises(RecordError, match="not valid JSON"):
        Record.from_json("{nope")


def test_generated_schema_validates_records_and_rejects_bad_ones() -> None:
    schema = json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(full_record().to_dict(), schema)
    bad = full_record().to_dict()
    bad["date"] = "20.05.2020"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema)
    bad = full_record().to_dict()
    bad["member_lists"][0]["members"][0]["kind"] = "Dorf"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema)


def test_schema_covers_every_model_field() -> None:
    schema = json_schema()
    assert list(schema["properties"]) == CONTRACT_FIELDS
    assert set(schema["required"]) == {"id", "source"}
    assert schema["$defs"]["Member"]["properties"]["kind"]["enum"][-1] is None


def test_committed_schema_file_is_current() -> None:
    committed = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert committed == json_schema(), (
        "regenerate with: python -m archive.record > archive/record.schema.json"
    )


def test_record_id_is_stable_and_readable() -> None:
    uri = "file:///srv/presse/Pr%C3%BCfung%20Stra%C3%9Fe.html"
    assert make_record_id(uri) == make_record_id(uri)
    assert make_record_id(uri).startswith("pruefung-strasse-")
    assert make_record_id(uri) != make_record_id(uri + "x")
