import math

import openpyxl
import pytest

from ingest.model import IngestError
from ingest.stats_io import read_stats_file, sniff_delimiter
from ingest.swedish import decode_bytes

PXWEB_CSV = (
    "Tabell 3. Arbetslöshet per kommun 2023\n"
    "\n"
    "Kommun;Kod;Arbetslösa;Andel (%)\n"
    "Örebro;1880;4 553;6,8\n"
    "Kumla;1881;..;5,1\n"
    "Laxå;1860;312;\n"
    "Örebro län;18;12 345;5,9\n"
    "\n"
    "Källa: SCB, RAMS 2023\n"
    "Anm.: .. = uppgift saknas\n"
)


def test_cp1252_semicolon_csv_with_title_and_footnotes(tmp_path):
    p = tmp_path / "arbetsloshet.csv"
    p.write_bytes(PXWEB_CSV.encode("cp1252"))
    (t,) = read_stats_file(p, "stats/arbetsloshet.csv")
    assert t.id == "stats/arbetsloshet.csv#csv"
    assert t.document == "stats/arbetsloshet.csv"
    assert t.page is None and t.sheet is None
    assert t.caption == "Tabell 3. Arbetslöshet per kommun 2023"
    assert t.notes == ("Källa: SCB, RAMS 2023", "Anm.: .. = uppgift saknas")
    assert t.label_column == "Kommun"
    assert list(t.frame["Kommun"]) == ["Örebro", "Kumla", "Laxå", "Örebro län"]
    assert t.frame.at[0, "Arbetslösa"] == 4553
    assert t.frame.at[0, "Andel (%)"] == pytest.approx(6.8)
    assert math.isnan(t.frame.at[1, "Arbetslösa"]) and t.raw.at[1, "Arbetslösa"] == ".."
    assert math.isnan(t.frame.at[2, "Andel (%)"])
    assert t.column("Kod").role == "code"
    assert t.column("Andel (%)").unit == "%"
    assert t.total_rows == (3,)


def test_excels_sep_line_names_the_separator_and_is_no_title(tmp_path):
    # round 143 (F143-14): an export opening with Excel's "sep=;" line had the caption
    # "sep= – Deltagare i etableringsprogrammet …"
    p = tmp_path / "etablering.csv"
    p.write_bytes(PXWEB_CSV.replace("\r\n", "\n").join(["sep=;\r\n", ""]).encode("cp1252"))
    (t,) = read_stats_file(p, "stats/etablering.csv")
    assert t.caption == "Tabell 3. Arbetslöshet per kommun 2023", t.caption
    assert list(t.frame["Kommun"]) == ["Örebro", "Kumla", "Laxå", "Örebro län"]


def test_a_source_line_holding_the_separator_above_the_header_stays_one_line(tmp_path):
    # round 105: "Källa: Arbetsförmedlingen; SCB (arbetskraft)" had been split in two cells – its
    # second read as the title, its first column as a table of its own – and the municipalities lost
    p = tmp_path / "kvartal.csv"
    p.write_bytes(("\ufeffInskrivna arbetslösa 16–64 år, andel (%), Östergötlands län\r\n"
                   "Källa: Arbetsförmedlingen; SCB (arbetskraft)\r\n\r\n"
                   "Kommun;2023K1;2023K2;2023K3;2023K4\r\nÖdeshög;10,2;9,4;9,2;9,7\r\nYdre;9,0;8,4;8,4;..\r\n"
                   "Norrköping;11,0;10,4;10,1;10,6\r\n").encode("utf-8"))
    (t,) = read_stats_file(p, "stats/kvartal.csv")
    assert t.caption.startswith("Inskrivna arbetslösa") and "Källa: Arbetsförmedlingen; SCB (arbetskraft)" in " ".join((t.caption, *t.notes))
    assert t.label_column == "Kommun" and "Norrköping" in set(t.frame["Kommun"])


def test_a_key_value_block_above_the_header_keeps_the_label_column(tmp_path):
    # round 119 (F119-03, -15): "Tabell:;…", "Enhet:;…", "Källa:;…" above "Kommun;Drivmedel;2021…" had
    # made the first column a notes column – every municipality lost into the notes
    p = tmp_path / "bilar.csv"
    rows = ["Tabell:;Personbilar i trafik efter kommun och drivmedel;;;;", "Region:;Sjuhärad;;;;", "Enhet:;antal fordon;;;;",
            "Källa:;Trafikanalys;;;;", "Senast uppdaterad:;2025-02-20;;;;", ";;;;;", "Kommun;Drivmedel;2021;2022;2023;2024"]
    for kommun in ("Borås", "Ulricehamn", "Mark"):
        rows += [f"{kommun};Bensin;120;100;90;80", f"{kommun};El;5;10;20;30", f"{kommun};Totalt;125;110;110;110"]
    rows += [";;;;;", "Anm.:;El = endast el. ;;;;", "Anm.:;.. = färre än 10 fordon, redovisas ej.;;;;"]
    p.write_bytes(("\n".join(rows) + "\n").encode("utf-8"))
    (t,) = read_stats_file(p, "stats/bilar.csv")
    assert t.label_column == "Kommun" and set(t.frame["Kommun"]) == {"Borås", "Ulricehamn", "Mark"}
    assert "Personbilar i trafik" in t.frame.columns and "Tabell:;" not in t.caption
    assert "Enhet: antal fordon" in t.notes


