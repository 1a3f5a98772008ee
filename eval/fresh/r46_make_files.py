"""Skapar sex realistiska statistikexporter för Dalarna, Kronoberg och Örebro län.

Användning: python make_files.py OUT_DIR
"""
import os
import sys
from datetime import date, timedelta

import numpy as np
import pandas as pd

rng = np.random.default_rng(46)

# (kod, namn, folkmängd ungefär 2023)
LAN = {
    "20": ("Dalarnas län", "Region Dalarna", [
        ("2021", "Vansbro", 6700), ("2023", "Malung-Sälen", 10000), ("2026", "Gagnef", 10200),
        ("2029", "Leksand", 15900), ("2031", "Rättvik", 10800), ("2034", "Orsa", 6900),
        ("2039", "Älvdalen", 7000), ("2061", "Smedjebacken", 10700), ("2062", "Mora", 20400),
        ("2080", "Falun", 59900), ("2081", "Borlänge", 52600), ("2082", "Säter", 11100),
        ("2083", "Hedemora", 15200), ("2084", "Avesta", 23000), ("2085", "Ludvika", 25700),
    ]),
    "07": ("Kronobergs län", "Region Kronoberg", [
        ("0760", "Uppvidinge", 9600), ("0761", "Lessebo", 8700), ("0763", "Tingsryd", 12400),
        ("0764", "Alvesta", 20200), ("0765", "Älmhult", 18000), ("0767", "Markaryd", 10300),
        ("0780", "Växjö", 97000), ("0781", "Ljungby", 28800),
    ]),
    "18": ("Örebro län", "Region Örebro län", [
        ("1814", "Lekeberg", 8600), ("1860", "Laxå", 5600), ("1861", "Hallsberg", 16200),
        ("1862", "Degerfors", 9600), ("1863", "Hällefors", 6800), ("1864", "Ljusnarsberg", 4800),
        ("1880", "Örebro", 158000), ("1881", "Kumla", 22500), ("1882", "Askersund", 11400),
        ("1883", "Karlskoga", 30300), ("1884", "Nora", 10700), ("1885", "Lindesberg", 23500),
    ]),
}
RIKET_POP = 10_550_000

KOMMUNER = [(lk, k, n, p) for lk, (_, _, ks) in LAN.items() for (k, n, p) in ks]

# kommuner med högre arbetslöshet / sjuktal
HIGH_UNEMP = {"Ludvika": 1.35, "Borlänge": 1.3, "Hällefors": 1.45, "Ljusnarsberg": 1.5,
              "Lessebo": 1.4, "Degerfors": 1.3, "Avesta": 1.3, "Laxå": 1.25, "Örebro": 1.15,
              "Markaryd": 1.2, "Uppvidinge": 1.15, "Leksand": 0.75, "Gagnef": 0.7,
              "Lekeberg": 0.65, "Älmhult": 0.8, "Kumla": 0.9, "Mora": 0.85}


def sv(x, dec=1):
    """Decimaltal med decimalkomma."""
    return f"{x:.{dec}f}".replace(".", ",")


