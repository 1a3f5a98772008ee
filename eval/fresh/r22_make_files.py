#!/usr/bin/env python3
"""Skapar sex realistiska statistikexporter (Hallands, Västernorrlands och Blekinge län).

Användning: python make_files.py OUT_DIR

Deterministiskt (fast frö). Använder bara pandas, numpy och openpyxl.
"""
import sys
from pathlib import Path

import numpy as np
import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

SEED = 2022
rng = np.random.default_rng(SEED)

# (kod, namn, länskod)
KOMMUNER = [
    ("1315", "Hylte", "13"), ("1380", "Halmstad", "13"), ("1381", "Laholm", "13"),
    ("1382", "Falkenberg", "13"), ("1383", "Varberg", "13"), ("1384", "Kungsbacka", "13"),
    ("2260", "Ånge", "22"), ("2262", "Timrå", "22"), ("2280", "Härnösand", "22"),
    ("2281", "Sundsvall", "22"), ("2282", "Kramfors", "22"), ("2283", "Sollefteå", "22"),
    ("2284", "Örnsköldsvik", "22"),
    ("1060", "Olofström", "10"), ("1080", "Karlskrona", "10"), ("1081", "Ronneby", "10"),
    ("1082", "Karlshamn", "10"), ("1083", "Sölvesborg", "10"),
]
LAN = {"13": "Hallands län", "22": "Västernorrlands län", "10": "Blekinge län"}
LAN_ORDER = ["13", "22", "10"]
KNAMN = {k: n for k, n, _ in KOMMUNER}
KLAN = {k: l for k, _, l in KOMMUNER}

# Folkmängd 31 dec 2023 (ungefärliga nivåer)
POP2023 = {
    "1315": 10712, "1380": 104286, "1381": 26187, "1382": 46804, "1383": 67348, "1384": 85821,
    "2260": 9012, "2262": 17994, "2280": 24563, "2281": 99621, "2282": 17712, "2283": 18903,
    "2284": 56102,
    "1060": 13085, "1080": 66998, "1081": 28843, "1082": 32391, "1083": 17643,
}
RIKET_POP = {2021: 10452326, 2022: 10521556, 2023: 10551707}


def regions_in_order():
    """Riket, sedan per län: länet och dess kommuner."""
    out = [("00", "Riket", None)]
    for lk in LAN_ORDER:
        out.append((lk, LAN[lk], None))
        for k, n, l in KOMMUNER:
            if l == lk:
                out.append((k, n, lk))
    return out


def r1(x):
    return float(np.round(x, 1))


def sv(x, dec=1):
    """Svenskt decimaltal med decimalkomma."""
    if x is None or (isinstance(x, float) and np.isnan(x)):
        return ".."
    return f"{x:.{dec}f}".replace(".", ",")


# ---------------------------------------------------------------- befolkning
def make_population():
    pop = {}
    for k, v in POP2023.items():
        g23 = rng.normal(0.004, 0.004)
        g22 = rng.normal(0.005, 0.004)
        p22 = int(round(v / (1 + g23)))
        p21 = int(round(p22 / (1 + g22)))
        pop[k] = {2021: p21, 2022: p22, 2023: v}
    for lk in LAN_ORDER:
        pop[lk] = {y: sum(pop[k][y] for k, _, l in KOMMUNER if l == lk) for y in (2021, 2022, 2023)}
    pop["00"] = dict(RIKET_POP)
    return pop


POP = make_population()


def weighted(lk, values, year=2023):
    ks = [k for k, _, l in KOMMUNER if l == lk]
    w = np.array([POP[k][year] for k in ks], dtype=float)
    v = np.array([values[k] for k in ks], dtype=float)
    return float((w * v).sum() / w.sum())


