"""read_pdf: one pass over the pages with pdfium – text, headings, tables and document facts.

Each page is opened, read into plain data (its lines; its characters and edges only while
its tables are read) and closed before the next one, so memory stays bounded by the page
texts however long the document is. The page text comes from the same characters as the
table cells and the heading fonts, so what a chunk quotes can be found on its page again.

Pages are read one after another: reading halves of a document in two processes was slower
on our two shared cores (150 generated pages: 4.3 s serial, 4.8 s in two processes; the
29-page kompetensförsörjningsplan: 1.0 s against 1.2 s), since a page takes milliseconds and
each process pays for opening the document and importing the readers.
"""
from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..clean import is_key_figure, join_hyphenated, normalise_heading
from ..facts import DocumentFacts, labelled
from ..model import IngestError
from .facts import document_facts
from .fields import attached_files, field_values, is_xfa_placeholder, open_pypdf, with_fields, xfa_lines
from .form import find_form
from .grid import Grid, find_aligned_tables, find_grids, find_word_tables
from .page import Line, Page, header_words, hidden_layers, read_page

log = logging.getLogger(__name__)

CAPTION_RE = re.compile(r"^(Tabell|Tab\.|Table|Figur|Diagram)\s*\d+", re.IGNORECASE)
# A heading is a line this much larger than the body text, or a short bold line.
_HEADING_SIZE = 1.12
# How far from a table its "Tabell N" caption may stand, above and below (points).
_CAPTION_ABOVE = 90
_CAPTION_BELOW = 40
# Share of the page height at its top and bottom where running headers and footers stand.
_MARGIN = 0.1
_SOURCE_RE = re.compile(r"^\(?\s*(?:Källa|Källor|Data från|Data:|Not|Anm\.?|Anmärkning)\b", re.IGNORECASE)


@dataclass
class PdfTable:
    page: int
    header: list[str]  # one name per column; rows of a multi-row header already joined
    rows: list[list[str]]
    caption: str
    bbox: tuple[float, float, float, float]
    notes: tuple[str, ...] = ()
    pages: tuple[int, ...] = ()
    line_ids: set[tuple[int, int]] = field(default_factory=set)  # (page, line) of the text it covers
    # a form's table of labels and values ("Projektnamn | Gröna kompetenslyft …", "Total budget |
    # 11 752 000 kr"): its rows as "label: value" fields for the text, no statistics table
    fields: tuple[str, ...] = ()
    words_only: bool = False  # a grid of words and dates: its rows are lines of the text
    row_pages: list[int] = field(default_factory=list)  # the page each row stands on (a table over a page break)


@dataclass
class PdfContent:
    title: str
    pages: list[str]  # text per page, lines joined with "\n"
    headings: dict[str, int] = field(default_factory=dict)  # normalised text → level
    heading_positions: list[tuple[int, float, str, int]] = field(default_factory=list)  # page, top, text, level
    tables: list[PdfTable] = field(default_factory=list)
    facts: DocumentFacts = field(default_factory=DocumentFacts)
    # files attached to the PDF (a paperclip on a page, or the document's attachments): (page or
    # None, file name, bytes)
    attachments: list[tuple[int | None, str, bytes]] = field(default_factory=list)


def read_pdf(path: Path) -> PdfContent:
    """Read a PDF or raise IngestError with a one-line Swedish reason."""
    import pypdfium2 as pdfium

    with path.open("rb") as f:
        head = f.read(1024)
    if not head.strip():
        raise IngestError("tom fil")
    if not head.lstrip().startswith(b"%PDF"):
        raise IngestError("inte en PDF-fil (filhuvudet saknas)")
    try:
        doc = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) in (4, 5):  # FPDF_ERR_PASSWORD, FPDF_ERR_SECURITY
            raise IngestError("PDF-filen är lösenordsskyddad") from None
        raise IngestError("trasig PDF-fil (kan inte öppnas)") from None
    try:
        return _read(doc, path)
    finally:
        doc.close()


