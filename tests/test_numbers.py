import math

import pytest

from ingest.numbers import ParsedNumber, format_number, infer_decimal, is_missing, parse_number


@pytest.mark.parametrize(
    "text, value, unit, decimals",
    [
        ("10,85", 10.85, None, 2),
        ("10,85%", 10.85, "%", 2),
        ("12,3 %", 12.3, "%", 1),
        ("25%", 25.0, "%", 0),
        ("5 111 665", 5111665.0, None, 0),
        ("5\u00a0111\u00a0665", 5111665.0, None, 0),  # no-break space
        ("5\u202f111\u202f665", 5111665.0, None, 0),  # narrow no-break space
        ("5\u2009111\u2009665", 5111665.0, None, 0),  # thin space
        ("1 234,5", 1234.5, None, 1),
        ("40612.1932895", 40612.1932895, None, 7),
        ("40612,1932895", 40612.1932895, None, 7),
        ("-12,651566", -12.651566, None, 6),
        ("\u22120,49%", -0.49, "%", 2),  # U+2212 minus
        ("\u20130,49 %", -0.49, "%", 2),  # en dash used as minus
        ("+3,5", 3.5, None, 1),
        ("0", 0.0, None, 0),
        (",5", 0.5, None, 1),
        ("1.234,5", 1234.5, None, 1),
        ("1e-05", 1e-05, None, 5),
        ("+ 6 239 tkr", 6239.0, "tkr", 0),
        ("4,5*", 4.5, None, 1),
        ("  7,8  ", 7.8, None, 1),
    ],
)
def test_parse_number_reads_swedish_and_machine_formats(text, value, unit, decimals):
    p = parse_number(text)
    assert p is not None
    assert p.value == pytest.approx(value)
    assert p.unit == unit
    assert p.decimals == decimals


@pytest.mark.parametrize("marker", ["..", ".", "-", "–", "—", "…", "", "   ", "NA", "N/A", "Inf", "-Inf", "x", None])
def test_missing_markers_are_not_numbers(marker):
    assert parse_number(marker) is None
    assert is_missing(marker)


@pytest.mark.parametrize("text", ["2024M07", "57.9 - 66.7  *", "16-24 år", "abc", "(12)", "12 år", "1,2,3"])
def test_things_that_are_not_numbers(text):
    assert parse_number(text) is None


def test_codes_parse_as_numbers_but_tables_keep_them_as_text():
    # parse_number only reads numbers; "0114" as a kommun code is the table logic's business
    assert parse_number("0114").value == 114


def test_excel_cells_pass_through_with_their_precision():
    assert parse_number(7.8) == ParsedNumber(7.8, None, 1)
    assert parse_number(26) == ParsedNumber(26.0, None, 0)
    assert parse_number(0.046).decimals == 3
    assert parse_number(float("nan")) is None
    assert parse_number(float("inf")) is None
    assert parse_number(True) is None


def test_ambiguous_dot_is_a_decimal_point_without_hint():
    assert parse_number("1.234").value == pytest.approx(1.234)
    assert parse_number("1,234").value == pytest.approx(1.234)


def test_decimal_hint_turns_the_other_separator_into_grouping():
    assert parse_number("1.234", decimal=",").value == 1234
    assert parse_number("1,234", decimal=".").value == 1234
    assert parse_number("1.234.567").value == 1234567


def test_infer_decimal_from_a_column():
    assert infer_decimal(["1,5", "2", "3,25"]) == ","
    assert infer_decimal(["7.8", "9", "10.25"]) == "."
    # "1.234" with short plain integers beside it: dots group thousands
    assert infer_decimal(["1.234", "250", "12.500"]) == ","
    # only "1.234"-like cells: read as decimals (machine export)
    assert infer_decimal(["1.234", "2.500"]) == "."
    assert infer_decimal(["12", "13"]) is None
    assert infer_decimal([1.5, None, ".."]) is None


@pytest.mark.parametrize(
    "value, decimals, unit, expected",
    [
        (10.85, None, "%", "10,85 %"),
        (5111665, None, None, "5 111 665"),
        (4553, None, None, "4 553"),
        (-0.49, 2, "%", "\u22120,49 %"),
        (10.8, None, None, "10,8"),
        (10.0, None, None, "10"),
        (7, 1, None, "7,0"),
        (0.046, 3, None, "0,046"),
        (1234.5, None, "tkr", "1 234,5 tkr"),
        (12.345, None, None, "12,35"),
        (-0.001, 2, None, "0,00"),
        (-1234567.891, 1, None, "\u22121 234 567,9"),
    ],
)
def test_format_number_prints_swedish(value, decimals, unit, expected):
    assert format_number(value, decimals, unit) == expected


def test_format_number_uses_ordinary_space_for_thousands():
    text = format_number(4553)
    assert "\u00a0" not in text and " " in text


def test_format_missing_value():
    assert format_number(float("nan")) == "–"


@pytest.mark.parametrize("text", ["10,85 %", "5 111 665", "\u22120,49 %", "1 234,5", "0,046"])
def test_round_trip_format_then_parse(text):
    p = parse_number(text)
    assert format_number(p.value, p.decimals, p.unit) == text
    assert not math.isnan(p.value)


def test_a_footnote_mark_after_a_figure_leaves_the_figure():
    # round 66: "14,9¹", "9,2²" in a PDF table had stayed text and lost the column's unit
    assert parse_number("14,9¹").value == 14.9 and parse_number("9,2 ²").value == 9.2
    assert parse_number("5 %³").unit == "%"
    assert parse_number("1²3") is None


def test_an_accountants_bracketed_figure_is_negative_and_eurostats_flags_are_notes():
    # round 109 (F109-05, F109-08): "(320)" of a budget follow-up and "81.0 b", "83.1 p" of Eurostat
    # had been text, so their columns lost those rows
    from ingest.numbers import parse_number
    from ingest.tables import make_table

    t = make_table(["Kostnadspost", "Budget", "Avvikelse"], [["Personal", "5 200", "140"], ["Externa tjänster", "2 300", "(320)"],
                   ["Resor", "400", "(30)"]], table_id="b", document="b.xlsx", caption="Budgetuppföljning, tkr")
    assert list(t.frame["Avvikelse"]) == [140, -320, -30]
    assert parse_number("(320)") is None  # (alone, a figure in brackets may be a count of answers)
    assert parse_number("81.0 b").value == 81.0 and parse_number("83.1 p").value == 83.1
    assert parse_number("3 x") is None and parse_number("12 st").unit == "st"
