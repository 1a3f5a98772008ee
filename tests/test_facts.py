"""Document facts – title, author, organisation, date – from PDF metadata, title pages and
running headers, DOCX core properties and the first lines of TXT/MD files."""
from __future__ import annotations

import pytest

from ingest.facts import date_in, labelled, real_title, split_author, text_facts
from ingest.pipeline import load_file

from .conftest import ROOT

DOCS = ROOT / "knowledge" / "documents"


@pytest.mark.parametrize(
    "title, real",
    [
        ("alingsas.se", ""),
        ("www.regionorebrolan.se", ""),
        ("Microsoft Word - rapport_v3.docx", ""),
        ("budget-2026.pdf", ""),
        ("Tagged PDF", ""),
        ("Untitled", ""),
        ("(anonymous)", ""),
        ("unknown", ""),
        ("2026-03-24", ""),
        # round 148 (F148-04, F148-12): a scanner's default name had become the minutes' title
        ("Scan 2026-11-25 10:41", ""),
        ("Skannat dokument", ""),
        ("IMG_0042", ""),
        ("Scania årsrapport 2025", "Scania årsrapport 2025"),
        ("Uppföljning av tidigare granskningar (2023)", "Uppföljning av tidigare granskningar (2023)"),
        ("Prioriteringsmöte 2025", "Prioriteringsmöte 2025"),
    ],
)
def test_a_placeholder_file_name_or_web_address_is_no_title(title, real):
    assert real_title(title) == real


@pytest.mark.parametrize(
    "author, split",
    [
        ("Fredrik Jönsson, Region Örebro län", ("Fredrik Jönsson", "Region Örebro län")),
        ("Gard, Liz", ("Liz Gard", "")),
        ("Region Sörmland, Hållbar Regional Utveckling", ("", "Region Sörmland, Hållbar Regional Utveckling")),
        ("Microsoft Office User", ("", "")),
        ("Karin Berg", ("Karin Berg", "")),
    ],
)
def test_metadata_author_is_a_person_or_an_organisation(author, split):
    assert split_author(author) == split


def test_labelled_fields_in_a_running_footer_and_on_a_title_page():
    footer = "Region Örebro län | Utsattas etablering | Författare: Fredrik Jönsson | Datum: 2025-10-07 | 37 (52)"
    assert labelled({}, [footer]) == {"author": "Fredrik Jönsson", "date": "2025-10-07"}
    assert labelled({}, ["Datum för beslut: 2026-06-16", "Beslutande instans: Barn- och ungdomsnämnden"]) == {
        "date": "2026-06-16",
        "organisation": "Barn- och ungdomsnämnden",
    }
    assert labelled({}, ["Författare: Fredrik Jönsson Datum: 2025-10-07"])["author"] == "Fredrik Jönsson"


@pytest.mark.parametrize(
    "text, date",
    [
        ("2026–03–24", "2026-03-24"),
        ("Minnesanteckningar från mötet den 2 april 2025", "2025-04-02"),
        ("#2 februari 2025", "2025-02"),
        ("Sammanträde 2018-01-30 kl. 13.00", "2018-01-30"),
        ("Utan datum", ""),
    ],
)
def test_dates_come_out_as_iso(text, date):
    assert date_in([text]) == date


@pytest.mark.parametrize(
    "name, facts",
    [
        (
            "utsattas-etablering-orebro-lan-2025.pdf",
            ("Utsattas etablering på arbetsmarknaden", "Fredrik Jönsson", "Region Örebro län", "2025-10-07"),
        ),
        (
            "prioriteringsmote-2025-hru-af-sormland.pdf",
            ("Prioriteringsmöte 2025", "", "Region Sörmland, Hållbar Regional Utveckling", "2025-04-02"),
        ),
        ("werket-manadsrapport-2025-02.pdf", ("Werket Månadsrapport februari 2025", "", "", "2025-02")),
    ],
)
def test_sample_pdfs_facts(name, facts):
    d = load_file(DOCS / name, DOCS).document
    assert (d.title, d.author, d.organisation, d.date) == facts


def test_docx_core_properties_and_labelled_lines(tmp_path):
    import docx

    d = docx.Document()
    d.core_properties.title = "Microsoft Word - rapport.docx"  # a file name: the heading is the title
    d.core_properties.author = "Berg, Anna"
    d.add_heading("Kompetensförsörjning i länet", 1)
    d.add_paragraph("Datum: 2024-05-03")
    d.add_paragraph("Text om kompetensförsörjning i länet.")
    d.save(tmp_path / "r.docx")
    doc = load_file(tmp_path / "r.docx", tmp_path).document
    # The labelled date in the text wins over the file's creation date.
    assert (doc.title, doc.author, doc.organisation, doc.date) == (
        "Kompetensförsörjning i länet",
        "Anna Berg",
        "",
        "2024-05-03",
    )


