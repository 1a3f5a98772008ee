#!/usr/bin/env python3
"""r229 – test documents for the project "Sundhamnar 2030" (Region Kalmar län).

Usage: python r229_make_files.py OUT_DIR

Deterministic: no clock, no randomness, fixed metadata, fixed ZIP timestamps.
Six documents that update each other over time (oldest first):

 1. sundhamnar_projektplan_v1.0_2025-11-14.pdf   (PDF, fake small caps + amounts in tkr)
 2. styrgruppen_protokoll_2026-01-22.docx        (DOCX, horizontally merged cells / gridSpan)
 3. SUND-14_upphandling_bokningsplattform_jira.txt (TXT, Jira wiki markup, -struck- values)
 4. sundhamnar-nytt_nr2_maj2026.pdf              (PDF, articles jumping across pages)
 5. kajplats_README.md                           (MD, stale shields.io badges)
 6. sundhamnar_mejlmapp_export_2026-10.txt       (TXT, Thunderbird mbox, out of order, >From)
"""
import io
import os
import sys
import zipfile
import datetime as dt
from email.utils import format_datetime
from email.header import Header

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.utils import simpleSplit
from reportlab.lib import colors

import docx
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

FIXED = dt.datetime(2026, 1, 1, 12, 0, 0)


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------
def new_canvas(path, title, author, subject):
    c = canvas.Canvas(path, pagesize=A4, invariant=1, pageCompression=0)
    c.setTitle(title)
    c.setAuthor(author)
    c.setSubject(subject)
    c.setCreator("Microsoft Word för Microsoft 365")
    c.setProducer("Microsoft Word för Microsoft 365")
    return c


def wrap_draw(c, text, x, y, width, font="Helvetica", size=10, leading=None):
    """Draw wrapped paragraph, return new y."""
    leading = leading or size * 1.35
    c.setFont(font, size)
    for line in simpleSplit(text, font, size, width):
        c.drawString(x, y, line)
        y -= leading
    return y


def smallcaps(c, x, y, text, size, font="Helvetica-Bold", ratio=0.76):
    """Fake small caps the way some layout tools do it: every word's first
    letter at full size, the rest upper-cased at a smaller size, each piece a
    separate text object. Returns x after the text."""
    small = size * ratio
    words = text.split(" ")
    for wi, w in enumerate(words):
        if wi:
            x += stringWidth(" ", font, size)
        if not w:
            continue
        first, rest = w[0], w[1:]
        if first.isalpha():
            c.setFont(font, size)
            c.drawString(x, y, first.upper())
            x += stringWidth(first.upper(), font, size)
        else:
            c.setFont(font, size)
            c.drawString(x, y, first)
            x += stringWidth(first, font, size)
        if rest:
            c.setFont(font, small)
            c.drawString(x, y, rest.upper())
            x += stringWidth(rest.upper(), font, small)
    return x