# ---------------------------------------------------------------- fil 1: SCB PxWeb CSV, medianinkomst
def file1_pxweb(out: Path):
    base = {
        "1315": 333, "1380": 356, "1381": 349, "1382": 363, "1383": 376, "1384": 431,
        "2260": 329, "2262": 361, "2280": 351, "2281": 371, "2282": 334, "2283": 337, "2284": 379,
        "1060": 344, "1080": 366, "1081": 339, "1082": 356, "1083": 349,
    }
    tot = {}
    for k, b in base.items():
        tot[k] = b + rng.normal(0, 3)
    for lk in LAN_ORDER:
        tot[lk] = weighted(lk, tot) + rng.normal(0, 1)
    tot["00"] = 366.4
    rows = []
    for code, name, _ in regions_in_order():
        t23 = tot[code]
        growth = {2023: 1.0}
        g = 1.0
        for y in (2022, 2021, 2020):
            g /= 1 + rng.normal(0.034, 0.006)
            growth[y] = g
        men_f = 1.085 + rng.normal(0, 0.01)
        wom_f = 0.915 + rng.normal(0, 0.01)
        for kon, f in (("män", men_f), ("kvinnor", wom_f), ("totalt", 1.0)):
            vals = {y: r1(t23 * growth[y] * f) for y in (2020, 2021, 2022, 2023)}
            rows.append((f"{code} {name}", kon, vals))
    lines = [
        '"Sammanräknad förvärvsinkomst för boende i Sverige hela året, medianinkomst i tkr '
        'efter region, kön, ålder och år"',
        "",
        '"region";"kön";"ålder";"2020";"2021";"2022";"2023"',
    ]
    for reg, kon, vals in rows:
        cells = []
        for y in (2020, 2021, 2022, 2023):
            v = vals[y]
            # sekretess/saknas i några celler, som i riktiga uttag
            if (reg.startswith("2260") and kon == "kvinnor" and y == 2020) or (
                reg.startswith("1060") and kon == "män" and y == 2020
            ):
                cells.append("..")
            else:
                cells.append(sv(v))
        lines.append(f'"{reg}";"{kon}";"20-64 år";' + ";".join(cells))
    lines += [
        "",
        '"Källa: SCB, Inkomster och skatter (tabell HE0110). Uttag ur Statistikdatabasen 2025-03-04."',
        '".. = uppgift saknas eller för osäker för att redovisas"',
    ]
    (out / "scb_medianinkomst_20-64_2020-2023.csv").write_bytes(
        ("\r\n".join(lines) + "\r\n").encode("cp1252")
    )


