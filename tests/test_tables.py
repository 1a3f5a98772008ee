import math

import pandas as pd
import pytest

from index.passages import table_texts
from ingest.tables import combine_header_rows, consolidate, is_county, make_table


def mk(header, rows, caption="", **kw):
    kw.setdefault("table_id", "doc.pdf#t1")
    kw.setdefault("document", "doc.pdf")
    return make_table(header, rows, caption=caption, **kw)


# ---------------------------------------------------------------- labels, headers, units


def test_pdf_table_gets_clean_headers_label_and_units():
    t = mk(
        ["Röda\nkluster", "Arbetskraft,\nantal", "Arbetslöshet", "Utrikes-\nfödda", "Andel\n20–\n29 år"],
        [["Hällefors\ncentrum", "568", "12,3 %", "33 %", "20 %"], ["Lindesberg\nnordöstra", "826", "10,9 %", "59 %", "23%"]],
        caption="Tabell 4",
        page=37,
    )
    assert [c.name for c in t.columns] == ["Röda kluster", "Arbetskraft, antal", "Arbetslöshet", "Utrikesfödda", "Andel 20–29 år"]
    assert t.label_column == "Röda kluster"
    assert list(t.frame["Röda kluster"]) == ["Hällefors centrum", "Lindesberg nordöstra"]
    assert t.column("Arbetskraft, antal").unit == "antal"
    assert t.column("Arbetslöshet").unit == "%"
    assert t.frame.at[0, "Arbetslöshet"] == pytest.approx(12.3)
    assert t.raw.at[0, "Arbetslöshet"] == "12,3 %"
    assert t.frame["Arbetskraft, antal"].dtype == "float64"
    assert t.page == 37 and t.pages == (37,)
    assert t.raw.shape == t.frame.shape and list(t.raw.columns) == list(t.frame.columns)


def test_units_from_header_words():
    t = mk(
        ["Kommun", "Utbetalt bistånd tkr", "Sjukpenningtal", "Ohälsotalet", "Kostnad (kr)", "Andel (%)", "Antal hushåll"],
        [["Falun", "26 908", "10,3", "22,3", "12", "5,5", "3 914"], ["Mora", "1 000", "9,1", "20,1", "10", "4,1", "800"]],
    )
    units = {c.name: c.unit for c in t.value_columns}
    assert units == {
        "Utbetalt bistånd tkr": "tkr",
        "Sjukpenningtal": "dagar",
        "Ohälsotalet": "dagar",
        "Kostnad (kr)": "kr",
        "Andel (%)": "%",
        "Antal hushåll": "antal",
    }


def test_andel_as_fractions_keeps_values_and_says_andel():
    t = mk(["Grupp", "Andel"], [["Kvinnor", 0.046], ["Män", 0.052]])
    assert t.column("Andel").unit == "andel"
    assert t.frame.at[0, "Andel"] == pytest.approx(0.046)
    t2 = mk(["Kommun", "Andel"], [["Avesta", 62], ["Falun", 58]])
    assert t2.column("Andel").unit == "%"


def test_unit_from_constant_column_text():
    t = mk(["kpi", "year", "value", "municipality"], [["Barn i utsatta hushåll, andel (%)", "2007", "11.69", "Region Stockholm"],
                                                     ["Barn i utsatta hushåll, andel (%)", "2007", "9.0", "Region Uppsala"]])
    assert t.column("value").unit == "%"
    assert t.label_column == "municipality"


def test_empty_and_duplicate_headers_get_names():
    t = mk(["", "Antal", "Antal", ""], [["Vivalla", "1", "2", "3"], ["Baronbackarna", "4", "5", "6"]])
    names = [c.name for c in t.columns]
    assert len(set(names)) == len(names)
    assert names[1:3] == ["Antal", "Antal (2)"]
    assert t.label_column == names[0] != ""


def test_no_table_without_numbers_or_rows():
    assert mk(["Namn", "Kod"], [["Stockholms län", "AB"], ["Uppsala län", "C"]]) is None
    assert mk(["Kommun", "Antal"], []) is None
    assert mk([], []) is None


def test_codes_with_leading_zeros_stay_text():
    t = mk(
        ["regionkod", "region", "andel"],
        [["00", "Sverige", "3,2"], ["20", "Dalarna", "2,8"], ["2021", "Vansbro", "2,2"], ["2023", "Malung-Sälen", "1,7"]],
    )
    assert t.column("regionkod").role == "code"
    assert list(t.frame["regionkod"]) == ["00", "20", "2021", "2023"]
    assert t.label_column == "region"


def test_kommun_code_written_as_number_gets_its_zero_back():
    t = mk(["Kommunnummer", "Kommun", "Antal"], [[114, "Upplands Väsby", 57], [2580, "Luleå", 111], [None, "Samtliga", 168]])
    assert list(t.frame["Kommunnummer"]) == ["0114", "2580", ""]
    assert t.raw.at[0, "Kommunnummer"] == "114"
    assert t.column("Kommun").total_values == ("Samtliga",)


def test_code_column_beside_its_name_column():
    t = mk(["Inkomsttyp", "Inkomsttypsnamn", "Utfall"], [["1000", "Skatter", "1,5"], ["2000", "Avgifter", "2,5"]])
    assert t.column("Inkomsttyp").role == "code"
    assert t.label_column == "Inkomsttypsnamn"


def test_years_and_months_are_dimensions_not_values():
    t = mk(
        ["År", "Månad", "Antal hushåll"],
        [["2014", "Januari", 3914], ["2014", "Februari", 3887], ["2015", "Januari", 3700]],
    )
    assert t.column("År").role == "dimension"
    assert t.column("Månad").role == "dimension"
    assert [c.name for c in t.value_columns] == ["Antal hushåll"]
    # only time columns: a readable period label is made
    assert t.label_column == "Period"
    assert list(t.frame["Period"]) == ["2014 Januari", "2014 Februari", "2015 Januari"]


def test_unnamed_r_index_column_is_dropped():
    t = mk(["", "Ar", "Lan_namn", "Varde"], [["1", "1997", "Stockholms län", "1.5"], ["2", "1997", "Uppsala län", "2.5"]])
    assert [c.name for c in t.columns] == ["Ar", "Lan_namn", "Varde"]
    assert t.column("Ar").role == "dimension"


def test_free_text_columns():
    rows = [["Avesta", f"{40 + i}.1 - {50 + i}.2  *", 40 + i] for i in range(25)]
    t = mk(["Kommun", "Konfidensintervall", "Andel"], rows)
    assert t.column("Konfidensintervall").role == "text"