def fixed_zip(src_bytes, dst_path):
    """Re-zip an OOXML package with fixed timestamps and a fixed order."""
    zin = zipfile.ZipFile(io.BytesIO(src_bytes))
    names = zin.namelist()
    order = ["[Content_Types].xml"] + [n for n in names if n != "[Content_Types].xml"]
    with zipfile.ZipFile(dst_path, "w", zipfile.ZIP_DEFLATED) as zout:
        for n in order:
            info = zipfile.ZipInfo(n, date_time=(2026, 1, 22, 15, 4, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, zin.read(n))


# --------------------------------------------------------------------------
# 1. Projektplan v1.0 (PDF) – fake small caps, amounts in tkr
# --------------------------------------------------------------------------
def make_plan(out):
    path = os.path.join(out, "sundhamnar_projektplan_v1.0_2025-11-14.pdf")
    c = new_canvas(path, "Projektplan Sundhamnar 2030 v1.0", "Malin Ekström",
                   "Projektplan, dnr RUN 2025/1187")
    W, H = A4
    L, R = 62, W - 62
    TW = R - L
    total_pages = 3

    def frame(pno):
        c.setFillColor(colors.HexColor("#1F4E79"))
        smallcaps(c, L, H - 40, "Sundhamnar 2030 – Projektplan", 9, font="Helvetica")
        c.setFont("Helvetica", 8)
        c.drawRightString(R, H - 40, "Version 1.0 · 2025-11-14")
        c.setStrokeColor(colors.HexColor("#1F4E79"))
        c.line(L, H - 46, R, H - 46)
        c.line(L, 48, R, 48)
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 8)
        c.drawString(L, 36, "Region Kalmar län · Regional utveckling · Dnr RUN 2025/1187")
        c.drawRightString(R, 36, "Sida %d (%d)" % (pno, total_pages))

    def heading(y, num, text):
        c.setFillColor(colors.HexColor("#1F4E79"))
        c.setFont("Helvetica-Bold", 13)
        c.drawString(L, y, num)
        smallcaps(c, L + 26, y, text, 13)
        c.setFillColor(colors.black)
        return y - 22

    def para(y, text, size=10):
        return wrap_draw(c, text, L, y, TW, size=size) - 6

    # ---- page 1
    frame(1)
    y = H - 95
    c.setFont("Helvetica", 10)
    c.drawString(L, y, "Region Kalmar län · Regional utveckling")
    y -= 34
    c.setFillColor(colors.HexColor("#1F4E79"))
    smallcaps(c, L, y, "Projektplan", 26)
    y -= 30
    c.setFillColor(colors.black)
    c.setFont("Helvetica-Bold", 15)
    c.drawString(L, y, "Sundhamnar 2030 – gemensam service och bokning")
    y -= 19
    c.drawString(L, y, "i gästhamnarna kring Kalmarsund")
    y -= 26
    c.setFont("Helvetica", 10)
    c.drawString(L, y, "Version 1.0 · 2025-11-14 · Fastställd av regional utvecklingsdirektör 2025-11-20")
    y -= 36

    y = heading(y, "1", "Bakgrund och syfte")
    y = para(y, "Gästhamnarna kring Kalmarsund och på Öland drivs av kommuner, hamnföreningar och "
                "privata aktörer med mycket olika servicenivå. Båtgäster möter olika bokningssätt, "
                "olika betalningslösningar och varierande information. Projektet Sundhamnar 2030 ska "
                "ta fram en gemensam miniminivå för service, en gemensam digital bokning och ett "
                "stöd till hamnföreningar som vill höja sin standard.")
    y = para(y, "Projektet ägs av Region Kalmar län och genomförs tillsammans med de deltagande "
                "kommunerna och hamnföreningarna.")
    y -= 6
    y = heading(y, "2", "Begrepp och förkortningar")
    rows = [
        ("GHS", "Gemensam hamnservicestandard – en miniminivå för service i gästhamnarna "
                "(el, vatten, sophantering, toaletter och digital bokning) i tre nivåer, 1–3."),
        ("Kajplats", "Arbetsnamn på den gemensamma bokningsplattformen för gästplatser."),
        ("Hamnlyftet", "Stöd till hamnföreningar för att nå GHS nivå 2."),
        ("Pilothamn", "Gästhamn som ansluts först till Kajplats och testar bokningen."),
    ]
    for term, desc in rows:
        c.setFont("Helvetica-Bold", 10)
        c.drawString(L, y, term)
        y = wrap_draw(c, desc, L + 80, y, TW - 80, size=10) - 4
    y -= 8
    y = heading(y, "3", "Deltagande kommuner")
    y = para(y, "I projektet deltar fem kommuner: Borgholm, Mörbylånga, Kalmar, Mönsterås och "
                "Oskarshamn. Fler kustkommuner i länet kan ansluta under projekttiden efter beslut "
                "i styrgruppen.")
    c.showPage()

    # ---- page 2
    frame(2)
    y = H - 80
    y = heading(y, "4", "Aktiviteter och tidplan")
    c.setFont("Helvetica-Bold", 10.5)
    c.drawString(L, y, "4.1 Kickoff")
    y -= 15
    y = para(y, "Projektet startar med en gemensam kickoff för kommuner, hamnföreningar och "
                "näringsliv den 12 mars 2026 i Borgholm.")
    c.setFont("Helvetica-Bold", 10.5)
    c.drawString(L, y, "4.2 Bokningsplattform (Kajplats)")
    y -= 15
    y = para(y, "En gemensam bokningsplattform upphandlas under första kvartalet 2026. En pilot "
                "genomförs sommaren 2026 i tre pilothamnar: Borgholm, Grankullavik och Kalmar "
                "gästhamn. Övriga hamnar ansluts 2027.")
    c.setFont("Helvetica-Bold", 10.5)
    c.drawString(L, y, "4.3 Hamnlyftet")
    y -= 15
    y = para(y, "Hamnföreningar kan söka stöd för investeringar som behövs för att nå GHS nivå 2. "
                "Stödet är högst 150 000 kr per hamn och förutsätter 50 procent egen insats.")
    c.setFont("Helvetica-Bold", 10.5)
    c.drawString(L, y, "4.4 Hamndagen")
    y -= 15
    y = para(y, "En gemensam Hamndag för allmänheten arrangeras i mitten av augusti 2026. Plats "
                "bestäms av styrgruppen.")
    y -= 6
    y = heading(y, "5", "Budget")
    y = para(y, "Budgeten avser hela projektperioden. Kommunernas insats fördelas lika mellan de "
                "fem kommunerna.")
    # table – unit only in the column header
    cols = [L, L + 250, L + 340]
    c.setFillColor(colors.HexColor("#DCE6F1"))
    c.rect(L, y - 4, TW, 16, stroke=0, fill=1)
    c.setFillColor(colors.black)
    c.setFont("Helvetica-Bold", 10)
    c.drawString(cols[0] + 4, y, "Finansiär")
    c.drawRightString(cols[1] + 70, y, "Belopp, tkr")
    c.drawRightString(R - 4, y, "Andel")
    y -= 18
    data = [("Region Kalmar län", "1 900", "50 %"),
            ("Kommunerna (5 × 228)", "1 140", "30 %"),
            ("Hamnföreningar (privat medfinansiering)", "760", "20 %"),
            ("Summa", "3 800", "100 %")]
    for i, (a, b, d) in enumerate(data):
        font = "Helvetica-Bold" if a == "Summa" else "Helvetica"
        c.setFont(font, 10)
        c.drawString(cols[0] + 4, y, a)
        c.drawRightString(cols[1] + 70, y, b)
        c.drawRightString(R - 4, y, d)
        c.setStrokeColor(colors.HexColor("#A6A6A6"))
        c.line(L, y - 5, R, y - 5)
        y -= 17
    y -= 10
    y = para(y, "Kostnaderna fördelas på personal (projektledning 1,0 årsarbetskraft), "
                "bokningsplattform, Hamnlyftet och kommunikation.", size=9)
    c.showPage()

    # ---- page 3
    frame(3)
    y = H - 80
    y = heading(y, "6", "Projektorganisation")
    c.setFont("Helvetica", 10)
    c.drawString(L, y, "Styrgruppens ordförande:")
    xe = smallcaps(c, L + 150, y, "Anders Holm", 10, font="Helvetica")
    c.setFont("Helvetica", 10)
    c.drawString(xe, y, ", Region Kalmar län")
    y -= 16
    c.drawString(L, y, "Projektledare:")
    xe = smallcaps(c, L + 150, y, "Malin Ekström", 10, font="Helvetica")
    c.setFont("Helvetica", 10)
    c.drawString(xe, y, ", Regional utveckling")
    y -= 20
    y = para(y, "Styrgruppen består av en representant per deltagande kommun, en representant för "
                "hamnföreningarna och ordföranden. Styrgruppen sammanträder minst fyra gånger per år.")
    y -= 6
    y = heading(y, "7", "Projektperiod och rapportering")
    y = para(y, "Projektperioden är 1 februari 2026 – 31 december 2027. Lägesrapport lämnas till "
                "regionala utvecklingsnämnden varje halvår. Slutrapporten ska lämnas senast den "
                "31 januari 2028.")
    y -= 6
    y = heading(y, "8", "Uppföljning")
    y = para(y, "Projektet följs upp med indikatorerna antal hamnar som når GHS nivå 2, antal "
                "anslutna båtplatser i Kajplats och båtgästernas nöjdhet (enkät efter säsong).")
    c.showPage()
    c.save()
    return path


