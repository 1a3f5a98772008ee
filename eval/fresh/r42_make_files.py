"""Create six realistic Swedish statistics exports for user-testing Kunskapsbanken.

Usage: python make_files.py OUT_DIR
All figures are invented (but plausible); municipality names are real.
"""
import csv
import datetime as dt
import os
import sys

import numpy as np
from openpyxl import Workbook

rng = np.random.default_rng(42)

SOD = ["Eskilstuna", "Flen", "Gnesta", "Katrineholm", "Nyköping", "Oxelösund", "Strängnäs", "Trosa", "Vingåker"]
VRM = ["Arvika", "Eda", "Filipstad", "Forshaga", "Grums", "Hagfors", "Hammarö", "Karlstad", "Kil",
       "Kristinehamn", "Munkfors", "Storfors", "Sunne", "Säffle", "Torsby", "Årjäng"]
VBT = ["Bjurholm", "Dorotea", "Lycksele", "Malå", "Nordmaling", "Norsjö", "Robertsfors", "Skellefteå",
       "Sorsele", "Storuman", "Umeå", "Vilhelmina", "Vindeln", "Vännäs", "Åsele"]
CODES = {
    "Vingåker": "0428", "Gnesta": "0461", "Nyköping": "0480", "Oxelösund": "0481", "Flen": "0482",
    "Katrineholm": "0483", "Eskilstuna": "0484", "Strängnäs": "0486", "Trosa": "0488",
    "Kil": "1715", "Eda": "1730", "Torsby": "1737", "Storfors": "1760", "Hammarö": "1761", "Munkfors": "1762",
    "Forshaga": "1763", "Grums": "1764", "Årjäng": "1765", "Sunne": "1766", "Karlstad": "1780",
    "Kristinehamn": "1781", "Filipstad": "1782", "Hagfors": "1783", "Arvika": "1784", "Säffle": "1785",
    "Nordmaling": "2401", "Bjurholm": "2403", "Vindeln": "2404", "Robertsfors": "2409", "Norsjö": "2417",
    "Malå": "2418", "Storuman": "2421", "Sorsele": "2422", "Dorotea": "2425", "Vännäs": "2460",
    "Vilhelmina": "2462", "Åsele": "2463", "Umeå": "2480", "Lycksele": "2481", "Skellefteå": "2482",
}
COUNTIES = [("04", "Södermanlands län", SOD), ("17", "Värmlands län", VRM), ("24", "Västerbottens län", VBT)]

POP = {  # approx. population 2024, used as base for several files
    "Eskilstuna": 107200, "Flen": 16750, "Gnesta": 11420, "Katrineholm": 34890, "Nyköping": 58130,
    "Oxelösund": 12160, "Strängnäs": 38010, "Trosa": 14140, "Vingåker": 9080,
    "Arvika": 25870, "Eda": 8420, "Filipstad": 10480, "Forshaga": 11520, "Grums": 9010, "Hagfors": 11690,
    "Hammarö": 16930, "Karlstad": 96150, "Kil": 12010, "Kristinehamn": 24310, "Munkfors": 3620,
    "Storfors": 3990, "Sunne": 13190, "Säffle": 15380, "Torsby": 11640, "Årjäng": 9970,
    "Bjurholm": 2450, "Dorotea": 2510, "Lycksele": 12040, "Malå": 3030, "Nordmaling": 7110, "Norsjö": 4010,
    "Robertsfors": 6620, "Skellefteå": 77090, "Sorsele": 2380, "Storuman": 5890, "Umeå": 131950,
    "Vilhelmina": 6560, "Vindeln": 5420, "Vännäs": 8810, "Åsele": 2790,
}


def sv(x, nd=1):
    """Swedish decimal comma."""
    return f"{x:.{nd}f}".replace(".", ",")


