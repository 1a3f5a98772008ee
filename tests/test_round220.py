"""Round 220 (statistics, Västernorrland): figures run together in a PDF table, a date's day,
a count of none that rests on a default."""
from __future__ import annotations


def _round():
    from tests.kb import fresh_round

    return fresh_round("r220")


def test_a_pdf_table_whose_figures_run_together_is_no_statistics_table(tmp_path):
    # F220-01: right-aligned columns set so close that "1 046 1 118" read as one cell – the rows'
    # other figures had moved left, Härnösand's 2024 figure standing as its 2022 (and 78,7 per
    # 1 000 as its 2023 count); the table's lines stay text, as printed, and the reader says why
    from ingest.pipeline import load_file

    _round().file4_pdf(str(tmp_path))
    path = next(tmp_path.glob('*.pdf'))
    r = load_file(path, tmp_path)
    assert not r.tables, [t.caption for t in r.tables]
    text = "\n".join(c.text for c in r.chunks)
    assert "Härnösand 1 046 1 118 587 78,7" in text, text
    assert any("för tätt" in n for n in r.notes), r.notes


def test_a_dates_day_is_no_figure_asked_for():
    # F220-01: "hur många nyinskrivna …" of "SCB (befolkning 31 dec 2023)" had answered "31"
    from assistant.documents.features import Question, Vocabulary
    from assistant.documents.phrases import key_phrase

    q = Question.of("Hur många nyinskrivna hade Härnösand 2023?", Vocabulary(["x"]))
    text = "Källa: Arbetsförmedlingen och SCB (befolkning 31 dec 2023). Antalet nyinskrivna i Härnösand ökade."
    assert key_phrase(text, q) == "", key_phrase(text, q)
    assert key_phrase(text.replace("ökade.", "ökade med 412 personer."), q) == "412"


def test_a_count_of_none_resting_on_a_default_is_no_answer(tmp_path):
    # F220-01: "hur många nyinskrivna hade Härnösand 2023?" had been read as a count of the schools'
    # register, none found under a value the question never named ("Tabellen har 0 rader med
    # Skolkommun = Härnösand; Huvudman = Samtliga")
    from tests.kb import engine_over

    src = tmp_path / "src"
    src.mkdir()
    _round().file3_skolverket(str(src))
    (src / "rapport.md").write_text(
        "# Nyinskrivna arbetssökande\n\nAntalet nyinskrivna i Härnösand ökade mellan 2022 och 2023.\n", encoding="utf-8"
    )
    engine = engine_over(tmp_path, {p.name: p.read_bytes() for p in src.iterdir()})
    a = engine.ask("hur många nyinskrivna hade Härnösand 2023?", engine.new_conversation())
    assert "rader med" not in a.answer and "**0**" not in a.answer, a.answer


def _fk(tmp_path):
    from ingest.pipeline import load_file

    _round().file1_fk(str(tmp_path))
    path = next(tmp_path.glob("fk_*.csv"))
    return load_file(path, tmp_path).tables[0]


def test_codes_a_header_explains_are_written_out_and_both_together_is_the_total(tmp_path):
    # F220-04/05: "KON(1=MAN,2=KVINNA)" over 1, 2 and "1+2" had been read as figures, "1+2" as none
    t = _fk(tmp_path)
    kon = t.column("KON")
    assert kon.role == "dimension", [(c.name, c.role) for c in t.columns]
    assert set(t.frame["KON"]) == {"Man (1)", "Kvinna (2)", "Totalt (1+2)"}
    assert "Totalt (1+2)" in kon.total_values or any(t.frame.loc[i, "KON"] == "Totalt (1+2)" for i in t.total_rows)
    assert any("kolumnrubrikens egen förklaring" in n for n in t.notes), t.notes


def test_a_county_written_without_its_letters_is_a_place_among_the_municipalities(tmp_path):
    # F220-04: "VASTERNORRLANDS LAN" and "RIKET" beside seven municipalities had left the column
    # under the share of places that names it one of places: "ANGE" was never Ånge
    t = _fk(tmp_path)
    regions = set(t.frame["REGION"].astype(str).str.strip())
    assert {"Ånge", "Timrå", "Härnösand", "Örnsköldsvik", "Västernorrlands län"} <= regions, regions


def test_a_mainframe_measure_code_is_named_by_the_word_it_contracts(tmp_path):
    # F220-04/05: "SJPTAL" is "sjukpenningtal" – the women's highest rate, and Ånge's change
    from tests.kb import engine_of_written

    engine = engine_of_written(tmp_path, _round().file1_fk, _round().file2_af)
    a = engine.ask("vilken kommun har högst sjukpenningtal bland kvinnor 2024?", engine.new_conversation())
    assert a.answered and "Ånge" in a.answer and "19,4" in a.answer, a.answer
    b = engine.ask(
        "Hur har sjukpenningtalet utvecklats från 2022 till 2024 i Ånge, för kvinnor och män tillsammans?",
        engine.new_conversation(),
    )
    assert b.answered and "13,9" in b.answer and "15,2" in b.answer, b.answer


