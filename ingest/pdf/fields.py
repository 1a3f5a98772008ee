"""The answers of a filled-in PDF form: what its fields hold, set into the page's lines.

A fillable form (an application, a report template filled in on screen) keeps what was typed in
its fields (AcroForm widgets), not in the page's text: read as text, the form had only its
printed labels ("Kontaktperson", "Telefon", "Sökt belopp") and every answer was lost – who the
contact was, how much was applied for. Here each field's value becomes text where its box
stands: beside a printed label on the same row it continues that line after a column's gap
("Kontaktperson   Sanna Ekdahl", read as a form's label and value), elsewhere it is a line of
its own at its place; a ticked box is "☒" and an empty one "☐" before the word printed beside it.

So is text typed onto a page as annotations (Acrobat's "Fyll i och signera", a typewriter box)
and a stamp's words: shown on the page, held only in the annotation.

    values = field_values(open_pypdf(path), forms=has_form)   # page number → [FieldValue]
    page.lines = with_fields(page.lines, values.get(page.number, []))

Read with pypdf; the form's own fields only for a document that pdfium says has a form.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace
from pathlib import Path

from .page import Line

log = logging.getLogger(__name__)

TICKED, EMPTY = "☒", "☐"
_ROW_SLACK = 3.0  # points: a label whose middle lies this far outside a box's height is on its row
_LINE_HEIGHT = 1.25  # of the font size: the step between the lines of a field of several lines
_DEFAULT_SIZE = 10.0


@dataclass(frozen=True)
class FieldValue:
    text: str  # the value as typed; "☒"/"☐" for a box
    x0: float
    top: float  # from the page's top, as Line
    x1: float
    bottom: float
    box: bool = False


# annotations whose words are shown on the page: typed text and stamps
_TYPED = ("/FreeText", "/Stamp")


def open_pypdf(path: Path):
    """The PDF opened with pypdf (its annotations, fields and layers), or None when pypdf cannot
    read it – the page's text, read by pdfium, still stands."""
    try:
        from pypdf import PdfReader

        return PdfReader(str(path))
    except Exception as exc:  # noqa: BLE001 - an enrichment; the page's text stands
        log.warning("%s: formulärfälten och lagren kunde inte läsas (%s)", path.name, exc)
        return None


def field_values(pdf, forms: bool = True) -> dict[int, list[FieldValue]]:
    """Page number (1-based) → the form's filled-in values on it, and the text typed onto its
    pages as annotations, top to bottom (``pdf``: ``open_pypdf``'s reader; ``forms``: read the
    form's fields too). Empty when the file has neither or they cannot be read (the printed
    text still stands)."""
    if pdf is None:
        return {}
    try:
        out: dict[int, list[FieldValue]] = {}
        for number, page in enumerate(pdf.pages, 1):
            height = float(page.mediabox.top)
            values = [v for a in page.get("/Annots") or () if (v := _value(a.get_object(), height, forms)) is not None]
            if values:
                out[number] = sorted(values, key=lambda v: (round(v.top), v.x0))
        return out
    except Exception as exc:  # noqa: BLE001 - the fields are an enrichment; the page's text stands
        log.warning("formulärfälten kunde inte läsas (%s)", exc)
        return {}


def _inherited(obj, key: str):
    """A field's entry, from the widget or the field it belongs to (a widget of a radio group or
    a field split over pages keeps its value on the parent)."""
    while obj is not None:
        if key in obj:
            return obj[key]
        parent = obj.get("/Parent")
        obj = parent.get_object() if parent is not None else None
    return None


def _value(obj, height: float, forms: bool = True) -> FieldValue | None:
    subtype = obj.get("/Subtype")
    if subtype not in ("/Widget", *_TYPED) or "/Rect" not in obj or (subtype == "/Widget" and not forms):
        return None
    x0, y0, x1, y1 = (float(v) for v in obj["/Rect"])
    x0, x1, y0, y1 = min(x0, x1), max(x0, x1), min(y0, y1), max(y0, y1)
    top, bottom = height - y1, height - y0
    if subtype in _TYPED:
        # text typed onto the page (Acrobat's "Fyll i och signera", a typewriter box) or a stamp
        # with its words ("INKOM 2026-05-07 …"): shown on the page, held only in the annotation
        text = str(obj.get("/Contents") or "").strip()
        return FieldValue(text, x0, top, x1, bottom) if text else None
    kind = _inherited(obj, "/FT")
    if kind == "/Btn":
        state = obj.get("/AS")
        if state is None:
            return None  # (a push button: no state, nothing typed)
        return FieldValue(EMPTY if str(state) == "/Off" else TICKED, x0, top, x1, bottom, box=True)
    if kind not in ("/Tx", "/Ch"):
        return None  # (a signature field holds no text)
    value = _inherited(obj, "/V")
    if isinstance(value, list):  # a list box with several chosen
        value = ", ".join(str(v) for v in value)
    text = str(value).strip() if value is not None else ""
    if not text or text.startswith("/"):
        return None
    return FieldValue(text, x0, top, x1, bottom)


