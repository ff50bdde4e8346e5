#!/usr/bin/env bash
# Sets everything up, ingests corpus/ into ./data and serves the site on
# http://127.0.0.1:8000 (override with HOST / PORT; data dir with PRESSEARCHIV_DATA).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PRESSEARCHIV_DATA=${PRESSEARCHIV_DATA:-data}
.venv/bin/pressearchiv ingest corpus/
exec .venv/bin/pressearchiv serve --host "${HOST:-127.0.0.1}" --port "${PORT:-8000}"
