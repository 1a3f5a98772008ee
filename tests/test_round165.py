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
    # (session 62: the bound falls on the bands' edges, so the bands beyond it are added up row
    # by row – 1 848 + 1 196; a bound inside a band is still said to be one the table cannot tell)
    a = engine.ask("hur många i borgholm har mer än 20 min till närmsta apotek?", engine.new_conversation())
    assert a.answered and 3044.0 in [f.value for f in a.figures] and "1 196 " not in a.answer.split("*Källa")[0], a.answer
    assert "20–30 min" in a.computation.description and "Över 30 min" in a.computation.description, a.computation
    b = engine.ask("hur många i borgholm har mer än 25 min till närmsta apotek?", engine.new_conversation())
    assert not b.answered and "intervall" in b.answer and not b.figures, b.answer


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


_TERMS = ("Studerande med studiemedel efter hemkommun och utbildningsform, antal personer\n"
          "Hemkommun;Utbildningsform;VT 2024;HT 2024;Kalenderår 2024;VT 2025;HT 2025 (prel.)\n"
          "Kalmar;Komvux;817;856;1117;790;801\nKalmar;Folkhögskola;237;240;301;220;219\n"
          "Nybro;Komvux;301;322;410;288;290\nNybro;Folkhögskola;80;85;101;77;75\n")


def test_a_year_asked_is_the_calendar_years_column_not_its_spring_term(tmp_path, monkeypatch):
    # round 165: "hur många från kalmar kommun hade studiemedel för komvux under 2024?" had read
    # "VT 2024" (817) – a year-sibling of "VT 2025" – for "Kalenderår 2024" (1 117) (F165-04)
    from ingest.swedish import names_part_of_year

    assert all(names_part_of_year(h) for h in ("VT 2024", "HT 2025 (prel.)", "2024K3", "mars 2025", "Hösten 2023", "2024 H1"))
    assert not any(names_part_of_year(h) for h in ("Kalenderår 2024", "Helår 2024", "Värde 2024", "Marknad 2024", "Kvinnor 2024"))
    engine = _engine_of(tmp_path, monkeypatch, {"csn.csv": _TERMS})
    a = engine.ask("hur många från kalmar kommun hade studiemedel för komvux under 2024?", engine.new_conversation())
    assert 817.0 not in [f.value for f in a.figures], a.answer
    assert a.answered and 1117.0 in [f.value for f in a.figures], a.answer
    b = engine.ask("hur många från kalmar kommun hade studiemedel för komvux vt 2024?", engine.new_conversation())
    assert b.answered and 817.0 in [f.value for f in b.figures], b.answer


def test_an_index_is_never_added_up_and_a_places_horizons_are_no_kinds(tmp_path, monkeypatch):
    # round 165: "vilket vårdyrke har störst brist i kalmar län nästa år?" had added "Kalmar län,
    # 1 år, Bristindex" to "Kalmar län, 5 år, Bristindex" and ranked the sums (9,34) (F165-07)
    csv = ("Yrkesbarometern, bristindex 1–5\n"
           "Yrke;Kalmar län, 1 år, Bristindex;Kalmar län, 5 år, Bristindex;Riket, 1 år, Bristindex\n"
           "Specialistläkare;4,71;4,63;4,50\nRöntgensjuksköterskor;4,58;4,30;4,41\nDistriktssköterskor;4,55;4,69;4,48\n"
           "Barnmorskor;4,20;..;4,10\n")
    engine = _engine_of(tmp_path, monkeypatch, {"yb.csv": csv})
    a = engine.ask("vilket vårdyrke har störst brist i kalmar län enligt yrkesbarometern?", engine.new_conversation())
    assert "(beräknad)" not in a.answer and not any(f.value > 5 for f in a.figures), a.answer


