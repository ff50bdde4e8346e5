#!/usr/bin/env bash
# Sets up everything Pressearchiv needs on a fresh Debian machine:
# Debian's Chromium (browser tests), a Python venv with the project and its
# test tools, and axe-core from npm (accessibility checks). Safe to re-run.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 1; fi; }

if [ ! -x /usr/bin/chromium ]; then
  echo "== Installing Debian's chromium (for the browser tests)"
  as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null \
    || echo "!! could not install chromium: the browser tests will fail" >&2
fi

PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  echo "== Creating .venv"
  "$PYTHON" -m venv .venv
fi
echo "== Installing Pressearchiv and its test tools into .venv"
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
.venv/bin/python -m pip install -q --disable-pip-version-check -e '.[test]'

if [ ! -f node_modules/axe-core/axe.min.js ]; then
  if command -v npm >/dev/null; then
    echo "== Installing axe-core (accessibility checks)"
    npm install --no-save --no-audit --no-fund --silent axe-core@4 >/dev/null
  else
    echo "!! npm not found: the accessibility checks will fail" >&2
  fi
fi
echo "== Setup done"
