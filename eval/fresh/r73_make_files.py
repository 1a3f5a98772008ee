"""Write a small knowledge base for a regional development unit (round 73)."""
import sys
from pathlib import Path

import numpy as np
from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                PageBreak, ListFlowable, ListItem)

rng = np.random.default_rng(73)
OUT = Path(sys.argv[1])
OUT.mkdir(parents=True, exist_ok=True)
styles = getSampleStyleSheet()
BODY = ParagraphStyle("body", parent=styles["BodyText"], fontSize=10.5, leading=14)
H1 = ParagraphStyle("h1", parent=styles["Heading1"], fontSize=16)
H2 = ParagraphStyle("h2", parent=styles["Heading2"], fontSize=13)
H3 = ParagraphStyle("h3", parent=styles["Heading3"], fontSize=11)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8, leading=10)


def numbered_canvas(header_text):
    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._saved)
            for st in self._saved:
                self.__dict__.update(st)
                self.setFont("Helvetica", 8)
                self.drawString(2 * cm, A4[1] - 1.2 * cm, header_text)
                self.line(2 * cm, A4[1] - 1.35 * cm, A4[0] - 2 * cm, A4[1] - 1.35 * cm)
                self.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Sida {self._pageNumber} av {n}")
                self.drawString(2 * cm, 1.2 * cm, "Region Västernorrland – Regional utveckling")
                super().showPage()
            super().save()
    return NumberedCanvas


def P(t, s=BODY):
    return Paragraph(t, s)


def tbl(rows, widths=None):
    t = Table(rows, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
    ]))
    return t


def sv(x, dec=0):
    s = f"{x:,.{dec}f}".replace(",", " ").replace(".", ",")
    return s


# ---------------------------------------------------------------- 1. FAQ DOCX
def make_faq():
    d = Document()
    d.add_heading("Frågor och svar om kompetensmäklarsatsningen", 0)
    d.add_paragraph("Projekt: Kompetensmäklare i tre län 2025–2027. Uppdaterad 2025-11-03.")
    qa = [
        ("Vad är kompetensmäklarsatsningen?",
         "Kompetensmäklarsatsningen är ett treårigt projekt 2025–2027 i Västra Götalands, "
         "Västernorrlands och Dalarnas län. Kompetensmäklare hjälper små och medelstora företag att "
         "kartlägga sina kompetensbehov och hitta rätt utbildning för sina anställda."),
        ("Vem kan få stöd?",
         "Små och medelstora företag med 1–249 anställda som har verksamhet i något av de tre länen "
         "kan få stöd. Även ideella föreningar med anställda kan delta."),
        ("Vad kostar det för företaget?",
         "Stödet från kompetensmäklaren är kostnadsfritt för företaget. Satsningen finansieras av "
         "Europeiska regionala utvecklingsfonden (ERUF) och de tre regionerna."),
        ("Hur många kompetensmäklare finns det?",
         "När satsningen är fullt bemannad finns nio kompetensmäklare, tre i varje län."),
        ("Vad gör en kompetensmäklare konkret?",
         "Mäklaren besöker företaget, gör en kompetensanalys tillsammans med ledningen, föreslår "
         "utbildningsinsatser och kopplar ihop företaget med yrkeshögskolor, lärosäten och andra "
         "utbildningsanordnare."),
        ("Hur lång tid tar en kompetensanalys?",
         "Normalt två till tre besök under ungefär sex veckor."),
        ("Måste företaget betala för utbildningarna?",
         "Kortare utbildningar på upp till 40 timmar kan bekostas helt av projektet. För längre "
         "utbildningar står företaget för 50 procent av kostnaden."),
        ("Kan kommuner och andra offentliga arbetsgivare delta?",
         "Nej. Kommuner, regioner och statliga myndigheter ingår inte i målgruppen eftersom ERUF-"
         "medlen i detta projekt är riktade till näringslivet."),
        ("Hur anmäler man intresse?",
         "Fyll i intresseformuläret på projektets webbsida eller kontakta kompetensmäklaren i ditt län "
         "direkt."),
        ("Vad händer med uppgifterna om vårt företag?",
         "Uppgifterna behandlas enligt dataskyddsförordningen (GDPR) och sparas till och med 2031 "
         "eftersom ERUF-projekt kan granskas i efterhand."),
        ("Hur följs satsningen upp?",
         "En extern utvärderare gör en halvtidsutvärdering som ska vara klar den 30 juni 2026 och en "
         "slututvärdering hösten 2027."),
        ("Kan ett företag få stöd flera gånger?",
         "Ja, men ett företag kan få högst två kompetensanalyser under projekttiden."),
    ]
    for q, a in qa:
        p = d.add_paragraph()
        r = p.add_run(q)
        r.bold = True
        r.font.size = Pt(12)
        d.add_paragraph(a)
    d.add_heading("Kontakt", level=1)
    d.add_paragraph("Maria Sjöberg, projektledare, Region Västernorrland\n"
                    "E-post: maria.sjoberg@rvn.se\nTelefon: 0611-34 56 78")
    d.save(OUT / "Frågor och svar kompetensmäklarsatsningen.docx")


