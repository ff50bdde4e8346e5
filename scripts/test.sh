#!/usr/bin/env bash
# Sets everything up and runs all tests: ruff, then pytest (unit, CLI end to
# end, HTTP on 127.0.0.1, headless Chromium). Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
echo "== ruff check"
.venv/bin/ruff check .
echo "== pytest"
exec .venv/bin/python -m pytest "$@"
