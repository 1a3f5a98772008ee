"""A ranking whose rows all hold one figure ranks nothing (the statistics bank's SR-024: "vilket
län har störst andel sjukfall med muskel- och ledbesvär?" had listed three counties tied at
100,0 % – the diagnosis chapter "Samtliga" chosen by default). Fake embedder, seconds."""
from __future__ import annotations

from tests.test_engine_places import _engine_of

_CSV = "Pågående sjukfall efter län och diagnoskapitel, april 2024\nLän;Diagnoskapitel;Andel pågående sjukfall (%)\n" + "".join(
    f"{lan};{kap};{v}\n"
    for lan, psyk, musk in (("Dalarnas län", "48,2", "15,9"), ("Gävleborgs län", "46,7", "17,5"), ("Värmlands län", "47,5", "16,1"),
                            ("Örebro län", "50,1", "14,8"))
    for kap, v in (("Samtliga diagnoskapitel", "100,0"), ("F00-F99 Psykiska sjukdomar och syndrom", psyk),
                   ("M00-M99 Sjukdomar i muskuloskeletala systemet och bindväven", musk))
)


def test_a_ranking_of_rows_that_all_hold_one_figure_asks_which_value_is_meant(tmp_path, monkeypatch):
    engine = _engine_of(tmp_path, monkeypatch, {"sjukfall.csv": _CSV})
    a = engine.ask("vilket län har störst andel sjukfall med ryggbesvär?", engine.new_conversation())
    assert not a.answered, a.answer
    assert "100,0" not in a.answer or "samma värde" in a.answer, a.answer


def test_a_ranking_with_the_value_named_is_answered(tmp_path, monkeypatch):
    engine = _engine_of(tmp_path, monkeypatch, {"sjukfall.csv": _CSV})
    a = engine.ask("vilket län har störst andel pågående sjukfall med psykiska sjukdomar?", engine.new_conversation())
    assert a.answered and "Örebro" in a.answer.split("Som jämförelse")[0], a.answer
