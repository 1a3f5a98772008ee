"""Build six realistic Swedish statistics exports for round 60.

Usage: python make_files.py OUT_DIR
Regions: Västerbottens, Södermanlands and Blekinge län.
"""
import sys
import os
import csv
import datetime as dt

import numpy as np
import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Font

rng = np.random.default_rng(60)

# ---------------------------------------------------------------- geography
# (code, name, population 2023 approx)
LAN = {
    "24": ("Västerbottens län", [
        ("2401", "Nordmaling", 7120), ("2403", "Bjurholm", 2430), ("2404", "Vindeln", 5400),
        ("2409", "Robertsfors", 6760), ("2417", "Norsjö", 4030), ("2418", "Malå", 3090),
        ("2421", "Storuman", 5810), ("2422", "Sorsele", 2400), ("2425", "Dorotea", 2590),
        ("2460", "Vännäs", 8790), ("2462", "Vilhelmina", 6620), ("2463", "Åsele", 2720),
        ("2480", "Umeå", 131150), ("2481", "Lycksele", 12230), ("2482", "Skellefteå", 77070),
    ]),
    "04": ("Södermanlands län", [
        ("0428", "Vingåker", 9010), ("0461", "Gnesta", 11320), ("0480", "Nyköping", 57760),
        ("0481", "Oxelösund", 12110), ("0482", "Flen", 16180), ("0483", "Katrineholm", 34940),
        ("0484", "Eskilstuna", 107100), ("0486", "Strängnäs", 38010), ("0488", "Trosa", 14120),
    ]),
    "10": ("Blekinge län", [
        ("1060", "Olofström", 12840), ("1080", "Karlskrona", 66780), ("1081", "Ronneby", 29760),
        ("1082", "Karlshamn", 32390), ("1083", "Sölvesborg", 17610),
    ]),
}
RIKET_POP = 10_551_700


def fmt_sv(x, dec=1):
    """Swedish decimal comma."""
    return f"{x:.{dec}f}".replace(".", ",")


def fmt_int_space(n):
    return f"{int(n):,}".replace(",", " ")


# ---------------------------------------------------------------- 1. SCB CSV
SNI = [
    ("A", "Jordbruk, skogsbruk och fiske", 0.020, 0.25),
    ("B", "Utvinning av mineral", 0.004, 0.15),
    ("C", "Tillverkning", 0.105, 0.25),
    ("D", "Försörjning av el, gas, värme och kyla", 0.006, 0.27),
    ("E", "Vattenförsörjning; avloppsrening, avfallshantering och sanering", 0.006, 0.22),
    ("F", "Byggverksamhet", 0.075, 0.10),
    ("G", "Handel; reparation av motorfordon och motorcyklar", 0.115, 0.42),
    ("H", "Transport och magasinering", 0.048, 0.22),
    ("I", "Hotell- och restaurangverksamhet", 0.033, 0.52),
    ("J", "Informations- och kommunikationsverksamhet", 0.040, 0.30),
    ("K", "Finans- och försäkringsverksamhet", 0.018, 0.50),
    ("L", "Fastighetsverksamhet", 0.017, 0.38),
    ("M", "Verksamhet inom juridik, ekonomi, vetenskap och teknik", 0.065, 0.43),
    ("N", "Uthyrning, fastighetsservice, resetjänster och andra stödtjänster", 0.050, 0.40),
    ("O", "Offentlig förvaltning och försvar", 0.065, 0.55),
    ("P", "Utbildning", 0.105, 0.74),
    ("Q", "Vård och omsorg; sociala tjänster", 0.175, 0.80),
    ("R", "Kultur, nöje och fritid", 0.018, 0.50),
    ("S", "Annan serviceverksamhet", 0.020, 0.60),
    ("0", "Okänd verksamhet", 0.010, 0.40),
]


