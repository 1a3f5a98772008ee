"""Round 83: writes six realistic Swedish public-sector files (Sörmland, Gotland, Kronoberg).

Usage: python r83_make_files.py OUT_DIR
"""
import os
import random
import sys

import pandas as pd
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas
from reportlab.platypus import Table, TableStyle

SEED = 83
random.seed(SEED)

# --------------------------------------------------------------------------------------------
# 1. Verksamhetsberättelse 2024 – Region Sörmland (PDF)
# --------------------------------------------------------------------------------------------

FOREWORD = [
    "År 2024 blev ett år då Sörmland visade både styrka och sårbarhet. Befolkningen fortsatte att "
    "växa, flera stora etableringar i Eskilstuna och Katrineholm skapade nya arbetstillfällen och "
    "antalet beviljade utvecklingsprojekt var det högsta sedan regionbildningen. Samtidigt steg "
    "arbetslösheten under hösten och många små företag pressades av höga räntor och en svag "
    "efterfrågan.",
    "Avdelningen för regional utveckling har under året arbetat efter Sörmlandsstrategin 2030 och "
    "de tre prioriteringar som regionala utvecklingsnämnden fastställde i januari: grön omställning "
    "av näringslivet, kompetensförsörjning och en sammanhållen region med goda kommunikationer. Vi "
    "har beviljat 38 projekt med sammanlagt 47,9 miljoner kronor i projektmedel och har lyckats "
    "växla upp de regionala medlen med betydande finansiering från EU:s fonder.",
    "Jag vill rikta ett varmt tack till alla medarbetare och till våra samarbetspartner i "
    "kommunerna, i näringslivet, hos lärosätena och i civilsamhället. Utan ert engagemang hade "
    "årets resultat inte varit möjliga.",
]

SEC1 = [
    ("h1", "1 Uppdrag och organisation"),
    ("h2", "1.1 Uppdrag"),
    ("p", "Region Sörmland har enligt lagen (2010:630) om regionalt utvecklingsansvar i vissa län "
          "ansvaret för att utarbeta och fastställa en strategi för länets utveckling, samordna "
          "insatser för genomförandet av strategin och besluta om användningen av vissa statliga "
          "medel för regionalt tillväxtarbete. Avdelningen för regional utveckling bereder dessa "
          "frågor åt regionala utvecklingsnämnden. Nämnden leds av ordföranden Anders Wikström (S) "
          "och sammanträdde tio gånger under 2024."),
    ("h2", "1.2 Organisation"),
    ("p", "Avdelningen är organiserad i tre enheter: Enheten för näringsliv och innovation, "
          "Enheten för kompetensförsörjning och analys samt Enheten för infrastruktur och "
          "samhällsplanering. Vid årets slut hade avdelningen 49 årsarbetare, varav 31 kvinnor och "
          "18 män. Avdelningens kontor finns i Nyköping och Eskilstuna."),
    ("h1", "2 Året i korthet"),
    ("h2", "2.1 Viktiga händelser och resultat"),
    ("p", "Bland årets viktigaste resultat märks:"),
    ("bullets", [
        "Uppföljningsrapporten för Sörmlandsstrategin 2030 antogs av regionala "
        "utvecklingsnämnden den 13 mars 2024.",
        "Kompetenslyft Sörmland startade i april och hade vid årets slut 640 deltagare från "
        "112 arbetsplatser.",
        "Innovationsprogrammet Sörmland Tech Boost tog in 14 nya företag, varav sex inom "
        "cirkulär tillverkning.",
        "Regionfullmäktige antog ett nytt regionalt trafikförsörjningsprogram den 24 september "
        "2024.",
        "Andelen hushåll med tillgång till bredband om minst 1 Gbit/s ökade till 92,4 procent.",
        "Avdelningen beviljade 38 projekt, sju fler än 2023.",
    ]),
    ("h2", "2.2 Utmaningar"),
    ("p", "Den svaga konjunkturen märktes tydligt i länet. Arbetslösheten steg till 9,9 procent i "
          "december och är fortsatt bland de högsta i landet. Varslen var särskilt många inom "
          "tillverkningsindustrin i Eskilstuna och inom byggsektorn. Avdelningen har därför, i "
          "samarbete med Arbetsförmedlingen och länets kommuner, prioriterat insatser för "
          "omställning och validering. En annan utmaning är att andelen unga som varken arbetar "
          "eller studerar ligger kvar på en hög nivå, särskilt i Flen och Vingåker."),
]

KEY_FIGURES = [
    ["Nyckeltal", "2023", "2024", "Förändring"],
    ["Beviljade projekt (1:1-medel), antal", "31", "38", "+7"],
    ["Beviljade projektmedel, mnkr³", "42,6", "47,9", "+5,3"],
    ["Medfinansiering från EU (ERUF, ESF+), mnkr", "18,2", "24,5", "+6,3"],
    ["Företag som fått företagsstöd, antal", "112", "97", "-15"],
    ["Nya arbetstillfällen (prognos), antal", "164", "203", "+39"],
    ["Befolkning 31 december¹", "301 234", "302 716", "+1 482"],
    ["Invånare 25–64 år med eftergymnasial utbildning, %", "35,1", "35,8", "+0,7 p.e."],
    ["Arbetslöshet 16–64 år, %²", "9,4", "9,9", "+0,5 p.e."],
    ["Hushåll med minst 1 Gbit/s, %", "90,1", "92,4", "+2,3 p.e."],
    ["Medarbetare, årsarbetare", "46", "49", "+3"],
]

FOOTNOTES_P3 = [
    "¹ Källa: SCB, befolkningsstatistik. Uppgiften för 2024 är preliminär.",
    "² Öppet arbetslösa och sökande i program med aktivitetsstöd som andel av den registerbaserade "
    "arbetskraften, december respektive år. Källa: Arbetsförmedlingen.",
    "³ Avser beslut fattade under året, inklusive medel som betalas ut under kommande år.",
]

