"""Round 204 (statistics, Skåne): a public-health survey export whose cells hold each share with
its 95 % confidence interval ("71,4 (68,9–73,8)")."""
from __future__ import annotations

_SURVEY = (
    "Folkhälsoenkät Skåne 2022 – vuxna 18–84 år, kommunnivå\n"
    "Viktade andelar (%) med 95 % konfidensintervall inom parentes\n\n"
    "Kommun;Gott självskattat hälsotillstånd 2018;Gott självskattat hälsotillstånd 2022;Antal svarande 2022\n"
    "Bjuv;72,4 (67,5–77,3);71,3 (66,4–76,2);599\n"
    "Bromölla;74,1 (69,2–79,0);73,8 (68,9–78,7);574\n"
    "Burlöv;73,7 (69,1–78,3);72,2 (67,5–76,9);630\n"
    "Trelleborg;71,8 (68,0–75,6);72,3 (68,6–76,0);1104\n"
    "Skåne län;73,9 (73,2–74,6);73,2 (72,5–73,9);41 233\n"
)


def test_an_estimate_with_its_interval_is_the_estimate():
    from ingest.numbers import parse_number

    assert parse_number("72,4 (67,5–77,3)").value == 72.4
    assert parse_number("72.4 [67.5; 77.3]").value == 72.4
    assert parse_number("-1,2 (-3,0–0,5)").value == -1.2
    # (brackets that hold no interval around the figure are no interval: a note, a count)
    assert parse_number("5 (2–3)") is None and parse_number("12 (3)") is None


def test_a_semicolon_export_is_split_at_its_semicolons_though_its_decimal_commas_split_more():
    from ingest.stats_io import sniff_delimiter

    assert sniff_delimiter(_SURVEY) == ";"
    # (a comma file stays one – "Högsby,190,11.4")
    assert sniff_delimiter("Kommun,Antal,Andel\nHögsby,190,11.4\nTorsås,210,9.8\nEmmaboda,330,10.1\n") == ","


def test_the_survey_is_a_table_of_its_shares(tmp_path):
    from ingest.pipeline import load_file

    (tmp_path / "folkhalsoenkat.csv").write_text(_SURVEY, encoding="utf-8")
    r = load_file(tmp_path / "folkhalsoenkat.csv", tmp_path)
    assert len(r.tables) == 1
    t = r.tables[0]
    assert [c.name for c in t.columns][:3] == ["Kommun", "Gott självskattat hälsotillstånd 2018", "Gott självskattat hälsotillstånd 2022"]
    row = t.frame[t.frame["Kommun"] == "Trelleborg"].iloc[0]
    assert row["Gott självskattat hälsotillstånd 2018"] == 71.8 and row["Gott självskattat hälsotillstånd 2022"] == 72.3


