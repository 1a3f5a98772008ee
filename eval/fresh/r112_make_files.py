#!/usr/bin/env python3
"""Skriver sex realistiska svenska dokument (PDF, DOCX, TXT, MD) för dokumentrunda r112.

Användning:  python r112_make_files.py UTMAPP
Kräver reportlab och python-docx.
"""
import os
import sys

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (KeepTogether, PageBreak, Paragraph, SimpleDocTemplate,
                                Spacer, Table, TableStyle)

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt


ss = getSampleStyleSheet()
BODY = ParagraphStyle("body", parent=ss["BodyText"], fontName="Helvetica", fontSize=10.5, leading=14)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8.5, leading=11)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=9, leading=11)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="Helvetica-Bold")
H1 = ParagraphStyle("h1", parent=ss["Heading1"], fontName="Helvetica-Bold", fontSize=16, leading=20)
H2 = ParagraphStyle("h2", parent=ss["Heading2"], fontName="Helvetica-Bold", fontSize=12.5, leading=16)
TITLE = ParagraphStyle("title", parent=H1, fontSize=24, leading=30, alignment=TA_CENTER)
SUB = ParagraphStyle("sub", parent=BODY, fontSize=13, leading=18, alignment=TA_CENTER)


# ---------------------------------------------------------------------------
# 1. Handlingsplan (PDF, 4 sidor, titelsida, åtgärdstabell, fotnot, sidhuvud)
# ---------------------------------------------------------------------------
def handlingsplan(path):
    def on_page(c, doc):
        if doc.page == 1:
            return
        c.saveState()
        c.setFont("Helvetica", 8)
        c.drawString(2 * cm, A4[1] - 1.2 * cm, "Region Västerbotten  |  Handlingsplan ungas etablering 2025–2027")
        c.drawRightString(A4[0] - 2 * cm, A4[1] - 1.2 * cm, "Dnr RUN 2024-00871")
        c.drawCentredString(A4[0] / 2, 1.2 * cm, f"Sida {doc.page} av 4")
        c.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2.2 * cm, bottomMargin=2 * cm,
                            title="Handlingsplan för ungas etablering på arbetsmarknaden 2025–2027",
                            author="Åsa Lindgren", subject="Region Västerbotten, regional utveckling")
    s = []
    # Titelsida
    s += [Spacer(1, 4 * cm), Paragraph("REGION VÄSTERBOTTEN", SUB), Spacer(1, 1.2 * cm),
          Paragraph("Handlingsplan för ungas etablering på arbetsmarknaden 2025–2027", TITLE),
          Spacer(1, 1 * cm),
          Paragraph("Regional utveckling, avdelningen för kompetensförsörjning", SUB),
          Spacer(1, 3 * cm),
          Paragraph("Fastställd av regionala utvecklingsnämnden den 18 februari 2025, § 14", SUB),
          Paragraph("Diarienummer RUN 2024-00871", SUB),
          Spacer(1, 0.6 * cm),
          Paragraph("Handläggare: Åsa Lindgren, utvecklingsstrateg", SUB),
          PageBreak()]
    # Sida 2
    s += [Paragraph("1. Bakgrund", H1),
          Paragraph("Västerbottens arbetsmarknad har under flera år präglats av stora etableringar inom "
                    "industri och energi samtidigt som många unga står långt från arbetsmarknaden. I december "
                    "2024 var 2 410 unga i åldern 16–24 år inskrivna som arbetslösa hos Arbetsförmedlingen "
                    "i länet¹, vilket motsvarar 9,8 procent av befolkningen i samma ålder i arbetskraften. "
                    "Därtill bedöms omkring 1 130 unga varken arbeta eller studera (UVAS) utan att vara "
                    "kända av någon myndighet.", BODY),
          Spacer(1, 6),
          Paragraph("Skillnaderna inom länet är stora. I inlandskommunerna är ungdomsarbetslösheten lägre, "
                    "men där saknas både sommarjobb och praktikplatser, och många unga flyttar till kusten "
                    "efter gymnasiet. I Umeå och Skellefteå är antalet lediga jobb högt, men kraven på "
                    "fullständig gymnasieutbildning utestänger en stor grupp.", BODY),
          Paragraph("2. Mål", H1),
          Paragraph("Det övergripande målet är att fler unga ska etablera sig varaktigt på arbetsmarknaden. "
                    "Handlingsplanen har tre mätbara mål till och med 2027:", BODY),
          Paragraph("• Andelen unga arbetslösa som varit utan arbete i mer än sex månader ska halveras, "
                    "från 31 procent (december 2024) till högst 15 procent.", BODY),
          Paragraph("• Minst 600 unga ska ha fått ett sommarjobb genom sommarjobbsgarantin i inlandet.", BODY),
          Paragraph("• Samtliga 15 kommuner i länet ska ha ett uppsökande arbete inom det kommunala "
                    "aktivitetsansvaret (KAA).", BODY),
          Spacer(1, 2 * cm),
          Paragraph("¹ Uppgiften avser unga 16–24 år. Källa: Arbetsförmedlingens månadsstatistik, "
                    "december 2024.", SMALL),
          PageBreak()]
    # Sida 3: åtgärdstabell + uppföljning
    rows = [["Nr", "Åtgärd", "Ansvarig aktör", "Tidplan", "Budget (tkr)"],
            ["1", "Sommarjobbsgaranti i inlandskommunerna",
             "Lycksele kommun (samordnare) tillsammans med Storuman, Vilhelmina och Dorotea",
             "juni 2025 – aug 2027", "1 800"],
            ["2", "Utökat kommunalt aktivitetsansvar med uppsökande team",
             "Umeå kommun och Skellefteå kommun", "fr.o.m. mars 2025", "2 400"],
            ["3", "Branschvalidering inom vård och omsorg",
             "Region Västerbotten och Vård- och omsorgscollege Västerbotten", "sep 2025 – jun 2026", "950"],
            ["4", "Lokala jobbspår inom industri och energi",
             "Skellefteå kommun, Campus Skellefteå och Arbetsförmedlingen", "jan 2026 – dec 2027", "3 200"],
            ["5", "Mentorskapsprogram för unga utrikes födda",
             "Studieförbundet Vuxenskolan Västerbotten", "2025 – 2026", "600"],
            ["", "Summa", "", "", "8 950"]]
    data = [[Paragraph(c, CELLB if (i == 0 or r[1] == "Summa") else CELL) for c in r]
            for i, r in enumerate(rows)]
    t = Table(data, colWidths=[1 * cm, 4.6 * cm, 5.4 * cm, 3 * cm, 2.4 * cm], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2F3")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s += [Paragraph("3. Åtgärder", H1),
          Paragraph("Tabell 1. Åtgärder, ansvariga aktörer, tidplan och budget", H2), t,
          Spacer(1, 10),
          Paragraph("Budgeten finansieras med regionala utvecklingsmedel (1:1-anslaget) och med kommunal "
                    "medfinansiering. Åtgärd 4 förutsätter att Arbetsförmedlingen kan avsätta handledare.",
                    BODY),
          Paragraph("4. Uppföljning", H1),
          Paragraph("Handlingsplanen följs upp två gånger per år i den regionala samverkansgruppen för "
                    "kompetensförsörjning. Ansvarig för uppföljningen är analytiker Johan Berglund vid "
                    "Region Västerbotten. Den första uppföljningsrapporten ska vara klar senast den "
                    "30 november 2025 och lämnas till regionala utvecklingsnämnden i december. "
                    "Uppföljningen redovisar utfallet för de tre målen samt hur stor del av budgeten som "
                    "förbrukats per åtgärd.", BODY),
          PageBreak()]
    # Sida 4
    s += [Paragraph("5. Risker", H1),
          Paragraph("Den största risken bedöms vara att kommunernas egna arbetsmarknadsbudgetar minskar "
                    "2026, vilket kan göra det svårt att hålla medfinansieringen. En annan risk är att "
                    "handledare saknas inom vård och omsorg. Om en åtgärd inte kommer igång inom sex "
                    "månader kan medel omfördelas efter beslut av regionala utvecklingsdirektören.", BODY),
          Paragraph("6. Kontakt", H1),
          Paragraph("Åsa Lindgren, utvecklingsstrateg, asa.lindgren@regionvasterbotten.se, 090-785 00 00.",
                    BODY)]
    doc.build(s, onFirstPage=on_page, onLaterPages=on_page)


