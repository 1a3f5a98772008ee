#!/usr/bin/env python
"""r178: 'Skeppslaget Blekinge' - Region Blekinge's skills-supply initiative for the marine and
defence industry (Svetsspåret, Lärlingsbryggan, Leverantörslyftet, later Säkerhetsskyddsspåret)
in Karlshamn, Karlskrona, Olofström, Ronneby and Sölvesborg, told in six documents that update
each other:

  1. Skeppslaget_genomforandeplan_v1.0_2026-02-10.pdf   plan PDF (Feb 2026): faux-bold headings
     drawn three times with tiny offsets, white leftover template text from an older project, an
     old summary covered (not removed) by a filled box, footnote markers drawn as small raised plain
     digits that fuse with numbers, an A3 landscape fold-out time plan page among A4 pages.
  2. Styrgrupp_Skeppslaget_2026-03-19_OneNote-export.docx   OneNote page exported to Word: page
     title + creation timestamp (17 March) before the meeting (19 March), an Outlook
     'Mötesinformation' block, note containers as borderless tables (two side by side), note
     tags only as tiny images with alt text, pasted old plan text with 'Inklistrat från <...>'.
  3. Leverantorslyftet_FAQ_jamfor_version_7_och_9.txt   intranet page-history 'Jämför versioner'
     as a unified diff (---/+++/@@ hunks, -/+ lines, 3 lines of context, a whitespace-only change,
     an intermediate version not shown, '\\ Ingen radbrytning i slutet av filen').
  4. svetssparet.md   Docusaurus MDX page: front matter, imports, `export const` data objects whose
     values are only interpolated by JSX ({kurser[1].start}), Tabs/TabItem, admonitions with
     titles, a JSX comment with the old date, <details>, a <Kontaktkort .../> component.
  5. deltagaruppfoljning_2026_utskrift_2026-10-05.pdf   Excel sheet printed with row numbers and
     column letters (hidden column D skipped), gridlines, Excel header/footer with file path,
     '#DIVISION/0!', comment indicators and the comments printed 'at end of sheet' on page 3.
  6. Skeppslaget_lagesrapport_2_v1.1.pdf   status report version 1.1 with a correction box, budget
     follow-up in tkr with negative deviations in parentheses, financing in kronor, a companies
     table with a look-alike name, a photo placeholder and an outdated contents list.

Usage: python r178_make_files.py OUT_DIR
"""
import difflib
import io
import os
import struct
import sys
import zipfile
import zlib

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import Paragraph

FONT_DIRS = ["/usr/share/fonts/truetype/liberation", "/usr/share/fonts/truetype/dejavu"]


def _reg(name, fname):
    for d in FONT_DIRS:
        p = os.path.join(d, fname)
        if os.path.exists(p):
            pdfmetrics.registerFont(TTFont(name, p))
            return
    raise SystemExit("font not found: " + fname)


_reg("Sans", "LiberationSans-Regular.ttf")
_reg("Sans-B", "LiberationSans-Bold.ttf")
_reg("Sans-I", "LiberationSans-Italic.ttf")
_reg("Serif", "LiberationSerif-Regular.ttf")
_reg("Serif-B", "LiberationSerif-Bold.ttf")
_reg("Serif-I", "LiberationSerif-Italic.ttf")
_reg("DV", "DejaVuSans.ttf")
_reg("DV-B", "DejaVuSans-Bold.ttf")
pdfmetrics.registerFontFamily("Sans", normal="Sans", bold="Sans-B", italic="Sans-I",
                              boldItalic="Sans-B")
pdfmetrics.registerFontFamily("Serif", normal="Serif", bold="Serif-B", italic="Serif-I",
                              boldItalic="Serif-B")

sw = pdfmetrics.stringWidth
NAVY = colors.HexColor("#12355B")
TEAL = colors.HexColor("#1F7A8C")
SAND = colors.HexColor("#F3EBDD")
LGREY = colors.HexColor("#EDEDED")
MGREY = colors.HexColor("#9A9A9A")
GRID = colors.HexColor("#C8C8C8")


def st(name, **kw):
    base = dict(fontName="Serif", fontSize=10.2, leading=13.6)
    base.update(kw)
    return ParagraphStyle(name, **base)


BODY = st("body", alignment=TA_JUSTIFY)
BODY_S = st("bodys", fontName="Sans", fontSize=9, leading=11.8, alignment=TA_LEFT)


def para(c, x, y, w, text, style=BODY):
    """draw a Paragraph with its top at y; return the y below it"""
    p = Paragraph(text, style)
    _, h = p.wrap(w, 2000)
    p.drawOn(c, x, y - h)
    return y - h


def faux_bold(c, x, y, text, font="Sans", size=13, color=NAVY, passes=(0.0, 0.28, 0.56)):
    """bold simulated the way some design tools do it: the same string drawn several times
    with tiny horizontal offsets (extracts as doubled/tripled letters)"""
    c.setFillColor(color)
    c.setFont(font, size)
    for dx in passes:
        c.drawString(x + dx, y, text)


def raised(c, x, y, mark, size=6):
    """footnote marker drawn as a small raised plain digit (not a superscript character)"""
    c.setFont("Serif", size)
    c.drawString(x + 0.4, y + 3.6, mark)


def text_with_mark(c, x, y, text, mark, font="Serif", size=10.2):
    c.setFillColor(colors.black)
    c.setFont(font, size)
    c.drawString(x, y, text)
    raised(c, x + sw(text, font, size), y, mark)


def grid_table(c, x, y, widths, rows, font="Sans", size=8.6, rowh=14, head_fill=LGREY,
               bold_rows=(0,), aligns=None, line=GRID, pad=3):
    """simple ruled table; rows are lists of strings; returns y below the table"""
    tw = sum(widths)
    for ri, row in enumerate(rows):
        top = y - ri * rowh
        if ri in bold_rows and head_fill is not None:
            c.setFillColor(head_fill)
            c.rect(x, top - rowh, tw, rowh, stroke=0, fill=1)
        cx = x
        for ci, cell in enumerate(row):
            f = font + "-B" if ri in bold_rows else font
            c.setFillColor(colors.black)
            c.setFont(f, size)
            al = (aligns[ci] if aligns else "l")
            if al == "r":
                c.drawRightString(cx + widths[ci] - pad, top - rowh + 4, cell)
            elif al == "c":
                c.drawCentredString(cx + widths[ci] / 2, top - rowh + 4, cell)
            else:
                c.drawString(cx + pad, top - rowh + 4, cell)
            cx += widths[ci]
    c.setStrokeColor(line)
    c.setLineWidth(0.5)
    n = len(rows)
    for ri in range(n + 1):
        c.line(x, y - ri * rowh, x + tw, y - ri * rowh)
    cx = x
    for wdt in widths + [0]:
        c.line(cx, y, cx, y - n * rowh)
        cx += wdt
    return y - n * rowh


# ---------------------------------------------------------------------------------------------
# 1. Genomförandeplan v1.0 (PDF)
# ---------------------------------------------------------------------------------------------
PLAN = "Skeppslaget_genomforandeplan_v1.0_2026-02-10.pdf"
PLAN_PAGES = 6


def plan_frame(c, n, size):
    W, H = size
    c.setStrokeColor(TEAL)
    c.setLineWidth(1.2)
    c.line(20 * mm, H - 14 * mm, W - 20 * mm, H - 14 * mm)
    c.setFillColor(TEAL)
    c.setFont("Sans", 7.8)
    c.drawString(20 * mm, H - 12 * mm, "Region Blekinge  |  Genomförandeplan Skeppslaget Blekinge")
    c.drawRightString(W - 20 * mm, H - 12 * mm, "Version 1.0  2026-02-10")
    c.setFillColor(MGREY)
    c.setFont("Sans", 7.5)
    c.drawString(20 * mm, 10 * mm, "Dnr RB 2026/0142")
    c.drawRightString(W - 20 * mm, 10 * mm, "Sida %d av %d" % (n, PLAN_PAGES))


