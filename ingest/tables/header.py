"""Several header rows → one name per column; a leading data row that is really a header."""
from __future__ import annotations

import re

from ..clean import join_hyphenated
from ..swedish import period_key, words, years_in
from .cells import (
    _is_marker,
    blank,
    cell_text,
    clean_text,
    is_period_like,
    numberish,
)

# ---------------------------------------------------------------- header rows


def _group_labels_to_block_starts(row: list[str], bottom: list[str]) -> list[str]:
    """Group labels set right-aligned over their columns ("Kvinnor" over "Antal", "Andel (%)", read
    into the second of them): when the labels stand g columns apart over a lower row that repeats
    the same g names ("Antal, Andel (%), Antal, Andel (%)"), each at the last column of a block,
    they go to the first column of their block – read where they stood, every group had slid one
    column to the right."""
    width = len(row)
    filled = [j for j in range(width) if row[j]]
    if len(filled) < 2:
        return row
    g = filled[1] - filled[0]
    if g < 2 or any(b - a != g for a, b in zip(filled, filled[1:])):
        return row
    start = filled[0] - g + 1
    if start < 1 or start + len(filled) * g > width or any(row[start:filled[0]]):
        return row
    blocks = [bottom[start + i * g: start + (i + 1) * g] for i in range(len(filled))]
    if not all(blocks[0]) or any(b != blocks[0] for b in blocks) or len(set(blocks[0])) < 2:
        return row
    out = [""] * width
    for i, j in enumerate(filled):
        out[start + i * g] = row[j]
    return out


_PLACEHOLDER = re.compile(r"(?:column|kolumn|unnamed:?|field|fält)\s*_?\d+", re.IGNORECASE)


def combine_header_rows(rows: list[list[object]]) -> list[str]:
    """Several header rows → one name per column.

    An upper-row text stands over the columns to its right until the next text, as long as
    those columns have a lower header ("Andel (%) som slutfört" over "Inom 3 år", "Inom 4 år"…)
    and no row above starts a new group there – that is what merged cells look like once
    read. An upper row shifted one column left (over the unnamed label column) is moved back.
    Parts are joined with a space when the next part continues a phrase (lower-case start,
    a bracket), a word broken at a hyphen is joined again ("visstids-" + "anställda"), else
    parts are joined with ", ".
    """
    if not rows:
        return []
    # (a row of a tool's placeholder names – Power Query's "Column1" … "Column10", pandas'
    # "Unnamed: 3" – over the real header names nothing: it goes)
    named = [r for r in rows if not all(blank(x) or _PLACEHOLDER.fullmatch(clean_text(x)) for x in r)]
    rows = named or rows
    width = max(len(r) for r in rows)
    orig = [[clean_text(r[i]) if i < len(r) else "" for i in range(width)] for r in rows]
    bottom = orig[-1]
    half = width // 2
    if len(orig) > 1 and width >= 4 and not width % 2 and bottom[0] and bottom[:half] == bottom[half:]:
        # a table wrapped into two halves side by side, its header said over each ("Kommun | 2023 |
        # 2024 | Kommun | 2023 | 2024"): a label over the left half's last column stops at the
        # right half's first ("Andel¹" had headed its "Kommun" too)
        return combine_header_rows([r[:half] for r in orig]) + combine_header_rows([r[half:] for r in orig])
    for r in range(len(orig) - 1):
        row = orig[r]
        filled = [j for j in range(width) if row[j]]
        if (
            filled
            and not bottom[filled[0]]
            and all(j + 1 < width and bottom[j + 1] and not row[j + 1] for j in filled)
        ):
            orig[r] = [""] + row[:-1]
    for r in range(len(orig) - 1):
        orig[r] = _group_labels_to_block_starts(orig[r], bottom)
    grid = [list(r) for r in orig]
    for r in range(len(grid) - 1):
        row = grid[r]
        src = -1
        for j in range(width):
            if orig[r][j]:
                src = j
            elif not bottom[j]:
                src = -1
            elif src >= 0 and _other_year(orig[r][src], bottom[j]):
                # "2025" merged over "jan" … "dec" stops at "Totalt 2024": a column that names
                # another year is no column of that year's group, nor are those after it
                src = -1
            elif src >= 0 and not any(orig[k][i] for k in range(r) for i in range(src + 1, j + 1)):
                row[j] = orig[r][src]
    names = []
    for j in range(width):
        parts: list[str] = []
        for r in range(len(grid)):
            p = grid[r][j]
            if p and (not parts or parts[-1] != p):
                parts.append(p)
        name = ""
        for p in parts:
            if not name:
                name = p
            elif _finer_period(name, p) or _restates_year(name, p):
                name = p  # "Läsår 2022/23" over "HT 2022": the term is the column's period ("2025" over "Totalt 2025": said)
            elif name.endswith("-") and (joined := join_hyphenated(name, p)) is not None:
                name = joined
            elif p[:1].islower() or p[:1] in "([" or name.endswith(("-", "–", "/")):
                name = f"{name} {p}"
            else:
                name = f"{name}, {p}"
        names.append(name)
    return names


