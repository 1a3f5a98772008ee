"""Round 159's population report: header cells printed on three lines right-aligned over their
figures ("Folkmängd" / "31 dec" / "2023"), a county row with a footnote mark, and a table whose
county row alone goes on under the header on the next page. Small generated PDFs, seconds."""
from __future__ import annotations

from pathlib import Path

from ingest.pdf import read_pdf

_ROWS = [("Hylte", "10 962", "104", "131", "−13", "10 949"), ("Halmstad", "105 071", "1 083", "1 012", "944", "106 015"),
         ("Laholm", "26 187", "238", "288", "210", "26 397"), ("Hallands län¹", "342 474", "3 454", "3 253", "2 679", "345 153")]


def _report(path: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    styles = getSampleStyleSheet()
    head = ["Kommun", "Folkmängd\n31 dec\n2023", "Födda", "Döda", "Folk-\nökning", "Folkmängd\n31 dec\n2024"]
    table = Table([head, *_ROWS], hAlign="LEFT", colWidths=[110, 70, 50, 50, 55, 70], repeatRows=1)
    table.setStyle(TableStyle([
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black), ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.grey),
    ]))
    story = [Paragraph("Befolkningen fortsatte att växa under 2024.", styles["BodyText"]), Spacer(1, 10),
             Paragraph("<b>Tabell 1. Befolkningsförändringar per kommun 2024, antal personer</b>", styles["BodyText"]), table,
             Paragraph("¹ För länet avses flyttningar över länsgränsen.", styles["BodyText"])]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


def test_a_header_cell_on_three_lines_over_its_figures_names_its_own_column_only(tmp_path):
    # "Folkmängd" over "31 dec" over "2023" had been a group label over every column to its right
    # ("Folkmängd, 31 dec, Födda"), and "31 dec" was read as the figure 31 – the table was lost
    (t,) = read_pdf(_report(tmp_path / "befolkning.pdf")).tables
    assert t.header == ["Kommun", "Folkmängd 31 dec 2023", "Födda", "Döda", "Folkökning", "Folkmängd 31 dec 2024"], t.header
    assert [r[0] for r in t.rows] == ["Hylte", "Halmstad", "Laholm", "Hallands län"], t.rows  # the mark goes


def test_a_month_after_a_figure_is_no_flag():
    from ingest.numbers import parse_number

    assert parse_number("31 dec") is None and parse_number("12 feb") is None
    assert parse_number("12,5 p").value == 12.5  # a flag (Eurostat's provisional) still is one


def test_the_county_row_is_a_total_and_not_ranked_among_the_municipalities(tmp_path, monkeypatch):
    from tests.test_engine_places import _engine_writing

    engine = _engine_writing(tmp_path, monkeypatch, lambda kb: _report(kb / "befolkning.pdf"))
    a = engine.ask("vilken kommun hade flest invånare den 31 dec 2024?", engine.new_conversation())
    said = a.answer.split("Som jämförelse")[0]
    assert a.answered and "Halmstad" in said and "345 153" not in said, a.answer


def test_a_table_whose_last_row_alone_goes_on_under_its_repeated_header_on_the_next_page(tmp_path):
    # round 159: "Hallands län" alone on page 2 under the header printed again had been lost
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "alder.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    xs = (60, 200, 280, 360)

    def header(y: float) -> None:
        c.setFont("Helvetica", 8)
        for x, (top, bottom) in zip(xs[1:], (("", "0–19 år"), ("80 år och", "äldre"), ("", "Totalt"))):
            c.drawRightString(x + 50, y, top)
            c.drawRightString(x + 50, y - 9, bottom)
        c.drawString(xs[0], y - 9, "Kommun")

    def row(y: float, cells: tuple[str, ...]) -> None:
        c.setFont("Helvetica", 9)
        c.drawString(xs[0], y, cells[0])
        for x, v in zip(xs[1:], cells[1:]):
            c.drawRightString(x + 50, y, v)

    c.setFont("Helvetica-Bold", 10)
    c.drawString(60, 760, "Tabell 2. Folkmängd efter åldersgrupp 31 december 2024")
    header(742)
    for k, cells in enumerate((("Hylte", "2 475", "799", "10 949"), ("Halmstad", "24 490", "6 573", "106 015"),
                               ("Laholm", "5 860", "1 901", "26 397"))):
        row(716 - 14 * k, cells)
    c.showPage()
    c.setFont("Helvetica", 8)
    c.drawString(60, 800, "Region Halland | Befolkningen 2024")
    header(770)
    row(744, ("Hallands län", "82 356", "21 112", "345 153"))
    c.setFont("Helvetica", 10)
    c.drawString(60, 700, "Kommentar och fortsatt arbete")
    c.drawString(60, 686, "Befolkningsökningen ställer krav på bostadsbyggande och kollektivtrafik i hela länet.")
    c.save()
    (t,) = read_pdf(path).tables
    assert t.header == ["Kommun", "0–19 år", "80 år och äldre", "Totalt"], t.header
    assert [r[0] for r in t.rows] == ["Hylte", "Halmstad", "Laholm", "Hallands län"], t.rows
