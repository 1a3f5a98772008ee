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
