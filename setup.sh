#!/usr/bin/env bash
# Creates .venv at the repo root from requirements.txt (idempotent: skips when up to date).
set -euo pipefail
cd "$(dirname "$0")"
PY=${PYTHON:-python3.11}
command -v "$PY" >/dev/null 2>&1 || PY=python3
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
stamp=.venv/.requirements.sha256
want=$(sha256sum requirements.txt | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  # torch first, pinned: the CPU build on local disk; an unpinned torch pulls a multi-GB CUDA build.
  # pip byte-compiles every module on one core (1.5 min here); install without, then compile on
  # all cores. Not compiling at all costs more later: every test subprocess that imports torch
  # would compile it again until one had written its .pyc.
  .venv/bin/python -m pip install -q --no-compile "$(grep -E '^torch==' requirements.txt)"
  .venv/bin/python -m pip install -q --no-compile -r requirements.txt
  .venv/bin/python -m compileall -q -j 0 "$(.venv/bin/python -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')" >/dev/null || true
  echo "$want" > "$stamp"
fi
