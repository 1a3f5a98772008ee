#!/usr/bin/env python3
"""Test round r198 (Blekinge län): writes six made-up statistics files into OUT_DIR.

Deterministic: no clock, no randomness, fixed PDF/XLSX metadata and fixed zip timestamps.

Files and their awkwardness:
 1. AF_inskrivna_arbetslosa_dec2023_dec2024.csv
      Excel "sep=;" directive on line 1 (before title rows), UTF-8 BOM; "därav"-rows
      (kvinnor, 18-24 år, utrikes födda) are subsets of "Samtliga 16-64 år" and must not be summed.
 2. SAP_ZAM_utfall_arbetsmarknadsinsatser_2024.csv
      SAP GUI list export ("unconverted"): pipe-framed fixed-width columns, dashed rule lines,
      page header repeated mid-list, German/SAP number format 1.234.567,00 with TRAILING minus
      (62.450,00-), ALV subtotal rows marked "*" and grand total "**" mixed with detail rows.
 3. Befolkning_Blekinge_2023_2024.xlsx
      Municipal workbook written by a program: "Totalt" column and the county row are formulas
      with NO cached values (read as empty by pandas/openpyxl data_only); "Andel 65+" stored as
      fractions (0.2116) shown with a percent number format; one sheet per year.
 4. Skolverket_ak9_behorighet_skolenheter_2024.xlsx
      School-unit level rows (one row per skolenhet) – municipal share must be pupil-weighted,
      not the mean of school percentages; a "Riket" reference row at the bottom; autofilter.
 5. Ekonomiskt_bistand_hushall_2020-2024.pdf
      Report table split horizontally over two pages (2020-2022 on p.1, 2023-2024 + change on
      p.2, "Tabell 3 (forts.)"); footnote markers set as small raised digits right after numbers
      and names (text extraction emits them as stray tokens "1 032", "2" or glues them "1 0322";
      "Olofström", "3", "498" shifts the row).
 6. Varsel_Blekinge_2024_forteckning.pdf
      Record-level list (one row per varsel) over three pages with accounting-style carry-forward
      rows: "Summa att transportera" at page foot and "Transport" at next page head (running
      totals inside the table) plus a final sum row.
"""
import io
import re
import os
import sys
import zipfile
import datetime

KOMMUNER = [("1080", "Karlskrona"), ("1081", "Ronneby"), ("1082", "Karlshamn"),
            ("1083", "Sölvesborg"), ("1060", "Olofström")]

FIXED_DT = datetime.datetime(2025, 3, 14, 9, 0, 0)


# ----------------------------------------------------------------------------------------------
# helpers
# ----------------------------------------------------------------------------------------------
def sv_dec(x, nd=1):
    return f"{x:.{nd}f}".replace(".", ",")


def sv_int(n):
    """Swedish thousands separator (normal space)."""
    s = f"{n:,d}".replace(",", " ")
    return s


def sap_amount(x):
    """SAP list format: 1.234.567,00 and trailing minus for negatives."""
    neg = x < 0
    cents = int(round(abs(x) * 100))
    whole, dec = divmod(cents, 100)
    s = f"{whole:,d}".replace(",", ".") + f",{dec:02d}"
    return s + ("-" if neg else " ")


def normalize_zip(path):
    """Rewrite a zip (xlsx) with fixed timestamps and stable order -> byte-identical output."""
    with open(path, "rb") as fh:
        data = fh.read()
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            content = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                # openpyxl stamps "modified" with the clock on save -> pin it
                content = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                                 rb"\g<1>2025-03-14T09:00:00Z\g<2>", content)
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 14, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, content)
    with open(path, "wb") as fh:
        fh.write(out.getvalue())


def fix_wb_props(wb, title):
    wb.properties.creator = "Region Blekinge"
    wb.properties.lastModifiedBy = "Region Blekinge"
    wb.properties.title = title
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT


# ----------------------------------------------------------------------------------------------
# 1. Arbetsförmedlingen CSV with sep=; line and därav-rows
# ----------------------------------------------------------------------------------------------
# (antal dec 2023, arbetskraft dec 2023, antal dec 2024, arbetskraft dec 2024)
AF_DATA = {
    "Karlskrona": {
        "Samtliga 16-64 år": (2087, 35420, 2243, 35610),
        "därav kvinnor": (962, 17180, 1019, 17260),
        "därav 18-24 år": (266, 3905, 301, 3890),
        "därav utrikes födda": (1191, 6310, 1264, 6505),
    },
    "Ronneby": {
        "Samtliga 16-64 år": (1412, 15480, 1479, 15430),
        "därav kvinnor": (668, 7410, 690, 7395),
        "därav 18-24 år": (197, 1762, 215, 1745),
        "därav utrikes födda": (843, 3398, 872, 3472),
    },
    "Karlshamn": {
        "Samtliga 16-64 år": (1276, 17290, 1401, 17330),
        "därav kvinnor": (591, 8320, 642, 8335),
        "därav 18-24 år": (171, 1880, 206, 1893),
        "därav utrikes födda": (731, 3385, 803, 3490),
    },
    "Sölvesborg": {
        "Samtliga 16-64 år": (641, 9870, 617, 9905),
        "därav kvinnor": (302, 4790, 287, 4801),
        "därav 18-24 år": (89, 1071, 78, 1055),
        "därav utrikes födda": (353, 1792, 336, 1815),
    },
    "Olofström": {
        "Samtliga 16-64 år": (703, 6765, 782, 6738),
        "därav kvinnor": (318, 3212, 349, 3220),
        "därav 18-24 år": (103, 741, 122, 752),
        "därav utrikes födda": (456, 1668, 503, 1734),
    },
}
AF_GROUPS = ["Samtliga 16-64 år", "därav kvinnor", "därav 18-24 år", "därav utrikes födda"]


def make_af_csv(out_dir):
    lines = ["sep=;",
             "Inskrivna arbetslösa 16-64 år i Blekinge läns kommuner, december 2023 och december 2024",
             "Källa: Arbetsförmedlingen, månadsstatistik. Bearbetning: Region Blekinge, enheten för regional utveckling",
             "",
             "Kommun;Grupp;Antal dec 2023;Andel (%) dec 2023;Antal dec 2024;Andel (%) dec 2024"]
    county = {g: [0, 0, 0, 0] for g in AF_GROUPS}
    for _, k in KOMMUNER:
        for g in AF_GROUPS:
            a23, d23, a24, d24 = AF_DATA[k][g]
            for i, v in enumerate((a23, d23, a24, d24)):
                county[g][i] += v
            lines.append(f"{k};{g};{a23};{sv_dec(100 * a23 / d23)};{a24};{sv_dec(100 * a24 / d24)}")
    for g in AF_GROUPS:
        a23, d23, a24, d24 = county[g]
        lines.append(f"Blekinge län;{g};{a23};{sv_dec(100 * a23 / d23)};{a24};{sv_dec(100 * a24 / d24)}")
    lines += ["",
              "Andel = antal inskrivna arbetslösa i procent av den registerbaserade arbetskraften i respektive grupp.",
              "Inskrivna arbetslösa = öppet arbetslösa + sökande i program med aktivitetsstöd."]
    path = os.path.join(out_dir, "AF_inskrivna_arbetslosa_dec2023_dec2024.csv")
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        fh.write("\r\n".join(lines) + "\r\n")


# ----------------------------------------------------------------------------------------------
# 2. SAP list export
# ----------------------------------------------------------------------------------------------
INSATSER = ["Feriearbete ungdom", "Arbetsmarknadsanställningar", "Jobbcoachning", "Praktikplatser"]
# (budget, utfall, deltagare)
SAP_DATA = {
    "Karlskrona": [(2400000.00, 2561300.00, 412), (9800000.00, 9412750.50, 96),
                   (3100000.00, 3246980.00, 238), (1500000.00, 1287400.00, 151)],
    "Ronneby": [(1100000.00, 1054200.00, 188), (5200000.00, 5689400.00, 61),
                (1650000.00, 1598300.00, 117), (700000.00, 742150.00, 74)],
    "Karlshamn": [(1250000.00, 1198750.00, 203), (5900000.00, 6012300.00, 58),
                  (1800000.00, 1655900.00, 129), (820000.00, 801000.00, 83)],
    "Sölvesborg": [(640000.00, 702500.00, 121), (2900000.00, 2755800.00, 27),
                   (950000.00, 1012400.00, 66), (380000.00, 366900.00, 38)],
    "Olofström": [(520000.00, 517300.00, 97), (3100000.00, 3402900.00, 34),
                  (780000.00, 812600.00, 58), (300000.00, 251400.00, 29)],
}


