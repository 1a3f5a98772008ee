"""Round 204 (statistics, Skåne): a public-health survey export whose cells hold each share with
its 95 % confidence interval ("71,4 (68,9–73,8)")."""
from __future__ import annotations

_SURVEY = (
    "Folkhälsoenkät Skåne 2022 – vuxna 18–84 år, kommunnivå\n"
    "Viktade andelar (%) med 95 % konfidensintervall inom parentes\n\n"
    "Kommun;Gott självskattat hälsotillstånd 2018;Gott självskattat hälsotillstånd 2022;Antal svarande 2022\n"
    "Bjuv;72,4 (67,5–77,3);71,3 (66,4–76,2);599\n"
    "Bromölla;74,1 (69,2–79,0);73,8 (68,9–78,7);574\n"
    "Burlöv;73,7 (69,1–78,3);72,2 (67,5–76,9);630\n"
    "Trelleborg;71,8 (68,0–75,6);72,3 (68,6–76,0);1104\n"
    "Skåne län;73,9 (73,2–74,6);73,2 (72,5–73,9);41 233\n"
)


def test_an_estimate_with_its_interval_is_the_estimate():
    from ingest.numbers import parse_number

    assert parse_number("72,4 (67,5–77,3)").value == 72.4
    assert parse_number("72.4 [67.5; 77.3]").value == 72.4
    assert parse_number("-1,2 (-3,0–0,5)").value == -1.2
    # (brackets that hold no interval around the figure are no interval: a note, a count)
    assert parse_number("5 (2–3)") is None and parse_number("12 (3)") is None


def test_a_semicolon_export_is_split_at_its_semicolons_though_its_decimal_commas_split_more():
    from ingest.stats_io import sniff_delimiter

    assert sniff_delimiter(_SURVEY) == ";"
    # (a comma file stays one – "Högsby,190,11.4")
    assert sniff_delimiter("Kommun,Antal,Andel\nHögsby,190,11.4\nTorsås,210,9.8\nEmmaboda,330,10.1\n") == ","


def test_the_survey_is_a_table_of_its_shares(tmp_path):
    from ingest.pipeline import load_file

    (tmp_path / "folkhalsoenkat.csv").write_text(_SURVEY, encoding="utf-8")
    r = load_file(tmp_path / "folkhalsoenkat.csv", tmp_path)
    assert len(r.tables) == 1
    t = r.tables[0]
    assert [c.name for c in t.columns][:3] == ["Kommun", "Gott självskattat hälsotillstånd 2018", "Gott självskattat hälsotillstånd 2022"]
    row = t.frame[t.frame["Kommun"] == "Trelleborg"].iloc[0]
    assert row["Gott självskattat hälsotillstånd 2018"] == 71.8 and row["Gott självskattat hälsotillstånd 2022"] == 72.3
