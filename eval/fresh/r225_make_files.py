#!/usr/bin/env python3
"""r225 - region Gotland - "Sockenhubbar Gotland" (rural co-working hubs).

Writes six documents that update each other over time:

  1. sockenhubbar_projektplan_v1.0_2026-11-20.pdf   project plan (oldest)
  2. styrgrupp_protokoll_2027-02-10.pdf             steering-group minutes,
                                                    revised timetable only as an
                                                    embedded file attachment
  3. RSAU_2027-03-15_p47_protokollsutdrag.docx      executive committee decision,
                                                    "Nuvarande/Ny lydelse" table
  4. pressmeddelande_hemse_2027-04-28.txt           bilingual press release, English
                                                    part an outdated translation
  5. Sockenhubbar-Kanban.md                         Obsidian Kanban board
  6. Sockenhubbsnytt_nr3_2027-09-02.eml             newsletter, stale text/plain
                                                    part, corrected HTML part (newest)

Deterministic: no clock, no randomness, fixed metadata and zip timestamps.
Usage: python r225_make_files.py OUT_DIR
"""
import io
import os
import sys
import zipfile
import datetime as dt
import quopri

from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.colors import Color, black, white

PAGE_W, PAGE_H = A4


# ----------------------------------------------------------------- helpers
def wrap(text, font, size, width):
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if stringWidth(t, font, size) <= width:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def para(c, x, y, text, width, font="Helvetica", size=10, leading=13.5):
    c.setFont(font, size)
    for line in wrap(text, font, size, width):
        c.drawString(x, y, line)
        y -= leading
    return y


def fakebold(c, x, y, s, size, font="Helvetica", dx=0.35):
    """'Poor man's bold': the generator had no bold face, so it draws the
    same string twice with a small horizontal offset."""
    c.setFont(font, size)
    c.drawString(x, y, s)
    c.drawString(x + dx, y, s)


def new_canvas(buf, title, author, subject):
    c = canvas.Canvas(buf, pagesize=A4, invariant=1, pageCompression=0)
    c.setTitle(title)
    c.setAuthor(author)
    c.setSubject(subject)
    c.setCreator("Rapportgenerator RG-Office 4.2")
    c.setProducer("RG-Office PDF export")
    return c


def finalize_pdf(data, path, meta, attachments=(), page_mode=None):
    """Copy a reportlab PDF through pypdf to set fixed, realistic metadata
    (reportlab's invariant mode would stamp 2000-01-01) and optional
    embedded file attachments."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject
    reader = PdfReader(io.BytesIO(data))
    writer = PdfWriter()
    for pg in reader.pages:
        writer.add_page(pg)
    writer.add_metadata(meta)
    for name, blob in attachments:
        writer.add_attachment(name, blob)
    if page_mode:
        writer._root_object[NameObject("/PageMode")] = NameObject(page_mode)
    with open(path, "wb") as f:
        writer.write(f)


def normalize_zip(path, when):
    """Rewrite an OOXML zip with fixed timestamps (python-docx uses 'now')."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)


