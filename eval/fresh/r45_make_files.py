"""Create 6 realistic Swedish statistics exports. Usage: python make_files.py OUT_DIR"""
import sys, os, random
import numpy as np
import pandas as pd
from openpyxl import Workbook

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
rng = np.random.default_rng(45)
random.seed(45)

# ---------------------------------------------------------------- 1. Förvärvsarbetande dagbefolkning, xlsx, long
# 2023 values: Statlig, Kommunal, Regional, Privat
f1 = {
    "00 Riket": (265400, 812300, 318900, 3704100),
    "01 Stockholms län": (118200, 152600, 71300, 968400),
    "0126 Huddinge": (6120, 6480, 7050, 30960),
    "0180 Stockholm": (74850, 58900, 34700, 531200),
    "0181 Södertälje": (2310, 7920, 1840, 36150),
    "0182 Nacka": (1480, 6910, 1120, 35240),
    "0184 Solna": (21870, 4310, 12640, 70380),
    "09 Gotlands län": (2240, 5870, 1960, 17830),
    "0980 Gotland": (2240, 5870, 1960, 17830),
    "14 Västra Götalands län": (41300, 148900, 62400, 627500),
    "1480 Göteborg": (27960, 37850, 30120, 243600),
    "1481 Mölndal": (1960, 4870, 6390, 31420),
    "1488 Trollhättan": (1370, 5120, 2140, 19350),
    "1490 Borås": (2680, 9340, 3970, 35860),
    "1496 Skövde": (3540, 4490, 3880, 18120),
}
rows = []
for reg, vals in f1.items():
    v23 = list(vals)
    growth = rng.uniform(0.985, 1.03, size=4)
    v22 = [int(round(v / g)) for v, g in zip(v23, growth)]
    if reg == "0980 Gotland":
        v22 = f1_gotl22  # same as county
    if reg == "09 Gotlands län":
        f1_gotl22 = v22
    for yr, vv in (("2022", v22), ("2023", v23)):
        for sek, x in zip(["Statlig", "Kommunal", "Regional", "Privat"], vv):
            rows.append((reg, sek, yr, x))
        rows.append((reg, "Samtliga sektorer", yr, sum(vv)))
wb = Workbook(); ws = wb.active; ws.title = "Förvärvsarbetande"
ws.append(["Förvärvsarbetande 16-74 år med arbetsställe i regionen (dagbefolkning) efter region, sektor och år"])
ws.append([])
ws.append(["region", "sektor", "år", "Antal förvärvsarbetande"])
for r in rows:
    ws.append(list(r))
ws.append([])
ws.append(["Källa: SCB, Registerbaserad arbetsmarknadsstatistik (RAMS/BAS)"])
ws.append(["Anm: Sektor avser arbetsgivarens sektor. Uppgifterna avser november respektive år."])
wb.save(os.path.join(out, "forvarvsarbetande_dagbefolkning_sektor_2022_2023.xlsx"))

# ---------------------------------------------------------------- 2. Kolada-like long csv, behöriga yrkesprogram
kommuner2 = {
    "0000": ("Riket", [85.9, 85.6, 84.9, 85.3]),
    "0001": ("Region Stockholm", [87.2, 86.8, 86.1, 86.7]),
    "0009": ("Region Gotland", [84.6, 83.2, 85.1, 84.0]),
    "0014": ("Västra Götalandsregionen", [84.8, 84.3, 83.9, 84.4]),
    "0180": ("Stockholm", [88.1, 87.6, 87.0, 87.9]),
    "0181": ("Södertälje", [76.4, 75.1, 74.6, 76.8]),
    "0127": ("Botkyrka", [77.9, 78.3, 76.2, 77.5]),
    "0182": ("Nacka", [91.8, 92.4, 90.7, 91.3]),
    "0160": ("Täby", [94.2, 93.6, 94.8, 93.9]),
    "0162": ("Danderyd", [96.1, 95.4, 96.3, 95.8]),
    "0136": ("Haninge", [81.7, 82.5, 80.9, 81.2]),
    "0980": ("Gotland", [84.6, 83.2, 85.1, 84.0]),
    "1480": ("Göteborg", [83.5, 82.9, 82.1, 83.0]),
    "1490": ("Borås", [82.6, 83.4, 81.8, 82.7]),
    "1488": ("Trollhättan", [79.8, 78.2, 80.4, 81.6]),
    "1485": ("Uddevalla", [81.2, 80.9, 79.7, 80.3]),
    "1441": ("Lerum", [91.4, 90.6, 89.8, 90.4]),
    "1489": ("Alingsås", [88.3, 87.1, 88.9, 87.6]),
    "1487": ("Vänersborg", [80.9, 80.3, 81.5, 79.4]),
}
rows = []
for kid, (name, tvals) in kommuner2.items():
    for yr, t in zip([2021, 2022, 2023, 2024], tvals):
        d = round(float(rng.uniform(1.5, 4.0)), 1)
        k = round(min(t + d, 99.0), 1)
        m = round(t - d + float(rng.uniform(-0.4, 0.4)), 1)
        for g, v in (("T", t), ("K", k), ("M", m)):
            val = "" if (name == "Vänersborg" and yr == 2021 and g != "T") else f"{v:.1f}"
            rows.append(("N15419", "Elever i åk. 9 som är behöriga till yrkesprogram, hemkommun, andel (%)",
                         kid, name, yr, g, val))