SEC3 = [
    ("h1", "3 Nyckeltal"),
    ("p", "Tabellen nedan sammanfattar utvecklingen för avdelningens viktigaste nyckeltal. "
          "Uppgifterna för 2023 har i vissa fall justerats jämfört med förra årets "
          "verksamhetsberättelse, eftersom slutliga siffror från SCB och Tillväxtverket har "
          "tillkommit."),
    ("table", KEY_FIGURES),
    ("p", "Antalet företag som fått företagsstöd minskade jämfört med 2023. Minskningen förklaras "
          "främst av att det statliga anslaget för företagsstöd var lägre och att fler ansökningar "
          "avsåg större investeringar. Antalet nya arbetstillfällen enligt företagens egna "
          "prognoser ökade däremot till 203, vilket är det högsta värdet under den senaste "
          "femårsperioden."),
    ("p", "Andelen invånare med eftergymnasial utbildning ökar långsamt men ligger fortfarande "
          "under riksgenomsnittet. Det är ett av skälen till att kompetensförsörjning är en av "
          "nämndens tre prioriteringar."),
]

COL_LEFT = [
    ("h1", "4 Verksamhetsområden"),
    ("h2", "4.1 Näringsliv och innovation"),
    ("p", "Under året fördelades 18,4 miljoner kronor i företagsstöd, främst som "
          "investeringsstöd och konsultcheckar. Sörmland Tech Boost drivs tillsammans med "
          "Mälardalens universitet och Munktell Science Park och fokuserar på cirkulär "
          "tillverkning och industriell digitalisering. Av de 14 företag som antogs 2024 har fyra "
          "redan tagit in externt riskkapital."),
    ("p", "Regionen deltog i Tillväxtverkets nationella satsning på smart specialisering (S3) och "
          "uppdaterade länets specialiseringsområden: avancerad tillverkning, logistik och "
          "livsmedel."),
    ("h2", "4.2 Kompetensförsörjning"),
    ("p", "Kompetenslyft Sörmland finansieras av ESF+ och regionen och erbjuder korta "
          "utbildningar för anställda i små och medelstora företag. Under 2024 genomfördes "
          "46 utbildningsomgångar. Regionen samordnar också det regionala yrkesvuxsamarbetet, "
          "där samtliga nio kommuner deltar."),
    ("p", "Arbetet med validering förstärktes genom att två nya valideringscentrum öppnade i "
          "Katrineholm och Oxelösund i oktober."),
]

COL_RIGHT = [
    ("h2", "4.3 Infrastruktur och kollektivtrafik"),
    ("p", "Regionfullmäktige antog den 24 september 2024 ett nytt regionalt "
          "trafikförsörjningsprogram för perioden 2025–2030. Programmet innebär bland annat tätare "
          "turer i stråket Nyköping–Katrineholm–Eskilstuna och att all upphandlad busstrafik ska "
          "köras på förnybara drivmedel senast 2027."),
    ("p", "Byggandet av Ostlänken fortsatte och avdelningen har drivit frågan om en station i "
          "Vagnhärad tillsammans med Trosa kommun. Länstransportplanen för 2022–2033 omfattar "
          "totalt 1 146 miljoner kronor, varav 84 miljoner kronor användes under 2024."),
    ("h2", "4.4 Kultur och civilsamhälle"),
    ("p", "Kulturstöd om sammanlagt 6,2 miljoner kronor fördelades till 57 föreningar och "
          "arrangörer. Satsningen Kultur i hela Sörmland nådde 21 000 besökare, varav en tredjedel "
          "barn och unga."),
    ("p", "Civilsamhällets roll i integrationsarbetet stärktes genom en ny överenskommelse om "
          "idéburet offentligt partnerskap (IOP) med Sörmlands idrottsförbund och Studieförbundet "
          "Vuxenskolan."),
]

SEC5 = [
    ("h1", "5 Ekonomi"),
    ("h2", "5.1 Resultat"),
    ("p", "Avdelningens kostnader uppgick till 68,4 miljoner kronor och intäkterna till 21,7 "
          "miljoner kronor. Nettokostnaden blev därmed 46,7 miljoner kronor, vilket är 1,3 "
          "miljoner kronor lägre än budget. Överskottet beror främst på vakanser under våren och "
          "på att två projekt startade senare än planerat."),
    ("h2", "5.2 Projektmedel och medfinansiering"),
    ("p", "Under året beviljades 47,9 miljoner kronor i regionala projektmedel (1:1-medel) till "
          "38 projekt. Den största enskilda beviljningen, 4,8 miljoner kronor, gick till projektet "
          "Gröna Mälardalsstråket, som drivs av Eskilstuna Energi och Miljö. Genom att "
          "kombinera regionala medel med ERUF och ESF+ tillfördes länet ytterligare 24,5 miljoner "
          "kronor från EU. Varje krona i regionala projektmedel växlades därmed upp med i genomsnitt "
          "0,51 kronor i EU-medel."),
    ("p", "Fördelningen mellan prioriteringarna var 41 procent till grön omställning av "
          "näringslivet, 35 procent till kompetensförsörjning och 24 procent till en sammanhållen "
          "region. Avdelningen har under året också infört en ny rutin för uppföljning av "
          "projekt, där varje projekt får ett uppföljningsmöte efter sex månader."),
    ("h2", "5.3 Särskilda satsningar"),
    ("p", "Utöver de ordinarie projektmedlen har nämnden fattat beslut om några särskilda "
          "satsningar. I maj beviljades 1,2 miljoner kronor till en förstudie om ett regionalt "
          "testbädd för batteriåtervinning i Oxelösund. I augusti förlängdes stödet till "
          "Sörmlands besöksnäringsråd med ett år. Regionala utvecklingsnämnden beslutade den 12 "
          "november 2024 att avsätta 3,5 miljoner kronor under perioden 2025–2026 till en "
          "gemensam satsning på vätgasinfrastruktur längs E20, i samverkan med Region Örebro län "
          "och Region Västmanland. Satsningen ska bland annat finansiera planering av tre "
          "tankstationer för tunga fordon."),
]

