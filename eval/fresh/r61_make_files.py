"""Write a small knowledge base for round 61 (Kalmar, Hallands and Dalarnas län).

Usage: python make_files.py OUT_DIR
"""
import os
import sys

import numpy as np
import pandas as pd
from docx import Document
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

rng = np.random.default_rng(61)


def fmt(n):
    """Swedish thousands separator (space)."""
    return f"{int(n):,}".replace(",", " ")


# ---------------------------------------------------------------- data
LAN = ["Kalmar län", "Hallands län", "Dalarnas län"]
# participants per county and gender, 2024 and 2025 (unique persons)
part = {}
for lan in LAN:
    k24 = int(rng.integers(260, 520))
    m24 = int(rng.integers(200, 480))
    k25 = int(k24 * rng.uniform(0.95, 1.30))
    m25 = int(m24 * rng.uniform(0.90, 1.25))
    part[lan] = (k24, m24, k25, m25)
TOTAL25 = sum(v[2] + v[3] for v in part.values())

AREAS = ["Vård och omsorg", "Industri och teknik", "Digital kompetens", "Sjöfart och logistik"]
insatser = {a: [int(x) for x in rng.integers(1, 7, size=3)] for a in AREAS}
N_INSATSER = sum(sum(v) for v in insatser.values())

PROJECTS = [
    # name, län, owner, start, end, contact, mail, description
    ("Grön omställning i Bergslagen", "Dalarnas län", "Region Dalarna", "2025-03-01", "2027-12-31",
     "Johanna Falk", "johanna.falk@regiondalarna.se",
     "Kompetensutveckling för anställda i tillverkningsindustrin som ställer om till fossilfri produktion."),
    ("Vård i hela Kalmar län", "Kalmar län", "Region Kalmar län", "2025-01-01", "2026-12-31",
     "Nils Åberg", "nils.aberg@regionkalmar.se",
     "Utbildning av undersköterskor och vårdbiträden i glesbygdskommuner, med handledning på arbetsplatsen."),
    ("Kompetenslyft Industri Halland", "Hallands län", "Region Halland", "2025-09-01", "2027-08-31",
     "Petra Lind", "petra.lind@regionhalland.se",
     "Korta yrkesutbildningar i automation och underhåll för små och medelstora industriföretag."),
    ("Valideringslots Dalarna", "Dalarnas län", "Högskolan Dalarna", "2026-01-01", "2027-06-30",
     "Mikael Persson", "mikael.persson@du.se",
     "En gemensam lots som hjälper personer att få sina kunskaper validerade mot yrkeskrav."),
    ("Digital kompetens i Hallands kommuner", "Hallands län", "Halmstads kommun", "2025-01-01",
     "2026-06-30", "Elin Borg", "elin.borg@halmstad.se",
     "Grundläggande och fördjupad digital kompetens för kommunanställda i länets sex kommuner."),
    ("Sjöfartsakademin Kalmarsund", "Kalmar län", "Linnéuniversitetet", "2025-06-01", "2027-12-31",
     "Birgitta Holmgren", "birgitta.holmgren@lnu.se",
     "Utbildningsvägar till sjöfart och hamnlogistik, i samarbete med rederier och hamnar i Kalmarsund."),
]
budget_rows = []
for name, lan, owner, start, end, *_ in PROJECTS:
    for year in range(int(start[:4]), int(end[:4]) + 1):
        budget_rows.append({"Projekt": name, "Län": lan, "Projektägare": owner, "År": year,
                            "Budget_tkr": int(rng.integers(60, 260)) * 10})
budget = pd.DataFrame(budget_rows)
budget_total = budget.groupby("Projekt")["Budget_tkr"].sum().to_dict()


# ---------------------------------------------------------------- 1. report PDF (canvas)
W, H = A4
LM, RM, TOP, BOT = 2.3 * cm, 2.3 * cm, 2.6 * cm, 2.4 * cm
TW = W - LM - RM
FONT, FONTB, SIZE, LEAD = "Helvetica", "Helvetica-Bold", 10.5, 14.5