# ------------------------------------------------ 1. project plan (PDF)
def make_plan(out):
    buf = io.BytesIO()
    c = new_canvas(buf, "Projektplan Sockenhubbar Gotland v1.0",
                   "Region Gotland, Regional utveckling",
                   "Projektplan RS 2026/1187")
    L, R = 62, PAGE_W - 62
    W = R - L

    def footer(n):
        c.setFont("Helvetica", 8)
        c.setFillColor(Color(0.35, 0.35, 0.35))
        c.drawString(L, 36, "Projektplan Sockenhubbar Gotland  |  version 1.0  |  2026-11-20")
        c.drawRightString(R, 36, "Sida %d av 3" % n)
        c.setFillColor(black)

    def header():
        c.setFont("Helvetica", 8)
        c.setFillColor(Color(0.35, 0.35, 0.35))
        c.drawString(L, PAGE_H - 40, "REGION GOTLAND")
        c.drawRightString(R, PAGE_H - 40, "Dnr RS 2026/1187")
        c.setFillColor(black)
        c.line(L, PAGE_H - 46, R, PAGE_H - 46)

    # --- page 1: cover + facts box
    c.setFont("Helvetica", 9)
    c.drawString(L, PAGE_H - 60, "REGION GOTLAND  -  Regionstyrelseförvaltningen  -  Enheten för regional utveckling")
    c.saveState()
    t = c.beginText(L, PAGE_H - 150)
    t.setFont("Helvetica", 26)
    t.setCharSpace(7)          # letter-spaced (tracked) cover title
    t.textLine("SOCKENHUBBAR")
    t.textLine("GOTLAND")
    t.setCharSpace(0)
    c.drawText(t)
    c.restoreState()
    c.setFont("Helvetica", 14)
    c.drawString(L, PAGE_H - 225, "Projektplan, version 1.0")
    c.setFont("Helvetica", 10)
    c.drawString(L, PAGE_H - 245, "Fastställd av styrgruppen 2026-11-20. Diarienummer RS 2026/1187.")

    box_top = PAGE_H - 290
    rows = [
        ("Projektägare", "Region Gotland (Regionstyrelseförvaltningen, RSF)"),
        ("Projektperiod", "1 januari 2027 – 31 december 2028"),
        ("Total budget", "6 400 000 kr"),
        ("Finansiär", "ERUF (Europeiska regionala utvecklingsfonden) via Tillväxtverket"),
        ("", "samt Region Gotland"),
        ("Antal hubbar", "5 (Hemse, Slite, Roma, Klintehamn, Fårösund)"),
        ("Första öppning", "Hemse 15 april 2027"),
        ("Mål", "450 registrerade användare och 12 nya företag vid projektslut"),
        ("Projektledare", "Maria Lindqvist"),
    ]
    box_h = 34 + 19 * len(rows)
    c.setFillColor(Color(0.90, 0.93, 0.96))
    c.rect(L, box_top - box_h, W, box_h, stroke=0, fill=1)
    c.setFillColor(black)
    fakebold(c, L + 12, box_top - 22, "Fakta i korthet", 12)
    y = box_top - 44
    for k, v in rows:
        if k:
            fakebold(c, L + 12, y, k + ":", 10)
        fakebold(c, L + 120, y, v, 10)
        y -= 19
    c.setFont("Helvetica", 9)
    para(c, L, box_top - box_h - 30,
         "Projektet är en del av genomförandet av Gotlands regionala utvecklingsstrategi (RUS) "
         "och insatsområdet Hela Gotland ska leva. Planen revideras vid behov av styrgruppen; "
         "ändringar av budget och projektperiod beslutas av regionstyrelsens arbetsutskott.",
         W, size=9, leading=12)
    footer(1)
    c.showPage()

    # --- page 2
    header()
    y = PAGE_H - 80
    fakebold(c, L, y, "1  Bakgrund och syfte", 13)
    y -= 22
    y = para(c, L, y,
             "Allt fler gotlänningar arbetar på distans men saknar en fungerande arbetsplats nära "
             "hemmet. Samtidigt står lokaler tomma i flera orter på landsbygden. Projektet ska "
             "inrätta fem sockenhubbar utanför Visby där företagare, distansarbetare och föreningar "
             "kan boka en plats att arbeta och mötas på. Syftet är att stärka landsbygdens "
             "attraktionskraft och minska arbetspendlingen till Visby.", W)
    y -= 14
    fakebold(c, L, y, "2  Definitioner och förkortningar", 13)
    y -= 22
    defs = [
        ("Sockenhubb", "en obemannad, bokningsbar arbetsplats med fiberuppkoppling, skrivplatser "
                       "och mötesrum på en landsbygdsort utanför Visby. Hubben nås med passerkort."),
        ("ERUF", "Europeiska regionala utvecklingsfonden, EU:s fond för regional utveckling. "
                 "Tillväxtverket är förvaltande myndighet i Sverige."),
        ("1:1-medel", "statliga medel ur anslaget 1:1 Regionala tillväxtåtgärder, som Region Gotland "
                      "fördelar som regionalt utvecklingsansvarig. Används här som medfinansiering "
                      "av ERUF-projektet."),
        ("RUS", "Gotlands regionala utvecklingsstrategi."),
        ("RSF", "Regionstyrelseförvaltningen."),
        ("RS AU", "Regionstyrelsens arbetsutskott."),
    ]
    for term, d in defs:
        fakebold(c, L, y, term, 10)
        y = para(c, L + 80, y, d, W - 80)
        y -= 5
    y -= 10
    fakebold(c, L, y, "3  Organisation", 13)
    y -= 22
    y = para(c, L, y,
             "Projektägare är Region Gotland genom Regionstyrelseförvaltningen, enheten för regional "
             "utveckling. Projektledare är Maria Lindqvist (heltid). Styrgruppen består av Johan "
             "Ekström, chef för regional utveckling (ordförande), Anna Hägg (Byalagsrådet Gotland), "
             "Lars Nyström (Campus Gotland) och Sara Wikström (Näringslivsenheten). Projektledaren "
             "är sekreterare i styrgruppen. Styrgruppen sammanträder minst fyra gånger per år.", W)
    footer(2)
    c.showPage()

    # --- page 3
    header()
    y = PAGE_H - 80
    fakebold(c, L, y, "4  Tidplan för öppning", 13)
    y -= 22
    tab = [("Ort", "Lokal", "Planerad öppning"),
           ("Hemse", "Bibliotekshuset, övervåningen", "15 april 2027"),
           ("Slite", "Hamnkontoret", "1 juni 2027"),
           ("Roma", "Gamla mejeriet", "1 september 2027"),
           ("Klintehamn", "Gamla posthuset", "11 oktober 2027"),
           ("Fårösund", "Servicehuset", "7 mars 2028")]
    cols = [L, L + 110, L + 320]
    for i, row in enumerate(tab):
        for x, cell in zip(cols, row):
            if i == 0 or x == cols[2]:
                fakebold(c, x, y, cell, 10)
            else:
                c.setFont("Helvetica", 10)
                c.drawString(x, y, cell)
        if i == 0:
            c.line(L, y - 4, R, y - 4)
        y -= 16
    y -= 14
    fakebold(c, L, y, "5  Budget", 13)
    y -= 22
    left = [("Kostnader", ""),
            ("Personal (projektledning 1,0 tjänst)", "2 300 000 kr"),
            ("Lokaler och hyror", "1 100 000 kr"),
            ("Fiber och utrustning", "1 450 000 kr"),
            ("Tillgänglighetsanpassning", "650 000 kr"),
            ("Kommunikation och evenemang", "260 000 kr"),
            ("Ideell tid (in-kind)", "640 000 kr"),
            ("Summa kostnader", "6 400 000 kr")]
    right = [("Finansiering", ""),
             ("ERUF (40 %)", "2 560 000 kr"),
             ("1:1-medel (35 %)", "2 240 000 kr"),
             ("RSF egen budget (15 %)", "960 000 kr"),
             ("Ideell medfinansiering (10 %)", "640 000 kr"),
             ("", ""), ("", ""),
             ("Summa finansiering", "6 400 000 kr")]
    for (a, av), (b, bv) in zip(left, right):
        head = a in ("Kostnader",) or a.startswith("Summa")
        if head:
            fakebold(c, L, y, a, 9.5)
            fakebold(c, L + 300, y, b, 9.5)
        else:
            c.setFont("Helvetica", 9.5)
            c.drawString(L, y, a)
            c.drawString(L + 300, y, b)
        if av:
            c.setFont("Helvetica", 9.5)
            if a.startswith("Summa"):
                c.drawRightString(L + 270, y, av)
                c.drawRightString(L + 270.35, y, av)
            else:
                c.drawRightString(L + 270, y, av)
        if bv:
            c.setFont("Helvetica", 9.5)
            c.drawRightString(R, y, bv)
            if b.startswith("Summa"):
                c.drawRightString(R + 0.35, y, bv)
        y -= 15
    y -= 14
    fakebold(c, L, y, "6  Avgifter och öppettider", 13)
    y -= 22
    y = para(c, L, y,
             "Hubbarna är öppna kl. 7–22 alla dagar med passerkort. Personal från projektet finns på "
             "plats i varje hubb på tisdagar kl. 9–15. Det är gratis att använda hubbarna under 2027. "
             "Från 1 januari 2028 tas en månadsavgift om 150 kr ut per användare. Bokning sker i "
             "Region Gotlands bokningstjänst.", W)
    y -= 14
    fakebold(c, L, y, "7  Risker", 13)
    y -= 22
    y = para(c, L, y,
             "Den största risken är förseningar i fiberanslutningen av lokalerna samt att lämpliga "
             "lokaler inte går att hyra. Risken hanteras genom tidig dialog med nätägare och "
             "fastighetsägare och genom att styrgruppen kan byta ort om en lokal faller bort.", W)
    footer(3)
    c.showPage()
    c.save()
    finalize_pdf(buf.getvalue(),
                 os.path.join(out, "sockenhubbar_projektplan_v1.0_2026-11-20.pdf"),
                 {"/Title": "Projektplan Sockenhubbar Gotland v1.0",
                  "/Author": "Region Gotland, Regional utveckling",
                  "/Subject": "Projektplan RS 2026/1187",
                  "/Creator": "Rapportgenerator RG-Office 4.2",
                  "/Producer": "RG-Office PDF export",
                  "/CreationDate": "D:20261120141500+01'00'",
                  "/ModDate": "D:20261120141500+01'00'"})


