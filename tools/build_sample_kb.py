"""Render the sample knowledge base: tools/sample_kb/*.txt -> knowledge/documents/*.pdf,
plus statistics exports (CSV, XLSX) in knowledge/stats/.

    python tools/build_sample_kb.py                 # everything
    python tools/build_sample_kb.py NAME [NAME ...] # only these sources (file stem or path)
    python tools/build_sample_kb.py --out-dir DIR --stats-dir DIR --no-stats

The markup is described in tools/sample_kb/FORMAT.md. Output is deterministic: the same
sources, fonts and reportlab version give byte-identical PDFs (reportlab `invariant=1`) and
XLSX files (fixed document properties and zip timestamps).

Why one module of this size: a developer tool run by hand, never imported by the product: parsing
the marked-up texts, laying out and rendering the PDFs and writing the exports stay in one file so
the sample knowledge base is rebuilt from one place.
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import sys
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "tools" / "sample_kb"
DOCUMENTS = ROOT / "knowledge" / "documents"
STATS = ROOT / "knowledge" / "stats"

# --------------------------------------------------------------------------------------------
# Markup parsing
# --------------------------------------------------------------------------------------------


class MarkupError(ValueError):
    """Bad markup; the message names the file and line."""

    def __init__(self, path: Path | str, line: int, message: str):
        self.path, self.line = str(path), line
        super().__init__(f"{path}:{line}: {message}")


@dataclass
class Block:
    kind: str  # heading, para, bullet, numbered, table, note, page, toc
    line: int
    text: str = ""
    level: int = 0  # heading level, bullet level
    label: str = ""  # "1." for numbered items
    rows: list[list[str]] = field(default_factory=list)  # tables: header first


@dataclass
class Document:
    path: Path
    title: str = ""
    subtitles: list[str] = field(default_factory=list)
    author: str = ""
    header: str = ""
    footer: str = ""
    blocks: list[Block] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.path.stem

    def tables(self) -> list[Block]:
        return [b for b in self.blocks if b.kind == "table"]

    def table(self, caption_prefix: str) -> Block:
        """The table whose caption is `caption_prefix` or starts with it followed by a space."""
        for b in self.tables():
            if b.text == caption_prefix or b.text.startswith(caption_prefix + " "):
                return b
        raise KeyError(f"{self.path.name}: no table captioned {caption_prefix!r}")


DIRECTIVES = ("title", "subtitle", "author", "header", "footer", "page", "toc", "table", "endtable", "note")
HEADING = re.compile(r"^(#{1,3})\s+(\S.*)$")
BULLET = re.compile(r"^( *)[-•]\s+(\S.*)$")
NUMBERED = re.compile(r"^(\d{1,3}[.)])\s+(\S.*)$")


def parse(path: Path) -> Document:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as e:
        line = path.read_bytes()[: e.start].count(b"\n") + 1
        raise MarkupError(path, line, "not valid UTF-8") from None
    doc = Document(path=path)
    para: list[str] = []
    para_line = 0
    table: Block | None = None

    def flush() -> None:
        nonlocal para
        if para:
            doc.blocks.append(Block("para", para_line, " ".join(para)))
            para = []

    for no, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip()
        if "\t" in line:
            raise MarkupError(path, no, "tab character; use spaces (tables use ' | ')")
        stripped = line.strip()
        if table is not None:
            if not stripped:
                continue
            if stripped.startswith("@"):
                word = stripped[1:].split(None, 1)[0] if len(stripped) > 1 else ""
                if word != "endtable":
                    raise MarkupError(
                        path, no, f"@{word} inside a table (started on line {table.line}); close it with @endtable first"
                    )
                if len(table.rows) < 2:
                    raise MarkupError(
                        path, no, f"table started on line {table.line} needs a header row and at least one data row"
                    )
                doc.blocks.append(table)
                table = None
                continue
            if "|" not in stripped:
                raise MarkupError(path, no, f"table row without '|' (table started on line {table.line}; missing @endtable?)")
            cells = [c.strip() for c in stripped.split("|")]
            if table.rows and len(cells) != len(table.rows[0]):
                raise MarkupError(
                    path, no, f"row has {len(cells)} cells, the header (line {table.level}) has {len(table.rows[0])}"
                )
            if not table.rows:
                table.level = no  # remember the header's line for messages
                if not any(cells):
                    raise MarkupError(path, no, "empty table header")
            table.rows.append(cells)
            continue

        if not stripped:
            flush()
            continue
        if stripped.startswith("@"):
            flush()
            m = re.match(r"@([A-Za-z]+)(?:\s+(.*))?$", stripped)
            if not m or m.group(1) not in DIRECTIVES:
                raise MarkupError(
                    path, no, f"unknown directive {stripped.split()[0]!r}; known: " + ", ".join("@" + d for d in DIRECTIVES)
                )
            name, arg = m.group(1), (m.group(2) or "").strip()
            if name in ("title", "author", "header", "footer"):
                if not arg:
                    raise MarkupError(path, no, f"@{name} needs a text")
                if getattr(doc, name):
                    raise MarkupError(path, no, f"@{name} given twice")
                setattr(doc, name, arg)
            elif name == "subtitle":
                if not arg:
                    raise MarkupError(path, no, "@subtitle needs a text")
                doc.subtitles.append(arg)
            elif name in ("page", "toc"):
                if arg and name == "page":
                    raise MarkupError(path, no, "@page takes no argument")
                doc.blocks.append(Block(name, no, arg))
            elif name == "table":
                table = Block("table", no, arg)
            elif name == "endtable":
                raise MarkupError(path, no, "@endtable without @table")
            elif name == "note":
                if not arg:
                    raise MarkupError(path, no, "@note needs a text")
                doc.blocks.append(Block("note", no, arg))
            continue
        m = HEADING.match(stripped)
        if m:
            flush()
            doc.blocks.append(Block("heading", no, m.group(2).strip(), level=len(m.group(1))))
            continue
        if stripped.startswith("#"):
            raise MarkupError(path, no, "heading needs '# ', '## ' or '### ' followed by text")
        m = BULLET.match(line)
        if m:
            flush()
            doc.blocks.append(Block("bullet", no, m.group(2).strip(), level=2 if len(m.group(1)) >= 2 else 1))
            continue
        m = NUMBERED.match(stripped)
        if m:
            flush()
            doc.blocks.append(Block("numbered", no, m.group(2).strip(), label=m.group(1)))
            continue
        if "|" in stripped and stripped.count("|") >= 2 and re.fullmatch(r"[^|]*(\|[^|]*){2,}", stripped) and not para:
            # Looks like a table row outside @table: most likely a forgotten @table line.
            cells = [c.strip() for c in stripped.split("|")]
            if all(len(c) < 40 for c in cells) and doc.blocks and doc.blocks[-1].kind != "para":
                raise MarkupError(path, no, "table row outside @table ... @endtable")
        if not para:
            para_line = no
        para.append(stripped)
    flush()
    if table is not None:
        raise MarkupError(path, table.line, "@table without @endtable")
    if not doc.title:
        raise MarkupError(path, 1, "missing @title")
    return doc


# --------------------------------------------------------------------------------------------
# Fonts
# --------------------------------------------------------------------------------------------

DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
FONT = "KBSans"
FONT_BOLD = "KBSans-Bold"
FONT_SOURCE = ""  # "dejavu" or "vera", set by register_fonts()
_glyphs: set[int] = set()


def register_fonts() -> str:
    """Embed DejaVu Sans (full Swedish + typographic coverage) if installed, else reportlab's
    bundled Bitstream Vera. Returns which one."""
    global FONT_SOURCE
    if FONT_SOURCE:
        return FONT_SOURCE
    import reportlab
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    regular, bold = DEJAVU / "DejaVuSans.ttf", DEJAVU / "DejaVuSans-Bold.ttf"
    source = "dejavu"
    if not (regular.exists() and bold.exists()):
        fonts = Path(reportlab.__file__).parent / "fonts"
        regular, bold, source = fonts / "Vera.ttf", fonts / "VeraBd.ttf", "vera"
    reg = TTFont(FONT, str(regular))
    pdfmetrics.registerFont(reg)
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(bold)))
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, FONT_BOLD)
    addMapping(FONT, 0, 1, FONT)
    addMapping(FONT, 1, 1, FONT_BOLD)
    _glyphs.update(reg.face.charToGlyph.keys())
    FONT_SOURCE = source
    return source


def check_glyphs(doc: Document) -> None:
    """Fail with a line number on characters the embedded font cannot show."""
    lines = doc.path.read_text(encoding="utf-8").splitlines()
    for no, line in enumerate(lines, start=1):
        for ch in line:
            if ord(ch) >= 32 and ord(ch) not in _glyphs:
                raise MarkupError(doc.path, no, f"character {ch!r} (U+{ord(ch):04X}) is not in the font ({FONT_SOURCE})")


# --------------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------------

# "1 711", "39 616", "12,3 %", "10,85%", "−0,49%", "25%", and the dashes and ".." of missing values.
NUMERIC = re.compile(r"^[−–+-]?\s?(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:[,.]\d+)?\s?%?$|^[−–-]$|^\.\.$")


def is_numeric(cell: str) -> bool:
    return bool(NUMERIC.match(cell.strip()))


def _styles():
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_LEFT
    from reportlab.lib.styles import ParagraphStyle

    base = ParagraphStyle(
        "body",
        fontName=FONT,
        fontSize=10,
        leading=13.6,
        alignment=TA_LEFT,
        spaceAfter=6.5,
        bulletFontName=FONT,
        bulletFontSize=10,
    )
    return {
        "body": base,
        "title": ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=24, leading=30, spaceBefore=0, spaceAfter=14),
        "subtitle": ParagraphStyle(
            "subtitle", parent=base, fontSize=13, leading=18, spaceAfter=4, textColor=colors.HexColor("#333333")
        ),
        "h1": ParagraphStyle(
            "h1", parent=base, fontName=FONT_BOLD, fontSize=16, leading=20, spaceBefore=10, spaceAfter=8, keepWithNext=1
        ),
        "h2": ParagraphStyle(
            "h2", parent=base, fontName=FONT_BOLD, fontSize=12.5, leading=16, spaceBefore=8, spaceAfter=5, keepWithNext=1
        ),
        "h3": ParagraphStyle(
            "h3", parent=base, fontName=FONT_BOLD, fontSize=10.5, leading=14, spaceBefore=6, spaceAfter=3, keepWithNext=1
        ),
        "bullet": ParagraphStyle("bullet", parent=base, leftIndent=16, bulletIndent=4, spaceAfter=3),
        "bullet2": ParagraphStyle("bullet2", parent=base, leftIndent=32, bulletIndent=20, spaceAfter=3),
        "numbered": ParagraphStyle("numbered", parent=base, leftIndent=20, bulletIndent=2, spaceAfter=3),
        "caption": ParagraphStyle(
            "caption", parent=base, fontName=FONT_BOLD, fontSize=9.5, leading=12.5, spaceBefore=6, spaceAfter=4, keepWithNext=1
        ),
        "note": ParagraphStyle(
            "note", parent=base, fontSize=8, leading=10.5, spaceBefore=2, spaceAfter=8, textColor=colors.HexColor("#333333")
        ),
    }


def _para(text: str, style, **kw):
    from reportlab.platypus import Paragraph

    return Paragraph(escape(text), style, **kw)


def _cell_class():
    """A table cell that draws its lines as bare text objects.

    Paragraph ends every line with T* (next line), so pypdf breaks a table row after every
    cell; with plain text objects a row extracts as one line ("Vivalla 178 2645 2823 6,73%"),
    as in PDFs from word processors."""
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Flowable

    class Cell(Flowable):
        def __init__(self, text: str, font: str, size: float, align: str = "LEFT", indent: float = 0.0):
            super().__init__()
            self.text, self.font, self.size, self.align, self.indent = text, font, size, align, indent
            self.leading = size * 1.25
            self.lines: list[str] = []

        def wrap(self, avail_width, avail_height):
            self.width = avail_width
            self.lines = simpleSplit(self.text, self.font, self.size, avail_width - self.indent) or [""]
            self.height = len(self.lines) * self.leading
            return self.width, self.height

        def draw(self):
            y = self.height - self.size  # first baseline
            for line in self.lines:
                x = self.width - stringWidth(line, self.font, self.size) if self.align == "RIGHT" else self.indent
                t = self.canv.beginText(x, y)
                t.setFont(self.font, self.size)
                t.textOut(line)
                self.canv.drawText(t)
                y -= self.leading

    return Cell


def _column_widths(rows: list[list[str]], avail: float, size: float) -> list[float] | None:
    """Column widths for `rows` at font `size`, or None if the unbreakable words do not fit."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    pad = 8.0 + 1.5  # cell padding plus a margin against rounding in Paragraph's wrapping
    ncols = len(rows[0])
    lo, hi = [0.0] * ncols, [0.0] * ncols
    for r, row in enumerate(rows):
        font = FONT_BOLD if r == 0 else FONT
        for c, cell in enumerate(row):
            words = cell.split() or [""]
            longest = max(stringWidth(w, font, size) for w in words) + pad
            full = stringWidth(cell, font, size) + pad
            # Numbers never wrap ("30,5 %" must stay on one line); text and headers may.
            lo[c] = max(lo[c], full if r > 0 and is_numeric(cell) else longest)
            # Header cells may wrap: do not let a long header text widen a column by itself.
            hi[c] = max(hi[c], full if r > 0 else longest)
    for c in range(ncols):
        hi[c] = max(hi[c], lo[c], 28.0)
        lo[c] = max(lo[c], 24.0)
    if sum(hi) <= avail:
        # Spread the spare room, weighted towards text columns, but keep number columns compact.
        spare = avail - sum(hi)
        if sum(hi) < avail * 0.55:
            spare = avail * 0.55 - sum(hi) if avail * 0.55 > sum(hi) else 0.0
        weights = [h for h in hi]
        total = sum(weights)
        return [h + spare * w / total for h, w in zip(hi, weights)]
    if sum(lo) > avail:
        return None
    k = (avail - sum(lo)) / (sum(hi) - sum(lo))
    return [a + (b - a) * k for a, b in zip(lo, hi)]