# ---------------------------------------------------------------- 2. Protocol PDF
def make_protocol():
    fn = OUT / "Protokoll regionala utvecklingsnämnden 2025-10-22.pdf"
    doc = SimpleDocTemplate(str(fn), pagesize=A4, topMargin=2.2 * cm, bottomMargin=2 * cm)
    filler = ("Förvaltningen har berett ärendet i samverkan med berörda avdelningar och med "
              "kommunerna i länet. Underlaget har stämts av i den politiska beredningsgruppen och i "
              "samrådet med länsstyrelsen. ")
    s = [P("PROTOKOLL", H1),
         P("Regionala utvecklingsnämnden", H2),
         P("Sammanträdesdatum: 2025-10-22<br/>Plats och tid: Regionens hus, Härnösand, "
           "kl. 09.00–12.15<br/>Ordförande: Karin Wallin (S)<br/>Sekreterare: Oskar Lind<br/>"
           "Justerare: Eva Holm (C)"),
         Spacer(1, 10),
         P("Närvarande", H2),
         P("<b>Beslutande ledamöter:</b> Karin Wallin (S), ordförande; Lars Eriksson (M); "
           "Eva Holm (C); Tomas Berglund (SD); Fatima Ali (V); Johan Åkesson (KD); Birgitta Lund (S)."),
         P("<b>Närvarande ersättare:</b> Sofia Nyström (L); Ahmed Hassan (S)."),
         P("<b>Tjänstepersoner:</b> Helena Ström, regional utvecklingsdirektör; Maria Sjöberg, "
           "projektledare; Oskar Lind, nämndsekreterare."),
         Spacer(1, 10),
         P("§ 85 Mötets öppnande och val av justerare", H2),
         P("Ärendebeskrivning", H3),
         P("Ordföranden öppnar sammanträdet och konstaterar att kallelse skett i behörig ordning."),
         P("Beslut", H3),
         P("Nämnden utser Eva Holm (C) att jämte ordföranden justera protokollet. Justering sker "
           "2025-10-29."),
         P("§ 86 Godkännande av dagordningen", H2),
         P("Ärendebeskrivning", H3),
         P("Förslag till dagordning har skickats ut med kallelsen."),
         P("Beslut", H3),
         P("Dagordningen godkänns."),
         PageBreak(),
         P("§ 87 Remissversion av regional utvecklingsstrategi (RUS) 2026–2035", H2),
         P("Dnr RS 2025/412", SMALL),
         P("Ärendebeskrivning", H3),
         P("Den regionala utvecklingsstrategin (RUS) ska ersätta nuvarande strategi som gäller till "
           "och med 2025. Arbetet har pågått sedan hösten 2024 med dialoger i alla sju kommuner. "
           "Strategin innehåller fyra prioriteringar: kompetensförsörjning, grön omställning, "
           "tillgänglighet och attraktiva livsmiljöer. " + filler * 3),
         P("Beslut", H3),
         P("Nämnden godkänner remissversionen av regional utvecklingsstrategi 2026–2035 och "
           "beslutar att skicka ut den på remiss till kommuner, myndigheter och organisationer. "
           "Remissvar ska ha kommit in senast den 31 januari 2026."),
         Spacer(1, 8),
         P("§ 88 Medfinansiering av projektet Kompetensmäklare i tre län", H2),
         P("Dnr RS 2025/377", SMALL),
         P("Ärendebeskrivning", H3),
         P("Region Västernorrland är projektägare för projektet Kompetensmäklare i tre län, som "
           "genomförs tillsammans med Västra Götalandsregionen och Region Dalarna 2025–2027. "
           "Projektet har beviljats stöd från Europeiska regionala utvecklingsfonden. Den regionala "
           "medfinansieringen föreslås tas ur anslaget för regionala utvecklingsmedel. " + filler * 2),
         P("Yrkanden", H3),
         P("Karin Wallin (S) yrkar bifall till förvaltningens förslag. Lars Eriksson (M) yrkar att "
           "medfinansieringen ska begränsas till 2 500 000 kronor. Ordföranden ställer förslagen mot "
           "varandra och finner att nämnden beslutat enligt förvaltningens förslag."),
         P("Beslut", H3),
         P("Nämnden beviljar medfinansiering med 4 200 000 kronor till projektet Kompetensmäklare i "
           "tre län för perioden 2025–2027."),
         P("Reservation", H3),
         P("Lars Eriksson (M) reserverar sig mot beslutet till förmån för eget yrkande, med "
           "motiveringen att projektets effekter på företagens kompetensförsörjning ännu inte är "
           "belagda."),
         PageBreak(),
         P("§ 89 Uppföljning av regionala utvecklingsmedel (1:1-medel) 2025", H2),
         P("Dnr RS 2025/102", SMALL),
         P("Ärendebeskrivning", H3),
         P("Förvaltningen redovisar hur de statliga 1:1-medlen har använts under de tre första "
           "kvartalen 2025. Av totalt beviljade medel har 68 procent betalats ut. " + filler * 3),
         P("Beslut", H3),
         P("Nämnden lägger uppföljningen till handlingarna och ger förvaltningen i uppdrag att "
           "återkomma med en helårsredovisning i mars 2026."),
         Spacer(1, 8),
         P("§ 90 Meddelanden och delegationsbeslut", H2),
         P("Ärendebeskrivning", H3),
         P("Förteckning över delegationsbeslut fattade under perioden 2025-09-01–2025-09-30 samt "
           "inkomna skrivelser redovisas. " + filler),
         P("Beslut", H3),
         P("Nämnden noterar redovisningen av meddelanden och delegationsbeslut."),
         PageBreak(),
         P("§ 91 Mötets avslutande", H2),
         P("Ordföranden tackar för visat intresse och avslutar sammanträdet kl. 12.15."),
         Spacer(1, 30),
         P("Underskrifter", H2),
         P("Sekreterare: Oskar Lind<br/><br/>Ordförande: Karin Wallin (S)<br/><br/>"
           "Justerare: Eva Holm (C)"),
         Spacer(1, 20),
         P("Anslaget på regionens digitala anslagstavla 2025-10-30. Protokollet förvaras hos "
           "Regionala utvecklingsförvaltningen, Härnösand.", SMALL),
         ]
    doc.build(s, canvasmaker=numbered_canvas(
        "Regionala utvecklingsnämnden – Protokoll 2025-10-22"))


