#!/usr/bin/env python3
"""Round r215 (Region Gotland) - test documents for the document-answer assistant.

Usage:  python r215_make_files.py OUT_DIR

Writes six documents about the made-up project "Servicenoder Gotland"
(local service points in village shops), which update each other over time:

 1. Projektplan_Servicenoder_v1.0_2026-11-20.pdf   plan v1.0 (budget table split over a
                                                    page break with "Summa att transportera"/
                                                    "Transport" carry-forward rows)
 2. 2027-02-10_Styrgrupp_protokoll_1-2027.docx      steering-group minutes (tables with
                                                    vertically merged / gridSpan cells)
 3. 2027-03-18_Re_TVV-beslut_och_budgetglapp.txt    e-mail thread saved as text, inline
                                                    answers at several '>' quote depths
 4. Projektplan_Servicenoder_v2.0_2027-04-28.docx   revised plan with a stale (never updated)
                                                    TOC field still showing v1.0 headings
 5. Servicenoder-projektlogg.md                     Obsidian note: Dataview fields, callouts
                                                    (one folded), aliased wikilinks, %%comments%%
 6. Servicenytt_nr3_2027-09.pdf                     newsletter, superscript note markers glued
                                                    to dates in a table ("2027" + "2" -> "20272")

Deterministic: no clock, no randomness, fixed metadata, fixed ZIP timestamps.
"""
import io
import os
import sys
import zipfile
import datetime as dt
import copy

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.lib import colors
from reportlab.pdfgen import canvas

import docx
from docx.shared import Pt, Cm, RGBColor
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

W, H = A4