# -------------------------------- 2. steering-group minutes (PDF + attachment)
BILAGA2_CSV = (
    "\ufeffOrt;Lokal;Planerad öppning;Kommentar\r\n"
    "Hemse;Bibliotekshuset, övervåningen;3 maj 2027;Flyttad från 15 april 2027 (fiber)\r\n"
    "Slite;Hamnkontoret;1 juni 2027;Oförändrad\r\n"
    "Burgsvik;Gamla bankkontoret vid torget;6 september 2027;Ersätter Roma (1 september 2027)\r\n"
    "Klintehamn;Gamla posthuset;11 oktober 2027;Oförändrad\r\n"
    "Fårösund;Servicehuset;17 april 2028;Flyttad från 7 mars 2028 (ombyggnad av servicehuset)\r\n"
)


def make_minutes(out):
    data, pages = _render_minutes(0)
    data, _ = _render_minutes(pages)
    finalize_pdf(data, os.path.join(out, "styrgrupp_protokoll_2027-02-10.pdf"),
                 {"/Title": "Protokoll styrgruppen Sockenhubbar Gotland 2027-02-10",
                  "/Author": "Maria Lindqvist",
                  "/Subject": "Styrgruppsprotokoll",
                  "/Creator": "Microsoft Word for Microsoft 365",
                  "/Producer": "Adobe Acrobat Pro 2027 (Lägg till fil)",
                  "/CreationDate": "D:20270214093000+01'00'",
                  "/ModDate": "D:20270214094500+01'00'"},
                 attachments=[("Bilaga2_reviderad_tidplan.csv", BILAGA2_CSV.encode("utf-8"))],
                 page_mode="/UseAttachments")


