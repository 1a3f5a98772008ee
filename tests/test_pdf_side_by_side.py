"""Round 163's education report: a table printed in two halves side by side under its header said
twice, the header's upper line of labels right-aligned over their columns and set so close that
"Förändr." and "Kvinnor" were read as one text. A small generated PDF, seconds."""
from __future__ import annotations

from pathlib import Path

_LEFT = [("Lekeberg", "36,4", "45,2", "8,8", "53,7", "37,3"), ("Laxå", "23,6", "28,9", "5,3", "34,1", "24,0"),
         ("Hallsberg", "27,0", "33,2", "6,2", "39,5", "27,3")]
_RIGHT = [("Örebro", "46,1", "53,0", "6,9", "63,2", "43,4"), ("Kumla", "31,9", "40,1", "8,2", "47,4", "33,2"),
          ("Örebro län", "38,0", "44,8", "6,8", "53,3", "36,8")]


def _report(path: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    styles = getSampleStyleSheet()
    half = ["Kommun", "2014", "2024", "Förändr.\np.e.", "Kvinnor\n2024", "Män\n2024"]
    rows = [half + half] + [list(a) + list(b) for a, b in zip(_LEFT, _RIGHT)]
    table = Table(rows, hAlign="LEFT", colWidths=[62, 30, 30, 38, 38, 30] * 2)
    table.setStyle(TableStyle([("ALIGN", (1, 0), (5, -1), "RIGHT"), ("ALIGN", (7, 0), (-1, -1), "RIGHT"),
                               ("VALIGN", (0, 0), (-1, 0), "BOTTOM"), ("FONTSIZE", (0, 0), (-1, -1), 8)]))
    story = [Paragraph("Utbildningsnivån fortsätter att stiga i hela länet.", styles["BodyText"]), Spacer(1, 10),
             Paragraph("<b>Tabell 1. Andel (%) av befolkningen 25–64 år med eftergymnasial utbildning, per kommun</b>", styles["BodyText"]),
             table, Paragraph("Källa: SCB, Befolkningens utbildning.", styles["BodyText"])]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


def test_two_halves_side_by_side_are_one_table_of_their_rows(tmp_path):
    from ingest.pdf import read_pdf
    from ingest.tables import make_table

    (t,) = read_pdf(_report(tmp_path / "utbildning.pdf")).tables
    half = ["Kommun", "2014", "2024", "Förändr. p.e.", "Kvinnor 2024", "Män 2024"]
    assert t.header == half + half, t.header
    table = make_table(t.header, t.rows, table_id="t", document="utbildning.pdf", caption=t.caption)
    assert [c.name for c in table.columns] == half
    assert list(table.frame["Kommun"]) == [r[0] for r in _LEFT + _RIGHT]


def test_the_change_column_of_both_halves_is_ranked(tmp_path, monkeypatch):
    from tests.test_engine_places import _engine_writing

    engine = _engine_writing(tmp_path, monkeypatch, lambda kb: _report(kb / "utbildning.pdf"))
    a = engine.ask("vilken kommun har ökat andelen högutbildade mest sedan 2014?", engine.new_conversation())
    assert a.answered and "Lekeberg" in a.answer.split("Som jämförelse")[0] and "8,8" in a.answer, a.answer
