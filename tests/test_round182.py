"""Round 182 (documents, Jönköping): what its questions showed of the document answers."""
from __future__ import annotations

from assistant.documents.kinds import wanted


def test_a_when_clause_inside_a_who_question_asks_no_date():
    # F182-07: "vem var projektledare när industrispåret beviljades?" had been answered with the
    # decision's date (1 april 2026) in bold, not the project lead it named
    assert wanted("vem var projektledare när industrispåret beviljades?").kinds == {"name"}
    assert wanted("who was the project lead when the project was granted?").kinds == {"name"}
    # (… but a second ask of a date stays one: "och när", ", när")
    assert {"name", "date"} <= wanted("vem leder mötet och när börjar det?").kinds
    assert {"name", "date"} <= wanted("vem ska jag ringa, och när kan man nå henne?").kinds
    assert "date" in wanted("när startar kursen i Gislaved?").kinds


def test_a_share_asked_is_the_figure_in_percent_not_the_days_beside_it():
    # F182-15: "målet för andelen … i arbete eller studier" had been answered "90" – the days
    # after the training, not the goal's 60 procent
    from assistant.documents.features import Question, Vocabulary
    from assistant.documents.phrases import key_phrase

    q = Question.of("vad är målet för andelen deltagare i arbete eller studier efter utbildningen?", Vocabulary(["x"]))
    text = "Projektet följer upp andelen deltagare som är i arbete eller studier 90 dagar efter avslutad utbildning; målet är 60 procent."
    assert key_phrase(text, q) == "60 procent"
    # (… and a count asked keeps its count)
    q = Question.of("hur många dagar efter utbildningen följs deltagarna upp?", Vocabulary(["x"]))
    assert key_phrase(text, q) == "90"
