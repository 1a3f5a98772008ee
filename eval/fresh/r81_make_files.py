#!/usr/bin/env python
"""Fresh round 81: build a small Swedish knowledge base (six files) into OUT_DIR.

Usage: python r81_make_files.py OUT_DIR
"""
import os
import random
import sys
from datetime import date, timedelta

import pandas as pd
from docx import Document
from docx.shared import Pt
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

SEED = 81
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
pdfmetrics.registerFont(TTFont("DV", os.path.join(FONT_DIR, "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DV-B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFontFamily("DV", normal="DV", bold="DV-B", italic="DV", boldItalic="DV-B")

ss = getSampleStyleSheet()
BODY = ParagraphStyle("body", parent=ss["Normal"], fontName="DV", fontSize=10, leading=14,
                      spaceAfter=6)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8.5, leading=11, spaceAfter=0)
H1 = ParagraphStyle("h1", parent=ss["Heading1"], fontName="DV-B", fontSize=16, leading=20,
                    spaceAfter=10)
H2 = ParagraphStyle("h2", parent=ss["Heading2"], fontName="DV-B", fontSize=12.5, leading=16,
                    spaceBefore=10, spaceAfter=6)
H3 = ParagraphStyle("h3", parent=ss["Heading3"], fontName="DV-B", fontSize=10.5, leading=14,
                    spaceBefore=6, spaceAfter=4)
TITLE = ParagraphStyle("title", parent=H1, fontSize=20, leading=26, alignment=TA_CENTER)
CENTER = ParagraphStyle("center", parent=BODY, alignment=TA_CENTER)


def footer(text):
    def _draw(canvas, doc):
        canvas.saveState()
        canvas.setFont("DV", 8)
        canvas.drawString(2 * cm, 1.2 * cm, text)
        canvas.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Sida {doc.page}")
        canvas.restoreState()
    return _draw


def grid_table(rows, widths, header_bg=colors.HexColor("#D9E2EC"), repeat=1):
    data = [[Paragraph(str(c), SMALL) for c in r] for r in rows]
    t = Table(data, colWidths=widths, repeatRows=repeat)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), header_bg),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return t


