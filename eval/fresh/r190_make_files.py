#!/usr/bin/env python3
"""r190 – Östergötlands län: writes six realistic, quirky statistics files into OUT_DIR.

Usage: python r190_make_files.py OUT_DIR

 1. sjukresor_hemkommun_tabulate.xlsx       SAS ODS EXCEL output of PROC TABULATE (sjukresor)
 2. uc_foretagslista_tillverkning_ostergotland.csv  business-database company list, Excel-proof ="…" fields
 3. kulturskolan_ostergotland_lagesbild_2024.pdf     report PDF, footnote marks drawn as raised small digits
 4. forskola_kommun_2024.xlsx                CSV opened in Excel with comma as list separator, saved as xlsx
 5. enkat_kompetensforsorjning_2025_forms.xlsx   Microsoft Forms response export (raw answers)
 6. laddbara_bilar_kommun_webbtabell.csv     web table copied from a browser, soft hyphens in names
Deterministic: no clock, fixed seeds.
"""
import datetime as dt
import os
import random
import sys

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

KOMMUNER = [  # code, name, population 31 dec 2024
    ("0509", "Ödeshög", 5290), ("0512", "Ydre", 3620), ("0513", "Kinda", 9960),
    ("0560", "Boxholm", 5520), ("0561", "Åtvidaberg", 11540), ("0562", "Finspång", 21930),
    ("0563", "Valdemarsvik", 7710), ("0580", "Linköping", 167410), ("0581", "Norrköping", 145690),
    ("0582", "Söderköping", 14870), ("0583", "Motala", 43710), ("0584", "Vadstena", 7420),
    ("0586", "Mjölby", 28160),
]
NAMES = [k[1] for k in KOMMUNER]


FIXED = dt.datetime(2025, 11, 14, 9, 30, 0)


def save_wb(wb, path, creator):
    """Save an openpyxl workbook byte-for-byte reproducibly (fixed properties and zip timestamps)."""
    import io
    import re as _re
    import zipfile
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = _re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2025-11-14T09:30:00Z", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 11, 14, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, data)


def sv(n, dec=0):
    """Swedish number: space thousands, decimal comma."""
    s = f"{n:,.{dec}f}".replace(",", " ").replace(".", ",")
    return s


# =====================================================================================
# 1. SAS PROC TABULATE via ODS EXCEL – sjukresor per hemkommun
# =====================================================================================
SJUK = {  # rate 2024 (trips/inh), growth 23->24, mean cost 2024 kr, mean cost change
    "Ödeshög": (1.18, 0.021, 468), "Ydre": (1.42, -0.030, 611), "Kinda": (1.21, 0.044, 503),
    "Boxholm": (1.05, 0.012, 412), "Åtvidaberg": (0.98, 0.006, 389), "Finspång": (0.91, -0.018, 402),
    "Valdemarsvik": (1.33, 0.059, 547), "Linköping": (0.44, 0.032, 238), "Norrköping": (0.57, 0.027, 251),
    "Söderköping": (0.86, 0.068, 356), "Motala": (0.79, 0.015, 331), "Vadstena": (1.12, -0.024, 372),
    "Mjölby": (0.74, 0.039, 318),
}


def sjukresor_data():
    rnd = random.Random(19001)
    rows = []  # label, {year: (N, Sum)}
    miss_n = 2146
    rows.append((".", {2023: None, 2024: (miss_n, round(miss_n * 642.4))}))
    for code, name, pop in KOMMUNER:
        rate, g, mean = SJUK[name]
        n24 = round(pop * rate)
        n23 = round(n24 / (1 + g))
        s24 = round(n24 * mean * (1 + rnd.uniform(-0.008, 0.008)))
        s23 = round(n23 * mean / 1.047 * (1 + rnd.uniform(-0.01, 0.01)))
        rows.append((name, {2023: (n23, s23), 2024: (n24, s24)}))
    tot = {}
    for y in (2023, 2024):
        tot[y] = (sum(r[1][y][0] for r in rows if r[1][y]), sum(r[1][y][1] for r in rows if r[1][y]))
    # by mode of travel (county only)
    modes = [("Allmän kollektivtrafik", 0.142, 96.0), ("Egen bil (milersättning)", 0.091, 184.0),
             ("Sjukresetaxi, samåkning", 0.676, 0.0), ("Specialfordon (rullstol/bår)", 0.087, 830.0)]
    bymode = {m[0]: {} for m in modes}
    for y, (tn, ts) in tot.items():
        f = 1.0 if y == 2024 else 0.985
        n_used = s_used = 0
        ns = {}
        for i, (m, share, mean) in enumerate(modes):
            if m.startswith("Sjukresetaxi"):
                continue
            n = round(tn * share * f)
            s = round(n * mean * (1.0 if y == 2024 else 0.955))
            ns[m] = (n, s)
            n_used += n
            s_used += s
        ns["Sjukresetaxi, samåkning"] = (tn - n_used, ts - s_used)
        for m in bymode:
            bymode[m][y] = ns[m]
    return rows, tot, bymode


