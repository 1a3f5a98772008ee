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
# The network here drops large downloads now and then (CI once failed on a 91 MB wheel cut at
# 70 MB): pip resumes a cut download and the whole step is tried again before giving up.
pip_install() {
  local try
  for try in 1 2 3; do
    .venv/bin/python -m pip install -q --retries 10 $resume "$@" && return 0
    echo "pip install failed (try $try of 3); trying again" >&2
    sleep 5
  done
  return 1
}
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  resume=""
  pip_install --upgrade pip
  # pip 25.1 and newer resume an interrupted download instead of starting it again.
  if .venv/bin/python -m pip install --help 2>/dev/null | grep -q -- --resume-retries; then
    resume="--resume-retries 20"
  fi
  # torch first, pinned: the CPU build on local disk; an unpinned torch pulls a multi-GB CUDA build.
  # pip byte-compiles every module on one core (1.5 min here); install without, then compile on
  # all cores. Not compiling at all costs more later: every test subprocess that imports torch
  # would compile it again until one had written its .pyc.
  pip_install --no-compile "$(grep -E '^torch==' requirements.txt)"
  pip_install --no-compile -r requirements.txt
  .venv/bin/python -m compileall -q -j 0 "$(.venv/bin/python -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')" >/dev/null || true
  echo "$want" > "$stamp"
fi