# --------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------
def fix_zip(path, stamp):
    """Rewrite a DOCX with fixed member timestamps (python-docx uses the clock)."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=stamp)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def set_core(doc, title, author, last_by, created, modified, revision, subject=""):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = last_by
    cp.created = created
    cp.modified = modified
    cp.last_printed = modified
    cp.revision = revision
    cp.subject = subject
    cp.keywords = "Servicenoder Gotland; RSP"
    cp.comments = ""
    cp.category = ""


def base_docx():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    for s in d.sections:
        s.page_width = Cm(21.0)
        s.page_height = Cm(29.7)
        s.left_margin = s.right_margin = Cm(2.5)
        s.top_margin = Cm(2.5)
        s.bottom_margin = Cm(2.2)
    return d


def cell_shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if i < len(lines) - 1:
            r.add_break()


class Flow:
    """Tiny top-down text flow for reportlab canvas documents."""

    def __init__(self, c, left=62, right=W - 62, top=H - 82, bottom=78, on_page=None, top_next=None):
        self.c, self.left, self.right, self.top, self.bottom = c, left, right, top, bottom
        self.top_next = top_next or top
        self.on_page = on_page
        self.page = 1
        self.y = top
        if on_page:
            on_page(c, self.page)

    @property
    def width(self):
        return self.right - self.left

    def new_page(self):
        self.c.showPage()
        self.page += 1
        self.y = self.top_next
        if self.on_page:
            self.on_page(self.c, self.page)

    def need(self, h):
        if self.y - h < self.bottom:
            self.new_page()

    def space(self, h):
        self.y -= h

    def para(self, text, font="Helvetica", size=10, leading=13.5, indent=0, bullet=None,
             color=colors.black, after=5):
        lines = simpleSplit(text, font, size, self.width - indent)
        for i, ln in enumerate(lines):
            self.need(leading)
            self.c.setFillColor(color)
            self.c.setFont(font, size)
            if bullet and i == 0:
                self.c.drawString(self.left + indent - 11, self.y - size, bullet)
            self.c.drawString(self.left + indent, self.y - size, ln)
            self.y -= leading
        self.y -= after
        self.c.setFillColor(colors.black)

    def heading(self, text, size=13):
        self.need(size + 40)
        self.y -= 6
        self.c.setFont("Helvetica-Bold", size)
        self.c.setFillColor(colors.HexColor("#1d4f6e"))
        self.c.drawString(self.left, self.y - size, text)
        self.c.setFillColor(colors.black)
        self.y -= size + 8


# --------------------------------------------------------------------------------------
# 1. Projektplan v1.0 (PDF) - budget table split across pages with carry-forward rows
# --------------------------------------------------------------------------------------
def make_plan_v1(out):
    path = os.path.join(out, "Projektplan_Servicenoder_v1.0_2026-11-20.pdf")
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("Projektplan Servicenoder Gotland 2027–2028, version 1.0")
    c.setAuthor("Karin Hejdström, Regional utveckling, Region Gotland")
    c.setSubject("Projektplan, dnr RU 2026/318")
    c.setCreator("Microsoft® Word för Microsoft 365")
    c.setProducer("Microsoft® Word för Microsoft 365")
    TOTAL_PAGES = 3

    def on_page(cv, n):
        cv.setFont("Helvetica", 8)
        cv.setFillColor(colors.HexColor("#555555"))
        cv.drawString(62, H - 45, "Region Gotland  |  Regional utveckling")
        cv.drawRightString(W - 62, H - 45, "Projektplan Servicenoder Gotland 2027–2028  |  Version 1.0")
        cv.setStrokeColor(colors.HexColor("#999999"))
        cv.setLineWidth(0.5)
        cv.line(62, H - 50, W - 62, H - 50)
        cv.line(62, 52, W - 62, 52)
        cv.drawString(62, 40, "Dnr RU 2026/318  ·  Fastställd av styrgruppen 2026-11-18")
        cv.drawRightString(W - 62, 40, "Sida %d av %d" % (n, TOTAL_PAGES))
        cv.setFillColor(colors.black)

    f = Flow(c, on_page=on_page)
    c.setFont("Helvetica-Bold", 22)
    c.setFillColor(colors.HexColor("#1d4f6e"))
    c.drawString(f.left, f.y - 22, "Projektplan")
    f.y -= 30
    c.setFont("Helvetica", 15)
    c.drawString(f.left, f.y - 15, "Servicenoder Gotland 2027–2028")
    f.y -= 26
    c.setFillColor(colors.black)
    f.para("Version 1.0 · 20 november 2026 · Projektägare: Region Gotland, Regional utveckling · "
           "Projektledare: Karin Hejdström", size=9, color=colors.HexColor("#444444"), after=10)

    f.heading("1 Bakgrund")
    f.para("På landsbygden på Gotland har flera lanthandlar, bensinstationer och postombud försvunnit "
           "de senaste tio åren. Den regionala serviceanalysen från 2025 visar att invånare i södra och "
           "norra Gotland har längre avstånd till paketutlämning, apoteksvaror och kontanter än i resten "
           "av regionen. Samtidigt är lanthandlarna viktiga mötesplatser, också för sommarboende.")
    f.para("Projektet Servicenoder Gotland ska stärka ett antal utvalda lanthandlar så att de kan erbjuda "
           "fler tjänster under samma tak. Projektet finansieras av Region Gotland och Tillväxtverket inom "
           "ramen för det regionala serviceprogrammet, samt med egen tid från de deltagande butikerna.")
    f.para("Idén bygger på erfarenheter från förstudien Service i hela Gotland (2025–2026), där 14 "
           "lanthandlar intervjuades. Nästan alla ville kunna erbjuda fler tjänster men saknade utrustning, "
           "utbildning och en långsiktig ersättning. Flera av dem pekade också på att sommarsäsongen bär "
           "butiken ekonomiskt, medan vinterhalvåret är svårt.")

    f.heading("2 Syfte, mål och definitioner")
    f.para("Syftet är att säkra tillgången till kommersiell och offentlig service på landsbygden genom att "
           "samla flera tjänster i lanthandeln. Målet är att fem servicenoder är i drift senast 31 december "
           "2027 och att minst 80 procent av de tillfrågade besökarna är nöjda med servicen.")
    f.para("Definitioner:", font="Helvetica-Bold", after=2)
    f.para("Servicenod: en lanthandel med helårsöppet som, utöver dagligvaror, erbjuder paketutlämning i "
           "paketskåp, apoteksombud, kontantuttag och en digital servicedisk där besökaren via skärm kan få "
           "hjälp av Region Gotlands kundtjänst.", indent=14, bullet="•", after=2)
    f.para("RSP: regionalt serviceprogram – det program som Region Gotland tar fram för att stödja "
           "kommersiell service i gles- och landsbygder. Tillväxtverkets medfinansiering söks inom RSP.",
           indent=14, bullet="•", after=2)
    f.para("Ombudsersättning: den årliga ersättning som regionen betalar till butiken för att driva "
           "servicenoden (se avsnitt 7).", indent=14, bullet="•", after=6)

    f.heading("3 Deltagande orter")
    f.para("Efter intresseanmälan hösten 2026 ingår fem orter. Urvalet har gjorts utifrån avstånd till "
           "närmaste serviceort, antal helårsboende och butikens öppettider.")
    for t in ["Hemse – Hemse Lanthandel", "Ljugarn – Ljugarns Handel", "Klintehamn – Klinte Handelsbod",
              "Fårösund – Fårösunds Handel", "Burgsvik – Burgsviks Diversehandel"]:
        f.para(t, indent=14, bullet="•", after=1)
    f.space(6)

    f.heading("4 Organisation")
    f.para("Projektägare är Region Gotland, avdelningen Regional utveckling. Projektledare är Karin "
           "Hejdström (100 procent). Styrgruppen består av Anders Lindvall, enhetschef Regional utveckling "
           "(ordförande), Maria Sandén, ekonom, och Ulrika Bonde som representerar de deltagande "
           "butikerna. Jonas Ekeberg, utvecklingsstrateg, är biträdande projektledare.")
    f.para("En referensgrupp med företrädare för Gotlands hembygdsföreningar, PostNord, apoteksombuden "
           "och Region Gotlands kundtjänst träffas två gånger per år och ger synpunkter på tjänsterna i "
           "servicenoderna.")
    f.para("Risker:", font="Helvetica-Bold", after=2)
    for t in ["Försenade leveranser av paketskåp och skärmar kan skjuta upp öppningar.",
              "En butik kan lägga ned eller byta ägare under projekttiden.",
              "Tillväxtverket kan bevilja lägre stöd än det sökta beloppet."]:
        f.para(t, indent=14, bullet="•", after=1)
    f.space(5)

    f.heading("5 Tidplan 2027–2028")
    f.para("Projektet startar 1 januari 2027 och avslutas 31 december 2028. Servicenoderna öppnar "
           "i följande ordning:")
    rows = [("Hemse", "15 april 2027"), ("Ljugarn", "1 maj 2027"), ("Klintehamn", "1 juni 2027"),
            ("Fårösund", "1 september 2027"), ("Burgsvik", "1 oktober 2027")]
    f.need(18 * (len(rows) + 1))
    x0, x1 = f.left + 14, f.left + 200
    c.setFont("Helvetica-Bold", 9.5)
    c.drawString(x0, f.y - 10, "Ort")
    c.drawString(x1, f.y - 10, "Planerad öppning")
    f.y -= 15
    c.setFont("Helvetica", 9.5)
    for o, d in rows:
        c.drawString(x0, f.y - 10, o)
        c.drawString(x1, f.y - 10, d)
        f.y -= 14
    f.space(8)
    f.para("Butikerna lämnar bindande intresseanmälan senast 31 januari 2027. Avtal tecknas för hela "
           "projekttiden med möjlighet till förlängning. Om en butik inte kan fullfölja sitt åtagande "
           "beslutar styrgruppen om en ersättande ort.")
    f.para("Övriga aktiviteter per kvartal:", font="Helvetica-Bold", after=4)
    acts = [("Kv 1 2027", "Avtal med butikerna, upphandling av paketskåp och skärmar"),
            ("Kv 2 2027", "Installation och öppning i Hemse och Ljugarn, utbildning av personal"),
            ("Kv 3 2027", "Öppning i Klintehamn och Fårösund, första besöksenkäten"),
            ("Kv 4 2027", "Öppning i Burgsvik, lägesrapport till Tillväxtverket"),
            ("2028", "Drift av fem servicenoder, utvärdering, spridning av resultat")]
    for a, b in acts:
        f.need(14)
        c.setFont("Helvetica", 9.5)
        c.drawString(x0, f.y - 10, a)
        c.drawString(x0 + 75, f.y - 10, b)
        f.y -= 14
    f.space(8)

    f.heading("6 Budget och finansiering (3,4 mnkr)")
    f.para("Budgeten bygger på följande antaganden:", after=2)
    for t in ["Projektledaren är anställd på heltid under hela projekttiden (24 månader), inklusive "
              "sociala avgifter och overhead enligt Region Gotlands schablon.",
              "Paketskåp och skärmar upphandlas gemensamt för alla fem noder och ägs av Region Gotland "
              "under projekttiden.",
              "Butikernas egen tid värderas till 350 kr per timme och redovisas som offentlig "
              "medfinansiering i natura.",
              "Ombudsersättningen betalas för två hela år per nod, oavsett öppningsdatum.",
              "Utvärderingen upphandlas som direktupphandling från Uppsala universitet Campus Gotland.",
              "Alla belopp anges i kronor exklusive moms."]:
        f.para(t, indent=14, bullet="•", after=1)
    f.space(5)
    f.para("Kostnadsbudget för hela projekttiden (kronor):")
    # budget table with automatic split and carry-forward rows
    cost = [
        ("6.1", "Projektledning, 1,0 tjänst i 24 månader", 1440000),
        ("6.2", "Paketskåp och utrustning, 5 noder", 600000),
        ("6.3", "Digital servicedisk (skärmar, licenser)", 350000),
        ("6.4", "Ombudsersättning, 5 noder x 40 000 kr x 2 år", 400000),
        ("6.5", "Marknadsföring och information", 250000),
        ("6.6", "Utbildning av butikspersonal", 160000),
        ("6.7", "Utvärdering, Uppsala universitet Campus Gotland", 200000),
    ]
    cx = [f.left, f.left + 40, f.right]
    rh = 17

    def fmt(n):
        s = "{:,}".format(n).replace(",", " ")
        return s

    def head(cont=False, label="Kostnadspost"):
        c.setFillColor(colors.HexColor("#dfe9f0"))
        c.rect(f.left, f.y - rh, f.width, rh, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(cx[0] + 4, f.y - 12, "Nr")
        c.drawString(cx[1] + 4, f.y - 12, label + (" (forts.)" if cont else ""))
        c.drawRightString(cx[2] - 4, f.y - 12, "Belopp, kr")
        f.y -= rh

    def row(a, b, n, bold=False, italic=False):
        font = "Helvetica-Bold" if bold else ("Helvetica-Oblique" if italic else "Helvetica")
        c.setFont(font, 9.5)
        c.drawString(cx[0] + 4, f.y - 12, a)
        c.drawString(cx[1] + 4, f.y - 12, b)
        c.drawRightString(cx[2] - 4, f.y - 12, fmt(n))
        c.setStrokeColor(colors.HexColor("#bbbbbb"))
        c.line(f.left, f.y - rh, f.right, f.y - rh)
        f.y -= rh

    f.need(rh * 3)
    head()
    running = 0
    for a, b, n in cost:
        if f.y - 2 * rh < f.bottom:
            row("", "Summa att transportera", running, italic=True)
            f.new_page()
            head(cont=True)
            row("", "Transport från föregående sida", running, italic=True)
        row(a, b, n)
        running += n
    row("", "Summa kostnader", running, bold=True)
    f.space(12)

    f.para("Finansieringsbudget (kronor):")
    fin = [("Region Gotland, Regional utveckling", 1700000),
           ("Tillväxtverket (RSP)", 1200000),
           ("Deltagande butiker, egen tid (värderad)", 500000)]
    head(label="Finansiär")
    for b, n in fin:
        row("", b, n)
    row("", "Summa finansiering", sum(n for _, n in fin), bold=True)
    f.space(12)

    f.heading("7 Ombudsersättning 40 000 kr per nod och år")
    f.para("Varje butik som driver en servicenod får en ombudsersättning på 40 000 kr per år under "
           "projekttiden. Ersättningen betalas ut halvårsvis i efterskott mot redovisning av öppettider "
           "och antal ärenden.")

    f.heading("8 Utvärdering och uppföljning")
    f.para("Uppsala universitet Campus Gotland följer projektet med en lärande utvärdering. "
           "Slutrapporten lämnas senast 30 november 2028. Projektledaren rapporterar till Tillväxtverket "
           "en gång per år och till styrgruppen inför varje möte.")
    f.para("Kontakt: Karin Hejdström, projektledare, karin.hejdstrom@regiongotland.example",
           size=9, color=colors.HexColor("#444444"))
    assert f.page == TOTAL_PAGES, f.page
    c.save()
    return path


# --------------------------------------------------------------------------------------
# 2. Styrgruppsprotokoll 2027-02-10 (DOCX) - vertically merged and gridSpan table cells
# --------------------------------------------------------------------------------------
def make_minutes(out):
    path = os.path.join(out, "2027-02-10_Styrgrupp_protokoll_1-2027.docx")
    d = base_docx()
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Region Gotland · Styrgruppen Servicenoder Gotland\tProtokoll 1/2027\t2027-02-10"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Justerandes signatur: ______________        Ordförandes signatur: ______________"
    fp.runs[0].font.size = Pt(8)

    t = d.add_paragraph()
    r = t.add_run("PROTOKOLL")
    r.bold = True
    r.font.size = Pt(18)
    d.add_paragraph("Styrgruppen för projektet Servicenoder Gotland, möte 1/2027").runs[0].bold = True

    meta = d.add_table(rows=4, cols=2)
    meta.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Datum och tid", "Onsdag 10 februari 2027, kl. 13.00–15.00"),
        ("Plats", "Regionhuset, Visby, rum Stora Karlsö (och Teams)"),
        ("Närvarande", "Anders Lindvall, ordförande\nMaria Sandén, ekonom\nUlrika Bonde, butikernas "
                       "representant\nKarin Hejdström, projektledare\nJonas Ekeberg, biträdande "
                       "projektledare, sekreterare"),
        ("Justerare", "Maria Sandén"),
    ]):
        set_cell(meta.cell(i, 0), k, bold=True)
        set_cell(meta.cell(i, 1), v)
    d.add_paragraph()

    def para_h(txt):
        p = d.add_paragraph()
        rr = p.add_run(txt)
        rr.bold = True
        rr.font.size = Pt(12)
        return p

    para_h("§ 1 Mötets öppnande")
    d.add_paragraph("Ordföranden Anders Lindvall öppnade mötet och hälsade alla välkomna.")
    para_h("§ 2 Val av justerare")
    d.add_paragraph("Maria Sandén valdes att justera dagens protokoll.")
    para_h("§ 3 Föregående protokoll")
    d.add_paragraph("Protokollet från mötet 2026-11-18 (fastställande av projektplan version 1.0) "
                    "lades till handlingarna.")
    para_h("§ 4 Lägesrapport")
    d.add_paragraph("Karin Hejdström rapporterade att avtal är skrivna med butikerna i Hemse, Klintehamn, "
                    "Fårösund och Burgsvik. Ansökan till Tillväxtverket om 1 200 000 kr inom RSP är "
                    "inlämnad; beslut väntas i mars.")
    para_h("§ 5 Öppning av servicenoden i Hemse")
    d.add_paragraph("Leverantören av paketskåpen har meddelat att leveransen till Hemse försenas till "
                    "vecka 21. Utan paketskåpen kan servicenoden inte öppna som planerat den 15 april.")
    p = d.add_paragraph()
    p.add_run("Beslut: ").bold = True
    p.add_run("Styrgruppen beslutar att flytta öppningen av servicenoden i Hemse från 15 april 2027 "
              "till 2 juni 2027.")
    para_h("§ 6 Ljugarn")
    d.add_paragraph("Ljugarns Handel har meddelat att butiken i fortsättningen bara har öppet maj–september. "
                    "Butiken har alltså inte öppet året runt, vilket är ett krav för att bli servicenod. "
                    "Lanthandeln i Roma (Roma Lanthandel) har anmält intresse och uppfyller kraven.")
    p = d.add_paragraph()
    p.add_run("Beslut: ").bold = True
    p.add_run("Ljugarn utgår ur projektet och ersätts av Roma.")
    para_h("§ 7 Projektledning under föräldraledighet")
    d.add_paragraph("Karin Hejdström är föräldraledig från 1 mars 2027.")
    p = d.add_paragraph()
    p.add_run("Beslut: ").bold = True
    p.add_run("Jonas Ekeberg är tillförordnad (tf) projektledare från 1 mars 2027 under Karin Hejdströms "
              "föräldraledighet.")
    para_h("§ 8 Reviderad tidplan och ansvar")
    d.add_paragraph("Styrgruppen fastställde följande tidplan. Datum för Klintehamn och Roma sätts när "
                    "Tillväxtverkets beslut har kommit.")

    tb = d.add_table(rows=7, cols=5)
    tb.style = "Table Grid"
    hdr = ["Ort", "Butik", "Planerad öppning", "Ändring", "Ansvarig"]
    for i, h in enumerate(hdr):
        set_cell(tb.cell(0, i), h, bold=True, size=10)
        cell_shade(tb.cell(0, i), "D9E2F3")
    data = [
        ("Hemse", "Hemse Lanthandel", "2 juni 2027", "Flyttad från 15 april 2027 (§ 5)"),
        ("Klintehamn", "Klinte Handelsbod", "augusti–september 2027\n(datum sätts i april)",
         "Flyttad från 1 juni 2027"),
        ("Roma", "Roma Lanthandel", "", "Ny ort (§ 6)"),
        ("Fårösund", "Fårösunds Handel", "1 september 2027", "Oförändrad"),
        ("Burgsvik", "Burgsviks Diversehandel", "1 oktober 2027", "Oförändrad"),
    ]
    for ri, (o, b, pl, ch) in enumerate(data, start=1):
        set_cell(tb.cell(ri, 0), o, size=10)
        set_cell(tb.cell(ri, 1), b, size=10)
        if pl:
            set_cell(tb.cell(ri, 2), pl, size=10)
        set_cell(tb.cell(ri, 3), ch, size=10)
    # Klintehamn + Roma share one vertically merged "Planerad öppning" cell
    tb.cell(2, 2).merge(tb.cell(3, 2))
    # one vertically merged "Ansvarig" cell for all five places
    set_cell(tb.cell(1, 4), "Jonas Ekeberg\n(tf projektledare från 1 mars 2027)", size=10)
    tb.cell(1, 4).merge(tb.cell(5, 4))
    # last row: Ljugarn, spanning all columns
    last = tb.cell(6, 0).merge(tb.cell(6, 4))
    set_cell(last, "Ljugarn (Ljugarns Handel, tidigare planerad 1 maj 2027) – UTGÅR, ersätts av Roma, se § 6.",
             size=10)
    d.add_paragraph()

    para_h("§ 9 Nästa möte")
    d.add_paragraph("Nästa möte hålls onsdag 14 april 2027 kl. 13.00. Då behandlas Tillväxtverkets beslut "
                    "och ett förslag till reviderad budget.")
    para_h("§ 10 Mötets avslutande")
    d.add_paragraph("Ordföranden tackade och avslutade mötet.")
    d.add_paragraph()
    d.add_paragraph("Vid protokollet: Jonas Ekeberg\tJusteras: Maria Sandén\tOrdförande: Anders Lindvall")

    set_core(d, "Protokoll styrgruppen Servicenoder Gotland 1/2027", "Jonas Ekeberg", "Maria Sandén",
             dt.datetime(2027, 2, 10, 15, 42), dt.datetime(2027, 2, 12, 9, 5), 4,
             "Styrgruppsprotokoll")
    d.save(path)
    fix_zip(path, (2027, 2, 12, 9, 5, 0))
    return path


# --------------------------------------------------------------------------------------
# 3. E-mail thread saved as text (TXT) - inline answers inside nested quotes
# --------------------------------------------------------------------------------------
MAIL = """\
Ämne: 	Re: TVV-beslut och budgetglapp – Servicenoder
Datum: 	Thu, 18 Mar 2027 10:04:33 +0100
Från: 	Jonas Ekeberg <jonas.ekeberg@regiongotland.example>
Till: 	Anders Lindvall <anders.lindvall@regiongotland.example>, Maria Sandén <maria.sanden@regiongotland.example>
Kopia: 	Ulrika Bonde <ulrika.bonde@lanthandlare.example>



