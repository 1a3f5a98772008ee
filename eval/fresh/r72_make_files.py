"""Build six realistic Swedish statistics exports for Uppsala, Värmlands and Jämtlands län.

Usage: python make_files.py OUT_DIR
"""
import csv
import sys
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

rng = np.random.default_rng(72)

COUNTIES = {
    "03": ("Uppsala län", [
        ("0305", "Håbo", 22500), ("0319", "Älvkarleby", 9700), ("0330", "Knivsta", 21000),
        ("0331", "Heby", 14300), ("0360", "Tierp", 21300), ("0380", "Uppsala", 246000),
        ("0381", "Enköping", 47000), ("0382", "Östhammar", 22300)]),
    "17": ("Värmlands län", [
        ("1715", "Kil", 12000), ("1730", "Eda", 8500), ("1737", "Torsby", 11500),
        ("1760", "Storfors", 4000), ("1761", "Hammarö", 17000), ("1762", "Munkfors", 3600),
        ("1763", "Forshaga", 11500), ("1764", "Grums", 9000), ("1765", "Årjäng", 10000),
        ("1766", "Sunne", 13200), ("1780", "Karlstad", 96000), ("1781", "Kristinehamn", 24300),
        ("1782", "Filipstad", 10500), ("1783", "Hagfors", 11500), ("1784", "Arvika", 26000),
        ("1785", "Säffle", 15300)]),
    "23": ("Jämtlands län", [
        ("2303", "Ragunda", 5300), ("2305", "Bräcke", 6500), ("2309", "Krokom", 15600),
        ("2313", "Strömsund", 11600), ("2321", "Åre", 12300), ("2326", "Berg", 7000),
        ("2361", "Härjedalen", 10000), ("2380", "Östersund", 64500)]),
}
MUNIS = [(lk, code, name, pop) for lk, (_, ms) in COUNTIES.items() for code, name, pop in ms]
COUNTY_LEVEL = {"03": 0.0, "17": 0.0, "23": 0.0}


def fmt(x, nd=1):
    """Swedish decimal comma."""
    return f"{x:.{nd}f}".replace(".", ",")


def tus(n):
    """Thousands with a space, Swedish style."""
    return f"{n:,}".replace(",", " ")


def wavg(values, weights):
    v = np.asarray(values, float)
    w = np.asarray(weights, float)
    return float((v * w).sum() / w.sum())


# --------------------------------------------------------------------------------------------
# 1. SCB sysselsättningsgrad, kvartal som kolumner (PxWeb CSV)
# --------------------------------------------------------------------------------------------
def make_scb(out: Path):
    quarters = [f"{y}K{q}" for y in (2024, 2025) for q in (1, 2, 3, 4)][:7]
    season = {1: -0.9, 2: 0.3, 3: 1.1, 4: 0.0}
    county_base = {"03": 80.6, "17": 78.4, "23": 81.9}
    rows = {}  # (code, label) -> {kön: [values]}
    county_vals = {lk: {"män": [], "kvinnor": []} for lk in COUNTIES}
    muni_rows = []
    for lk, code, name, pop in MUNIS:
        base = county_base[lk] + rng.normal(0, 2.6)
        gap = rng.uniform(1.5, 5.0)
        trend = rng.normal(0.0, 0.35)
        vals = {"män": [], "kvinnor": []}
        for i, qn in enumerate(quarters):
            q = int(qn[-1])
            common = season[q] + trend * i / 2 + rng.normal(0, 0.45)
            vals["män"].append(round(base + gap / 2 + common + rng.normal(0, 0.3), 1))
            vals["kvinnor"].append(round(base - gap / 2 + common + rng.normal(0, 0.3), 1))
        vals["totalt"] = [round(0.52 * m + 0.48 * k, 1) for m, k in zip(vals["män"], vals["kvinnor"])]
        muni_rows.append((lk, f"{code} {name}", vals, pop))
    for lk, (cname, ms) in COUNTIES.items():
        mem = [r for r in muni_rows if r[0] == lk]
        vals = {}
        for kon in ("män", "kvinnor", "totalt"):
            vals[kon] = [round(wavg([r[2][kon][i] for r in mem], [r[3] for r in mem]), 1)
                         for i in range(len(quarters))]
        rows[(lk, f"{lk} {cname}")] = vals
    riket = {"män": [], "kvinnor": []}
    for i, qn in enumerate(quarters):
        q = int(qn[-1])
        riket["män"].append(round(83.1 + season[q] + 0.1 * i + rng.normal(0, 0.15), 1))
        riket["kvinnor"].append(round(79.4 + season[q] + 0.1 * i + rng.normal(0, 0.15), 1))
    riket["totalt"] = [round(0.52 * m + 0.48 * k, 1) for m, k in zip(riket["män"], riket["kvinnor"])]

    ordered = [("00 Riket", riket)]
    for lk in COUNTIES:
        ordered.append((f"{lk} {COUNTIES[lk][0]}", rows[(lk, f"{lk} {COUNTIES[lk][0]}")]))
        ordered += [(lab, vals) for l2, lab, vals, _ in muni_rows if l2 == lk]

    path = out / "scb_sysselsattningsgrad_20-64_kvartal.csv"
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, quoting=csv.QUOTE_ALL)
        w.writerow(["Sysselsättningsgrad (%) 20-64 år efter region, kön och kvartal"])
        w.writerow([])
        w.writerow(["region", "kön"] + quarters)
        for lab, vals in ordered:
            for kon in ("män", "kvinnor", "totalt"):
                w.writerow([lab, kon] + [fmt(v) for v in vals[kon]])
        w.writerow([])
        w.writerow(["Källa: SCB, Registerbaserad arbetsmarknadsstatistik (BAS), kvartalsskattning. "
                    "Uppgifterna för 2025K3 är preliminära."])
    return path


