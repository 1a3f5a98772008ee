"""Round 179 (statistics, Värmland), its failures read again: a year's application periods
written "2024:1", "2024:2"; a measure whose own name says "per vardag"; stations of one
municipality told apart by two columns together; "inte ens 70 %" as a bound; a title written
beside a hidden first column; units named one by one beside the place they are in. Fake
embedder, seconds."""
from __future__ import annotations

import io

import openpyxl

from assistant.stats import compute, read_form
from ingest.stats_io import read_stats_file
from ingest.swedish import period_key
from tests.test_engine_places import _engine_of, _engine_writing

LOK = (
    "Ansökningsperiod;Förening;Kommun;Idrott;LOK-stöd (kr)\n"
    "2024:1;Säffle FF;Säffle;Fotboll;100 000\n"
    "2024:1;Säffle BK;Säffle;Bandy;50 000\n"
    "2024:1;Arvika FF;Arvika;Fotboll;70 000\n"
    "2024:2;Säffle FF;Säffle;Fotboll;90 000\n"
    "2024:2;Säffle BK;Säffle;Bandy;40 000\n"
    "2024:2;Arvika FF;Arvika;Fotboll;60 000\n"
    "2025:1;Säffle FF;Säffle;Fotboll;120 000\n"
    "2025:1;Arvika FF;Arvika;Fotboll;80 000\n"
)

STATIONS = (
    "Påstigande per station\n"
    "Station;Kommun;Trafikslag;Påstigande per vardag 2024\n"
    "Arvika;Arvika;Regionaltåg;771\n"
    "Arvika;Arvika;Fjärrtåg;236\n"
    "Edane;Arvika;Regionaltåg;58\n"
    "Kil;Kil;Regionaltåg;900\n"
    "Kil;Kil;Fjärrtåg;140\n"
    "Summa Värmlands län;;Samtliga;2105\n"
)


def test_a_years_numbered_periods_are_the_year_and_its_halves():
    assert period_key("2024:2") == (2024, 2) == period_key("2024-2")


def test_a_year_asked_of_numbered_periods_sums_both_of_its_periods(tmp_path, monkeypatch):
    # F179-04: "för 2024" of "2024:1", "2024:2" had asked back which period
    engine = _engine_of(tmp_path, monkeypatch, {"lok.csv": LOK})
    r = engine.resolver.read(read_form("hur mycket lok-stöd fick Säffles föreningar för 2024 sammanlagt?"))[0]
    assert dict(r.query.filters).get("Ansökningsperiod") == ("2024:1", "2024:2"), r.query
    assert compute(r.profile, r.query).figures[0].value == 280_000


def test_a_term_asked_of_numbered_half_year_periods_is_its_half(tmp_path, monkeypatch):
    # F179-09: "vårterminen 2025" of "2025:1" had found no period and was refused
    engine = _engine_of(tmp_path, monkeypatch, {"lok.csv": LOK})
    r = engine.resolver.read(read_form("hur mycket lok-stöd fick Arvika FF vårterminen 2025?"))[0]
    assert dict(r.query.filters).get("Ansökningsperiod") == ("2025:1",), r.query
    assert compute(r.profile, r.query).figures[0].value == 80_000


def test_a_per_the_measures_own_name_says_is_no_group_and_a_places_lines_add_up(tmp_path, monkeypatch):
    # F179-11: "påstigande per vardag" had grouped by a column for "per vardag" and listed every
    # municipality; then Arvika's three lines (two stations, one with two kinds of train, told
    # apart only by both columns together) had been listed rather than added up
    engine = _engine_of(tmp_path, monkeypatch, {"stationer.csv": STATIONS})
    r = engine.resolver.read(read_form("Hur många påstigande per vardag har tågstationerna i Arvika kommun ihop 2024?"))[0]
    assert r.query.group_by is None, r.query
    res = compute(r.profile, r.query)
    assert [f.value for f in res.figures] == [1065], [f.display for f in res.figures]