Hej båda!

OK, då kör vi på Anders linje: jag skriver tjänsteskrivelsen till RS den
22 april med +150 000 kr från regionen. Utvärderingen vill Campus Gotland
inte röra (de har redan anställt för den), så jag föreslår att vi tar de
100 000 kr från marknadsföringen i stället. Säg till om ni har invändningar
före fredag.

/Jonas

--
Jonas Ekeberg
tf projektledare Servicenoder Gotland
Region Gotland, Regional utveckling


Den 2027-03-17 kl. 16:40, skrev Anders Lindvall:
> Svar inline nedan. /Anders
>
> Den 2027-03-15 kl. 08:21, skrev Maria Sandén:
>> Hej! Mina kommentarer inne i texten. /M
>>
>> Den 2027-03-10 kl. 08:55, skrev Jonas Ekeberg:
>>> Hej,
>>>
>>> Tillväxtverkets beslut kom igår (9 mars). Vi får 950 000 kr, inte
>>> 1 200 000 kr som vi sökte. Handläggare på TVV är Petra Nyqvist,
>>> ärende Ä 2026-04471.
>>
>> Aj. Då saknas 250 000 kr i finansieringen.
>>
>>> Hur gör vi med glappet? Ska regionen skjuta till, eller krymper vi?
>>
>> Mitt förslag: regionen skjuter till 300 000 kr, så att medfinansieringen
>> går från 1 700 000 kr till 2 000 000 kr och budgeten blir 3 450 000 kr.
>
> För mycket, det får vi aldrig igenom i RS. Jag föreslår +150 000 kr, dvs.
> 1 850 000 kr från regionen, och att vi drar ner utvärderingen med
> 100 000 kr. Då landar totalen på 3 300 000 kr.
>
>>> En sak till: Fårösund ligger väl kvar på 1 september?
>>
>> Jag hörde från Ulrika att butiken vill tidigarelägga – blir det inte
>> 16 augusti nu?
>
> Nej, tvärtom. Fårösund kan inte öppna före oktober. Entrén och rampen
> måste byggas om och bygglovet är inte klart. Inget datum är spikat.
>
>>> Och Karin hälsar från ledigheten – hon räknar med att vara tillbaka
>>> i november.
>>
>> Härligt!
>>
>> /Maria
>>
>>> /Jonas
"""


def make_mail(out):
    path = os.path.join(out, "2027-03-18_Re_TVV-beslut_och_budgetglapp.txt")
    with open(path, "w", encoding="utf-8", newline="\r\n") as fh:
        fh.write(MAIL)
    return path


# --------------------------------------------------------------------------------------
# 4. Projektplan v2.0 (DOCX) - TOC field never updated (cached v1.0 entries)
# --------------------------------------------------------------------------------------
def _run(text=None, fld=None, instr=None, tab=False):
    r = OxmlElement("w:r")
    if fld:
        fc = OxmlElement("w:fldChar")
        fc.set(qn("w:fldCharType"), fld)
        r.append(fc)
    elif instr is not None:
        it = OxmlElement("w:instrText")
        it.set(qn("xml:space"), "preserve")
        it.text = instr
        r.append(it)
    elif tab:
        r.append(OxmlElement("w:tab"))
    else:
        t = OxmlElement("w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = text
        r.append(t)
    return r


def add_bookmark(paragraph, name, bid):
    bs = OxmlElement("w:bookmarkStart")
    bs.set(qn("w:id"), str(bid))
    bs.set(qn("w:name"), name)
    be = OxmlElement("w:bookmarkEnd")
    be.set(qn("w:id"), str(bid))
    p = paragraph._p
    first = p.find(qn("w:r"))
    first.addprevious(bs)
    p.append(be)


def make_plan_v2(out):
    path = os.path.join(out, "Projektplan_Servicenoder_v2.0_2027-04-28.docx")
    d = base_docx()
    toc_style = d.styles.add_style("toc 1", WD_STYLE_TYPE.PARAGRAPH)
    toc_style.base_style = d.styles["Normal"]
    toc_style.paragraph_format.space_after = Pt(4)
    toc_style.element.set(qn("w:styleId"), "TOC1")

    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Region Gotland – Regional utveckling\tProjektplan Servicenoder Gotland\tVersion 2.0"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Dnr RU 2026/318"
    fp.runs[0].font.size = Pt(8)

    p = d.add_paragraph()
    r = p.add_run("Projektplan")
    r.bold = True
    r.font.size = Pt(24)
    r.font.color.rgb = RGBColor(0x1D, 0x4F, 0x6E)
    p = d.add_paragraph()
    r = p.add_run("Servicenoder Gotland 2027–2029")
    r.font.size = Pt(16)
    d.add_paragraph("Version 2.0 · 28 april 2027 · Ersätter version 1.0 av den 20 november 2026")

    d.add_paragraph().add_run("Versionshistorik").bold = True
    vh = d.add_table(rows=3, cols=4)
    vh.style = "Table Grid"
    for i, h in enumerate(["Version", "Datum", "Ändring", "Av"]):
        set_cell(vh.cell(0, i), h, bold=True, size=9)
    for ri, rowv in enumerate([
        ("1.0", "2026-11-20", "Första version, fastställd av styrgruppen 2026-11-18", "Karin Hejdström"),
        ("2.0", "2027-04-28", "Anpassad efter styrgruppens beslut 2027-02-10, Tillväxtverkets beslut "
                              "2027-03-09 och regionstyrelsens beslut 2027-04-22 § 88", "Jonas Ekeberg"),
    ], start=1):
        for ci, v in enumerate(rowv):
            set_cell(vh.cell(ri, ci), v, size=9)

    p = d.add_paragraph()
    p.add_run("Innehåll").bold = True

    # ---- stale TOC: cached result from version 1.0, never updated ----
    stale = [
        ("1 Bakgrund", "2", "_Toc183512001"),
        ("2 Syfte, mål och definitioner", "2", "_Toc183512002"),
        ("3 Deltagande orter", "2", "_Toc183512003"),
        ("4 Organisation", "3", "_Toc183512004"),
        ("5 Tidplan 2027–2028", "3", "_Toc183512005"),
        ("6 Budget och finansiering (3,4 mnkr)", "3", "_Toc183512006"),
        ("7 Ombudsersättning 40 000 kr per nod och år", "4", "_Toc183512007"),
        ("8 Utvärdering och uppföljning", "4", "_Toc183512008"),
    ]
    for i, (txt, pg, bm) in enumerate(stale):
        para = d.add_paragraph(style=toc_style)
        pPr = para._p.get_or_add_pPr()
        tabs = OxmlElement("w:tabs")
        tb_ = OxmlElement("w:tab")
        tb_.set(qn("w:val"), "right")
        tb_.set(qn("w:leader"), "dot")
        tb_.set(qn("w:pos"), "9062")
        tabs.append(tb_)
        pPr.append(tabs)
        if i == 0:
            para._p.append(_run(fld="begin"))
            para._p.append(_run(instr=' TOC \\o "1-3" \\h \\z \\u '))
            para._p.append(_run(fld="separate"))
        hl = OxmlElement("w:hyperlink")
        hl.set(qn("w:anchor"), bm)
        hl.set(qn("w:history"), "1")
        hl.append(_run(txt))
        hl.append(_run(tab=True))
        hl.append(_run(fld="begin"))
        hl.append(_run(instr=" PAGEREF %s \\h " % bm))
        hl.append(_run(fld="separate"))
        hl.append(_run(pg))
        hl.append(_run(fld="end"))
        para._p.append(hl)
    endp = d.add_paragraph()
    endp._p.append(_run(fld="end"))

    headings = {}

    def h1(txt, n):
        hp_ = d.add_heading(txt, level=1)
        add_bookmark(hp_, "_Toc1835120%02d" % n, 100 + n)
        headings[n] = txt
        return hp_

    h1("1 Bakgrund, syfte och definitioner", 1)
    d.add_paragraph("Bakgrund, syfte, mål och definitioner är oförändrade och framgår av projektplanen "
                    "version 1.0, avsnitt 1–2. Denna version beskriver projektet som det ser ut efter de "
                    "beslut som fattats under våren 2027.")

    h1("2 Ändringar jämfört med version 1.0", 2)
    for t in [
        "Tillväxtverket beviljade den 9 mars 2027 stöd inom RSP med 950 000 kr (ansökt belopp var "
        "1 200 000 kr).",
        "Regionstyrelsen beslutade den 22 april 2027 (§ 88, dnr RS 2027/412) att höja Region Gotlands "
        "medfinansiering från 1 700 000 kr till 1 850 000 kr.",
        "Kostnadsposten marknadsföring och information minskas med 100 000 kr, från 250 000 kr till "
        "150 000 kr. Den totala budgeten blir därmed 3 300 000 kr (tidigare 3 400 000 kr).",
        "Projekttiden förlängs till 30 juni 2029 (tidigare 31 december 2028), inom oförändrad budget.",
        "Ombudsersättningen höjs till 45 000 kr per servicenod och år (tidigare 40 000 kr).",
        "Ljugarn utgår och ersätts av Roma (styrgruppen 2027-02-10, § 6).",
        "Öppningen i Hemse flyttas till 2 juni 2027 (styrgruppen 2027-02-10, § 5).",
        "Jonas Ekeberg är tf projektledare från 1 mars 2027 under Karin Hejdströms föräldraledighet.",
    ]:
        d.add_paragraph(t, style="List Bullet")

    h1("3 Deltagande orter", 3)
    d.add_paragraph("Fem orter ingår i projektet: Hemse, Klintehamn, Roma, Fårösund och Burgsvik.")

    h1("4 Organisation", 4)
    d.add_paragraph("Projektägare är Region Gotland, Regional utveckling. Tf projektledare är Jonas Ekeberg. "
                    "Styrgruppen består av Anders Lindvall (ordförande), Maria Sandén och Ulrika Bonde.")

    h1("5 Tidplan 2027–2029", 5)
    tp = d.add_table(rows=7, cols=2)
    tp.style = "Table Grid"
    for ri, (a, b) in enumerate([
        ("Ort / aktivitet", "Datum"),
        ("Hemse", "2 juni 2027"),
        ("Klintehamn", "30 augusti 2027"),
        ("Roma", "september 2027 (vecka 39)"),
        ("Fårösund", "oktober 2027 (efter ombyggnad av entrén)"),
        ("Burgsvik", "november 2027"),
        ("Projektslut", "30 juni 2029"),
    ]):
        set_cell(tp.cell(ri, 0), a, bold=(ri == 0), size=10)
        set_cell(tp.cell(ri, 1), b, bold=(ri == 0), size=10)

    h1("6 Budget och finansiering (3,3 mnkr)", 6)
    d.add_paragraph("Budgeten är reviderad efter regionstyrelsens beslut den 22 april 2027, § 88. "
                    "Den totala budgeten är 3 300 000 kr.")
    bt = d.add_table(rows=9, cols=2)
    bt.style = "Table Grid"
    for ri, (a, b) in enumerate([
        ("Kostnadspost", "Belopp, kr"),
        ("Projektledning, 1,0 tjänst", "1 440 000"),
        ("Paketskåp och utrustning, 5 noder", "600 000"),
        ("Digital servicedisk (skärmar, licenser)", "350 000"),
        ("Ombudsersättning", "400 000"),
        ("Marknadsföring och information", "150 000"),
        ("Utbildning av butikspersonal", "160 000"),
        ("Utvärdering, Uppsala universitet Campus Gotland", "200 000"),
        ("Summa kostnader", "3 300 000"),
    ]):
        set_cell(bt.cell(ri, 0), a, bold=(ri in (0, 8)), size=10)
        set_cell(bt.cell(ri, 1), b, bold=(ri in (0, 8)), size=10)
        bt.cell(ri, 1).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph()
    ft = d.add_table(rows=5, cols=2)
    ft.style = "Table Grid"
    for ri, (a, b) in enumerate([
        ("Finansiär", "Belopp, kr"),
        ("Region Gotland, Regional utveckling", "1 850 000"),
        ("Tillväxtverket (RSP)", "950 000"),
        ("Deltagande butiker, egen tid (värderad)", "500 000"),
        ("Summa finansiering", "3 300 000"),
    ]):
        set_cell(ft.cell(ri, 0), a, bold=(ri in (0, 4)), size=10)
        set_cell(ft.cell(ri, 1), b, bold=(ri in (0, 4)), size=10)
        ft.cell(ri, 1).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph("Region Gotland bidrar alltså med 1 850 000 kr och Tillväxtverket med 950 000 kr.")

    h1("7 Ombudsersättning", 7)
    d.add_paragraph("Ombudsersättningen är 45 000 kr per servicenod och år. Höjningen ryms inom "
                    "budgetposten eftersom flera noder öppnar senare än planerat.")

    h1("8 Utvärdering och uppföljning", 8)
    d.add_paragraph("Uppsala universitet Campus Gotland utvärderar projektet. Slutrapporten lämnas senast "
                    "31 mars 2029.")

    set_core(d, "Projektplan Servicenoder Gotland, version 2.0", "Karin Hejdström", "Jonas Ekeberg",
             dt.datetime(2026, 11, 4, 8, 30), dt.datetime(2027, 4, 28, 14, 12), 37, "Projektplan")
    d.save(path)
    fix_zip(path, (2027, 4, 28, 14, 12, 0))
    return path


# --------------------------------------------------------------------------------------
# 5. Obsidian project log (MD)
# --------------------------------------------------------------------------------------
MD = """\
---
tags:
  - projekt/servicenoder
  - logg