def scb_rows():
    rows = []  # region label, code, name, kön, år, value
    base_shares = np.array([s[2] for s in SNI])
    base_shares = base_shares / base_shares.sum()
    riket_acc = {}
    for lcode, (lname, kommuner) in LAN.items():
        lan_acc = {}
        for kcode, kname, pop in kommuner:
            emp = pop * rng.uniform(0.42, 0.52)
            if kname == "Umeå":
                emp = pop * 0.50
            shares = rng.dirichlet(base_shares * 120)
            # local flavour
            if kname in ("Skellefteå", "Olofström", "Oxelösund", "Sölvesborg", "Malå"):
                shares[2] *= 1.7  # tillverkning
            if kname == "Karlskrona":
                shares[14] *= 2.6  # försvar (marinbasen)
            if kname == "Malå":
                shares[1] *= 6  # gruvor
            shares = shares / shares.sum()
            growth = rng.normal(0.008, 0.02, size=len(SNI))
            for i, (code, name, _, fshare) in enumerate(SNI):
                tot22 = emp * shares[i]
                tot23 = tot22 * (1 + growth[i])
                fs = np.clip(fshare + rng.normal(0, 0.03), 0.03, 0.95)
                for year, tot in ((2022, tot22), (2023, tot23)):
                    k = int(round(tot * fs))
                    m = int(round(tot * (1 - fs)))
                    for kon, v in (("män", m), ("kvinnor", k)):
                        rows.append((f"{kcode} {kname}", code, name, kon, year, v))
                        lan_acc[(code, kon, year)] = lan_acc.get((code, kon, year), 0) + v
        for (code, kon, year), v in lan_acc.items():
            name = dict((s[0], s[1]) for s in SNI)[code]
            rows.append((f"{lcode} {lname}", code, name, kon, year, v))
    # Riket
    emp_r = RIKET_POP * 0.485
    for i, (code, name, share, fshare) in enumerate(SNI):
        tot22 = emp_r * base_shares[i] * rng.uniform(0.95, 1.05)
        tot23 = tot22 * (1 + rng.normal(0.01, 0.01))
        for year, tot in ((2022, tot22), (2023, tot23)):
            k = int(round(tot * fshare))
            m = int(round(tot * (1 - fshare)))
            for kon, v in (("män", m), ("kvinnor", k)):
                rows.append(("00 Riket", code, name, kon, year, v))
    # SCB order: region, sni, kön, år
    order = {"00 Riket": 0}
    for lcode, (lname, kommuner) in LAN.items():
        order[f"{lcode} {lname}"] = len(order)
        for kcode, kname, _ in kommuner:
            order[f"{kcode} {kname}"] = len(order)
    sni_order = {s[0]: i for i, s in enumerate(SNI)}
    rows.sort(key=lambda r: (order[r[0]], sni_order[r[1]], 0 if r[3] == "män" else 1, r[4]))
    return rows


def write_scb(out):
    path = os.path.join(out, "scb_forvarvsarbetande_dagbef_sni2007_2022_2023.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write('"Förvärvsarbetande 16+ år med arbetsplats i regionen (dagbefolkning) (RAMS) '
                'efter region, näringsgren SNI 2007, kön och år"\n')
        f.write("\n")
        w = csv.writer(f, delimiter=",", quoting=csv.QUOTE_ALL, lineterminator="\n")
        w.writerow(["region", "näringsgren SNI 2007 (kod)", "näringsgren SNI 2007", "kön", "år",
                    "Förvärvsarbetande 16+ år (dagbefolkning)"])
        for r in scb_rows():
            w.writerow(list(r))
        f.write("\n")
        f.write('"Källa: SCB, Registerbaserad arbetsmarknadsstatistik (RAMS/BAS)"\n')
    return path


