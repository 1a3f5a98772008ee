"""Build a small knowledge base for a regional development unit (round 65).

Usage: python make_files.py OUT_DIR

Writes six files:
  Kompetensforsorjningsanalys_2025.pdf   two-column report (reportlab)
  Verksamhetsplan_2026.docx              numbered headings, goals table, budget table, activities
  Dialogmote_lansstyrelsen_2025-11-04.pdf landscape slides (8)
  Anteckningar_telefonmote_styrgrupp_2025-11-18.txt
  FAQ_projektmedel_2026.md
  projektexport_2025.csv                 project register
"""
import sys
from pathlib import Path

import numpy as np
import pandas as pd

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, NextPageTemplate,
                                PageBreak, PageTemplate, Paragraph, Spacer, Table, TableStyle)
from reportlab.graphics.shapes import Drawing, Rect, String, Line

import docx
from docx.shared import Pt

RNG = np.random.default_rng(65)
LAN = ["Västra Götalands län", "Gotlands län", "Värmlands län"]

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FONT_DIR + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FONT_DIR + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVI", FONT_DIR + "DejaVuSans-Oblique.ttf"))

BODY = ParagraphStyle("body", fontName="DV", fontSize=9, leading=12, spaceAfter=5)
SMALL = ParagraphStyle("small", fontName="DV", fontSize=7, leading=9)
CAP = ParagraphStyle("cap", fontName="DVI", fontSize=8, leading=10, spaceBefore=3, spaceAfter=8)
H1 = ParagraphStyle("h1", fontName="DVB", fontSize=13, leading=16, spaceBefore=6, spaceAfter=6)
H2 = ParagraphStyle("h2", fontName="DVB", fontSize=10.5, leading=13, spaceBefore=5, spaceAfter=4)
TITLE = ParagraphStyle("title", fontName="DVB", fontSize=26, leading=32, alignment=TA_CENTER)
SUB = ParagraphStyle("sub", fontName="DV", fontSize=13, leading=18, alignment=TA_CENTER)


# ---------------------------------------------------------------- statistics used in the report
def report_tables():
    """Förvärvsarbetande 20–64 år (nov) och andel eftergymnasial utbildning, per län."""
    base = {"Västra Götalands län": 862_000, "Gotlands län": 29_400, "Värmlands län": 131_500}
    growth = {"Västra Götalands län": 0.011, "Gotlands län": -0.006, "Värmlands län": 0.002}
    rows = []
    for lan in LAN:
        y23 = int(round(base[lan] * (1 + RNG.normal(0, 0.004)), -1))
        y24 = int(round(y23 * (1 + growth[lan] + RNG.normal(0, 0.002)), -1))
        rows.append({"Län": lan, "2023": y23, "2024": y24})
    t1 = pd.DataFrame(rows)
    rows = []
    for lan, lvl in zip(LAN, [48.0, 41.0, 42.5]):
        k = round(lvl + 6 + RNG.normal(0, 1.0), 1)
        m = round(lvl - 6 + RNG.normal(0, 1.0), 1)
        rows.append({"Län": lan, "Kvinnor": k, "Män": m})
    t2 = pd.DataFrame(rows)
    return t1, t2


def fmt_int(x):
    return f"{x:,}".replace(",", "\u00a0")


def fmt_dec(x):
    return f"{x:.1f}".replace(".", ",")


# ---------------------------------------------------------------- 1. PDF report, two columns
FOOTNOTES = {
    3: ["¹ Uppgifterna om förvärvsarbetande avser november respektive år och kommer från "
        "SCB:s statistik om befolkningens arbetsmarknadsstatus (BAS)."],
    5: ["² Bedömningen bygger på Arbetsförmedlingens yrkesprognoser hösten 2025 och en enkät "
        "till 412 arbetsgivare i de tre länen som genomfördes i september 2025."],
    6: ["³ Med flaskhals avses att en rekrytering avbrutits eller att arbetsgivaren anställt "
        "någon med lägre kompetens än den som efterfrågades."],
}


