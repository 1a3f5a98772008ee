"""Generate six realistic Swedish statistics files for fresh round 87 (seed 87)."""
import sys, os
import numpy as np
import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak)

OUT = sys.argv[1] if len(sys.argv) > 1 else "kb"
os.makedirs(OUT, exist_ok=True)
rng = np.random.default_rng(87)

# ---------------------------------------------------------------- 1 SCB XLSX
skane = [("1214","Svalöv",14),("1230","Staffanstorp",26),("1231","Burlöv",19),("1233","Vellinge",36),
 ("1256","Östra Göinge",14),("1257","Örkelljunga",10),("1260","Bjuv",16),("1261","Kävlinge",33),
 ("1262","Lomma",25),("1263","Svedala",23),("1264","Skurup",16),("1265","Sjöbo",19),("1266","Hörby",15),
 ("1267","Höör",17),("1270","Tomelilla",13),("1272","Bromölla",12),("1273","Osby",13),("1275","Perstorp",7),
 ("1276","Klippan",17),("1277","Åstorp",16),("1278","Båstad",15),("1280","Malmö",358),("1281","Lund",128),
 ("1282","Landskrona",46),("1283","Helsingborg",151),("1284","Höganäs",28),("1285","Eslöv",34),
 ("1286","Ystad",31),("1287","Trelleborg",46),("1290","Kristianstad",87),("1291","Simrishamn",19),
 ("1292","Ängelholm",43),("1293","Hässleholm",53)]
years = [2020, 2021, 2022, 2023, 2024]
wb = Workbook(); ws = wb.active; ws.title = "Tabell"
ws["A1"] = "Förvärvsarbetande 20–64 år (dagbefolkning enligt bostadsort) efter region, kön och år"
ws["A1"].font = Font(bold=True, size=12)
ws["A2"] = "Antal personer. Skåne län, kommuner"
ws.append([])
ws.append(["region", "kön"] + [str(y) for y in years])
for c in ws[4]: c.font = Font(bold=True)
for code, name, pop in skane:
    base = pop * 1000 * rng.uniform(0.66, 0.74) * 0.58   # 20-64 share * employment rate
    growth = rng.uniform(-0.004, 0.018)
    men = []; women = []
    for i, y in enumerate(years):
        t = base * (1 + growth) ** i * (0.985 if y == 2020 else 1.0) * rng.uniform(0.995, 1.005)
        share_m = rng.uniform(0.505, 0.53)
        m = int(round(t * share_m)); k = int(round(t * (1 - share_m)))
        men.append(m); women.append(k)
    ws.append([f"{code} {name}", "män"] + men)
    ws.append([f"{code} {name}", "kvinnor"] + women)
    ws.append([f"{code} {name}", "totalt"] + [m + k for m, k in zip(men, women)])
ws.append([])
ws.append(["Källa: SCB, Registerbaserad arbetsmarknadsstatistik (BAS). Uppgifterna avser november respektive år. 2024 års siffror är preliminära."])
ws.column_dimensions["A"].width = 24
wb.save(os.path.join(OUT, "scb_forvarvsarbetande_skane_2020_2024.xlsx"))

# ---------------------------------------------------------------- 2 Kolada CSV
kalmar = [("Torsås",7),("Mörbylånga",15),("Hultsfred",14),("Högsby",6),("Mönsterås",13),("Emmaboda",9),
          ("Kalmar",71),("Nybro",20),("Oskarshamn",27),("Västervik",37),("Vimmerby",16),("Borgholm",11)]
rows = []
kpi1 = "N00914 Invånare 25-64 år med eftergymnasial utbildning, andel (%)"
kpi2 = "N30811 Nettokostnad individ- och familjeomsorg, kr/inv"
for name, pop in kalmar:
    base_t = rng.uniform(24, 33) + (10 if name == "Kalmar" else 0)
    cost = rng.uniform(3900, 6200)
    for y in [2022, 2023, 2024]:
        t = base_t + (y - 2022) * rng.uniform(0.2, 0.8)
        k = t + rng.uniform(8, 13); m = t - rng.uniform(7, 11)
        for kon, v in (("T", t), ("K", k), ("M", m)):
            rows.append([f"{name} kommun", kpi1, kon, y, round(v, 1)])
        c = cost * (1 + 0.04) ** (y - 2022) * rng.uniform(0.97, 1.05)
        rows.append([f"{name} kommun", kpi2, "T", y, int(round(c))])
