"""Round 198 (statistics, Blekinge): a register printed as a PDF with no caption over its
table – one notice per line, numbered 001, 002 …, a page's running sum carried to the next."""
from __future__ import annotations

_ROWS = [
    ("001", "2024-01-09", "Karlskrona", "Information och kommunikation", 34),
    ("002", "2024-01-17", "Olofström", "Tillverkning", 120),
    ("003", "2024-01-23", "Karlshamn", "Transport och magasinering", 18),
    ("004", "2024-02-02", "Ronneby", "Tillverkning", 45),
    ("005", "2024-02-14", "Sölvesborg", "Handel", 12),
    ("006", "2024-02-20", "Karlskrona", "Byggverksamhet", 9),
    ("007", "2024-02-28", "Karlshamn", "Tillverkning", 62),
    ("008", "2024-03-06", "Olofström", "Tillverkning", 38),
    ("009", "2024-05-15", "Olofström", "Transport och magasinering", 9),
    ("010", "2024-06-18", "Karlskrona", "Vård och omsorg", 8),
    ("011", "2024-07-03", "Olofström", "Tillverkning", 55),
    ("012", "2024-08-21", "Karlshamn", "Transport och magasinering", 23),
    ("013", "2024-09-04", "Karlskrona", "Byggverksamhet", 13),
    ("014", "2024-09-24", "Olofström", "Handel", 6),
    ("015", "2024-10-09", "Ronneby", "Tillverkning", 52),
    ("016", "2024-11-06", "Olofström", "Tillverkning", 74),
    ("017", "2024-12-04", "Karlshamn", "Tillverkning", 33),
    ("018", "2024-12-19", "Olofström", "Byggverksamhet", 7),
]


def _register(path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("LS", "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"))
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    xs = (50, 100, 190, 290, 540)
    pages = [_ROWS[:6], _ROWS[6:12], _ROWS[12:]]
    carried = 0
    for n, rows in enumerate(pages, start=1):
        c.setFont("LS", 9)
        c.drawString(50, 800, f"Region Blekinge – Förteckning över inkomna varsel om uppsägning 2024        Blad {n} av 3")
        y = 760
        if n == 1:
            c.setFont("LS", 12)
            c.drawString(50, y, "Varsel om uppsägning i Blekinge län, januari–december 2024")
            y -= 20
            c.setFont("LS", 9)
            c.drawString(50, y, "Ett varsel per rad. Arbetsgivarens namn redovisas inte.")
            y -= 24
        c.setFont("LS", 9)
        for x, h in zip(xs, ("Nr", "Inkom", "Kommun", "Bransch (SNI-avdelning)")):
            c.drawString(x, y, h)
        c.drawRightString(xs[4], y, "Antal berörda")
        y -= 16
        if carried:
            c.drawString(xs[3], y, "Transport från föregående blad")
            c.drawRightString(xs[4], y, str(carried))
            y -= 13
        for row in rows:
            for x, v in zip(xs, row[:4]):
                c.drawString(x, y, v)
            c.drawRightString(xs[4], y, str(row[4]))
            carried += row[4]
            y -= 13
        c.drawString(xs[3], y - 4, "Summa att transportera" if n < 3 else "Summa berörda 2024")
        c.drawRightString(xs[4], y - 4, str(carried))
        c.showPage()
    c.save()


def test_an_uncaptioned_register_is_a_table_whose_running_sums_are_totals(tmp_path):
    # F198-15/16/17: the register had been no table ("Jag hittar inget i tabellerna om 'varsel'"),
    # its "001", "002" … read as a draft's margin numbers and dropped, and rows alike but for
    # their figures ("2024-01-17 Olofström Tillverkning 120" on every page) stripped as running
    # lines; a page's "Summa att transportera" had taken the date and municipality of the row above
    from ingest.pipeline import load_file

    path = tmp_path / "varsel.pdf"
    _register(path)
    r = load_file(path, tmp_path)
    text = "\n".join(c.text for c in r.chunks)
    assert r.tables, text
    t = r.tables[0]
    f = t.frame
    body = f.drop(index=f.index[list(t.total_rows)])
    assert len(body) == len(_ROWS) and body["Antal berörda"].sum() == sum(row[4] for row in _ROWS), f
    assert list(body["Nr"].astype(str))[:3] == ["001", "002", "003"], f
    for i in t.total_rows:
        assert "Ronneby" not in f.iloc[i].astype(str).tolist() and "Karlshamn" not in f.iloc[i].astype(str).tolist(), f.iloc[i]
    olof = body[(body["Kommun"] == "Olofström") & (body["Bransch (SNI-avdelning)"] == "Tillverkning")]
    assert sorted(olof["Antal berörda"]) == [38, 55, 74, 120], f