def bar_chart(values, labels, width=230, height=120, unit=""):
    d = Drawing(width, height)
    d.add(Line(25, 15, width - 5, 15, strokeColor=colors.black))
    n = len(values)
    bw = (width - 40) / n * 0.6
    vmax = max(values) * 1.15
    for i, (v, lab) in enumerate(zip(values, labels)):
        x = 30 + i * (width - 40) / n
        h = (height - 35) * v / vmax
        d.add(Rect(x, 15, bw, h, fillColor=colors.HexColor("#4a7bb7"), strokeColor=None))
        d.add(String(x, 17 + h, f"{v}{unit}", fontName="DV", fontSize=6))
        d.add(String(x, 5, lab, fontName="DV", fontSize=6))
    return d


def on_page(canvas, doc):
    page = doc.page
    canvas.saveState()
    canvas.setFont("DV", 7)
    if page > 1:
        canvas.drawString(2 * cm, A4[1] - 1.2 * cm, "Kompetensförsörjningsanalys 2025")
        canvas.drawRightString(A4[0] - 2 * cm, 1.0 * cm, f"Sida {page}")
    notes = FOOTNOTES.get(page, [])
    if notes:
        y = 3.4 * cm
        canvas.line(2 * cm, y + 0.3 * cm, 7 * cm, y + 0.3 * cm)
        for n in notes:
            p = Paragraph(n, SMALL)
            w, h = p.wrap(A4[0] - 4 * cm, 3 * cm)
            p.drawOn(canvas, 2 * cm, y - h + 0.1 * cm)
            y -= h + 2
    canvas.restoreState()


def table(data, widths, font=8, header_bg="#dde6f0"):
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), "DV"),
        ("FONTNAME", (0, 0), (-1, 0), "DVB"),
        ("FONTSIZE", (0, 0), (-1, -1), font),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(header_bg)),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return t