def _table(block: Block, avail: float, st, path: Path):
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    rows = block.rows
    # Shrink the type of tables whose unbreakable words would not fit the page width.
    for size in (8.5, 8.0, 7.5, 7.0, 6.5, 6.0):
        widths = _column_widths(rows, avail, size)
        if widths:
            break
    else:
        raise MarkupError(path, block.line, "table too wide for the page even at 6 pt; fewer columns or shorter words")
    Cell = _cell_class()
    ncols = len(rows[0])
    numeric_col = [all(is_numeric(r[c]) or not r[c] for r in rows[1:]) and any(r[c] for r in rows[1:]) for c in range(ncols)]
    data = []
    for r, row in enumerate(rows):
        out = []
        for c, text in enumerate(row):
            if r == 0:
                out.append(Cell(text, FONT_BOLD, size, "RIGHT" if numeric_col[c] else "LEFT"))
            else:
                out.append(Cell(text, FONT, size, "RIGHT" if is_numeric(text) else "LEFT"))
        data.append(out)
    t = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    t.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
            ]
        )
    )
    return t


def _draw_furniture(canv, doc: Document, page: int, total: int) -> None:
    """Running header and footer of one page; {page} and {pages} substituted."""
    from reportlab.lib import colors
    from reportlab.pdfbase.pdfmetrics import stringWidth

    w, h = canv._pagesize
    left, right = LEFT_MARGIN, w - RIGHT_MARGIN
    pages = str(total) if total else "?"

    def line(text: str, y: float) -> None:
        text = text.replace("{page}", str(page)).replace("{pages}", pages)
        size = 8.0
        while size > 5 and stringWidth(text, FONT, size) > right - left:
            size -= 0.25
        canv.setFont(FONT, size)
        canv.setFillColor(colors.HexColor("#333333"))
        canv.drawString(left, y, text)

    canv.saveState()
    canv.setStrokeColor(colors.HexColor("#999999"))
    canv.setLineWidth(0.5)
    if doc.header:
        line(doc.header, h - 1.3 * CM)
        canv.line(left, h - 1.45 * CM, right, h - 1.45 * CM)
    if doc.footer:
        canv.line(left, 1.45 * CM, right, 1.45 * CM)
        line(doc.footer, 1.0 * CM)
    canv.restoreState()


