#!/usr/bin/env python3
"""r217 – testdokument för Region Halland, projektet "Servicepunkt Halland (SPH)".

Användning:  python r217_make_files.py OUT_DIR

Skriver sex dokument som uppdaterar varandra över tid (jan–okt 2026).
Deterministiskt: ingen klocka, ingen slump, fast metadata, fasta zip-tider.

  1. 2026-01-20_Projektplan_Servicepunkt_Halland_v1.0.pdf
       PDF där tabellerna ritas kolumn för kolumn (textordningen blir
       kolumnvis, inte radvis) + spärrad rubrik och löpande sidhuvud/-fot.
  2. 2026-03-17_Protokoll_styrgruppen_SPH.docx
       DOCX konverterad från PDF: varje tryckt rad är ett eget
       ramplacerat stycke (w:framePr), hårda avstavningar vid radslut och
       sidhuvud/sidfot som brödtext mitt i flödet.
  3. 2026-04-23_RUN_beslut_SPH_andringsmarkerad.pdf
       "Ändringsmarkerad version": struken text är bara ritad med en linje
       över, tillagd text bara understruken – extraherad text får gammalt
       och nytt värde bredvid varandra.
  4. servicepunkt-halland_README.md
       Projektwiki (GitLab/GitHub) där tidplanen bara finns som
       Mermaid-gantt (ISO-datum, varaktigheter, milstolpar i diagramkod).
  5. handbok_servicepunktsvardar_index.txt
       reStructuredText-källa (Sphinx) där värdena är substitutioner
       |så_här| som definieras först i slutet av filen, plus
       versionchanged-direktiv med gamla värden.
  6. nyheter_servicepunkt_rss.txt
       RSS 2.0-flöde sparat som .txt: nyaste posten först, HTML
       entitets-kodad (&lt;p&gt;, &amp;nbsp;) i <description>, en
       "Uppdaterat"-rad sist i en post och en rättelsepost.
"""
import io
import os
import sys
import zipfile
import datetime
from xml.sax.saxutils import escape as xml_escape

from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

W, H = A4


# ---------------------------------------------------------------------------
# hjälpfunktioner PDF
# ---------------------------------------------------------------------------
def new_canvas(path, title, author, subject, datestr, creator):
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c._doc.info._dateFormatter = lambda *a: datestr
    c.setTitle(title)
    c.setAuthor(author)
    c.setSubject(subject)
    c.setCreator(creator)
    c.setKeywords("Servicepunkt Halland, SPH, Region Halland")
    return c


def para(c, text, x, y, width, font="Helvetica", size=10, leading=13.5):
    for line in simpleSplit(text, font, size, width):
        c.setFont(font, size)
        c.drawString(x, y, line)
        y -= leading
    return y


def heading(c, text, x, y, size=12.5):
    c.setFont("Helvetica-Bold", size)
    c.drawString(x, y, text)
    return y - size * 1.55


# ---------------------------------------------------------------------------
# 1. Projektplan (PDF, tabeller ritade kolumnvis)
# ---------------------------------------------------------------------------
def plan_header_footer(c, page, total):
    c.setFont("Helvetica", 8)
    c.setFillGray(0.35)
    c.drawString(56, H - 34, "Region Halland  |  Regional utveckling")
    c.drawRightString(W - 56, H - 34, "Projektplan Servicepunkt Halland (SPH)  v1.0")
    c.line(56, H - 40, W - 56, H - 40)
    c.line(56, 46, W - 56, 46)
    c.drawString(56, 34, "Dnr RS 2026/0087  |  Fastställd av styrgruppen 2026-01-20")
    c.drawRightString(W - 56, 34, "Sida %d av %d" % (page, total))
    c.setFillGray(0)


def column_major_table(c, x, y, col_widths, rows, aligns, row_h=17, size=9.5):
    """Ritar rutnät först, sedan texten KOLUMN FÖR KOLUMN (som vissa
    layoutprogram gör) – innehållsströmmen blir kolumnvis."""
    n_rows = len(rows)
    total_w = sum(col_widths)
    # bakgrund rubrikrad och summarad
    c.setFillGray(0.88)
    c.rect(x, y - row_h, total_w, row_h, stroke=0, fill=1)
    c.rect(x, y - row_h * n_rows, total_w, row_h, stroke=0, fill=1)
    c.setFillGray(0)
    c.setLineWidth(0.5)
    for i in range(n_rows + 1):
        c.line(x, y - i * row_h, x + total_w, y - i * row_h)
    cx = x
    for wdt in col_widths:
        c.line(cx, y, cx, y - n_rows * row_h)
        cx += wdt
    c.line(cx, y, cx, y - n_rows * row_h)
    # text, kolumn för kolumn
    cx = x
    for ci, wdt in enumerate(col_widths):
        for ri, row in enumerate(rows):
            bold = ri == 0 or ri == n_rows - 1
            c.setFont("Helvetica-Bold" if bold else "Helvetica", size)
            ty = y - ri * row_h - row_h + 5
            if aligns[ci] == "r":
                c.drawRightString(cx + wdt - 5, ty, row[ci])
            else:
                c.drawString(cx + 5, ty, row[ci])
        cx += wdt
    return y - n_rows * row_h


