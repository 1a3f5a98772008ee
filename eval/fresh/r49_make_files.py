"""Build six realistic Swedish statistics exports for Uppsala, Östergötland and Blekinge län.

Usage: python make_files.py OUT_DIR
"""
import csv
import os
import sys

import numpy as np
import pandas as pd
from openpyxl import Workbook

rng = np.random.default_rng(49)

# (code, name, county code, approx population 2024, income factor, education factor)
KOMMUNER = [
    ("0305", "Håbo", "03", 22300, 1.10, 1.00),
    ("0319", "Älvkarleby", "03", 9600, 0.93, 0.70),
    ("0330", "Knivsta", "03", 20400, 1.16, 1.45),
    ("0331", "Heby", "03", 14300, 0.92, 0.72),
    ("0360", "Tierp", "03", 21600, 0.94, 0.74),
    ("0380", "Uppsala", "03", 245000, 1.03, 1.55),
    ("0381", "Enköping", "03", 47500, 1.00, 0.95),
    ("0382", "Östhammar", "03", 22100, 0.99, 0.82),
    ("0509", "Ödeshög", "05", 5300, 0.90, 0.70),
    ("0512", "Ydre", "05", 3700, 0.89, 0.68),
    ("0513", "Kinda", "05", 9900, 0.92, 0.74),
    ("0560", "Boxholm", "05", 5500, 0.93, 0.66),
    ("0561", "Åtvidaberg", "05", 11600, 0.95, 0.78),
    ("0562", "Finspång", "05", 21400, 0.96, 0.80),
    ("0563", "Valdemarsvik", "05", 7600, 0.89, 0.70),
    ("0580", "Linköping", "05", 167000, 1.04, 1.45),
    ("0581", "Norrköping", "05", 146000, 0.96, 1.00),
    ("0582", "Söderköping", "05", 14800, 1.00, 0.96),
    ("0583", "Motala", "05", 44000, 0.94, 0.82),
    ("0584", "Vadstena", "05", 7400, 0.95, 1.02),
    ("0586", "Mjölby", "05", 28500, 0.98, 0.85),
    ("1060", "Olofström", "10", 13200, 0.93, 0.64),
    ("1080", "Karlskrona", "10", 67000, 1.00, 1.12),
    ("1081", "Ronneby", "10", 29700, 0.93, 0.80),
    ("1082", "Karlshamn", "10", 32600, 0.97, 0.88),
    ("1083", "Sölvesborg", "10", 18000, 0.96, 0.82),
]
LAN = {"03": "Uppsala län", "05": "Östergötlands län", "10": "Blekinge län"}
LAN_POP = {c: sum(k[3] for k in KOMMUNER if k[2] == c) for c in LAN}
RIKET_POP = 10_550_000


def lan_factor(code, idx):
    ks = [k for k in KOMMUNER if k[2] == code]
    w = np.array([k[3] for k in ks], float)
    f = np.array([k[idx] for k in ks], float)
    return float((w * f).sum() / w.sum())