CM = 28.3464566929
LEFT_MARGIN = RIGHT_MARGIN = 2.3 * CM
TOP_MARGIN = 2.2 * CM
BOTTOM_MARGIN = 2.1 * CM


def _toc(entries: list[tuple[int, str, int]], avail: float):
    """Table of contents: title left, page number right, no rules (pdfplumber sees no table)."""
    from reportlab.platypus import Table, TableStyle

    Cell = _cell_class()
    rows = []
    style = [
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]
    for i, (level, text, page) in enumerate(entries):
        size = 10 if level == 1 else 9.5
        rows.append(
            [Cell(text, FONT, size, indent=0 if level == 1 else 14), Cell(str(page) if page else "00", FONT, size, "RIGHT")]
        )
        if level == 1 and i:
            style.append(("TOPPADDING", (0, i), (-1, i), 5))
    if not rows:
        return None
    t = Table(rows, colWidths=[avail - 40, 40], hAlign="LEFT")
    t.setStyle(TableStyle(style))
    return t


def build_story(doc: Document, avail: float, toc_entries: list[tuple[int, str, int]] | None = None):
    from reportlab.platypus import PageBreak, Spacer

    st = _styles()
    story = []
    story.append(Spacer(1, 4))
    story.append(_para(doc.title, st["title"]))
    for s in doc.subtitles:
        story.append(_para(s, st["subtitle"]))
    if doc.subtitles:
        story.append(Spacer(1, 10))
    heading_no = 0
    for b in doc.blocks:
        if b.kind == "heading":
            heading_no += 1
            p = _para(b.text, st[f"h{b.level}"])
            p._kb_heading = (b.level, b.text, f"h{heading_no}")
            story.append(p)
        elif b.kind == "para":
            story.append(_para(b.text, st["body"]))
        elif b.kind == "bullet":
            story.append(_para(b.text, st["bullet" if b.level == 1 else "bullet2"], bulletText="•" if b.level == 1 else "–"))
        elif b.kind == "numbered":
            story.append(_para(b.text, st["numbered"], bulletText=b.label))
        elif b.kind == "note":
            story.append(_para(b.text, st["note"]))
        elif b.kind == "page":
            story.append(PageBreak())
        elif b.kind == "toc":
            story.append(_para(b.text or "Innehåll", st["h1"]))
            # Pass 1 lays out the same entries with placeholder numbers, so the height matches.
            entries = toc_entries or [(h.level, h.text, 0) for h in doc.blocks if h.kind == "heading" and h.level <= 2]
            toc = _toc(entries, avail)
            if toc is not None:
                story.append(toc)
        elif b.kind == "table":
            if b.text:
                story.append(_para(b.text, st["caption"]))
            story.append(_table(b, avail, st, doc.path))
            story.append(Spacer(1, 6))
    return story


