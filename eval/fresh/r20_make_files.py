"""Write 6 realistic Swedish statistics exports for Östergötlands län.

Usage: python make_files.py OUTDIR
"""
import sys
import os
import datetime as dt

import numpy as np
import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Font

RNG = np.random.default_rng(2020)

# code, name, population 2023 (approx.), income level (tkr, 2019 totalt), unemployment share base, sick base
KOMMUNER = [
    ("0509", "Ödeshög", 5320, 292.0, 7.4, 12.1),
    ("0512", "Ydre", 3640, 288.0, 4.9, 11.2),
    ("0513", "Kinda", 9930, 301.0, 5.6, 11.9),
    ("0560", "Boxholm", 5490, 305.0, 6.8, 12.6),
    ("0561", "Åtvidaberg", 11580, 309.0, 6.3, 12.9),
    ("0562", "Finspång", 22100, 314.0, 8.6, 13.4),
    ("0563", "Valdemarsvik", 7590, 296.0, 7.1, 13.8),
    ("0580", "Linköping", 167400, 336.0, 6.2, 9.4),
    ("0581", "Norrköping", 145500, 312.0, 9.7, 11.6),
    ("0582", "Söderköping", 14950, 326.0, 5.2, 10.8),
    ("0583", "Motala", 44100, 304.0, 8.9, 12.7),
    ("0584", "Vadstena", 7420, 311.0, 5.9, 11.4),
    ("0586", "Mjölby", 28900, 318.0, 6.6, 11.8),
]
LAN = ("05", "Östergötlands län")


def r1(x):
    return float(np.round(x, 1))


def sv(x, nd=1):
    """Swedish decimal comma string."""
    return f"{x:.{nd}f}".replace(".", ",")


# ---------------------------------------------------------------- 1. SCB PxWeb CSV
def scb_income(out):
    years = [2019, 2020, 2021, 2022, 2023]
    growth = [1.0, 1.021, 1.052, 1.089, 1.131]
    lines = [
        '"Sammanräknad förvärvsinkomst för boende i Sverige hela året, medianinkomst i tkr efter region, kön och år. Ålder: 20-64 år"',
        "",
        '"region";"kön";' + ";".join(f'"{y}"' for y in years),
    ]
    rows = []
    lan_vals = {}
    for code, name, pop, inc, _, _ in KOMMUNER:
        for kon, f in (("män", 1.08), ("kvinnor", 0.915), ("totalt", 1.0)):
            vals = []
            for i, g in enumerate(growth):
                v = inc * f * g * (1 + RNG.normal(0, 0.006))
                vals.append(round(v, 1))
            rows.append((f"{code} {name}", kon, vals))
            for i, v in enumerate(vals):
                lan_vals.setdefault(kon, np.zeros(len(years)))
                lan_vals[kon][i] += v * pop
    totpop = sum(k[2] for k in KOMMUNER)
    lan_rows = []
    for kon in ("män", "kvinnor", "totalt"):
        lan_rows.append((f"{LAN[0]} {LAN[1]}", kon, [round(v / totpop - 1.5, 1) for v in lan_vals[kon]]))
    for name, kon, vals in lan_rows + rows:
        cells = []
        for y, v in zip(years, vals):
            if name.endswith("Ydre") and kon == "kvinnor" and y == 2019:
                cells.append('".."')
            else:
                cells.append(sv(v))
        lines.append(f'"{name}";"{kon}";' + ";".join(cells))
    lines += [
        "",
        '"Uppgifterna avser personer folkbokförda i Sverige hela året."',
        '"Källa: SCB, Inkomst- och taxeringsregistret"',
    ]
    path = os.path.join(out, "scb_medianinkomst_20-64_ostergotland_2019-2023.csv")
    with open(path, "w", encoding="cp1252", newline="\r\n") as fh:
        fh.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- 2. Försäkringskassan workbook
