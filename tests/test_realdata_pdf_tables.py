"""Every table in the real Alingsås PDFs (../shared/realdata/pdf), with its caption, pages,
columns and units and one cell, each checked by reading the page itself.

The tables are of the kinds municipal reports print: chart data tables with their school
years above the ruling, tables drawn inside a form with a hair of rotation (the budget
follow-up, the place plan), a rotated group name up their side, counts with their share in
brackets, title and note rows, a table continued on the next page, a table of FTEs and a
share by year, and vote lists. Documents with no statistics table (the audit report, the
2018 minutes) must give none.
"""
from __future__ import annotations

from typing import NamedTuple

import pytest

from ingest.pipeline import load_file
from ingest.swedish import period_key

from .conftest import REALDATA

PDF_DIR = REALDATA / "pdf"
pytestmark = [pytest.mark.skipif(not PDF_DIR.is_dir(), reason="realdata saknas"), pytest.mark.slow]


class T(NamedTuple):
    caption: str
    pages: tuple[int, ...]
    columns: list[str]  # the label column first where it is first
    units: dict[str, str | None]  # value column → unit
    where: dict[str, str]  # one row, by its text columns
    column: str
    raw: str  # the cell as printed


PERIODS = ["21/22", "22/23", "23/24", "24/25", "25/26"]
YEARS = ["2021", "2022", "2023", "2024", "2025"]
FORECAST = ["26/27", "27/28", "28/29", "29/30", "30/31", "31/32", "32/33", "33/34", "34/35", "35/36"]
MELTED = {"Värde": "%"}