# ---------------------------------------------------------------------------
# 2. Lägesbild som bildspel exporterat till PDF (liggande, stora siffror)
# ---------------------------------------------------------------------------
def lagesbild(path):
    W, H = landscape(A4)
    c = rl_canvas.Canvas(path, pagesize=(W, H))
    c.setTitle("Presentation1")   # typisk kvarleva från PowerPoint-export
    c.setAuthor("mikael.strand")

    def footer(n):
        c.setFont("Helvetica", 9)
        c.setFillColor(colors.grey)
        c.drawString(1.5 * cm, 1 * cm, "Arbetsförmedlingen | Lägesbild Dalarna | Dalarnas kompetensråd 8 april 2025")
        c.drawRightString(W - 1.5 * cm, 1 * cm, str(n))
        c.setFillColor(colors.black)

    def head(txt):
        c.setFont("Helvetica-Bold", 28)
        c.drawString(1.5 * cm, H - 2.5 * cm, txt)

    def bullets(lines, y, size=18):
        c.setFont("Helvetica", size)
        for ln in lines:
            c.drawString(2 * cm, y, "•  " + ln)
            y -= size * 1.6
        return y

    def big(num, label, x, y):
        c.setFont("Helvetica-Bold", 54)
        c.drawString(x, y, num)
        c.setFont("Helvetica", 14)
        c.drawString(x, y - 22, label)

    # 1 Titel
    c.setFont("Helvetica-Bold", 36)
    c.drawCentredString(W / 2, H / 2 + 40, "Lägesbild arbetsmarknaden")
    c.drawCentredString(W / 2, H / 2 - 5, "Dalarnas län – mars 2025")
    c.setFont("Helvetica", 16)
    c.drawCentredString(W / 2, H / 2 - 60, "Mikael Strand, analytiker, Arbetsförmedlingen Analysavdelningen")
    c.drawCentredString(W / 2, H / 2 - 85, "Dalarnas regionala kompetensråd, 8 april 2025")
    footer(1)
    c.showPage()

    # 2 Inskrivna
    head("Inskrivna arbetslösa")
    big("9 874", "inskrivna arbetslösa 16–64 år, mars 2025", 2 * cm, H - 7 * cm)
    big("6,9 %", "av den registerbaserade arbetskraften", 12 * cm, H - 7 * cm)
    big("-312", "personer jämfört med mars 2024", 21 * cm, H - 7 * cm)
    bullets(["Minskningen gäller främst män inom bygg och industri",
             "Kvinnor: 4 402   Män: 5 472",
             "Riket: 7,1 %"], H - 11 * cm)
    footer(2)
    c.showPage()

    # 3 Unga
    head("Unga 18–24 år")
    big("1 402", "inskrivna arbetslösa unga", 2 * cm, H - 7 * cm)
    big("10,4 %", "av arbetskraften 18–24 år", 12 * cm, H - 7 * cm)
    bullets(["Högst andel i Ludvika och Borlänge",
             "Var tredje ung saknar fullständig gymnasieutbildning",
             "Sommarjobb: fler annonser än 2024"], H - 11 * cm)
    footer(3)
    c.showPage()

    # 4 Varsel
    head("Varsel om uppsägning")
    big("1 046", "personer varslade januari–mars 2025", 2 * cm, H - 7 * cm)
    bullets(["Störst bransch: tillverkning (612 personer)",
             "Därefter handel (148) och transport (97)",
             "Flest varsel i Borlänge och Avesta",
             "Jämför: 688 varslade jan–mars 2024"], H - 10.5 * cm)
    footer(4)
    c.showPage()

    # 5 Kommuner (liten tabell)
    head("Arbetslöshet per kommun, mars 2025")
    data = [["Kommun", "Andel (%)", "Förändring (procentenheter)"],
            ["Borlänge", "9,1", "+0,3"], ["Ludvika", "8,7", "+0,6"], ["Avesta", "8,4", "-0,2"],
            ["Falun", "5,9", "-0,4"], ["Mora", "4,6", "-0,1"], ["Älvdalen", "4,2", "-0,5"]]
    t = Table(data, colWidths=[6 * cm, 4 * cm, 7 * cm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                           ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 14),
                           ("FONT", (0, 1), (-1, -1), "Helvetica", 14),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E2EFDA"))]))
    tw, th = t.wrapOn(c, W, H)
    t.drawOn(c, 2 * cm, H - 4 * cm - th)
    c.setFont("Helvetica", 11)
    c.drawString(2 * cm, H - 4.6 * cm - th, "Urval: de tre kommunerna med högst och lägst andel. Källa: Arbetsförmedlingen.")
    footer(5)
    c.showPage()

    # 6 Lediga platser och långtidsarbetslösa
    head("Efterfrågan och långtidsarbetslöshet")
    big("2 318", "nya lediga platser i mars", 2 * cm, H - 7 * cm)
    big("4 210", "arbetslösa mer än 12 månader (43 %)", 14 * cm, H - 7 * cm)
    bullets(["Flest lediga jobb: undersköterskor, grundskollärare, lastbilsförare",
             "Långtidsarbetslösheten har ökat fyra kvartal i rad"], H - 11 * cm)
    footer(6)
    c.showPage()

    # 7 Medskick
    head("Medskick till kompetensrådet")
    bullets(["Prioritera korta yrkesutbildningar inom vård och transport",
             "Samordna insatser för varslade i Borlänge och Avesta",
             "Nästa lägesbild: kompetensrådet 10 juni 2025"], H - 5 * cm)
    footer(7)
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# 3. Beslut om stöd (PDF, brevform, villkorsruta, bilaga med budget)
# ---------------------------------------------------------------------------
def beslut(path):
    def on_page(c, doc):
        c.saveState()
        c.setFont("Helvetica-Bold", 11)
        c.drawString(2.2 * cm, A4[1] - 1.5 * cm, "Region Skåne")
        c.setFont("Helvetica", 8.5)
        c.drawString(2.2 * cm, A4[1] - 1.95 * cm, "Avdelningen för regional utveckling")
        c.drawRightString(A4[0] - 2.2 * cm, A4[1] - 1.5 * cm, "BESLUT")
        c.drawRightString(A4[0] - 2.2 * cm, A4[1] - 1.95 * cm, "Datum 2025-05-12   Dnr RS 2025-00412")
        c.drawCentredString(A4[0] / 2, 1.2 * cm,
                            f"Region Skåne, 291 89 Kristianstad  |  www.skane.se  |  {doc.page} (3)")
        c.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2.8 * cm, bottomMargin=2 * cm, title="Beslut",
                            author="Erik Sandberg")
    s = [Paragraph("Helsingborgs stad<br/>Arbetsmarknadsförvaltningen<br/>Att: Nadia Haddad<br/>"
                   "251 89 Helsingborg", BODY), Spacer(1, 14),
         Paragraph("Beslut om stöd till projektet Språkstegen – arbetsplatsförlagd svenska för nyanlända", H1),
         Paragraph("Beslut", H2),
         Paragraph("Region Skåne beviljar Helsingborgs stad stöd med högst <b>1 450 000 kronor</b> ur anslaget "
                   "för regionala utvecklingsmedel till projektet Språkstegen. Sökt belopp var 1 675 000 kronor. "
                   "Stödet får uppgå till högst 50 procent av de faktiska stödberättigande kostnaderna. "
                   "Projektperioden är 2025-06-01 – 2027-05-31. Kostnader som uppstår före projektperiodens "
                   "början är inte stödberättigande.", BODY),
         Paragraph("Beskrivning av projektet", H2),
         Paragraph("Projektet ska ge nyanlända med kort utbildning möjlighet att lära sig svenska direkt på "
                   "arbetsplatsen i vård, omsorg och lokalvård. Språkhandledare från Helsingborgs stad arbetar "
                   "tillsammans med arbetsgivarnas handledare. Projektet planerar att nå 120 deltagare under "
                   "projektperioden, varav minst hälften kvinnor.", BODY),
         Paragraph("Skäl för beslutet", H2),
         Paragraph("Projektet bedöms bidra till målen i den regionala utvecklingsstrategin Det öppna Skåne 2030 "
                   "och till Region Skånes arbete med kompetensförsörjning. Region Skåne har beviljat ett lägre "
                   "belopp än det sökta eftersom kostnader för lokalhyra om 450 000 kronor inte är "
                   "stödberättigande; lokalerna ägs av sökanden och används redan i ordinarie verksamhet.", BODY),
         PageBreak()]
    box_text = [
        Paragraph("<b>Villkor för stödet</b>", BODY),
        Paragraph("1. En lägesrapport ska lämnas senast den 31 januari 2026.", BODY),
        Paragraph("2. En slutrapport med ekonomisk redovisning ska lämnas senast den 31 augusti 2027.", BODY),
        Paragraph("3. Stödet betalas ut i efterskott mot redovisade kostnader. Förskott kan lämnas med högst "
                  "20 procent av beviljat belopp, det vill säga 290 000 kronor.", BODY),
        Paragraph("4. Helsingborgs stad ska medfinansiera projektet med minst 1 450 000 kronor.", BODY),
        Paragraph("5. Väsentliga ändringar av projektet ska godkännas av Region Skåne i förväg.", BODY),
        Paragraph("6. Stödet kan återkrävas om villkoren inte följs.", BODY)]
    box = Table([[box_text]], colWidths=[16.4 * cm])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, colors.black),
                             ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#F2F2F2")),
                             ("LEFTPADDING", (0, 0), (-1, -1), 10), ("TOPPADDING", (0, 0), (-1, -1), 8),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    s += [box, Spacer(1, 14),
          Paragraph("Hur man överklagar", H2),
          Paragraph("Beslutet kan överklagas till Förvaltningsrätten i Malmö. Överklagandet ska vara skriftligt "
                    "och ha kommit in till Region Skåne inom tre veckor från den dag ni fick del av beslutet.",
                    BODY),
          Paragraph("Beslutsfattare", H2),
          Paragraph("Beslutet har fattats av enhetschef Maria Holmqvist. I den slutliga handläggningen har även "
                    "handläggare Erik Sandberg deltagit.", BODY),
          Spacer(1, 14),
          Paragraph("Maria Holmqvist<br/>Enhetschef, Enheten för kompetensförsörjning", BODY),
          Spacer(1, 10),
          Paragraph("Bilaga 1: Godkänd kostnadsbudget<br/>Bilaga 2: Allmänna villkor för regionala "
                    "utvecklingsmedel", SMALL),
          PageBreak()]
    rows = [["Kostnadsslag", "Sökt (kr)", "Godkänt (kr)"],
            ["Personal (språkhandledare 2,0 årsarbetare)", "2 100 000", "2 100 000"],
            ["Köpta tjänster (utbildning av handledare)", "420 000", "420 000"],
            ["Lokalhyra", "450 000", "0"],
            ["Resor och material", "180 000", "180 000"],
            ["Indirekta kostnader", "200 000", "200 000"],
            ["Summa kostnader", "3 350 000", "2 900 000"],
            ["Stöd från Region Skåne", "1 675 000", "1 450 000"]]
    t = Table(rows, colWidths=[8.4 * cm, 3.5 * cm, 3.5 * cm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 10),
                           ("FONT", (0, 1), (-1, -1), "Helvetica", 10),
                           ("FONT", (0, -2), (-1, -1), "Helvetica-Bold", 10),
                           ("ALIGN", (1, 0), (-1, -1), "RIGHT")]))
    s += [Paragraph("Bilaga 1. Godkänd kostnadsbudget", H1), t, Spacer(1, 8),
          Paragraph("Godkänd budget avser hela projektperioden. Omfördelning mellan kostnadsslag med mer än "
                    "15 procent kräver Region Skånes godkännande.", SMALL)]
    doc.build(s, onFirstPage=on_page, onLaterPages=on_page)


