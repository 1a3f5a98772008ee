"""Build six realistic Swedish statistics exports for round 64.

Usage: python make_files.py OUT_DIR
Regions: Stockholms, Kronobergs and Västmanlands län.
"""
import sys
import os
import datetime as dt

import numpy as np
import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment

rng = np.random.default_rng(64)

# (code, name, approx population) per county
COUNTIES = {
    "01": ("Stockholms län", [
        ("0114", "Upplands Väsby", 48000), ("0115", "Vallentuna", 35000),
        ("0117", "Österåker", 48000), ("0120", "Värmdö", 47000),
        ("0123", "Järfälla", 85000), ("0125", "Ekerö", 29000),
        ("0126", "Huddinge", 115000), ("0127", "Botkyrka", 95000),
        ("0128", "Salem", 17000), ("0136", "Haninge", 97000),
        ("0138", "Tyresö", 48000), ("0139", "Upplands-Bro", 30000),
        ("0140", "Nykvarn", 11000), ("0160", "Täby", 74000),
        ("0162", "Danderyd", 33000), ("0163", "Sollentuna", 75000),
        ("0180", "Stockholm", 985000), ("0181", "Södertälje", 102000),
        ("0182", "Nacka", 108000), ("0183", "Sundbyberg", 54000),
        ("0184", "Solna", 85000), ("0186", "Lidingö", 47000),
        ("0187", "Vaxholm", 12000), ("0188", "Norrtälje", 64000),
        ("0191", "Sigtuna", 52000), ("0192", "Nynäshamn", 29000)]),
    "07": ("Kronobergs län", [
        ("0760", "Uppvidinge", 9600), ("0761", "Lessebo", 8800),
        ("0763", "Tingsryd", 12300), ("0764", "Alvesta", 20200),
        ("0765", "Älmhult", 18000), ("0767", "Markaryd", 10200),
        ("0780", "Växjö", 97000), ("0781", "Ljungby", 28600)]),
    "19": ("Västmanlands län", [
        ("1904", "Skinnskatteberg", 4300), ("1907", "Surahammar", 10100),
        ("1960", "Kungsör", 8700), ("1961", "Hallstahammar", 16400),
        ("1962", "Norberg", 5700), ("1980", "Västerås", 158000),
        ("1981", "Sala", 23000), ("1982", "Fagersta", 13400),
        ("1983", "Köping", 26500), ("1984", "Arboga", 14100)]),
}
# a rough socio-economic "strength" per municipality (higher = richer / more employed)
STRONG = {"Danderyd": 1.6, "Lidingö": 1.3, "Täby": 1.3, "Vaxholm": 1.2, "Ekerö": 1.1, "Nacka": 1.0,
          "Österåker": 0.9, "Vallentuna": 0.9, "Sollentuna": 0.8, "Tyresö": 0.8, "Värmdö": 0.8,
          "Solna": 0.7, "Stockholm": 0.5, "Nykvarn": 0.7, "Salem": 0.6, "Järfälla": 0.3,
          "Upplands Väsby": 0.2, "Upplands-Bro": 0.2, "Sundbyberg": 0.3, "Huddinge": 0.2,
          "Haninge": 0.0, "Norrtälje": 0.1, "Nynäshamn": 0.0, "Sigtuna": -0.3,
          "Södertälje": -0.8, "Botkyrka": -0.9,
          "Växjö": 0.3, "Älmhult": 0.5, "Ljungby": 0.1, "Alvesta": -0.1, "Tingsryd": -0.2,
          "Markaryd": -0.3, "Uppvidinge": -0.4, "Lessebo": -0.6,
          "Västerås": 0.1, "Sala": 0.0, "Arboga": -0.1, "Köping": -0.2, "Kungsör": -0.1,
          "Hallstahammar": -0.3, "Surahammar": -0.4, "Fagersta": -0.7, "Norberg": -0.6,
          "Skinnskatteberg": -0.5}

