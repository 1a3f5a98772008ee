#!/usr/bin/env python
"""Round 94: write six realistic Swedish public-sector files into OUT_DIR."""
import random
import sys
from pathlib import Path

import pandas as pd
from docx import Document
from docx.shared import Pt
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

SEED = 94
random.seed(SEED)
OUT = Path(sys.argv[1] if len(sys.argv) > 1 else "kb")
OUT.mkdir(parents=True, exist_ok=True)

pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
ss = getSampleStyleSheet()
BODY = ParagraphStyle("b", parent=ss["Normal"], fontName="DV", fontSize=10.5, leading=14.5,
                      spaceAfter=7)
H1 = ParagraphStyle("h1", parent=ss["Heading1"], fontName="DVB", fontSize=16, spaceAfter=10)
H2 = ParagraphStyle("h2", parent=ss["Heading2"], fontName="DVB", fontSize=12.5, spaceAfter=6)
SMALL = ParagraphStyle("s", parent=BODY, fontSize=9, leading=12)
CELL = ParagraphStyle("c", parent=BODY, fontSize=9, leading=11.5, spaceAfter=0)


def footer(text):
    def _f(canvas, doc):
        canvas.saveState()
        canvas.setFont("DV", 8)
        canvas.drawString(2 * cm, 1.2 * cm, text)
        canvas.drawRightString(19 * cm, 1.2 * cm, f"Sida {doc.page}")
        canvas.restoreState()
    return _f


def P(t, st=BODY):
    return Paragraph(t, st)


def tbl(rows, widths):
    data = [[P(str(c), CELL) for c in r] for r in rows]
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6ee")),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return t