def test_a_docx_date_on_a_line_of_its_own_paragraph_wins_and_the_template_stamp_is_no_date(tmp_path):
    # round 102: python-docx's template creation time (2013-12-23) had been shown as the
    # minutes' date, whose second paragraph is "Sammanträde 2026-02-11, kl. 09.00\nPlats: …"
    import docx

    d = docx.Document()
    d.add_heading("Protokoll – Arbetsmarknadsrådet", 1)
    d.add_paragraph("Sammanträde 2026-02-11, kl. 09.00–11.45\nPlats: Kommunhuset, sammanträdesrum Siljan, våning två")
    d.add_paragraph("§ 1 Mötets öppnande")
    d.save(tmp_path / "p.docx")
    assert load_file(tmp_path / "p.docx", tmp_path).document.date == "2026-02-11"
    d = docx.Document()
    d.add_heading("Minnesanteckningar", 1)
    d.add_paragraph("Text utan datum om mötet.")
    d.save(tmp_path / "m.docx")
    assert load_file(tmp_path / "m.docx", tmp_path).document.date == ""


def test_markdown_first_heading_and_first_lines(tmp_path):
    (tmp_path / "a.md").write_text(
        "# Lägesbild 2025\n\nFörfattare: Per Olsson\n\nRegion Värmland\n\n12 mars 2025\n\nText om läget.\n",
        encoding="utf-8",
    )
    doc = load_file(tmp_path / "a.md", tmp_path).document
    assert (doc.title, doc.author, doc.organisation, doc.date) == (
        "Lägesbild 2025",
        "Per Olsson",
        "Region Värmland",
        "2025-03-12",
    )


def test_text_facts_skip_dates_in_running_text():
    facts = text_facts("Rapport", ["Rapport", "Antalet ökade från och med juli 2026 enligt prognosen i rapporten."])
    assert facts.date == ""


def test_a_version_date_on_the_title_page_comes_before_the_file_s_creation_date():
    # round 47: a project description "Version 1.3, 20 november 2023" was dated by when the PDF was made
    from ingest.pdf.facts import document_facts
    from ingest.pdf.page import Line, Page

    def line(text, top, size=10.0):
        return Line(text, top, top + size, 50.0, 400.0, size, False)

    first = Page(1, 595, 842, [line("Projektbeskrivning: Kompetenslyft", 80, 18), line("Industri 2024–2026", 100, 18),
                               line("Projektägare: Region Jönköpings län. Projektledare: Linnea Forsberg. Version", 130),
                               line("1.3, 20 november 2023.", 142),
                               line("Projektet pågår från 1 januari 2024 till 31 december 2026.", 170)])
    facts = document_facts({"CreationDate": "D:20261202101010+00'00'"}, [first])
    assert facts.date == "2023-11-20"


def test_a_docx_table_with_figures_is_a_table_and_one_without_stays_text_where_it_stood(tmp_path):
    # round 51 (F51-10, F51-18): "Prioriteringar 2026" kept its budget table as lines of text after
    # the last paragraph, so "totala budgeten" and "Tomas Wiklunds del" were refused
    import docx

    from ingest.pipeline import load_file

    d = docx.Document()
    d.add_heading("Prioriteringar 2026", 0)
    d.add_paragraph("Nedan listas insatserna med ansvarig och budget i tusental kronor.")
    rows = [("Insats", "Ansvarig", "Budget (tkr)"), ("Kompetensplattform", "Karin Lindqvist", "4 600"),
            ("Innovationscheckar", "Tomas Wiklund", "6 500"), ("Vätgasdalen", "Tomas Wiklund", "925"), ("Summa", "", "12 025")]
    t = d.add_table(rows=len(rows), cols=3)
    for r, row in zip(t.rows, rows, strict=True):
        for c, text in zip(r.cells, row, strict=True):
            c.text = text
    d.add_paragraph("Kontakter")
    contacts = d.add_table(rows=2, cols=2)
    for r, row in zip(contacts.rows, (("Roll", "Namn"), ("Controller", "Peter Olausson")), strict=True):
        for c, text in zip(r.cells, row, strict=True):
            c.text = text
    d.add_paragraph("Uppföljning sker i augusti.")
    d.save(tmp_path / "prio.docx")
    res = load_file(tmp_path / "prio.docx", tmp_path)
    (table,) = res.tables
    assert table.caption == "Prioriteringar 2026" and "Budget (tkr)" in table.frame.columns
    assert table.frame["Budget (tkr)"].tolist()[:3] == [4600, 6500, 925]
    text = "\n".join(c.text for c in res.chunks)
    assert "Controller – Peter Olausson" in text and text.index("Peter Olausson") < text.index("Uppföljning sker")
    assert "Karin Lindqvist" not in text  # the table's rows are the table's, searched as a table


