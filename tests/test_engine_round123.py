"""The engine on small exports of the shapes round 123 found (fake embedder, seconds each)."""
from __future__ import annotations

from tests.test_engine_places import _engine_writing

_INDEX = {2019: (100.0, 100.0, 100.0), 2020: (91.8, 97.4, 92.6), 2021: (95.3, 101.2, 96.2),
          2022: (97.6, 103.9, 98.5), 2023: (99.1, 102.7, 99.6), 2024: (101.4, 104.8, 101.9)}


def _years_as_rows(kb) -> None:
    lines = ["Tabell 2. Trafikarbete på det statliga vägnätet i Gävleborgs län, index 2019 = 100", "", "År;Personbilar;Lastbilar;Totalt"]
    lines += [f"{y};" + ";".join(f"{v:.1f}".replace(".", ",") for v in vals) for y, vals in _INDEX.items()]
    (kb / "trafikarbete_index.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_a_change_since_a_year_of_a_table_whose_rows_are_years_runs_down_the_rows(tmp_path, monkeypatch):
    # round 123 (F123-19): "utvecklats sedan 2019" of År | Personbilar | Lastbilar | Totalt had been
    # read as the lookup of 2019 (100,0); "utvecklats" alone ranked the years by their values
    engine = _engine_writing(tmp_path, monkeypatch, _years_as_rows)
    a = engine.ask("Hur har lastbilstrafiken utvecklats sedan 2019?", engine.new_conversation())
    assert a.answered and "förändring 2019–2024" in a.reading, (a.reading, a.answer)
    values = [f.value for f in a.figures]
    assert values[:2] == [100.0, 104.8] and 101.2 in values, a.answer  # the ends, then the years between
    assert any(f.derived and abs(f.value - 4.8) < 1e-9 for f in a.figures), a.answer
    b = engine.ask("Hur har lastbilstrafiken förändrats mellan 2020 och 2023?", engine.new_conversation())
    assert b.answered and [f.value for f in b.figures][:2] == [97.4, 102.7], b.answer
    c = engine.ask("Hur har personbilstrafiken utvecklats?", engine.new_conversation())
    assert c.answered and [f.value for f in c.figures][:2] == [100.0, 101.4], c.answer
    # a year alone is still that year's figure
    d = engine.ask("Vad var index för lastbilar 2021?", engine.new_conversation())
    assert d.answered and [f.value for f in d.figures] == [101.2], d.answer


def test_the_alternative_of_a_change_keeps_its_ends_and_is_read_whole_with_its_numbered_caption(tmp_path, monkeypatch):
    # round 123: a change's alternatives had been bare lookups, and a question naming "Tabell 2. …"
    # was cut at the caption's full stop and read as the caption alone
    engine = _engine_writing(tmp_path, monkeypatch, _years_as_rows)
    a = engine.ask("Hur har lastbilstrafiken utvecklats sedan 2019?", engine.new_conversation())
    alt = next(x for x in a.alternatives if "Totalt" in x)
    assert "förändrats från 2019 till 2024" in alt, a.alternatives
    b = engine.ask(alt, engine.new_conversation())
    assert b.answered and [f.value for f in b.figures][:2] == [100.0, 101.9], (b.reading, b.answer)


def _points_under_roads(path) -> None:
    """A traffic-count PDF: measuring points indented under road rows ("E4", "E16"), no rulings
    but a line under the header, a footnote mark on the line after one figure ("10 450 1)")."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    st = getSampleStyleSheet()
    data = [["Väg / mätpunkt", "Kommun", "ÅDT 2019", "ÅDT 2024", "Andel tunga fordon 2024, %"],
            ["E4", "", "", "", ""],
            ["   Skutskär", "Älvkarleby", "15 820", "16 940", "21,4"],
            ["   Hudiksvall södra", "Hudiksvall", "10 180", "10 450 1)", "23,1"],
            ["   Harmånger", "Nordanstig", "6 930", "6 710", "27,9"],
            ["E16", "", "", "", ""],
            ["   Valbo", "Gävle", "14 260", "15 310", "16,2"],
            ["   Hofors", "Hofors", "6 420", "6 180", "18,5"],
            ["Väg 83", "", "", "", ""],
            ["   Kilafors", "Bollnäs", "5 260", "5 530", "15,3"],
            ["   Ljusdal", "Ljusdal", "3 950", "3 790", "17,6"]]
    t = Table(data, colWidths=[4.5 * cm, 3 * cm, 2.2 * cm, 2.2 * cm, 5 * cm])
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black), ("ALIGN", (2, 0), (-1, -1), "RIGHT")]))
    SimpleDocTemplate(str(path), pagesize=A4).build([
        Paragraph("Trafikflöden på statliga vägar 2019–2024", st["Heading1"]),
        Paragraph("Sammanställningen visar årsmedeldygnstrafik (ÅDT) vid mätpunkterna.", st["Normal"]),
        Paragraph("Tabell 1. ÅDT per mätpunkt, 2019 och 2024, samt andel tunga fordon 2024", st["Normal"]),
        t,
        Paragraph("1) Mätningen 2024 avbröts under vägarbete; värdet är uppräknat.", st["Normal"]),
    ])


def test_an_unruled_pdf_table_goes_on_past_its_group_headings_which_become_a_column(tmp_path):
    # round 123 (F123-02, -08): "E16" alone on its line had ended the table after the E4 points, and
    # the road of each point was lost; "10 450 1)" had been no figure
    from ingest.pipeline import load_file

    _points_under_roads(tmp_path / "trafik.pdf")
    (t,) = load_file(tmp_path / "trafik.pdf", tmp_path).tables
    assert len(t.frame) == 7, t.frame
    assert list(t.frame["Väg"]) == ["E4"] * 3 + ["E16"] * 2 + ["Väg 83"] * 2, t.frame
    assert "Mätpunkt" in t.frame.columns, list(t.frame.columns)
    row = t.frame[t.frame["Mätpunkt"].str.contains("Hudiksvall")].index[0]
    assert t.frame.at[row, "ÅDT 2024"] == 10450, t.frame


def test_a_footnote_mark_written_after_a_figure_is_no_part_of_it():
    from ingest.numbers import parse_number

    assert parse_number("10 450 1)").value == 10450
    assert parse_number("3,5 2)").value == 3.5
    assert parse_number("45 (3)") is None  # a count beside another in brackets is not a footnote
    assert parse_number("1)") is None


def _occupations_in_groups(path) -> None:
    """A permit table by occupation code: each major group's row adds up the occupations under
    it (no word says so), a residual row in each group, a change column that adds up to nothing,
    a Totalt row."""
    from openpyxl import Workbook

    groups = {
        "2 Yrken med krav på fördjupad högskolekompetens": {"2121 Mjukvaruutvecklare": (4380, 3512), "2149 Övriga civilingenjörsyrken": (1266, 1104), "Övriga yrken inom området": (1968, 1802)},
        "5 Yrken inom service": {"5120 Kockar och kallskänkor": (1482, 1037), "5321 Undersköterskor": (276, 341), "Övriga yrken inom området": (622, 548)},
        "9 Yrken med krav på kortare utbildning": {"9111 Städare": (1012, 684), "9211 Bärplockare": (4871, 3925), "Övriga yrken inom området": (1071, 819)},
    }
    wb = Workbook()
    ws = wb.active
    ws.append(["Beviljade arbetstillstånd efter yrke, 2023–2024"])
    ws.append([])
    ws.append(["Yrke (SSYK 2012)", "2023", "2024", "Förändring, %"])
    total = [0, 0]
    for head, rows in groups.items():
        s23, s24 = sum(v[0] for v in rows.values()), sum(v[1] for v in rows.values())
        ws.append([head, s23, s24, round(100 * (s24 - s23) / s23, 1)])
        for name, (a, b) in rows.items():
            ws.append([name, a, b, round(100 * (b - a) / a, 1)])
        total[0] += s23
        total[1] += s24
    ws.append(["Totalt", *total, round(100 * (total[1] - total[0]) / total[0], 1)])
    wb.save(path)


def test_rows_that_add_up_the_rows_under_them_are_group_subtotals_left_out_of_rankings(tmp_path, monkeypatch):
    # round 123 (F123-14): "vilka tre yrken fick flest" had ranked the major groups (each the sum of
    # the occupations under it) and read "yrken" as the rows whose names hold the word
    engine = _engine_writing(tmp_path, monkeypatch, lambda kb: _occupations_in_groups(kb / "arbetstillstand.xlsx"))
    (t,) = engine.snapshot.tables
    groups = [t.frame.at[i, t.label_column] for i in t.group_rows]
    assert [g.split()[0] for g in groups] == ["2", "5", "9"], groups
    a = engine.ask("Vilka tre yrken fick flest arbetstillstånd 2024?", engine.new_conversation())
    assert a.answered and [f.value for f in a.figures][:3] == [3925, 3512, 1802], a.answer
    assert "bland" not in a.reading, a.reading
    b = engine.ask("Hur många arbetstillstånd beviljades totalt 2024?", engine.new_conversation())
    whole = 3512 + 1104 + 1802 + 1037 + 341 + 548 + 684 + 3925 + 819
    assert b.answered and whole in [f.value for f in b.figures] and 2 * whole not in [f.value for f in b.figures], b.answer
    c = engine.ask("Hur många arbetstillstånd beviljades sammanlagt 2024 för yrkena i listan, utan totalraden?", engine.new_conversation())
    assert 2 * whole not in [f.value for f in c.figures], c.answer  # no occupation counted twice


def test_rows_that_do_not_add_up_are_no_groups():
    from ingest.tables.shape import make_table

    header = ["Kommun", "Antal", "Belopp"]
    rows = [["Alfa", "30", "300"], ["Beta", "10", "100"], ["Gamma", "20", "150"], ["Delta", "5", "50"]]
    t = make_table(header, rows, caption="Test", table_id="t", document="d.csv")
    assert t.group_rows == (), t.group_rows
    # … but the same first row as the sum of the others in both columns is a group's
    rows[0] = ["Alfa", "35", "300"]
    t = make_table(header, rows, caption="Test", table_id="t", document="d.csv")
    assert t.group_rows == (0,), t.frame


def _permit_register(kb) -> dict:
    """One row per building-permit case: a case number each, district, officer, type, days, fee."""
    import random

    rng = random.Random(7)
    districts, officers = ["Frösön", "Centrala Östersund", "Brunflo", "Torvalla"], ["Anna Berg", "Maria Sjö", "Erik Nor"]
    kinds = ["Attefallsåtgärd (anmälan)", "Nybyggnad enbostadshus", "Tillbyggnad"]
    lines = ["Diarienummer,Inkom,Ärendetyp,Kommundel,Handläggare,Handläggningstid (dagar),Avgift (kr)"]
    rows = []
    for i in range(1, 61):
        row = (f"BYGG.2024.{i:04d}", f"2024-{1 + i % 12:02d}-{1 + i % 27:02d}", rng.choice(kinds), rng.choice(districts),
               rng.choice(officers), rng.randint(5, 90), rng.randint(30, 150) * 100)
        rows.append(row)
        lines.append(",".join(map(str, row)))
    (kb / "bygglov_arenden_ostersund_2024.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return {"rows": rows}


def test_a_registers_cases_are_counted_per_place_or_officer_never_per_case_number(tmp_path, monkeypatch):
    # round 123 (F123-17): "var i Östersund kommer det in flest …?" had counted the rows per case
    # number (1 each); "vilken handläggare har flest ärenden?" summed the officers' days (the column
    # "Handläggningstid" reached by the word "handläggare")
    from collections import Counter

    data = {}
    engine = _engine_writing(tmp_path, monkeypatch, lambda kb: data.update(_permit_register(kb)))
    by_district = Counter(r[3] for r in data["rows"])
    by_officer = Counter(r[4] for r in data["rows"])
    a = engine.ask("var i östersund kommer det in flest bygglovsärenden?", engine.new_conversation())
    assert a.answered and "kommundel" in a.reading.lower(), a.reading
    assert [f.value for f in a.figures][:1] == [by_district.most_common(1)[0][1]], a.answer
    b = engine.ask("vilken handläggare har flest ärenden?", engine.new_conversation())
    assert b.answered and [f.value for f in b.figures][:1] == [by_officer.most_common(1)[0][1]], (b.reading, b.answer)
    assert by_officer.most_common(1)[0][0] in b.answer, b.answer


def test_a_share_of_a_varav_column_without_a_row_named_is_the_total_rows_part_over_its_whole(tmp_path, monkeypatch):
    # round 123 (F123-20): "hur stor andel … gick till kvinnor 2024?" of "2024" and "varav kvinnor
    # 2024" had listed every occupation's women, no share
    def write(kb):
        (kb / "tillstand.csv").write_text(
            "Beviljade arbetstillstånd efter yrke 2024\n\nYrke;2024;varav kvinnor 2024\n"
            "Bärplockare;3925;1472\nSystemutvecklare;3512;1021\nStädare;684;317\nKockar;1037;228\nTotalt;9158;3038\n",
            encoding="utf-8",
        )

    engine = _engine_writing(tmp_path, monkeypatch, write)
    a = engine.ask("Hur stor andel av de beviljade arbetstillstånden gick till kvinnor 2024?", engine.new_conversation())
    assert a.answered and any(f.derived and abs(f.value - 33.2) < 0.05 for f in a.figures), a.answer


def test_villor_are_one_family_houses_of_a_registers_case_type(tmp_path, monkeypatch):
    # round 123 (F123-12): "nya villor" had not named "Nybyggnad enbostadshus" – the median was of
    # every case (a general word of housing statistics, in the lexicon's synonyms)
    import statistics

    data = {}
    engine = _engine_writing(tmp_path, monkeypatch, lambda kb: data.update(_permit_register(kb)))
    want = statistics.median(r[5] for r in data["rows"] if r[2] == "Nybyggnad enbostadshus")
    a = engine.ask("Hur lång handläggningstid är det i median för bygglov för nya villor?", engine.new_conversation())
    assert a.answered and "Nybyggnad enbostadshus" in a.reading, a.reading
    assert [f.value for f in a.figures][:1] == [want], a.answer
