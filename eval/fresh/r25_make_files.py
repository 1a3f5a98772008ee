#!/usr/bin/env python3
"""Skapar sex realistiska (fiktiva) statistikexporter för Stockholms län (urval),
Jämtlands län och Kalmar län.  Deterministiskt (fast seed).

Användning:  python make_files.py OUT_DIR
"""
import os
import sys

import numpy as np
import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

SEED = 2025

# ---------------------------------------------------------------------------
# Geografi: (kod, namn, invånare 2023 (ungefär), län-kod)
# ---------------------------------------------------------------------------
COUNTIES = {
    "01": "Stockholms län",
    "08": "Kalmar län",
    "23": "Jämtlands län",
}
KOLADA_COUNTY = {
    "01": ("0001", "Region Stockholm"),
    "08": ("0008", "Region Kalmar län"),
    "23": ("0023", "Region Jämtland Härjedalen"),
}
MUNIS = [
    ("0114", "Upplands Väsby", 49_200, "01"),
    ("0120", "Värmdö", 46_400, "01"),
    ("0126", "Huddinge", 115_300, "01"),
    ("0127", "Botkyrka", 95_800, "01"),
    ("0180", "Stockholm", 984_700, "01"),
    ("0181", "Södertälje", 101_900, "01"),
    ("0182", "Nacka", 108_500, "01"),
    ("0184", "Solna", 85_300, "01"),
    ("0186", "Lidingö", 48_100, "01"),
    ("0188", "Norrtälje", 64_300, "01"),
    ("0821", "Högsby", 5_800, "08"),
    ("0834", "Torsås", 7_200, "08"),
    ("0840", "Mörbylånga", 15_800, "08"),
    ("0860", "Hultsfred", 13_600, "08"),
    ("0861", "Mönsterås", 13_400, "08"),
    ("0862", "Emmaboda", 9_300, "08"),
    ("0880", "Kalmar", 72_000, "08"),
    ("0881", "Nybro", 20_300, "08"),
    ("0882", "Oskarshamn", 27_100, "08"),
    ("0883", "Västervik", 36_500, "08"),
    ("0884", "Vimmerby", 15_600, "08"),
    ("0885", "Borgholm", 10_900, "08"),
    ("2303", "Ragunda", 5_300, "23"),
    ("2305", "Bräcke", 6_400, "23"),
    ("2309", "Krokom", 15_500, "23"),
    ("2313", "Strömsund", 11_400, "23"),
    ("2321", "Åre", 12_100, "23"),
    ("2326", "Berg", 7_000, "23"),
    ("2361", "Härjedalen", 10_000, "23"),
    ("2380", "Östersund", 64_900, "23"),
]
# Hela Stockholms läns befolkning (alla 26 kommuner) och riket
STHLM_COUNTY_POP = 2_454_800
RIKET_POP = 10_551_700

NAME = {c: n for c, n, _, _ in MUNIS}
POP = {c: p for c, _, p, _ in MUNIS}
LAN = {c: l for c, _, _, l in MUNIS}


def munis_in(lan):
    return [c for c, _, _, l in MUNIS if l == lan]


def r1(x):
    return float(np.round(x + 1e-9, 1))


def sv(x, dec=1):
    """Svensk decimalformatering (decimalkomma)."""
    if x is None or (isinstance(x, float) and np.isnan(x)):
        return ".."
    return f"{x:.{dec}f}".replace(".", ",")


# ---------------------------------------------------------------------------
# 1. SCB PxWeb-CSV: sammanräknad förvärvsinkomst (cp1252, semikolon)
# ---------------------------------------------------------------------------
MEDIAN_2023 = {  # medianinkomst totalt 20-64 år, tkr, 2023
    "0114": 378, "0120": 432, "0126": 391, "0127": 318, "0180": 421,
    "0181": 329, "0182": 451, "0184": 446, "0186": 468, "0188": 362,
    "0821": 309, "0834": 331, "0840": 356, "0860": 329, "0861": 346,
    "0862": 336, "0880": 361, "0881": 334, "0882": 367, "0883": 341,
    "0884": 344, "0885": 303,
    "2303": 314, "2305": 321, "2309": 351, "2313": 317, "2321": 322,
    "2326": 311, "2361": 326, "2380": 353,
}
MEAN_RATIO = {"0186": 1.48, "0182": 1.30, "0180": 1.27, "0184": 1.22, "0120": 1.24}


