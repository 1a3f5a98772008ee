"""Create six realistic Swedish statistics files for fresh round 95."""
import sys, os
import numpy as np
import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
rng = np.random.default_rng(95)

# ---------- 1. SCB PxWeb style XLSX ----------
uppsala_kommuner = [("0305", "Håbo"), ("0319", "Älvkarleby"), ("0330", "Knivsta"), ("0331", "Heby"),
                    ("0360", "Tierp"), ("0380", "Uppsala"), ("0381", "Enköping"), ("0382", "Östhammar")]
size = {"Håbo": 9000, "Älvkarleby": 3400, "Knivsta": 7200, "Heby": 5100, "Tierp": 8600,
        "Uppsala": 125000, "Enköping": 21000, "Östhammar": 9800}
sni = [("A Jordbruk, skogsbruk och fiske", 0.025),
       ("B+C Tillverkning och utvinning", 0.11),
       ("D+E Energiförsörjning; miljöverksamhet", 0.012),
       ("F Byggverksamhet", 0.075),
       ("G Handel", 0.10),
       ("H Transport och magasinering", 0.045),
       ("I Hotell- och restaurangverksamhet", 0.03),
       ("J Information och kommunikation", 0.04),
       ("K Finans- och försäkringsverksamhet", 0.015),
       ("L+M+N Fastighetsverksamhet; företagstjänster", 0.11),
       ("O Offentlig förvaltning och försvar", 0.06),
       ("P Utbildning", 0.11),
       ("Q Vård och omsorg; sociala tjänster", 0.16),
       ("R+S+T+U Kulturella och personliga tjänster m.m.", 0.045),
       ("X Okänd verksamhet", 0.008)]
scb = {}
for code, name in uppsala_kommuner:
    tot = size[name]
    vals = []
    for lab, share in sni:
        s = share * rng.uniform(0.6, 1.4)
        vals.append(int(round(tot * s)))
    scb[f"{code} {name}"] = vals
scb_df = pd.DataFrame(scb, index=[s[0] for s in sni])
scb_df.loc["Total"] = scb_df.sum()
wb = Workbook(); ws = wb.active; ws.title = "Tabell"
ws["A1"] = ("Förvärvsarbetande 16-74 år med arbetsplats i regionen (dagbefolkning) (RAMS) "
            "efter region, näringsgren SNI 2007 och år")
ws["A1"].font = Font(bold=True)
ws.append([])
ws.append(["", "år"] + [""] * (len(uppsala_kommuner) - 1))
ws.append(["", "2024"] + [""] * (len(uppsala_kommuner) - 1))
ws.cell(row=3, column=2, value="2024")
ws.delete_rows(4)
ws.append(["näringsgren SNI 2007"] + list(scb_df.columns))
for idx, row in scb_df.iterrows():
    ws.append([idx] + [int(v) for v in row.values])
ws.append([])
ws.append(["Uppgifterna avser november 2024. Förvärvsarbetande enligt RAMS, dagbefolkning."])
ws.append(["Källa: SCB, Registerbaserad arbetsmarknadsstatistik (RAMS). Uttag 2025-10-14."])
wb.save(os.path.join(out, "scb_forvarvsarbetande_sni_uppsala_lan_2024.xlsx"))

# ---------- 2. Kolada CSV ----------
kol_rows = []
base_n00914 = {"0305": 82.1, "0319": 76.4, "0330": 85.3, "0331": 78.9, "0360": 79.6,
               "0380": 78.2, "0381": 80.7, "0382": 81.0}
base_n00959 = {"0305": 2.9, "0319": 5.1, "0330": 2.2, "0331": 4.3, "0360": 4.6,
               "0380": 4.4, "0381": 3.8, "0382": 3.6}
for code, _ in uppsala_kommuner:
    for yr in (2023, 2024):
        v1 = round(base_n00914[code] + (yr - 2023) * rng.uniform(-1.2, 0.8), 1)
        v2 = round(base_n00959[code] + (yr - 2023) * rng.uniform(-0.3, 0.9), 1)
        kol_rows.append({"kpi": "N00914", "kommun_id": code, "period": yr, "gender": "T", "value": v1})
        kol_rows.append({"kpi": "N00959", "kommun_id": code, "period": yr, "gender": "T", "value": v2})
kol = pd.DataFrame(kol_rows).sort_values(["kpi", "kommun_id", "period"])
kol["value"] = kol["value"].map(lambda x: f"{x:.1f}".replace(".", ","))
kol.to_csv(os.path.join(out, "kolada_export_uppsala_lan.csv"), sep=";", index=False,
           columns=["kpi", "kommun_id", "period", "gender", "value"])