# ---------------------------------------------------------------- 1. Länsplan (PDF, 6 sidor)
def make_plan():
    path = OUT / "Lansplan_transportinfrastruktur_Dalarna_2026-2037.pdf"
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm,
                            title="Länsplan för regional transportinfrastruktur i Dalarnas län 2026–2037")
    s = []
    # Sida 1
    s += [P("Region Dalarna", H2),
          P("Länsplan för regional transportinfrastruktur i Dalarnas län 2026–2037", H1),
          P("Fastställd av regionfullmäktige 2025-11-18, § 142. Diarienummer RD25/04187."),
          P("Sammanfattning", H2),
          P("Länsplanen anger hur de statliga medel som regeringen har fördelat till Dalarnas län "
            "för regional transportinfrastruktur ska användas under perioden 2026–2037. Den "
            "ekonomiska ramen för planperioden är 1 684 miljoner kronor (mnkr) i 2025 års "
            "prisnivå. Planen prioriterar trafiksäkerhet på det regionala vägnätet, bättre "
            "förutsättningar för pendling med kollektivtrafik och cykel mellan Falun och Borlänge "
            "samt en säkrare godstrafik i Västerbergslagen."),
          P("Av ramen avsätts 1 112 mnkr till namngivna objekt (se kapitel 4), 312 mnkr till "
            "potten för mindre åtgärder på statligt vägnät (trimnings-, trafiksäkerhets- och "
            "miljöåtgärder), 160 mnkr till statlig medfinansiering av kommunala åtgärder för "
            "gång, cykel och kollektivtrafik och 100 mnkr till statlig medfinansiering av "
            "regional kollektivtrafikanläggning."),
          P("Planen har tagits fram av Region Dalarna i samråd med Trafikverket Region Mitt, "
            "länets femton kommuner, Länsstyrelsen Dalarna och Dalatrafik. Ett förslag var ute "
            "på remiss 2025-05-02 – 2025-08-29 och 41 remissvar kom in."),
          P("1. Inledning", H2),
          P("Region Dalarna är enligt förordningen (1997:263) om länsplaner för regional "
            "transportinfrastruktur ansvarig för att upprätta länsplanen. Planen revideras i "
            "regel vart fjärde år i samband med att regeringen beslutar om nya ekonomiska "
            "ramar. Den regionala utvecklingsnämnden ansvarar för genomförande och uppföljning "
            "av planen under planperioden."),
          PageBreak()]
    # Sida 2
    s += [P("2. Förutsättningar och mål", H2),
          P("Dalarna har ett glest befolkat inland och ett tätare stråk längs Dalälven. Drygt "
            "hälften av länets invånare bor i Falun, Borlänge, Ludvika, Avesta och Mora. "
            "Arbetspendlingen mellan Falun och Borlänge är den största i länet med omkring 11 "
            "500 resor per vardag. Tunga transporter från skogs- och stålindustrin belastar "
            "väg 50, riksväg 70 och riksväg 69."),
          P("Under perioden 2019–2024 omkom i genomsnitt 9 personer per år i vägtrafiken i "
            "Dalarna. Två tredjedelar av dödsolyckorna inträffade på vägar med hastighetsgräns "
            "80–100 km/tim utan mitträcke. Därför ligger tyngdpunkten i planen på "
            "mötesseparering. Med mötesseparering menas att körfälten i motsatta riktningar "
            "skiljs åt med ett mitträcke eller en bred mittremsa, så att frontalkrockar i "
            "princip inte kan inträffa."),
          P("Planens mål för 2037 är att"),
          P("• antalet dödade och allvarligt skadade på det regionala vägnätet ska halveras "
            "jämfört med 2024,<br/>• andelen resor med kollektivtrafik och cykel i stråket "
            "Falun–Borlänge ska öka från 24 till 35 procent,<br/>• restiden med buss mellan Mora "
            "och Falun ska kortas till högst 75 minuter,<br/>• alla större bytespunkter ska vara "
            "tillgängliga för personer med funktionsnedsättning."),
          P("Planen ska bidra till de transportpolitiska målen, Dalarnas regionala "
            "utvecklingsstrategi Dalastrategin 2030 och det regionala trafikförsörjningsprogrammet."),
          PageBreak()]
    # Sida 3
    s += [P("3. Ekonomisk ram och fördelning", H2),
          tbl([["Post", "Mnkr 2026–2037", "Andel"],
               ["Namngivna objekt", "1 112", "66 %"],
               ["Pott för mindre åtgärder på statligt vägnät", "312", "19 %"],
               ["Statlig medfinansiering, kommunala åtgärder (gång, cykel, kollektivtrafik)", "160", "9 %"],
               ["Statlig medfinansiering, regional kollektivtrafikanläggning", "100", "6 %"],
               ["Summa", "1 684", "100 %"]], [9.5 * cm, 3.5 * cm, 2.5 * cm]),
          Spacer(1, 10),
          P("Medlen får inte användas till drift och underhåll, som finansieras via den "
            "nationella planen. Kommuner som vill söka statlig medfinansiering ansöker hos "
            "Region Dalarna under en utlysning som öppnar en gång per år. Närmare villkor för "
            "medfinansieringen beslutas av regionala utvecklingsnämnden i samband med "
            "utlysningen."),
          P("3.1 Prioriteringskriterier", H2),
          P("Objekt och åtgärder har prioriterats utifrån följande kriterier. Kriterierna väger "
            "lika tungt, med undantag av trafiksäkerhet som väger dubbelt."),
          P("1. <b>Trafiksäkerhet</b> – förväntad minskning av antalet dödade och allvarligt "
            "skadade.<br/>2. <b>Samhällsekonomisk lönsamhet</b> – nettonuvärdeskvot (NNK) enligt "
            "Trafikverkets samlade effektbedömning.<br/>3. <b>Bidrag till hållbart resande</b> – "
            "ökad andel kollektivtrafik, gång och cykel.<br/>4. <b>Regional utveckling</b> – "
            "bidrag till Dalastrategin 2030, arbetsmarknadsregionens funktion och näringslivets "
            "transporter.<br/>5. <b>Planeringsmässig mognad</b> – om vägplan eller järnvägsplan "
            "har vunnit laga kraft eller beräknas göra det inom två år.<br/>6. <b>Medfinansiering</b> – "
            "om kommun eller annan part bidrar med medel till objektet."),
          P("Objekt som inte uppfyller kriteriet om planeringsmässig mognad får tas upp i planen "
            "men läggs då tidigast i planperiodens andra hälft (2032–2037)."),
          PageBreak()]
    # Sida 4
    objekt = [["Objekt", "Kostnad (mnkr)", "Byggstart", "Ansvarig"],
              ["Rv 70 Borlänge–Djurås, mötesseparering", "412", "2027", "Trafikverket"],
              ["Väg 50 Ludvika–Grängesberg, trafiksäkerhetsåtgärder", "186", "2028", "Trafikverket"],
              ["Bro över Österdalälven vid Gagnef (väg 71)", "128", "2031", "Trafikverket"],
              ["Väg 293 Hedemora, ny anslutning till rv 70", "92", "2030", "Trafikverket"],
              ["Resecentrum Mora, ny bytespunkt", "74", "2029", "Mora kommun"],
              ["Rv 69 Falun–Rättvik, gång- och cykelväg förbi Bjursås", "48", "2026", "Trafikverket / Falu kommun"],
              ["Stombuss Falun–Borlänge, framkomlighetsåtgärder", "35", "2026", "Region Dalarna (Dalatrafik)"],
              ["Cykelväg Leksand–Tällberg", "31", "2028", "Leksands kommun"],
              ["Pendlarparkeringar längs Dalabanan (8 orter)", "22", "2027", "Region Dalarna"],
              ["Väg 66 Malung, trafiksäkerhet genom tätorten", "84", "2033", "Trafikverket"]]
    s += [P("4. Namngivna objekt", H2),
          P("Tabell 4.1 visar de objekt som ingår i planen. Kostnaderna är Trafikverkets "
            "kalkyler i 2025 års prisnivå och avser planens andel. Byggstart anger det år då "
            "byggandet beräknas påbörjas."),
          P("Tabell 4.1 Namngivna objekt i länsplanen 2026–2037", H2),
          tbl(objekt, [8 * cm, 2.6 * cm, 2 * cm, 4 * cm]),
          Spacer(1, 10),
          P("Summan för de namngivna objekten är 1 112 mnkr. Objektet rv 70 Borlänge–Djurås "
            "har högst prioritet och finansieras till 40 procent via den nationella planen; "
            "beloppet i tabellen avser endast länsplanens del. Resecentrum Mora förutsätter att "
            "Mora kommun tar fram en detaljplan senast 2027."),
          PageBreak()]
    # Sida 5
    s += [P("5. Om kostnaderna ökar", H2),
          P("Kostnaderna för infrastrukturobjekt har de senaste åren ökat kraftigt. Om "
            "Trafikverkets kalkyl för ett objekt ökar med mer än 15 procent jämfört med "
            "kostnaden i tabell 4.1 ska Trafikverket snarast meddela Region Dalarna. Regionala "
            "utvecklingsnämnden beslutar då, efter samråd med Trafikverket och berörd kommun, om "
            "objektet ska genomföras med utökad ram, skalas ned till en mindre omfattning eller "
            "senareläggas till en kommande planperiod."),
          P("Kostnadsökningar på högst 15 procent hanteras inom planens ram genom att det "
            "objekt som har lägst prioritet och ännu inte har byggstartat skjuts fram. "
            "Kostnadsökningar får inte finansieras genom att potten för statlig medfinansiering "
            "av kommunala åtgärder minskas till mindre än 120 mnkr. Om ett objekt blir billigare "
            "än beräknat återförs mellanskillnaden till potten för mindre åtgärder."),
          P("6. Genomförande och uppföljning", H2),
          P("Trafikverket ansvarar för att genomföra objekten på det statliga vägnätet. För "
            "objekt där kommun eller region är ansvarig tecknas ett medfinansieringsavtal innan "
            "byggstart. Region Dalarna följer upp planen årligen i en rapport till regionala "
            "utvecklingsnämnden i april. Rapporten redovisar upparbetade medel, avvikelser i "
            "kostnad och tid samt hur målen i kapitel 2 utvecklas."),
          P("Den årliga uppföljningen tas fram av enheten för samhällsplanering. Kontaktperson "
            "för länsplanen är infrastrukturstrateg Karin Westling, Region Dalarna."),
          PageBreak()]
    # Sida 6
    s += [P("7. Miljöbedömning", H2),
          P("En strategisk miljöbedömning har gjorts enligt 6 kap. miljöbalken. Planens "
            "samlade påverkan på klimatet bedöms som liten: de objekt som ökar kapaciteten för "
            "biltrafik är få, och satsningarna på kollektivtrafik och cykel väntas minska "
            "utsläppen med omkring 2 400 ton koldioxid per år 2037. Bron vid Gagnef berör ett "
            "Natura 2000-område och kräver särskild prövning."),
          P("8. Beslut", H2),
          P("Regionfullmäktige beslutade 2025-11-18, § 142, att fastställa länsplanen för "
            "regional transportinfrastruktur i Dalarnas län 2026–2037, att ge regionala "
            "utvecklingsnämnden i uppdrag att besluta om utlysning av statlig medfinansiering "
            "samt att uppdra åt regiondirektören att årligen rapportera genomförandet."),
          P("Bilagor: 1. Miljökonsekvensbeskrivning. 2. Remissammanställning. 3. Kartor över "
            "objekten.", SMALL)]
    doc.build(s, onFirstPage=footer("Region Dalarna – Länsplan 2026–2037"),
              onLaterPages=footer("Region Dalarna – Länsplan 2026–2037"))
    return path


