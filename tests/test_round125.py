"""Shapes round 125 found: an appendix table of a business survey PDF, a document's own name in a
question, a survey's gloom (fake embedder, seconds each)."""
from __future__ import annotations

from tests.test_engine_places import _engine_writing

_BRANSCH = [("Tillverkning", 84, 18, 14), ("Bygg och anläggning", 61, -6, -4), ("Handel", 73, 11, 13),
            ("Företagstjänster (konsulter, IT, redovisning m.m.)", 96, 24, 16), ("Besöksnäring", 42, 26, 18),
            ("Samtliga företag", 356, 14, 11)]


def _barometer(path) -> None:
    """Two appendix tables without rulings: survey questions wrapped over two or three lines (the
    figures on the first), and industries of which one wraps its bracket onto a line of its own."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(50, 800, "Företagsbarometern Kalmar län – kvartal 2 2025")
    c.setFont("Helvetica", 9)
    y = 760
    c.drawString(50, y, "Bilaga 1. Svarsfördelning och nettotal, samtliga företag")
    y -= 18
    for x, h in ((50, "Fråga"), (300, "Ökat (%)"), (370, "Minskat (%)"), (450, "Nettotal")):
        c.drawString(x, y, h)
    rows = [(["Orderingång under de senaste tre", "månaderna jämfört med föregående", "tremånadersperiod"], 31, 17, "+14"),
            (["Planerat antal anställda under de", "kommande tre månaderna"], 21, 9, "+12"),
            (["Lönsamhet under de senaste tre", "månaderna"], 24, 32, "-8")]
    for lines, up, down, net in rows:
        y -= 13
        c.drawString(50, y, lines[0])
        c.drawRightString(330, y, str(up))
        c.drawRightString(410, y, str(down))
        c.drawRightString(490, y, net)
        for more in lines[1:]:
            y -= 11
            c.drawString(50, y, more)
    y -= 40
    c.drawString(50, y, "Bilaga 2. Nettotal per bransch, kvartal 2 2025")
    y -= 18
    for x, h in ((50, "Bransch"), (300, "Antal svar"), (380, "Orderingång"), (460, "Lönsamhet")):
        c.drawString(x, y, h)
    for name, n, order, profit in _BRANSCH:
        y -= 13
        first, _, rest = name.partition(" m.m.)")
        c.drawString(50, y, first if rest or "m.m.)" in name else name)
        c.drawRightString(340, y, str(n))
        c.drawRightString(430, y, f"{order:+d}")
        c.drawRightString(510, y, f"{profit:+d}")
        if "m.m.)" in name:
            y -= 11
            c.drawString(50, y, "m.m.)")
    c.save()


def test_an_appendix_tables_wrapped_labels_stay_in_their_rows(tmp_path):
    # round 125 (F125-15 … -17): "Bilaga 1." was no table caption, and a label's wrapped lines
    # ended the table (or, "m.m.)" alone on its line, became a group heading over the rows after it)
    from ingest.pipeline import load_file

    _barometer(tmp_path / "barometer.pdf")
    tables = {t.caption.split(".")[0]: t for t in load_file(tmp_path / "barometer.pdf", tmp_path).tables}
    assert set(tables) == {"Bilaga 1", "Bilaga 2"}, list(tables)
    one = tables["Bilaga 1"]
    assert len(one.frame) == 3 and one.frame[one.label_column].iloc[0].endswith("föregående tremånadersperiod"), one.frame
    two = tables["Bilaga 2"]
    assert list(two.frame[two.label_column]) == [b[0] for b in _BRANSCH], two.frame
    assert "Grupp" not in two.frame.columns, list(two.frame.columns)


def test_the_documents_own_name_names_no_row_and_the_most_pessimistic_is_the_lowest(tmp_path, monkeypatch):
    # round 125 (F125-16): "i företagsbarometern" had filtered the rows to "Företagstjänster" (its
    # head "företags-" before the title's "barom-"), and "mest pessimistisk" ranked the highest
    engine = _engine_writing(tmp_path, monkeypatch, lambda kb: _barometer(kb / "foretagsbarometern_kalmar_kv2_2025.pdf"))
    a = engine.ask("Vilken bransch i företagsbarometern är mest pessimistisk om lönsamheten?", engine.new_conversation())
    assert a.answered and "Företagstjänster" not in a.reading, a.reading
    assert "Bygg och anläggning" in a.answer and [f.value for f in a.figures][:1] == [-4], a.answer
    conv = engine.new_conversation()
    engine.ask("Vilken bransch i företagsbarometern är mest pessimistisk om lönsamheten?", conv)
    b = engine.ask("och mest optimistisk?", conv)  # a survey's mood is a direction, no new measure
    assert b.answered and "Besöksnäring" in b.answer and [f.value for f in b.figures][:1] == [18], (b.reading, b.answer)


def _grants(kb) -> None:
    lines = ["Ärende-id,Kommun,Kategori,Beviljat bidrag (kr),Status"]
    statuses = ["Beviljad", "Slutredovisad", "Återkallad"]
    for i in range(30):
        kommun = ["Gävle", "Sandviken", "Hudiksvall"][i % 3]
        kategori = ["Laddinfrastruktur", "Industri"][i % 2]
        lines.append(f"NV-2023-{1000 + i},{kommun},{kategori},{100000 + 1000 * i},{statuses[(i // 2) % 3]}")
    (kb / "klimatklivet_beviljade_atgarder_2023.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_a_registers_own_title_word_is_no_slice_of_its_status(tmp_path, monkeypatch):
    # round 125 (F125-19): "hur många … har beviljats i Gävle?" of a register titled "beviljade
    # åtgärder" had counted only Status = "Beviljad", not those already "Slutredovisad"
    engine = _engine_writing(tmp_path, monkeypatch, _grants)
    a = engine.ask("Hur många laddinfrastruktur-åtgärder har beviljats i Gävle?", engine.new_conversation())
    want = sum(1 for i in range(30) if i % 3 == 0 and i % 2 == 0)
    assert a.answered and [f.value for f in a.figures][:1] == [want], (a.reading, a.answer)
    assert "Status" not in a.reading, a.reading


def test_a_word_naming_one_columns_value_whole_slices_no_other_column_whose_values_hold_it(tmp_path, monkeypatch):
    # round 125 (F125-20): "industriåtgärderna" had kept Kategori = "Industri" and also Åtgärd =
    # "Spillvärmeåtervinning, industri" – 5 of the 13 industry measures summed
    def write(kb):
        lines = ["Ärende-id,Kommun,Kategori,Åtgärd,Utsläppsminskning (ton CO2e/år)"]
        rows = [("Industri", "Spillvärmeåtervinning, industri", 50.0), ("Industri", "Byte från gasol till el", 30.0),
                ("Industri", "Eldriven ugn", 20.5), ("Biogas", "Tankstation för biogas, publik", 10.0),
                ("Laddinfrastruktur", "Publika laddpunkter", 5.0), ("Industri", "Spillvärmeåtervinning, industri", 40.0)]
        for i, (k, a, t) in enumerate(rows * 3):
            lines.append(f'NV-{1000 + i},{["Gävle", "Sandviken"][i % 2]},{k},"{a}",{t}')
        (kb / "klimatklivet_atgarder_2024.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")

    engine = _engine_writing(tmp_path, monkeypatch, write)
    a = engine.ask("Hur stor utsläppsminskning ger industriåtgärderna sammanlagt?", engine.new_conversation())
    assert a.answered and "Åtgärd" not in a.reading, a.reading
    assert [f.value for f in a.figures][:1] == [3 * (50.0 + 30.0 + 20.5 + 40.0)], a.answer


def _pyramid(kb) -> None:
    """A population pyramid: Män | Ålder | Kvinnor, the age groups as rows (oldest first), men
    stored negative for the chart with a format that hides the sign."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Berg 2024"
    ws.append(["Befolkning efter ålder och kön, Bergs kommun, 31 december 2024"])
    ws.append(["Män", "Ålder", "Kvinnor"])
    groups = [("95+", 3, 13), ("90–94", 27, 61), ("85–89", 79, 121), ("80–84", 160, 177), ("75–79", 301, 288),
              ("25–29", 150, 140), ("20–24", 180, 150), ("0–4", 120, 110)]
    for age, men, women in groups:
        ws.append([-men, age, women])
    ws.append([-sum(g[1] for g in groups), "Totalt", sum(g[2] for g in groups)])
    for row in ws.iter_rows(min_row=3):
        row[0].number_format = row[2].number_format = "#,##0;#,##0"
    wb.save(kb / "befolkningspyramid_berg_2024.xlsx")


