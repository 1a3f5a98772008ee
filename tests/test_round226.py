"""Round 226 (statistics, Stockholms län): a list of grant decisions that writes "d:o" under a
municipality for its other projects, each decision with its diary number."""
from __future__ import annotations

_DECISIONS = "\n".join([
    "Förteckning över beslut – regionala utvecklingsmedel 2024",
    "",
    "Dnr;Kommun;Stödmottagare;Projekt;Beslutsdatum;Beviljat, kr",
    *(
        f"RS 2024-{100 + k:04d};{kommun};{mottagare};Projekt {k};2024-{1 + k % 12:02d}-{10 + k % 15:02d};{belopp}"
        for k, (kommun, mottagare, belopp) in enumerate([
            ("Botkyrka", "Botkyrka kommun", "1 450 000"), ("d:o", "d:o", "820 000"), ("d:o", "Stiftelsen Forum", "600 000"),
            ("Haninge", "Haninge kommun", "975 000"), ("d:o", "Haninge Näringsliv", "1 200 000"),
            ("Huddinge", "Huddinge kommun", "2 100 000"), ("d:o", "d:o", "540 000"), ("d:o", "Södertörns högskola", "1 650 000"),
            ("d:o", "d:o", "735 000"), ("Järfälla", "Järfälla kommun", "880 000"), ("Nacka", "Nacka kommun", "1 100 000"),
            ("Norrtälje", "Norrtälje kommun", "2 750 000"), ("d:o", "d:o", "690 000"), ("Sigtuna", "Sigtuna kommun", "1 900 000"),
            ("Solna", "Solna stad", "400 000"), ("Sundbyberg", "Sundbybergs stad", "300 000"),
            ("Södertälje", "Södertälje kommun", "1 350 000"), ("d:o", "d:o", "620 000"), ("d:o", "Science Park AB", "2 050 000"),
            ("d:o", "d:o", "985 000"), ("Tyresö", "Tyresö kommun", "450 000"), ("Täby", "Täby kommun", "500 000"),
            ("Upplands Väsby", "Upplands Väsby kommun", "610 000"), ("Vallentuna", "Vallentuna kommun", "220 000"),
            ("Värmdö", "Värmdö kommun", "330 000"), ("Österåker", "Österåkers kommun", "780 000"),
            ("d:o", "d:o", "120 000"), ("Ekerö", "Ekerö kommun", "260 000"), ("Lidingö", "Lidingö stad", "90 000"),
            ("Nykvarn", "Nykvarns kommun", "150 000"),
        ])
    ),
    ";Summa beviljat 2024;;;;25 655 000",
    "",
    '"d:o" = samma som raden ovan.',
])


def _written(tmp_path, *names):
    """The round's files of those names, as its script writes them."""
    from tests.kb import round_bytes

    return round_bytes(tmp_path, "r226", *names)


def test_ditto_cells_are_the_cell_above_with_a_note():
    from ingest.tables.shape import _ditto_from_above

    names = ["Kommun", "Projekt", "Belopp"]
    grid = [["Huddinge", "A", 1], ["d:o", "B", 2], ["〃", "C", 3], ["Solna", "D", 4], ["Dito", "E", 5]]
    out, notes = _ditto_from_above(names, grid)
    assert [r[0] for r in out] == ["Huddinge", "Huddinge", "Huddinge", "Solna", "Solna"], out
    assert len(notes) == 1 and "”Kommun”" in notes[0] and "”d:o”" in notes[0], notes
    # a mark with nothing above it is left as written
    grid = [["d:o", "A", 1], ["Solna", "B", 2]]
    assert _ditto_from_above(names, grid) == (grid, ())


def test_a_municipalitys_decisions_under_d_o_add_up(tmp_path):
    # F226-10/17: "d:o" under Södertälje had been read as a place of its own, and the diary
    # number column (codes of each project) had hidden that each row is a case – 1 350 000 kr
    # had answered for four projects' 5 005 000 kr
    from tests.kb import engine_over

    engine = engine_over(tmp_path, {"beslut_2024.csv": _DECISIONS})
    a = engine.ask("hur mycket regionala utvecklingsmedel beviljades till projekt i Södertälje 2024?", engine.new_conversation())
    assert "5 005 000" in a.answer and "4 rader" in a.answer, a.answer
    a = engine.ask("hur många projekt i huddinge fick utvecklingsmedel och hur mycket blev det sammanlagt", engine.new_conversation())
    assert "5 025 000" in a.answer, a.answer
    # the figure is a reading of "d:o": said with it, as the table's note
    assert "Upprepat i tabellen:" in a.answer and "”Kommun”" in a.answer, a.answer
    a = engine.ask("beviljat belopp per kommun", engine.new_conversation())
    assert "”d:o” i kolumnen ”Kommun”" in a.answer, a.answer
    assert "Sigtuna** – 1 900 000 kr (1 rad)" in a.answer, a.answer  # (one row is "rad")


