"""Round 212 (statistics, Kalmar): a yearbook table whose names run into dot leaders."""
from __future__ import annotations

from ingest.pipeline import load_file
from ingest.tables.cells import clean_text


def test_dot_leaders_are_no_part_of_a_cell():
    assert clean_text("Högsby ......") == "Högsby" and clean_text("Riket . . . . . .") == "Riket"
    # (… while a question's or a range's dots stay)
    assert clean_text("Vad ...?") == "Vad ...?" and clean_text("1.2.3.4") == "1.2.3.4"


def test_a_yearbook_table_with_dot_leaders_names_its_rows(tmp_path):
    # F212-08: "Riket ……" had been a row no place matched, and its label stood in the answer
    from tests.kb import fresh_round

    fresh_round("r212").make_arsbok(str(tmp_path))
    path = next(tmp_path.glob("*.pdf"))
    labels = list(load_file(path, tmp_path).tables[0].frame.iloc[:, 0])
    assert "Riket" in labels and "Kalmar län" in labels and "Högsby" in labels, labels


def test_the_country_and_a_county_are_never_added_up(tmp_path):
    # F212-08: "hur många konkurser i länet totalt …, och hur stor del av alla i riket är det?" had
    # been answered with Kalmar län and Riket added up (9 374)
    from tests.kb import engine_over

    rows = ["Kommun;Konkurser 2023;Konkurser 2024"]
    rows += [f"{k};{a};{b}" for k, a, b in (
        ("Borgholm", 6, 8), ("Kalmar", 40, 44), ("Nybro", 12, 15), ("Västervik", 20, 18), ("Kalmar län", 150, 170), ("Riket", 8800, 9204),
    )]
    engine = engine_over(tmp_path, {"konkurser.csv": "\n".join(rows) + "\n"})
    a = engine.ask("Hur många konkurser blev det i länet totalt under 2024, och hur stor del av alla konkurser i riket är det?", engine.new_conversation())
    assert 9374 not in {f.value for f in a.figures}, a.answer


def test_a_table_wrapped_into_two_halves_on_a_page_is_one_table_of_all_rows(tmp_path):
    # F212-04/13: a table printed in a left and a right half under the same header – "Vuxna
    # mottagare" set over both its year columns, "Andel¹" over the left half's last column – had been
    # read as one row per line: "Andel¹, Kommun" held the right half's names, "mottagare, 2024" the
    # figures of adults, and Torsås (right half) no row of its own
    from tests.kb import fresh_round

    fresh_round("r212").make_eb(str(tmp_path))
    path = next(tmp_path.glob("*.pdf"))
    table = load_file(path, tmp_path).tables[0]
    frame = table.frame.set_index(table.label_column)
    assert list(frame.columns) == ["Hushåll, 2024", "Vuxna mottagare, 2023", "Vuxna mottagare, 2024", "Andel¹, 2024, %"]
    assert len(frame) == 13 and frame.loc["Torsås"].tolist() == [117, 151, 139, 2.4]
    assert frame.loc["Högsby", "Andel¹, 2024, %"] == 5.3 and frame.loc["Kalmar län", "Vuxna mottagare, 2024"] == 6382


def _monthly_rates(tmp_path):
    from tests.kb import engine_over

    rows = ['"Ar","Manad","Kommun","Kon","Sjukpenningtal_rullande_12_man"']
    for y in (2023, 2024):
        for m in range(1, 13):
            for k, base in (("Emmaboda", 10.0), ("Hultsfred", 12.0)):
                for kon, d in (("Kvinnor", 3.0), ("Män", -2.0), ("Kvinnor och män", 0.0)):
                    rows.append(f'{y},{m},"{k}","{kon}",{base + d + (y - 2023) + m / 10:.1f}')
    return engine_over(tmp_path, {"fk_sjukpenningtal_kommun_manad.csv": "\n".join(rows) + "\n"})


def test_a_month_column_headed_in_ascii_is_the_month_asked(tmp_path):
    # F212-02: "Manad" (an export's Månad without its ring) holding 1 … 12 was no period column:
    # "i december 2024" had listed all twelve months of 2024, and the question went unanswered
    engine = _monthly_rates(tmp_path)
    a = engine.ask("vad var sjukpenningtalet i Emmaboda i december 2024?", engine.new_conversation())
    assert a.answered and [f.value for f in a.figures] == [12.2], (a.reading, a.answer)
    a = engine.ask("vad var sjukpenningtalet i Emmaboda i mars 2023?", engine.new_conversation())
    assert a.answered and [f.value for f in a.figures] == [10.3], (a.reading, a.answer)
    # a year of a rolling twelve-month rate is its last month, said as read – never the months' mean
    a = engine.ask("vad var sjukpenigtalet i Emaboda 2024?", engine.new_conversation())
    assert a.answered and [f.value for f in a.figures] == [12.2] and "Manad = 12" in a.answer, (a.reading, a.answer)
