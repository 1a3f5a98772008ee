"""Create 6 realistic Swedish statistics exports for testing Kunskapsbanken.

Usage: python make_files.py OUT_DIR
"""
import datetime as dt
import os
import sys

import numpy as np
import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Font

OUT = sys.argv[1] if len(sys.argv) > 1 else "kb"
os.makedirs(OUT, exist_ok=True)
rng = np.random.RandomState(3232)


def sv(x, nd=1):
    """Swedish decimal comma."""
    return f"{x:.{nd}f}".replace(".", ",")


# ---------------------------------------------------------------------------
# 1. Arbetsförmedlingen: nyinskrivna arbetssökande per kommun, månad, sökandekategori
#    UTF-8 with BOM, semicolons, title rows, footnotes, '..' for < 5
# ---------------------------------------------------------------------------
months = ["januari", "februari", "mars", "april", "maj", "juni"]
af_units = [  # (län, kommun, monthly level)
    ("Stockholms län", "Stockholm", 6100),
    ("Stockholms län", "Södertälje", 905),
    ("Stockholms län", "Botkyrka", 820),
    ("Stockholms län", "Huddinge", 880),
    ("Stockholms län", "Järfälla", 560),
    ("Stockholms län", "Norrtälje", 345),
    ("Stockholms län", "Nynäshamn", 175),
    ("Stockholms län", "Vaxholm", 38),
    ("Stockholms län", "Stockholms län", 15800),
    ("Gotlands län", "Gotland", 310),
    ("Gotlands län", "Gotlands län", None),  # = Gotland
    ("Riket", "Riket", 78500),
]
season = [1.25, 1.05, 0.98, 0.93, 0.90, 1.02]
rows = []
gotland_cache = {}
for lan, kom, level in af_units:
    for mi, m in enumerate(months):
        if kom == "Gotlands län":
            oa, prog, ovr = gotland_cache[mi]
        else:
            tot = level * season[mi] * rng.uniform(0.93, 1.07)
            oa = int(round(tot * rng.uniform(0.56, 0.64)))
            prog = int(round(tot * rng.uniform(0.08, 0.14)))
            ovr = int(round(tot * rng.uniform(0.22, 0.30)))
            if kom == "Vaxholm":
                prog = int(rng.randint(1, 5))  # always small
            if kom == "Gotland":
                gotland_cache[mi] = (oa, prog, ovr)
        rows.append((lan, kom, f"{m} 2024", oa, prog, ovr, oa + prog + ovr))


def sup(v):
    return ".." if v < 5 else str(v)


with open(os.path.join(OUT, "af_nyinskrivna_kommun_manad_2024.csv"), "w", encoding="utf-8-sig", newline="") as f:
    f.write("Nyinskrivna arbetssökande per kommun, månad och sökandekategori, januari–juni 2024\n")
    f.write("Källa: Arbetsförmedlingen, egen bearbetning. Uttag 2024-08-12\n")
    f.write("\n")
    f.write("Län;Kommun;Månad;Öppet arbetslösa;Sökande i program med aktivitetsstöd;Övriga inskrivna;Totalt\n")
    for lan, kom, mon, oa, prog, ovr, tot in rows:
        f.write(f"{lan};{kom};{mon};{sup(oa)};{sup(prog)};{sup(ovr)};{tot}\n")
    f.write("\n")
    f.write("Fotnoter:\n")
    f.write(".. = färre än 5 personer, uppgiften redovisas inte av sekretesskäl. Totalt avser samtliga nyinskrivna.\n")
    f.write("Nyinskrivna = personer som skrivits in som arbetssökande under månaden och inte varit inskrivna de senaste 30 dagarna.\n")
    f.write("Stockholms län och Riket avser samtliga kommuner, inte bara de som redovisas i tabellen.\n")