# ---------------------------------------------------------------- 3. Onboarding MD
def make_onboarding():
    md = """# Checklista för nya medarbetare – Regional utveckling

Välkommen till enheten för regional utveckling! Den här checklistan hjälper dig under de första
månaderna. Bocka av punkterna tillsammans med din chef.

## Checklista

| Vad | När | Ansvarig |
|-----|-----|----------|
| Hämta ut dator, telefon och passerkort | Dag 1 | IT-support, Johan Berg |
| Introduktionssamtal med chef | Dag 1 | Närmaste chef, Helena Ström |
| Genomför IT-säkerhetsutbildningen | Vecka 1 | Informationssäkerhetssamordnare Lina Ek |
| Läs RUS och enhetens verksamhetsplan | Vecka 2 | Du själv, med stöd av mentor |
| Första träffen med mentor | Vecka 2 | Mentor, Oskar Lind |
| Introduktion till diariet och ärendehantering | Vecka 3 | Registrator, Camilla Berg |
| Delta i ett möte i regionala utvecklingsnämnden | Inom 2 månader | Nämndsekreterare, Oskar Lind |
| Uppföljningssamtal | Efter 3 månader | Närmaste chef, Helena Ström |

## Bra länkar

- [Intranätet för nya medarbetare](https://intra.rvn.example.se/ny-medarbetare)
- [Regional utvecklingsstrategi (RUS)](https://www.rvn.example.se/rus)
- [Projektet Kompetensmäklare i tre län](https://www.rvn.example.se/kompetensmaklare)
- [Beställ behörigheter i IT-portalen](https://it.rvn.example.se/behorighet)

## Ordlista

- RUS – regional utvecklingsstrategi
- ERUF – Europeiska regionala utvecklingsfonden
- ESF+ – Europeiska socialfonden+
- 1:1-medel – statliga medel ur anslaget 1:1 Regionala tillväxtåtgärder
- SMF – små och medelstora företag
- RUN – regionala utvecklingsnämnden
- Yh – yrkeshögskolan

Frågor om checklistan? Kontakta Helena Ström.
"""
    (OUT / "onboarding_checklista.md").write_text(md, encoding="utf-8")


