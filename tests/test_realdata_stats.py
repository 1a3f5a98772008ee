"""Every real statistics export in ../shared/realdata/stats loads into sensible tables.

The files are read where they lie (never copied into the repository); the tests skip when
the folder is absent. Facts asserted here were checked against the files by hand.
"""
import math
from functools import cache
from pathlib import Path

import pytest

from index.passages import table_texts
from ingest.stats_io import read_stats_file

STATS = Path(__file__).parents[2] / "shared" / "realdata" / "stats"
pytestmark = [pytest.mark.skipif(not STATS.is_dir(), reason="realdata/stats not available"), pytest.mark.slow]


@cache
def load(name: str):
    return read_stats_file(STATS / name, f"stats/{name}")


def one(name: str):
    tables = load(name)
    assert len(tables) == 1, [t.id for t in tables]
    return tables[0]


def by_sheet(name: str) -> dict:
    return {t.id.split("#", 1)[1]: t for t in load(name)}


def row(t, **where):
    f = t.frame
    mask = True
    for col, val in where.items():
        mask = mask & (f[col] == val)
    hit = f[mask]
    assert len(hit) == 1, (where, len(hit))
    return hit.iloc[0]


def test_every_file_loads_and_every_table_is_consistent():
    files = sorted(p.name for p in STATS.iterdir())
    assert len(files) == 17
    for name in files:
        tables = load(name)
        assert tables, name
        ids = [t.id for t in tables]
        assert len(set(ids)) == len(ids), name
        for t in tables:
            assert t.document == f"stats/{name}"
            assert t.raw.shape == t.frame.shape and list(t.raw.columns) == list(t.frame.columns)
            assert [c.name for c in t.columns] == list(t.frame.columns)
            assert t.label_column in t.frame.columns
            assert t.value_columns, t.id
            for c in t.value_columns:
                assert t.frame[c.name].dtype == "float64", (t.id, c.name)
            assert all(0 <= i < len(t.frame) for i in t.total_rows)
            texts = table_texts(t)
            assert texts and all(len(x) <= 1200 for x in texts), t.id
            assert len(texts) <= 4 or len(t.frame) <= 60, t.id


def test_largest_files_load():
    # (how fast is a benchmark's business – bench/bench_ingest_search.py prints it; a timed
    # assertion here failed whenever another job shared the two cores)
    for name in (
        "esv_statens_inkomster_2006_2024_semikolon.csv",
        "folkhalsomyndigheten_hlv_dalarna_kommuner_2014_2018_2021.xlsx",
        "jordbruksverket_regionalstatistik_dalarna.xlsx",
    ):
        tables = load(name)  # read once for this module (the test above reads every file too)
        assert tables and all(len(t.frame) for t in tables), name


def test_esv_semicolon_decimal_comma_utf8():
    t = one("esv_statens_inkomster_2006_2024_semikolon.csv")
    assert len(t.frame) == 4242
    assert t.label_column == "Inkomsttitelsnamn"
    assert [c.name for c in t.value_columns] == ["Statens budget", "Utfall"]
    first = t.frame.iloc[0]
    assert first["Inkomsttitelsnamn"] == "Statlig inkomstskatt" and first["År"] == "2006"
    assert first["Utfall"] == pytest.approx(41004.63419)
    assert t.raw.at[0, "Statens budget"] == "40612,1932895"
    assert t.frame.iloc[-1]["Utfall"] == pytest.approx(-12.651566)
    assert math.isnan(t.frame.iloc[-1]["Statens budget"])  # empty field
    assert t.column("Inkomsttyp").role == "code" and first["Inkomsttyp"] == "1000"
    assert t.column("Inkomsttitelgrupp").role == "code"  # "1140-1160" ranges too
    assert t.column("År").role == "dimension"


@pytest.mark.parametrize(
    "name, rows, value, first",
    [
        ("fk_ohalsotal_lan_2024.xlsx", 108, "Ohälsotalet", 22.3),
        ("fk_sjukpenningtal_lan_2024.xlsx", 756, "Sjukpenningtal 1.0", 10.3),
    ],
)
def test_fk_exports_totals_and_days(name, rows, value, first):
    t = one(name)
    assert len(t.frame) == rows
    assert t.label_column == "Län"
    assert t.column(value).unit == "dagar"
    assert t.frame.at[0, value] == pytest.approx(first)
    assert t.column("Län").total_values == ("Riket",)
    assert t.column("Kommun").total_values == ("Riket",)
    assert t.column("Kön").total_values == ("Kvinnor och män",)
    assert t.column("Ålder").total_values == ("Samtliga 16-64 år",)
    assert set(t.frame.loc[list(t.total_rows), "Län"]) == {"Riket"}
    assert len(t.total_rows) == (t.frame["Län"] == "Riket").sum()
    assert t.column("År").role == t.column("Månad").role == "dimension"
    assert t.frame.at[0, "Månad"] == "09" and t.frame.at[0, "År"] == "2024"  # text, leading zero kept