# ---------------------------------------------------------------- 1. Handlingsplan (PDF)
def make_action_plan(path):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm,
                            title="Regional handlingsplan för kompetensförsörjning 2025–2027")
    s = []
    s.append(Spacer(1, 2 * cm))
    s.append(Paragraph("Regional handlingsplan för kompetensförsörjning 2025–2027", TITLE))
    s.append(Paragraph("Norrbotten, Dalarna och Uppsala län", CENTER))
    s.append(Spacer(1, 0.6 * cm))
    s.append(Paragraph("Fastställd av Regionala samverkansgruppen för kompetensförsörjning "
                       "den 28 november 2024. Diarienummer RUN 2024/1187.", CENTER))
    s.append(Spacer(1, 1 * cm))
    s.append(Paragraph("1. Inledning och bakgrund", H2))
    s.append(Paragraph(
        "Region Norrbotten, Region Dalarna och Region Uppsala har sedan 2022 samverkat kring "
        "kompetensförsörjning inom ramen för det regionala utvecklingsansvaret. Den stora "
        "industriella omställningen i Norrbotten, med nya anläggningar för fossilfritt stål och "
        "batteriproduktion, samt ett stort behov av personal inom vård, omsorg och utbildning i "
        "samtliga tre län gör att behovet av samordnade insatser är större än någonsin. Enligt "
        "Arbetsförmedlingens prognoser behöver de tre länen tillsammans rekrytera cirka 38 000 "
        "personer fram till 2030.", BODY))
    s.append(Paragraph(
        "Handlingsplanen konkretiserar de regionala utvecklingsstrategiernas (RUS) mål om "
        "kompetensförsörjning. Den gäller för perioden 1 januari 2025 – 31 december 2027 och "
        "följs upp årligen av styrgruppen. Planen omfattar fem mål, ett antal åtgärder med "
        "ansvarig organisation, tidplan och budget, en riskanalys samt en ordlista. Den totala "
        "budgeten för åtgärderna uppgår till 42 800 000 kronor för hela perioden, varav "
        "regionerna finansierar 55 procent och resterande del söks från ESF+ och "
        "Tillväxtverket.", BODY))
    s.append(Paragraph(
        "Processledare för handlingsplanen är Karin Lindqvist, Region Dalarna. Frågor om planen "
        "besvaras av processledaren eller av respektive regions kontaktperson i styrgruppen.",
        BODY))

    s.append(Paragraph("2. Mål och indikatorer", H2))
    s.append(Paragraph(
        "Målen nedan är gemensamma för de tre länen. Varje mål har en eller flera indikatorer med "
        "utgångsvärde och målvärde. Utgångsvärdena avser 2023 om inget annat anges.", BODY))
    goals = [
        ("Mål 1. Fler i arbete",
         "Förvärvsfrekvensen i åldern 20–64 år ska öka.",
         "Indikator 1.1: Förvärvsfrekvens 20–64 år (SCB, BAS). Utgångsvärde 79,4 procent. "
         "Målvärde 2027: 82,0 procent."),
        ("Mål 2. Färre unga utanför",
         "Andelen unga som varken arbetar eller studerar ska minska.",
         "Indikator 2.1: Andel UVAS 16–24 år. Utgångsvärde 7,8 procent. Målvärde 2027: "
         "6,0 procent. Indikator 2.2: Antal unga som deltar i kommunala aktivitetsansvaret med "
         "individuell plan – minst 90 procent av målgruppen."),
        ("Mål 3. Utbildning inom bristyrken",
         "Fler ska utbilda sig mot yrken där det råder brist.",
         "Indikator 3.1: Antal platser inom regionalt yrkesvux i bristyrken – minst 1 200 "
         "platser per år. Indikator 3.2: Andel av YH-platserna som avser bristyrken enligt "
         "regional prognos – minst 70 procent."),
        ("Mål 4. Kompetensutveckling i små företag",
         "Små och medelstora företag utanför residensstäderna ska få bättre tillgång till "
         "kompetensutveckling.",
         "Indikator 4.1: Antal företag med färre än 50 anställda som deltar i "
         "kompetensväxlingsinsatser – minst 240 företag under perioden."),
        ("Mål 5. En jämställd arbetsmarknad",
         "Könsfördelningen i tekniska utbildningar ska bli jämnare.",
         "Indikator 5.1: Andel kvinnor bland de antagna till tekniska YH-utbildningar. "
         "Utgångsvärde 22 procent. Målvärde 2027: 30 procent."),
    ]
    for head, desc, ind in goals:
        s.append(Paragraph(head, H3))
        s.append(Paragraph(desc, BODY))
        s.append(Paragraph(ind, BODY))

    s.append(Paragraph("3. Åtgärder", H2))
    s.append(Paragraph(
        "Tabellen nedan anger samtliga åtgärder med ansvarig organisation, tidplan och budget för "
        "hela perioden. Åtgärderna är numrerade efter det mål de i första hand bidrar till. "
        "Budgeten anges i kronor.", BODY))
    actions = [
        ("Åtgärd", "Ansvarig", "Tidplan", "Budget (kr)"),
        ("1.1 Gemensam regional kompetensplattform med årlig behovsanalys",
         "Region Dalarna", "jan 2025 – dec 2027", "3 600 000"),
        ("1.2 Matchningsinsatser för utrikes födda kvinnor i Uppsala län",
         "Region Uppsala och Arbetsförmedlingen", "mar 2025 – dec 2026", "2 900 000"),
        ("1.3 Branschråd för industrin i Malmfälten", "Region Norrbotten",
         "jan 2025 – dec 2027", "1 450 000"),
        ("1.4 Arbetsmarknadsdata på kommunnivå – öppen dashboard", "Region Uppsala",
         "sep 2025 – jun 2026", "850 000"),
        ("2.1 Uppsökande verksamhet för unga enligt det kommunala aktivitetsansvaret",
         "Kommunerna i respektive län", "jan 2025 – dec 2027", "4 200 000"),
        ("2.2 Sommarjobb och praktik i regionala verksamheter", "Samtliga tre regioner",
         "maj–aug varje år", "2 250 000"),
        ("2.3 Mentorprogram för unga utanför arbetsmarknaden i Dalarna", "Region Dalarna",
         "aug 2025 – jun 2027", "1 100 000"),
        ("3.1 Regionalt yrkesvux – samordnad planering av utbildningsplatser",
         "Kommunala vuxenutbildningen (samordnas av Region Uppsala)", "jan 2025 – dec 2027",
         "5 800 000"),
        ("3.2 Vård- och omsorgscollege – utökade praktikplatser", "Region Norrbotten",
         "aug 2025 – dec 2027", "2 400 000"),
        ("3.3 Lärcentrum i glesbygd (Pajala, Arjeplog, Älvdalen, Tierp)",
         "Berörda kommuner med stöd av regionerna", "jan 2025 – dec 2027", "3 150 000"),
        ("3.4 Validering av yrkeskompetens inom industri och bygg", "Region Norrbotten",
         "apr 2025 – dec 2026", "1 900 000"),
        ("3.5 Behovsanalys inför ansökningar om YH-utbildningar", "Region Dalarna",
         "okt 2025 – mar 2026", "450 000"),
        ("4.1 Kompetenscheckar för små företag (högst 50 000 kr per företag)",
         "Region Norrbotten och Almi Nord", "jan 2026 – dec 2027", "4 800 000"),
        ("4.2 Företagsnära utbildning i besöksnäringen", "Region Dalarna och Visit Dalarna",
         "sep 2025 – jun 2027", "1 750 000"),
        ("4.3 Digitalt kompetenslyft för tillverkande SMF",
         "Region Uppsala och Uppsala universitet", "jan 2026 – jun 2027", "2 300 000"),
        ("5.1 Tjejer kodar och bygger – sommarkurser för gymnasieelever",
         "Region Norrbotten och Luleå tekniska universitet", "jun 2025, jun 2026, jun 2027",
         "1 200 000"),
        ("5.2 Normkritisk vägledning för studie- och yrkesvägledare", "Region Uppsala",
         "jan 2026 – dec 2026", "650 000"),
        ("5.3 Uppföljning och utvärdering av handlingsplanen (extern utvärderare)",
         "Region Dalarna (processledning)", "jun 2025 – mar 2028", "2 050 000"),
        ("Summa", "", "", "42 800 000"),
    ]
    s.append(grid_table(actions, [7.4 * cm, 4.2 * cm, 3.2 * cm, 2.0 * cm]))
    s.append(Spacer(1, 0.3 * cm))
    s.append(Paragraph(
        "Åtgärd 4.1 förutsätter att Tillväxtverket beviljar medfinansiering. Om beslut inte "
        "föreligger senast den 30 september 2025 ska styrgruppen pröva en nedskalad variant. "
        "Åtgärd 5.3 löper till mars 2028 eftersom slututvärderingen görs efter planperiodens "
        "slut.", BODY))

    s.append(Paragraph("4. Genomförande och uppföljning", H2))
    s.append(Paragraph(
        "Styrgruppen för handlingsplanen består av en representant från varje region, en "
        "representant per län från kommunerna samt Arbetsförmedlingen. Styrgruppen sammanträder "
        "minst fyra gånger per år. Processledaren rapporterar läget för varje åtgärd till "
        "styrgruppen vid varje möte med en enkel trafikljusmodell (grön, gul, röd). En "
        "årsrapport lämnas till respektive regions regionala utvecklingsnämnd senast den 31 mars "
        "året efter verksamhetsåret.", BODY))
    s.append(Paragraph(
        "Förändringar i budgeten mellan åtgärder beslutas av styrgruppen. Styrgruppen kan "
        "delegera beslut om mindre förändringar till processledaren. Förändringar som påverkar "
        "målen eller den totala budgeten ska beslutas av de tre regionernas utvecklingsnämnder.",
        BODY))

    s.append(Paragraph("5. Risker", H2))
    s.append(Paragraph(
        "Styrgruppen har identifierat följande huvudsakliga risker för genomförandet. "
        "Sannolikhet och konsekvens bedöms på en skala 1–4.", BODY))
    risks = [
        ("Risk", "Sannolikhet", "Konsekvens", "Hantering"),
        ("R1. Utebliven eller minskad medfinansiering från ESF+ och Tillväxtverket", "3", "4",
         "Prioriteringsordning för åtgärderna tas fram; åtgärd 4.1 och 4.3 skalas ned först."),
        ("R2. Hög personalomsättning hos nyckelpersoner i regioner och kommuner", "3", "3",
         "Dokumenterade processer och ersättare utsedda för varje åtgärd."),
        ("R3. Låg efterfrågan på insatser bland små företag i glesbygd", "2", "3",
         "Samarbete med Almi, företagarföreningar och lärcentrum för uppsökande arbete."),
        ("R4. Konjunkturnedgång som minskar rekryteringsbehoven i industrin", "2", "2",
         "Inriktning flyttas mot omställning och validering av redan anställda."),
        ("R5. Bristande tillgång till data på kommunnivå", "2", "2",
         "Avtal med SCB och Arbetsförmedlingen om regelbundna leveranser."),
    ]
    s.append(grid_table(risks, [6.2 * cm, 2.2 * cm, 2.2 * cm, 6.2 * cm]))
    s.append(Spacer(1, 0.3 * cm))
    s.append(Paragraph(
        "Den största risken bedöms vara R1 eftersom nästan hälften av budgeten förutsätter "
        "extern medfinansiering. Riskerna följs upp vid varje styrgruppsmöte och riskanalysen "
        "revideras en gång per år.", BODY))

    s.append(Paragraph("6. Kommunikation och spridning", H2))
    s.append(Paragraph(
        "Handlingsplanen och dess resultat ska spridas till kommuner, arbetsgivare och "
        "utbildningsanordnare i de tre länen. En gemensam regional kompetenskonferens anordnas "
        "varje höst med start 2025, med Region Uppsala som värd det första året, Region Dalarna "
        "2026 och Region Norrbotten 2027. Ett nyhetsbrev skickas ut fyra gånger per år och "
        "lägesrapporterna publiceras på respektive regions webbplats.", BODY))
    s.append(Paragraph(
        "Varje åtgärdsansvarig organisation ansvarar för att kommunicera den egna åtgärden och "
        "för att ange att den ingår i den regionala handlingsplanen. Processledaren samordnar "
        "kommunikationen och tar fram en gemensam grafisk profil.", BODY))

    s.append(PageBreak())
    s.append(Paragraph("Bilaga 1. Ordlista", H2))
    gloss = [
        ("Term", "Förklaring"),
        ("BAS", "Arbetsmarknads- och utbildningsstatistik från SCB som används för att mäta "
                "förvärvsfrekvens."),
        ("ESF+", "Europeiska socialfonden+, EU:s fond för sysselsättning och social "
                 "inkludering under programperioden 2021–2027."),
        ("Förvärvsfrekvens", "Andelen av befolkningen i en viss ålder som är förvärvsarbetande "
                             "enligt SCB:s definition."),
        ("KAA", "Det kommunala aktivitetsansvaret, kommunens skyldighet att hålla sig "
                "informerad om unga under 20 år som inte studerar i gymnasieskolan."),
        ("Kompetensplattform", "Regional samverkansstruktur för analys av kompetensbehov och "
                               "planering av utbildning, finansierad av regionerna."),
        ("Kompetensväxling", "Insats där ett företag kompetensutvecklar befintlig personal "
                             "samtidigt som en ny person anställs eller praktiserar."),
        ("RUS", "Regional utvecklingsstrategi, det långsiktiga styrdokumentet för det "
                "regionala utvecklingsarbetet i ett län."),
        ("SMF", "Små och medelstora företag, företag med färre än 250 anställda."),
        ("UVAS", "Unga som varken arbetar eller studerar. Mäts i åldern 16–24 år och avser "
                 "personer som under ett helt år inte har arbetat, studerat eller haft annan "
                 "känd aktivitet."),
        ("Validering", "En strukturerad bedömning och erkännande av kunskaper och kompetens "
                       "som en person har, oavsett hur de förvärvats."),
        ("YH", "Yrkeshögskolan, eftergymnasial utbildning som tas fram i samarbete med "
               "arbetslivet."),
        ("Yrkesvux", "Yrkesinriktad kommunal vuxenutbildning, ofta samordnad mellan flera "
                     "kommuner i ett regionalt yrkesvux."),
    ]
    s.append(grid_table(gloss, [4.0 * cm, 12.8 * cm]))
    doc.build(s, onFirstPage=footer("Regional handlingsplan för kompetensförsörjning 2025–2027"),
              onLaterPages=footer("Regional handlingsplan för kompetensförsörjning 2025–2027"))