def make_plan(out):
    path = os.path.join(out, "2026-01-20_Projektplan_Servicepunkt_Halland_v1.0.pdf")
    c = new_canvas(path, "Projektplan Servicepunkt Halland (SPH) v1.0", "Lena Åkesson",
                   "Projektplan 2026–2027", "D:20260120093000+01'00'",
                   "Microsoft Word för Microsoft 365")
    L, TW = 56, W - 112
    # ---- sida 1
    plan_header_footer(c, 1, 2)
    y = H - 96
    t = c.beginText(L, y)
    t.setFont("Helvetica-Bold", 22)
    t.setCharSpace(7)                       # spärrad rubrik
    t.textOut("PROJEKTPLAN")
    c.drawText(t)
    y -= 30
    c.setFont("Helvetica-Bold", 15)
    c.drawString(L, y, "Servicepunkt Halland (SPH)")
    y -= 18
    c.setFont("Helvetica-Oblique", 10.5)
    c.drawString(L, y, "Bemannade servicepunkter på landsbygden i Halland 2026–2027")
    y -= 26
    info = [("Projektägare", "Region Halland, avdelningen Regional utveckling"),
            ("Projektledare", "Lena Åkesson, Region Halland"),
            ("Styrgrupp", "Ordförande Annika Strand, Region Halland"),
            ("Version", "1.0, fastställd av styrgruppen 2026-01-20"),
            ("Diarienummer", "RS 2026/0087")]
    for k, v in info:
        c.setFont("Helvetica-Bold", 10)
        c.drawString(L, y, k)
        c.setFont("Helvetica", 10)
        c.drawString(L + 100, y, v)
        y -= 14
    y -= 14
    y = heading(c, "1  Bakgrund", L, y)
    y = para(c, "Allt fler mindre orter i Halland saknar dagligvarubutik, paketombud och "
                "möjlighet att ta ut kontanter. Kommunerna i länets inland och norra och "
                "södra landsbygd har pekat ut behovet av en gemensam lösning. Projektet "
                "genomförs inom Hallands RSP (regionalt serviceprogram), som är länets "
                "program för kommersiell service på landsbygden, och delfinansieras av "
                "Tillväxtverket.", L, y, TW)
    y -= 10
    y = heading(c, "2  Syfte och mål", L, y)
    y = para(c, "Med servicepunkt avses i denna plan en bemannad lokal i en ort med färre "
                "än 1 500 invånare där invånare och företag kan hämta och lämna paket, få "
                "hjälp med digitala tjänster (till exempel BankID och e-tjänster) och ta "
                "ut kontanter. Målet är att tre servicepunkter ska vara i drift under "
                "projektperioden och att varje servicepunkt ska ha minst 4 000 besök per år.",
             L, y, TW)
    y -= 10
    y = heading(c, "3  Pilotorter", L, y)
    for ort in ["Unnaryd (Hylte kommun)", "Ullared (Falkenbergs kommun)",
                "Knäred (Laholms kommun)"]:
        c.setFont("Helvetica", 10)
        c.drawString(L + 10, y, "\u2022  " + ort)
        y -= 13.5
    y -= 10
    y = heading(c, "4  Tidplan", L, y)
    y = para(c, "Projektperioden är 1 mars 2026 – 31 december 2027. Servicepunkterna "
                "öppnar (pilotstart) den 1 september 2026. En delrapport lämnas till "
                "Regionala utvecklingsnämnden (RUN) i februari 2027 och en slutrapport "
                "senast 31 mars 2028.", L, y, TW)
    c.showPage()
    # ---- sida 2
    plan_header_footer(c, 2, 2)
    y = H - 80
    y = heading(c, "5  Budget och finansiering", L, y)
    y = para(c, "Tabell 1. Kostnadsbudget per år (kronor)", L, y, TW, "Helvetica-Oblique", 9.5)
    y -= 2
    rows = [["Kostnadspost", "2026", "2027", "Totalt"],
            ["Personal (projektledning, värdar)", "900 000", "1 200 000", "2 100 000"],
            ["Utrustning (paketskåp, IT)", "1 100 000", "200 000", "1 300 000"],
            ["Utbildning av servicepunktsvärdar", "400 000", "200 000", "600 000"],
            ["Extern utvärdering", "100 000", "300 000", "400 000"],
            ["Övrigt (resor, kommunikation)", "200 000", "200 000", "400 000"],
            ["Summa", "2 700 000", "2 100 000", "4 800 000"]]
    y = column_major_table(c, L, y, [215, 85, 85, 98], rows, "lrrr")
    y -= 22
    y = para(c, "Tabell 2. Finansiering (kronor)", L, y, TW, "Helvetica-Oblique", 9.5)
    y -= 2
    rows = [["Finansiär", "Belopp", "Andel"],
            ["Region Halland (1:1-medel)", "2 400 000", "50,0 %"],
            ["Tillväxtverket (RSP)", "1 600 000", "33,3 %"],
            ["Hylte kommun", "250 000", "5,2 %"],
            ["Falkenbergs kommun", "300 000", "6,3 %"],
            ["Laholms kommun", "250 000", "5,2 %"],
            ["Summa", "4 800 000", "100 %"]]
    y = column_major_table(c, L, y, [215, 130, 80], rows, "lrr")
    y -= 24
    y = heading(c, "6  Organisation", L, y)
    y = para(c, "Styrgruppen leds av Annika Strand, Region Halland, och består i övrigt av en "
                "representant för varje deltagande kommun. Projektledaren Lena Åkesson "
                "(100 procent) är föredragande i styrgruppen. Varje servicepunkt bemannas av "
                "en servicepunktsvärd som anställs av respektive kommun.", L, y, TW)
    y -= 10
    y = heading(c, "7  Utvärdering", L, y)
    y = para(c, "En extern utvärderare upphandlas under våren 2026. Utvärderingen ska "
                "följa besöksstatistik, nöjdhet och kostnad per besök.", L, y, TW)
    y -= 10
    y = heading(c, "8  Risker", L, y)
    y = para(c, "Största risken för tidplanen är försenade leveranser av utrustning, "
                "framför allt paketskåp. Risken hanteras genom tidig upphandling.", L, y, TW)
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# 2. Styrgruppsprotokoll (DOCX konverterad från PDF, ramar per rad)
# ---------------------------------------------------------------------------
def fixed_zip(data, when):
    """Packar om en OOXML-zip med fasta tider och fast ordning."""
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        names = src.namelist()
        first = [n for n in names if n == "[Content_Types].xml"]
        for n in first + sorted(n for n in names if n != "[Content_Types].xml"):
            zi = zipfile.ZipInfo(n, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, src.read(n))
    return buf.getvalue()


