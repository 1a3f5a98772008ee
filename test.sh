#!/usr/bin/env bash
# Set everything up and run all tests: lint, then pytest (which also runs the sample
# questions through `python -m assistant eval`, and the browser test when Chromium exists).
set -euo pipefail
cd "$(dirname "$0")"
./setup.sh
.venv/bin/ruff check .
if [ $# -gt 0 ]; then
  exec .venv/bin/python -m pytest "$@"
fi
# The whole suite: everything but the real-browser tests on two workers (a file stays on one worker,
# so its fixtures are built once), then the browser tests alone, whose timings compare a session's
# answers with and without a re-index running beside them and must not share the CPU with a worker.
# The sample index both runs read is built once, by whichever session needs it first.
KB_TEST_SHARED_SAMPLE="$(mktemp -d)"
export KB_TEST_SHARED_SAMPLE
trap 'rm -rf "$KB_TEST_SHARED_SAMPLE"' EXIT
.venv/bin/python -m pytest -n "${KB_TEST_WORKERS:-2}" --dist loadfile -m "not browser"
.venv/bin/python -m pytest -m browser
