#!/usr/bin/env python
"""Write six realistic Swedish statistics files into OUT_DIR (seed 91)."""
import sys, os, datetime as dt
import numpy as np
import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Font

OUT = sys.argv[1]
os.makedirs(OUT, exist_ok=True)
rng = np.random.default_rng(91)

# ---------------- 1. SCB XLSX: Södermanland population change 2024
sorm = [("0428", "Vingåker", 9000), ("0461", "Gnesta", 11300), ("0480", "Nyköping", 58500),
        ("0481", "Oxelösund", 12100), ("0482", "Flen", 16300), ("0483", "Katrineholm", 34900),
        ("0484", "Eskilstuna", 107500), ("0486", "Strängnäs", 38200), ("0488", "Trosa", 14600)]
rows = []
for code, name, pop in sorm:
    fodda = int(pop * rng.uniform(0.0085, 0.0115))
    doda = int(pop * rng.uniform(0.0085, 0.0125))
    inf = int(pop * rng.uniform(0.045, 0.075))
    utf = int(inf + pop * rng.uniform(-0.012, 0.010))
    rows.append([f"{code} {name}", fodda, doda, fodda - doda, inf, utf, inf - utf,
                 (fodda - doda) + (inf - utf)])
tot = ["04 Södermanlands län"] + [sum(r[i] for r in rows) for i in range(1, 8)]
rows.append(tot)
wb = Workbook(); ws = wb.active; ws.title = "Tabell"
ws.append(["Befolkningsförändringar efter region och förändring. År 2024"])
ws["A1"].font = Font(bold=True)
ws.append([])
ws.append(["Region", "Födda", "Döda", "Födelseöverskott", "Inflyttade", "Utflyttade",
           "Flyttningsöverskott", "Folkökning"])
for r in rows:
    ws.append(r)
ws.append([])
ws.append(["Källa: SCB, befolkningsstatistik. Inflyttade och utflyttade avser flyttningar över kommungräns; "
           "länsraden är summan av kommunerna."])
wb.save(os.path.join(OUT, "SCB_befolkningsforandringar_Sodermanland_2024.xlsx"))

# ---------------- 2. Kolada CSV (semicolon, UTF-8, decimal point)
hall = [("1315", "Hylte", 10900), ("1380", "Halmstad", 104000), ("1381", "Laholm", 26000),
        ("1382", "Falkenberg", 47000), ("1383", "Varberg", 67000), ("1384", "Kungsbacka", 86000)]
k1 = "N00951 Invånare 20-64 år, antal"
k2 = "N03920 Förvärvsarbetande invånare 20-64 år, andel (%)"
k3 = "N07902 Påbörjade bostäder i nybyggda hus, antal/1000 inv"
krows = []
for code, name, pop in hall + [("0000", "Riket", 10550000)]:
    n2023 = int(pop * rng.uniform(0.53, 0.57))
    n2024 = int(n2023 * (1 + rng.uniform(-0.008, 0.015)))
    e2023 = round(rng.uniform(78.5, 86.5), 1)
    e2024 = round(e2023 + rng.uniform(-1.0, 0.8), 1)
    b2023 = round(rng.uniform(1.5, 7.5), 1)
    b2024 = round(b2023 + rng.uniform(-2.0, 1.5), 1)
    krows.append([code, name, 2023, n2023, e2023, b2023])
    krows.append([code, name, 2024, n2024, e2024, b2024])
kdf = pd.DataFrame(krows, columns=["Kommun-id", "Kommun", "År", k1, k2, k3])
with open(os.path.join(OUT, "kolada_halland_nyckeltal.csv"), "w", encoding="utf-8", newline="") as f:
    f.write(";".join(kdf.columns) + "\n")
    for r in kdf.itertuples(index=False):
        f.write(";".join([r[0], r[1], str(r[2]), str(r[3]), f"{r[4]:.1f}", f"{r[5]:.1f}"]) + "\n")

