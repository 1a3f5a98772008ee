"""The engine on small exports of the shapes round 127 found (fake embedder, seconds each)."""
from __future__ import annotations

from ingest.stats_io import read_stats_file
from tests.test_engine_places import _engine_of

_MONTHS = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
_LINES = [("Stadstrafik Karlskrona", "1", "Lyckeby–Karlskrona C", 5000), ("Stadstrafik Karlskrona", "2", "Nättraby–Karlskrona C", 3000),
          ("Stadstrafik Karlskrona", "3", "Rödeby–Karlskrona C", 1900), ("Stadstrafik Karlskrona", "4", "Hästö–Gräsvik", 4000),
          ("Stadstrafik Karlshamn", "11", "Väggaviken–Karlshamn C", 1400),
          ("Regiontåg", "ÖT", "Öresundståg Karlskrona C–Sölvesborg", 6000), ("Regiontåg", "KT", "Krösatåg Karlskrona C–Emmaboda", 1200)]


def _boardings() -> str:
    """Boardings per line: months of the caption's year across, then whole years, line codes
    (some letters) beside the line names."""
    head = "Trafikslag\tLinje\tLinjenamn\t" + "\t".join(_MONTHS) + "\tHelår 2024\tHelår 2023"
    rows = []
    for kind, code, name, base in _LINES:
        months = [base + 10 * i for i in range(12)]
        rows.append(f"{kind}\t{code}\t{name}\t" + "\t".join(map(str, months)) + f"\t{sum(months)}\t{sum(months) - 500}")
    return "Påstigande resenärer per linje och månad 2024\nBlekingetrafiken\n\n" + head + "\n" + "\n".join(rows) + "\n"


def test_a_code_column_named_by_the_next_column_is_codes_though_some_are_letters(tmp_path):
    # round 127: "Linje" (1, 3, "ÖT", "KT") before "Linjenamn" had been a measure ("Linje för
    # Rödeby–Karlskrona C är 3")
    p = tmp_path / "pastigande.tsv"
    p.write_text(_boardings(), encoding="utf-8")
    (t,) = read_stats_file(p, p.name)
    assert t.column("Linje").role == "code"
    assert t.label_column == "Linjenamn"


def test_a_month_asked_of_months_across_is_the_months_column_and_another_years_month_is_missing(tmp_path, monkeypatch):
    # round 127 (F127-10): "i januari 2023" of months of 2024 beside "Helår 2023" had been answered
    # with the whole year 2023; "i januari 2024" with the whole year 2024
    engine = _engine_of(tmp_path, monkeypatch, {"pastigande_blekinge_2024.csv": _boardings()})
    a = engine.ask("Hur många åkte linje 3 till Rödeby i januari 2024?", engine.new_conversation())
    assert a.answered and [f.value for f in a.figures if not f.is_total] == [1900]
    b = engine.ask("Hur många åkte linje 3 till Rödeby i januari 2023?", engine.new_conversation())
    assert not b.answered and not b.figures