EXPECTED: dict[str, list[T]] = {
    "alingsas_bun_ekonomisk_uppfoljning_maj_2026.pdf": [
        T(
            "Ekonomisk uppföljning maj Barn- och ungdomsnämnden",
            (1,),
            ["Belopp i tkr", "Budget 2026", "Prognos helår 2026", "Avv. prognos/ budget 2026"],
            {"Budget 2026": "tkr", "Prognos helår 2026": "tkr", "Avv. prognos/ budget 2026": "tkr"},
            {"Belopp i tkr": "Personalkostnader"},
            "Prognos helår 2026",
            "-709 944",
        ),
        T(
            "Kommentarer per huvudverksamhet",
            (2,),
            ["Grupp", "Belopp i tkr", "Budget 2026", "Prognos 2026", "Avvikelse 2026"],
            {"Budget 2026": "tkr", "Prognos 2026": "tkr", "Avvikelse 2026": "tkr"},
            {"Grupp": "Kostnader", "Belopp i tkr": "Förskola"},
            "Prognos 2026",
            "-389 855",
        ),
        T(
            "Prognos antal barn och elever",
            (3,),
            ["Planeringstal barn och elever, antal", "Budget 2026", "Prognos 2026", "Avvikelse 2026"],
            {"Budget 2026": "antal", "Prognos 2026": "antal", "Avvikelse 2026": "antal"},
            {"Planeringstal barn och elever, antal": "Grundskola åk 1 till 9"},
            "Avvikelse 2026",
            "-91",
        ),
    ],
    "alingsas_bun_kompetensforsorjningsplan_2026.pdf": [
        T(
            "Andelen legitimerade förskollärare i förskola",
            (7,),
            ["Grupp", "Period", "Värde"],
            MELTED,
            {"Grupp": "Alingsås kommunala förskolor", "Period": "25/26"},
            "Värde",
            "57%",
        ),
        T(
            "3.1.2 Sammansättning yrkesroller i förskolan",
            (8,),
            [
                "April 2026", "Antal förskollärare", "Andel förskollärare", "Antal barnskötare", "Andel barnskötare",
                "Antal förskoleassistenter", "Andel förskoleassistenter",
            ],
            {
                "Antal förskollärare": "antal", "Andel förskollärare": "%", "Antal barnskötare": "antal",
                "Andel barnskötare": "%", "Antal förskoleassistenter": "antal", "Andel förskoleassistenter": "%",
            },
            {"April 2026": "Team Södra"},
            "Andel förskollärare",
            "63%",
        ),
        T(
            "Anställda förskollärare inom förskola (månadsavlönade), utan legitimation",
            (8, 9),
            [
                "Data april 2026 (Alingsås kommun)", "Total andel av förskollärarna", "Totalt antal",
                "Anställda obehörig enligt skollagen", "Övriga visstidsanställda", "Anställda tillsvidare",
            ],
            {
                "Total andel av förskollärarna": "%", "Totalt antal": "antal", "Anställda obehörig enligt skollagen": None,
                "Övriga visstidsanställda": None, "Anställda tillsvidare": None,
            },
            {"Data april 2026 (Alingsås kommun)": "Team Sydväst"},  # on the second page
            "Total andel av förskollärarna",
            "3,3%",
        ),
        T(
            "Andelen årsarbetare i fritidshem med pedagogisk högskoleexamen",
            (10,),
            ["Grupp", "Period", "Värde"],
            MELTED,
            {"Grupp": "Alingsås kommunala fritidshem", "Period": "24/25"},
            "Värde",
            "38%",
        ),
        T(
            "3.2.2 Sammansättning yrkesroller i fritidshemmet",
            (11,),
            [
                "Data april 2026", "Lärare i fritidshem, antal", "Lärare i fritidshem, andel",
                "Lärare i fritidshem, obehörig, antal", "Lärare i fritidshem, obehörig, andel",
                "Pedagog i fritidshem, antal", "Pedagog i fritidshem, andel", "Fritidassistent, antal",
                "Fritidassistent, andel",
            ],
            {
                "Lärare i fritidshem, antal": "antal", "Lärare i fritidshem, andel": "%",
                "Lärare i fritidshem, obehörig, antal": "antal", "Lärare i fritidshem, obehörig, andel": "%",
                "Pedagog i fritidshem, antal": "antal", "Pedagog i fritidshem, andel": "%",
                "Fritidassistent, antal": "antal", "Fritidassistent, andel": "%",
            },
            {"Data april 2026": "Team Nordost"},
            "Pedagog i fritidshem, antal",
            "6",
        ),
        T(
            "Andel av undervisningen som genomförts av lärare med legitimation och behörighet i ämnet"
            " – Grundskolan åk 1-9",
            (12,),
            ["Grupp", "Period", "Värde"],
            MELTED,
            {"Grupp": "Riket Grundskola", "Period": "23/24"},
            "Värde",
            "71,5%",
        ),
        T(
            "Andelen av undervisningen som genomförts av lärare med legitimation och behörighet i ämnet, engelska,"
            " matematik, svenska och svenska som andra språk",
            (13,),
            ["Grupp", "Period", "Värde"],
            MELTED,
            {"Grupp": "Legitimation och behörighet i svenska som andraspråk", "Period": "25/26"},
            "Värde",
            "79,8%",
        ),
        T(
            "Anställda lärare i grundskolan (månadsavlönade), utan legitimation",
            (14,),
            [
                "Data april 2026 (Alingsås kommun)", "Total andel i teamet", "Totalt antal",
                "Anställda obehörig enligt skollagen", "Övriga visstidsanställda", "Anställda tills vidare",
            ],
            {
                "Total andel i teamet": "%", "Totalt antal": "antal", "Anställda obehörig enligt skollagen": None,
                "Övriga visstidsanställda": None, "Anställda tills vidare": None,
            },
            {"Data april 2026 (Alingsås kommun)": "Team centrum"},
            "Anställda obehörig enligt skollagen",
            "11",
        ),
        T(
            "Lärare med pedagogisk högskoleexamen, andel (%) – Anpassade Grundskolan åk 1-9, kommunal regi",
            (16,),
            ["Grupp", "Period", "Värde"],
            MELTED,
            {"Grupp": "Alingsås Anpassade Grundskolor (kommunal)", "Period": "24/25"},
            "Värde",
            "99,4%",
        ),
        T(
            "3.5.1 Utbildning och år som chef",
            (17,),
            ["Antal år som rektor (per maj 2026)", "Antal rektorer"],
            {"Antal rektorer": "antal"},
            {"Antal år som rektor (per maj 2026)": "2-5 år"},
            "Antal rektorer",
            "11",
        ),
        T(
            "3.7. Visstidsanställda och timavlönade",
            (18,),
            [
                "Period", "Utförd tid av timavlönade* (omräknad till antal årsarbetare)",
                "Totalt antal årsarbetare (tills vidare och visstidsanställda)", "Andel timavlönade",
            ],
            {
                "Utförd tid av timavlönade* (omräknad till antal årsarbetare)": "årsarbetare",
                "Totalt antal årsarbetare (tills vidare och visstidsanställda)": "årsarbetare",
                "Andel timavlönade": "%",
            },
            {"Period": "2024"},
            "Totalt antal årsarbetare (tills vidare och visstidsanställda)",
            "1087",
        ),
        T(
            "Personalomsättning extern i procent – (tillsvidareanställda, inkl. pensionsavgångar)",
            (19,),
            ["Grupp", "Period", "Värde"],
            MELTED,
            {"Grupp": "Elevassistenter", "Period": "2022"},
            "Värde",
            "23,47%",
        ),
        T(
            "Personalomsättning extern i procent (tillsvidareanställda) i ett urval av verksamheter och"
            " yrkesgrupper, 2025 GR. (exkl. pensionsavgångar)",
            (20,),
            ["Grupp", "Barnskötare", "Förskollärare", "Grundskollärare", "Anställda tv., hela kommunen", "Chefer i kommunen"],
            {
                "Barnskötare": "%", "Förskollärare": "%", "Grundskollärare": "%", "Anställda tv., hela kommunen": "%",
                "Chefer i kommunen": "%",
            },
            {"Grupp": "Alingsås"},
            "Chefer i kommunen",
            "10,6",
        ),
        T(
            "4.1.1 Avgångdestination",
            (21,),
            ["Externa avgångar", "Period", "Värde"],
            {"Värde": "antal"},
            {"Externa avgångar": "Därav annan kommun", "Period": "2024"},
            "Värde",
            "54",
        ),
        T(
            "4.3. Behov av pedagogisk personal",
            (22,),
            ["Personalkategori", "Period", "Värde"],
            {"Värde": None},
            {"Personalkategori": "Lärare grundskola F-9", "Period": "2029"},
            "Värde",
            "216",
        ),
    ],
    "alingsas_bun_lokalforsorjningsplan_2026-2031.pdf": [
        T(
            "2.1. Befolkningsprognos förskola 2026-2036 – Alingsås kommun förskolor",
            (8,),
            ["Antal barn", "Period", "Värde"],
            {"Värde": "antal"},
            {"Antal barn": "BEHOV VT", "Period": "26/27"},
            "Värde",
            "1680",
        ),
        T(
            "2.2. Befolkningsprognos grundskola – Alingsås kommun F-9",
            (9,),
            ["Antal elever", "Period", "Värde"],
            {"Värde": "antal"},
            {"Antal elever": "BEHOV 4-6", "Period": "28/29"},
            "Värde",
            "1499",
        ),
        T(
            "3.1.1 Förskola – NORRA - förskolor",
            (10,),
            ["Antal barn", "Period", "Värde"],
            {"Värde": "antal"},
            {"Antal barn": "ÖVERKAPACITET", "Period": "29/30"},
            "Värde",
            "48",
        ),
        T(
            "3.1.2 Grundskola – NORRA - Skolor",
            (11,),
            ["Antal elever", "Period", "Värde"],
            {"Värde": "antal"},
            {"Antal elever": "BEHOV 7-9", "Period": "26/27"},
            "Värde",
            "133",
        ),
        T(
            "3.2.1 Förskola – Långareds förskola",
            (11,),
            ["Antal barn", "Period", "Värde"],
            {"Värde": "antal"},
            {"Antal barn": "BEHOV VT", "Period": "26/27"},
            "Värde",
            "69",
        ),
        T(
            "3.3.1 Förskola – SÖDRA - förskolor",
            (12,),
            ["Antal barn", "Period", "Värde"],
            {"Värde": "antal"},
            {"Antal barn": "LOKALKAPACITET", "Period": "28/29"},
            "Värde",
            "560",
        ),
        T(
            "3.3.2 Grundskola – SÖDRA - Skolor",
            (13,),
            ["Södra", "Period", "Värde"],
            {"Värde": None},
            {"Södra": "Åk 4-6", "Period": "29/30"},
            "Värde",
            "369",
        ),
        T(  # the second table inside the same ruling, under its own header row
            "3.3.2 Grundskola – SÖDRA - Skolor",
            (13,),
            ["Antal elever", "Period", "Värde"],
            {"Värde": "antal"},
            {"Antal elever": "Åk 8", "Period": "28/29"},
            "Värde",
            "71",
        ),
        T(
            "3.4.1 Förskola – Förskolor - Alingsås tätort",
            (14,),
            ["Antal barn", "Period", "Värde"],
            {"Värde": "antal"},
            {"Antal barn": "4-5 år", "Period": "26/27"},
            "Värde",
            "362",
        ),
        T(
            "3.4.2 Grundskola årskurs F till 6",
            (15,),
            ["Alingsås tätort F-6", "Period", "Värde"],
            {"Värde": None},
            {"Alingsås tätort F-6": "Åk4-6", "Period": "27/28"},
            "Värde",
            "929",
        ),
        T(
            "3.4.3 Grundskola årskurs 7 till 9 – Skolor i tätorten 7-9",
            (16,),
            ["Antal elever", "Period", "Värde"],
            {"Värde": "antal"},
            {"Antal elever": "ÖVERKAPACITET", "Period": "35/36"},
            "Värde",
            "327",
        ),
    ],
    "alingsas_bun_protokoll_2018-01-30.pdf": [],
    "alingsas_bun_protokoll_2026-06-16.pdf": [
        T(
            "Voteringslist(or) – Omröstning angående återremiss",
            (12,),
            ["Ledamot", "Ja", "Nej", "Avstår"],
            {"Ja": None, "Nej": None, "Avstår": None},
            {"Ledamot": "Resultat"},
            "Nej",
            "7",
        ),
        T(
            "Voteringslist(or) – Omröstning rörande tilläggsförslag från Heidi Hankanen Ängbergs (C)",
            (16,),
            ["Ledamot", "Ja", "Nej", "Avstår"],
            {"Ja": None, "Nej": None, "Avstår": None},
            {"Ledamot": "Heidi Hankanen Ängberg (C), ledamot"},
            "Ja",
            "X",
        ),
    ],
    "alingsas_granskningsrapport_uppfoljning_2023.pdf": [],
}