# ---------------------------------------------------------------- 2. Kolada XLSX
BISTAND_BASE = {  # kr/inv 2023, rough real-world flavour
    "Nordmaling": 900, "Bjurholm": 700, "Vindeln": 800, "Robertsfors": 650, "Norsjö": 900,
    "Malå": 1000, "Storuman": 850, "Sorsele": 1100, "Dorotea": 1200, "Vännäs": 750,
    "Vilhelmina": 1000, "Åsele": 1300, "Umeå": 1050, "Lycksele": 1400, "Skellefteå": 950,
    "Vingåker": 2300, "Gnesta": 1500, "Nyköping": 1800, "Oxelösund": 2700, "Flen": 3100,
    "Katrineholm": 2900, "Eskilstuna": 3700, "Strängnäs": 1600, "Trosa": 900,
    "Olofström": 2200, "Karlskrona": 1500, "Ronneby": 2100, "Karlshamn": 1800, "Sölvesborg": 1400,
}


def kolada_data():
    years = [2021, 2022, 2023, 2024]
    pop = {}
    bist = {}
    for lcode, (lname, kommuner) in LAN.items():
        for kcode, kname, p23 in kommuner:
            g = rng.normal(0.004, 0.006)
            if kname in ("Umeå", "Strängnäs", "Trosa"):
                g = abs(g) + 0.012
            pop[kname] = {y: int(round(p23 * (1 + g) ** (y - 2023))) for y in years}
            b23 = BISTAND_BASE[kname] * rng.uniform(0.9, 1.1)
            trend = rng.normal(0.05, 0.05)
            bist[kname] = {y: int(round(b23 * (1 + trend) ** (y - 2023) * rng.uniform(0.97, 1.03)))
                           for y in years}
        pop[lname] = {y: sum(pop[k[1]][y] for k in kommuner) for y in years}
        bist[lname] = {y: int(round(sum(pop[k[1]][y] * bist[k[1]][y] for k in kommuner) / pop[lname][y]))
                       for y in years}
    pop["Alla kommuner (ovägt medel)"] = {2021: 35998, 2022: 36121, 2023: 36297, 2024: 36402}
    bist["Alla kommuner (ovägt medel)"] = {2021: 1412, 2022: 1398, 2023: 1511, 2024: 1637}
    return years, pop, bist


def write_kolada(out):
    years, pop, bist = kolada_data()
    path = os.path.join(out, "kolada_ekonomiskt_bistand_invanare.xlsx")
    wb = Workbook()
    order = ["Alla kommuner (ovägt medel)"]
    for lcode, (lname, kommuner) in LAN.items():
        order.append(lname)
        order += [k[1] for k in kommuner]
    for i, (sheet, kpi, title, data, desc) in enumerate([
        ("N31807", "N31807", "Kostnad för ekonomiskt bistånd, kr/inv", bist,
         "Kostnad för ekonomiskt bistånd, dividerat med antal invånare totalt 31/12. Avser kommunens totala kostnad."),
        ("N01951", "N01951", "Invånare totalt, antal", pop,
         "Antal invånare totalt per 31/12. Källa: SCB:s befolkningsstatistik."),
    ]):
        ws = wb.active if i == 0 else wb.create_sheet()
        ws.title = f"{sheet} {title.split(',')[0][:20]}"
        ws.append([f"{kpi} {title}"])
        ws["A1"].font = Font(bold=True)
        ws.append([desc])
        ws.append([])
        ws.append(["Kommun"] + years)
        for name in order:
            ws.append([name] + [data[name][y] for y in years])
        ws.append([])
        ws.append(["Källa: Kolada, RKA. Hämtad 2025-10-14."])
        ws.column_dimensions["A"].width = 32
    wb.save(path)
    return path


# ---------------------------------------------------------------- 3. Arbetsförmedlingen XLSX
MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
          "september", "oktober"]
SEASON = [1.05, 1.04, 1.02, 0.99, 0.97, 0.99, 0.97, 0.99, 0.96, 0.95]