kol = pd.DataFrame(rows, columns=["Kommun", "KPI", "Kön", "År", "Värde"])
# a few missing values
for idx in [kol[(kol.Kommun=="Högsby kommun")&(kol.KPI==kpi1)&(kol.Kön=="M")&(kol.År==2024)].index[0],
            kol[(kol.Kommun=="Torsås kommun")&(kol.KPI==kpi2)&(kol.År==2022)].index[0],
            kol[(kol.Kommun=="Borgholm kommun")&(kol.KPI==kpi1)&(kol.Kön=="K")&(kol.År==2023)].index[0]]:
    kol.loc[idx, "Värde"] = np.nan
kol["Värde"] = kol["Värde"].astype(object)
kol.loc[kol.KPI==kpi2, "Värde"] = kol.loc[kol.KPI==kpi2, "Värde"].map(lambda v: "" if pd.isna(v) else str(int(v)))
kol.loc[kol.KPI==kpi1, "Värde"] = kol.loc[kol.KPI==kpi1, "Värde"].map(lambda v: "" if pd.isna(v) else f"{v:.1f}")
kol.to_csv(os.path.join(OUT, "kolada_kalmar_lan_2022_2024.csv"), sep=";", index=False, encoding="utf-8")

# ---------------------------------------------------------------- 3 Arbetsförmedlingen XLSX
gavle = [("2101","Ockelbo",5.9),("2104","Hofors",9.6),("2121","Ovanåker",11.6),("2132","Nordanstig",9.4),
         ("2161","Ljusdal",19.0),("2180","Gävle",103.0),("2181","Sandviken",39.8),("2182","Söderhamn",25.6),
         ("2183","Bollnäs",26.6),("2184","Hudiksvall",37.9)]
wb = Workbook(); ws = wb.active; ws.title = "Kommun"
ws["A1"] = "Inskrivna arbetslösa 16–64 år per kommun, Gävleborgs län (antal)"
ws["A1"].font = Font(bold=True, size=12)
ws.append([])
ws.append(["", "oktober 2025", None, None, "november 2025", None, None])
ws.merge_cells("B3:D3"); ws.merge_cells("E3:G3")
cats = ["Öppet arbetslösa", "Sökande i program med aktivitetsstöd", "Totalt inskrivna arbetslösa"]
ws.append(["Kommun"] + cats + cats)
for r in (3, 4):
    for c in ws[r]:
        c.font = Font(bold=True); c.alignment = Alignment(horizontal="center", wrap_text=True)
tot = np.zeros(6, dtype=int)
for code, name, pop in gavle:
    lab = pop * 1000 * 0.58
    rate = rng.uniform(0.065, 0.11)
    o1 = int(round(lab * rate * rng.uniform(0.42, 0.52)))
    p1 = int(round(lab * rate * rng.uniform(0.48, 0.58)))
    o2 = int(round(o1 * rng.uniform(0.97, 1.06)))
    p2 = int(round(p1 * rng.uniform(0.97, 1.05)))
    vals = [o1, p1, o1 + p1, o2, p2, o2 + p2]
    tot += np.array(vals)
    ws.append([name] + vals)
ws.append(["Gävleborgs län"] + [int(v) for v in tot])
for c in ws[ws.max_row]: c.font = Font(bold=True)
ws.append([])
ws.append(["Källa: Arbetsförmedlingen. Statistiken avser situationen vid månadens slut."])
ws.column_dimensions["A"].width = 18
wb.save(os.path.join(OUT, "af_inskrivna_arbetslosa_gavleborg_okt_nov_2025.xlsx"))

# ---------------------------------------------------------------- 4 Försäkringskassan CSV latin-1
lines = ["Ohälsotalet (antal dagar per registrerad försäkrad 16-64 år) per kommun och kön, Gävleborgs län",
         "Kommun;Kön;År;Ohälsotal"]
areas = [n for _, n, _ in gavle] + ["Riket"]
suppress = {("Ockelbo", "Män", 2021), ("Nordanstig", "Kvinnor", 2023)}
for a in areas:
    base = 21.0 if a == "Riket" else rng.uniform(23, 34)
    for y in [2021, 2022, 2023, 2024]:
        trend = base - (y - 2021) * rng.uniform(0.3, 1.0)
        kv = trend * rng.uniform(1.22, 1.35); ma = trend * rng.uniform(0.72, 0.80)
        both = (kv + ma) / 2
        for kon, v in (("Kvinnor", kv), ("Män", ma), ("Båda könen", both)):
            s = ".." if (a, kon, y) in suppress else f"{v:.1f}".replace(".", ",")
            lines.append(f"{a};{kon};{y};{s}")
with open(os.path.join(OUT, "fk_ohalsotal_gavleborg_2021_2024.csv"), "w", encoding="latin-1", newline="") as f:
    f.write("\r\n".join(lines) + "\r\n")

