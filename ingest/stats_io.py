"""Read statistics files (CSV/TSV/TXT exports, XLSX/XLSM workbooks) into Tables.

Real exports are messy in predictable ways: Latin-1 text, semicolons and decimal commas,
a title row above the header and "Källa:" lines below it, PxWeb sheets whose row labels appear
only on the first row of each group, header rows split over two or three rows, several
tables side by side on one sheet, R-written workbooks without a dimension record. This module
finds the blocks of a sheet, splits each into title, header, data and notes, and hands header
+ rows to ``tables.make_table``.

Why one module of this size: CSV and XLSX both become the same cell grid and share its block
finding (title rows, notes, side-by-side tables); the grid code serves both readers.
"""
from __future__ import annotations

import csv
import datetime
import io
import itertools
import logging
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .formulas import manual_calculation, sheet_formulas
from .limits import DEFAULT_LIMITS, Limits, check_zip, iter_text, n
from .model import IngestError, Table
from .numbers import parse_number
from .ooxml import transitional
from .tables import blank, cell_text, clean_text, combine_header_rows, is_period_like, make_table, numberish
from .tables.cells import SEX_VALUES
from .tables.columns import units_in

log = logging.getLogger(__name__)

XLSX_ERROR = "kan inte läsa XLSX-filen (skadad eller inte en Excel-fil)"
CSV_SUFFIXES = {".csv", ".tsv", ".txt"}
XLSX_SUFFIXES = {".xlsx", ".xlsm"}

# Lines that are notes, not data: sources, remarks, PxWeb footers.
_NOTE_RE = re.compile(
    r"^\s*(?:källa|källor|kalla|anm\.?|anmärkning|fotnot|fotnoter|not(?:er)?\s*:|kommentar|observera|obs\b|"
    r"officiell statistik|databas|kontaktperson|kontakt\s*:|senaste uppdatering|sort\s*:|enhet\s*:|referenstid|"
    r"datatyp|intern referenskod|uppgifterna avser|teckenförklaring|förklaring|definition|source|note\s*:|"
    r"\*{1,3}\s|\.\.\s*=|\.\s*=|statistiken|uppdaterad|publicerad|hämtad|nästa publicering|e-post|telefon)",
    re.I,
)
_DAY_RE = re.compile(r"^(?:19|20)\d{2}-\d{2}-\d{2}")
_URL_RE = re.compile(r"^(?:https?://|www\.)\S+$", re.I)
_GENERIC_SHEET_RE = re.compile(r"^(?:sheet|blad|tabell|table|data|ark)\s*\d*$", re.I)


# ---------------------------------------------------------------- entry point


class NoFiguresError(IngestError):
    """A statistics file whose sheets hold no table with figures (a calendar, a contact list);
    ``sheets``: the grids read, for a reader of them as text."""

    def __init__(self, message: str, sheets: list[tuple[str | None, list[list[object]]]] | None = None):
        super().__init__(message)  # (args stay the message alone: it pickles across the worker as any IngestError)
        self.sheets = sheets or []


NO_FIGURES = "innehåller ingen tabell med siffror"


def read_sheets(path: Path, limits: Limits = DEFAULT_LIMITS) -> list[tuple[str | None, list[list[object]]]]:
    """The cell grid of each sheet of a workbook, or the one grid of a CSV (sheet None)."""
    suffix = Path(path).suffix.lower()
    if suffix in XLSX_SUFFIXES:
        return _read_xlsx(path, limits)
    if suffix in CSV_SUFFIXES:
        return [(None, _read_csv_grid(path, suffix, limits))]
    raise IngestError(f"filtypen {suffix or '(ingen)'} stöds inte som statistikfil")


def read_stats_file(path: Path, document: str, limits: Limits = DEFAULT_LIMITS) -> list[Table]:
    """All tables of a statistics file. Raises IngestError (one Swedish line) for a bad file,
    and for one beyond the row, column, cell or cell-length limits (refused whole: a cut table
    would sum to a wrong total); NoFiguresError when it reads but holds no table with figures."""
    path = Path(path)
    try:
        sheets = read_sheets(path, limits)
        tables: list[Table] = []
        for sheet, grid in sheets:
            fallback = _readable_name(path, sheet, len(sheets))
            tables += grid_tables(grid, document=document, sheet=sheet, fallback_caption=fallback)
    except IngestError:
        raise
    except (MemoryError, RecursionError) as exc:
        raise IngestError(f"filen är för stor eller för komplex att läsa ({type(exc).__name__})") from None
    except Exception as exc:  # noqa: BLE001 - a bad file must give a reason, never a traceback
        log.debug("stats file %s failed", path, exc_info=True)
        raise IngestError(f"kan inte läsa filen ({type(exc).__name__})") from None
    if not tables:
        raise NoFiguresError(NO_FIGURES, sheets)
    return tables


def read_stats_bytes(data: bytes, suffix: str, document: str, limits: Limits = DEFAULT_LIMITS) -> list[Table]:
    """All tables of a statistics file held inside another file (a workbook embedded in a DOCX, a
    spreadsheet attached to a PDF), named as part of ``document``; ``suffix``: its kind (".xlsx",
    ".csv"). Raises as ``read_stats_file``."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"inbaddad{suffix}"
        path.write_bytes(data)
        return read_stats_file(path, document, limits)


def sheet_lines(grid: list[list[object]]) -> tuple[list[str], list[str]]:
    """A sheet without figures as text: (title lines above its header, one line per row with
    each cell after its column's name – "Datum: 2025-11-04 | Aktivitet: Nätverksträff … | Plats:
    Kulturhuset Ystad", one passage sentence per row), so a calendar or a contact list can be searched and quoted."""
    rows = [[clean_text(v) for v in r] for r in grid]
    rows = [r for r in rows if any(r)]
    start = next((i for i, r in enumerate(rows) if sum(1 for v in r if v) >= 2), len(rows))
    titles = [" ".join(v for v in r if v) for r in rows[:start]]
    if start >= len(rows):
        return titles, []
    header = rows[start]
    lines = []
    for r in rows[start + 1:]:
        cells = [(header[j] if j < len(header) else "", v) for j, v in enumerate(r) if v]
        lines.append(" | ".join(f"{h}: {v}" if h and h != v else v for h, v in cells))
    if not lines:  # a single row: a line of its own, not a header of nothing
        lines = [" | ".join(v for v in header if v)]
    return titles, lines


def _readable_name(path: Path, sheet: str | None, n_sheets: int) -> str:
    stem = re.sub(r"[_]+", " ", path.stem)
    stem = re.sub(r"\s+", " ", stem).strip()
    stem = stem[:1].upper() + stem[1:]
    if sheet and not (_GENERIC_SHEET_RE.match(sheet.strip()) and n_sheets == 1):
        return f"{stem} – {sheet.strip()}"
    return stem


# ---------------------------------------------------------------- XLSX


def _read_xlsx(path: Path, limits: Limits = DEFAULT_LIMITS) -> list[tuple[str, list[list[object]]]]:
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    with path.open("rb") as f:
        magic = f.read(4)
    if magic != b"PK\x03\x04":
        raise IngestError(XLSX_ERROR)
    # Sheets are streamed (read_only) and held to the row and cell limits below; the parts
    # openpyxl parses whole (shared strings, styles) are held to the XML part limit.
    check_zip(path, "XLSX", limits, streamed=r"xl/worksheets/[^/]+\.xml", broken=XLSX_ERROR)
    try:
        # (a workbook saved as "Strict Open XML" is read through the transitional names)
        wb = openpyxl.load_workbook(transitional(path) or path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, TypeError, OSError, EOFError, AttributeError):
        raise IngestError(XLSX_ERROR) from None
    except Exception:  # noqa: BLE001 - openpyxl raises many kinds on broken XML
        raise IngestError(XLSX_ERROR) from None
    out = []
    budget = _CellBudget(limits)
    # a workbook set to calculate by hand: its sums as they are now, not as last computed
    fixes = _recomputed_formulas(path) if manual_calculation(path) else {}
    try:
        for ws in wb.worksheets:
            if not hasattr(ws, "iter_rows"):
                continue
            fixed = fixes.get(ws.title, {})
            # R/openxlsx writes no <dimension>: read_only would report A1:A1 and read one cell
            if hasattr(ws, "reset_dimensions"):
                ws.reset_dimensions()
            grid: list[list[object]] = []
            # A row far down yields every empty row above it: those count against the limit too.
            for row in ws.iter_rows():
                if _struck_through(row):
                    # a row struck through is a row withdrawn ("Emmaboda" left struck above its
                    # corrected row): not read, as a reader of the sheet would not read it
                    continue
                cells = _ranges_turned_dates(row, [_shown_value(c) for c in row])
                if fixed:
                    cells = [fixed.get((getattr(c, "row", None), getattr(c, "column", None)), v) for c, v in zip(row, cells)]
                while cells and blank(cells[-1]):
                    cells.pop()
                budget.take(cells, len(grid), ws.title)
                grid.append(cells)
            while grid and not grid[-1]:
                grid.pop()
            out.append((ws.title, _pasted_csv(grid)))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, EOFError) as exc:
        raise IngestError(f"{XLSX_ERROR[:-1]}: {type(exc).__name__})") from None
    finally:
        wb.close()
    return out