def make_sas(path):
    rows, tot, bymode = sjukresor_data()
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tabulate 1 - Cross-tabular sum"
    hdr_fill = PatternFill("solid", fgColor="EDF2F9")
    data_fill = PatternFill("solid", fgColor="FFFFFF")
    thin = Side(style="thin", color="C1C1C1")
    bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    hfont = Font(name="Arial", size=10, bold=True, color="112277")
    dfont = Font(name="Arial", size=10)
    tfont = Font(name="Arial", size=13, bold=True, color="112277")

    def H(r, c, v, r2=None, c2=None, align="center"):
        cell = ws.cell(r, c, v)
        if r2 or c2:
            ws.merge_cells(start_row=r, start_column=c, end_row=r2 or r, end_column=c2 or c)
            for rr in range(r, (r2 or r) + 1):
                for cc in range(c, (c2 or c) + 1):
                    x = ws.cell(rr, cc)
                    x.fill = hdr_fill
                    x.border = bd
        cell.fill = hdr_fill
        cell.border = bd
        cell.font = hfont
        cell.alignment = Alignment(horizontal=align, vertical="bottom", wrap_text=True)
        return cell

    def D(r, c, v, fmt):
        cell = ws.cell(r, c, v)
        cell.fill = data_fill
        cell.border = bd
        cell.font = dfont
        cell.alignment = Alignment(horizontal="right")
        if not isinstance(v, str):
            cell.number_format = fmt
        return cell

    ws.cell(1, 1, "Sjukresor per hemkommun och år").font = tfont
    ws.merge_cells("A1:J1")
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.cell(2, 1, "Region Östergötland, Sjukreseenheten – uttag ur beställningssystemet 2025-02-10").font = Font(
        name="Arial", size=11, bold=True, color="112277")
    ws.merge_cells("A2:J2")
    ws["A2"].alignment = Alignment(horizontal="center")
    # ---- table 1
    r0 = 4
    H(r0, 1, None, r0 + 3, 1)
    H(r0, 2, "År", None, 7)
    H(r0, 8, "All", r0 + 1, 10)
    H(r0 + 1, 2, "2023", None, 4)
    H(r0 + 1, 5, "2024", None, 7)
    for c in (2, 5, 8):
        H(r0 + 2, c, "Kostnad, kr", None, c + 2)
        H(r0 + 3, c, "Antal resor")
        H(r0 + 3, c + 1, "Summa")
        H(r0 + 3, c + 2, "Medel")
    r = r0 + 4
    H(r, 1, "Hemkommun", align="left")
    for c in range(2, 11):
        D(r, c, None, "General")
    r += 1

    def put_row(r, label, per_year):
        H(r, 1, label, align="left")
        allN = sum(v[0] for v in per_year.values() if v)
        allS = sum(v[1] for v in per_year.values() if v)
        for c, v in ((2, per_year[2023]), (5, per_year[2024]), (8, (allN, allS))):
            if v is None:
                for k in range(3):
                    D(r, c + k, ".", None)
            else:
                D(r, c, v[0], "# ##0")
                D(r, c + 1, v[1], "# ##0")
                D(r, c + 2, v[1] / v[0], "# ##0.0")

    for label, per_year in rows:
        put_row(r, label, per_year)
        r += 1
    put_row(r, "All", {2023: tot[2023], 2024: tot[2024]})
    r += 2
    ws.cell(r, 1, "Hemkommun saknas (.) för resor bokade via e-tjänsten innan kopplingen till folkbokföringen "
                  "infördes; gäller mars–december 2024.").font = Font(name="Arial", size=9, italic=True)
    r += 1
    ws.cell(r, 1, "Kostnad = bruttokostnad före patientens egenavgift. Medel = genomsnittlig kostnad per resa.").font = \
        Font(name="Arial", size=9, italic=True)
    # ---- table 2 (same sheet, second TABLE statement)
    r += 3
    r0 = r
    H(r0, 1, None, r0 + 3, 1)
    H(r0, 2, "År", None, 5)
    H(r0, 6, "All", r0 + 1, 7)
    H(r0 + 1, 2, "2023", None, 3)
    H(r0 + 1, 4, "2024", None, 5)
    for c in (2, 4, 6):
        H(r0 + 2, c, "Kostnad, kr", None, c + 1)
        H(r0 + 3, c, "Antal resor")
        H(r0 + 3, c + 1, "Summa")
    r = r0 + 4
    H(r, 1, "Färdsätt", align="left")
    for c in range(2, 8):
        D(r, c, None, "General")
    r += 1
    for m, per_year in list(bymode.items()) + [("All", tot)]:
        H(r, 1, m, align="left")
        vals = [per_year[2023], per_year[2024],
                (per_year[2023][0] + per_year[2024][0], per_year[2023][1] + per_year[2024][1])]
        for c, v in zip((2, 4, 6), vals):
            D(r, c, v[0], "# ##0")
            D(r, c + 1, v[1], "# ##0")
        r += 1
    ws.column_dimensions["A"].width = 30
    for c in range(2, 11):
        ws.column_dimensions[get_column_letter(c)].width = 13
    save_wb(wb, path, "SAS Institute Inc.")


# =====================================================================================
# 2. Company list from a business database – Excel-proof ="…" fields, cp1252
# =====================================================================================
POST = {  # kommun: (list of (postort, postnr prefix)), phone area code
    "Ödeshög": ([("Ödeshög", "599 3")], "0144"), "Ydre": ([("Österbymo", "570 6")], "0381"),
    "Kinda": ([("Kisa", "590 4"), ("Rimforsa", "590 4")], "0494"),
    "Boxholm": ([("Boxholm", "590 1")], "0142"), "Åtvidaberg": ([("Åtvidaberg", "597 3")], "0120"),
    "Finspång": ([("Finspång", "612 3"), ("Rejmyre", "610 1")], "0122"),
    "Valdemarsvik": ([("Valdemarsvik", "615 3"), ("Gusum", "610 4")], "0123"),
    "Linköping": ([("Linköping", "58"), ("Malmslätt", "590 7"), ("Ljungsbro", "590 6")], "013"),
    "Norrköping": ([("Norrköping", "60"), ("Krokek", "618 3"), ("Åby", "616 3")], "011"),
    "Söderköping": ([("Söderköping", "614 3")], "0121"), "Motala": ([("Motala", "591 3"), ("Borensberg", "590 3")], "0141"),
    "Vadstena": ([("Vadstena", "592 3")], "0143"), "Mjölby": ([("Mjölby", "595 3"), ("Mantorp", "590 2"), ("Skänninge", "596 3")], "0142"),
}
CODE = {n: c for c, n, _ in KOMMUNER}
SNI = {
    "10710": "Tillverkning av mjukt matbröd och färska bakverk", "10830": "Rostning av kaffe",
    "16101": "Sågning av trä", "16230": "Tillverkning av monteringsfärdiga hus och byggnadssnickerier",
    "22290": "Tillverkning av övriga plastvaror", "23610": "Tillverkning av betongvaror för byggändamål",
    "24530": "Gjutning av lättmetaller", "25110": "Tillverkning av metallstommar och delar därav",
    "25610": "Beläggning och överdragning av metall", "25620": "Metallegoarbeten",
    "25930": "Tillverkning av tråd- och kedjeprodukter samt fjädrar", "25990": "Tillverkning av övriga metallvaror",
    "26110": "Tillverkning av elektroniska komponenter", "27110": "Tillverkning av elmotorer, generatorer och transformatorer",
    "28120": "Tillverkning av hydraulisk och pneumatisk utrustning", "28220": "Tillverkning av lyft- och godshanteringsanordningar",
    "28410": "Tillverkning av metallbearbetningsmaskiner", "28990": "Tillverkning av övriga specialmaskiner",
    "29320": "Tillverkning av andra delar och andra tillbehör till motorfordon", "30120": "Byggande av fritidsbåtar",
    "31010": "Tillverkning av kontors- och butiksmöbler", "33120": "Reparation av maskiner",
}
INTERVALS = [(1, 4), (5, 9), (10, 19), (20, 49), (50, 99), (100, 199), (200, 499), (500, 999)]


