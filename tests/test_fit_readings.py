"""Readings the fit half of the statistics bank got wrong, each for a reason any table can have:
a budget beside an outcome – a question that names no budget is asked of what was, not of what
was planned (SR-215, SR-222 had read "Statens budget"). Fake embedder, seconds."""
from __future__ import annotations

from tests.test_engine_places import _engine_of

INCOME = (
    "Inkomsttitel;År;Statens budget;Utfall\n"
    "Mervärdesskatt;2023;560100;548300\nMervärdesskatt;2024;584200;561999\n"
    "Skatt på företagsvinster;2023;179481;203092\nSkatt på företagsvinster;2024;190200;198760\n"
    "Kommunal inkomstskatt;2023;890000;901200\nKommunal inkomstskatt;2024;920100;927744\n"
)


def test_a_question_that_names_no_budget_reads_the_outcome(tmp_path, monkeypatch):
    engine = _engine_of(tmp_path, monkeypatch, {"statens_inkomster.csv": INCOME})
    a = engine.ask("hur mycket drog mervärdesskatten in till staten 2024?", engine.new_conversation())
    assert a.route == "stats" and "561 999" in a.answer and "584 200" not in a.answer, (a.reading, a.answer)
    assert any("Statens budget" in n for n in a.notes), a.notes
    b = engine.ask("vad var budgeterat för mervärdesskatten 2024?", engine.new_conversation())
    assert "584 200" in b.answer, (b.reading, b.answer)

