"""Which of our modules does one question pass through? Prints numbers (issue #11's walk).

    .venv/bin/python bench/walk_question.py [--index DIR] ["Vilket område har högst andel sjukskrivna?"]

Asks the question once to warm the engine (loading, first embedding), then again under a
profiler hook and lists, in the order first entered, every module of this repository whose code
ran for the answer – and the modules on the call stack when the statistics route first hands a
frame to pandas (``query.run``). Nothing is timed; the counts are what a newcomer follows.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

OURS = ("app", "ui", "assistant", "ingest", "index", "errors")


def _module(frame) -> str | None:
    name = frame.f_globals.get("__name__", "")
    return name if name.split(".")[0] in OURS else None


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("question", nargs="?", default="Vilket område har högst andel sjukskrivna?")
    ap.add_argument("--index", default=str(ROOT / ".index"), help="an index of the sample knowledge base")
    args = ap.parse_args()

    from assistant.engine import Engine

    engine = Engine.from_index(Path(args.index))
    engine.ask(args.question, engine.new_conversation())  # warm: loading is not the question's path
    engine.resolver._results.clear()  # … but the figures are computed again, not taken from the cache

    entered: dict[str, None] = {}
    at_pandas: list[str] = []

    def hook(frame, event, _arg):
        if event != "call":
            return
        mod = _module(frame)
        if mod is not None:
            entered.setdefault(mod, None)
            if not at_pandas and mod == "assistant.stats.query" and frame.f_code.co_name == "run":
                f, stack = frame, []
                while f is not None:
                    m = _module(f)
                    if m is not None and (not stack or stack[-1] != m):
                        stack.append(m)
                    f = f.f_back
                at_pandas.extend(reversed(stack))

    sys.setprofile(hook)
    try:
        answer = engine.ask(args.question, engine.new_conversation())
    finally:
        sys.setprofile(None)
    print(f"fråga: {args.question}")
    print(f"väg: {answer.route}, besvarad: {answer.answered}")
    print(f"moduler som körde: {len(entered)}")
    for m in entered:
        print(f"  {m}")
    print(f"moduler på stacken vid första pandas-anropet (query.run): {len(dict.fromkeys(at_pandas))}")
    print("  " + " → ".join(at_pandas))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