# --------------------------------------------------------------------------
# 2. Styrgruppsprotokoll 2026-01-22 (DOCX) – horizontally merged cells
# --------------------------------------------------------------------------
def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, align=None, size=10):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)
    if align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def make_protocol(out):
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Malin Ekström"
    cp.last_modified_by = "Karin Berg"
    cp.title = "Protokoll styrgruppen Sundhamnar 2030 2026-01-22"
    cp.subject = "Sundhamnar 2030"
    cp.created = dt.datetime(2026, 1, 22, 13, 0, 0)
    cp.modified = dt.datetime(2026, 1, 27, 9, 30, 0)
    cp.last_printed = dt.datetime(2026, 1, 27, 9, 31, 0)
    cp.revision = 4
    cp.keywords = "styrgrupp; protokoll"
    cp.comments = ""

    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)

    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)

    p = d.add_paragraph()
    r = p.add_run("REGION KALMAR LÄN")
    r.bold = True
    r.font.size = Pt(9)
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    d.add_heading("Protokoll – Styrgruppen för Sundhamnar 2030", level=1)
    d.add_paragraph("Datum: 2026-01-22, kl. 13.00–15.30\nPlats: Regionens hus, Kalmar, "
                    "rum Ölandsbron samt Teams\nDnr: RUN 2025/1187")

    # attendance table with merged header across two columns
    t = d.add_table(rows=7, cols=3)
    t.style = "Table Grid"
    hdr = t.cell(0, 0).merge(t.cell(0, 1))
    set_cell(hdr, "Närvarande ledamöter", bold=True)
    shade(hdr, "DCE6F1")
    set_cell(t.cell(0, 2), "Roll", bold=True)
    shade(t.cell(0, 2), "DCE6F1")
    people = [("Anders Holm", "Region Kalmar län", "Ordförande"),
              ("Karin Berg", "Mönsterås kommun", "Ledamot, justerare"),
              ("Per Nyström", "Borgholms kommun", "Ledamot"),
              ("Sara Lind", "Kalmar kommun", "Ledamot"),
              ("Eva Håkansson", "Hamnföreningarna i Kalmarsund", "Ledamot")]
    for i, (n, o, roll) in enumerate(people, start=1):
        set_cell(t.cell(i, 0), n)
        set_cell(t.cell(i, 1), o)
        set_cell(t.cell(i, 2), roll)
    m = t.cell(6, 0).merge(t.cell(6, 2))
    set_cell(m, "Övriga: Malin Ekström, projektledare (sekreterare). Förhinder: Mörbylånga "
                "och Oskarshamn.", size=9)

    d.add_heading("§ 1 Mötets öppnande", level=2)
    d.add_paragraph("Ordföranden Anders Holm öppnade mötet och hälsade välkommen.")
    d.add_heading("§ 2 Val av justerare", level=2)
    d.add_paragraph("Karin Berg, Mönsterås kommun, utsågs att jämte ordföranden justera protokollet.")

    d.add_heading("§ 3 Kickoff", level=2)
    d.add_paragraph("Lokalen i Borgholm som var bokad för kickoffen den 12 mars 2026 är inte "
                    "tillgänglig. Projektledaren föreslog ny dag och plats.")
    d.add_paragraph("Styrgruppen beslutar att kickoffen hålls torsdagen den 19 mars 2026 i "
                    "Hamnmagasinet i Kalmar.")

    d.add_heading("§ 4 Torsås kommun ansluter", level=2)
    d.add_paragraph("Torsås kommun har begärt att få delta i projektet och bidrar med 190 000 kr i "
                    "medfinansiering. Styrgruppen beslutar att Torsås kommun ansluter till "
                    "projektet från och med den 1 februari 2026. Projektet omfattar därmed sex "
                    "kommuner.")

    d.add_heading("§ 5 Reviderad budget", level=2)
    d.add_paragraph("Med Torsås insats och ett tillskott från Region Kalmar län för utökad "
                    "upphandling av bokningsplattformen föreslås följande budget:")
    b = d.add_table(rows=7, cols=4)
    b.style = "Table Grid"
    set_cell(b.cell(0, 0), "Finansiär", bold=True)
    shade(b.cell(0, 0), "DCE6F1")
    mh = b.cell(0, 1).merge(b.cell(0, 3))
    set_cell(mh, "Belopp i kronor", bold=True, align="center")
    shade(mh, "DCE6F1")
    set_cell(b.cell(1, 0), "")
    for j, h in enumerate(["Enligt projektplan", "Förändring", "Reviderad budget"], start=1):
        set_cell(b.cell(1, j), h, bold=True, align="right")
    rows = [("Region Kalmar län", "1 900 000", "+260 000", "2 160 000"),
            ("Kommunerna", "1 140 000", "+190 000", "1 330 000")]
    for i, row in enumerate(rows, start=2):
        for j, v in enumerate(row):
            set_cell(b.cell(i, j), v, align=None if j == 0 else "right")
    set_cell(b.cell(4, 0), "Hamnföreningar (privat)")
    set_cell(b.cell(4, 1), "760 000", align="right")
    hm = b.cell(4, 2).merge(b.cell(4, 3))
    set_cell(hm, "oförändrad", align="center")
    for j, v in enumerate(["Summa", "3 800 000", "+450 000", "4 250 000"]):
        set_cell(b.cell(5, j), v, bold=True, align=None if j == 0 else "right")
    dm = b.cell(6, 0).merge(b.cell(6, 3))
    set_cell(dm, "Beslut: Styrgruppen fastställer den reviderade budgeten om 4 250 000 kr.",
             bold=True)
    shade(dm, "FFF2CC")

    d.add_heading("§ 6 Hamnlyftet", level=2)
    d.add_paragraph("Flera hamnföreningar har påpekat att taket i projektplanen inte räcker för "
                    "el-utbyggnad på gästbryggor.")
    h = d.add_table(rows=2, cols=3)
    h.style = "Table Grid"
    hm2 = h.cell(0, 0).merge(h.cell(0, 2))
    set_cell(hm2, "Hamnlyftet – stöd per hamn", bold=True, align="center")
    shade(hm2, "DCE6F1")
    set_cell(h.cell(1, 0), "Tidigare tak: högst 150 000 kr")
    set_cell(h.cell(1, 1), "Nytt tak: högst 200 000 kr")
    set_cell(h.cell(1, 2), "Egen insats: 50 procent")
    d.add_paragraph("Styrgruppen beslutar att höja taket för Hamnlyftet enligt tabellen ovan.")

    d.add_heading("§ 7 Hamndagen 2026", level=2)
    d.add_paragraph("Styrgruppen beslutar att Hamndagen 2026 hålls lördagen den 15 augusti 2026 "
                    "i Byxelkrok.")

    d.add_heading("§ 8 Nästa möte", level=2)
    d.add_paragraph("Torsdagen den 16 april 2026 kl. 13.00, Teams.")

    d.add_paragraph("")
    sig = d.add_table(rows=2, cols=2)
    set_cell(sig.cell(0, 0), "Vid protokollet")
    set_cell(sig.cell(0, 1), "Justeras")
    set_cell(sig.cell(1, 0), "Malin Ekström")
    set_cell(sig.cell(1, 1), "Anders Holm                    Karin Berg")

    buf = io.BytesIO()
    d.save(buf)
    path = os.path.join(out, "styrgruppen_protokoll_2026-01-22.docx")
    fixed_zip(buf.getvalue(), path)
    return path


