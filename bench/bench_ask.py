"""Benchmark: answer latency. Warm per-question p50/p95 in one process, and the cold time of
one `python -m assistant ask` (process start, index load, answer) on an existing index.

    .venv/bin/python bench/bench_ask.py [--index .index]
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--index", default=str(ROOT / ".index"))
    ap.add_argument("--knowledge", default=str(ROOT / "knowledge"))
    args = ap.parse_args()
    from assistant.engine import Engine
    from index.build import update_index as ingest
    from index.store import current_generation

    if current_generation(Path(args.index)) is None:
        ingest(Path(args.knowledge), Path(args.index))
    cases = [json.loads(x) for x in (ROOT / "eval" / "dev_questions.jsonl").read_text().splitlines() if x.strip()]
    questions = [t for c in cases for t in c["turns"]]

    t0 = time.perf_counter()
    engine = Engine.from_index(Path(args.index))
    load = time.perf_counter() - t0
    for q in questions:
        engine.ask(q, engine.new_conversation())
    per: dict[str, list[float]] = {"stats": [], "documents": []}
    times = []
    for _ in range(5):
        for q in questions:
            t0 = time.perf_counter()
            a = engine.ask(q, engine.new_conversation())
            dt = (time.perf_counter() - t0) * 1000
            times.append(dt)
            per[a.route].append(dt)
    times.sort()
    print(f"engine load (in process): {load:.2f} s")
    print(f"warm ask: p50 {statistics.median(times):.1f} ms, p95 {times[int(0.95 * (len(times) - 1))]:.1f} ms over {len(times)} questions")
    for route, ts in per.items():
        if ts:
            print(f"  {route}: p50 {statistics.median(ts):.1f} ms (n={len(ts)})")
    colds = []
    for _ in range(3):
        t0 = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "assistant", "ask", "--json", "--index", args.index, questions[0]],
            cwd=ROOT, check=True, capture_output=True,
        )
        colds.append(time.perf_counter() - t0)
    print(f"cold `python -m assistant ask` (one question, existing index): {min(colds):.2f} s best, {statistics.median(colds):.2f} s median")


if __name__ == "__main__":
    main()
