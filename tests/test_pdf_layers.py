"""A PDF's optional-content layer switched off in its default view (an old draft kept under the
printed text) is not read – round 184's leaflet held its former start date and phone number in
such a layer, at the same places as the printed ones; text typed onto a page as annotations
(Acrobat's "Fyll i och signera") is read where it stands – round 184's application had every
answer only there."""
from __future__ import annotations

from ingest.pdf.reader import read_pdf


def _pdf(path, objects: list[bytes]) -> None:
    """A PDF of these objects (1: the catalog), its cross-reference table written."""
    out = bytearray(b"%PDF-1.5\n")
    offsets = []
    for k, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % k + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))


def _stream(text: str) -> bytes:
    content = text.encode("cp1252")
    return b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"


_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"


def test_text_in_a_layer_switched_off_is_not_read(tmp_path):
    _pdf(tmp_path / "blad.pdf", [
        b"<< /Type /Catalog /Pages 2 0 R /OCProperties << /OCGs [5 0 R 6 0 R] /D << /ON [6 0 R] /OFF [5 0 R] >> >> >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 7 0 R >> /Properties << /MC0 5 0 R /MC1 6 0 R >> >> >>",
        _stream(
            "BT /F1 12 Tf 72 740 Td (Lärbussen våren 2026) Tj ET\n"
            "/OC /MC0 BDC BT /F1 12 Tf 72 700 Td (Första turdag: måndag 2 mars 2026) Tj ET EMC\n"
            "/OC /MC1 BDC BT /F1 12 Tf 72 700 Td (Första turdag: måndag 16 mars 2026) Tj ET EMC\n"
            "BT /F1 12 Tf 72 660 Td (Boka tid: 019-602 48 10) Tj ET\n"
        ),
        b"<< /Type /OCG /Name (Utkast ht 2025 \\(dold\\)) >>",
        b"<< /Type /OCG /Name (Text vt 2026) >>",
        _FONT,
    ])
    text = read_pdf(tmp_path / "blad.pdf").pages[0]
    assert "16 mars 2026" in text and "019-602 48 10" in text, text
    assert "2 mars" not in text, text


def test_text_typed_onto_a_page_as_annotations_is_read_where_it_stands(tmp_path):
    _pdf(tmp_path / "ansokan.pdf", [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> "
        b"/Annots [6 0 R 7 0 R 8 0 R] >>",
        _stream("BT /F1 10 Tf 52 700 Td (Anställningen börjar \\(datum\\)) Tj ET\nBT /F1 10 Tf 52 650 Td (Belopp \\(kr\\)) Tj ET\n"),
        _FONT,
        b"<< /Type /Annot /Subtype /FreeText /IT /FreeTextTypeWriter /Rect [220 697 280 711] /Contents (1 juni 2026) /DA (/Helv 10 Tf) >>",
        b"<< /Type /Annot /Subtype /FreeText /Rect [220 647 280 661] /Contents (30 000) /DA (/Helv 10 Tf) >>",
        b"<< /Type /Annot /Subtype /Text /Rect [500 700 520 720] /Contents (Intern kommentar) >>",
    ])
    text = read_pdf(tmp_path / "ansokan.pdf").pages[0]
    assert "Anställningen börjar (datum) 1 juni 2026" in text and "Belopp (kr) 30 000" in text, text
    assert "Intern kommentar" not in text  # (a sticky note is a comment, not the page's text)
