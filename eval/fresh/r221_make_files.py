#!/usr/bin/env python3
"""Round r221 – region Kalmar – "Småhamnslyftet Kalmarkusten".

Writes six documents that update each other over time (deterministic, no clock,
no randomness, fixed metadata):

 1. 2027-01-15_Projektplan_Smahamnslyftet_v1.0.pdf
      Designed brochure PDF: drop caps drawn after their paragraph (the first
      letter of a section is separated from the rest of the word), a pull quote
      that interrupts a sentence in the content stream, and a "Fakta" sidebar.
 2. 2027-02-18_Protokoll_styrgrupp_1-2027.docx
      Word minutes where dates and phone numbers use non-breaking hyphens
      (w:noBreakHyphen) and long words/names carry optional hyphens
      (w:softHyphen); every § has "Förslag till beslut" followed by a
      different "Styrgruppens beslut".
 3. 2027-03-25_Protokollsutdrag_RUN_2027-03-24_par41.eml
      Registry e-mail whose body is UTF-8 bytes but is declared
      charset="iso-8859-1" (mojibake: "MÃ¶nsterÃ¥s", "Â§ 41", "â\\x80\\x93").
 4. 2027-04-12_Nyhetsbrev_nr2.md
      PHP Markdown Extra: definition lists, {#header-ids}, reference links,
      markdown="1" HTML block and abbreviation definitions (*[KRH]: ...) that
      are the only place an acronym is spelled out.
 5. 2027-05-11_SMS-utskickshistorik.txt
      SMS gateway history export: newest first, multipart SMS split mid
      sentence with parts listed in delivery-receipt order ([2/2] before
      [1/2]), Swedish day/month short dates (6/5, 12/5), a cancelled draft.
 6. 2027-09-20_Hamncheckar_omg1_sammanstallning.pdf
      Excel sheet printed with row/column headings but without print titles:
      columns A–E on page 1 and F–I on page 2 (amounts separated from the
      harbour names, joined only by Excel row numbers); long notes overflow
      across the page edge.

Usage: python r221_make_files.py OUT_DIR
"""
import datetime
import io
import os
import sys
import zipfile

from reportlab.lib.colors import Color, black, white
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

FIXED_ZIP_TIME = (2027, 2, 25, 9, 12, 0)

# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------


def wrap(text, font, size, width):
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        cand = w if not cur else cur + " " + w
        if stringWidth(cand, font, size) <= width:
            cur = cand
        else:
            if cur:
                lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def wrap_variable(text, font, size, widths):
    """Wrap text where line i has width widths[i] (last width repeats)."""
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        width = widths[min(len(lines), len(widths) - 1)]
        cand = w if not cur else cur + " " + w
        if stringWidth(cand, font, size) <= width:
            cur = cand
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def new_canvas(path, title, author, subject):
    c = canvas.Canvas(path, pagesize=A4, invariant=1, pageCompression=0)
    c.setTitle(title)
    c.setAuthor(author)
    c.setSubject(subject)
    c.setCreator("Adobe InDesign 19.2 (Windows)" if "Projektplan" in title else "Microsoft Excel för Microsoft 365")
    c.setProducer("Adobe PDF Library 17.0" if "Projektplan" in title else "Microsoft: Print To PDF")
    return c


# --------------------------------------------------------------------------
# 1. Projektplan – brochure PDF with drop caps, pull quote, fact sidebar
# --------------------------------------------------------------------------

TEAL = Color(0.05, 0.36, 0.42)
SAND = Color(0.95, 0.92, 0.85)
GREY = Color(0.35, 0.35, 0.35)


def dropcap_paragraph(c, x, y, width, text, size=10.5, leading=14.5,
                      cap_lines=3, interrupt=None):
    """Draw a paragraph whose first letter is a drop cap.

    The body lines are drawn first, the big initial last (as InDesign exports
    it), so a text extractor sees 'måhamnarna ...' and a lone 'S' later.
    interrupt = (after_line_index, callable(c, y) -> new_y) draws a pull quote
    in the middle of the paragraph.
    Returns the y below the paragraph.
    """
    initial, rest = text[0], text[1:]
    cap_size = leading * cap_lines * 0.98
    cap_w = stringWidth(initial, "Times-Bold", cap_size) + 4
    widths = [width - cap_w] * cap_lines + [width]
    lines = wrap_variable(rest, "Times-Roman", size, widths)
    top = y
    c.setFont("Times-Roman", size)
    c.setFillColor(black)
    cur = y
    for i, line in enumerate(lines):
        lx = x + cap_w if i < cap_lines else x
        c.setFont("Times-Roman", size)
        c.setFillColor(black)
        c.drawString(lx, cur, line)
        cur -= leading
        if interrupt and i == interrupt[0]:
            cur = interrupt[1](c, cur)
    # the initial, drawn last
    c.setFont("Times-Bold", cap_size)
    c.setFillColor(TEAL)
    c.drawString(x, top - leading * (cap_lines - 1), initial)
    c.setFillColor(black)
    return cur - 6


def plain_paragraph(c, x, y, width, text, size=10.5, leading=14.5, font="Times-Roman"):
    c.setFont(font, size)
    c.setFillColor(black)
    for line in wrap(text, font, size, width):
        c.drawString(x, y, line)
        y -= leading
    return y - 6


def heading(c, x, y, text):
    c.setFont("Helvetica-Bold", 14)
    c.setFillColor(TEAL)
    c.drawString(x, y, text)
    c.setFillColor(black)
    return y - 24


def brochure_footer(c, page):
    c.setFont("Helvetica", 7.5)
    c.setFillColor(GREY)
    c.drawString(50, 30, "Småhamnslyftet Kalmarkusten · Projektplan version 1.0 · 15 januari 2027")
    c.drawRightString(545, 30, "sida %d" % page)
    c.setFillColor(black)