# ---------------------------------------------------------------- 1. Arbetsförmedlingen
def make_af(out):
    ages = [("16-24 år", 0.17, 1.25), ("25-54 år", 0.63, 1.0), ("55-64 år", 0.20, 0.85)]
    months = [f"2024-{m:02d}" for m in range(1, 13)]
    season = np.array([1.06, 1.07, 1.05, 1.01, 0.97, 0.95, 1.02, 1.00, 0.96, 0.97, 0.99, 1.02])
    rows = []
    county_acc = {}
    for lk, kod, namn, pop in KOMMUNER:
        base = 0.062 * HIGH_UNEMP.get(namn, 1.0) * rng.uniform(0.9, 1.1)
        for ag, frac, mult in ages:
            apop = int(round(pop * 0.58 * frac * rng.uniform(0.93, 1.07)))
            trend = np.linspace(1.0, rng.uniform(1.02, 1.12), 12)
            for i, m in enumerate(months):
                n = int(round(apop * base * mult * season[i] * trend[i] * rng.uniform(0.95, 1.05)))
                rows.append((lk, kod, namn, m, ag, n, apop))
                acc = county_acc.setdefault((lk, m, ag), [0, 0])
                acc[0] += n
                acc[1] += apop
    out_rows = []
    for lk, kod, namn, m, ag, n, apop in rows:
        out_rows.append([LAN[lk][0], kod, namn, m, ag, str(n), sv(100 * n / apop)])
    for (lk, m, ag), (n, apop) in county_acc.items():
        out_rows.append([LAN[lk][0], lk, LAN[lk][0], m, ag, str(n), sv(100 * n / apop)])
    # Riket
    for ag, frac, mult in ages:
        apop = int(RIKET_POP * 0.60 * frac)
        for i, m in enumerate(months):
            n = int(round(apop * 0.066 * mult * season[i] * (1 + 0.004 * i)))
            out_rows.append(["Riket", "00", "Riket", m, ag, str(n), sv(100 * n / apop)])
    header = ["Län", "Kommunkod", "Kommun", "Månad", "Åldersgrupp",
              "Inskrivna arbetslösa, antal", "Inskrivna arbetslösa, andel av befolkningen (%)"]
    path = os.path.join(out, "af_inskrivna_arbetslosa_2024.csv")
    with open(path, "w", encoding="utf-8") as f:
        f.write("Inskrivna arbetslösa efter kommun, månad och åldersgrupp 2024 (Arbetsförmedlingen)\n")
        f.write(";".join(header) + "\n")
        for r in out_rows:
            f.write(";".join(r) + "\n")
        f.write("Källa: Arbetsförmedlingen. Andel avser andel av den registerbaserade "
                "befolkningen i respektive åldersgrupp. Uttag 2025-02-14.\n")


# ---------------------------------------------------------------- 2. Försäkringskassan
def make_fk(out):
    years = list(range(2020, 2025))
    yfac = {2020: 1.08, 2021: 1.02, 2022: 1.0, 2023: 1.03, 2024: 1.05}
    rows = []
    county = {}
    for lk, kod, namn, pop in KOMMUNER:
        ins = pop * 0.60
        lvl = HIGH_UNEMP.get(namn, 1.0) ** 0.5 * rng.uniform(0.88, 1.12)
        for y in years:
            vals = {}
            for kon, rate, share in [("Kvinnor", 44.0, 0.49), ("Män", 23.0, 0.51)]:
                fins = ins * share
                n = int(round(fins * rate / 1000 * lvl * yfac[y] * rng.uniform(0.94, 1.06)))
                vals[kon] = (n, fins)
            vals["Totalt"] = (vals["Kvinnor"][0] + vals["Män"][0], ins)
            for kon, (n, fins) in vals.items():
                rows.append([str(y), kod, namn, kon, n, 1000 * n / fins])
                acc = county.setdefault((y, lk, kon), [0, 0.0])
                acc[0] += n
                acc[1] += fins
    for (y, lk, kon), (n, fins) in county.items():
        rows.append([str(y), lk, LAN[lk][0], kon, n, 1000 * n / fins])
    for y in years:
        ins = RIKET_POP * 0.61
        k = int(ins * 0.49 * 41.5 / 1000 * yfac[y])
        m = int(ins * 0.51 * 21.8 / 1000 * yfac[y])
        rows.append([str(y), "00", "Riket", "Kvinnor", k, 1000 * k / (ins * 0.49)])
        rows.append([str(y), "00", "Riket", "Män", m, 1000 * m / (ins * 0.51)])
        rows.append([str(y), "00", "Riket", "Totalt", k + m, 1000 * (k + m) / ins])
    df = pd.DataFrame(rows, columns=["År", "Regionkod", "Region", "Kön",
                                     "Pågående sjukfall, antal",
                                     "Pågående sjukfall per 1 000 försäkrade"])
    df["Pågående sjukfall per 1 000 försäkrade"] = df["Pågående sjukfall per 1 000 försäkrade"].map(lambda v: sv(v))
    df["Pågående sjukfall, antal"] = df["Pågående sjukfall, antal"].astype(str)
    # sekretess: små kommuner, män, några år
    small = {"Ljusnarsberg", "Laxå", "Vansbro"}
    mask = df["Region"].isin(small) & (df["Kön"] == "Män") & df["År"].isin(["2020", "2022", "2024"])
    df.loc[mask, ["Pågående sjukfall, antal", "Pågående sjukfall per 1 000 försäkrade"]] = ".."
    df = df.sort_values(["Regionkod", "År", "Kön"], kind="stable")
    path = os.path.join(out, "fk_pagaende_sjukfall_2020_2024.csv")
    df.to_csv(path, sep=";", index=False, encoding="latin-1")


