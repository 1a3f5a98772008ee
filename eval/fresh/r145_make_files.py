#!/usr/bin/env python3
"""r145 – six invented Swedish statistics files for a Kunskapsbanken test round.

Usage:  python3 r145_make_files.py OUT_DIR

All numbers are invented (fixed seeds) but internally consistent.

1. skaraborg_kommunfakta_pendling_2023.pdf  (PDF, 2 pages, reportlab)
   Skaraborgs kommunalförbund "Kommunfakta" as SMALL-MULTIPLE PANELS: one
   boxed mini-table per municipality in a 3-column grid (9 panels on page 1,
   6 on page 2), the same seven label–value lines repeated in every panel, so
   text extraction interleaves three municipalities per line. Pendlingsnetto
   with Unicode minus and "(2022: −1 234)" inside the same cell, a footnote
   mark on "Andel utpendlare¹". Page 2 ends with Tabell 1 "Skaraborg totalt"
   where in-/utpendling is ACROSS THE SKARABORG BORDER (not the sum of the
   panels – commuting between Skaraborg municipalities is netted out) and a
   row for commuting between the member municipalities.  Sum of panels:
   nattbefolkning, dagbefolkning and netto add up to Tabell 1.

2. iaf_ersattningstagare_lan_jan-sep_2025.xlsx  (XLSX, openpyxl)
   IAF, counties × months. Information sheet first; two data sheets
   "Ersättningstagare" (stock) and "Nya ersättningstagare" (inflow) with the
   same layout: Länskod | Län | jan feb mar | Kv 1 | apr maj jun | Kv 2 | jul
   aug sep | Kv 3 | Jan–sep.  Month columns are OUTLINE-GROUPED AND COLLAPSED
   (hidden) under the quarter columns.  Quarter / Jan–sep columns are MEANS on
   the stock sheet but SUMS on the inflow sheet (said only in row 2).
   "99 Okänt län" row counted in "00 Riket" (last, bold).

3. fk_assistansersattning_lan_kon_dec2024_jun2025.xlsx  (XLSX, openpyxl)
   Försäkringskassan, assistansersättning by county and sex. Sheets: "Om
   statistiken", a HIDDEN sheet "Dec 2023" (older figures, a distractor),
   "Dec 2024", "Jun 2025". Two-row header (Antal mottagare / Genomsnittligt
   antal beviljade timmar per vecka merged over Kvinnor, Män, Samtliga),
   "Riket" FIRST, counties as "01 Stockholms län", an "Okänt län" row with
   ".." for hours, hours stored with 4 decimals but displayed with 1
   (number format), Riket hours = recipient-weighted mean.

4. laddpunkter_gotland_uttag_2025-11-20.csv  (CSV, UTF-8 with BOM)
   Map-service export of public charging points on Gotland, ONE ROW PER
   CONNECTOR (uttag), station data repeated; a "#" export line before the
   header; comma separated, text quoted, addresses with commas; coordinates
   with decimal POINT but "Effekt (kW)" with decimal COMMA in quotes ("7,4");
   Status I drift / Ur drift / Planerad; Driftstart ISO date, a few only as a
   year ("2018") and blank for Planerad.  Counting stations needs distinct
   Station-ID.

5. scb_skattesatser_stockholms_lan_2025_2026.csv  (CSV, Windows-1252)
   SCB-style, semicolon, decimal comma, two title lines, coded regions
   "0114 Upplands Väsby", total 2025/2026, "därav kommun"/"därav region"
   2026, signed change in percentage points ("-0,15"), begravningsavgift and
   church fee as distractors, county and Riket rows that are
   tax-base-WEIGHTED means (not the mean of the rows), notes at the bottom.

6. bostadsformedlingen_arsstatistik_2025_s7-8.pdf  (PDF, 2 pages "7"/"8", reportlab)
   Report pages with running header and prose (queue size distractor), Tabell
   5 sorted by Förmedlade 2025 with a "därav nyproduktion" cell holding count
   and share ON TWO LINES, Förändring (%), kötid medel/median in YEARS,
   "Övriga kommuner¹" and a "Samtliga" row (weighted mean kötid); Tabell 6
   (ungdomsbostäder, on page 8) with kötid in DAYS.
"""
import csv
import datetime
import io
import math
import os
import random
import sys

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import (KeepTogether, PageBreak, Paragraph,
                                SimpleDocTemplate, Spacer, Table, TableStyle)


rl_config.invariant = 1  # deterministic PDFs (no timestamps / random ids)
FIXED_TS = datetime.datetime(2025, 10, 14, 9, 30, 0)


def fix_props(wb, creator):
    wb.properties.creator = creator
    wb.properties.created = FIXED_TS
    wb.properties.modified = FIXED_TS


def sv_int(n):
    """12345 -> '12 345' (space thousands), negatives with Unicode minus."""
    s = f"{abs(int(n)):,}".replace(",", " ")
    return ("\u2212" + s) if n < 0 else s


def sv_dec(x, d=1, minus="\u2212"):
    s = f"{abs(x):.{d}f}".replace(".", ",")
    return (minus + s) if x < 0 else s


def rhalf(x):
    """round half up"""
    return int(math.floor(x + 0.5))


