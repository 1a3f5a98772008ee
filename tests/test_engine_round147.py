"""The engine on small exports of the shapes round 147 found (fake embedder, seconds each)."""
from __future__ import annotations

from tests.test_engine_places import _engine_of


def test_a_part_said_to_be_included_is_never_answered_alone(tmp_path, monkeypatch):
    # round 147 (F147-13): "… lowest net emissions in 2023 if land use (LULUCF) is included" was
    # answered with the land-use row alone – confidently; the part is to be added to the whole
    rows = [("Luleå", 3042807, -48000), ("Jokkmokk", 10911, -612000), ("Kiruna", 700000, -150000), ("Piteå", 400000, -90000)]
    text = "Utsläpp av växthusgaser per kommun och huvudsektor, ton CO2-ekv\nKommun;Huvudsektor;År;Utsläpp\n" + "".join(
        f"{k};Alla huvudsektorer;2023;{a}\n{k};Markanvändning (LULUCF);2023;{b}\n" for k, a, b in rows)
    engine = _engine_of(tmp_path, monkeypatch, {"utslapp.csv": text})
    a = engine.ask("Which municipality has the lowest net emissions in 2023 if land use (LULUCF) is included?", engine.new_conversation())
    assert not a.answered or -612000 not in [f.value for f in a.figures], a.answer
    # (the part asked by itself is answered)
    b = engine.ask("Vilken kommun har lägst utsläpp från markanvändning (LULUCF) 2023?", engine.new_conversation())
    assert b.answered and -612000 in [f.value for f in b.figures], b.answer
