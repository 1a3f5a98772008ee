#!/usr/bin/env bash
# Set everything up and start the chat app on the sample knowledge base.
set -euo pipefail
cd "$(dirname "$0")"
./setup.sh
.venv/bin/python -m assistant ingest
exec .venv/bin/streamlit run app.py --server.headless true "$@"
