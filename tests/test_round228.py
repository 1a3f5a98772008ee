"""Round 228 (statistics, Hallands län): a report page whose table stands in a column of its own
beside the prose, and a long export that publishes each month again in later publications."""
from __future__ import annotations


def _written(tmp_path, round_id, *names):
    """A round's files of those names, as its script writes them (paths)."""
    from tests.kb import round_files

    return round_files(tmp_path, round_id, *names)


def test_a_table_in_a_column_beside_prose_is_read_with_its_caption(tmp_path):
    # F228-08/09/11: the page's lines run the prose of the left column and the rows of the right
    # column's table together ("… Hylte och Halmstad Falkenberg 82,5 86,1 …"): no table had been
    # read, and the employment rates were answered from the prose or not at all
    from ingest.pipeline import load_file

    path = _written(tmp_path, "r228", "arbetsmarknadslaget_halland_hosten2024.pdf")["arbetsmarknadslaget_halland_hosten2024.pdf"]
    tables = load_file(path, path.parent).tables
    assert len(tables) == 1, [t.caption for t in tables]
    t = tables[0]
    assert t.caption.startswith("Tabell 1. Sysselsättningsgrad 20–64 år efter kommun och kön"), t.caption
    frame = t.frame.set_index(t.frame.columns[0])
    assert frame.loc["Falkenberg", "Kvinnor, 2023"] == 82.5 and frame.loc["Hylte", "Förändr. p.e."] == -0.5, frame
    assert list(frame.index) == ["Hylte", "Halmstad", "Laholm", "Falkenberg", "Varberg", "Kungsbacka", "Hallands län", "Riket"]


def test_a_scales_classes_over_a_table_are_its_header(tmp_path):
    # (found with the column tables above: "Påstående  1–2  3  4–5" over a survey's answers had
    # been a body row, its "3" a figure, the columns "Kolumn 2" …)
    from ingest.pipeline import load_file

    name = "medarbetarenkat_2025_regional_utveckling.pdf"
    path = _written(tmp_path, "r126", name)[name]
    by_caption = {t.caption: t for t in load_file(path, path.parent).tables}
    t = by_caption["Tabell 3. Svarsfördelning 2025 för fyra frågor, procent"]
    assert list(map(str, t.frame.columns)) == ["Påstående", "1–2", "3", "4–5"], t.frame.columns
    assert t.frame.iloc[0].tolist() == ["Jag har en rimlig arbetsbelastning", 38.0, 27.0, 35.0]
    assert "Tabell 2. HME per enhet 2025 (n = antal svarande)" in by_caption


_PUBLISHED = "\n".join([
    "Publiceringsdatum,Månad,Kommun,Kön,Mått,Värde,Status",
    *(
        f"{pub},{month},{kommun},Båda könen,{matt},{value},{status}"
        for pub, months in [("2024-09-16", 8), ("2024-10-15", 9), ("2024-11-15", 10)]
        for m in range(1, months + 1)
        for kommun, base in [("Varberg", 1400), ("Hylte", 270), ("Laholm", 600)]
        for matt, value in [
            ("Pågående sjukfall (antal)", base + m + (int(pub[5:7]) - 9) * 10),
            ("Sjukpenningtal (dagar)", f"{8 + m / 10:.1f}"),
        ]
        for month in [f"2024-{m:02d}"]
        for status in ["Definitiv" if pub == "2024-11-15" or m < months - 1 else "Preliminär"]
    ),
])


def test_the_latest_publication_answers_a_month_published_again(tmp_path):
    # F228-01: August 2024 stands in three publications (1 424, 1 469, 1 491): the latest is the
    # figure – it had been their sum, "en rad per ärende"; and "sjukfall" of a file named after
    # them picks the measure, not also the sick-pay days beside it
    from tests.kb import engine_over

    engine = engine_over(tmp_path, {"fk_pagaende_sjukfall_2024.csv": _PUBLISHED})
    a = engine.ask("sjukfall varberg aug 2024?", engine.new_conversation())
    assert "1 428" in a.answer and "Publiceringsdatum = 2024-11-15" in a.answer, a.answer
    assert "sammanlagt" not in a.answer and "8,8" not in a.answer, a.answer
    # F228-04: a month no publication has is missing – "november" had named the publication of
    # 2024-11-15, and October's figure was given
    a = engine.ask("hur många pågående sjukfall hade varberg i november?", engine.new_conversation())
    assert not a.answered and "1 430" not in a.answer and "november" in a.answer, a.answer