# ---------------------------------------------------------------------------
# 4. Internt nyhetsbrev (DOCX)
# ---------------------------------------------------------------------------
def nyhetsbrev(path):
    d = Document()
    d.core_properties.title = "Veckobladet nr 14 2025"
    d.core_properties.author = "Karin Ek"
    d.core_properties.subject = "Internt nyhetsbrev, Arbetsförmedlingen Jönköpings län"
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "INTERNT – Arbetsförmedlingen Jönköpings län"
    sec.footer.paragraphs[0].text = "Redaktör: Karin Ek, kommunikatör. Tips till veckobladet@arbetsformedlingen.se"
    d.add_heading("Veckobladet", 0)
    p = d.add_paragraph("Internt nyhetsbrev för medarbetare i Jönköpings län  •  Nr 14  •  4 april 2025")
    p.runs[0].italic = True

    d.add_heading("Ny chef för kontoret i Värnamo", 1)
    d.add_paragraph("Lena Åberg blir ny sektionschef för Arbetsförmedlingen i Värnamo och tillträder den 5 maj 2025. "
                    "Lena kommer närmast från en tjänst som sektionschef i Växjö och har arbetat på "
                    "Arbetsförmedlingen sedan 2009. Hon efterträder Per-Olof Grahn som går i pension i slutet "
                    "av april. Fram till dess är Sara Wikström tillförordnad chef.")

    d.add_heading("Rekryteringsträff med Husqvarna Group", 1)
    d.add_paragraph("Den 23 april håller vi en rekryteringsträff tillsammans med Husqvarna Group i deras "
                    "lokaler i Huskvarna. Företaget söker 40 montörer till produktionen inför säsongen. Hittills "
                    "har 112 arbetssökande anmält intresse. Träffen börjar klockan 9.00. Handläggare som har "
                    "kandidater med truckkort ska meddela Ahmed Yousef senast den 16 april.")

    d.add_heading("Gislavedskontoret flyttar", 1)
    d.add_paragraph("Kontoret i Gislaved flyttar till nya lokaler på Stationsgatan 12. Första dag i de nya "
                    "lokalerna är måndagen den 2 juni. Kontoret håller stängt den 30–31 maj på grund av flytten; "
                    "besökare hänvisas då till kontoret i Värnamo eller till digitala möten.")

    d.add_heading("Statistik i korthet", 1)
    d.add_paragraph("Inskrivna arbetslösa i några av länets kommuner i slutet av mars 2025:")
    rows = [("Kommun", "Inskrivna arbetslösa", "Andel av arbetskraften (%)"),
            ("Jönköping", "5 812", "7,2"), ("Nässjö", "1 237", "9,5"), ("Värnamo", "1 104", "6,1"),
            ("Gislaved", "1 096", "8,8"), ("Vetlanda", "918", "6,6")]
    t = d.add_table(rows=len(rows), cols=3)
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            t.cell(i, j).text = v
    d.add_paragraph("Källa: Arbetsförmedlingens månadsstatistik. Länet totalt: 13 486 inskrivna arbetslösa, 6,8 procent.")

    d.add_heading("Påminnelse: utbildning i Rusta och matcha", 1)
    d.add_paragraph("Den interna utbildningen om kvalitetsuppföljning av leverantörer inom Rusta och matcha hålls "
                    "den 24 april på Teams. Anmälan senast den 11 april till Karin Ek.")

    d.add_heading("Personalklubben", 1)
    d.add_paragraph("Vårfesten blir av den 16 maj på Elite Stora Hotellet i Jönköping. Kostnad 350 kronor per "
                    "person, anmälan via personalklubbens sida på intranätet.")
    d.save(path)


