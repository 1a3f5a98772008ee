#!/usr/bin/env python3
"""r154 – six invented Swedish documents (Region Uppsala / Arbetsförmedlingen Uppsala län,
kompetensplattformen i Uppsala län) for a user test of Kunskapsbanken.

    python3 r154_make_files.py OUT_DIR

Deterministic: reportlab runs with invariant=1, DOCX zip entries get a fixed timestamp and
fixed core properties; all content is hard-coded.

Files and their layout traps
----------------------------
1. Handlingsplan_kompetensforsorjning_2027_v3.pdf  (4 pages, A4 landscape)
   An EXCEL SHEET PRINTED TO PDF that is TWO PAGES WIDE: page order "nedåt, sedan över"
   (down, then over), so pages 1–2 hold columns A–F (Nr, Insatsområde, Aktivitet,
   Målgrupp, Kommun, Huvudansvarig) for the upper and lower rows and pages 3–4 hold column A
   (repeated as a print title) plus G–M (Kontaktperson, Start, Slut, Budget, Finansiering,
   Status, Kommentar). A row's contact person, dates, budget and status are therefore two
   pages away from its activity name and can only be joined through "Nr". Gridlines, a
   repeated header row, Insatsområde as VERTICALLY MERGED cells, status fills, Excel page
   header/footer with the file path and "Sida N av 4". One date cell with a long date
   format is too narrow and prints as "########" (start and end of 2.2). The total sits
   on page 4 next to "Summa" in the Slut column.

2. Miro_Workshop_vard-omsorg_Tierp_2026-10-14.pdf  (1 page, 1700 × 1000 pt)
   A MIRO WHITEBOARD EXPORT: title text widget, five FRAMES (title above the frame),
   coloured STICKY NOTES with centred hand-wrapped text and an author label, DOT-VOTE
   pills ("9 röster") above the idea notes, connector ARROWS from ideas to a "topp 3"
   frame holding copies of the notes, a parking-lot frame, two slightly ROTATED stickies,
   a "Nästa steg" text widget and a "Made with Miro" mark. Extraction order follows
   drawing order (pypdf) or y-position (pdfplumber), so notes of different frames mix.

3. Bilaga2_Jamforelse_riktlinjer_projektmedel_RUN-2026-0412.pdf  (A4, 3–4 pages)
   A SYNOPTIC COMPARISON (jämförelsetabell) "Nuvarande lydelse | Föreslagen lydelse" of
   guidelines for regional project funds, one table row per §, repeated header row,
   changed text in italics in the right column, "(oförändrad)" / "(saknas)" cells, a NEW
   § 10 on pre-studies, a § that "utgår", footnote markers in the header cells, running
   header (Region Uppsala | Bilaga 2 | Dnr), "Sida N (M)" footer, soft-hyphen hyphenation,
   transitional provisions and a background section with 2025 distractor figures.

4. Projektdirektiv_Kompetensdagen_2027.docx
   A project directive written in the region's Word TEMPLATE: Heading 1/2 AUTO-NUMBERED
   through numbering.xml (numbers are not in the text), HIDDEN TEXT (w:vanish) template
   guidance under the headings holding EXAMPLE values (another date, venue, target and
   meal cost) that python-docx returns like any other text, a document-info table, a
   budget table with a gridSpan-merged header, a financing table, a risk table, a
   milestone table, Word header and footer with PAGE/NUMPAGES fields, and a 2026
   distractor (Kompetensdagen 2026 in Enköping, 265 deltagare).

5. Samtalsguide_kundtjanst_Uppsala_lan_v3.txt
   A CALL-CENTRE DECISION TREE in plain text: numbered boxes [1]–[11] with leader-dot
   answer lines ending in "-> [n]", conditions a)–d), "(!)" do-not-promise lines, a
   BEGREPP block with definitions, case categories (KÖRK-VO, VAL-USK, AG-UPPS …) and a
   change log (Östhammar added in version 3).

6. Styrgrupp_kompetensplattform_2026-11-24_anteckningar.md
   An AI-GENERATED MEETING RECAP (Copilot in Teams) REVIEWED BY A HUMAN: a warning
   blockquote, key–value head, an attendance table from the calendar invite with ✔/–,
   discussion points with [hh:mm:ss] timestamps, ~~struck~~ AI errors followed by bold
   "[Rättat: …]" corrections (wrong person, Kompetensdagen "moved to October" – it is
   not, next meeting 9 → 2 February 2027), numbered decisions, a task list with
   @mentions and an AI disclaimer.
"""
import datetime
import os
import sys
import zipfile

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_CENTER
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
pdfmetrics.registerFont(TTFont("SER", LIB + "LiberationSerif-Regular.ttf"))
pdfmetrics.registerFont(TTFont("SERB", LIB + "LiberationSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("SERI", LIB + "LiberationSerif-Italic.ttf"))
from reportlab.lib.fonts import addMapping
for fam, r, b, i in (("DV", "DV", "DVB", "DVI"), ("LS", "LS", "LSB", "LSI"),
                     ("SER", "SER", "SERB", "SERI")):
    addMapping(fam, 0, 0, r); addMapping(fam, 1, 0, b); addMapping(fam, 0, 1, i)
    addMapping(fam, 1, 1, b)

SW = pdfmetrics.stringWidth
SHY = "\xad"


def wrap(text, font, size, width):
    """Greedy word wrap by string width; explicit '\n' forces a break."""
    lines = []
    for part in text.split("\n"):
        words, cur = part.split(), ""
        for w in words:
            t = (cur + " " + w).strip()
            if SW(t, font, size) <= width or not cur:
                cur = t
            else:
                lines.append(cur)
                cur = w
        lines.append(cur)
    return lines


# =====================================================================================
# 1. Excel sheet printed to PDF, two pages wide ("nedåt, sedan över")
# =====================================================================================
XL_HEAD = ["Nr", "Insatsområde", "Aktivitet", "Målgrupp", "Kommun(er)", "Huvudansvarig",
           "Kontaktperson", "Start", "Slut", "Budget 2027 (tkr)", "Finansiering", "Status",
           "Kommentar"]
# Nr, Aktivitet, Målgrupp, Kommun, Huvudansvarig, Kontakt, Start, Slut, Budget,
# Finansiering, Status, Kommentar
HASH = "#"
XL_ROWS = [
    ("Vård och omsorg", [
        ("1.1", "Språkombud i äldreomsorgen",
         "Undersköterskor och vårdbiträden med svenska som andraspråk",
         "Tierp, Älvkarleby, Östhammar", "Region Uppsala", "Maria Lindqvist",
         "2027-01-15", "2027-12-15", "850", "Regionala utvecklingsmedel", "Pågår",
         "Fortsättning från 2026. 24 nya språkombud utbildas under året."),
        ("1.2", "Validering mot undersköterskeyrket via Vård- och omsorgscollege",
         "Arbetssökande med minst sex månaders erfarenhet av vård eller omsorg",
         "Samtliga kommuner", "Arbetsförmedlingen Uppsala län", "Johan Ek",
         "2027-02-01", "2027-11-30", "420", "AF förvaltningsanslag", "Planerad",
         "Kartläggning på AF Tierp och AF Uppsala."),
        ("1.3", "Körkortsinsats för hemtjänsten (pilot norra Uppland)",
         "Arbetssökande med villkorat anställningserbjudande i hemtjänst",
         "Tierp, Älvkarleby, Östhammar", "Tierps kommun", "Lena Sjöberg",
         "2027-01-11", "2027-06-30", "600", "Kommunerna och Region Uppsala", "Planerad",
         "Resultat av workshopen i Tierp 2026-10-14. Arbetsgrupp bildad."),
        ("1.4", "Sommarjobb i vård och omsorg för unga 16–19 år",
         "Ungdomar 16–19 år", "Heby, Enköping", "Enköpings kommun", "Sofia Bergman",
         "2027-06-14", "2027-08-13", "310", "Kommunala medel", "Planerad",
         "Handledarutbildning genomförs i maj."),
    ]),
    ("Industri och teknik", [
        ("2.1", "Yrkesvux CNC-operatör med lärlingsdel",
         "Arbetssökande och personer i omställning", "Östhammar, Tierp",
         "Östhammars kommun", "Patrik Holm", "2027-01-18", "2027-12-17", "780",
         "Statsbidrag yrkesvux och kommunala medel", "Pågår",
         "16 platser, varav 4 lärlingsplatser hos lokala verkstadsföretag."),
        ("2.2", "Matchningsdag industri och logistik",
         "Arbetssökande och arbetsgivare", "Enköping",
         "Arbetsförmedlingen Uppsala län", "Nadia Karimi", HASH, HASH, "120",
         "AF förvaltningsanslag", "Planerad", "Lokal: Enköpings arena (preliminärt)."),
        ("2.3", "Teknikcollege – certifiering av Enköping-Håbo",
         "Gymnasieelever och vuxenstuderande", "Enköping, Håbo", "Håbo kommun",
         "Erik Söderberg", "2026-09-01", "2027-05-31", "260", "Kommunala medel",
         "Försenad", "Ansökan till Teknikcollege Sverige skickas först i februari 2027."),
        ("2.4", "Omställningsstöd till varslade inom tillverkning",
         "Varslade och nyligen uppsagda", "Samtliga kommuner",
         "Arbetsförmedlingen Uppsala län", "Nadia Karimi", "2027-01-04", "2027-12-31",
         "150", "AF förvaltningsanslag", "Pågår", "Samordnas med TRR och TSL."),
    ]),
    ("Etablering och inkludering", [
        ("3.1", "Yrkessvenska inom sfi – vård och lokalvård",
         "Nyanlända i etableringsprogrammet", "Uppsala, Knivsta", "Uppsala kommun",
         "Leila Haddad", "2027-01-18", "2027-12-17", "540", "ESF+ (beviljat)", "Pågår",
         "Två grupper per termin."),
        ("3.2", "Steg mot jobb – kvinnor långt från arbetsmarknaden",
         "Utrikes födda kvinnor med kort utbildning", "Uppsala (Gottsunda, Gränby)",
         "Arbetsförmedlingen Uppsala län", "Hanna Öberg", "2027-02-15", "2027-12-15",
         "690", "AF och Uppsala kommun", "Planerad", "Rekrytering via öppna förskolan."),
        ("3.3", "Mentorprogram för utrikes födda akademiker",
         "Arbetssökande med utländsk examen", "Uppsala, Knivsta, Håbo", "Region Uppsala",
         "Oskar Wallin", "2026-10-01", "2027-06-30", "230", "Regionala utvecklingsmedel",
         "Försenad", "Endast 11 av 30 mentorer rekryterade."),
        ("3.4", "Introduktionsjobb i Heby kommun",
         "Långtidsarbetslösa över 25 år", "Heby", "Heby kommun", "Anders Nyström",
         "2027-03-01", "2027-12-31", "200", "Kommunala medel", "Planerad", ""),
    ]),
    ("Analys och samverkan", [
        ("4.1", "Kompetensbarometer Uppsala län – arbetsgivarenkät",
         "Arbetsgivare i länet", "Samtliga kommuner", "Region Uppsala", "Elin Forsberg",
         "2027-03-01", "2027-10-31", "275", "Regionala utvecklingsmedel", "Planerad",
         "Resultat redovisas för styrgruppen i oktober 2027."),
        ("4.2", "Kompetensdagen 2027", "Arbetsgivare, utbildare och kommuner",
         "Samtliga kommuner", "Region Uppsala", "Erik Nordin", "2027-09-22", "2027-09-22",
         "500", "Region Uppsala, AF och kommunerna", "Planerad",
         "Se projektdirektiv fastställt 2026-11-24."),
        ("4.3", "Branschråd vård och omsorg norra Uppland",
         "Arbetsgivare och utbildare", "Tierp, Älvkarleby, Östhammar", "Tierps kommun",
         "Lena Sjöberg", "2027-01-20", "2027-12-31", "40", "Kommunala medel", "Pågår",
         "Fyra möten per år."),
        ("4.4", "Förstudie gemensam bemanningspool",
         "Vård- och omsorgsförvaltningarna", "Tierp, Älvkarleby, Östhammar",
         "Region Uppsala", "Lena Sjöberg", "2027-02-15", "2027-08-31", "250",
         "Regionala projektmedel (ansökan)", "Planerad",
         "Förslag till styrgruppen 2027-02-02."),
    ]),
]
XL_TOTAL = sum(int(r[8]) for _, rows in XL_ROWS for r in rows)          # 6215


def make_excel_print(path):
    PW, PH = landscape(A4)
    LM, TM, BM = 50, 58, 54                    # Excel "Normal" margins roughly
    FONT, FONTB, FS = "LS", "LSB", 10
    LEAD = 12.0
    # column widths (points) for the two page columns
    W1 = {"A": 28, "B": 84, "C": 196, "D": 192, "E": 120, "F": 112}
    W2 = {"A": 28, "G": 92, "H": 60, "I": 60, "J": 62, "K": 150, "L": 62, "M": 218}
    colidx = {k: i for i, k in enumerate("ABCDEFGHIJKLM")}
    allw = dict(W1); allw.update(W2)

    # flatten rows: (group, first_in_group, group_len, values[13])
    flat = []
    for g, rows in XL_ROWS:
        for i, r in enumerate(rows):
            vals = [r[0], g, r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10],
                    r[11]]
            flat.append((g, i == 0, len(rows), vals))

    def cell_lines(col, text):
        if col == "B":
            return [text]  # merged cell – height handled by the group
        w = allw[col] - 5
        if text == HASH:
            return [""]
        return wrap(text, FONT, FS, w) if text else [""]

    heights = []
    for g, first, n, vals in flat:
        m = max(len(cell_lines(k, vals[colidx[k]])) for k in "ACDEFGHIJKLM")
        heights.append(max(14.0, m * LEAD + 4.5))
    head_lines = {k: wrap(XL_HEAD[colidx[k]], FONTB, FS, allw[k] - 5) for k in allw}
    head_h = max(len(v) for v in head_lines.values()) * LEAD + 5
    title_h = [22, 14, 9]

    # horizontal page breaks (same for both column sets)
    avail = PH - TM - BM
    pages_rows, cur, used = [], [], sum(title_h) + head_h
    for i, h in enumerate(heights):
        if used + h > avail and cur:
            pages_rows.append(cur)
            cur, used = [], head_h
        cur.append(i)
        used += h
    total_extra = 18                            # Summa row
    if used + total_extra > avail:
        pages_rows.append(cur)
        cur = []
    pages_rows.append(cur + ["SUM"])
    npages = 2 * len(pages_rows)

    c = canvas.Canvas(path, pagesize=(PW, PH))
    c.setTitle("Handlingsplan 2027")
    c.setAuthor("Elin Forsberg")
    c.setCreator("Microsoft® Excel® för Microsoft 365")
    c.setProducer("Microsoft® Excel® för Microsoft 365")

    status_fill = {"Pågår": colors.HexColor("#C6EFCE"), "Försenad": colors.HexColor("#F8CBAD"),
                   "Klar": colors.HexColor("#D9D9D9")}
    grid = colors.HexColor("#A6A6A6")

    def page_frame(pno):
        c.setFont("LS", 8)
        c.setFillColor(colors.black)
        c.drawString(LM, PH - 30, "Region Uppsala – Regional utveckling")
        c.drawCentredString(PW / 2, PH - 30, "Handlingsplan 2027 – Aktiviteter")
        c.drawRightString(PW - LM, PH - 30, "Utskrivet 2026-11-25 09:14")
        c.drawString(LM, 28, r"K:\RU\Kompetensplattform\Styrgrupp\2026-11-24\Handlingsplan_2027_v3.xlsx")
        c.drawRightString(PW - LM, 28, f"Sida {pno} av {npages}")

    def draw_cell_text(col, text, x, ytop, w, h, bold=False, align=None):
        font = FONTB if bold else FONT
        c.setFont(font, FS)
        c.setFillColor(colors.black)
        if text == HASH:
            n = int((w - 4) // SW("#", font, FS))
            c.drawString(x + 2, ytop - LEAD + 1, "#" * n)
            return
        lines = wrap(text, font, FS, w - 5) if text else []
        if align is None:
            align = "right" if col in ("J",) else "left"
        for k, ln in enumerate(lines):
            y = ytop - (k + 1) * LEAD + 1
            if align == "right":
                c.drawRightString(x + w - 3, y, ln)
            elif align == "center":
                c.drawCentredString(x + w / 2, y, ln)
            else:
                c.drawString(x + 2.5, y, ln)

    def draw_page(pno, cols, rows, first_part):
        page_frame(pno)
        xs, x = {}, LM
        for k in cols:
            xs[k] = x
            x += allw[k]
        right = x
        y = PH - TM
        if first_part:
            if cols[1] == "B":
                c.setFont("LSB", 13)
                c.drawString(LM + 2, y - 16, "Handlingsplan kompetensförsörjning 2027 – Uppsala län")
                c.setFont("LS", 8.5)
                c.drawString(LM + 2, y - 31, "Version 3. Fastställd av styrgruppen för "
                             "kompetensplattformen 2026-11-24. Belopp i tusental kronor (tkr).")
            y -= sum(title_h)
        # header row
        c.setFillColor(colors.HexColor("#DDEBF7"))
        c.rect(LM, y - head_h, right - LM, head_h, stroke=0, fill=1)
        for k in cols:
            draw_cell_text(k, XL_HEAD[colidx[k]], xs[k], y - 1.5, allw[k], head_h, bold=True,
                           align="left")
        c.setStrokeColor(grid); c.setLineWidth(0.5)
        c.rect(LM, y - head_h, right - LM, head_h, stroke=1, fill=0)
        for k in cols[1:]:
            c.line(xs[k], y, xs[k], y - head_h)
        y -= head_h
        # group spans on this page (merged B)
        for ri in rows:
            if ri == "SUM":
                h = 18
                c.setStrokeColor(colors.black); c.setLineWidth(0.6)
                if "J" in cols:
                    c.line(xs["J"], y - 1, xs["J"] + allw["J"], y - 1)
                    c.line(xs["J"], y - 3, xs["J"] + allw["J"], y - 3)
                    c.setFont(FONTB, FS)
                    c.drawRightString(xs["I"] + allw["I"] - 3, y - LEAD - 2, "Summa")
                    s = f"{XL_TOTAL:,}".replace(",", " ")
                    c.drawRightString(xs["J"] + allw["J"] - 3, y - LEAD - 2, s)
                y -= h
                continue
            g, first, n, vals = flat[ri]
            h = heights[ri]
            st = vals[11]
            if "L" in cols and st in status_fill:
                c.setFillColor(status_fill[st])
                c.rect(xs["L"], y - h, allw["L"], h, stroke=0, fill=1)
            c.setStrokeColor(grid); c.setLineWidth(0.5)
            for k in cols:
                if k == "B":
                    continue
                draw_cell_text(k, vals[colidx[k]], xs[k], y - 2, allw[k], h)
                c.setStrokeColor(grid)
                c.rect(xs[k], y - h, allw[k], h, stroke=1, fill=0)
            if "B" in cols:
                # merged cell: only left/right borders per row; top border at group start,
                # label at the top of the group's first row on this page
                c.line(xs["B"], y, xs["B"], y - h)
                c.line(xs["C"], y, xs["C"], y - h)
                if first:
                    c.line(xs["B"], y, xs["C"], y)
                    draw_cell_text("B", g, xs["B"], y - 2, allw["B"], h, bold=True)
                last = (ri + 1 == len(flat)) or flat[ri + 1][1]
                if last:
                    c.line(xs["B"], y - h, xs["C"], y - h)
                if ri == rows[0] and not first:
                    c.line(xs["B"], y, xs["C"], y)
            y -= h
        c.showPage()

    pno = 1
    set1 = ["A", "B", "C", "D", "E", "F"]
    set2 = ["A", "G", "H", "I", "J", "K", "L", "M"]
    for cols in (set1, set2):
        for pi, rows in enumerate(pages_rows):
            draw_page(pno, cols, rows, pi == 0)
            pno += 1
    c.save()


# =====================================================================================
# 2. Miro whiteboard export
# =====================================================================================
YELLOW = colors.HexColor("#FFF9B1")
GREEN = colors.HexColor("#D5F692")
PINK = colors.HexColor("#FFCEE0")
BLUE = colors.HexColor("#A6CCF5")
ORANGE = colors.HexColor("#FFD8A8")


def sticky(c, x, y, lines, fill, author=None, size=124, fs=9.6, rot=0, votes=None):
    """x, y = lower-left corner. lines = hand-wrapped text lines (Miro wraps like this)."""
    c.saveState()
    c.translate(x + size / 2, y + size / 2)
    if rot:
        c.rotate(rot)
    # shadow
    c.setFillColor(colors.black, alpha=0.08)
    c.rect(-size / 2 + 2, -size / 2 - 3, size, size, stroke=0, fill=1)
    c.setFillColor(fill, alpha=1)
    c.rect(-size / 2, -size / 2, size, size, stroke=0, fill=1)
    c.setFillColor(colors.HexColor("#1A1A1A"))
    c.setFont("DV", fs)
    lead = fs * 1.22
    n = len(lines)
    top = (n * lead) / 2 - fs * 0.8 + 6
    for i, ln in enumerate(lines):
        c.drawCentredString(0, top - i * lead, ln)
    if author:
        c.setFont("DV", 6.5)
        c.setFillColor(colors.HexColor("#6B6B6B"))
        c.drawString(-size / 2 + 6, -size / 2 + 6, author)
    c.restoreState()
    if votes is not None:
        c.saveState()
        txt = f"{votes} röster" if votes != 1 else "1 röst"
        w = SW(txt, "DVB", 8.5) + 22
        px, py = x + size - w + 6, y + size + 6
        c.setFillColor(colors.HexColor("#4262FF"))
        c.roundRect(px, py, w, 15, 7.5, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.circle(px + 8, py + 7.5, 3, stroke=0, fill=1)
        c.setFont("DVB", 8.5)
        c.drawString(px + 15, py + 4.2, txt)
        c.restoreState()


def frame(c, x, y, w, h, title):
    c.saveState()
    c.setFillColor(colors.white)
    c.setStrokeColor(colors.HexColor("#C8C8C8"))
    c.setLineWidth(0.8)
    c.rect(x, y, w, h, stroke=1, fill=1)
    c.setFont("DV", 9)
    c.setFillColor(colors.HexColor("#7A7A7A"))
    c.drawString(x, y + h + 5, title)
    c.restoreState()


def arrow(c, x1, y1, x2, y2):
    import math
    c.saveState()
    c.setStrokeColor(colors.HexColor("#4262FF"))
    c.setLineWidth(1.3)
    c.line(x1, y1, x2, y2)
    a = math.atan2(y2 - y1, x2 - x1)
    L = 8
    p = c.beginPath()
    p.moveTo(x2, y2)
    p.lineTo(x2 - L * math.cos(a - 0.4), y2 - L * math.sin(a - 0.4))
    p.lineTo(x2 - L * math.cos(a + 0.4), y2 - L * math.sin(a + 0.4))
    p.close()
    c.setFillColor(colors.HexColor("#4262FF"))
    c.drawPath(p, stroke=0, fill=1)
    c.restoreState()


def make_miro(path):
    PW, PH = 1700, 1000
    c = canvas.Canvas(path, pagesize=(PW, PH))
    c.setTitle("Kompetens vård & omsorg norra Uppland")
    c.setCreator("Miro")
    c.setProducer("Miro PDF export")
    # board background with dot grid
    c.setFillColor(colors.HexColor("#F5F6F8"))
    c.rect(0, 0, PW, PH, stroke=0, fill=1)
    c.setFillColor(colors.HexColor("#DADCE0"))
    for gx in range(20, PW, 40):
        for gy in range(20, PH, 40):
            c.circle(gx, gy, 0.7, stroke=0, fill=1)

    # title text widget
    c.setFillColor(colors.HexColor("#050038"))
    c.setFont("DVB", 26)
    c.drawString(40, PH - 60, "Framtidens kompetens i vård och omsorg – norra Uppland")
    c.setFont("DV", 12)
    c.drawString(40, PH - 84, "Workshop 14 oktober 2026 kl. 13.00–16.00 · Tierps kommunhus, "
                 "Nya salen · Facilitator: Sara Holm, Region Uppsala")
    c.drawString(40, PH - 102, "23 deltagare från Tierps, Älvkarleby, Östhammars och Heby "
                 "kommuner, Region Uppsala, Arbetsförmedlingen och Vård- och omsorgscollege")

    # ---- Frame 1: Utmaningar
    fx, fy, fw, fh = 40, 420, 470, 430
    frame(c, fx, fy, fw, fh, "1. Utmaningar idag – vad gör det svårt att rekrytera?")
    s = [
        (["Svårt att rekrytera", "sjuksköterskor till", "hemsjukvården i", "Älvkarleby"],
         "Ahmed Y.", 0),
        (["Pensionsavgångar:", "38 undersköterskor", "i Tierp fram till", "2030"],
         "Lena S.", 0),
        (["Många timanställda", "utan fast schema –", "svårt att behålla", "personal"],
         "Kommunal avd. Tierp", -2.5),
        (["Hemtjänsten kräver", "B-körkort – många", "sökande saknar", "körkort"],
         "Johan E.", 0),
        (["Dokumentation i", "journalen på svenska", "är ett hinder för", "nyanställda"],
         "Maria L.", 0),
        (["Dålig kollektivtrafik", "kvällstid till", "Skärplinge och", "Hargshamn"],
         "Östhammar", 2),
    ]
    for i, (lines, au, rot) in enumerate(s):
        col, row = i % 3, i // 3
        sticky(c, fx + 25 + col * 148, fy + fh - 165 - row * 190, lines, YELLOW, au, rot=rot)

    # ---- Frame 2: Idéer med röster
    gx, gy, gw, gh = 560, 420, 640, 430
    frame(c, gx, gy, gw, gh, "2. Idéer och lösningar – röstning (3 röster per person)")
    ideas = [
        (["Körkortsutbildning", "kopplad till", "anställning", "(AF + kommun)"], "Lena S.", 9),
        (["Språkombud på", "varje enhet i", "äldreomsorgen"], "Maria L.", 7),
        (["Gemensam", "bemanningspool", "för norra Uppland"], "Ahmed Y.", 4),
        (["Sommarjobb för", "16-åringar i", "äldreomsorgen"], "Sofia B.", 2),
        (["Betald utbildning", "till undersköterska", "på halvtid"], "Kommunal avd. Tierp", 8),
        (["Validering på", "arbetstid"], "Johan E.", 6),
        (["Gemensam", "introduktion för", "timanställda"], "Östhammar", 3),
        (["Bilpool för", "hemtjänsten i", "glesbygd"], "Älvkarleby", 1),
    ]
    pos = {}
    for i, (lines, au, v) in enumerate(ideas):
        col, row = i % 4, i // 4
        x = gx + 28 + col * 152
        y = gy + gh - 175 - row * 200
        sticky(c, x, y, lines, GREEN, au, votes=v)
        pos[i] = (x, y)

    # ---- Frame 3: Prioriterat topp 3
    px_, py_, pw_, ph_ = 1250, 420, 410, 430
    frame(c, px_, py_, pw_, ph_, "3. Prioriterat – topp 3 efter röstning")
    top = [(0, "1"), (4, "2"), (1, "3")]
    for k, (idx, rank) in enumerate(top):
        lines, au, v = ideas[idx]
        x = px_ + 140
        y = py_ + ph_ - 150 - k * 135
        c.setFont("DVB", 30)
        c.setFillColor(colors.HexColor("#050038"))
        c.drawString(px_ + 40, y + 45, rank)
        sticky(c, x, y, lines, PINK, None, size=118, fs=9.4)
        ox, oy = pos[idx]
    # connector arrows drawn after (Miro draws connectors on top)
    for k, (idx, rank) in enumerate(top):
        ox, oy = pos[idx]
        arrow(c, ox + 124, oy + 62, px_ + 135, py_ + ph_ - 150 - k * 135 + 57)

    # ---- Parkeringsplats
    qx, qy, qw, qh = 40, 60, 470, 300
    frame(c, qx, qy, qw, qh, "Parkeringsplats – frågor vi inte hann med")
    park = [
        (["Kan AF finansiera", "körkort? Johan Ek", "kollar regelverket"], "Sara H."),
        (["Lönefrågor tas i", "arbetsgivarforum,", "inte här"], "Sara H."),
        (["Kvällstrafik – lyfts", "till Kollektivtrafik-", "förvaltningen UL"], "Sara H."),
    ]
    for i, (lines, au) in enumerate(park):
        sticky(c, qx + 25 + i * 148, qy + 140, lines, BLUE, au)

    # ---- Nästa steg (text widget in a frame)
    nx, ny, nw, nh = 560, 60, 1100, 300
    frame(c, nx, ny, nw, nh, "4. Nästa steg")
    c.setFillColor(colors.HexColor("#050038"))
    c.setFont("DVB", 15)
    c.drawString(nx + 25, ny + nh - 40, "Nästa steg")
    c.setFont("DV", 12)
    steps = [
        "• Arbetsgrupp för körkortsinsatsen: Lena Sjöberg (Tierp), Ahmed Yusuf (Älvkarleby)",
        "   och Johan Ek (Arbetsförmedlingen).",
        "• Arbetsgruppens första möte: 5 november 2026 på Teams. Lena kallar.",
        "• Sara Holm sammanställer workshopen och tar med topp 3 till styrgruppen för",
        "   kompetensplattformen den 24 november 2026.",
        "• Maria Lindqvist undersöker hur språkombuden kan fortsätta 2027.",
        "• Idén om gemensam bemanningspool tas upp i branschrådet i januari.",
    ]
    for i, ln in enumerate(steps):
        c.drawString(nx + 25, ny + nh - 70 - i * 22, ln)
    # orange "OBS" sticky in the corner of the frame, slightly rotated
    sticky(c, nx + nw - 160, ny + 30, ["OBS! Nästa", "workshop: Östhammar", "i mars 2027"],
           ORANGE, "Sara H.", rot=3, fs=10)

    # Miro mark
    c.setFont("DVB", 9)
    c.setFillColor(colors.HexColor("#9A9A9A"))
    c.drawRightString(PW - 20, 18, "Made with Miro")
    c.setFont("DV", 7)
    c.drawString(20, 18, "miro.com/app/board/uXjVKq3m4Zs=/  ·  Exporterad 2026-10-15")
    c.showPage()
    c.save()


# =====================================================================================
# 3. Synoptic comparison: nuvarande / föreslagen lydelse
# =====================================================================================
class NumberedCanvas(canvas.Canvas):
    """Draws 'Sida N (M)' once the total page count is known."""
    footer_xy = (A4[0] - 56, 30)

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
            self.setFont("SER", 9)
            self.setFillColor(colors.black)
            self.drawRightString(self.footer_xy[0], self.footer_xy[1],
                                 f"Sida {self._pageNumber} ({n})")
            canvas.Canvas.showPage(self)
        canvas.Canvas.save(self)


def h(text):
    """Insert soft hyphens into long Swedish compounds (hand-picked break points)."""
    for w, hy in [
        ("stödberättigande", "stöd\xadberättigande"),
        ("medfinansiering", "med\xadfinansiering"),
        ("ansökningsomgångar", "ansöknings\xadomgångar"),
        ("utvecklingsnämnden", "utvecklings\xadnämnden"),
        ("utvecklingsdirektör", "utvecklings\xaddirektör"),
        ("genomförandeprojekt", "genomförande\xadprojekt"),
        ("projektverksamhet", "projekt\xadverksamhet"),
        ("samordningsförbund", "samordnings\xadförbund"),
        ("organisationer", "organisa\xadtioner"),
        ("beslutstillfälle", "besluts\xadtillfälle"),
        ("förutsättningarna", "förutsätt\xadningarna"),
        ("kompetensförsörjning", "kompetens\xadförsörjning"),
        ("förvaltningsrätten", "förvaltnings\xadrätten"),
        ("återbetalningsskyldig", "återbetalnings\xadskyldig"),
    ]:
        text = text.replace(w, hy)
    return text


SYN_ROWS = [
    ("1 § Syfte",
     "Regionala projektmedel ska bidra till att genomföra den regionala utvecklingsstrategin "
     "för Uppsala län. Medlen får användas för projektverksamhet som stärker länets "
     "kompetensförsörjning, näringsliv och attraktionskraft.",
     None),   # None = (oförändrad)
    ("2 § Vem kan söka",
     "Kommuner, regioner, universitet och högskolor, ideella organisationer och andra "
     "offentliga aktörer med verksamhet i Uppsala län kan söka projektmedel. Företag kan "
     "inte söka.",
     "Kommuner, regioner, universitet och högskolor, ideella organisationer och andra "
     "offentliga aktörer med verksamhet i Uppsala län kan söka projektmedel. <i>Även "
     "samordningsförbund och idéburna organisationer kan söka. Enskilda företag kan inte "
     "söka men kan delta i ett projekt som samverkanspart.</i>"),
    ("3 § Stödets storlek",
     "Regionala projektmedel kan beviljas med högst 50 procent av projektets "
     "stödberättigande kostnader. Projektets totala budget ska uppgå till minst "
     "200 000 kronor.",
     "Regionala projektmedel kan beviljas med högst <i>60 procent</i> av projektets "
     "stödberättigande kostnader. <i>Om projektet huvudsakligen riktar sig till kommuner "
     "med färre än 20 000 invånare kan stödet uppgå till högst 70 procent.</i> Projektets "
     "totala budget ska uppgå till minst <i>150 000 kronor</i>."),
    ("4 § Medfinansiering",
     "Övrig finansiering ska utgöras av offentlig eller privat medfinansiering i form av "
     "kontanta medel eller eget arbete. Ideellt arbete får inte räknas som "
     "medfinansiering.",
     "Övrig finansiering ska utgöras av offentlig eller privat medfinansiering i form av "
     "kontanta medel eller eget arbete. <i>Ideellt arbete får räknas som medfinansiering "
     "med högst 20 procent av projektets totala budget. Värdet av ideellt arbete "
     "beräknas enligt den schablon som Tillväxtverket vid varje tid tillämpar.</i>"),
    ("5 § Ansökan",
     "Ansökan görs i två ansökningsomgångar per år med sista ansökningsdag den 15 mars "
     "respektive den 15 september. Ansökan görs i Tillväxtverkets e-tjänst Min ansökan.",
     "<i>Ansökan kan göras löpande under året. Ansökningar som har kommit in senast den "
     "1 februari, 1 maj, 1 september eller 1 november behandlas vid närmast följande "
     "beslutstillfälle.</i> Ansökan görs i Tillväxtverkets e-tjänst Min ansökan."),
    ("6 § Beslut",
     "Beslut om stöd upp till 500 000 kronor fattas av regional utvecklingsdirektör på "
     "delegation. Övriga beslut fattas av regionala utvecklingsnämnden.",
     "Beslut om stöd upp till <i>1 000 000 kronor</i> fattas av regional "
     "utvecklingsdirektör på delegation. Övriga beslut fattas av regionala "
     "utvecklingsnämnden."),
    ("7 § Utbetalning",
     "Stödet betalas ut i efterskott mot redovisade och betalda kostnader. Förskott kan "
     "lämnas med högst 30 procent av beviljat stöd.",
     "Stödet betalas ut i efterskott mot redovisade och betalda kostnader. Förskott kan "
     "lämnas med högst <i>40 procent av beviljat stöd, dock högst 400 000 kronor</i>."),
    ("8 § Redovisning",
     "Slutrapport och slutlig ansökan om utbetalning ska lämnas senast två månader efter "
     "projektets slutdatum.",
     "Slutrapport och slutlig ansökan om utbetalning ska lämnas senast <i>tre månader</i> "
     "efter projektets slutdatum. <i>Region Uppsala följer upp projekten genom minst ett "
     "uppföljningsmöte under projekttiden.</i>"),
    ("9 § Återkrav",
     "Om stödet har lämnats på felaktig grund eller med för högt belopp är mottagaren "
     "återbetalningsskyldig enligt 26 § förordningen (2003:596) om bidrag för "
     "projektverksamhet inom den regionala tillväxtpolitiken.",
     None),
    ("10 § Förstudier",
     "(saknas)",
     "<i>Med förstudie avses ett avgränsat projekt om högst sex månader som syftar till att "
     "pröva förutsättningarna för ett genomförandeprojekt. För förstudier kan stöd beviljas "
     "med högst 100 procent av de stödberättigande kostnaderna, dock högst 300 000 kronor. "
     "Ansökan om förstudie görs i förenklad form och kräver ingen medfinansiering.</i>"),
    ("11 § Uppföljning",
     "Region Uppsala följer upp projekten genom platsbesök minst en gång per projekt.",
     "<i>Paragrafen utgår. Motsvarande bestämmelse finns i 8 §.</i>"),
]


def make_synoptic(path):
    W, H = A4
    LM = RM = 22 * mm
    body = ParagraphStyle("b", fontName="SER", fontSize=10.5, leading=14, alignment=TA_JUSTIFY,
                          embeddedHyphenation=1, hyphenationLang="", uriWasteReduce=0.3,
                          spaceAfter=6)
    h1 = ParagraphStyle("h1", fontName="LSB", fontSize=14, leading=18, spaceAfter=4)
    h2 = ParagraphStyle("h2", fontName="LSB", fontSize=11, leading=14, spaceBefore=10,
                        spaceAfter=4)
    cell = ParagraphStyle("c", fontName="SER", fontSize=9.4, leading=12.1,
                          alignment=TA_LEFT, embeddedHyphenation=1, hyphenationLang="",
                          uriWasteReduce=0.3)
    cellh = ParagraphStyle("ch", parent=cell, fontName="LSB", fontSize=9.2, leading=11.5,
                           spaceAfter=2)
    foot = ParagraphStyle("f", fontName="SER", fontSize=8.3, leading=10.5)

    def on_page(c, d):
        c.saveState()
        c.setFont("LSB", 9)
        c.drawString(LM, H - 40, "Region Uppsala")
        c.setFont("LS", 8.5)
        c.drawCentredString(W / 2, H - 40, "Bilaga 2 till tjänsteskrivelse 2026-11-18")
        c.drawRightString(W - RM, H - 40, "Dnr RUN 2026-0412")
        c.setLineWidth(0.4)
        c.line(LM, H - 46, W - RM, H - 46)
        c.line(LM, 44, W - RM, 44)
        c.setFont("SER", 8.5)
        c.drawString(LM, 30, "Regionala utvecklingsförvaltningen, Avdelningen för "
                     "kompetensförsörjning")
        c.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=60,
                          bottomMargin=58, title="Bilaga 2 – Jämförelse riktlinjer "
                          "projektmedel", author="Karin Åberg", creator="Microsoft Word")
    fr = Frame(LM, 58, W - LM - RM, H - 60 - 58, id="f", leftPadding=0, rightPadding=0,
               topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate("p", [fr], onPage=on_page)])
    s = []
    s.append(Paragraph("Jämförelse mellan nuvarande och föreslagen lydelse", h1))
    s.append(Paragraph("Riktlinjer för regionala projektmedel i Uppsala län", ParagraphStyle(
        "sub", fontName="LS", fontSize=11.5, leading=15, spaceAfter=10)))
    s.append(Paragraph(h(
        "I denna bilaga jämförs de nuvarande riktlinjerna för regionala projektmedel med "
        "förvaltningens förslag till reviderade riktlinjer. De nuvarande riktlinjerna "
        "beslutades av regionala utvecklingsnämnden den 13 juni 2023 (§ 112) och har gällt "
        "sedan den 1 juli 2023. De reviderade riktlinjerna föreslås gälla från och med den "
        "1 mars 2027. Förslaget behandlas av regionala utvecklingsnämnden den 27 januari "
        "2027."), body))
    s.append(Paragraph(h(
        "Ny eller ändrad text i den föreslagna lydelsen är markerad med kursiv stil. "
        "Paragrafer som inte ändras anges som oförändrade. Riktlinjerna kompletterar "
        "förordningen (2003:596) om bidrag för projektverksamhet inom den regionala "
        "tillväxtpolitiken och gäller för medel ur anslaget 1:1 Regionala "
        "tillväxtåtgärder."), body))
    s.append(Spacer(1, 4))
    cw = (W - LM - RM) / 2
    data = [[Paragraph("Nuvarande lydelse¹", cellh), Paragraph("Föreslagen lydelse²", cellh)]]
    for title, cur, new in SYN_ROWS:
        left = [Paragraph(title, cellh), Paragraph(h(cur), cell)]
        if new is None:
            right = [Paragraph(title, cellh), Paragraph("(oförändrad)", cell)]
        else:
            right = [Paragraph(title, cellh), Paragraph(h(new), cell)]
        data.append([left, right])
    t = Table(data, colWidths=[cw, cw], repeatRows=1)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#808080")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E7E6E6")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 5), ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    s.append(t)
    s.append(Spacer(1, 6))
    s.append(Paragraph("¹ Riktlinjer för regionala projektmedel, beslutade av regionala "
                       "utvecklingsnämnden 2023-06-13, § 112. Gäller från 2023-07-01.", foot))
    s.append(Paragraph("² Förvaltningens förslag. Föreslås gälla från 2027-03-01.", foot))
    s.append(Paragraph("Övergångsbestämmelser (förslag)", h2))
    s.append(Paragraph(h(
        "Ansökningar som har kommit in före den 1 mars 2027 prövas enligt de nuvarande "
        "riktlinjerna. Förskott som har beslutats före ikraftträdandet påverkas inte. "
        "Projekt som har beviljats stöd enligt de nuvarande riktlinjerna kan på begäran "
        "få lämna slutrapport enligt den nya tidsgränsen i 8 §."), body))
    s.append(Paragraph("Skäl för ändringarna i korthet", h2))
    reasons = [
        "<b>Stödnivå (3 §).</b> Under 2025 beviljades 31 projekt regionala projektmedel med "
        "sammanlagt 18,4 miljoner kronor. Sju projekt som avsåg länets mindre kommuner drogs "
        "tillbaka eftersom medfinansieringen inte gick att lösa. Den högre stödnivån ska "
        "underlätta för Heby, Älvkarleby, Östhammar och Tierp.",
        "<b>Löpande ansökan (5 §).</b> Två ansökningsomgångar per år har lett till långa "
        "väntetider. Med fyra beslutstillfällen kortas den genomsnittliga "
        "handläggningstiden, som 2025 var 94 dagar.",
        "<b>Förskott (7 §).</b> Många idéburna organisationer saknar likviditet för att "
        "ligga ute med kostnader. Under 2025 begärde 14 av 31 projekt förskott, varav nio "
        "begärde det högsta tillåtna beloppet.",
        "<b>Förstudier (10 §).</b> En förenklad form för förstudier efterfrågas av "
        "kommunerna, bland annat inför en möjlig gemensam bemanningspool inom vård och "
        "omsorg i norra Uppland.",
    ]
    for r in reasons:
        s.append(Paragraph(h(r), body))
    s.append(Spacer(1, 10))
    s.append(Paragraph("Karin Åberg<br/>Utvecklingsstrateg, Avdelningen för "
                       "kompetensförsörjning", ParagraphStyle("sig", parent=body,
                                                             alignment=TA_LEFT)))
    doc.build(s, canvasmaker=NumberedCanvas)


# =====================================================================================
# 4. Project directive DOCX from a template: auto-numbered headings, hidden guidance
# =====================================================================================
import docx
import docx.enum.style
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor


def fix_zip(path, stamp=(2026, 11, 24, 16, 5, 0)):
    """Rewrite the DOCX zip with fixed timestamps for deterministic bytes."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in items:
            zi = zipfile.ZipInfo(n, date_time=stamp)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def _el(tag, **attrs):
    el = OxmlElement(tag)
    for k, v in attrs.items():
        el.set(qn(k), v)
    return el


def add_field(par, code, cached):
    """Complex field (PAGE / NUMPAGES) with a cached result."""
    r1 = par.add_run()
    r1._r.append(_el("w:fldChar", **{"w:fldCharType": "begin"}))
    r2 = par.add_run()
    it = _el("w:instrText", **{"xml:space": "preserve"})
    it.text = f" {code} "
    r2._r.append(it)
    r3 = par.add_run()
    r3._r.append(_el("w:fldChar", **{"w:fldCharType": "separate"}))
    par.add_run(cached)
    r5 = par.add_run()
    r5._r.append(_el("w:fldChar", **{"w:fldCharType": "end"}))


def setup_heading_numbering(d):
    numbering = d.part.numbering_part.element
    abs_id, num_id = "41", "41"
    an = _el("w:abstractNum", **{"w:abstractNumId": abs_id})
    an.append(_el("w:multiLevelType", **{"w:val": "multilevel"}))
    for lvl, style, text, ind in ((0, "Heading1", "%1", 567), (1, "Heading2", "%1.%2", 680)):
        l = _el("w:lvl", **{"w:ilvl": str(lvl)})
        l.append(_el("w:start", **{"w:val": "1"}))
        l.append(_el("w:numFmt", **{"w:val": "decimal"}))
        l.append(_el("w:pStyle", **{"w:val": style}))
        l.append(_el("w:lvlText", **{"w:val": text}))
        l.append(_el("w:lvlJc", **{"w:val": "left"}))
        ppr = _el("w:pPr")
        ppr.append(_el("w:ind", **{"w:left": str(ind), "w:hanging": str(ind)}))
        l.append(ppr)
        an.append(l)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    num = _el("w:num", **{"w:numId": num_id})
    num.append(_el("w:abstractNumId", **{"w:val": abs_id}))
    numbering.append(num)
    for sname, lvl in (("Heading 1", 0), ("Heading 2", 1)):
        st = d.styles[sname]
        ppr = st.element.get_or_add_pPr()
        numpr = ppr.get_or_add_numPr()          # inserted in schema order
        numpr.get_or_add_ilvl().val = lvl
        numpr.get_or_add_numId().val = int(num_id)
        st.font.name = "Arial"
        st.font.color.rgb = RGBColor(0x00, 0x5A, 0x8C)
        st.font.size = Pt(14 if lvl == 0 else 11.5)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(_el("w:shd", **{"w:val": "clear", "w:color": "auto", "w:fill": fill}))


def cell_text(cell, text, bold=False, align=None, size=10):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)
    if align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def make_directive(path):
    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin, sec.bottom_margin = Cm(2.5), Cm(2.2)
    normal = d.styles["Normal"]
    normal.font.name = "Georgia"
    normal.font.size = Pt(11)
    setup_heading_numbering(d)
    ins = d.styles.add_style("Instruktion", docx.enum.style.WD_STYLE_TYPE.PARAGRAPH)
    ins.base_style = normal
    ins.font.italic = True
    ins.font.color.rgb = RGBColor(0x2E, 0x74, 0xB5)
    ins.font.size = Pt(10)

    def hidden(text):
        p = d.add_paragraph(style="Instruktion")
        r = p.add_run(text)
        r.font.hidden = True
        ppr = p._p.get_or_add_pPr()
        rpr = _el("w:rPr")
        rpr.append(_el("w:vanish"))
        ppr.append(rpr)
        return p

    def para(text):
        return d.add_paragraph(text)

    def bullets(items):
        for it in items:
            d.add_paragraph(it, style="List Bullet")

    # header / footer
    hp = sec.header.paragraphs[0]
    hp.text = ""
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(16.4), WD_TAB_ALIGNMENT.RIGHT)
    r = hp.add_run("Region Uppsala")
    r.bold = True
    r.font.size = Pt(9)
    r = hp.add_run("\tProjektdirektiv – Kompetensdagen 2027")
    r.font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.text = ""
    fp.paragraph_format.tab_stops.add_tab_stop(Cm(16.4), WD_TAB_ALIGNMENT.RIGHT)
    r = fp.add_run("Dnr RUN 2026-0389 · Version 1.0 · Mall: Projektdirektiv (RU-mall 4.2)\tSida ")
    r.font.size = Pt(8)
    add_field(fp, "PAGE", "1")
    fp.add_run(" av ")
    add_field(fp, "NUMPAGES", "4")
    for run in fp.runs:
        run.font.size = Pt(8)

    t = d.add_paragraph("Projektdirektiv", style="Title")
    d.add_paragraph("Kompetensdagen 2027", style="Subtitle")
    hidden("Instruktion: Projektdirektivet är beställarens uppdrag till projektledaren. "
           "Fyll i alla fält i tabellen nedan. Blå kursiv text är dold hjälptext och skrivs "
           "inte ut.")
    info = [
        ("Projektnamn", "Kompetensdagen 2027"),
        ("Diarienummer", "RUN 2026-0389"),
        ("Projektägare", "Anna Wikström, avdelningschef, Avdelningen för kompetensförsörjning"),
        ("Projektledare", "Erik Nordin, Region Uppsala"),
        ("Beställare", "Styrgruppen för kompetensplattformen i Uppsala län"),
        ("Version", "1.0"),
        ("Status", "Fastställd av styrgruppen 2026-11-24"),
    ]
    tb = d.add_table(rows=0, cols=2)
    tb.style = "Table Grid"
    for k, v in info:
        row = tb.add_row().cells
        cell_text(row[0], k, bold=True)
        shade(row[0], "DEEAF6")
        cell_text(row[1], v)
    for row in tb.rows:
        row.cells[0].width = Cm(4.2)
        row.cells[1].width = Cm(12.2)

    d.add_heading("Bakgrund", level=1)
    hidden("Instruktion: Beskriv varför projektet startas och vilket uppdrag det bygger på. "
           "Ange beslutsdatum och beslutande instans.")
    para("Kompetensdagen är länets årliga mötesplats för arbetsgivare, utbildnings­anordnare, "
         "kommuner och Arbetsförmedlingen. Dagen arrangerades första gången 2024 inom ramen "
         "för kompetensplattformen i Uppsala län.")
    para("Kompetensdagen 2026 hölls den 16 september 2026 på Joar Blå i Enköping med 265 "
         "deltagare. Utvärderingen av dagen sammanställs under vintern 2026/2027.")
    para("Styrgruppen för kompetensplattformen gav den 29 september 2026 Avdelningen för "
         "kompetensförsörjning i uppdrag att ta fram ett projektdirektiv för Kompetensdagen "
         "2027 med fokus på vård och omsorg samt industrins omställning.")

    d.add_heading("Syfte och mål", level=1)
    d.add_heading("Syfte", level=2)
    hidden("Instruktion: Syftet beskriver varför projektet genomförs. Exempel: ”Syftet är "
           "att öka kunskapen om …”.")
    para("Syftet med Kompetensdagen 2027 är att arbetsgivare och utbildare i Uppsala län ska "
         "mötas kring länets kompetensbehov och att dagen ska leda till konkreta samarbeten om "
         "utbildning, praktik och rekrytering.")
    d.add_heading("Mål", level=2)
    hidden("Instruktion: Målen ska vara mätbara och uppföljningsbara. Exempel från mallen: "
           "”Minst 500 deltagare och minst 90 procent nöjda deltagare.”")
    para("Projektet har följande mål:")
    bullets([
        "minst 300 deltagare, varav minst 40 procent företrädare för arbetsgivare,",
        "minst 80 procent av de svarande i deltagarutvärderingen anser att dagen var "
        "värdefull för deras verksamhet,",
        "minst fem nya samverkansinitiativ mellan arbetsgivare och utbildare har anmälts "
        "till kompetensplattformen senast den 31 december 2027, och",
        "samtliga programpunkter teckenspråkstolkas och textas.",
    ])

    d.add_heading("Omfattning och avgränsningar", level=1)
    hidden("Instruktion: Ange vad som ingår och inte ingår i projektet.")
    para("I projektet ingår planering, genomförande och utvärdering av Kompetensdagen 2027, "
         "inklusive inbjudan, program, lokal, förtäring, tolkning och dokumentation.")
    para("I projektet ingår inte:")
    bullets([
        "resekostnader för deltagare och utställare,",
        "utställaravgifter – utställare deltar utan kostnad,",
        "uppföljande insatser efter dagen; dessa hanteras inom respektive aktivitet i "
        "handlingsplan 2027.",
    ])

    d.add_heading("Genomförande", level=1)
    d.add_heading("Tid och plats", level=2)
    hidden("Instruktion: Ange datum, tid och plats. Exempel: ”Konferensen genomförs den "
           "14 april 2027 på Fyrishov i Uppsala.”")
    para("Kompetensdagen 2027 genomförs onsdagen den 22 september 2027 kl. 08.30–16.00 på "
         "Uppsala Konsert & Kongress, Vaksala torg 1 i Uppsala. Lokalen har plats för 450 "
         "personer i stora salen och för 30 utställare i foajén.")
    d.add_heading("Program och målgrupper", level=2)
    para("Programmet har tre spår: Vård och omsorg, Industri och teknik samt Inkludering och "
         "etablering. Förmiddagen inleds med en gemensam lägesbild över arbetsmarknaden i "
         "Uppsala län som presenteras av Arbetsförmedlingen.")
    para("Målgrupper är arbetsgivare i privat och offentlig sektor, utbildningsanordnare, "
         "studie- och yrkesvägledare, kommunernas arbetsmarknadsenheter samt "
         "Arbetsförmedlingens medarbetare i länet.")

    d.add_heading("Organisation", level=1)
    org = [("Roll", "Namn", "Organisation"),
           ("Projektägare", "Anna Wikström", "Region Uppsala"),
           ("Projektledare", "Erik Nordin", "Region Uppsala"),
           ("Ersättare för projektledaren", "Elin Forsberg", "Region Uppsala"),
           ("Arbetsgrupp", "Nadia Karimi", "Arbetsförmedlingen Uppsala län"),
           ("Arbetsgrupp", "Sofia Bergman", "Enköpings kommun"),
           ("Arbetsgrupp", "Lena Sjöberg", "Tierps kommun"),
           ("Referensgrupp", "Branschråden", "Vård och omsorg samt industri")]
    tb = d.add_table(rows=0, cols=3)
    tb.style = "Table Grid"
    for i, rw in enumerate(org):
        cells = tb.add_row().cells
        for j, v in enumerate(rw):
            cell_text(cells[j], v, bold=(i == 0))
            if i == 0:
                shade(cells[j], "DEEAF6")

    d.add_heading("Tidplan", level=1)
    hidden("Instruktion: Ange milstolpar med datum. Exempel: Inbjudan skickas 1 mars.")
    tp = [("Milstolpe", "Datum"),
          ("Lokal bokad", "senast 15 december 2026"),
          ("Programförslag till styrgruppen", "2 februari 2027"),
          ("Inbjudan skickas och anmälan öppnar", "15 april 2027"),
          ("Sista anmälningsdag", "1 september 2027"),
          ("Kompetensdagen genomförs", "22 september 2027"),
          ("Deltagarutvärdering sammanställd", "29 oktober 2027"),
          ("Slutrapport till styrgruppen", "30 november 2027")]
    tb = d.add_table(rows=0, cols=2)
    tb.style = "Table Grid"
    for i, rw in enumerate(tp):
        cells = tb.add_row().cells
        for j, v in enumerate(rw):
            cell_text(cells[j], v, bold=(i == 0))
            if i == 0:
                shade(cells[j], "DEEAF6")

    d.add_heading("Budget och finansiering", level=1)
    hidden("Instruktion: Redovisa kostnader per post och hur de beräknats. Exempel: "
           "Förtäring 250 kr per person × 500 personer = 125 000 kr.")
    para("Projektets kostnader beräknas till 500 000 kronor. Beloppen anges i kronor "
         "exklusive moms.")
    bud = [("Lokalhyra och teknik", "180 000", "Stora salen, foajé och tekniker"),
           ("Moderator och föreläsare", "95 000", "Moderator och två externa föreläsare"),
           ("Förtäring", "140 000", "350 personer à 400 kr (kaffe, lunch, eftermiddagsfika)"),
           ("Kommunikation och trycksaker", "35 000", "Inbjudan, skyltar, program"),
           ("Teckenspråkstolkning och textning", "20 000", "Hela dagen, två tolkar"),
           ("Dokumentation och film", "10 000", "Filmade föreläsningar"),
           ("Oförutsett", "20 000", ""),
           ("Summa", "500 000", "")]
    tb = d.add_table(rows=2, cols=3)
    tb.style = "Table Grid"
    top = tb.rows[0].cells
    merged = top[0].merge(top[2])          # gridSpan header
    cell_text(merged, "Tabell 1. Kostnader 2027 (kr)", bold=True)
    shade(merged, "BDD7EE")
    for j, v in enumerate(("Post", "Belopp (kr)", "Beräkning / kommentar")):
        cell_text(tb.rows[1].cells[j], v, bold=True)
        shade(tb.rows[1].cells[j], "DEEAF6")
    for k, v, cm in bud:
        cells = tb.add_row().cells
        last = k == "Summa"
        cell_text(cells[0], k, bold=last)
        cell_text(cells[1], v, bold=last, align="right")
        cell_text(cells[2], cm, size=9)
    d.add_paragraph()
    fin = [("Finansiär", "Belopp (kr)"),
           ("Region Uppsala, regionala utvecklingsmedel", "300 000"),
           ("Arbetsförmedlingen Uppsala län", "100 000"),
           ("Länets åtta kommuner, 12 500 kr per kommun", "100 000"),
           ("Summa", "500 000")]
    tb = d.add_table(rows=1, cols=2)
    tb.style = "Table Grid"
    merged = tb.rows[0].cells[0].merge(tb.rows[0].cells[1])
    cell_text(merged, "Tabell 2. Finansiering (kr)", bold=True)
    shade(merged, "BDD7EE")
    for i, (k, v) in enumerate(fin):
        cells = tb.add_row().cells
        b = i == 0 or k == "Summa"
        cell_text(cells[0], k, bold=b)
        cell_text(cells[1], v, bold=b, align="right")

    d.add_heading("Risker", level=1)
    hidden("Instruktion: Ange de viktigaste riskerna, bedöm sannolikhet och konsekvens "
           "(låg/medel/hög) och beskriv åtgärder.")
    rk = [("Risk", "Sannolikhet", "Konsekvens", "Åtgärd"),
          ("Få anmälda arbetsgivare", "Medel", "Hög",
           "Personlig inbjudan via branschråden och företagarföreningarna"),
          ("Krock med andra konferenser i september", "Låg", "Medel",
           "Datumet kommuniceras som ”save the date” redan i december 2026"),
          ("Kostnadsökning för lokal och förtäring", "Medel", "Medel",
           "Fast pris i avtal med lokalen; posten Oförutsett"),
          ("Projektledaren blir sjuk eller slutar", "Låg", "Hög",
           "Elin Forsberg är utsedd ersättare")]
    tb = d.add_table(rows=0, cols=4)
    tb.style = "Table Grid"
    for i, rw in enumerate(rk):
        cells = tb.add_row().cells
        for j, v in enumerate(rw):
            cell_text(cells[j], v, bold=(i == 0), size=10)
            if i == 0:
                shade(cells[j], "DEEAF6")

    d.add_heading("Beslut", level=1)
    hidden("Instruktion: Fyll i beslutsdatum och beslutande instans. Exempel: 2026-12-15, "
           "regionala utvecklingsnämndens arbetsutskott.")
    para("Projektdirektivet fastställdes av styrgruppen för kompetensplattformen den "
         "24 november 2026.")
    d.add_paragraph()
    p = d.add_paragraph()
    r = p.add_run("Ändringshistorik")
    r.bold = True
    hist = [("Version", "Datum", "Ändring", "Av"),
            ("0.1", "2026-10-20", "Första utkast", "Erik Nordin"),
            ("0.9", "2026-11-10", "Budget och tidplan justerade efter dialog med "
                                 "Arbetsförmedlingen", "Erik Nordin"),
            ("1.0", "2026-11-24", "Fastställd av styrgruppen", "Anna Wikström")]
    tb = d.add_table(rows=0, cols=4)
    tb.style = "Table Grid"
    for i, rw in enumerate(hist):
        cells = tb.add_row().cells
        for j, v in enumerate(rw):
            cell_text(cells[j], v, bold=(i == 0), size=9)

    cp = d.core_properties
    cp.title = "Projektdirektiv"
    cp.subject = "Kompetensdagen 2027"
    cp.author = "Erik Nordin"
    cp.last_modified_by = "Anna Wikström"
    cp.created = datetime.datetime(2026, 10, 20, 8, 12, 0)
    cp.modified = datetime.datetime(2026, 11, 24, 16, 5, 0)
    cp.revision = 14
    d.save(path)
    fix_zip(path)


# =====================================================================================
# 5. Call-centre decision tree (plain text)
# =====================================================================================
GUIDE = """\
================================================================================
 ARBETSFÖRMEDLINGEN KUNDTJÄNST – SAMTALSGUIDE
 Regionala insatser i Uppsala län: körkort inom vård och omsorg,
 validering till undersköterska och yrkesvux
--------------------------------------------------------------------------------
 Version:          3 (ersätter version 2 av 2026-09-15)
 Gäller från:      2026-12-01
 Ägare:            Kundtjänst Mitt, i samråd med Arbetsförmedlingen Uppsala län
 Frågor om guiden: teamledare Petra Alm, Kundtjänst Mitt
================================================================================

SÅ HÄR ANVÄNDER DU GUIDEN
  Börja alltid i ruta [1] och följ pilarna (->) till nästa ruta. Läs inte
  upp texten ordagrant – använd egna ord. Rader som börjar med (!) är
  sådant du INTE får lova kunden.

BEGREPP
  Villkorat anställningserbjudande
      Ett skriftligt erbjudande om anställning där arbetsgivaren anger att
      anställningen börjar först när personen har tagit B-körkort. Ett
      muntligt löfte räcker inte.
  Norra Uppland
      Tierps, Älvkarleby och Östhammars kommuner.
  Team Norra Uppland
      Arbetsförmedlingens handläggarteam på AF Tierp som handlägger
      körkortsinsatsen.
  Kartläggningsmöte
      Ett första möte med en handläggare där kundens erfarenhet och intyg
      gås igenom inför validering.

ÄRENDEKATEGORIER
  KÖRK-VO       Körkortsinsatsen inom vård och omsorg (arbetssökande)
  KÖRK-AG       Arbetsgivare som vill lämna villkorade anställningserbjudanden
  INTRESSE-KÖRK Intresseanmälan från kommuner utanför piloten
  VAL-USK       Validering till undersköterska
  AG-UPPS       Arbetsgivarlinjen, Uppsala län

+------------------------------------------------------------------------------+
| [1] VEM RINGER?                                                              |
+------------------------------------------------------------------------------+
  Arbetssökande ............................................... -> [2]
  Arbetsgivare ................................................ -> [9]
  Anhörig, god man eller annat ombud .......................... -> [10]

+------------------------------------------------------------------------------+
| [2] ÄR PERSONEN INSKRIVEN PÅ ARBETSFÖRMEDLINGEN?                             |
+------------------------------------------------------------------------------+
  Ja .......................................................... -> [3]
  Nej: Hänvisa till inskrivning på arbetsformedlingen.se eller på
       ett lokalkontor. Inget ärende kan bokas före inskrivning. -> [11]

+------------------------------------------------------------------------------+
| [3] VILKEN INSATS FRÅGAR KUNDEN OM?                                          |
+------------------------------------------------------------------------------+
  Körkort för jobb i hemtjänst eller äldreomsorg .............. -> [4]
  Validering till undersköterska .............................. -> [6]
  Yrkesvux (till exempel CNC-operatör, vård, lager) ........... -> [7]
  Annat eller oklart .......................................... -> [8]

+------------------------------------------------------------------------------+
| [4] KÖRKORTSINSATSEN – KONTROLLERA VILLKOREN                                 |
+------------------------------------------------------------------------------+
  Ställ frågorna i tur och ordning. Alla fyra måste besvaras med JA.
    a) Är kunden folkbokförd i Tierp, Älvkarleby eller Östhammar?
    b) Har kunden ett villkorat anställningserbjudande inom hemtjänst
       eller äldreomsorg? (se BEGREPP)
    c) Har kunden fyllt 18 år?
    d) Saknar kunden giltigt B-körkort?
  Alla JA ..................................................... -> [5]
  Något NEJ: Insatsen är inte aktuell. Informera om andra vägar
       till jobb i vård och omsorg ............................ -> [8]
  Bor kunden i Enköping, Heby, Håbo, Knivsta eller Uppsala?
       Piloten omfattar inte dessa kommuner under våren 2027.
       Registrera en intresseanmälan, kategori INTRESSE-KÖRK .. -> [11]