def test_rows_alike_but_for_their_figures_are_no_running_lines():
    # a list's rows on every page ("2024-01-17 Olofström Tillverkning 120", "2024-07-03 Olofström
    # Tillverkning 55") mask alike, as a running header does; its numbers differ in more than a
    # page number, so they are content
    from ingest.clean import strip_boilerplate

    pages = [
        ["Förteckning över varsel   Blad 1 av 3", "Varsel 2024", "2024-01-17 Olofström Tillverkning 120", "2024-02-02 Ronneby Handel 45", "Sida 1"],
        ["Förteckning över varsel   Blad 2 av 3", "2024-07-03 Olofström Tillverkning 55", "2024-08-21 Karlshamn Handel 23", "Sida 2"],
        ["Förteckning över varsel   Blad 3 av 3", "2024-11-06 Olofström Tillverkning 74", "2024-12-20 Sölvesborg Handel 10", "Sida 3"],
    ]
    kept = [ln for p in strip_boilerplate(pages) for ln in p]
    assert [ln for ln in kept if "Tillverkning" in ln] == [
        "2024-01-17 Olofström Tillverkning 120", "2024-07-03 Olofström Tillverkning 55", "2024-11-06 Olofström Tillverkning 74",
    ], kept
    assert not any("Blad" in ln for ln in kept[1:]), kept


_SAP = """Rapport ZAM_UTFALL_KST   Region Blekinge                                        Sida:      1
Arbetsmarknadsinsatser, budget och utfall per kostnadsställe                   Datum: 14.03.2025

-------------------------------------------------------------------------------------------------
|  |Kostnst.  |Kommun      |Insats                      |      Budget SEK|      Utfall SEK|   Avvikelse SEK|
-------------------------------------------------------------------------------------------------
|  |1080-410  |Karlskrona  |Feriearbete ungdom          |   2.400.000,00 |   2.561.300,00 |     161.300,00-|
|  |1080-420  |Karlskrona  |Jobbcoachning               |   3.100.000,00 |   3.046.980,00 |      53.020,00 |
-------------------------------------------------------------------------------------------------
|* |1080      |Karlskrona  |                            |   5.500.000,00 |   5.608.280,00 |     108.280,00-|
-------------------------------------------------------------------------------------------------
|  |1081-410  |Ronneby     |Feriearbete ungdom          |   1.100.000,00 |   1.054.200,00 |      45.800,00 |
|  |1081-420  |Ronneby     |Jobbcoachning               |   1.650.000,00 |   1.598.300,00 |      51.700,00 |
-------------------------------------------------------------------------------------------------
|* |1081      |Ronneby     |                            |   2.750.000,00 |   2.652.500,00 |      97.500,00 |
-------------------------------------------------------------------------------------------------
|**|          |Totalt      |                            |   8.250.000,00 |   8.260.780,00 |      10.780,00-|
-------------------------------------------------------------------------------------------------
"""


def test_a_sap_list_reads_its_minus_after_the_amount_and_its_marked_subtotals(tmp_path):
    # F198-04/06/07: "161.300,00-" had been read as missing (the overruns gone), the rules between
    # rows had become a group heading, the subtotal mark "*" had been carried down onto the next
    # municipality's rows, and the municipality's subtotal had been one more of its rows
    from ingest.pipeline import load_file

    path = tmp_path / "SAP_utfall.csv"
    path.write_text(_SAP, encoding="utf-8")
    r = load_file(path, tmp_path)
    t = r.tables[0]
    f = t.frame
    assert "-----" not in t.caption and not any("-----" in str(n) for n in t.notes), (t.caption, t.notes)
    assert f["Avvikelse SEK"].tolist()[0] == -161300.0, f
    marks = [c for c in f.columns if set(f[c].astype(str)) <= {"", "*", "**"}]
    assert marks and f[marks[0]].astype(str).tolist()[3] == "", f  # Ronneby's first row is no subtotal
    assert set(t.total_rows) == {2, 5, 6}, (t.total_rows, f)
