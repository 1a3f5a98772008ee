#!/usr/bin/env python
"""Create six realistic Swedish statistics files for round 85."""
import sys, os, datetime as dt
import numpy as np
import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Font

OUT = sys.argv[1] if len(sys.argv) > 1 else "kb"
os.makedirs(OUT, exist_ok=True)
rng = np.random.default_rng(85)

VARMLAND = {"Arvika": 26000, "Eda": 8500, "Filipstad": 10400, "Forshaga": 11600, "Grums": 9000,
            "Hagfors": 11400, "Hammarö": 16800, "Karlstad": 95000, "Kil": 12000,
            "Kristinehamn": 24300, "Munkfors": 3600, "Storfors": 4000, "Sunne": 13200,
            "Säffle": 15500, "Torsby": 11500, "Årjäng": 10000}
OREBRO = ["Askersund", "Degerfors", "Hallsberg", "Hällefors", "Karlskoga", "Kumla", "Laxå",
          "Lekeberg", "Lindesberg", "Ljusnarsberg", "Nora", "Örebro"]
VG = ["Alingsås", "Borås", "Falköping", "Göteborg", "Kungälv", "Lerum", "Lidköping", "Mariestad",
      "Mölndal", "Partille", "Skövde", "Stenungsund", "Trollhättan", "Uddevalla", "Vänersborg"]

# 1. SCB --------------------------------------------------------------------
bands = ["0–19 år", "20–64 år", "65–79 år", "80+ år"]
wb = Workbook(); wb.remove(wb.active)
base = {}
for k, tot in VARMLAND.items():
    sh = np.array([0.21, 0.54, 0.17, 0.07]) + rng.normal(0, 0.01, 4)
    sh = sh / sh.sum()
    base[k] = np.round(tot * sh).astype(int)
for year in ["2023", "2024"]:
    ws = wb.create_sheet(year)
    ws.append([f"Folkmängd efter ålder och kommun, Värmlands län, 31 december {year}"])
    ws["A1"].font = Font(bold=True)
    ws.append([])
    ws.append(["Ålder"] + list(VARMLAND) + ["Värmlands län"])
    vals = {}
    for k in VARMLAND:
        if year == "2023":
            vals[k] = base[k]
        else:
            vals[k] = np.round(base[k] * (1 + rng.normal([-0.005, -0.004, 0.01, 0.03], 0.01))).astype(int)
        base[k] = vals[k]
    for i, b in enumerate(bands):
        row = [int(vals[k][i]) for k in VARMLAND]
        ws.append([b] + row + [sum(row)])
    tot = [int(vals[k].sum()) for k in VARMLAND]
    ws.append(["Totalt"] + tot + [sum(tot)])
    ws.append([])
    ws.append(["Källa: SCB, Befolkningsstatistik"])
wb.save(os.path.join(OUT, "scb_folkmangd_varmland_2023_2024.xlsx"))

# 2. Kolada -----------------------------------------------------------------
kpis = [("N00914", "Invånare 0-19 år, andel (%)", lambda: round(rng.uniform(19.5, 24.5), 1)),
        ("N00920", "Invånare 65+ år, andel (%)", lambda: round(rng.uniform(18, 29), 1)),
        ("N01951", "Invånare totalt, antal", None),
        ("U09400", "Nettokostnad grundskola, kr/elev", lambda: int(rng.integers(112000, 142000))),
        ("N15428", "Elever i åk 9 behöriga till yrkesprogram, andel (%)", lambda: round(rng.uniform(72, 91), 1))]
pops = {"Askersund": 11400, "Degerfors": 9400, "Hallsberg": 16000, "Hällefors": 6900,
        "Karlskoga": 30500, "Kumla": 22300, "Laxå": 5600, "Lekeberg": 8600, "Lindesberg": 23700,
        "Ljusnarsberg": 4800, "Nora": 10700, "Örebro": 158000}
wb = Workbook(); ws = wb.active; ws.title = "Kolada 2024"
ws.append(["", ""] + [k[0] for k in kpis])
ws.append(["Kommun", "År"] + [k[1] for k in kpis])
for m in OREBRO + ["Riket"]:
    row = [m, 2024]
    for kid, name, f in kpis:
        if kid == "N01951":
            row.append(pops[m] + int(rng.integers(-300, 300)) if m != "Riket" else 10587710)
        else:
            row.append(f())
    ws.append(row)
wb.save(os.path.join(OUT, "kolada_orebro_lan_2024.xlsx"))

# 3. Arbetsförmedlingen ----------------------------------------------------
months = ["jan-25", "feb-25", "mar-25", "apr-25", "maj-25", "jun-25"]
lines = ["Inskrivna arbetslösa som andel av den registerbaserade arbetskraften 16-64 år;;;;;;",
         "Västra Götalands län, januari-juni 2025;;;;;;",
         "Kommun;" + ";".join(months)]
