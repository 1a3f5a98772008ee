"""The engine on small exports of the shapes round 141 found (fake embedder, seconds each)."""
from __future__ import annotations

from tests.test_engine_places import _engine_of


def test_municipalities_of_the_county_named_among_other_counties_are_the_rows_ranked(tmp_path, monkeypatch):
    # round 141 (F141-06): Riket, Västmanlands län and its municipalities, then three other
    # counties as rows – "vilken kommun i Västmanland hade högst …" said the table had nothing
    # inside Västmanlands län (the county row was taken for a peer of the rows to rank)
    rows = [("00", "Riket", 7.1), ("19", "Västmanlands län", 8.0), ("1984", "Arboga", 6.2), ("1962", "Norberg", 12.0),
            ("1981", "Sala", 7.4), ("1980", "Västerås", 8.1), ("18", "Örebro län", 7.9), ("03", "Uppsala län", 6.0),
            ("20", "Dalarnas län", 13.5)]
    text = "Unga 20–24 år som varken arbetar eller studerar, andel (%) 2024\nKod;Region;Andel (%)\n" + "".join(
        f"{k};{r};{str(v).replace('.', ',')}\n" for k, r, v in rows)
    engine = _engine_of(tmp_path, monkeypatch, {"uvas_2024.csv": text})
    a = engine.ask("Vilken kommun i Västmanland hade högst andel unga som varken arbetar eller studerar 2024?", engine.new_conversation())
    assert a.answered and "Norberg" in a.answer and [f.value for f in a.figures if not f.is_total][:1] == [12.0], a.answer


def test_a_clipped_compound_of_the_captions_words_names_the_tables_measure(tmp_path, monkeypatch):
    # round 141 (F141-19): "… bland yrkesvuxdeltagarna …" of a table captioned "Kursdeltagare i
    # kommunal vuxenutbildning, yrkesinriktade kurser": "yrkesvux" (yrkes|vux) was read as a
    # narrower measure the table lacks, and the share was refused
    text = ("Kursdeltagare i kommunal vuxenutbildning, yrkesinriktade kurser, efter kommun och yrkesområde, Gävleborgs län 2024. Hemkommun = deltagarens folkbokföringskommun.\n"
            "Kommun;Yrkesområde;2024;Andel kvinnor 2024 (%)\n"
            "Gävle;Bygg och anläggning;120;6,0\nGävle;Vård och omsorg;300;85,0\n"
            "Sandviken;Bygg och anläggning;80;8,8\nSandviken;Vård och omsorg;150;82,0\n"
            "Gävleborgs län;Bygg och anläggning;200;7,0\nGävleborgs län;Vård och omsorg;450;84,0\n")
    engine = _engine_of(tmp_path, monkeypatch, {"komvux_gavleborg_2024.csv": text})
    a = engine.ask("Hur stor andel kvinnor var det bland yrkesvuxdeltagarna inom bygg och anläggning i hela Gävleborg 2024?", engine.new_conversation())
    assert a.answered and 7.0 in [f.value for f in a.figures], a.answer
    # (a part the caption does not begin stays a narrower measure: "långtidsinskrivna")
    a = engine.ask("Hur många långtidsdeltagare fanns i Gävle inom vård och omsorg 2024?", engine.new_conversation())
    assert not a.answered or 300 not in [f.value for f in a.figures], a.answer
