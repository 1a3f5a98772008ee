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


def test_a_word_shortened_with_a_dot_inside_is_read_as_the_knowledge_bases_word():
    # round 164: "hur mycket kan ett småföretag max få i komp.checken nu?" had been refused as
    # "Kunskapsbanken nämner inte Komp" – the shortening was taken for an unknown name (F164-01)
    from assistant.question import normalise_question

    # (the base writes "kompetenscheck", "kompetenscheckar" – never the definite "kompetenschecken")
    vocabulary = {"kompetenscheck": 12, "kompetenscheckar": 5, "kompetens": 40, "check": 3, "småföretag": 4, "bilaga": 2}
    nq = normalise_question("hur mycket kan ett småföretag max få i komp.checken nu?", vocabulary)
    assert "kompetenschecken" in nq.text and "komp.checken" not in nq.text, nq
    assert any("komp.checken" in n for n in nq.notes)
    assert normalise_question("vad gäller för t.ex. mikroföretag?", vocabulary).text == "vad gäller för t.ex. mikroföretag?"
    assert "xyz.abc" in normalise_question("vad är xyz.abc?", vocabulary).text  # nothing that begins and ends so