def make_sap_csv(out_dir):
    W = (2, 10, 12, 28, 16, 16, 16, 6)  # first col = ALV marker column

    def row(cells, align):
        parts = []
        for c, w, a in zip(cells, W, align):
            parts.append(c.rjust(w) if a == "r" else c.ljust(w))
        return "|" + "|".join(parts) + "|"

    hdr_cells = [" ", "Kostnst.", "Kommun", "Insats", "Budget SEK", "Utfall SEK", "Avvikelse SEK", "Delt."]
    align = ["l", "l", "l", "l", "r", "r", "r", "r"]
    width = len(row(hdr_cells, align))
    rule = "-" * width

    def page_header(page):
        return [
            f"Rapport ZAM_UTFALL_KST   Region Blekinge / Kommunförbundet".ljust(width - 12) + f"Sida:{page:>7}",
            "Arbetsmarknadsinsatser, budget och utfall per kostnadsställe".ljust(width - 17) + "Datum: 14.03.2025",
            "Period 001.2024 - 012.2024   Valuta SEK   Avvikelse = Budget - Utfall",
            "",
            rule,
            row(hdr_cells, align),
            rule,
        ]

    lines = page_header(1)
    tot_b = tot_u = 0.0
    tot_d = 0
    nrows_on_page = 0
    page = 1
    ins_codes = {"Feriearbete ungdom": "410", "Arbetsmarknadsanställningar": "420",
                 "Jobbcoachning": "430", "Praktikplatser": "440"}
    for code, k in KOMMUNER:
        sb = su = 0.0
        sd = 0
        if nrows_on_page >= 13:  # page break before next kommun block
            lines.append(rule)
            lines.append("")
            page += 1
            lines += page_header(page)
            nrows_on_page = 0
        for ins, (b, u, d) in zip(INSATSER, SAP_DATA[k]):
            lines.append(row([" ", f"{code}-{ins_codes[ins]}", k, ins, sap_amount(b), sap_amount(u),
                              sap_amount(b - u), str(d)], align))
            sb += b
            su += u
            sd += d
            nrows_on_page += 1
        lines.append(rule)
        lines.append(row(["*", code, k, "", sap_amount(sb), sap_amount(su), sap_amount(sb - su), str(sd)], align))
        lines.append(rule)
        nrows_on_page += 1
        tot_b += sb
        tot_u += su
        tot_d += sd
    lines.append(row(["**", "", "Totalt", "", sap_amount(tot_b), sap_amount(tot_u), sap_amount(tot_b - tot_u),
                      str(tot_d)], align))
    lines.append(rule)
    path = os.path.join(out_dir, "SAP_ZAM_utfall_arbetsmarknadsinsatser_2024.csv")
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(lines) + "\r\n")


# ----------------------------------------------------------------------------------------------
# 3. Befolkning workbook with uncached formulas and fraction percentages
# ----------------------------------------------------------------------------------------------
BEF = {
    2024: {"Karlskrona": (14823, 37952, 14171), "Ronneby": (6238, 15486, 7794),
           "Karlshamn": (6981, 17507, 8029), "Sölvesborg": (3874, 9688, 4562),
           "Olofström": (2913, 6902, 3408)},
    2023: {"Karlskrona": (14907, 37884, 13926), "Ronneby": (6291, 15562, 7653),
           "Karlshamn": (7012, 17611, 7884), "Sölvesborg": (3883, 9761, 4468),
           "Olofström": (2962, 6958, 3371)},
}