def interval_of(n):
    for lo, hi in INTERVALS:
        if lo <= n <= hi:
            return f"{lo}-{hi}"
    raise ValueError(n)


# hand-made rows: name, kommun, postort, sni, employees (None = only interval), interval, oms, res, period
HAND = [
    ("Mjölby Hydraulteknik AB", "Mjölby", "Mjölby", "28120", 212, None, 486310, 31240, "2024-01-01 - 2024-12-31"),
    ("Mantorps Plåtform AB", "Mjölby", "Mantorp", "25110", None, "50-99", 88452, 4119, "2024-01-01 - 2024-12-31"),
    ("Skänninge Snickerifabrik AB", "Mjölby", "Skänninge", "16230", 37, None, 52304, 1877, "2024-01-01 - 2024-12-31"),
    ("Svartådalens Träindustri AB", "Mjölby", "Mjölby", "16101", 64, None, 143877, 9904, "2024-01-01 - 2024-12-31"),
    ("Östgöta Lyftsystem AB", "Mjölby", "Mantorp", "28220", None, "100-199", 251906, 18422, "2023-09-01 - 2024-08-31"),
    ("Mjölby Bageri & Konditori AB", "Mjölby", "Mjölby", "10710", 14, None, 11630, 412, "2024-01-01 - 2024-12-31"),
    ("Lagerqvist Elektronik AB", "Mjölby", "Mjölby", "26110", 48, None, 77215, -2310, "2024-01-01 - 2024-12-31"),
    ("Skänninge Betongvaror AB", "Mjölby", "Skänninge", "23610", 9, None, 15402, 1120, "2024-01-01 - 2024-12-31"),
    ("Strålsnäs Maskin AB", "Boxholm", "Mjölby", "28990", 71, None, 129540, 6620, "2024-01-01 - 2024-12-31"),
    ("Borensbergs Svetsindustri AB", "Motala", "Borensberg", "25110", 44, None, 74620, 3388, "2024-01-01 - 2024-12-31"),
    ("Motala Precisionsdetaljer AB", "Motala", "Motala", "25620", 86, None, 131880, 10214, "2024-01-01 - 2024-12-31"),
    ("Vätterstrandens Smide AB", "Motala", "Motala", "25990", 11, None, 18340, 905, "2024-01-01 - 2024-12-31"),
    ("Göta Kanal Ytbehandling AB", "Motala", "Borensberg", "25610", None, "20-49", 42900, 2780, "2023-05-01 - 2024-04-30"),
    ("Motala Fjäderfabrik AB", "Motala", "Motala", "25930", 23, None, 27510, -640, "2024-01-01 - 2024-12-31"),
    ("Nya Motala Plåt AB", "Motala", "Motala", "25110", None, "1-4", None, None, ""),
    ("Motala Elmotorteknik AB", "Motala", "Motala", "27110", 132, None, 301455, 22810, "2024-01-01 - 2024-12-31"),
    ("Motala Metallmaskiner AB", "Motala", "Motala", "28410", 58, None, 117300, 7015, "2024-01-01 - 2024-12-31"),
    ("Vätterns Båtbyggeri AB", "Motala", "Motala", "30120", 17, None, 24880, 1310, "2024-01-01 - 2024-12-31"),
    ("Motala Kafferosteri AB", "Motala", "Motala", "10830", 6, None, 9120, 388, "2024-01-01 - 2024-12-31"),
    ("Kisa Gjuteri AB", "Kinda", "Kisa", "24530", 52, None, 61240, 2210, "2023-01-01 - 2023-12-31"),
    ("Rimforsa Trähus AB", "Kinda", "Rimforsa", "16230", 29, None, 48610, 1904, "2024-01-01 - 2024-12-31"),
    ("Kinda Mekaniska Verkstad AB", "Kinda", "Kisa", "25620", 19, None, 21030, 1566, "2024-01-01 - 2024-12-31"),
]
PREFIX = {
    "Ödeshög": ["Ödeshögs", "Alvastra", "Ombergs"], "Ydre": ["Ydre", "Österbymo", "Asby"],
    "Boxholm": ["Boxholms", "Malexanders"], "Åtvidaberg": ["Åtvids", "Grebo", "Björsäter"],
    "Finspång": ["Finspångs", "Rejmyre", "Hällestads", "Grytgöls"],
    "Valdemarsvik": ["Valdemarsviks", "Gusums", "Ringarums"],
    "Linköping": ["Linköpings", "Malmslätts", "Ljungsbro", "Tornby", "Stångå", "Roxen"],
    "Norrköping": ["Norrköpings", "Krokeks", "Åby", "Bråviken", "Motala Ström", "Kolmårdens"],
    "Söderköping": ["Söderköpings", "Mems", "Östra Ny"], "Vadstena": ["Vadstena", "Vätterviks"],
}
SUFFIX = [("Mekaniska Verkstad AB", "25620"), ("Plåtslageri AB", "25110"), ("Industriplast AB", "22290"),
          ("Maskinteknik AB", "28990"), ("Bageri AB", "10710"), ("Såg & Hyvleri AB", "16101"),
          ("Snickerifabrik AB", "16230"), ("Betong AB", "23610"), ("Fordonskomponenter AB", "29320"),
          ("Möbelindustri AB", "31010"), ("Industriservice AB", "33120"), ("Elektronik AB", "26110"),
          ("Ytbehandling AB", "25610"), ("Smide & Svets AB", "25990")]
