#!/usr/bin/env python3
"""r152 – six invented Swedish documents (Region Östergötland / Arbetsförmedlingen
Östergötland, Jobbspår Östergötland) for a user test of Kunskapsbanken.

    python3 r152_make_files.py OUT_DIR

Deterministic: reportlab runs with invariant=1, DOCX zip entries get a fixed timestamp and
fixed core properties; all content is hard-coded.

Files and their layout traps
----------------------------
1. Kompetensradet_2026-11-19_Lagesbild_handout.pdf  (3 pages, A4 portrait)
   A PowerPoint deck printed as HANDOUTS, "3 bilder per sida": each page carries three
   SCALED-DOWN 16:9 slide thumbnails on the left (text drawn at 4–9 pt through a scaled
   coordinate system, a coloured title band, a big key figure, a table of municipalities,
   a drawn bar chart with value labels, bullet lists, a repeated in-slide footer and slide
   number) and EMPTY RULED NOTE LINES on the right. The handout itself has a header
   (event + date) and a footer with the page number, so each page has three slide numbers
   and one page number.

2. Processkarta_Jobbspar_v1.2.pdf  (2 pages: LANDSCAPE + portrait)
   A SWIMLANE PROCESS MAP: five horizontal lanes with ROTATED lane labels, numbered activity
   boxes, two decision DIAMONDS with Ja/Nej arrows, dashed note boxes holding time limits,
   a legend. Text of boxes in different lanes interleaves when extracted. Page 2 has a step
   table (Steg / Vad händer / Ansvarig / Tidsgräns), definitions (“Begrepp”), ownership and
   a VERSION TABLE whose last row says the time limit in step 2 changed from 15 to 10
   working days (the old value is a distractor).

3. Upphandlingsdokument_RO-2026-4411_Yrkessvenska.pdf  (A4, ~5 pages)
   A PROCUREMENT DOCUMENT printed from an e-procurement system: grey header band on every
   page, footer "Utskrivet 2026-11-20 14:32 … Sida N av M", hierarchical numbering, every
   requirement in its own BOXED BLOCK with a "Ska-krav"/"Bör-krav (mervärde)" tag, a
   metadata line (Svarstyp / Obligatorisk / Bilaga) and an empty answer line, a timetable
   table, a boxed evaluation formula, soft-hyphen hyphenation in justified text. No award
   has been made yet (tilldelningsbeslut planned week 3, 2027).

4. Ansokan_RUM_Kompetensnav_Mjolby-Boxholm.docx
   A filled-in Word 97-2003-style PROTECTED FORM (w:documentProtection edit="forms") whose
   every value is a LEGACY FORM FIELD (fldChar begin + w:ffData + FORMTEXT / FORMCHECKBOX /
   FORMDROPDOWN): values are runs between "separate" and "end", the check-box state and
   the drop-down choice exist only as XML attributes, help/status texts hold EXAMPLE values
   (not the real ones), multi-line answers use w:br inside the field, number fields carry a
   "# ##0" format, and the "Ifylls av Region Östergötland" fields are empty (five U+2002
   spaces). Word header with the form id, footer "Sida PAGE av NUMPAGES".

5. LASMIG_Jobbspar_Ostergotland.txt  (CRLF)
   A shared-drive READ-ME: a key–value head, a DIRECTORY TREE drawn with ├── │ └──, folder
   comments continued on indented lines to the right of the tree, a file-name convention,
   access and restore instructions and a CHANGE LOG (newest first) – the 05_Ekonomi folder
   for invoice documents is new (2026-11-27).

6. analys_langtidsarbetsloshet_ostergotland.md
   An R MARKDOWN report KNITTED TO github_document: a setext title, author/date lines, a
   generated TOC of anchor links, ``` r code chunks, console OUTPUT as 4-space-indented
   blocks whose lines start with "## " (look like headings), a tibble printout with
   "<dbl>" type rows and dot decimals, knitr::kable pipe tables with space thousands and
   decimal commas, figure links with <!-- --> and sessionInfo() output at the end.
"""
import os
import sys
import zipfile

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer,
                                Table, TableStyle, KeepTogether)