def make_report(path, t1, t2):
    W, H = A4
    doc = BaseDocTemplate(str(path), pagesize=A4, title="Kompetensförsörjningsanalys 2025",
                          author="Regionala utvecklingsenheten")
    full = Frame(2 * cm, 2 * cm, W - 4 * cm, H - 4 * cm, id="full")
    colw = (W - 4 * cm - 0.8 * cm) / 2
    left = Frame(2 * cm, 4 * cm, colw, H - 6 * cm, id="left")
    right = Frame(2 * cm + colw + 0.8 * cm, 4 * cm, colw, H - 6 * cm, id="right")
    doc.addPageTemplates([PageTemplate("one", [full], onPage=on_page),
                          PageTemplate("two", [left, right], onPage=on_page)])
    s = []
    # page 1 – title
    s += [Spacer(1, 5 * cm), Paragraph("Kompetensförsörjningsanalys 2025", TITLE), Spacer(1, 0.8 * cm),
          Paragraph("Västra Götalands, Gotlands och Värmlands län", SUB), Spacer(1, 0.5 * cm),
          Paragraph("Regionala utvecklingsenheten i samverkan med Kompetensrådet Väst", SUB),
          Spacer(1, 3 * cm),
          Paragraph("Projektledare: Helena Bergström, analytiker", SUB),
          Paragraph("Diarienummer RUE 2025/0412 · December 2025", SUB),
          PageBreak()]
    # page 2 – table of contents
    toc = [("1", "Sammanfattning", 3), ("2", "Arbetsmarknaden i de tre länen", 3),
           ("3", "Utbildningsnivå", 4), ("4", "Bristyrken 2025", 5),
           ("5", "Flaskhalsar och pendling", 6), ("6", "Prioriteringar inför 2026", 7),
           ("7", "Metod och källor", 8), ("", "Ordlista", 9)]
    s += [Paragraph("Innehåll", H1)]
    tt = Table([[a, b, str(c)] for a, b, c in toc], colWidths=[1 * cm, 12 * cm, 2 * cm])
    tt.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "DV"), ("FONTSIZE", (0, 0), (-1, -1), 10),
                            ("LINEBELOW", (0, 0), (-1, -1), 0.2, colors.lightgrey),
                            ("ALIGN", (2, 0), (2, -1), "RIGHT")]))
    s += [tt, NextPageTemplate("two"), PageBreak()]

    # page 3 – summary (boxed) + section 2 start
    box = Table([[Paragraph("<b>I korthet</b>", BODY)],
                 [Paragraph("• Efterfrågan på undersköterskor och sjuksköterskor är större än utbudet i alla "
                            "tre länen.", BODY)],
                 [Paragraph("• 41 yrken bedöms som bristyrken 2025, jämfört med 37 yrken 2024.", BODY)],
                 [Paragraph("• Antalet förvärvsarbetande ökade i Västra Götalands län men minskade i "
                            "Gotlands län.", BODY)],
                 [Paragraph("• Pensionsavgångarna fram till 2035 beräknas till 118 000 personer i de tre "
                            "länen tillsammans.", BODY)],
                 [Paragraph("• Validering av utländsk kompetens är den viktigaste enskilda åtgärden enligt "
                            "arbetsgivarna.", BODY)]],
                colWidths=[colw - 0.2 * cm])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, colors.HexColor("#2b4c7e")),
                             ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#eef3f9"))]))
    s += [Paragraph("1. Sammanfattning", H1),
          Paragraph("Analysen beskriver hur tillgången på arbetskraft och kompetens motsvarar "
                    "arbetsgivarnas behov i Västra Götalands, Gotlands och Värmlands län. Den är ett "
                    "underlag för den regionala utvecklingsstrategin (RUS) och för verksamhetsplanen "
                    "2026.", BODY), box, Spacer(1, 6),
          Paragraph("Läget är fortsatt ansträngt inom vård och omsorg, utbildning och teknik. Samtidigt "
                    "har arbetslösheten ökat något i industrin, vilket ger möjligheter till omställning "
                    "om utbildningsinsatserna riktas rätt.", BODY),
          FrameBreak(),
          Paragraph("2. Arbetsmarknaden i de tre länen", H1),
          Paragraph("Antalet förvärvsarbetande i åldern 20–64 år utvecklades olika i länen mellan 2023 "
                    "och 2024. Tillväxten var störst i Västra Götalands län, där framför allt "
                    "företagstjänster och vård växte. I Gotlands län minskade antalet något, främst "
                    "inom byggverksamhet.", BODY)]
    data = [["Län", "2023", "2024"]] + [[r["Län"], fmt_int(r["2023"]), fmt_int(r["2024"])]
                                        for _, r in t1.iterrows()]
    s += [Paragraph("Tabell 1. Förvärvsarbetande 20–64 år efter län, 2023 och 2024 (antal)¹", CAP),
          table(data, [3.6 * cm, 2 * cm, 2 * cm]),
          Spacer(1, 6),
          Paragraph("Värmlands län hade en i stort sett oförändrad nivå. Pendlingen över länsgränsen "
                    "till Norge har återhämtat sig efter pandemin.", BODY),
          PageBreak()]

    # page 4 – education
    s += [Paragraph("3. Utbildningsnivå", H1),
          Paragraph("Andelen av befolkningen 25–64 år med eftergymnasial utbildning är högre bland "
                    "kvinnor än bland män i alla tre länen. Skillnaden är störst i Gotlands län.", BODY)]
    data = [["Län", "Kvinnor", "Män"]] + [[r["Län"], fmt_dec(r["Kvinnor"]), fmt_dec(r["Män"])]
                                          for _, r in t2.iterrows()]
    s += [Paragraph("Tabell 2. Andel 25–64 år med eftergymnasial utbildning efter län och kön, 2024 "
                    "(procent)", CAP),
          table(data, [3.6 * cm, 2 * cm, 2 * cm]),
          Spacer(1, 8),
          Paragraph("Uppgifterna om förvärvsarbetande i tabell 1 avser november¹. Utbildningsnivån "
                    "mäts enligt SCB:s utbildningsregister.", BODY),
          FrameBreak(),
          bar_chart([int(x) for x in t2["Kvinnor"].round()], ["VG", "Gotland", "Värmland"], unit=" %"),
          Paragraph("Figur 1. Andel kvinnor 25–64 år med eftergymnasial utbildning per län 2024 "
                    "(procent, avrundat)", CAP),
          Paragraph("Utbildningsnivån påverkar matchningsgraden. I yrken med krav på högskoleutbildning "
                    "är matchningsgraden högre än i yrken där kraven är lägre.", BODY),
          PageBreak()]

    # page 5 – shortage occupations
    shortage = [
        ("Undersköterska", "Stor brist", "Västra Götalands län"),
        ("Undersköterska", "Stor brist", "Gotlands län"),
        ("Undersköterska", "Brist", "Värmlands län"),
        ("Grundutbildad sjuksköterska", "Stor brist", "Västra Götalands län"),
        ("Grundutbildad sjuksköterska", "Stor brist", "Värmlands län"),
        ("Förskollärare", "Stor brist", "Gotlands län"),
        ("Förskollärare", "Brist", "Västra Götalands län"),
        ("Lastbilsförare", "Brist", "Värmlands län"),
        ("Elektriker", "Stor brist", "Gotlands län"),
        ("Elektriker", "Brist", "Västra Götalands län"),
        ("Mjukvaruutvecklare", "Balans", "Västra Götalands län"),
        ("Kock", "Brist", "Gotlands län"),
        ("Skogsmaskinförare", "Stor brist", "Värmlands län"),
        ("Processoperatör, pappersindustri", "Balans", "Värmlands län"),
    ]
    s += [Paragraph("4. Bristyrken 2025", H1),
          Paragraph("Tabell 3 visar ett urval av yrken och hur rekryteringsläget bedöms i respektive län "
                    "på ett års sikt². Bedömningen görs i tre steg: stor brist, brist och balans.", BODY),
          Paragraph("Tabell 3. Bedömning av rekryteringsläget för ett urval yrken per län, 2025", CAP),
          table([["Yrke", "Bedömning", "Län"]] + [list(r) for r in shortage],
                [3.9 * cm, 1.6 * cm, 2.6 * cm], font=6.5),
          FrameBreak(),
          Paragraph("Bristen på undersköterskor och sjuksköterskor förklaras till stor del av stora "
                    "pensionsavgångar och en åldrande befolkning. På Gotland gör den lilla "
                    "arbetsmarknaden att även enstaka vakanser i till exempel elektrikeryrket blir svåra "
                    "att fylla.", BODY),
          Paragraph("I Värmlands län sticker skogsmaskinförare ut. Antalet utbildningsplatser har "
                    "minskat samtidigt som avverkningen har ökat.", BODY),
          PageBreak()]

    # page 6 – bottlenecks, commuting, figures 2 and 3
    s += [Paragraph("5. Flaskhalsar och pendling", H1),
          Paragraph("Arbetsgivarnas svar visar att flaskhalsar³ är vanligast i Värmlands län. Där "
                    "uppgav 58 procent av arbetsgivarna att de under det senaste året sökt personal "
                    "utan att hitta rätt kompetens.", BODY),
          bar_chart([7100, 7450, 7820, 8010, 8340], ["2020", "2021", "2022", "2023", "2024"]),
          Paragraph("Figur 2. Inpendling till Karlstads kommun 2020–2024 (antal personer)", CAP),
          FrameBreak(),
          bar_chart([44, 51, 58], ["VG", "Gotland", "Värmland"], unit=" %"),
          Paragraph("Figur 3. Andel arbetsgivare som rekryterat utan att hitta rätt kompetens, per län "
                    "2025 (procent)", CAP),
          Paragraph("Inpendlingen till Karlstad har ökat varje år sedan 2020. Pendlingen från Gotland "
                    "till fastlandet är liten, vilket gör länet mer beroende av den egna "
                    "utbildningsförsörjningen.", BODY),
          PageBreak()]

    # page 7 – priorities
    s += [Paragraph("6. Prioriteringar inför 2026", H1),
          Paragraph("Utifrån analysen föreslår Kompetensrådet Väst fyra prioriteringar för det "
                    "gemensamma arbetet under 2026:", BODY),
          Paragraph("1. Fler utbildningsplatser inom vård och omsorg, särskilt undersköterskor.", BODY),
          Paragraph("2. Snabbare validering av utländsk kompetens.", BODY),
          Paragraph("3. Yrkesutbildning för vuxna på Gotland genom distansupplägg.", BODY),
          Paragraph("4. Stärkt kompetensförsörjning i besöksnäringen.", BODY),
          FrameBreak(),
          Paragraph("Prioriteringarna har stämts av med länsstyrelserna och kommunernas "
                    "arbetsmarknadsenheter. De följs upp i verksamhetsplanen 2026 och redovisas för "
                    "regionala utvecklingsnämnden i juni 2026.", BODY),
          PageBreak()]

    # page 8 – method
    s += [Paragraph("7. Metod och källor", H1),
          Paragraph("Analysen bygger på registerstatistik från SCB, Arbetsförmedlingens "
                    "yrkesprognoser och en arbetsgivarenkät. Yrken redovisas enligt SSYK 2012 på "
                    "fyrsiffernivå.", BODY),
          Paragraph("Svarsfrekvensen i arbetsgivarenkäten var 63 procent. Resultaten har viktats "
                    "efter bransch och storlek.", BODY),
          FrameBreak(),
          Paragraph("Kontaktperson för analysen är Helena Bergström, Regionala utvecklingsenheten.", BODY),
          PageBreak()]

    # page 9 – glossary
    s += [Paragraph("Ordlista", H1),
          Paragraph("<b>BAS</b> – Befolkningens arbetsmarknadsstatus, SCB:s registerbaserade statistik "
                    "över sysselsättning.", BODY),
          Paragraph("<b>Bristyrke</b> – yrke där det finns färre lämpliga sökande än lediga jobb.", BODY),
          Paragraph("<b>Matchningsgrad</b> – andelen sysselsatta vars utbildning motsvarar de "
                    "utbildningskrav som yrket ställer.", BODY),
          FrameBreak(),
          Paragraph("<b>RUS</b> – Regional utvecklingsstrategi.", BODY),
          Paragraph("<b>SSYK</b> – Standard för svensk yrkesklassificering.", BODY),
          Paragraph("<b>Validering</b> – en strukturerad bedömning och erkännande av kunskaper och "
                    "kompetens som en person har, oavsett hur de förvärvats.", BODY),
          Paragraph("<b>YH</b> – Yrkeshögskolan.", BODY)]
    doc.build(s)