# ---------------------------------------------------------------- 4. Transcript TXT
def make_transcript():
    txt = """Transkribering – Styrgruppsmöte Kompetensmäklare i tre län
Datum: 2025-11-12, kl. 13.00–14.30, Teams
Närvarande: Maria Sjöberg (projektledare, Region Västernorrland), Anna Lindqvist (Region Dalarna),
Per Dahlgren (Västra Götalandsregionen), Erik Nord (Region Västernorrland)

Maria Sjöberg: Välkomna allihop. Vi börjar med en lägesrapport från varje län och tar sedan
tidplanen för kartläggningen.

Erik Nord: I Västernorrland har våra tre mäklare kommit igång ordentligt. Sedan starten i augusti
har de gjort 42 företagsbesök, de flesta inom industri och besöksnäring.

Per Dahlgren: I Västra Götaland är alla tre mäklare på plats. Vi har fått in många
intresseanmälningar, men vi behöver bli bättre på att nå företag utanför Göteborgsområdet.

Anna Lindqvist: I Dalarna är rekryteringen försenad. Vår andra kandidat tackade nej i oktober, så
vår tredje kompetensmäklare börjar först den 1 februari 2026. Fram till dess täcker vi upp
Malung-Sälen och Älvdalen från Falun.

Maria Sjöberg: Tack. Det påverkar kartläggningen. Mitt förslag är att vi förlänger
kartläggningsperioden så att Dalarna hinner med.

Per Dahlgren: Det stödjer jag. Vi skulle också ha nytta av mer tid.

Erik Nord: Inga invändningar från oss.

Maria Sjöberg: Då noterar vi att styrgruppen beslutar att förlänga kartläggningsperioden till den
31 mars 2026. Halvtidsutvärderingen ligger kvar och ska vara klar den 30 juni 2026.

Anna Lindqvist: Kan vi också ta upp kommunikationen? Företagen förstår inte alltid vad en
kompetensmäklare är.

Per Dahlgren: Jag kan ta fram ett utkast till kommunikationsplan med gemensamma budskap.

Maria Sjöberg: Bra. Då sammanfattar jag nästa steg.

Nästa steg:
1. Maria Sjöberg skickar en reviderad tidplan till styrgruppen senast den 19 november 2025.
2. Per Dahlgren tar fram ett utkast till kommunikationsplan till den 3 december 2025.
3. Anna Lindqvist återkommer om rekryteringsläget i Dalarna i januari.
4. Nästa styrgruppsmöte hålls den 28 januari 2026.
"""
    (OUT / "transkript_styrgruppsmote_2025-11-12.txt").write_text(txt, encoding="utf-8")


# ---------------------------------------------------------------- 5. Report PDF
KOMMUNER = ["Ånge", "Timrå", "Härnösand", "Sundsvall", "Kramfors", "Sollefteå", "Örnsköldsvik"]
YRKEN = [("Undersköterskor", "Stor brist"), ("Sjuksköterskor", "Stor brist"),
         ("Grundskollärare", "Brist"), ("Civilingenjörer", "Brist"), ("Elektriker", "Brist"),
         ("Lastbilsförare", "Balans"), ("Kockar och kallskänkor", "Balans"),
         ("Administratörer", "Överskott")]