# ---------------------------------------------------------------------------
# 2. SCB PX-web: medianinkomst (sammanräknad förvärvsinkomst, tkr), region, kön, ålder, wide years
#    comma separated, quoted, decimal point, region codes before names
# ---------------------------------------------------------------------------
px_regions = [
    ("00", "Riket", 342.0),
    ("14", "Västra Götalands län", 336.0),
    ("1480", "Göteborg", 331.0),
    ("1481", "Mölndal", 366.0),
    ("1441", "Lerum", 388.0),
    ("1490", "Borås", 326.0),
    ("1488", "Trollhättan", 318.0),
    ("1485", "Uddevalla", 321.0),
    ("1496", "Skövde", 333.0),
    ("1492", "Åmål", 291.0),
    ("1438", "Dals-Ed", 284.0),
    ("09", "Gotlands län", 309.0),
    ("0980", "Gotland", None),
]
ages = [("20-34 år", 0.78), ("35-49 år", 1.17), ("50-64 år", 1.13), ("20-64 år", 1.0)]
sexes = [("män", 1.075), ("kvinnor", 0.925), ("totalt", 1.0)]
years = [2019, 2020, 2021, 2022, 2023]
px_rows = []
cache = {}
for code, name, base in px_regions:
    for sx, sf in sexes:
        for ag, af in ages:
            key = (sx, ag)
            if name == "Gotland":
                vals = cache[key]
            else:
                v0 = base * sf * af * rng.uniform(0.97, 1.03) * 0.9
                vals = []
                v = v0
                for y in years:
                    vals.append(round(v, 1))
                    v = v * rng.uniform(1.015, 1.05)
                if name == "Gotlands län":
                    cache[key] = vals
            px_rows.append((f"{code} {name}", sx, ag, vals))

with open(os.path.join(OUT, "scb_medianinkomst_region_kon_alder.csv"), "w", encoding="utf-8", newline="") as f:
    f.write('"Sammanräknad förvärvsinkomst för boende i Sverige den 31/12 resp år, medianinkomst i tkr efter region, kön, ålder och år"\n')
    f.write("\n")
    f.write('"region","kön","ålder",' + ",".join(f'"{y}"' for y in years) + "\n")
    for reg, sx, ag, vals in px_rows:
        f.write(f'"{reg}","{sx}","{ag}",' + ",".join(f"{v:.1f}" for v in vals) + "\n")
    f.write("\n")
    f.write('"Källa: SCB, Inkomst- och taxeringsregistret (IoT). Löpande priser."\n')

# ---------------------------------------------------------------------------
# 3. Försäkringskassan: sjukpenningtal per kommun och kön, period "2024-06"
#    Latin-1, semicolons, decimal commas
# ---------------------------------------------------------------------------
periods = ["2023-06", "2023-07", "2023-08", "2023-09", "2023-10", "2023-11", "2023-12",
           "2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06"]
fk_units = [
    ("Stockholms län", "Stockholm", 7.4),
    ("Stockholms län", "Södertälje", 10.6),
    ("Stockholms län", "Botkyrka", 9.9),
    ("Stockholms län", "Huddinge", 8.6),
    ("Stockholms län", "Haninge", 9.6),
    ("Stockholms län", "Norrtälje", 11.2),
    ("Stockholms län", "Nynäshamn", 10.9),
    ("Stockholms län", "Järfälla", 8.1),
    ("Stockholms län", "Solna", 6.3),
    ("Stockholms län", "Danderyd", 5.4),
    ("Stockholms län", "Stockholms län", 8.2),
    ("Riket", "Riket", 9.3),
]
fk_rows = []
for lan, kom, base in fk_units:
    level_k = base * 1.30 * rng.uniform(0.97, 1.03)
    level_m = base * 0.72 * rng.uniform(0.97, 1.03)
    for pi, p in enumerate(periods):
        trend = 1 + 0.004 * pi
        k = round(level_k * trend * rng.uniform(0.985, 1.015), 1)
        m = round(level_m * trend * rng.uniform(0.985, 1.015), 1)
        t = round((k + m) / 2 + rng.uniform(-0.05, 0.05), 1)
        for kon, v in (("Kvinnor", k), ("Män", m), ("Kvinnor och män", t)):
            fk_rows.append((p, lan, kom, kon, v))

with open(os.path.join(OUT, "fk_sjukpenningtal_kommun_kon.csv"), "w", encoding="latin-1", newline="") as f:
    f.write("Sjukpenningtal per kommun och kön, månadsvis juni 2023 - juni 2024\n")
    f.write("Källa: Försäkringskassan (MiDAS), bearbetning regionala utvecklingsförvaltningen\n")
    f.write("\n")
    f.write("Period;Län;Kommun;Kön;Sjukpenningtal\n")
    for p, lan, kom, kon, v in fk_rows:
        f.write(f"{p};{lan};{kom};{kon};{sv(v)}\n")
    f.write("\n")
    f.write("Sjukpenningtalet = antal utbetalda nettodagar med sjukpenning och rehabiliteringspenning under "
            "de senaste 12 månaderna per registrerad försäkrad 16-64 år.\n")
    f.write("Raden Stockholms län avser hela länet.\n")

