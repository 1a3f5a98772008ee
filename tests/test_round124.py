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


def _handover(kb) -> None:
    (kb / "overlamning.md").write_text(
        "# Överlämning: Näringslivsdata Kronoberg\n\n## 1. Om projektet\n\nProjektet samlar näringslivsdata för länets kommuner.\n\n"
        "## 4. Arbetsuppgifter\n\n- Besöka arbetsgivare och kartlägga deras behov.\n- Leda branschråden.\n- Bidra med underlag till analysen.\n\n"
        "## 5. Kända problem\n\n- **API-nyckeln går ut 2025-09-30.** Förnya den via IT-servicedesk.\n"
        "- **Uppvidinge saknas i kartan.** Kommunkoden 0760 mappas fel.\n- **FDB-leveransen kommer sent.** Den kommer kvartalsvis.\n\n"
        "## 6. Krav på mottagaren\n\nMottagaren ska ha kunskap om Power BI och SQL.\n\n"
        "## 7. Krav\n\n- Akademisk examen om minst 180 högskolepoäng.\n- B-körkort.\n- God förmåga att uttrycka sig på svenska.\n",
        encoding="utf-8",
    )


def test_a_section_named_by_its_heading_is_quoted_whole(tmp_path, monkeypatch):
    # round 124 (F124-20, -11): "Vad står under rubriken Kända problem …?" had been refused with a
    # file path as the nearest; "vilka krav ställs …" quoted one requirement and another section's list
    engine = _engine_writing(tmp_path, monkeypatch, _handover)
    a = engine.ask("Vad står under rubriken Kända problem i överlämningen för Näringslivsdata Kronoberg?", engine.new_conversation())
    assert a.answered and all(w in a.answer for w in ("API-nyckeln", "Uppvidinge", "FDB-leveransen")), a.answer
    assert "Arbetsgivare" not in a.answer and "Kända problem" in a.answer, a.answer
    b = engine.ask("Vilka krav ställs på den som ska ta över Näringslivsdata Kronoberg?", engine.new_conversation())
    assert b.answered and "180 högskolepoäng" in b.answer and "B-körkort" in b.answer, b.answer
    assert "Besöka arbetsgivare" not in b.answer, b.answer
    # a name the document does not carry: not answered from its heading
    c = engine.ask("Vad står under rubriken Kända problem i Kompetensmatch Västmanland?", engine.new_conversation())
    assert "Uppvidinge" not in c.answer or not c.answered, c.answer