# ---------------------------------------------------------------- 5 PDF report
pdf_rows = []
for name, pop in kalmar:
    u25 = round(rng.uniform(4.8, 9.5), 1)
    u26 = round(u25 + rng.uniform(-0.9, 0.4), 1)
    emp = int(round(pop * 1000 * 0.46 * rng.uniform(0.95, 1.05), -1))
    pdf_rows.append([name, u25, u26, round(u26 - u25, 1), emp])
pdf_rows.sort(key=lambda r: r[0])
pdf_df = pd.DataFrame(pdf_rows, columns=["Kommun", "Arbetslöshet 2025 (%)", "Prognos 2026 (%)",
                                        "Förändring (procentenheter)", "Sysselsatta 2025"])
styles = getSampleStyleSheet()
body = styles["BodyText"]; h1 = styles["Title"]; h2 = styles["Heading2"]; cap = styles["Italic"]
def fmt(v):
    if isinstance(v, float):
        return f"{v:.1f}".replace(".", ",").replace("-", "−")
    if isinstance(v, (int, np.integer)):
        return f"{v:,}".replace(",", " ")
    return v
header = list(pdf_df.columns)
def table_for(rows):
    t = Table([header] + [[fmt(x) for x in r] for r in rows], repeatRows=1,
              colWidths=[3.6*cm, 3.2*cm, 3.0*cm, 3.6*cm, 3.0*cm])
    t.setStyle(TableStyle([("FONTNAME", (0,0), (-1,0), "Helvetica-Bold"), ("FONTSIZE", (0,0), (-1,-1), 8.5),
                           ("LINEBELOW", (0,0), (-1,0), 0.8, colors.black), ("ALIGN", (1,0), (-1,-1), "RIGHT"),
                           ("GRID", (0,0), (-1,-1), 0.25, colors.grey)]))
    return t
def on_page(c, doc):
    c.saveState(); c.setFont("Helvetica", 8)
    c.drawString(2*cm, A4[1]-1.2*cm, "Region Kalmar län – Arbetsmarknadsutsikter 2026")
    c.drawRightString(A4[0]-2*cm, A4[1]-1.2*cm, "Rapport 2025:14")
    c.drawString(2*cm, 1.2*cm, "Regional utveckling, Region Kalmar län")
    c.drawRightString(A4[0]-2*cm, 1.2*cm, f"Sida {doc.page} av 4")
    c.restoreState()
tot_emp = int(pdf_df["Sysselsatta 2025"].sum())
avg25 = pdf_df["Arbetslöshet 2025 (%)"].mean(); avg26 = pdf_df["Prognos 2026 (%)"].mean()
hi = pdf_df.loc[pdf_df["Arbetslöshet 2025 (%)"].idxmax()]; lo = pdf_df.loc[pdf_df["Arbetslöshet 2025 (%)"].idxmin()]
story = [Paragraph("Arbetsmarknadsutsikter Kalmar län 2026", h1),
         Paragraph("Bedömning för länets tolv kommuner", h2),
         Paragraph("Denna rapport sammanfattar läget på arbetsmarknaden i Kalmar län hösten 2025 och ger en "
                   "bedömning av utvecklingen under 2026. Underlaget bygger på Arbetsförmedlingens "
                   "registerdata, SCB:s arbetskraftsundersökningar och intervjuer med arbetsgivare i länet.", body),
         Spacer(1, 8),
         Paragraph(f"Arbetslösheten i länet uppgick i genomsnitt till {fmt(round(avg25,1))} procent under 2025 "
                   f"(oviktat medelvärde för kommunerna). För 2026 bedöms den sjunka till {fmt(round(avg26,1))} procent. "
                   f"Högst arbetslöshet hade {hi.Kommun} med {fmt(hi['Arbetslöshet 2025 (%)'])} procent och lägst "
                   f"{lo.Kommun} med {fmt(lo['Arbetslöshet 2025 (%)'])} procent.", body),
         Spacer(1, 8),
         Paragraph("Tabell 1. Nyckeltal för länet", cap)]
t1 = Table([["Nyckeltal", "2024", "2025", "Prognos 2026"],
            ["Antal lediga jobb (Platsbanken, årsmedel)", "6 410", "5 980", "6 350"],
            ["Varsel om uppsägning (antal personer)", "1 124", "1 387", "900"],
            ["Nystartade företag", "1 046", "1 102", "1 150"]], colWidths=[7*cm, 2.5*cm, 2.5*cm, 3*cm])
t1.setStyle(TableStyle([("FONTNAME", (0,0), (-1,0), "Helvetica-Bold"), ("FONTSIZE", (0,0), (-1,-1), 8.5),
                        ("GRID", (0,0), (-1,-1), 0.25, colors.grey), ("ALIGN", (1,0), (-1,-1), "RIGHT")]))