# --------------------------------------------------------------------------------------------
# 2. Kolada XLSX, tvåradig rubrik
# --------------------------------------------------------------------------------------------
def make_kolada(out: Path):
    years = [2022, 2023, 2024]
    kpi1 = "Förvärvsarbetande invånare 20-64 år, andel (%)"
    kpi2 = "Elever i åk. 9 som är behöriga till yrkesprogram, hemkommun, andel (%)"
    wb = Workbook()
    ws = wb.active
    ws.title = "Kolada"
    ws.cell(1, 1, "Kommun")
    ws.cell(1, 2, kpi1)
    ws.cell(1, 5, kpi2)
    ws.merge_cells(start_row=1, start_column=2, end_row=1, end_column=4)
    ws.merge_cells(start_row=1, start_column=5, end_row=1, end_column=7)
    for j, y in enumerate(years + years):
        ws.cell(2, 2 + j, y)
    for c in range(1, 8):
        ws.cell(1, c).font = Font(bold=True)
        ws.cell(1, c).alignment = Alignment(wrap_text=True, horizontal="center")
        ws.cell(2, c).font = Font(bold=True)
    base_county1 = {"03": 79.8, "17": 77.6, "23": 81.0}
    base_county2 = {"03": 86.5, "17": 83.0, "23": 84.5}
    data = []
    for lk, code, name, pop in MUNIS:
        b1 = base_county1[lk] + rng.normal(0, 2.4)
        b2 = base_county2[lk] + rng.normal(0, 4.5)
        v1 = [round(b1 + 0.3 * i + rng.normal(0, 0.4), 1) for i in range(3)]
        v2 = [round(min(99.0, b2 + rng.normal(0, 2.8)), 1) for i in range(3)]
        data.append([lk, f"{code} {name}", pop, v1, v2])
    # missing values the way Kolada shows them
    missing = {("1762 Munkfors", 1, 1), ("1760 Storfors", 1, 0), ("2326 Berg", 1, 2),
               ("2303 Ragunda", 0, 2)}
    r = 3
    rows_out = [["0000 Riket", [79.1, 79.5, 79.7], [85.6, 85.2, 84.9]]]
    for lk, (cname, ms) in COUNTIES.items():
        mem = [d for d in data if d[0] == lk]
        c1 = [round(wavg([d[3][i] for d in mem], [d[2] for d in mem]), 1) for i in range(3)]
        c2 = [round(wavg([d[4][i] for d in mem], [d[2] for d in mem]), 1) for i in range(3)]
        rows_out.append([f"00{lk} Region {cname.replace(' län', '')}", c1, c2])
        for d in mem:
            rows_out.append([d[1], d[3], d[4]])
    for lab, v1, v2 in rows_out:
        ws.cell(r, 1, lab)
        for k, vv in enumerate((v1, v2)):
            for i in range(3):
                val = vv[i]
                if (lab, k, i) in missing:
                    val = ".."
                ws.cell(r, 2 + 3 * k + i, val)
        r += 1
    ws.column_dimensions["A"].width = 26
    path = out / "kolada_forvarvsarbete_behorighet.xlsx"
    wb.save(path)
    return path


