"""Round 229 (documents, Kalmar län): a project's plan, minutes, newsletter and a mail folder saved
as one text file, each newer one changing the older; questions that state the value they check."""
from __future__ import annotations


def _written(tmp_path, *names):
    """The round's files of those names, as its script writes them."""
    from tests.kb import round_bytes

    return round_bytes(tmp_path, "r229", *names)


def test_a_statement_tagged_va_checks_its_day_and_a_document_quoted_is_a_guess():
    # F229-02: "kickofen var den 12 mars i Borgholm va?" – "var" before a day is the verb, not
    # "where": the clause asks nothing, it checks its day; F229-07: "i planen stod 31 dec 2027"
    # reports what an older document said
    from assistant.documents.kinds import split_guesses
    from assistant.question import normalise_question

    assert split_guesses("kickofen var den 12 mars i Borgholm va?") == ("kickofen var i Borgholm va?", "den 12 mars")
    assert split_guesses("när är mötet? i kallelsen står 12 maj")[1] == "12 maj"
    assert split_guesses("var ligger kontoret?") == ("var ligger kontoret?", "")
    assert split_guesses("vad står i protokollet 12 maj?")[1] == ""
    # … and such a sentence after a short question stays after it, where it reads as the check
    n = normalise_question("när slutar projektet? i planen stod 31 dec 2027 men jag tror det ändrats", {})
    assert n.text.startswith("när slutar projektet?") and n.context == "", (n.text, n.context)


_MBOX = "\n".join([
    "From - Fri Sep 18 09:12:51 2026",
    "X-Mozilla-Status: 0001",
    "Date: Fri, 18 Sep 2026 09:12:44 +0200",
    "From: Johan Lindqvist <johan@example.se>",
    "Subject: =?utf-8?q?Beslut_fr=C3=A5n_styrgruppen?=",
    "Content-Type: text/plain; charset=UTF-8",
    "",
    "Projektet förlängs till den 31 mars 2028.",
    ">From 1 January 2027 Västervik joins.",
    "",
    "From - Mon Oct 05 08:30:11 2026",
    "X-Mozilla-Status: 0001",
    "Date: Thu, 10 Sep 2026 15:47:00 +0200",
    "From: Johan Lindqvist <johan@example.se>",
    "Subject: Underlag till styrgruppen",
    "Content-Type: text/plain; charset=UTF-8",
    "",
    "Vi föreslår att projektet förlängs till den 29 februari 2028.",
    "",
])


def test_a_mail_folder_saved_as_text_is_its_messages_in_the_order_sent():
    # F229-01/-07: a Thunderbird folder export (.txt) had been read as text – routing headers,
    # encoded subjects – with its oldest proposal last and the folder dated by nothing
    from ingest.formats import mailbox_messages

    subject, day, text = mailbox_messages(_MBOX)
    assert subject == "Beslut från styrgruppen" and day == "2026-09-18", (subject, day)
    assert text.index("29 februari 2028") < text.index("31 mars 2028"), text  # (sent first, read first)
    assert "X-Mozilla" not in text and "=?utf-8?" not in text and "\nFrom 1 January 2027" in text, text
    assert mailbox_messages("From here on we write plain text.\nNo mail.") is None


def test_a_checked_day_of_the_plan_is_answered_by_the_minutes_that_moved_it(tmp_path):
    # F229-02: the plan's "12 mars 2026 i Borgholm" had been quoted as the answer to the check
    from tests.kb import engine_over

    engine = engine_over(tmp_path, _written(tmp_path, "sundhamnar_projektplan_v1.0_2025-11-14.pdf", "styrgruppen_protokoll_2026-01-22.docx"))
    a = engine.ask("kickofen var den 12 mars i Borgholm va?", engine.new_conversation())
    assert a.answer.startswith("**den 19 mars 2026**") and "Hamnmagasinet" in a.answer, a.answer


def test_a_day_in_may_dates_a_document():
    # F229-01: "Nr 2 · 12 maj 2026" had dated no newsletter – "maj", a whole month name of
    # three letters, was left out with the short forms – so no newer list could replace its list
    from ingest.facts import date_in

    assert date_in(["Nr 2 · 12 maj 2026"]) == "2026-05-12" and date_in(["maj 2026"]) == "2026-05"


def test_the_mail_folders_newer_list_answers_who_takes_part_now(tmp_path):
    # F229-01: the newsletter's six municipalities had been the answer; the folder's decision of
    # September names seven
    from tests.kb import engine_over

    engine = engine_over(tmp_path, _written(tmp_path, "sundhamnar-nytt_nr2_maj2026.pdf", "sundhamnar_mejlmapp_export_2026-10.txt"))
    a = engine.ask("vilka kommuner är med i sundhamnar nu?", engine.new_conversation())
    first = a.answer.split("[1]")[0]
    assert "sju kommuner" in first and "Västervik" in first, a.answer


def test_a_decision_asked_by_its_month_is_of_that_month(tmp_path):
    # F229-18: "vad beslutade styrgruppen i september?" had been answered with January's minutes
    from assistant.documents.answerer import _decision_month
    from tests.kb import engine_over

    engine = engine_over(tmp_path, _written(tmp_path, "styrgruppen_protokoll_2026-01-22.docx", "sundhamnar_mejlmapp_export_2026-10.txt"))
    a = engine.ask("vad beslutade styrgruppen i september?", engine.new_conversation())
    assert a.answered and "17 september" in a.answer.split("[2]")[0] and "§" not in a.answer.split("\n")[0], a.answer
    a = engine.ask("vad beslutade styrgruppen i december?", engine.new_conversation())
    assert not a.answered and "december" in a.answer, a.answer
    q = engine.documents
    from assistant.documents.features import Question

    def month(text):
        return _decision_month(text, Question.of(text, q.vocab, "", q.document_words, "sv"))

    assert month("vad beslutade nämnden i mars?") == 3
    assert month("när beslutade nämnden om budgeten?") is None and month("vad beslutades den 17 september?") is None


def test_a_compound_opened_by_the_asked_word_dates_the_same_thing(tmp_path):
    # F229-07: "Projektperioden är 1 februari 2026 – 31 december 2027" (the plan) and "Projektet
    # förlängs till den 31 mars 2028" (the mail) share no word, so the guess "i planen stod 31 dec
    # 2027" found no newer day for the same thing – the plan's day had been quoted
    from assistant.documents.phrases import _opens_compound
    from tests.kb import engine_over

    assert _opens_compound("projektperioden", "projektet") and not _opens_compound("projektet", "projektet")
    assert not _opens_compound("projektor", "projektet")
    engine = engine_over(tmp_path, _written(tmp_path, "sundhamnar_projektplan_v1.0_2025-11-14.pdf", "sundhamnar_mejlmapp_export_2026-10.txt"))
    a = engine.ask("när slutar projektet? i planen stod 31 dec 2027 men jag tror det ändrats", engine.new_conversation())
    assert a.answer.startswith("**den 31 mars 2028**") and "det äldre" in a.answer, a.answer
