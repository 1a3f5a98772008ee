"""Round 222 (statistics, Västra Götaland): a register of two kinds of records in one list."""
from __future__ import annotations


def _round():
    from tests.kb import fresh_round

    return fresh_round("r222")


def test_a_register_of_two_kinds_of_records_is_read_as_two_tables(tmp_path):
    # F222-13: participants ("P") followed by their activities ("I"), which leave the
    # participant's columns blank; "Avslutsorsak/Insats" means one thing on each kind of row
    from ingest.pipeline import load_file

    _round().write_register(str(tmp_path))
    path = next(tmp_path.glob("kaa_*.csv"))
    r = load_file(path, tmp_path)
    assert len(r.tables) == 2, [t.caption for t in r.tables]
    people, activities = r.tables
    assert "Avslutsorsak" in people.frame.columns and "Insats" not in people.frame.columns
    assert "Insats" in activities.frame.columns and "Start" in activities.frame.columns
    assert "Insats" in activities.caption and r.document.title == people.caption
    # each activity under its participant's municipality, taken from the row above it
    assert activities.frame["Kommun"].notna().all() and (activities.frame["Kommun"].astype(str).str.strip() != "").all()
    skovde = activities.frame[activities.frame["Kommun"] == "Skövde"]
    assert len(skovde) == 24 and (skovde["Insats"] == "Arbetsträning").sum() == 10
    assert any("från raden med ”Posttyp” = P ovanför" in n for n in activities.notes), activities.notes


def test_the_most_common_value_in_a_place_of_a_register_groups_that_places_cases(tmp_path):
    # F222-13: "vilken insats är vanligast i skövde" had ranked Skövde's rows one by one (by
    # "Födelseår": 2 001); it counts Skövde's activities per activity
    from tests.kb import engine_of_written

    engine = engine_of_written(tmp_path, _round().write_register)
    a = engine.ask("vilken insats är vanligast i skövde i kaa-registret och hur många?", engine.new_conversation())
    assert a.answered, a.answer
    first = a.answer.split("\n1. ", 1)[1].split("\n", 1)[0]
    assert "Arbetsträning" in first and "10" in first, a.answer
    assert "Praktik** – 41" not in a.answer, a.answer  # the whole register's, not Skövde's


def test_fact_cards_side_by_side_are_a_row_per_place_and_the_last_short_row_is_read_too(tmp_path):
    # F222-14: a PDF of fact cards three wide, drawn row by row: four tables of three places with
    # "Kolumn 4" summed over two labels (2 959); the last row of two cards had been text
    from ingest.pipeline import load_file

    _round().write_pdf(str(tmp_path))
    path = next(tmp_path.glob("*.pdf"))
    r = load_file(path, tmp_path)
    assert len(r.tables) == 1, [t.caption for t in r.tables]
    t = r.tables[0]
    assert t.label_column == "Kommun" and len(t.frame) == 14, t.frame
    assert "varav unga 18–24 år" in t.frame.columns
    assert t.frame["varav unga 18–24 år"].sum() == 1082
    row = t.frame[t.frame["Kommun"] == "Åmål"].iloc[0]
    assert row["Långtidsarbetslösa (> 12 mån)"] == 266 and row["Inskrivna arbetslösa"] == 543


def test_a_change_since_a_year_is_no_period_of_the_table(tmp_path):
    # F222-08: "Förändring sedan dec 2023" beside the caption's "december 2024" had read the table
    # as one of 2023 and the question's December 2024 as missing – answered from the text instead
    from tests.kb import engine_of_written

    engine = engine_of_written(tmp_path, _round().write_pdf)
    a = engine.ask("hur många långtidsarbetslösa hade vänersbrog i december 2024", engine.new_conversation())
    assert a.answered and "672" in a.answer and "1 494" not in a.answer, a.answer


def test_a_report_printed_to_file_as_csv_is_read_by_its_columns(tmp_path):
    # F222-01/07/16: a fixed-width report saved as .csv had been split at its decimal commas
    # ("5,7" two cells); its space-thousands ("1 059", "18 884") had parted a column of thousands
    # from one of the rest, and its upper header ("dec 2023" over "Antal", "Andel %") was lost
    from ingest.pipeline import load_file

    _round().write_af_fixed(str(tmp_path))
    path = next(tmp_path.glob("*.csv"))
    r = load_file(path, tmp_path)
    assert len(r.tables) == 1, [t.caption for t in r.tables]
    t = r.tables[0]
    names = [c.name for c in t.columns]
    assert names[:5] == ["Kommun", "dec 2023 Antal", "dec 2023 Andel %", "dec 2024 Antal", "dec 2024 Andel %"], names
    frame = t.frame.set_index("Kommun")
    assert frame.at["Göteborg", "dec 2024 Antal"] == 20559 and frame.at["Alingsås", "dec 2023 Antal"] == 1059
    assert frame.at["Lilla Edet", "dec 2024 Antal"] == 373 and frame.at["Västra Götalands län", "dec 2024 Antal"] == 52863


