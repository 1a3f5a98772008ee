"""Write six realistic Swedish statistics exports (round 52) into OUT_DIR.

Regions: Västerbottens län (24), Kalmar län (08), Gävleborgs län (21).
Usage: python make_files.py OUT_DIR
"""
import sys
from pathlib import Path

import numpy as np
import pandas as pd
from openpyxl import Workbook

rng = np.random.default_rng(52)

# --------------------------------------------------------------------------------------------
# Municipalities (real codes, approximate real population 2024)
# --------------------------------------------------------------------------------------------
COUNTIES = {
    "24": ("Västerbottens län", [
        ("2401", "Nordmaling", 7100), ("2403", "Bjurholm", 2400), ("2404", "Vindeln", 5400),
        ("2409", "Robertsfors", 6700), ("2417", "Norsjö", 4000), ("2418", "Malå", 3000),
        ("2421", "Storuman", 5800), ("2422", "Sorsele", 2400), ("2425", "Dorotea", 2500),
        ("2460", "Vännäs", 8900), ("2462", "Vilhelmina", 6700), ("2463", "Åsele", 2700),
        ("2480", "Umeå", 133000), ("2481", "Lycksele", 12300), ("2482", "Skellefteå", 76500),
    ]),
    "08": ("Kalmar län", [
        ("0821", "Högsby", 5700), ("0834", "Torsås", 7100), ("0840", "Mörbylånga", 15600),
        ("0860", "Hultsfred", 13800), ("0861", "Mönsterås", 13400), ("0862", "Emmaboda", 9300),
        ("0880", "Kalmar", 72500), ("0881", "Nybro", 20200), ("0882", "Oskarshamn", 27300),
        ("0883", "Västervik", 36500), ("0884", "Vimmerby", 15600), ("0885", "Borgholm", 10900),
    ]),
    "21": ("Gävleborgs län", [
        ("2101", "Ockelbo", 5800), ("2104", "Hofors", 9500), ("2121", "Ovanåker", 11500),
        ("2132", "Nordanstig", 9400), ("2161", "Ljusdal", 19000), ("2180", "Gävle", 104000),
        ("2181", "Sandviken", 39800), ("2182", "Söderhamn", 25300), ("2183", "Bollnäs", 26300),
        ("2184", "Hudiksvall", 37600),
    ]),
}
ORDER = ["24", "08", "21"]
CITIES = {"Umeå", "Skellefteå", "Kalmar", "Gävle"}  # younger, more services

MUNIS = []  # (lan_code, lan_name, code, name, pop)
for lc in ORDER:
    lname, rows = COUNTIES[lc]
    for code, name, pop in rows:
        MUNIS.append((lc, lname, code, name, pop))

AGES = ["0-19 år", "20-64 år", "65-79 år", "80+ år"]


def write_xlsx(path, rows, sheet):
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    for r in rows:
        ws.append(list(r))
    wb.save(path)


# --------------------------------------------------------------------------------------------
# 5. Folkmängd per kommun, åldersgrupp, kön 2024 (base for everything else)
# --------------------------------------------------------------------------------------------
def population():
    recs = []
    for lc, lname, code, name, pop in MUNIS:
        if name in CITIES:
            shares = np.array([0.225, 0.585, 0.135, 0.055])
        else:
            shares = np.array([0.200, 0.520, 0.195, 0.085])
        shares = shares * rng.uniform(0.93, 1.07, 4)
        shares = shares / shares.sum()
        total = int(round(pop * rng.uniform(0.985, 1.015)))
        for age, sh in zip(AGES, shares):
            n = total * sh
            fshare = {"0-19 år": 0.486, "20-64 år": 0.489, "65-79 år": 0.505, "80+ år": 0.575}[age]
            fshare += rng.normal(0, 0.008)
            k = int(round(n * fshare))
            m = int(round(n)) - k
            recs.append((lname, name, code, age, "kvinnor", k))
            recs.append((lname, name, code, age, "män", m))
    return pd.DataFrame(recs, columns=["lan", "kommun", "kod", "alder", "kon", "antal"])


POP = population()
POP_TOT = POP.groupby("kommun", sort=False)["antal"].sum()
POP_2064 = POP[POP.alder == "20-64 år"].groupby("kommun", sort=False)["antal"].sum()