# ---------------------------------------------------------------- 2. Delegationsordning (DOCX)
def make_delegation():
    path = OUT / "Delegationsordning_regionala_utvecklingsnamnden_Vastmanland.docx"
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    d.add_heading("Delegationsordning för regionala utvecklingsnämnden", 0)
    d.add_paragraph("Region Västmanland\nBeslutad av regionala utvecklingsnämnden 2025-02-26, § 18. "
                    "Gäller från 2025-03-01. Dnr RV 2025-0087.")
    d.add_heading("1. Inledning", 1)
    d.add_paragraph(
        "Regionala utvecklingsnämnden får enligt 6 kap. 37 § kommunallagen (2017:725) uppdra åt "
        "ett utskott, en ledamot eller ersättare eller åt en anställd att besluta på nämndens "
        "vägnar i ett visst ärende eller en viss grupp av ärenden. Denna delegationsordning anger "
        "vilka beslut som har delegerats, till vem och med vilka begränsningar.")
    d.add_paragraph(
        "Ärenden av principiell beskaffenhet eller annars av större vikt får inte delegeras (6 kap. "
        "38 § kommunallagen). Om delegaten bedömer att ett ärende är av principiell betydelse ska "
        "ärendet lämnas till nämnden för beslut.")
    d.add_heading("2. Anmälan av delegationsbeslut", 1)
    d.add_paragraph(
        "Samtliga beslut som fattas med stöd av delegation ska anmälas till nämndens nästa "
        "ordinarie sammanträde. Anmälan görs genom att beslutet registreras i diariet och förs upp "
        "på den förteckning över delegationsbeslut som nämndsekreteraren sammanställer. Beslutet "
        "vinner laga kraft tre veckor efter att protokollet från det sammanträde där det anmäldes "
        "har tillkännagetts på regionens anslagstavla.")
    d.add_heading("3. Ersättare och vidaredelegation", 1)
    d.add_paragraph(
        "När delegaten har förhinder – semester, sjukdom eller jäv – övergår beslutanderätten till "
        "den ersättare som anges i tabellen. Vidaredelegation är inte tillåten om inte annat anges "
        "i kolumnen Anmärkning. Beloppsgränser avser belopp exklusive mervärdesskatt och gäller per "
        "ärende.")
    d.add_heading("4. Förkortningar", 1)
    d.add_paragraph("KL = kommunallagen (2017:725). FL = förvaltningslagen (2017:900). LOU = lagen "
                    "(2016:1145) om offentlig upphandling. OSL = offentlighets- och sekretesslagen "
                    "(2009:400). RUD = regional utvecklingsdirektör.")
    d.add_heading("5. Delegerade beslut", 1)
    rows = [
        ("1.1", "Beslut om projektstöd ur anslaget 1:1 Regionala tillväxtåtgärder upp till och med 500 000 kr",
         "Enhetschef regional utveckling", "Avdelningschef tillväxt", "Anmäls till nämnden"),
        ("1.2", "Beslut om projektstöd ur anslaget 1:1 över 500 000 kr upp till och med 2 000 000 kr",
         "RUD", "Avdelningschef tillväxt", "Föredras i arbetsutskottet innan beslut"),
        ("1.3", "Beslut om projektstöd över 2 000 000 kr", "Nämnden", "–",
         "Delegeras inte"),
        ("1.4", "Beslut om företagsstöd (regionalt investeringsstöd) upp till och med 1 000 000 kr",
         "Handläggare företagsstöd", "Enhetschef näringsliv", "Enligt förordning (2015:210)"),
        ("1.5", "Beslut om utbetalning av beviljat stöd", "Handläggare", "Enhetschef regional utveckling",
         "Attest enligt attestreglementet"),
        ("1.6", "Beslut om återkrav av utbetalt stöd upp till och med 250 000 kr",
         "Enhetschef regional utveckling", "RUD", "Över 250 000 kr beslutar nämnden"),
        ("1.7", "Beslut om ändring av projekttid med högst sex månader", "Handläggare",
         "Enhetschef regional utveckling", "Längre förlängning beslutas av RUD"),
        ("2.1", "Yttrande över kommunala översiktsplaner och detaljplaner, ej principiella",
         "RUD", "Avdelningschef samhällsplanering", "Principiella yttranden beslutas av nämnden"),
        ("2.2", "Yttrande i remisser från statliga myndigheter med svarstid kortare än tre veckor",
         "Ordförande", "Vice ordförande", "Anmäls vid nästa sammanträde"),
        ("3.1", "Direktupphandling upp till och med 700 000 kr", "Enhetschef",
         "Avdelningschef", "Enligt LOU 19 kap. och regionens riktlinje för direktupphandling"),
        ("3.2", "Upphandling över direktupphandlingsgränsen upp till och med 5 000 000 kr",
         "RUD", "Avdelningschef tillväxt", "Tilldelningsbeslut och avtal"),
        ("3.3", "Tecknande av avtal om medfinansiering i EU-projekt upp till och med 1 500 000 kr",
         "RUD", "Avdelningschef tillväxt", "Ramavtal över beloppet beslutas av nämnden"),
        ("4.1", "Beslut i ärenden som är så brådskande att nämndens beslut inte kan avvaktas (6 kap. 39 § KL)",
         "Ordförande", "Vice ordförande", "Anmäls vid nämndens nästa sammanträde"),
        ("4.2", "Beslut att avvisa för sent inkommet överklagande (45 § FL)", "Nämndsekreterare",
         "Registrator", "–"),
        ("4.3", "Beslut att inte lämna ut allmän handling eller att lämna ut den med förbehåll",
         "Förvaltningsjurist", "Kanslichef", "Enligt 6 kap. 3 § OSL"),
        ("4.4", "Beslut om deltagande i kurser och konferenser för förtroendevalda inom Sverige",
         "Ordförande", "Vice ordförande", "Utomlands beslutar arbetsutskottet"),
        ("4.5", "Utse beslutsattestanter och ersättare för dessa inom nämndens verksamhet", "RUD",
         "Ekonomichef", "Förteckning lämnas till ekonomienheten"),
    ]
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(["Nr", "Ärende", "Delegat", "Ersättare", "Anmärkning"]):
        t.rows[0].cells[i].text = h
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    d.add_paragraph("")
    d.add_paragraph("Ordförande i regionala utvecklingsnämnden är Mikael Granström (S). "
                    "Vice ordförande är Annika Dahl (M).")
    d.save(path)
    return path