# a range of two small numbers as a header writes it ("20-49", "100–249")
_RANGE = re.compile(r"\d{1,4}\s*[-–]\s*\d{1,4}")


def _pasted_csv(grid: list[list[object]]) -> list[list[object]]:
    """A semicolon file opened in Excel with the comma as separator and saved as a workbook: its
    lines stand in the first cells whole up to their first comma ("0509;Ödeshög;232;241;84" |
    "1;44" | "3;5" …), split at every decimal comma. Each line is joined again at the commas it was
    split at and split at its semicolons – when at least three rows' first cells hold two or more
    semicolons. Any other sheet is returned as it is."""
    firsts = [r[0] for r in grid if r and isinstance(r[0], str)]
    if sum(1 for c in firsts if c.count(";") >= 2) < 3:
        return grid

    def piece(v: object) -> str:
        if v is None:
            return ""
        if isinstance(v, float) and v.is_integer():
            return str(int(v))
        return str(v)

    out: list[list[object]] = []
    for row in grid:
        if not row:
            out.append(row)
            continue
        line = ",".join(piece(v) for v in row)
        out.append([c if c.strip() else None for c in line.split(";")] if ";" in line else [line])
    return out


def _recomputed_formulas(path: Path) -> dict[str, dict[tuple[int, int], float]]:
    try:
        return sheet_formulas(path)
    except Exception:  # noqa: BLE001 - the values the file holds are read instead
        log.debug("formulas of %s not recomputed", path, exc_info=True)
        return {}


def _ranges_turned_dates(row, cells: list[object]) -> list[object]:
    """A header's ranges that Excel turned into dates when they were typed or pasted ("1-4" into
    1 April shown "1-apr", "10-19" into October 2019 shown "okt-19") written back as the ranges,
    in a row whose other ranges were left as text ("20-49", "50-99"): a day and month shown as
    "d-mmm" is "day-month", a month and year shown "mmm-yy" is "month-year"."""
    if not any(isinstance(v, str) and _RANGE.fullmatch(v.strip()) for v in cells):
        return cells
    out = list(cells)
    for k, (cell, value) in enumerate(zip(row, cells)):
        if not isinstance(value, datetime.datetime):
            continue
        fmt = re.sub(r'"[^"]*"|\\.|\[[^\]]*\]', "", str(getattr(cell, "number_format", "") or "")).lower()
        if re.fullmatch(r"d{1,2}\W+m{3,4}", fmt):
            out[k] = f"{value.day}-{value.month}"
        elif re.fullmatch(r"m{3,4}\W+y{2}", fmt):
            out[k] = f"{value.month}-{value.year % 100}"
    return out


def _struck_through(row) -> bool:
    """Is every filled cell of a sheet's row struck through (its font's strike)?"""
    filled = [c for c in row if not blank(getattr(c, "value", None))]
    return bool(filled) and all(getattr(getattr(c, "font", None), "strike", False) for c in filled)


def _shown_value(cell) -> object:
    """A cell's value as the sheet shows it: a negative number whose format writes negatives
    without a sign (a population pyramid stores one sex negative for the chart and formats it
    "#,##0;#,##0") is read as the positive figure a reader sees. A negative section that marks
    the sign otherwise – a minus, parentheses or a colour – keeps the value negative. A format
    that scales by thousands ("#,##0.0,") is applied: the sheet shows thousands."""
    value = getattr(cell, "value", None)
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return value
    fmt = getattr(cell, "number_format", None)
    sections = _format_sections(fmt) if isinstance(fmt, str) else []
    # (the section that formats this value: the second for a negative one, when there is one)
    own = sections[1 if value < 0 and len(sections) > 1 else 0] if sections else ""
    if own and (scale := _thousands_scale(own)):
        # "#,##0.0," shows 4 522 152 as 4 522,2 (a sheet headed "Tusen ton"): the figure shown
        value = value / scale
    if own and _PERCENT_FORMAT.search(own):
        # "0.0%" shows the fraction 0,177 as 17,7 %: the figure a reader sees and asks about
        value = round(value * 100, 10)
    if value >= 0 or len(sections) < 2:
        return value
    negative = sections[1]  # quoted text and escaped characters are shown too ('\-0', '"−"0')
    if re.search(r"[-()\[\u2212\u2013]", negative) or not re.search(r"[0#?]", negative):
        return value  # the sign is shown – or the number is not (an empty section hides it)
    return -value


# a percent sign the format prints (not one inside quotes or escaped: '"%"', '\\%' show a sign only)
_PERCENT_FORMAT = re.compile(r'^(?:[^"\\]|\\.|"[^"]*")*?(?<!\\)%')


def _thousands_scale(section: str) -> int:
    """The divisor of a format section that scales by thousands: each comma after its last digit
    placeholder divides by 1 000 ("#,##0.0," → 1 000, "0,," → 1 000 000); 0 when none."""
    bare = re.sub(r'"[^"]*"|\\.|\[[^\]]*\]', "", section)
    m = re.search(r"[0#?](?:\.[0#?]+)?(,+)(?![0#?,])", bare)
    return 1000 ** len(m.group(1)) if m else 0


def _format_sections(fmt: str) -> list[str]:
    """The ";"-separated sections of an Excel number format, quoted text kept whole."""
    out, cur, quoted = [], [], False
    for ch in fmt:
        if ch == '"':
            quoted = not quoted
        if ch == ";" and not quoted:
            out.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    out.append("".join(cur))
    return out