# ---------------------------------------------------------------------------
# 4. Kolada-like long export: 3 KPIs, two years, kpi ids, region codes, gender T/K/M
# ---------------------------------------------------------------------------
kpis = [
    ("N00914", "Invånare 25-64 år med eftergymnasial utbildning, andel (%)"),
    ("N00913", "Invånare 25-64 år med högst förgymnasial utbildning, andel (%)"),
    ("N00920", "Förvärvsarbetande invånare 20-64 år, andel (%)"),
]
kol_units = [  # id, name, eftergymn, förgymn, förvärv
    ("0000", "Riket", 45.0, 10.9, 80.1),
    ("0014", "Västra Götalands län", 43.2, 10.6, 80.4),
    ("1480", "Göteborg", 51.8, 11.9, 77.6),
    ("1481", "Mölndal", 52.6, 8.2, 83.9),
    ("1441", "Lerum", 50.1, 6.5, 86.2),
    ("1401", "Härryda", 53.4, 6.1, 86.0),
    ("1402", "Partille", 47.9, 8.8, 83.1),
    ("1490", "Borås", 39.5, 12.4, 78.9),
    ("1488", "Trollhättan", 34.8, 13.6, 75.2),
    ("1496", "Skövde", 40.3, 10.8, 81.0),
    ("1492", "Åmål", 27.6, 15.1, 74.3),
    ("1460", "Bengtsfors", 25.9, 17.3, 72.8),
    ("0009", "Region Gotland (län)", 38.7, 9.9, 81.5),
    ("0980", "Gotland", 38.7, 9.9, 81.5),
]
kol_rows = []
for mid, mname, eg, fg, fa in kol_units:
    for ki, (kid, ktitle) in enumerate(kpis):
        base = (eg, fg, fa)[ki]
        gap = [rng.uniform(6, 10), -rng.uniform(1, 2.5), -rng.uniform(1.5, 4)][ki]  # K - T, stable over years
        for period in (2022, 2023):
            drift = {0: 0.6, 1: -0.3, 2: 0.2}[ki] * (period - 2023)
            t = base + drift + rng.uniform(-0.15, 0.15)
            k = t + gap + rng.uniform(-0.2, 0.2)
            m = 2 * t - k
            for g, v in (("T", t), ("K", k), ("M", m)):
                kol_rows.append([kid, ktitle, mid, mname, period, g, round(v, 1)])
kol = pd.DataFrame(kol_rows, columns=["kpi", "kpi_title", "municipality", "municipality_name", "period", "gender", "value"])
# Gotland county == Gotland kommun
for (kid, period, g), grp in kol.groupby(["kpi", "period", "gender"]):
    src = grp[grp.municipality == "0980"].value.iloc[0]
    kol.loc[grp[grp.municipality == "0009"].index, "value"] = src
# a missing value, as Kolada has
kol.loc[(kol.municipality == "1460") & (kol.kpi == "N00920") & (kol.period == 2022) & (kol.gender == "M"), "value"] = np.nan
kol.to_csv(os.path.join(OUT, "kolada_utbildning_sysselsattning.csv"), index=False, encoding="utf-8")

# ---------------------------------------------------------------------------
# 5. Företag och anställda per storleksklass, kommuner som kolumner (xlsx, title + note row)
# ---------------------------------------------------------------------------
f_kommuner = ["Botkyrka", "Haninge", "Huddinge", "Norrtälje", "Nynäshamn", "Solna", "Stockholm", "Södertälje",
              "Stockholms län"]
f_scale = [0.105, 0.085, 0.12, 0.09, 0.032, 0.14, 1.55, 0.095, 3.10]
classes = ["0 anställda", "1-9 anställda", "10-49 anställda", "50-249 anställda", "250+ anställda"]
class_base = [38000, 11000, 1650, 330, 70]
emp_per = [0, 3.1, 20.5, 105.0, 820.0]
wb = Workbook()
ws = wb.active
ws.title = "Företag 2023"
ws.append(["Antal företag och anställda efter storleksklass och kommun, Stockholms län, november 2023"])
ws["A1"].font = Font(bold=True, size=12)
ws.append(["Anm: Storleksklass efter antal anställda. Företag med 0 anställda är enmansföretag utan anställda. "
           "Källa: SCB, Företagsregistret (FDB)."])
