"""Round 185 (statistics, Fyrbodal): an export saved by Excel for Mac."""
from __future__ import annotations

from ingest.stats_io import read_stats_file
from ingest.swedish import decode_bytes


def test_a_mac_roman_text_reads_its_swedish_letters():
    # round 185: a 'CSV (Macintosh)' had read "SotenŠs", "Smšgen" and "2Ê845" (Mac OS Roman)
    text = "Landningshamn;Kommun;Art\rSmögen;Sotenäs;Havskräfta\rÅmål;Åmål;Gädda\r"
    assert decode_bytes(text.encode("mac_roman")) == text
    # (Windows-1252 text reads as before; DOS text: test_round184)
    assert decode_bytes("Sotenäs – Smögen".encode("cp1252")) == "Sotenäs – Smögen"


def test_a_csv_saved_by_excel_for_mac_reads_its_names_and_thousands(tmp_path):
    lines = [
        "Landningar i hamnar i Fyrbodal, per hamn, art och period",
        "Landningshamn;Kommun;Art;Period;Landad vikt (ton);Förstahandsvärde (tkr)",
        "Smögen;Sotenäs;Havskräfta;2024 helår;113,6;12\u00a0845",
        "Kungshamn;Sotenäs;Havskräfta;2024 helår;75,5;8\u00a0120",
        "Strömstad;Strömstad;Nordhavsräka;2024 helår;360,6;42\u00a0259",
    ]
    path = tmp_path / "landningar.csv"
    path.write_bytes("\r".join(lines).encode("mac_roman") + b"\r")
    (table,) = read_stats_file(path, path.name)
    frame = table.frame
    assert list(frame["Kommun"]) == ["Sotenäs", "Sotenäs", "Strömstad"]
    assert list(frame["Förstahandsvärde (tkr)"]) == [12845, 8120, 42259]


_LANDINGS = (
    "Landningar per hamn, art och period\n"
    "Landningshamn;Kommun;Art;Period;Landad vikt (ton)\n"
    + "".join(f"Strömstad;Strömstad;Nordhavsräka;{p};{v}\n" for p, v in (
        ("2024 kv1", "64,9"), ("2024 kv2", "110,1"), ("2024 kv3", "91,3"), ("2024 kv4", "94,3"), ("2024 helår", "360,6"),
        ("2025 kv1", "75,1"), ("2025 kv2", "106,8"), ("2025 kv3", "85,2"), ("2025 jan–sep", "267,1"),
    ))
    + "".join(f"Lysekil;Lysekil;Nordhavsräka;{p};{v}\n" for p, v in (
        ("2024 kv1", "10,0"), ("2024 kv2", "11,0"), ("2024 kv3", "12,0"), ("2024 kv4", "13,0"), ("2024 helår", "46,0"),
        ("2025 kv1", "9,0"), ("2025 kv2", "8,0"), ("2025 kv3", "7,0"), ("2025 jan–sep", "24,0"),
    ))
)


def test_a_year_asked_of_quarters_beside_the_year_s_own_row_is_that_row(tmp_path, monkeypatch):
    # F185-01: "2024" of periods "2024 kv1" … "2024 kv4", "2024 helår" had been read as the
    # latest quarter (kv4, 94,3) – the year's own row holds the year; its quarters beside it
    # would count it twice
    from assistant.stats import compute, read_form
    from tests.test_engine_places import _engine_of

    engine = _engine_of(tmp_path, monkeypatch, {"landningar.csv": _LANDINGS})
    r = engine.resolver.read(read_form("hur mycket räka landades i strömstad 2024, i ton?"))[0]
    assert dict(r.query.filters)["Period"] == ("2024 helår",), r.query
    assert [f.value for f in compute(r.profile, r.query).figures] == [360.6]
    # (a quarter asked is still that quarter)
    r = engine.resolver.read(read_form("hur mycket räka landades i strömstad tredje kvartalet 2024?"))[0]
    assert dict(r.query.filters)["Period"] == ("2024 kv3",), r.query