def file5(out):
    lines = []
    header = ["Län", "Kommun", "Ålder", "Kön", "År", "Folkmängd"]
    for lc in ORDER:
        lname = COUNTIES[lc][0]
        sub = POP[POP.lan == lname]
        for _, r in sub.iterrows():
            lines.append([lname, f"{r.kod} {r.kommun}", r.alder, r.kon, "2024", int(r.antal)])
        tot = sub.groupby(["alder", "kon"], sort=False)["antal"].sum()
        for (age, kon), v in tot.items():
            lines.append([lname, "Totalt", age, kon, "2024", int(v)])
    riket = {("0-19 år", "kvinnor"): 1148512, ("0-19 år", "män"): 1216843,
             ("20-64 år", "kvinnor"): 2906410, ("20-64 år", "män"): 3047288,
             ("65-79 år", "kvinnor"): 819334, ("65-79 år", "män"): 782015,
             ("80+ år", "kvinnor"): 352981, ("80+ år", "män"): 272406}
    for (age, kon), v in riket.items():
        lines.append(["Riket", "Totalt", age, kon, "2024", v])
    df = pd.DataFrame(lines, columns=header)
    path = out / "scb_folkmangd_alder_kon_2024.csv"
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write('"Folkmängd efter region, ålder och kön. År 2024"\n')
        f.write('"Källa: SCB, Befolkningsstatistik. Avser den 31 december."\n')
        f.write("\n")
        df.to_csv(f, index=False, quoting=1)


# --------------------------------------------------------------------------------------------
# 1. SCB förvärvsarbetande (dagbefolkning) efter näringsgren, 2022 och 2023 (XLSX)
# --------------------------------------------------------------------------------------------
BRANCHES = [
    ("A", "jordbruk, skogsbruk och fiske", 0.030),
    ("B+C", "tillverkning och utvinning", 0.135),
    ("F", "byggverksamhet", 0.080),
    ("G", "handel", 0.105),
    ("H", "transport och magasinering", 0.050),
    ("J-N", "information, finans och företagstjänster", 0.140),
    ("O", "offentlig förvaltning och försvar", 0.060),
    ("P", "utbildning", 0.110),
    ("Q", "vård och omsorg; sociala tjänster", 0.170),
    ("R-U,X", "personliga och kulturella tjänster, okänd verksamhet", 0.120),
]
INDUSTRIAL = {"Sandviken", "Hofors", "Oskarshamn", "Skellefteå", "Emmaboda", "Ovanåker",
              "Hultsfred", "Mönsterås", "Nybro"}


def file1(out):
    data = {}  # (region label) -> list of (branch label, v22, v23)
    county_acc = {}
    for lc, lname, code, name, pop in MUNIS:
        work = POP_2064[name] * rng.uniform(0.74, 0.84)
        if name in CITIES:
            work *= 1.06
        sh = np.array([b[2] for b in BRANCHES]) * rng.uniform(0.75, 1.25, len(BRANCHES))
        if name in INDUSTRIAL:
            sh[1] *= 1.8
        if name not in CITIES:
            sh[0] *= 2.2
            sh[5] *= 0.6
        sh = sh / sh.sum()
        rows = []
        for (bc, bn, _), s in zip(BRANCHES, sh):
            v23 = int(round(work * s))
            v22 = int(round(v23 / rng.uniform(0.95, 1.05)))
            if name == "Skellefteå" and bc in ("F", "B+C"):
                v22 = int(round(v23 / 1.09))
            rows.append((f"{bc} {bn}", v22, v23))
        data[f"{code} {name}"] = rows
        acc = county_acc.setdefault(lc, [[0, 0] for _ in BRANCHES])
        for i, (_, a, b) in enumerate(rows):
            acc[i][0] += a
            acc[i][1] += b
    riket_rows = []
    riket_sh = [0.017, 0.118, 0.074, 0.112, 0.053, 0.190, 0.066, 0.110, 0.158, 0.102]
    for (bc, bn, _), s in zip(BRANCHES, riket_sh):
        v23 = int(round(5_176_400 * s))
        v22 = int(round(v23 / 1.011))
        riket_rows.append((f"{bc} {bn}", v22, v23))

    blocks = [("00 Riket", riket_rows)]
    for lc in ORDER:
        lname = COUNTIES[lc][0]
        acc = county_acc[lc]
        blocks.append((f"{lc} {lname}", [(f"{bc} {bn}", a, b)
                                          for (bc, bn, _), (a, b) in zip(BRANCHES, acc)]))
        for code, name, _ in COUNTIES[lc][1]:
            blocks.append((f"{code} {name}", data[f"{code} {name}"]))

    rows = [
        ["Förvärvsarbetande 16+ år med arbetsplats i regionen (dagbefolkning) efter region, "
         "näringsgren SNI 2007 och år"],
        ["Antal personer"],
        [],
        ["", "", "2022", "2023"],
    ]
    for region, brs in blocks:
        tot22 = sum(r[1] for r in brs)
        tot23 = sum(r[2] for r in brs)
        first = True
        for lab, a, b in [("TOTALT samtliga näringsgrenar", tot22, tot23)] + brs:
            rows.append([region if first else "", lab, a, b])
            first = False
    rows.append([])
    rows.append(["Uppgifterna avser förvärvsarbetande i november respektive år. "
                 "Näringsgren enligt SNI 2007, aggregerad."])
    rows.append(["Källa: SCB, Registerbaserad arbetsmarknadsstatistik (BAS)."])
    write_xlsx(out / "scb_dagbefolkning_naringsgren_2022_2023.xlsx", rows, "Tabell 1")


