"""Tables printed without vertical rulings (white space between the columns, a rule above and
below at most) under a caption "Tabell N.": read as tables, as round 47's report and project
PDFs print them. Small generated PDFs, seconds."""
from __future__ import annotations

from pathlib import Path

from ingest.pdf import read_pdf

ROWS = [("Ockelbo", "181", "195", "7,4"), ("Hofors", "569", "580", "13,2"), ("Gävle", "4 636", "4 982", "9,9"),
        ("Gävleborgs län", "12 043", "12 776", "9,4")]


def _report(path: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    styles = getSampleStyleSheet()
    data = [["Kommun", "Dec 2023", "Dec 2024", "Andel dec 2024"], ["", "antal", "antal", "(procent)"], *ROWS]
    table = Table(data, hAlign="LEFT", colWidths=[130, 80, 80, 100])
    table.setStyle(TableStyle([
        ("SPAN", (0, 0), (0, 1)), ("VALIGN", (0, 0), (0, 1), "MIDDLE"),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black), ("LINEBELOW", (0, 1), (-1, 1), 0.5, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black), ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
    ]))
    story = [
        Paragraph("Arbetslösheten skiljer sig mycket åt mellan länets kommuner.", styles["BodyText"]),
        Paragraph("Tabell 2 visar antalet inskrivna arbetslösa och andelen av arbetskraften.", styles["BodyText"]),
        Spacer(1, 12),
        Paragraph("Tabell 2. Inskrivna arbetslösa 16–64 år per kommun i Gävleborgs län, december 2023 och 2024, "
                  "antal samt andel av den registerbaserade arbetskraften (procent)", styles["BodyText"]),
        table,
        Paragraph("Källa: Arbetsförmedlingen och SCB.", styles["BodyText"]),
        Paragraph("Ökningen var störst i Gävle, där 346 fler var inskrivna.", styles["BodyText"]),
    ]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


def test_an_unruled_table_under_its_caption_is_read_with_its_header_and_rows(tmp_path):
    content = read_pdf(_report(tmp_path / "rapport.pdf"))
    (t,) = content.tables
    assert t.caption.startswith("Tabell 2. Inskrivna arbetslösa 16–64 år")
    assert t.header[0] == "Kommun" and "Dec 2023" in t.header[1] and "procent" in t.header[3]
    assert [tuple(r) for r in t.rows] == ROWS
    # the prose around it stays text: "Tabell 2 visar …" is no caption, "Källa" no row
    assert "Tabell 2 visar antalet" in content.pages[0] and not any("Källa" in r[0] for r in t.rows)