def test_not_even_a_figure_is_a_bound_below_it():
    th = read_form("vilka vårdcentraler klarar inte ens 70 % besvarade samtal samma dag?").threshold
    assert th is not None and th.op == "<" and th.value == 70 and th.percent
    assert read_form("which health centres answer not even 70 percent of calls?").threshold.op == "<"


def _centres_xlsx() -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Vårdcentraler"
    ws["B1"] = "Vårdcentraler i Värmland – listade patienter och tillgänglighet"
    ws["B2"] = "Källa: Region Värmland. Listade per 1 oktober; tillgänglighet jan–sep 2025."
    ws.append([])
    ws.append(["HSA-id", "Vårdcentral", "Kommun", "Driftsform", "Listade 1 okt 2025", "Telefon: besvarade samma dag (%)"])
    rows = [
        ("SE2321000230-E00010000", "Capio Vårdcentral Kristinehamn", "Kristinehamn", "Privat", 8100, 89),
        ("SE2321000230-E00010037", "Vårdcentralen Kristinehamn", "Kristinehamn", "Region", 14300, 74),
        ("SE2321000230-E00010074", "Vårdcentralen Rud", "Karlstad", "Region", 13980, 66),
        ("SE2321000230-E00010111", "Vårdcentralen Gripen", "Karlstad", "Region", 11850, 80),
        ("SE2321000230-E00010148", "Vårdcentralen Grums", "Grums", "Region", 6100, 69),
        ("SE2321000230-E00010185", "Hammarö Läkarhus", "Hammarö", "Privat", 3100, 90),
    ]
    # (thirty rows or more: a column with a value of its own on every row of a long table had
    # been taken for ids)
    places = ["Arvika", "Eda", "Sunne", "Torsby", "Säffle", "Kil", "Forshaga", "Hagfors"]
    for i in range(24):
        rows.append((f"SE2321000230-E0002{i:04d}", f"Vårdcentralen {places[i % 8]} {'Norra Södra Östra'.split()[i // 8]}",
                     places[i % 8], "Region", 5000 + 100 * i, 75 + i % 20))
    for r in rows:
        ws.append(list(r))
    ws.append([None, "Totalt Region Värmland", None, None, 57430, 79])
    ws.column_dimensions["A"].hidden = True
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def test_a_title_beside_an_empty_first_column_is_a_title(tmp_path):
    # F179-13: the title and source lines in column B, beside the hidden HSA-id column, had
    # headed every column ("Vårdcentraler i Värmland – …, Telefon: besvarade samma dag (%)")
    path = tmp_path / "vardcentraler.xlsx"
    path.write_bytes(_centres_xlsx())
    (t,) = read_stats_file(path, path.name)
    assert "Telefon: besvarade samma dag (%)" in t.frame.columns, list(t.frame.columns)
    assert t.caption.startswith("Vårdcentraler i Värmland"), t.caption


def test_a_bound_on_units_named_in_words_lists_the_units(tmp_path, monkeypatch):
    # F179-13 again: with the municipality labelling the rows, the health centres' names – one
    # per row, 30 rows – had been taken for ids and dropped, and the question asked back which
    # care provider was meant
    def write(kb):
        (kb / "vardcentraler.xlsx").write_bytes(_centres_xlsx())

    engine = _engine_writing(tmp_path, monkeypatch, write)
    r = engine.resolver.read(read_form("vilka vårdcentraler klarar inte ens 70 % besvarade samtal samma dag?"))[0]
    assert r.query.column == "Telefon: besvarade samma dag (%)", r.query
    res = compute(r.profile, r.query)
    assert sorted(res.labels) == ["Vårdcentralen Grums", "Vårdcentralen Rud"], res.labels


