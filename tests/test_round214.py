"""Round 214 (statistics, Gävleborg): figures under coded column names that another sheet explains."""
from __future__ import annotations

import openpyxl

from ingest.pipeline import load_file


def _round():
    from tests.kb import fresh_round

    return fresh_round("r214")


def test_columns_named_by_codes_take_the_names_and_units_their_key_sheet_gives(tmp_path):
    # F214-03/11/15/18: "V01" … "V06" explained only on a sheet "Variabler" – no question found
    # its measure under the bare codes, and every answer came from another file
    _round().make_bistand(str(tmp_path))
    path = next(tmp_path.glob("*.xlsx"))
    result = load_file(path, tmp_path)
    table = result.tables[0]
    units = {c.name: c.unit for c in table.columns}
    assert units["Biståndsmottagare, andel av befolkningen, procent (V03)"] == "%", units
    assert units["Utbetalt ekonomiskt bistånd, tusental kronor (tkr) (V04)"] == "tkr", units
    assert units["Utbetalt ekonomiskt bistånd per invånare, kronor (V06)"] == "kr", units
    assert any("Variabler" in n for n in table.notes), table.notes
    # (the key is text to quote as well: "vad betyder V05?")
    assert any("V05" in c.text and "Långvarigt" in c.text for c in result.chunks)


def test_a_key_sheet_needs_the_codes_of_the_columns(tmp_path):
    # a second sheet whose first cells are other codes names nothing
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Data"
    ws.append(["Kommun", "V01", "V02"])
    for k, a, b in (("Gävle", 10, 2.5), ("Sandviken", 7, 3.1), ("Hofors", 3, 4.0)):
        ws.append([k, a, b])
    other = wb.create_sheet("Koder")
    other.append(["Kod", "Text"])
    other.append(["X01", "Något annat"])
    other.append(["X02", "Ännu något"])
    wb.save(tmp_path / "v.xlsx")
    table = load_file(tmp_path / "v.xlsx", tmp_path).tables[0]
    assert [c.name for c in table.columns] == ["Kommun", "V01", "V02"]


def test_the_share_asked_is_read_from_the_column_the_key_names(tmp_path):
    from tests.kb import engine_over

    src = tmp_path / "src"
    src.mkdir()
    _round().make_bistand(str(src))
    path = next(src.glob("*.xlsx"))
    engine = engine_over(tmp_path, {path.name: path.read_bytes()})
    a = engine.ask("Vilken kommun i länet hade störst andel av befolkningen med ekonomiskt bistånd 2023?", engine.new_conversation())
    assert a.answered and a.figures[0].label == "Söderhamn" and a.figures[0].value == 5.9, (a.reading, a.answer)