def test_a_total_row_named_only_by_the_measure_and_year_is_no_second_row(tmp_path):
    # F226-10: "granted … in 2024" named "Summa beviljat 2024" beside Södertälje – both were
    # listed, and no sum of Södertälje's projects was given
    from tests.kb import engine_over

    engine = engine_over(tmp_path, {"beslut_2024.csv": _DECISIONS})
    a = engine.ask("How much regional development funding was granted to projects in Södertälje in 2024?", engine.new_conversation())
    assert "5 005 000" in a.answer and "Summa beviljat 2024" not in a.reading, (a.reading, a.answer)
    # the total asked by its own name is still the total
    a = engine.ask("vad är summa beviljat 2024?", engine.new_conversation())
    assert "25 655 000" in a.answer, a.answer


def test_diary_numbers_with_a_blank_under_them_still_number_cases():
    from assistant.stats.profile import _case_numbers

    assert _case_numbers([f"RS 2024-{k:04d}" for k in range(10)] + [""])
    assert not _case_numbers(["2024", "2023", "2022", "2021", "2020", "2019", "2018", "2017"])


def test_a_snake_case_header_states_its_rate_between_underscores():
    # F226-07: "mottagare_per_1000_forsakrade" had been a count, and women's and men's rates
    # were added up as the municipality's (78,8)
    from ingest.tables.columns import unit_from_text

    assert unit_from_text("mottagare_per_1000_forsakrade") == "‰"
    assert unit_from_text("buyers_per_1000_inhabitants") == "‰"
    assert unit_from_text("brott_per_100_000_invanare") == "per 100 000"
    assert unit_from_text("antal_mottagare") == "antal"


def test_a_change_written_after_an_arrow_is_signed_by_it():
    # F226-08/16: "▼ 1 031" in "Förändr. antal" had been words; read as a bare number every
    # decrease would be an increase
    from ingest.tables.shape import _signed_by_arrows

    names = ["Område", "Antal 2024", "Förändr. antal", "Förändr. p.e."]
    grid = [["Botkyrka", 5071, "▼ 264", "▼ 0,4"], ["Ekerö", 263, "▲ 2", "● 0,0"], ["Lidingö", 362, "..", "▼ 0,1"]]
    out, notes = _signed_by_arrows(names, grid)
    assert [r[2] for r in out] == ["-264", "2", ".."] and [r[3] for r in out] == ["-0,4", "0,0", "-0,1"], out
    assert len(notes) == 2 and "▼ minskning" in notes[0], notes
    # a level with an arrow beside it is no change: its figure keeps its sign
    grid = [["Botkyrka", "▼ 6,8"], ["Ekerö", "▲ 1,2"]]
    assert _signed_by_arrows(["Område", "Andel 2024, %"], grid) == (grid, ())
    # a change column with a figure written otherwise is left as it is
    grid = [["Botkyrka", "▼ 264"], ["Ekerö", "-3"]]
    assert _signed_by_arrows(["Område", "Förändring"], grid) == (grid, ())


def test_outside_a_place_names_a_row_written_exclusive_of_it(tmp_path):
    # F226-16: "länet utanför Stockholms stad" had read Stockholms län and Stockholm; the row is
    # written "Länet exkl. Stockholms stad" ("utanför", "förutom" and "exkl." name one thing)
    from tests.kb import engine_over

    csv = "\n".join([
        "Område;Antal 2024;Andel 2024, %",
        "Stockholms län;67 848;3,6",
        "Länet exkl. Stockholms stad;39 715;3,6",
        *(f"{k};{1000 + 37 * i};{2 + i / 10:.1f}".replace(".", ",") for i, k in enumerate(
            ["Botkyrka", "Danderyd", "Ekerö", "Haninge", "Huddinge", "Järfälla", "Lidingö", "Nacka", "Stockholm", "Solna"]
        )),
    ])
    engine = engine_over(tmp_path, {"bistand_2024.csv": "Vuxna biståndsmottagare 2024\n\n" + csv})
    a = engine.ask("hur många biståndsmottagare fanns det i länet utanför Stockholms stad 2024?", engine.new_conversation())
    assert "Länet exkl. Stockholms stad" in a.reading and "39 715" in a.answer, (a.reading, a.answer)
    # … and "länet" is that row's own word there: the county's row is not read beside it
    assert "Stockholms län" not in a.reading, a.reading


