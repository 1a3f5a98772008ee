"""The engine on small exports of the shapes round 162 found (fake embedder, seconds each)."""
from __future__ import annotations

from tests.test_engine_places import _engine_of

_BANDS = ("0-5 månader", "6-11 månader", "12-23 månader", "24- månader", "Totalt")
_TIME = 'Inskrivna arbetslösa 16-64 år efter region, tid utan arbete och period\n"region";"tid utan arbete";"2024";"2025M10"\n' + "".join(
    f'"{region}";"{band}";{a};{b}\n'
    for region, counts in (("10 Blekinge län", ((2100, 2200), (1300, 1350), (1500, 1521), (1850, 1935), (6750, 7006))),
                           ("1082 Karlshamn", ((480, 500), (320, 330), (275, 280), (404, 410), (1479, 1520))))
    for band, (a, b) in zip(_BANDS, counts)
)


def test_a_length_of_time_asked_from_takes_the_bands_from_there_up(tmp_path, monkeypatch):
    # round 162: "hur många … hade gått arbetslösa i två år eller mer" had answered the split's
    # total (7 406) – "24- månader" was no band the question's words named (F162-09)
    from assistant.stats.form import duration_from, interval_of

    assert duration_from("i två år eller mer") == 24 and duration_from("minst 12 månader") == 12
    assert interval_of("24- månader") == (24, float("inf")) and interval_of("12-23 månader") == (12, 23)
    assert interval_of("Totalt") is None
    engine = _engine_of(tmp_path, monkeypatch, {"tid.csv": _TIME})
    a = engine.ask("hur många i blekinge hade gått arbetslösa i två år eller mer i oktober 2025?", engine.new_conversation())
    assert a.answered and "1 935" in a.answer and "7 006" not in a.answer.split("Som jämförelse")[0], a.answer


def test_a_median_asked_of_a_table_of_means_is_not_answered_with_the_mean(tmp_path, monkeypatch):
    # round 162: "Vad var medianlönen för kvinnor i Blekinge län 2024?" had answered a mean's column
    # (F162-15, unanswerable)
    csv = ("Genomsnittlig månadslön (kronor) efter län och kön 2024\nLän;Kvinnor;Män;Totalt\n10 Blekinge län;37600;41600;39700\n"
           "09 Gotlands län;34800;38900;36800\n01 Stockholms län;45100;51700;48400\n")
    engine = _engine_of(tmp_path, monkeypatch, {"lon.csv": csv})
    a = engine.ask("Vad var medianlönen för kvinnor i Blekinge län 2024?", engine.new_conversation())
    assert not a.answered and "37 600" not in a.answer, a.answer


def test_a_ratio_the_question_does_not_ask_gives_way_to_the_amount_it_ties_with(tmp_path, monkeypatch):
    # round 162: "Vilket län hade lägst medellön för kvinnor 2024?" had ranked "Kvinnors lön i procent
    # av mäns" – tied with "Samtliga sektorer, Kvinnor" by the question's words (F162-12)
    csv = ("Genomsnittlig månadslön (kronor) efter län, sektor och kön 2024\n"
           "Län;Samtliga sektorer, Kvinnor;Samtliga sektorer, Män;Kvinnors lön i procent av mäns, samtliga sektorer\n"
           "10 Blekinge län;37600;41600;90,4\n09 Gotlands län;34800;38900;89,5\n01 Stockholms län;45100;51700;87,2\n")
    engine = _engine_of(tmp_path, monkeypatch, {"lon.csv": csv})
    a = engine.ask("Vilket län hade lägst medellön för kvinnor 2024?", engine.new_conversation())
    said = a.answer.split("*Källa")[0]
    assert a.answered and "Gotlands län" in said and "34 800" in said, a.answer


