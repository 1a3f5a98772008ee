"""Skapar sex realistiska statistikexporter för Jönköpings, Gävleborgs och Norrbottens län.

Användning:  python make_files.py OUT_DIR
Deterministiskt (fast frö). Bara pandas/numpy/openpyxl.
"""
import sys
from pathlib import Path

import numpy as np
import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

SEED = 2121

# (kod, namn, folkmängd 2023 ungefär)
COUNTIES = [
    ("06", "Jönköpings län", "Region Jönköpings län", [
        ("0604", "Aneby", 6900), ("0617", "Gnosjö", 9500), ("0642", "Mullsjö", 7400),
        ("0643", "Habo", 12600), ("0662", "Gislaved", 29600), ("0665", "Vaggeryd", 14400),
        ("0680", "Jönköping", 144400), ("0682", "Nässjö", 31900), ("0683", "Värnamo", 34500),
        ("0684", "Sävsjö", 11400), ("0685", "Vetlanda", 27700), ("0686", "Eksjö", 17700),
        ("0687", "Tranås", 19700)]),
    ("21", "Gävleborgs län", "Region Gävleborg", [
        ("2101", "Ockelbo", 5800), ("2104", "Hofors", 9400), ("2121", "Ovanåker", 11400),
        ("2132", "Nordanstig", 9400), ("2161", "Ljusdal", 18800), ("2180", "Gävle", 103600),
        ("2181", "Sandviken", 39600), ("2182", "Söderhamn", 25200), ("2183", "Bollnäs", 26300),
        ("2184", "Hudiksvall", 37900)]),
    ("25", "Norrbottens län", "Region Norrbotten", [
        ("2505", "Arvidsjaur", 6000), ("2506", "Arjeplog", 2700), ("2510", "Jokkmokk", 4900),
        ("2513", "Överkalix", 3200), ("2514", "Kalix", 15700), ("2518", "Övertorneå", 4200),
        ("2521", "Pajala", 5900), ("2523", "Gällivare", 17300), ("2560", "Älvsbyn", 8100),
        ("2580", "Luleå", 79700), ("2581", "Piteå", 42500), ("2582", "Boden", 28600),
        ("2583", "Haparanda", 9400), ("2584", "Kiruna", 22400)]),
]

MUNIS = [(c[0], c[1], m[0], m[1], m[2]) for c in COUNTIES for m in c[3]]  # länskod, län, kod, namn, pop