def test_fk_diagnosis_percent():
    t = one("fk_pagaende_sjukfall_diagnos_lan_2024.xlsx")
    assert len(t.frame) == 144
    c = t.column("Andel pågående sjukfall (%)")
    assert c.unit == "%"
    assert t.column("Diagnoskapitel").total_values == ("Samtliga diagnoskapitel",)
    r = row(t, Månad="04", Kön="Kvinnor och män", Län="20 Dalarnas län",
            Diagnoskapitel="F00-F99 Psykiska sjukdomar och syndrom samt beteendestörningar")
    assert r["Andel pågående sjukfall (%)"] == pytest.approx(53.5)


def test_hlv_four_sheets_percent_and_interval_text():
    sheets = by_sheet("folkhalsomyndigheten_hlv_dalarna_kommuner_2014_2018_2021.xlsx")
    assert {k: len(t.frame) for k, t in sheets.items()} == {
        "Kommunjämförelse": 2852, "Ålder": 9933, "Födelseland": 6108, "Utbildning": 8339,
    }
    t = sheets["Kommunjämförelse"]
    assert t.label_column == "Kommun"
    assert t.column("Andel").unit == "%"
    assert t.column("Konfidensintervall").role == "text"
    assert t.frame.at[0, "Konfidensintervall"] == "57.9 - 66.7 *"
    assert t.frame.at[0, "Andel"] == 62 and t.frame.at[0, "År"] == "2014"
    assert set(t.column("Kommun").total_values) == {"Riket", "Dalarna"}
    assert t.column("Kön").total_values == ("Totalt",)
    assert sheets["Födelseland"].column("Födelseland").total_values == ()  # "Sverige" is a country here


def test_jordbruksverket_pxweb_sheet_sparse_labels_sum_row_and_footer():
    sheets = by_sheet("jordbruksverket_regionalstatistik_dalarna.xlsx")
    t = sheets["Befolkning"]
    assert t.caption == "Folkmängd efter region, ålder, kön och år"
    assert [c.name for c in t.columns] == ["Region", "Ålder", "Kön", "Period", "Folkmängd"]
    assert set(t.frame["Region"]) == {"20 Dalarnas län"}
    assert row(t, **{"Ålder": "5-9 år", "Kön": "kvinnor", "Period": "1999"})["Folkmängd"] == 9242
    assert row(t, **{"Ålder": "Summa", "Period": "1999"})["Folkmängd"] == 280575
    assert t.column("Folkmängd").unit == "antal"  # from the footer's "Sort: antal"
    assert "Källa: SCB" in t.notes and "Intern referenskod: BE0101N1" in t.notes
    assert len(t.frame) == 43 * 20


def test_jordbruksverket_other_sheets():
    sheets = by_sheet("jordbruksverket_regionalstatistik_dalarna.xlsx")
    assert not any(k.startswith("FEK") for k in sheets)  # a code list, no numbers
    ak = sheets["Åkerareal"]
    r = row(ak, Gröda="höstkorn", Period="1999")
    assert math.isnan(r["Åkerarealens användning"])
    assert ak.raw.loc[r.name, "Åkerarealens användning"] == ".."
    lmk = sheets["Utbildning, LMK"]
    assert lmk.notes == ("Källa: Beställd från SCB.",)
    assert row(lmk, Aggregat="Livsmedelskedjan", Utbildningsnivå="Förgymnasial utbildning", Period="2008")["Antal anställda"] == 3563
    assert lmk.column("Antal anställda").unit == "antal"


def test_kolada_codes_with_leading_zeros():
    t = one("kolada_ekonomiskt_utsatta_barn_regioner.csv")
    assert len(t.frame) == 315
    assert t.label_column == "municipality"
    assert t.column("municipality_id").role == "code"
    assert t.frame.at[0, "municipality_id"] == "0001"
    assert t.frame.at[0, "value"] == pytest.approx(11.690542)
    assert t.column("value").unit == "%"
    assert "Region Norrbotten" in set(t.frame["municipality"])