def _build(doc: Document, total: int, toc_entries=None) -> tuple[bytes, int, list[tuple[int, str, int]]]:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    width, height = A4
    avail = width - LEFT_MARGIN - RIGHT_MARGIN

    class KBDocTemplate(BaseDocTemplate):
        def afterFlowable(self, flowable):  # noqa: N802 (reportlab API)
            info = getattr(flowable, "_kb_heading", None)
            if info:
                level, text, key = info
                # PDF outlines cannot skip levels (# then ###): clamp to one below the last.
                outline = min(level - 1, getattr(self, "_kb_outline", -1) + 1)
                self._kb_outline = outline
                self.canv.bookmarkPage(key)
                self.canv.addOutlineEntry(text, key, level=outline, closed=outline > 0)
                if level <= 2:
                    headings.append((level, text, self.page))

    headings: list[tuple[int, str, int]] = []
    buf = io.BytesIO()
    template = KBDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=LEFT_MARGIN,
        rightMargin=RIGHT_MARGIN,
        topMargin=TOP_MARGIN,
        bottomMargin=BOTTOM_MARGIN,
        title=doc.title,
        author=doc.author or "",
        subject=doc.subtitles[0] if doc.subtitles else "",
        creator="Kunskapsbanken tools/build_sample_kb.py",
        lang="sv-SE",
        invariant=1,
    )
    frame = Frame(
        LEFT_MARGIN,
        BOTTOM_MARGIN,
        avail,
        height - TOP_MARGIN - BOTTOM_MARGIN,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )

    def furnish(canv, tmpl):
        _draw_furniture(canv, doc, canv.getPageNumber(), total)

    template.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=furnish)])
    template.build(build_story(doc, avail, toc_entries))
    return buf.getvalue(), template.page, headings