def test_a_docx_tables_caption_names_its_document_and_a_share_of_its_sum_row_is_computed(tmp_path):
    # round 53 (F53-18): "Hur mycket är budgeterat för utbildningsinsatser i Kompetenslyft
    # Bergslagen, och hur stor andel av totalbudgeten är det?" – the budget under "4. Budget" had
    # been no candidate (nothing in it said whose budget)
    import docx

    from assistant.stats import compute, read_form
    from ingest.pipeline import load_file
    from tests.test_stats_resolver import _resolver_of

    d = docx.Document()
    d.core_properties.title = "Projektplan Kompetenslyft Bergslagen"
    d.add_heading("4. Budget", 1)
    rows = [("Post", "Belopp (kr)"), ("Personal", "2 450 000"), ("Utbildningsinsatser", "1 180 000"), ("Resor", "770 000"), ("Summa", "4 400 000")]
    t = d.add_table(rows=len(rows), cols=2)
    for r, row in zip(t.rows, rows, strict=True):
        for c, text in zip(r.cells, row, strict=True):
            c.text = text
    d.save(tmp_path / "plan.docx")
    (table,) = load_file(tmp_path / "plan.docx", tmp_path).tables
    assert table.caption == "4. Budget – Projektplan Kompetenslyft Bergslagen"
    best = _resolver_of(table).read(read_form("Hur mycket är budgeterat för utbildningsinsatser i Kompetenslyft Bergslagen, "
                                              "och hur stor andel av totalbudgeten är det?"))[0]
    res = compute(best.profile, best.query)
    assert best.query.share_of == "Summa" and "26,8 %" in res.text


def test_a_responsible_named_inside_a_paragraph_is_no_author_of_the_document():
    # round 55: "… ska öka. Ansvarig: Sara Nyberg." under a goal of a plan made her its author
    goal = ("Förvärvsfrekvensen bland utrikes födda kvinnor ska öka. Insatserna samordnas med Arbetsförmedlingen "
            "och kommunernas vuxenutbildning. Ansvarig: Sara Nyberg.")
    assert labelled({}, [goal]) == {}
    assert labelled({}, ["Ansvarig: Sara Nyberg"]) == {"author": "Sara Nyberg"}
    assert labelled({}, ["Rapport om arbetsmarknaden i länet under året | Författare: Eva Ek | Datum: 2025-03-02"]) == {
        "author": "Eva Ek", "date": "2025-03-02"}


def test_an_email_thread_is_read_without_its_quote_marks_and_titled_by_its_subject(tmp_path):
    # round 57: "> " before every quoted line ran the replies into one line, and the thread was
    # titled by its "Från:" line
    p = tmp_path / "mejl.txt"
    p.write_text("Från: Karin Lindqvist <karin@example.se>\nSkickat: den 6 november 2025 08:47\nÄmne: SV: SV: Kick-off för planen\n\n"
                 "Hej båda,\n\nVi bestämmer oss för den 10 februari 2026 i Västerås konserthus.\n\n"
                 "> Från: Anders Holm\n> Ämne: SV: Kick-off för planen\n>\n> Den 27 januari krockar tyvärr med styrelsen.\n"
                 "> Kan vi ta februari i stället?\n", encoding="utf-8")
    result = load_file(p, tmp_path)
    assert result.document.title == "Kick-off för planen"
    text = " ".join(c.text for c in result.chunks)
    assert "\n> " not in text and "> Kan" not in text and "Den 27 januari krockar tyvärr med styrelsen. Kan vi ta februari i stället?" in text


def test_an_email_that_opens_with_its_subject_line_is_titled_without_the_label(tmp_path):
    # round 104: the thread had been titled "Ämne: SV: SV: Rekryteringsträff …"
    p = tmp_path / "traff.txt"
    p.write_text("Ämne: SV: SV: Rekryteringsträff i Gällivare – datum och kostnader\n\n----\nFrån: Lina Öhman, Region Norrbotten\n"
                 "Skickat: den 4 april 2025 10:12\n\nHej Jonas,\n\nTräffen flyttas till onsdag 21 maj 2025.\n", encoding="utf-8")
    assert load_file(p, tmp_path).document.title == "Rekryteringsträff i Gällivare – datum och kostnader"