def test_utf8_bom_tab_separated(tmp_path):
    p = tmp_path / "lan.tsv"
    p.write_bytes("\ufeffÅr\tLän\tAntal\n2023\tStockholms län\t1 234\n2024\tUppsala län\t1 300\n".encode("utf-8"))
    (t,) = read_stats_file(p, "lan.tsv")
    assert [c.name for c in t.columns] == ["År", "Län", "Antal"]  # no BOM in the first name
    assert t.label_column == "Län"
    assert list(t.frame["Antal"]) == [1234, 1300]
    assert t.column("År").role == "dimension"


def test_quoted_comma_csv_with_decimal_points(tmp_path):
    p = tmp_path / "kolada.csv"
    p.write_text('"kpi","municipality_id","year","value","municipality"\n'
                 '"Andel, (%)","0001",2007,11.690542,"Region Stockholm"\n'
                 '"Andel, (%)","0003",2007,9.003085,"Region Uppsala"\n', encoding="utf-8")
    (t,) = read_stats_file(p, "kolada.csv")
    assert list(t.frame["municipality_id"]) == ["0001", "0003"]
    assert t.frame.at[0, "value"] == pytest.approx(11.690542)
    assert t.column("value").unit == "%"


def test_a_first_row_of_year_like_codes_and_figures_is_data_not_a_second_header(tmp_path):
    # Kolada: Sala's code 1981, the period 2024 and a count of 2083 all read like years, but the
    # cells below them are codes and years too – the row is the first case, not a header of years
    p = tmp_path / "kolada.csv"
    p.write_text("kpi,kpi_title,municipality_id,municipality,period,gender,value\n"
                 'N01,"Invånare med förgymnasial utbildning",1981,Sala,2024,T,2083\n'
                 'N01,"Invånare med förgymnasial utbildning",0780,Växjö,2024,T,1500\n'
                 'N02,"Invånare med gymnasial utbildning",1981,Sala,2024,T,4100\n', encoding="utf-8")
    (t,) = read_stats_file(p, "kolada.csv")
    assert [c.name for c in t.columns][:3] == ["kpi", "kpi_title", "municipality_id"]
    assert list(t.frame["value"]) == [2083, 1500, 4100]