def _render_minutes(total):
    buf = io.BytesIO()
    c = new_canvas(buf, "Protokoll styrgruppen Sockenhubbar Gotland 2027-02-10",
                   "Maria Lindqvist", "Styrgruppsprotokoll")
    L, R = 62, PAGE_W - 62
    W = R - L

    def head(n):
        c.setFont("Helvetica-Bold", 11)
        c.drawString(L, PAGE_H - 56, "REGION GOTLAND")
        c.setFont("Helvetica", 9)
        c.drawString(L, PAGE_H - 70, "Styrgruppen för projektet Sockenhubbar Gotland")
        c.drawRightString(R, PAGE_H - 56, "PROTOKOLL")
        c.drawRightString(R, PAGE_H - 70, "Sammanträdesdatum 2027-02-10")
        c.line(L, PAGE_H - 78, R, PAGE_H - 78)
        c.setFont("Helvetica", 8)
        c.drawString(L, 36, "Justerandes signatur: ________")
        c.drawRightString(R, 36, "%d (%d)" % (n, total))

    head(1)
    y = PAGE_H - 108
    info = [("Plats och tid", "Regionens hus, Visby, rum Kruttornet, kl. 13.00–15.30"),
            ("Beslutande", "Johan Ekström (ordförande), Anna Hägg (Byalagsrådet Gotland), "
                           "Lars Nyström (Campus Gotland), Sara Wikström (Näringslivsenheten)"),
            ("Övriga", "Maria Lindqvist, projektledare (sekreterare); Erik Gardell, utvecklingsstrateg"),
            ("Justerare", "Anna Hägg"),
            ("Justering", "2027-02-14")]
    for k, v in info:
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(L, y, k)
        y = para(c, L + 110, y, v, W - 110, size=9.5, leading=12.5) - 4
    y -= 8

    paras = [
        ("§ 1  Mötets öppnande", "Ordföranden öppnade mötet."),
        ("§ 2  Val av justerare", "Anna Hägg utsågs att jämte ordföranden justera protokollet."),
        ("§ 3  Lägesrapport", "Projektledaren redovisade läget enligt bilaga 1. Hyresavtal är "
                              "klara för Hemse och Slite."),
        ("§ 4  Hemse – försenad fiberanslutning",
         "ÖNet Gotland har meddelat att fiberanslutningen till lokalen i Hemse inte kan levereras "
         "förrän vecka 17. Styrgruppen beslutar att öppningen i Hemse flyttas från 15 april 2027 "
         "till 3 maj 2027."),
        ("§ 5  Roma utgår – Burgsvik tillkommer",
         "Fastighetsägaren till gamla mejeriet i Roma har sagt upp förhandlingarna om hyresavtal. "
         "Styrgruppen beslutar att Roma utgår ur projektet och ersätts av Burgsvik, med lokal i "
         "gamla bankkontoret vid torget."),
        ("§ 6  Projektledning",
         "Maria Lindqvist är föräldraledig från 1 april 2027. Styrgruppen beslutar att Erik Gardell "
         "är tillförordnad (tf.) projektledare under perioden 1 april 2027 – 31 mars 2028."),
        ("§ 7  Reviderad tidplan",
         "Styrgruppen fastställer reviderad tidplan för samtliga hubbar enligt bilaga 2. Bilaga 2 "
         "är bifogad som fil i detta PDF-dokument (se gem-ikonen / Bilagor)."),
        ("§ 8  Budget",
         "Förseningen i Hemse och tillgänglighetsanpassningen av nya lokaler väntas öka kostnaderna. "
         "Styrgruppen föreslår att regionstyrelsens arbetsutskott (RS AU) beslutar att utöka Region "
         "Gotlands medfinansiering ur 1:1-medel med 550 000 kr."),
        ("§ 9  Nästa möte", "Nästa möte hålls 14 april 2027 kl. 13.00 i Hemse."),
    ]
    page = 1
    for h, body in paras:
        need = 16 + 13.5 * len(wrap(body, "Helvetica", 10, W)) + 10
        if y - need < 150 and page == 1:
            c.showPage()
            page = 2
            head(2)
            y = PAGE_H - 108
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(L, y, h)
        y -= 16
        y = para(c, L, y, body, W) - 10

    y -= 20
    c.setFont("Helvetica", 9.5)
    sig = [("Vid protokollet", "Maria Lindqvist"),
           ("Ordförande", "Johan Ekström"),
           ("Justerare", "Anna Hägg")]
    x = L
    for role, name in sig:
        c.drawString(x, y, role)
        c.line(x, y - 26, x + 140, y - 26)
        c.drawString(x, y - 38, name)
        x += 165
    y -= 70
    c.setFont("Helvetica", 8.5)
    c.drawString(L, y, "Bilagor: 1. Lägesrapport februari 2027 (ej bifogad)   "
                       "2. Reviderad tidplan (bifogad fil Bilaga2_reviderad_tidplan.csv)")
    c.showPage()
    c.save()
    return buf.getvalue(), page


