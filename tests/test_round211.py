"""Round 211 (documents, Västerbotten): an action list exported as semicolon CSV but saved as
.txt, with comment cells over several lines; a newer list of the municipalities taking part;
and a name the asker believes ("birgitta nyström fortfarande?") that a newer document replaces."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from ingest.pipeline import load_file

_ACTIONS = (
    "\ufeffID;Uppgift;Ansvarig;Status;Start;Förfallodatum;Senast ändrad;Kommentar\r\n"
    'L-03;"Kickoff Storuman";"Annika Lindqvist";Klar;2026-06-10;2026-10-07;2026-10-08;"Genomförd; 64 deltagare.\r\n'
    'Utvärderingsenkät skickad 2026-10-09."\r\n'
    'L-07;"Lägesrapport 1 till RUN";"Jonas Marklund";Pågår;2026-12-01;2027-02-26;2027-01-11;"Ursprunglig deadline 2027-01-31.\r\n'
    'Ny deadline 2027-02-26 (mejl 2027-01-11)."\r\n'
    'L-12;"Servicepunkt Dorotea (Risbäcks Affär)";"Erik Sandström";Försenad;2026-09-01;2027-03-01;2027-01-14;"Öppningen flyttad från december 2026 till 2027-03-01.\r\n'
    'Ägaren: ""ombyggnaden av postdisken blev försenad; elen klar först i februari""."\r\n'
    'L-14;"Servicepunkt Dikanäs";"Erik Sandström";Klar;2026-09-01;2027-01-15;2027-01-16;"Öppnad 2027-01-15."\r\n'
    'L-15;"Upphandling extern utvärdering";"Jonas Marklund";Klar;2026-10-20;2027-01-15;2027-01-12;"Avtal tecknat med Norrlandsanalys AB; takpris 380 000 kr.\r\n'
    'Första delrapport 2027-09-30."\r\n'
    'L-18;"Styrgruppsmöte 1/2027";"Erik Sandström";Ej påbörjad;;2027-03-10;2027-01-18;"Teams; kallelse senast 2027-02-24."\r\n'
)


def test_an_export_saved_as_txt_with_quoted_cells_over_several_lines_is_read_row_by_row(tmp_path):
    # F211-13: the action list (.txt) had been read as one run of text, "L-12;"Servicepunkt
    # Dorotea …";…" – its newest date for Dorotea never quoted, the newsletter's December was
    path = tmp_path / "LOTS_atgardslista_export_2027-01-18.txt"
    path.write_bytes(_ACTIONS.encode("utf-8"))
    r = load_file(path, tmp_path)
    text = "\n".join(c.text for c in r.chunks)
    assert "Uppgift: Servicepunkt Dorotea (Risbäcks Affär)" in text
    assert "Förfallodatum: 2027-03-01" in text and "Öppningen flyttad från december 2026 till 2027-03-01" in text
    assert "L-12;" not in text
    # … dated by its file name, as a text document is, so that it is newer than the newsletter
    assert r.document.date == "2027-01-18"


def test_tab_aligned_notes_in_a_txt_stay_text(tmp_path):
    # (a few tab-aligned lines of notes are no export: fewer than five records as wide as the first)
    path = tmp_path / "anteckningar.txt"
    path.write_text(
        "Minnesanteckningar 2026-11-24\n\nPunkt\tBeslut\tAnsvarig\n1\tGullspång lämnar vid årsskiftet\tKommunen\n\n"
        "Övrigt: nästa möte hålls i januari. Noden i Hova drivs vidare av nodvärden utan projektstöd.\n",
        encoding="utf-8",
    )
    r = load_file(path, tmp_path)
    assert not r.tables and "Noden i Hova drivs vidare" in "\n".join(c.text for c in r.chunks)


ROUND = Path(__file__).resolve().parents[1] / "eval" / "fresh" / "r211_make_files.py"


@pytest.fixture(scope="module")
def lots(tmp_path_factory):
    """The engine over round 211's six documents, as its script writes them."""
    from assistant.engine import Engine
    from index.build import update_index

    root = tmp_path_factory.mktemp("r211")
    kb = root / "kb"
    subprocess.run([sys.executable, str(ROUND), str(kb)], check=True, capture_output=True, cwd=root)
    update_index(kb, root / "index")
    return Engine.from_index(root / "index")


def test_the_name_the_asker_believes_is_the_older_documents_and_a_newer_one_names_another(lots):
    # F211-12: "vem är ordförande i styrgruppen för lots, birgitta nyström fortfarande?" had
    # quoted the plan's "Ordförande … är Birgitta Nyström": the question's own name was no
    # answer to weigh, so the minutes' newer choice was never compared with it
    a = lots.ask("vem är ordförande i styrgruppen för lots, birgitta nyström fortfarande?", lots.new_conversation())
    assert a.answered and a.answer.startswith("**Erik Sandström**"), a.answer


