"""Round 208 (statistics, Västra Götaland): an English question naming a Swedish measure the
only table at hand does not hold, answered by counting a register's rows."""
from __future__ import annotations


def _register() -> str:
    rows = ["insats_id|kommun|kon|fodelsear|insatstyp|startdatum|slutdatum"]
    places = ("BORÅS", "MARK", "ULRICEHAMN", "TRANEMO")
    kinds = ("Praktik", "Arbetsträning", "Språkträning")
    for k in range(60):
        end = "9999-12-31" if k % 4 == 0 else f"2024-{1 + k % 12:02d}-15"
        rows.append(f"VG41{k:04d}|{places[k % 4]}|{'K' if k % 3 else 'M'}|{1970 + k % 30}|{kinds[k % 3]}|2023-{1 + k % 12:02d}-01|{end}")
    return "\n".join(rows) + "\n"


def test_an_english_question_naming_a_swedish_measure_the_register_lacks_gets_no_count(tmp_path):
    # F208-14: "Which municipality had the biggest drop in sickness benefit days (sjukpenningtal,
    # total for women and men) between Dec 2023 and Dec 2024?" was answered with a count of the
    # register's rows per sex ("K – 9, M – 12"): the measure it names is in no column
    from tests.kb import engine_over

    engine = engine_over(tmp_path, {"insatser_deltagare.csv": _register()})
    a = engine.ask(
        "Which municipality had the biggest drop in sickness benefit days (sjukpenningtal, total for women and men) "
        "between Dec 2023 and Dec 2024?",
        engine.new_conversation(),
    )
    assert not a.answered and not a.figures, a.answer
    # (… while the register still counts what it holds)
    b = engine.ask("hur många insatser per insatstyp?", engine.new_conversation())
    assert b.answered and {f.value for f in b.figures} >= {20.0}, b.answer