def test_size_class_headers_excel_turned_into_dates_read_as_the_classes(tmp_path):
    # F185-05: SCB's size classes pasted into Excel – "1-4" became 1 April ("1-apr"), "5-9"
    # 5 September, "10-19" October 2019 ("okt-19") – and a bare "0" beside them: the header
    # had not been read at all (every column "Kolumn N", "Kommun" a row)
    import datetime

    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "2025"
    ws.append(["Antal arbetsställen efter kommun och storleksklass (antal anställda), november 2025"])
    ws.append([])
    ws.append(["Kommunkod", "Kommun", 0, datetime.datetime(2025, 4, 1), datetime.datetime(2025, 9, 5),
               datetime.datetime(2019, 10, 1), "20-49", "50-99", "100-249", "250+", "Totalt"])
    ws.cell(3, 4).number_format = ws.cell(3, 5).number_format = "d-mmm"
    ws.cell(3, 6).number_format = "mmm-yy"
    ws.append(["1421", "Orust", 1771, 428, 150, 85, 50, 18, 8, 2, 2512])
    ws.append(["1488", "Trollhättan", 2901, 1104, 402, 196, 120, 59, 33, 8, 4823])
    ws.append(["1427", "Sotenäs", 1035, 253, 97, 47, 36, 10, 6, 1, 1485])
    path = tmp_path / "arbetsstallen.xlsx"
    wb.save(path)
    (table,) = read_stats_file(path, path.name)
    assert list(table.frame.columns) == ["Kommunkod", "Kommun", "0", "1-4", "5-9", "10-19", "20-49", "50-99", "100-249", "250+", "Totalt"]
    assert list(table.frame["10-19"]) == [85, 196, 47]


def test_a_place_of_two_ports_is_their_landings_together(tmp_path, monkeypatch):
    # F185-01: Sotenäs lands at Kungshamn and Smögen – its two lines had been listed apart, no
    # figure for the municipality; landed tonnes add up (the caption lists the ports as a split)
    from tests.test_engine_places import _engine_of

    lines = ["Landningar av fisk och skaldjur i hamnar, per hamn, art och period",
             "Landningshamn;Kommun;Art;Period;Landad vikt (ton);Medelvikt per fartyg (ton)"]
    for port, place, tonnes, mean in (
        ("Kungshamn", "Sotenäs", 75.5, "7,5"), ("Smögen", "Sotenäs", 113.6, "9,5"),
        ("Strömstad", "Strömstad", 86.2, "14,4"), ("Lysekil", "Lysekil", 40.1, "8,0"),
    ):
        for species, times in (("Havskräfta", 1.0), ("Nordhavsräka", 3.0)):
            for period, part in (("2024 kv1", 0.2), ("2024 kv2", 0.3), ("2024 kv3", 0.25), ("2024 kv4", 0.25), ("2024 helår", 1.0)):
                lines.append(f"{port};{place};{species};{period};{tonnes * times * part:.1f};{mean}".replace(".", ","))
    text = "\n".join(lines) + "\n"
    engine = _engine_of(tmp_path, monkeypatch, {"landningar.csv": text})
    a = engine.ask("hur mycket havskräfta landades i sotenäs 2024, i ton?", engine.new_conversation())
    assert 189.1 in [round(f.value, 1) for f in a.figures], a.answer
    assert "189,1" in a.answer.split("\n\n")[0], a.answer
    # (a mean per vessel is no quantity that adds up over the ports)
    from assistant.stats.draft import is_amount

    r = engine.resolver
    (p,) = [p for p in r.profiles if "landningar" in p.table.id]
    by = {v.name: is_amount(v) for v in p.values}
    assert by == {"Landad vikt (ton)": True, "Medelvikt per fartyg (ton)": False}, by