def wrap(text, font=FONT, size=SIZE, width=TW):
    """Wrap text; words may carry '|' hyphenation points and are split with '-' at line end."""
    lines, cur = [], ""
    for tok in text.split():
        disp = tok.replace("|", "")
        cand = (cur + " " + disp).strip()
        if stringWidth(cand, font, size) <= width:
            cur = cand
            continue
        parts = tok.split("|")
        done = False
        for i in range(len(parts) - 1, 0, -1):
            head = "".join(parts[:i]) + "-"
            if cur and stringWidth(cur + " " + head, font, size) <= width:
                lines.append(cur + " " + head)
                cur = "".join(parts[i:])
                done = True
                break
        if not done:
            if cur:
                lines.append(cur)
            cur = disp
    if cur:
        lines.append(cur)
    return lines


class Report:
    def __init__(self, path):
        self.c = canvas.Canvas(path, pagesize=A4)
        self.c.setTitle("Regional kompetensplattform – årsrapport 2025")
        self.c.setAuthor("Region Kalmar län, Region Halland, Region Dalarna")
        self.page = 1
        self.y = H - TOP
        self.footnotes = []

    def header(self):
        c = self.c
        c.setFont(FONT, 8)
        c.drawString(LM, H - 1.5 * cm, "Regional kompetensplattform – årsrapport 2025")
        c.drawRightString(W - RM, 1.3 * cm, f"Sida {self.page}")

    def newpage(self):
        self.flush_footnotes()
        self.c.showPage()
        self.page += 1
        self.y = H - TOP
        self.header()

    def flush_footnotes(self):
        if not self.footnotes:
            return
        c = self.c
        lines = []
        for fn in self.footnotes:
            lines += wrap(fn, size=8, width=TW)
        y = BOT + len(lines) * 10 + 6
        c.setLineWidth(0.5)
        c.line(LM, y, LM + 5 * cm, y)
        y -= 11
        c.setFont(FONT, 8)
        for ln in lines:
            c.drawString(LM, y, ln)
            y -= 10
        self.footnotes = []

    def heading(self, text, size=14):
        self.y -= 6
        self.c.setFont(FONTB, size)
        self.c.drawString(LM, self.y, text)
        self.y -= size + 8

    def para(self, text, indent=0, font=FONT, size=SIZE):
        self.c.setFont(font, size)
        for ln in wrap(text, font, size, TW - indent):
            self.c.drawString(LM + indent, self.y, ln)
            self.y -= LEAD
        self.y -= 6

    def footnote(self, text):
        self.footnotes.append(text)

    def table(self, caption, header, rows, colw, source=None):
        c = self.c
        c.setFont(FONTB, 9.5)
        c.drawString(LM, self.y, caption)
        self.y -= 16
        rh = 16
        x0 = LM
        allrows = [header] + rows
        top = self.y + 11
        for r, row in enumerate(allrows):
            x = x0
            c.setFont(FONTB if r == 0 or row[0].startswith("Totalt") else FONT, 9)
            for j, cell in enumerate(row):
                if j == 0:
                    c.drawString(x + 3, self.y, cell)
                else:
                    c.drawRightString(x + colw[j] - 4, self.y, cell)
                x += colw[j]
            self.y -= rh
        bottom = self.y + 11
        c.setLineWidth(0.6)
        c.line(x0, top, x0 + sum(colw), top)
        c.line(x0, top - rh, x0 + sum(colw), top - rh)
        c.line(x0, bottom, x0 + sum(colw), bottom)
        self.y -= 4
        if source:
            c.setFont("Helvetica-Oblique", 8)
            c.drawString(LM, self.y, source)
            self.y -= 14
        self.y -= 8

    def factbox(self, title, items):
        c = self.c
        h = 22 + 15 * len(items)
        c.setLineWidth(1.2)
        c.rect(LM, self.y - h + 12, TW * 0.62, h)
        c.setFont(FONTB, 11)
        c.drawString(LM + 10, self.y - 4, title)
        yy = self.y - 22
        c.setFont(FONT, 10)
        for k, v in items:
            c.drawString(LM + 10, yy, k)
            c.drawRightString(LM + TW * 0.62 - 10, yy, v)
            yy -= 15
        self.y -= h + 14

    def save(self):
        self.flush_footnotes()
        self.c.save()


