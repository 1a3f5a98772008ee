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



def test_items_a_colon_announces_that_open_with_a_code_are_the_list():
    # round 172 (F172-09): "vilka arbetspaket finns?" had quoted the lead "… fyra arbetspaket (AP):"
    # and one item – the items open with their codes ("AP1 …"), not with bullets
    from assistant.documents.spans import chunk_units
    from ingest.model import Chunk

    text = ("Projektet är indelat i fyra arbetspaket (AP):\nAP1 Kartläggning och matchning – inventering av säsongsbehov.\n"
            "AP2 Bryggutbildning – korta utbildningar.\nAP3 Gränsöverskridande rörlighet – stöd till pendling.\n"
            "AP4 Kommunikation och spridning – mässor.\nAP5 Ett tal som inte följer en lista. Det står i löptext.")
    units = chunk_units(Chunk("c", "s.pdf", 2, 2, "Arbetspaket", text))
    assert [u.bullet for u in units[:5]] == [False, True, True, True, True], units
    # … and a line opening with a code after no colon is no item
    plain = chunk_units(Chunk("d", "s.pdf", 2, 2, "Arbetspaket", "Resultat.\nAP1 Kartläggning pågår enligt plan."))
    assert not any(u.bullet for u in plain), plain
