"""Round 210 (statistics, Jämtland): grants typed as text in several units of kronor ("1,2 mnkr",
"850 tkr", "475 000:-", "340 000 SEK") – summed as written they had been 2 013,7."""
from __future__ import annotations

from ingest.numbers import parse_number
from ingest.pipeline import load_file

_GRANTS = (
    "Diarienr;Projektnamn;Kommun;Beslutsår;Beviljat belopp\n"
    "2022-00112;Fjällnära innovationshubb;Krokom;2022;1,2 mnkr\n"
    "2022-00147;Besöksnäring året runt;Åre;2022;850 tkr\n"
    "2022-00163;Kompetenslyft vård;Östersund;2022;640 000 kr\n"
    "2022-00178;Bredband Hammarstrand;Ragunda;2022;2 Mkr\n"
    "2022-00190;Kulturhus Sveg;Härjedalen;2022;300 tkr\n"
    "2022-00201;Lokal mat i Berg;Berg;2022;475 000:-\n"
    "2023-00215;Funäsdalsfjällen sommar;Härjedalen;2023;2,2 mnkr\n"
    "2023-00230;Vinterturism Vemdalen;Härjedalen;2023;340 000 SEK\n"
)


def test_whole_kronor_with_a_colon_and_dash_are_kronor():
    assert parse_number("475 000:-").value == 475000 and parse_number("475 000:-").unit == "kr"
    assert parse_number("12 000,-").unit == "kr"
    # (… while a ledger's minus after its decimals stays a minus)
    assert parse_number("8 015,00-").value == -8015.0


def test_amounts_typed_in_several_units_of_kronor_are_each_read_in_kronor(tmp_path):
    path = tmp_path / "utvecklingsmedel.csv"
    path.write_text(_GRANTS, encoding="utf-8")
    t = load_file(path, tmp_path).tables[0]
    amounts = dict(zip(t.frame["Diarienr"], t.frame["Beviljat belopp"]))
    assert amounts["2022-00112"] == 1_200_000 and amounts["2022-00147"] == 850_000 and amounts["2022-00201"] == 475_000
    assert amounts["2023-00215"] == 2_200_000  # (not 2 200 000,0000000005)
    assert t.column("Beviljat belopp").unit == "kr"


def test_the_sum_of_amounts_in_several_units_is_in_kronor(tmp_path):
    from tests.kb import engine_over

    engine = engine_over(tmp_path, {"utvecklingsmedel.csv": _GRANTS})
    a = engine.ask("Hur mycket utvecklingsmedel har beviljats till projekt i Härjedalen 2022–2023 sammanlagt?", engine.new_conversation())
    assert a.answered and [f.value for f in a.figures] == [2_840_000], a.answer
    assert "2 840 000 kr" in a.answer, a.answer


def test_a_bare_figure_among_amounts_in_several_units_is_no_figure(tmp_path):
    # ("640 000" beside "1,2 mnkr" and "850 tkr": its unit unknown, no sum of the column is right)
    path = tmp_path / "utvecklingsmedel.csv"
    path.write_text(_GRANTS.replace("640 000 kr", "640 000"), encoding="utf-8")
    r = load_file(path, tmp_path)
    assert all("Beviljat belopp" not in [c.name for c in t.value_columns] for t in r.tables)


def _notices() -> str:
    rows = ["Inkom;Arbetsgivare;Kommun;Bransch;Antal berörda"]
    data = [
        ("2024-11-28", "Z-Handel AB", "Östersund", "Handel", 11), ("2024-10-16", "Bemanning AB", "Östersund", "Stödtjänster", 27),
        ("2024-05-08", "Storsjö Logistik AB", "Östersund", "Transport", 21), ("2024-02-14", "Frösö Bygg AB", "Östersund", "Bygg", 9),
        ("2024-08-19", "Vemdalen Lift AB", "Härjedalen", "Kultur", 12), ("2024-04-02", "Fjällhotellen AB", "Åre", "Hotell", 42),
        ("2023-11-20", "Storsjö Logistik AB", "Östersund", "Transport", 30), ("2023-09-11", "Kälarne Åkeri AB", "Bräcke", "Transport", 5),
        ("2023-06-01", "Bemanning AB", "Östersund", "Stödtjänster", 14), ("2023-03-15", "Åre Event AB", "Åre", "Kultur", 6),
    ]
    rows += [f"{d};{a};{k};{b};{n}" for d, a, k, b, n in data]
    return "\n".join(rows) + "\n"


def test_people_said_to_be_affected_are_no_narrower_measure_than_those_affected(tmp_path):
    # F210-18: "Hur många personer berördes av varsel i Östersund under 2024?" had been refused –
    # "inga siffror för ”personer berördes”, bara för ”Antal berörda”": the people counted are
    # who the column counts, not another measure
    from tests.kb import engine_over

    engine = engine_over(tmp_path, {"varsel.csv": _notices()})
    a = engine.ask("Hur många personer berördes av varsel i Östersund under 2024?", engine.new_conversation())
    # (the notices of Östersund in 2024, each with its people – 68 in all)
    assert a.answered and sorted(f.value for f in a.figures) in ([68], [9, 11, 21, 27]), a.answer


def _monthly() -> str:
    rows = ["Kommunkod,Kommun,Månad,Antal inskrivna arbetslösa"]
    base = {"Åre": 300, "Krokom": 320, "Östersund": 1900, "Berg": 200}
    codes = {"Åre": "2321", "Krokom": "2309", "Östersund": "2380", "Berg": "2326"}
    for year in (2022, 2023, 2024):
        for month in range(1, 13):
            for name, b in base.items():
                rows.append(f"{codes[name]},{name},{year}M{month:02d},{b + (year - 2022) * 20 + month}")
    return "\n".join(rows) + "\n"


def test_a_follow_up_compared_with_the_same_month_a_year_earlier_is_the_same_rows_change(tmp_path):
    # F210-03: "och jämfört med oktober året innan då?" after Åre's figure for October 2024 had
    # listed every municipality's October 2024 – the row and the year before were both lost
    from tests.kb import engine_over

    engine = engine_over(tmp_path, {"af_arbetslosa.csv": _monthly()})
    conv = engine.new_conversation()
    a = engine.ask("Hur många var inskrivna som arbetslösa i Åre i oktober 2024?", conv)
    assert [f.value for f in a.figures] == [350], a.answer
    b = engine.ask("och jämfört med oktober året innan då?", conv)
    assert b.answered and "2023M10" in b.reading and "2024M10" in b.reading and "Åre" in b.reading, b.reading
    assert {f.value for f in b.figures} >= {330, 350} and "Krokom" not in b.answer, b.answer
