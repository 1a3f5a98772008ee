"""make_table: header + rows → Table (fill sparse labels, group headings, melt wide periods, roles, units, totals).

Why one module of this size: the steps of make_table run in order on one table and read each
other's results (sparse labels before roles, roles before units and totals).
"""
from __future__ import annotations

import re
from typing import NamedTuple

import numpy as np
import pandas as pd

from ..model import Column, Table
from ..numbers import float_decimals, parse_number, table_decimal
from ..swedish import DITTO_CELL, MONTHS, UNCHANGED_CELL, fold, half_year_of, municipality_of, week_of, words, years_in
from .cells import (
    _AGE_RE,
    _CODE_PREFIX_RE,
    _GEO_TOTAL_RE,
    _MONTHS,
    _PERIOD_COL_RE,
    _SEX_VALUES,
    _TEXT_HEADERS,
    _is_entity_header,
    blank,
    cell_text,
    clean_text,
    is_county,
    is_geo_header,
    is_period_like,
    is_total_label,
    numberish,
    uncoded,
)
from .columns import (
    _classify,
    _Col,
    _dedupe,
    _guess_kind_name,
    _measure_name,
    _sort_unit,
    _title_dimensions,
    caption_units,
    copy_ids,
    unit_from_text,
    units_in,
)
from .header import _is_header_continuation, combine_header_rows
from .layouts import (
    INTERVAL_NOTE,
    adds_up,
    count_ticks,
    estimates_of_intervals,
    is_sum_row,
    measure_blocks_by_place,
    measure_rows,
    measures_by_place,
    name_margins,
    name_repeated_shares,
    split_count_share,
    units_by_group,
)

# ---------------------------------------------------------------- make_table


def make_table(
    header: list[str],
    rows: list[list[object]],
    *,
    table_id: str,
    document: str,
    caption: str = "",
    page: int | None = None,
    sheet: str | None = None,
    section: str = "",
    notes: tuple[str, ...] = (),
) -> Table | None:
    """Header + rows (cells str/int/float/None) → Table, or None when there is no usable table
    (no numeric column, or no data row)."""
    # (a list's printed rules – "-----" under its title lines – are no words of its caption or notes)
    caption = _RULE_RUN.sub("", clean_text(caption)).strip(" –")
    notes = tuple(n for n in notes if not _RULE_CELL.fullmatch(str(n).strip()))
    width = max([len(header)] + [len(r) for r in rows]) if (header or rows) else 0
    if width == 0:
        return None
    hdr = [header[i] if i < len(header) else None for i in range(width)]
    grid = [[r[i] if i < len(r) else None for i in range(width)] for r in rows]
    # A "header" of numbers is the first data row (PDF tables whose real header is elsewhere).
    head_cells = [h for h in hdr if not blank(h)]
    head_numbers = [h for h in head_cells if numberish(h) and not is_period_like(h)]
    if head_cells and len(head_numbers) * 2 >= len(head_cells):
        grid.insert(0, hdr)
        hdr = [None] * width
    # (a rule printed between a list's rows – a SAP list's "-----" line, read as a row of one cell –
    # is no row: it had become a group heading over every row under it)
    grid = [r for r in grid if any(not blank(c) for c in r) and not all(blank(c) or _RULE_CELL.fullmatch(str(c).strip()) for c in r)]
    if page is not None:
        grid = _rejoined_rows(grid)
    extra = []
    while len(grid) > 1 and _is_header_continuation(grid[0], grid[1:]):
        extra.append(grid.pop(0))
    names = combine_header_rows([hdr, *extra]) if extra else [clean_text(h) for h in hdr]
    if not grid:
        return None
    keep = [j for j in range(width) if any(not blank(r[j]) for r in grid)]
    names = [names[j] for j in keep]
    grid = [[r[j] for j in keep] for r in grid]
    width = len(keep)
    if not width:
        return None
    names, grid = _stack_halves(names, grid)
    width = len(names)

    # An unnamed R/pandas row index ("", 1, 2, 3 …) is not data.
    if width > 1 and names[0].lower() in ("", "unnamed: 0", "...1", "x", "rownames"):
        first = [cell_text(r[0]).strip() for r in grid]
        if all(re.fullmatch(r"\d+", v) for v in first) and [int(v) for v in first] in (
            list(range(1, len(first) + 1)),
            list(range(len(first))),
        ):
            names = names[1:]
            grid = [r[1:] for r in grid]
            width -= 1

    if _dash_is_zero(notes, caption):
        # "- Inget finns att redovisa (värdet är noll)": the source's own key says a dash is 0
        grid = [[0 if isinstance(v, str) and v.strip() in _DASHES else v for v in r] for r in grid]
    grid, unchanged = _unchanged_from_the_left(names, grid)
    grid, ditto = _ditto_from_above(names, grid)
    grid, arrows = _signed_by_arrows(names, grid)
    notes = (*notes, *unchanged, *ditto, *arrows)
    grid, estimated = estimates_of_intervals(grid)
    if estimated:
        # "24 (20–28)": a survey's estimate with its confidence interval – the estimate is the figure
        notes = (*notes, INTERVAL_NOTE)
    names, grid = split_count_share(names, grid)
    names = name_margins(name_repeated_shares(names))
    width = len(names)
    # (an export with English number settings – "11.6" beside "3,905" – groups thousands by commas)
    decimal = table_decimal(v for r in grid for v in r)
    cols = [
        _classify(names[j], [r[j] for r in grid], names[j + 1] if j + 1 < width else "", decimal) for j in range(width)
    ]
    count_ticks(cols)
    if not any(c.kind == "value" and any(v == v for v in c.values) for c in cols):
        if not _is_register(cols, len(grid)):
            return None  # no column with a single number in it
        # a register of cases with no figures (one row per participant: kön, kommun, Ja/Nej): each
        # row counts once, so "hur många kvinnor avbröt" is a count of its rows
        n = len(grid)
        cols.append(_Col(name=REGISTER_COUNT, raw=["1"] * n, kind="value", values=[1.0] * n))
        notes = (*notes, f"Registret har inga siffror: kolumnen ”{REGISTER_COUNT}” är tillagd, 1 för varje rad.")
    _pad_codes(cols)
    _clean_names(cols)
    _fill_sparse(cols, len(grid))
    parts_col = _indented_parts(cols)
    if parts_col is not None:
        cols.insert(cols.index(parts_col[0]) + 1, parts_col[1])
    label_header = next((c.name for c in cols if c.kind != "value"), "")
    group_col = _group_headings(cols)
    if group_col is not None:
        cols.insert(0, group_col)
    if not cols[0].raw:
        return None
    _name_unnamed(cols, caption)
    for c, n in zip(cols, _dedupe([c.name for c in cols])):
        c.name = n
    _qualify_part_rows(cols)
    melted = (
        measure_rows(cols) or measures_by_place(cols) or units_by_group(cols) or _melt_periods(cols, caption) or _melt_places(cols, caption) or _melt_place_parts(cols, caption) or measure_blocks_by_place(cols) or _melt_bands(cols, caption)
        or _melt_groups_of_a_year(cols, caption)
    )
    if melted is not None:
        cols = melted
    for c, n in zip(cols, _dedupe([c.name for c in cols])):
        c.name = n
    label = _assign_roles(cols)
    _assign_units(cols, caption, notes, label_header)
    notes = _base_rows_to_notes(cols, label, notes)
    total_rows = _mark_totals(cols, label)
    group_rows = _mark_group_rows(cols, label, total_rows)
    closing = _mark_closing_groups(cols, label, set(total_rows) | set(group_rows))
    if closing:
        group_rows = sorted(set(group_rows) | set(closing))
        total_rows = sorted(set(total_rows) | _total_of_the_rest(cols, label, set(total_rows) | set(group_rows)))
    total_rows = sorted(set(total_rows) | set(group_rows))

    data = {}
    raw = {}
    for c in cols:
        if c.role == "value":
            data[c.name] = pd.Series(np.asarray(c.values, dtype="float64"))
        else:
            data[c.name] = pd.Series(c.text, dtype=object)
        raw[c.name] = pd.Series(c.raw, dtype=object)
    frame = pd.DataFrame(data)
    raw_frame = pd.DataFrame(raw)
    if frame.empty:
        return None
    columns = tuple(
        Column(name=c.name, role=c.role, unit=c.unit if c.role == "value" else None, total_values=c.total_values)
        for c in cols
    )
    return Table(
        id=table_id,
        document=document,
        page=page,
        sheet=sheet,
        caption=caption,
        frame=frame,
        raw=raw_frame,
        columns=columns,
        label_column=label,
        total_rows=tuple(total_rows),
        group_rows=tuple(group_rows),
        section=section,
        notes=tuple(notes),
        pages=(page,) if page is not None else (),
    )


REGISTER_COUNT = "Antal"


_PART_ROW = re.compile(r"^(?:därav|varav|of which)\b", re.I)


_DASHES = frozenset({"-", "–", "—", "−"})
# a key to the marks that says a dash is nothing: SCB's "– Inget finns att redovisa", "- = noll"
_DASH_ZERO = re.compile(
    r"(?:^|[\s,;:(])[-–—−]\s*(?:[=:]\s*)?(?:inget finns att redovisa|inget att redovisa|noll\b|värdet är noll|nothing to report|zero\b|nil\b)",
    re.IGNORECASE,
)


def _stack_halves(names: list[str], grid: list[list[object]]) -> tuple[list[str], list[list[object]]]:
    """A table printed in two halves side by side under its header said twice ("Kommun | 2014 |
    2024 | Kommun | 2014 | 2024"): the right half's rows go under the left's – read as one row,
    "Lekeberg" had held Örebro's figures in columns of its own ("2014 (2)")."""
    n = len(names)
    half = n // 2
    if n < 4 or n % 2 or names[:half] != names[half:] or not names[0]:
        return names, grid
    firsts = [cell_text(r[k]).strip() for r in grid for k in (0, half)]
    if any(v and numberish(v) for v in firsts) or sum(1 for v in firsts if v) <= len(grid):
        return names, grid  # (the halves begin with a column of names, each holding rows)
    rows = [r[:half] for r in grid] + [r[half:] for r in grid]
    return names[:half], [r for r in rows if any(not blank(c) for c in r)]


def _with_cells(grid: list[list[object]], j: int, cells: dict[int, object]) -> list[list[object]]:
    """``grid`` with column ``j`` of the rows in ``cells`` (row → new cell) replaced."""
    return [[*r[:j], cells[k], *r[j + 1:]] if k in cells else r for k, r in enumerate(grid)]


