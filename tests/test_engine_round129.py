"""The engine on small exports of the shapes round 129 found (fake embedder, seconds each)."""
from __future__ import annotations

from tests.test_engine_places import _engine_writing

_NIGHTS = {"Norge": [4000 + 100 * m for m in range(12)], "Tyskland": [300 + 50 * m for m in range(12)],
           "Nederländerna": [200 + 20 * m for m in range(12)]}


def _guest_nights(kb) -> None:
    """Guest nights per home country: "Månad 2024" merged over jan … dec, the year's total and
    a share beside them, the countries under a total row."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "2024"
    ws.append(["Gästnätter efter gästernas hemland och månad, Värmlands län 2024"])
    ws.append(["Hemland", "Månad 2024"] + [None] * 11 + ["Helår 2024", "Andel av utländska gästnätter (%)"])
    ws.append([None, "jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec", None, None])
    ws.merge_cells(start_row=2, start_column=2, end_row=2, end_column=13)
    ws.merge_cells(start_row=2, start_column=1, end_row=3, end_column=1)
    ws.merge_cells(start_row=2, start_column=14, end_row=3, end_column=14)
    ws.merge_cells(start_row=2, start_column=15, end_row=3, end_column=15)
    total = sum(sum(v) for v in _NIGHTS.values())
    ws.append(["Utlandet totalt"] + [sum(v[m] for v in _NIGHTS.values()) for m in range(12)] + [total, 100.0])
    for country, months in _NIGHTS.items():
        ws.append([country, *months, sum(months), round(100 * sum(months) / total, 1)])
    wb.save(kb / "gastnatter_varmland_2024.xlsx")


def test_months_under_a_merged_month_header_are_figures_and_a_nationality_names_its_country(tmp_path, monkeypatch):
    # round 129 (F129-02, F129-07): "Månad 2024 jan" … had been read as categories, not figures,
    # and "norska gäster" had named no row; a year asked is the year's total, not one month's
    engine = _engine_writing(tmp_path, monkeypatch, _guest_nights)
    a = engine.ask("Hur många gästnätter hade norska gäster i Värmland 2024?", engine.new_conversation())
    assert a.answered and [f.value for f in a.figures if not f.is_total] == [sum(_NIGHTS["Norge"])]
    b = engine.ask("Hur många gästnätter hade holländska gäster i juli 2024?", engine.new_conversation())
    assert b.answered and [f.value for f in b.figures if not f.is_total] == [_NIGHTS["Nederländerna"][6]]
