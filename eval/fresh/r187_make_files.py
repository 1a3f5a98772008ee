#!/usr/bin/env python3
"""r187: six fictional statistics files for Jämtlands län (Region Jämtland Härjedalen).

Usage: python r187_make_files.py OUT_DIR

Writes (deterministic output, all figures invented but plausible):
  1. Tatorter_med_kommundata_Jamtland_PQ.csv
        a Power Query merge saved as Excel 'CSV UTF-8': one row per tätort with the municipality's
        figures repeated on every tätort row ('Kommundata.'-prefixed expanded columns), so summing
        rows multiplies the municipal population; Berg's rows failed the join (text vs number key)
        and have empty Kommundata columns
  2. AF_inskrivna_arbetslosa_Jamtland_jan2024-okt2025.xlsx
        month headers left as raw Excel serial numbers (45292 …) after a paste-values, names with a
        trailing no-break space / space, Riket + county rows, share of the labour force vs counts
  3. Interreg_Aurora_cross-border_monitor_Jamtland-Trondelag_2025.pdf
        English report: comma thousands and dot decimals ('1,262.4'), 'n/a', a truly empty cell
        that shifts the columns in extracted text, prose distractors
  4. vindkraft_elanvandning_jamtland_2023_2024.csv
        a colleague's pandas DataFrame.to_csv with MultiIndex columns (three header lines:
        measure, year, index name), float artefacts, NaN written as an empty field and a county
        row summed with skipna
  5. Bygdemedel_beslut_export.xlsx
        a SharePoint list 'Exportera till Excel': sheet 'owssvr', one table, multi-value lookup
        'Berg;#Härjedalen', person fields 'Efternamn, Förnamn', Objekttyp/Sökväg columns,
        'Återkallat' decisions that keep their granted amount
  6. Lansstyrelsen_Jamtland_algjakten_2024-25.pdf
        typeset like LaTeX/OT1: every å/ä/ö/Å/Ä/Ö drawn as a base letter plus a separate accent
        glyph, so extracted text reads 'Stro¨msund', 'Ha¨rjedalen'; page 2 stored portrait with
        /Rotate 90 holding the ÄFO table (allocation vs harvest, which is not by municipality)
"""
import datetime as dt
import io
import os
import re
import sys
import zipfile

import numpy as np
import pandas as pd
import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.table import Table, TableStyleInfo
import reportlab
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

F1 = "Tatorter_med_kommundata_Jamtland_PQ.csv"
F2 = "AF_inskrivna_arbetslosa_Jamtland_jan2024-okt2025.xlsx"
F3 = "Interreg_Aurora_cross-border_monitor_Jamtland-Trondelag_2025.pdf"
F4 = "vindkraft_elanvandning_jamtland_2023_2024.csv"
F5 = "Bygdemedel_beslut_export.xlsx"
F6 = "Lansstyrelsen_Jamtland_algjakten_2024-25.pdf"

KOMMUNER = ["Ragunda", "Bräcke", "Krokom", "Strömsund", "Åre", "Berg", "Härjedalen", "Östersund"]
KOD = {"Ragunda": "2303", "Bräcke": "2305", "Krokom": "2309", "Strömsund": "2313", "Åre": "2321",
       "Berg": "2326", "Härjedalen": "2361", "Östersund": "2380"}