WEIGHTS = {"Linköping": 14, "Norrköping": 12, "Finspång": 6, "Åtvidaberg": 4, "Söderköping": 4,
           "Valdemarsvik": 3, "Vadstena": 3, "Ödeshög": 3, "Boxholm": 2, "Ydre": 2}


def foretag_rows():
    rnd = random.Random(19002)
    rows = list(HAND)
    used = {r[0] for r in rows}
    for kommun, k in WEIGHTS.items():
        for _ in range(k):
            for _try in range(50):
                suf, sni = rnd.choice(SUFFIX)
                name = f"{rnd.choice(PREFIX[kommun])} {suf}"
                if name not in used:
                    break
            used.add(name)
            postort = rnd.choice(POST[kommun][0])[0]
            emp = int(round(rnd.lognormvariate(2.8, 1.0)))
            emp = max(1, min(emp, 640))
            if rnd.random() < 0.15:
                e, iv = None, interval_of(emp)
            else:
                e, iv = emp, None
            oms = int(emp * rnd.uniform(900, 2600))
            res = int(oms * rnd.uniform(-0.05, 0.11))
            per = rnd.choice(["2024-01-01 - 2024-12-31"] * 6 + ["2023-01-01 - 2023-12-31",
                                                                   "2023-07-01 - 2024-06-30"])
            rows.append((name, kommun, postort, sni, e, iv, oms, res, per))
    rnd.shuffle(rows)
    rows.sort(key=lambda r: r[0])  # exported sorted by company name
    return rows


def make_foretag(path):
    rnd = random.Random(19003)
    hdr = ["Org.nr", "Företagsnamn", "Utdelningsadress", "Postnr", "Postort", "Kommunkod", "Kommun",
           "SNI 2007", "SNI-beskrivning", "Anställda (intervall)", "Anställda", "Omsättning (tkr)",
           "Res. e. fin. (tkr)", "Bokslutsperiod", "Telefon"]
    streets = ["Industrigatan", "Verkstadsvägen", "Hantverkargatan", "Företagsvägen", "Smedjegatan",
               "Järnvägsgatan", "Lagergatan", "Fabriksgatan", "Svetsaregatan", "Gjutargatan"]
    out = [";".join(f'"{h}"' for h in hdr)]
    for name, kommun, postort, sni, emp, iv, oms, res, per in foretag_rows():
        orgnr = f"55{rnd.randint(5000, 9999)}-{rnd.randint(1000, 9999)}"
        pref = dict(POST[kommun][0]).get(postort) or dict(POST["Mjölby"][0]).get(postort)
        if len(pref) == 2:
            postnr = f"{pref}{rnd.randint(1, 9)} {rnd.randint(10, 99)}"
        else:
            postnr = f"{pref}{rnd.randint(0, 9)}"
        phone_ac = POST[kommun][1]
        phone = f"{phone_ac}-{rnd.randint(10, 99)} {rnd.randint(10, 99)} {rnd.randint(10, 99)}"
        addr = f"{rnd.choice(streets)} {rnd.randint(1, 40)}"
        if iv is None:
            iv = interval_of(emp)
        cells = [f'="{orgnr}"', f'"{name}"', f'"{addr}"', f'="{postnr}"', f'"{postort.upper()}"',
                 f'="{CODE[kommun]}"', f'"{kommun}"', f'="{sni}"', f'"{SNI[sni]}"', f'="{iv}"',
                 "" if emp is None else str(emp), "" if oms is None else str(oms),
                 "" if res is None else str(res), f'"{per}"', f'="{phone}"']
        out.append(";".join(cells))
    with open(path, "wb") as f:
        f.write(("\r\n".join(out) + "\r\n").encode("cp1252"))


# =====================================================================================
# 3. Kulturskolan PDF – footnote marks as raised small digits (glue to numbers in text)
# =====================================================================================
KULTUR = [  # name, pupils 2024, pupils 2023, inhabitants 6–15, fee kr/term, queue
    ("Ödeshög", 151, 146, 612, 600, 12), ("Ydre", 96, 101, 402, 550, None),
    ("Kinda", 311, 297, 1148, 650, 38), ("Boxholm", 134, 139, 663, 600, 9),
    ("Åtvidaberg", 348, 339, 1392, 700, 44), ("Finspång", 460, 472, 2541, 650, 61),
    ("Valdemarsvik", 172, 161, 802, 500, 7), ("Linköping", 3894, 3822, 19870, 795, 1126),
    ("Norrköping", 3412, 3298, 17720, 750, 684), ("Söderköping", 406, 391, 1806, 700, 53),
    ("Motala", 1136, 1098, 5212, 450, 97), ("Vadstena", 212, 219, 806, 600, 15),
    ("Mjölby", 802, 779, 3645, 680, 88),
]
# (kommun, column index) -> footnote digit; columns: 1 e2024, 2 e2023, 3 andel, 4 avgift, 5 kö
KULTUR_FN = {("Norrköping", 1): "1", ("Motala", 4): "2", ("Linköping", 5): "3", ("Mjölby", 3): "4"}
AMNEN = [("Musik (instrument, sång, ensemble)", 6904, 6811, 55), ("Dans", 2118, 2046, 91),
         ("Teater och musikal", 1037, 1012, 73), ("Bild och form", 1176, 1105, 68),
         ("Film, foto och digitalt skapande", 402, 351, 44), ("Cirkus", 188, 174, 62),
         ("Skrivande och slöjd", 133, 141, 79)]