# ---------------------------------------------------------------- 2. Protokoll (PDF)
def make_minutes(path):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm,
                            title="Protokoll styrgruppen 2025-03-12")
    s = []
    s.append(Paragraph("PROTOKOLL", H1))
    s.append(Paragraph("Styrgruppen för regional handlingsplan för kompetensförsörjning "
                       "2025–2027", H3))
    s.append(Paragraph("Datum: 2025-03-12, kl. 09.30–12.15<br/>Plats: Region Norrbottens "
                       "regionhus, Robertsviksgatan 7, Luleå, samt via Teams<br/>"
                       "Diarienummer: RUN 2025/0214", BODY))
    s.append(Paragraph("Närvarande", H3))
    att = [
        ("Namn", "Organisation", "Roll"),
        ("Maria Öberg", "Region Norrbotten", "Ordförande"),
        ("Johan Sandström", "Region Dalarna", "Ledamot, vice ordförande"),
        ("Leila Haddad", "Region Uppsala", "Ledamot"),
        ("Per-Erik Lundmark", "Kiruna kommun (kommunerna i Norrbottens län)", "Ledamot"),
        ("Anna Hedlund", "Falu kommun (kommunerna i Dalarnas län)", "Ledamot"),
        ("Tomas Wikström", "Arbetsförmedlingen", "Ledamot"),
        ("Karin Lindqvist", "Region Dalarna", "Processledare, sekreterare"),
        ("Emil Rask", "Region Uppsala", "Adjungerad, analytiker (§ 4)"),
    ]
    s.append(grid_table(att, [4.5 * cm, 7.3 * cm, 5.0 * cm]))
    s.append(Spacer(1, 0.2 * cm))
    s.append(Paragraph("Frånvarande: Henrik Mattsson, Enköpings kommun (kommunerna i Uppsala "
                       "län).", BODY))

    items = [
        ("§ 1 Mötets öppnande", "Ordföranden Maria Öberg hälsade välkommen och förklarade "
         "mötet öppnat.", None),
        ("§ 2 Val av justerare", "Leila Haddad valdes att jämte ordföranden justera dagens "
         "protokoll.", "Leila Haddad utses till justerare."),
        ("§ 3 Godkännande av dagordning", "Dagordningen godkändes med tillägg av en punkt "
         "under övriga frågor om konferensen i oktober.", "Dagordningen godkänns."),
        ("§ 4 Lägesrapport för handlingsplanen", "Processledaren redovisade läget för samtliga "
         "åtgärder. Tretton åtgärder är gröna, tre är gula och två är ännu inte startade. "
         "Åtgärd 1.2 (matchningsinsatser i Uppsala län) är gul på grund av försenad "
         "rekrytering av projektledare. Emil Rask presenterade nya data om UVAS som visar att "
         "andelen har minskat till 7,5 procent i de tre länen sammantaget.",
         "Styrgruppen noterar lägesrapporten och lägger den till handlingarna."),
        ("§ 5 Ansökan om medfinansiering – Gruvkompetens Malmfälten", "Kiruna och "
         "Gällivare kommuner har ansökt om 1 500 000 kr i medfinansiering för projektet "
         "Gruvkompetens Malmfälten, som ska utbilda 60 personer till gruvtekniker och "
         "underhållsmekaniker. Projektet bidrar till åtgärd 3.4 och mål 3. Styrgruppen "
         "diskuterade att projektet delvis överlappar med befintligt yrkesvux.",
         "Styrgruppen beviljar medfinansiering med 1 250 000 kr till projektet Gruvkompetens "
         "Malmfälten under förutsättning att projektet samordnas med regionalt yrkesvux. Medlen "
         "belastar åtgärd 3.4."),
        ("§ 6 Revidering av indikator 3.1", "Region Uppsala har föreslagit att indikator 3.1 "
         "ändras från antal platser till antal personer som fullföljt utbildningen. "
         "Styrgruppen ansåg att frågan behöver beredas ytterligare, bland annat när det gäller "
         "tillgången till uppgifter från kommunerna.",
         "Ärendet bordläggs till nästa sammanträde. Region Uppsala får i uppdrag att ta fram "
         "ett underlag om datatillgång."),
        ("§ 7 Delegation till processledaren", "För att underlätta genomförandet föreslogs att "
         "processledaren ges rätt att fatta beslut om mindre omfördelningar inom och mellan "
         "åtgärderna.",
         "Styrgruppen delegerar till processledaren Karin Lindqvist att besluta om "
         "omfördelning av budget inom och mellan åtgärder upp till 200 000 kr per beslut, dock "
         "sammanlagt högst 600 000 kr per kalenderår. Beslut fattade med stöd av delegationen "
         "ska anmälas vid nästkommande styrgruppsmöte."),
        ("§ 8 Regional kompetenskonferens 2025", "Leila Haddad informerade om planeringen av "
         "den gemensamma konferensen den 8 oktober 2025 i Uppsala. Inbjudan skickas ut i "
         "maj.", "Styrgruppen noterar informationen."),
        ("§ 9 Övriga frågor", "Tomas Wikström informerade om att Arbetsförmedlingen "
         "omorganiserar sin regionala analysfunktion från den 1 juni 2025. Inga beslut "
         "fattades.", None),
        ("§ 10 Nästa möte", "Nästa möte hålls den 21 maj 2025 kl. 09.00–12.00 i Region "
         "Dalarnas lokaler, Vasagatan 27, Falun, samt via Teams.", None),
        ("§ 11 Mötets avslutande", "Ordföranden tackade för visat intresse och förklarade "
         "mötet avslutat.", None),
    ]
    for head, text, decision in items:
        s.append(Paragraph(head, H3))
        s.append(Paragraph(text, BODY))
        if decision:
            s.append(Paragraph(f"<b>Beslut:</b> {decision}", BODY))
    s.append(Spacer(1, 0.8 * cm))
    sig = [("Vid protokollet", "Justeras", "Justeras"),
           ("Karin Lindqvist", "Maria Öberg, ordförande", "Leila Haddad, justerare")]
    t = Table(sig, colWidths=[5.6 * cm] * 3)
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "DV"),
                           ("FONTSIZE", (0, 0), (-1, -1), 9)]))
    s.append(t)
    doc.build(s, onFirstPage=footer("Protokoll styrgruppen 2025-03-12"),
              onLaterPages=footer("Protokoll styrgruppen 2025-03-12"))