SEC6 = [
    ("h1", "6 Framåtblick 2025"),
    ("p", "Inför 2025 ligger fokus på att genomföra trafikförsörjningsprogrammet, att fortsätta "
          "arbetet med omställning och validering och att förbereda revideringen av "
          "Sörmlandsstrategin, som ska vara klar 2026. Nämnden har också gett avdelningen i "
          "uppdrag att ta fram en regional handlingsplan för elektrifiering av transporter."),
    ("p", "Budgeten för 2025 uppgår till 49,5 miljoner kronor netto. Avdelningen räknar med att "
          "antalet beviljade projekt blir något lägre än 2024, eftersom en större del av medlen "
          "är intecknade i fleråriga beslut."),
    ("h2", "Kontakt"),
    ("p", "Avdelningen för regional utveckling, Region Sörmland, 611 88 Nyköping. "
          "Telefon 0155-24 50 00. Diarienummer för verksamhetsberättelsen: RUN 2025/47."),
]


class ReportPDF:
    W, H = A4
    LM, RM, TM, BM = 25 * mm, 25 * mm, 28 * mm, 24 * mm

    def __init__(self, path, total_pages):
        self.c = canvas.Canvas(path, pagesize=A4)
        self.c.setTitle("Verksamhetsberättelse 2024 – Avdelningen för regional utveckling")
        self.c.setAuthor("Region Sörmland")
        self.total = total_pages
        self.page = 0
        self.footnotes = []
        self.x0 = self.LM
        self.width = self.W - self.LM - self.RM
        self._start_page()

    # --- page furniture
    def _start_page(self):
        self.page += 1
        self.y = self.H - self.TM
        self.bottom = self.BM + 6 * mm
        if self.page > 1:
            c = self.c
            c.setFont("Helvetica", 8)
            c.setFillColor(colors.HexColor("#555555"))
            c.drawString(self.LM, self.H - 15 * mm, "Region Sörmland  |  Verksamhetsberättelse 2024")
            c.drawRightString(self.W - self.RM, self.H - 15 * mm,
                              "Avdelningen för regional utveckling")
            c.setStrokeColor(colors.HexColor("#2E6B4F"))
            c.setLineWidth(0.6)
            c.line(self.LM, self.H - 17 * mm, self.W - self.RM, self.H - 17 * mm)
            c.setFillColor(colors.black)

    def set_footnotes(self, notes):
        self.footnotes = notes
        h = 0
        for n in notes:
            h += len(simpleSplit(n, "Helvetica", 7.5, self.width)) * 9.5
        self.bottom = self.BM + 6 * mm + h + 6

    def _finish_page(self):
        c = self.c
        if self.footnotes:
            y = self.BM + 6 * mm
            lines = []
            for n in self.footnotes:
                lines += simpleSplit(n, "Helvetica", 7.5, self.width)
            ytop = y + len(lines) * 9.5
            c.setLineWidth(0.4)
            c.setStrokeColor(colors.black)
            c.line(self.LM, ytop + 2, self.LM + 50 * mm, ytop + 2)
            c.setFont("Helvetica", 7.5)
            yy = ytop - 8
            for ln in lines:
                c.drawString(self.LM, yy, ln)
                yy -= 9.5
            self.footnotes = []
        c.setFont("Helvetica", 8)
        c.drawCentredString(self.W / 2, 12 * mm, f"Sida {self.page} av {self.total}")
        c.showPage()

    def new_page(self):
        self._finish_page()
        self._start_page()

    def close(self):
        self._finish_page()
        self.c.save()
        return self.page

    # --- flowing content in a column
    def _ensure(self, h):
        if self.y - h < self.bottom:
            self.new_page()

    def heading(self, text, level):
        size = 14 if level == 1 else 11.5
        before = 10 if level == 1 else 6
        self._ensure(before + size + 30)
        self.y -= before + size
        self.c.setFont("Helvetica-Bold", size)
        self.c.setFillColor(colors.HexColor("#1F4E3D") if level == 1 else colors.black)
        self.c.drawString(self.x0, self.y, text)
        self.c.setFillColor(colors.black)
        self.y -= 6

    def para(self, text, size=10, leading=14, indent=0, first_prefix=None, font="Helvetica"):
        lines = simpleSplit(text, font, size, self.width - indent)
        for i, ln in enumerate(lines):
            if self.y - leading < self.bottom:
                self.new_page()
            self.y -= leading
            self.c.setFont(font, size)
            if i == 0 and first_prefix:
                self.c.drawString(self.x0 + indent - 10, self.y, first_prefix)
            self.c.drawString(self.x0 + indent, self.y, ln)
        self.y -= 5

    def bullets(self, items):
        for it in items:
            self.para(it, indent=14, first_prefix="•")
            self.y += 2

    def table(self, data):
        cw = [self.width * 0.52, self.width * 0.15, self.width * 0.15, self.width * 0.18]
        t = Table(data, colWidths=cw)
        t.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
            ("FONT", (0, 1), (-1, -1), "Helvetica", 9),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCEBE3")),
            ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor("#1F4E3D")),
            ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.HexColor("#1F4E3D")),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F4F8F6")]),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]))
        _, h = t.wrapOn(self.c, self.width, self.H)
        self._ensure(h + 8)
        self.y -= h + 4
        t.drawOn(self.c, self.x0, self.y)
        self.y -= 10

    def blocks(self, blocks):
        for kind, val in blocks:
            if kind == "h1":
                self.heading(val, 1)
            elif kind == "h2":
                self.heading(val, 2)
            elif kind == "p":
                self.para(val)
            elif kind == "bullets":
                self.bullets(val)
            elif kind == "table":
                self.table(val)
            elif kind == "spacer":
                self.y -= val

    def two_columns(self, left, right, gap=8 * mm):
        colw = (self.W - self.LM - self.RM - gap) / 2
        top = self.y
        self.x0, self.width = self.LM, colw
        self.blocks(left)
        page_after_left = self.page
        self.x0, self.width = self.LM + colw + gap, colw
        self.y = top
        self.blocks(right)
        assert self.page == page_after_left, "two-column content overflowed"
        self.c.setStrokeColor(colors.HexColor("#BBBBBB"))
        self.c.setLineWidth(0.4)
        self.c.line(self.LM + colw + gap / 2, top - 4, self.LM + colw + gap / 2, self.bottom)
        self.x0, self.width = self.LM, self.W - self.LM - self.RM


