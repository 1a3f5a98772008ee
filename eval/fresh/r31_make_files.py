#!/usr/bin/env python
"""Create six realistic Swedish statistics exports for Kunskapsbanken testing.

Usage: make_files.py OUT_DIR
All figures are invented (deterministic seed) but municipality names/codes are real.
"""
import os
import sys
import csv
import random
from datetime import date, timedelta

import openpyxl
from openpyxl.styles import Font

OUT = sys.argv[1] if len(sys.argv) > 1 else "kb"
os.makedirs(OUT, exist_ok=True)
rng = random.Random(31)

# (code, name, approx population)
COUNTIES = {
    "Södermanlands län": ("04", [
        ("0428", "Vingåker", 9200), ("0461", "Gnesta", 11500), ("0480", "Nyköping", 58000),
        ("0481", "Oxelösund", 12000), ("0482", "Flen", 16500), ("0483", "Katrineholm", 35000),
        ("0484", "Eskilstuna", 107000), ("0486", "Strängnäs", 38000), ("0488", "Trosa", 14000)]),
    "Jämtlands län": ("23", [
        ("2303", "Ragunda", 5300), ("2305", "Bräcke", 6400), ("2309", "Krokom", 15500),
        ("2313", "Strömsund", 11500), ("2321", "Åre", 12000), ("2326", "Berg", 7000),
        ("2361", "Härjedalen", 10000), ("2380", "Östersund", 64000)]),
    "Norrbottens län": ("25", [
        ("2505", "Arvidsjaur", 6300), ("2506", "Arjeplog", 2700), ("2510", "Jokkmokk", 4900),
        ("2513", "Överkalix", 3300), ("2514", "Kalix", 16000), ("2518", "Övertorneå", 4400),
        ("2521", "Pajala", 6000), ("2523", "Gällivare", 17500), ("2560", "Älvsbyn", 8100),
        ("2580", "Luleå", 79000), ("2581", "Piteå", 42000), ("2582", "Boden", 28000),
        ("2583", "Haparanda", 9600), ("2584", "Kiruna", 22500)]),
}


def sv(x, nd=1):
    """Swedish decimal comma."""
    return f"{x:.{nd}f}".replace(".", ",")


