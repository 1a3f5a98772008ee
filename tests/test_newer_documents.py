"""Documents that update each other: the newer one's date, name or figure is the answer (fake
embedder, seconds each)."""
from __future__ import annotations

from tests.test_engine_places import _engine_of

_AGREEMENT = (
    "# Överenskommelse om piloten\n\n## Utvärdering\n\nHögskolan följer piloten genom följeforskning. En halvtidsrapport "
    "lämnas senast 2026-11-30 och en slutrapport senast 2027-12-15. Utvärderingen kostar 400 tkr per år.\n\n"
    "## Styrgrupp\n\nOrdförande i styrgruppen är Anna Lind, förbundsdirektör.\n"
)
_POSTER = (
    "# Halvtidsutvärdering av piloten\n\n## Nästa steg\n\nEn andra intervjuomgång görs hösten 2027. "
    "Slutrapporten lämnas 2028-09-30.\n\n## Resultat\n\nAv de 79 deltagarna har 25 fått arbete.\n"
)


def _engine(tmp_path, monkeypatch):
    """The agreement of January and the poster of November, the gate open (the fake embedder's
    vectors say nothing of meaning)."""
    engine = _engine_of(tmp_path, monkeypatch, {"overenskommelse_2026-01-22.md": _AGREEMENT, "poster_halvtid_2026-11-19.md": _POSTER})
    engine.documents.gate = None
    return engine


def test_the_newer_document_answers_when_two_date_the_same_thing(tmp_path, monkeypatch):
    # round 170: "när kommer slutrapporten" had been answered 2027-12-15 from the agreement of
    # January, where the poster of November says 2028-09-30 (F170-19)
    engine = _engine(tmp_path, monkeypatch)
    a = engine.ask("när kommer slutrapporten från utvärderingen", engine.new_conversation())
    assert a.answered and a.answer.startswith("**2028-09-30**"), a.answer
    assert "Dokumenten svarar olika" in a.answer and "2027-12-15" in a.answer, a.answer
    # … what held first is no newer document's
    b = engine.ask("när skulle slutrapporten lämnas från början?", engine.new_conversation())
    assert "Svaret bygger på det nyare" not in b.answer, b.answer


def test_a_newer_document_about_another_thing_changes_nothing(tmp_path, monkeypatch):
    # the poster's date is of the interviews, not of the half-time report: the agreement answers
    engine = _engine(tmp_path, monkeypatch)
    a = engine.ask("när ska halvtidsrapporten lämnas?", engine.new_conversation())
    assert a.answered and "2026-11-30" in a.answer.split("\n\n")[0] and "Dokumenten svarar olika" not in a.answer, a.answer