def make_projektplan(path):
    c = new_canvas(path, "Småhamnslyftet Kalmarkusten – Projektplan 2027–2028",
                   "Region Kalmar län, Regional utveckling", "Projektplan version 1.0")
    W, H = A4

    # ---- page 1: cover
    c.setFillColor(TEAL)
    c.rect(0, H - 330, W, 330, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 34)
    c.drawString(50, H - 150, "Småhamnslyftet")
    c.setFont("Helvetica", 22)
    c.drawString(50, H - 182, "Kalmarkusten")
    c.setFont("Helvetica", 13)
    c.drawString(50, H - 240, "Klimatanpassning av småhamnar i Kalmar län")
    c.drawString(50, H - 258, "Projektplan 2027–2028")
    c.setFillColor(black)
    c.setFont("Helvetica", 11)
    c.drawString(50, 240, "Version 1.0 · 15 januari 2027")
    c.drawString(50, 222, "Region Kalmar län · Regional utveckling")
    c.drawString(50, 204, "Dnr RS 2026/1187")
    c.setFont("Helvetica-Oblique", 9)
    c.setFillColor(GREY)
    c.drawString(50, 150, "Fastställd av styrgruppen 2027-01-14. Ersätter projektskissen från oktober 2026.")
    c.setFillColor(black)
    c.showPage()

    # ---- page 2: background + fact sidebar
    mx, mw = 50, 320           # main column
    sx, sw = 392, 153          # sidebar
    # sidebar first (background object in the export)
    c.setFillColor(SAND)
    c.rect(sx, 330, sw, 450, stroke=0, fill=1)
    c.setFillColor(TEAL)
    c.setFont("Helvetica-Bold", 12)
    c.drawString(sx + 10, 760, "FAKTA")
    facts = [
        ("Projektperiod", "1 februari 2027 – 31 december 2028"),
        ("Projektägare", "Region Kalmar län, Regional utveckling"),
        ("Budget", "4,2 mnkr, varav 2,4 mnkr till hamncheckar"),
        ("Hamncheck", "högst 150 000 kr per hamn"),
        ("Egen insats", "minst 30 procent av kostnaden"),
        ("Ansökan", "1 mars – 15 april 2027"),
        ("Kommuner", "Borgholm, Kalmar, Mörbylånga, Oskarshamn, Torsås och Västervik"),
        ("Projektledare", "Annika Berglund"),
        ("Diarienummer", "RS 2026/1187"),
    ]
    fy = 738
    for k, v in facts:
        c.setFillColor(TEAL)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(sx + 10, fy, k)
        fy -= 11
        c.setFillColor(black)
        c.setFont("Helvetica", 8.5)
        for ln in wrap(v, "Helvetica", 8.5, sw - 20):
            c.drawString(sx + 10, fy, ln)
            fy -= 11
        fy -= 6

    y = 770
    y = heading(c, mx, y, "1   Bakgrund och syfte")
    y = dropcap_paragraph(
        c, mx, y, mw,
        "Småhamnarna längs Kalmarkusten och på Öland är viktiga för besöksnäringen, "
        "för det småskaliga fisket och för föreningslivet. Många kajer och bryggor "
        "byggdes på 1950- och 1960-talen och är inte dimensionerade för de högre "
        "vattenstånd och kraftigare stormar som SMHI räknar med. Flera hamnföreningar "
        "har redan fått stänga bryggplatser efter stormarna vintern 2025/26.")

    def quote(c, yq):
        yq -= 8
        c.setStrokeColor(TEAL)
        c.setLineWidth(2)
        c.line(mx, yq + 6, mx + mw, yq + 6)
        c.setFont("Helvetica-BoldOblique", 13)
        c.setFillColor(TEAL)
        for ln in wrap("”Ingen hamn ska behöva stänga för att kajen inte klarar nästa storm.”",
                       "Helvetica-BoldOblique", 13, mw - 10):
            yq -= 17
            c.drawString(mx + 5, yq, ln)
        yq -= 14
        c.setFont("Helvetica", 8.5)
        c.drawString(mx + 5, yq, "Maria Lindqvist, ordförande i styrgruppen")
        yq -= 10
        c.line(mx, yq, mx + mw, yq)
        c.setFillColor(black)
        return yq - 16

    y = dropcap_paragraph(
        c, mx, y, mw,
        "Syftet med Småhamnslyftet är att under 2027–2028 hjälpa ideella hamnföreningar, "
        "samhällsföreningar och kommunala hamnar att klimatanpassa sina hamnar. Det sker "
        "framför allt genom hamnchecken, ett bidrag som fördelas i en ansökningsomgång "
        "2027, men också genom rådgivning och erfarenhetsutbyte mellan hamnarna. Målet är "
        "att minst tolv hamnar ska ha genomfört en åtgärd som minskar risken för skador "
        "vid högvatten innan projektet avslutas, och att kunskapen ska finnas kvar i "
        "föreningarna när projektet är slut.",
        interrupt=(3, quote))
    y = plain_paragraph(
        c, mx, y, mw,
        "Projektet finansieras med regionala utvecklingsmedel och genomförs i samverkan "
        "med de deltagande kommunerna, som var och en utser en kontaktperson.")
    brochure_footer(c, 2)
    c.showPage()

    # ---- page 3: hamnchecken, organisation, tidplan
    mx, mw = 50, 495
    y = 780
    y = heading(c, mx, y, "2   Så fungerar hamnchecken")
    y = dropcap_paragraph(
        c, mx, y, mw,
        "Hamnchecken kan sökas av ideella hamnföreningar, samhällsföreningar och kommunala "
        "hamnar i de deltagande kommunerna. En hamncheck är högst 150 000 kr per hamn och "
        "sökanden ska själv stå för minst 30 procent av kostnaden, i pengar eller ideellt "
        "arbete. Följande åtgärder är stödberättigande:")
    items = [
        "förstärkning av kajer och erosionsskydd",
        "höjning av bryggor och landgångar",
        "dagvatten och ytavrinning i hamnområdet",
        "elsäkerhet vid högvatten",
        "laddpunkter för elbåtar",
    ]
    c.setFont("Times-Roman", 10.5)
    for it in items:
        c.drawString(mx + 12, y, "•  " + it)
        y -= 14.5
    y -= 6
    y = plain_paragraph(
        c, mx, y, mw,
        "Ansökan ska innehålla en KRH-bedömning enligt regionens mall och ett styrelse- "
        "eller nämndbeslut om egen insats.")

    y = heading(c, mx, y - 6, "3   Organisation")
    y = dropcap_paragraph(
        c, mx, y, mw,
        "Projektägare är Region Kalmar län genom enheten Regional utveckling. Styrgruppen "
        "leds av Maria Lindqvist, enhetschef på Regional utveckling, och består i övrigt av "
        "en representant för varje deltagande kommun. Projektledare är Annika Berglund, som "
        "också är styrgruppens sekreterare. Styrgruppen beslutar om hamncheckar; beslut om "
        "projektets ram och villkor fattas av Regionala utvecklingsnämnden.")

    y = heading(c, mx, y - 6, "4   Tidplan")
    y = dropcap_paragraph(
        c, mx, y, mw,
        "Ansökan om hamncheck öppnar 1 mars 2027 och stänger 15 april 2027. Beslut om "
        "hamncheckar fattas i maj 2027. Åtgärderna ska vara genomförda senast 30 juni 2028. "
        "Projektets slutrapport lämnas till Regionala utvecklingsnämnden senast "
        "30 november 2028.")
    brochure_footer(c, 3)
    c.showPage()
    c.save()


