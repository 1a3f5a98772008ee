"""Write six realistic Swedish statistics exports for Västernorrland, Jönköpings län and Kalmar län.

Usage: python make_files.py OUT_DIR
"""
import os
import sys
from datetime import date, timedelta

import numpy as np
import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Font

rng = np.random.default_rng(48)

# (länskod, länsnamn, Kolada-namn, [(kommunkod, kommun, folkmängd ca 2024)])
LAN = [
    ("22", "Västernorrlands län", "Region Västernorrland", [
        ("2260", "Ånge", 9150), ("2262", "Timrå", 18050), ("2280", "Härnösand", 24800),
        ("2281", "Sundsvall", 99700), ("2282", "Kramfors", 17700), ("2283", "Sollefteå", 18900),
        ("2284", "Örnsköldsvik", 56300)]),
    ("06", "Jönköpings län", "Region Jönköpings län", [
        ("0604", "Aneby", 7000), ("0617", "Gnosjö", 9550), ("0642", "Mullsjö", 7350),
        ("0643", "Habo", 12600), ("0662", "Gislaved", 29500), ("0665", "Vaggeryd", 14600),
        ("0680", "Jönköping", 145000), ("0682", "Nässjö", 31900), ("0683", "Värnamo", 35100),
        ("0684", "Sävsjö", 11500), ("0685", "Vetlanda", 27900), ("0686", "Eksjö", 17600),
        ("0687", "Tranås", 19300)]),
    ("08", "Kalmar län", "Region Kalmar län", [
        ("0821", "Högsby", 5700), ("0834", "Torsås", 7150), ("0840", "Mörbylånga", 15700),
        ("0860", "Hultsfred", 13600), ("0861", "Mönsterås", 13400), ("0862", "Emmaboda", 9300),
        ("0880", "Kalmar", 72500), ("0881", "Nybro", 20200), ("0882", "Oskarshamn", 27200),
        ("0883", "Västervik", 35900), ("0884", "Vimmerby", 15600), ("0885", "Borgholm", 10900)]),
]
RIKET_POP = 10_587_710
KOMMUNER = [(lk, ln, kk, kn, pop) for lk, ln, _, ks in LAN for kk, kn, pop in ks]
# how "rural/old" a municipality is, 0..1 (small places are older)
OLD = {kk: float(np.clip(1.0 - (np.log(pop) - np.log(5000)) / (np.log(150000) - np.log(5000))
                        + rng.normal(0, 0.08), 0, 1)) for _, _, kk, _, pop in KOMMUNER}


def r1(x):
    return float(np.round(x, 1))


# ---------------------------------------------------------------- 1. SCB förvärvsfrekvens (XLSX)
def file1(out):
    years = [2021, 2022, 2023, 2024]
    groups = [("män", "inrikes född"), ("män", "utrikes född"),
              ("kvinnor", "inrikes född"), ("kvinnor", "utrikes född")]
    base = {("män", "inrikes född"): 86.0, ("män", "utrikes född"): 70.0,
            ("kvinnor", "inrikes född"): 84.5, ("kvinnor", "utrikes född"): 60.0}
    trend = {("män", "inrikes född"): 0.2, ("män", "utrikes född"): 0.9,
             ("kvinnor", "inrikes född"): 0.25, ("kvinnor", "utrikes född"): 1.3}
    vals = {}
    for _, _, kk, kn, pop in KOMMUNER:
        lvl = rng.normal(0, 1.6)
        for g in groups:
            spread = 1.0 if g[1] == "inrikes född" else 3.0
            b = base[g] + lvl * (0.6 if g[1] == "inrikes född" else 1.2) + rng.normal(0, spread)
            seq = []
            for i, _y in enumerate(years):
                seq.append(b + trend[g] * i + rng.normal(0, 0.5 if g[1] == "inrikes född" else 1.2))
            vals[(kk, g)] = [r1(v) for v in seq]
    # county = population weighted average (rounded), Riket own series
    for lk, ln, _, ks in LAN:
        w = np.array([p for _, _, p in ks], dtype=float)
        for g in groups:
            m = np.array([vals[(kk, g)] for kk, _, _ in ks])
            vals[(lk, g)] = [r1(v) for v in (m * w[:, None]).sum(0) / w.sum()]
    riket = {("män", "inrikes född"): [86.4, 86.9, 87.1, 86.8],
             ("män", "utrikes född"): [71.2, 72.8, 73.5, 73.0],
             ("kvinnor", "inrikes född"): [84.6, 85.2, 85.5, 85.3],
             ("kvinnor", "utrikes född"): [60.3, 62.1, 63.4, 63.6]}
    for g in groups:
        vals[("00", g)] = riket[g]

    regions = [("00", "Riket")]
    for lk, ln, _, ks in LAN:
        regions.append((lk, ln))
        regions += [(kk, kn) for kk, kn, _ in ks]

    wb = Workbook()
    ws = wb.active
    ws.title = "Tabell"
    ws.append(["Förvärvsfrekvens (RAMS/BAS), 20-64 år, efter region, kön, födelseregion och år. Procent"])
    ws["A1"].font = Font(bold=True)
    ws.append([])
    ws.append(["region", "kön", "födelseregion"] + [str(y) for y in years])
    for code, name in regions:
        first_region = True
        for sex in ["män", "kvinnor"]:
            first_sex = True
            for born in ["inrikes född", "utrikes född"]:
                row = [f"{code} {name}" if first_region else None,
                       sex if first_sex else None, born] + vals[(code, (sex, born))]
                ws.append(row)
                first_region = False
                first_sex = False
    ws.append([])
    ws.append(["Förvärvsfrekvens: andel förvärvsarbetande av befolkningen 20-64 år, november respektive år."])
    ws.append(["Från och med 2022 baseras statistiken på BAS (Befolkningens arbetsmarknadsstatus); "
               "2021 avser RAMS och är inte helt jämförbar."])
    ws.append(["Källa: SCB, Statistikdatabasen. Senast uppdaterad 2025-11-20."])
    wb.save(os.path.join(out, "scb_forvarvsfrekvens_kon_fodelseregion_2021-2024.xlsx"))


