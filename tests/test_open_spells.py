"""Open spells in a register (round 208's F208-17/18): each case has a start and an end date, and
a case still running has no end – a blank, or a placeholder far in the future ("9999-12-31",
outside pandas' dates). "Pågående den 30 juni 2024" keeps the cases begun by that day and not
ended before it; "pågår fortfarande" the cases with no end."""
from __future__ import annotations

import pandas as pd

from assistant.stats.form import read_form
from assistant.stats.query import code, date_bounds, keep_step, run


def _register(blank_ends: bool = False) -> str:
    rows = ["insats_id|kommun|kon|insatstyp|startdatum|slutdatum"]
    places = ("BORÅS", "MARK", "ULRICEHAMN", "TRANEMO")
    kinds = ("Praktik", "Arbetsträning", "Språkträning")
    for k in range(80):
        start = f"{2023 + k % 2}-{1 + k % 12:02d}-{1 + k % 27:02d}"
        if k % 5 == 0:
            end = "" if blank_ends else "9999-12-31"
        else:
            end = f"{2024 + (k % 3 == 0)}-{1 + (k * 7) % 12:02d}-{1 + k % 25:02d}"
            end = max(end, start)
        rows.append(f"VG41{k:04d}|{places[k % 4]}|{'K' if k % 3 else 'M'}|{kinds[k % 3]}|{start}|{end}")
    return "\n".join(rows) + "\n"


def _truth(text: str) -> pd.DataFrame:
    from io import StringIO

    return pd.read_csv(StringIO(text), sep="|", dtype=str, keep_default_na=False)


def _running(df: pd.DataFrame, day: str | None) -> pd.DataFrame:
    open_ = (df.slutdatum == "") | (df.slutdatum >= "2099")
    if day is None:
        return df[open_]
    return df[(df.startdatum <= day) & ((df.slutdatum >= day) | open_)]


def test_the_form_reads_a_day_and_a_question_of_cases_still_running():
    f = read_form("Hur många i Borås hade en pågående insats den 30 juni 2024?")
    assert f.open_spell and f.asked_day == "2024-06-30"
    assert read_form("hur många insatser pågår fortfarande enligt registret?").open_spell
    assert read_form("antal ej avslutade ärenden").open_spell
    assert read_form("how many cases are still open?").open_spell
    assert read_form("hur många var inskrivna 30/6 2024").asked_day == "2024-06-30"
    assert read_form("läget per 2024-12-31").asked_day == "2024-12-31"
    # (… and no day is read from a month, a range of days or a day that does not exist)
    assert read_form("hur många avslutades i juni 2024").asked_day == ""
    assert read_form("mellan 1 mars 2024 och 30 juni 2024").asked_day == ""
    assert read_form("den 31 juni 2024").asked_day == ""
    assert not read_form("hur många avslutades 2024?").open_spell


def test_a_step_of_dates_keeps_the_same_rows_as_the_values_it_stands_for():
    df = _truth(_register())
    kept = tuple(["2024-06-30", *sorted(v for v in set(df.slutdatum) if v >= "2024-06-30")])
    step = keep_step(df, "slutdatum", kept)
    assert step.kind == "dates" and step.values == ("2024-06-30", "") and step.op == "open"
    assert run(df, [step]).equals(df[df.slutdatum.isin(kept)])
    # the code shown computes the same rows
    scope = {"df": df}
    exec(code([step], "df"), {}, scope)
    assert scope["df"].equals(df[df.slutdatum.isin(kept)])
    # values that are not the dates from a day on are kept as values
    odd = tuple(sorted(set(df.slutdatum))[::3])
    assert date_bounds(df, "slutdatum", odd) is None and keep_step(df, "slutdatum", odd).kind == "keep"


def test_cases_running_on_a_day_are_counted_by_their_start_and_end(tmp_path):
    from tests.kb import engine_over

    text = _register()
    engine = engine_over(tmp_path, {"insatser_deltagare.csv": text})
    df = _truth(text)
    conv = engine.new_conversation()
    a = engine.ask("Hur många i Borås hade en pågående insats den 30 juni 2024?", conv)
    want = len(_running(df[df.kommun == "BORÅS"], "2024-06-30"))
    assert a.answered and [f.value for f in a.figures] == [want], a.answer
    # the reading says how "pågående" was read, by the day asked
    assert "till och med 2024-06-30" in a.reading and "9999-12-31" in a.reading, a.reading
    # a follow-up with another day asks the same of that day
    b = engine.ask("och den 31 december 2023?", conv)
    assert [f.value for f in b.figures] == [len(_running(df[df.kommun == "BORÅS"], "2023-12-31"))], b.answer
    # still running, no day: the cases with no end – and a follow-up narrows them
    conv = engine.new_conversation()
    c = engine.ask("hur många insatser pågår fortfarande enligt registret?", conv)
    assert [f.value for f in c.figures] == [len(_running(df, None))], c.answer
    d = engine.ask("hur många av dem är kvinnor?", conv)
    assert [f.value for f in d.figures] == [len(_running(df[df.kon == "K"], None))], d.answer


def test_blank_ends_are_open_too_and_a_day_outside_the_register_has_no_cases(tmp_path):
    from tests.kb import engine_over

    text = _register(blank_ends=True)
    engine = engine_over(tmp_path, {"insatser_deltagare.csv": text})
    df = _truth(text)
    a = engine.ask("hur många pågående insatser fanns det den 1 mars 2024?", engine.new_conversation())
    assert [f.value for f in a.figures] == [len(_running(df, "2024-03-01"))], a.answer
    b = engine.ask("hur många pågående insatser fanns det den 1 mars 2019?", engine.new_conversation())
    assert not b.answered and not b.figures, b.answer


def test_a_table_that_says_pagaende_itself_is_read_by_its_own_word(tmp_path):
    # a status column with "Pågående" names the cases itself: its value is kept, no dates asked
    from tests.kb import engine_over

    rows = ["projekt|kommun|status|startdatum|slutdatum"]
    for k in range(40):
        status = "Pågående" if k % 3 else "Avslutat"
        end = "9999-12-31" if k % 7 == 0 else f"2025-{1 + k % 12:02d}-10"
        rows.append(f"P{k:03d}|{('Växjö', 'Ljungby', 'Alvesta')[k % 3]}|{status}|2024-{1 + k % 12:02d}-01|{end}")
    engine = engine_over(tmp_path, {"projekt.csv": "\n".join(rows) + "\n"})
    a = engine.ask("hur många pågående projekt finns det?", engine.new_conversation())
    assert [f.value for f in a.figures] == [sum(1 for k in range(40) if k % 3)], a.answer


def test_a_register_whose_every_case_has_ended_gives_no_count_of_cases_still_running(tmp_path):
    # (no end is blank or a placeholder: which cases run now is not written – no count, in doubt)
    from tests.kb import engine_over

    text = _register().replace("9999-12-31", "2025-02-01")
    engine = engine_over(tmp_path, {"insatser_deltagare.csv": text})
    a = engine.ask("hur många insatser pågår fortfarande enligt registret?", engine.new_conversation())
    assert not (a.answered and a.figures and not a.alternatives), a.answer


def test_a_municipality_a_register_writes_in_capitals_is_shown_as_a_reader_writes_it():
    from assistant.labels import display_label

    assert display_label("BORÅS") == "Borås" and display_label("UPPLANDS VÄSBY") == "Upplands Väsby"
    # (… not any word in capitals: a code, a status)
    assert display_label("SKL") == "SKL" and display_label("AVSLUTAD") == "AVSLUTAD"