def make_minutes(out):
    from docx import Document
    from docx.shared import Pt
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.enum.text import WD_BREAK

    doc = Document()
    cp = doc.core_properties
    cp.author = "Lena Åkesson"
    cp.last_modified_by = "Lena Åkesson"
    cp.title = "Protokoll styrgruppen Servicepunkt Halland 2026-03-17"
    cp.subject = "Styrgruppsmöte SPH"
    cp.comments = "Konverterad från PDF med Adobe Acrobat (Behåll sidlayout)"
    cp.keywords = "SPH; protokoll; styrgrupp"
    cp.category = "Protokoll"
    cp.created = datetime.datetime(2026, 3, 18, 8, 12, 0)
    cp.modified = datetime.datetime(2026, 3, 18, 8, 14, 0)
    cp.last_printed = datetime.datetime(2026, 3, 18, 8, 0, 0)
    cp.revision = 1
    sec = doc.sections[0]
    from docx.shared import Twips
    sec.page_width, sec.page_height = Twips(11906), Twips(16838)
    sec.left_margin = sec.right_margin = Twips(0)
    sec.top_margin = sec.bottom_margin = Twips(0)

    def line(text, y, x=1418, size=10.5, bold=False, w=9070, font="Calibri", page_break=False):
        p = doc.add_paragraph()
        pPr = p._p.get_or_add_pPr()
        fr = OxmlElement("w:framePr")
        for k, v in (("w:w", str(w)), ("w:h", "262"), ("w:hRule", "exact"),
                     ("w:wrap", "auto"), ("w:vAnchor", "page"), ("w:hAnchor", "page"),
                     ("w:x", str(x)), ("w:y", str(y))):
            fr.set(qn(k), v)
        pPr.insert(0, fr)
        sp = OxmlElement("w:spacing")
        sp.set(qn("w:before"), "0")
        sp.set(qn("w:after"), "0")
        sp.set(qn("w:line"), "262")
        sp.set(qn("w:lineRule"), "exact")
        pPr.append(sp)
        if page_break:
            p.add_run().add_break(WD_BREAK.PAGE)
        r = p.add_run(text)
        r.font.size = Pt(size)
        r.font.bold = bold
        r.font.name = font
        r._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:hAnsi"), font)
        return p

    def page(lines, y0=1134, step=276, page_break=False):
        if page_break:
            # konverteraren lägger en tom, oinramad sidbrytning mellan sidorna
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        y = y0
        first = True
        for item in lines:
            if item is None:
                y += step // 2
                continue
            if isinstance(item, tuple):
                text, opts = item
            else:
                text, opts = item, {}
            line(text, y, **opts)
            first = False
            y += step

    B = {"bold": True}
    HDR = {"size": 8, "font": "Arial"}
    page_count = 2
    p1 = [
        ("Region Halland" + " " * 58 + "PROTOKOLL", HDR),
        ("Styrgruppen för Servicepunkt Halland (SPH)" + " " * 30 + "Sida 1 (%d)" % page_count, HDR),
        None,
        ("Datum: 2026-03-17, kl. 09.00–11.30", B),
        "Plats: Regionens hus, Halmstad, rum Laxen",
        "Närvarande: Annika Strand, ordförande (Region Halland), Karin Lindqvist",
        "(Hylte kommun), Mikael Ståhl (Falkenbergs kommun), Eva Persson (Laholms",
        "kommun), Lena Åkesson, projektledare, föredragande",
        "Adjungerad: Jonas Berg (Varbergs kommun), § 5",
        None,
        ("§ 1  Mötets öppnande", B),
        "Ordföranden öppnade mötet och hälsade särskilt Jonas Berg från Var-",
        "bergs kommun välkommen.",
        None,
        ("§ 2  Val av justerare", B),
        "Karin Lindqvist valdes att jämte ordföranden justera protokollet.",
        None,
        ("§ 3  Lägesrapport", B),
        "Projektledaren redovisade läget. Lokaler är klara i Unnaryd och Ulla-",
        "red. I Knäred pågår förhandling med fastighetsägaren. Rekrytering av ser-",
        "vicepunktsvärdar påbörjas i maj. Utbildningen av värdarna planeras till",
        "slutet av augusti.",
        None,
        ("§ 4  Ändrad tidplan för pilotstart", B),
        "Leverantören NordBox AB har meddelat att leveransen av paketskåp för-",
        "senas med cirka sex veckor. Pilotstarten kan därför inte ske den 1 sep-",
        "tember 2026 som anges i projektplanen. Utan paketskåp går det inte att",
        "erbjuda paketutlämning, som är servicepunkternas viktigaste tjänst.",
        "Styrgruppen beslutar",
        "att flytta pilotstarten till måndagen den 5 oktober 2026, samt",
        "att projektledaren meddelar berörda kommuner och Tillväxtverket.",
        None, None, None, None, None, None, None, None, None, None, None, None,
        ("Justerare: ...............................          Ordförande: ...............................", HDR),
        ("RS 2026/0087" + " " * 120 + "Sida 1 (%d)" % page_count, HDR),
    ]
    p2 = [
        ("Region Halland" + " " * 58 + "PROTOKOLL", HDR),
        ("Styrgruppen för Servicepunkt Halland (SPH)" + " " * 30 + "Sida 2 (%d)" % page_count, HDR),
        None,
        ("§ 5  Varbergs kommun ansluter", B),
        "Varbergs kommun har anmält intresse av att delta med en servicepunkt i",
        "Veddige. Kommunen bidrar med 200 000 kronor i medfinansiering. Veddige",
        "kan tidigast öppna under senhösten 2026.",
        "Styrgruppen beslutar",
        "att Varbergs kommun ansluter till projektet med Veddige som fjärde pi-",
        "lotort, samt",
        "att projektledaren tar fram en reviderad budget till nästa möte.",
        None,
        ("§ 6  Extern utvärdering", B),
        "Styrgruppen beslutar att extern utvärdering ska upphandlas till en kost-",
        "nad av högst 400 000 kronor. Tilldelning sker under maj.",
        None,
        ("§ 7  Nästa möte", B),
        "Nästa möte hålls den 26 maj 2026 kl. 13.00 i Hylte kommunhus, Hylte-",
        "bruk.",
        None,
        "Vid protokollet",
        "Lena Åkesson",
        None,
        "Justeras",
        "Annika Strand, ordförande" + " " * 24 + "Karin Lindqvist",
        None, None, None, None, None, None, None, None, None, None, None, None,
        None, None, None, None, None, None, None,
        ("Justerare: ...............................          Ordförande: ...............................", HDR),
        ("RS 2026/0087" + " " * 120 + "Sida 2 (%d)" % page_count, HDR),
    ]
    # ta bort python-docx:s tomma startstycke om det finns
    body = doc.element.body
    for p in list(body.findall(qn("w:p"))):
        body.remove(p)
    page(p1)
    page(p2, page_break=True)
    buf = io.BytesIO()
    doc.save(buf)
    data = fixed_zip(buf.getvalue(), (2026, 3, 18, 8, 14, 0))
    with open(os.path.join(out, "2026-03-17_Protokoll_styrgruppen_SPH.docx"), "wb") as f:
        f.write(data)


