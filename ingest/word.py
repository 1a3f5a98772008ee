"""DOCX documents → blocks, title and tables: paragraphs, headings (Word's styles, or a short
bold line) and tables in their order, held to the text limit."""
from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import NamedTuple

from .bindings import bound_document
from .clean import PAGE_NUMBER_RE, Block
from .htmlparts import decode_html, html_parts
from .limits import DEFAULT_LIMITS, Limits, check_zip
from .model import IngestError, Table
from .ooxml import transitional
from .plaintext import plain_blocks, rows_as_lines, title_from_name, with_document_title
from .swedish import composed, fold


def docx_blocks(path: Path, limits: Limits = DEFAULT_LIMITS, rel: str = "") -> tuple[list[Block], str, bool, list[Table]]:
    """(blocks, title, cut, tables): paragraphs and tables of a DOCX in their order, at most
    ``max_text_chars`` characters of them. A table with figures ("Insats | Ansvarig | Budget
    (tkr)") becomes a Table, captioned by a "Tabell N." line right above it, else by the heading
    it stands under; one without stays text, a row per line where it stood. The zip is checked
    before python-docx, which expands every part in memory."""
    import zipfile

    from .pdf.page import TABLE_CAPTION_RE
    from .tables import make_table

    check_zip(path, "DOCX", limits)
    try:
        import docx  # python-docx

        # (a Strict Open XML file in the transitional names; its bound controls as Word shows them)
        source = transitional(path)
        source = bound_document(source or path) or source
        d = docx.Document(source or str(path))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise IngestError(f"trasig DOCX-fil ({type(exc).__name__})") from None
    except Exception as exc:  # noqa: BLE001 - python-docx raises assorted types on bad files
        raise IngestError(f"kan inte läsa DOCX-filen ({type(exc).__name__})") from None
    blocks: list[Block] = []
    tables: list[Table] = []
    title = (d.core_properties.title or "").strip()
    bold_title = body_title = core_title_kept = False
    budget = limits.max_text_chars
    # Paragraph.style looks the style up by id with XPath on every call (3/4 of the reading
    # time of a long document): name each style id once.
    style_names: dict[str | None, str] = {}
    footnotes = _footnotes(d)
    endnotes = _footnotes(d, "endnote")
    trailing: list[str] = []  # text boxes and footnotes of the paragraph just read, after it
    # each Word section's header lines where the section begins (a mail merge's letters each
    # carry their own case number there)
    letterheads = _letterheads(d)
    blocks += [Block("paragraph", ln, 1) for ln in (letterheads[0] if letterheads else [])]
    section = 0
    section_ended = False  # the paragraph just read closed a Word section
    body_pt = _body_size(d)
    bold_subs: set[str] = set()  # the short bold lines read as sub-headings
    pending_chart: tuple[list[list[str]], str] | None = None  # a chart read, waiting for its caption

    def add_sub_heading(text: str) -> None:
        """A short bold line as a sub-heading of the nearest heading that is no such line itself
        ("Villkor" after "Beslut" is its sibling, not its child)."""
        level = next((b.level for b in reversed(blocks) if b.kind == "heading" and b.text not in bold_subs), 1)
        bold_subs.add(text)
        blocks.append(Block("heading", text, 1, level=min(level + 1, 3)))

    def add_table(rows: list[list[str]], own_caption: str = "") -> None:
        heading = next((b.text for b in reversed(blocks) if b.kind == "heading"), title)
        above = blocks[-1].text if blocks and blocks[-1].kind != "heading" else ""
        caption = own_caption or (above if TABLE_CAPTION_RE.match(above) else heading or title_from_name(rel))
        caption = with_document_title(caption, title or title_from_name(rel))
        table = None
        if len(rows) >= 2:
            table = make_table(rows[0], rows[1:], table_id=f"{rel}#t{len(tables) + 1}", document=rel, caption=caption, section=heading)
        if table is not None:
            tables.append(table)
            if above and above == caption and not own_caption:
                blocks.pop()  # the caption is the table's
        else:
            blocks.extend(Block("paragraph", ln, 1) for ln in rows_as_lines(rows))

    for item in _body_items(d):
        if section_ended and section + 1 < len(letterheads):
            section += 1
            blocks += [Block("paragraph", ln, 1) for ln in letterheads[section]]
        section_ended = False
        if trailing:
            blocks += [Block("paragraph", x, 1) for x in trailing]
            trailing = []
        if isinstance(item, _HtmlChunk):
            # a case system's decision pasted as an HTML part (an "altChunk"): Word shows it in
            # the body where it stands; python-docx reads none of it
            budget -= sum(len(str(x[1])) for x in item.parts)
            if budget < 0:
                return _done(blocks), title, True, tables
            for part in item.parts:
                if part[0] == "table":
                    add_table(part[1])
                elif part[0] == "heading":
                    blocks.append(Block("heading", part[1], 1, level=part[2]))
                elif part[0] == "bullet":
                    blocks.append(Block("bullet", part[1], 1))
                elif part[2] and len(part[1]) <= 60 and len(part[1].split()) <= 6 and not part[1].endswith((".", ":")):
                    # (a short bold line – "Beslut", "Ärendebeskrivning" – heads what follows it)
                    add_sub_heading(part[1])
                else:
                    blocks.append(Block("paragraph", part[1], 1))
            continue
        if hasattr(item, "rows"):  # a table
            rows = [_row_texts(row) for row in item.rows]
            rows = [r for r in rows if any(r)]
            budget -= sum(len(" | ".join(r)) for r in rows)
            if budget < 0:
                return _done(blocks), title, True, tables
            add_table(rows)
            continue
        text = _paragraph_text(item._p).strip()
        if pending_chart is not None:
            # a chart's own caption ("Figur 1. Deltagare per spår …") is the line under it
            rows, chart_title = pending_chart
            pending_chart = None
            captioned = bool(_FIGURE_CAPTION.match(text))
            if captioned:
                blocks.append(Block("paragraph", text, 1))
            add_table(rows, text if captioned else chart_title)
            if captioned:
                continue
        for chart in _charts(d, item._p):
            # a chart drawn by Word keeps its figures in the chart part (python-docx reads
            # none of them; the picture's alt text may hold an older draft's)
            if pending_chart is not None:
                add_table(*pending_chart)
            pending_chart = chart
        for sheet in _embedded_sheets(d, item._p, rel):
            # a worksheet embedded in the text (an OLE object Word shows as a picture, its figures
            # only in the workbook inside the file): its tables, where it stands
            heading = next((b.text for b in reversed(blocks) if b.kind == "heading"), title)
            caption = with_document_title(sheet.caption or heading, title or title_from_name(rel))
            tables.append(replace(sheet, id=f"{rel}#t{len(tables) + 1}", document=rel, caption=caption, section=heading))
        section_ended = bool(item._p.xpath("./w:pPr/w:sectPr"))
        boxed = _text_boxes(item._p)
        notes = [f"Fotnot {n}: {footnotes[n]}" for n in item._p.xpath(".//w:footnoteReference/@w:id") if footnotes.get(n)] + [
            # (… and its endnotes, which Word prints at the end: read with what refers to them)
            f"Slutnot {n}: {endnotes[n]}" for n in item._p.xpath(".//w:endnoteReference/@w:id") if endnotes.get(n)
        ]
        if boxed or notes:
            # a floating text box anchored here ("Viktiga datum" beside the text, its dates only
            # there) and the Word footnotes referred to here ("Med besöksnäringen avses …" only in
            # a footnote): python-docx reads neither with the paragraph – they follow it
            budget -= sum(len(x) for x in boxed + notes)
            if budget < 0:
                return _done(blocks), title, True, tables
            if not text:
                blocks += [Block("paragraph", x, 1) for x in boxed + notes]
                continue
            trailing += boxed + notes
        if not text:
            continue
        budget -= len(text)
        if budget < 0:
            return _done(blocks), title, True, tables
        style_id = item._p.style  # the paragraph's w:pStyle value (None: the default style)
        if style_id not in style_names:
            style = item.style
            style_names[style_id] = (style.name or "").lower() if style is not None else ""
        style = style_names[style_id]
        m = re.match(r"(heading|rubrik)\s*(\d)", style)
        if m or style == "title":
            level = 1 if style == "title" else min(int(m.group(2)), 3)
            if len(blocks) == 1 and bold_title and level == 1:
                # "Arbetsmarknadsrådet i Jönköpings län" in bold over "Protokoll från sammanträde
                # 2025-03-18": one title, the council's name kept in every passage's heading path
                # (the next heading had replaced it, and it was in no passage)
                text = f"{blocks.pop().text} – {text}"
                title = text if not core_title_kept else title
            blocks.append(Block("heading", text, 1, level=level))
            if style == "title" and not body_title:
                # the document's own title paragraph, before the file's title property (a template's
                # or an earlier version's: "Resepolicy 2022 – utkast" over "Riktlinje för tjänsteresor")
                title, body_title = text, True
            title = title or text
        elif "list" in style:
            blocks.append(Block("bullet", text, 1))
        elif not blocks and _bold_line(item, text):
            # a title set in bold type in the body style ("Protokoll, regionala
            # utvecklingsnämnden" above the first "Närvarande ledamöter" heading): the title
            blocks.append(Block("heading", text, 1, level=1))
            core_title_kept = bool(title) and fold(title) in fold(text)
            title = text if title and not core_title_kept and len(text) > len(title) else (title or text)
            bold_title = True
        elif _bold_line(item, text) and _larger_than(item, body_pt) and len(text.split()) <= 14:
            # a letter's title in large bold type in the body style ("Beslut om medel ur
            # Kompetensfonden 2027" of each of a mail merge's letters): a heading of the top level
            blocks.append(Block("heading", text, 1, level=1))
        elif _bold_line(item, text) and (
            (len(text) <= 60 and len(text.split()) <= 6)
            # (a numbered item's title is longer: "3. Kompetensbron Kronoberg – presentation av projektplanen")
            # (… and so is a protocol's "§ 12  Budget för kompetenshöjande insatser 2027")
            or (re.match(r"(?:§\s*\d{1,4}|\d{1,2}(?:\.\d{1,2})*\.?)\s+[A-ZÅÄÖ]", text) and len(text) <= 100 and len(text.split()) <= 12)
        ) and not text.endswith(":") and any(b.kind == "heading" for b in blocks):
            # a short bold line in the body style under a heading ("Beslut", "Yrkanden" under
            # "§ 115 …"): a sub-heading, so that what stands under it is known by it
            # (under the nearest heading that is no such line itself: "Villkor" after "Beslut" is its
            # sibling, not its child)
            add_sub_heading(text)
        else:
            blocks.append(Block("paragraph", text, 1))
    blocks += [Block("paragraph", x, 1) for x in trailing]
    if pending_chart is not None:
        add_table(*pending_chart)
    blocks += [Block("paragraph", x, 1) for x in _package_signatures(path)]
    if not tables and _printed_lines(blocks):
        # a document converted from a PDF a printed line per paragraph (words broken at the line's
        # end, the pages' heads in the flow): read as the text it is, its lines joined again –
        # round 217's minutes had been quoted "Pilotstarten kan därför inte ske den 1 sep-"
        # (a labelled line – "Datum: 2026-03-17", "Plats: …" – stays a line of its own)
        text = "\n".join(f"\n{b.text}\n" if _LABELLED_LINE.match(b.text) else b.text for b in blocks)
        lines, plain_title, plain_tables = plain_blocks(text, rel)
        return _done(lines), title or plain_title, False, plain_tables
    return _done(blocks), title, False, tables