def make_bef_xlsx(out_dir):
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment, PatternFill, Border, Side

    wb = Workbook()
    wb.remove(wb.active)
    thin = Side(style="thin", color="999999")
    for year in (2024, 2023):
        ws = wb.create_sheet(f"Bef {year}")
        ws["A1"] = f"Folkmängd efter åldersgrupp den 31 december {year}, Blekinge läns kommuner"
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = "Källa: SCB, befolkningsstatistik. Sammanställning: Region Blekinge"
        ws["A2"].font = Font(italic=True, size=9)
        heads = ["Kommunkod", "Kommun", "0–19 år", "20–64 år", "65+ år", "Totalt", "Andel 65+"]
        for j, h in enumerate(heads, start=1):
            c = ws.cell(row=4, column=j, value=h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = PatternFill("solid", fgColor="1F4E78")
            c.alignment = Alignment(horizontal="center")
        r = 5
        for code, k in KOMMUNER:
            a, b, c65 = BEF[year][k]
            ws.cell(row=r, column=1, value=code)
            ws.cell(row=r, column=2, value=k)
            ws.cell(row=r, column=3, value=a)
            ws.cell(row=r, column=4, value=b)
            ws.cell(row=r, column=5, value=c65)
            ws.cell(row=r, column=6, value=f"=SUM(C{r}:E{r})")
            p = ws.cell(row=r, column=7, value=c65 / (a + b + c65))
            p.number_format = "0.0%"
            for j in (3, 4, 5, 6):
                ws.cell(row=r, column=j).number_format = "# ##0"
            r += 1
        # county row: formulas only
        ws.cell(row=r, column=1, value="10")
        ws.cell(row=r, column=2, value="Blekinge län")
        for j, col in zip((3, 4, 5, 6), "CDEF"):
            ws.cell(row=r, column=j, value=f"=SUM({col}5:{col}{r - 1})").number_format = "# ##0"
        tot = [sum(BEF[year][k][i] for _, k in KOMMUNER) for i in range(3)]
        ws.cell(row=r, column=7, value=tot[2] / sum(tot)).number_format = "0.0%"
        for j in range(1, 8):
            ws.cell(row=r, column=j).font = Font(bold=True)
            ws.cell(row=r, column=j).border = Border(top=thin)
        ws.cell(row=r + 2, column=1, value="Totalt och länsrad beräknas med formel.")
        ws.cell(row=r + 2, column=1).font = Font(italic=True, size=9)
        ws.column_dimensions["A"].width = 11
        ws.column_dimensions["B"].width = 16
        for col in "CDEFG":
            ws.column_dimensions[col].width = 11
    fix_wb_props(wb, "Folkmängd Blekinge 2023–2024")
    path = os.path.join(out_dir, "Befolkning_Blekinge_2023_2024.xlsx")
    wb.save(path)
    normalize_zip(path)


# ----------------------------------------------------------------------------------------------
# 4. Skolverket school-unit workbook
# ----------------------------------------------------------------------------------------------
# (skolenhetskod, namn, kommun, huvudman, elever, behöriga yrkesprogram, meritvärde)
SKOLOR = [
    ("38214471", "Trossöskolan 7-9", "Karlskrona", "Kommunal", 142, 130, 238.4),
    ("51663218", "Lyckebyskolan", "Karlskrona", "Kommunal", 118, 102, 224.1),
    ("27390582", "Nättrabyskolan", "Karlskrona", "Kommunal", 64, 60, 241.7),
    ("80452296", "Jämjöskolan", "Karlskrona", "Kommunal", 71, 60, 219.3),
    ("64128839", "Rödebyskolan", "Karlskrona", "Kommunal", 58, 52, 229.8),
    ("19957340", "Friskolan Kronan", "Karlskrona", "Enskild", 47, 45, 251.2),
    ("72016654", "Sturkö skola", "Karlskrona", "Kommunal", 23, 20, 226.5),
    ("45530918", "Kallingeskolan", "Ronneby", "Kommunal", 96, 76, 205.6),
    ("93370145", "Snäckebacksskolan", "Ronneby", "Kommunal", 104, 85, 211.0),
    ("30689471", "Skogsgårdsskolan", "Ronneby", "Kommunal", 88, 67, 201.4),
    ("86204735", "Ronneby friskola", "Ronneby", "Enskild", 35, 32, 236.9),
    ("12847763", "Mörrumsskolan", "Karlshamn", "Kommunal", 82, 70, 221.8),
    ("57761320", "Väggaskolan", "Karlshamn", "Kommunal", 121, 97, 212.5),
    ("69013584", "Asarums skola", "Karlshamn", "Kommunal", 97, 81, 218.0),
    ("24419806", "Furuboda friskola", "Karlshamn", "Enskild", 29, 26, 232.3),
    ("78825049", "Lindenskolan", "Sölvesborg", "Kommunal", 126, 106, 220.4),
    ("41096653", "Mjällby skola", "Sölvesborg", "Kommunal", 54, 48, 228.7),
    ("95580127", "Sölvesborgs fria skola", "Sölvesborg", "Enskild", 31, 29, 240.1),
    ("36672908", "Högavångsskolan", "Olofström", "Kommunal", 118, 88, 198.2),
    ("63341572", "Jämshögs skola", "Olofström", "Kommunal", 44, 36, 214.9),
]


def make_skol_xlsx(out_dir):
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill, Alignment

    wb = Workbook()
    ws = wb.active
    ws.title = "Skolenheter"
    ws["A1"] = "Slutbetyg årskurs 9 läsåret 2023/24 – skolenheter i Blekinge län"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Källa: Skolverket, uttag per skolenhet. Samtliga huvudmän. Elever med okänd bakgrund ingår."
    ws["A2"].font = Font(italic=True, size=9)
    heads = ["Skolenhetskod", "Skolenhet", "Kommun", "Huvudman", "Antal elever åk 9",
             "Andel (%) behöriga till yrkesprogram", "Genomsnittligt meritvärde (17 ämnen)"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DDEBF7")
        c.alignment = Alignment(wrap_text=True, vertical="top")
    r = 5
    for code, namn, kommun, hm, el, beh, mv in SKOLOR:
        ws.cell(row=r, column=1, value=code)
        ws.cell(row=r, column=2, value=namn)
        ws.cell(row=r, column=3, value=kommun)
        ws.cell(row=r, column=4, value=hm)
        ws.cell(row=r, column=5, value=el)
        ws.cell(row=r, column=6, value=round(100 * beh / el, 1)).number_format = "0.0"
        ws.cell(row=r, column=7, value=mv).number_format = "0.0"
        r += 1
    ws.auto_filter.ref = f"A4:G{r - 1}"
    r += 1
    ws.cell(row=r, column=2, value="Riket, samtliga huvudmän")
    ws.cell(row=r, column=5, value=118452)
    ws.cell(row=r, column=6, value=84.9).number_format = "0.0"
    ws.cell(row=r, column=7, value=224.5).number_format = "0.0"
    for j in range(1, 8):
        ws.cell(row=r, column=j).font = Font(italic=True)
    ws.cell(row=r + 2, column=1,
            value="Andelen avser elever som uppnått behörighet till gymnasieskolans yrkesprogram, i procent av samtliga elever med slutbetyg.")
    ws.cell(row=r + 2, column=1).font = Font(size=9)
    ws.row_dimensions[4].height = 45
    for col, w in zip("ABCDEFG", (14, 24, 13, 11, 12, 16, 16)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    fix_wb_props(wb, "Skolverket slutbetyg åk 9 2023/24 Blekinge")
    path = os.path.join(out_dir, "Skolverket_ak9_behorighet_skolenheter_2024.xlsx")
    wb.save(path)
    normalize_zip(path)


# ----------------------------------------------------------------------------------------------
# 5. Ekonomiskt bistånd PDF, table split horizontally over two pages + raised footnote markers
# ----------------------------------------------------------------------------------------------
BIST = {  # hushåll med ekonomiskt bistånd, 2020..2024
    "Karlskrona": [1412, 1356, 1298, 1344, 1389],
    "Ronneby": [1104, 1071, 1032, 1087, 1126],
    "Karlshamn": [948, 921, 887, 912, 964],
    "Sölvesborg": [431, 418, 402, 427, 452],
    "Olofström": [498, 487, 471, 493, 518],
}
BIST_YEARS = [2020, 2021, 2022, 2023, 2024]
# footnote markers: (row, col index in years) -> marker
BIST_NOTES = {("Ronneby", 2): "2", ("Sölvesborg", 4): "1", ("Blekinge län", 2): "2"}
BIST_NAME_NOTES = {"Olofström": "3"}


def _pdf_canvas(path, title):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    c = canvas.Canvas(path, pagesize=A4, invariant=1, pageCompression=0)
    c.setTitle(title)
    c.setAuthor("Region Blekinge")
    c.setCreator("Region Blekinge rapportmall")
    c.setProducer("Region Blekinge")
    c.setSubject("Regional statistik")
    return c


def _num_with_mark(c, x_right, y, text, mark, font="Helvetica", size=9.5):
    """Right-align number at x_right, then draw a small raised footnote digit after it."""
    c.setFont(font, size)
    c.drawRightString(x_right, y, text)
    if mark:
        c.setFont(font, 6)
        c.drawString(x_right + 0.6, y + 3.6, mark)
        c.setFont(font, size)


def make_bistand_pdf(out_dir):
    from reportlab.lib.pagesizes import A4
    path = os.path.join(out_dir, "Ekonomiskt_bistand_hushall_2020-2024.pdf")
    c = _pdf_canvas(path, "Ekonomiskt bistånd i Blekinge 2020–2024")
    W, H = A4
    rows = [(k, BIST[k]) for _, k in KOMMUNER]
    county = [sum(BIST[k][i] for _, k in KOMMUNER) for i in range(5)]
    rows.append(("Blekinge län", county))

    def header_band(page):
        c.setFont("Helvetica", 8)
        c.drawString(56, H - 40, "Region Blekinge  |  Social välfärd i Blekinge – lägesrapport 2025")
        c.drawRightString(W - 56, H - 40, f"Sida {page + 11}")
        c.line(56, H - 44, W - 56, H - 44)

    # ---------- page 1 ----------
    header_band(1)
    c.setFont("Helvetica-Bold", 13)
    c.drawString(56, H - 80, "4. Ekonomiskt bistånd")
    c.setFont("Helvetica", 10)
    text = [
        "Antalet hushåll som fått ekonomiskt bistånd minskade i länet fram till 2022 men har därefter",
        "ökat igen. Ökningen 2023–2024 förklaras främst av fler hushåll där arbetslöshet är det",
        "huvudsakliga försörjningshindret. Tabell 3 redovisar antal biståndshushåll per kommun,",
        "det vill säga hushåll som någon gång under året erhållit ekonomiskt bistånd.",
    ]
    y = H - 102
    for t in text:
        c.drawString(56, y, t)
        y -= 14
    y -= 14
    c.setFont("Helvetica-Bold", 10)
    c.drawString(56, y, "Tabell 3. Biståndshushåll, antal, per kommun 2020–2024")
    y -= 20
    cols_x = [56, 250, 330, 410]  # name left, numbers right-aligned at x+60

    def draw_table(y, years_idx, extra=None):
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(cols_x[0], y, "Kommun")
        hdrs = [str(BIST_YEARS[i]) for i in years_idx] + ([extra[0]] if extra else [])
        for j, h in enumerate(hdrs):
            c.drawRightString(cols_x[j + 1] + 60, y, h)
        c.line(56, y - 5, 480, y - 5)
        y -= 19
        for name, vals in rows:
            bold = name == "Blekinge län"
            font = "Helvetica-Bold" if bold else "Helvetica"
            c.setFont(font, 9.5)
            c.drawString(cols_x[0], y, name)
            if name in BIST_NAME_NOTES:
                nw = c.stringWidth(name, font, 9.5)
                c.setFont(font, 6)
                c.drawString(cols_x[0] + nw + 0.6, y + 3.6, BIST_NAME_NOTES[name])
            for j, i in enumerate(years_idx):
                _num_with_mark(c, cols_x[j + 1] + 60, y, sv_int(vals[i]), BIST_NOTES.get((name, i)), font)
            if extra:
                ch = 100 * (vals[4] - vals[0]) / vals[0]
                s = sv_dec(ch).replace("-", "\u2212") if ch < 0 else "+" + sv_dec(ch)
                c.setFont(font, 9.5)
                c.drawRightString(cols_x[len(years_idx) + 1] + 60, y, s)
            y -= 16
        c.line(56, y + 10, 480, y + 10)
        return y

    y = draw_table(y, [0, 1, 2])
    c.setFont("Helvetica-Oblique", 8.5)
    c.drawString(56, y - 6, "Tabellen fortsätter på nästa sida.")
    c.showPage()

    # ---------- page 2 ----------
    header_band(2)
    y = H - 80
    c.setFont("Helvetica-Bold", 10)
    c.drawString(56, y, "Tabell 3 (forts.). Biståndshushåll, antal, per kommun 2020–2024")
    y -= 20
    y = draw_table(y, [3, 4], extra=("Förändring 2020–2024, %",))
    y -= 10
    c.setFont("Helvetica", 8)
    notes = [
        "1) Preliminär uppgift, kommunen har aviserat rättelse.",
        "2) Byte av verksamhetssystem i Ronneby under 2022; uppgiften är inte helt jämförbar med övriga år.",
        "3) Olofström: hushåll med enbart introduktionsersättning ingår inte.",
        "Källa: Socialstyrelsen, statistik om ekonomiskt bistånd; kommunernas egna uppgifter. Bearbetning Region Blekinge.",
    ]
    for t in notes:
        c.drawString(56, y, t)
        y -= 12
    y -= 16
    c.setFont("Helvetica", 10)
    for t in [
        "Sedan 2020 har antalet biståndshushåll ökat mest i de mindre kommunerna, medan Karlskrona",
        "har något färre hushåll 2024 än 2020. Utbetalt bistånd per invånare redovisas i bilaga 2.",
    ]:
        c.drawString(56, y, t)
        y -= 14
    c.showPage()
    c.save()


# ----------------------------------------------------------------------------------------------
# 6. Varsel PDF, record list with carry-forward (transport) rows
# ----------------------------------------------------------------------------------------------
VARSEL = [  # (datum, kommun, bransch, antal berörda)
    ("2024-01-09", "Karlskrona", "Information och kommunikation", 34),
    ("2024-01-17", "Olofström", "Tillverkning", 120),
    ("2024-01-23", "Karlshamn", "Transport och magasinering", 18),
    ("2024-02-02", "Ronneby", "Tillverkning", 45),
    ("2024-02-14", "Sölvesborg", "Handel", 12),
    ("2024-02-20", "Karlskrona", "Byggverksamhet", 9),
    ("2024-02-28", "Karlshamn", "Tillverkning", 62),
    ("2024-03-06", "Olofström", "Tillverkning", 38),
    ("2024-03-12", "Karlskrona", "Handel", 15),
    ("2024-03-19", "Ronneby", "Hotell och restaurang", 7),
    ("2024-03-27", "Karlskrona", "Tillverkning", 27),
    ("2024-04-04", "Sölvesborg", "Tillverkning", 41),
    ("2024-04-16", "Karlshamn", "Handel", 11),
    ("2024-04-25", "Ronneby", "Byggverksamhet", 14),
    ("2024-05-07", "Karlskrona", "Information och kommunikation", 22),
    ("2024-05-15", "Olofström", "Transport och magasinering", 9),
    ("2024-05-29", "Karlshamn", "Tillverkning", 25),
    ("2024-06-05", "Ronneby", "Tillverkning", 31),
    ("2024-06-18", "Karlskrona", "Vård och omsorg", 8),
    ("2024-06-26", "Sölvesborg", "Byggverksamhet", 6),
    ("2024-07-03", "Olofström", "Tillverkning", 55),
    ("2024-08-13", "Karlskrona", "Tillverkning", 19),
    ("2024-08-21", "Karlshamn", "Transport och magasinering", 23),
    ("2024-08-29", "Ronneby", "Handel", 10),
    ("2024-09-04", "Karlskrona", "Byggverksamhet", 13),
    ("2024-09-11", "Sölvesborg", "Tillverkning", 17),
    ("2024-09-24", "Olofström", "Handel", 6),
    ("2024-10-02", "Karlshamn", "Information och kommunikation", 8),
    ("2024-10-09", "Ronneby", "Tillverkning", 52),
    ("2024-10-16", "Karlskrona", "Hotell och restaurang", 11),
    ("2024-10-30", "Karlshamn", "Byggverksamhet", 16),
    ("2024-11-06", "Olofström", "Tillverkning", 74),
    ("2024-11-13", "Karlskrona", "Information och kommunikation", 29),
    ("2024-11-20", "Sölvesborg", "Transport och magasinering", 9),
    ("2024-11-27", "Ronneby", "Vård och omsorg", 5),
    ("2024-12-04", "Karlshamn", "Tillverkning", 33),
    ("2024-12-11", "Karlskrona", "Tillverkning", 21),
    ("2024-12-17", "Ronneby", "Transport och magasinering", 12),
    ("2024-12-19", "Olofström", "Byggverksamhet", 7),
    ("2024-12-20", "Sölvesborg", "Handel", 10),
]


def make_varsel_pdf(out_dir):
    from reportlab.lib.pagesizes import A4
    path = os.path.join(out_dir, "Varsel_Blekinge_2024_forteckning.pdf")
    c = _pdf_canvas(path, "Varsel om uppsägning Blekinge 2024")
    W, H = A4
    xs = {"nr": 56, "datum": 96, "kommun": 170, "bransch": 260, "antal": 520}
    per_page = [14, 14, 12]
    running = 0
    idx = 0
    for p, n in enumerate(per_page, start=1):
        c.setFont("Helvetica", 8)
        c.drawString(56, H - 40, "Region Blekinge – Förteckning över inkomna varsel om uppsägning 2024")
        c.drawRightString(W - 56, H - 40, f"Blad {p} av {len(per_page)}")
        y = H - 72
        if p == 1:
            c.setFont("Helvetica-Bold", 12)
            c.drawString(56, y, "Varsel om uppsägning i Blekinge län, januari–december 2024")
            y -= 16
            c.setFont("Helvetica", 9)
            c.drawString(56, y, "Varsel enligt 15 § LAS som inkommit till Arbetsförmedlingen och avser arbetsställe i länet.")
            y -= 12
            c.drawString(56, y, "Ett varsel per rad. Arbetsgivarens namn redovisas inte.")
            y -= 22
        c.setFont("Helvetica-Bold", 9)
        c.drawString(xs["nr"], y, "Nr")
        c.drawString(xs["datum"], y, "Inkom")
        c.drawString(xs["kommun"], y, "Kommun")
        c.drawString(xs["bransch"], y, "Bransch (SNI-avdelning)")
        c.drawRightString(xs["antal"] + 20, y, "Antal berörda")
        c.line(56, y - 4, W - 56, y - 4)
        y -= 18
        if p > 1:
            c.setFont("Helvetica-Oblique", 9)
            c.drawString(xs["bransch"], y, "Transport från föregående blad")
            c.drawRightString(xs["antal"] + 20, y, sv_int(running))
            y -= 16
        c.setFont("Helvetica", 9)
        for _ in range(n):
            d, k, b, a = VARSEL[idx]
            idx += 1
            c.drawString(xs["nr"], y, f"{idx:03d}")
            c.drawString(xs["datum"], y, d)
            c.drawString(xs["kommun"], y, k)
            c.drawString(xs["bransch"], y, b)
            c.drawRightString(xs["antal"] + 20, y, str(a))
            running += a
            y -= 15
        c.line(56, y + 10, W - 56, y + 10)
        if p < len(per_page):
            c.setFont("Helvetica-Oblique", 9)
            c.drawString(xs["bransch"], y - 4, "Summa att transportera")
            c.drawRightString(xs["antal"] + 20, y - 4, sv_int(running))
        else:
            c.setFont("Helvetica-Bold", 9)
            c.drawString(xs["bransch"], y - 4, "Summa berörda 2024")
            c.drawRightString(xs["antal"] + 20, y - 4, sv_int(running))
            c.setFont("Helvetica", 8)
            c.drawString(56, y - 30, f"Antal varsel: {len(VARSEL)}. Källa: Arbetsförmedlingen, varselstatistik. "
                                     "Sammanställning: Region Blekinge.")
        c.showPage()
    c.save()


def main():
    if len(sys.argv) != 2:
        print("usage: r198_make_files.py OUT_DIR", file=sys.stderr)
        sys.exit(2)
    out_dir = sys.argv[1]
    os.makedirs(out_dir, exist_ok=True)
    make_af_csv(out_dir)
    make_sap_csv(out_dir)
    make_bef_xlsx(out_dir)
    make_skol_xlsx(out_dir)
    make_bistand_pdf(out_dir)
    make_varsel_pdf(out_dir)


if __name__ == "__main__":
    main()