def _read(doc, path: Path) -> PdfContent:
    import pypdfium2 as pdfium

    n_pages = len(doc)
    if n_pages == 0:
        raise IngestError("PDF-filen har inga sidor")
    pages: list[Page] = []
    grids: list[Grid] = []
    heads: frozenset[str] = frozenset()  # header lines of the previous page's unruled tables
    carried_cells = 0  # the columns of an unruled table that ended the previous page's text
    # a filled-in form keeps its answers in its fields, not in the page's text
    # (… and so does a page filled in with Acrobat's "Fyll i och signera": typed annotations)
    extras = open_pypdf(path)
    filled = field_values(extras, forms=pdfium.raw.FPDF_GetFormType(doc.raw) != pdfium.raw.FORMTYPE_NONE)
    # layers the default view switches off (an old draft under the printed text) are not read
    layers_off = hidden_layers(extras)
    for i in range(n_pages):
        try:
            page = read_page(doc, i, heads, carried_cells > 0, layers_off)
        except pdfium.PdfiumError:
            raise IngestError(f"trasig PDF-fil (sidan {i + 1} kan inte läsas)") from None
        page.lines = with_fields(page.lines, filled.get(i + 1, []))
        try:
            ruled = find_grids(page)
            aligned = find_aligned_tables(page, ruled, heads, carried_cells)
            words = find_word_tables(page, ruled + aligned)
            grids.extend(sorted(ruled + aligned + words, key=lambda g: g.bbox[1]))
            heads = frozenset(header_words(g.header_rows) for g in aligned if g.header_rows)
            carried_cells = _ends_page_with(page, aligned)
        except Exception as exc:  # noqa: BLE001 - tables are an enrichment; the text still stands
            log.warning("%s: tabellerna på sidan %d kunde inte läsas (%s)", path.name, i + 1, exc)
        page.chars, page.edges = [], []  # only the lines are kept
        pages.append(page)
    texts = [p.text for p in pages]
    # a dynamic XFA form: its answers, in place of the "Vänta…/Please wait…" its page shows
    filled_in = xfa_lines(extras)
    if filled_in:
        k = next((k for k, t in enumerate(texts) if is_xfa_placeholder(t)), None)
        texts[k if k is not None else 0] = "\n".join(filled_in if k is not None else [texts[0], *filled_in])
    # a tagged PDF's figures, said in words for a screen reader ("Stapeldiagram … Kristianstad
    # 19, Hässleholm 14 …"): read after the page's text – a chart's figures are in no other text
    for k, page in enumerate(pages):
        if page.figure_alts:
            texts[k] = "\n".join([texts[k], *(f"Figur (alternativtext): {a}" for a in page.figure_alts)])
    chars = sum(len(t.strip()) for t in texts)
    if chars < 20 * n_pages and chars < 200:
        raise IngestError("PDF-filen saknar textlager (ser inskannad ut) – kör OCR först")
    content = PdfContent(title="", pages=texts)
    table_lines = _lines_in(pages, grids)
    forms = _forms(pages, table_lines)
    _headings(pages, table_lines, content)
    content.tables = _tables(pages, grids, content) + forms
    metadata = {k: doc.get_metadata_value(k) for k in ("Title", "Author", "Subject", "Creator", "Producer", "CreationDate")}
    content.facts = document_facts(metadata, pages)
    if filled_in and (day := labelled({}, filled_in).get("date")):
        # (an XFA form's own "Datum: 2027-11-15" – when it was signed – not when the file was made)
        content.facts = replace(content.facts, date=day)
    content.title = content.facts.title or path.stem
    content.attachments = attached_files(extras)
    return content


def _forms(pages: list[Page], table_lines: dict[int, set[int]]) -> list[PdfTable]:
    """A page's two-column form without rulings (minutes' "Plats och tid", "Beslutande" …) as
    fields "label: value" in place of its lines; its lines join ``table_lines`` (no headings)."""
    out = []
    for page in pages:
        # (a page may hold two: the minutes' first-page block and the notice of their posting)
        for _ in range(_MAX_FORMS):
            skip = table_lines.get(page.number, set())
            fields, used = find_form(page.lines, skip)
            if not fields:
                break
            lines = [page.lines[k] for k in used]
            bbox = (min(ln.x0 for ln in lines), min(ln.top for ln in lines), max(ln.x1 for ln in lines), max(ln.bottom for ln in lines))
            ids = {(page.number, k) for k in used}
            # (words_only: a form takes no table number, the statistics tables after it keep theirs)
            out.append(PdfTable(page=page.number, header=["", ""], rows=[], caption="", bbox=bbox, pages=(page.number,),
                                line_ids=ids, fields=tuple(fields), words_only=True))
            table_lines.setdefault(page.number, set()).update(used)
    return out


_MAX_FORMS = 4  # forms read on one page


