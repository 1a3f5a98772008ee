#!/usr/bin/env python3
"""Skriver sex påhittade men realistiska svenska dokument till en mapp (dokumentrunda r106).

Användning: python r106_make_files.py UTMAPP
"""
import os
import sys

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

SS = getSampleStyleSheet()
BODY = ParagraphStyle("body", parent=SS["BodyText"], fontName="Helvetica", fontSize=10.5,
                      leading=14, spaceAfter=6)
H1 = ParagraphStyle("h1", parent=SS["Heading1"], fontName="Helvetica-Bold", fontSize=17,
                    leading=21, spaceAfter=10)
H2 = ParagraphStyle("h2", parent=SS["Heading2"], fontName="Helvetica-Bold", fontSize=13,
                    leading=16, spaceBefore=10, spaceAfter=6)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=9, leading=11)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=9, leading=11, spaceAfter=0)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="Helvetica-Bold")
TITLE = ParagraphStyle("title", parent=H1, fontSize=22, leading=27, alignment=TA_CENTER)
SUB = ParagraphStyle("sub", parent=BODY, fontSize=12, leading=16, alignment=TA_CENTER)


def P(text, style=BODY):
    return Paragraph(text, style)


def bullets(items):
    return [P("• " + it) for it in items]


def grid_table(rows, widths):
    data = [[P(str(c), CELLB if i == 0 else CELL) for c in r] for i, r in enumerate(rows)]
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f0")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return t


# ---------------------------------------------------------------------------
# 1. RUS-sammanfattning, Region Örebro län (PDF)
# ---------------------------------------------------------------------------
def make_rus_orebro(path):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.3 * cm, rightMargin=2.3 * cm,
                            topMargin=2.2 * cm, bottomMargin=2.2 * cm,
                            title="Regional utvecklingsstrategi för Örebro län 2030 – sammanfattning",
                            author="Region Örebro län, Regional utveckling")
    s = []
    s.append(P("Regional utvecklingsstrategi för Örebro län 2030", H1))
    s.append(P("<b>Sammanfattning</b> – Region Örebro län, förvaltningen Regional utveckling", BODY))
    s.append(P("Diarienummer: 24RS3120. Version 1.0, december 2024.", SMALL))
    s.append(Spacer(1, 8))
    s.append(P("Om strategin", H2))
    s.append(P(
        "Den regionala utvecklingsstrategin (RUS) är länets gemensamma långsiktiga strategi för "
        "hållbar regional utveckling. Den har tagits fram av Region Örebro län i dialog med länets "
        "tolv kommuner, Länsstyrelsen i Örebro län, Örebro universitet, näringslivets organisationer "
        "och civilsamhället. Strategin antogs av regionfullmäktige den 26 november 2024 (§ 187) och "
        "gäller till och med 2030. Den ersätter den tidigare strategin från 2018."))
    s.append(P(
        "Visionen för länet är <i>”Örebro län – en hållbar region där alla kan växa”</i>. Visionen "
        "bärs upp av tre perspektiv som ska genomsyra allt arbete: jämställdhet, inkludering och "
        "klimatomställning. Strategin är inte en handlingsplan; konkreta insatser beskrivs i "
        "delstrategier och i de aktörernas egna verksamhetsplaner."))
    s.append(P("Fyra prioriterade målområden", H2))
    s.append(P("Strategin pekar ut fyra prioriterade målområden för perioden fram till 2030:"))
    s += bullets([
        "<b>1. Kompetensförsörjning och livslångt lärande</b> – fler ska fullfölja gymnasiet, "
        "fler ska ha en eftergymnasial utbildning och matchningen på arbetsmarknaden ska förbättras.",
        "<b>2. Hållbart näringsliv och innovation</b> – ett konkurrenskraftigt och diversifierat "
        "näringsliv med fler växande företag och ökade investeringar i forskning och utveckling.",
        "<b>3. Tillgänglighet och hållbara transporter</b> – goda kommunikationer inom länet och "
        "till omvärlden, med en ökad andel resor med kollektivtrafik, gång och cykel.",
        "<b>4. Jämlik hälsa och social sammanhållning</b> – minskade skillnader i hälsa och "
        "livsvillkor mellan grupper och mellan länets delar.",
    ])
    s.append(P(
        "Av de fyra målområdena lyfts kompetensförsörjningen fram som den mest angelägna för "
        "länets utveckling, eftersom bristen på arbetskraft med rätt kompetens redan i dag "
        "begränsar tillväxten i både privat och offentlig sektor."))
    s.append(P("Målområde 1 i korthet", H2))
    s.append(P(
        "Länet har en lägre andel invånare med eftergymnasial utbildning än riket som helhet och "
        "en hög andel långtidsarbetslösa bland de inskrivna vid Arbetsförmedlingen. Strategin "
        "anger därför att regionen tillsammans med kommunerna ska bygga ut yrkesutbildning för "
        "vuxna, validering och studie- och yrkesvägledning. Ett regionalt kompetensråd med "
        "representanter för arbetsgivare, utbildningsanordnare och Arbetsförmedlingen inrättas "
        "under 2025."))
    s.append(P("Målområde 2–4 i korthet", H2))
    s.append(P(
        "Inom näringsliv och innovation prioriteras smart specialisering inom avancerad "
        "tillverkning, logistik och livsmedel. Inom tillgänglighet prioriteras en utbyggd "
        "regiontrafik och Mälarbanans kapacitet. Inom jämlik hälsa prioriteras tidiga och "
        "samordnade insatser för barn och unga samt arbete mot ofrivillig ensamhet bland äldre."))
    s.append(PageBreak())
    s.append(P("Indikatorer och målvärden", H2))
    s.append(P(
        "Strategin följs upp med ett begränsat antal indikatorer. Tabell 1 visar utgångsläget och "
        "målvärdet för 2030 för de indikatorer som regionfullmäktige har fastställt."))
    rows = [
        ["Indikator", "Målområde", "Utgångsläge (år)", "Målvärde 2030"],
        ["Förvärvsfrekvens 20–64 år", "1", "79,8 % (2023)", "82 %"],
        ["Andel 25–64 år med eftergymnasial utbildning", "1", "38,4 % (2023)", "45 %"],
        ["Andel gymnasieelever med examen inom fyra år", "1", "71,2 % (2023)", "80 %"],
        ["Andel långtidsarbetslösa (mer än 12 månader) av inskrivna arbetslösa", "1",
         "52 % (2024)", "40 %"],
        ["FoU-utgifter som andel av bruttoregionprodukten (BRP)", "2", "1,9 % (2021)", "2,5 %"],
        ["Minskning av territoriella växthusgasutsläpp jämfört med 1990", "3", "31 % (2022)",
         "63 %"],
        ["Andel invånare som når Örebro med kollektivtrafik inom 60 minuter", "3",
         "74 % (2024)", "85 %"],
        ["Skillnad i medellivslängd mellan kommuner, år", "4", "3,1 år (2023)", "högst 2,0 år"],
    ]
    s.append(grid_table(rows, [7.2 * cm, 2.0 * cm, 3.2 * cm, 3.0 * cm]))
    s.append(P("Tabell 1. Indikatorer för uppföljning av RUS 2030. Källor: SCB, Arbetsförmedlingen, "
               "RUS-databasen, Folkhälsomyndigheten.", SMALL))
    s.append(Spacer(1, 6))
    s.append(P("Definitioner", H2))
    s.append(P(
        "<b>Förvärvsfrekvens</b>: andelen av befolkningen i en viss åldersgrupp som är "
        "förvärvsarbetande enligt SCB:s registerbaserade arbetsmarknadsstatistik (BAS), det vill "
        "säga som har arbetat minst en timme under mätveckan i november."))
    s.append(P(
        "<b>Eftergymnasial utbildning</b>: utbildning efter gymnasieskolan om minst ett år, till "
        "exempel vid universitet och högskola, yrkeshögskola eller motsvarande."))
    s.append(P(
        "<b>Långtidsarbetslös</b>: person som har varit inskriven som arbetslös vid "
        "Arbetsförmedlingen i mer än tolv månader i följd."))
    s.append(P(
        "<b>Smart specialisering</b>: en metod där regionen prioriterar de styrkeområden där länet "
        "har bäst förutsättningar att konkurrera internationellt."))
    s.append(P("Uppföljning och ansvar", H2))
    s.append(P(
        "Regionala utvecklingsnämnden ansvarar för att strategin följs upp. Uppföljningen görs "
        "årligen i en regional lägesbild som presenteras för nämnden i juni varje år. En "
        "halvtidsutvärdering av strategin genomförs 2027 av en extern utvärderare. Det "
        "operativa ansvaret för uppföljningen ligger hos enheten för analys och uppföljning inom "
        "Regional utveckling."))
    s.append(P(
        "Kontaktperson för strategin är strategichef Annika Lindqvist, Regional utveckling, "
        "Region Örebro län."))
    doc.build(s)