def make_kultur(path):
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("Kulturskolan i Östergötland – lägesbild 2024")
    c.setAuthor("Region Östergötland, Kultur och bildning")
    W, Hh = A4
    L, R = 56, W - 56

    def header_footer(p):
        c.setFont("Helvetica", 8)
        c.setFillGray(0.35)
        c.drawString(L, Hh - 36, "Region Östergötland | Kultur och bildning | Kulturskolan i Östergötland – lägesbild 2024")
        c.drawRightString(R, 30, f"Sida {p} av 2")
        c.setFillGray(0)

    def para(text, y, size=9.5, lead=13.5, width=None):
        from reportlab.lib.utils import simpleSplit
        lines = simpleSplit(text, "Helvetica", size, width or (R - L))
        c.setFont("Helvetica", size)
        for ln in lines:
            c.drawString(L, y, ln)
            y -= lead
        return y - 4

    def num_cell(x_right, y, main, sup=None, bold=False, size=9):
        font = "Helvetica-Bold" if bold else "Helvetica"
        t = c.beginText()
        t.setFont(font, size)
        t.setTextOrigin(x_right - stringWidth(main, font, size), y)
        t.textOut(main)
        if sup:
            t.setFont(font, 5.5)
            t.setRise(3.6)
            t.textOut(sup)
            t.setRise(0)
        c.drawText(t)

    # ---------------- page 1
    header_footer(1)
    y = Hh - 78
    c.setFont("Helvetica-Bold", 16)
    c.drawString(L, y, "Kulturskolan i Östergötland – lägesbild 2024")
    y -= 24
    y = para("Länets tretton kommuner driver alla kulturskoleverksamhet, antingen i egen regi eller i samverkan. "
             "Under 2024 ökade antalet elever i de flesta kommuner, men nivån är fortfarande lägre än före pandemin: "
             "år 2019 hade kulturskolorna i länet 11 870 elever. Målet i den regionala kulturplanen är att minst "
             "25 procent av länets 6–15-åringar ska delta i kulturskolans kurser år 2027.", y)
    y = para("Utöver tabellens ämneskurser når El Sistema i Norrköping ytterligare omkring 600 barn och "
             "Linköpings öppna verksamhet (prova-på och lovkurser) 412 barn; dessa ingår inte i Tabell 1. "
             "Antalet elever avser unika individer; en elev som deltar i flera kurser räknas en gång.", y)
    y -= 6
    c.setFont("Helvetica-Bold", 10)
    c.drawString(L, y, "Tabell 1. Elever i kulturskolan, andel av invånare 6–15 år, avgift och kö per kommun")
    y -= 10
    cols = [L, 170, 235, 300, 380, 460, R]  # column edges
    rights = [None, 228, 293, 370, 450, 520]
    c.setLineWidth(0.8)
    c.line(L, y, R, y)
    heads = [("Kommun",), ("Elever", "2024"), ("Elever", "2023"), ("Andel av", "6–15 år, %"),
             ("Avgift ämnes-", "kurs, kr/termin"), ("Kö", "31 dec 2024")]
    c.setFont("Helvetica-Bold", 8.5)
    for i, h in enumerate(heads):
        for j, part in enumerate(h):
            yy = y - 12 - j * 10
            if i == 0:
                c.drawString(L + 2, y - 22, part)
            else:
                c.drawRightString(rights[i], yy, part)
    y -= 28
    c.setLineWidth(0.5)
    c.line(L, y, R, y)
    y -= 13
    tot24 = sum(k[1] for k in KULTUR)
    tot23 = sum(k[2] for k in KULTUR)
    totpop = sum(k[3] for k in KULTUR)
    totq = sum(k[5] for k in KULTUR if k[5] is not None)
    for i, (name, e24, e23, pop, fee, q) in enumerate(KULTUR):
        if i % 2 == 1:
            c.setFillColorRGB(0.93, 0.95, 0.97)
            c.rect(L, y - 3.5, R - L, 13.5, stroke=0, fill=1)
            c.setFillGray(0)
        c.setFont("Helvetica", 9)
        c.drawString(L + 2, y, name)
        vals = [sv(e24), sv(e23), sv(e24 / pop * 100, 1), sv(fee), ".." if q is None else sv(q)]
        for j, v in enumerate(vals, start=1):
            num_cell(rights[j], y, v, KULTUR_FN.get((name, j)))
        y -= 13.5
    c.line(L, y + 9, R, y + 9)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(L + 2, y - 1, "Östergötlands län")
    for j, v in enumerate([sv(tot24), sv(tot23), sv(tot24 / totpop * 100, 1), "–", sv(totq)], start=1):
        num_cell(rights[j], y - 1, v, None, bold=True)
    y -= 8
    c.setLineWidth(0.8)
    c.line(L, y, R, y)
    y -= 12
    notes = ["1 Preliminär uppgift; Norrköpings kulturskola har bytt elevregister under hösten 2024.",
             "2 Avgiften avser vårterminen 2024. Från och med höstterminen 2024 är ämneskursen avgiftsfri i Motala.",
             "3 Kön inkluderar sökande till både ämneskurs och ensemble.",
             "4 Andelen avser elever folkbokförda i kommunen.",
             ".. Uppgift saknas. – Ej tillämpligt. Länets kö är summan av de kommuner som redovisat kö.",
             "Källa: Kulturskolornas verksamhetsuppgifter till Region Östergötland, insamling januari 2025."]
    c.setFont("Helvetica", 7.5)
    for n in notes:
        c.drawString(L, y, n)
        y -= 10
    # ---------------- page 2
    c.showPage()
    header_footer(2)
    y = Hh - 78
    c.setFont("Helvetica-Bold", 12)
    c.drawString(L, y, "Ämnesområden och deltagande")
    y -= 20
    y = para("Musik är fortfarande det största ämnesområdet, men dans och digitalt skapande växer snabbast. "
             "En elev kan delta i flera ämnesområden, varför summan i Tabell 2 är större än antalet elever i "
             "Tabell 1. Könsfördelningen redovisas endast för länet som helhet eftersom flera kommuner inte "
             "kunnat ta fram uppgifter om kön per elev.", y)
    y -= 6
    c.setFont("Helvetica-Bold", 10)
    c.drawString(L, y, "Tabell 2. Deltagare per ämnesområde, Östergötlands län, 2024 och 2023")
    y -= 10
    rights2 = [None, 330, 400, 500]
    c.setLineWidth(0.8)
    c.line(L, y, R, y)
    c.setFont("Helvetica-Bold", 8.5)
    c.drawString(L + 2, y - 22, "Ämnesområde")
    for i, h in enumerate([("Deltagare", "2024"), ("Deltagare", "2023"), ("Andel flickor", "2024, %")], start=1):
        for j, part in enumerate(h):
            c.drawRightString(rights2[i], y - 12 - j * 10, part)
    y -= 28
    c.setLineWidth(0.5)
    c.line(L, y, R, y)
    y -= 13
    for name, d24, d23, girls in AMNEN:
        c.setFont("Helvetica", 9)
        c.drawString(L + 2, y, name)
        for j, v in enumerate([sv(d24), sv(d23), sv(girls)], start=1):
            num_cell(rights2[j], y, v)
        y -= 13.5
    c.line(L, y + 9, R, y + 9)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(L + 2, y - 1, "Samtliga deltagare")
    s24 = sum(a[1] for a in AMNEN)
    s23 = sum(a[2] for a in AMNEN)
    g = sum(a[1] * a[3] for a in AMNEN) / s24
    for j, v in enumerate([sv(s24), sv(s23), sv(g)], start=1):
        num_cell(rights2[j], y - 1, v, bold=True)
    y -= 8
    c.setLineWidth(0.8)
    c.line(L, y, R, y)
    y -= 24
    y = para("Kommunernas kostnader för kulturskolan uppgick till sammanlagt 118,6 miljoner kronor 2024 "
             "(2023: 112,9 miljoner kronor). Antalet lärare motsvarade 164 årsarbetare, varav 71 procent med "
             "pedagogisk högskoleexamen. Väntetiden för en plats i kö var i genomsnitt 7 månader; i Linköping "
             "var den längst, omkring 14 månader.", y)
    y = para("Nästa lägesbild publiceras hösten 2025 och kommer då även att omfatta kulturskolornas arbete "
             "med barn med funktionsnedsättning.", y)
    c.showPage()
    c.save()