# --------------------------------------------------------------------------------------------
# 3. Arbetsförmedlingen XLSX, månader som kolumner, två flikar
# --------------------------------------------------------------------------------------------
def make_af(out: Path):
    months = [f"2025M{m:02d}" for m in range(1, 11)]
    seas64 = np.array([0.35, 0.3, 0.2, 0.05, -0.1, -0.05, 0.1, -0.05, -0.25, -0.3])
    seas24 = np.array([0.6, 0.5, 0.2, -0.2, -0.6, 0.4, 0.9, 0.1, -0.7, -0.9])
    base64 = {"03": 5.6, "17": 8.2, "23": 5.9}
    wb = Workbook()
    sheets = {}
    for key, title in (("16-24", "16-24 år"), ("16-64", "16-64 år")):
        ws = wb.active if key == "16-24" else wb.create_sheet()
        ws.title = title
        ws.cell(1, 1, f"Inskrivna arbetslösa som andel (%) av den registerbaserade arbetskraften, {title}")
        ws.cell(2, 1, "Källa: Arbetsförmedlingen. Avser månadens sista dag.")
        ws.cell(4, 1, "Kommunkod")
        ws.cell(4, 2, "Kommun")
        for j, m in enumerate(months):
            ws.cell(4, 3 + j, m)
        sheets[key] = ws
    rows = []
    for lk, code, name, pop in MUNIS:
        b = max(2.6, base64[lk] + rng.normal(0, 1.7))
        v64 = np.round(b + seas64 * b / 6 + rng.normal(0, 0.12, 10), 1)
        ratio = rng.uniform(1.35, 2.0)
        v24 = np.round(b * ratio + seas24 * b * ratio / 8 + rng.normal(0, 0.35, 10), 1)
        rows.append((lk, code, name, pop, v64, v24))
    out_rows = [("00", "Riket",
                 np.round(6.9 + seas64 * 6.9 / 6 + rng.normal(0, 0.03, 10), 1),
                 np.round(10.8 + seas24 * 10.8 / 8 + rng.normal(0, 0.05, 10), 1))]
    for lk, (cname, ms) in COUNTIES.items():
        mem = [x for x in rows if x[0] == lk]
        c64 = np.round([wavg([x[4][i] for x in mem], [x[3] for x in mem]) for i in range(10)], 1)
        c24 = np.round([wavg([x[5][i] for x in mem], [x[3] for x in mem]) for i in range(10)], 1)
        out_rows.append((lk, cname, c64, c24))
        out_rows += [(x[1], x[2], x[4], x[5]) for x in mem]
    for key, idx in (("16-24", 3), ("16-64", 2)):
        ws = sheets[key]
        for r, row in enumerate(out_rows, start=5):
            ws.cell(r, 1, row[0])
            ws.cell(r, 2, row[1])
            for j in range(10):
                ws.cell(r, 3 + j, float(row[idx][j]))
        ws.column_dimensions["B"].width = 18
    path = out / "af_arbetsloshet_kommun_2025.xlsx"
    wb.save(path)
    return path


