"""The engine on small exports of the shapes round 123 found (fake embedder, seconds each)."""
from __future__ import annotations

from tests.test_engine_places import _engine_writing

_INDEX = {2019: (100.0, 100.0, 100.0), 2020: (91.8, 97.4, 92.6), 2021: (95.3, 101.2, 96.2),
          2022: (97.6, 103.9, 98.5), 2023: (99.1, 102.7, 99.6), 2024: (101.4, 104.8, 101.9)}


def _years_as_rows(kb) -> None:
    lines = ["Tabell 2. Trafikarbete på det statliga vägnätet i Gävleborgs län, index 2019 = 100", "", "År;Personbilar;Lastbilar;Totalt"]
    lines += [f"{y};" + ";".join(f"{v:.1f}".replace(".", ",") for v in vals) for y, vals in _INDEX.items()]
    (kb / "trafikarbete_index.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_a_change_since_a_year_of_a_table_whose_rows_are_years_runs_down_the_rows(tmp_path, monkeypatch):
    # round 123 (F123-19): "utvecklats sedan 2019" of År | Personbilar | Lastbilar | Totalt had been
    # read as the lookup of 2019 (100,0); "utvecklats" alone ranked the years by their values
    engine = _engine_writing(tmp_path, monkeypatch, _years_as_rows)
    a = engine.ask("Hur har lastbilstrafiken utvecklats sedan 2019?", engine.new_conversation())
    assert a.answered and "förändring 2019–2024" in a.reading, (a.reading, a.answer)
    values = [f.value for f in a.figures]
    assert values[:2] == [100.0, 104.8] and 101.2 in values, a.answer  # the ends, then the years between
    assert any(f.derived and abs(f.value - 4.8) < 1e-9 for f in a.figures), a.answer
    b = engine.ask("Hur har lastbilstrafiken förändrats mellan 2020 och 2023?", engine.new_conversation())
    assert b.answered and [f.value for f in b.figures][:2] == [97.4, 102.7], b.answer
    c = engine.ask("Hur har personbilstrafiken utvecklats?", engine.new_conversation())
    assert c.answered and [f.value for f in c.figures][:2] == [100.0, 101.4], c.answer
    # a year alone is still that year's figure
    d = engine.ask("Vad var index för lastbilar 2021?", engine.new_conversation())
    assert d.answered and [f.value for f in d.figures] == [101.2], d.answer


def test_the_alternative_of_a_change_keeps_its_ends_and_is_read_whole_with_its_numbered_caption(tmp_path, monkeypatch):
    # round 123: a change's alternatives had been bare lookups, and a question naming "Tabell 2. …"
    # was cut at the caption's full stop and read as the caption alone
    engine = _engine_writing(tmp_path, monkeypatch, _years_as_rows)
    a = engine.ask("Hur har lastbilstrafiken utvecklats sedan 2019?", engine.new_conversation())
    alt = next(x for x in a.alternatives if "Totalt" in x)
    assert "förändrats från 2019 till 2024" in alt, a.alternatives
    b = engine.ask(alt, engine.new_conversation())
    assert b.answered and [f.value for f in b.figures][:2] == [100.0, 101.9], (b.reading, b.answer)