# ---------------------------------------------------------------------------
# 5. Minnesanteckningar styrgrupp (TXT, beslut och åtgärder i löptext)
# ---------------------------------------------------------------------------
MEMO = """MINNESANTECKNINGAR
Styrgruppsmöte, projekt Kompetenslyft Norrbotten
Datum: 2025-03-20, kl. 13.00–15.00
Plats: Teams

Närvarande: Sofia Lundström (ordförande, Region Norrbotten), Anders Kuoppa (Haparanda stad),
Pia Nilsson (projektledare), Mats Öhman (Arbetsförmedlingen), Helena Rova (Kalix kommun),
Jonas Berg (Luleå tekniska universitet)
Frånvarande: Lisa Forsgren (Företagarna Norrbotten)
Antecknare: Pia Nilsson

1. Föregående minnesanteckningar
Minnesanteckningarna från mötet den 23 januari lades till handlingarna utan kommentarer.

2. Lägesrapport
Projektledaren redogjorde för läget. Hittills har 214 deltagare påbörjat någon insats i projektet, att
jämföra med målet om 300 deltagare till projektets slut. Andelen kvinnor är 61 procent. Piloten med
arbetsplatsförlagt lärande i Kalix och Haparanda har kommit igång senare än planerat eftersom
handledarna behövde mer utbildning än väntat, men de första 38 deltagarna har nu börjat. Arbetsgivarna
i Luleå och Piteå efterfrågar fler korta utbildningar inom el och automation.

3. Ekonomi
Upparbetade kostnader till och med februari är 3,1 miljoner kronor av en total budget på 7,8 miljoner
kronor. Posten för marknadsföring har använts i mindre grad än beräknat. Styrgruppen diskuterade att
behovet av handledarutbildning är större än vad som budgeterades.

Efter diskussion beslutade styrgruppen att 380 000 kronor flyttas från marknadsföring till
handledarutbildning. Styrgruppen beslutade också att piloten i Kalix och Haparanda förlängs till och med
den 31 december 2025, under förutsättning att Arbetsförmedlingen kan fortsätta att anvisa deltagare. Mats
Öhman bekräftade att det är möjligt.

4. Slutkonferens
Den planerade slutkonferensen i november krockar med Norrbottensdagarna. Styrgruppen beslutade att skjuta
upp slutkonferensen till den 11 februari 2026 i Luleå. Jonas Berg undersöker om konferensen kan hållas
på universitetet.

5. Övriga frågor
Helena Rova lyfte att det finns ett stort intresse från Överkalix att ansluta till projektet. Styrgruppen
var positiv men ville avvakta tills den reviderade budgeten är klar innan något beslut fattas.

Vad händer nu
Pia Nilsson tar fram ett förslag till reviderad budget till nästa möte och skickar det till styrgruppen
senast en vecka innan. Anders Kuoppa kontaktar Tornedalens folkhögskola om lokaler för handledarutbildningen
i Haparanda. Jonas Berg återkommer om konferenslokal i Luleå före påsk. Helena Rova tar fram ett
underlag om Överkalix behov.

Nästa möte: 2025-05-15 kl. 13.00, Region Norrbottens lokaler i Luleå (Kungsgatan 13) och Teams.
"""


