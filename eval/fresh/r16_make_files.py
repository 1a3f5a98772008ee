"""Generate 6 invented Swedish statistics files for testing Kunskapsbanken.

Usage: python make_files.py [outdir]   (default: knowledge)
All figures are invented. Fixed random seed.
"""
import sys
from pathlib import Path

import numpy as np
import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Font

SEED = 16
rng = np.random.default_rng(SEED)

OUT = Path(sys.argv[1] if len(sys.argv) > 1 else "knowledge")
OUT.mkdir(parents=True, exist_ok=True)


def sv(x, dec=1):
    """Swedish decimal comma."""
    return f"{x:.{dec}f}".replace(".", ",")


# ---------------------------------------------------------------- 1. SCB PxWeb CSV (cp1252)
skane = [("1280", "Malmö", 4200), ("1281", "Lund", 4700), ("1282", "Landskrona", 2450),
         ("1283", "Helsingborg", 3650), ("1284", "Höganäs", 4050), ("1285", "Eslöv", 2600),
         ("1286", "Ystad", 3100), ("1287", "Trelleborg", 2750), ("1290", "Kristianstad", 2350),
         ("1291", "Simrishamn", 2900), ("1292", "Ängelholm", 3400), ("1293", "Hässleholm", 2050),
         ("1256", "Östra Göinge", 1450), ("1257", "Örkelljunga", 1600)]
quarters = [f"{y}K{q}" for y in (2023, 2024) for q in (1, 2, 3, 4)]
rows = []
scb_values = {}
for code, name, base in skane:
    trend = rng.uniform(-0.01, 0.025)
    vals = []
    for i, _q in enumerate(quarters):
        v = base * (1 + trend * i) * rng.uniform(0.97, 1.03)
        vals.append(round(v, 1))
    scb_values[f"{code} {name}"] = vals
# a few missing values (too few sales)
scb_values["1256 Östra Göinge"][1] = None
scb_values["1257 Örkelljunga"][4] = None
scb_values["1257 Örkelljunga"][6] = None
# county row = mean of available (simple)
lan_vals = []
for i in range(len(quarters)):
    xs = [v[i] for v in scb_values.values() if v[i] is not None]
    lan_vals.append(round(float(np.mean(xs)) * 1.02, 1))
with open(OUT / "scb_smahuspriser_skane_kvartal.csv", "w", encoding="cp1252", newline="") as f:
    f.write('"Fastighetspriser och lagfarter: Permanenta småhus, köpeskilling medelvärde i tkr '
            'efter region och kvartal"\r\n')
    f.write("\r\n")
    f.write('"region";' + ";".join(f'"{q}"' for q in quarters) + "\r\n")
    f.write('"12 Skåne län";' + ";".join(sv(v) for v in lan_vals) + "\r\n")
    for reg, vals in scb_values.items():
        f.write(f'"{reg}";' + ";".join(".." if v is None else sv(v) for v in vals) + "\r\n")
    f.write("\r\n")
    f.write('"Uppgifterna avser köp av permanenta småhus, lagfarna under perioden. '
            '.. = uppgift saknas (för få köp)."\r\n')

# ---------------------------------------------------------------- 2. Arbetsförmedlingen XLSX
jkpg = [("Aneby", 3900), ("Eksjö", 9700), ("Gislaved", 16300), ("Gnosjö", 5300), ("Habo", 7300),
        ("Jönköping", 90500), ("Mullsjö", 4300), ("Nässjö", 18200), ("Sävsjö", 6400),
        ("Tranås", 10800), ("Vaggeryd", 8000), ("Vetlanda", 15800), ("Värnamo", 20000)]