levels = {}
for m in VG:
    lvl = rng.uniform(3.8, 10.5)
    series = lvl + np.cumsum(rng.normal(0, 0.2, 6))
    levels[m] = np.round(series, 1)
county = np.round(np.mean([levels[m] for m in VG], axis=0) + 0.3, 1)
levels["Västra Götalands län"] = county
def pct(x):
    return f"{x:.1f}".replace(".", ",") + " %"
for m, s in levels.items():
    lines.append(m + ";" + ";".join(pct(v) for v in s))
lines.append("Källa: Arbetsförmedlingen;;;;;;")
with open(os.path.join(OUT, "af_arbetsloshet_vg_2025.csv"), "w", encoding="cp1252", newline="") as f:
    f.write("\r\n".join(lines) + "\r\n")

# 4. Försäkringskassan ------------------------------------------------------
lan = {"Stockholms län": 2450000, "Uppsala län": 400000, "Södermanlands län": 300000,
       "Östergötlands län": 470000, "Jönköpings län": 370000, "Kronobergs län": 205000,
       "Kalmar län": 250000, "Gotlands län": 61000, "Blekinge län": 157000, "Skåne län": 1410000,
       "Hallands län": 340000, "Västra Götalands län": 1750000, "Värmlands län": 283000,
       "Örebro län": 306000, "Västmanlands län": 280000, "Dalarnas län": 288000,
       "Gävleborgs län": 288000, "Västernorrlands län": 245000, "Jämtlands län": 132000,
       "Västerbottens län": 275000, "Norrbottens län": 250000}
ages = ["16-29 år", "30-39 år", "40-49 år", "50-59 år", "60-64 år"]
aw = np.array([0.14, 0.23, 0.26, 0.26, 0.11])
rows = []
for l, p in lan.items():
    total = p * 0.021
    for a, w in zip(ages, aw):
        t = total * w * rng.uniform(0.9, 1.1)
        k = int(round(t * rng.uniform(0.6, 0.68)))
        mm = int(round(t)) - k
        ch = int(round((k + mm) * rng.normal(-0.02, 0.05)))
        rows.append({"Månad": "2024-12", "Län": l, "Åldersgrupp": a, "Kvinnor": k, "Män": mm,
                     "Totalt": k + mm, "Förändring mot föregående år (antal)": ch})
pd.DataFrame(rows).to_csv(os.path.join(OUT, "fk_sjukpenning_lan_alder_dec2024.csv"),
                          index=False, encoding="utf-8", quoting=1)

# 5. PDF --------------------------------------------------------------------
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib import colors
from reportlab.lib.units import cm

def sv_int(n):
    return f"{n:,}".replace(",", ".")
def sv_dec(x, d=1):
    return f"{x:.{d}f}".replace(".", ",")

pdf_rows = []
for m in OREBRO:
    f_ = int(pops[m] * rng.uniform(0.085, 0.11))
    ny = int(f_ * rng.uniform(0.06, 0.09))
    syss = int(pops[m] * rng.uniform(0.38, 0.5))
    opt = round(rng.uniform(28, 55), 1)
    pdf_rows.append([m, f_, ny, syss, opt])
tot_f = sum(r[1] for r in pdf_rows); tot_ny = sum(r[2] for r in pdf_rows)
tot_s = sum(r[3] for r in pdf_rows)
tot_opt = round(float(np.mean([r[4] for r in pdf_rows])), 1)

styles = getSampleStyleSheet()
def on_page(c, doc):
    c.saveState(); c.setFont("Helvetica", 8)
    c.drawString(2 * cm, A4[1] - 1.2 * cm, "Näringslivsbarometer Örebro län 2025")
    c.drawRightString(A4[0] - 2 * cm, A4[1] - 1.2 * cm, "Region Örebro län – Regional utveckling")
    c.drawString(2 * cm, 1.2 * cm, "Rapport 2025:3")
    c.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Sida {doc.page} av 3")
    c.restoreState()
doc = SimpleDocTemplate(os.path.join(OUT, "naringslivsbarometer_orebro_lan_2025.pdf"), pagesize=A4,
                        topMargin=2.2 * cm, bottomMargin=2.2 * cm, title="Näringslivsbarometer Örebro län 2025")