def _aku(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    _round().make_aku(str(src))
    return next(src.glob("*.xlsx"))


def test_a_margin_column_after_each_estimate_is_the_margin_of_its_estimate(tmp_path):
    # F214-06: "2022 | ± | 2023 | ± | 2024 | ±" – the margins had been read as figures of their own
    # ("±", "± (2)") beside the years
    table = load_file(_aku(tmp_path), tmp_path).tables[0]
    names = [c.name for c in table.columns]
    assert "Felmarginal (±)" in names and not any(n.startswith("± ") or n == "±" for n in names), names
    row = table.frame[(table.frame["Grupp"] == "Utrikes födda") & (table.frame["Period"] == "2024")]
    assert row["Felmarginal (±)"].tolist() == [6.6], row


def test_an_estimate_is_answered_with_its_margin_and_the_margin_is_no_measure(tmp_path):
    from tests.kb import engine_over

    path = _aku(tmp_path)
    engine = engine_over(tmp_path, {path.name: path.read_bytes()})
    a = engine.ask(
        "Arbetslösheten bland utrikesfödda i länet enl AKU – hur såg den ut 2023 och 2024? Ta med felmarginalerna.",
        engine.new_conversation(),
    )
    assert a.answered and {26.9, 28.2} <= {f.value for f in a.figures}, (a.reading, a.answer)
    assert "26,9 % ± 6,3 (20,6–33,2)" in a.answer and "28,2 % ± 6,6 (21,6–34,8)" in a.answer, a.answer
    assert "Intervallen överlappar" in a.answer
    # a ranking's margins are those of the rows it shows – never the largest margin
    a = engine.ask("vilken grupp hade högst arbetslöshet 2024 enligt AKU?", engine.new_conversation())
    assert a.figures[0].label == "Utrikes födda" and "± 6,6" in a.answer and "± 7,2" not in a.answer, a.answer


def test_a_register_of_eight_digit_days_ascii_places_and_a_key_in_its_comment_lines(tmp_path):
    # F214-13: STARTDAT/SLUTDAT written 20240409 had been figures, "SODERHAMN " no place and
    # "KON: 1=MAN 2=KVINNA" of the comment lines no key – "flest pågående insatser" had counted
    # every row per municipality (Gävle 154, not the 51 still running)
    src = tmp_path / "src"
    src.mkdir()
    _round().make_register(str(src))
    path = next(src.glob("*.csv"))
    table = load_file(path, src).tables[0]
    first = table.frame.iloc[0]
    assert (first["KOMMUN"], first["KON"], first["STARTDAT"], first["SLUTDAT"]) == ("Ovanåker", "Man (1)", "2024-04-09", "2024-08-17")
    assert any("utan å, ä och ö" in n for n in table.notes), table.notes

    from tests.kb import engine_over

    engine = engine_over(tmp_path, {path.name: path.read_bytes()})
    a = engine.ask("Vilken kommun har flest pågående insatser enligt deltagarregistret?", engine.new_conversation())
    assert a.figures[0].label == "Gävle" and a.figures[0].value == 51, (a.reading, a.answer)


def test_eight_digit_figures_that_are_no_days_stay_figures():
    from ingest.tables.columns import _compact_dates

    # (amounts, one a day by chance, and too few different days to be a column of them)
    assert _compact_dates([20240409.0, 31000000.0, 20240101.0]) == [20240409.0, 31000000.0, 20240101.0]
    assert _compact_dates([20240409.0, 20240409.0, 20240101.0, 20240102.0]) == [20240409.0, 20240409.0, 20240101.0, 20240102.0]


def test_a_pdf_table_without_caption_whose_header_names_years_and_blank_cells_stay_in_their_columns(tmp_path):
    # F214-04/14: no "Tabell" caption, a header of "Antal dec 2023 … % dec 2024" under group labels
    # set flush left ("Samtliga 16–64 år", "Unga 18–24 år, dec 2024") and suppressed cells left
    # blank: no table had been read, and the text's rows ran the later figures left
    src = tmp_path / "src"
    src.mkdir()
    _round().make_af(str(src))
    table = load_file(next(src.glob("*.pdf")), src).tables[0]
    frame = table.frame.set_index(table.label_column)
    assert "Samtliga 16–64 år, % dec 2024" in frame.columns and "Utrikes födda, dec 2024, %" in frame.columns, list(frame.columns)
    assert frame.loc["Nordanstig", "Utrikes födda, dec 2024, %"] == 21.7
    assert frame.loc["Ovanåker", "Utrikes födda, dec 2024, %"] == 19.6
    assert frame.loc["Hofors", "Samtliga 16–64 år, % dec 2024"] == 12.6
    assert frame["Unga 18–24 år, dec 2024, %"].isna().sum() == 3  # (Nordanstig, Ockelbo, Ovanåker: blank)


def test_a_month_asked_is_no_year_of_a_table_of_yearly_averages(tmp_path):
    # F214-04: "över 10 % arbetslöshet i december 2024" had been read in the survey's yearly
    # averages (its groups listed, "Period = 2024"), not in AF's December columns of municipalities
    from tests.kb import engine_over

    src = tmp_path / "src"
    src.mkdir()
    module = _round()
    for make in (module.make_aku, module.make_af, module.make_bistand, module.make_naring, module.make_eurostat, module.make_register):
        make(str(src))
    engine = engine_over(tmp_path, {p.name: p.read_bytes() for p in src.iterdir()})
    a = engine.ask("vilka kommuner låg över 10 % arbetslöshet i december 2024?", engine.new_conversation())
    assert [f.label for f in a.figures if not f.is_total] == ["Hofors", "Söderhamn", "Sandviken", "Gävle"], (a.reading, a.answer)


def test_a_year_another_measure_has_is_no_year_of_the_measure_asked(tmp_path):
    # F214-16: "antal konkurser ljusdal 2022?" of "Konkurser 2023" beside "Förvärvsarbetande 2022"
    # and "… 2023" had been answered with 2023's bankruptcies
    from tests.kb import engine_over

    rows = ["Kommun;Förvärvsarbetande 2022;Förvärvsarbetande 2023;Konkurser 2023"]
    rows += [f"{k};{a};{b};{c}" for k, a, b, c in (("Ljusdal", 7845, 7702, 9), ("Bollnäs", 11200, 11350, 14), ("Gävle", 48000, 48400, 61))]
    engine = engine_over(tmp_path, {"naringsliv.csv": "\n".join(rows) + "\n"})
    a = engine.ask("antal konkurser ljusdal 2022?", engine.new_conversation())
    # (… or with the other measure's 2022 figure, "Förvärvsarbetande 2022")
    assert not a.answered and not {9, 7845} & {f.value for f in a.figures}, a.answer
    a = engine.ask("antal konkurser ljusdal 2023?", engine.new_conversation())
    assert a.answered and [f.value for f in a.figures if not f.is_total] == [9], a.answer
    a = engine.ask("hur många förvärvsarbetande i ljusdal 2022?", engine.new_conversation())
    assert a.answered and [f.value for f in a.figures if not f.is_total] == [7845], a.answer


def test_the_top_in_a_year_is_a_ranking_not_a_top_list_of_that_many(tmp_path):
    # F214-18: "Var det samma kommun som låg i topp 2022?" – "topp 2022" had been read as a top
    # list of 2022 rows, taken out, and the follow-up answered with the first answer's row in 2022
    # (Hofors 1 790) instead of 2022's top (Söderhamn 1 880)
    from assistant.stats.form import read_form
    from tests.kb import engine_over

    f = read_form("vilken kommun låg i topp 2022?")
    assert (f.op.value, f.direction, f.n) == ("rank", "desc", None)
    assert read_form("topp 3 kommuner 2022").n == 3
    rows = ["Kommun;År;Utbetalt per invånare, kr"]
    rows += [f"{k};{y};{v}" for k, y, v in (
        ("Hofors", 2022, 1790), ("Hofors", 2023, 2010), ("Söderhamn", 2022, 1880), ("Söderhamn", 2023, 1950), ("Gävle", 2022, 1450), ("Gävle", 2023, 1500),
    )]
    engine = engine_over(tmp_path, {"bistand.csv": "\n".join(rows) + "\n"})
    conv = engine.new_conversation()
    a = engine.ask("Vilken kommun betalade ut mest per invånare 2023?", conv)
    assert a.figures[0].label == "Hofors", a.answer
    a = engine.ask("Var det samma kommun som låg i topp 2022?", conv)
    assert [(f.label, f.value) for f in a.figures if not f.is_total][:1] == [("Söderhamn", 1880)], (a.reading, a.answer)