# ---------------------------------------------------------------- fil 2: Excel med flera blad
def file2_excel(out: Path):
    wb = Workbook()
    info = wb.active
    info.title = "Info"
    info_rows = [
        ["Befolkning och utbildningsnivå – Halland, Västernorrland och Blekinge"],
        [],
        ["Innehåll"],
        ["Blad 'Folkmängd'", "Folkmängd 31 december 2021–2023 per kommun och län, samt riket."],
        ["Blad 'Utbildningsnivå'", "Befolkning 25–64 år efter högsta utbildningsnivå, andel (%), 2022 och 2023."],
        [],
        ["Källa", "SCB, Befolkningsstatistik och Utbildningsregistret (UREG). Bearbetning: Regional utveckling, analysenheten."],
        ["Uppdaterad", "2024-11-15"],
        ["Kontaktperson", "Analysenheten, regional utveckling"],
        [],
        ["Definitioner"],
        ["Förgymnasial", "Högst förgymnasial utbildning (grundskola eller motsvarande, kortare än 9 år inräknat)."],
        ["Gymnasial", "Högst gymnasial utbildning (högst 3 år)."],
        ["Eftergymnasial, mindre än 3 år", "Eftergymnasial utbildning kortare än 3 år."],
        ["Eftergymnasial, 3 år eller mer", "Eftergymnasial utbildning 3 år eller längre, inkl. forskarutbildning."],
        [],
        ["Not", "Andelarna summerar inte till 100 eftersom uppgift om utbildningsnivå saknas för en del av befolkningen."],
    ]
    for r in info_rows:
        info.append(r)
    info["A1"].font = Font(bold=True, size=14)
    info.column_dimensions["A"].width = 34
    info.column_dimensions["B"].width = 100

    # --- Folkmängd
    ws = wb.create_sheet("Folkmängd")
    ws["A1"] = "Folkmängd 31 december efter region 2021–2023"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Antal personer"
    hdr = ["Kod", "Region", "2021", "2022", "2023", "Förändring 2022–2023, antal", "Förändring 2022–2023, %"]
    ws.append([])
    ws.append(hdr)
    for c in range(1, len(hdr) + 1):
        ws.cell(row=4, column=c).font = Font(bold=True)
    for code, name, _ in regions_in_order():
        p = POP[code]
        ch = p[2023] - p[2022]
        ws.append([code, name, p[2021], p[2022], p[2023], ch, round(100 * ch / p[2022], 1)])
    ws.append([])
    ws.append(["Källa: SCB, Befolkningsstatistik."])
    ws.column_dimensions["B"].width = 22
    for col in "CDEFG":
        ws.column_dimensions[col].width = 14

    # --- Utbildningsnivå (år som kolumngrupper, tvåradigt huvud)
    eft3_base = {
        "1315": 13.2, "1380": 27.1, "1381": 19.4, "1382": 21.3, "1383": 27.6, "1384": 36.4,
        "2260": 12.8, "2262": 18.1, "2280": 27.3, "2281": 28.4, "2282": 15.9, "2283": 17.2, "2284": 23.5,
        "1060": 13.9, "1080": 32.2, "1081": 21.1, "1082": 23.4, "1083": 19.2,
    }
    levels = ["Förgymnasial", "Gymnasial", "Eftergymnasial, mindre än 3 år", "Eftergymnasial, 3 år eller mer"]
    data = {}
    for k in eft3_base:
        e3_23 = eft3_base[k] + rng.normal(0, 0.4)
        e_lt3 = 14.5 + rng.normal(0, 1.2)
        forg = 9.0 + rng.normal(0, 1.5) + (30 - e3_23) * 0.08
        missing = 1.3 + abs(rng.normal(0, 0.3))
        gym = 100 - missing - e3_23 - e_lt3 - forg
        d23 = [forg, gym, e_lt3, e3_23]
        d22 = [forg + 0.3 + rng.normal(0, 0.1), gym + 0.1 + rng.normal(0, 0.1),
               e_lt3 - 0.1 + rng.normal(0, 0.1), e3_23 - 0.5 + rng.normal(0, 0.1)]
        data[k] = {2022: d22, 2023: d23}
    for lk in LAN_ORDER:
        data[lk] = {}
        for y in (2022, 2023):
            data[lk][y] = [weighted(lk, {k: data[k][y][i] for k in eft3_base}, y) for i in range(4)]
    data["00"] = {2022: [9.9, 41.3, 15.9, 31.2], 2023: [9.6, 40.9, 15.9, 31.9]}

    ws2 = wb.create_sheet("Utbildningsnivå")
    ws2["A1"] = "Befolkning 25–64 år efter högsta utbildningsnivå, andel (%)"
    ws2["A1"].font = Font(bold=True, size=12)
    ws2["A2"] = "Procent av befolkningen 25–64 år"
    # rad 4: årsgrupper, rad 5: nivåer
    ws2.cell(row=4, column=1, value="")
    ws2.cell(row=4, column=2, value="")
    col = 3
    for y in (2022, 2023):
        ws2.cell(row=4, column=col, value=str(y)).font = Font(bold=True)
        ws2.merge_cells(start_row=4, start_column=col, end_row=4, end_column=col + 3)
        ws2.cell(row=4, column=col).alignment = Alignment(horizontal="center")
        for i, lev in enumerate(levels):
            ws2.cell(row=5, column=col + i, value=lev).font = Font(bold=True)
        col += 4
    ws2.cell(row=5, column=1, value="Kod").font = Font(bold=True)
    ws2.cell(row=5, column=2, value="Region").font = Font(bold=True)
    r = 6
    for code, name, _ in regions_in_order():
        ws2.cell(row=r, column=1, value=code)
        ws2.cell(row=r, column=2, value=name)
        c = 3
        for y in (2022, 2023):
            for v in data[code][y]:
                ws2.cell(row=r, column=c, value=r1(v))
                c += 1
        r += 1
    r += 1
    ws2.cell(row=r, column=1, value="Not: Uppgift om utbildningsnivå saknas för ca 1–2 % av befolkningen.")
    ws2.cell(row=r + 1, column=1, value="Källa: SCB, Utbildningsregistret.")
    ws2.column_dimensions["B"].width = 22
    for i in range(3, 11):
        ws2.column_dimensions[get_column_letter(i)].width = 16
    wb.save(out / "befolkning_utbildningsniva_2021-2023.xlsx")