def render(doc: Document, out: Path) -> int:
    """Render `doc` to `out`; returns the page count.

    Two passes: the first counts pages and records the headings' pages, the second prints
    "{page} ({pages})" and the table of contents with the real numbers."""
    register_fonts()
    check_glyphs(doc)
    _, pages, headings = _build(doc, 0)
    data, pages2, headings2 = _build(doc, pages, headings)
    if pages2 != pages or headings2 != headings:
        raise RuntimeError(f"{doc.name}: layout changed between passes ({pages} -> {pages2} pages)")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(data)
    return pages


# --------------------------------------------------------------------------------------------
# Statistics exports (from the tables of the Örebro report)
# --------------------------------------------------------------------------------------------

OREBRO = "utsattas-etablering-orebro-lan-2025"
OREBRO_SOURCE = "Källa: Region Örebro län, Utsattas etablering på arbetsmarknaden (förstudie, 2025-10-07)"
AREA_COLUMNS = [
    "Arbetskraft, antal",
    "Arbetslöshet",
    "Förgymnasialt utbildade",
    "Utrikesfödda",
    "Andel 20–29 år",
    "Andel 55–64 år",
]
AREA_TABLES = {  # Tabell N -> (länsdel, kluster)
    4: ("Norra länsdelen", "Röda kluster"),
    5: ("Norra länsdelen", "Orangea kluster"),
    6: ("Örebro", "Röda kluster"),
    7: ("Örebro", "Orangea kluster"),
    8: ("Västra länsdelen", "Röda kluster"),
    9: ("Västra länsdelen", "Orangea kluster"),
    10: ("Södra länsdelen", "Röda kluster"),
    11: ("Södra länsdelen", "Orangea kluster"),
}


