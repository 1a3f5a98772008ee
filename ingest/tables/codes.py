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


# a key written in a table's title or notes: "KON: 1=MAN 2=KVINNA", "Kön: 1 = man, 2 = kvinna"
_INLINE_KEY = re.compile(r"\b([A-Za-zÅÄÖåäö_]{2,})\s*:\s*((?:\d{1,3}\s*=\s*[A-Za-zÅÄÖåäö]+\s*[,;]?\s*){2,})")
_INLINE_PAIR = re.compile(r"(\d{1,3})\s*=\s*([A-Za-zÅÄÖåäö]+)")


# a key in a column's own header, as an old export writes it: "KON(1=MAN,2=KVINNA)",
# "Kön (1 = man, 2 = kvinna)"
_HEADER_KEY = re.compile(r"^\s*([^\W\d_][\w ]*?)\s*\(\s*((?:\d{1,3}\s*=\s*[^\W\d_]+\s*[,;]?\s*){2,})\)\s*$")


def header_key(name: str) -> tuple[str, dict[str, str]] | None:
    """(the header's own name, code → meaning) of a header that says what its codes mean
    ("KON(1=MAN,2=KVINNA)" → ("KON", {"1": "Man", "2": "Kvinna"})); None for any other header."""
    m = _HEADER_KEY.match(name or "")
    if not m:
        return None
    pairs = {code: meaning.capitalize() if meaning.isupper() else meaning for code, meaning in _INLINE_PAIR.findall(m.group(2))}
    return (m.group(1).strip(), pairs) if len(pairs) >= 2 else None


def key_meaning(cell: str, codes: dict[str, str]) -> str | None:
    """What a cell means under a header's key: "2" → "Kvinna"; a code joining codes ("1+2") →
    "Totalt" when it joins every code the key names (women and men together), the meanings joined
    otherwise; None for a cell the key does not explain."""
    cell = cell.strip()
    if cell in codes:
        return codes[cell]
    parts = [p.strip() for p in cell.split("+")]
    if len(parts) < 2 or not all(p in codes for p in parts) or len(set(parts)) < len(parts):
        return None
    return "Totalt" if set(parts) == set(codes) else " + ".join(codes[p] for p in parts)


def _decode_header_keys(t: Table) -> Table:
    """``t`` with each column whose header holds its key ("KON(1=MAN,2=KVINNA)" over 1, 2 and
    "1+2") written out – "Kvinna (2)", "Totalt (1+2)" – under the header's own name ("KON");
    round 220's sickness rates had read the sex codes as figures, and "1+2" as none."""
    keys: dict[str, tuple[str, dict[str, str]]] = {}
    for c in t.columns:
        if c.role == "value" or (key := header_key(c.name)) is None:
            continue
        values = {_cell(v) for v in t.frame[c.name] if not pd.isna(v) and _cell(v)}
        if values and all(key_meaning(v, key[1]) is not None for v in values):
            keys[c.name] = key
    if not keys:
        return t

    def written(n: str, v: object) -> object:
        if n not in keys or v is None or (isinstance(v, float) and pd.isna(v)):
            return v
        return f"{key_meaning(_cell(v), keys[n][1])} ({_cell(v)})"

    taken = {c.name for c in t.columns}
    names = [keys[c.name][0] if c.name in keys and keys[c.name][0] not in taken else c.name for c in t.columns]
    said = " och ".join(f"”{n}”" for n in keys)
    return _read_again(t, names, f"Koderna i {said} är utskrivna enligt kolumnrubrikens egen förklaring.", written)