# ---------------------------------------------------------------------------
# 1. Skaraborg panels PDF
# ---------------------------------------------------------------------------
SKARABORG = [
    # name, folkmängd 2024, N 2023, I 2023, U 2023
    ("Essunga", 5650, 2700, 780, 1290),
    ("Falköping", 33900, 16050, 3950, 4620),
    ("Grästorp", 5800, 2840, 720, 1410),
    ("Gullspång", 5200, 2180, 610, 960),
    ("Götene", 13300, 6420, 2180, 2390),
    ("Hjo", 9200, 4220, 1050, 1820),
    ("Karlsborg", 6900, 3150, 1430, 780),
    ("Lidköping", 40100, 19700, 5850, 4960),
    ("Mariestad", 24500, 11400, 3720, 3140),
    ("Skara", 18900, 8880, 3180, 3470),
    ("Skövde", 57700, 28600, 12800, 6100),
    ("Tibro", 11300, 5250, 1630, 2210),
    ("Tidaholm", 12900, 6080, 1270, 2350),
    ("Töreboda", 9400, 4070, 930, 1640),
    ("Vara", 16100, 7900, 1850, 2830),
]


def skaraborg_data():
    rng = random.Random(14501)
    rows = []
    for name, pop, n, i, u in SKARABORG:
        pop = pop + rng.randint(-140, 140)
        n = n + rng.randint(-60, 60)
        i = i + rng.randint(-40, 40)
        u = u + rng.randint(-40, 40)
        d = n - u + i
        net = i - u
        net22 = net + rng.randint(-90, 90)
        share = round(u / n * 100, 1)
        rows.append(dict(kommun=name, pop=pop, N=n, I=i, U=u, D=d, net=net,
                         net22=net22, share=share))
    N = sum(r["N"] for r in rows)
    D = sum(r["D"] for r in rows)
    net = sum(r["net"] for r in rows)
    net22 = sum(r["net22"] for r in rows)
    U_b = 9647
    I_b = U_b + net
    inter = sum(r["I"] for r in rows) - I_b
    assert inter == sum(r["U"] for r in rows) - U_b
    U_b22 = 9528
    I_b22 = U_b22 + net22
    N22 = N - 412
    D22 = N22 + net22
    inter22 = inter - 265
    tot = dict(N=N, D=D, I=I_b, U=U_b, net=net, inter=inter,
               N22=N22, D22=D22, I22=I_b22, U22=U_b22, net22=net22,
               inter22=inter22)
    return rows, tot


def make_skaraborg_pdf(path):
    rows, tot = skaraborg_data()
    ss = getSampleStyleSheet()
    h1 = ParagraphStyle("h1", parent=ss["Heading1"], fontSize=15, spaceAfter=4)
    body = ParagraphStyle("b", parent=ss["BodyText"], fontSize=8.8, leading=11.5)
    small = ParagraphStyle("s", parent=body, fontSize=7, leading=8.5)
    cap = ParagraphStyle("c", parent=body, fontName="Helvetica-Bold", fontSize=9)

    def header_footer(c, doc):
        c.saveState()
        c.setFont("Helvetica", 7.5)
        c.setFillColor(colors.HexColor("#1f4e79"))
        c.drawString(18 * mm, 287 * mm, "Skaraborgs Kommunalförbund  |  Kommunfakta Skaraborg 2025")
        c.drawRightString(192 * mm, 287 * mm, "Arbetsmarknad och pendling")
        c.setStrokeColor(colors.HexColor("#1f4e79"))
        c.line(18 * mm, 285.5 * mm, 192 * mm, 285.5 * mm)
        c.setFillColor(colors.black)
        c.drawString(18 * mm, 10 * mm, "Källa: SCB, Befolkningsstatistik och Registerbaserad arbetsmarknadsstatistik (BAS). Bearbetning: Skaraborgs Kommunalförbund.")
        c.drawRightString(192 * mm, 10 * mm, f"{doc.page}")
        c.restoreState()

    def panel(r):
        data = [
            [r["kommun"], ""],
            ["Folkmängd 31 dec 2024", sv_int(r["pop"])],
            ["Förvärvsarb. nattbefolkning", sv_int(r["N"])],
            ["Förvärvsarb. dagbefolkning", sv_int(r["D"])],
            ["Inpendlare", sv_int(r["I"])],
            ["Utpendlare", sv_int(r["U"])],
            ["Pendlingsnetto", sv_int(r["net"])],
            ["", f"(2022: {sv_int(r['net22'])})"],
            ["Andel utpendlare\u00b9", sv_dec(r["share"]) + " %"],
        ]
        t = Table(data, colWidths=[33 * mm, 21 * mm])
        t.setStyle(TableStyle([
            ("SPAN", (0, 0), (1, 0)),
            ("BACKGROUND", (0, 0), (1, 0), colors.HexColor("#1f4e79")),
            ("TEXTCOLOR", (0, 0), (1, 0), colors.white),
            ("FONTNAME", (0, 0), (1, 0), "Helvetica-Bold"),
            ("FONTSIZE", (0, 0), (-1, -1), 7.3),
            ("FONTSIZE", (0, 0), (1, 0), 9),
            ("ALIGN", (1, 1), (1, -1), "RIGHT"),
            ("FONTNAME", (0, 6), (1, 6), "Helvetica-Bold"),
            ("TEXTCOLOR", (1, 7), (1, 7), colors.HexColor("#555555")),
            ("FONTSIZE", (1, 7), (1, 7), 6.3),
            ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#1f4e79")),
            ("TOPPADDING", (0, 0), (-1, -1), 1.2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
            ("BACKGROUND", (0, 6), (1, 7), colors.HexColor("#e8eef5")),
        ]))
        return t

    def grid(rs):
        cells = [panel(r) for r in rs]
        while len(cells) % 3:
            cells.append("")
        g = [cells[i:i + 3] for i in range(0, len(cells), 3)]
        gt = Table(g, colWidths=[58 * mm] * 3)
        gt.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
        ]))
        return gt

    story = [
        Paragraph("Pendling i Skaraborgs 15 kommuner", h1),
        Paragraph(
            "Skaraborg är en flerkärnig arbetsmarknadsregion där Skövde, Lidköping, Mariestad och Karlsborg tar "
            "emot fler pendlare än de skickar iväg. Rutorna nedan visar läget för varje kommun. Uppgifterna om "
            "förvärvsarbete och pendling avser november 2023 (förvärvsarbetande 16–74 år), folkmängden "
            "avser 31 december 2024. Förvärvsarbetande dagbefolkning = nattbefolkning − utpendlare + "
            "inpendlare. Ett negativt pendlingsnetto betyder att fler pendlar ut ur kommunen än in. "
            "Skaraborg som helhet redovisas i tabell 1 på nästa sida.", body),
        Spacer(1, 5),
        grid(rows[:9]),
        Paragraph("\u00b9 Utpendlare i procent av den förvärvsarbetande nattbefolkningen, dvs. andelen av de "
                  "sysselsatta invånarna som arbetar i en annan kommun.", small),
        PageBreak(),
        grid(rows[9:]),
        Spacer(1, 4),
        Paragraph("\u00b9 Se not på sidan 1.", small),
        Spacer(1, 8),
    ]
    t1 = [
        ["", "2023", "2022"],
        ["Förvärvsarbetande nattbefolkning", sv_int(tot["N"]), sv_int(tot["N22"])],
        ["Förvärvsarbetande dagbefolkning", sv_int(tot["D"]), sv_int(tot["D22"])],
        ["Inpendlare från kommuner utanför Skaraborg", sv_int(tot["I"]), sv_int(tot["I22"])],
        ["Utpendlare till kommuner utanför Skaraborg", sv_int(tot["U"]), sv_int(tot["U22"])],
        ["Pendlingsnetto Skaraborg", sv_int(tot["net"]), sv_int(tot["net22"])],
        ["Pendling mellan Skaraborgs kommuner (personer)", sv_int(tot["inter"]), sv_int(tot["inter22"])],
    ]
    tt = Table(t1, colWidths=[85 * mm, 25 * mm, 25 * mm])
    tt.setStyle(TableStyle([
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEABOVE", (0, 5), (-1, 5), 0.5, colors.grey),
        ("FONTNAME", (0, 5), (-1, 5), "Helvetica-Bold"),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
    ]))
    story += [KeepTogether([
        Paragraph("Tabell 1. Skaraborg totalt – förvärvsarbetande och pendling över Skaraborgs gräns, 2023 och 2022", cap),
        Spacer(1, 3), tt, Spacer(1, 3),
        Paragraph("Anm. Pendling mellan två Skaraborgskommuner räknas som in- respektive utpendling i kommunrutorna "
                  "men inte i tabell 1. Kommunernas in- och utpendlare summerar därför inte till Skaraborgs. "
                  "Pendlingsnettot för Skaraborg är summan av kommunernas pendlingsnetton.", small)])]
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=16 * mm, bottomMargin=16 * mm,
                            title="Kommunfakta Skaraborg 2025 – pendling", author="Skaraborgs Kommunalförbund")
    doc.build(story, onFirstPage=header_footer, onLaterPages=header_footer)
    return rows, tot


