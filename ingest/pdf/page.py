"""One PDF page through pdfium: text lines with font size, weight and position, characters
with boxes, and the ruling edges that tables are drawn with.

Everything is copied into plain Python data and the pdfium page is closed before the next
page is opened, so reading a document holds one page's objects at a time.

Coordinates follow pdfplumber's convention (points, ``top`` measured down from the top of
the page) so that its table finder can work on our edges.
"""
from __future__ import annotations

import ctypes
import re
from collections import Counter
from dataclasses import dataclass, field

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

# pdfium writes a hyphen that ends a line as one of these and drops the line break after it.
_LINE_END_HYPHENS = {0x02, 0xFFFE}
_LINE_BREAKS = {0x0A, 0x0D}
SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
# Characters str.splitlines would break on: never let one into a line's text.
_SPLITTING = {0x0B, 0x0C, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029}
# A segment pdfium starts on a new line is still on the same printed line when the two
# characters around the break overlap this much vertically (superscripts, footnote marks,
# table cells drawn one by one).
_SAME_LINE_OVERLAP = 0.5
# A white box painted over text hides it when it is at most this many of the text's lines high
# (a correction pasted over a figure – not a banner printed across a page).
_COVER_LINES = 2.5
# Characters sampled per line to decide its font size and weight (all of them cost time and
# say the same thing).
_FONT_SAMPLES = 6
# A draft's line numbers down its margin: at least this many on a page before they are taken
# for numbers of the margin rather than of the text.
_MIN_NUMBERED = 8
# … standing at least this far (points) left of the text they number
_MARGIN_GAP = 6.0
# An edge is horizontal (vertical) when it moves at most this much across (along) it:
# Word's "tables as drawings" are rotated by a hair and would otherwise have no edges.
_AXIS_TOLERANCE = 0.6
_MIN_EDGE = 1.0
# White space wider than this many line heights inside a printed line parts two columns (a form's
# label from its value); a word space is a fraction of one
_COLUMN_GAP = 2.0
# A table's printed caption: "Tabell 2.", "Tab. 3:", "Table 1 –", "Tabell 12 Sjukskrivna …" – not
# prose that starts with one ("Tabell 2 visar …").
TABLE_CAPTION_RE = re.compile(r"^(?:Tabell|Tab\.|Table|Bilaga|Bilagetabell|Appendix|Annex)\s*\d+[a-z]?(?:\s*[.:–—-]|\s+[A-ZÅÄÖ])")


@dataclass(frozen=True)
class Line:
    """A printed line of text, in reading order as the PDF stores it."""

    text: str
    top: float
    bottom: float
    x0: float
    x1: float
    size: float  # the most common font size of its characters, in points
    bold: bool
    # where the line jumps a column's width of white space ("Plats och tid" … "Campus Alingsås"):
    # (offset in ``text``, x0) of each piece after the first – a form's label and value
    breaks: tuple[tuple[int, float], ...] = ()
    # (offset, x0) of every word after a space: where a label that runs up to its value's column
    # ends ("Justeringens plats och tid Kommunhuset, …") though no column's width parts them
    starts: tuple[tuple[int, float], ...] = ()

    def pieces(self, column: float | None = None) -> list[tuple[float, str]]:
        """(x0, text) of the line's pieces, split where it jumps a column's width – and, given a
        ``column``'s x, where a word starts at it."""
        breaks = list(self.breaks)
        if column is not None and not any(abs(x - column) <= 4.0 for _, x in breaks):
            at = next(((off, x) for off, x in self.starts if abs(x - column) <= 4.0), None)
            if at is not None:
                breaks = sorted([*breaks, at])
        starts = [(0, self.x0), *breaks]
        ends = [off for off, _ in breaks] + [len(self.text)]
        return [(x, self.text[a:b].strip()) for (a, x), b in zip(starts, ends) if self.text[a:b].strip()]


@dataclass(frozen=True)
class Char:
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    upright: bool  # False for rotated text (a label running up the side of a table)


