"""Round 186 (documents, Norrbotten): an English question's everyday words for a deadline."""
from __future__ import annotations

from ingest.swedish import english_glosses


def test_an_english_deadline_question_is_searched_with_the_swedish_words_for_it():
    # F186-11: "When is the final report for GRIP due?" had searched "när rapport" only and
    # quoted a draft's date line; "due" and "final" are said "senast" and "slutlig"
    glossed = english_glosses("When is the final report for GRIP due?")
    assert "senast" in glossed.split() and "slutlig" in glossed.split() and "rapport" in glossed.split(), glossed