def test_a_forecast_year_past_the_tables_horizon_is_not_answered_with_its_last(tmp_path, monkeypatch):
    # round 162: "What is the population forecast for Jönköping municipality in 2050?" had answered
    # the 2040 forecast – 2050 was read as no year at all (F162-14, unanswerable)
    from assistant.stats.form import read_form

    assert read_form("befolkningsprognosen för Jönköping år 2050?").years == (2050,)
    assert read_form("vilka kommuner har över 2050 invånare?").years == ()
    csv = ("Folkmängd 2024 och prognos 2030–2040 per kommun\nKommun;Folkmängd 2024;Prognos 2030;Prognos 2040\n"
           "Jönköping;145000;152000;160466\nVärnamo;34000;35100;36200\nNässjö;31500;31900;32400\n")
    engine = _engine_of(tmp_path, monkeypatch, {"prognos.csv": csv})
    a = engine.ask("Vad är befolkningsprognosen för Jönköping år 2050?", engine.new_conversation())
    assert not a.answered and "160 466" not in a.answer, a.answer


def test_a_school_year_in_the_caption_is_the_years_asked_and_means_by_sex_are_never_added(tmp_path, monkeypatch):
    # round 162: "vilken kommun i dalarna hade högst meritvärde i åk 9 läsåret 24/25?" had read a
    # sheet of another measure by its period column – "läsåret 2024/25" in the caption was a miss –
    # and, once on the right sheet, added "…, Totalt", "…, Flickor" and "…, Pojkar" of a mean (F162-01)
    results = ("Slutbetyg i årskurs 9 läsåret 2024/25 – Dalarnas län\n"
               "Kommun;Genomsnittligt meritvärde (17 ämnen), Totalt;Genomsnittligt meritvärde (17 ämnen), Flickor;"
               "Genomsnittligt meritvärde (17 ämnen), Pojkar\n"
               "Falun;236,5;248,0;225,3\nBorlänge;221,0;231,4;211,2\nGagnef;229,8;240,1;219,9\nDalarnas län;226,4;237,0;216,5\n")
    series = ("Andel (%) elever i årskurs 9 som är behöriga till yrkesprogram, läsåren 2023/24–2024/25\n"
              "Kommun;Period;Värde\n" + "".join(f"{k};{p};{v}\n" for k, a, b in (("Falun", 88.1, 89.0), ("Borlänge", 80.2, 81.5),
                                                                               ("Gagnef", 90.3, 91.4)) for p, v in (("2023/24", a), ("2024/25", b))))
    engine = _engine_of(tmp_path, monkeypatch, {"slutbetyg.csv": results, "behorighet.csv": series})
    from assistant.stats.form import read_form

    best = engine.resolver.read(read_form("vilken kommun i dalarna hade högst meritvärde i åk 9 läsåret 24/25?"), None, limit=2)[0]
    assert best.column.name == "Genomsnittligt meritvärde (17 ämnen), Totalt" and not best.query.summed, (best.column.name, best.query)


def test_a_change_asked_of_an_amount_is_not_read_in_a_tied_ratio(tmp_path, monkeypatch):
    # round 162: "hur mkt har lönerna i privat sektor ökat på gotland 2022-2024? kr och %" had read
    # "Kvinnors lön i procent av mäns" – tied with "Privat sektor, Totalt" (F162-13)
    csv = ("Genomsnittlig månadslön (kronor) efter län, sektor, kön och år 2022–2024\n"
           "Län;År;Privat sektor, Totalt;Privat sektor, Kvinnor;Kvinnors lön i procent av mäns, samtliga sektorer\n"
           "09 Gotlands län;2022;34200;31900;90,3\n09 Gotlands län;2024;37400;34800;90,4\n"
           "10 Blekinge län;2022;36100;33100;90,1\n10 Blekinge län;2024;39300;36200;90,4\n")
    engine = _engine_of(tmp_path, monkeypatch, {"lon.csv": csv})
    a = engine.ask("hur mkt har lönerna i privat sektor ökat på gotland 2022-2024? kr och %", engine.new_conversation())
    assert "90,3" not in a.answer, a.answer
    assert not a.answered or ("3 200" in a.answer and "9,4" in a.answer), a.answer