@dataclass
class Page:
    number: int  # 1-based
    width: float
    height: float
    lines: list[Line]
    chars: list[Char] = field(default_factory=list)  # filled only when the page has edges
    edges: list[dict] = field(default_factory=list)  # pdfplumber-style edge dicts
    # the alternative texts a tagged PDF gives the figures on the page (``figure_alt_texts``)
    figure_alts: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(ln.text for ln in self.lines)

    @property
    def may_hold_table(self) -> bool:
        """Ruled tables need at least two horizontal and two vertical edges."""
        h = sum(1 for e in self.edges if e["orientation"] == "h")
        return h >= 2 and len(self.edges) - h >= 2

    @property
    def may_hold_aligned_table(self) -> bool:
        """A table without vertical rulings (columns kept apart by white space) is looked for
        under a printed caption ("Tabell 2. …") only: reading every page's characters costs time."""
        # (… or under a header line of words over rows that each end in a figure: a register
        # printed with no caption, "Nr Inkom Kommun Bransch Antal berörda" over a notice per line)
        # (… or a caption that opens a piece of its line: a table in the right column of a page
        # of two, set line by line beside the prose – "Läget i korthet   Tabell 1. …")
        return any(
            TABLE_CAPTION_RE.match(ln.text.strip()) or any(TABLE_CAPTION_RE.match(t) for _, t in ln.pieces()[1:])
            for ln in self.lines
        ) or _rows_under_words(self.lines)


def header_words(rows: list[list[str]]) -> str:
    """The letters of a table's header rows, sorted: a header repeated over a table carried to
    the next page is the same bag of letters, however its wrapped cells fall into lines or its
    crowded cells into each other ("Inskrivna arbetslöAsnadel, %")."""
    return _letters(" ".join(" ".join(r) for r in rows))


def _letters(text: str) -> str:
    return "".join(sorted("".join(text.split())))


_ROW_END = re.compile(r"\d(?:[\d \u00a0]*\d)?(?:,\d+)?\s*%?\)?$")


def _rows_under_words(lines: list) -> bool:
    """A line of three to twelve words without a digit over five lines that each end in a figure
    (a line: the pieces printed at one height, in the order they stand – a table whose cells
    were drawn one by one is stored a piece at a time)."""
    texts = [" ".join(ln.text.strip() for ln in sorted(row, key=lambda ln: ln.x0)) for row in _printed_rows(lines)]
    for i, t in enumerate(texts[:-5]):
        # (years and age bands name columns too: "Antal dec 2023 … % dec 2024", "Unga 18–24 år")
        if 3 <= len(t.split()) <= 20 and not re.search(r"\d", _PERIODS_AND_AGES.sub("", t)) and all(
            len(u.split()) >= 3 and _ROW_END.search(u) for u in texts[i + 1:i + 6]
        ):
            return True
    return False


_PERIODS_AND_AGES = re.compile(r"\b(?:19|20)\d\d\b|\b\d{1,2}\s*[–-]\s*\d{1,3}\b")


def _printed_rows(lines: list) -> list[list]:
    """Lines grouped by the height they stand at (tops within a fifth of their font size), top down."""
    rows: list[list] = []
    for ln in sorted(lines, key=lambda ln: ln.top):
        if rows and abs(rows[-1][0].top - ln.top) <= 0.2 * max(ln.size, 1.0):
            rows[-1].append(ln)
        else:
            rows.append([ln])
    return rows


def repeats_header(texts: list[str], i: int, heads: frozenset[str], cells: int = 3) -> bool:
    """Lines i, i+1 … (up to four) repeat the header of a table on the page before (``heads``,
    as ``header_words``): the same words, in one line or in wrapped lines ("Arbetslöshet 16–64
    år, Sysselsättningsgrad" / "Område" / "september 2025 20–64 år, 2025"). ``cells``: the pieces
    of line i when it is the whole header – a line of one or two words is no header alone."""
    if not heads:
        return False
    text = ""
    for j in range(i, min(i + 4, len(texts))):
        text = f"{text} {texts[j]}"
        if _letters(text) in heads:
            return j > i or cells >= 3
    return False


