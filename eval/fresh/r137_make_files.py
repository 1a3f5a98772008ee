#!/usr/bin/env python3
"""Round r137 – statistics files (invented but realistic Swedish exports).

Usage: python3 r137_make_files.py OUT_DIR

Files written:

1. trafa_nyregistrerade_personbilar_sodermanland_2025.xlsx
   Trafikanalys-style monthly table. Sheets "Läsanvisning" (text only, first),
   "2025" and "2024". On each year sheet: title on row 1, source on row 2,
   merged group header on row 4 ("Kommun" over the nine municipalities,
   "Län" over the county column), column names on row 5, months as ROWS
   (Januari … December) with a bold "Kvartal N" subtotal row inserted after
   every third month and a bold "Helår 2025" row last. Footnote under the
   table (December preliminary).

2. strada_omkomna_svartskadade_gavleborg_2023_2024.csv
   Trafikanalys/STRADA-style CSV, UTF-8 with BOM, CRLF, semicolon, decimal
   comma. Three title/description lines, then a LONG table: one row per
   municipality × year (År;Kommunkod;Kommun;Omkomna;Svårt skadade;Totalt;
   Per 100 000 invånare), year blocks 2023 then 2024, each block ending with a
   "Gävleborgs län" row. Zero written "–". Footnotes at the bottom.
   Both a count (Totalt) and a rate per 100 000 inhabitants.

3. kolada_export_vasternorrland_2022_2024.xlsx
   Kolada API-style long export split in two sheets: "Data" (kpi_id,
   municipality_id, municipality, period, gender, value, status) with one
   row per KPI × kommun × year (× gender T/K/M for one KPI), decimal POINT
   values stored as numbers, one missing value with status "Saknas"; and a
   separate "KPI" lookup sheet (kpi_id, title, description, unit) – the KPI
   names exist only there, so a reader must join on kpi_id. Includes
   region 0022 Västernorrland and 0000 Riket rows.

4. region_blekinge_foretagsstod_2023_2024.xlsx
   Region Blekinge business-support workbook. Sheets "Om statistiken",
   "2024", "2023". Title on row 1, source row 2, blank row 3, merged
   two-row header on rows 4–5 (Konsultcheck / Investeringsstöd /
   Innovationscheck / Totalt each merged over "Antal ärenden" and
   "Beviljat, tkr"), municipality code + name columns, five municipalities,
   an "Ej kommunfördelat¹" row, and a bold "Blekinge län totalt" row that
   INCLUDES the non-allocated row. Footnote below.

5. af_etablering_kronoberg_2025.pdf
   One-page (landscape A4) Arbetsförmedlingen report page "Sida 7" with a
   running header, body paragraphs, a captioned "Tabell 3" where the eight
   municipalities + Kronobergs län are COLUMNS and the measures are ROWS
   (Avslutade, varav kvinnor, i arbete eller studier 90 dagar antal and
   andel %), a source line and text with distractor figures for 2024.

6. energimyndigheten_solceller_jamtland_2020_2024.csv
   Energimyndigheten-style solar-power CSV, Windows-1252, semicolon,
   decimal comma. Two title lines, header
   Regionkod;Region;Mått;2020;…;2024 with two rows per region (Antal
   anläggningar / Installerad effekt, MW), county "23 Jämtlands län" first,
   "x" for values masked (fewer than 5 plants) in early years, a
   quoted label containing a semicolon and footnotes at the bottom.
"""
import csv
import io
import os
import random
import sys
from decimal import Decimal, ROUND_HALF_UP

import openpyxl
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter


def r1(x, nd=1):
    q = Decimal(1).scaleb(-nd)
    return float(Decimal(str(x)).quantize(q, rounding=ROUND_HALF_UP))


def sv(x, nd=1):
    """Swedish decimal-comma string."""
    return f"{r1(x, nd):.{nd}f}".replace(".", ",")


BOLD = Font(bold=True)

# ---------------------------------------------------------------- 1 monthly
SODER = ["Vingåker", "Gnesta", "Nyköping", "Oxelösund", "Flen",
         "Katrineholm", "Eskilstuna", "Strängnäs", "Trosa"]
SODER_BASE = [17, 21, 112, 23, 31, 62, 258, 83, 29]
MONTHS = ["Januari", "Februari", "Mars", "April", "Maj", "Juni", "Juli",
          "Augusti", "September", "Oktober", "November", "December"]