# the lead of a table's note of cells written "oförändrad" and read as the figure to their left:
# the engine shows such a note with a figure of those rows (``engine._table_notes_said``)
UNCHANGED_LEAD = "Oförändrat i tabellen:"


def _unchanged_from_the_left(names: list[str], grid: list[list[object]]) -> tuple[list[list[object]], tuple[str, ...]]:
    """A column of figures that writes "oförändrad" where its figure is the one to its left (a
    decision's "Ny lydelse" beside the "Nuvarande lydelse" it keeps): those cells are the left
    cell's figure, and a note says so. Read as words they had made the new column text, and
    "totalbudgeten nu" was answered from the old one (round 225)."""
    notes: list[str] = []
    for j in range(1, len(names)):
        written = {k: clean_text(r[j]).strip() for k, r in enumerate(grid) if isinstance(r[j], str)}
        said = {k: w for k, w in written.items() if UNCHANGED_CELL.fullmatch(w)}
        if not said or not any(k not in said and parse_number(r[j]) is not None for k, r in enumerate(grid)):
            continue  # no such word, or a column without a figure of its own: words, kept as written
        if not all(not blank(grid[k][j - 1]) and parse_number(grid[k][j - 1]) is not None for k in said):
            continue
        grid = _with_cells(grid, j, {k: grid[k][j - 1] for k in said})
        words_ = sorted({w.lower() for w in said.values()})
        # (the rows named, by their first text cell, so that an answer showing one of their
        # figures can say it was written as a word: ``engine._table_notes_said``)
        rows = [next((t for t in (clean_text(c).strip() for c in grid[k] if isinstance(c, str)) if t), "") for k in sorted(said)]
        named = "; ".join(r for r in rows if r)
        notes.append(
            f"{UNCHANGED_LEAD} {' och '.join(f'”{w}”' for w in words_)} i kolumnen ”{names[j]}” är läst som samma värde som i "
            f"”{names[j - 1]}”{f' ({named})' if named else ''}."
        )
    return grid, tuple(notes)


# the lead of a table's note of cells written "d:o" and read as the cell above: the engine shows
# such a note with an answer that keeps, groups or names rows by that column (``engine._table_notes_said``)
DITTO_LEAD = "Upprepat i tabellen:"


def _ditto_from_above(names: list[str], grid: list[list[object]]) -> tuple[list[list[object]], tuple[str, ...]]:
    """A column that writes "d:o" (dito, 〃) where its cell is the one above – a list of decisions
    names a municipality once and "d:o" under it for its other projects: those cells are the
    text above, and a note says so. Read as written, round 226's Södertälje had one project of
    four. Only where a cell of the column's own text stands above each such mark."""
    notes: list[str] = []
    for j in range(len(names)):
        marks = {k for k, r in enumerate(grid) if isinstance(r[j], str) and DITTO_CELL.fullmatch(clean_text(r[j]).strip())}
        if not marks:
            continue
        filled: dict[int, object] = {}
        above = None
        for k, r in enumerate(grid):
            if k in marks:
                if above is None:
                    break
                filled[k] = above
            elif isinstance(r[j], str) and clean_text(r[j]).strip():
                above = r[j]
        if len(filled) < len(marks):
            continue  # (a mark with no text above it: the column is left as written)
        written = sorted({clean_text(grid[k][j]).strip().lower() for k in marks})
        grid = _with_cells(grid, j, filled)
        notes.append(
            f"{DITTO_LEAD} {' och '.join(f'”{w}”' for w in written)} i kolumnen ”{names[j]}” är läst som samma som raden ovanför"
            f" ({len(filled)} {'rad' if len(filled) == 1 else 'rader'})."
        )
    return grid, tuple(notes)


# A change printed without its sign, the direction an arrow before it ("▼ 0,4", "▲ 2", "● 0,0"),
# in a column whose header names a change ("Förändr. p.e.", "Change")
_ARROW_DOWN, _ARROW_UP, _ARROW_FLAT = "▼▾↓⬇🔻", "▲▴↑⬆🔺", "●•→◆■"
_ARROWED = re.compile(rf"([{_ARROW_DOWN}{_ARROW_UP}{_ARROW_FLAT}])\s*(\d[\d\s\u00a0\u202f]*(?:[.,]\d+)?)\s*%?")
_CHANGE_HEADER = re.compile(r"\b(?:förändr\w*|change\w*|diff\w*)")


# the lead of a table's note of arrows read as signs: the engine shows such a note with an answer
# that reads that column (``engine._table_notes_said``)
ARROWS_LEAD = "Pilarna i kolumnen"


def _signed_by_arrows(names: list[str], grid: list[list[object]]) -> tuple[list[list[object]], tuple[str, ...]]:
    """A change column whose every figure is written after an arrow and without a sign ("▼ 1 031"
    beside "▲ 2"): a down arrow is a decrease, the figure negative, and a note says so. Read as
    words, round 226's changes since 2023 were no figures at all; read as bare numbers, every
    decrease would have been an increase. Columns with a figure not so written are left as they
    are."""
    notes: list[str] = []
    for j, name in enumerate(names):
        if not _CHANGE_HEADER.search(fold(name)):
            continue
        signed: dict[int, str] = {}
        for k, r in enumerate(grid):
            v = r[j]
            if blank(v) or (isinstance(v, str) and clean_text(v).strip() in _DASHES | {"..", "…"}):
                continue
            m = _ARROWED.fullmatch(clean_text(v).strip()) if isinstance(v, str) else None
            x = parse_number(m.group(2)) if m else None
            if x is None:
                signed = {}
                break
            # (the figure as written, signed: its decimals are read from it as from any cell)
            signed[k] = f"-{m.group(2).strip()}" if m.group(1) in _ARROW_DOWN and x.value else m.group(2).strip()
        if not signed:
            continue
        grid = _with_cells(grid, j, signed)
        notes.append(f"{ARROWS_LEAD} ”{name}” är lästa som förändringens tecken: ▼ minskning (negativt tal), ▲ ökning.")
    return grid, tuple(notes)


def _dash_is_zero(notes: tuple[str, ...], caption: str) -> bool:
    return any(_DASH_ZERO.search(n) for n in (*notes, caption))


def _qualify_part_rows(cols: list[_Col]) -> None:
    """Rows "därav kvinnor" under "Nystartade företag" and again under "Sysselsatta": each the part
    of the row above it – named "Nystartade företag, därav kvinnor" when the same part row stands
    under more than one total (side by side they had read as one row with two figures)."""
    first = next((c for c in cols if c.kind == "text" and c.text), None)
    if first is None:
        return
    parts = [t for t in first.text if t and _PART_ROW.match(t)]
    if len(parts) == len(set(parts)):
        return
    parent = ""
    for k, t in enumerate(first.text):
        if not t:
            continue
        if _PART_ROW.match(t):
            if parent:
                first.text[k] = f"{parent}, {t}"
        else:
            parent = t


def _indented_parts(cols: list[_Col]) -> tuple[_Col, _Col] | None:
    """FK's "Kommun / kön" column: each municipality's row, then its parts indented under it
    ("  Kvinnor", "  Män") – the same parts under every parent. The parts become a column of
    their own (the parent's own row its "Totalt"), named by the header's second half or, unnamed,
    by their content; without it "Kvinnor" had been a place among the municipalities.
    Returns (the first column, the new one), or None when the rows are not so indented."""
    first = next((c for c in cols if c.kind == "text"), None)
    if first is None or first is not cols[0]:
        return None
    values = [c for c in cols if c.kind == "value"]
    rows = [r for r, raw in enumerate(first.raw) if raw.strip()]
    if len(rows) < 6:
        return None
    indented = {r for r in rows if first.raw[r][:1].isspace()}
    if not indented or rows[0] in indented:
        return None
    parent_of: dict[int, str] = {}
    parent = ""
    for r in rows:
        if r in indented:
            parent_of[r] = parent
        else:
            parent = first.raw[r].strip()
    under: dict[str, set[str]] = {}
    for r, p in parent_of.items():
        under.setdefault(first.raw[r].strip(), set()).add(p)
    parents = {first.raw[r].strip() for r in rows if r not in indented}
    if (
        len(under) > 12 or len(parents) < 2 or set(under) & parents
        or any(len(ps) < 2 for ps in under.values())
        or not all(any(c.values[r] == c.values[r] for c in values) for r in indented)
    ):
        return None
    halves = [x.strip() for x in first.name.split("/")]
    name = ""
    if len(halves) == 2 and all(halves) and halves[0].lower() != halves[1].lower():
        first.name, name = halves[0], halves[1][:1].upper() + halves[1][1:]
    part = _Col(name=name, raw=[""] * len(first.raw), kind="text", text=[""] * len(first.raw))
    for r in rows:
        if r in indented:
            part.text[r] = part.raw[r] = first.raw[r].strip()
            first.text[r] = parent_of[r]
            first.filled.add(r)
        else:
            part.text[r] = "Totalt"
            part.filled.add(r)
    return first, part


def _is_register(cols: list[_Col], n: int) -> bool:
    """One row per case and no figures: an identifier or a date nearly every row has its own of,
    beside at least two categories that repeat (Kön, Kommun, Avbrott Ja/Nej) – not a list of
    terms and their definitions."""
    if n < 10:
        return False
    distinct = {id(c): len({t for t in (c.text or c.raw) if t}) for c in cols}
    # (a long register may repeat a case's key – a generated or badly kept "Org.nr" –, yet most
    # of its keys stay its own)
    own = any(distinct[id(c)] >= (0.5 if n >= 100 else 0.9) * n for c in cols if c.kind in ("text", "code", "period"))
    repeating = [c for c in cols if c.kind in ("text", "code") and 1 < distinct[id(c)] <= 0.5 * n]
    return own and len(repeating) >= 2


def _pad_codes(cols: list[_Col]) -> None:
    """Kommun codes written as numbers lose their leading zero (114 = 0114): restore it."""
    for c in cols:
        if c.kind != "code":
            continue
        low = c.name.lower()
        width = 4 if "kommun" in low or "municipality" in low else 2 if re.search(r"län|lan\b|county", low) else 0
        vals = [t for t in c.text if t]
        if width and vals and all(re.fullmatch(r"\d{1,4}", t) for t in vals) and max(len(t) for t in vals) <= width:
            if any(len(t) < width for t in vals) and (width == 2 or min(len(t) for t in vals) >= 3):
                c.text = [t.zfill(width) if t else t for t in c.text]


