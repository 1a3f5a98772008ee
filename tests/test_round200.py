"""Round 200 (statistics, Västernorrland): a workbook's year sheets of one table whose newest
sheet came from a new template – its columns in another order and a note after its title."""
from __future__ import annotations


def _workbook(path):
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    data = {
        2022: {"Ånge": (4402, 4688), "Timrå": (8869, 9241)},
        2023: {"Ånge": (4371, 4650), "Timrå": (8851, 9207)},
        2024: {"Ånge": (4329, 4603), "Timrå": (8822, 9163)},
    }
    for year, rows in data.items():
        ws = wb.create_sheet(str(year))
        title = f"Folkmängd i Västernorrlands län efter kommun och kön, 31 december {year}"
        if year == 2024:
            ws.append([f"{title} – Uttag 2025-02-21. Observera: tabellen är hämtad med ny tabellmall."])
            ws.append(["Kommun", "Män", "Kvinnor", "Totalt"])
            for k, (w, m) in rows.items():
                ws.append([k, m, w, w + m])
        else:
            ws.append([title])
            ws.append(["Kommun", "Kvinnor", "Män", "Totalt"])
            for k, (w, m) in rows.items():
                ws.append([k, w, m, w + m])
        ws.append([])
        ws.append(["Källa: SCB, Befolkningsstatistik."])
    wb.save(path)


def test_year_sheets_of_a_new_template_are_one_table(tmp_path):
    # F200-05/06: the 2024 sheet (Män before Kvinnor, a note after its title) had stood apart from
    # the 2022–2023 table, so "förändringen 2022–2024" had no table of both years
    from ingest.pipeline import load_file

    path = tmp_path / "folkmangd.xlsx"
    _workbook(path)
    r = load_file(path, tmp_path)
    stacked = [t for t in r.tables if t.source_tables]
    assert len(stacked) == 1, [t.caption for t in r.tables]
    f = stacked[0].frame
    assert sorted(f["År"].astype(str).unique()) == ["2022", "2023", "2024"], f
    row = f[(f["År"].astype(str) == "2024") & (f["Kommun"] == "Ånge")].iloc[0]
    assert row["Kvinnor"] == 4329 and row["Män"] == 4603, row