+------------------------------------------------------------------------------+
| [5] BOKA ÄRENDE – KÖRKORTSINSATSEN                                           |
+------------------------------------------------------------------------------+
  1. Skapa ett ärende i kategori KÖRK-VO.
  2. Välj mottagare Team Norra Uppland (AF Tierp).
  3. Be kunden ladda upp anställningserbjudandet via Mina sidor
     inom fem dagar. Ta inte emot dokument i samtalet.
  4. Berätta att en handläggare kontaktar kunden inom
     10 arbetsdagar.
  (!) Lova inte att Arbetsförmedlingen betalar körkortet. Beslut om
      finansiering fattas av handläggaren efter en bedömning.
  (!) Ge inget besked om när körkortsutbildningen startar.
  ............................................................. -> [11]

+------------------------------------------------------------------------------+
| [6] VALIDERING TILL UNDERSKÖTERSKA                                           |
+------------------------------------------------------------------------------+
  Målgrupp: arbetssökande med minst sex månaders arbetslivserfarenhet av
  vård eller omsorg under de senaste fem åren.
  1. Boka ett kartläggningsmöte på AF Tierp eller AF Uppsala,
     kategori VAL-USK.
  2. Kunden tar med arbetsgivarintyg och eventuella betyg till mötet.
  (!) Lova inte att valideringen leder till ett undersköterskebevis –
      det avgör Vård- och omsorgscollege efter bedömning.
  ............................................................. -> [11]