_GEO_TOTAL = re.compile(r"^(?:\d{1,4}\s+)?(?:hela\s+)?(?:riket|sverige|landet)$")
_RULE_CELL = re.compile(r"[-=_–—+|]{3,}")
_RULE_RUN = re.compile(r"(?:\s*[–-]\s*)?[-=_–—]{5,}")
# a list's mark of its subtotal rows ("*", "**" in SAP's first column): a flag of its own row,
# never a group's label carried down
_ROW_MARK = re.compile(r"[*#+]{1,3}")


_NOTE_MARK_AFTER = re.compile(r"(?<=\w)\s*[¹²³⁴⁵⁶⁷⁸⁹⁰]+$")


def _clean_names(cols: list[_Col]) -> None:
    """A report generator's group heading repeats its column's header: "Kommun: 2281 Sundsvall"
    under "Kommun" names Sundsvall – the header's word is no part of the name. A note's
    superscript mark after a name ("Osby ¹") is no part of it either."""
    for c in cols:
        if c.kind != "text":
            continue
        c.text = [_NOTE_MARK_AFTER.sub("", t) if t else t for t in c.text]
        if not c.name.strip():
            continue
        head = fold(c.name).strip() + ":"
        said = [r for r, t in enumerate(c.text) if fold(t).startswith(head)]
        if len(said) < 2:
            continue
        for r in said:
            c.text[r] = c.text[r][len(head):].strip()


# "Summa 2281 Sundsvall", "Sundsvall totalt": a group's total naming the group
_GROUP_TOTAL = re.compile(r"^(?:summa|totalt?|sammanlagt)(?:\s+för)?\s+(.+)$|^(.+?)[\s,:–-]+(?:summa|totalt?|sammanlagt)$", re.I)


def _total_of_group(c: _Col, cats: list[_Col], vals: list[_Col], r: int, name: str) -> tuple[_Col, str] | None:
    """Is row ``r`` of ``c`` – "Summa 2281 Sundsvall" under the rows of Sundsvall's programmes –
    its group's total, with the column that tells the group's rows apart (Program) blank? Then
    (that column, the total's word: "Summa"): the row is Sundsvall's, over every programme. Read
    as a total row of its own name, it had been no row of Sundsvall's, and the county's parts had
    been summed with each group's total among them."""
    said = clean_text(c.text[r]).strip()
    m = _GROUP_TOTAL.match(said)
    if m is None or fold(m.group(1) or m.group(2)).strip() != fold(name).strip():
        return None
    word = (said[: m.start(1)] if m.group(1) else said[m.end(2):]).strip(" ,:–-").capitalize()
    # (a group under a heading row of its own – the name alone, no figure beside it – as a report
    # generator prints it; a name written on its group's first row of figures, as a pivot or a
    # list writes it, keeps its total a row of its own, as it reads)
    top = r - 1
    while top > 0 and c.text[top - 1] == name:
        top -= 1
    if any(v.raw[top].strip() for v in vals if v.kind == "value"):
        return None
    k = cats.index(c)
    later = [o for o in cats[k + 1:] if not o.text[r]]
    if len(later) != 1 or later[0].kind != "text" or not _sums_its_group(c, vals, r, name):
        return None
    return later[0], word


def _fill_sparse(cols: list[_Col], n: int) -> None:
    """PxWeb/pasted layouts write a group's label only on its first row; fill it downwards.

    A blank cell is filled when every text column to its left is blank in that row too (the
    row belongs to the group above). Unlabelled rows at the bottom that carry numbers are sum
    rows: their varying text columns become "Summa", constant ones keep their value.
    """
    cats = [c for c in cols if c.kind in ("text", "period")]
    vals = [c for c in cols if c.kind in ("value", "code")]
    if not cats or n == 0:
        return
    blank = [[not c.text[i] for c in cats] for i in range(n)]
    summary: list[int] = []
    i = n - 1
    while i > 0 and all(blank[i]) and any(c.raw[i].strip() for c in vals if c.kind == "value"):
        summary.append(i)
        i -= 1
    if all(blank[i]):  # nothing labelled at all: not a sum row, just an unlabelled table
        summary = []
    summary_set = set(summary)
    # (a row whose total stands in a later column – "Summa att transportera" in a register's
    # "Bransch" under a page's last notice – is no member of the group above: nothing is filled
    # into it from a column written on every other row, or the page's running sum had become
    # Ronneby's notice of 2024-04-25; a column written once per group – "20 Dalarnas län" over
    # its land classes and their "total skogsmark" – is carried down as ever)
    # (… the total alone among the row's words: "total skogsmark" beside its year is a category of
    # a county's rows, which the county's name is carried down onto)
    total_at = {
        r: kk for r in range(n)
        for said in [[kk for kk, c in enumerate(cats) if c.text[r]]]
        if len(said) == 1 and (kk := said[0]) > 0 and is_total_label(cats[kk].text[r])
        and not _GEO_TOTAL.match(fold(cats[kk].text[r]).strip())
    }
    for k, c in enumerate(cats):
        last = None
        if all(not t or _ROW_MARK.fullmatch(t) for t in c.text):
            continue
        rows_ = [r for r in range(n) if r not in summary_set]
        filled_rows = [r for r in rows_ if c.text[r]]
        if len(filled_rows) >= 3 and len({c.text[r] for r in filled_rows}) == len(filled_rows) and filled_rows == rows_[:len(filled_rows)]:
            # a code on every row but the last ("T", "U", then "" over "Okänd verksamhet" and
            # "Totalt"): each row's own key, not a group label written once – rows without a
            # code have none (the total had been labelled "U")
            continue
        dense = sum(1 for r in rows_ if c.text[r]) >= 0.8 * len(rows_)
        for r in range(n):
            if r in summary_set:
                continue
            if c.text[r]:
                if last is not None and (found := _total_of_group(c, cats, vals, r, last)) is not None:
                    part, word = found
                    part.text[r] = word
                    part.filled.add(r)
                    c.text[r] = last
                    last = None
                    continue
                # (a group's "Summa Tåg" closes the group: the grand total under it is no part of it;
                # … but the country's block – "00 Riket" written once over its "född i Sverige",
                # "utrikes född" rows, as SCB lays out a region per block – is carried like any region)
                last = None if is_total_label(c.text[r]) and not _GEO_TOTAL.match(fold(c.text[r]).strip()) else c.text[r]
            elif last is not None and all(blank[r][kk] for kk in range(k)) and not (
                total_at.get(r, -1) > k and dense and not _sums_its_group(c, vals, r, last)
            ):
                c.text[r] = last
                c.filled.add(r)
    for c in cats:
        others = {c.text[r] for r in range(n) if r not in summary_set and c.text[r]}
        for r in summary:
            if len(others) == 1:
                c.text[r] = next(iter(others))
            else:
                c.text[r] = "Summa"
            c.filled.add(r)


_NOTE_MARK_CELL = re.compile(r"[⁰¹²³⁴⁵⁶⁷⁸⁹*†]+")


def _rejoined_rows(grid: list[list[object]]) -> list[list[object]]:
    """A PDF table's row printed as two lines – its name and first figures on one, the rest a little
    higher on another, as a note mark's rise left unreset puts them: with every other row named,
    an unnamed row whose cells fill exactly the gaps of the row beside it is that row's rest
    ("Gnosjö 214 187" and "402 4,2 11 980 36,9"; the rest had become a second Gislaved)."""
    n = len(grid)
    if n < 5 or min(len(r) for r in grid) < 3:
        return grid
    named = [not blank(r[0]) for r in grid]
    if sum(named) < 0.8 * n:
        return grid
    out = [list(r) for r in grid]
    gone: set[int] = set()
    for r in range(n):
        if named[r] or r in gone:
            continue
        # (… the note's mark itself in the column of the figure it marks: "187" and "¹")
        marks = {j for j, c in enumerate(out[r]) if not blank(c) and _NOTE_MARK_CELL.fullmatch(str(c).strip())}
        filled = {j for j, c in enumerate(out[r]) if not blank(c)} - marks
        for k in (r + 1, r - 1):
            if not (0 <= k < n) or not named[k] or k in gone:
                continue
            theirs = {j for j, c in enumerate(out[k]) if j > 0 and not blank(c)}
            if filled and not filled & theirs and filled <= {j for j in range(1, len(out[k])) if blank(out[k][j])}:
                for j in filled:
                    out[k][j] = out[r][j]
                for j in marks:
                    out[k][j] = f"{out[k][j]}{str(out[r][j]).strip()}" if j < len(out[k]) and not blank(out[k][j]) else out[r][j]
                gone.add(r)
                break
    return [row for i, row in enumerate(out) if i not in gone]


def _sums_its_group(c: _Col, vals: list[_Col], r: int, name: str) -> bool:
    """Is row ``r`` – a total under rows named ``name`` in ``c`` ("Summa valkrets Luleå östra"
    under Luleå östra's districts) – the sum of those rows in a column of figures? Then it is
    that group's total and carries its name; a running sum over several groups ("Summa att
    transportera" under one Ronneby notice) is not."""
    group = []
    k = r - 1
    while k >= 0 and c.text[k] == name:
        group.append(k)
        k -= 1
    if len(group) < 2:
        return False
    for v in vals:
        if v.kind != "value" or not (v.values[r] == v.values[r]):
            continue
        parts = [v.values[g] for g in group if v.values[g] == v.values[g]]
        if parts and abs(sum(parts) - v.values[r]) <= max(0.5, abs(v.values[r]) * 1e-6):
            return True
    return False