SEASON = [0.74, 0.83, 1.12, 1.04, 1.06, 1.17, 0.78, 0.86, 1.01, 1.05, 0.99,
          1.35]


def monthly_data(seed, factor):
    rnd = random.Random(seed)
    data = []
    for m in range(12):
        row = []
        for b in SODER_BASE:
            row.append(max(1, round(b * factor * SEASON[m] * rnd.uniform(0.82, 1.18))))
        data.append(row)
    return data


def write_monthly(out):
    wb = openpyxl.Workbook()
    ws0 = wb.active
    ws0.title = "Läsanvisning"
    lines = [
        "Nyregistrerade personbilar per kommun och månad, Södermanlands län",
        "",
        "Statistiken avser personbilar i trafik som registrerats för första gången i Sverige",
        "(nyregistreringar). Kommun avser ägarens/brukarens folkbokföringskommun eller",
        "företagets säte. Leasade bilar redovisas på leasetagaren.",
        "",
        "Bladen '2025' och '2024' innehåller en tabell per år med månader som rader.",
        "Raderna 'Kvartal 1'–'Kvartal 4' är summor av de tre föregående månaderna.",
        "Raden 'Helår' är summan av årets tolv månader.",
        "",
        "Källa: Trafikanalys, Fordonsstatistik. Bearbetning: Region Sörmland, Regional utveckling.",
    ]
    for i, t in enumerate(lines, 1):
        ws0.cell(i, 1, t)
    ws0["A1"].font = Font(bold=True, size=13)
    ws0.column_dimensions["A"].width = 95

    for year, seed, factor in [(2025, 1371, 1.0), (2024, 1372, 0.94)]:
        ws = wb.create_sheet(str(year))
        data = monthly_data(seed, factor)
        ncol = 1 + len(SODER) + 1
        ws.cell(1, 1, f"Nyregistrerade personbilar efter kommun och månad {year}").font = Font(bold=True, size=12)
        ws.cell(2, 1, "Källa: Trafikanalys, Fordonsstatistik (uttag 2026-01-20)")
        ws.cell(4, 1, "Månad")
        ws.merge_cells(start_row=4, start_column=1, end_row=5, end_column=1)
        ws.cell(4, 2, "Kommun")
        ws.merge_cells(start_row=4, start_column=2, end_row=4, end_column=1 + len(SODER))
        ws.cell(4, ncol, "Län")
        for j, k in enumerate(SODER):
            ws.cell(5, 2 + j, k)
        ws.cell(5, ncol, "Södermanlands län")
        for c in range(1, ncol + 1):
            for r in (4, 5):
                ws.cell(r, c).font = BOLD
                ws.cell(r, c).alignment = Alignment(horizontal="center", wrap_text=True)
        r = 6
        for q in range(4):
            qsum = [0] * len(SODER)
            for m in range(q * 3, q * 3 + 3):
                name = MONTHS[m]
                if year == 2025 and m == 11:
                    name = "December¹"
                ws.cell(r, 1, name)
                for j, v in enumerate(data[m]):
                    ws.cell(r, 2 + j, v)
                    qsum[j] += v
                ws.cell(r, ncol, sum(data[m]))
                r += 1
            ws.cell(r, 1, f"Kvartal {q + 1}").font = BOLD
            for j, v in enumerate(qsum):
                ws.cell(r, 2 + j, v).font = BOLD
            ws.cell(r, ncol, sum(qsum)).font = BOLD
            r += 1
        tot = [sum(data[m][j] for m in range(12)) for j in range(len(SODER))]
        ws.cell(r, 1, f"Helår {year}").font = BOLD
        for j, v in enumerate(tot):
            ws.cell(r, 2 + j, v).font = BOLD
        ws.cell(r, ncol, sum(tot)).font = BOLD
        r += 2
        if year == 2025:
            ws.cell(r, 1, "¹ Uppgifterna för december 2025 är preliminära.")
            r += 1
        ws.cell(r, 1, "Avser personbilar. Lätta lastbilar, bussar och motorcyklar ingår inte.")
        ws.column_dimensions["A"].width = 14
        for c in range(2, ncol + 1):
            ws.column_dimensions[get_column_letter(c)].width = 12
    wb.save(os.path.join(out, "trafa_nyregistrerade_personbilar_sodermanland_2025.xlsx"))


