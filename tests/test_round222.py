"""Round 222 (statistics, Västra Götaland): a register of two kinds of records in one list."""
from __future__ import annotations


def _round():
    from tests.kb import fresh_round

    return fresh_round("r222")


def test_a_register_of_two_kinds_of_records_is_read_as_two_tables(tmp_path):
    # F222-13: participants ("P") followed by their activities ("I"), which leave the
    # participant's columns blank; "Avslutsorsak/Insats" means one thing on each kind of row
    from ingest.pipeline import load_file

    _round().write_register(str(tmp_path))
    path = next(tmp_path.glob("kaa_*.csv"))
    r = load_file(path, tmp_path)
    assert len(r.tables) == 2, [t.caption for t in r.tables]
    people, activities = r.tables
    assert "Avslutsorsak" in people.frame.columns and "Insats" not in people.frame.columns
    assert "Insats" in activities.frame.columns and "Start" in activities.frame.columns
    assert "Insats" in activities.caption and r.document.title == people.caption
    # each activity under its participant's municipality, taken from the row above it
    assert activities.frame["Kommun"].notna().all() and (activities.frame["Kommun"].astype(str).str.strip() != "").all()
    skovde = activities.frame[activities.frame["Kommun"] == "Skövde"]
    assert len(skovde) == 24 and (skovde["Insats"] == "Arbetsträning").sum() == 10
    assert any("från raden med ”Posttyp” = P ovanför" in n for n in activities.notes), activities.notes


def test_the_most_common_value_in_a_place_of_a_register_groups_that_places_cases(tmp_path):
    # F222-13: "vilken insats är vanligast i skövde" had ranked Skövde's rows one by one (by
    # "Födelseår": 2 001); it counts Skövde's activities per activity
    from tests.kb import engine_over

    src = tmp_path / "src"
    src.mkdir()
    _round().write_register(str(src))
    engine = engine_over(tmp_path, {p.name: p.read_bytes() for p in src.iterdir()})
    a = engine.ask("vilken insats är vanligast i skövde i kaa-registret och hur många?", engine.new_conversation())
    assert a.answered, a.answer
    first = a.answer.split("\n1. ", 1)[1].split("\n", 1)[0]
    assert "Arbetsträning" in first and "10" in first, a.answer
    assert "Praktik** – 41" not in a.answer, a.answer  # the whole register's, not Skövde's