def make_scb_income(out, rng):
    years = [2020, 2021, 2022, 2023]
    growth = np.array([0.905, 0.932, 0.962, 1.0])
    regions = [("00", "Riket", 364.0, 1.16)]
    for lan in ["01", "08", "23"]:
        ms = munis_in(lan)
        if lan == "01":
            base = 409.0
        else:
            base = sum(MEDIAN_2023[m] * POP[m] for m in ms) / sum(POP[m] for m in ms)
        regions.append((lan, COUNTIES[lan], base, 1.2 if lan == "01" else 1.1))
        for m in ms:
            regions.append((m, NAME[m], MEDIAN_2023[m], MEAN_RATIO.get(m, 1.09)))

    missing = {("0821", "kvinnor", "Medelinkomst, tkr", 2020),
               ("2326", "män", "Medianinkomst, tkr", 2021),
               ("2305", "kvinnor", "Medelinkomst, tkr", 2020)}
    lines = ['"Sammanräknad förvärvsinkomst för boende i Sverige hela året efter region, kön, ålder, tabellinnehåll och år"',
             "",
             '"region";"kön";"ålder";"tabellinnehåll";' + ";".join(f'"{y}"' for y in years)]
    for code, name, med, mratio in regions:
        g = growth * (1 + rng.normal(0, 0.006, 4))
        g[-1] = 1.0
        for kon, f in [("män", 1.095), ("kvinnor", 0.905), ("totalt", 1.0)]:
            for tab in ["Medelinkomst, tkr", "Medianinkomst, tkr"]:
                vals = []
                for i, y in enumerate(years):
                    v = med * g[i] * f * (1 + rng.normal(0, 0.004))
                    if tab.startswith("Medel"):
                        v = v * mratio * (1.07 if kon == "män" else 0.97 if kon == "kvinnor" else 1.0)
                    if (code, kon, tab, y) in missing:
                        vals.append("..")
                    else:
                        vals.append(sv(r1(v)))
                lines.append(f'"{code} {name}";"{kon}";"20-64 år";"{tab}";' + ";".join(vals))
    lines.append("")
    lines.append('"Källa: SCB, Inkomst- och taxeringsregistret (IoT)"')
    lines.append('"Förklaring: .. = uppgift inte tillgänglig eller för osäker för att anges"')
    with open(os.path.join(out, "000006SY_20250312-093215.csv"), "w", encoding="cp1252", newline="\r\n") as fh:
        fh.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------
# 2. Excel-arbetsbok: utbildningsnivå 25-64 år (info-blad, flerradiga rubriker)
# ---------------------------------------------------------------------------
EFTERGYMN_2023 = {  # andel eftergymnasial totalt 2023, %
    "0114": 45.8, "0120": 52.4, "0126": 50.1, "0127": 38.6, "0180": 63.9,
    "0181": 37.2, "0182": 64.8, "0184": 66.1, "0186": 67.3, "0188": 40.2,
    "0821": 24.1, "0834": 27.3, "0840": 39.8, "0860": 27.0, "0861": 30.6,
    "0862": 29.4, "0880": 50.7, "0881": 30.1, "0882": 36.4, "0883": 34.8,
    "0884": 33.2, "0885": 33.9,
    "2303": 28.1, "2305": 27.4, "2309": 42.6, "2313": 29.8, "2321": 46.9,
    "2326": 33.1, "2361": 31.5, "2380": 52.8,
}
FORGYMN = {"0127": 19.5, "0181": 19.0, "0821": 14.5, "0860": 13.8}