EDU_2023 = {  # andel eftergymnasial 25-64, totalt
    "Aneby": 30.5, "Gnosjö": 24.8, "Mullsjö": 36.0, "Habo": 41.5, "Gislaved": 27.0, "Vaggeryd": 31.0,
    "Jönköping": 47.5, "Nässjö": 33.0, "Värnamo": 36.5, "Sävsjö": 28.5, "Vetlanda": 32.0, "Eksjö": 40.5,
    "Tranås": 35.0, "Ockelbo": 28.0, "Hofors": 25.5, "Ovanåker": 29.0, "Nordanstig": 27.0, "Ljusdal": 31.0,
    "Gävle": 44.5, "Sandviken": 36.0, "Söderhamn": 32.5, "Bollnäs": 34.0, "Hudiksvall": 37.0,
    "Arvidsjaur": 33.0, "Arjeplog": 31.5, "Jokkmokk": 34.0, "Överkalix": 30.5, "Kalix": 35.0,
    "Övertorneå": 33.5, "Pajala": 32.0, "Gällivare": 35.5, "Älvsbyn": 33.5, "Luleå": 51.5, "Piteå": 44.0,
    "Boden": 42.0, "Haparanda": 30.0, "Kiruna": 38.5,
}
UNEMP = {  # arbetslöshet (%) bas
    "Aneby": 4.5, "Gnosjö": 5.0, "Mullsjö": 4.0, "Habo": 3.0, "Gislaved": 7.5, "Vaggeryd": 5.0,
    "Jönköping": 6.6, "Nässjö": 8.0, "Värnamo": 5.5, "Sävsjö": 6.5, "Vetlanda": 6.0, "Eksjö": 5.0,
    "Tranås": 7.0, "Ockelbo": 7.0, "Hofors": 11.0, "Ovanåker": 5.5, "Nordanstig": 7.5, "Ljusdal": 9.0,
    "Gävle": 8.8, "Sandviken": 9.5, "Söderhamn": 10.5, "Bollnäs": 8.5, "Hudiksvall": 6.8,
    "Arvidsjaur": 5.0, "Arjeplog": 4.5, "Jokkmokk": 5.5, "Överkalix": 6.0, "Kalix": 5.8, "Övertorneå": 6.5,
    "Pajala": 5.0, "Gällivare": 4.0, "Älvsbyn": 5.5, "Luleå": 5.2, "Piteå": 4.6, "Boden": 5.5,
    "Haparanda": 8.0, "Kiruna": 3.8,
}
SPT = {  # sjukpenningtal 2024 kv4, totalt
    "Aneby": 9.7, "Gnosjö": 8.5, "Mullsjö": 10.0, "Habo": 8.3, "Gislaved": 10.1, "Vaggeryd": 9.3,
    "Jönköping": 8.4, "Nässjö": 10.7, "Värnamo": 8.9, "Sävsjö": 10.4, "Vetlanda": 9.9, "Eksjö": 9.6,
    "Tranås": 10.5, "Ockelbo": 12.1, "Hofors": 12.8, "Ovanåker": 9.9, "Nordanstig": 11.9, "Ljusdal": 12.4,
    "Gävle": 10.6, "Sandviken": 11.3, "Söderhamn": 12.5, "Bollnäs": 11.6, "Hudiksvall": 10.8,
    "Arvidsjaur": 11.4, "Arjeplog": 10.2, "Jokkmokk": 11.8, "Överkalix": 12.9, "Kalix": 11.5,
    "Övertorneå": 12.2, "Pajala": 11.0, "Gällivare": 9.6, "Älvsbyn": 11.7, "Luleå": 9.2, "Piteå": 9.9,
    "Boden": 10.9, "Haparanda": 12.0, "Kiruna": 8.7,
}
EMP = {  # förvärvsarbetande 20-64, andel (%) 2023 totalt
    "Aneby": 84.1, "Gnosjö": 84.6, "Mullsjö": 85.2, "Habo": 87.9, "Gislaved": 78.3, "Vaggeryd": 85.0,
    "Jönköping": 81.2, "Nässjö": 77.9, "Värnamo": 83.4, "Sävsjö": 80.6, "Vetlanda": 81.8, "Eksjö": 83.0,
    "Tranås": 79.4, "Ockelbo": 80.2, "Hofors": 73.4, "Ovanåker": 84.0, "Nordanstig": 78.1, "Ljusdal": 75.2,
    "Gävle": 76.9, "Sandviken": 76.0, "Söderhamn": 74.1, "Bollnäs": 77.5, "Hudiksvall": 80.3,
    "Arvidsjaur": 81.5, "Arjeplog": 82.8, "Jokkmokk": 80.9, "Överkalix": 80.0, "Kalix": 81.7,
    "Övertorneå": 78.6, "Pajala": 81.3, "Gällivare": 84.4, "Älvsbyn": 82.0, "Luleå": 81.9, "Piteå": 83.6,
    "Boden": 81.1, "Haparanda": 72.8, "Kiruna": 85.3,
}
NORTH = {"25"}


def d1(x):
    """Avrunda till en decimal (som i källorna)."""
    return float(np.round(x + 1e-9, 1))


def sv(x, dec=1):
    if x is None or (isinstance(x, float) and np.isnan(x)):
        return ".."
    return f"{x:.{dec}f}".replace(".", ",")


# ---------------------------------------------------------------- befolkning (underlag för flera filer)
def population(rng):
    rows = {}
    for lk, ln, kod, namn, pop in MUNIS:
        p23 = int(pop + rng.integers(-150, 150))
        g22 = rng.normal(0.002 if pop > 30000 else -0.004, 0.004)
        g21 = rng.normal(0.003 if pop > 30000 else -0.003, 0.004)
        p22 = int(round(p23 / (1 + g22)))
        p21 = int(round(p22 / (1 + g21)))
        res = {}
        for yr, p in ((2021, p21), (2022, p22), (2023, p23)):
            wshare = rng.normal(0.485 if lk in NORTH else 0.494, 0.004)
            k = int(round(p * wshare))
            res[yr] = (k, p - k, p)
        rows[namn] = res
    riket = {2021: (5208000 + 1203, 5244326 - 1203, 10452326), 2022: (5242119, 5279437, 10521556),
             2023: (5258431, 5293276, 10551707)}
    return rows, riket