def with_fields(lines: list[Line], values: list[FieldValue]) -> list[Line]:
    """The page's lines with the fields' values set in (see the module docstring)."""
    if not values:
        return lines
    out = list(lines)
    for v in values:
        out = _tick(out, v) if v.box else _fill(out, v)
    return out


def _row(lines: list[Line], v: FieldValue) -> list[int]:
    """The lines on the field's row (their middle within the box's height, give or take)."""
    return [
        i for i, ln in enumerate(lines)
        if v.top - _ROW_SLACK <= (ln.top + ln.bottom) / 2 <= v.bottom + _ROW_SLACK
    ]


def _fill(lines: list[Line], v: FieldValue) -> list[Line]:
    parts = [p.strip() for p in re.split(r"\r\n|\r|\n", v.text) if p.strip()]
    if not parts:
        return lines
    row = _row(lines, v)
    if len(parts) == 1:
        # "Kontaktperson" … its box: one line, the value after a column's gap; a box between two
        # labels of one line ("Startdatum [ ] Slutdatum [ ]") before the word right of it
        i = _line_through(lines, row, v)
        if i is not None:
            return [*lines[:i], _set_in(lines[i], v, parts[0], gap=True), *lines[i + 1:]]
    size = next((lines[i].size for i in row), None) or _size_near(lines, v) or _DEFAULT_SIZE
    step = size * _LINE_HEIGHT
    made = [
        Line(text=p, top=v.top + k * step, bottom=v.top + (k + 1) * step, x0=v.x0, x1=v.x1, size=size, bold=False)
        for k, p in enumerate(parts)
    ]
    # (at its place in reading order: before the first line that starts below the box's top)
    at = next((i for i, ln in enumerate(lines) if ln.top > v.top + _ROW_SLACK and i not in row), len(lines))
    return [*lines[:at], *made, *lines[at:]]


def _line_through(lines: list[Line], row: list[int], v: FieldValue) -> int | None:
    """The line of the box's row that it continues or stands inside: one reaching into the box
    from its left, else the one ending nearest before it (a label); None when a line stands right
    of a label-less box only."""
    inside = [i for i in row if lines[i].x0 < v.x0 - 2.0 < lines[i].x1]
    if inside:
        return inside[0]
    before = [i for i in row if lines[i].x1 <= v.x0 + 2.0]
    return max(before, key=lambda i: lines[i].x1) if before else None


def _set_in(ln: Line, v: FieldValue, text: str, gap: bool) -> Line:
    """``ln`` with ``text`` set in where the box stands: before the first word starting right of
    the box, else at the end. With ``gap`` the value is a column of its own (a form's value)."""
    at = next((off for off, x in ln.starts if x >= v.x1 - 1.0), None)
    if at is None:
        at = len(ln.text) + 1
        new = f"{ln.text} {text}"
    else:
        new = f"{ln.text[:at]}{text} {ln.text[at:]}"
    shift = len(text) + 1
    moved = lambda offs: tuple((o + shift if o >= at else o, x) for o, x in offs)  # noqa: E731
    breaks, starts = moved(ln.breaks), moved(ln.starts)
    if gap:
        breaks = tuple(sorted((*breaks, (at, v.x0))))
        starts = tuple(sorted((*starts, (at, v.x0))))
    return replace(ln, text=new, x1=max(ln.x1, v.x1), breaks=breaks, starts=starts)


def _size_near(lines: list[Line], v: FieldValue) -> float | None:
    above = [ln for ln in lines if ln.bottom <= v.top + _ROW_SLACK]
    return above[-1].size if above else None