# ---------------------------------------------------------------- 1. Unga arbetslösa (AF style)
def file1():
    months = ["2025-01", "2025-02", "2025-03"]
    seas = {"2025-01": 1.0, "2025-02": 1.03, "2025-03": 0.97}
    rows = []
    for lan, (lcode, kommuner) in COUNTIES.items():
        lan_tot = {m: [0, 0, 0] for m in months}  # ak, oa, prog
        krows = []
        base_oa = {"Södermanlands län": 0.072, "Jämtlands län": 0.048, "Norrbottens län": 0.044}[lan]
        base_pr = {"Södermanlands län": 0.052, "Jämtlands län": 0.041, "Norrbottens län": 0.037}[lan]
        for code, name, pop in kommuner:
            ak = int(pop * rng.uniform(0.050, 0.060))
            f_oa = base_oa * rng.uniform(0.6, 1.5)
            f_pr = base_pr * rng.uniform(0.6, 1.5)
            for m in months:
                akm = ak + rng.randint(-3, 3)
                oa = max(0, round(akm * f_oa * seas[m] * rng.uniform(0.92, 1.08)))
                pr = max(0, round(akm * f_pr * rng.uniform(0.92, 1.08)))
                lan_tot[m][0] += akm
                lan_tot[m][1] += oa
                lan_tot[m][2] += pr
                krows.append((lan, name, m, akm, oa, pr))
        for m in months:
            ak, oa, pr = lan_tot[m]
            rows.append((lan, lan, m, ak, oa, pr))
        rows.extend(krows)
    for m in months:
        ak = 561200 + rng.randint(-800, 800)
        oa = round(ak * 0.061 * seas[m])
        pr = round(ak * 0.043)
        rows.append(("Riket", "Riket", m, ak, oa, pr))

    def cell(n, ak):
        if n < 5:
            return ["..", ".."]
        return [str(n), sv(100 * n / ak)]

    path = os.path.join(OUT, "af_unga_inskrivna_18-24_kommun_jan-mar_2025.csv")
    with open(path, "w", encoding="latin-1", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerow(["Inskrivna arbetslösa unga 18-24 år per kommun och månad, januari-mars 2025"])
        w.writerow(["Antal och andel (%) av den registerbaserade arbetskraften 18-24 år"])
        w.writerow(["Källa: Arbetsförmedlingen, månadsstatistik. Uttag 2025-04-14"])
        w.writerow([])
        w.writerow(["", "", "", "Öppet arbetslösa", "", "Sökande i program med aktivitetsstöd", "",
                    "Totalt inskrivna arbetslösa", ""])
        w.writerow(["Län", "Kommun", "Månad", "Antal", "Andel (%)", "Antal", "Andel (%)", "Antal", "Andel (%)"])
        for lan, name, m, ak, oa, pr in rows:
            w.writerow([lan, name, m] + cell(oa, ak) + cell(pr, ak) + cell(oa + pr, ak))
        w.writerow([])
        w.writerow(["..  Uppgift redovisas inte (färre än 5 personer)."])
        w.writerow(["Andel = antal inskrivna i förhållande till den registerbaserade arbetskraften 18-24 år."])
        w.writerow(["Totalt inskrivna arbetslösa = öppet arbetslösa + sökande i program med aktivitetsstöd."])
    return path


# ---------------------------------------------------------------- 2. Sysselsättningsgrad (PX-web)
def file2():
    years = ["2019", "2020", "2021", "2022", "2023"]
    utb = ["förgymnasial utbildning", "gymnasial utbildning", "eftergymnasial utbildning"]
    base = {"förgymnasial utbildning": 62.0, "gymnasial utbildning": 84.0, "eftergymnasial utbildning": 89.0}
    lanadj = {"Södermanlands län": -4.0, "Jämtlands län": 1.0, "Norrbottens län": 1.5}
    yadj = {"2019": 0.0, "2020": -1.2, "2021": -0.6, "2022": 0.5, "2023": 0.8}
    regions = [("00", "Riket", None)]
    for lan, (lcode, kommuner) in COUNTIES.items():
        regions.append((lcode, lan, lan))
        for code, name, pop in kommuner:
            regions.append((code, name, lan))
    out = []
    for code, name, lan in regions:
        radj = (lanadj[lan] if lan else -1.5) + (rng.uniform(-3.5, 3.0) if code != lan else 0)
        small = name in ("Arjeplog", "Överkalix", "Ragunda")
        for e in utb:
            gap = {"förgymnasial utbildning": 9.0, "gymnasial utbildning": 5.0, "eftergymnasial utbildning": 1.5}[e]
            lvl_m = base[e] + radj + gap / 2 + rng.uniform(-1.5, 1.5)
            lvl_k = base[e] + radj - gap / 2 + rng.uniform(-1.5, 1.5)
            trend = rng.uniform(-0.3, 0.5)
            vals = {"män": [], "kvinnor": [], "totalt": []}
            for i, y in enumerate(years):
                vm = min(97.0, lvl_m + yadj[y] + trend * i + rng.uniform(-0.6, 0.6))
                vk = min(97.0, lvl_k + yadj[y] + trend * i + rng.uniform(-0.6, 0.6))
                vm, vk = round(vm, 1), round(vk, 1)
                vals["män"].append(vm)
                vals["kvinnor"].append(vk)
                vals["totalt"].append(round((vm + vk) / 2 + rng.uniform(-0.2, 0.2), 1))
            for kon in ["män", "kvinnor", "totalt"]:
                cells = []
                for i, v in enumerate(vals[kon]):
                    if small and e == "förgymnasial utbildning" and kon == "kvinnor" and i < 2:
                        cells.append("..")
                    else:
                        cells.append(sv(v))
                out.append([f"{code} {name}", kon, e] + cells)
    path = os.path.join(OUT, "SCB_sysselsattningsgrad_20-64_utbildningsniva_2019-2023.csv")
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write('"Sysselsättningsgrad (procent) 20-64 år efter region, kön, utbildningsnivå och år"\r\n')
        f.write("\r\n")
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_NONNUMERIC, lineterminator="\r\n")
        w.writerow(["region", "kön", "utbildningsnivå"] + years)
        for r in out:
            # numbers are written as strings with decimal comma; write raw to avoid quoting them
            f.write(";".join([f'"{r[0]}"', f'"{r[1]}"', f'"{r[2]}"'] + r[3:]) + "\r\n")
        f.write("\r\n")
        f.write('"Källa: SCB, Befolkningens arbetsmarknadsstatus (BAS). Sysselsättning mätt i november."\r\n')
        f.write('".. = uppgift för osäker för att redovisas"\r\n')
    return path


