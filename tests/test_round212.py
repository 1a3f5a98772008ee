"""Round 212 (statistics, Kalmar): a yearbook table whose names run into dot leaders."""
from __future__ import annotations

from pathlib import Path

from ingest.pipeline import load_file
from ingest.tables.cells import clean_text

ROUND = Path(__file__).resolve().parents[1] / "eval" / "fresh" / "r212_make_files.py"


def test_dot_leaders_are_no_part_of_a_cell():
    assert clean_text("Högsby ......") == "Högsby" and clean_text("Riket . . . . . .") == "Riket"
    # (… while a question's or a range's dots stay)
    assert clean_text("Vad ...?") == "Vad ...?" and clean_text("1.2.3.4") == "1.2.3.4"


def test_a_yearbook_table_with_dot_leaders_names_its_rows(tmp_path):
    # F212-08: "Riket ……" had been a row no place matched, and its label stood in the answer
    import importlib.util

    spec = importlib.util.spec_from_file_location("r212_make_files", ROUND)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.make_arsbok(str(tmp_path))
    path = next(tmp_path.glob("*.pdf"))
    labels = list(load_file(path, tmp_path).tables[0].frame.iloc[:, 0])
    assert "Riket" in labels and "Kalmar län" in labels and "Högsby" in labels, labels


def test_the_country_and_a_county_are_never_added_up(tmp_path):
    # F212-08: "hur många konkurser i länet totalt …, och hur stor del av alla i riket är det?" had
    # been answered with Kalmar län and Riket added up (9 374)
    from tests.kb import engine_over

    rows = ["Kommun;Konkurser 2023;Konkurser 2024"]
    rows += [f"{k};{a};{b}" for k, a, b in (
        ("Borgholm", 6, 8), ("Kalmar", 40, 44), ("Nybro", 12, 15), ("Västervik", 20, 18), ("Kalmar län", 150, 170), ("Riket", 8800, 9204),
    )]
    engine = engine_over(tmp_path, {"konkurser.csv": "\n".join(rows) + "\n"})
    a = engine.ask("Hur många konkurser blev det i länet totalt under 2024, och hur stor del av alla konkurser i riket är det?", engine.new_conversation())
    assert 9374 not in {f.value for f in a.figures}, a.answer