# ---------------------------------------------------------------- 2 rate csv
GAVLE = [("2101", "Ockelbo", 5_790, 5_742), ("2104", "Hofors", 9_489, 9_421),
         ("2121", "Ovanåker", 11_412, 11_380), ("2132", "Nordanstig", 9_377, 9_302),
         ("2161", "Ljusdal", 18_921, 18_843), ("2180", "Gävle", 103_468, 104_170),
         ("2181", "Sandviken", 39_903, 39_988), ("2182", "Söderhamn", 25_312, 25_180),
         ("2183", "Bollnäs", 26_215, 26_160), ("2184", "Hudiksvall", 37_336, 37_270)]
# (omkomna, svårt skadade) per year, hand-set
GAVLE_CASES = {
    2023: [(0, 3), (1, 5), (0, 7), (2, 6), (1, 12), (3, 48), (1, 21), (0, 14), (1, 15), (2, 19)],
    2024: [(1, 4), (0, 6), (1, 5), (0, 9), (2, 10), (2, 52), (0, 18), (1, 16), (0, 12), (1, 23)],
}


def dash(v):
    return "–" if v == 0 else str(v)


def write_rate_csv(out):
    lines = [
        "Polisrapporterade vägtrafikolyckor: omkomna och svårt skadade personer efter kommun och år",
        "Region: Gävleborgs län. Kommun = kommun där olyckan inträffade. Per 100 000 invånare beräknat på folkmängden 31 december respektive år.",
        "",
        "År;Kommunkod;Kommun;Omkomna;Svårt skadade;Totalt;Per 100 000 invånare",
    ]
    for yi, year in enumerate((2023, 2024)):
        so = ss = sp = 0
        for (code, name, p23, p24), (o, s) in zip(GAVLE, GAVLE_CASES[year]):
            pop = p23 if year == 2023 else p24
            t = o + s
            lines.append(f"{year};{code};{name};{dash(o)};{dash(s)};{dash(t)};{sv(t / pop * 100000)}")
            so += o; ss += s; sp += pop
        lines.append(f"{year};21;Gävleborgs län;{so};{ss};{so + ss};{sv((so + ss) / sp * 100000)}")
    lines += [
        "",
        "– = inga fall.",
        "Svårt skadad: person som vid olyckan fått en skada som klassas som svår enligt polisens bedömning.",
        "Omkommen: person som avlidit inom 30 dagar till följd av olyckan.",
        "Källa: Trafikanalys, Vägtrafikskador (STRADA/polisrapporterat). Folkmängd: SCB.",
    ]
    with open(os.path.join(out, "strada_omkomna_svartskadade_gavleborg_2023_2024.csv"),
              "w", encoding="utf-8-sig", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------- 3 kolada
VN = [("2260", "Ånge"), ("2262", "Timrå"), ("2280", "Härnösand"),
      ("2281", "Sundsvall"), ("2282", "Kramfors"), ("2283", "Sollefteå"),
      ("2284", "Örnsköldsvik")]
VN_POP = {2022: [9_083, 18_154, 24_720, 99_281, 17_836, 19_073, 56_042],
          2023: [8_977, 18_107, 24_652, 99_587, 17_640, 18_905, 56_118],
          2024: [8_901, 18_031, 24_603, 99_930, 17_512, 18_788, 56_244]}
RIKET_POP = {2022: 10_521_556, 2023: 10_551_707, 2024: 10_587_710}
KPIS = [
    ("N01951", "Invånare totalt, antal",
     "Antal invånare totalt i kommunen den 31/12. Källa: SCB.", "antal"),
    ("N00914", "Förvärvsarbetande invånare 20-64 år, andel (%)",
     "Antal förvärvsarbetande invånare 20-64 år dividerat med antal invånare 20-64 år den 31/12. Källa: SCB (BAS).", "procent"),
    ("N03923", "Arbetslösa och personer i program med aktivitetsstöd 16-64 år, andel (%) av befolkningen",
     "Öppet arbetslösa och sökande i program med aktivitetsstöd 16-64 år, årsmedelvärde, dividerat med befolkningen 16-64 år. Källa: Arbetsförmedlingen och SCB.", "procent"),
    ("N02933", "Invånare 16-24 år som varken arbetar eller studerar, andel (%)",
     "Andel invånare 16-24 år som varken förvärvsarbetar, studerar eller har annan känd aktivitet. Redovisas per kön. Källa: SCB.", "procent"),
]


def kolada_rows():
    rnd = random.Random(1373)
    rows = []
    years = (2022, 2023, 2024)
    areas = VN + [("0022", "Region Västernorrland"), ("0000", "Riket")]
    emp_base = {"Ånge": 79.2, "Timrå": 80.6, "Härnösand": 77.9, "Sundsvall": 79.4,
                "Kramfors": 78.1, "Sollefteå": 77.3, "Örnsköldsvik": 83.1,
                "Region Västernorrland": 79.9, "Riket": 78.6}
    une_base = {"Ånge": 6.1, "Timrå": 6.8, "Härnösand": 7.4, "Sundsvall": 6.3,
                "Kramfors": 7.9, "Sollefteå": 8.2, "Örnsköldsvik": 4.6,
                "Region Västernorrland": 6.4, "Riket": 6.0}
    neet_base = {"Ånge": 8.9, "Timrå": 7.1, "Härnösand": 7.6, "Sundsvall": 6.2,
                 "Kramfors": 9.3, "Sollefteå": 8.4, "Örnsköldsvik": 5.1,
                 "Region Västernorrland": 6.9, "Riket": 6.3}
    for kpi, *_ in KPIS:
        for code, name in areas:
            for yi, y in enumerate(years):
                if kpi == "N01951":
                    if name == "Riket":
                        v = RIKET_POP[y]
                    elif code == "0022":
                        v = sum(VN_POP[y])
                    else:
                        v = VN_POP[y][[c for c, _ in VN].index(code)]
                    rows.append([kpi, code, name, y, "T", v, ""])
                elif kpi == "N00914":
                    v = r1(emp_base[name] + 0.3 * yi + rnd.uniform(-0.4, 0.4))
                    rows.append([kpi, code, name, y, "T", v, ""])
                elif kpi == "N03923":
                    v = r1(une_base[name] + 0.35 * yi + rnd.uniform(-0.3, 0.3))
                    rows.append([kpi, code, name, y, "T", v, ""])
                else:
                    base = neet_base[name] + rnd.uniform(-0.5, 0.5)
                    k = r1(base - 0.4 + rnd.uniform(-0.6, 0.6))
                    m = r1(base + 0.5 + rnd.uniform(-0.6, 0.6))
                    t = r1((k + m) / 2)
                    for g, v in (("T", t), ("K", k), ("M", m)):
                        if name == "Ånge" and y == 2024 and g == "K":
                            rows.append([kpi, code, name, y, g, None, "Saknas"])
                        else:
                            rows.append([kpi, code, name, y, g, v, ""])
    return rows


def write_kolada(out):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Data"
    ws.append(["kpi_id", "municipality_id", "municipality", "period", "gender", "value", "status"])
    for c in ws[1]:
        c.font = BOLD
    for row in kolada_rows():
        ws.append(row)
    for col, w in zip("ABCDEFG", (10, 16, 24, 8, 8, 12, 10)):
        ws.column_dimensions[col].width = w
    ws2 = wb.create_sheet("KPI")
    ws2.append(["kpi_id", "title", "description", "unit"])
    for c in ws2[1]:
        c.font = BOLD
    for k in KPIS:
        ws2.append(list(k))
    ws2.column_dimensions["B"].width = 80
    ws2.column_dimensions["C"].width = 100
    ws3 = wb.create_sheet("Info")
    ws3["A1"] = "Export från Kolada (kolada.se) 2025-11-28. Urval: Västernorrlands kommuner, region och riket, 2022–2024."
    ws3["A2"] = "gender: T = totalt, K = kvinnor, M = män. status 'Saknas' = värde saknas."
    wb.save(os.path.join(out, "kolada_export_vasternorrland_2022_2024.xlsx"))


# ---------------------------------------------------------------- 4 support xlsx
BLEK = [("1060", "Olofström"), ("1080", "Karlskrona"), ("1081", "Ronneby"),
        ("1082", "Karlshamn"), ("1083", "Sölvesborg")]
# per year: rows = kommuner + ej fördelat; (kc_n, kc_tkr, inv_n, inv_tkr, ic_n, ic_tkr)
BLEK_DATA = {
    2024: [(6, 420, 2, 1_850, 1, 150), (19, 1_335, 5, 4_620, 7, 1_020),
           (11, 790, 3, 2_310, 3, 435), (14, 1_020, 4, 3_975, 4, 580),
           (7, 505, 2, 1_460, 2, 300), (3, 240, 0, 0, 2, 280)],
    2023: [(5, 365, 3, 2_240, 0, 0), (22, 1_540, 4, 3_380, 6, 870),
           (9, 640, 2, 1_720, 2, 300), (12, 880, 3, 2_950, 3, 450),
           (8, 575, 1, 690, 1, 150), (4, 300, 1, 900, 1, 145)],
}


def write_support(out):
    wb = openpyxl.Workbook()
    ws0 = wb.active
    ws0.title = "Om statistiken"
    for i, t in enumerate([
        "Regionala företagsstöd i Blekinge – beviljade ärenden och belopp",
        "",
        "Tabellerna redovisar stöd som Region Blekinge beviljat under året, per kommun där det stödmottagande företaget har sitt säte.",
        "Konsultcheck: bidrag för köp av extern konsulttjänst, högst 100 tkr per ärende.",
        "Investeringsstöd: regionalt investeringsstöd enligt förordning (2015:210).",
        "Innovationscheck: bidrag för tidiga innovationsprojekt, högst 150 tkr per ärende.",
        "Belopp anges i tusental kronor (tkr). Antal avser beviljade ärenden.",
        "Kontakt: Region Blekinge, Näringsliv och innovation.",
    ], 1):
        ws0.cell(i, 1, t)
    ws0["A1"].font = Font(bold=True, size=13)
    ws0.column_dimensions["A"].width = 110
    groups = ["Konsultcheck", "Investeringsstöd", "Innovationscheck", "Totalt"]
    for year in (2024, 2023):
        ws = wb.create_sheet(str(year))
        ws.cell(1, 1, f"Beviljade regionala företagsstöd {year} per kommun och stödform").font = Font(bold=True, size=12)
        ws.cell(2, 1, "Källa: Region Blekinge, ärendehanteringssystemet (uttag 2025-01-15)")
        ws.cell(4, 1, "Kommunkod")
        ws.cell(4, 2, "Kommun")
        ws.merge_cells(start_row=4, start_column=1, end_row=5, end_column=1)
        ws.merge_cells(start_row=4, start_column=2, end_row=5, end_column=2)
        for gi, g in enumerate(groups):
            c = 3 + gi * 2
            ws.cell(4, c, g)
            ws.merge_cells(start_row=4, start_column=c, end_row=4, end_column=c + 1)
            ws.cell(5, c, "Antal ärenden")
            ws.cell(5, c + 1, "Beviljat, tkr")
        for r in (4, 5):
            for c in range(1, 11):
                ws.cell(r, c).font = BOLD
                ws.cell(r, c).alignment = Alignment(horizontal="center", wrap_text=True)
        rows = BLEK_DATA[year]
        labels = BLEK + [("", "Ej kommunfördelat¹")]
        r = 6
        tot = [0] * 6
        for (code, name), vals in zip(labels, rows):
            ws.cell(r, 1, code)
            ws.cell(r, 2, name)
            for i, v in enumerate(vals):
                ws.cell(r, 3 + i, v)
                tot[i] += v
            ws.cell(r, 9, vals[0] + vals[2] + vals[4])
            ws.cell(r, 10, vals[1] + vals[3] + vals[5])
            r += 1
        ws.cell(r, 1, "10")
        ws.cell(r, 2, "Blekinge län totalt")
        for i, v in enumerate(tot):
            ws.cell(r, 3 + i, v)
        ws.cell(r, 9, tot[0] + tot[2] + tot[4])
        ws.cell(r, 10, tot[1] + tot[3] + tot[5])
        for c in range(1, 11):
            ws.cell(r, c).font = BOLD
        r += 2
        ws.cell(r, 1, "¹ Stöd till företag med verksamhet i flera kommuner eller där säte saknas i länet.")
        ws.column_dimensions["B"].width = 22
        for c in range(3, 11):
            ws.column_dimensions[get_column_letter(c)].width = 13
    wb.save(os.path.join(out, "region_blekinge_foretagsstod_2023_2024.xlsx"))


# ---------------------------------------------------------------- 5 pdf
KRON = ["Uppvidinge", "Lessebo", "Tingsryd", "Alvesta", "Älmhult", "Markaryd",
        "Växjö", "Ljungby"]
# avslutade, varav kvinnor, i arbete/studier
KRON_DATA = [(38, 19, 17), (31, 17, 13), (27, 13, 12), (54, 28, 26),
             (46, 23, 24), (35, 18, 15), (298, 161, 151), (71, 36, 34)]


def write_pdf(out):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (Paragraph, SimpleDocTemplate, Spacer,
                                    Table, TableStyle)

    path = os.path.join(out, "af_etablering_kronoberg_2025.pdf")
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["BodyText"], fontSize=10, leading=13)
    cap = ParagraphStyle("c", parent=body, fontName="Helvetica-Bold")
    small = ParagraphStyle("s", parent=body, fontSize=8, leading=10)

    def header(canvas, doc):
        canvas.saveState()
        w, h = landscape(A4)
        canvas.setFont("Helvetica", 8)
        canvas.drawString(18 * mm, h - 12 * mm, "Arbetsförmedlingen · Analysavdelningen, marknadsområde Syd")
        canvas.drawRightString(w - 18 * mm, h - 12 * mm, "Etableringsprogrammet i Kronobergs län 2025")
        canvas.line(18 * mm, h - 13.5 * mm, w - 18 * mm, h - 13.5 * mm)
        canvas.drawRightString(w - 18 * mm, 10 * mm, "Sida 7")
        canvas.restoreState()

    doc = SimpleDocTemplate(path, pagesize=landscape(A4), leftMargin=18 * mm,
                            rightMargin=18 * mm, topMargin=20 * mm, bottomMargin=16 * mm,
                            title="Etableringsprogrammet i Kronobergs län 2025",
                            author="Arbetsförmedlingen")
    tot = [sum(x[i] for x in KRON_DATA) for i in range(3)]
    story = [
        Paragraph("4. Resultat per kommun", ss["Heading2"]),
        Paragraph(
            "Under 2025 avslutade totalt %d personer sin tid i etableringsprogrammet i Kronobergs län. "
            "Av dessa var %d kvinnor. Nedan redovisas hur många som hade ett arbete eller studerade 90 "
            "dagar efter att de lämnat programmet. Uppföljningen bygger på Arbetsförmedlingens register "
            "och avser status dag 90 efter avslut." % (tot[0], tot[1]), body),
        Spacer(1, 5),
        Paragraph("Tabell 3. Deltagare som avslutat etableringsprogrammet 2025 samt antal och andel i arbete "
                  "eller studier 90 dagar efter avslut, per kommun", cap),
        Spacer(1, 4),
    ]
    hdr = ["Mått"] + KRON + ["Kronobergs län"]
    r_av = ["Avslutade, antal"] + [str(x[0]) for x in KRON_DATA] + [str(tot[0])]
    r_kv = ["  varav kvinnor"] + [str(x[1]) for x in KRON_DATA] + [str(tot[1])]
    r_ia = ["I arbete eller studier 90 dgr, antal"] + [str(x[2]) for x in KRON_DATA] + [str(tot[2])]
    r_an = ["I arbete eller studier 90 dgr, andel (%)"] + [sv(x[2] / x[0] * 100) for x in KRON_DATA] + [sv(tot[2] / tot[0] * 100)]
    t = Table([hdr, r_av, r_kv, r_ia, r_an],
              colWidths=[62 * mm] + [21 * mm] * 8 + [26 * mm])
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5),
        ("FONT", (0, 1), (-1, -1), "Helvetica", 8.5),
        ("FONT", (-1, 1), (-1, -1), "Helvetica-Bold", 8.5),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E6EEF5")),
    ]))
    story += [t, Spacer(1, 3),
              Paragraph("Källa: Arbetsförmedlingen, Datalager (uttag 2026-02-10). Kommun avser deltagarens "
                        "folkbokföringskommun vid avslut.", small),
              Spacer(1, 8),
              Paragraph(
                  "Andelen i arbete eller studier i länet som helhet blev %s procent, vilket är högre än 2024 "
                  "då andelen var 45,8 procent (av 588 avslutade). Skillnaderna mellan kommunerna är dock stora "
                  "och bör tolkas med försiktighet eftersom antalet avslutade i flera kommuner är litet. "
                  "Bland kvinnorna var andelen i arbete eller studier 41,3 procent i länet (130 personer), mot 56,8 procent "
                  "bland männen." % sv(tot[2] / tot[0] * 100), body),
              Spacer(1, 5),
              Paragraph(
                  "Den vanligaste vägen till arbete var subventionerad anställning, främst introduktionsjobb, "
                  "följt av osubventionerat arbete inom vård och omsorg, lager och logistik samt tillverkning. "
                  "Studier avser i huvudsak komvux på grundläggande nivå och sfi i kombination med "
                  "yrkesutbildning.", body)]
    doc.build(story, onFirstPage=header, onLaterPages=header)