# paragraphs, at least, of a document that is printed lines, and the share of them that run on
# into the next (a word broken at the end, or no sentence ended and a small letter after)
_PRINTED_LINES_MIN = 15
_LABELLED_LINE = re.compile(r"^[A-ZÅÄÖ][\wåäö ]{1,24}:\s+\S")
_RUN_ON_SHARE = 0.3


def _printed_lines(blocks: list[Block]) -> bool:
    """Are a document's paragraphs the printed lines of a text – single lines, many of them
    running on into the next?"""
    texts = [b.text.strip() for b in blocks if b.text.strip()]
    # (a document with headings of its own is no print read back: round 158's routine, a line per
    # paragraph under its numbered headings, keeps them)
    if len(texts) < _PRINTED_LINES_MIN or any(b.kind != "paragraph" or "\n" in b.text for b in blocks):
        return False
    run_on = sum(
        1 for a, b in zip(texts, texts[1:])
        if b[:1].islower() and (a.endswith("-") or not a.endswith((".", ":", ";", "!", "?")))
    )
    return run_on >= _RUN_ON_SHARE * len(texts)


def _done(blocks: list[Block]) -> list[Block]:
    """The blocks read, each top heading said more than once told apart by what stands before
    it: a mail merge's letters all open "Beslut om medel ur Kompetensfonden" – each is known by
    its addressee ("… – Hultsfreds kommun"), so that what is under it is known to be theirs."""
    blocks = _colours_explained(blocks)
    tops = [b.text for b in blocks if b.kind == "heading" and b.level == 1]
    twice = {t for t in tops if tops.count(t) >= 2}
    if not twice:
        return blocks
    out: list[Block] = []
    for b in blocks:
        if b.kind == "heading" and b.level == 1 and b.text in twice and out and out[-1].kind == "paragraph":
            first = out[-1].text.split("\n")[0].strip()
            if 3 <= len(first) <= 60 and fold(first) not in fold(b.text):
                b = Block("heading", f"{b.text} – {first}", b.page, level=1, page_end=b.page_end)
        out.append(b)
    return out