def fk_workbook(out):
    wb = Workbook()
    ws = wb.active
    ws.title = "Information"
    info = [
        "Sjukpenningtal och pågående sjukfall, Östergötlands län",
        "Källa: Försäkringskassan, MiDAS. Uttag 2025-01-20.",
        "Sjukpenningtalet är antalet utbetalda dagar med sjukpenning och rehabiliteringspenning per försäkrad 16-64 år, de senaste tolv månaderna.",
        "Värdena avser december respektive år.",
        "Pågående sjukfall avser sjukfall som pågick den sista dagen i december 2024.",
    ]
    for i, t in enumerate(info, 1):
        ws.cell(row=i, column=1, value=t)
    ws["A1"].font = Font(bold=True)

    # sheet 2: sjukpenningtal with two header rows
    ws = wb.create_sheet("Sjukpenningtal")
    ws.cell(row=1, column=1, value="Sjukpenningtal per kommun, december 2022-2024 (dagar per försäkrad 16-64 år)").font = Font(bold=True)
    years = [2022, 2023, 2024]
    ws.cell(row=3, column=1, value="Kommun")
    col = 2
    for y in years:
        ws.cell(row=3, column=col, value=y)
        ws.merge_cells(start_row=3, start_column=col, end_row=3, end_column=col + 2)
        for j, k in enumerate(("Kvinnor", "Män", "Totalt")):
            ws.cell(row=4, column=col + j, value=k)
        col += 3
    r = 5
    agg = np.zeros(9)
    totpop = 0
    kommun_rows = []
    for code, name, pop, _, _, sick in KOMMUNER:
        vals = []
        for i, y in enumerate(years):
            base = sick * (1 + 0.035 * i) * (1 + RNG.normal(0, 0.03))
            kv = base * 1.33
            ma = base * 0.68
            tot = (kv + ma) / 2
            vals += [r1(kv), r1(ma), r1(tot)]
        kommun_rows.append((name, vals))
        agg += np.array(vals) * pop
        totpop += pop
    for name, vals in kommun_rows:
        ws.cell(row=r, column=1, value=name)
        for j, v in enumerate(vals):
            ws.cell(row=r, column=2 + j, value=v)
        r += 1
    ws.cell(row=r, column=1, value="Östergötlands län")
    for j, v in enumerate(agg / totpop):
        ws.cell(row=r, column=2 + j, value=r1(v))
    r += 1
    ws.cell(row=r, column=1, value="Riket")
    for j, v in enumerate([13.9, 7.1, 10.5, 14.3, 7.3, 10.8, 14.8, 7.5, 11.1]):
        ws.cell(row=r, column=2 + j, value=v)
    r += 2
    ws.cell(row=r, column=1, value="Källa: Försäkringskassan")

    # sheet 3: pågående sjukfall, long by kön
    ws = wb.create_sheet("Pågående sjukfall")
    ws.cell(row=1, column=1, value="Pågående sjukfall per kommun och kön, 31 december 2024").font = Font(bold=True)
    hdr = ["Kommun", "Kön", "Pågående sjukfall", "varav längre än 180 dagar"]
    for j, h in enumerate(hdr, 1):
        ws.cell(row=3, column=j, value=h)
    r = 4
    for code, name, pop, _, _, sick in KOMMUNER:
        base = pop * 0.62 * sick / 330.0
        kv = int(round(base * 1.3 * (1 + RNG.normal(0, 0.04))))
        ma = int(round(base * 0.7 * (1 + RNG.normal(0, 0.04))))
        kv180 = int(round(kv * RNG.uniform(0.40, 0.50)))
        ma180 = int(round(ma * RNG.uniform(0.38, 0.48)))
        for kon, a, b in (("Kvinnor", kv, kv180), ("Män", ma, ma180), ("Totalt", kv + ma, kv180 + ma180)):
            ws.cell(row=r, column=1, value=name)
            ws.cell(row=r, column=2, value=kon)
            ws.cell(row=r, column=3, value=a)
            ws.cell(row=r, column=4, value=b)
            r += 1
    wb.save(os.path.join(out, "fk_sjukpenningtal_sjukfall_ostergotland_2022-2024.xlsx"))