# ------------------------------------------------------ 2. Arbetsförmedlingen program (CSV ;)
def file2(out):
    quarters = [f"{y}K{q}" for y in (2023, 2024) for q in (1, 2, 3, 4)]
    progs = {"Rusta och matcha": 0.0042, "Arbetsmarknadsutbildning": 0.0011,
             "Etableringsprogrammet": 0.0016}
    qtrend = {"Rusta och matcha": 0.06, "Arbetsmarknadsutbildning": -0.02,
              "Etableringsprogrammet": -0.05}
    rows = []
    for lk, ln, _, ks in LAN:
        county = {}
        for kk, kn, pop in ks:
            for p, rate in progs.items():
                lvl = pop * rate * np.exp(rng.normal(0, 0.25))
                for i, q in enumerate(quarters):
                    season = 1.0 + (0.06 if q.endswith("K1") else -0.08 if q.endswith("K3") else 0.0)
                    v = int(max(0, round(lvl * (1 + qtrend[p]) ** i * season * np.exp(rng.normal(0, 0.08)))))
                    rows.append((ln, kk, kn, p, q, v))
                    county[(p, q)] = county.get((p, q), 0) + v
        for (p, q), v in county.items():
            rows.append((ln, lk, ln + " totalt", p, q, v))
    riket_base = {"Rusta och matcha": 41200, "Arbetsmarknadsutbildning": 11800,
                  "Etableringsprogrammet": 19500}
    for p, b in riket_base.items():
        for i, q in enumerate(quarters):
            v = int(round(b * (1 + qtrend[p]) ** i * np.exp(rng.normal(0, 0.03))))
            rows.append(("Riket", "00", "Riket", p, q, v))
    df = pd.DataFrame(rows, columns=["Län", "Kommunkod", "Kommun", "Program", "Kvartal",
                                     "Antal deltagare"])
    # order: per program, per region, per quarter
    df["_o"] = range(len(df))
    df = df.sort_values(["Program", "Kommunkod", "Kvartal"], kind="stable").drop(columns="_o")
    with open(os.path.join(out, "af_deltagare_program_kommun_kvartal.csv"), "w",
              encoding="utf-8", newline="") as f:
        f.write("Deltagare i program per kommun och kvartal (antal personer, genomsnitt per månad i kvartalet)\n")
        df.to_csv(f, sep=";", index=False, lineterminator="\n")
        f.write("\nKälla: Arbetsförmedlingen, uttag 2025-02-10\n")


# ------------------------------------------------------------- 3. Kolada wide export (CSV ;)
K1 = "Invånare 25-64 år med eftergymnasial utbildning, andel (%)"
K2 = "Nettokostnad äldreomsorg, kr/inv"
K3 = "Arbetslöshet 18-24 år, %"