def number(cell: str) -> float | int | None:
    """'39 616' -> 39616, '12,3 %' -> 12.3, '10,85%' -> 10.85, '-' -> None."""
    s = cell.replace("%", "").replace("\u00a0", " ").replace("\u202f", " ").strip()
    s = s.replace(" ", "").replace("−", "-").replace("–", "-")
    if not re.fullmatch(r"-?\d+(,\d+)?", s):
        return None
    return float(s.replace(",", ".")) if "," in s else int(s)


def sv(cell: str) -> str:
    """A table cell the way Swedish exports print numbers: '39 616' -> '39616', '12,3 %' ->
    '12,3', '8,00%' -> '8,00' (the printed decimals are kept); text cells unchanged."""
    if number(cell) is None:
        return cell
    return cell.replace("%", "").replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace("−", "-")


def _write_csv(path: Path, title: str, header: list[str], rows: list[list[str]], notes: list[str]) -> None:
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    w.writerow([title])
    w.writerow(header)
    w.writerows(rows)
    w.writerow([])
    for n in notes:
        w.writerow([n])
    path.write_bytes(buf.getvalue().encode("cp1252"))


FIXED_TIME = datetime(2025, 10, 7, 12, 0, 0)


def _save_xlsx_deterministic(wb, path: Path) -> None:
    """openpyxl stamps the save time into docProps/core.xml and the zip entries: fix both."""
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    wb.properties.lastModifiedBy = None
    raw = io.BytesIO()
    wb.save(raw)
    raw.seek(0)
    out = io.BytesIO()
    stamp = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ")
    with zipfile.ZipFile(raw) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                text = data.decode("utf-8")
                text = re.sub(r"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)", r"\g<1>" + stamp + r"\g<2>", text)
                data = text.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 10, 7, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, data)
    path.write_bytes(out.getvalue())