# ---------------------------------------------------------------------------
# 6. Rapport från studiebesök (MD)
# ---------------------------------------------------------------------------
STUDIEBESOK = """# Rapport från studiebesök i Region Östergötland

**Tema:** Samordnad praktik och kompetensförsörjning
**Datum:** 17–18 september 2025
**Författare:** Karolina Hed, utvecklingsledare, Region Gävleborg
**Diarienummer:** RG 2025/1488

## Bakgrund och syfte

Region Gävleborg har i sin kompetensförsörjningsplan pekat ut praktik som ett område där arbetsgivarna
upplever att det är svårt att veta vem man ska vända sig till. Region Östergötland har sedan 2022 arbetat
med en gemensam ingång för praktik tillsammans med kommunerna och Arbetsförmedlingen. Syftet med
studiebesöket var att lära oss hur det arbetet är organiserat och vilka resultat det har gett.

## Deltagare

- Karolina Hed, utvecklingsledare, Region Gävleborg (ansvarig)
- Tomas Eriksson, arbetsmarknadschef, Gävle kommun
- Linnea Sjöberg, näringslivsutvecklare, Sandvikens kommun
- Reza Karimi, sektionschef, Arbetsförmedlingen Gävle
- Birgitta Holm, analytiker, Region Gävleborg

## Program

| Tid | Dag 1, 17 september | Plats |
|---|---|---|
| 10.00–12.00 | Presentation av Östgötamodellen (Region Östergötland) | Regionens hus, Linköping |
| 13.00–15.00 | Samtal med praktiksamordnare från Norrköpings och Linköpings kommuner | Regionens hus |
| 15.30–16.30 | Besök hos arbetsgivaren Saab, avdelningen för lärlingar | Tannefors, Linköping |

| Tid | Dag 2, 18 september | Plats |
|---|---|---|
| 08.30–10.00 | Den digitala praktikportalen – demonstration | Campus Norrköping |
| 10.30–12.00 | Gemensam reflektion och hemresa | Campus Norrköping |

## Vad vi såg

Östgötamodellen bygger på att arbetsgivare bara har en kontaktväg för alla typer av praktik –
arbetsmarknadspolitisk praktik, praktik inom vuxenutbildningen och sommarpraktik för unga. En samordnare
per kommun tar emot förfrågan och fördelar den vidare. Under 2024 förmedlades 340 praktikplatser genom
modellen. Av de praktikanter som avslutade sin praktik 2024 hade 72 procent gått vidare till arbete eller
studier inom sex månader.[^1]

Region Östergötland betonade att modellen fungerar för att kommunerna har skrivit ett gemensamt
samverkansavtal och delar på kostnaden för praktikportalen, som ligger på cirka 400 000 kronor per år.

## Lärdomar

1. En gemensam ingång kräver att alla parter avsätter tid – inte bara regionen.
2. Uppföljning av resultat måste byggas in från början.
3. Arbetsgivarnas förtroende byggs genom snabb återkoppling, helst inom två arbetsdagar.

## Vad tar vi med oss?

Delegationen föreslår att Region Gävleborg tillsammans med Gävle och Sandvikens kommuner startar en pilot
med en gemensam praktikportal under 2026. Kostnaden för piloten uppskattas till 1,2 miljoner kronor, varav
regionen föreslås stå för hälften. Ett förslag ska tas upp i det regionala kompetensrådet i november 2025.

## Kostnader för resan

Resan kostade totalt 28 400 kronor (tåg, hotell och måltider för fem personer).

[^1]: Uppgift från Region Östergötlands uppföljning, redovisad vid studiebesöket. Siffran avser 287 avslutade praktiker.
"""


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(1)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    handlingsplan(os.path.join(out, "handlingsplan-unga-vasterbotten-2025-2027.pdf"))
    lagesbild(os.path.join(out, "lagesbild-dalarna-mars-2025.pdf"))
    beslut(os.path.join(out, "beslut-om-stod-sprakstegen-RS-2025-00412.pdf"))
    nyhetsbrev(os.path.join(out, "veckobladet-nr14-2025.docx"))
    with open(os.path.join(out, "styrgrupp-kompetenslyft-norrbotten-2025-03-20.txt"), "w", encoding="utf-8") as f:
        f.write(MEMO)
    with open(os.path.join(out, "studiebesok-ostergotland-2025.md"), "w", encoding="utf-8") as f:
        f.write(STUDIEBESOK)
    for n in sorted(os.listdir(out)):
        print(n, os.path.getsize(os.path.join(out, n)))


if __name__ == "__main__":
    main()
