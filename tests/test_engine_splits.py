"""The engine over a small knowledge base of splits and years: a value a split lacks is said to
be lacking (never the sum of the values it has), and the rows whose change has a sign are
listed and counted (never the levels of one year)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

BRANCHES = ["A Jordbruk, skogsbruk och fiske", "C Tillverkning och utvinning", "F Byggverksamhet", "G Handel",
            "J Informations- och kommunikationsverksamhet", "Q Vård och omsorg; sociala tjänster"]


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    from assistant.engine import Engine
    from index.build import update_index

    base = tmp_path_factory.mktemp("splits")
    kb = base / "knowledge"
    kb.mkdir()
    lines = ["region,näringsgren SNI 2007,år,Förvärvsarbetande (antal)"]
    for i, region in enumerate(("1281 Lund", "1280 Malmö", "1283 Helsingborg")):
        for j, branch in enumerate(BRANCHES):
            for year in (2023, 2024):
                lines.append(f'"{region}","{branch}",{year},{1000 * (i + 1) + 100 * j + (year - 2023) * (7 - 3 * j)}')
    (kb / "forvarvsarbetande_bransch.csv").write_text(
        "\"Förvärvsarbetande efter region, näringsgren och år\"\n" + "\n".join(lines) + "\n", encoding="utf-8"
    )
    rows = [("Malmö", 5200, 4900, 5000), ("Lund", 1800, 1900, 1950), ("Helsingborg", 3100, 3050, 2900),
            ("Kristianstad", 1500, 1620, 1700), ("Ystad", 400, 400, 380), ("Skåne län", 21000, 20800, 20500)]
    (kb / "oppet_arbetslosa.csv").write_text(
        "Öppet arbetslösa efter kommun och år\nKommun;2023;2024;2025\n" + "".join(f"{n};{a};{b};{c}\n" for n, a, b, c in rows),
        encoding="utf-8",
    )
    update_index(kb, base / "index")
    return Engine.from_index(base / "index")


def test_a_branch_the_table_lacks_is_said_to_be_lacking_not_summed_over_the_others(engine):
    # round 66 (F66-23): "finans- och försäkringsverksamhet" beside "Byggverksamhet" and
    # "Informations- och kommunikationsverksamhet": the sum of every branch had been given
    ans = engine.ask("Hur många förvärvsarbetande fanns inom finans- och försäkringsverksamhet i Lund 2024?")
    assert not ans.answered and not ans.figures
    assert "försäkringsverksamhet" in ans.answer and "F Byggverksamhet" in ans.answer
    ans = engine.ask("Hur många förvärvsarbetande fanns inom byggverksamhet i Lund 2024?")
    assert ans.answered and [f.value for f in ans.figures if not f.derived][:1] == [1000 + 200 + 1]


def test_the_rows_that_rose_between_two_years_are_listed_and_counted(engine):
    ans = engine.ask("Vilka kommuner ökade antalet öppet arbetslösa mellan 2024 och 2025?")
    assert ans.answered
    listed = ans.answer.split("Som jämförelse")[0]
    assert all(k in listed for k in ("Malmö", "Lund", "Kristianstad"))
    assert not any(k in listed for k in ("Helsingborg", "Ystad"))
    assert any(f.derived and f.value == 3 for f in ans.figures)
    ans = engine.ask("Hur många kommuner minskade antalet öppet arbetslösa från 2023 till 2025?")
    assert any(f.derived and f.value == 3 for f in ans.figures)  # Malmö, Helsingborg, Ystad
    assert "Kristianstad" not in ans.answer.split("Som jämförelse")[0]


def test_a_measure_the_table_writes_nowhere_is_said_to_be_missing(engine):
    # round 68 (F68-18) and 69 (F69-23): "ohälsotalet" of a table that has another measure, and
    # the mean of "ålder" of a table without ages, had been answered with the table's own figure
    ans = engine.ask("Vad var ohälsotalet i Lund 2024?")
    assert not ans.answered and not ans.figures and "ohälsotalet" in ans.answer
    ans = engine.ask("Vad är den genomsnittliga åldern bland de öppet arbetslösa i Malmö 2025?")
    assert not ans.answered and not ans.figures
    ans = engine.ask("Hur många öppet arbetslösa fanns i Malmö 2025?")
    assert ans.answered and 5000 in [f.value for f in ans.figures]
    # (a period's noun is no measure: "kvartalet" ends like a rate, "ohälsotalet")
    ans = engine.ask("Hur många förvärvsarbetande fanns i Lund under första kvartalet 2024?")
    assert "”kvartalet”" not in ans.answer