def write_af(out):
    path = os.path.join(out, "af_inskrivna_arbetslosa_utbildningsniva_lan_2025.xlsx")
    regions = [("Blekinge län", 7900), ("Södermanlands län", 17800),
               ("Västerbottens län", 8900), ("Riket", 362000)]
    shares = {"Blekinge län": [0.30, 0.38, 0.27, 0.05], "Södermanlands län": [0.36, 0.35, 0.23, 0.06],
              "Västerbottens län": [0.25, 0.37, 0.33, 0.05], "Riket": [0.29, 0.36, 0.30, 0.05]}
    wb = Workbook()
    ws = wb.active
    ws.title = "Utbildningsnivå"
    ws.append(["Inskrivna arbetslösa efter utbildningsnivå, län och månad 2025"])
    ws["A1"].font = Font(bold=True)
    ws.append(["Antal personer. Inskrivna arbetslösa = öppet arbetslösa + sökande i program med aktivitetsstöd."])
    ws.append([])
    ws.append(["Månad", "Län", "Förgymnasial utbildning", "Gymnasial utbildning",
               "Eftergymnasial utbildning", "Okänd utbildning", "Totalt"])
    for mi, mon in enumerate(MONTHS):
        for reg, base in regions:
            tot = base * SEASON[mi] * rng.uniform(0.985, 1.015)
            sh = np.array(shares[reg]) * rng.uniform(0.97, 1.03, 4)
            sh = sh / sh.sum()
            parts = [int(round(tot * s)) for s in sh]
            ws.append([f"{mon} 2025", reg] + parts + [sum(parts)])
    ws.append([])
    ws.append(["Källa: Arbetsförmedlingen, månadsstatistik."])
    wb.save(path)
    return path


# ---------------------------------------------------------------- 4. Försäkringskassan CSV latin-1
DIAG = [
    ("Psykiska sjukdomar och syndrom samt beteendestörningar (F00-F99)", 0.47),
    ("Sjukdomar i muskuloskeletala systemet och bindväven (M00-M99)", 0.17),
    ("Skador och förgiftningar (S00-T98)", 0.07),
    ("Tumörer (C00-D48)", 0.06),
    ("Cirkulationsorganens sjukdomar (I00-I99)", 0.03),
    ("Vissa infektionssjukdomar (A00-B99)", 0.004),
    ("Övriga diagnoser", 0.196),
]
QUARTERS = ["2024K1", "2024K2", "2024K3", "2024K4", "2025K1", "2025K2", "2025K3"]


def write_fk(out):
    path = os.path.join(out, "fk_pagaende_sjukfall_diagnos_lan_kvartal.csv")
    regions = [("Blekinge län", 4500), ("Södermanlands län", 8600), ("Västerbottens län", 7400),
               ("Riket", 191000)]
    qf = [1.00, 0.97, 0.95, 1.01, 1.03, 0.99, 0.96]
    lines = []
    for reg, base in regions:
        true = {}
        for kon, ks in (("Kvinnor", 0.66), ("Män", 0.34)):
            for dname, ds in DIAG:
                vals = []
                lvl = base * ks * ds * rng.uniform(0.9, 1.1)
                for q in range(len(QUARTERS)):
                    vals.append(int(round(lvl * qf[q] * rng.uniform(0.97, 1.03))))
                true[(kon, dname)] = vals
        for kon in ("Kvinnor", "Män"):
            true[(kon, "Samtliga diagnoser")] = [sum(true[(kon, d[0])][q] for d in DIAG)
                                                 for q in range(len(QUARTERS))]
        for dname in [d[0] for d in DIAG] + ["Samtliga diagnoser"]:
            true[("Totalt", dname)] = [true[("Kvinnor", dname)][q] + true[("Män", dname)][q]
                                       for q in range(len(QUARTERS))]
        for kon in ("Totalt", "Kvinnor", "Män"):
            for dname in ["Samtliga diagnoser"] + [d[0] for d in DIAG]:
                cells = []
                for q, v in enumerate(true[(kon, dname)]):
                    if v < 10:
                        s = ".."
                    else:
                        s = fmt_int_space(v)
                        if QUARTERS[q] == "2025K3":
                            s += "*"
                    cells.append(s)
                lines.append([reg, kon, dname] + cells)
    with open(path, "w", encoding="latin-1", newline="") as f:
        f.write("Pågående sjukfall efter diagnosgrupp, kön och län, per kvartal 2024-2025\n")
        f.write("Antal pågående sjukfall vid kvartalets sista dag\n")
        f.write(";".join(["Län", "Kön", "Diagnosgrupp"] + QUARTERS) + "\n")
        for ln in lines:
            f.write(";".join(ln) + "\n")
        f.write("\n")
        f.write("..  Uppgift redovisas inte (färre än 10 sjukfall)\n")
        f.write("*  Preliminär uppgift\n")
        f.write("Källa: Försäkringskassan, MiDAS. Uttag 2025-10-20.\n")
    return path


