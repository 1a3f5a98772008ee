"""Tables set out with spaces in plain text (TXT, Markdown): found, so that their rows are read as
rows and not reflowed into one paragraph of cells.

Two shapes are read:

- a header line over a line of dash groups, one group per column (pandoc's "simple table", and
  how people type a table in a plain-text checklist)::

      Beräknat värde (exkl. moms)  Förfrågan              Dokumentation
      ---------------------------  ---------------------  -------------
      Under 100 000 kr             minst 1 leverantör     kvitto eller faktura

  the dash groups say where each column starts; a row whose first cell is empty continues the
  row above (a cell wrapped onto the next line);
- without dashes, three or more consecutive lines that each split, at runs of two or more
  spaces (or tabs), into the same number (three or more) of cells. Two columns are not enough:
  a numbered point with its text indented under it ("[ ] 1.1  Kontrollera …") has two.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_DASH_LINE = re.compile(r"\s*-{2,}(?:[ \t]+-{2,})+\s*")
_GAP = re.compile(r"[ \t]{2,}|\t")
# (a list item is no row: "- Man glömmer …", "1. Skicka …")
_BULLET = re.compile(r"^\s*(?:[-*+•]|\d+[.)])\s")

MIN_UNDASHED_ROWS = 3
MIN_UNDASHED_COLUMNS = 3


@dataclass(frozen=True)
class AlignedTable:
    start: int  # index of the table's first line (its header)
    end: int  # index after its last line
    rows: list[list[str]]  # the header first


def _cells_at(line: str, starts: list[int]) -> list[str] | None:
    """``line`` cut at the columns' starts; None when a cut falls inside a word or text stands
    before the first column (the line is not laid out on these columns)."""
    if line[: starts[0]].strip():
        return None
    cells = []
    for k, at in enumerate(starts):
        if 0 < at < len(line) and not line[at - 1].isspace() and not line[at].isspace():
            return None
        end = starts[k + 1] if k + 1 < len(starts) else len(line)
        cells.append(line[at:end].strip())
    return cells


def _split(line: str) -> list[str]:
    return [c for c in _GAP.split(line.strip()) if c]


def _dashed(lines: list[str], i: int) -> AlignedTable | None:
    """The table whose dash line is ``lines[i]``, or None."""
    if i == 0 or not lines[i - 1].strip() or _DASH_LINE.fullmatch(lines[i - 1]):
        return None
    starts = [m.start() for m in re.finditer(r"-+", lines[i])]
    header = _cells_at(lines[i - 1], starts)
    if header is None:
        header = _split(lines[i - 1])
        if len(header) != len(starts):
            return None
    rows = [header]
    j = i + 1
    while j < len(lines) and lines[j].strip():
        if _DASH_LINE.fullmatch(lines[j]) or re.fullmatch(r"\s*-{3,}\s*", lines[j]):
            j += 1  # a closing rule
            break
        cells = _cells_at(lines[j], starts)
        if cells is None:
            cells = _split(lines[j])
            if len(cells) != len(starts):
                break
        if not cells[0] and len(rows) > 1:
            # a cell wrapped onto the next line: it continues the row above
            rows[-1] = [f"{a} {b}".strip() for a, b in zip(rows[-1], cells)]
        else:
            rows.append(cells)
        j += 1
    if len(rows) < 2:
        return None
    return AlignedTable(i - 1, j, rows)


def _undashed(lines: list[str], i: int) -> AlignedTable | None:
    """The table of same-width rows that starts at ``lines[i]``, or None."""
    first = _split(lines[i])
    n = len(first)
    if n < MIN_UNDASHED_COLUMNS or _BULLET.match(lines[i]):
        return None
    j = i + 1
    rows = [first]
    while j < len(lines) and lines[j].strip() and not _BULLET.match(lines[j]):
        cells = _split(lines[j])
        if len(cells) != n:
            break
        rows.append(cells)
        j += 1
    if len(rows) < MIN_UNDASHED_ROWS:
        return None
    return AlignedTable(i, j, rows)


def aligned_tables(lines: list[str]) -> list[AlignedTable]:
    """The space-aligned tables among ``lines``, in order, not overlapping."""
    out: list[AlignedTable] = []
    i = 0
    while i < len(lines):
        found = None
        if i + 1 < len(lines) and _DASH_LINE.fullmatch(lines[i + 1]):
            found = _dashed(lines, i + 1)
        if found is None and lines[i].strip():
            found = _undashed(lines, i)
        if found is not None:
            out.append(found)
            i = found.end
        else:
            i += 1
    return out