# ---------------------------------------------------------------- F1: SCB PxWeb CSV (cp1252)
def f1_pxweb(out, rng, pop):
    years = [2019, 2020, 2021, 2022, 2023]
    vals = {}  # namn -> {år: (män, kvinnor, totalt)}
    for lk, ln, kod, namn, _ in MUNIS:
        base = EDU_2023[namn] + rng.normal(0, 0.8)
        gap = rng.normal(17.0, 2.5)
        step = rng.uniform(0.45, 0.95)
        res = {}
        for i, yr in enumerate(years):
            t = base - step * (2023 - yr) + rng.normal(0, 0.25)
            wshare = pop[namn][2023][0] / pop[namn][2023][2]
            m = t - gap * wshare
            k = m + gap
            res[yr] = (d1(m), d1(k), d1(t))
        vals[namn] = res
    # län: befolkningsvägt
    county_vals = {}
    for lk, ln, rn, munis in COUNTIES:
        res = {}
        for yr in years:
            w = np.array([pop[m[1]][2023][2] for m in munis], float)
            arr = np.array([vals[m[1]][yr] for m in munis])
            res[yr] = tuple(d1(x) for x in (w @ arr) / w.sum())
        county_vals[ln] = res
    riket = {}
    for i, yr in enumerate(years):
        t = 44.3 + 0.7 * i
        riket[yr] = (d1(t - 8.1), d1(t + 8.0), d1(t))
    missing = {("Arjeplog", 2019, 0), ("Arjeplog", 2019, 1), ("Övertorneå", 2020, 0)}

    lines = ['"Befolkning 25-64 år med eftergymnasial utbildning, andel (%) efter region, kön och år"', "",
             ";".join(['"region"', '"kön"'] + [f'"{y}"' for y in years])]

    def emit(label, res, namn=None):
        for gi, g in enumerate(["män", "kvinnor", "totalt"]):
            cells = []
            for yr in years:
                if namn and (namn, yr, gi) in missing:
                    cells.append("..")
                else:
                    cells.append(sv(res[yr][gi]))
            lines.append(";".join([f'"{label}"', f'"{g}"'] + cells))

    emit("00 Riket", riket)
    for lk, ln, rn, munis in COUNTIES:
        emit(f"{lk} {ln}", county_vals[ln])
        for kod, namn, _ in munis:
            emit(f"{kod} {namn}", vals[namn], namn)
    lines += ["", '"Källa: SCB, Befolkningens utbildning (UREG)."',
              '"Uppgifterna avser befolkningen 25-64 år den 1 januari året efter."']
    (out / "000001LR_eftergymnasial_utbildning_20240612.csv").write_bytes(
        ("\r\n".join(lines) + "\r\n").encode("cp1252"))