def make_education(out, rng):
    rows = []  # (kod, namn, pop25_64_2023, andelar...)
    def region_list():
        lst = [("00", "Riket", RIKET_POP * 0.515, 45.9, 10.6)]
        for lan in ["01", "08", "23"]:
            ms = munis_in(lan)
            if lan == "01":
                lst.append(("01", COUNTIES[lan], STHLM_COUNTY_POP * 0.545, 56.3, 11.9))
            else:
                p = sum(POP[m] * 0.49 for m in ms)
                a = sum(POP[m] * 0.49 * EFTERGYMN_2023[m] for m in ms) / p
                lst.append((lan, COUNTIES[lan], p, a, 11.0))
            for m in ms:
                lst.append((m, NAME[m], POP[m] * (0.53 if lan == "01" else 0.49),
                            EFTERGYMN_2023[m], FORGYMN.get(m, 9.5 + rng.normal(0, 1.2))))
        return lst

    andel_rows, antal_rows = [], []
    for code, name, p, a23, fg in region_list():
        p = int(round(p))
        # antal 2023, konsistent med andelen
        eg = int(round(p * a23 / 100))
        eg_long = int(round(eg * (0.58 + rng.normal(0, 0.03))))
        eg_short = eg - eg_long
        saknas = int(round(p * (0.004 + abs(rng.normal(0, 0.002)))))
        forg = int(round(p * fg / 100))
        gymn = p - eg - saknas - forg
        antal_rows.append((code, name, forg, gymn, eg_short, eg_long, saknas, p))
        a23_tot = r1(100 * eg / p)
        # kvinnor högre än män
        gap = 10.5 + rng.normal(0, 1.5)
        k23 = r1(a23_tot + gap / 2)
        m23 = r1(a23_tot - gap / 2)
        d = 0.6 + rng.normal(0, 0.25)
        k22, m22, t22 = r1(k23 - d - 0.1), r1(m23 - d + 0.1), r1(a23_tot - d)
        andel_rows.append((code, name, k22, m22, t22, k23, m23, a23_tot))

    wb = Workbook()
    ws = wb.active
    ws.title = "Info"
    info = [
        ["Befolkningens utbildningsnivå 25–64 år, kommuner i Stockholms län (urval), Kalmar län och Jämtlands län"],
        [],
        ["Källa:", "SCB, Utbildningsregistret (UREG), bearbetning Regionala utvecklingsenheten"],
        ["Population:", "Befolkning 25–64 år folkbokförd i kommunen 31 december respektive år"],
        ["Utbildningsnivå:", "Högsta avslutade utbildning enligt SUN 2020"],
        ["Eftergymnasial utbildning:", "Eftergymnasial utbildning kortare än 3 år + 3 år eller längre (inkl. forskarutbildning)"],
        ["Teckenförklaring:", ".. = uppgift saknas"],
        ["Blad 'Andel eftergymnasial':", "Andel (%) med eftergymnasial utbildning efter kön, 2022 och 2023"],
        ["Blad 'Antal efter nivå 2023':", "Antal personer efter högsta utbildningsnivå 2023, båda könen"],
        [],
        ["Uppdaterad:", "2024-11-05"],
        ["Kontakt:", "analys@regionala-utvecklingsenheten.example"],
    ]
    for r in info:
        ws.append(r)
    ws["A1"].font = Font(bold=True, size=13)
    ws.column_dimensions["A"].width = 30
    ws.column_dimensions["B"].width = 90

    ws = wb.create_sheet("Andel eftergymnasial")
    ws["A1"] = "Andel (%) av befolkningen 25–64 år med eftergymnasial utbildning, efter region och kön"
    ws["A1"].font = Font(bold=True)
    ws["A3"] = "Region"
    ws.merge_cells("A3:B3")
    ws["C3"] = "2022"
    ws.merge_cells("C3:E3")
    ws["F3"] = "2023"
    ws.merge_cells("F3:H3")
    for col, h in zip("ABCDEFGH", ["Kod", "Namn", "Kvinnor", "Män", "Totalt", "Kvinnor", "Män", "Totalt"]):
        ws[f"{col}4"] = h
    for c in ["A3", "C3", "F3"]:
        ws[c].alignment = Alignment(horizontal="center")
        ws[c].font = Font(bold=True)
    for r in andel_rows:
        ws.append(list(r))
    ws.append([])
    ws.append(["Källa: SCB, Utbildningsregistret. Bearbetning: Regionala utvecklingsenheten."])

    ws = wb.create_sheet("Antal efter nivå 2023")
    ws["A1"] = "Befolkning 25–64 år efter högsta utbildningsnivå 2023, antal personer"
    ws["A1"].font = Font(bold=True)
    ws["A3"] = "Kod"
    ws["B3"] = "Region"
    ws["C3"] = "Förgymnasial utbildning"
    ws["D3"] = "Gymnasial utbildning"
    ws["E3"] = "Eftergymnasial utbildning"
    ws.merge_cells("E3:F3")
    ws["G3"] = "Uppgift om utbildningsnivå saknas"
    ws["H3"] = "Totalt"
    ws["E4"] = "kortare än 3 år"
    ws["F4"] = "3 år eller längre"
    for r in antal_rows:
        ws.append(list(r))
    ws.append([])
    ws.append(["Förgymnasial utbildning = förgymnasial utbildning kortare än 9 år samt förgymnasial utbildning 9 (10) år."])
    wb.save(os.path.join(out, "Utbildningsniva_25-64_kommun_2022-2023.xlsx"))