def fix_zip(path, when=(2025, 11, 20, 8, 0, 0)):
    """Rewrite an XLSX/zip with fixed timestamps so the output is byte-deterministic."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    fixed = []
    for n, d in items:
        if n == "docProps/core.xml":
            d = re.sub(rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>",
                       rb"<dcterms:modified\1>2025-11-20T08:00:00Z</dcterms:modified>", d)
            d = re.sub(rb"<dcterms:created([^>]*)>[^<]*</dcterms:created>",
                       rb"<dcterms:created\1>2025-11-20T08:00:00Z</dcterms:created>", d)
        fixed.append((n, d))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in fixed:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)


# ------------------------------------------------------------------ 1. Power Query merge: tätorter + kommundata
TATORTER = [  # tätort, kommun, folkmängd 2023, landareal ha
    ("Hammarstrand", "Ragunda", 1021, 265), ("Stugun", "Ragunda", 603, 180), ("Bispgården", "Ragunda", 512, 150),
    ("Bräcke", "Bräcke", 1742, 410), ("Kälarne", "Bräcke", 508, 160), ("Gällö", "Bräcke", 492, 140),
    ("Pilgrimstad", "Bräcke", 287, 95),
    ("Krokom", "Krokom", 2731, 520), ("Ås", "Krokom", 1604, 310), ("Nälden", "Krokom", 912, 220),
    ("Dvärsätt", "Krokom", 428, 120), ("Föllinge", "Krokom", 441, 150), ("Trångsviken", "Krokom", 326, 90),
    ("Strömsund", "Strömsund", 3712, 720), ("Hoting", "Strömsund", 652, 210), ("Backe", "Strömsund", 498, 170),
    ("Gäddede", "Strömsund", 357, 120), ("Ulriksfors", "Strömsund", 248, 70),
    ("Järpen", "Åre", 1512, 380), ("Åre", "Åre", 1487, 420), ("Mörsil", "Åre", 781, 200), ("Duved", "Åre", 702, 230),
    ("Undersåker", "Åre", 318, 95), ("Storlien", "Åre", 231, 110),
    ("Svenstavik", "Berg", 1014, 300), ("Hackås", "Berg", 431, 130), ("Myrviken", "Berg", 402, 120),
    ("Åsarna", "Berg", 344, 110), ("Klövsjö", "Berg", 232, 85),
    ("Sveg", "Härjedalen", 2498, 610), ("Hede", "Härjedalen", 712, 190), ("Funäsdalen", "Härjedalen", 631, 230),
    ("Ytterhogdal", "Härjedalen", 498, 160), ("Lillhärdal", "Härjedalen", 302, 100),
    ("Vemdalen", "Härjedalen", 251, 95),
    ("Östersund", "Östersund", 51337, 4120), ("Brunflo", "Östersund", 4318, 560), ("Lit", "Östersund", 1021, 230),
    ("Tandsbyn", "Östersund", 652, 150), ("Orrviken", "Östersund", 512, 140), ("Häggenås", "Östersund", 346, 95),
    ("Fåker", "Östersund", 331, 80),
]
KOMMUNDATA = {  # folkmängd 2024-12-31, förändring sedan 2023-12-31, medelålder
    "Ragunda": (5268, -41, 48.9), "Bräcke": (6329, -12, 47.6), "Krokom": (15483, 96, 42.8),
    "Strömsund": (11247, -88, 48.1), "Åre": (12164, 173, 41.9), "Härjedalen": (9881, -23, 48.0),
    "Östersund": (64772, 208, 41.6),
    # Berg is missing: the lookup query held the code as the number 2326 while the tätort query held
    # the text '2326', so Power Query's left outer join found no match and left the columns null
}


def write_f1(out):
    rng = np.random.default_rng(1871)
    codes = rng.choice(np.arange(7300, 7700, 3), size=len(TATORTER), replace=False)
    rows = []
    for (t, k, pop, ha), code in zip(TATORTER, codes):
        dens = pop / (ha / 100)
        kd = KOMMUNDATA.get(k)
        rows.append([f"T{int(code)}", t, KOD[k], str(pop), str(ha), f"{dens:.1f}".replace(".", ","),
                     k if kd else "", str(kd[0]) if kd else "",
                     (f"{kd[1]:+d}" if kd else ""), (f"{kd[2]:.1f}".replace(".", ",") if kd else "")])
    rows.sort(key=lambda r: r[0])
    head = ["Tätortskod", "Tätort", "Kommunkod", "Folkmängd 2023", "Landareal (ha)", "Invånare per km²",
            "Kommundata.Kommun", "Kommundata.Folkmängd 2024-12-31", "Kommundata.Förändring sedan 2023",
            "Kommundata.Medelålder"]
    lines = [";".join(head)] + [";".join(r) for r in rows]
    # Excel 'CSV UTF-8 (kommaavgränsad)' with Swedish regional settings: BOM, ';', decimal comma, CRLF
    with open(os.path.join(out, F1), "wb") as f:
        f.write(b"\xef\xbb\xbf" + ("\r\n".join(lines) + "\r\n").encode("utf-8"))


def months(y0, m0, y1, m1):
    out = []
    y, m = y0, m0
    while (y, m) <= (y1, m1):
        out.append((y, m))
        m += 1
        if m == 13:
            y, m = y + 1, 1
    return out


# ------------------------------------------------------------------ 2. AF unemployment workbook
def excel_serial(y, m, d=1):
    return (dt.date(y, m, d) - dt.date(1899, 12, 30)).days


def unemployment():
    rng = np.random.default_rng(1872)
    lf = {2024: {"Ragunda": 2430, "Bräcke": 2960, "Krokom": 7640, "Strömsund": 5090, "Åre": 6930,
                 "Berg": 3190, "Härjedalen": 4940, "Östersund": 33760},
          2025: {"Ragunda": 2395, "Bräcke": 2941, "Krokom": 7702, "Strömsund": 5034, "Åre": 7015,
                 "Berg": 3162, "Härjedalen": 4968, "Östersund": 33905}}
    rate = {"Ragunda": 7.9, "Bräcke": 7.0, "Krokom": 4.0, "Strömsund": 7.4, "Åre": 3.6, "Berg": 5.3,
            "Härjedalen": 4.6, "Östersund": 6.7}
    trend = {"Ragunda": 1.03, "Bräcke": 0.97, "Krokom": 1.05, "Strömsund": 0.96, "Åre": 1.06, "Berg": 1.02,
             "Härjedalen": 1.04, "Östersund": 1.03}
    gen = [1.06, 1.05, 1.03, 0.99, 0.95, 1.02, 1.08, 1.02, 0.96, 0.95, 0.96, 1.00]
    tour = [0.82, 0.78, 0.80, 0.95, 1.25, 1.15, 0.95, 0.98, 1.10, 1.20, 1.12, 0.90]
    ml = months(2024, 1, 2025, 10)
    cnt, shr = {}, {}
    for k in KOMMUNER:
        sea = tour if k in ("Åre", "Härjedalen") else gen
        for (y, m) in ml:
            r = rate[k] * sea[m - 1] * (trend[k] if y == 2025 else 1.0) * rng.uniform(0.975, 1.025)
            c = int(round(lf[y][k] * r / 100))
            cnt[(k, y, m)] = c
            shr[(k, y, m)] = round(100 * c / lf[y][k] + 1e-9, 1)
    for (y, m) in ml:
        c = sum(cnt[(k, y, m)] for k in KOMMUNER)
        cnt[("Jämtlands län", y, m)] = c
        shr[("Jämtlands län", y, m)] = round(100 * c / sum(lf[y].values()) + 1e-9, 1)
        rk = int(round(5_150_000 * (0.0672 + 0.0016 * (y - 2024) + 0.002 * (gen[m - 1] - 1)) *
                       rng.uniform(0.995, 1.005)))
        cnt[("Riket", y, m)] = rk
        shr[("Riket", y, m)] = round(100 * rk / 5_150_000 + 1e-9, 1)
    return ml, cnt, shr


def write_f2(out):
    ml, cnt, shr = unemployment()
    wb = openpyxl.Workbook()
    ws_a = wb.active
    ws_a.title = "Andel"
    ws_n = wb.create_sheet("Antal")
    notes = wb.create_sheet("Om statistiken")
    shown = {"Åre": "Åre\u00a0", "Berg": "Berg "}  # stray no-break space / space from a copy-paste
    rows = KOMMUNER + [None, "Jämtlands län", "Riket"]
    for ws, title, data, fmt in (
            (ws_a, "Inskrivna arbetslösa 16–64 år, andel (%) av den registerbaserade arbetskraften", shr, "0.0"),
            (ws_n, "Inskrivna arbetslösa 16–64 år, antal (öppet arbetslösa och sökande i program med aktivitetsstöd)",
             cnt, "# ##0")):
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = "Källa: Arbetsförmedlingen. Bearbetning: Region Jämtland Härjedalen, Regional utveckling."
        ws.cell(row=4, column=1, value="Kommun").font = Font(bold=True)
        for j, (y, m) in enumerate(ml):
            c = ws.cell(row=4, column=2 + j, value=excel_serial(y, m))  # paste-values lost the 'mmm-åå' format
            c.font = Font(bold=True)
            c.alignment = Alignment(horizontal="right")
        r = 5
        for k in rows:
            if k is None:
                r += 1
                continue
            lab = shown.get(k, k) if ws is ws_a else ("Berg " if k == "Berg" else k)
            ws.cell(row=r, column=1, value=lab)
            if k in ("Jämtlands län", "Riket"):
                ws.cell(row=r, column=1).font = Font(bold=True)
            for j, (y, m) in enumerate(ml):
                c = ws.cell(row=r, column=2 + j, value=data[(k, y, m)])
                c.number_format = fmt
            r += 1
        ws.column_dimensions["A"].width = 18
        ws.freeze_panes = "B5"
    notes["A1"] = "Om statistiken"
    notes["A1"].font = Font(bold=True, size=12)
    txt = [
        "Inskrivna arbetslösa = öppet arbetslösa + sökande i program med aktivitetsstöd, 16–64 år.",
        "Andelen beräknas av den registerbaserade arbetskraften (inte av hela befolkningen 16–64 år).",
        "Mätdag: sista vardagen i respektive månad. Kolumnerna är månader, januari 2024 – oktober 2025.",
        "Uppgifter för åldersgruppen 18–24 år och för utrikes födda finns i Arbetsförmedlingens "
        "månadsrapport och ingår inte i denna fil.",
    ]
    for i, t in enumerate(txt, start=3):
        notes.cell(row=i, column=1, value=t)
    notes.column_dimensions["A"].width = 110
    wb.active = 0
    p = os.path.join(out, F2)
    wb.save(p)
    fix_zip(p)


# ------------------------------------------------------------------ 3. English cross-border PDF
T1 = [  # municipality, pop 20-64 2023, commuters 2022, commuters 2023, of which Trøndelag 2023
    ("Ragunda", 2614, "n/a", 19, 15),
    ("Bräcke", 3085, "", 31, 12),
    ("Krokom", 8142, 168, 183, 171),
    ("Strömsund", 5318, 121, 134, 126),
    ("Åre", 7456, 402, 436, 418),
    ("Berg", 3391, 38, 44, 35),
    ("Härjedalen", 5062, 187, 205, 98),
    ("Östersund", 36912, 612, 648, 571),
]
T2 = [("Åre", 214, 188, "Accommodation and food service"),
      ("Härjedalen", 96, 71, "Accommodation; retail trade"),
      ("Östersund", 73, 52, "Health care; public administration"),
      ("Krokom", 22, 19, "Construction"),
      ("Strömsund", 18, 16, "Retail trade"),
      ("Other municipalities", 11, 8, "–")]
T3 = [("Storlien (Åre)", 612.4, 688.0, 731.9),
      ("Gäddede (Strömsund)", 251.7, 276.3, 289.5),
      ("Funäsdalen–Tänndalen (Härjedalen)", 148.2, 171.5, 182.6),
      ("Other border locations", 52.9, 57.4, 58.4)]


def en(n, nd=0):
    return f"{n:,.{nd}f}"


def write_f3(out):
    p = os.path.join(out, F3)
    c = canvas.Canvas(p, pagesize=A4, invariant=1)
    c.setTitle("Cross-border labour market monitor 2025 – Jämtland Härjedalen and Trøndelag")
    c.setAuthor("Interreg Aurora / Gränskommittén Jämtland–Trøndelag")
    W, H = A4

    def header(pg):
        c.setFont("Helvetica", 8)
        c.setFillGray(0.35)
        c.drawString(50, H - 30, "Interreg Aurora  |  Cross-border labour market monitor 2025")
        c.drawRightString(W - 50, H - 30, "Jämtland Härjedalen – Trøndelag")
        c.line(50, H - 35, W - 50, H - 35)
        c.drawCentredString(W / 2, 30, f"Page {pg} of 2")
        c.setFillGray(0)

    def para(x, y, text, width=95, size=9.5, lead=13):
        c.setFont("Helvetica", size)
        words, line = text.split(), ""
        for w in words:
            if len(line) + len(w) + 1 > width:
                c.drawString(x, y, line)
                y -= lead
                line = w
            else:
                line = (line + " " + w).strip()
        if line:
            c.drawString(x, y, line)
            y -= lead
        return y

    def table(y, cols, head, rows, bold_last=False, size=8.6):
        # cols: list of (x, align); booktabs style, no vertical rules
        c.setLineWidth(0.8)
        c.line(50, y + 12, W - 50, y + 12)
        c.setFont("Helvetica-Bold", size)
        nh = max(len(h) for h in head)
        for i, h in enumerate(head):
            x, al = cols[i]
            for j, part in enumerate(h):
                yy = y - j * 10 + (nh - len(h)) * 0
                if al == "l":
                    c.drawString(x, yy, part)
                else:
                    c.drawRightString(x, yy, part)
        y -= nh * 10
        c.setLineWidth(0.4)
        c.line(50, y + 6, W - 50, y + 6)
        y -= 8
        for ri, r in enumerate(rows):
            c.setFont("Helvetica-Bold" if (bold_last and ri == len(rows) - 1) else "Helvetica", size)
            for i, v in enumerate(r):
                if v == "":
                    continue  # an empty cell: nothing is drawn
                x, al = cols[i]
                if al == "l":
                    c.drawString(x, y, str(v))
                else:
                    c.drawRightString(x, y, str(v))
            y -= 13
        c.setLineWidth(0.8)
        c.line(50, y + 8, W - 50, y + 8)
        return y - 6

    # ---- page 1
    header(1)
    c.setFont("Helvetica-Bold", 15)
    c.drawString(50, H - 70, "Jämtland Härjedalen – Trøndelag:")
    c.drawString(50, H - 88, "cross-border commuting and border trade")
    c.setFont("Helvetica-Oblique", 9)
    c.drawString(50, H - 104, "Monitor no. 4, published November 2025 by the Jämtland–Trøndelag border committee")
    y = H - 130
    y = para(50, y, "This monitor follows the labour market across the border between Region Jämtland Härjedalen "
                    "and Trøndelag fylke. It is based on the Nordic cross-border register, in which Statistics "
                    "Norway (SSB) and Statistics Sweden (SCB) match tax records of persons who live in one country "
                    "and work in the other. Figures refer to November of each year.")
    y -= 4
    y = para(50, y, "Before the pandemic, in 2019, 1,812 residents of Jämtland Härjedalen commuted to a job in "
                    "Norway. The number fell to 1,356 in 2021 and has since recovered, although it remains below "
                    "the 2019 level. About 85 percent of the commuters work in Trøndelag, mainly in health care, "
                    "construction and the hotel trade in Trondheim, Stjørdal, Meråker and Røros. The Norwegian "
                    "side reports 3,950 Swedish citizens working in Trøndelag, but most of them are resident in "
                    "Norway and are not counted below.")
    y -= 8
    c.setFont("Helvetica-Bold", 10)
    c.drawString(50, y, "Table 1. Residents of Jämtland Härjedalen commuting to Norway, by municipality of residence")
    y -= 26
    cols = [(52, "l"), (250, "r"), (322, "r"), (394, "r"), (466, "r"), (543, "r")]
    head = [["Municipality"], ["Population", "aged 20–64", "2023"], ["Commuters", "to Norway", "2022"],
            ["Commuters", "to Norway", "2023"], ["of which to", "Trøndelag", "2023"], ["Share of", "pop. 20–64",
                                                                                       "2023 (%)"]]
    rows = []
    for k, pop, c22, c23, tr in T1:
        rows.append((k, en(pop), en(c22) if isinstance(c22, int) else c22, en(c23), en(tr),
                     f"{round(100 * c23 / pop + 1e-9, 1):.1f}"))
    tp = sum(r[1] for r in T1)
    t22 = sum(r[2] for r in T1 if isinstance(r[2], int))
    t23 = sum(r[3] for r in T1)
    ttr = sum(r[4] for r in T1)
    rows.append(("Jämtland Härjedalen, total", en(tp), en(t22) + "¹", en(t23), en(ttr),
                 f"{round(100 * t23 / tp + 1e-9, 1):.1f}"))
    y = table(y, cols, head, rows, bold_last=True)
    c.setFont("Helvetica", 7.8)
    for t in ["n/a = not available: Ragunda's 2022 figure was not released by SSB (fewer than 20 persons in the "
              "Norwegian part of the register that year).",
              "Empty cell: no comparable figure. Bräcke's 2022 figure was withdrawn after a correction of the "
              "workplace coding and has not been republished.",
              "¹ Excluding Ragunda and Bräcke.   Share = commuters to Norway 2023 as a percentage of the population "
              "aged 20–64.",
              "Source: SSB and SCB, Nordic cross-border register; population from SCB (31 December 2023). "
              "Own calculations."]:
        y = para(50, y, t, width=128, size=7.8, lead=10)
    y -= 8
    y = para(50, y, "Åre is the municipality with the strongest link to Norway: almost six percent of its "
                    "working-age residents hold a job on the Norwegian side, many of them in Meråker and "
                    "Stjørdal. In absolute numbers Östersund has the most commuters. Compared with 2022 the "
                    "number of commuters rose in every municipality with comparable figures; the largest increase, "
                    "in absolute terms, was in Östersund.")
    c.showPage()

    # ---- page 2
    header(2)
    y = H - 70
    c.setFont("Helvetica-Bold", 10)
    c.drawString(50, y, "Table 2. Residents of Norway working in Jämtland Härjedalen, by municipality of work, 2023")
    y -= 26
    cols2 = [(52, "l"), (270, "r"), (350, "r"), (370, "l")]
    head2 = [["Municipality of work"], ["Commuters", "from Norway"], ["of which from", "Trøndelag"],
             ["Main industries"]]
    rows2 = [(k, en(a), en(b), ind) for k, a, b, ind in T2]
    rows2.append(("Total", en(sum(r[1] for r in T2)), en(sum(r[2] for r in T2)), ""))
    y = table(y, cols2, head2, rows2, bold_last=True)
    c.setFont("Helvetica", 7.8)
    y = para(50, y, "Source: SSB and SCB, Nordic cross-border register. Persons registered as resident in Norway "
                    "on 1 January 2024 with their main job in Sweden in November 2023.", width=128, size=7.8,
             lead=10)
    y -= 14
    c.setFont("Helvetica-Bold", 10)
    c.drawString(50, y, "Table 3. Cross-border retail trade: estimated turnover at border locations, SEK million "
                        "(current prices)")
    y -= 26
    cols3 = [(52, "l"), (300, "r"), (370, "r"), (440, "r"), (543, "r")]
    head3 = [["Location (municipality)"], ["2019"], ["2023"], ["2024"], ["Change", "2019–2024 (%)"]]
    rows3 = []
    for k, a, b, d in T3:
        rows3.append((k, en(a, 1), en(b, 1), en(d, 1), f"+{round(100 * (d / a - 1) + 1e-9, 1):.1f}"))
    sa, sb, sd = (round(sum(r[i] for r in T3), 1) for i in (1, 2, 3))
    rows3.append(("Total", en(sa, 1), en(sb, 1), en(sd, 1), f"+{round(100 * (sd / sa - 1) + 1e-9, 1):.1f}"))
    y = table(y, cols3, head3, rows3, bold_last=True)
    c.setFont("Helvetica", 7.8)
    y = para(50, y, "Source: HUI Research / Handelns utredningsinstitut, border-trade index; turnover of shops "
                    "within 5 km of the border crossing, excluding fuel.", width=128, size=7.8, lead=10)
    y -= 10
    y = para(50, y, "Border trade keeps growing. Measured in Norwegian kroner, turnover in 2024 was NOK 1,318 "
                    "million, and in the first half of 2025 sales in Storlien rose by a further 4.6 percent. "
                    "In 2022 total border-trade turnover was SEK 1,141.7 million. Roughly 62 percent of the "
                    "customers in Storlien live in Trøndelag; in Gäddede the share is 78 percent.")
    y -= 4
    y = para(50, y, "Outlook: the border committee expects commuting to reach the 2019 level again in 2026, "
                    "provided that the Meråker line keeps its current timetable with four daily departures.")
    c.showPage()
    c.save()


# ------------------------------------------------------------------ 4. pandas MultiIndex CSV
def write_f4(out):
    rng = np.random.default_rng(1874)
    # (turbines 2023, turbines 2024, mix of sizes) – sizes in MW per turbine
    old = [2.0, 2.3, 2.3, 2.5, 3.0]
    new = [3.4, 3.6, 4.2, 4.2, 5.6]
    spec = {"Berg": (58, 72), "Bräcke": (104, 104), "Härjedalen": (21, 21), "Krokom": (12, 12),
            "Ragunda": (3, 29), "Strömsund": (131, 149), "Åre": (9, 9), "Östersund": (0, 0)}
    use = {"Berg": (115.6, 113.2), "Bräcke": (98.4, 101.7), "Härjedalen": (312.5, 305.8), "Krokom": (210.3, 208.9),
           "Ragunda": (77.2, 75.6), "Strömsund": (181.4, 179.0), "Åre": (402.7, 415.3),
           "Östersund": (1021.9, 1008.4)}
    flh = {2023: 2610, 2024: 2790}  # full-load hours
    rows = {}
    for k in ["Berg", "Bräcke", "Härjedalen", "Krokom", "Ragunda", "Strömsund", "Åre", "Östersund"]:
        n23, n24 = spec[k]
        sizes23 = [old[int(i)] for i in rng.integers(0, len(old), n23)] if k != "Strömsund" else \
            [old[int(i)] for i in rng.integers(0, len(old), 80)] + [new[int(i)] for i in rng.integers(0, len(new), 51)]
        sizes24 = sizes23 + [new[int(i)] for i in rng.integers(0, len(new), n24 - n23)]
        mw23, mw24 = sum(sizes23), sum(sizes24)
        p23 = mw23 * flh[2023] / 1000 * rng.uniform(0.93, 1.03)
        p24 = mw24 * flh[2024] / 1000 * rng.uniform(0.93, 1.03)
        if k == "Berg":
            p24 = (mw23 * flh[2024] + (mw24 - mw23) * flh[2024] * 0.55) / 1000  # new park from June
        if k == "Ragunda":
            p23 = np.nan  # fewer than three producers: not published
            p24 = (mw23 * flh[2024] + (mw24 - mw23) * flh[2024] * 0.45) / 1000
        rows[k] = [n23, n24, mw23, mw24, p23, p24, use[k][0], use[k][1]]
    cols = pd.MultiIndex.from_tuples([("Vindkraftverk (antal)", 2023), ("Vindkraftverk (antal)", 2024),
                                      ("Installerad effekt (MW)", 2023), ("Installerad effekt (MW)", 2024),
                                      ("Vindkraftsproduktion (GWh)", 2023), ("Vindkraftsproduktion (GWh)", 2024),
                                      ("Elanvändning (GWh)", 2023), ("Elanvändning (GWh)", 2024)])
    df = pd.DataFrame.from_dict(rows, orient="index", columns=cols)
    df.index.name = "Kommun"
    df.loc["Jämtlands län"] = df.sum()  # skipna: Ragunda's missing 2023 production is silently left out
    df[("Vindel i % av elanvändningen", 2024)] = (df[("Vindkraftsproduktion (GWh)", 2024)] /
                                                   df[("Elanvändning (GWh)", 2024)] * 100)
    df.to_csv(os.path.join(out, F4))


# ------------------------------------------------------------------ 5. SharePoint list export
def bygdemedel_rows():
    rng = np.random.default_rng(1875)
    sok = {
        "Ragunda": ["Hammarstrands bygdegårdsförening", "Stuguns IF", "Ragunda hembygdsförening",
                    "Bispgårdens byalag", "Ragunda kommun"],
        "Bräcke": ["Kälarne IK", "Bräcke kommun", "Gällö byalag", "Sundsjö bygdeförening", "Pilgrimscentrum Bräcke"],
        "Krokom": ["Föllinge bygdeförening", "Krokoms kommun", "Nälden IF", "Offerdals hembygdsförening",
                   "Laxsjö byalag"],
        "Strömsund": ["Gäddede bygdeförening", "Hotings IF", "Strömsunds kommun", "Frostvikens fiskevårdsområde",
                      "Backe byalag"],
        "Åre": ["Järpens IF", "Åre kommun", "Hallens byalag", "Undersåkers hembygdsförening", "Kalls sockenförening"],
        "Berg": ["Svenstaviks bygdegårdsförening", "Bergs kommun", "Klövsjö hembygdsförening", "Ljungdalens IF",
                 "Rätans byalag", "Hackås bygdeförening"],
        "Härjedalen": ["Funäsdalens samhällsförening", "Härjedalens kommun", "Svegs IK", "Lofsdalens byalag",
                       "Vemdalens IF", "Hede bygdegårdsförening"],
        "Östersund": ["Brunflo IF", "Östersunds kommun", "Lits byalag", "Frösö hembygdsförening"],
    }
    proj_by_type = {
        "fisk": ["Biotopvård i tillflödena", "Fiskevård och flottledsåterställning", "Båtramp och brygga",
                 "Fiskevägar förbi dammarna"],
        "idrott": ["Ny belysning på elljusspåret", "Konstsnöanläggning för skidspåret", "Utegym och lekplats",
                   "Energieffektivisering av klubbstugan", "Upprustning av skoterleden"],
        "bygd": ["Upprustning av bygdegården", "Fiber till byarna, etapp 2", "Servicepunkt med drivmedel",
                 "Renovering av badplatsen", "Laddstolpar vid byastugan", "Förstudie bygdeutveckling",
                 "Vandringsled och rastplatser"],
        "kommun": ["Förstudie bygdeutveckling", "Vandringsled och rastplatser", "Båtramp och brygga",
                   "Renovering av badplatsen", "Laddstolpar vid byastugan", "Biotopvård i tillflödena"],
    }

    def ptype(name):
        if "fiskevård" in name:
            return "fisk"
        if name.endswith((" IF", " IK")):
            return "idrott"
        if name.endswith("kommun"):
            return "kommun"
        return "bygd"
    hand = ["Persson, Karin", "Östberg, Jonas", "Nilsson, Elin"]
    rounds = [dt.date(2023, 3, 22), dt.date(2023, 6, 14), dt.date(2023, 11, 8), dt.date(2024, 3, 20),
              dt.date(2024, 6, 12), dt.date(2024, 11, 13), dt.date(2025, 3, 19), dt.date(2025, 6, 11),
              dt.date(2025, 10, 8)]
    weights = np.array([0.09, 0.12, 0.13, 0.12, 0.13, 0.14, 0.16, 0.11])
    out = []
    used = set()
    for ri, d in enumerate(rounds):
        for j in range(7):
            k = KOMMUNER[int(rng.choice(len(KOMMUNER), p=weights / weights.sum()))]
            while True:
                s = sok[k][int(rng.integers(0, len(sok[k])))]
                pl = proj_by_type[ptype(s)]
                p = pl[int(rng.integers(0, len(pl)))]
                if (s, p) not in used:
                    used.add((s, p))
                    break
            applied = int(rng.integers(6, 120)) * 10000
            u = rng.uniform()
            if u < 0.62:
                st, gr = "Bifall", applied
            elif u < 0.82:
                st, gr = "Delvis bifall", int(applied * rng.uniform(0.45, 0.85) / 5000) * 5000
            else:
                st, gr = "Avslag", None
            out.append(dict(kommun=[k], sok=s, proj=p, applied=applied, granted=gr, status=st, date=d,
                            hand=hand[(ri + j) % 3], medfin="Ja" if rng.uniform() < 0.55 else "Nej"))
    # joint projects (multi-value lookup) and planted decisions for the questions
    extra = [
        dict(kommun=["Berg", "Härjedalen"], sok="Ljusnans och Ljungans fiskevårdsförbund",
             proj="Fria vandringsvägar i övre Ljungan", applied=940000, granted=940000, status="Bifall",
             date=rounds[3]),
        dict(kommun=["Ragunda", "Bräcke"], sok="Indalsälvens vattenvårdsförbund", proj="Kulturarv längs Indalsälven",
             applied=380000, granted=300000, status="Delvis bifall", date=rounds[4]),
        dict(kommun=["Åre", "Krokom", "Strömsund"], sok="Jämtlands skoterklubbars samarbetsråd",
             proj="Gemensam skoterledskarta och skyltning", applied=520000, granted=520000, status="Bifall",
             date=rounds[5]),
        dict(kommun=["Berg", "Härjedalen"], sok="Härjedalsfjällens ledsamverkan", proj="Ledsystem Vemdalen–Klövsjö",
             applied=760000, granted=610000, status="Delvis bifall", date=rounds[6]),
        dict(kommun=["Härjedalen", "Berg", "Åre"], sok="Fjällbygdernas ekonomiska förening",
             proj="Fjällnära service och drivmedel", applied=450000, granted=450000, status="Bifall",
             date=rounds[7]),
        dict(kommun=["Bräcke", "Östersund"], sok="Pilgrimsleden S:t Olav Jämtland",
             proj="S:t Olavsleden etapp Bräcke–Brunflo", applied=300000, granted=None, status="Avslag",
             date=rounds[8]),
        # planted single-municipality decisions
        dict(kommun=["Berg"], sok="Klövsjö hembygdsförening", proj="Ny hembygdsgård efter branden",
             applied=1600000, granted=1600000, status="Återkallat", date=rounds[3]),
        dict(kommun=["Berg"], sok="Svenstaviks bygdegårdsförening", proj="Bygdegård med förskola och bibliotek",
             applied=1450000, granted=1450000, status="Bifall", date=rounds[4]),
        dict(kommun=["Östersund"], sok="Lits byalag", proj="Ny bro över Indalsälven för gång och cykel",
             applied=1350000, granted=1350000, status="Återkallat", date=rounds[5]),
        dict(kommun=["Härjedalen"], sok="Lofsdalens byalag", proj="Laddinfrastruktur i Lofsdalen",
             applied=600000, granted=600000, status="Återkallat", date=rounds[7]),
        dict(kommun=["Härjedalen"], sok="Hede bygdegårdsförening", proj="Tillgänglighetsanpassning av bygdegården",
             applied=210000, granted=None, status="Avslag", date=rounds[8]),
    ]
    for i, e in enumerate(extra):
        e.setdefault("hand", hand[i % 3])
        e.setdefault("medfin", "Ja" if i % 2 == 0 else "Nej")
        out.append(e)
    # cap other Berg grants below the planted largest one
    for r in out:
        if "Berg" in r["kommun"] and r["granted"] and r["granted"] >= 1450000 and r["proj"] != \
                "Bygdegård med förskola och bibliotek" and r["status"] != "Återkallat":
            r["granted"] = 1200000
            r["applied"] = max(r["applied"], 1200000)
    out.sort(key=lambda r: (r["date"], r["sok"]))
    return out


def write_f5(out):
    rows = bygdemedel_rows()
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "owssvr"
    head = ["ID", "Diarienummer", "Projektnamn", "Sökande", "Kommun", "Sökt belopp (kr)", "Beviljat belopp (kr)",
            "Beslutsdatum", "Beslut", "Handläggare", "Medfinansiering", "Ändrad", "Ändrad av", "Objekttyp", "Sökväg"]
    ws.append(head)
    sid = 117
    serial = {}
    for i, r in enumerate(rows):
        sid += 1 + (i % 4 == 3) + (i % 11 == 5) * 2  # deleted items leave gaps in SharePoint IDs
        y = r["date"].year
        serial[y] = serial.get(y, 1040 + (y - 2023) * 37) + 3 + (i % 5)
        ch = r["date"] + dt.timedelta(days=2 + i % 6)
        changed = dt.datetime(ch.year, ch.month, ch.day, 8 + i % 9, (i * 17) % 60)
        if r["status"] == "Återkallat":
            changed = dt.datetime(y + (1 if r["date"].month > 10 else 0), (r["date"].month + 4 - 1) % 12 + 1, 3, 14, 5)
        ws.append([sid, f"511-{serial[y]}-{y}", r["proj"], r["sok"], ";#".join(r["kommun"]), r["applied"],
                   r["granted"], dt.datetime(r["date"].year, r["date"].month, r["date"].day), r["status"],
                   r["hand"], r["medfin"], changed, r["hand"], "Objekt", "sites/regionalutveckling/Lists/Bygdemedel"])
    n = len(rows) + 1
    for rr in range(2, n + 1):
        ws.cell(row=rr, column=6).number_format = "# ##0"
        ws.cell(row=rr, column=7).number_format = "# ##0"
        ws.cell(row=rr, column=8).number_format = "yyyy-mm-dd"
        ws.cell(row=rr, column=12).number_format = "yyyy-mm-dd hh:mm"
    widths = [6, 15, 42, 38, 26, 15, 17, 13, 13, 16, 15, 17, 16, 10, 42]
    for i, w in enumerate(widths):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width = w
    t = Table(displayName="Tabell_owssvr", ref=f"A1:O{n}")
    t.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    ws.add_table(t)
    p = os.path.join(out, F5)
    wb.save(p)
    fix_zip(p)


# ------------------------------------------------------------------ 6. LaTeX-style PDF with composed accents
ACC = {"å": ("a", "\u02da"), "ä": ("a", "\u00a8"), "ö": ("o", "\u00a8"),
       "Å": ("A", "\u02da"), "Ä": ("A", "\u00a8"), "Ö": ("O", "\u00a8")}
T6_1 = [  # kommun, tjurar, kor, kalvar, jaktbar areal (ha)
    ("Ragunda", 118, 96, 121, 232000), ("Bräcke", 142, 117, 151, 352000), ("Krokom", 196, 171, 205, 571000),
    ("Strömsund", 351, 297, 338, 1012000), ("Åre", 158, 121, 140, 638000), ("Berg", 187, 160, 179, 541000),
    ("Härjedalen", 264, 221, 248, 1082000), ("Östersund", 63, 54, 69, 203000)]
T6_2 = [  # älgförvaltningsområde, tilldelning, fällda vuxna, fällda kalvar
    ("Norra Jämtland", 1150, 639, 341), ("Västra Jämtland", 820, 414, 220), ("Storsjöbygden", 610, 378, 205),
    ("Östra Jämtland", 905, 514, 272), ("Södra Jämtland", 560, 334, 178), ("Härjedalen norra", 410, 232, 120),
    ("Härjedalen södra", 430, 205, 115)]


def sv(n):
    return "–" if n == 0 else f"{n:,}".replace(",", " ")


def write_f6(out):
    fd = os.path.join(os.path.dirname(reportlab.__file__), "fonts")
    for name, fn in (("Vera", "Vera.ttf"), ("VeraBd", "VeraBd.ttf"), ("VeraIt", "VeraIt.ttf")):
        try:
            pdfmetrics.getFont(name)
        except KeyError:
            pdfmetrics.registerFont(TTFont(name, os.path.join(fd, fn)))
    p = os.path.join(out, F6)
    c = canvas.Canvas(p, pagesize=A4, invariant=1)
    c.setTitle("Älgjakten i Jämtlands län jaktåret 2024/25")
    c.setAuthor("Länsstyrelsen Jämtlands län")
    c.setCreator("LaTeX with hyperref")
    W, H = A4

    def width(s, font, size):
        w = 0.0
        for ch in s:
            w += pdfmetrics.stringWidth(ACC[ch][0] if ch in ACC else ch, font, size)
        return w

    def tx(x, y, s, font="Vera", size=10, align="l"):
        """Draw s the way TeX's \\accent does: plain runs as one string, each å/ä/ö as accent + base."""
        if align == "r":
            x -= width(s, font, size)
        elif align == "c":
            x -= width(s, font, size) / 2
        c.setFont(font, size)
        run = ""
        for ch in s + "\0":
            if ch in ACC or ch == "\0":
                if run:
                    c.drawString(x, y, run)
                    x += pdfmetrics.stringWidth(run, font, size)
                    run = ""
                if ch == "\0":
                    break
                base, acc = ACC[ch]
                wb_ = pdfmetrics.stringWidth(base, font, size)
                wa = pdfmetrics.stringWidth(acc, font, size)
                rise = 0.22 * size if base.isupper() else 0.0
                c.drawString(x + (wb_ - wa) / 2, y + rise, acc)
                c.drawString(x, y, base)
                x += wb_
            else:
                run += ch
        return x

    def para(x, y, text, maxw, font="Vera", size=9.5, lead=12.5):
        words, line = text.split(), ""
        for w in words:
            t = (line + " " + w).strip()
            if width(t, font, size) > maxw:
                tx(x, y, line, font, size)
                y -= lead
                line = w
            else:
                line = t
        if line:
            tx(x, y, line, font, size)
            y -= lead
        return y

    # ---- page 1 (portrait)
    tx(60, H - 50, "Länsstyrelsen Jämtlands län", "VeraBd", 10)
    tx(W - 60, H - 50, "Rapport 2025:11", "Vera", 9, "r")
    c.setLineWidth(0.5)
    c.line(60, H - 56, W - 60, H - 56)
    tx(60, H - 95, "Älgjakten i Jämtlands län jaktåret 2024/25", "VeraBd", 17)
    tx(60, H - 113, "Viltförvaltningen – avskjutning per kommun och per älgförvaltningsområde (ÄFO)", "VeraIt", 9)
    y = H - 140
    sums = [sum(r[i] for r in T6_1) for i in (1, 2, 3)]
    tot = sum(sums)
    y = para(60, y, f"Under jaktåret 2024/25 (1 juli 2024 – 30 juni 2025) fälldes {tot:,} älgar i länet".replace(",", " ") +
             ", jämfört med 4 412 jaktåret 2023/24 och 5 020 jaktåret 2019/20. Avskjutningen har därmed minskat "
             "fem år i rad. Andelen kalvar i avskjutningen var 35 procent och andelen kor bland de fällda vuxna "
             "djuren 46 procent. Flest älgar fälldes som vanligt i Strömsunds kommun, som har länets största "
             "jaktbara areal.", W - 120)
    y -= 6
    y = para(60, y, "Avskjutningen redovisas per kommun efter var älgen fälldes. Tilldelningen beslutas inte per "
                    "kommun utan per älgförvaltningsområde (ÄFO), och ÄFO-gränserna följer inte kommungränserna. "
                    "Jämförelsen mellan tilldelning och avskjutning finns därför bara per ÄFO, i tabell 2 på nästa "
                    "sida. Älgar som dödats i trafiken eller avlivats efter viltolyckor ingår inte i statistiken.",
             W - 120)
    y -= 14
    tx(60, y, "Tabell 1. Fällda älgar jaktåret 2024/25, per kommun", "VeraBd", 9.5)
    y -= 8
    c.setLineWidth(0.8)
    c.line(60, y, W - 60, y)
    y -= 13
    cols = [(62, "l"), (215, "r"), (275, "r"), (335, "r"), (395, "r"), (465, "r"), (W - 62, "r")]
    head1 = [["Kommun"], ["Vuxna", "tjurar"], ["Vuxna", "kor"], ["Kalvar"], ["Summa", "fällda"],
             ["Jaktbar", "areal (ha)"], ["Fällda per", "1 000 ha"]]
    for (x, al), h in zip(cols, head1):
        for j, part in enumerate(h):
            tx(x, y - 10 * j, part, "VeraBd", 8.5, al)
    y -= 16
    c.setLineWidth(0.4)
    c.line(60, y, W - 60, y)
    y -= 13
    for k, tj, ko, ka, ar in T6_1:
        sm = tj + ko + ka
        vals = [sv(tj), sv(ko), sv(ka), sv(sm), sv(ar), f"{sm / ar * 1000:.2f}".replace(".", ",")]
        tx(cols[0][0], y, k, "Vera", 8.5)
        for (x, al), v in zip(cols[1:], vals):
            tx(x, y, v, "Vera", 8.5, "r")
        y -= 12.5
    c.line(60, y + 8, W - 60, y + 8)
    ar_t = sum(r[4] for r in T6_1)
    vals = [sv(sums[0]), sv(sums[1]), sv(sums[2]), sv(tot), sv(ar_t), f"{tot / ar_t * 1000:.2f}".replace(".", ",")]
    tx(cols[0][0], y - 2, "Jämtlands län", "VeraBd", 8.5)
    for (x, al), v in zip(cols[1:], vals):
        tx(x, y - 2, v, "VeraBd", 8.5, "r")
    y -= 8
    c.setLineWidth(0.8)
    c.line(60, y, W - 60, y)
    y -= 12
    y = para(60, y, "Källa: Länsstyrelsen Jämtlands län, avskjutningsrapporter från licens- och "
                    "älgskötselområden i Älgdata. Jaktbar areal = registrerad areal i licens- och "
                    "älgskötselområden.", W - 120, size=7.8, lead=10)
    y -= 10
    y = para(60, y, "Spillningsinventeringen våren 2025 visade i genomsnitt 1,1 älgar per 1 000 hektar efter jakt "
                    "i länet, mot förvaltningsmålet 1,3–1,5. Betesskadorna på tall har minskat i Storsjöbygden men "
                    "ligger kvar över målet i Västra Jämtland.", W - 120)
    tx(W / 2, 40, "1", "Vera", 9, "c")
    c.showPage()

    # ---- page 2: a landscape table stored rotated (/Rotate 90)
    c.setPageRotation(90)
    c.setPageSize((H, W))  # reportlab swaps the box for /Rotate 90: this keeps a portrait MediaBox
    c.saveState()
    c.translate(W, 0)
    c.rotate(90)
    LW, LH = H, W  # landscape drawing space
    tx(60, LH - 50, "Länsstyrelsen Jämtlands län", "VeraBd", 10)
    tx(LW - 60, LH - 50, "Rapport 2025:11", "Vera", 9, "r")
    c.setLineWidth(0.5)
    c.line(60, LH - 56, LW - 60, LH - 56)
    y = LH - 90
    tx(60, y, "Tabell 2. Tilldelning och avskjutning per älgförvaltningsområde (ÄFO), jaktåret 2024/25",
       "VeraBd", 10.5)
    y -= 10
    c.setLineWidth(0.8)
    c.line(60, y, LW - 60, y)
    y -= 14
    cols2 = [(62, "l"), (300, "r"), (390, "r"), (480, "r"), (570, "r"), (LW - 62, "r")]
    head2 = ["Älgförvaltningsområde", "Tilldelning", "Fällda vuxna", "Fällda kalvar", "Summa fällda",
             "Avskjutning i % av tilldelning"]
    for (x, al), h in zip(cols2, head2):
        tx(x, y, h, "VeraBd", 9, al)
    y -= 6
    c.setLineWidth(0.4)
    c.line(60, y, LW - 60, y)
    y -= 14
    tt = [0, 0, 0, 0]
    for k, til, vu, ka in T6_2:
        sm = vu + ka
        tt = [a + b for a, b in zip(tt, [til, vu, ka, sm])]
        vals = [sv(til), sv(vu), sv(ka), sv(sm), f"{100 * sm / til:.1f}".replace(".", ",")]
        tx(cols2[0][0], y, "ÄFO " + k, "Vera", 9)
        for (x, al), v in zip(cols2[1:], vals):
            tx(x, y, v, "Vera", 9, "r")
        y -= 14
    c.line(60, y + 9, LW - 60, y + 9)
    tx(cols2[0][0], y - 2, "Samtliga ÄFO i länet", "VeraBd", 9)
    vals = [sv(tt[0]), sv(tt[1]), sv(tt[2]), sv(tt[3]), f"{100 * tt[3] / tt[0]:.1f}".replace(".", ",")]
    for (x, al), v in zip(cols2[1:], vals):
        tx(x, y - 2, v, "VeraBd", 9, "r")
    y -= 10
    c.setLineWidth(0.8)
    c.line(60, y, LW - 60, y)
    y -= 16
    for t in ["Tilldelningen avser vuxna älgar och kalvar sammantaget i licensområden och älgskötselområden "
              "inom ÄFO:t. ÄFO Härjedalen södra omfattar även en mindre del av Bergs kommun; ÄFO Norra Jämtland "
              "omfattar Strömsunds kommun och norra Krokom.",
              "Källa: Länsstyrelsen Jämtlands län, Älgdata, uttag 2025-07-10."]:
        y = para(60, y, t, LW - 120, size=8, lead=10.5)
    tx(LW / 2, 30, "2", "Vera", 9, "c")
    c.restoreState()
    c.showPage()
    c.save()


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(2)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    write_f1(out)
    write_f2(out)
    write_f3(out)
    write_f4(out)
    write_f5(out)
    write_f6(out)
    for f in (F1, F2, F3, F4, F5, F6):
        print(f, os.path.getsize(os.path.join(out, f)))


if __name__ == "__main__":
    main()
