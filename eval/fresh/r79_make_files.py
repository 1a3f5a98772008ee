#!/usr/bin/env python
"""Skapar sex realistiska testfiler (Västmanland, Kalmar län, Gävleborg) för Kunskapsbanken."""
import os
import random
import sys

import pandas as pd
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (ListFlowable, ListItem, PageBreak, Paragraph,
                                SimpleDocTemplate, Spacer, Table, TableStyle)

random.seed(79)
OUT = sys.argv[1] if len(sys.argv) > 1 else "kb"
os.makedirs(OUT, exist_ok=True)

FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FD + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FD + "DejaVuSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVI", FD + "DejaVuSerif-Italic.ttf"))
pdfmetrics.registerFont(TTFont("DS", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DSB", FD + "DejaVuSans-Bold.ttf"))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily("DV", normal="DV", bold="DVB", italic="DVI", boldItalic="DVB")

ss = getSampleStyleSheet()
BODY = ParagraphStyle("body", parent=ss["Normal"], fontName="DV", fontSize=10.5, leading=14.5, spaceAfter=6)
H1 = ParagraphStyle("h1", parent=ss["Heading1"], fontName="DSB", fontSize=15, leading=19, spaceBefore=6, spaceAfter=8)
H2 = ParagraphStyle("h2", parent=ss["Heading2"], fontName="DSB", fontSize=12, leading=15, spaceBefore=6, spaceAfter=5)
TITLE = ParagraphStyle("title", parent=BODY, fontName="DSB", fontSize=24, leading=30, alignment=TA_CENTER)
SUB = ParagraphStyle("sub", parent=BODY, fontName="DS", fontSize=13, leading=18, alignment=TA_CENTER)
CELL = ParagraphStyle("cell", parent=BODY, fontName="DS", fontSize=9.5, leading=12, spaceAfter=0)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="DSB")
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8.5, leading=11)


def bullets(items, numbered=False):
    return ListFlowable([ListItem(Paragraph(t, BODY), leftIndent=14) for t in items],
                        bulletType="1" if numbered else "bullet", start=1 if numbered else None,
                        bulletFontName="DV", leftIndent=16, bulletFontSize=10)


def footer_factory(doc_label, footnotes, total):
    def draw(c, d):
        n = c.getPageNumber()
        c.saveState()
        c.setFont("DS", 8)
        c.drawString(2.2 * cm, 1.2 * cm, doc_label)
        c.drawRightString(A4[0] - 2.2 * cm, 1.2 * cm, f"Sida {n} av {total}")
        notes = footnotes.get(n, [])
        if notes:
            y = 1.9 * cm + 0.42 * cm * (len(notes) - 1)
            c.line(2.2 * cm, y + 0.45 * cm, 7.5 * cm, y + 0.45 * cm)
            c.setFont("DV", 7.8)
            for num, txt in notes:
                c.drawString(2.2 * cm, y, f"{num} {txt}")
                y -= 0.42 * cm
        c.restoreState()
    return draw


# ---------------------------------------------------------------- 1. Arbetsmarknadsanalys (PDF)
SHORTAGE = [
    ("Undersköterskor, hemtjänst, hemsjukvård och äldreboende", 412, "4,6"),
    ("Grundskollärare", 268, "4,5"),
    ("Grundutbildade sjuksköterskor", 245, "4,7"),
    ("Mjukvaru- och systemutvecklare", 198, "4,1"),
    ("Installations- och serviceelektriker", 163, "4,3"),
    ("Lastbilsförare", 151, "3,9"),
    ("Förskollärare", 139, "4,4"),
    ("CNC-operatörer", 122, "4,2"),
    ("Drifttekniker vid värme- och vattenverk", 87, "4,0"),
    ("Specialistsjuksköterskor, anestesi och intensivvård", 76, "4,8"),
]