# ---------------------------------------------------------------------------
# 2. IAF XLSX
# ---------------------------------------------------------------------------
LAN = [
    ("01", "Stockholms län", 31000), ("03", "Uppsala län", 5200),
    ("04", "Södermanlands län", 4300), ("05", "Östergötlands län", 6900),
    ("06", "Jönköpings län", 4900), ("07", "Kronobergs län", 2700),
    ("08", "Kalmar län", 3200), ("09", "Gotlands län", 800),
    ("10", "Blekinge län", 2300), ("12", "Skåne län", 21500),
    ("13", "Hallands län", 4400), ("14", "Västra Götalands län", 24800),
    ("17", "Värmlands län", 3900), ("18", "Örebro län", 4600),
    ("19", "Västmanlands län", 4100), ("20", "Dalarnas län", 3900),
    ("21", "Gävleborgs län", 4500), ("22", "Västernorrlands län", 3300),
    ("23", "Jämtlands län", 1700), ("24", "Västerbottens län", 3000),
    ("25", "Norrbottens län", 2800),
]
MONTHS = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep"]


def iaf_data():
    rng = random.Random(14502)
    seas = [1.06, 1.07, 1.04, 1.00, 0.96, 0.93, 1.02, 0.99, 0.95]
    seas_in = [1.25, 0.95, 0.92, 0.90, 0.97, 1.18, 0.88, 1.12, 0.98]
    stock, inflow = {}, {}
    for code, name, base in LAN + [("99", "Okänt län", 350)]:
        stock[(code, name)] = [rhalf(base * s * rng.uniform(0.97, 1.03)) for s in seas]
        inflow[(code, name)] = [rhalf(base * 0.105 * s * rng.uniform(0.9, 1.1)) for s in seas_in]
    return stock, inflow