def write_report(path):
    r = Report(path)
    c = r.c
    # title page
    c.setFont(FONTB, 22)
    c.drawString(LM, H - 8 * cm, "Regional kompetensplattform")
    c.setFont(FONT, 18)
    c.drawString(LM, H - 9.2 * cm, "Årsrapport 2025")
    c.setFont(FONT, 12)
    c.drawString(LM, H - 11 * cm, "Kalmar län, Hallands län och Dalarnas län")
    c.drawString(LM, H - 11.7 * cm, "Region Kalmar län, Region Halland och Region Dalarna")
    c.drawString(LM, H - 12.4 * cm, "Mars 2026")
    c.setFont(FONT, 10)
    y = H - 15 * cm
    toc = ["1 Inledning", "2 Året i korthet", "3 Deltagare", "4 Insatser per område",
           "5 Begrepp och förkortningar", "6 Rekommendationer", "7 Fortsatt arbete 2026",
           "Bilaga 1 Plattformens ledamöter"]
    c.setFont(FONTB, 11)
    c.drawString(LM, y, "Innehåll")
    c.setFont(FONT, 10)
    for t in toc:
        y -= 15
        c.drawString(LM + 10, y, t)
    r.newpage()

    # 1 Inledning
    r.heading("1 Inledning")
    r.para("Den regionala kompetens|plattformen är ett gemensamt forum för Region Kalmar län, "
           "Region Halland och Region Dalarna. Plattformen¹ samlar kommuner, lärosäten, "
           "Arbets|förmedlingen och arbets|marknadens parter kring den regionala kompetens|försörjningen. "
           "Syftet är att ta fram gemensamma analyser, prioritera utbildnings|insatser och skapa "
           "bättre matchning mellan utbud och efterfrågan på arbets|kraft i de tre länen.")
    r.para("Plattformen leds av en styrgrupp med Region Kalmar län som sammankallande. Processledare "
           "för plattformen är Maria Lindqvist, Region Kalmar län, som ansvarar för samordning, "
           "uppföljning och den årliga rapporteringen till respektive regional utvecklings|nämnd.")
    r.para("Denna årsrapport redovisar verksamheten under 2025: vilka insatser som genomförts, hur "
           "många personer som deltagit och vilka slutsatser styrgruppen drar inför 2026. Rapporten "
           "avslutas med rekommendationer till de tre regionerna och en förteckning över plattformens "
           "ledamöter i bilaga 1.")
    r.para("Arbetet under året har präglats av omställningen i industrin, där batteri|tillverkning, "
           "elektrifiering och automatisering ställer nya krav på kompetens, och av ett fortsatt stort "
           "rekryterings|behov inom vård och omsorg. Samtidigt har sjöfarten och hamn|logistiken i "
           "Kalmarsund efterfrågat fler utbildnings|vägar för unga och för yrkesverksamma som vill "
           "byta bana.")
    r.footnote("¹ Regionala kompetensplattformar inrättades 2018 på uppdrag av regeringen och "
               "finansieras delvis av Tillväxtverket. Den gemensamma plattformen för de tre länen "
               "bildades i januari 2023.")
    r.newpage()

    # 2 Året i korthet
    r.heading("2 Året i korthet")
    total_budget = 14.6
    r.para(f"Under 2025 genomfördes {N_INSATSER} utbildnings|insatser inom plattformens ram, och "
           f"sammanlagt {fmt(TOTAL25)} personer deltog i minst en insats. Samtliga 33 kommuner i de tre "
           "länen har deltagit i någon del av arbetet. Plattformens totala budget för året uppgick "
           f"till {str(total_budget).replace('.', ',')} miljoner kronor, varav 38 procent finansierades av "
           "Europeiska socialfonden plus.")
    r.para("Styrgruppen sammanträdde sex gånger under året. Två gemensamma analyser publicerades: "
           "en om rekryterings|behovet inom vård och omsorg fram till 2030 och en om kompetens|behoven "
           "i den elektrifierade industrin. Analyserna har använts som underlag i flera kommuners "
           "kompetens|försörjnings|planer.")
    r.factbox("Fakta 2025", [
        ("Deltagande kommuner", "33"),
        ("Utbildningsinsatser", str(N_INSATSER)),
        ("Deltagare (unika personer)", fmt(TOTAL25)),
        ("Total budget", "14,6 mnkr"),
        ("Andel finansierad av ESF+", "38 %"),
        ("Styrgruppsmöten", "6"),
    ])
    r.para("Jämfört med 2024 ökade antalet deltagare i samtliga tre län. Ökningen var störst bland "
           "kvinnor, främst till följd av de nya vård|utbildningarna i Kalmar län och Dalarnas län.")
    r.newpage()

    # 3 Deltagare
    r.heading("3 Deltagare")
    r.para("Tabell 2 visar antalet deltagare i plattformens kompetens|insatser per län och kön för "
           "2024 och 2025. Uppgifterna är hämtade ur plattformens gemensamma uppföljnings|system och "
           "avser unika personer.²")
    rows = []
    tot = [0, 0, 0, 0]
    for lan in LAN:
        k24, m24, k25, m25 = part[lan]
        rows.append([lan, fmt(k24), fmt(m24), fmt(k25), fmt(m25), fmt(k25 + m25)])
        tot = [a + b for a, b in zip(tot, part[lan])]
    rows.append(["Totalt", fmt(tot[0]), fmt(tot[1]), fmt(tot[2]), fmt(tot[3]), fmt(tot[2] + tot[3])])
    r.table("Tabell 2. Deltagare i kompetensinsatser per län och kön, 2024 och 2025 (antal)",
            ["Län", "Kvinnor 2024", "Män 2024", "Kvinnor 2025", "Män 2025", "Totalt 2025"],
            rows, [110, 70, 62, 74, 62, 70], "Källa: Plattformens uppföljningssystem.")
    r.para("Kvinnor utgjorde en majoritet av deltagarna i alla tre länen, vilket speglar att en stor "
           "del av insatserna riktats mot vård och omsorg. Inom industri|insatserna var männen i stället "
           "i klar majoritet. Plattformen har som mål att andelen kvinnor i industri|insatserna ska öka.")
    r.footnote("² Deltagare räknas som unika personer: en person som deltagit i flera insatser under "
               "samma år räknas en gång. Personer som avbrutit en insats under första veckan räknas inte.")
    r.newpage()

    # 4 Insatser per område
    r.heading("4 Insatser per område")
    r.para("Insatserna fördelades på fyra områden. Flest insatser genomfördes inom vård och omsorg "
           "samt industri och teknik. Tabell 3 visar antalet insatser per område och län.")
    rows = []
    for a in AREAS:
        v = insatser[a]
        rows.append([a] + [str(x) for x in v] + [str(sum(v))])
    colsum = [sum(insatser[a][i] for a in AREAS) for i in range(3)]
    rows.append(["Totalt"] + [str(x) for x in colsum] + [str(sum(colsum))])
    r.table("Tabell 3. Utbildningsinsatser per område och län, 2025 (antal insatser)",
            ["Område", "Kalmar", "Halland", "Dalarna", "Totalt"], rows, [150, 70, 70, 70, 70],
            "Källa: Plattformens uppföljningssystem.")
    r.para("Inom digital kompetens har insatserna främst riktats till kommun|anställda, medan "
           "sjöfarts|insatserna genomförts i nära samarbete med rederier och hamnar i Kalmarsund. "
           "Flera insatser har genomförts som korta moduler om 5–10 dagar för att passa "
           "yrkes|verksamma.")
    r.newpage()

    # 5 Begrepp
    r.heading("5 Begrepp och förkortningar")
    r.para("I rapporten används följande begrepp:")
    r.para("Validering: en strukturerad bedömning, värdering, dokumentation och ett erkännande av "
           "kunskaper och kompetens som en person har, oberoende av hur de har förvärvats.³", indent=12)
    r.para("Kompetens|försörjning: arbetet med att säkerställa att arbetsgivare i regionen har "
           "tillgång till den kompetens som behövs, genom utbildning, rekrytering och omställning.",
           indent=12)
    r.para("Branschvalidering: validering som utförs enligt en modell framtagen av en bransch, där "
           "branschen själv fastställer vilka kompetenskrav som gäller.", indent=12)
    r.para("Förkortningar:")
    for ab, full in [("ESF+", "Europeiska socialfonden plus"),
                     ("YH", "Yrkeshögskolan"),
                     ("SeQF", "Sveriges referensram för kvalifikationer för livslångt lärande"),
                     ("RUN", "Regionala utvecklingsnämnden"),
                     ("KUL", "Kommunernas uppföljning av lärcentrum")]:
        r.para(f"{ab} – {full}", indent=12)
    r.footnote("³ Definitionen följer Myndigheten för yrkeshögskolans riktlinjer för validering (2023).")
    r.newpage()

    # 6 Rekommendationer
    r.heading("6 Rekommendationer")
    r.para("Styrgruppen lämnar följande rekommendationer till de tre regionerna inför 2026 och 2027.")
    recs = [
        ("Rekommendation 1 Stärk valideringen", [
            ("1.1", "Inrätta en gemensam valideringslots för vård- och omsorgsyrken i alla tre länen "
                    "senast under 2026."),
            ("1.2", "Ta fram en branschvalidering för industrins yrken tillsammans med Teknikföretagen "
                    "och IF Metall."),
        ]),
        ("Rekommendation 2 Möt industrins omställning", [
            ("2.1", "Etablera ett branschråd för batteri- och elektrifieringskompetens i Dalarnas län "
                    "med start hösten 2026."),
            ("2.2", "Utöka antalet YH-platser inom automation i Hallands län med 60 platser till 2027."),
        ]),
        ("Rekommendation 3 Följ upp bättre", [
            ("3.1", "Inför gemensamma indikatorer för uppföljning av kompetensinsatser i de tre länen."),
            ("3.2", "Redovisa deltagare per kön och åldersgrupp i samtliga projekt från 2026."),
        ]),
    ]
    for head, subs in recs:
        r.para(head, font=FONTB)
        for num, txt in subs:
            r.para(f"Rekommendation {num} {txt}", indent=18)
    r.newpage()

    # 7 Fortsatt arbete
    r.heading("7 Fortsatt arbete 2026")
    r.para("Under 2026 kommer plattformen att genomföra ett gemensamt analys|uppdrag om kompetens|behoven "
           "i de tre länen fram till 2035. Uppdraget beskrivs i en separat uppdrags|beskrivning och "
           "redovisas i en slutrapport i oktober 2026.")
    r.para("Plattformen kommer också att öppna en ny utlysning av medel för kompetens|insatser. Sista "
           "ansökningsdag meddelas på plattformens webbplats och vid ett informations|webbinarium.")
    r.para("Styrgruppen bedömer att samverkan mellan de tre länen har gett mervärde, särskilt genom "
           "gemensamma analyser och ett större utbud av utbildningar än vad varje län hade kunnat "
           "erbjuda på egen hand.")
    r.newpage()

    # Bilaga 1
    r.heading("Bilaga 1 Plattformens ledamöter")
    members = [["Maria Lindqvist", "Region Kalmar län", "Processledare"],
               ["Karin Sjöberg", "Region Halland", "Ledamot"],
               ["Johanna Falk", "Region Dalarna", "Ledamot"],
               ["Oskar Dahl", "Arbetsförmedlingen", "Ledamot"],
               ["Birgitta Holmgren", "Linnéuniversitetet", "Ledamot"],
               ["Mikael Persson", "Högskolan Dalarna", "Ledamot"],
               ["Ali Hassan", "Högskolan i Halmstad", "Ledamot"],
               ["Eva Grahn", "Kalmarsunds gymnasieförbund", "Ledamot"],
               ["Sara Nilsson", "Teknikföretagen", "Adjungerad"]]
    r.table("Plattformens ledamöter 2025", ["Namn", "Organisation", "Roll"],
            members, [130, 170, 90])
    r.save()


