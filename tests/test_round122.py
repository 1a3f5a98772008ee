"""Ingestion of the document shapes round 122 found (generated PDFs, seconds each)."""
from __future__ import annotations

from pathlib import Path


def _retention_schedule(path: Path) -> None:
    """A ruled grid of words over a page break (its header repeated on the next page), no figures."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    rows = [["Nr", "Handlingstyp", "Förvaring", "Bevaras / gallras"]]
    for i in range(1, 41):
        rows.append([f"4.{i}", f"Handling nummer {i} om projekt", "Platina" if i % 2 else "Gemensam filyta",
                     f"Gallras efter {i} år" if i % 3 else "Bevaras"])
    table = Table(rows, repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    st = getSampleStyleSheet()
    SimpleDocTemplate(str(path), pagesize=A4).build(
        [Paragraph("4 Handlingstyper och gallringsfrister", st["Heading1"]), Paragraph("Tabellen anger varje handlingstyp.", st["Normal"]), table]
    )


def test_a_grid_of_words_over_a_page_break_keeps_every_row_on_its_own_page(tmp_path):
    # round 122: every row of a retention schedule had been cited by the table's first page; put on
    # their own pages, rows ending one page and starting the next looked alike and were stripped as
    # a running footer – both are mended together
    import pdfplumber

    from ingest.pipeline import load_file

    _retention_schedule(tmp_path / "plan.pdf")
    result = load_file(tmp_path / "plan.pdf", tmp_path)
    text = "\n".join(c.text for c in result.chunks)
    assert all(f"Nr: 4.{i} |" in text for i in range(1, 41)), [i for i in range(1, 41) if f"Nr: 4.{i} |" not in text]
    with pdfplumber.open(tmp_path / "plan.pdf") as pdf:
        second = pdf.pages[1].extract_text()
    last = max(i for i in range(1, 41) if f"4.{i} " in second)
    (chunk,) = [c for c in result.chunks if f"Nr: 4.{last} |" in c.text]
    assert chunk.page_end == 2, (chunk.page_start, chunk.page_end)
    (first,) = [c for c in result.chunks if "Nr: 4.1 |" in c.text]
    assert first.page_start == 1


def test_a_narrow_header_cells_wrapped_passive_s_is_glued_back():
    # round 122: "Registrera" / "s" in a narrow header cell had read "Registrera s"; a short word of
    # its own ("män") keeps its line
    from ingest.pdf.grid import Fragment, _cell_text

    def cell(*lines):
        return [Fragment(t, 0.0, 40.0, 10.0 * k, 10.0 * k + 8, k) for k, t in enumerate(lines)]

    assert _cell_text(cell("Registrera", "s"), header=True) == ["Registreras"]
    assert _cell_text(cell("Sysselsättningsgrad", "män"), header=True) == ["Sysselsättningsgrad", "män"]