CHART_H = 116 * mm


def bar_chart(d, h):
    """Diagram 1: beviljade projektmedel per prioritering (drawn as a simple bar chart)."""
    c = d.c
    d._ensure(h)
    top = d.y - 4
    base = top - h + 22
    c.setFont("Helvetica-Bold", 9)
    c.drawString(d.LM, top - 10, "Diagram 1. Beviljade projektmedel per prioritering 2024, mnkr")
    vals = [("Grön omställning", 19.6), ("Kompetensförsörjning", 16.8),
            ("Sammanhållen region", 11.5)]
    maxh = h - 50
    bw = 32 * mm
    for i, (lab, v) in enumerate(vals):
        x = d.LM + 18 * mm + i * (bw + 16 * mm)
        bh = maxh * v / 20.0
        c.setFillColor(colors.HexColor(["#1F4E3D", "#4F8F6F", "#9CC7B0"][i]))
        c.rect(x, base, bw, bh, fill=1, stroke=0)
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 9)
        c.drawCentredString(x + bw / 2, base + bh + 3, f"{v:.1f}".replace(".", ","))
        c.drawCentredString(x + bw / 2, base - 11, lab)
    c.setStrokeColor(colors.black)
    c.setLineWidth(0.5)
    c.line(d.LM + 10 * mm, base, d.W - d.RM - 10 * mm, base)
    c.setFont("Helvetica-Oblique", 8)
    c.drawString(d.LM, base - 22, "Källa: Region Sörmland, ärendehanteringssystemet.")
    d.y = top - h - 6


def build_report(path, total):
    d = ReportPDF(path, total)
    c = d.c
    # cover block + foreword on page 1
    c.setFillColor(colors.HexColor("#1F4E3D"))
    c.rect(0, d.H - 62 * mm, d.W, 62 * mm, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 26)
    c.drawString(d.LM, d.H - 30 * mm, "Verksamhetsberättelse 2024")
    c.setFont("Helvetica", 14)
    c.drawString(d.LM, d.H - 40 * mm, "Avdelningen för regional utveckling")
    c.setFont("Helvetica", 11)
    c.drawString(d.LM, d.H - 48 * mm, "Region Sörmland  ·  Diarienummer RUN 2025/47")
    c.setFillColor(colors.black)
    d.y = d.H - 75 * mm
    d.heading("Förord", 1)
    for p in FOREWORD:
        d.para(p)
    d.y -= 8
    d.para("Nyköping den 14 februari 2025")
    d.y -= 14
    d.para("Karin Lövgren", font="Helvetica-Bold")
    d.y += 4
    d.para("Regional utvecklingsdirektör, Region Sörmland")
    d.new_page()
    d.blocks(SEC1)
    d.new_page()
    d.set_footnotes(FOOTNOTES_P3)
    d.blocks(SEC3)
    d.new_page()
    d.two_columns(COL_LEFT, COL_RIGHT)
    d.new_page()
    d.blocks(SEC5[:5])  # 5 Ekonomi, 5.1, 5.2 first paragraph
    bar_chart(d, CHART_H)
    d.blocks(SEC5[5:])
    d.blocks(SEC6)
    return d.close()


def make_report(path):
    pages = build_report(path, 6)
    if pages != 6:
        build_report(path, pages)


# --------------------------------------------------------------------------------------------
# 2. Beslut om regional projektfinansiering – Region Gotland (DOCX)
# --------------------------------------------------------------------------------------------

BUDGET = [
    ("Personal", 2_380_000),
    ("Externa tjänster", 1_120_000),
    ("Resor", 145_000),
    ("Lokaler och utrustning", 310_000),
    ("Övriga kostnader", 235_000),
    ("Indirekta kostnader (schablon 15 % av personalkostnaderna)", 357_000),
]


def kr(n):
    return f"{n:,}".replace(",", " ")


