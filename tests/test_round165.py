"""The engine on small exports of the shapes round 165 found (fake embedder, seconds each)."""
from __future__ import annotations

from tests.test_engine_places import _engine_of

_OBSTACLES = ("Andel företag som anser att faktorn är ett stort hinder för tillväxt, procent, 2023\n"
              "Hinder för tillväxt;Kalmar län, 0–9 anställda;Kalmar län, 10–49 anställda;Riket, Samtliga\n"
              "Tillgång till lämplig arbetskraft;23;41;24\nLagar och myndighetsregler;28;33;27\nLönsamhet;19;17;18\n"
              "Antal svarande företag;612;498;29384\n")

_BANDS = ("Befolkning efter restid med bil till närmaste apotek, antal invånare\n"
          "Kommun;Befolkning totalt;0–10 min;10–20 min;20–30 min;Över 30 min\n"
          "Borgholm;10871;3200;2627;1848;1196\nHögsby;5563;2670;1797;790;306\nKalmar;72018;60000;9000;2500;518\n")


def test_a_count_of_respondents_under_shares_is_no_share_of_its_own(tmp_path, monkeypatch):
    # round 165: "vad ser företag med 10-49 anställda som största hindret?" had ranked the row
    # "Antal svarande företag" first, as "498 %" (F165-15: 'Tillgång till lämplig arbetskraft' 41 %)
    from ingest.stats_io import read_stats_file

    path = tmp_path / "hinder.csv"
    path.write_text(_OBSTACLES, encoding="utf-8")
    (t,) = read_stats_file(path, path.name)
    assert "Antal svarande företag" not in set(t.frame[t.label_column]), t.frame
    assert any("Antal svarande företag" in n and "498" in n for n in t.notes), t.notes
    engine = _engine_of(tmp_path, monkeypatch, {"hinder.csv": _OBSTACLES})
    a = engine.ask("vad ser företag med 10-49 anställda i kalmar län som största hindret för att växa?", engine.new_conversation())
    assert "498" not in a.answer.split("*Källa")[0], a.answer
    assert not a.answered or "Tillgång till lämplig arbetskraft" in a.answer, a.answer


def test_a_bound_in_minutes_over_columns_of_minute_bands_is_no_bound_on_their_counts(tmp_path, monkeypatch):
    # round 165: "hur många i borgholm har mer än 20 min till närmsta apotek?" had answered "11 av
    # 12 har … Över 30 min över 20" – the bound applied to the head counts of one band (F165-10)
    from assistant.stats.form import names_a_band, read_form

    assert read_form("hur många har mer än 20 min till apoteket?").threshold.duration == "min"
    assert names_a_band("Antal invånare, 20–30 min", "min") and names_a_band("Över 30 min", "min")
    assert not names_a_band("Medelrestid (min)", "min") and not names_a_band("20–30 min", "dag")
    engine = _engine_of(tmp_path, monkeypatch, {"apotek.csv": _BANDS})
    a = engine.ask("hur många i borgholm har mer än 20 min till närmsta apotek?", engine.new_conversation())
    assert not a.answered and "1 196" not in a.answer and "intervall" in a.answer, a.answer


def test_a_mean_asked_reads_the_column_that_is_a_mean(tmp_path, monkeypatch):
    # round 165: "vilken kommun har längst till mataffärn i snitt?" had ranked "Andel med mer än
    # 10 min (%)" (Borgholm 37,0) for "Medelrestid (min)" (Högsby 9,1) (F165-11)
    from assistant.stats.form import read_form

    csv = ("Befolkning efter restid med bil till närmaste dagligvarubutik\n"
           "Kommun;Befolkning totalt;Andel med mer än 10 min (%);Medelrestid (min)\n"
           "Borgholm;10871;37,0;8,6\nHögsby;5563;33,0;9,1\nKalmar;72018;4,2;3,9\nTorsås;7138;20,5;7,2\n")
    engine = _engine_of(tmp_path, monkeypatch, {"dagligvaror.csv": csv})
    q = "vilken kommun har längst till mataffärn i snitt?"
    readings = engine.resolver.read(read_form(q), None, limit=4)
    assert readings[0].column.name == "Medelrestid (min)", [(r.column.name, round(r.probability, 3)) for r in readings]
    a = engine.ask(q, engine.new_conversation())
    assert 37.0 not in [f.value for f in a.figures] and (not a.answered or "Högsby" in a.answer), a.answer