+------------------------------------------------------------------------------+
| [7] YRKESVUX                                                                 |
+------------------------------------------------------------------------------+
  Yrkesvux söks hos kommunens vuxenutbildning, inte hos oss.
  - Tierp och Östhammar: sen anmälan till vårterminen 2027 tas emot
    till och med den 15 december 2026.
  - Övriga kommuner: hänvisa till kommunens webbplats.
  Om kunden vill ha studiemotiverande stöd: boka ett vanligt
  planeringssamtal ............................................ -> [11]

+------------------------------------------------------------------------------+
| [8] ANNAT ELLER OKLART                                                       |
+------------------------------------------------------------------------------+
  Svara på allmänna frågor enligt ordinarie kunskapsbank. Boka ett
  planeringssamtal om kunden behöver stöd att hitta rätt insats.
  ............................................................. -> [11]

+------------------------------------------------------------------------------+
| [9] ARBETSGIVARE                                                             |
+------------------------------------------------------------------------------+
  Vill arbetsgivaren lämna villkorade anställningserbjudanden inom
  hemtjänst i norra Uppland?
       Ja: Skapa ärende KÖRK-AG till Team Norra Uppland ....... -> [11]
  Övriga frågor från arbetsgivare (rekrytering, anställningsstöd):
       Koppla samtalet till Arbetsgivarlinjen, kö AG-UPPS ..... -> [11]