# ---------------------------------------------------------------- 3. SCB befolkningsförändringar
def make_scb_bef(out):
    years = [2021, 2022, 2023, 2024]
    rows = []
    county = {}
    for lk, kod, namn, pop in KOMMUNER:
        p = int(pop * rng.uniform(0.985, 1.0))
        rural = 1.15 if pop < 15000 else 1.0
        grow = 1.006 if namn in ("Växjö", "Örebro", "Falun", "Lekeberg", "Kumla", "Gagnef") else 0.996
        for y in years:
            fod = int(round(p * 0.0098 / rural * rng.uniform(0.9, 1.1)))
            dod = int(round(p * 0.0105 * rural * rng.uniform(0.9, 1.1)))
            inf = int(round(p * 0.058 * rng.uniform(0.92, 1.08)))
            utf = int(round(inf / grow * rng.uniform(0.97, 1.03)))
            fo = fod - dod + inf - utf
            p = p + fo
            rows.append([f"{kod} {namn}", y, p, fod, dod, inf, utf, fo])
            acc = county.setdefault((lk, y), np.zeros(6, dtype=int))
            acc += np.array([p, fod, dod, inf, utf, fo])
    for (lk, y), a in county.items():
        rows.append([f"{lk} {LAN[lk][0]}", y] + [int(v) for v in a])
    p = 10_420_000
    for y in years:
        fod = int(p * 0.0098); dod = int(p * 0.0090); inf = int(p * 0.0095); utf = int(p * 0.0055)
        fo = fod - dod + inf - utf
        p += fo
        rows.append(["00 Riket", y, p, fod, dod, inf, utf, fo])
    cols = ["Region", "År", "Folkmängd 31 dec", "Levande födda", "Döda", "Inflyttade",
            "Utflyttade", "Folkökning"]
    df = pd.DataFrame(rows, columns=cols)
    df["_k"] = df["Region"].str.split(" ").str[0]
    df = df.sort_values(["_k", "År"]).drop(columns="_k")
    path = os.path.join(out, "scb_befolkningsforandringar_2021_2024.xlsx")
    with pd.ExcelWriter(path, engine="openpyxl") as xw:
        df.to_excel(xw, sheet_name="Befolkningsförändringar", index=False, startrow=2)
        ws = xw.sheets["Befolkningsförändringar"]
        ws["A1"] = "Befolkningsförändringar efter region, förändring och år 2021–2024"
        ws["A2"] = "Antal personer. Källa: SCB, Befolkningsstatistik. Inflyttade/utflyttade avser inrikes och utrikes flyttningar."