def _only_years(label: str) -> set[int]:
    """The years a label says when it says nothing but years and a word of time ("2025", "Läsår
    2022/23", "År 2025"); empty otherwise."""
    rest = [w for w in words(label.lower()) if not w.isdigit() and w not in _PERIOD_GROUP_WORDS]
    return set() if rest else _years_spanned(label)


def _restates_year(group: str, lower: str) -> bool:
    """Does a lower header say the year of a group label of years again ("2025" over "Totalt 2025")?"""
    spanned = _only_years(group)
    return bool(spanned) and bool(years_in(lower)) and set(years_in(lower)) <= spanned


def _other_year(group: str, lower: str) -> bool:
    """Does a lower header name a year that a group label of years ("2025", "År 2025") does not?"""
    spanned = _only_years(group)
    return bool(spanned) and bool(set(years_in(lower)) - spanned)


def _finer_period(upper: str, lower: str) -> bool:
    """Is ``lower`` a period within the period ``upper`` says – a term under its school year
    ("Läsår 2022/23" over "HT 2022", "VT 2023"), a month under its year ("2024" over "jan 2024")?
    ``upper`` says nothing but its years and a word of time."""
    key = period_key(lower)
    if not (isinstance(key[0], int) and key[0] > 0 and any(key[1:])):
        return False  # (a period finer than a year, with its year)
    return key[0] in _only_years(upper)


_PERIOD_GROUP_WORDS = frozenset({"år", "året", "läsår", "läsåret", "lasar", "budgetår", "verksamhetsår", "kalenderår", "year", "academic"})


def _years_spanned(text: str) -> set[int]:
    """The years a period text spans: "2022/23" and "2022–2023" both ends."""
    ys = set(years_in(text))
    for a, b in re.findall(r"((?:19|20)\d\d)\s*[/–-]\s*(\d\d)(?!\d)", text):
        ys |= {int(a), int(a[:2] + b)}
    return ys


def _is_header_continuation(row: list[object], rest: list[list[object]]) -> bool:
    """A leading data row that is really a second header row (PDF tables with two header rows)."""
    cells = [(j, v) for j, v in enumerate(row) if not blank(v)]
    if not cells or not rest or all(j == 0 for j, _ in cells):
        return False
    years = [v for _, v in cells if numberish(v)]
    if years and not (all(is_period_like(y) for y in years) and len({cell_text(y) for y in years}) == len(years) >= 2):
        return False
    if any(_is_marker(v) for _, v in cells):
        return False
    # a year over a column of years or codes below ("period" 2024, "municipality_id" 1981 of a
    # Kolada export) is the first row's own cell, not a header over figures
    for j, v in cells:
        if numberish(v):
            col = [r[j] for r in rest if j < len(r) and not blank(r[j])]
            if col and sum(is_period_like(x) for x in col) >= 0.8 * len(col):
                return False
    numeric_cols = set()
    for j in range(len(row)):
        col = [r[j] for r in rest if j < len(r) and not blank(r[j])]
        if col and sum(numberish(v) for v in col) >= 0.8 * len(col):
            numeric_cols.add(j)
    return any(j in numeric_cols for j, _ in cells)