def test_prose_under_a_caption_like_line_is_no_table(tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    styles = getSampleStyleSheet()
    story = [Paragraph("Tabell 3 visar att 2 400 personer deltog 2024 och 2 650 personer 2025.", styles["BodyText"]),
             Paragraph("Det är 250 fler än året innan, och 10 procent fler.", styles["BodyText"])]
    SimpleDocTemplate(str(tmp_path / "prosa.pdf"), pagesize=A4).build(story)
    assert read_pdf(tmp_path / "prosa.pdf").tables == []


def test_sentences_in_a_larger_type_on_a_title_page_stay_text(tmp_path):
    # round 47: "Projektägare: Region Jönköpings län. Projektledare: Linnea Forsberg. Version 1.3, …" in
    # a larger type was read as two headings, so no passage held who leads the project
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from ingest.pipeline import load_file

    styles = getSampleStyleSheet()
    lead = ParagraphStyle("lead", parent=styles["BodyText"], fontSize=12, leading=15)
    story = [Paragraph("Projektbeskrivning: Kompetenslyft Industri", styles["Title"]),
             Paragraph("Projektägare: Region Jönköpings län. Projektledare: Linnea Forsberg. Version 1.3, 20 november 2023.", lead),
             Paragraph("1 Bakgrund och syfte", styles["Heading1"]),
             Paragraph("Tillverkningsindustrin står inför ett stort omställningsbehov. " * 8, styles["BodyText"])]
    SimpleDocTemplate(str(tmp_path / "projekt.pdf"), pagesize=A4).build(story)
    result = load_file(tmp_path / "projekt.pdf", tmp_path)
    assert any("Projektledare: Linnea Forsberg" in c.text for c in result.chunks)
    assert any(c.section.endswith("1 Bakgrund och syfte") for c in result.chunks)


def test_a_caption_wrapped_over_two_lines_above_a_ruled_table_is_read_whole(tmp_path):
    # round 50: "Tabell 1. … (mer än 12" / "månader), oktober 2024. Antal personer." – the caption
    # had stopped at its first line, so the table's month was lost ("i oktober 2024" read as missing)
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    styles = getSampleStyleSheet()
    table = Table([["Kommun / län", "Inskrivna arbetslösa", "varav unga 18–24 år"], ["Sala", "1 140", "150"], ["Köping", "980", "120"]])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    story = [
        Paragraph("Tabell 1. Inskrivna arbetslösa per kommun, varav unga 18–24 år och långtidsinskrivna (mer än tolv "
                  "månader), oktober 2024. Antal personer.", styles["BodyText"]),
        table,
        Paragraph("Källa: Arbetsförmedlingen.", styles["BodyText"]),
    ]
    SimpleDocTemplate(str(tmp_path / "lage.pdf"), pagesize=A4).build(story)
    (t,) = read_pdf(tmp_path / "lage.pdf").tables
    assert t.caption.endswith("oktober 2024. Antal personer") and t.caption.startswith("Tabell 1.")


def test_an_unruled_table_over_a_page_break_is_one_table_and_its_wrapped_caption_no_header(tmp_path):
    # round 51: "Tabell 3 … förändring i" / "procent" over rows that run onto the next page under a
    # repeated header: only the first page's rows became a table, each column headed "procent, …"
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    styles = getSampleStyleSheet()
    rows = [[f"Kommun{chr(97 + i % 26)}{i}", "Värmlands", str(100 + i), str(110 + i), f"{(10 / (100 + i)) * 100:.1f}".replace(".", ",")]
            for i in range(45)]
    table = Table([["Kommun", "Län", "2023", "2024", "Förändring, %"], *rows], repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black), ("ALIGN", (2, 0), (-1, -1), "RIGHT")]))
    story = [Paragraph("Inledning. " * 80, styles["BodyText"]), Spacer(1, 12),
             Paragraph("Tabell 3. Nystartade företag per kommun i Värmlands län 2023 och 2024, antal och förändring i procent "
                       "jämfört med föregående år", styles["BodyText"]), table,
             Paragraph("Källa: Tillväxtanalys.", styles["BodyText"])]
    SimpleDocTemplate(str(tmp_path / "rus.pdf"), pagesize=A4).build(story)
    (t,) = read_pdf(tmp_path / "rus.pdf").tables
    assert len(t.pages) == 2 and len(t.rows) == 45 and t.header == ["Kommun", "Län", "2023", "2024", "Förändring, %"]
    assert t.caption.endswith("jämfört med föregående år")


def test_a_short_word_on_the_second_line_of_a_header_cell_keeps_its_space(tmp_path):
    # round 54: "Sysselsättningsgrad" / "män" in a ruled header cell was read "Sysselsättningsgradmän"
    # (the rule that glues a wrapped ending, "kommun" / "en", took "män" for one)
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    styles = getSampleStyleSheet()
    table = Table([["Område", "Sysselsättningsgrad\nkvinnor", "Sysselsättningsgrad\nmän", "Kommun\nen"],
                   ["Hallands län", "80,5", "84,5", "1"], ["Dalarnas län", "79,2", "82,2", "2"]])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    story = [Paragraph("Tabell 1. Sysselsättningsgrad efter kön och län, 2024 (procent)", styles["BodyText"]), table]
    SimpleDocTemplate(str(tmp_path / "utblick.pdf"), pagesize=A4).build(story)
    (t,) = read_pdf(tmp_path / "utblick.pdf").tables
    assert t.header[1:] == ["Sysselsättningsgrad kvinnor", "Sysselsättningsgrad män", "Kommunen"]