# ---------------------------------------------------------------- 4. Kolada
def make_kolada(out):
    years = [2021, 2022, 2023, 2024]
    rows = []
    county = {}
    for lk, kod, namn, pop in KOMMUNER:
        g = rng.uniform(66, 82) - 6 * (HIGH_UNEMP.get(namn, 1.0) - 1)
        c = rng.uniform(700, 1500) * HIGH_UNEMP.get(namn, 1.0) ** 2
        for y in years:
            gt = g + rng.normal(0, 1.8)
            gk = gt + rng.uniform(2.5, 6.5)
            gm = gt - rng.uniform(2.5, 6.5)
            for kon, v in [("T", gt), ("K", gk), ("M", gm)]:
                val = round(min(v, 97.0), 1)
                if pop < 7000 and kon != "T" and rng.random() < 0.35:
                    val = None  # för få elever
                rows.append(["N17461", "Gymnasieelever med examen inom 4 år, hemkommun, andel (%)",
                             kod, namn, y, kon, val])
                if val is not None:
                    acc = county.setdefault(("N17461", lk, y, kon), [0.0, 0.0])
                    acc[0] += val * pop; acc[1] += pop
            cv = round(c * (1 + 0.04 * (y - 2021)) * rng.uniform(0.93, 1.07))
            rows.append(["N31807", "Kostnad ekonomiskt bistånd (försörjningsstöd), kr/inv",
                         kod, namn, y, "T", cv])
            acc = county.setdefault(("N31807", lk, y, "T"), [0.0, 0.0])
            acc[0] += cv * pop; acc[1] += pop
    for (kpi, lk, y, kon), (s, w) in county.items():
        title = [r[1] for r in rows if r[0] == kpi][0]
        v = round(s / w, 1) if kpi == "N17461" else round(s / w)
        rows.append([kpi, title, "00" + lk, LAN[lk][1], y, kon, v])
    for y in years:
        for kon, v in [("T", 74.6 + 0.3 * (y - 2021)), ("K", 78.1 + 0.3 * (y - 2021)), ("M", 71.3 + 0.3 * (y - 2021))]:
            rows.append(["N17461", "Gymnasieelever med examen inom 4 år, hemkommun, andel (%)",
                         "0000", "Riket", y, kon, round(v, 1)])
        rows.append(["N31807", "Kostnad ekonomiskt bistånd (försörjningsstöd), kr/inv",
                     "0000", "Riket", y, "T", int(1290 + 45 * (y - 2021))])
    df = pd.DataFrame(rows, columns=["KPI-id", "KPI", "Kommun-id", "Kommun", "År", "Kön", "Värde"])
    df = df.sort_values(["KPI-id", "Kommun-id", "År", "Kön"])
    path = os.path.join(out, "kolada_export_gymnasieexamen_forsorjningsstod.csv")
    df.to_csv(path, index=False, encoding="utf-8-sig")


# ---------------------------------------------------------------- 5. Bred tabell förvärvsarbetande
SNI = [
    ("A", "Jordbruk, skogsbruk och fiske", 0.020),
    ("B+C", "Tillverkning och utvinning", 0.115),
    ("D+E", "Energiförsörjning; miljöverksamhet", 0.012),
    ("F", "Byggverksamhet", 0.072),
    ("G", "Handel", 0.115),
    ("H", "Transport och magasinering", 0.045),
    ("I", "Hotell- och restaurangverksamhet", 0.032),
    ("J", "Information och kommunikation", 0.030),
    ("K+L", "Finans- och försäkringsverksamhet, fastighetsverksamhet", 0.025),
    ("M+N", "Företagstjänster", 0.105),
    ("O", "Offentlig förvaltning och försvar", 0.065),
    ("P", "Utbildning", 0.115),
    ("Q", "Vård och omsorg; sociala tjänster", 0.170),
    ("R+S+T+U", "Kulturella och personliga tjänster m.m.", 0.040),
    ("X", "Okänd verksamhet", 0.010),
]
BOOST = {
    "Hällefors": {"B+C": 2.0}, "Smedjebacken": {"B+C": 2.1}, "Avesta": {"B+C": 1.8},
    "Ludvika": {"B+C": 2.2}, "Karlskoga": {"B+C": 1.9}, "Ljungby": {"B+C": 1.6},
    "Markaryd": {"B+C": 2.0}, "Älmhult": {"G": 1.6, "M+N": 1.5}, "Malung-Sälen": {"I": 3.5, "A": 1.5},
    "Älvdalen": {"A": 2.5, "I": 1.6}, "Falun": {"O": 1.6, "J": 1.2}, "Örebro": {"O": 1.4, "J": 1.5},
    "Växjö": {"J": 1.6, "P": 1.3}, "Borlänge": {"H": 1.5, "O": 1.3}, "Tingsryd": {"A": 2.2},
    "Uppvidinge": {"A": 2.3, "B+C": 1.3}, "Lessebo": {"B+C": 1.6}, "Degerfors": {"B+C": 1.5},
    "Hallsberg": {"H": 2.2}, "Kumla": {"H": 1.4, "B+C": 1.3},
}


