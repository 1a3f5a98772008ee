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
  a numbered point with its text indented under it ("[ ] 1.1  Kontrollera …") has two;
- a fixed-width report as a system prints it: a header line over a full rule ("KURSKOD
  UTBILDNING … PLATSER BELAGDA LEDIGA ST" / "-----…"), then rows whose columns are where every
  row leaves a blank (the header's words may stand a single space apart), group lines ("ORT:
  SUNDSVALL") that name the rows under them, sum lines ("SUMMA SUNDSVALL", "TOTALT LÄN"),
  rules, and footnotes ("* AMU-4577 AVBRUTEN …") kept as the table's notes.
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
    notes: tuple[str, ...] = ()  # footnotes printed among its rows


_FULL_RULE = re.compile(r"\s*([-=_])\1{9,}\s*")
_GROUP_LINE = re.compile(r"^\s*([A-ZÅÄÖ][A-Za-zÅÄÖåäö]{1,20}(?: [A-Za-zÅÄÖåäö]{1,20})?)\s*:\s+(\S.{0,60}?)\s*$")
_FOOTNOTE = re.compile(r"^\s*(?:\*+|\d\))\s+\S")
MIN_REPORT_COLUMNS = 4
# a report's sum line ("SUMMA SUNDSVALL", "TOTALT LÄN"), by its first word
SUM_LINE = re.compile(r"(?i)^(?:summa|delsumma|totalt?|total)\b")


def _fixed_width(lines: list[str], i: int) -> AlignedTable | None:
    """The fixed-width report whose header is ``lines[i]`` (over a full rule), or None."""
    header = lines[i].rstrip()
    if len(_split(header)) < 2 or any(ch.isdigit() for ch in header) or len(header.split()) < MIN_REPORT_COLUMNS:
        return None
    if i + 1 >= len(lines) or not _FULL_RULE.fullmatch(lines[i + 1]):
        return None
    if i + 3 < len(lines) and lines[i + 2].strip() and _FULL_RULE.fullmatch(lines[i + 3]):
        return None  # (a title between rules over the column headings: the headings are the header)
    rows: list[tuple[str, str]] = []  # (group, line)
    notes: list[str] = []
    group, group_key = "", ""
    in_note = False
    j = i + 2
    while j < len(lines):
        ln = lines[j].rstrip()
        if not ln.strip():
            in_note = False
        elif _FULL_RULE.fullmatch(ln):
            in_note = False
            if ln.strip()[0] == "=":
                group = ""  # (a total under a double rule belongs to no group)
        elif _FOOTNOTE.match(ln):
            notes.append(ln.strip())
            in_note = True
        elif in_note and ln[:1].isspace() and len(_split(ln)) == 1:
            notes[-1] += " " + ln.strip()
        elif (m := _GROUP_LINE.match(ln)) and len(_split(ln)) <= 2:
            group_key, group = m.group(1).strip(), m.group(2).strip()
            in_note = False
        elif len(_split(ln)) >= 3:
            rows.append((group, ln))
            in_note = False
        else:
            break
        j += 1
    if len(rows) < 2:
        return None
    width = max(len(ln) for _, ln in rows)
    used = [any(k < len(ln) and not ln[k].isspace() for _, ln in rows) for k in range(width)]
    spans: list[tuple[int, int]] = []
    k = 0
    while k < width:
        if used[k]:
            start = k
            while k < width and used[k]:
                k += 1
            spans.append((start, k))
        else:
            k += 1
    spans = _thousands_joined(spans, [ln for _, ln in rows])
    if len(spans) < MIN_REPORT_COLUMNS - 1:
        return None
    names = [""] * len(spans)
    for m in re.finditer(r"\S+", header):
        a, b = m.start(), m.end()
        overlap = [max(0, min(b, e) - max(a, s_)) for s_, e in spans]
        best = max(range(len(spans)), key=lambda n: (overlap[n], -abs((spans[n][0] + spans[n][1]) / 2 - (a + b) / 2)))
        names[best] = f"{names[best]} {m.group(0)}".strip()
    # (a span no header word stands over, a single blank after the one before it, is the rest of
    # that column: "AcadeMedia" | "Eductus" where every row of the page had a blank between)
    k = 1
    while k < len(spans):
        if not names[k] and spans[k][0] - spans[k - 1][1] == 1:
            spans[k - 1] = (spans[k - 1][0], spans[k][1])
            del spans[k], names[k]
        else:
            k += 1
    if sum(1 for n in names if n) < len(spans) / 2:
        return None
    upper = _upper_header(lines, i, spans)
    if upper:
        names = [f"{u} {n}".strip() for u, n in zip(upper, names, strict=True)]
    out = [[n.capitalize() if n.isupper() else n for n in names]]
    for _, ln in rows:
        cells = [ln[s_:e].strip() for s_, e in spans]
        first = next((k for k, v in enumerate(cells) if v), 0)
        if first and SUM_LINE.match(cells[first]):
            # "SUMMA SUNDSVALL" printed under the second column names its row from the first
            cells[0], cells[first] = cells[first], ""
        out.append(cells)
    if group_key:
        # (last: the rows are named by their own first columns, the group says where they belong)
        out[0].append(group_key.capitalize() if group_key.isupper() else group_key)
        for r, (grp, _) in zip(out[1:], rows, strict=True):
            r.append(grp.title() if grp.isupper() else grp)
    return AlignedTable(i, j, out, tuple(notes))


def _thousands_joined(spans: list[tuple[int, int]], rows: list[str]) -> list[tuple[int, int]]:
    """``spans`` with each pair that a figure's thousands space splits joined again: "1 059" and
    "18 884" right-aligned over "876" leave a blank before the last three digits in every row, so
    the blank had parted a column of thousands ("1", "18") from one of the rest ("059", "884")."""
    k = 1
    spans = list(spans)
    while k < len(spans):
        (a0, a1), (b0, b1) = spans[k - 1], spans[k]
        left = [ln[a0:a1].strip() for ln in rows]
        right = [ln[b0:b1].strip() for ln in rows]
        both = [(x, y) for x, y in zip(left, right, strict=True) if x]
        if (
            b0 - a1 == 1 and both and a1 - a0 <= 3
            and all(re.fullmatch(r"[-−]?\d{1,3}", x) and re.match(r"\d{3}(?!\d)", y) for x, y in both)
            and all(not x or x[-1].isdigit() for x in left)
        ):
            spans[k - 1] = (a0, b1)
            del spans[k]
        else:
            k += 1
    return spans


def _upper_header(lines: list[str], i: int, spans: list[tuple[int, int]]) -> list[str]:
    """The words of a header's upper line over the spans they stand over ("dec 2023" over "Antal"
    and "Andel %", "Kommun" over the names) – [] when the line above is no such line (blank, a
    title of one piece, a rule)."""
    if i == 0 or not lines[i - 1].strip() or _FULL_RULE.fullmatch(lines[i - 1]):
        return []
    line = lines[i - 1].rstrip()
    groups = [(m.start(), m.end(), m.group(0)) for m in re.finditer(r"\S+(?: \S+)*", line)]
    if len(groups) < 2 or any(len(g) > 24 for _, _, g in groups):
        return []
    out = []
    for s_, e in spans:
        centre = (s_ + e) / 2
        out.append(min(groups, key=lambda g: 0 if g[0] <= centre <= g[1] else min(abs(centre - g[0]), abs(centre - g[1])))[2])
    # (each piece must stand over a span of its own: a title's words spread over the columns are none)
    if len(set(out)) < len(groups):
        return []
    return out


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
        if found is None and i + 1 < len(lines) and _FULL_RULE.fullmatch(lines[i + 1]) and lines[i].strip():
            found = _fixed_width(lines, i)
        if found is None and lines[i].strip():
            found = _undashed(lines, i)
        if found is not None:
            out.append(found)
            i = found.end
        else:
            i += 1
    return out
