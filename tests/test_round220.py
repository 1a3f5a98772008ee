"""Round 220 (statistics, Västernorrland): figures run together in a PDF table, a date's day,
a count of none that rests on a default."""
from __future__ import annotations


def _round():
    from tests.kb import fresh_round

    return fresh_round("r220")


def test_a_pdf_table_whose_figures_run_together_is_no_statistics_table(tmp_path):
    # F220-01: right-aligned columns set so close that "1 046 1 118" read as one cell – the rows'
    # other figures had moved left, Härnösand's 2024 figure standing as its 2022 (and 78,7 per
    # 1 000 as its 2023 count); the table's lines stay text, as printed, and the reader says why
    from ingest.pipeline import load_file

    _round().file4_pdf(str(tmp_path))
    path = next(tmp_path.glob('*.pdf'))
    r = load_file(path, tmp_path)
    assert not r.tables, [t.caption for t in r.tables]
    text = "\n".join(c.text for c in r.chunks)
    assert "Härnösand 1 046 1 118 587 78,7" in text, text
    assert any("för tätt" in n for n in r.notes), r.notes


def test_a_dates_day_is_no_figure_asked_for():
    # F220-01: "hur många nyinskrivna …" of "SCB (befolkning 31 dec 2023)" had answered "31"
    from assistant.documents.features import Question, Vocabulary
    from assistant.documents.phrases import key_phrase

    q = Question.of("Hur många nyinskrivna hade Härnösand 2023?", Vocabulary(["x"]))
    text = "Källa: Arbetsförmedlingen och SCB (befolkning 31 dec 2023). Antalet nyinskrivna i Härnösand ökade."
    assert key_phrase(text, q) == "", key_phrase(text, q)
    assert key_phrase(text.replace("ökade.", "ökade med 412 personer."), q) == "412"


def test_a_count_of_none_resting_on_a_default_is_no_answer(tmp_path):
    # F220-01: "hur många nyinskrivna hade Härnösand 2023?" had been read as a count of the schools'
    # register, none found under a value the question never named ("Tabellen har 0 rader med
    # Skolkommun = Härnösand; Huvudman = Samtliga")
    from tests.kb import engine_over

    src = tmp_path / "src"
    src.mkdir()
    _round().file3_skolverket(str(src))
    (src / "rapport.md").write_text(
        "# Nyinskrivna arbetssökande\n\nAntalet nyinskrivna i Härnösand ökade mellan 2022 och 2023.\n", encoding="utf-8"
    )
    engine = engine_over(tmp_path, {p.name: p.read_bytes() for p in src.iterdir()})
    a = engine.ask("hur många nyinskrivna hade Härnösand 2023?", engine.new_conversation())
    assert "rader med" not in a.answer and "**0**" not in a.answer, a.answer
