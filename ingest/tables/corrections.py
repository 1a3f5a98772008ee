"""A workbook's own corrections to its published figures, applied.

Statistics workbooks are corrected after publication with a sheet of their own – "Ändringslogg",
"Rättelser" – one row per corrected cell: the place and period it is of, the measure (the data
sheet's column name), the value published and the correct value, often with "the data sheet has
NOT been updated". Round 218's social assistance workbook answered Ronneby's households with the
published 1 012; its log gives 1 068.

A correction is applied only when it is certain which cell it corrects: its measure names a
column of another table of the workbook, its other columns (place, year) pick out exactly one row,
and that cell holds the published value (in the column's own unit: a value in tkr may have been
read as kronor). The table's total rows that added up their parts before the correction (the
county's row over its municipalities) follow it. Each change is noted on the table, in words the
answer repeats ("Rättat enligt bladet ”Ändringslogg” …"), and the log leaves the tables: its rows
are text to quote, not figures to rank.
"""
from __future__ import annotations

import math
import re
from dataclasses import replace

import pandas as pd

from ..model import Table
from ..numbers import format_number
from ..swedish import fold

# the lead of a table's note of a correction applied: the engine shows such notes with a figure
CORRECTED_LEAD = "Rättat enligt bladet"

# Column names of a correction log: the value as it was published and as it should be, the
# measure a row corrects, and columns that date or explain a correction (no key to its cell).
_VALUE = r"(?:värde|värdet|value|siffra|uppgift)"
_NEW = re.compile(rf"\b(?:korrekt|korrekta|rätt|rätta|rättat|rättad|korrigerat|korrigerad|nytt|reviderat|reviderad|corrected|correct|new|revised)\b.*\b{_VALUE}\b")
_OLD = re.compile(rf"\b(?:publicerat|publicerad|tidigare|gammalt|felaktigt|felaktig|ursprungligt|ursprunglig|published|old|original|previous)\b.*\b{_VALUE}\b")
_MEASURE = re.compile(r"^(?:variabel|mått|matt|kolumn|indikator|nyckeltal|variable|measure|column|indicator)$")
_ASIDE = re.compile(r"^(?:datum|ändrad|rättad|date|kommentar|kommentarer|orsak|anledning|not|notering|comment|reason|note|signatur|sign)\b")
# scales a value may have been read in against its column's unit ("tkr" read as kronor)
_SCALES = (1.0, 1000.0, 1_000_000.0, 0.001)


def apply_corrections(tables: list[Table]) -> tuple[list[Table], list[str]]:
    """The tables with their workbook's correction logs applied, the logs left out – and the
    sheet names of the logs applied (read as text). Tables without a log come back as they were."""
    logs = [(t, cols) for t in tables if (cols := _log_columns(t)) is not None]
    if not logs or len(tables) < 2:
        return tables, []
    out = [t for t in tables if all(t is not log for log, _ in logs)]
    used: list[str] = []
    for log, (old, new, measure, keys) in logs:
        applied = False
        for i in range(len(log.frame)):
            row = log.frame.iloc[i]
            for k, t in enumerate(out):
                changed = _correct(t, row, old, new, measure, keys, log)
                if changed is not None:
                    out[k] = changed
                    applied = True
                    break
        if applied:
            used.append(log.sheet or log.caption)
        else:
            out.append(log)  # (a log whose rows meet no cell stays the table it is)
    return out, used


def _log_columns(t: Table) -> tuple[str, str, str, list[str]] | None:
    """(published, correct, measure, key columns) of a correction log; None for other tables."""
    names = {c.name: fold(c.name).strip() for c in t.columns}
    new = [n for n, f in names.items() if _NEW.search(f)]
    old = [n for n, f in names.items() if _OLD.search(f) and n not in new]
    measure = [n for n, f in names.items() if _MEASURE.match(f)]
    if len(new) != 1 or len(old) != 1 or len(measure) != 1:
        return None
    keys = [n for n, f in names.items() if n not in (*new, *old, *measure) and not _ASIDE.match(f)]
    return (old[0], new[0], measure[0], keys) if keys else None


