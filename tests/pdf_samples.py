"""Generated PDFs for the PDF reader's tests and benchmark (reportlab, deterministic).

``make_long_pdf(path, pages)`` writes a report of ``pages`` pages: a running header and
footer with author and date, and on every page a numbered section with a heading, two
paragraphs and a ruled table "Tabell N …" of twelve areas × four figures in Swedish format.
The table of the last section is long enough to run over a page break (its header row is
repeated), so the document has ``pages - 1`` tables.
"""
from __future__ import annotations

from pathlib import Path

AREAS = [
    "Västhaga", "Vivalla", "Baronbackarna", "Brickebacken", "Markbacken", "Varberga", "Oxhagen",
    "Hovsta", "Lindesberg", "Hällefors", "Laxå", "Askersund",
]
HEADER = ["Område", "Arbetskraft, antal", "Arbetslöshet", "Utrikesfödda", "Andel 20–29 år"]
AUTHOR, DATE, ORGANISATION = "Test Testsson", "2024-01-31", "Region Provlän"


def cell_values(section: int, row: int) -> list[str]:
    """The figures of one table row, as printed ("1 234", "5,6 %")."""
    n = 1000 + 37 * section + 11 * row
    return [
        f"{n // 1000} {n % 1000:03d}",
        f"{(section + row) % 20},{row % 10} %",
        f"{(section * 3 + row) % 60},{(row + 3) % 10} %",
        f"{(section + 2 * row) % 30},{section % 10} %",
    ]


def make_long_pdf(path: Path, pages: int = 150) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    styles = getSampleStyleSheet()
    title = "Långrapport om arbetsmarknaden"

    def furnish(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(2 * cm, A4[1] - 1.2 * cm, f"{ORGANISATION} | {title}")
        canvas.drawString(2 * cm, 1.2 * cm, f"Författare: {AUTHOR} | Datum: {DATE} | {doc.page} ({pages})")
        canvas.restoreState()

    story = []
    for s in range(1, pages):
        rows = 12 if s < pages - 1 else 60  # the last table runs over a page break
        data = [HEADER] + [[AREAS[r % len(AREAS)] + ("" if r < 12 else f" {r // 12}"), *cell_values(s, r)] for r in range(rows)]
        table = Table(data, repeatRows=1, hAlign="LEFT")
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("ALIGN", (1, 1), (-1, -1), "RIGHT")]))
        story += [
            Paragraph(f"{s}. Avsnitt {s} om arbetslösheten", styles["Heading1"]),
            Paragraph(
                f"Avsnitt {s} beskriver arbetskraften i de utsatta områdena. Arbetslösheten varierar mellan "
                "områdena och är högst där andelen utrikesfödda är hög. Tabellen nedan visar läget.",
                styles["BodyText"],
            ),
            Spacer(1, 6),
            Paragraph(f"Tabell {s} Arbetskraft och arbetslöshet, avsnitt {s}", styles["BodyText"]),
            table,
            Spacer(1, 6),
            Paragraph("Källa: Provdata framtagna för testerna.", styles["BodyText"]),
        ]
        if s < pages - 1:
            story.append(PageBreak())
    doc = SimpleDocTemplate(str(path), pagesize=A4, title=title, author=AUTHOR, invariant=1)
    doc.build(story, onFirstPage=furnish, onLaterPages=furnish)
    return path
