"""A slide deck printed as a handout (round 152, F152-01): each slide a small framed picture
beside lines for notes. A slide's frame with its number read as a grid of two cells had become
a table whose header was the slide's sentences and whose one row was its footer – "antal
inskrivna arbetslösa" was answered "2 procentenheter", the slide's number."""
from __future__ import annotations

from tests.test_engine_places import _engine_writing


def _slide(c) -> None:
    """One slide in 960 × 540 slide coordinates: a frame, a title band, a key figure and a box."""
    c.setLineWidth(2)
    c.rect(0, 0, 960, 540, fill=0, stroke=1)
    c.setFillColorRGB(0.1, 0.2, 0.5)
    c.rect(0, 450, 960, 90, fill=1, stroke=0)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("Helvetica-Bold", 36)
    c.drawString(40, 480, "Inskrivna arbetslösa i oktober 2026")
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Helvetica-Bold", 110)
    c.drawString(60, 270, "22 870")
    c.setFont("Helvetica", 24)
    c.drawString(64, 228, "inskrivna arbetslösa 16-64 år i länet")
    c.setFont("Helvetica", 20)
    c.drawString(64, 190, "-640 personer jämfört med oktober 2025")
    c.setFillColorRGB(0.85, 0.9, 0.95)
    c.roundRect(590, 150, 330, 260, 12, fill=1, stroke=0)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Helvetica-Bold", 64)
    c.drawString(620, 320, "8,6 %")
    c.setFont("Helvetica", 19)
    for i, line in enumerate(["av den registerbaserade", "arbetskraften", "(riket 7,0 %)", "Minskning med 0,2 procent-", "enheter på ett år"]):
        c.drawString(620, 285 - i * 26, line)
    c.setFont("Helvetica", 14)
    c.drawString(40, 16, "Lägesbild arbetsmarknaden · Kompetensrådet 2026-11-19")
    c.drawRightString(920, 16, "2")
    c.setLineWidth(3)
    c.line(40, 38, 920, 38)


def _handout(kb) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(kb / "lagesbild_handout.pdf"), pagesize=A4)
    w, _h = A4
    c.setFont("Helvetica", 9)
    c.drawString(56, 812, "Kompetensrådet Östergötland – lägesbild arbetsmarknaden")
    scale = 262 / 960
    for top in (768, 518):
        c.saveState()
        c.translate(56, top - 540 * scale)
        c.scale(scale, scale)
        _slide(c)
        c.restoreState()
        c.setLineWidth(0.6)
        for i in range(9):
            c.line(345, top - 10 - i * 16, w - 56, top - 10 - i * 16)
    c.showPage()
    c.save()


def test_a_slide_of_a_handout_is_text_not_a_table(tmp_path, monkeypatch):
    engine = _engine_writing(tmp_path, monkeypatch, _handout)
    assert not engine.snapshot.tables, [t.caption for t in engine.snapshot.tables]
    a = engine.ask("antal inskrivna arbetslösa i länet oktober 2026?", engine.new_conversation())
    # (the fake embedder's gate may leave it as the nearest quote; the figure is the slide's own)
    assert "22 870" in a.answer and not a.figures, a.answer
