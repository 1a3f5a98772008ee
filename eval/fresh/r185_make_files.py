#!/usr/bin/env python3
"""r185: six fictional statistics files for Fyrbodal (Västra Götalands län).

Usage: python r185_make_files.py OUT_DIR

Writes (deterministic output, all figures invented):
  1. HaV_landningar_hamnar_Fyrbodal_2024-2025.csv         Excel for Mac 'CSV (Macintosh)': MacRoman, CR-only lines,
                                                            periods of mixed granularity (kv + helår / jan–sep)
  2. SCB_FDB_arbetsstallen_storleksklass_Fyrbodal.xlsx      size-class headers mangled into dates by Excel
  3. Fyrbodal_restider_och_pendling_2025.pdf                commuting table + lower-triangular travel-time matrix
  4. forvarvsinkomster_fyrbodal_2023_2024.csv               colleague's R write.csv: scientific notation, NA,
                                                            TRUE/FALSE, NFD-decomposed å/ä/ö
  5. Skolverket_SALSA_ak9_Fyrbodal.xlsx                     SALSA per school, older year block first, '*'
  6. Fardtjanst_Fyrbodal_2023-2024.csv                      Excel CSV with '#SAKNAS!' / '#DIVISION/0!' cells
"""
import datetime as dt
import io
import os
import random
import re
import sys
import unicodedata
import zipfile

FYR = ["Uddevalla", "Trollhättan", "Vänersborg", "Lysekil", "Munkedal", "Tanum", "Strömstad",
       "Sotenäs", "Orust", "Färgelanda", "Dals-Ed", "Bengtsfors", "Mellerud", "Åmål"]
KOD = {"Orust": 1421, "Sotenäs": 1427, "Munkedal": 1430, "Tanum": 1435, "Dals-Ed": 1438,
       "Färgelanda": 1439, "Bengtsfors": 1460, "Mellerud": 1461, "Lysekil": 1484, "Uddevalla": 1485,
       "Strömstad": 1486, "Vänersborg": 1487, "Trollhättan": 1488, "Åmål": 1492}
BY_CODE = sorted(FYR, key=lambda k: KOD[k])

NBSP = "\u00a0"


def sv_int(n, sep=NBSP):
    s = f"{int(n):,}".replace(",", sep)
    return s


def sv_dec(x, nd=1, sep=NBSP):
    s = f"{x:,.{nd}f}"
    s = s.replace(",", "X").replace(".", ",").replace("X", sep)
    return s