# ---------------------------------------------------------------- 3. Arbetsförmedlingen
def af_workbook(out):
    months = [f"2024-{m:02d}" for m in range(1, 13)]
    season = [1.04, 1.05, 1.03, 1.00, 0.97, 0.96, 1.01, 1.00, 0.98, 0.97, 0.99, 1.01]
    recs = []
    for code, name, pop, _, ushare, _ in KOMMUNER:
        arbetskraft = pop * 0.62 * 0.83
        for i, m in enumerate(months):
            trend = 1 + 0.004 * i
            tot = int(round(arbetskraft * ushare / 100 * season[i] * trend * (1 + RNG.normal(0, 0.02))))
            kv = int(round(tot * RNG.uniform(0.44, 0.49)))
            ma = tot - kv
            utr = int(round(tot * (0.58 if name in ("Norrköping", "Linköping", "Motala", "Finspång") else 0.45) * RNG.uniform(0.92, 1.08)))
            unga = int(round(tot * RNG.uniform(0.09, 0.13) * (1.12 if i in (5, 6, 7) else 1.0)))
            andel = round(tot / arbetskraft * 100, 1)
            recs.append([name, m, tot, kv, ma, utr, unga, andel, arbetskraft])
    df = pd.DataFrame(recs, columns=["Kommun", "Månad", "tot", "kv", "ma", "utr", "unga", "andel", "ak"])
    lan = df.groupby("Månad", as_index=False)[["tot", "kv", "ma", "utr", "unga", "ak"]].sum()
    lan["andel"] = (lan["tot"] / lan["ak"] * 100).round(1)
    lan["Kommun"] = "Östergötlands län"
    df = pd.concat([df, lan[df.columns]], ignore_index=True)

    wb = Workbook()
    ws = wb.active
    ws.title = "Inskrivna arbetslösa"
    ws.cell(row=1, column=1, value="Inskrivna arbetslösa 16-64 år per kommun och månad 2024, Östergötlands län").font = Font(bold=True)
    ws.cell(row=2, column=1, value="Källa: Arbetsförmedlingen. Inskrivna arbetslösa = öppet arbetslösa + sökande i program med aktivitetsstöd.")
    hdr = ["Kommun", "Månad", "Inskrivna arbetslösa", "varav kvinnor", "varav män",
           "varav utrikes födda", "varav 18-24 år", "Andel av registerbaserad arbetskraft (%)"]
    for j, h in enumerate(hdr, 1):
        ws.cell(row=4, column=j, value=h).font = Font(bold=True)
    r = 5
    for _, row in df.iterrows():
        vals = [row.Kommun, row["Månad"], int(row.tot), int(row.kv), int(row.ma), int(row.utr), int(row.unga), float(row.andel)]
        for j, v in enumerate(vals, 1):
            ws.cell(row=r, column=j, value=v)
        r += 1
    wb.save(os.path.join(out, "af_inskrivna_arbetslosa_ostergotland_2024.xlsx"))


