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


_KNITTED = """Långtidsarbetslöshet i Östergötland, oktober 2026
================
Analysenheten, Region Östergötland

## Utvecklingen

``` r
insk |>
  group_by(ar) |>
  summarise(inskrivna = n())
```

    ## # A tibble: 2 × 3
    ##      ar inskrivna  lang
    ##   <dbl>     <int> <int>
    ## 1  2025     23510 11097
    ## 2  2026     22870 11206

Antalet långtidsarbetslösa har ökat till 11 206 i oktober 2026.

## Grupper

| Indelning   | Grupp          | Inskrivna | Minst 12 mån | Andel (%) |
|:------------|:---------------|----------:|-------------:|----------:|
| Ålder       | 16–24 år       |     2 950 |          543 |      18,4 |
| Ålder       | 25–54 år       |    15 480 |        7 771 |      50,2 |
| Ålder       | 55–64 år       |     4 440 |        2 892 |      65,1 |
| Födelseland | Inrikes födda  |    10 190 |        4 093 |      40,2 |
| Födelseland | Utrikes födda  |    12 680 |        7 113 |      56,1 |
"""


def test_a_knitted_r_markdown_reports_code_and_console_output_are_no_headings_or_tables():
    # round 152: the console output's "## " lines had been headings, its tibble a table, and the
    # pipe table lost its header and rows to a space-aligned table read inside it (F152-06)
    from ingest.plaintext import markdown_blocks

    blocks, title, tables = markdown_blocks(_KNITTED, "analys.md")
    assert title == "Långtidsarbetslöshet i Östergötland, oktober 2026"
    assert [b.text for b in blocks if b.kind == "heading"] == [title, "Utvecklingen", "Grupper"]
    assert not any("group_by" in b.text for b in blocks)
    (t,) = tables
    assert [c.name for c in t.columns] == ["Indelning", "Grupp", "Inskrivna", "Minst 12 mån", "Andel (%)"] and len(t.frame) == 5


def test_a_yes_no_question_about_it_keeps_what_it_is_and_a_time_adverb_is_no_place(tmp_path, monkeypatch):
    # round 152: "råkade radera en fil i … i förrgår... går den att få tillbaka?" had been read as
    # "går den att få tillbaka?" alone, and "förrgår" as a place the base never names (F152-17)
    from assistant.question import _strip_filler

    question, context = _strip_filler("råkade radera en fil i gemensamma projektmappen i förrgår... går den att få tillbaka?")
    assert "radera en fil" in question and not context, (question, context)
    text = "RADERAT NÅGOT AV MISSTAG?\n-------------------------\nRaderade filer kan återställas inom 30 dagar. Kontakta Servicedesk.\n"
    engine = _engine_of(tmp_path, monkeypatch, {"LASMIG.txt": "GEMENSAM PROJEKTMAPP\n\n" + text})
    a = engine.ask("råkade radera en fil i projektmappen i förrgår... går den att få tillbaka?", engine.new_conversation())
    assert "Förrgår" not in a.answer and "återställas inom 30 dagar" in a.answer, a.answer


_STEPS = """# Processkarta Jobbspår

## Beskrivning av stegen

| Steg | Vad händer | Ansvarig | Tidsgräns |
|-----:|:-----------|:---------|:----------|
| 1 | Arbetsgivaren anmäler rekryteringsbehov om minst 5 tjänster. | Arbetsgivare | – |
| 2 | Behovsanalys och beslut om spår inom 10 arbetsdagar. | Arbetsförmedlingen | 10 arbetsdagar |
| 3 | Urval av deltagare. | Jobbcenter | 15 arbetsdagar |
| 6 | Anställning i minst sex månader och minst 75 procent av heltid. Anställning med lönestöd räknas. | Arbetsgivare | – |
"""


def test_a_requirement_asked_is_no_figure_of_a_table_whose_words_it_touches(tmp_path, monkeypatch):
    # round 152: "vad krävs för att det ska räknas som anställning …?" had been answered "Steg:
    # Arbetsgivare – 1, Arbetsgivare – 6" from a table of steps (F152-20)
    engine = _engine_of(tmp_path, monkeypatch, {"processkarta.md": _STEPS})
    a = engine.ask("Vad krävs för att det ska räknas som anställning efter ett jobbspår? Räknas det om arbetsgivaren får lönestöd?",
                   engine.new_conversation())
    assert a.route != "stats" and not a.figures, a.answer
    from assistant.engine import _NO_FIGURE_WORDS
    from ingest.swedish import fold

    assert _NO_FIGURE_WORDS.search(fold("Vad krävs för att det ska räknas som anställning efter ett jobbspår?"))
    assert _NO_FIGURE_WORDS.search(fold("vilka krav ställs på leverantören?"))