# --------------------------------------------------------------------------
# 3. Jira issue export (TXT) – wiki markup, -strike-
# --------------------------------------------------------------------------
JIRA = """\
[SUND-14] Upphandling bokningsplattform (Kajplats) – pilot 2026
Skapad: 2026-02-09 10:12   Uppdaterad: 2026-03-30 16:41   Löst: 2026-03-30 16:41

Status: Klar                      Lösning: Klar
Typ: Uppgift                      Prioritet: Hög
Tilldelad: Malin Ekström          Rapportör: Malin Ekström
Projekt: Sundhamnar 2030 (SUND)   Komponent/er: Bokning
Etiketter: upphandling pilot2026 kajplats
Förfallodatum: 2026-03-31

Beskrivning
h2. Bakgrund
Enligt projektplanen (avsnitt 4.2) ska en gemensam bokningsplattform för gästplatser upphandlas under Q1 2026 och testas i tre pilothamnar sommaren 2026.

h2. Sammanfattning av upphandlingen
||Post||Värde||
|Upphandlingsform|Direktupphandling (LOU 19 kap.)|
|Leverantör|-Marinsoft AB- *Bryggdata Sydost AB*|
|Avtal signerat|-20 mars 2026- 27 mars 2026|
|Avtalsvärde|485 000 kr exkl. moms (2026-2027), option 2028|
|Driftstart pilot|-1 maj 2026- 15 maj 2026|
|Pilothamnar|Borgholm, -Grankullavik- Byxelkrok, Kalmar gästhamn|
|Bokningsavgift|20 kr per bokning, betalas av gästen|
|Betalning|Kort och Swish (Swish-integration levereras i etapp 2)|

h2. Att göra
- -Kravspecifikation klar- (klar 2026-02-20)
- -Annonsering på regionens webb- (klar 2026-02-23)
- Avtal signerat
- Starta projektmöte med leverantören v. 14

{color:#de350b}*OBS:* Avtalet ska diarieföras under RUN 2025/1187, inte under IT-avdelningens diarium.{color}

Bilagor
kravspec_kajplats_v3.docx   84 kB   2026-02-20
utvardering_anbud_kajplats.xlsx   31 kB   2026-03-16

Aktivitet – Kommentarer (äldsta först)

Malin Ekström lade till en kommentar – 2026-03-05 11:20
Två anbud inkomna: Marinsoft AB och Bryggdata Sydost AB. Utvärdering pågår, se bilaga.

Malin Ekström lade till en kommentar – 2026-03-12 14:03
Marinsoft AB har dragit tillbaka sitt anbud:
{quote}
Vi kan tyvärr inte leverera Swish-integrationen inom önskad tid och drar därför tillbaka vårt anbud.
{quote}
Vi går vidare med Bryggdata Sydost AB. Planerad signering 20 mars.

Per Nyström lade till en kommentar – 2026-03-13 08:47
[~malin.ekstrom] Grankullavik kan inte vara pilothamn i år – gästbryggan ska renoveras. Förslag: Byxelkrok i stället, de har redan el på bryggan.

Malin Ekström lade till en kommentar – 2026-03-13 09:15
Ok, Byxelkrok blir pilothamn. Uppdaterat beskrivningen.

Johan Lindqvist lade till en kommentar – 2026-03-27 15:58
Avtalet med Bryggdata Sydost AB är signerat idag (27 mars), juristen ville ha en vecka till för personuppgiftsbiträdesavtalet. Driftstart för piloten flyttas därför till 15 maj.

Malin Ekström ändrade Status från Pågår till Klar – 2026-03-30 16:41
"""


