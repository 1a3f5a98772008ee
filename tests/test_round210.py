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


def _tertials() -> str:
    head = "Kommun;Kommunkod;2023 T1 jan–apr;2023 T2 jan–aug;2023 T3 jan–dec;2024 T1 jan–apr;2024 T2 jan–aug;2024 T3 jan–dec;" \
        "Förändring helår 2024 mot 2023, antal;Förändring helår 2024 mot 2023, %"
    rows = [
        ("Ragunda", "2303", 118, 205, 309, 112, 203, 302, "(7)", "(2,3 %)"),
        ("Bräcke", "2305", 131, 229, 351, 139, 243, 361, "10", "2,8 %"),
        ("Krokom", "2309", 342, 593, 911, 329, 595, 896, "(15)", "(1,6 %)"),
        ("Strömsund", "2313", 247, 423, 654, 238, 407, 633, "(21)", "(3,2 %)"),
        ("Berg", "2326", 160, 280, 430, 150, 270, 414, "(16)", "(3,7 %)"),
        ("Östersund", "2380", 1500, 2600, 3700, 1480, 2560, 3645, "(55)", "(1,5 %)"),
        ("Jämtlands län", "23", 2498, 4330, 6355, 2448, 4278, 6251, "(104)", "(1,6 %)"),
    ]
    return "\n".join([head, *(";".join(map(str, r)) for r in rows)]) + "\n"


def test_figures_in_brackets_with_a_percent_sign_are_negative_percentages(tmp_path):
    path = tmp_path / "sjukfall.csv"
    path.write_text(_tertials(), encoding="utf-8")
    f = load_file(path, tmp_path).tables[0].frame
    by = dict(zip(f["Kommun"], f["Förändring helår 2024 mot 2023, %"]))
    assert by["Berg"] == -3.7 and by["Bräcke"] == 2.8


def test_months_of_running_tertials_are_taken_from_them_and_other_months_are_not_there(tmp_path):
    # F210-04/07: "maj–augusti 2024" of tertials summed from January is T2 less T1; "tredje
    # tertialet" T3 less T2 – and "samma period 2023" that year's T3 less T2, not its whole year;
    # "mars–juni" is in no column and can be taken from none (T1's figure had been given)
    from tests.kb import engine_over

    engine = engine_over(tmp_path, {"sjukfall.csv": _tertials()})
    a = engine.ask("hur många nya sjukfall drog igång i Krokoms kommun under maj–augusti 2024?", engine.new_conversation())
    assert [f.value for f in a.figures][:1] == [595 - 329], a.answer
    conv = engine.new_conversation()
    b = engine.ask("Hur många sjukfall påbörjades i hela Jämtlands län under tredje tertialet 2024?", conv)
    assert [f.value for f in b.figures][:1] == [6251 - 4278], b.answer
    c = engine.ask("Och samma period 2023?", conv)
    assert [f.value for f in c.figures][:1] == [6355 - 4330], c.answer
    d = engine.ask("hur många sjukfall påbörjades i Krokom mars–juni 2024?", engine.new_conversation())
    assert not d.answered and not d.figures, d.answer


def test_a_change_asked_in_per_cent_is_the_change_column_in_per_cent(tmp_path):
    # F210-06: "störst procentuell minskning" had ranked "Förändring …, antal" (Östersund −55)
    from tests.kb import engine_over

    engine = engine_over(tmp_path, {"sjukfall.csv": _tertials()})
    a = engine.ask(
        "Vilken kommun i länet hade störst procentuell minskning av påbörjade sjukfall helåret 2024 jämfört med 2023?",
        engine.new_conversation(),
    )
    assert a.answered and a.answer.startswith("**Berg**") and "3,7" in a.answer, a.answer


def test_a_tertial_is_its_four_months():
    from assistant.stats.form import read_form

    assert read_form("hur många under första tertialet 2024?").months == (1, 2, 3, 4)
    assert read_form("sjukfall krokom T2 2024").months == (5, 6, 7, 8)
    assert read_form("tertial 3 2023").months == (9, 10, 11, 12)
    assert read_form("typ t2 diabetes?").months == ()


def test_a_pdf_row_whose_label_wraps_over_lines_above_its_figures_is_one_row(tmp_path):
    # F210-13: "Inpendlare 2023 (förvärvsarbetande med" / "arbetsställe i kommunen men boende
    # utanför)," / "antal   312 …": the table had ended at the first such label, only its two
    # population rows read – and "hur många pendlar in" had been answered with the population
    import importlib.util
    from pathlib import Path

    script = Path(__file__).resolve().parents[1] / "eval" / "fresh" / "r210_make_files.py"
    spec = importlib.util.spec_from_file_location("r210_make_files", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.write_fakta_pdf(str(tmp_path))
    path = next(tmp_path.glob("*.pdf"))
    t = load_file(path, tmp_path).tables[0]
    row = t.frame[t.frame["Region"] == "Jämtlands län"].iloc[0]
    assert row["Inpendlare 2023 (förvärvsarbetande med arbetsställe i kommunen men boende utanför), antal"] == 1402
    assert row["Förvärvsfrekvens 20–64 år 2023, procent av befolkningen"] == 82.1
    assert row["Folkmängd 31 december 2023, antal invånare"] == 132666


def test_a_verb_right_after_hur_manga_with_its_particle_is_the_compound_a_header_writes():
    # F210-13: "hur många pendlar in till Jämtlands län" is "Inpendlare" – "pendlar" after "många"
    # had been read as a noun asked about, and the employed population answered
    from assistant.stats.form import particle_nouns

    assert particle_nouns(("hur", "många", "pendlar", "in", "till")) == ("inpendl",)
    assert particle_nouns(("hur", "många", "flyttade", "ut", "från", "malmö")) == ("utflytt",)
    assert particle_nouns(("vilka", "inkomsttitlar", "drog", "in")) == ()


def test_a_table_row_without_the_measure_asked_answers_no_figure_question(tmp_path):
    # F210-05 (dev re-check): "ungdomsarbetslösheten i Krokom i december 2022" – no table has it –
    # had been answered with the sideways table's Krokom row ("Folkmängd 31 december 2022 …")
    import importlib.util
    from pathlib import Path

    from tests.kb import engine_over

    script = Path(__file__).resolve().parents[1] / "eval" / "fresh" / "r210_make_files.py"
    spec = importlib.util.spec_from_file_location("r210_make_files", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    out = tmp_path / "files"
    out.mkdir()
    module.write_fakta_pdf(str(out))
    pdf = next(out.glob("*.pdf"))
    engine = engine_over(tmp_path, {pdf.name: pdf.read_bytes()})
    a = engine.ask("Vad var ungdomsarbetslösheten i Krokom i december 2022?", engine.new_conversation())
    assert not a.answered and not a.figures, a.answer
    # (… while a measure the row says is read from the table)
    b = engine.ask("hur många pendlar in till Jämtlands län för att jobba? 2023", engine.new_conversation())
    assert b.answered and [f.value for f in b.figures][:1] == [1402], b.answer
