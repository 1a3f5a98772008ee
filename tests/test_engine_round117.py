"""The engine on small exports of the shapes rounds 117–118 found (fake embedder, seconds each)."""
from __future__ import annotations

from tests.test_engine_places import _engine_writing


def _sheet_per_municipality(path) -> dict[str, dict[str, tuple[float, float]]]:
    """A Kommunfakta workbook: a notes sheet, then one sheet per municipality with the same rows."""
    from openpyxl import Workbook

    data = {
        "Ragunda": {"Arbetslöshet 16–64 år, procent": (8.1, 8.9), "Nystartade företag, antal": (29, 33)},
        "Bräcke": {"Arbetslöshet 16–64 år, procent": (6.0, 6.2), "Nystartade företag, antal": (31, 30)},
        "Åre": {"Arbetslöshet 16–64 år, procent": (3.9, 4.1), "Nystartade företag, antal": (229, 240)},
        "Östersund": {"Arbetslöshet 16–64 år, procent": (6.1, 6.4), "Nystartade företag, antal": (507, 515)},
    }
    wb = Workbook()
    ws = wb.active
    ws.title = "Om filen"
    ws.append(["Kommunfakta för Jämtlands län. Ett blad per kommun."])
    for place, rows in data.items():
        ws = wb.create_sheet(place)
        ws.append([f"Kommunfakta – {place} kommun"])
        ws.append([])
        ws.append(["Indikator", "2023", "2024"])
        for name, (a, b) in rows.items():
            ws.append([name, a, b])
        ws.append(["Källa: SCB och Arbetsförmedlingen."])
    wb.save(path)
    return data


def test_a_workbook_of_one_sheet_per_municipality_is_ranked_and_summed_over_its_sheets(tmp_path, monkeypatch):
    # round 117 (F117-01, F117-03): the sheets were tables of their own, so "vilken kommun hade
    # högst arbetslöshet" quoted one sheet, and the workbook was titled by its first sheet
    # ("Kommunfakta – Ragunda kommun") – under which every other sheet's quote was shown
    data = {}
    engine = _engine_writing(tmp_path, monkeypatch, lambda kb: data.update(_sheet_per_municipality(kb / "Kommunfakta_Jamtlands_lan_2023-2024.xlsx")))
    a = engine.ask("Vilken kommun i Jämtland hade högst arbetslöshet 2024?", engine.new_conversation())
    assert a.answered and [f.value for f in a.figures if not f.is_total][:1] == [8.9] and "Ragunda" in a.answer, a.answer
    b = engine.ask("Hur många nystartade företag blev det sammanlagt i kommunerna 2023?", engine.new_conversation())
    assert b.answered and sum(r["Nystartade företag, antal"][0] for r in data.values()) in [f.value for f in b.figures], b.answer
    (doc,) = engine.snapshot.documents.values()
    assert "Ragunda" not in doc.title, doc.title
    # (one sheet is still asked by itself)
    c = engine.ask("Hur många nystartade företag fanns i Åre 2024?", engine.new_conversation())
    assert c.answered and 240 in [f.value for f in c.figures], c.answer