# ---------------------------------------------------------------- 3. Befolkningsprognos (xlsx, long)
def file3():
    years = [2025, 2030, 2035, 2040]
    ages = ["0-19 år", "20-64 år", "65-79 år", "80+ år"]
    share = {"0-19 år": 0.215, "20-64 år": 0.535, "65-79 år": 0.17, "80+ år": 0.08}
    rows = []
    for lan, (lcode, kommuner) in COUNTIES.items():
        lan_sum = {(a, y): 0 for a in ages for y in years}
        krows = []
        for code, name, pop in kommuner:
            g = rng.uniform(-0.012, 0.010)
            if name in ("Kiruna", "Gällivare", "Luleå", "Boden"):
                g = rng.uniform(0.002, 0.012)
            if name in ("Trosa", "Strängnäs", "Gnesta", "Krokom", "Åre"):
                g = rng.uniform(0.004, 0.010)
            adj = {"0-19 år": rng.uniform(-0.03, 0.03), "20-64 år": rng.uniform(-0.03, 0.02),
                   "65-79 år": rng.uniform(-0.02, 0.03), "80+ år": rng.uniform(-0.01, 0.02)}
            agetr = {"0-19 år": -0.006, "20-64 år": -0.004, "65-79 år": 0.001, "80+ år": 0.025}
            for y in years:
                t = y - 2025
                for a in ages:
                    n = pop * (share[a] + adj[a]) * (1 + g + agetr[a]) ** t
                    n = int(round(n * rng.uniform(0.995, 1.005)))
                    krows.append((code, name, a, y, n))
                    lan_sum[(a, y)] += n
        for a in ages:
            for y in years:
                rows.append((lcode, lan, a, y, lan_sum[(a, y)]))
        rows.extend(krows)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Prognos"
    ws.append(["Befolkningsprognos 2025-2040 per kommun och åldersgrupp"])
    ws["A1"].font = Font(bold=True, size=14)
    ws.append(["Källa: SCB befolkningsframskrivning, egen bearbetning av regionerna. Prognosdatum 2025-03-31."])
    ws.append([])
    ws.append(["Regionkod", "Region", "Åldersgrupp", "År", "Antal personer"])
    for r in rows:
        ws.append(list(r))
    ws.append([])
    ws.append(["Not: Prognosen avser befolkningen den 31 december respektive år. Länsraderna är summan av länets kommuner."])
    path = os.path.join(OUT, "befolkningsprognos_kommun_alder_2025-2040.xlsx")
    wb.save(path)
    return path