def test_a_press_release_is_titled_by_its_kind_and_headline(tmp_path):
    # round 106: the press release had been cited as "PRESSMEDDELANDE" only
    p = tmp_path / "pm.txt"
    p.write_text("PRESSMEDDELANDE\nRegion Dalarna och Arbetsförmedlingen\nFalun, 18 februari 2025\n\n"
                 "Jobbsteget Dalarna ska ge 400 långtidsarbetslösa en väg till jobb\n\n"
                 "Region Dalarna och Arbetsförmedlingen startar den 1 mars 2025 satsningen Jobbsteget Dalarna.\n", encoding="utf-8")
    assert load_file(p, tmp_path).document.title == "Pressmeddelande: Jobbsteget Dalarna ska ge 400 långtidsarbetslösa en väg till jobb"
    # (a first line in capitals followed by running text keeps it as the title)
    p.write_text("BAKGRUND\n\nRegionen har under året arbetat med kompetensförsörjning i alla kommuner. Arbetet fortsätter.\n", encoding="utf-8")
    assert load_file(p, tmp_path).document.title == "BAKGRUND"


def test_a_text_says_when_it_was_updated_and_a_title_page_names_its_presenter(tmp_path):
    # round 59: a FAQ "Senast uppdaterad 15 januari 2026." was dated 2013-12-23 (python-docx's
    # template); a slide deck's "Johan Lindqvist, projektledare" was no author; a decision's
    # financing row "Region Norrbotten (detta beslut) 2 400 000" was its organisation
    import docx

    from ingest.pdf.facts import document_facts
    from ingest.pdf.page import Line, Page

    d = docx.Document()
    d.add_heading("Vanliga frågor om företagsstöd", 1)
    d.add_paragraph("Senast uppdaterad 15 januari 2026. Gäller stöd som kontoret handlägger.")
    d.add_paragraph("Vilka företag kan söka?")
    d.save(tmp_path / "faq.docx")
    assert load_file(tmp_path / "faq.docx", tmp_path).document.date == "2026-01-15"

    def line(text, top, size=10.0):
        return Line(text, top, top + size, 50.0, 400.0, size, False)

    slides = Page(1, 842, 595, [line("Gröna kompetenslyftet – halvtidsavstämning", 80, 28), line("Johan Lindqvist, projektledare", 150, 16),
                                line("12 november 2025", 175, 16)])
    facts = document_facts({}, [slides])
    assert (facts.author, facts.date) == ("Johan Lindqvist", "2025-11-12")
    decision = Page(1, 595, 842, [line("Beslut om regionalt projektstöd", 80, 18), line("Region Norrbotten (detta beslut) 2 400 000", 300)])
    assert document_facts({}, [decision]).organisation == ""


def test_a_date_in_the_running_header_comes_before_the_file_s_creation_date():
    # round 98 (F98-01): "Arbetsmarknadsutsikter … · Johanna Lindqvist · 12 februari 2026" at the
    # top of every page; the analysis had been dated by the day the PDF was made
    from ingest.pdf.facts import document_facts
    from ingest.pdf.page import Line, Page

    def line(text, top, size=10.0):
        return Line(text, top, top + size, 50.0, 400.0, size, False)

    header = "Arbetsmarknadsutsikter Östergötland 2026–2027 · Johanna Lindqvist · 12 februari 2026"
    pages = [
        Page(n, 595, 842, [line(header, 30, 8), line(f"Avsnitt {n}", 80, 16),
                           line(f"Arbetslösheten väntas minska under {2025 + n} enligt prognosen.", 120),
                           line(f"Sida {n} av 3", 800, 8)])
        for n in (1, 2, 3)
    ]
    facts = document_facts({"CreationDate": "D:20261203101010+00'00'"}, pages)
    assert facts.date == "2026-02-12"


def test_a_file_name_in_the_metadata_is_no_title():
    # round 108: a PDF had been titled "Af_utsikter_JKP_ht24_v3" by its metadata
    from ingest.facts import real_title

    assert real_title("Af_utsikter_JKP_ht24_v3") == ""
    assert real_title("Arbetsmarknadsutsikterna hösten 2024") == "Arbetsmarknadsutsikterna hösten 2024"


def test_a_generators_placeholder_date_is_no_documents_date():
    # round 146 (F146-07): a PDF's CreationDate "D:20000101000000+00'00'" (what ReportLab writes
    # when it is given no date) was answered as the document's date, 2000-01-01
    from ingest.facts import metadata_date

    assert metadata_date("D:20000101000000+00'00'") == ""
    assert metadata_date("1970-01-01T00:00:00Z") == ""
    assert metadata_date("D:20260602115235+02'00'") == "2026-06-02"
    assert metadata_date("D:20000101093000+01'00'") == "2000-01-01"  # (a real moment of that day stays)


def test_a_date_asked_of_an_event_is_no_question_for_the_documents_date():
    # round 146 (F146-07): "vilket datum har styrgruppen sitt möte i september …?" was answered with
    # the document's date
    from assistant.kb_questions import _DATE
    from ingest.swedish import fold

    assert not _DATE.search(fold("vilket datum har styrgruppen sitt möte i september och var är det?"))
    assert _DATE.search(fold("vilket datum har rapporten?")) and _DATE.search(fold("vilket datum är protokollet daterat?"))