# ---------------------------------------------------------------- 2. DOCX
def write_docx(path):
    d = Document()
    d.add_heading("Uppdragsbeskrivning – analysuppdrag 2026", 0)
    d.add_paragraph("Regional kompetensplattform för Kalmar län, Hallands län och Dalarnas län. "
                    "Dnr RUN 2025/121.")
    d.add_heading("Bakgrund", 1)
    d.add_paragraph("Regionerna behöver ett gemensamt kunskapsunderlag om kompetensbehoven fram till "
                    "2035. Uppdraget ska kartlägga efterfrågan på arbetskraft per yrkesområde och län "
                    "och jämföra den med utbudet av utbildning.")
    d.add_heading("Syfte och leverans", 1)
    d.add_paragraph("Analysen ska leda till en slutrapport med prognoser per yrkesområde, en bedömning "
                    "av bristyrken och förslag på prioriterade utbildningsinsatser.")
    d.add_heading("Roller", 1)
    roles = [("Roll", "Namn", "Organisation", "E-post"),
             ("Uppdragsgivare", "Karin Sjöberg", "Region Halland", "karin.sjoberg@regionhalland.se"),
             ("Projektledare", "Ahmed Yilmaz", "Region Dalarna", "ahmed.yilmaz@regiondalarna.se"),
             ("Analytiker", "Sofia Berg", "Region Kalmar län", "sofia.berg@regionkalmar.se"),
             ("Kvalitetsgranskare", "Lars Nyström", "Region Dalarna", "lars.nystrom@regiondalarna.se"),
             ("Referensperson", "Oskar Dahl", "Arbetsförmedlingen", "oskar.dahl@arbetsformedlingen.se")]
    t = d.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    for row in roles:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    d.add_heading("Tidplan", 1)
    plan = [("Aktivitet", "Start", "Slut"),
            ("Uppstart och avgränsning", "2026-01-12", "2026-01-30"),
            ("Datainsamling och enkät", "2026-02-02", "2026-04-30"),
            ("Analys och prognoser", "2026-05-04", "2026-08-28"),
            ("Remiss till styrgruppen", "2026-09-07", "2026-09-25"),
            ("Slutrapport till RUN", "2026-10-15", "2026-10-15")]
    t = d.add_table(rows=0, cols=3)
    t.style = "Table Grid"
    for row in plan:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    d.add_heading("Budget", 1)
    d.add_paragraph("Den totala budgeten för uppdraget är 1 850 000 kronor, varav 450 000 kronor avser "
                    "konsulttjänster för enkätundersökningen och 120 000 kronor avser resor. Kostnaderna "
                    "delas lika mellan de tre regionerna.")
    d.save(path)