def make_decision(path):
    diarie = f"RS 2024/{random.randint(1000, 1999)}"  # seeded: stable across runs
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Region Gotland  |  Regionstyrelseförvaltningen  |  " \
                                    "Avdelningen för regional utveckling"
    sec.footer.paragraphs[0].text = f"Region Gotland, 621 81 Visby  ·  Diarienummer {diarie}"

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run(f"Beslut\nDatum: 2024-10-08\nDiarienummer: {diarie}")

    doc.add_heading("Beslut om regional projektfinansiering", level=0)
    doc.add_paragraph("Sökande: Föreningen Gotlands Energiallians, org.nr 802536-4417\n"
                      "Projekt: Grön omställning i gotländska småföretag (GOGS)\n"
                      "Ärende: Ansökan om regionala projektmedel (1:1-medel) inkommen 2024-06-27")

    doc.add_heading("Beslut", level=1)
    doc.add_paragraph(
        "Region Gotland beviljar Föreningen Gotlands Energiallians stöd med högst 2 273 500 kronor "
        "för projektet Grön omställning i gotländska småföretag (GOGS). Stödet motsvarar högst 50 "
        "procent av de stödberättigande kostnaderna och finansieras med anslaget 1:1 Regionala "
        "tillväxtåtgärder. Beslutet fattas med stöd av förordningen (2003:596) om bidrag för "
        "projektverksamhet inom den regionala tillväxtpolitiken.")
    doc.add_paragraph("Projektperiod: 2024-11-01 – 2027-10-31. Kostnader som uppkommer före eller "
                      "efter projektperioden är inte stödberättigande.")

    doc.add_heading("Bakgrund", level=1)
    doc.add_paragraph(
        "Föreningen Gotlands Energiallians samlar ett fyrtiotal företag, Region Gotland och "
        "Uppsala universitet Campus Gotland kring omställningen till förnybar energi. Projektet "
        "ska hjälpa små företag på Gotland att minska sin energianvändning och sina utsläpp genom "
        "energikartläggningar, rådgivning och gemensamma upphandlingar av solel och laddinfrastruktur.")
    doc.add_heading("Projektets mål", level=2)
    for t in ["Minst 40 småföretag ska genomföra en energikartläggning under projektperioden.",
              "De deltagande företagens energianvändning ska minska med 15 procent till 2027.",
              "Tre gemensamma upphandlingar av solcellsanläggningar ska genomföras."]:
        doc.add_paragraph(t, style="List Bullet")

    doc.add_heading("Budget och finansiering", level=1)
    doc.add_paragraph("Projektets godkända kostnadsbudget framgår av tabellen nedan.")
    tbl = doc.add_table(rows=1, cols=2)
    tbl.style = "Table Grid"
    tbl.rows[0].cells[0].text = "Kostnadsslag"
    tbl.rows[0].cells[1].text = "Belopp (kr)"
    for name, amount in BUDGET:
        r = tbl.add_row().cells
        r[0].text = name
        r[1].text = kr(amount)
    r = tbl.add_row().cells
    r[0].text = "Summa kostnader"
    r[1].text = kr(sum(a for _, a in BUDGET))
    total = sum(a for _, a in BUDGET)
    assert total == 4_547_000
    doc.add_paragraph("")
    doc.add_paragraph(
        "Finansiering: Region Gotland (1:1-medel) 2 273 500 kr, Energimyndigheten 1 000 000 kr och "
        "sökandens egen insats 1 273 500 kr, sammanlagt 4 547 000 kr.")

    doc.add_heading("Motivering", level=1)
    doc.add_paragraph(
        "Projektet bedöms bidra till målen i Gotlands regionala utvecklingsstrategi, särskilt "
        "målet om ett klimatneutralt Gotland och målet om ett konkurrenskraftigt näringsliv. "
        "Ansökan har bedömts mot kriterierna i Region Gotlands utlysning 2024 och fått högst "
        "poäng inom insatsområdet Grön omställning och energi.")

    doc.add_heading("Villkor", level=1)
    doc.add_paragraph("För beslutet gäller följande villkor:")
    conditions = [
        "Lägesrapport ska lämnas två gånger per år, senast den 31 mars och den 30 september.",
        "Slutrapport ska lämnas senast två månader efter projektperiodens slut, det vill säga "
        "senast 2027-12-31.",
        "Utbetalning sker i efterhand mot redovisade och betalda kostnader. Högst 80 procent av "
        "det beviljade beloppet betalas ut innan slutrapporten har godkänts.",
        "Väsentliga ändringar av projektet, dess budget eller tidplan ska godkännas skriftligen av "
        "Region Gotland i förväg.",
        "Deltagande företag och resultat ska redovisas uppdelat på kvinnor och män där det är "
        "möjligt.",
        "Region Gotlands logotyp ska användas i all extern kommunikation om projektet.",
        "Om villkoren inte följs kan beslutet ändras och utbetalt stöd återkrävas.",
    ]
    for t in conditions:
        doc.add_paragraph(t, style="List Number")

    doc.add_heading("Beslutsfattare", level=1)
    doc.add_paragraph(
        "Beslut i detta ärende har fattats av regional utvecklingsdirektör Henrik Sandelin enligt "
        "regionstyrelsens delegationsordning, punkt 7.4. I den slutliga handläggningen har även "
        "ekonom Lina Gardell deltagit. Föredragande har varit regional utvecklare Maja Flodin.")
    doc.add_paragraph("Henrik Sandelin\nRegional utvecklingsdirektör")
    doc.add_paragraph("Maja Flodin\nRegional utvecklare, föredragande")

    doc.add_heading("Hur man överklagar", level=1)
    doc.add_paragraph(
        "Beslutet kan enligt 31 § förordningen (2003:596) inte överklagas. Sökanden kan dock begära "
        "att Region Gotland omprövar beslutet. En sådan begäran ska ha kommit in till Region "
        "Gotland inom tre veckor från den dag sökanden fick del av beslutet.")
    doc.save(path)


# --------------------------------------------------------------------------------------------
# 3. Workshopdokumentation – Kronoberg (Markdown)
# --------------------------------------------------------------------------------------------