# ---------------------------------------------------------------- 2. DOCX plan
GOALS = [
    ("1. Fler vuxna i yrkesutbildning", "Antal påbörjade utbildningar inom regional yrkesvux",
     "2 400", "Utbildningsenheten (Sara Nyström)"),
    ("2. Kortare tid till validering", "Mediantid från ansökan till beslut om validering",
     "8 veckor", "Valideringscentrum Väst"),
    ("3. Fler utbildade i besöksnäringen på Gotland", "Antal deltagare i branschutbildning",
     "350", "Region Gotland, näringslivsenheten"),
    ("4. Starkare analysförmåga", "Antal publicerade analyser", "6", "Analysenheten (Omar Haddad)"),
    ("5. Jämställd fördelning av projektmedel",
     "Andel beviljade medel till projekt med kvinna som projektledare", "50 %", "Enheten för projektstöd"),
]
BUDGET = [("Kompetensförsörjning", 18_400, 21_200), ("Validering", 6_300, 7_900),
          ("Analys", 4_100, 4_350), ("Projektstöd", 32_000, 29_500), ("Administration", 3_200, 3_250)]


def make_plan(path):
    d = docx.Document()
    d.core_properties.title = "Verksamhetsplan 2026"
    d.add_heading("Verksamhetsplan 2026 – Regionala utvecklingsenheten", 0)
    d.add_heading("1. Inledning", 1)
    d.add_paragraph("Verksamhetsplanen gäller 1 januari–31 december 2026 och beslutades av regionala "
                    "utvecklingsnämnden den 9 december 2025. Den bygger på Kompetensförsörjningsanalys "
                    "2025 och den regionala utvecklingsstrategin.")
    d.add_heading("1.1 Uppdrag", 2)
    d.add_paragraph("Enheten ska stödja kompetensförsörjningen i Västra Götalands, Gotlands och "
                    "Värmlands län genom analys, validering och projektstöd.")
    d.add_heading("2. Mål och indikatorer", 1)
    d.add_paragraph("Tabellen visar enhetens mål för 2026, hur de mäts och vem som ansvarar.")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Mål", "Indikator", "Målvärde 2026", "Ansvarig"]):
        c.text = h
    for g in GOALS:
        cells = t.add_row().cells
        for c, v in zip(cells, g):
            c.text = v
    d.add_heading("3. Budget", 1)
    d.add_paragraph("Budgeten anges i tusentals kronor (tkr). Minskningen för projektstöd beror på att "
                    "EU-medlen i programperioden trappas ned.")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Verksamhetsområde", "Budget 2025 (tkr)", "Budget 2026 (tkr)"]):
        c.text = h
    for name, b25, b26 in BUDGET:
        cells = t.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = name, fmt_int(b25), fmt_int(b26)
    d.add_heading("4. Aktiviteter 2026", 1)
    acts = [
        "Utlysning av projektmedel öppnar 2 februari 2026 och stänger 31 mars 2026 – ansvarig: "
        "Enheten för projektstöd.",
        "Lansering av valideringsportalen 15 mars 2026 – ansvarig: Valideringscentrum Väst.",
        "Kompetensforum Värmland i Karlstad 22 april 2026 – ansvarig: Analysenheten.",
        "Halvårsuppföljning till nämnden 16 juni 2026 – ansvarig: Ekonomienheten.",
        "Branschdag för besöksnäringen i Visby 8 oktober 2026 – ansvarig: Region Gotland.",
        "Ny kompetensförsörjningsanalys publiceras 1 december 2026 – ansvarig: Analysenheten.",
    ]
    for a in acts:
        d.add_paragraph(a, style="List Number")
    d.add_heading("5. Uppföljning", 1)
    d.add_paragraph("Målen följs upp i delårsrapporten per den 31 augusti och i årsredovisningen. "
                    "Enhetschef Lars Öberg ansvarar för att uppföljningen sker.")
    d.save(str(path))