# ---------------------------------------------------------------- 3. Workshopanteckningar (MD)
WORKSHOP = """# Anteckningar – workshop om kompetensförsörjning i norra Örebro län

**Datum:** 2025-03-12, kl. 09.00–15.30
**Plats:** Bergslagens folkhögskola, Lindesberg
**Arrangör:** Region Örebro län, enheten för kompetensförsörjning
**Moderator:** Sofia Lindqvist, processledare
**Antecknare:** Erik Nyberg

## Deltagare

- Lina Berg, analytiker, Region Örebro län
- Mattias Holm, rektor, Lindeskolan (Lindesbergs kommun)
- Helena Sjöberg, HR-chef, Ovako Hofors/Hällefors
- Ahmed Karimi, arbetsmarknadschef, Ljusnarsbergs kommun
- Maria Fors, Arbetsförmedlingen Örebro
- Jonas Åkesson, verksamhetschef, Nora kommun (vård och omsorg)
- Sara Ek, Företagarna Bergslagen
- Totalt 23 deltagare från kommuner, näringsliv, utbildningsanordnare och myndigheter

## Bakgrund

- Norra länsdelen (Hällefors, Lindesberg, Ljusnarsberg, Nora) har minskat med cirka 1 100 invånare sedan 2015.
- Lina Berg presenterade enkäten till arbetsgivare: 64 % av de 118 svarande företagen uppger att de har svårt att rekrytera.
- Störst brist: undersköterskor, CNC-operatörer, elektriker och lärare i yrkesämnen.
- Andelen unga (16–24 år) som pendlar ut för studier är 41 % – högst i länet.

## Pass 1: Varför är det svårt att rekrytera?

- Bostadsbrist på små orter – "vi har jobben men inga lägenheter att erbjuda".
- Bristande kollektivtrafik kvällstid försvårar skiftarbete.
- Yrkesprogrammen på gymnasiet har få sökande.
- Citat från Mattias Holm: "Vi tappar ungdomarna redan i gymnasievalet. Väljer de ett
  högskoleförberedande program i Örebro kommer de sällan tillbaka – de bygger sina nätverk där."
- Citat från Helena Sjöberg: "Vi kan lära upp folk internt på sex månader om de bara har
  grundläggande matte och svenska. Det är det vi saknar mest, inte yrkesexamen."
- Ahmed Karimi lyfte att många nyanlända i Kopparberg har yrkeserfarenhet som inte valideras.

## Pass 2: Vad kan vi göra tillsammans?

- Gemensam yrkesvux-satsning i norra länsdelen med start hösten 2025 (undersköterska och CNC).
- Validering av yrkeskompetens för utrikes födda – Arbetsförmedlingen och kommunerna samverkar.
- "Prova-på-dagar" i industrin för elever i årskurs 8.
- Sara Ek: "Småföretagen har inte råd med en egen HR-avdelning – vi behöver en gemensam
  rekryteringsfunktion."
- Jonas Åkesson föreslog en lönad utbildningstjänst för undersköterskor, modell "Nora-spåret".

## Beslut

- Deltagarna enades om att bilda en arbetsgrupp för yrkesvux i norra länsdelen, sammankallande Ahmed Karimi.
- En uppföljande workshop hålls 2025-09-18 i Nora, med fokus på bostäder och kollektivtrafik.
- Region Örebro län ansöker om medel ur ESF+ för valideringsinsatsen senast 2025-05-15.

## Åtgärder

- @Lina Berg: skicka sammanställningen av arbetsgivarenkäten till alla deltagare till 2025-03-26
- @Ahmed Karimi: kalla till första mötet i arbetsgruppen för yrkesvux till 2025-04-10
- @Maria Fors: ta fram underlag om antal inskrivna med industrierfarenhet till 2025-04-30
- @Sofia Lindqvist: skriva utkast till ESF+-ansökan till 2025-05-05
- @Mattias Holm: planera prova-på-dagar tillsammans med Ovako till 2025-06-13
- @Erik Nyberg: skicka ut dessa anteckningar till 2025-03-14

## Utvärdering

- 19 av 23 deltagare svarade på utvärderingen; medelbetyg 4,3 av 5.
- Önskemål: mer tid för gruppdiskussion, färre presentationer.
"""


