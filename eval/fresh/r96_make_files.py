#!/usr/bin/env python
"""Round 96: build six Swedish public-sector style files (Skåne, Blekinge, Halland)."""
import os
import random
import sys

import pandas as pd
from docx import Document
from docx.shared import Pt
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer,
                                Table, TableStyle)

random.seed(96)
OUT = sys.argv[1] if len(sys.argv) > 1 else "kb"
os.makedirs(OUT, exist_ok=True)

ss = getSampleStyleSheet()
H1 = ss["Heading1"]
H2 = ss["Heading2"]
BODY = ParagraphStyle("body", parent=ss["BodyText"], fontSize=10.5, leading=14)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=9, leading=11)


def sv(x, d=1):
    s = f"{x:,.{d}f}".replace(",", " ").replace(".", ",")
    return s


def footer(text):
    def _f(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(2 * cm, 1.2 * cm, text)
        canvas.drawRightString(19 * cm, 1.2 * cm, f"Sida {doc.page}")
        canvas.restoreState()
    return _f


# ---------------------------------------------------------------- 1 budget PDF
def budget_pdf(path):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm,
                            title="Budgetförslag 2026 Region Blekinge")
    s = []
    P = lambda t, st=BODY: s.append(Paragraph(t, st))
    # page 1
    P("Region Blekinge", SMALL)
    P("Regionstyrelsens förslag till budget 2026 med plan för 2027–2028", H1)
    P("Dnr: RS 2025/0412 &nbsp;&nbsp; Datum: 2025-09-23 &nbsp;&nbsp; Handläggare: Henrik Ståhl, ekonomidirektör", SMALL)
    s.append(Spacer(1, 12))
    P("1. Sammanfattning", H2)
    P("Regionstyrelsen föreslår att regionfullmäktige fastställer en budget för 2026 med ett "
      "budgeterat resultat om 98 mnkr, vilket motsvarar 1,4 procent av skatter och generella "
      "statsbidrag. Det finansiella målet om ett resultat på minst 2 procent nås därmed inte "
      "under 2026, men bedöms kunna nås under planperioden.")
    P("Skattesatsen föreslås vara oförändrad, 11,69 kronor per hundralapp beskattningsbar inkomst. "
      "Nämndernas sammanlagda nettoramar uppgår till 6 913,1 mnkr, en ökning med 244,9 mnkr "
      "jämfört med budget 2025. Huvuddelen av ökningen avser hälso- och sjukvården, där "
      "kostnaderna för läkemedel och löner fortsätter att öka snabbare än skatteintäkterna.")
    P("För att klara det finansiella läget föreslås ett besparingsprogram på sammanlagt 60,0 mnkr "
      "(avsnitt 4). Investeringsramen för 2026 föreslås till 540 mnkr (avsnitt 5).")
    P("Regionfullmäktige föreslås besluta om budgeten vid sammanträdet den 25 november 2025.")
    s.append(PageBreak())
    # page 2
    P("2. Prioriteringar 2026", H2)
    P("Budgeten utgår från den regionala utvecklingsstrategin Attraktiva Blekinge och från "
      "regionplanen. Regionstyrelsen prioriterar följande fem områden under 2026.")
    P("<b>Nära vård och tillgänglighet.</b> Vårdgarantin ska hållas för minst 80 procent av "
      "patienterna inom specialiserad vård. Två nya hälsocentraler med förlängda öppettider "
      "öppnar i Ronneby och Olofström under hösten 2026.")
    P("<b>Kompetensförsörjning.</b> Regionen avsätter 25 mnkr till satsningen Blekinge "
      "kompetenslyft, som bland annat finansierar utbildningsanställningar för undersköterskor "
      "och en regional valideringsfunktion tillsammans med kommunerna.")
    P("<b>Kollektivtrafik.</b> En ny snabbusslinje mellan Karlshamn och Ronneby med "
      "halvtimmestrafik införs från tidtabellsskiftet i december 2025. Biljettpriserna räknas "
      "upp med 3 procent.")
    P("<b>Klimatomställning.</b> Hela regionens fordonsflotta ska vara fossilfri 2027. 6 mnkr "
      "avsätts för laddinfrastruktur vid regionens vårdinrättningar.")
    P("<b>Digitalisering.</b> Införandet av det nya vårdinformationssystemet fortsätter enligt "
      "plan. Driftstart är planerad till april 2026.")
    s.append(PageBreak())
    # page 3 table
    P("3. Ramar per nämnd", H2)
    P("Tabell 1 visar nämndernas nettoramar i miljoner kronor (mnkr), löpande priser.")
    rows = [("Regionstyrelsen", 412.0, 398.5),
            ("Hälso- och sjukvårdsnämnden", 5684.0, 5912.3),
            ("Regionala utvecklingsnämnden", 96.4, 104.9),
            ("Kulturnämnden", 71.2, 69.8),
            ("Kollektivtrafiknämnden", 388.7, 411.2),
            ("Patientnämnden", 6.1, 6.3),
            ("Revisionen", 9.8, 10.1)]
    data = [["Nämnd", "Budget 2025 (mnkr)", "Budget 2026 (mnkr)", "Förändring"]]
    t25 = t26 = 0
    for n, a, b in rows:
        t25 += a; t26 += b
        ch = b - a
        data.append([n, sv(a), sv(b), ("+" if ch > 0 else "−") + sv(abs(ch))])
    data.append(["Summa", sv(t25), sv(t26), "+" + sv(t26 - t25)])
    tbl = Table(data, colWidths=[6.5 * cm, 3.4 * cm, 3.4 * cm, 2.6 * cm])
    tbl.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold"),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("FONTSIZE", (0, 0), (-1, -1), 9.5)]))
    s.append(tbl)
    s.append(Spacer(1, 10))
    P("Regionstyrelsens ram minskar med 13,5 mnkr som en följd av vakansprövningen och "
      "lokaleffektiviseringen. Kulturnämndens ram minskar med 1,4 mnkr, vilket främst påverkar "
      "verksamhetsbidragen till studieförbunden. Regionala utvecklingsnämnden tillförs 8,5 mnkr, "
      "varav 6,0 mnkr avser regional medfinansiering av EU-projekt.")
    s.append(PageBreak())
    # page 4 savings
    P("4. Besparingar och effektiviseringar", H2)
    P("För att nå en budget i balans föreslås följande åtgärder med helårseffekt 2026. "
      "Åtgärderna ska redovisas i delårsrapporten per den 31 augusti 2026.")
    meas = [("Minskad användning av inhyrd personal", 21.0,
             "Hälso- och sjukvårdsnämnden ska halvera kostnaderna för bemanningsföretag jämfört med 2024."),
            ("Vakansprövning av administrativa tjänster", 18.5,
             "Alla vakanta administrativa tjänster prövas av förvaltningsledningen innan de tillsätts."),
            ("Lokaleffektivisering i Karlskrona", 14.0,
             "Förvaltningarna samlokaliseras i regionhuset på Wämöparken och två inhyrda kontor sägs upp."),
            ("Gemensam upphandling av IT-licenser med Region Kalmar län", 4.5,
             "Avtalen samordnas från och med den 1 mars 2026."),
            ("Färre tjänsteresor och fler digitala möten", 2.0,
             "Riktlinjen för resor skärps; tågresa ska väljas före flyg inom Sverige.")]
    for i, (n, a, d) in enumerate(meas, 1):
        P(f"<b>4.{i} {n} – {sv(a)} mnkr.</b> {d}")
    P(f"Sammanlagt beräknas åtgärderna ge {sv(sum(m[1] for m in meas))} mnkr. "
      "Inga uppsägningar av tillsvidareanställd personal planeras till följd av besparingarna.")
    s.append(PageBreak())
    # page 5
    P("5. Investeringar och fortsatt process", H2)
    P("Investeringsramen för 2026 föreslås till 540 mnkr. Den största enskilda investeringen är "
      "den nya akutmottagningen vid Blekingesjukhuset i Karlskrona, 210 mnkr under 2026. "
      "Medicinteknisk utrustning budgeteras till 85 mnkr.")
    P("Ramar per nämnd för planåren 2027–2028 fastställs först i samband med "
      "budgetdirektiven i juni 2026.")
    P("6. Förslag till beslut", H2)
    P("Regionstyrelsen föreslår regionfullmäktige besluta att<br/>"
      "– fastställa skattesatsen för 2026 till 11,69 kronor,<br/>"
      "– fastställa nämndernas ramar enligt tabell 1,<br/>"
      "– fastställa investeringsramen till 540 mnkr,<br/>"
      "– uppdra åt regionstyrelsen att genomföra besparingsåtgärderna i avsnitt 4.")
    P("Ärendet behandlas i regionfullmäktige den 25 november 2025.")
    P("Karlskrona den 23 september 2025<br/>Christina Mattisson (S), regionstyrelsens ordförande")
    doc.build(s, onFirstPage=footer("Region Blekinge – Budgetförslag 2026"),
              onLaterPages=footer("Region Blekinge – Budgetförslag 2026"))