# ---------------------------------------------------------------- 3. slides
def make_slides(path):
    from reportlab.pdfgen import canvas as cv
    W, H = landscape(A4)
    c = cv.Canvas(str(path), pagesize=(W, H))
    c.setTitle("Dialogmöte med länsstyrelsen")

    def slide(title, bullets=None, n=None):
        c.setFillColor(colors.HexColor("#2b4c7e"))
        c.rect(0, H - 3 * cm, W, 3 * cm, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont("DVB", 28)
        c.drawString(2 * cm, H - 2 * cm, title)
        c.setFillColor(colors.black)
        y = H - 5 * cm
        for b in bullets or []:
            c.setFont("DV", 20)
            c.drawString(2.5 * cm, y, "• " + b)
            y -= 1.5 * cm
        c.setFont("DV", 10)
        c.drawRightString(W - 1.5 * cm, 1 * cm, f"{n} / 8")
        return y

    # 1 title
    c.setFillColor(colors.HexColor("#2b4c7e"))
    c.rect(0, 0, W, H, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont("DVB", 34)
    c.drawCentredString(W / 2, H - 6 * cm, "Dialogmöte med länsstyrelsen")
    c.setFont("DV", 20)
    c.drawCentredString(W / 2, H - 7.5 * cm, "Kompetensförsörjning i fokus")
    c.drawCentredString(W / 2, H - 9 * cm, "Karlstad, 4 november 2025")
    c.setFont("DV", 16)
    c.drawCentredString(W / 2, H - 12 * cm, "Karin Lindqvist, regionutvecklingsdirektör")
    c.drawCentredString(W / 2, H - 13 * cm, "Omar Haddad, analyschef")
    c.drawCentredString(W / 2, H - 14 * cm, "Per Sjöberg, Länsstyrelsen i Värmlands län")
    c.showPage()
    slide("Agenda", ["Läget på arbetsmarknaden", "Bristyrken", "Projektmedel 2026",
                     "Samverkan med länsstyrelsen", "Nästa steg"], 2)
    c.showPage()
    slide("Läget på arbetsmarknaden", ["Sysselsättningen ökar i Västra Götaland",
                                      "Gotland: minskning inom bygg",
                                      "Värmland: oförändrad nivå, ökad inpendling",
                                      "Industrin varslar – möjlighet till omställning"], 3)
    c.showPage()
    slide("Bristyrken – största utmaningarna", ["Undersköterskor och sjuksköterskor i alla län",
                                              "Skogsmaskinförare i Värmland",
                                              "Elektriker och förskollärare på Gotland",
                                              "41 bristyrken 2025 (37 år 2024)"], 4)
    c.showPage()
    y = slide("Projektmedel per län 2026", [], 5)
    t = Table([["Län", "Beviljat (mnkr)", "Antal projekt"],
               ["Västra Götalands län", "24,5", "14"],
               ["Gotlands län", "3,2", "4"],
               ["Värmlands län", "8,8", "7"]], colWidths=[8 * cm, 7 * cm, 6 * cm])
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "DV"), ("FONTSIZE", (0, 0), (-1, -1), 18),
                           ("LEADING", (0, 0), (-1, -1), 24),
                           ("FONTNAME", (0, 0), (-1, 0), "DVB"),
                           ("GRID", (0, 0), (-1, -1), 0.8, colors.grey)]))
    w, h = t.wrap(W, H)
    t.drawOn(c, 3 * cm, H - 5 * cm - h)
    c.showPage()
    slide("Samverkan med länsstyrelsen", ["Gemensam lägesbild två gånger per år",
                                         "Länsstyrelsen deltar i Kompetensrådet Väst",
                                         "Kontaktperson: Per Sjöberg"], 6)
    c.showPage()
    slide("Nästa steg", ["Gemensam workshop om validering 12 februari 2026",
                         "Återrapportering till länsstyrelsen senast 30 april 2026",
                         "Nytt dialogmöte hösten 2026"], 7)
    c.showPage()
    slide("Frågor och kontakt", ["Karin Lindqvist – karin.lindqvist@region.example.se",
                                 "Omar Haddad – omar.haddad@region.example.se"], 8)
    c.showPage()
    c.save()