# ---------------------------------------------------------------- 3. minutes PDF (platypus)
def write_minutes(path):
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["BodyText"], fontName="Helvetica", fontSize=10, leading=13.5)
    h1 = ParagraphStyle("h1", parent=ss["Heading1"], fontSize=15)
    h2 = ParagraphStyle("h2", parent=ss["Heading2"], fontSize=12, spaceBefore=12)
    h3 = ParagraphStyle("h3", parent=ss["Heading3"], fontSize=10.5, spaceBefore=4)
    s = []
    P = lambda t, st=body: s.append(Paragraph(t, st))
    P("PROTOKOLL", h1)
    P("Regionala utvecklingsnämnden, Region Dalarna<br/>Sammanträde 2025-11-20 kl. 09.00–12.15, "
      "Regionhuset, Falun")
    P("<b>Närvarande ledamöter:</b> Peter Wallin (S), ordförande; Helena Strand (C), vice ordförande; "
      "Erik Holm (SD); Anna Ek (M); Jonas Lund (V); Maria Sandberg (KD); Tobias Nord (L).")
    P("<b>Tjänstgörande ersättare:</b> Ulla Berglund (S) för Kenneth Ahl (S).")
    P("<b>Övriga närvarande:</b> Maria Lindqvist, processledare regional kompetensplattform, § 34; "
      "Sofia Berg, analytiker, § 36; Lena Hedlund, nämndsekreterare.")
    P("<b>Utses att justera:</b> Helena Strand (C)")
    s.append(Spacer(1, 6))
    P("§ 34 Dnr RUN 2025/112 Årsrapport 2025 för regional kompetensplattform", h2)
    P("Processledare Maria Lindqvist föredrar årsrapporten för den gemensamma kompetensplattformen för "
      "Kalmar län, Hallands län och Dalarnas län. Rapporten redovisar insatser, deltagare och "
      "rekommendationer inför 2026.")
    P("Beslut", h3)
    P("Regionala utvecklingsnämnden godkänner årsrapporten och överlämnar den till regionstyrelsen "
      "för kännedom.")
    P("§ 35 Dnr RUN 2025/118 Medfinansiering av projektet Grön omställning i Bergslagen", h2)
    P("Region Dalarna har ansökt om regional medfinansiering till projektet Grön omställning i "
      "Bergslagen. Förvaltningen föreslår att nämnden beviljar 2 400 000 kronor för perioden "
      "2026–2027. Erik Holm (SD) yrkar avslag, med instämmande av Anna Ek (M). Ordföranden ställer "
      "förvaltningens förslag mot avslagsyrkandet och finner att nämnden bifaller förvaltningens förslag.")
    P("Beslut", h3)
    P("Regionala utvecklingsnämnden beviljar medfinansiering med 2 400 000 kronor till projektet "
      "Grön omställning i Bergslagen för perioden 2026–2027.")
    P("Reservation", h3)
    P("Erik Holm (SD) och Anna Ek (M) reserverar sig mot beslutet till förmån för eget yrkande om "
      "avslag.")
    P("§ 36 Dnr RUN 2025/121 Analysuppdrag 2026 om kompetensbehov", h2)
    P("Analytiker Sofia Berg redogör för uppdragsbeskrivningen för ett gemensamt analysuppdrag om "
      "kompetensbehoven i de tre länen fram till 2035.")
    P("Beslut", h3)
    P("Regionala utvecklingsnämnden ger regiondirektören i uppdrag att genomföra analysuppdraget enligt "
      "uppdragsbeskrivningen. Slutrapporten ska redovisas för nämnden senast den 15 oktober 2026.")
    P("§ 37 Dnr RUN 2025/130 Sammanträdesplan 2026", h2)
    P("Förslag till sammanträdesplan för 2026 har skickats ut med kallelsen.")
    P("Beslut", h3)
    P("Regionala utvecklingsnämnden fastställer sammanträdesplanen för 2026. Första sammanträdet hålls "
      "den 12 februari 2026.")
    s.append(Spacer(1, 24))
    P("<b>Justeras</b>")
    s.append(Spacer(1, 18))
    P("Peter Wallin, ordförande&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Helena Strand, justerare")
    s.append(Spacer(1, 12))
    P("Vid protokollet: Lena Hedlund, nämndsekreterare")
    doc = SimpleDocTemplate(path, pagesize=A4, title="Protokoll RUN 2025-11-20",
                            leftMargin=2.5 * cm, rightMargin=2.5 * cm)
    doc.build(s)