def make_jira(out):
    path = os.path.join(out, "SUND-14_upphandling_bokningsplattform_jira.txt")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(JIRA)
    return path


# --------------------------------------------------------------------------
# 4. Nyhetsbrev nr 2/2026 (PDF) – articles continued on later pages
# --------------------------------------------------------------------------
def make_newsletter(out):
    path = os.path.join(out, "sundhamnar-nytt_nr2_maj2026.pdf")
    c = new_canvas(path, "Sundhamnar-nytt nr 2 2026", "Region Kalmar län",
                   "Nyhetsbrev för projektet Sundhamnar 2030")
    c.setCreator("Adobe InDesign 20.2 (Windows)")
    c.setProducer("Adobe PDF Library 17.0")
    W, H = A4
    L, R = 56, W - 56
    TW = R - L
    NAVY = colors.HexColor("#12355B")

    def masthead(pno, big=False):
        if big:
            c.setFillColor(NAVY)
            c.rect(0, H - 120, W, 120, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont("Helvetica-Bold", 30)
            c.drawString(L, H - 70, "Sundhamnar-nytt")
            c.setFont("Helvetica", 11)
            c.drawString(L, H - 95, "Nyhetsbrev från projektet Sundhamnar 2030 · Region Kalmar län")
            c.drawRightString(R, H - 70, "Nr 2 · 12 maj 2026")
        else:
            c.setFillColor(NAVY)
            c.setFont("Helvetica-Bold", 9)
            c.drawString(L, H - 36, "Sundhamnar-nytt nr 2 · maj 2026")
            c.setStrokeColor(NAVY)
            c.line(L, H - 42, R, H - 42)
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 8)
        c.drawCentredString(W / 2, 30, str(pno))

    def headline(y, text, size=17):
        c.setFillColor(NAVY)
        c.setFont("Helvetica-Bold", size)
        c.drawString(L, y, text)
        c.setFillColor(colors.black)
        return y - size - 8

    def body(y, text, size=10.5, font="Helvetica"):
        return wrap_draw(c, text, L, y, TW, font=font, size=size) - 7

    def jump(y, text):
        c.setFont("Helvetica-BoldOblique", 9.5)
        c.setFillColor(colors.HexColor("#C00000"))
        c.drawRightString(R, y, text)
        c.setFillColor(colors.black)
        return y - 22

    def rule(y):
        c.setStrokeColor(colors.HexColor("#BFBFBF"))
        c.line(L, y, R, y)
        return y - 26

    # ---- page 1
    masthead(1, big=True)
    y = H - 160
    y = headline(y, "Nu startar bokningspiloten i Kajplats", 20)
    y = body(y, "I maj öppnar Kajplats, den gemensamma bokningen för gästplatser kring "
                "Kalmarsund. Båtgäster kan då boka och betala sin plats i mobilen, dygnet runt, "
                "i tre pilothamnar. Plattformen levereras av Bryggdata Sydost AB efter en "
                "direktupphandling i vintras.", font="Helvetica-Bold", size=11)
    y = body(y, "– Det här är det som båtgästerna har efterfrågat mest, säger projektledaren "
                "Malin Ekström. I dag ringer man runt till hamnkaptenerna och hoppas på det bästa.")
    y = body(y, "I projektplanen var det Borgholm, Grankullavik och Kalmar gästhamn som skulle "
                "gå först. Men när upphandlingen var klar i mars stod det klart att")
    y = jump(y, "» Fortsättning på sidan 3")
    y = rule(y)
    y = headline(y, "Fullt hus på kickoffen i Kalmar")
    y = body(y, "Kickoffen torsdagen den 19 mars i Hamnmagasinet i Kalmar samlade 64 deltagare "
                "från kommuner, hamnföreningar och besöksnäring. Kickoffen flyttades i januari "
                "från Borgholm eftersom lokalen där inte var tillgänglig.")
    y = body(y, "Under eftermiddagen arbetade deltagarna i grupper med GHS, den gemensamma "
                "hamnservicestandarden, och med vad en båtgäst ska kunna förvänta sig i varje "
                "hamn. Presentationerna finns på projektets sida på regionens webbplats.")
    c.showPage()

    # ---- page 2
    masthead(2)
    y = H - 80
    y = headline(y, "Johan Lindqvist blir tf. projektledare")
    y = body(y, "Malin Ekström går på föräldraledighet i sommar. Från och med den 1 juni 2026 är "
                "Johan Lindqvist tillförordnad projektledare för Sundhamnar 2030. Johan har "
                "arbetat på Regional utveckling sedan 2021, senast med besöksnäringsfrågor, och "
                "har varit med i upphandlingen av Kajplats.")
    y = body(y, "Johan nås på 0480-44 83 17 eller johan.lindqvist@regionkalmar.example.")
    y = rule(y)
    y = headline(y, "Sök Hamnlyftet – nu med högre tak")
    y = body(y, "Hamnföreningar som vill nå GHS nivå 2 kan söka stöd ur Hamnlyftet. Styrgruppen "
                "höjde i januari taket till högst 200 000 kr per hamn. Föreningen ska själv stå för "
                "halva kostnaden.")
    y = body(y, "Sista ansökningsdag är den 30 september 2026. Ansökan görs via regionens "
                "e-tjänst för projektstöd.")
    y = rule(y)
    y = headline(y, "Torsås med från start")
    y = body(y, "Torsås kommun anslöt till projektet den 1 februari. Sundhamnar 2030 omfattar nu "
                "sex kommuner: Borgholm, Kalmar, Mönsterås, Mörbylånga, Oskarshamn och Torsås.")
    c.showPage()

    # ---- page 3
    masthead(3)
    y = H - 80
    y = headline(y, "Hamndagen flyttas en vecka")
    y = body(y, "Hamndagen 2026 flyttas från den 15 augusti till lördagen den 22 augusti 2026. "
                "Platsen är som tidigare Byxelkrok på norra Öland. Skälet är att det ursprungliga "
                "datumet krockade med Borgholms hamnfestival.")
    y = body(y, "Programmet med prova-på-segling, hamnkrog och information om Kajplats kommer i "
                "nästa nummer.")
    y = rule(y)
    y = headline(y, "Bokningspiloten", 14)
    c.setFont("Helvetica-Oblique", 9.5)
    c.drawString(L, y + 6, "Fortsättning från sidan 1")
    y -= 12
    y = body(y, "listan måste ändras: Grankullavik ersätts av Byxelkrok, eftersom gästbryggan i "
                "Grankullavik ska renoveras under 2026. Pilothamnarna är alltså Borgholm, "
                "Byxelkrok och Kalmar gästhamn.")
    y = body(y, "Avtalet med Bryggdata Sydost AB skrevs under den 27 mars. Driftstart är "
                "planerad till den 15 maj. Övriga hamnar i de deltagande kommunerna ansluts "
                "under 2027.")
    c.showPage()

    # ---- page 4
    masthead(4)
    y = H - 80
    y = headline(y, "Kalender")
    cal = [("15 maj", "Planerad driftstart för Kajplats i pilothamnarna"),
           ("1 juni", "Johan Lindqvist tillträder som tf. projektledare"),
           ("22 aug", "Hamndagen i Byxelkrok (nytt datum)"),
           ("30 sep", "Sista ansökningsdag Hamnlyftet"),
           ("17 sep", "Styrgruppsmöte")]
    for d_, t_ in cal:
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(L, y, d_)
        c.setFont("Helvetica", 10.5)
        c.drawString(L + 70, y, t_)
        y -= 18
    y -= 10
    y = rule(y)
    y = headline(y, "Kontakt", 13)
    y = body(y, "Sundhamnar 2030 ägs av Region Kalmar län, Regional utveckling. "
                "Ansvarig utgivare: Lena Sjögren.")
    c.showPage()
    c.save()
    return path


