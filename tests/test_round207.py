"""Round 207 (documents, Västra Götaland): a decision whose ticked boxes are Wingdings symbols,
and a plan's financing table that had answered questions about dates, definitions and reports."""
from __future__ import annotations

_FINANCING = (
    "Tabell 2. Finansiering 2026–2027\n\n"
    "Finansiär;Belopp, kronor\n"
    "Regionutvecklingsnämnden, Västra Götalandsregionen;2 400 000\n"
    "Deltagande kommuner (5 × 300 000);1 500 000\n"
    "Tillväxtverket, landsbygdsprogrammet;900 000\n"
    "Totalt;4 800 000\n"
)

_NOTES = (
    "Minnesanteckningar – informationsträff om Servicenoder Väst, 24 november 2026\n\n"
    "1. Öppningar\n"
    "Noden i Högsäter öppnar måndag 30 november 2026, eftersom elinstallationen för paketskåpen blev klar först vecka 47.\n\n"
    "2. Rapportering\n"
    "Projektledaren lämnar lägesrapport halvårsvis till Regionutvecklingsnämnden enligt nämndens beslut.\n\n"
    "3. Definition\n"
    "En servicenod är en plats där minst tre av fem tjänster erbjuds under samma tak.\n"
)


def test_figures_of_a_financing_table_answer_no_question_that_names_none_of_it(tmp_path):
    # F207-03/09/15/17: "högsäter noden öppnade 16 nov va?", "vad räknas som en servicenod?",
    # "hur ofta … lägesrapport till regionen?" and "vad kostade paketskåpen?" had each been answered
    # with the plan's financing table (its rows listed, or the region's 2 400 000 kr)
    from assistant.answer import Route
    from tests.kb import engine_over

    engine = engine_over(tmp_path, {"finansiering.csv": _FINANCING, "minnesanteckningar.txt": _NOTES})
    for q in (
        "högsäter noden öppnade 16 nov va?",
        "Vad räknas egentligen som en servicenod?",
        "hur ofta måste vi lämna lägesrapport till regionen nu?",
        "vad kostade paketskåpen?",
    ):
        a = engine.ask(q, engine.new_conversation())
        assert a.route != Route.STATS or not a.answered, (q, a.answer)
        assert not any(f.value in (2_400_000, 1_500_000, 900_000, 4_800_000) for f in a.figures), (q, a.answer)
    # (… while the table still answers what it holds)
    b = engine.ask("hur mycket bidrar Tillväxtverket med?", engine.new_conversation())
    assert b.answered and any(f.value == 900_000 for f in b.figures), b.answer


def _decision_docx(path):
    from docx import Document
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    d = Document()
    d.add_paragraph("Beslut om ändringsansökan")
    p = d.add_paragraph("Lägesrapportering till Regionutvecklingsnämnden: ")
    for ticked, word in ((False, "kvartalsvis"), (True, "halvårsvis"), (False, "årsvis")):
        run = p.add_run()
        sym = OxmlElement("w:sym")
        sym.set(qn("w:font"), "Wingdings")
        sym.set(qn("w:char"), "F0FD" if ticked else "F0A8")
        run._r.append(sym)
        p.add_run(f" {word}  ")
    d.save(path)


def test_a_box_ticked_in_a_symbol_font_is_read(tmp_path):
    # F207-15: the ticked "halvårsvis" stood only in a Wingdings box, lost in the text
    from ingest.pipeline import load_file

    _decision_docx(tmp_path / "beslut.docx")
    text = "\n".join(c.text for c in load_file(tmp_path / "beslut.docx", tmp_path).chunks)
    assert "☐  kvartalsvis" in text and "☒  halvårsvis" in text and "☐  årsvis" in text, text


_MKDOCS = '''---
title: Servicenoder Väst – aktuellt
date: 2027-02-15
---

# Servicenoder Väst – aktuellt

!!! info "Senast uppdaterad 15 februari 2027"
    Sidan ersätter tidigare information.

## Ersättning till nodvärdar

=== "1 oktober 2026 – 28 februari 2027"

    5 500 kronor per månad och nod.

=== "Från 1 mars 2027"

    6 000 kronor per månad och nod.

??? note "Varför är Gullspång inte med längre?"
    Gullspångs kommun lämnade projektet den 31 december 2026.

=== "För medflyttare"

    - Anmäl intresse i e-tjänsten.
    - Du bjuds in till träffar.

Anmäl intresse{ .md-button .md-button--primary }

*[NVK]: Nodvärdskontrakt
*[RUN]: Regionutvecklingsnämnden
'''