def make_iaf_xlsx(path):
    stock, inflow = iaf_data()
    wb = Workbook()
    ws = wb.active
    ws.title = "Information"
    info = [
        "Inspektionen för arbetslöshetsförsäkringen (IAF)",
        "Ersättningstagare och nya ersättningstagare per län och månad, januari–september 2025",
        "",
        "Ersättningstagare: person som fått minst en utbetalning av arbetslöshetsersättning (grund- eller inkomstbaserad) under månaden.",
        "Ny ersättningstagare: person som fått sin första utbetalning i en ny ersättningsperiod under månaden.",
        "Län avser folkbokföringslän vid utbetalningstillfället. Okänt län = utan folkbokföring i Sverige eller uppgift saknas.",
        "Kvartalskolumnerna visas som standard; månaderna är grupperade och kan fällas ut med plustecknen ovanför kolumnerna.",
        "Observera att kvartals- och periodvärdena beräknas olika på de två flikarna – se rad 2 på respektive flik.",
        "",
        "Källa: IAF, a-kassornas utbetalningsdata (uttag 2025-10-14). Siffrorna är preliminära för augusti–september.",
    ]
    for i, line in enumerate(info, 1):
        ws.cell(i, 1, line)
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"].font = Font(bold=True)
    ws.column_dimensions["A"].width = 120

    thin = Side(style="thin", color="999999")

    def sheet(title, t1, t2, data, agg):
        w = wb.create_sheet(title)
        w["A1"] = t1
        w["A1"].font = Font(bold=True, size=12)
        w["A2"] = t2
        w["A2"].font = Font(italic=True)
        w["A3"] = "Källa: IAF, a-kassornas utbetalningsdata. Uttag 2025-10-14."
        hdr = ["Länskod", "Län"]
        cols = []  # (kind, idx)
        for q in range(3):
            for m in range(3):
                hdr.append(MONTHS[q * 3 + m] + " 2025")
                cols.append(("m", q * 3 + m))
            hdr.append(f"Kv {q + 1} 2025")
            cols.append(("q", q))
        hdr.append("Jan–sep 2025")
        cols.append(("p", None))
        for j, h in enumerate(hdr, 1):
            c = w.cell(5, j, h)
            c.font = Font(bold=True)
            c.fill = PatternFill("solid", fgColor="D9E1F2")
            c.alignment = Alignment(horizontal="center", wrap_text=True)
            c.border = Border(bottom=thin)

        def vals(series):
            out = []
            for kind, idx in cols:
                if kind == "m":
                    out.append(series[idx])
                elif kind == "q":
                    part = series[idx * 3: idx * 3 + 3]
                    out.append(rhalf(sum(part) / 3) if agg == "mean" else sum(part))
                else:
                    out.append(rhalf(sum(series) / 9) if agg == "mean" else sum(series))
            return out

        r = 6
        keys = list(data.keys())
        for key in keys:
            code, name = key
            w.cell(r, 1, code)
            w.cell(r, 2, name)
            for j, v in enumerate(vals(data[key]), 3):
                w.cell(r, j, v).number_format = "# ##0"
            r += 1
        riket = [sum(data[k][i] for k in keys) for i in range(9)]
        w.cell(r, 1, "00")
        w.cell(r, 2, "Riket")
        for j, v in enumerate(vals(riket), 3):
            c = w.cell(r, j, v)
            c.number_format = "# ##0"
        for j in range(1, len(hdr) + 1):
            w.cell(r, j).font = Font(bold=True)
            w.cell(r, j).border = Border(top=thin)
        w.column_dimensions["A"].width = 9
        w.column_dimensions["B"].width = 22
        for j in range(3, len(hdr) + 1):
            w.column_dimensions[get_column_letter(j)].width = 11
        # group and collapse month columns: C:E, G:I, K:M
        for start in (3, 7, 11):
            a, b = get_column_letter(start), get_column_letter(start + 2)
            w.column_dimensions.group(a, b, outline_level=1, hidden=True)
        w.sheet_properties.outlinePr.summaryRight = True
        w.freeze_panes = "C6"
        return w

    sheet("Ersättningstagare",
          "Antal ersättningstagare per län och månad 2025",
          "Antal personer med minst en utbetalning under månaden. Kvartal och jan–sep = MEDELTAL per månad (avrundat).",
          stock, "mean")
    sheet("Nya ersättningstagare",
          "Antal nya ersättningstagare per län och månad 2025",
          "Antal personer som påbörjat en ny ersättningsperiod under månaden. Kvartal och jan–sep = SUMMA av månaderna.",
          inflow, "sum")
    fix_props(wb, "IAF Statistik")
    wb.save(path)
    return stock, inflow


# ---------------------------------------------------------------------------
# 3. FK assistansersättning XLSX
# ---------------------------------------------------------------------------
def fk_data():
    rng = random.Random(14503)
    pop_w = {"01": 2480, "03": 400, "04": 300, "05": 470, "06": 370, "07": 205,
             "08": 245, "09": 61, "10": 158, "12": 1420, "13": 345, "14": 1760,
             "17": 283, "18": 308, "19": 280, "20": 288, "21": 288, "22": 244,
             "23": 132, "24": 275, "25": 250}
    hours_base = {"01": 136.0, "12": 133.5, "14": 130.2, "09": 124.0, "25": 127.5,
                  "23": 121.8, "03": 131.1}
    periods = {}
    for per, factor in (("Dec 2023", 1.025), ("Dec 2024", 1.0), ("Jun 2025", 0.985)):
        rows = []
        for code, name, _ in LAN:
            tot_base = pop_w[code] * 13600 / 10500
            tot = rhalf(tot_base * factor * rng.uniform(0.985, 1.015))
            men = rhalf(tot * rng.uniform(0.535, 0.565))
            women = tot - men
            hb = hours_base.get(code, 128.0 + rng.uniform(-4, 4))
            if per == "Dec 2023" and code == "09":
                hb = 139.0  # distractor: Gotland tops the hidden old sheet
            hw = round(hb * rng.uniform(0.985, 1.01) - 1.2, 4)
            hm = round(hb * rng.uniform(0.99, 1.015) + 1.0, 4)
            ht = round((hw * women + hm * men) / tot, 4)
            rows.append(dict(code=code, name=name, K=women, M=men, T=tot,
                             hK=hw, hM=hm, hT=ht))
        unk = dict(code="", name="Okänt län", K=3, M=6, T=9, hK=None, hM=None, hT=None)
        K = sum(r["K"] for r in rows) + unk["K"]
        M = sum(r["M"] for r in rows) + unk["M"]
        T = K + M
        hK = round(sum(r["hK"] * r["K"] for r in rows) / (K - unk["K"]), 4)
        hM = round(sum(r["hM"] * r["M"] for r in rows) / (M - unk["M"]), 4)
        hT = round(sum(r["hT"] * r["T"] for r in rows) / (T - unk["T"]), 4)
        riket = dict(code="", name="Riket", K=K, M=M, T=T, hK=hK, hM=hM, hT=hT)
        periods[per] = (riket, rows, unk)
    return periods