# ---------------------------------------------------------------- 1
def file1(out):
    base = {
        "Eskilstuna": 9.8, "Flen": 9.2, "Gnesta": 4.6, "Katrineholm": 8.6, "Nyköping": 6.2, "Oxelösund": 7.4,
        "Strängnäs": 5.1, "Trosa": 3.6, "Vingåker": 7.9,
        "Arvika": 6.3, "Eda": 5.9, "Filipstad": 10.4, "Forshaga": 5.2, "Grums": 6.8, "Hagfors": 6.1,
        "Hammarö": 3.4, "Karlstad": 5.8, "Kil": 4.3, "Kristinehamn": 7.7, "Munkfors": 7.1, "Storfors": 6.6,
        "Sunne": 4.9, "Säffle": 7.5, "Torsby": 5.5, "Årjäng": 4.4,
        "Bjurholm": 3.1, "Dorotea": 4.2, "Lycksele": 4.4, "Malå": 3.3, "Nordmaling": 3.6, "Norsjö": 3.0,
        "Robertsfors": 2.8, "Skellefteå": 3.7, "Sorsele": 3.9, "Storuman": 3.5, "Umeå": 4.3, "Vilhelmina": 4.5,
        "Vindeln": 3.2, "Vännäs": 3.0, "Åsele": 4.7,
        "Södermanlands län": 7.6, "Värmlands län": 6.0, "Västerbottens län": 3.9, "Riket": 5.7,
    }
    months = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt"]
    season = [1.04, 1.05, 1.03, 1.00, 0.96, 1.01, 1.07, 1.03, 0.99, 1.00]
    trend = np.linspace(-0.03, 0.0, 10)

    def series(name):
        vals = []
        for i in range(10):
            v = base[name] * (season[i] + trend[i]) + rng.normal(0, 0.06 * base[name] ** 0.5)
            vals.append(round(v, 1))
        vals[-1] = base[name]  # okt exactly the base value
        return vals

    rows = [["Riket", "Totalt"] + [sv(v) for v in series("Riket")]]
    for _, lan, kommuner in COUNTIES:
        rows.append([lan, "Totalt"] + [sv(v) for v in series(lan)])
        for k in kommuner:
            vals = [sv(v) for v in series(k)]
            if k == "Sorsele":
                vals[1] = ".."
            if k == "Munkfors":
                vals[6] = ".."
            rows.append([lan, k] + vals)
    path = os.path.join(out, "af_inskrivna_arbetslosa_andel_bef_2024.csv")
    with open(path, "w", encoding="latin-1", newline="") as f:
        f.write("Inskrivna arbetslösa 16-64 år, andel (%) av befolkningen 16-64 år, per kommun och månad 2024\n")
        f.write("Arbetsförmedlingen, månadsstatistik. Uttag 2024-11-12\n")
        f.write("\n")
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerow(["Län", "Kommun"] + [f"{m} 2024" for m in months])
        w.writerows(rows)
        f.write("\n")
        f.write("Anm: Inskrivna arbetslösa = öppet arbetslösa + sökande i program med aktivitetsstöd.\n")
        f.write("Befolkningen avser SCB:s registerbaserade befolkning 16-64 år föregående år.\n")
        f.write(".. = uppgift saknas / för få personer för att redovisas\n")


# ---------------------------------------------------------------- 2
def file2(out):
    base = {
        "Eskilstuna": 10.6, "Flen": 8.1, "Gnesta": 12.4, "Katrineholm": 8.0, "Nyköping": 10.1, "Oxelösund": 7.2,
        "Strängnäs": 11.3, "Trosa": 13.1, "Vingåker": 8.8,
        "Arvika": 8.4, "Eda": 9.6, "Filipstad": 6.9, "Forshaga": 7.1, "Grums": 7.7, "Hagfors": 7.4,
        "Hammarö": 9.0, "Karlstad": 10.2, "Kil": 8.5, "Kristinehamn": 8.2, "Munkfors": 6.5, "Storfors": 7.8,
        "Sunne": 10.7, "Säffle": 8.6, "Torsby": 9.9, "Årjäng": 11.6,
        "Bjurholm": 8.3, "Dorotea": 9.1, "Lycksele": 8.2, "Malå": 7.6, "Nordmaling": 9.2, "Norsjö": 7.0,
        "Robertsfors": 8.7, "Skellefteå": 8.9, "Sorsele": 10.3, "Storuman": 11.9, "Umeå": 10.8,
        "Vilhelmina": 8.0, "Vindeln": 9.4, "Vännäs": 8.5, "Åsele": 7.3,
        "Södermanlands län": 10.2, "Värmlands län": 9.1, "Västerbottens län": 9.6, "Riket": 11.0,
    }
    yearf = {2019: 0.97, 2020: 1.04, 2021: 1.12, 2022: 0.98, 2023: 0.93}
    missing = {("Sorsele", 2020), ("Bjurholm", 2021), ("Munkfors", 2019), ("Dorotea", 2022), ("Åsele", 2023)}

    def noise(name):
        return 0.5 if name in POP and POP[name] < 8000 else 0.25

    def vals(name):
        out_ = []
        for y, fct in yearf.items():
            if (name, y) in missing:
                out_.append("..")
            else:
                out_.append(round(base[name] * fct + rng.normal(0, noise(name)), 1))
        return out_

    # fixed values for the 2022 comparison with riket
    wb = Workbook()
    ws = wb.active
    ws.title = "Nystartade"
    ws.append(["Nystartade företag per 1 000 invånare (16-64 år) efter kommun, 2019-2023"])
    ws.append(["Region", 2019, 2020, 2021, 2022, 2023])
    ws.append(["00 Riket"] + vals("Riket"))
    for code, lan, kommuner in COUNTIES:
        ws.append([f"{code} {lan}"] + vals(lan))
        for k in kommuner:
            ws.append([f"{CODES[k]} {k}"] + vals(k))
    ws.append([])
    ws.append(["Källa: Tillväxtanalys, statistik om nystartade företag. Bearbetning: Region Västerbotten."])
    ws.append([".. = uppgift saknas eller för osäker för att redovisas (färre än 5 företag)."])
    ws.column_dimensions["A"].width = 28
    wb.save(os.path.join(out, "Nystartade_foretag_per_1000_inv_2019-2023.xlsx"))