def make_workshop():
    path = OUT / "Workshop_kompetensforsorjning_Lindesberg_2025-03-12.md"
    path.write_text(WORKSHOP, encoding="utf-8")
    return path


# ---------------------------------------------------------------- 4. Frågor och svar om praktik (TXT)
PRAKTIK = """FRÅGOR OCH SVAR OM PRAKTIK I REGION ÖREBRO LÄN
Uppdaterad 2025-01-20. Ansvarig: HR-avdelningen, praktiksamordnare Johanna Ek.

F: Vem kan göra praktik hos Region Örebro län?
S: Vi tar emot elever från gymnasiet (APL), studenter från universitet och högskola (VFU och
studentpraktik), deltagare från yrkeshögskolan (LIA) samt personer som anvisas av
Arbetsförmedlingen. Vi tar inte emot praktikanter som är yngre än 16 år, med undantag för prao
i grundskolans årskurs 8 och 9.

F: Vad betyder förkortningarna APL, VFU och LIA?
S: APL står för arbetsplatsförlagt lärande och gäller gymnasieskolans yrkesprogram. VFU står för
verksamhetsförlagd utbildning och ingår i vissa högskoleutbildningar, till exempel lärar-,
sjuksköterske- och socionomprogrammen. LIA står för lärande i arbete och ingår i
yrkeshögskoleutbildningar.

F: Hur länge får en praktik vara?
S: En studentpraktik får vara högst 20 veckor. APL och LIA följer utbildningens kursplan. Praktik
via Arbetsförmedlingen är normalt 4–12 veckor och beslutas av Arbetsförmedlingen.

F: Får praktikanten lön?
S: Nej. Praktik är en del av utbildningen och ger ingen lön. Studenter behåller sitt studiestöd.
Regionen betalar inte resor till och från praktikplatsen, men praktikanten får luncha i
personalmatsalen till personalpris.

F: Hur anmäler jag som chef att min enhet kan ta emot en praktikant?
S: Anmäl platsen i formuläret "Praktikplats" på intranätet. För praktik under hösttermin ska
anmälan ha kommit in senast den 15 april, och för vårtermin senast den 15 oktober. Sommarpraktik
anmäls senast den 1 mars.

F: Måste handledaren ha någon utbildning?
S: Ja. Den som är handledare ska ha gått regionens handledarutbildning, en halv dag digitalt,
innan praktiken börjar. För VFU kan lärosätet dessutom kräva en egen handledarkurs om 7,5
högskolepoäng.

F: Vem ansvarar för försäkringen?
S: Elever och studenter är försäkrade genom sin skola eller sitt lärosäte (via Kammarkollegiet).
Deltagare från Arbetsförmedlingen är försäkrade genom Arbetsförmedlingen. Regionen tecknar
ingen egen försäkring för praktikanter.

F: Behöver praktikanten skriva på något om tystnadsplikt?
S: Ja. Alla praktikanter skriver under en förbindelse om tystnadsplikt första dagen. Den
arkiveras av enheten i två år efter praktikens slut. Praktikanter inom hälso- och sjukvården
får begränsad behörighet i journalsystemet och bara under handledarens ansvar.

F: Behövs utdrag ur belastningsregistret?
S: Ja, om praktiken innebär arbete med barn, till exempel inom barn- och ungdomspsykiatrin eller
barnkliniken. Praktikanten beställer utdraget själv hos Polisen och visar upp det för chefen.

F: Kan vi ta emot praktikanter från andra länder?
S: Ja, via Erasmus+ eller motsvarande utbytesprogram. Kontakta praktiksamordnaren minst tre
månader innan praktiken ska börja, eftersom det krävs ett trepartsavtal.

F: Får praktikanten ett intyg?
S: Ja. Handledaren skriver ett praktikintyg med mallen på intranätet. Intyget ska undertecknas
av närmaste chef.

F: Vem kontaktar jag om jag har fler frågor?
S: Praktiksamordnare Johanna Ek, telefon 019-602 41 17, e-post praktik@regionorebrolan.se.
"""