def test_two_row_header_xlsx_with_merged_cells(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Genomströmning"
    ws.append(["Gymnasieskolan - Genomströmning"])
    ws.append(["Valt startläsår: 2017/18"])
    ws.append([])
    ws.append([None, None, "Andel (%) som slutfört", None])
    ws.merge_cells("C4:D4")
    ws.append(["Kommun", "Kommun-kod", "Inom 3 år", "Inom 4 år"])
    ws.append(["Ale", "1440", 52, 68])
    ws.append(["Österåker", "0117", 70.6, "."])
    ws.append(["Östhammar", "0382", "..", 82.9])
    p = tmp_path / "skolverket.xlsx"
    wb.save(p)
    (t,) = read_stats_file(p, "skolverket.xlsx")
    assert t.sheet == "Genomströmning"
    assert t.id == "skolverket.xlsx#Genomströmning"
    assert t.caption == "Gymnasieskolan - Genomströmning – Valt startläsår: 2017/18"
    assert [c.name for c in t.value_columns] == ["Andel (%) som slutfört, Inom 3 år", "Andel (%) som slutfört, Inom 4 år"]
    assert all(c.unit == "%" for c in t.value_columns)
    assert list(t.frame["Kommun-kod"]) == ["1440", "0117", "0382"]
    assert t.frame.at[1, "Andel (%) som slutfört, Inom 3 år"] == pytest.approx(70.6)
    assert t.raw.at[1, "Andel (%) som slutfört, Inom 3 år"] == "70.6"
    assert math.isnan(t.frame.at[1, "Andel (%) som slutfört, Inom 4 år"])


def test_pxweb_xlsx_title_blank_row_and_measure_only_header(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "BE0101G9"
    ws.append(["Konkurser och anställda berörda av konkurs 1996- efter månad, län och variabel"])
    ws.append([])
    ws.append([None, None, "Antal anställda berörda av konkurser"])
    ws.append(["2024M07", "20 Dalarnas län", 25])
    ws.append(["2024M06", "20 Dalarnas län", 5])
    p = tmp_path / "konkurser.xlsx"
    wb.save(p)
    (t,) = read_stats_file(p, "konkurser.xlsx")
    assert [c.name for c in t.columns] == ["Månad", "Län", "Antal anställda berörda av konkurser"]
    assert t.column("Antal anställda berörda av konkurser").unit == "antal"
    assert list(t.frame["Månad"]) == ["2024M07", "2024M06"]


def test_several_sheets_and_a_code_list_sheet_is_skipped(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Kodlista"
    ws.append(["Namn", "Länskod"])
    ws.append(["Stockholms län", "01"])
    ws.append(["Uppsala län", "03"])
    ws2 = wb.create_sheet("Data")
    ws2.append(["Län", "Antal"])
    ws2.append(["Stockholms län", 5])
    ws2.append(["Uppsala län", 3])
    wb.create_sheet("Tomt")
    p = tmp_path / "multi.xlsx"
    wb.save(p)
    tables = read_stats_file(p, "multi.xlsx")
    assert [t.sheet for t in tables] == ["Data"]


def test_side_by_side_tables_on_one_sheet_get_suffixed_ids(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Blad"
    ws.append(["Område", "Antal", None, None, "Kommun", "Andel"])
    ws.append(["Vivalla", 10, None, None, "Falun", 0.5])
    ws.append(["Brickebacken", 12, None, None, "Mora", 0.4])
    p = tmp_path / "side.xlsx"
    wb.save(p)
    tables = read_stats_file(p, "side.xlsx")
    assert [t.id for t in tables] == ["side.xlsx#Blad", "side.xlsx#Blad-2"]
    assert [t.label_column for t in tables] == ["Område", "Kommun"]


def _two_blocks(ws, titles, header):
    ws.append(["Personer med anställningsstöd i Östergötlands län, september 2025"])
    ws.append([])
    ws.append([titles[0], None, None, None, titles[1]])
    ws.append([*header, None, *header])
    ws.append(["Boxholm", 12, 5, None, "Boxholm", 14, 8])
    ws.append(["Mjölby", 66, 33, None, "Mjölby", 70, 42])
    ws.append(["Östergötlands län", 1103, 590, None, "Östergötlands län", 1596, 717])


def test_side_by_side_tables_split_by_sex_are_one_table_with_a_sex_column(tmp_path):
    # (read apart, the women's table sat under the sheet's title and passed for the whole county)
    wb = openpyxl.Workbook()
    _two_blocks(wb.active, ["Kvinnor", "Män"], ["Kommun", "Nystartsjobb", "Lönebidrag"])
    p = tmp_path / "stod.xlsx"
    wb.save(p)
    (t,) = read_stats_file(p, "stod.xlsx")
    assert [c.name for c in t.columns][:2] == ["Kön", "Kommun"]
    assert t.column("Kön").role == "dimension"
    assert list(t.frame["Kön"]) == ["Kvinnor"] * 3 + ["Män"] * 3
    assert list(t.frame["Nystartsjobb"]) == [12, 66, 1103, 14, 70, 1596]
    assert "Män" not in t.caption and t.caption.startswith("Personer med anställningsstöd")


def test_side_by_side_tables_under_titles_of_units_stay_two_tables(tmp_path):
    # "Antal" | "Andel (%)" over the same header are two measures, never one column
    wb = openpyxl.Workbook()
    _two_blocks(wb.active, ["Antal", "Andel (%)"], ["Kommun", "Nystartsjobb", "Lönebidrag"])
    p = tmp_path / "stod.xlsx"
    wb.save(p)
    assert len(read_stats_file(p, "stod.xlsx")) == 2


def test_broken_xlsx_raises_ingest_error(tmp_path):
    p = tmp_path / "trasig.xlsx"
    p.write_bytes(b"PK\x03\x04" + b"not really a zip" * 20)
    with pytest.raises(IngestError, match="kan inte läsa XLSX-filen"):
        read_stats_file(p, "trasig.xlsx")
    q = tmp_path / "text.xlsx"
    q.write_text("Kommun;Antal\nFalun;3\n", encoding="utf-8")
    with pytest.raises(IngestError, match="kan inte läsa XLSX-filen"):
        read_stats_file(q, "text.xlsx")


def test_undecodable_bytes_raise_ingest_error(tmp_path):
    p = tmp_path / "binar.csv"
    p.write_bytes(b"a;b\n\x00\x81\x8d\x9d;1\n")
    with pytest.raises(IngestError, match="okänd teckenkodning"):
        read_stats_file(p, "binar.csv")
    q = tmp_path / "odefinierad.csv"
    q.write_bytes(b"a;b\n\x81\x8d\x9d;1\n")  # bytes that are not cp1252 and not UTF-8
    with pytest.raises(IngestError, match="okänd teckenkodning"):
        read_stats_file(q, "odefinierad.csv")


def test_file_without_numbers_raises_ingest_error(tmp_path):
    p = tmp_path / "text.csv"
    p.write_text("Namn;Roll\nAnna;Chef\nBo;Handläggare\n", encoding="utf-8")
    with pytest.raises(IngestError, match="ingen tabell"):
        read_stats_file(p, "text.csv")
    e = tmp_path / "tom.csv"
    e.write_text("\n\n", encoding="utf-8")
    with pytest.raises(IngestError):
        read_stats_file(e, "tom.csv")


def test_unsupported_suffix(tmp_path):
    p = tmp_path / "data.ods"
    p.write_bytes(b"x")
    with pytest.raises(IngestError):
        read_stats_file(p, "data.ods")


def test_decode_bytes_decides_on_the_bytes():
    assert decode_bytes("Län;Antal\n".encode()) == "Län;Antal\n"
    assert decode_bytes("\ufeffLän".encode("utf-8")) == "Län"
    assert decode_bytes("Stockholms län".encode("cp1252")) == "Stockholms län"
    assert decode_bytes("Län".encode("utf-16")) == "Län"


def test_sniff_delimiter_prefers_consistent_field_counts():
    assert sniff_delimiter("a;b;c\n1,5;2,5;3\n4,5;5;6\n") == ";"
    assert sniff_delimiter('"a","b"\n"x, y",2\n"z",3\n') == ","
    assert sniff_delimiter("a\tb\n1\t2\n") == "\t"
    assert sniff_delimiter("Titel\n\na,b\n1,2\n3,4\n") == ","


def test_records_with_three_dates_and_one_amount_are_data_not_a_header_of_periods(tmp_path):
    # a row of years with one stray number is a header ("2019 2020 2021 Total: 287191"); a case's
    # three dates of a day beside its amount are a row of data
    rows = [f"P{i};Gävle;2023-0{1 + i % 9}-15;2023-1{i % 3}-01;2026-06-30;{40000 + 1500 * (i % 5)}" for i in range(12)]
    f = tmp_path / "beslut.csv"
    f.write_text("Beslut om projektmedel\n\nProjekt;Kommun;Beslutsdatum;Projektstart;Projektslut;Belopp (kr)\n" + "\n".join(rows) + "\n", encoding="utf-8")
    [t] = read_stats_file(f, "beslut.csv")
    assert len(t.frame) == 12 and "Belopp (kr)" in t.frame.columns and t.caption == "Beslut om projektmedel"


def test_a_first_case_without_figures_is_data_not_a_second_header_row(tmp_path):
    # the first application was rejected and has no amount: no number in its row, but its cells
    # ("Avslag", "Grön omställning") recur below in their columns, as a header's words never do
    rows = [f"RUM-{i:03d};{['Grön omställning', 'Digitalisering'][i % 2]};{'Avslag' if i % 4 == 0 else 'Beviljad'};{'' if i % 4 == 0 else 100000 + 5000 * i}"
            for i in range(12)]
    f = tmp_path / "beslut.csv"
    f.write_text("Diarienummer;Insatsområde;Beslut;Belopp (kr)\n" + "\n".join(rows) + "\n", encoding="utf-8")
    [t] = read_stats_file(f, "beslut.csv")
    assert [c.name for c in t.columns] == ["Diarienummer", "Insatsområde", "Beslut", "Belopp (kr)"] and len(t.frame) == 12


def test_a_semicolon_export_with_decimal_commas_and_a_comma_in_its_title_splits_at_semicolons(tmp_path):
    # split at commas, every row had two fields ("Högsby;190;11" | "4") as often as the semicolon
    # rows had three – the separators in all decide
    f = tmp_path / "af.csv"
    f.write_text("Inskrivna arbetslösa per kommun, december 2024\n\nKommun;Inskrivna arbetslösa, antal;Andel (%)\n"
                 "Högsby;190;11,4\nNybro;680;10,6\nMörbylånga;310;4,3\nKalmar;2400;6,9\nBorgholm;260;5,1\n", encoding="utf-8")
    assert sniff_delimiter(f.read_text(encoding="utf-8")) == ";"
    [t] = read_stats_file(f, "af.csv")
    assert list(t.frame["Kommun"]) == ["Högsby", "Nybro", "Mörbylånga", "Kalmar", "Borgholm"] and list(t.frame["Andel (%)"])[0] == 11.4


def test_an_unquoted_title_with_commas_above_quoted_rows_is_one_title(tmp_path):
    # round 36: the title's commas had split it into header-like cells, merged into the header
    p = tmp_path / "varsel.csv"
    lines = ["Varsel om uppsägning, antal personer berörda, efter län, bransch och kvartal 2024",
             '"Län","Bransch","2024 kv1","2024 kv2","Totalt"']
    lines += [f'"{lan}","{b}","{10 + i}","{20 + i}","{30 + 2 * i}"' for i, (lan, b) in enumerate(
        [("Kalmar län", "Tillverkning (C)"), ("Kalmar län", "Handel (G)"), ("Värmlands län", "Tillverkning (C)")])]
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    (t,) = read_stats_file(p, "varsel.csv")
    assert t.caption.startswith("Varsel om uppsägning, antal personer berörda")
    assert [c.name for c in t.columns] == ["Län", "Bransch", "2024 kv1", "2024 kv2", "Totalt"]


def test_a_category_coded_by_a_small_number_in_a_register_is_no_figure(tmp_path):
    # round 36: "studieväg 3" had summed the column studieväg (1–3) instead of counting its 3s
    p = tmp_path / "sfi.csv"
    rows = ["elev_id;kommun;studieväg;antal veckor;avslutad"]
    rows += [f"E{i:03d};Karlstad;{1 + i % 3};{2 + i % 4};{'Ja' if i % 2 else 'Nej'}" for i in range(40)]
    p.write_text("\n".join(rows) + "\n", encoding="utf-8")
    (t,) = read_stats_file(p, "sfi.csv")
    assert t.column("studieväg").role == "dimension" and t.column("antal veckor").role == "value"


def test_a_lone_county_name_under_the_header_is_a_section_of_the_rows_not_part_of_the_header(tmp_path):
    # round 40: "Västernorrlands län" right under "Kommun" had made the header "Kommun,
    # Västernorrlands län", and the first county's municipalities belonged to no county
    p = tmp_path / "utb.csv"
    rows = ["Befolkningens utbildningsnivå 2024", "", "Kommun;Gymnasial;Eftergymnasial;Totalt", "Västernorrlands län;;;",
            "Ånge;2232;1765;3997", "Timrå;4172;3897;8069", "Länet;6404;5662;12066", "Jönköpings län;;;",
            "Aneby;900;700;1600", "Habo;1800;2600;4400", "Länet;2700;3300;6000"]
    p.write_text("\n".join(rows) + "\n", encoding="utf-8")
    (t,) = read_stats_file(p, "utb.csv")
    assert "Kommun" in [c.name for c in t.columns] and not any("Västernorrland" in c.name for c in t.columns)
    group = next(c.name for c in t.columns if c.role == "dimension")
    counties = dict(zip(t.frame["Kommun"].astype(str), t.frame[group].astype(str), strict=False))
    assert counties["Ånge"] == "Västernorrlands län" and counties["Habo"] == "Jönköpings län"


def test_measures_with_their_years_across_are_melted_into_a_period_and_one_column_per_measure(tmp_path):
    # round 57: PxWeb's "tabellinnehåll och år" across ("Förvärvsarbetande 20-64 år, antal 2022" …)
    # had stayed six columns, so "från 2022 till 2024" found no period to change over
    p = tmp_path / "bas.csv"
    head = ['"region"', '"kön"'] + [f'"{m} {y}"' for m in ("Förvärvsarbetande 20-64 år, antal", "Förvärvsfrekvens 20-64 år, procent")
                                     for y in (2022, 2023, 2024)]
    lines = ['"Förvärvsarbetande och förvärvsfrekvens 20-64 år (nattbefolkning) efter region, kön, tabellinnehåll och år"', "",
             ";".join(head), '"0330 Knivsta";"totalt";9170;9250;9355;80,1;80,5;81,0', '"0331 Heby";"totalt";6100;6150;6120;81,0;81,2;81,0']
    p.write_text("\n".join(lines) + "\n", encoding="latin-1")
    (t,) = read_stats_file(p, "bas.csv")
    assert [(c.name, c.role) for c in t.columns][2:] == [
        ("Period", "dimension"), ("Förvärvsarbetande 20-64 år, antal", "value"), ("Förvärvsfrekvens 20-64 år, procent", "value")]
    knivsta = t.frame[t.frame["region"] == "0330 Knivsta"]
    assert list(knivsta["Period"]) == ["2022", "2023", "2024"] and list(knivsta["Förvärvsarbetande 20-64 år, antal"]) == [9170, 9250, 9355]


def test_blocks_of_one_table_stacked_under_year_lines_are_one_table_with_a_year_column(tmp_path):
    # round 58: AF's notices with 2024's block and then, under "År 2025" and the header again,
    # 2025's: the repeated header had become a row "Län" and 2024's year had gone into the caption
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Varsel"
    months = ["jan", "feb", "mar"]
    ws.append(["Varsel om uppsägning per län och månad, antal berörda personer"])
    ws.append([])
    for year, base in (("År 2024", 100), ("År 2025", 200)):
        ws.append([year])
        ws.append(["Län", *months])
        for i, lan in enumerate(("Kalmar län", "Värmlands län", "Riket")):
            ws.append([lan, base + i, base + 10 + i, None if year == "År 2025" and lan == "Riket" else base + 20 + i])
        ws.append([])
    path = tmp_path / "varsel.xlsx"
    wb.save(path)
    (t,) = read_stats_file(path, "varsel.xlsx")
    df = t.frame
    assert "År 2024" not in t.caption and "År" in df.columns and "Län" not in set(df["Län"].astype(str))
    assert sorted(set(df["År"].astype(str))) == ["2024", "2025"]
    row = df[(df["År"].astype(str) == "2025") & (df["Län"] == "Kalmar län") & (df["Månad"] == "mar")]
    assert row.iloc[0, -1] == 220


def test_stacked_blocks_under_bare_year_lines_are_one_table_with_a_year_column(tmp_path):
    # round 74 (F74-01/02/03): SCB's population by age with "2023" alone above the first block
    # had read "2023" as the header ("2023 region" rows) and lost 2024 as a period
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Folkmängd"
    ws.append(["Folkmängd efter region, ålder och år. 31 december"])
    ws.append([])
    for year, base in ((2023, 1000), (2024, 1100)):
        ws.append([year])
        ws.append(["region", "0-4 år", "5-9 år", "10-14 år", "15-19 år", "Totalt"])
        for i, region in enumerate(("00 Riket", "1488 Trollhättan", "0780 Växjö")):
            bands = [base + i, base + 10 + i, base + 20 + i, base + 30 + i]
            ws.append([region, *bands, sum(bands)])
        ws.append([])
    path = tmp_path / "folkmangd.xlsx"
    wb.save(path)
    (t,) = read_stats_file(path, "folkmangd.xlsx")
    df = t.frame
    assert t.label_column == "region" and "År" in df.columns
    assert sorted(set(df["År"].astype(str))) == ["2023", "2024"]
    assert not df["region"].astype(str).str.startswith("2023").any()
    row = df[(df["År"].astype(str) == "2024") & (df["region"] == "0780 Växjö") & (df["Ålder"] == "5-9 år")]
    assert row.iloc[0, -1] == 1112


def test_a_unit_written_in_one_cell_is_no_unit_of_the_column(tmp_path):
    # round 65: "50 %" among "2 400", "350" and "8 veckor" made a column of targets a column of
    # per cents, and row 1's target was shown as "2 400 %"
    from ingest.stats_io import read_stats_file

    p = tmp_path / "mal.csv"
    p.write_text("Mål;Målvärde 2026\nFler vuxna i yrkesutbildning;2 400\nKortare tid till validering;8 veckor\n"
                 "Fler utbildade i besöksnäringen;350\nStarkare analysförmåga;6\nJämställd fördelning;50 %\n", encoding="utf-8")
    (t,) = read_stats_file(p, "mal.csv")
    assert next(c for c in t.columns if c.name == "Målvärde 2026").unit is None
    q = tmp_path / "andel.csv"
    q.write_text("Kommun;Andel\nAneby;5,9 %\nGnosjö;4,2 %\nMullsjö;5,2 %\n", encoding="utf-8")
    (t,) = read_stats_file(q, "andel.csv")
    assert next(c for c in t.columns if c.name == "Andel").unit == "%"


def test_a_row_of_units_under_the_header_is_the_columns_unit_not_a_header_level(tmp_path):
    # round 70 (F70-03): ";;tkr;tkr;tkr" under "region;utbildningsnivå;2022;2023;2024" had made the
    # years "Kolumn 3" … and 2023's incomes were given for 2024
    from ingest.tables.columns import unit_from_text

    text = ('"Medianinkomst för personer 20-64 år efter region, utbildningsnivå och år. Sammanräknad förvärvsinkomst, tkr"\n\n'
            '"region";"utbildningsnivå";"2022";"2023";"2024"\n;;"tkr";"tkr";"tkr"\n'
            '"1980 Västerås";"eftergymnasial utbildning";420,1;432,3;447,4\n"1982 Fagersta";"eftergymnasial utbildning";430,2;441,0;452,7\n'
            '"1983 Köping";"eftergymnasial utbildning";410,0;426,5;439,9\n')
    path = tmp_path / "scb_medianinkomst.csv"
    path.write_bytes(text.encode("latin-1"))
    (t,) = read_stats_file(path, "scb_medianinkomst.csv")
    df = t.frame
    assert "Period" in df.columns and set(df["Period"].astype(str)) == {"2022", "2023", "2024"}
    value = [c for c in t.columns if c.name not in ("region", "utbildningsnivå", "Period")][0]
    assert value.unit == "tkr"
    row = df[(df["region"] == "1982 Fagersta") & (df["Period"].astype(str) == "2024")]
    assert float(row[value.name].iloc[0]) == 452.7
    assert unit_from_text("Antal personer") == "antal" and unit_from_text("Medianinkomst för personer 20-64 år") is None


def test_measures_stacked_under_their_own_title_lines_are_tables_of_their_own(tmp_path):
    # round 76 (F76-06/07/08): Kolada's two KPIs one under the other, each under its own title
    # line and the same header again, had become one table whose figures mixed both measures
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Kolada"
    ws.append(["Kolada – Rådata för kommuner och regioner. Export 2025-10-14"])
    ws.append([])
    kpis = (("N00919 Invånare 16-64 år som är öppet arbetslösa eller i program, andel (%)", 5.0),
            ("U00470 Nyanlända invånare 20-64 år i arbete eller studier 90 dagar efter etablering, andel (%)", 50.0))
    for kpi, base in kpis:
        ws.append([kpi])
        ws.append(["Kommun", "Kön", "2023", "2024"])
        for i, kommun in enumerate(("Torsås", "Nora", "Lindesberg")):
            for j, kon in enumerate("TKM"):
                ws.append([kommun, kon, base + i + j / 10, base + i + j / 10 + 1])
        ws.append([])
    path = tmp_path / "kolada.xlsx"
    wb.save(path)
    first, second = read_stats_file(path, "kolada.xlsx")
    assert "N00919" in first.caption and "U00470" not in first.caption
    assert "U00470" in second.caption and "N00919" not in second.caption
    for t, base in ((first, 5.0), (second, 50.0)):
        df = t.frame
        assert len(df) == 3 * 3 * 2 and "Kommun" not in set(df["Kommun"])
        row = df[(df["Kommun"] == "Nora") & (df["Kön"] == "K") & (df["Period"].astype(str) == "2024")]
        assert abs(row.iloc[0, -1] - (base + 1 + 0.1 + 1)) < 1e-9


def test_a_workbook_without_figures_is_indexed_as_text_rows_under_their_columns(tmp_path):
    # round 77 (F77-17): a calendar of events (dates and words only) was refused as "no table
    # with figures" and none of its rows could be found
    import datetime as dt

    from ingest.pipeline import load_file
    from ingest.stats_io import NoFiguresError

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Datum", "Aktivitet", "Plats", "Ansvarig"])
    ws.append([dt.datetime(2025, 11, 4), "Styrgruppsmöte kompetensplattform", "Regionens hus, Halmstad", "Sara Lindahl"])
    ws.append([dt.datetime(2026, 1, 20), "Informationsmöte om utlysningen", "Digitalt (Teams)", "Johan Malmberg"])
    path = tmp_path / "kalendarium.xlsx"
    wb.save(path)
    with pytest.raises(NoFiguresError):
        read_stats_file(path, "kalendarium.xlsx")
    result = load_file(path, tmp_path)
    assert not result.tables
    text = "\n".join(c.text for c in result.chunks)
    assert "Datum: 2026-01-20 | Aktivitet: Informationsmöte om utlysningen | Plats: Digitalt (Teams) | Ansvarig: Johan Malmberg" in text
    assert "Datum: 2025-11-04" in text and "Regionens hus, Halmstad" in text


def test_a_column_numbering_the_rows_is_no_figure():
    # round 86 (F86-10/16): an action list's "Punkt" 1, 2, 3 had made it a statistics table, ranked
    # by its item numbers for "vilka kriterier …" and "vilka var med …"
    from ingest.stats_io import grid_tables

    actions = [["Punkt", "Åtgärd", "Ansvarig", "Klart senast"], ["1", "Sprida utlysningen", "Per-Olof Strand", "2025-03-21"],
               ["2", "Sammanställa behoven", "Sara Lindqvist", "2025-04-04"], ["3", "Skriva utkast", "Magnus Ek", "2025-04-15"]]
    assert grid_tables(actions, document="m.docx", sheet=None, fallback_caption="Åtgärdslista") == []
    # a count that happens to run 1, 2, 3 under a header naming a figure stays a figure
    counts = [["Kommun", "Antal"], ["Ale", "1"], ["Alingsås", "2"], ["Borås", "3"]]
    (t,) = grid_tables(counts, document="c.csv", sheet=None, fallback_caption="Antal projekt")
    assert [c.name for c in t.value_columns] == ["Antal"]


def test_a_register_without_figures_whose_open_cases_leave_cells_empty_is_a_table(tmp_path):
    # round 95: a register of activities (Deltagare, Kommun, Insats, Startdatum, Slutdatum, Utfall)
    # where ongoing cases have no end date and no outcome had been read as text, so "hur stor
    # andel av de avslutade ledde till arbete?" had no table to count
    import datetime as dt

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Deltagare", "Kommun", "Insats", "Startdatum", "Slutdatum", "Utfall"])
    for i in range(30):
        done = i % 3 != 0
        ws.append([f"D{1000 + i}", ("Sundsvall", "Timrå", "Härnösand")[i % 3], ("Lönestöd", "Arbetsträning")[i % 2],
                   dt.datetime(2025, 1 + i % 9, 1 + i % 28), dt.datetime(2025, 10, 1 + i % 20) if done else None,
                   ("Arbete", "Studier")[i % 2] if done else None])
    path = tmp_path / "register.xlsx"
    wb.save(path)
    (t,) = read_stats_file(path, "register.xlsx")
    assert len(t.frame) == 30 and "Utfall" in t.frame.columns


def test_municipalities_as_columns_are_rows_when_their_names_are_unmistakable(tmp_path):
    # round 119 (F119-05, -13, -18): "Verksamhet; Stockholm; Solna; Nacka; Huddinge" under a caption
    # that does not say kommun had stayed columns – no municipality could be ranked or filtered
    p = tmp_path / "nettokostnad.csv"
    p.write_text("Nettokostnad per verksamhet 2024, kronor per invånare\n\nVerksamhet;Stockholm;Solna;Nacka;Huddinge\n"
                 "Grundskola;22772;22616;21059;23180\nÄldreomsorg;15749;11816;12929;16313\n", encoding="utf-8")
    (t,) = read_stats_file(p, "stats/nettokostnad.csv")
    (place,) = [c.name for c in t.columns if c.role == "dimension"]
    assert place == "Kommun" and set(t.frame[place]) == {"Stockholm", "Solna", "Nacka", "Huddinge"} and len(t.frame) == 8
    # (names that are ordinary words as well stay columns without a caption that says kommun)
    p.write_text("Kostnad per verksamhet 2024\n\nVerksamhet;Mark;Vara;Borås\nGrundskola;1;2;3\nÄldreomsorg;4;5;6\n", encoding="utf-8")
    (t,) = read_stats_file(p, "stats/nettokostnad.csv")
    assert "Mark" in t.frame.columns


def test_a_number_format_that_hides_the_minus_is_read_as_the_sheet_shows_it(tmp_path):
    """A population pyramid stores men negative for its chart and formats them '#,##0;#,##0': the
    sheet shows 263, so 263 is the figure. A format that shows the sign some other way (a minus,
    parentheses, a colour) keeps the value negative."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Härjedalen 2024"
    ws.append(["Befolkning efter ålder och kön, Härjedalens kommun 2024"])
    ws.append(["Män", "Ålder", "Kvinnor", "Saldo", "Netto", "Resultat"])
    rows = [(-263, "20–24", 198, -12, -5, -7), (-301, "25–29", 254, 8, 3, 2), (-564, "Totalt", 452, -4, -2, -5)]
    for r in rows:
        ws.append(list(r))
    for row in ws.iter_rows(min_row=3):
        row[0].number_format = "#,##0;#,##0"
        row[2].number_format = "#,##0;#,##0"
        row[3].number_format = "#,##0;\\-#,##0"
        row[4].number_format = "#,##0;(#,##0)"
        row[5].number_format = "#,##0;[Red]#,##0"
    p = tmp_path / "pyramid.xlsx"
    wb.save(p)
    (t,) = read_stats_file(p, "pyramid.xlsx")
    f = t.frame.set_index("Ålder")
    assert f.loc["20–24", "Män"] == 263 and f.loc["Totalt", "Män"] == 564
    assert f.loc["20–24", "Kvinnor"] == 198
    assert f.loc["20–24", "Saldo"] == -12 and f.loc["20–24", "Netto"] == -5 and f.loc["20–24", "Resultat"] == -7


def test_blocks_stacked_under_short_lines_each_keep_their_line_the_first_too(tmp_path):
    # round 149 (F149-02): "Påbörjade lägenheter" over the first block and "Färdigställda
    # lägenheter" over the second – the first line had been read as the file title's last part,
    # so the started flats' rows had no group and a question of them added the finished ones
    head = "region;hustyp;2024K1;2024K2\n"
    text = ("Lägenheter i nybyggda hus efter region, hustyp och kvartal. Fyrbodal\n\nPåbörjade lägenheter\n" + head
            + "1485 Uddevalla;flerbostadshus;36;84\n1485 Uddevalla;småhus;16;12\n1488 Trollhättan;flerbostadshus;36;24\n"
            + "\nFärdigställda lägenheter\n" + head
            + "1485 Uddevalla;flerbostadshus;50;60\n1485 Uddevalla;småhus;10;9\n1488 Trollhättan;flerbostadshus;20;30\n")
    p = tmp_path / "bostadsbyggande.csv"
    p.write_text(text, encoding="cp1252")
    [t] = read_stats_file(p, "bostadsbyggande.csv")
    groups = t.frame.iloc[:, 0].tolist()
    assert "Påbörjade lägenheter" in groups and "Färdigställda lägenheter" in groups, (t.caption, groups)
    assert "Påbörjade" not in t.caption