_ASSISTANCE = "\n".join([
    "Tabell 3. Vuxna biståndsmottagare (18 år och äldre) under året, antal och andel av befolkningen 18+ samt förändring jämfört med 2023",
    "",
    "Område;Antal 2024;Andel 2024, %;Förändr. antal;Förändr. p.e.",
    "Stockholms län;67 848;3,6;▼ 1 639;▼ 0,1",
    "Botkyrka;5 071;6,8;▼ 264;▼ 0,4",
    "Danderyd;161;0,7;▼ 22;▼ 0,1",
    "Ekerö;263;1,2;▲ 2;● 0,0",
    "Haninge;3 297;4,7;▼ 101;▼ 0,2",
    "Huddinge;3 838;4,2;▼ 57;▼ 0,1",
    "Nynäshamn;1 002;5,0;▼ 12;▼ 0,1",
    "Sigtuna;2 251;5,6;▲ 40;▲ 0,1",
    "Södertälje;6 348;7,9;▼ 273;▼ 0,4",
    "Täby;450;0,9;▼ 9;● 0,0",
])


def test_a_year_in_a_generic_column_under_the_measures_caption_is_the_year_asked(tmp_path):
    # F226-02: "Andel 2024, %" under "Tabell 3. Vuxna biståndsmottagare …" had been a period miss
    # for "… 2024" (the question names the measure by the caption, not the column's "andel"), and
    # the grant list's "… för vuxna i Märsta" won the reading: asked back
    for files in (
        {"bistand_2024.csv": _ASSISTANCE, "beslut_2024.csv": _DECISIONS},
        _written(tmp_path, "ekonomiskt_bistand_2024.pdf", "beviljade_regionala_utvecklingsmedel_2024.pdf"),
    ):
        _ask_over_5(tmp_path / str(len(files[next(iter(files))])), files)


def _ask_over_5(tmp_path, files):
    from tests.kb import engine_over

    tmp_path.mkdir()
    engine = engine_over(tmp_path, files)
    a = engine.ask("Vilka kommuner i länet har över 5 % av de vuxna med försörjningsstöd 2024?", engine.new_conversation())
    assert a.answered and "Andel 2024, %" in a.reading, (a.reading, a.answer)
    assert "Södertälje" in a.answer and "Sigtuna" in a.answer and "Nynäshamn" not in a.answer, a.answer


_LEVEL_AND_CHANGE = "\n".join([
    "Tabell 3. Vuxna biståndsmottagare under året, antal och andel av befolkningen 18+ samt förändring jämfört med 2023",
    "",
    "Område;Antal 2024;Andel 2024, %;Förändr. antal;Förändr. p.e.",
    "Stockholms län;67 848;3,7;▼ 1 639;▼ 0,1",
    "Botkyrka;5 071;6,8;▼ 264;▼ 0,4",
    "Ekerö;263;1,0;▲ 2;● 0,0",
    "Huddinge;3 120;3,5;▲ 40;▲ 0,1",
    "Södertälje;6 348;7,9;▼ 273;▼ 0,4",
    "Solna;980;1,6;▼ 12;● 0,0",
])


def test_an_earlier_year_is_the_level_less_its_change(tmp_path):
    # F226-08: "andelen 2023" of a table of 2024 and the change since 2023 had been "no 2023
    # figures"; the year is 2024's level less the change (▼ 0,4 is a decrease: 7,9 + 0,4)
    from tests.kb import engine_over

    engine = engine_over(tmp_path, {"bistand_2024.csv": _LEVEL_AND_CHANGE})
    a = engine.ask("Vad var andelen med ekonomiskt bistånd i Södertälje 2023?", engine.new_conversation())
    assert "8,3 %" in a.answer and "beräknad" in a.answer, a.answer
    assert "Pilarna i kolumnen ”Förändr. p.e.”" in a.answer, a.answer  # (the sign read is said)
    a = engine.ask("hur många biståndsmottagare fanns i Huddinge 2023?", engine.new_conversation())
    assert "3 080" in a.answer, a.answer
    # a year the change does not start from is still no figure of the table
    a = engine.ask("Vad var andelen med ekonomiskt bistånd i Södertälje 2022?", engine.new_conversation())
    assert "8,3" not in a.answer and "7,9" not in a.answer and not a.answered, a.answer


def test_a_change_between_a_columns_year_and_the_captions_is_the_change_column(tmp_path):
    # F226-16: "förändrats mellan 2023 och 2024" of "Antal 2024" beside "Förändr. antal" had
    # been answered with 2024's level
    from tests.kb import engine_over

    engine = engine_over(tmp_path, {"bistand_2024.csv": _LEVEL_AND_CHANGE})
    a = engine.ask("hur mycket har antalet biståndsmottagare i Botkyrka förändrats mellan 2023 och 2024?", engine.new_conversation())
    assert "Förändr. antal för **Botkyrka** är **−264**" in a.answer, a.answer