def _pivot(path):
    """A compact-form Excel pivot: report filters over its frame row, sub-regions in bold with
    their subtotals over their municipalities, indented, and a "Totalsumma" row."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Pivot"
    ws.append(["År", "2023"])
    ws.append(["Kön", "(Alla)"])
    ws.append([])
    ws.append(["Radetiketter", "Summa av Befolkning 20-64 år", "Summa av Förvärvsarbetande 20-64 år"])
    groups = {
        "Nordost": [("Bromölla", 7327, 5639), ("Hässleholm", 30786, 23932), ("Osby", 7663, 5916)],
        "Sydväst": [("Lund", 79749, 63707), ("Lomma", 14783, 12324), ("Burlöv", 11321, 8689)],
    }
    for name, members in groups.items():
        ws.append([name, sum(m[1] for m in members), sum(m[2] for m in members)])
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for m in members:
            ws.append(list(m))
            ws.cell(ws.max_row, 1).alignment = Alignment(indent=1)
    ws.append(["Totalsumma", sum(m[1] for ms in groups.values() for m in ms), sum(m[2] for ms in groups.values() for m in ms)])
    wb.save(path)


def test_a_compact_pivot_is_read_as_its_row_labels_and_value_fields(tmp_path):
    # round 204's pivot had been read as a column "År, Kön, Radetiketter" and its figures melted
    from ingest.pipeline import load_file

    _pivot(tmp_path / "pivot.xlsx")
    (t,) = load_file(tmp_path / "pivot.xlsx", tmp_path).tables
    assert [c.name for c in t.columns] == ["Radetiketter", "Befolkning 20-64 år", "Förvärvsarbetande 20-64 år"], t.columns
    assert "År 2023" in t.caption and "Kön (Alla)" in t.caption, t.caption
    labels = list(t.frame["Radetiketter"])
    assert {labels[i] for i in t.group_rows} == {"Nordost", "Sydväst"}, t.group_rows
    assert labels[t.total_rows[-1]] == "Totalsumma"


def test_the_county_of_a_pivot_s_municipalities_is_found_beside_its_subregions(tmp_path):
    # F204-09: "… totalt i Skåne 2023?" had been refused – four sub-regions among 29 municipalities
    # had kept the table's county from being known by its names
    from tests.kb import engine_over

    _pivot(tmp_path / "pivot.xlsx")
    engine = engine_over(tmp_path, {"scb_forvarvsarbetande_pivot_2023.xlsx": (tmp_path / "pivot.xlsx").read_bytes()})
    a = engine.ask("Hur många förvärvsarbetande 20–64 år fanns det totalt i Skåne 2023?", engine.new_conversation())
    assert a.answered and any(abs(f.value - 120207) < 0.5 for f in a.figures), a.answer


def test_a_register_s_municipality_written_four_ways_is_one_place(tmp_path):
    # F204-05: "Landskrona kommun", "Landskrona stad" and "Eslövs kommun" had not been counted with
    # "Landskrona" and "Eslöv" (22 rows of 48)
    from tests.kb import engine_over

    rows = ["DeltagarID,Kommun,Kön,Insatser"]
    names = ["Landskrona"] * 3 + ["Landskrona kommun"] * 4 + ["Landskrona stad"] * 2 + ["LANDSKRONA"] + ["Eslöv"] * 2 + ["Eslövs kommun"] * 3 + ["Malmö stad"] * 5
    for k, name in enumerate(names):
        rows.append(f"JS-{1000 + k},{name},{'Kvinna' if k % 2 else 'Man'},Jobbcoachning")
    engine = engine_over(tmp_path, {"deltagarregister_jobbsteget_2024.csv": "\n".join(rows) + "\n"})
    a = engine.ask("hur många deltagare från landskrona finns i registret?", engine.new_conversation())
    assert a.answered and any(f.value == 10 for f in a.figures), a.answer
    b = engine.ask("hur många deltagare från Eslöv?", engine.new_conversation())
    assert b.answered and any(f.value == 5 for f in b.figures), b.answer


def test_rows_pasted_twice_count_once():
    # F204-06: two AF exports pasted together had June's rows twice, and a year's monthly mean
    # for Landskrona counted June double
    from ingest.stats_io import _pasted_twice

    rows = [["2024-05", "1282", "Landskrona", 2700], ["2024-06", "1282", "Landskrona", 2800], ["2024-06", "1283", "Helsingborg", 5100]]
    assert _pasted_twice(rows + [list(rows[1]), list(rows[2])]) == {3, 4}
    # (rows alike in their words but not their figures are no copies; a single repeat is no paste)
    assert _pasted_twice(rows + [["2024-06", "1282", "Landskrona", 2900]]) == set()
    assert _pasted_twice(rows + [list(rows[1])]) == set()
    # (labels written once over their rows, to be carried down, make rows look alike)
    assert _pasted_twice([["Körsbär", "Antal", 3], [None, "Areal", 2], [None, "Areal", 2], [None, "Areal", 2]]) == set()


_SCHOOL = (
    "Elever i årskurs 9 – behörighet till yrkesprogram\n\n"
    "Kommun;Antal elever åk 9 2023/24;Andel behöriga till yrkesprogram 2023/24;Antal elever åk 9 2022/23;"
    "Andel behöriga till yrkesprogram 2022/23;Genomsnittligt meritvärde (17 ämnen) 2023/24\n"
    "Bjuv;197;81,2;195;82,6;210,4\n"
    "Lund;800;88,8;790;90,8;240,1\n"
    "Ystad;300;86,2;310;88,4;230,0\n"
    "Malmö;3000;80,4;2900;80,0;215,0\n"
    "Helsingborg;1600;84,3;1580;86,8;221,0\n"
    "Skåne län;15000;85,1;14800;85,3;225,0\n"
)


def test_a_school_year_in_a_header_is_the_year_it_starts():
    from ingest.swedish import school_year_starts, school_years, years_in

    assert years_in("Andel behöriga 2023/24") == [2023] and years_in("Budget 2023/2024") == [2023]
    assert years_in("Gästnätter 2024") == [2024] and years_in("2020/2023") == [] and years_in("Antal 23/24") == []
    assert school_years("läsåret 23/24 och 2024/25") == {(2023, 24), (2024, 25)} and school_years("3/4") == set()
    assert school_year_starts("Andel 2022/23, andel 23/24") == [2022]


def test_the_school_year_asked_is_its_column_and_the_latest_is_the_newest(tmp_path):
    # F204-04/13/18: "läsåret 23/24", "senaste läsåret" and "mellan 22/23 och 23/24" had all been
    # read at the first column, 2022/23 (a school year named no year of a header)
    from tests.kb import engine_over

    engine = engine_over(tmp_path, {"behorighet.csv": _SCHOOL})
    a = engine.ask("hur många kommuner hade under 85 % behöriga till yrkesprogram läsåret 23/24?", engine.new_conversation())
    assert a.answered and "2023/24" in a.reading and any(f.value == 3 for f in a.figures), a.answer
    b = engine.ask("behörighet yrkesprogram i Bjuv senaste läsåret?", engine.new_conversation())
    assert b.answered and any(f.value == 81.2 for f in b.figures) and not any(f.value == 82.6 for f in b.figures), b.answer
    c = engine.ask("vilka tre kommuner tappade mest i behörighet till yrkesprogram mellan 22/23 och 23/24?", engine.new_conversation())
    assert c.answered and "Helsingborg" in c.answer and any(abs(f.value + 2.5) < 1e-9 for f in c.figures), c.answer
    # (a change between two shares is said in percentage points)
    assert "−2,5 procentenheter" in c.answer, c.answer


def test_a_rate_named_with_a_year_asks_for_its_figure():
    # F204-03: "förvärvsfrekvensen i lund 2023?" had been answered with a report table's header
    # line ("Förvärvsfrekvens utrikes födda 2023 % …"), no figure, as if it were the answer: a rate
    # and a year asked alone want the figure, held to the bar of a figure asked
    from assistant.documents.kinds import wanted

    assert wanted("förvärvsfrekvensen i lund 2023?").wants("number")
    assert wanted("arbetslösheten i Lund 2023?").wants("number")
    assert not wanted("varför ökade arbetslösheten i Lund 2023?").wants("number")
    assert not wanted("när öppnar noden i Hova 2026?").wants("number")
    assert not wanted("projektplanen för 2026?").wants("number")


def test_cases_of_two_places_asked_respectively_are_counted_each(tmp_path):
    # F204-05: "hur många deltagare från landskrona resp. eslöv …?" had added the two up (48)
    from tests.kb import engine_over

    rows = ["DeltagarID,Kommun,Kön,Insatser"] + [
        f"JS-{1000 + k},{'Landskrona' if k < 7 else 'Eslöv' if k < 11 else 'Malmö'},{'Kvinna' if k % 2 else 'Man'},Jobbcoachning"
        for k in range(15)
    ]
    engine = engine_over(tmp_path, {"deltagarregister_jobbsteget_2024.csv": "\n".join(rows) + "\n"})
    a = engine.ask("hur många deltagare från landskrona resp. eslöv finns i registret?", engine.new_conversation())
    values = [f.value for f in a.figures]
    assert a.answered and 7 in values and 4 in values and 11 not in values, a.answer
    # ("och" may ask for the two together: as before)
    b = engine.ask("hur många deltagare från landskrona och eslöv finns i registret?", engine.new_conversation())
    assert b.answered and any(f.value == 11 for f in b.figures), b.answer
