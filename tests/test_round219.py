"""Round 219 (documents, Västmanland): a passive supine shares its verb with the text's forms."""
from __future__ import annotations


def test_a_passive_supine_stems_as_the_verbs_other_forms():
    from ingest.swedish import stem

    assert stem("ändrats") == stem("ändras") == stem("ändrade") == stem("ändrat")
    assert stem("beslutats") == stem("beslutat") == "beslut"
    assert stem("insats") == "insat" and stem("arbetsplats") == "arbetsplat"  # (nouns: unchanged)


def test_has_it_changed_is_answered_by_the_decision_that_changed_it(tmp_path):
    # F219-13: "Har leveransdagarna ändrats?" had found the steering group's "Styrgruppen beslutar
    # att leveransdagarna ändras från tisdag och torsdag till tisdag och fredag" and refused it:
    # "ändrats" stemmed to "ändrat", no form of the quote's verb
    from tests.kb import engine_over

    minutes = (
        "# Protokoll – styrgruppsmöte SAMLAST\n\nDatum: 2026-11-19\n\n"
        "## § 5 Upphandling\n\nTransporttjänsten upphandlas under hösten. Anbud lämnas senast 15 december.\n\n"
        "## § 6 Leveransdagar\n\nFlera butiker får grossistleverans av färskvaror på torsdagar. "
        "Styrgruppen beslutar att leveransdagarna ändras från tisdag och torsdag till tisdag och fredag.\n\n"
        "## § 7 Nästa möte\n\nNästa möte hålls den 4 februari 2027 i Sala.\n"
    )
    plan = (
        "# Projektplan SAMLAST\n\nDatum: 2026-09-14\n\n## 3. Genomförande\n\n"
        "Varorna levereras till butikerna på tisdagar och torsdagar från samlastningscentralen i Sala.\n"
    )
    engine = engine_over(tmp_path, {"protokoll.md": minutes, "plan.md": plan})
    a = engine.ask("Har leveransdagarna ändrats?", engine.new_conversation())
    assert a.answered and "tisdag och fredag" in a.answer, a.answer


def test_a_slides_footer_inside_its_frame_is_no_row_of_the_table_on_it(tmp_path):
    # F219-14: the notes page's slide "Ekonomi (tkr)" read its footer "Region Västmanland |
    # SAMLAST | 2027-03-15" and slide number 4 as a budget row – "hur mycket går regionen in med"
    # was answered "4 tkr"
    from ingest.pipeline import load_file
    from tests.kb import fresh_round

    path = tmp_path / "rapport.pdf"
    fresh_round("r219").make_notes_pdf(str(path))
    tables = load_file(path, tmp_path).tables
    budget = next(t for t in tables if any("Budget" in c.name for c in t.columns))
    labels = list(budget.frame[budget.label_column])
    assert labels[-1].startswith("Utfall") and not any("|" in x for x in labels), labels


def test_does_it_still_hold_keeps_what_it_points_back_at():
    # F219-02: "… i mina anteckningar står det att vi lägger 1,9 miljoner på SAMLAST. Stämmer det
    # fortfarande eller har det ändrats?" had been read as its last sentence alone
    from assistant.question import _strip_filler

    question, _ = _strip_filler(
        "I mina anteckningar står det att vi lägger 1,9 miljoner på SAMLAST. Stämmer det fortfarande eller har det ändrats?"
    )
    assert "1,9 miljoner på SAMLAST" in question and "Stämmer det fortfarande" in question, question


def test_a_legacy_forms_check_boxes_say_which_option_was_ticked(tmp_path):
    # F219-07: the minutes' decision options are FORMCHECKBOX fields – the text showed all three
    # ("att behålla pilotstarten den 1 mars 2027" among them) and which was decided stood nowhere
    from ingest.pipeline import load_file
    from tests.kb import fresh_round

    path = tmp_path / "protokoll.docx"
    fresh_round("r219").make_protokoll(str(path))
    text = "\n".join(c.text for c in load_file(path, tmp_path).chunks)
    assert "☒  att flytta pilotstarten till den 12 april 2027" in text, text
    assert "☐  att behålla pilotstarten den 1 mars 2027" in text and "☒  bifalls" in text, text