def test_a_short_registers_column_of_sentences_is_free_text_and_names_no_rows(tmp_path):
    # round 114 (F114-10): a decision log's "Beslut" had labelled its rows, and "Ljungby" inside
    # a decision made a filter – a count of decisions answered what a course costs
    from ingest.pipeline import load_file

    decisions = [
        "Rådets arbetsordning (version 2025) fastställs för hela året.",
        "Arbetsförmedlingen redovisar varselläget vid varje möte som stående punkt.",
        "Ljungby och Älmhult får i uppdrag att ta fram ett gemensamt underlag.",
        "En gemensam sommarkampanj genomförs under juni till augusti 2025.",
        "Analysfunktionen tar fram en analys av kompetensförsörjningen i industrin.",
        "Budget för rådets gemensamma insatser 2026 fastställs till 1 200 000 kr.",
        "Rådet ställer sig bakom ansökan till ESF+ om ett nytt projekt för unga.",
        "En pilot med kompetensväxling genomförs i tre tillverkande företag i länet.",
        "Mötesplanen för 2026 fastställs med fyra möten i Regionhuset i Växjö.",
        "Tingsryds kommuns ansökan om medel till en förstudie om validering avslås.",
    ]
    people = ["Anders Wiklund", "Sara Lindqvist", "Maria Sjöberg"]
    text = "# Beslutslogg\n\n## Beslut 2025\n\n| ID | Datum | Beslut | Ansvarig | Status |\n|---|---|---|---|---|\n" + "".join(
        f"| KR-2025-{i + 1:02d} | 2025-{i + 1:02d}-13 | {d} | {people[i % 3]} | {('Klar', 'Pågår')[i % 2]} |\n" for i, d in enumerate(decisions)
    )
    path = tmp_path / "logg.md"
    path.write_text(text, encoding="utf-8")
    (t,) = load_file(path, tmp_path).tables
    assert t.column("Beslut").role == "text"
    assert t.label_column != "Beslut"
    # names, however long, stay labels: no full stops, fewer words
    named = mk(["Åtgärd", "Kostnad (kr)"], [["Utredning av kvällsturer i skärgårdstrafiken för anställda", "60000"],
                                          ["Gemensam rekryteringsmässa i Karlskrona", "45000"],
                                          ["Inventering av boende för säsongsarbetare", "0"]])
    assert named.label_column == "Åtgärd"


def test_bands_that_repeat_down_a_column_are_categories_not_free_text():
    # round 34: an age group "16-24", "25-29" … of a register had been read as interval text
    rows = [[f"P-{i:03d}", ("16-24", "25-29", "30-54", "55-64")[i % 4], "Ja" if i % 2 else "Nej"] for i in range(30)]
    t = mk(["Löpnummer", "Åldersgrupp", "Avbrott"], rows)
    assert t.column("Åldersgrupp").role == "dimension"


def test_a_change_logs_version_is_an_edition_not_a_figure():
    # round 142's F142-19: a Markdown change log's "Version" over 2.1, 2.0, 1.0 was the value
    # column, and "hur snabbt måste deltagarna få återkoppling?" was answered "Version … är 2,1"
    t = mk(["Version", "Datum", "Ändring"], [["2.1", "2026-10-01", "Återkoppling senast T+5 arbetsdagar."],
                                            ["2.0", "2025-03-01", "RACI-tabell införd."], ["1.0", "2023-09-15", "Första versionen."]])
    assert t is None or t.column("Version").role != "value"  # (no figures left: no statistics table)
    kept = mk(["Kommun", "Andel (%)"], [["Gnesta", "2.1"], ["Trosa", "1.0"]])
    assert kept.column("Andel (%)").role == "value"


def test_days_after_a_number_qualify_a_count_they_are_not_its_unit():
    from ingest.tables.columns import unit_from_text

    assert unit_from_text("Antal i arbete 90 dagar efter avslut") == "antal"
    assert unit_from_text("Antal ersatta dagar") == "dagar"


# ---------------------------------------------------------------- totals


def test_total_rows_and_total_values():
    t = mk(
        ["Län", "Kön", "Ålder", "Sjukpenningtal"],
        [
            ["Riket", "Kvinnor och män", "Samtliga 16-64 år", "10,3"],
            ["20 Dalarnas län", "Kvinnor och män", "Samtliga 16-64 år", "11,0"],
            ["20 Dalarnas län", "Kvinnor", "16-19 år", "0,3"],
            ["21 Gävleborgs län", "Män", "16-19 år", "0,2"],
        ],
    )
    assert t.label_column == "Län"
    assert t.column("Län").total_values == ("Riket",)
    assert t.total_rows == (0,)
    assert t.column("Kön").total_values == ("Kvinnor och män",)
    assert t.column("Ålder").total_values == ("Samtliga 16-64 år",)


@pytest.mark.parametrize("label", ["Summa", "Totalt", "Total", "Samtliga", "Alla", "Riket", "Hela riket", "Sverige"])
def test_total_label_words(label):
    t = mk(["Område", "Sjuka"], [["Vivalla", "105"], ["Brickebacken", "153"], [label, "258"]])
    assert t.total_rows == (2,)


def test_county_above_its_kommuner_is_a_total():
    t = mk(["Kommun", "Arbetslösa"], [["Örebro", "4 553"], ["Kumla", "900"], ["Laxå", "312"], ["Örebro län", "7 420"]])
    assert t.total_rows == (3,)
    t2 = mk(["region", "andel"], [["Sverige", "3,2"], ["Dalarna", "2,8"], ["Vansbro", "2,2"], ["Mora", "2,0"]])
    assert set(t2.column("region").total_values) == {"Sverige", "Dalarna"}


def test_several_counties_are_not_totals():
    t = mk(["Län", "Antal"], [["Värmlands län", "1"], ["Dalarnas län", "2"], ["Gävleborgs län", "3"]])
    assert t.total_rows == ()


def test_sverige_as_birth_country_is_not_a_total():
    t = mk(["Kommun", "Födelseland", "Andel"], [["Avesta", "Sverige", 64], ["Avesta", "Övriga Norden", 50], ["Falun", "Sverige", 60]])
    assert t.column("Födelseland").total_values == ()


def test_is_county():
    assert is_county("Dalarnas län") and is_county("20 Dalarnas län") and is_county("Dalarna")
    assert is_county("Region Dalarna") and is_county("Örebro län") and is_county("Skåne län (urval)")
    assert not is_county("Örebro")  # also a kommun
    assert not is_county("Vansbro")
    # Kolada writes some counties "Region X län" (round 48: only "Region Västernorrland" had been one,
    # so it was shown beside Habo as "the" county), and two by their regions' own names
    assert is_county("Region Jönköpings län") and is_county("Region Kalmar län") and is_county("Region Örebro län")
    assert is_county("Region Sörmland") and is_county("Västra Götalandsregionen")
    assert not is_county("Region Mora län") and not is_county("Region Mora")


# ---------------------------------------------------------------- sparse labels, sums, groups


