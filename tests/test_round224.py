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