def make_fk_xlsx(path):
    periods = fk_data()
    wb = Workbook()
    ws = wb.active
    ws.title = "Om statistiken"
    lines = [
        "Försäkringskassan – Assistansersättning",
        "",
        "Tabellerna visar antal personer med utbetald assistansersättning (statlig assistansersättning enligt 51 kap. SFB) "
        "i den angivna månaden samt genomsnittligt antal beviljade assistanstimmar per vecka.",
        "Personer med kommunalt beslut om personlig assistans enligt LSS ingår inte.",
        "Län avser mottagarens folkbokföringslän. Riket inkluderar personer med okänt län.",
        "Genomsnittligt antal timmar för Riket är vägt med antal mottagare; Okänt län ingår inte i genomsnittet.",
        ".. = uppgift redovisas inte.",
        "",
        "Flikar: Dec 2024, Jun 2025.",
        "Källa: Försäkringskassans datalager STORE. Publicerad 2025-08-21.",
    ]
    for i, l in enumerate(lines, 1):
        ws.cell(i, 1, l)
    ws["A1"].font = Font(bold=True, size=13)
    ws.column_dimensions["A"].width = 125
    thin = Side(style="thin", color="808080")

    label = {"Dec 2023": "december 2023", "Dec 2024": "december 2024", "Jun 2025": "juni 2025"}
    for per in ("Dec 2023", "Dec 2024", "Jun 2025"):
        riket, rows, unk = periods[per]
        w = wb.create_sheet(per)
        w["A1"] = ("Assistansersättning: antal mottagare och genomsnittligt antal beviljade timmar per vecka "
                   f"efter län och kön, {label[per]}")
        w["A1"].font = Font(bold=True, size=12)
        w["A3"] = "Län"
        w.merge_cells("A3:A4")
        w["B3"] = "Antal mottagare"
        w.merge_cells("B3:D3")
        w["E3"] = "Genomsnittligt antal beviljade timmar per vecka"
        w.merge_cells("E3:G3")
        for j, h in enumerate(["Kvinnor", "Män", "Samtliga"] * 2, 2):
            w.cell(4, j, h)
        for rr in (3, 4):
            for j in range(1, 8):
                c = w.cell(rr, j)
                c.font = Font(bold=True)
                c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
                c.fill = PatternFill("solid", fgColor="E2EFDA")
        r = 5
        for rec in [riket] + rows + [unk]:
            lab = rec["name"] if not rec["code"] else f"{rec['code']} {rec['name']}"
            w.cell(r, 1, lab)
            for j, k in enumerate(["K", "M", "T"], 2):
                w.cell(r, j, rec[k]).number_format = "# ##0"
            for j, k in enumerate(["hK", "hM", "hT"], 5):
                v = rec[k]
                c = w.cell(r, j, ".." if v is None else v)
                if v is not None:
                    c.number_format = "0.0"
                else:
                    c.alignment = Alignment(horizontal="right")
            if rec is riket:
                for j in range(1, 8):
                    w.cell(r, j).font = Font(bold=True)
                    w.cell(r, j).border = Border(bottom=thin)
            r += 1
        w.cell(r + 1, 1, "Källa: Försäkringskassan.")
        w.column_dimensions["A"].width = 28
        for j in range(2, 8):
            w.column_dimensions[get_column_letter(j)].width = 12
        w.row_dimensions[3].height = 30
        if per == "Dec 2023":
            w.sheet_state = "hidden"
    fix_props(wb, "Försäkringskassan")
    wb.save(path)
    return periods


