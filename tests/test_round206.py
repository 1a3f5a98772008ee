"""Round 206 (statistics, Södermanland): a decision register whose municipalities are typed
freely, and an SCB export whose age groups stand beside their whole ("20-64 år")."""
from __future__ import annotations

_SPELLINGS = {
    "Nyköping": ["Nyköping", "NYKÖPING", "Nykoping", "Nyköpings kommun", "Nyköping "],
    "Eskilstuna": ["Eskilstuna", "ESKILSTUNA", "Eskilstuna kommun", "Eskilstuna "],
    "Gnesta": ["Gnesta", "GNESTA", "Gnesta kommun"],
}


def _register() -> str:
    rows = ["Ärende-ID;Beslutsdatum;Kommun;Kön;Ålder;Insats;Status"]
    k = 0
    for place, copies in (("Nyköping", 3), ("Eskilstuna", 4), ("Gnesta", 1)):
        for written in _SPELLINGS[place]:
            for j in range(copies):
                k += 1
                insats = "Lönebidrag" if j % 2 == 0 else "Nystartsjobb"
                status = "Avslag" if k % 5 == 0 else "Beviljad"
                rows.append(f"SA-2024-{10000 + k};2024-{1 + k % 12:02d}-{1 + k % 27:02d};{written};{'K' if k % 2 else 'M'};{25 + k % 30};{insats};{status}")
    return "\n".join(rows) + "\n"


def test_a_municipality_typed_several_ways_is_one_place():
    from ingest.swedish import municipality_written

    for written in ("Nykoping", "NYKÖPING ", "Nyköpings kommun", "Strangnas", "Vingaker", "Malmö stad", "Eslövs kommun"):
        assert municipality_written(written) is not None, written
    assert municipality_written("Nykoping") == "nyköping" and municipality_written("Oxelosund") == "oxelösund"
    assert municipality_written("Lönebidrag") is None and municipality_written("") is None


def test_the_register_reads_each_spelling_as_the_municipality(tmp_path):
    from ingest.pipeline import load_file

    (tmp_path / "beslut.csv").write_text(_register(), encoding="utf-8")
    (t,) = load_file(tmp_path / "beslut.csv", tmp_path).tables
    counts = t.frame["Kommun"].value_counts().to_dict()
    assert counts == {"Eskilstuna": 16, "Nyköping": 15, "Gnesta": 3}, counts
    # (what was typed stays in the raw cells, and a note says what was read as one)
    assert "Nykoping" in set(t.raw["Kommun"]) and any("skrivna på flera sätt" in n for n in t.notes), t.notes


def test_a_table_of_one_row_per_place_keeps_its_rows(tmp_path):
    from ingest.pipeline import load_file

    text = "Kommun;Invånare\nMalmö;350000\nMalmö stad;351000\nLund;125000\nEslöv;34000\n"
    (tmp_path / "t.csv").write_text(text, encoding="utf-8")
    (t,) = load_file(tmp_path / "t.csv", tmp_path).tables
    assert list(t.frame["Kommun"]) == ["Malmö", "Malmö stad", "Lund", "Eslöv"]


def test_counts_and_rankings_over_the_register_see_one_place_each(tmp_path):
    # F206-05 had counted three of Nyköping's five spellings (17 of 25), F206-18 had ranked
    # "Eskilstuna", "Eskilstuna kommun" and "ESKILSTUNA" as three municipalities, and "Och Gnesta
    # då?" after that ranking had added up the ages of Gnesta's cases
    from tests.kb import engine_over

    engine = engine_over(tmp_path, {"beslut_subventionerade_anstallningar_2024.csv": _register()})
    conv = engine.new_conversation()
    a = engine.ask("vilka tre kommuner fick flest beslut?", conv)
    assert a.answered and [f.value for f in a.figures][:3] == [16, 15, 3], a.answer
    b = engine.ask("Och Gnesta då?", conv)
    assert b.answered and any(f.value == 3 for f in b.figures) and "Ålder" not in b.answer, b.answer
    c = engine.ask("antal beslut om lönebidrag i nyköping?", engine.new_conversation())
    assert c.answered and any(f.value == 10 for f in c.figures), c.answer


_SCB = (
    '"Förvärvsarbetande 20-64 år (nattbefolkning) efter region, kön, ålder och år"\n\n'
    '"region","kön","ålder","2022","2023"\n'
    + "".join(
        f'"{place}","{sex}","{age}",{v - 10},{v}\n'
        for place, scale in (("0484 Eskilstuna", 10), ("0428 Vingåker", 1), ("0480 Nyköping", 5))
        for sex, part in (("totalt", 1.0), ("män", 0.5), ("kvinnor", 0.5))
        for age, v in (
            ("20-64 år", int(4238.6 * scale * part)), ("20-24 år", int(300 * scale * part)),
            ("25-54 år", int(2951 * scale * part)), ("55-64 år", int(987.6 * scale * part)),
        )
    )
)


def test_an_age_group_s_share_is_of_the_whole_band_not_of_every_group_added_up(tmp_path):
    # F206-02: "andel … 55 år eller äldre" had been answered with the whole 20-64 band's count, and
    # a share of "55-64 år" had been taken of the four groups added up (the whole counted twice)
    from tests.kb import engine_over

    engine = engine_over(tmp_path, {"scb_forvarvsarbetande.csv": _SCB})
    a = engine.ask("Hur stor andel av de förvärvsarbetande 20–64 år i Eskilstuna var 55 år eller äldre 2023?", engine.new_conversation())
    assert a.answered and any(abs(f.value - 100 * 9876 / 42386) < 0.05 for f in a.figures), a.answer
    b = engine.ask("hur många förvärvsarbetande 55 år eller äldre fanns i Eskilstuna 2023?", engine.new_conversation())
    assert b.answered and any(f.value == 9876 for f in b.figures) and not any(f.value == 42386 for f in b.figures), b.answer