def read_page(
    doc: pdfium.PdfDocument, index: int, heads: frozenset[str] = frozenset(), after_table: bool = False,
    hidden_layers: frozenset[str] = frozenset(),
) -> Page:
    """Read page ``index`` (0-based) of an open document and close it again. ``heads``: header
    lines of unruled tables on the page before – a page opening with one carries such a table on;
    ``after_table``: the page before ended with a table, which this page may carry on unheaded;
    ``hidden_layers``: the names of the document's layers switched off (``hidden_layers``)."""
    page = doc[index]
    textpage = page.get_textpage()
    try:
        left, bottom, right, top = page.get_bbox()
        reader = _TextReader(textpage.raw, top, hidden_layers, view=(left, bottom, right, top), covers=_white_covers(page))
        lines = reader.lines()
        edges = _edges(page, top)
        result = Page(index + 1, right - left, top - bottom, lines, edges=edges, figure_alts=figure_alt_texts(page))
        texts = [ln.text for ln in lines[:6]]
        carried = any(repeats_header(texts, i, heads) for i in range(min(3, len(texts))))
        if result.may_hold_table or result.may_hold_aligned_table or carried or after_table:
            result.chars = reader.chars()
        return result
    finally:
        textpage.close()
        page.close()


class _TextReader:
    """Characters of one pdfium text page → lines and boxed characters."""

    def __init__(
        self, textpage, page_top: float, hidden_layers: frozenset[str] = frozenset(),
        view: tuple[float, float, float, float] | None = None,
        covers: tuple[dict[int, int], list[tuple[int, tuple[float, float, float, float]]]] | None = None,
    ):
        self.tp = textpage
        self.page_top = page_top
        self.n = pdfium_c.FPDFText_CountChars(textpage)
        self.codes = [pdfium_c.FPDFText_GetUnicode(textpage, i) for i in range(max(self.n, 0))]
        self._rect = pdfium_c.FS_RECTF()
        self._raised_marks()
        # Rotated text (a label up the side of a table) never shares a line with upright text.
        angles = [pdfium_c.FPDFText_GetCharAngle(textpage, i) for i in range(max(self.n, 0))]
        self.upright = [_is_upright(a) for a in angles]
        # A diagonal watermark ("UTKAST" across the page) is no text of the page: its letters
        # had been read as lines of their own, one of them as the document's first heading.
        self.oblique = [_is_oblique(a) for a in angles]
        # Text in a layer switched off (an old draft kept under the printed text, "Utkast ht 2025
        # (dold)") is not shown: its dates and phone number had been read beside the real ones.
        self.hidden = _in_hidden_layers(textpage, self.n, hidden_layers) if hidden_layers else [False] * max(self.n, 0)
        if view is not None:
            # Text outside the page as a viewer crops it (a print file's slug: "Korr 2: Invigning
            # måndag 6 september …" beside the trimmed invitation) is not shown either.
            outside = self._outside(view)
            self.hidden = [h or o for h, o in zip(self.hidden, outside)]
        if covers is not None:
            # Text painted over by a white box drawn after it (a table corrected in place: the old
            # figure under a white rectangle, the new one written on top) is not shown either:
            # both had been read, run together ("7724,,42" for 74,2 over 72,4).
            under = self._under(*covers)
            self.hidden = [h or u for h, u in zip(self.hidden, under)]
        self._name = ctypes.create_string_buffer(128)
        self._flags = ctypes.c_int()

    def _raised_marks(self) -> None:
        """A digit set small and raised after a figure or a word – a note's mark, "3 412¹" – is
        written as the superscript digit it is: read as a digit it ran into the figure ("3 4121",
        a fee of 450 read 4502, a share of 22,0 read 22,04)."""
        x, y = ctypes.c_double(), ctypes.c_double()
        for i in range(1, max(self.n, 0)):
            code, j = self.codes[i], i - 1
            if not (48 <= code <= 57):
                continue
            if not chr(self.codes[j]).isalnum():
                # (a mark drawn as a text object of its own, after a space the text puts before it:
                # "498" " " "³" – its glyph still touches the figure's)
                if not (self.codes[j] == 32 and i >= 2 and chr(self.codes[i - 2]).isalnum()):
                    continue
                j = i - 2
                mark, figure = self.box(i), self.box(j)
                if mark[0] - figure[2] > 0.3 * max(1.0, pdfium_c.FPDFText_GetFontSize(self.tp, j)):
                    continue
            size, size_before = pdfium_c.FPDFText_GetFontSize(self.tp, i), pdfium_c.FPDFText_GetFontSize(self.tp, j)
            if not (0 < size <= 0.8 * size_before):
                continue
            if not pdfium_c.FPDFText_GetCharOrigin(self.tp, i, ctypes.byref(x), ctypes.byref(y)):
                continue
            raised = y.value
            if not pdfium_c.FPDFText_GetCharOrigin(self.tp, j, ctypes.byref(x), ctypes.byref(y)):
                continue
            # (raised – or much smaller and set on the figure's own baseline, as a text rise pdfium
            # does not report leaves it: "498" with a 5.5-point "3" of a note after it had read 4983)
            if raised - y.value >= 0.2 * size_before or size <= 0.7 * size_before:
                self.codes[i] = ord(SUPERSCRIPT_DIGITS[code - 48])
                # (… and the digits set with it: "¹²" of two notes)
                k = i + 1
                while k < self.n and 48 <= self.codes[k] <= 57 and abs(pdfium_c.FPDFText_GetFontSize(self.tp, k) - size) < 0.1:
                    self.codes[k] = ord(SUPERSCRIPT_DIGITS[self.codes[k] - 48])
                    k += 1

    def _outside(self, view: tuple[float, float, float, float]) -> list[bool]:
        """Per character: does it lie wholly outside ``view`` (left, bottom, right, top in the
        page's own units – the crop box a viewer shows)? A line's breaks and spaces never do: a
        line running past the edge keeps its end."""
        left, bottom, right, top = view
        return self._each_box(lambda i, r: r.right < left - 1 or r.left > right + 1 or r.top < bottom - 1 or r.bottom > top + 1)

    def _each_box(self, test) -> list[bool]:
        """Per character: ``test(i, rect)`` of its loose box (pdfium's FS_RECTF, page units) –
        False for a space or a break, and where pdfium gives no box."""
        out = []
        for i in range(max(self.n, 0)):
            if self.codes[i] <= 32 or not pdfium_c.FPDFText_GetLooseCharBox(self.tp, i, self._rect):
                out.append(False)
                continue
            out.append(test(i, self._rect))
        return out

    def _under(self, order: dict[int, int], boxes: list[tuple[int, tuple[float, float, float, float]]]) -> list[bool]:
        """Per character: is its centre under a white box painted after its text object?
        (``order``: a top-level text object's address → its place in the page's drawing order;
        ``boxes``: (place, (left, bottom, right, top)) of each white-filled path.)"""
        def covered(i: int, r) -> bool:
            place = order.get(ctypes.cast(pdfium_c.FPDFText_GetTextObject(self.tp, i), ctypes.c_void_p).value or 0)
            if place is None:
                return False
            x, y = (r.left + r.right) / 2, (r.bottom + r.top) / 2
            # (… a box of a line's height, as a correction pastes over a figure: a web page's
            # cookie banner printed across many lines of a table hides no row of it – what
            # lies under it is the page's own content, and had been read so)
            tall = _COVER_LINES * (r.top - r.bottom)
            return any(k > place and b[3] - b[1] <= tall and b[0] <= x <= b[2] and b[1] <= y <= b[3] for k, b in boxes)

        return self._each_box(covered)

    def box(self, i: int) -> tuple[float, float, float, float]:
        """Loose box of character i as (x0, top, x1, bottom): the whole line height, so a
        full stop and a capital share their vertical extent."""
        if not pdfium_c.FPDFText_GetLooseCharBox(self.tp, i, self._rect):
            return (0.0, 0.0, 0.0, 0.0)
        r = self._rect
        return (r.left, self.page_top - r.top, r.right, self.page_top - r.bottom)

    def lines(self) -> list[Line]:
        segments = self._segments()
        merged: list[list[int]] = []
        for seg in segments:
            if merged and self._same_printed_line(merged[-1], seg):
                prev = merged[-1]
                a, b = self.box(_last_visible(prev, self.codes)), self.box(_first_visible(seg, self.codes))
                if b[0] - a[2] > 0.15 * max(a[3] - a[1], 1.0) and chr(self.codes[prev[-1]]) != " ":
                    prev.append(-1)  # a space between the two parts
                prev.extend(seg)
            else:
                merged.append(list(seg))
        merged = self._without_line_numbers(merged)
        return [ln for ln in (self._line(seg) for seg in merged) if ln is not None]

    def _without_line_numbers(self, segs: list[list[int]]) -> list[list[int]]:
        """The lines without the numbers a draft prints in its margin ("1", "2", … down the left
        edge): a run of at least ``_MIN_NUMBERED`` numbers at one x, each one more than the one
        above it, on most of the lines they stand beside. Run into the text they had become
        words of it ("5 Handlingsplanen beskriver …", a heading "4 1 Inledning") and split its
        hyphenated words ("tröskel-22 värdet")."""
        # (seg index, number, right edge of its last digit, gap to the text after it or None, chars it takes)
        found: list[tuple[int, int, float, float | None, int]] = []
        for k, seg in enumerate(segs):
            vis = [j for j, i in enumerate(seg) if i >= 0 and self.codes[i] > 32]
            digits = 0
            for j in vis:
                if 48 <= self.codes[seg[j]] <= 57 and (digits == 0 or j == vis[digits - 1] + 1):
                    digits += 1
                    continue
                break
            if not 1 <= digits <= 4 or (digits < len(vis) and vis[digits] == vis[digits - 1] + 1):
                continue  # ("2027–2029", "12,5": a figure of the text, not a margin number)
            written = "".join(chr(self.codes[seg[j]]) for j in vis[:digits])
            if len(written) > 1 and written.startswith("0"):
                continue  # ("001", "002": a register's numbers, written as no margin numbers its lines)
            number = int(written)
            right = self.box(seg[vis[digits - 1]])[2]
            gap = self.box(seg[vis[digits]])[0] - right if digits < len(vis) else None
            found.append((k, number, right, gap, vis[digits - 1] + 1))
        if len(found) < _MIN_NUMBERED:
            return segs
        # the numbers of one margin end at one x (set flush right: "9" and "10" end alike) …
        xs = Counter(round(f[2] / 3) for f in found)
        at, n = xs.most_common(1)[0]
        column = [f for f in found if abs(round(f[2] / 3) - at) <= 1]
        gaps = sorted(f[3] for f in column if f[3] is not None)
        # … a margin's width from the text (a ranked list's "1 Danderyd" is one space from it) …
        if n < _MIN_NUMBERED or len(column) < 0.3 * len(segs) or (gaps and gaps[len(gaps) // 2] < _MARGIN_GAP):
            return segs
        # … and count the lines one by one
        steps = sum(1 for a, b in zip(column, column[1:]) if b[1] == a[1] + 1)
        if steps < 0.75 * (len(column) - 1):
            return segs
        cut = {f[0]: f[4] for f in column}
        out = []
        for k, seg in enumerate(segs):
            if k in cut:
                seg = seg[cut[k]:]
                while seg and (seg[0] < 0 or self.codes[seg[0]] <= 32):
                    seg = seg[1:]
                if not any(i >= 0 and self.codes[i] > 32 for i in seg):
                    continue
            out.append(seg)
        return out

    def _segments(self) -> list[list[int]]:
        """Character indices per line as pdfium breaks them; a line-end hyphen keeps its
        own line break (pdfium joins the two lines), so clean.py decides what it means."""
        out: list[list[int]] = []
        cur: list[int] = []
        for i, code in enumerate(self.codes):
            if self.oblique[i] or self.hidden[i]:
                continue
            if cur and code > 32 and self.upright[i] != self.upright[cur[-1]]:
                out.append(cur)
                cur = []
            if code in _LINE_BREAKS:
                if cur:
                    out.append(cur)
                cur = []
            elif code in _LINE_END_HYPHENS:
                cur.append(i)
                out.append(cur)
                cur = []
            else:
                cur.append(i)
        if cur:
            out.append(cur)
        return [seg for seg in out if any(self.codes[i] > 32 for i in seg)]

    def _same_printed_line(self, prev: list[int], seg: list[int]) -> bool:
        last = self.codes[prev[-1]]
        if last in _LINE_END_HYPHENS or self.upright[prev[-1]] != self.upright[seg[0]]:
            return False
        a = self.box(_last_visible(prev, self.codes))
        b = self.box(_first_visible(seg, self.codes))
        overlap = min(a[3], b[3]) - max(a[1], b[1])
        height = min(a[3] - a[1], b[3] - b[1])
        return height > 0 and overlap >= _SAME_LINE_OVERLAP * height and b[0] >= a[2] - 1.0

    def _line(self, seg: list[int]) -> Line | None:
        chars = []
        for i in seg:
            if i < 0:
                chars.append(" ")
                continue
            code = self.codes[i]
            if code in _LINE_END_HYPHENS:
                chars.append("-")
            elif code in _SPLITTING or code < 32:
                chars.append(" ")
            else:
                chars.append(chr(code))
        text = "".join(chars).rstrip()
        if not text.strip():
            return None
        visible = [i for i in seg if i >= 0 and self.codes[i] > 32]
        step = max(1, len(visible) // _FONT_SAMPLES)
        sample = visible[::step][:_FONT_SAMPLES]
        sizes: Counter[float] = Counter()
        bold = 0
        for i in sample:
            sizes[round(pdfium_c.FPDFText_GetFontSize(self.tp, i), 1)] += 1
            bold += self._is_bold(i)
        first, last = self.box(visible[0]), self.box(visible[-1])
        tops = [self.box(i) for i in sample]
        return Line(
            text=text,
            top=min(b[1] for b in tops),
            bottom=max(b[3] for b in tops),
            x0=first[0],
            x1=last[2],
            size=sizes.most_common(1)[0][0],
            bold=bold > 0.8 * len(sample),
            **self._breaks(seg),
        )

    def _breaks(self, seg: list[int]) -> dict[str, tuple[tuple[int, float], ...]]:
        """``breaks``: (offset, x0) where the line jumps more than ``_COLUMN_GAP`` line heights
        of white space; ``starts``: (offset, x0) of every word after a space – looked for at its
        spaces only (a piece of its own starts after one)."""
        breaks, starts = [], []
        for k, i in enumerate(seg):
            if not (i < 0 or self.codes[i] == 32) or k == 0:
                continue
            before = next((seg[j] for j in range(k - 1, -1, -1) if seg[j] >= 0 and self.codes[seg[j]] > 32), None)
            after = next((j for j in range(k + 1, len(seg)) if seg[j] >= 0 and self.codes[seg[j]] > 32), None)
            if before is None or after is None or (starts and starts[-1][0] == after):
                continue
            a, b = self.box(before), self.box(seg[after])
            starts.append((after, b[0]))
            if b[0] - a[2] > _COLUMN_GAP * max(a[3] - a[1], 1.0):
                breaks.append((after, b[0]))
        return {"breaks": tuple(breaks), "starts": tuple(starts)}

    def _is_bold(self, i: int) -> bool:
        if pdfium_c.FPDFText_GetFontWeight(self.tp, i) >= 600:
            return True
        n = pdfium_c.FPDFText_GetFontInfo(self.tp, i, self._name, len(self._name), ctypes.byref(self._flags))
        name = self._name.raw[: max(0, n - 1)].decode("latin-1", "replace").lower()
        return "bold" in name or "black" in name or "heavy" in name

    def chars(self) -> list[Char]:
        out = []
        for i, code in enumerate(self.codes):
            if code <= 32 and code not in _LINE_END_HYPHENS or code in _SPLITTING or self.hidden[i]:
                continue
            x0, top, x1, bottom = self.box(i)
            out.append(Char("-" if code in _LINE_END_HYPHENS else chr(code), x0, top, x1, bottom, self.upright[i]))
        return out


def figure_alt_texts(page) -> list[str]:
    """The alternative texts a tagged PDF gives the figures on a page (its structure tree's
    "Figure" elements): what a screen reader says of a chart, often its figures ("… Kristianstad
    19, Hässleholm 14 …") – which are in no text on the page. Empty for an untagged page."""
    out: list[str] = []
    tree = pdfium_c.FPDF_StructTree_GetForPage(page.raw)
    if not tree:
        return out

    def said(fn, element) -> str:
        n = fn(element, None, 0)
        if n <= 2:
            return ""
        buf = ctypes.create_string_buffer(n)
        fn(element, buf, n)
        return buf.raw[:n].decode("utf-16-le", "replace").rstrip("\x00")

    try:
        stack = [pdfium_c.FPDF_StructTree_GetChildAtIndex(tree, i) for i in range(pdfium_c.FPDF_StructTree_CountChildren(tree))]
        seen = 0
        while stack and seen < 50_000:
            element = stack.pop()
            seen += 1
            if not element:
                continue
            if said(pdfium_c.FPDF_StructElement_GetType, element) == "Figure":
                alt = " ".join(said(pdfium_c.FPDF_StructElement_GetAltText, element).split())
                if alt and alt not in out:
                    out.append(alt)
            stack += [pdfium_c.FPDF_StructElement_GetChildAtIndex(element, i) for i in range(pdfium_c.FPDF_StructElement_CountChildren(element))]
    finally:
        pdfium_c.FPDF_StructTree_Close(tree)
    return out


def hidden_layers(pdf) -> frozenset[str]:
    """The names of a PDF's optional-content layers its default view switches off (the catalog's
    /OCProperties /D /OFF; ``pdf``: a pypdf reader, or None); empty for a document with no layers
    or one that cannot be read so."""
    if pdf is None:
        return frozenset()
    try:
        props = pdf.trailer["/Root"].get("/OCProperties")
        if props is None:
            return frozenset()
        off = props.get_object().get("/D", {}).get_object().get("/OFF") or []
        return frozenset(str(o.get_object().get("/Name", "")) for o in off if o.get_object().get("/Name"))
    except Exception:  # noqa: BLE001 - the layers are a refinement; the page's text stands
        return frozenset()


def _in_hidden_layers(textpage, n: int, layers: frozenset[str]) -> list[bool]:
    """Per character: does it belong to a text object marked as content of one of ``layers``
    ("/OC /MC0 BDC … EMC", the property naming the layer)?"""
    name_buf = (ctypes.c_ushort * 256)()
    size = ctypes.c_ulong()
    by_object: dict[int | None, bool] = {}
    out = []
    for i in range(max(n, 0)):
        obj = pdfium_c.FPDFText_GetTextObject(textpage, i)
        key = ctypes.cast(obj, ctypes.c_void_p).value
        if key not in by_object:
            hidden = False
            for k in range(pdfium_c.FPDFPageObj_CountMarks(obj) if key else 0):
                mark = pdfium_c.FPDFPageObj_GetMark(obj, k)
                if not pdfium_c.FPDFPageObjMark_GetName(mark, name_buf, ctypes.sizeof(name_buf), ctypes.byref(size)):
                    continue
                if bytes(name_buf)[: size.value].decode("utf-16-le", "replace").rstrip("\x00") != "OC":
                    continue
                if pdfium_c.FPDFPageObjMark_GetParamStringValue(mark, b"Name", name_buf, ctypes.sizeof(name_buf), ctypes.byref(size)):
                    hidden = bytes(name_buf)[: size.value].decode("utf-16-le", "replace").rstrip("\x00") in layers
                if hidden:
                    break
            by_object[key] = hidden
        out.append(by_object[key])
    return out


def _is_oblique(angle: float) -> bool:
    """Set at a slant (a watermark across the page), neither upright nor turned a quarter."""
    if angle < 0:
        return False
    quarter = 1.5708
    off = angle % quarter
    return min(off, quarter - off) > 0.2


def _is_upright(angle: float) -> bool:
    """pdfium's character angle in radians (-1 when unknown); a hair off 0 is upright."""
    return angle < 0 or min(angle, 6.2832 - angle) < 0.05


def _first_visible(seg: list[int], codes: list[int]) -> int:
    return next((i for i in seg if i >= 0 and codes[i] > 32), seg[0])


def _last_visible(seg: list[int], codes: list[int]) -> int:
    return next((i for i in reversed(seg) if i >= 0 and codes[i] > 32), seg[-1])


# ---------------------------------------------------------------- edges


def _white_covers(page: pdfium.PdfPage) -> tuple[dict[int, int], list[tuple[int, tuple[float, float, float, float]]]] | None:
    """The page's top-level objects in drawing order: (each text object's address → its place,
    [(place, bounds) of each opaque white-filled path drawn after some text]) – None when no
    white box is painted after text (almost every page)."""
    order: dict[int, int] = {}
    boxes: list[tuple[int, tuple[float, float, float, float]]] = []
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    rgba = [ctypes.c_uint() for _ in range(4)]
    edges = [ctypes.c_float() for _ in range(4)]
    for k in range(pdfium_c.FPDFPage_CountObjects(page.raw)):
        obj = pdfium_c.FPDFPage_GetObject(page.raw, k)
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind == pdfium_c.FPDF_PAGEOBJ_TEXT:
            order[ctypes.cast(obj, ctypes.c_void_p).value or 0] = k
        elif kind == pdfium_c.FPDF_PAGEOBJ_PATH and order:
            if not pdfium_c.FPDFPath_GetDrawMode(obj, fill, stroke) or not fill.value:
                continue
            if not pdfium_c.FPDFPageObj_GetFillColor(obj, *rgba) or min(c.value for c in rgba) < 250:
                continue
            if pdfium_c.FPDFPageObj_GetBounds(obj, *edges):
                boxes.append((k, tuple(e.value for e in edges)))
    return (order, boxes) if boxes else None


def _edges(page: pdfium.PdfPage, page_top: float) -> list[dict]:
    """Horizontal and vertical edges of every straight path segment on the page (lines,
    rectangle sides, cell backgrounds), in page coordinates – also inside form XObjects,
    whose matrix their children's coordinates are relative to."""
    edges: list[dict] = []
    forms: list[pdfium.PdfMatrix] = []
    x, y = ctypes.c_float(), ctypes.c_float()
    for obj in page.get_objects(max_depth=8):
        del forms[obj.level :]
        if obj.type == pdfium_c.FPDF_PAGEOBJ_FORM:
            forms.append(obj.get_matrix())
            continue
        if obj.type != pdfium_c.FPDF_PAGEOBJ_PATH:
            continue
        m = obj.get_matrix()
        for fm in reversed(forms):
            m = m.multiply(fm)
        a, b, c, d, e, f = m.get()
        start = prev = None
        for k in range(pdfium_c.FPDFPath_CountSegments(obj.raw)):
            seg = pdfium_c.FPDFPath_GetPathSegment(obj.raw, k)
            if not pdfium_c.FPDFPathSegment_GetPoint(seg, x, y):
                continue
            pt = (a * x.value + c * y.value + e, page_top - (b * x.value + d * y.value + f))
            kind = pdfium_c.FPDFPathSegment_GetType(seg)
            if kind == pdfium_c.FPDF_SEGMENT_MOVETO:
                start = prev = pt
                continue
            if kind == pdfium_c.FPDF_SEGMENT_LINETO and prev is not None:
                _add_edge(edges, prev, pt)
            prev = pt
            if pdfium_c.FPDFPathSegment_GetClose(seg) and start is not None:
                _add_edge(edges, pt, start)
                prev = start
    return edges


def _add_edge(edges: list[dict], p: tuple[float, float], q: tuple[float, float]) -> None:
    dx, dy = abs(p[0] - q[0]), abs(p[1] - q[1])
    if dy <= _AXIS_TOLERANCE and dx >= _MIN_EDGE:
        y = (p[1] + q[1]) / 2
        x0, x1 = min(p[0], q[0]), max(p[0], q[0])
        edges.append(_edge(x0, y, x1, y, "h"))
    elif dx <= _AXIS_TOLERANCE and dy >= _MIN_EDGE:
        x = (p[0] + q[0]) / 2
        top, bottom = min(p[1], q[1]), max(p[1], q[1])
        edges.append(_edge(x, top, x, bottom, "v"))


def _edge(x0: float, top: float, x1: float, bottom: float, orientation: str) -> dict:
    return {
        "object_type": "line_edge",
        "x0": x0,
        "x1": x1,
        "top": top,
        "bottom": bottom,
        "doctop": top,
        "width": x1 - x0,
        "height": bottom - top,
        "orientation": orientation,
    }