# ---------------------------------------------------------------- 5. PDF
def write_pdf(out):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                    PageBreak)

    pdfmetrics.registerFont(TTFont("DejaVu", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["Normal"], fontName="DejaVu", fontSize=10, leading=14,
                          spaceAfter=8)
    h1 = ParagraphStyle("h1", parent=ss["Title"], fontName="DejaVu-Bold", fontSize=18)
    h2 = ParagraphStyle("h2", parent=ss["Heading2"], fontName="DejaVu-Bold", fontSize=13)
    cap = ParagraphStyle("c", parent=body, fontName="DejaVu-Bold", fontSize=10)

    # table 1 data: arbetslöshet (%) sep 2025 and sysselsättningsgrad 20-64 (%)
    base_al = {"Västerbottens län": 5.4, "Södermanlands län": 9.6, "Blekinge län": 8.3}
    t1 = [["Område", "Arbetslöshet 16–64 år,\nseptember 2025", "Sysselsättningsgrad\n20–64 år, 2025"]]
    indent_rows = []
    al_vals = {}
    for lcode in ["24", "04", "10"]:
        lname, kommuner = LAN[lcode]
        kvals = []
        for _, kname, _ in kommuner:
            a = max(2.0, base_al[lname] * rng.uniform(0.6, 1.45))
            if kname in ("Eskilstuna", "Flen", "Olofström"):
                a = base_al[lname] * rng.uniform(1.3, 1.5)
            s = min(88.0, 84.5 - (a - 5) * 1.1 + rng.normal(0, 1.2))
            kvals.append((kname, round(a, 1), round(s, 1)))
        la = round(base_al[lname] * rng.uniform(0.97, 1.03), 1)
        ls = round(84.5 - (la - 5) * 1.1, 1)
        t1.append([lname, f"{fmt_sv(la)} %", f"{fmt_sv(ls)} %"])
        al_vals[lname] = (la, ls, kvals)
        for kname, a, s in kvals:
            indent_rows.append(len(t1))
            t1.append([kname, f"{fmt_sv(a)} %", f"{fmt_sv(s)} %"])
    t1.append(["Riket", "6,9 %", "81,3 %"])

    # table 2: change in anställda Q2 2024 -> Q2 2025, per cent
    sectors = ["Tillverkning", "Byggverksamhet", "Handel", "Vård och omsorg", "Totalt"]
    mu = {"Tillverkning": -1.5, "Byggverksamhet": -3.0, "Handel": -0.4, "Vård och omsorg": 1.2}
    t2 = [["Område"] + sectors]
    t2vals = {}
    for reg in ["Blekinge län", "Södermanlands län", "Västerbottens län", "Riket"]:
        vals = [round(rng.normal(mu[s], 1.6), 1) for s in sectors[:-1]]
        vals = [v if abs(v) >= 0.05 else 0.1 for v in vals]
        if reg == "Blekinge län":
            vals[0] = round(-abs(vals[0]) - 1.0, 1)
        tot = round(float(np.mean(vals)) * 0.6, 1)
        tot = tot if abs(tot) >= 0.05 else 0.1
        vals.append(tot)
        t2vals[reg] = vals
        t2.append([reg] + [fmt_sv(v).replace("-", "\u2212") for v in vals])

    path = os.path.join(out, "Laget_i_lanen_arbetsmarknad_naringsliv_2025.pdf")
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm,
                            title="Läget i länen – arbetsmarknad och näringsliv 2025",
                            author="Regionala utvecklingsenheten")
    story = [Paragraph("Läget i länen – arbetsmarknad och näringsliv 2025", h1),
             Paragraph("Regional lägesbild för Västerbottens, Södermanlands och Blekinge län. "
                       "Oktober 2025.", body),
             Paragraph("Sammanfattning", h2)]
    vb, sd, bl = al_vals["Västerbottens län"], al_vals["Södermanlands län"], al_vals["Blekinge län"]
    bl_top = max(bl[2], key=lambda r: r[1])
    sd_top = max(sd[2], key=lambda r: r[1])
    story.append(Paragraph(
        f"Arbetsmarknaden i de tre länen har försvagats under 2025. I september var arbetslösheten "
        f"{fmt_sv(sd[0])} procent i Södermanlands län, {fmt_sv(bl[0])} procent i Blekinge län och "
        f"{fmt_sv(vb[0])} procent i Västerbottens län, att jämföra med 6,9 procent i riket. "
        f"Högst arbetslöshet bland kommunerna hade {sd_top[0]} med {fmt_sv(sd_top[1])} procent.", body))
    story.append(Paragraph(
        f"I Blekinge län minskade antalet anställda inom tillverkningsindustrin med "
        f"{fmt_sv(abs(t2vals['Blekinge län'][0]))} procent mellan andra kvartalet 2024 och andra "
        f"kvartalet 2025. Byggverksamheten fortsatte att minska i flera län, medan vård och omsorg "
        f"växte i Västerbottens län med {fmt_sv(t2vals['Västerbottens län'][3]).replace('-', chr(0x2212))} procent.", body))
    story.append(Paragraph(
        "Batteri- och försvarsindustrin håller uppe efterfrågan på tekniker i Skellefteå och "
        "Karlskrona, men rekryteringsläget har blivit lugnare under året. Varslen ökade under "
        "våren i Södermanland, främst inom logistik och tillverkning.", body))
    story.append(Paragraph("Arbetslöshet och sysselsättning per kommun", h2))
    story.append(Paragraph("Tabell 1. Arbetslöshet (andel av befolkningen 16–64 år, inskrivna "
                           "arbetslösa) i september 2025 och sysselsättningsgrad 20–64 år", cap))
    tbl = Table(t1, colWidths=[5.5 * cm, 4.5 * cm, 4.5 * cm], repeatRows=1)
    style = [("FONTNAME", (0, 0), (-1, -1), "DejaVu"), ("FONTSIZE", (0, 0), (-1, -1), 8.5),
             ("FONTNAME", (0, 0), (-1, 0), "DejaVu-Bold"),
             ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
             ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
             ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
             ("ALIGN", (1, 1), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
             ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]
    for r in range(1, len(t1)):
        if r in indent_rows:
            style.append(("LEFTPADDING", (0, r), (0, r), 18))
        else:
            style.append(("FONTNAME", (0, r), (-1, r), "DejaVu-Bold"))
    tbl.setStyle(TableStyle(style))
    story.append(tbl)
    story.append(Paragraph("Källa: Arbetsförmedlingen och SCB, bearbetning av regionala "
                           "utvecklingsenheten.", body))
    story.append(PageBreak())
    story.append(Paragraph("Näringslivets utveckling", h2))
    story.append(Paragraph(
        "Antalet anställda har minskat inom tillverkning och byggverksamhet i de flesta län, medan "
        "vård och omsorg fortsätter att öka. Tabell 2 visar förändringen i procent mellan andra "
        "kvartalet 2024 och andra kvartalet 2025. Negativa värden betyder en minskning.", body))
    story.append(Paragraph("Tabell 2. Förändring av antalet anställda efter bransch, kvartal 2 2024 – "
                           "kvartal 2 2025, procent", cap))
    tbl2 = Table(t2, colWidths=[3.6 * cm, 2.4 * cm, 3.0 * cm, 2.0 * cm, 2.9 * cm, 1.8 * cm])
    tbl2.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), "DejaVu"), ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("FONTNAME", (0, 0), (-1, 0), "DejaVu-Bold"),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT")]))
    story.append(tbl2)
    story.append(Paragraph("Källa: SCB, kortperiodisk sysselsättningsstatistik (KS), "
                           "bearbetning.", body))
    story.append(Spacer(1, 10))
    story.append(Paragraph("Utsikter för 2026", h2))
    for _ in range(3):
        story.append(Paragraph(
            "Prognosen för 2026 pekar mot en svag återhämtning. Sysselsättningen väntas öka "
            "något under andra halvåret, framför allt inom offentlig sektor och energi. "
            "Osäkerheten är dock stor, bland annat till följd av omvärldsläget och räntenivån. "
            "Länsstyrelserna och regionerna följer utvecklingen i den gemensamma "
            "arbetsmarknadsgruppen och återkommer med en uppdaterad lägesbild i mars 2026.", body))
    doc.build(story)
    return path