# ---------------------------------------------------------------- 3. Inbjudan (DOCX)
def make_invitation(path):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    d.add_heading("Inbjudan", level=0)
    d.add_heading("Regional kompetenskonferens 2025 – Kompetens för omställning", level=1)
    d.add_paragraph(
        "Region Uppsala, Region Dalarna och Region Norrbotten bjuder in till en gemensam "
        "konferens om kompetensförsörjning i en tid av stor omställning. Under dagen presenteras "
        "resultat från det första året med den regionala handlingsplanen för "
        "kompetensförsörjning, och du får möta arbetsgivare, utbildningsanordnare och forskare.")
    p = d.add_paragraph()
    p.add_run("Datum: ").bold = True
    p.add_run("Onsdag den 8 oktober 2025, kl. 09.30–16.00 (registrering och kaffe från 08.45)")
    p = d.add_paragraph()
    p.add_run("Plats: ").bold = True
    p.add_run("Uppsala Konsert & Kongress, Vaksala torg 1, Uppsala")
    p = d.add_paragraph()
    p.add_run("Målgrupp: ").bold = True
    p.add_run("Förtroendevalda och tjänstepersoner i regioner och kommuner, studie- och "
              "yrkesvägledare, utbildningsanordnare, branschorganisationer och arbetsgivare i "
              "Norrbottens, Dalarnas och Uppsala län.")
    d.add_heading("Program", level=2)
    prog = [
        ("Tid", "Punkt", "Talare"),
        ("08.45–09.30", "Registrering och kaffe", ""),
        ("09.30–09.45", "Välkommen", "Leila Haddad, regional utvecklingsdirektör, Region Uppsala"),
        ("09.45–10.30", "Omställningen i norr – vad betyder den för kompetensbehoven?",
         "Maria Öberg, Region Norrbotten"),
        ("10.30–11.15", "Ett år med handlingsplanen – resultat och lärdomar",
         "Karin Lindqvist, processledare, Region Dalarna"),
        ("11.15–12.00", "Validering som verktyg för omställning",
         "Sara Nyqvist, Myndigheten för yrkeshögskolan"),
        ("12.00–13.00", "Lunch", ""),
        ("13.00–14.15", "Parallella seminarier: A) Unga utanför, B) Kompetenslyft i "
                        "besöksnäringen, C) Lärcentrum i glesbygd", "Olika medverkande"),
        ("14.15–14.45", "Kaffe och mingel", ""),
        ("14.45–15.30", "Panelsamtal: Hur får vi fler kvinnor till tekniska utbildningar?",
         "Moderator: Johan Sandström, Region Dalarna"),
        ("15.30–16.00", "Sammanfattning och avslutning", "Maria Öberg och Leila Haddad"),
    ]
    t = d.add_table(rows=len(prog), cols=3)
    t.style = "Table Grid"
    for i, row in enumerate(prog):
        for j, val in enumerate(row):
            t.cell(i, j).text = val
            if i == 0:
                for r in t.cell(i, j).paragraphs[0].runs:
                    r.bold = True
    d.add_heading("Anmälan och kostnad", level=2)
    d.add_paragraph(
        "Anmälan görs via Region Uppsalas webbplats senast fredag den 19 september 2025. "
        "Antalet platser är begränsat till 250 och fördelas i den ordning anmälningarna kommer in.")
    d.add_paragraph(
        "Konferensavgiften är 1 450 kr exklusive moms per person och inkluderar förmiddagskaffe, "
        "lunch och eftermiddagskaffe. Avgiften faktureras efter konferensen. Avbokning är "
        "kostnadsfri fram till och med den 26 september 2025; därefter debiteras hela avgiften. "
        "Platsen kan överlåtas till en kollega utan kostnad.")
    d.add_heading("Specialkost och tillgänglighet", level=2)
    d.add_paragraph(
        "Ange eventuell specialkost eller allergi i anmälan. Lunchen är vegetarisk som standard; "
        "kött- eller fiskalternativ kan inte beställas i efterhand. Lokalen är tillgänglig för "
        "rullstolsburna och hörslinga finns i stora salen. Behov av teckenspråkstolk anmäls "
        "senast den 12 september 2025.")
    d.add_heading("Kontakt", level=2)
    d.add_paragraph(
        "Frågor om konferensen: Sofia Bergström, kommunikatör, Region Uppsala, "
        "sofia.bergstrom@regionuppsala.se, 018-611 23 45.\n"
        "Frågor om programmet: Karin Lindqvist, Region Dalarna, karin.lindqvist@regiondalarna.se.")
    d.add_paragraph("Välkommen!")
    d.save(path)