def test_a_title_over_its_year_stays_a_heading_and_a_fact_sheets_labels_over_figures_are_text(tmp_path):
    # session 35: the fact-sheet rule (a label over a figure-only line is text) had taken a
    # report's title over its year for text, and every section lost its root
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from ingest.pipeline import load_file

    styles = getSampleStyleSheet()
    story = [Paragraph("Månadsrapport februari", styles["Title"]), Paragraph("2025", styles["Title"]),
             Paragraph("Läget i länet", styles["Heading1"]),
             Paragraph("Arbetslösheten steg något under januari i de flesta kommuner. " * 4, styles["BodyText"])]
    SimpleDocTemplate(str(tmp_path / "rapport.pdf"), pagesize=A4).build(story)
    assert "månadsrapport februari" in read_pdf(tmp_path / "rapport.pdf").headings
    sheet = [Paragraph("Faktablad 2025", styles["Title"])]
    for label, figure in (("Arbetslöshet 16–64 år", "5,9 %"), ("Deltagare i validering", "1 284"), ("Yrkesvuxplatser", "3 460")):
        sheet += [Paragraph(f"<b>{label}</b>", styles["BodyText"]), Paragraph(figure, styles["Heading2"])]
    sheet.append(Paragraph("Nyckeltalen följs upp årligen av analysenheten i regionen.", styles["BodyText"]))
    SimpleDocTemplate(str(tmp_path / "blad.pdf"), pagesize=A4).build(sheet)
    text = " / ".join(c.text for c in load_file(tmp_path / "blad.pdf", tmp_path).chunks)
    assert "Arbetslöshet 16–64 år: 5,9 %" in text and "Yrkesvuxplatser: 3 460" in text