class _CellBudget:
    """Counts a file's rows and cells as they are read and refuses the file at a limit."""

    def __init__(self, limits: Limits):
        self.limits = limits
        self.cells = 0

    def take(self, cells: list[object], row_index: int, sheet: str | None = None) -> None:
        lim = self.limits
        where = f"bladet {sheet}" if sheet else "tabellen"
        if row_index >= lim.max_rows:
            raise IngestError(f"{where} har fler än {n(lim.max_rows)} rader och läses inte in (gränsen skyddar servern) – dela upp filen")
        if len(cells) > lim.max_columns:
            raise IngestError(
                f"{where} har en rad med {n(len(cells))} kolumner och läses inte in (gränsen är {n(lim.max_columns)})"
            )
        self.cells += len(cells)
        if self.cells > lim.max_cells:
            raise IngestError(f"filen har fler än {n(lim.max_cells)} celler och läses inte in (gränsen skyddar servern) – dela upp filen")
        for v in cells:
            if isinstance(v, str) and len(v) > lim.max_cell_chars:
                raise IngestError(f"{where} har en cell med fler än {n(lim.max_cell_chars)} tecken och läses inte in")


# ---------------------------------------------------------------- CSV


def sniff_delimiter(text: str, suffix: str = ".csv") -> str:
    """The separator (";", tab, ",", "|") whose rows of one consistent number of fields (> 1)
    hold the most separators in all. Quoted fields are respected; title rows don't count."""
    head = text[:65536]
    if len(text) > 65536 and "\n" in head:
        head = head[: head.rfind("\n")]
    best, best_score = ("\t" if suffix == ".tsv" else ","), (0, 0)
    order = ["\t", ";", ",", "|"] if suffix == ".tsv" else [";", "\t", ",", "|"]
    figures: dict[str, tuple[int, int]] = {}  # separator → (its consistent rows, their cells that are figures)
    for d in order:
        try:
            rows = list(csv.reader(io.StringIO(head, newline=""), delimiter=d))
        except csv.Error:
            continue
        counts = [len(r) for r in rows if any(c.strip() for c in r)]
        multi = [c for c in counts if c > 1]
        if not multi:
            continue
        values, freq = np.unique(multi, return_counts=True)
        k = int(np.argmax(freq))
        # the separators the consistent rows hold: a semicolon export with decimal commas and a
        # comma in its title ("Högsby;190;11,4") splits at every comma into two fields as often,
        # but with fewer separators in all
        score = (int(freq[k]) * (int(values[k]) - 1), int(freq[k]), int(values[k]))
        figures[d] = (int(freq[k]), sum(parse_number(c) is not None for r in rows if len(r) == values[k] for c in r))
        if score > best_score:
            best, best_score = d, score
    # … unless the separators cut the figures apart: a semicolon export whose cells hold a share
    # and its interval ("72,4 (67,5–77,3)") splits at its decimal commas consistently into more
    # fields, none of them a figure, where its semicolons give as many rows of figures
    rows, numbers = figures.get(best, (0, 0))
    other = max((d for d in figures if d != best and figures[d][0] >= rows // 2), key=lambda d: figures[d][1], default=None)
    if other is not None and figures[other][1] > 2 * numbers + rows:
        return other
    return best


def _read_csv_grid(path: Path, suffix: str, limits: Limits = DEFAULT_LIMITS) -> list[list[object]]:
    """The cells of a CSV file, read line by line and refused at the row, column, cell and
    cell-length limits – before a 100 000-field line is ever split into fields."""
    pieces = iter_text(path)
    first = next(pieces, "")
    # Excel's "sep=;" line names the separator and is no row of the file
    sep = re.match(r"\ufeff?sep=(.)\s*?\r?\n", first)
    if sep:
        first = first[sep.end():]
    # … nor is PowerShell's "#TYPE System.Management.Automation.PSCustomObject" (Export-Csv
    # without -NoTypeInformation): the type of the objects written, no title of the table
    typed = re.match(r"\ufeff?#TYPE [^\r\n]*\r?\n", first)
    if typed:
        first = first[typed.end():]
    delim = sep.group(1) if sep else sniff_delimiter(first, suffix)
    csv.field_size_limit(limits.max_cell_chars)
    budget = _CellBudget(limits)
    seen_text = False

    raw_quoted: list[bool] = []  # per line read: does it quote every field
    field = r'"(?:[^"]|"")*"'
    fully_quoted = re.compile(rf"{field}(?:{re.escape(delim)}{field})*")

    def lines():
        nonlocal seen_text
        carry = ""
        for piece in itertools.chain([first], pieces):
            seen_text = seen_text or bool(piece.strip())
            for line in io.StringIO(carry + piece, newline=""):
                carry = ""
                if line.count(delim) >= limits.max_columns:
                    raise IngestError(
                        f"en rad har fler än {n(limits.max_columns)} fält och läses inte in (gränsen skyddar servern)"
                    )
                if not line.endswith(("\n", "\r")):
                    carry = line  # cut inside a line: the rest comes with the next piece
                    continue
                # every field quoted (a header and rows written by a tool that quotes all)
                raw_quoted.append(bool(fully_quoted.fullmatch(line.strip())))
                yield line
        if carry:
            yield carry

    grid: list[list[object]] = []
    try:
        for r in csv.reader(lines(), delimiter=delim):
            # (Excel's text formula, ="0561", keeps a code's leading zero: the text it shows)
            cells: list[object] = [_EXCEL_TEXT.sub(r"\1", c) if c.startswith("=") else c for c in r]
            cells = [c if c.strip() else None for c in cells]
            while cells and cells[-1] is None:
                cells.pop()
            budget.take(cells, len(grid))
            grid.append(cells)
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            raise IngestError(f"en cell har fler än {n(limits.max_cell_chars)} tecken och läses inte in") from None
        raise IngestError(f"kan inte tolka CSV-filen ({exc})") from None
    if not seen_text:
        raise IngestError("tom fil")
    _html_cells(grid)
    _join_unquoted_titles(grid, raw_quoted, delim)
    _join_split_prose(grid, delim)
    if delim == ",":
        _join_decimal_commas(grid)
    while grid and not grid[-1]:
        grid.pop()
    return grid


# HTML left in a table saved from a web page: entities ("V&auml;xj&ouml;", "3&nbsp;934") and tags
_HTML_ENTITY = re.compile(r"&(?:[A-Za-z]{2,8}|#\d{2,5}|#x[0-9A-Fa-f]{2,4});")
_HTML_CELL_TAG = re.compile(r"(?i)</?(?:b|i|u|em|strong|span|font|p|div|h[1-6]|sup|sub|small|a|br|td|th|tr|li)\b[^>]*>")
_HTML_BR = re.compile(r"(?i)<br\s*/?>")


def _html_cells(grid: list[list[object]]) -> None:
    """A table saved from a web page with its HTML left in – "V&auml;xj&ouml;", "<b>Riket</b>",
    "Antal<br>okt 2024", "3&nbsp;934", "&minus;0,1" – is read as the page showed it: Växjö, Riket,
    "Antal okt 2024", 3 934, −0,1. Only when the markup recurs (two cells or more): a lone "&" or
    "<" in a cell is the text's own."""
    import html as html_lib

    marked = sum(1 for row in grid for c in row if isinstance(c, str) and (_HTML_ENTITY.search(c) or _HTML_CELL_TAG.search(c)))
    if marked < 2:
        return
    for row in grid:
        for j, c in enumerate(row):
            if isinstance(c, str) and ("&" in c or "<" in c):
                text = html_lib.unescape(_HTML_CELL_TAG.sub("", _HTML_BR.sub(" ", c)))
                row[j] = " ".join(text.replace("\u00a0", " ").split()) if not re.fullmatch(r"[\d\s\u00a0,.−+-]+", text) else text.strip()


# a cell written as Excel's text formula: ="0561", ="597 38", ="20-49"
_EXCEL_TEXT = re.compile(r'^="((?:[^"]|"")*)"$')


def _join_unquoted_titles(grid: list[list[object]], quoted: list[bool], delim: str) -> None:
    """A title line written without quotes above a header and rows that quote every field
    (and split into another number of fields than they have)
    ("Varsel om uppsägning, antal personer berörda, efter län …" in a comma file) was split at
    its commas into a row of header-like cells: it is one title cell again."""
    first = next((i for i, q in enumerate(quoted[: len(grid)]) if q), None)
    if first is None or first == 0:
        return
    rest = quoted[first : len(grid)]
    if sum(rest) < 0.8 * len(rest):
        return
    width = len(grid[first])
    for i in range(first):
        cells = [c for c in grid[i] if c is not None]
        if 1 < len(cells) != width and not any(numberish(c) for c in cells):
            grid[i] = [delim.join(str(c) for c in grid[i] if c is not None).strip()]


# a header that names a share, a rate or a mean – a column whose figures have decimals
_DECIMAL_HEADER = re.compile(r"%|\bandel|procent|\bmedel|genomsnitt|\bsnitt|\bper\b|kvot|\btal\b|ohälsotal|\brate\b|\bshare\b|\bmean\b", re.I)


def _join_decimal_commas(grid: list[list[object]]) -> None:
    """A comma-separated file whose decimals are written with a comma and not quoted ("2305
    Bräcke,300,262,…,33,4,468" under a header of seven names): every row has a field more than
    its header, and each figure after the decimal column stood under the next column's name.
    The decimal column is the one header position where every row has an integer followed by
    one to three digits – the one whose name says a share, a rate or a mean when several could
    be – and its two fields are one figure again."""
    for h, header in enumerate(grid):
        cells = [c for c in header if c is not None]
        if len(cells) < 3 or len(cells) != len(header) or any(numberish(c) for c in cells):
            continue
        width = len(header)
        body = list(itertools.takewhile(lambda r: len(r) > 1, grid[h + 1 :]))
        extra = {len(r) - width for r in body}
        if len(body) < 2 or len(extra) != 1 or extra == {0} or min(extra) < 0 or max(extra) > 3:
            return
        for _ in range(extra.pop()):
            common = set.intersection(*(_decimal_joins(r, width) for r in body))
            named = sorted(k for k in common if _DECIMAL_HEADER.search(str(header[k])))
            k = named[0] if named else (common.pop() if len(common) == 1 else None)
            if k is None:
                return
            for r in body:
                r[k : k + 2] = [f"{r[k].strip()},{r[k + 1].strip()}"]
        return


def _decimal_joins(r: list[object], width: int) -> set[int]:
    """The places in a row where an integer and one to three digits after it could be one figure."""
    return {k for k in range(width) if k + 1 < len(r) and isinstance(r[k], str) and isinstance(r[k + 1], str)
            and re.fullmatch(r"-?\d{1,4}", r[k].strip()) and re.fullmatch(r"\d{1,3}", r[k + 1].strip())}


def _join_split_prose(grid: list[list[object]], delim: str) -> None:
    """A title or source line above the header that holds the file's own separator ("Källa:
    Arbetsförmedlingen; SCB (arbetskraft)" in a semicolon file) was split into a few cells from
    the first column on, with no gap and no figure: it is one line of text again (its second
    cell had been read as the table's title and its first as a column of its own)."""
    widths = [sum(1 for c in r if c is not None) for r in grid]
    if not widths:
        return
    widest = max(widths)
    header = next((i for i, w in enumerate(widths) if w >= max(3, widest / 2)), None)
    if header is None:
        return
    for i in range(header):
        cells = grid[i]
        k = widths[i]
        if 1 < k < widths[header] / 2 and all(c is not None for c in cells[:k]) and len(cells) == k and not any(
            numberish(c) for c in cells
        ):
            # (a key and its value – "Tabell:;Personbilar i trafik …" – read as "Tabell: Personbilar …")
            glue = " " if k == 2 and str(cells[0]).strip().endswith(":") else f"{delim} "
            grid[i] = [glue.join(str(c).strip() for c in cells)]


# ---------------------------------------------------------------- blocks of a sheet


@dataclass
class _Block:
    r0: int
    r1: int
    c0: int
    c1: int
    titles: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    header_rows: list[list[object]] = field(default_factory=list)
    data: list[list[object]] = field(default_factory=list)
    is_table: bool = False
    filters: list[str] = field(default_factory=list)  # a pivot's report filters ("År 2023")


def grid_tables(grid: list[list[object]], *, document: str, sheet: str | None, fallback_caption: str) -> list[Table]:
    """Every table on a sheet (or in a CSV): blocks → title/header/data/notes → make_table."""
    if not grid:
        return []
    width = max((len(r) for r in grid), default=0)
    if width == 0:
        return []
    occ = np.zeros((len(grid), width), dtype=bool)
    for i, r in enumerate(grid):
        for j, v in enumerate(r):
            if not blank(v):
                occ[i, j] = True
    regions = _split_note_columns(grid, occ, _xy_cut(grid, occ, 0, len(grid), 0, width, 0))
    regions = [part for reg in regions for part in _split_stacked(grid, reg)]
    regions.sort(key=lambda b: (b[0], b[2]))
    blocks = [part for reg in regions for part in _split_measures(_parse_block(grid, *reg))]
    for b in blocks:
        if b.is_table and b.header_rows:
            _unstack(b)
    tables_blocks = [b for b in blocks if b.is_table]
    for b in blocks:
        if b.is_table or not b.notes:
            continue
        # a title standing alone a few empty rows above an untitled table is its title
        below = [t for t in tables_blocks if t.r0 >= b.r1 and t.r0 - b.r1 <= 4 and t.c0 < b.c1 and b.c0 < t.c1]
        lines = [n for n in b.notes if n]
        if below and not below[0].titles and lines and len(lines) <= 4 and not any(_NOTE_RE.match(n) for n in lines):
            target = min(below, key=lambda t: t.r0)
            target.titles = [n for n in lines if not _URL_RE.match(n)]
            target.notes += [f"Källa: {n}" for n in lines if _URL_RE.match(n)]
            continue
        # notes-only blocks (PxWeb footers, "Källa:" lines) belong to the table above them
        target = _nearest_table(b, tables_blocks)
        if target is not None:
            target.notes += [""] + b.notes
    sheet_title = next((t for b in blocks for t in b.titles), "")
    out: list[Table] = []
    base = f"{document}#{sheet if sheet is not None else 'csv'}"
    tables_blocks = _merge_page_continuations(_merge_side_by_side(tables_blocks))
    for b in tables_blocks:
        caption = " – ".join(b.titles) if b.titles else (sheet_title or fallback_caption)
        # (a pivot's filters hold for every figure: they follow its title)
        caption = " – ".join([caption, *b.filters])
        if len(b.header_rows) > 1:
            header = combine_header_rows(b.header_rows)
        elif b.header_rows:
            header = [cell_text(v) for v in b.header_rows[0]]
        else:
            header = []
        table_id = base if not out else f"{base}-{len(out) + 1}"
        t = make_table(
            header,
            b.data,
            table_id=table_id,
            document=document,
            caption=caption,
            sheet=sheet,
            notes=tuple(_merge_notes(b.notes)),
        )
        if t is not None:
            out.append(t)
    return out


# A block's own short title over its header ("Kvinnor", "Män") at most this many words.
_GROUP_TITLE_WORDS = 4


def _merge_side_by_side(blocks: list[_Block]) -> list[_Block]:
    """Blocks side by side on one sheet that are one table split by a group – the same header,
    the same row labels in the same order, each under its own short title ("Kvinnor" | "Män") –
    → one block with the group as its first column ("Kön" when the titles are sexes, else
    "Grupp"). Read apart, the women's block had passed for the whole county (its title line
    sits under the sheet's own title, which became its caption); together, a figure for both
    is their sum and one for women is a row's slice."""
    out: list[_Block] = []
    used: set[int] = set()
    for i, b in enumerate(blocks):
        if i in used:
            continue
        run = [i]
        for j in range(i + 1, len(blocks)):
            o = blocks[j]
            if j in used or o.c0 < blocks[run[-1]].c1 or abs(o.r0 - b.r0) > len(b.titles) + 1:
                continue
            if o.header_rows == b.header_rows and [r[:1] for r in o.data] == [r[:1] for r in b.data]:
                run.append(j)
        groups = [blocks[k].titles[-1].strip() if blocks[k].titles else "" for k in run]
        # (titles that name units – "Antal" | "Andel (%)" – are two measures, never one column)
        if len(run) < 2 or len(b.header_rows) != 1 or not all(groups) or len(set(groups)) < len(groups) or any(
            len(g.split()) > _GROUP_TITLE_WORDS or units_in(g) or is_period_like(g) for g in groups
        ):
            out.append(b)
            continue
        used.update(run)
        parts = [blocks[k] for k in run]
        name = "Kön" if all(g.lower() in SEX_VALUES for g in groups) else "Grupp"
        width = len(b.header_rows[0])
        merged = _Block(
            r0=b.r0, r1=max(r.r1 for r in parts), c0=b.c0, c1=parts[-1].c1,
            titles=b.titles[:-1], notes=[n for r in parts for n in r.notes],
            header_rows=[[name, *b.header_rows[0]]],
            data=[[g, *(list(row) + [None] * (width - len(row)))[:width]] for r, g in zip(parts, groups) for row in r.data],
            is_table=True,
        )
        out.append(merged)
    return out


# "Sida 1 av 2", "sid. 2 (3)", "Page 2 of 3": a printed report's page number in its heading
_PAGE_MARK = re.compile(r"\s*\b(?:sida|sid\.?|page)\s*\d{1,3}(?:\s*(?:av|of|/)\s*\d{1,3}|\s*\(\d{1,3}\))?\b", re.I)


def _merge_page_continuations(blocks: list[_Block]) -> list[_Block]:
    """A report printed to a sheet page by page – its title lines, "Sida 1 av 2" among them, and
    its header again over each page's rows – is one table: blocks stacked in the same columns
    under the same header, whose titles differ in their page number alone, are joined, the page
    number left out of the title. Read apart, each page had been a table of its own, and a
    question about the county's municipalities saw only one page's of them."""
    out: list[_Block] = []
    for b in blocks:
        prev = out[-1] if out else None
        if (
            prev is not None and b.titles and prev.titles and (b.c0, b.c1) == (prev.c0, prev.c1)
            and b.header_rows == prev.header_rows and b.r0 >= prev.r1 and not b.filters and not prev.filters
            and any(_PAGE_MARK.search(t) for t in b.titles)
            and [_PAGE_MARK.sub("", t) for t in b.titles] == [_PAGE_MARK.sub("", t) for t in prev.titles]
        ):
            prev.titles = [_PAGE_MARK.sub("", t).strip() for t in prev.titles]
            prev.data = prev.data + b.data
            prev.notes = prev.notes + b.notes
            prev.r1 = b.r1
            continue
        out.append(b)
    return out


def _nearest_table(b: _Block, tables: list[_Block]) -> _Block | None:
    def overlaps(t: _Block) -> bool:
        return t.c0 < b.c1 and b.c0 < t.c1

    above = [t for t in tables if t.r1 <= b.r0 and overlaps(t)]
    if above:
        return max(above, key=lambda t: t.r1)
    below = [t for t in tables if t.r0 >= b.r1 and overlaps(t)]
    if below:
        return min(below, key=lambda t: t.r0)
    return tables[0] if tables else None


def _xy_cut(grid, occ: np.ndarray, r0: int, r1: int, c0: int, c1: int, depth: int) -> list[tuple[int, int, int, int]]:
    """Split a region at runs of ≥ 2 empty rows and at empty columns (when the part to the
    right has its own row labels – a numbers-only part belongs to the table on its left)."""
    sub = occ[r0:r1, c0:c1]
    rows = np.flatnonzero(sub.any(axis=1))
    if rows.size == 0:
        return []
    cols = np.flatnonzero(sub.any(axis=0))
    r0, r1 = r0 + int(rows[0]), r0 + int(rows[-1]) + 1
    c0, c1 = c0 + int(cols[0]), c0 + int(cols[-1]) + 1
    row_any = occ[r0:r1, c0:c1].any(axis=1)
    segments = []
    start, empties = r0, 0
    for i, filled in enumerate(row_any, start=r0):
        if filled:
            if empties >= 2 and i - empties > start:
                segments.append((start, i - empties))
                start = i
            empties = 0
        else:
            empties += 1
    segments.append((start, r1))
    out: list[tuple[int, int, int, int]] = []
    for a, b in segments:
        col_any = occ[a:b, c0:c1].any(axis=0)
        bands: list[list[int]] = []
        j = 0
        while j < len(col_any):
            if col_any[j]:
                k = j
                while k < len(col_any) and col_any[k]:
                    k += 1
                bands.append([c0 + j, c0 + k])
                j = k
            else:
                j += 1
        merged: list[list[int]] = []
        for band in bands:
            if merged and not _has_label_column(grid, a, b, band[0], band[1]):
                merged[-1][1] = band[1]
            else:
                merged.append(band)
        if len(merged) == 1 and len(segments) == 1:
            out.append((a, b, merged[0][0], merged[0][1]))
        elif depth >= 4:
            out += [(a, b, m[0], m[1]) for m in merged]
        else:
            for m in merged:
                out += _xy_cut(grid, occ, a, b, m[0], m[1], depth + 1)
    return out


def _split_stacked(grid, region: tuple[int, int, int, int]) -> list[tuple[int, int, int, int]]:
    """A region holding two tables of different headers one under the other with no empty row
    between (two exports pasted into one file: the first's notes, the second's title lines, its
    header – other names or another order – and rows) →
    one region per table, split where the second's title lines begin – after the first's last
    note line ("Källa: …"), else two lines above its header."""
    a, b, c0, c1 = region
    kinds = []
    for i in range(a, b):
        ne = _nonempty(_cells(grid[i], c0, c1))
        if not ne:
            kinds.append("empty")
        elif len(ne) == 1 and isinstance(ne[0][1], str) and not numberish(ne[0][1]):
            kinds.append("line")
        elif len(ne) >= 3 and not any(numberish(v) for _, v in ne):
            kinds.append("header")
        else:
            kinds.append("data" if any(numberish(v) for _, v in ne) else "other")
    for k in range(2, len(kinds) - 1):
        if kinds[k] != "header" or kinds[k - 1] != "line" or kinds[k + 1] != "data" or "data" not in kinds[: k - 1]:
            continue
        first = k - 1
        while first > 0 and kinds[first - 1] in ("line", "empty"):
            first -= 1
        if kinds[first - 1] != "data" if first > 0 else True:
            continue  # (lines under a header, not after a table's rows)
        top = next((j for j in range(first) if kinds[j] == "header"), None)
        if top is not None and _row_key(_cells(grid[a + top], c0, c1)) == _row_key(_cells(grid[a + k], c0, c1)):
            continue  # (blocks of one layout under their own titles: one table, split by the titles)
        lines = [j for j in range(first, k) if kinds[j] == "line"]
        notes = [j for j in lines if _NOTE_RE.match(str(_nonempty(_cells(grid[a + j], c0, c1))[0][1]))]
        cut = notes[-1] + 1 if notes else max(first, k - 2)
        if cut >= k:
            cut = k - 1
        return [(a, a + cut, c0, c1), *_split_stacked(grid, (a + cut, b, c0, c1))]
    return [region]


def _split_note_columns(grid, occ: np.ndarray, regions: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """A first column that holds "Källa:", "Kontaktperson:", "Sort:"… beside a table (a pasted
    PxWeb footer next to a hand-made table) is a notes column, not the table's labels."""
    out = []
    for r0, r1, c0, c1 in regions:
        if c1 - c0 < 3:
            out.append((r0, r1, c0, c1))
            continue
        note_rows = [
            i for i in range(r0, r1) if c0 < len(grid[i]) and isinstance(grid[i][c0], str) and _NOTE_RE.match(grid[i][c0])
        ]
        beside = any(occ[i, c0 + 1 : c1].any() for i in note_rows)
        # (… and mostly notes: a key–value block above a table – "Tabell:;…", "Enhet:;…" over
        # "Kommun;Drivmedel;2021…" – opens the labels' column, it does not make it a notes column)
        filled = sum(1 for i in range(r0, r1) if c0 < len(grid[i]) and not blank(grid[i][c0]))
        if len(note_rows) >= 2 and beside and 2 * len(note_rows) >= filled:
            out.append((r0, r1, c0, c0 + 1))
            out += _xy_cut(grid, occ, r0, r1, c0 + 1, c1, 2)
        else:
            out.append((r0, r1, c0, c1))
    return out


def _has_label_column(grid, r0: int, r1: int, c0: int, c1: int) -> bool:
    for j in range(c0, c1):
        texts = nums = 0
        for i in range(r0, r1):
            row = grid[i]
            if j >= len(row) or blank(row[j]):
                continue
            v = row[j]
            if numberish(v) or is_period_like(v):
                nums += 1
            else:
                texts += 1
        if texts >= 2 and texts >= nums:
            return True
    return False


def _cells(row: list[object], c0: int, c1: int) -> list[object]:
    return [row[j] if j < len(row) else None for j in range(c0, c1)]


def _nonempty(cells: list[object]) -> list[tuple[int, object]]:
    return [(j, v) for j, v in enumerate(cells) if not blank(v)]


def _is_data_row(ne: list[tuple[int, object]]) -> bool:
    """A row with numbers that are not years/periods. A row of years with one stray number
    beside it ("Total folkmängd: 287191") is still a header row."""
    # a date of a day ("2022-01-15") is a case's date in a row of data, never a header's period
    periods = sum(1 for _, v in ne if is_period_like(v) and not _DAY_RE.match(cell_text(v)))
    others = sum(1 for _, v in ne if numberish(v) and not is_period_like(v))
    if periods >= 3 and others * 3 <= periods and others <= 2:
        return False
    # a header of size classes ("0", "1-4", "5-9", … "250+"): its one lone number is the first
    # class's bound, not a figure
    classes = sum(1 for _, v in ne if isinstance(v, str) and _CLASS_RE.fullmatch(v.strip()))
    if classes >= 3 and others <= 1:
        return False
    return others > 0


# a size class as a header writes it: "1-4", "100–249", "250+", "250 och fler"
_CLASS_RE = re.compile(r"\d{1,5}\s*(?:[-–]\s*\d{1,5}|\+|\s+(?:och|eller)\s+(?:fler|mer|över))")


_UNIT_WORDS = frozenset({"%", "‰", "procent", "antal", "st", "personer", "kr", "kronor", "tkr", "mnkr", "mkr", "mdkr", "dagar", "år", "timmar"})


def _is_unit_row(ne: list[tuple[int, object]]) -> bool:
    """Every cell of the row a unit ("tkr", "%", "antal", "(kr)")."""
    return bool(ne) and all(isinstance(v, str) and clean_text(v).strip("() ").lower() in _UNIT_WORDS for _, v in ne)


def _is_note_row(ne: list[tuple[int, object]]) -> bool:
    if not ne:
        return False
    j, v = ne[0]
    return j == 0 and isinstance(v, str) and bool(_NOTE_RE.match(v))


def _row_text(ne: list[tuple[int, object]]) -> str:
    return " ".join(clean_text(v) for _, v in ne)


def _recurs_below(row: list, below: list[list]) -> bool:
    """Do most of the row's text cells occur again in the same column of the rows below?"""
    cells = [(j, clean_text(v)) for j, v in enumerate(row) if not blank(v) and isinstance(v, str)]
    if len(cells) < 2:
        return False
    seen = sum(1 for j, v in cells if any(j < len(r) and not blank(r[j]) and clean_text(r[j]) == v for r in below))
    return seen * 2 > len(cells)


def _first_group_heading(rows: list[list[object]], first_data: int) -> bool:
    """Is the lone text line right above the first figures a group heading like those further
    down – a lone first-column text over rows of figures, written the same way (capitals, a code
    in brackets)?"""
    def lone(r) -> str | None:
        ne = _nonempty(r)
        return clean_text(ne[0][1]) if len(ne) == 1 and ne[0][0] == 0 and isinstance(ne[0][1], str) and not numberish(ne[0][1]) else None

    def shape(s: str) -> tuple:
        return (s.isupper(), bool(re.search(r"\(\d+\)\s*$", s)), len(s.split()) <= 4)

    above = lone(rows[first_data - 1])
    if above is None or not any(shape(above)[:2]):
        return False
    later = [
        t for k in range(first_data, len(rows) - 1)
        if (t := lone(rows[k])) is not None and _nonempty(rows[k + 1]) and _is_data_row(_nonempty(rows[k + 1]))
    ]
    return len(later) >= 1 and all(shape(t) == shape(above) for t in later)


def _parse_block(grid, r0: int, r1: int, c0: int, c1: int) -> _Block:
    block = _Block(r0, r1, c0, c1)
    width = c1 - c0
    rows = [_cells(grid[i], c0, c1) if i < len(grid) else [None] * width for i in range(r0, r1)]
    first_data = None
    for i, r in enumerate(rows):
        ne = _nonempty(r)
        if ne and not _is_note_row(ne) and _is_data_row(ne):
            first_data = i
            break
    if first_data is None:
        # (… cases still open leave their last cells empty – no end date, no outcome yet)
        full = [i for i, r in enumerate(rows) if len(_nonempty(r)) >= max(3, 0.6 * width)]
        if width >= 3 and len(full) >= 11 and len(full) >= 0.9 * len([r for r in rows if _nonempty(r)]):
            # a register with no figures (one row per case: kön, kommun, Ja/Nej): a header and
            # its rows all the same; make_table decides whether it is one
            block.titles = [_row_text(_nonempty(r)) for r in rows[: full[0]] if _nonempty(r)]
            block.header_rows = [rows[full[0]]]
            block.data = [r for r in rows[full[0] + 1:] if _nonempty(r)]
            block.is_table = True
            return block
        block.notes = [_row_text(_nonempty(r)) for r in rows]
        return block
    phase = "title"
    for i, r in enumerate(rows[:first_data]):
        ne = _nonempty(r)
        if phase == "header" and len(ne) == 1 and ne[0][0] == 0 and not numberish(ne[0][1]) and width > 2:
            # a lone name under the header ("Västernorrlands län" above its municipalities) is
            # a section of the rows, as the later counties' names are – no header over the
            # label column alone
            first_data = i
            break
        if not ne:
            if block.notes and block.notes[-1]:
                block.notes.append("")
            continue
        if _is_note_row(ne):
            block.notes.append(_row_text(ne))
            continue
        text0 = clean_text(ne[0][1])
        title_like = not numberish(ne[0][1]) and (
            (ne[0][0] == 0 and (len(ne) == 1 or (len(ne) <= 2 and len(text0) > 30 and width >= 5)))
            # (… or a lone line beside an empty first column – a hidden id column left of the
            # names, the title written over the names – no header of the table)
            or (len(ne) == 1 and width >= 5 and ne[0][0] == 1 and len(text0) > 30)
        )
        if phase == "title" and title_like:
            if len(ne) == 1 and _URL_RE.match(text0):
                block.notes.append(f"Källa: {text0}")
            else:
                # (a comment mark before a title line – "# Uttag ur …" – is no part of it)
                block.titles.append(" – ".join(clean_text(v) for _, v in ne).lstrip("#").strip())
            continue
        phase = "header"
        block.header_rows.append(r)
    if not block.header_rows and block.titles and first_data > 0 and _first_group_heading(rows, first_data):
        # a fact card's name over its first rows ("HYLTE (1315)" over "Folkmängd … | 11052"),
        # as later cards' names stand over theirs ("HALMSTAD (1380)"): the first group's heading,
        # not the sheet's title – Hylte's rows had had no place (round 228)
        block.titles.pop()
        first_data -= 1
    _pivot_chrome(block)
    # a first case whose figures are empty (a rejected application with no amount) has no number
    # and reads like a second header row: it is data when most of its cells recur in their columns
    # below ("Avslag", "Grön omställning"), as a header's words never do
    while len(block.header_rows) >= 2 and _recurs_below(block.header_rows[-1], rows[first_data:]):
        first_data -= 1
        block.header_rows.pop()
    # a row of units under the header (";;tkr;tkr;tkr" under "region;utbildningsnivå;2022;…"):
    # the unit of the columns, said as a note – no second header level (the years had been lost
    # to "Kolumn 3", "Kolumn 4" under it)
    # (units that differ – "Antal", "Procent" under each year – name two measures per year: a
    # header level of their own, not one unit of the table)
    if (
        len(block.header_rows) >= 2 and _is_unit_row(_nonempty(block.header_rows[-1]))
        and len({clean_text(v).strip("() ").lower() for _, v in _nonempty(block.header_rows[-1])}) == 1
    ):
        units = dict.fromkeys(clean_text(v) for _, v in _nonempty(block.header_rows.pop()))
        block.notes.append(f"Enhet: {', '.join(units)}")
    data = rows[first_data:]
    # notes below the data: the first "Källa:"-like row, or trailing lone text cells
    cut = len(data)
    for k, r in enumerate(data):
        ne = _nonempty(r)
        if _is_note_row(ne) and not _is_data_row(ne):
            cut = k
            break
    while cut > 1:
        ne = _nonempty(data[cut - 1])
        if not ne:
            cut -= 1
            continue
        if len(ne) == 1 and isinstance(ne[0][1], str) and parse_number(ne[0][1]) is None and width > 2:
            cut -= 1
            continue
        break
    footer = data[cut:]
    block.data = [r for r in data[:cut] if _nonempty(r)]
    twice = _pasted_twice(block.data)
    if twice:
        # two exports pasted together, one period in both: each row once (June's 33 rows twice
        # had made June count double in a year's mean)
        block.data = [r for k, r in enumerate(block.data) if k not in twice]
        block.notes.append(f"{n(len(twice))} rader förekom två gånger i filen och räknas en gång.")
    for r in footer:
        ne = _nonempty(r)
        block.notes.append(_row_text(ne) if ne else "")
    block.is_table = bool(block.data)
    return block


def _pasted_twice(data: list[list[object]]) -> set[int]:
    """The rows that repeat an earlier row cell for cell, when the rest are each their own: in a
    table whose rows are told apart by their words (a month and a municipality, a case's id), a
    row written twice is the same row – two exports pasted together. Empty when no row repeats,
    when rows differ in figures under one key (no copies then) or when no cell names the rows."""
    seen: set[tuple] = set()
    keys: set[tuple] = set()
    again: set[int] = set()
    for k, r in enumerate(data):
        cells = tuple(clean_text(v) if isinstance(v, str) else v for v in r)
        key = tuple(c for c in cells if isinstance(c, str) and c.strip() and parse_number(c) is None)
        if not key or not cells or cells[0] is None or (isinstance(cells[0], str) and not cells[0].strip()):
            return set()  # (… nor is a table whose labels stand once over their rows, to be carried down)
        if cells in seen:
            again.add(k)
        elif key in keys:
            return set()  # (one key, two sets of figures: no copy, another table shape)
        else:
            seen.add(cells)
            keys.add(key)
    return again if len(again) >= 2 else set()


# Excel's and Power BI's own words in a pivot table's frame: the placeholders over its row and
# column fields, and the aggregation of its values ("Antal av Org.nr", "Sum of Antal")
_PIVOT_PLACEHOLDER = re.compile(r"^(?:kolumnetiketter|radetiketter|column labels|row labels|värden|values)$", re.I)
_PIVOT_AGGREGATE = re.compile(
    r"^(?:(?:antal|summa|medel|medelvärde|min|max|produkt)\s+av|(?:sum|count|average|min|max|product)\s+of)\s+(\S.*)$", re.I
)


def _pivot_chrome(block: _Block) -> None:
    """A pivot table pasted as values keeps its frame: a row "Antal av Org.nr | | Kolumnetiketter"
    over the real header, and the report filters ("Registreringsår | 2024") above it. The frame
    row is no header level (its placeholder had become a group "Kolumnetiketter" of every
    column): it becomes a note, and the filters above it lines of the title."""
    for k, r in enumerate(block.header_rows):
        ne = _nonempty(r)
        texts = [clean_text(v) for _, v in ne if isinstance(v, str)]
        placeholder = any(_PIVOT_PLACEHOLDER.match(t) for t in texts)
        aggregate = next((m for t in texts if (m := _PIVOT_AGGREGATE.match(t))), None)
        if not placeholder:
            continue
        # (a report filter holds for every figure, as a title line does: "Registreringsår 2024")
        filters = [f for h in block.header_rows[:k] if (f := " ".join(clean_text(v) for _, v in _nonempty(h)))]
        if k == len(block.header_rows) - 1:
            # a compact pivot's header is its frame row ("Radetiketter | Summa av Befolkning 20-64
            # år | …"): the filters above it ("År | 2023", "Kön | (Alla)") follow its caption,
            # no header levels (they had made "År, Kön, Radetiketter" a column, its figures melted)
            block.filters = filters
            del block.header_rows[:k]
            break
        block.titles.extend(filters)
        if aggregate:
            block.notes.append(f"Värden: {aggregate.group(0)}")
        del block.header_rows[: k + 1]
        break
    # a value field's header names its aggregation ("Sum of Antal anmälda brott", "Average of Per
    # 100 000 inv"): the field is what it measures, the sum or mean of one row is its value
    for r in block.header_rows:
        for j, v in enumerate(r):
            if isinstance(v, str) and (m := _PIVOT_AGGREGATE.match(clean_text(v))):
                counted = re.match(r"(?i)(?:antal|count)\b", m.group(0))
                r[j] = f"Antal {m.group(1)}" if counted else m.group(1)


def _measure_line(row: list[object]) -> str | None:
    """A row that is a line of words alone in its first cell, long as a table's title is ("U00470
    Nyanlända invånare 20-64 år i arbete eller studier …, andel (%)"), or None."""
    ne = _nonempty(row)
    if len(ne) != 1 or ne[0][0] != 0 or numberish(ne[0][1]):
        return None
    text = clean_text(ne[0][1])
    return text if len(text) > 30 and len(text.split()) >= 4 else None


def _split_measures(block: _Block) -> list[_Block]:
    """Tables of different measures stacked on one sheet, each under its own title line and the
    same header again (Kolada's KPIs one under the other: "N00919 Invånare 16-64 år som är öppet
    arbetslösa …" with Kommun | Kön | 2021 …, then "U00470 Nyanlända invånare …" with the same
    header): one table per measure, titled by its line. Blocks of one measure under short lines
    ("År 2025", "Kalmar län") stay one table, their lines a column (``_unstack``)."""
    if not block.is_table or not block.titles or len(block.header_rows) != 1:
        return [block]
    head = _row_key(block.header_rows[-1])
    repeats = [k for k, r in enumerate(block.data) if k > 0 and _row_key(r) == head]
    lines = [_measure_line(block.data[k - 1]) for k in repeats]
    if not repeats or any(line is None for line in lines):
        return [block]
    own = block.titles[-1]
    if len({own, *lines}) != len(lines) + 1 or _measure_line([own]) is None:
        return [block]
    parts = []
    starts = [0, *(k + 1 for k in repeats)]
    ends = [k - 1 for k in repeats] + [len(block.data)]
    for i, (a, b) in enumerate(zip(starts, ends)):
        titles = block.titles if i == 0 else block.titles[:-1] + [lines[i - 1]]
        part = _Block(block.r0, block.r1, block.c0, block.c1, list(titles), list(block.notes),
                      [list(r) for r in block.header_rows], block.data[a:b], bool(block.data[a:b]))
        parts.append(part)
    return [p for p in parts if p.is_table]


def _row_key(row: list[object]) -> list[str]:
    return [clean_text(v) if not blank(v) else "" for v in row]


def _unstack(block: _Block) -> None:
    """Blocks of one table stacked on a sheet, each under a line of its own and the header again
    ("År 2024", Län | jan | feb …, rows; "År 2025", the same header, rows): the header's repeats
    are dropped and each block's line stays as a heading over its rows, so the blocks become a
    column (``shape._group_headings``). The first block's line, read as the table's last title,
    is its heading when the other blocks' lines have its shape ("År 2024" like "År 2025")."""
    line = _nonempty(block.header_rows[-1])
    if len(line) == 1 and line[0][0] == 0 and block.data and any(_row_key(r) == _row_key(block.data[0]) for r in block.data[1:]):
        # the first block's line ("2023") read as the header, the header ("region | 0-4 år …")
        # as the first row: the line goes back over its rows, the header is the one repeated
        block.header_rows = block.header_rows[:-1] + [block.data[0]]
        block.data = [_line_row(line, len(block.data[0]))] + block.data[1:]
    head = _row_key(block.header_rows[-1])
    repeats = [k for k, r in enumerate(block.data) if _row_key(r) == head]
    if not repeats:
        return
    lines = [_nonempty(block.data[k - 1]) for k in repeats if k > 0]
    lines = [clean_text(ne[0][1]) for ne in lines if len(ne) == 1 and ne[0][0] == 0]

    def shape(text: str) -> str:
        return re.sub(r"\d+", "#", text.strip().lower())

    top = _nonempty(block.header_rows[-2]) if len(block.header_rows) >= 2 else []
    if lines and len(top) == 1 and top[0][0] == 0 and shape(clean_text(top[0][1])) == shape(lines[0]) and shape(lines[0]) != lines[0].strip().lower():
        # (… or read as a header row over the first block's header: "2023" over "region | 0-4 år …")
        block.header_rows.pop(-2)
        first = [None] * len(block.header_rows[-1])
        first[0] = clean_text(top[0][1])
        block.data.insert(0, first)
        repeats = [k + 1 for k in repeats]
    elif lines and block.titles and (
        (shape(block.titles[-1]) == shape(lines[0]) and shape(lines[0]) != lines[0].strip().lower())
        # (… or a short line under the file's own title, as short as the other blocks' lines:
        # "Påbörjade lägenheter" over its rows, "Färdigställda lägenheter" over the next block's –
        # read as the title's last part, the first block's rows had no group, and a question of
        # started flats counted the finished ones too)
        or (
            len(block.titles) >= 2 and len(block.titles[-1].split()) <= 6 and all(len(x.split()) <= 6 for x in lines)
            and block.titles[-1] not in lines
        )
    ):
        first = [None] * len(block.header_rows[-1])
        first[0] = block.titles.pop()
        block.data.insert(0, first)
        repeats = [k + 1 for k in repeats]
    gone = set(repeats)
    block.data = [r for k, r in enumerate(block.data) if k not in gone]


def _line_row(line: list[tuple[int, object]], width: int) -> list[object]:
    """A row of ``width`` cells holding a line's one cell in the first."""
    row: list[object] = [None] * width
    row[0] = clean_text(line[0][1])
    return row


def _merge_notes(lines: list[str]) -> list[str]:
    """PxWeb writes "Källa:" on one row and "SCB" on the next: join them; drop blanks."""
    out: list[str] = []
    pending: str | None = None
    for line in lines + [""]:
        line = line.strip()
        if not line:
            if pending is not None:
                out.append(pending.rstrip(":").strip() if pending.endswith(":") else pending)
                pending = None
            continue
        if line.endswith(":"):
            if pending is not None:
                out.append(pending.rstrip(":").strip())
            pending = line
            continue
        if pending is not None:
            sep = " " if pending.endswith(":") else ", "
            pending = f"{pending}{sep}{line}"
            continue
        out.append(line)
    return list(dict.fromkeys(n for n in out if n))
