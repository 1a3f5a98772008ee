"""A table reading that accounts for every word of a terse question is not outvoted by a quote
without the figure (fake embedder, seconds)."""
from __future__ import annotations

from tests.test_engine_places import _engine_of

_TURNOVER = (
    "Personalomsättning extern i procent, barn- och ungdomsförvaltningen\n"
    "Yrkesgrupp;År;Värde\n"
    + "".join(f"{g};{y};{v}\n" for g, vals in (
        ("Förskollärare", ("6,10", "5,20", "3,75")), ("Barnskötare", ("7,40", "8,10", "7,95")),
        ("Grundskollärare", ("5,80", "4,90", "4,05")), ("Elevassistenter", ("9,30", "12,40", "14,20")),
    ) for y, v in zip((2023, 2024, 2025), vals))
)
_PLAN = (
    "# Kompetensförsörjningsplan\n\n## Personalomsättning\n\n"
    "Personalomsättningen 2025 ligger på den lägsta nivån under hela mätperioden, vilket tyder på en stabilare "
    "personalsituation i verksamheten som helhet. Förskollärare och grundskollärare har en nedåtgående trend och når "
    "2025 nivåer som är betydligt lägre än tidigare år. Barnskötare och elevassistenter varierar mer över tid.\n"
)


def test_a_terse_question_whose_every_word_the_table_explains_gets_the_figure(tmp_path, monkeypatch):
    # the statistics bank's SP-259, "personalomsättning förskolärare 2025": the table's measure is
    # its caption (one value column, "Värde"), the occupation a row, the year a period – yet a
    # quote that names all three without the figure had been preferred as "likelier"
    engine = _engine_of(tmp_path, monkeypatch, {"omsattning.csv": _TURNOVER, "plan.md": _PLAN})
    a = engine.ask("personalomsättning förskollärare 2025", engine.new_conversation())
    assert a.answered and "3,75" in a.answer, a.answer


def test_the_caption_of_a_single_value_column_names_the_measure_of_a_complete_reading(tmp_path, monkeypatch):
    from assistant.stats.form import read_form

    engine = _engine_of(tmp_path, monkeypatch, {"omsattning.csv": _TURNOVER, "plan.md": _PLAN})
    q = "personalomsättning förskollärare 2025"
    answer, contested = engine._try_stats(q, read_form(q), engine.new_conversation())
    assert answer is not None and answer.answered and "3,75" in answer.answer and not contested
    # a word the table does not explain leaves the reading open to a quote
    q = "personalomsättning förskollärare 2025 enligt facket"
    answer, contested = engine._try_stats(q, read_form(q), engine.new_conversation())
    assert answer is None or not answer.answered or contested