# ---------------------------------------------------------------- fil 3: Kolada långt format
def file3_kolada(out: Path):
    ohals = {
        "1315": 27.4, "1380": 24.9, "1381": 23.6, "1382": 22.1, "1383": 21.2, "1384": 18.3,
        "2260": 36.8, "2262": 33.9, "2280": 31.4, "2281": 28.2, "2282": 35.6, "2283": 37.9, "2284": 26.6,
        "1060": 32.8, "1080": 24.4, "1081": 31.1, "1082": 28.9, "1083": 26.1,
    }
    nyst = {
        "1315": 8.1, "1380": 10.9, "1381": 9.8, "1382": 9.7, "1383": 11.3, "1384": 12.6,
        "2260": 7.4, "2262": 7.1, "2280": 7.9, "2281": 8.6, "2282": 6.8, "2283": 6.5, "2284": 7.6,
        "1060": 6.2, "1080": 9.0, "1081": 7.7, "1082": 8.4, "1083": 9.3,
    }
    oh23 = {k: v + rng.normal(0, 0.4) for k, v in ohals.items()}
    ny23 = {k: v + rng.normal(0, 0.3) for k, v in nyst.items()}
    for lk in LAN_ORDER:
        oh23[lk] = weighted(lk, oh23)
        ny23[lk] = weighted(lk, ny23)
    oh23["00"] = 23.9
    ny23["00"] = 10.4
    kol_ids = {"00": "0000"}
    for lk in LAN_ORDER:
        kol_ids[lk] = "00" + lk
    names = {"00": "Riket", "13": "Region Halland", "22": "Region Västernorrland", "10": "Region Blekinge"}
    rows = []
    for code, name, _ in regions_in_order():
        kid = kol_ids.get(code, code)
        kname = names.get(code, name)
        f = {2021: 1.09 + rng.normal(0, 0.01), 2022: 1.045 + rng.normal(0, 0.01), 2023: 1.0}
        kf = 1.24 + rng.normal(0, 0.02)
        mf = 0.77 + rng.normal(0, 0.02)
        for y in (2021, 2022, 2023):
            t = oh23[code] * f[y]
            for kon, fac in (("T", 1.0), ("K", kf), ("M", mf)):
                rows.append(("N00957", "Ohälsotal, dagar per registrerad försäkrad 16-64 år",
                             kid, kname, y, kon, r1(t * fac)))
        for y in (2021, 2022, 2023):
            g = {2021: 1.12, 2022: 1.05, 2023: 1.0}[y] + rng.normal(0, 0.02)
            rows.append(("N00999", "Nystartade företag, antal/1000 inv 16-64 år",
                         kid, kname, y, "T", r1(ny23[code] * g)))
    df = pd.DataFrame(rows, columns=["kpi", "kpi_titel", "kommun_id", "kommun", "period", "kon", "varde"])
    df.to_csv(out / "kolada_export_ohalsotal_nyforetagande.csv", index=False, encoding="utf-8")