df2 = pd.DataFrame(rows, columns=["kpi", "kpi_title", "municipality_id", "municipality", "period", "gender", "value"])
df2.to_csv(os.path.join(out, "kolada_N15419_behoriga_yrkesprogram.csv"), index=False, encoding="utf-8")

# ---------------------------------------------------------------- 3. Påbörjade lägenheter, quarterly, latin-1, ..
quarters = ["2024 kv1", "2024 kv2", "2024 kv3", "2024 kv4", "2025 kv1", "2025 kv2"]
# base per quarter: (småhus, flerbostadshus)
f3 = {
    "00 Riket": (1850, 5600),
    "01 Stockholms län": (390, 2450),
    "0126 Huddinge": (18, 160),
    "0136 Haninge": (34, 210),
    "0160 Täby": (22, 120),
    "0180 Stockholm": (12, 1150),
    "0182 Nacka": (26, 340),
    "0188 Norrtälje": (45, 40),
    "09 Gotlands län": (14, 6),
    "0980 Gotland": (14, 6),
    "14 Västra Götalands län": (420, 1260),
    "1401 Härryda": (21, 55),
    "1402 Partille": (6, 70),
    "1480 Göteborg": (25, 620),
    "1481 Mölndal": (15, 140),
    "1482 Kungälv": (31, 45),
    "1490 Borås": (28, 85),
}
f3data = {}
for reg, (sm, fb) in f3.items():
    for q in quarters:
        if reg == "0980 Gotland":
            f3data[(reg, q)] = f3data[("09 Gotlands län", q)]
            continue
        s = int(max(0, round(sm * rng.uniform(0.55, 1.45))))
        f = int(max(0, round(fb * rng.uniform(0.4, 1.6))))
        f3data[(reg, q)] = (s, f)
# make the Stockholm-county ranking in 2025 kv2 clear-cut
f3data[("0182 Nacka", "2025 kv2")] = (29, 412)
f3data[("0136 Haninge", "2025 kv2")] = (38, 251)
f3data[("0126 Huddinge", "2025 kv2")] = (17, 188)
f3data[("0160 Täby", "2025 kv2")] = (19, 96)
f3data[("0188 Norrtälje", "2025 kv2")] = (52, 37)
f3data[("1482 Kungälv", "2024 kv3")] = (27, 48)
f3data[("1482 Kungälv", "2024 kv4")] = (36, 12)
lines = ["Påbörjade lägenheter i nybyggda hus efter region, hustyp och kvartal", "",
         "region;hustyp;kvartal;Antal lägenheter"]
for reg in f3:
    for ht in ["Småhus", "Flerbostadshus", "Totalt"]:
        for q in quarters:
            s, f = f3data[(reg, q)]
            small = reg in ("09 Gotlands län", "0980 Gotland") or reg == "1402 Partille"
            if ht == "Småhus":
                v = ".." if (small and 0 < s < 4) else str(s)
            elif ht == "Flerbostadshus":
                v = ".." if (small and 0 < f < 4) else str(f)
            else:
                v = str(s + f)
            lines.append(f"{reg};{ht};{q};{v}")
lines += ["", "..= Uppgift ej redovisad på grund av sekretess eller för osäker för att redovisas",
          "Källa: SCB, Bostadsbyggande. Preliminära uppgifter för 2025."]
with open(os.path.join(out, "paborjade_lagenheter_kvartal_2024_2025.csv"), "w", encoding="latin-1", newline="") as fh:
    fh.write("\r\n".join(lines) + "\r\n")