@pytest.fixture(scope="module")
def loaded():
    return {p.name: load_file(p, PDF_DIR) for p in sorted(PDF_DIR.glob("*.pdf"))}


def _parts(res):
    return [t for t in res.tables if not t.source_tables]


def _cell(t, where: dict[str, str], column: str) -> str:
    rows = t.frame.index
    for name, value in where.items():
        rows = [i for i in rows if t.frame.at[i, name] == value]
    assert len(rows) == 1, (t.caption, where, rows)
    return t.raw.at[rows[0], column]


def test_every_document_has_exactly_the_expected_tables(loaded):
    assert set(loaded) == set(EXPECTED)
    for name, expected in EXPECTED.items():
        got = [(t.caption, t.pages) for t in _parts(loaded[name])]
        assert got == [(e.caption, e.pages) for e in expected], name


@pytest.mark.parametrize(
    "name, k", [(name, k) for name, tables in EXPECTED.items() for k in range(len(tables))]
)
def test_table_columns_units_and_one_cell(loaded, name, k):
    e = EXPECTED[name][k]
    t = _parts(loaded[name])[k]
    assert [c.name for c in t.columns] == e.columns
    assert {c.name: c.unit for c in t.value_columns} == e.units
    assert _cell(t, e.where, e.column) == e.raw