def _key(v) -> str:
    """A cell as a key: "2024", 2024 and 2024.0 alike, case and spacing aside."""
    if isinstance(v, float) and not math.isnan(v) and v.is_integer():
        v = int(v)
    return " ".join(fold(str(v)).split())


def _correct(t: Table, row, old: str, new: str, measure: str, keys: list[str], log: Table) -> Table | None:
    """``t`` with the cell ``row`` corrects set to its correct value, noted; None when the row
    corrects no cell of ``t`` for certain, or corrects it to what it already holds."""
    column = next((c for c in t.columns if c.role == "value" and _key(c.name) == _key(row[measure])), None)
    if column is None or any(k not in t.frame.columns for k in keys):
        return None
    published, correct = row[old], row[new]
    if pd.isna(published) or pd.isna(correct):
        return None
    frame = t.frame
    match = pd.Series(True, index=frame.index)
    for k in keys:
        match &= frame[k].map(_key) == _key(row[k])
    hits = list(frame.index[match])
    if len(hits) != 1:
        return None
    at = hits[0]
    held = frame.at[at, column.name]
    scale = next((s for s in _SCALES if not pd.isna(held) and math.isclose(held, published * s, rel_tol=1e-9, abs_tol=1e-9)), None)
    if scale is None or math.isclose(published, correct):
        return None
    value = correct * scale
    frame = frame.copy()
    raw = t.raw.copy()
    delta = value - held
    sheet = log.sheet or log.caption
    when = next((str(row[c]) for c in log.frame.columns if re.match(r"^(?:datum|date)\b", fold(c)) and not pd.isna(row[c])), "")
    why = next((str(row[c]).strip().rstrip(".") for c in log.frame.columns if re.match(r"^(?:kommentar|orsak|anledning|comment|reason)\b", fold(c)) and not pd.isna(row[c])), "")
    where = ", ".join(f"{k} {row[k]}" if _key(row[k]).isdigit() else str(row[k]) for k in keys)
    notes = [
        f"{CORRECTED_LEAD} ”{sheet}”{f' ({when})' if when else ''}: {where}, {column.name} {format_number(published)} → "
        f"{format_number(correct)}{f' – {why}' if why else ''}."
    ]
    # (a total row that added up its parts before – the same keys but the place – follows)
    others = [k for k in keys if k != t.label_column]
    for r in t.total_rows:
        if r == at or any(frame.at[r, k] is None or _key(frame.at[r, k]) != _key(row[k]) for k in others):
            continue
        parts = frame.index[(frame.index != r) & ~frame.index.isin(t.total_rows)]
        for k in others:
            parts = parts[frame.loc[parts, k].map(_key) == _key(row[k])]
        total = frame.at[r, column.name]
        if len(parts) >= 2 and not pd.isna(total) and math.isclose(frame.loc[parts, column.name].sum(), total, rel_tol=1e-9, abs_tol=0.5):
            frame.at[r, column.name] = total + delta
            raw.at[r, column.name] = _cell(total + delta)
            label = frame.at[r, t.label_column] if t.label_column in frame.columns else "summaraden"
            notes.append(f"{CORRECTED_LEAD} ”{sheet}”: {label}{', ' + ', '.join(f'{k} {row[k]}' for k in others) if others else ''}, "
                         f"{column.name} {format_number(total / scale)} → {format_number((total + delta) / scale)} (summan av delarna efter rättelsen).")
    frame.at[at, column.name] = value
    raw.at[at, column.name] = _cell(value)
    return replace(t, frame=frame, raw=raw, notes=(*t.notes, *notes))


def _cell(v: float) -> str:
    """A value as a source cell writes it ("1068", "24,5"): ``Table.raw`` keeps the source's precision."""
    return str(int(v)) if float(v).is_integer() else str(v).replace(".", ",")