+------------------------------------------------------------------------------+
| [10] ANHÖRIG ELLER OMBUD                                                     |
+------------------------------------------------------------------------------+
  (!) Lämna inga uppgifter om den arbetssökande utan fullmakt.
  Ge allmän information enligt [3]–[7] och be den arbetssökande
  själv kontakta oss ........................................... -> [11]

+------------------------------------------------------------------------------+
| [11] AVSLUTA SAMTALET                                                        |
+------------------------------------------------------------------------------+
  Dokumentera i kundtjänstsystemet:
    - ärendekategori (se ÄRENDEKATEGORIER)
    - kundens kommun
    - utfallskod: 1 = ärende bokat, 2 = hänvisad, 3 = ej aktuell
  Fråga om kunden har fler frågor innan du avslutar.

--------------------------------------------------------------------------------
ÄNDRINGAR I VERSION 3 (2026-12-01)
  - Ruta [4]: Östhammar ingår nu i körkortsinsatsen. I version 2 gällde
    insatsen bara Tierp och Älvkarleby.
  - Ruta [4]: Intresseanmälan (INTRESSE-KÖRK) för övriga kommuner är ny.
  - Ruta [7]: Datum för sen anmälan till vårterminen 2027 tillagt.
--------------------------------------------------------------------------------
"""


# =====================================================================================
# 6. AI meeting recap (Markdown) reviewed by a human
# =====================================================================================
RECAP = """\
# Styrgrupp för kompetensplattformen Uppsala län – mötesanteckningar 24 november 2026