# ---------------------------------------------------------------------------
# 3. Kolada-liknande långt format
# ---------------------------------------------------------------------------
OHALSA_2023 = {
    "0114": 21.4, "0120": 18.2, "0126": 20.6, "0127": 26.9, "0180": 17.5,
    "0181": 27.8, "0182": 15.6, "0184": 16.3, "0186": 13.9, "0188": 24.7,
    "0821": 36.2, "0834": 31.5, "0840": 25.3, "0860": 34.4, "0861": 30.1,
    "0862": 32.8, "0880": 24.9, "0881": 33.6, "0882": 27.4, "0883": 30.9,
    "0884": 29.5, "0885": 28.8,
    "2303": 35.1, "2305": 33.7, "2309": 26.2, "2313": 34.6, "2321": 21.9,
    "2326": 31.2, "2361": 30.4, "2380": 25.8,
}
NYSTART_2023 = {
    "0114": 11.2, "0120": 13.1, "0126": 11.9, "0127": 12.6, "0180": 15.8,
    "0181": 11.5, "0182": 13.7, "0184": 14.9, "0186": 12.8, "0188": 11.1,
    "0821": 5.9, "0834": 8.1, "0840": 11.4, "0860": 6.8, "0861": 8.4,
    "0862": 7.2, "0880": 10.3, "0881": 7.7, "0882": 8.6, "0883": 8.9,
    "0884": 9.2, "0885": 13.6,
    "2303": 8.3, "2305": 7.9, "2309": 10.6, "2313": 7.4, "2321": 18.7,
    "2326": 9.8, "2361": 10.1, "2380": 9.9,
}