# ---------------------------------------------------------------- 4. webinar TXT
WEBINAR = """Webbinarium: Så söker du medel ur den regionala kompetensplattformen
Datum: 2025-10-08
Medverkande: Maria Lindqvist (processledare, Region Kalmar län), Karin Sjöberg (Region Halland),
Johanna Falk (Region Dalarna). Moderator: Eva Grahn.

Frågor och svar från chatten (sammanställda i efterhand)

F: Kan privata företag söka medel direkt från plattformen?
S: Maria Lindqvist: Nej, inte som huvudsökande. Företag kan däremot delta som samverkanspartner i ett
projekt där en kommun, en region eller ett lärosäte är projektägare.

F: Hur stor måste medfinansieringen vara?
S: Minst 25 procent av projektets totala budget ska komma från andra källor än plattformen. Medfinansieringen
får utgöras av arbetstid.

F: När är sista ansökningsdag i nästa utlysning?
S: Karin Sjöberg: Sista ansökningsdag är den 15 februari 2026. Beslut om vilka projekt som beviljas
fattas i maj 2026.

F: Går det att söka för insatser i flera län samtidigt?
S: Ja, och det är en fördel. Projekt som omfattar minst två av de tre länen prioriteras vid bedömningen.

F: Vad räknas som validering i era projekt?
S: Johanna Falk: Vi utgår från samma definition som i årsrapporten, alltså en strukturerad bedömning av
kunskaper oavsett hur de förvärvats. Branschvalideringar räknas också.

F: Får man använda pengarna till lokalhyra?
S: Nej, lokalkostnader är inte stödberättigande. Undantag kan göras för lärcentrum i kommuner med färre
än 10 000 invånare.

F: Hur långa får projekten vara?
S: Maria Lindqvist: Högst 36 månader. Kortare förstudier på upp till sex månader går också att söka.

F: Finns det en mall för ansökan?
S: Ja, mallen finns på plattformens webbplats från den 1 december 2025.
"""