def test_more_than_a_percent_of_the_residents_is_a_share_and_a_mack_is_a_fuel_station(tmp_path, monkeypatch):
    # round 165: "vilka kommuner har fler än 15 % av invånarna med över 10 min till en mack?" had
    # bounded "Befolkning totalt" of the grocery sheet by 15 (12 av 12) (F165-12)
    from assistant.stats.form import read_form

    assert read_form("vilka kommuner har fler än 15 % av invånarna med över 10 min till en mack?").wants == "share"
    assert read_form("vilka kommuner har fler än 500 arbetslösa?").wants == "count"
    head = "Kommun;Befolkning totalt;Andel med mer än 10 min (%);Medelrestid (min)\n"
    engine = _engine_of(tmp_path, monkeypatch, {
        "dagligvaror.csv": "Befolkning efter restid med bil till närmaste dagligvarubutik\n" + head
        + "Högsby;5563;33,0;9,1\nBorgholm;10871;37,0;8,6\nTorsås;7138;20,5;7,2\nKalmar;72018;4,2;3,9\n",
        "drivmedel.csv": "Befolkning efter restid med bil till närmaste drivmedelsstation\n" + head
        + "Högsby;5563;22,4;8,0\nBorgholm;10871;19,8;7,9\nTorsås;7138;17,3;7,1\nKalmar;72018;3,1;3,0\n",
    })
    a = engine.ask("vilka kommuner har fler än 15 % av invånarna med över 10 min till en mack?", engine.new_conversation())
    values = [f.value for f in a.figures]
    assert a.answered and 22.4 in values and 37.0 not in values and 5563.0 not in values, a.answer


def test_a_bound_the_column_states_names_it_and_a_place_is_counted_among_the_rows(tmp_path, monkeypatch):
    # "hur stor andel i borgholm har mer än 10 min till apoteket?" of "Andel med mer än 10 min
    # (%)" had been refused as a bound on minute bands; "vilken plats …" / "var hamnar …" asked a
    # row's place, never given (F165-01: Kalmar län 16th of 21 without the Riket row)
    csv = ("Befolkning efter restid med bil till närmaste apotek\n"
           "Kommun;Befolkning totalt;Andel med mer än 10 min (%);Medelrestid (min)\n"
           "Högsby;5563;55,0;12,1\nBorgholm;10871;51,0;13,3\nTorsås;7138;40,5;9,2\nKalmar;72018;4,2;3,9\n"
           "Kalmar län;246891;26,8;7,0\nRiket;10587710;9,8;4,4\n")
    engine = _engine_of(tmp_path, monkeypatch, {"apotek.csv": csv})
    a = engine.ask("hur stor andel i borgholm har mer än 10 min till apoteket?", engine.new_conversation())
    assert a.answered and 51.0 in [f.value for f in a.figures] and "intervall" not in a.answer, a.answer
    b = engine.ask("vilken plats har borgholm när det gäller andel med mer än 10 min till apoteket?", engine.new_conversation())
    placed = [f for f in b.figures if f.label.startswith("Plats för Borgholm")]
    assert b.answered and placed and placed[0].value == 2 and placed[0].display == "2 av 4", b.answer
    assert len(placed[0].source.rows) == 4 and "Riket" not in placed[0].source.rows, placed[0].source


def test_a_share_of_a_varav_column_under_a_merged_header_is_computed_over_its_whole(tmp_path, monkeypatch):
    # round 165: "hur stor andel kvinnor … som läste på högskola 2024?" of "Kalenderår 2024, varav
    # kvinnor" beside "Kalenderår 2024" had given the count 338 – the part mark stood after the
    # merged header's words (F165-06: 338 / 577 = 58,6 %)
    csv = ("Studerande med studiemedel efter hemkommun och utbildningsform, antal personer\n"
           "Hemkommun;Utbildningsform;VT 2024;HT 2024;Kalenderår 2024;Kalenderår 2024, varav kvinnor\n"
           "Västervik;Universitet och högskola;480;455;577;338\nVästervik;Komvux;300;310;402;260\n"
           "Nybro;Universitet och högskola;210;200;260;150\nNybro;Komvux;301;322;410;288\n")
    engine = _engine_of(tmp_path, monkeypatch, {"csn.csv": csv})
    a = engine.ask("hur stor andel kvinnor var det bland de som läste på högskola med csn i västervik 2024?", engine.new_conversation())
    assert a.answered and 58.6 in [round(f.value, 1) for f in a.figures], a.answer