def _body_size(d) -> float:
    """The body text's size in points: the default paragraph style's, else Word's 11."""
    try:
        size = d.styles["Normal"].font.size
        return size.pt if size is not None else 11.0
    except Exception:  # noqa: BLE001 - a document without a Normal style reads as Word's default
        return 11.0


def _larger_than(paragraph, body_pt: float) -> bool:
    """Is every run with text set at least a fifth larger than the body (a title's 14 pt over 11)?"""
    runs = [r for r in paragraph.runs if r.text.strip()]
    return bool(runs) and all(r.font.size is not None and r.font.size.pt >= 1.2 * body_pt for r in runs)


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _body_items(d):
    """The body's paragraphs and tables in their order – also those inside block-level content
    controls (a template's "Villkor" list wrapped in one), which python-docx's own iteration
    passes over."""
    from docx.table import Table as DocxTable
    from docx.text.paragraph import Paragraph

    def walk(parent_el, parent):
        for el in parent_el.iterchildren():
            if el.tag == f"{_W}p":
                yield Paragraph(el, parent)
            elif el.tag == f"{_W}tbl":
                yield DocxTable(el, parent)
            elif el.tag == f"{_W}altChunk":
                chunk = _html_chunk(d, el)
                if chunk is not None:
                    yield chunk
            elif el.tag in (f"{_W}sdt", f"{_W}customXml"):
                content = el.find(f"{_W}sdtContent") if el.tag == f"{_W}sdt" else el
                if content is not None:
                    yield from walk(content, parent)

    yield from walk(d.element.body, d._body)