def test_sparse_pxweb_labels_are_filled_and_bottom_sum_row_becomes_summa():
    header = ["", "", "", "1999", "2000"]
    rows = [
        ["20 Dalarnas län", "0-4 år", "män", 6942, 6575],
        [None, None, "kvinnor", 6430, 6168],
        [None, "5-9 år", "män", 9811, 9257],
        [None, None, "kvinnor", 9242, 8725],
        [None, None, None, 32425, 30725],
    ]
    t = mk(header, rows, caption="Folkmängd efter region, ålder, kön och år", notes=("Sort: antal",))
    assert [c.name for c in t.columns] == ["Region", "Ålder", "Kön", "Period", "Folkmängd"]
    assert t.column("Folkmängd").unit == "antal"
    f = t.frame
    row = f[(f["Ålder"] == "5-9 år") & (f["Kön"] == "kvinnor") & (f["Period"] == "1999")]
    assert row["Folkmängd"].item() == 9242
    assert set(f["Region"]) == {"20 Dalarnas län"}
    assert t.raw.loc[row.index[0], "Region"] == ""  # filled cells keep the source's blank
    sums = f[f["Ålder"] == "Summa"]
    assert list(sums["Folkmängd"]) == [32425, 30725]
    assert t.label_column == "Ålder"
    assert set(t.total_rows) == set(sums.index)


def test_blank_cell_is_not_filled_when_the_row_has_its_own_group():
    # HLV: Utbildning missing on a row whose År/Kommun/Kön are given – not a sparse label
    t = mk(
        ["År", "Kommun", "Kön", "Utbildning", "Andel"],
        [["2021", "Avesta", "Man", "Gymnasial", 50], ["2021", "Avesta", "Man", None, 61]],
    )
    assert list(t.frame["Utbildning"]) == ["Gymnasial", ""]


def test_group_heading_rows_become_a_grupp_column():
    t = mk(
        ["Område", "Arbetslöshet"],
        [["Norra länsdelen", ""], ["Hällefors centrum", "12,3 %"], ["Örebro", None], ["Vivalla", "24,9 %"]],
    )
    assert list(t.frame["Område"]) == ["Hällefors centrum", "Vivalla"]
    assert list(t.frame["Grupp"]) == ["Norra länsdelen", "Örebro"]


def test_second_header_row_in_pdf_rows_is_merged_into_the_header():
    t = mk(["", "2023", "", "2024", ""], [["Område", "Antal", "Andel", "Antal", "Andel"], ["Vivalla", "120", "12 %", "130", "13 %"]])
    assert [c.name for c in t.columns] == ["Område", "Period", "Antal", "Andel"]
    assert list(t.frame["Period"]) == ["2023", "2024"]
    assert list(t.frame["Antal"]) == [120, 130]
    assert t.column("Andel").unit == "%"


# ---------------------------------------------------------------- wide → long


def test_wide_years_are_melted_with_raw_aligned():
    t = mk(
        ["Utbildningsnivå", "kön", "1991", "1992", "1993"],
        [["gymnasial", "män", "13900", "15100", ".."], ["gymnasial", "kvinnor", "11700", "12200", "12300"]],
    )
    assert [c.name for c in t.columns] == ["Utbildningsnivå", "kön", "Period", "Värde"]
    assert len(t.frame) == 6
    assert list(t.frame["Period"][:3]) == ["1991", "1992", "1993"]
    assert math.isnan(t.frame.at[2, "Värde"]) and t.raw.at[2, "Värde"] == ".."
    assert t.frame.at[3, "Värde"] == 11700
    assert t.column("Period").role == "dimension"


def test_wide_month_names_are_melted_to_a_month_column():
    # Arbetsförmedlingen's sheets: one per year, a column per month named in words
    t = mk(
        ["Kommun", "januari", "februari", "mars"],
        [["Högsby", "12,2", "12,0", "12,2"], ["Kalmar", "5,9", "6,0", "6,3"]],
        caption="Öppet arbetslösa, andel (%), 2024",
    )
    assert [c.name for c in t.columns][:2] == ["Kommun", "Månad"] and len(t.frame) == 6
    assert list(t.frame["Månad"][:3]) == ["januari", "februari", "mars"]
    assert t.frame.iloc[4, -1] == 6.0


def test_wide_headers_with_sex_suffix_give_a_kon_dimension():
    t = mk(
        ["Utbildningsgrupp", "2006 Samtliga", "2006 Kvinnor", "2006 Män", "2007 Samtliga", "2007 Kvinnor", "2007 Män"],
        [["Samtliga utbildningsgrupper", "4820934", "2376927", "2444007", "4838227", "2384517", "2453710"]],
        caption="Befolkning efter utbildningsgrupp",
    )
    assert [c.name for c in t.columns] == ["Utbildningsgrupp", "Period", "Kön", "Befolkning"]
    assert t.column("Kön").total_values == ("Samtliga",)
    assert t.frame.iloc[1].to_dict() == {"Utbildningsgrupp": "Samtliga utbildningsgrupper", "Period": "2006", "Kön": "Kvinnor", "Befolkning": 2376927}
    assert t.raw.at[1, "Period"] == "2006 Kvinnor"


def test_wide_quarters_and_months():
    t = mk(["Län", 200701, 200702, "201001*"], [["Stockholms län", 4912, 3768, 5290], ["Samtliga", 16066, 13385, 16720]])
    assert list(t.frame["Period"][:3]) == ["200701", "200702", "201001*"]
    assert t.total_rows == (3, 4, 5)
    t2 = mk(["region", "2020M01", "2020M02"], [["Falun", "3,1", "3,0"], ["Mora", "2,1", "2,0"]])
    assert list(t2.frame["Period"]) == ["2020M01", "2020M02", "2020M01", "2020M02"]


def test_a_total_column_beside_wide_months_that_is_their_row_sum_goes_and_the_months_are_melted():
    # round 40 (F40-16): "Summa 2024" beside "2024-01" … kept the months apart, so "första
    # halvåret" could only be read as January; the total is the months added up, computed again
    rows = [["Hallands län", "Bygg", "5", "6", "7", "18"], ["Hallands län", "Handel", "9", "9", "9", "27"]]
    t = mk(["Län", "Bransch", "2024-01", "2024-02", "2024-03", "Summa 2024"], rows, caption="Varsel per län och månad 2024")
    assert [c.name for c in t.columns][:3] == ["Län", "Bransch", "Period"] and len(t.frame) == 6
    assert list(t.frame["Period"][:3]) == ["2024-01", "2024-02", "2024-03"]
    # a total column that is not the row sum is a figure of its own: nothing is melted
    off = [r[:-1] + [str(int(r[-1]) + 40)] for r in rows]
    t2 = mk(["Län", "Bransch", "2024-01", "2024-02", "2024-03", "Summa 2024"], off, caption="Varsel per län och månad 2024")
    assert "Summa 2024" in [c.name for c in t2.columns] and len(t2.frame) == 2


def test_measure_suffixes_become_value_columns_not_a_dimension():
    t = mk(["Område", "2022 Antal", "2022 Andel", "2023 Antal", "2023 Andel"], [["Vivalla", 120, 0.12, 130, 0.13]])
    assert [c.name for c in t.columns] == ["Område", "Period", "Antal", "Andel"]
    assert t.column("Andel").unit == "andel"