story = [Paragraph("Näringslivsbarometer Örebro län 2025", styles["Title"]),
         Paragraph("Sammanfattning", styles["Heading2"]),
         Paragraph(f"Näringslivet i Örebro län visar en försiktig återhämtning. Vid utgången av 2024 fanns "
                   f"{sv_int(tot_f)} aktiva företag i länet och under året startades {sv_int(tot_ny)} nya "
                   f"företag. Antalet sysselsatta i länets företag uppgick till {sv_int(tot_s)} personer. "
                   f"I genomsnitt bedömde {sv_dec(tot_opt)} procent av de tillfrågade företagen att "
                   f"konjunkturen kommer att förbättras under de kommande tolv månaderna.", styles["BodyText"]),
         Spacer(1, 8),
         Paragraph("Enkäten besvarades av 1.137 företag, vilket motsvarar en svarsfrekvens på 41,8 procent. "
                   "Andelen företag som uppger brist på kompetens som det största tillväxthindret ökade från "
                   "33,4 procent 2024 till 37,9 procent 2025.", styles["BodyText"]),
         Spacer(1, 8)]
for i in range(6):
    story.append(Paragraph("Barometern bygger på en enkät som skickats till ett urval av företag med minst en "
                           "anställd i länets tolv kommuner. Resultaten ska tolkas med viss försiktighet för "
                           "kommuner med få svarande företag, där enstaka svar kan påverka andelarna tydligt. "
                           "Regionen följer utvecklingen i nära dialog med kommunernas näringslivsfunktioner.",
                           styles["BodyText"]))
    story.append(Spacer(1, 6))
story.append(PageBreak())
story.append(Paragraph("Företag och sysselsättning per kommun", styles["Heading2"]))
story.append(Paragraph("Tabell 1 visar antal aktiva företag, nystartade företag och sysselsatta per kommun "
                       "2024 samt andelen företag som tror på en förbättrad konjunktur 2025.", styles["BodyText"]))
story.append(Spacer(1, 8))
data = [["Kommun", "Aktiva företag\n2024", "Nystartade\nföretag 2024", "Sysselsatta\n2024", "Optimistiska\nföretag (%)"]]
for r in pdf_rows:
    data.append([r[0], sv_int(r[1]), sv_int(r[2]), sv_int(r[3]), sv_dec(r[4])])
data.append(["Örebro län", sv_int(tot_f), sv_int(tot_ny), sv_int(tot_s), sv_dec(tot_opt)])
t = Table(data, colWidths=[3.5 * cm, 3 * cm, 3 * cm, 3 * cm, 3 * cm])
t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                       ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                       ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
                       ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold")]))
story.append(t)
story.append(Spacer(1, 4))
story.append(Paragraph("<i>Källa: SCB Företagsregistret, Bolagsverket och Region Örebro läns företagsenkät 2025.</i>",
                       styles["BodyText"]))
story.append(PageBreak())
story.append(Paragraph("Utsikter och rekommendationer", styles["Heading2"]))
story.append(Paragraph("Regionen bedömer att tillväxten i länet under 2025 blir 1,4 procent, att jämföra med "
                       "0,6 procent 2024. Besöksnäringen och logistiksektorn väntas växa mest, medan "
                       "tillverkningsindustrin fortsatt påverkas av en svag exportefterfrågan.", styles["BodyText"]))
for i in range(4):
    story.append(Spacer(1, 6))
    story.append(Paragraph("Rekommendationerna omfattar fortsatt satsning på kompetensförsörjning, snabbare "
                           "handläggning av bygglov samt ett utökat samarbete mellan kommunerna kring "
                           "etableringsfrågor.", styles["BodyText"]))
doc.build(story, onFirstPage=on_page, onLaterPages=on_page)

# 6. Register lönebidrag -----------------------------------------------------
kommuner = ["Örebro", "Karlskoga", "Kumla", "Lindesberg", "Hallsberg", "Karlstad", "Kristinehamn", "Arvika"]
wb = Workbook(); ws = wb.active; ws.title = "Beslut"
ws.append(["Beslutsdatum", "Kommun", "Arbetsgivartyp", "Kön", "Ålder", "Bidrag per månad", "Antal månader"])
start = dt.date(2024, 1, 8)
for i in range(50):
    d = start + dt.timedelta(days=int(rng.integers(0, 540)))
    amt = int(rng.integers(16, 40)) * 500
    ws.append([d, str(rng.choice(kommuner, p=[.3, .14, .1, .1, .08, .14, .08, .06])),
               str(rng.choice(["Privat", "Offentlig", "Ideell"], p=[.5, .3, .2])),
               str(rng.choice(["Kvinna", "Man"])), int(rng.integers(22, 64)),
               f"{amt:,}".replace(",", " ") + " kr", int(rng.choice([6, 12, 12, 24]))])
    ws.cell(row=ws.max_row, column=1).number_format = "yyyy-mm-dd"
ws.column_dimensions["A"].width = 12
wb.save(os.path.join(OUT, "register_lonebidrag_2024_2025.xlsx"))
print("written to", OUT)