_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_C = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
# "Figur 1.", "Diagram 2:" – a chart's caption
_FIGURE_CAPTION = re.compile(r"^(?:figur|diagram|fig\.)\s*\d+[.:]?\s", re.I)


def _charts(d, p) -> list[tuple[list[list[str]], str]]:
    """The charts drawn in paragraph ``p`` as tables: (rows – a header of the series' names over
    a row per category –, the chart's own title). Read from each series' cached categories and
    values; a chart whose part cannot be read is left out."""
    from lxml import etree

    out = []
    for ref in p.iter(f"{_C}chart"):
        try:
            root = etree.fromstring(d.part.related_parts[ref.get(f"{_R}id")].blob)
        except Exception:  # noqa: BLE001 - a chart that cannot be read costs that chart only
            continue
        series = []
        for ser in root.iter(f"{_C}ser"):
            name = " ".join(v.text or "" for v in ser.findall(f"{_C}tx//{_C}v")).strip()
            cats = {pt.get("idx"): (pt.findtext(f"{_C}v") or "").strip() for pt in ser.findall(f"{_C}cat//{_C}pt")}
            vals = {pt.get("idx"): (pt.findtext(f"{_C}v") or "").strip() for pt in ser.findall(f"{_C}val//{_C}pt")}
            if vals:
                series.append((name or f"Serie {len(series) + 1}", cats, vals))
        if not series:
            continue
        keys = sorted({k for _, cats, vals in series for k in (*cats, *vals)}, key=lambda k: int(k) if k and k.isdigit() else 0)
        label = next((cats for _, cats, _ in series if cats), {})
        rows = [["Kategori", *(name for name, _, _ in series)]]
        rows += [[label.get(k, str(int(k) + 1) if k.isdigit() else k), *(vals.get(k, "") for _, _, vals in series)] for k in keys]
        heading = " ".join("".join(t.text or "" for t in el.iter(f"{_A}t")) for el in root.findall(f"{_C}chart/{_C}title"))
        out.append((rows, " ".join(heading.split())))
    return out


