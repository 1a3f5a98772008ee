"""The engine on small exports of the shapes round 167 found (fake embedder, seconds each)."""
from __future__ import annotations

from tests.test_engine_places import _engine_of

# (an FK export of one county's municipalities, its own row and the country's, preliminary
# December 2025 marked with "*")
_SICK = ("Sjukpenningtal och ohälsotal per kommun och kön, Värmlands län, december 2024 och december 2025\n"
         "Region;Kön;Sjukpenningtal dec 2024;Sjukpenningtal dec 2025*;Ohälsotal dec 2024;Ohälsotal dec 2025*\n"
         "Riket;Kvinnor och män;10,3;10,4;23,5;22,8\n17 Värmlands län;Kvinnor och män;11,2;11,5;27,9;27,2\n"
         "1715 Kil;Kvinnor och män;11,0;11,8;26,0;25,1\n1715 Kil;Kvinnor;13,9;14,6;30,2;29,0\n"
         "1783 Hagfors;Kvinnor och män;12,5;12,0;33,0;32,5\n1783 Hagfors;Kvinnor;16,1;15,3;39,0;38,9\n"
         "1761 Hammarö;Kvinnor och män;9,0;9,6;22,0;21,9\n1761 Hammarö;Kvinnor;11,0;11,9;25,0;24,8\n"
         "1762 Munkfors;Kvinnor och män;13,1;12,9;36,6;33,4\n1762 Munkfors;Kvinnor;15,0;15,2;40,1;37,0\n")


def test_a_preliminary_mark_is_no_other_measure(tmp_path, monkeypatch):
    # round 167: "sjukskrivningstalet för kvinnorna i hagfors?" had read "Sjukpenningtal dec 2024"
    # (16,1): "dec 2025*" was no sibling of it for its star, so the latest was not preferred (F167-08)
    from assistant.stats.periods import without_years
    from ingest.swedish import without_preliminary_mark

    assert without_preliminary_mark("Ohälsotal dec 2025*") == "Ohälsotal dec 2025"
    assert without_preliminary_mark("HT 2025 (prel.)") == "HT 2025" and without_preliminary_mark("Antal 2024¹") == "Antal 2024"
    assert without_years("Ohälsotal dec 2025*") == without_years("Ohälsotal dec 2024")
    from assistant.stats.form import read_form

    engine = _engine_of(tmp_path, monkeypatch, {"fk.csv": _SICK})
    q = "sjukpenningtalet för kvinnorna i hagfors?"
    readings = engine.resolver.read(read_form(q), None, limit=4)
    assert readings[0].column.name == "Sjukpenningtal dec 2025*", [(r.column.name, round(r.probability, 3)) for r in readings]
    a = engine.ask(q, engine.new_conversation())
    assert 16.1 not in [f.value for f in a.figures], a.answer


def test_the_mean_over_a_countys_municipalities_written_as_one_word(tmp_path, monkeypatch):
    # round 167: "snittet av sjukpenningtalet för värmlandskommunerna i dec 2025" had given the
    # county's own row (11,5) – the municipalities' mean was asked (F167-09)
    from assistant.question import normalise_question

    nq = normalise_question("hur många skånekommuner har över 10 %", {})
    assert nq.text == "hur många kommuner i Skåne län har över 10 %" and "skånekommuner" in nq.notes[0]
    engine = _engine_of(tmp_path, monkeypatch, {"fk.csv": _SICK})
    a = engine.ask("kan du räkna ut snittet av sjukpenningtalet för värmlandskommunerna i dec 2025", engine.new_conversation())
    # (11,8 + 12,0 + 9,6 + 12,9) / 4
    assert a.answered and 11.575 in [round(f.value, 3) for f in a.figures] and 11.5 not in [f.value for f in a.figures], a.answer


def test_the_largest_drop_between_two_columns_ranks_the_municipalities_of_the_county(tmp_path, monkeypatch):
    # round 167: "Which municipality in Värmland had the biggest drop in ohälsotal between Dec 2024
    # and Dec 2025?" had found no table ("dec 2025*" was no year's column of "Ohälsotal") and, in
    # Swedish, ranked the county's own row (F167-10: Munkfors −3,2)
    engine = _engine_of(tmp_path, monkeypatch, {"fk.csv": _SICK})
    for q in ("Which municipality in Värmland had the biggest drop in ohälsotal between Dec 2024 and Dec 2025?",
              "vilken kommun i värmland minskade ohälsotalet mest mellan dec 2024 och dec 2025?"):
        a = engine.ask(q, engine.new_conversation())
        assert a.answered and "Munkfors" in a.answer.split("Som jämförelse")[0] and -3.2 in [round(f.value, 1) for f in a.figures], a.answer
        # (the largest fall said as the fall it is, not only as the lowest change)
        assert "minskning med 3,2 dagar" in a.answer, a.answer


def test_a_season_after_i_is_no_unknown_place(tmp_path, monkeypatch):
    # round 167: "hur många elever går på gymnasieskolorna i karlstad i höst" had been refused –
    # "Kunskapsbanken nämner inte Höst"
    engine = _engine_of(tmp_path, monkeypatch, {"fk.csv": _SICK})
    for season in ("höst", "vår", "sommar", "vinter"):
        assert engine.documents.unknown_names(f"hur många elever går på gymnasieskolorna i hagfors i {season}") == [], season
    assert engine.documents.unknown_names("hur många bor i trosa") == ["Trosa"]


_QUARTERS = ("Befolkningsförändringar per kvartal efter region, förändringar och period. Värmlands län\n"
             "region;förändringar;2024K1–K4;2025K1;2025K1–K2;2025K1–K3\n"
             "17 Värmlands län;Folkmängd vid periodens slut;283251;283545;283748;283969\n"
             "17 Värmlands län;Levande födda;2435;680;1347;1993\n17 Värmlands län;Födelseöverskott;-746;-186;-300;-450\n"
             "1715 Kil;Folkmängd vid periodens slut;11890;11884;11897;11903\n1715 Kil;Levande födda;101;27;54;82\n"
             "1715 Kil;Födelseöverskott;-12;-5;-9;-22\n1730 Eda;Folkmängd vid periodens slut;8412;8409;8398;8401\n"
             "1730 Eda;Levande födda;70;15;33;52\n1730 Eda;Födelseöverskott;-30;-9;-17;-25\n")


def test_a_quarter_of_running_quarters_is_the_difference_unless_the_rows_are_a_stock(tmp_path, monkeypatch):
    # round 167: "hur många bebisar föddes i kils kommun under tredje kvartalet 2025?" of SCB's
    # "2025K1", "2025K1–K2", "2025K1–K3" (sums from January) had been refused as a quarter the
    # table lacks (F167-01: 82 − 54 = 28); the population at the quarter's end is the level itself
    from assistant.stats.operation import _months_of_header

    assert _months_of_header("2025K1–K3") == tuple(range(1, 10)) and _months_of_header("2025K1") == (1, 2, 3)
    engine = _engine_of(tmp_path, monkeypatch, {"bef.csv": _QUARTERS})
    a = engine.ask("hur många föddes i kil under tredje kvartalet 2025?", engine.new_conversation())
    assert a.answered and [f.value for f in a.figures][:1] == [28.0], a.answer
    b = engine.ask("hur stor var folkmängden i kil efter tredje kvartalet 2025?", engine.new_conversation())
    assert 6.0 not in [f.value for f in b.figures] and (not b.answered or 11903.0 in [f.value for f in b.figures]), b.answer