def _ends_page_with(page: Page, aligned: list[Grid]) -> int:
    """The number of columns of the unruled table that ends the page's text (only a page number
    or running footer under it), else 0."""
    if not aligned:
        return 0
    last = max(aligned, key=lambda g: g.bbox[3])
    under = [ln for ln in page.lines if ln.top > last.bbox[3] and ln.bottom < page.height * (1 - _MARGIN)]
    return len(last.columns) if not under else 0


# ---------------------------------------------------------------- headings


def _lines_in(pages: list[Page], grids: list[Grid]) -> dict[int, set[int]]:
    """Per page, the indices of the text lines printed inside a table."""
    out: dict[int, set[int]] = {}
    for g in grids:
        lines = pages[g.page - 1].lines
        out.setdefault(g.page, set()).update(k for k, ln in enumerate(lines) if _inside(ln, g.bbox))
    return out


def _inside(ln: Line, bbox: tuple[float, float, float, float]) -> bool:
    x0, top, x1, bottom = bbox
    mid = (ln.top + ln.bottom) / 2
    width = max(ln.x1 - ln.x0, 1.0)
    return top - 1 <= mid <= bottom + 1 and min(ln.x1, x1) - max(ln.x0, x0) >= 0.5 * width


def _headings(pages: list[Page], table_lines: dict[int, set[int]], content: PdfContent) -> None:
    """Headings by font size (larger than the body text) and weight (short bold lines)."""
    size_chars: Counter[float] = Counter()
    candidates: list[tuple[Line, int, Line | None]] = []
    for page in pages:
        skip = table_lines.get(page.number, set())
        page_lines = [(k, ln) for k, ln in enumerate(page.lines) if k not in skip]
        # a fact sheet's page: three labels or more, each over a figure of its own line
        # ("Arbetslöshet 16–64 år" / "5,9 %") – not a title over its year ("Månadsrapport" / "2025")
        pairs = sum(
            1 for (_, a), (_, b) in zip(page_lines, page_lines[1:], strict=False)
            if is_key_figure(b.text.strip()) and not is_key_figure(a.text.strip())
        )
        for i, (_k, ln) in enumerate(page_lines):
            size_chars[ln.size] += len(ln.text)
            nxt = page_lines[i + 1][1] if pairs >= 3 and i + 1 < len(page_lines) else None
            candidates.append((ln, page.number, nxt))
    if not size_chars:
        return
    body = size_chars.most_common(1)[0][0]
    heading_sizes = sorted({ln.size for ln, _, _ in candidates if ln.size >= body * _HEADING_SIZE}, reverse=True)
    for ln, pno, nxt in candidates:
        t = ln.text.strip()
        if len(t) < 2 or len(t) > 120 or CAPTION_RE.match(t) or re.fullmatch(r"[\d\s,.%()−–-]+", t) or is_key_figure(t):
            continue
        if nxt is not None and is_key_figure(nxt.text.strip()) and not re.match(r"(?:\d+\.)+\d*\s", t):
            continue  # a fact sheet's label over its key figure ("Arbetslöshet 16–64 år" / "5,9 %"): text
        unnumbered = re.sub(r"^(?:\d+\.)*\d+\.?\s+", "", t)  # ("3.1. Förskola": a number, no sentence)
        if not t[:1].islower() and (re.search(r"[.!?]\s+[A-ZÅÄÖ]", unnumbered) or (unnumbered.endswith(".") and len(unnumbered.split()) >= 3)):
            # sentences in a larger type ("Projektägare: … Projektledare: Linnea Forsberg. Version …")
            # are text, not headings (a lower-case line continues a heading above it)
            continue
        if ln.size >= body * _HEADING_SIZE:
            level = min(heading_sizes.index(ln.size) + 1, 3)
        elif (
            ln.bold
            and ln.size >= body * 0.98
            and not t.endswith((".", ",", ":", "-"))
            # (a numbered one may run long: "4.2 Förslaget om att koncentrera regionala
            # tillväxtmedel till de tre största kommunerna" had been read into 4.1's text)
            and (len(t) < 70 or (unnumbered != t and len(unnumbered.split()) >= 2))
            and (t[0].isupper() or t[0].isdigit())
        ):
            level = min(len(heading_sizes) + 1 if heading_sizes else 2, 3)
        elif (
            ln.bold and ln.size >= body * 0.85 and len(t.split()) <= 6 and re.search(r"[A-ZÅÄÖ]{3}", t)
            and t == t.upper() and not t.endswith((",", ":", "-"))
        ):
            # a judgment's or a memo's headings set in bold capitals, smaller than the body
            # ("BAKGRUND", "YRKANDEN M.M.", "SKÄLEN FÖR AVGÖRANDET" in 10.5 pt over 11.5 pt text)
            level = min(len(heading_sizes) + 1 if heading_sizes else 2, 3)
        else:
            continue
        key = normalise_heading(t)
        content.headings.setdefault(key, level)
        content.heading_positions.append((pno, ln.top, t, content.headings[key]))
    # In reading position, not in the order the PDF stores them (a chart's title may come last).
    content.heading_positions.sort(key=lambda h: (h[0], h[1]))