# --------------------------------------------------------------------------
# 5. README.md for the booking platform – stale shields.io badges
# --------------------------------------------------------------------------
README = """\
# Kajplats – gemensam bokning för gästhamnar i Kalmar län

[![status](https://img.shields.io/badge/status-pilot%20planerad-yellow)](https://git.regionkalmar.example/sundhamnar/kajplats/-/milestones/2)
[![driftstart](https://img.shields.io/badge/driftstart-15%20maj%202026-blue)](https://git.regionkalmar.example/sundhamnar/kajplats/-/milestones/2)
[![pilothamnar](https://img.shields.io/badge/pilothamnar-Borgholm%20%7C%20Grankullavik%20%7C%20Kalmar-informational)](#pilothamnar)
[![avgift](https://img.shields.io/badge/bokningsavgift-20%20kr-lightgrey)](#avgifter)
[![licens](https://img.shields.io/badge/licens-EUPL--1.2-green)](LICENSE)

Kajplats är bokningsplattformen i projektet **Sundhamnar 2030** som Region Kalmar län driver
tillsammans med kustkommunerna och hamnföreningarna. Båtgäster bokar och betalar gästplats i
mobilen; hamnkaptenen ser beläggningen i realtid.

## Status

Kajplats är i drift sedan 27 maj 2026 i tre pilothamnar. Driftstarten sköts upp från 15 maj
eftersom Swish-integrationen inte var färdigtestad.

## Pilothamnar

| Hamn            | Kommun    | Anslutna båtplatser | GHS-nivå | Status  |
|-----------------|-----------|--------------------:|:--------:|---------|
| Borgholm        | Borgholm  | 140                 | 2        | I drift |
| Byxelkrok       | Borgholm  | 52                  | 1        | I drift |
| Kalmar gästhamn | Kalmar    | 120                 | 2        | I drift |
| **Summa**       |           | **312**             |          |         |

Övriga hamnar i de deltagande kommunerna ansluts under 2027.

## Avgifter

Bokningsavgiften är 25 kr per bokning och betalas av gästen. Avgiften höjdes från 20 kr
den 1 juni 2026 (se ärende #42). Hamnavgiften sätter varje hamn själv.

## Kom igång (utveckling)

```bash
git clone https://git.regionkalmar.example/sundhamnar/kajplats.git
cd kajplats
cp .env.example .env   # SWISH_CERT och HAMN_API_KEY
docker compose up -d
```

Kajplats utvecklas av Bryggdata Sydost AB på uppdrag av Region Kalmar län.

## Kontakt

* Tf. projektledare: Johan Lindqvist, Region Kalmar län
* Teknisk förvaltning: Bryggdata Sydost AB, support via ärendehanteringen

Senast uppdaterad: 2026-06-15
"""