# ------------------------------------------------- 3. RS AU decision (DOCX)
def make_decision(out):
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement

    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Garamond"
    st.font.size = Pt(11.5)
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.5)

    hp = sec.header.paragraphs[0]
    hp.text = "REGION GOTLAND\tPROTOKOLLSUTDRAG\nRegionstyrelsens arbetsutskott\tSammanträdesdatum 2027-03-15"
    fp = sec.footer.paragraphs[0]
    fp.text = "Justerandes signatur\t\tUtdragsbestyrkande"

    cp = d.core_properties
    cp.author = "Registrator RSF"
    cp.last_modified_by = "Registrator RSF"
    cp.title = "Protokollsutdrag RS AU 2027-03-15 § 47"
    cp.created = dt.datetime(2027, 3, 16, 8, 12, 0)
    cp.modified = dt.datetime(2027, 3, 17, 10, 40, 0)
    cp.last_printed = dt.datetime(2027, 3, 17, 10, 41, 0)
    cp.revision = 4

    p = d.add_paragraph()
    r = p.add_run("§ 47  Sockenhubbar Gotland – ändrade ramar för projektet")
    r.bold = True
    r.font.size = Pt(15)
    d.add_paragraph("Dnr RS 2026/1187")

    p = d.add_paragraph()
    p.add_run("Arbetsutskottets beslut").bold = True
    for t in [
        "Regionstyrelsens arbetsutskott beslutar att ändra projektets ramar enligt "
        "jämförelsetabellen nedan.",
        "Region Gotlands medfinansiering ur 1:1-medel utökas med 480 000 kr.",
        "Förlängningen av projektperioden gäller under förutsättning att Tillväxtverket "
        "godkänner projektets ändringsansökan.",
        "Beslutet justeras omedelbart.",
    ]:
        d.add_paragraph(t, style="List Number")

    p = d.add_paragraph()
    p.add_run("Jämförelsetabell").bold = True
    rows = [
        ("Avsnitt i projektplanen", "Nuvarande lydelse", "Ny lydelse"),
        ("Projektperiod", "1 januari 2027 – 31 december 2028", "1 januari 2027 – 30 juni 2029"),
        ("Hubb nr 3 (ort)", "Roma", "Burgsvik"),
        ("Finansiering, ERUF", "2 560 000 kr", "oförändrad"),
        ("Finansiering, 1:1-medel", "2 240 000 kr", "2 720 000 kr"),
        ("Finansiering, RSF egen budget", "960 000 kr", "oförändrad"),
        ("Ideell medfinansiering", "640 000 kr", "oförändrad"),
        ("Total budget", "6 400 000 kr", "6 880 000 kr"),
        ("Månadsavgift för användare", "150 kr per månad från 1 januari 2028",
         "120 kr per månad från 1 mars 2028"),
        ("Projektledare", "Maria Lindqvist",
         "Erik Gardell, tf. projektledare 1 april 2027 – 31 mars 2028"),
    ]
    tbl = d.add_table(rows=len(rows), cols=3)
    tbl.style = "Table Grid"
    widths = [Cm(4.5), Cm(5.5), Cm(6.0)]
    for i, row in enumerate(rows):
        for j, txt in enumerate(row):
            cell = tbl.rows[i].cells[j]
            cell.width = widths[j]
            cell.text = ""
            run = cell.paragraphs[0].add_run(txt)
            run.font.size = Pt(10)
            if i == 0:
                run.bold = True
    # repeat header row on each page
    trPr = tbl.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trPr.append(th)

    p = d.add_paragraph()
    p.add_run("Sammanfattning av ärendet").bold = True
    for t in [
        "Styrgruppen för projektet föreslog 2027-02-10 (§ 8) att Region Gotlands medfinansiering "
        "ur 1:1-medel skulle utökas med 550 000 kr för att täcka ökade kostnader för fiber och "
        "tillgänglighetsanpassning. Regionstyrelseförvaltningen har granskat kalkylen. Kostnaden "
        "för tillgänglighetsanpassning av lokalen i Burgsvik bedöms bli lägre än styrgruppens "
        "uppskattning, och arbetsutskottet stannar därför vid en utökning med 480 000 kr.",
        "Projektperioden behöver förlängas med ett halvår eftersom öppningarna har försenats. "
        "En ändringsansökan lämnas till Tillväxtverket senast 31 mars 2027.",
        "Månadsavgiften sänks för att sänka tröskeln för små företag och föreningar. Starten "
        "flyttas så att betalfunktionen i bokningstjänsten hinner införas.",
        "Styrgruppens beslut om Burgsvik i stället för Roma och om tillförordnad projektledare "
        "noteras och förs in i projektplanen.",
    ]:
        d.add_paragraph(t)
    d.add_paragraph("Beslutet skickas till: Tillväxtverket, projektledningen, Ekonomienheten RSF")
    d.add_paragraph("Vid protokollet: Lena Sjöberg        Ordförande: Karin Dahlgren        "
                    "Justerare: Per Olofsson")
    p = d.add_paragraph("Utdraget bestyrks: Lena Sjöberg, 2027-03-17")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    path = os.path.join(out, "RSAU_2027-03-15_p47_protokollsutdrag.docx")
    d.save(path)
    normalize_zip(path, (2027, 3, 17, 10, 40, 0))