# ---------------- 3. Arbetsförmedlingen XLSX two sheets
sthlm = [("0114", "Upplands Väsby", 48000), ("0115", "Vallentuna", 35000), ("0117", "Österåker", 48000),
         ("0120", "Värmdö", 47000), ("0123", "Järfälla", 85000), ("0125", "Ekerö", 29000),
         ("0126", "Huddinge", 115000), ("0127", "Botkyrka", 97000), ("0128", "Salem", 17500),
         ("0136", "Haninge", 96000), ("0138", "Tyresö", 49000), ("0139", "Upplands-Bro", 31000),
         ("0140", "Nykvarn", 11500), ("0160", "Täby", 75000), ("0162", "Danderyd", 33000),
         ("0163", "Sollentuna", 76000), ("0180", "Stockholm", 985000), ("0181", "Södertälje", 102000),
         ("0182", "Nacka", 109000), ("0183", "Sundbyberg", 54000), ("0184", "Solna", 85000),
         ("0186", "Lidingö", 48000), ("0187", "Vaxholm", 12000), ("0188", "Norrtälje", 64000),
         ("0191", "Sigtuna", 51000), ("0192", "Nynäshamn", 29000)]
ant, andel = [], []
sumk = summ = sumrk = sumrm = 0
for code, name, pop in sthlm:
    reg_k = int(pop * rng.uniform(0.018, 0.045)); reg_m = int(pop * rng.uniform(0.02, 0.05))
    lk = int(reg_k * rng.uniform(0.22, 0.42)); lm = int(reg_m * rng.uniform(0.20, 0.40))
    ant.append([f"{code} {name}", lk, lm, lk + lm])
    andel.append([f"{code} {name}", round(100 * lk / reg_k, 1), round(100 * lm / reg_m, 1),
                  round(100 * (lk + lm) / (reg_k + reg_m), 1)])
    sumk += lk; summ += lm; sumrk += reg_k; sumrm += reg_m
ant.append(["01 Stockholms län", sumk, summ, sumk + summ])
andel.append(["01 Stockholms län", round(100 * sumk / sumrk, 1), round(100 * summ / sumrm, 1),
              round(100 * (sumk + summ) / (sumrk + sumrm), 1)])
wb = Workbook()
ws = wb.active; ws.title = "Antal"
ws.append(["Inskrivna arbetslösa med mer än 12 månader utan arbete (långtidsarbetslösa), antal, september 2025"])
ws.append(["Län/kommun", "Kvinnor", "Män", "Totalt"])
for r in ant: ws.append(r)
ws.append([]); ws.append(["Källa: Arbetsförmedlingen. Avser inskrivna arbetslösa 16–64 år i slutet av månaden."])
ws2 = wb.create_sheet("Andel (%)")
ws2.append(["Långtidsarbetslösa (>12 mån) som andel av inskrivna arbetslösa, procent, september 2025"])
ws2.append(["Län/kommun", "Kvinnor", "Män", "Totalt"])
for r in andel: ws2.append(r)
ws2.append([]); ws2.append(["Källa: Arbetsförmedlingen. Andel av samtliga inskrivna arbetslösa i respektive grupp."])
wb.save(os.path.join(OUT, "AF_langtidsarbetslosa_Stockholms_lan_sep2025.xlsx"))

# ---------------- 4. Försäkringskassan CSV (semicolon, Latin-1, decimal comma)
lan = ["01 Stockholms län", "03 Uppsala län", "04 Södermanlands län", "05 Östergötlands län",
       "06 Jönköpings län", "07 Kronobergs län", "08 Kalmar län", "09 Gotlands län", "10 Blekinge län",
       "12 Skåne län", "13 Hallands län", "14 Västra Götalands län", "17 Värmlands län", "18 Örebro län",
       "19 Västmanlands län", "20 Dalarnas län", "21 Gävleborgs län", "22 Västernorrlands län",
       "23 Jämtlands län", "24 Västerbottens län", "25 Norrbottens län"]
months = [f"2025-{m:02d}" for m in range(1, 10)]
fk = []
for l in lan:
    base = rng.uniform(7.5, 12.5)
    vals = [round(base + 0.08 * i + rng.normal(0, 0.12), 1) for i in range(9)]
    fk.append([l] + vals)