# ---------- 3. Arbetsförmedlingen XLSX ----------
weeks = [f"2025v{w}" for w in range(36, 45)]
af_base = {"Uppsala län": 820, "Gävleborgs län": 760, "Västernorrlands län": 610}
af = {}
for lan, b in af_base.items():
    af[lan] = [int(round(b * rng.uniform(0.85, 1.15))) for _ in weeks]
af["Riket"] = [int(round(sum(af[l][i] for l in af_base) * rng.uniform(11.5, 12.5))) for i in range(len(weeks))]
af_df = pd.DataFrame(af, index=weeks).T
wb = Workbook(); ws = wb.active; ws.title = "Nyinskrivna"
ws["A1"] = "Nyinskrivna arbetssökande per vecka och län, 2025"
ws["A1"].font = Font(bold=True)
ws["A2"] = "Antal personer som skrivits in som arbetssökande under veckan"
ws.append([])
ws.append(["Län"] + weeks)
for lan, row in af_df.iterrows():
    ws.append([lan] + [int(v) for v in row.values])
ws.append([])
ws.append(["Källa: Arbetsförmedlingen, egen bearbetning. Veckonumrering enligt ISO 8601."])
wb.save(os.path.join(out, "af_nyinskrivna_per_vecka_2025.xlsx"))

# ---------- 4. Försäkringskassan CSV latin-1 ----------
diag = ["F Psykiska sjukdomar och syndrom samt beteendestörningar",
        "M Sjukdomar i muskuloskeletala systemet och bindväven",
        "Övriga diagnoser"]
fk_base = {("Gävleborgs län", "Kvinnor"): [2900, 1150, 1700], ("Gävleborgs län", "Män"): [1250, 780, 1150],
           ("Västernorrlands län", "Kvinnor"): [2350, 920, 1380], ("Västernorrlands län", "Män"): [1020, 640, 940]}
fk_rows = []
for (lan, kon), bases in fk_base.items():
    for d, b in zip(diag, bases):
        v = b * rng.uniform(0.9, 1.1)
        for per in ("2025-09", "2025-10"):
            fk_rows.append({"Län": lan, "Kön": kon, "Diagnoskapitel": d, "Månad": per,
                            "Antal pågående sjukfall": int(round(v))})
            v = v * rng.uniform(0.97, 1.06)
fk = pd.DataFrame(fk_rows)
fk.to_csv(os.path.join(out, "fk_pagaende_sjukfall_lan_diagnos.csv"), sep=";", index=False, encoding="latin-1")

# ---------- 5. PDF report ----------
vn = ["Härnösand", "Kramfors", "Sollefteå", "Sundsvall", "Timrå", "Ånge", "Örnsköldsvik"]
vn_size = {"Härnösand": 14000, "Kramfors": 10500, "Sollefteå": 11000, "Sundsvall": 57000,
           "Timrå": 10000, "Ånge": 5000, "Örnsköldsvik": 31000}
pdf_rows = []
for k in vn:
    lf_k = vn_size[k] * rng.uniform(0.46, 0.50)
    lf_m = vn_size[k] * rng.uniform(0.50, 0.54)
    ak = rng.uniform(0.045, 0.095); am = rng.uniform(0.05, 0.10)
    nk = int(round(lf_k * ak)); nm = int(round(lf_m * am))
    pdf_rows.append([k, nk, round(100 * nk / lf_k, 1), nm, round(100 * nm / lf_m, 1), lf_k, lf_m])
tot_k = sum(r[1] for r in pdf_rows); tot_m = sum(r[3] for r in pdf_rows)
lfk = sum(r[5] for r in pdf_rows); lfm = sum(r[6] for r in pdf_rows)
pdf_tot = ["Västernorrlands län", tot_k, round(100 * tot_k / lfk, 1), tot_m, round(100 * tot_m / lfm, 1)]
ss = getSampleStyleSheet()
sv = lambda n: f"{n:,}".replace(",", " ")
svp = lambda x: f"{x:.1f}".replace(".", ",")
doc = SimpleDocTemplate(os.path.join(out, "Arbetsmarknaden_i_Vasternorrland_hosten_2025.pdf"), pagesize=A4)
story = [Paragraph("Arbetsmarknaden i Västernorrland, hösten 2025", ss["Title"]),
         Paragraph("Regional analys, Region Västernorrland. Publicerad november 2025.", ss["Italic"]),
         Spacer(1, 12),
         Paragraph("Sammanfattning", ss["Heading2"]),
         Paragraph(f"I oktober 2025 var {sv(tot_k + tot_m)} personer i åldern 16–64 år inskrivna som arbetslösa "
                   f"(öppet arbetslösa och sökande i program med aktivitetsstöd) vid Arbetsförmedlingen i "
                   f"Västernorrlands län, varav {sv(tot_k)} kvinnor och {sv(tot_m)} män. Arbetslösheten bland kvinnor "
                   f"uppgick till {svp(pdf_tot[2])} procent och bland män till {svp(pdf_tot[4])} procent av den "
                   f"registerbaserade arbetskraften.", ss["BodyText"]),
         Spacer(1, 8),
         Paragraph("Efterfrågan på arbetskraft har dämpats under året, framför allt inom bygg och tillverkning. "
                   "Samtidigt fortsätter rekryteringsbehoven inom vård och omsorg samt utbildning att vara stora. "
                   "Antalet varsel i länet uppgick till 412 personer under januari–september 2025, jämfört med "
                   "538 personer under samma period 2024.", ss["BodyText"]),
         PageBreak(),
         Paragraph("Arbetslöshet per kommun", ss["Heading2"]),
         Paragraph("Tabell 1. Inskrivna arbetslösa 16–64 år efter kommun och kön, oktober 2025. "
                   "Andel i procent av den registerbaserade arbetskraften.", ss["BodyText"]),
         Spacer(1, 8)]
