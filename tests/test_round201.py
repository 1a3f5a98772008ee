"""Round 201 (documents, Värmland): a day the asker believes, which an older document gives and a
newer one changes ("Projektet slutar 30 juni 2028 va?")."""
from __future__ import annotations


def test_the_guessed_values_are_read_off_the_question():
    from assistant.documents.kinds import guess_free, guessed

    assert guessed("Projektet slutar 30 juni 2028 va?") == "30 juni 2028"
    assert guessed("när ska slutrapporten vara inne? sept 2028 eller?") == "sept 2028"
    assert guessed("när slutar projektet? dec 2027 väl") == "dec 2027"
    assert guessed("sista dag för föreningarna att söka driftstöd, 31 aug va?") == "31 aug"
    assert guessed("Ekshärad öppnar 7 sept har jag läst i nulägesrapporten, stämmer det fortfarande?") == "7 sept"
    assert "7 sept" not in guess_free("Ekshärad öppnar 7 sept har jag läst i nulägesrapporten, stämmer det fortfarande?")
    # (a day that names what is asked about is no guess)
    assert guessed("vad beslutades den 22 januari?") == "" and guessed("mötet i mars 2026, vad beslutades?") == ""


def test_a_guess_an_older_document_gives_is_answered_by_the_newer_one(tmp_path):
    # F201-07/08: "Projektet slutar 30 juni 2028 va?" and "när ska slutrapporten vara inne? sept
    # 2028 eller?" had been refused ("Jag är osäker"), the plan's sentence shown as the nearest
    from assistant.engine import Engine
    from index.build import update_index

    kb = tmp_path / "kb"
    kb.mkdir()
    (kb / "projektplan.md").write_text(
        "---\ntitle: Närnod Värmland – projektplan\ndate: 2025-09-18\n---\n\n# Närnod Värmland – projektplan\n\n"
        "## Tidplan\n\nProjektet startar 1 januari 2026. Projektet avslutas 30 juni 2028 och slutrapport lämnas senast "
        "30 september 2028.\n\n## Organisation\n\nProjektet leds av en styrgrupp med en representant per kommun.\n",
        encoding="utf-8",
    )
    (kb / "beslut.md").write_text(
        "---\ntitle: Beslut RUN 2026/0147 – Närnod Värmland\ndate: 2026-03-19\n---\n\n# Beslut RUN 2026/0147\n\n## Beslut\n\n"
        "Regionala utvecklingsnämnden beslutar att förlänga projektperioden till och med 31 december 2028 samt att "
        "slutrapport ska lämnas senast 31 mars 2029.\n\n## Villkor\n\nProjektet ska lämna lägesrapport två gånger per år.\n",
        encoding="utf-8",
    )
    update_index(kb, tmp_path / "index")
    engine = Engine.from_index(tmp_path / "index")
    a = engine.ask("Projektet slutar 30 juni 2028 va?", engine.new_conversation())
    assert a.answered and a.answer.index("31 december 2028") < a.answer.index("30 juni 2028"), a.answer
    assert "det nyare" in a.answer and "Beslut RUN 2026/0147" in a.answer, a.answer
    b = engine.ask("när ska slutrapporten vara inne? sept 2028 eller?", engine.new_conversation())
    assert b.answered and "31 mars 2029" in b.answer.split("\n\n")[0] + b.answer.split("\n\n")[1], b.answer