# ---------------------------------------------------------------------------
# 3. RUN-beslut, ändringsmarkerad (PDF, grafisk överstrykning)
# ---------------------------------------------------------------------------
def make_decision(out):
    path = os.path.join(out, "2026-04-23_RUN_beslut_SPH_andringsmarkerad.pdf")
    c = new_canvas(path, "Beslut RUN 2026-04-23 § 47 – ändringsmarkerad version",
                   "Region Halland, Regionala utvecklingsnämnden",
                   "Ändring av beslut om medel till Servicepunkt Halland",
                   "D:20260428101500+02'00'", "Microsoft Word – Skriv ut med markering")
    L = 62
    size = 10.5
    lead = 15.5

    def seg_line(segs, y, x=L):
        for text, kind in segs:
            font = "Helvetica-Bold" if kind == "b" else "Helvetica"
            c.setFont(font, size)
            wdt = stringWidth(text, font, size)
            if kind == "del":
                c.setFillColorRGB(0.75, 0.0, 0.0)
                c.drawString(x, y, text)
                c.setStrokeColorRGB(0.75, 0.0, 0.0)
                c.setLineWidth(0.8)
                c.line(x, y + 3.6, x + wdt, y + 3.6)
            elif kind == "ins":
                c.setFillColorRGB(0.0, 0.2, 0.7)
                c.drawString(x, y, text)
                c.setStrokeColorRGB(0.0, 0.2, 0.7)
                c.setLineWidth(0.6)
                c.line(x, y - 1.8, x + wdt, y - 1.8)
            else:
                c.setFillColorRGB(0, 0, 0)
                c.drawString(x, y, text)
            x += wdt
        c.setFillColorRGB(0, 0, 0)
        c.setStrokeColorRGB(0, 0, 0)
        return y - lead

    # ändringsstreck i marginalen
    def bar(y_top, y_next):
        # y_top = första radens baslinje, y_next = baslinjen efter sista raden
        c.setLineWidth(1.2)
        c.line(L - 14, y_top + 11, L - 14, y_next + lead - 4)
        c.setLineWidth(0.5)

    c.setFont("Helvetica-Bold", 9)
    c.drawString(L, H - 52, "REGION HALLAND")
    c.setFont("Helvetica", 9)
    c.drawString(L, H - 64, "Regionala utvecklingsnämnden")
    c.drawRightString(W - 62, H - 52, "BESLUT")
    c.drawRightString(W - 62, H - 64, "2026-04-23  § 47")
    c.drawRightString(W - 62, H - 76, "Dnr RUN 2026/0412")
    y = H - 118
    c.setFont("Helvetica-Bold", 14)
    c.drawString(L, y, "Ändring av beslut om medel till projektet Servicepunkt Halland")
    y -= 22
    c.setFont("Helvetica-Oblique", 8.5)
    c.setFillGray(0.3)
    c.drawString(L, y, "Ändringsmarkerad version i förhållande till beslut 2026-02-12 § 12. Överstruken text utgår, "
                       "understruken text tillkommer.")
    y -= 11
    c.drawString(L, y, "Denna utskrift ersätter inte det justerade protokollet.")
    c.setFillGray(0)
    y -= 28
    c.setFont("Helvetica-Bold", 11.5)
    c.drawString(L, y, "Beslut")
    y -= 20
    y = seg_line([("Regionala utvecklingsnämnden beslutar", "n")], y)
    y -= 4
    top = y
    y = seg_line([("1.  att avsätta högst ", "n"), ("2 400 000", "del"), (" ", "n"),
                  ("2 150 000", "ins"), (" kronor ur anslaget 1:1 Regionala tillväxtåtgärder", "n")], y)
    y = seg_line([("     till projektet Servicepunkt Halland (SPH),", "n")], y)
    bar(top, y)
    y -= 4
    top = y
    y = seg_line([("2.  att projektperioden är 1 mars 2026 – ", "n"), ("31 december 2027", "del"),
                  (" ", "n"), ("30 juni 2028", "ins"), (",", "n")], y)
    bar(top, y)
    y -= 4
    top = y
    y = seg_line([("3.  att slutrapport ska lämnas till nämnden senast ", "n"), ("31 mars 2028", "del"),
                  (" ", "n"), ("30 september 2028", "ins"), (",", "n")], y)
    bar(top, y)
    y -= 4
    y = seg_line([("4.  att medlen inte får användas till hyra av lokaler, samt", "n")], y)
    y -= 4
    top = y
    y = seg_line([("5.  att ", "n"), ("Hylte, Falkenbergs och Laholms kommuner", "del")], y)
    y = seg_line([("     ", "n"), ("Hylte, Falkenbergs, Laholms och Varbergs kommuner", "ins"),
                  (" ska redovisa sin medfinansiering", "n")], y)
    y = seg_line([("     i samband med slutrapporten.", "n")], y)
    bar(top, y)
    y -= 20
    c.setFont("Helvetica-Bold", 11.5)
    c.drawString(L, y, "Sammanfattning av ärendet")
    y -= 20
    TW = W - 2 * L
    txt = ("Tillväxtverket har inom Hallands regionala serviceprogram (RSP) beviljat "
           "projektet 1 850 000 kronor, vilket är 250 000 kronor mer än vad som angavs i "
           "projektplanen. Regionens insats minskas därför med motsvarande belopp. "
           "Projektperioden förlängs med sex månader eftersom pilotstarten har flyttats "
           "till oktober 2026 och Varbergs kommun har anslutit till projektet med en "
           "fjärde servicepunkt i Veddige. Övriga villkor i beslutet 2026-02-12 § 12 gäller.")
    y = para(c, txt, L, y, TW, size=10.5, leading=15)
    y -= 20
    c.setFont("Helvetica-Bold", 11.5)
    c.drawString(L, y, "Beslutsunderlag")
    y -= 18
    for s in ["Tjänsteskrivelse 2026-04-07, Regional utveckling",
              "Protokoll styrgruppen SPH 2026-03-17",
              "Beslut Tillväxtverket 2026-03-30 om stöd inom RSP"]:
        c.setFont("Helvetica", 10)
        c.drawString(L + 8, y, "\u2013  " + s)
        y -= 14
    y -= 30
    c.setFont("Helvetica", 10)
    c.drawString(L, y, "Maria Ekdahl")
    c.drawString(L + 240, y, "Tomas Granlund")
    y -= 13
    c.setFont("Helvetica-Oblique", 9)
    c.drawString(L, y, "ordförande")
    c.drawString(L + 240, y, "nämndsekreterare")
    c.setFont("Helvetica", 8)
    c.setFillGray(0.35)
    c.drawString(L, 40, "Region Halland  |  Box 517, 301 80 Halmstad  |  Beslutet kan överklagas enligt 13 kap. kommunallagen.")
    c.drawRightString(W - 62, 40, "1 (1)")
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# 4. Projektwiki (Markdown + Mermaid gantt)
# ---------------------------------------------------------------------------
README = """\
# Servicepunkt Halland (SPH)

> Intern projektwiki för projektgruppen. Senast ändrad 2026-06-10 av @lena.akesson
> (efter styrgruppsmötet 26 maj). Ändra tidplanen i Mermaid-koden, inte i någon bild.

[[_TOC_]]

## Om projektet

SPH bygger upp bemannade servicepunkter på landsbygden i Halland: paketutlämning,
digital hjälp och kontantuttag på samma ställe. Projektägare är Region Halland
(Regional utveckling). Beslut om regionens medel: RUN 2026-04-23 § 47, se
`/beslut/2026-04-23_RUN_beslut_SPH_andringsmarkerad.pdf`.

## Kontakter

| Roll | Namn | Organisation / kommentar |
|------|------|--------------------------|
| Projektledare | Lena Åkesson | Region Halland |
| Styrgruppens ordförande | Annika Strand | Region Halland |
| Utvärderare | Kustkonsult AB | Avtal tecknat 2026-05-28, uppdraget löper till slutrapporten |
| Leverantör paketskåp | NordBox AB | Leverans bekräftad till v. 35 |

## Pilotorter

- [x] Unnaryd (Hylte kommun) – lokal klar
- [x] Ullared (Falkenbergs kommun) – lokal klar
- [x] Knäred (Laholms kommun) – hyresavtal klart 2026-05-20
- [ ] Veddige (Varbergs kommun) – lokal hittad, avtal ej signerat

## Tidplan

Reviderad efter styrgruppsmötet 26 maj. Datumen finns bara i diagrammet.

```mermaid
%%{init: {"gantt": {"barHeight": 18}} }%%
gantt
    title SPH – tidplan (rev. 2026-06-10)
    dateFormat  YYYY-MM-DD
    axisFormat  %d/%m
    excludes    weekends
    todayMarker off

    section Förberedelser
    Upphandling paketskåp            :done,    upph, 2026-03-01, 2026-05-15
    Leverans paketskåp               :active,  lev,  after upph, 15w
    Rekrytering värdar               :done,    rekr, 2026-05-04, 6w
    Utbildning servicepunktsvärdar   :         utb,  2026-08-24, 3w

    section Öppning
    Unnaryd                          :milestone, m1, 2026-10-05, 0d
    Ullared                          :milestone, m2, 2026-10-05, 0d
    Knäred                           :milestone, m3, 2026-10-05, 0d
    Veddige                          :milestone, m4, 2026-11-16, 0d

    section Uppföljning
    Delrapport till RUN              :crit, milestone, dr, 2027-03-31, 0d
    Utvärdering (Kustkonsult)        :         utv,  2026-10-05, 2027-12-17
```

## Öppettider

Förslag från projektgruppen: **måndagar och onsdagar 10–18**. Beslutas av
styrgruppen i augusti – ändra inte skyltarna innan dess.

## Att göra

- [ ] Reviderad budget med Varbergs 200 000 kr (@lena.akesson)
- [ ] Skylt- och kommunikationsplan (@kommunikation)
- [x] Ansökan om ändrat beslut till RUN
"""