# ---------------------------------------------------------------- 6 solar csv
JAMT = [("2303", "Ragunda"), ("2305", "Bräcke"), ("2309", "Krokom"),
        ("2313", "Strömsund"), ("2321", "Åre"), ("2326", "Berg"),
        ("2361", "Härjedalen"), ("2380", "Östersund")]
# antal anläggningar 2020..2024 and MW (3 decimals internally -> shown 2)
JAMT_N = {"Ragunda": [3, 9, 21, 38, 52], "Bräcke": [4, 11, 26, 47, 61],
          "Krokom": [41, 78, 149, 241, 302], "Strömsund": [12, 24, 47, 83, 104],
          "Åre": [37, 66, 121, 197, 248], "Berg": [6, 14, 33, 58, 73],
          "Härjedalen": [15, 29, 58, 96, 121], "Östersund": [188, 317, 561, 902, 1_124]}
JAMT_MW = {"Ragunda": [0.02, 0.07, 0.21, 0.41, 0.58], "Bräcke": [0.03, 0.09, 0.24, 0.47, 0.66],
           "Krokom": [0.48, 0.86, 1.55, 2.49, 3.21], "Strömsund": [0.11, 0.22, 0.43, 0.80, 1.04],
           "Åre": [0.39, 0.71, 1.37, 2.26, 2.93], "Berg": [0.05, 0.12, 0.30, 0.56, 0.74],
           "Härjedalen": [0.14, 0.28, 0.61, 1.05, 1.37], "Östersund": [2.31, 3.92, 6.88, 11.04, 14.36]}