> ⚠️ **Granskad version.** Texten nedan är en AI-genererad sammanfattning (Copilot i Teams)
> som har granskats och rättats av sekreteraren Karin Åberg 2026-11-25. Fel i
> AI-sammanfattningen är ~~överstrukna~~ och följs av en rättelse markerad **[Rättat: …]**.
> Vid skillnad gäller alltid rättelsen.

**Möte:** Styrgrupp för kompetensplattformen i Uppsala län
**Datum och tid:** 2026-11-24, 13:00–15:00
**Plats:** Regionens hus, Uppsala, samt Teams
**Ordförande:** Anna Wikström, Region Uppsala
**Sekreterare:** Karin Åberg, Region Uppsala
**Inspelning:** Ja (raderas 2027-01-24)

## Deltagare

Enligt kalenderinbjudan. ✔ = deltog, – = deltog inte.

| Namn | Organisation | Deltog |
|---|---|---|
| Anna Wikström | Region Uppsala, avdelningschef kompetensförsörjning | ✔ |
| Karin Åberg | Region Uppsala, utvecklingsstrateg | ✔ |
| Erik Nordin | Region Uppsala, projektledare Kompetensdagen | ✔ |
| Elin Forsberg | Region Uppsala, analytiker | ✔ |
| Jonas Lund | Arbetsförmedlingen Uppsala län, sektionschef | ✔ |
| Johan Ek | Arbetsförmedlingen Uppsala län | ✔ (från 13:40) |
| Lena Sjöberg | Tierps kommun | ✔ |
| Ahmed Yusuf | Älvkarleby kommun | – |
| Sofia Bergman | Enköpings kommun | ✔ (Teams) |
| Patrik Holm | Östhammars kommun | ✔ (Teams) |
| Leila Haddad | Uppsala kommun | – |

