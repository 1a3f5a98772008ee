"""The engine on small exports of the shapes round 164 found (fake embedder, seconds each)."""
from __future__ import annotations

from tests.test_engine_places import _engine_of

_CHECKS = ("Ansökningar och beviljade checkar per kommun, omgång 1\n"
           "Kommun;Ansökningar;Beviljade checkar;Beviljat belopp, tkr;Andel av beviljat belopp, %\n"
           "Eskilstuna;31;19;1 164;25,2\nFlen;6;4;238;5,2\nSträngnäs;19;12;921;19,9\nNyköping;22;15;970;21,0\nTrosa;3;2;143;3,1\n")


def test_money_asked_is_the_column_of_kronor_not_a_share_of_the_amount(tmp_path, monkeypatch):
    # round 164: "hur mkt pengar fick strängnäsföretagen i första omgången?" had read the share of
    # the amount granted (19,9 %) – a header that says "belopp" over a share holds no kronor (F164-09)
    from assistant.stats.form import read_form

    engine = _engine_of(tmp_path, monkeypatch, {"checkar.csv": _CHECKS})
    q = "hur mycket pengar fick företagen i Strängnäs i första omgången?"
    top = engine.resolver.read(read_form(q), None, limit=4)[0]
    assert top.column.name == "Beviljat belopp, tkr", [(r.column.name, round(r.probability, 3)) for r in engine.resolver.read(read_form(q), None, limit=4)]
    a = engine.ask(q, engine.new_conversation())
    assert not a.answered or "921" in a.answer.split("*Källa")[0], a.answer