def _table(loaded, name: str, caption: str):
    return next(t for t in _parts(loaded[name]) if t.caption == caption)


def test_school_year_headers_are_a_period_dimension_whose_latest_is_last(loaded):
    # The old reader took "21/22 22/23 …" for a caption and named the columns "Kolumn 2…",
    # so a question about 25/26 was answered with the 21/22 figure.
    t = _table(loaded, "alingsas_bun_kompetensforsorjningsplan_2026.pdf", "Andelen legitimerade förskollärare i förskola")
    assert t.column("Period").role == "dimension"
    periods = list(dict.fromkeys(t.frame["Period"]))
    assert periods == PERIODS and max(periods, key=period_key) == "25/26"
    rows = t.frame[t.frame["Grupp"] == "Alingsås kommunala förskolor"]
    assert dict(zip(rows["Period"], rows["Värde"])) == {"21/22": 51, "22/23": 55, "23/24": 54, "24/25": 57, "25/26": 57}
    assert set(t.frame.loc[list(t.total_rows), "Grupp"]) == {"Riket"}


def test_forecast_years_of_the_place_plan_are_periods(loaded):
    for t in _parts(loaded["alingsas_bun_lokalforsorjningsplan_2026-2031.pdf"]):
        assert list(dict.fromkeys(t.frame["Period"])) == FORECAST, t.caption


