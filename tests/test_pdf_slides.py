"""A presentation printed with speaker notes (round 144, F144-06): each page a small framed slide
over its notes. The slide's frame is one ruled box around its table – it had joined the column
names to the first row ("Kommun Halmstad", "okt 2026 7,6") and the source line to the last
("Hallands län Källa: …", "−0,2 Bild 4"), and the engine answered with "Förändring −0,3"."""
from __future__ import annotations

ROWS = [("Halmstad", "7,6", "7,9", "−0,3"), ("Hylte", "9,8", "10,6", "−0,8"), ("Falkenberg", "5,7", "6,0", "−0,3"),
        ("Varberg", "4,9", "5,2", "−0,3"), ("Kungsbacka", "3,6", "3,7", "−0,1"), ("Hallands län", "6,4", "6,6", "−0,2")]


def _slides(path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    w, h = A4
    c.setFont("Helvetica", 9)
    c.drawString(50, h - 40, "Dialogmöte arbetsmarknad Halland")
    c.drawRightString(w - 50, h - 40, "2026-11-19")
    # the slide: a framed box with a title, a table without rules and a source line
    top, left, right = h - 80, 60, w - 60
    c.rect(left, top - 300, right - left, 300)
    c.setFillColorRGB(0.04, 0.24, 0.42)
    c.rect(left, top - 40, right - left, 40, stroke=0, fill=1)  # the title band
    c.setFillColorRGB(1, 1, 1)
    c.setFont("Helvetica-Bold", 15)
    c.drawString(left + 20, top - 25, "Arbetslöshet per kommun, andel (%) 16–64 år")
    xs = (left + 30, left + 280, left + 350, left + 420)
    y = top - 60
    c.setFillColorRGB(0.85, 0.89, 0.93)
    c.rect(xs[0] - 4, y - 5, 350, 16, stroke=0, fill=1)  # the shaded header row
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Helvetica", 9)
    for x, t in zip(xs, ("Kommun", "okt 2026", "okt 2025", "Förändring")):
        c.drawString(x, y, t)
    for row in ROWS:
        y -= 18
        c.drawString(xs[0], y, row[0])
        for x, t in zip(xs[1:], row[1:]):
            c.drawRightString(x + 40, y, t)
    c.setFont("Helvetica", 7)
    c.drawString(left + 20, top - 290, "Källa: Arbetsförmedlingen, månadsstatistik oktober 2026")
    c.drawRightString(right - 10, top - 290, "Bild 4")
    # the speaker's notes under the slide
    c.setFont("Helvetica", 10)
    c.drawString(60, top - 330, "Talaranteckningar: Arbetslösheten minskar i alla kommuner jämfört med i fjol.")
    c.showPage()
    c.save()
    return path


def test_a_slides_frame_is_no_row_and_its_source_line_is_a_note(tmp_path):
    from pathlib import Path

    from ingest.pdf import read_pdf

    content = read_pdf(Path(_slides(tmp_path / "dialogmote.pdf")))
    (t,) = [t for t in content.tables if not t.fields]
    assert t.header == ["Kommun", "okt 2026", "okt 2025", "Förändring"], t.header
    assert t.rows[0] == ["Halmstad", "7,6", "7,9", "−0,3"] and t.rows[-1] == ["Hallands län", "6,4", "6,6", "−0,2"], t.rows
    assert any(n.startswith("Källa: Arbetsförmedlingen") for n in t.notes), t.notes