riket = ["Riket"] + [round(float(np.mean([r[i] for r in fk])), 1) for i in range(1, 10)]
fk.append(riket)
with open(os.path.join(OUT, "fk_sjukpenningtal_lan_2025.csv"), "w", encoding="latin-1", newline="") as f:
    f.write("Län;" + ";".join(months) + "\n")
    for r in fk:
        f.write(r[0] + ";" + ";".join(f"{v:.1f}".replace(".", ",") for v in r[1:]) + "\n")

# ---------------- 5. PDF report (reportlab)
from reportlab.lib.pagesizes import A4
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table,
                                TableStyle, PageBreak)
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
import glob
font = "Helvetica"; fontb = "Helvetica-Bold"
cands = glob.glob("/usr/share/fonts/**/DejaVuSans.ttf", recursive=True)
if cands:
    pdfmetrics.registerFont(TTFont("DejaVu", cands[0]))
    bold = cands[0].replace("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
    if os.path.exists(bold):
        pdfmetrics.registerFont(TTFont("DejaVu-Bold", bold)); fontb = "DejaVu-Bold"
    else:
        fontb = "DejaVu"
    font = "DejaVu"
ss = getSampleStyleSheet()
for s in ss.byName.values():
    s.fontName = font
ss["Title"].fontName = fontb; ss["Heading2"].fontName = fontb

def sv(n, dec=0):
    s = f"{abs(n):,.{dec}f}".replace(",", " ").replace(".", ",")
    return ("−" if n < 0 else "") + s

# Table data (own figures for the report)
pdf_tab = [  # kommun, befolkning 2024, förändring antal, sysselsättningsgrad %, förändring p.e., note
    ("Hylte", 10912, -38, 79.4, -0.6, "a)"),
    ("Halmstad", 104857, 1105, 80.1, 0.3, ""),
    ("Laholm", 26221, 214, 82.6, -0.2, ""),
    ("Falkenberg", 47295, 402, 83.0, 0.4, ""),
    ("Varberg", 67441, 866, 84.2, 0.1, "b)"),
    ("Kungsbacka", 86210, 532, 85.7, -0.3, ""),
]
tot_pop = sum(r[1] for r in pdf_tab); tot_ch = sum(r[2] for r in pdf_tab)

def header_footer(c, doc):
    c.saveState()
    c.setFont(font, 8)
    c.drawString(50, A4[1] - 35, "Region Halland · Årsrapport regional utveckling 2025")
    c.drawRightString(A4[0] - 50, A4[1] - 35, "Dnr RS 2025/0412")
    c.line(50, A4[1] - 40, A4[0] - 50, A4[1] - 40)
    c.drawString(50, 30, "Regional utveckling, Region Halland")
    c.drawRightString(A4[0] - 50, 30, f"Sida {doc.page} av 3")
    c.restoreState()

doc = BaseDocTemplate(os.path.join(OUT, "Arsrapport_regional_utveckling_Halland_2025.pdf"), pagesize=A4,
                      title="Årsrapport regional utveckling Halland 2025", author="Region Halland")
frame = Frame(50, 50, A4[0] - 100, A4[1] - 110)
doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=header_footer)])
P = lambda t, st="BodyText": Paragraph(t, ss[st])
story = [P("Årsrapport regional utveckling Halland 2025", "Title"),
         P("1. Sammanfattning", "Heading2"),
         P("Halland fortsätter att växa. Under 2024 ökade befolkningen i länet och sysselsättningsgraden "
           "ligger kvar på en hög nivå jämfört med riket. Tillväxten är dock ojämnt fördelad: kustkommunerna "
           "växer medan inlandet har en svagare utveckling. Rapporten beskriver läget i länets sex kommuner "
           "och pekar ut prioriteringar för det regionala utvecklingsarbetet 2026."),
         P("Rapporten bygger på uppgifter från SCB:s befolkningsstatistik och registerbaserade "
           "arbetsmarknadsstatistik (RAMS/BAS). Uppgifterna för 2024 är delvis preliminära."),
         P("2. Befolkning", "Heading2"),
         P(f"Vid utgången av 2024 hade Halland {sv(tot_pop)} invånare, en ökning med {sv(tot_ch)} personer "
           "jämfört med året innan. Störst ökning i antal hade Halmstad, där befolkningen ökade med "
           "1 150 personer, följt av Varberg. Hylte är den enda kommunen i länet som minskade."),
         PageBreak(),
         P("3. Nyckeltal per kommun", "Heading2"),
         P("Tabell 1. Befolkning och sysselsättning per kommun 2024")]
