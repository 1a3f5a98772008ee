"""Definitions and abbreviations as round 126's documents write them (seconds)."""
from __future__ import annotations


def test_a_glossary_line_defines_its_short_form():
    # round 126 (F126-12): "LSG – lokal samverkansgrupp" in a list of abbreviations had not been
    # learnt; "vad står LSG för" quoted a sentence that only used the short form
    from index.acronyms import _definitions

    text = ("6. Förkortningar\nAPT – arbetsplatsträff\nLSG – lokal samverkansgrupp\nKT – kundtjänst\n"
            "Primula – personal- och lönesystemet\n• HME: Hållbart medarbetarengagemang. Ett index.\nEU – se avsnitt 3\n")
    found = dict(_definitions(text))
    assert found["LSG"] == "lokal samverkansgrupp" and found["APT"] == "arbetsplatsträff", found
    assert found["HME"] == "Hållbart medarbetarengagemang", found
    assert "EU" not in found and "Primula" not in found, found  # letters not spelt in order; no short form


def test_a_definition_question_names_its_term_before_where_it_was_seen():
    # round 126 (F126-19): "vad menas med vikarie i kompetensväxlings projektet?" (a compound typed
    # apart) had been no definition question at all
    from assistant.documents.definitions import asked_terms

    assert asked_terms("Vad menas med vikarie i kompetensväxlings projektet?") == ["vikarie"]
    assert asked_terms("Vad står LSG för i bemanningsplanen för sommaren?") == ["LSG"]
    assert asked_terms("vad menas med projektägare i riktlinjerna för medfinansiering") == ["projektägare"]