# ---------------------------------------------------------------- fil 4: ärendenivå, projektmedel
def file4_records(out: Path):
    n = 168
    insats = ["Kompetensförsörjning", "Innovation och företagande", "Hållbar turism",
              "Digitalisering", "Grön omställning"]
    orgtyp = ["Kommun", "Ideell förening", "Aktiebolag", "Ekonomisk förening",
              "Universitet/högskola", "Region"]
    orgp = [0.26, 0.24, 0.24, 0.10, 0.08, 0.08]
    handl = ["Anna Lindqvist", "Erik Bergström", "Sara Holm", "Johan Nyberg"]
    forening = ["Idrottsförening", "Hembygdsförening", "Byalag", "Kulturförening", "Företagarförening",
                "Studieförbund avd.", "Ungdomsförening"]
    bolag = ["Tech AB", "Verkstad AB", "Turism & Event AB", "Energi AB", "Konsult AB", "Livs AB"]
    kpop = np.array([POP2023[k] for k, _, _ in KOMMUNER], dtype=float) ** 0.6
    kprob = kpop / kpop.sum()
    recs = []
    year_counts = {2022: 0, 2023: 0, 2024: 0}
    for i in range(n):
        kidx = rng.choice(len(KOMMUNER), p=kprob)
        kcode, kname, lk = KOMMUNER[kidx]
        ot = rng.choice(orgtyp, p=orgp)
        if ot == "Kommun":
            sok = f"{kname} kommun" if kname[-1] in "saeiouyåäö" else f"{kname}s kommun"
        elif ot == "Region":
            sok = {"13": "Region Halland", "22": "Region Västernorrland", "10": "Region Blekinge"}[lk]
        elif ot == "Universitet/högskola":
            sok = {"13": "Högskolan i Halmstad", "22": "Mittuniversitetet",
                   "10": "Blekinge tekniska högskola"}[lk]
        elif ot == "Ideell förening":
            sok = f"{kname} {rng.choice(forening)}"
        elif ot == "Ekonomisk förening":
            sok = f"{kname} Ekonomisk förening {rng.choice(['Utveckling', 'Bygd', 'Energi', 'Mat'])}"
        else:
            sok = f"{kname} {rng.choice(bolag)}"
        ins = rng.choice(insats)
        year = int(rng.choice([2022, 2023, 2024], p=[0.3, 0.36, 0.34]))
        year_counts[year] += 1
        inkom = pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 300)))
        beslut_dt = inkom + pd.Timedelta(days=int(rng.integers(25, 60)))
        if beslut_dt.year != year:
            beslut_dt = pd.Timestamp(year, 12, int(rng.integers(1, 20)))
        base = {"Kommun": 900_000, "Ideell förening": 250_000, "Aktiebolag": 500_000,
                "Ekonomisk förening": 350_000, "Universitet/högskola": 2_000_000, "Region": 1_500_000}[ot]
        sokt = int(round(base * float(np.exp(rng.normal(0, 0.45))), -3))
        u = rng.random()
        if u < 0.58:
            beslut = "Beviljad"
            bev = sokt
        elif u < 0.76:
            beslut = "Delvis beviljad"
            bev = int(round(sokt * rng.uniform(0.5, 0.9), -3))
        else:
            beslut = "Avslag"
            bev = None
        if bev is None:
            utb = None
        else:
            frac = {2022: 1.0, 2023: 0.7, 2024: 0.25}[year] * rng.uniform(0.6, 1.0)
            utb = int(round(bev * min(frac, 1.0), -2)) if year != 2022 else bev
        start = beslut_dt + pd.Timedelta(days=int(rng.integers(10, 60)))
        slut = start + pd.Timedelta(days=int(rng.choice([365, 547, 730])))
        recs.append({
            "Ärende-ID": None,  # sätts nedan i datumordning
            "Diarienummer": None,
            "Inkom": inkom.date(),
            "Beslutsdatum": beslut_dt.date(),
            "Sökande": sok,
            "Organisationstyp": ot,
            "Kommun": kname,
            "Län": LAN[lk],
            "Insatsområde": ins,
            "Sökt belopp (kr)": sokt,
            "Beslut": beslut,
            "Beviljat belopp (kr)": bev,
            "Utbetalt hittills (kr)": utb,
            "Projektstart": start.date() if bev is not None else None,
            "Projektslut": slut.date() if bev is not None else None,
            "Handläggare": rng.choice(handl),
        })
    df = pd.DataFrame(recs).sort_values(["Inkom", "Sökande"]).reset_index(drop=True)
    seq = {}
    ids, dnr = [], []
    for d in df["Inkom"]:
        y = d.year
        seq[y] = seq.get(y, 0) + 1
        ids.append(f"RU-{y}-{seq[y]:04d}")
        dnr.append(f"RS {y}/{100 + 3 * seq[y]}")
    df["Ärende-ID"] = ids
    df["Diarienummer"] = dnr
    for c in ("Inkom", "Beslutsdatum", "Projektstart", "Projektslut"):
        df[c] = pd.to_datetime(df[c])
    for c in ("Beviljat belopp (kr)", "Utbetalt hittills (kr)"):
        df[c] = df[c].astype("Int64")
    with pd.ExcelWriter(out / "projektmedel_beslut_2022-2024.xlsx", engine="openpyxl",
                        date_format="YYYY-MM-DD", datetime_format="YYYY-MM-DD") as xw:
        df.to_excel(xw, sheet_name="Beslut", index=False)
        ws = xw.sheets["Beslut"]
        for i, c in enumerate(df.columns, start=1):
            ws.column_dimensions[get_column_letter(i)].width = max(12, len(c) + 2)
        ws.column_dimensions["E"].width = 40