# =====================================================================================
# 4. Förskola – semicolon CSV opened with comma as list separator, saved as xlsx
# =====================================================================================
FORSKOLA = [  # code, name, children 2024, 2023, share enrolled 1–5, FTE staff, share licensed teachers, per group
    ("0509", "Ödeshög", 232, 241, 84.1, 44.3, 38.6, 14.2), ("0512", "Ydre", 98, 104, 82.7, 19.0, None, 13.1),
    ("0513", "Kinda", 447, 452, 86.0, 85.1, 34.8, 15.0), ("0560", "Boxholm", 268, 259, 85.2, 48.1, 31.9, 15.8),
    ("0561", "Åtvidaberg", 556, 571, 87.4, 106.2, 41.5, 15.3), ("0562", "Finspång", 1081, 1102, 86.9, 199.4, 36.2, 15.9),
    ("0563", "Valdemarsvik", 298, 305, 83.3, 58.7, 40.3, 14.0), ("0580", "Linköping", 9512, 9641, 88.6, 1861.5, 46.8, 15.6),
    ("0581", "Norrköping", 8204, 8377, 86.2, 1552.0, 39.9, 16.1), ("0582", "Söderköping", 745, 733, 88.1, 141.6, 43.0, 15.2),
    ("0583", "Motala", 2168, 2203, 85.7, 392.3, 35.1, 16.4), ("0584", "Vadstena", 321, 330, 87.9, 61.8, 44.7, 14.6),
    ("0586", "Mjölby", 1502, 1488, 87.2, 271.9, 37.4, 16.0),
]
RIKET_FSK = ("00", "Riket", 511240, 517925, 86.4, 100245.1, 43.8, 15.1)


def forskola_lines():
    def line(code, name, b24, b23, inskr, aa, leg, grp):
        return ";".join([code, name, sv(b24), sv(b23), sv(inskr, 1), sv(aa, 1), sv(b24 / aa, 1),
                         ".." if leg is None else sv(leg, 1), sv(grp, 1)])
    lines = ["Barn och personal i förskolan, per kommun. Läsår 2024/25 (mätdatum 15 oktober 2024)",
             "Källa: Skolverket, Sveriges officiella statistik. Uttag 2025-04-11",
             "",
             "Kommunkod;Kommun;Antal barn 2024;Antal barn 2023;Andel inskrivna barn 1–5 år (%);Årsarbetare;"
             "Barn per årsarbetare;Andel årsarbetare med förskollärarlegitimation (%);Barn per barngrupp"]
    for r in FORSKOLA:
        lines.append(line(*r))
    lines.append("")
    # county: weighted values
    b24 = sum(r[2] for r in FORSKOLA)
    b23 = sum(r[3] for r in FORSKOLA)
    aa = sum(r[5] for r in FORSKOLA)
    inskr = 86.9
    leg = 42.1
    grp = 15.7
    lines.append(line("05", "Östergötlands län", b24, b23, inskr, aa, leg, grp))
    lines.append(line(*RIKET_FSK))
    lines.append("")
    lines.append(".. = uppgift saknas eller för få årsarbetare för att redovisas")
    lines.append("Barn per årsarbetare: inskrivna barn i förskola delat med antal årsarbetare (omräknat till heltid), "
                 "pedagogisk omsorg ingår inte")
    return lines


