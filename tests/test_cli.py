"""The command line end to end on corpus/ in a temporary data directory."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import CORPUS, SEED, CliRunner


def test_extract_seed_matches_gold_headline_fields(cli: CliRunner, gold_seed: dict) -> None:
    result = cli("extract", str(SEED), "--json")
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    for field in ("title", "subtitle", "kicker", "date", "place", "categories"):
        assert record[field] == gold_seed[field], field
    assert "Cookie" not in record["body"]
    for text in gold_seed["body_must_contain"]:
        assert text in record["body"]
    assert record["source"]["format"] == "text"
    assert record["source"]["bytes"] == SEED.stat().st_size


def test_extract_stores_nothing(cli: CliRunner, data_dir: Path) -> None:
    assert cli("extract", str(SEED)).returncode == 0
    assert not (data_dir / "archive.sqlite3").exists()


def test_extract_human_readable(cli: CliRunner) -> None:
    result = cli("extract", str(SEED))
    assert result.returncode == 0
    assert "Titel:" in result.stdout and "Hohen Neuendorf" in result.stdout


def test_ingest_twice_then_search_and_show(cli: CliRunner) -> None:
    first = cli("ingest", str(CORPUS))
    assert first.returncode == 0, first.stderr
    assert "1 neu" in first.stdout
    second = cli("ingest", str(CORPUS), "--json")
    assert second.returncode == 0
    assert json.loads(second.stdout) == {"new": 0, "updated": 0, "unchanged": 1, "failed": 0, "failures": []}

    found = cli("search", "Zweckverband", "--json")
    assert found.returncode == 0, found.stderr
    results = json.loads(found.stdout)
    assert {"query", "total", "hits", "facets"} <= set(results)
    assert results["total"] >= 1
    hit = results["hits"][0]
    assert {"id", "title", "date", "place", "score", "snippet"} <= set(hit)
    assert hit["date"] == "2020-05-20"

    shown = cli("show", hit["id"], "--json")
    assert shown.returncode == 0
    record = json.loads(shown.stdout)
    assert record["id"] == hit["id"] and record["version"] == 1
    extracted = json.loads(cli("extract", str(SEED), "--json").stdout)
    assert {k: v for k, v in record.items() if k != "version"} == {
        k: v for k, v in extracted.items() if k != "version"
    }


def test_changed_file_gets_a_new_version(cli: CliRunner, tmp_path: Path) -> None:
    doc = tmp_path / "docs" / "mitteilung.txt"
    doc.parent.mkdir()
    doc.write_text("# Erste Fassung\n\n(Kyritz) Der Text der ersten Fassung.\n", encoding="utf-8")
    assert cli("ingest", str(doc)).returncode == 0
    doc.write_text("# Zweite Fassung\n\n(Kyritz) Der Text der zweiten Fassung.\n", encoding="utf-8")
    report = json.loads(cli("ingest", str(doc), "--json").stdout)
    assert report["updated"] == 1
    hits = json.loads(cli("search", "Fassung", "--json").stdout)["hits"]
    assert len(hits) == 1
    record_id = hits[0]["id"]
    assert json.loads(cli("show", record_id, "--json").stdout)["version"] == 2
    old = json.loads(cli("show", record_id, "--version", "1", "--json").stdout)
    assert old["version"] == 1 and "ersten" in old["body"]
    assert "zweiten" in cli("show", record_id).stdout


def test_show_unknown_id(cli: CliRunner) -> None:
    result = cli("show", "gibt-es-nicht")
    assert result.returncode == 1
    assert result.stderr.strip() == "pressearchiv: gibt-es-nicht: nicht im Archiv"


def test_reindex_and_check(cli: CliRunner) -> None:
    assert cli("ingest", str(CORPUS)).returncode == 0
    result = cli("reindex")
    assert result.returncode == 0 and "1 Dokumente indexiert" in result.stdout
    check = cli("check")
    assert check.returncode == 0 and "stimmten überein" in check.stdout
    assert json.loads(cli("search", "Zweckverband", "--json").stdout)["total"] >= 1


def test_check_repairs_a_lost_index(cli: CliRunner, data_dir: Path) -> None:
    assert cli("ingest", str(CORPUS)).returncode == 0
    shutil.rmtree(data_dir / "index")
    check = cli("check")
    assert check.returncode == 0, check.stderr
    assert "1 nachindexiert" in check.stdout
    assert json.loads(cli("search", "Zweckverband", "--json").stdout)["total"] >= 1


def test_data_dir_from_environment(tmp_path: Path, cli: CliRunner) -> None:
    import os
    import subprocess
    import sys

    env = {**os.environ, "PRESSEARCHIV_DATA": str(tmp_path / "envdata")}
    result = subprocess.run(
        [sys.executable, "-m", "pressearchiv", "ingest", str(CORPUS)], capture_output=True, text=True, env=env
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "envdata" / "archive.sqlite3").exists()


# -- bad input ---------------------------------------------------------------------


def bad_files(tmp_path: Path) -> dict[str, Path]:
    files = {
        "empty": tmp_path / "leer.txt",
        "blank": tmp_path / "nur-leerzeichen.txt",
        "binary": tmp_path / "bild.html",
        "undecodable": tmp_path / "kaputt.txt",
    }
    files["empty"].write_bytes(b"")
    files["blank"].write_bytes(b"  \n\n\t \n")
    files["binary"].write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    files["undecodable"].write_bytes(bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D, 0xC3, 0x28, 0xA0, 0xE2, 0x82]) * 40)
    return files


@pytest.mark.parametrize("kind", ["empty", "blank", "binary", "undecodable"])
def test_extract_bad_file_gives_one_line_reason(cli: CliRunner, tmp_path: Path, kind: str) -> None:
    path = bad_files(tmp_path)[kind]
    result = cli("extract", str(path), "--json")
    assert result.returncode == 1
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert str(path) in lines[0]
    assert "Traceback" not in result.stderr


def test_extract_missing_path_and_directory(cli: CliRunner, tmp_path: Path) -> None:
    missing = cli("extract", str(tmp_path / "fehlt.txt"))
    assert missing.returncode == 1 and "existiert nicht" in missing.stderr
    directory = cli("extract", str(tmp_path))
    assert directory.returncode == 1 and "Verzeichnis" in directory.stderr


def test_ingest_goes_on_past_bad_files_and_lists_them(cli: CliRunner, tmp_path: Path) -> None:
    batch = tmp_path / "batch"
    batch.mkdir()
    for path in bad_files(batch).values():
        assert path.exists()
    shutil.copy(SEED, batch / "gut.txt")
    empty_dir = tmp_path / "leeres-verzeichnis"
    empty_dir.mkdir()
    (empty_dir / "notizen.docx").write_bytes(b"x")
    missing = tmp_path / "fehlt"
    result = cli("ingest", str(batch), str(empty_dir), str(missing))
    assert result.returncode == 1
    assert "1 neu, 0 aktualisiert, 0 unverändert, 6 fehlgeschlagen" in result.stdout
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 6, result.stderr
    for name in ("leer.txt", "nur-leerzeichen.txt", "bild.html", "kaputt.txt", "leeres-verzeichnis", "fehlt"):
        assert any(name in line for line in errors), name
    assert "Traceback" not in result.stderr
    assert json.loads(cli("search", "Zweckverband", "--json").stdout)["total"] == 1


def test_usage_errors_exit_2(cli: CliRunner) -> None:
    assert cli("search", "x", "--limit", "0").returncode == 2
    assert cli("frobnicate").returncode == 2


def test_serve_answers_over_http_and_stops_cleanly(cli: CliRunner, data_dir: Path) -> None:
    import os
    import signal
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    assert cli("ingest", str(CORPUS)).returncode == 0
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [sys.executable, "-m", "pressearchiv", "--data", str(data_dir), "serve", "--port", str(port)]
    proc = subprocess.Popen(
        [*command, "--workers", "2"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    children: list[str] = []
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(base + "/", timeout=5) as resp:
                    assert resp.status == 200
                    break
            except OSError:
                assert time.monotonic() < deadline, "server did not come up"
                assert proc.poll() is None, proc.stderr.read()
                time.sleep(0.2)
        for _ in range(6):
            with urllib.request.urlopen(base + "/suche.json?q=Zweckverband", timeout=5) as resp:
                hits = json.load(resp)["hits"]
                assert len(hits) == 1
        with urllib.request.urlopen(f"{base}/mitteilung/{hits[0]['id']}.json", timeout=5) as resp:
            assert json.load(resp) == json.loads(cli("show", hits[0]["id"], "--json").stdout)
        children = [p for p in os.listdir("/proc") if p.isdigit() and _ppid(p) == proc.pid]
        assert len(children) == 2
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=15)
    for child in children:
        assert _state(child) in ("gone", "Z")


def test_serve_on_a_busy_port_gives_one_line_reason(cli: CliRunner) -> None:
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        result = cli("serve", "--port", str(busy.getsockname()[1]), timeout=30)
    assert result.returncode == 1
    assert "Address already in use" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr


def _ppid(pid: str) -> int:
    try:
        return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
    except (OSError, IndexError, ValueError):
        return -1


def _state(pid: str) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return "gone"


SEED_QUERIES = [
    "Schoenwalde",
    "Schonwalde",
    "Chosebuz",
    "Versammlung",
    "Rechenzentrum",
    "Kommune",
    "person:Hermann",
    'person:"Dr. Oliver Hermann"',
    "gemeinde:Kyritz datum:2020",
    '"digitale Kommunen"',
    "kreis:Ostprignitz-Ruppin",
    "kreis:Barnim",
    "amt:Lebus",
    "rolle:Staatssekretär",
    "Digital*",
    "Zweckverbnd~",
]


def test_search_bar_on_the_extracted_seed(cli: CliRunner) -> None:
    """The search bar of issue 4 (and the entity filters of issue 6) on the real extracted corpus."""
    assert cli("ingest", str(CORPUS)).returncode == 0
    for query in SEED_QUERIES:
        results = json.loads(cli("search", query, "--json").stdout)
        assert results["total"] == 1, (query, results.get("understood"), results.get("error"))
    for query in ("Zweckverband NICHT Cottbus", "kreis:Spree-Neiße", "datum:2019", "person:Kowalski"):
        assert json.loads(cli("search", query, "--json").stdout)["total"] == 0, query