def report_tables():
    base23 = rng.normal(80.0, 2.2, len(KOMMUNER))
    ch = rng.normal(0.3, 0.7, len(KOMMUNER))
    s23 = np.round(base23, 1)
    s24 = np.round(base23 + ch, 1)
    lan23 = round(float(np.mean(s23)) + 0.4, 1)
    lan24 = round(float(np.mean(s24)) + 0.4, 1)
    rik23, rik24 = 80.9, 81.2
    syss = [(k, float(a), float(b)) for k, a, b in zip(KOMMUNER, s23, s24)]
    syss += [("Västernorrlands län", lan23, lan24), ("Riket", rik23, rik24)]
    yrk = []
    for y, bed in YRKEN:
        led = int(rng.integers(60, 900))
        if bed == "Stor brist":
            sok = int(led * rng.uniform(0.15, 0.35))
        elif bed == "Brist":
            sok = int(led * rng.uniform(0.4, 0.8))
        elif bed == "Balans":
            sok = int(led * rng.uniform(0.9, 1.3))
        else:
            sok = int(led * rng.uniform(2.0, 3.5))
        yrk.append((y, led, sok, bed))
    return syss, yrk


def make_report(syss, yrk):
    fn = OUT / "Kompetensförsörjning i Västernorrland 2025.pdf"
    doc = SimpleDocTemplate(str(fn), pagesize=A4, topMargin=2.2 * cm, bottomMargin=2 * cm)
    fill = ("Analysen bygger på registerdata och intervjuer med arbetsgivare i länets sju kommuner. "
            "Resultaten ska läsas med viss försiktighet eftersom små kommuner ger osäkra skattningar. ")
    s = [P("Kompetensförsörjning i Västernorrland 2025", H1),
         P("Rapport från Region Västernorrland, enheten för regional utveckling. November 2025."),
         Spacer(1, 12),
         P("Sammanfattning", H2),
         P("Västernorrlands län står inför en omfattande generationsväxling. Bristen är störst inom "
           "vård och omsorg, där undersköterskor och sjuksköterskor bedöms som stora bristyrken. "
           "Även inom teknik och industri är det svårt att rekrytera. Sysselsättningsgraden har ökat "
           "något i flera kommuner men skillnaderna inom länet är stora. Rapporten avslutas med fem "
           "rekommendationer."),
         P("1 Inledning", H2),
         P("1.1 Syfte", H3),
         P("Syftet med rapporten är att ge en samlad bild av kompetensförsörjningen i länet som "
           "underlag för den nya regionala utvecklingsstrategin och för projektet Kompetensmäklare i "
           "tre län. " + fill),
         P("1.2 Metod och källor", H3),
         P("Rapporten bygger på SCB:s registerbaserade arbetsmarknadsstatistik, Arbetsförmedlingens "
           "yrkesbedömningar och en enkät till 312 arbetsgivare.<super>1</super> " + fill * 2),
         Spacer(1, 20),
         P("<super>1</super> Enkäten genomfördes i maj 2025 och svarsfrekvensen var 47 procent.", SMALL),
         PageBreak(),
         P("2 Befolkning och arbetsmarknad", H2),
         P("2.1 Sysselsättning per kommun", H3),
         P("Tabell 1 visar sysselsättningsgraden för befolkningen 20–64 år per kommun. " + fill),
         P("<b>Tabell 1. Sysselsättningsgrad 20–64 år (procent), 2023 och 2024</b>"),
         tbl([["Område", "2023", "2024"]] +
             [[k, sv(a, 1), sv(b, 1)] for k, a, b in syss], [7 * cm, 3 * cm, 3 * cm]),
         Spacer(1, 10),
         P("2.2 Pensionsavgångar", H3),
         P("Fram till 2030 beräknas omkring 28 500 personer i länet gå i pension.<super>2</super> "
           "Samtidigt är de unga årskullarna som kommer in på arbetsmarknaden mindre. " + fill),
         Spacer(1, 20),
         P("<super>2</super> Egen beräkning utifrån SCB:s befolkningsprognos 2025–2030 och "
           "sysselsatta 55–64 år.", SMALL),
         PageBreak(),
         P("3 Bristyrken", H2),
         P("Tabell 2 visar antalet lediga jobb och arbetssökande för ett urval av yrken samt "
           "regionens bedömning av rekryteringsläget.", BODY),
         P("<b>Tabell 2. Lediga jobb, arbetssökande och bedömning per yrke, Västernorrland 2025</b>"),
         tbl([["Yrke", "Lediga jobb", "Arbetssökande", "Bedömning"]] +
             [[y, sv(l), sv(a), b] for y, l, a, b in yrk],
             [5.5 * cm, 3 * cm, 3 * cm, 3 * cm]),
         Spacer(1, 10),
         P("3.1 Vård och omsorg", H3),
         P("Undersköterskor och sjuksköterskor bedöms som stora bristyrken. Många arbetsgivare "
           "uppger att de tvingas anlita bemanningsföretag. " + fill * 2),
         P("3.2 Teknik och industri", H3),
         P("Inom industrin är det brist på civilingenjörer och elektriker, särskilt i Örnsköldsvik "
           "och Sundsvall där flera stora investeringar pågår. " + fill * 2),
         PageBreak(),
         P("3.3 Yrken i balans och med överskott", H3),
         P("För lastbilsförare samt kockar och kallskänkor bedöms tillgång och efterfrågan vara i "
           "balans. För administratörer finns ett överskott av arbetssökande. " + fill * 3),
         P("4 Slutsatser och rekommendationer", H2),
         P("4.1 Slutsatser", H3),
         P("Länets kompetensförsörjning är starkt beroende av att fler utbildas inom vård och teknik "
           "och av att utrikes född arbetskraft kommer i arbete snabbare. " + fill * 2),
         P("4.2 Rekommendationer", H3),
         ListFlowable([ListItem(P(t)) for t in [
             "Utöka regional yrkesvux för undersköterskor med 150 platser per år.",
             "Inrätta ett regionalt valideringscentrum i Sundsvall senast 2027 så att utländsk "
             "kompetens kan tas till vara snabbare.",
             "Stärk samverkan med Mittuniversitetet om ingenjörsutbildningar och praktikplatser.",
             "Förläng och utveckla kompetensmäklarsatsningen efter 2027 om utvärderingen är positiv.",
             "Följ upp bristyrkena årligen och redovisa till regionala utvecklingsnämnden.",
         ]], bulletType="1"),
         PageBreak(),
         P("Bilaga. Definitioner", H2),
         P("<b>Sysselsättningsgrad</b>: andelen sysselsatta av befolkningen 20–64 år.<br/>"
           "<b>Bristyrke</b>: yrke där antalet arbetssökande med rätt kompetens är litet i "
           "förhållande till efterfrågan.<br/><b>Bedömning</b>: regionens samlade bedömning av "
           "rekryteringsläget på skalan stor brist, brist, balans, överskott."),
         ]
    doc.build(s, canvasmaker=numbered_canvas("Kompetensförsörjning i Västernorrland 2025"))