## Sammanfattning (AI-genererad)

Styrgruppen gick igenom handlingsplanen för 2027, projektdirektivet för Kompetensdagen 2027,
förslaget till reviderade riktlinjer för regionala projektmedel och återrapporten från
workshopen i Tierp. Mötet fattade fem beslut och tog fram sex uppföljningsuppgifter.

## Diskussionspunkter

### 1. Handlingsplan 2027 [00:03:10]

- Erik Nordin presenterade version 3 av handlingsplanen med 16 aktiviteter i fyra
  insatsområden. Ändringarna sedan version 2 är aktivitet 1.3 (körkortsinsats) och
  aktivitet 4.4 (förstudie om bemanningspool).
- ~~Jonas Lund~~ **[Rättat: Johan Ek]** berättade att valideringen mot undersköterskeyrket
  startar med kartläggningar på AF Tierp och AF Uppsala.
- Jonas Lund påpekade att Arbetsförmedlingens medverkan i aktiviteterna 2.2 och 3.2 förutsätter
  att myndighetens regleringsbrev för 2027 inte innebär minskade förvaltningsanslag.

### 2. Projektdirektiv för Kompetensdagen 2027 [00:31:45]

- Erik Nordin gick igenom mål, budget och tidplan.
- ~~Kompetensdagen flyttas till oktober 2027 för att inte krocka med andra konferenser.~~
  **[Rättat: Kompetensdagen ligger kvar den 22 september 2027. Det som flyttas till oktober
  är redovisningen av Kompetensbarometern.]**
