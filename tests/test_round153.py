"""The engine on small exports of the shapes round 153 found (fake embedder, seconds each)."""
from __future__ import annotations

from tests.test_engine_places import _engine_writing

_PLACES = ("Karlshamn", "Karlskrona", "Olofström", "Blekinge län")


def _vab_weeks(kb) -> None:
    """FK's VAB per ISO week: "Antal mottagare" merged over the municipalities and the county,
    then "Nettodagar" over the same places; weeks of two years as rows."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Vecka"
    ws.append(["VAB per ersättningsvecka – Blekinge län och kommuner"])
    ws.append([])
    ws.append(["Vecka", "Antal mottagare", None, None, None, "Nettodagar", None, None, None])
    ws.merge_cells("B3:E3")
    ws.merge_cells("F3:I3")
    ws.append([None, *_PLACES, *_PLACES])
    for year, shift in (("2025", 0), ("2026", 40)):
        for week in range(5, 9):
            people = [100 + week + shift, 200 + week, 50 + week]
            days = [2 * x for x in people]
            ws.append([f"{year}V{week:02d}", *people, sum(people), *days, sum(days)])
    wb.save(kb / "vab_vecka.xlsx")


def test_blocks_of_places_under_each_measure_are_one_row_per_place(tmp_path, monkeypatch):
    # round 153: "Antal mottagare, Blekinge län" as a column had not been found for "i länet"
    # (F153-15 refused: "har inga siffror för länet")
    engine = _engine_writing(tmp_path, monkeypatch, _vab_weeks)
    table = next(t for t in engine.snapshot.tables if t.document == "vab_vecka.xlsx")
    assert {c.name for c in table.columns if c.role == "value"} == {"Antal mottagare", "Nettodagar"}, table.columns
    frame = table.frame
    assert set(frame[table.label_column]) == set(_PLACES), table.label_column
    county = frame[frame[table.label_column] == "Blekinge län"]
    assert len(county) == 8 and county["Antal mottagare"].iloc[0] == 105 + 205 + 55
    a = engine.ask("antal mottagare av vab i länet vecka 7 2026?", engine.new_conversation())
    assert a.answered and [f.value for f in a.figures] == [147 + 207 + 57], a.answer


def test_a_yearless_week_of_last_year_and_compared_with_this_year(tmp_path, monkeypatch):
    # round 153: "vecka 7 i år jämfört med vecka 7 förra året" had read this year's week only
    engine = _engine_writing(tmp_path, monkeypatch, _vab_weeks)
    a = engine.ask("antal mottagare av vab i Karlshamn vecka 7 förra året", engine.new_conversation())
    assert a.answered and [f.value for f in a.figures if not f.is_total] == [107], a.answer
    b = engine.ask("antal mottagare av vab i Karlshamn vecka 7 i år jämfört med vecka 7 förra året", engine.new_conversation())
    shown = [f.value for f in b.figures] if b.answered else []
    assert (b.answered and {107, 147, 40} <= set(shown)) or (
        not b.answered and "2025V07 till 2026V07" in (b.alternatives or [""])[0]
    ), (b.answer, b.alternatives)


def test_the_urban_areas_in_a_municipality_are_its_rows_not_the_area_of_its_name(tmp_path, monkeypatch):
    # round 153: "i tätorterna i Ronneby kommun" had read the urban area Ronneby alone (F153-05:
    # 12 887 for 22 049)
    from tests.test_engine_places import _engine_of

    csv = (
        "Tätorter i Blekinge län 2023. Folkmängd\nTätortskod,Tätort,Kommun,Folkmängd 31 dec 2023\n"
        "T4600,Ronneby,Ronneby,12887\nT4500,Karlskrona,Karlskrona,36904\nT4610,Kallinge,Ronneby,4812\n"
        "T4529,Karlshamn,Karlshamn,20213\nT4620,Bräkne-Hoby,Ronneby,1748\nT4510,Nättraby,Karlskrona,3100\n"
    )
    engine = _engine_of(tmp_path, monkeypatch, {"tatorter.csv": csv})
    a = engine.ask("Hur många invånare bor i tätorterna i Ronneby kommun?", engine.new_conversation())
    # (the municipality's three areas, added up or listed – never the area Ronneby alone)
    shown = sorted(f.value for f in a.figures if not f.is_total)
    assert a.answered and shown in ([12887 + 4812 + 1748], [1748, 4812, 12887]), a.answer
    b = engine.ask("Hur många bor i tätorten Ronneby?", engine.new_conversation())
    assert b.answered and [f.value for f in b.figures] == [12887], b.answer
