"""Round 191 (documents, Uppsala): a Google Docs text export's comments at its end."""
from __future__ import annotations

from ingest.pipeline import load_file

_NOTES = (
    "\ufeffBygdepunkt Uppland – arbetsgruppens anteckningar\r\n\r\n"
    "20 april 2027 – arbetsgruppsmöte\r\n"
    "* Sara Holmqvist är anställd som digitalvärd och börjar 3 maj[b].\r\n"
    "* Sista dag att söka för 2027 är 14 maj enligt riktlinjen[d].\r\n"
    "* Harbo Lanthandel stänger sista maj[a].\r\n\r\n"
    "[a]Harbo Lanthandel har bekräftat sista öppetdag lördag 29 maj. /Åsa Nordin\r\n"
    "[b]Rättelse: Sara börjar måndag 10 maj, hon hade längre uppsägningstid än vi trodde.\r\n"
    "_Tilldelad till Annika Wallin_\r\n"
    "[d]Jag har beslutat att förlänga ansökningstiden för 2027 till 28 maj 2027. /Petter Lindroos\r\n"
)


def test_a_text_export_s_comments_stand_where_they_are_anchored(tmp_path):
    # F191-05, F191-09: "14 maj" and "3 maj" had been answered (confidently) from the notes; the
    # corrections stood at the end of the file as "[d]…", "[b]…", far from what they correct
    path = tmp_path / "anteckningar.txt"
    path.write_bytes(_NOTES.encode("utf-8"))
    text = " ".join(c.text for c in load_file(path, tmp_path).chunks)
    assert "börjar 3 maj (kommentar: Rättelse: Sara börjar måndag 10 maj" in text, text
    assert "14 maj enligt riktlinjen (kommentar: Jag har beslutat att förlänga ansökningstiden för 2027 till 28 maj 2027" in text, text
    assert "[a]" not in text and "[d]Jag" not in text, text


def test_brackets_without_comments_at_the_end_stay_as_written():
    from ingest.markup import comments_inline

    assert comments_inline("Se punkt [a] och [b] i listan.\n\nSlut.\n") is None


_ADOC = """= Handbok för servicepunktsombud
:utgava: 2
:projektledare: Jonas Ekholm
:timersattning: 350 kronor
// Utgåva 1 hade :projektledare: Annika Wallin

ifeval::[{utgava} < 2]
Kvartalsrapporten ska lämnas senast 30 dagar efter kvartalets slut.
endif::[]
ifeval::[{utgava} >= 2]
Kvartalsrapporten ska lämnas senast 15 dagar efter kvartalets slut.
endif::[]

== Kontakt

Projektledning:: {projektledare}, telefon 0293-218 452

== Ersättning

Under 2027 ersätts butiken med {timersattning} per timme.

:timersattning: 380 kronor

Från och med den 1 januari 2028 är ersättningen {timersattning} per timme.

////
Borttaget: Harbo Lanthandel, 1 september 2027 (planerat)
////

ifdef::intern[]
Intern anteckning: återkrav skickat 2027-06-22.
endif::[]
"""


def test_an_asciidoc_source_reads_its_attributes_where_used_and_only_the_blocks_that_hold(tmp_path):
    # F191-13, F191-18: "{timersattning}" is 350 kronor for 2027 and 380 from 2028, and only
    # the current edition's block holds (15 days, not 30); read as text, the old edition's line
    # and "{timersattning}" had stood as written
    path = tmp_path / "handbok.txt"
    path.write_text(_ADOC, encoding="utf-8")
    result = load_file(path, tmp_path)
    text = " ".join(c.text for c in result.chunks)
    assert "Under 2027 ersätts butiken med 350 kronor per timme" in text and "2028 är ersättningen 380 kronor per timme" in text, text
    assert "15 dagar" in text and "30 dagar" not in text and "Jonas Ekholm" in text, text
    assert "Harbo" not in text and "återkrav" not in text and "Annika" not in text and "{" not in text, text
    assert result.document.title == "Handbok för servicepunktsombud"


def test_a_word_equation_is_read_as_a_line_of_text(tmp_path):
    # F191-01: the grant's cap stood only in an equation, "B = min(0,5·K; 75 000 kr)", which had
    # read as an empty paragraph – the old 60 000 of the version history was the answer
    import zipfile

    import docx

    path = tmp_path / "riktlinje.docx"
    d = docx.Document()
    d.add_paragraph("Bidraget (B) beräknas enligt följande formel:")
    d.add_paragraph("EKVATION")
    d.save(path)
    m = 'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"'
    omath = (
        f'<m:oMathPara {m}><m:oMath><m:r><m:t>B=</m:t></m:r><m:func><m:fName><m:r><m:t>min</m:t></m:r></m:fName>'
        '<m:e><m:d><m:dPr><m:sepChr m:val=";"/></m:dPr><m:e><m:r><m:t>0,5·K</m:t></m:r></m:e>'
        '<m:e><m:r><m:t>75 000 kr</m:t></m:r><m:r><m:t>·</m:t></m:r><m:f><m:num><m:r><m:t>m</m:t></m:r></m:num>'
        "<m:den><m:r><m:t>12</m:t></m:r></m:den></m:f></m:e></m:d></m:e></m:func></m:oMath></m:oMathPara>"
    )
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    xml = parts["word/document.xml"].decode()
    parts["word/document.xml"] = xml.replace('<w:r><w:t>EKVATION</w:t></w:r>', omath).encode()
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)
    text = " ".join(c.text for c in load_file(path, tmp_path).chunks)
    assert "B=min(0,5·K; 75 000 kr·m/12)" in text, text


