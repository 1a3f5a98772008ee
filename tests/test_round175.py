"""Round 175 (statistics, Kalmar län) as its files were written: a compound of the caption, a
measure named by a compound's last part, "kvinnor resp. män", a PDF header with a marked year
and "förra året (2025)". Fake embedder and small generated files, seconds each."""
from __future__ import annotations

from pathlib import Path

from assistant.stats import Op, read_form
from ingest.pdf import read_pdf
from tests.test_engine_places import _engine_of, _engine_writing

TRAFFIC = (
    "Vägtrafikskador efter region, mått, skadeföljd och år\n"
    "Polisrapporterade vägtrafikolyckor med personskada, Kalmar län\n\n"
    "Region\tMått\tSkadeföljd\t2020\t2021\t2022\t2023\t2024\tMedel 2020–2024\n"
    "08 Kalmar län\tSkadade personer\tDödade\t12\t16\t17\t7\t16\t13,6\n"
    "08 Kalmar län\tSkadade personer\tTotalt\t688\t685\t657\t604\t624\t651,6\n"
    "08 Kalmar län\tOlyckor\tDödsolyckor\t9\t11\t11\t6\t11\t9,6\n"
    "08 Kalmar län\tOlyckor\tTotalt\t500\t495\t474\t440\t452\t472,2\n"
    "0821 Högsby\tSkadade personer\tDödade\t1\t1\t2\t-\t2\t1,2\n"
    "0821 Högsby\tSkadade personer\tTotalt\t29\t16\t21\t16\t26\t21,6\n"
    "0821 Högsby\tOlyckor\tDödsolyckor\t1\t1\t1\t-\t1\t0,8\n"
    "0821 Högsby\tOlyckor\tTotalt\t22\t12\t15\t12\t18\t15,8\n"
    "0883 Västervik\tSkadade personer\tDödade\t2\t1\t3\t1\t3\t2,0\n"
    "0883 Västervik\tSkadade personer\tTotalt\t80\t77\t70\t66\t71\t72,8\n"
    "0883 Västervik\tOlyckor\tDödsolyckor\t2\t1\t2\t1\t2\t1,6\n"
    "0883 Västervik\tOlyckor\tTotalt\t60\t58\t52\t49\t55\t54,8\n"
)


def test_a_word_that_ends_a_compound_of_the_caption_finds_the_table_and_its_measure(tmp_path, monkeypatch):
    # F175-09: "trafikolyckorna" had met nothing of "vägtrafikolyckor", the bare year columns
    # "2020" … "2024" then missed the years asked, and another table was refused for 2020;
    # "trafikolyckor" names the value "Olyckor" of Mått (beside "Skadade personer")
    engine = _engine_of(tmp_path, monkeypatch, {"vagtrafikskador.txt": TRAFFIC.replace("\t", ";")})
    a = engine.ask("hur många trafikolyckor var det i länet 2024?", engine.new_conversation())
    assert a.route == "stats" and a.answered and "**452**" in a.answer, (a.reading, a.answer)
    b = engine.ask("Har trafikolyckorna med personskada minskat i länet sen 2020?", engine.new_conversation())
    assert b.answered and "**500**" in b.answer and "**452**" in b.answer, (b.reading, b.answer)


def test_kvinnor_resp_man_is_one_question_and_reads_both_columns(tmp_path, monkeypatch):
    # F175-03: "resp." had ended a sentence, so only "män 80 år och äldre …" was read, and only
    # the men's column answered
    engine = _engine_of(tmp_path, monkeypatch, {"hemtjanst.csv":
        "Personer 65 år och äldre med hemtjänst i ordinärt boende 2024\n"
        'Kommun;"65–79 år, Kvinnor";"65–79 år, Män";"80 år och äldre, Kvinnor";"80 år och äldre, Män"\n'
        "Kalmar;301;203;699;358\nNybro;100;77;226;115\nTorsås;40;31;80;44\n"})
    from assistant.question import normalise_question

    nq = normalise_question("Kan du ta fram hur många kvinnor resp. män 80 år och äldre som har hemtjänst i Kalmar kommun?", engine.vocabulary)
    assert "kvinnor resp. män" in nq.text, nq.text
    r = engine.resolver.read(read_form(nq.text))[0]  # (the fake embedder leaves doubt: the reading itself)
    assert {r.query.column, *r.query.also} == {"80 år och äldre, Kvinnor", "80 år och äldre, Män"}, r.query
    # … and asked together, one sum: no column beside
    t = engine.resolver.read(read_form("hur många kvinnor och män 80 år och äldre har hemtjänst i Nybro tillsammans?"))[0]
    assert not t.query.also, t.query