def test_headers_that_run_into_each_other_or_over_a_ruling_are_cut_at_their_columns(tmp_path):
    # round 59: a caption set 15 pt above an unruled table whose right-aligned headers met
    # ("Projekt varav nya", "MänDeltagare totalt") lost the whole table; a slide's ruled table
    # whose wide header "varav kvinnor" ran left over its column's ruling became "Deltagare
    # varav kvinnor" over an empty header, and the figures of "Deltagare" a column "Värde"
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

    styles = getSampleStyleSheet()
    caption = ParagraphStyle("cap", parent=styles["BodyText"], fontSize=9, spaceAfter=14)
    rows = [["Län", "Projekt", "varav nya", "Kvinnor", "Män", "Deltagare totalt"], ["Östergötlands län", "15", "4", "662", "524", "1 186"],
            ["Skåne län", "9", "2", "697", "533", "1 230"], ["Norrbottens län", "10", "5", "595", "639", "1 234"],
            ["Totalt", "34", "11", "1 954", "1 696", "3 650"]]
    cm = 28.35
    t2 = Table(rows, colWidths=[4.4 * cm, 1.9 * cm, 1.75 * cm, 2 * cm, 2 * cm, 2.75 * cm])
    t2.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9.5), ("FONT", (0, 1), (-1, -1), "Helvetica", 9.5),
                            ("LEFTPADDING", (0, 0), (-1, -1), 1), ("RIGHTPADDING", (0, 0), (-1, -1), 1),
                            ("ALIGN", (1, 0), (-1, -1), "RIGHT"), ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black)]))
    slide = Table([["Län", "Deltagare", "varav kvinnor", "Företag"], ["Östergötlands län", "214", "82", "31"],
                   ["Skåne län", "268", "121", "44"], ["Norrbottens län", "176", "49", "27"]],
                  colWidths=[7 * cm, 4 * cm, 4.5 * cm, 3.5 * cm])
    slide.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 16), ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 18),
                               ("ALIGN", (1, 0), (-1, -1), "RIGHT"), ("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]))
    story = [Paragraph("Verksamheten i länen beskrivs nedan.", styles["BodyText"]),
             Paragraph("Tabell 2. Projekt och deltagare per län 2025 (antal)", caption), t2, PageBreak(),
             Paragraph("Deltagare och företag per län", styles["BodyText"]), slide]
    SimpleDocTemplate(str(tmp_path / "r.pdf"), pagesize=landscape(A4)).build(story)
    tables = read_pdf(tmp_path / "r.pdf").tables
    assert [t.header for t in tables] == [["Län", "Projekt", "varav nya", "Kvinnor", "Män", "Deltagare totalt"],
                                          ["Län", "Deltagare", "varav kvinnor", "Företag"]]
    assert tables[0].rows[-1] == ["Totalt", "34", "11", "1 954", "1 696", "3 650"]


def test_a_header_cell_of_two_lines_left_of_its_figures_heads_its_own_column(tmp_path):
    # round 60 (F60-15): "Arbetslöshet 16–64 år," over "september 2025", set left of the figures it
    # heads, with "Område" centred beside both lines: the short second lines met no column or the
    # neighbouring one, so the employment rates were read as "Värde" and the unemployment under
    # the header "Sysselsättningsgrad" – every column shifted
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    styles = getSampleStyleSheet()
    rows = [["Område", "Arbetslöshet 16–64 år,\nseptember 2025", "Sysselsättningsgrad\n20–64 år, 2025"],
            ["Västerbottens län", "5,3 %", "84,2 %"], ["   Umeå", "7,8 %", "80,8 %"], ["   Skellefteå", "7,3 %", "82,4 %"],
            ["Södermanlands län", "9,8 %", "79,2 %"], ["   Oxelösund", "13,7 %", "75,7 %"]]
    t = Table(rows, colWidths=[150, 120, 120], hAlign="LEFT")
    t.setStyle(TableStyle([("ALIGN", (1, 0), (-1, 0), "LEFT"), ("ALIGN", (1, 1), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (0, 0), "MIDDLE"),
                           ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black)]))
    story = [Paragraph("Tabell 1. Arbetslöshet och sysselsättningsgrad per kommun", styles["BodyText"]), t]
    SimpleDocTemplate(str(tmp_path / "l.pdf"), pagesize=A4).build(story)
    (table,) = read_pdf(tmp_path / "l.pdf").tables
    assert [h.replace(",", "") for h in table.header] == ["Område", "Arbetslöshet 16–64 år september 2025", "Sysselsättningsgrad 20–64 år 2025"]
    assert ["Oxelösund", "13,7 %", "75,7 %"] in [[c.strip() for c in r] for r in table.rows]


def _long_table_pdf(path: Path, header: list[str], forts: bool, repeat: bool = True) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    styles = getSampleStyleSheet()
    rows = [[f"Kommun{chr(97 + i % 26)}{i}", f"{4 + i / 10:.1f} %".replace(".", ","), f"{80 - i / 10:.1f} %".replace(".", ",")]
            for i in range(40)]
    style = TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black), ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                        ("VALIGN", (0, 0), (-1, 0), "MIDDLE")])
    caption = Paragraph("Tabell 2. Arbetslöshet och sysselsättningsgrad per kommun, september 2025", styles["BodyText"])
    if forts:
        first, second = Table([header, *rows[:20]], hAlign="LEFT"), Table([header, *rows[20:]], hAlign="LEFT")
        first.setStyle(style)
        second.setStyle(style)
        story = [Paragraph("Inledning. " * 60, styles["BodyText"]), Spacer(1, 12), caption, first, PageBreak(),
                 Paragraph("Tabell 2 (forts.). Arbetslöshet och sysselsättningsgrad per kommun", styles["BodyText"]), second, Paragraph("Källa: SCB.", styles["BodyText"])]
    else:
        table = Table([header, *rows], repeatRows=1 if repeat else 0, hAlign="LEFT")
        table.setStyle(style)
        story = [Paragraph("Inledning. " * 80, styles["BodyText"]), Spacer(1, 12), caption, table,
                 Paragraph("Källa: SCB.", styles["BodyText"])]
    # (a top margin deeper than a running header's: the "forts." line stands in the page's text)
    SimpleDocTemplate(str(path), pagesize=A4, topMargin=110).build(story)
    return path