def make_kolada(out, rng):
    years = [2021, 2022, 2023]
    recs = []
    popgrowth = {2021: 0.988, 2022: 0.995, 2023: 1.0}

    def add(kpi, title, kid, kname, year, kon, val):
        recs.append({"kpi": kpi, "kpi_titel": title, "kommun_id": kid, "kommun": kname,
                     "ar": year, "kon": kon, "varde": val})

    # kommuner
    pops = {}
    for code, name, pop, lan in MUNIS:
        gr = {y: popgrowth[y] * (1 + rng.normal(0, 0.002)) for y in years}
        gr[2023] = 1.0
        for y in years:
            p = int(round(pop * gr[y] + rng.integers(-40, 40)))
            pops[(code, y)] = p
    ohal, nyst = {}, {}
    for code, name, pop, lan in MUNIS:
        for y in years:
            t = r1(OHALSA_2023[code] * (1 + 0.035 * (2023 - y)) * (1 + rng.normal(0, 0.01)))
            if y == 2023:
                t = OHALSA_2023[code]
            k = r1(t * 1.27 + rng.normal(0, 0.3))
            m = r1(t * 0.74 + rng.normal(0, 0.3))
            ohal[(code, y)] = (t, k, m)
            n = r1(NYSTART_2023[code] * (1 + 0.04 * (2023 - y)) * (1 + rng.normal(0, 0.04)))
            if y == 2023:
                n = NYSTART_2023[code]
            nyst[(code, y)] = n
    # län och riket
    for lan in ["01", "08", "23"]:
        kid, kname = KOLADA_COUNTY[lan]
        ms = munis_in(lan)
        for y in years:
            if lan == "01":
                p = int(round(STHLM_COUNTY_POP * popgrowth[y]))
                t, n = r1(19.8 * (1 + 0.035 * (2023 - y))), r1(13.9 * (1 + 0.04 * (2023 - y)))
            else:
                p = sum(pops[(m, y)] for m in ms)
                t = r1(sum(ohal[(m, y)][0] * pops[(m, y)] for m in ms) / p)
                n = r1(sum(nyst[(m, y)] * pops[(m, y)] for m in ms) / p)
            pops[(kid, y)] = p
            ohal[(kid, y)] = (t, r1(t * 1.27), r1(t * 0.74))
            nyst[(kid, y)] = n
    for y in years:
        pops[("0000", y)] = int(round(RIKET_POP * popgrowth[y]))
        t = r1(24.6 * (1 + 0.035 * (2023 - y)))
        ohal[("0000", y)] = (t, r1(t * 1.27), r1(t * 0.74))
        nyst[("0000", y)] = r1(10.7 * (1 + 0.04 * (2023 - y)))

    order = [("0000", "Riket")]
    for lan in ["01", "08", "23"]:
        order.append(KOLADA_COUNTY[lan])
    order += [(c, n) for c, n, _, _ in MUNIS]
    for kid, kname in order:
        for y in years:
            t, k, m = ohal[(kid, y)]
            add("N00952", "Ohälsotal, dagar", kid, kname, y, "T", t)
            add("N00952", "Ohälsotal, dagar", kid, kname, y, "K", k)
            add("N00952", "Ohälsotal, dagar", kid, kname, y, "M", m)
            add("N00999", "Nystartade företag, antal/1000 inv 16-64 år", kid, kname, y, "T", nyst[(kid, y)])
            add("N01951", "Invånare totalt, antal", kid, kname, y, "T", pops[(kid, y)])
    df = pd.DataFrame(recs, dtype=object)
    df.to_csv(os.path.join(out, "kolada_export_ohalsa_foretagande_2021-2023.csv"), index=False, encoding="utf-8")


# ---------------------------------------------------------------------------
# 4. Radnivå: beviljade regionala företagsstöd (ett ärende per rad)
# ---------------------------------------------------------------------------
STODFORMER = [
    ("Investeringsstöd", 150_000, 3_000_000, 0.30),
    ("Konsultcheck", 25_000, 100_000, 0.30),
    ("Innovationscheck", 50_000, 300_000, 0.18),
    ("Stöd för kommersiell service", 40_000, 400_000, 0.10),
    ("Regionalt projektstöd", 100_000, 1_500_000, 0.12),
]
BRANSCHER = ["Tillverkning", "Besöksnäring", "Livsmedel och jordbruk", "Handel",
             "IT och kommunikation", "Byggverksamhet", "Övriga tjänster"]
STORLEK = ["0–9 anställda", "10–49 anställda", "50–249 anställda"]