# ---------------------------------------------------------------- 2 Slutrapport DOCX
def slutrapport(path):
    d = Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    d.add_heading("Slutrapport – Kompetenslyft Halland", 0)
    d.add_paragraph("Projektperiod: 2022-09-01 – 2025-06-30\n"
                    "Projektägare: Region Halland, avdelningen Regional utveckling\n"
                    "Projektledare: Sara Bengtsson\n"
                    "Ärendenummer ESF+: 2022/00317\n"
                    "Rapportdatum: 2025-08-29")
    d.add_heading("Sammanfattning", 1)
    d.add_paragraph(
        "Kompetenslyft Halland har under knappt tre år stärkt kompetensen hos anställda inom "
        "vård och omsorg samt tillverkningsindustri i Hallands sex kommuner. Projektet har "
        "finansierats av Europeiska socialfonden (ESF+) med 7,3 mnkr och av Region Halland och "
        "kommunerna med lika mycket; den totala budgeten var 14,6 mnkr.")
    d.add_paragraph(
        "Totalt påbörjade 512 deltagare någon insats, vilket är fler än planerat. Målen för "
        "antal deltagare, andel kvinnor, utbildade handledare och kvarstående anställning har "
        "uppnåtts, medan målen för antal medverkande arbetsgivare och validerad kompetens inte "
        "nåddes. Valideringsmodellen tas över av Campus Varberg från den 1 september 2025.")
    d.add_heading("Mål och resultat", 1)
    rows = [("Mål", "Målvärde", "Utfall", "Kommentar"),
            ("Antal deltagare som påbörjat insats", "450", "512", "Stort intresse från vård och omsorg"),
            ("Andel kvinnor bland deltagarna", "50 %", "58 %", "Övervikt av kvinnor inom vård och omsorg"),
            ("Antal medverkande arbetsgivare", "40", "33", "Svårt att nå småföretag inom tillverkning"),
            ("Andel deltagare med validerad kompetens", "60 %", "47 %", "Valideringen tog längre tid än planerat"),
            ("Antal utbildade handledare", "80", "96", "Handledarutbildningen efterfrågades även av externa"),
            ("Andel deltagare som är kvar i anställning efter 6 månader", "85 %", "91 %", "Uppföljning gjord i mars 2025")]
    t = d.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    for r in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, r):
            c.text = v
    d.add_heading("Lärdomar", 1)
    for b in ["Förankra projektet hos första linjens chefer innan deltagare rekryteras.",
              "Schemalägg utbildningen på arbetstid – annars faller deltagare bort.",
              "Validering kräver en egen budget och en egen samordnare.",
              "Småföretag nås genom personlig kontakt, inte genom utskick.",
              "Digitala moduler fungerar bäst i kombination med träffar på plats."]:
        d.add_paragraph(b, style="List Bullet")
    d.add_heading("Spridning och fortsättning", 1)
    d.add_paragraph(
        "Resultaten presenterades på en slutkonferens i Halmstad den 12 juni 2025 med 140 "
        "deltagare. Handledarutbildningen ingår från hösten 2025 i Region Hallands ordinarie "
        "utbud.")
    d.add_paragraph("Halmstad den 29 augusti 2025\nSara Bengtsson, projektledare\n"
                    "Godkänd av: Ulrika Thorén, avdelningschef Regional utveckling")
    d.save(path)