def fix_zip(path, when=(2025, 10, 1, 8, 0, 0)):
    """Rewrite an XLSX/zip with fixed timestamps so output is byte-deterministic."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    items = [(n, re.sub(rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>",
                        rb"<dcterms:modified\1>2025-10-01T08:00:00Z</dcterms:modified>", d)
              if n == "docProps/core.xml" else d) for n, d in items]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)


def fixed_props(wb, title):
    t = dt.datetime(2025, 10, 1, 8, 0, 0)
    wb.properties.created = t
    wb.properties.modified = t
    wb.properties.creator = "Fyrbodals kommunalförbund"
    wb.properties.lastModifiedBy = "Analys"
    wb.properties.title = title


# ============================================================== 1. HaV landings (MacRoman, CR)
PRICE = {"Nordhavsräka": 118, "Havskräfta": 176, "Hummer": 395, "Krabbtaska": 24, "Torsk": 31,
         "Sill/strömming": 6, "Makrill": 14}
# relative quarterly pattern (kv1..kv4)
SEASON = {"Nordhavsräka": (0.9, 1.1, 1.0, 1.0), "Havskräfta": (0.8, 1.2, 1.1, 0.9),
          "Hummer": (0.35, 0.05, 0.15, 1.0), "Krabbtaska": (0.3, 0.8, 1.3, 1.0),
          "Torsk": (1.3, 0.8, 0.6, 1.0), "Sill/strömming": (1.4, 0.6, 0.7, 1.3),
          "Makrill": (0.1, 0.4, 1.5, 1.0)}
PORTS = [
    ("Strömstad", "Strömstad", [("Nordhavsräka", 88), ("Havskräfta", 21), ("Krabbtaska", 14), ("Hummer", 2.2), ("Torsk", 9)]),
    ("Grebbestad", "Tanum", [("Havskräfta", 26), ("Hummer", 3.1), ("Krabbtaska", 11), ("Nordhavsräka", 12)]),
    ("Fjällbacka", "Tanum", [("Havskräfta", 9), ("Hummer", 1.6), ("Makrill", 18)]),
    ("Hamburgsund", "Tanum", [("Havskräfta", 14), ("Nordhavsräka", 7)]),
    ("Kungshamn", "Sotenäs", [("Sill/strömming", 1450), ("Makrill", 160), ("Havskräfta", 17), ("Nordhavsräka", 23)]),
    ("Smögen", "Sotenäs", [("Nordhavsräka", 96), ("Havskräfta", 31), ("Torsk", 12), ("Hummer", 1.9)]),
    ("Fisketången", "Lysekil", [("Havskräfta", 29), ("Nordhavsräka", 41), ("Torsk", 8)]),
    ("Lysekil", "Lysekil", [("Havskräfta", 6), ("Hummer", 1.4)]),
    ("Mollösund", "Orust", [("Havskräfta", 8), ("Hummer", 1.2), ("Krabbtaska", 5)]),
]


def make_hav(out):
    rnd = random.Random(18501)
    lines = [
        "Landningar av fisk och skaldjur i hamnar i Fyrbodal, per hamn, art och period",
        "Källa: Havs- och vattenmyndigheten (HaV), avräkningsnots- och loggboksregistret. Uttag 2025-10-14, bearbetning Fyrbodals kommunalförbund",
        "Landad vikt i ton (levandevikt), förstahandsvärde i tusen kronor (tkr)",
        "",
        "Landningshamn;Kommun;Art;Period;Landad vikt (ton);Förstahandsvärde (tkr);Antal fartyg",
    ]
    for hamn, kommun, arter in PORTS:
        for art, base in arter:
            price = PRICE[art]
            nves_base = max(2, int(round((base ** 0.5) * 1.3)))
            for year, nq in ((2024, 4), (2025, 3)):
                tot_t = 0.0
                tot_v = 0
                vessels = []
                for q in range(nq):
                    f = SEASON[art][q] * rnd.uniform(0.8, 1.2) * (1.0 if year == 2024 else rnd.uniform(0.85, 1.15))
                    ton = round(base * f, 1)
                    if ton < 0.1:
                        ton = 0.0
                    val = int(round(ton * price * rnd.uniform(0.9, 1.1)))
                    nv = 0 if ton == 0 else max(1, int(round(nves_base * rnd.uniform(0.6, 1.1))))
                    vessels.append(nv)
                    tot_t = round(tot_t + ton, 1)
                    tot_v += val
                    lines.append(";".join([hamn, kommun, art, f"{year} kv{q + 1}",
                                           sv_dec(ton) if ton else "–", sv_int(val) if val else "–",
                                           str(nv) if nv else "–"]))
                uniq = max(vessels) + rnd.randint(1, 3)
                lines.append(";".join([hamn, kommun, art, f"{year} helår" if year == 2024 else f"{year} jan–sep",
                                       sv_dec(tot_t), sv_int(tot_v), str(uniq)]))
    lines += [
        "",
        "Anm. 'helår' och 'jan–sep' är summor av kvartalen för vikt och värde. Antal fartyg avser unika fartyg som landat under perioden och kan inte summeras över kvartal eller hamnar.",
        "Anm. '–' = inga landningar. Uppgifter för 2025 är preliminära. Hamnar med färre än 3 landningstillfällen per år redovisas inte.",
    ]
    data = "\r".join(lines) + "\r"
    with open(os.path.join(out, "HaV_landningar_hamnar_Fyrbodal_2024-2025.csv"), "wb") as fh:
        fh.write(data.encode("mac_roman"))


# ============================================================== 2. SCB workplaces by size class (dates in header)
WP_TOTAL = {"Uddevalla": 6540, "Trollhättan": 5480, "Vänersborg": 3620, "Lysekil": 1810, "Munkedal": 1330,
            "Tanum": 2430, "Strömstad": 1920, "Sotenäs": 1540, "Orust": 2310, "Färgelanda": 820,
            "Dals-Ed": 690, "Bengtsfors": 1190, "Mellerud": 1120, "Åmål": 1310}
WP_SHARE = [0.705, 0.170, 0.058, 0.034, 0.021, 0.0070, 0.0035, 0.0010]


def wp_rows(rnd, year):
    rows = {}
    for k in BY_CODE:
        tot = WP_TOTAL[k]
        vals = []
        for i, s in enumerate(WP_SHARE):
            v = tot * s * rnd.uniform(0.85, 1.15)
            if k in ("Trollhättan", "Uddevalla", "Vänersborg") and i >= 5:
                v *= 1.6
            vals.append(int(round(v)))
        rows[k] = vals
    return rows


def make_wp(out):
    import openpyxl
    from openpyxl.styles import Font, Alignment
    rnd = random.Random(18502)
    r25 = wp_rows(rnd, 2025)
    r24 = {k: [int(round(v * rnd.uniform(0.94, 1.03))) for v in r25[k]] for k in BY_CODE}
    # a few hand-set figures used in questions
    r25["Trollhättan"][3] = 196
    r24["Strömstad"][1] = 301
    r25["Strömstad"][1] = 352          # +51, biggest rise in 1-4
    r24["Uddevalla"][1] = 1093
    r25["Uddevalla"][1] = 1131         # +38
    r24["Trollhättan"][1] = 902
    r25["Trollhättan"][1] = 937        # +35
    for k in BY_CODE:
        if k not in ("Strömstad", "Uddevalla", "Trollhättan"):
            d = r25[k][1] - r24[k][1]
            if d > 30 or d < -40:
                r24[k][1] = r25[k][1] - (d % 23)
    r25["Dals-Ed"][0] = 507

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Läs mig"
    notes = [
        "Arbetsställen efter storleksklass och kommun – Fyrbodal",
        "",
        "Källa: SCB, Företagsregistret (FDB). Uttag per november respektive år, inklistrat och bearbetat av Fyrbodals kommunalförbund.",
        "Ett arbetsställe är varje adress/fastighet där ett företag eller en organisation bedriver verksamhet.",
        "Storleksklass = antal anställda vid arbetsstället. Klasserna i kolumnerna C–J på bladen 2025 och 2024 är, i ordning:",
        "0 anställda, 1–4 anställda, 5–9 anställda, 10–19 anställda, 20–49 anställda, 50–99 anställda, 100–249 anställda, 250 eller fler anställda.",
        "Kolumnen Totalt = summan av storleksklasserna.",
        "Raden Fyrbodal = summan av de 14 kommunerna. Raden Västra Götalands län avser hela länet (49 kommuner).",
        "Frågor: analys@fyrbodal.example",
    ]
    for i, t in enumerate(notes, 1):
        ws.cell(i, 1, t)
    ws["A1"].font = Font(bold=True, size=13)
    ws.column_dimensions["A"].width = 110

    for year, rows in ((2025, r25), (2024, r24)):
        sh = wb.create_sheet(str(year))
        sh["A1"] = f"Antal arbetsställen efter kommun och storleksklass (antal anställda), november {year}"
        sh["A1"].font = Font(bold=True, size=12)
        sh["A2"] = "Källa: SCB, Företagsregistret. Bearbetning: Fyrbodals kommunalförbund"
        heads = ["Kommunkod", "Kommun", 0, dt.datetime(year, 4, 1), dt.datetime(year, 9, 5),
                 dt.datetime(2019, 10, 1), "20-49", "50-99", "100-249", "250+", "Totalt"]
        fmts = {4: "d-mmm", 5: "d-mmm", 6: "mmm-yy"}
        for c, h in enumerate(heads, 1):
            cell = sh.cell(4, c, h)
            cell.font = Font(bold=True)
            cell.alignment = Alignment(horizontal="right" if c > 2 else "left")
            if c in fmts:
                cell.number_format = fmts[c]
        r = 5
        for k in BY_CODE:
            vals = rows[k]
            sh.cell(r, 1, str(KOD[k]))
            sh.cell(r, 2, k)
            for i, v in enumerate(vals):
                sh.cell(r, 3 + i, v).number_format = "# ##0"
            sh.cell(r, 11, sum(vals)).number_format = "# ##0"
            r += 1
        r += 1
        fy = [sum(rows[k][i] for k in BY_CODE) for i in range(8)]
        sh.cell(r, 2, "Fyrbodal").font = Font(bold=True)
        for i, v in enumerate(fy):
            sh.cell(r, 3 + i, v).number_format = "# ##0"
        sh.cell(r, 11, sum(fy)).number_format = "# ##0"
        for c in range(2, 12):
            sh.cell(r, c).font = Font(bold=True)
        r += 1
        vg = [int(round(v * 6.3)) for v in fy]
        sh.cell(r, 1, "14")
        sh.cell(r, 2, "Västra Götalands län")
        for i, v in enumerate(vg):
            sh.cell(r, 3 + i, v).number_format = "# ##0"
        sh.cell(r, 11, sum(vg)).number_format = "# ##0"
        sh.column_dimensions["B"].width = 22
        for col in "CDEFGHIJK":
            sh.column_dimensions[col].width = 9
    fixed_props(wb, "Arbetsställen Fyrbodal")
    path = os.path.join(out, "SCB_FDB_arbetsstallen_storleksklass_Fyrbodal.xlsx")
    wb.save(path)
    fix_zip(path)


# ============================================================== 3. PDF: commuting + triangular travel-time matrix
HUVUDORT = ["Uddevalla", "Trollhättan", "Vänersborg", "Lysekil", "Munkedal", "Tanumshede", "Strömstad",
            "Kungshamn", "Henån", "Färgelanda", "Ed", "Bengtsfors", "Mellerud", "Åmål"]
EDGES = {
    ("Uddevalla", "Trollhättan"): 30, ("Uddevalla", "Vänersborg"): 24, ("Uddevalla", "Lysekil"): 55,
    ("Uddevalla", "Munkedal"): 22, ("Uddevalla", "Tanumshede"): 47, ("Uddevalla", "Strömstad"): 78,
    ("Uddevalla", "Kungshamn"): 72, ("Uddevalla", "Henån"): 44, ("Uddevalla", "Färgelanda"): 38,
    ("Uddevalla", "Mellerud"): 61, ("Trollhättan", "Vänersborg"): 12, ("Trollhättan", "Mellerud"): 32,
    ("Trollhättan", "Åmål"): 49, ("Trollhättan", "Ed"): 64, ("Vänersborg", "Färgelanda"): 36,
    ("Vänersborg", "Mellerud"): 41, ("Mellerud", "Åmål"): 18, ("Mellerud", "Bengtsfors"): 46,
    ("Mellerud", "Ed"): 37, ("Åmål", "Bengtsfors"): 41, ("Ed", "Bengtsfors"): 44,
    ("Munkedal", "Lysekil"): 36, ("Munkedal", "Tanumshede"): 27, ("Munkedal", "Färgelanda"): 31,
    ("Tanumshede", "Strömstad"): 31, ("Tanumshede", "Kungshamn"): 52, ("Munkedal", "Kungshamn"): 49,
    ("Lysekil", "Kungshamn"): 63, ("Strömstad", "Ed"): 118,
}
CHANGE = 8


def travel_matrix():
    n = len(HUVUDORT)
    INF = 10 ** 6
    d = [[INF] * n for _ in range(n)]
    for i in range(n):
        d[i][i] = 0
    idx = {h: i for i, h in enumerate(HUVUDORT)}
    for (a, b), t in EDGES.items():
        d[idx[a]][idx[b]] = d[idx[b]][idx[a]] = t
    # Floyd–Warshall with a change penalty at the intermediate stop
    for k in range(n):
        for i in range(n):
            for j in range(n):
                if i != j and d[i][k] + d[k][j] + CHANGE < d[i][j]:
                    d[i][j] = d[i][k] + d[k][j] + CHANGE
    return d


PENDLING = [  # kommun, förvärvsarbetande boende, utpendlare, inpendlare
    ("Uddevalla", 27150, 7980, 9420),
    ("Trollhättan", 27480, 8140, 9960),
    ("Vänersborg", 18760, 8920, 5380),
    ("Lysekil", 6610, 2270, 1640),
    ("Munkedal", 5120, 2610, 1380),
    ("Tanum", 6390, 1930, 2110),
    ("Strömstad", 6240, 1120, 2960),
    ("Sotenäs", 4310, 1310, 1590),
    ("Orust", 7380, 3670, 1140),
    ("Färgelanda", 3080, 1690, 640),
    ("Dals-Ed", 2210, 620, 570),
    ("Bengtsfors", 4120, 1030, 780),
    ("Mellerud", 4090, 1590, 1060),
    ("Åmål", 5810, 1480, 1280),
]


def make_pdf(out):
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table,
                                    TableStyle, NextPageTemplate, PageBreak)
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab import rl_config
    rl_config.invariant = 1

    font, fontb, minus = "Helvetica", "Helvetica-Bold", "-"
    cands = [("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")]
    for reg, bold in cands:
        if os.path.exists(reg) and os.path.exists(bold):
            pdfmetrics.registerFont(TTFont("DV", reg))
            pdfmetrics.registerFont(TTFont("DVB", bold))
            font, fontb, minus = "DV", "DVB", "\u2212"
            break

    def signed(n):
        return ("+" if n > 0 else (minus if n < 0 else "±")) + sv_int(abs(n), " ")

    body = ParagraphStyle("b", fontName=font, fontSize=9.5, leading=13)
    h1 = ParagraphStyle("h1", fontName=fontb, fontSize=15, leading=19, spaceAfter=6)
    h2 = ParagraphStyle("h2", fontName=fontb, fontSize=11, leading=14, spaceBefore=8, spaceAfter=4)
    small = ParagraphStyle("s", fontName=font, fontSize=7.5, leading=9.5)

    def header_footer(c, doc):
        c.saveState()
        c.setFont(font, 7.5)
        w, h = c._pagesize
        c.drawString(18 * mm, h - 12 * mm, "Fyrbodals kommunalförbund · Underlag till strukturbild Fyrbodal 2025")
        c.drawRightString(w - 18 * mm, 10 * mm, f"Sida {doc.page} av 2")
        c.restoreState()

    path = os.path.join(out, "Fyrbodal_restider_och_pendling_2025.pdf")
    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=18 * mm,
                          bottomMargin=16 * mm, title="Restider och pendling i Fyrbodal 2025",
                          author="Fyrbodals kommunalförbund", invariant=1)
    fp = Frame(18 * mm, 16 * mm, A4[0] - 36 * mm, A4[1] - 34 * mm, id="p")
    L = landscape(A4)
    fl = Frame(14 * mm, 14 * mm, L[0] - 28 * mm, L[1] - 30 * mm, id="l")
    doc.addPageTemplates([PageTemplate("port", [fp], onPage=header_footer, pagesize=A4),
                          PageTemplate("land", [fl], onPage=header_footer, pagesize=L)])
    st = []
    st.append(Paragraph("Restider och pendling i Fyrbodal 2025", h1))
    st.append(Paragraph(
        "Fyrbodals fjorton kommuner hänger ihop som en arbetsmarknad där Uddevalla och Trollhättan–Vänersborg "
        "är de regionala kärnorna. Detta underlag redovisar pendlingen över kommungräns år 2023 (tabell 1) och "
        "kortaste restid med kollektivtrafik mellan kommunernas huvudorter en vardag hösten 2025 (tabell 2).", body))
    st.append(Spacer(1, 4))
    st.append(Paragraph(
        "Strukturbildens mål är att varje huvudort ska nå minst en regional kärna inom 60 minuter med "
        "kollektivtrafik. Vid förra uppföljningen 2019 tog resan Strömstad–Uddevalla 92 minuter och "
        "Bengtsfors–Trollhättan 104 minuter. Med bil tar resan Uddevalla–Göteborg cirka 50 minuter och "
        "Trollhättan–Göteborg cirka 45 minuter; runt 6 300 personer från Fyrbodal pendlar dagligen till "
        "Göteborgsregionen. År 2022 pendlade 8 410 personer ut från Uddevalla och nettoinpendlingen till "
        "Strömstad var 1 620 personer, främst inom handeln.", body))
    st.append(Paragraph("Tabell 1. Pendling över kommungräns 2023, förvärvsarbetande 16 år och äldre", h2))
    data = [["Kommun", "Förvärvsarb.\nboende i kommunen", "Utpendlare", "Inpendlare", "Nettopendling",
             "Andel utpendlare\n(%)"]]
    for k, bo, ut, inn in PENDLING:
        data.append([k, sv_int(bo, " "), sv_int(ut, " "), sv_int(inn, " "), signed(inn - ut),
                     sv_dec(100 * ut / bo, 1, " ")])
    t = Table(data, colWidths=[30 * mm, 30 * mm, 24 * mm, 24 * mm, 26 * mm, 28 * mm], repeatRows=1)
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), font, 8.5), ("FONT", (0, 0), (-1, 0), fontb, 8),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black), ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#EEF3F8")]),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 2)]))
    st.append(t)
    st.append(Spacer(1, 4))
    st.append(Paragraph(
        "Nettopendling = inpendlare minus utpendlare. Andel utpendlare = utpendlare i procent av de förvärvsarbetande "
        "som bor i kommunen. Källa: SCB, RAMS 2023. Pendling till och från Norge ingår inte.", small))
    st.append(NextPageTemplate("land"))
    st.append(PageBreak())
    st.append(Paragraph("Tabell 2. Kortaste restid med kollektivtrafik mellan huvudorterna, minuter, vardag hösten 2025", h2))
    d = travel_matrix()
    n = len(HUVUDORT)
    head = [""] + HUVUDORT[:-1]
    rows = [head]
    for i in range(n):
        row = [HUVUDORT[i]]
        for j in range(n - 1):
            if j < i:
                v = d[i][j]
                row.append(">180" if v > 180 else str(v))
            elif j == i:
                row.append("–")
            else:
                row.append("")
        rows.append(row)
    cw = [24 * mm] + [17.6 * mm] * (n - 1)
    t2 = Table(rows, colWidths=cw)
    t2.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), font, 8), ("FONT", (0, 0), (-1, 0), fontb, 7),
        ("FONT", (0, 1), (0, -1), fontb, 8), ("ALIGN", (1, 0), (-1, -1), "CENTER"),
        ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3), ("TOPPADDING", (0, 0), (-1, -1), 3)]))
    st.append(t2)
    st.append(Spacer(1, 5))
    st.append(Paragraph(
        "Läs tabellen: restiden mellan två orter står i cellen där den ena ortens rad möter den andra ortens kolumn "
        "(tabellen är symmetrisk och bara den nedre halvan redovisas). Kortaste restid dörr-till-dörr mellan "
        "hållplatser i orternas centrum, inklusive byten, med ankomst senast 08.30. '>180' = mer än tre timmar.", small))
    st.append(Paragraph(
        "Huvudorter: Tanumshede (Tanums kommun), Kungshamn (Sotenäs kommun), Henån (Orust kommun), "
        "Ed (Dals-Eds kommun). Övriga huvudorter har samma namn som kommunen. Källa: Västtrafiks reseplanerare, "
        "sökning 14 oktober 2025; bearbetning Fyrbodals kommunalförbund.", small))
    doc.build(st)


# ============================================================== 4. R write.csv export (sci notation, NFD)
INC = {  # kommun: (antal kvinnor, antal män, medel kvinnor tkr, medel män tkr) for 2024
    "Uddevalla": (22040, 22310, 301.2, 372.5), "Trollhättan": (22610, 23180, 296.4, 368.1),
    "Vänersborg": (15420, 15390, 298.8, 363.0), "Lysekil": (5720, 5790, 287.5, 351.9),
    "Munkedal": (4010, 4220, 281.2, 349.3), "Tanum": (5080, 5370, 290.6, 366.2),
    "Strömstad": (4990, 5240, 309.9, 381.4), "Sotenäs": (3650, 3790, 292.3, 361.8),
    "Orust": (6120, 6230, 294.7, 372.6), "Färgelanda": (2430, 2620, 279.6, 347.5),
    "Dals-Ed": (1790, 1930, 269.1, 331.8), "Bengtsfors": (3460, 3720, 264.8, 329.4),
    "Mellerud": (3310, 3560, 271.3, 336.9), "Åmål": (4560, 4800, 276.2, 345.7),
}


def r_num(x):
    """Format a double the way R's write.csv does (15 significant digits, scipen = 0)."""
    if x == int(x):
        fixed = str(int(x))
    else:
        fixed = repr(float(x))
        for nd in range(1, 16):
            s = f"{x:.{nd}f}"
            if abs(float(s) - x) < 1e-9 * max(1, abs(x)):
                fixed = s
                break
    sci = None
    for nd in range(0, 15):
        s = f"{x:.{nd}e}"
        if abs(float(s) - x) <= 1e-9 * max(1, abs(x)):
            sci = s
            break
    m, e = sci.split("e")
    ei = int(e)
    sci = f"{m}e{'+' if ei >= 0 else '-'}{abs(ei):02d}"
    return fixed if len(fixed) <= len(sci) else sci