def make_forskola(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "forskola_kommun_2024_export"  # Excel names the sheet after the CSV file
    for i, ln in enumerate(forskola_lines(), start=1):
        if not ln:
            continue
        for j, chunk in enumerate(ln.split(","), start=1):
            # Excel (English list separator) turns pure-number chunks into numbers
            v = chunk
            if chunk.strip().isdigit():
                v = int(chunk)
            ws.cell(i, j, v)
    save_wb(wb, path, "Karlsson Anna (RÖ)")


# =====================================================================================
# 5. Microsoft Forms export – raw responses
# =====================================================================================
Q_KOMMUN = "I vilken kommun har företaget sitt huvudsakliga verksamhetsställe?"
Q_STORLEK = "Hur många anställda har företaget?"
Q_BRANSCH = "Vilken bransch tillhör företaget huvudsakligen?"
Q_REKR = "Har företaget försökt rekrytera personal under de senaste 12 månaderna?"
Q_SVAR = "Hur upplevde ni rekryteringen?"
Q_KOMP = "Vilka kompetenser har varit svårast att hitta? Välj högst tre."
Q_PLAN = "Hur många personer planerar företaget att anställa under de kommande 12 månaderna?"
Q_NOJD = "Hur nöjda är ni med utbudet av utbildningar i regionen som matchar era behov? (1 = inte alls nöjda, 5 = mycket nöjda)"
Q_OVR = "Övriga synpunkter"
KOMP = ["Ingenjörer", "Tekniker/automation", "Svetsare/CNC-operatörer", "Elektriker", "Lastbilsförare",
        "Säljare", "Kockar/restaurangpersonal", "Undersköterskor", "IT-utvecklare", "Ekonomer", "Annat"]
NKP_KOMP = [
    ["Lastbilsförare", "Elektriker"], ["Lastbilsförare", "Undersköterskor"],
    ["Ingenjörer", "Tekniker/automation", "Svetsare/CNC-operatörer"], ["Lastbilsförare"],
    ["Undersköterskor", "Kockar/restaurangpersonal"], ["Ingenjörer", "Elektriker", "Lastbilsförare"],
    ["Undersköterskor"], ["Lastbilsförare", "Säljare"], ["Ingenjörer", "Svetsare/CNC-operatörer", "Elektriker"],
    ["Undersköterskor", "Lastbilsförare"], ["Tekniker/automation", "Ingenjörer"],
    ["Lastbilsförare", "Elektriker", "Svetsare/CNC-operatörer"], ["Undersköterskor", "Kockar/restaurangpersonal"],
    ["Ingenjörer", "Säljare"], ["Lastbilsförare", "Undersköterskor", "Elektriker"],
    ["Lastbilsförare", "Tekniker/automation", "Ingenjörer"], ["Undersköterskor", "Svetsare/CNC-operatörer"],
]
FORMS_N = {"Linköping": 38, "Norrköping": 24, "Motala": 14, "Mjölby": 11, "Finspång": 10, "Söderköping": 8,
           "Åtvidaberg": 7, "Kinda": 7, "Valdemarsvik": 6, "Vadstena": 6, "Boxholm": 5, "Ödeshög": 6, "Ydre": 4}
BRANSCHER = ["Tillverkning", "Bygg och anläggning", "Handel", "IT och tech", "Besöksnäring", "Transport och logistik",
             "Vård och omsorg (privat)", "Annat"]


def forms_rows():
    rnd = random.Random(19005)
    resp = []
    nkp_iter = iter(NKP_KOMP)
    for kommun, n in FORMS_N.items():
        n_ja = 17 if kommun == "Norrköping" else None
        for i in range(n):
            storlek = rnd.choices(["1–9", "10–49", "50–249", "250 eller fler"], [40, 35, 18, 7])[0]
            bransch = rnd.choices(BRANSCHER, [24, 14, 12, 10, 10, 9, 8, 13])[0]
            if n_ja is not None:
                ja = i < n_ja
            else:
                ja = rnd.random() < 0.7
            if ja:
                svar = rnd.choices(["Mycket svårt", "Ganska svårt", "Ganska lätt", "Mycket lätt"], [28, 37, 27, 8])[0]
                if kommun == "Norrköping":
                    komp = next(nkp_iter)
                else:
                    komp = rnd.sample(KOMP[:-1], rnd.choice([1, 2, 2, 3, 3]))
                    komp = [k for k in KOMP if k in komp]
            else:
                svar, komp = None, None
            plan = rnd.choice([0, 0, 1, 1, 1, 2, 2, 3, 4, 5, 8, 12]) if rnd.random() > 0.05 else None
            nojd = rnd.choices([1, 2, 3, 4, 5], [9, 22, 36, 25, 8])[0]
            resp.append(dict(kommun=kommun, storlek=storlek, bransch=bransch, rekr="Ja" if ja else "Nej",
                             svar=svar, komp=komp, plan=plan, nojd=nojd, namn=None, ovr=None))
    rnd.shuffle(resp)
    names = ["Östgöta Trädgårdsbygg AB", "Kolmårdens Camping", "Holms Åkeri", "Linköpings Systemutveckling AB",
             "Vadstena Klosterhotell", "Gusums Plåt", "Åtvids Måleri AB", "Hemtjänst Plus Mjölby"]
    for r in rnd.sample(resp, 8):
        r["namn"] = names.pop()
    comments = ["Svårt att få tag på folk med B-körkort och truckkort.", "Bra initiativ!",
                "Vi behöver fler YH-utbildningar inom automation i närområdet.",
                "Pendlingen med kollektivtrafik från Norrköping fungerar dåligt för skiftarbete.",
                "Kan regionen hjälpa till med validering av utländska utbildningar?"]
    for r in rnd.sample(resp, 5):
        r["ovr"] = comments.pop()
    # three test responses, inserted in submission order
    tests = {
        0: dict(kommun="Linköping", storlek="10–49", bransch="Annat", rekr="Ja", svar="Mycket svårt",
                komp=["Ingenjörer"], plan=1, nojd=3, namn="TEST", ovr="test"),
        1: dict(kommun="Norrköping", storlek="1–9", bransch="Annat", rekr="Ja", svar="Mycket svårt",
                komp=["Ingenjörer", "Elektriker", "Kockar/restaurangpersonal"], plan=0, nojd=1,
                namn="test 2 - ta bort", ovr=None),
        87: dict(kommun="Norrköping", storlek="50–249", bransch="Tillverkning", rekr="Ja", svar="Mycket svårt",
                 komp=["Elektriker", "Svetsare/CNC-operatörer"], plan=2, nojd=2,
                 namn="Test efter ändring av fråga 7 /Lena", ovr="Testar att logiken för fråga 5 fungerar"),
    }
    out = []
    it = iter(resp)
    total = len(resp) + len(tests)
    for idx in range(total):
        out.append(dict(tests[idx], test=True) if idx in tests else dict(next(it), test=False))
    # timestamps
    t = dt.datetime(2025, 3, 3, 8, 2, 0)
    for i, r in enumerate(out):
        if i in (0, 1):
            st = dt.datetime(2025, 2, 27, 9, 12 + 8 * i, 31)
        else:
            t += dt.timedelta(minutes=rnd.randint(20, 420))
            if t.hour > 17:
                t = t.replace(hour=7, minute=rnd.randint(0, 59)) + dt.timedelta(days=1)
            st = t
        r["start"] = st
        r["slut"] = st + dt.timedelta(seconds=rnd.randint(95, 900))
    return out


def make_forms(path):
    rows = forms_rows()
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    hdr = ["ID", "Starttid", "Tid för slutförande", "E-post", "Namn", "Senaste ändringstid",
           "Företagets namn (frivilligt)", Q_KOMMUN, Q_STORLEK, Q_BRANSCH, Q_REKR, Q_SVAR, Q_KOMP, Q_PLAN, Q_NOJD, Q_OVR]
    ws.append(hdr)
    for i, r in enumerate(rows, start=1):
        ws.append([i, r["start"], r["slut"], "anonymous", None, None, r["namn"], r["kommun"], r["storlek"],
                   r["bransch"], r["rekr"], r["svar"], None if r["komp"] is None else "".join(k + ";" for k in r["komp"]),
                   r["plan"], r["nojd"], r["ovr"]])
        ws.cell(i + 1, 2).number_format = "m/d/yy h:mm:ss"
        ws.cell(i + 1, 3).number_format = "m/d/yy h:mm:ss"
    for c in range(1, len(hdr) + 1):
        ws.column_dimensions[get_column_letter(c)].width = 18 if c < 8 else 30
    save_wb(wb, path, "Microsoft Forms")


# =====================================================================================
# 6. Laddbara bilar – web table pasted into Excel, saved as CSV UTF-8
# =====================================================================================
LADD = [  # name, cars in traffic, BEV, PHEV, change share since okt 2024 (pp)
    ("Ödeshög", 3310, 196, 171, 1.6), ("Ydre", 2480, 121, 139, 1.2), ("Kinda", 6350, 381, 372, 1.9),
    ("Boxholm", 3380, 218, 197, 1.7), ("Åtvidaberg", 6790, 455, 398, 2.0), ("Finspång", 11620, 803, 701, 2.1),
    ("Valdemarsvik", 4880, 277, 218, 1.4), ("Linköping", 78400, 9712, 4381, 2.9), ("Norrköping", 68900, 6248, 3517, 2.4),
    ("Söderköping", 8720, 838, 604, 2.6), ("Motala", 23510, 1802, 1297, 2.2), ("Vadstena", 4120, 379, 243, 2.3),
    ("Mjölby", 15880, 1318, 992, 2.5),
]
LADD_RIKET = ("Riket", 4987300, 428650, 301220, 2.3)
SHY = "\u00ad"
SOFT = {"Valdemarsvik": f"Valdemars{SHY}vik", "Söderköping": f"Söder{SHY}köping",
        "Åtvidaberg": f"Åtvida{SHY}berg", "Norrköping": f"Norr{SHY}köping"}


def nb(n):
    return f"{n:,}".replace(",", "\u00a0")


def make_ladd(path):
    def share(r):
        return (r[2] + r[3]) / r[1] * 100

    rows = sorted(LADD, key=share, reverse=True)
    lines = ["Laddbara personbilar i trafik per kommun, Östergötlands län",
             "Senast uppdaterad: 2025-10-31 · Källa: Trafikanalys, bearbetning Region Östergötland",
             "Tabellen kan sorteras genom att klicka på kolumnrubrikerna.",
             "",
             "Placering;Kommun;Elbilar;Laddhybrider;Laddbara totalt;Andel laddbara av personbilar i trafik;"
             "Förändring sedan okt 2024"]
    for i, r in enumerate(rows, start=1):
        name = SOFT.get(r[0], r[0])
        lines.append(f"{i}.;{name};{nb(r[2])};{nb(r[3])};{nb(r[2] + r[3])};"
                     f"{sv(share(r), 1)}\u00a0%;+{sv(r[4], 1)}\u00a0%-enh.")
    county = ("Östergötlands län", sum(r[1] for r in LADD), sum(r[2] for r in LADD), sum(r[3] for r in LADD), 2.5)
    for r in (county, LADD_RIKET):
        lines.append(f"–;{r[0]};{nb(r[2])};{nb(r[3])};{nb(r[2] + r[3])};{sv(share(r), 1)}\u00a0%;+{sv(r[4], 1)}\u00a0%-enh.")
    lines.append("")
    lines.append("Laddbara = elbilar och laddhybrider. Andelen beräknas på personbilar i trafik vid månadens slut.")
    with open(path, "wb") as f:
        f.write(b"\xef\xbb\xbf" + ("\r\n".join(lines) + "\r\n").encode("utf-8"))


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "."
    os.makedirs(out, exist_ok=True)
    make_sas(os.path.join(out, "sjukresor_hemkommun_tabulate.xlsx"))
    make_foretag(os.path.join(out, "uc_foretagslista_tillverkning_ostergotland.csv"))
    make_kultur(os.path.join(out, "kulturskolan_ostergotland_lagesbild_2024.pdf"))
    make_forskola(os.path.join(out, "forskola_kommun_2024.xlsx"))
    make_forms(os.path.join(out, "enkat_kompetensforsorjning_2025_forms.xlsx"))
    make_ladd(os.path.join(out, "laddbara_bilar_kommun_webbtabell.csv"))


if __name__ == "__main__":
    main()
