#!/usr/bin/env python
"""Round 115 – statistics tables dropped into Kunskapsbanken by staff.

Usage:  python r115_make_files.py OUT_DIR

Writes six invented but realistic Swedish statistics exports:
  1. OECD_regional_GDP_per_capita_TL3_Sweden.csv           (English, years across + CAGR column)
  2. SCB_forvarvsarbetande_20-64_kon_Vnorrland_Jamtland.xlsx (kvinnor/män/totalt rows stacked, region only on 1st row)
  3. FK_aktivitetsersattning_lan_kon_alder_dec2023_2024.csv  (semicolon, BOM, age bands, ‰ column, "X" masking)
  4. ESF_deltagarregister_2023-2024.xlsx                     (participant register + project target sheet)
  5. af_varsel_per_kvartal_lan_2023-2024.csv                 (all fields quoted, quarter-end dates)
  6. Region_Gotland_arsredovisning_2024_driftredovisning.pdf (captioned table, tkr, en-dash negatives)
All figures are invented. Fixed seeds -> deterministic content.
"""
import csv
import datetime as dt
import os
import sys

import numpy as np
import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter


# ---------------------------------------------------------------------------
# 1. OECD regional GDP per capita, TL3, English, years 2015–2024 + CAGR
# ---------------------------------------------------------------------------
def make_oecd(out_dir):
    rng = np.random.RandomState(1151)
    regions = [
        ("SE", "Sweden", 49100),
        ("SE110", "Stockholm County", 68500),
        ("SE121", "Uppsala County", 46800),
        ("SE123", "Östergötland County", 43200),
        ("SE124", "Örebro County", 42100),
        ("SE211", "Jönköping County", 44600),
        ("SE214", "Gotland County", 39800),
        ("SE224", "Skåne County", 41900),
        ("SE231", "Halland County", 40300),
        ("SE232", "Västra Götaland County", 47900),
        ("SE311", "Värmland County", 40100),
        ("SE312", "Dalarna County", 41800),
        ("SE313", "Gävleborg County", 39600),
        ("SE321", "Västernorrland County", 43100),
        ("SE322", "Jämtland County", 39200),
        ("SE331", "Västerbotten County", 42500),
        ("SE332", "Norrbotten County", 53400),
    ]
    years = list(range(2015, 2025))
    trend = {"SE332": 0.021, "SE331": 0.017, "SE121": 0.015, "SE231": 0.016,
             "SE110": 0.012, "SE214": 0.008, "SE321": 0.006, "SE322": 0.010}
    rows = []
    for code, name, base in regions:
        mu = trend.get(code, 0.011)
        vals = [float(base)]
        for y in years[1:]:
            g = mu + rng.normal(0, 0.012)
            if y == 2020:
                g -= 0.035
            if y == 2021:
                g += 0.025
            vals.append(vals[-1] * (1 + g))
        vals = [int(round(v)) for v in vals]
        cells = [str(v) for v in vals]
        if code == "SE214":          # Gotland: 2024 not yet available
            cells[-1] = ".."
            cagr = ".."
        else:
            cagr = "%.2f" % (((vals[-1] / vals[0]) ** (1 / 9) - 1) * 100)
        rows.append([code, name] + cells + [cagr])

    path = os.path.join(out_dir, "OECD_regional_GDP_per_capita_TL3_Sweden.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(["Dataset: Regional economy - Gross Domestic Product per capita, small regions TL3"])
        w.writerow(["Unit: US Dollar, PPP, constant prices, constant PPP, base year 2015"])
        w.writerow(["Country: Sweden (selected TL3 regions)"])
        w.writerow([])
        w.writerow(["REG_ID", "Region"] + [str(y) for y in years] + ["CAGR 2015-2024 (%)"])
        for r in rows:
            w.writerow(r)
        w.writerow([])
        w.writerow([".. : not available"])
        w.writerow(["CAGR: compound annual growth rate, ((GDPpc 2024 / GDPpc 2015)^(1/9) - 1) x 100"])
        w.writerow(["Source: OECD Regional Statistics (database). Data extracted on 14 Mar 2025 from OECD.Stat"])
    return path


# ---------------------------------------------------------------------------
# 2. SCB – förvärvsarbetande 20–64, kvinnor/män/totalt stacked per region
# ---------------------------------------------------------------------------
def make_scb(out_dir):
    rng = np.random.RandomState(1152)
    counties = [
        ("22", "Västernorrlands län", [
            ("2260", "Ånge", 3960, 0.466), ("2262", "Timrå", 8240, 0.474),
            ("2280", "Härnösand", 10950, 0.503), ("2281", "Sundsvall", 45320, 0.487),
            ("2282", "Kramfors", 7810, 0.478), ("2283", "Sollefteå", 8540, 0.481),
            ("2284", "Örnsköldsvik", 26180, 0.472)]),
        ("23", "Jämtlands län", [
            ("2303", "Ragunda", 2170, 0.462), ("2305", "Bräcke", 2690, 0.458),
            ("2309", "Krokom", 7480, 0.479), ("2313", "Strömsund", 4620, 0.468),
            ("2321", "Åre", 6510, 0.471), ("2326", "Berg", 3020, 0.463),
            ("2361", "Härjedalen", 4310, 0.465), ("2380", "Östersund", 30870, 0.494)]),
    ]
    years = [2021, 2022, 2023]
    blocks = []  # (label, {sex: [v2021, v2022, v2023]})
    for ccode, cname, kommuner in counties:
        kblocks = []
        csum = {"kvinnor": np.zeros(3, int), "män": np.zeros(3, int)}
        for kcode, kname, tot, wshare in kommuner:
            kv, ma = [], []
            t = float(tot)
            for i, _ in enumerate(years):
                if i > 0:
                    t = t * (1 + rng.normal(0.006, 0.011))
                ws = wshare + rng.normal(0, 0.002)
                k = int(round(t * ws))
                m = int(round(t)) - k
                kv.append(k)
                ma.append(m)
            kblocks.append((f"{kcode} {kname}", {"kvinnor": kv, "män": ma}))
            csum["kvinnor"] += np.array(kv)
            csum["män"] += np.array(ma)
        blocks.append((f"{ccode} {cname}", {"kvinnor": list(map(int, csum["kvinnor"])),
                                             "män": list(map(int, csum["män"]))}))
        blocks.extend(kblocks)

    wb = Workbook()
    ws = wb.active
    ws.title = "Tabell"
    ws["A1"] = "Förvärvsarbetande 20–64 år (nattbefolkning) efter region, kön och år"
    ws["A1"].font = Font(bold=True, size=12)
    ws.append([])
    ws.append(["", "", "2021", "2022", "2023"])
    for c in range(1, 6):
        ws.cell(row=3, column=c).font = Font(bold=True)
    for label, d in blocks:
        tot = [d["kvinnor"][i] + d["män"][i] for i in range(3)]
        ws.append([label, "kvinnor"] + d["kvinnor"])
        ws.append(["", "män"] + d["män"])
        ws.append(["", "totalt"] + tot)
    ws.append([])
    ws.append(["Förvärvsarbetande 20–64 år (nattbefolkning):"])
    ws.append(["Uppgifterna avser förhållandena i november respektive år. Personer som bor i regionen (nattbefolkning)."])
    ws.append(["Källa: SCB, Registerbaserad arbetsmarknadsstatistik (BAS). Senast uppdaterad 2024-11-28."])
    ws.column_dimensions["A"].width = 26
    ws.column_dimensions["B"].width = 10
    for col in "CDE":
        ws.column_dimensions[col].width = 10
    wb.properties.creator = "SCB Statistikdatabasen"
    wb.properties.created = dt.datetime(2025, 1, 20, 9, 0, 0)
    path = os.path.join(out_dir, "SCB_forvarvsarbetande_20-64_kon_Vnorrland_Jamtland.xlsx")
    wb.save(path)
    return path


# ---------------------------------------------------------------------------
# 3. Försäkringskassan – aktivitetsersättning, län × kön × åldersband, ‰
# ---------------------------------------------------------------------------
def make_fk(out_dir):
    rng = np.random.RandomState(1153)
    # län, befolkning 19–29 (kvinnor, män) 2023, grundnivå ‰
    lan = [
        ("Uppsala län", 31800, 33900, 19.6),
        ("Gotlands län", 3350, 3720, 27.4),
        ("Hallands län", 16200, 17800, 24.1),
        ("Dalarnas län", 13900, 15600, 29.8),
        ("Gävleborgs län", 13100, 14900, 31.2),
        ("Västernorrlands län", 11000, 12600, 30.5),
        ("Jämtlands län", 6400, 7300, 27.9),
        ("Västerbottens län", 18700, 20300, 22.3),
        ("Norrbottens län", 12400, 14500, 26.0),
    ]
    riket_pop = (648000, 702000)
    agesh = np.array([0.21, 0.40, 0.39])
    recs = []
    for year in (2023, 2024):
        for name, pk, pm, rate in lan:
            for sex, pop, rmult in (("Kvinnor", pk, 0.86), ("Män", pm, 1.13)):
                if year == 2024:
                    pop = int(round(pop * (1 + rng.normal(0.004, 0.006))))
                    r = rate * rmult * (1 + rng.normal(0.03, 0.05))
                else:
                    r = rate * rmult * (1 + rng.normal(0, 0.02))
                tot = int(round(pop * r / 1000))
                sh = agesh * (1 + rng.normal(0, 0.06, 3))
                sh = sh / sh.sum()
                a = [int(round(tot * s)) for s in sh[:2]]
                a.append(tot - sum(a))
                if name == "Gotlands län" and sex == "Kvinnor":
                    a[0] = 3 if year == 2024 else 4   # small -> masked
                    a[2] = tot - a[0] - a[1]
                recs.append(dict(year=year, lan=name, sex=sex, a=a, tot=sum(a), pop=pop))
        # Riket (national; not the sum of the selected län)
        for sex, pop, r in (("Kvinnor", riket_pop[0], 20.9), ("Män", riket_pop[1], 27.1)):
            if year == 2024:
                pop = int(round(pop * 1.005))
                r = r * 1.028
            tot = int(round(pop * r / 1000))
            a = [int(round(tot * 0.215)), int(round(tot * 0.402))]
            a.append(tot - sum(a))
            recs.append(dict(year=year, lan="Riket", sex=sex, a=a, tot=tot, pop=pop))

    def fmt_rate(x):
        return ("%.1f" % x).replace(".", ",")

    lines = []
    for year in (2023, 2024):
        for name in [l[0] for l in lan] + ["Riket"]:
            k = next(r for r in recs if r["year"] == year and r["lan"] == name and r["sex"] == "Kvinnor")
            m = next(r for r in recs if r["year"] == year and r["lan"] == name and r["sex"] == "Män")
            b = dict(a=[k["a"][i] + m["a"][i] for i in range(3)], tot=k["tot"] + m["tot"], pop=k["pop"] + m["pop"])
            for sex, r in (("Kvinnor", k), ("Män", m), ("Båda könen", b)):
                cells = [str(v) if v >= 5 else "X" for v in r["a"]]
                lines.append([str(year), name, sex] + cells +
                             [str(r["tot"]), fmt_rate(r["tot"] / r["pop"] * 1000)])

    path = os.path.join(out_dir, "FK_aktivitetsersattning_lan_kon_alder_dec2023_2024.csv")
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(["Aktivitetsersättning – antal mottagare i december efter län, kön och ålder"])
        w.writerow(["Avser: december 2023 och december 2024. Mottagare med utbetalning under månaden."])
        w.writerow([])
        w.writerow(["År", "Län", "Kön", "19–20 år", "21–24 år", "25–29 år", "Totalt 19–29 år",
                    "Per 1 000 inv. 19–29 år (‰)"])
        for l in lines:
            w.writerow(l)
        w.writerow([])
        w.writerow(["X = uppgiften redovisas inte av sekretesskäl (färre än 5 mottagare)."])
        w.writerow(["‰ = antal mottagare per 1 000 invånare i åldern 19–29 år (SCB:s befolkning 31 december)."])
        w.writerow(["Källa: Försäkringskassan, Statistikdatabasen (MiDAS). Uttag 2025-02-10."])
    return path


# ---------------------------------------------------------------------------
# 4. ESF – deltagarregister (one row per participant) + projekt/targets sheet
# ---------------------------------------------------------------------------
def make_esf(out_dir):
    rng = np.random.RandomState(1154)
    projekt = [
        dict(id="2022/00417", namn="Vägen vidare Dalarna", agare="Borlänge kommun", lan="Dalarnas län",
             start=dt.date(2023, 1, 1), slut=dt.date(2025, 6, 30), stod=14_850_000, mal_n=100, mal_as=45,
             kommuner=[("Borlänge", 0.34), ("Falun", 0.26), ("Ludvika", 0.24), ("Avesta", 0.16)],
             n=90, ages=(20, 64), p_out=[0.36, 0.12, 0.30, 0.16, 0.06]),
        dict(id="2022/00571", namn="Jobbsteget Gävleborg", agare="Region Gävleborg", lan="Gävleborgs län",
             start=dt.date(2023, 3, 1), slut=dt.date(2025, 8, 31), stod=11_200_000, mal_n=80, mal_as=40,
             kommuner=[("Gävle", 0.40), ("Sandviken", 0.24), ("Hudiksvall", 0.20), ("Bollnäs", 0.16)],
             n=80, ages=(25, 64), p_out=[0.33, 0.09, 0.34, 0.18, 0.06]),
        dict(id="2023/00128", namn="Unga in i Halland", agare="Halmstads kommun", lan="Hallands län",
             start=dt.date(2023, 9, 1), slut=dt.date(2026, 2, 28), stod=9_640_000, mal_n=60, mal_as=50,
             kommuner=[("Halmstad", 0.50), ("Varberg", 0.30), ("Falkenberg", 0.20)],
             n=70, ages=(16, 29), p_out=[0.30, 0.28, 0.22, 0.16, 0.04]),
        dict(id="2023/00302", namn="Nystart Jämtland Härjedalen", agare="Östersunds kommun", lan="Jämtlands län",
             start=dt.date(2023, 10, 1), slut=dt.date(2026, 3, 31), stod=7_980_000, mal_n=70, mal_as=40,
             kommuner=[("Östersund", 0.52), ("Krokom", 0.20), ("Strömsund", 0.15), ("Härjedalen", 0.13)],
             n=60, ages=(18, 64), p_out=[0.28, 0.10, 0.38, 0.18, 0.06]),
    ]
    orsaker = ["Arbete", "Studier", "Arbetssökande", "Avbrott", "Annat"]
    utb = ["Förgymnasial", "Gymnasial", "Eftergymnasial"]
    cutoff = dt.date(2024, 12, 31)
    rows = []
    for p in projekt:
        kn = [k for k, _ in p["kommuner"]]
        kp = np.array([s for _, s in p["kommuner"]])
        kp = kp / kp.sum()
        span = (dt.date(2024, 11, 30) - p["start"]).days
        for _ in range(p["n"]):
            kommun = kn[rng.choice(len(kn), p=kp)]
            kon = "Kvinna" if rng.rand() < (0.47 if p["namn"] != "Jobbsteget Gävleborg" else 0.56) else "Man"
            lo, hi = p["ages"]
            if hi <= 29:
                age = int(rng.randint(lo, hi + 1))
            else:
                age = int(np.clip(round(rng.normal(38, 11)), lo, hi))
            start = p["start"] + dt.timedelta(days=int(rng.randint(0, span)))
            length = int(rng.randint(60, 420))
            slut = start + dt.timedelta(days=length)
            if slut > cutoff:
                slut, orsak = None, None
            else:
                orsak = orsaker[rng.choice(5, p=p["p_out"])]
            ub = utb[rng.choice(3, p=[0.38, 0.45, 0.17] if hi > 29 else [0.55, 0.40, 0.05])]
            fodd = "Ja" if rng.rand() < 0.42 else "Nej"
            rows.append(dict(projekt=p["id"], kommun=kommun, kon=kon, age=age, start=start, slut=slut,
                             orsak=orsak, utb=ub, fodd=fodd))
    rows.sort(key=lambda r: (r["start"], r["projekt"]))
    for i, r in enumerate(rows, 1):
        r["id"] = "DT-%04d" % (i + 1000)

    wb = Workbook()
    ws = wb.active
    ws.title = "Deltagare"
    ws["A1"] = "Deltagarförteckning ESF+ – regionala projekt, uttag 2025-01-08 (avidentifierad)"
    ws["A1"].font = Font(bold=True, size=12)
    ws.append([])
    hdr = ["Deltagar-ID", "Projekt-ID", "Hemkommun", "Kön", "Ålder vid start", "Utbildningsnivå",
           "Utrikes född", "Startdatum", "Slutdatum", "Avslutsorsak"]
    ws.append(hdr)
    for c in range(1, len(hdr) + 1):
        ws.cell(row=3, column=c).font = Font(bold=True)
    for r in rows:
        ws.append([r["id"], r["projekt"], r["kommun"], r["kon"], r["age"], r["utb"], r["fodd"],
                   r["start"], r["slut"], r["orsak"]])
        rr = ws.max_row
        ws.cell(row=rr, column=8).number_format = "yyyy-mm-dd"
        ws.cell(row=rr, column=9).number_format = "yyyy-mm-dd"
    for i, wdt in enumerate([12, 12, 14, 8, 14, 16, 12, 12, 12, 15], 1):
        ws.column_dimensions[get_column_letter(i)].width = wdt
    ws.freeze_panes = "A4"

    ws2 = wb.create_sheet("Projekt")
    ws2["A1"] = "Projektöversikt med målvärden enligt beslut"
    ws2["A1"].font = Font(bold=True, size=12)
    ws2.append([])
    hdr2 = ["Projekt-ID", "Projektnamn", "Projektägare", "Län", "Projektstart", "Projektslut",
            "Beviljat ESF-stöd (kr)", "Mål antal deltagare", "Mål andel till arbete eller studier (%)"]
    ws2.append(hdr2)
    for c in range(1, len(hdr2) + 1):
        ws2.cell(row=3, column=c).font = Font(bold=True)
        ws2.cell(row=3, column=c).alignment = Alignment(wrap_text=True)
    for p in projekt:
        ws2.append([p["id"], p["namn"], p["agare"], p["lan"], p["start"], p["slut"], p["stod"],
                    p["mal_n"], p["mal_as"]])
        rr = ws2.max_row
        ws2.cell(row=rr, column=5).number_format = "yyyy-mm-dd"
        ws2.cell(row=rr, column=6).number_format = "yyyy-mm-dd"
        ws2.cell(row=rr, column=7).number_format = "# ##0"
    ws2.append([])
    ws2.append(["Målvärde för andel till arbete eller studier avser deltagare som avslutat sin insats."])
    for i, wdt in enumerate([12, 30, 22, 18, 12, 12, 16, 12, 18], 1):
        ws2.column_dimensions[get_column_letter(i)].width = wdt
    wb.properties.created = dt.datetime(2025, 1, 8, 14, 0, 0)
    path = os.path.join(out_dir, "ESF_deltagarregister_2023-2024.xlsx")
    wb.save(path)
    return path


# ---------------------------------------------------------------------------
# 5. AF – varsel per kvartal och län, all fields quoted, quarter-end dates
# ---------------------------------------------------------------------------
def make_varsel(out_dir):
    rng = np.random.RandomState(1155)
    lan = [("03", "Uppsala län", 620), ("09", "Gotlands län", 35), ("13", "Hallands län", 480),
           ("20", "Dalarnas län", 560), ("21", "Gävleborgs län", 530), ("22", "Västernorrlands län", 330),
           ("23", "Jämtlands län", 120)]
    qends = ["2023-03-31", "2023-06-30", "2023-09-30", "2023-12-31",
             "2024-03-31", "2024-06-30", "2024-09-30", "2024-12-31"]
    qmult = [0.85, 0.95, 1.05, 1.30, 1.35, 1.15, 1.20, 1.10]
    out = []
    for qi, q in enumerate(qends):
        for code, name, base in lan:
            pers = int(round(base * qmult[qi] * np.exp(rng.normal(0, 0.28))))
            arenden = max(1, int(round(pers / rng.uniform(14, 32))))
            tillv = int(round(pers * rng.uniform(0.25, 0.6)))
            out.append([q, code, name, str(arenden), str(pers), str(tillv), "2025-01-14T06:00:00"])
    path = os.path.join(out_dir, "af_varsel_per_kvartal_lan_2023-2024.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, quoting=csv.QUOTE_ALL, lineterminator="\n")
        w.writerow(["period_slut", "lan_kod", "lan", "antal_varselarenden", "antal_personer",
                    "varav_personer_tillverkning", "uppdaterad"])
        w.writerows(out)
    return path


# ---------------------------------------------------------------------------
# 6. PDF – Region Gotland årsredovisning, driftredovisning per nämnd (tkr)
# ---------------------------------------------------------------------------
def make_pdf(out_dir):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    rng = np.random.RandomState(1156)
    # namn, budget 2024, avvikelse (budget - utfall) 2024
    nd = [
        ("Regionfullmäktige och revision", 14_200, 910),
        ("Regionstyrelsen", 412_500, 15_340),
        ("Hälso- och sjukvårdsnämnden", 2_348_900, -68_430),
        ("Socialnämnden", 1_386_400, -21_560),
        ("Barn- och utbildningsnämnden", 1_062_300, 4_210),
        ("Gymnasie- och vuxenutbildningsnämnden", 341_800, 6_880),
        ("Tekniska nämnden", 118_600, -3_120),
        ("Byggnadsnämnden", 17_900, 1_150),
        ("Miljö- och hälsoskyddsnämnden", 24_700, 820),
        ("Överförmyndarnämnden", 8_600, -410),
    ]
    rows = []
    for name, bud, avv in nd:
        utf = bud - avv
        u23 = int(round(utf / (1 + rng.uniform(0.025, 0.075)) / 10.0)) * 10
        rows.append([name, bud, utf, avv, u23])
    s = [sum(r[i] for r in rows) for i in range(1, 5)]
    fin = ["Finansförvaltning och gemensamma poster", 186_000, 171_250, 14_750, 158_930]
    tot = ["Verksamhetens nettokostnad", s[0] + fin[1], s[1] + fin[2], s[2] + fin[3], s[3] + fin[4]]

    def f(n):
        t = "{:,}".format(abs(int(n))).replace(",", " ")
        return ("–" + t) if n < 0 else t   # en dash as minus, as in the printed report

    path = os.path.join(out_dir, "Region_Gotland_arsredovisning_2024_driftredovisning.pdf")
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm,
                            title="Region Gotland – Årsredovisning 2024", author="Region Gotland",
                            invariant=1)
    st = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=st["BodyText"], fontName="Helvetica", fontSize=10, leading=13)
    cap = ParagraphStyle("c", parent=body, fontName="Helvetica-Bold", fontSize=9.5, spaceBefore=6)
    foot = ParagraphStyle("f", parent=body, fontSize=8, leading=10, textColor=colors.HexColor("#333333"))
    h1 = ParagraphStyle("h1", parent=st["Heading1"], fontName="Helvetica-Bold", fontSize=15)
    h2 = ParagraphStyle("h2", parent=st["Heading2"], fontName="Helvetica-Bold", fontSize=12)

    story = [
        Paragraph("Region Gotland – Årsredovisning 2024", h1),
        Paragraph("5. Ekonomisk redovisning", h2),
        Paragraph("5.3 Driftredovisning", h2),
        Paragraph(
            "Driftredovisningen visar nämndernas nettokostnader jämfört med den budget som "
            "regionfullmäktige fastställt, inklusive tilläggsbudgetar under året. Ett positivt värde i "
            "kolumnen Avvikelse innebär att nämnden har lägre nettokostnad än budgeterat, medan ett "
            "negativt värde innebär att budgeten har överskridits. Sammantaget redovisar nämnderna en "
            "negativ budgetavvikelse, vilket främst förklaras av ökade kostnader för inhyrd personal "
            "och utomlänsvård inom hälso- och sjukvården samt ökade volymer inom äldreomsorgen.", body),
        Spacer(1, 8),
        Paragraph("Tabell 7. Driftredovisning per nämnd 2024, nettokostnad (tkr)", cap),
        Spacer(1, 3),
    ]
    data = [["Nämnd", "Budget 2024", "Utfall 2024", "Avvikelse 2024", "Utfall 2023"]]
    for r in rows:
        data.append([r[0]] + [f(v) for v in r[1:]])
    data.append(["Summa nämnder"] + [f(v) for v in s])
    data.append([fin[0]] + [f(v) for v in fin[1:]])
    data.append([tot[0]] + [f(v) for v in tot[1:]])
    t = Table(data, colWidths=[6.4 * cm, 2.4 * cm, 2.4 * cm, 2.6 * cm, 2.4 * cm], repeatRows=1)
    n = len(data)
    t.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("FONTNAME", (0, 1), (-1, -1), "Helvetica"),
        ("FONTNAME", (0, n - 3), (-1, n - 3), "Helvetica-Bold"),
        ("FONTNAME", (0, n - 1), (-1, n - 1), "Helvetica-Bold"),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEABOVE", (0, n - 3), (-1, n - 3), 0.5, colors.black),
        ("LINEABOVE", (0, n - 1), (-1, n - 1), 0.8, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCE6F0")),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
    ]))
    story += [
        t,
        Spacer(1, 4),
        Paragraph("Avvikelse = budget minus utfall. Negativt värde (–) innebär att nämnden har överskridit "
                  "sin budget. Utfall 2023 är omräknat till 2024 års organisation. "
                  "Källa: Region Gotlands ekonomisystem (Raindance), bokslut 2024-12-31.", foot),
        Spacer(1, 10),
        Paragraph(
            "Hälso- och sjukvårdsnämnden redovisar det största underskottet. Nämnden har under året "
            "arbetat med en åtgärdsplan för att minska beroendet av bemanningsföretag, men effekterna "
            "har ännu inte fått fullt genomslag. Socialnämndens underskott hänförs till placeringar "
            "inom individ- och familjeomsorgen samt hemtjänsten. Regionstyrelsens överskott förklaras "
            "främst av vakanser och lägre kostnader för IT-licenser än planerat. Investeringsredovisningen "
            "redovisas separat i avsnitt 5.4.", body),
    ]
    doc.build(story)
    return path


def main():
    if len(sys.argv) != 2:
        print("usage: python r115_make_files.py OUT_DIR")
        sys.exit(1)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for fn in (make_oecd, make_scb, make_fk, make_esf, make_varsel, make_pdf):
        p = fn(out)
        print("wrote", p)


if __name__ == "__main__":
    main()