def decode_inline(t: Table) -> Table:
    """``t`` with each coded column its own title or notes explain ("KON: 1=MAN 2=KVINNA" in
    round 214's register's comment lines) written out as a key sheet's codes are – "Kvinna (2)";
    ``t`` itself when none is. Only a column whose every code the key names."""
    t = _decode_header_keys(t)
    sections: dict[str, dict[str, str]] = {}
    for text in (t.caption, *t.notes):
        for m in _INLINE_KEY.finditer(text or ""):
            pairs = {code: meaning.capitalize() if meaning.isupper() else meaning for code, meaning in _INLINE_PAIR.findall(m.group(2))}
            sections.setdefault(fold(m.group(1)), pairs)
    if not sections:
        return t
    return decode([t], sections, "", said_in="tabellens egen förklaring")[0]


def decode(tables: list[Table], sections: dict[str, dict[str, str]], key_sheet: str, said_in: str = "") -> list[Table]:
    """``tables`` with each coded column a key section explains written out ("Kvinna (2)"), the
    key's own table left out. A column is decoded only when every code in it is in the key."""
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
        def written(n: str, v: object, decoded=decoded) -> object:
            return f"{decoded[n][_cell(v)]} ({_cell(v)})" if n in decoded and _cell(v) in decoded[n] else v

        said = " och ".join(f"”{n}”" for n in decoded)
        note = f"Koderna i {said} är utskrivna enligt " + (said_in or f"bladet ”{key_sheet}”") + "."
        out.append(_read_again(t, [c.name for c in t.columns], note, written))
    return out


def _read_again(t: Table, names: list[str], note: str, written=lambda n, v: v, same_rows: bool = True) -> Table:
    """``t`` made again from every cell as the source wrote it ("1,50" keeps its decimals), under
    ``names`` (one per column), each cell as ``written`` gives it, with ``note`` – or ``t`` itself
    when the table made is no table of the same rows (``same_rows``; else: no table at all –
    places named as columns may make a row of each place)."""
    from .shape import make_table

    rows = []
    for i in range(len(t.frame)):
        row = []
        for c in t.columns:
            v = written(c.name, t.raw.iloc[i][c.name] if c.name in t.raw.columns else t.frame.iloc[i][c.name])
            row.append(None if v is None or (isinstance(v, float) and pd.isna(v)) else v)
        rows.append(row)
    table = make_table(names, rows, table_id=t.id, document=t.document, caption=t.caption, page=t.page, sheet=t.sheet,
                       section=t.section, notes=(*t.notes, note))
    return table if table is not None and (len(table.frame) == len(t.frame) or not same_rows) else t


# a short name explained where the table is printed: "Hyl = Hylte", "Fbg = Falkenberg" (a
# footnote "Förkortningar: Hyl = Hylte, Hst = Halmstad, …")
_ABBREVIATED = re.compile(
    r"(?<![\w=])([A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,5}\.?)\s*=\s*([A-ZÅÄÖ][\wÅÄÖåäö.\- ]{1,40}?)\s*(?=[,;\n]|\.(?:\s|$)|$)"
)


def abbreviations(text: str) -> dict[str, str]:
    """The short names a text explains ("Hyl = Hylte, Hst = Halmstad", "Län = Hallands län"):
    short → long. Only a long name longer than the short one that starts with its first letter
    or holds it as a word."""
    out: dict[str, str] = {}
    for m in _ABBREVIATED.finditer(text):
        short, long = m.group(1).strip(), m.group(2).strip()
        bare = fold(short.rstrip("."))
        if len(long) > len(bare) and (fold(long)[:1] == bare[:1] or bare in fold(long).split()):
            out.setdefault(short, long)
    return out


def name_abbreviated_columns(t: Table, key: dict[str, str]) -> Table:
    """A table whose columns stand under short names that the document explains ("Hyl", "Hst",
    "Lah" … with the footnote "Förkortningar: Hyl = Hylte, …"): each such column named by its
    long name, the short said in the table's note – under the short names no question found its
    place, and "meritvärde i Hylte" had no answer (round 228); named, places as columns are
    places as rows like any other table's. Two columns at least. ``key``: the document's
    ``abbreviations``."""
    named = [c.name for c in t.columns if c.name.strip() in key]
    if len(named) < 2:
        return t
    names = [key[c.name.strip()] if c.name.strip() in key else c.name for c in t.columns]
    said = ", ".join(f"{n} = {key[n.strip()]}" for n in named)
    return _read_again(t, names, f"Kolumnernas förkortningar är utskrivna enligt dokumentet: {said}.", same_rows=False)


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