- Sofia Bergman tog upp att kommunernas bidrag på 12 500 kr per kommun behöver beslutas i
  varje kommun före sommaren.

### 3. Revidering av riktlinjer för regionala projektmedel [00:58:20]

- Karin Åberg presenterade förslaget (bilaga 2, Dnr RUN 2026-0412).
- Kommunerna välkomnade den förenklade ansökan för förstudier och den högre stödnivån för
  mindre kommuner.
- Förslaget behandlas i regionala utvecklingsnämnden den 27 januari 2027.

### 4. Återrapport från workshopen i Tierp [01:20:05]

- Lena Sjöberg rapporterade från workshopen den 14 oktober. ~~Arbetsgruppen för körkort har
  träffats en gång.~~ **[Rättat: Arbetsgruppen för körkort har träffats två gånger, 5 och
  19 november.]**
- Idén om en gemensam bemanningspool för norra Uppland fick stöd, men flera kommuner vill se en
  förstudie innan de tar ställning.

### 5. Kompetensdagen 2026 – utvärdering [01:41:30]

- Utvärderingen av Kompetensdagen 2026 är inte färdig. Enkätsvaren sammanställs av Elin
  Forsberg och redovisas vid nästa möte.

### 6. Övriga frågor [01:52:10]

- Patrik Holm informerade om att yrkesvux CNC-operatör i Östhammar har fyllt alla 16 platser.