WORKSHOP = """# Dokumentation: Dialogmöte om kompetensförsörjning i Kronobergs län

**Datum:** 18 mars 2025, kl. 09.00–12.30
**Plats:** Linnéuniversitetet, Hus K, Växjö
**Arrangör:** Region Kronoberg, enheten för kompetensförsörjning
**Dokumentation:** Johan Ek, Region Kronoberg
**Moderator:** Sara Lindqvist, strateg kompetensförsörjning, Region Kronoberg

## Syfte

Dialogmötet är det andra i en serie om fyra inom arbetet med den regionala
kompetensförsörjningsplanen. Syftet var att gemensamt identifiera de största
matchningsproblemen i länet och komma överens om konkreta nästa steg.

## Deltagare

| Organisation | Namn | Roll |
|---|---|---|
| Region Kronoberg | Sara Lindqvist | Strateg kompetensförsörjning (moderator) |
| Region Kronoberg | Johan Ek | Analytiker |
| Arbetsförmedlingen | Mirela Hadzic | Sektionschef, Växjö |
| Linnéuniversitetet | Per Axelsson | Samverkansansvarig |
| Växjö kommun, vuxenutbildningen | Annika Strand | Rektor |
| Ljungby kommun | Tobias Ringdahl | Näringslivschef |
| Teknikcollege Kronoberg | Elin Nord | Processledare |
| Företagarna Kronoberg | Lars-Göran Fransson | Regionchef |
| Alvesta Metall AB | Hanna Bergkvist | HR-chef |

Totalt deltog 9 personer från 8 organisationer. Tingsryds och Markaryds kommuner hade anmält
förhinder.

## Tema 1: Matchning på arbetsmarknaden

Johan Ek inledde med aktuell statistik. Arbetslösheten i länet var 7,8 procent i februari 2025,
samtidigt som Arbetsförmedlingens prognos visar brist inom 38 av 60 undersökta yrken. Störst är
bristen på svetsare, CNC-operatörer, undersköterskor och lärare i yrkesämnen.

> "Vi har 40 lediga svetsartjänster i år och får knappt in några sökande. Vi skulle hellre
> anställa och utbilda på plats om vi fick hjälp med handledningen."
> — Hanna Bergkvist, Alvesta Metall AB

> "Många av dem som står längst från arbetsmarknaden har kompetens som vi inte ser, eftersom
> den aldrig har validerats."
> — Mirela Hadzic, Arbetsförmedlingen

Gruppen var enig om att arbetsgivarnas egna utbildningsinsatser behöver kopplas tydligare till
vuxenutbildningen, till exempel genom lärlingsvux.

## Tema 2: Yrkesvux och yrkeshögskola

Annika Strand beskrev att Växjö kommun har 420 platser inom regionalt yrkesvux 2025, men att
intresset för industriutbildningarna är lågt. Elin Nord pekade på att Teknikcollege har
certifierat fyra nya utbildningsanordnare sedan förra året.

> "Det räcker inte att starta utbildningar – vi måste också visa vilka jobb de leder till."
> — Elin Nord, Teknikcollege Kronoberg

Per Axelsson tog upp att Linnéuniversitetet vill utveckla korta kurser för yrkesverksamma
inom industriautomation, men att finansieringen är osäker.

## Tema 3: Attraktionskraft och inflyttning

Tobias Ringdahl lyfte att Ljungby har svårt att rekrytera specialister som flyttar med familj.
Medflyttande partners behöver få hjälp att hitta jobb, annars flyttar familjen efter ett par år.

> "Det är inte lönen som avgör, det är om partnern får ett jobb och barnen en förskoleplats."
> — Tobias Ringdahl, Ljungby kommun

Lars-Göran Fransson föreslog en gemensam regional "välkomstfunktion" för nyinflyttade.

## Tema 4: Validering av utländsk kompetens

Deltagarna konstaterade att valideringen i länet är splittrad mellan olika aktörer och att
väntetiderna ofta är längre än sex månader. Förslaget är en gemensam valideringsmodell för
länet med en väg in.

## Överenskomna nästa steg

| Nr | Åtgärd | Ansvarig | Klart senast |
|---|---|---|---|
| 1 | Sammanställa statistik över in- och utpendling per kommun | Johan Ek, Region Kronoberg | 2025-04-30 |
| 2 | Kartlägga behovet av YH-utbildningar inom industriautomation | Elin Nord, Teknikcollege Kronoberg | 2025-05-30 |
| 3 | Ta fram förslag till gemensam valideringsmodell för länet | Annika Strand, Växjö kommun, tillsammans med Mirela Hadzic, Arbetsförmedlingen | 2025-09-15 |
| 4 | Utreda en regional välkomstfunktion för medflyttande | Lars-Göran Fransson, Företagarna Kronoberg | 2025-08-29 |
| 5 | Arrangera rekryteringsmässan Jobbsprånget Kronoberg | Johan Ek, Region Kronoberg | 2025-10-09 |

Nästa dialogmöte hålls den 11 juni 2025. Sara Lindqvist skickar kallelse senast den 16 maj.

## Utvärdering

Deltagarna gav mötet i genomsnitt betyget 4,3 av 5. Flera efterfrågade mer tid för
diskussion i mindre grupper och att fler arbetsgivare bjuds in nästa gång.
"""


# --------------------------------------------------------------------------------------------
# 4. Riktlinjer för tjänsteresor – Region Kronoberg (TXT)
# --------------------------------------------------------------------------------------------

GUIDELINES = """REGION KRONOBERG
Riktlinjer för tjänsteresor

Fastställda av regiondirektören 2024-01-15, diarienummer 24RK112.
Gäller från och med 2024-02-01 och ersätter riktlinjer för tjänsteresor från 2019.


INLEDANDE BESTÄMMELSER

1 §  Dessa riktlinjer gäller för alla anställda och förtroendevalda i Region Kronoberg som
reser i tjänsten. Riktlinjerna kompletterar regionens resepolicy och gällande kollektivavtal.

2 §  I dessa riktlinjer avses med

tjänsteresa: en resa som görs i tjänsten utanför det ordinarie tjänstestället, med undantag
för resor mellan bostaden och tjänstestället,

tjänsteställe: den plats där den anställde huvudsakligen utför sitt arbete; för den som
saknar fast arbetsplats avses den ort där arbetsledningen finns,

förrättning: den tid en tjänsteresa pågår, räknat från avresa till återkomst till bostaden
eller tjänstestället,

resebeställare: den som bokar resan genom regionens upphandlade resebyrå,

närmaste chef: chef med personalansvar för den resande.

3 §  En tjänsteresa ska vara beslutad i förväg av närmaste chef. Möten ska i första hand
genomföras digitalt när syftet kan uppnås på det sättet.


VAL AV FÄRDSÄTT

4 §  Vid val av färdsätt ska hänsyn tas till miljö, säkerhet, kostnad och tidsåtgång, i
nämnd ordning. Tåg ska väljas framför flyg och bil när det är rimligt.

5 §  Resor ska bokas genom regionens upphandlade resebyrå. Biljetter får inte bokas privat
för att sedan begäras ersatta, utom när det finns särskilda skäl.

6 §  Flyg får användas när restiden med tåg överstiger fem timmar enkel väg. Undantag från
första stycket beslutas av förvaltningschef.

7 §  Egen bil får användas i tjänsten endast när kollektivtrafik saknas eller är uppenbart
olämplig och efter godkännande av närmaste chef. Hyrbil ska i första hand vara en elbil
eller laddhybrid.


ERSÄTTNINGAR

8 §  Bilersättning för egen bil betalas med 30 kronor per mil, varav 25 kronor per mil är
skattefria. För förmånsbil betalas 12 kronor per mil för fossildrivna bilar och 9,50 kronor
per mil för elbilar.

9 §  Traktamente betalas vid tjänsteresa med övernattning som förrättas mer än 50 kilometer
från både tjänstestället och bostaden. Traktamentet uppgår till 290 kronor för hel dag och
145 kronor för halv dag. Halv dag gäller när resan påbörjas efter kl. 12.00 eller avslutas
före kl. 19.00. Nattraktamente är 145 kronor när den resande inte har haft kostnad för logi.

10 §  Om den resande har fått fria måltider görs avdrag från traktamentet enligt
Skatteverkets regler. Frukost som ingår i hotellrummets pris räknas som fri måltid.

11 §  Hotellkostnad ersätts med högst 1 600 kronor per natt exklusive moms. I Stockholm,
Göteborg och Malmö gäller högst 2 000 kronor per natt. Kostnad däröver ska godkännas i förväg
av närmaste chef.


UTLANDSRESOR

12 §  Utlandsresor ska godkännas av avdelningschef. För utlandsresor gäller Skatteverkets
normalbelopp för respektive land.


UNDANTAG OCH UPPFÖLJNING

13 §  Undantag från dessa riktlinjer beslutas av avdelningschef, om inte annat anges i
enskilda paragrafer. Beslut om undantag ska dokumenteras.

14 §  HR-avdelningen följer årligen upp tillämpningen av riktlinjerna och redovisar resultatet
till regiondirektören senast den 31 mars året efter.

Frågor om riktlinjerna besvaras av HR-avdelningen, hr@kronoberg-exempel.se.
"""