# ---------------------------------------------------------------- 4. Medelinkomst tkr, age bands as columns, xlsx
f4 = [
    ("Riket", 262.4, 384.7, 421.3, 251.8, 342.6),
    ("Stockholms län", 281.9, 452.3, 498.6, 286.4, 396.2),
    ("Stockholm", 293.5, 478.9, 519.7, 301.2, 418.4),
    ("Botkyrka", 248.1, 338.6, 362.4, 228.9, 305.7),
    ("Danderyd", 241.7, 781.4, 904.2, 441.8, 618.3),
    ("Lidingö", 259.3, 642.7, 718.5, 398.6, 516.9),
    ("Nacka", 276.4, 559.8, 612.3, 342.1, 471.5),
    ("Solna", 318.2, 497.6, 541.9, 312.7, 431.8),
    ("Södertälje", 251.6, 349.2, 381.7, 238.4, 316.3),
    ("Täby", 262.8, 571.3, 638.9, 351.2, 482.7),
    ("Gotlands län", 238.6, 341.8, 362.5, 232.7, 300.4),
    ("Gotland", 238.6, 341.8, 362.5, 232.7, 300.4),
    ("Västra Götalands län", 258.7, 378.4, 412.6, 246.3, 335.1),
    ("Göteborg", 264.9, 402.3, 437.8, 259.6, 352.4),
    ("Härryda", 266.2, 468.5, 492.7, 286.9, 402.8),
    ("Mölndal", 289.6, 441.2, 468.3, 271.5, 381.9),
    ("Skövde", 271.3, 379.6, 408.9, 243.7, 333.8),
    ("Trollhättan", 252.4, 359.7, 391.4, 234.2, 318.6),
    ("Uddevalla", 254.9, 357.1, 395.8, 231.4, 319.2),
]
wb = Workbook(); ws = wb.active; ws.title = "Tabell 1"
ws.append(["Medelinkomst (tkr) 2023 för folkbokförda personer, sammanräknad förvärvsinkomst, efter region och ålder"])
ws.append(["Inkomstår 2023, löpande priser"])
ws.append([])
ws.append(["Region", "20-29 år", "30-49 år", "50-64 år", "65+ år", "Totalt 20+ år"])
for r in f4:
    ws.append(list(r))
ws.append([])
ws.append(["Källa: SCB, Inkomst- och taxeringsregistret (IoT)"])
ws.append(["Sammanräknad förvärvsinkomst = inkomst av tjänst och näringsverksamhet, inkl. pension."])
wb.save(os.path.join(out, "medelinkomst_alder_2023.xlsx"))

# ---------------------------------------------------------------- 5. Sjukfrånvaro per förvaltning, wide, no geography
f5 = [
    ("Socialförvaltningen", 9.1, 8.7, 8.3, 8.0),
    ("Utbildningsförvaltningen", 7.2, 8.2, 6.9, 6.6),
    ("Förskoleförvaltningen", 9.8, 9.9, 9.2, 8.8),
    ("Vård- och omsorgsförvaltningen", 10.4, 10.1, 9.7, 9.5),
    ("Kultur- och fritidsförvaltningen", 5.1, 4.8, 4.6, 4.9),
    ("Samhällsbyggnadsförvaltningen", 4.2, 3.9, 3.7, 3.5),
    ("Kommunledningsförvaltningen", 3.8, 3.6, 3.9, 3.4),
    ("Tekniska förvaltningen", 6.3, 6.0, 6.2, 5.8),
    ("Hela kommunen", 8.1, 8.0, 7.5, 7.2),
]
def sv(x):
    return ".." if x is None else f"{x:.1f}".replace(".", ",")
lines = ["Sjukfrånvaro bland kommunens anställda, procent av sammanlagd ordinarie arbetstid", "",
         "Förvaltning;2021;2022;2023;2024"]
for r in f5:
    lines.append(";".join([r[0]] + [sv(x) for x in r[1:]]))
lines += ["", "Källa: HR-systemet, uttag 2025-02-10. Tillsvidare- och visstidsanställda."]
with open(os.path.join(out, "sjukfranvaro_forvaltning_2021_2024.csv"), "w", encoding="utf-8-sig", newline="") as fh:
    fh.write("\r\n".join(lines) + "\r\n")

# ---------------------------------------------------------------- 6. Register ekonomiskt bistånd
kommuner6 = ["Göteborg", "Borås", "Trollhättan", "Södertälje", "Botkyrka", "Gotland"]
ht6 = {"Ensamstående utan barn": (5200, 11500), "Ensamstående med barn": (8500, 19500),
       "Sammanboende utan barn": (7000, 15000), "Sammanboende med barn": (11000, 26000)}
orsaker = ["Arbetslöshet", "Sjukdom", "Otillräcklig inkomst", "Väntar på ersättning", "Sociala skäl"]
recs = []
for i in range(64):
    m = f"2024-{int(rng.integers(1, 7)):02d}"
    k = kommuner6[int(rng.choice(6, p=[0.3, 0.18, 0.14, 0.14, 0.14, 0.10]))]
    h = list(ht6)[int(rng.choice(4, p=[0.45, 0.25, 0.1, 0.2]))]
    lo, hi = ht6[h]
    b = int(round(rng.uniform(lo, hi) / 10) * 10)
    o = orsaker[int(rng.choice(5, p=[0.4, 0.22, 0.2, 0.1, 0.08]))]
    recs.append((m, k, h, b, o))
recs.sort(key=lambda r: (r[0], r[1]))
df6 = pd.DataFrame(recs, columns=["manad", "kommun", "hushallstyp", "belopp_kr", "huvudsaklig_orsak"])
df6.insert(0, "utbetalnings_id", [f"EB-2024-{100231 + i*7:06d}" for i in range(len(df6))])
df6.to_csv(os.path.join(out, "ekonomiskt_bistand_utbetalningar_2024H1.csv"), index=False, encoding="utf-8")
print("wrote", sorted(os.listdir(out)))