# ---------------------------------------- 4. bilingual press release (TXT)
PRESS_TXT = """\
Region Gotland - Nyheter
Publicerad: 28 april 2027 kl. 09.00 | Uppdaterad: 4 maj 2027 kl. 16.20

FÖRSTA SOCKENHUBBEN ÖPPNAR I HEMSE

Måndag 3 maj öppnar den första sockenhubben i projektet Sockenhubbar
Gotland, på övervåningen i bibliotekshuset i Hemse. Där finns tio
bokningsbara skrivplatser, ett mötesrum för sex personer och utrustning
för videomöten. Hubben är öppen kl. 7-22 alla dagar med passerkort, och
på tisdagar kl. 9-15 finns personal från projektet på plats.

Invigning sker måndag 3 maj kl. 14.00 med regionstyrelsens ordförande
Karin Dahlgren. Alla är välkomna - vi bjuder på fika.

- Många gotlänningar pendlar till Visby varje dag fast de lika gärna
kunde jobba närmare hemmet. Nu får de en plats att göra det på, säger
Erik Gardell, tf. projektledare på Region Gotland.

Projektet ska öppna fem sockenhubbar: i Hemse, Slite, Burgsvik,
Klintehamn och Fårösund. Under 2027 är det gratis att använda hubbarna.
Konto och passerkort ordnas i Region Gotlands bokningstjänst.

Fakta: Sockenhubbar Gotland drivs av Region Gotland 2027-2028 och
delfinansieras av Europeiska regionala utvecklingsfonden (ERUF) via
Tillväxtverket.

UPPDATERING 4 maj 2027: Invigningen i Hemse flyttas till måndag
10 maj 2027 kl. 15.00, eftersom rampen vid entrén inte blev klar i tid.
Hubben är ändå öppen för bokningar sedan 3 maj som planerat.

----------------------------------------------------------------------
IN ENGLISH

FIRST RURAL HUB OPENS IN HEMSE

On Monday 3 May the first rural co-working hub ("sockenhubb") of the
project Sockenhubbar Gotland opens in the library building in Hemse.
It offers ten bookable desks, a meeting room for six people and video
conferencing equipment. The hub is open 7 am to 10 pm every day with an
access card.

The opening ceremony will take place on Monday 3 May at 2 pm with the
chair of the Regional Executive Board, Karin Dahlgren. Everyone is
welcome.

The project will set up five hubs in Hemse, Slite, Roma, Klintehamn and
Fårösund. Using the hubs is free of charge until the end of 2027; from
January 2028 the fee will be SEK 150 per month.

Sockenhubbar Gotland is run by Region Gotland and part-financed by the
European Regional Development Fund (ERDF).

Press contact: Region Gotland press office, via the switchboard.
"""