data = [["Kommun", "Befolkning\n31 dec 2024", "Förändring\nfrån 2023", "Sysselsättnings-\ngrad 20–64 år, %",
         "Förändring,\nprocentenheter"]]
for k, b, ch, sg, d, note in pdf_tab:
    data.append([f"{k} {note}".strip(), sv(b), sv(ch), sv(sg, 1), sv(d, 1)])
data.append(["Hallands län", sv(tot_pop), sv(tot_ch), "83,4", "0,0"])
t = Table(data, colWidths=[95, 85, 75, 110, 90])
t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("FONTNAME", (0, 0), (-1, 0), fontb),
                       ("FONTSIZE", (0, 0), (-1, -1), 9), ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
                       ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                       ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black)]))
story += [t, Spacer(1, 8),
          P("a) Preliminära uppgifter för 2024.<br/>b) Inklusive justering för felregistrerade flyttningar.<br/>"
            "Källa: SCB, befolkningsstatistik och BAS. Bearbetning: Region Halland."),
          Spacer(1, 12),
          P("Sysselsättningsgraden sjönk i tre av sex kommuner. Hylte har den lägsta sysselsättningsgraden "
            "i länet och minskade mest, medan Kungsbacka har den högsta nivån."),
          PageBreak(),
          P("4. Prioriteringar 2026", "Heading2"),
          P("Region Halland prioriterar under 2026 kompetensförsörjning i inlandet, förbättrade "
            "kollektivtrafikförbindelser mellan Hylte och Halmstad samt insatser för att öka "
            "sysselsättningen bland utrikes födda kvinnor."),
          P("Uppföljning sker halvårsvis i regionala utvecklingsnämnden. Nästa årsrapport publiceras i maj 2026.")]
doc.build(story)

# ---------------- 6. Register XLSX: course participants
kurser = ["Svenska för yrkeslivet", "Digital grundkurs", "Truckkort A+B", "Projektledning steg 1",
          "Vård- och omsorgsintroduktion"]
kommuner = ["Nyköping", "Eskilstuna", "Katrineholm", "Flen", "Strängnäs", "Trosa"]
timmar_per_kurs = {"Svenska för yrkeslivet": 120, "Digital grundkurs": 24, "Truckkort A+B": 16,
                   "Projektledning steg 1": 40, "Vård- och omsorgsintroduktion": 80}
reg = []
for i in range(70):
    kurs = kurser[rng.integers(0, 5)]
    status = rng.choice(["Avslutad", "Avbrott", "Pågående"], p=[0.55, 0.15, 0.30])
    full = timmar_per_kurs[kurs]
    if status == "Avslutad":
        tim = full
    elif status == "Avbrott":
        tim = int(full * rng.uniform(0.1, 0.6))
    else:
        tim = int(full * rng.uniform(0.2, 0.9))
    start = dt.date(2025, 1, 13) + dt.timedelta(days=int(rng.integers(0, 260)))
    reg.append([f"D-{2025}{i + 1:03d}", kurs, kommuner[rng.integers(0, 6)], rng.choice(["Kvinna", "Man"]),
                int(rng.integers(19, 64)), start, str(status), tim])
wb = Workbook(); ws = wb.active; ws.title = "Deltagare"
ws.append(["Deltagar-id", "Kurs", "Kommun", "Kön", "Ålder", "Startdatum", "Status", "Timmar"])
for r in reg:
    ws.append(r)
for c in ws["F"][1:]:
    c.number_format = "yyyy-mm-dd"
wb.save(os.path.join(OUT, "kursdeltagare_register_2025.xlsx"))
print("wrote", sorted(os.listdir(OUT)))