# ---------------------------------------------------------------------------
# 2. Verksamhetsplan med budget, Region Uppsala (DOCX)
# ---------------------------------------------------------------------------
def make_vp_uppsala(path):
    from docx import Document
    from docx.shared import Pt

    d = Document()
    d.core_properties.title = "Verksamhetsplan med budget 2025 – Enheten för kompetensförsörjning"
    d.core_properties.author = "Maria Holm"
    d.styles["Normal"].font.size = Pt(11)
    d.add_heading("Verksamhetsplan med budget 2025", 0)
    d.add_paragraph("Enheten för kompetensförsörjning, avdelningen Regional utveckling, Region Uppsala")
    d.add_paragraph("Beslutad av avdelningschef Johan Ek den 12 december 2024. Ansvarig enhetschef: "
                    "Maria Holm. Dnr RS 2024-0871.")

    d.add_heading("1. Enhetens uppdrag", 1)
    d.add_paragraph(
        "Enheten för kompetensförsörjning har i uppdrag att samordna det regionala arbetet med "
        "kompetensförsörjning och utbildningsplanering i Uppsala län. Uppdraget kommer från "
        "regeringens årliga villkorsbeslut till regionerna och från den regionala "
        "utvecklingsstrategin. Enheten arbetar tillsammans med länets åtta kommuner, "
        "Arbetsförmedlingen, Uppsala universitet, Sveriges lantbruksuniversitet och "
        "branschorganisationer.")
    d.add_paragraph(
        "Under 2025 har enheten 11,5 årsarbetare: en enhetschef, fyra processledare, tre "
        "analytiker, två projektledare och en och en halv administratörstjänst.")

    d.add_heading("2. Mål för 2025", 1)
    for t in [
        "Minst 300 personer ska påbörja en validering av yrkeskompetens under 2025, varav minst "
        "hälften inom vård och omsorg.",
        "Den regionala kompetensplattformen ska hålla fyra nätverksmöten under året.",
        "En ny prognos över länets arbetsmarknad till 2035 ska publiceras.",
        "Alla åtta kommuner ska ingå i samverkansavtalet om regional yrkesvux senast 30 juni 2025.",
        "Andelen kvinnor bland deltagarna i enhetens insatser inom teknik och industri ska öka "
        "från 22 procent till minst 30 procent.",
    ]:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("3. Aktiviteter och ansvariga", 1)
    d.add_paragraph("Tabell 1 visar de viktigaste aktiviteterna 2025, vem som ansvarar och när de "
                    "ska vara klara.")
    acts = [
        ("Aktivitet", "Ansvarig", "Klart senast"),
        ("Regional kompetensplattform, fyra nätverksmöten", "Erik Sandberg, processledare",
         "Löpande, sista mötet 2025-11-20"),
        ("Prognos ”Framtidens arbetsmarknad i Uppsala län 2035”", "Sofia Berg, analytiker",
         "2025-09-30"),
        ("Branschråd för vård och omsorg startas", "Leila Haddad, processledare", "2025-03-01"),
        ("Samverkansavtal om regional yrkesvux med alla kommuner", "Leila Haddad, processledare",
         "2025-06-30"),
        ("Valideringsinsatser, minst 300 deltagare", "Anders Nyström, projektledare",
         "2025-12-31"),
        ("Ansökan till ESF+ om projektet ”Kompetensbryggan”", "Anders Nyström, projektledare",
         "2025-04-15"),
        ("Uppföljningsrapport till regionala utvecklingsnämnden", "Maria Holm, enhetschef",
         "2026-02-15"),
    ]
    t = d.add_table(rows=len(acts), cols=3)
    t.style = "Table Grid"
    for i, r in enumerate(acts):
        for j, v in enumerate(r):
            t.cell(i, j).text = v

    d.add_heading("4. Budget 2025", 1)
    d.add_paragraph(
        "Enhetens budget för 2025 uppgår till 16 200 tkr, vilket är 650 tkr mer än utfallet för "
        "2024. Ökningen beror främst på högre medfinansiering av externa projekt. Budgeten "
        "finansieras med regionbidrag om 12 700 tkr och externa projektmedel om 3 500 tkr.")
    rows = [
        ("Kostnadspost", "Budget 2025 (tkr)", "Utfall 2024 (tkr)"),
        ("Personalkostnader", "9 850", "9 420"),
        ("Lokaler", "1 120", "1 080"),
        ("Konsulttjänster och analys", "1 400", "1 750"),
        ("Medfinansiering av projekt (ESF+, Tillväxtverket)", "3 200", "2 600"),
        ("Resor och konferenser", "380", "410"),
        ("Övrigt", "250", "290"),
        ("Summa kostnader", "16 200", "15 550"),
    ]
    t = d.add_table(rows=len(rows), cols=3)
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            t.cell(i, j).text = v
    d.add_paragraph("Tabell 2. Budget per kostnadspost, tusental kronor (tkr).")
    d.add_paragraph(
        "Konsulttjänsterna minskar jämfört med 2024 eftersom prognosarbetet i år görs av enhetens "
        "egna analytiker. Enhetschefen har budgetansvar för hela enheten; projektledarna har "
        "attesträtt upp till 50 tkr per faktura inom sina projekt.")

    d.add_heading("5. Risker", 1)
    d.add_paragraph(
        "Den största risken för verksamheten 2025 är att de statliga medlen för "
        "kompetensförsörjning minskar i regeringens villkorsbeslut. Om anslaget sänks prioriteras "
        "valideringsinsatserna och prognosarbetet, medan konferensverksamheten minskas. En annan "
        "risk är att ESF+-ansökan inte beviljas, vilket skulle innebära att 1 800 tkr av "
        "medfinansieringen inte används.")

    d.add_heading("6. Uppföljning", 1)
    d.add_paragraph(
        "Verksamhetsplanen följs upp i tertialrapporter per 30 april och 31 augusti samt i "
        "årsrapporten. Enhetschefen lämnar en samlad uppföljningsrapport till regionala "
        "utvecklingsnämnden senast den 15 februari 2026.")
    d.save(path)