def make_readme(out):
    with open(os.path.join(out, "servicepunkt-halland_README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(README)


# ---------------------------------------------------------------------------
# 5. Handbok (reStructuredText, substitutioner definierade sist)
# ---------------------------------------------------------------------------
RST = """\
.. Handbok för servicepunktsvärdar – källfil för Sphinx (index.rst)
.. Bygg med: make html.  Ändra värdena i substitutionerna längst ned!

=====================================
Handbok för servicepunktsvärdar (SPH)
=====================================

:Version: 1.2
:Datum: 2026-09-01
:Ansvarig: |projektledare|, projektledare
:Gäller för: alla servicepunkter i Servicepunkt Halland

.. contents:: Innehåll
   :depth: 2
   :local:

Inledning
=========

Den här handboken gäller för alla servicepunkter inom projektet
Servicepunkt Halland (SPH). Servicepunkterna öppnar |startdatum|.
Läs också :doc:`rutiner/paket` och :doc:`rutiner/kontanter`.

.. note::

   Från och med 1 augusti 2026 är |projektledare| projektledare för SPH.
   Lena Åkesson har gått över till en annan tjänst inom Region Halland
   men finns kvar som stöd i utvärderingsfrågor.

Öppettider
==========

Alla servicepunkter har samma öppettider: |oppettider|.
Röda dagar är servicepunkterna stängda.

.. versionchanged:: 1.2
   Öppettiderna var tidigare måndagar och onsdagar kl. 10.00–18.00
   (version 1.1). Ändrat efter beslut i styrgruppen 2026-08-25.

Tjänster
========

Paketutlämning
   Paket hämtas ut i paketskåpen eller över disk. Legitimation krävs.

Digital hjälp
   Värden hjälper till med BankID, e-tjänster och bokning av resor,
   men loggar aldrig in åt besökaren.

Kontantuttag
   Uttag med bankkort, högst |maxuttag| per tillfälle och kund.

   .. versionchanged:: 1.2
      Maxbeloppet har höjts från 1 500 kronor.

Support
=======

Ring supporten på |support| (vardagar 08.00–17.00) vid problem med
paketskåp, kassa eller IT. Akuta fel på paketskåp rapporteras också i
leverantörens portal.

Ordlista
========

.. glossary::

   Servicepunktsvärd
      Den person som bemannar en servicepunkt. Värden är anställd av
      kommunen där servicepunkten ligger.

   RSP
      Regionalt serviceprogram, se :ref:`finansiering`.

.. _finansiering:

Finansiering
============

SPH finansieras av Region Halland, Tillväxtverket och de deltagande
kommunerna. Aktuella belopp finns i nämndens beslut.

.. Substitutioner – ändras här, slår igenom i hela handboken

.. |projektledare| replace:: Samir Haddad
.. |startdatum| replace:: måndagen den 5 oktober 2026
.. |oppettider| replace:: tisdagar och torsdagar kl. 10.00–18.00
.. |maxuttag| replace:: 2 000 kronor
.. |support| replace:: 070-174 06 42
"""


def make_rst(out):
    with open(os.path.join(out, "handbok_servicepunktsvardar_index.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(RST)


# ---------------------------------------------------------------------------
# 6. Nyhetsflöde (RSS 2.0 sparad som .txt, nyaste först, kodad HTML)
# ---------------------------------------------------------------------------
ITEMS = [
    {
        "title": "Rättelse: Region Hallands finansiering av Servicepunkt Halland",
        "guid": "sph-nyhet-0042",
        "link": "https://servicepunkt.example.org/nyheter/rattelse-finansiering",
        "pub": "Mon, 19 Oct 2026 14:05:00 +0200",
        "updated": None,
        "creator": "Samir Haddad",
        "html": ("<p>I nyheten &quot;Servicepunkt Halland öppnar 5 oktober&quot; den 15 september "
                 "skrev vi att Region Halland bidrar med 2&nbsp;500&nbsp;000 kronor. Det stämmer inte.</p>"
                 "<p>Rätt belopp är <strong>2 150 000 kronor</strong> enligt Regionala "
                 "utvecklingsnämndens beslut den 23 april 2026. Tillväxtverket bidrar med "
                 "1 850 000 kronor och kommunerna med resten. Vi ber om ursäkt för felet.</p>"),
    },
    {
        "title": "Nu har servicepunkterna i Unnaryd och Ullared öppnat",
        "guid": "sph-nyhet-0041",
        "link": "https://servicepunkt.example.org/nyheter/forsta-servicepunkterna-oppna",
        "pub": "Tue, 06 Oct 2026 09:30:00 +0200",
        "updated": "2026-10-08T15:10:00+02:00",
        "creator": "Samir Haddad",
        "html": ("<p>I måndags, den 5 oktober, öppnade de två första servicepunkterna i "
                 "Unnaryd och Ullared. Redan första dagen kom besökare för att hämta paket "
                 "och få hjälp med BankID.</p>"
                 "<p>Servicepunkten i Knäred öppnar i stället <strong>2 november</strong> på "
                 "grund av en vattenskada i lokalen. Veddige följer senare i höst.</p>"
                 "<p>Öppettider och adresser finns på respektive orts sida.</p>"
                 "<p><em>Uppdaterat 8 oktober kl.&nbsp;15.10:</em> Servicepunkten i Knäred "
                 "öppnar måndag 9 november 2026, inte 2 november som vi först skrev. "
                 "Hantverkarna behöver en vecka till efter vattenskadan.</p>"),
    },
    {
        "title": "Servicepunkt Halland öppnar 5 oktober",
        "guid": "sph-nyhet-0037",
        "link": "https://servicepunkt.example.org/nyheter/sph-oppnar-5-oktober",
        "pub": "Tue, 15 Sep 2026 08:00:00 +0200",
        "updated": None,
        "creator": "Kommunikation Region Halland",
        "html": ("<p>Den 5 oktober öppnar Servicepunkt Halland i Unnaryd, Ullared och "
                 "Knäred. Där kan du hämta paket, få digital hjälp och ta ut kontanter "
                 "&ndash; två dagar i veckan.</p>"
                 "<p>Projektet finansieras av Region Halland med 2 500 000 kronor, av "
                 "Tillväxtverket och av Hylte, Falkenbergs, Laholms och Varbergs kommuner.</p>"),
    },
    {
        "title": "Värdarna har börjat sin utbildning",
        "guid": "sph-nyhet-0031",
        "link": "https://servicepunkt.example.org/nyheter/utbildning-vardar",
        "pub": "Mon, 24 Aug 2026 16:45:00 +0200",
        "updated": None,
        "creator": "Lena Åkesson",
        "html": ("<p>I dag startade utbildningen för de blivande servicepunktsvärdarna "
                 "i Falkenberg. Under tre veckor går de igenom paketrutiner, kontanthantering "
                 "och digital hjälp.</p>"),
    },
]


def make_rss(out):
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" '
             'xmlns:dc="http://purl.org/dc/elements/1.1/">',
             '<channel>',
             '<title>Servicepunkt Halland – Nyheter</title>',
             '<link>https://servicepunkt.example.org/nyheter</link>',
             '<atom:link href="https://servicepunkt.example.org/nyheter/feed/" rel="self" type="application/rss+xml" />',
             '<description>Nyheter från projektet Servicepunkt Halland (SPH)</description>',
             '<language>sv-SE</language>',
             '<lastBuildDate>Tue, 20 Oct 2026 07:00:00 +0200</lastBuildDate>',
             '<generator>https://wordpress.org/?v=6.8</generator>']
    for it in ITEMS:
        lines.append('<item>')
        lines.append('\t<title>%s</title>' % xml_escape(it["title"]))
        lines.append('\t<link>%s</link>' % it["link"])
        lines.append('\t<dc:creator><![CDATA[%s]]></dc:creator>' % it["creator"])
        lines.append('\t<pubDate>%s</pubDate>' % it["pub"])
        if it["updated"]:
            lines.append('\t<atom:updated>%s</atom:updated>' % it["updated"])
        lines.append('\t<category><![CDATA[Servicepunkt Halland]]></category>')
        lines.append('\t<guid isPermaLink="false">%s</guid>' % it["guid"])
        lines.append('\t<description>%s</description>' % xml_escape(it["html"]))
        lines.append('</item>')
    lines += ['</channel>', '</rss>', '']
    with open(os.path.join(out, "nyheter_servicepunkt_rss.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines))


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: r217_make_files.py OUT_DIR")
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    make_plan(out)
    make_minutes(out)
    make_decision(out)
    make_readme(out)
    make_rst(out)
    make_rss(out)


if __name__ == "__main__":
    main()