# ---------------------------------------------------------------- 3 Veckobrev MD
VECKOBREV = """# Veckobrev – Avdelningen för regional utveckling, Region Skåne

Veckobrevet skickas ut varje måndag. Tips och nyheter mejlas till redaktören Elin Martinsson.

## 3 mars 2025

Utlysningen **Innovationsmiljöer i Skåne** är nu öppen. Totalt 12 mnkr finns att söka för
projekt som stärker samverkan mellan akademi, näringsliv och offentlig sektor. Sista
ansökningsdag är den 14 april 2025. Frågor besvaras av handläggare Mikael Strand.

## 10 mars 2025

Personalnytt: Johan Ekdahl blir ny enhetschef för enheten Näringsliv från den 1 april 2025.
Johan kommer närmast från Tillväxtverket. Samtidigt höjs friskvårdsbidraget till 3 000 kr per
år för alla medarbetare.

## 17 mars 2025

Den öppna arbetslösheten i Skåne var 8,9 procent i februari enligt Arbetsförmedlingen, att
jämföra med 6,8 procent i riket. Den 27 mars hålls en workshop om kompetensförsörjning i
Hässleholm; anmälan senast den 20 mars via intranätet. 45 platser finns.

## 24 mars 2025

Påminnelse: tidrapporteringen för mars ska vara inlämnad senast fredag den 28 mars.
Den 5 maj flyttar avdelningen till nya lokaler på Dockplatsen 26 i Malmö – packlådor delas ut
vecka 17. Remissvar på den regionala utvecklingsstrategin (RUS) ska vara inne senast den
30 april 2025.
"""