# --------------------------------------------------------------------------------------------
# 2. Arbetsförmedlingen inskrivna arbetslösa per kommun och månad 2024 (Latin-1 CSV, ;)
# --------------------------------------------------------------------------------------------
MONTHS_SV = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
SEASON = np.array([1.06, 1.07, 1.04, 1.00, 0.96, 0.97, 1.03, 1.00, 0.96, 0.96, 0.97, 1.00])


def file2(out):
    lines = ["Inskrivna arbetslösa 16-64 år (öppet arbetslösa och sökande i program med "
             "aktivitetsstöd), antal per månad 2024",
             "Källa: Arbetsförmedlingen",
             ""]
    lines.append(";".join(["Län", "Kommun"] + [f"{m} 2024" for m in MONTHS_SV]))
    base_rate = {"24": 0.052, "08": 0.066, "21": 0.085}
    for lc in ORDER:
        lname, rows = COUNTIES[lc]
        acc = np.zeros(12, dtype=int)
        for code, name, _ in rows:
            rate = base_rate[lc] * rng.uniform(0.75, 1.3)
            lvl = POP_2064[name] * rate
            trend = np.linspace(0.97, 1.04, 12)
            vals = np.round(lvl * SEASON * trend * rng.uniform(0.97, 1.03, 12)).astype(int)
            acc += vals
            lines.append(";".join([lname, name] + [str(v) for v in vals]))
        lines.append(";".join([lname, "Summa län"] + [str(v) for v in acc]))
    (out / "af_inskrivna_arbetslosa_kommun_2024.csv").write_bytes(
        ("\r\n".join(lines) + "\r\n").encode("latin-1"))


# --------------------------------------------------------------------------------------------
# 3. Kolada long export: kpi, kommun, år, kön, värde
# --------------------------------------------------------------------------------------------
def file3(out):
    kpis = [("N00957", "Ohälsotal, dagar/person"),
            ("N01982", "Invånare 25-64 år med eftergymnasial utbildning, andel (%)"),
            ("N00905", "Sammanräknad förvärvsinkomst, invånare 20-64 år, median, kr")]
    areas = [("0000", "Riket", 10_550_000)]
    for lc in ORDER:
        lname, rows = COUNTIES[lc]
        areas.append(("00" + lc, lname, sum(p for _, _, p in rows)))
        for code, name, pop in rows:
            areas.append((code, name, pop))
    recs = []
    for kid, kname in kpis:
        for aid, aname, pop in areas:
            city = aname in CITIES or aname == "Riket"
            if kid == "N00957":
                base = rng.uniform(19, 24) if city else rng.uniform(24, 34)
                if aname.endswith("län"):
                    base = rng.uniform(23, 28)
                k0, m0 = base * 1.28, base * 0.74
                yr_f = [1.0, 0.97, 0.955, 0.945]
            elif kid == "N01982":
                base = rng.uniform(44, 54) if city else rng.uniform(28, 40)
                if aname.endswith("län"):
                    base = rng.uniform(38, 44)
                k0, m0 = base * 1.22, base * 0.80
                yr_f = [1.0, 1.012, 1.025, 1.037]
            else:
                base = rng.uniform(318000, 345000) if city else rng.uniform(290000, 325000)
                if aname.endswith("län"):
                    base = rng.uniform(312000, 330000)
                k0, m0 = base * 0.93, base * 1.07
                yr_f = [1.0, 1.038, 1.082, 1.121]
            for yi, yr in enumerate([2021, 2022, 2023, 2024]):
                f = yr_f[yi] * rng.uniform(0.99, 1.01)
                k, m = k0 * f, m0 * f * rng.uniform(0.99, 1.01)
                t = (k + m) / 2
                for kon, v in (("T", t), ("K", k), ("M", m)):
                    if kid == "N00905":
                        val = str(int(round(v / 100.0) * 100))
                    else:
                        val = f"{v:.1f}"
                    recs.append((kid, kname, aid, aname, yr, kon, val))
    df = pd.DataFrame(recs, columns=["kpi", "kpi_namn", "kommun_id", "kommun", "år", "kön",
                                     "värde"])
    # a couple of missing values, as Kolada exports have them
    df.loc[(df.kommun == "Sorsele") & (df.kpi == "N01982") & (df.år == 2021) & (df.kön != "T"),
           "värde"] = ""
    df.to_csv(out / "kolada_export_ohalsa_utbildning_inkomst.csv", index=False,
              encoding="utf-8")


