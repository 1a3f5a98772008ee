#!/usr/bin/env python
"""Skapar sex realistiska svenska dokument för test av Kunskapsbanken (r98).

Användning: python r98_make_files.py UTMAPP
"""
import os
import random
import sys

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (ListFlowable, ListItem, PageBreak, Paragraph,
                                SimpleDocTemplate, Spacer, Table, TableStyle)

random.seed(98)

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
pdfmetrics.registerFont(TTFont("DejaVu", os.path.join(FONT_DIR, "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DejaVu-Bold", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf")))

_ss = getSampleStyleSheet()
BODY = ParagraphStyle("body", parent=_ss["BodyText"], fontName="DejaVu", fontSize=10,
                      leading=14, alignment=TA_LEFT, spaceAfter=6)
H1 = ParagraphStyle("h1", parent=_ss["Heading1"], fontName="DejaVu-Bold", fontSize=16,
                    leading=20, spaceBefore=10, spaceAfter=8)
H2 = ParagraphStyle("h2", parent=_ss["Heading2"], fontName="DejaVu-Bold", fontSize=13,
                    leading=17, spaceBefore=10, spaceAfter=6)
TITLE = ParagraphStyle("title", parent=H1, fontSize=22, leading=28, spaceAfter=14)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8.5, leading=11)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=9, leading=11, spaceAfter=0)


def bullets(items):
    return ListFlowable([ListItem(Paragraph(t, BODY), leftIndent=12) for t in items],
                        bulletType="bullet", start="•", leftIndent=14)


def numbered(items):
    return ListFlowable([ListItem(Paragraph(t, BODY), leftIndent=14) for t in items],
                        bulletType="1", bulletFormat="%s.", leftIndent=16)


def ruled_table(rows, widths):
    data = [[Paragraph(str(c), CELL) for c in r] for r in rows]
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f0")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return t


def running(header_text):
    def _draw(canvas, doc):
        canvas.saveState()
        canvas.setFont("DejaVu", 8)
        canvas.drawString(2 * cm, A4[1] - 1.3 * cm, header_text)
        canvas.line(2 * cm, A4[1] - 1.45 * cm, A4[0] - 2 * cm, A4[1] - 1.45 * cm)
        canvas.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Sida {doc.page}")
        canvas.restoreState()
    return _draw


# ---------------------------------------------------------------------------
# 1. Arbetsmarknadsanalys Östergötland (PDF)
# ---------------------------------------------------------------------------
def make_labour_market_pdf(out):
    path = os.path.join(out, "arbetsmarknadsutsikter_ostergotland_2026-2027.pdf")
    header = ("Arbetsmarknadsutsikter Östergötland 2026–2027  ·  Johanna Lindqvist  ·  "
              "12 februari 2026")
    doc = SimpleDocTemplate(path, pagesize=A4, topMargin=2.2 * cm, bottomMargin=2 * cm,
                            leftMargin=2 * cm, rightMargin=2 * cm,
                            title="Arbetsmarknadsutsikter för Östergötland 2026–2027",
                            author="Johanna Lindqvist", subject="Rapport 2026:3",
                            creator="Region Östergötland, Enheten för regional analys")
    s = []
    s.append(Paragraph("Arbetsmarknadsutsikter för Östergötland 2026–2027", TITLE))
    s.append(Paragraph("Rapport 2026:3 · Enheten för regional analys · Region Östergötland", BODY))
    s.append(Paragraph("Författare: Johanna Lindqvist, analytiker. Publicerad 12 februari 2026.", BODY))
    s.append(Spacer(1, 10))
    s.append(Paragraph("Sammanfattning", H1))
    s.append(Paragraph(
        "Arbetsmarknaden i Östergötland försvagades under 2025 men väntas återhämta sig gradvis "
        "under 2026 och 2027. Den registrerade arbetslösheten i länet uppgick till 8,1 procent i "
        "december 2025, jämfört med 7,6 procent ett år tidigare. Antalet inskrivna arbetslösa var "
        "18 940 personer. Långtidsarbetslösheten ökade, och 7 310 personer hade varit inskrivna i "
        "mer än tolv månader. Samtidigt kvarstår en tydlig brist på arbetskraft inom vård, skola "
        "och teknik, vilket gör att matchningen på arbetsmarknaden har försämrats.", BODY))
    s.append(Paragraph(
        "Rapporten har tagits fram på uppdrag av regionala utvecklingsnämnden och ingår i det "
        "regionala analysprogrammet. Den bygger på statistik från Arbetsförmedlingen och SCB, "
        "Arbetsförmedlingens yrkesprognoser samt intervjuer med tolv arbetsgivare i länet.", BODY))
    s.append(Paragraph("1. Inledning", H1))
    s.append(Paragraph(
        "Syftet med rapporten är att ge kommuner, Arbetsförmedlingen och regionens verksamheter "
        "ett gemensamt underlag för planering av utbildning och arbetsmarknadsinsatser. Rapporten "
        "uppdateras en gång per år. Underlaget avser läget i december 2025 om inget annat anges.",
        BODY))
    s.append(Paragraph(
        "Under 2025 präglades länets arbetsmarknad av en svag byggkonjunktur, varsel inom "
        "tillverkningsindustrin och ett minskat antal nyanmälda lediga platser. Antalet varsel "
        "uppgick till 2 480 personer under året, vilket är det högsta sedan 2020. Samtidigt "
        "fortsatte offentlig sektor att rekrytera, framför allt inom hälso- och sjukvård.", BODY))
    s.append(Paragraph("2. Begrepp och definitioner", H1))
    s.append(Paragraph(
        "<b>Registrerad arbetslöshet</b> avser inskrivna arbetslösa, det vill säga öppet arbetslösa "
        "och sökande i program med aktivitetsstöd, som andel av den registerbaserade arbetskraften "
        "16–64 år.", BODY))
    s.append(Paragraph(
        "<b>Långtidsarbetslös</b> är en person som har varit utan arbete och inskriven vid "
        "Arbetsförmedlingen i mer än tolv månader i följd.", BODY))
    s.append(Paragraph(
        "I rapporten används RMI (regionalt matchningsindex) som mått på hur väl utbud och "
        "efterfrågan på arbetskraft möts. RMI anger hur stor andel av de lediga platser som "
        "annonserats i länet som har tillsatts inom 60 dagar från publiceringen, uttryckt i "
        "procent. Ett RMI på 100 betyder att samtliga platser tillsattes inom 60 dagar.", BODY))
    s.append(PageBreak())
    s.append(Paragraph("3. Arbetslöshet per kommun", H1))
    s.append(Paragraph(
        "Arbetslösheten skiljer sig kraftigt mellan länets tretton kommuner. Tabell 1 visar "
        "inskrivna arbetslösa 16–64 år per kommun i december 2025.", BODY))
    rows = [
        ["Kommun", "Inskrivna arbetslösa (antal)", "Andel av arbetskraften (%)",
         "Förändring mot dec 2024 (procentenheter)"],
        ["Boxholm", "140", "5,3", "+0,2"],
        ["Finspång", "870", "7,7", "+0,9"],
        ["Kinda", "220", "4,8", "+0,1"],
        ["Linköping", "6 860", "6,8", "+0,4"],
        ["Mjölby", "890", "5,9", "+0,2"],
        ["Motala", "1 720", "8,1", "+0,3"],
        ["Norrköping", "7 150", "9,4", "+0,6"],
        ["Söderköping", "310", "4,6", "-0,1"],
        ["Vadstena", "150", "4,9", "0,0"],
        ["Valdemarsvik", "190", "6,1", "+0,4"],
        ["Ydre", "60", "3,9", "-0,2"],
        ["Åtvidaberg", "260", "5,2", "+0,5"],
        ["Ödeshög", "120", "4,2", "-0,3"],
        ["Östergötlands län", "18 940", "8,1", "+0,5"],
    ]
    s.append(Paragraph("Tabell 1. Inskrivna arbetslösa 16–64 år per kommun, december 2025", H2))
    s.append(ruled_table(rows, [4 * cm, 4 * cm, 4 * cm, 5 * cm]))
    s.append(Paragraph("Källa: Arbetsförmedlingen, bearbetning Region Östergötland.", SMALL))
    s.append(Spacer(1, 8))
    s.append(Paragraph(
        "Högst arbetslöshet har Norrköping med 9,4 procent och lägst har Ydre med 3,9 procent. "
        "Störst ökning har Finspång, där arbetslösheten ökade med 0,9 procentenheter efter varsel "
        "inom tillverkningsindustrin. I Linköping och Norrköping bor tillsammans 74 procent av "
        "länets inskrivna arbetslösa.", BODY))
    s.append(Paragraph("4. Bristyrken och matchning", H1))
    s.append(Paragraph(
        "Arbetsgivarnas rekryteringsbehov är fortsatt stort inom flera yrken trots den högre "
        "arbetslösheten. Följande fem yrken bedöms ha störst brist på arbetskraft i länet de "
        "kommande två åren:", BODY))
    s.append(bullets(["undersköterskor", "grundskollärare", "mjukvaru- och systemutvecklare",
                      "elektriker", "lastbils- och bussförare"]))
    s.append(Paragraph(
        "Matchningen har försämrats. RMI för länet sjönk från 69 procent 2024 till 64 procent 2025. "
        "Lägst RMI har yrkesområdet hälso- och sjukvård, där endast 48 procent av platserna "
        "tillsattes inom 60 dagar.", BODY))
    s.append(PageBreak())
    s.append(Paragraph("5. Prognos 2026–2027", H1))
    s.append(Paragraph(
        "Vi bedömer att den registrerade arbetslösheten i Östergötland minskar från 8,1 procent i "
        "december 2025 till 7,6 procent i december 2026 och 7,2 procent i december 2027. Antalet "
        "sysselsatta väntas öka med 2 300 personer under 2026 och med ytterligare 3 100 personer "
        "under 2027. Prognosen förutsätter att räntorna fortsätter att sjunka och att exporten "
        "till Tyskland återhämtar sig.", BODY))
    s.append(Paragraph(
        "Risken för en svagare utveckling bedöms som betydande, främst hos fordonsindustrins "
        "underleverantörer. Långtidsarbetslösheten väntas minska först under 2027, eftersom "
        "många av de långtidsinskrivna saknar gymnasieutbildning.", BODY))
    s.append(Paragraph("6. Slutsatser och förslag", H1))
    s.append(Paragraph("Enheten för regional analys föreslår att regionen och kommunerna:", BODY))
    s.append(bullets([
        "utökar antalet platser inom regionalt yrkesvux för undersköterskor och elektriker med "
        "sammanlagt 150 platser till hösten 2026,",
        "tar fram en gemensam insats för långtidsarbetslösa i Norrköping och Finspång tillsammans "
        "med Arbetsförmedlingen,",
        "följer RMI kvartalsvis och redovisar det till regionala utvecklingsnämnden.",
    ]))
    s.append(Paragraph(
        "Kontakt: Johanna Lindqvist, analytiker, Enheten för regional analys, Region Östergötland.",
        BODY))
    doc.build(s, onFirstPage=running(header), onLaterPages=running(header))
    return path


# ---------------------------------------------------------------------------
# 2. Protokoll regionala utvecklingsnämnden, Region Kronoberg (DOCX)
# ---------------------------------------------------------------------------
def make_minutes_docx(out):
    path = os.path.join(out, "protokoll_regionala_utvecklingsnamnden_2026-03-18.docx")
    d = Document()
    d.core_properties.title = "Protokoll regionala utvecklingsnämnden 2026-03-18"
    d.core_properties.author = "Malin Ström"
    style = d.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    d.add_paragraph("Region Kronoberg")
    d.add_heading("Protokoll – Regionala utvecklingsnämnden", level=0)
    d.add_paragraph("Sammanträdesdatum: 2026-03-18")
    d.add_paragraph("Plats och tid: Regionhuset Växjö, sal Evelina, kl. 09.00–11.45")
    d.add_heading("Närvaro", level=1)
    d.add_paragraph("Beslutande:")
    for p in ["Anna Fransson (S), ordförande",
              "Mikael Ekvall (M), 1:e vice ordförande",
              "Sara Holmqvist (C)",
              "Lena Borg (V)",
              "Ingrid Nilsson (KD)",
              "Tomas Berg (L)",
              "Karin Lund (SD), tjänstgörande ersättare för Peter Hansson (SD)"]:
        d.add_paragraph(p, style="List Bullet")
    d.add_paragraph("Frånvarande: Peter Hansson (SD).")
    d.add_paragraph("Övriga närvarande:")
    for p in ["Fredrik Alm, regional utvecklingsdirektör",
              "Malin Ström, nämndsekreterare",
              "Josefin Ek, controller (§ 15)"]:
        d.add_paragraph(p, style="List Bullet")
    d.add_paragraph("Utses att justera: Sara Holmqvist (C)")
    d.add_paragraph("Justeringens plats och tid: Regionhuset Växjö, 2026-03-25")
    d.add_paragraph("Justerade paragrafer: §§ 12–19")
    t = d.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate([("Sekreterare", "Malin Ström"),
                                ("Ordförande", "Anna Fransson"),
                                ("Justerande", "Sara Holmqvist")]):
        t.cell(i, 0).text = a
        t.cell(i, 1).text = b

    def para(num, title, body, beslut):
        d.add_heading(f"§ {num} {title}", level=1)
        for b in body:
            d.add_paragraph(b)
        d.add_paragraph("Beslut").runs[0].bold = True
        for b in beslut:
            d.add_paragraph(b)

    para(12, "Val av justerare", [],
         ["Sara Holmqvist (C) utses att jämte ordföranden justera dagens protokoll."])
    para(13, "Fastställande av dagordning",
         ["Ordföranden föreslår att ärendet om representation i styrgruppen för smart "
          "specialisering läggs till som § 17."],
         ["Dagordningen fastställs med föreslaget tillägg."])
    para(14, "Medfinansiering av projektet Glasriket 2030",
         ["Diarienummer: RUN 2026/41",
          "Destination Glasriket ekonomisk förening har ansökt om regional medfinansiering till "
          "projektet Glasriket 2030. Projektet ska utveckla glasbruksmiljöerna i Emmaboda, "
          "Lessebo, Nybro och Uppvidinge till en sammanhållen besöksdestination och skapa "
          "kompetensutveckling för hantverkare. Projektets totala budget är 9,6 miljoner kronor "
          "för perioden 2026–2028.",
          "Förvaltningen föreslår att nämnden beviljar 1 850 000 kronor.",
          "Lena Borg (V) yrkar att medfinansieringen begränsas till 1 200 000 kronor. "
          "Ordföranden ställer proposition på förvaltningens förslag och Lena Borgs yrkande och "
          "finner att nämnden beslutar enligt förvaltningens förslag."],
         ["1. Regionala utvecklingsnämnden beviljar 1 850 000 kronor i medfinansiering till "
          "projektet Glasriket 2030 för perioden 2026–2028.",
          "2. Medfinansieringen villkoras av att projektet beviljas stöd från Europeiska regionala "
          "utvecklingsfonden.",
          "Reservation: Lena Borg (V) reserverar sig mot beslutet till förmån för eget yrkande."])
    para(15, "Budgetuppföljning februari 2026",
         ["Controller Josefin Ek redovisar budgetuppföljningen efter februari. Prognosen för "
          "helåret visar ett underskott på 2,4 miljoner kronor, främst på grund av lägre "
          "statsbidrag för regionalt utvecklingsarbete och högre hyreskostnader för Kulturparken "
          "Småland."],
         ["Nämnden godkänner budgetuppföljningen och ger förvaltningen i uppdrag att ta fram "
          "förslag på åtgärder för en budget i balans till sammanträdet den 22 april 2026."])
    para(16, "Ram för regionalt företagsstöd 2026",
         ["Förvaltningen har tagit fram förslag till ram för de regionala företagsstöden 2026."],
         ["Ramen för regionalt företagsstöd 2026 fastställs till 14,5 miljoner kronor, varav "
          "3,0 miljoner kronor avsätts för innovationscheckar och 2,0 miljoner kronor för "
          "investeringsstöd till företag i landsbygd."])
    para(17, "Representant i styrgruppen för smart specialisering",
         [],
         ["Tomas Berg (L) utses till nämndens representant i styrgruppen för smart "
          "specialisering i Kronoberg för perioden 2026–2027."])
    para(18, "Anmälan av delegationsbeslut",
         ["Förteckning över delegationsbeslut fattade under perioden 1 februari–28 februari 2026 "
          "redovisas. Totalt har 23 beslut fattats, varav 9 avser projektstöd."],
         ["Nämnden lägger redovisningen till handlingarna."])
    para(19, "Övriga frågor",
         ["Fredrik Alm informerar om att Region Kronobergs regionala utvecklingsstrategi ska "
          "revideras under 2027."],
         ["Nästa sammanträde hålls den 22 april 2026 kl. 09.00 i Regionhuset Växjö."])
    d.save(path)
    return path


# ---------------------------------------------------------------------------
# 3. Handlingsplan kompetensförsörjning Västerbotten (Markdown)
# ---------------------------------------------------------------------------
def make_action_plan_md(out):
    path = os.path.join(out, "handlingsplan_kompetensforsorjning_vasterbotten_2026-2028.md")
    text = """# Handlingsplan för kompetensförsörjning i Västerbotten 2026–2028

Region Västerbotten, Avdelningen för regional utveckling
Fastställd av regionala utvecklingsnämnden den 10 december 2025 (dnr RUN 2025/512)
Kontaktperson: Erik Sandström, strateg kompetensförsörjning

## Bakgrund

Västerbotten står inför en omfattande industriell omställning. Etableringarna inom batteri- och
processindustrin i Skellefteå och Umeå väntas skapa omkring 10 000 nya arbetstillfällen i länet
fram till 2030. Samtidigt går många i pension inom vård, skola och omsorg, och inlandskommunerna
har svårt att erbjuda vuxenutbildning nära bostaden. Handlingsplanen konkretiserar den regionala
utvecklingsstrategins prioritering om kompetensförsörjning och gäller 2026–2028.

## Mål

- **Mål 1:** Andelen elever som fullföljer en gymnasieutbildning inom fyra år ska öka från 78 till
  85 procent till 2028.
- **Mål 2:** Tillgången till vuxenutbildning i inlandet ska förbättras.
- **Mål 3:** Fler utrikes födda kvinnor ska komma i arbete. Sysselsättningsgraden för gruppen ska
  öka från 58 till 65 procent till 2028.

## Åtgärder

### Åtgärder för mål 1

| Nr | Åtgärd | Ansvarig | Klart senast |
|----|--------|----------|--------------|
| 1.1 | Kartlägga kompetensbehoven i batteri- och processindustrin | Enheten för näringsliv | 30 juni 2026 |
| 1.2 | Genomföra en gemensam studie- och yrkesvägledningsdag för alla gymnasieskolor i länet | Enheten för utbildning och kompetens | 15 oktober 2026 |
| 1.3 | Starta ett mentorsprogram för elever som riskerar att inte fullfölja gymnasiet | Skellefteå kommun, gymnasieförvaltningen | 31 december 2027 |

### Åtgärder för mål 2

| Nr | Åtgärd | Ansvarig | Klart senast |
|----|--------|----------|--------------|
| 2.1 | Etablera fyra nya lärcentrum i Storuman, Sorsele, Dorotea och Åsele | Enheten för utbildning och kompetens | 31 december 2027 |
| 2.2 | Införa en gemensam distansplattform för regionalt yrkesvux | Vux-samverkan Västerbotten | 1 september 2026 |
| 2.3 | Utbilda 40 handledare på arbetsplatser i inlandet | Enheten för landsbygdsutveckling | 30 juni 2027 |

### Åtgärder för mål 3

| Nr | Åtgärd | Ansvarig | Klart senast |
|----|--------|----------|--------------|
| 3.1 | Erbjuda språkstödjande yrkesutbildning inom vård och omsorg | Arbetsförmedlingen i samverkan med Umeå kommun | 31 mars 2027 |
| 3.2 | Utveckla branschvalidering för industrins yrken | Enheten för näringsliv | 31 december 2026 |

## Budget

Handlingsplanen finansieras med regionala utvecklingsmedel (1:1-medel) och medel från ESF+.

| År | Budget (miljoner kronor) |
|----|--------------------------|
| 2026 | 6,2 |
| 2027 | 5,4 |
| 2028 | 3,1 |
| Totalt | 14,7 |

## Uppföljning

Handlingsplanen följs upp två gånger per år i Kompetensrådet Västerbotten. Den första
uppföljningen redovisas för regionala utvecklingsnämnden i september 2026. En slutredovisning
lämnas i mars 2029.
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path


# ---------------------------------------------------------------------------
# 4. Frågor och svar om innovationscheck, Region Kronoberg (TXT)
# ---------------------------------------------------------------------------
def make_faq_txt(out):
    path = os.path.join(out, "fragor_och_svar_innovationscheck_kronoberg.txt")
    text = """FRÅGOR OCH SVAR OM INNOVATIONSCHECK KRONOBERG 2026
Region Kronoberg, Regional utveckling
Uppdaterad 2 mars 2026

Vad är en innovationscheck?
En innovationscheck är ett stöd som hjälper små företag att köpa extern expertis för att utveckla
en ny eller väsentligt förbättrad produkt, tjänst eller process. Checken kan till exempel användas
till designtjänster, patentrådgivning, marknadsanalys, tester och prototyper eller IT-konsulter.

Vem kan söka?
Du kan söka om ditt företag uppfyller alla följande krav:
- företaget har 1–49 anställda,
- företaget har säte eller driftställe i Kronobergs län,
- företaget omsatte minst 300 000 kronor under det senaste räkenskapsåret,
- företaget har F-skatt.

Vem kan inte söka?
Företag inom primärproduktion av jordbruksprodukter, fiske och vattenbruk kan inte få stöd. Inte
heller företag som är i ekonomiska svårigheter eller har skulder hos Kronofogden.

Hur mycket kan man få?
Innovationschecken är på högst 100 000 kronor. Stödet täcker högst 50 procent av de
stödberättigande kostnaderna, och resten betalar företaget självt. Projektets totala kostnad måste
vara minst 40 000 kronor. Företagets egen arbetstid räknas inte som stödberättigande kostnad.

När kan man söka?
Ansökan är öppen från 1 april till 30 september 2026. Ansökningar behandlas löpande så länge det
finns medel kvar.

Hur lång tid tar handläggningen?
Handläggningstiden är cirka sex veckor från det att ansökan är komplett. Projektet får inte
starta innan ansökan har kommit in till Region Kronoberg.

Kan man söka flera gånger?
Ett företag kan få högst en innovationscheck under en period av 24 månader.

Vilka krav ställs på konsulten?
Konsulten får inte vara anställd i företaget, vara närstående till ägarna eller ha ägarintresse i
företaget. Offert från konsulten ska bifogas ansökan.

Vilka regler för statsstöd gäller?
Stödet lämnas som stöd av mindre betydelse (de minimis). Ett företag får sammanlagt ta emot högst
300 000 euro i sådant stöd under en period av tre år.

Hur redovisar man och när betalas pengarna ut?
Stödet betalas ut i efterskott. Slutrapport och kopior på betalda fakturor ska lämnas senast tre
månader efter projektets slutdatum.

Vart vänder jag mig med frågor?
Kontakta handläggare Ahmed Yusuf, Region Kronoberg, telefon 0470-58 30 00, e-post
innovationscheck@kronoberg.example.se.
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path


# ---------------------------------------------------------------------------
# 5. Utvärdering av regionalt yrkesvux i Västerbotten (PDF)
# ---------------------------------------------------------------------------
def make_evaluation_pdf(out):
    path = os.path.join(out, "utvardering_regionalt_yrkesvux_vasterbotten_2023-2025.pdf")
    header = "Utvärdering av regionalt yrkesvux i Västerbotten  ·  Norrlandsanalys AB  ·  28 november 2025"
    doc = SimpleDocTemplate(path, pagesize=A4, topMargin=2.2 * cm, bottomMargin=2 * cm,
                            leftMargin=2 * cm, rightMargin=2 * cm,
                            title="Utvärdering av regionalt yrkesvux i Västerbotten 2023–2025",
                            author="Karin Öberg, Jonas Westin",
                            creator="Norrlandsanalys AB")
    s = []
    s.append(Paragraph("Utvärdering av regionalt yrkesvux i Västerbotten 2023–2025", TITLE))
    s.append(Paragraph("Slutrapport · Norrlandsanalys AB · 28 november 2025", BODY))
    s.append(Paragraph("Karin Öberg och Jonas Westin, på uppdrag av Region Västerbotten "
                       "(dnr RUN 2024/318)", BODY))
    s.append(Spacer(1, 8))
    s.append(Paragraph("Sammanfattning", H1))
    s.append(Paragraph(
        "Norrlandsanalys AB har på uppdrag av Region Västerbotten utvärderat hur regionalt "
        "yrkesvux har fungerat i länets 15 kommuner under perioden 2023–2025. Utvärderingen visar "
        "att utbildningarna i stort leder till arbete: 71 procent av deltagarna var i arbete sex "
        "månader efter avslutad utbildning. Avbrotten är dock fortsatt höga. 18 procent av "
        "deltagarna avbröt sin utbildning, och andelen var högst i inlandskommunerna. "
        "Samverkan mellan kommunerna har förbättrats, men valideringen används ojämnt. Vi lämnar "
        "fyra rekommendationer.", BODY))
    s.append(Paragraph("1. Uppdrag och syfte", H1))
    s.append(Paragraph(
        "Uppdraget beställdes av Region Västerbotten i maj 2024 och har genomförts mellan "
        "augusti 2024 och oktober 2025. Uppdragets budget var 420 000 kronor. Syftet är att bedöma "
        "om regionalt yrkesvux bidrar till kompetensförsörjningen i länet, vilka grupper som "
        "fullföljer utbildningen och hur kommunernas samverkan fungerar.", BODY))
    s.append(Paragraph("2. Metod", H1))
    s.append(Paragraph(
        "Utvärderingen bygger på tre delar. Vi har genomfört 47 intervjuer med rektorer, studie- "
        "och yrkesvägledare, arbetsgivare och deltagare. En webbenkät skickades till 612 tidigare "
        "deltagare; 355 svarade, vilket ger en svarsfrekvens på 58 procent. Dessutom har vi "
        "analyserat registerdata om sysselsättning från SCB för samtliga 1 160 deltagare som "
        "avslutade en utbildning 2023–2024.", BODY))
    s.append(Paragraph(
        "I rapporten används förkortningen VIS (Validering i samverkan), som avser den "
        "gemensamma modell för validering av yrkeskunskaper som kommunerna i Västerbotten "
        "införde 2022.", BODY))
    s.append(PageBreak())
    s.append(Paragraph("3. Iakttagelser", H1))
    s.append(Paragraph("3.1 Resultat per utbildningsområde", H2))
    s.append(Paragraph(
        "Andelen i arbete varierar mellan utbildningsområdena. Högst är den inom vård och omsorg "
        "och lägst inom restaurang och livsmedel.", BODY))
    rows = [["Utbildningsområde", "Deltagare som avslutat 2023–2024", "Andel i arbete efter sex månader (%)"],
            ["Vård och omsorg", "420", "84"],
            ["Fordon och transport", "180", "73"],
            ["Bygg och anläggning", "150", "70"],
            ["Industriteknik", "210", "62"],
            ["El och energi", "90", "78"],
            ["Restaurang och livsmedel", "110", "35"],
            ["Totalt", "1 160", "71"]]
    s.append(Paragraph("Tabell 2. Deltagare och andel i arbete per utbildningsområde", H2))
    s.append(ruled_table(rows, [6 * cm, 5 * cm, 6 * cm]))
    s.append(Spacer(1, 8))
    s.append(Paragraph("3.2 Avbrott", H2))
    s.append(Paragraph(
        "18 procent av deltagarna avbröt sin utbildning. Högst var andelen i Lycksele (27 procent) "
        "och Storuman (25 procent). De vanligaste skälen var långa resor till studieorten, "
        "ekonomiska svårigheter och bristande språkstöd.", BODY))
    s.append(Paragraph("3.3 Samverkan och validering", H2))
    s.append(Paragraph(
        "Kommunerna samverkar i dag om utbudet, men antagningen sker fortfarande vid olika "
        "tidpunkter. VIS används av 9 av länets 15 kommuner. Deltagare som validerats genom VIS "
        "hade i genomsnitt 14 veckor kortare studietid.", BODY))
    s.append(Paragraph("4. Rekommendationer", H1))
    s.append(Paragraph("Vi rekommenderar Region Västerbotten och kommunerna att:", BODY))
    s.append(numbered([
        "införa en gemensam antagningsomgång för hela länet två gånger per år,",
        "utöka språkstödet genom att kombinera yrkesutbildning med sfi inom minst fyra "
        "utbildningsområden,",
        "erbjuda resebidrag eller distansinslag till deltagare som har mer än 50 kilometer till "
        "studieorten,",
        "göra VIS obligatoriskt för alla deltagare med tidigare yrkeserfarenhet.",
    ]))
    s.append(Paragraph("5. Fortsatt uppföljning", H1))
    s.append(Paragraph(
        "Vi föreslår att en uppföljande utvärdering genomförs 2027, när effekterna av en "
        "gemensam antagning kan bedömas.", BODY))
    doc.build(s, onFirstPage=running(header), onLaterPages=running(header))
    return path


# ---------------------------------------------------------------------------
# 6. Evenemangskalender Östergötland (XLSX)
# ---------------------------------------------------------------------------
def make_events_xlsx(out):
    path = os.path.join(out, "evenemang_ostergotland_varen_2026.xlsx")
    wb = Workbook()
    ws = wb.active
    ws.title = "Evenemang"
    header = ["Datum", "Evenemang", "Plats", "Arrangör", "Kontaktperson",
              "Sista anmälningsdag", "Max antal deltagare", "Avgift (kr)"]
    ws.append(header)
    rows = [
        ["2026-03-05", "Frukostseminarium: Arbetsmarknadsutsikter 2026–2027",
         "Norrköping, Louis De Geer", "Region Östergötland", "Johanna Lindqvist",
         "2026-02-27", 120, 0],
        ["2026-03-19", "Workshop om kompetensförsörjning i vården", "Linköping, Regionhuset",
         "Region Östergötland", "Maria Sjöberg", "2026-03-10", 40, 0],
        ["2026-04-14", "Kompetensforum Östergötland", "Linköping, Konsert & Kongress",
         "Region Östergötland och Arbetsförmedlingen", "Ola Persson", "2026-03-31", 250, 0],
        ["2026-04-28", "Företagarträff: Rekrytera utrikes födda", "Motala, Platensalen",
         "Arbetsförmedlingen Motala", "Leila Haddad", "2026-04-20", 60, 0],
        ["2026-05-12", "Nätverksträff för studie- och yrkesvägledare", "Mjölby, Stadshuset",
         "Region Östergötland", "Maria Sjöberg", "2026-05-04", 50, 0],
        ["2026-05-27", "Konferens: Grön omställning i industrin", "Finspång, Bruksgården",
         "Region Östergötland och Linköpings universitet", "Ola Persson", "2026-05-15", 150, 450],
        ["2026-06-09", "Digitalt seminarium: Validering i arbetslivet", "Digitalt (Teams)",
         "Arbetsförmedlingen", "Leila Haddad", "2026-06-05", 300, 0],
    ]
    for r in rows:
        ws.append(r)
    for c in ws[1]:
        c.font = Font(bold=True)
    for col, w in zip("ABCDEFGH", [12, 52, 32, 44, 20, 20, 20, 12]):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Kontakter")
    ws2.append(["Namn", "Roll", "Organisation", "Telefon", "E-post"])
    people = [
        ("Ola Persson", "Projektledare Kompetensforum", "Region Östergötland"),
        ("Maria Sjöberg", "Samordnare kompetensförsörjning", "Region Östergötland"),
        ("Johanna Lindqvist", "Analytiker", "Region Östergötland"),
        ("Leila Haddad", "Arbetsgivarkoordinator", "Arbetsförmedlingen"),
    ]
    for name, role, org in people:
        phone = "010-%03d %02d %02d" % (random.randint(100, 999), random.randint(10, 99),
                                         random.randint(10, 99))
        mail = name.lower().replace(" ", ".").replace("ö", "o").replace("å", "a").replace("ä", "a")
        dom = "regionostergotland.example.se" if org.startswith("Region") else "arbetsformedlingen.example.se"
        ws2.append([name, role, org, phone, f"{mail}@{dom}"])
    for c in ws2[1]:
        c.font = Font(bold=True)
    wb.save(path)
    return path


def main():
    if len(sys.argv) < 2:
        sys.exit("Användning: r98_make_files.py UTMAPP")
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for fn in (make_labour_market_pdf, make_minutes_docx, make_action_plan_md, make_faq_txt,
               make_evaluation_pdf, make_events_xlsx):
        print(fn(out))


if __name__ == "__main__":
    main()