# ---------------------------------------------------------------------------
# 4. Laddpunkter Gotland CSV
# ---------------------------------------------------------------------------
def ladd_data():
    rng = random.Random(14504)
    # ort, antal stationer, (lat, lon) center
    orter = [("Visby", 17, 57.6348, 18.2948), ("Hemse", 3, 57.2376, 18.3722),
             ("Slite", 3, 57.7072, 18.8000), ("Klintehamn", 2, 57.3867, 18.2063),
             ("Roma", 2, 57.5067, 18.4550), ("Fårösund", 2, 57.8633, 19.0553),
             ("Burgsvik", 1, 57.0318, 18.2753), ("Ljugarn", 1, 57.3267, 18.7100),
             ("Lärbro", 1, 57.7850, 18.7911), ("Tingstäde", 1, 57.7333, 18.6000),
             ("Katthammarsvik", 1, 57.4333, 18.8500)]
    streets = ["Hamnplan", "Norra Hansegatan", "Stenkumlaväg", "Visborgsallén", "Kung Magnus väg",
               "Skolgatan", "Storgatan", "Industrivägen", "Stationsvägen", "Ringvägen", "Terminalvägen",
               "Lummelundsväg", "Österväg", "Artillerigatan", "Bergsgatan"]
    place = ["ICA Maxi", "Coop", "Willys", "Circle K", "OKQ8", "Region Gotland P-hus", "Hotell",
             "Campus Gotland", "Badhuset", "Färjeterminalen", "Idrottshallen", "Vårdcentralen",
             "Folkets hus", "Turistbyrån", "Hamnen"]
    # operator profiles: name, connector types/effects
    profiles = {
        "Tesla Supercharger": [("Tesla/CCS", "250")],
        "Ionity": [("CCS", "350")],
        "Mer": [("CCS", "150"), ("Typ 2", "22")],
        "Circle K": [("CCS", "175"), ("CCS", "50")],
        "OKQ8": [("CCS", "150"), ("CHAdeMO", "50")],
        "Region Gotland": [("Typ 2", "11"), ("Typ 2", "7,4")],
        "Ö-Laddning AB": [("Typ 2", "22"), ("CCS", "62,5")],
        "Recharge": [("Typ 2", "22"), ("CCS", "50")],
        "Bostadsbolaget GotlandsHem": [("Typ 2", "3,7"), ("Typ 2", "11")],
    }
    ops = list(profiles)
    rows = []
    sid = 4100
    n_visby_ops = ["Tesla Supercharger", "Ionity", "Mer", "Circle K", "OKQ8", "Region Gotland",
                   "Ö-Laddning AB", "Recharge", "Region Gotland", "Mer", "Bostadsbolaget GotlandsHem",
                   "Region Gotland", "Recharge", "Ö-Laddning AB", "OKQ8", "Bostadsbolaget GotlandsHem", "Mer"]
    for ort, nst, lat, lon in orter:
        for k in range(nst):
            sid += rng.randint(3, 40)
            op = n_visby_ops[k] if ort == "Visby" else rng.choice(
                ["Region Gotland", "Mer", "Circle K", "OKQ8", "Ö-Laddning AB", "Recharge"])
            if ort == "Slite" and k == 0:
                op = "Tesla Supercharger"
            prof = profiles[op]
            n_conn = {"Tesla Supercharger": rng.choice([8, 12]), "Ionity": 4}.get(op, rng.randint(2, 6))
            pname = rng.choice(place)
            name = f"{pname} {ort}" if op not in ("Tesla Supercharger", "Ionity") else f"{op} {ort}"
            addr = f"{rng.choice(streets)} {rng.randint(1, 60)}, {ort}"
            year = rng.randint(2018, 2025)
            if rng.random() < 0.12:
                dstart = str(year)
            else:
                dstart = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            planned = (ort in ("Visby", "Hemse") and k == nst - 1)
            slat = round(lat + rng.uniform(-0.01, 0.01), 5)
            slon = round(lon + rng.uniform(-0.01, 0.01), 5)
            pay = rng.choice(["App", "App, RFID", "Kort, App", "App, RFID, Kort", "Kort"])
            for c in range(n_conn):
                typ, eff = prof[c % len(prof)] if len(prof) > 1 and c >= n_conn // 2 else prof[0]
                status = "Planerad" if planned else ("Ur drift" if rng.random() < 0.07 else "I drift")
                rows.append({
                    "Station-ID": f"GOT-{sid}", "Stationsnamn": name, "Ort": ort,
                    "Kommun": "Gotland", "Adress": addr, "Operatör": op,
                    "Uttag-ID": f"GOT-{sid}-{c + 1:02d}", "Kontakttyp": typ,
                    "Effekt (kW)": eff, "Status": status,
                    "Driftstart": "" if planned else dstart,
                    "Lat": f"{slat:.5f}", "Long": f"{slon:.5f}", "Betalsätt": pay,
                })
    return rows


def make_ladd_csv(path):
    rows = ladd_data()
    fields = list(rows[0].keys())
    buf = io.StringIO()
    buf.write("# Export: publika laddpunkter, Gotlands kommun, 2025-11-20 08:14 (en rad per uttag)\r\n")
    w = csv.DictWriter(buf, fieldnames=fields, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\r\n")
    w.writeheader()
    w.writerows(rows)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())
    return rows


# ---------------------------------------------------------------------------
# 5. SCB skattesatser CSV (Windows-1252)
# ---------------------------------------------------------------------------
STHLM = [("0114", "Upplands Väsby", 20.10), ("0115", "Vallentuna", 19.60),
         ("0117", "Österåker", 17.10), ("0120", "Värmdö", 19.08),
         ("0123", "Järfälla", 19.50), ("0125", "Ekerö", 19.03),
         ("0126", "Huddinge", 19.62), ("0127", "Botkyrka", 20.13),
         ("0128", "Salem", 19.58), ("0136", "Haninge", 19.73),
         ("0138", "Tyresö", 19.84), ("0139", "Upplands-Bro", 19.30),
         ("0140", "Nykvarn", 20.05), ("0160", "Täby", 17.40),
         ("0162", "Danderyd", 17.25), ("0163", "Sollentuna", 17.93),
         ("0180", "Stockholm", 18.12), ("0181", "Södertälje", 20.30),
         ("0182", "Nacka", 17.88), ("0183", "Sundbyberg", 19.09),
         ("0184", "Solna", 17.17), ("0186", "Lidingö", 18.25),
         ("0187", "Vaxholm", 19.95), ("0188", "Norrtälje", 20.40),
         ("0191", "Sigtuna", 19.90), ("0192", "Nynäshamn", 20.33)]
CHANGE = {"0181": 0.35, "0188": 0.25, "0192": 0.20, "0127": 0.10, "0140": 0.15,
          "0160": -0.15, "0138": -0.10, "0187": 0.30}


def skatt_data():
    rng = random.Random(14505)
    region = 12.08
    rows = []
    for code, name, k26 in STHLM:
        ch = CHANGE.get(code, 0.0)
        t26 = round(k26 + region, 2)
        t25 = round(t26 - ch, 2)
        begr = 0.065 if code == "0180" else 0.293
        kyrka = round(rng.uniform(0.88, 1.12), 2)
        base = rng.uniform(8, 60) if code != "0180" else 420.0
        rows.append(dict(code=code, name=name, t25=t25, t26=t26, k26=k26, r26=region,
                         ch=round(t26 - t25, 2), begr=begr, kyrka=kyrka, base=base))
    wsum = sum(r["base"] for r in rows)
    lan = dict(code="01", name="Stockholms län (medel)",
               t25=round(sum(r["t25"] * r["base"] for r in rows) / wsum, 2),
               t26=round(sum(r["t26"] * r["base"] for r in rows) / wsum, 2),
               k26=round(sum(r["k26"] * r["base"] for r in rows) / wsum, 2), r26=region,
               begr=None, kyrka=round(sum(r["kyrka"] * r["base"] for r in rows) / wsum, 2))
    lan["ch"] = round(lan["t26"] - lan["t25"], 2)
    riket = dict(code="00", name="Riket (medel)", t25=32.41, t26=32.38, k26=20.74, r26=11.64,
                 ch=-0.03, begr=0.292, kyrka=1.03)
    return rows, lan, riket