def build_stats(orebro: Document, stats_dir: Path) -> list[Path]:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    stats_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    # (a) CSV: people with disabilities vs the rest of the population (report's SCB summary).
    t = orebro.table("Tabell: Personer med funktionsnedsättning")
    header = t.rows[0]
    rows = []
    for r in t.rows[1:]:
        rows.append([r[0]] + [sv(c) for c in r[1:]])
    path = stats_dir / "funktionsnedsattning-orebro-lan.csv"
    _write_csv(
        path,
        "Personer med funktionsnedsättning jämfört med övriga befolkningen, procent (där inget annat anges)",
        [header[0], header[1] + " (%)", header[2] + " (%)"],
        rows,
        [OREBRO_SOURCE + ", efter SCB.", "Anm.: - = uppgift redovisas inte för övriga befolkningen."],
    )
    written.append(path)

    # (a') CSV: Tabell 12, sick leave per vulnerable area (decimal commas).
    t12 = orebro.table("Tabell 12")
    rows = [[r[0]] + [sv(c) for c in r[1:]] for r in t12.rows[1:]]
    path = stats_dir / "sjukskrivna-utsatta-omraden-orebro-lan-2023.csv"
    h = t12.rows[0]
    _write_csv(
        path,
        "Sjukskrivna som inte står till arbetsmarknadens förfogande, utsatta områden i Örebro län, 2023",
        [h[0], h[1] + ", antal", h[2] + ", antal", h[3] + ", antal", h[4] + " (%)"],
        rows,
        [OREBRO_SOURCE + ", tabell 12. Underlag: SCB, Regiondatabasen via MONA."],
    )
    written.append(path)

    # (b) XLSX: Tabell 4–11 consolidated, and Tabell 12.
    wb = Workbook()
    ws = wb.active
    ws.title = "Tabell 4-11"
    bold = Font(bold=True)
    ws.append(["Arbetskraftens sammansättning och arbetslöshet i utsatta områden, Örebro län, 2023 (tabell 4–11)"])
    ws["A1"].font = Font(bold=True, size=12)
    cols = ["Område", "Länsdel", "Kluster"] + [AREA_COLUMNS[0]] + [c + " (%)" for c in AREA_COLUMNS[1:]]
    ws.append(cols)
    for cell in ws[2]:
        cell.font = bold
        cell.alignment = Alignment(wrap_text=True, vertical="bottom")
    for n, (part, cluster) in AREA_TABLES.items():
        tb = orebro.table(f"Tabell {n}")
        if tb.rows[0][1:] != AREA_COLUMNS:
            raise ValueError(f"Tabell {n}: header {tb.rows[0][1:]} != {AREA_COLUMNS}")
        for r in tb.rows[1:]:
            label = r[0]
            if n == 5:  # printed as "Orange kluster": the aggregated orange areas of the north
                label = "Norra länsdelen, orange kluster"
            ws.append([label, part, cluster] + [number(c) for c in r[1:]])
    ws.append([])
    ws.append([OREBRO_SOURCE + ", tabell 4–11. Underlag: SCB, Regiondatabasen via MONA."])
    ws.append(['Anm.: Norra länsdelens orangea kluster redovisas aggregerat (i tabell 5 raden "Orange kluster").'])
    for col, width in zip("ABCDEFGHI", (36, 18, 16, 12, 13, 14, 13, 12, 12)):
        ws.column_dimensions[col].width = width
    for row in ws.iter_rows(min_row=3, max_row=ws.max_row):
        for cell in row[3:9]:
            if isinstance(cell.value, int):
                cell.number_format = "# ##0"
            elif isinstance(cell.value, float):
                cell.number_format = "0.0"

    ws2 = wb.create_sheet("Tabell 12")
    ws2.append(["Sjukskrivna som inte står till arbetsmarknadens förfogande, utsatta områden i Örebro län, 2023 (tabell 12)"])
    ws2["A1"].font = Font(bold=True, size=12)
    ws2.append([h[0], h[1] + ", antal", h[2] + ", antal", h[3] + ", antal", h[4] + " (%)"])
    for cell in ws2[2]:
        cell.font = bold
    for r in t12.rows[1:]:
        ws2.append([r[0]] + [number(c) for c in r[1:]])
    ws2.append([])
    ws2.append([OREBRO_SOURCE + ", tabell 12. Underlag: SCB, Regiondatabasen via MONA."])
    for col, width in zip("ABCDE", (44, 12, 16, 12, 22)):
        ws2.column_dimensions[col].width = width
    for row in ws2.iter_rows(min_row=3, max_row=ws2.max_row):
        for cell in row[1:]:
            if isinstance(cell.value, int):
                cell.number_format = "# ##0"
            elif isinstance(cell.value, float):
                cell.number_format = "0.00"
    path = stats_dir / "utsatta-omraden-orebro-lan-2023.xlsx"
    _save_xlsx_deterministic(wb, path)
    written.append(path)
    return written