# ---------------------------------------------------------------- fil 5: Arbetsförmedlingen, månad, varav
def file5_af(out: Path):
    rate = {
        "1315": 7.6, "1380": 7.3, "1381": 5.4, "1382": 5.0, "1383": 4.6, "1384": 3.1,
        "2260": 6.7, "2262": 7.9, "2280": 8.5, "2281": 6.9, "2282": 7.7, "2283": 8.0, "2284": 5.3,
        "1060": 9.7, "1080": 5.9, "1081": 8.8, "1082": 8.2, "1083": 6.9,
    }
    utr = {k: 0.42 for k in rate}
    utr.update({"1060": 0.63, "1315": 0.58, "2260": 0.55, "1384": 0.33, "2284": 0.40})
    season = [1.06, 1.05, 1.02, 0.99, 0.96, 0.99, 1.03, 1.01, 0.98, 0.98, 1.00, 1.04]
    young_season = [1.0, 1.0, 0.98, 0.95, 0.92, 1.12, 1.22, 1.05, 0.95, 0.96, 0.98, 1.0]
    months = [f"2024-{m:02d}" for m in range(1, 13)]
    rows = []
    ak = {k: int(POP2023[k] * 0.585 * (1 + rng.normal(0, 0.02))) for k in rate}
    rlev = {k: rate[k] * (1 + rng.normal(0, 0.03)) for k in rate}
    trend = 1.0
    per_month = {}
    for mi, m in enumerate(months):
        trend *= 1.0 + rng.normal(0.002, 0.002)
        for k in rate:
            tot = int(round(ak[k] * rlev[k] / 100 * season[mi] * trend * (1 + rng.normal(0, 0.012))))
            kv = int(round(tot * (0.455 + rng.normal(0, 0.01))))
            unga = int(round(tot * 0.118 * young_season[mi] * (1 + rng.normal(0, 0.05))))
            ut = int(round(tot * utr[k] * (1 + rng.normal(0, 0.02))))
            per_month[(m, k)] = (tot, kv, tot - kv, unga, ut, ak[k])
        for lk in LAN_ORDER:
            ks = [k for k, _, l in KOMMUNER if l == lk]
            vals = [sum(per_month[(m, k)][i] for k in ks) for i in range(6)]
            per_month[(m, lk)] = tuple(vals)
        r_ak = 5_412_000
        r_tot = int(round(r_ak * 0.0672 * season[mi] * trend))
        r_kv = int(round(r_tot * 0.462))
        per_month[(m, "00")] = (r_tot, r_kv, r_tot - r_kv, int(round(r_tot * 0.112 * young_season[mi])),
                                int(round(r_tot * 0.515)), r_ak)
    for m in months:
        for code, name, _ in regions_in_order():
            tot, kv, man, unga, ut, a = per_month[(m, code)]
            rows.append([m, code, name, tot, kv, man, unga, ut, round(100 * tot / a, 1)])
    cols = ["Månad", "Kod", "Län/kommun", "Inskrivna arbetslösa totalt", "varav kvinnor", "varav män",
            "varav 18–24 år", "varav utrikes födda",
            "Andel i procent av den registerbaserade arbetskraften"]
    wb = Workbook()
    ws = wb.active
    ws.title = "Kommun"
    ws["A1"] = "Inskrivna arbetslösa 16–64 år per län och kommun, januari–december 2024"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Källa: Arbetsförmedlingen. Inskrivna arbetslösa = öppet arbetslösa + sökande i program med aktivitetsstöd."
    ws["A3"] = "Andel = antal inskrivna arbetslösa i procent av den registerbaserade arbetskraften 16–64 år."
    ws.append([])
    ws.append(cols)
    for c in range(1, len(cols) + 1):
        ws.cell(row=5, column=c).font = Font(bold=True)
    for r in rows:
        ws.append(r)
    ws.column_dimensions["C"].width = 22
    for i in range(4, 10):
        ws.column_dimensions[get_column_letter(i)].width = 18
    wb.save(out / "af_inskrivna_arbetslosa_kommun_2024.xlsx")