def test_a_table_over_a_page_break_under_its_repeated_wrapped_header_is_one_table(tmp_path):
    # round 60: a header of cells wrapped over two lines ("Arbetslöshet 16–64 år," / "september
    # 2025"), repeated on the next page, was not seen as the same header: the rows of the second
    # page (one county and its municipalities) were lost from the table
    header = ["Område", "Arbetslöshet 16–64 år,\nseptember 2025", "Sysselsättningsgrad\n20–64 år, 2025"]
    (t,) = read_pdf(_long_table_pdf(tmp_path / "lage.pdf", header, forts=False)).tables
    assert len(t.pages) == 2 and len(t.rows) == 40 and t.rows[-1][0] == "Kommunn39"


def test_a_table_continued_under_a_forts_caption_is_one_table(tmp_path):
    # round 62: "Tabell 2 (forts.). Inskrivna arbetslösa …" over the repeated header on the next
    # page carries the table on (its rows had been left as text)
    header = ["Område", "Arbetslöshet, %", "Sysselsättningsgrad, %"]
    (t,) = read_pdf(_long_table_pdf(tmp_path / "forts.pdf", header, forts=True)).tables
    assert len(t.pages) == 2 and len(t.rows) == 40 and t.caption.startswith("Tabell 2. Arbetslöshet")


def test_a_table_that_goes_on_at_the_top_of_the_next_page_without_its_header_is_one_table(tmp_path):
    # round 66 (F66-16): the rows on the second page, printed with no header over them, had been
    # flat text – Helsingborg's figures were "not in the documents"
    header = ["Område", "Arbetslöshet, %", "Sysselsättningsgrad, %"]
    (t,) = read_pdf(_long_table_pdf(tmp_path / "utan.pdf", header, forts=False, repeat=False)).tables
    assert len(t.pages) == 2 and len(t.rows) == 40 and t.rows[-1][0] == "Kommunn39"
    assert t.header == header