# ---------------------------------------------------------------- F2: Excel, flera flikar, flerradiga rubriker
def f2_excel_befolkning(out, rng, pop, riket):
    wb = Workbook()
    ws = wb.active
    ws.title = "Info"
    info = [
        ["Befolkning i Jönköpings, Gävleborgs och Norrbottens län"],
        [],
        ["Innehåll", "Flik"],
        ["Folkmängd 31 december 2021–2023 efter kommun och kön", "Folkmängd"],
        ["Befolkningsförändringar 2023 efter kommun", "Befolkningsförändringar 2023"],
        [],
        ["Källa", "SCB, Befolkningsstatistik. Bearbetning: Regional utveckling."],
        ["Uppdaterad", "2024-03-21"],
        ["Kontakt", "analys.regionalutveckling@example.se"],
        ["Kommentar", "Folkmängden avser förhållandena den 31 december respektive år. "
                      "Länssummor och riket enligt SCB."],
    ]
    for r in info:
        ws.append(r)
    ws["A1"].font = Font(bold=True, size=14)
    ws.column_dimensions["A"].width = 55
    ws.column_dimensions["B"].width = 60

    # Folkmängd
    ws = wb.create_sheet("Folkmängd")
    ws.append(["Folkmängd 31 december 2021–2023 efter kommun och kön"])
    ws["A1"].font = Font(bold=True, size=12)
    ws.append([])
    ws.append(["Kommunkod", "Kommun", 2021, None, None, 2022, None, None, 2023, None, None])
    ws.append([None, None] + ["Kvinnor", "Män", "Totalt"] * 3)
    for c0 in (3, 6, 9):
        ws.merge_cells(start_row=3, start_column=c0, end_row=3, end_column=c0 + 2)
        ws.cell(row=3, column=c0).alignment = Alignment(horizontal="center")
    ws.merge_cells("A3:A4")
    ws.merge_cells("B3:B4")
    for lk, ln, rn, munis in COUNTIES:
        for kod, namn, _ in munis:
            row = [kod, namn]
            for yr in (2021, 2022, 2023):
                row += list(pop[namn][yr])
            ws.append(row)
        row = [lk, ln]
        for yr in (2021, 2022, 2023):
            row += [sum(pop[m[1]][yr][i] for m in munis) for i in range(3)]
        ws.append(row)
        ws.cell(row=ws.max_row, column=2).font = Font(bold=True)
    row = ["00", "Riket"]
    for yr in (2021, 2022, 2023):
        row += list(riket[yr])
    ws.append(row)
    ws.append([])
    ws.append(["Källa: SCB Befolkningsstatistik"])
    ws.column_dimensions["B"].width = 20

    # Befolkningsförändringar 2023
    ws = wb.create_sheet("Befolkningsförändringar 2023")
    ws.append(["Befolkningsförändringar 2023 efter kommun"])
    ws["A1"].font = Font(bold=True, size=12)
    ws.append(["Antal personer"])
    hdr = ["Kommunkod", "Kommun", "Folkmängd 2022-12-31", "Födda", "Döda", "Födelseöverskott",
           "Inrikes inflyttade", "Inrikes utflyttade", "Invandrade", "Utvandrade", "Justering",
           "Folkökning", "Folkmängd 2023-12-31"]
    ws.append(hdr)
    county_tot = {}
    for lk, ln, rn, munis in COUNTIES:
        acc = np.zeros(len(hdr) - 2, dtype=np.int64)
        for kod, namn, _ in munis:
            p22 = pop[namn][2022][2]
            p23 = pop[namn][2023][2]
            north = lk in NORTH
            fodda = int(round(p22 * rng.normal(0.0088 if north else 0.0098, 0.0008)))
            doda = int(round(p22 * rng.normal(0.0118 if north else 0.0105, 0.0012)))
            if p22 < 10000:
                doda = int(round(doda * 1.2))
            if p22 > 30000:  # yngre befolkning i de större kommunerna
                doda = int(round(doda * 0.8))
                fodda = int(round(fodda * 1.1))
            inv = int(round(p22 * rng.normal(0.0085, 0.0020)))
            utv = int(round(p22 * rng.normal(0.0042, 0.0008)))
            utfl = int(round(p22 * rng.normal(0.047, 0.006)))
            just = int(rng.integers(-6, 7))
            okn = p23 - p22
            infl = okn - (fodda - doda) - inv + utv - just + utfl
            vals = [p22, fodda, doda, fodda - doda, infl, utfl, inv, utv, just, okn, p23]
            acc += np.array(vals, dtype=np.int64)
            ws.append([kod, namn] + vals)
        ws.append([lk, ln] + [int(x) for x in acc])
        ws.cell(row=ws.max_row, column=2).font = Font(bold=True)
        county_tot[ln] = acc
    p22, p23 = riket[2022][2], riket[2023][2]
    fodda, doda, inv, utv = 100051, 94385, 94514, 73434
    flytt = 1230512
    just = (p23 - p22) - (fodda - doda) - inv + utv
    ws.append(["00", "Riket", p22, fodda, doda, fodda - doda, flytt, flytt, inv, utv, just, p23 - p22, p23])
    ws.append([])
    ws.append(["Källa: SCB Befolkningsstatistik. Inrikes flyttningar avser flyttningar över kommungräns."])
    ws.column_dimensions["B"].width = 20
    wb.save(out / "Befolkning_tre_lan_2021-2023.xlsx")