def test_an_export_with_english_number_settings_groups_thousands_by_commas(tmp_path):
    # F206-11: "3,905" beside "11.6" had been read as 3,905 (the county's cases summed to 2 178)
    from ingest.numbers import infer_decimal, table_decimal
    from ingest.pipeline import load_file

    text = (
        "Kommun,Kommunkod,Sjukpenningtal dec 2024,Förändring (dagar),Pågående sjukfall dec 2024\n"
        'Eskilstuna,0484,11.2,(0.4),"3,905"\nFlen,0482,11.9,(0.5),612\nKatrineholm,0483,12.1,0.3,"1,274"\n'
        "Trosa,0488,8.9,0.2,352\n"
    )
    (tmp_path / "fk.csv").write_text(text, encoding="utf-8")
    (t,) = load_file(tmp_path / "fk.csv", tmp_path).tables
    assert list(t.frame["Pågående sjukfall dec 2024"]) == [3905, 612, 1274, 352]
    assert list(t.frame["Förändring (dagar)"]) == [-0.4, -0.5, 0.3, 0.2]
    # (a Swedish table's decimal commas stay decimals, and one point is no table's convention)
    assert table_decimal(["11,6", "3,905", "12.1"]) is None and table_decimal(["2024.01", "1,234"]) is None
    assert infer_decimal(["3,905", "612"], ".") == "." and infer_decimal(["3,905", "612"]) == ","


def test_a_case_s_age_is_averaged_never_added_up(tmp_path):
    # F206-04 and "Och Gnesta då?": the register's ages had been summed per municipality ("338")
    from ingest.swedish import is_age_header
    from tests.kb import engine_over

    assert is_age_header("Ålder") and is_age_header("sökandens_ålder") and not is_age_header("Antal i ålder 16-24")
    engine = engine_over(tmp_path, {"beslut_subventionerade_anstallningar_2024.csv": _register()})
    a = engine.ask("vilken kommun har högst ålder bland besluten?", engine.new_conversation())
    assert "Summa av ålder" not in a.answer and not any(f.value > 120 for f in a.figures), a.answer


def test_a_case_voided_in_its_status_is_no_decision(tmp_path):
    # F206-12: a share of rejections had been taken of every row, the 15 "Makulerad
    # (felregistrering)" among them (19,3 % for 21,7 %)
    from tests.kb import engine_over

    rows = ["Ärende-ID;Kommun;Insats;Status"]
    statuses = ["Beviljad"] * 6 + ["Avslag"] * 3 + ["Makulerad (felregistrering)"] * 3
    rows += [f"SA-{k};{'Flen' if k % 2 else 'Trosa'};Nystartsjobb;{s}" for k, s in enumerate(statuses)]
    engine = engine_over(tmp_path, {"beslut.csv": "\n".join(rows) + "\n"})
    a = engine.ask("hur stor andel av besluten blev avslag?", engine.new_conversation())
    assert a.answered and any(abs(f.value - 100 * 3 / 9) < 0.05 for f in a.figures), a.answer
    b = engine.ask("hur många beslut finns det?", engine.new_conversation())
    assert b.answered and any(f.value == 9 for f in b.figures) and "Makulerad" in b.answer, b.answer
    c = engine.ask("hur många beslut per status?", engine.new_conversation())
    assert "Makulerad" in c.answer, c.answer


def _kommunblad(path):
    """A workbook of a sheet per municipality named by abbreviations, the full name only in its
    title, opening with a filled-in template sheet."""
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    sheets = (("Mall", "Exempelkommun (MALL – kopiera bladet)", 12.5, 9.9), ("E-tuna", "Eskilstuna kommun", 6.4, 10.1),
              ("Vgkr", "Vingåker kommun", 4.1, 8.2), ("K-holm", "Katrineholm kommun", 5.0, 8.9))
    for sheet, name, bistand, arbetsloshet in sheets:
        ws = wb.create_sheet(sheet)
        ws.append([f"Kommunblad 2021–2023: {name}"])
        ws.append(["Källa: Kolada/SCB"])
        ws.append([])
        ws.append(["Nyckeltal", "Enhet", "2022", "2023"])
        ws.append(["Invånare med ekonomiskt bistånd", "%", bistand + 0.3, bistand])
        ws.append(["Öppet arbetslösa och sökande i program, 16-64 år", "% av bef.", arbetsloshet + 0.4, arbetsloshet])
    wb.save(path)


def test_a_workbook_s_template_sheet_is_no_place_and_abbreviated_sheets_are_their_titles_places(tmp_path):
    # F206-07/19: the template's 12,5 % had been the nearest figure, and the sheets named "E-tuna",
    # "Vgkr" had not been stacked into one table per municipality
    from ingest.pipeline import load_file

    _kommunblad(tmp_path / "kommunblad.xlsx")
    r = load_file(tmp_path / "kommunblad.xlsx", tmp_path)
    assert any("Mall" in n for n in r.notes), r.notes
    assert not any("Exempelkommun" in t.caption for t in r.tables)
    stacked = [t for t in r.tables if t.source_tables]
    assert len(stacked) == 1 and set(stacked[0].frame["Kommun"]) == {"Eskilstuna", "Vingåker", "Katrineholm"}, [t.caption for t in r.tables]
    assert 12.5 not in set(stacked[0].frame["Värde"]) if "Värde" in stacked[0].frame else True