def test_a_pipe_separated_list_with_a_full_rule_stays_a_list_of_fields(tmp_path):
    # (a SAP list's "|"-separated lines under a rule are fields, not a report set out with spaces)
    from ingest.pipeline import load_file

    path = tmp_path / "sap.csv"
    path.write_text(
        "Rapport X\n" + "-" * 60 + "\n|Kommun    |Insats      |    Budget|\n" + "-" * 60 + "\n"
        + "".join(f"|Kommun{i}    |Insats {i}    |  {i},00 |\n" for i in range(1, 9)),
        encoding="utf-8",
    )
    r = load_file(path, tmp_path)
    assert r.document.kind == "csv" and r.tables, (r.document.kind, r.tables)


def _matrix_engine(tmp_path):
    from tests.kb import engine_of_written

    return engine_of_written(tmp_path, _round().write_pendling)


def test_a_flow_between_two_places_of_a_matrix_reads_the_row_it_starts_from(tmp_path):
    # F222-02: commuters by home (rows) and workplace (columns): "från Kungälv in till Göteborg"
    # had been read the other way round – 1 848 Göteborg residents working in Kungälv
    engine = _matrix_engine(tmp_path)
    a = engine.ask("Hur många pendlar från Kungälv in till Göteborg för att jobba?", engine.new_conversation())
    assert a.answered and "8 140" in a.answer and "1 848" not in a.answer, a.answer


def test_commuters_into_a_place_are_its_total_less_those_who_live_there(tmp_path):
    # F222-11: "pendlar in till Mölndal … totalt" is the column's total less its diagonal (those who
    # live and work in Mölndal): 47 708 − 18 619 = 29 089, both figures shown
    engine = _matrix_engine(tmp_path)
    a = engine.ask("Hur många pendlar in till Mölndal för att jobba? Alltså totalt, inte bara från GR-kommunerna", engine.new_conversation())
    assert a.answered and "29 089" in a.answer and "47 708" in a.answer and "18 619" in a.answer, a.answer


def test_the_share_living_and_working_in_one_place_is_the_diagonal_over_its_rows_total(tmp_path):
    # F222-17: 3 024 of Öckerö's 6 126 working residents = 49,4 % (it had answered 0,7 %)
    engine = _matrix_engine(tmp_path)
    a = engine.ask("What share of employed people living in Öckerö also work in Öckerö?", engine.new_conversation())
    assert a.answered and "49,4" in a.answer and "0,7 %" not in a.answer, a.answer


def test_a_flattened_json_list_is_rows_again(tmp_path):
    # F222-03/09/19: Kolada's values as "values.0.gender", "values.0.value" … "values.2.value",
    # the women, men and total in another slot order on every row – no slot is a measure
    from ingest.pipeline import load_file

    _round().write_kolada(str(tmp_path))
    path = next(tmp_path.glob("*.csv"))
    t = load_file(path, tmp_path).tables[0]
    assert {"gender", "value"} <= set(t.frame.columns) and not any(".0." in c for c in t.frame.columns), list(t.frame.columns)
    skovde = t.frame[(t.frame["municipality.title"] == "Skövde") & (t.frame["period"].astype(str) == "2024")]
    kpi = skovde[skovde["kpi.title"].str.startswith("Ungdomar")]
    assert kpi.set_index("gender").at["K", "value"] == 7.6, kpi


def test_a_compound_names_the_measure_whose_words_write_its_parts_and_tvaa_asks_for_two(tmp_path):
    # F222-09: "ungdomsarbetslöshet" names "Ungdomar 18-24 år som är öppet arbetslösa …" (the head in
    # its plural, the tail in another form); "Och vilken kommer tvåa?" asks for the top two
    from tests.kb import engine_of_written

    engine = engine_of_written(tmp_path, _round().write_kolada)
    a = engine.ask("Vilken kommun har högst ungdomsarbetslöshet 2024 enligt Kolada-exporten? Och vilken kommer tvåa?", engine.new_conversation())
    assert a.answered and "Gullspång" in a.answer and "13,9" in a.answer and "Tibro" in a.answer and "12,6" in a.answer, a.answer


def test_months_without_a_year_take_the_business_years_of_the_title(tmp_path):
    # F222-05: "jul" … "jun" on sheets "VHT 2023-24" and "VHT 2024-25", the years only in the
    # title ("verksamhetsåret 2023/24 (juli 2023 – juni 2024)"): January is 2024's on the first
    from ingest.pipeline import load_file

    _round().write_ekb(str(tmp_path))
    path = next(tmp_path.glob("*.xlsx"))
    first, second = load_file(path, tmp_path).tables[:2]
    names = [c.name for c in first.columns]
    assert "jul 2023" in names and "dec 2023" in names and "jan 2024" in names and "jun 2024" in names, names
    months = set(second.frame[next(c.name for c in second.columns if c.role != "value" and c.name != second.label_column)].astype(str))
    assert "jul 2024" in months and "dec 2024" in months, months


def test_under_a_business_year_is_a_time_not_a_bar(tmp_path):
    # F222-18: "under verksamhetsåret 23/24" had been read as "below the business year" – a bar no
    # column compares with – and the unique households of the year (654) were not answered
    from assistant.stats.form import read_form

    assert read_form("hur många hushåll i Mark fick ekbistånd under verksamhetsåret 23/24 totalt?").beyond is None
    assert read_form("vilka kommuner låg under riksgenomsnittet?").beyond is not None