_O = "{urn:schemas-microsoft-com:office:office}"


def _embedded_sheets(d, p, rel: str) -> list[Table]:
    """The tables of the Excel workbooks embedded in paragraph ``p`` (``o:OLEObject`` with an
    "Excel.Sheet" ProgID, the workbook a part of the file). A workbook that cannot be read costs
    that object only."""
    from .stats_io import read_stats_bytes

    out: list[Table] = []
    for obj in p.iter(f"{_O}OLEObject"):
        if not (obj.get("ProgID") or "").startswith("Excel.Sheet"):
            continue
        try:
            out += read_stats_bytes(d.part.related_parts[obj.get(f"{_R}id")].blob, ".xlsx", rel)
        except Exception:  # noqa: BLE001 - the object stays a picture, as python-docx reads it
            continue
    return out


class _HtmlChunk(NamedTuple):
    """An HTML part the body points to (``w:altChunk``), read as its parts (``htmlparts``)."""

    parts: list


def _html_chunk(d, el) -> _HtmlChunk | None:
    """The HTML (or plain text) part a ``w:altChunk`` points to, read; None for any other kind
    (an embedded document or web archive) or a part that cannot be reached."""
    try:
        part = d.part.related_parts[el.get(f"{_R}id")]
        kind = (part.content_type or "").lower()
        data = part.blob
    except Exception:  # noqa: BLE001 - a broken pointer costs that part only
        return None
    if "html" in kind:
        return _HtmlChunk(html_parts(decode_html(data)))
    if kind.startswith("text/plain"):
        return _HtmlChunk([("paragraph", " ".join(ln.split()), False) for ln in decode_html(data).splitlines() if ln.strip()])
    return None


def _row_texts(row) -> list[str]:
    """A table row's cell texts; a row that is one cell merged across the table's width said once,
    in its first column (python-docx gives the merged cell again for every column it spans:
    round 215's row "Ljugarn … – UTGÅR" had been read as the value of each of five columns, and
    a form's "3 Projektbeskrivning" with its text twice). A cell spanning some columns only – a
    header over two sub-headers – stays said in each."""
    cells = row.cells
    if len(cells) > 1 and all(c._tc is cells[0]._tc for c in cells):
        return [_cell_text(cells[0])] + [""] * (len(cells) - 1)
    return [_cell_text(c) for c in cells]


def _cell_text(cell) -> str:
    """A table cell's text, its paragraphs read as ``_paragraph_text`` reads them (a template's
    values sit in content controls in the cells) – or, for a cell with no text filled with a
    colour, the colour's name: a status table that says "försenad" only by a red cell."""
    return "\n".join(_cell_lines(cell._tc)) or _fill_colour(cell._tc)


def _fill_colour(tc) -> str:
    """The Swedish name of a cell's fill ("röd" for FF0000, "gul" for FFC000, "grön" for
    00B050), or "" when it has none of a colour (no shading, automatic, white, grey)."""
    shd = tc.find(f"{_W}tcPr/{_W}shd")
    fill = (shd.get(f"{_W}fill") or "") if shd is not None else ""
    if not re.fullmatch(r"[0-9A-Fa-f]{6}", fill):
        return ""
    r, g, b = (int(fill[k:k + 2], 16) / 255 for k in (0, 2, 4))
    high, low = max(r, g, b), min(r, g, b)
    if high - low < 0.15:
        return ""  # (grey, black: a header's or a zebra row's shading, no status)
    if high == r:
        hue = (60 * (g - b) / (high - low)) % 360
    elif high == g:
        hue = 60 * (b - r) / (high - low) + 120
    else:
        hue = 60 * (r - g) / (high - low) + 240
    for bound, name in ((20, "röd"), (40, "orange"), (70, "gul"), (170, "grön"), (260, "blå"), (345, "lila"), (360, "röd")):
        if hue < bound:
            return name
    return ""


# a document's key to its colours: "Färgkod: grön = enligt plan, gul = risk för försening, röd = försenad"
_COLOUR_KEY = re.compile(r"\b(röd|gul|grön|blå|orange|grå|lila)\s*[=:–-]\s*([^,;.=\n]{2,40}?)(?=\s*(?:[,;.]|$|\b(?:röd|gul|grön|blå|orange|grå|lila)\b))", re.I)