# ---------------------------------------------------------------- 1. SCB medianinkomst
def file_median_income(out):
    years = [2021, 2022, 2023, 2024]
    base = {  # tkr 2021, Riket level
        ("män", "20-64 år"): 378.0, ("kvinnor", "20-64 år"): 322.0, ("totalt", "20-64 år"): 350.0,
        ("män", "65+ år"): 262.0, ("kvinnor", "65+ år"): 196.0, ("totalt", "65+ år"): 224.0,
    }
    regions = [("00", "Riket", 1.0, 10_000_000)]
    for c, n in LAN.items():
        regions.append((c, n, lan_factor(c, 4), LAN_POP[c]))
        for k in KOMMUNER:
            if k[2] == c:
                regions.append((k[0], k[1], k[4], k[3]))
    rows = []
    for code, name, fac, pop in regions:
        for kon in ["män", "kvinnor", "totalt"]:
            for age in ["20-64 år", "65+ år"]:
                v = base[(kon, age)] * fac * (1 + rng.normal(0, 0.015))
                vals = []
                for y in years:
                    if y > 2021:
                        v = v * (1 + rng.normal(0.038 if age == "20-64 år" else 0.045, 0.012))
                    vals.append(round(v, 1))
                # small municipalities: a few suppressed cells
                if pop < 6000 and age == "65+ år" and kon == "kvinnor" and code == "0512":
                    vals[0] = None
                if code == "0560" and age == "65+ år" and kon == "män":
                    vals[1] = None
                rows.append([f"{code} {name}", kon, age] + [".." if x is None else f"{x:.1f}" for x in vals])
    path = os.path.join(out, "scb_medianinkomst_kommun_kon_alder_2021-2024.csv")
    with open(path, "w", encoding="latin-1", newline="") as fh:
        fh.write('"Sammanräknad förvärvsinkomst för boende i Sverige hela året, medianinkomst i tkr efter region, kön, ålder och år"\n')
        fh.write("\n")
        w = csv.writer(fh, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
        w.writerow(["region", "kön", "ålder"] + [str(y) for y in years])
        for r in rows:
            w.writerow(r)
        fh.write("\n")
        fh.write('"Källa: SCB, Inkomst- och taxeringsregistret (IoT). .. = uppgift saknas eller för osäker för att redovisas."\n')


# ---------------------------------------------------------------- 2. AF varsel xlsx
def file_varsel(out):
    months = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
    season = np.array([1.1, 1.0, 1.05, 0.95, 0.9, 0.85, 0.55, 0.8, 1.1, 1.25, 1.3, 1.15])
    level = {"Uppsala län": 260, "Östergötlands län": 420, "Blekinge län": 140, "Riket": 7600}
    yearfac = {2023: 1.0, 2024: 1.12}
    wb = Workbook()
    wb.remove(wb.active)
    for year in [2023, 2024]:
        ws = wb.create_sheet(str(year))
        ws.append([f"Varsel om uppsägning – antal berörda personer per län och månad {year}"])
        ws.append([])
        ws.append(["Län"] + months + ["Totalt"])
        for lan in ["Uppsala län", "Östergötlands län", "Blekinge län", "Riket"]:
            vals = []
            for m in range(12):
                lam = level[lan] * yearfac[year] * season[m]
                v = int(rng.poisson(lam) * rng.lognormal(0, 0.35 if lan != "Riket" else 0.12))
                vals.append(v)
            ws.append([lan] + vals + [sum(vals)])
        ws.append([])
        ws.append(["Källa: Arbetsförmedlingen. Varsel avser antal personer som berörs av varsel om uppsägning."])
    wb.save(os.path.join(out, "af_varsel_lan_manad_2023_2024.xlsx"))


# ---------------------------------------------------------------- 3. FK sjukpenning xlsx
def file_sjukpenning(out):
    wb = Workbook()
    ws = wb.active
    ws.title = "Sjukpenning 2024"
    ws.append(["Län", "Kommunkod", "Kommun", "Kön", "Antal mottagare", "Utbetalt belopp (tkr)"])
    ws.append(["Antal mottagare = personer med minst en utbetald dag under 2024. Belopp i tusentals kronor, löpande priser. Källa: Försäkringskassan (MiDAS)."])
    rows = []
    for c, lan in LAN.items():
        for k in KOMMUNER:
            if k[2] != c:
                continue
            pop = k[3]
            kv = int(pop * 0.5 * 0.62 * rng.normal(0.105, 0.010))
            ma = int(pop * 0.5 * 0.62 * rng.normal(0.062, 0.007))
            bk = int(kv * rng.normal(61.0, 4.0))
            bm = int(ma * rng.normal(68.0, 5.0))
            rows.append([lan, k[0], k[1], "Kvinnor", kv, bk])
            rows.append([lan, k[0], k[1], "Män", ma, bm])
            rows.append([lan, k[0], k[1], "Båda könen", kv + ma, bk + bm])
    df = pd.DataFrame(rows, columns=["lan", "kod", "kommun", "kon", "n", "b"])
    for r in rows:
        ws.append(r)
    for c, lan in LAN.items():
        sub = df[df.lan == lan]
        for kon in ["Kvinnor", "Män", "Båda könen"]:
            s = sub[sub.kon == kon]
            ws.append([lan, c, lan, kon, int(s.n.sum()), int(s.b.sum())])
    kvr = int(RIKET_POP * 0.5 * 0.62 * 0.104)
    mar = int(RIKET_POP * 0.5 * 0.62 * 0.061)
    bkr = int(kvr * 62.3)
    bmr = int(mar * 69.1)
    ws.append(["Riket", "00", "Riket", "Kvinnor", kvr, bkr])
    ws.append(["Riket", "00", "Riket", "Män", mar, bmr])
    ws.append(["Riket", "00", "Riket", "Båda könen", kvr + mar, bkr + bmr])
    wb.save(os.path.join(out, "fk_sjukpenning_kommun_kon_2024.xlsx"))


# ---------------------------------------------------------------- 4. Kolada long csv
def file_kolada(out):
    kpis = [
        ("N00914", "Förvärvsarbetande invånare 20-64 år, andel (%)"),
        ("N03923", "Arbetslöshet 16-64 år, andel (%) av befolkningen"),
        ("N00957", "Ohälsotal, dagar per registrerad försäkrad 16-64 år"),
    ]
    units = [("0000", "Riket", 1.0)]
    kol_lan = {"03": ("0003", "Region Uppsala"), "05": ("0005", "Region Östergötland"), "10": ("0010", "Region Blekinge")}
    for c in LAN:
        units.append((kol_lan[c][0], kol_lan[c][1], lan_factor(c, 4)))
        for k in KOMMUNER:
            if k[2] == c:
                units.append((k[0], k[1], k[4]))
    rows = []
    for kid, kname in kpis:
        for uid, uname, fac in units:
            for kon in ["T", "K", "M"]:
                if kid == "N00914":
                    v0 = 80.5 + (fac - 1) * 40 + rng.normal(0, 1.2) + {"T": 0, "K": -1.6, "M": 1.5}[kon]
                    step = [0, 0.4, -0.3]
                elif kid == "N03923":
                    v0 = 6.4 - (fac - 1) * 25 + rng.normal(0, 0.8) + {"T": 0, "K": -0.3, "M": 0.3}[kon]
                    step = [0, 0.2, 0.6]
                else:
                    v0 = 23.0 - (fac - 1) * 40 + rng.normal(0, 2.0) + {"T": 0, "K": 4.5, "M": -4.0}[kon]
                    step = [0, -0.4, 0.3]
                v = v0
                for i, yr in enumerate([2022, 2023, 2024]):
                    v = v + step[i] + rng.normal(0, 0.3)
                    rows.append([kid, kname, uid, uname, yr, kon, round(max(v, 1.0), 1)])
    df = pd.DataFrame(rows, columns=["kpi", "kpi_namn", "kommun_id", "kommun", "period", "kon", "varde"])
    df.to_csv(os.path.join(out, "kolada_export_3_kpi_2022-2024.csv"), index=False, encoding="utf-8")


# ---------------------------------------------------------------- 5. SCB utbildningsnivå csv ;
def file_utbildning(out):
    regions = [("00", "Riket", RIKET_POP, 1.0)]
    for c, n in LAN.items():
        ks = [k for k in KOMMUNER if k[2] == c]
        regions.append((c, n, None, None))
        for k in ks:
            regions.append((k[0], k[1], k[3], k[5]))
    data = []
    for code, name, pop, ef in regions:
        if pop is None:
            data.append([code, name, None])
            continue
        n2564 = int(pop * rng.normal(0.505, 0.012))
        p3 = 0.29 * ef * rng.normal(1, 0.03)
        p_lt3 = 0.155 * rng.normal(1, 0.05)
        p_for = 0.115 / ef ** 0.6 * rng.normal(1, 0.06)
        p_na = 0.018 * rng.normal(1, 0.15)
        p_gy = 1 - p3 - p_lt3 - p_for - p_na
        parts = [int(round(n2564 * p)) for p in (p_for, p_gy, p_lt3, p3, p_na)]
        data.append([code, name, parts])
    # county rows = sums of their municipalities
    for i, (code, name, parts) in enumerate(data):
        if parts is None:
            ks = [d[2] for d in data if len(d[0]) == 4 and d[0][:2] == code]
            data[i][2] = list(np.sum(ks, axis=0).astype(int))
    header = ["region", "förgymnasial utbildning 2023", "gymnasial utbildning 2023",
              "eftergymnasial utbildning, mindre än 3 år 2023", "eftergymnasial utbildning, 3 år eller mer 2023",
              "uppgift om utbildningsnivå saknas 2023"]
    path = os.path.join(out, "scb_utbildningsniva_25-64_kommun_2023.csv")
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        fh.write("Befolkning 25-64 år efter region, utbildningsnivå och år. Antal personer\n")
        fh.write(";".join(header) + "\n")
        for code, name, parts in data:
            fh.write(";".join([f"{code} {name}"] + [str(int(p)) for p in parts]) + "\n")


# ---------------------------------------------------------------- 6. register ekonomiskt bistånd
def file_register(out):
    kommuner = [("Uppsala", 0.26), ("Enköping", 0.08), ("Linköping", 0.18), ("Norrköping", 0.22),
                ("Motala", 0.09), ("Karlskrona", 0.11), ("Ronneby", 0.06)]
    typer = [("Ensamstående utan barn", 0.48, 7600, 1100), ("Ensamstående med barn", 0.24, 12800, 1900),
             ("Sammanboende utan barn", 0.10, 11200, 1500), ("Sammanboende med barn", 0.18, 17900, 2800)]
    orsaker = [("Arbetslöshet", 0.40), ("Sjukdom eller ohälsa", 0.22), ("Otillräcklig inkomst", 0.17),
               ("Väntar på annan ersättning", 0.12), ("Sociala skäl", 0.09)]
    rows = []
    hh = 0
    pay = 0
    while len(rows) < 300:
        hh += 1
        kom = kommuner[rng.choice(len(kommuner), p=[k[1] for k in kommuner])][0]
        t = typer[rng.choice(len(typer), p=[x[1] for x in typer])]
        ors = orsaker[rng.choice(len(orsaker), p=[o[1] for o in orsaker])][0]
        start = int(rng.integers(1, 12))
        n = int(rng.integers(1, 7))
        base = rng.normal(t[2], t[3])
        hid = f"HH{24000 + hh * 7:06d}"
        for m in range(start, min(start + n, 13)):
            pay += 1
            amount = int(round(max(1500, base * rng.normal(1, 0.12)), 0))
            rows.append([f"EB2024-{pay:05d}", hid, f"2024-{m:02d}", kom, t[0], amount, ors])
    df = pd.DataFrame(rows, columns=["utbetalnings_id", "hushalls_id", "utbetalningsmanad", "kommun",
                                     "hushallstyp", "belopp_kr", "orsak"])
    df = df.sort_values(["utbetalningsmanad", "utbetalnings_id"]).reset_index(drop=True)
    with pd.ExcelWriter(os.path.join(out, "register_ekonomiskt_bistand_utbetalningar_2024.xlsx")) as xw:
        df.to_excel(xw, sheet_name="Utbetalningar", index=False)


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    file_median_income(out)
    file_varsel(out)
    file_sjukpenning(out)
    file_kolada(out)
    file_utbildning(out)
    file_register(out)


if __name__ == "__main__":
    main()