def test_a_page_that_opens_with_prose_carries_no_table_on(tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table

    styles = getSampleStyleSheet()
    rows = [["Område", "Antal", "Andel, %"]] + [[f"Ort{i}", str(100 + i), f"{i},5"] for i in range(6)]
    story = [Paragraph("Tabell 1. Antal och andel per ort", styles["BodyText"]), Table(rows, hAlign="LEFT"), PageBreak(),
             Paragraph("Kommentar till tabellen och läget i orterna.", styles["BodyText"]),
             Table([["Falun", "12", "3,5"], ["Mora", "14", "4,5"], ["Borlänge", "16", "5,5"]], hAlign="LEFT")]
    SimpleDocTemplate(str(tmp_path / "p.pdf"), pagesize=A4).build(story)
    (t,) = read_pdf(tmp_path / "p.pdf").tables
    assert len(t.rows) == 6 and t.pages == (1,)


def test_a_forms_grid_of_labels_and_values_is_fields_of_the_text_not_a_table(tmp_path):
    # round 67 (F67-11/12): a project application's "Projektnamn | …", "Total budget | 11 752 000 kr"
    # had been a statistics table headed by six labels run together, its text one long run
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    from ingest.pipeline import load_file

    styles = getSampleStyleSheet()
    rows = [["Projektnamn", "Gröna kompetenslyft Norrbotten"], ["Projektledare", "Elin Marklund"],
            ["Projektperiod", "2026-03-01 – 2028-12-31"], ["Total budget", "11 752 000 kr"],
            ["Sökt belopp från Region Norrbotten", "2 350 400 kr"], ["Insatsområde", "Kompetensförsörjning"]]
    t = Table(rows, colWidths=[200, 250])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    story = [Paragraph("1. Uppgifter om projektet", styles["Heading2"]), t,
             Paragraph("Projektet ska stärka kompetensen i länets företag.", styles["BodyText"])]
    SimpleDocTemplate(str(tmp_path / "ansokan.pdf"), pagesize=A4).build(story)
    result = load_file(tmp_path / "ansokan.pdf", tmp_path)
    assert not result.tables
    text = "\n".join(c.text for c in result.chunks)
    assert "Total budget: 11 752 000 kr" in text and "Projektledare: Elin Marklund" in text


def test_a_caption_that_opens_with_its_label_takes_no_signature_from_above(tmp_path):
    # round 102 (F102-01): "Rättvik den 18 november 2025" and the auditors' names over
    # "Bilaga: Intervjuade funktioner" had become the table's caption, so a question of what the
    # auditors concluded was answered with the count of interviewees
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    styles = getSampleStyleSheet()
    body = styles["BodyText"]
    rows = [["Funktion", "Antal"], ["Nämndens presidium", "2"], ["Förvaltningschef och controller", "2"],
            ["Handläggare och arbetsledare", "8"], ["Summa", "12"]]
    table = Table(rows, colWidths=[340, 85])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]))
    story = [
        Paragraph("Revisorerna begär ett skriftligt svar senast den 27 februari 2026.", body),
        Paragraph("Rättvik den 18 november 2025", body),
        Paragraph("Karin Åhlund, certifierad kommunal revisor", body),
        Paragraph("Bilaga: Intervjuade funktioner", styles["Heading2"]),
        table,
    ]
    SimpleDocTemplate(str(tmp_path / "g.pdf"), pagesize=A4).build(story)
    content = read_pdf(tmp_path / "g.pdf")
    assert [t.caption for t in content.tables] == ["Bilaga: Intervjuade funktioner"]


def test_years_over_pairs_of_columns_and_a_wrapped_header_cell_stay_over_their_own_columns(tmp_path):
    # round 129 (F129-09): a year set left-aligned over its pair ("2022" over "Avslutade | Andel i
    # arbete (%)") had joined the label column, shifting every header one column left, so that
    # "2024, Andel i arbete (%)" held 2023's share; "Andel i" / "arbete (%)" is one wrapped cell
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "amu.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 9)
    top = 780
    c.drawString(57, top, "Tabell 2. Andel i arbete 90 dagar efter avslutad utbildning efter kön, 2022–2024")
    xs = {2022: 142, 2023: 300, 2024: 458}
    for year, x in xs.items():
        c.drawString(x, top - 30, str(year))
        c.drawString(x + 68, top - 46, "Andel i")
        c.drawString(x, top - 56, "Avslutade")
        c.drawString(x + 68, top - 56, "arbete (%)")
    c.drawString(57, top - 56, "Kön")
    rows = [("Kvinnor", (391, "51,4"), (418, "53,6"), (446, "55,4")), ("Män", (604, "58,3"), (655, "60,8"), (682, "62,5")),
            ("Samtliga", (995, "55,6"), (1073, "58,0"), (1128, "59,7"))]
    y = top - 72
    for label, *pairs in rows:
        c.drawString(57, y, label)
        for (n, share), x in zip(pairs, xs.values(), strict=True):
            c.drawRightString(x + 56, y, f"{n:,}".replace(",", " "))
            c.drawRightString(x + 124, y, share)
        y -= 16
    c.save()
    (t,) = read_pdf(path).tables
    assert t.header[0] == "Kön"
    assert t.header[5] == "2024, Avslutade" and t.header[6] == "2024, Andel i arbete (%)"
    assert t.rows[0][6] == "55,4" and t.rows[0][4] == "53,6"
