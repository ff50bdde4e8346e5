"""The store: idempotent ingest, versions, transactions, reads."""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from archive.record import Record, Source, make_record_id
from archive.store import Store, StoreError


def make(uri: str, raw: bytes, title: str = "Titel", date: str | None = "2021-01-01") -> Record:
    return Record(
        id=make_record_id(uri),
        source=Source(uri=uri, sha256=hashlib.sha256(raw).hexdigest(), format="text", bytes=len(raw)),
        title=title,
        date=date,
        body=raw.decode(),
    )


@pytest.fixture
def store(tmp_path: Path) -> Store:
    with Store(tmp_path) as s:
        yield s


def test_same_bytes_twice_changes_nothing(store: Store) -> None:
    record = make("file:///a.txt", b"eins")
    assert store.put(record, b"eins").status == "new"
    before = store.ingest_times(record.id)
    again = store.put(record, b"eins")
    assert again.status == "unchanged"
    assert again.record == store.get(record.id)
    assert store.count() == 1
    assert [v.version for v in store.versions(record.id)] == [1]
    assert store.ingest_times(record.id)[0] == before[0]


def test_changed_bytes_make_a_new_version_and_keep_the_old(store: Store) -> None:
    first = store.put(make("file:///a.txt", b"eins", "Alt"), b"eins").record
    second = store.put(make("file:///a.txt", b"zwei", "Neu"), b"zwei")
    assert second.status == "updated"
    assert second.record.version == 2
    assert second.record.id == first.id
    assert store.get(first.id).title == "Neu"
    assert store.get(first.id, version=1).title == "Alt"
    assert store.raw(first.id, 1) == b"eins"
    assert store.raw(first.id) == b"zwei"
    assert [v.version for v in store.versions(first.id)] == [1, 2]
    assert store.count() == 1
    third = store.put(make("file:///a.txt", b"eins", "Alt"), b"eins")
    assert third.status == "updated" and third.record.version == 3


def test_a_failing_write_leaves_no_half_document(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    good = make("file:///gut.txt", b"gut")
    store.put(good, b"gut")
    broken = make("file:///kaputt.txt", b"kaputt")

    def explode(self: Record, indent: int | None = 2) -> str:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(Record, "to_json", explode)
    with pytest.raises(RuntimeError):
        store.put(broken, b"kaputt")
    monkeypatch.undo()
    assert store.count() == 1
    assert store.get(broken.id) is None
    assert store.get(good.id) is not None


def test_reads(store: Store) -> None:
    for i, date in enumerate(["2020-05-20", None, "2021-02-03"]):
        store.put(make(f"file:///{i}.txt", f"text {i}".encode(), f"T{i}", date), f"text {i}".encode())
    assert [r.title for r in store.latest()] == ["T2", "T0", "T1"]
    assert len(list(store.iter_records(batch_size=2))) == 3
    ids = [make_record_id(f"file:///{i}.txt") for i in range(3)]
    assert set(store.get_many([*ids, "missing"])) == set(ids)
    stats = store.stats()
    assert stats["documents"] == 3
    assert stats["years"] == [{"value": "2020", "count": 1}, {"value": "2021", "count": 1}]
    assert stats["first_date"] == "2020-05-20"


def test_indexed_versions_and_delete(store: Store) -> None:
    record = store.put(make("file:///a.txt", b"a"), b"a").record
    store.mark_indexed([(record.id, 1)])
    assert store.indexed_versions() == {record.id: 1}
    assert store.current_versions() == {record.id: 1}
    assert store.delete(record.id)
    assert store.indexed_versions() == {}
    assert store.versions(record.id) == []
    assert not store.delete(record.id)


def test_data_survives_reopening(tmp_path: Path) -> None:
    record = make("file:///a.txt", b"a")
    with Store(tmp_path) as s:
        s.put(record, b"a")
    with Store(tmp_path) as s:
        assert s.get(record.id) == replace(record, version=1)


def test_wal_mode(store: Store) -> None:
    with sqlite3.connect(store.path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_not_a_database_gives_store_error(tmp_path: Path) -> None:
    (tmp_path / "archive.sqlite3").write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match=r"archive\.sqlite3"):
        Store(tmp_path)


def test_generation_grows_with_every_change_only(store: Store) -> None:
    assert store.generation() == 0
    record = store.put(make("file:///a.txt", b"a"), b"a").record
    assert store.generation() == 1
    store.put(make("file:///a.txt", b"a"), b"a")
    assert store.generation() == 1
    store.put(make("file:///a.txt", b"b"), b"b")
    assert store.generation() == 2
    store.delete(record.id)
    assert store.generation() == 3