# ---------------------------------------------------------------- 4. meeting notes
NOTES = """Anteckningar – telefonmöte styrgruppen för projektet Kompetenslyft Värmland
Datum: 2025-11-18, kl. 10:00–11:00 (telefon)
Närvarande: Anna Ek (ordförande), Jonas Berg (projektledare), Helena Bergström, Lina Karlsson (sekreterare)
Frånvarande: Mats Wikström

10:00 – Anna Ek öppnade mötet och dagordningen godkändes.
10:05 – Jonas Berg rapporterade att projektet har 214 deltagare. Målet är 250 deltagare till projektets slut.
10:15 – Anna Ek redogjorde för budgetläget: 3,1 miljoner kronor av totalt 4,6 miljoner kronor är förbrukade.
10:25 – Helena Bergström presenterade resultat från Kompetensförsörjningsanalys 2025 som rör Värmland, bland annat bristen på skogsmaskinförare.
10:35 – Diskussion om förlängning av projektet. Flera deltagare har inte hunnit slutföra sina utbildningar.
   Beslut: styrgruppen beslutade att ansöka om förlängning av projektet till den 30 juni 2027.
10:45 – Jonas Berg informerade om milstolpar: delrapport lämnas senast 15 januari 2026 och slutkonferens planeras till maj 2027.
10:50 – Övrigt: Lina Karlsson tar fram en kommunikationsplan till nästa möte.
10:55 – Nästa möte: 20 januari 2026 kl. 13:00, Teams.
11:00 – Mötet avslutades.

Vid protokollet: Lina Karlsson
"""

