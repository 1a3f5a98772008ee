"""Round 218 (statistics, Blekinge): a workbook's correction log, a change read with its own
measure's levels, a currency code in an English question."""
from __future__ import annotations


def _round():
    from tests.kb import fresh_round

    return fresh_round("r218")


def _workbook(tmp_path):
    path = tmp_path / "ekonomiskt_bistand_blekinge_2022_2024.xlsx"
    _round().write_eb_xlsx(str(path))
    return path


def test_a_workbooks_correction_log_corrects_its_cells_and_their_totals(tmp_path):
    # F218-04/05: the 'Ändringslogg' sheet gives Ronneby 2024 1 068 households (published 1 012)
    # and says the 'Data' sheet and its county rows were not updated
    from ingest.pipeline import load_file

    r = load_file(_workbook(tmp_path), tmp_path)
    assert len(r.tables) == 1, [t.caption for t in r.tables]  # (the log is text, not figures)
    t = r.tables[0]
    f = t.frame
    row = lambda place, year: f[(f["Kommun"] == place) & (f["År"].astype(str) == year)].iloc[0]  # noqa: E731
    assert row("Ronneby", "2024")["Antal biståndshushåll"] == 1068
    assert row("Olofström", "2023")["Utbetalt ekonomiskt bistånd (tkr)"] == 24180
    # (the county's row added up its municipalities: it follows; another year's is untouched)
    assert row("Blekinge län", "2024")["Antal biståndshushåll"] == 4385 + 56
    assert row("Blekinge län", "2023")["Utbetalt ekonomiskt bistånd (tkr)"] == 296980 + 2700
    assert row("Blekinge län", "2022")["Antal biståndshushåll"] == 4055
    # (a row the log says was checked and left as it was changes nothing)
    assert row("Karlshamn", "2022")["Antal biståndshushåll"] == 1010
    assert any("Ronneby, År 2024, Antal biståndshushåll 1 012 → 1 068" in n for n in t.notes), t.notes
    assert "1068" in " ".join(c.text for c in r.chunks)  # (the log quoted as text)


def test_a_corrected_figure_is_answered_and_says_it_was_corrected(tmp_path):
    from tests.kb import engine_over

    path = _workbook(tmp_path)
    engine = engine_over(tmp_path, {path.name: path.read_bytes()})
    a = engine.ask("Hur många hushåll fick ekonomiskt bistånd i Ronneby 2024?", engine.new_conversation())
    assert a.answered and "**1 068**" in a.answer and "1 012 → 1 068" in a.answer, a.answer
    # F218-05: "SEK" of "In SEK million please" is a currency, no place the base never names
    a = engine.ask(
        "How much social assistance (ekonomiskt bistånd) was paid out in total in Blekinge in 2023? In SEK million please.",
        engine.new_conversation(),
    )
    assert a.answered and "299 680" in a.answer and "299,7 miljoner" in a.answer, a.answer


def test_a_change_in_percentage_points_is_read_with_the_levels_of_its_share(tmp_path):
    # F218-02: "hur mkt ökade den från dec 23 till dec 24? i procentenheter" gave the change with
    # the counts beside it, and the share it changed to was never shown
    from tests.kb import engine_over

    path = tmp_path / "af.csv"
    _round().write_af_csv(str(path))
    engine = engine_over(tmp_path, {path.name: path.read_bytes()})
    a = engine.ask(
        "arbetslösheten bland kvinnor i karlshamn, hur mkt ökade den från dec 23 till dec 24? i procentenheter alltså",
        engine.new_conversation(),
    )
    assert a.answered and "**0,9 procentenheter**" in a.answer, a.answer
    assert "**7,9 %**" in a.answer and "**8,8 %**" in a.answer, a.answer


def test_points_grouping_thousands_and_dates_across_are_read_as_such(tmp_path):
    # F218-15: German number settings ("159.763") had been read as 159,763 people, and the
    # columns "2023-12-31" … "2024-12-31" as three measures named by dates
    from ingest.pipeline import load_file

    path = tmp_path / "folkmangd.csv"
    _round().write_folkmangd_csv(str(path))
    t = load_file(path, tmp_path).tables[0]
    assert [c.name for c in t.columns if c.role == "value"] == ["Folkmängd"], t.columns
    f = t.frame
    assert set(f["Period"]) == {"2023-12-31", "2024-06-30", "2024-12-31"}
    assert f["Folkmängd"].max() == 159763


def test_a_table_of_english_decimals_with_three_digits_is_not_read_as_thousands():
    from ingest.numbers import infer_decimal, table_decimal

    shares = ["0.125", "0.250", "0.375", "0.500", "0.625", "0.750", "0.875", "0.990"]
    assert table_decimal(shares) is None and infer_decimal(shares, None) == "."
    grouped = ["159.763", "27.156", "94.306", "38.301", "66.912", "11.442", "40.348", "15.122"]
    assert table_decimal(grouped) == ","
    assert table_decimal(grouped[:7]) is None  # (too few to tell)


def test_a_years_change_of_counts_at_points_in_time_runs_from_the_year_before(tmp_path):
    from tests.kb import engine_over

    path = tmp_path / "folkmangd.csv"
    _round().write_folkmangd_csv(str(path))
    engine = engine_over(tmp_path, {path.name: path.read_bytes()})
    a = engine.ask("Vilken kommun tappade mest invånare procentuellt under 2024?", engine.new_conversation())
    assert a.answered and "2023-12-31" in a.reading and "2024-12-31" in a.reading, a.reading
    first = a.answer.split("Därefter")[0]
    assert "**Olofström" in first and "13 098" in first and "12 967" in first and "1,0 %" in first, a.answer