# ---------------------------------------------------------------- tables


def _tables(pages: list[Page], grids: list[Grid], content: PdfContent) -> list[PdfTable]:
    out: list[PdfTable] = []
    prev: Grid | None = None
    taken = {ids for g in grids for ids in _line_ids(pages, g)}
    for g in grids:
        if prev is not None and out and _continues(prev, g, pages):
            t = out[-1]
            t.rows.extend(g.rows)
            t.row_pages.extend([g.page] * len(g.rows))
            t.pages = (*t.pages, g.page)
            t.line_ids |= _line_ids(pages, g)
            t.notes = (*t.notes, *(n for n in _notes_below(g, pages, taken) if n not in t.notes))
            prev = g
            continue
        pairs = _label_value_rows(g)
        if pairs:
            out.append(PdfTable(page=g.page, header=["", ""], rows=[], caption="", bbox=g.bbox, pages=(g.page,),
                                line_ids=_line_ids(pages, g), fields=tuple(f"{a}: {b}" for a, b in pairs)))
            prev = None
            continue
        axis: list[Line] = []
        caption, notes = _caption(g, pages, content, taken, axis)
        lines = pages[g.page - 1].lines
        axis_ids = {(g.page, k) for k, ln in enumerate(lines) if any(ln is a for a in axis)}
        header = _header(g.header_rows, len(g.columns))
        start = g.page
        left = None if g.header_rows else _header_left_on_page_before(g, pages, taken)
        if left is not None:
            # "Tabell 2. …" and "Bransch 2023 2024" at the foot of a page, the rows on the next: the
            # table starts where its caption and header stand (its columns had been "Kolumn 2" …)
            caption, header, line_id = left
            start = g.page - 1
            axis_ids.add(line_id)
        out.append(
            PdfTable(
                page=start,
                header=header,
                rows=list(g.rows),
                caption=caption,
                bbox=g.bbox,
                notes=tuple(notes),
                pages=tuple(range(start, g.page + 1)),
                line_ids=_line_ids(pages, g) | axis_ids,
                words_only=g.words_only,
                row_pages=[g.page] * len(g.rows),
            )
        )
        prev = g
    out = _fact_cards(out, pages)
    for t in out:
        t.header = [_without_note_mark(h) for h in t.header]
        t.rows = [[_without_note_mark(r[0]), *r[1:]] if r else r for r in t.rows]
    return out


# ---------------------------------------------------------------- fact cards

def _card_rows(header: list[str], rows: list[list[str]]) -> tuple[list[str], list[list[str]]] | None:
    """A grid of fact cards side by side – a place's name over each pair of columns, the same
    labels down every card, a figure beside each ("Bengtsfors | | Dals-Ed | |" over "Inskrivna
    arbetslösa | 374 | Inskrivna arbetslösa | 87 | …") – as a table of a row per card and a
    column per label; None for any other grid."""
    from ..numbers import parse_number

    width = len(header)
    if width < 4 or width % 2 or len(rows) < 2 or any(len(r) != width for r in rows):
        return None
    names = [header[i].strip() for i in range(0, width, 2)]
    if not all(names) or any(header[i].strip() for i in range(1, width, 2)):
        return None
    labels = [" ".join(r[0].split()) for r in rows]
    if not all(labels) or len(set(labels)) < len(labels):
        return None
    if any(" ".join(r[i].split()) != labels[j] for j, r in enumerate(rows) for i in range(0, width, 2)):
        return None
    values = [r[i] for r in rows for i in range(1, width, 2)]
    if sum(parse_number(v) is not None for v in values) * 2 < len(values):
        return None
    return [_card_kind(names), *labels], [[name, *(r[2 * k + 1] for r in rows)] for k, name in enumerate(names)]