_PUBLISHED_BY_SEX = "\n".join([
    "Publiceringsdatum,Månad,Kommun,Kön,Mått,Värde,Status",
    *(
        f"{pub},2024-{m:02d},{kommun},{kon},Pågående sjukfall (antal),{value},{status}"
        for pub, months in (("2024-09-16", 8), ("2024-10-15", 9), ("2024-11-15", 10))
        for m in range(1, months + 1)
        for status in ["Definitiv" if pub == "2024-11-15" or m < months - 1 else "Preliminär"]
        for kommun, base in [("Hylte", 270), ("Varberg", 1400), ("Hela länet", 7000)]
        for kon, value in [("Kvinnor", 2 * base // 3 + m), ("Män", base // 3), ("Båda könen", 2 * base // 3 + m + base // 3)]
    ),
])


def test_a_count_and_the_share_of_it_asked_together_give_both(tmp_path):
    # F228-03: "hur många …, och hur stor andel av dem var kvinnor?" of a long export read as a
    # register (its status beside each publication had made the rows look like cases): the
    # women's count had been given as the total – now their share of both sexes, with the two
    # counts it is computed from
    from tests.kb import engine_over

    engine = engine_over(tmp_path, {"fk_sjukfall_kon_2024.csv": _PUBLISHED_BY_SEX})
    a = engine.ask(
        "Hur många pågående sjukfall fanns det i hela länet i september, och hur stor andel av dem var kvinnor?", engine.new_conversation()
    )
    assert "4 675 av 7 008" in a.answer and "66,7 %" in a.answer and "**4 675** (Kvinnor)" in a.answer, a.answer


def test_columns_under_short_names_a_footnote_explains_are_places(tmp_path):
    # F228-18/19: "Hyl", "Hst" … "Län", "Riket" over the years' rows, explained by the footnote
    # "Förkortningar: Hyl = Hylte, …, Län = Hallands län": no question found Hylte; and the two
    # tables of the page (shares, merit values) had been consolidated into one whose years stood
    # twice, the merit values read as shares
    from ingest.pipeline import load_file
    from ingest.tables.codes import abbreviations

    assert abbreviations("Förkortningar: Hyl = Hylte, Län = Hallands län, Riket = hela Sverige.") == {"Hyl": "Hylte", "Län": "Hallands län"}
    assert abbreviations("x = 3, A = B") == {}
    name = "utbildningsbarometer_halland_2024.pdf"
    path = _written(tmp_path, "r228", name)[name]
    tables = load_file(path, path.parent).tables
    assert [t.caption for t in tables] == [
        "Tabell 1. Andel elever i åk 9 som är behöriga till yrkesprogram, procent", "Tabell 2. Genomsnittligt meritvärde i åk 9 (17 ämnen)",
    ]
    merit = tables[1].frame
    row = merit[(merit["Region"] == "Hylte") & (merit["År"].astype(str) == "2024")]
    assert row.iloc[0, -1] == 209.8 and set(merit["Region"]) >= {"Hylte", "Kungsbacka", "Hallands län", "Riket"}, merit
    assert any("Hyl = Hylte" in n for n in tables[1].notes), tables[1].notes


def test_the_average_named_by_the_measure_develops_between_two_years():
    # F228-19: "how did the average merit value … develop from 2020 to 2024" had been the mean
    # over the years; a mean of changes stays a mean
    from assistant.stats.form import Op, read_form

    assert read_form("How did the average merit value for year 9 in Hylte develop from 2020 to 2024?").op == Op.TREND
    assert read_form("Hur har meritvärdet i Hylte utvecklats från 2020 till 2024?").op == Op.TREND
    assert read_form("vad var den genomsnittliga ökningen per år 2020–2024?").op == Op.MEAN


_PAYMENTS = "\n".join([
    "Kommunkod;Kommun;Löpnr (inom kommun);Utbetalningsmånad;Hushållstyp;Utbetalt bistånd (kr)",
    *(
        f"{code};{kommun};{n};2024{m:02d};Sammanboende med barn;{9000 + 10 * n + m}"
        for code, kommun, households in [("1382", "Falkenberg", 4), ("1383", "Varberg", 3)]
        for m in range(1, 7)
        for n in range(1, households + 1 + (m == 3))
    ),
])


def test_a_month_column_named_by_a_compound_is_the_month_asked(tmp_path):
    # F228-17: "Utbetalningsmånad" over 202401 … 202406 had been a column of figures (and the
    # household number "Löpnr (inom kommun)" another): "i mars 2024" found no month
    from tests.kb import engine_over

    engine = engine_over(tmp_path, {"bistand_2024H1.csv": _PAYMENTS})
    t = engine.resolver.profiles[0].table
    assert {c.name: c.role for c in t.columns}["Utbetalningsmånad"] == "dimension"
    assert {c.name: c.role for c in t.columns}["Löpnr (inom kommun)"] == "code"
    a = engine.ask("hur många hushåll fick bistånd i falkenberg i mars 2024?", engine.new_conversation())
    assert "**5**" in a.answer and "202403" in a.answer, a.answer
    # F228-20: "under hela 2024" of January–June is no year's figure (June's rows had answered)
    a = engine.ask("hur många hushåll i Varberg fick bistånd under hela 2024?", engine.new_conversation())
    assert not a.answered and "**3**" not in a.answer and "**18**" not in a.answer, a.answer


def test_an_abbreviation_typed_in_a_question_ends_no_sentence():
    # F228-14: "hur många hushåll fick ek. bistånd i halland …" had been cut at "ek.", and the
    # rest read as a sum of kronor
    from assistant.question import _sentences

    assert _sentences("hur många hushåll fick ek. bistånd i halland första halvåret 2024?") == [
        "hur många hushåll fick ek. bistånd i halland första halvåret 2024?"
    ]
    assert len(_sentences("Jag jobbar med ekonomiskt bistånd. Hur många hushåll fick det?")) == 2


def test_a_column_of_facts_written_in_several_units_states_none(tmp_path):
    # F228-13: "23,9 %", "291 tkr" and 11 052 in one "Värde" column of municipal fact cards had
    # made it a column of shares – the population shown as "11 052 %"
    from ingest.pipeline import load_file

    name = "kommunfakta_halland_2024.xlsx"
    path = _written(tmp_path, "r228", name)[name]
    t = load_file(path, path.parent).tables[0]
    assert {c.name: c.unit for c in t.columns}["Värde"] is None, t.columns


def test_a_short_place_name_with_a_slip_is_the_place_one_letter_away():
    # F228-06: "arbetslösheten bland unga i Lahom i okt?" – a name of five letters was never
    # corrected, and "Kunskapsbanken nämner inte Lahom" was the answer
    from assistant.question import normalise_question, vocabulary

    vocab = vocabulary(["Laholm och Hylte har låg arbetslöshet. Laholm växer, och Hylte."])
    assert "i Laholm i okt" in normalise_question("arbetslösheten bland unga i Lahom i okt?", vocab).text
    # (a name one letter from no place stays as asked)
    assert normalise_question("vad sa Bengt om Hylte?", vocab).text == "vad sa Bengt om Hylte?"


def test_the_first_fact_cards_name_heads_its_rows_not_the_sheet(tmp_path):
    # F228-13: "HYLTE (1315)" over the first card's rows had been read as a title line of the
    # sheet, so Hylte's figures stood under no municipality while Halmstad's … stood under theirs
    from ingest.pipeline import load_file

    name = "kommunfakta_halland_2024.xlsx"
    path = _written(tmp_path, "r228", name)[name]
    t = load_file(path, path.parent).tables[0]
    groups = list(dict.fromkeys(t.frame["Grupp"].astype(str)))
    assert groups[:2] == ["HYLTE (1315)", "HALMSTAD (1380)"] and "HYLTE" not in t.caption, (groups, t.caption)


def test_a_change_is_said_with_the_totals_of_the_years_asked(tmp_path):
    # F228-09: "How much did the employment rate in Hylte change between 2022 and 2023?" had shown
    # −0,5 beside the women's, men's and total 2023 rates – not 2022's, the change's other end
    from tests.kb import engine_over

    name = "arbetsmarknadslaget_halland_hosten2024.pdf"
    path = _written(tmp_path, "r228", name)[name]
    engine = engine_over(tmp_path, {name: path.read_bytes()})
    a = engine.ask("How much did the employment rate in Hylte change between 2022 and 2023?", engine.new_conversation())
    assert "−0,5 procentenheter" in a.answer and "Totalt, 2022: **80,3 %**" in a.answer and "Totalt, 2023: **79,8 %**" in a.answer, a.answer
