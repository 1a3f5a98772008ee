"""Seasons and terms as halves of their year, in tables and in text (round 124; fake embedder, seconds each)."""
from __future__ import annotations

from tests.test_engine_places import _engine_writing


def _rounds_table(kb) -> None:
    (kb / "svarsfrekvens.csv").write_text(
        "Tabell 1. Urval och svarsfrekvens per omgång\n\nOmgång;Urval;Svarande;Svarsfrekvens (%)\n"
        "Våren 2024;1 200;668;55,7\nHösten 2024;1 850;1 075;58,1\nVåren 2025;1 850;1 154;62,4\n",
        encoding="utf-8",
    )


def test_a_season_with_its_year_is_a_row_of_that_half_year_and_one_the_table_lacks_is_refused(tmp_path, monkeypatch):
    # round 124 (F124-17, -15): "våren 2025" had been read as the first row whose name holds "våren"
    # (Våren 2024's 55,7 %); "hösten 2025", not yet measured, was answered from the text with spring's
    engine = _engine_writing(tmp_path, monkeypatch, _rounds_table)
    a = engine.ask("Vilken svarsfrekvens var det våren 2025?", engine.new_conversation())
    assert a.answered and [f.value for f in a.figures][:1] == [62.4], a.answer
    b = engine.ask("Vad blev svarsfrekvensen hösten 2025?", engine.new_conversation())
    assert not b.answered and "hösten 2025" in b.answer and "ht2025" not in b.answer, b.answer


def test_a_quote_whose_figures_are_of_other_halves_of_the_year_does_not_answer_a_season(tmp_path, monkeypatch):
    def write(kb):
        (kb / "kvalitet.txt").write_text(
            "Kvalitetsdeklaration Länsbarometern\n\n2.1 Urval och svarsfrekvens\n\n"
            "Svarsfrekvensen blev 62,4 procent våren 2025, jämfört med 58,1 procent hösten 2024 och 55,7 procent våren 2024. "
            "Bortfallet är störst bland små arbetsställen.\n",
            encoding="utf-8",
        )

    engine = _engine_writing(tmp_path, monkeypatch, write)
    a = engine.ask("Vad blev svarsfrekvensen i Länsbarometern hösten 2025?", engine.new_conversation())
    assert not a.answered and "hösten 2025" in a.answer, a.answer


def test_term_words_are_halves_of_their_year_everywhere():
    from assistant.documents.phrases import asked_periods, mentions_period
    from ingest.swedish import half_year_of

    assert half_year_of("Våren 2024") == (2024, 0, 0, 0, 1) and half_year_of("Hösten 2024") == (2024, 0, 0, 0, 2)
    assert half_year_of("HT 2022") == (2022, 0, 0, 0, 2) and half_year_of("spring 2025") == (2025, 0, 0, 0, 1)
    (p,) = asked_periods("Hur många deltog hösten 2025?")
    assert mentions_period("under HT 2025 deltog 40", p) and not mentions_period("våren 2025 deltog 40", p)