def make_praktik():
    path = OUT / "Fragor_och_svar_praktik_Region_Orebro_lan.txt"
    path.write_text(PRAKTIK, encoding="utf-8")
    return path


# ---------------------------------------------------------------- 5. Remiss (PDF)
def make_remiss():
    path = OUT / "Remiss_regional_cykelstrategi_Vastmanland_2026-2030.pdf"
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm,
                            title="Remiss – Regional cykelstrategi för Västmanland 2026–2030")
    s = [P("Region Västmanland<br/>Regional utveckling", SMALL),
         P("REMISS", H2),
         P("Förslag till regional cykelstrategi för Västmanlands län 2026–2030", H1),
         P("Datum: 2025-06-16<br/>Diarienummer: RV 2025-0412<br/>Svar senast: 2025-09-30"),
         P("Bakgrund", H2),
         P("Regionala utvecklingsnämnden beslutade 2025-06-11, § 71, att skicka förslaget till "
           "regional cykelstrategi på remiss. Strategin ska ersätta cykelplanen från 2019 och "
           "peka ut hur regionen, kommunerna och Trafikverket tillsammans ska öka cyklandet i "
           "länet. Målet i förslaget är att andelen resor med cykel ska öka från 11 procent "
           "2024 till 18 procent 2030. Förslaget innehåller fyra insatsområden: ett sammanhängande "
           "regionalt cykelvägnät, cykel i kombination med kollektivtrafik, säkra skolvägar samt "
           "cykelturism längs Strömsholms kanal och Mälaren."),
         P("Remissinstanser", H2),
         P("Förslaget skickas till följande remissinstanser:"),
         P("• Arboga, Fagersta, Hallstahammar, Kungsör, Köping, Norberg, Sala, Skinnskatteberg, "
           "Surahammar och Västerås kommuner<br/>• Trafikverket Region Öst<br/>• Länsstyrelsen i "
           "Västmanlands län<br/>• Kollektivtrafikförvaltningen Västmanlands Lokaltrafik (VL)<br/>• "
           "Mälardalens universitet<br/>• Cykelfrämjandet Västerås<br/>• Polismyndigheten, "
           "lokalpolisområde Västerås<br/>• Visit Västmanland"),
         P("Även andra organisationer och enskilda är välkomna att lämna synpunkter."),
         PageBreak(),
         P("Frågor till remissinstanserna", H2),
         P("Vi vill att ni särskilt svarar på följande frågor. Ange frågans nummer i ert svar."),
         P("1. Delar ni bedömningen att målet 18 procent cykelresor 2030 är rimligt för länet?<br/>"
           "2. Saknas något viktigt stråk i förslaget till regionalt cykelvägnät (karta 2)?<br/>"
           "3. Hur kan er organisation bidra till genomförandet av insatsområdet säkra skolvägar?<br/>"
           "4. Är ansvarsfördelningen mellan region, kommuner och Trafikverket i kapitel 5 tydlig?<br/>"
           "5. Vilka åtgärder för att kombinera cykel och kollektivtrafik bör prioriteras först?<br/>"
           "6. Har ni övriga synpunkter på strategin eller på de indikatorer som föreslås för "
           "uppföljning?"),
         P("Hur ni svarar", H2),
         P("Remissvaret ska ha kommit in till Region Västmanland senast tisdagen den 30 september "
           "2025. Skicka svaret med e-post till regionen@regionvastmanland.se och ange diarienummer "
           "RV 2025-0412 i ämnesraden. Svaret ska skickas både som pdf och i redigerbart format "
           "(Word). Om ni inte vill lämna synpunkter ber vi er meddela det."),
         P("Svaren kommer att sammanställas och redovisas för regionala utvecklingsnämnden, "
           "som planeras fatta beslut om strategin i december 2025. Remissvar är allmänna "
           "handlingar och publiceras på regionens webbplats."),
         P("Ett digitalt informationsmöte om förslaget hålls 2025-08-26 kl. 13.00–14.30. Anmälan "
           "till kontaktpersonen senast 2025-08-19."),
         P("Kontaktperson", H2),
         P("Per Sandberg, strateg hållbara resor, telefon 021-481 22 60, "
           "per.sandberg@regionvastmanland.se"),
         Spacer(1, 16),
         P("Med vänlig hälsning<br/><br/>Elin Rosén<br/>Avdelningschef Samhällsplanering, Region "
           "Västmanland")]
    doc.build(s, onFirstPage=footer("Region Västmanland – Remiss RV 2025-0412"),
              onLaterPages=footer("Region Västmanland – Remiss RV 2025-0412"))
    return path


