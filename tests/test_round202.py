"""Round 202 (statistics, Jönköping): a report table whose note marks are small digits set after
its figures – one with a text rise left unreset for the rest of its row – under a caption, a line
of explanation and a header of three lines."""
from __future__ import annotations

from pathlib import Path

ROUND = Path(__file__).resolve().parents[1] / "eval" / "fresh" / "r202_make_files.py"


def _report(out: Path) -> Path:
    """The round's bistånd report, as its script writes it."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("r202_make_files", ROUND)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.fil5_ekbistand(str(out))
    return out / "ekonomiskt_bistand_2024_jonkopings_lan.pdf"


def test_a_note_mark_is_no_digit_of_its_figure_and_a_raised_rest_of_a_row_is_its_row(tmp_path):
    # F202-12/13: the table had been no table (a caption, a line under it and a gap before its
    # header of three lines); read, "498³" had been 4983 – a drop for Tranås that never was – and
    # Gnosjö's raised "402" a second row of Gislaved's
    from ingest.pipeline import load_file

    path = _report(tmp_path)
    r = load_file(path, tmp_path)
    assert r.tables, [c.text for c in r.chunks]
    f = r.tables[0].frame
    rows = {str(k): list(row) for k, row in zip(f.iloc[:, 0], f.itertuples(index=False))}
    assert list(f.iloc[:, 0]).count("Gislaved") == 1, f
    assert rows["Tranås"][1] == 498 and rows["Gnosjö"][2] == 187 and rows["Gnosjö"][3] == 402, f
    assert rows["Sävsjö"][4] == 4.1, f
