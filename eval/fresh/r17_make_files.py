"""Generate 6 invented Swedish statistics files for testing Kunskapsbanken.
Usage: python make_files.py [outdir]   (default: knowledge)"""
import sys, os, random
import numpy as np
import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment

out = sys.argv[1] if len(sys.argv) > 1 else "knowledge"
os.makedirs(out, exist_ok=True)
rng = np.random.default_rng(17)
random.seed(17)

def sv(x, dec=1):
    return f"{x:.{dec}f}".replace(".", ",")

# 1. SCB PxWeb CSV, cp1252, semicolons, decimal commas, title row, '..'
regions = ["00 Riket", "22 Västernorrlands län", "2260 Ånge", "2262 Timrå", "2280 Härnösand",
           "2281 Sundsvall", "2282 Kramfors", "2283 Sollefteå", "2284 Örnsköldsvik"]
years = [2019, 2020, 2021, 2022, 2023]
base_emp = {"00 Riket": 80.9, "22 Västernorrlands län": 80.2, "2260 Ånge": 77.4, "2262 Timrå": 79.6,
            "2280 Härnösand": 78.3, "2281 Sundsvall": 81.1, "2282 Kramfors": 76.9,
            "2283 Sollefteå": 77.8, "2284 Örnsköldsvik": 83.2}
base_ue = {"00 Riket": 6.8, "22 Västernorrlands län": 6.5, "2260 Ånge": 7.9, "2262 Timrå": 7.1,
           "2280 Härnösand": 7.6, "2281 Sundsvall": 6.4, "2282 Kramfors": 8.3,
           "2283 Sollefteå": 8.0, "2284 Örnsköldsvik": 4.6}
yshift_e = {2019: 0.0, 2020: -1.2, 2021: -0.6, 2022: 0.5, 2023: 0.8}
yshift_u = {2019: 0.0, 2020: 1.5, 2021: 1.0, 2022: -0.3, 2023: 0.2}
lines = ['"Sysselsättningsgrad och arbetslöshet 20-64 år efter region, mått och år"', '',
         '"region";"mått";' + ";".join(f'"{y}"' for y in years)]
for r in regions:
    vals = [sv(base_emp[r] + yshift_e[y] + rng.normal(0, 0.3)) for y in years]
    lines.append(f'"{r}";"sysselsättningsgrad, procent";' + ";".join(vals))
for r in regions:
    vals = [sv(max(2.0, base_ue[r] + yshift_u[y] + rng.normal(0, 0.3))) for y in years]
    if r == "2260 Ånge":
        vals[1] = ".."
    lines.append(f'"{r}";"arbetslöshet, procent";' + ";".join(vals))
lines += ['', '"Källa: SCB, Befolkningens arbetsmarknadsstatus (BAS)."',
          '"Förklaring: .. = uppgift saknas"']
with open(os.path.join(out, "scb_sysselsattning_arbetsloshet_vasternorrland.csv"), "w",
          encoding="cp1252", newline="\r\n") as f:
    f.write("\n".join(lines) + "\n")

# 2. Arbetsförmedlingen XLSX, varsel per län och månad (long), title row, Källa note
lan = ["Dalarnas län", "Gävleborgs län", "Västernorrlands län", "Jämtlands län",
       "Västerbottens län", "Norrbottens län"]
size = {"Dalarnas län": 180, "Gävleborgs län": 210, "Västernorrlands län": 160,
        "Jämtlands län": 70, "Västerbottens län": 150, "Norrbottens län": 120}
