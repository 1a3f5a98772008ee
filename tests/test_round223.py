"""Round 223 (documents, Sörmland): an MDX newsletter whose facts stand in exports and in its
components' attributes."""
from __future__ import annotations


def _round():
    from tests.kb import fresh_round

    return fresh_round("r223")


def _newsletter(tmp_path) -> str:
    from ingest.pipeline import load_file

    _round().make_newsletter(str(tmp_path))
    path = next(tmp_path.glob("*.md"))
    return "\n".join(c.text for c in load_file(path, tmp_path).chunks)


def test_an_mdx_pages_exports_are_written_in_where_they_are_used(tmp_path):
    # F223-06: "Den {oppningsdatum} klipptes bandet" – the opening day stood only in an export
    text = _newsletter(tmp_path)
    assert "Den 13 oktober 2026 klipptes bandet" in text, text
    assert "{" not in text and "export const" not in text and "import " not in text, text


def test_an_mdx_components_attributes_are_read_as_its_values(tmp_path):
    # F223-07/08: the opening hours and address only as a fact box's attributes, the correction's
    # wrong and right hours only as a component's "fel" and "ratt"
    text = _newsletter(tmp_path)
    assert "plats: Medborgarhuset, Storgatan 8, Vingåker" in text, text
    assert "oppet: tisdagar och torsdagar kl. 10–15" in text, text
    assert "fel: måndagar och onsdagar; ratt: tisdagar och torsdagar" in text, text
    assert "7 oktober 2027 (preliminart)" in text, text  # a flag on a wrapped date is said


def test_an_mdx_pages_lists_of_objects_are_read_by_index_and_key(tmp_path):
    # round 178's Docusaurus page: "{kurser[1].start}" and "{utbildning.langd}" of exported
    # lists and objects had stood as written; a tab's label heads its text
    from ingest.markup import mdx_markdown

    page = (
        "import Tabs from '@theme/Tabs';\n\nexport const kurser = [\n"
        "  { ort: 'Karlskrona', start: '24 augusti 2026', grupper: 3 },\n"
        "  { ort: 'Olofström', start: '7 september 2026', grupper: 2 },\n];\n\n"
        "export const utbildning = {\n  langd: '40 veckor på heltid',\n};\n\n"
        "Du utbildar dig på {utbildning.langd}. Starten är flyttad till **{kurser[1].start}**.\n\n"
        '<Tabs>\n  <TabItem value="olofstrom" label="Olofström">\n\n'
        "Kursstart {kurser[1].start}, {kurser[1].grupper} grupper.\n\n  </TabItem>\n</Tabs>\n"
    )
    text = mdx_markdown(page)
    assert "Du utbildar dig på 40 veckor på heltid." in text, text
    assert "flyttad till **7 september 2026**" in text and "Kursstart 7 september 2026, 2 grupper." in text, text
    assert "**Olofström**" in text and "<Tab" not in text, text
    assert mdx_markdown("# Rubrik\n\nVanlig Markdown med {klamrar} och <b>html</b>.\n") is None



def test_a_status_told_only_by_a_cells_colour_is_read_with_the_colour_key(tmp_path):
    # F223-18: the minutes' progress table marks each activity's status by its cell's fill alone,
    # a line under it saying "Färgkod: grön = enligt plan, gul = risk för försening, röd = försenad"
    from ingest.pipeline import load_file

    _round().make_minutes(str(tmp_path))
    path = next(tmp_path.glob("*.docx"))
    text = "\n".join(c.text for c in load_file(path, tmp_path).chunks)
    assert "A3 Digitala kiosker | Status: röd (försenad)" in text, text
    assert "A1 Kartläggning av servicebehov | Status: grön (enligt plan)" in text, text


def test_a_fill_is_named_by_its_hue():
    from lxml import etree

    from ingest.word import _fill_colour

    def cell(fill: str):
        w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
        return etree.fromstring(f'<w:tc xmlns:w="{w}"><w:tcPr><w:shd w:val="clear" w:fill="{fill}"/></w:tcPr></w:tc>')

    assert [_fill_colour(cell(f)) for f in ("FF0000", "FFC000", "00B050", "92D050", "4472C4", "FFFFFF", "auto", "D9D9D9")] == [
        "röd", "gul", "grön", "grön", "blå", "", "", ""
    ]


def test_a_still_clause_after_the_question_is_a_guess_to_check():
    # F223-11: "Fortfarande 7 oktober i Katrineholm?" after "När är … slutkonferens och var?" is
    # what the asker believes – the old date, which a newer document moves
    from assistant.documents.kinds import guess_free, guessed

    q = "När är LOTS slutkonferens och var? Fortfarande 7 oktober i Katrineholm?"
    assert guessed(q) == "7 oktober" and "7 oktober" not in guess_free(q)
    assert guessed("When is the LOTS final conference and where? Still 7 October in Katrineholm?") == "7 October"
    assert guessed("Är han fortfarande ordförande?") == ""


def test_a_sentence_opening_with_a_pronoun_dates_what_the_sentence_before_named():
    # F223-11: "… flyttar vi slutkonferensen. Den blir i stället torsdag 23 september 2027 …": the
    # date is the conference's, though its own sentence names it only as "Den"
    from assistant.documents.features import Question, Vocabulary
    from assistant.documents.phrases import term_beside

    q = Question.of("När är slutkonferensen?", Vocabulary(["slutkonferensen"]))
    text = "Som vi kom fram till flyttar vi slutkonferensen. Den blir i stället torsdag 23 september 2027 i Nyköping."
    assert term_beside(text, "23 september 2027", q) is not None
    assert term_beside("Vi ses snart. Mötet blir torsdag 23 september 2027.", "23 september 2027", q) is None