def file3(out):
    rows = []
    for lk, ln, kol, ks in LAN:
        acc = []
        for kk, kn, pop in ks:
            old = OLD[kk]
            edu = 48 - 22 * old + rng.normal(0, 3)
            cost = 13500 + 10500 * old + rng.normal(0, 1200)
            une = 9 + 6 * old + rng.normal(0, 2.5)
            for i, y in enumerate((2023, 2024)):
                e = r1(edu + 0.6 * i + rng.normal(0, 0.3))
                c = int(round(cost * (1 + 0.045 * i + rng.normal(0, 0.02)), -1))
                u = r1(max(2.0, une + 1.1 * i + rng.normal(0, 0.9)))
                rows.append((kn, kk, y, e, c, u))
                acc.append((y, pop, e, c, u))
        a = pd.DataFrame(acc, columns=["y", "pop", "e", "c", "u"])
        for y, g in a.groupby("y"):
            w = g["pop"]
            rows.append((kol, "00" + lk, y, r1((g.e * w).sum() / w.sum()),
                         int(round((g.c * w).sum() / w.sum(), -1)), r1((g.u * w).sum() / w.sum())))
    rows.append(("Riket", "0000", 2023, 46.1, 15320, 9.8))
    rows.append(("Riket", "0000", 2024, 46.8, 15890, 10.9))
    df = pd.DataFrame(rows, columns=["Kommun", "Kommun-id", "År", K1, K2, K3])
    df = df.sort_values(["Kommun-id", "År"], kind="stable")

    def fmt(x):
        return str(x).replace(".", ",") if isinstance(x, float) else str(x)

    with open(os.path.join(out, "kolada_export_2023-2024.csv"), "w", encoding="utf-8-sig",
              newline="") as f:
        f.write(";".join(df.columns) + "\r\n")
        for rec in df.itertuples(index=False):
            f.write(";".join(fmt(x) for x in rec) + "\r\n")


# ------------------------------------------- 4. Försäkringskassan sjukpenningtal (Latin-1, ..)
def file4(out):
    months = [f"2024-{m:02d}" for m in range(1, 13)]
    season = np.array([0.35, 0.45, 0.3, 0.1, 0.0, -0.1, -0.35, -0.4, -0.15, 0.05, 0.2, 0.3])
    rows = []
    suppressed = {("0821", "Män"), ("0604", "Män"), ("0834", "Män")}
    for lk, ln, _, ks in LAN:
        cacc = {}
        for kk, kn, pop in ks:
            lvl = 9.2 + 3.5 * OLD[kk] + rng.normal(0, 1.0)
            k = lvl + 2.0 + rng.normal(0, 0.6)
            m = lvl - 2.2 + rng.normal(0, 0.6)
            for sex, base in (("Kvinnor", k), ("Män", m)):
                for i, mo in enumerate(months):
                    v = r1(base + season[i] * (1.2 if sex == "Kvinnor" else 0.9) - 0.03 * i
                           + rng.normal(0, 0.15))
                    cacc.setdefault((sex, mo), []).append((pop, v))
                    sup = (kk, sex) in suppressed and rng.random() < 0.5
                    rows.append((lk, ln, kk, kn, sex, mo, ".." if sup else v))
            for i, mo in enumerate(months):
                kv = [r[6] for r in rows if r[2] == kk and r[5] == mo]
                num = [x for x in kv if x != ".."]
                tot = r1(np.mean(num)) if len(num) == 2 else ".."
                rows.append((lk, ln, kk, kn, "Totalt", mo, tot))
        for sex in ("Kvinnor", "Män"):
            for mo in months:
                pv = np.array(cacc[(sex, mo)])
                rows.append((lk, ln, lk, ln, sex, mo, r1((pv[:, 0] * pv[:, 1]).sum() / pv[:, 0].sum())))
        for mo in months:
            kv = [r[6] for r in rows if r[2] == lk and r[5] == mo and r[4] != "Totalt"]
            rows.append((lk, ln, lk, ln, "Totalt", mo, r1(np.mean(kv))))
    rk = {"Kvinnor": 11.4, "Män": 6.9}
    for sex in ("Kvinnor", "Män"):
        for i, mo in enumerate(months):
            rows.append(("00", "Riket", "00", "Riket", sex, mo,
                         r1(rk[sex] + season[i] * 1.05 - 0.02 * i)))
    for mo in months:
        kv = [r[6] for r in rows if r[2] == "00" and r[5] == mo]
        rows.append(("00", "Riket", "00", "Riket", "Totalt", mo, r1(np.mean(kv))))
    df = pd.DataFrame(rows, columns=["Länskod", "Län", "Kommunkod", "Kommun", "Kön", "Månad",
                                     "Sjukpenningtal"])
    df["Sjukpenningtal"] = df["Sjukpenningtal"].map(lambda x: x if x == ".." else str(x).replace(".", ","))
    df.to_csv(os.path.join(out, "fk_sjukpenningtal_kommun_manad_2024.csv"), sep=";", index=False,
              encoding="latin-1", lineterminator="\r\n")