# ---------------------------------------------------------------- 4. Rutin (MD)
RUTIN = """# Rutin för diarieföring och arkivering

**Gäller för:** Enheten för regional utveckling, Region Dalarna
**Fastställd:** 2024-09-02 av avdelningschef Ulrika Sjöberg
**Dnr:** RD 2024/0932
**Nästa revidering:** senast 2026-09-01

## 1. Syfte

Rutinen ska säkerställa att allmänna handlingar registreras, hanteras och arkiveras enligt
offentlighets- och sekretesslagen (OSL), arkivlagen och regionens dokumenthanteringsplan, så att
allmänheten kan ta del av handlingar och ärenden kan följas från start till avslut.

## 2. Roller och ansvar

- **Handläggare** ansvarar för att handlingar i de egna ärendena lämnas till registrator, att
  ärendet hålls komplett och att ärendet avslutas när det är klart.
- **Registrator** ansvarar för registrering i diariet (Public 360), kontroll av uppgifter,
  ärendenummer och för att avslutade ärenden arkiveras.
- **Chef** (enhetschef) ansvarar för att rutinen är känd och följs på enheten, beslutar om
  undantag och följer upp rutinen en gång per år.
- **Arkivansvarig** på avdelningen ansvarar för leverans av pappersarkiv till regionarkivet.

## 3. Steg för steg

1. **Inkommen handling.** Den som tar emot en handling (post, e-post, formulär) som rör ett
   ärende lämnar den till registrator **senast nästa arbetsdag**. Handlingar till funktionsbrevlådan
   sorteras av registrator varje arbetsdag.
2. **Registrering.** Registrator registrerar handlingen i diariet **inom två arbetsdagar** från
   att den kom in. Handlingar som omfattas av sekretess registreras samma dag som de kom in och
   markeras med "Sekretess" och aktuell paragraf i OSL.
3. **Nytt ärende.** Om handlingen startar ett nytt ärende skapar registrator ett ärende med
   ärendenummer och tilldelar handläggare enligt chefens fördelning.
4. **Upprättad handling.** Handläggaren lämnar upprättade handlingar som ska diarieföras
   (till exempel beslut, yttranden och avtal) till registrator **senast tre arbetsdagar** efter att
   de expedierats eller justerats.
5. **Beslut.** Beslut som fattas med stöd av delegation anmäls till registrator **inom fem
   arbetsdagar** för att kunna anmälas till nämnd.
6. **Avslut.** Handläggaren meddelar registrator när ärendet är klart. Registrator kontrollerar
   att ärendet är komplett och avslutar det i diariet.
7. **Arkivering.** Avslutade ärenden arkiveras digitalt **inom 30 dagar** efter avslut.
   Pappershandlingar levereras till regionarkivet en gång per år, senast **den 31 mars** för
   ärenden som avslutades föregående år.
8. **Gallring.** Handlingar gallras enligt dokumenthanteringsplanen. Handlingar av tillfällig
   eller ringa betydelse gallras när de inte längre behövs, dock senast efter **två år**.

## 4. Undantag

- Handlingar av **tillfällig eller ringa betydelse** (till exempel kallelser, påminnelser,
  reklam och enklare förfrågningar) behöver inte diarieföras om de inte omfattas av sekretess.
- **Handlingar som hålls ordnade på annat sätt**, till exempel i ett verksamhetssystem för
  projektstöd, behöver inte registreras i diariet om chefen har beslutat det i
  dokumenthanteringsplanen.
- Vid **semesterperioden (v. 27–32)** gäller att registrering sker inom **fem arbetsdagar**,
  utom för sekretessmarkerade handlingar och handlingar med lagstadgad tidsfrist.
- Chef kan i enskilda fall besluta om andra undantag. Sådana beslut ska dokumenteras.

## 5. Vanliga frågor (FAQ)

**Måste jag diarieföra mejl?**
Ja, om mejlet är en allmän handling som rör ett ärende och inte är av ringa betydelse. Vidarebefordra
mejlet till registrator@regiondalarna.se och ange ärendenummer om det finns.

**Vad gör jag om registrator är sjuk?**
Ersättare är registrator vid enheten för kultur och bildning. Funktionsbrevlådan bevakas alltid.

**Får jag spara arbetsmaterial i min egen mapp?**
Ja, så länge det är arbetsmaterial (utkast, minnesanteckningar). När handlingen är
färdigställd eller expedierad ska den lämnas till registrator.

**Hur länge ska projektdokumentation från EU-projekt sparas?**
Enligt dokumenthanteringsplanen bevaras slutrapport och beslut. Övriga underlag för ESF+-projekt
sparas i minst tio år efter projektets slutbetalning.

**Vem kontaktar jag vid frågor?**
Registrator Linnea Holm, registrator@regiondalarna.se, eller arkivansvarig Mats Eklund.
"""


