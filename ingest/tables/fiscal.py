"""fiscal: months written without their year ("jul" … "jun") in a table whose title gives the
year they run over – a business year, "verksamhetsåret 2023/24 (juli 2023 – juni 2024)" – each
given its year, so that "Borås i januari 2024" finds January of the 2023/24 sheet and not of the
2024/25 one, and months of two years are no longer one month each.

A month's year comes from the title's span: from its first month on, the span's first year, and
after December the next; a title of one year gives that year to all twelve."""
from __future__ import annotations

import re

import pandas as pd

from ..model import Table
from ..swedish import MONTHS, fold

_MONTH = "(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
# "juli 2023 – juni 2024", "jul 2023-jun 2024"
_SPAN = re.compile(rf"\b{_MONTH}\s+((?:19|20)\d\d)\s*[–—-]\s*{_MONTH}\s+((?:19|20)\d\d)\b")
# "2023/24", "2023/2024": a business or school year
_SPLIT_YEAR = re.compile(r"\b((?:19|20)\d\d)\s*/\s*(\d\d|(?:19|20)\d\d)\b")


def _bare_month(text: object) -> int | None:
    s = fold(str(text)).strip().rstrip(".")
    return MONTHS.get(s)


def _years(caption: str, first_month: int) -> tuple[int, int, int] | None:
    """(first month, its year, the next year) the caption gives months, or None."""
    folded = fold(caption)
    m = _SPAN.search(folded)
    if m and MONTHS.get(m.group(1)) == first_month and int(m.group(4)) - int(m.group(2)) in (0, 1):
        return first_month, int(m.group(2)), int(m.group(4))
    m = _SPLIT_YEAR.search(folded)
    if m:
        start, end = int(m.group(1)), int(m.group(2))
        end = end + (start // 100) * 100 if end < 100 else end
        if end == start + 1 and first_month != 1:
            return first_month, start, end
    return None


def _dated(months: list[int], span: tuple[int, int, int]) -> list[int]:
    first, y1, y2 = span
    out, year, before = [], y1, first
    for mo in months:
        if mo < before:
            year = y2
        out.append(year)
        before = mo
    return out


def months_with_years(t: Table) -> Table:
    """``t`` with its bare month headers ("jul" … "jun") or its month column's bare months given
    the years its caption says they run over; ``t`` itself when it has none or says none."""
    from .codes import _read_again

    names = [c.name for c in t.columns]
    header_months = [(i, mo) for i, n in enumerate(names) if (mo := _bare_month(n)) is not None]
    if len(header_months) >= 3:
        span = _years(t.caption, header_months[0][1])
        if span is None:
            return t
        years = _dated([mo for _, mo in header_months], span)
        new = list(names)
        for (i, _), year in zip(header_months, years, strict=True):
            new[i] = f"{names[i]} {year}"
        return _read_again(t, new, f"Månaderna har fått sina år ur tabellens rubrik ({span[1]}/{span[2]}).")
    for c in t.columns:
        if c.role == "value" or c.name not in t.frame.columns:
            continue
        values = [v for v in t.frame[c.name].dropna().astype(str).unique()]
        months = [_bare_month(v) for v in values]
        if len(values) < 3 or any(mo is None for mo in months):
            continue
        span = _years(t.caption, months[0])
        if span is None:
            return t
        year_of = dict(zip(values, _dated(months, span), strict=True))

        def written(n: str, v: object, col=c.name, year_of=year_of) -> object:
            if n != col or v is None or (isinstance(v, float) and pd.isna(v)):
                return v
            return f"{str(v).strip()} {year_of[str(v)]}" if str(v) in year_of else v

        return _read_again(t, names, f"Månaderna har fått sina år ur tabellens rubrik ({span[1]}/{span[2]}).", written)
    return t