def test_text_read_once_as_windows_1252_and_saved_again_is_mended(tmp_path):
    # round 181 (F181-05): Försäkringskassan's export had "GÃ¤vle", "MÃ¤n" – no place matched
    from ingest.swedish import decode_bytes

    text = '"År","Region","Kön","Antal mottagare"\n"2024","Gävle","Män",512\n"2024","Gävle","Kvinnor",498\n'
    broken = text.encode("utf-8").decode("cp1252").encode("utf-8")
    assert "GÃ¤vle" in broken.decode("utf-8")
    assert decode_bytes(b"\xef\xbb\xbf" + broken) == text
    # (a text that writes "Ã" as itself keeps it)
    assert decode_bytes("Ã is a letter in Portuguese: São Tomé".encode()) == "Ã is a letter in Portuguese: São Tomé"
    path = tmp_path / "fk.csv"
    path.write_bytes(broken)
    (t,) = read_stats_file(path, path.name)
    assert "Gävle" in set(t.frame["Region"]) and "Kön" in t.frame.columns, t.frame


def _turned_header_pdf(path):
    # (laid out as round 181's report: the years' names turned a quarter above a ruled table)
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    h = A4[1]
    c.setFont("Helvetica-Bold", 10)
    c.drawString(57, h - 270, "Tabell 1. Påstigande resor per kommun 2021–2024, tusental")
    c.setFont("Helvetica-Bold", 8)
    c.drawString(63, h - 345, "Kommun")
    xs = (230, 280, 330, 380, 440)
    for x, name in zip(xs, ("2021", "2022", "2023", "2024", "Förändring")):
        c.saveState()
        c.translate(x, h - 347)
        c.rotate(90)
        c.drawString(0, 0, name)
        c.restoreState()
    c.saveState()
    c.translate(449, h - 347)
    c.rotate(90)
    c.drawString(0, 0, "2023–2024, %")
    c.restoreState()
    rows = (("Bollnäs", "798,3", "951,8", "1 020,5", "1 061,2", "+4,0"), ("Gävle", "6 640,2", "7 812,9", "8 315,6", "8 604,1", "+3,5"),
            ("Hofors", "158,9", "190,3", "201,7", "209,4", "+3,8"), ("Ljusdal", "372,5", "441,0", "466,3", "472,8", "+1,4"))
    top = h - 350
    c.setLineWidth(0.5)
    for k in range(len(rows) + 1):
        c.line(57, top - 16 * k, 470, top - 16 * k)
    for x in (57, 210, 260, 310, 360, 410, 470):
        c.line(x, top, x, top - 16 * len(rows))
    c.setFont("Helvetica", 8)
    for k, (name, *vals) in enumerate(rows):
        y = top - 16 * k - 11
        c.drawString(62, y, name)
        for right, v in zip((255, 305, 355, 405, 465), vals):
            c.drawRightString(right, y, v)
    c.save()


def test_a_header_turned_a_quarter_above_a_ruled_table_names_its_columns(tmp_path):
    # round 181 (F181-06): the years' names, set up the page, had been lost – the columns read
    # "Kolumn 2" …, and the question went to another table
    from ingest.pdf.reader import read_pdf

    _turned_header_pdf(tmp_path / "rapport.pdf")
    table = next(t for t in read_pdf(tmp_path / "rapport.pdf").tables if t.rows)
    assert table.header == ["Kommun", "2021", "2022", "2023", "2024", "Förändring 2023–2024, %"], table.header
    assert table.rows[0][:2] == ["Bollnäs", "798,3"], table.rows


def test_na_among_codes_of_capitals_is_a_code_not_a_missing_value(tmp_path):
    # round 181 (F181-13): Naturvetenskapsprogrammet's code "NA" had been read as R's missing value
    text = ("Skola;Programkod;Program;Lägsta meritvärde\nBromangymnasiet;NA;Naturvetenskapsprogrammet;251,5\n"
            "Bromangymnasiet;EKEKO;Ekonomiprogrammet – Ekonomi;233\nBromangymnasiet;SASAM;Samhällsvetenskapsprogrammet;224,5\n"
            "Polhemsskolan;TETEK;Teknikprogrammet;210\nPolhemsskolan;NA;Naturvetenskapsprogrammet;NA\n")
    path = tmp_path / "antagning.csv"
    path.write_text(text, encoding="utf-8")
    (t,) = read_stats_file(path, path.name)
    assert list(t.frame["Programkod"])[:2] == ["NA", "EKEKO"], t.frame
    assert t.frame["Lägsta meritvärde"].isna().iloc[4]  # (a figure written NA is still missing)


