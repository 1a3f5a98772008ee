"""Ruled tables on a page: found from the ruling edges, read from character positions.

pdfplumber's table finder (edges → intersections → cells → tables) tells where a table is
and which cells it has. Its own ``extract()`` is not used: it numbers columns by every cell
boundary it meets, so cell backgrounds with white gaps, a header drawn with other cell
widths than the body, or a value nudged a few points down by its renderer put a row's
values under the wrong columns. Instead the table is read again from its characters:

- text lines are split into fragments at vertical rulings and wide gaps;
- columns are the x-extents of the fragments in body rows (rows with figures), so a header
  over two columns, a caption row spanning the table and a note under it are recognised as
  spanning rather than becoming columns of their own;
- printed lines form one row when a cell of a value column spans them (a label wrapped over
  four lines beside one figure), otherwise each line is a row;
- rows above the first body row are title rows (spanning the table: the caption, then
  smaller notes), axis labels of a chart (numbers only, dropped) or header rows;
- a header printed just above the ruling (a chart's data table under its x-axis labels) is
  taken when its fragments stand over the value columns;
- rotated text beside the rows (a group name running up the side) is read bottom to top.

Why one module of this size: finding a grid and reading its cells share the fragment and row
model.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from pdfplumber.table import cells_to_tables, edges_to_intersections, intersections_to_cells, merge_edges
from pdfplumber.utils import filter_edges

from ..numbers import is_missing, parse_number
from ..swedish import without_preliminary_mark
from ..tables import is_period_like
from .page import SUPERSCRIPT_DIGITS, TABLE_CAPTION_RE, Char, Page, repeats_header

# pdfplumber's defaults for its "lines" strategy.
_SNAP = 3.0
_JOIN = 3.0
_MIN_EDGE = 3.0
_INTERSECT = 3.0
# Intersections are found pairwise: a page of more edges than this after merging is a
# drawing (a map, a dense chart), not a table – and would take seconds.
_MAX_EDGES = 3000
# Gaps between characters, in units of the line height: a word space, and a gap so wide it
# separates two cells of an unruled row.
_SPACE_GAP = 0.1
_CELL_GAP = 0.8
# Characters whose vertical centres lie within this share of their height sit on one line.
_LINE_TOLERANCE = 0.3
# Lines between an unruled table's caption and its first row: the caption's second line and a
# header of up to three lines, with a spare.
_ALIGNED_HEAD_LINES = 6
_MARKS = {"x", "X", "✓", "✔", "•", "▲", "▼", "..", ".", "-", "–", "—"}
# "16 (53%)": a count with its share in brackets.
_COUNT_SHARE = re.compile(r"(.+?)\s*\(\s*(.+?)\s*\)")
# A note's opening under or inside a table ("Källa: …", "1) …", "Anm.", "* …"): never a group heading.
_NOTE_START = re.compile(r"^(?:\(?\d+\)|\*|†|källa|källor|not\b|anm|anmärkning|fotnot|source|note)", re.IGNORECASE)


@dataclass
class Fragment:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    line: int  # index of its printed line in the table
    boxes: tuple[tuple[float, float, str], ...] = ()  # (x0, x1, text) of each character

    @property
    def mid(self) -> float:
        return (self.top + self.bottom) / 2

    @property
    def height(self) -> float:
        return self.bottom - self.top


@dataclass
class Grid:
    """A table read off a page: header rows and body rows with one cell per column."""

    page: int
    bbox: tuple[float, float, float, float]  # x0, top, x1, bottom (header above included)
    header_rows: list[list[str]]
    rows: list[list[str]]
    columns: list[tuple[float, float]]
    title: list[str] = field(default_factory=list)  # rows spanning the table above its header
    notes: list[str] = field(default_factory=list)  # smaller spanning rows ("Värden med …")
    side_label: str = ""  # rotated text beside the rows
    words_only: bool = False  # a ruled grid of words and dates (``_text_grid``): text, never a table


def find_grids(page: Page) -> list[Grid]:
    """Every ruled table of a page, top to bottom."""
    if not page.may_hold_table:
        return []
    edges = merge_edges(page.edges, _SNAP, _SNAP, _JOIN, _JOIN)
    edges = filter_edges(edges, min_length=_MIN_EDGE)
    if len(edges) > _MAX_EDGES:
        return []
    cells = intersections_to_cells(edges_to_intersections(edges, _INTERSECT, _INTERSECT))
    grids: list[Grid] = []
    for table_cells in cells_to_tables(cells):
        if _shaded_rows_of_a_wider_table(page, table_cells):
            continue
        grids.extend(_read_grid(page, table_cells, edges))
    return grids


def _shaded_rows_of_a_wider_table(page: Page, cells: list[tuple]) -> bool:
    """Cells that are whole rows – each the region's full width, no rule between columns – with
    a table's rows right above or below them: grey bands behind some rows of a table drawn
    without rules (the country's and the county's rows of a ranking), no table of their own.
    Read as one, they had cut the ranking in three – two rows a table, the rest a list."""
    x0, x1 = min(c[0] for c in cells), max(c[2] for c in cells)
    top, bottom = min(c[1] for c in cells), max(c[3] for c in cells)
    if len(cells) < 2 or any(abs(c[0] - x0) > 1 or abs(c[2] - x1) > 1 for c in cells):
        return False
    height = max(c[3] - c[1] for c in cells)
    outside = [c for c in page.chars if c.upright and x0 <= (c.x0 + c.x1) / 2 <= x1 and not _centre_in(c, (x0, top, x1, bottom))]
    lines = _text_lines(outside)
    body = [_is_body_line(_fragments(ln, i, [])) for i, ln in enumerate(lines)]
    # (the table's rows outside the bands, one under another with no wider gap than a band's
    # height, counted up from the bands and down from them: more of them than banded rows – a
    # zebra-striped table whose bands hold most of its rows is read as ruled, as before)
    run = 0
    for going_up in (True, False):
        edge = top if going_up else bottom
        order = sorted(range(len(lines)), key=lambda i: min(c.top for c in lines[i]), reverse=going_up)
        for i in order:
            t, b = min(c.top for c in lines[i]), max(c.bottom for c in lines[i])
            if (going_up and b > edge + 1) or (not going_up and t < edge - 1):
                continue
            gap = edge - b if going_up else t - edge
            if gap > 1.5 * height or not body[i]:
                break
            run += 1
            edge = t if going_up else b
    return run > len(cells)


def find_aligned_tables(
    page: Page, ruled: list[Grid], continued: frozenset[str] = frozenset(), carried_cells: int = 0, titled: bool = False
) -> list[Grid]:
    """Tables drawn without vertical rulings under a printed caption ("Tabell 1. Budget per
    finansiär och år, tkr" over "ESF+   2 400   2 650   2 250   7 300"): the caption, the header
    lines under it and the run of lines that each hold a label and two or more figures, set
    apart by wide gaps. Read like a ruled table, with white space for rulings.

    ``continued``: the header words of the previous page's tables (a page that opens by
    printing one again carries it on); ``carried_cells``: the columns of a table that ended the
    previous page – a page that opens with rows of as many cells and no header carries it on;
    ``titled``: each table gets its caption as its title (a column's table, whose caption the
    page's lines run together with the other column's prose)."""
    if not page.chars:
        return []
    lines, frags = _free_lines(page, ruled)
    out: list[Grid] = []
    for gutter in _captioned_columns(lines, frags):
        # a table in a column of its own, its lines printed beside the other column's prose:
        # read from that column's characters alone (round 228's employment rates had been no
        # table, each row run together with a line of the report's text)
        right = replace(page, chars=[c for c in page.chars if c.x0 >= gutter - 0.5])
        out.extend(find_aligned_tables(right, ruled + out, titled=True))
    if out:
        lines, frags = _free_lines(page, ruled + out)
    i = 0
    while i < len(lines):
        text = " ".join(f.text for f in frags[i])
        carried = i < 3 and repeats_header([' '.join(f.text for f in fr) for fr in frags], i, continued, len(frags[i]))
        # (rows at the top of the page, as many cells as the table the page before ended with:
        # its rows go on with no header printed again)
        headless = (
            not carried and not out and carried_cells >= 3 and i < 3 and len(frags[i]) == carried_cells
            and _is_body_line(frags[i]) and all(_running_line(frags[j]) for j in range(i))
        )
        carried = carried or headless or _uncaptioned_header(frags, lines, i)
        if not carried and (len(frags[i]) != 1 or not TABLE_CAPTION_RE.match(text)):
            i += 1
            continue
        start, k, body, height = i, i + 1, 0, max(c.bottom - c.top for c in lines[i])
        while k < len(lines):
            gap = min(c.top for c in lines[k]) - max(c.bottom for c in lines[k - 1])
            # (a caption often stands apart from its table by a paragraph's space: 15 pt under a 9 pt line –
            # and so may its header from a line of explanation under the caption, before any row)
            if gap > (2.5 if k == start + 1 or not body else 1.5) * height:
                break
            if _is_body_line(frags[k]):
                body += 1
            elif body and _change_line(frags[k]):
                pass  # (a row's changes in brackets under its levels: the row goes on)
            elif body and (
                _group_heading(frags, lines, k, height) or _label_continuation(frags, lines, k, height) or _label_head(frags, lines, k, height)
            ):
                pass  # "E16" over the measuring points of that road, a label's wrapped end or first lines: the table goes on
            elif body or k - start > _ALIGNED_HEAD_LINES:
                break  # the text after the table, or prose under a caption-like line
            k += 1
        i = k
        # (a table carried on from the page before may end with a row or two: "Hallands län" alone
        # under the header printed again)
        if body < (1 if carried else 2) or (not carried and max(len(frags[j]) for j in range(start + 1, k)) < 3):
            continue
        # the caption's own lines wrapped under it ("Tabell 2. Budget … per insatsområde," /
        # "miljoner kronor") are no header over every column: the region starts under them, and
        # the caption is read from above it, whole
        # (… but a line set in from the caption's left edge is the first line of a column's
        # two-line header – "Andel tung" over "trafik 2024, %" – however alone on its line)
        first, caption = start + 1, text
        left = min(f.x0 for f in frags[start])
        while (
            not carried and first < k and len(frags[first]) == 1 and not _is_body_line(frags[first])
            and not caption.rstrip().endswith((".", ":")) and frags[first][0].x0 - left <= 2 * height
        ):
            caption += " " + frags[first][0].text
            first += 1
        if first > start + 1 and max((len(frags[j]) for j in range(first, k)), default=0) < 3:
            first = start + 1
        chars = [c for ln in lines[start if first == start + 1 else first:k] for c in ln]
        bbox = (min(c.x0 for c in chars), min(c.top for c in chars), max(c.x1 for c in chars), max(c.bottom for c in chars))
        grids = [g for g in _read_region(page, bbox, [], []) if g.rows]
        if headless:
            # every line of the region is a row: the first is no header
            for g in grids:
                g.rows, g.header_rows = [*g.header_rows, *g.rows], []
        if not carried and first == start + 1 and grids and not grids[0].title:
            # a caption narrower than the table's columns (set left of a centred table) is no
            # header over its first column: the region is read from under it, titled by it
            chars = [c for ln in lines[first:k] for c in ln]
            bbox = (min(c.x0 for c in chars), min(c.top for c in chars), max(c.x1 for c in chars), max(c.bottom for c in chars))
            grids = [g for g in _read_region(page, bbox, [], []) if g.rows]
            for g in grids[:1]:
                g.title = [caption]
        if titled and not carried:
            for g in grids[:1]:
                g.title = g.title or [caption]
        out.extend(grids)
    return out


def _captioned_columns(lines: list[list[Char]], frags: list[list[Fragment]]) -> list[float]:
    """The left edges of page columns that open with a table's caption beside another column's
    text ("Läget i korthet      Tabell 1. Sysselsättningsgrad …"): the caption is a line's later
    fragment, and no fragment of the lines down to the next wide gap crosses its left edge."""
    out: list[float] = []
    for i, fr in enumerate(frags):
        x = next((f.x0 for f in fr[1:] if TABLE_CAPTION_RE.match(f.text)), None)
        if x is None:
            continue
        height = max(c.bottom - c.top for c in lines[i])
        k = i + 1
        while k < len(lines) and min(c.top for c in lines[k]) - max(c.bottom for c in lines[k - 1]) <= 2.5 * height:
            k += 1
        if k - i >= 4 and not any(f.x0 < x - 1.0 < x + 1.0 < f.x1 for j in range(i, k) for f in frags[j]):
            out.append(x)
    return out


# An unruled table of words and dates: its header's cells at most this many words each, its
# rows' cells this many on average (three columns of a newsletter's prose are longer).
_WORD_HEAD_WORDS = 4
_WORD_CELL_WORDS = 5


def _free_lines(page: Page, found: list[Grid]) -> tuple[list[list[Char]], list[list[Fragment]]]:
    """The page's upright printed lines outside the tables ``found``, and each line's fragments."""
    free = [c for c in page.chars if c.upright and not any(_centre_in(c, g.bbox) for g in found)]
    lines = _text_lines(free)
    return lines, [_fragments(ln, i, []) for i, ln in enumerate(lines)]


def find_word_tables(page: Page, found: list[Grid]) -> list[Grid]:
    """Tables of words and dates drawn without rulings or a caption: a header of three or more
    short names ("Ort   Butik   Öppning   Öppettider servicedisken") over two or more lines that
    each hold a cell under every one of them, every cell starting where its column's name does.
    Read as one paragraph, "Fårösund … 11 oktober 2027² meddelas senare Burgsvik … 2028³" had
    given Fårösund's day as Burgsvik's. A table mostly of figures is left to the statistics
    tables' finders. ``found``: the page's tables already read (their lines are not looked at)."""
    if not page.chars:
        return []
    lines, frags = _free_lines(page, found)
    out: list[Grid] = []
    i = 0
    while i < len(lines):
        head = frags[i]
        if not _word_header(head):
            i += 1
            continue
        height = max(c.bottom - c.top for c in lines[i])
        starts = [f.x0 for f in head]
        rows: list[list[str]] = []
        wrapped: dict[int, str] = {}  # a partial line's cells, by column, waiting for their row
        k = i + 1
        while k < len(lines):
            gap = min(c.top for c in lines[k]) - max(c.bottom for c in lines[k - 1])
            cols = _under_starts(frags[k], starts, height)
            if gap > 1.5 * height or cols is None or (wrapped and gap > 0.6 * height):
                break
            if len(cols) == len(starts):
                row = [f.text for f in frags[k]]
                if wrapped and all(row[j][:1].islower() for j in wrapped):
                    # (a label wrapped over two lines, the row's other cells on its last one:
                    # "Kinnebygdens Trädgård ekonomisk" over "förening   Götene   …")
                    row = [f"{wrapped[j]} {c}" if j in wrapped else c for j, c in enumerate(row)]
                elif wrapped:
                    _append_cells(rows, wrapped)
                wrapped = {}
                rows.append(row)
            elif rows and gap <= 0.6 * height:
                # (a cell wrapped onto a second line, the row's other cells on one – or on the
                # next line, which tells)
                for f, j in zip(frags[k], cols):
                    wrapped[j] = f"{wrapped.get(j, '')} {f.text}".strip()
            else:
                break
            k += 1
        if wrapped:
            _append_cells(rows, wrapped)
        head_cells = [_fold_cell(f.text) for f in head]
        cells = [c for r in rows for c in r[1:]]
        if (
            len(rows) < 2
            or sum(len(c.split()) for c in cells) > _WORD_CELL_WORDS * len(cells)
            or sum(1 for r in rows if _is_body_line(_as_fragments(r))) * 2 > len(rows)
            # (a header's name is no value of its own column: "Arvika  Balans  Underskott" is the
            # first row of a table whose header was not read)
            or any(_fold_cell(r[j]) == h for r in rows for j, h in enumerate(head_cells))
            # (lists set in columns under three names, "Sparreholm," over "Hälleforsnäs och
            # Mellösa": a line that runs on is no row)
            or any(_RUNS_ON.search(c) for r in rows[:-1] for c in r)
        ):
            i += 1
            continue
        chars = [c for ln in lines[i:k] for c in ln]
        bbox = (min(c.x0 for c in chars), min(c.top for c in chars), max(c.x1 for c in chars), max(c.bottom for c in chars))
        columns = [(x, (starts[j + 1] if j + 1 < len(starts) else bbox[2])) for j, x in enumerate(starts)]
        out.append(Grid(page.number, bbox, [[f.text for f in head]], rows, columns, words_only=True))
        i = k
    return out


# a cell's text that goes on in the line below: a comma, a hyphen or a conjunction at its end
_RUNS_ON = re.compile(r"(?:[,\-–]|\b(?:och|samt|eller|and|or))$")


def _append_cells(rows: list[list[str]], cells: dict[int, str]) -> None:
    for j, text in cells.items():
        rows[-1][j] = f"{rows[-1][j]} {text}".strip()


def _fold_cell(text: str) -> str:
    return " ".join(text.lower().split())


def _word_header(frags: list[Fragment]) -> bool:
    """Three or more short names, no digit among them ("Bussförare D  Växjö  v. 5" is a row)."""
    return len(frags) >= 3 and all(
        re.search(r"[^\W\d_]", f.text) and not re.search(r"\d", f.text) and len(f.text.split()) <= _WORD_HEAD_WORDS
        and not f.text.rstrip().endswith((".", ",", ":"))
        for f in frags
    )


def _under_starts(frags: list[Fragment], starts: list[float], height: float) -> list[int] | None:
    """The column of each fragment of a line, each starting where a column's name starts (a
    line's height either way) and ending before the next column's, one per column; None when
    any stands elsewhere (a note under the table running across its columns)."""
    cols = []
    for f in frags:
        j = min(range(len(starts)), key=lambda j: abs(starts[j] - f.x0))
        if abs(starts[j] - f.x0) > height or (cols and j <= cols[-1]) or (j + 1 < len(starts) and f.x1 > starts[j + 1]):
            return None
        cols.append(j)
    return cols


def _as_fragments(cells: list[str]) -> list[Fragment]:
    return [Fragment(c, 0.0, 0.0, 0.0, 0.0, 0) for c in cells]


def _read_grid(page: Page, cells: list[tuple], edges: list[dict]) -> list[Grid]:
    x0 = min(c[0] for c in cells)
    top = min(c[1] for c in cells)
    x1 = max(c[2] for c in cells)
    bottom = max(c[3] for c in cells)
    return _read_region(page, (x0, top, x1, bottom), cells, edges)


def _read_region(page: Page, bbox: tuple[float, float, float, float], cells: list[tuple], edges: list[dict]) -> list[Grid]:
    x0, top, x1, bottom = bbox
    inside = [c for c in page.chars if _centre_in(c, (x0, top, x1, bottom))]
    upright = [c for c in inside if c.upright]
    if not upright:
        return []
    vedges = [e for e in edges if e["orientation"] == "v" and x0 - 1 <= e["x0"] <= x1 + 1]
    lines = _text_lines(upright)
    lines, changes = _without_change_lines(lines, vedges)
    frags = [f for i, ln in enumerate(lines) for f in _fragments(ln, i, vedges)]
    stacked = _stacked_header_cells(frags, x1 - x0)
    columns = _columns([stacked.get(id(f), f) for f in frags], vedges)
    if len(columns) < 2:
        return []
    col_of = {id(f): _overlapping(stacked.get(id(f), f), columns) for f in frags}
    value_cols = _value_columns(frags, col_of, columns)
    rows = _without_far_tail(_rows(lines, frags, cells, columns, value_cols, col_of))
    grids = _classify(page.number, (x0, top, x1, bottom), rows, columns, col_of, value_cols)
    if not grids and cells:
        # no figures: the printed lines of each ruled cell are one row ("Arbetsgivarna kan inte
        # frigöra" / "personal för utbildning …" beside "Hög")
        every = set(range(len(columns)))
        grids = _text_grid(page.number, (x0, top, x1, bottom), _rows(lines, frags, cells, columns, every, col_of), columns, col_of)
    if grids and not grids[0].header_rows:
        _header_above(page, grids[0], value_cols)
    if grids and not grids[0].header_rows:
        _rotated_header_above(page, grids[0], value_cols)
    if grids and grids[0].header_rows:
        _wrapped_header_above(page, grids[0])
    if changes:
        for g in grids:
            _with_change_columns(g, changes)
    side = _rotated_text([c for c in inside if not c.upright])
    out = []
    for g in grids:
        g.side_label = side
        if g.header_rows or len(g.rows) >= 2:
            out.append(g)
    return out


def _without_far_tail(rows: list[_Row]) -> list[_Row]:
    """The rows without a last one standing far under the others – more than three of their
    usual gaps and two line heights: a slide's footer inside the slide's frame ("Region
    Västmanland | SAMLAST | 2027-03-15" and its slide number 4) is no row of the table on it
    (round 219's budget had a row worth 4 tkr)."""
    if len(rows) < 4:
        return rows
    gaps = sorted(b.top - a.bottom for a, b in zip(rows[:-1], rows[1:-1]))
    usual = gaps[len(gaps) // 2]
    height = sorted(r.bottom - r.top for r in rows)[len(rows) // 2]
    last = rows[-1].top - rows[-2].bottom
    # (… with a figure in it: a source line there is the table's note, read as one)
    figure = any(_datalike(f.text) for f in rows[-1].frags[1:]) and not _NOTE_START.match(rows[-1].frags[0].text.strip())
    return rows[:-1] if figure and last > max(3 * usual, 2 * height) else rows


def _without_change_lines(lines: list[list[Char]], vedges: list[dict]) -> tuple[list[list[Char]], dict[str, list[str]]]:
    """The printed lines without the bracketed changes under a row's levels, and those changes by
    the row's label ("Ale" → ["+0,1", "-0,1", "+0,2"]) – read as lines of their own, each cell's
    change had been a row without a label, and no table was found at all. Only when most rows
    have such a line under them (two rows at least)."""
    frags = [_fragments(ln, i, vedges) for i, ln in enumerate(lines)]
    found: dict[str, list[str]] = {}
    keep: list[list[Char]] = []
    body_lines = [_is_body_line(fr) for fr in frags]
    for i, ln in enumerate(lines):
        pieces = _line_pieces(frags[i]) if i and body_lines[i - 1] else []
        # (one bracket per level, two at least, and no share: "(22 %)" under a row is its part's
        # share – "därav" –, read by the table as it was)
        if _all_bracketed(pieces) and 2 <= len(pieces) <= len(frags[i - 1]) - 1 and not any("%" in t for t in pieces):
            found[frags[i - 1][0].text.strip()] = [re.sub(r"[()\s]", "", t).replace("±", "").replace("–", "-").replace("−", "-") for t in pieces]
            continue
        keep.append(ln)
    body = sum(body_lines)
    if len(found) < 2 or len(found) < 0.5 * body:
        return lines, {}
    return keep, found


def _with_change_columns(g: Grid, changes: dict[str, list[str]]) -> None:
    """The changes in brackets as columns of their own after the levels ("Totalt" → "Totalt,
    förändring"; what they are changes since stays in the note the page prints – the same names
    on every page, so a table carried over pages stays one)."""
    width = max((len(v) for v in changes.values()), default=0)
    if not width or not g.rows:
        return
    head = g.header_rows[-1] if g.header_rows else []
    names = head[len(head) - width:] if len(head) >= width + 1 else [f"kolumn {k + 1}" for k in range(width)]
    for r in g.header_rows[:-1]:
        r.extend([""] * width)
    if g.header_rows:
        g.header_rows[-1].extend(f"{n}, förändring" for n in names)
    for row in g.rows:
        values = changes.get(row[0].strip(), [])
        row.extend(values if len(values) == width else [""] * width)


def _centre_in(c: Char, bbox: tuple[float, float, float, float]) -> bool:
    x, y = (c.x0 + c.x1) / 2, (c.top + c.bottom) / 2
    return bbox[0] - 1 <= x <= bbox[2] + 1 and bbox[1] - 1 <= y <= bbox[3] + 1


# ---------------------------------------------------------------- lines and fragments


def _text_lines(chars: list[Char]) -> list[list[Char]]:
    lines: list[list[Char]] = []
    mids: list[float] = []
    # (a note's raised mark – "187¹" – stands on the line of the figure it marks: placed by its own
    # middle it had opened a line of its own, and the rest of its row had followed it there, so
    # "Gnosjö 214 187" and "¹ 402 4,2 …" were two rows)
    marks, rest = [], []
    for c in chars:
        (marks if c.text and all(ch in SUPERSCRIPT_DIGITS for ch in c.text) else rest).append(c)
    for c in sorted(rest, key=lambda c: ((c.top + c.bottom) / 2, c.x0)):
        mid, h = (c.top + c.bottom) / 2, c.bottom - c.top
        if lines and abs(mid - mids[-1]) <= _LINE_TOLERANCE * max(h, 1.0):
            lines[-1].append(c)
        else:
            lines.append([c])
            mids.append(mid)
    for c in marks:
        mid = (c.top + c.bottom) / 2
        k = min(range(len(lines)), key=lambda k: abs(mids[k] - mid), default=None)
        if k is not None and abs(mids[k] - mid) <= 2 * max(c.bottom - c.top, 1.0):
            lines[k].append(c)
        else:
            lines.append([c])
            mids.append(mid)
    order = sorted(range(len(lines)), key=lambda k: mids[k])
    return [sorted(lines[k], key=lambda c: c.x0) for k in order]



def _fragments(chars: list[Char], line: int, vedges: list[dict]) -> list[Fragment]:
    """A printed line cut where a vertical ruling or a wide gap separates two cells."""
    out: list[Fragment] = []
    cur: list[Char] = []
    text: list[str] = []
    for c in chars:
        if cur:
            prev = cur[-1]
            h = max(prev.bottom - prev.top, c.bottom - c.top, 1.0)
            gap = c.x0 - prev.x1
            mid = (c.top + c.bottom) / 2
            # (a word that overflows its cell to the left – a wide header in a narrow column –
            # starts across the ruling: a space before it and the ruling through its first letter)
            reach = c.x1 if gap > _SPACE_GAP * h else c.x0 + 1
            ruled = any(
                prev.x1 - 1 <= e["x0"] <= reach and e["top"] - 1 <= mid <= e["bottom"] + 1 for e in vedges
            )
            if ruled or gap > _CELL_GAP * h:
                out.append(_fragment(cur, text, line))
                cur, text = [], []
            elif gap > _SPACE_GAP * h:
                text.append(" ")
        cur.append(c)
        text.append(c.text)
    if cur:
        out.append(_fragment(cur, text, line))
    return out


def _fragment(chars: list[Char], text: list[str], line: int) -> Fragment:
    return Fragment(
        "".join(text).strip(),
        min(c.x0 for c in chars),
        max(c.x1 for c in chars),
        min(c.top for c in chars),
        max(c.bottom for c in chars),
        line,
        tuple((c.x0, c.x1, c.text) for c in chars),
    )


# How far a header's word may stand from its column's edge and still be set flush with it
_FLUSH = 2.0


def _split_across(f: Fragment, cols: list[int], columns: list[tuple[float, float]]) -> list[str] | None:
    """A header line that runs over the columns under it because its cells' words met ("Projekt
    varav nya" over "Projekt" and "varav nya", "MänDeltagare totalt" over "Män" and "Deltagare
    totalt"): cut where a word ends (or a capital follows a small letter) so that each piece is
    set flush with its own column – right over figures, or left. None when no such cuts exist
    (a group header centred over its columns: "2024" over "Kvinnor", "Män")."""
    pieces = _cut_across(f, cols, columns)
    return None if pieces is None else [_boxes_text(p, max(f.bottom - f.top, 1.0)) for p in pieces]


def _boxes_text(boxes, h: float) -> str:
    """The text of a run of character boxes, a space where they stand a word's gap apart."""
    out = boxes[0][2]
    for a, b in zip(boxes, boxes[1:]):
        out += (" " if b[0] - a[1] > _SPACE_GAP * h else "") + b[2]
    return out.strip()


def _cut_across(f: Fragment, cols: list[int], columns: list[tuple[float, float]]) -> list[tuple] | None:
    """:func:`_split_across`'s pieces as runs of character boxes."""
    boxes = f.boxes
    if len(cols) < 2 or len(boxes) < 2:
        return None
    h = max(f.bottom - f.top, 1.0)
    cuts = [
        i for i in range(1, len(boxes))
        if boxes[i][0] - boxes[i - 1][1] > _SPACE_GAP * h or (boxes[i - 1][2].islower() and boxes[i][2].isupper())
    ]
    pieces: list[str] = []
    start = 0
    for j in cols[:-1]:
        right, nxt_left = columns[j][1], columns[j + 1][0]
        # a cut flush with either column, or one that falls between them: the piece before it ends
        # short of the next column and the piece after it starts past this one's figures
        cut = next((i for i in cuts if i > start and (
            abs(boxes[i - 1][1] - right) <= _FLUSH or abs(boxes[i][0] - nxt_left) <= _FLUSH
            or (boxes[i - 1][1] <= nxt_left + _FLUSH and boxes[i][0] >= right - _FLUSH)
        )), None)
        if cut is None:
            return None
        pieces.append(boxes[start:cut])
        start = cut
    pieces.append(boxes[start:])
    last = columns[cols[-1]]
    if not (abs(pieces[-1][-1][1] - last[1]) <= _FLUSH or abs(pieces[-1][0][0] - last[0]) <= _FLUSH
            or pieces[-1][0][0] >= columns[cols[-2]][1] - _FLUSH):
        return None
    return pieces


def _group_phrase(f: Fragment, cols: list[int], columns: list[tuple[float, float]]) -> bool:
    """Is a header text over sub-headers in two or more columns one phrase heading them all – the
    pieces it would be cut into running on in small letters or figures ("Vuxna mottagare" over
    "2023" and "2024", "Samtliga 16–64 år" over four columns, "Unga 18–24 år, dec 2024" over
    "Antal" and "%")? Cut, "mottagare" and "år, dec 2024" had named columns of their own. (The
    caller asks only of a text with sub-headers under it: on a header's only line, "Projekt
    varav nya" is two columns' names.)"""
    pieces = _cut_across(f, cols, columns)
    return pieces is not None and any(p[0][2].islower() or p[0][2].isdigit() for p in pieces[1:])


def _datalike(text: str) -> bool:
    """A figure or a mark, as body cells hold: "1 131 226", "11,66%", "−0,49 %", "16 (53%)",
    "X", ".." – not a header that happens to hold digits ("Andel 20–29 år", "jan. 2023")."""
    t = text.strip()
    if t in _MARKS or is_missing(t):
        return bool(t)
    if parse_number(t) is not None:
        return True
    m = _COUNT_SHARE.fullmatch(t)
    return bool(m and parse_number(m.group(1)) is not None and parse_number(m.group(2)) is not None)


def _running_line(frags: list[Fragment]) -> bool:
    """A line that may be a running header or page number over a page's first rows: one short
    piece, no sentence."""
    text = " ".join(f.text for f in frags).strip()
    return len(frags) == 1 and len(text.split()) <= 8 and not text.endswith((".", ":"))


def _continues_label(text: str, above: str) -> bool:
    """A label's wrapped last line – "m.m.)" under "Företagstjänster (konsulter, IT, redovisning",
    "tremånadersperiod" – goes on the row above: it opens in lower case or closes a bracket the
    line above left open."""
    text = text.strip()
    return bool(text) and (not (text[0].isupper() or text[0].isdigit()) or above.count("(") > above.count(")"))


def _label_continuation(frags: list[list[Fragment]], lines: list[list[Char]], k: int, height: float) -> bool:
    """Line ``k`` inside a table drawn without rulings is the wrapped end of the label above it,
    alone on its line, close under a row of figures."""
    # (its label may wrap over more lines than two: the row of figures is up to three lines above)
    row = next((j for j in range(k - 1, max(k - 4, -1), -1) if len(frags[j]) != 1), None)
    if len(frags[k]) != 1 or row is None or not _is_body_line(frags[row]):
        return False
    gap = min(c.top for c in lines[k]) - max(c.bottom for c in lines[k - 1])
    f = frags[k][0]
    return gap <= 1.5 * height and _continues_label(f.text, frags[k - 1][0].text) and f.x0 <= frags[row][0].x0 + 2 * height


def _label_head(frags: list[list[Fragment]], lines: list[list[Char]], k: int, height: float) -> bool:
    """Line ``k`` inside a table drawn without rulings is the first line of a row's label wrapped
    over several lines with its figures on the last ("Inpendlare 2023 (förvärvsarbetande med" /
    "arbetsställe i kommunen men boende utanför)," / "antal   312   455 …"): alone on its line,
    and the lines close under it – one or two more of the label, then the row of figures – each
    go on with it (a lower-case start, or a bracket the line above left open)."""
    if len(frags[k]) != 1:
        return False
    text = frags[k][0].text.strip()
    if not text or _datalike(text) or text.endswith((".", ":")) or _NOTE_START.match(text):
        return False
    above = text
    for j in range(k + 1, min(k + 4, len(lines))):
        gap = min(c.top for c in lines[j]) - max(c.bottom for c in lines[j - 1])
        first = frags[j][0].text if frags[j] else ""
        if gap > 1.5 * height or not _continues_label(first, above):
            return False
        if _is_body_line(frags[j]):
            return True
        if len(frags[j]) != 1:
            return False
        above = first
    return False


def _group_heading(frags: list[list[Fragment]], lines: list[list[Char]], k: int, height: float) -> bool:
    """Line ``k`` inside a table drawn without rulings is a short label alone on its line, set no
    further right than the rows' labels, and the next line, close under it, is a row of figures:
    the heading of a group of rows ("E16" over the measuring points of that road), not the text
    after the table."""
    if len(frags[k]) != 1 or k + 1 >= len(lines) or not _is_body_line(frags[k + 1]):
        return False
    f = frags[k][0]
    text = f.text.strip()
    if not text or len(text) > 40 or _datalike(text) or text.endswith((".", ":")) or _NOTE_START.match(text):
        return False
    if _continues_label(text, frags[k - 1][0].text if frags[k - 1] else ""):
        return False
    gap = min(c.top for c in lines[k + 1]) - max(c.bottom for c in lines[k])
    return gap <= 1.5 * height and f.x0 <= frags[k + 1][0].x0 + 2


# rows under a header line printed with no caption before a table is taken for one
_UNCAPTIONED_MIN_ROWS = 5
_UNIT_HEADS = frozenset({"%", "‰", "kr", "tkr", "st"})


def _uncaptioned_header(frags: list[list[Fragment]], lines: list[list[Char]], i: int) -> bool:
    """Is line ``i`` the header of a table printed with no "Tabell …" caption – a register's "Nr
    Inkom Kommun Bransch Antal berörda" over one notice per line: three or more cells of words
    with no figure among them, over at least ``_UNCAPTIONED_MIN_ROWS`` lines in a row that each
    hold as many cells or more, with a figure after the first, close under one another?"""
    def worded(fs: list[Fragment]) -> bool:
        # (a unit alone names a column too: "%" over the shares beside "Antal"; and so does a year
        # between words – "Rang Kommun 2023 2022 Förändring" – when two cells or more are words)
        years = [f for f in fs if _HEADER_YEAR.fullmatch(f.text.strip())]
        return len(fs) >= 3 and len(fs) - len(years) >= 2 and not any(_datalike(f.text) for f in fs if f not in years) and all(
            re.search(r"[^\W\d_]", f.text) or f.text.strip() in _UNIT_HEADS or f in years for f in fs
        )

    if not worded(frags[i]):
        return False
    height = max(c.bottom - c.top for c in lines[i])
    if i > 0 and worded(frags[i - 1]) and min(c.top for c in lines[i]) - max(c.bottom for c in lines[i - 1]) <= 1.5 * height:
        return False  # (the second line of a header of two: the table starts with the first)
    first = i + 1
    if first < len(lines) and worded(frags[first]) and min(c.top for c in lines[first]) - max(c.bottom for c in lines[i]) <= 1.5 * height:
        # (a header of two lines: "Kommun Dagbefolkning Nattbefolkning" over "Kvinnor Män Totalt …")
        first += 1
    head = max(frags[i:first], key=len)
    if first == i + 1 and len({f.text.strip().lower() for f in head}) < len(head):
        return False  # ("Kommun Deltagare Kommun Checkar": two tables side by side, their rows not one another's)
    rows = 0
    k = first
    while k < len(lines) and rows < _UNCAPTIONED_MIN_ROWS:
        gap = min(c.top for c in lines[k]) - max(c.bottom for c in lines[k - 1])
        if rows and gap <= 2.5 * height and _change_line(frags[k]):
            k += 1
            continue  # (a row's changes in brackets under its levels)
        if gap > 2.5 * height or len(frags[k]) < len(head) or not _is_body_line(frags[k]):
            return False
        rows += 1
        k += 1
    return rows >= _UNCAPTIONED_MIN_ROWS


_HEADER_YEAR = re.compile(r"(?:19|20)\d\d")
_BRACKETED_FIGURE = re.compile(r"\(\s*[+\-−–±]?\s*\d[\d\s]*(?:[,.]\d+)?\s*%?\s*\)")


def _change_line(frags: list[Fragment]) -> bool:
    """A line of only bracketed figures ("(+0,1)   (-0,1)   (±0,0)"): each cell's second line, its
    change since the period before, under the levels of the row above (an FK table's "Inom
    parentes: förändring …")."""
    return _all_bracketed(_line_pieces(frags))


def _line_pieces(frags: list[Fragment]) -> list[str]:
    """A line's bracketed figures and other words, each a piece ("(+0,1)", "(±0,0)")."""
    return [t for f in frags for t in (re.findall(r"\([^()]*\)|\S+", f.text) or [f.text])]


def _all_bracketed(pieces: list[str]) -> bool:
    return bool(pieces) and all(_BRACKETED_FIGURE.fullmatch(t) for t in pieces)


def _is_body_line(frags: list[Fragment]) -> bool:
    """Two or more cells with a figure or mark after the first – and not only periods
    (a header row of years is not data)."""
    if len(frags) < 2:
        return False
    # (nor a header of classes: "Påstående   1–2   3   4–5" over a survey's answers, its "3" no figure)
    if _class_header([f.text for f in frags]):
        return False
    data = [f.text for f in frags[1:] if _datalike(f.text)]
    return bool(data) and not all(is_period_like(t) for t in data)


# a class of a scale or of sizes written as a range of small whole numbers ("1–2", "4–5", "10-49")
_CLASS_RANGE = re.compile(r"\d{1,3}\s?[–-]\s?\d{1,3}")


def _class_header(cells: list[str]) -> bool:
    """A line naming classes of a scale over their columns: a word, then only classes and whole
    numbers, one class at least ("Påstående  1–2  3  4–5") – not a row whose page span is one
    cell among words and figures ("1  1–2  Sammanfattningen …  214 deltagare")."""
    cells = [c.strip() for c in cells]
    return (
        len(cells) >= 3 and not re.search(r"\d", cells[0])
        and any(_CLASS_RANGE.fullmatch(c) for c in cells[1:])
        and all(_CLASS_RANGE.fullmatch(c) or re.fullmatch(r"\d{1,3}", c) for c in cells[1:])
    )


# ---------------------------------------------------------------- columns


def _stacked_header_cells(frags: list[Fragment], width: float) -> dict[int, Fragment]:
    """Header text set on lines above one another, flush left or right ("Arbetslöshet 16–64
    år," over "september 2025", left of the figures they head): one header cell, whose lines
    stand where the whole cell stands – a short second line alone would meet no column, or the
    wrong one. Fragment id → the cell's extent, for the lines of cells of two lines or more."""
    by_line: dict[int, list[Fragment]] = {}
    for f in frags:
        by_line.setdefault(f.line, []).append(f)
    heads = [
        f for f in frags
        if not _is_body_line(by_line[f.line]) and not _datalike(f.text) and f.x1 - f.x0 < 0.4 * width
    ]
    out: dict[int, Fragment] = {}
    for f in heads:
        if id(f) in out:
            continue
        cell = [f]
        for g in sorted(heads, key=lambda g: g.line):
            last = cell[-1]
            # (the next line, or the one after it when a cell centred on both lines stands between:
            # "Område" set midway beside a header of two lines)
            if last.line < g.line <= last.line + 2 and (abs(g.x0 - last.x0) <= 2 or abs(g.x1 - last.x1) <= 2):
                cell.append(g)
        if len(cell) >= 2:
            whole = replace(f, x0=min(g.x0 for g in cell), x1=max(g.x1 for g in cell))
            for g in cell:
                out[id(g)] = whole
    return out


def _columns(frags: list[Fragment], vedges: list[dict]) -> list[tuple[float, float]]:
    """Column extents: fragments that overlap horizontally stand in one column (never two of
    the same line). Narrow fragments go first, so a fragment that later meets two columns is
    a title or group header spanning them and makes no column of its own."""
    clusters: list[list[Fragment]] = []
    for f in sorted(frags, key=lambda f: f.x1 - f.x0):
        hits = [c for c in clusters if any(_overlap(f, g) > 0 for g in c)]
        if len(hits) == 1 and not any(g.line == f.line for g in hits[0]):
            hits[0].append(f)
        elif not hits:
            clusters.append([f])
    clusters.sort(key=lambda c: min(g.x0 for g in c))
    left = min((g.x0 for g in frags), default=0.0)
    right = max((g.x1 for g in frags), default=0.0)
    ruled = any(left + 2 < e["x0"] < right - 2 for e in vedges)
    merged: list[list[Fragment]] = []
    carried: list[Fragment] = []
    for k, c in enumerate(clusters):
        nxt = clusters[k + 1] if k + 1 < len(clusters) else None
        c = carried + c
        carried = []
        if (
            nxt is not None and all(not _datalike(g.text) for g in c) and all(_datalike(g.text) for g in nxt)
            and len(nxt) >= 2 and max(g.line for g in c) < min(g.line for g in nxt)
            and (not ruled or _mergeable(c, nxt, vedges, ruled))
        ):
            # a header of words alone beside a column of figures with none – "Beräknade pensions-
            # avgångar 2026–2030¹" set left over the figures right-aligned under it – heads those
            # figures (on its own it had been joined to the column on its left), unless a ruling
            # runs between them; a header stands above the figures (a label column's words do not)
            carried = c
            continue
        if merged and _mergeable(merged[-1], c, vedges, ruled) and not (
            # a stray cell nearer the column on its right – a year over a pair of columns, set
            # left-aligned over the first ("2022" over "Avslutade | Andel i arbete") – goes with
            # that column, not with the label column on its left
            not ruled and len(c) <= 2 and nxt is not None and _mergeable(c, nxt, vedges, ruled)
            and min(g.x0 for g in nxt) - max(g.x1 for g in c) < min(g.x0 for g in c) - max(g.x1 for g in merged[-1])
        ):
            merged[-1] = merged[-1] + c
        else:
            merged.append(c)
    return [(min(g.x0 for g in c), max(g.x1 for g in c)) for c in merged]


def _mergeable(a: list[Fragment], b: list[Fragment], vedges: list[dict], ruled: bool) -> bool:
    """Two neighbouring columns are one when their extents overlap, or when they never share
    a line and no ruling runs between them: text left-aligned and figures right-aligned in
    one cell, a "Totalt" set to the right of the label column. In a table without inner
    rulings only a stray cell or two is joined this way."""
    ax1, bx0 = max(g.x1 for g in a), min(g.x0 for g in b)
    if bx0 < ax1:
        return True
    if {g.line for g in a} & {g.line for g in b}:
        return False
    if ruled:
        top = min(g.top for g in a + b)
        bottom = max(g.bottom for g in a + b)
        return not any(
            ax1 - 1 <= e["x0"] <= bx0 + 1 and min(e["bottom"], bottom) - max(e["top"], top) >= 0.5 * (bottom - top)
            for e in vedges
        )
    return min(len(a), len(b)) <= 2


def _overlap(a, b) -> float:
    ax0, ax1 = (a.x0, a.x1) if isinstance(a, Fragment) else a
    bx0, bx1 = (b.x0, b.x1) if isinstance(b, Fragment) else b
    return min(ax1, bx1) - max(ax0, bx0)


def _overlapping(f: Fragment, columns: list[tuple[float, float]]) -> list[int]:
    hits = [j for j, col in enumerate(columns) if _overlap(f, col) > 0.5]
    if hits:
        return hits
    # Between columns (a short header over an empty cell): the nearest one.
    centre = (f.x0 + f.x1) / 2
    return [min(range(len(columns)), key=lambda j: abs((columns[j][0] + columns[j][1]) / 2 - centre))]


def _value_columns(frags: list[Fragment], col_of: dict, columns: list) -> set[int]:
    counts = [[0, 0] for _ in columns]
    by_line: dict[int, list[Fragment]] = {}
    for f in frags:
        by_line.setdefault(f.line, []).append(f)
    for ln in by_line.values():
        if not _is_body_line(ln):
            continue
        for f in ln:
            cols = col_of[id(f)]
            if len(cols) == 1:
                counts[cols[0]][0] += 1
                counts[cols[0]][1] += _datalike(f.text)
    return {j for j, (n, d) in enumerate(counts) if n and d >= 0.5 * n and j > 0}


# ---------------------------------------------------------------- rows


@dataclass
class _Row:
    frags: list[Fragment]

    @property
    def top(self) -> float:
        return min(f.top for f in self.frags)

    @property
    def bottom(self) -> float:
        return max(f.bottom for f in self.frags)


def _rows(lines, frags, cells, columns, value_cols, col_of) -> list[_Row]:
    """Printed lines → table rows. Lines share a row when one cell of a value column spans
    them both (the figures of a row stand beside every line of its wrapped label) – unless
    both hold a figure in the same column: shading without rules between rows makes one
    tall cell of two rows."""
    by_line: dict[int, list[Fragment]] = {}
    for f in frags:
        by_line.setdefault(f.line, []).append(f)
    value_cells = [
        c for c in cells if any(_overlap((c[0], c[2]), columns[j]) > 0.5 for j in value_cols)
    ]

    def figures(fs: list[Fragment]) -> set[int]:
        return {col_of[id(f)][0] for f in fs if len(col_of[id(f)]) == 1 and _datalike(f.text)} & value_cols

    # (a cell around three lines of figures or more is a frame – a slide's box, a panel – not a
    # row's cell: the header over the first row and a source under the last are no part of them)
    mids = [sum(f.mid for f in fs) / len(fs) for i in range(len(lines)) if (fs := by_line.get(i)) and figures(fs)]
    value_cells = [c for c in value_cells if sum(c[1] - 0.5 <= m <= c[3] + 0.5 for m in mids) < 3]

    rows: list[_Row] = []
    prev_cells: set[int] = set()
    for i in range(len(lines)):
        line_frags = by_line.get(i, [])
        if not line_frags:
            continue
        mid = sum(f.mid for f in line_frags) / len(line_frags)
        here = {k for k, c in enumerate(value_cells) if c[1] - 0.5 <= mid <= c[3] + 0.5}
        if rows and here & prev_cells and not figures(rows[-1].frags) & figures(line_frags):
            rows[-1].frags.extend(line_frags)
        else:
            rows.append(_Row(list(line_frags)))
        prev_cells = here
    return rows


# ---------------------------------------------------------------- header, title, body


def _classify(page: int, bbox, rows: list[_Row], columns, col_of, value_cols) -> list[Grid]:
    """Rows → title, notes, header rows and body rows. A second header inside the body (two
    tables sharing one ruling) starts a table of its own."""
    width = len(columns)

    def is_body(r: _Row) -> bool:
        if _class_header([f.text for f in r.frags]):
            return False  # (a header of classes: "1–2   3   4–5", see _is_body_line)
        data = [
            f.text for f in r.frags if len(col_of[id(f)]) == 1 and col_of[id(f)][0] in value_cols and _datalike(f.text)
        ]
        # (a line of two or more years, a note's mark on one – "2025", "2024²" under "Totalt",
        # "Totalt" – is a header's; a lone "2025²" stays as it was read)
        return bool(data) and not all((_period_header if len(data) >= 2 else is_period_like)(t) for t in data)

    def is_header(r: _Row) -> bool:
        heads = [f.text for f in r.frags if len(col_of[id(f)]) == 1 and col_of[id(f)][0] in value_cols]
        return len(heads) >= 2 and all(_period_header(t) for t in heads)

    first_body = next((k for k, r in enumerate(rows) if is_body(r)), None)
    if first_body is None:
        return []
    title: list[str] = []
    notes: list[str] = []
    header_rows: list[list[str]] = []
    body: list[list[str]] = []
    _carry_stacked_lines_down(rows[:first_body], col_of, columns)
    _first_period_over_unlabelled(rows[:first_body], col_of, columns, value_cols)
    for n, r in enumerate(rows[:first_body]):
        # Figures above the body are a chart's axis labels ("0%", "25,00%"), not headers.
        # (… unless beside classes of a scale: "3" between "1–2" and "4–5" names its column)
        classes = _class_header([f.text for f in r.frags])
        frags = [f for f in r.frags if classes or not (_datalike(f.text) and not _period_header(f.text))]
        if not frags:
            continue
        if not header_rows and _spans_from_first(frags, col_of):
            _title_lines(frags, title, notes)
            continue
        if header_rows and all(col_of[id(f)] == [0] for f in frags):
            if any(any(col_of[id(f)] != [0] for f in later.frags) for later in rows[n + 1:first_body]):
                # "Kommun" set between a header's lines (centred on them): the first column's name
                blank = next((h for h in header_rows if not h[0]), None)
                if blank is not None:
                    blank[0] = _cells(frags, col_of, width, header=True)[0]
                    continue
            else:
                body.append(_cells(frags, col_of, width))  # a group heading over the first rows ("Intäkter")
                continue
        below = [g for later in rows[n + 1:first_body] for g in later.frags]
        header_rows.append(_cells(frags, col_of, width, header=True, columns=columns, below=below))
    head: list[str] = []  # the first lines of a label wrapped over several, waiting for its row
    for k in range(first_body, len(rows)):
        r = rows[k]
        if is_header(r) and body:
            top = min(f.top for f in r.frags)
            rest = _classify(page, (bbox[0], top, bbox[2], bbox[3]), rows[k:], columns, col_of, value_cols)
            bbox = (bbox[0], bbox[1], bbox[2], top)
            return [Grid(page, bbox, header_rows, body, list(columns), title, notes), *rest]
        if not is_body(r) and _spans_from_first(r.frags, col_of) and len({f.line for f in r.frags}) == len(r.frags):
            notes.extend(f.text for f in r.frags)  # "Källa: …" printed inside the ruling
            continue
        cells = _cells(r.frags, col_of, width)
        if body and not is_body(r) and _NOTE_LINE.match(cells[0]):
            # "Källa: Arbetsförmedlingen …" beside a slide's "Bild 4", inside the frame: a note, no row
            notes.extend(c for c in cells if c)
            continue
        if not cells[0] and not any(row[0] for row in body):
            continue  # a figure above the first labelled row, with no label of its own, is no row
        if head and cells[0] and _continues_label(cells[0], head[-1]):
            # the rest of a label wrapped over several lines, its figures on the last: one row
            if not any(cells[1:]):
                head.append(cells[0])
                continue
            cells[0] = " ".join([*head, cells[0]])
            head = []
        elif head:
            body.extend([h, *[""] * (len(cells) - 1)] for h in head)  # (no row went on with them)
            head = []
        if body and cells[0] and not any(cells[1:]) and any(body[-1][1:]) and _continues_label(cells[0], body[-1][0]):
            body[-1][0] = f"{body[-1][0]} {cells[0]}"  # a label's wrapped end ("m.m.)"): the row above's
            continue
        if body and cells[0] and not any(cells[1:]) and _heads_a_row(rows[k + 1 : k + 3], cells[0], is_body, col_of, width):
            # ("Inpendlare 2023 (förvärvsarbetande med" over "… antal   312 …": a label's first
            # line, when the row of figures under it – or a line of the label, then the row – goes on with it)
            head = [cells[0]]
            continue
        body.append(cells)
    return [Grid(page, bbox, header_rows, body, list(columns), title, notes)]


def _heads_a_row(after: list[_Row], label: str, is_body, col_of: dict, width: int) -> bool:
    """Is ``label`` (a row of its own, no figures) the first line of a label whose rows ``after``
    go on with it – at most one more line of the label, then the row of figures?"""
    above = label
    for r in after:
        cells = _cells(r.frags, col_of, width)
        if not cells[0] or not _continues_label(cells[0], above):
            return False
        if is_body(r):
            return True
        if any(cells[1:]):
            return False
        above = cells[0]
    return False


def _first_period_over_unlabelled(rows: list[_Row], col_of: dict, columns: list[tuple[float, float]], value_cols: set[int]) -> None:
    """A line of years over sub-headers ("2023" set over "Kvinnor | Män | Totalt", "2022" over the
    last "Totalt"), the first year not flush left with the column it stands over: the value
    columns left of it that no year stands over are under it too – read over its own column
    only, "Kvinnor" had been no year's, and "kvinnor 2023" was read as the year's total (round
    224). A year flush left over the first of its columns ("2022" over "Avslutade | Andel i
    arbete") starts its group where it stands, as before."""
    for k, r in enumerate(rows[:-1]):
        labels = sorted((f for f in r.frags if len(col_of[id(f)]) == 1), key=lambda f: f.x0)
        if len(labels) < 2 or len(labels) != len(r.frags) or not all(_period_header(f.text) for f in labels):
            continue
        first = labels[0]
        c = col_of[id(first)][0]
        if c not in value_cols or abs(first.x0 - columns[c][0]) <= 2:
            continue
        under = {j for later in rows[k + 1:] for g in later.frags for j in col_of[id(g)] if len(col_of[id(g)]) == 1}
        # (the run of value columns with a sub-header that reaches the year's column, no label column between)
        run = []
        for j in range(c - 1, -1, -1):
            if j not in value_cols or j not in under:
                break
            run.append(j)
        if run:
            col_of[id(first)] = sorted([*run, c])


def _period_header(text: str) -> bool:
    """A year or period as a header line writes it, with its note's mark too ("2024²", "2025*")."""
    return is_period_like(without_preliminary_mark(text))


def _carry_stacked_lines_down(rows: list[_Row], col_of: dict, columns: list[tuple[float, float]]) -> None:
    """A header cell printed on several lines, each a row of its own ("Folkmängd" / "31 dec" /
    "2023", "80 år och" / "äldre"), right-aligned or centred in one column: its upper lines go
    down into the line under them, so that they are read as that column's own name – left above
    the rest of the header they would be taken for a group label over every column to their
    right ("Folkmängd, Födda"). Only a line whose every text is such a cell's upper part, and
    that leaves columns of the line under it without a text above (a full line is read right as
    it is): a label set flush left over the first of its columns ("2022" over "Avslutade |
    Andel i arbete") aligns with nothing but the left edge, and its line stays group labels, as
    does a line of labels over sub-headers printed alike."""
    for upper, lower in zip(rows, rows[1:]):
        _split_over_columns(upper, lower, col_of, columns)
        below = {tuple(col_of[id(g)]) for g in lower.frags}
        if not upper.frags or below <= {tuple(col_of[id(f)]) for f in upper.frags}:
            continue
        pairs = []
        for f in upper.frags:
            cols = col_of[id(f)]
            under = [g for g in lower.frags if col_of[id(g)] == cols and g.line > f.line]
            if len(cols) != 1 or _datalike(f.text) or len(under) != 1:
                break
            g = under[0]
            # (flush left over it is a group label's place – unless flush right too: "Män" over "2024")
            if (abs(g.x0 - f.x0) <= 2 and abs(g.x1 - f.x1) > 2) or not _right_or_centred(f.x0, f.x1, g):
                break
            pairs.append((f, g, cols))
        else:
            # ("Kvinnor" and "Män" right-aligned over "Antal | Andel (%)" each: labels that tell
            # apart sub-headers printed alike head their groups – a word wrapped across the
            # lines, "Invand-" over "rade", "Inrikes" over "inflyttade", is a cell's own)
            whole = [(f.text, g.text) for f, g, _ in pairs if not f.text.endswith("-") and not g.text[:1].islower()]
            if any(b == d and a != c for k, (a, b) in enumerate(whole) for c, d in whole[k + 1:]) and not _names_one_column_each(pairs, lower, col_of):
                continue
            for f, g, cols in pairs:
                joined = replace(g, text=f"{f.text}\n{g.text}", x0=min(f.x0, g.x0), x1=max(f.x1, g.x1))
                col_of[id(joined)] = cols
                upper.frags.remove(f)
                lower.frags[lower.frags.index(g)] = joined


def _split_over_columns(upper: _Row, lower: _Row, col_of: dict, columns: list[tuple[float, float]]) -> None:
    """An upper header text whose words stand over two or more columns ("Förändr. Kvinnor" over
    "p.e." and "2024", printed so close that they were read as one text), cut as
    :func:`_split_across` cuts a header, each piece right-aligned or centred on the cell under
    it: one text per column."""
    for f in list(upper.frags):
        cols = sorted(col_of[id(f)])
        under = {col_of[id(g)][0]: g for g in lower.frags if len(col_of[id(g)]) == 1 and col_of[id(g)][0] in cols}
        if len(cols) < 2 or len(under) != len(cols):
            continue
        pieces = _cut_across(f, cols, columns)
        if pieces is None or _group_phrase(f, cols, columns) or not all(_right_or_centred(p[0][0], p[-1][1], under[c]) for c, p in zip(cols, pieces)):
            continue
        h = max(f.bottom - f.top, 1.0)
        new = []
        for c, boxes in zip(cols, pieces):
            piece = replace(f, text=_boxes_text(boxes, h), x0=boxes[0][0], x1=boxes[-1][1], boxes=tuple(boxes))
            col_of[id(piece)] = [c]
            new.append(piece)
        at = upper.frags.index(f)
        upper.frags[at:at + 1] = new


def _right_or_centred(x0: float, x1: float, under: Fragment) -> bool:
    """Is a text from ``x0`` to ``x1`` set flush right with, or centred on, the text under it?"""
    return abs(x1 - under.x1) <= _FLUSH or abs((x0 + x1) / 2 - (under.x0 + under.x1) / 2) <= _FLUSH


def _names_one_column_each(pairs, lower: _Row, col_of: dict) -> bool:
    """Do the upper labels each stand over one column only – the next column to the right of
    each has a label of its own, or starts the table's second half printed beside the first
    ("Kommun 2014 2024 … | Kommun 2014 2024 …")? Then "Kvinnor" over "2024" and "Män" over
    "2024" are the names of two columns, not groups over the columns that follow."""
    below = sorted({col_of[id(g)][0]: g.text for g in lower.frags if len(col_of[id(g)]) == 1}.items())
    texts = [t for _, t in below]
    half = len(texts) // 2
    if len(texts) < 4 or len(texts) % 2 or texts[:half] != texts[half:]:
        return False
    order = [c for c, _ in below]
    ends = {order[half - 1], order[-1]}  # the last column of each half
    labelled = {cols[0] for _, _, cols in pairs}
    return all(c in ends or order[order.index(c) + 1] in labelled for c in labelled if c in order)


# a source or a note under a table's rows, or a sentence about them ("Grupperna överlappar. Källa: …")
_NOTE_LINE = re.compile(r"(?:källa|källor|not|noter|anm|anmärkning|fotnot|kommentar|source|note)\b\.?\s*:?|[^.\s][^.]*\s[^.]*\.\s+\S", re.I)


def _text_grid(page: int, bbox, rows: list[_Row], columns, col_of) -> list[Grid]:
    """A ruled grid of words and dates, three columns or more, its first row short names over
    each column ("Omgång | Ansökan öppen | Sista ansökningsdag | Beslut senast"): a table without
    figures, whose rows the text keeps a line each with each cell after its column's name."""
    width = len(columns)
    if width < 3 or len(rows) < 2:
        return []
    header = _cells(rows[0].frags, col_of, width, header=True, columns=columns)
    if sum(1 for h in header if h) < width - 1 or any(len(h) > 40 for h in header):
        return []
    body = [c for r in rows[1:] if any(c := _cells(r.frags, col_of, width))]
    return [Grid(page, bbox, [header], body, list(columns), words_only=True)] if body else []


def _spans_from_first(frags: list[Fragment], col_of: dict) -> bool:
    """Every printed line of the row is one text starting in the first column, and one of
    them runs over the next: a title or a note across the table."""
    lines: dict[int, list[Fragment]] = {}
    for f in frags:
        lines.setdefault(f.line, []).append(f)
    return all(len(fs) == 1 and col_of[id(fs[0])][0] == 0 for fs in lines.values()) and any(
        len(col_of[id(f)]) >= 2 for f in frags
    )


def _title_lines(frags: list[Fragment], title: list[str], notes: list[str]) -> None:
    """Spanning lines at the top: the caption, then notes in a smaller type."""
    big = max(f.height for f in frags)
    for f in sorted(frags, key=lambda f: f.top):
        (title if f.height >= 0.85 * big and not notes else notes).append(f.text)


def _cells(
    frags: list[Fragment], col_of: dict, width: int, header: bool = False, columns: list | None = None, below: list[Fragment] = ()
) -> list[str]:
    """One text per column; a fragment spanning columns stands in its first one (as merged
    cells read, which is what combine_header_rows expects) – in a header, over sub-headers on
    the lines below it in two or more of its columns ("Sysselsättningsgrad 2024, %" over
    "Inrikes födda", "Utrikes födda", "Samtliga"), it heads each of them."""
    parts: list[list[Fragment]] = [[] for _ in range(width)]
    for f in frags:
        cols = col_of[id(f)]
        split = _split_across(f, cols, columns) if columns and len(cols) >= 2 else None
        if split and header and _group_phrase(f, cols, columns) and sum(
            1 for j in cols if any(g.line > f.line and col_of[id(g)] == [j] for g in [*frags, *below])
        ) >= 2:
            split = None  # (one phrase over the sub-headers of the lines below: it heads them all)
        if split:
            for j, piece in zip(cols, split):
                parts[j].append(replace(f, text=piece))
            continue
        if header and len(cols) >= 2:
            under = [j for j in cols if any(g.line > f.line and col_of[id(g)] == [j] for g in frags)]
            if len(under) >= 2:
                for j in under:
                    parts[j].append(f)
                continue
        parts[cols[0]].append(f)
    return ["\n".join(_cell_text(p, header)) for p in parts]


# The endings a word of a narrow header cell may wrap ("kommun" / "en"); a short word of its
# own ("Sysselsättningsgrad" / "män") is no ending and keeps its space; a passive's "s" is one ("Registrera" / "s").
_WRAPPED_ENDING = re.compile(r"[ents]|e[nrt]|a[rd]|or|na|ns|ts|ade|are|ena|rna|ens|ets|nas|ing|ion|het")


def _cell_text(frags: list[Fragment], header: bool = False) -> list[str]:
    """Fragments of one cell as its printed lines, top to bottom. In a narrow header cell a
    word's last letters may wrap without a hyphen ("kommun" / "en"): a line of two or three
    lower-case letters after a long word is glued back."""
    lines: dict[int, list[Fragment]] = {}
    for f in frags:
        lines.setdefault(f.line, []).append(f)
    out: list[str] = []
    for k in sorted(lines):
        text = " ".join(g.text for g in sorted(lines[k], key=lambda g: g.x0))
        if header and out and _WRAPPED_ENDING.fullmatch(text) and re.search(r"[a-zåäö]{4}$", out[-1]):
            out[-1] += text
        else:
            out.append(text)
    return out


def _header_above(page: Page, grid: Grid, value_cols: set[int]) -> None:
    """A header printed just above the ruling: a chart's data table has its x-axis labels
    ("21/22 22/23 …") above its first ruled row. Taken when its fragments each stand over
    one column and cover at least half of the value columns."""
    x0, top, x1, bottom = grid.bbox
    near = [c for c in page.chars if c.upright and c.bottom <= top + 1 and c.x0 >= x0 - 1 and c.x1 <= x1 + 1]
    if not near:
        return
    lines = _text_lines(near)
    last = lines[-1]
    h = max(c.bottom - c.top for c in last)
    if top - max(c.bottom for c in last) > 1.5 * h:
        return
    frags = _fragments(last, 0, [])
    hits = [_overlapping(f, grid.columns) for f in frags]
    if any(len(h) != 1 for h in hits) or len({h[0] for h in hits}) != len(hits):
        return
    covered = {h[0] for h in hits}
    if len(covered & value_cols) * 2 < max(1, len(value_cols)):
        return
    row = [""] * len(grid.columns)
    for f, h in zip(frags, hits):
        row[h[0]] = f.text
    grid.header_rows = [row]
    grid.bbox = (x0, min(c.top for c in last), x1, bottom)


def _rotated_header_above(page: Page, grid: Grid, value_cols: set[int]) -> None:
    """A header printed turned a quarter, each column's name running up above it ("2019" …
    "2024", "Förändring 2023–2024, %" set up the page to save width): read from the bottom up,
    a column of characters per line, the lines of one column's name left to right – taken when
    the names stand over at least half of the value columns. An upright word in that band over
    the first column ("Kommun") names the first column."""
    x0, top, x1, bottom = grid.bbox
    turned = [c for c in page.chars if not c.upright and c.bottom <= top + 1 and top - c.bottom <= 20
              and c.x0 >= x0 - 1 and c.x1 <= x1 + 1]
    if len(turned) < 4:
        return
    # (… each line of them as high as it runs, up to a header's height over the table)
    turned = [c for c in page.chars if not c.upright and c.bottom <= top + 1 and top - c.top <= 160 and x0 - 1 <= c.x0 and c.x1 <= x1 + 1]
    lines = [ln for ln in _turned_columns(turned) if top - max(c.bottom for c in ln) <= 20]
    if not lines:
        return
    band_top = min(c.top for ln in lines for c in ln)
    names: dict[int, list[str]] = {}
    for ln in lines:
        text = _rotated_text(ln)
        frag = Fragment(text, min(c.x0 for c in ln), max(c.x1 for c in ln), min(c.top for c in ln), max(c.bottom for c in ln), 0)
        j = _overlapping(frag, grid.columns)[0]
        names.setdefault(j, []).append(text)
    if len(set(names) & value_cols) * 2 < max(1, len(value_cols)):
        return
    row = [" ".join(names.get(j, [])) for j in range(len(grid.columns))]
    if not row[0]:
        # (as wide as it runs before the second column: a header may be wider than its names)
        first, second = grid.columns[0], grid.columns[1]
        upright = [c for c in page.chars if c.upright and band_top - 1 <= c.top and c.bottom <= top + 1
                   and c.x0 >= first[0] - 2 and c.x1 <= second[0] - 1]
        if upright:
            row[0] = " ".join(f.text for ln in _text_lines(upright) for f in _fragments(ln, 0, []))
    grid.header_rows = [row]
    grid.bbox = (x0, band_top, x1, bottom)


def _wrapped_header_above(page: Page, grid: Grid) -> None:
    """The first line of a header cell wrapped over two lines, printed just above the table's top
    edge ("Andel av beviljat" over "belopp, %"): each text of that line sits in one column whose
    header it is aligned with (right edge or centre), none at the table's left edge where a
    caption or title begins – it goes before that column's header text."""
    x0, top, x1, bottom = grid.bbox
    near = [c for c in page.chars if c.upright and c.bottom <= top + 1 and c.x0 >= x0 - 1 and c.x1 <= x1 + 1]
    if not near or not grid.header_rows:
        return
    last = _text_lines(near)[-1]
    h = max(c.bottom - c.top for c in last)
    if top - max(c.bottom for c in last) > 0.8 * h:
        return
    frags = _fragments(last, 0, [])
    head = grid.header_rows[0]
    hits = [_overlapping(f, grid.columns) for f in frags]
    # (over the first column, where headings and titles begin, it is never read as a header)
    if any(len(j) != 1 or j[0] == 0 or not head[j[0]].strip() for j in hits) or any(f.x0 <= x0 + 2 for f in frags):
        return
    for f, (j,) in zip(frags, hits):
        cx0, cx1 = grid.columns[j]
        if not (abs(f.x1 - cx1) <= 2 or abs((f.x0 + f.x1) / 2 - (cx0 + cx1) / 2) <= 2):
            return
    for f, (j,) in zip(frags, hits):
        head[j] = f"{f.text} {head[j]}"
    grid.bbox = (x0, min(c.top for c in last), x1, bottom)


def _turned_columns(chars: list[Char]) -> list[list[Char]]:
    """Characters turned a quarter, grouped by the column they stand in – one printed line each,
    left to right."""
    columns: list[list[Char]] = []
    for c in sorted(chars, key=lambda c: (c.x0 + c.x1) / 2):
        centre = (c.x0 + c.x1) / 2
        if columns and abs(centre - (columns[-1][0].x0 + columns[-1][0].x1) / 2) <= 0.5 * (c.x1 - c.x0 + 1):
            columns[-1].append(c)
        else:
            columns.append([c])
    return columns


def _rotated_text(chars: list[Char]) -> str:
    """Rotated characters → text: columns of characters left to right, each read from the
    bottom up (text turned a quarter to the left, as a label up the side of a table)."""
    if not chars:
        return ""
    words = []
    for col in _turned_columns(chars):
        col.sort(key=lambda c: -c.bottom)
        text = ""
        for a, b in zip([None, *col], col):
            if a is not None and a.top - b.bottom > 0.1 * (b.x1 - b.x0 + 1):
                text += " "
            text += b.text
        words.append(text.strip())
    return re.sub(r"\s+", " ", " ".join(words)).strip()