# --------------------------------------------------------------------------
# 2. Styrgrupp minutes – DOCX with w:noBreakHyphen / w:softHyphen
# --------------------------------------------------------------------------

NBH = "\u2011"   # written as <w:noBreakHyphen/>
SHY = "\u00ad"   # written as <w:softHyphen/>


def add_rich(paragraph, text, bold=False, italic=False, size=None):
    """Add a run; U+2011 becomes w:noBreakHyphen, U+00AD becomes w:softHyphen."""
    run = paragraph.add_run()
    run.bold = bold
    run.italic = italic
    if size:
        run.font.size = Pt(size)
    r = run._r
    buf = ""

    def flush():
        nonlocal buf
        if buf:
            t = OxmlElement("w:t")
            t.text = buf
            t.set(qn("xml:space"), "preserve")
            r.append(t)
            buf = ""

    for ch in text:
        if ch == NBH:
            flush()
            r.append(OxmlElement("w:noBreakHyphen"))
        elif ch == SHY:
            flush()
            r.append(OxmlElement("w:softHyphen"))
        else:
            buf += ch
    flush()
    return run


def para(doc, text="", bold=False, italic=False, size=None, style=None, space_after=None):
    p = doc.add_paragraph(style=style)
    if text:
        add_rich(p, text, bold=bold, italic=italic, size=size)
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def add_page_field(paragraph):
    run = paragraph.add_run()
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        run._r.append(el)


def paragraph_section(doc, number, title, arende, forslag, beslut):
    p = doc.add_paragraph(style="Heading 2")
    add_rich(p, "§ %d  %s" % (number, title))
    if arende:
        para(doc, "Ärendebeskrivning", bold=True, space_after=0)
        para(doc, arende)
    if forslag:
        para(doc, "Förslag till beslut", bold=True, space_after=0)
        para(doc, forslag, italic=True)
    para(doc, "Styrgruppens beslut", bold=True, space_after=0)
    para(doc, beslut)


def normalize_zip(path, date_time):
    with open(path, "rb") as fh:
        data = fh.read()
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=date_time)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, zin.read(info.filename))
    with open(path, "wb") as fh:
        fh.write(out.getvalue())