# ---------------------------------------------------------------- 5. E-posttråd (TXT)
MAIL = """Från: Karin Lindqvist <karin.lindqvist@regiondalarna.se>
Skickat: den 14 april 2025 15:42
Till: Erik Dahlgren <erik.dahlgren@mora.se>
Kopia: Johan Sandström <johan.sandstrom@regiondalarna.se>
Ämne: SV: SV: Budgetändring – Kompetenslyft Besöksnäring Dalarna

Hej Erik,

Nu har jag fattat beslut med stöd av styrgruppens delegation (protokoll 2025-03-12, § 7).

Beslut: Omfördelningen godkänns men med 180 000 kr i stället för de 240 000 kr ni ansökte om.
180 000 kr flyttas från posten Personal till posten Externa tjänster. Resterande 60 000 kr kan
ni söka på nytt om utfallet för hösten visar att behovet finns.

Projektets slutdatum förlängs från den 30 juni 2025 till den 31 oktober 2025. Slutrapporten ska
därmed lämnas senast den 28 november 2025 (i stället för 29 augusti 2025).

Beslutet anmäls vid styrgruppens möte den 21 maj.

Vänliga hälsningar
Karin Lindqvist
Processledare, Region Dalarna

-----Ursprungligt meddelande-----
Från: Erik Dahlgren <erik.dahlgren@mora.se>
Skickat: den 9 april 2025 10:05
Till: Karin Lindqvist <karin.lindqvist@regiondalarna.se>
Ämne: SV: Budgetändring – Kompetenslyft Besöksnäring Dalarna

Hej igen,

Tack för snabbt svar. Kompletterar enligt önskemål:

> Kan du förtydliga hur mycket ni vill flytta och till vad?

Vi vill flytta 240 000 kr från posten Personal till Externa tjänster. Pengarna ska användas till
att köpa in två utbildningsomgångar i värdskap och digital marknadsföring från Dalarnas
folkhögskola, eftersom vår egen utbildare har slutat. Vi vill även förlänga projektet till den
31 oktober 2025 så att utbildningarna kan genomföras under hösten när säsongspersonalen är kvar.

Mvh
Erik Dahlgren
Projektledare, Mora kommun

-----Ursprungligt meddelande-----
Från: Karin Lindqvist <karin.lindqvist@regiondalarna.se>
Skickat: den 7 april 2025 16:20
Till: Erik Dahlgren <erik.dahlgren@mora.se>
Ämne: SV: Budgetändring – Kompetenslyft Besöksnäring Dalarna

Hej Erik,

Tack för ditt mejl. Kan du förtydliga hur mycket ni vill flytta och till vad? Jag behöver också
veta om förändringen påverkar antalet deltagare.

/Karin

-----Ursprungligt meddelande-----
Från: Erik Dahlgren <erik.dahlgren@mora.se>
Skickat: den 4 april 2025 08:51
Till: Karin Lindqvist <karin.lindqvist@regiondalarna.se>
Ämne: Budgetändring – Kompetenslyft Besöksnäring Dalarna

Hej Karin,

Vi i projektet Kompetenslyft Besöksnäring Dalarna behöver göra en budgetändring eftersom vår
interna utbildare har slutat. Vi har pengar kvar på personalposten men behöver köpa in
utbildning externt. Antalet deltagare (45 personer) påverkas inte.

Hur går vi tillväga?

Mvh
Erik Dahlgren
Projektledare, Mora kommun
"""


