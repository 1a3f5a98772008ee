"""PDF loading: page text with pypdf, tables, captions and heading fonts with pdfplumber."""
from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .clean import normalise_heading
from .model import IngestError

log = logging.getLogger(__name__)
for _noisy in ("pypdf", "pdfminer", "pdfplumber"):
    logging.getLogger(_noisy).setLevel(logging.ERROR)

CAPTION_RE = re.compile(r"^(Tabell|Tab\.|Table|Figur|Diagram)\s*\d+", re.IGNORECASE)


@dataclass
class PdfTable:
    page: int
    rows: list[list[str | None]]
    caption: str
    bbox: tuple[float, float, float, float]


@dataclass
class PdfContent:
    title: str
    pages: list[str]  # pypdf text per page
    headings: dict[str, int] = field(default_factory=dict)  # normalised text → level
    heading_positions: list[tuple[int, float, str, int]] = field(default_factory=list)  # page, top, text, level
    tables: list[PdfTable] = field(default_factory=list)


def read_pdf(path: Path) -> PdfContent:
    """Read a PDF or raise IngestError with a one-line Swedish reason."""
    import pypdf
    from pypdf.errors import PdfReadError

    data = path.read_bytes()
    if not data.strip():
        raise IngestError("tom fil")
    if not data[:1024].lstrip().startswith(b"%PDF"):
        raise IngestError("inte en PDF-fil (filhuvudet saknas)")
    try:
        reader = pypdf.PdfReader(path)
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except Exception:  # noqa: BLE001 - pypdf raises several types here
                ok = 0
            if not ok:
                raise IngestError("PDF-filen är lösenordsskyddad")
        n_pages = len(reader.pages)
        texts = [(p.extract_text() or "") for p in reader.pages]
        meta_title = ""
        try:
            meta_title = (reader.metadata.title or "") if reader.metadata else ""
        except Exception:  # noqa: BLE001 - broken metadata should not stop ingestion
            meta_title = ""
    except IngestError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError, RecursionError) as exc:
        raise IngestError(f"trasig PDF-fil ({type(exc).__name__})") from None
    if n_pages == 0:
        raise IngestError("PDF-filen har inga sidor")
    if sum(len(t.strip()) for t in texts) < 20 * n_pages and sum(len(t.strip()) for t in texts) < 200:
        raise IngestError("PDF-filen saknar textlager (ser inskannad ut) – kör OCR först")
    content = PdfContent(title=meta_title.strip(), pages=texts)
    try:
        _read_layout(path, content)
    except Exception as exc:  # noqa: BLE001 - layout is an enrichment; text alone still works
        log.warning("%s: tabeller/rubriker kunde inte läsas (%s)", path.name, exc)
    if not content.title:
        content.title = _guess_title(texts[0]) or path.stem
    return content


def _guess_title(first_page: str) -> str:
    for line in first_page.splitlines():
        if len(line.strip()) > 3:
            return line.strip()[:120]
    return ""


def _read_layout(path: Path, content: PdfContent) -> None:
    """Headings (by font size and weight) and ruled tables with their captions."""
    import pdfplumber

    line_info: list[tuple[str, float, bool, int, float]] = []  # text, size, bold, page, top
    size_chars: Counter[float] = Counter()
    with pdfplumber.open(path) as pdf:
        for pno, page in enumerate(pdf.pages, start=1):
            tables = page.find_tables()
            boxes = [t.bbox for t in tables]
            for t in tables:
                rows = t.extract()
                if not rows or len(rows) < 2:
                    continue
                content.tables.append(PdfTable(pno, rows, _caption_above(page, t.bbox), t.bbox))

            def outside(obj, boxes=boxes):
                if obj.get("object_type") != "char":
                    return True
                x, y = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
                return not any(b[0] <= x <= b[2] and b[1] <= y <= b[3] for b in boxes)

            view = page.filter(outside) if boxes else page
            for ln in view.extract_text_lines(return_chars=True, strip=True):
                chars = [c for c in ln["chars"] if c["text"].strip()]
                if not chars:
                    continue
                size = round(Counter(round(c["size"], 1) for c in chars).most_common(1)[0][0], 1)
                bold = sum("bold" in c["fontname"].lower() for c in chars) > 0.8 * len(chars)
                size_chars[size] += len(chars)
                line_info.append((ln["text"], size, bold, pno, ln["top"]))
    if not size_chars:
        return
    body = size_chars.most_common(1)[0][0]
    heading_sizes = sorted({s for _, s, _, _, _ in line_info if s >= body * 1.12}, reverse=True)
    for text, size, bold, pno, top in line_info:
        t = text.strip()
        if len(t) < 2 or len(t) > 120 or CAPTION_RE.match(t) or re.fullmatch(r"[\d\s,.%()−–-]+", t):
            continue
        if size >= body * 1.12:
            level = min(heading_sizes.index(size) + 1, 3)
        elif bold and size >= body * 0.98 and not t.endswith((".", ",", ":", "-")) and len(t) < 70 and (t[0].isupper() or t[0].isdigit()):
            level = len(heading_sizes) + 1 if heading_sizes else 2
            level = min(level, 3)
        else:
            continue
        content.headings.setdefault(normalise_heading(t), level)
        content.heading_positions.append((pno, top, t, content.headings[normalise_heading(t)]))


def _caption_above(page, bbox) -> str:
    """The caption next to a table: the nearest "Tabell N …" line above it (or below it)."""
    x0, top, x1, bottom = bbox
    above = page.crop((0, max(0, top - 90), page.width, top), strict=False).extract_text() or ""
    lines = [ln.strip() for ln in above.splitlines() if ln.strip()]
    for ln in reversed(lines):
        if CAPTION_RE.match(ln):
            return ln
    below = page.crop((0, bottom, page.width, min(page.height, bottom + 40)), strict=False).extract_text() or ""
    for ln in below.splitlines():
        if CAPTION_RE.match(ln.strip()):
            return ln.strip()
    if not lines or len(lines[-1]) >= 160:
        return ""
    # A caption wrapped over lines: the last line starts in lower case ("leverantör, januari
    # 2025"), so take the lines above it back to the one that starts the sentence.
    parts = [lines[-1]]
    i = len(lines) - 2
    while i >= 0 and parts[0][:1].islower() and len(" ".join(parts)) < 240:
        parts.insert(0, lines[i])
        i -= 1
    return " ".join(parts)