def test_mucf_two_row_header_fractions_and_nbsp():
    sheets = by_sheet("mucf_unga_varken_arbetar_eller_studerar_2022.xlsx")
    assert set(sheets) == {"Dalarna", "Gävleborg", "Värmland", "Inläs"}
    expected = ["16-24 år, Antal", "16-24 år, Andel", "25-29 år, Antal", "25-29 år, Andel"]
    for sheet in ("Dalarna", "Gävleborg", "Värmland"):  # Värmland's header row is shifted one column
        assert [c.name for c in sheets[sheet].value_columns] == expected, sheet
    d = sheets["Dalarna"]
    assert d.caption == "2022, Dalarnas Län, Kön, Ursprung, Ålder, Alla"
    assert d.notes == ("Källa: https://www.mucf.se/verktyg/statistik-om-unga-som-varken-arbetar-eller-studerar",)
    # the Andel cells are fractions formatted "0.00%": read as the 4,60 % a reader of the sheet sees
    assert d.column("16-24 år, Andel").unit == "%"
    assert d.column("16-24 år, Antal").unit == "antal"
    r = row(d, Grupp="Kvinnor Inrikesfödd")
    assert r["16-24 år, Andel"] == pytest.approx(4.6) and r["16-24 år, Antal"] == 456
    assert d.column("Grupp").total_values == ("Alla",)
    inl = sheets["Inläs"]
    assert len(inl.frame) == 54
    assert "16-24 år" in set(inl.frame["Ålder"])  # no-break space cleaned
    assert inl.column("Kön").total_values == ("Totalt",)


def test_export_latin1_r_csv():
    t = one("region_dalarna_export_per_invanare_lan_latin1.csv")
    assert len(t.frame) == 506
    assert [c.name for c in t.columns] == ["Ar", "AstLan", "Lan_namn", "RegExpVarde", "bef_20_64ar", "RegExp_inv20_64ar"]
    assert t.frame.at[0, "Lan_namn"] == "Stockholms län"
    assert t.frame.at[0, "AstLan"] == "01"
    assert t.label_column == "Lan_namn"
    last = t.frame.iloc[-1]
    assert last["AstLan"] == "99" and last["Lan_namn"] == ""  # NA
    assert math.isnan(last["RegExp_inv20_64ar"]) and t.raw.iloc[-1]["RegExp_inv20_64ar"] == "Inf"
    assert t.frame.at[0, "RegExpVarde"] == pytest.approx(113466811691.929)


def test_scb_wide_years_with_missing_markers():
    t = one("scb_AM0112C1_lon_utbildningsniva_kon_latin1.csv")
    assert len(t.frame) == 12 * 25
    assert t.label_column == "Utbildningsnivå SUN 2000"
    assert list(t.frame.columns) == ["Utbildningsnivå SUN 2000", "kön", "Period", "Värde"]
    r = row(t, **{"Utbildningsnivå SUN 2000": "eftergymnasial utbildning kortare än två år", "kön": "män", "Period": "1991"})
    assert math.isnan(r["Värde"])
    assert row(t, **{"Utbildningsnivå SUN 2000": "forskarutbildning", "kön": "kvinnor", "Period": "2015"})["Värde"] == 46900


def test_scb_latin1_quoted_long_table():
    t = one("scb_UF0506A1_utbildningsniva_lan_2017_latin1.csv")
    assert len(t.frame) == 336
    assert t.label_column == "region"
    assert t.frame.at[0, "region"] == "01 Stockholms län"
    assert t.frame.at[0, "2017"] == 25559
    assert t.column("ålder").total_values == ("totalt 16-74 år",)
    assert t.frame["region"].nunique() == 21


def test_scb_tab8_wide_year_and_sex():
    t = one("scb_tab8_utbildningsgrupp_tidsserie_2018_latin1.csv")
    assert len(t.frame) == 98 * 39
    assert [c.name for c in t.columns] == ["Utbildningsgrupp (SUN 2000)", "SUN 2000", "Period", "Kön", "Värde"]
    assert t.column("Kön").total_values == ("Samtliga",)
    assert t.column("Utbildningsgrupp (SUN 2000)").total_values == ("Samtliga utbildningsgrupper",)
    assert t.frame.at[0, "Värde"] == 4820934
    r = row(t, **{"SUN 2000": "Folkskoleutbildning och motsvarande", "Period": "2006", "Kön": "Kvinnor"})
    assert r["Värde"] == 126237  # the padded trailing spaces are gone


