"""Round 216 (statistics, Dalarna): a count per group says what the groups add up to."""
from __future__ import annotations


def test_a_count_per_group_gives_its_total(tmp_path):
    # F216-20: "hur många beslut …, uppdelat per stödform" had listed the four groups without the
    # 410 decisions they add up to
    from tests.kb import engine_over, fresh_round

    module = fresh_round("r216")
    src = tmp_path / "src"
    src.mkdir()
    module.make_register(str(src))
    path = next(src.glob("*.csv"))
    engine = engine_over(tmp_path, {path.name: path.read_bytes()})
    a = engine.ask(
        "hur många beslut om anställning med stöd fattades i Dalarna 2024, uppdelat per stödform?", engine.new_conversation()
    )
    assert [f.value for f in a.figures if not f.derived] == [156, 110, 77, 67], a.answer
    assert "Totalt **410**" in a.answer and any(f.label == "Totalt" and f.value == 410 and f.derived for f in a.figures), a.answer


def _weekly(tmp_path):
    from tests.kb import engine_over

    rows = ["Kommunkod;Kommun;Period;Nyinskrivna arbetssökande"]
    for y, weeks in ((2024, range(40, 53)), (2025, range(1, 21))):
        for w in weeks:
            for code, k, base in (("2080", "Falun", 40), ("2081", "Borlänge", 50)):
                rows.append(f"{code};{k};{y}-{w:02d};{base + w % 7}")
    return engine_over(tmp_path, {"af_nyinskrivna_per_vecka.csv": "\n".join(rows) + "\n"})


def test_year_and_week_pairs_are_weeks_and_a_month_of_weeks_is_missing(tmp_path):
    # F216-02/10/16: "2024-40" had been read as a fortieth month; "i februari 2025" of weeks had
    # added up all twenty weeks of 2025
    from ingest.tables.columns import _year_weeks

    assert _year_weeks(["2024-40", "2024-52", "2025-01"]) == ["2024v40", "2024v52", "2025v01"]
    assert _year_weeks(["2024-09", "2024-10"]) == ["2024-09", "2024-10"]  # (months, all twelve or fewer)
    engine = _weekly(tmp_path)
    a = engine.ask("Hur många nyinskrivna arbetssökande hade Falun i februari 2025?", engine.new_conversation())
    assert not a.answered and not a.figures, a.answer
    a = engine.ask("hur många nyinskrivna hade Borlänge vecka 17–20 2025?", engine.new_conversation())
    assert a.answered and [f.value for f in a.figures if not f.derived and not f.is_total] == [sum(50 + w % 7 for w in range(17, 21))], a.answer


def test_several_latest_periods_are_said_not_answered_by_the_latest_one(tmp_path):
    # F216-02: "de senaste fyra veckorna" had been answered with the latest week alone (51)
    engine = _weekly(tmp_path)
    a = engine.ask("Hur många nyinskrivna arbetssökande hade Borlänge de senaste fyra veckorna?", engine.new_conversation())
    assert not a.answered and not a.figures and "vecka 17–20 2025" in a.answer, a.answer


def test_a_header_written_without_swedish_letters_is_the_word_the_question_spells(tmp_path):
    # F216-11/17: "stodform", "bidrag_kr_per_manad" – an export's headers without å/ä/ö – had met
    # no "stödform", "månad" of a question, and "per stödform" had been no group
    from tests.kb import engine_over, fresh_round

    src = tmp_path / "src"
    src.mkdir()
    fresh_round("r216").make_register(str(src))
    path = next(src.glob("*.csv"))
    engine = engine_over(tmp_path, {path.name: path.read_bytes()})
    a = engine.ask("Hur många beslut per stödform?", engine.new_conversation())
    assert a.answered and [f.value for f in a.figures if not f.derived] == [156, 110, 77, 67], (a.reading, a.answer)


def test_a_question_word_meets_the_header_an_export_wrote_without_swedish_letters():
    from assistant.stats.resolve import _explain

    empty = frozenset()
    assert _explain(frozenset({"månad"}), empty, empty, frozenset({"bidrag", "kr", "per", "manad"})) > 0
    # (… but never a plain form given to a Swedish header: "vården" is no "Värde")
    assert _explain(frozenset({"vård"}), empty, empty, frozenset({"värd", "vard"})) == 0


def test_man_after_a_verb_is_one_not_the_men_of_a_register(tmp_path):
    # "hur mycket per månad fick man i snitt?" had been read with kon = M
    from assistant.stats.form import read_form

    assert "man" not in read_form("hur mycket per månad fick man i snitt?").tokens
    assert "män" in read_form("hur många beslut gällde män?").tokens


def test_the_most_common_value_of_a_register_counts_its_rows(tmp_path):
    # "Vilken stödform var vanligast?" had summed the register's only money column per support type
    from tests.kb import engine_over, fresh_round

    src = tmp_path / "src"
    src.mkdir()
    fresh_round("r216").make_register(str(src))
    path = next(src.glob("*.csv"))
    engine = engine_over(tmp_path, {path.name: path.read_bytes()})
    a = engine.ask("Vilken stödform var vanligast?", engine.new_conversation())
    assert a.figures and a.figures[0].label == "Nystartsjobb" and a.figures[0].value == 156, (a.reading, a.answer)