def test_an_age_band_said_in_words_or_open_upwards_picks_the_pyramids_rows(tmp_path, monkeypatch):
    """The age groups of a pyramid are its rows (its label column): "mellan 20 och 24 år" is the
    row 20–24, and "80 år och äldre" the rows from 80–84 up, added together."""
    engine = _engine_writing(tmp_path, monkeypatch, _pyramid)
    a = engine.ask("Hur många män mellan 20 och 24 år bor i Berg?", engine.new_conversation())
    assert a.answered and [f.value for f in a.figures if not f.is_total] == [180]
    b = engine.ask("Hur många kvinnor 80 år eller äldre bor i Berg?", engine.new_conversation())
    assert b.answered and [f.value for f in b.figures if not f.is_total] == [13 + 61 + 121 + 177]
    assert "summa" in b.reading




def test_a_rate_per_person_is_read_from_the_per_inhabitant_column_of_the_latest_year():
    # round 125 (F125-12): "mest sopor per person" had ranked "Invånare 2023" (the base itself);
    # "person" and "invånare" are one base, and of the per-inhabitant columns 2023's answers
    from types import SimpleNamespace

    from assistant.stats import read_form
    from assistant.stats.order import _per_base_column_first

    def reading(name):
        return SimpleNamespace(profile=SimpleNamespace(id="avf"), query=object(), column=SimpleNamespace(name=name), score=1.0, probability=0.5)

    out = [reading("Invånare 2023"), reading("Totalt 2022 (kg/inv)"), reading("Kg per invånare 2023, Totalt")]
    first = _per_base_column_first(out, read_form("Vilken kommun slänger mest sopor per person?"))[0]
    assert first.column.name == "Kg per invånare 2023, Totalt"
    first = _per_base_column_first(out, read_form("Vilken kommun slängde mest sopor per person 2022?"))[0]
    assert first.column.name == "Totalt 2022 (kg/inv)"