# ---------------------------------------------------------------------------
# 3. Minnesanteckningar nätverksmöte, Västernorrland (Markdown)
# ---------------------------------------------------------------------------
MEMO_MD = """# Minnesanteckningar – Nätverket för arbetsmarknad och integration i Västernorrland

**Datum:** 2025-03-12, kl. 09.30–12.15
**Plats:** Region Västernorrland, Storgatan 4 i Sundsvall, samt via Teams
**Ordförande:** Karin Öberg, Region Västernorrland
**Antecknare:** Mats Lund, Sundsvalls kommun

## Närvarande

- Karin Öberg och Jonas Pettersson, Region Västernorrland
- Mats Lund, Sundsvalls kommun, arbetsmarknadsenheten
- Eva Strand, Härnösands kommun
- Ali Rahimi, Kramfors kommun
- Birgitta Nordin, Sollefteå kommun
- Henrik Sjödin, Ånge kommun (via Teams)
- Lena Forsberg, Timrå kommun
- Peter Wikström, Örnsköldsviks kommun
- Sara Johansson, Arbetsförmedlingen, sektion Västernorrland

## 1. Mötets öppnande och föregående anteckningar

Karin Öberg hälsade välkommen. Minnesanteckningarna från mötet den 4 december 2024 godkändes
utan ändringar.

## 2. Arbetsförmedlingens lägesbild

Sara Johansson redovisade läget på arbetsmarknaden. I februari 2025 var 6,9 procent av
befolkningen 16–64 år i länet öppet arbetslösa eller i program med aktivitetsstöd, jämfört med
6,5 procent ett år tidigare. Bland unga 18–24 år var andelen 10,4 procent. Arbetslösheten ökar
mest i Sundsvall och Timrå, medan Örnsköldsvik har en fortsatt stark efterfrågan på
arbetskraft inom industri och bygg.

Arbetsförmedlingen har sedan januari färre resurser för rustande insatser i egen regi och
hänvisar i högre grad till kompletterande aktörer inom tjänsten Rusta och matcha. Flera
kommuner framförde att det leder till att deltagare med långt till arbetsmarknaden i stället
hamnar hos kommunernas arbetsmarknadsenheter.

## 3. Gemensam ESF+-ansökan ”Vägen in Västernorrland”

Peter Wikström presenterade utkastet till en gemensam ansökan till Europeiska socialfonden
(ESF+) för ett projekt som riktar sig till personer som har varit utan arbete i mer än två år,
särskilt utrikes födda kvinnor. Projektet planeras pågå i tre år med en total budget på
ungefär 18 miljoner kronor. Alla sju kommuner deltar. Regionen bidrar med processtöd och
analys men inte med kontant medfinansiering.

**Beslut:** Nätverket ställer sig bakom ansökan och beslutar att Örnsköldsviks kommun ska vara
projektägare. Ansökan ska lämnas till Svenska ESF-rådet senast den 30 april 2025. Varje kommun
ska före den 31 mars skicka sitt underlag om målgrupp och medfinansiering till Peter Wikström.

## 4. Utbildningsdag om Rusta och matcha

Eva Strand föreslog en gemensam utbildningsdag för kommunernas handledare och
Arbetsförmedlingens handläggare om hur samverkan kring Rusta och matcha kan förbättras.

**Beslut:** Utbildningsdagen genomförs den 20 maj 2025 i Härnösand. Härnösands kommun ansvarar
för lokal och fika; Arbetsförmedlingen står för föreläsare. Kostnaden delas lika mellan
kommunerna, högst 5 000 kronor per kommun.

## 5. Unga som saknar gymnasieexamen

Jonas Pettersson visade att ungefär 1 900 unga i åldern 20–24 år i länet saknar
gymnasieexamen. Det kommunala aktivitetsansvaret (KAA) fungerar olika i kommunerna och det
saknas gemensam statistik. Nätverket var enigt om att en gemensam sammanställning behövs
innan frågan lyfts till det regionala kompetensrådet.

## 6. Industrietableringar och kompetensbehov

Lena Forsberg informerade om att en planerad vätgasanläggning i Timrå beräknas ge cirka 250
nya arbetstillfällen från 2027. Företaget efterfrågar främst elektriker, processoperatörer och
underhållstekniker. Nätverket diskuterade möjligheten att starta en regional yrkesvux-utbildning
till processoperatör hösten 2025. Inget beslut fattades; frågan tas upp igen vid nästa möte.

## 7. Övriga frågor

Ali Rahimi meddelade att Kramfors kommun står värd för nästa möte. Karin Öberg föreslog att
Försäkringskassan bjuds in för att berätta om samverkan kring personer med
sjukersättning som vill pröva att arbeta.

## Åtgärdslista

| Åtgärd | Ansvarig | Klart senast |
|---|---|---|
| Skicka underlag om målgrupp och medfinansiering till ESF+-ansökan | Alla kommuner, till Peter Wikström | 2025-03-31 |
| Lämna in ESF+-ansökan ”Vägen in Västernorrland” | Peter Wikström, Örnsköldsviks kommun | 2025-04-30 |
| Boka lokal för utbildningsdagen den 20 maj | Eva Strand, Härnösands kommun | 2025-04-04 |
| Ta fram gemensam statistik över unga 20–24 år utan gymnasieexamen | Jonas Pettersson, Region Västernorrland | 2025-05-15 |
| Bjuda in Försäkringskassan till nästa möte | Karin Öberg, Region Västernorrland | 2025-04-15 |
| Undersöka intresset för yrkesvux till processoperatör | Lena Forsberg, Timrå kommun | 2025-06-01 |

## Nästa möte

Onsdagen den 11 juni 2025 kl. 09.30–12.00 i Kramfors, Kramfors kommunhus, sal Ådalen.
"""