def make_plan(path):
    c = rl_canvas.Canvas(path, pagesize=A4, pageCompression=1)
    c.setTitle("Genomförandeplan Skeppslaget Blekinge v1.0")
    c.setAuthor("Region Blekinge")
    c.setSubject("Industrilyftet Blekinge 2023-2025")  # stale document property from the template
    W, H = A4
    L = 22 * mm
    TW = W - 2 * L

    # ---- page 1: cover + summary box -------------------------------------------------------
    plan_frame(c, 1, A4)
    # leftover text from the template (previous project), white on white - invisible, extractable
    c.setFillColor(colors.white)
    c.setFont("Sans", 8)
    c.drawString(L, H - 30 * mm, "Projektnamn: Industrilyftet Blekinge 2023–2025   Dnr RB 2022/0877")
    c.drawString(L, H - 34 * mm, "Projektledare: Karin Wallin   Total budget: 11 900 000 kronor")
    c.setFillColor(NAVY)
    c.rect(0, H - 92 * mm, W, 46 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Sans", 11)
    c.drawString(L, H - 58 * mm, "GENOMFÖRANDEPLAN")
    faux_bold(c, L, H - 72 * mm, "Skeppslaget Blekinge", size=28, color=colors.white,
              passes=(0.0, 0.35, 0.7))
    c.setFont("Sans", 11)
    c.drawString(L, H - 82 * mm,
                 "Kompetensförsörjning för marin- och försvarsindustrin i Blekinge 2026–2029")
    y = H - 104 * mm
    y = para(c, L, y, TW,
             "Region Blekinge driver tillsammans med Karlshamns, Karlskrona, Olofströms, Ronneby "
             "och Sölvesborgs kommuner projektet Skeppslaget Blekinge. Projektet ska hjälpa marin- "
             "och försvarsindustrin i länet att hitta den personal den behöver och ge fler små "
             "företag möjlighet att bli underleverantörer. Denna genomförandeplan beskriver "
             "delprojekt, mål, organisation, budget och tidplan. Planen fastställdes av Region "
             "Blekinges regionala utvecklingsnämnd den 10 februari 2026 och gäller tills "
             "styrgruppen beslutar om ändringar.")
    # the old summary of a previous draft, not deleted, only covered by the box below
    by = y - 12 * mm
    c.setFillColor(colors.black)
    c.setFont("Sans", 9)
    c.drawString(L + 6 * mm, by - 12 * mm, "Utkast 0.7: Budget 13 600 000 kronor, 250 deltagare i Svetsspåret,")
    c.drawString(L + 6 * mm, by - 17 * mm, "projektstart 1 april 2026, 35 företag i Leverantörslyftet.")
    c.setFillColor(SAND)
    c.setStrokeColor(TEAL)
    c.setLineWidth(1)
    c.roundRect(L, by - 70 * mm, TW, 70 * mm, 4, stroke=1, fill=1)
    faux_bold(c, L + 6 * mm, by - 9 * mm, "Skeppslaget i korthet", size=12.5, color=TEAL)
    facts = [
        ("Projektperiod", "1 mars 2026 – 28 februari 2029"),
        ("Projektägare", "Region Blekinge, avdelningen för regional utveckling"),
        ("Projektledare", "Maria Holmgren, Region Blekinge"),
        ("Total budget", "14 200 000 kronor"),
        ("Finansiering", "ESF+, Region Blekinge, kommunerna och deltagande företag"),
        ("Delprojekt", "Svetsspåret, Lärlingsbryggan, Leverantörslyftet"),
        ("Mål i korthet", "300 deltagare i Svetsspåret, 45 lärlingar, 40 företag"),
    ]
    fy = by - 19 * mm
    for k, v in facts:
        c.setFillColor(colors.black)
        c.setFont("Sans-B", 9.2)
        c.drawString(L + 6 * mm, fy, k)
        c.setFont("Sans", 9.2)
        c.drawString(L + 42 * mm, fy, v)
        fy -= 7 * mm
    c.showPage()

    # ---- page 2: bakgrund, syfte, mål --------------------------------------------------------
    plan_frame(c, 2, A4)
    y = H - 26 * mm
    faux_bold(c, L, y, "1  Bakgrund")
    y -= 5 * mm
    y = para(c, L, y, TW,
             "Marin- och försvarsindustrin är en av Blekinges största arbetsgivare och växer "
             "snabbt efter de senaste årens beslut om ökade försvarsanslag. Varven och deras "
             "underleverantörer i Karlskrona, Ronneby och Karlshamn har svårt att rekrytera "
             "svetsare, plåtslagare, montörer och konstruktörer. Samtidigt har länet en högre "
             "arbetslöshet bland unga än riket, och många små verkstadsföretag i Olofström och "
             "Sölvesborg saknar de certifieringar och det säkerhetsskyddsarbete som krävs för att "
             "få leverera till försvarsindustrin.")
    y -= 3 * mm
    # sentence with a raised footnote marker after 'personer'
    c.setFont("Serif", 10.2)
    s1 = "Enligt regionens kompetensbehovsanalys behöver industrin rekrytera omkring 1 400 personer"
    text_with_mark(c, L, y - 10, s1, "1")
    c.setFont("Serif", 10.2)
    c.drawString(L, y - 23.6, "fram till 2030, varav ungefär hälften med yrkesutbildning inom svets och montage.")
    y -= 32
    faux_bold(c, L, y - 6 * mm, "2  Syfte och mål")
    y -= 11 * mm
    y = para(c, L, y, TW,
             "Syftet är att trygga kompetensförsörjningen i marin- och försvarsindustrin och att "
             "öka andelen Blekingeföretag som levererar till branschen. Projektet har tre mål för "
             "hela projekttiden:")
    y -= 2 * mm
    for t in ["Mål 1: Minst 300 personer påbörjar Svetsspåret och minst 70 procent av dem "
              "fullföljer utbildningen med certifikat.",
              "Mål 2: Minst 45 unga mellan 18 och 24 år anställs som lärlingar genom "
              "Lärlingsbryggan.",
              "Mål 3: Minst 40 företag får stöd genom Leverantörslyftet och minst 15 av dem "
              "blir certifierade enligt ISO 9001 eller AQAP 2110."]:
        y = para(c, L + 6 * mm, y, TW - 6 * mm, "• " + t) - 2
    y -= 3 * mm
    y = para(c, L, y, TW,
             "Målen följs upp i lägesrapporter till styrgruppen och till ESF-rådet varje halvår. "
             "Deltagarna i Svetsspåret räknas efter hemkommun, inte efter utbildningsort.")
    # footnote
    c.setStrokeColor(colors.black)
    c.setLineWidth(0.4)
    c.line(L, 30 * mm, L + 45 * mm, 30 * mm)
    c.setFillColor(colors.black)
    raised(c, L - 0.4, 25 * mm, "1", size=5.5)
    c.setFont("Serif", 8)
    c.drawString(L + 4, 25 * mm, "Region Blekinge, Kompetensbehov i marin- och försvarsindustrin "
                 "2025–2030 (2025). Siffran avser hela länet inklusive")
    c.drawString(L + 4, 25 * mm - 10, "tjänsteföretag som arbetar på uppdrag av varven.")
    c.showPage()

    # ---- page 3: delprojekt --------------------------------------------------------------------
    plan_frame(c, 3, A4)
    y = H - 26 * mm
    faux_bold(c, L, y, "3  Delprojekt")
    y -= 8 * mm
    faux_bold(c, L, y, "3.1  Svetsspåret", size=11)
    y -= 4 * mm
    y = para(c, L, y, TW,
             "Svetsspåret är en yrkesutbildning inom regional yrkesvux som leder till certifikat "
             "enligt SS-EN ISO 9606-1. Utbildningen ges i Karlskrona och Olofström och är öppen för "
             "vuxna i hela länet. Första kursstart i Olofström är den 17 augusti 2026 och i "
             "Karlskrona den 24 augusti 2026. Vuxenutbildningen i respektive kommun ansvarar för "
             "antagningen.")
    y -= 5 * mm
    faux_bold(c, L, y, "3.2  Lärlingsbryggan", size=11)
    y -= 4 * mm
    y = para(c, L, y, TW,
             "Lärlingsbryggan genomförs i Ronneby, Karlshamn och Sölvesborg. Unga mellan 18 och 24 "
             "år anställs som lärlingar i ett företag under 12 månader och varvar arbete med "
             "utbildning. Lärlingen anställs av företaget med lön enligt gällande kollektivavtal. "
             "Företaget får en handledarersättning på 2 500 kronor per månad och lärling från "
             "projektet. Arbetsförmedlingen och kommunernas arbetsmarknadsenheter hjälper till "
             "med matchningen.")
    y -= 5 * mm
    faux_bold(c, L, y, "3.3  Leverantörslyftet", size=11)
    y -= 4 * mm
    y = para(c, L, y, TW,
             "Leverantörslyftet ger små och medelstora företag stöd för att bli underleverantörer "
             "till marin- och försvarsindustrin. Stödet är högst 75 000 kronor per företag och "
             "företaget betalar minst 50 procent av kostnaden. Stödet kan användas till "
             "konsulttjänster inför certifiering, utbildning i säkerhetsskydd och "
             "certifieringsavgifter. Ansökan görs i två omgångar under 2026 (se tidplanen på "
             "sida 5). Region Blekinges företagsrådgivare handlägger ansökningarna och "
             "projektledaren fattar beslut.")
    y -= 6 * mm
    # box: what the project does NOT do
    c.setFillColor(LGREY)
    c.rect(L, y - 28 * mm, TW, 28 * mm, stroke=0, fill=1)
    faux_bold(c, L + 4 * mm, y - 7 * mm, "Detta ingår inte", size=10.5, color=colors.black)
    para(c, L + 4 * mm, y - 10 * mm, TW - 8 * mm,
         "Projektet finansierar inte investeringar i maskiner eller lokaler, inte lönekostnader "
         "för lärlingarna och inte säkerhetsprövningar av enskilda anställda. "
         "Säkerhetsprövning görs av arbetsgivaren enligt säkerhetsskyddslagen.", BODY_S)
    c.showPage()

    # ---- page 4: budget & organisation -------------------------------------------------------
    plan_frame(c, 4, A4)
    y = H - 26 * mm
    faux_bold(c, L, y, "4  Budget och finansiering")
    y -= 5 * mm
    y = para(c, L, y, TW,
             "Projektets totala budget för hela projekttiden är 14 200 000 kronor. Tabell 1 visar "
             "kostnaderna per delprojekt och tabell 2 hur projektet finansieras.")
    y -= 5 * mm
    c.setFont("Sans-B", 9)
    c.setFillColor(colors.black)
    c.drawString(L, y, "Tabell 1. Kostnader per delprojekt 2026–2029, kronor")
    y -= 3 * mm
    y = grid_table(c, L, y, [95 * mm, 45 * mm], [
        ["Delprojekt", "Kronor"],
        ["Svetsspåret", "6 400 000"],
        ["Lärlingsbryggan", "3 100 000"],
        ["Leverantörslyftet", "2 900 000"],
        ["Projektledning och utvärdering", "1 800 000"],
        ["Summa", "14 200 000"],
    ], aligns="lr", bold_rows=(0, 5))
    y -= 8 * mm
    c.setFont("Sans-B", 9)
    c.drawString(L, y, "Tabell 2. Finansiering, kronor")
    y -= 3 * mm
    rows = [["Finansiär", "Kronor", "Andel"],
            ["Europeiska socialfonden (ESF+)", "7 100 000", "50 %"],
            ["Region Blekinge", "3 000 000", "21 %"],
            ["Kommunerna", "1 500 000", "11 %"],
            ["Deltagande företag (privat medfinansiering)", "2 600 000", "18 %"],
            ["Summa", "14 200 000", "100 %"]]
    y0 = y
    y = grid_table(c, L, y, [95 * mm, 45 * mm, 25 * mm], rows, aligns="lrr", bold_rows=(0, 5))
    # raised marker '2' right after the municipal amount (fuses into '1 500 0002')
    raised(c, L + 140 * mm - 3, y0 - 4 * 14 + 4, "2")
    y -= 4 * mm
    c.setFont("Serif", 8)
    raised(c, L - 0.4, y - 2, "2", size=5.5)
    c.drawString(L + 4, y - 2, "Fördelas mellan de fem kommunerna efter invånarantal den 31 december 2025.")
    y -= 14 * mm
    faux_bold(c, L, y, "5  Organisation")
    y -= 5 * mm
    y = para(c, L, y, TW,
             "Region Blekinge är projektägare. Projektledare är Maria Holmgren, Region Blekinge. "
             "Styrgruppen leds av Lena Åkesson, regional utvecklingsdirektör, och består i övrigt "
             "av en representant för varje kommun, Arbetsförmedlingen och två företrädare för "
             "näringslivet. Styrgruppen sammanträder fyra gånger per år och beslutar om ändringar "
             "av mål, budget och tidplan inom de ramar som ESF-rådet har godkänt. Ändringar av "
             "den totala budgeten kräver att ESF-rådet godkänner en ändringsansökan.")
    y -= 4 * mm
    y = grid_table(c, L, y, [55 * mm, 60 * mm, 51 * mm], [
        ["Roll", "Namn", "Organisation"],
        ["Styrgruppens ordförande", "Lena Åkesson", "Region Blekinge"],
        ["Projektledare", "Maria Holmgren", "Region Blekinge"],
        ["Företagsrådgivare", "Sara Nilsson", "Region Blekinge"],
        ["Analytiker, uppföljning", "Jonas Ek", "Region Blekinge"],
        ["Näringslivet", "Johan Dahl", "Tjurkö Marinteknik AB"],
    ], bold_rows=(0,))
    c.showPage()

    # ---- page 5: A3 landscape fold-out time plan --------------------------------------------
    A3L = landscape(A3)
    c.setPageSize(A3L)
    W3, H3 = A3L
    plan_frame(c, 5, A3L)
    faux_bold(c, 20 * mm, H3 - 28 * mm, "6  Tidplan 2026–2029 (utvikbar sida)", size=15)
    c.setFont("Sans", 8.5)
    c.setFillColor(colors.black)
    c.drawString(20 * mm, H3 - 35 * mm, "Staplarna visar när aktiviteterna pågår. Datum inom "
                 "staplarna gäller vid planens fastställande.")
    quarters = []
    for yr in (2026, 2027, 2028, 2029):
        for q in (1, 2, 3, 4):
            if yr == 2029 and q > 1:
                continue
            quarters.append("%d K%d" % (yr, q))
    x0 = 80 * mm
    qw = (W3 - 20 * mm - x0) / len(quarters)
    top = H3 - 48 * mm
    c.setFillColor(LGREY)
    c.rect(20 * mm, top - 9 * mm, W3 - 40 * mm, 9 * mm, stroke=0, fill=1)
    c.setFillColor(colors.black)
    c.setFont("Sans-B", 8)
    c.drawString(22 * mm, top - 6 * mm, "Aktivitet")
    for i, q in enumerate(quarters):
        c.drawCentredString(x0 + qw * (i + 0.5), top - 6 * mm, q)
    acts = [
        ("Projektstart och kick-off", 0, 1, "Kick-off 26 mars 2026, Karlskrona"),
        ("Svetsspåret: rekrytering", 1, 1, "Ansökan till yrkesvux senast 31 maj 2026"),
        ("Svetsspåret: omgång 1", 2, 4, "Start Olofström 17 aug 2026, Karlskrona 24 aug 2026"),
        ("Svetsspåret: omgång 2–4", 6, 6, "Nya starter varje höst"),
        ("Lärlingsbryggan: matchning", 1, 3, "Ronneby, Karlshamn, Sölvesborg"),
        ("Lärlingsbryggan: anställningar", 2, 9, "12 månader per lärling"),
        ("Leverantörslyftet: omgång 1", 0, 1, "Ansökan 2 mars–30 april 2026"),
        ("Leverantörslyftet: omgång 2", 2, 1, "Ansökan 1 aug–30 sep 2026"),
        ("Leverantörslyftet: uppföljning", 4, 8, "Certifieringar följs upp"),
        ("Halvtidsutvärdering", 7, 1, "Extern utvärderare"),
        ("Slutrapport till ESF-rådet", 12, 1, "Senast 30 april 2029"),
    ]
    ry = top - 9 * mm
    for name, start, length, label in acts:
        ry -= 12 * mm
        c.setStrokeColor(GRID)
        c.line(20 * mm, ry - 3 * mm, W3 - 20 * mm, ry - 3 * mm)
        c.setFillColor(colors.black)
        c.setFont("Sans", 8.6)
        c.drawString(22 * mm, ry + 1.5 * mm, name)
        c.setFillColor(colors.HexColor("#BFDCE3"))
        bx = x0 + qw * start + 1
        bw = max(qw * length - 2, 2)
        c.roundRect(bx, ry - 1.5 * mm, bw, 8 * mm, 2, stroke=0, fill=1)
        c.setFillColor(NAVY)
        c.setFont("Sans", 7.2)
        c.drawString(bx + 2, ry + 1.2 * mm, label)
    c.setStrokeColor(GRID)
    for i in range(len(quarters) + 1):
        c.line(x0 + qw * i, top, x0 + qw * i, ry - 3 * mm)
    c.setFont("Sans-I", 7.5)
    c.setFillColor(MGREY)
    c.drawString(20 * mm, ry - 12 * mm, "Vik in sidan längs den streckade linjen före inbindning.")
    c.setDash(3, 3)
    c.line(W3 / 2, 14 * mm, W3 / 2, 20 * mm)
    c.setDash()
    c.showPage()

    # ---- page 6: ord och förkortningar ---------------------------------------------------------
    c.setPageSize(A4)
    plan_frame(c, 6, A4)
    y = H - 26 * mm
    faux_bold(c, L, y, "7  Ord och förkortningar")
    y -= 6 * mm
    terms = [
        ("AQAP 2110", "Allied Quality Assurance Publication 2110 – Natos krav på "
                      "kvalitetsledningssystem för leverantörer av försvarsmateriel. Kraven bygger "
                      "på ISO 9001 men har tillägg om bland annat konfigurationsstyrning och "
                      "kundens rätt att granska."),
        ("ESF+", "Europeiska socialfonden+, EU:s fond för sysselsättning och kompetens. I Sverige "
                 "förvaltas den av Svenska ESF-rådet."),
        ("ISO 9001", "Internationell standard för kvalitetsledningssystem."),
        ("Led 2, led 3", "Underleverantör till en underleverantör (led 2) eller ett steg längre "
                         "ner i leverantörskedjan (led 3)."),
        ("SS-EN ISO 9606-1", "Standard för kompetensprövning av svetsare (stålmaterial). "
                             "Svetsspårets certifikat utfärdas enligt den."),
        ("SUA", "Säkerhetsskyddsavtal. Ett avtal som en myndighet eller ett företag måste teckna "
                "med en leverantör innan leverantören får ta del av säkerhetsskyddsklassificerade "
                "uppgifter."),
        ("Yrkesvux", "Regionalt yrkesinriktad vuxenutbildning, som kommunerna i Blekinge "
                     "planerar tillsammans."),
    ]
    for k, v in terms:
        c.setFont("Sans-B", 9.4)
        c.setFillColor(colors.black)
        c.drawString(L, y - 10, k)
        y = para(c, L + 38 * mm, y, TW - 38 * mm, v) - 6
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------------------------
# 2. OneNote page exported to Word (DOCX, hand-written OOXML)
# ---------------------------------------------------------------------------------------------
ONENOTE = "Styrgrupp_Skeppslaget_2026-03-19_OneNote-export.docx"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
WP_NS = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
PIC_NS = "http://schemas.openxmlformats.org/drawingml/2006/picture"


def _esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def png_bytes(w, h, pixel):
    """tiny deterministic RGBA PNG; pixel(x, y) -> (r, g, b, a)"""
    raw = b"".join(b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(w)) for y in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def _tag_png(kind):
    def px(x, y):
        edge = x in (1, 14) or y in (1, 14)
        if kind == "todo":
            return (40, 40, 40, 255) if (edge and 1 <= x <= 14 and 1 <= y <= 14) else (0, 0, 0, 0)
        if kind == "star":
            d = abs(x - 7.5) + abs(y - 7.5)
            return (235, 180, 0, 255) if d < 6 else (0, 0, 0, 0)
        if kind == "q":
            d = (x - 7.5) ** 2 + (y - 7.5) ** 2
            return (120, 60, 160, 255) if 20 < d < 42 else (0, 0, 0, 0)
        if kind == "beslut":
            return (30, 130, 60, 255) if (abs(x - y) <= 1 and x > 6) or (abs(x + y - 14) <= 1 and x <= 7) \
                else (0, 0, 0, 0)
        # ink scribble
        return (20, 60, 200, 255) if abs(y - 8 - int(3 * ((x % 8) - 4) / 4)) < 1 else (0, 0, 0, 0)
    return png_bytes(16, 16, px)


TAGS = {"todo": ("rIdT1", "Att göra"), "star": ("rIdT2", "Viktigt"), "q": ("rIdT3", "Fråga"),
        "beslut": ("rIdT4", "Beslut (anpassad tagg)"), "ink": ("rIdT5", "Pennanteckning")}
_pic_id = [0]


def w_img(kind, cx=114300, cy=114300):
    rid, descr = TAGS[kind]
    _pic_id[0] += 1
    i = _pic_id[0]
    return ('<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
            '<wp:extent cx="%d" cy="%d"/><wp:docPr id="%d" name="Bild %d" descr="%s"/>'
            '<a:graphic xmlns:a="%s"><a:graphicData uri="%s"><pic:pic xmlns:pic="%s">'
            '<pic:nvPicPr><pic:cNvPr id="%d" name="tag_%s.png" descr="%s"/><pic:cNvPicPr/></pic:nvPicPr>'
            '<pic:blipFill><a:blip r:embed="%s"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
            '<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData>'
            '</a:graphic></wp:inline></w:drawing></w:r>'
            % (cx, cy, i, i, _esc(descr), A_NS, PIC_NS, PIC_NS, i, kind, _esc(descr), rid, cx, cy))


def w_run(text, b=False, i=False, sz=None, color=None, font=None, u=False):
    rpr = ""
    if font:
        rpr += '<w:rFonts w:ascii="%s" w:hAnsi="%s" w:cs="%s"/>' % (font, font, font)
    if b:
        rpr += "<w:b/>"
    if i:
        rpr += "<w:i/>"
    if color:
        rpr += '<w:color w:val="%s"/>' % color
    if sz:
        rpr += '<w:sz w:val="%d"/>' % int(sz * 2)
    if u:
        rpr += '<w:u w:val="single"/>'
    out = []
    for k, p in enumerate(text.split("\t")):
        if k:
            out.append("<w:tab/>")
        if p:
            out.append('<w:t xml:space="preserve">%s</w:t>' % _esc(p))
    return "<w:r>%s%s</w:r>" % ("<w:rPr>%s</w:rPr>" % rpr if rpr else "", "".join(out))


def w_p(runs, style=None, ind=None, spacing=(0, 0), tabs=None):
    ppr = ""
    if style:
        ppr += '<w:pStyle w:val="%s"/>' % style
    if tabs:
        ppr += "<w:tabs>%s</w:tabs>" % "".join('<w:tab w:val="left" w:pos="%d"/>' % t for t in tabs)
    ppr += '<w:spacing w:before="%d" w:after="%d"/>' % spacing
    if ind:
        ppr += '<w:ind w:left="%d"/>' % ind
    return "<w:p><w:pPr>%s</w:pPr>%s</w:p>" % (ppr, runs)


def w_container(cells_paras, widths):
    """OneNote note containers become borderless fixed-width tables (one cell per container)"""
    grid = "".join('<w:gridCol w:w="%d"/>' % w for w in widths)
    nil = ('<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
           '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>')
    cells = "".join('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>%s</w:tc>'
                    % (w, "".join(ps) or "<w:p/>") for w, ps in zip(widths, cells_paras))
    return ('<w:tbl><w:tblPr><w:tblW w:w="%d" w:type="dxa"/>%s<w:tblLayout w:type="fixed"/>'
            '<w:tblLook w:val="0000"/></w:tblPr><w:tblGrid>%s</w:tblGrid><w:tr>%s</w:tr></w:tbl>'
            '<w:p><w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr></w:p>'
            % (sum(widths), nil, grid, cells))


def note(text, tag=None, ind=0, **kw):
    runs = (w_img(tag) + w_run(" ")) if tag else ""
    return w_p(runs + w_run(text, font="Calibri", sz=11, **kw), ind=ind, spacing=(0, 60))


def make_onenote(path):
    _pic_id[0] = 0
    grey = "767676"
    body = []
    body.append(w_p(w_run("Styrgrupp Skeppslaget #1", font="Calibri Light", sz=20), spacing=(0, 0)))
    body.append(w_p(w_run("den 17 mars 2026\t15:42", font="Calibri", sz=10, color=grey),
                    tabs=[2600], spacing=(0, 240)))
    # Outlook meeting details inserted by OneNote ('Mötesinformation')
    mi = [
        w_p(w_run("Styrgruppsmöte Skeppslaget Blekinge", font="Calibri", sz=11, b=True), spacing=(0, 0)),
        w_p(w_run("Datum:\tden 19 mars 2026 09:00–11:30", font="Calibri", sz=10), tabs=[1400]),
        w_p(w_run("Plats:\tRegion Blekinge, Valhallavägen 1, Karlskrona, sal Wachtmeister; "
                  "Microsoft Teams-möte", font="Calibri", sz=10), tabs=[1400]),
        w_p(w_run("Länk:\t", font="Calibri", sz=10)
            + '<w:hyperlink r:id="rIdL1">%s</w:hyperlink>'
            % w_run("Klicka här för att öppna mötet i Outlook", font="Calibri", sz=10,
                    color="0563C1", u=True), tabs=[1400]),
        w_p(w_run("Inbjudan från:\tLena Åkesson", font="Calibri", sz=10), tabs=[1400]),
        w_p(w_run("Deltagare", font="Calibri", sz=10, b=True), spacing=(120, 0)),
    ]
    for n in ["Lena Åkesson (Organisatör)", "Maria Holmgren", "Peter Sjöberg", "Henrik Palm",
              "Anna-Karin Berg", "Tomas Widell", "Sofia Rask", "Mats Öhrn", "Birgitta Lund",
              "Johan Dahl", "Sara Nilsson (Valfri)", "Jonas Ek (Valfri)"]:
        mi.append(w_p(w_run(n, font="Calibri", sz=10), ind=200))
    mi.append(w_p(w_run("Anteckningar", font="Calibri", sz=10, b=True), spacing=(120, 0)))
    body.append(w_container([mi], [9000]))

    # container 1: attendance + pasted excerpt from the plan
    c1 = [
        note("Närvarande: alla i listan ovan utom Mats Öhrn (Sölvesborg), som hade förhinder. "
             "Birgitta Lund (Arbetsförmedlingen) deltog via Teams."),
        note("Underlag inför punkt 2 – ur genomförandeplanen v1.0:", b=True),
        note("Leverantörslyftet ger små och medelstora företag stöd för att bli underleverantörer "
             "till marin- och försvarsindustrin. Stödet är högst 75 000 kronor per företag och "
             "företaget betalar minst 50 procent av kostnaden.", ind=300),
        note("Mål 3: Minst 40 företag får stöd genom Leverantörslyftet och minst 15 av dem blir "
             "certifierade enligt ISO 9001 eller AQAP 2110.", ind=300),
        w_p(w_run("Inklistrat från <https://intranat.regionblekinge.example/projekt/skeppslaget/"
                  "genomforandeplan>", font="Calibri", sz=9, color=grey), ind=300, spacing=(0, 120)),
    ]
    body.append(w_container([c1], [9000]))

    # containers 2 + 3 side by side: notes/decisions left, to-do right
    left = [
        note("1. Säkerhetsskyddsspåret", b=True),
        note("Företagen i Leverantörslyftet efterfrågar utbildning i säkerhetsskydd. Peter "
             "presenterade förslaget om ett fjärde delprojekt: tvådagarskurser i säkerhetsskydd "
             "och säkerhetsskyddsavtal (SUA) för anställda i små företag, med en upphandlad "
             "extern utbildare.", tag="star"),
        note("Säkerhetsskyddsspåret införs som delprojekt 4 med en budget på 1 150 000 kronor. "
             "Projektets totala budget höjs från 14 200 000 till 15 350 000 kronor under "
             "förutsättning att ESF-rådet godkänner en ändringsansökan. Region Blekinge skjuter "
             "till 550 000 kronor, ESF+ 575 000 kronor och de deltagande företagen 25 000 kronor.",
             tag="beslut"),
        note("2. Leverantörslyftet – mål och tak", b=True),
        note("11 ansökningar har kommit in i omgång 1 hittills. Omgången stänger 30 april."),
        note("Anna-Karin Berg föreslog att taket höjs till 100 000 kronor per företag eftersom "
             "AQAP-certifiering blir dyrare än beräknat. Ingen enighet – frågan bordlades till "
             "nästa möte.", tag="q"),
        note("Målet för Leverantörslyftet ändras från 40 till 30 företag, eftersom varje företag "
             "väntas behöva större insatser än planerat. Målet om 15 certifierade företag ligger "
             "kvar.", tag="beslut"),
        note("3. Projektledning", b=True),
        note("Maria Holmgren är föräldraledig från 1 maj 2026."),
        note("Peter Sjöberg, Region Blekinge, är tillförordnad projektledare 1 maj–31 december "
             "2026.", tag="beslut"),
        note("4. Kick-off", b=True),
        note("Kick-off 26 mars i Karlskrona, 84 anmälda hittills. Lena håller välkomsttalet."),
        note("5. Övrigt och nästa möte", b=True),
        note("Ska Sölvesborg få planerade platser i Svetsspåret? Mats var inte med – tas upp i juni.",
             tag="q"),
        note("Nästa möte: torsdag 11 juni 2026 kl. 9–12 i Olofström (Lärcentrum)."),
    ]
    right = [
        note("Att göra efter mötet", b=True),
        note("Peter: ändringsansökan till ESF-rådet senast 15 april", tag="todo"),
        note("Emma: uppdatera FAQ om Leverantörslyftet på intranätet", tag="todo"),
        note("Jonas: deltagaruppföljning i Excel, per hemkommun!", tag="todo"),
        note("Sara: underlag om taket till juni-mötet", tag="todo"),
        w_p(w_img("ink", 900000, 300000), spacing=(120, 0)),
    ]
    body.append(w_container([left, right], [5900, 3100]))
    body.append('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" '
                'w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>')
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="%s" xmlns:r="%s" xmlns:wp="%s"><w:body>%s</w:body></w:document>'
           % (W_NS, R_NS, WP_NS, "".join(body)))
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<w:styles xmlns:w="%s"><w:docDefaults><w:rPrDefault><w:rPr>'
              '<w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/><w:sz w:val="22"/>'
              '<w:lang w:val="sv-SE"/></w:rPr></w:rPrDefault></w:docDefaults>'
              '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
              '</w:style><w:style w:type="table" w:default="1" w:styleId="TableNormal">'
              '<w:name w:val="Normal Table"/></w:style></w:styles>' % W_NS)
    rels_items = ['<Relationship Id="rIdS" Type="%s/styles" Target="styles.xml"/>'
                  % "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                  '<Relationship Id="rIdL1" Type="%s/hyperlink" Target="outlook:00000000A1B2C3D4E5'
                  'F60718293A4B5C6D7E8F90A1B2C3D4E5F6" TargetMode="External"/>'
                  % "http://schemas.openxmlformats.org/officeDocument/2006/relationships"]
    for kind, (rid, _) in TAGS.items():
        rels_items.append('<Relationship Id="%s" Type="%s/image" Target="media/tag_%s.png"/>'
                          % (rid, "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                             kind))
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://'
            'schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>'
            % "".join(rels_items))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Default Extension="png" ContentType="image/png"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
          'officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-'
          'officedocument.wordprocessingml.styles+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-'
          'package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-'
          'officedocument.extended-properties+xml"/></Types>')
    root_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://'
                 'schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                 'relationships/officeDocument" Target="word/document.xml"/>'
                 '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
                 'relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                 '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                 'relationships/extended-properties" Target="docProps/app.xml"/></Relationships>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
            'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://'
            'purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>Styrgrupp Skeppslaget #1</dc:title><dc:creator>Peter Sjöberg</dc:creator>'
            '<cp:lastModifiedBy>Peter Sjöberg</cp:lastModifiedBy>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-03-17T14:42:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-03-19T10:41:00Z</dcterms:modified>'
            '</cp:coreProperties>')
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://'
           'schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
           '<Application>Microsoft OneNote</Application></Properties>')
    files = [("[Content_Types].xml", ct), ("_rels/.rels", root_rels),
             ("word/document.xml", doc), ("word/styles.xml", styles),
             ("word/_rels/document.xml.rels", rels), ("docProps/core.xml", core),
             ("docProps/app.xml", app)]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, (2026, 3, 19, 11, 41, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
        for kind in TAGS:
            zi = zipfile.ZipInfo("word/media/tag_%s.png" % kind, (2026, 3, 19, 11, 41, 0))
            z.writestr(zi, _tag_png(kind))


# ---------------------------------------------------------------------------------------------
# 3. Intranet page history: 'Jämför versioner' as a unified diff (TXT)
# ---------------------------------------------------------------------------------------------
DIFF = "Leverantorslyftet_FAQ_jamfor_version_7_och_9.txt"

FAQ_V7 = """# Leverantörslyftet – frågor och svar

Leverantörslyftet är en del av projektet Skeppslaget Blekinge. Här samlar vi frågor som företag ofta ställer till oss.

## Vad är Leverantörslyftet?
Leverantörslyftet ger små och medelstora företag i Blekinge stöd för att bli underleverantörer till marin- och försvarsindustrin.
Stödet ska användas till att ta fram kvalitetsledningssystem, förbereda certifiering och bygga upp säkerhetsskyddsarbetet.

## Vilka företag kan söka?
Små och medelstora företag (färre än 250 anställda) med verksamhet i någon av Blekinges fem kommuner.
Företaget ska ha minst tre anställda och ha haft verksamhet i minst två år.

## Räknas vi som leverantör om vi bara levererar till en underleverantör?
Ja. Även företag i led 2 och led 3 kan söka, så länge kunden i sista ledet finns inom marin- eller försvarsindustrin.

## Vad kan stödet användas till?
- konsulttjänster inför certifiering enligt ISO 9001 eller AQAP 2110
- utbildning av personal i säkerhetsskydd
- extern revision och certifieringsavgift
- mässor och leverantörsträffar med försvarsindustrin (högst 10 000 kronor)

Stödet kan inte användas till investeringar i maskiner eller lokaler.

## Hur mycket stöd kan vi få?
Stödet är högst 75 000 kronor per företag.
Företaget betalar minst 50 procent av kostnaden.   
Stödet betalas ut i efterhand mot redovisade kostnader.

## När kan vi söka?
Ansökan görs i två omgångar under 2026.
Omgång 1: 2 mars–30 april 2026.
Omgång 2 öppnar 1 augusti. Sista dag att ansöka i omgång 2 är 30 september 2026.

## Hur lång tid tar handläggningen?
Handläggningstiden är normalt fyra veckor från det att ansökan är komplett.
Beslut fattas av projektledaren.  

## Kontakt
Maria Holmgren, projektledare, Region Blekinge
maria.holmgren@regionblekinge.example, 0455-73 50 12
"""

FAQ_V9 = """# Leverantörslyftet – frågor och svar

Leverantörslyftet är en del av projektet Skeppslaget Blekinge. Här samlar vi frågor som företag ofta ställer till oss. Sidan uppdaterades senast efter styrgruppens möte 3 september 2026.

## Vad är Leverantörslyftet?
Leverantörslyftet ger små och medelstora företag i Blekinge stöd för att bli underleverantörer till marin- och försvarsindustrin.
Stödet ska användas till att ta fram kvalitetsledningssystem, förbereda certifiering och bygga upp säkerhetsskyddsarbetet.

## Vilka företag kan söka?
Små och medelstora företag (färre än 250 anställda) med verksamhet i någon av Blekinges fem kommuner.
Företaget ska ha minst tre anställda och ha haft verksamhet i minst två år.

## Räknas vi som leverantör om vi bara levererar till en underleverantör?
Ja. Även företag i led 2 och led 3 kan söka, så länge kunden i sista ledet finns inom marin- eller försvarsindustrin.

## Vad kan stödet användas till?
- konsulttjänster inför certifiering enligt ISO 9001 eller AQAP 2110
- utbildning av personal i säkerhetsskydd (kurserna i Säkerhetsskyddsspåret är avgiftsfria och räknas inte av från stödet)
- extern revision och certifieringsavgift
- mässor och leverantörsträffar med försvarsindustrin (högst 10 000 kronor)

Stödet kan inte användas till investeringar i maskiner eller lokaler.

## Hur mycket stöd kan vi få?
Stödet är högst 90 000 kronor per företag från och med omgång 2 (beslut i styrgruppen 11 juni 2026). I omgång 1 var taket 75 000 kronor.
Företag med färre än 50 anställda betalar minst 30 procent av kostnaden. Övriga företag betalar minst 50 procent.
Stödet betalas ut i efterhand mot redovisade kostnader.

## Måste vi ha ett säkerhetsskyddsavtal (SUA) för att söka?
Nej. Många företag behöver ett SUA för att kunna leverera, men det är inget krav för att söka stödet.

## När kan vi söka?
Ansökan görs i två omgångar under 2026.
Omgång 1: 2 mars–30 april 2026.
Omgång 2 öppnade 1 augusti. Sista dag att ansöka i omgång 2 är 16 oktober 2026 (förlängd från 30 september enligt beslut i styrgruppen 3 september 2026).

## Hur lång tid tar handläggningen?
Handläggningstiden är normalt sex veckor från det att ansökan är komplett, eftersom det har kommit in fler ansökningar än väntat.
Beslut fattas av projektledaren.

## Kontakt
Sara Nilsson, företagsrådgivare, Region Blekinge
sara.nilsson@regionblekinge.example, 0455-73 50 27"""


def make_diff(path):
    a = FAQ_V7.splitlines()
    b = FAQ_V9.splitlines()
    head = [
        "Insidan  ›  Projekt  ›  Skeppslaget Blekinge  ›  Leverantörslyftet – frågor och svar  ›  Sidhistorik",
        "",
        "JÄMFÖR VERSIONER",
        "Från: version 7   2026-03-30 14:12   Emma Lind   \"Kontaktuppgifter och omgång 2\"",
        "Till:  version 9   2026-09-08 10:47   Emma Lind   \"Nytt tak, egeninsats och ny sista dag enl. styrgruppen 11/6 och 3/9\"",
        "(1 mellanliggande version av Emma Lind visas inte: version 8   2026-06-12 08:55)",
        "Visning: endast ändringar, 3 rader sammanhang        [Visa hela sidan]  [Återställ version 7]",
        "Rader som börjar med - finns bara i version 7, rader som börjar med + bara i version 9.",
        "",
    ]
    diff = list(difflib.unified_diff(a, b, "Version 7 (2026-03-30 14:12, Emma Lind)",
                                     "Version 9 (2026-09-08 10:47, Emma Lind)", lineterm="", n=3))
    diff.append("\\ Ingen radbrytning i slutet av filen")
    foot = ["", "Sidan ägs av: Peter Sjöberg (tf. projektledare)   Senast granskad: 2026-09-08",
            "Utskriven från Insidan 2026-09-21 13:05"]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(head + diff + foot) + "\n")