def make_protokoll(path):
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.5)

    hp = sec.header.paragraphs[0]
    add_rich(hp, "Region Kalmar län · Småhamnslyftet Kalmarkusten · Styrgruppen\tProtokoll 1/2027",
             size=8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_rich(fp, "Dnr RS 2026/1187 · sida ", size=8)
    add_page_field(fp)

    t = doc.add_paragraph(style="Title")
    add_rich(t, "Protokoll styrgruppsmöte 1/2027")

    para(doc, "Tid: torsdag 18 februari 2027 kl. 13.00–15.30", space_after=0)
    para(doc, "Datum för justering: 2027" + NBH + "02" + NBH + "25", space_after=0)
    para(doc, "Plats: Regionhuset, Ölandssalen, Kalmar, samt Teams")

    para(doc, "Närvarande", bold=True, space_after=2)
    people = [
        ("Maria Lindqvist", "ordförande", "Region Kalmar län, Regional utveck" + SHY + "ling"),
        ("Annika Berglund", "projektledare, sekreterare", "Region Kalmar län, Regional utveck" + SHY + "ling"),
        ("Erik Sandahl", "ledamot", "Borgholms kommun"),
        ("Per Holmér", "ledamot", "Kalmar kommun"),
        ("Lena Fransson", "ledamot, justerare", "Mörbylånga kommun"),
        ("Sofia Wiik", "ledamot", "Oskars" + SHY + "hamns kommun"),
        ("Karin Ölund", "ledamot", "Torsås kommun"),
        ("Jonas Bäckström", "ledamot", "Väster" + SHY + "viks kommun"),
        ("Mikael Rydén", "adjungerad § 1–4, därefter ledamot", "Mönster" + SHY + "ås kommun"),
        ("Tobias Nyqvist", "utvecklings" + SHY + "strateg, § 6", "Region Kalmar län, Regional utveck" + SHY + "ling"),
    ]
    tbl = doc.add_table(rows=1, cols=3)
    tbl.style = "Table Grid"
    hdr = tbl.rows[0].cells
    for i, h in enumerate(("Namn", "Roll", "Organisation")):
        hdr[i].text = ""
        add_rich(hdr[i].paragraphs[0], h, bold=True, size=9)
    for n, r_, o in people:
        cells = tbl.add_row().cells
        for i, v in enumerate((n, r_, o)):
            cells[i].text = ""
            add_rich(cells[i].paragraphs[0], v, size=9)
    for row in tbl.rows:
        row.cells[0].width = Cm(3.6)
        row.cells[1].width = Cm(3.4)
        row.cells[2].width = Cm(3.2)
    para(doc, "")

    paragraph_section(
        doc, 1, "Mötets öppnande", None, None,
        "Ordföranden Maria Lindqvist hälsade välkommen och förklarade mötet öppnat. "
        "Dagordningen godkändes.")
    paragraph_section(
        doc, 2, "Val av justerare", None, None,
        "Lena Fransson utsågs att jämte ordföranden justera protokollet.")
    paragraph_section(
        doc, 3, "Ansökningsperiod för hamncheck, omgång 1",
        "Enligt projektplanen version 1.0 stänger ansökan om hamncheck 15 april 2027. "
        "Flera hamn" + SHY + "föreningar har årsmöten i mars och april och behöver kunna "
        "förankra beslutet om egen insats innan de söker. Projektledaren föreslår därför "
        "att ansökningstiden förlängs med två veckor.",
        "Att sista ansökningsdag för hamncheck flyttas till torsdag 29 april 2027 "
        "(2027" + NBH + "04" + NBH + "29).",
        "Styrgruppen beslutar, med ändring av förslaget, att sista ansökningsdag för "
        "hamncheck blir torsdag 6 maj 2027 (2027" + NBH + "05" + NBH + "06), så att även "
        "föreningar med årsmöte i slutet av april hinner söka. Besked om hamncheck lämnas "
        "senast 2027" + NBH + "06" + NBH + "10.")
    paragraph_section(
        doc, 4, "Mönsterås kommun ansluter till projektet",
        "Mönsterås kommun har i skrivelse 2027" + NBH + "02" + NBH + "05 anmält intresse av "
        "att delta. Kommunen har två hamnar som bedöms som prioriterade: Pataholm och "
        "Timmernabben.",
        "Att Mönsterås kommun ingår som deltagande kommun.",
        "Styrgruppen beslutar enligt förslaget att Mönster" + SHY + "ås kommun ingår som "
        "deltagande kommun från och med i dag. Därmed deltar sju kommuner. Mikael Rydén "
        "blir kommunens ledamot i styrgruppen från och med § 5.")
    paragraph_section(
        doc, 5, "Informationsmöten",
        "Projektledaren redovisade planen för informationsmöten för hamnföreningarna.",
        "Att ett digitalt informationsmöte hålls onsdag 3 mars 2027 kl. 18.00–19.30 och "
        "ett fysiskt möte på Öland i april.",
        "Styrgruppen beslutar att det digitala informationsmötet hålls onsdag 3 mars 2027 "
        "kl. 18.00–19.30 och att informationsträffen på Öland hålls torsdag 22 april 2027 "
        "kl. 18.00 i Borgholm. Lokal meddelas senare.")
    paragraph_section(
        doc, 6, "Projektledning under föräldraledighet",
        "Projektledaren Annika Berglund är föräldraledig från och med 2027" + NBH + "06" + NBH +
        "01. Förvaltningen har föreslagit utvecklings" + SHY + "strateg Tobias Nyqvist som "
        "tillförordnad projektledare.",
        "Att Tobias Nyqvist är tillförordnad projektledare under Annika Berglunds ledighet.",
        "Styrgruppen beslutar att Tobias Nyqvist är tillförordnad projektledare från och "
        "med 1 juni 2027 till och med 31 maj 2028. Fram till dess är Annika Berglund "
        "projektledare.")
    paragraph_section(
        doc, 7, "Ram och högsta belopp för hamncheck",
        "Intresset för hamnchecken är större än väntat och flera klimat" + SHY +
        "anpassnings" + SHY + "åtgärder kostar mer än 150 000 kr. Ändrad ram och ändrade "
        "villkor beslutas av Regionala utvecklingsnämnden (RUN).",
        "Att styrgruppen hos RUN begär att ramen utökas med 900 000 kr och att högsta "
        "belopp per hamncheck höjs till 220 000 kr.",
        "Styrgruppen beslutar enligt förslaget. Projektledaren får i uppdrag att ta fram "
        "underlag till RUN:s sammanträde i mars. Till dess gäller villkoren i projektplanen.")
    paragraph_section(
        doc, 8, "Nästa möte", None, None,
        "Nästa möte hålls torsdag 15 april 2027 kl. 13.00 i Regionhuset. Frågor om "
        "protokollet: Annika Berglund, tfn 0480" + NBH + "84 51 20.")

    para(doc, "")
    para(doc, "Vid protokollet: Annika Berglund", space_after=0)
    para(doc, "Justeras: Maria Lindqvist, ordförande   Lena Fransson, justerare", space_after=0)
    para(doc, "Protokollet justerat 2027" + NBH + "02" + NBH + "25")

    cp = doc.core_properties
    cp.author = "Annika Berglund"
    cp.last_modified_by = "Annika Berglund"
    cp.title = "Protokoll styrgruppsmöte 1/2027 – Småhamnslyftet"
    cp.subject = "Styrgruppen Småhamnslyftet Kalmarkusten"
    cp.keywords = "RS 2026/1187"
    cp.comments = ""
    cp.revision = 4
    cp.created = datetime.datetime(2027, 2, 18, 15, 40, 0)
    cp.modified = datetime.datetime(2027, 2, 25, 9, 12, 0)
    cp.last_printed = datetime.datetime(2027, 2, 25, 9, 10, 0)
    doc.save(path)
    normalize_zip(path, FIXED_ZIP_TIME)


# --------------------------------------------------------------------------
# 3. RUN protokollsutdrag – EML with UTF-8 body labelled iso-8859-1
# --------------------------------------------------------------------------


def make_eml(path):
    headers = [
        "Return-Path: <registrator@regionkalmar.se>",
        "Received: from diariet01.regionkalmar.local (10.12.4.21) by mx2.regionkalmar.local",
        " with Microsoft SMTP Server id 15.2.1544.4; Thu, 25 Mar 2027 09:14:03 +0100",
        "From: Registrator Region Kalmar =?iso-8859-1?Q?l=E4n?= <registrator@regionkalmar.se>",
        "To: Annika Berglund <annika.berglund@regionkalmar.se>",
        "Cc: Maria Lindqvist <maria.lindqvist@regionkalmar.se>",
        "Subject: =?iso-8859-1?Q?Protokollsutdrag_RUN_2027-03-24_=A7_41_-_Sm=E5hamnslyftet?=",
        "Date: Thu, 25 Mar 2027 09:14:02 +0100",
        "Message-ID: <20270325091402.4471@diariet01.regionkalmar.local>",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=\"iso-8859-1\"",
        "Content-Transfer-Encoding: 8bit",
        "X-Mailer: Diariet e-utskick 4.1",
        "X-Diarienummer: RS 2026/1187",
    ]
    body = """Hej,

Härmed expedieras protokollsutdrag enligt nedan för kännedom och åtgärd.
Utdraget är även registrerat i diariet under RS 2026/1187.

======================================================================
PROTOKOLLSUTDRAG
Regionala utvecklingsnämnden
Sammanträdesdatum: 24 mars 2027
======================================================================

§ 41  Småhamnslyftet Kalmarkusten – utökad ram och ändrade villkor
      för hamncheck
      Dnr RS 2026/1187

Ärendet
Styrgruppen för Småhamnslyftet begärde 2027-02-18 (§ 7) att projektets
ram utökas med 900 000 kr och att högsta belopp per hamncheck höjs till
220 000 kr. Förvaltningen föreslår att högsta belopp i stället blir
200 000 kr, så att fler hamnar kan få stöd inom ramen. Förvaltningen
föreslår också att laddpunkter för elbåtar tas bort ur listan över
stödberättigande åtgärder, eftersom sådana investeringar kan få stöd
från andra program.

Beslutsunderlag
Tjänsteskrivelse 2027-03-08, Regional utveckling
Styrgruppens protokoll 2027-02-18 § 7

Beslut
Regionala utvecklingsnämnden beslutar

1. att utöka projektets totala budget från 4 200 000 kr till
   5 100 000 kr, varav 3 300 000 kr avsätts för hamncheckar,

2. att högsta belopp per hamncheck blir 200 000 kr (tidigare
   150 000 kr),

3. att kravet på egen insats för ideella hamnföreningar och
   samhällsföreningar sänks från 30 procent till 25 procent; för
   övriga sökande gäller fortsatt 30 procent,

4. att laddinfrastruktur för elbåtar inte längre är stödberättigande
   inom hamnchecken,

5. att beslutet tillämpas på samtliga ansökningar i omgång 1 2027.

Paragrafen förklaras omedelbart justerad.

Vid protokollet
Helena Strand, nämndsekreterare

Justerat
Anders Wikström (ordförande)    Birgitta Håkansson (justerare)

Utdragsbestyrkande
Helena Strand

Expedieras till: Projektledare Småhamnslyftet, Regional utveckling,
deltagande kommuner (Borgholm, Kalmar, Mönsterås, Mörbylånga,
Oskarshamn, Torsås, Västervik)

--
Med vänlig hälsning
Registrator
Region Kalmar län
Box 601, 391 26 Kalmar
Tfn 0480-84 000

Detta meddelande är skickat från en funktionsbrevlåda och kan inte besvaras.
"""
    data = ("\r\n".join(headers) + "\r\n\r\n").encode("ascii") + \
        body.replace("\n", "\r\n").encode("utf-8")
    with open(path, "wb") as fh:
        fh.write(data)


# --------------------------------------------------------------------------
# 4. Nyhetsbrev nr 2 – PHP Markdown Extra
# --------------------------------------------------------------------------

NEWSLETTER = """Småhamnslyftet Kalmarkusten – nyhetsbrev nr 2 {#nyhetsbrev-nr-2}
================================================================

*Region Kalmar län · Regional utveckling · 12 april 2027*

Hej alla hamnföreningar, samhällsföreningar och kommunala hamnar!
Det har hänt en hel del sedan förra nyhetsbrevet. RUN har beslutat om nya
villkor för hamnchecken, en ny kommun har anslutit – och vi har två
rättelser att göra.

Rättelser {#rattelser}
---------

* I nyhetsbrev nr 1 (mars) stod det att en hamncheck kan vara **upp till
  250 000 kr**. Det var fel. Efter RUN:s beslut den 24 mars 2027 (§ 41) är
  högsta belopp **200 000 kr** per hamn.
* Informationsträffen på Öland är **tisdag 20 april kl. 18.00** i Borgholms
  stadshus, sessionssalen – inte torsdag 22 april som det stod i nr 1 och i
  styrgruppens protokoll från februari. Lokalen var redan bokad den 22:a.

Det här gäller nu {#det-har-galler-nu}
-----------------

Sista ansökningsdag
:   torsdag 6 maj 2027, via [e-tjänsten][ansok]

Högsta belopp
:   200 000 kr per hamn

Egen insats
:   25 procent för ideella hamnföreningar och samhällsföreningar
:   30 procent för kommunala hamnar och bolag

Deltagande kommuner
:   Borgholm, Kalmar, Mönsterås, Mörbylånga, Oskarshamn, Torsås och Västervik

Bilagor till ansökan
:   en KRH enligt [regionens mall][krh] och ett styrelse- eller nämndbeslut
    om egen insats

Nytt: Mönsterås är med {#monsteras}
----------------------

Styrgruppen beslutade den 18 februari att Mönsterås kommun ansluter till
Småhamnslyftet. Det betyder att hamnarna i Pataholm och Timmernabben nu kan
söka hamncheck.

Vad kan man söka för? {#vad-kan-man-soka-for}
---------------------

Förstärkning av kajer och erosionsskydd, höjning av bryggor och landgångar,
dagvatten och ytavrinning i hamnområdet samt elsäkerhet vid högvatten.
Observera att RUN har strukit en punkt ur listan i projektplanen – läs
[protokollsutdraget][run41] innan ni söker.

Kalender {#kalender}
--------

| Datum                   | Vad                                          |
|-------------------------|----------------------------------------------|
| tis 20 april kl. 18.00  | Informationsträff, Borgholms stadshus        |
| tors 6 maj              | Sista ansökningsdag                          |
| vecka 23                | Besked om hamncheck                          |

Ordlista {#ordlista}
--------

Hamncheck
:   Regionens bidrag till klimatanpassning av en småhamn. Söks av den som
    äger eller förvaltar hamnen.

KRH
:   En bedömning som visar hur hamnen påverkas av högre vattenstånd, storm
    och erosion och vilka åtgärder som behövs först. Ska bifogas ansökan.

RUN
:   Den politiska nämnd som beslutar om projektets ram och villkor.

<div class="kontakt" markdown="1">
**Kontakt**
Annika Berglund, projektledare (till och med 31 maj)
Tobias Nyqvist, tf. projektledare från 1 juni 2027
<smahamnslyftet@regionkalmar.se>
</div>

[ansok]: https://www.regionkalmar.se/smahamnslyftet/ansok "E-tjänst hamncheck"
[krh]: https://www.regionkalmar.se/smahamnslyftet/KRH-mall.docx "Mall"
[run41]: https://www.regionkalmar.se/smahamnslyftet/RUN-2027-03-24-par41.pdf

*[KRH]: Klimatrisk- och hamnbedömning
*[RUN]: Regionala utvecklingsnämnden
*[SMHI]: Sveriges meteorologiska och hydrologiska institut
"""


def make_newsletter(path):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(NEWSLETTER)


# --------------------------------------------------------------------------
# 5. SMS history export – newest first, parts in receipt order, d/m dates
# --------------------------------------------------------------------------

SMSLOG = """UTSKICKSHISTORIK  –  avsändar-ID "RegionKLN"
Konto:   Region Kalmar län / Regional utveckling / Småhamnslyftet
Export:  2027-05-11 08:03 av aberglund
Filter:  2027-03-01 – 2027-05-11, alla statusar, sortering: senaste först
Obs: Meddelanden över 160 tecken (GSM 7-bit) skickas i flera delar. Delarna
     listas i den ordning leveranskvittot kom in.

------------------------------------------------------------------------
#9   Skickat 2027-05-10 12:05   Lista: Hamnföreningar 2027 (61 nr)
     Status: SKICKAT   Levererade 59/61   Delar: 1
     [1/1] Småhamnslyftet: Nu är ansökan om hamncheck stängd. Tack för era
           15 ansökningar! Besked lämnas vecka 23. /Region Kalmar län
------------------------------------------------------------------------
#8   Skickat 2027-05-06 16:52   Lista: Hamnföreningar 2027 (61 nr)
     Status: SKICKAT   Levererade 58/61   Delar: 2
     [2/2] mån 10 maj kl 12.00. Redan inskickade ansökningar gäller.
           /Region Kalmar län
     [1/2] Småhamnslyftet: Driftstörning i e-tjänsten idag 6/5. Sista dag
           att söka hamncheck förlängs därför till
------------------------------------------------------------------------
#7   Skapat 2027-05-06 15:58 av aberglund   Lista: Hamnföreningar 2027
     Status: AVBRUTET (ej skickat) – avbrutet 2027-05-06 16:31 av mlindqvist
     Delar: 2
     [1/2] Småhamnslyftet: Driftstörning i e-tjänsten. Sista dag att söka
           hamncheck förlängs till ons 12/5 kl 23.59. Redan inskickade
     [2/2] ansökningar gäller. /Region Kalmar län
------------------------------------------------------------------------
#6   Skickat 2027-05-04 10:00   Lista: Hamnföreningar 2027 (61 nr)
     Status: SKICKAT   Levererade 60/61   Delar: 2
     [1/2] Småhamnslyftet: Sista dag att söka hamncheck (max 200 000 kr) är
           tors 6/5 kl 23.59. Glöm inte att bifoga KRH-bedö
     [2/2] mning och styrelsebeslut om egen insats. /Region Kalmar län
------------------------------------------------------------------------
#5   Skickat 2027-04-20 09:00   Lista: Hamnföreningar Öland (22 nr)
     Status: SKICKAT   Levererade 22/22   Delar: 1
     [1/1] Välkommen på infoträff om hamncheck i kväll tis 20 april kl 18.00,
           Borgholms stadshus (sessionssalen). /Region Kalmar län
------------------------------------------------------------------------
#4   Schemalagt 2027-04-21 09:00   Lista: Hamnföreningar Öland (22 nr)
     Status: RADERAT 2027-04-12 av aberglund
     Delar: 1
     [1/1] Påminnelse: infoträff om hamncheck i morgon tors 22/4 kl 18 i
           Borgholm. /Region Kalmar län
------------------------------------------------------------------------
#3   Skickat 2027-03-02 12:00   Lista: Hamnföreningar 2027 (54 nr)
     Status: SKICKAT   Levererade 52/54   Delar: 1
     [1/1] Småhamnslyftet: Digitalt infomöte om hamncheck i morgon ons 3/3
           kl 18-19.30. Länk finns i mejlet från regionen. /Region Kalmar län
------------------------------------------------------------------------
Summa: 9 utskick i kontot, 7 i filtret, 5 skickade, 1 avbrutet, 1 raderat.
Debiterade SMS-delar: 341
"""


def make_smslog(path):
    with open(path, "w", encoding="utf-8", newline="\r\n") as fh:
        fh.write(SMSLOG)


# --------------------------------------------------------------------------
# 6. Excel printout – columns A–E on page 1, F–I on page 2
# --------------------------------------------------------------------------

ROWS = [
    # nr, hamn, sökande, kommun, åtgärd, sökt, beviljat, beslut, status
    (1, "Grankullavik", "Grankullaviks Båtklubb", "Borgholm", "Kajförstärkning", 200000, 200000, "2027-06-10", "Beviljad"),
    (2, "Byxelkrok", "Byxelkroks Hamnförening", "Borgholm", "Höjning av flytbryggor", 185000, 160000, "2027-06-10", "Beviljad delvis"),
    (3, "Sandvik", "Sandviks Samhällsförening", "Borgholm", "Laddpunkter elbåtar", 120000, 0, "2027-06-10", "Avslag – ej stödber. (RUN § 41 p. 4)"),
    (4, "Degerhamn", "Degerhamns Båtsällskap", "Mörbylånga", "Dagvatten, ytavrinning", 150000, 150000, "2027-06-10", "Beviljad"),
    (5, "Grönhögen", "Mörbylånga kommun", "Mörbylånga", "Elsäkerhet vid högvatten", 200000, 200000, "2027-06-10", "Beviljad"),
    (6, "Revsudden", "Revsuddens Båtklubb", "Kalmar", "Erosionsskydd", 95000, 95000, "2027-06-10", "Beviljad"),
    (7, "Stensö", "Stensö Båtsällskap", "Kalmar", "Kajreparation", 200000, 175000, "2027-06-24", "Beviljad delvis"),
    (8, "Pataholm", "Pataholms Hamnförening", "Mönsterås", "Kajförstärkning", 200000, 180000, "2027-06-10", "Beviljad delvis"),
    (9, "Timmernabben", "Timmernabbens Båtklubb", "Mönsterås", "Höjning av bryggor", 140000, 140000, "2027-06-10", "Beviljad"),
    (10, "Figeholm", "Figeholms Båtklubb", "Oskarshamn", "Kaj och landgång", 200000, 200000, "2027-06-10", "Beviljad"),
    (11, "Påskallavik", "Påskallaviks Hamnförening", "Oskarshamn", "Bryggor", 160000, 0, "2027-06-10", "Avslag – KRH saknas"),
    (12, "Loftahammar", "Loftahammars Båtklubb", "Västervik", "Kajförstärkning", 200000, 200000, "2027-06-10", "Beviljad"),
    (13, "Gamleby", "Gamleby Båtsällskap", "Västervik", "Dagvatten", 110000, 110000, "2027-06-24", "Beviljad"),
    (14, "Bergkvara", "Bergkvara Hamnförening", "Torsås", "Höjning av kaj", 200000, 190000, "2027-06-10", "Beviljad delvis"),
    (15, "Kårehamn", "Kårehamns Fiskelag", "Borgholm", "Elsäkerhet vid högvatten", 75000, 75000, "2027-06-10", "Beviljad"),
]
RAM = 3300000


def kr(n):
    s = "{:,}".format(n).replace(",", " ")
    return s


def make_sheet_pdf(path):
    W, H = A4
    c = new_canvas(path, "Hamncheckar_omg1_v7.xlsx", "Tobias Nyqvist", "Omg1_beslut")
    left = 50
    top = H - 70
    rh = 15.0
    rowhdr_w = 22
    pages = [
        [("A", 24), ("B", 78), ("C", 138), ("D", 70), ("E", 150)],
        [("F", 70), ("G", 70), ("H", 66), ("I", 190)],
    ]
    beviljat = sum(r[6] for r in ROWS)
    antal = len(ROWS)
    antal_bev = sum(1 for r in ROWS if r[6] > 0)

    # sheet contents: dict (row, col) -> (text, align, bold)
    cells = {}
    cells[(1, "A")] = ("Hamncheckar omgång 1 2027 – beslut och sammanställning", "overflow", True)
    cells[(2, "A")] = ("Uppdaterad 2027-09-20 av Tobias Nyqvist, tf. projektledare", "overflow", False)
    hdrs = {"A": "Nr", "B": "Hamn", "C": "Sökande", "D": "Kommun", "E": "Åtgärd (kort)",
            "F": "Sökt (kr)", "G": "Beviljat (kr)", "H": "Beslut", "I": "Status / anm."}
    for col, txt in hdrs.items():
        cells[(4, col)] = (txt, "left" if col not in "FG" else "right", True)
    r0 = 5
    for i, row in enumerate(ROWS):
        rr = r0 + i
        nr, hamn, sok, kom, atg, sokt, bev, beslut, status = row
        cells[(rr, "A")] = (str(nr), "right", False)
        cells[(rr, "B")] = (hamn, "left", False)
        cells[(rr, "C")] = (sok, "left", False)
        cells[(rr, "D")] = (kom, "left", False)
        cells[(rr, "E")] = (atg, "left", False)
        cells[(rr, "F")] = (kr(sokt), "right", False)
        cells[(rr, "G")] = (kr(bev), "right", False)
        cells[(rr, "H")] = (beslut, "left", False)
        cells[(rr, "I")] = (status, "left", False)
    last = r0 + len(ROWS) - 1          # 19
    s = last + 2                        # 21
    cells[(s, "B")] = ("Antal ansökningar", "overflow", True)
    cells[(s, "F")] = (str(antal), "right", False)
    cells[(s + 1, "B")] = ("varav beviljade", "overflow", False)
    cells[(s + 1, "F")] = (str(antal_bev), "right", False)
    cells[(s + 2, "B")] = ("Avsatt för hamncheckar (RUN 2027-03-24 § 41)", "overflow", False)
    cells[(s + 2, "G")] = (kr(RAM), "right", False)
    cells[(s + 3, "B")] = ("Summa beviljat omgång 1", "overflow", True)
    cells[(s + 3, "G")] = (kr(beviljat), "right", True)
    cells[(s + 4, "B")] = ("Kvar till omgång 2", "overflow", True)
    cells[(s + 4, "G")] = (kr(RAM - beviljat), "right", True)
    n = s + 6                           # 27
    # notes in column B that overflow across the page edge into F.. on page 2
    notes = [
        (n, "Anm 1: Omgång 2 öppnar 1 februari 2028 med samma villkor som omgång 1, om inte styrgrupp",
            "en beslutar annat (styrgruppen 2027-09-09 § 3)."),
        (n + 1, "Anm 2: Slutrapporten till RUN ska enligt styrgruppens beslut lämnas senast",
            "15 december 2028 (tidigare 30 november 2028). Styrgruppen 2027-09-09 § 4."),
        (n + 2, "Anm 3: Kontakt under Annika Berglunds föräldraledighet: Tobias Nyqvist, tf. proj",
            "ektledare, tfn 0480-84 51 31."),
        (n + 3, "Anm 4: Utbetalning och slutredovisning hanteras i separat flik (Omg1_redovisning).",
            ""),
    ]
    maxrow = n + 3
    light = Color(0.82, 0.82, 0.82)
    hdrfill = Color(0.93, 0.93, 0.93)
    tblfill = Color(0.86, 0.92, 0.97)

    for pi, cols in enumerate(pages):
        # Excel page header / footer
        c.setFont("Helvetica", 8)
        c.setFillColor(black)
        c.drawString(left, H - 40, "Region Kalmar län – Småhamnslyftet")
        c.drawCentredString(W / 2, H - 40, "Omg1_beslut")
        c.drawRightString(W - 50, H - 40, "Utskrivet 2027-09-20")
        c.drawString(left, 35, "Hamncheckar_omg1_v7.xlsx")
        c.drawCentredString(W / 2, 35, "Sida %d av 2" % (pi + 1))

        xs = [left + rowhdr_w]
        for _, w in cols:
            xs.append(xs[-1] + w)
        # column heading row (letters)
        y = top
        c.setFillColor(hdrfill)
        c.rect(left, y - rh, xs[-1] - left, rh, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica", 8)
        for (letter, w), x in zip(cols, xs):
            c.drawCentredString(x + w / 2, y - rh + 4, letter)
        # grid
        c.setStrokeColor(light)
        c.setLineWidth(0.4)
        total_h = rh * (maxrow + 1)
        for x in [left] + xs:
            c.line(x, top, x, top - total_h)
        for k in range(maxrow + 2):
            c.line(left, top - k * rh, xs[-1], top - k * rh)
        # row-heading column
        for rr in range(1, maxrow + 1):
            yy = top - rh * rr
            c.setFillColor(hdrfill)
            c.rect(left, yy - rh, rowhdr_w, rh, stroke=0, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica", 7.5)
            c.drawCentredString(left + rowhdr_w / 2, yy - rh + 4, str(rr))
        # table header fill
        c.setFillColor(tblfill)
        c.rect(xs[0], top - rh * 4 - rh, xs[-1] - xs[0], rh, stroke=0, fill=1)
        c.setFillColor(black)
        # cells
        colx = {letter: (x, w) for (letter, w), x in zip(cols, xs)}
        for rr in range(1, maxrow + 1):
            yy = top - rh * rr - rh + 4
            for letter, _w in cols:
                if (rr, letter) not in cells:
                    continue
                txt, align, bold = cells[(rr, letter)]
                x, w = colx[letter]
                font = "Helvetica-Bold" if bold else "Helvetica"
                size = 11 if rr == 1 else 8
                c.setFont(font, size)
                if align == "right":
                    c.drawRightString(x + w - 3, yy, txt)
                else:
                    c.drawString(x + 3, yy, txt)
            if pi == 0:
                for (nrow, p1, _p2) in notes:
                    if nrow == rr:
                        c.setFont("Helvetica", 8)
                        c.drawString(colx["B"][0] + 3, yy, p1)
            else:
                for (nrow, _p1, p2) in notes:
                    if nrow == rr and p2:
                        c.setFont("Helvetica", 8)
                        c.drawString(colx["F"][0], yy, p2)
        c.showPage()
    c.save()


# --------------------------------------------------------------------------


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(2)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    make_projektplan(os.path.join(out, "2027-01-15_Projektplan_Smahamnslyftet_v1.0.pdf"))
    make_protokoll(os.path.join(out, "2027-02-18_Protokoll_styrgrupp_1-2027.docx"))
    make_eml(os.path.join(out, "2027-03-25_Protokollsutdrag_RUN_2027-03-24_par41.eml"))
    make_newsletter(os.path.join(out, "2027-04-12_Nyhetsbrev_nr2.md"))
    make_smslog(os.path.join(out, "2027-05-11_SMS-utskickshistorik.txt"))
    make_sheet_pdf(os.path.join(out, "2027-09-20_Hamncheckar_omg1_sammanstallning.pdf"))
    for f in sorted(os.listdir(out)):
        print(f, os.path.getsize(os.path.join(out, f)))


if __name__ == "__main__":
    main()