# ---------------------------------------------------------------------------
# 4. Pressmeddelande, Region Dalarna (TXT)
# ---------------------------------------------------------------------------
PRESS_TXT = """PRESSMEDDELANDE
Region Dalarna och Arbetsförmedlingen
Falun, 18 februari 2025

Jobbsteget Dalarna ska ge 400 långtidsarbetslösa en väg till jobb i besöksnäringen och industrin

Region Dalarna och Arbetsförmedlingen startar den 1 mars 2025 satsningen Jobbsteget Dalarna.
Satsningen riktar sig till personer som har varit arbetslösa i mer än ett år och ska under två år
hjälpa 400 deltagare till arbete eller studier. Målet är att minst 40 procent av deltagarna ska
ha ett arbete eller studera 90 dagar efter avslutad insats.

Jobbsteget Dalarna genomförs i fem kommuner: Falun, Borlänge, Ludvika, Mora och Malung-Sälen.
Deltagarna får en individuell coach, yrkessvenska vid behov och en praktikplats hos en
arbetsgivare i besöksnäringen eller tillverkningsindustrin. Yrkessvenskan ges i en modul om 12
veckor. Arbetsgivare som anställer en deltagare kan få handledarstöd under de första sex
månaderna.

Satsningen har en total budget på 24,5 miljoner kronor. Europeiska socialfonden (ESF+) står för
10 miljoner kronor, Arbetsförmedlingen för 8,5 miljoner kronor och Region Dalarna för 6
miljoner kronor. Projektet pågår till och med den 28 februari 2027.

– Dalarna har samtidigt brist på arbetskraft och många som står långt från arbetsmarknaden. Med
Jobbsteget vill vi bygga en bro mellan de två. Besöksnäringen och industrin behöver folk, och
alldeles för många dalfolk går i dag utan jobb, säger Helena Sjöberg (S), regionråd och
ordförande i regionala utvecklingsnämnden i Region Dalarna.

– Vi ser att de som får en riktig arbetsplats tidigt, och en person som följer dem hela vägen,
kommer i arbete betydligt oftare. Det är precis det Jobbsteget handlar om, säger Per-Olof
Dahl, marknadsområdeschef på Arbetsförmedlingen för Dalarna och Gävleborg.

Besöksnäringens Dalarna och Industrinätverket Dalarna har tecknat avsiktsförklaringar om att
tillsammans ta emot minst 150 praktikanter under det första året.

– Vi har svårt att rekrytera till våra anläggningar i Sälen och Idre, särskilt till kök och
service. Vi tar gärna emot praktikanter som kan bli våra nästa medarbetare, säger Therese
Grönlund, vd för Besöksnäringens Dalarna.

Deltagarna anvisas till Jobbsteget av Arbetsförmedlingen. Den som är intresserad kan prata med
sin handläggare på Arbetsförmedlingen. Arbetsgivare som vill ta emot praktikanter kan kontakta
projektledaren Jenny Hedlund på Region Dalarna.

Om Jobbsteget Dalarna
Jobbsteget Dalarna är ett samverkansprojekt mellan Region Dalarna, Arbetsförmedlingen och fem
kommuner. Projektägare är Region Dalarna. Projektet finansieras av Europeiska socialfonden
(ESF+), Arbetsförmedlingen och Region Dalarna. En extern utvärdering görs av
Högskolan Dalarna.

För mer information:
Jenny Hedlund, projektledare, Region Dalarna, telefon 023-49 01 12
Linnea Vik, kommunikatör, Region Dalarna, telefon 023-49 02 40
"""


