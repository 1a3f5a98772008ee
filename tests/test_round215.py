"""Round 215 (documents, Gotland): definitions listed as bullets."""
from __future__ import annotations


def test_a_definition_listed_as_a_bullet_answers_what_the_term_means(tmp_path):
    # F215-08: "• Servicenod: en lanthandel …" under "Definitioner:" was no definition (its bullet
    # stood before the term), and "vad menas egentligen med en servicenod?" found no support
    from tests.kb import engine_over

    text = (
        "# Projektplan Servicenoder\n\n"
        "Syftet är att samla service i lanthandeln. Ombudsersättning betalas till varje servicenod.\n\n"
        "Definitioner:\n\n"
        "- Servicenod: en lanthandel med helårsöppet som erbjuder paketutlämning, apoteksombud och kontantuttag.\n"
        "- Ombudsersättning: den årliga ersättning som regionen betalar till butiken för att driva servicenoden.\n"
    )
    engine = engine_over(tmp_path, {"plan.md": text})
    a = engine.ask("vad menas egentligen med en servicenod?", engine.new_conversation())
    assert a.answered and "apoteksombud" in a.answer and "årliga ersättning" not in a.answer, a.answer