# ---------------------------------------------------------------- consolidate


def _area_table(no, label_header, rows, section, page):
    return mk(
        [label_header, "Arbetskraft, antal", "Arbetslöshet"],
        rows,
        caption=f"Tabell {no}",
        table_id=f"r.pdf#t{no}",
        document="r.pdf",
        page=page,
        section=section,
    )


def test_consolidate_tables_with_same_value_columns():
    parts = [
        _area_table(2, "Område", [["Örebro län", "145 256", "5,1 %"]], "Bilaga 1", 36),
        _area_table(4, "Röda kluster", [["Hällefors centrum", "568", "12,3 %"], ["Lindesberg nordöstra", "826", "10,9 %"]],
                    "Bilaga 1 > Norra länsdelen", 37),
        _area_table(6, "Område", [["Vivalla", "2787", "24,9 %"]], "Bilaga 1 > Örebro", 38),
        _area_table(7, "Område", [["Västhaga-Solhaga", "984", "6,8 %"]], "Bilaga 1 > Örebro > Orangea kluster", 39),
        mk(["Område", "Sjuka", "Sjuka/arbetskraft"], [["Västhaga", "105", "10,85%"]], caption="Tabell 12", table_id="r.pdf#t12",
           document="r.pdf", page=44),
    ]
    out = consolidate(parts)
    assert len(out) == 1
    c = out[0]
    assert c.caption.startswith("Sammanställning av Tabell 2, 4, 6–7")
    assert c.source_tables == ("r.pdf#t2", "r.pdf#t4", "r.pdf#t6", "r.pdf#t7")
    assert c.pages == (36, 37, 38, 39)
    assert c.label_column == "Område"
    assert [col.name for col in c.columns][:3] == ["Område", "Avsnitt", "Kluster"]
    f = c.frame
    assert list(f["Avsnitt"]) == ["Bilaga 1", "Norra länsdelen", "Norra länsdelen", "Örebro", "Örebro"]
    assert list(f["Kluster"]) == ["", "Röda", "Röda", "", "Orange"]
    assert f.loc[f["Område"] == "Vivalla", "Arbetslöshet"].item() == pytest.approx(24.9)
    assert c.total_rows == (0,)  # the county above its areas
    assert c.column("Arbetslöshet").unit == "%"
    assert c.raw.shape == c.frame.shape


def test_consolidate_needs_two_tables_and_skips_lone_common_columns():
    a = mk(["Kommun", "Antal"], [["Falun", "1"]], table_id="d#1", document="d")
    b = mk(["Skola", "Antal"], [["X", "2"]], table_id="d#2", document="d")
    assert consolidate([a]) == []
    assert consolidate([a, b]) == []  # one "Antal" column and different labels: not the same thing


def test_consolidate_without_kluster_words_has_no_kluster_column():
    a = _area_table(1, "Område", [["A", "1", "2 %"]], "Del 1", 1)
    b = _area_table(2, "Område", [["B", "3", "4 %"]], "Del 2", 2)
    (c,) = consolidate([a, b])
    assert "Kluster" not in c.frame.columns
    assert list(c.frame["Avsnitt"]) == ["Del 1", "Del 2"]


# ---------------------------------------------------------------- header rows


def test_combine_header_rows_fills_merged_groups():
    names = combine_header_rows(
        [
            [None, None, "Andel (%) som slutfört", None, "Andel (%) som startat"],
            [None, None, "med examen", None, None],
            ["Kommun", "Totalt antal", "Inom 3 år", "Inom 4 år", "Inom 3 år"],
        ]
    )
    assert names == [
        "Kommun",
        "Totalt antal",
        "Andel (%) som slutfört med examen, Inom 3 år",
        "Andel (%) som slutfört med examen, Inom 4 år",
        "Andel (%) som startat, Inom 3 år",
    ]


def test_combine_header_rows_moves_a_row_shifted_over_the_label_column():
    names = combine_header_rows([["16-24\u00a0år", None, "25-29\u00a0år", None, None], [None, "Antal", "Andel", "Antal", "Andel"]])
    assert names == ["", "16-24 år, Antal", "16-24 år, Andel", "25-29 år, Antal", "25-29 år, Andel"]


# ---------------------------------------------------------------- search texts


def test_table_texts_small_table_rows_keep_source_precision():
    t = mk(
        ["Område", "Sjuka", "Arbetskraft", "Sjuka/arbetskraft"],
        [["Örebro_Västhaga-Solhaga", "105", "968", "10,85%"], ["Summa", "2 683", "36 933", "7,28%"]],
        caption="Tabell 12 Sjukskrivna som inte står till arbetsmarknadens förfogande",
        notes=("Källa: SCB",),
    )
    texts = table_texts(t)
    assert texts[0].startswith("Tabell 12 Sjukskrivna")
    assert "Sjuka/arbetskraft (%)" in texts[0] and "Källa: SCB" in texts[0]
    body = "\n".join(texts[1:])
    assert "Örebro_Västhaga-Solhaga: Sjuka 105; Arbetskraft 968; Sjuka/arbetskraft 10,85 %" in body
    assert "Summa: Sjuka 2 683" in body
    assert all(x.startswith("Tabell 12") for x in texts)


def test_table_texts_packs_rows_under_max_chars():
    rows = [[f"Område nummer {i}", str(i * 10), f"{i},5 %"] for i in range(50)]
    t = mk(["Område", "Antal", "Andel"], rows, caption="Tabell 9")
    texts = table_texts(t, max_chars=400)
    assert len(texts) > 3
    assert all(len(x) <= 400 for x in texts)
    assert all(x.startswith("Tabell 9") for x in texts)
    assert "Område nummer 49: Antal 490 antal; Andel 49,5 %" in "\n".join(texts)


def test_table_texts_large_table_lists_distinct_values_not_rows():
    rows = [[k, s, str(2000 + y), str(k.__len__() + y)] for k in ("Avesta", "Falun", "Mora") for s in ("Män", "Kvinnor") for y in range(20)]
    t = mk(["Kommun", "Kön", "År", "Antal"], rows, caption="Antal per kommun")
    texts = table_texts(t)
    assert len(t.frame) == 120
    assert len(texts) <= 4
    joined = "\n".join(texts)
    assert "Kommun (3 värden): Avesta, Falun, Mora" in joined
    assert "År (20 värden): 2000 … 2019" in joined
    assert "120 rader" in texts[0]


def test_frame_and_raw_are_plain_range_indexed_frames():
    t = mk(["Område", "Antal"], [["A", "1"], ["B", "2"]])
    assert isinstance(t.frame.index, pd.RangeIndex) and isinstance(t.raw.index, pd.RangeIndex)
    assert t.frame["Område"].map(type).eq(str).all()


def test_a_case_number_with_a_year_is_no_period():
    from ingest.tables.cells import is_period_like

    assert not is_period_like("2024-0039") and not is_period_like("2024-001")
    assert is_period_like("2023-2024") and is_period_like("2023–24") and is_period_like("2024-03-15")


