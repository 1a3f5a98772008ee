"""Documents as round 170 wrote them (fake embedder, seconds each)."""
from __future__ import annotations

from tests.test_engine_places import _engine_of


def test_a_definition_asked_in_chat_words_is_a_definition(tmp_path, monkeypatch):
    # round 170: "vad e en LSG för nåt" had listed the groups named "LSG Bohuslän" … – a definition
    # asked as one types in a chat; the agreement spells it out once (F170-12, confidently wrong)
    from assistant.documents.definitions import asked_terms

    assert asked_terms("vad e en LSG för nåt") == ["LSG"] and asked_terms("va e LSG?") == ["LSG"]
    assert asked_terms("vad är prognosen för förskolan?") == []
    engine = _engine_of(tmp_path, monkeypatch, {
        "overenskommelse.md": "# Överenskommelse om piloten\n\n## Pilotens omfattning\n\nI varje delregion inrättas en lokal "
        "samverkansgrupp (LSG) med representanter för kommunernas arbetsmarknadsenheter och Arbetsförmedlingen.\n",
        "lagesbild.md": "# Lägesbild\n\n## Lokala samverkansgrupper\n\n- **LSG Bohuslän** – sammankallande Rasmus Hed, Lysekils kommun\n"
        "- **LSG Dalsland** – sammankallande Ida Nord, Bengtsfors kommun\n- **LSG Trestad** – sammankallande Per Holm, Trollhättan\n",
    })
    a = engine.ask("vad e en LSG för nåt", engine.new_conversation())
    assert a.answered and "lokal samverkansgrupp" in a.answer.split("\n\n")[0], a.answer


def test_a_compound_typed_with_a_linking_s_the_base_writes_without_is_read_as_the_base_writes_it():
    # round 170 (F170-08): "när är styrgruppen beslutsför?" of an agreement whose one footnote
    # writes "beslutför" – read as a compound of known words, the question never met the footnote
    from assistant.question import normalise_question

    vocabulary = {"styrgruppen": 12, "beslutför": 1, "beslut": 30, "för": 200, "besluts": 3, "ledamöter": 9}
    nq = normalise_question("när är styrgruppen beslutsför?", vocabulary)
    assert nq.text == "när är styrgruppen beslutför?" and ("beslutsför", "beslutför") in nq.corrections, nq
    # … a word the base writes as typed stays
    assert normalise_question("när är styrgruppen beslutför?", vocabulary).corrections == ()