# ---------------------------------------------------------------- 3
def file3(out):
    groups = [
        ("Psykiska sjukdomar och syndrom samt beteendestörningar (F00-F99)", 0.51, 0.38),
        ("Sjukdomar i muskuloskeletala systemet och bindväven (M00-M99)", 0.17, 0.22),
        ("Skador och förgiftningar (S00-T98)", 0.05, 0.10),
        ("Tumörer (C00-D48)", 0.05, 0.05),
        ("Cirkulationsorganens sjukdomar (I00-I99)", 0.02, 0.05),
        ("Övriga diagnoser", 0.20, 0.20),
    ]
    totals = {  # women, men per year
        "Riket": {2022: (125400, 62300), 2023: (128900, 63700), 2024: (131200, 64900)},
        "Södermanlands län": {2022: (4020, 1980), 2023: (4150, 2040), 2024: (4230, 2110)},
        "Värmlands län": {2022: (3860, 1890), 2023: (3940, 1950), 2024: (4010, 1990)},
        "Västerbottens län": {2022: (3480, 1720), 2023: (3550, 1760), 2024: (3620, 1790)},
    }
    rows = []
    for year in (2022, 2023, 2024):
        for lan in totals:
            tw, tm = totals[lan][year]
            counts = {}
            for kon, tot, idx in (("Kvinnor", tw, 1), ("Män", tm, 2)):
                shares = np.array([g[idx] for g in groups]) * (1 + rng.normal(0, 0.04, len(groups)))
                shares = shares / shares.sum()
                c = np.round(shares * tot).astype(int)
                counts[kon] = c
            counts["Samtliga"] = counts["Kvinnor"] + counts["Män"]
            for kon in ("Kvinnor", "Män", "Samtliga"):
                c = counts[kon]
                tot = c.sum()
                for g, n in zip(groups, c):
                    rows.append([year, lan, g[0], kon, f"{n:,}".replace(",", " "), sv(100 * n / tot)])
    path = os.path.join(out, "fk_pagaende_sjukfall_diagnos_lan_2022_2024.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("Pågående sjukfall i december efter år, län, diagnosgrupp och kön\n")
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["År", "Län", "Diagnosgrupp", "Kön", "Antal", "Andel av alla sjukfall (%)"])
        w.writerows(rows)
        f.write("Källa: Försäkringskassan, MiDAS. Andel avser andel av samtliga pågående sjukfall i länet för respektive kön.\n")