# ---------------------------------------------------------------- 5. FAQ
FAQ = """# Vanliga frågor om att söka projektmedel 2026

Här svarar Enheten för projektstöd på de vanligaste frågorna om utlysningen av regionala
projektmedel för kompetensförsörjning 2026.

### Vem kan söka?
Kommuner, regioner, lärosäten, ideella föreningar och företag med färre än 50 anställda i
Västra Götalands, Gotlands eller Värmlands län.

### Kan en förening söka?
Ja. En ideell förening kan söka om den har varit registrerad i minst ett år och har ett
organisationsnummer. En förening kan beviljas högst 500 000 kronor per projekt.

### Hur mycket kan man söka?
Minst 100 000 kronor och högst 3 miljoner kronor per projekt. Stödet får utgöra högst
70 procent av de stödberättigande kostnaderna; resten är medfinansiering.

### När kan man söka?
Utlysningen är öppen från 2 februari till 31 mars 2026. Beslut meddelas senast 15 juni 2026.

### Hur länge får ett projekt pågå?
Högst 36 månader. Projektet ska starta senast 1 oktober 2026.

### Kan man söka i efterhand för ett projekt som redan har startat?
Nej. Kostnader som uppstått före ansökningsdagen ersätts inte.

### Hur betalas pengarna ut?
I efterskott mot lägesrapport, två gånger per år. Förskott på högst 25 procent av beviljat
belopp kan betalas ut till ideella föreningar.

### Vem kontaktar jag?
Maria Holm, handläggare vid Enheten för projektstöd, telefon 010-123 45 67.
"""