# ---------------------------------------------------------------- F3: Kolada långt format
def f3_kolada(out, rng, pop):
    rows = []
    years = [2021, 2022, 2023]
    kpi_ny = ("N00999", "Nystartade företag, antal/1000 inv 16-64 år")
    kpi_fa = ("N00914", "Invånare 20-64 år som förvärvsarbetar, andel (%)")
    muni_vals = {}
    for lk, ln, kod, namn, p in MUNIS:
        base_ny = rng.normal(8.2 if lk in NORTH else 9.3, 1.1) + (1.2 if p > 60000 else 0)
        ny = {yr: d1(max(4.0, base_ny + {2021: 1.1, 2022: 0.3, 2023: 0.0}[yr] + rng.normal(0, 0.6)))
              for yr in years}
        fa = {}
        gap = rng.normal(3.2, 1.2)
        for yr in years:
            t = EMP[namn] + {2021: -1.1, 2022: -0.2, 2023: 0.0}[yr] + rng.normal(0, 0.35)
            wsh = pop[namn][2023][0] / pop[namn][2023][2]
            m = t + gap * wsh
            k = m - gap
            fa[yr] = {"K": d1(k), "M": d1(m), "T": d1(t)}
        muni_vals[namn] = (ny, fa)
    missing = {("Arjeplog", 2021), ("Överkalix", 2022)}

    def add(kid, ktitle, rid, rname, yr, kon, v):
        rows.append({"kpi": kid, "kpi_titel": ktitle, "kommun_id": rid, "kommun": rname,
                     "period": yr, "kon": kon, "varde": v})

    regions = [("0000", "Riket", None)]
    for lk, ln, rn, munis in COUNTIES:
        regions.append(("00" + lk, rn, munis))
        for kod, namn, _ in munis:
            regions.append((kod, namn, None))
    for rid, rname, munis in regions:
        for yr in years:
            if rname == "Riket":
                ny = {2021: 11.6, 2022: 10.6, 2023: 10.1}[yr]
                fa = {2021: (76.6, 80.3, 78.5), 2022: (77.6, 81.4, 79.5), 2023: (77.8, 81.5, 79.7)}[yr]
                fa = dict(zip("KMT", fa))
            elif munis is not None:
                w = np.array([pop[m[1]][2023][2] for m in munis], float)
                ny = d1(w @ np.array([muni_vals[m[1]][0][yr] for m in munis]) / w.sum())
                fa = {g: d1(w @ np.array([muni_vals[m[1]][1][yr][g] for m in munis]) / w.sum()) for g in "KMT"}
            else:
                ny = muni_vals[rname][0][yr]
                fa = muni_vals[rname][1][yr]
            if (rname, yr) in missing:
                ny = None
            add(*kpi_ny, rid, rname, yr, "T", ny)
            for g in "KMT":
                add(*kpi_fa, rid, rname, yr, g, fa[g])
    df = pd.DataFrame(rows).sort_values(["kpi", "kommun_id", "period", "kon"], kind="stable")
    df.to_csv(out / "kolada_export_2024-05-30.csv", index=False, encoding="utf-8", lineterminator="\n")