def test_wide_months_written_with_their_year_are_melted_into_a_month_column():
    # round 42: "jan 2024" … "okt 2024" stayed ten value columns, and "i oktober 2024" was read
    # from whichever of them the words matched best (March)
    t = make_table(
        ["Län", "Kommun", "jan 2024", "feb 2024", "okt 2024"],
        [["Riket", "Totalt", 5.8, 5.7, 5.7], ["Södermanlands län", "Flen", 9.7, 9.3, 9.2],
         ["Södermanlands län", "Eskilstuna", 9.9, 9.9, 9.8]],
        table_id="af", document="stats/af.csv",
        caption="Inskrivna arbetslösa 16-64 år, andel (%) av befolkningen 16-64 år, per kommun och månad 2024",
    )
    assert [c.name for c in t.columns if c.role == "value"] == ["Inskrivna arbetslösa 16-64 år, andel (%) av befolkningen 16-64 år"]
    assert list(t.frame["Månad"].unique()) == ["jan 2024", "feb 2024", "okt 2024"]
    t2 = make_table(["Kommun", "2024 januari", "2024 februari"], [["Flen", 1, 2], ["Gnesta", 3, 4]], table_id="x",
                    document="stats/x.csv", caption="Lediga jobb")
    assert "2024 januari" in set(t2.frame["Månad"]) and "Grupp" not in t2.frame.columns


def test_a_rate_per_inhabitants_is_no_breakdown_of_the_measure_name():
    from ingest.tables.columns import _measure_name

    assert _measure_name("Sjukfall per län och kön") == "Sjukfall"
    assert _measure_name("Nystartade företag per 1000 invånare") == "Värde"


def test_a_tab_separated_txt_export_is_read_as_a_table(tmp_path):
    # round 43: a medianinkomst export saved as .txt had been read as prose – no figure from it
    from ingest.pipeline import load_file

    text = ("Medianinkomst i tkr efter region och ålder. År 2023\n"
            "region\t20-24 år\t25-34 år\tTotalt 20+ år\n"
            "00 Riket\t212,6\t358,3\t331,5\n0305 Håbo\t213,3\t338,0\t333,8\n0319 Älvkarleby\t206,4\t353,0\t319,1\n"
            "2521 Pajala\t243,5\t375,5\t340,3\n2580 Luleå\t230,1\t404,0\t350,2\n\nKälla: SCB\n")
    (tmp_path / "medianinkomst.txt").write_text(text, encoding="utf-8")
    r = load_file(tmp_path / "medianinkomst.txt", tmp_path)
    assert len(r.tables) == 1 and r.tables[0].frame.shape[0] == 5
    prose = "Mötet öppnades.\nNärvarande: Anna; Bo; Cecilia.\nProtokollet justerades.\nNästa möte i juni.\nMötet avslutades.\n"
    (tmp_path / "protokoll.txt").write_text(prose, encoding="utf-8")
    assert load_file(tmp_path / "protokoll.txt", tmp_path).tables == []


def test_age_bands_as_columns_are_melted_into_an_age_column():
    # round 44 (F44-02) and 43: "65 år eller äldre" and "25-34 år" of bands as columns had no slice
    rows = [["00 Riket", 212.6, 358.3, 428.9, 219.4, 331.5], ["0305 Håbo", 213.3, 338.0, 432.8, 211.6, 333.8],
            ["2580 Luleå", 230.1, 404.0, 450.0, 220.0, 350.2]]
    t = make_table(["region", "20-24 år", "25-34 år", "35-44 år", "65+ år", "Totalt 20+ år"], rows, table_id="m", document="m.txt",
                   caption="Sammanräknad förvärvsinkomst, medianinkomst i tkr efter region och ålder. År 2023")
    assert [c.name for c in t.columns if c.role == "value"] == ["Sammanräknad förvärvsinkomst, medianinkomst i tkr"]
    assert list(t.frame["Ålder"].unique()) == ["20-24 år", "25-34 år", "35-44 år", "65+ år", "Totalt 20+ år"]
    # years as columns are no bands
    t2 = make_table(["Kommun", "2021", "2022", "2023"], [["Flen", 1.5, 2.5, 3.5], ["Gnesta", 3.5, 4.5, 5.5]], table_id="y",
                    document="y.csv", caption="Något per kommun")
    assert "Ålder" not in t2.frame.columns


def test_a_header_naming_one_quarter_over_figures_is_that_quarters_value_column():
    # round 56: "Kvartal 2 2025", "Kvartal 3 2025" over counts had been read as period columns, so
    # the table became a register of quarters with a column of ones
    rows = [["Västra Götalands län", "Tillverkning", "1 777", "2 304"], ["Västra Götalands län", "Handel", "454", "397"],
            ["Summa Västra Götalands län", "", "4 256", "4 893"], ["Gotlands län", "Tillverkning", "64", "120"],
            ["Gotlands län", "Handel", "17", "19"], ["Summa Gotlands län", "", "192", "246"]]
    t = make_table(["Län", "Bransch", "Kvartal 2 2025", "Kvartal 3 2025"], rows, table_id="v", document="v.pdf",
                   caption="Tabell 1. Varsel om uppsägning per län och bransch (antal personer)")
    assert [(c.name, c.role) for c in t.columns][2:] == [("Kvartal 2 2025", "value"), ("Kvartal 3 2025", "value")]
    assert list(t.frame["Kvartal 3 2025"][:2]) == [2304, 397]


def test_a_column_of_units_never_labels_the_rows():
    # round 84 (F84-18): a report's key figures "Nyckeltal | Enhet | Period | Värde" had been
    # labelled by "Enhet" (an entity word: an organisation's unit), its values antal, procent, tkr
    rows = [["Befolkning 16–64 år", "antal", "2024", 176800], ["Sysselsättningsgrad 20–64 år", "procent", "2024", 78.9],
            ["Medianinkomst", "tkr", "2024", 398.5], ["Varsel om uppsägning", "personer", "2024", 1830]]
    t = make_table(["Nyckeltal", "Enhet", "Period", "Värde"], rows, table_id="n", document="r.pdf",
                   caption="Tabell 2. Nyckeltal för Västmanlands län")
    assert t.label_column == "Nyckeltal"
    # … while a column of organisational units is still the label
    t = make_table(["Enhet", "Antal anställda"], [["Ekonomi", 12], ["HR", 7]], table_id="e", document="e.xlsx", caption="Personal")
    assert t.label_column == "Enhet"


def test_a_unit_in_one_row_label_is_no_unit_of_the_table():
    # round 88 (F88-05): a budget "(kronor)" with a row "Indirekta kostnader (15 % av personal)"
    # had been read in per cent: "Externa tjänster är 620 000 %"
    rows = [["Personal", 1240000, 1310000], ["Externa tjänster", 450000, 620000],
            ["Indirekta kostnader (15 % av personal)", 186000, 196500], ["Lokaler", 120000, 120000]]
    t = make_table(["Kostnadsslag", "2026", "2027"], rows, table_id="b", document="a.docx",
                   caption="Tabell 1. Kostnadsbudget per år (kronor)")
    assert [c.unit for c in t.columns if c.role == "value"] == ["kr"]