def test_a_year_granted_is_read_by_the_registers_decision_date(tmp_path):
    # F218-13: "hur mycket beviljades i konsultcheckar under 2024" summed the cases received in
    # 2024 (Inkom), not those decided in 2024 (Beslutsdatum): one decided in 2025 counted, one
    # received in 2023 and decided in 2024 did not
    from tests.kb import engine_over

    path = tmp_path / "foretagsstod.csv"
    _round().write_foretagsstod_csv(str(path))
    engine = engine_over(tmp_path, {path.name: path.read_bytes()})
    a = engine.ask("Hur mycket beviljades i konsultcheckar under 2024, totalt?", engine.new_conversation())
    assert a.answered and "Beslutsdatum" in a.reading and "**390 000 kr**" in a.answer, (a.reading, a.answer)


def test_a_share_of_a_municipalitys_schools_together_is_their_counts_share(tmp_path):
    # F218-07: "hur stor andel av niorna i Karlshamn var behöriga" of a row per school listed each
    # school's share; the municipality's share is its schools' eligible over their pupils (281 /
    # 339 = 82,9 %), the school without figures ('#N/A') left out of both
    from tests.kb import engine_over

    path = tmp_path / "behorighet.xlsx"
    _round().write_behorighet_xlsx(str(path))
    engine = engine_over(tmp_path, {path.name: path.read_bytes()})
    a = engine.ask("Hur stor andel av niorna i Karlshamn var behöriga till yrkesprogram våren 2024?", engine.new_conversation())
    assert a.answered and "82,89 %" in a.answer and "(281)" in a.answer and "(339)" in a.answer, a.answer
    # (the school left out is named by its own name, not only by its municipality's)
    assert "(Karlshamn: Strandskolan)" in a.answer, a.answer


def test_each_named_group_of_units_gets_its_counts_share(tmp_path):
    # F218-09: "mellan fristående och kommunala skolor … Ge andelen för båda" had listed every
    # school ("skolor" read as the schools named "… skola", "fristående" as no value): each kind
    # of owner's share is its schools' eligible over their pupils, Enskild 159/177, Kommunal
    # 1 214/1 481 – not the mean of the schools' shares (89,6 and 82,6)
    from tests.kb import engine_over

    path = tmp_path / "behorighet.xlsx"
    _round().write_behorighet_xlsx(str(path))
    engine = engine_over(tmp_path, {path.name: path.read_bytes()})
    a = engine.ask(
        "Skiljer sig behörigheten till yrkesprogram mellan fristående och kommunala skolor i Blekinge? Ge andelen för båda.",
        engine.new_conversation(),
    )
    assert a.answered and "vägd andel per huvudman" in a.reading and "Skolenhet" not in a.reading, a.reading
    assert "**Enskild** – 89,8 %" in a.answer and "**Kommunal** – 82,0 %" in a.answer, a.answer


def test_a_units_owner_is_its_attribute_not_a_split_to_ask_about(tmp_path):
    # F218-08: "hur många skolor i länet har under 80% behöriga" asked back which "Huvudman" – a
    # row per school, each with its owner, is no population split by owner: 5 schools
    from tests.kb import engine_over

    path = tmp_path / "behorighet.xlsx"
    _round().write_behorighet_xlsx(str(path))
    engine = engine_over(tmp_path, {path.name: path.read_bytes()})
    a = engine.ask("hur många skolor i länet har under 80% behöriga till yrkesprog?", engine.new_conversation())
    assert a.answered and a.answer.startswith("5 av "), a.answer


def test_a_mean_asked_of_a_counts_units_is_the_amount_over_the_count(tmp_path):
    # F218-06: "vad fick ett biståndshushåll i Karlskrona i snitt i ekonomiskt bistånd under 2024?"
    # had answered the number of households (1 502); the mean is the amount paid over them,
    # 112 640 tkr / 1 502 = 74 993 kr
    from tests.kb import engine_over

    path = _workbook(tmp_path)
    engine = engine_over(tmp_path, {path.name: path.read_bytes()})
    a = engine.ask("Vad fick ett biståndshushåll i Karlskronas kommun i snitt i ekonomiskt bistånd under 2024?", engine.new_conversation())
    assert a.answered and "**74 993 kr**" in a.answer and "Antal biståndshushåll" in a.reading, (a.reading, a.answer)


def test_a_word_of_the_registers_title_is_no_column_left_open(tmp_path):
    # F218-12: "hur många företag i karlshamn fick stöd beviljat 2024" asked back which "Stödform":
    # every case of "Företagsstöd, ärenden" is a support case – 4 granted, decided in 2024
    from tests.kb import engine_over

    path = tmp_path / "foretagsstod_arenden_2023_2024.csv"
    _round().write_foretagsstod_csv(str(path))
    engine = engine_over(tmp_path, {path.name: path.read_bytes()})
    a = engine.ask("hur många företag i karlshamn fick stöd beviljat 2024?", engine.new_conversation())
    assert a.answered and "**4**" in a.answer and "Beslutsdatum" in a.reading, (a.reading, a.answer)