def test_a_threshold_counts_a_bounded_cell_by_its_bound_and_names_the_rows_without_a_figure(tmp_path):
    # F220-11: "~100" (between 95 and 100, the table's notes say) had been left out unsaid – "2 av
    # 3" schools in Örnsköldsvik at 90 % or more, when four of six are and one is unknown
    from tests.kb import engine_of_written

    engine = engine_of_written(tmp_path, _round().file3_skolverket)
    a = engine.ask("hur många grundskolor i övik har minst 90 % behöriga till yrkesprogram?", engine.new_conversation())
    assert a.answered and "4 av 5" in a.answer, a.answer
    assert "Bredbyskolan" in a.answer and "~100" in a.answer and "mellan 95 och 100" in a.answer, a.answer
    assert "Husums skola" in a.answer, a.answer  # ".." is no bound: said, not counted


def test_the_kind_of_row_asked_is_the_rows_own_column_not_a_filter_named_after_it(tmp_path):
    # F220-12: "vilken skola i Sundsvall" had ranked over "Skolkommun" (a school's municipality)
    # with "Internationella Engelska Skolan Sundsvall" as the one row – its 262,4 the lowest
    from tests.kb import engine_of_written

    engine = engine_of_written(tmp_path, _round().file3_skolverket)
    a = engine.ask("Vilken skola i Sundsvall hade lägst meritvärde i nian läsåret 23/24?", engine.new_conversation())
    assert a.answered and "Nackstaskolan" in a.answer and "197,6" in a.answer, a.answer
    assert "Internationella Engelska Skolan" not in a.reading, a.reading


def test_a_word_a_synonym_matches_to_a_whole_value_names_no_row_by_part_of_its_name(tmp_path):
    # F220-13: "friskolor" is "Enskild" (a synonym, the owner column's whole value) – it had also
    # named the one school "Friskolan Kvarnen" by the first word of its name, and counted 1 row
    from tests.kb import engine_of_written

    engine = engine_of_written(tmp_path, _round().file3_skolverket)
    a = engine.ask("Hur många niondeklassare går på friskolor i Västernorrland?", engine.new_conversation())
    assert "Friskolan Kvarnen" not in a.reading and "Enskild" in a.reading, a.reading
    # … and the pupils counted are each school's "Antal elever i åk 9" added up – a school is no
    # person, the question's agent noun ("niondeklassare") is one (the five schools had been the
    # answer, 5 for 385)
    assert a.answered and "385" in a.answer and "Antal elever i åk 9" in a.reading, (a.reading, a.answer)


def test_a_report_printed_page_by_page_is_one_table_its_group_totals_their_groups_rows(tmp_path):
    # F220-08/09/10: AF's report generator printed two pages to one sheet, each under its title
    # ("Sida 1 av 2") and header; each municipality a heading "Kommun: 2281 Sundsvall" over its
    # programmes and "Summa 2281 Sundsvall" under them. The pages had been two tables, the heading
    # and total two other names of Sundsvall, so "hur många deltagare i program finns i Sundsvall"
    # ranked programmes of any municipality (Härnösand's among them)
    from ingest.pipeline import load_file

    _round().file2_af(str(tmp_path))
    path = next(tmp_path.glob("AF_deltagare*.xlsx"))
    tables = load_file(path, tmp_path).tables
    assert len(tables) == 1, [t.caption for t in tables]
    t = tables[0]
    assert "Sida" not in t.caption, t.caption
    f = t.frame
    sundsvall = f[f["Kommun"].astype(str).str.endswith("Sundsvall")]
    assert set(sundsvall["Kommun"]) == {"2281 Sundsvall"}, set(sundsvall["Kommun"])
    total = sundsvall[sundsvall["Program"] == "Summa"]
    assert list(total["Totalt"]) == [1520.0], sundsvall
    assert f["Kommun"].astype(str).str.contains("Kramfors").any()  # (the second page's rows)


def test_the_programmes_of_a_report_answer_per_municipality(tmp_path):
    from tests.kb import engine_of_written

    engine = engine_of_written(tmp_path, _round().file2_af)
    a = engine.ask("Hur många deltagare i program finns i Sundsvall?", engine.new_conversation())
    assert a.answered and "1 520" in a.answer and "Härnösand" not in a.answer, a.answer
    a = engine.ask("Hur stor andel av programdeltagarna hos AF i Härnösand är kvinnor?", engine.new_conversation())
    assert a.answered and "48,9" in a.answer, a.answer
    # "jobb- och utvecklingsgarantin" as the report writes it is one programme, not "jobbgarantin"
    # (for young people) and "utvecklingsgarantin"
    a = engine.ask("Vilken kommun har minst antal deltagare i jobb- och utvecklingsgarantin?", engine.new_conversation())
    assert a.answered and "Ånge" in a.answer and "69" in a.answer and "ungdomar" not in a.answer + a.reading, a.answer


def test_a_share_naming_a_measure_the_table_lacks_is_not_answered_by_its_counts(tmp_path):
    # F220-14: "andel behöriga till högskoleförberedande program i Sollefteå" – the report's count
    # of programme participants (283) had been the answer
    from tests.kb import engine_of_written

    engine = engine_of_written(tmp_path, _round().file2_af, _round().file3_skolverket)
    a = engine.ask("Andel behöriga till högskoleförberedande program i Sollefteå 2024?", engine.new_conversation())
    assert not a.answered and "har ingen andel ”behöriga”" in a.answer, a.answer
    b = engine.ask("Andel behöriga till yrkesprogram i Sollefteå?", engine.new_conversation())
    assert b.answered and "82,6" in b.answer, b.answer