# ---------------------------------------------------------------------------
# 5. Riktlinjer för regionala projektmedel, Region Östergötland (PDF)
# ---------------------------------------------------------------------------
def make_riktlinjer_ostergotland(path):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.4 * cm, rightMargin=2.4 * cm,
                            topMargin=2.2 * cm, bottomMargin=2.2 * cm,
                            title="Riktlinjer för ansökan om regionala projektmedel 2025",
                            author="Region Östergötland")
    s = []
    s.append(P("Riktlinjer för ansökan om regionala projektmedel 2025", H1))
    s.append(P("Region Östergötland, Regionala utvecklingsnämnden. Fastställda av nämnden den "
               "10 december 2024. Gäller för ansökningar som kommer in under 2025.", BODY))
    s.append(P("1. Syfte med projektmedlen", H2))
    s.append(P(
        "Region Östergötland fördelar varje år projektmedel för att genomföra den regionala "
        "utvecklingsstrategin, Östgötastrategin. Medlen kommer dels från det statliga anslaget 1:1 "
        "Regionala tillväxtåtgärder, dels från regionens egna utvecklingsmedel. För 2025 finns "
        "totalt 42 miljoner kronor att fördela. Projektmedlen ska användas till tidsbegränsade "
        "utvecklingsinsatser som ger varaktiga effekter i länet och inte till ordinarie "
        "verksamhet."))
    s.append(P("2. Vem kan söka?", H2))
    s.append(P("Följande organisationer kan söka regionala projektmedel:"))
    s += bullets([
        "kommuner och kommunala bolag i Östergötlands län,",
        "universitet och högskolor, till exempel Linköpings universitet,",
        "statliga myndigheter med verksamhet i länet,",
        "ideella föreningar, stiftelser och ekonomiska föreningar med organisationsnummer,",
        "branschorganisationer och andra icke vinstdrivande organisationer.",
    ])
    s.append(P(
        "Enskilda företag kan inte söka projektmedel för sin egen verksamhet, eftersom det skulle "
        "vara ett otillåtet statsstöd. Företag kan däremot delta i projekt som drivs av någon "
        "annan organisation. Privatpersoner kan inte söka."))
    s.append(P("3. Ansökningsomgångar och sista ansökningsdag", H2))
    s.append(P("Under 2025 finns två ansökningsomgångar:"))
    rows = [
        ["Omgång", "Ansökan öppen", "Sista ansökningsdag", "Beslut senast"],
        ["Omgång 1 (vår)", "15 januari 2025", "15 mars 2025", "15 maj 2025"],
        ["Omgång 2 (höst)", "1 augusti 2025", "30 september 2025", "30 november 2025"],
    ]
    s.append(grid_table(rows, [3.6 * cm, 3.8 * cm, 4.0 * cm, 4.0 * cm]))
    s.append(Spacer(1, 6))
    s.append(P(
        "Ansökan görs i Tillväxtverkets e-tjänst Min ansökan. En ansökan som kommer in efter sista "
        "ansökningsdag behandlas i nästa omgång. Förstudier kan sökas löpande under hela året."))
    s.append(P("4. Hur mycket kan man söka?", H2))
    s.append(P(
        "För en <b>förstudie</b> kan man söka högst 300 000 kronor. En förstudie får pågå i högst "
        "sex månader och ska utreda förutsättningarna för ett större projekt."))
    s.append(P(
        "För ett <b>genomförandeprojekt</b> kan man söka högst 3 000 000 kronor per år och högst "
        "9 000 000 kronor totalt. Ett genomförandeprojekt får pågå i högst tre år. Projekt som "
        "söker mer än 1 000 000 kronor totalt ska ha en skriftlig plan för hur resultaten tas "
        "om hand efter projektslut."))
    s.append(P("5. Medfinansiering", H2))
    s.append(P(
        "Regionens projektmedel får finansiera högst 50 procent av projektets stödberättigande "
        "kostnader. Resten ska komma från andra finansiärer, till exempel kommuner, universitet, "
        "andra myndigheter eller EU-program. Projektägaren ska själv bidra med minst 10 procent "
        "av de totala kostnaderna i form av kontanta medel."))
    s.append(P(
        "Medfinansiering kan även lämnas i form av arbetstid (offentliga bidrag i annat än "
        "pengar). Ideellt arbete värderas till 300 kronor per timme. Privata medel får användas "
        "som medfinansiering men räknas inte in i den offentliga finansieringen. För förstudier "
        "kan regionen i undantagsfall finansiera upp till 70 procent."))
    s.append(PageBreak())
    s.append(P("6. Vilka kostnader är stödberättigande?", H2))
    s.append(P("Stödberättigande är kostnader som är nödvändiga för projektet och som har "
               "uppstått under projekttiden, till exempel:"))
    s += bullets([
        "lön och sociala avgifter för personal som arbetar i projektet,",
        "köpta tjänster, till exempel konsulter och utvärdering,",
        "resor och logi enligt projektägarens resepolicy,",
        "indirekta kostnader, som beräknas med en schablon på 15 procent av personalkostnaderna.",
    ])
    s.append(P(
        "Kostnader som inte är stödberättigande är bland annat investeringar i byggnader och mark, "
        "representation och gåvor, avskrivningar på utrustning som köpts före projektstart samt "
        "moms som projektägaren kan dra av eller få tillbaka."))
    s.append(P("7. Bedömning och beslut", H2))
    s.append(P(
        "Ansökningarna handläggs av Tillväxtenheten inom Regional utveckling. Varje ansökan "
        "bedöms mot följande kriterier:"))
    s += bullets([
        "hur väl projektet bidrar till målen i Östgötastrategin,",
        "om projektet har tydliga mål, aktiviteter och en realistisk budget,",
        "om projektet har förankring hos de organisationer som berörs,",
        "hur jämställdhet, integration och miljö beaktas i projektet,",
        "hur resultaten ska tas om hand efter projektslut.",
    ])
    s.append(P(
        "En beredningsgrupp med tjänstepersoner från regionen gör en samlad bedömning av alla "
        "ansökningar i en omgång. Beslut om stöd upp till och med 1 000 000 kronor fattas av "
        "regionens tillväxtdirektör på delegation från regionala utvecklingsnämnden. Beslut om "
        "stöd över 1 000 000 kronor fattas av regionala utvecklingsnämnden. Nämndens "
        "sammanträden för beslut om projektmedel 2025 är den 14 maj och den 26 november."))
    s.append(P(
        "Beslut om projektmedel kan inte överklagas. Sökande som har fått avslag får en skriftlig "
        "motivering och kan ansöka igen i en senare omgång med en omarbetad ansökan."))
    s.append(P("8. Utbetalning och rapportering", H2))
    s.append(P(
        "Projektmedel betalas ut i efterskott mot redovisade och betalda kostnader. Projektägaren "
        "kan begära utbetalning högst en gång per kvartal. Tio procent av det beviljade beloppet "
        "hålls inne tills slutrapporten har godkänts."))
    s.append(P(
        "Projektägaren ska lämna en lägesrapport i samband med varje ansökan om utbetalning och en "
        "slutrapport senast två månader efter projektets slutdatum."))
    s.append(P(
        "Om medlen har använts i strid med beslutet eller om projektet inte har genomförts kan "
        "regionen besluta om återkrav av hela eller delar av det utbetalda stödet."))
    s.append(P("9. Kontakt", H2))
    s.append(P(
        "Frågor om ansökan besvaras av handläggarna på Tillväxtenheten, e-post "
        "projektmedel@regionostergotland.se. Innan ansökan lämnas rekommenderas ett "
        "förberedande samtal med en handläggare."))
    doc.build(s)


