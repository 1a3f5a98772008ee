#!/usr/bin/env python
"""Round 86: build six realistic Swedish public-sector documents into OUT_DIR.

Regions: Jönköpings län (strategy), Region Halland (partnership notes, English guidance),
Region Västernorrland (newsletter, consultation response). Contacts cover all three.
"""
import os
import random
import sys

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import (Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

SEED = 86
random.seed(SEED)

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
pdfmetrics.registerFont(TTFont("DV", os.path.join(FONT_DIR, "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DVB", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("DVS", os.path.join(FONT_DIR, "DejaVuSerif.ttf")))
pdfmetrics.registerFont(TTFont("DVSB", os.path.join(FONT_DIR, "DejaVuSerif-Bold.ttf")))


# --------------------------------------------------------------------------------------
# 1. Strategy PDF (canvas layout so page break / two-column page are controlled)
# --------------------------------------------------------------------------------------
class Layout:
    W, H = A4
    LM, RM, TM, BM = 25 * mm, 25 * mm, 25 * mm, 25 * mm

    def __init__(self, path, footer):
        self.c = canvas.Canvas(path, pagesize=A4)
        self.c.setTitle("Regional utvecklingsstrategi för Jönköpings län 2024–2030")
        self.c.setAuthor("Region Jönköpings län")
        self.footer = footer
        self.page = 1
        self.y = self.H - self.TM
        self.width = self.W - self.LM - self.RM

    def _footer(self):
        c = self.c
        c.setFont("DV", 8)
        c.setFillColor(colors.grey)
        c.drawString(self.LM, 14 * mm, self.footer)
        c.drawRightString(self.W - self.RM, 14 * mm, f"{self.page}")
        c.setFillColor(colors.black)

    def new_page(self):
        self._footer()
        self.c.showPage()
        self.page += 1
        self.y = self.H - self.TM

    def finish(self):
        self._footer()
        self.c.save()

    def space(self, h):
        self.y -= h

    def heading(self, text, size=14, before=8, after=4):
        if self.y - before - size - 40 < self.BM:
            self.new_page()
        else:
            self.y -= before
        self.c.setFont("DVB", size)
        self.y -= size
        self.c.drawString(self.LM, self.y, text)
        self.y -= after

    def para(self, text, size=10, leading=14, indent=0, font="DVS", after=6,
             break_before=None, x=None, width=None, bullet=None):
        x0 = (self.LM if x is None else x) + indent
        w = (self.width if width is None else width) - indent
        lines = simpleSplit(text, font, size, w)
        brk = None
        if break_before:
            # index of the line in which the phrase starts
            pos = text.index(break_before)
            acc = 0
            for i, ln in enumerate(lines):
                acc += len(ln) + 1
                if acc > pos:
                    brk = i
                    break
        self.c.setFont(font, size)
        for i, ln in enumerate(lines):
            if (brk is not None and i == brk) or self.y - leading < self.BM:
                self.new_page()
                self.c.setFont(font, size)
            self.y -= leading
            if i == 0 and bullet:
                self.c.drawString(x0 - 8 * mm, self.y, bullet)
            self.c.drawString(x0, self.y, ln)
        self.y -= after

    def table(self, data, col_widths, size=9):
        st = ParagraphStyle("t", fontName="DV", fontSize=size, leading=size + 2)
        sth = ParagraphStyle("th", fontName="DVB", fontSize=size, leading=size + 2)
        rows = []
        for r, row in enumerate(data):
            rows.append([Paragraph(str(v), sth if r == 0 else st) for v in row])
        t = Table(rows, colWidths=col_widths, repeatRows=1)
        t.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dce6f0")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]))
        w, h = t.wrap(self.width, self.H)
        if self.y - h < self.BM:
            self.new_page()
        t.drawOn(self.c, self.LM, self.y - h)
        self.y -= h + 10

    def two_columns(self, paragraphs, col_break_phrase, size=9.5, leading=13, gap=8 * mm):
        """Flow paragraphs into two columns on the rest of the current page.
        The column switch happens right before the line containing col_break_phrase."""
        colw = (self.width - gap) / 2
        xs = [self.LM, self.LM + colw + gap]
        col = 0
        top = self.y
        self.c.setFont("DVS", size)
        for p in paragraphs:
            lines = simpleSplit(p, "DVS", size, colw)
            brk = None
            if col_break_phrase and col_break_phrase in p:
                pos = p.index(col_break_phrase)
                acc = 0
                for i, ln in enumerate(lines):
                    acc += len(ln) + 1
                    if acc > pos:
                        brk = i
                        break
            for i, ln in enumerate(lines):
                if (brk is not None and i == brk) or self.y - leading < self.BM:
                    if col == 0:
                        col = 1
                        self.y = top
                    else:
                        raise RuntimeError("two-column page overflow")
                self.y -= leading
                self.c.drawString(xs[col], self.y, ln)
            self.y -= 5


def make_strategy(path):
    L = Layout(path, "Regional utvecklingsstrategi för Jönköpings län 2024–2030")
    c = L.c
    # ---- page 1: title, förord, vision
    c.setFont("DV", 10)
    c.drawString(L.LM, L.y - 10, "Region Jönköpings län  |  Regional utveckling")
    c.drawRightString(L.W - L.RM, L.y - 10, "Dnr RJL 2022/1873")
    L.y -= 50
    c.setFont("DVB", 22)
    c.drawString(L.LM, L.y, "Regional utvecklingsstrategi")
    L.y -= 28
    c.drawString(L.LM, L.y, "för Jönköpings län 2024–2030")
    L.y -= 22
    c.setFont("DV", 13)
    c.drawString(L.LM, L.y, "Ett hållbart och attraktivt län där alla kan växa")
    L.y -= 18
    c.setFont("DV", 9)
    c.drawString(L.LM, L.y, "Fastställd av regionfullmäktige 2023-11-28, § 142. Gäller från 2024-01-01.")
    L.y -= 20

    L.heading("Förord", 13)
    L.para("Den regionala utvecklingsstrategin (RUS) är länets gemensamma färdplan för hur vi ska "
           "möta de utmaningar och ta vara på de möjligheter som Jönköpings län står inför fram "
           "till år 2030. Strategin har tagits fram i bred dialog med länets tretton kommuner, "
           "Länsstyrelsen i Jönköpings län, Jönköping University, näringslivets organisationer och "
           "civilsamhället. Under remisstiden hösten 2023 inkom 64 yttranden.")
    L.para("Strategin ersätter den tidigare strategin Jönköpings län – ett län för alla (2013–2025) "
           "och ligger till grund för regionens prioriteringar av regionala projektmedel, "
           "strukturfondsprogram och andra utvecklingsinsatser.")
    L.para("Karin Ahlqvist Nordin, regionstyrelsens ordförande", font="DV", size=9.5)

    L.heading("Vision 2030", 13)
    L.para("Jönköpings län 2030 – ett län där människor och företag väljer att stanna, växa och "
           "investera. Vi är ett av Sveriges ledande industrilän som har ställt om till fossilfri "
           "produktion, där alla unga har möjlighet att utbilda sig och där stad och landsbygd "
           "hänger ihop.")
    L.para("Visionen bärs av tre perspektiv som ska genomsyra alla insatser: hållbarhet i "
           "ekologisk, social och ekonomisk mening, jämlikhet och jämställdhet samt samverkan "
           "över kommun- och sektorsgränser.")

    # ---- page 2: two-column page
    L.new_page()
    L.heading("Länet i dag – förutsättningar och utmaningar", 14, before=0, after=10)
    cols = [
        "Jönköpings län hade 367 064 invånare vid utgången av 2022. Befolkningen har ökat "
        "varje år sedan 2005, men ökningen förklaras nästan helt av inflyttning från utlandet. "
        "Det inrikes flyttnettot är negativt för åldersgruppen 20–29 år, vilket innebär att många "
        "unga lämnar länet för studier och arbete på andra orter.",
        "Länet har en stark industritradition. Andelen sysselsatta i tillverkningsindustrin är "
        "19,8 procent, vilket är den högsta andelen bland Sveriges län. Gnosjöregionen med "
        "Gislaved, Gnosjö, Vaggeryd och Värnamo är känd för sitt entreprenörskap och sina många "
        "små och medelstora familjeföretag inom metall, plast och trä.",
        "Samtidigt är andelen invånare med eftergymnasial utbildning lägre än i riket, och "
        "skillnaderna mellan kommunerna är stora. Bristen på tekniker, ingenjörer och "
        "personal inom vård och omsorg bedöms bli det största hindret för tillväxt under "
        "strategiperioden.",
        "Befolkningen blir också äldre. Enligt regionens befolkningsprognos väntas andelen "
        "invånare som är 80 år eller äldre öka från 5,9 procent år 2022 till 8,1 procent år 2035, "
        "med störst ökning i de mindre kommunerna i länets östra delar. Det ställer nya krav på "
        "vård, omsorg, kollektivtrafik och bostäder.",
        "Klimatomställningen är både en utmaning och en möjlighet. Transporterna står för "
        "nästan hälften av länets territoriella utsläpp av växthusgaser. Samtidigt har länet "
        "goda förutsättningar för förnybar energi genom skogen, biogasproduktion och ett "
        "växande antal solcellsparker.",
        "Den digitala infrastrukturen är väl utbyggd i tätorterna men ojämn på landsbygden. "
        "Under 2023 hade 91,3 procent av hushållen tillgång till bredband om minst 1 Gbit/s.",
        "Länets geografiska läge mitt i Götaland, med närhet till Göteborg, Stockholm och "
        "Öresundsregionen, är en styrka för logistik och e-handel. Jönköping är i dag ett av "
        "Nordens ledande logistiklägen, och den planerade höghastighetsjärnvägen skulle "
        "ytterligare förbättra tillgängligheten.",
    ]
    L.two_columns(cols, col_break_phrase="till 8,1 procent år 2035")

    # ---- page 3: goals
    L.new_page()
    L.heading("Mål och delmål", 14, before=0, after=6)
    L.para("Strategin har fyra övergripande mål. Varje mål är nedbrutet i delmål som följs upp "
           "med de indikatorer som redovisas i tabell 1.")
    goals = [
        ("1", "Ett konkurrenskraftigt och innovativt näringsliv", [
            ("1.1", "Andelen företag som bedriver forskning och utveckling (FoU) ska öka."),
            ("1.2", "Små och medelstora företag ska öka sin export och internationalisering."),
            ("1.3", "Omställningen i tillverkningsindustrin ska påskyndas genom smart "
                    "specialisering inom avancerad tillverkning, trä och e-handel."),
        ]),
        ("2", "Kompetensförsörjning och livslångt lärande", [
            ("2.1", "Andelen invånare 25–64 år med eftergymnasial utbildning ska öka."),
            ("2.2", "Andelen unga som varken arbetar eller studerar (UVAS) ska minska."),
            ("2.3", "Etableringstiden på arbetsmarknaden för utrikes födda ska kortas."),
        ]),
        ("3", "Ett hållbart och tillgängligt län", [
            ("3.1", "Utsläppen av växthusgaser från inrikes transporter ska halveras till 2030 "
                    "jämfört med 2021."),
            ("3.2", "Andelen förnybar energi i länets energianvändning ska öka."),
            ("3.3", "Alla hushåll och företag ska ha tillgång till snabbt bredband."),
        ]),
        ("4", "Attraktiva livsmiljöer och social sammanhållning", [
            ("4.1", "Skillnaderna i hälsa mellan olika grupper och delar av länet ska minska."),
            ("4.2", "Bostadsbyggandet ska motsvara befolkningens behov i hela länet."),
            ("4.3", "Kultur- och fritidsutbudet ska vara tillgängligt för alla invånare."),
        ]),
    ]
    for num, title, subs in goals:
        L.space(4)
        L.para(f"{num}  {title}", font="DVSB", size=10.5, after=2)
        for snum, stext in subs:
            L.para(f"{snum}  {stext}", indent=8 * mm, after=2)
    L.space(6)
    L.heading("Prioriteringar under strategiperioden", 12)
    L.para("Under perioden 2024–2026 prioriteras insatser inom kompetensförsörjning och "
           "industrins omställning. Minst 40 procent av de regionala projektmedlen ska gå till "
           "insatser som bidrar till mål 1 eller mål 2. Regionen ska dessutom verka för att "
           "länets aktörer deltar i minst 25 EU-finansierade projekt under perioden.")

    # ---- page 4: indicator table + follow-up (sentence broken over the page)
    L.new_page()
    L.heading("Indikatorer", 14, before=0, after=6)
    L.para("Tabell 1. Indikatorer för uppföljning av strategins mål. Utgångsvärdet avser det "
           "senaste tillgängliga året när strategin fastställdes (årtal inom parentes).",
           font="DV", size=9)
    ind = [
        ["Indikator", "Utgångsvärde", "Målvärde 2030", "Källa"],
        ["Andel arbetsställen med FoU-verksamhet (%)", "8,4 (2022)", "12,0", "SCB"],
        ["Exportvärde för små och medelstora företag (mdkr)", "31,7 (2022)", "40,0", "SCB/Tillväxtanalys"],
        ["Andel 25–64 år med eftergymnasial utbildning (%)", "36,2 (2022)", "42,0", "SCB"],
        ["Andel unga 16–24 år som varken arbetar eller studerar (%)", "7,9 (2021)", "5,5", "SCB"],
        ["Förvärvsfrekvens utrikes födda 20–64 år (%)", "61,5 (2021)", "70,0", "SCB"],
        ["Utsläpp från inrikes transporter (kton CO2e)", "812 (2021)", "406", "Nationella emissionsdatabasen"],
        ["Andel förnybar energi i slutlig användning (%)", "58 (2021)", "75", "Energimyndigheten"],
        ["Andel hushåll med tillgång till 1 Gbit/s (%)", "91,3 (2023)", "98,0", "PTS"],
        ["Självskattat gott hälsotillstånd, 16–84 år (%)", "71 (2022)", "75", "Folkhälsomyndigheten"],
        ["Antal färdigställda bostäder per år", "1 540 (2022)", "2 000", "SCB"],
    ]
    L.table(ind, [59 * mm, 30 * mm, 28 * mm, 43 * mm])
    L.heading("Uppföljning och utvärdering", 14, before=6, after=4)
    L.para("Regionala utvecklingsnämnden (RUN) har det politiska ansvaret för att strategin följs "
           "upp. Det löpande arbetet leds av avdelningen för regional utveckling i samverkan med "
           "kommunerna och Länsstyrelsen i Jönköpings län.")
    L.para("Uppföljningen sker på tre nivåer: en årlig indikatoruppföljning, en fördjupad "
           "tematisk analys varje år och en extern halvtidsutvärdering. Den årliga "
           "uppföljningsrapporten tas fram av enheten för analys och statistik, bygger på "
           "indikatorerna i tabell 1 och ska behandlas av regionala utvecklingsnämnden senast "
           "den 15 juni varje år, med början 2025, varefter den redovisas för regionfullmäktige.",
           break_before="behandlas av regionala")
    L.para("Ett länsövergripande uppföljningsforum med kommunernas kommunchefer och "
           "näringslivschefer hålls två gånger per år, på våren och på hösten. Forumet "
           "diskuterar resultaten och föreslår justeringar av insatserna.")
    L.para("En extern halvtidsutvärdering genomförs under 2027. Utvärderingen ska bedöma om "
           "insatserna bidrar till målen och ligga till grund för en eventuell revidering av "
           "strategin. En slututvärdering görs 2030 inför arbetet med nästa strategi.")
    L.heading("Genomförande och ansvar", 12)
    L.para("Strategin genomförs av många aktörer tillsammans. Region Jönköpings län har det "
           "regionala utvecklingsansvaret och ska samordna insatserna, men kommunerna, "
           "länsstyrelsen, lärosätena och näringslivet ansvarar för egna handlingsplaner. "
           "Regionen ska varje år fördela regionala projektmedel enligt strategins prioriteringar.")
    L.para("Kommunerna förväntas senast 2025 ha kopplat sina översiktsplaner och "
           "näringslivsprogram till strategins mål.")

    # ---- last page: glossary
    L.new_page()
    L.heading("Begrepp och förkortningar", 14, before=0, after=8)
    gloss = [
        ("BRP", "Bruttoregionprodukt. Värdet av alla varor och tjänster som produceras i en "
                "region under ett år; den regionala motsvarigheten till BNP."),
        ("ERUF", "Europeiska regionala utvecklingsfonden, en av EU:s strukturfonder."),
        ("FoU", "Forskning och utveckling."),
        ("Förvärvsfrekvens", "Andelen förvärvsarbetande av befolkningen i en viss åldersgrupp."),
        ("RUN", "Regionala utvecklingsnämnden i Region Jönköpings län."),
        ("RUS", "Regional utvecklingsstrategi. Den strategi för länets utveckling som regionen "
                "ska ta fram enligt lagen (2010:630) om regionalt utvecklingsansvar."),
        ("Smart specialisering", "Ett arbetssätt där regionen prioriterar de områden där länet "
                "har unika styrkor och konkurrensfördelar, i stället för att sprida resurserna "
                "jämnt över alla branscher."),
        ("UVAS", "Unga som varken arbetar eller studerar. Avser personer 16–24 år som under ett "
                 "år inte har haft någon arbetsinkomst över en viss nivå och inte har studerat."),
    ]
    for term, desc in gloss:
        L.para(term, font="DVSB", size=10, after=1)
        L.para(desc, indent=8 * mm, after=6)
    L.finish()


# --------------------------------------------------------------------------------------
# 2. Partnership meeting notes (DOCX, Region Halland)
# --------------------------------------------------------------------------------------
def make_minutes(path):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    p = d.add_paragraph("REGION HALLAND\tMinnesanteckningar")
    d.add_heading("Minnesanteckningar, partnerskapsmöte", 0)
    d.add_paragraph("Regionalt partnerskap för hållbar tillväxt i Halland")
    meta = d.add_paragraph()
    meta.add_run("Datum: ").bold = True
    meta.add_run("2025-03-12, kl. 09.30–12.00\n")
    meta.add_run("Plats: ").bold = True
    meta.add_run("Regionens hus, sal Nissan, Halmstad\n")
    meta.add_run("Ordförande: ").bold = True
    meta.add_run("Lena Bergkvist, Region Halland\n")
    meta.add_run("Antecknare: ").bold = True
    meta.add_run("Karin Nyström, Region Halland")

    d.add_heading("Närvarande", 1)
    people = [
        ("Lena Bergkvist", "Region Halland, regional utvecklingsdirektör"),
        ("Karin Nyström", "Region Halland, utvecklingsstrateg"),
        ("Per-Olof Strand", "Falkenbergs kommun"),
        ("Sara Lindqvist", "Varbergs kommun"),
        ("Jenny Carlsson", "Kungsbacka kommun"),
        ("Emir Hadžić", "Laholms kommun"),
        ("Ahmed Yusuf", "Hylte kommun"),
        ("Björn Alvarsson", "Halmstads kommun"),
        ("Annika Forsberg", "Länsstyrelsen i Hallands län"),
        ("Magnus Ek", "Högskolan i Halmstad"),
        ("Linnea Holm", "Arbetsförmedlingen"),
        ("Tomas Wikström", "Företagarna Halland"),
    ]
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = "Namn"
    t.rows[0].cells[1].text = "Organisation"
    for n, o in people:
        r = t.add_row().cells
        r[0].text = n
        r[1].text = o
    d.add_paragraph("Förhinder: Eva Sjöberg (Almi Företagspartner Halland).")

    d.add_heading("1. Mötets öppnande och föregående anteckningar", 2)
    d.add_paragraph("Lena Bergkvist hälsade välkommen. Anteckningarna från mötet 2024-11-20 "
                    "godkändes utan ändringar.")

    d.add_heading("2. Lägesbild – uppföljning av Hallandsstrategin 2024", 2)
    d.add_paragraph("Karin Nyström presenterade den årliga uppföljningen. Sysselsättningsgraden i "
                    "länet (20–64 år) var 82,1 procent 2024, den högsta i landet. Andelen unga som "
                    "varken arbetar eller studerar minskade från 6,3 till 5,8 procent. Bostadsbyggandet "
                    "har däremot minskat kraftigt: 1 212 bostäder färdigställdes 2024 jämfört med "
                    "2 305 året innan.")
    d.add_paragraph("Partnerskapet noterade lägesbilden och framförde att uppföljningen framöver "
                    "bör redovisa utvecklingen per kommun.")

    d.add_heading("3. Kompetensförsörjning – ansökan till ESF+", 2)
    d.add_paragraph("Magnus Ek och Linnea Holm redogjorde för behovet av omställningsinsatser för "
                    "anställda i tillverkningsindustrin och inom vård och omsorg. Förslaget är en "
                    "gemensam ansökan till Europeiska socialfonden (ESF+) om projektet "
                    "Kompetenslyft Halland, med en total budget på 14,5 miljoner kronor under tre år.")
    b = d.add_paragraph()
    b.add_run("Beslut: ").bold = True
    b.add_run("Partnerskapet beslutade att ställa sig bakom en gemensam ansökan om "
              "Kompetenslyft Halland. Region Halland står för den regionala medfinansieringen "
              "på 4,2 miljoner kronor, och de sex kommunerna bidrar med personalresurser "
              "motsvarande 1,8 miljoner kronor. Högskolan i Halmstad blir projektägare.")

    d.add_heading("4. Utlysning av regionala projektmedel 2025", 2)
    d.add_paragraph("Årets utlysning öppnade den 3 mars och har en ram på 8 miljoner kronor. "
                    "Sista ansökningsdag är den 30 april 2025. Per-Olof Strand efterfrågade "
                    "tydligare information på engelska för internationella företag och "
                    "forskargrupper; en engelsk version av vägledningen finns nu på regionens "
                    "webbplats.")
    b = d.add_paragraph()
    b.add_run("Beslut: ").bold = True
    b.add_run("Partnerskapet ställde sig bakom att ansökningar som rör kompetensförsörjning och "
              "grön omställning prioriteras vid bedömningen.")

    d.add_heading("5. Infrastruktur – inspel till nationell transportplan", 2)
    d.add_paragraph("Annika Forsberg informerade om att Trafikverket påbörjat arbetet med nästa "
                    "nationella plan för transportinfrastrukturen. Partnerskapet var enigt om att "
                    "dubbelspår på hela Västkustbanan och en utbyggnad av väg 153 Varberg–Ullared "
                    "ska lyftas som prioriterade objekt.")
    b = d.add_paragraph()
    b.add_run("Beslut: ").bold = True
    b.add_run("Ett gemensamt inspel från partnerskapet lämnas till Trafikverket senast den "
              "15 maj 2025.")

    d.add_heading("6. Övriga frågor och nästa möte", 2)
    d.add_paragraph("Tomas Wikström lyfte att många småföretag upplever att det är svårt att "
                    "hitta rätt stöd. Frågan tas upp på nästa möte. Nästa partnerskapsmöte hålls "
                    "den 11 juni 2025 i Varberg.")

    d.add_heading("Åtgärdslista", 1)
    acts = [
        ("1", "Sprida utlysningen av regionala projektmedel via kommunernas näringslivskontor",
         "Per-Olof Strand", "2025-03-21"),
        ("2", "Sammanställa kommunernas kompetensbehov inför ESF+-ansökan", "Sara Lindqvist",
         "2025-04-04"),
        ("3", "Skriva utkast till ansökan för Kompetenslyft Halland", "Magnus Ek", "2025-04-25"),
        ("4", "Ta fram gemensamt inspel till nationell transportplan", "Annika Forsberg",
         "2025-05-15"),
        ("5", "Ta fram redovisning av strategiuppföljningen per kommun", "Karin Nyström",
         "2025-06-02"),
        ("6", "Bjuda in Trafikverket till partnerskapsmötet i juni", "Lena Bergkvist",
         "2025-05-30"),
    ]
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Punkt", "Åtgärd", "Ansvarig", "Klart senast"]):
        t.rows[0].cells[i].text = h
    for a in acts:
        r = t.add_row().cells
        for i, v in enumerate(a):
            r[i].text = v
    d.add_paragraph("Vid anteckningarna: Karin Nyström")
    d.save(path)


# --------------------------------------------------------------------------------------
# 3. Newsletter (Markdown, Region Västernorrland)
# --------------------------------------------------------------------------------------
NEWSLETTER = """# Nyhetsbrev – Regional utveckling Västernorrland

**Nr 2/2025 · Region Västernorrland, avdelningen för regional utveckling**

Här samlar vi nyheter om regionens utvecklingsarbete, stöd till företag och kommande aktiviteter.
Tipsa gärna kollegor om att prenumerera!

## Nytt stöd till besöksnäringen i Höga kusten
*2025-02-03*

Regionala utvecklingsnämnden har beviljat 3,2 miljoner kronor till projektet *Höga kusten året runt*.
Projektet ska hjälpa 14 små företag inom besöksnäringen att utveckla erbjudanden för vinter- och
vårsäsongen. Projektet drivs av Kramfors kommun tillsammans med destinationsbolaget och pågår till
och med 2027.

Kontakt: Elin Hägglund, utvecklingsstrateg besöksnäring, elin.hagglund@rvn.se

## Rekordmånga ansökningar om företagsstöd
*2025-02-10*

Under 2024 kom det in 87 ansökningar om regionalt investeringsstöd, det högsta antalet sedan 2015.
41 ansökningar beviljades med sammanlagt 26,4 miljoner kronor. De flesta stöden gick till företag
inom träförädling och tillverkning i Örnsköldsvik och Sollefteå.

## Tolv nya snabbladdare längs E4
*2025-02-17*

Med stöd från Klimatklivet byggs tolv nya snabbladdningsstationer för elbilar och tunga fordon
längs E4 mellan Sundsvall och Örnsköldsvik. Stationerna ska vara i drift hösten 2025.
Investeringen är totalt 58 miljoner kronor, varav 26 miljoner är stöd från Klimatklivet.

## Vätgascentrum i Örnsköldsvik får förlängd finansiering
*2025-02-24*

Kompetenscentrum för vätgas, som drivs av Mittuniversitetet och RISE, får fortsatt finansiering
från regionen med 1,5 miljoner kronor per år under 2025–2026. Centrumet har sedan starten 2022
arbetat med 23 företag i länet.

Kontakt: Henrik Almqvist, processledare energi, henrik.almqvist@rvn.se

## Seminarium om kompetensförsörjning i Härnösand
*2025-03-01*

Välkommen till seminariet *Kompetens för framtidens Västernorrland* den 13 mars 2025 kl. 09.00–15.00
i Härnösands kulturmagasin. Vi presenterar den nya kompetensprognosen och diskuterar hur kommuner,
lärosäten och arbetsgivare kan samverka. Seminariet är kostnadsfritt. Anmälan senast den 6 mars.

Kontakt: Jonas Bäckström, kompetensförsörjningsstrateg, jonas.backstrom@rvn.se

## Sök plats i landsbygdsnätverket
*2025-03-05*

Regionen söker tio lokala utvecklingsgrupper som vill delta i ett nytt landsbygdsnätverk under
2025. Deltagarna får processtöd och möjlighet att söka upp till 50 000 kronor var för lokala
initiativ. Intresseanmälan senast den 31 mars.

---
*Nästa nyhetsbrev kommer i maj. Frågor om nyhetsbrevet: kommunikation.regionalutveckling@rvn.se*
"""


# --------------------------------------------------------------------------------------
# 4. English guidance (TXT, Region Halland)
# --------------------------------------------------------------------------------------
GUIDANCE = """Regional project funding – guidance for applicants (English version)
Region Halland, Department of Regional Development
Version 2025-02-20. In case of discrepancies, the Swedish version applies.

1. ABOUT THE FUNDING
Region Halland grants regional project funding ("regionala projektmedel") to projects that
contribute to the goals of the regional development strategy for Halland (Hallandsstrategin).
In 2025, the total budget for the call is SEK 8 million. Priority is given to projects within
skills supply and the green transition.

2. WHO IS ELIGIBLE
The following may apply:
- municipalities and municipal companies,
- universities and research institutes,
- non-profit associations and foundations,
- business organisations and cluster organisations,
- other public bodies.
Individual companies cannot receive project funding for their own business development. They
are referred to the regional business support (företagsstöd) instead.

To be eligible, a project must
a) contribute to at least one of the goals of Hallandsstrategin,
b) benefit more than one organisation or company in Halland,
c) have a project period of no more than 36 months,
d) not have started before the application was received.

3. CO-FINANCING RULES
Region Halland finances at most 50 per cent of the total eligible project costs. The remaining
share, at least 50 per cent, must come from other public or private co-financiers.
- In-kind contributions (for example staff time from a partner organisation) may make up at
  most 30 per cent of the total budget.
- Voluntary work may be valued at SEK 300 per hour.
- The smallest grant awarded is SEK 200,000 and the largest is SEK 2,000,000 per project.
- Co-financing must be confirmed in signed letters of intent attached to the application.
Funding is granted as de minimis aid where the project gives an advantage to individual
companies.

4. ELIGIBLE COSTS
Eligible costs are staff costs, external services, travel, equipment needed for the project
and a flat rate of 15 per cent of staff costs for indirect costs. Costs must be directly linked
to the project and paid during the project period.

5. HOW TO APPLY
Applications are submitted through the e-service Min ansökan (minansokan.se). Select
"Region Halland" and "Regionala projektmedel". The application must include:
- a project plan with goals, activities and expected results,
- a budget and financing plan,
- signed letters of intent from all co-financiers,
- a certificate showing who is authorised to sign for the organisation.
Incomplete applications will not be assessed. Applicants are welcome to contact a project
officer before applying.

6. DEADLINES
- The call opens on 3 March 2025.
- Last day to apply: 30 April 2025 at 23:59.
- Decisions are announced in week 25 (June 2025).
- Projects can start on 1 August 2025 at the earliest.

7. REPORTING AND PAYMENT
Projects submit a progress report every six months and a final report no later than two
months after the end of the project. Funds are paid in arrears against reported costs, at
most once every three months. Non-profit associations may request an advance of up to
30 per cent of the granted amount.

8. CONTACT
Helena Sandberg, project officer, tel. 035-13 48 20, projektmedel@regionhalland.se
"""


# --------------------------------------------------------------------------------------
# 5. Consultation response (PDF, Region Västernorrland)
# --------------------------------------------------------------------------------------
def make_remissvar(path):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm,
                            topMargin=20 * mm, bottomMargin=22 * mm,
                            title="Remissvar SOU 2024:88", author="Region Västernorrland")
    s = ParagraphStyle("b", fontName="DVS", fontSize=10.5, leading=15, spaceAfter=7)
    sb = ParagraphStyle("bb", parent=s, fontName="DVSB")
    sh = ParagraphStyle("h", fontName="DVB", fontSize=13, leading=17, spaceAfter=8, spaceBefore=6)
    small = ParagraphStyle("s", fontName="DV", fontSize=9, leading=12)
    story = []
    lh = Table([[Paragraph("<b>Region Västernorrland</b><br/>Regionstyrelsen", ParagraphStyle(
        "lh", fontName="DV", fontSize=12, leading=15)),
        Paragraph("REMISSVAR<br/>Datum: 2025-04-28<br/>Diarienummer: RS/2025/312", small)]],
        colWidths=[100 * mm, 60 * mm])
    lh.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 1, colors.HexColor("#1f4e79")),
                            ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [lh, Spacer(1, 10)]
    story.append(Paragraph("Landsbygds- och infrastrukturdepartementet<br/>103 33 Stockholm<br/>"
                           "Er referens: LI2024/02817", s))
    story.append(Spacer(1, 6))
    story.append(Paragraph("Remissvar på betänkandet Ett stärkt regionalt utvecklingsansvar "
                           "(SOU 2024:88)", sh))
    story.append(Paragraph("Region Västernorrland har beretts möjlighet att lämna synpunkter på "
                           "rubricerat betänkande. Regionstyrelsen har beslutat om yttrandet vid "
                           "sitt sammanträde 2025-04-22, § 87. Region Västernorrland lämnar "
                           "följande synpunkter.", s))
    pts = [
        ("1. Sammanfattande ställningstagande",
         "Region Västernorrland tillstyrker huvuddelen av utredningens förslag. Ett tydligare "
         "och mer långsiktigt regionalt utvecklingsansvar är nödvändigt för att län med stora "
         "avstånd och en åldrande befolkning ska kunna klara kompetensförsörjningen och den "
         "gröna industriella omställningen."),
        ("2. Långsiktig finansiering (avsnitt 5.2)",
         "Regionen tillstyrker förslaget om fleråriga beslut om anslaget 1:1 Regionala "
         "tillväxtåtgärder. Regionen avstyrker däremot förslaget att anslaget minskas med "
         "15 procent från 2026. En sådan minskning skulle för Västernorrlands del innebära cirka "
         "9 miljoner kronor mindre per år till företagsstöd och projektmedel."),
        ("3. Samordning med länsstyrelsen (avsnitt 6.1)",
         "Regionen tillstyrker förslaget om en gemensam överenskommelse mellan region och "
         "länsstyrelse, men anser att överenskommelsen ska omfatta även kompetensförsörjning och "
         "inte enbart näringslivsutveckling."),
        ("4. Uppföljning och rapportering (avsnitt 7.3)",
         "Regionen avstyrker förslaget om kvartalsvis rapportering till Tillväxtverket. "
         "Rapporteringen bör i stället ske årligen och samordnas med den befintliga "
         "årsrapporteringen för att inte öka den administrativa bördan."),
        ("5. Kompetensförsörjning (avsnitt 7.5)",
         "Regionen välkomnar att det regionala kompetensförsörjningsuppdraget förtydligas, men "
         "efterfrågar att uppdraget följs av permanent finansiering. I dag finansieras "
         "arbetet med ettåriga villkorsbeslut."),
        ("6. Ikraftträdande (avsnitt 9)",
         "Utredningen föreslår att ändringarna träder i kraft den 1 juli 2026. Region "
         "Västernorrland anser att tidpunkten är för snäv och föreslår att ikraftträdandet "
         "skjuts fram till den 1 januari 2027, så att regionerna hinner anpassa sina "
         "utvecklingsstrategier och budgetprocesser."),
    ]
    for h, txt in pts:
        story.append(Paragraph(h, sb))
        story.append(Paragraph(txt, s))
    story.append(Spacer(1, 10))
    story.append(Paragraph("I detta ärende har regionstyrelsens ordförande Britt-Marie Ödmark "
                           "beslutat. Ärendet har föredragits av regional utvecklingsdirektör "
                           "Fredrik Sandqvist.", s))
    story.append(Spacer(1, 18))
    sig = Table([[Paragraph("Britt-Marie Ödmark<br/>Regionstyrelsens ordförande", s),
                  Paragraph("Fredrik Sandqvist<br/>Regional utvecklingsdirektör", s)]],
                colWidths=[80 * mm, 80 * mm])
    story.append(sig)
    story.append(Spacer(1, 20))
    story.append(Paragraph("Kopia: Länsstyrelsen Västernorrland; Tillväxtverket", small))

    def footer(canv, d):
        canv.setFont("DV", 8)
        canv.drawString(25 * mm, 12 * mm, "Region Västernorrland · 871 85 Härnösand · "
                        "Tel 0611-800 00 · region@rvn.se")
        canv.drawRightString(A4[0] - 25 * mm, 12 * mm, f"Sida {d.page}")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


# --------------------------------------------------------------------------------------
# 6. Contact persons per municipality (XLSX)
# --------------------------------------------------------------------------------------
def make_contacts(path):
    rows = [
        ("Jönköping", "Maria Öhman", "Näringslivschef"),
        ("Värnamo", "Daniel Fransson", "Näringslivsutvecklare"),
        ("Gislaved", "Sofia Bergstrand", "Utvecklingsstrateg"),
        ("Nässjö", "Oskar Lindahl", "Näringslivschef"),
        ("Eksjö", "Hanna Svärd", "Kommunikationsstrateg"),
        ("Vetlanda", "Rikard Holmberg", "Samhällsplanerare"),
        ("Tranås", "Ida Karlberg", "Näringslivsutvecklare"),
        ("Halmstad", "Björn Alvarsson", "Näringslivschef"),
        ("Varberg", "Sara Lindqvist", "Utvecklingsstrateg"),
        ("Falkenberg", "Per-Olof Strand", "Näringslivschef"),
        ("Kungsbacka", "Jenny Carlsson", "Strateg kompetensförsörjning"),
        ("Laholm", "Emir Hadžić", "Näringslivsutvecklare"),
        ("Hylte", "Ahmed Yusuf", "Kommunutvecklare"),
        ("Sundsvall", "Therese Norberg", "Näringslivschef"),
        ("Härnösand", "Lars-Erik Wiklund", "Utvecklingsstrateg"),
        ("Örnsköldsvik", "Maja Sundström", "Näringslivsutvecklare"),
        ("Kramfors", "Niklas Edlund", "Landsbygdsutvecklare"),
        ("Sollefteå", "Cecilia Nordin", "Näringslivschef"),
        ("Timrå", "Viktor Olofsson", "Kommunikatör"),
        ("Ånge", "Anneli Persson", "Utvecklingsstrateg"),
    ]
    prefix = {"Jönköping": "036", "Värnamo": "0370", "Gislaved": "0371", "Nässjö": "0380",
              "Eksjö": "0381", "Vetlanda": "0383", "Tranås": "0140", "Halmstad": "035",
              "Varberg": "0340", "Falkenberg": "0346", "Kungsbacka": "0300", "Laholm": "0430",
              "Hylte": "0345", "Sundsvall": "060", "Härnösand": "0611", "Örnsköldsvik": "0660",
              "Kramfors": "0612", "Sollefteå": "0620", "Timrå": "060", "Ånge": "0690"}
    domain = {"Jönköping": "jonkoping.se", "Värnamo": "varnamo.se", "Gislaved": "gislaved.se",
              "Nässjö": "nassjo.se", "Eksjö": "eksjo.se", "Vetlanda": "vetlanda.se",
              "Tranås": "tranas.se", "Halmstad": "halmstad.se", "Varberg": "varberg.se",
              "Falkenberg": "falkenberg.se", "Kungsbacka": "kungsbacka.se", "Laholm": "laholm.se",
              "Hylte": "hylte.se", "Sundsvall": "sundsvall.se", "Härnösand": "harnosand.se",
              "Örnsköldsvik": "ornskoldsvik.se", "Kramfors": "kramfors.se",
              "Sollefteå": "solleftea.se", "Timrå": "timra.se", "Ånge": "ange.se"}
    tr = str.maketrans("åäöéćžÅÄÖ", "aaoeczAAO")
    wb = Workbook()
    ws = wb.active
    ws.title = "Kontaktpersoner"
    ws.append(["Kommun", "Namn", "Roll", "Telefon", "E-post"])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for kommun, namn, roll in rows:
        tel = f"{prefix[kommun]}-{random.randint(10, 99)} {random.randint(10, 99)} {random.randint(10, 99)}"
        mail = namn.lower().translate(tr).replace(" ", ".") + "@" + domain[kommun]
        ws.append([kommun, namn, roll, tel, mail])
    for col, w in zip("ABCDE", [20, 22, 30, 16, 38]):
        ws.column_dimensions[col].width = w
    wb.save(path)


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    make_strategy(os.path.join(out, "Regional_utvecklingsstrategi_Jonkopings_lan_2024-2030.pdf"))
    make_minutes(os.path.join(out, "Minnesanteckningar_partnerskapsmote_Halland_2025-03-12.docx"))
    with open(os.path.join(out, "Nyhetsbrev_regional_utveckling_Vasternorrland_nr2_2025.md"),
              "w", encoding="utf-8") as f:
        f.write(NEWSLETTER)
    with open(os.path.join(out, "Regional_project_funding_guidance_English.txt"), "w",
              encoding="utf-8") as f:
        f.write(GUIDANCE)
    make_remissvar(os.path.join(out, "Remissvar_SOU_2024_88_Region_Vasternorrland.pdf"))
    make_contacts(os.path.join(out, "Kontaktpersoner_kommuner.xlsx"))


if __name__ == "__main__":
    main()