MUNIS = [(lc, ln, c, n, p) for lc, (ln, lst) in COUNTIES.items() for c, n, p in lst]


def wavg(vals, weights):
    vals = np.asarray(vals, float)
    weights = np.asarray(weights, float)
    return float((vals * weights).sum() / weights.sum())


def sv(x, nd=1):
    return f"{x:.{nd}f}".replace(".", ",")


# ---------------------------------------------------------------- 1. SCB PxWeb
def make_pxweb(out):
    years = [2020, 2021, 2022, 2023, 2024]
    groups = [("född i Sverige", 86.0, 0.9), ("född i Europa utom Sverige", 77.0, 1.4),
              ("född i övriga världen", 62.0, 2.5)]
    trend = np.array([0.0, 0.4, 1.3, 1.6, 1.2])
    rows = []  # (regionlabel, group, values)
    county_vals = {}
    for lc, (ln, lst) in COUNTIES.items():
        region_adj = {"01": 1.0, "07": 0.4, "19": -0.6}[lc]
        per_group = {}
        for g, base, sens in groups:
            vals_by_muni = []
            for c, n, p in lst:
                s = STRONG[n]
                lvl = base + region_adj + sens * 1.8 * s + rng.normal(0, 0.8)
                series = lvl + trend * (1 + 0.3 * (g != "född i Sverige")) + rng.normal(0, 0.35, 5)
                series = np.clip(series, 35, 93)
                vals_by_muni.append(np.round(series, 1))
                rows.append((f"{c} {n}", g, np.round(series, 1), lc, False))
            cv = np.round([wavg([v[i] for v in vals_by_muni], [p for _, _, p in lst])
                           for i in range(5)], 1)
            per_group[g] = cv
            rows.append((f"{lc} {ln}", g, cv, lc, True))
        county_vals[lc] = per_group
    # Riket: slightly below Stockholm
    riket = {}
    for g, base, sens in groups:
        riket[g] = np.round(base + 0.2 + trend * (1 + 0.3 * (g != "född i Sverige"))
                            + rng.normal(0, 0.2, 5), 1)
    # order like PxWeb: Riket, then county followed by its municipalities, all per group
    ordered = []
    for g, _, _ in groups:
        ordered.append(("00 Riket", g, riket[g]))
    for lc, (ln, lst) in COUNTIES.items():
        for r in rows:
            if r[3] == lc and r[4]:
                ordered.append(r[:3])
        for c, n, p in lst:
            for r in rows:
                if r[0] == f"{c} {n}":
                    ordered.append(r[:3])
    lines = ['"Förvärvsfrekvens (procent) för befolkningen 20-64 år efter region, födelseregion och år"',
             "",
             '"region";"födelseregion";' + ";".join(f'"{y}"' for y in years[:-1]) + ';"2024*"']
    for reg, g, vals in ordered:
        lines.append(f'"{reg}";"{g}";' + ";".join(sv(v) for v in vals))
    lines += ["",
              '"* 2024: preliminära uppgifter. Uppgifterna för 2024 bygger på preliminär '
              'sysselsättningsstatistik och kan komma att revideras."',
              '"Förvärvsfrekvens = andel förvärvsarbetande av befolkningen 20-64 år, procent."',
              '"Källa: SCB, Befolkningens arbetsmarknadsstatus (BAS)"']
    with open(os.path.join(out, "scb_forvarvsfrekvens_fodelseregion_2020_2024.csv"), "w",
              encoding="latin-1", newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- 2. Kolada wide
KPIS = [
    ("N01951", "Invånare totalt, antal"),
    ("N00959", "Invånare 65+ år, andel (%)"),
    ("N31807", "Invånare med ekonomiskt bistånd, andel (%)"),
    ("N00905", "Medianinkomst (sammanräknad förvärvsinkomst) 20+ år, kr"),
    ("N15436", "Elever i åk 9 behöriga till yrkesprogram, hemkommun, andel (%)"),
    ("N15008", "Nettokostnad grundskola, kr/elev"),
]


def make_kolada(out):
    wb = Workbook()
    wb.remove(wb.active)
    base = {}
    for lc, ln, c, n, p in MUNIS:
        s = STRONG[n]
        base[n] = dict(
            pop=p * (1 + rng.normal(0, 0.01)),
            old=float(np.clip(21.5 - 2.6 * s + (3 if p < 15000 else 0) - (4 if n in ("Stockholm", "Solna", "Sundbyberg") else 0)
                              + rng.normal(0, 1.2), 12, 31)),
            eb=float(np.clip(4.2 - 1.9 * s + rng.normal(0, 0.5), 0.6, 9.5)),
            inc=float(298000 + 52000 * s + (15000 if lc == "01" else 0) + rng.normal(0, 7000)),
            beh=float(np.clip(85 + 4.5 * s + rng.normal(0, 2.5), 68, 97.5)),
            cost=float(118000 - 4000 * s + (8000 if p < 12000 else 0) + rng.normal(0, 4500)),
        )
    for yi, year in enumerate([2023, 2024]):
        ws = wb.create_sheet(str(year))
        ws.append([f"Kolada – jämförelse av nyckeltal per kommun, år {year}"])
        ws["A1"].font = Font(bold=True, size=12)
        names = [n for _, _, _, n, _ in MUNIS]
        header = ["Nyckeltal", "KPI-id"] + names + [v[0] for v in COUNTIES.values()] + ["Riket"]
        ws.append(header)
        for cell in ws[2]:
            cell.font = Font(bold=True)
        vals = {}
        for lc, ln, c, n, p in MUNIS:
            b = base[n]
            g = 1 + 0.012 * yi if lc == "01" else 1 + 0.004 * yi
            vals[n] = [
                round(b["pop"] * g),
                round(b["old"] + 0.25 * yi + rng.normal(0, 0.1), 1),
                round(max(0.4, b["eb"] + rng.normal(0, 0.15) - 0.1 * yi), 1),
                round((b["inc"] * (1 + 0.041 * yi)) / 100) * 100,
                round(float(np.clip(b["beh"] + rng.normal(0, 1.5), 65, 99)), 1),
                round(b["cost"] * (1 + 0.035 * yi) + rng.normal(0, 1500), -2),
            ]
        # a missing value, as Kolada has
        if year == 2024:
            vals["Norberg"][4] = None
            vals["Skinnskatteberg"][4] = None
        cols = list(names)
        for lc, (ln, lst) in COUNTIES.items():
            mn = [n for _, n, _ in lst]
            pops = [vals[n][0] for n in mn]
            cv = [sum(pops)]
            for k in range(1, 6):
                pairs = [(vals[n][k], vals[n][0]) for n in mn if vals[n][k] is not None]
                r = wavg([a for a, _ in pairs], [w for _, w in pairs])
                cv.append(round(r, 1) if k in (1, 2, 4) else round(r, -2))
            vals[ln] = cv
            cols.append(ln)
        vals["Riket"] = [10551707 if year == 2023 else 10587710, 20.4 if year == 2023 else 20.6,
                         3.6 if year == 2023 else 3.5, 335400 if year == 2023 else 347300,
                         84.9 if year == 2023 else 85.2, 121700 if year == 2023 else 125900]
        cols.append("Riket")
        for k, (kid, title) in enumerate(KPIS):
            ws.append([title, kid] + [vals[cn][k] for cn in cols])
        ws.append([])
        ws.append(["Källa: Kolada (RKA). Tomma celler = uppgift saknas."])
        ws.column_dimensions["A"].width = 58
    wb.save(os.path.join(out, "kolada_nyckeltal_kommuner_2023_2024.xlsx"))


# ---------------------------------------------------------------- 3. Arbetsförmedlingen
def make_af(out):
    wb = Workbook()
    ws = wb.active
    ws.title = "Oktober 2025"
    ws.append(["Inskrivna arbetslösa efter åldersgrupp och län, oktober 2025"])
    ws["A1"].font = Font(bold=True, size=12)
    ws.append(["Källa: Arbetsförmedlingen. Andel (%) = andel av den registerbaserade arbetskraften i respektive åldersgrupp."])
    ws.append([])
    ws.append(["Län", "16–24 år", None, "25–54 år", None, "55–64 år", None, "Totalt 16–64 år", None])
    ws.append([None, "Antal", "Andel (%)", "Antal", "Andel (%)", "Antal", "Andel (%)", "Antal", "Andel (%)"])
    ws.merge_cells("A4:A5")
    for a, b in (("B4", "C4"), ("D4", "E4"), ("F4", "G4"), ("H4", "I4")):
        ws.merge_cells(f"{a}:{b}")
        ws[a].alignment = Alignment(horizontal="center")
    for r in (4, 5):
        for cell in ws[r]:
            cell.font = Font(bold=True)
    spec = {  # labour force per age group (approx.) and unemployment rate
        "01 Stockholms län": ([118000, 905000, 228000], [6.4, 6.9, 5.6]),
        "07 Kronobergs län": ([11800, 75500, 20400], [8.1, 7.2, 4.9]),
        "19 Västmanlands län": ([14600, 97800, 25200], [10.2, 8.6, 5.8]),
        "Riket": ([612000, 3820000, 975000], [8.3, 7.4, 5.4]),
    }
    for reg, (lf, rate) in spec.items():
        row = [reg]
        tot_n, tot_lf = 0, 0
        for l, r in zip(lf, rate):
            r2 = round(r + rng.normal(0, 0.3), 1)
            n = int(round(l * r2 / 100 + rng.normal(0, 15)))
            row += [n, round(100 * n / l, 1)]
            tot_n += n
            tot_lf += l
        row += [tot_n, round(100 * tot_n / tot_lf, 1)]
        ws.append(row)
    ws.append([])
    ws.append(["Anm. Inskrivna arbetslösa = öppet arbetslösa och sökande i program med aktivitetsstöd."])
    ws.column_dimensions["A"].width = 24
    wb.save(os.path.join(out, "af_inskrivna_arbetslosa_aldersgrupp_okt2025.xlsx"))


# ---------------------------------------------------------------- 4. Försäkringskassan
def make_fk(out):
    quarters = ["2024Q1", "2024Q2", "2024Q3", "2024Q4", "2025Q1", "2025Q2", "2025Q3"]
    season = np.array([0.25, 0.05, -0.2, 0.1, 0.3, 0.1, -0.1])
    trend = np.linspace(0, 0.35, 7)
    recs = []
    def series(level):
        return level + season + trend + rng.normal(0, 0.12, 7)
    regions = [("00", "Riket", 0.0)]
    for lc, (ln, lst) in COUNTIES.items():
        regions.append((lc, ln, None))
        for c, n, p in lst:
            regions.append((c, n, STRONG[n]))
    county_acc = {}
    data = {}
    for code, name, s in regions:
        if s is None:
            continue
        if name == "Riket":
            k, m = series(11.6), series(6.8)
        else:
            k = series(12.3 - 1.8 * s + rng.normal(0, 0.7) + (0.6 if code[:2] == "19" else 0))
            m = series(7.1 - 1.1 * s + rng.normal(0, 0.5) + (0.4 if code[:2] == "19" else 0))
        data[code] = (np.round(k, 1), np.round(m, 1))
    pops = {c: p for _, _, c, _, p in MUNIS}
    for lc, (ln, lst) in COUNTIES.items():
        ks = [data[c][0] for c, _, _ in lst]
        ms = [data[c][1] for c, _, _ in lst]
        w = [pops[c] for c, _, _ in lst]
        data[lc] = (np.round([wavg([x[i] for x in ks], w) for i in range(7)], 1),
                    np.round([wavg([x[i] for x in ms], w) for i in range(7)], 1))
    lines = ["# Sjukpenningtal per kommun och kön, 2024Q1–2025Q3. Sjukpenningtal = antal utbetalda "
             "nettodagar med sjukpenning och rehabiliteringspenning under 12 månader per registrerad "
             "försäkrad 16–64 år. Källa: Försäkringskassan, MiDAS.",
             "Kvartal\tRegionkod\tRegion\tKön\tSjukpenningtal"]
    for qi, q in enumerate(quarters):
        for code, name, _ in regions:
            k, m = data[code]
            t = round((k[qi] + m[qi]) / 2, 1)
            for kon, v in (("Kvinnor", k[qi]), ("Män", m[qi]), ("Totalt", t)):
                lines.append(f"{q}\t{code}\t{name}\t{kon}\t{sv(v)}")
    with open(os.path.join(out, "fk_sjukpenningtal_kommun_kon_2024Q1-2025Q3.txt"), "w",
              encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- 5. PDF report
def make_pdf(out):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib import colors
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                    PageBreak)
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    h1, h2 = ss["Title"], ss["Heading2"]

    # table 1: employment (thousands) and unemployment (%) 2024-2025 per county
    t1 = {
        "Stockholms län": (1348.2, 1361.5, 7.9, 8.2),
        "Kronobergs län": (101.4, 101.9, 7.1, 7.4),
        "Västmanlands län": (131.8, 132.6, 8.8, 9.3),
        "Riket": (5247.0, 5268.4, 8.4, 8.7),
    }
    # table 2: BRP volume index 2015 = 100
    years = [2019, 2020, 2021, 2022, 2023, 2024, 2025]
    growth = {"Stockholms län": 2.6, "Kronobergs län": 1.7, "Västmanlands län": 1.5, "Riket": 2.0}
    idx = {}
    for reg, gr in growth.items():
        lvl = 100 * (1 + gr / 100) ** 4 + rng.normal(0, 0.6)
        vals = []
        for y in years:
            if y == 2020:
                lvl *= 1 + (-3.2 + rng.normal(0, 0.6)) / 100
            elif y == 2019:
                pass
            else:
                g = gr + (2.5 if y == 2021 else 0) - (1.8 if y == 2023 else 0) + rng.normal(0, 0.4)
                lvl *= 1 + g / 100
            vals.append(round(lvl, 1))
        idx[reg] = vals

    doc = SimpleDocTemplate(os.path.join(out, "konjunkturlaget_ostra_mellansverige_smaland_2025.pdf"),
                            pagesize=A4, title="Konjunkturläget i östra Mellansverige och Småland 2025",
                            author="Regional analysenhet", leftMargin=2.2 * cm, rightMargin=2.2 * cm)
    st = []
    st.append(Paragraph("Konjunkturläget i östra Mellansverige och Småland 2025", h1))
    st.append(Paragraph("Regional analysenhet · Rapport 2025:7 · november 2025", body))
    st.append(Spacer(1, 12))
    st.append(Paragraph("Sammanfattning", h2))
    s, k, v, r = (t1[x] for x in ("Stockholms län", "Kronobergs län", "Västmanlands län", "Riket"))
    st.append(Paragraph(
        f"Konjunkturen i regionerna var fortsatt svag under 2025. Arbetslösheten i Västmanlands län "
        f"steg från {sv(v[2])} procent 2024 till {sv(v[3])} procent 2025 och ligger därmed över rikets "
        f"{sv(r[3])} procent. I Kronobergs län var arbetslösheten {sv(k[3])} procent 2025, vilket är lägst "
        f"av de tre länen. Antalet sysselsatta i Stockholms län ökade med "
        f"{sv(s[1] - s[0])} tusen personer mellan 2024 och 2025.", body))
    st.append(Spacer(1, 8))
    st.append(Paragraph(
        "Industrin i Kronoberg och Västmanland har påverkats av svag efterfrågan från Tyskland och "
        "Norden, medan tjänstesektorn i Stockholmsregionen har hållit uppe sysselsättningen. Hushållens "
        "konsumtion väntas ta fart under 2026 när räntorna sjunker och reallönerna ökar.", body))
    st.append(Spacer(1, 12))
    st.append(Paragraph("Tabell 1. Sysselsatta och arbetslöshet per län, 2024–2025", h2))
    data = [["Län", "Sysselsatta 20–64 år (tusental)", "", "Arbetslöshet 16–64 år (%)", ""],
            ["", "2024", "2025", "2024", "2025"]]
    for reg, (a, b, c, d) in t1.items():
        data.append([reg, sv(a), sv(b), sv(c), sv(d)])
    tbl = Table(data, colWidths=[4.2 * cm, 3.0 * cm, 3.0 * cm, 3.0 * cm, 3.0 * cm])
    tbl.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("SPAN", (1, 0), (2, 0)), ("SPAN", (3, 0), (4, 0)), ("SPAN", (0, 0), (0, 1)),
        ("FONTNAME", (0, 0), (-1, 1), "Helvetica-Bold"),
        ("ALIGN", (1, 0), (-1, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
    ]))
    st.append(tbl)
    st.append(Paragraph("Källa: SCB, Arbetskraftsundersökningarna (AKU), årsmedeltal. 2025 avser "
                        "januari–september.", ss["Italic"]))
    st.append(Spacer(1, 14))
    st.append(Paragraph("Arbetsmarknaden", h2))
    for _ in range(3):
        st.append(Paragraph(
            "Varslen om uppsägning har minskat något under hösten men ligger fortfarande över "
            "genomsnittet för den senaste tioårsperioden. Efterfrågan på arbetskraft är störst inom "
            "vård och omsorg, utbildning samt bygg, där bristen på erfarna yrkesarbetare kvarstår. "
            "Matchningen på arbetsmarknaden försvåras av att många inskrivna arbetslösa saknar "
            "gymnasieutbildning, särskilt i de mindre kommunerna.", body))
        st.append(Spacer(1, 6))
    st.append(PageBreak())
    st.append(Paragraph("Regional tillväxt", h2))
    st.append(Paragraph("Tabell 2. Bruttoregionprodukt (BRP), volymindex 2015 = 100", h2))
    data2 = [["Region"] + [str(y) for y in years]]
    for reg, vals in idx.items():
        data2.append([reg] + [sv(x) for x in vals])
    tbl2 = Table(data2, colWidths=[4.0 * cm] + [1.8 * cm] * len(years))
    tbl2.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"), ("FONTSIZE", (0, 0), (-1, -1), 9),
    ]))
    st.append(tbl2)
    st.append(Paragraph("Källa: SCB, regionalräkenskaperna; 2024–2025 egna beräkningar (prognos).",
                        ss["Italic"]))
    st.append(Spacer(1, 10))
    kr, vm, sh = idx["Kronobergs län"], idx["Västmanlands län"], idx["Stockholms län"]
    st.append(Paragraph(
        f"BRP-indexet för Stockholms län uppgick till {sv(sh[5])} år 2024, jämfört med {sv(sh[0])} år "
        f"2019. I Kronobergs län steg indexet från {sv(kr[4])} år 2023 till {sv(kr[5])} år 2024. "
        f"Västmanlands län hade den svagaste utvecklingen; indexet var {sv(vm[6])} år 2025 enligt "
        f"prognosen.", body))
    st.append(Spacer(1, 8))
    for _ in range(4):
        st.append(Paragraph(
            "Tillväxten i Småland bärs av tillverkningsindustrin och handeln, medan Västmanland har "
            "en större andel energiintensiv industri som påverkats av höga elpriser. Investeringarna i "
            "batteri- och elektrifieringsprojekt väntas ge ett lyft först efter 2026. Osäkerheten i "
            "prognosen är stor, framför allt vad gäller omvärldsefterfrågan och byggandet.", body))
        st.append(Spacer(1, 6))
    st.append(Paragraph("Metod", h2))
    st.append(Paragraph(
        "Volymindex beräknas med kedjade fastprisberäkningar där 2015 är basår (2015 = 100). "
        "Uppgifterna för 2024 och 2025 är preliminära och bygger på en egen prognosmodell.", body))
    doc.build(st)
    return idx, t1