# ---------------------------------------------------------------- fonts
DEJAVU = "/usr/share/fonts/truetype/dejavu/"
LIB = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("DV", DEJAVU + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", DEJAVU + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVI", DEJAVU + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFont(TTFont("LS", LIB + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSB", LIB + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LSI", LIB + "LiberationSans-Italic.ttf"))
from reportlab.lib.fonts import addMapping
addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DVB"); addMapping("DV", 0, 1, "DVI")
addMapping("DV", 1, 1, "DVB")
addMapping("LS", 0, 0, "LS"); addMapping("LS", 1, 0, "LSB"); addMapping("LS", 0, 1, "LSI")
addMapping("LS", 1, 1, "LSB")

SW = pdfmetrics.stringWidth
SHY = "\xad"


def wrap(text, font, size, width):
    """Greedy word wrap by string width."""
    words, lines, cur = text.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if SW(t, font, size) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


# =====================================================================================
# 1. Handout PDF – three slides per page with note lines
# =====================================================================================
RO_BLUE = colors.HexColor("#1D4F91")
RO_LIGHT = colors.HexColor("#E8EEF7")
AF_GREEN = colors.HexColor("#00695C")


def slide_frame(c, title, n):
    """Draw the common slide parts in 960x540 slide coordinates."""
    c.setFillColor(colors.white)
    c.setStrokeColor(colors.HexColor("#777777"))
    c.setLineWidth(2)
    c.rect(0, 0, 960, 540, fill=1, stroke=1)
    if title:
        c.setFillColor(RO_BLUE)
        c.rect(0, 450, 960, 90, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont("LSB", 36)
        c.drawString(40, 480, title)
    c.setFillColor(colors.HexColor("#666666"))
    c.setFont("LS", 14)
    c.drawString(40, 16, "Lägesbild arbetsmarknaden · Kompetensrådet 2026-11-19")
    c.drawRightString(920, 16, str(n))
    c.setStrokeColor(AF_GREEN)
    c.setLineWidth(3)
    c.line(40, 38, 920, 38)


def bullets(c, items, x, y, width, size=22, lead=1.35, gap=10, font="LS"):
    for it in items:
        lines = wrap(it, font, size, width - 30)
        c.setFillColor(RO_BLUE)
        c.circle(x + 7, y + size * 0.32, 4.5, fill=1, stroke=0)
        c.setFillColor(colors.black)
        c.setFont(font, size)
        for ln in lines:
            c.drawString(x + 26, y, ln)
            y -= size * lead
        y -= gap
    return y


def s1(c):
    slide_frame(c, None, 1)
    c.setFillColor(RO_BLUE)
    c.rect(0, 300, 960, 240, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont("LSB", 50)
    c.drawString(60, 430, "Lägesbild arbetsmarknaden")
    c.drawString(60, 372, "i Östergötland")
    c.setFont("LS", 28)
    c.drawString(60, 320, "Kompetensrådet 19 november 2026")
    c.setFillColor(colors.black)
    c.setFont("LS", 22)
    c.drawString(60, 220, "Jonas Wikström, analytiker, Arbetsförmedlingen Östergötland")
    c.drawString(60, 186, "Sara Lindqvist, kompetensförsörjningsstrateg, Region Östergötland")


def s2(c):
    slide_frame(c, "Inskrivna arbetslösa i oktober 2026", 2)
    c.setFillColor(RO_BLUE)
    c.setFont("LSB", 110)
    c.drawString(60, 270, "22 870")
    c.setFillColor(colors.black)
    c.setFont("LS", 24)
    c.drawString(64, 228, "inskrivna arbetslösa 16–64 år i länet")
    c.setFont("LS", 20)
    c.drawString(64, 190, "−640 personer jämfört med oktober 2025")
    c.setFillColor(RO_LIGHT)
    c.roundRect(590, 150, 330, 260, 12, fill=1, stroke=0)
    c.setFillColor(RO_BLUE)
    c.setFont("LSB", 64)
    c.drawString(620, 320, "8,6 %")
    c.setFillColor(colors.black)
    c.setFont("LS", 19)
    for i, ln in enumerate(["av den registerbaserade", "arbetskraften", "(riket 7,0 %)",
                            "Minskning med 0,2 procent-", "enheter på ett år"]):
        c.drawString(620, 285 - i * 26, ln)
    c.setFont("LSI", 15)
    c.setFillColor(colors.HexColor("#555555"))
    c.drawString(60, 60, "Källa: Arbetsförmedlingen, inskrivna arbetslösa, uttag 2026-11-05")


def s3(c):
    slide_frame(c, "Stora skillnader mellan kommunerna", 3)
    rows = [("Norrköping", "10,9", "−0,3"), ("Motala", "9,8", "+0,4"),
            ("Finspång", "8,7", "+0,9"), ("Valdemarsvik", "7,4", "+0,5"),
            ("Linköping", "7,2", "−0,2"), ("Mjölby", "6,3", "0,0"),
            ("Östergötland", "8,6", "−0,2")]
    c.setFont("LSB", 19)
    c.setFillColor(colors.black)
    c.drawString(50, 405, "Kommun")
    c.drawString(270, 405, "Andel okt 2026 (%)")
    c.drawString(470, 405, "Förändring")
    c.drawString(470, 382, "(procentenheter)")
    y = 345
    for i, (k, a, f) in enumerate(rows):
        if i % 2 == 0:
            c.setFillColor(RO_LIGHT)
            c.rect(44, y - 10, 600, 34, fill=1, stroke=0)
        c.setFillColor(colors.black)
        c.setFont("LSB" if k == "Östergötland" else "LS", 21)
        c.drawString(50, y, k)
        c.drawRightString(380, y, a)
        c.drawRightString(580, y, f)
        y -= 38
    c.setFillColor(colors.HexColor("#FFF4D6"))
    c.setStrokeColor(colors.HexColor("#C98A00"))
    c.setLineWidth(2)
    c.roundRect(680, 190, 250, 200, 10, fill=1, stroke=1)
    c.setFillColor(colors.black)
    c.setFont("LSB", 21)
    c.drawString(698, 350, "Finspång ökar mest")
    c.setFont("LS", 19)
    for i, ln in enumerate(["– varslen inom", "tillverkningen", "syns nu i", "statistiken"]):
        c.drawString(698, 315 - i * 28, ln)
    c.setFont("LSI", 15)
    c.setFillColor(colors.HexColor("#555555"))
    c.drawString(50, 60, "Urval av kommuner. Andel av registerbaserad arbetskraft 16–64 år.")


def s4(c):
    slide_frame(c, "Långtidsarbetslösheten fortsätter att öka", 4)
    vals = [("okt 2022", 44), ("okt 2023", 42), ("okt 2024", 45), ("okt 2025", 47),
            ("okt 2026", 49)]
    x0, y0, h = 70, 110, 260
    c.setStrokeColor(colors.black)
    c.setLineWidth(1.5)
    c.line(x0 - 10, y0, x0 + 5 * 88, y0)
    for i, (lab, v) in enumerate(vals):
        bx = x0 + i * 88
        bh = h * v / 60
        c.setFillColor(RO_BLUE if i < 4 else colors.HexColor("#C0392B"))
        c.rect(bx, y0, 60, bh, fill=1, stroke=0)
        c.setFillColor(colors.black)
        c.setFont("LSB", 18)
        c.drawCentredString(bx + 30, y0 + bh + 8, f"{v} %")
        c.setFont("LS", 15)
        c.drawCentredString(bx + 30, y0 - 22, lab)
    c.setFont("LSI", 14)
    c.drawString(60, 410, "Andel av inskrivna arbetslösa utan arbete i minst 12 månader")
    bullets(c, ["Nästan varannan inskriven arbetslös har varit utan arbete i minst tolv "
                "månader",
                "Bland utrikes födda är andelen 56 %",
                "Fördjupad analys: Analysenheten, Region Östergötland"],
            540, 370, 390, size=20)


def s5(c):
    slide_frame(c, "Varsel om uppsägning 2026", 5)
    c.setFillColor(colors.HexColor("#C0392B"))
    c.setFont("LSB", 96)
    c.drawString(60, 300, "1 412")
    c.setFillColor(colors.black)
    c.setFont("LS", 22)
    c.drawString(64, 262, "personer berörda av varsel januari–oktober 2026")
    c.setFont("LS", 20)
    c.drawString(64, 220, "Samma period 2025: 1 096 personer")
    c.drawString(64, 190, "Helåret 2024: 1 530 personer")
    bullets(c, ["Tillverkning: Finspång och Motala", "Lager och logistik: Norrköping",
                "Offentlig sektor: få varsel"], 600, 330, 330, size=20)
    c.setFont("LSI", 15)
    c.setFillColor(colors.HexColor("#555555"))
    c.drawString(60, 60, "Källa: Arbetsförmedlingen, varsel om uppsägning, uttag 2026-11-05")


def s6(c):
    slide_frame(c, "Brist på arbetskraft – exempel på yrken", 6)
    c.setFont("LS", 20)
    c.drawString(50, 410, "Yrken där arbetsgivarna i länet har svårt att rekrytera:")
    bullets(c, ["Undersköterskor", "Sjuksköterskor", "Grundlärare"], 60, 350, 380, size=24,
            gap=16)
    bullets(c, ["Elektriker", "CNC-operatörer", "Lastbilsförare"], 500, 350, 380, size=24,
            gap=16)
    c.setFont("LSI", 15)
    c.setFillColor(colors.HexColor("#555555"))
    c.drawString(60, 60, "Källa: Arbetsförmedlingens yrkesbarometer, hösten 2026")


def s7(c):
    slide_frame(c, "Vad gör vi tillsammans 2027?", 7)
    bullets(c, ["Jobbspår vård i Motala och Mjölby – start 1 februari 2027, 24 platser",
                "Validering industri i Finspång tillsammans med Teknikcollege Östergötland",
                "Gemensam arbetsgivarträff i Norrköping 11 mars 2027",
                "Kompetensnav Mjölby–Boxholm: ansökan om regionala utvecklingsmedel är "
                "inlämnad"], 50, 400, 860, size=22)


def s8(c):
    slide_frame(c, "Medskick – diskussion i rådet", 8)
    bullets(c, ["Hur når vi dem som har varit utan arbete längst?",
                "Vilka arbetsgivare kan ta emot praktikanter under våren?",
                "Behöver rådet en särskild arbetsgrupp för Finspång?"], 50, 390, 860, size=24,
            gap=20)


def s9(c):
    slide_frame(c, "Tack!", 9)
    c.setFont("LS", 24)
    c.setFillColor(colors.black)
    c.drawString(60, 380, "Frågor om lägesbilden:")
    c.drawString(60, 340, "jonas.wikstrom@arbetsformedlingen.se")
    c.drawString(60, 305, "sara.lindqvist@regionostergotland.se")
    c.setFillColor(RO_LIGHT)
    c.roundRect(56, 150, 600, 90, 10, fill=1, stroke=0)
    c.setFillColor(RO_BLUE)
    c.setFont("LSB", 24)
    c.drawString(80, 205, "Nästa lägesbild:")
    c.drawString(80, 170, "Kompetensrådet 4 mars 2027")


def make_handout(path):
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle("Lägesbild arbetsmarknaden Östergötland – Kompetensrådet 2026-11-19")
    c.setAuthor("Jonas Wikström")
    W, H = A4
    slides = [s1, s2, s3, s4, s5, s6, s7, s8, s9]
    sw = 262
    sc = sw / 960.0
    sh = 540 * sc
    tops = [768, 518, 268]
    for p in range(3):
        c.setFont("LS", 9)
        c.setFillColor(colors.black)
        c.drawString(56, 812, "Kompetensrådet Östergötland – lägesbild arbetsmarknaden")
        c.drawRightString(W - 56, 812, "2026-11-19")
        for k in range(3):
            fn = slides[p * 3 + k]
            top = tops[k]
            c.saveState()
            c.translate(56, top - sh)
            c.scale(sc, sc)
            fn(c)
            c.restoreState()
            c.setStrokeColor(colors.HexColor("#999999"))
            c.setLineWidth(0.6)
            for i in range(9):
                yy = top - 10 - i * 16
                c.line(345, yy, W - 56, yy)
        c.setFont("LS", 8)
        c.setFillColor(colors.black)
        c.drawString(56, 30, "Region Östergötland och Arbetsförmedlingen Östergötland")
        c.drawRightString(W - 56, 30, str(p + 1))
        c.showPage()
    c.save()


# =====================================================================================
# 2. Swimlane process map
# =====================================================================================
def draw_flow(c, flowables, x, y, width):
    for f in flowables:
        w, h = f.wrapOn(c, width, 2000)
        f.drawOn(c, x, y - h)
        y -= h
    return y


def arrow(c, pts, label=None, lpos=None, dashed=False):
    c.setStrokeColor(colors.HexColor("#333333"))
    c.setLineWidth(0.9)
    if dashed:
        c.setDash(3, 2)
    p = c.beginPath()
    p.moveTo(*pts[0])
    for q in pts[1:]:
        p.lineTo(*q)
    c.drawPath(p, stroke=1, fill=0)
    c.setDash()
    (x1, y1), (x2, y2) = pts[-2], pts[-1]
    import math
    a = math.atan2(y2 - y1, x2 - x1)
    s = 5
    c.setFillColor(colors.HexColor("#333333"))
    p = c.beginPath()
    p.moveTo(x2, y2)
    p.lineTo(x2 - s * math.cos(a - 0.4), y2 - s * math.sin(a - 0.4))
    p.lineTo(x2 - s * math.cos(a + 0.4), y2 - s * math.sin(a + 0.4))
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    if label:
        c.setFont("DVB", 6.5)
        c.drawString(lpos[0], lpos[1], label)


def make_process(path):
    c = canvas.Canvas(path, pagesize=landscape(A4))
    c.setTitle("Processkarta Jobbspår v1.2")
    c.setAuthor("Elin Berggren")
    W, H = landscape(A4)
    # title
    c.setFillColor(RO_BLUE)
    c.setFont("DVB", 14)
    c.drawString(24, H - 34, "Processkarta: Jobbspår – från arbetsgivarens behov till anställning")
    c.setFillColor(colors.black)
    c.setFont("DV", 7.5)
    c.drawString(24, H - 48, "Norrköpings kommun, Motala kommun, Mjölby kommun, Arbetsförmedlingen "
                 "Östergötland och Region Östergötland · Version 1.2 · Fastställd av "
                 "styrgruppen för Jobbspår 2026-10-02")
    lanes = [["Arbetsgivare"], ["Arbetsförmedlingen"], ["Jobbcenter", "(kommunen)"],
             ["Utbildnings-", "anordnare"], ["Deltagare"]]
    top, bottom = H - 62, 92
    lh = (top - bottom) / len(lanes)
    lx0, lx1 = 24, W - 20
    for i, name in enumerate(lanes):
        y1 = top - i * lh
        c.setFillColor(colors.HexColor("#F4F6FA") if i % 2 == 0 else colors.white)
        c.setStrokeColor(colors.HexColor("#8899AA"))
        c.setLineWidth(0.7)
        c.rect(lx0, y1 - lh, lx1 - lx0, lh, fill=1, stroke=1)
        c.setFillColor(RO_LIGHT)
        c.rect(lx0, y1 - lh, 28, lh, fill=1, stroke=1)
        c.saveState()
        c.translate(lx0 + 12 + 4 * (len(name) - 1), y1 - lh / 2)
        c.rotate(90)
        c.setFillColor(RO_BLUE)
        c.setFont("DVB", 7)
        for k, part in enumerate(name):
            c.drawCentredString(0, -k * 8.5, part)
        c.restoreState()

    bw, bh = 86, 48
    colx = [58 + i * 96 for i in range(8)]

    def lane_mid(i):
        return top - i * lh - lh / 2

    def box(col, lane, lines, kind="act", dy=0):
        x = colx[col]
        yc = lane_mid(lane) + dy
        if kind == "act":
            c.setFillColor(colors.white)
            c.setStrokeColor(RO_BLUE)
            c.setLineWidth(1.1)
            c.roundRect(x, yc - bh / 2, bw, bh, 5, fill=1, stroke=1)
        elif kind == "note":
            c.setFillColor(colors.HexColor("#FFF8E1"))
            c.setStrokeColor(colors.HexColor("#C98A00"))
            c.setLineWidth(0.8)
            c.setDash(2, 2)
            c.rect(x, yc - bh / 2 + 4, bw, bh - 8, fill=1, stroke=1)
            c.setDash()
        elif kind == "end":
            c.setFillColor(colors.HexColor("#E3F2E8"))
            c.setStrokeColor(AF_GREEN)
            c.setLineWidth(1.4)
            c.roundRect(x, yc - bh / 2, bw, bh, 18, fill=1, stroke=1)
        elif kind == "dec":
            c.setFillColor(colors.HexColor("#FDEDEC"))
            c.setStrokeColor(colors.HexColor("#C0392B"))
            c.setLineWidth(1.1)
            p = c.beginPath()
            cx = x + bw / 2
            p.moveTo(cx, yc + 28)
            p.lineTo(x + bw + 2, yc)
            p.lineTo(cx, yc - 28)
            p.lineTo(x - 2, yc)
            p.close()
            c.drawPath(p, fill=1, stroke=1)
        c.setFillColor(colors.black)
        n = len(lines)
        for k, ln in enumerate(lines):
            font = "DVB" if k == 0 and kind in ("act", "end") else "DV"
            c.setFont(font, 6.4)
            c.drawCentredString(x + bw / 2, yc + (n - 1) * 4 - k * 8 - 2, ln)
        return x, yc

    # boxes
    box(0, 0, ["1. Anmäler", "rekryteringsbehov", "(minst 5 tjänster", "inom samma yrke)"])
    box(1, 1, ["2. Behovsanalys", "och beslut om spår", "inom 10 arbetsdagar"])
    box(2, 1, ["Upphandlad", "utbildning finns?"], kind="dec")
    box(2, 2, ["2b. Utbildning", "beställs hos", "vuxenutbildningen", "(Komvux)"])
    box(3, 1, ["3. Urval och", "anvisning av", "deltagare"])
    box(3, 2, ["3a. Rekryteringsträff", "för personer som", "inte är inskrivna", "hos AF"])
    box(4, 4, ["4. Intervju och", "studiebesök hos", "arbetsgivaren"])
    box(4, 0, ["Svar till AF senast", "5 arbetsdagar", "efter intervjun"], kind="note")
    box(5, 3, ["5. Yrkesutbildning", "8–16 veckor, varav", "4 veckors praktik"])
    box(5, 0, ["Handledare utses", "för praktiken"], kind="note")
    box(6, 0, ["Anställning", "erbjuds?"], kind="dec")
    box(6, 1, ["7. Uppföljning och", "nytt spår eller", "annan insats inom", "20 arbetsdagar"])
    box(7, 0, ["6. Anställning", "minst 6 månader och", "minst 75 % av heltid"], kind="end")
    box(7, 4, ["Deltagaren", "avslutas i spåret", "vid anställning"], kind="note")

    L = lane_mid
    # arrows
    arrow(c, [(colx[0] + bw / 2, L(0) - bh / 2), (colx[0] + bw / 2, L(1)), (colx[1], L(1))])
    arrow(c, [(colx[1] + bw, L(1)), (colx[2] - 2, L(1))])
    arrow(c, [(colx[2] + bw + 2, L(1)), (colx[3], L(1))], "Ja", (colx[2] + bw + 2, L(1) + 3))
    arrow(c, [(colx[2] + bw / 2, L(1) - 28), (colx[2] + bw / 2, L(2) + bh / 2)], "Nej",
          (colx[2] + bw / 2 + 3, L(1) - 40))
    arrow(c, [(colx[2] + bw, L(2) + 12), (colx[3] - 5, L(2) + 12), (colx[3] - 5, L(1) - 12),
              (colx[3], L(1) - 12)])
    arrow(c, [(colx[3] + bw / 2, L(1) - bh / 2), (colx[3] + bw / 2, L(2) + bh / 2 + 1)])
    arrow(c, [(colx[3] + bw / 2, L(2) - bh / 2), (colx[3] + bw / 2, L(4)), (colx[4], L(4))])
    arrow(c, [(colx[4] + bw / 2, L(4) + bh / 2), (colx[4] + bw / 2, L(0) - bh / 2 + 4)],
          dashed=True)
    arrow(c, [(colx[4] + bw, L(4)), (colx[5] + bw / 2, L(4)), (colx[5] + bw / 2, L(3) - bh / 2)])
    arrow(c, [(colx[5] + bw, L(3)), (colx[6] + bw / 2, L(3)), (colx[6] + bw / 2, L(1) - bh / 2)],
          dashed=True)
    arrow(c, [(colx[5] + bw + 4, L(3) + 6), (colx[5] + bw + 4, L(0)), (colx[6] - 2, L(0))])
    arrow(c, [(colx[6] + bw + 2, L(0)), (colx[7], L(0))], "Ja", (colx[6] + bw + 1, L(0) + 3))
    arrow(c, [(colx[6] + bw / 2, L(0) - 28), (colx[6] + bw / 2, L(1) + bh / 2)], "Nej",
          (colx[6] + bw / 2 + 3, L(0) - 40))

    # legend
    ly = 62
    c.setFont("DVB", 7)
    c.drawString(24, ly + 12, "Teckenförklaring")
    c.setFont("DV", 6.8)
    c.setStrokeColor(RO_BLUE)
    c.roundRect(24, ly - 10, 22, 12, 2, fill=0, stroke=1)
    c.drawString(50, ly - 7, "Aktivitet")
    c.setStrokeColor(colors.HexColor("#C0392B"))
    p = c.beginPath()
    p.moveTo(110, ly + 2); p.lineTo(121, ly - 4); p.lineTo(110, ly - 10); p.lineTo(99, ly - 4)
    p.close()
    c.drawPath(p, stroke=1, fill=0)
    c.drawString(126, ly - 7, "Beslutspunkt")
    c.setStrokeColor(colors.HexColor("#C98A00"))
    c.setDash(2, 2)
    c.rect(190, ly - 10, 22, 12, stroke=1, fill=0)
    c.setDash()
    c.drawString(216, ly - 7, "Tidsgräns eller notering")
    c.setStrokeColor(AF_GREEN)
    c.roundRect(320, ly - 10, 22, 12, 5, stroke=1, fill=0)
    c.drawString(346, ly - 7, "Mål för processen")
    c.setStrokeColor(colors.black)
    c.setDash(3, 2)
    c.line(430, ly - 4, 455, ly - 4)
    c.setDash()
    c.drawString(460, ly - 7, "Informationsflöde")
    c.line(530, ly - 4, 555, ly - 4)
    c.drawString(560, ly - 7, "Flöde")
    c.setFont("DV", 7)
    c.setFillColor(colors.HexColor("#444444"))
    c.drawString(24, 24, "Processkarta Jobbspår v1.2")
    c.drawRightString(W - 20, 24, "Sida 1 av 2")
    c.showPage()

    # ---------------- page 2 (portrait)
    c.setPageSize(A4)
    W, H = A4
    body = ParagraphStyle("b", fontName="DV", fontSize=9, leading=12.2, alignment=TA_JUSTIFY,
                          embeddedHyphenation=1, hyphenationLang="", uriWasteReduce=0.3)
    cell = ParagraphStyle("c", fontName="DV", fontSize=8, leading=10.2)
    cellb = ParagraphStyle("cb", parent=cell, fontName="DVB")
    h2 = ParagraphStyle("h2", fontName="DVB", fontSize=11.5, leading=15, spaceBefore=10,
                        spaceAfter=4, textColor=RO_BLUE)
    c.setFont("DV", 7.5)
    c.setFillColor(colors.HexColor("#444444"))
    c.drawString(56, H - 36, "Processkarta: Jobbspår – från arbetsgivarens behov till anställning")
    c.drawRightString(W - 56, H - 36, "Version 1.2")
    c.setStrokeColor(colors.HexColor("#999999"))
    c.line(56, H - 40, W - 56, H - 40)
    P = lambda t, s=cell: Paragraph(t, s)
    steps = [
        ["Steg", "Vad händer", "Ansvarig", "Tidsgräns"],
        ["1", "Arbetsgivaren anmäler ett rekryteringsbehov om minst fem tjänster inom samma "
              "yrke till Arbetsförmedlingens arbetsgivar" + SHY + "service.", "Arbetsgivare", "–"],
        ["2", "Behovsanalys av yrke, krav, antal platser och önskad start. Arbets" + SHY +
              "förmedlingen beslutar om ett spår ska startas.", "Arbetsförmedlingen",
         "10 arbetsdagar från anmälan"],
        ["2b", "Finns ingen upphandlad arbetsmarknads" + SHY + "utbildning beställer jobbcentret "
               "motsvarande utbildning hos vuxen" + SHY + "utbildningen (Komvux).",
         "Jobbcenter", "Cirka 6 veckors ledtid"],
        ["3", "Urval och anvisning. Minst 1,5 sökande per plats ska presenteras för "
              "arbetsgivaren.", "Arbetsförmedlingen", "–"],
        ["3a", "Rekryteringsträff för personer som inte är inskrivna hos Arbets" + SHY +
               "förmedlingen, till exempel personer med försörjningsstöd.", "Jobbcenter", "–"],
        ["4", "Intervju och studiebesök hos arbetsgivaren. Arbetsgivaren meddelar Arbets" +
              SHY + "förmedlingen vilka deltagare som antas.", "Arbetsgivare och deltagare",
         "Svar inom 5 arbetsdagar"],
        ["5", "Yrkesutbildning 8–16 veckor, varav 4 veckors praktik hos arbetsgivaren med en "
              "utsedd handledare.", "Utbildningsanordnare", "–"],
        ["6", "Anställning i minst sex månader och minst 75 procent av heltid. "
              "Anställning med lönestöd räknas.", "Arbetsgivare", "–"],
        ["7", "Uppföljning om anställning inte erbjuds. Deltagaren erbjuds ett nytt spår "
              "eller en annan insats.", "Arbetsförmedlingen", "20 arbetsdagar"],
    ]
    data = [[P(x, cellb) for x in steps[0]]] + [[P(x) for x in r] for r in steps[1:]]
    t = Table(data, colWidths=[36, 244, 100, 103], repeatRows=1)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#8899AA")),
        ("BACKGROUND", (0, 0), (-1, 0), RO_LIGHT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    y = H - 56
    y = draw_flow(c, [Paragraph("Beskrivning av stegen", h2), t], 56, y, W - 112)
    beg = [
        Paragraph("Begrepp", h2),
        Paragraph("<b>Spår</b> – en sammanhållen kedja av urval, utbildning och praktik som "
                  "leder fram till anställning hos en eller flera namngivna arbetsgivare. Ett "
                  "spår startas först när arbetsgivaren har lämnat en skriftlig avsikts" + SHY +
                  "förklaring om att anställa.", body),
        Spacer(1, 4),
        Paragraph("<b>Avsiktsförklaring</b> – ett skriftligt, inte juridiskt bindande "
                  "åtagande där arbetsgivaren anger hur många deltagare den avser att anställa "
                  "efter avslutat spår.", body),
        Spacer(1, 4),
        Paragraph("<b>Jobbcenter</b> – kommunens arbetsmarknads" + SHY + "enhet för personer "
                  "som har försörjningsstöd eller annars står långt från arbetsmarknaden. I "
                  "Norrköping heter enheten Jobbcenter Norrköping.", body),
        Paragraph("Ansvar och förvaltning", h2),
        Paragraph("Processägare är Elin Berggren, enhetschef vid arbetsmarknads" + SHY +
                  "enheten, Norrköpings kommun. Kontaktperson hos Arbetsförmedlingen är "
                  "Mattias Holm, arbetsgivarsamordnare. Processkartan revideras en gång om "
                  "året; nästa revidering ska vara klar senast 2027-09-30. Förslag till "
                  "ändringar skickas till processägaren.", body),
        Paragraph("Versionshistorik", h2),
    ]
    y = draw_flow(c, beg, 56, y - 4, W - 112)
    vh = [["Version", "Datum", "Ändring"],
          ["1.0", "2025-11-20", "Första versionen."],
          ["1.1", "2026-03-12", "Steg 3a (rekryteringsträff via jobbcenter) tillagt."],
          ["1.2", "2026-10-02", "Tidsgränsen i steg 2 ändrad från 15 till 10 arbetsdagar. "
                                "Steg 2b tillagt."]]
    t2 = Table([[P(x, cellb if i == 0 else cell) for x in r] for i, r in enumerate(vh)],
               colWidths=[50, 70, 363])
    t2.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#8899AA")),
                            ("BACKGROUND", (0, 0), (-1, 0), RO_LIGHT),
                            ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    draw_flow(c, [t2], 56, y - 2, W - 112)
    c.setFont("DV", 7)
    c.setFillColor(colors.HexColor("#444444"))
    c.drawString(56, 28, "Processkarta Jobbspår v1.2")
    c.drawRightString(W - 56, 28, "Sida 2 av 2")
    c.showPage()
    c.save()


# =====================================================================================
# 3. Procurement document printed from an e-procurement system
# =====================================================================================
class NumberedCanvas(canvas.Canvas):
    def __init__(self, *a, **kw):
        canvas.Canvas.__init__(self, *a, **kw)
        self._saved = []

    def showPage(self):
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        n = len(self._saved)
        for st in self._saved:
            self.__dict__.update(st)
            self.setFont("DV", 7)
            self.setFillColor(colors.HexColor("#555555"))
            self.drawRightString(A4[0] - 48, 26, f"Sida {self._pageNumber} av {n}")
            canvas.Canvas.showPage(self)
        canvas.Canvas.save(self)


def make_tender(path):
    W, H = A4
    body = ParagraphStyle("b", fontName="DV", fontSize=9, leading=12.4, alignment=TA_JUSTIFY,
                          embeddedHyphenation=1, hyphenationLang="", uriWasteReduce=0.3,
                          spaceAfter=5)
    h1 = ParagraphStyle("h1", fontName="DVB", fontSize=12.5, leading=16, spaceBefore=12,
                        spaceAfter=5)
    h2 = ParagraphStyle("h2", fontName="DVB", fontSize=10, leading=13, spaceBefore=8,
                        spaceAfter=3)
    small = ParagraphStyle("s", fontName="DV", fontSize=7.5, leading=9.5,
                           textColor=colors.HexColor("#444444"))
    cell = ParagraphStyle("c", fontName="DV", fontSize=8.6, leading=11)
    cellb = ParagraphStyle("cb", parent=cell, fontName="DVB")

    def on_page(c, d):
        c.saveState()
        c.setFillColor(colors.HexColor("#E6E6E6"))
        c.rect(40, H - 62, W - 80, 34, fill=1, stroke=0)
        c.setFillColor(colors.black)
        c.setFont("DVB", 9)
        c.drawString(48, H - 40, "Upphandlingsdokument")
        c.drawRightString(W - 48, H - 40, "Region Östergötland")
        c.setFont("DV", 7.5)
        c.drawString(48, H - 54, "Yrkessvenska för vård och omsorg – Jobbspår vård Motala och Mjölby")
        c.drawRightString(W - 48, H - 54, "Dnr RÖ 2026-4411")
        c.setStrokeColor(colors.HexColor("#AAAAAA"))
        c.line(40, 38, W - 40, 38)
        c.setFont("DV", 7)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(48, 26, "Utskrivet 2026-11-20 14:32 från e-upphandlingssystemet · "
                             "Publicerad 2026-11-17")
        c.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=48, rightMargin=48, topMargin=74,
                          bottomMargin=50, title="Upphandlingsdokument RÖ 2026-4411",
                          author="Annika Fors")
    fr = Frame(48, 50, W - 96, H - 124, id="f", leftPadding=0, rightPadding=0)
    doc.addPageTemplates([PageTemplate(id="p", frames=[fr], onPage=on_page)])

    def req(num, title, tag, text, svar, bil="Nej", oblig=None):
        if oblig is None:
            oblig = "Ja" if tag.startswith("Ska") else "Nej"
        rows = [
            [Paragraph(f"<b>{num}&nbsp;&nbsp;{title}</b>", cell),
             Paragraph(f"<b>{tag}</b>", ParagraphStyle("t", parent=cell, alignment=2))],
            [Paragraph(text, ParagraphStyle("rt", parent=body, spaceAfter=0)), ""],
            [Paragraph(f"Svarstyp: {svar} &nbsp;&nbsp;|&nbsp;&nbsp; Obligatorisk: {oblig} "
                       f"&nbsp;&nbsp;|&nbsp;&nbsp; Bifoga bilaga: {bil}", small), ""],
            [Paragraph("Anbudsgivarens svar: ______________________________", small), ""],
        ]
        t = Table(rows, colWidths=[(W - 96) * 0.72, (W - 96) * 0.28])
        bg = colors.HexColor("#F2F2F2") if tag.startswith("Ska") else colors.HexColor("#EAF4EA")
        t.setStyle(TableStyle([
            ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#777777")),
            ("BACKGROUND", (0, 0), (-1, 0), bg),
            ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.HexColor("#777777")),
            ("SPAN", (0, 1), (1, 1)), ("SPAN", (0, 2), (1, 2)), ("SPAN", (0, 3), (1, 3)),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
        return KeepTogether([t, Spacer(1, 7)])

    s = []
    s.append(Paragraph("Upphandling av yrkessvenska för vård och omsorg", ParagraphStyle(
        "tt", fontName="DVB", fontSize=15, leading=19, spaceAfter=3)))
    s.append(Paragraph("Förenklat förfarande · Dnr RÖ 2026-4411 · Ansvarig upphandlare: "
                       "Annika Fors, upphandlingsenheten, Region Östergötland", small))
    s.append(Spacer(1, 6))
    s.append(Paragraph("1 Allmän information", h1))
    s.append(Paragraph("1.1 Upphandlande organisation", h2))
    s.append(Paragraph("Region Östergötland genomför denna upphandling inom ramen för "
                       "samverkan Jobbspår Östergötland. Arbetsförmedlingen Östergötland "
                       "anvisar deltagare till utbildningen men är inte part i det avtal som "
                       "tecknas.", body))
    s.append(Paragraph("1.2 Bakgrund och omfattning", h2))
    s.append(Paragraph("Upphandlingen avser kurser i yrkessvenska för deltagare i Jobbspår "
                       "vård i Motala och Mjölby. Deltagarna har svenska som andra" + SHY +
                       "språk och läser parallellt en vård- och omsorgs" + SHY + "utbildning "
                       "med inriktning mot undersköterska. Beräknad volym är fyra kursomgångar "
                       "per år med sammanlagt cirka 60 deltagare per år. Volymen är en "
                       "uppskattning och inte garanterad.", body))
    s.append(Paragraph("1.3 Avtalsperiod", h2))
    s.append(Paragraph("Avtalet gäller från 2027-03-01 till och med 2029-02-28. Region "
                       "Östergötland har rätt att förlänga avtalet på oförändrade villkor "
                       "med 1 + 1 år, det vill säga som längst till och med 2031-02-28.", body))
    s.append(Paragraph("1.4 Upphandlingsförfarande", h2))
    s.append(Paragraph("Upphandlingen genomförs med förenklat förfarande enligt 19 kap. lagen "
                       "(2016:1145) om offentlig upphandling. Region Östergötland kan komma "
                       "att förhandla, men kan också anta ett anbud utan föregående "
                       "förhandling. Anbudsgivaren bör därför lämna sitt bästa anbud direkt.",
                       body))
    s.append(Paragraph("1.5 Tidplan", h2))
    tp = [["Aktivitet", "Datum"],
          ["Sista dag för frågor", "2026-12-04"],
          ["Svar på frågor publiceras senast", "2026-12-08"],
          ["Sista anbudsdag", "2026-12-15"],
          ["Anbudets giltighetstid", "till och med 2027-04-30"],
          ["Beräknat tilldelningsbeslut", "vecka 3, 2027"],
          ["Beräknad avtalsstart", "2027-03-01"]]
    t = Table([[Paragraph(a, cellb if i == 0 else cell), Paragraph(b, cellb if i == 0 else cell)]
               for i, (a, b) in enumerate(tp)], colWidths=[220, 160], hAlign="LEFT")
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#999999")),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E6E6E6"))]))
    s.append(t)
    s.append(Spacer(1, 5))
    s.append(Paragraph("Anbud som kommer in efter sista anbudsdag prövas inte. Tiderna för "
                       "tilldelningsbeslut och avtalsstart är preliminära.", body))
    s.append(Paragraph("1.6 Frågor under anbudstiden", h2))
    s.append(Paragraph("Frågor om upphandlingen ställs endast via upphandlings" + SHY +
                       "systemets frågefunktion. Frågor som ställs per telefon eller e-post "
                       "besvaras inte. Svar publiceras anonymiserade för alla anbudsgivare.",
                       body))

    s.append(Paragraph("2 Krav på anbudsgivaren", h1))
    s.append(req("2.1", "Registrering och skatter", "Ska-krav",
                 "Anbudsgivaren ska vara registrerad i aktiebolags-, handels- eller "
                 "förenings" + SHY + "registret och ha fullgjort sina skyldigheter avseende "
                 "skatter och socialförsäkringsavgifter.", "Ja/Nej"))
    s.append(req("2.2", "Ekonomisk stabilitet", "Ska-krav",
                 "Anbudsgivaren ska ha lägst riskklass 3 enligt Creditsafe eller motsvarande "
                 "kreditupplysnings" + SHY + "företag. Region Östergötland inhämtar själv "
                 "uppgiften.", "Ja/Nej"))
    s.append(req("2.3", "Referensuppdrag", "Ska-krav",
                 "Anbudsgivaren ska redovisa minst två referensuppdrag avseende språk" + SHY +
                 "utbildning för vuxna med svenska som andraspråk, utförda under de senaste "
                 "tre åren räknat från sista anbudsdag. Varje uppdrag ska ha omfattat minst "
                 "15 deltagare.", "Fritext", bil="Ja"))

    s.append(Paragraph("3 Krav på tjänsten", h1))
    s.append(req("3.1", "Lärarnas kompetens", "Ska-krav",
                 "Undervisande lärare ska ha lärarlegitimation med behörighet i svenska som "
                 "andraspråk, alternativt minst 60 högskolepoäng i svenska som andraspråk. "
                 "Byte av lärare under en pågående kursomgång ska godkännas av Region "
                 "Östergötland.", "Ja/Nej", bil="Ja (CV)"))
    s.append(req("3.2", "Kursens omfattning", "Ska-krav",
                 "Varje kursomgång ska omfatta minst 120 undervisningstimmar à 60 minuter, "
                 "fördelade över 12 veckor. Undervisningen ska ske dagtid måndag–fredag, med "
                 "undantag för det som anges i 3.7.", "Ja/Nej"))
    s.append(req("3.3", "Gruppstorlek", "Ska-krav",
                 "En undervisningsgrupp får bestå av högst 16 deltagare.", "Ja/Nej"))
    s.append(req("3.4", "Lokaler", "Ska-krav",
                 "Undervisningen ska bedrivas i lokaler i Motala eller Mjölby tätort, högst "
                 "800 meter från en hållplats för kollektivtrafik. Lokalerna ska vara "
                 "tillgängliga för personer med nedsatt rörelseförmåga.", "Ja/Nej"))
    s.append(req("3.5", "Närvarorapportering", "Ska-krav",
                 "Leverantören ska rapportera frånvaro till Arbetsförmedlingen senast kl. 12.00 "
                 "arbetsdagen efter frånvaro" + SHY + "tillfället, i Arbetsförmedlingens "
                 "system för leverantörs" + SHY + "rapportering.", "Ja/Nej"))
    s.append(req("3.6", "Vårdpersonal i undervisningen", "Bör-krav (mervärde)",
                 "Leverantören bör låta en legitimerad undersköterska eller sjuksköterska "
                 "medverka i undervisningen under minst 8 timmar per kursomgång. Ett anbud "
                 "som uppfyller kravet tilldelas ett mervärde om 40 000 kronor i "
                 "utvärderingen.", "Ja/Nej"))
    s.append(req("3.7", "Kvällsundervisning", "Bör-krav (mervärde)",
                 "Leverantören bör kunna genomföra minst en kursomgång per år som kvällskurs "
                 "(undervisning efter kl. 17.00). Ett anbud som uppfyller kravet tilldelas ett "
                 "mervärde om 15 000 kronor i utvärderingen.", "Ja/Nej"))

    s.append(Paragraph("4 Utvärdering", h1))
    s.append(Paragraph("Utvärderingsgrunden är bästa förhållandet mellan pris och kvalitet. "
                       "Anbud som uppfyller samtliga ska-krav utvärderas genom att ett "
                       "jämförelsepris räknas fram. Det anbud som har lägst jämförelsepris "
                       "antas.", body))
    fb = Table([[Paragraph("<b>Jämförelsepris</b> = (anbudspris per kursomgång × 8) − summa "
                           "mervärden enligt 3.6 och 3.7", cell)]], colWidths=[W - 96])
    fb.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, colors.black),
                            ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#FAFAFA")),
                            ("TOPPADDING", (0, 0), (-1, -1), 7),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]))
    s.append(fb)
    s.append(Spacer(1, 5))
    s.append(Paragraph("Talet 8 motsvarar det beräknade antalet kursomgångar under den första "
                       "avtalsperioden om två år. Om två anbud har samma jämförelsepris avgörs "
                       "tilldelningen genom lottning.", body))

    s.append(Paragraph("5 Kommersiella villkor", h1))
    s.append(Paragraph("5.1 Pris", h2))
    s.append(Paragraph("Anbudspriset anges i svenska kronor exklusive moms per kursomgång och "
                       "ska inkludera samtliga kostnader, även lokaler och läromedel. Priset är "
                       "fast under de första 12 månaderna. Därefter får det justeras en gång "
                       "per år med högst förändringen i arbetskostnads" + SHY + "index (AKI) "
                       "för tjänstemän.", body))
    s.append(Paragraph("5.2 Fakturering och betalning", h2))
    s.append(Paragraph("Fakturering sker efter avslutad kursomgång. Betalning sker 30 dagar "
                       "efter godkänd faktura. Fakturor ska skickas elektroniskt via Peppol.",
                       body))
    s.append(Paragraph("5.3 Vite", h2))
    s.append(Paragraph("Om en kursomgång startar mer än 10 arbetsdagar efter överenskommet "
                       "startdatum av skäl som beror på leverantören utgår vite med 5 000 "
                       "kronor per påbörjad vecka, dock sammanlagt högst 50 000 kronor per "
                       "kursomgång.", body))
    s.append(Paragraph("5.4 Uppföljning", h2))
    s.append(Paragraph("Avtalsuppföljning sker två gånger per år. Leverantören ska då "
                       "redovisa antal deltagare, närvaro i procent och antal som har "
                       "fullföljt kursen per kursomgång.", body))
    s.append(Paragraph("6 Anbudets utformning", h1))
    s.append(Paragraph("Anbud lämnas elektroniskt i upphandlingssystemet. Anbud som lämnas "
                       "per e-post eller på papper godtas inte. Till anbudet ska följande "
                       "bilagor fogas:", body))
    for b in ["Bilaga 1 Prisformulär", "Bilaga 2 Referensuppdrag",
              "Bilaga 3 CV för undervisande lärare", "Bilaga 4 Sanningsförsäkran"]:
        s.append(Paragraph("–&nbsp;&nbsp;" + b, ParagraphStyle("li", parent=body,
                                                               leftIndent=12, spaceAfter=1)))
    doc.build(s, canvasmaker=NumberedCanvas)


# =====================================================================================
# 4. DOCX – legacy (Word 97-2003) protected form with FORMTEXT / FORMCHECKBOX fields
# =====================================================================================
from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
import datetime

EMPTY = "\u2002" * 5


def fix_zip(path):
    """Rewrite the DOCX zip with fixed timestamps for deterministic bytes."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in items:
            zi = zipfile.ZipInfo(n, date_time=(2026, 11, 12, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def core(d, title, author):
    cp = d.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = datetime.datetime(2019, 4, 2, 8, 0, 0)
    cp.modified = datetime.datetime(2026, 11, 12, 9, 30, 0)
    cp.revision = 7


def _r(el_name, **attrs):
    el = OxmlElement(el_name)
    for k, v in attrs.items():
        el.set(qn(k), v)
    return el


_ff_counter = [0]


def ff_begin(kind, help_text=None, status=None, **kw):
    _ff_counter[0] += 1
    n = _ff_counter[0]
    r = OxmlElement("w:r")
    fc = _r("w:fldChar", **{"w:fldCharType": "begin"})
    ff = OxmlElement("w:ffData")
    name = {"text": "Text", "check": "Kryss", "dd": "Listruta"}[kind] + str(n)
    ff.append(_r("w:name", **{"w:val": name}))
    ff.append(OxmlElement("w:enabled"))
    ff.append(_r("w:calcOnExit", **{"w:val": "0"}))
    if help_text:
        ff.append(_r("w:helpText", **{"w:type": "text", "w:val": help_text}))
    if status:
        ff.append(_r("w:statusText", **{"w:type": "text", "w:val": status}))
    if kind == "text":
        ti = OxmlElement("w:textInput")
        if kw.get("number"):
            ti.append(_r("w:type", **{"w:val": "number"}))
        if kw.get("date"):
            ti.append(_r("w:type", **{"w:val": "date"}))
        if kw.get("maxlen"):
            ti.append(_r("w:maxLength", **{"w:val": str(kw["maxlen"])}))
        if kw.get("number"):
            ti.append(_r("w:format", **{"w:val": "# ##0"}))
        if kw.get("date"):
            ti.append(_r("w:format", **{"w:val": "yyyy-MM-dd"}))
        ff.append(ti)
    elif kind == "check":
        cb = OxmlElement("w:checkBox")
        cb.append(OxmlElement("w:sizeAuto"))
        cb.append(_r("w:default", **{"w:val": "0"}))
        cb.append(_r("w:checked", **{"w:val": "1" if kw.get("checked") else "0"}))
        ff.append(cb)
    elif kind == "dd":
        dd = OxmlElement("w:ddList")
        dd.append(_r("w:result", **{"w:val": str(kw["result"])}))
        for e in kw["entries"]:
            dd.append(_r("w:listEntry", **{"w:val": e}))
        ff.append(dd)
    fc.append(ff)
    r.append(fc)
    return r, name


def instr_run(code):
    r = OxmlElement("w:r")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {code} "
    r.append(it)
    return r


def fchar(t):
    r = OxmlElement("w:r")
    r.append(_r("w:fldChar", **{"w:fldCharType": t}))
    return r


def text_runs(value, size=None):
    """Runs for a field result; newlines become w:br."""
    out = []
    parts = value.split("\n")
    for i, part in enumerate(parts):
        r = OxmlElement("w:r")
        rpr = OxmlElement("w:rPr")
        rpr.append(OxmlElement("w:noProof"))
        if size:
            rpr.append(_r("w:sz", **{"w:val": str(size)}))
        r.append(rpr)
        if i > 0:
            r.append(OxmlElement("w:br"))
        t = OxmlElement("w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = part
        r.append(t)
        out.append(r)
    return out


def add_formtext(p, value, **kw):
    r, name = ff_begin("text", **kw)
    p._p.append(_r("w:bookmarkStart", **{"w:id": str(_ff_counter[0]), "w:name": name}))
    p._p.append(r)
    p._p.append(instr_run("FORMTEXT"))
    p._p.append(fchar("separate"))
    for x in text_runs(value if value else EMPTY):
        p._p.append(x)
    p._p.append(fchar("end"))
    p._p.append(_r("w:bookmarkEnd", **{"w:id": str(_ff_counter[0])}))


def add_checkbox(p, checked, label):
    r, name = ff_begin("check", checked=checked)
    p._p.append(r)
    p._p.append(instr_run("FORMCHECKBOX"))
    p._p.append(fchar("end"))
    p.add_run(" " + label)


def add_dropdown(p, entries, result):
    r, name = ff_begin("dd", entries=entries, result=result)
    p._p.append(r)
    p._p.append(instr_run("FORMDROPDOWN"))
    p._p.append(fchar("end"))


def add_field(p, code, cached):
    p._p.append(fchar("begin"))
    p._p.append(instr_run(code))
    p._p.append(fchar("separate"))
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = cached
    r.append(t)
    p._p.append(r)
    p._p.append(fchar("end"))


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    sh = _r("w:shd", **{"w:val": "clear", "w:color": "auto", "w:fill": fill})
    tcpr.append(sh)


def set_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        b.append(_r(f"w:{e}", **{"w:val": "single", "w:sz": "4", "w:space": "0",
                                 "w:color": "808080"}))
    look = tblPr.find(qn("w:tblLook"))
    if look is not None:
        look.addprevious(b)
    else:
        tblPr.append(b)


def label(cell, text, bold=False, size=8):
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.font.size = Pt(size)
    run.bold = bold
    shade(cell, "E7E6E6")
    return p


def value_cell(cell, value, **kw):
    p = cell.paragraphs[0]
    add_formtext(p, value, **kw)
    return p


def make_form(path):
    _ff_counter[0] = 0
    d = Document()
    core(d, "Ansökan om regionala utvecklingsmedel", "Henrik Sjöberg")
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(9.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = Cm(2.2)
    sec.bottom_margin = Cm(1.8)
    # header
    hp = sec.header.paragraphs[0]
    r = hp.add_run("REGION ÖSTERGÖTLAND")
    r.bold = True
    r.font.size = Pt(10)
    r.font.color.rgb = RGBColor(0x1D, 0x4F, 0x91)
    hp.add_run("\tBlankett RÖ-UM 3 (rev. 2019-04)").font.size = Pt(7.5)
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(17), alignment=2)
    # footer
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.add_run("Sida ").font.size = Pt(7.5)
    add_field(fp, "PAGE", "1")
    fp.add_run(" av ").font.size = Pt(7.5)
    add_field(fp, "NUMPAGES", "3")

    p = d.add_paragraph()
    r = p.add_run("Ansökan om regionala utvecklingsmedel")
    r.bold = True
    r.font.size = Pt(16)
    p = d.add_paragraph()
    r = p.add_run("Anslag 1:1 Regionala tillväxtåtgärder – projektmedel")
    r.font.size = Pt(11)
    p = d.add_paragraph()
    r = p.add_run("Blanketten är skyddad och fylls i digitalt. Flytta mellan fälten med "
                  "tabbtangenten. Skicka den ifyllda och undertecknade ansökan till "
                  "registrator, Region Östergötland. Ofullständiga ansökningar kan inte "
                  "behandlas.")
    r.italic = True
    r.font.size = Pt(8)

    def heading(t):
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        p.paragraph_format.space_after = Pt(3)
        r = p.add_run(t)
        r.bold = True
        r.font.size = Pt(11)

    def kv_table(rows):
        t = d.add_table(rows=0, cols=2)
        set_borders(t)
        for lab, val, kw in rows:
            row = t.add_row()
            row.cells[0].width = Cm(5.2)
            row.cells[1].width = Cm(11.8)
            label(row.cells[0], lab)
            if val is None:
                kw["fn"](row.cells[1])
            else:
                value_cell(row.cells[1], val, **kw)
        return t

    heading("1. Sökande")
    kv_table([
        ("Organisation", "Mjölby kommun, arbetsmarknads- och integrationsenheten",
         dict(status="Ange organisationens fullständiga namn")),
        ("Organisationsnummer", "212000-0522", dict(maxlen=11)),
        ("Postadress", "Mjölby kommun, 595 80 Mjölby", {}),
        ("Kontaktperson", "Henrik Sjöberg, projektsamordnare", {}),
        ("Telefon", "0142-851 23", {}),
        ("E-post", "henrik.sjoberg@mjolby.se", {}),
    ])
    heading("2. Projektet")

    def period(cell):
        p = cell.paragraphs[0]
        add_formtext(p, "2027-01-15", date=True)
        p.add_run(" – ")
        add_formtext(p, "2028-12-31", date=True)

    def omrade(cell):
        p = cell.paragraphs[0]
        add_dropdown(p, ["Välj insatsområde", "Kompetensförsörjning", "Innovation och "
                         "näringslivsutveckling", "Tillgänglighet och infrastruktur"], 1)

    kv_table([
        ("Projektnamn", "Kompetensnav Mjölby–Boxholm", {}),
        ("Projektperiod (från – till)", None, dict(fn=period)),
        ("Insatsområde", None, dict(fn=omrade)),
        ("Geografiskt område", "Mjölby och Boxholms kommuner", {}),
    ])
    heading("3. Sammanfattning av projektet (högst 2 000 tecken)")
    t = d.add_table(rows=1, cols=1)
    set_borders(t)
    p = t.rows[0].cells[0].paragraphs[0]
    add_formtext(p,
                 "Projektet ska etablera ett gemensamt kompetensnav för Mjölby och Boxholm. "
                 "Navet samlar arbetsgivare inom industri, lager och logistik samt vård och "
                 "omsorg, kommunernas vuxenutbildning och Arbetsförmedlingen på ett ställe, i "
                 "lokaler vid Mjölby resecentrum.\n"
                 "Målgruppen är arbetslösa personer som står långt från arbetsmarknaden, i "
                 "första hand personer som har varit utan arbete i mer än tolv månader samt "
                 "nyanlända.\n"
                 "Projektet ska nå minst 90 deltagare, varav minst 40 kvinnor. Minst 35 procent "
                 "av deltagarna ska ha gått till arbete eller studier 90 dagar efter avslutad "
                 "insats.\n"
                 "Navet ska dessutom ge minst 25 arbetsgivare stöd i kompetensplanering.",
                 maxlen=2000,
                 help_text="Exempel: Projektet ska nå 50 deltagare, varav 20 kvinnor.",
                 status="Beskriv syfte, målgrupp och mål. Exempel: 50 deltagare.")

    heading("4. Samverkansparter")
    t = d.add_table(rows=1, cols=3)
    set_borders(t)
    for i, h in enumerate(["Part", "Roll i projektet", "Avsiktsförklaring bifogas"]):
        label(t.rows[0].cells[i], h, bold=True)
    parts = [("Boxholms kommun", "Medfinansiär; anvisar deltagare från kommunens "
                                 "arbetsmarknadsenhet", True),
             ("Arbetsförmedlingen Östergötland", "Anvisar deltagare; en arbetsförmedlare "
                                                 "på 50 procent i navet", True),
             ("Teknikcollege Östergötland", "Korta industriutbildningar och validering",
              False),
             ("Företagarna Mjölby", "Arbetsgivarkontakter och nätverksträffar", False)]
    for a, b, chk in parts:
        row = t.add_row()
        value_cell(row.cells[0], a)
        value_cell(row.cells[1], b)
        add_checkbox(row.cells[2].paragraphs[0], chk, "Ja")

    heading("5. Budget – kostnader (kronor)")
    bud = [("Personal", "900 000", "940 000", "1 840 000"),
           ("Externa tjänster", "220 000", "200 000", "420 000"),
           ("Lokaler", "90 000", "90 000", "180 000"),
           ("Resor", "30 000", "30 000", "60 000"),
           ("Övrigt", "60 000", "40 000", "100 000"),
           ("Summa kostnader", "1 300 000", "1 300 000", "2 600 000")]
    t = d.add_table(rows=1, cols=4)
    set_borders(t)
    for i, h in enumerate(["Kostnadsslag", "2027", "2028", "Totalt"]):
        label(t.rows[0].cells[i], h, bold=True)
    for rowv in bud:
        row = t.add_row()
        label(row.cells[0], rowv[0], bold=rowv[0].startswith("Summa"))
        for j in range(1, 4):
            p = value_cell(row.cells[j], rowv[j], number=True,
                           status="Ange belopp i hela kronor, t.ex. 250 000")
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    heading("6. Finansiering (kronor)")
    fin = [("Region Östergötland, sökta utvecklingsmedel", "1 300 000", "–", "1 300 000"),
           ("Mjölby kommun", "620 000", "160 000", "780 000"),
           ("Boxholms kommun", "200 000", "60 000", "260 000"),
           ("Arbetsförmedlingen Östergötland", "–", "260 000", "260 000"),
           ("Summa finansiering", "2 120 000", "480 000", "2 600 000")]
    t = d.add_table(rows=1, cols=4)
    set_borders(t)
    for i, h in enumerate(["Finansiär", "Kontant", "Annan (ej kontant)", "Totalt"]):
        label(t.rows[0].cells[i], h, bold=True)
    for rowv in fin:
        row = t.add_row()
        label(row.cells[0], rowv[0], bold=rowv[0].startswith("Summa"))
        for j in range(1, 4):
            p = value_cell(row.cells[j], rowv[j], number=True)
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(4)
    p.add_run("Sökt andel av projektets totala kostnader (%): ").font.size = Pt(8.5)
    add_formtext(p, "50", number=True)

    heading("7. Övriga uppgifter")
    p = d.add_paragraph()
    add_checkbox(p, True, "Sökanden begär förskott (högst 20 procent av beviljat belopp)")
    p = d.add_paragraph()
    add_checkbox(p, False, "Sökanden har rätt att dra av moms för projektets kostnader")
    p = d.add_paragraph()
    add_checkbox(p, False, "Projektet har sökt eller fått annat offentligt stöd för samma "
                          "kostnader")
    p = d.add_paragraph()
    p.add_run("Om ja, ange vilket: ").font.size = Pt(8.5)
    add_formtext(p, "Ansökan om ESF+-medel (Svenska ESF-rådet) planeras till våren 2027; "
                    "ingen ansökan är inlämnad ännu.")

    heading("8. Underskrift av behörig företrädare")
    kv_table([
        ("Ort och datum", "Mjölby 2026-11-12", {}),
        ("Namnförtydligande", "Karin Åhlund", {}),
        ("Befattning", "Förvaltningschef, utbildningsförvaltningen", {}),
        ("Underskrift", "", dict(status="Skriv under för hand efter utskrift")),
    ])
    heading("Ifylls av Region Östergötland")
    kv_table([("Diarienummer", "", {}), ("Ansökan inkom", "", dict(date=True)),
              ("Handläggare", "", {}), ("Beslut", "", {})])

    # protection: filling in forms only
    settings = d.settings.element
    dp = _r("w:documentProtection", **{"w:edit": "forms", "w:enforcement": "1"})
    dts = settings.find(qn("w:defaultTabStop"))
    if dts is not None:
        dts.addprevious(dp)
    else:
        settings.append(dp)
    d.save(path)
    fix_zip(path)


# =====================================================================================
# 5. TXT – shared-drive read-me with a directory tree
# =====================================================================================
LASMIG = r"""LÄSMIG.txt
==========================================================================
 GEMENSAM PROJEKTMAPP – JOBBSPÅR ÖSTERGÖTLAND
==========================================================================

Sökväg (Norrköpings kommun):  \\nkpg-fil03\projekt$\AMF\Jobbspar_OG\
Synkas till:                  Teams-teamet "Jobbspår Östergötland" > Filer
Mappansvarig:                 Elin Berggren, arbetsmarknadsenheten (EB)
Ersättare:                    Mattias Holm, Arbetsförmedlingen (MH)
Senast uppdaterad:            2026-11-27 (EB)


LÄS DETTA FÖRST
---------------
 * Mappen är gemensam för Norrköpings kommun, Motala kommun, Mjölby
   kommun, Arbetsförmedlingen Östergötland och Region Östergötland.
 * INGA PERSONUPPGIFTER OM DELTAGARE I DEN HÄR MAPPEN. Inga
   deltagarlistor, inga personnummer, inga närvarolistor med namn.
   Uppgifter om deltagare hanteras bara i respektive organisations
   eget verksamhetssystem.
 * Avtal som har skrivits under på papper skannas och sparas här.
   Originalet skickas till registrator i Norrköping (diarieserie AMN).
 * Spara aldrig lokalt på skrivbordet och mejla inte bilagor runt –
   länka till filen i mappen i stället.


MAPPSTRUKTUR
------------
Jobbspar_OG\
├── 00_Styrning\
│   ├── Styrgrupp\            Kallelser, dagordningar och protokoll.
│   │                         Bara styrgruppen och EB/MH har skrivrätt.
│   └── Beslut\               Undertecknade beslut som PDF.
│                             Inga utkast här.
├── 01_Avtal\
│   ├── Arbetsgivare\         Avsiktsförklaringar och samarbetsavtal,
│   │                         en undermapp per arbetsgivare.
│   └── Utbildning\           Avtal och avrop, t.ex. yrkessvenska.
├── 02_Spar\                  En undermapp per spår. Spårplan, schema
│   ├── Vard_Motala_2027\     och lista över praktikplatser (utan
│   ├── Vard_Mjolby_2027\     namn på deltagare).
│   └── Lager_Norrkoping_2026\
├── 03_Uppfoljning\
│   ├── Manadsrapporter\      Månadsrapporten lämnas senast den 8:e
│   │                         i månaden efter. Mall finns i 90_Mallar.
│   └── Slutrapport\
├── 04_Kommunikation\         Bilder, pressmeddelanden, logotyper.
├── 05_Ekonomi\               NY 2026-11-27. Fakturaunderlag,
│                             tidrapporter och budgetuppföljning.
├── 90_Mallar\                Mallar – ändra inte, spara en kopia.
└── 99_Arkiv\                 Avslutade spår flyttas hit efter
                              12 månader. EB rensar arkivet i
                              januari varje år.


FILNAMN
-------
 Format:   ÅÅÅÅ-MM-DD_Spar_Dokumenttyp_vN.N.filtyp
 Exempel:  2026-11-03_Vard-Motala_Sparplan_v1.0.docx
           2026-10-15_Lager-Norrkoping_Avsiktsforklaring_v2.1.pdf

 - Datum först, så sorteras filerna i tidsordning.
 - Inga mellanslag. Bindestreck inom ett led, understreck mellan leden.
 - Undvik å, ä och ö i filnamn – synkningen till Teams har tappat
   filer med sådana tecken (se ändringsloggen 2026-05-19).
 - Slutlig version får tillägget _SLUTLIG sist, t.ex.
   2026-09-30_Vard-Motala_Sparplan_v2.0_SLUTLIG.pdf


BEHÖRIGHET
----------
 Ny behörighet beställs via din egen organisation:
 - Norrköpings kommun: Servicedesk, ärendetyp "Behörighet gemensam katalog".
 - Övriga organisationer: mejla EB, som lägger till dig som gäst i
   Teams-teamet. Gäster kommer åt mappen via Teams, inte via sökvägen.
 Behörigheterna gås igenom två gånger per år (mars och september).


RADERAT NÅGOT AV MISSTAG?
-------------------------
 Raderade filer kan återställas inom 30 dagar. Kontakta Servicedesk
 Norrköping och uppge sökväg, filnamn och ungefär när filen togs bort.
 Äldre versioner av ett dokument hittar du själv i Teams under
 "Versionshistorik" (högerklicka på filen).


ÄNDRINGSLOGG (senaste först)
----------------------------
 2026-11-27  EB  Ny mapp 05_Ekonomi. Fakturaunderlag sparas där,
                 inte längre i 01_Avtal.
 2026-09-15  MH  Undermappar för vårdspåren i Motala och Mjölby.
 2026-05-19  EB  Regel om å, ä och ö i filnamn, efter att tre filer
                 försvunnit vid synkningen.
 2026-02-02  EB  Mappen skapad.
"""


def make_lasmig(path):
    with open(path, "w", encoding="utf-8", newline="\r\n") as f:
        f.write(LASMIG)


# =====================================================================================
# 6. MD – R Markdown knitted to github_document
# =====================================================================================
def nf(x):
    s = f"{x:,}".replace(",", " ")
    return s


def pct(a, b):
    return f"{100 * a / b:.1f}".replace(".", ",")


def pct_dot(a, b):
    v = round(100 * a / b, 1)
    s = f"{v:.1f}"
    return s[:-2] + "  " if s.endswith(".0") else s


def make_rmd(path):
    years = [(2022, 21950, 9680), (2023, 21440, 9069), (2024, 22960, 10332),
             (2025, 23510, 11097), (2026, 22870, 11206)]
    kom = [("Norrköping", 8520, 4580), ("Linköping", 7560, 3442), ("Motala", 2310, 1178),
           ("Finspång", 1030, 391), ("Mjölby", 980, 437), ("Söderköping", 520, 243),
           ("Åtvidaberg", 470, 229), ("Kinda", 360, 166), ("Vadstena", 330, 158),
           ("Valdemarsvik", 290, 136), ("Boxholm och Ydre", 280, 132),
           ("Ödeshög", 220, 114)]
    assert sum(k[1] for k in kom) == 22870 and sum(k[2] for k in kom) == 11206
    grp = [("Kön", "Kvinnor", 10740, 5390), ("Kön", "Män", 12130, 5816),
           ("Ålder", "16–24 år", 2950, 543), ("Ålder", "25–54 år", 15480, 7771),
           ("Ålder", "55–64 år", 4440, 2892),
           ("Födelseland", "Inrikes födda", 10190, 4093),
           ("Födelseland", "Utrikes födda", 12680, 7113),
           ("Utbildning", "Förgymnasial", 7860, 4630),
           ("Utbildning", "Gymnasial", 9940, 4592),
           ("Utbildning", "Eftergymnasial", 4560, 1756),
           ("Utbildning", "Uppgift saknas", 510, 228)]
    for g in ("Kön", "Ålder", "Födelseland", "Utbildning"):
        assert sum(x[2] for x in grp if x[0] == g) == 22870, g
        assert sum(x[3] for x in grp if x[0] == g) == 11206, g

    L = []
    a = L.append
    a("Långtidsarbetslöshet i Östergötland, oktober 2026")
    a("================")
    a("Analysenheten, Region Östergötland")
    a("2026-11-12")
    a("")
    a("- [Syfte och data](#syfte-och-data)")
    a("- [Utvecklingen 2022–2026](#utvecklingen-20222026)")
    a("- [Kommunerna](#kommunerna)")
    a("- [Grupper](#grupper)")
    a("- [Slutsatser](#slutsatser)")
    a("")
    a("## Syfte och data")
    a("")
    a("Underlaget är en fördjupning av lägesbilden som presenterades för Kompetensrådet "
      "den 19 november 2026. Med *långtidsarbetslös* avses här en person som har varit "
      "inskriven som arbetslös hos Arbetsförmedlingen utan avbrott för arbete eller studier "
      "i **minst 12 månader**. Med *mycket långtidsarbetslös* avses minst 24 månader.")
    a("")
    a("Data: Arbetsförmedlingens inskrivna arbetslösa 16–64 år, mätmånad oktober varje år, "
      "uttag 2026-11-05. Boxholm och Ydre redovisas tillsammans eftersom Ydre har färre än "
      "100 inskrivna.")
    a("")
    a("``` r")
    a("library(tidyverse)")
    a("library(knitr)")
    a("")
    a('insk <- read_csv2("data/af_inskrivna_okt_2022_2026.csv") |>')
    a("  filter(alder >= 16, alder <= 64)")
    a("```")
    a("")
    a("    ## Warning: 14 rader saknar kommunkod och har tagits bort.")
    a("")
    a("## Utvecklingen 2022–2026")
    a("")
    a("``` r")
    a("insk |>")
    a("  group_by(ar) |>")
    a("  summarise(inskrivna = n(), lang = sum(manader_utan_arbete >= 12)) |>")
    a("  mutate(andel = round(100 * lang / inskrivna, 1))")
    a("```")
    a("")
    a("    ## # A tibble: 5 × 4")
    a("    ##      ar inskrivna  lang andel")
    a("    ##   <dbl>     <int> <int> <dbl>")
    for i, (y, n, l) in enumerate(years):
        a(f"    ## {i + 1}  {y}     {n:>5} {l:>5}  {pct_dot(l, n):<4}".rstrip())
    a("")
    a(f"Antalet långtidsarbetslösa har ökat från {nf(9680)} i oktober 2022 till {nf(11206)} "
      f"i oktober 2026, alltså med {nf(11206 - 9680)} personer. Andelen är "
      f"{pct(11206, 22870)} procent i oktober 2026, den högsta under perioden. Jämfört med "
      f"oktober 2025 har antalet inskrivna arbetslösa minskat med {23510 - 22870} personer, "
      f"samtidigt som antalet långtidsarbetslösa har ökat med {11206 - 11097}.")
    a("")
    a("Antalet mycket långtidsarbetslösa (minst 24 månader) var 6 130 i oktober 2026, "
      "vilket motsvarar 26,8 procent av alla inskrivna arbetslösa.")
    a("")
    a("![](analys_langtidsarbetsloshet_files/figure-gfm/andel-over-tid-1.png)<!-- -->")
    a("")
    a("## Kommunerna")
    a("")
    a("``` r")
    a("insk |>")
    a("  filter(ar == 2026) |>")
    a("  group_by(kommun) |>")
    a("  summarise(inskrivna = n(), lang = sum(manader_utan_arbete >= 12)) |>")
    a("  mutate(andel = 100 * lang / inskrivna) |>")
    a("  arrange(desc(inskrivna)) |>")
    a('  kable(col.names = c("Kommun", "Inskrivna", "Minst 12 mån", "Andel (%)"),')
    a('        digits = 1, format.args = list(big.mark = " ", decimal.mark = ","))')
    a("```")
    a("")
    a("| Kommun           | Inskrivna | Minst 12 mån | Andel (%) |")
    a("|:-----------------|----------:|-------------:|----------:|")
    for k, n, l in kom:
        a(f"| {k:<16} | {nf(n):>9} | {nf(l):>12} | {pct(l, n):>9} |")
    a(f"| {'Östergötland':<16} | {nf(22870):>9} | {nf(11206):>12} | {pct(11206, 22870):>9} |")
    a("")
    a(f"Norrköping har högst andel, {pct(4580, 8520)} procent, och står ensam för "
      f"{round(100 * 4580 / 11206)} procent av länets långtidsarbetslösa. Tillsammans står "
      f"Norrköping och Motala för {pct(4580 + 1178, 11206)} procent.")
    a("")
    a(f"Finspång har länets lägsta andel långtidsarbetslösa, {pct(391, 1030)} procent. "
      "Det beror på att många har skrivits in under 2026 efter varslen inom "
      "tillverkningsindustrin och ännu inte hunnit bli långtidsarbetslösa.")
    a("")
    a("## Grupper")
    a("")
    a("``` r")
    a("grupper <- insk |>")
    a("  filter(ar == 2026) |>")
    a('  pivot_longer(c(kon, aldersgrupp, fodelseland, utbildning), names_to = "indelning",')
    a('               values_to = "grupp") |>')
    a("  group_by(indelning, grupp) |>")
    a("  summarise(inskrivna = n(), lang = sum(manader_utan_arbete >= 12))")
    a("")
    a('kable(grupper, col.names = c("Indelning", "Grupp", "Inskrivna", "Minst 12 mån",')
    a('                             "Andel (%)"), digits = 1,')
    a('      format.args = list(big.mark = " ", decimal.mark = ","))')
    a("```")
    a("")
    a("    ## `summarise()` has grouped output by 'indelning'. You can override using the")
    a("    ## `.groups` argument.")
    a("")
    a("| Indelning   | Grupp          | Inskrivna | Minst 12 mån | Andel (%) |")
    a("|:------------|:---------------|----------:|-------------:|----------:|")
    for g, name, n, l in grp:
        a(f"| {g:<11} | {name:<14} | {nf(n):>9} | {nf(l):>12} | {pct(l, n):>9} |")
    a("")
    a("Skillnaderna mellan grupperna är stora. Andelen långtidsarbetslösa är högst i "
      f"åldersgruppen 55–64 år, {pct(2892, 4440)} procent, och lägst bland unga 16–24 år, "
      f"{pct(543, 2950)} procent. Bland utrikes födda är andelen {pct(7113, 12680)} procent "
      f"mot {pct(4093, 10190)} procent bland inrikes födda. Personer med förgymnasial "
      f"utbildning har en andel på {pct(4630, 7860)} procent.")
    a("")
    a("## Slutsatser")
    a("")
    a("1.  Långtidsarbetslösheten har ökat tre år i rad och omfattar nu nästan varannan "
      "inskriven arbetslös (49,0 procent).")
    a("2.  Personer 55–64 år, utrikes födda och personer med förgymnasial utbildning har "
      "klart högre andel än genomsnittet.")
    a("3.  Norrköping och Motala står tillsammans för mer än hälften av länets "
      "långtidsarbetslösa.")
    a("4.  Finspångs låga andel är sannolikt tillfällig: utan insatser når många av de "
      "varslade tolv månader utan arbete under hösten 2027.")
    a("5.  Vi föreslår att Kompetensrådet prioriterar långtidsarbetslösa 55–64 år i "
      "Jobbspår och i Kompetensnav Mjölby–Boxholm, och att analysen uppdateras till rådets "
      "möte den 4 mars 2027.")
    a("")
    a("``` r")
    a("sessionInfo()")
    a("```")
    a("")
    a("    ## R version 4.4.1 (2024-06-14 ucrt)")
    a("    ## Platform: x86_64-w64-mingw32/x64")
    a("    ## Running under: Windows 11 x64 (build 22631)")
    a("    ## ")
    a("    ## locale:")
    a("    ## [1] LC_COLLATE=Swedish_Sweden.utf8  LC_CTYPE=Swedish_Sweden.utf8")
    a("    ## ")
    a("    ## other attached packages:")
    a("    ## [1] knitr_1.48      lubridate_1.9.3 forcats_1.0.0   stringr_1.5.1")
    a("    ## [5] dplyr_1.1.4     purrr_1.0.2     readr_2.1.5     tidyr_1.3.1")
    a("    ## [9] tibble_3.2.1    ggplot2_3.5.1   tidyverse_2.0.0")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "out"
    os.makedirs(out, exist_ok=True)
    make_handout(os.path.join(out, "Kompetensradet_2026-11-19_Lagesbild_handout.pdf"))
    make_process(os.path.join(out, "Processkarta_Jobbspar_v1.2.pdf"))
    make_tender(os.path.join(out, "Upphandlingsdokument_RO-2026-4411_Yrkessvenska.pdf"))
    make_form(os.path.join(out, "Ansokan_RUM_Kompetensnav_Mjolby-Boxholm.docx"))
    make_lasmig(os.path.join(out, "LASMIG_Jobbspar_Ostergotland.txt"))
    make_rmd(os.path.join(out, "analys_langtidsarbetsloshet_ostergotland.md"))
    print("wrote 6 files to", out)


if __name__ == "__main__":
    main()