def test_fte_counts_are_not_percentages(loaded):
    t = _table(loaded, "alingsas_bun_kompetensforsorjningsplan_2026.pdf", "3.7. Visstidsanställda och timavlönade")
    assert list(t.frame["Period"]) == YEARS
    fte = t.column("Totalt antal årsarbetare (tills vidare och visstidsanställda)")
    assert fte.unit == "årsarbetare"
    assert list(t.frame[fte.name]) == [1154, 1160, 1150, 1087, 1152]
    assert list(t.frame["Andel timavlönade"]) == [5.2, 5.0, 5.5, 4.4, 4.4]


def test_a_count_with_its_share_in_brackets_keeps_both_numbers(loaded):
    t = _table(loaded, "alingsas_bun_kompetensforsorjningsplan_2026.pdf", "3.1.2 Sammansättning yrkesroller i förskolan")
    row = t.frame[t.frame["April 2026"] == "Totalt"].iloc[0]
    assert (row["Antal förskollärare"], row["Andel förskollärare"]) == (189, 58)
    assert t.frame.loc[list(t.total_rows), "April 2026"].tolist() == ["Totalt"]


def test_votes_are_counted_and_the_result_row_is_a_total(loaded):
    t = _table(loaded, "alingsas_bun_protokoll_2026-06-16.pdf", "Voteringslist(or) – Omröstning angående återremiss")
    members = t.frame.drop(index=list(t.total_rows))
    assert len(members) == 13
    assert (members["Ja"].sum(), members["Nej"].sum(), members["Avstår"].sum()) == (6, 7, 0)
    result = t.frame.loc[list(t.total_rows)].iloc[0]
    assert result["Ledamot"] == "Resultat" and (result["Ja"], result["Nej"]) == (6, 7)


def test_table_rows_leave_the_running_text(loaded):
    text = "\n".join(c.text for c in loaded["alingsas_bun_lokalforsorjningsplan_2026-2031.pdf"].chunks)
    assert "LOKALKAPACITET" not in text and "1680 1617" not in text
    assert "1 680 platser våren 2026" in text  # the sentence about the table stays
    text = "\n".join(c.text for c in loaded["alingsas_bun_kompetensforsorjningsplan_2026.pdf"].chunks)
    assert "10% 20% 30%" not in text  # a chart's axis labels go with its data table


def test_document_facts(loaded):
    facts = {
        name: (r.document.title, r.document.author, r.document.organisation, r.document.date)
        for name, r in loaded.items()
    }
    assert facts == {
        "alingsas_bun_ekonomisk_uppfoljning_maj_2026.pdf": (
            "Ekonomisk uppföljning maj", "Lisa Forsaeus", "Barn- och ungdomsnämnden", "2026-06-02"
        ),
        "alingsas_bun_kompetensforsorjningsplan_2026.pdf": (
            "Kompetensförsörjningsplan", "Karin Berg", "Barn- och ungdomsnämnden", "2026-06-16"
        ),
        "alingsas_bun_lokalforsorjningsplan_2026-2031.pdf": (
            "Lokalförsörjningsplan 2026-2031", "Christian Jerhov", "Barn- och ungdomsnämnden", "2026-06-16"
        ),
        "alingsas_bun_protokoll_2018-01-30.pdf": ("Protokoll", "", "Barn- och ungdomsnämnden", "2018-01-30"),
        "alingsas_bun_protokoll_2026-06-16.pdf": ("Protokoll", "", "Barn- och ungdomsnämnden", "2026-06-16"),
        "alingsas_granskningsrapport_uppfoljning_2023.pdf": (
            "Uppföljning av tidigare granskningar (2023)", "Liz Gard", "Alingsås kommun", "2026-03-24"
        ),
    }