def make_skatt_csv(path):
    rows, lan, riket = skatt_data()

    def f(x, d=2):
        if x is None:
            return ".."
        s = f"{x:.{d}f}".replace(".", ",")
        return s

    def fch(x):
        if abs(x) < 0.005:
            return "0,00"
        return ("+" if x > 0 else "-") + f"{abs(x):.2f}".replace(".", ",")

    out = []
    out.append("Kommunala skattesatser 2025 och 2026 efter region. Procent av beskattningsbar förvärvsinkomst")
    out.append("Stockholms län")
    out.append("")
    out.append(";".join(["region", "Total kommunal skattesats 2025", "Total kommunal skattesats 2026",
                         "därav kommun 2026", "därav region 2026",
                         "Förändring total 2025-2026 (procentenheter)", "Begravningsavgift 2026",
                         "Avgift till Svenska kyrkan 2026 (medel, exkl. begravningsavgift)"]))
    for r in [riket, lan] + rows:
        out.append(";".join([f"{r['code']} {r['name']}", f(r["t25"]), f(r["t26"]), f(r["k26"]),
                             f(r["r26"]), fch(r["ch"]), f(r["begr"], 3), f(r["kyrka"])]))
    out.append("")
    out.append("Anm. Total kommunal skattesats = kommunens skattesats + regionens skattesats. "
               "Begravningsavgift och avgift till Svenska kyrkan ingår inte.")
    out.append("Stockholms stad är huvudman för begravningsverksamheten och beslutar om egen begravningsavgift.")
    out.append("Länets och rikets värden är medelvärden vägda med skatteunderlaget, inte ovägda medelvärden av kommunerna.")
    out.append("..  Uppgift saknas eller ej tillämplig.")
    out.append("Källa: SCB, Kommunalskatter. Uppdaterad 2026-01-08.")
    with open(path, "w", encoding="cp1252", newline="") as fh:
        fh.write("\r\n".join(out) + "\r\n")
    return rows, lan, riket


# ---------------------------------------------------------------------------
# 6. Bostadsförmedlingen PDF
# ---------------------------------------------------------------------------
BF = [  # kommun, förmedlade 2025, nyprod-andel, förmedlade 2024, kötid medel (år), median
    ("Stockholms stad", 7412, 0.22, 7905, 11.4, 10.9),
    ("Solna", 842, 0.41, 766, 12.6, 12.1),
    ("Sundbyberg", 731, 0.38, 812, 11.9, 11.2),
    ("Huddinge", 655, 0.35, 598, 8.7, 8.1),
    ("Nacka", 612, 0.47, 540, 10.8, 10.2),
    ("Järfälla", 588, 0.29, 601, 7.9, 7.4),
    ("Sollentuna", 402, 0.33, 455, 9.6, 9.0),
    ("Södertälje", 398, 0.12, 362, 4.2, 3.1),
    ("Haninge", 371, 0.26, 344, 6.8, 6.0),
    ("Botkyrka", 355, 0.18, 389, 5.1, 4.4),
    ("Täby", 301, 0.52, 254, 10.1, 9.8),
    ("Upplands Väsby", 268, 0.31, 288, 6.4, 5.9),
    ("Sigtuna", 244, 0.20, 231, 5.6, 4.8),
    ("Tyresö", 196, 0.44, 170, 8.3, 7.9),
    ("Lidingö", 152, 0.16, 171, 12.2, 12.0),
    ("Norrtälje", 139, 0.09, 158, 3.8, 2.6),
]
BF_OVR = ("Övriga kommuner\u00b9", 287, 0.27, 301, 7.2, 6.5)
UNG = [("Stockholms stad", 1085, 642), ("Solna", 164, 811), ("Sundbyberg", 120, 597),
       ("Huddinge", 141, 402), ("Södertälje", 96, 188), ("Övriga kommuner", 233, 455)]


def bf_data():
    rows = []
    for k, f25, nyp, f24, med, mdn in BF + [BF_OVR]:
        ny = rhalf(f25 * nyp)
        rows.append(dict(kommun=k, f25=f25, ny=ny, nyp=round(ny / f25 * 100), f24=f24,
                         ch=round((f25 - f24) / f24 * 100, 1), med=med, mdn=mdn))
    T25 = sum(r["f25"] for r in rows)
    T24 = sum(r["f24"] for r in rows)
    NY = sum(r["ny"] for r in rows)
    tot = dict(kommun="Samtliga", f25=T25, ny=NY, nyp=round(NY / T25 * 100), f24=T24,
               ch=round((T25 - T24) / T24 * 100, 1),
               med=round(sum(r["med"] * r["f25"] for r in rows) / T25, 1), mdn=9.4)
    ung_tot = (sum(u[1] for u in UNG), rhalf(sum(u[1] * u[2] for u in UNG) / sum(u[1] for u in UNG)))
    return rows, tot, ung_tot