def make_analysis(path):
    label = "Region Västmanland · Arbetsmarknadsanalys 2025 · Rapport 2025:3"
    fn = {
        3: [("¹", "Arbetsförmedlingen, Yrkesbarometern hösten 2024. Bristindex anges på en skala 1–5 där värden över 4,0 betecknar stor brist."),
            ("²", "SCB, Registerbaserad arbetsmarknadsstatistik (RAMS) 2023, bearbetning Region Västmanland.")],
        4: [("³", "Arbetsförmedlingen, inskrivna arbetslösa december 2024, andel av den registerbaserade arbetskraften 16–64 år."),
            ("⁴", "Antal lediga jobb avser platser annonserade i Platsbanken under perioden 1 oktober–31 december 2024.")],
        5: [("⁵", "Pensionsavgångar avser sysselsatta 60 år och äldre i november 2023 (SCB, yrkesregistret), uppräknat till 2030.")],
    }
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2.2 * cm, bottomMargin=3.6 * cm,
                            title="Kompetensförsörjning i Västmanland – Arbetsmarknadsanalys 2025",
                            author="Linnea Bergqvist")
    s = []
    s += [Spacer(1, 4 * cm), Paragraph("Region Västmanland", SUB), Spacer(1, 1 * cm),
          Paragraph("Kompetensförsörjning i Västmanland", TITLE),
          Paragraph("Arbetsmarknadsanalys 2025 – bristyrken, matchning och framtida behov", SUB),
          Spacer(1, 2.5 * cm),
          Paragraph("Rapport 2025:3", SUB),
          Paragraph("Författare: Linnea Bergqvist, analytiker, Enheten för analys och statistik", SUB),
          Paragraph("Medverkande: Omar Haddad, utredare", SUB),
          Paragraph("Publicerad: 14 mars 2025", SUB),
          Spacer(1, 3 * cm),
          Paragraph("Regionala utvecklingsförvaltningen, Västerås. Dnr RV 2024-03318", SMALL),
          PageBreak()]
    # sida 2
    s += [Paragraph("Sammanfattning", H1),
          Paragraph("Arbetsmarknaden i Västmanland har försvagats under 2024 samtidigt som bristen på "
                    "utbildad arbetskraft består inom välfärden och delar av industrin. Rapportens "
                    "viktigaste iakttagelser är:", BODY),
          bullets([
              "Den registrerade arbetslösheten uppgick till 8,1 procent i december 2024, jämfört med 7,0 procent i riket.",
              "Andelen långtidsarbetslösa (mer än tolv månader utan arbete) var 46 procent av de inskrivna arbetslösa.",
              "Störst brist råder på specialistsjuksköterskor, grundutbildade sjuksköterskor och undersköterskor.",
              "Undersköterskor är det yrke som har flest lediga jobb, 412 annonserade platser under fjärde kvartalet 2024.",
              "Fram till 2030 beräknas omkring 21 400 personer gå i pension i länet, varav 5 900 inom vård och omsorg.",
              "Matchningsproblemen är störst för utrikes födda kvinnor med kort utbildning.",
          ]),
          Spacer(1, 0.4 * cm),
          Paragraph("Innehåll", H2),
          Paragraph("1 Inledning ... 3<br/>2 Metod och datakällor ... 3<br/>3 Arbetsmarknadsläget och bristyrken ... 4<br/>"
                    "4 Analys per sektor ... 5<br/>5 Slutsatser och rekommendationer ... 6", BODY),
          PageBreak()]
    # sida 3
    s += [Paragraph("1 Inledning", H1),
          Paragraph("Region Västmanland har enligt förordningen (2017:583) om regionalt tillväxtarbete ett "
                    "uppdrag att analysera behovet av kompetens och utbildning i länet. Denna rapport "
                    "är den tredje i en årlig serie och ska ligga till grund för det regionala "
                    "kompetensförsörjningsarbetet, dialogen med utbildningsanordnare och "
                    "prioriteringarna i den regionala utvecklingsstrategin Västmanland 2030.", BODY),
          Paragraph("Rapporten riktar sig i första hand till kommunerna, Arbetsförmedlingen, "
                    "yrkeshögskolorna och Mälardalens universitet. Den har tagits fram av Enheten för "
                    "analys och statistik i samråd med det regionala kompetensrådet, som behandlade ett "
                    "utkast vid sitt möte den 20 februari 2025.", BODY),
          Paragraph("2 Metod och datakällor", H1),
          Paragraph("Bedömningen av vilka yrken som är bristyrken bygger på Arbetsförmedlingens "
                    "Yrkesbarometer<super>1</super>, kompletterad med antalet annonserade lediga jobb i "
                    "länet. Uppgifter om sysselsättning, ålder och utbildning kommer från SCB:s "
                    "registerstatistik<super>2</super>. Därutöver har 34 arbetsgivare intervjuats under "
                    "november och december 2024, fördelade på offentlig sektor (14), tillverkningsindustri "
                    "(11) och privata tjänster (9).", BODY),
          Paragraph("2.1 Begrepp", H2),
          Paragraph("Med <b>bristyrke</b> avses i rapporten ett yrke där arbetsgivarna har svårt att hitta "
                    "sökande med efterfrågad kompetens och där bristindex är 4,0 eller högre. "
                    "<b>Matchningsgrad</b> är andelen sysselsatta vars utbildning motsvarar yrkets krav. "
                    "<b>RAMS</b> står för Registerbaserad arbetsmarknadsstatistik.", BODY),
          PageBreak()]
    # sida 4
    rows = [[Paragraph("Yrke", CELLB), Paragraph("Antal lediga jobb", CELLB), Paragraph("Bristindex", CELLB)]]
    for y, n, b in SHORTAGE:
        rows.append([Paragraph(y, CELL), Paragraph(str(n), CELL), Paragraph(b, CELL)])
    t = Table(rows, colWidths=[9.5 * cm, 3.6 * cm, 3.0 * cm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dbe5f1")),
                           ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    s += [Paragraph("3 Arbetsmarknadsläget och bristyrken", H1),
          Paragraph("I december 2024 var 13 870 personer inskrivna som arbetslösa vid Arbetsförmedlingen "
                    "i Västmanlands län, vilket motsvarar 8,1 procent av arbetskraften<super>3</super>. "
                    "Högst var arbetslösheten i Västerås (9,0 procent) och Köping (8,8 procent), lägst i "
                    "Skinnskatteberg (5,2 procent). Ungdomsarbetslösheten (18–24 år) uppgick till 11,4 procent.", BODY),
          Paragraph("Tabell 1 visar de tio bristyrken som hade flest lediga jobb i länet under fjärde "
                    "kvartalet 2024<super>4</super>.", BODY),
          Paragraph("<b>Tabell 1. De tio största bristyrkena i Västmanlands län, kvartal 4 2024</b>", BODY),
          t,
          Spacer(1, 0.3 * cm),
          Paragraph("Källa: Arbetsförmedlingen, Platsbanken och Yrkesbarometern; bearbetning Region Västmanland.", SMALL),
          PageBreak()]
    # sida 5
    s += [Paragraph("4 Analys per sektor", H1),
          Paragraph("4.1 Vård och omsorg", H2),
          Paragraph("Vård och omsorg har den största bristen i länet. Sex av tio undersköterskor i "
                    "hemtjänsten i Västerås är anställda på deltid, och personalomsättningen i "
                    "äldreomsorgen var 17 procent under 2024. Fram till 2030 väntas 5 900 pensionsavgångar "
                    "inom sektorn<super>5</super>.", BODY),
          Paragraph("4.2 Industri och energi", H2),
          Paragraph("Industrin i Västerås, Köping och Fagersta efterfrågar främst CNC-operatörer, "
                    "elektriker och automationstekniker. Omställningen inom energisektorn, bland annat "
                    "elektrifieringen av transporter, förväntas öka behovet av elektriker med omkring "
                    "300 personer till 2030. Arbetsgivarna anger att avsaknad av behörighet och "
                    "certifikat är det vanligaste hindret vid rekrytering.", BODY),
          Paragraph("4.3 Utbildning", H2),
          Paragraph("Andelen lärare med lärarlegitimation i grundskolan var 68 procent läsåret 2023/24, "
                    "vilket är lägre än rikets 71 procent. Bristen är störst i Surahammar och Norberg.", BODY),
          Paragraph("4.4 Matchning", H2),
          Paragraph("Matchningsgraden i länet uppgick till 63 procent 2023. Utrikes födda kvinnor med "
                    "högst förgymnasial utbildning har lägst sysselsättningsgrad, 41 procent.", BODY),
          PageBreak()]
    # sida 6
    s += [Paragraph("5 Slutsatser och rekommendationer", H1),
          Paragraph("Analysen visar att bristen på arbetskraft inte kan lösas enbart genom fler "
                    "utbildningsplatser. Det krävs också bättre matchning, ökad heltidsandel och snabbare "
                    "validering av kompetens som förvärvats utomlands. Region Västmanland rekommenderar "
                    "därför följande:", BODY),
          bullets([
              "Inrätta ett regionalt valideringscentrum för vård- och omsorgsyrken senast den 1 juli 2026.",
              "Bygg ut regional yrkesvux inom el och CNC med minst 120 platser per år från och med höstterminen 2025.",
              "Inför heltid som norm i kommunernas äldreomsorg; målet är att andelen heltidsanställda undersköterskor ska vara minst 75 procent 2027.",
              "Utöka samverkan med Mälardalens universitet om verksamhetsintegrerat lärande för sjuksköterskor, med 40 fler VIL-platser per termin.",
              "Starta ett länsgemensamt språkstödsprogram (yrkessvenska) för utrikes födda kvinnor i samarbete med Arbetsförmedlingen.",
              "Följ upp rekommendationerna årligen i kompetensrådet; nästa uppföljning sker i mars 2026.",
          ], numbered=True),
          Spacer(1, 0.4 * cm),
          Paragraph("Kontakt: Linnea Bergqvist, linnea.bergqvist@regionvastmanland.se", SMALL)]
    doc.build(s, onFirstPage=footer_factory(label, fn, 6), onLaterPages=footer_factory(label, fn, 6))


# ---------------------------------------------------------------- 2. Avsiktsförklaring (DOCX)
def make_agreement(path):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    p = d.add_paragraph("Region Gävleborg\tDnr RG 2025/1187")
    h = d.add_heading("Avsiktsförklaring om samverkan för kompetensförsörjning inom industri och energi i Gävleborg", 0)
    d.add_heading("1. Parter", 1)
    d.add_paragraph("Denna avsiktsförklaring har ingåtts mellan följande parter:")
    for t in ["Region Gävleborg, org.nr 232100-0198, Box 834, 801 30 Gävle (nedan ”Regionen”)",
              "Högskolan i Gävle, org.nr 202100-2940, 801 76 Gävle (nedan ”Högskolan”)",
              "Industriföreningen Gävleborg ekonomisk förening, org.nr 769612-4418, Sandviksvägen 12, 811 34 Sandviken (nedan ”Föreningen”)"]:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("2. Bakgrund", 1)
    d.add_paragraph("Industrin i Gävleborgs län står inför omfattande pensionsavgångar och en snabb omställning "
                    "mot elektrifiering och fossilfri produktion. Enligt Region Gävleborgs kompetensprognos behöver "
                    "länets industri rekrytera cirka 4 200 personer till 2030, varav omkring 900 med högskoleutbildning "
                    "inom teknik. Parterna delar bedömningen att behovet endast kan mötas genom långsiktig samverkan.")
    d.add_heading("3. Syfte", 1)
    d.add_paragraph("Syftet med avsiktsförklaringen är att parterna gemensamt ska säkra tillgången till teknisk "
                    "kompetens i länet genom att utveckla utbildningsutbudet, öka antalet praktik- och "
                    "examensarbetsplatser samt underlätta kompetensutveckling för redan anställda. Målet är att "
                    "antalet studenter som gör examensarbete i länets industriföretag ska öka från 35 till 80 per år till 2027.")
    d.add_heading("4. Parternas åtaganden", 1)
    d.add_paragraph("4.1 Region Gävleborg åtar sig att:")
    for t in ["ansvara för processledning och sammankalla en gemensam styrgrupp minst fyra gånger per år,",
              "avsätta högst 1 500 000 kronor för processledning och analys under perioden 2025–2027,",
              "ta fram en årlig lägesbild över kompetensbehovet inom industri och energi,",
              "verka för att samverkan integreras i den regionala kompetensförsörjningsplanen."]:
        d.add_paragraph(t, style="List Number")
    d.add_paragraph("4.2 Högskolan i Gävle åtar sig att:")
    for t in ["utveckla minst två uppdragsutbildningar om vardera 7,5 högskolepoäng inom elkraft och automation,",
              "erbjuda en kontaktväg för företag som vill ta emot examensarbetare,",
              "medverka med lärare i ett gemensamt traineeprogram för ingenjörer,",
              "delta i styrgruppen med en representant på ledningsnivå."]:
        d.add_paragraph(t, style="List Number")
    d.add_paragraph("4.3 Industriföreningen Gävleborg åtar sig att:")
    for t in ["förmedla minst 40 praktik- och examensarbetsplatser per år hos medlemsföretagen,",
              "samla in och redovisa medlemsföretagens rekryteringsbehov två gånger per år,",
              "bidra med handledare och gästföreläsare till Högskolans utbildningar,",
              "sprida information om samverkan till föreningens 63 medlemsföretag."]:
        d.add_paragraph(t, style="List Number")
    d.add_heading("5. Ekonomi", 1)
    d.add_paragraph("Varje part bär sina egna kostnader för arbetet enligt denna avsiktsförklaring, med undantag för "
                    "de medel för processledning som Regionen avsätter enligt punkt 4.1. Avsiktsförklaringen medför "
                    "inga andra ekonomiska förpliktelser mellan parterna.")
    d.add_heading("6. Giltighetstid", 1)
    d.add_paragraph("Avsiktsförklaringen gäller från och med den 1 maj 2025 till och med den 31 december 2027. "
                    "Den förlängs därefter automatiskt med ett år i taget, om inte någon part skriftligen säger upp "
                    "den senast tre månader före giltighetstidens utgång. En part kan när som helst lämna "
                    "samverkan med sex månaders skriftligt varsel.")
    d.add_heading("7. Uppföljning", 1)
    d.add_paragraph("Styrgruppen följer upp samverkan årligen i en gemensam rapport som ska vara klar senast den 15 februari "
                    "året efter. En extern utvärdering genomförs under hösten 2027.")
    d.add_heading("8. Kontaktpersoner", 1)
    tbl = d.add_table(rows=1, cols=5)
    tbl.style = "Table Grid"
    for i, hname in enumerate(["Part", "Namn", "Titel", "E-post", "Telefon"]):
        tbl.rows[0].cells[i].text = hname
    for row in [("Region Gävleborg", "Maria Sundqvist", "Strateg kompetensförsörjning", "maria.sundqvist@regiongavleborg.se", "026-15 73 40"),
                ("Högskolan i Gävle", "Johan Öberg", "Samverkanschef", "johan.oberg@hig.se", "026-64 82 19"),
                ("Industriföreningen Gävleborg", "Anneli Grahn", "Verksamhetsledare", "anneli.grahn@industrigavleborg.se", "070-318 42 65")]:
        cells = tbl.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    d.add_heading("9. Underskrifter", 1)
    d.add_paragraph("Denna avsiktsförklaring har upprättats i tre likalydande exemplar, av vilka parterna tagit var sitt.")
    sig = d.add_table(rows=4, cols=3)
    data = [["För Region Gävleborg", "För Högskolan i Gävle", "För Industriföreningen Gävleborg"],
            ["Gävle den 22 april 2025", "Gävle den 24 april 2025", "Sandviken den 28 april 2025"],
            ["_______________________", "_______________________", "_______________________"],
            ["Peter Ekman, regiondirektör", "Ingrid Westlund, rektor", "Lars-Göran Nyström, styrelseordförande"]]
    for r, vals in enumerate(data):
        for c, v in enumerate(vals):
            sig.rows[r].cells[c].text = v
    d.save(path)


# ---------------------------------------------------------------- 3. Minnesanteckningar (TXT)
NOTES = """REGION KALMAR LÄN
Regionalt nätverk för kompetensförsörjning i Kalmar län
MINNESANTECKNINGAR – möte 3/2025

Datum: 2025-09-18
Tid: 09.30–12.00
Plats: Regionhuset, Strömgatan 6, Kalmar, sal Ölandssalen (samt Teams)
Ordförande: Karin Lindblom, Region Kalmar län
Antecknare: Elias Nordin, Region Kalmar län

Närvarande
- Karin Lindblom, enhetschef Näringsliv och kompetens, Region Kalmar län
- Elias Nordin, handläggare, Region Kalmar län
- Sofia Almqvist, sektionschef, Arbetsförmedlingen Kalmar
- Henrik Bengtsson, arbetsmarknadschef, Kalmar kommun
- Ulrika Stenberg, vuxenutbildningschef, Västerviks kommun
- Ahmed Rahimi, utbildningsledare, Nybro kommun (via Teams)
- Patrik Lundgren, samverkansstrateg, Linnéuniversitetet
- Jenny Fors, regionchef, Företagarna Kalmar län
- Mats Carlén, HR-chef, Oskarshamns kraftgrupp (gäst, punkt 4)

Förhinder: Emma Sjöholm, Högskolan i Kalmar YH-enhet; Torbjörn Eklöf, Mönsterås kommun

DAGORDNING
1. Mötets öppnande och föregående anteckningar
2. Lägesbild arbetsmarknaden, hösten 2025
3. Gemensam regional yrkesvux – ansökan för 2026
4. Kompetensbehov inom kärnkraft och energi (gästpresentation)
5. Valideringsdelegationens slutrapport – regional tillämpning
6. Kartläggning av praktikplatser
7. Övriga frågor
8. Nästa möte

1. Mötets öppnande och föregående anteckningar
Karin Lindblom öppnade mötet och hälsade Ahmed Rahimi välkommen som ny representant för Nybro kommun. Anteckningarna från möte 2/2025 (2025-05-22) godkändes utan ändringar.

2. Lägesbild arbetsmarknaden, hösten 2025
Sofia Almqvist redovisade att den registrerade arbetslösheten i länet var 6,9 procent i augusti 2025, en ökning med 0,4 procentenheter jämfört med ett år tidigare. Varslen har ökat inom tillverkningsindustrin i Oskarshamn och Emmaboda, totalt 312 personer varslade januari–augusti. Bristen kvarstår inom vård, skola och el.
Slutsats: Nätverket noterar lägesbilden. Arbetsförmedlingen skickar bilderna till samtliga deltagare.

3. Gemensam regional yrkesvux – ansökan för 2026
Ulrika Stenberg redogjorde för arbetet med den gemensamma ansökan om statsbidrag för regional yrkesvux. Kommunerna föreslås samverka om 260 platser under 2026, varav 80 inom vård och omsorg, 60 inom el och energi, 50 inom industriteknik, 40 inom transport och 30 inom restaurang.
Beslut: Nätverket ställer sig bakom förslaget om 260 platser. Västerviks kommun samordnar ansökan till Skolverket, som ska vara inlämnad senast 2025-10-15.

4. Kompetensbehov inom kärnkraft och energi
Mats Carlén presenterade rekryteringsbehovet vid kärnkraftverket i Simpevarp. Företaget behöver rekrytera omkring 150 personer fram till 2028, främst drifttekniker, elektriker och strålskyddstekniker. Säkerhetsprövning krävs för samtliga tjänster, vilket förlänger rekryteringstiden till i genomsnitt fyra månader.
Slutsats: Nätverket konstaterade att en särskild utbildningsinsats inom drifteknik behövs. Frågan tas vidare till Linnéuniversitetet och YH-anordnarna.

5. Valideringsdelegationens slutrapport – regional tillämpning
Patrik Lundgren sammanfattade delegationens förslag. Nätverket diskuterade hur ett regionalt valideringsstöd kan organiseras i Kalmar län.
Beslut: Region Kalmar län får i uppdrag att ta fram ett förslag till regional modell för validering, med fokus på vård och omsorg samt industri. Förslaget ska presenteras vid nästa möte.

6. Kartläggning av praktikplatser
Jenny Fors föreslog en gemensam kartläggning av praktik- och lärlingsplatser hos länets små och medelstora företag. Henrik Bengtsson framhöll att kommunernas arbetsmarknadsenheter behöver samma underlag.
Beslut: Kartläggningen genomförs som en enkät till cirka 1 200 företag under hösten.

7. Övriga frågor
Elias Nordin informerade om att Region Kalmar län öppnar en utlysning av regionala utvecklingsmedel för kompetensförsörjning den 1 november 2025, med sista ansökningsdag 2026-01-31. Totalt finns 3,5 miljoner kronor att fördela.

ÅTGÄRDSLISTA
Åtgärd: Skicka presentationen om arbetsmarknadsläget till nätverket. Ansvarig: Sofia Almqvist. Klart: 2025-09-25
Åtgärd: Lämna in den gemensamma ansökan om regional yrkesvux 2026 till Skolverket. Ansvarig: Ulrika Stenberg. Klart: 2025-10-15
Åtgärd: Bjuda in YH-anordnare till möte om utbildning inom driftteknik. Ansvarig: Patrik Lundgren. Klart: 2025-10-31
Åtgärd: Ta fram förslag till regional modell för validering. Ansvarig: Karin Lindblom. Klart: 2025-11-20
Åtgärd: Genomföra enkäten om praktik- och lärlingsplatser och sammanställa resultatet. Ansvarig: Jenny Fors och Henrik Bengtsson. Klart: 2025-12-12

8. Nästa möte
Nästa möte hålls torsdagen den 27 november 2025 kl. 09.30–12.00 i Västervik, Stadshuset, Kommunstyrelsens sessionssal. Digital anslutning erbjuds.

Vid anteckningarna
Elias Nordin
"""

# ---------------------------------------------------------------- 4. FAQ (MD)
FAQ = """# Frågor och svar om regionalt investeringsstöd

*Region Gävleborg, Enheten för näringsliv och innovation. Senast uppdaterad 3 februari 2025.*

Regionalt investeringsstöd kan sökas av företag i Gävleborgs län som vill investera för att utveckla verksamheten. Stödet regleras i förordningen (2015:210) om statligt stöd till regionala investeringar och Region Gävleborgs riktlinjer för företagsstöd 2025.

## 1. Vem kan söka regionalt investeringsstöd?

Företag som bedriver verksamhet i Gävleborgs län och som har en investering som ger förutsättningar för nya arbetstillfällen. Stödet kan sökas av aktiebolag, handelsbolag, ekonomiska föreningar och enskilda firmor. Undantag: företag inom primärproduktion av jordbruksprodukter, fiske och vattenbruk, stål- och kolindustri samt företag i ekonomiska svårigheter kan inte få stöd.

## 2. Hur mycket stöd kan man få?

Stödnivån beror på företagets storlek och var investeringen görs:

- **Små företag** (färre än 50 anställda och högst 10 miljoner euro i omsättning): högst **20 procent** av de stödberättigande kostnaderna.
- **Medelstora företag** (färre än 250 anställda): högst **10 procent**.
- **Stora företag**: kan bara få stöd för nyetableringar i stödområde A, högst **5 procent**.

I stödområde A (Ljusdals, Ovanåkers och Nordanstigs kommuner) höjs stödnivån med 10 procentenheter för små och medelstora företag. Det högsta stödbeloppet per ärende är 5 miljoner kronor.

## 3. Finns det ett minsta investeringsbelopp?

Ja. Den stödberättigande investeringen måste uppgå till minst **500 000 kronor**. Investeringar under den gränsen hänvisas till regionens företagsstöd för små företag (konsultcheck och investeringsbidrag upp till 200 000 kronor).

## 4. Vilka kostnader är stödberättigande?

Maskiner och inventarier, byggnader och markanläggningar samt immateriella tillgångar som patent och licenser. Begagnade maskiner godkänns bara för små företag och endast om de inte tidigare fått offentligt stöd. Fordon för transport på väg är aldrig stödberättigande. Immateriella tillgångar får utgöra högst 50 procent av de totala stödberättigande kostnaderna för stora företag.

## 5. Kan jag börja investeringen innan jag fått beslut?

Ni får börja investeringen först när ansökan har kommit in till Region Gävleborg. Kostnader som uppstått före ansökningsdatumet godkänns inte, och en investering som påbörjats före ansökan gör hela projektet ostödberättigat. Att börja efter ansökan men före beslut sker på egen risk. Undantag: förstudier och projektering räknas inte som påbörjad investering.

## 6. Hur söker man och när?

Ansökan görs digitalt via Tillväxtverkets e-tjänst Min ansökan och kan lämnas in löpande under året. Region Gävleborg fattar beslut inom cirka tre månader från det att ansökan är komplett. Ansökningar om mer än 2 miljoner kronor behandlas av regionala utvecklingsnämnden, som sammanträder sex gånger per år.

## 7. Hur mycket måste företaget finansiera självt?

Minst **25 procent** av de stödberättigande kostnaderna ska finansieras med egna medel eller lån utan någon form av offentligt stöd.

## 8. Vad är de minimis och påverkar det mitt stöd?

De minimis-stöd är mindre stöd som får ges utan att anmälas till EU-kommissionen. Sedan den 1 januari 2024 är taket **300 000 euro** per företag under en rullande treårsperiod. Regionalt investeringsstöd ges normalt inte som de minimis-stöd, men tidigare de minimis-stöd som avser samma kostnader måste redovisas i ansökan.

## 9. Hur betalas stödet ut?

Stödet betalas ut i efterhand mot redovisade och betalda kostnader, högst tre gånger under projekttiden. Slutrekvisition ska lämnas senast två månader efter projekttidens slut. Tio procent av beviljat stöd betalas ut först när slutrapporten har godkänts.

## 10. Kan stödet krävas tillbaka?

Ja. Investeringen ska finnas kvar i länet i minst **fem år** efter slututbetalningen (tre år för små och medelstora företag). Om den flyttas, säljs eller om villkoren i beslutet inte följs kan regionen kräva tillbaka hela eller delar av stödet.

---
Frågor? Kontakta regionens företagsrådgivare på naringsliv@regiongavleborg.se eller 026-15 70 00.
"""


# ---------------------------------------------------------------- 5. Beslut (PDF)
def make_decision(path):
    label = "Region Kalmar län · Beslut RKL 2025/0412"
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2.0 * cm, bottomMargin=2.2 * cm,
                            title="Beslut om regionalt projektstöd – Smart industri Kalmar län")
    s = []
    s += [Paragraph("REGION KALMAR LÄN", H2), Paragraph("Regional utveckling", SMALL), Spacer(1, 0.3 * cm),
          Paragraph("BESLUT", H1)]
    fields = [("Diarienummer", "RKL 2025/0412"), ("Beslutsdatum", "2025-06-11"),
              ("Beslutsfattare", "Karin Lindblom, enhetschef Näringsliv och kompetens (enligt delegation, punkt 4.3 i regionala utvecklingsnämndens delegationsordning)"),
              ("Sökande", "Kalmarsunds Industriråd ekonomisk förening, org.nr 769634-2871"),
              ("Projekt", "Smart industri Kalmar län 2025–2027"),
              ("Projektperiod", "2025-08-01 – 2027-07-31")]
    ft = Table([[Paragraph(f"<b>{k}</b>", CELL), Paragraph(v, CELL)] for k, v in fields], colWidths=[4 * cm, 12.5 * cm])
    ft.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.black), ("INNERGRID", (0, 0), (-1, -1), 0.3, colors.grey),
                            ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eeeeee"))]))
    s += [ft, Spacer(1, 0.5 * cm),
          Paragraph("Ärendet", H2),
          Paragraph("Kalmarsunds Industriråd har den 3 mars 2025 ansökt om regionala utvecklingsmedel (anslag 1:1) "
                    "för projektet Smart industri Kalmar län 2025–2027. Projektet ska ge 45 små och medelstora "
                    "tillverkningsföretag i länet stöd i digitalisering och automation samt utbilda 180 anställda i "
                    "grundläggande automation och datadriven produktion.", BODY),
          Paragraph("Beslut", H2),
          Paragraph("Region Kalmar län beviljar Kalmarsunds Industriråd ekonomisk förening stöd med högst "
                    "<b>1 840 000 kronor</b> ur anslaget 1:1 Regionala tillväxtåtgärder för projektet Smart industri "
                    "Kalmar län 2025–2027. Stödet utgör högst 40 procent av projektets stödberättigande kostnader, "
                    "som uppgår till 4 600 000 kronor. Beslutet fattas med stöd av förordningen (2003:596) om bidrag "
                    "till projektverksamhet inom den regionala tillväxtpolitiken.", BODY),
          Paragraph("Motivering", H2),
          Paragraph("Projektet bedöms bidra till målen i Regional utvecklingsstrategi för Kalmar län 2040, "
                    "särskilt målet om en stärkt kompetensförsörjning inom industrin. Projektet har förankring "
                    "hos kommunerna och Linnéuniversitetet och har en realistisk budget.", BODY),
          PageBreak()]
    conds = [
        "Projektet ska genomföras i enlighet med ansökan och den budget som framgår av detta beslut.",
        "Stödberättigande kostnader får uppstå tidigast den 1 augusti 2025 och senast den 31 juli 2027.",
        "Lägesrapport ska lämnas var sjätte månad, första gången senast den 31 januari 2026.",
        "Slutrapport ska lämnas senast den 30 september 2027.",
        "Utbetalning sker i efterhand mot redovisade och betalda kostnader, högst fyra gånger per år. Tio procent (184 000 kronor) hålls inne till dess att slutrapporten har godkänts.",
        "Om den offentliga medfinansieringen minskar ska stödet minskas i motsvarande grad.",
        "Väsentliga ändringar av projektet, budgeten eller projektperioden kräver skriftligt godkännande från Region Kalmar län i förväg.",
        "Stödmottagaren ska i all extern kommunikation ange att projektet finansieras av Region Kalmar län och använda regionens logotyp.",
    ]
    fin = [("Finansiär", "Belopp (kr)", "Andel"),
           ("Region Kalmar län (anslag 1:1)", "1 840 000", "40 %"),
           ("Linnéuniversitetet (offentlig, arbetstid)", "920 000", "20 %"),
           ("Kalmar kommun", "690 000", "15 %"),
           ("Västerviks kommun", "460 000", "10 %"),
           ("Deltagande företag (privat, arbetstid)", "690 000", "15 %"),
           ("Summa", "4 600 000", "100 %")]
    rows = [[Paragraph(f"<b>{a}</b>" if i in (0, len(fin) - 1) else a, CELL),
             Paragraph(f"<b>{b}</b>" if i in (0, len(fin) - 1) else b, CELL),
             Paragraph(f"<b>{c}</b>" if i in (0, len(fin) - 1) else c, CELL)] for i, (a, b, c) in enumerate(fin)]
    tt = Table(rows, colWidths=[9 * cm, 4 * cm, 3 * cm])
    tt.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dbe5f1"))]))
    s += [Paragraph("Villkor för stödet", H2), bullets(conds, numbered=True),
          Paragraph("Finansiering", H2),
          Paragraph("Projektet finansieras enligt följande plan (Tabell 1).", BODY),
          tt, Spacer(1, 0.4 * cm),
          Paragraph("Hur man överklagar", H2),
          Paragraph("Om ni är missnöjda med beslutet kan ni överklaga det hos Förvaltningsrätten i Växjö. "
                    "Överklagandet ska vara skriftligt och ställas till förvaltningsrätten men skickas eller "
                    "lämnas till Region Kalmar län, Regional utveckling, Box 601, 391 26 Kalmar. "
                    "Överklagandet måste ha kommit in till Region Kalmar län inom <b>tre veckor</b> från den dag "
                    "ni fick del av beslutet. Ange diarienummer RKL 2025/0412, vilket beslut ni överklagar, "
                    "vilken ändring ni vill ha och varför. Om överklagandet har kommit in i rätt tid "
                    "överlämnar regionen det till förvaltningsrätten, om regionen inte själv ändrar beslutet.", BODY),
          Spacer(1, 0.6 * cm),
          Paragraph("Karin Lindblom<br/>Enhetschef Näringsliv och kompetens", BODY),
          Paragraph("Föredragande: Elias Nordin, handläggare", SMALL),
          Paragraph("Kopia till: Kalmar kommun, Västerviks kommun, Linnéuniversitetet, Tillväxtverket", SMALL)]
    f = footer_factory(label, {}, 2)
    doc.build(s, onFirstPage=f, onLaterPages=f)


