"""The documents route on small texts of the shapes round 156 found (fake embedder, seconds each)."""
from __future__ import annotations

from tests.test_engine_places import _engine_of

_NOTICE = """# Kallelse till styrgruppsmöte

Tid: Onsdagen den 10 februari 2027 kl. 09.00–12.00
Plats: Regionens hus, Östersund, sammanträdesrum Storsjön

## Dagordning

1. Mötets öppnande
2. Lägesrapport från projektledaren
3. Budget för kompetenshöjande insatser
"""

_MINUTES = """# Protokoll från styrgruppsmöte 2027-02-10

## § 11 Lägesrapport

Projektledaren redovisade läget för projektet. Styrgruppen noterar informationen.

## § 16 Nästa möte

Beslut: Nästa möte hålls onsdagen 2027-04-14 kl. 13.00–16.00 i Funäsdalen.
"""


def test_the_next_meeting_is_not_the_notices_own_time_and_place(tmp_path, monkeypatch):
    # round 156: "När och var är nästa styrgruppsmöte?" had been answered with the notice's own
    # "Tid:" and "Plats:" – the meeting the notice calls to (F156-13)
    engine = _engine_of(tmp_path, monkeypatch, {"kallelse.md": _NOTICE, "protokoll.md": _MINUTES})
    a = engine.ask("När och var är nästa styrgruppsmöte?", engine.new_conversation())
    # (answered, or – the fake embedder's weak ranking – shown as the nearest quote in doubt)
    assert "2027-04-14" in a.answer and "10 februari" not in a.answer, a.answer
    b = engine.ask("När är styrgruppsmötet?", engine.new_conversation())
    assert "10 februari 2027" in b.answer, b.answer


_GUIDELINES = """# Riktlinjer för kombinationscheck

## Belopp

Kombinationschecken är 15 000 kr per kombinationsanställning och betalas till arbetsgivaren.

## Versionshistorik

Version: 1.0 | Datum: 2026-10-01 | Ändring: Första versionen.
Version: 1.1 | Datum: 2026-11-11 | Ändring: Kommuner och regionen får söka checken när de är arbetsgivare.
"""

_MAIL = """# SV: Matchningsdag i Åre – nytt datum

Hej alla! Matchningsdagen flyttas till tisdagen den 23 mars i Åre Kulturhus.
Sista dag för arbetsgivare att anmäla sig är fredag den 12 mars.
"""


def test_a_date_field_of_a_passage_that_names_little_of_the_question_is_no_answer(tmp_path, monkeypatch):
    # round 156: "vilket datum måste arbetsgivarna ha anmält sig till matchningsdagen?" had been
    # answered with a version table's "Datum: 2026-11-11" of the guidelines (F156-15)
    engine = _engine_of(tmp_path, monkeypatch, {"riktlinjer.md": _GUIDELINES, "mejl.md": _MAIL})
    a = engine.ask("Vilket datum måste arbetsgivarna ha anmält sig till matchningsdagen nu efter flytten?", engine.new_conversation())
    assert "2026-11-11" not in a.answer and "12 mars" in a.answer, a.answer
    # (a version's date asked for is still its field)
    b = engine.ask("Vilket datum har version 1.1 av riktlinjerna för kombinationscheck?", engine.new_conversation())
    assert "2026-11-11" in b.answer, b.answer


def test_a_figure_per_something_the_table_never_names_is_not_its_total(tmp_path, monkeypatch):
    # round 156: "hur mycket får en arbetsgivare i kombinationscheck per anställning?" had been
    # answered with the budget line for all vouchers, 750 tkr (F156-05; F156-20 for 2028)
    budget = ("Tabell 3. Preliminär budget för genomförandeprojektet 2027–2029, tkr\n"
              "Kostnadsslag;2027;2028;2029\nProjektledning;900;900;900\nKombinationscheckar till arbetsgivare;600;750;750\n")
    rules = ("# Riktlinjer för kombinationscheck\n\n## Belopp\n\n"
             "Kombinationschecken är 15 000 kr per kombinationsanställning och betalas till arbetsgivaren.\n")
    engine = _engine_of(tmp_path, monkeypatch, {"budget.csv": budget, "riktlinjer.md": rules})
    for q in ("Hur mycket får en arbetsgivare i kombinationscheck per anställning?",
              "Hur mycket blir kombinationschecken per anställning för anställningar som börjar 2028?"):
        a = engine.ask(q, engine.new_conversation())
        assert not (a.route.value == "stats" and a.answered), a.answer
        assert "750" not in a.answer.split("\n")[0], a.answer
    # (a figure per a group the table has is still read: "per kostnadsslag")
    b = engine.ask("Hur mycket är budgeten per kostnadsslag 2028?", engine.new_conversation())
    assert "750" in b.answer, b.answer


def test_next_year_is_a_time_not_the_next_occurrence():
    # round 154/156: "nästa år" had read as "the next one" – the quotes that say "till nästa möte"
    # came first for "när och var blir kompetensdagen nästa år?" (F154-05)
    from assistant.documents.phrases import asked_direction

    assert asked_direction("när och var blir kompetensdagen nästa år?") is None
    assert asked_direction("vad beslutades förra året?") is None
    assert asked_direction("När är nästa möte?") == "future"
    assert asked_direction("vad sades på förra mötet?") == "past"


def test_what_is_expected_of_someone_is_no_figure_of_the_row_its_words_touch(tmp_path, monkeypatch):
    # round 158: "vad förväntas av en arbetsgivare som går med i arbetsgivarnätverket?" had been
    # answered with the count of employers in the network, 47 (F158-20)
    table = "Tabell 1. Inskrivna och matchade\nMått;2025;2026\nInskrivna medflyttare;40;61\nAnslutna arbetsgivare vid periodens slut;31;47\n"
    page = ("# Arbetsgivarnätverket\n\nEn arbetsgivare som ansluter sig till nätverket förväntas ta emot minst två "
            "informationssamtal per år med medflyttare och utse en kontaktperson för nätverket.\n")
    engine = _engine_of(tmp_path, monkeypatch, {"tabell.csv": table, "natverket.md": page})
    a = engine.ask("Vad förväntas av en arbetsgivare som går med i arbetsgivarnätverket?", engine.new_conversation())
    assert not (a.route.value == "stats" and a.answered) and "47" not in a.answer.split("\n")[0], a.answer