# ---------------------------------------------------------------- fil 6: Försäkringskassan, kön och ålder
def file6_fk(out: Path):
    base = {
        "1315": 11.2, "1380": 10.4, "1381": 10.1, "1382": 9.6, "1383": 9.3, "1384": 8.1,
        "2260": 14.6, "2262": 13.5, "2280": 12.9, "2281": 11.6, "2282": 14.1, "2283": 14.9, "2284": 11.0,
        "1060": 13.2, "1080": 10.2, "1081": 12.7, "1082": 11.9, "1083": 10.9,
    }
    age_cols = ["16-29 år", "30-39 år", "40-49 år", "50-59 år", "60-64 år"]
    age_f = np.array([0.45, 0.92, 1.08, 1.32, 1.38])
    age_w = np.array([0.24, 0.20, 0.20, 0.22, 0.14])
    periods = [(2023, "december"), (2024, "juni"), (2024, "december")]
    pf = {(2023, "december"): 1.03, (2024, "juni"): 0.97, (2024, "december"): 1.0}
    base["00"] = 10.8
    for lk in LAN_ORDER:
        base[lk] = weighted(lk, base)
    lvl = {k: v * (1 + rng.normal(0, 0.02)) for k, v in base.items()}
    rows = []
    for (y, m) in periods:
        for code, name, lk in regions_in_order():
            if code == "00":
                lan_name, kom = "Riket", "Riket"
            elif lk is None:
                lan_name, kom = name, "Samtliga kommuner"
            else:
                lan_name, kom = LAN[lk], name
            out_rows = {}
            for kon, kf in (("Kvinnor", 1.27), ("Män", 0.74)):
                ages = lvl[code] * pf[(y, m)] * kf * age_f * (1 + rng.normal(0, 0.04, size=5))
                ages = np.round(ages, 1)
                out_rows[kon] = ages
            both = np.round((out_rows["Kvinnor"] + out_rows["Män"]) / 2, 1)
            for kon, ages in (("Kvinnor", out_rows["Kvinnor"]), ("Män", out_rows["Män"]), ("Båda könen", both)):
                tot = float(np.round((ages * age_w).sum(), 1))
                rows.append([y, m, lan_name, kom, kon] + [sv(float(a)) for a in ages] + [sv(tot)])
    header = ["År", "Månad", "Län", "Kommun", "Kön"] + age_cols + ["Samtliga 16-64 år"]
    lines = [";".join(header)] + [";".join(str(c) for c in r) for r in rows]
    (out / "fk_sjukpenningtal_kon_alder.csv").write_text("\n".join(lines) + "\n", encoding="utf-8-sig")


def main():
    if len(sys.argv) != 2:
        print("Användning: python make_files.py OUT_DIR", file=sys.stderr)
        sys.exit(2)
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    file1_pxweb(out)
    file2_excel(out)
    file3_kolada(out)
    file4_records(out)
    file5_af(out)
    file6_fk(out)
    for p in sorted(out.iterdir()):
        print(p.name, p.stat().st_size)


if __name__ == "__main__":
    main()
