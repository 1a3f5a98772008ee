"""Ask a fresh-user round again and judge it by its expected figures. Prints a table of outcomes.

    .venv/bin/python eval/fresh/run_fresh.py r15 [--work DIR] [-v]

A round is what a helper who had not read the code built and asked, as a new user would: a
script that writes its exports (``<round>_make_files.py OUT_DIR``) and its questions
(``<round>_questions.jsonl``: question, follow-ups, answerable, expected_values). The round was
measured once, on the code of its day (see eval/README.md); the code has since been changed
for what it showed, so running it again is a dev check, not a measurement.

An answerable question is *right* when the engine answers and every expected value is among
its figures (or, for a quote, in its text) and every expected label in its text or reading; *asked back* when it offers readings instead; *refused*
when it says it has no support; otherwise *wrong*, and *confidently wrong* without alternatives.
An unanswerable question is right when the engine does not answer it.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))


def _numbers(text: str) -> list[float]:
    """Figures written in an answer ("−31 586", "10,4 %")."""
    out = []
    for m in re.finditer(r"[-−–]?\d[\d\s\u00a0\u202f]*(?:,\d+)?", text):
        raw = m.group(0).replace("−", "-").replace("–", "-").replace(",", ".")
        raw = re.sub(r"[\s\u00a0\u202f]", "", raw)
        try:
            out.append(float(raw))
        except ValueError:
            pass
    return out


def _has(values: list[float], want: float) -> bool:
    return any(abs(v - want) <= max(0.051, abs(want) * 1e-6) for v in values)


def _shows(shown: list[float], v, text: str) -> bool:
    """An expected value among the figures – written as a number, or as the helper wrote it:
    "96,2" is a figure, "2025-06-10" a date to find in the text."""
    try:
        return _has(shown, float(str(v).replace(",", ".").replace("\u2212", "-")))
    except ValueError:
        return str(v) in text


def judge(q: dict, answer) -> str:
    if not q.get("answerable", True):
        return "right" if not answer.answered else ("answered_unanswerable" if not answer.alternatives else "answered_with_doubt")
    if not answer.answered:
        return "asked_back" if answer.alternatives else "refused"
    shown = [f.value for f in answer.figures] + _numbers(answer.answer)
    named = all(label in answer.answer or label in (answer.reading or "") for label in q.get("expected_labels", []))
    if named and all(_shows(shown, v, answer.answer) for v in q.get("expected_values", [])):
        return "right"
    return "wrong" if answer.alternatives else "confidently_wrong"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("round", help="e.g. r15")
    ap.add_argument("--work", help="folder for the generated files and the index (default: a temporary one)")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    from assistant.engine import Engine
    from index.build import update_index

    work = Path(args.work) if args.work else Path(tempfile.mkdtemp(prefix=f"fresh-{args.round}-"))
    knowledge, index = work / "knowledge", work / "index"
    if not knowledge.exists():
        subprocess.run([sys.executable, str(HERE / f"{args.round}_make_files.py"), str(knowledge)], check=True)
    update_index(knowledge, index)
    engine = Engine.from_index(index)
    counts: Counter = Counter()
    for line in (HERE / f"{args.round}_questions.jsonl").read_text(encoding="utf-8").splitlines():
        q = json.loads(line)
        conv = engine.new_conversation()
        # (the expected values are the question's own: its answer is judged, the follow-ups are
        # asked after it in the same conversation and shown – until 2026-12-05 the last
        # follow-up's answer had been judged against the question's values)
        answer = engine.ask(q["question"], conv)
        later = [engine.ask(turn, conv) for turn in q.get("followups") or q.get("follow_ups") or []]
        # (… unless the round says its values are the last follow-up's: "expected_after":
        # "follow_ups", as rounds 181 and 182 were asked to write them)
        outcome = judge(q, later[-1] if later and q.get("expected_after") == "follow_ups" else answer)
        counts[outcome] += 1
        if args.verbose or outcome != "right":
            print(f"[{outcome}] {q['id']} {q['question']!r} – väntat: {q.get('expected', '')}")
            print("    " + (answer.reading or "–")[:200])
            print("    " + answer.answer.replace("\n", " ")[:240])
            for turn, a in zip(q.get("followups") or q.get("follow_ups") or [], later):
                print(f"    följdfråga {turn!r}: " + a.answer.replace("\n", " ")[:200])
    total = sum(counts.values())
    print(f"{args.round}: {total} frågor – " + ", ".join(f"{k} {v}" for k, v in counts.most_common()))


if __name__ == "__main__":
    main()