def _card_kind(names: list[str]) -> str:
    from ..swedish import municipality_written

    return "Kommun" if all(municipality_written(n) is not None for n in names) else "Namn"


def _cards_below(page: Page, below: float, labels: list[str], used: set[int]) -> list[tuple[list[str], set[int]]]:
    """Rows of fact cards printed under a grid of them that no grid was found for – the last
    row, of fewer cards than the others: a line of names, then a line per label, each holding the
    label and a figure once per name. ([row per card], the lines they stand on) per such row."""
    lines = [(k, ln) for k, ln in enumerate(page.lines) if ln.top > below and k not in used and ln.text.strip()]
    found: list[tuple[list[str], set[int]]] = []
    i = 0
    while i + len(labels) < len(lines):
        k, head = lines[i]
        names = [t for _, t in head.pieces()]
        block = lines[i + 1:i + 1 + len(labels)]
        if not names:
            break
        cards: list[list[str]] = [[n] for n in names]
        for (_, ln), label in zip(block, labels, strict=False):
            pieces = [t for _, t in ln.pieces()]
            if len(pieces) != 2 * len(names) or any(" ".join(pieces[j].split()) != label for j in range(0, len(pieces), 2)):
                return found
            for c, j in zip(cards, range(1, len(pieces), 2), strict=True):
                c.append(pieces[j])
        found.append((cards, {k, *(kk for kk, _ in block)}))
        i += 1 + len(labels)
    return found


def _fact_cards(out: list[PdfTable], pages: list[Page]) -> list[PdfTable]:
    """``out`` with each grid of fact cards read as a row per card, the grids of one page (and
    the row of cards under them no grid was found for) one table – round 222's Fyrbodal cards
    had been four tables of three places each, "Kolumn 4" summed over two labels."""
    result: list[PdfTable] = []
    cards: list[PdfTable] = []  # the tables read from cards (a "Kommun" table of figures is none)
    last: PdfTable | None = None
    for t in out:
        read = None if (t.fields or t.words_only) else _card_rows(t.header, t.rows)
        if read is None:
            result.append(t)
            last = None
            continue
        header, rows = read
        if last is not None and last.header == header and t.page in (last.pages[-1], last.pages[-1] + 1):
            last.rows.extend(rows)
            last.row_pages.extend([t.page] * len(rows))
            last.pages = tuple(dict.fromkeys((*last.pages, t.page)))
            last.line_ids |= t.line_ids
            last.bbox = (last.bbox[0], last.bbox[1], max(last.bbox[2], t.bbox[2]), t.bbox[3])
            continue
        t.header, t.rows, t.row_pages = header, rows, [t.page] * len(rows)
        result.append(t)
        cards.append(t)
        last = t
    for t in cards:
        page = t.pages[-1] if t.pages else t.page
        used = {k for p, k in t.line_ids if p == page}
        for below, lines in _cards_below(pages[page - 1], t.bbox[3], t.header[1:], used):
            if _card_kind([c[0] for c in below]) != t.header[0]:
                break
            t.rows.extend(below)
            t.row_pages.extend([page] * len(below))
            t.line_ids |= {(page, k) for k in lines}
    return result


# a footnote's mark at the end of a label or a header ("Hallands län¹", "Försörjningskvot²") –
# not a unit's power ("Yta, km²")
_NOTE_MARK = re.compile(r"(?<=[^\W\d_)])[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+$")
_RAISED_MARK_LINE = re.compile(r"^\d{1,2}\n(?=[^\W\d_][^\n]*$)")
_SQUARED_UNIT = re.compile(r"\b(?:[kcmd]?m|kvadratmeter)[\u00b2\u00b3]$")


def _without_note_mark(text: str) -> str:
    """"Hallands län¹" → "Hallands län": the mark points at a note under the table; kept on the
    label it makes the county's total row a place of its own, ranked among the municipalities."""
    if not isinstance(text, str) or _SQUARED_UNIT.search(text):
        return text
    # ("Strängnäs" with a raised "1" after it, read as a line of its own above the name)
    text = _RAISED_MARK_LINE.sub("", text)
    return _NOTE_MARK.sub("", text)