def test_a_newer_list_of_the_municipalities_answers_what_the_list_is_now(lots):
    # F211-01: "vilka kommuner är med i LOTS nu? malå var väl med?" had quoted the plan's eight:
    # the newsletter's nine stood under the floor a quote answering alone must clear
    a = lots.ask("vilka kommuner är med i LOTS nu? malå var väl med?", lots.new_conversation())
    assert a.answered and "Vindeln" in a.answer.split("[1]")[0], a.answer
    # the action list read row by row, and newer than the newsletter's December
    b = lots.ask("När öppnar servicepunkten i Dorotea? Nyhetsbrevet sa december", lots.new_conversation())
    assert b.answered and b.answer.startswith("**2027-03-01**"), b.answer


def test_the_asking_part_of_a_question_leaves_out_what_the_asker_believes():
    from assistant.documents.kinds import asking_part

    assert asking_part("vem är ordförande i styrgruppen för lots, birgitta nyström fortfarande?") == (
        "vem är ordförande i styrgruppen för lots,"
    )
    assert asking_part("Who chairs the SMAK steering group these days? I thought it was Jonas Berg") == (
        "Who chairs the SMAK steering group these days?"
    )
    assert asking_part("vem är projektledare?") == "vem är projektledare?"


def test_a_day_in_a_newer_mails_question_is_no_newer_day(lots):
    # F211-02: "kickoffen för lots, var det 16 sept i lycksele?" had been answered "7 oktober"
    # from a question in the newest mail ("Gäller fortfarande 7 oktober för kickoffen?"); the
    # minutes that moved it state the day, and where
    a = lots.ask("kickoffen för lots, var det 16 sept i lycksele?", lots.new_conversation())
    assert a.answered and a.answer.startswith("**7 oktober 2026**") and "Storuman" in a.answer.split("[1]")[1], a.answer
    from assistant.documents.answerer import _in_question

    text = "Gäller fortfarande 7 oktober för kickoffen? I kallelsen står det att vi börjar kl. 13.00."
    assert _in_question(text, text.find("7 oktober")) and not _in_question(text, text.find("13.00"))


def test_an_abbreviations_dot_ends_no_sentence_of_a_newer_role_holder(lots):
    # F211-06: "vem är projektledare för LOTS?" had quoted the plan's Annika Lindqvist: the newer
    # mail's "Jonas Marklund tf. projektledare" had been cut at "tf.", its name said of no role
    a = lots.ask("vem är projektledare för LOTS?", lots.new_conversation())
    assert a.answered and a.answer.startswith("**Jonas Marklund**"), a.answer
    from assistant.documents.phrases import _sentence_bounds

    text = "Vi ses kl. 10.00 i Storuman. Sedan äter vi."
    lo, hi = _sentence_bounds(text, text.find("Storuman"), 8)
    assert text[lo:hi] == "Vi ses kl. 10.00 i Storuman."


def test_a_definite_noun_in_er_n_after_i_is_no_unknown_place(lots):
    # F211-03: "… inlagd kl 13 i kalendern, stämmer det …" had been refused: "Kunskapsbanken nämner
    # inte Kalendern" – a definite noun ("kalendern") read as a place typed in lower case
    q = "Hej! Jag har kickoffen i Storuman inlagd kl 13 i kalendern, stämmer det eller har tiden ändrats?"
    assert "Kalendern" not in lots.documents.unknown_names(q)
    # (… while a municipality typed so is still one the base may lack)
    assert "Umeå" in lots.documents.unknown_names("hur många servicepunkter finns i umeå?")


def test_a_short_form_asked_first_and_pointed_back_at_is_the_term(lots):
    # F211-11: "RSP?? vad betyder det i lots-sammanhang" had been refused
    from assistant.documents.definitions import asked_terms

    assert asked_terms("RSP?? vad betyder det i lots-sammanhang") == ["RSP"]
    assert asked_terms("BRP – vad står det för?") == ["BRP"]
    assert asked_terms("Projektet försenades, vad betyder det för oss?") == []
    a = lots.ask("RSP?? vad betyder det i lots-sammanhang", lots.new_conversation())
    assert a.answered and "regionalt serviceprogram" in a.answer.split("\n")[0], a.answer


def test_markdown_footnotes_are_text_without_their_markers(tmp_path):
    path = tmp_path / "nytt.md"
    path.write_text("# Nytt\n\nProjektet följer RSP[^sv] i allt.\n\n[^sv]: RSP = regionalt serviceprogram.\n", encoding="utf-8")
    text = "\n".join(c.text for c in load_file(path, tmp_path).chunks)
    assert "[^sv]" not in text and "Fotnot sv: RSP = regionalt serviceprogram." in text and "RSP (fotnot sv) i allt" in text