# --------------------------------------------------------------------------------------------
# 4. Försäkringskassan sjukpenningtal per kommun och kön, månad 2024 (XLSX, "..")
# --------------------------------------------------------------------------------------------
SMALL = {"Bjurholm", "Sorsele", "Dorotea", "Åsele"}


def file4(out):
    months = [f"2024-{m:02d}" for m in range(1, 13)]
    seas = np.array([1.03, 1.04, 1.03, 1.01, 0.99, 0.98, 0.96, 0.97, 0.99, 1.0, 1.01, 1.0])
    header = ["Område", "Kön"] + months
    rows = [["Sjukpenningtal per kommun och kön, månadsvärden 2024"],
            ["Antal dagar med sjukpenning och rehabiliteringspenning per registrerad försäkrad "
             "16-64 år, rullande 12 månader"],
            [],
            header]

    def block(label, base, small=False):
        out_rows = []
        k = base * 1.30 * seas * rng.uniform(0.985, 1.015, 12)
        m = base * 0.72 * seas * rng.uniform(0.985, 1.015, 12)
        t = (k + m) / 2
        for kon, arr in (("Kvinnor", k), ("Män", m), ("Totalt", t)):
            vals = [round(float(x), 1) for x in arr]
            if small and kon != "Totalt":
                idx = rng.choice(12, size=int(rng.integers(3, 7)), replace=False)
                for i in idx:
                    vals[i] = ".."
            out_rows.append([label, kon] + vals)
        return out_rows

    rows += block("Riket", 9.6)
    for lc in ORDER:
        lname, munis = COUNTIES[lc]
        rows += block(f"{lc} {lname}", {"24": 9.9, "08": 10.6, "21": 11.8}[lc])
        for code, name, _ in munis:
            base = {"24": 9.9, "08": 10.6, "21": 11.8}[lc] * rng.uniform(0.82, 1.22)
            rows += block(f"{code} {name}", base, small=name in SMALL)
    rows.append([])
    rows.append([".. = uppgift redovisas inte av sekretesskäl (för få försäkrade)"])
    rows.append(["Källa: Försäkringskassan, MiDAS"])
    write_xlsx(out / "fk_sjukpenningtal_kommun_kon_2024.xlsx", rows, "Sjukpenningtal")


# --------------------------------------------------------------------------------------------
# 6. Register: beslut om lönebidrag (one row per decision)
# --------------------------------------------------------------------------------------------
def file6(out):
    n = 312
    names = [m[3] for m in MUNIS]
    w = np.array([m[4] for m in MUNIS], dtype=float) ** 0.85
    w = w / w.sum()
    start = np.datetime64("2024-01-02")
    recs = []
    ages = ["18-29 år", "30-44 år", "45-54 år", "55-64 år"]
    for i in range(n):
        kommun = names[rng.choice(len(names), p=w)]
        kon = "Kvinna" if rng.random() < 0.44 else "Man"
        age = ages[rng.choice(4, p=[0.22, 0.34, 0.24, 0.20])]
        status = "Beviljad" if rng.random() < 0.78 else "Avslag"
        lk = int(round(rng.normal(29500 if kon == "Man" else 27800, 3800) / 50) * 50)
        man = int(rng.choice([3, 6, 6, 9, 12, 12, 12, 24]))
        d = start + np.timedelta64(int(rng.integers(0, 364)), "D")
        recs.append((d, kommun, kon, age, status, lk, man))
    recs.sort(key=lambda r: r[0])
    rows = [["Beslut-ID", "Beslutsdatum", "Kommun", "Kön", "Åldersgrupp", "Status",
             "Lönekostnad per månad (kr)", "Antal månader"]]
    for i, (d, kommun, kon, age, status, lk, man) in enumerate(recs, start=1):
        rows.append([f"LB-2024-{i:05d}", str(d), kommun, kon, age, status, lk, man])
    write_xlsx(out / "beslut_lonebidrag_2024.xlsx", rows, "Beslut")


def main():
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    file5(out)
    file1(out)
    file2(out)
    file3(out)
    file4(out)
    file6(out)


if __name__ == "__main__":
    main()
