"""Tables set out with spaces in TXT and Markdown, underlined headings and checklist boxes
(round 130, F130-19: a checklist's amount table had been reflowed into one paragraph of cells)."""
from ingest.plain_tables import aligned_tables

CHECKLIST = """\
CHECKLISTA FÖR INKÖP

DEL 1 – INNAN DU KÖPER
----------------------
[ ] 1.1  Kontrollera i avtalsdatabasen om det finns ett ramavtal för varan
         eller tjänsten.
[ ] 1.2  Beräkna kontraktets värde exklusive moms.
[X] 1.3  Räkna samman med andra köp av samma slag.

DEL 2 – KRAV PER BELOPPSNIVÅ
----------------------------
Beräknat värde (exkl. moms)  Förfrågan              Dokumentation
---------------------------  ---------------------  ------------------------
Under 100 000 kr             minst 1 leverantör     kvitto eller faktura
100 000 – 349 999 kr         minst 3 leverantörer   mall D1 i ärendet
350 000 – 700 000 kr         annons i verktyget     mall D2 och
                                                    diarieföring

Vid värden från 100 000 kronor ska du skicka en skriftlig förfrågan.
"""


def test_a_table_over_dash_groups_is_read_as_rows_with_wrapped_cells_joined():
    (t,) = aligned_tables(CHECKLIST.splitlines())
    assert t.rows[0] == ["Beräknat värde (exkl. moms)", "Förfrågan", "Dokumentation"]
    assert t.rows[2] == ["100 000 – 349 999 kr", "minst 3 leverantörer", "mall D1 i ärendet"]
    assert t.rows[-1] == ["350 000 – 700 000 kr", "annons i verktyget", "mall D2 och diarieföring"]
    assert len(t.rows) == 4


def test_numbered_points_with_hanging_text_and_prose_are_no_table():
    text = CHECKLIST.split("DEL 2")[0] + "Det här är vanlig text  med  dubbla mellanslag.\nOch en rad till.\n"
    assert aligned_tables(text.splitlines()) == []


def test_three_aligned_columns_without_dashes_are_a_table():
    lines = ["Rum          Platser   Utrustning", "Storsalen    120       projektor", "Lilla rummet 8         skärm", "Ateljén      24        whiteboard"]
    # (the second row has a single space after its first cell: not the same three cells)
    assert aligned_tables(lines) == []
    lines[2] = "Lilla rummet  8        skärm"
    (t,) = aligned_tables(lines)
    assert t.rows[2] == ["Lilla rummet", "8", "skärm"] and len(t.rows) == 4


def test_a_plain_text_reads_its_table_rows_underlined_headings_and_checklist_items(tmp_path):
    from ingest.pipeline import load_file

    path = tmp_path / "checklista.txt"
    path.write_text(CHECKLIST, encoding="utf-8")
    r = load_file(path, tmp_path)
    by_section = {c.section: c.text for c in r.chunks}
    assert set(by_section) >= {"DEL 1 – INNAN DU KÖPER", "DEL 2 – KRAV PER BELOPPSNIVÅ"}, list(by_section)
    rows = by_section["DEL 2 – KRAV PER BELOPPSNIVÅ"].splitlines()
    assert "Beräknat värde (exkl. moms): 100 000 – 349 999 kr | Förfrågan: minst 3 leverantörer | Dokumentation: mall D1 i ärendet" in rows, rows
    items = [ln.lstrip("• ") for ln in by_section["DEL 1 – INNAN DU KÖPER"].splitlines()]
    # an empty box is dropped, a ticked one kept; a wrapped point stays one item
    assert items == [
        "1.1 Kontrollera i avtalsdatabasen om det finns ett ramavtal för varan eller tjänsten.",
        "1.2 Beräkna kontraktets värde exklusive moms.",
        "[X] 1.3 Räkna samman med andra köp av samma slag.",
    ], items


def test_a_space_aligned_table_with_figures_in_markdown_is_a_table(tmp_path):
    from ingest.pipeline import load_file

    text = (
        "# Lokaler 2026\n\n## Rum och platser\n\n"
        "Rum            Platser   Kostnad per dag\n"
        "-------------  --------  ---------------\n"
        "Storsalen           120            4 500\n"
        "Ateljén              24            1 200\n"
        "Lilla rummet          8              600\n\n"
        "Boka i god tid.\n"
    )
    path = tmp_path / "lokaler.md"
    path.write_text(text, encoding="utf-8")
    r = load_file(path, tmp_path)
    (t,) = r.tables
    assert t.label_column == "Rum", t.label_column
    assert [c.name for c in t.value_columns] == ["Platser", "Kostnad per dag"]
    assert "Storsalen" in set(t.frame["Rum"])
