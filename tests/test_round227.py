"""Round 227 (documents, Jönköpings län): a project's plan, minutes, flyer, Trello card and a web
page's change alert that update each other."""
from __future__ import annotations

from ingest.model import Chunk


def _chunk(text: str, document: str = "plan.pdf") -> Chunk:
    return Chunk(id=f"{document}#0", document=document, text=text, section="1 Bakgrund", page_start=1, page_end=1)


def test_an_acronym_spelled_out_between_dashes_is_learnt():
    # F227-01/19: "KLIV – Kompetens och Lärande i Industrins Värdekedjor – är …" and "SMF – små och
    # medelstora företag, dvs. …" had been learnt as nothing, and the flyer's "KLIV – kompetenslyft
    # för industrin" answered what KLIV stands for
    from index.acronyms import learn_acronyms

    learnt = learn_acronyms([
        _chunk("KLIV – Kompetens och Lärande i Industrins Värdekedjor – är ett samverkansprojekt mellan regionen och "
               "fyra kommuner. Projektet riktar sig till SMF – små och medelstora företag, dvs. företag med färre än 250 anställda."),
        _chunk("KLIV – kompetenslyft för industrin. Anmäl dig senast 1 mars.", "flyer.pdf"),
    ], curated=False)
    assert learnt["KLIV"].long == "Kompetens och Lärande i Industrins Värdekedjor", learnt["KLIV"]
    assert learnt["SMF"].long == "små och medelstora företag", learnt["SMF"]


def test_a_dash_after_an_acronym_that_spells_no_long_form_is_none():
    from index.acronyms import learn_acronyms

    learnt = learn_acronyms([
        _chunk("KLIV – kompetenslyft för industrin. Möte med RUN – ett möte om allt. AF – 24 deltagare."),
    ], curated=False)
    assert "KLIV" not in learnt and "RUN" not in learnt and "AF" not in learnt, learnt


def _written(tmp_path, *names):
    """The round's files of those names, as its script writes them."""
    from tests.kb import round_bytes

    return round_bytes(tmp_path, "r227", *names)


def test_what_an_acronym_stands_for_is_the_plans_long_form(tmp_path):
    from tests.kb import engine_over

    engine = engine_over(tmp_path, _written(tmp_path, "KLIV_projektplan_v1.0.pdf", "Inbjudan_kickoff_KLIV.pdf"))
    a = engine.ask("vad står KLIV för?", engine.new_conversation())
    assert "Kompetens och Lärande i Industrins Värdekedjor" in a.answer, a.answer
    a = engine.ask("Vad menas med SMF i projektplanen?", engine.new_conversation())
    assert "små och medelstora företag" in a.answer, a.answer