def _tick(lines: list[Line], v: FieldValue) -> list[Line]:
    """A box's mark set before the word printed just right of it ("☒ Nej"), else at the end of
    its row's line; a box with no line on its row is left out (a mark alone says nothing)."""
    i = _line_through(lines, _row(lines, v), v)
    if i is None:
        return lines
    return [*lines[:i], _set_in(lines[i], v, v.text, gap=False), *lines[i + 1:]]


# attachments larger than this are not read (a spreadsheet of figures is far smaller)
_MAX_ATTACHMENT_BYTES = 20_000_000


def attached_files(pdf) -> list[tuple[int | None, str, bytes]]:
    """The files attached to a PDF: each file-attachment annotation's (its page, its name, its
    bytes), then the document's own attachments not already met (page None). Empty when there
    are none or they cannot be read (``pdf``: ``open_pypdf``'s reader)."""
    if pdf is None:
        return []
    out: list[tuple[int | None, str, bytes]] = []
    seen: set[str] = set()
    try:
        for number, page in enumerate(pdf.pages, start=1):
            for ref in page.get("/Annots") or []:
                annot = ref.get_object()
                if annot.get("/Subtype") != "/FileAttachment" or "/FS" not in annot:
                    continue
                spec = annot["/FS"].get_object()
                name = str(spec.get("/UF") or spec.get("/F") or "")
                stream = spec.get("/EF", {}).get_object().get("/F")
                if not name or stream is None:
                    continue
                data = stream.get_object().get_data()
                if len(data) <= _MAX_ATTACHMENT_BYTES:
                    out.append((number, name, data))
                    seen.add(name)
        for name, blobs in pdf.attachments.items():
            if name not in seen:
                out += [(None, name, b) for b in blobs if len(b) <= _MAX_ATTACHMENT_BYTES]
    except Exception as exc:  # noqa: BLE001 - an enrichment; the page's text stands
        log.warning("bifogade filer kunde inte läsas (%s)", exc)
    return out



# the page a dynamic XFA form (Adobe LiveCycle) shows a reader that cannot draw it
_XFA_PLACEHOLDER = re.compile(r"(?:please wait|vänta)\s*\.\.\..*adobe", re.I | re.S)
_MAX_XFA_BYTES = 5_000_000


def xfa_lines(pdf) -> list[str]:
    """What a dynamic XFA form (Adobe LiveCycle Designer's, a public authority's e-form) was
    filled in with: its datasets' values as lines "Ny projektledare: Jonas Öberg" under their
    groups' names – the page itself says only "Vänta…/Please wait…", and the answers are in
    the form's XML. Empty when the PDF has no XFA data (``pdf``: ``open_pypdf``'s reader)."""
    if pdf is None:
        return []
    from ..formats import xml_document

    try:
        form = pdf.trailer["/Root"].get("/AcroForm")
        xfa = form.get_object().get("/XFA") if form is not None else None
        if xfa is None:
            return []
        xfa = xfa.get_object()
        parts = list(xfa) if not hasattr(xfa, "get_data") else []
        data = b""
        for k in range(0, len(parts) - 1, 2):
            if str(parts[k]) == "datasets":
                data = parts[k + 1].get_object().get_data()
        if not data and hasattr(xfa, "get_data"):
            data = xfa.get_data()  # (one stream of the whole XDP: its datasets are inside)
        if not data or len(data) > _MAX_XFA_BYTES:
            return []
        text = data.decode("utf-8", errors="replace")
        m = re.search(r"<(?:\w+:)?data\b[^>]*>(.*)</(?:\w+:)?data>", text, re.S)
        if m is None:
            return []
        read = xml_document(f"<data>{m.group(1)}</data>")
    except Exception as exc:  # noqa: BLE001 - an enrichment; the page's text stands
        log.warning("XFA-formulärets data kunde inte läsas (%s)", exc)
        return []
    if read is None:
        return []
    # (a group's name over its values, a blank line before it: paragraphs of their own)
    out: list[str] = []
    for b in read[1]:
        out += ["", b.text] if b.kind == "heading" else b.text.split("\n")
    return out


def is_xfa_placeholder(text: str) -> bool:
    """Is a page's text only the message a dynamic XFA form shows where it cannot be drawn?"""
    return bool(_XFA_PLACEHOLDER.search(text)) and len(text) < 2000