def nfd(s):
    return unicodedata.normalize("NFD", s)


def make_r(out):
    rnd = random.Random(18504)
    recs = []
    for k in BY_CODE:
        nk, nm, mk, mm_ = INC[k]
        for year in (2023, 2024):
            if year == 2023:
                nk_y = int(round(nk * rnd.uniform(0.985, 1.0)))
                nm_y = int(round(nm * rnd.uniform(0.985, 1.0)))
                mk_y = mk / rnd.uniform(1.035, 1.055)
                mm_y = mm_ / rnd.uniform(1.03, 1.05)
            else:
                nk_y, nm_y, mk_y, mm_y = nk, nm, mk, mm_
            sk = int(round(nk_y * mk_y * 1000 / 1e5)) * 100000
            sm = int(round(nm_y * mm_y * 1000 / 1e5)) * 100000
            if k == "Vänersborg" and year == 2024:
                sk, sm = 4607600000, 5562400000       # total 10 170 000 000 -> '1.017e+10'
            if k == "Strömstad" and year == 2024:
                sk = 1546500000                          # medel 309.9
            for kon, n, s in (("Kvinnor", nk_y, sk), ("Män", nm_y, sm), ("Totalt", nk_y + nm_y, sk + sm)):
                medel = round(s / n / 1000 + 1e-9, 1)
                median = round(medel * rnd.uniform(0.9, 0.95), 1)
                if year == 2023 and k in ("Dals-Ed", "Färgelanda"):
                    median = None
                recs.append((KOD[k], k, year, kon, n, s, medel, median, year == 2024))
    lines = ['"kommunkod","kommun","inkomstar","kon","antal_personer","summa_forvink_kr","medel_tkr","median_tkr","prel"']
    for kod, k, year, kon, n, s, medel, median, prel in recs:
        lines.append(",".join([str(kod), f'"{nfd(k)}"', str(year), f'"{nfd(kon)}"', str(n), r_num(float(s)),
                               r_num(medel), "NA" if median is None else r_num(median),
                               "TRUE" if prel else "FALSE"]))
    with open(os.path.join(out, "forvarvsinkomster_fyrbodal_2023_2024.csv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")


# ============================================================== 5. SALSA XLSX
SCHOOLS = [  # kod, skolenhet, kommun, huvudman, (elever, faktiskt, modell) 23/24, (…) 24/25
    ("84512301", "Ängsbackeskolan", "Uddevalla", "Kommunal", (96, 221.4, 214.9), (102, 218.7, 216.2)),
    ("84512302", "Herrgårdsskolan", "Uddevalla", "Kommunal", (118, 204.6, 211.3), (124, 207.9, 212.8)),
    ("84512303", "Skalbanksskolan", "Uddevalla", "Kommunal", (74, 229.8, 224.1), (81, 226.3, 223.0)),
    ("84512304", "Nordiska friskolan Uddevalla", "Uddevalla", "Enskild", (58, 238.4, 230.2), (61, 235.1, 231.6)),
    ("84512305", "Kampenhofsskolan", "Uddevalla", "Kommunal", (67, 198.2, 205.5), (72, 203.4, 206.1)),
    ("84889101", "Stavreskolan", "Trollhättan", "Kommunal", (112, 209.3, 208.8), (109, 211.2, 209.5)),
    ("84889102", "Kronogårdsskolan", "Trollhättan", "Kommunal", (88, 186.7, 194.2), (93, 190.6, 193.9)),
    ("84889103", "Älvhögsskolan", "Trollhättan", "Kommunal", (101, 227.5, 221.7), (97, 224.8, 222.4)),
    ("84889104", "Kunskapsporten Trollhättan", "Trollhättan", "Enskild", (64, 247.9, 231.1), (66, 236.2, 232.0)),
    ("84877201", "Torpaskolan", "Vänersborg", "Kommunal", (105, 214.2, 212.6), (111, 216.8, 213.4)),
    ("84877202", "Norrgårdsskolan", "Vänersborg", "Kommunal", (79, 201.5, 206.0), (84, 199.7, 205.2)),
    ("84877203", "Vänerskolan friskola", "Vänersborg", "Enskild", (33, 232.6, 226.4), (36, 229.9, 227.3)),
    ("84843101", "Gullmarsskolan", "Lysekil", "Kommunal", (121, 210.4, 213.7), (117, 214.6, 212.9)),
    ("84830101", "Kungsmarksskolan", "Munkedal", "Kommunal", (102, 199.8, 204.3), (98, 205.3, 203.6)),
    ("84835101", "Vitlyckeskolan", "Tanum", "Kommunal", (88, 218.1, 215.4), (91, 221.6, 216.0)),
    ("84835102", "Grebbestads skola", "Tanum", "Kommunal", (41, 226.3, 219.8), (39, 219.5, 220.7)),
    ("84886101", "Strömsskolan", "Strömstad", "Kommunal", (128, 207.4, 210.9), (133, 209.1, 211.5)),
    ("84886102", "Skagerrak friskola", "Strömstad", "Enskild", None, (27, 214.0, 218.2)),
    ("84827101", "Hunnebergsskolan", "Sotenäs", "Kommunal", (82, 219.6, 216.2), (79, 217.8, 216.9)),
    ("84821101", "Ängsviksskolan", "Orust", "Kommunal", (93, 222.9, 218.5), (97, 224.0, 219.1)),
    ("84821102", "Henåns skola", "Orust", "Kommunal", (52, 213.7, 216.4), (55, 210.2, 215.8)),
    ("84839101", "Valboskolan", "Färgelanda", "Kommunal", (68, 196.3, 201.8), (71, 199.4, 200.9)),
    ("84838101", "Snörrumsskolan", "Dals-Ed", "Kommunal", (47, 208.8, 205.1), (44, 206.9, 204.7)),
    ("84846101", "Centralskolan", "Bengtsfors", "Kommunal", (81, 193.4, 199.2), (77, 195.8, 198.4)),
    ("84846102", "Bäckefors friskola", "Bengtsfors", "Enskild", (11, None, None), (9, None, None)),
    ("84846201", "Centralskolan", "Mellerud", "Kommunal", (83, 201.2, 202.9), (86, 215.7, 203.2)),
    ("84849201", "Kristinebergsskolan", "Åmål", "Kommunal", (76, 203.6, 204.1), (73, 206.5, 203.8)),
    ("84849202", "Rösparkskolan", "Åmål", "Kommunal", (62, 197.9, 201.5), (64, 194.8, 201.0)),
]


def make_salsa(out):
    import openpyxl
    from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Om SALSA"
    notes = [
        "SALSA – skolenheters resultat i årskurs 9 jämfört med modellberäknat värde",
        "",
        "SALSA jämför skolenhetens faktiska genomsnittliga meritvärde med ett modellberäknat värde som tar hänsyn till",
        "elevernas bakgrund (föräldrarnas utbildningsnivå, andel nyinvandrade, andel pojkar).",
        "Residual = faktiskt meritvärde minus modellberäknat meritvärde. Positiv residual betyder att skolan",
        "presterar bättre än vad elevsammansättningen ger anledning att förvänta.",
        "Meritvärdet beräknas på de 16 (17 med moderna språk) bästa betygen, max 340 poäng.",
        "",
        "* = uppgiften redovisas inte eftersom färre än 15 elever har slutbetyg.",
        "– = skolenheten hade inga elever i årskurs 9 läsåret.",
        "Källa: Skolverket, SALSA. Sammanställning för Fyrbodals kommuner, oktober 2025.",
    ]
    for i, t in enumerate(notes, 1):
        ws.cell(i, 1, t)
    ws["A1"].font = Font(bold=True, size=13)
    ws.column_dimensions["A"].width = 100

    sh = wb.create_sheet("Skolenheter åk 9")
    sh["B1"] = "SALSA, årskurs 9 – skolenheter i Fyrbodal"
    sh["B1"].font = Font(bold=True, size=12)
    sh["B2"] = "Källa: Skolverket. Residual = faktiskt minus modellberäknat genomsnittligt meritvärde."
    head_fill = PatternFill("solid", fgColor="DCE6F1")
    bold = Font(bold=True)
    sh.merge_cells("E4:H4")
    sh.merge_cells("I4:L4")
    sh["E4"] = "Läsår 2023/24"
    sh["I4"] = "Läsår 2024/25"
    for c in ("E4", "I4"):
        sh[c].font = bold
        sh[c].alignment = Alignment(horizontal="center")
    heads = ["Skolenhetskod", "Skolenhet", "Kommun", "Huvudman"] + \
            ["Antal elever", "Faktiskt meritvärde", "Modellberäknat meritvärde", "Residual"] * 2
    for c, h in enumerate(heads, 1):
        cell = sh.cell(5, c, h)
        cell.font = bold
        cell.fill = head_fill
        cell.alignment = Alignment(wrap_text=True, vertical="bottom", horizontal="left" if c <= 4 else "right")
    for c in range(1, 13):
        sh.cell(4, c).fill = head_fill
    resfmt = '+0.0;"\u2212"0.0;0.0'
    r = 6
    for kod, namn, kommun, hm, a, b in sorted(SCHOOLS, key=lambda s: (s[2], s[1])):
        sh.cell(r, 1, kod)
        sh.cell(r, 2, namn)
        sh.cell(r, 3, kommun)
        sh.cell(r, 4, hm)
        for off, blk in ((5, a), (9, b)):
            if blk is None:
                for i in range(4):
                    sh.cell(r, off + i, "–").alignment = Alignment(horizontal="right")
                continue
            n, fak, mod = blk
            sh.cell(r, off, n)
            if fak is None:
                for i in range(1, 4):
                    sh.cell(r, off + i, "*").alignment = Alignment(horizontal="right")
            else:
                sh.cell(r, off + 1, fak).number_format = "0.0"
                sh.cell(r, off + 2, mod).number_format = "0.0"
                sh.cell(r, off + 3, round(fak - mod, 1)).number_format = resfmt
        r += 1
    sh.column_dimensions["A"].hidden = True
    sh.column_dimensions["B"].width = 30
    sh.column_dimensions["C"].width = 13
    sh.column_dimensions["D"].width = 11
    for col in "EFGHIJKL":
        sh.column_dimensions[col].width = 12
    sh.row_dimensions[5].height = 30
    sh.freeze_panes = "E6"
    fixed_props(wb, "SALSA Fyrbodal")
    path = os.path.join(out, "Skolverket_SALSA_ak9_Fyrbodal.xlsx")
    wb.save(path)
    fix_zip(path)


# ============================================================== 6. Färdtjänst CSV with Excel error values
FT = [  # kommun (as typed), tillstånd 2023, 2024, resor 2023, 2024 (None=saknas), kostnad 2024 tkr, folkmängd
    ("Uddevalla", 1712, 1688, 98420, 101350, 31870, 57380),
    ("Trollhättan", 1846, 1873, 104210, 108940, 33980, 59670),
    ("Vänersborg", 1295, 1251, 71630, 70210, 22460, 40120),
    ("Lysekil", 512, 497, 27840, 26510, 9120, 14360),
    ("Munkedal", 338, 344, 16920, None, 5840, 10560),
    ("Tanum", 401, 418, 18760, 19840, 8310, 13090),
    ("Strömstad", 356, 349, 15830, 16120, 6150, 13280),
    ("Sotenäs", 371, 366, 17240, 16980, 7020, 8990),
    ("Orust", 544, 561, 24110, 25730, 10480, 15280),
    ("Färgelanda", 208, 213, 9310, 9020, 3890, 6510),
    ("Dals Ed", 156, 149, 6120, 5870, 2420, None),
    ("Bengtsfors", 347, 338, 14980, 14410, 6020, 9370),
    ("Mellerud", 329, 335, 14120, 14650, 5410, 9040),
    ("Åmål", 466, 452, 22680, 22150, 7940, 12230),
]


def make_ft(out):
    head = ["Kommun", "Färdtjänsttillstånd 2023", "Färdtjänsttillstånd 2024", "Resor 2023", "Resor 2024",
            "Kostnad 2024 (tkr)", "Kostnad per resa 2024 (kr)", "Folkmängd 31 dec 2024",
            "Tillstånd per 1 000 inv. 2024"]
    ncol = len(head)
    lines = ["Färdtjänst i Fyrbodals kommuner 2023–2024" + ";" * (ncol - 1),
             "Källa: Trafikanalys, Färdtjänst och riksfärdtjänst 2024 (tabell 2 och 5). Folkmängd: SCB, hämtad med LETARAD från bladet Bef." + ";" * (ncol - 1),
             ";" * (ncol - 1),
             ";".join(head)]
    tot = [0, 0, 0, 0, 0]
    for k, t23, t24, r23, r24, kost, bef in FT:
        cpr = "#DIVISION/0!" if not r24 else str(int(round(kost * 1000 / r24)))
        rate = "#SAKNAS!" if bef is None else sv_dec(t24 * 1000 / bef, 1)
        lines.append(";".join([k, sv_int(t23), sv_int(t24), sv_int(r23), "" if r24 is None else sv_int(r24),
                               sv_int(kost), cpr, "#SAKNAS!" if bef is None else sv_int(bef), rate]))
        tot[0] += t23
        tot[1] += t24
        tot[2] += r23
        tot[3] += r24 or 0
        tot[4] += kost
    lines.append(";".join(["Summa Fyrbodal", sv_int(tot[0]), sv_int(tot[1]), sv_int(tot[2]), sv_int(tot[3]),
                           sv_int(tot[4]), str(int(round(tot[4] * 1000 / tot[3]))), "#SAKNAS!", "#SAKNAS!"]))
    lines.append(";" * (ncol - 1))
    lines.append("Kostnad = kommunens bruttokostnad för färdtjänstresor inkl. egenavgifter. Munkedal har inte lämnat uppgift om antal resor 2024." + ";" * (ncol - 1))
    with open(os.path.join(out, "Fardtjanst_Fyrbodal_2023-2024.csv"), "wb") as fh:
        fh.write(("\r\n".join(lines) + "\r\n").encode("cp1252"))


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(2)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    make_hav(out)
    make_wp(out)
    make_pdf(out)
    make_r(out)
    make_salsa(out)
    make_ft(out)


if __name__ == "__main__":
    main()
