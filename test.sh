#!/usr/bin/env bash
# Set everything up and run all tests: lint, then pytest (which also runs the sample
# questions through `python -m assistant eval`, and the browser test when Chromium exists).
set -euo pipefail
cd "$(dirname "$0")"
./setup.sh
.venv/bin/ruff check .
exec .venv/bin/python -m pytest "$@"
