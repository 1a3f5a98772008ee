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


def test_a_name_of_two_words_is_met_whole_by_the_quote_that_names_whom(tmp_path, monkeypatch):
    # round 172 (F172-05): "vem är kontaktperson hos NAV Trøndelag?" had been answered with the
    # project lead of Trøndelag fylkeskommune – "Trøndelag" alone met one of the two words
    from assistant.documents.answerer import _written_together

    plan = ("# Verksamhetsplan 2026\n\nProjektet gör säsongsarbete till helårsarbete i fjällkommunerna.\n\n"
            "## Kontaktpersoner\n\nIngrid Aune, prosjektleder, Trøndelag fylkeskommune, +47 74 17 40 12.\n\n"
            "Kontaktperson hos NAV Trøndelag är Ola Nordmann.\n\n"
            "## Partner\n\nPå norsk sida deltar Trøndelag fylkeskommune, Røros kommune och NAV Trøndelag.\n")
    engine = _engine_of(tmp_path, monkeypatch, {"verksamhetsplan.md": plan})
    question = "vem är kontaktperson hos NAV Trøndelag i projektet?"
    da = engine.documents
    entities = da._known_entities(question)
    assert entities == ["nav", "trøndelag"] and _written_together(question, entities) == [["nav", "trøndelag"]]
    assert _written_together("hur många jobbar i GR och i Alingsås?", ["gr", "alingsås"]) == [["gr"], ["alingsås"]]
    spans = {s.text: s for s in da.candidates(da.search(question))}
    aune = next(s for t, s in spans.items() if t.startswith("Ingrid Aune"))
    ola = next(s for t, s in spans.items() if t.startswith("Kontaktperson hos NAV"))
    names = _written_together(question, entities)
    assert not da._gives(aune, frozenset({"name"}), entities, False, names)
    assert da._gives(ola, frozenset({"name"}), entities, False, names)


def test_what_an_acronym_means_is_the_sentence_that_says_so_not_the_first_that_spells_it_out(tmp_path, monkeypatch):
    # round 174 (F174-12): "vad menas med KUB?" had quoted the grant "… för kompletterande
    # utbildningsblock (KUB)" – the decision says what they are further down
    engine = _engine_of(tmp_path, monkeypatch, {
        "beslut.md": "# Ändringsbeslut\n\n## Beslut\n\n- att bevilja ytterligare 750 000 kronor för kompletterande utbildningsblock (KUB).\n\n"
        "## Ärendet\n\nMed KUB (kompletterande utbildningsblock) avses korta yrkesinriktade utbildningar om 2–6 veckor som fyller "
        "kunskapsluckorna.\n",
    })
    a = engine.ask("vad menas med KUB?", engine.new_conversation())
    assert a.answered and "*kompletterande utbildningsblock*" in a.answer and "2–6 veckor" in a.answer, a.answer