data = [["Kommun", "Kvinnor", "", "Män", ""], ["", "Antal", "Andel (%)", "Antal", "Andel (%)"]]
for r in pdf_rows:
    data.append([r[0], f"{r[1]:,}".replace(",", " "), f"{r[2]:.1f}".replace(".", ","),
                 f"{r[3]:,}".replace(",", " "), f"{r[4]:.1f}".replace(".", ",")])
data.append([pdf_tot[0], f"{pdf_tot[1]:,}".replace(",", " "), f"{pdf_tot[2]:.1f}".replace(".", ","),
             f"{pdf_tot[3]:,}".replace(",", " "), f"{pdf_tot[4]:.1f}".replace(".", ",")])
t = Table(data)
t.setStyle(TableStyle([("SPAN", (1, 0), (2, 0)), ("SPAN", (3, 0), (4, 0)), ("SPAN", (0, 0), (0, 1)),
                       ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                       ("BACKGROUND", (0, 0), (-1, 1), colors.lightgrey),
                       ("ALIGN", (1, 0), (-1, -1), "RIGHT"), ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold")]))
story += [t, Spacer(1, 6),
          Paragraph("Källa: Arbetsförmedlingen, inskrivna arbetslösa oktober 2025; SCB, registerbaserad arbetskraft. "
                    "Bearbetning: Region Västernorrland.", ss["Italic"]),
          PageBreak(),
          Paragraph("Utblick och bedömning", ss["Heading2"]),
          Paragraph("Arbetslösheten väntas ligga kvar på ungefär samma nivå under vintern. Region Västernorrland "
                    "bedömer att antalet sysselsatta i länet minskar med cirka 0,5 procent under 2025 för att "
                    "sedan öka svagt under 2026. Ungdomsarbetslösheten (18–24 år) låg i oktober på 11,8 procent, "
                    "vilket är 1,3 procentenheter högre än ett år tidigare.", ss["BodyText"]),
          Spacer(1, 8),
          Paragraph("Långtidsarbetslösheten är fortsatt en utmaning: 46 procent av de inskrivna arbetslösa i länet "
                    "har varit utan arbete i mer än tolv månader.", ss["BodyText"])]
doc.build(story)

# ---------- 6. Register XLSX ----------
insatser = ["Arbetsmarknadsutbildning", "Arbetsträning", "Praktik", "Studiemotiverande kurs", "Lönestöd"]
reg_kommuner = ["Sundsvall", "Timrå", "Härnösand", "Kramfors", "Örnsköldsvik"]
rows = []
for i in range(60):
    start = pd.Timestamp("2024-09-01") + pd.Timedelta(days=int(rng.integers(0, 400)))
    ongoing = rng.random() < 0.3
    if ongoing:
        slut = None; utfall = None
    else:
        slut = start + pd.Timedelta(days=int(rng.integers(30, 240)))
        if slut > pd.Timestamp("2025-10-31"):
            slut = None; utfall = None
        else:
            utfall = rng.choice(["Arbete", "Studier", "Fortsatt inskriven", "Okänt"], p=[0.38, 0.17, 0.33, 0.12])
    rows.append({"Deltagare": f"D{1001 + i}", "Kommun": rng.choice(reg_kommuner, p=[0.35, 0.15, 0.17, 0.13, 0.2]),
                 "Insats": rng.choice(insatser), "Startdatum": start.date(),
                 "Slutdatum": slut.date() if slut is not None else None, "Utfall": utfall})
reg = pd.DataFrame(rows)
with pd.ExcelWriter(os.path.join(out, "register_insatser_deltagare.xlsx"), engine="openpyxl") as w:
    reg.to_excel(w, index=False, sheet_name="Deltagare")
print("done")