# ---------------------------------------------------------------- 6. register XLSX
def write_register(out):
    path = os.path.join(out, "register_lonebidrag_anstallningsstod_2025.xlsx")
    kommuner = []
    for lcode, (lname, ks) in LAN.items():
        for kcode, kname, pop in ks:
            kommuner.append((kname, lname, pop))
    w = np.array([k[2] for k in kommuner], dtype=float) ** 0.85
    w = w / w.sum()
    forms = [("Lönebidrag för utveckling i anställning", 0.34, 17500),
             ("Lönebidrag för trygghet i anställning", 0.20, 19500),
             ("Nystartsjobb", 0.30, 12500),
             ("Introduktionsjobb", 0.16, 11000)]
    fw = np.array([f[1] for f in forms])
    ages = ["16–24 år", "25–34 år", "35–44 år", "45–54 år", "55–64 år"]
    aw = np.array([0.16, 0.26, 0.22, 0.20, 0.16])
    n = 384
    start = dt.date(2025, 1, 2)
    days = [start + dt.timedelta(days=i) for i in range(272)]
    days = [d for d in days if d.weekday() < 5]
    recs = []
    for i in range(n):
        k = kommuner[rng.choice(len(kommuner), p=w)]
        f = forms[rng.choice(len(forms), p=fw)]
        d = days[rng.integers(len(days))]
        kon = "Kvinna" if rng.random() < 0.44 else "Man"
        age = ages[rng.choice(5, p=aw)]
        belopp = int(round(f[2] * rng.uniform(0.6, 1.25) / 10) * 10)
        if f[0].startswith("Lönebidrag"):
            man = int(rng.choice([6, 12, 12, 12, 24]))
        else:
            man = int(rng.integers(3, 13))
        recs.append([d, k[0], k[1], f[0], kon, age, belopp, man])
    recs.sort(key=lambda r: r[0])
    wb = Workbook()
    ws = wb.active
    ws.title = "Beslut"
    ws.append(["Beslut-ID", "Beslutsdatum", "Kommun", "Län", "Stödform", "Kön", "Åldersgrupp",
               "Månadsbelopp (kr)", "Antal månader"])
    for i, r in enumerate(recs):
        d = r[0]
        if rng.random() < 0.3:
            dval = f"{d.isoformat()} 00:00:00"
        else:
            dval = d.isoformat()
        ws.append([f"AS-2025-{10001 + i:05d}", dval] + r[1:])
    wb.save(path)
    return path


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for fn in (write_scb, write_kolada, write_af, write_fk, write_pdf, write_register):
        print(fn(out))


if __name__ == "__main__":
    main()