# ---------------------------------------------------------------- 6. Projektlista (XLSX)
def make_projects(path):
    rng = random.Random(SEED)
    fixed = [
        ("Gruvkompetens Malmfälten", "Per-Erik Lundmark", "Norrbotten"),
        ("Kompetenslyft Besöksnäring Dalarna", "Erik Dahlgren", "Dalarna"),
    ]
    names = [
        ("Lärcentrum Pajala", "Norrbotten"), ("Vårdcollege Norr", "Norrbotten"),
        ("Batterikompetens Skellefteå–Luleå", "Norrbotten"), ("Tjejer kodar Luleå", "Norrbotten"),
        ("Valideringsnav Norrbotten", "Norrbotten"), ("Unga in Borlänge", "Dalarna"),
        ("Mentorskap Dalarna", "Dalarna"), ("Lärcentrum Älvdalen", "Dalarna"),
        ("Stålbyggarna Avesta", "Dalarna"), ("YH-analys Dalarna", "Dalarna"),
        ("Matchning Kvinnor Uppsala", "Uppsala"), ("Digitalt lyft SMF Uppsala", "Uppsala"),
        ("Lärcentrum Tierp", "Uppsala"), ("Yrkesvux Uppland", "Uppsala"),
        ("Arbetsmarknadsdashboard Uppsala", "Uppsala"), ("Vägledning Utan Normer", "Uppsala"),
        ("Enköping Kompetensväxling", "Uppsala"), ("Malmfältens Branschråd", "Norrbotten"),
    ]
    first = ["Anna", "Lars", "Fatima", "Mikael", "Sofia", "Jonas", "Elin", "Ahmed", "Karin",
             "Oskar", "Linda", "Nils", "Hanna", "Patrik", "Maja", "Björn", "Amira", "Gustav"]
    last = ["Nilsson", "Berg", "Ali", "Holmström", "Persson", "Eriksson", "Lind", "Hassan",
            "Forsberg", "Wallin", "Strand", "Lindgren", "Åström", "Sundberg", "Karlsson",
            "Nordin", "Khalil", "Engström"]
    rng.shuffle(first)
    rng.shuffle(last)
    rows = []
    rows.append(("Gruvkompetens Malmfälten", "Per-Erik Lundmark", "Norrbotten",
                 date(2025, 4, 1), date(2027, 3, 31), 2_750_000, "Pågående"))
    rows.append(("Kompetenslyft Besöksnäring Dalarna", "Erik Dahlgren", "Dalarna",
                 date(2024, 7, 1), date(2025, 10, 31), 1_180_000, "Pågående"))
    for i, (proj, lan) in enumerate(names):
        start = date(2024, 1, 1) + timedelta(days=rng.randrange(0, 700))
        start = start.replace(day=1)
        months = rng.choice([12, 18, 24, 30, 36])
        y, m = divmod(start.month - 1 + months, 12)
        end = date(start.year + y, m + 1, 1) - timedelta(days=1)
        budget = rng.randrange(30, 480) * 10_000
        if end < date(2025, 6, 1):
            status = "Avslutat"
        elif start > date(2025, 6, 1):
            status = "Planerat"
        else:
            status = rng.choice(["Pågående", "Pågående", "Pågående", "Försenat"])
        rows.append((proj, f"{first[i]} {last[i]}", lan, start, end, budget, status))
    df = pd.DataFrame(rows, columns=["Projekt", "Projektledare", "Län", "Start", "Slut",
                                     "Budget (kr)", "Status"])
    with pd.ExcelWriter(path, engine="openpyxl") as xw:
        df.to_excel(xw, index=False, sheet_name="Projekt 2024–2027")
        ws = xw.sheets["Projekt 2024–2027"]
        for col, w in zip("ABCDEFG", [36, 22, 12, 12, 12, 14, 12]):
            ws.column_dimensions[col].width = w
        for row in ws.iter_rows(min_row=2, min_col=4, max_col=5):
            for c in row:
                c.number_format = "yyyy-mm-dd"
        for row in ws.iter_rows(min_row=2, min_col=6, max_col=6):
            for c in row:
                c.number_format = "# ##0"
    return df


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    random.seed(SEED)
    make_action_plan(os.path.join(out, "Handlingsplan_kompetensforsorjning_2025-2027.pdf"))
    make_minutes(os.path.join(out, "Protokoll_styrgrupp_2025-03-12.pdf"))
    make_invitation(os.path.join(out, "Inbjudan_kompetenskonferens_2025.docx"))
    with open(os.path.join(out, "Rutin_diarieforing_och_arkivering.md"), "w",
              encoding="utf-8") as f:
        f.write(RUTIN)
    with open(os.path.join(out, "Mejltrad_budgetandring_besoksnaring.txt"), "w",
              encoding="utf-8") as f:
        f.write(MAIL)
    df = make_projects(os.path.join(out, "Projektlista_kompetensforsorjning.xlsx"))
    print(df.to_string())


if __name__ == "__main__":
    main()