def test_a_year_of_new_firms_is_a_count_not_a_column_of_codes():
    # round 103 (F103-05, F103-08): "2022, Nystartade företag" over 38, 1 012 … had been read as
    # codes ("företag" names the kind of rows) and every question of new firms answered with the
    # bankruptcies beside them
    header = ["Kommun"] + [f"{y}, {g}" for y in (2022, 2023) for g in ("Nystartade företag", "Konkurser")]
    rows = [["Ockelbo", 38, 2, 41, 3], ["Gävle", 1012, 71, 968, 84], ["Gävleborgs län", 2427, 161, 2295, 194]]
    t = make_table(header, rows, table_id="g", document="g.xlsx", caption="Nystartade företag och konkurser per kommun")
    assert not [c.name for c in t.columns if c.role == "code"]
    f = t.frame
    assert f[(f["Kommun"] == "Gävle") & (f["Period"] == "2023") & (f["Grupp"] == "Nystartade företag")].iloc[0, -1] == 968
    # (a bare "Företag" over whole numbers still lists codes)
    t = make_table(["Företag", "Kommun", "Anställda"], [[5561, "Gävle", 12], [5562, "Sandviken", 40], [5563, "Ockelbo", 7]],
                   table_id="h", document="h.csv")
    assert t.column("Företag").role == "code"


def test_a_row_of_another_unit_keeps_the_percent_of_the_others_from_the_column():
    # round 104 (F104-22): "Antal deltagare | 300 | 274" among "Andel kvinnor | 50 % | 46 %" had
    # been "300 %" participants
    rows = [["Antal deltagare", "300", "274"], ["Andel kvinnor", "50 %", "46 %"], ["Andel i arbete", "40 %", "36 %"],
            ["Andel avbrott", "15 %", "11 %"]]
    t = make_table(["Mål / indikator", "Mål", "Utfall"], rows, table_id="e", document="e.pdf", caption="Tabell 2. Mål och utfall")
    assert [c.unit for c in t.columns if c.role == "value"] == [None, None]
    rows = [["Kvinnor", "50 %", "46 %"], ["Män", "50 %", "54 %"], ["Unga", "20", "22 %"]]
    t = make_table(["Grupp", "Mål", "Utfall"], rows, table_id="f", document="f.pdf", caption="Tabell 3. Andelar")
    assert [c.unit for c in t.columns if c.role == "value"] == ["%", "%"]


def test_municipalities_as_columns_without_their_county_are_melted_under_a_caption_of_kommuner():
    # round 105 (F105-14): "År; Avesta; Borlänge; …" of "Kommunerna i Dalarnas län" had stayed
    # fifteen value columns, so "vilken kommun hade högst …" had no rows to rank
    rows = [[2022, 18638, 23408, 27206], [2023, 19830, 24917, 28021]]
    t = make_table(["År", "Avesta", "Borlänge", "Säter"], rows, table_id="d", document="d.xlsx",
                   caption="Nettokostnad äldreomsorg, kr/inv – Kommunerna i Dalarnas län")
    assert t.label_column == "Region" and set(t.frame["Region"]) == {"Avesta", "Borlänge", "Säter"} and len(t.frame) == 6
    # (columns that are no municipalities' names stay columns)
    t = make_table(["År", "Ersättningsbehov", "Expansionsbehov", "Totalt"], rows, table_id="e", document="e.xlsx",
                   caption="Rekryteringsbehov i kommunerna")
    assert [c.name for c in t.value_columns] == ["Ersättningsbehov", "Expansionsbehov", "Totalt"]


def test_months_merged_over_groups_are_melted():
    # round 87 (F87-12, F87-13): "oktober 2025" merged over three groups had stayed six value
    # columns, so no change between the months and no share of the total could be read
    header = ["Kommun"] + [f"{m} 2025, {g}" for m in ("oktober", "november")
                           for g in ("Öppet arbetslösa", "Sökande i program med aktivitetsstöd", "Totalt inskrivna arbetslösa")]
    rows = [["Gävle", 2275, 2305, 4580, 2300, 2449, 4749], ["Bollnäs", 600, 610, 1210, 619, 617, 1236]]
    t = make_table(header, rows, table_id="af", document="af.xlsx", caption="Inskrivna arbetslösa 16–64 år per kommun (antal)")
    names = [c.name for c in t.columns]
    assert "Månad" in names and "Grupp" in names and len([c for c in t.columns if c.role == "value"]) == 1
    assert len(t.frame) == 12


def test_dates_written_day_first_are_dates_and_item_numbers_are_no_figures():
    # round 93 (F93-19): "25/01/2024" in a register's Beslutsdatum had been text, so "i januari 2025"
    # filtered nothing and the whole register was counted; round 94 (F94-20): a delegation order's
    # "Nr" 1.1, 4.1 … had been amounts ("4,1 kr")
    rows = [["A AB", 100, "25/01/2024"], ["B AB", 200, "05/02/2025"], ["C AB", 300, "14/01/2025"]]
    t = make_table(["Företag", "Beviljat (kr)", "Beslutsdatum"], rows, table_id="r", document="r.tsv", caption="Beslut")
    assert list(t.frame["Beslutsdatum"]) == ["2024-01-25", "2025-02-05", "2025-01-14"]
    rows = [["1.1", "Beslut om projektstöd upp till 250 000 kr", "RUD"], ["1.2", "Attest", "Ekonomichef"], ["4.1", "Brådskande ärenden", "Ordförande"]]
    t = make_table(["Nr", "Ärende", "Delegat"], rows, table_id="d", document="d.docx", caption="Delegationsordning")
    assert t is None or not [c for c in t.columns if c.role == "value"]  # (no figures: no statistics table)


def test_a_part_row_under_several_totals_is_named_by_its_total():
    # round 93 (F93-18): "därav kvinnor" under "Nystartade företag" and under "Sysselsatta" had
    # been one row with two figures (205 and 6 972)
    rows = [["Nystartade företag", 416, 470], ["därav kvinnor", 160, 205], ["därav män", 256, 265],
            ["Sysselsatta i privat sektor", 16725, 16591], ["därav kvinnor", 7296, 6972], ["därav män", 9429, 9619]]
    t = make_table(["", "2023", "2024"], rows, table_id="g", document="g.pdf", caption="Tabell 1. Företag och sysselsättning på Gotland")
    labels = set(t.frame[t.label_column])
    assert "Nystartade företag, därav kvinnor" in labels and "Sysselsatta i privat sektor, därav kvinnor" in labels