def _group_headings(cols: list[_Col]) -> _Col | None:
    """Rows with only a first-column text and nothing else are group headings ("Norra
    länsdelen" over its areas). They are dropped and their text becomes a "Grupp" column –
    named by the first part of a header "Väg / mätpunkt" – unless the downward fill of a first
    column left blank under its headings has already carried it."""
    cats = [c for c in cols if c.kind in ("text", "period")]
    if not cats:
        return None
    first = cats[0]
    n = len(first.raw)
    heads = []
    for r in range(n):
        if not first.raw[r].strip():
            continue
        if all(not c.raw[r].strip() for c in cols if c is not first):
            heads.append(r)
    if not heads or heads[-1] == n - 1 or len(heads) * 2 > n:
        return None
    head_set = set(heads)
    keep_rows = [r for r in range(n) if r not in head_set]
    carried = any(r in first.filled for r in keep_rows)
    if len(cats) > 1 and carried:
        _select_rows(cols, keep_rows)
        return None
    # (with several text columns whose first is written on every row – "E16" over its measuring
    # points, each with its municipality beside – nothing carried the heading down: it had been
    # dropped, and no row knew its road)
    name = "Grupp"
    parts = [x.strip() for x in first.name.split("/")]
    if len(cats) > 1 and len(parts) == 2 and all(parts) and parts[0].lower() != parts[1].lower():
        # "Väg / mätpunkt": the heading names the road, the rows under it the points
        name, first.name = parts[0], parts[1][:1].upper() + parts[1][1:]
    group = _Col(name=name, raw=[], kind="text")
    current = ""
    keep_rows = []
    gtext = []
    for r in range(n):
        if r in head_set:
            current = first.text[r]
            continue
        keep_rows.append(r)
        gtext.append(current)
    years = [re.fullmatch(r"(?:år|year)?\s*((?:19|20)\d{2})", t.strip().lower()) for t in gtext]
    if all(years) and len({m.group(1) for m in years}) >= 2:
        # stacked blocks of the same table, one per year ("År 2024", "År 2025"): a year column
        group.name = "År"
        gtext = [m.group(1) for m in years]
    group.text = gtext
    group.raw = [""] * len(gtext)
    group.filled = set(range(len(gtext)))
    _select_rows(cols, keep_rows)
    return group


def _select_rows(cols: list[_Col], keep_rows: list[int]) -> None:
    pos = {r: i for i, r in enumerate(keep_rows)}
    for c in cols:
        c.raw = [c.raw[r] for r in keep_rows]
        if c.kind == "value":
            c.values = [c.values[r] for r in keep_rows]
        else:
            c.text = [c.text[r] for r in keep_rows]
        c.filled = {pos[r] for r in c.filled if r in pos}


# A row counting whom a table's shares are of ("Antal svarande företag", "Number of respondents")
_BASE_ROW = re.compile(r"^(?:antal|number of)\b", re.I)


def _base_rows_to_notes(cols: list[_Col], label: str, notes: tuple[str, ...]) -> tuple[str, ...]:
    """A table of shares ("Andel företag som anser … stort hinder, procent") with a row that
    counts whom they are of ("Antal svarande företag | 301 | 498 | …"): that row is the shares'
    base, no member of the table – ranked among the obstacles it had come first, as "498 %". It
    leaves the rows and is kept, with its figures as printed, as a note of the table."""
    values = [c for c in cols if c.role == "value"]
    lab = next((c for c in cols if c.name == label and c.role == "label"), None)
    if lab is None or not values or any(c.unit not in ("%", "andel") for c in values):
        return notes
    base = [i for i, t in enumerate(lab.text) if _BASE_ROW.match(str(t).strip())]
    if not base or 2 * len(base) >= len(lab.text):
        return notes
    said = [
        f"{lab.text[i].strip()}: " + "; ".join(f"{c.name} {str(c.raw[i]).strip()}" for c in values if str(c.raw[i]).strip())
        for i in base
    ]
    _select_rows(cols, [i for i in range(len(lab.text)) if i not in base])
    return (*notes, *said)


def _name_unnamed(cols: list[_Col], caption: str) -> None:
    """Name columns with an empty header: from their content (Ålder, Kön, Region, Period), from a
    PxWeb title ("… efter region, ålder, kön och år"), else "Grupp" / "Värde" / "Kolumn N"."""
    unnamed = [c for c in cols if not c.name]
    if not unnamed:
        return
    title_names = _title_dimensions(caption)
    used: set[str] = set()
    type_words = {
        "period": {"år", "månad", "kvartal", "tid", "period", "vecka", "halvår"},
        "quarter": {"kvartal"},
        "region": {"region", "län", "kommun", "län/riket", "riket", "område", "kommuner", "län/kommun"},
        "age": {"ålder", "åldersgrupp", "åldersklass"},
        "sex": {"kön"},
    }
    generic = {"period": "Period", "quarter": "Kvartal", "region": "Region", "age": "Ålder", "sex": "Kön"}
    for c in unnamed:
        if c.kind not in ("text", "period"):
            continue
        kind = _guess_kind_name(c.text)
        if kind is None:
            continue
        word = next((t for t in title_names if t.lower() in type_words[kind] and t not in used), None)
        if word:
            used.add(word)
            c.name = word[:1].upper() + word[1:]
        else:
            c.name = generic[kind]
        if kind == "period":
            c.kind = "period"
    rest = [t for t in title_names if t not in used and t.lower() not in type_words["period"]]
    for c in cols:
        if c.name or c.kind not in ("text", "period"):
            continue
        if rest:
            t = rest.pop(0)
            c.name = t[:1].upper() + t[1:]
    n_value_unnamed = sum(1 for c in cols if not c.name and c.kind == "value")
    grupp_used = any(c.name == "Grupp" for c in cols)
    for pos, c in enumerate(cols, start=1):
        if c.name:
            continue
        if c.kind == "value" and n_value_unnamed == 1:
            c.name = "Värde"
        elif c.kind in ("text",) and not grupp_used:
            c.name = "Grupp"
            grupp_used = True
        else:
            c.name = f"Kolumn {pos}"


_MEASURE_WORDS = {"antal", "andel", "värde", "summa", "medel", "medelvärde", "median", "belopp", "procent", "index", "felmarginal"}


class _WidePeriod(NamedTuple):
    """A wide header read as a period and its suffix ("2006 Kvinnor" → 2006, Kvinnor; "januari"
    → januari, a month of the year the caption or sheet names)."""

    period: str
    suffix: str
    month: bool = False


def _wide_period(name: str) -> _WidePeriod | None:
    w = clean_text(name).strip()
    short = re.fullmatch(r"([A-Za-zÅÄÖåäö]+)\.?\s*[-–.'’/ ]\s*(\d{2})", w)
    if short and short.group(1).lower() in _MONTHS:
        # "jan-25", "mar.25": a month with its year in two digits, read as "jan 2025"
        return _WidePeriod(f"{short.group(1)} 20{short.group(2)}", "", month=True)
    m = re.fullmatch(r"([A-Za-zÅÄÖåäö]+)\.?\s+((?:19|20)\d\d)|((?:19|20)\d\d)\s*[-–]?\s*([A-Za-zÅÄÖåäö]+)\.?", w)
    if m and (m.group(1) or m.group(4)).lower() in _MONTHS:
        # "jan 2024", "oktober 2024", "2024 januari": a month with its year, not a year split by a group
        return _WidePeriod(w, "", month=True)
    mg = re.fullmatch(r"([A-Za-zÅÄÖåäö]+)\.?\s+((?:19|20)\d\d)\s*[,:;–-]\s*(\S.*)", w)
    if mg and mg.group(1).lower() in _MONTHS and not years_in(mg.group(3)):
        # "oktober 2025, Öppet arbetslösa": a merged month over its groups – the month, split by the group
        return _WidePeriod(f"{mg.group(1)} {mg.group(2)}", mg.group(3).strip(), month=True)
    if m and m.group(1) and m.group(1).lower() in _SEX_VALUES:
        # "Kvinnor 2025" as "2025 Kvinnor": a year split by sex
        return _WidePeriod(m.group(2), m.group(1))
    m = _PERIOD_COL_RE.match(name)
    if m:
        return _WidePeriod(m.group(1), (m.group(2) or "").strip())
    if re.fullmatch(r"(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])", w):
        # "2023-12-31", "2024-06-30": a point in time each column is counted at (SCB's population
        # "efter tidpunkt") – periods, not measures of their own
        return _WidePeriod(w, "")
    m = re.fullmatch(r"(.+?)[,\s]+((?:19|20)\d\d)", w)
    if (
        m and (unit_from_text(m.group(1)) or set(words(m.group(1))) & _MEASURE_WORDS) and not years_in(m.group(1))
        and not is_total_label(m.group(1))  # ("Summa 2024" beside the months is their total)
    ):
        # PxWeb's "tabellinnehåll och år" across: "Förvärvsarbetande 20-64 år, antal 2022" is the
        # measure "Förvärvsarbetande 20-64 år, antal" of 2022
        return _WidePeriod(m.group(2), m.group(1).strip(" ,"))
    if w.lower() in _MONTHS:
        return _WidePeriod(w, "", month=True)
    if half_year_of(w):
        return _WidePeriod(w, "")  # a term ("HT 2022", "VT 2023") or a half-year
    return None


_LABELLED_YEAR = re.compile(r"([A-ZÅÄÖ][a-zåäö]+)\s*[,:]\s*((?:19|20)\d\d)")