# --------------------------------------------------------------------------------------------
# Command line
# --------------------------------------------------------------------------------------------


def sources(names: list[str]) -> list[Path]:
    if not names:
        return sorted(SOURCES.glob("*.txt"))
    out = []
    for n in names:
        p = Path(n)
        if not p.suffix:
            p = SOURCES / (n + ".txt")
        if not p.exists():
            raise SystemExit(f"no such source: {p}")
        out.append(p)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("names", nargs="*", help="source names (stem or path); default: all tools/sample_kb/*.txt")
    ap.add_argument("--out-dir", type=Path, default=DOCUMENTS)
    ap.add_argument("--stats-dir", type=Path, default=STATS)
    ap.add_argument("--no-stats", action="store_true", help="do not write the statistics exports")
    args = ap.parse_args(argv)
    font = register_fonts()
    if font != "dejavu":
        print("note: DejaVu Sans not found, using reportlab's Vera (PDFs will differ from the committed ones)", file=sys.stderr)
    docs = []
    try:
        for src in sources(args.names):
            doc = parse(src)
            pages = render(doc, args.out_dir / (doc.name + ".pdf"))
            docs.append(doc)
            print(f"{args.out_dir / (doc.name + '.pdf')}: {pages} pages")
    except MarkupError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    if not args.no_stats:
        orebro = next((d for d in docs if d.name == OREBRO), None)
        if orebro is None and (SOURCES / f"{OREBRO}.txt").exists() and not args.names:
            orebro = parse(SOURCES / f"{OREBRO}.txt")
        if orebro is not None:
            for p in build_stats(orebro, args.stats_dir):
                print(p)
    return 0


if __name__ == "__main__":
    sys.exit(main())