months = ["Januari 2025", "Februari 2025", "Mars 2025"]
wb = Workbook()
wb.remove(wb.active)
base_rate = {k: rng.uniform(3.5, 9.5) for k, _ in jkpg}
for mi, month in enumerate(months):
    ws = wb.create_sheet(month)
    ws.append([f"Inskrivna arbetslösa i Jönköpings län, {month.lower()}"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(["Antal och andel (%) av den registerbaserade arbetskraften 16–64 år"])
    ws.append([])
    ws.append(["Kommun", "Inskrivna arbetslösa totalt, antal", "Inskrivna arbetslösa totalt, %",
               "Unga 18–24 år, antal", "Unga 18–24 år, %", "Utrikes födda, antal",
               "Utrikes födda, %", "Långtidsarbetslösa (>12 mån), antal"])
    tot = np.zeros(7)
    body = []
    for k, ak in jkpg:
        r = base_rate[k] * (1 + 0.03 * mi) * rng.uniform(0.97, 1.03)
        n = int(round(ak * r / 100))
        ak_u = int(ak * rng.uniform(0.08, 0.11))
        n_u = int(round(ak_u * r * rng.uniform(1.05, 1.4) / 100))
        ak_f = int(ak * rng.uniform(0.12, 0.25))
        n_f = int(round(ak_f * r * rng.uniform(2.0, 3.2) / 100))
        n_l = int(round(n * rng.uniform(0.3, 0.45)))
        body.append([k, n, round(100 * n / ak, 1), n_u, round(100 * n_u / ak_u, 1), n_f,
                     round(100 * n_f / ak_f, 1), n_l])
        tot += np.array([n, ak, n_u, ak_u, n_f, ak_f, n_l])
    ws.append(["Jönköpings län", int(tot[0]), round(100 * tot[0] / tot[1], 1), int(tot[2]),
               round(100 * tot[2] / tot[3], 1), int(tot[4]), round(100 * tot[4] / tot[5], 1),
               int(tot[6])])
    for b in body:
        ws.append(b)
    ws.append([])
    ws.append(["Källa: Arbetsförmedlingen, månadsstatistik. Bearbetning: Region Jönköpings län."])
    ws.column_dimensions["A"].width = 18
wb.save(OUT / "af_inskrivna_arbetslosa_jonkopings_lan_2025.xlsx")

# ---------------------------------------------------------------- 3. Försäkringskassan long CSV
lan = [("Stockholms län", 7.2), ("Uppsala län", 8.4), ("Södermanlands län", 10.6),
       ("Östergötlands län", 9.5), ("Jönköpings län", 9.8), ("Skåne län", 8.9),
       ("Västra Götalands län", 9.9), ("Örebro län", 10.9), ("Västerbottens län", 10.2),
       ("Norrbottens län", 11.3)]
fk_rows = []
for y in (2021, 2022, 2023, 2024):
    tot_k = tot_m = 0
    for l, b in lan:
        lvl = b * (1 + 0.025 * (y - 2021)) * rng.uniform(0.97, 1.03)
        k = round(lvl * rng.uniform(1.28, 1.42), 1)
        m = round(lvl * rng.uniform(0.62, 0.72), 1)
        t = round((k + m) / 2, 1)
        fk_rows += [(y, l, "Kvinnor", k), (y, l, "Män", m), (y, l, "Totalt", t)]
        tot_k += k
        tot_m += m
    rk = round(tot_k / len(lan) * 0.97, 1)
    rm = round(tot_m / len(lan) * 0.97, 1)
    fk_rows += [(y, "Riket", "Kvinnor", rk), (y, "Riket", "Män", rm),
                (y, "Riket", "Totalt", round((rk + rm) / 2, 1))]
with open(OUT / "fk_sjukpenningtal_lan_kon_2021_2024.csv", "w", encoding="utf-8-sig",
          newline="") as f:
    f.write("År;Län;Kön;Sjukpenningtal (dagar per försäkrad 16-64 år)\n")
    for y, l, k, v in fk_rows:
        f.write(f"{y};{l};{k};{sv(v)}\n")

# ---------------------------------------------------------------- 4. Record-level project CSV
vbn_kommuner = ["Umeå", "Skellefteå", "Lycksele", "Vilhelmina", "Storuman", "Vännäs",
                "Robertsfors", "Nordmaling", "Vindeln", "Norsjö"]
kommun_w = np.array([8, 5, 2, 1.5, 1.5, 1.5, 1, 1, 1, 1])
kommun_w = kommun_w / kommun_w.sum()
teman = ["Kompetensförsörjning", "Innovation och företagande", "Grön omställning",
         "Social inkludering", "Digitalisering"]
stodformer = ["ESF+", "ERUF", "Regionala utvecklingsmedel"]
prefix = {"Kompetensförsörjning": ["Kompetenslyft", "Yrkesväg", "Framtidens kompetens",
                                   "Matchning", "Lärlingsbron"],
          "Innovation och företagande": ["Innovationsnod", "Startup", "Testbädd", "Företagsresan",
                                         "Smart industri"],
          "Grön omställning": ["Fossilfri", "Batterikompetens", "Cirkulär", "Energismart",
                               "Grön logistik"],
          "Social inkludering": ["Vägen in", "Nya steg", "Inkludera", "Unga framåt", "Brobygget"],
          "Digitalisering": ["Digital lots", "Bredband", "Digitala byar", "eTjänst", "AI-stöd"]}
proj = []
used = set()
for i in range(64):
    tema = teman[rng.choice(5, p=[0.3, 0.22, 0.2, 0.16, 0.12])]
    kommun = vbn_kommuner[rng.choice(len(vbn_kommuner), p=kommun_w)]
    stod = stodformer[rng.choice(3, p=[0.45, 0.3, 0.25])]
    if tema == "Social inkludering":
        stod = "ESF+"
    name = f"{rng.choice(prefix[tema])} {kommun}"
    n = 2
    while name in used:
        name = f"{rng.choice(prefix[tema])} {kommun} {n}"
        n += 1
    used.add(name)
    belopp = int(round(rng.uniform(0.3, 9.0) * 1e6, -3))
    start = pd.Timestamp("2021-09-01") + pd.Timedelta(days=int(rng.integers(0, 1300)))
    start = start.replace(day=1)
    months_len = int(rng.choice([12, 18, 24, 30, 36]))
    slut = start + pd.DateOffset(months=months_len) - pd.Timedelta(days=1)
    today = pd.Timestamp("2025-04-30")
    if start > today:
        status = "Beviljat, ej startat"
    elif slut < today:
        status = "Avslutat"
    else:
        status = "Pågående"
    proj.append({"Diarienummer": f"RUN {2021 + int(i // 16)}-{100 + i:04d}",
                 "Projektnamn": name, "Stödform": stod, "Kommun": kommun,
                 "Tematiskt område": tema, "Beviljat belopp (kr)": belopp,
                 "Startdatum": start.date().isoformat(), "Slutdatum": slut.date().isoformat(),
                 "Status": status})
pd.DataFrame(proj).to_csv(OUT / "projektlista_regional_utveckling_vasterbotten.csv",
                          index=False, encoding="utf-8")

# ---------------------------------------------------------------- 5. Population XLSX
orebro = [("1814", "Lekeberg", 8500), ("1860", "Laxå", 5500), ("1861", "Hallsberg", 16000),
          ("1862", "Degerfors", 9300), ("1863", "Hällefors", 6800), ("1864", "Ljusnarsberg", 4800),
          ("1880", "Örebro", 158000), ("1881", "Kumla", 22500), ("1882", "Askersund", 11300),
          ("1883", "Karlskoga", 30500), ("1884", "Nora", 10600), ("1885", "Lindesberg", 23400)]
ages = [("0–19 år", 0.22), ("20–64 år", 0.55), ("65 år och äldre", 0.23)]
wb = Workbook()
ws = wb.active
ws.title = "Folkmängd"
ws.append(["Folkmängd 31 december efter kommun, ålder och kön, Örebro län 2022–2024"])
ws["A1"].font = Font(bold=True)
ws.append(["Kommun", "Ålder", "Kön", "2022", "2023", "2024"])
for code, k, pop in orebro:
    old_shift = rng.uniform(-0.04, 0.05) if k != "Örebro" else -0.05
    for a, share in ages:
        s = share + (old_shift if a == "65 år och äldre" else -old_shift / 2)
        for kon, ks in (("kvinnor", 0.495), ("män", 0.505)):
            v22 = pop * s * ks * rng.uniform(0.97, 1.03)
            g1, g2 = rng.uniform(-0.012, 0.015), rng.uniform(-0.012, 0.015)
            ws.append([f"{code} {k}", a, kon, int(round(v22)), int(round(v22 * (1 + g1))),
                       int(round(v22 * (1 + g1) * (1 + g2)))])
ws.append([])
ws.append(["Källa: SCB, Befolkningsstatistik (bearbetad). Uttag 2025-03-21."])
wb.save(OUT / "folkmangd_orebro_lan_alder_kon.xlsx")

# ---------------------------------------------------------------- 6. Nyckeltal XLSX with riket
vb = [("Bjurholm", 79, 26, 245), ("Dorotea", 76, 22, 232), ("Lycksele", 80, 30, 268),
      ("Malå", 81, 27, 262), ("Nordmaling", 81, 29, 259), ("Norsjö", 82, 25, 270),
      ("Robertsfors", 84, 30, 281), ("Skellefteå", 82, 35, 300), ("Sorsele", 77, 23, 238),
      ("Storuman", 80, 28, 255), ("Umeå", 80, 55, 312), ("Vilhelmina", 78, 26, 249),
      ("Vindeln", 82, 28, 266), ("Vännäs", 84, 36, 289), ("Åsele", 75, 24, 229)]
wb = Workbook()
ws = wb.active
ws.title = "Nyckeltal 2023"
ws.append(["Nyckeltal för Västerbottens kommuner 2023"])
ws["A1"].font = Font(bold=True)
ws.append(["Förvärvsfrekvens och utbildningsnivå avser befolkningen 20–64 år resp. 25–64 år; "
           "medianinkomst = sammanräknad förvärvsinkomst 20–64 år."])
ws.append(["Kommun", "Förvärvsfrekvens 20–64 år (%)",
           "Andel med eftergymnasial utbildning 25–64 år (%)", "Medianinkomst (tkr)",
           "Andel utrikes födda (%)"])
for k, ff, eg, mi in vb:
    ws.append([k, round(ff + rng.uniform(-0.9, 0.9), 1), round(eg + rng.uniform(-0.9, 0.9), 1),
               round(mi + rng.uniform(-4, 4), 1), round(rng.uniform(6, 19), 1)])
ws.append(["Västerbottens län", 81.3, 44.1, 297.4, 11.2])
ws.append(["Riket", 80.9, 45.6, 309.8, 20.4])
wb.save(OUT / "nyckeltal_vasterbotten_2023.xlsx")

print("wrote", sorted(p.name for p in OUT.iterdir()))