# ---------------------------------------------------------------- 6. Budget XLSX
BUDGET_ROWS = [("Personal och drift", ["Kompetensmäklare (lön inkl. sociala avgifter)",
                                       "Projektledning", "Administration och uppföljning"]),
               ("Insatser", ["Kartläggning av kompetensbehov", "Utbildningsinsatser",
                             "Kommunikation och spridning"])]


def make_budget():
    wb = Workbook()
    ws = wb.active
    ws.title = "Budget"
    ws["A1"] = "Budget Kompetensmäklare i tre län 2025–2027 (kronor)"
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(["Insatsområde", "2025", "2026", "2027", "Summa"])
    for c in ws[3]:
        c.font = Font(bold=True)
    tot = np.zeros(3)
    for grp, items in BUDGET_ROWS:
        sub = np.zeros(3)
        for it in items:
            vals = (rng.integers(300, 3200, 3) * 1000).astype(float)
            sub += vals
            ws.append([it] + [int(v) for v in vals] + [int(vals.sum())])
        ws.append([f"Delsumma {grp.lower()}"] + [int(v) for v in sub] + [int(sub.sum())])
        for c in ws[ws.max_row]:
            c.font = Font(bold=True)
        tot += sub
    ws.append(["Totalt"] + [int(v) for v in tot] + [int(tot.sum())])
    for c in ws[ws.max_row]:
        c.font = Font(bold=True)
    ws.append([])
    ws.append(["Källa: projektansökan till Tillväxtverket, reviderad 2025-09-15."])
    ws.column_dimensions["A"].width = 48
    wb.save(OUT / "budget_kompetensmaklare_2025-2027.xlsx")


make_faq()
make_protocol()
make_onboarding()
make_transcript()
syss, yrk = report_tables()
make_report(syss, yrk)
make_budget()
print("wrote", sorted(p.name for p in OUT.iterdir()))