# --------------------------------------------------------------------------------------------
# 4. Försäkringskassan sjukpenningtal, long format, semikolon, Latin-1
# --------------------------------------------------------------------------------------------
def make_fk(out: Path):
    years = [2022, 2023, 2024, 2025]
    base_c = {"03": 8.6, "17": 11.4, "23": 10.6}
    yr = np.array([0.0, -0.35, -0.55, -0.4])
    recs = []
    muni = []
    for lk, code, name, pop in MUNIS:
        b = base_c[lk] + rng.normal(0, 1.3)
        k = [round(b * 1.27 + yr[i] + rng.normal(0, 0.3), 1) for i in range(4)]
        m = [round(b * 0.70 + yr[i] * 0.6 + rng.normal(0, 0.25), 1) for i in range(4)]
        s = [round(0.49 * k[i] + 0.51 * m[i], 1) for i in range(4)]
        muni.append((lk, code, name, pop, k, m, s))
    riket = ([round(12.4 + yr[i], 1) for i in range(4)], [round(7.0 + 0.6 * yr[i], 1) for i in range(4)])
    for i, y in enumerate(years):
        kk, mm = riket[0][i], riket[1][i]
        for kon, v in (("Kvinnor", kk), ("Män", mm), ("Samtliga", round(0.49 * kk + 0.51 * mm, 1))):
            recs.append((y, "00", "Riket", kon, v))
        for lk, (cname, ms) in COUNTIES.items():
            mem = [x for x in muni if x[0] == lk]
            for kon, j in (("Kvinnor", 4), ("Män", 5), ("Samtliga", 6)):
                recs.append((y, lk, cname, kon, round(wavg([x[j][i] for x in mem], [x[3] for x in mem]), 1)))
            for x in mem:
                for kon, j in (("Kvinnor", 4), ("Män", 5), ("Samtliga", 6)):
                    recs.append((y, x[1], x[2], kon, x[j][i]))
    path = out / "fk_sjukpenningtal_kommun_2022-2025.csv"
    with open(path, "w", encoding="latin-1", newline="") as f:
        f.write("Sjukpenningtal per kommun och kön\r\n")
        f.write("Källa: Försäkringskassan, MiDAS. Sjukpenningtal = antal dagar med sjukpenning och "
                "rehabiliteringspenning per registrerad försäkrad 16-64 år.\r\n")
        f.write("2025 avser tolvmånadersperioden november 2024 - oktober 2025.\r\n")
        f.write("År;Regionkod;Region;Kön;Sjukpenningtal (dagar)\r\n")
        for y, c, r, kon, v in recs:
            f.write(f"{y};{c};{r};{kon};{fmt(v)}\r\n")
    return path