ws.append([])
ws.append(["Storleksklass", "Mått"] + f_kommuner)
for c in ws[4]:
    c.font = Font(bold=True)
firm = {}
emp = {}
for ci, cl in enumerate(classes):
    firm[cl] = []
    emp[cl] = []
    for k, s in zip(f_kommuner, f_scale):
        if k == "Stockholms län":
            continue
        n = int(round(class_base[ci] * s * rng.uniform(0.8, 1.2)))
        if ci == 4:
            n = max(1, int(round(class_base[ci] * s * rng.uniform(0.6, 1.4))))
        firm[cl].append(n)
        e = int(round(n * emp_per[ci] * rng.uniform(0.85, 1.15)))
        emp[cl].append(e)
    # county = listed kommuner + rest of county
    firm[cl].append(int(round(sum(firm[cl]) * rng.uniform(1.75, 1.95))))
    emp[cl].append(int(round(sum(emp[cl]) * rng.uniform(1.75, 1.95))))
for cl in classes:
    ws.append([cl, "Antal företag"] + firm[cl])
ws.append(["Totalt", "Antal företag"] + [sum(firm[cl][i] for cl in classes) for i in range(len(f_kommuner))])
for cl in classes:
    ws.append([cl, "Antal anställda"] + emp[cl])
ws.append(["Totalt", "Antal anställda"] + [sum(emp[cl][i] for cl in classes) for i in range(len(f_kommuner))])
ws.append([])
ws.append(["Uppgifterna avser arbetsställen/företag med säte i kommunen. Stockholms län avser samtliga 26 kommuner."])
ws.column_dimensions["A"].width = 20
ws.column_dimensions["B"].width = 16
wb.save(os.path.join(OUT, "foretag_storleksklass_stockholms_lan_2023.xlsx"))

# ---------------------------------------------------------------------------
# 6. Ärenderegister, arbetsmarknadsenheten (xlsx, one row per ärende)
# ---------------------------------------------------------------------------
stadsdelar = ["Angered", "Östra Göteborg", "Majorna-Linné", "Västra Hisingen", "Lundby", "Askim-Frölunda-Högsbo"]
sd_p = [0.28, 0.22, 0.12, 0.16, 0.10, 0.12]
insatser = ["Arbetsträning", "Extratjänst", "Jobbcoachning", "Praktik", "Studiemotiverande kurs"]
cut = dt.date(2024, 9, 30)
reg = []
start0 = dt.date(2023, 1, 9)
for i in range(64):
    d = start0 + dt.timedelta(days=int(rng.randint(0, 600)))
    sd = stadsdelar[rng.choice(len(stadsdelar), p=sd_p)]
    ins = insatser[rng.randint(0, len(insatser))]
    max_m = (cut.year - d.year) * 12 + cut.month - d.month
    ended = max_m >= 3 and rng.uniform() < 0.62
    if ended:
        status = "Avslutad"
        orsak = ["Arbete", "Studier", "Annat"][rng.choice(3, p=[0.45, 0.25, 0.30])]
        months_in = int(rng.randint(1, min(max_m, 14) + 1))
    else:
        status = "Pågående"
        orsak = None
        months_in = max_m
    reg.append([None, d, sd, ins, status, orsak, months_in])
reg.sort(key=lambda r: r[1])
for i, r in enumerate(reg):
    r[0] = f"AME-{r[1].year}-{i + 101:04d}"
wb = Workbook()
ws = wb.active
ws.title = "Ärenden"
ws.append(["Arbetsmarknadsenheten Göteborgs Stad – ärenderegister, uttag 2024-09-30"])
ws["A1"].font = Font(bold=True)
ws.append([])
ws.append(["Ärende-id", "Inskrivningsdatum", "Stadsdel", "Insats", "Status", "Avslutsorsak",
           "Antal månader i insats"])
for c in ws[3]:
    c.font = Font(bold=True)
for r in reg:
    ws.append(r)
    ws.cell(row=ws.max_row, column=2).number_format = "yyyy-mm-dd"
ws.column_dimensions["A"].width = 16
ws.column_dimensions["B"].width = 16
ws.column_dimensions["C"].width = 22
ws.column_dimensions["D"].width = 22
wb.save(os.path.join(OUT, "ame_arenderegister_2024.xlsx"))

print("wrote files to", OUT)
for fn in sorted(os.listdir(OUT)):
    print(" ", fn, os.path.getsize(os.path.join(OUT, fn)))