def make_readme(out):
    path = os.path.join(out, "kajplats_README.md")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(README)
    return path


# --------------------------------------------------------------------------
# 6. Thunderbird mbox export saved as .txt – not in date order, >From escaping
# --------------------------------------------------------------------------
TZ = dt.timezone(dt.timedelta(hours=2))


def mbox_msg(stored, sent, frm, to, subject, msgid, body, cc=None, inreply=None):
    """stored: when the message was put into the folder (Thunderbird's From_ line)."""
    lines = ["From - " + stored.strftime("%a %b %d %H:%M:%S %Y"),
             "X-Mozilla-Status: 0001",
             "X-Mozilla-Status2: 00000000",
             "Date: " + format_datetime(sent),
             "From: " + frm,
             "To: " + to]
    if cc:
        lines.append("Cc: " + cc)
    lines += ["Subject: " + Header(subject, "utf-8", maxlinelen=76,
                                   header_name="Subject").encode(),
              "Message-ID: <" + msgid + ">"]
    if inreply:
        lines += ["In-Reply-To: <" + inreply + ">", "References: <" + inreply + ">"]
    lines += ["MIME-Version: 1.0",
              "Content-Type: text/plain; charset=UTF-8; format=fixed",
              "Content-Transfer-Encoding: 8bit",
              "Content-Language: sv-SE",
              ""]
    out = []
    for bl in body.split("\n"):
        # mboxrd escaping
        s = bl
        k = 0
        while k < len(s) and s[k] == ">":
            k += 1
        if s[k:].startswith("From "):
            s = ">" + s
        out.append(s)
    return "\n".join(lines + out) + "\n\n"


JOHAN = "Johan Lindqvist <johan.lindqvist@regionkalmar.example>"
STYR = ("Sundhamnar styrgrupp <sundhamnar-styrgrupp@regionkalmar.example>")
SIG = ("\n-- \nJohan Lindqvist\nTf. projektledare Sundhamnar 2030\nRegion Kalmar län, "
       "Regional utveckling\n0480-44 83 17")