# ---------------------------------------------------------------- 4. Kolada
def kolada(out):
    kpis = [
        ("N01714", "Invånare 25-64 år med eftergymnasial utbildning, andel (%)"),
        ("N15428", "Elever i åk. 9 som är behöriga till yrkesprogram, hemkommun, andel (%)"),
        ("N00914", "Förvärvsarbetande invånare 20-64 år, andel (%)"),
    ]
    recs = []
    areas = [("0005", "Östergötlands län", None), ("0000", "Riket", None)] + [(k[0], k[1], k) for k in KOMMUNER]
    base = {}
    for code, name, k in areas:
        if name == "Linköping":
            b = (56.0, 86.5, 79.5)
        elif name == "Riket":
            b = (47.5, 84.9, 80.1)
        elif name == "Östergötlands län":
            b = (46.2, 84.1, 79.0)
        elif name == "Norrköping":
            b = (41.0, 80.2, 76.1)
        else:
            b = (RNG.uniform(31, 44), RNG.uniform(79, 92), RNG.uniform(78, 84.5))
        base[name] = b
    for (kid, title), bi in zip(kpis, range(3)):
        for year_i, year in enumerate((2021, 2022, 2023)):
            for code, name, k in areas:
                b = base[name][bi]
                t = b + (0.5 * year_i if bi == 0 else RNG.normal(0, 1.2 if bi == 1 else 0.4))
                if bi == 0:
                    kv, m = t + 7.5, t - 7.2
                elif bi == 1:
                    kv, m = t + 2.1, t - 2.0
                else:
                    kv, m = t - 2.6, t + 2.5
                for kon, v in (("T", t), ("K", kv), ("M", m)):
                    v = min(v, 99.0)
                    val = sv(v)
                    if bi == 1 and name == "Ydre" and kon in ("K", "M"):
                        val = ""  # masked, few pupils
                    recs.append([kid, title, code, name, year, kon, val])
    lines = ['"KPI-id";"KPI-titel";"Kommun-id";"Kommun";"År";"Kön";"Värde"']
    for rec in recs:
        lines.append(";".join([f'"{rec[0]}"', f'"{rec[1]}"', f'"{rec[2]}"', f'"{rec[3]}"', str(rec[4]), f'"{rec[5]}"', rec[6]]))
    with open(os.path.join(out, "kolada_ostergotland_utbildning_sysselsattning.csv"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- 5. Beslut regionala utvecklingsmedel
def beslut(out):
    orgs = {
        "Linköping": ["Linköpings universitet", "Science Park Mjärdevi AB", "Linköpings kommun", "Almi Företagspartner Östergötland AB", "Campus Valla Innovation"],
        "Norrköping": ["Norrköpings kommun", "Norrköping Science Park AB", "Visualiseringscenter C", "Hamnen Norrköping Utveckling", "Nyföretagarcentrum Norrköping"],
        "Motala": ["Motala kommun", "Göta kanal Motala ekonomisk förening", "Motala Industriförening"],
        "Mjölby": ["Mjölby kommun", "Mjölby Svartådalen Energi AB"],
        "Finspång": ["Finspångs kommun", "Finspångs Tekniska Center"],
        "Söderköping": ["Söderköpings kommun", "Ramunderberget Natur och Kultur"],
        "Vadstena": ["Vadstena kommun", "Vadstena Klosterhotell Utveckling"],
        "Åtvidaberg": ["Åtvidabergs kommun"],
        "Kinda": ["Kinda kommun", "Kinda Kanal ekonomisk förening"],
        "Ydre": ["Ydre kommun"],
        "Boxholm": ["Boxholms kommun"],
        "Ödeshög": ["Ödeshögs kommun", "Omberg Turism ideell förening"],
        "Valdemarsvik": ["Valdemarsviks kommun"],
        "Hela länet": ["Region Östergötland", "LRF Östergötland", "Coompanion Östergötland"],
    }
    themes = ["Innovation och forskning", "Kompetensförsörjning", "Besöksnäring", "Hållbar omställning", "Digitalisering", "Entreprenörskap"]
    projnames = {
        "Innovation och forskning": ["Testbädd för", "Innovationsarena", "Forskningsnod"],
        "Kompetensförsörjning": ["Kompetenslyft", "Yrkesväg", "Matchning"],
        "Besöksnäring": ["Destinationsutveckling", "Besöksmål", "Turistled"],
        "Hållbar omställning": ["Cirkulär omställning", "Fossilfri", "Energieffektiv"],
        "Digitalisering": ["Digital mognad", "Bredband och service", "AI-stöd"],
        "Entreprenörskap": ["Starta eget", "Företagslots", "Tillväxtprogram"],
    }
    weights = {"Linköping": 9, "Norrköping": 8, "Motala": 4, "Mjölby": 3, "Finspång": 3, "Söderköping": 2,
               "Vadstena": 2, "Åtvidaberg": 1, "Kinda": 2, "Ydre": 1, "Boxholm": 1, "Ödeshög": 2,
               "Valdemarsvik": 1, "Hela länet": 4}
    kommuner = list(weights)
    p = np.array([weights[k] for k in kommuner], float)
    p /= p.sum()
    recs = []
    n = 46
    seqs = {2022: 100, 2023: 40, 2024: 60}
    for i in range(n):
        year = int(RNG.choice([2022, 2023, 2024], p=[0.32, 0.34, 0.34]))
        seqs[year] += int(RNG.integers(3, 25))
        kommun = str(RNG.choice(kommuner, p=p))
        theme = str(RNG.choice(themes))
        org = str(RNG.choice(orgs[kommun]))
        place = "Östergötland" if kommun == "Hela länet" else kommun
        pname = f"{RNG.choice(projnames[theme])} {place}"
        date = dt.date(year, 1, 1) + dt.timedelta(days=int(RNG.integers(20, 340)))
        budget = int(RNG.integers(8, 120)) * 50_000
        if kommun == "Linköping":
            budget = int(budget * 1.6)
        share = float(RNG.choice([0.4, 0.5, 0.5, 0.6]))
        avslag = RNG.random() < 0.17
        beviljat = None if avslag else int(round(budget * share / 1000) * 1000)
        status = "Avslag" if avslag else ("Avslutat" if year == 2022 and RNG.random() < 0.7 else "Pågående")
        start = date + dt.timedelta(days=int(RNG.integers(15, 90)))
        slut = start + dt.timedelta(days=int(RNG.integers(365, 1100)))
        recs.append({
            "Diarienummer": f"RUN {year}-{seqs[year]:05d}",
            "Projektnamn": pname,
            "Stödmottagare": org,
            "Kommun": kommun,
            "Insatsområde": theme,
            "Beslutsdatum": date,
            "Beslut": "Avslag" if avslag else "Beviljat",
            "Status": status,
            "Total projektbudget (kr)": budget,
            "Beviljat belopp (kr)": beviljat,
            "Projektstart": None if avslag else start,
            "Projektslut": None if avslag else slut,
        })
    df = pd.DataFrame(recs).sort_values("Beslutsdatum").reset_index(drop=True)
    path = os.path.join(out, "region_ostergotland_beslut_regionala_utvecklingsmedel_2022-2024.xlsx")
    with pd.ExcelWriter(path, engine="openpyxl") as xw:
        df.to_excel(xw, sheet_name="Beslut", index=False, startrow=2)
        ws = xw.sheets["Beslut"]
        ws.cell(row=1, column=1, value="Region Östergötland – beslut om regionala utvecklingsmedel (1:1-medel) 2022–2024").font = Font(bold=True)
        for row in ws.iter_rows(min_row=4, min_col=6, max_col=6):
            for c in row:
                c.number_format = "yyyy-mm-dd"
        for row in ws.iter_rows(min_row=4, min_col=11, max_col=12):
            for c in row:
                c.number_format = "yyyy-mm-dd"


# ---------------------------------------------------------------- 6. Gästnätter
def gastnatter(out):
    base = {"Linköping": 690_000, "Norrköping": 720_000, "Motala": 210_000, "Mjölby": 62_000, "Finspång": 48_000,
            "Söderköping": 185_000, "Vadstena": 155_000, "Åtvidaberg": 31_000, "Kinda": 58_000, "Ydre": 21_000,
            "Boxholm": 9_000, "Ödeshög": 96_000, "Valdemarsvik": 88_000}
    years = [2022, 2023, 2024]
    recs = []
    for code, name, *_ in KOMMUNER:
        for i, y in enumerate(years):
            tot = base[name] * (1 + 0.03 * i) * (1 + RNG.normal(0, 0.04))
            ush = RNG.uniform(0.12, 0.30)
            utl = int(round(tot * ush, -1))
            sve = int(round(tot * (1 - ush), -1))
            recs.append([name, y, sve, utl, sve + utl])
    df = pd.DataFrame(recs, columns=["Kommun", "År", "Svenska gästnätter", "Utländska gästnätter", "Totalt antal gästnätter"])
    lan = df.groupby("År", as_index=False)[["Svenska gästnätter", "Utländska gästnätter", "Totalt antal gästnätter"]].sum()
    lan.insert(0, "Kommun", "Östergötlands län totalt")
    df = pd.concat([df, lan], ignore_index=True)
    wb = Workbook()
    ws = wb.active
    ws.title = "Gästnätter"
    ws.cell(row=1, column=1, value="Gästnätter på hotell, stugbyar, vandrarhem, camping och privatuthyrning via förmedlare, per kommun och år").font = Font(bold=True)
    ws.cell(row=2, column=1, value="Östergötlands län 2022–2024")
    hdr = list(df.columns)
    for j, h in enumerate(hdr, 1):
        ws.cell(row=4, column=j, value=h).font = Font(bold=True)
    r = 5
    for rec in df.itertuples(index=False):
        for j, v in enumerate(rec, 1):
            ws.cell(row=r, column=j, value=v if not isinstance(v, (np.integer,)) else int(v))
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Källa: Tillväxtverket och SCB, inkvarteringsstatistiken.")
    ws.cell(row=r + 1, column=1, value="Uppgifterna för 2024 är preliminära.")
    wb.save(os.path.join(out, "tillvaxtverket_gastnatter_ostergotland_2022-2024.xlsx"))


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    scb_income(out)
    fk_workbook(out)
    af_workbook(out)
    kolada(out)
    beslut(out)
    gastnatter(out)
    print("wrote", sorted(os.listdir(out)))


if __name__ == "__main__":
    main()