# ---------------------------------------------------------------- 4
def file4(out):
    # (in-rate, out-rate) as share of employed night population
    rates = {
        "Eskilstuna": (0.17, 0.19), "Flen": (0.22, 0.33), "Gnesta": (0.25, 0.52), "Katrineholm": (0.20, 0.21),
        "Nyköping": (0.16, 0.18), "Oxelösund": (0.34, 0.38), "Strängnäs": (0.21, 0.42), "Trosa": (0.27, 0.49),
        "Vingåker": (0.21, 0.37),
        "Arvika": (0.11, 0.12), "Eda": (0.17, 0.30), "Filipstad": (0.13, 0.17), "Forshaga": (0.19, 0.51),
        "Grums": (0.24, 0.40), "Hagfors": (0.09, 0.14), "Hammarö": (0.30, 0.55), "Karlstad": (0.23, 0.11),
        "Kil": (0.23, 0.45), "Kristinehamn": (0.14, 0.17), "Munkfors": (0.22, 0.36), "Storfors": (0.25, 0.40),
        "Sunne": (0.13, 0.18), "Säffle": (0.12, 0.17), "Torsby": (0.07, 0.09), "Årjäng": (0.10, 0.15),
        "Bjurholm": (0.20, 0.41), "Dorotea": (0.11, 0.17), "Lycksele": (0.12, 0.11), "Malå": (0.12, 0.16),
        "Nordmaling": (0.15, 0.37), "Norsjö": (0.17, 0.21), "Robertsfors": (0.18, 0.40), "Skellefteå": (0.05, 0.06),
        "Sorsele": (0.10, 0.13), "Storuman": (0.12, 0.10), "Umeå": (0.09, 0.05), "Vilhelmina": (0.09, 0.10),
        "Vindeln": (0.17, 0.38), "Vännäs": (0.22, 0.47), "Åsele": (0.12, 0.17),
    }
    county = {
        "Södermanlands län": (17940, 31260, 131420),
        "Värmlands län": (6120, 8470, 130880),
        "Västerbottens län": (3510, 4260, 129740),
    }
    rows = [["00 Riket", 1642310, 1642310, 0, 5182600]]
    for code, lan, kommuner in COUNTIES:
        krows = []
        lan_night = 0
        for k in kommuner:
            night = int(round(POP[k] * 0.47 + rng.normal(0, 0.01 * POP[k])))
            lan_night += night
            ri, ro = rates[k]
            inp = int(round(night * ri * (1 + rng.normal(0, 0.03))))
            utp = int(round(night * ro * (1 + rng.normal(0, 0.03))))
            krows.append([f"{CODES[k]} {k}", inp, utp, inp - utp, night + inp - utp])
        inp, utp, _ = county[lan]
        rows.append([f"{code} {lan}", inp, utp, inp - utp, lan_night + inp - utp])
        rows.extend(krows)
    path = os.path.join(out, "scb_pendling_kommun_2022.csv")
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write('"Pendling efter region och tabellinnehåll. År 2022"\n\n')
        w = csv.writer(f, delimiter=",", quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
        w.writerow(["region", "Inpendlare 2022", "Utpendlare 2022", "Nettopendling 2022",
                    "Förvärvsarbetande dagbefolkning 2022"])
        w.writerows(rows)
        f.write('\n"Förvärvsarbetande 16+ år med arbetsställe i regionen (dagbefolkning). Nettopendling = inpendlare - utpendlare."\n')
        f.write('"Källa: SCB, Registerbaserad arbetsmarknadsstatistik (RAMS/BAS)"\n')


# ---------------------------------------------------------------- 5
def file5(out):
    change = {  # % change 2025-2035
        "Eskilstuna": 6.2, "Flen": -2.1, "Gnesta": 4.4, "Katrineholm": 1.3, "Nyköping": 5.1, "Oxelösund": -0.8,
        "Strängnäs": 9.7, "Trosa": 8.3, "Vingåker": -3.0,
        "Arvika": -2.6, "Eda": -4.8, "Filipstad": -7.9, "Forshaga": 0.9, "Grums": -3.4, "Hagfors": -6.8,
        "Hammarö": 5.6, "Karlstad": 4.1, "Kil": 1.8, "Kristinehamn": -1.7, "Munkfors": -8.6, "Storfors": -5.3,
        "Sunne": -1.2, "Säffle": -2.9, "Torsby": -6.1, "Årjäng": -0.4,
        "Bjurholm": -5.9, "Dorotea": -9.4, "Lycksele": -2.2, "Malå": -6.6, "Nordmaling": -1.5, "Norsjö": -4.1,
        "Robertsfors": -2.7, "Skellefteå": 6.9, "Sorsele": -10.2, "Storuman": -3.8, "Umeå": 11.4,
        "Vilhelmina": -5.0, "Vindeln": -3.3, "Vännäs": 2.4, "Åsele": -8.1,
    }
    wb = Workbook()
    ws = wb.active
    ws.title = "Prognos"
    ws.append(["Befolkningsprognos per kommun 2025–2035"])
    ws.append(["Framskrivning av folkmängden 31 december. Huvudalternativ."])
    ws.append([])
    ws.append(["Kommun", "2025", "2030", "2035", "Förändring 2025–2035 (%)"])
    for _, lan, kommuner in COUNTIES:
        block = []
        for k in kommuner:
            p25 = int(round(POP[k] * (1 + change[k] / 1000 + rng.normal(0, 0.002))))
            p35 = int(round(p25 * (1 + change[k] / 100)))
            p30 = int(round(p25 + (p35 - p25) * (0.5 + rng.normal(0, 0.05))))
            block.append([k, p25, p30, p35, round(100 * (p35 - p25) / p25, 1)])
        s25 = sum(r[1] for r in block)
        s30 = sum(r[2] for r in block)
        s35 = sum(r[3] for r in block)
        ws.append([f"{lan} totalt", s25, s30, s35, round(100 * (s35 - s25) / s25, 1)])
        for r in block:
            ws.append(r)
    ws.append([])
    ws.append(["Källa: Egen framskrivning baserad på SCB:s befolkningsstatistik. Avrundade värden."])
    ws.column_dimensions["A"].width = 26
    ws.column_dimensions["E"].width = 26
    wb.save(os.path.join(out, "befolkningsprognos_kommuner_2025_2035.xlsx"))


# ---------------------------------------------------------------- 6
def file6(out):
    kommuner = ["Umeå", "Umeå", "Umeå", "Skellefteå", "Skellefteå", "Lycksele", "Eskilstuna", "Eskilstuna",
                "Eskilstuna", "Katrineholm", "Nyköping", "Karlstad", "Karlstad", "Karlstad", "Arvika",
                "Kristinehamn", "Säffle", "Filipstad"]
    areas = ["Vård och omsorg", "Vård och omsorg", "Transport", "Transport", "Bygg och anläggning",
             "Industriteknik", "Restaurang och livsmedel", "IT och data"]
    export = dt.date(2024, 11, 29)
    rows = []
    n = 58
    for i in range(n):
        area = areas[rng.integers(len(areas))]
        kon = "Kvinna" if rng.random() < (0.75 if area == "Vård och omsorg" else 0.3) else "Man"
        age = int(rng.integers(19, 62))
        start = dt.date(2023, 8, 21) + dt.timedelta(days=int(rng.integers(0, 420)))
        weeks = int(rng.choice([10, 12, 16, 20, 24, 30]))
        end = start + dt.timedelta(weeks=weeks)
        avbrott = "Nej"
        if rng.random() < 0.16:
            avbrott = "Ja"
            end = start + dt.timedelta(weeks=int(rng.integers(2, max(3, weeks - 2))))
        if end > dt.date(2024, 8, 31):
            # still ongoing (or ended too late to have a 90-day follow-up: treat as ongoing in export)
            if avbrott == "Ja":
                end = min(end, dt.date(2024, 8, 30))
            else:
                rows.append([start, None, kommuner[rng.integers(len(kommuner))], area, "Nej", "", age, kon])
                continue
        p = rng.random()
        if avbrott == "Ja":
            status = "Arbete" if p < 0.2 else "Arbetslös" if p < 0.75 else "Övrigt" if p < 0.9 else "Studier"
        else:
            status = "Arbete" if p < 0.55 else "Studier" if p < 0.65 else "Arbetslös" if p < 0.9 else "Övrigt"
        rows.append([start, end, kommuner[rng.integers(len(kommuner))], area, avbrott, status, age, kon])
    rows.sort(key=lambda r: r[0])
    path = os.path.join(out, "amu_deltagare_register_2023_2024.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=",", lineterminator="\n")
        w.writerow(["deltagar_id", "startdatum", "slutdatum", "kommun", "utbildningsomrade", "avbrott",
                    "status_90_dagar_efter_avslut", "alder", "kon"])
        for i, r in enumerate(rows, 1):
            w.writerow([f"AMU-{r[0].year}-{i:04d}", r[0].isoformat(), r[1].isoformat() if r[1] else ""] + r[2:])
    _ = export


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("OUT_DIR", "kb")
    os.makedirs(out, exist_ok=True)
    file1(out)
    file2(out)
    file3(out)
    file4(out)
    file5(out)
    file6(out)
    print("wrote", sorted(os.listdir(out)))


if __name__ == "__main__":
    main()
