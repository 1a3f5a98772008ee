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


REPORT_HEAD = (
    "ARBETSFÖRMEDLINGEN                          RAPPORT AMU-PL-07                      SIDA {n} AV 2\n"
    "PLATSLÄGE ARBETSMARKNADSUTBILDNING  -  VÄSTERNORRLANDS LÄN\n"
    "==============================================================================================\n"
    "KURSKOD   UTBILDNING                LEVERANTÖR           PLATSER BELAGDA LEDIGA ST\n"
    "----------------------------------------------------------------------------------------------\n\n"
)
REPORT = (
    REPORT_HEAD.format(n=1)
    + "ORT: SUNDSVALL\n\n"
    "AMU-4411  Svetsare MIG/MAG          Lernia AB                 12      11      1 PÅG\n"
    "AMU-4429  Lokalvårdare              AcadeMedia Eductus        12      12      0 PÅG\n"
    "          SUMMA SUNDSVALL                                     24      23      1\n"
    "----------------------------------------------------------------------------------------------\n\n"
    "FORTS. NÄSTA SIDA\n\f"
    + REPORT_HEAD.format(n=2)
    + "ORT: KRAMFORS\n\n"
    "AMU-4577  Kock storhushåll *        Hermods AB                10       0      0 AVB\n"
    "AMU-4580  Barnskötare               Hermods AB                 8       6      2 PÅG\n"
    "          SUMMA KRAMFORS                                       8       6      2\n"
    "----------------------------------------------------------------------------------------------\n"
    "* AMU-4577 AVBRUTEN 2026-11-06 FÖRE KURSSTART. ORSAK: FÖR FÅ ANVISADE DELTAGARE.\n"
    "  AVBRUTNA KURSER INGÅR INTE I SUMMORNA.\n"
    "==============================================================================================\n"
    "          TOTALT LÄN                                          32      29      3\n"
    "==============================================================================================\n\n"
    "TECKENFÖRKLARING STATUS (ST):\n"
    "  PÅG = PÅGÅENDE   AVB = AVBRUTEN\n"
)


def test_a_fixed_width_report_over_pages_is_one_table_with_its_groups_sums_and_notes(tmp_path):
    # round 134 (F134-10, F134-16): a system's report printed in pages – title, run line and
    # column headings repeated on each, "ORT: …" over its courses, "SUMMA …" lines and a note on
    # a cancelled course – had been reflowed text: no figure could be read, no course quoted
    from ingest.pipeline import load_file

    path = tmp_path / "platsrapport.txt"
    path.write_text(REPORT, encoding="utf-8")
    r = load_file(path, tmp_path)
    assert r.document.title.lower().startswith("platsläge arbetsmarknadsutbildning"), r.document.title
    (t,) = r.tables
    assert [c.name for c in t.value_columns] == ["Platser", "Belagda", "Lediga"]
    f = t.frame
    body = f.drop(index=list(t.total_rows))
    assert list(body["Kurskod"]) == ["AMU-4411", "AMU-4429", "AMU-4577", "AMU-4580"], list(f["Kurskod"])
    assert list(body["Ort"]) == ["Sundsvall", "Sundsvall", "Kramfors", "Kramfors"]
    assert list(body["Leverantör"]) == ["Lernia AB", "AcadeMedia Eductus", "Hermods AB", "Hermods AB"]
    # the sum lines are totals, named in the label column, so nothing is counted twice
    totals = {str(f.at[i, t.label_column]) for i in t.total_rows}
    assert {"SUMMA SUNDSVALL", "SUMMA KRAMFORS", "TOTALT LÄN"} <= totals, (totals, t.label_column)
    text = "\n".join(c.text for c in r.chunks)
    assert "ORSAK: FÖR FÅ ANVISADE DELTAGARE. AVBRUTNA KURSER INGÅR INTE I SUMMORNA." in text
    assert text.count("RAPPORT AMU-PL-07") <= 1 and "FORTS. NÄSTA SIDA" not in text, text[:400]