# ------------------------------------------------------- 5. SCB folkmängd per åldersgrupp (XLSX)
def file5(out):
    cols = ["0-19 år", "20-64 år", "65-79 år", "80+ år"]
    data = []
    for lk, ln, _, ks in LAN:
        crow = np.zeros(4, dtype=int)
        krows = []
        for kk, kn, pop in ks:
            old = OLD[kk]
            sh = np.array([0.235 - 0.04 * old, 0.575 - 0.07 * old, 0.135 + 0.075 * old,
                           0.055 + 0.035 * old])
            sh = sh * np.exp(rng.normal(0, 0.03, 4))
            sh = sh / sh.sum()
            tot = int(round(pop * np.exp(rng.normal(0, 0.004))))
            parts = np.floor(sh * tot).astype(int)
            parts[1] += tot - parts.sum()
            krows.append((f"{kk} {kn}", *parts.tolist(), int(parts.sum())))
            crow += parts
        data.append((f"{lk} {ln}", *crow.tolist(), int(crow.sum())))
        data += krows
    rik = np.array([2_356_410, 5_935_220, 1_642_870, 653_210])
    data.insert(0, ("00 Riket", *rik.tolist(), int(rik.sum())))

    wb = Workbook()
    ws = wb.active
    ws.title = "Folkmängd 2024"
    ws.append(["Folkmängd efter region och ålder den 31 december 2024"])
    ws["A1"].font = Font(bold=True)
    ws.append(["Antal personer"])
    ws.append([])
    ws.append(["Region"] + cols + ["Totalt"])
    for r in data:
        ws.append(list(r))
    for row in ws.iter_rows(min_row=5, min_col=2, max_col=6):
        for c in row:
            c.number_format = "# ##0"
    ws.append([])
    ws.append(["Källa: SCB, Befolkningsstatistik."])
    ws.append(["Ålder avser uppnådd ålder vid årets slut."])
    wb.save(os.path.join(out, "scb_folkmangd_alder_region_2024.xlsx"))


# ------------------------------------------------ 6. Register: anvisningar till Rusta och matcha
def file6(out):
    n = 320
    names = [kn for _, _, _, kn, _ in KOMMUNER]
    pops = np.array([p for *_, p in KOMMUNER], dtype=float)
    w = pops ** 0.8
    w = w / w.sum()
    lev = ["Jobbstegen AB", "Framtidsvägen Matchning AB", "Kompetensbron i Norr AB",
           "Startlinjen Arbete AB", "Nordisk Jobbmatchning AB"]
    levw = [0.28, 0.24, 0.18, 0.17, 0.13]
    start0 = date(2023, 1, 2)
    cutoff = date(2024, 12, 31)
    rows = []
    ids = rng.choice(np.arange(10000, 99999), size=n, replace=False)
    for i in range(n):
        d = start0 + timedelta(days=int(rng.integers(0, 729)))
        kommun = str(rng.choice(names, p=w))
        kon = "Kvinna" if rng.random() < 0.47 else "Man"
        age = int(np.clip(round(rng.normal(38, 11)), 18, 64))
        le = str(rng.choice(lev, p=levw))
        days_left = (cutoff - d).days
        dur = int(rng.integers(40, 400))
        if dur > days_left:
            status, slut = "Pågående", ""
        else:
            u = rng.random()
            status = ("Avslutad - arbete" if u < 0.38 else "Avslutad - studier" if u < 0.55
                      else "Avbrott" if u < 0.80 else "Avslutad - annan orsak")
            slut = (d + timedelta(days=dur)).isoformat()
        rows.append((f"RM-{ids[i]}", d.isoformat(), slut, status, le, kommun, kon, age))
    df = pd.DataFrame(rows, columns=["ärende_id", "anvisningsdatum", "slutdatum", "status",
                                     "leverantör", "kommun", "kön", "ålder"])
    df = df.sort_values("anvisningsdatum", kind="stable")
    df.to_csv(os.path.join(out, "register_anvisningar_rusta_och_matcha.csv"), index=False,
              encoding="utf-8")


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    file1(out)
    file2(out)
    file3(out)
    file4(out)
    file5(out)
    file6(out)


if __name__ == "__main__":
    main()