def make_press(out):
    with open(os.path.join(out, "pressmeddelande_hemse_2027-04-28.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write(PRESS_TXT)


# ------------------------------------------------ 5. Obsidian Kanban (MD)
KANBAN_MD = """\
---

kanban-plugin: basic

---

## Att göra

- [ ] Fårösund: teckna hyresavtal med servicehuset #fårösund
- [ ] Nyhetsbrev nr 3 - skicka ut @{2027-09-02} #kommunikation
- [ ] Styrgrupp: rapportera användarstatistik @{2027-09-15}


## Pågår

- [ ] Öppning Burgsvik @{2027-09-20} #burgsvik<br>flyttad från 6/9 - bygglovet för rampen dröjde
- [ ] Betalfunktion i bokningstjänsten (avgift 120 kr/mån) #avgift
- [ ] Användarstatistik: 212 registrerade @{2027-08-15}


## Pausat

- [ ] Öppning Klintehamn @{2027-10-11} #klintehamn<br>gamla posthuset sålt - ny lokal söks


## Klart

- [x] Öppning Hemse - bokningsbar från 3/5, invigning @{2027-05-10} @@{15:00} #hemse
- [x] Öppning Slite @{2027-06-14} #slite<br>flyttad från 1/6 (passersystemet levererades sent)
- [x] Ändringsansökan godkänd av Tillväxtverket @{2027-06-09}<br>ny slutdag 2029-06-30
- [x] RS-beslut: avgiften 120 kr/mån startar 2028-04-01 i st.f. 2028-03-01 @{2027-06-17} #avgift


***

## Archive

- [x] Öppning Roma @{2027-09-01} #roma
- [x] Öppning Hemse @{2027-04-15} #hemse
- [x] Ändringsansökan: skicka till Tillväxtverket @{2027-03-31}
- [x] Användarstatistik: 96 registrerade @{2027-06-30}

%% kanban:settings
```
{"kanban-plugin":"basic","lane-width":300,"date-format":"YYYY-MM-DD","time-format":"HH:mm","show-checkboxes":true,"archive-with-date":false}
```
%%
"""


def make_kanban(out):
    with open(os.path.join(out, "Sockenhubbar-Kanban.md"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write(KANBAN_MD)


# ---------------------------------- 6. newsletter with stale text part (EML)
NEWS_TEXT = """\
SOCKENHUBBSNYTT NR 3 - AUGUSTI 2027
Nyhetsbrev från projektet Sockenhubbar Gotland

BURGSVIK ÖPPNAR 6 SEPTEMBER!
Snart är det dags för nästa hubb. Måndag 6 september öppnar
sockenhubben i gamla bankkontoret vid torget i Burgsvik.

ÖVER 200 ANVÄNDARE
Över 200 personer har nu registrerat sig i bokningstjänsten.
Tack för att ni använder hubbarna i Hemse och Slite!

KLINTEHAMN
Gamla posthuset i Klintehamn har sålts och vi söker en ny lokal.
Mer information kommer.

AVGIFT FRÅN 2028
Som vi berättade i förra numret kostar det 120 kr per månad att
använda hubbarna från 1 mars 2028. Fram till dess är det gratis.

LÄNGRE PROJEKT
Tillväxtverket har godkänt vår ändringsansökan - projektet pågår
nu till 30 juni 2029.

Hälsningar
Erik Gardell, tf. projektledare, Region Gotland

--
Du får det här nyhetsbrevet för att du har ett konto i
bokningstjänsten för Sockenhubbar Gotland.
Avsluta prenumerationen: https://nyhetsbrev.sockenhubbar-gotland.se/avregistrera?u=4f2a9c
"""

NEWS_HTML = """\
<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8">
<title>Sockenhubbsnytt nr 3</title></head>
<body style="margin:0;padding:0;background:#eef2f5;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#eef2f5;">
<tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:15px;color:#222;">
<tr><td style="background:#1d4f6e;color:#fff;padding:20px 28px;font-size:22px;">Sockenhubbsnytt nr 3 &ndash; september 2027</td></tr>
<tr><td style="padding:20px 28px;">
<h2 style="font-size:19px;color:#1d4f6e;">Burgsvik öppnar 20 september!</h2>
<p>Måndag 20 september 2027 öppnar sockenhubben i gamla bankkontoret vid torget i Burgsvik. Vi fick flytta öppningen två veckor eftersom bygglovet för den nya rampen dröjde. Invigning kl. 13.00 &ndash; välkommen!</p>

<h2 style="font-size:19px;color:#1d4f6e;">Här finns sockenhubbarna</h2>
<table cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:14px;">
<tr style="background:#dde7ee;"><th align="left">Ort</th><th align="left">Läge</th></tr>
<tr><td>Hemse</td><td>Öppen sedan 3 maj 2027</td></tr>
<tr><td>Slite</td><td>Öppen sedan juni 2027</td></tr>
<tr><td>Burgsvik</td><td>Öppnar 20 september 2027</td></tr>
<tr><td>Klintehamn</td><td>Ny lokal i Hamnmagasinet, öppnar preliminärt 1 februari 2028</td></tr>
<tr><td>Fårösund</td><td>Öppnar våren 2028</td></tr>
</table>

<h2 style="font-size:19px;color:#1d4f6e;">247 registrerade användare</h2>
<p>Nu har 247 personer registrerat sig i bokningstjänsten (siffra från 1 september). Målet är 450 användare till projektets slut. Tack för att ni använder hubbarna i Hemse och Slite!</p>

<h2 style="font-size:19px;color:#1d4f6e;">Klintehamn: ny lokal i Hamnmagasinet</h2>
<p>Gamla posthuset i Klintehamn såldes i somras. Styrgruppen har nu godkänt en ny lokal i Hamnmagasinet vid hamnen. Hubben i Klintehamn öppnar preliminärt 1 februari 2028.</p>

<h2 style="font-size:19px;color:#b03a2e;">Rättelse om avgiften</h2>
<p>I Sockenhubbsnytt nr 2 skrev vi att månadsavgiften på 120 kr börjar gälla 1 mars 2028. Det stämmer inte längre: regionstyrelsen beslutade den 17 juni 2027 att avgiften börjar gälla 1 april 2028. Fram till dess är det gratis att använda hubbarna.</p>

<h2 style="font-size:19px;color:#1d4f6e;">Projektet förlängs</h2>
<p>Tillväxtverket godkände vår ändringsansökan den 9 juni 2027. Projektet pågår nu till 30 juni 2029.</p>

<p>Hälsningar<br>Erik Gardell, tf. projektledare, Region Gotland</p>
</td></tr>
<tr><td style="padding:14px 28px;font-size:11px;color:#777;background:#f4f4f4;">Du får det här nyhetsbrevet för att du har ett konto i bokningstjänsten för Sockenhubbar Gotland. <a href="https://nyhetsbrev.sockenhubbar-gotland.se/avregistrera?u=4f2a9c">Avsluta prenumerationen</a></td></tr>
</table>
</td></tr></table>
</body></html>
"""


def qp(text):
    raw = text.replace("\n", "\r\n").encode("utf-8")
    return quopri.encodestring(raw, quotetabs=False).decode("ascii").replace("\r\n", "\n")


def make_newsletter(out):
    boundary = "_----------=_MCPart_1739264581"
    eml = (
        "Return-Path: <bounce-mc.us21_4f2a9c@mail.sockenhubbar-gotland.se>\n"
        "Received: from mail.sockenhubbar-gotland.se (mail.sockenhubbar-gotland.se [198.51.100.23])\n"
        "\tby mx.regiongotland.example; Thu, 02 Sep 2027 08:30:04 +0200\n"
        "From: Sockenhubbar Gotland <nyhetsbrev@sockenhubbar-gotland.se>\n"
        "Reply-To: sockenhubbar@sockenhubbar-gotland.se\n"
        "To: Lisa Berg <lisa.berg@regiongotland.example>\n"
        "Subject: =?utf-8?Q?Sockenhubbsnytt_nr_3_=E2=80=93_Burgsvik_=C3=B6ppnar!?=\n"
        "Date: Thu, 02 Sep 2027 08:30:00 +0200\n"
        "Message-ID: <20270902063000.4f2a9c.nr3@mail.sockenhubbar-gotland.se>\n"
        "List-Unsubscribe: <https://nyhetsbrev.sockenhubbar-gotland.se/avregistrera?u=4f2a9c>\n"
        "X-Mailer: MailChimp Mailer - **CID4f2a9c0003**\n"
        "MIME-Version: 1.0\n"
        "Content-Type: multipart/alternative; boundary=\"%s\"\n"
        "\n"
        "This is a multi-part message in MIME format\n"
        "\n"
        "--%s\n"
        "Content-Type: text/plain; charset=\"utf-8\"\n"
        "Content-Transfer-Encoding: quoted-printable\n"
        "\n"
        "%s\n"
        "--%s\n"
        "Content-Type: text/html; charset=\"utf-8\"\n"
        "Content-Transfer-Encoding: quoted-printable\n"
        "\n"
        "%s\n"
        "--%s--\n"
    ) % (boundary, boundary, qp(NEWS_TEXT), boundary, qp(NEWS_HTML), boundary)
    with open(os.path.join(out, "Sockenhubbsnytt_nr3_2027-09-02.eml"), "w",
              encoding="ascii", newline="\r\n") as f:
        f.write(eml)


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: r225_make_files.py OUT_DIR")
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    make_plan(out)
    make_minutes(out)
    make_decision(out)
    make_press(out)
    make_kanban(out)
    make_newsletter(out)
    for name in sorted(os.listdir(out)):
        print(name)


if __name__ == "__main__":
    main()