def make_records(out, rng):
    weights = {}
    for code, _, pop, lan in MUNIS:
        w = {"01": 0.08, "08": 1.0, "23": 1.6}[lan] * pop ** 0.6
        weights[code] = w
    codes = list(weights)
    p = np.array([weights[c] for c in codes])
    p = p / p.sum()
    n = 620
    rows = []
    counters = {2022: 0, 2023: 0, 2024: 0}
    dates = []
    for _ in range(n):
        y = int(rng.choice([2022, 2023, 2024], p=[0.31, 0.33, 0.36]))
        doy = int(rng.integers(0, 365))
        d = pd.Timestamp(f"{y}-01-02") + pd.Timedelta(days=doy)
        if d.year != y:
            d = pd.Timestamp(f"{y}-12-20")
        dates.append(d)
    dates.sort()
    for d in dates:
        y = d.year
        counters[y] += 1
        code = str(rng.choice(codes, p=p))
        sf = STODFORMER[int(rng.choice(len(STODFORMER), p=[s[3] for s in STODFORMER]))]
        if code in ("2321", "0885", "2361", "0840"):
            br_p = [0.10, 0.40, 0.10, 0.10, 0.06, 0.09, 0.15]
        else:
            br_p = [0.24, 0.16, 0.14, 0.12, 0.10, 0.10, 0.14]
        bransch = str(rng.choice(BRANSCHER, p=br_p))
        storlek = str(rng.choice(STORLEK, p=[0.62, 0.30, 0.08]))
        lo, hi = sf[1], sf[2]
        amount = float(np.exp(rng.uniform(np.log(lo), np.log(hi))))
        amount = int(round(amount / 1000) * 1000)
        if sf[0] == "Konsultcheck":
            amount = min(amount, 100_000)
        share = {"Investeringsstöd": 0.3, "Konsultcheck": 0.5, "Innovationscheck": 0.5,
                 "Stöd för kommersiell service": 0.6, "Regionalt projektstöd": 0.5}[sf[0]]
        projkost = int(round(amount / (share * (1 + rng.uniform(0, 0.4))) / 1000) * 1000)
        jobb = int(rng.poisson(2.5 if sf[0] == "Investeringsstöd" else 0.6))
        status = "Avslutat" if y < 2024 or rng.random() < 0.2 else "Pågående"
        rows.append({
            "Ärendenummer": f"RFS-{y}-{counters[y]:04d}",
            "Beslutsdatum": d.strftime("%Y-%m-%d"),
            "Län": COUNTIES[LAN[code]],
            "Kommunkod": code,
            "Kommun": NAME[code],
            "Stödform": sf[0],
            "Bransch": bransch,
            "Företagsstorlek": storlek,
            "Beviljat belopp (kr)": amount,
            "Total projektkostnad (kr)": projkost,
            "Planerade nya arbetstillfällen": jobb,
            "Status": status,
        })
    df = pd.DataFrame(rows)
    df.to_csv(os.path.join(out, "foretagsstod_beviljade_arenden_2022-2024.csv"), sep=";",
              index=False, encoding="utf-8-sig")


# ---------------------------------------------------------------------------
# 5. Arbetsförmedlingen-liknande: inskrivna arbetslösa per kommun och månad
# ---------------------------------------------------------------------------
ARBL_DEC2024 = {
    "0114": 7.1, "0120": 4.3, "0126": 7.4, "0127": 11.6, "0180": 6.6,
    "0181": 12.7, "0182": 4.8, "0184": 5.3, "0186": 3.4, "0188": 6.0,
    "0821": 10.6, "0834": 6.2, "0840": 4.3, "0860": 9.5, "0861": 6.9,
    "0862": 8.1, "0880": 5.6, "0881": 9.1, "0882": 6.3, "0883": 7.1,
    "0884": 5.9, "0885": 6.0,
    "2303": 7.6, "2305": 6.7, "2309": 4.4, "2313": 7.1, "2321": 4.2,
    "2326": 5.1, "2361": 5.5, "2380": 5.9,
}
UTRIKES = {"0127": 0.71, "0181": 0.66, "0126": 0.58, "0180": 0.55, "0114": 0.57, "0184": 0.56,
           "0182": 0.48, "0186": 0.42, "0120": 0.38, "0188": 0.36}
KV_SHARE = {"0127": 0.425, "0181": 0.44}
SEASON = [1.06, 1.05, 1.03, 1.00, 0.97, 0.96, 1.01, 1.00, 0.97, 0.97, 0.99, 1.00]