def write_solar(out):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(["Nätanslutna solcellsanläggningar efter region, mått och år"])
    w.writerow(["Jämtlands län och dess kommuner 2020–2024"])
    w.writerow(["Regionkod", "Region", "Mått", "2020", "2021", "2022", "2023", "2024"])

    def fmt_n(v):
        return "x" if v < 5 else str(v)

    def fmt_mw(v, n):
        return "x" if n < 5 else f"{v:.2f}".replace(".", ",")

    totN = [sum(JAMT_N[k][i] for _, k in JAMT) for i in range(5)]
    totMW = [round(sum(JAMT_MW[k][i] for _, k in JAMT), 2) for i in range(5)]
    w.writerow(["23", "Jämtlands län", "Antal anläggningar"] + [str(v) for v in totN])
    w.writerow(["23", "Jämtlands län", "Installerad effekt; MW"] + [f"{v:.2f}".replace(".", ",") for v in totMW])
    for code, k in JAMT:
        w.writerow([code, k, "Antal anläggningar"] + [fmt_n(v) for v in JAMT_N[k]])
        w.writerow([code, k, "Installerad effekt; MW"] + [fmt_mw(v, n) for v, n in zip(JAMT_MW[k], JAMT_N[k])])
    w.writerow([])
    w.writerow(["x = uppgift redovisas inte (färre än 5 anläggningar) men ingår i länets summa."])
    w.writerow(["Avser anläggningar anmälda till nätägaren per den 31 december respektive år."])
    w.writerow(["Källa: Energimyndigheten, Nätanslutna solcellsanläggningar."])
    with open(os.path.join(out, "energimyndigheten_solceller_jamtland_2020_2024.csv"),
              "w", encoding="cp1252", newline="") as f:
        f.write(buf.getvalue())


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "."
    os.makedirs(out, exist_ok=True)
    write_monthly(out)
    write_rate_csv(out)
    write_kolada(out)
    write_support(out)
    write_pdf(out)
    write_solar(out)
    print("wrote 6 files to", out)


if __name__ == "__main__":
    main()