def test_group_labels_set_right_aligned_over_their_columns_head_their_block():
    # round 95 (F95-16): "Kvinnor" and "Män" right-aligned over "Antal", "Andel (%)" were read into
    # the second column of each pair, so the men's count stood as "Kvinnor, Antal"
    from ingest.tables.header import combine_header_rows

    expected = ["Kommun", "Kvinnor, Antal", "Kvinnor, Andel (%)", "Män, Antal", "Män, Andel (%)"]
    bottom = ["Kommun", "Antal", "Andel (%)", "Antal", "Andel (%)"]
    assert combine_header_rows([["", "", "Kvinnor", "", "Män"], bottom]) == expected
    assert combine_header_rows([["", "Kvinnor", "", "Män", ""], bottom]) == expected


def test_heading_numbers_down_the_rows_are_a_category_not_a_figure():
    # round 106 (F106-03): a strategy's indicator table with "Målområde" 1, 1, 1, 2, 3, 3, 4 had
    # answered "vilka är de viktigaste målområdena" with "Målområde … är 3"
    rows = [[f"Indikator {i}", g, 50 + i] for i, g in enumerate([1, 1, 1, 2, 3, 3, 4])]
    t = make_table(["Indikator", "Målområde", "Målvärde 2030"], rows, table_id="r", document="r.pdf", caption="Tabell 1. Indikatorer")
    assert [c.name for c in t.value_columns] == ["Målvärde 2030"]
    # (a count that happens to run 1, 1, 2 … under a measure's name stays a figure)
    t = make_table(["Kommun", "Antal projekt"], [["A", 1], ["B", 1], ["C", 2], ["D", 3]], table_id="p", document="p.csv", caption="Projekt")
    assert [c.name for c in t.value_columns] == ["Antal projekt"]


def test_a_rate_of_one_year_beside_bare_years_is_a_measure_of_its_own_and_a_keyed_dash_is_zero():
    # round 107 (F107-06, F107-07): "Konkurser per 1 000 företag 2023" beside "2021" … "2023" had
    # been melted into the counts as a group, the counts shown in %; and "-", which the file's key
    # says is nothing, had been a missing value
    header = ["Kommun", "2021", "2022", "2023", "Konkurser per 1 000 företag 2023"]
    rows = [["Aneby", "3", "-", "4*", "5,2*"], ["Värnamo", "21", "25", "34", "6,0"]]
    notes = ("Fotnoter: * Reviderad uppgift., .. Uppgift saknas., - Inget finns att redovisa (värdet är noll).",)
    t = make_table(header, rows, table_id="k", document="k.csv", caption="Företagskonkurser efter kommun och år", notes=notes)
    values = {c.name: c.unit for c in t.value_columns}
    assert values == {"Företagskonkurser": None, "Konkurser per 1 000 företag": "‰"}, values
    f = t.frame
    assert f[(f["Kommun"] == "Aneby") & (f["Period"] == "2022")]["Företagskonkurser"].iloc[0] == 0
    # (without such a key a dash stays a missing value)
    t = make_table(header, rows, table_id="k", document="k.csv", caption="Företagskonkurser efter kommun och år")
    f = t.frame
    assert f[(f["Kommun"] == "Aneby") & (f["Period"] == "2022")]["Företagskonkurser"].isna().all()


def test_codes_beside_names_label_nothing_and_a_row_without_code_takes_none_from_above():
    # round 107 (F107-16, F107-17): SNI's letters beside "Näringsgren" had labelled the rows
    # ("Q", "P"), and the total row, whose code cell is empty, had been filled with "U"
    rows = [["A", "Jordbruk", 2960], ["B", "Utvinning", 610], ["C", "Tillverkning", 20650], ["U", "Internationella org.", None],
            ["", "Okänd verksamhet", 1540], ["", "Totalt", 25760]]
    t = make_table(["SNI", "Näringsgren", "2023"], rows, table_id="s", document="s.pdf", caption="Förvärvsarbetande efter näringsgren")
    assert t.label_column == "Näringsgren"
    assert list(t.frame["SNI"])[-2:] == ["", ""] and len(t.total_rows) == 1
    # (a group label written once over its rows is still filled down)
    rows = [["Stockholm", "Män", 5], ["", "Kvinnor", 6], ["Uppsala", "Män", 3], ["", "Kvinnor", 4], ["Gävle", "Män", 1], ["", "Kvinnor", 2]]
    t = make_table(["Län", "Kön", "Antal"], rows, table_id="g", document="g.csv", caption="Antal")
    assert list(t.frame["Län"]) == ["Stockholm", "Stockholm", "Uppsala", "Uppsala", "Gävle", "Gävle"]


def test_the_measure_of_a_caption_of_title_lines_is_named_by_the_line_saying_efter():
    # round 107 (F107-22): FK's "Statistikdatabas: … – Pågående sjukfall längre än 14 dagar efter län
    # och åldersgrupp, december 2024 – Uttagsdatum: …" had named its melted measure "Värde"
    from ingest.tables.columns import _measure_name

    caption = ("Statistikdatabas: Sjukpenning och rehabiliteringspenning – Pågående sjukfall längre än 14 dagar efter län och "
               "åldersgrupp, december 2024 – Uttagsdatum: 2025-01-20; Källa: Försäkringskassan")
    assert _measure_name(caption) == "Pågående sjukfall längre än 14 dagar"
    assert _measure_name("Arbetslöshet efter kommun, 2024") == "Arbetslöshet"


def test_eurostats_codes_label_no_rows_and_its_english_caption_names_the_measure():
    # round 109 (F109-05): NUTS codes ("SE33") had labelled the rows beside their names and the
    # measure was "Värde"
    header = ["unit", "sex", "geo\\time", "geo_label", "2021", "2022"]
    rows = [["PC", "T", "SE", "Sweden", "81.0 b", "82.1"], ["PC", "F", "SE33", "Upper Norrland", "78.0 b", "79.7"],
            ["PC", "M", "SE33", "Upper Norrland", "82.0 b", "84.5"], ["PC", "T", "SE11", "Stockholm", "83.1 b", "83.8"]]
    t = make_table(header, rows, table_id="e", document="e.csv", caption="Employment rates by sex, age and NUTS 2 regions (%)")
    assert t.label_column == "geo_label"
    assert [(c.name, c.unit) for c in t.value_columns] == [("Employment rates", "%")]


def test_days_that_bound_what_is_counted_are_no_unit():
    # rerun of round 107 (F107-21): FK's measure named "Pågående sjukfall längre än 14 dagar" had
    # shown its counts as "146 dagar"
    from ingest.tables.columns import unit_from_text

    assert unit_from_text("Pågående sjukfall längre än 14 dagar", [146.0]) is None
    assert unit_from_text("Medel antal dagar", [31.0]) == "dagar"
    assert unit_from_text("Väntetid i dagar, längre än 30 dagar", [40.0]) == "dagar"