def make_bf_pdf(path):
    rows, tot, ung_tot = bf_data()
    ss = getSampleStyleSheet()
    h2 = ParagraphStyle("h2", parent=ss["Heading2"], fontSize=13, spaceAfter=4)
    body = ParagraphStyle("b", parent=ss["BodyText"], fontSize=9, leading=12)
    small = ParagraphStyle("s", parent=body, fontSize=7, leading=8.8)
    cap = ParagraphStyle("c", parent=body, fontName="Helvetica-Bold", fontSize=8.8)
    cell = ParagraphStyle("cell", parent=body, fontSize=7.8, leading=9, alignment=2)

    def hf(c, doc):
        c.saveState()
        c.setFont("Helvetica", 7.5)
        c.drawString(20 * mm, 287 * mm, "Bostadsförmedlingen i Stockholm AB")
        c.drawRightString(190 * mm, 287 * mm, "Årsstatistik 2025")
        c.line(20 * mm, 285.5 * mm, 190 * mm, 285.5 * mm)
        c.drawRightString(190 * mm, 10 * mm, str(6 + doc.page))
        c.restoreState()

    story = [
        Paragraph("3 Förmedlade lägenheter per kommun", h2),
        Paragraph(
            f"Under 2025 förmedlade Bostadsförmedlingen {sv_int(tot['f25'])} lägenheter via bostadskön, varav "
            f"{sv_int(tot['ny'])} i nyproduktion. Antalet registrerade i kön var 812 406 vid årsskiftet "
            "(ett år tidigare 797 551). Kötiden anges som tid från registrering i kön till kontraktsdatum. "
            "I tabell 5 redovisas de kommuner där minst 100 lägenheter förmedlades under året; övriga kommuner "
            "redovisas sammantaget. Tabell 6 avser ungdomsbostäder (18–25 år), som har en egen kö och där "
            "kötiden mäts i dagar.", body),
        Spacer(1, 6),
        Paragraph("Tabell 5. Förmedlade lägenheter 2025 och 2024 samt kötid 2025, efter kommun", cap),
        Spacer(1, 2),
    ]
    hdr = ["Kommun", "Förmedlade\n2025", "därav\nnyproduktion\nantal (andel)", "Förmedlade\n2024",
           "Förändring\n(%)", "Kötid,\nmedel (år)", "Kötid,\nmedian (år)"]
    data = [hdr]
    for r in rows + [tot]:
        data.append([r["kommun"], sv_int(r["f25"]), f"{sv_int(r['ny'])}\n({r['nyp']} %)", sv_int(r["f24"]),
                     sv_dec(r["ch"]), sv_dec(r["med"]), sv_dec(r["mdn"])])
    t = Table(data, colWidths=[36 * mm, 21 * mm, 26 * mm, 21 * mm, 20 * mm, 21 * mm, 21 * mm], repeatRows=1)
    t.setStyle(TableStyle([
        ("FONTSIZE", (0, 0), (-1, -1), 7.8),
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
        ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold"),
        ("ROWBACKGROUNDS", (0, 1), (-1, -2), [colors.white, colors.HexColor("#f1f4f8")]),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]))
    story += [t, Spacer(1, 2),
              Paragraph("\u00b9 Ekerö, Nykvarn, Nynäshamn, Salem, Upplands-Bro, Vallentuna, Vaxholm, Värmdö, "
                        "Österåker, Danderyd och kommuner utanför Stockholms län. Samtligas medelkötid är vägd "
                        "med antal förmedlade lägenheter.", small),
              Spacer(1, 10),
              Paragraph("Tabell 6. Förmedlade ungdomsbostäder (18–25 år) 2025 och genomsnittlig kötid i dagar", cap),
              Spacer(1, 2)]
    u = [["Kommun", "Förmedlade 2025", "Kötid, medel (dagar)"]]
    for k, n, d in UNG:
        u.append([k, sv_int(n), sv_int(d)])
    u.append(["Samtliga", sv_int(ung_tot[0]), sv_int(ung_tot[1])])
    ut = Table(u, colWidths=[40 * mm, 30 * mm, 34 * mm])
    ut.setStyle(TableStyle([
        ("FONTSIZE", (0, 0), (-1, -1), 7.8),
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold"),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
    ]))
    story[-2:] = []
    story += [KeepTogether([
              Paragraph("Tabell 6. Förmedlade ungdomsbostäder (18–25 år) 2025 och genomsnittlig kötid i dagar", cap),
              Spacer(1, 2), ut]), Spacer(1, 8),
              Paragraph("Kötiderna varierar mycket mellan områden inom samma kommun. Den kortaste kötiden för en "
                        "lägenhet i Stockholms stad under 2025 var 2 dagar (en lägenhet med särskilda "
                        "krav), den längsta 39 år.", body)]
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=16 * mm,
                            title="Årsstatistik 2025", author="Bostadsförmedlingen i Stockholm AB")
    doc.build(story, onFirstPage=hf, onLaterPages=hf)
    return rows, tot, ung_tot


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(1)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    make_skaraborg_pdf(os.path.join(out, "skaraborg_kommunfakta_pendling_2023.pdf"))
    make_iaf_xlsx(os.path.join(out, "iaf_ersattningstagare_lan_jan-sep_2025.xlsx"))
    make_fk_xlsx(os.path.join(out, "fk_assistansersattning_lan_kon_dec2024_jun2025.xlsx"))
    make_ladd_csv(os.path.join(out, "laddpunkter_gotland_uttag_2025-11-20.csv"))
    make_skatt_csv(os.path.join(out, "scb_skattesatser_stockholms_lan_2025_2026.csv"))
    make_bf_pdf(os.path.join(out, "bostadsformedlingen_arsstatistik_2025_s7-8.pdf"))
    for fn in sorted(os.listdir(out)):
        print(fn, os.path.getsize(os.path.join(out, fn)))


if __name__ == "__main__":
    main()