def _collisions(path: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    rows = [["", "", "", "", "Totalt", "Totalt", "Förändring,"],
            ["Kommun", "Älg", "Rådjur", "Vildsvin", "2025", "2024²", "%"],
            ["Kalmar", "34", "452", "188", "842", "803", "+4,9"], ["Västervik", "71", "436", "142", "768", "801", "–4,1"],
            ["Oskarshamn", "44", "289", "108", "512", "468", "+9,4"], ["Nybro", "38", "246", "152", "498", "471", "+5,7"],
            ["Högsby", "19", "103", "61", "207", "191", "+8,4"], ["Kalmar län", "206", "1 526", "651", "2 827", "2 734", "+3,4"]]
    table = Table(rows, hAlign="LEFT", colWidths=[90, 45, 50, 55, 55, 55, 65])
    table.setStyle(TableStyle([("ALIGN", (1, 0), (-1, -1), "RIGHT")]))
    styles = getSampleStyleSheet()
    SimpleDocTemplate(str(path), pagesize=A4).build([
        Paragraph("Under 2025 rapporterades fler viltolyckor än året innan.", styles["BodyText"]),
        Paragraph("<b>Tabell 1. Polisanmälda viltolyckor per kommun och djurslag 2025, samt totalt 2024</b>", styles["BodyText"]),
        table, Paragraph("² Totalt 2024 enligt reviderad statistik.", styles["BodyText"]),
    ])
    return path


def test_a_header_line_of_years_with_a_note_mark_is_the_header_not_a_row(tmp_path):
    # F175-06: "2025" / "2024²" under "Totalt" / "Totalt" had made the second header line a body
    # row: "Kommun", "Älg" … were lost and the columns read "Kolumn 2" …
    (t,) = read_pdf(_collisions(tmp_path / "viltolyckor.pdf")).tables
    assert t.header[:4] == ["Kommun", "Älg", "Rådjur", "Vildsvin"], t.header
    assert t.header[4:6] == ["Totalt 2025", "Totalt 2024²"], t.header
    assert t.rows[0][0] == "Kalmar", t.rows[0]


def test_the_years_total_and_a_species_named_by_its_compound(tmp_path, monkeypatch):
    # F175-06: "fler än 400 viltolyckor förra året (2025)" had read the 2024 column ("än" of the
    # bound taken for a comparison with the year before); "älgolyckor" names the column "Älg"
    f = read_form("hur många kommuner i länet hade fler än 400 viltolyckor förra året (2025)?")
    assert f.years == (2025,) and f.year_shift == 0 and f.op == Op.COUNT, f
    g = read_form("hur många arbetslösa i Mora 2024 jämfört med året innan?")
    assert g.years == (2023, 2024), g
    engine = _engine_writing(tmp_path, monkeypatch, lambda kb: _collisions(kb / "viltolyckor.pdf"))
    a = engine.ask("hur många kommuner i länet hade fler än 400 viltolyckor förra året (2025)?", engine.new_conversation())
    assert a.answered and "**4**" in a.answer and "Totalt 2025" in (a.reading or ""), (a.reading, a.answer)
    b = engine.ask("vilken kommun hade flest älgolyckor 2025?", engine.new_conversation())
    assert b.answered and "**Västervik**" in b.answer and "71" in b.answer, (b.reading, b.answer)


def test_days_written_as_eight_digits_among_iso_days_are_days(tmp_path, monkeypatch):
    # F175-17: one municipality's decisions were dated 20250314 …, and "första halvåret 2025"
    # counted none of them: "0" had been said surely
    rows = ["Kommun;Diarienummer;Beslutsdatum;Ärendetyp;Antal nya bostäder;Beslut"]
    for i, day in enumerate(["2025-02-03", "2025-03-11", "2025-08-19", "2024-12-01"]):
        rows.append(f"Kalmar kommun;K-{i};{day};Bygglov;{i + 1};Beviljat")
    for i, day in enumerate(["20250114", "20250302", "20250611", "20250904", "20241120"]):
        rows.append(f"Oskarshamns kommun;O-{i};{day};Bygglov;{i};Beviljat")
    engine = _engine_of(tmp_path, monkeypatch, {"bygglov.csv": "\n".join(rows) + "\n"})
    (t,) = engine.snapshot.tables
    assert sorted(set(t.frame["Beslutsdatum"].astype(str)))[:3] == ["2024-11-20", "2024-12-01", "2025-01-14"], t.frame
    r = engine.resolver.read(read_form("hur många bygglov beviljade oskarshamn första halvåret 2025?"))[0]
    from assistant.stats import compute

    res = compute(r.profile, r.query)
    assert [f.value for f in res.figures][:1] == [3], (r.query, res.figures)


def test_exkl_with_its_dot_sets_aside_what_follows():
    f = read_form("hur många nya bostäder fick bygglov 2025? exkl. sånt som upphävts efter överklagande")
    assert "upphävts" in f.excepted, f


def _summer_jobs(path):
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "2025"
    ws.append(["Feriearbete sommaren 2025 – svar per kommun"])
    ws.append([])
    ws.append(["Kommun", "Sökande", "Erbjudna platser", "Placerade ungdomar"])
    for row in (["Borgholm", 169, 90, 88], ["Emmaboda", 198, 150, 142], ["Emmaboda", 214, 140, 131],
                ["Högsby", 100, 85, 78], ["Oskarshamn", 644, 150, 148], ["Nybro", 397, 180, 175], ["Totalt länet", 1524, 605, 562]):
        ws.append(row)
    for cell in ws[5]:  # the first Emmaboda row, withdrawn: struck through above its correction
        cell.font = Font(strike=True)
    wb.save(path)
    return path


def test_a_struck_through_row_is_withdrawn_and_per_reads_each_rows_ratio(tmp_path, monkeypatch):
    # F175-13: "flest sökande per plats" had ranked the applicants alone, summed per municipality
    # with the struck-through Emmaboda row counted as well
    engine = _engine_writing(tmp_path, monkeypatch, lambda kb: _summer_jobs(kb / "feriearbete.xlsx"))
    (t,) = engine.snapshot.tables
    assert list(t.frame["Kommun"]).count("Emmaboda") == 1, t.frame
    r = engine.resolver.read(read_form("Vilken kommun hade flest sökande per plats 2025?"))[0]
    from assistant.stats import compute

    res = compute(r.profile, r.query)
    assert res.figures and res.figures[0].label.startswith("Oskarshamn") and res.figures[0].value == 4.3, (r.query, res.figures)
