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