# ---------------------------------------------------------------- 6. CSV export
PROJECTS = ["Vårdlyftet Fyrbodal", "Validera mera", "Skogens kompetens", "Gotlandsbron till jobb",
            "Digital omställning industri", "Språkstöd i vården", "Besöksnäring året runt",
            "Elektrikerakademin", "Kompetenslyft Värmland", "Framtidens förskola", "Grön omställning Väst",
            "Lärlingsspåret", "Yrkesvux på distans", "Matchning 2.0", "Unga in i industrin",
            "Kockskolan Visby", "Lastbilsförare Klarälvdalen", "Omställning Trollhättan",
            "Mentorskap för nyanlända", "Processoperatörer i tiden", "AI i offentlig sektor",
            "Kompetenscentrum Borås", "Vård på landsbygden", "Hållbart byggande Gotland",
            "Arbetsgivarringen Arvika", "Textil och design", "Jobbsprånget Göteborg",
            "Rekrytering i glesbygd", "Tekniksprånget Karlstad", "Sommarjobb som bro"]
OWNERS = ["Västra Götalandsregionen", "Region Gotland", "Region Värmland", "Göteborgs Stad",
          "Karlstads kommun", "Högskolan Väst", "Karlstads universitet", "Studieförbundet Vuxenskolan",
          "Företagarna Gotland", "Arvika kommun"]
OWNER_LAN = {"Västra Götalandsregionen": 0, "Region Gotland": 1, "Region Värmland": 2,
             "Göteborgs Stad": 0, "Karlstads kommun": 2, "Högskolan Väst": 0,
             "Karlstads universitet": 2, "Studieförbundet Vuxenskolan": None,
             "Företagarna Gotland": 1, "Arvika kommun": 2}


def make_csv(path):
    rows = []
    for name in PROJECTS:
        owner = OWNERS[int(RNG.integers(0, len(OWNERS)))]
        li = OWNER_LAN[owner]
        if li is None:
            li = int(RNG.choice(3, p=[0.5, 0.2, 0.3]))
        # a few hand-fixes so names fit the county
        if "Gotland" in name or "Visby" in name:
            li, owner = 1, ("Region Gotland" if owner not in ("Företagarna Gotland",) else owner)
        if any(k in name for k in ("Värmland", "Karlstad", "Arvika", "Klarälvdalen")):
            li = 2
            if OWNER_LAN[owner] not in (2, None):
                owner = "Region Värmland"
        if any(k in name for k in ("Göteborg", "Borås", "Trollhättan", "Fyrbodal", "Väst")):
            li = 0
            if OWNER_LAN[owner] not in (0, None):
                owner = "Västra Götalandsregionen"
        budget = int(round(RNG.uniform(300_000, 4_500_000), -3))
        status = str(RNG.choice(["Pågående", "Avslutad", "Planerad"], p=[0.5, 0.3, 0.2]))
        start = int(RNG.choice([2022, 2023, 2024, 2025])) if status != "Planerad" else 2026
        rows.append({"projektnamn": name, "projektägare": owner, "län": LAN[li],
                     "budget_kr": budget, "status": status, "startår": start})
    df = pd.DataFrame(rows)
    # the project in the meeting notes is running (extension being applied for)
    df.loc[df.projektnamn == "Kompetenslyft Värmland", ["status", "startår"]] = ["Pågående", 2024]
    df.to_csv(path, index=False, sep=";", encoding="utf-8")
    return df


def main():
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    t1, t2 = report_tables()
    make_report(out / "Kompetensforsorjningsanalys_2025.pdf", t1, t2)
    make_plan(out / "Verksamhetsplan_2026.docx")
    make_slides(out / "Dialogmote_lansstyrelsen_2025-11-04.pdf")
    (out / "Anteckningar_telefonmote_styrgrupp_2025-11-18.txt").write_text(NOTES, encoding="utf-8")
    (out / "FAQ_projektmedel_2026.md").write_text(FAQ, encoding="utf-8")
    make_csv(out / "projektexport_2025.csv")
    print("wrote", sorted(p.name for p in out.iterdir()))


if __name__ == "__main__":
    main()
