#!/usr/bin/env python3
"""r188 – Jämtlands län (Region Jämtland Härjedalen): writes six statistics files into OUT_DIR.

Usage: python r188_make_files.py OUT_DIR

Deterministic: fixed data, a seeded RNG for the decision register, fixed zip timestamps,
reportlab invariant mode.

Files
 1. scb_fritidshus_agare_jamtland_2023_2024.csv  – two PxWeb exports glued together (copy /b):
    the 2023 block in Windows-1252 with CRLF and no-break-space thousands, the 2024 block in UTF-8
    with LF, no separators, another column order, names without codes; the year only in each
    block's title line; '..' for one masked cell.
 2. tillvaxtverket_gastnatter_vintersasong_jamtland.xlsx – a chart sheet ('Diagram') first and
    active; season sheets Nov–Apr whose merged calendar-year row (2024 | 2025) sits over the month
    columns; Bräcke and Ragunda masked '..' but inside the county row; Riket row; notes sheet.
 3. rjh_rus_indikatorer_2025.pdf – Region Jämtland Härjedalen indicator report, two pages; Table 1
    drawn column by column (content-stream order = all names, then each figure column), rows
    sorted by the rate with county and Riket at the foot, Unicode minus; Table 2 row-wise; prose
    distractors.
 4. fk_foraldrapenning_kommun_2024.csv – comma-separated without quoting while the share column
    uses a decimal comma, so every data row has one field more than the header (pandas silently
    takes the first field as index and shifts every column), title line and unquoted footnotes.
 5. lst_rovdjursangrepp_tamdjur_2023_2024.xlsx – Länsstyrelsen sheets with SUM formulas whose cached
    values are stale after a correction of Strömsund (workbook in manual calculation); a
    correction note; per-predator sheet; 2023 sheet.
 6. rjh_foretagsstod_beslut_2024_2025.csv – a MySQL SELECT … INTO OUTFILE dump with a UNION'ed
    header: strings OPTIONALLY ENCLOSED BY '"', backslash escapes (\\" inside names, backslash +
    real newline inside comments), NULL as \\N, only kommunkod + ort (no municipality names).
"""
import io
import os
import random
import re
import sys
import zipfile

import openpyxl
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

KOMMUNER = [  # code, name (code order)
    ("2303", "Ragunda"), ("2305", "Bräcke"), ("2309", "Krokom"), ("2313", "Strömsund"),
    ("2321", "Åre"), ("2326", "Berg"), ("2361", "Härjedalen"), ("2380", "Östersund"),
]
NAMES = [n for _, n in KOMMUNER]

FIXED_DT = (2025, 11, 3, 8, 30, 0)