# ---------------------------------------------------------------- 6. Projektportfölj (XLSX)
def make_portfolio():
    path = OUT / "Projektportfolj_regional_utveckling_2025.xlsx"
    rng = random.Random(SEED)
    projects = [
        ("Smart industri Bergslagen", "Region Örebro län", "Pågår", "2024-01-15", "2026-12-31", "Följer plan"),
        ("Yrkesvux norra länsdelen", "Lindesbergs kommun", "Planeras", "2025-08-18", "2027-06-30", "Beslut om medfinansiering väntas i maj"),
        ("Cykelstråk Västerås–Hallstahammar", "Region Västmanland", "Försenat", "2023-09-01", "2025-12-31", "Markåtkomst saknas för 1,2 km, ny tidplan tas fram"),
        ("Besöksnäring Siljan 2030", "Region Dalarna", "Pågår", "2024-03-01", "2026-02-28", ""),
        ("Validering för utrikes födda", "Arbetsförmedlingen Örebro", "Planeras", "2025-09-01", "2027-08-31", "ESF+-ansökan lämnas 2025-05-15"),
        ("Digital infrastruktur glesbygd", "Region Dalarna", "Försenat", "2022-06-01", "2025-06-30", "Leverantören har gått i konkurs, ny upphandling"),
        ("Kompetenslyft vård och omsorg", "Nora kommun", "Avslutat", "2022-01-10", "2024-12-20", "Slutrapport godkänd 2025-02-03"),
        ("Laddinfrastruktur tunga fordon E18", "Region Västmanland", "Pågår", "2024-05-01", "2026-10-31", ""),
        ("Mälardalens innovationsarena", "Mälardalens universitet", "Pausat", "2023-02-01", "2025-12-31", "Pausat i väntan på besked om EU-finansiering"),
        ("Stombuss Falun–Borlänge", "Region Dalarna", "Pågår", "2025-01-01", "2027-12-31", "Kopplat till länsplanen"),
        ("Energieffektiva småföretag", "Energikontoret Mälardalen", "Avslutat", "2021-09-01", "2024-08-31", ""),
        ("Kulturmiljö Bergslagsbanan", "Ljusnarsbergs kommun", "Avbrutet", "2023-04-01", "2025-03-31", "Avbrutet 2024-11-12: kommunen drog tillbaka sin medfinansiering"),
        ("Ungdomsentreprenörskap Västmanland", "Ung Företagsamhet Västmanland", "Pågår", "2024-08-15", "2026-06-30", ""),
        ("Cirkulär byggindustri", "Region Örebro län", "Försenat", "2023-10-01", "2025-09-30", "Rekrytering av projektledare drog ut på tiden"),
        ("Fossilfri kollektivtrafik Dalarna", "Dalatrafik", "Pågår", "2024-02-01", "2027-01-31", ""),
        ("Matlandet Västmanland", "Länsstyrelsen Västmanland", "Avslutat", "2022-03-01", "2024-12-31", ""),
        ("Attraktiva arbetsgivare Hällefors", "Hällefors kommun", "Avbrutet", "2024-01-01", "2025-12-31", "Avbrutet 2025-02-20: för få deltagande företag"),
        ("Kompetensplattform Örebro län", "Region Örebro län", "Pågår", "2023-01-01", "2025-12-31", "Förlängning diskuteras"),
    ]
    rows = []
    for name, owner, status, start, end, comment in projects:
        budget = rng.randrange(800, 24000, 50)
        rows.append({"Projekt": name, "Projektägare": owner, "Status": status,
                     "Start": pd.Timestamp(start).date(), "Slut": pd.Timestamp(end).date(),
                     "Budget (tkr)": budget, "Kommentar": comment})
    df = pd.DataFrame(rows)
    with pd.ExcelWriter(path, engine="openpyxl") as w:
        df.to_excel(w, sheet_name="Portfölj 2025", index=False)
        ws = w.sheets["Portfölj 2025"]
        for col, width in zip("ABCDEFG", [36, 30, 12, 12, 12, 14, 60]):
            ws.column_dimensions[col].width = width
    return path


if __name__ == "__main__":
    for f in (make_plan, make_delegation, make_workshop, make_praktik, make_remiss, make_portfolio):
        print(f())