def make_mbox(out):
    m1 = mbox_msg(
        dt.datetime(2026, 9, 18, 9, 12, 51), dt.datetime(2026, 9, 18, 9, 12, 44, tzinfo=TZ),
        JOHAN, STYR,
        "Beslut från styrgruppen 17 september – förlängning och ny budget",
        "a81c2e40-0918@regionkalmar.example",
        "Hej alla,\n\n"
        "Här är en sammanfattning av besluten från styrgruppsmötet i går, torsdagen den\n"
        "17 september 2026. Protokollet justeras nästa vecka.\n\n"
        "1. Projektet förlängs till den 31 mars 2028. Slutrapporten ska lämnas senast\n"
        "   den 30 april 2028.\n"
        "2. Totalbudgeten höjs från 4 250 000 kr till 4 650 000 kr. Ökningen på\n"
        "   400 000 kr finansieras av Region Kalmar län, vars insats därmed blir\n"
        "   2 560 000 kr.\n"
        "3. Västerviks kommun ansluter till projektet den 1 januari 2027. Projektet\n"
        "   omfattar därmed sju kommuner: Borgholm, Kalmar, Mönsterås, Mörbylånga,\n"
        "   Oskarshamn, Torsås och Västervik.\n"
        "4. Anders Holm går i pension och lämnar styrgruppen. Lena Sjögren, Region\n"
        "   Kalmar län, blir ny ordförande och tillträder direkt.\n\n"
        "Skälen till förlängningen är att Swish-integrationen i Kajplats försenade\n"
        "piloten och att Västervik ska hinna anslutas innan projektet slutar.\n\n"
        "Hälsningar\nJohan" + SIG)
    m3 = mbox_msg(
        dt.datetime(2026, 9, 22, 14, 2, 10), dt.datetime(2026, 9, 22, 14, 1, 37, tzinfo=TZ),
        "Karin Berg <karin.berg@monsteras.example>", JOHAN,
        "Hamnlyftet – gäller 30 september?",
        "5f0d11aa-0922@monsteras.example",
        "Hej Johan!\n\n"
        "Gäller sista ansökningsdag 30 september för Hamnlyftet fortfarande? Mönsterås\n"
        "hamnförening hinner inte få ihop offerterna för elstolparna till dess.\n\n"
        "Och är taket fortfarande 200 000 kr per hamn?\n\n"
        "/Karin\n\nKarin Berg\nNäringslivsutvecklare, Mönsterås kommun")
    m4 = mbox_msg(
        dt.datetime(2026, 9, 23, 8, 40, 5), dt.datetime(2026, 9, 23, 8, 39, 58, tzinfo=TZ),
        JOHAN, "Karin Berg <karin.berg@monsteras.example>",
        "SV: Hamnlyftet – gäller 30 september?",
        "c2e7b9d1-0923@regionkalmar.example",
        "Hej Karin,\n\n"
        "Nej, styrgruppen har förlängt ansökningstiden. Sista ansökningsdag för\n"
        "Hamnlyftet är nu den 16 oktober 2026. Taket är oförändrat: högst 200 000 kr\n"
        "per hamn, och föreningen står själv för halva kostnaden.\n\n"
        "Vi lägger ut det på webben i dag.\n\n"
        "Johan" + SIG + "\n\n"
        "Den 2026-09-22 kl. 14:01, skrev Karin Berg:\n"
        "> Hej Johan!\n>\n"
        "> Gäller sista ansökningsdag 30 september för Hamnlyftet fortfarande? Mönsterås\n"
        "> hamnförening hinner inte få ihop offerterna för elstolparna till dess.\n>\n"
        "> Och är taket fortfarande 200 000 kr per hamn?",
        inreply="5f0d11aa-0922@monsteras.example")
    m5 = mbox_msg(
        dt.datetime(2026, 9, 25, 10, 5, 30), dt.datetime(2026, 9, 25, 10, 5, 22, tzinfo=TZ),
        JOHAN, STYR,
        "Rättelse: ordförandeskiftet i styrgruppen",
        "0be4f7c3-0925@regionkalmar.example",
        "Hej igen,\n\n"
        "En rättelse till sammanfattningen jag skickade den 18 september, punkt 4:\n"
        "Lena Sjögren tillträder som ordförande i styrgruppen den 1 oktober 2026, inte\n"
        "direkt. Anders Holm är ordförande till och med den 30 september.\n\n"
        "Övriga punkter gäller som jag skrev.\n\n"
        "Johan" + SIG,
        inreply="a81c2e40-0918@regionkalmar.example")
    m6 = mbox_msg(
        dt.datetime(2026, 9, 28, 16, 20, 0), dt.datetime(2026, 9, 28, 16, 19, 41, tzinfo=TZ),
        JOHAN, "Pekka Virtanen <pekka.virtanen@balticmarinas.example>",
        "Sundhamnar 2030 – update for the Baltic Marinas network",
        "7d93a0e2-0928@regionkalmar.example",
        "Hi Pekka,\n\n"
        "A short update for the network newsletter after our steering group meeting on\n"
        "17 September:\n\n"
        "From 1 January 2027 Västervik municipality joins the project, so we will be\n"
        "seven municipalities in total.\n"
        "The project has been extended until 31 March 2028 and the total budget is now\n"
        "SEK 4,650,000.\n\n"
        "Best regards,\nJohan" + SIG)
    # Older proposal, moved into the folder on 5 October -> stored LAST in the file
    m2 = mbox_msg(
        dt.datetime(2026, 10, 5, 8, 30, 11), dt.datetime(2026, 9, 10, 15, 47, 3, tzinfo=TZ),
        JOHAN, STYR,
        "Underlag inför styrgruppen 17 september – förslag till förlängning",
        "91fa6c08-0910@regionkalmar.example",
        "Hej,\n\n"
        "Inför mötet den 17 september föreslår projektledningen:\n\n"
        "- att projektet förlängs till den 29 februari 2028,\n"
        "- att totalbudgeten höjs till 4 600 000 kr (regionen +350 000 kr),\n"
        "- att slutrapporten lämnas senast den 31 mars 2028.\n\n"
        "Västervik har visat intresse för att ansluta, tidigast 1 januari 2027.\n"
        "Underlaget finns i Teams-kanalen.\n\n"
        "Johan" + SIG)
    path = os.path.join(out, "sundhamnar_mejlmapp_export_2026-10.txt")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for m in (m1, m3, m4, m5, m6, m2):
            f.write(m)
    return path


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(2)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for fn in (make_plan, make_protocol, make_jira, make_newsletter, make_readme, make_mbox):
        print(fn(out))


if __name__ == "__main__":
    main()