def _melt_periods(cols: list[_Col], caption: str) -> list[_Col] | None:
    """Wide period columns → long form: one row per entity and period.

    "2006 Kvinnor"-style headers give a second dimension from the suffix ("Kön" when the
    suffixes are sexes, else "Grupp"); suffixes that are measures ("2022 Antal", "2022 Andel")
    become one value column each instead, so counts and shares never share a column.
    """
    values = [c for c in cols if c.kind == "value"]
    matches = {id(c): _wide_period(c.name) for c in values}
    # "Utfall, 2022" … "Prognos, 2040" (a merged word over its years): each year under one word
    # only – the word says what kind of figure the year has, no group to split by (its header
    # stays the period's source text)
    labelled = {id(c): m for c in values if not matches[id(c)] and (m := _LABELLED_YEAR.fullmatch(clean_text(c.name)))}
    if labelled and all(matches[id(c)] or id(c) in labelled for c in values):
        years = [m.group(2) for m in labelled.values()] + [matches[id(c)].period for c in values if matches[id(c)]]
        if len(set(years)) == len(years) and len({m.group(1) for m in labelled.values()}) < len(labelled):
            matches.update({k: _WidePeriod(m.group(2), "") for k, m in labelled.items()})
    periodic = [c for c in values if matches[id(c)]]
    rest = [c for c in values if not matches[id(c)]]
    if len(periodic) >= 2 and rest and not any(matches[id(c)].suffix for c in periodic) and all(
        _sums_periods(c, periodic) or _changes_between(c, periodic, matches) for c in rest
    ):
        # "2024-01" … "2024-12" and "Summa 2024": the total is each row's periods added up –
        # computed again from the long form when asked, so it goes and the periods are melted
        # ("2024 kv1" … beside "Totalt" stays wide: its quarters are no periods of their own here)
        cols = [c for c in cols if not any(c is r for r in rest)]
        values = periodic
    monthly = bool(periodic) and all(matches[id(c)].month for c in periodic)
    if len(periodic) < 2 or len(periodic) != len(values):
        return None
    ids = [c for c in cols if c.kind != "value"]
    if not ids:
        return None
    periods = [matches[id(c)].period for c in periodic]
    suffixes = [matches[id(c)].suffix for c in periodic]
    distinct_suffixes = list(dict.fromkeys(suffixes))
    # (bare years beside "Konkurser per 1 000 företag 2023": the caption's measure by year, and a
    # rate of one year beside it – two measures, not a group "Konkurser per 1 000 företag" of 2023)
    measure_suffixes = any(suffixes) and all(
        not s or unit_from_text(s) or set(words(s)) & _MEASURE_WORDS for s in distinct_suffixes
    ) and (all(suffixes) or sum(1 for s in suffixes if not s) >= 2)
    if measure_suffixes and len(set(zip(periods, suffixes))) != len(periodic):
        measure_suffixes = False
    n = len(cols[0].raw)
    out_ids = [_Col(name=c.name, raw=[], kind=c.kind) for c in ids]
    weekly = all(week_of(p) for p in periods)
    period = _Col(name="Månad" if monthly else "Vecka" if weekly else "Period", raw=[], kind="period")
    suffix_col = None
    if any(suffixes) and not measure_suffixes:
        lower = {s.lower() for s in suffixes if s}
        # ("2025 Kv 1", "2025 Kv 3*", "2025 Jan–sep": the quarters of each year)
        named = "Kön" if lower <= _SEX_VALUES else "Kvartal" if _guess_kind_name([s for s in suffixes if s]) == "quarter" else "Grupp"
        suffix_col = _Col(name=named, raw=[], kind="text")
    if measure_suffixes:
        measures = {s: _Col(name=s or _measure_name(caption), raw=[], kind="value") for s in distinct_suffixes}
        slots = list(dict.fromkeys(periods))
    else:
        measures = {"": _Col(name=_measure_name(caption), raw=[], kind="value")}
        slots = list(range(len(periodic)))
    by_slot: dict[object, list[tuple[_Col, str]]] = {}
    for k, (c, per, suf) in enumerate(zip(periodic, periods, suffixes)):
        by_slot.setdefault(per if measure_suffixes else k, []).append((c, suf))
    for r in range(n):
        for slot in slots:
            members = by_slot[slot]
            copy_ids(out_ids, ids, r)
            first = members[0][0]
            period.text.append(matches[id(first)].period)
            period.raw.append(first.name if not measure_suffixes else matches[id(first)].period)
            if suffix_col is not None:
                suffix_col.text.append(members[0][1])
                suffix_col.raw.append(first.name)
            present = {(suf if measure_suffixes else ""): c for c, suf in members}
            for key, m in measures.items():
                c = present.get(key)
                m.values.append(c.values[r] if c is not None else float("nan"))
                m.raw.append(c.raw[r] if c is not None else "")
                if c is not None and r == 0:
                    m.cell_units.update(c.cell_units)
    return out_ids + [period] + (_split_crossed(suffix_col) if suffix_col is not None else []) + list(measures.values())


def _split_crossed(col: _Col) -> list[_Col]:
    """A group column whose values cross two splits ("Inrikes födda, Kvinnor" … "Utrikes födda,
    Totalt": every birth region with every sex, from a header of three levels) → one column per
    split, the second "Kön" when its values are sexes – so that "inrikes och utrikes födda"
    names two values of one column and a question naming no sex takes its total. Anything else
    stays one column."""
    if col.name != "Grupp" or not col.text:
        return [col]
    pairs = [tuple(t.rsplit(", ", 1)) if ", " in t else None for t in col.text]
    if any(p is None for p in pairs):
        return [col]
    firsts = list(dict.fromkeys(p[0] for p in pairs))
    seconds = list(dict.fromkeys(p[1] for p in pairs))
    if len(firsts) < 2 or len(seconds) < 2 or len(set(pairs)) != len(firsts) * len(seconds):
        return [col]
    second_name = "Kön" if {x.lower() for x in seconds} <= _SEX_VALUES else "Grupp 2"
    first = _Col(name="Grupp", raw=list(col.raw), kind=col.kind, text=[p[0] for p in pairs])
    second = _Col(name=second_name, raw=list(col.raw), kind=col.kind, text=[p[1] for p in pairs])
    return [first, second]


def _changes_between(change: _Col, periodic: list[_Col], matches: dict) -> bool:
    """A column that is the change between two of the periods beside it ("Förändring HT 2023–HT
    2024, %" beside "HT 2022" … "VT 2025"): its header names two of them and every figure is the
    later one's change from the earlier, in per cent or in the figures' own unit (to the
    rounding of the figures) – computed again from the long form when asked, like a total."""
    named = [c for c in periodic if re.search(rf"(?<!\w){re.escape(matches[id(c)].period)}(?!\w)", change.name, re.I)]
    if len(named) != 2:
        return False
    (a, b) = sorted(named, key=lambda c: change.name.lower().index(matches[id(c)].period.lower()))
    checked = 0
    for r, d in enumerate(change.values):
        x, y = a.values[r], b.values[r]
        if d is None or np.isnan(d) or x is None or y is None or np.isnan(x) or np.isnan(y) or not x:
            continue
        tol = 0.5 * 10 ** -float_decimals(d) + 1e-9
        if abs(100 * (y - x) / x - d) > tol and abs((y - x) - d) > tol:
            return False
        checked += 1
    return checked >= 2


def _sums_periods(total: _Col, periodic: list[_Col]) -> bool:
    """A column headed as a total ("Summa 2024", "Totalt") whose every figure is its row's
    periods added up (to the rounding of the figures; a row with a missing period is not held
    against it) – or, headed otherwise ("Helår" beside "jan" … "dec"), whose figures are that on
    every row of several."""
    named = is_total_label(total.name)
    checked = 0
    for r, t in enumerate(total.values):
        parts = [c.values[r] for c in periodic]
        if t is None or np.isnan(t) or any(v is None or np.isnan(v) for v in parts):
            continue
        if abs(sum(parts) - t) > max(0.5 * len(parts), 1e-6 * abs(t)):
            return False
        checked += 1
    return checked > 0 if named else checked >= 2 and len(periodic) >= 3


# a place's name as a header: capitalised words ("Upplands Väsby", "Malung-Sälen", "Lilla Edet"), no
# figures, no measure words
_NAME_HEADER = re.compile(r"(?!(?:Antal|Andel|Summa|Totalt|Total|Medel|Median|Värde|Belopp|Budget|Utfall|Kvinnor|Män)\b)[A-ZÅÄÖ][a-zåäöé]+(?:[- ][A-ZÅÄÖa-zåäö][a-zåäöé]+)?")


def _place_measure_name(caption: str, dims: list[str]) -> str:
    """What a table with its counties as columns counts: the caption before "efter"/"per län …"
    ("Lediga jobb i Platsbanken (antal annonserade platser) per län och yrkesområde, januari 2025"
    → "Lediga jobb i Platsbanken (antal annonserade platser)"): cut where what follows names places,
    the table's other columns, or a list of them. "per invånare" stays: a rate's base."""
    dim_words = {w for d in dims for w in words(d)} | {"och", "and"}
    c = re.sub(r"^(?:Tabell|Tab\.|Table|Figur|Diagram)\s*\d+[.:]?\s*", "", clean_text(caption).strip(), flags=re.I)
    for m in re.finditer(r"\s(?:efter|per|by|fördelat på|fördelade på)\s", c):
        rest = c[m.end():]
        head = words(rest)[:4]
        if m.group(0).strip() == "efter" or is_geo_header(" ".join(head)) or set(head) & dim_words:
            c = c[: m.start()]
            break
    c = c.strip(" ,.:;")
    return c if 2 <= len(c) <= 80 else "Värde"


def _melt_place_parts(cols: list[_Col], caption: str) -> list[_Col] | None:
    """Places split by sex as columns ("Karlshamn män; Karlshamn kvinnor; Karlskrona män; …", a
    municipality's name merged over its two columns) → one row per label, place and sex: a Region
    and a Kön column, so that "i Karlskrona" takes both sexes and "kvinnor" both places. Every
    value column must be a municipality, a county or the country followed by one part of a split by
    sex, each place with the same parts."""
    values = [c for c in cols if c.kind == "value"]
    ids = [c for c in cols if c.kind != "value"]
    if len(values) < 4 or not ids:
        return None
    split: dict[int, tuple[str, str]] = {}
    for c in values:
        name = clean_text(c.name).strip()
        m = re.fullmatch(r"(.+?)[,\s]+([A-Za-zÅÄÖåäö ]+)", name)
        if m is None:
            return None
        place, part = m.group(1).strip(), m.group(2).strip()
        if part.lower() not in _SEX_VALUES:
            return None
        if not (is_county(place) or _GEO_TOTAL_RE.match(place) or municipality_of(place, homographs=True)):
            return None
        split[id(c)] = (place, part)
    places = list(dict.fromkeys(pl for pl, _ in split.values()))
    parts_of = {pl: [pa for p2, pa in split.values() if p2 == pl] for pl in places}
    if len(places) < 2 or len({tuple(v) for v in parts_of.values()}) != 1 or len(parts_of[places[0]]) < 2:
        return None
    return _melted(cols, ids, values, caption, [
        ("Region", lambda vc: (split[id(vc)][0], split[id(vc)][0])), ("Kön", lambda vc: (split[id(vc)][1], vc.name)),
    ])


def _melted(cols: list[_Col], ids: list[_Col], values: list[_Col], caption: str, dims) -> list[_Col]:
    """``values`` (columns that are places, or places split by a part) melted into one measure
    column, one row per row of ``cols`` and value column: ``dims`` are the new text columns, each
    (name, value column → (text, raw)) – "Region" from "Karlshamn män" gives "Karlshamn"."""
    out_ids = [_Col(name=c.name, raw=[], kind=c.kind) for c in ids]
    new = [(_Col(name=name, raw=[], kind="text"), cell) for name, cell in dims]
    measure = _Col(name=_place_measure_name(caption, [c.name for c in ids]), raw=[], kind="value")
    for c in values:
        measure.cell_units.update(c.cell_units)
    for r in range(len(cols[0].raw)):
        for vc in values:
            copy_ids(out_ids, ids, r)
            for col, cell in new:
                text, raw = cell(vc)
                col.text.append(text)
                col.raw.append(raw)
            measure.values.append(vc.values[r])
            measure.raw.append(vc.raw[r])
    return out_ids + [col for col, _ in new] + [measure]