# ---------------------------------------------------------------- 4 interview TXT
INTERVJU = """INTERVJU – KOMPETENSBEHOV I BLEKINGES INDUSTRIFÖRETAG
Datum: 2025-02-12
Plats: Karlshamn (på företaget)
Intervjuare: Anna Holm, analytiker, Region Blekinge
Respondent: Lena Åkesson, HR-chef, Karlshamns Marinteknik AB
Intervjun är transkriberad och godkänd av respondenten.

Intervjuare: Kan du börja med att berätta kort om företaget?
Svar: Vi är 140 anställda och tillverkar propelleraxlar och styrsystem till fritids- och arbetsbåtar. Ungefär 60 procent går på export, mest till Norge och Tyskland.

Intervjuare: Hur ser rekryteringsbehovet ut de närmaste åren?
Svar: Vi behöver rekrytera 25 personer de kommande två åren. Det är 12 CNC-operatörer, 8 svetsare, 3 konstruktörer och 2 automationstekniker. En del är tillväxt, men 18 av våra anställda går i pension inom fem år, så det är också ett ersättningsbehov.

Intervjuare: Vilka yrken är svårast att hitta?
Svar: Svetsare med certifiering enligt ISO 9606. Vi har haft en annons ute i sju månader utan att hitta rätt person. Ingångslönen för en certifierad svetsare ligger hos oss på 31 000 kronor i månaden.

Intervjuare: Vad är det största hindret när ni rekryterar?
Svar: Det största hindret är bostäder. Det finns nästan inga hyresrätter lediga i Karlshamn, så folk som vi lockar hit från andra orter tackar nej. Sedan är det ofta svårt för partnern att hitta jobb.

Intervjuare: Samarbetar ni med skolorna i dag?
Svar: Ja, med Vägga gymnasieskola. Vi tar emot elever från industriprogrammet på APL, arbetsplatsförlagt lärande, varje vår.

Intervjuare: Vad skulle du vilja att regionen och kommunen gör?
Svar: Starta en yrkesvuxutbildning i svetsning här i Karlshamn redan hösten 2025. Vi kan erbjuda sex praktikplatser och en handledare. Och så behöver vi hjälp med validering av folk som har erfarenhet men saknar papper.

Intervjuare: Tack, det var allt från mig.
Svar: Tack själv.
"""