def make_af(out, rng):
    months = [f"{y}-{m:02d}" for y in (2023, 2024) for m in range(1, 13)]
    recs = []
    lf = {c: int(round(POP[c] * 0.51)) for c in POP}

    def make_row(lan_name, kommun_name, month, tot, kv, yng, utr, lang, lfk, lfm):
        man = tot - kv
        return {
            "Län": lan_name, "Kommun": kommun_name, "Månad": month,
            "Inskrivna arbetslösa, antal": tot,
            "varav kvinnor": kv, "varav män": man, "varav 18–24 år": yng,
            "varav utrikes födda": utr,
            "varav inskrivna 12 månader eller mer": lang,
            "Andel av reg. arbetskraft, totalt (%)": r1(100 * tot / (lfk + lfm)),
            "Andel av reg. arbetskraft, kvinnor (%)": r1(100 * kv / lfk),
            "Andel av reg. arbetskraft, män (%)": r1(100 * man / lfm),
        }

    data = {}
    for code in POP:
        base = ARBL_DEC2024[code]
        lfk = int(round(lf[code] * 0.485))
        lfm = lf[code] - lfk
        utr_share = UTRIKES.get(code, 0.40 + rng.normal(0, 0.04))
        kv_share = 0.46 + rng.normal(0, 0.02)
        kv_share = KV_SHARE.get(code, kv_share)
        for i, mth in enumerate(months):
            y, mm = int(mth[:4]), int(mth[5:])
            trend = 0.93 + 0.07 * (i / 23)  # ökande arbetslöshet 2023→2024
            rate = base * SEASON[mm - 1] * trend * (1 + rng.normal(0, 0.012))
            if mth == "2024-12":
                rate = base * (1 + rng.normal(0, 0.003))
            tot = int(round(lf[code] * rate / 100))
            kv = int(round(tot * kv_share * (1 + rng.normal(0, 0.02))))
            yng = int(round(tot * (0.11 + rng.normal(0, 0.01))))
            utr = int(round(tot * utr_share * (1 + rng.normal(0, 0.015))))
            lang = int(round(tot * (0.33 + 0.02 * (i / 23) + rng.normal(0, 0.015))))
            data[(code, mth)] = (tot, kv, yng, utr, lang, lfk, lfm)
    # "övriga" Stockholmskommuner för länsraden
    rest_lf = int(round((STHLM_COUNTY_POP - sum(POP[c] for c in munis_in("01"))) * 0.51))
    for mth_i, mth in enumerate(months):
        mm = int(mth[5:])
        trend = 0.93 + 0.07 * (mth_i / 23)
        # riket
        rlf = int(round(RIKET_POP * 0.51))
        rtot = int(round(rlf * 6.9 / 100 * SEASON[mm - 1] * trend))
        riket = (rtot, int(rtot * 0.47), int(rtot * 0.115), int(rtot * 0.59), int(rtot * (0.34 + 0.02 * mth_i / 23)),
                 int(rlf * 0.485), rlf - int(rlf * 0.485))
        rows_m = [make_row("Riket", "Riket", mth, *riket)]
        for lan in ["01", "08", "23"]:
            ms = munis_in(lan)
            agg = np.array([data[(m, mth)] for m in ms]).sum(axis=0)
            if lan == "01":
                rtot2 = int(round(rest_lf * 5.2 / 100 * SEASON[mm - 1] * trend))
                extra = np.array([rtot2, int(rtot2 * 0.47), int(rtot2 * 0.11), int(rtot2 * 0.5),
                                  int(rtot2 * 0.34), int(rest_lf * 0.485), rest_lf - int(rest_lf * 0.485)])
                agg = agg + extra
            rows_m.append(make_row(COUNTIES[lan], "Hela länet", mth, *[int(x) for x in agg]))
            for m in ms:
                rows_m.append(make_row(COUNTIES[lan], NAME[m], mth, *data[(m, mth)]))
        recs.extend(rows_m)
    df = pd.DataFrame(recs)

    wb = Workbook()
    ws = wb.active
    ws.title = "Kommun"
    ws["A1"] = "Inskrivna arbetslösa 16–64 år per kommun och månad, januari 2023 – december 2024"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = ("Öppet arbetslösa och sökande i program med aktivitetsstöd. Andel av den registerbaserade "
                "arbetskraften 16–64 år.")
    cols = list(df.columns)
    for j, c in enumerate(cols, start=1):
        ws.cell(row=4, column=j, value=c).font = Font(bold=True)
    for i, row in enumerate(df.itertuples(index=False), start=5):
        for j, v in enumerate(row, start=1):
            ws.cell(row=i, column=j, value=(v.item() if hasattr(v, "item") else v))
    last = 5 + len(df)
    ws.cell(row=last + 1, column=1, value="Källa: Arbetsförmedlingen. Uppgifterna avser situationen vid månadens slut.")
    ws.cell(row=last + 2, column=1, value="Registerbaserad arbetskraft: SCB (BAS), senast tillgängliga år.")
    ws2 = wb.create_sheet("Definitioner")
    ws2.append(["Begrepp", "Förklaring"])
    ws2.append(["Inskrivna arbetslösa", "Öppet arbetslösa + sökande i program med aktivitetsstöd"])
    ws2.append(["varav inskrivna 12 månader eller mer", "Inskrivna arbetslösa med en sammanhängande inskrivningstid utan arbete på 12 månader eller mer"])
    ws2.append(["Utrikes födda", "Personer födda utanför Sverige"])
    wb.save(os.path.join(out, "AF_inskrivna_arbetslosa_kommun_2023-2024.xlsx"))