# ---------------------------------------------------------------- F4: radnivå, beslut om projektmedel
def f4_beslut(out, rng):
    insats = ["Innovation och företagande", "Kompetensförsörjning", "Hållbar tillväxt",
              "Tillgänglighet och digitalisering", "Kultur och besöksnäring"]
    orgtyper = ["Kommun", "Region", "Ideell förening", "Aktiebolag", "Universitet/högskola",
                "Ekonomisk förening", "Stiftelse"]
    orgp = [0.30, 0.10, 0.18, 0.14, 0.10, 0.10, 0.08]
    univ = {"06": "Stiftelsen Högskolan i Jönköping", "21": "Högskolan i Gävle", "25": "Luleå tekniska universitet"}
    regname = {"06": "Region Jönköpings län", "21": "Region Gävleborg", "25": "Region Norrbotten"}
    föreningsnamn = ["Företagarna", "Hembygdsförening", "Idrottsallians", "Byalag", "Kulturförening",
                     "Leader-område", "Näringslivsförening"]
    ab = ["Science Park AB", "Innovation AB", "Utveckling AB", "Turism AB", "Energi AB", "Fiber AB"]
    ek = ["Ekonomisk förening Sockenbygd", "Byafiber ek. för.", "Kooperativ Utveckling ek. för.",
          "Coompanion ek. för."]
    stift = ["Stiftelsen Industrihistoria", "Stiftelsen Kulturarv", "Stiftelsen Teknikcentrum"]
    munis = [(lk, ln, kod, namn, p) for lk, ln, kod, namn, p in MUNIS]
    w = np.array([np.sqrt(m[4]) for m in munis])
    w = w / w.sum()
    rows = []
    counters = {2022: 0, 2023: 0, 2024: 0}
    n = 168
    dates = []
    for _ in range(n):
        yr = int(rng.choice([2022, 2023, 2024], p=[0.31, 0.35, 0.34]))
        day = pd.Timestamp(f"{yr}-01-10") + pd.Timedelta(days=int(rng.integers(0, 340)))
        dates.append(day)
    dates.sort()
    for day in dates:
        yr = day.year
        counters[yr] += 1
        lk, ln, kod, namn, p = munis[int(rng.choice(len(munis), p=w))]
        ot = str(rng.choice(orgtyper, p=orgp))
        if ot == "Kommun":
            sok = f"{namn} kommun"
            if namn == "Jönköping":
                sok = "Jönköpings kommun"
            if namn == "Gävle":
                sok = "Gävle kommun"
        elif ot == "Region":
            sok = regname[lk]
        elif ot == "Universitet/högskola":
            sok = univ[lk]
        elif ot == "Ideell förening":
            sok = f"{namn} {rng.choice(föreningsnamn)}"
        elif ot == "Aktiebolag":
            sok = f"{namn} {rng.choice(ab)}"
        elif ot == "Ekonomisk förening":
            sok = f"{namn} {rng.choice(ek)}"
        else:
            sok = f"{rng.choice(stift)} i {namn}"
        io = str(rng.choice(insats, p=[0.28, 0.24, 0.20, 0.14, 0.14]))
        scale = {"Kommun": 1.0, "Region": 1.8, "Universitet/högskola": 2.2, "Aktiebolag": 0.9,
                 "Ideell förening": 0.45, "Ekonomisk förening": 0.6, "Stiftelse": 0.7}[ot]
        sokt = int(round(rng.lognormal(np.log(1_200_000 * scale), 0.55) / 1000) * 1000)
        sokt = max(80_000, min(sokt, 9_500_000))
        approve = rng.random() < 0.74
        if approve:
            frac = 1.0 if rng.random() < 0.55 else rng.uniform(0.6, 0.95)
            bev = int(round(sokt * frac / 1000) * 1000)
            start = day + pd.Timedelta(days=int(rng.integers(14, 90)))
            start = start.replace(day=1)
            slut = start + pd.DateOffset(months=int(rng.choice([12, 18, 24, 36]))) - pd.Timedelta(days=1)
            rows.append([f"RUN {yr}/{counters[yr]:04d}", day.strftime("%Y-%m-%d"), ln, namn, sok, ot, io,
                         "Beviljad", sokt, bev, start.strftime("%Y-%m-%d"), slut.strftime("%Y-%m-%d")])
        else:
            rows.append([f"RUN {yr}/{counters[yr]:04d}", day.strftime("%Y-%m-%d"), ln, namn, sok, ot, io,
                         "Avslag", sokt, "", "", ""])
    cols = ["Ärendenummer", "Beslutsdatum", "Län", "Kommun", "Sökande", "Organisationstyp", "Insatsområde",
            "Beslut", "Sökt belopp (kr)", "Beviljat belopp (kr)", "Projektstart", "Projektslut"]
    df = pd.DataFrame(rows, columns=cols)
    df.to_csv(out / "beslut_regionala_projektmedel_2022-2024.csv", sep=";", index=False,
              encoding="utf-8-sig", lineterminator="\r\n")