# ---------------------------------------------------------------- 5 Beslut PDF
def beslut_pdf(path):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm, title="Beslut RUN 2025-0187")
    s = []
    P = lambda t, st=BODY: s.append(Paragraph(t, st))
    P("Region Skåne – Regionala utvecklingsnämnden", SMALL)
    P("BESLUT", H1)
    P("Datum: 2025-05-19 &nbsp;&nbsp; Diarienummer: RUN 2025-0187", SMALL)
    s.append(Spacer(1, 8))
    P("<b>Sökande:</b> Österlens Livsmedelskluster ekonomisk förening, org.nr 769638-4512, Simrishamn")
    P("<b>Projekt:</b> Smaka Österlen – hållbar livsmedelsförädling")
    P("<b>Projektperiod:</b> 2025-06-01 – 2027-05-31")
    P("Beslut om regionalt projektstöd", H2)
    P("Regionala utvecklingsnämnden beslutar att bevilja Österlens Livsmedelskluster ekonomisk "
      "förening stöd med högst 1 250 000 kronor för projektet Smaka Österlen. Stödet uppgår till "
      "högst 50 procent av de faktiska stödberättigande kostnaderna. Beslutet fattas med stöd av "
      "förordningen (2003:596) om bidrag till projektverksamhet inom den regionala "
      "tillväxtpolitiken.")
    P("Skäl för beslutet", H2)
    P("Projektet bedöms bidra till den regionala utvecklingsstrategins mål om ett konkurrenskraftigt "
      "och hållbart näringsliv på landsbygden. Sökanden har visat att projektet har förankring hos "
      "22 livsmedelsföretag på Österlen och medfinansiering från Simrishamns och Tomelilla kommuner.")
    P("Villkor för stödet", H2)
    villkor = [
        "Projektet ska genomföras i enlighet med ansökan och den budget som bifogas detta beslut.",
        "Stödet betalas ut i efterhand mot redovisade och betalda kostnader. Ansökan om utbetalning får lämnas högst en gång per kvartal.",
        "10 procent av det beviljade stödet hålls inne till dess att slutrapporten har godkänts av Region Skåne.",
        "En lägesrapport ska lämnas varje år senast den 31 januari.",
        "En slutrapport ska lämnas senast två månader efter projektperiodens slut, det vill säga senast den 31 juli 2027.",
        "Väsentliga ändringar av budget, tidplan eller projektets inriktning ska godkännas skriftligen av Region Skåne i förväg.",
        "Stödmottagaren ska i all extern kommunikation om projektet ange att det medfinansieras av Region Skåne.",
        "Om villkoren inte följs kan Region Skåne besluta att stödet helt eller delvis ska betalas tillbaka.",
    ]
    for i, v in enumerate(villkor, 1):
        P(f"{i}. {v}")
    P("Hur man överklagar", H2)
    P("Om du vill överklaga beslutet ska du skriva till Förvaltningsrätten i Malmö. Överklagandet "
      "ska dock skickas eller lämnas till Region Skåne, Regionala utvecklingsnämnden, 291 89 "
      "Kristianstad. Överklagandet måste ha kommit in inom tre (3) veckor från den dag då du fick "
      "del av beslutet. Ange vilket beslut du överklagar (diarienummer), vilken ändring du vill ha "
      "och varför du anser att beslutet ska ändras.")
    s.append(Spacer(1, 10))
    P("Beslutet har fattats av Regionala utvecklingsnämnden. Föredragande har varit handläggare "
      "Mikael Strand.<br/>Anna-Karin Persson, ordförande")
    doc.build(s, onFirstPage=footer("Region Skåne – Beslut RUN 2025-0187"),
              onLaterPages=footer("Region Skåne – Beslut RUN 2025-0187"))