wb = Workbook(); ws = wb.active; ws.title = "Varsel 2024"
ws["A1"] = "Varsel om uppsägning per län och månad 2024"; ws["A1"].font = Font(bold=True, size=13)
ws.append([])
ws.append(["Län", "Månad", "Antal varslade personer", "Antal varsel (arbetsställen)"])
for l in lan:
    for m in range(1, 13):
        p = int(max(5, rng.poisson(size[l]) * (1.6 if m in (3, 10) else 1.0) + rng.integers(-30, 60)))
        n = int(max(1, p // rng.integers(12, 30)))
        ws.append([l, f"2024-{m:02d}", p, n])
ws.append([])
ws.append(["Källa: Arbetsförmedlingen. Varsel enligt lagen om vissa arbetsmarknadspolitiska åtgärder (1974:13)."])
wb.save(os.path.join(out, "af_varsel_lan_manad_2024.xlsx"))

# 3. Försäkringskassan XLSX, two header rows
komm = ["Berg", "Bräcke", "Härjedalen", "Krokom", "Ragunda", "Strömsund", "Åre", "Östersund"]
pop = {"Berg": 2100, "Bräcke": 1900, "Härjedalen": 3100, "Krokom": 4700, "Ragunda": 1600,
       "Strömsund": 3500, "Åre": 4200, "Östersund": 19800}
wb = Workbook(); ws = wb.active; ws.title = "Sjukfall"
ws["A1"] = "Pågående sjukfall med sjukpenning per kommun, Jämtlands län, december 2024"
ws["A1"].font = Font(bold=True)
ws.append(["", "Kvinnor", "", "Män", "", "Totalt", ""])
ws.append(["Kommun", "Antal", "Andel %", "Antal", "Andel %", "Antal", "Andel %"])
ws.merge_cells("B2:C2"); ws.merge_cells("D2:E2"); ws.merge_cells("F2:G2")
tk = tm = pk_t = pm_t = 0
for k in komm:
    pk = int(pop[k] * rng.uniform(0.95, 1.05)); pm = int(pop[k] * rng.uniform(1.0, 1.1))
    ak = int(pk * rng.uniform(0.045, 0.075)); am = int(pm * rng.uniform(0.022, 0.042))
    tk += ak; tm += am; pk_t += pk; pm_t += pm
    ws.append([k, ak, round(100 * ak / pk, 1), am, round(100 * am / pm, 1), ak + am,
               round(100 * (ak + am) / (pk + pm), 1)])
ws.append(["Jämtlands län", tk, round(100 * tk / pk_t, 1), tm, round(100 * tm / pm_t, 1), tk + tm,
           round(100 * (tk + tm) / (pk_t + pm_t), 1)])
ws.append([])
ws.append(["Andel % = andel av sjukpenningförsäkrade 16-64 år i kommunen."])
ws.append(["Källa: Försäkringskassan, MiDAS."])
wb.save(os.path.join(out, "fk_sjukfall_jamtland_dec2024.xlsx"))

# 4. Record-level CSV: företagsstöd beslut
kommuner = ["Falun", "Borlänge", "Mora", "Ludvika", "Avesta", "Leksand", "Rättvik", "Malung-Sälen"]
sni = [("10", "Livsmedelsframställning"), ("16", "Trävaruindustri"), ("25", "Metallvaruindustri"),
       ("55", "Hotell- och logiverksamhet"), ("56", "Restaurang-, catering- och barverksamhet"),
       ("62", "Dataprogrammering och datakonsultverksamhet"),
       ("71", "Arkitekt- och teknisk konsultverksamhet")]
stodformer = ["Investeringsstöd", "Konsultcheck", "Innovationscheck"]
rows = []
start = pd.Timestamp("2023-01-01")
for i in range(160):
    d = start + pd.Timedelta(days=int(rng.integers(0, 731)))
    k = kommuner[rng.integers(0, len(kommuner))]
    s = sni[rng.integers(0, len(sni))]
    f = stodformer[rng.choice(3, p=[0.5, 0.3, 0.2])]
    sokt = int(rng.integers(50, 1500)) if f == "Investeringsstöd" else int(rng.integers(20, 250))
    beviljat = rng.random() < 0.7
    bev = int(round(sokt * rng.uniform(0.5, 1.0))) if beviljat else 0
    rows.append({"Beslutsdatum": d, "Kommun": k, "SNI-kod": s[0], "Bransch": s[1], "Stödform": f,
                 "Sökt belopp (tkr)": sokt, "Beviljat belopp (tkr)": bev,
                 "Beslut": "Beviljat" if beviljat else "Avslag"})
df = pd.DataFrame(rows).sort_values("Beslutsdatum").reset_index(drop=True)
df.insert(0, "Diarienummer", [f"RD {d.year}-{i+101:04d}" for i, d in enumerate(df["Beslutsdatum"])])
df["Beslutsdatum"] = df["Beslutsdatum"].dt.strftime("%Y-%m-%d")
df.to_csv(os.path.join(out, "foretagsstod_beslut_dalarna_2023_2024.csv"), index=False, encoding="utf-8")

# 5. Utbildning XLSX: gymnasieelever per program och kommun, Summa row, percentages
prog = ["Barn- och fritidsprogrammet", "Bygg- och anläggningsprogrammet", "Ekonomiprogrammet",
        "El- och energiprogrammet", "Fordons- och transportprogrammet", "Naturvetenskapsprogrammet",
        "Samhällsvetenskapsprogrammet", "Teknikprogrammet", "Vård- och omsorgsprogrammet",
        "Introduktionsprogram"]
gk = ["Luleå", "Piteå", "Boden", "Kiruna", "Gällivare"]
gsize = {"Luleå": 2500, "Piteå": 1300, "Boden": 850, "Kiruna": 750, "Gällivare": 600}
pw = np.array([5, 5, 12, 7, 5, 13, 16, 14, 6, 9], dtype=float); pw /= pw.sum()
mat = {k: rng.multinomial(gsize[k], pw) for k in gk}
wb = Workbook(); ws = wb.active; ws.title = "Elever per program"
ws["A1"] = "Elever i gymnasieskolan per program och hemkommun, Norrbottens län, läsåret 2024/25"
ws["A2"] = "Urval: fem största kommunerna"
ws.append([])
ws.append(["Program"] + gk + ["Totalt", "Andel av totalt (%)"])
grand = sum(gsize.values())
for i, p in enumerate(prog):
    vals = [int(mat[k][i]) for k in gk]
    ws.append([p] + vals + [sum(vals), round(100 * sum(vals) / grand, 1)])
ws.append(["Summa"] + [gsize[k] for k in gk] + [grand, 100.0])
ws.append([])
ws.append(["Källa: Skolverket, bearbetning Region Norrbotten"])
wb.save(os.path.join(out, "gymnasieelever_program_norrbotten_2024.xlsx"))

# 6. Budget/prognos CSV: quarters + Helår, thousand spaces, BOM, semicolons
verks = ["Näringslivsutveckling", "Kompetensförsörjning", "Kollektivtrafik", "Kultur",
         "Folkhälsa", "EU-projekt och internationellt", "Administration"]
vbase = {"Näringslivsutveckling": 42000, "Kompetensförsörjning": 28000, "Kollektivtrafik": 165000,
         "Kultur": 61000, "Folkhälsa": 9500, "EU-projekt och internationellt": 14000,
         "Administration": 22000}
def tk(x):
    return f"{x:,}".replace(",", " ")
lines = ["Regionala utvecklingsnämnden, Region Västerbotten – budget och prognos 2025 (tkr)", "",
         "Verksamhet;Typ;Q1;Q2;Q3;Q4;Helår"]
budget = {}
for v in verks:
    q = [int(vbase[v] / 4 * rng.uniform(0.85, 1.15)) for _ in range(4)]
    budget[v] = q
for typ in ["Budget", "Prognos"]:
    tot = [0, 0, 0, 0]
    for v in verks:
        q = budget[v] if typ == "Budget" else [int(x * rng.uniform(0.9, 1.12)) for x in budget[v]]
        tot = [a + b for a, b in zip(tot, q)]
        lines.append(";".join([v, typ] + [tk(x) for x in q] + [tk(sum(q))]))
    lines.append(";".join(["Summa", typ] + [tk(x) for x in tot] + [tk(sum(tot))]))
lines += ["", "Prognos per 2025-08-31. Belopp i tusental kronor (tkr), nettokostnad."]
with open(os.path.join(out, "budget_prognos_run_2025.csv"), "w", encoding="utf-8-sig") as f:
    f.write("\n".join(lines) + "\n")
print("wrote files to", out)
