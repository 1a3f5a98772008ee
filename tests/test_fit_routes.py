"""Statistics questions the fit half of the bank had handed to the documents (session 64):
a follow-up naming only a period, "vanligast" as a ranking, a plural that drops an e."""
from __future__ import annotations

from assistant.stats import Op, read_form
from ingest.swedish import stem
from tests.test_engine_places import _engine_of

QUARTERS = (  # (as Tillväxtanalys writes its quarters: year and quarter run together, revision stars)
    "Nystartade företag per kvartal och kommun\n"
    "Kommun;202004***;202101***;202102***\n"
    "Borlänge;66;61;73\nFalun;90;80;95\nMora;25;22;31\nLudvika;40;38;44\n"
)


def test_a_follow_up_that_names_only_a_quarter_reads_the_table_before():
    # bank SR-164: "och kvartal 2?" had kept "kvartal" as a topic word no table explains, and
    # the engine handed the question to the documents; "samma år" (SP-416) alike
    f = read_form("och kvartal 2?")
    assert f.content == () and f.quarters == (2,), f
    assert "år" not in read_form("och riket samma år?").content
    assert "månad" not in read_form("och samma månad i Mora?").content
    # (a quarter asked by its word alone still names the period column: "vilket kvartal …")
    assert "kvartal" in read_form("vilket kvartal startades flest företag?").content


def test_the_quarter_named_by_a_follow_up_is_read_from_the_same_table(tmp_path, monkeypatch):
    engine = _engine_of(tmp_path, monkeypatch, {"nystartade_foretag_kvartal.csv": QUARTERS})
    conv = engine.new_conversation()
    first = engine.ask("nystartade företag Borlänge 2021 kvartal 1", conv)
    assert first.route == "stats" and "61" in first.answer, first.answer
    a = engine.ask("och kvartal 2?", conv)
    assert a.route == "stats" and a.answered and "**73**" in a.answer, (a.route, a.answer)


def test_vanligast_ranks_like_hogst():
    # bank SR-179: "i vilken åldersgrupp är högt blodtryck vanligast" had been a lookup
    f = read_form("i vilken åldersgrupp är högt blodtryck vanligast i Dalarna?")
    assert f.op == Op.RANK and f.direction == "desc", f
    g = read_form("vilken diagnos är ovanligast bland männen?")
    assert g.op == Op.RANK and g.direction == "asc", g
    assert read_form("what is the most common diagnosis?").op == Op.RANK


def test_a_noun_in_el_stems_alike_with_and_without_its_e():
    # bank SR-218: "vilka tre inkomsttitlar gav mest" had met no header "Inkomsttitel"
    assert stem("inkomsttitlar") == stem("inkomsttitel") == stem("inkomsttiteln"[:-1])
    assert stem("regler") == stem("regel")
    assert stem("cyklar") == stem("cykel")
    assert stem("artiklar") == stem("artikel")
    # (a verb's stem with a cluster before its l is no such noun)
    assert stem("utvecklas") == "utveckl"
    assert stem("andelar") == stem("andel") == "andel"
