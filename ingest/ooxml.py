"""Office Open XML saved as "Strict Open XML" (ISO/IEC 29500 strict) read through the
transitional names python-docx and openpyxl know.

Word and Excel can save a document or workbook as "Strict Open XML": the same markup, its
namespaces and relationship types under other URIs (purl.oclc.org/ooxml/…). python-docx refuses
such a DOCX as broken and openpyxl finds no sheets in such an XLSX; rewritten in memory with the
transitional names, both read it as any other.
"""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

_STRICT_NAMES = (
    (b"http://purl.oclc.org/ooxml/wordprocessingml/main", b"http://schemas.openxmlformats.org/wordprocessingml/2006/main"),
    (b"http://purl.oclc.org/ooxml/spreadsheetml/main", b"http://schemas.openxmlformats.org/spreadsheetml/2006/main"),
    (b"http://purl.oclc.org/ooxml/officeDocument/relationships", b"http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
    (b"http://purl.oclc.org/ooxml/drawingml/main", b"http://schemas.openxmlformats.org/drawingml/2006/main"),
    (b"http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing", b"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"),
    (b"http://purl.oclc.org/ooxml/drawingml/spreadsheetDrawing", b"http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"),
    (b"http://purl.oclc.org/ooxml/drawingml/picture", b"http://schemas.openxmlformats.org/drawingml/2006/picture"),
    (b"http://purl.oclc.org/ooxml/drawingml/chart", b"http://schemas.openxmlformats.org/drawingml/2006/chart"),
    (b"http://purl.oclc.org/ooxml/officeDocument/math", b"http://schemas.openxmlformats.org/officeDocument/2006/math"),
    (b"http://purl.oclc.org/ooxml/officeDocument/extendedProperties", b"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"),
    (b"http://purl.oclc.org/ooxml/officeDocument/sharedTypes", b"http://schemas.openxmlformats.org/officeDocument/2006/sharedTypes"),
)


def transitional(path: Path):
    """A package saved as Strict Open XML, rewritten in memory with the transitional names (a
    file object); None for any other package – it is read as it is."""
    try:
        with zipfile.ZipFile(path) as z:
            rels = z.read("_rels/.rels")
            if b"purl.oclc.org/ooxml" not in rels:
                return None
            out = io.BytesIO()
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as w:
                for info in z.infolist():
                    data = z.read(info)
                    if info.filename.endswith((".xml", ".rels")):
                        for strict, usual in _STRICT_NAMES:
                            data = data.replace(strict, usual)
                    w.writestr(info.filename, data)
    except (zipfile.BadZipFile, KeyError, OSError):
        return None
    out.seek(0)
    return out
