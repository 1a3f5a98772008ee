"""Round 224 (statistics, Kronoberg): a web table saved as CSV with its HTML left in, a register
whose identical rows were merged with a count beside each."""
from __future__ import annotations


def _round():
    from tests.kb import fresh_round

    return fresh_round("r224")


def test_a_web_table_saved_with_its_html_is_read_as_the_page_showed_it(tmp_path):
    # F224-01/02/03: "V&auml;xj&ouml;", "<b>Riket</b>", "Antal<br>okt 2024", "3&nbsp;934" and
    # "&minus;0,1" had been read as written – Växjö named no row, 3 934 no figure
    from ingest.pipeline import load_file

    _round().write_file1(str(tmp_path))
    path = next(tmp_path.glob("af_inskrivna*.csv"))
    (t,) = load_file(path, tmp_path).tables
    f = t.frame.set_index(t.label_column)
    assert "Växjö" in f.index and "Riket" in f.index and "Kronobergs län" in f.index, list(f.index)
    assert f.loc["Växjö", "Antal okt 2024"] == 3934, f.loc["Växjö"]
    assert f.loc["Tingsryd", "Förändring andel (procentenheter)"] == -0.1
    assert "&" not in t.caption and "<" not in t.caption, t.caption
    assert {i for i in t.total_rows} == {0, 1}, t.total_rows  # (Riket and the county)


def test_a_register_of_merged_rows_counts_its_counts(tmp_path):
    # F224-10: identical rows merged with "Antal" beside each – "antal deltagare per insats"
    # had counted 17 rows for Tingsryd's 21 participants in Arbetsträning
    from tests.kb import engine_of_written

    engine = engine_of_written(tmp_path, _round().write_file4)
    a = engine.ask("antal deltagare per insats i Tingsyd 2024?", engine.new_conversation())
    got = {f.label: f.value for f in a.figures if not f.is_total}
    assert a.answered and got.get("Arbetsträning") == 21 and got.get("Praktik") == 20 and got.get("Extratjänst") == 7, a.answer


def test_a_ranking_with_shaded_rows_and_years_in_its_header_is_one_table(tmp_path):
    # F224-17/18: grey bands behind the country's and the county's rows had been read as a ruled
    # table of their own (three rows, "Kolumn 2" …), the rest as a numbered list; the header
    # "Rang Kommun 2023 2022 Förändring" was no header, two of its cells being years
    from ingest.pipeline import load_file

    _round().write_file6(str(tmp_path))
    path = next(tmp_path.glob("*.pdf"))
    (t,) = load_file(path, tmp_path).tables
    assert [c.name for c in t.columns] == ["Rang", "Kommun", "2023", "2022", "Förändring"], [c.name for c in t.columns]
    assert len(t.frame) == 12 and "Osby" in set(t.frame["Kommun"]), t.frame  # (its note mark "¹" left out)


def test_a_ranking_by_year_columns_and_a_place_asked_after_it(tmp_path):
    from tests.kb import engine_of_written

    engine = engine_of_written(tmp_path, _round().write_file6)
    conv = engine.new_conversation()
    a = engine.ask("vilken kommun i kronoberg har lägst sjukpenningtal?", conv)
    assert a.answered and "Älmhult" in a.answer and "8,7" in a.answer, a.answer
    # (the place counted the way the ranking ran, lowest first)
    b = engine.ask("och var hamnar alvesta bland länets kommuner?", conv)
    assert b.answered and "plats 4 av 8" in b.answer, b.answer
    # ("in 2023" is the column "2023" beside "2022" and "Förändring")
    c = engine.ask("Which municipalities in Kronoberg county had a higher sjukpenningtal than Sweden as a whole in 2023?", engine.new_conversation())
    assert c.answered and "10,1" in c.answer and "Hylte" not in c.answer and "14,3" in c.answer, c.answer


def test_figures_under_a_white_box_drawn_over_them_are_not_read(tmp_path):
    # F224-13/14/15: a table corrected in place – white boxes over three figures, the new ones
    # written on top – had read both figures run together ("7724,,42"); and "2023" centred over
    # "Kvinnor | Män | Totalt" had headed only the last two, so "kvinnor … 2023" was the total
    from ingest.pipeline import load_file

    _round().write_file5(str(tmp_path))
    path = next(tmp_path.glob("forvarvsfrekvens*.pdf"))
    (t,) = load_file(path, tmp_path).tables
    f = t.frame
    women_2023 = f[(f["Period"].astype(str) == "2023") & (f["Kön"] == "Kvinnor")].set_index("Område")
    assert women_2023.loc["Lessebo"].iloc[-1] == 74.2, women_2023
    men_2023 = f[(f["Period"].astype(str) == "2023") & (f["Kön"] == "Män")].set_index("Område")
    assert men_2023.loc["Växjö"].iloc[-1] == 82.6, men_2023
    text = "\n".join(c.text for c in load_file(path, tmp_path).chunks)
    assert "7724" not in text and "8832" not in text, text


def test_a_womens_figure_of_a_corrected_pdf_table(tmp_path):
    from tests.kb import engine_of_written

    engine = engine_of_written(tmp_path, _round().write_file5)
    a = engine.ask("förvärvsfrekv kvinnor lessebo 2023?", engine.new_conversation())
    assert a.answered and "74,2" in a.answer, (a.reading, a.answer)
