"""The engine on small documents of the shapes round 152 found (fake embedder, seconds each)."""
from __future__ import annotations

from tests.test_engine_places import _engine_of

_ANALYSIS = """# Långtidsarbetslösheten i Östergötland

## Syfte och data

Analysen beskriver långtidsarbetslösheten i länet med data från Arbetsförmedlingen.

## Kommunerna

Norrköping har högst andel långtidsarbetslösa, 53,8 procent, och står ensam för 41 procent av länets långtidsarbetslösa.
Finspång har lägst andel långtidsarbetslösa men många varslade.

## Grupper

Andelen långtidsarbetslösa är högst bland personer 55–64 år, 65,1 procent.

## Slutsatser

1.  Långtidsarbetslösheten har ökat tre år i rad och omfattar nu nästan varannan inskriven arbetslös.
2.  Personer 55–64 år har klart högre andel än genomsnittet.
3.  Norrköping och Motala står tillsammans för mer än hälften av länets långtidsarbetslösa.
"""


def test_what_a_report_concluded_is_its_section_of_conclusions(tmp_path, monkeypatch):
    # round 152: "sammanfatta vad analysenheten kom fram till om långtidsarbetslösheten i länet" had
    # summarised the chapter on the municipalities, which names the topic most (F152-18)
    engine = _engine_of(tmp_path, monkeypatch, {"analys_langtidsarbetsloshet.md": _ANALYSIS})
    a = engine.ask("Kan du sammanfatta vad analysenheten kom fram till om långtidsarbetslösheten i länet?", engine.new_conversation())
    assert a.answered and "ökat tre år i rad" in a.answer and "mer än hälften av länets" in a.answer, a.answer
    assert "Slutsatser" in a.answer and "53,8 procent" not in a.answer, a.answer


def test_a_quoted_term_after_an_adverb_is_the_term_asked_whatever_follows():
    # round 152: "vad menas egentligen med ett ”spår” i jobbspår – när räknas något som ett spår?"
    # had no term: the adverb stood between "menas" and "med", a second ask after it (F152-11)
    from assistant.documents.definitions import asked_terms

    assert asked_terms("vad menas egentligen med ett ”spår” i jobbspår – när räknas något som ett spår?") == ["spår"]
    assert asked_terms("vad menas egentligen med långtidsarbetslös?") == ["långtidsarbetslös"]
    assert asked_terms("Vad står förkortningen HRU för?") == ["HRU"]