# ---------------------------------------------------------------- 6. Personalkatalog (XLSX)
def make_directory(path):
    people = [
        ("Linnea Bergqvist", "Analytiker", "Enheten för analys och statistik", "Västerås", "Region Västmanland", "Arbetsmarknadsanalys; kompetensprognoser; RAMS-statistik"),
        ("Omar Haddad", "Utredare", "Enheten för analys och statistik", "Västerås", "Region Västmanland", "Befolkningsstatistik; enkätundersökningar"),
        ("Cecilia Franzén", "Enhetschef", "Enheten för analys och statistik", "Västerås", "Region Västmanland", "Personalansvar; analysplan; regionala kompetensrådet"),
        ("Niklas Hedberg", "Strateg", "Kompetensförsörjning", "Västerås", "Region Västmanland", "Regional yrkesvux; valideringsfrågor; YH-samverkan"),
        ("Sara Lindahl", "Projektledare", "Kompetensförsörjning", "Köping", "Region Västmanland", "ESF+-projekt; heltid som norm i omsorgen"),
        ("Göran Wiklund", "Handläggare", "Näringsliv", "Västerås", "Region Västmanland", "Regionalt investeringsstöd Västmanland; företagsstöd"),
        ("Karin Lindblom", "Enhetschef", "Näringsliv och kompetens", "Kalmar", "Region Kalmar län", "Beslut om projektstöd; regionalt kompetensnätverk (ordförande)"),
        ("Elias Nordin", "Handläggare", "Näringsliv och kompetens", "Kalmar", "Region Kalmar län", "Regionala utvecklingsmedel 1:1; utlysningar; projektuppföljning"),
        ("Malin Ekström", "Controller", "Ekonomi och uppföljning", "Kalmar", "Region Kalmar län", "Utbetalningar och rekvisitioner av projektstöd"),
        ("Fredrik Holm", "Jurist", "Kansli och juridik", "Kalmar", "Region Kalmar län", "Överklaganden; offentlighet och sekretess; GDPR"),
        ("Anna Petersson", "Strateg", "Kompetensförsörjning", "Västervik", "Region Kalmar län", "Yrkesvux-samordning; validering; kompetensplattform"),
        ("Jonas Sjöberg", "Analytiker", "Samhällsanalys", "Kalmar", "Region Kalmar län", "Arbetsmarknadsstatistik Kalmar län; varsel"),
        ("Lena Åberg", "Kommunikatör", "Kommunikation", "Kalmar", "Region Kalmar län", "Webb; nyhetsbrev om utlysningar"),
        ("Maria Sundqvist", "Strateg kompetensförsörjning", "Kompetensförsörjning", "Gävle", "Region Gävleborg", "Avsiktsförklaring industri och energi; styrgruppen; högskolesamverkan"),
        ("Tobias Granlund", "Företagsrådgivare", "Näringsliv och innovation", "Gävle", "Region Gävleborg", "Regionalt investeringsstöd; företagsstöd; de minimis"),
        ("Helena Sandin", "Företagsrådgivare", "Näringsliv och innovation", "Ljusdal", "Region Gävleborg", "Investeringsstöd stödområde A; landsbygdsföretag"),
        ("Mikael Rönn", "Enhetschef", "Näringsliv och innovation", "Gävle", "Region Gävleborg", "Personalansvar; riktlinjer för företagsstöd"),
        ("Sanna Olofsson", "Handläggare", "Näringsliv och innovation", "Hudiksvall", "Region Gävleborg", "Utbetalningar av företagsstöd; återkrav"),
        ("Per-Erik Dahl", "Analytiker", "Tillväxt och samhällsanalys", "Gävle", "Region Gävleborg", "Kompetensprognos industri; lägesbild"),
        ("Johanna Kvist", "Projektledare", "Kompetensförsörjning", "Sandviken", "Region Gävleborg", "Traineeprogram för ingenjörer; praktikplatser"),
        ("Ali Mansour", "Samordnare", "Kompetensförsörjning", "Bollnäs", "Region Gävleborg", "Validering; yrkesvux Hälsingland"),
        ("Eva Nygren", "Registrator", "Kansli", "Gävle", "Region Gävleborg", "Diarium; inkommande handlingar"),
        ("Viktor Lund", "Utvecklingsledare", "Kompetensförsörjning", "Fagersta", "Region Västmanland", "Industrisamverkan Norra Västmanland; CNC-utbildning"),
        ("Ida Strand", "HR-strateg", "Personalavdelningen", "Västerås", "Region Västmanland", "Heltidsresan; arbetsgivarfrågor vård"),
        ("Rasmus Berg", "Handläggare", "Näringsliv", "Kalmar", "Region Kalmar län", "Regionalt investeringsstöd Kalmar län; landsbygdsprogrammet"),
    ]
    area = {"Region Västmanland": "021-48", "Region Kalmar län": "0480-44", "Region Gävleborg": "026-15"}
    dom = {"Region Västmanland": "regionvastmanland.se", "Region Kalmar län": "regionkalmar.se", "Region Gävleborg": "regiongavleborg.se"}
    rows = []
    for name, role, unit, town, org, resp in people:
        tel = f"{area[org]} {random.randint(10, 99)} {random.randint(10, 99)}"
        if name == "Maria Sundqvist":
            tel = "026-15 73 40"
        local = (name.lower().replace("å", "a").replace("ä", "a").replace("ö", "o").replace("é", "e")
                 .replace(" ", "."))
        rows.append({"Namn": name, "Roll": role, "Enhet": f"{org}, {unit}", "Ort": town, "Telefon": tel,
                     "E-post": f"{local}@{dom[org]}", "Ansvarsområden": resp})
    df = pd.DataFrame(rows, dtype=str)
    with pd.ExcelWriter(path, engine="openpyxl") as w:
        df.to_excel(w, index=False, sheet_name="Personal")
        ws = w.sheets["Personal"]
        for col, width in zip("ABCDEFG", [20, 28, 48, 12, 16, 38, 60]):
            ws.column_dimensions[col].width = width
        for row in ws.iter_rows(min_row=2, min_col=5, max_col=5):
            for c in row:
                c.number_format = "@"


make_analysis(os.path.join(OUT, "Arbetsmarknadsanalys_Vastmanland_2025.pdf"))
make_agreement(os.path.join(OUT, "Avsiktsforklaring_kompetensforsorjning_industri_Gavleborg.docx"))
with open(os.path.join(OUT, "Minnesanteckningar_kompetensnatverk_Kalmar_2025-09-18.txt"), "w", encoding="utf-8") as fh:
    fh.write(NOTES)
with open(os.path.join(OUT, "FAQ_regionalt_investeringsstod_Gavleborg.md"), "w", encoding="utf-8") as fh:
    fh.write(FAQ)
make_decision(os.path.join(OUT, "Beslut_projektstod_Smart_industri_RKL_2025-0412.pdf"))
make_directory(os.path.join(OUT, "Personalkatalog_regional_utveckling.xlsx"))
print("klart:", sorted(os.listdir(OUT)))