def fix_zip(path, patch=None):
    """Rewrite an xlsx with fixed timestamps (determinism); patch(name, bytes)->bytes optional."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if patch:
                data = patch(name, data)
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>2025-03-03T15:40:00Z\g<2>", data)
            zi = zipfile.ZipInfo(name, date_time=FIXED_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def fixed_props(wb, creator):
    import datetime as dt
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = dt.datetime(2025, 2, 14, 9, 12, 0)
    wb.properties.modified = dt.datetime(2025, 3, 3, 15, 40, 0)


# ---------------------------------------------------------------------------------------------
# 1. Fritidshus – two glued exports
# ---------------------------------------------------------------------------------------------
# total, samma kommun, annan kommun i länet, annat län, utlandet
FRITID_2023 = {
    "Ragunda": (1480, 547, 304, 609, 20),
    "Bräcke": (1620, 566, 433, 590, 31),
    "Krokom": (2310, 722, 975, 557, 56),
    "Strömsund": (2890, 1108, 655, 1041, 86),
    "Åre": (4120, 684, 511, 2775, 150),
    "Berg": (2760, 626, 772, 1283, 79),
    "Härjedalen": (5980, 1021, 242, 4498, 219),
    "Östersund": (1950, 837, 545, 520, 48),
}
FRITID_2024 = {
    "Ragunda": (1471, 540, 300, 610, 21),
    "Bräcke": (1612, 560, 430, 590, 32),
    "Krokom": (2318, 720, 980, 560, 58),
    "Strömsund": (2877, 1100, 650, 1040, 87),
    "Åre": (4236, 690, 520, 2870, 156),
    "Berg": (2771, 620, 780, 1290, 81),
    "Härjedalen": (6054, 1010, 240, 4580, 224),
    "Östersund": (1939, 830, 540, 520, 49),
}
TAXV_2024 = {"Ragunda": 412, "Bräcke": 388, "Krokom": 596, "Strömsund": 431, "Åre": 1874,
             "Berg": 703, "Härjedalen": 1236, "Östersund": 958}
RIKET_FRITID = {2023: (602115, 301877, 118342, 167904, 13992),
                2024: (603481, 301206, 118960, 169115, 14200)}


def _sum_rows(d):
    return tuple(sum(v[i] for v in d.values()) for i in range(5))


def write_fritidshus(out):
    nb = "\u00a0"

    def sv(n):
        s = f"{n:,}".replace(",", nb)
        return s

    # block 1 – 2023, Windows-1252, CRLF, nbsp thousands, coded regions
    l1 = ['"Fritidshus efter region och ägarens bosättning. År 2023"',
          '"Antal fritidshus"',
          '"Region";"Samtliga fritidshus";"Ägare bosatt i samma kommun";'
          '"Ägare bosatt i annan kommun i länet";"Ägare bosatt i annat län";"Ägare bosatt utomlands"']
    for code, name in KOMMUNER:
        v = FRITID_2023[name]
        l1.append(f'"{code} {name}";' + ";".join(sv(x) for x in v))
    l1.append('"23 Jämtlands län";' + ";".join(sv(x) for x in _sum_rows(FRITID_2023)))
    l1.append('"00 Riket";' + ";".join(sv(x) for x in RIKET_FRITID[2023]))
    l1 += ["",
           '"Fritidshus avser småhusenheter (typkod 220 och 221) med ett byggnadsvärde om minst '
           '50 000 kronor där ingen person är folkbokförd."',
           '"Ägarens bosättning avser den ägare som har störst andel; vid lika andelar den äldsta."',
           '"Källa: SCB, Fastighetstaxeringsregistret och Registret över totalbefolkningen (RTB). '
           'Uttag 2024-11-18."',
           ""]
    b1 = "\r\n".join(l1).encode("cp1252")

    # block 2 – 2024, UTF-8, LF, other column order, names without codes, '..'
    l2 = ['"Fritidshus efter region, ägarens bosättning och taxeringsvärde. År 2024"',
          '"Antal fritidshus respektive medelvärde, tkr"',
          '"region";"Ägare bosatt i annat län";"Ägare bosatt utomlands";"Ägare bosatt i samma kommun";'
          '"Ägare bosatt i annan kommun i länet";"Samtliga fritidshus";"Genomsnittligt taxeringsvärde, tkr"']
    for code, name in KOMMUNER:
        t, s, a, o, u = FRITID_2024[name]
        u_s = ".." if name == "Ragunda" else str(u)
        l2.append(f'"{name}";{o};{u_s};{s};{a};{t};{TAXV_2024[name]}')
    t, s, a, o, u = _sum_rows(FRITID_2024)
    l2.append(f'"Jämtlands län";{o};{u};{s};{a};{t};912')
    t, s, a, o, u = RIKET_FRITID[2024]
    l2.append(f'"Riket";{o};{u};{s};{a};{t};1387')
    l2 += ["",
           '".. = uppgift redovisas inte på grund av röjanderisk (ingår i summan Samtliga fritidshus)."',
           '"Källa: SCB, Fastighetstaxeringsregistret och RTB. Uttag 2025-10-07."',
           ""]
    b2 = "\n".join(l2).encode("utf-8")
    with open(os.path.join(out, "scb_fritidshus_agare_jamtland_2023_2024.csv"), "wb") as f:
        f.write(b1 + b2)


# ---------------------------------------------------------------------------------------------
# 2. Gästnätter vintersäsong – chart sheet first, calendar-year row over months
# ---------------------------------------------------------------------------------------------
MONTHS = ["nov", "dec", "jan", "feb", "mar", "apr"]
GN_2425 = {
    "Östersund": (31214, 34862, 33907, 41536, 44118, 33641),
    "Åre": (21377, 98704, 152318, 268942, 281455, 162809),
    "Härjedalen": (14926, 84215, 121634, 214307, 229851, 118436),
    "Berg": (2108, 9815, 12427, 27336, 31904, 14218),
    "Krokom": (3917, 5236, 4823, 7118, 8342, 6205),
    "Strömsund": (2311, 3127, 2906, 5644, 7419, 4133),
    "Bräcke": (904, 1122, 817, 1236, 1418, 1009),
    "Ragunda": (712, 958, 633, 914, 1127, 862),
}
GN_2324 = {
    "Östersund": (30588, 33901, 32744, 40212, 43560, 32918),
    "Åre": (20615, 94338, 147862, 259117, 276034, 171245),
    "Härjedalen": (14402, 80967, 118220, 208553, 231478, 109870),
    "Berg": (2044, 9512, 11905, 26488, 30771, 13102),
    "Krokom": (3702, 5011, 4690, 6874, 8105, 5980),
    "Strömsund": (2198, 2987, 2811, 5402, 7233, 3978),
    "Bräcke": (866, 1075, 790, 1198, 1377, 951),
    "Ragunda": (701, 912, 602, 880, 1090, 833),
}
UTL_SHARE = {"Östersund": 0.094, "Åre": 0.221, "Härjedalen": 0.143, "Berg": 0.082,
             "Krokom": 0.113, "Strömsund": 0.157, "Bräcke": 0.061, "Ragunda": 0.052}
RIKET_GN = {"2024-25": (2984113, 3012554, 2801447, 3366921, 3588204, 3402776),
            "2023-24": (2921870, 2967315, 2744106, 3301558, 3561902, 3318440)}
GN_ORDER = ["Östersund", "Åre", "Härjedalen", "Berg", "Krokom", "Strömsund", "Bräcke", "Ragunda"]
MASKED_GN = {"Bräcke", "Ragunda"}


def write_gastnatter(out):
    wb = openpyxl.Workbook()
    fixed_props(wb, "Tillväxtverket")
    ws0 = wb.active
    thin = Side(style="thin", color="999999")
    bold = Font(bold=True)
    sheets = {}
    for season, data, y1, y2 in (("2024-25", GN_2425, 2024, 2025), ("2023-24", GN_2324, 2023, 2024)):
        ws = wb.create_sheet(f"Säsong {season}")
        sheets[season] = ws
        ws["A1"] = (f"Gästnätter på hotell, stugbyar, vandrarhem och campingplatser i Jämtlands län, "
                    f"vintersäsongen november {y1} – april {y2}")
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = ("Källa: Tillväxtverket och SCB, Inkvarteringsstatistiken. "
                    + ("Uppgifterna för mars och april 2025 är preliminära." if y2 == 2025 else
                       "Slutliga uppgifter."))
        ws["A2"].font = Font(italic=True, size=9)
        ws["A4"] = "Kommun"
        ws.merge_cells("A4:A5")
        ws["B4"] = y1
        ws.merge_cells("B4:C4")
        ws["D4"] = y2
        ws.merge_cells("D4:G4")
        ws["H4"] = "Säsongen totalt"
        ws.merge_cells("H4:H5")
        ws["I4"] = "därav utländska gästnätter"
        ws.merge_cells("I4:I5")
        ws["J4"] = "Andel utländska, %"
        ws.merge_cells("J4:J5")
        for j, m in enumerate(MONTHS):
            ws.cell(row=5, column=2 + j, value=m)
        for r in (4, 5):
            for c in range(1, 11):
                cell = ws.cell(row=r, column=c)
                cell.font = bold
                cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
                cell.border = Border(bottom=thin, top=thin)
                cell.fill = PatternFill("solid", fgColor="DDE7F0")
        r = 6
        tot = [0] * 6
        tot_utl = 0
        for name in GN_ORDER:
            vals = data[name]
            s = sum(vals)
            utl = round(s * UTL_SHARE[name])
            tot = [a + b for a, b in zip(tot, vals)]
            tot_utl += utl
            ws.cell(row=r, column=1, value=name)
            if name in MASKED_GN:
                for c in range(2, 11):
                    ws.cell(row=r, column=c, value="..").alignment = Alignment(horizontal="right")
            else:
                for j, v in enumerate(vals):
                    ws.cell(row=r, column=2 + j, value=v).number_format = "#,##0"
                ws.cell(row=r, column=8, value=s).number_format = "#,##0"
                ws.cell(row=r, column=9, value=utl).number_format = "#,##0"
                ws.cell(row=r, column=10, value=round(100 * utl / s, 1)).number_format = "0.0"
            r += 1
        ws.cell(row=r, column=1, value="Jämtlands län").font = bold
        for j, v in enumerate(tot):
            ws.cell(row=r, column=2 + j, value=v).number_format = "#,##0"
        ws.cell(row=r, column=8, value=sum(tot)).number_format = "#,##0"
        ws.cell(row=r, column=9, value=tot_utl).number_format = "#,##0"
        ws.cell(row=r, column=10, value=round(100 * tot_utl / sum(tot), 1)).number_format = "0.0"
        for c in range(1, 11):
            ws.cell(row=r, column=c).font = bold
            ws.cell(row=r, column=c).border = Border(top=thin)
        r += 1
        rk = RIKET_GN[season]
        ws.cell(row=r, column=1, value="Riket")
        for j, v in enumerate(rk):
            ws.cell(row=r, column=2 + j, value=v).number_format = "#,##0"
        ws.cell(row=r, column=8, value=sum(rk)).number_format = "#,##0"
        rutl = round(sum(rk) * 0.187)
        ws.cell(row=r, column=9, value=rutl).number_format = "#,##0"
        ws.cell(row=r, column=10, value=round(100 * rutl / sum(rk), 1)).number_format = "0.0"
        r += 2
        ws.cell(row=r, column=1, value=".. Uppgift redovisas inte (färre än tre öppethållna "
                                        "anläggningar). Ingår i länets summa.").font = Font(size=9)
        ws.column_dimensions["A"].width = 16
        for c in range(2, 11):
            ws.column_dimensions[get_column_letter(c)].width = 11
        ws.freeze_panes = "B6"

    om = wb.create_sheet("Om statistiken")
    notes = [
        "Om statistiken",
        "",
        "Vintersäsong = november–april. Säsongen 2024-25 omfattar alltså november–december 2024 "
        "och januari–april 2025.",
        "Gästnätter = antal övernattningar på kommersiella anläggningar (hotell, stugbyar, "
        "vandrarhem, campingplatser). Privat uthyrning och fritidshus ingår inte.",
        "Bräcke och Ragunda redovisas inte separat eftersom färre än tre anläggningar haft öppet, "
        "men de ingår i Jämtlands län.",
        "Statistik för sommarmånaderna (maj–oktober) publiceras i en separat fil.",
        "Diagrammet på fliken 'Diagram' visar säsongens totala gästnätter per kommun.",
    ]
    for i, t in enumerate(notes, 1):
        om.cell(row=i, column=1, value=t)
    om["A1"].font = Font(bold=True, size=12)
    om.column_dimensions["A"].width = 110

    wb.remove(ws0)
    # chart sheet first and active
    ws = sheets["2024-25"]
    ch = BarChart()
    ch.type = "bar"
    ch.title = "Gästnätter vintersäsongen 2024-25 per kommun"
    ch.add_data(Reference(ws, min_col=8, min_row=5, max_row=11), titles_from_data=True)
    ch.set_categories(Reference(ws, min_col=1, min_row=6, max_row=11))
    cs = wb.create_chartsheet("Diagram", 0)
    cs.add_chart(ch)
    wb.active = 0
    path = os.path.join(out, "tillvaxtverket_gastnatter_vintersasong_jamtland.xlsx")
    wb.save(path)
    fix_zip(path)


# ---------------------------------------------------------------------------------------------
# 3. PDF indicator report – table 1 drawn column by column
# ---------------------------------------------------------------------------------------------
# förvärvsfrekvens 2024, change pp, eftergymnasial 25–64 %, gymnasieexamen inom 4 år %
IND = {
    "Krokom": (84.1, 0.4, 41.2, 74.8),
    "Åre": (83.6, 0.9, 45.3, 71.9),
    "Berg": (82.7, -0.2, 33.1, 69.5),
    "Östersund": (81.9, 0.3, 52.6, 76.4),
    "Härjedalen": (81.2, 0.6, 31.8, 70.3),
    "Bräcke": (79.4, -0.5, 28.7, 66.1),
    "Strömsund": (78.8, 0.1, 29.4, 68.8),
    "Ragunda": (76.5, -0.7, 27.9, 63.2),
}
IND_LAN = (81.6, 0.3, 44.9, 73.1)
IND_RIKET = (80.1, 0.1, 47.8, 72.4)
# nystartade företag 2024, 2023, per 1 000 inv 16–64 år 2024
NYF = {
    "Östersund": (402, 398, 9.8), "Åre": (158, 141, 20.9), "Krokom": (96, 85, 10.2),
    "Härjedalen": (84, 77, 14.6), "Strömsund": (41, 46, 6.4), "Berg": (38, 35, 9.4),
    "Bräcke": (27, 31, 7.6), "Ragunda": (22, 29, 7.3),
}
NYF_RIKET = (68412, 70155, 10.5)


def _fmt_dec(x, signed=False, minus="\u2212"):
    s = f"{abs(x):.1f}".replace(".", ",")
    if x < 0:
        return minus + s
    return ("+" + s) if signed and x > 0 else ("±0,0" if signed and x == 0 else s)


def write_pdf(out):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    reg, bd = "Helvetica", "Helvetica-Bold"
    minus = "-"
    fdir = "/usr/share/fonts/truetype/dejavu/"
    if os.path.exists(fdir + "DejaVuSans.ttf") and os.path.exists(fdir + "DejaVuSans-Bold.ttf"):
        pdfmetrics.registerFont(TTFont("DejaVu", fdir + "DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DejaVu-Bold", fdir + "DejaVuSans-Bold.ttf"))
        reg, bd, minus = "DejaVu", "DejaVu-Bold", "\u2212"

    path = os.path.join(out, "rjh_rus_indikatorer_2025.pdf")
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("Indikatoruppföljning RUS 2025")
    c.setAuthor("Region Jämtland Härjedalen, Regional utveckling")
    W, H = A4

    def header(page):
        c.setFillColorRGB(0.11, 0.33, 0.42)
        c.rect(0, H - 48, W, 48, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont(bd, 11)
        c.drawString(40, H - 30, "Region Jämtland Härjedalen")
        c.setFont(reg, 9)
        c.drawRightString(W - 40, H - 30, "Regional utveckling · Dnr RS/1873/2025")
        c.setFillColorRGB(0, 0, 0)
        c.setFont(reg, 8)
        c.drawCentredString(W / 2, 28, f"Sida {page} av 2")

    def para(lines, x, y, size=9.5, lead=13.5):
        c.setFont(reg, size)
        for ln in lines:
            c.drawString(x, y, ln)
            y -= lead
        return y

    # ---- page 1
    header(1)
    c.setFont(bd, 16)
    c.drawString(40, H - 85, "Regional utvecklingsstrategi 2030 – indikatoruppföljning 2025")
    c.setFont(reg, 10)
    c.drawString(40, H - 102, "Arbetsmarknad och kompetensförsörjning i länets åtta kommuner")
    y = para([
        "Förvärvsfrekvensen i Jämtlands län fortsatte att stiga under 2024 och ligger nu över riksgenomsnittet.",
        "Som jämförelse var förvärvsfrekvensen 79,8 procent i länet år 2019, och strategins mål är 84 procent",
        "år 2030. Skillnaderna mellan kommunerna är fortsatt stora: i de västra fjällkommunerna är andelen",
        "sysselsatta hög, medan den är lägre i de östra kommunerna med äldre befolkning. Bland kvinnor var",
        "förvärvsfrekvensen 80,9 procent och bland män 82,3 procent (länet, 2024). Andelen unga som tar",
        "gymnasieexamen inom fyra år har ökat något jämfört med förra uppföljningen (71,6 procent i länet).",
    ], 40, H - 130)

    y -= 8
    c.setFont(bd, 10)
    c.drawString(40, y, "Tabell 1. Förvärvsfrekvens och utbildningsnivå per kommun, sorterat efter förvärvsfrekvens")
    y -= 14
    c.setFont(reg, 8)
    c.drawString(40, y, "Procent respektive procentenheter")
    y -= 10
    cols_x = [40, 190, 280, 370, 465]   # left edge of label col, right edges of numeric cols below
    rights = [262, 352, 447, 545]
    heads = [
        ["Förvärvsfrekvens", "20–64 år, 2024"],
        ["Förändring", "sedan 2023, p.e."],
        ["Eftergymnasial", "utb. 25–64 år, %"],
        ["Gymnasieexamen", "inom 4 år¹, %"],
    ]
    top = y
    c.setLineWidth(0.6)
    c.line(40, top, 550, top)
    c.setFont(bd, 8.5)
    c.drawString(44, top - 14, "Kommun")
    for (h1, h2), rx in zip(heads, rights):
        c.drawRightString(rx, top - 12, h1)
        c.drawRightString(rx, top - 23, h2)
    c.line(40, top - 29, 550, top - 29)
    rows = sorted(IND.items(), key=lambda kv: -kv[1][0])
    rows = [(n, v, False) for n, v in rows] + [("Jämtlands län", IND_LAN, True), ("Riket", IND_RIKET, True)]
    row_y = [top - 43 - 15 * i for i in range(len(rows))]
    # shaded stripes and the rule above the county row
    for i, yy in enumerate(row_y):
        if i % 2 == 1:
            c.setFillColorRGB(0.94, 0.95, 0.97)
            c.rect(40, yy - 4, 510, 15, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.line(40, row_y[8] + 11, 550, row_y[8] + 11)
    # column-by-column drawing: first all labels, then each numeric column top to bottom
    for (n, v, isb), yy in zip(rows, row_y):
        c.setFont(bd if isb else reg, 9)
        c.drawString(44, yy, n)
    for k, rx in enumerate(rights):
        for (n, v, isb), yy in zip(rows, row_y):
            c.setFont(bd if isb else reg, 9)
            c.drawRightString(rx, yy, _fmt_dec(v[k], signed=(k == 1), minus=minus))
    yb = row_y[-1] - 10
    c.line(40, yb, 550, yb)
    c.setFont(reg, 7.5)
    c.drawString(40, yb - 12, "¹ Elever som började gymnasiet hösten 2020, folkbokförda i kommunen. "
                              "Förvärvsfrekvens enligt SCB:s registerbaserade arbetsmarknadsstatistik (BAS).")
    c.drawString(40, yb - 22, "Källor: SCB (BAS, Utbildningsregistret), Skolverket. Bearbetning: Region Jämtland Härjedalen.")
    para([
        "Kommentar: Ragunda har länets lägsta förvärvsfrekvens men minskningen mellan 2022 och 2023 var",
        "större (−1,1 procentenheter) än den senaste. Östersund har klart högst andel med eftergymnasial",
        "utbildning, vilket hänger samman med Mittuniversitetet och de statliga myndigheterna i staden.",
    ], 40, yb - 48)
    c.showPage()

    # ---- page 2
    header(2)
    c.setFont(bd, 13)
    c.drawString(40, H - 82, "Företagande och nyföretagande")
    para([
        "Nyföretagandet i länet ökade under 2024 efter två års nedgång. Under första halvåret 2025",
        "startades 471 nya företag i länet enligt preliminära uppgifter. Turismnäringen i Åre och",
        "Härjedalen står för en stor del av nyföretagandet; räknat per invånare i arbetsför ålder ligger",
        "fjällkommunerna långt över rikets nivå. År 2019 startades 936 företag i Jämtlands län.",
    ], 40, H - 108)
    y = H - 180
    c.setFont(bd, 10)
    c.drawString(40, y, "Tabell 2. Nystartade företag per kommun 2023–2024")
    y -= 10
    c.line(40, y, 550, y)
    c.setFont(bd, 8.5)
    c.drawString(44, y - 14, "Kommun")
    r2 = [250, 330, 430, 545]
    h2 = [["Antal", "2024"], ["Antal", "2023"], ["Förändring,", "antal"], ["Per 1 000 inv.", "16–64 år, 2024"]]
    for (a, b), rx in zip(h2, r2):
        c.drawRightString(rx, y - 12, a)
        c.drawRightString(rx, y - 23, b)
    c.line(40, y - 29, 550, y - 29)
    yy = y - 43
    order = [(n, NYF[n]) for n in ["Berg", "Bräcke", "Härjedalen", "Krokom", "Ragunda", "Strömsund",
                                    "Åre", "Östersund"]]
    lan24 = sum(v[0] for v in NYF.values())
    lan23 = sum(v[1] for v in NYF.values())
    lan_rate = 10.7
    allrows = [(n, v, False) for n, v in order] + [("Jämtlands län", (lan24, lan23, lan_rate), True),
                                                   ("Riket", NYF_RIKET, True)]
    for n, v, isb in allrows:
        if isb and n == "Jämtlands län":
            c.line(40, yy + 11, 550, yy + 11)
        c.setFont(bd if isb else reg, 9)
        c.drawString(44, yy, n)
        d = v[0] - v[1]
        vals = [f"{v[0]:,}".replace(",", " "), f"{v[1]:,}".replace(",", " "),
                (minus + f"{abs(d):,}".replace(",", " ") if d < 0 else ("+" + f"{d:,}".replace(",", " ") if d > 0 else "0")),
                _fmt_dec(v[2])]
        for s, rx in zip(vals, r2):
            c.drawRightString(rx, yy, s)
        yy -= 15
    c.line(40, yy + 6, 550, yy + 6)
    c.setFont(reg, 7.5)
    c.drawString(40, yy - 6, "Källa: Tillväxtanalys, Nystartade företag. Företag som startats under året och "
                             "som inte är ombildningar eller ägarbyten.")
    para([
        "Att notera: i förra årets uppföljning redovisades 812 nystartade företag för 2023; siffran har",
        "därefter reviderats av Tillväxtanalys och tabellen ovan visar de reviderade uppgifterna.",
        "Konkurserna i länet uppgick till 74 under 2024 (68 år 2023).",
    ], 40, yy - 34)
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------------------------
# 4. FK föräldrapenning – ragged comma CSV (unquoted decimal commas)
# ---------------------------------------------------------------------------------------------
# mottagare kvinnor, mottagare män, nettodagar kvinnor, nettodagar män, barn med uttag
FP = {
    "Ragunda": (250, 204, 22400, 12930, 391),
    "Bräcke": (300, 262, 26880, 13510, 468),
    "Krokom": (1010, 905, 92110, 57840, 1684),
    "Strömsund": (520, 431, 46980, 24150, 812),
    "Åre": (880, 801, 74230, 53960, 1490),
    "Berg": (330, 288, 29150, 16020, 541),
    "Härjedalen": (470, 402, 41220, 23870, 769),
    "Östersund": (3412, 2985, 298450, 201330, 5736),
}
FP_RIKET = (398214, 351877, 33918240, 22466310, 662104)


def fp_share(v):
    return round(100 * v[3] / (v[2] + v[3]), 1)


def write_fp(out):
    lines = ["Föräldrapenning per kommun 2024",
             "Kommun,Mottagare kvinnor,Mottagare män,Nettodagar kvinnor,Nettodagar män,"
             "Männens andel av nettodagarna (%),Barn med uttag"]

    def row(label, v):
        sh = f"{fp_share(v):.1f}".replace(".", ",")
        return f"{label},{v[0]},{v[1]},{v[2]},{v[3]},{sh},{v[4]}"

    for code, name in KOMMUNER:
        lines.append(row(f"{code} {name}", FP[name]))
    lan = tuple(sum(FP[n][i] for n in NAMES) for i in range(5))
    lines.append(row("23 Jämtlands län", lan))
    lines.append(row("Riket", FP_RIKET))
    lines += ["",
              "Källa: Försäkringskassan, MiDAS, uttag 2025-02-10",
              "Nettodagar = dagar omräknade till hela dagar, t.ex. blir två halva dagar en nettodag",
              "Avser föräldrapenning (ej tillfällig föräldrapenning), mottagarens folkbokföringskommun",
              ""]
    with open(os.path.join(out, "fk_foraldrapenning_kommun_2024.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines))


# ---------------------------------------------------------------------------------------------
# 5. Länsstyrelsen rovdjursangrepp – formulas with stale cached values, manual calc
# ---------------------------------------------------------------------------------------------
# angrepp, får, nöt, get, hund, övriga, ersättning kr
ROV_2024 = {
    "Ragunda": (3, 11, 0, 0, 0, 0, 24200),
    "Bräcke": (5, 17, 1, 0, 1, 0, 52300),
    "Krokom": (9, 34, 2, 0, 1, 2, 118400),
    "Strömsund": (11, 29, 3, 2, 2, 0, 114500),   # corrected: får 23 -> 29, kr 101 900 -> 114 500
    "Åre": (8, 26, 1, 0, 2, 1, 96700),
    "Berg": (12, 41, 4, 3, 0, 1, 157800),
    "Härjedalen": (10, 38, 0, 0, 3, 2, 131200),
    "Östersund": (2, 6, 0, 0, 1, 0, 21600),
}
ROV_STROMSUND_OLD = (11, 23, 3, 2, 2, 0, 101900)
ROV_2023 = {
    "Ragunda": (2, 8, 0, 0, 0, 0, 18900),
    "Bräcke": (6, 21, 0, 1, 1, 0, 61000),
    "Krokom": (8, 27, 1, 0, 2, 1, 97300),
    "Strömsund": (9, 25, 2, 0, 1, 0, 88400),
    "Åre": (10, 31, 2, 0, 1, 1, 112600),
    "Berg": (11, 37, 3, 2, 1, 0, 134900),
    "Härjedalen": (12, 44, 1, 0, 2, 3, 149800),
    "Östersund": (1, 3, 0, 0, 1, 0, 9700),
}
# per predator 2024: angrepp, får, nöt, get, hund, övriga
ROV_ART = [
    ("Björn", 9, 22, 5, 0, 0, 1),
    ("Varg", 14, 71, 4, 2, 4, 1),
    ("Lodjur", 23, 66, 0, 3, 0, 2),
    ("Järv", 8, 27, 0, 0, 0, 2),
    ("Kungsörn", 4, 12, 0, 0, 0, 0),
    ("Ej fastställt", 2, 4, 2, 0, 6, 0),
]


def write_rovdjur(out):
    wb = openpyxl.Workbook()
    fixed_props(wb, "Länsstyrelsen Jämtlands län")
    thin = Side(style="thin", color="808080")
    bold = Font(bold=True)
    cached = {}   # (sheet title, cell) -> cached value to write

    def muni_sheet(ws, year, data, stale):
        ws["A1"] = f"Besiktigade rovdjursangrepp på tamdjur i Jämtlands län {year}"
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = ("Källa: Länsstyrelsen Jämtlands län, viltskadeenheten (besiktningar registrerade i "
                    "Rovbase). Ersättning enligt 2 § viltskadeförordningen (2001:724).")
        ws["A2"].font = Font(italic=True, size=9)
        ws["A4"] = "Kommun"
        ws.merge_cells("A4:A5")
        ws["B4"] = "Antal angrepp"
        ws.merge_cells("B4:B5")
        ws["C4"] = "Dödade, skadade eller saknade tamdjur"
        ws.merge_cells("C4:H4")
        for j, h in enumerate(["Får (inkl. lamm)", "Nötkreatur", "Get", "Hund", "Övriga", "Totalt"]):
            ws.cell(row=5, column=3 + j, value=h)
        ws["I4"] = "Utbetald ersättning, kr"
        ws.merge_cells("I4:I5")
        for r in (4, 5):
            for cc in range(1, 10):
                cell = ws.cell(row=r, column=cc)
                cell.font = bold
                cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
                cell.border = Border(top=thin, bottom=thin)
        r = 6
        for code, name in KOMMUNER:
            v = data[name]
            ws.cell(row=r, column=1, value=name)
            ws.cell(row=r, column=2, value=v[0])
            for j in range(5):
                ws.cell(row=r, column=3 + j, value=v[1 + j])
            ws.cell(row=r, column=8, value=f"=SUM(C{r}:G{r})")
            tot = sum(v[1:6])
            if stale and name == "Strömsund":
                tot = sum(ROV_STROMSUND_OLD[1:6])
            cached[(ws.title, f"H{r}")] = tot
            ws.cell(row=r, column=9, value=v[6]).number_format = "# ##0"
            r += 1
        ws.cell(row=r, column=1, value="Jämtlands län").font = bold
        for cc in range(2, 10):
            L = get_column_letter(cc)
            ws.cell(row=r, column=cc, value=f"=SUM({L}6:{L}{r - 1})").font = bold
            ws.cell(row=r, column=cc).border = Border(top=thin)
            if cc == 9:
                ws.cell(row=r, column=cc).number_format = "# ##0"
            # cached value
            if cc == 8:
                val = sum(sum(data[n][1:6]) for n in NAMES)
            else:
                idx = {2: 0, 3: 1, 4: 2, 5: 3, 6: 4, 7: 5, 9: 6}[cc]
                val = sum(data[n][idx] for n in NAMES)
            if stale:
                old = ROV_STROMSUND_OLD
                new = data["Strömsund"]
                if cc == 8:
                    val += sum(old[1:6]) - sum(new[1:6])
                elif cc != 2:
                    idx = {3: 1, 4: 2, 5: 3, 6: 4, 7: 5, 9: 6}[cc]
                    val += old[idx] - new[idx]
            cached[(ws.title, f"{L}{r}")] = val
        ws.cell(row=r, column=1).border = Border(top=thin)
        r += 2
        ws.column_dimensions["A"].width = 16
        for cc in range(2, 10):
            ws.column_dimensions[get_column_letter(cc)].width = 12
        ws.column_dimensions["I"].width = 16
        return r

    ws24 = wb.active
    ws24.title = "Angrepp 2024"
    r = muni_sheet(ws24, 2024, ROV_2024, stale=True)
    ws24.cell(row=r, column=1, value=(
        "Rättelse 2025-03-03: Strömsunds uppgifter har uppdaterats efter kompletterande besiktning "
        "i Gäddede (ytterligare 6 dödade får) och ersättningen har justerats till 114 500 kr."))
    ws24.cell(row=r, column=1).font = Font(italic=True, color="C00000", size=9)
    ws24.cell(row=r + 1, column=1, value=(
        "Ett angrepp kan omfatta flera djur. Angrepp där rovdjursart inte kunnat fastställas "
        "ingår i summan."))
    ws24.cell(row=r + 1, column=1).font = Font(size=9)

    wa = wb.create_sheet("Per rovdjursart 2024")
    wa["A1"] = "Besiktigade angrepp på tamdjur per rovdjursart, Jämtlands län 2024"
    wa["A1"].font = Font(bold=True, size=12)
    wa["A2"] = "Källa: Länsstyrelsen Jämtlands län. Inkl. rättelsen 2025-03-03."
    wa["A2"].font = Font(italic=True, size=9)
    hdr = ["Rovdjursart", "Antal angrepp", "Får (inkl. lamm)", "Nötkreatur", "Get", "Hund", "Övriga",
           "Totalt antal djur"]
    for j, h in enumerate(hdr):
        cell = wa.cell(row=4, column=1 + j, value=h)
        cell.font = bold
        cell.alignment = Alignment(horizontal="center", wrap_text=True)
        cell.border = Border(top=thin, bottom=thin)
    r = 5
    for row in ROV_ART:
        for j, v in enumerate(row):
            wa.cell(row=r, column=1 + j, value=v)
        wa.cell(row=r, column=8, value=f"=SUM(C{r}:G{r})")
        cached[(wa.title, f"H{r}")] = sum(row[2:7])
        r += 1
    wa.cell(row=r, column=1, value="Summa").font = bold
    for cc in range(2, 9):
        L = get_column_letter(cc)
        wa.cell(row=r, column=cc, value=f"=SUM({L}5:{L}{r - 1})").font = bold
        if cc == 8:
            cached[(wa.title, f"{L}{r}")] = sum(sum(x[2:7]) for x in ROV_ART)
        else:
            cached[(wa.title, f"{L}{r}")] = sum(x[cc - 1] for x in ROV_ART)
    wa.column_dimensions["A"].width = 16

    w23 = wb.create_sheet("Angrepp 2023")
    muni_sheet(w23, 2023, ROV_2023, stale=False)

    path = os.path.join(out, "lst_rovdjursangrepp_tamdjur_2023_2024.xlsx")
    wb.save(path)

    # map sheet xml file -> title (openpyxl writes sheet1.xml.. in order)
    titles = [ws.title for ws in wb.worksheets]
    xml_to_title = {f"xl/worksheets/sheet{i + 1}.xml": t for i, t in enumerate(titles)}

    def patch(name, data):
        if name in xml_to_title:
            t = xml_to_title[name]
            s = data.decode("utf-8")

            def rep(m):
                ref = m.group(1)
                v = cached.get((t, ref))
                if v is None:
                    return m.group(0)
                return f'<c r="{ref}"{m.group(2)}><f>{m.group(3)}</f><v>{v}</v></c>'
            s = re.sub(r'<c r="([A-Z]+[0-9]+)"([^>]*)><f>([^<]*)</f><v\s*/?>(?:</v>)?</c>', rep, s)
            return s.encode("utf-8")
        if name == "xl/workbook.xml":
            s = data.decode("utf-8")
            s = re.sub(r"<calcPr[^>]*/>", '<calcPr calcId="191029" calcMode="manual" calcOnSave="0"/>', s)
            return s.encode("utf-8")
        return data

    fix_zip(path, patch)


# ---------------------------------------------------------------------------------------------
# 6. MySQL INTO OUTFILE dump of a business-support decision register
# ---------------------------------------------------------------------------------------------
ORTER = {
    "2303": ["Hammarstrand", "Bispgården", "Stugun"],
    "2305": ["Bräcke", "Kälarne", "Gällö"],
    "2309": ["Krokom", "Föllinge", "Nälden", "Ås"],
    "2313": ["Strömsund", "Hoting", "Gäddede", "Backe"],
    "2321": ["Järpen", "Åre", "Duved", "Undersåker", "Mörsil"],
    "2326": ["Svenstavik", "Myrviken", "Klövsjö", "Rätan"],
    "2361": ["Sveg", "Funäsdalen", "Vemdalen", "Lofsdalen", "Hede"],
    "2380": ["Östersund", "Brunflo", "Lit", "Frösön"],
}
KOM_W = {"2303": 4, "2305": 4, "2309": 7, "2313": 6, "2321": 11, "2326": 5, "2361": 10, "2380": 14}
PREFIX = ["Fjäll", "Skogs", "Bygg", "Sjö", "Norr", "Jämt", "Hög", "Vild", "Berg", "Älv", "Myr", "Fors"]
SUFFIX = ["service AB", "teknik AB", "gården AB", "turism AB", "snickeri HB", "el & VVS AB",
          "mat AB", "logistik AB", "design AB", "foder & lantbruk AB"]
STODFORM = [("Regionalt investeringsstöd", 4), ("Konsultcheck", 5), ("Innovationscheck", 2),
            ("Stöd till kommersiell service", 2)]


def _amount(rng, form):
    if form == "Regionalt investeringsstöd":
        return rng.randrange(150, 2400) * 1000
    if form == "Konsultcheck":
        return rng.randrange(40, 201) * 500
    if form == "Innovationscheck":
        return rng.randrange(10, 41) * 5000
    return rng.randrange(6, 61) * 5000


def build_register():
    rng = random.Random(188)
    rows = []
    codes = list(KOM_W)
    weights = [KOM_W[c] for c in codes]
    forms = [f for f, _ in STODFORM]
    fw = [w for _, w in STODFORM]
    import datetime as dt
    start = dt.date(2024, 1, 8)
    for i in range(74):
        code = rng.choices(codes, weights)[0]
        ort = rng.choice(ORTER[code])
        form = rng.choices(forms, fw)[0]
        bes = start + dt.timedelta(days=int(i * 9.6) + rng.randrange(0, 5))
        ink = bes - dt.timedelta(days=rng.randrange(21, 120))
        sokt = _amount(rng, form)
        if form == "Konsultcheck":
            sokt = min(sokt, 100000)
        x = rng.random()
        if bes > dt.date(2025, 9, 15) and x < 0.6:
            status = "Under handläggning"
        elif x < 0.12:
            status = "Avslag"
        elif x < 0.19:
            status = "Återkallat"
        else:
            status = "Beviljat"
        if status == "Beviljat" or status == "Återkallat":
            bev = sokt if rng.random() < 0.55 else int(round(sokt * rng.choice([0.5, 0.6, 0.75, 0.8]) / 500) * 500)
        elif status == "Avslag":
            bev = 0
        else:
            bev = None
        name = f"{rng.choice(PREFIX)}{rng.choice(SUFFIX)}"
        rows.append(dict(kommunkod=code, ort=ort, stodform=form,
                         beslutsdatum=None if status == "Under handläggning" else bes, inkom=ink,
                         sokt=sokt, beviljat=bev, status=status, foretag=name, kommentar=None))
    # fixed rows that make the traps certain
    fixed = [
        dict(kommunkod="2361", ort="Funäsdalen", stodform="Regionalt investeringsstöd",
             beslutsdatum=dt.date(2024, 12, 30), inkom=dt.date(2024, 10, 2), sokt=1850000,
             beviljat=1850000, status="Beviljat", foretag='Fjällhotellet "Gammelgården" AB',
             kommentar="Beslut fattat före årsskiftet, utbetalning sker 2025"),
        dict(kommunkod="2361", ort="Vemdalen", stodform="Regionalt investeringsstöd",
             beslutsdatum=dt.date(2025, 3, 11), inkom=dt.date(2024, 12, 19), sokt=2300000,
             beviljat=2300000, status="Återkallat", foretag="Vemdalsskalet Boende, Drift & Service AB",
             kommentar="Återkallat 2025-08-20 på företagets begäran.\nProjektet genomförs inte."),
        dict(kommunkod="2361", ort="Sveg", stodform="Stöd till kommersiell service",
             beslutsdatum=None, inkom=dt.date(2025, 9, 29), sokt=240000, beviljat=None,
             status="Under handläggning", foretag="Svegs Livs & Ombud AB", kommentar=None),
        dict(kommunkod="2361", ort="Hede", stodform="Konsultcheck",
             beslutsdatum=dt.date(2025, 5, 6), inkom=dt.date(2025, 3, 3), sokt=100000, beviljat=0,
             status="Avslag", foretag="Hede Såg & Hyvleri AB",
             kommentar='Avslag: "de minimis"-taket överskridet'),
        dict(kommunkod="2361", ort="Lofsdalen", stodform="Konsultcheck",
             beslutsdatum=dt.date(2025, 6, 17), inkom=dt.date(2025, 4, 28), sokt=86000, beviljat=43000,
             status="Beviljat", foretag="Lofsdalens Fjällguidning & Äventyr AB", kommentar=None),
        dict(kommunkod="2321", ort="Duved", stodform="Konsultcheck",
             beslutsdatum=dt.date(2025, 2, 4), inkom=dt.date(2024, 11, 20), sokt=100000, beviljat=100000,
             status="Återkallat", foretag='Duveds Skidskola "Snörik" AB', kommentar=None),
    ]
    rows += fixed
    # sort: decided rows by decision date, pending rows last by inkom
    rows.sort(key=lambda r: (r["beslutsdatum"] is None, r["beslutsdatum"] or r["inkom"], r["foretag"]))
    for i, r in enumerate(rows):
        r["id"] = 4101 + i
        y = (r["beslutsdatum"] or r["inkom"]).year
        r["diarienr"] = f"RS/{1000 + (r['id'] * 37) % 2900}/{r['inkom'].year}"
        # utbetalt
        if r["status"] == "Beviljat":
            x = (r["id"] * 7919) % 10
            if r["beslutsdatum"].year == 2024 and x < 7:
                r["utbetalt"] = r["beviljat"]
            elif x < 4:
                r["utbetalt"] = int(r["beviljat"] * 0.5)
            else:
                r["utbetalt"] = None
        else:
            r["utbetalt"] = None
        # a few comments
        if r["kommentar"] is None and r["status"] == "Avslag" and r["id"] % 2 == 0:
            r["kommentar"] = "Avslag: stödet bedöms inte ge varaktig effekt, se G:\\Tillväxt\\Beslut\\PM 12.docx"
        if r["kommentar"] is None and r["status"] == "Beviljat" and r["id"] % 11 == 3:
            r["kommentar"] = "Villkor: medfinansiering från kommunen, minst 25 %.\nSlutrapport senast 12 månader efter beslut."
    return rows


def _my(v):
    """MySQL OUTFILE field (FIELDS TERMINATED BY ',' OPTIONALLY ENCLOSED BY '\"' ESCAPED BY '\\\\')."""
    if v is None:
        return "\\N"
    if isinstance(v, int):
        return str(v)
    s = str(v)
    s = s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\\n")
    return f'"{s}"'


def write_register(out):
    rows = build_register()
    cols = ["id", "diarienr", "inkom_datum", "beslutsdatum", "stodform", "foretag", "ort",
            "kommunkod", "sokt_kr", "beviljat_kr", "status", "utbetalt_kr", "kommentar"]
    lines = [",".join(_my(c) for c in cols)]
    for r in rows:
        vals = [r["id"], r["diarienr"], r["inkom"].isoformat(),
                r["beslutsdatum"].isoformat() if r["beslutsdatum"] else None,
                r["stodform"], r["foretag"], r["ort"], int(r["kommunkod"]), r["sokt"], r["beviljat"],
                r["status"], r["utbetalt"], r["kommentar"]]
        lines.append(",".join(_my(v) for v in vals))
    with open(os.path.join(out, "rjh_foretagsstod_beslut_2024_2025.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")


def main():
    if len(sys.argv) != 2:
        print("usage: r188_make_files.py OUT_DIR")
        sys.exit(2)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    write_fritidshus(out)
    write_gastnatter(out)
    write_pdf(out)
    write_fp(out)
    write_rovdjur(out)
    write_register(out)
    print("wrote 6 files to", out)


if __name__ == "__main__":
    main()
