"""`python -m assistant eval FILE.jsonl`: run question conversations and judge the answers."""
from __future__ import annotations

import json
import re
from pathlib import Path

from .answer import Answer


def _norm(s: str) -> str:
    return re.sub(r"[\s\u00a0\u202f]+", " ", s.lower())


def judge(case: dict, ans: Answer) -> list[str]:
    """Reasons the answer fails the case (empty = pass)."""
    problems = []
    if case.get("unanswerable"):
        if ans.answered:
            problems.append("svarade trots att kunskapsbanken saknar stöd")
        return problems
    if not ans.answered:
        problems.append("svarade inte")
    haystack = _norm(ans.answer + " " + " ".join(f.label for f in ans.figures))
    for alternatives in case.get("expect", []):
        if not any(_norm(a) in haystack for a in alternatives):
            problems.append(f"saknar {alternatives}")
    text = _norm(ans.answer)
    for num in case.get("numbers", []):
        variants = {_norm(num), _norm(num).replace(" ", "")}
        if re.fullmatch(r"\d{4,}", num):
            variants.add(f"{num[:-3]} {num[-3:]}")
        if not any(v in text or v in text.replace(" ", "") for v in variants):
            problems.append(f"saknar talet {num}")
    for bad in case.get("reject", []):
        if _norm(bad) in text:
            problems.append(f"innehåller {bad!r}")
    if case.get("doc"):
        docs = [c.document for c in ans.citations] + [f.source.document for f in ans.figures]
        if not any(case["doc"] in d for d in docs):
            problems.append(f"källan {case['doc']} saknas")
    return problems


def run_eval(file: Path, index_dir: Path, embedder: str | None = None, verbose: bool = False) -> int:
    from .engine import Engine

    engine = Engine.from_index(index_dir, embedder)
    cases = [json.loads(line) for line in file.read_text(encoding="utf-8").splitlines() if line.strip()]
    passed = 0
    for case in cases:
        conv = engine.new_conversation()
        ans = None
        for turn in case["turns"]:
            ans = engine.ask(turn, conv)
        problems = judge(case, ans)
        ok = not problems
        passed += ok
        print(f"{'PASS' if ok else 'FAIL'} {case.get('id', '?')}: {case['turns'][-1]}" + ("" if ok else f" – {'; '.join(problems)}"))
        if verbose or not ok:
            print("    " + ans.answer.replace("\n", "\n    ")[:800])
    print(f"\nResultat: {passed}/{len(cases)} godkända ({100 * passed / max(len(cases), 1):.0f} %)")
    return 0 if passed == len(cases) else 1
