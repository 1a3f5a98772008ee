"""An HTML part read as a document's parts in their order: headings, paragraphs, list items and
tables (rows of cell texts). Word keeps a case system's pasted decision this way – an "altChunk",
an HTML part the body points to – and python-docx reads none of it."""
from __future__ import annotations

import re
from html.parser import HTMLParser

from .model import IngestError
from .swedish import composed, decode_bytes

# what stands in the body: ("heading", text, level), ("paragraph", text, bold), ("bullet", text),
# ("table", rows)
Part = tuple

_BLOCK_TAGS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "pre", "blockquote", "caption"}
_SKIPPED = {"head", "style", "script", "title"}
_BOLD = {"b", "strong"}


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[Part] = []
        self.skip = 0
        self.text: list[str] = []
        self.kind = "paragraph"
        self.bold_depth = 0
        self.bold_chars = 0
        self.rows: list[list[tuple[str, int, int]]] | None = None  # (text, rowspan, colspan) per cell
        self.cell: list[str] | None = None
        self.span = (1, 1)
        self.tables = 0

    # (text inside a table cell goes to the cell; elsewhere to the current block)
    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _SKIPPED:
            self.skip += 1
        elif tag == "table":
            self._flush()
            self.tables += 1
            if self.tables == 1:
                self.rows = []
        elif tag == "tr" and self.rows is not None and self.tables == 1:
            self.rows.append([])
        elif tag in ("td", "th") and self.rows is not None and self.tables == 1:
            self.cell = []
            a = dict(attrs)
            self.span = (_span(a.get("rowspan")), _span(a.get("colspan")))
        elif tag == "br":
            (self.cell if self.cell is not None else self.text).append("\n")
        elif tag in _BOLD:
            self.bold_depth += 1
        elif tag in _BLOCK_TAGS and self.cell is None:
            self._flush()
            self.kind = "bullet" if tag == "li" else (f"h{tag[1]}" if re.fullmatch(r"h[1-6]", tag) else "paragraph")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self.skip = max(0, self.skip - 1)
        elif tag in ("td", "th") and self.cell is not None and self.rows:
            self.rows[-1].append((" ".join("".join(self.cell).split()), *self.span))
            self.cell = None
        elif tag == "table":
            self.tables = max(0, self.tables - 1)
            if self.tables == 0 and self.rows is not None:
                rows = [r for r in spread_cells(self.rows) if any(r)]
                if rows:
                    self.parts.append(("table", rows))
                self.rows = None
        elif tag in _BOLD:
            self.bold_depth = max(0, self.bold_depth - 1)
        elif tag in _BLOCK_TAGS and self.cell is None:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        if self.cell is not None:
            self.cell.append(data)
        elif self.rows is None:
            self.text.append(data)
            if self.bold_depth:
                self.bold_chars += len(data.strip())

    def _flush(self) -> None:
        text = " ".join("".join(self.text).split())
        bold = bool(text) and self.bold_chars >= len(text.replace(" ", "")) - 1
        if text:
            if self.kind.startswith("h"):
                self.parts.append(("heading", text, min(int(self.kind[1]), 3)))
            elif self.kind == "bullet":
                self.parts.append(("bullet", text))
            else:
                self.parts.append(("paragraph", text, bold))
        self.text, self.kind, self.bold_chars = [], "paragraph", 0

    def close(self) -> None:
        super().close()
        self._flush()


def _span(value: str | None) -> int:
    """A cell's rowspan or colspan attribute as a count (1 when missing or odd; at most 50)."""
    try:
        return max(1, min(50, int(str(value).strip())))
    except ValueError:
        return 1


def spread_cells(rows: list[list[tuple[str, int, int]]]) -> list[list[str]]:
    """The table's grid: a cell spanning rows stands in each of them at its column ("Högsby" with
    rowspan 2 is the municipality of the next row's "Ruda" service point too – read without it,
    "Ruda" had become the municipality), one spanning columns in each of its columns."""
    grid: list[list[str]] = []
    carried: dict[int, tuple[str, int]] = {}  # column → (text, rows still to fill)
    for row in rows:
        out: list[str] = []
        cells = iter(row)
        col = 0
        while True:
            if col in carried:
                text, left = carried[col]
                out.append(text)
                if left <= 1:
                    del carried[col]
                else:
                    carried[col] = (text, left - 1)
                col += 1
                continue
            cell = next(cells, None)
            if cell is None:
                break
            text, down, across = cell
            for k in range(across):
                out.append(text)
                if down > 1:
                    carried[col + k] = (text, down - 1)
            col += across
        # (columns carried past the row's own last cell)
        while col in carried:
            text, left = carried[col]
            out.append(text)
            carried[col] = (text, left - 1)
            if left <= 1:
                del carried[col]
            col += 1
        grid.append(out)
    return grid


def html_parts(html: str) -> list[Part]:
    """The parts of an HTML page in their order (see the module's docstring)."""
    reader = _Reader()
    reader.feed(html)
    reader.close()
    return reader.parts


def decode_html(data: bytes) -> str:
    """An HTML part's bytes as text: the charset its meta tag names, else as the project's one
    decoder reads text (``swedish.decode_bytes``: UTF-8, else Windows-1252 …)."""
    m = re.search(rb"charset=[\"']?([A-Za-z0-9_-]+)", data[:2048])
    if m:
        try:
            return composed(data.decode(m.group(1).decode("ascii")))
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return decode_bytes(data)
    except IngestError:
        return data.decode("utf-8", errors="replace")