# --------------------------------------------------------------------------------------------
# 5. PDF-rapport
# --------------------------------------------------------------------------------------------
def make_pdf(out: Path, af_path: Path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                    PageBreak)

    af24 = pd.read_excel(af_path, sheet_name="16-24 år", header=3)
    af64 = pd.read_excel(af_path, sheet_name="16-64 år", header=3)

    def cval(df, name, month):
        return float(df.loc[df["Kommun"] == name, month].iloc[0])

    styles = getSampleStyleSheet()
    body = styles["BodyText"]
    cell = ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10)
    h1, h2 = styles["Title"], styles["Heading2"]
    regions = ["Uppsala län", "Värmlands län", "Jämtlands län", "Riket"]

    # Table 2: youth unemployment Sep 2024 (report's own figure) vs Sep 2025 (from AF file)
    sep24 = {r: round(cval(af24, r, "2025M09") + d, 1)
             for r, d in zip(regions, rng.uniform(-0.9, 0.8, 4))}
    sep25 = {r: round(cval(af24, r, "2025M09"), 1) for r in regions}

    varsel = {"Uppsala län": int(rng.integers(900, 1600)), "Värmlands län": int(rng.integers(1100, 1900)),
              "Jämtlands län": int(rng.integers(250, 600))}
    nyinskrivna_jamt = int(rng.integers(1200, 1800))
    lediga_jobb_varm = int(rng.integers(2500, 4200))

    def on_page(c, doc):
        c.saveState()
        c.setFont("Helvetica", 8)
        c.drawString(2 * cm, A4[1] - 1.2 * cm,
                     "Regional arbetsmarknadsrapport: Uppsala, Värmland, Jämtland hösten 2025")
        c.drawRightString(A4[0] - 2 * cm, A4[1] - 1.2 * cm, "Länsstyrelsernas analysgrupp")
        c.drawCentredString(A4[0] / 2, 1.2 * cm, f"Sida {doc.page}")
        c.restoreState()

    story = [Paragraph("Regional arbetsmarknadsrapport: Uppsala, Värmland, Jämtland hösten 2025", h1),
             Paragraph("Sammanfattning", h2),
             Paragraph(
                 "Arbetsmarknaden i de tre länen har stabiliserats under 2025 men skillnaderna mellan länen "
                 f"är fortsatt stora. Andelen inskrivna arbetslösa 16–64 år var i september 2025 "
                 f"{fmt(cval(af64, 'Värmlands län', '2025M09'))} procent i Värmlands län, jämfört med "
                 f"{fmt(cval(af64, 'Uppsala län', '2025M09'))} procent i Uppsala län och "
                 f"{fmt(cval(af64, 'Jämtlands län', '2025M09'))} procent i Jämtlands län.", body),
             Spacer(1, 6),
             Paragraph(
                 f"Under januari–september 2025 varslades sammanlagt {tus(varsel['Värmlands län'])} personer om "
                 f"uppsägning i Värmlands län, {tus(varsel['Uppsala län'])} personer i Uppsala län och "
                 f"{tus(varsel['Jämtlands län'])} personer i Jämtlands län. I Jämtlands län skrevs "
                 f"{tus(nyinskrivna_jamt)} personer in som nya arbetssökande under tredje kvartalet, och i "
                 f"Värmland fanns {tus(lediga_jobb_varm)} lediga platser anmälda hos Arbetsförmedlingen i "
                 "slutet av september.", body),
             Spacer(1, 10),
             Paragraph("Tabell 1. Inskrivna arbetslösa per län och grupp, september 2025, andel (%)", h2)]

    groups = [
        ("Inskrivna arbetslösa 16–64 år, andel av den registerbaserade arbetskraften", af64, 1.0),
        ("Inskrivna arbetslösa unga 16–24 år, andel av den registerbaserade arbetskraften", af24, 1.0),
        ("Utrikes födda inskrivna arbetslösa 16–64 år, andel av arbetskraften", af64, None),
        ("Långtidsinskrivna (mer än 12 månader utan arbete), andel av arbetskraften 16–64 år", af64, None),
    ]
    t1 = [[Paragraph("<b>Grupp</b>", cell)] + [Paragraph(f"<b>{r}</b>", cell) for r in regions]]
    t1_vals = {}
    for label, df, fac in groups:
        row = [Paragraph(label, cell)]
        for r in regions:
            if fac is not None:
                v = round(cval(df, r, "2025M09"), 1)
            elif label.startswith("Utrikes"):
                v = round(cval(df, r, "2025M09") * rng.uniform(2.4, 3.2), 1)
            else:
                v = round(cval(df, r, "2025M09") * rng.uniform(0.35, 0.5), 1)
            t1_vals[(label, r)] = v
            row.append(fmt(v))
        t1.append(row)
    tab1 = Table(t1, colWidths=[6.2 * cm, 2.4 * cm, 2.4 * cm, 2.4 * cm, 2.0 * cm])
    tab1.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                              ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                              ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                              ("ALIGN", (1, 1), (-1, -1), "RIGHT")]))
    story += [tab1, Spacer(1, 6),
              Paragraph("Källa: Arbetsförmedlingen. Utrikes födda och långtidsinskrivna: egna beräkningar.", cell),
              PageBreak(),
              Paragraph("Ungdomsarbetslösheten", h2),
              Paragraph(
                  "Ungdomsarbetslösheten har utvecklats olika i länen. Tabell 2 jämför andelen inskrivna "
                  "arbetslösa 16–24 år i september 2024 och september 2025.", body),
              Spacer(1, 6),
              Paragraph("Tabell 2. Inskrivna arbetslösa 16–24 år, andel (%), september", h2)]
    t2 = [["Region", "September 2024", "September 2025", "Förändring, procentenheter"]]
    for r in regions:
        ch = round(sep25[r] - sep24[r], 1)
        t2.append([r, fmt(sep24[r]), fmt(sep25[r]), ("+" if ch > 0 else "") + fmt(ch)])
    tab2 = Table(t2, colWidths=[4 * cm, 3.2 * cm, 3.2 * cm, 4.5 * cm])
    tab2.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                              ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                              ("ALIGN", (1, 1), (-1, -1), "RIGHT")]))
    story += [tab2, Spacer(1, 10),
              Paragraph(
                  "Bland kommunerna sticker Filipstad och Storfors ut med höga nivåer, medan Knivsta och "
                  "Krokom har en låg andel inskrivna arbetslösa. Den genomsnittliga tiden i arbetslöshet "
                  "för unga i Jämtlands län var 94 dagar under tredje kvartalet 2025.", body),
              Spacer(1, 8),
              Paragraph("Utsikter", h2),
              Paragraph(
                  "Länsstyrelserna bedömer att efterfrågan på arbetskraft ökar svagt under 2026, främst inom "
                  "vård och omsorg, besöksnäringen i fjällen och den gröna industrin i Uppsala län. "
                  "Rekryteringsproblemen är störst inom vård, bygg och teknik. ", body)]
    story += [PageBreak(), Paragraph("Metod och definitioner", h2),
              Paragraph(
                  "Inskrivna arbetslösa omfattar öppet arbetslösa och sökande i program med aktivitetsstöd. "
                  "Andelen beräknas av den registerbaserade arbetskraften, som består av förvärvsarbetande "
                  "enligt SCB:s registerstatistik och inskrivna arbetslösa. Uppgifterna avser månadens "
                  "sista dag. Förändringar redovisas i procentenheter.", body),
              Spacer(1, 6),
              Paragraph(
                  "Varseluppgifterna bygger på Arbetsförmedlingens varselstatistik och avser det län där "
                  "arbetsstället ligger. Antalet lediga platser avser platser som är aktuella vid månadens "
                  "slut. Analysgruppen följer utvecklingen månadsvis och återkommer med en fördjupad rapport "
                  "om ungdomars etablering på arbetsmarknaden under våren 2026.", body)]
    path = out / "regional_arbetsmarknadsrapport_hosten_2025.pdf"
    doc = SimpleDocTemplate(str(path), pagesize=A4, topMargin=2 * cm, bottomMargin=2 * cm,
                            title="Regional arbetsmarknadsrapport hösten 2025")
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return path