def test_r_written_xlsx_without_dimension_record():
    t = one("scb_arbetsloshet_kommun_dalarna_2020M01_2022M12.xlsx")
    assert len(t.frame) == 1224
    assert t.label_column == "region"
    assert t.column("regionkod").role == "code"
    assert set(t.frame["regionkod"]) >= {"00", "20", "2021"}
    assert t.column("andel").unit == "%"
    assert t.frame.at[0, "andel"] == pytest.approx(3.2)
    assert set(t.column("region").total_values) == {"Sverige", "Dalarna"}
    assert set(t.frame.loc[list(t.total_rows), "region"]) == {"Sverige", "Dalarna"}
    assert t.column("tid").role == "dimension" and t.frame.at[0, "tid"] == "2020M01"


def test_skolverket_merged_three_row_headers_and_suppression_markers():
    sheets = by_sheet("skolverket_gymnasie_genomstromning_startar2017_kommun.xlsx")
    assert len(sheets) == 23  # 24 sheets; "Rapportbeskrivning och def." is text only
    t = sheets["Nationella program"]
    assert t.caption.startswith("Gymnasieskolan - Genomströmning inom 3, 4 och 5 år, GY11 – Nationella program")
    assert sheets["Yrkesprogram"].caption.startswith("Gymnasieskolan - Genomströmning")  # title 2 empty rows above
    assert t.label_column == "Kommun"
    assert t.column("Kommun-kod").role == "code" and t.column("Läns-kod").role == "code"
    assert t.column("Typ av huvudman").total_values == ("Samtliga",)
    col3 = "Andel (%) som slutfört med examen, Inom 3 år"
    assert t.column(col3).unit == "%"
    assert "Andel (%) som startat och slutfört utbildningen inom samma program, Inom 4 år" in t.frame.columns
    ale = row(t, Kommun="Ale", **{"Typ av huvudman": "Samtliga"})
    assert ale[col3] == 52 and math.isnan(ale["Andel (%) som slutfört med examen, Inom 5 år"])
    ost = row(t, Kommun="Österåker", **{"Typ av huvudman": "Samtliga"})
    assert ost["Kommun-kod"] == "0117" and ost["Läns-kod"] == "01"
    assert t.column("Totalt antal").unit == "antal"


def test_socialstyrelsen_months_and_tkr():
    t = one("socialstyrelsen_ekonomiskt_bistand_dalarna_manad.xlsx")
    assert t.caption == "Ekonomiskt bistånd, Dalarnas län"
    assert len(t.frame) == 132
    assert t.column("Utbetalt ekonomiskt bistånd tkr").unit == "tkr"
    assert t.column("Antal hushåll").unit == "antal"
    assert row(t, År="2014", Månad="Januari")["Antal hushåll"] == 3914
    assert t.label_column == "Period" and t.frame.at[0, "Period"] == "2014 Januari"


def test_tillvaxtanalys_wide_quarters_and_kommun_codes():
    sheets = by_sheet("tillvaxtanalys_nystartade_foretag_lan_kommun.xlsx")
    lan, kom = sheets["Län"], sheets["Kommun"]
    assert len(lan.frame) == 22 * 62
    assert lan.column("Län").total_values == ("Samtliga",)
    assert row(lan, Län="Stockholms län", Period="200701")["Värde"] == 4912
    assert len(kom.frame) == 291 * 62
    assert kom.column("Kommunnummer").role == "code"
    r = row(kom, Kommun="Upplands Väsby", Period="200701")
    assert r["Kommunnummer"] == "0114" and kom.raw.loc[r.name, "Kommunnummer"] == "114"
    assert (kom.raw["Värde"] == "..").sum() == 751
    assert math.isnan(row(kom, Kommun="Vallentuna", Period="200701")["Värde"])
    assert set(kom.frame.loc[list(kom.total_rows), "Kommun"]) == {"Samtliga"}


def test_pxweb_xlsx_konkurser():
    t = one("tillvaxtanalys_pxweb_konkurser_dalarna_manad.xlsx")
    assert t.sheet == "BE0101G9"
    assert t.caption.startswith("Konkurser och anställda berörda av konkurs 1996-")
    assert len(t.frame) == 343  # 1996M01 … 2024M07
    assert [c.name for c in t.columns] == ["Månad", "Län", "Antal anställda berörda av konkurser"]
    assert t.frame.iloc[0].to_dict() == {"Månad": "2024M07", "Län": "20 Dalarnas län", "Antal anställda berörda av konkurser": 25}
    assert t.column("Antal anställda berörda av konkurser").unit == "antal"