def test_a_spreadsheet_attached_to_a_pdf_is_read_as_its_tables(tmp_path):
    # F191-02: the revised budget (6 150 000) stood only in a workbook attached to the minutes –
    # on the page a paperclip; the answer had been refused
    import io

    import openpyxl
    from pypdf import PdfWriter
    from reportlab.pdfgen import canvas

    book = io.BytesIO()
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Bygdepunkt Uppland – reviderad budget"])
    ws.append([])
    ws.append(["Kostnadsslag", "Enligt beslut", "Reviderad"])
    ws.append(["Personal", 3960000, 3420000])
    ws.append(["Resor", 240000, 210000])
    ws.append(["Summa kostnader", 4200000, 3630000])
    wb.save(book)
    raw = io.BytesIO()
    c = canvas.Canvas(raw)
    c.drawString(60, 700, "Styrgruppen beslutar att fastställa den reviderade budgeten enligt bilaga 1.")
    c.showPage()
    c.save()
    writer = PdfWriter(clone_from=io.BytesIO(raw.getvalue()))
    writer.add_attachment("Bilaga1_Reviderad_budget.xlsx", book.getvalue())
    path = tmp_path / "protokoll.pdf"
    with path.open("wb") as f:
        writer.write(f)
    (table,) = load_file(path, tmp_path).tables
    assert list(table.frame["Reviderad"]) == [3420000, 210000, 3630000], table.frame
    assert "bifogad fil Bilaga1_Reviderad_budget.xlsx" in table.caption and table.document == "protokoll.pdf"


def test_a_file_with_unresolved_merge_conflicts_says_both_versions_and_not_the_base(tmp_path):
    # round 191's web page: the conflict's markers had stood as text, ">>>>>>>" read as quote
    # marks and "=======" as a heading's underline, the base version read as a third
    path = tmp_path / "sida.md"
    path.write_text(
        "# Bygdepunkt\n\n## Kontakt\n\n<<<<<<< HEAD\nJonas Ekholm, tf. projektledare, 0293-218 452\n"
        "||||||| 8e3b2f1\nAnnika Wallin, projektledare, 0293-218 431\n=======\n"
        "Annika Wallin, projektledare, 0293-218 431 (Östervåla öppnar 4 oktober)\n>>>>>>> uppdatering-augusti\n",
        encoding="utf-8",
    )
    result = load_file(path, tmp_path)
    text = " ".join(c.text for c in result.chunks)
    assert "Osammanfogad version (HEAD): Jonas Ekholm" in " ".join(text.split()), text
    assert "Osammanfogad version (uppdatering-augusti):" in text and "Östervåla öppnar 4 oktober" in text, text
    assert "<<<<<<<" not in text and "=======" not in text and "uppdatering-augusti\n" not in text, text
    assert text.count("0293-218 431") == 1, text


def test_a_day_of_the_week_is_a_day_asked_for():
    # F191-14: "vilken dag är digitalvärden på gräsö" – the schedule's row "Torsdag | Gräsö
    # Handelsbod | 10–14" carried no day to the ranker, and a dated line was quoted instead
    from assistant.documents.kinds import carries

    assert carries("Dag: Torsdag | Servicepunkt: Gräsö Handelsbod | Tid: 10–14")["date"] == 1.0
    assert carries("öppet på måndagar") ["date"] == 1.0 and carries("open on Thursdays")["date"] == 1.0
    assert carries("Digitalvärden hjälper till med BankID")["date"] == 0.0


def test_who_decided_is_the_doer_of_the_deciding_verb():
    # F191-17: "vem bestämde att harbo-servicepunkten skulle flyttas?" had put the shop it moved
    # to, "Östervåla Handelsbod", in bold – confidently; the steering group decided
    from assistant.documents.features import Question, Vocabulary
    from assistant.documents.phrases import key_phrase

    q = Question.of("vem bestämde att harbo-servicepunkten skulle flyttas?", Vocabulary(["x"]))
    text = "Styrgruppen beslutar att servicepunkten i Heby kommun flyttas från Harbo till Östervåla Handelsbod i Östervåla."
    assert key_phrase(text, q) == "Styrgruppen"
    q = Question.of("vem fattade beslutet om taket?", Vocabulary(["x"]))
    assert key_phrase("Beslutet om taket fattades av regionstyrelsens arbetsutskott den 28 februari 2028.", q) == "regionstyrelsens arbetsutskott"
    # (a pronoun is no doer; and "vem" asked of something else keeps the name)
    assert key_phrase("Vi beslutade att Anna Berg leder arbetet med Östervåla Handelsbod.", q) != "Vi"
    q = Question.of("vem leder projektet?", Vocabulary(["x"]))
    assert key_phrase("Styrgruppen beslutar att Anna Berg leder projektet från och med juni.", q) == "Anna Berg"