def test_a_share_of_a_group_of_columns_is_over_that_groups_total(tmp_path, monkeypatch):
    # round 181 (F181-04): "hur stor andel av lägenheterna … är hyresrätter" of "Samtliga hus,
    # Hyresrätt" beside three groups' totals had computed no share – "Samtliga …" was taken for a
    # total itself, and the group's own total "Samtliga hus, Totalt" for one of several
    text = ("Antal lägenheter efter region, hustyp och upplåtelseform 31 december 2024\n"
            "Region;Småhus, Hyresrätt;Småhus, Bostadsrätt;Småhus, Totalt;Flerbostadshus, Hyresrätt;Flerbostadshus, Bostadsrätt;"
            "Flerbostadshus, Totalt;Samtliga hus, Hyresrätt;Samtliga hus, Bostadsrätt;Samtliga hus, Totalt\n"
            "2182 Söderhamn;349;242;591;5236;1137;6373;5585;1379;6964\n"
            "2104 Hofors;206;52;258;1500;300;1800;1706;352;2058\n"
            "2101 Ockelbo;100;20;120;400;80;480;500;100;600\n")
    engine = _engine_of(tmp_path, monkeypatch, {"lagenheter.csv": text})
    r = engine.resolver.read(read_form("hur stor andel av lägenheterna i söderhamn är hyresrätter?"))[0]
    assert r.query.column == "Samtliga hus, Hyresrätt" and r.query.share_over == "Samtliga hus, Totalt", r.query
    res = compute(r.profile, r.query)
    assert any(abs(f.value - 100 * 5585 / 6964) < 0.01 for f in res.figures), [f.display for f in res.figures]


def test_figures_beside_a_phrase_said_in_their_place_are_a_column_of_figures(tmp_path):
    # round 181 (F181-03): the final admission's "Lägsta meritvärde" was "Alla antagna" on 34 of
    # 69 rows – the column had been read as text, a split whose values were merit values
    rows = [f"Skola {i};Program {i % 7};{'Alla antagna' if i % 2 else f'{200 + i},5'}" for i in range(20)]
    text = "Skola;Program;Lägsta meritvärde\n" + "\n".join(rows) + "\nSkola X;Program 1;-\n"
    path = tmp_path / "antagning.csv"
    path.write_text(text, encoding="utf-8")
    (t,) = read_stats_file(path, path.name)
    role = {c.name: c.role for c in t.columns}
    assert role["Lägsta meritvärde"] == "value", role
    assert t.frame["Lägsta meritvärde"].iloc[0] == 200.5 and t.frame["Lägsta meritvärde"].isna().iloc[1]
    assert t.raw["Lägsta meritvärde"].iloc[1] == "Alla antagna"


def test_a_count_of_the_rows_a_question_names_one_by_one_is_no_answer(tmp_path, monkeypatch):
    # F179-10: "hur många besök hade vårdcentralen i Sunne?" of a sheet with no visits had been
    # answered "Tabellen har 1 rader med Vårdcentral = Vårdcentralen Sunne"
    def write(kb):
        (kb / "vardcentraler.xlsx").write_bytes(_centres_xlsx())

    engine = _engine_writing(tmp_path, monkeypatch, write)
    # (the fake embedder's readings are unsure: the statistics route is asked as if it were sure)
    monkeypatch.setattr(engine.resolver, "confidence", lambda *a, **k: 0.99)
    q = "hur många besök hade vårdcentralen Rud förra året?"
    answer, _ = engine._try_stats(q, read_form(q), engine.new_conversation())
    assert answer is None or not answer.answered, answer.answer