# ---------------------------------------------------------------- 6. Register företagsstöd
def make_register(out):
    n = 340
    stodtyper = ["Investeringsstöd", "Konsultcheck", "Innovationscheck", "Internationaliseringscheck",
                 "Regionalt transportbidrag"]
    sp = [0.3, 0.3, 0.17, 0.13, 0.1]
    branscher = ["Tillverkning", "Handel", "IT och kommunikation", "Besöksnäring",
                 "Jord- och skogsbruk", "Byggverksamhet", "Företagstjänster"]
    bp = [0.24, 0.14, 0.14, 0.12, 0.1, 0.12, 0.14]
    weights = np.array([p ** 0.7 for *_, p in MUNIS], float)
    weights /= weights.sum()
    start = dt.date(2024, 1, 8)
    days = (dt.date(2025, 9, 30) - start).days
    recs = []
    for i in range(n):
        m = MUNIS[rng.choice(len(MUNIS), p=weights)]
        st = rng.choice(stodtyper, p=sp)
        d = start + dt.timedelta(days=int(rng.integers(0, days)))
        while d.weekday() >= 5:
            d += dt.timedelta(days=1)
        if st == "Investeringsstöd":
            sokt = int(round(rng.lognormal(np.log(600000), 0.6), -3))
        elif st == "Regionalt transportbidrag":
            sokt = int(round(rng.lognormal(np.log(250000), 0.5), -3))
        else:
            sokt = int(round(rng.choice([50000, 75000, 100000, 150000, 200000, 250000]) * 1.0))
        status = rng.choice(["Beviljad", "Avslag", "Återkallad"], p=[0.68, 0.26, 0.06])
        if status == "Avslag":
            bev = 0
        else:
            share = 1.0 if st.endswith("check") and rng.random() < 0.7 else float(rng.uniform(0.5, 1.0))
            bev = int(round(sokt * share, -3))
        recs.append(dict(beslutsdatum=d, kommun=m[3], kommunkod=m[2], lan=m[1], stodtyp=st,
                         bransch=rng.choice(branscher, p=bp), sokt=sokt, bev=bev, status=status))
    recs.sort(key=lambda r: r["beslutsdatum"])
    df = pd.DataFrame(recs)
    df.insert(0, "Ärende-id", [f"FS-{r.year}-{i + 1:04d}" for i, r in enumerate(df["beslutsdatum"])])
    df = df.rename(columns={"beslutsdatum": "Beslutsdatum", "kommun": "Kommun", "kommunkod": "Kommunkod",
                            "lan": "Län", "stodtyp": "Stödtyp", "bransch": "Bransch",
                            "sokt": "Sökt belopp (kr)", "bev": "Beviljat belopp (kr)", "status": "Status"})
    df["Beslutsdatum"] = df["Beslutsdatum"].astype(str)
    df.to_csv(os.path.join(out, "register_foretagsstod_beslut_2024_2025.csv"), sep=";", index=False,
              encoding="utf-8-sig")


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    make_pxweb(out)
    make_kolada(out)
    make_af(out)
    make_fk(out)
    make_pdf(out)
    make_register(out)
    print("wrote", sorted(os.listdir(out)))


if __name__ == "__main__":
    main()
