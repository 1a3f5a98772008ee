"""bounds: a cell that gives no figure but a bound on it – Skolverket's "~100" (between 95 and
100, its notes say), ">95", "<5", "≥ 90" – read as the interval it allows, so that a question
about a bound ("minst 90 %") can still be settled for that row, or said to be unsettled.

A share kept back for privacy is no missing value: "hur många skolor har minst 90 % behöriga"
counted over the schools with an exact figure only had answered 2 of 3, when two more schools
stood at "~100" (round 220)."""
from __future__ import annotations

import math
import re

from ingest.numbers import parse_number

# a bound as an export writes it: a sign, then a figure ("~100", "> 95", "≤5", "ca 100")
_BOUNDED = re.compile(r"^\s*(~|≈|ca\.?|<=|>=|<|>|≤|≥)\s*(\d+(?:[.,]\d+)?)\s*%?\s*$", re.I)
# a table's note saying what "~100" stands for: "~100 = Andelen ligger mellan 95 och 100 procent"
_APPROX_NOTE = re.compile(
    r"(?:~|≈)\s*(\d+(?:[.,]\d+)?)\s*(?:=|:|betyder|means)[^.;]*?\b(?:mellan|between)\s+(\d+(?:[.,]\d+)?)\s+(?:och|and)\s+(\d+(?:[.,]\d+)?)",
    re.I,
)


def _number(text: str) -> float | None:
    p = parse_number(text, ",")
    return None if p is None else p.value


def interval_of(raw: object, notes: tuple[str, ...]) -> tuple[float, float, bool, bool] | None:
    """(low, high, low included, high included) a bounded cell allows; None for any other cell.
    "~100" is an interval only where the table's notes say which ("mellan 95 och 100"): on its
    own it says about 100, no bound to count on."""
    if raw is None or (isinstance(raw, float) and math.isnan(raw)):
        return None
    m = _BOUNDED.match(str(raw))
    if m is None:
        return None
    sign, value = m.group(1).lower(), _number(m.group(2))
    if value is None:
        return None
    if sign in ("<", "<="):
        return (-math.inf, value, False, sign == "<=")
    if sign == "≤":
        return (-math.inf, value, False, True)
    if sign == ">":
        return (value, math.inf, False, False)
    if sign in (">=", "≥"):
        return (value, math.inf, True, False)
    for note in notes:
        for n in _APPROX_NOTE.finditer(note or ""):
            if _number(n.group(1)) == value:
                low, high = _number(n.group(2)), _number(n.group(3))
                if low is not None and high is not None and low <= value <= high + 1e-9:
                    return (low, high, True, True)
    return None


def settles(interval: tuple[float, float, bool, bool], op: str, bound: float) -> bool | None:
    """Does every value the interval allows pass ``op bound`` (True), none (False), or some (None)?"""
    low, high, low_in, high_in = interval

    def passes(x: float, edge_in: bool) -> bool:
        # an open edge stands just inside: "> 95" is never 95 itself
        if op == ">":
            return x > bound or (not edge_in and x == bound and x == low)
        if op == ">=":
            return x >= bound
        if op == "<":
            return x < bound or (not edge_in and x == bound and x == high)
        return x <= bound

    ends = [passes(low, low_in), passes(high, high_in)]
    if all(ends):
        return True
    if not any(ends):
        return False
    return None


def meaning_of(cell: str, notes: tuple[str, ...]) -> str:
    """The clause of the table's notes that says what a bounded cell stands for ("~100 = Andelen
    ligger mellan 95 och 100 procent och redovisas inte exakt av integritetsskäl"), or ""."""
    for note in notes:
        for clause in re.split(r"(?<=[.;]),?\s+|,\s+(?=\S{1,6}\s*=)", note or ""):
            if clause.strip().startswith(cell):
                return clause.strip().rstrip(".;,")
    return ""