# ---------------------------------------------------------------- 5. project catalogue MD
def write_catalogue(path):
    out = ["# Projektkatalog – regional kompetensplattform", "",
           "Katalogen listar de projekt som finansieras helt eller delvis via plattformen. "
           "Budget avser total budget för hela projektperioden. Uppdaterad 2026-01-15.", ""]
    for name, lan, owner, start, end, contact, mail, desc in PROJECTS:
        out += [f"## {name}", "",
                desc, "",
                f"Projektägare: {owner}  ",
                f"Län: {lan}  ",
                f"Budget: {fmt(budget_total[name] * 1000)} kr  ",
                f"Period: {start} – {end}  ",
                f"Kontakt: {contact}, {mail}", ""]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    write_report(os.path.join(out, "kompetensplattform_arsrapport_2025.pdf"))
    write_docx(os.path.join(out, "uppdragsbeskrivning_analysuppdrag_2026.docx"))
    write_minutes(os.path.join(out, "protokoll_RUN_2025-11-20.pdf"))
    with open(os.path.join(out, "webbinarium_fragor_och_svar_2025-10-08.txt"), "w", encoding="utf-8") as f:
        f.write(WEBINAR)
    write_catalogue(os.path.join(out, "projektkatalog.md"))
    budget.to_csv(os.path.join(out, "projektbudget_per_ar.csv"), sep=";", index=False,
                  encoding="utf-8-sig")
    print("wrote", sorted(os.listdir(out)))


if __name__ == "__main__":
    main()