story += [t1, Paragraph("Källa: Arbetsförmedlingen och Bolagsverket, bearbetning Region Kalmar län.", body),
          Spacer(1, 10),
          Paragraph("Efterfrågan på arbetskraft väntas öka inom vård och omsorg, byggsektorn och besöksnäringen. "
                    "Tillverkningsindustrin i norra länsdelen har under 2025 påverkats av en svagare exportmarknad, "
                    "vilket syns i det ökade antalet varsel. Totalt varslades 1 387 personer under 2025, jämfört med "
                    "1 124 året innan.", body),
          PageBreak(),
          Paragraph("Kommunernas utveckling", h2),
          Paragraph(f"Tabell 2 visar registrerad arbetslöshet 2025 och prognosen för 2026 per kommun, samt antalet "
                    f"sysselsatta 2025. Totalt var {fmt(tot_emp)} personer sysselsatta i länets kommuner. "
                    "Förändringen anges i procentenheter.", body),
          Spacer(1, 6)]
for p in range(8):
    story.append(Paragraph("Arbetsgivarnas rekryteringsbehov varierar mellan kommunerna. I kustkommunerna är "
                           "säsongsvariationen stor, medan inlandskommunerna har en mer stabil men krympande "
                           "arbetskraft. Kompetensförsörjningen inom vård, skola och teknik är den största "
                           "utmaningen enligt de arbetsgivare som intervjuats.", body))
story += [Spacer(1, 6), Paragraph("Tabell 2. Arbetslöshet och sysselsättning per kommun", cap),
          table_for(pdf_rows[:7]), PageBreak(),
          Paragraph("Tabell 2 (forts.)", cap), table_for(pdf_rows[7:]),
          Paragraph("Källa: Arbetsförmedlingen (inskrivna arbetslösa som andel av registerbaserad arbetskraft) och SCB (BAS).", body),
          Spacer(1, 10),
          Paragraph("Prognosen bygger på antagandet att räntorna fortsätter att sjunka under 2026 och att "
                    "hushållens konsumtion återhämtar sig. Osäkerheten är dock stor.", body),
          PageBreak(), Paragraph("Slutsatser", h2),
          Paragraph("Sammantaget bedöms arbetsmarknaden i Kalmar län stärkas något under 2026. Antalet lediga "
                    "jobb väntas öka till omkring 6 350 och antalet varsel minska till cirka 900 personer. "
                    "Nyföretagandet väntas fortsätta öka till omkring 1 150 nya företag.", body)]
doc = SimpleDocTemplate(os.path.join(OUT, "arbetsmarknadsutsikter_kalmar_lan_2026.pdf"), pagesize=A4,
                        topMargin=2.2*cm, bottomMargin=2.2*cm, title="Arbetsmarknadsutsikter Kalmar län 2026")
doc.build(story, onFirstPage=on_page, onLaterPages=on_page)

# ---------------------------------------------------------------- 6 Register CSV
sni = ["47.111 Varuhandel", "62.010 Dataprogrammering", "43.210 Elinstallationer",
       "56.100 Restaurangverksamhet", "41.200 Byggande av hus", "96.021 Hårvård",
       "70.220 Konsultverksamhet avseende företags organisation", "49.410 Vägtransport, godstrafik"]
kom_w = {"Malmö": 14, "Lund": 7, "Helsingborg": 8, "Kristianstad": 5, "Ystad": 2, "Trelleborg": 3,
         "Landskrona": 3, "Hässleholm": 3, "Eslöv": 2, "Vellinge": 3, "Ängelholm": 3, "Höganäs": 2}
kn = list(kom_w); kp = np.array(list(kom_w.values()), float); kp /= kp.sum()
reg = []
for i in range(60):
    d = pd.Timestamp("2025-01-01") + pd.Timedelta(days=int(rng.integers(0, 334)))
    form = rng.choice(["Aktiebolag", "Enskild firma", "Handelsbolag"], p=[0.5, 0.4, 0.1])
    emp = int(rng.choice([0, 0, 0, 1, 1, 2, 3, 5, 8])) if form != "Enskild firma" else int(rng.choice([0, 0, 1]))
    cap_ = int(rng.choice([25000, 25000, 50000, 100000, 250000])) if form == "Aktiebolag" else \
           int(rng.choice([0, 5000, 10000, 20000, 30000]))
    reg.append([d.strftime("%Y-%m-%d"), rng.choice(kn, p=kp), rng.choice(sni), form, emp, cap_])
regdf = pd.DataFrame(reg, columns=["Registreringsdatum", "Kommun", "Bransch", "Företagsform",
                                   "Antal anställda", "Startkapital (kr)"]).sort_values("Registreringsdatum")
regdf.to_csv(os.path.join(OUT, "nyforetagande_skane_2025.csv"), index=False, encoding="utf-8")
print("wrote", sorted(os.listdir(OUT)))