## Beslut

1. Styrgruppen fastställde handlingsplan 2027, version 3.
2. Styrgruppen fastställde projektdirektivet för Kompetensdagen 2027.
3. Styrgruppen ställde sig bakom förslaget till reviderade riktlinjer för regionala
   projektmedel och överlämnar det till regionala utvecklingsnämnden.
4. Lena Sjöberg fick i uppdrag att ta fram ett förslag till förstudie om en
   gemensam bemanningspool i norra Uppland.
5. ~~Nästa möte hålls 9 februari 2027.~~
   **[Rättat: Nästa möte hålls 2 februari 2027 kl. 09.00–11.00 i Regionens hus.]**

## Uppföljningsuppgifter

- [ ] @Lena Sjöberg – förslag till förstudie om bemanningspool – till nästa möte
- [ ] @Elin Forsberg – sammanställa utvärderingen av Kompetensdagen 2026 – till nästa möte
- [ ] @Erik Nordin – boka lokal för Kompetensdagen 2027 – senast 15 december 2026
- [ ] @Karin Åberg – skicka handlingsplanen version 3 till kommunerna – 1 december 2026
- [ ] @Sofia Bergman – samordna kommunernas beslut om bidrag till Kompetensdagen – juni 2027
- [x] @Johan Ek – ~~skicka regelverket för körkort till arbetsgruppen~~ **[Rättat: uppgiften
  var redan klar före mötet]**

---

*AI-genererat innehåll kan vara felaktigt. Kontrollera alltid mot inspelningen.*
*Granskad och rättad av Karin Åberg 2026-11-25.*
"""


def main():
    if len(sys.argv) != 2:
        print(__doc__.split("\n\n")[1])
        sys.exit(1)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    make_excel_print(os.path.join(out, "Handlingsplan_kompetensforsorjning_2027_v3.pdf"))
    make_miro(os.path.join(out, "Miro_Workshop_vard-omsorg_Tierp_2026-10-14.pdf"))
    make_synoptic(os.path.join(out, "Bilaga2_Jamforelse_riktlinjer_projektmedel_RUN-2026-0412.pdf"))
    make_directive(os.path.join(out, "Projektdirektiv_Kompetensdagen_2027.docx"))
    with open(os.path.join(out, "Samtalsguide_kundtjanst_Uppsala_lan_v3.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write(GUIDE)
    with open(os.path.join(out, "Styrgrupp_kompetensplattform_2026-11-24_anteckningar.md"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write(RECAP)
    for n in sorted(os.listdir(out)):
        print(f"{os.path.getsize(os.path.join(out, n)):>9}  {n}")


if __name__ == "__main__":
    main()