def _colours_explained(blocks: list[Block]) -> list[Block]:
    """``blocks`` with each colour a table's cell was read as ("Status: röd") followed by what the
    document's colour key says it means ("röd (försenad)"), when it has such a key of two colours
    or more."""
    key: dict[str, str] = {}
    for b in blocks:
        found = {m.group(1).lower(): m.group(2).strip() for m in _COLOUR_KEY.finditer(b.text)}
        if len(found) >= 2:
            key = found
            break
    if not key:
        return blocks
    said = re.compile(r"(?<=: )(" + "|".join(key) + r")(?=$| \|)", re.M)
    return [replace(b, text=said.sub(lambda m: f"{m.group(1)} ({key[m.group(1)]})", b.text)) if " | " in b.text else b for b in blocks]


def _cell_lines(el) -> list[str]:
    """The lines of a cell (or a content control in one): its paragraphs, and a table nested in
    it as the rows of a table without figures ("Roll: Tillförordnad projektledare | Namn: Amir
    Haddad | Period: 1 april – 30 november 2026") – minutes laid out in a table keep each
    decision in a table inside a cell, and read cell by cell a decision's values stood on lines
    of their own, apart from what they were."""
    out: list[str] = []
    for child in el.iterchildren():
        if child.tag == f"{_W}p":
            if t := _paragraph_text(child).strip():
                out.append(t)
        elif child.tag == f"{_W}tbl":
            rows = [
                [" ".join(_cell_lines(tc)) for tc in tr.iterchildren(f"{_W}tc")]
                for tr in child.iterchildren(f"{_W}tr")
            ]
            rows = [r for r in rows if any(r)]
            out += rows_as_lines(rows) if len(rows) >= 2 else [" | ".join(c for c in r if c) for r in rows]
        elif child.tag in (f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml", f"{_W}ins"):
            out += _cell_lines(child)
    return out


# what a paragraph's text is not: deleted and moved-away runs, properties, and drawings, VML
# shapes and embedded objects (a text box's paragraphs are read by ``_text_boxes``)
_NOT_READ = frozenset(
    f"{_W}{t}" for t in ("del", "moveFrom", "pPr", "rPr", "sdtPr", "drawing", "pict", "object")
)
_ALTERNATE = "{http://schemas.openxmlformats.org/markup-compatibility/2006}AlternateContent"


def _hidden(run) -> bool:
    """Is a run formatted as hidden text (``w:vanish``, not switched off)?"""
    return _switched_on(run.find(f"{_W}rPr/{_W}vanish"))


def _switched_on(el) -> bool:
    """An OOXML on/off property present and not switched off ("w:val" absent, or not 0/false/off)."""
    return el is not None and el.get(f"{_W}val", "true").lower() not in ("0", "false", "off")


def _paragraph_text(p) -> str:
    """A paragraph's text as it reads now: its runs, those inside inline content controls,
    hyperlinks and fields, and those a tracked change inserted – not the text it deleted nor a
    content control's placeholder ("Klicka eller tryck här för att ange text."). python-docx's
    ``Paragraph.text`` reads only the runs directly under the paragraph: a filled-in template's
    values and a draft's insertions were lost."""
    out: list[str] = []

    def walk(el) -> None:
        for child in el.iterchildren():
            tag = child.tag
            if tag in _NOT_READ or tag == _ALTERNATE:
                # (a drawing's or text box's paragraphs are read by ``_text_boxes``, after this one)
                continue
            if tag == f"{_W}sdt" and child.find(f"{_W}sdtPr/{_W}showingPlcHdr") is not None:
                continue  # (an unfilled control shows its placeholder, no value)
            if tag == f"{_W}r" and _hidden(child):
                continue  # (hidden text – a template's instructions with example values – is not shown)
            if tag in (f"{_M}oMath", f"{_M}oMathPara"):
                out.append(_math_text(child))  # (an equation Word typeset: its text, in a line)
            elif tag == f"{_W}t":
                out.append(child.text or "")
            elif tag == f"{_W}tab":
                out.append("\t")
            elif tag in (f"{_W}br", f"{_W}cr"):
                out.append("\n")
            elif tag == f"{_W}noBreakHyphen":
                out.append("-")
            elif tag == f"{_W}fldChar" and (box := child.find(f"{_W}ffData/{_W}checkBox")) is not None:
                # a legacy form's check box (FORMCHECKBOX): ticked or not stands only in its field
                # data – "att flytta pilotstarten till den 12 april 2027" ticked beside "att
                # behålla pilotstarten den 1 mars 2027" unticked had read as three decisions
                out.append("☒ " if _box_ticked(box) else "☐ ")
            elif tag == f"{_W}sym":
                # a box ticked or not in a symbol font ("Wingdings" F0FD / F0A8): which of
                # "kvartalsvis halvårsvis årsvis" is decided stands only in it
                out.append(_SYMBOLS.get(((child.get(f"{_W}font") or "").lower(), (child.get(f"{_W}char") or "").upper()), ""))
            else:
                walk(child)

    walk(p)
    return composed("".join(out))


_M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"


def _box_ticked(box) -> bool:
    """A legacy check box's state: its ``w:checked`` when set, else its ``w:default``."""
    checked = box.find(f"{_W}checked")
    return _switched_on(checked if checked is not None else box.find(f"{_W}default"))

# check boxes written as a symbol font's characters (a form's "☒ Beviljas ☐ Avslås"): ticked and
# empty, as Wingdings and Wingdings 2 draw them; any other symbol is read as nothing, as before
_SYMBOLS = {
    **{("wingdings", c): "☒ " for c in ("F0FD", "F0FE", "F078")},
    **{("wingdings", c): "☐ " for c in ("F0A8", "F06F", "F071")},
    **{("wingdings 2", c): "☒ " for c in ("F053", "F054", "F051", "F052", "F0CF")},
    **{("wingdings 2", c): "☐ " for c in ("F0A3", "F02A", "F0A2")},
}


def _math_text(el) -> str:
    """An Office Math equation as a line of text: "B = min(0,5·K; 75 000 kr·m/12)" – its runs,
    a fraction as num/den, a delimiter with its characters and separators, a sub- or superscript
    after its base. python-docx reads none of it (round 191's grant rules were only equations)."""

    def val(parent, name: str, default: str) -> str:
        node = parent.find(f"{_M}{name}")
        return node.get(f"{_M}val", default) if node is not None else default

    def part(node, name: str) -> str:
        child = node.find(f"{_M}{name}")
        return walk(child) if child is not None else ""

    def walk(node) -> str:
        tag = node.tag
        if tag == f"{_M}t":
            return node.text or ""
        if tag == f"{_M}f":
            num, den = (part(node, k) for k in ("num", "den"))
            return f"{_bracketed(num)}/{_bracketed(den)}"
        if tag == f"{_M}d":
            pr = node.find(f"{_M}dPr")
            pr = pr if pr is not None else node
            sep = val(pr, "sepChr", "|")
            sep = f"{sep} " if sep in ",;" else f" {sep} "
            items = [walk(e) for e in node.findall(f"{_M}e")]
            return f"{val(pr, 'begChr', '(')}{sep.join(items)}{val(pr, 'endChr', ')')}"
        if tag == f"{_M}sSub":
            return f"{part(node, 'e')}_{part(node, 'sub')}"
        if tag == f"{_M}sSup":
            return f"{part(node, 'e')}^{part(node, 'sup')}"
        if tag == f"{_M}rad":
            return f"√({part(node, 'e')})"
        if tag.endswith("Pr"):
            return ""  # (a structure's properties)
        return "".join(walk(c) for c in node.iterchildren() if isinstance(c.tag, str))

    return " ".join(walk(el).split())


def _bracketed(x: str) -> str:
    """A fraction's part in brackets when it is more than one term."""
    return f"({x})" if re.search(r"[+\-−·= ]", x) else x


def _text_boxes(p) -> list[str]:
    """The paragraphs of the text boxes anchored in paragraph ``p`` (a drawing's and its VML
    fallback's are the same box: each text once), and its signature lines ("Underskrift: Annika
    Wester, Enhetschef, Regional tillväxt": the signer Word prints under the line is only in the
    line's attributes)."""
    out: list[str] = []
    for box in p.iter(f"{_W}txbxContent"):
        for para in box.iter(f"{_W}p"):
            text = " ".join("".join(t.text or "" for t in para.iter(f"{_W}t")).split())
            if text and text not in out:
                out.append(text)
    for line in p.iter(f"{_O}signatureline"):
        who = [" ".join((line.get(f"{_O}{k}") or "").split()) for k in ("suggestedsigner", "suggestedsigner2")]
        if who[0] and (text := f"Underskrift: {', '.join(w for w in who if w)}") not in out:
            out.append(text)
    return out


_O = "{urn:schemas-microsoft-com:office:office}"


def package_signatures(path) -> list[dict[str, str]]:
    """The digital signatures of the package (Word's "Lägg till en digital signatur", its
    _xmlsignatures parts), each {"who", "role", "when", "why"} – a decision that says "enligt
    elektronisk underskrift" names its decision maker, and the day, only there."""
    import zipfile

    from .formats import parse_xml

    out: list[dict[str, str]] = []
    try:
        with zipfile.ZipFile(path) as z:
            names = [n for n in z.namelist() if n.startswith("_xmlsignatures/") and n.endswith(".xml")][:10]
            for n in names:
                root = parse_xml(z.read(n))
                if root is None:
                    return []  # (a signature part that is no XML: no signature is read)
                said_in = {
                    e.tag.rsplit("}", 1)[-1]: " ".join(e.text.split()) for e in reversed(list(root.iter()))
                    if isinstance(e.tag, str) and (e.text or "").strip()
                }
                if said_in.get("SignatureText"):
                    out.append({k: said_in.get(tag, "") for k, tag in (
                        ("who", "SignatureText"), ("role", "ClaimedRole"), ("when", "SigningTime"), ("why", "SignatureComments"),
                    )})
    except (zipfile.BadZipFile, KeyError, OSError, ValueError):
        return []
    return out


def _package_signatures(path) -> list[str]:
    """The package's signatures as lines: "Elektroniskt signerad av …, roll, tid. Syfte: …"."""
    from .formats import value_text

    out = []
    for sig in package_signatures(path):
        said = f"Elektroniskt signerad av {sig['who']}" + (f", {sig['role']}" if sig["role"] else "")
        said += (f", {value_text(sig['when'])}" if sig["when"] else "") + "."
        out.append(said + (f" Syfte: {sig['why']}." if sig["why"] else ""))
    return out


def _footnotes(d, kind: str = "footnote") -> dict[str, str]:
    """Footnote id → its text, from the document's footnotes part (separators left out); of its
    endnotes with ``kind="endnote"``."""
    from lxml import etree

    try:
        part = next((r.target_part for r in d.part.rels.values() if r.reltype.endswith(f"/{kind}s") and not r.is_external), None)
        if part is None:
            return {}
        root = etree.fromstring(part.blob)
    except Exception:  # noqa: BLE001 - footnotes python-docx cannot reach cost the footnotes only
        return {}
    out = {}
    for note in root.iter(f"{_W}{kind}"):
        if note.get(f"{_W}type") in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        text = " ".join("".join(t.text or "" for t in note.iter(f"{_W}t")).split())
        if text:
            out[note.get(f"{_W}id")] = text
    return out


def _letterheads(d) -> list[list[str]]:
    """The lines of each Word section's header (a section whose header is its predecessor's has
    none of its own; a line said by an earlier section is not said again): a memo's letterhead
    holds its date, case number and officer ("Handläggare: Maria Nyström, utvecklingsstrateg"),
    which the body never repeats – read only from the body, "vem är handläggare?" had no answer."""
    out: list[list[str]] = []
    seen: set[str] = set()
    try:
        for section in d.sections:
            lines: list[str] = []
            for part in (section.first_page_header if section.different_first_page_header_footer else None, section.header):
                if part is None or part.is_linked_to_previous:
                    continue
                # (read as the body is: a case system's template fills "Datum: " and "Diarienummer: "
                # with DOCPROPERTY fields, whose values python-docx's text leaves out)
                texts = [_paragraph_text(p._p) for p in part.paragraphs] + [
                    _cell_text(c) for t in part.tables for row in t.rows for c in row.cells
                ]
                for text in texts:
                    for ln in text.splitlines():
                        ln = " ".join(ln.split())
                        if ln and not PAGE_NUMBER_RE.match(ln) and ln not in seen:
                            seen.add(ln)
                            lines.append(ln)
            out.append(lines)
    except Exception:  # noqa: BLE001 - a header python-docx cannot read costs the header only
        return []
    return out


def _bold_line(paragraph, text: str) -> bool:
    """A short line of one DOCX paragraph whose every run with text is bold, ending in no full stop."""
    runs = [r for r in paragraph.runs if r.text.strip()]
    return bool(runs) and all(r.bold for r in runs) and len(text) <= 120 and "\n" not in text and not text.endswith(".")
