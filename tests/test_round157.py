"""The engine on small exports of the shapes round 157 found (fake embedder, seconds each)."""
from __future__ import annotations

from tests.test_engine_places import _engine_of, _engine_writing


def _power_query(kb) -> None:
    """A Power Query table: placeholder headers "Column1" … over the real ones, shares as fractions
    in a per-cent format."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Sjukfranvaro"
    ws.append(["Column1", "Column2", "Column3", "Column4"])
    ws.append(["Kommun", "Antal anställda 2024", "Sjukfrånvaro totalt 2024", "Sjukfrånvaro totalt 2023"])
    for name, staff, now, before in (("Luleå", 6934, 0.074, 0.072), ("Piteå", 3912, 0.071, 0.075), ("Överkalix", 310, 0.096, 0.09)):
        ws.append([name, staff, now, before])
        for col in "CD":
            ws[f"{col}{ws.max_row}"].number_format = "0.0%"
    wb.save(kb / "sjukfranvaro.xlsx")


def test_placeholder_headers_over_the_real_ones_go(tmp_path, monkeypatch):
    # round 157: "Column1, Kommun" had been the label's name (F157-03, F157-11)
    engine = _engine_writing(tmp_path, monkeypatch, _power_query)
    table = next(t for t in engine.snapshot.tables if t.document == "sjukfranvaro.xlsx")
    assert [c.name for c in table.columns] == ["Kommun", "Antal anställda 2024", "Sjukfrånvaro totalt 2024", "Sjukfrånvaro totalt 2023"], table.columns


def test_which_lost_most_between_two_years_is_the_most_negative_change(tmp_path, monkeypatch):
    # round 157: "vilken bransch tappade flest sysselsatta mellan 2023 och 2024?" had ranked the
    # largest rise first (F157-14: +440 for −312)
    csv = ("Tabell 2. Förvärvsarbetande efter bransch, november 2023 och 2024\n"
           "Bransch;Sysselsatta, 2023;Sysselsatta, 2024;Förändring, antal;Förändring, %\nByggverksamhet;9840;9528;(312);(3,2)\n"
           "Tillverkning och utvinning;12100;12540;440;3,6\nHandel;8800;8750;(50);(0,6)\nUtbildning;10400;10480;80;0,8\n")
    engine = _engine_of(tmp_path, monkeypatch, {"branscher.csv": csv})
    a = engine.ask("vilken bransch tappade flest sysselsatta mellan 2023 och 2024?", engine.new_conversation())
    said = a.answer.split("*Källa")[0]
    assert a.answered and "Byggverksamhet" in said and "312" in said, a.answer
    assert "Tillverkning" not in said or said.index("Byggverksamhet") < said.index("Tillverkning"), a.answer