def _header_left_on_page_before(g: Grid, pages: list[Page], taken: set[tuple[int, int]]) -> tuple[str, list[str], tuple[int, int]] | None:
    """(caption, header, the header line's id) when a grid without a header starts its page and
    the page before ends with a "Tabell N" caption over one line of column names whose last
    names are periods, one per value column ("Bransch 2023 2024"); None otherwise."""
    if g.page < 2 or len(g.columns) < 2:
        return None
    page, before = pages[g.page - 1], pages[g.page - 2]
    if g.bbox[1] > page.height * 0.3 or any(
        ln.bottom <= g.bbox[1] and ln.top > page.height * _MARGIN for k, ln in enumerate(page.lines) if (g.page, k) not in taken
    ):
        return None
    free = sorted(
        ((k, ln) for k, ln in enumerate(before.lines) if (g.page - 1, k) not in taken and ln.bottom < before.height * (1 - _MARGIN)),
        key=lambda t: t[1].top,
    )
    if len(free) < 2:
        return None
    (_, cap), (k, head) = free[-2], free[-1]
    if head.bottom < before.height * 0.7 or not CAPTION_RE.match(cap.text.strip()):
        return None
    from ..tables.cells import is_period_like

    tokens = head.text.split()
    n = len(g.columns) - 1
    if len(tokens) <= n or not all(is_period_like(t) for t in tokens[-n:]) or any(is_period_like(t) for t in tokens[:-n]):
        return None
    return cap.text.strip(), [" ".join(tokens[:-n]), *tokens[-n:]], (g.page - 1, k)


def _label_value_rows(g: Grid) -> list[tuple[str, str]]:
    """The rows of a two-column grid of labels and values – a form's key–value table, whose
    values are names, dates, codes and amounts, mostly no plain figures – as (label, value);
    [] for a table of statistics ("Kommun | Antal")."""
    from ..numbers import parse_number

    if len(g.columns) != 2:
        return []
    rows = [[" ".join(c.split()) for c in r] for r in [*g.header_rows, *g.rows] if len(r) == 2]
    rows = [r for r in rows if r[0] and r[1]]
    if len(rows) < 4:
        return []
    labels_ok = all(len(a) <= 60 and parse_number(a) is None for a, _ in rows)
    figures = sum(1 for _, b in rows if parse_number(b) is not None)
    return [(a, b) for a, b in rows] if labels_ok and figures <= len(rows) / 2 else []


def _header(rows: list[list[str]], width: int) -> list[str]:
    from ..tables import combine_header_rows

    if not rows:
        return [""] * width
    return combine_header_rows(_join_wrapped_lines(rows))


def _join_wrapped_lines(rows: list[list[str]]) -> list[list[str]]:
    """A header line whose every text has the rest of its phrase right under it, in the same
    column ("Andel i" over "arbete (%)", a lower-case start), is the first line of those cells,
    wrapped – not a label over the columns to its right: joined into the line below."""
    out = [list(r) for r in rows]
    k = 0
    while k + 1 < len(out):
        upper, lower = out[k], out[k + 1]
        filled = [j for j, t in enumerate(upper) if t.strip()]
        if filled and all(j < len(lower) and lower[j].strip()[:1].islower() for j in filled):
            for j in filled:
                lower[j] = f"{upper[j].strip()} {lower[j].strip()}"
            del out[k]
            continue
        k += 1
    return out


def _line_ids(pages: list[Page], g: Grid) -> set[tuple[int, int]]:
    return {(g.page, k) for k, ln in enumerate(pages[g.page - 1].lines) if _inside(ln, g.bbox)}


def _continues(a: Grid, b: Grid, pages: list[Page]) -> bool:
    """Table b on the next page carries on table a: a ends the text of its page, b starts its
    page, b has no header of its own (or repeats a's) and their columns line up."""
    if b.page != a.page + 1 or b.title or len(a.columns) != len(b.columns):
        return False
    if b.header_rows and b.header_rows != a.header_rows:
        return False
    if any(min(x[1], y[1]) <= max(x[0], y[0]) for x, y in zip(a.columns, b.columns)):
        return False  # a column of b does not stand under its column of a
    pa, pb = pages[a.page - 1], pages[b.page - 1]
    below = [ln for ln in pa.lines if ln.top > a.bbox[3] and ln.bottom < pa.height * (1 - _MARGIN)]
    above = [ln for ln in pb.lines if ln.bottom < b.bbox[1] and ln.top > pb.height * _MARGIN]
    # ("Tabell 2 (forts.)", and the caption's or header's lines printed again over the rows)
    said = {w for ln in pa.lines if ln.bottom <= a.bbox[1] + 1 and ln.top >= a.bbox[1] - 80 for w in ln.text.split()}
    said |= {w for r in a.header_rows for cell in r for w in cell.split()}
    above = [ln for ln in above if not _FORTS.match(ln.text.strip()) and not set(ln.text.split()) <= said]
    return not below and not above


