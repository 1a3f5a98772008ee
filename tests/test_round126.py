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


def test_a_span_of_years_speaks_of_every_year_between_its_ends():
    # round 126 (F126-05): "och hur mycket var den 2021?" of "Prissumman var 25 000 kronor åren
    # 2019–2022" had been refused as about no passage of 2021
    from assistant.documents.phrases import mentions_period, years_spanned

    assert years_spanned("Prissumman var 25 000 kronor åren 2019–2022.") == {2019, 2020, 2021, 2022}
    assert years_spanned("från 2023 till 2025") == {2023, 2024, 2025}
    assert mentions_period("Prissumman var 25 000 kronor åren 2019–2022.", (2021, 0))
    assert not mentions_period("Prissumman var 25 000 kronor åren 2019–2022.", (2023, 0))
    assert not mentions_period("åren 2019–2022", (2021, 3))  # a month asked needs the month said
    assert years_spanned("1990–2090") == set()  # (no span of a century is every year)


def test_a_follow_up_read_with_its_question_asks_what_its_own_words_ask():
    # round 126 (F126-18): "och vem attesterar den?" after "När ska tidrapporten … vara inlämnad?"
    # had been answered with the deadline again – the pair was read as asking when
    from assistant.documents.features import Question, Vocabulary

    vocab = Vocabulary(["Tidrapporten signeras av medarbetaren och attesteras av närmaste chef.",
                              "Tidrapporten ska vara inlämnad senast den 10:e i månaden."])
    q = Question.of("När ska tidrapporten vara inlämnad? och vem attesterar den?", vocab)
    assert q.wanted.wants("name") and not q.wanted.wants("date"), q.wanted
    weights = dict(q.terms)
    assert weights["attester"] > weights["inlämn"], weights
    # … while an elliptical follow-up ("och i Västhaga-Solhaga?") asks what the question before it
    # asked (the statistics bank's SP-098 had been answered with a sentence without its figure)
    e = Question.of("Hur stor andel av arbetskraften är förgymnasialt utbildad? och i Västhaga-Solhaga?", vocab)
    assert e.wanted.wants("number"), e.wanted


def test_a_schedules_rows_say_each_cell_with_its_column(tmp_path, monkeypatch):
    # round 126 (F126-03): a week table (Vecka | Datum | Ansvarig chef | Telefonjour FM | EM |
    # Handläggare i tjänst) had been searched as "29, 14–20 juli, Tomas Hägg, Karin Ljung, Mikael
    # Sundin: Handläggare i tjänst 6" – "vem är ansvarig chef vecka 29" quoted a sentence about chefs
    from tests.test_engine_places import _engine_writing

    weeks = [(25, "16–22 juni", "Maria Öberg", "Karin Ljung", "Ahmed Yusuf", 11), (29, "14–20 juli", "Tomas Hägg", "Karin Ljung", "Mikael Sundin", 6),
             (30, "21–27 juli", "Eva Sjöberg", "Emma Backlund", "Fredrik Olsson", 6)]

    def write(kb):
        lines = ["# Bemanningsplan sommaren 2025", "", "Ansvarig chef avgör om telefonjouren ska bemannas av en ersättare.", "",
                 "## Bemanningstabell", "", "| Vecka | Datum | Ansvarig chef | Telefonjour förmiddag | Telefonjour eftermiddag | Handläggare i tjänst |",
                 "|---|---|---|---|---|---|"]
        lines += [f"| {w} | {d} | {c} | {fm} | {em} | {n} |" for w, d, c, fm, em, n in weeks]
        (kb / "sommarbemanning.md").write_text("\n".join(lines) + "\n", encoding="utf-8")

    engine = _engine_writing(tmp_path, monkeypatch, write)
    (t,) = engine.snapshot.tables
    from index.passages import table_texts

    rows = "\n".join(table_texts(t))
    assert "Vecka: 29 | Datum: 14–20 juli | Ansvarig chef: Tomas Hägg" in rows, rows
    a = engine.ask("Vem är ansvarig chef vecka 29?", engine.new_conversation())
    # (answered, or – under the fake embedder's gate – shown as the nearest: week 29's row first)
    first = next(line for line in a.answer.splitlines() if "Vecka:" in line)
    assert "Vecka: 29" in first and "Tomas Hägg" in first, a.answer


def test_a_row_beside_the_asked_rows_quote_that_names_another_number_is_left_out():
    # round 126 (F126-03): week 26's chef ("Datum: 23–29 juni") had been quoted under week 29's
    from types import SimpleNamespace

    from assistant.documents.answerer import rows_of_the_asked_numbers

    def quote(text):
        return SimpleNamespace(span=SimpleNamespace(text=text))

    best = quote("Vecka: 29 | Datum: 14–20 juli | Ansvarig chef: Tomas Hägg")
    other = quote("Vecka: 26 | Datum: 23–29 juni | Ansvarig chef: Maria Öberg")
    prose = quote("Ansvarig chef avgör om telefonjouren ska bemannas.")
    kept = rows_of_the_asked_numbers("Vem är ansvarig chef vecka 29?", [best, other, prose])
    assert kept == [best, prose], [k.span.text for k in kept]
    # (no number asked by its column, or a best quote that does not say it: all stay)
    assert rows_of_the_asked_numbers("Vem är ansvarig chef?", [best, other]) == [best, other]
    assert rows_of_the_asked_numbers("Vem är ansvarig chef vecka 31?", [best, other]) == [best, other]