# --------------------------------------------------------------------------------------------
# 5. Presentation exported to PDF – Region Gotland (landscape slides)
# --------------------------------------------------------------------------------------------

def make_slides(path):
    W, H = 960, 540
    c = canvas.Canvas(path, pagesize=(W, H))
    c.setTitle("Utlysning 2025 – regionala projektmedel Gotland")
    c.setAuthor("Maja Flodin, Region Gotland")
    green = colors.HexColor("#00594F")
    n_slides = 8
    page = [0]

    def frame(title):
        page[0] += 1
        c.setFillColor(green)
        c.rect(0, H - 95, W, 95, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 34)
        c.drawString(50, H - 62, title)
        c.setFillColor(colors.HexColor("#666666"))
        c.setFont("Helvetica", 11)
        c.drawString(50, 22, "Region Gotland  ·  Utlysning 2025")
        c.drawRightString(W - 50, 22, f"{page[0]} / {n_slides}")
        c.setFillColor(colors.black)

    def bullets(items, y=H - 150, size=24, step=48):
        for it in items:
            c.setFont("Helvetica", size)
            c.setFillColor(green)
            c.drawString(70, y, "•")
            c.setFillColor(colors.black)
            c.drawString(100, y, it)
            y -= step

    # 1 title slide
    page[0] += 1
    c.setFillColor(green)
    c.rect(0, 0, W, H, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 44)
    c.drawString(60, 330, "Utlysning 2025:")
    c.drawString(60, 275, "Regionala projektmedel för Gotland")
    c.setFont("Helvetica", 24)
    c.drawString(60, 215, "Informationsmöte för sökande")
    c.setFont("Helvetica", 18)
    c.drawString(60, 120, "Maja Flodin, regional utvecklare, Region Gotland")
    c.drawString(60, 92, "Visby, 4 februari 2025")
    c.showPage()

    frame("Varför en utlysning?")
    bullets(["Genomföra Gotlands regionala utvecklingsstrategi",
             "Stärka näringslivets gröna omställning",
             "Fler i arbete – året runt, inte bara på sommaren",
             "Totalt 9,5 miljoner kronor att fördela 2025"])
    c.showPage()

    frame("Vem kan söka?")
    bullets(["Offentliga aktörer, ideella och ekonomiska föreningar",
             "Företag endast i samverkansprojekt med flera företag",
             "Projektet ska genomföras på eller tydligt gynna Gotland",
             "Minst 50 % medfinansiering från annan part"])
    c.showPage()

    frame("Insatsområden och budget")
    data = [["Insatsområde", "Ram (mnkr)", "Max stödandel"],
            ["Grön omställning och energi", "3,5", "50 %"],
            ["Kompetensförsörjning", "2,5", "50 %"],
            ["Besöksnäring året runt", "2,0", "40 %"],
            ["Digitalisering", "1,5", "50 %"],
            ["Totalt", "9,5", ""]]
    t = Table(data, colWidths=[380, 170, 190], rowHeights=44)
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 20),
        ("FONT", (0, 1), (-1, -1), "Helvetica", 20),
        ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 20),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#CFE5E1")),
        ("ALIGN", (1, 0), (-1, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.HexColor("#999999")),
    ]))
    t.wrapOn(c, W, H)
    t.drawOn(c, 110, 130)
    c.showPage()

    frame("Tidplan")
    steps = [("10 feb", "Utlysningen öppnar"), ("6 mars", "Webbinarium för sökande"),
             ("14 april", "Sista ansökningsdag"), ("Vecka 25", "Beslut meddelas"),
             ("1 sept", "Tidigast projektstart")]
    y = 280
    c.setStrokeColor(green)
    c.setLineWidth(4)
    c.line(90, y, W - 90, y)
    xs = [90 + i * (W - 180) / (len(steps) - 1) for i in range(len(steps))]
    for x, (when, what) in zip(xs, steps):
        c.setFillColor(green)
        c.circle(x, y, 12, fill=1, stroke=0)
        c.setFillColor(colors.black)
        c.setFont("Helvetica-Bold", 22)
        c.drawCentredString(x, y + 30, when)
        c.setFont("Helvetica", 16)
        c.drawCentredString(x, y - 45, what)
    c.setFont("Helvetica-Oblique", 16)
    c.drawString(90, 120, "Ansökan ska vara inskickad senast kl. 23.59 sista ansökningsdagen.")
    c.showPage()

    frame("Så bedöms ansökan")
    bullets(["Koppling till den regionala utvecklingsstrategin",
             "Tydliga mål och mätbara resultat",
             "Samverkan mellan flera aktörer",
             "Långsiktighet – vad händer efter projektet?",
             "Bidrag till jämställdhet och integration",
             "Rimlig och kostnadseffektiv budget"], size=22, step=42)
    c.showPage()

    frame("Ansökan – praktiskt")
    bullets(["Ansök i Tillväxtverkets e-tjänst Min ansökan",
             "Bifoga projektbeskrivning, budget och intyg om medfinansiering",
             "Boka gärna ett förmöte med oss innan du skickar in",
             "Ofullständiga ansökningar kan avslås utan komplettering"], size=22, step=44)
    c.showPage()

    frame("Frågor?")
    bullets(["Maja Flodin, regional utvecklare",
             "maja.flodin@gotland-exempel.se",
             "Telefon 0498-20 14 83",
             "Mer information: gotland-exempel.se/projektmedel"])
    c.showPage()
    assert page[0] == n_slides
    c.save()