aliases:
  - Servicenoder logg
skapad: 2027-03-01
uppdaterad: 2027-06-21
---

# Projektlogg – Servicenoder Gotland

projektledare:: [[Jonas Ekeberg]] (tf, se [[2027-02-10 Styrgruppsprotokoll|styrgruppens beslut]])
status:: pågår
hemse-öppnad:: 2027-06-09
klintehamn-planerad:: 2027-08-30
roma-planerad:: v. 39
fårösund-planerad:: 2027-10-04
burgsvik-planerad:: 2028

> [!info] Läget 21 juni 2027
> Hemse är igång sedan **9 juni 2027**. Nästa i tur är Klintehamn (30 augusti), sedan
> Roma (v. 39) och Fårösund (4 oktober). Burgsvik skjuts till 2028 – butiken byter ägare.

## 2027-06-21 Veckoavstämning

- [x] Burgsvik: ägarbytet bekräftat, öppning någon gång under 2028. Ingen dag satt. #burgsvik
- [ ] Fårösund: entrén/rampen blir klar sent → vi siktar på 4 oktober. Se [[Fårösund - ombyggnad]].
- [ ] Klintehamn: skärmarna till servicedisken levereras v. 33, öppning 30 augusti.

%% Jonas: fråga Fårösunds Handel om 27 sept ändå kan funka? Ulrika tror det. /J %%