# ---------------------------------------------------------------------------
# 6. Försäkringskassan-liknande: pågående sjukfall per kommun, kön och kvartal
# ---------------------------------------------------------------------------
def make_fk(out, rng):
    recs = []
    quarters = [(y, q) for y in (2023, 2024) for q in (1, 2, 3, 4)]
    qf = {1: 1.05, 2: 1.0, 3: 0.93, 4: 1.02}
    ins = {c: int(round(POP[c] * 0.62)) for c in POP}
    rate_base = {c: 14 + (OHALSA_2023[c] - 17) * 0.55 for c in POP}
    data = {}
    for c in POP:
        insk = int(round(ins[c] * 0.49))
        insm = ins[c] - insk
        for (y, q) in quarters:
            r = rate_base[c] * qf[q] * (1 + 0.02 * (y - 2023)) * (1 + rng.normal(0, 0.02))
            rk, rm = r * 1.33, r * 0.69
            ak = int(round(insk * rk / 1000))
            am = int(round(insm * rm / 1000))
            data[(c, y, q)] = (ak, am, insk, insm)
    for (y, q) in quarters:
        def emit(lan, kod, kommun, ak, am, insk, insm):
            for kon, a, i in [("Kvinnor", ak, insk), ("Män", am, insm), ("Samtliga", ak + am, insk + insm)]:
                recs.append({"År": y, "Kvartal": f"Kv {q}", "Län": lan, "Kommunkod": kod, "Kommun": kommun,
                             "Kön": kon, "Antal pågående sjukfall": a,
                             "Sjukfall per 1 000 försäkrade": r1(1000 * a / i)})
        rins = int(round(RIKET_POP * 0.62))
        rr = 16.8 * qf[q] * (1 + 0.02 * (y - 2023))
        rik, rim = int(rins * 0.49), rins - int(rins * 0.49)
        emit("Riket", "", "Riket", int(round(rik * rr * 1.33 / 1000)), int(round(rim * rr * 0.69 / 1000)), rik, rim)
        for lan in ["01", "08", "23"]:
            ms = munis_in(lan)
            agg = np.array([data[(m, y, q)] for m in ms]).sum(axis=0)
            if lan == "01":
                rest = int(round((STHLM_COUNTY_POP - sum(POP[c] for c in ms)) * 0.62))
                rrk, rrm = int(rest * 0.49), rest - int(rest * 0.49)
                rr2 = 13.5 * qf[q] * (1 + 0.02 * (y - 2023))
                agg = agg + np.array([int(rrk * rr2 * 1.33 / 1000), int(rrm * rr2 * 0.69 / 1000), rrk, rrm])
            emit(COUNTIES[lan], lan, "Hela länet", *[int(x) for x in agg])
            for m in ms:
                emit(COUNTIES[lan], m, NAME[m], *data[(m, y, q)])
    df = pd.DataFrame(recs)
    df["Sjukfall per 1 000 försäkrade"] = df["Sjukfall per 1 000 försäkrade"].map(lambda v: sv(v))
    df.to_csv(os.path.join(out, "FK_pagaende_sjukfall_kommun_kvartal_2023-2024.csv"), sep=";",
              index=False, encoding="utf-8-sig")


def main():
    if len(sys.argv) != 2:
        print("Användning: python make_files.py OUT_DIR")
        sys.exit(1)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    rng = np.random.default_rng(SEED)
    make_scb_income(out, rng)
    make_education(out, rng)
    make_kolada(out, rng)
    make_records(out, rng)
    make_af(out, rng)
    make_fk(out, rng)
    for f in sorted(os.listdir(out)):
        print(f, os.path.getsize(os.path.join(out, f)))


if __name__ == "__main__":
    main()