# --------------------------------------------------------------------------------------------
# 6. Ordlista (XLSX)
# --------------------------------------------------------------------------------------------

GLOSSARY = [
    ("Regional utvecklingsstrategi", "RUS", "Långsiktig strategi för länets utveckling som "
     "regionen ska ta fram och fastställa.", "Lag (2010:630) om regionalt utvecklingsansvar"),
    ("Regionala tillväxtåtgärder", "1:1-medel", "Statligt anslag (utgiftsområde 19, anslag 1:1) "
     "som regionerna använder för projektmedel och företagsstöd.", "Tillväxtverket"),
    ("Europeiska regionala utvecklingsfonden", "ERUF", "EU-fond som finansierar insatser för "
     "innovation, konkurrenskraft och grön omställning i regionerna.", "Tillväxtverket"),
    ("Europeiska socialfonden plus", "ESF+", "EU:s fond för sysselsättning, kompetens och social "
     "inkludering 2021–2027.", "Svenska ESF-rådet"),
    ("Smart specialisering", "S3", "Arbetssätt där en region prioriterar de områden där den har "
     "störst förutsättningar att bli konkurrenskraftig, baserat på analys och entreprenöriell "
     "process.", "Tillväxtverket"),
    ("Medfinansiering", "", "Den del av ett projekts finansiering som kommer från andra källor än "
     "den som beviljar stödet.", "Förordning (2003:596)"),
    ("Stödberättigande kostnader", "", "Kostnader som får räknas med i projektets budget och som "
     "stöd kan lämnas för.", "Förordning (2003:596)"),
    ("Indirekta kostnader", "", "Kostnader som inte direkt kan hänföras till projektet, t.ex. "
     "lokalhyra och administration. Kan redovisas som en schablon på 15 procent av "
     "personalkostnaderna.", "Tillväxtverket"),
    ("Stöd av mindre betydelse", "de minimis", "Statligt stöd till ett företag som inte behöver "
     "anmälas till EU-kommissionen, högst 300 000 euro under en period av tre år.",
     "Kommissionens förordning (EU) 2023/2831"),
    ("Lägesrapport", "", "Rapport under pågående projekt som beskriver aktiviteter, resultat och "
     "ekonomi.", "Region Gotland"),
    ("Slutrapport", "", "Rapport efter projektets slut som redovisar resultat, effekter och "
     "slutlig ekonomi.", "Region Gotland"),
    ("Kompetensförsörjning", "", "Arbetet med att se till att arbetsgivare har tillgång till "
     "personal med rätt kompetens.", "Region Kronoberg"),
    ("Validering", "", "Strukturerad bedömning och erkännande av kunskaper och kompetens som en "
     "person har, oavsett hur de har förvärvats.", "Myndigheten för yrkeshögskolan"),
    ("Yrkeshögskola", "YH", "Eftergymnasial utbildningsform som tas fram i samarbete med "
     "arbetslivet.", "Myndigheten för yrkeshögskolan"),
    ("Kommunal vuxenutbildning", "Komvux", "Kommunens utbildning för vuxna på grundläggande och "
     "gymnasial nivå, inklusive yrkesvux.", "Skolverket"),
    ("Traktamente", "", "Ersättning för ökade levnadskostnader vid tjänsteresa med övernattning.",
     "Skatteverket"),
    ("Förrättning", "", "Den tid en tjänsteresa pågår, från avresa till återkomst.",
     "Riktlinjer för tjänsteresor, Region Kronoberg"),
    ("Tjänsteställe", "", "Den plats där den anställde huvudsakligen utför sitt arbete.",
     "Riktlinjer för tjänsteresor, Region Kronoberg"),
    ("Årsarbetare", "ÅA", "Antal anställda omräknat till heltidstjänster under ett år.", "SCB"),
    ("Idéburet offentligt partnerskap", "IOP", "Samarbetsform mellan offentlig sektor och "
     "idéburen organisation för att nå ett gemensamt samhällsmål.", "Forum idéburna "
     "organisationer med social inriktning"),
    ("Länstransportplan", "LTP", "Regional plan för investeringar i transportinfrastruktur, "
     "vanligen för tolv år.", "Trafikverket"),
]


def make_glossary(path):
    df = pd.DataFrame(GLOSSARY, columns=["Begrepp", "Förkortning", "Förklaring", "Källa"])
    with pd.ExcelWriter(path, engine="openpyxl") as xw:
        df.to_excel(xw, index=False, sheet_name="Ordlista")
        ws = xw.sheets["Ordlista"]
        for col, w in zip("ABCD", (36, 14, 90, 45)):
            ws.column_dimensions[col].width = w


def main(out):
    os.makedirs(out, exist_ok=True)
    make_report(os.path.join(out, "Verksamhetsberattelse_2024_regional_utveckling_Sormland.pdf"))
    make_decision(os.path.join(out, "Beslut_projektfinansiering_GOGS_Region_Gotland.docx"))
    with open(os.path.join(out, "Dialogmote_kompetensforsorjning_Kronoberg_2025-03-18.md"), "w",
              encoding="utf-8") as f:
        f.write(WORKSHOP)
    with open(os.path.join(out, "Riktlinjer_for_tjansteresor_Region_Kronoberg.txt"), "w",
              encoding="utf-8") as f:
        f.write(GUIDELINES)
    make_slides(os.path.join(out, "Utlysning_2025_projektmedel_Gotland_presentation.pdf"))
    make_glossary(os.path.join(out, "Ordlista_regional_utveckling.xlsx"))


if __name__ == "__main__":
    main(sys.argv[1])