def test_a_site_generator_s_tabs_boxes_and_abbreviations_read_as_the_page_shows_them(tmp_path):
    # F207-08: of two content tabs the newer value was said only by its tab's title, read as markup
    from ingest.pipeline import load_file

    (tmp_path / "aktuellt.md").write_text(_MKDOCS, encoding="utf-8")
    r = load_file(tmp_path / "aktuellt.md", tmp_path)
    text = "\n".join(c.text for c in r.chunks)
    assert "Från 1 mars 2027: 6 000 kronor per månad och nod." in text, text
    assert "1 oktober 2026 – 28 februari 2027: 5 500 kronor" in text, text
    assert "Varför är Gullspång inte med längre? Gullspångs kommun lämnade" in text, text
    assert "Senast uppdaterad 15 februari 2027: Sidan ersätter" in text, text
    assert "NVK: Nodvärdskontrakt\nRUN: Regionutvecklingsnämnden" in text, text
    assert "===" not in text and "!!!" not in text and "md-button" not in text, text
    assert "Anmäl intresse i e-tjänsten" in text and "För medflyttare:" in text, text


def test_totalt_asked_of_one_row_adds_no_total_row_to_it(tmp_path):
    # r207's follow-up "och vad blir regionens stöd totalt då?" had summed the region's row and the
    # table's total row (7 200 000)
    from tests.kb import engine_over

    engine = engine_over(tmp_path, {"finansiering.csv": _FINANCING})
    a = engine.ask("vad blir regionens stöd totalt?", engine.new_conversation())
    assert not any(f.value == 7_200_000 for f in a.figures), a.answer
    assert not a.answered or any(f.value == 2_400_000 for f in a.figures), a.answer


def test_a_guess_is_not_corrected_by_another_row_s_date(tmp_path):
    # "öppnade Högsäter 16 november va?" had been answered "1 mars 2027" – the newest page's
    # table row of another node ("Nod: Åsensbruk | … | Status: Öppnar 1 mars 2027") – where
    # the newest minutes say Högsäter opens 30 november
    from tests.kb import engine_over

    mail = (
        "Uppdaterad öppningsplan, 2 september 2026\n\n"
        "Noden i Högsäter blir försenad eftersom elinstallationen inte hinner bli klar. Den öppnar i stället måndag 16 november 2026.\n"
    )
    notes = (
        "Minnesanteckningar, informationsträff 24 november 2026\n\n"
        "Noden i Högsäter skulle enligt tidigare besked ha öppnat 16 november men elinstallationen blev klar först "
        "vecka 47, så nytt datum är 30 november.\n"
    )
    page = (
        "---\ntitle: Servicenoder – aktuellt\ndate: 2027-02-15\n---\n\n# Servicenoder – aktuellt\n\n## Noderna\n\n"
        "| Nod | Kommun | Status |\n|---|---|---|\n| Bäckefors | Bengtsfors | Öppen |\n| Högsäter | Färgelanda | Öppen |\n"
        "| Åsensbruk | Mellerud | Öppnar 1 mars 2027 |\n"
    )
    engine = engine_over(tmp_path, {"2026-09-02_mejl.txt": mail, "2026-11-24_anteckningar.txt": notes, "aktuellt.md": page})
    a = engine.ask("öppnade Högsäter 16 november va?", engine.new_conversation())
    assert "1 mars 2027" not in a.answer.split("\n")[0], a.answer
    # (… nor when the name is written in lower case and the question ends with a tag asking assent)
    c = engine.ask("högsäter noden öppnade 16 nov va?", engine.new_conversation())
    assert "1 mars 2027" not in c.answer.split("\n")[0], c.answer
    # (… and the day that was to be – "skulle enligt tidigare besked ha öppnat 16 november" – is
    # no answer's headline to "när öppnar …?")
    b = engine.ask("när öppnar noden i Högsäter?", engine.new_conversation())
    assert "**16 november" not in b.answer, b.answer


def test_a_tag_asking_assent_is_no_word_of_the_topic():
    from assistant.documents.features import _TAG_ASK

    assert _TAG_ASK.sub("?", "högsäter noden öppnade 16 nov va?") == "högsäter noden öppnade 16 nov?"
    assert _TAG_ASK.sub("?", "Projektet slutar 30 juni, eller hur?") == "Projektet slutar 30 juni?"
    # ("VA" in a question's body – water and sewage – stays)
    assert _TAG_ASK.sub("?", "vad kostar VA-anslutningen?") == "vad kostar VA-anslutningen?"