# "Tabell 2 (forts.)", "Tabell 2, forts.", "Table 2 (cont.)": a table carried on from the page before
_FORTS = re.compile(r"^(?:Tabell|Tab\.|Table)\s*\d+[a-z]?\s*[(,:.–-]?\s*(?:forts|fortsättning|fortsatt|cont)", re.I)


def _caption(
    g: Grid, pages: list[Page], content: PdfContent, taken: set[tuple[int, int]], axis: list[Line]
) -> tuple[str, list[str]]:
    """The caption of a table: a "Tabell N …" line next to it, its own title row, the lines
    right above it (a caption, a chart's title and subtitle, with its source as a note),
    else the heading it stands under. Lines of other tables (``taken``) are never a caption;
    a chart's axis labels met on the way up are added to ``axis``."""
    page = pages[g.page - 1]
    x0, top, x1, bottom = g.bbox
    notes = list(g.notes)
    free = sorted(
        (ln for k, ln in enumerate(page.lines) if (g.page, k) not in taken and ln.x1 > x0 and ln.x0 < x1),
        key=lambda ln: ln.top,
    )
    above = [ln for ln in free if ln.bottom <= top + 1]
    below = [ln for ln in free if ln.top >= bottom - 1]
    notes += _notes_below(g, pages, taken)
    side = f" – {g.side_label}" if g.side_label else ""
    if g.title and CAPTION_RE.match(g.title[0]):
        return " ".join(g.title) + side, notes  # its own "Tabell N. …" (not prose above: "Tabell 2 visar …")
    for k, ln in enumerate(reversed(above)):
        if top - ln.bottom <= _CAPTION_ABOVE and CAPTION_RE.match(ln.text.strip()):
            return _wrapped_caption(ln, above[len(above) - k:]) + side, notes
    for ln in below:
        if ln.top - bottom <= _CAPTION_BELOW and CAPTION_RE.match(ln.text.strip()):
            return ln.text.strip() + side, notes
    if g.title:
        return " ".join(g.title) + side, notes
    parts: list[str] = []
    kind: tuple = ()
    notes += _explained_above(sorted((ln for ln in page.lines if ln.bottom <= top + 1), key=lambda ln: ln.top), top)
    for ln in _block_above(above, top, content, g.page, axis):
        text = ln.text.strip()
        if _is_source(text):
            notes.append(text)
        elif parts and (_type(ln) == kind or text[:1].islower()) and not parts[-1].endswith((":", ".")):
            # a line wrapped in the same type continues the caption; a subtitle is smaller
            joined = join_hyphenated(parts[-1], text) if parts[-1].endswith("-") else None
            parts[-1] = joined if joined is not None else f"{parts[-1]} {text}"
        else:
            parts.append(text)
            kind = _type(ln)
    caption = " – ".join(parts) or _heading_above(content, g.page, top)
    return (caption or f"Tabell på sidan {g.page}") + side, notes


def _explained_above(above: list[Line], top: float) -> list[str]:
    """A sentence or two right above a table saying what its figures are ("Antal dagar per
    registrerad försäkrad 16–64 år, rullande 12 månader. Inom parentes: förändring …"): a note of
    the table – its unit was said nowhere else, and "över 13,5 dagar" had been no bound on it."""
    lines: list[Line] = []
    cursor = top
    for ln in reversed(above):
        height = max(ln.bottom - ln.top, 1.0)
        if cursor - ln.bottom > 1.5 * height or len(lines) >= 3 or (lines and ln.size != lines[0].size):
            break  # (… in one type: the title over it is set larger)
        lines.insert(0, ln)
        cursor = ln.top
    text = " ".join(ln.text.strip() for ln in lines)
    # (a sentence, ended by a full stop, naming what is counted – not a caption or a heading)
    if len(text) < 40 or not re.search(r"\.\s*$", text) or not re.search(r"(?i)\b(?:antal|andel|per|procent|inom parentes)\b", text):
        return []
    return [text]


