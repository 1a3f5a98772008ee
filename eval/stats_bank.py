"""The statistics question bank: loading, the fit/test split, and judging one answer.

A bank question (``eval/banks/stats_*.jsonl``) names its table by file (+ sheet or page), its
gold reading (column, operation, rows, filters) and the figures a right answer contains. An
answer is judged by its figures, not its wording:

- right        – answered, and every expected value is among the answer's figures;
- asked back   – not answered, but alternatives offered (the engine was unsure and said so);
- abstained    – not answered ("Jag hittar inget stöd …");
- wrong        – answered with figures that miss an expected value (confidently wrong when no
                 alternative reading was offered);
and for questions the tables cannot answer: right when not answered, wrong when answered.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path

EVAL_DIR = Path(__file__).resolve().parent
BANK_FILES = ("banks/stats_sample_pdf.jsonl", "banks/stats_realdata.jsonl")
KB_ROOTS = {"sample": "knowledge", "realdata": "../shared/realdata"}


def load_bank(paths: tuple[str, ...] = BANK_FILES) -> list[dict]:
    out = []
    for p in paths:
        for line in (EVAL_DIR / p).read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.append(json.loads(line))
    return out


def file_key(q: dict) -> str:
    return f"{q['kb']}:{q['source']['file']}"


def split_of(q: dict) -> str:
    """'fit' or 'test' (eval/stats_split.json: split by file)."""
    split = json.loads((EVAL_DIR / "stats_split.json").read_text(encoding="utf-8"))
    key = file_key(q)
    for side in ("fit", "test"):
        for pattern in split[side]:
            if pattern == key or (pattern.endswith(":*") and key.startswith(pattern[:-1])):
                return side
    return "test"


def table_key(q: dict) -> tuple:
    s = q["source"]
    return (q["kb"], s["file"], s.get("sheet"), s.get("page"))


@dataclass
class Verdict:
    outcome: str  # right | asked_back | abstained | wrong | answered_unanswerable
    confident: bool  # answered with no alternative reading offered
    missing: list[str]


def _decimals(x: float) -> int:
    s = repr(float(x))
    if "e" in s:
        return 6
    frac = s.split(".")[1] if "." in s else ""
    return 0 if frac == "0" else len(frac)


def value_matches(expected: float, got: float, unit: str | None) -> bool:
    """Equal to the expected value's precision; a share stored as a fraction matches its percent."""
    tol = max(0.5 * 10 ** -_decimals(expected), 1e-9) + 1e-9 * abs(expected)
    cands = [got]
    if unit == "andel" or (unit == "%" and abs(got) <= 1.0):
        cands += [got * 100, got / 100]
    else:
        cands.append(got * 100 if abs(got) <= 1.0 else got / 100)
    for i, c in enumerate(cands):
        if i and unit not in ("andel", "%"):
            break  # only shares may be read as fractions or percent
        if math.isfinite(c) and abs(c - expected) <= tol:
            return True
    return False


def judge(q: dict, answer) -> Verdict:
    confident = not answer.alternatives
    if not q.get("answerable", True):
        if answer.answered:
            return Verdict("answered_unanswerable", confident, [])
        return Verdict("right", confident, [])
    if not answer.answered:
        return Verdict("asked_back" if answer.alternatives else "abstained", False, [])
    figures = [f for f in answer.figures if f.value is not None]
    quoted = _numbers_in(getattr(answer, "answer", "")) if not figures else []
    missing = []
    for e in q.get("expect", []):
        v = e.get("value")
        if v is None or isinstance(v, str):
            continue
        # a total row shown beside the answer for comparison ("Som jämförelse: Dalarna 25 %") is
        # not the answer, unless the expected figure is that row's
        label = str(e.get("label") or "").casefold()
        counted = [f for f in figures if not f.is_total or (label and label in f.label.casefold())]
        if not any(value_matches(float(v), float(f.value), f.unit) for f in counted) and not any(
            value_matches(float(v), x, None) for x in quoted
        ):
            missing.append(f"{e.get('label')}={v}")
    return Verdict("wrong" if missing else "right", confident, missing)


def _numbers_in(text: str) -> list[float]:
    """Numbers a quoted answer states (a document may print the table's figure in its text)."""
    import re

    from ingest.numbers import parse_number

    out = []
    for m in re.finditer(r"[−-]?\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|[−-]?\d+(?:,\d+)?", text):
        pn = parse_number(m.group(0))
        if pn is not None:
            out.append(pn.value)
    return out