# ---------------------------------------------------------------------------
# 6. Lägesrapport projekt, Region Skåne (PDF med sidhuvud/sidfot och sidnummer)
# ---------------------------------------------------------------------------
class NumberedCanvas(rl_canvas.Canvas):
    """Canvas som skriver sidhuvud och 'Sida X av Y' i sidfoten."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._saved = []

    def showPage(self):
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        n = len(self._saved)
        for st in self._saved:
            self.__dict__.update(st)
            self._decorate(n)
            super().showPage()
        super().save()

    def _decorate(self, total):
        w, h = A4
        self.saveState()
        self.setFont("Helvetica", 8.5)
        self.setFillColor(colors.HexColor("#444444"))
        self.drawString(2.2 * cm, h - 1.3 * cm,
                        "Region Skåne | Lägesrapport Kompetenslyft äldreomsorg Skåne")
        self.drawRightString(w - 2.2 * cm, h - 1.3 * cm, "Rapportperiod 2025-01-01 – 2025-03-31")
        self.line(2.2 * cm, h - 1.45 * cm, w - 2.2 * cm, h - 1.45 * cm)
        self.line(2.2 * cm, 1.6 * cm, w - 2.2 * cm, 1.6 * cm)
        self.drawString(2.2 * cm, 1.15 * cm, "Dnr RUN 2023-00412")
        self.drawRightString(w - 2.2 * cm, 1.15 * cm, f"Sida {self._pageNumber} av {total}")
        self.restoreState()


def make_lagesrapport_skane(path):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2.3 * cm, bottomMargin=2.3 * cm,
                            title="Lägesrapport 5 – Kompetenslyft äldreomsorg Skåne",
                            author="Nadia Karimi, Region Skåne")
    s = []
    s.append(P("Lägesrapport 5 – Kompetenslyft äldreomsorg Skåne", H1))
    s.append(P("Rapportperiod: 1 januari – 31 mars 2025. Projektägare: Region Skåne, avdelningen för "
               "regional utveckling. Projektledare: Nadia Karimi. Rapporten behandlades av "
               "styrgruppen den 9 april 2025.", BODY))
    s.append(P("1. Sammanfattning", H2))
    s.append(P(
        "Kompetenslyft äldreomsorg Skåne är ett projekt som ska höja kompetensen hos undersköterskor "
        "och vårdbiträden i den kommunala äldreomsorgen i Skåne. Projektet startade den 1 januari "
        "2024 och avslutas den 30 april 2026. Målet är att 600 medarbetare ska genomgå minst en "
        "utbildningsmodul och att 150 vårdbiträden ska få skyddad yrkestitel som undersköterska."))
    s.append(P(
        "Under första kvartalet 2025 har utbildningsomgång 1 i Malmö och Helsingborg avslutats och "
        "omgång 2 i Kristianstad och Hässleholm har startat. Hittills har 287 deltagare påbörjat "
        "utbildning, vilket är 48 procent av målet. Avhoppen ligger på 9 procent. Omgång 3 i "
        "Ystad och Trelleborg har skjutits upp från augusti till september 2025 på grund av "
        "brist på vikarier. Projektet har förbrukat 5,1 miljoner kronor av den totala budgeten på "
        "14,2 miljoner kronor (36 procent), vilket är något lägre än planerat."))
    s.append(P("2. Bakgrund och mål", H2))
    s.append(P(
        "Från den 1 juli 2023 är undersköterska en skyddad yrkestitel. Många som arbetar i "
        "äldreomsorgen saknar den utbildning som krävs för att få bevis om titeln från "
        "Socialstyrelsen. I Skåne beräknas cirka 4 000 vårdbiträden sakna fullständig "
        "undersköterskeutbildning. Projektet finansieras av Europeiska socialfonden (ESF+) med "
        "7,1 miljoner kronor, Region Skåne med 2,4 miljoner kronor och de deltagande tolv "
        "kommunerna med 4,7 miljoner kronor i form av arbetstid för deltagarna."))
    s.append(P("Projektets mål till 30 april 2026:"))
    s += bullets([
        "600 medarbetare har genomgått minst en utbildningsmodul,",
        "150 vårdbiträden har ansökt om bevis om yrkestiteln undersköterska,",
        "minst 80 procent av deltagarna anger att de har nytta av utbildningen i sitt arbete,",
        "en regional modell för arbetsplatsförlagt lärande har tagits fram och antagits av "
        "Kommunförbundet Skåne.",
    ])
    s.append(P("3. Genomfört under perioden", H2))
    s.append(P(
        "Utbildningsomgång 1 avslutades den 31 januari 2025 med 164 deltagare från Malmö och "
        "Helsingborg. Av dessa fullföljde 149 deltagare hela utbildningen. Omgång 2 startade den "
        "3 februari 2025 med 123 deltagare från Kristianstad, Hässleholm och Osby. "
        "Utbildningen genomförs av Hermods och Folkuniversitetet efter upphandling."))
    s.append(P(
        "En språkstödsmodul för deltagare med annat modersmål än svenska har tagits fram "
        "tillsammans med Malmö universitet. Modulen var planerad att vara klar i december 2024 "
        "men blev klar först i mars 2025. Styrgruppen beslutade den 5 mars 2025 att flytta omgång "
        "3 till september 2025 och att utöka språkstödet med en extra handledare per grupp."))
    s.append(PageBreak())
    s.append(P("4. Tidplan", H2))
    s.append(P("Tabell 1 visar projektets aktiviteter och deras status per den 31 mars 2025."))
    rows = [
        ["Aktivitet", "Planerad tid", "Status"],
        ["Kartläggning av kompetensbehov i kommunerna", "jan–apr 2024", "Klar"],
        ["Upphandling av utbildningsanordnare", "mar–jun 2024", "Klar"],
        ["Utbildningsomgång 1 (Malmö, Helsingborg)", "sep 2024–jan 2025", "Klar"],
        ["Språkstödsmodul med Malmö universitet", "aug–dec 2024", "Klar (försenad, mars 2025)"],
        ["Utbildningsomgång 2 (Kristianstad, Hässleholm, Osby)", "feb–jun 2025", "Pågår"],
        ["Extern halvtidsutvärdering (Ramböll)", "maj 2025", "Planerad"],
        ["Utbildningsomgång 3 (Ystad, Trelleborg)", "sep 2025–jan 2026 (tidigare aug)",
         "Försenad"],
        ["Modell för arbetsplatsförlagt lärande", "okt 2025–feb 2026", "Planerad"],
        ["Slutkonferens i Lund", "18 mars 2026", "Planerad"],
        ["Slutrapport till ESF-rådet", "senast 30 april 2026", "Planerad"],
    ]
    s.append(grid_table(rows, [8.0 * cm, 4.8 * cm, 3.8 * cm]))
    s.append(Spacer(1, 8))
    s.append(P("5. Ekonomi", H2))
    rows = [
        ["Kostnadsslag", "Budget totalt (tkr)", "Utfall t.o.m. 2025-03-31 (tkr)"],
        ["Personal i projektet", "3 600", "1 420"],
        ["Köpta utbildningstjänster", "5 200", "2 310"],
        ["Deltagarnas arbetstid (kommunal medfinansiering)", "4 700", "1 210"],
        ["Resor och övrigt", "700", "160"],
        ["Summa", "14 200", "5 100"],
    ]
    s.append(grid_table(rows, [8.0 * cm, 4.0 * cm, 4.6 * cm]))
    s.append(P(
        "Förbrukningen är lägre än planerat (planen var 6,0 miljoner kronor per den 31 mars 2025) "
        "främst eftersom omgång 3 har skjutits upp. Projektledningen bedömer att hela budgeten "
        "kommer att användas före projektslut."))
    s.append(PageBreak())
    s.append(P("6. Risker", H2))
    s.append(P("Tabell 3 visar de största riskerna och de åtgärder som har beslutats."))
    rows = [
        ["Risk", "Sannolikhet", "Konsekvens", "Åtgärd"],
        ["Arbetsgivarna kan inte frigöra personal för utbildning på grund av vikariebrist",
         "Hög", "Hög",
         "En vikariepott på 1,2 miljoner kronor inrättas; kommunerna kan söka ersättning för "
         "vikarier."],
        ["Deltagare hoppar av utbildningen", "Medel", "Medel",
         "Varje grupp får en mentor på arbetsplatsen; uppföljningssamtal efter fyra veckor."],
        ["Språkstödet räcker inte för deltagare med svenska som andraspråk", "Medel", "Hög",
         "En extra handledare per grupp från omgång 3."],
        ["Utbildningsanordnaren saknar lärare i Ystad", "Låg", "Medel",
         "Option i avtalet om distansundervisning."],
    ]
    s.append(grid_table(rows, [5.6 * cm, 2.2 * cm, 2.2 * cm, 6.6 * cm]))
    s.append(Spacer(1, 6))
    s.append(P(
        "Vikariebristen bedöms som den allvarligaste risken. Flera kommuner har meddelat att de "
        "inte kan frigöra personal under sommaren, och det var det främsta skälet till att omgång "
        "3 flyttades."))
    s.append(P("7. Nästa period", H2))
    s.append(P(
        "Under andra kvartalet 2025 slutförs omgång 2, halvtidsutvärderingen genomförs av Ramböll "
        "och rekryteringen av deltagare till omgång 3 inleds. Nästa lägesrapport lämnas till "
        "styrgruppen senast den 15 juli 2025."))
    s.append(P("Kontakt: Nadia Karimi, projektledare, Region Skåne."))
    doc.build(s, canvasmaker=NumberedCanvas)


def main():
    if len(sys.argv) != 2:
        print("Användning: python r106_make_files.py UTMAPP", file=sys.stderr)
        sys.exit(2)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    make_rus_orebro(os.path.join(out, "RUS_Orebro_lan_2030_sammanfattning.pdf"))
    make_vp_uppsala(os.path.join(out, "Verksamhetsplan_budget_2025_kompetensforsorjning_Uppsala.docx"))
    with open(os.path.join(out, "minnesanteckningar_natverksmote_Vasternorrland_2025-03-12.md"),
              "w", encoding="utf-8") as f:
        f.write(MEMO_MD)
    with open(os.path.join(out, "pressmeddelande_Jobbsteget_Dalarna_2025-02-18.txt"), "w",
              encoding="utf-8") as f:
        f.write(PRESS_TXT)
    make_riktlinjer_ostergotland(os.path.join(out, "Riktlinjer_regionala_projektmedel_Ostergotland_2025.pdf"))
    make_lagesrapport_skane(os.path.join(out, "Lagesrapport5_Kompetenslyft_aldreomsorg_Skane_Q1-2025.pdf"))
    print("Skrev sex filer till", out)


if __name__ == "__main__":
    main()
