"""Round 164's follow-up report: a header cell wrapped over two lines whose first line stands
above the shaded rows that make the table's ruled region ("Andel av beviljat" over "belopp, %"). A small generated PDF."""
from __future__ import annotations

from pathlib import Path

_ROWS = [("Eskilstuna", 31, 19, "1 164", "25,2"), ("Flen", 6, 4, "238", "5,2"), ("Strängnäs", 19, 12, "921", "19,9"),
         ("Trosa", 7, 4, "142", "3,1")]


def _report(path: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    styles = getSampleStyleSheet()
    cell = ParagraphStyle("c", fontName="Helvetica", fontSize=8.5, leading=10)
    right = ParagraphStyle("r", parent=cell, alignment=TA_RIGHT)
    bold = ParagraphStyle("b", parent=right, fontName="Helvetica-Bold")
    head = [Paragraph("Kommun", ParagraphStyle("h", parent=cell, fontName="Helvetica-Bold"))] + [
        Paragraph(t, bold) for t in ("Ansökningar", "Beviljade checkar", "Beviljat belopp, tkr", "Andel av beviljat belopp, %")]
    # (Strängnäs with a raised note mark, printed as in the report: "Strängnäs<super>1</super>")
    data = [head] + [[Paragraph(r[0] + ("<super>1</super>" if r[0] == "Strängnäs" else ""), cell)]
                     + [Paragraph(str(x), right) for x in r[1:]] for r in _ROWS]
    table = Table(data, colWidths=[40 * mm, 26 * mm, 30 * mm, 34 * mm, 36 * mm], repeatRows=1)
    table.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.blue), ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.blue),
                               ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.Color(0.9, 0.93, 1)]),
                               ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.blue), ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                               ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    story = [Paragraph("Eskilstuna står för en fjärdedel av det beviljade beloppet.", styles["BodyText"]),
             Paragraph("Tabell 2. Ansökningar och beviljade checkar per kommun, omgång 1", styles["BodyText"]), table,
             Paragraph("Källa: Mina ärenden, uttag 2026-09-04.", styles["BodyText"])]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


def test_the_first_line_of_a_wrapped_header_cell_above_the_rule_names_its_column(tmp_path):
    from ingest.pdf import read_pdf

    (t,) = read_pdf(_report(tmp_path / "uppfoljning.pdf")).tables
    assert t.header[-1] == "Andel av beviljat belopp, %", t.header
    assert t.header[0] == "Kommun" and [r[0] for r in t.rows] == [r[0] for r in _ROWS], (t.header, t.rows)


def test_a_raised_note_mark_read_as_a_line_above_the_label_is_dropped(tmp_path):
    from ingest.pdf import read_pdf

    (t,) = read_pdf(_report(tmp_path / "uppfoljning.pdf")).tables
    assert "Strängnäs" in [r[0] for r in t.rows], t.rows