def _melt_places(cols: list[_Col], caption: str) -> list[_Col] | None:
    """Places as columns → one row per label and place, so a place is a row like in every other
    export (filtered, ranked, compared with Riket) instead of a column a question would have to
    name: at least two counties, every value column a county or the country ("Yrkesområde; Uppsala
    län; Värmlands län; Riket" → a Län column), or municipalities beside their county under a
    caption that says kommun ("Botkyrka; Haninge; …; Stockholms län" → a Region column)."""
    values = [c for c in cols if c.kind == "value"]
    ids = [c for c in cols if c.kind != "value"]
    if len(values) < 2 or not ids:
        return None
    # (a header may carry the region's code, as SCB writes it: "2021 Vansbro", "20 Dalarnas län",
    # "00 Riket" – the code is no year, and the name is the place)
    coded = all(_CODE_PREFIX_RE.match(clean_text(c.name)) for c in values)

    def bare(c: _Col) -> str:
        return uncoded(c.name) if coded else clean_text(c.name).strip()

    counties = {id(c) for c in values if is_county(c.name)}
    # (the country by name – "Riket", "Sverige" – not a generic "Totalt", which closes any split)
    wholes = {id(c) for c in values if id(c) in counties or _GEO_TOTAL_RE.match(bare(c))}
    names = [c for c in values if id(c) not in wholes]
    # (… or every column is a municipality whose name is no ordinary word: "Verksamhet; Stockholm;
    # Solna; Nacka; …" says kommuner without a caption that does)
    unmistakable = len(names) >= 3 and all(municipality_of(bare(c)) for c in names)
    if names and not counties and not unmistakable and not (
        # (… or every column is a municipality of Sweden's, under a caption that says kommun:
        # "År; Avesta; Borlänge; …" of "Kommunerna i Dalarnas län")
        len(names) >= 3 and all(municipality_of(bare(c), homographs=True) for c in names)
        and re.search(r"\bkommun", caption.lower())
    ):
        return None  # municipalities stand beside their county
    if names:
        # municipalities as columns beside their county ("Botkyrka; Haninge; …; Stockholms län"):
        # names only, under a caption that says the columns are kommuner
        if len(names) < 2 or not (re.search(r"\bkommun", caption.lower()) or unmistakable) or not all(
            _NAME_HEADER.fullmatch(bare(c)) for c in names
        ):
            return None
    elif len(counties) < 2:
        return None
    # (municipalities alone are a Kommun column – "vilken kommun …" names it –, beside their county a Region column)
    dimension = ("Kommun" if not wholes and unmistakable else "Region") if names else "Län"
    return _melted(cols, ids, values, caption, [(dimension, lambda vc: (vc.name, vc.name))])


def _age_band(name: str) -> bool:
    """"20-24 år", "65+ år", "Totalt 20+ år": an age band as a header (a year is none)."""
    n = clean_text(name).strip()
    return bool(_AGE_RE.match(n)) and bool(re.search(r"\d", n)) and bool(re.search(r"år|\+", n.lower()))


_MEASURE_DIMENSION = re.compile(r"\b(?:tabellinnehåll|innehåll|mått|måttenhet|variabel|variabler|uppgift|observationer)\b", re.I)
_GROUP_YEAR = re.compile(r"^(\D.*?)[,\s]+((?:19|20)\d\d)$")


def _melt_groups_of_a_year(cols: list[_Col], caption: str) -> list[_Col] | None:
    """The groups of a split as columns, each with the one year ("förgymnasial utbildning 2023",
    "gymnasial utbildning 2023" … of a table "efter region, utbildningsnivå och år") → one row per
    label and group, the group a column named by the caption's word for the split, so a group is
    a slice and its share of all groups can be computed. Three groups or more, every value column
    one of them, all of the same year, and the split named in the caption."""
    values = [c for c in cols if c.kind == "value"]
    ids = [c for c in cols if c.kind != "value"]
    found = [_GROUP_YEAR.match(clean_text(c.name).strip()) for c in values]
    if len(values) < 3 or not ids or not all(found) or len({m.group(2) for m in found}) != 1:
        return None
    groups = [m.group(1).strip() for m in found]
    if len(set(groups)) != len(groups) or any(unit_from_text(g) for g in groups):
        return None  # (measures by year – "Antal 2023", "Andel 2023" – are no groups of a split)
    split = _split_name(caption, [c.name for c in ids])
    if split is None:
        return None  # ("Budget 2026", "Prognos 2026", "Avvikelse 2026": measures, not a split the caption names)
    n = len(cols[0].raw)
    out_ids = [_Col(name=c.name, raw=[], kind=c.kind) for c in ids]
    group = _Col(name=split, raw=[], kind="text")
    period = _Col(name="År", raw=[], kind="period")
    measure = _Col(name=_measure_name(caption), raw=[], kind="value")
    for c in values:
        measure.cell_units.update(c.cell_units)
    for r in range(n):
        for c, g, m in zip(values, groups, found, strict=True):
            copy_ids(out_ids, ids, r)
            group.text.append(g)
            group.raw.append(g)
            period.text.append(m.group(2))
            period.raw.append(m.group(2))
            measure.values.append(c.values[r])
            measure.raw.append(c.raw[r])
    return out_ids + [group, period, measure]


def _split_name(caption: str, ids: list[str]) -> str | None:
    """The caption's word for a split across columns: of "… efter region, utbildningsnivå och år",
    the one listed word that is neither an id column nor a period ("utbildningsnivå"); None when
    the caption names none."""
    m = re.search(r"\befter\s+(.+?)(?:\.|$)", clean_text(caption))
    if m:
        named = {w for i in ids for w in words(i)}
        listed = [x.strip() for x in re.split(r",|\boch\b", m.group(1)) if x.strip()]
        # ("tabellinnehåll", "mått": SCB's words for a dimension of measures – no split of one whole)
        rest = [x for x in listed if not set(words(x)) & named and not is_period_like(x)
                and x.lower() not in ("år", "månad", "kvartal", "period") and not _MEASURE_DIMENSION.search(x)]
        if len(rest) == 1 and len(rest[0]) <= 40:
            return rest[0][:1].upper() + rest[0][1:]
    return None


def _melt_bands(cols: list[_Col], caption: str) -> list[_Col] | None:
    """Age bands as columns ("20-24 år" … "65+ år", "Totalt 20+ år") → one row per label and
    band, an Ålder column as in a long export, so a band is a slice ("25-34 år", "65 år eller
    äldre") and the total band the slices' whole: three bands or more, every value column a band
    or a total."""
    values = [c for c in cols if c.kind == "value"]
    ids = [c for c in cols if c.kind != "value"]
    if len(values) < 3 or not ids:
        return None
    total = re.compile(r"(?:totalt|total|samtliga|summa|alla)(?:\s.*)?$", re.I)
    bands = [c for c in values if _age_band(c.name) and not total.match(clean_text(c.name).strip())]
    if len(bands) < 3 or any(not (_age_band(c.name) or total.match(clean_text(c.name).strip())) for c in values):
        return None
    n = len(cols[0].raw)
    out_ids = [_Col(name=c.name, raw=[], kind=c.kind) for c in ids]
    band = _Col(name="Ålder", raw=[], kind="text")
    measure = _Col(name=_measure_name(caption), raw=[], kind="value")
    for c in values:
        measure.cell_units.update(c.cell_units)
    for r in range(n):
        for vc in values:
            copy_ids(out_ids, ids, r)
            band.text.append(clean_text(vc.name).strip())
            band.raw.append(vc.name)
            measure.values.append(vc.values[r])
            measure.raw.append(vc.raw[r])
    return out_ids + [band, measure]


def _assign_roles(cols: list[_Col]) -> str:
    """Decide label/dimension/code/text/value; return the label column's name."""
    cats = [c for c in cols if c.kind in ("text", "period")]
    for c in cols:
        if c.kind == "value":
            c.role = "value"
        elif c.kind == "code":
            c.role = "code"
    distinct = {id(c): len({t for t in c.text if t}) for c in cats}
    plain = [c for c in cats if c.kind == "text" and not _is_free_text(c)]
    # A column of units ("antal", "procent", "tkr" down an "Enhet" column beside the key
    # figures' names) says how each row is counted, not what it is: the rows' names label them
    units_only = [c for c in plain if _names_units(c)] if len(plain) > 1 else []
    if len(units_only) < len(plain):
        plain = [c for c in plain if c not in units_only] + units_only
    # A column made from group headings ("Intäkter" over its rows) names groups, not rows; a
    # column of short codes ("A", "B" … of SNI beside "Näringsgren") names them less well than
    # the names beside it (the rows had been answered as "Q" and "U")
    several = len(plain) > 1  # (a list being sorted is empty to its key)
    plain.sort(key=lambda c: (c in units_only, bool(c.text) and len(c.filled) == len(c.text), several and _short_codes(c)))
    entity = [c for c in plain if _is_entity_header(c.name) and c not in units_only]
    label: _Col | None = None
    multi_entity = [c for c in entity if distinct[id(c)] > 1]
    if multi_entity:
        # the first entity column, unless a later one is much finer (ESV: typ → titel) – counted
        # without its totals (a pivot's "Blekinge län Summa" and "Totalsumma" beside two counties)
        named = {id(c): len({t for t in c.text if t and not is_total_label(t)}) for c in multi_entity}
        best = max(named.values())
        label = next(c for c in multi_entity if named[id(c)] * 2 >= best)
    if label is None:
        label = next((c for c in plain if distinct[id(c)] > 1), None)
        # a column whose names repeat in runs ("E4", "E4", "Rv 23" …) groups the rows that a later
        # column names one by one ("Toftaholm", "Lagan" …): that one labels them
        if label is not None and distinct[id(label)] < len(label.text):
            later = plain[plain.index(label) + 1:]
            label = next((c for c in later if distinct[id(c)] == len(label.text) and all(c.text)), label)
    if label is None:
        periods = [c for c in cats if c.kind == "period" and distinct[id(c)] > 1]
        if len(periods) == 1:
            label = periods[0]
        elif len(periods) > 1 and not any(c.name == "Period" for c in cols):
            label = _Col(name="Period", raw=[""] * len(periods[0].text), kind="text")
            label.text = [" ".join(t for t in parts if t) for parts in zip(*(p.text for p in periods))]
            label.filled = set(range(len(label.text)))
            cols.insert(0, label)
            cats.insert(0, label)
    if label is None:
        label = entity[0] if entity else (plain[0] if plain else (cats[0] if cats else None))
    if label is None:
        n = len(cols[0].raw)
        label = _Col(name="Rad", raw=[""] * n, kind="text")
        label.text = [str(i + 1) for i in range(n)]
        cols.insert(0, label)
        cats.insert(0, label)
    for c in cats:
        if c is label:
            c.role = "label"
        elif c.kind == "text" and _is_free_text(c):
            c.role = "text"
        else:
            c.role = "dimension"
    return label.name