def make_wide(out):
    data = {}
    for lk, kod, namn, pop in KOMMUNER:
        total = pop * rng.uniform(0.42, 0.5)
        base = np.array([s for _, _, s in SNI])
        for i, (code, _, _) in enumerate(SNI):
            base[i] *= BOOST.get(namn, {}).get(code, 1.0)
        shares = rng.dirichlet(base / base.sum() * 400)
        data[f"{kod} {namn}"] = np.round(total * shares).astype(int)
    for lk, (lan, _, ks) in LAN.items():
        data[f"{lk} {lan}"] = sum(data[f"{k} {n}"] for k, n, _ in ks)
    riket_total = 5_180_000
    base = np.array([s for _, _, s in SNI])
    data["00 Riket"] = np.round(riket_total * base / base.sum()).astype(int)
    df = pd.DataFrame(data)
    df.insert(0, "Näringsgren (SNI 2007)", [f"{c} {n}" for c, n, _ in SNI])
    tot = df.drop(columns="Näringsgren (SNI 2007)").sum()
    df.loc[len(df)] = ["Totalt"] + list(tot.values)
    path = os.path.join(out, "scb_forvarvsarbetande_bransch_kommun_2023.xlsx")
    with pd.ExcelWriter(path, engine="openpyxl") as xw:
        df.to_excel(xw, sheet_name="Förvärvsarbetande 2023", index=False, startrow=2)
        ws = xw.sheets["Förvärvsarbetande 2023"]
        ws["A1"] = "Förvärvsarbetande 16-74 år med arbetsställe i regionen (dagbefolkning) efter näringsgren och kommun, november 2023"
        ws["A2"] = "Antal personer. Källa: SCB, Registerbaserad arbetsmarknadsstatistik (RAMS/BAS)."


# ---------------------------------------------------------------- 6. Register
def make_register(out):
    n = 240
    kommuner = [(k, nm, p) for _, k, nm, p in KOMMUNER]
    w = np.array([p for _, _, p in kommuner], dtype=float)
    w = w / w.sum()
    stod = [("Lönebidrag för utveckling i anställning", 0.30, (9000, 20000)),
            ("Lönebidrag för trygghet i anställning", 0.15, (12000, 22000)),
            ("Lönebidrag för anställning", 0.15, (8000, 19000)),
            ("Nystartsjobb", 0.28, (6000, 15500)),
            ("Introduktionsjobb", 0.12, (7000, 16000))]
    sp = np.array([s[1] for s in stod]); sp = sp / sp.sum()
    start = date(2024, 1, 2)
    rows = []
    days = sorted(rng.integers(0, 545, size=n))
    for i in range(n):
        ki = rng.choice(len(kommuner), p=w)
        kod, nm, _ = kommuner[ki]
        si = rng.choice(len(stod), p=sp)
        typ, _, (lo, hi) = stod[si]
        d = start + timedelta(days=int(days[i]))
        if d.weekday() >= 5:
            d = d + timedelta(days=7 - d.weekday())
        kon = "Kvinna" if rng.random() < 0.44 else "Man"
        alder = int(np.clip(rng.normal(42, 11), 19, 66))
        belopp = int(round(rng.uniform(lo, hi) / 100) * 100)
        st = rng.choice(["Beviljad", "Avslag", "Under handläggning", "Avslutad"], p=[0.58, 0.12, 0.10, 0.20])
        if d > date(2025, 3, 31) and st == "Avslutad":
            st = "Beviljad"
        if d < date(2024, 9, 1) and st == "Under handläggning":
            st = "Beviljad"
        if st == "Avslag":
            belopp_s = ""
        else:
            belopp_s = str(belopp)
        rows.append([f"AF-{d.year}-{1000 + i:05d}", d.isoformat(), kod, nm, kon, alder, typ, belopp_s, st])
    df = pd.DataFrame(rows, columns=["Ärende-id", "Beslutsdatum", "Kommunkod", "Kommun", "Kön",
                                     "Ålder", "Stödtyp", "Belopp per månad (kr)", "Status"])
    path = os.path.join(out, "register_beslut_lonebidrag_nystartsjobb_2024_2025.csv")
    df.to_csv(path, index=False, encoding="utf-8")


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    make_af(out)
    make_fk(out)
    make_scb_bef(out)
    make_kolada(out)
    make_wide(out)
    make_register(out)


if __name__ == "__main__":
    main()
