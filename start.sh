#!/usr/bin/env bash
# Set everything up, bring the index (and its suggested questions) up to date, start the chat.
# Options are passed on to Streamlit, e.g. ./start.sh --server.port 8600 --server.address 0.0.0.0
set -euo pipefail
cd "$(dirname "$0")"
./setup.sh
.venv/bin/python -m assistant ingest
exec .venv/bin/python -m ui.serve "$@"