# ---------------------------------------------------------------- F5: Arbetsförmedlingen, månader, varav
def f5_af(out, rng, pop):
    months = [f"2024-{m:02d}" for m in range(1, 13)]
    season = [1.05, 1.06, 1.04, 1.00, 0.96, 0.98, 1.03, 1.00, 0.96, 0.96, 0.98, 1.02]
    data = []
    county_acc = {}
    for lk, ln, kod, namn, _ in MUNIS:
        p = pop[namn][2023][2]
        ak = int(round(p * rng.normal(0.475, 0.012)))
        ak_k = int(round(ak * rng.normal(0.472, 0.006)))
        ak_m = ak - ak_k
        rate = UNEMP[namn] * rng.normal(1.0, 0.04)
        ksh = rng.normal(0.45, 0.03)
        ush = rng.normal(0.30 if lk in NORTH else 0.45, 0.05)
        ysh = rng.normal(0.12, 0.015)
        for i, mon in enumerate(months):
            f = season[i] * (1 + 0.004 * i) * rng.normal(1.0, 0.015)
            antal = int(round(ak * rate / 100 * f))
            kv = int(round(antal * (ksh + rng.normal(0, 0.01))))
            mn = antal - kv
            ung = int(round(antal * (ysh * (1.15 if i in (5, 6) else 1.0) + rng.normal(0, 0.006))))
            utr = int(round(antal * (ush + rng.normal(0, 0.01))))
            data.append(dict(Månad=mon, lk=lk, Län=ln, Kommunkod=kod, Kommun=namn, antal=antal, kv=kv, mn=mn,
                             ung=ung, utr=utr, ak=ak, ak_k=ak_k, ak_m=ak_m))
    df = pd.DataFrame(data)
    out_rows = []
    for mon in months:
        dm = df[df["Månad"] == mon]
        # riket
        f = season[months.index(mon)] * (1 + 0.004 * months.index(mon))
        ak, ak_k = 5_162_000, 2_436_000
        antal = int(round(ak * 0.0665 * f))
        kv = int(round(antal * 0.462))
        out_rows.append(dict(Månad=mon, Län="Riket", Kommunkod="00", Kommun="Riket", antal=antal, kv=kv,
                             mn=antal - kv, ung=int(round(antal * 0.118)), utr=int(round(antal * 0.531)),
                             ak=ak, ak_k=ak_k, ak_m=ak - ak_k))
        for lk, ln, rn, munis in COUNTIES:
            dc = dm[dm["lk"] == lk]
            s = dc[["antal", "kv", "mn", "ung", "utr", "ak", "ak_k", "ak_m"]].sum()
            out_rows.append(dict(Månad=mon, Län=ln, Kommunkod=lk, Kommun=ln, **{k: int(v) for k, v in s.items()}))
            for _, r in dc.iterrows():
                out_rows.append({k: r[k] for k in ["Månad", "Län", "Kommunkod", "Kommun", "antal", "kv", "mn",
                                                   "ung", "utr", "ak", "ak_k", "ak_m"]})
    wb = Workbook()
    ws = wb.active
    ws.title = "Kommuner"
    ws.append(["Inskrivna arbetslösa 16–64 år i kommunerna, januari–december 2024"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(["Antal samt andel (%) av den registerbaserade arbetskraften 16–64 år"])
    ws.append(["Källa: Arbetsförmedlingen"])
    ws.append([])
    hdr = ["Månad", "Län", "Kommunkod", "Kommun", "Inskrivna arbetslösa, antal", "varav kvinnor", "varav män",
           "varav 18–24 år", "varav utrikes födda", "Andel (%) totalt", "Andel (%) kvinnor", "Andel (%) män"]
    ws.append(hdr)
    for c in range(1, len(hdr) + 1):
        ws.cell(row=5, column=c).font = Font(bold=True)
    for r in out_rows:
        ws.append([r["Månad"], r["Län"], r["Kommunkod"], r["Kommun"], int(r["antal"]), int(r["kv"]), int(r["mn"]),
                   int(r["ung"]), int(r["utr"]), d1(100 * r["antal"] / r["ak"]), d1(100 * r["kv"] / r["ak_k"]),
                   d1(100 * r["mn"] / r["ak_m"])])
        for c in (10, 11, 12):
            ws.cell(row=ws.max_row, column=c).number_format = "0.0"
    ws.column_dimensions["B"].width = 18
    ws.column_dimensions["D"].width = 18
    ws2 = wb.create_sheet("Om statistiken")
    for line in [
        ["Om statistiken"],
        ["Inskrivna arbetslösa = öppet arbetslösa + sökande i program med aktivitetsstöd."],
        ["Andelen beräknas på den registerbaserade arbetskraften (RAMS/BAS) 16–64 år."],
        ["Uppgifterna avser situationen vid månadens slut."],
        ["Publicerad 2025-01-15"],
    ]:
        ws2.append(line)
    wb.save(out / "af_inskrivna_arbetslosa_kommun_2024.xlsx")


# ---------------------------------------------------------------- F6: Försäkringskassan, kvartal, kön, varav
def f6_fk(out, rng, pop):
    quarters = [f"{y}K{q}" for y in (2023, 2024) for q in (1, 2, 3, 4)]
    rec = []
    for lk, ln, kod, namn, _ in MUNIS:
        p = pop[namn][2023][2]
        fors = p * rng.normal(0.60, 0.015)
        fors_k = fors * 0.485
        fors_m = fors - fors_k
        end = SPT[namn] + rng.normal(0, 0.4)
        slope = rng.normal(0.05, 0.05)
        kf = rng.normal(1.33, 0.05)
        for i, q in enumerate(quarters):
            t = end - slope * (7 - i) + rng.normal(0, 0.1)
            # kvinnor/män så att vägt medel ≈ totalt
            k = t * kf
            m = (t * fors - k * fors_k) / fors_m
            fall = int(round(fors * 0.030 * t / 9.5 * rng.normal(1, 0.03)))
            fk = int(round(fall * rng.normal(0.655, 0.02)))
            rec.append(dict(Kvartal=q, lk=lk, Län=ln, Kommun=namn, k=k, m=m, t=t, fors=fors, fors_k=fors_k,
                            fors_m=fors_m, fall=fall, fk=fk))
    df = pd.DataFrame(rec)
    lines = ["Kvartal;Län;Kommun;Sjukpenningtal kvinnor;Sjukpenningtal män;Sjukpenningtal totalt;"
             "Pågående sjukfall, antal;varav kvinnor;varav män"]
    for i, q in enumerate(quarters):
        dq = df[df["Kvartal"] == q]
        t = 8.55 + 0.05 * i
        fall = 188_400 + 1100 * i
        fk_ = int(round(fall * 0.652))
        lines.append(f"{q};Riket;Samtliga kommuner;{sv(t * 1.30)};{sv(t * 0.71)};{sv(t)};{fall};{fk_};{fall - fk_}")
        for lk, ln, rn, munis in COUNTIES:
            dc = dq[dq["lk"] == lk]
            tot = (dc["t"] * dc["fors"]).sum() / dc["fors"].sum()
            kk = (dc["k"] * dc["fors_k"]).sum() / dc["fors_k"].sum()
            mm = (dc["m"] * dc["fors_m"]).sum() / dc["fors_m"].sum()
            fa = int(dc["fall"].sum())
            fk_ = int(dc["fk"].sum())
            lines.append(f"{q};{ln};Samtliga kommuner;{sv(d1(kk))};{sv(d1(mm))};{sv(d1(tot))};{fa};{fk_};{fa - fk_}")
            for _, r in dc.iterrows():
                lines.append(f"{q};{ln};{r['Kommun']};{sv(d1(r['k']))};{sv(d1(r['m']))};{sv(d1(r['t']))};"
                             f"{r['fall']};{r['fk']};{r['fall'] - r['fk']}")
    lines += ["", "Källa: Försäkringskassan, MiDAS. Sjukpenningtalet avser antal utbetalda nettodagar med "
                  "sjukpenning och rehabiliteringspenning under de senaste 12 månaderna per försäkrad 16–64 år.",
              "Pågående sjukfall avser sjukfall med sjukpenning vid kvartalets slut."]
    (out / "fk_sjukpenningtal_kommun_kvartal_2023-2024.csv").write_bytes(
        ("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8"))


def main():
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(SEED)
    pop, riket = population(rng)
    f1_pxweb(out, rng, pop)
    f2_excel_befolkning(out, rng, pop, riket)
    f3_kolada(out, rng, pop)
    f4_beslut(out, rng)
    f5_af(out, rng, pop)
    f6_fk(out, rng, pop)
    for p in sorted(out.iterdir()):
        print(p.name, p.stat().st_size)


if __name__ == "__main__":
    main()