# a column named by a code only ("V01", "X12", "K3"): a few letters, then digits
_COLUMN_CODE = re.compile(r"^[A-Za-zÅÄÖåäö]{1,3}_?\d{1,3}$")


def _coded_columns(t: Table) -> list[str]:
    return [c.name for c in t.columns if c.role == "value" and _COLUMN_CODE.match(c.name.strip())]


def read_column_key(grid: list[list[object]], codes: set[str]) -> dict[str, tuple[str, str]]:
    """A sheet that says what coded column names mean ("Variabel | Beskrivning | Enhet": "V03 |
    Biståndsmottagare, andel av befolkningen | procent"): code → (description, unit text). The
    rows whose first cell is one of ``codes``; the description is the text beside the code, the
    unit a short cell of the same row that names a unit (the column whose every cell does)."""
    from .columns import unit_from_text

    want = {c.upper(): c for c in codes}
    rows: dict[str, list[str]] = {}
    for row in grid:
        cells = [_cell(v) for v in row]
        first = next((i for i, c in enumerate(cells) if c), None)
        if first is None or cells[first].upper() not in want:
            continue
        rows[want[cells[first].upper()]] = cells[first + 1:]
    if len(rows) < 2:
        return {}
    width = max(len(r) for r in rows.values())
    column = [[r[j] if j < len(r) else "" for r in rows.values()] for j in range(width)]
    units = next(
        (j for j in range(width) if all(v and len(v) <= 30 and unit_from_text(v) for v in column[j])), None
    )
    described = next((j for j in range(width) if j != units and all(v and not _CODE.match(v) for v in column[j])), None)
    if described is None:
        return {}
    return {
        code: (cells[described], cells[units] if units is not None and units < len(cells) else "")
        for code, cells in rows.items()
    }


def name_coded_columns(tables: list[Table], path, limits) -> tuple[list[Table], list[tuple[str, list[list[object]]]]]:
    """A workbook whose figures stand under codes ("V01" … "V06") that another of its sheets
    explains (round 214's "Variabler": V03 is "Biståndsmottagare, andel av befolkningen", in
    procent): each coded column named by its description and unit, the code kept ("…, procent
    (V03)") – under bare codes no question found its measure, and the shares were ranked as
    amounts. The explaining sheets are returned (name, grid), to be read as text."""
    coded = {id(t): cols for t in tables if len(cols := _coded_columns(t)) >= 2}
    if not coded:
        return tables, []
    from ..stats_io import read_sheets

    grids = read_sheets(path, limits)
    out: list[Table] = []
    keys: dict[str, list[list[object]]] = {}
    for t in tables:
        cols = coded.get(id(t))
        key: dict[str, tuple[str, str]] = {}
        sheet = ""
        for name, grid in grids if cols else ():
            if name == t.sheet:
                continue
            key = read_column_key(grid, set(cols))
            if len(key) * 2 >= len(cols):
                sheet = name or ""
                keys[sheet] = grid
                break
        if not key or len(key) * 2 < len(cols):
            out.append(t)
            continue
        names = []
        for c in t.columns:
            said = key.get(c.name)
            if said is None:
                names.append(c.name)
                continue
            text, unit = said
            names.append(f"{text}, {unit} ({c.name})" if unit and fold(unit) not in fold(text) else f"{text} ({c.name})")
        named = sorted(k for k in key if k in cols)
        out.append(_read_again(t, names, f"Kolumnerna {', '.join(named)} är namngivna enligt bladet ”{sheet}”."))
    return out, list(keys.items())