# ---------------------------------------------------------------- 4. Kolada long export (äldreomsorg)
def file4():
    kpis = [
        ("N23890", "Väntetid i antal dagar från ansökningsdatum till erbjudet inflyttningsdatum till särskilt boende, medelvärde", ["T"]),
        ("N21522", "Kostnad hemtjänst äldreomsorg, kr/brukare", ["T"]),
        ("U21468", "Brukarbedömning hemtjänst äldreomsorg - helhetssyn, andel (%)", ["T", "K", "M"]),
        ("U23471", "Brukarbedömning särskilt boende äldreomsorg - helhetssyn, andel (%)", ["T"]),
    ]
    years = [2022, 2023]
    munis = [("0000", "Riket", None)]
    for lan, (lcode, kommuner) in COUNTIES.items():
        munis.append(("00" + lcode, lan, "L"))
        for code, name, pop in kommuner:
            munis.append((code, name, "K"))
    out = []
    for kpi, title, gends in kpis:
        for mid, mname, typ in munis:
            if kpi == "N23890":
                b = rng.uniform(25, 120)
            elif kpi == "N21522":
                b = rng.uniform(260000, 470000)
            elif kpi == "U21468":
                b = rng.uniform(80, 93)
            else:
                b = rng.uniform(72, 90)
            if mid == "0000":
                b = {"N23890": 68.0, "N21522": 331000, "U21468": 86.0, "U23471": 81.0}[kpi]
            for y in years:
                v = b * (rng.uniform(0.85, 1.15) if kpi == "N23890" else rng.uniform(0.97, 1.04))
                if kpi == "N21522" and y == 2023:
                    v *= 1.05
                for gnd in gends:
                    if gnd == "T":
                        val = v
                    elif gnd == "K":
                        val = min(99, v + rng.uniform(-1.5, 2.0))
                    else:
                        val = min(99, v + rng.uniform(-3.5, 1.0))
                    if kpi == "N21522":
                        s = str(int(round(val)))
                    elif kpi == "N23890":
                        s = str(int(round(val)))
                    else:
                        s = f"{val:.0f}"
                    # missing values for small municipalities
                    if mname in ("Arjeplog", "Överkalix") and kpi in ("N23890",) and y == 2022:
                        s = ""
                    if mname in ("Arjeplog", "Ragunda", "Överkalix") and gnd == "M":
                        s = ""
                    out.append([kpi, title, mid, mname, y, gnd, s])
    path = os.path.join(OUT, "kolada_export_aldreomsorg_2022_2023.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=",", lineterminator="\n")
        w.writerow(["kpi", "kpi_title", "municipality_id", "municipality", "period", "gender", "value"])
        for r in out:
            w.writerow(r)
    return path


# ---------------------------------------------------------------- 5. Varsel per bransch (xlsx, län as columns)
def file5():
    branches = [
        ("A", "Jordbruk, skogsbruk och fiske", (1, 3, 1, 150)),
        ("B", "Utvinning av mineral", (8, 0, 0, 120)),
        ("C", "Tillverkning", (40, 12, 70, 3500)),
        ("F", "Byggverksamhet", (25, 10, 35, 1900)),
        ("G", "Handel", (15, 9, 25, 1700)),
        ("H", "Transport och magasinering", (12, 5, 30, 1100)),
        ("I", "Hotell- och restaurangverksamhet", (6, 14, 8, 600)),
        ("J", "Information och kommunikation", (3, 2, 5, 1300)),
        ("M-N", "Företagstjänster", (10, 6, 18, 2200)),
        ("Q", "Vård och omsorg", (5, 4, 9, 500)),
    ]
    quarters = ["2024K1", "2024K2", "2024K3", "2024K4", "2025K1", "2025K2"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Varsel"
    ws.append(["Varsel om uppsägning efter näringsgren (SNI 2007) och kvartal, antal personer"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(["Källa: Arbetsförmedlingen, varselstatistik. 2025K2 är preliminär."])
    ws.append([])
    ws.append(["Kvartal", "SNI 2007", "Näringsgren", "Norrbottens län", "Jämtlands län", "Södermanlands län", "Riket"])
    for q in quarters:
        tot = [0, 0, 0, 0]
        first = True
        qrows = []
        for sni, name, base in branches:
            vals = []
            for j, b in enumerate(base):
                if b == 0:
                    v = 0
                else:
                    v = max(0, int(round(b * rng.uniform(0.0, 2.2) if j < 3 else b * rng.uniform(0.7, 1.4))))
                    if j < 3 and rng.random() < 0.12:
                        v = 0
                vals.append(v)
            for j in range(4):
                tot[j] += vals[j]
            qrows.append([q if first else None, sni, name] + vals)
            first = False
        for r in qrows:
            ws.append(r)
        ws.append([None, "Totalt", "Samtliga redovisade näringsgrenar"] + tot)
    ws.append([])
    ws.append(["Anm. Varsel avser antal personer som berörs av varsel om uppsägning. Ett varsel leder inte alltid till uppsägning."])
    ws.append(["Totalraden avser summan av de redovisade näringsgrenarna."])
    path = os.path.join(OUT, "varsel_bransch_kvartal_lan.xlsx")
    wb.save(path)
    return path


# ---------------------------------------------------------------- 6. Register: deltagare arbetsmarknadsutbildning
def file6():
    utbildningar = [("Svetsare", 120), ("Undersköterska", 200), ("Lastbilsförare CE", 90),
                    ("Anläggningsmaskinförare", 110), ("CNC-operatör", 100), ("Kock", 80),
                    ("Elektriker", 180)]
    kommuner = ["Luleå", "Piteå", "Boden", "Kiruna", "Gällivare", "Östersund", "Krokom", "Strömsund",
                "Eskilstuna", "Nyköping", "Katrineholm", "Flen"]
    aldrar = ["18-24", "25-34", "35-44", "45-54", "55-64"]
    rows = []
    for i in range(64):
        utb, dur = rng.choice(utbildningar)
        kon = "Kvinna" if (rng.random() < (0.75 if utb in ("Undersköterska", "Kock") else 0.25)) else "Man"
        start = date(2023, 8, 1) + timedelta(days=rng.randint(0, 420))
        avbrott = "Ja" if rng.random() < 0.18 else "Nej"
        length = dur + rng.randint(-10, 15)
        if avbrott == "Ja":
            length = rng.randint(15, int(dur * 0.7))
        slut = start + timedelta(days=length)
        p = 0.35 if avbrott == "Ja" else 0.68
        arb = "Ja" if rng.random() < p else "Nej"
        rows.append([f"AMU-{2024000 + 17 * i + rng.randint(0, 9)}", kon, rng.choice(aldrar), rng.choice(kommuner),
                     utb, start.isoformat(), slut.isoformat(), avbrott, arb])
    rows.sort(key=lambda r: r[5])
    path = os.path.join(OUT, "register_deltagare_arbetsmarknadsutbildning_2023-2024.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=",", lineterminator="\n")
        w.writerow(["deltagar_id", "kon", "aldersgrupp", "kommun", "utbildning", "startdatum", "slutdatum",
                    "avbrott", "i_arbete_90_dagar_efter_avslut"])
        for r in rows:
            w.writerow(r)
    return path


if __name__ == "__main__":
    for fn in (file1, file2, file3, file4, file5, file6):
        print(fn())