## 2027-06-09 Hemse öppnade ^hemse-oppning

Servicenoden i Hemse öppnade 9 juni 2027 – en vecka efter det datum som styrgruppen satte
(2 juni), eftersom el-besiktningen av paketskåpen blev försenad.

Servicedisken i Hemse har öppet vardagar 10–18 och lördagar 10–14.

Bra gensvar de första veckorna, mest paket och apoteksärenden. Siffror kommer i
halvårsrapporten.

> [!warning] Inaktuell anteckning
> Den gamla anteckningen [[Öppning Hemse 15 april|om Hemse-öppningen]] gäller inte längre.

## 2027-04-28

Projektplan v2.0 klar, se [[Projektplan v2.0#6 Budget och finansiering (3,3 mnkr)|budgeten]].
Total budget nu 3,3 mnkr. #budget

## 2027-03-10

TVV-beslutet kom, se mejltråden [[2027-03-18 Re TVV-beslut|TVV-beslut och budgetglapp]].

> [!note]- Gammal tidplan ur [[Projektplan v1.0]] (inaktuell, behålls för historiken)
> | Ort | Planerad öppning |
> |---|---|
> | Hemse | 15 april 2027 |
> | Ljugarn | 1 maj 2027 |
> | Klintehamn | 1 juni 2027 |
> | Fårösund | 1 september 2027 |
> | Burgsvik | 1 oktober 2027 |

## Inbäddat: styrgruppens beslut om Hemse

![[2027-02-10 Styrgruppsprotokoll#§ 5 Öppning av servicenoden i Hemse]]
"""


def make_md(out):
    path = os.path.join(out, "Servicenoder-projektlogg.md")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(MD)
    return path


# --------------------------------------------------------------------------------------
# 6. Newsletter Servicenytt nr 3 (PDF) - superscript note markers glued to values
# --------------------------------------------------------------------------------------
def make_newsletter(out):
    path = os.path.join(out, "Servicenytt_nr3_2027-09.pdf")
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("Servicenytt nr 3, september 2027")
    c.setAuthor("Region Gotland, Regional utveckling")
    c.setSubject("Nyhetsbrev från projektet Servicenoder Gotland")
    c.setCreator("Adobe InDesign 19.4 (Windows)")
    c.setProducer("Adobe PDF Library 17.0")
    teal = colors.HexColor("#0f6b6b")

    def on_page(cv, n):
        if n == 1:
            cv.setFillColor(teal)
            cv.rect(0, H - 120, W, 120, stroke=0, fill=1)
            cv.setFillColor(colors.white)
            cv.setFont("Helvetica-Bold", 34)
            cv.drawString(50, H - 72, "Servicenytt")
            cv.setFont("Helvetica", 11)
            cv.drawString(50, H - 95, "Nyhetsbrev från projektet Servicenoder Gotland")
            cv.drawRightString(W - 50, H - 95, "Nr 3 · September 2027")
        else:
            cv.setFillColor(teal)
            cv.rect(0, H - 40, W, 40, stroke=0, fill=1)
            cv.setFillColor(colors.white)
            cv.setFont("Helvetica-Bold", 10)
            cv.drawString(50, H - 25, "Servicenytt · Nr 3 · September 2027")
        cv.setFillColor(colors.HexColor("#666666"))
        cv.setFont("Helvetica", 7.5)
        cv.drawString(50, 30, "Region Gotland · Regional utveckling · Servicenoder Gotland delfinansieras av "
                              "Tillväxtverket inom RSP")
        cv.drawRightString(W - 50, 30, str(n))
        cv.setFillColor(colors.black)

    f = Flow(c, left=50, right=W - 50, top=H - 150, bottom=60, on_page=on_page, top_next=H - 70)

    def big(txt, size=17):
        f.need(size + 30)
        c.setFont("Helvetica-Bold", size)
        c.setFillColor(teal)
        c.drawString(f.left, f.y - size, txt)
        c.setFillColor(colors.black)
        f.y -= size + 9

    big("Fårösund öppnar 11 oktober")
    f.para("Servicenoden i Fårösunds Handel öppnar måndag 11 oktober 2027. Ombyggnaden av entrén och "
           "den nya rampen blev klar senare än väntat, så öppningen blir en vecka senare än vi skrev i "
           "förra numret. Välkommen på invigning med kaffe och bulle klockan 11!", size=10.5, leading=14.5)
    f.space(4)

    big("Höstens servicenoder", size=13)
    cols = [f.left, f.left + 85, f.left + 220, f.left + 345]
    rh = 19

    def cell(x, y, txt, sup=None, font="Helvetica", size=9.5):
        t = c.beginText(x + 4, y - 13)
        t.setFont(font, size)
        t.textOut(txt)
        if sup:
            t.setRise(3.6)
            t.setFont("Helvetica", 6)
            t.textOut(sup)
            t.setRise(0)
        c.drawText(t)

    c.setFillColor(colors.HexColor("#d8ecec"))
    c.rect(f.left, f.y - rh, f.width, rh, stroke=0, fill=1)
    c.setFillColor(colors.black)
    for x, h in zip(cols, ["Ort", "Butik", "Öppning", "Öppettider servicedisken"]):
        cell(x, f.y, h, font="Helvetica-Bold")
    f.y -= rh
    table = [
        ("Klintehamn", "Klinte Handelsbod", ("6 september 2027", "1"), "mån–fre 9–18, lör 10–14"),
        ("Roma", "Roma Lanthandel", ("27 september 2027", None), "mån–fre 9–19, lör–sön 10–16"),
        ("Fårösund", "Fårösunds Handel", ("11 oktober 2027", "2"), "meddelas senare"),
        ("Burgsvik", "Burgsviks Diversehandel", ("2028", "3"), "–"),
    ]
    for o, b, (dtxt, sup), hrs in table:
        cell(cols[0], f.y, o)
        cell(cols[1], f.y, b)
        cell(cols[2], f.y, dtxt, sup)
        cell(cols[3], f.y, hrs)
        c.setStrokeColor(colors.HexColor("#9cc9c9"))
        c.setLineWidth(0.5)
        c.line(f.left, f.y - rh, f.right, f.y - rh)
        f.y -= rh
    f.space(6)
    for n, txt in [
        ("1", "Öppnade en vecka senare än planerat (30 augusti) eftersom skärmarna till servicedisken "
              "levererades sent."),
        ("2", "Nytt datum. Tidigare planerat 4 oktober, se artikeln ovan."),
        ("3", "Butiken byter ägare vid årsskiftet. Nytt datum bestäms tillsammans med de nya ägarna."),
    ]:
        tt = c.beginText(f.left, f.y - 8)
        tt.setFont("Helvetica", 6)
        tt.setRise(2.5)
        tt.textOut(n)
        tt.setRise(0)
        tt.setFont("Helvetica-Oblique", 8)
        tt.textOut(" " + txt)
        c.drawText(tt)
        f.y -= 11.5
    f.space(14)

    # correction box
    box_lines = simpleSplit(
        "I Servicenytt nr 2 (juni) stod det att ombudsersättningen till butikerna är 54 000 kr. Det var fel. "
        "Rätt belopp är 45 000 kr per servicenod och år, enligt den reviderade projektplanen (version 2.0).",
        "Helvetica", 10, f.width - 24)
    bh = 26 + 14 * len(box_lines)
    c.setFillColor(colors.HexColor("#fff4d6"))
    c.setStrokeColor(colors.HexColor("#e0b84a"))
    c.rect(f.left, f.y - bh, f.width, bh, stroke=1, fill=1)
    c.setFillColor(colors.black)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(f.left + 12, f.y - 17, "Rättelse")
    yy = f.y - 33
    c.setFont("Helvetica", 10)
    for ln in box_lines:
        c.drawString(f.left + 12, yy, ln)
        yy -= 14
    f.y -= bh + 16

    big("Fem orter – en ny vardag i lanthandeln", size=13)
    f.para("Fem orter ingår i projektet: Hemse, Klintehamn, Roma, Fårösund och Burgsvik. Servicenoden i "
           "Hemse har varit öppen sedan i juni och har snabbt blivit en naturlig plats för att hämta paket "
           "och apoteksvaror.", size=10.5, leading=14.5)
    big("Karin Hejdström tillbaka 1 november", size=13)
    f.para("Karin Hejdström återgår som projektledare 1 november 2027 efter sin föräldraledighet. Fram till "
           "dess är Jonas Ekeberg tf projektledare och den du kontaktar med frågor om servicenoderna.",
           size=10.5, leading=14.5)
    f.space(6)
    big("Utbildning för butikspersonal", size=13)
    f.para("Under oktober utbildas personalen i Roma och Fårösund i den digitala servicedisken och i "
           "apoteksombudets rutiner. Personalen i Hemse och Klintehamn har redan gått utbildningen.",
           size=10.5, leading=14.5)
    f.space(6)
    big("Tre frågor till Ulrika Bonde", size=13)
    f.para("Ulrika Bonde driver Klinte Handelsbod i Klintehamn och företräder butikerna i styrgruppen.", size=10.5,
           leading=14.5, font="Helvetica-Oblique")
    for q, a in [
        ("Varför ville ni bli servicenod?", "Vi har öppet året runt och kunderna frågade redan efter paket "
         "och receptfria läkemedel. Nu kan vi ta hand om det på ett ordnat sätt."),
        ("Vad är du mest nyfiken på?", "Servicedisken. Många äldre kunder vill ha hjälp med regionens "
         "e-tjänster, och nu kan de prata med kundtjänsten via skärmen här i butiken."),
        ("Något du oroar dig för?", "Att det blir trångt i butiken på fredagar när alla ska hämta paket. "
         "Vi får se hur vi löser det."),
    ]:
        f.para(q, size=10.5, leading=14.5, font="Helvetica-Bold", after=1)
        f.para(a, size=10.5, leading=14.5)
    f.space(6)
    big("Kalender hösten 2027", size=13)
    for t in ["27 september – servicenoden i Roma öppnar",
              "11 oktober – invigning i Fårösund, kaffe och bulle kl. 11",
              "1 november – Karin Hejdström åter som projektledare",
              "24 november – träff för alla servicenodsbutiker på Campus Gotland i Visby"]:
        f.para(t, size=10.5, leading=14.5, indent=12, bullet="•", after=1)
    f.space(8)
    big("Kontakt", size=13)
    f.para("Jonas Ekeberg, tf projektledare, jonas.ekeberg@regiongotland.example", size=10.5)
    f.para("Nästa nummer av Servicenytt kommer i december 2027.", size=10.5)
    c.save()
    return path


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(2)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for fn in (make_plan_v1, make_minutes, make_mail, make_plan_v2, make_md, make_newsletter):
        print(fn(out))


if __name__ == "__main__":
    main()