def _short_codes(c: _Col) -> bool:
    """Is every filled cell of a text column a short code – three characters or fewer ("A", "C",
    "01"), or capitals and digits ("SE11", "SE332" of NUTS)?"""
    vals = [t for t in c.text if t]
    return len(vals) >= 3 and all(
        " " not in t and (len(t) <= 3 or (len(t) <= 6 and re.fullmatch(r"[A-Z]{1,3}\d*", t) is not None)) for t in vals
    )


def _sentences(vals: list[str]) -> bool:
    """Are most cells whole sentences – eight words or more on average, most ending in a full
    stop – rather than names, however long ("Utredning av kvällsturer i skärgårdstrafiken")?"""
    n_words = sum(len(v.split()) for v in vals) / len(vals)
    stopped = sum(1 for v in vals if re.search(r"[.!?][*_)»”\"]*$", v.strip()))
    return n_words >= 8 and stopped >= 0.6 * len(vals)


def _names_units(c: _Col) -> bool:
    """Is every cell of a text column a unit ("antal", "procent", "tkr", "personer")?"""
    vals = {t for t in c.text if t}
    return bool(vals) and all(len(t.split()) <= 2 and unit_from_text(t) for t in vals)


def _is_free_text(c: _Col) -> bool:
    toks = words(c.name)
    if any(t in _TEXT_HEADERS for t in toks):
        return True
    vals = [t for t in c.text if t]
    if not vals:
        return False
    distinct = len(set(vals))
    avg = sum(len(v) for v in vals) / len(vals)
    if len(vals) >= 20 and distinct / len(vals) > 0.5 and avg > 40:
        return True
    # a short register whose cells are sentences ("Budget för rådets insatser 2026 fastställs
    # till 1 200 000 kr.") describes its rows; a place or figure inside one is no row's name
    # (a count of decision-log rows had answered "vad kostar utbildningen i Ljungby")
    if len(vals) >= 3 and distinct == len(vals) and _sentences(vals):
        return True
    # interval-like cells "57.9 - 66.7 *" – unless a few of them repeat down the column: bands
    # ("16-24", "25-29" of an age group in a register of cases) are categories, not intervals
    if len(vals) >= 10 and distinct <= 0.3 * len(vals):
        return False
    return sum(1 for v in vals if re.match(r"^-?\d+(?:[.,]\d+)?\s*-\s*-?\d+(?:[.,]\d+)?\s*\**$", v)) > 0.8 * len(vals)


def _assign_units(cols: list[_Col], caption: str, notes: tuple[str, ...], label_header: str = "") -> None:
    """A value column's unit: "%" in most of its cells, its header's words, a unit written in
    its cells; then, for a column that states none, the unit the label column's header
    states ("Belopp i tkr", "Antal barn"), the one unit its row labels name (a melted table),
    the caption's one unit when it is a strong one ("i procent", "tkr") and a "Sort:" note."""
    values = [c for c in cols if c.role == "value"]
    sort_unit = _sort_unit(notes)
    constant_texts = [c.text[0] for c in cols if c.role in ("dimension", "text", "label") and c.text and len(set(c.text)) == 1]
    header_units = units_in(label_header) if label_header else set()
    named = caption_units(caption) if caption else set()
    label = next((c for c in cols if c.role == "label"), None)
    row_units = {u for t in dict.fromkeys(label.text) if (u := unit_from_text(t))} if label and label.kind != "period" else set()
    # "Antal och andel (%)" over "Kvinnor, Män, Totalt, Andel kvinnor (%) …": the caption's "%"
    # belongs to the columns that say so, not to the counts beside them
    # (… and so does it with columns paired, each count beside its own share: "16–24 år",
    # "16–24 år, andel %" under "… Andel i procent av arbetskraften")
    own_share = [unit_from_text(v.name) in ("%", "andel") for v in values]
    counts_beside_shares = bool(caption) and any(own_share) and (
        bool(re.search(r"\bantal\b", caption, re.I))
        or sum(own_share) >= 2 and any(
            not s_ and any(o.name.startswith(v.name) for o, s2 in zip(values, own_share) if s2) for v, s_ in zip(values, own_share)
        )
    )
    # "Pågående sjukfall, antal" and "Sjukpenningtal, dagar" as the values of a column of measures:
    # the one value column holds figures of both units, so it states none (each row's measure does)
    mixed = any(
        len({u for t in set(c.text) if (u := unit_from_text(t))}) >= 2
        for c in cols if c.role in ("dimension", "label") and c.kind != "period" and c.text
    )
    # the unit a caption states outright ("(kronor)", "i procent", "tkr")
    strong = unit_from_text(caption) if caption and re.search(r"\(%\)|procent|andel|\btkr\b|kronor", caption, re.I) else None
    for c in values:
        if mixed and len(values) == 1 and c.unit is None:
            continue
        finite = [v for v in c.values if v == v]
        cells = c.cell_units.most_common(1)
        n_units = sum(c.cell_units.values())
        unit = c.unit if c.unit else None
        # ("Antal deltagare | 300" among "Andel kvinnor | 50 %": the rows state their units)
        # (… as do cells written in two units or more, "23,9 %" and "291 tkr" beside a bare
        # "11052": a column of facts about a place, no column of shares – round 228's
        # population had been shown as "11 052 %")
        other_row = _row_of_another_unit(c, label) or len(c.cell_units) >= 2
        if unit is None and cells and cells[0][0] == "%" and cells[0][1] >= 0.5 * max(1, len(finite)) and not other_row:
            unit = "%"
        if unit is None:
            unit = unit_from_text(c.name, finite)
        # (a unit written in most of the column's cells, not in one of them: "50 %" among "2 400",
        # "350" and "8 veckor" of a column of targets states no unit for the others)
        if unit is None and cells and cells[0][1] >= 0.5 * max(1, n_units, len(finite)) and not (other_row and cells[0][0] == "%"):
            unit = cells[0][0]
        if unit is None and len(values) == 1:
            for t in constant_texts:
                unit = unit_from_text(t, finite)
                if unit:
                    break
        if unit is None and len(header_units) == 1:
            unit = unit_from_text(label_header, finite) or next(iter(header_units))
        # (… unless the caption says another: "15 % av personal" in one cost's name under "(kronor)")
        if unit is None and len(values) == 1 and len(row_units) == 1 and not (len(named) == 1 and named != row_units) and not (
            strong and strong not in row_units
        ):
            unit = next(iter(row_units))
        if unit is None and len(named) == 1 and not (named == {"%"} and counts_beside_shares):
            unit = next(iter(named))
        if unit is None and len(values) == 1 and caption:
            unit = unit_from_text(caption, finite) if re.search(r"\(%\)|procent|andel|\btkr\b|kronor", caption, re.I) else None
        if unit is None:
            unit = sort_unit
        c.unit = unit


def _row_of_another_unit(c: _Col, label: _Col | None) -> bool:
    """Does a row whose cell in ``c`` has no "%" name another unit by its label ("Antal
    deltagare | 300" among "Andel kvinnor | 50 %" in a column of targets)? Then the "%" of the
    other cells is theirs, not the column's."""
    if label is None or len(label.text) != len(c.raw):
        return False
    return any(
        v == v and "%" not in raw and unit_from_text(label.text[i]) not in (None, "%", "andel")
        for i, (v, raw) in enumerate(zip(c.values, c.raw))
    )


def _cases_by_id(cols: list[_Col], c: _Col) -> bool:
    """A register of cases: each row its own id (a code column without repeats) while the column
    ``c`` repeats its names – an employer "Region Stockholm" on ten of 160 job ads is a case
    among the others, not their total (a county's row of a long table repeats its code too)."""
    named = [t for t in c.text if t]
    if len(set(named)) == len(named):
        return False
    return any(
        o.role == "code" and all(o.text) and len(set(o.text)) == len(o.text) for o in cols if o is not c
    )


def _case_ids(id_cols: list[_Col], c: _Col) -> _Col | None:
    """Of the register's columns of case ids (``_is_id_column``), the one beside ``c`` when ``c``
    repeats its names ("Dnr": "RUN-2025-0012" … beside a Kommun of "Hela länet", "Åre" …); None
    when ``c`` names each row once or there is no such column."""
    named = [t for t in c.text if t]
    if len(set(named)) == len(named) or len(c.text) < 5:
        return None
    return next((o for o in id_cols if o is not c), None)


def _is_id_column(o: _Col) -> bool:
    """A column of case numbers: filled on nearly every row, each filled cell its own, each written
    with more than digits ("RUN-2025-0012", "2025/123") – a region's code, "0180", is a place's."""
    if o.kind not in ("text", "code") or o.role not in ("label", "dimension", "code"):
        return False
    # (a cell filled down from the row above – onto the "Summa att transportera" row under a
    # page's last case – is no id of its own)
    own = [t for i, t in enumerate(o.text) if t and i not in o.filled]
    return len(own) >= 0.8 * len(o.text) and len(set(own)) == len(own) and all(
        re.search(r"\d", t) and re.search(r"[^\d\s]", t) for t in own
    )


# A group's rows are at most this many; tables longer than this many rows are not searched
# for group rows (registers, long series: the search is quadratic, and coincidences grow).
_GROUP_SPAN = 200
_GROUP_TABLE_ROWS = 600


def _additive(c: _Col) -> bool:
    """A value column whose rows may add up: counts and amounts, not shares, rates or changes."""
    name = c.name.lower()
    return c.role == "value" and c.unit not in ("%", "‰", "andel", "procentenheter") and not any(
        w in name for w in ("%", "andel", "förändring", "procent", "change", "per ", "medel", "median", "snitt", "index")
    )


