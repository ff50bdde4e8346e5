"""A real crash: an ingest killed with SIGKILL mid-batch loses nothing committed."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from conftest import ROOT, CliRunner

from archive.record import Record

DOCUMENTS = 400


def write_batch(directory: Path) -> None:
    directory.mkdir()
    for i in range(DOCUMENTS):
        text = (
            f"## Gemeinde Beispielstadt\n\n{1 + i % 28:02d}.0{1 + i % 9}.2021 | Pressemitteilung\n\n"
            f"### Mitteilung Nummer {i}: Sitzung des Ausschusses\n\n"
            f"(Kyritz) Der Ausschuss hat in seiner Sitzung Nummer {i} beraten. "
            + "Die Verwaltung berichtete über den Stand der Dinge. " * 30
            + "\n"
        )
        (directory / f"mitteilung-{i:04d}.txt").write_text(text, encoding="utf-8")


def stored_count(db_path: Path) -> int:
    if not db_path.exists():
        return 0
    try:
        with sqlite3.connect(db_path, timeout=5) as db:
            return db.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def leftover_processes(data_dir: Path, wait: float = 5.0) -> list[int]:
    """Pids of processes still running with ``data_dir`` on their command line."""
    deadline = time.monotonic() + wait
    while True:
        pids = []
        for proc_dir in Path("/proc").glob("[0-9]*"):
            try:
                cmdline = (proc_dir / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
                state = (proc_dir / "stat").read_text().split()[2]
            except OSError:
                continue
            if str(data_dir) in cmdline and "ingest" in cmdline and state != "Z":
                pids.append(int(proc_dir.name))
        if not pids or time.monotonic() > deadline:
            return pids
        time.sleep(0.1)


def test_sigkill_mid_batch_keeps_committed_documents(tmp_path: Path, data_dir: Path, cli: CliRunner) -> None:
    batch = tmp_path / "batch"
    write_batch(batch)
    db_path = data_dir / "archive.sqlite3"
    proc = subprocess.Popen(
        [sys.executable, "-m", "pressearchiv", "--data", str(data_dir), "ingest", str(batch)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ},
    )
    deadline = time.monotonic() + 120
    while stored_count(db_path) < 30 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert proc.poll() is None, "ingest finished before it could be killed; make the batch larger"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert not leftover_processes(data_dir), "extraction workers outlived the killed ingest"

    with sqlite3.connect(db_path) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        documents = db.execute("SELECT id, current_version FROM documents").fetchall()
        versions = db.execute("SELECT id, version, sha256, raw, record FROM versions").fetchall()
    committed = len(documents)
    assert 30 <= committed < DOCUMENTS
    assert len(versions) == committed
    current = dict(documents)
    for record_id, version, sha, raw, text in versions:
        assert current[record_id] == version
        assert hashlib.sha256(raw).hexdigest() == sha
        record = Record.from_json(text)
        assert record.id == record_id and record.source.sha256 == sha and record.title

    reindex = cli("reindex")
    assert reindex.returncode == 0, reindex.stderr
    assert f"{committed} Dokumente indexiert" in reindex.stdout
    check = cli("check")
    assert "stimmten überein" in check.stdout, check.stdout
    results = json.loads(cli("search", "Ausschuss", "--json", "--limit", "5").stdout)
    assert results["total"] == committed

    rest = cli("ingest", str(batch), "--json", timeout=300)
    assert rest.returncode == 0, rest.stderr
    report = json.loads(rest.stdout)
    assert report["new"] == DOCUMENTS - committed and report["unchanged"] == committed
    assert json.loads(cli("search", "Ausschuss", "--json").stdout)["total"] == DOCUMENTS