# --------------------------------------------------------------------------------------------
# 6. Register över företagsstöd
# --------------------------------------------------------------------------------------------
def make_register(out: Path):
    n = 360
    branscher = ["Tillverkning", "Besöksnäring", "Livsmedel", "IT och digitala tjänster",
                 "Skogsbruk och trä", "Handel", "Bygg", "Energi", "Transport och logistik"]
    bw = np.array([0.2, 0.16, 0.1, 0.1, 0.1, 0.1, 0.09, 0.07, 0.08])
    stod = {"Regionalt investeringsstöd": (400_000, 4_000_000, 0.22),
            "Företagsstöd till investeringar": (100_000, 1_500_000, 0.3),
            "Konsultcheck": (20_000, 150_000, 0.22),
            "Innovationscheck": (50_000, 300_000, 0.14),
            "Såddfinansiering": (200_000, 1_000_000, 0.12)}
    stypes = list(stod)
    sw = np.array([stod[s][2] for s in stypes])
    pops = np.array([m[3] for m in MUNIS], float)
    pw = np.sqrt(pops) / np.sqrt(pops).sum()
    start = date(2024, 1, 2)
    days = [start + timedelta(days=int(d)) for d in range((date(2025, 10, 31) - start).days + 1)]
    days = [d for d in days if d.weekday() < 5]
    picks = sorted(rng.choice(len(days), n, replace=True))
    rows = []
    for i, di in enumerate(picks):
        mi = rng.choice(len(MUNIS), p=pw)
        lk, code, name, _ = MUNIS[mi]
        st = stypes[rng.choice(len(stypes), p=sw / sw.sum())]
        lo, hi, _ = stod[st]
        belopp = int(round(rng.uniform(lo, hi) / 1000) * 1000)
        jobb = int(max(0, round(belopp / 250_000 + rng.normal(0, 1.2)))) if st != "Konsultcheck" else int(rng.integers(0, 2))
        d = days[di]
        rows.append({"beslut_id": f"TVV-{d.year}-{i + 1:04d}", "beslutsdatum": d.isoformat(),
                     "kommun": name, "län": COUNTIES[lk][0],
                     "bransch": branscher[rng.choice(len(branscher), p=bw / bw.sum())],
                     "stödtyp": st, "beviljat belopp (kr)": belopp,
                     "antal nya jobb (planerade)": jobb})
    path = out / "foretagsstod_beslut_2024-2025.csv"
    pd.DataFrame(rows).to_csv(path, index=False, encoding="utf-8")
    return path


def main():
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    paths = [make_scb(out), make_kolada(out)]
    af = make_af(out)
    paths += [af, make_fk(out), make_pdf(out, af), make_register(out)]
    for p in paths:
        print(p)


if __name__ == "__main__":
    main()