def _mark_group_rows(cols: list[_Col], label: str, totals: list[int]) -> list[int]:
    """Rows that add up the rows printed under them – a group's subtotal over its members ("2 Yrken
    med krav på fördjupad högskolekompetens" over "2121 Mjukvaru- …", "2142 …"), found from the
    figures, not from the words: in every count or amount column (two at least) the row is the
    sum of the run of rows under it, each member positive, two at least. Nested groups are found
    from the deepest up (a group's members are then the subgroups under it). Such rows are
    totals of a kind: rankings leave them out, and a sum over the body counts no member twice."""
    lab = next((c for c in cols if c.name == label and c.role == "label"), None)
    values = [c for c in cols if _additive(c)]
    if lab is None or len(values) < 2:
        return []
    n = len(lab.text)
    if n < 4 or n > _GROUP_TABLE_ROWS or len(set(lab.text)) < 0.6 * n:
        return []
    total_set = set(totals)
    claimed: set[int] = set()  # rows already counted as members of a group found below
    groups: list[int] = []
    for i in range(n - 3, -1, -1):
        if i in total_set or not lab.text[i]:
            continue
        head = [c.values[i] for c in values]
        if sum(1 for v in head if v == v and v > 0) < 2:
            continue
        members: list[int] = []
        for k in range(i + 1, min(n, i + 1 + _GROUP_SPAN)):
            if k in total_set and k not in groups:
                break  # a table's own total ends any group
            if k in claimed:
                continue
            members.append(k)
            if len(members) >= 2 and _sums_to(values, i, members):
                groups.append(i)
                claimed.update(members)
                break
    return sorted(groups)


_YEAR_TOTAL = re.compile(r"^(?:hel[åa]r(?:et)?|hela [åa]ret|[åa]ret totalt|totalt [åa]ret)(?:\s+(?:19|20)\d\d)?$", re.I)


_PART_OF_YEAR = re.compile(r"^(?:kvartal|kv\.?|q|tertial|halv[åa]r|h)\s*[1-4](?:\s+(?:19|20)\d\d)?$", re.I)


def _year_total_of_months(c: _Col) -> list[str]:
    """The values of a column of months ("Januari" … "December", six at least) that stand for
    the whole year ("Helår 2025", "Hela året"); [] for any other column."""
    distinct = list(dict.fromkeys(t for t in c.text if t))
    months = {fold(t).strip(" .¹²³*") for t in distinct} & {m for m in MONTHS if len(m) > 3}
    if len(months) < 6:
        return []
    year = [t for t in distinct if _YEAR_TOTAL.match(t.strip())]
    # (… and, after it, the quarters' and half-years' sums among the months: no month of their own
    # – "Kvartal 4" had been the month with the most new cars)
    parts = [t for t in distinct if _PART_OF_YEAR.match(t.strip())]
    return year + parts if year else []


def _mark_closing_groups(cols: list[_Col], label: str, taken: set[int]) -> list[int]:
    """Rows that close a run of rows they add up ("Kvartal 1" under January, February and March,
    "Kvartal 2" under April–June): each the sum of the rows since the one before it – two such
    rows at least, so that no row is taken for a subtotal by chance. Summed over with the months,
    the year had been counted twice ("22 788" new cars for a year of 7 596)."""
    lab = next((c for c in cols if c.name == label and c.role == "label"), None)
    values = [c for c in cols if _additive(c)]
    if lab is None or len(values) < 2 or not 4 <= len(lab.text) <= _GROUP_TABLE_ROWS:
        return []
    groups: list[int] = []
    start = 0
    for i in range(len(lab.text)):
        if i in taken:
            start = i + 1
            continue
        members = list(range(start, i))
        # (a row named as its members are – "Hallands län, Båda könen" under its women and men –
        # is one more row of theirs, told apart by another column, not a subtotal of the label's)
        if len(members) >= 2 and lab.text[i] and (
            lab.text[i] not in {lab.text[k] for k in members} or _blank_where_members_differ(cols, lab, i, members)
        ) and _sums_to(values, i, members):
            groups.append(i)
            start = i + 1
    return groups if len(groups) >= 2 else []


def _blank_where_members_differ(cols: list[_Col], lab: _Col, i: int, members: list[int]) -> bool:
    """Is row ``i`` named as all its members are, and blank in a column that tells them apart –
    a SAP list's "* | 1081 | Ronneby |  " under Ronneby's four measures, each named in "Insats"?"""
    if {lab.text[k] for k in members} != {lab.text[i]}:
        return False
    return any(
        c is not lab and c.kind == "text" and c.role in ("label", "dimension") and not c.text[i] and i not in c.filled
        and len({c.text[k] for k in members if c.text[k]}) >= 2
        for c in cols
    )


def _total_of_the_rest(cols: list[_Col], label: str, taken: set[int]) -> set[int]:
    """The last row, when it adds up every row that is no subtotal ("Helår 2025" under the
    months and their quarters): the table's total, named so in its label column."""
    lab = next((c for c in cols if c.name == label and c.role == "label"), None)
    if lab is None or not lab.text:
        return set()
    last = len(lab.text) - 1
    rest = [k for k in range(last) if k not in taken]
    if last in taken or not lab.text[last] or not adds_up([c for c in cols if _additive(c)], last, rest):
        return set()
    lab.total_values = tuple(dict.fromkeys([*lab.total_values, lab.text[last]]))
    return {last}


def _sums_to(values: list[_Col], row: int, members: list[int]) -> bool:
    """``row`` adds up ``members`` (``adds_up``), where it has no figure they have none either,
    and each member has a figure above zero (a run of zeros adds up to anything's zero)."""
    if any(c.values[row] != c.values[row] and any(c.values[k] == c.values[k] for k in members) for c in values):
        return False
    positive = {k for c in values for k in members if c.values[row] == c.values[row] and c.values[k] > 0}
    return len(positive) == len(members) and adds_up(values, row, members)


def _carries_sum(additive: list[_Col], row: int, cases: list[int]) -> bool:
    """Is ``row`` the running sum of every case above it, in each amount it has (one is enough
    over three cases or more: a page's "Summa att transportera" of a register with one amount)?"""
    checked = 0
    for c in additive:
        v = c.values[row]
        if v != v:
            continue
        part = [x for x in (c.values[k] for k in cases) if x == x]
        if len(part) < 3 or abs(sum(part) - v) > 1e-6 * max(1.0, abs(v)):
            return False
        checked += 1
    return checked >= 1


_MEAN_ROW = re.compile(
    r"^(?:(?:ovägt|vägt|aritmetiskt)\s+)?(?:medelvärde|medeltal|medel|genomsnitt|snitt)(?:\b|$)|^(?:(?:unweighted|weighted)\s+)?(?:average|mean)\b", re.I
)


def _mark_totals(cols: list[_Col], label: str) -> list[int]:
    """Set total_values for label/dimension columns; return the label's total rows."""
    total_rows: list[int] = []
    lab = next((c for c in cols if c.name == label and c.role == "label"), None)
    # (a total is checked in the counts and amounts: a change in % beside them adds up to nothing)
    additive = [c for c in cols if _additive(c)]
    id_cols = [c for c in cols if _is_id_column(c)]
    if lab is not None:
        start = 0  # the first row after the last total: a pivot's "Kronobergs län Summa" adds up its group
        cases: list[int] = []  # the rows before ``i`` that are no total
        ids = {id(c) for c in id_cols}
        for i, own in enumerate(lab.text):
            # (a register's case id filled down onto its "Summa att transportera" row says nothing)
            said = [
                c for c in cols
                if c is not lab and c.role in ("label", "dimension", "text") and c.kind != "period" and i < len(c.text) and c.text[i]
                and not (i in c.filled and id(c) in ids)
            ]
            if not own and len(said) == 1 and is_total_label(said[0].text[i]) and (
                is_sum_row(cols, i) or i == len(lab.text) - 1 or adds_up(additive, i, range(start, i), blanks_count=True)
                # (… or a page's "Summa att transportera": the sum so far of the register's one
                # amount, carried to the next page)
                or _carries_sum(additive, i, cases)
            ):
                # a register's "Summa" written in its first column ("Diarienr") with the name left
                # empty: the table's total row, named so – not a case number the register's other
                # questions would default to (every count had been of that row)
                lab.text[i], said[0].text[i] = said[0].text[i], ""
                for c in cols:
                    if i in c.filled and id(c) in ids:
                        c.text[i] = ""  # (no case's id filled down onto the total)
                start = i + 1
                continue
            cases.append(i)
    for c in cols:
        if c.role in ("label", "dimension") and (year := _year_total_of_months(c)):
            # "Helår 2025" among "Januari" … "December" (and their "Kvartal N"): the year's
            # total, the value a question about the whole year defaults to
            c.total_values = tuple(dict.fromkeys([*c.total_values, *year]))
            if c.role == "label":
                total_rows += [i for i, t in enumerate(c.text) if t in year]
            continue
        if c.role not in ("label", "dimension") or c.kind == "period":
            continue
        geo = c.role == "label" or is_geo_header(c.name)
        distinct = list(dict.fromkeys(t for t in c.text if t))
        totals = [v for v in distinct if is_total_label(v, geographic=geo)]
        if geo:
            rest = [v for v in distinct if v not in totals]
            counties = [v for v in rest if is_county(v)]
            if len(counties) == 1 and len(rest) - 1 >= 2 and not _cases_by_id(cols, c):
                totals.append(counties[0])
        if totals and (case_id := _case_ids(id_cols, c)) is not None:
            # a register of cases: "Hela länet" as the place of a project with its own Dnr is a case
            # among the others, not their total – only a row without a case's id can be one
            totals = [v for v in totals if all(not case_id.text[i] or i in case_id.filled for i, t in enumerate(c.text) if t == v)]
        if c.role == "label" and len(distinct) >= 4:
            # "Ovägt medelvärde, kommungruppen" closing each group of municipalities: a mean of the
            # rows, no row among them – never ranked, counted or added in with them
            means = [v for v in distinct if v not in totals and _MEAN_ROW.match(v.strip())]
            if means and len(distinct) - len(means) >= 3:
                totals += means
        if (c.role == "label" and "Summa" in distinct) and "Summa" not in totals:
            totals.append("Summa")
        if c.role == "label" and distinct and c.text[-1] not in totals and c.text.count(c.text[-1]) == 1:
            last = len(c.text) - 1
            if is_sum_row(cols, last) or (totals and adds_up(additive, last, [k for k in range(last) if c.text[k] not in totals])):
                # "Resultat" under the votes it adds up; "Verksamhetens nettokostnad" under
                # "Summa nämnder" and the rows after it (the subtotal stands for its parts)
                totals.append(c.text[-1])
        c.total_values = tuple(totals)
        if c.role == "label" and totals:
            tset = set(totals)
            total_rows = [i for i, t in enumerate(c.text) if t in tset]
    return total_rows


