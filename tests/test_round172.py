"""Documents as round 172 wrote them (fake embedder, seconds each)."""
from __future__ import annotations

from tests.test_engine_places import _engine_of


def test_an_acronyms_glossary_entry_is_quoted_whole_not_only_its_expansion(tmp_path, monkeypatch):
    # round 172 (F172-01): "vad står TSA för?" had quoted "TSA – tvåsäsongsavtal." and left out
    # the rest of the entry, which says what such an agreement is
    engine = _engine_of(tmp_path, monkeypatch, {
        "forstudie.txt": "Förstudie\n\nBegrepp och förkortningar\n\n"
        "TBA – tidsbegränsad anställning. Anställning som upphör vid en viss tidpunkt.\n\n"
        "TSA – tvåsäsongsavtal. Två arbetsgivare delar på samma medarbetare hela året.\n\n"
        "Bakgrund\n\nI förstudien föreslås att fler TSA tecknas i fjällkommunerna.\n",
    })
    a = engine.ask("vad står TSA för?", engine.new_conversation())
    assert a.answered and "*tvåsäsongsavtal*" in a.answer and "samma medarbetare" in a.answer, a.answer
    assert "tidsbegränsad" not in a.answer, a.answer
