"""The documents route through Engine.ask on the sample knowledge base, with questions written
for these tests (not the bench's): typos, chatty and English questions, definitions, the
catalog, years, and the key figure in the answer text."""
from __future__ import annotations

import pytest

from assistant.answer import Route

# integration: builds indexes, loads models or starts processes (the fast tier is -m 'not slow')
pytestmark = pytest.mark.slow


def test_a_typo_is_corrected_said_and_answered(engine):
    ans = engine.ask("Hur många anstälda har ISF?")
    assert ans.answered and "50" in ans.answer
    assert any("”anstälda” som ”anställda”" in n for n in ans.notes)


def test_a_long_chatty_question_is_read_for_its_question(engine):
    ans = engine.ask(
        "Hej! Jag håller på med en dragning om tillsynsmyndigheterna till på fredag och har inte hunnit "
        "läsa allt. Kan du berätta hur många anställda ISF har?"
    )
    # the quote that answers is shown (as the answer, or as the nearest when the gate doubts it)
    assert "50" in ans.answer and "50 anställda" in ans.citations[0].text
    assert ans.reading.startswith("Jag läste frågan som:") and "Hej" not in ans.reading


def test_an_english_question_is_answered_in_swedish_with_a_note(engine):
    ans = engine.ask("How many people work at ISF?")
    # English words seldom match the Swedish text: the quote is shown, flagged when the gate doubts it
    assert "50" in ans.answer and "anställda" in ans.answer and "50 anställda" in ans.citations[0].text
    assert any("engelska" in n for n in ans.notes)


def test_an_acronym_defined_in_parentheses_is_explained_with_its_page(engine):
    ans = engine.ask("vad betyder UVAS?")
    assert ans.answered and "unga som varken arbetar eller studerar" in ans.answer
    assert ans.citations and ans.citations[0].verified and ans.citations[0].page


def test_which_documents_are_there(engine):
    ans = engine.ask("Vilka dokument finns?")
    assert ans.route == Route.CATALOG and ans.answered
    assert len({c.document for c in ans.citations}) == 3


def test_a_summary_of_a_named_document(engine):
    ans = engine.ask("Vad handlar Werkets månadsrapport om?")
    assert ans.route == Route.CATALOG and ans.answered
    assert len(ans.citations) >= 3 and all("werket" in c.document for c in ans.citations)


def test_a_year_no_document_covers_is_not_answered_with_another_year(engine):
    ans = engine.ask("Vilka fokusområden beslutades på prioriteringsmötet 2019?")
    assert not ans.answered and "2019" in ans.answer


def test_the_figure_asked_for_stands_in_the_answers_first_line(engine):
    ans = engine.ask("Hur många anställda har ISF?")
    assert ans.answered
    first = ans.answer.splitlines()[0]
    assert "50" in first and "[1]" in first