# ---------------------------------------------------------------------------------------------
# 4. Docusaurus MDX page (MD)
# ---------------------------------------------------------------------------------------------
MDX = "svetssparet.md"

MDX_TEXT = r"""---
id: svetssparet
title: Svetsspåret – bli certifierad svetsare
sidebar_label: Svetsspåret
sidebar_position: 2
description: Yrkesvux-utbildning till svetsare i Karlskrona och Olofström inom Skeppslaget Blekinge.
slug: /delprojekt/svetssparet
tags: [yrkesvux, svets, karlskrona, olofstrom]
last_update:
  date: 2026-08-14
  author: Emma Lind
---

import Tabs from '@theme/Tabs';
import TabItem from '@theme/TabItem';
import Kontaktkort from '@site/src/components/Kontaktkort';
import KursTabell from '@site/src/components/KursTabell';
import Knapp from '@site/src/components/Knapp';

export const kurser = [
  { ort: 'Karlskrona', skola: 'Vuxenutbildningen Karlskrona, Gullberna Park', start: '24 augusti 2026', platser: 72, grupper: 3 },
  { ort: 'Olofström', skola: 'Lärcentrum Olofström', start: '7 september 2026', platser: 36, grupper: 2 },
];

export const utbildning = {
  langd: '40 veckor på heltid',
  certifikat: 'SS-EN ISO 9606-1',
  kostnad: 'avgiftsfri',
};

# Svetsspåret

Svetsspåret är en del av [Skeppslaget Blekinge](/). Marin- och försvarsindustrin i Blekinge behöver
fler svetsare, och här kan du utbilda dig på {utbildning.langd} till ett certifikat enligt
{utbildning.certifikat}. Utbildningen är {utbildning.kostnad} och ges inom regional yrkesvux.

:::info[Nytt startdatum i Olofström]

Kursstarten i Olofström är flyttad till **{kurser[1].start}**. Skälet är att leveransen av de nya
svetsboxarna till Lärcentrum har försenats. Starten i Karlskrona ligger kvar.

:::

## Här går utbildningen

<KursTabell rader={kurser} kolumner={['ort', 'skola', 'start', 'platser']} />

<Tabs groupId="ort">
  <TabItem value="karlskrona" label="Karlskrona" default>

Utbildningen hålls i verkstadslokalerna i Gullberna Park. Kursstart {kurser[0].start},
{kurser[0].grupper} grupper med 24 platser var.

  </TabItem>
  <TabItem value="olofstrom" label="Olofström">

Utbildningen hålls på Lärcentrum Olofström. Kursstart {kurser[1].start},
{kurser[1].grupper} grupper med 18 platser var.
{/* Kursstart 17 augusti 2026 – ändrat 2026-08-14 efter besked från leverantören /EL */}

  </TabItem>
</Tabs>

## Vem kan söka?

- Du är minst 18 år och folkbokförd i Blekinge län.
- Du har kunskaper i svenska motsvarande svenska för invandrare, kurs D.
- Du klarar arbete i verkstadsmiljö (du behöver inte ha svetsat tidigare).

Deltagarna räknas efter hemkommun. Du som bor i Ronneby, Karlshamn eller Sölvesborg väljer själv om du
vill gå i Karlskrona eller Olofström.

:::caution[Ansökan]

Sista dag att söka till hösten 2026 var 31 maj 2026. Till Olofström tar vi fortfarande emot sena
ansökningar så länge det finns platser kvar.

:::

<details>
<summary>Vanliga frågor</summary>

**Får jag ersättning under utbildningen?**
Du kan söka studiemedel från CSN. Är du inskriven hos Arbetsförmedlingen kan du i vissa fall behålla
din ersättning – fråga din handläggare.

**Kostar skyddsutrustningen något?**
Nej, skyddsutrustning lånas ut under utbildningen.

**Vad händer efter utbildningen?**
Företagen i Skeppslaget erbjuder praktik under de sista tio veckorna. Många deltagare brukar få
anställning efter praktiken, men ingen anställning är garanterad.

</details>

## Kontakt

<Kontaktkort
  namn="Amra Hodžić"
  roll="Studie- och yrkesvägledare, Svetsspåret"
  org="Vuxenutbildningen Karlskrona"
  epost="amra.hodzic@karlskrona.example"
/>

<Knapp to="https://vux.blekinge.example/ansok" variant="primary">{translate({id: 'knapp.ansok', message: 'Ansök här'})}</Knapp>
"""


