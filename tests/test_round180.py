"""Round 180 (documents, Dalarna): a slide deck's table answered "när …?" with a figure of a
column that holds no time, and a move's entry was answered by its own date instead of the day
it moves to. Fake embedder, seconds each."""
from __future__ import annotations

from assistant.documents.features import Question, Vocabulary
from assistant.documents.phrases import key_phrase
from assistant.stats import read_form
from tests.test_engine_places import _engine_of, _engine_writing


def test_the_day_a_move_goes_to_is_the_key_date_not_the_entrys_own_date():
    # F180-06: "Version 3 (2026-03-04): Studiebesöket … flyttas från onsdag 11 mars till torsdag
    # 19 mars" had answered 2026-03-04, the day of the schedule's version
    q = Question.of("när blir studiebesöket för grupp 2?", Vocabulary(["x"]))
    text = ("Version 3 (2026-03-04): Studiebesöket hos Ludvika Transformator AB flyttas från onsdag 11 mars "
            "till torsdag 19 mars kl. 08.30.")
    assert key_phrase(text, q) == "19 mars", key_phrase(text, q)


def test_when_is_not_answered_by_a_figure_of_a_column_that_holds_no_time(tmp_path, monkeypatch):
    # F180-02: "när startar elspåret grupp 2 i ludvika" had answered "Grupp för Ludvika är 2" from
    # the slide deck's table, whose column "Grupp" the words name
    engine = _engine_of(tmp_path, monkeypatch, {
        "styrgrupp.md": "# Styrgrupp Kraftlinjen\n\n## Elspåret grupp 2 och 3\n\n"
        "| Grupp | Ort | Platser | Planerad start |\n|---|---|---|---|\n"
        "| 2 | Ludvika | 16 | 2 mars 2026 |\n| 3 | Smedjebacken | 12 | 16 mars 2026 |\n| 4 | Borlänge | 14 | 13 april 2026 |\n",
    })
    # (the fake embedder's readings are unsure: the statistics route is asked as if it were sure)
    monkeypatch.setattr(engine.resolver, "confidence", lambda *a, **k: 0.99)
    q = "när startar elspåret grupp 2 i ludvika"
    answer, _ = engine._try_stats(q, read_form(q), engine.new_conversation())
    assert answer is None, answer.answer


_EXPORT = """{
  "id": "RD25-04711",
  "namn": "Kraftlinjen Dalarna",
  "status": "Pågående",
  "period": {"start": "2025-09-01", "slut": "2027-12-31"},
  "budget": {"valuta": "SEK", "total": 19250000},
  "kontakter": [
    {"roll": "Projektledare", "namn": "Anders Hammarén", "fran": "2026-04-01", "aktiv": true},
    {"roll": "Ekonom", "namn": "Lena Wiklund", "fran": "2025-09-01", "aktiv": true}
  ],
  "styrgrupp": {"ordforande": "Lotta Fernström", "nastaMote": "2026-10-14T07:00:00Z", "plats": "Regionhuset i Falun"},
  "anmarkning": null
}
"""


def test_a_json_export_is_read_as_its_objects_lines():
    # F180-01/-18: a project bank's JSON export saved as .txt had been read as braces and quotes
    from ingest.formats import json_document

    title, blocks = json_document(_EXPORT)
    assert title == "Kraftlinjen Dalarna"
    text = "\n".join(b.text for b in blocks)
    assert "roll: Projektledare; namn: Anders Hammarén; fran: 2026-04-01; aktiv: ja." in text, text
    assert "nasta mote: 2026-10-14T07:00:00Z (2026-10-14 kl. 09.00 svensk tid)" in text, text
    assert "anmarkning" not in text and "{" not in text
    assert [b.text for b in blocks if b.kind == "heading"] == ["Period", "Budget", "Kontakter", "Styrgrupp"]
    assert json_document("{ inte json }") is None and json_document("Hej { x }") is None


def test_a_json_export_is_quoted_as_its_records(tmp_path, monkeypatch):
    engine = _engine_writing(tmp_path, monkeypatch, lambda kb: (kb / "projektbanken_export.json").write_text(_EXPORT, encoding="utf-8"))
    engine.documents.gate = None
    a = engine.ask("vem är projektledare för kraftlinjen?", engine.new_conversation())
    # (the record quoted as a reader sees it, not as braces and quotes)
    assert "roll: Projektledare; namn: Anders Hammarén" in a.answer, a.answer
