"""Shared fixtures: paths of the project, a CLI runner on a temporary data directory."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SEED = CORPUS / "dikom-konstituierung-2020-05-20.txt"
SHARED = ROOT.parent / "shared"
GOLD_SEED = SHARED / "gold" / "dikom-konstituierung-2020-05-20.json"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """An empty data directory for one test."""
    path = tmp_path / "data"
    path.mkdir()
    return path


CliRunner = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def cli(data_dir: Path) -> CliRunner:
    """Run ``pressearchiv --data DATA_DIR ARGS...`` in a subprocess and return the result."""

    def run(*args: str, timeout: float = 120, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "PYTHONUTF8": "1"}
        env.pop("PRESSEARCHIV_DATA", None)
        return subprocess.run(
            [sys.executable, "-m", "pressearchiv", "--data", str(data_dir), *args],
            capture_output=True,
            text=True,
            timeout=timeout,
            cwd=cwd or ROOT,
            env=env,
        )

    return run


@pytest.fixture
def gold_seed() -> dict:
    """The hand-checked reference record of the seed (from ../shared/gold)."""
    if not GOLD_SEED.exists():
        pytest.skip(f"{GOLD_SEED} is not available")
    return json.loads(GOLD_SEED.read_text(encoding="utf-8"))


def missing_tool(reason: str) -> None:
    """Skip a test whose tool is missing on a developer machine; fail it in CI, where setup installs it."""
    if os.environ.get("CI"):
        pytest.fail(f"CI must provide this: {reason}")
    pytest.skip(reason)