# ---------------------------------------------------------------- 6 XLSX indicators
IND = [
    ("Förvärvsfrekvens", "Andel förvärvsarbetande av befolkningen 20–64 år", "SCB, BAS", "Årligen (november)"),
    ("Öppen arbetslöshet", "Andel inskrivna öppet arbetslösa 16–64 år av den registerbaserade arbetskraften", "Arbetsförmedlingen", "Månadsvis"),
    ("BRP per invånare", "Bruttoregionprodukt (BRP) i löpande priser per invånare", "SCB, regionalräkenskaperna", "Årligen, med två års eftersläpning"),
    ("Nyföretagande", "Antal nystartade företag per 1 000 invånare 16–64 år", "Tillväxtanalys", "Årligen"),
    ("FoU-utgifter", "Utgifter för forskning och utveckling som andel av BRP", "SCB", "Vartannat år"),
    ("Eftergymnasial utbildning", "Andel av befolkningen 25–64 år med minst tre års eftergymnasial utbildning", "SCB, UREG", "Årligen"),
    ("Etablering nyanlända", "Andel som är i arbete eller studier 90 dagar efter avslutat etableringsprogram", "Arbetsförmedlingen", "Kvartalsvis"),
    ("Bredbandstillgång", "Andel hushåll och arbetsställen med tillgång till minst 1 Gbit/s", "PTS, Bredbandskartläggningen", "Årligen (oktober)"),
    ("Växthusgasutsläpp per invånare", "Territoriella utsläpp i ton koldioxidekvivalenter per invånare", "Naturvårdsverket", "Årligen"),
    ("Kollektivtrafikens marknadsandel", "Andel kollektivtrafikresor av alla motoriserade resor", "Skånetrafiken, resvaneundersökning", "Vart fjärde år"),
    ("Befolkningsförändring", "Nettoförändring av folkmängden (födda, döda, flyttningar)", "SCB, BE", "Kvartalsvis"),
    ("Ohälsotal", "Antal dagar med ersättning från sjukförsäkringen per registrerad försäkrad 16–64 år", "Försäkringskassan", "Månadsvis"),
]


def main():
    budget_pdf(os.path.join(OUT, "Budgetforslag_2026_Region_Blekinge.pdf"))
    slutrapport(os.path.join(OUT, "Slutrapport_Kompetenslyft_Halland.docx"))
    with open(os.path.join(OUT, "Veckobrev_mars_2025.md"), "w", encoding="utf-8") as f:
        f.write(VECKOBREV)
    with open(os.path.join(OUT, "Intervju_Karlshamns_Marinteknik_2025-02-12.txt"), "w", encoding="utf-8") as f:
        f.write(INTERVJU)
    beslut_pdf(os.path.join(OUT, "Beslut_RUN_2025-0187_Smaka_Osterlen.pdf"))
    df = pd.DataFrame(IND, columns=["Indikator", "Definition", "Källa", "Uppdateras"])
    df.to_excel(os.path.join(OUT, "Indikatorer_regional_utveckling.xlsx"), index=False, sheet_name="Indikatorer")
    print("wrote", sorted(os.listdir(OUT)))


if __name__ == "__main__":
    main()