def test_a_registers_summa_in_its_first_column_names_its_total_row():
    # round 111 (F111-19, F111-20): "Summa" under "Diarienr" with the project's name empty had been
    # a case number every count defaulted to, and the nameless row ranked first
    header = ["Diarienr", "Projektnamn", "Kommun", "Beviljat belopp (kr)"]
    rows = [["RUN 2024/101", "Green Tech Hub", "Umeå", 4200000], ["RUN 2024/102", "AI för SMF", "Umeå", 650000],
            ["RUN 2024/103", "Cykelstråk", "Nordmaling", 890000], ["Summa", "", "", 5740000]]
    t = make_table(header, rows, table_id="p", document="p.xlsx", caption="Beviljade projekt 2024")
    assert t.label_column == "Projektnamn" and list(t.frame["Projektnamn"])[-1] == "Summa" and list(t.frame["Diarienr"])[-1] == ""
    assert t.total_rows == (3,)


def test_a_figure_with_what_the_headers_brackets_name_in_brackets_is_two_columns():
    # round 133 (F133-11): "13 599 (1)" under "Per 100 000 inv. (rang)" had been text, so the
    # rate was never a figure and the row's name read "Eda (11 845 (4))"
    t = mk(["Kommun", "Anmälda brott 2024", "Per 100 000 inv. (rang)"],
           [["Karlstad", "12 000", "13 599 (1)"], ["Eda", "1 000", "11 845 (4)"], ["Hammarö", "1 200", "7 375 (16)"]],
           caption="Tabell 1. Anmälda brott per kommun 2024")
    assert [c.name for c in t.value_columns] == ["Anmälda brott 2024", "Per 100 000 inv.", "Rang"]
    assert list(t.frame["Per 100 000 inv."]) == [13599, 11845, 7375] and list(t.frame["Rang"]) == [1, 4, 16]
    assert list(t.frame["Kommun"]) == ["Karlstad", "Eda", "Hammarö"]
    # (a header that names nothing in brackets leaves such cells as they are)
    t2 = mk(["Kommun", "Anmälda brott 2024", "Per 100 000 inv."],
            [["Karlstad", "12 000", "13 599 (1)"], ["Eda", "1 000", "11 845 (4)"], ["Hammarö", "1 200", "7 375 (16)"]])
    assert "Rang" not in [c.name for c in t2.columns]


def test_a_column_counted_in_thousands_is_a_count_not_the_captions_percent():
    # round 133 (F133-01): "Arbetslösa kvinnor (tusental)" under a caption "Tusental respektive
    # procent" had taken the caption's "%", so "hur många arbetslösa" read the unemployment rate
    t = mk(["Län", "Arbetslösa kvinnor (tusental)", "Arbetslöshet kvinnor (%)"], [["Norrbottens län", "4,3", "6,6"], ["Gävleborgs län", "7,1", "11,0"]],
           caption="Sysselsatta och arbetslösa efter län och kön. Tusental respektive procent")
    units = {c.name: c.unit for c in t.value_columns}
    assert units == {"Arbetslösa kvinnor (tusental)": "tusental", "Arbetslöshet kvinnor (%)": "%"}, units


def test_a_column_of_section_numbers_is_no_figure():
    # round 144 (F144-12): a table of proposed changes with "Avsnitt" over 3, 4.2, 4.4, 5, 6 was a
    # statistics table whose figures were section numbers ("Avsnitt (kr) 4,2 kr")
    t = mk(["Nr", "Avsnitt", "Gällande lydelse", "Föreslagen lydelse"],
           [["1", "3", "Minst tolv månader", "Minst sex månader"], ["2", "4.2", "Högst tolv månader", "Högst arton månader"],
            ["3", "4.4", "Inom två veckor", "Första veckan"], ["4", "5", "2 500 kr per månad", "3 000 kr per månad"]])
    assert t is None or t.column("Avsnitt").role != "value"
    kept = mk(["Kommun", "Andel (%)"], [["Gnesta", "4.2"], ["Trosa", "3"]])
    assert kept.column("Andel (%)").role == "value"


def test_a_mean_number_of_hours_is_hours_not_a_count():
    # round 145 (F145-05): "Har antalet som får assistansersättning … minskat?" was read as the column
    # "Genomsnittligt antal beviljade timmar per vecka" – its "antal" had made it a count beside
    # "Antal mottagare"
    from ingest.tables.columns import unit_from_text

    assert unit_from_text("Genomsnittligt antal beviljade timmar per vecka, Samtliga") == "timmar"
    assert unit_from_text("Antal mottagare, Samtliga") == "antal"
    assert unit_from_text("Antal timmar") == "antal"  # (hours summed are a count of hours)


def test_an_identifier_written_as_a_compound_with_id_is_a_code():
    # round 143: an event log's "HändelseID" (581200, 581204 …) was a value column to add up
    rows = [[str(581200 + 4 * i), f"JT-{24366 + i}", "Inskrivning" if i % 2 else "Avslut"] for i in range(12)]
    t = mk(["HändelseID", "DeltagarID", "Händelse"], rows)
    assert t is None or t.column("HändelseID").role != "value"
    kept = mk(["Kommun", "Handläggningstid"], [["Gnesta", "12"], ["Trosa", "9"], ["Flen", "15"]])
    assert kept.column("Handläggningstid").role == "value"


def test_a_survey_estimate_with_its_interval_in_brackets_is_a_figure():
    # round 147 (F147-03, F147-16): "24 (20–28)" – a share with its 95 % confidence interval – had
    # left the years' columns as text, and "hur stor andel …" was answered with the change alone
    t = make_table(["Indikator", "Område", "2021", "2024", "Förändring"],
                   [["Röker dagligen", "Karlskoga", "22 (18–26)", "24 (20–28)", "+2"], ["Röker dagligen", "Kumla", "–", "11 (8–14)", "−2*"],
                    ["Röker dagligen", "Örebro län", "10 (9–11)", "9 (8–10)", "−1"]],
                   table_id="lh", document="lh.csv", caption="Liv & hälsa 2024, andel (%)")
    assert t is not None
    assert t.frame["2024"].tolist() == [24.0, 11.0, 9.0], t.frame
    assert any("konfidensintervall" in n for n in t.notes)


def test_a_registers_column_of_years_is_a_period_not_a_figure():
    # round 149 (F149-01): "Ansökningsomgång" over 2023, 2024, 2025 … of a register of applications
    # was a value column – "i 2025 års ansökningsomgång" sliced nothing and every year was added up
    rows = [[2023 + (i % 3), f"Utbildning {i}", "Trollhättan" if i % 2 else "Uddevalla", "Beviljad" if i % 4 else "Avslag", 25 + i]
            for i in range(12)]
    t = make_table(["Ansökningsomgång", "Utbildningsnamn", "Utbildningsort", "Beslut", "Beviljade platser totalt"], rows,
                   table_id="yh", document="yh.xlsx", caption="Ansökningar och beslut, yrkeshögskolan")
    roles = {c.name: c.role for c in t.columns}
    assert roles["Ansökningsomgång"] != "value" and roles["Beviljade platser totalt"] == "value", roles
