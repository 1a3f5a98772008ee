"""The app's numbers, measured in Chromium against a copy of an index:

- catalogue (suggested questions checked against the engine) at ingest: seconds;
- server start (engine loaded) and first page interactive after the server is up;
- Enter → answer on screen, per question, first and second time.

    .venv/bin/python bench/bench_app.py [--index .index] [--knowledge knowledge] [--rounds 2]

Needs Debian's /usr/bin/chromium. The index is copied, never changed.
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.test_browser import (  # noqa: E402
    HIGHEST,
    NINETEEN_BARS,
    ONE_BAR,
    TWO_BARS,
    ask,
    chromium,
    new_page,
    open_start_screen,
    running_app,
    wait_idle,
)

QUESTIONS = [(HIGHEST, "10,85"), (ONE_BAR, "6,73"), (TWO_BARS, "10,46"), (NINETEEN_BARS, "4,39"), ("Vad står det om EU-stöd?", "EU")]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", default=str(ROOT / ".index"))
    parser.add_argument("--knowledge", default=str(ROOT / "knowledge"))
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()

    from assistant.catalog import update_catalog

    with tempfile.TemporaryDirectory() as tmp:
        knowledge, index = Path(tmp) / "knowledge", Path(tmp) / "index"
        shutil.copytree(args.knowledge, knowledge)
        shutil.copytree(args.index, index)
        shutil.rmtree(index / "catalogue", ignore_errors=True)
        t0 = time.perf_counter()
        catalog = update_catalog(index, knowledge)
        print(f"catalogue at ingest: {time.perf_counter() - t0:.1f} s, {len(catalog.suggestions)} suggestions")

        with running_app(knowledge, index) as server, chromium() as browser:
            page = new_page(browser)
            t_open = time.perf_counter()
            open_start_screen(page, server)
            print(f"server up (engine loaded): {server.served:.1f} s")
            print(f"first page interactive: {time.perf_counter() - server.up_at:.2f} s after the server was up "
                  f"(page load {time.perf_counter() - t_open:.2f} s)")
            wait_idle(page)
            for r in range(args.rounds):
                for q, expect in QUESTIONS:
                    seconds = ask(page, q, expect)
                    wait_idle(page)
                    print(f"round {r + 1}: {seconds:5.2f} s  {q}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