def _wrapped_caption(first: Line, after: list[Line]) -> str:
    """A "Tabell N." line and the lines it wraps onto before the table ("… (mer än 12" /
    "månader), oktober 2024. Antal personer."): a line goes on while the text so far ends
    without a full stop, or the next line opens in lower case."""
    text, cursor = first.text.strip(), first
    for ln in after[:2]:
        nxt = ln.text.strip()
        height = max(cursor.bottom - cursor.top, 1.0)
        if ln.top - cursor.bottom > 0.8 * height or not nxt or _is_source(nxt):
            break
        if text.endswith((".", ":")) and not nxt[:1].islower():
            break
        joined = join_hyphenated(text, nxt) if text.endswith("-") else None
        text, cursor = joined if joined is not None else f"{text} {nxt}", ln
    return text.rstrip(" .") if cursor is not first else text


def _notes_below(g: Grid, pages: list[Page], taken: set[tuple[int, int]]) -> list[str]:
    """"Källa: …" lines right under a table."""
    x0, _, x1, bottom = g.bbox
    below = sorted(
        (
            ln
            for k, ln in enumerate(pages[g.page - 1].lines)
            if (g.page, k) not in taken and ln.x1 > x0 and ln.x0 < x1 and ln.top >= bottom - 1
        ),
        key=lambda ln: ln.top,
    )
    return [ln.text.strip() for ln in below[:3] if ln.top - bottom < 30 and _is_source(ln.text.strip())]


def _block_above(above: list[Line], top: float, content: PdfContent, page: int, axis: list[Line]) -> list[Line]:
    """The lines standing right above a table, top to bottom: a caption (maybe wrapped over
    lines), or a chart's title, subtitle and source over its plot – the plot's axis labels
    bridge the gap. Stops at a paragraph of running text or a wide gap."""
    heading_tops = {round(t, 1) for p, t, _, _ in content.heading_positions if p == page}
    block: list[Line] = []
    cursor = top
    for ln in reversed(above):
        text = ln.text.strip()
        height = max(ln.bottom - ln.top, 1.0)
        if cursor - ln.bottom > 1.5 * height:
            break
        if re.fullmatch(r"[\d\s,.%()−–-]+", text):
            cursor = ln.top  # an axis label: the plot lies between the table and its title
            axis.append(ln)
            continue
        if not _caption_like(text):
            break
        heading = round(ln.top, 1) in heading_tops
        if block and heading and round(block[0].top, 1) in heading_tops and _type(block[0]) != _type(ln):
            break  # a section heading over a chart's title
        block.insert(0, ln)
        cursor = ln.top
        if len(block) >= 5 or _LABELLED_CAPTION.match(text):
            break  # ("Bilaga: Intervjuade funktioner" opens the caption: a signature above it is none)
    return block


# A caption that opens with its label and a colon ("Bilaga: Intervjuade funktioner", "Figur 3:
# Arbetslöshet"): the lines above it are not part of it
_LABELLED_CAPTION = re.compile(r"^[A-ZÅÄÖ][a-zåäö]+(?:\s+\d+[a-z]?)?\s*:\s+\S")


def _type(ln: Line) -> tuple[float, bool]:
    return (ln.size, ln.bold)


def _is_source(text: str) -> bool:
    """A source or a note under a chart's title: "Data från Kolada (N11810, N11808)",
    "(Kolada N15814, N15813)", "Källa: SCB"."""
    return bool(_SOURCE_RE.match(text)) or bool(
        len(text) < 80 and re.search(r"\b[A-Z]{1,4}\d{3,}\b", text) and not re.search(r"[.!?]$", text)
    )


def _caption_like(text: str) -> bool:
    return len(text) < 160 and not text.endswith((".", ":", ";")) and not re.search(r"[.!?]\s+[A-ZÅÄÖ]", text)


def _heading_above(content: PdfContent, page: int, top: float) -> str:
    """The nearest heading before a position, joined with the heading lines right above it
    when a heading wrapped over two lines."""
    before = [h for h in content.heading_positions if (h[0], h[1]) < (page, top)]
    if not before:
        return ""
    last = before[-1]
    parts = [last[2]]
    for h in reversed(before[:-1]):
        if h[0] == last[0] and h[3] == last[3] and 0 < last[1] - h[1] < 40 and parts[0][:1].islower():
            parts.insert(0, h[2])
            last = h
        else:
            break
    return " ".join(parts)
