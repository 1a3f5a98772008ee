"""How often the statistics route's answers are right, per band of its confidence.

    .venv/bin/python eval/calibration.py [--split fit|test] [--cache /work/cache]

Every question of the split is asked as a user would (earlier turns first); the answered
statistics answers are binned by ``Answer.confidence`` and judged with ``eval.stats_bank.judge``.
The wording of doubt in ``assistant/engine.py`` (``UNSURE_BELOW``, ``SURE_FROM``) is read off
this table on the fit split (eval/README.md).
"""
from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_resolve import engine_for  # noqa: E402
from eval.stats_bank import judge, load_bank, split_of  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", default="fit", choices=["fit", "test"])
    ap.add_argument("--cache", default="/work/cache" if Path("/work/cache").is_dir() else str(ROOT / "bench" / "out"))
    args = ap.parse_args(argv)
    engines: dict = {}
    bins: dict[int, collections.Counter] = collections.defaultdict(collections.Counter)
    for q in (q for q in load_bank() if split_of(q) == args.split):
        if q["kb"] not in engines:
            engines[q["kb"]] = engine_for(q["kb"], Path(args.cache), None)
        engine = engines[q["kb"]]
        conv = engine.new_conversation()
        ans = None
        for turn in q["turns"]:
            ans = engine.ask(turn, conv)
        if ans is None or not ans.answered or ans.route != "stats":
            continue
        band = min(int((ans.confidence or 0.0) * 10), 9)
        bins[band][judge(q, ans).outcome] += 1
    print(f"[{args.split}] besvarade statistiksvar per konfidensband")
    for band in sorted(bins):
        c = bins[band]
        n = sum(c.values())
        print(f"  {band / 10:.1f}–{(band + 1) / 10:.1f}: {c['right']:3d} av {n:3d} rätt ({100 * c['right'] / n:.0f} %)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
