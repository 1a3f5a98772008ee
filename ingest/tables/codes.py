"""codes: a workbook's code key ("Kodnyckel": Kön 1 = Man, 2 = Kvinna; Utfallskod 30 = Studier)
read, and the register's coded columns written out with it.

A register that writes its categories as codes answers nothing by their names: "hur många
kvinnor gick vidare till studier" needs "Kön = 2" and "Utfallskod = 30". When the workbook has a
sheet that says what the codes mean, each coded column whose header names one of its sections
gets the meanings instead of the codes (the code kept beside it: "Kvinna (2)"), and the key
sheet itself is no table of figures – its codes are no amounts to rank or add up."""
from __future__ import annotations

import re

import pandas as pd

from ..model import Table
from ..swedish import fold

# a sheet (or its caption) that explains codes
KEY_SHEET = re.compile(r"\b(?:kodnyckel|kodlista|koder|kodförklaring\w*|teckenförklaring|code ?list|codes|code key|legend)\b", re.I)
# a code as a register writes it: a short number or a few capitals ("2", "30", "K", "AF1")
_CODE = re.compile(r"^(?:\d{1,4}|[A-ZÅÄÖ]{1,3}\d{0,2})$")
# the header row of a key's section ("Kod | Betydelse", "Code | Meaning")
_KEY_HEADER = re.compile(r"^(?:kod|koder|code|värde|value)$", re.I)


def _cell(v) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return str(v).strip()


def is_key_table(t: Table) -> bool:
    return bool(KEY_SHEET.search(t.sheet or "") or KEY_SHEET.search(t.caption or ""))


def read_key(grid: list[list[object]]) -> dict[str, dict[str, str]]:
    """The sections of a key sheet: section title (folded) → code → meaning. A line of one text
    cell opens a section ("Kön"); a code beside a text is one of its entries."""
    sections: dict[str, dict[str, str]] = {}
    current: str | None = None
    for row in grid:
        cells = [_cell(v) for v in row]
        filled = [c for c in cells if c]
        if not filled:
            continue
        if len(filled) == 1 and not _CODE.match(filled[0]):
            current = fold(filled[0]).rstrip(":")
            sections.setdefault(current, {})
            continue
        if len(filled) >= 2 and _KEY_HEADER.match(filled[0]):
            continue
        if current is not None and len(filled) >= 2 and _CODE.match(filled[0]) and not _CODE.match(filled[1]):
            sections[current][filled[0]] = filled[1]
    return {k: v for k, v in sections.items() if len(v) >= 2}


def _section_for(column: str, sections: dict[str, dict[str, str]]) -> dict[str, str] | None:
    """The key section a column's header names: the same word, or one begins with the other
    ("Utfallskod" and "Utfall")."""
    name = fold(column).strip()
    for title, codes in sections.items():
        if name == title or (min(len(name), len(title)) >= 3 and (name.startswith(title) or title.startswith(name))):
            return codes
    return None


def decode(tables: list[Table], sections: dict[str, dict[str, str]], key_sheet: str) -> list[Table]:
    """``tables`` with each coded column a key section explains written out ("Kvinna (2)"), the
    key's own table left out. A column is decoded only when every code in it is in the key."""
    from .shape import make_table

    out: list[Table] = []
    for t in tables:
        if is_key_table(t):
            continue
        decoded: dict[str, dict[str, str]] = {}
        for c in t.columns:
            if c.role == "value":
                continue
            codes = _section_for(c.name, sections)
            if codes is None:
                continue
            values = {_cell(v) for v in t.frame[c.name] if not pd.isna(v) and _cell(v)}
            if values and values <= set(codes):
                decoded[c.name] = codes
        if not decoded:
            out.append(t)
            continue
        names = [c.name for c in t.columns]
        rows = []
        for i in range(len(t.frame)):
            row = []
            for n in names:
                # (every cell as the source wrote it, read again: "1,50" keeps its decimals)
                v = t.raw.iloc[i][n] if n in t.raw.columns else t.frame.iloc[i][n]
                if n in decoded and _cell(v) in decoded[n]:
                    v = f"{decoded[n][_cell(v)]} ({_cell(v)})"
                row.append(None if v is None or (isinstance(v, float) and pd.isna(v)) else v)
            rows.append(row)
        said = " och ".join(f"”{n}”" for n in decoded)
        note = f"Koderna i {said} är utskrivna enligt bladet ”{key_sheet}”."
        table = make_table(names, rows, table_id=t.id, document=t.document, caption=t.caption, page=t.page, sheet=t.sheet,
                           section=t.section, notes=(*t.notes, note))
        out.append(table if table is not None and len(table.frame) == len(t.frame) else t)
    return out


def decode_workbook(tables: list[Table], path, limits) -> tuple[list[Table], tuple[str, list[list[object]]] | None]:
    """A workbook's tables with its code key applied, when one of its sheets is a key – and that
    sheet (name, grid), to be read as text: "vad betyder utfallskod 30?" is still answered."""
    keys = [t for t in tables if is_key_table(t)]
    if not keys or len(tables) < 2:
        return tables, None
    from ..stats_io import read_sheets

    sections: dict[str, dict[str, str]] = {}
    sheet = keys[0].sheet or ""
    key_grid: list[list[object]] = []
    for name, grid in read_sheets(path, limits):
        if name == sheet:
            sections, key_grid = read_key(grid), grid
    if not sections:
        return tables, None
    return decode(tables, sections, sheet), (sheet, key_grid)