def make_mdx(path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(MDX_TEXT)


# ---------------------------------------------------------------------------------------------
# 5. Excel sheet printed with row and column headings (PDF)
# ---------------------------------------------------------------------------------------------
XLS = "deltagaruppfoljning_2026_utskrift_2026-10-05.pdf"
XLS_PAGES = 3
XCOLS = [("A", 58), ("B", 22), ("C", 24), ("E", 32), ("F", 32), ("G", 34), ("H", 32)]  # D hidden
XROWH = 5.6 * mm
XRH_W = 10 * mm


def xls_frame(c, n):
    W, H = landscape(A4)
    c.setFillColor(colors.black)
    c.setFont("Sans", 8)
    c.drawString(15 * mm, H - 10 * mm, "Skeppslaget")
    c.drawCentredString(W / 2, H - 10 * mm, "Uppföljning sep 2026")
    c.drawRightString(W - 15 * mm, H - 10 * mm, "Utskrivet 2026-10-05 08:17")
    c.drawString(15 * mm, 8 * mm,
                 "G:\\Regional utveckling\\Skeppslaget\\Uppföljning\\deltagare_2026.xlsx")
    c.drawRightString(W - 15 * mm, 8 * mm, "Sida %d av %d" % (n, XLS_PAGES))


def xls_sheet(c, n, first_row, rows, comments=()):
    """rows: list of dicts {col: (text, style)}; style: 'b', 'n' (number, right), 'h' (header),
    'big', 'err'"""
    W, H = landscape(A4)
    xls_frame(c, n)
    x0 = 15 * mm
    ytop = H - 17 * mm
    xs = [x0 + XRH_W]
    for _, w in XCOLS:
        xs.append(xs[-1] + w * mm)
    # column heading row
    c.setFillColor(colors.HexColor("#E6E6E6"))
    c.rect(x0, ytop - 5 * mm, xs[-1] - x0, 5 * mm, stroke=0, fill=1)
    c.setFillColor(colors.HexColor("#444444"))
    c.setFont("Sans", 8)
    for i, (letter, _) in enumerate(XCOLS):
        c.drawCentredString((xs[i] + xs[i + 1]) / 2, ytop - 3.7 * mm, letter)
    y = ytop - 5 * mm
    nrows = len(rows)
    # row heading column
    c.setFillColor(colors.HexColor("#E6E6E6"))
    c.rect(x0, y - nrows * XROWH, XRH_W, nrows * XROWH, stroke=0, fill=1)
    # gridlines
    c.setStrokeColor(colors.HexColor("#BDBDBD"))
    c.setLineWidth(0.35)
    for i in range(nrows + 1):
        c.line(x0, y - i * XROWH, xs[-1], y - i * XROWH)
    c.line(x0, ytop, xs[-1], ytop)
    c.line(x0, ytop, x0, y - nrows * XROWH)
    for xx in xs:
        c.line(xx, ytop, xx, y - nrows * XROWH)
    # hidden column D: a doubled line between C and E in the heading row
    c.setStrokeColor(colors.HexColor("#777777"))
    c.line(xs[3] - 0.8, ytop, xs[3] - 0.8, ytop - 5 * mm)
    col_index = {l: i for i, (l, _) in enumerate(XCOLS)}
    for r, row in enumerate(rows):
        base = y - (r + 1) * XROWH + 1.6 * mm
        c.setFillColor(colors.HexColor("#444444"))
        c.setFont("Sans", 8)
        c.drawCentredString(x0 + XRH_W / 2, base, str(first_row + r))
        for col, (text, style) in row.items():
            i = col_index[col]
            if "big" in style:
                c.setFont("Sans-B", 11)
            elif "b" in style or "h" in style:
                c.setFont("Sans-B", 8.6)
            else:
                c.setFont("Sans", 8.6)
            c.setFillColor(colors.black)
            if "n" in style or "err" in style:
                c.drawRightString(xs[i + 1] - 1.5 * mm, base, text)
            else:
                c.drawString(xs[i] + 1.5 * mm, base, text)
    for (col, r) in comments:
        i = col_index[col]
        ry = y - (r - first_row) * XROWH
        c.setFillColor(colors.HexColor("#D00000"))
        p = c.beginPath()
        p.moveTo(xs[i + 1], ry)
        p.lineTo(xs[i + 1] - 1.8 * mm, ry)
        p.lineTo(xs[i + 1], ry - 1.8 * mm)
        p.close()
        c.drawPath(p, stroke=0, fill=1)


def make_xls(path):
    c = rl_canvas.Canvas(path, pagesize=landscape(A4), pageCompression=1)
    c.setTitle("deltagare_2026.xlsx")
    c.setAuthor("Jonas Ek")
    N, B, HD = "n", "b", "h"
    p1 = [
        {"A": ("Skeppslaget Blekinge – deltagaruppföljning 2026", "big")},
        {"A": ("Avser 1 mars–30 september 2026. Källa: projektets deltagarlista. Yrkesvux-registret "
               "stäms av kvartalsvis.", "")},
        {},
        {"A": ("Svetsspåret – påbörjade per hemkommun", B)},
        {"A": ("Hemkommun", HD), "B": ("Påbörjat", HD), "C": ("varav kvinnor", HD),
         "E": ("Utb.ort Karlskrona", HD), "F": ("Utb.ort Olofström", HD),
         "G": ("Planerat 2026", HD), "H": ("Andel av plan", HD)},
        {"A": ("Karlskrona", ""), "B": ("38", N), "C": ("5", N), "E": ("38", N), "F": ("0", N),
         "G": ("40", N), "H": ("95%", N)},
        {"A": ("Olofström", ""), "B": ("21", N), "C": ("3", N), "E": ("0", N), "F": ("21", N),
         "G": ("25", N), "H": ("84%", N)},
        {"A": ("Karlshamn", ""), "B": ("12", N), "C": ("2", N), "E": ("7", N), "F": ("5", N),
         "G": ("15", N), "H": ("80%", N)},
        {"A": ("Ronneby", ""), "B": ("19", N), "C": ("3", N), "E": ("17", N), "F": ("2", N),
         "G": ("20", N), "H": ("95%", N)},
        {"A": ("Sölvesborg", ""), "B": ("7", N), "C": ("0", N), "E": ("2", N), "F": ("5", N),
         "G": ("0", N), "H": ("#DIVISION/0!", "err")},
        {"A": ("Summa", B), "B": ("97", N + B), "C": ("13", N + B), "E": ("64", N + B),
         "F": ("33", N + B), "G": ("100", N + B), "H": ("97%", N + B)},
        {},
        {"A": ("Lärlingsbryggan – anställda lärlingar", B)},
        {"A": ("Kommun", HD), "B": ("Lärlingar", HD), "C": ("varav kvinnor", HD),
         "E": ("Företag (antal)", HD), "G": ("Mål hela projektet", HD), "H": ("Andel av mål", HD)},
        {"A": ("Ronneby", ""), "B": ("9", N), "C": ("4", N), "E": ("7", N), "G": ("15", N),
         "H": ("60%", N)},
        {"A": ("Karlshamn", ""), "B": ("12", N), "C": ("3", N), "E": ("9", N), "G": ("15", N),
         "H": ("80%", N)},
        {"A": ("Sölvesborg", ""), "B": ("5", N), "C": ("2", N), "E": ("4", N), "G": ("15", N),
         "H": ("33%", N)},
        {"A": ("Summa", B), "B": ("26", N + B), "C": ("9", N + B), "E": ("20", N + B),
         "G": ("45", N + B), "H": ("58%", N + B)},
    ]
    xls_sheet(c, 1, 1, p1, comments=[("B", 9), ("H", 10)])
    c.showPage()
    p2 = [
        {},
        {"A": ("Leverantörslyftet – ansökningar", B)},
        {"A": ("Omgång", HD), "B": ("Inkomna", HD), "C": ("Beviljade", HD), "E": ("Avslag", HD),
         "F": ("Återtagna", HD), "G": ("Under handläggning", HD), "H": ("Beviljat, kr", HD)},
        {"A": ("Omgång 1 (2 mars–30 april)", ""), "B": ("17", N), "C": ("9", N), "E": ("5", N),
         "F": ("3", N), "G": ("0", N), "H": ("520 300", N)},
        {"A": ("Omgång 2 (t.o.m. 30 sep)", ""), "B": ("11", N), "C": ("0", N), "E": ("0", N),
         "F": ("0", N), "G": ("11", N), "H": ("0", N)},
        {"A": ("Summa", B), "B": ("28", N + B), "C": ("9", N + B), "E": ("5", N + B),
         "F": ("3", N + B), "G": ("11", N + B), "H": ("520 300", N + B)},
        {},
        {"A": ("Säkerhetsskyddsspåret", B)},
        {"A": ("Kurs", HD), "B": ("Deltagare", HD), "C": ("Företag", HD), "E": ("Startdatum", HD),
         "F": ("Ort", HD)},
        {"A": ("Kurs 1", ""), "B": ("22", N), "C": ("12", N), "E": ("2026-09-14", N),
         "F": ("Karlskrona", "")},
        {"A": ("Kurs 2 (planerad)", ""), "B": ("–", N), "C": ("–", N), "E": ("2026-11-09", N),
         "F": ("Olofström", "")},
        {},
        {"A": ("Uppdaterad av Jonas Ek 2026-10-02. Preliminära siffror – använd inte i extern "
               "rapportering.", "")},
    ]
    xls_sheet(c, 2, 19, p2, comments=[("G", 23)])
    c.showPage()
    # comments printed 'at end of sheet'
    W, H = landscape(A4)
    xls_frame(c, 3)
    y = H - 24 * mm
    for cell, who, text in [
        ("B9", "Jonas Ek", ["Preliminärt – tre avhopp före kursstart (Ronneby) är inte registrerade "
                            "ännu.", "Stäms av mot Yrkesvux-registret i oktober."]),
        ("H10", "Jonas Ek", ["Sölvesborg saknar planerade platser i plan v1.0, därför blir andelen "
                             "#DIVISION/0!.", "Sölvesborgsborna går i Karlskrona eller Olofström. "
                             "Styrgruppen 11/6: 10 platser från 2027."]),
        ("G23", "Sara Nilsson", ["Omgång 2 förlängd till 16/10 – fler ansökningar kommer."]),
    ]:
        c.setFont("Sans", 9)
        c.setFillColor(colors.black)
        c.drawString(15 * mm, y, "Cell: %s" % cell)
        y -= 4.6 * mm
        c.drawString(15 * mm, y, "Kommentar:  %s:" % who)
        for t in text:
            y -= 4.6 * mm
            c.drawString(15 * mm, y, t)
        y -= 9 * mm
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------------------------
# 6. Lägesrapport 2, version 1.1 (PDF, platypus)
# ---------------------------------------------------------------------------------------------
REPORT = "Skeppslaget_lagesrapport_2_v1.1.pdf"

from reportlab.platypus import (BaseDocTemplate, Frame, KeepTogether, PageBreak,  # noqa: E402
                                PageTemplate, Spacer, Table, TableStyle)

R_BODY = st("rbody", fontName="Serif", fontSize=10.4, leading=14.2, alignment=TA_JUSTIFY,
            spaceAfter=6)
R_H1 = st("rh1", fontName="Sans-B", fontSize=13.5, leading=17, textColor=NAVY, spaceBefore=10,
          spaceAfter=5)
R_H2 = st("rh2", fontName="Sans-B", fontSize=11, leading=14, textColor=TEAL, spaceBefore=6,
          spaceAfter=3)
R_CAP = st("rcap", fontName="Sans-B", fontSize=8.8, leading=11, spaceBefore=4, spaceAfter=3)
R_NOTE = st("rnote", fontName="Sans-I", fontSize=8, leading=10, spaceBefore=2, spaceAfter=8)
R_CELL = st("rcell", fontName="Sans", fontSize=8.6, leading=10.4)
R_SMALL = st("rsmall", fontName="Sans", fontSize=8.8, leading=11.6)


def r_page(canv, doc):
    canv.saveState()
    W, H = A4
    n = canv.getPageNumber()
    canv.setFillColor(NAVY)
    canv.rect(0, H - 9 * mm, W, 9 * mm, stroke=0, fill=1)
    canv.setFillColor(colors.white)
    canv.setFont("Sans", 8)
    canv.drawString(20 * mm, H - 6 * mm, "Skeppslaget Blekinge · Lägesrapport 2")
    canv.drawRightString(W - 20 * mm, H - 6 * mm, "Version 1.1 · 2026-11-04")
    canv.setFillColor(MGREY)
    canv.setFont("Sans", 7.5)
    canv.drawString(20 * mm, 10 * mm, "Region Blekinge · Dnr RB 2026/0142")
    canv.drawRightString(W - 20 * mm, 10 * mm, "Sida %d (5)" % n)
    canv.restoreState()


def t_style(extra=()):
    base = [("FONT", (0, 0), (-1, -1), "Sans", 8.6),
            ("FONT", (0, 0), (-1, 0), "Sans-B", 8.6),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCE8EC")),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, NAVY),
            ("LINEBELOW", (0, 1), (-1, -2), 0.3, GRID),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
    return TableStyle(base + list(extra))


def make_report(path):
    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                          topMargin=18 * mm, bottomMargin=18 * mm,
                          title="Skeppslaget Blekinge – Lägesrapport 2", author="Peter Sjöberg",
                          invariant=1)
    fr = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([PageTemplate("p", frames=[fr], onPage=r_page)])
    P = Paragraph
    s = []
    s.append(P("Skeppslaget Blekinge", st("t1", fontName="Sans-B", fontSize=24, leading=28,
                                          textColor=NAVY)))
    s.append(P("Lägesrapport 2 – perioden 1 mars–30 september 2026",
               st("t2", fontName="Sans", fontSize=14, leading=18, textColor=TEAL)))
    s.append(Spacer(1, 3 * mm))
    s.append(P("Till styrgruppen och Svenska ESF-rådet · Dnr RB 2026/0142<br/>"
               "Version 1.0: 28 oktober 2026 · Version 1.1 (rättad): 4 november 2026<br/>"
               "Ansvarig: Peter Sjöberg, tf. projektledare", R_SMALL))
    s.append(Spacer(1, 5 * mm))
    box = Table([[P("<b>RÄTTELSE I VERSION 1.1</b>", R_SMALL)],
                 [P("I version 1.0 stod att 97 deltagare hade påbörjat Svetsspåret. Siffran kom från "
                    "deltagarlistan den 5 oktober 2026. Efter avstämning mot Yrkesvux-registret är "
                    "rätt antal 94 deltagare: tre personer från Ronneby avbröt innan kursen startade. "
                    "Tabell 2 och avsnitt 3.1 är rättade. Övriga uppgifter är oförändrade.", R_SMALL)]],
                colWidths=[doc.width])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, colors.HexColor("#B3261E")),
                             ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#FCEDEA")),
                             ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8)]))
    s.append(box)
    s.append(Spacer(1, 6 * mm))
    s.append(P("Innehåll", R_H2))
    # contents list left from version 1.0 (page numbers no longer match)
    toc = Table([["1  Sammanfattning", "2"], ["2  Organisation och styrning", "2"],
                 ["3  Delprojekten", "3"], ["4  Ekonomi", "3"], ["5  Kommande aktiviteter", "4"]],
                colWidths=[doc.width - 20 * mm, 20 * mm])
    toc.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Sans", 9), ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                             ("LINEBELOW", (0, 0), (-1, -1), 0.25, GRID, 1, (1, 2))]))
    s.append(toc)
    s.append(P("1  Sammanfattning", R_H1))
    s.append(P("Skeppslaget Blekinge har nu pågått i sju månader och alla fyra delprojekten är i gång. "
               "ESF-rådet godkände projektets ändringsansökan den 12 juni 2026, och projektets totala "
               "budget är därmed 15 350 000 kronor för hela projekttiden. Ändringen innebär att "
               "Säkerhetsskyddsspåret har lagts till som delprojekt 4. Svetsspåret startade i Karlskrona "
               "den 24 augusti och i Olofström den 7 september 2026, och totalt har 94 deltagare "
               "påbörjat utbildningen. I Lärlingsbryggan har 26 unga anställts som lärlingar och i "
               "Leverantörslyftet har nio företag beviljats stöd i omgång 1. Svetsspåret beräknas gå "
               "över budget under 2026, medan Lärlingsbryggan har lägre kostnader än planerat "
               "(se avsnitt 4).", R_BODY))

    s.append(PageBreak())
    s.append(P("2  Organisation och styrning", R_H1))
    s.append(P("Maria Holmgren är föräldraledig sedan 1 maj 2026. Peter Sjöberg är tillförordnad "
               "projektledare från 1 maj till och med 31 december 2026. Hur projektledningen ska "
               "ordnas från 1 januari 2027 tas upp på styrgruppens möte i december. Företagsrådgivare "
               "Sara Nilsson handlägger Leverantörslyftet och analytiker Jonas Ek ansvarar för "
               "deltagaruppföljningen.", R_BODY))
    s.append(P("Styrgruppen har haft tre möten under perioden: 19 mars i Karlskrona, 11 juni i "
               "Olofström och 3 september i Ronneby. Den 11 juni beslutade styrgruppen att höja "
               "taket i Leverantörslyftet till 90 000 kronor per företag från och med omgång 2 och "
               "att Sölvesborg ska få 10 planerade platser i Svetsspåret från 2027. Den 3 september "
               "förlängdes ansökningstiden i omgång 2 till 16 oktober 2026.", R_BODY))
    s.append(P("Nästa styrgruppsmöte är torsdag 3 december 2026 kl. 9.00–12.00 i Karlshamn "
               "(kommunhuset, sal Vägga).", R_BODY))

    s.append(P("3  Delprojekten", R_H1))
    s.append(P("3.1  Svetsspåret", R_H2))
    s.append(P("Omgång 1 startade i Karlskrona den 24 augusti och i Olofström den 7 september 2026. "
               "Starten i Olofström flyttades från 17 augusti eftersom de nya svetsboxarna till "
               "Lärcentrum levererades sent; under hösten hyrs provisoriska svetsboxar. Per den 30 "
               "september hade 94 deltagare påbörjat utbildningen, varav 13 kvinnor. Tabell 2 visar "
               "deltagarna per hemkommun. De första deltagarna beräknas bli klara i juni 2027. "
               "Deltagarnas sysselsättning följs upp 90 dagar efter avslutad utbildning och "
               "redovisas tidigast i lägesrapport 4.", R_BODY))
    t2 = Table([["Hemkommun", "Påbörjat", "varav kvinnor"],
                ["Karlskrona", "38", "5"], ["Olofström", "21", "3"], ["Karlshamn", "12", "2"],
                ["Ronneby", "16", "3"], ["Sölvesborg", "7", "0"], ["Summa", "94", "13"]],
               colWidths=[55 * mm, 30 * mm, 30 * mm], hAlign="LEFT")
    t2.setStyle(t_style([("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                         ("FONT", (0, -1), (-1, -1), "Sans-B", 8.6),
                         ("LINEABOVE", (0, -1), (-1, -1), 0.8, NAVY)]))
    photo = Table([[P("<font color='#777777'>[Bild]</font>", st("ph", fontName="Sans", fontSize=9,
                                                                 alignment=1))]],
                  colWidths=[52 * mm], rowHeights=[34 * mm])
    photo.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#D9D9D9")),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    cap = P("Bild 1. Första svetsgruppen i Gullberna Park, Karlskrona, september 2026. "
            "Foto: Region Blekinge.", st("pc", fontName="Sans-I", fontSize=7.6, leading=9.4))
    side = Table([[[P("Tabell 2. Påbörjat Svetsspåret per hemkommun t.o.m. 30 september 2026 "
                      "(rättad i version 1.1)", R_CAP), t2],
                   [photo, cap]]], colWidths=[118 * mm, doc.width - 118 * mm])
    side.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    s.append(side)
    s.append(PageBreak())
    s.append(P("3.2  Lärlingsbryggan", R_H2))
    s.append(P("26 unga har anställts som lärlingar: 9 i Ronneby, 12 i Karlshamn och 5 i Sölvesborg. "
               "Åtta av dem har redan erbjudits fortsatt anställning efter lärlingstiden. "
               "Handledarersättningen på 2 500 kronor per månad betalas ut kvartalsvis i efterhand. "
               "Kostnaderna har blivit lägre än budgeterat eftersom flera lärlingar anställdes senare "
               "än planerat.", R_BODY))
    s.append(P("3.3  Leverantörslyftet", R_H2))
    s.append(P("I omgång 1 (2 mars–30 april 2026) kom 17 ansökningar in. Nio företag beviljades stöd "
               "den 20 maj 2026 med sammanlagt 520 300 kronor, fem fick avslag och tre återtog sin "
               "ansökan. Taket i omgång 1 var 75 000 kronor per företag. Omgång 2 stängde 16 "
               "oktober 2026 och har det nya taket 90 000 kronor; till och med 30 september hade 11 "
               "ansökningar kommit in, bland annat från Vilshult Gjuteri AB i Olofström. Besluten i "
               "omgång 2 fattas i november. Målet är 30 företag (ändrat från 40 av styrgruppen "
               "19 mars 2026).", R_BODY))
    comp = [["Företag", "Kommun", "Inriktning", "Beviljat, kr", "Kontaktperson"],
            ["Tjurkö Marinteknik AB", "Karlskrona", "AQAP 2110", "75 000", "Johan Dahl"],
            ["Vämö Komposit AB", "Karlskrona", "ISO 9001, säkerhetsskydd", "68 500", "Per Sjöberg"],
            ["Kallinge Hydraulik AB", "Ronneby", "ISO 9001", "52 000", "Eva Brandt"],
            ["Hallabro Elmontage AB", "Ronneby", "Säkerhetsskydd", "31 000", "Ali Rahimi"],
            ["Mörrums Plåt & Laser AB", "Karlshamn", "AQAP 2110", "75 000", "Carina Möller"],
            ["Asarums Ytbehandling AB", "Karlshamn", "ISO 9001", "44 800", "Nils Ottosson"],
            ["Kyrkhult Verktyg AB", "Olofström", "AQAP 2110", "75 000", "Linda Persson"],
            ["Jämshög Svets AB", "Olofström", "ISO 9001, säkerhetsskydd", "60 000", "Goran Kovač"],
            ["Listerlandets Maskin AB", "Sölvesborg", "ISO 9001", "39 000", "Maja Holm"],
            ["Summa", "", "", "520 300", ""]]
    t3 = Table(comp, colWidths=[44 * mm, 24 * mm, 40 * mm, 22 * mm, 30 * mm], hAlign="LEFT",
               repeatRows=1)
    t3.setStyle(t_style([("ALIGN", (3, 0), (3, -1), "RIGHT"),
                         ("FONT", (0, -1), (-1, -1), "Sans-B", 8.6),
                         ("LINEABOVE", (0, -1), (-1, -1), 0.8, NAVY)]))
    s.append(KeepTogether([P("Tabell 3. Beviljat stöd i Leverantörslyftet, omgång 1 (beslut 20 maj 2026)",
                             R_CAP), t3]))
    s.append(P("3.4  Säkerhetsskyddsspåret", R_H2))
    s.append(P("Den första tvådagarskursen hölls 14–15 september 2026 i Karlskrona med 22 deltagare "
               "från 12 företag. Utbildare är Nordsäk Utbildning AB, som upphandlades i augusti. Nästa "
               "kurs hålls 9–10 november 2026 i Olofström. Kurserna är avgiftsfria för företagen.",
               R_BODY))

    s.append(PageBreak())
    s.append(P("4  Ekonomi", R_H1))
    s.append(P("Tabell 4 visar budget, utfall och prognos för 2026 i tusental kronor (tkr). "
               "Svetsspåret beräknas överskrida budgeten för 2026, främst på grund av hyran för "
               "provisoriska svetsboxar i Olofström och högre kostnader för stål och svetsgas. "
               "Överskridandet ryms inom projektets totala budget om Lärlingsbryggans lägre kostnader "
               "omfördelas; styrgruppen beslutar om omfördelningen den 3 december.", R_BODY))
    t4 = Table([["Delprojekt", "Budget 2026", "Utfall jan–sep", "Prognos helår", "Avvikelse"],
                ["Svetsspåret", "2 500", "1 640", "2 780", "(280)"],
                ["Lärlingsbryggan", "1 850", "1 012", "1 438", "412"],
                ["Leverantörslyftet", "1 200", "655", "1 150", "50"],
                ["Säkerhetsskyddsspåret", "400", "96", "390", "10"],
                ["Projektledning och utvärdering", "640", "455", "615", "25"],
                ["Summa", "6 590", "3 858", "6 373", "217"]],
               colWidths=[52 * mm, 26 * mm, 27 * mm, 27 * mm, 24 * mm], hAlign="LEFT")
    t4.setStyle(t_style([("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                         ("FONT", (0, -1), (-1, -1), "Sans-B", 8.6),
                         ("LINEABOVE", (0, -1), (-1, -1), 0.8, NAVY)]))
    s.append(KeepTogether([P("Tabell 4. Budget och prognos 2026, tkr", R_CAP), t4,
                           P("Avvikelse = budget minus prognos. Negativa belopp anges inom parentes "
                             "och betyder att prognosen är högre än budgeten.", R_NOTE)]))
    s.append(P("Efter ESF-rådets godkännande den 12 juni 2026 finansieras projektet enligt tabell 5. "
               "Region Blekinges del har ökat med 550 000 kronor jämfört med genomförandeplanen.",
               R_BODY))
    t5 = Table([["Finansiär", "Kronor", "Andel"],
                ["Europeiska socialfonden (ESF+)", "7 675 000", "50 %"],
                ["Region Blekinge", "3 550 000", "23 %"],
                ["Kommunerna", "1 500 000", "10 %"],
                ["Deltagande företag (privat medfinansiering)", "2 625 000", "17 %"],
                ["Summa", "15 350 000", "100 %"]],
               colWidths=[80 * mm, 30 * mm, 20 * mm], hAlign="LEFT")
    t5.setStyle(t_style([("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                         ("FONT", (0, -1), (-1, -1), "Sans-B", 8.6),
                         ("LINEABOVE", (0, -1), (-1, -1), 0.8, NAVY)]))
    s.append(KeepTogether([P("Tabell 5. Finansiering för hela projekttiden efter ändring, kronor",
                             R_CAP), t5]))
    s.append(PageBreak())
    s.append(P("5  Kommande aktiviteter", R_H1))
    for t in ["Kurs 2 i Säkerhetsskyddsspåret: 9–10 november 2026 i Olofström.",
              "Beslut om omgång 2 i Leverantörslyftet: senast 27 november 2026.",
              "Styrgruppsmöte: 3 december 2026 i Karlshamn (omfördelning av budget, projektledning "
              "från 2027).",
              "Lägesrapport 3 (oktober 2026–mars 2027): senast 30 april 2027."]:
        s.append(P("– " + t, st("li", fontName="Serif", fontSize=10.4, leading=14, leftIndent=10,
                                 firstLineIndent=-8)))
    s.append(Spacer(1, 6 * mm))
    s.append(P("Bilaga 1. Måluppfyllelse per 30 september 2026", R_H1))
    s.append(P("Målen gäller hela projekttiden (mars 2026–februari 2029) och är de mål som gäller efter "
               "styrgruppens beslut 19 mars 2026.", R_BODY))
    t6 = Table([["Mål", "Målvärde", "Utfall", "Kommentar"],
                ["Påbörjat Svetsspåret", "300", "94", "Omgång 1 pågår"],
                ["Fullföljt Svetsspåret med certifikat", "70 %", "–", "Första gruppen klar juni 2027"],
                ["Anställda lärlingar", "45", "26", "8 erbjudna fortsatt anställning"],
                ["Företag med stöd i Leverantörslyftet", "30", "9", "Omgång 2 beslutas i november"],
                ["Certifierade företag", "15", "2", "Tjurkö Marinteknik AB, Kallinge Hydraulik AB"],
                ["Deltagare i Säkerhetsskyddsspåret", "100", "22", "Kurs 2 i november"]],
               colWidths=[55 * mm, 20 * mm, 16 * mm, doc.width - 91 * mm], hAlign="LEFT")
    t6.setStyle(t_style([("ALIGN", (1, 0), (2, -1), "RIGHT")]))
    s.append(t6)
    doc.build(s)


def main():
    if len(sys.argv) != 2:
        raise SystemExit("usage: r178_make_files.py OUT_DIR")
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    make_plan(os.path.join(out, PLAN))
    make_onenote(os.path.join(out, ONENOTE))
    make_diff(os.path.join(out, DIFF))
    make_mdx(os.path.join(out, MDX))
    make_xls(os.path.join(out, XLS))
    make_report(os.path.join(out, REPORT))
    for n in sorted(os.listdir(out)):
        print(n, os.path.getsize(os.path.join(out, n)))


if __name__ == "__main__":
    main()
