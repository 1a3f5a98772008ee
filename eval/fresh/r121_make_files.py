#!/usr/bin/env python
"""Round r121: six statistics files in shapes of real Swedish public exports.

Usage: r121_make_files.py OUT_DIR

1. scb_kommunalskatter_2025_vasterbotten_norrbotten.xlsx
   SCB "Kommunalskatter 2025": header cells with line breaks ("Kommunal-\\nskatt"),
   a Riket row, county rows ("24 Västerbottens län") with the county's average
   followed by their municipalities, change in procentenheter, footnote marks in
   headers and footnotes under the table.
2. folkhalsodata_sjalvskattad_halsa_region.csv
   Folkhälsomyndigheten Folkhälsodata export: Windows-1252, semicolons, quoted
   text, pooled periods "2017–2020" with an en dash, a 95 % confidence interval
   as two columns, decimal commas, ".." and notes under the table.
3. uka_registrerade_studenter_terminer.xlsx
   UKÄ-style table: terms "HT 2022", "VT 2023" ... under academic years
   "Läsår 2022/23" merged over two terms, a change column merged over both
   header rows, a footnote mark on a lärosäte's name, a Totalt row.
4. fk_bostadsbidrag_gavleborg_2024.csv
   Försäkringskassan open-data style: comma separated, point decimals, snake
   case column names, the month as an integer 202403, codes and names in
   separate columns, labels with commas in quotes.
5. socialstyrelsen_ekonomiskt_bistand_2024.pdf
   Socialstyrelsen statistics-report PDF: intro text, "Tabell 2" with wrapped
   two-line headers, counts, shares (%), tkr, change (%) and kr side by side,
   Riket first, space thousands, horizontal rules only, notes below.
6. skolverket_behorighet_ak9_varmland.csv
   Skolverket export: UTF-8 with BOM, semicolons, two title lines, läsår
   "2023/24", Kommunkod and Kommun columns, Huvudmannatyp
   (Samtliga/Kommunal/Enskild), ".", "..", "~100", decimal commas, län and
   riket rows at the end, an explanation block.
"""
import csv
import io
import os
import random
import sys

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, Border, Side
from openpyxl.utils import get_column_letter


def fix_props(wb):
    import datetime
    t = datetime.datetime(2025, 3, 14, 9, 30, 0)
    wb.properties.created = t
    wb.properties.modified = t
    wb.properties.creator = "SCB" if "Kommunalskatter 2025" in wb.sheetnames else "UKÄ"


def fix_zip(path):
    """Rewrite an XLSX with fixed entry dates so the bytes are reproducible."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                import re
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2025-03-14T09:30:00Z", data)
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 14, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def sv(x, nd=1):
    """Swedish decimal comma."""
    return f"{x:.{nd}f}".replace(".", ",")


def sp(n):
    """Space as thousands separator."""
    return f"{int(round(n)):,}".replace(",", " ")


# ---------------------------------------------------------------- 1 SCB tax
VB_REGION = 11.35
NB_REGION = 11.05
VB = [  # code, name, kommunal skatt, förändring, kyrkoavgift, weight (pop)
    ("2401", "Nordmaling", 23.25, 0.00, 1.25, 7000),
    ("2403", "Bjurholm", 23.85, 0.25, 1.30, 2400),
    ("2404", "Vindeln", 23.30, 0.00, 1.20, 5300),
    ("2409", "Robertsfors", 23.10, 0.00, 1.15, 6700),
    ("2417", "Norsjö", 23.60, 0.20, 1.25, 4000),
    ("2418", "Malå", 23.95, 0.00, 1.30, 3000),
    ("2421", "Storuman", 23.45, 0.00, 1.35, 5800),
    ("2422", "Sorsele", 23.75, 0.35, 1.40, 2400),
    ("2425", "Dorotea", 24.15, 0.00, 1.40, 2500),
    ("2460", "Vännäs", 23.05, -0.10, 1.15, 8900),
    ("2462", "Vilhelmina", 23.70, 0.00, 1.35, 6600),
    ("2463", "Åsele", 24.05, 0.30, 1.40, 2700),
    ("2480", "Umeå", 22.75, 0.00, 1.05, 133000),
    ("2481", "Lycksele", 23.20, 0.00, 1.25, 12100),
    ("2482", "Skellefteå", 22.70, 0.15, 1.10, 77000),
]
NB = [
    ("2505", "Arvidsjaur", 23.40, 0.00, 1.30, 6000),
    ("2506", "Arjeplog", 23.55, 0.00, 1.35, 2700),
    ("2510", "Jokkmokk", 23.30, 0.00, 1.35, 4900),
    ("2513", "Överkalix", 23.90, 0.40, 1.40, 3200),
    ("2514", "Kalix", 23.35, 0.00, 1.20, 15700),
    ("2518", "Övertorneå", 23.85, 0.00, 1.40, 4300),
    ("2521", "Pajala", 24.05, 0.25, 1.40, 5900),
    ("2523", "Gällivare", 22.85, 0.00, 1.20, 17300),
    ("2560", "Älvsbyn", 23.50, 0.00, 1.25, 8100),
    ("2580", "Luleå", 22.45, 0.00, 1.05, 79500),
    ("2581", "Piteå", 22.70, -0.05, 1.10, 42600),
    ("2582", "Boden", 23.10, 0.00, 1.15, 28100),
    ("2583", "Haparanda", 23.65, 0.30, 1.30, 9600),
    ("2584", "Kiruna", 22.95, 0.00, 1.25, 22500),
]


def write_tax(out):
    wb = Workbook()
    ws = wb.active
    ws.title = "Kommunalskatter 2025"
    ws["A1"] = "Kommunalskatter 2025 – Västerbottens och Norrbottens län"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Skattesatser i procent av den beskattningsbara förvärvsinkomsten. "
                "Förändring jämfört med 2024 i procentenheter.")
    hdr = ["Kommun-\nkod", "Län/kommun", "Summa\nkommunal-\nskatt", "Kommunal-\nskatt",
           "Regions-\nskatt", "Förändring\nsumma kommunal-\nskatt", "Begravnings-\navgift¹",
           "Kyrko-\navgift²"]
    thin = Side(style="thin")
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True)
        c.alignment = Alignment(wrap_text=True, vertical="bottom", horizontal="center")
        c.border = Border(bottom=thin, top=thin)
    ws.row_dimensions[4].height = 48
    row = 5

    def put(vals, bold=False):
        nonlocal row
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=row, column=j, value=v)
            if bold:
                c.font = Font(bold=True)
            if isinstance(v, float):
                c.number_format = "0.00" if j != 7 else "0.000"
        row += 1

    put(["00", "Riket", 32.41, 21.03, 11.38, 0.04, 0.292, 1.03], bold=True)
    for lcode, lname, reg, rows in (("24", "Västerbottens län", VB_REGION, VB),
                                    ("25", "Norrbottens län", NB_REGION, NB)):
        w = sum(r[5] for r in rows)
        avg_k = round(sum(r[2] * r[5] for r in rows) / w, 2)
        avg_ch = round(sum(r[3] * r[5] for r in rows) / w, 2)
        avg_ky = round(sum(r[4] * r[5] for r in rows) / w, 2)
        put([lcode, lname, round(avg_k + reg, 2), avg_k, reg, avg_ch, 0.292, avg_ky], bold=True)
        for code, name, k, ch, ky, _ in rows:
            put([code, name, round(k + reg, 2), k, reg, ch, 0.292, ky])
    row += 1
    notes = [
        "¹ Begravningsavgiften är densamma i hela landet utom i Stockholms och Tranås kommuner.",
        "² Genomsnittlig avgift för medlemmar i Svenska kyrkan i kommunen.",
        "Kommunalskatten avser skattesats utan kyrkoavgift och begravningsavgift.",
        "Källa: SCB, Kommunalskatter 2025.",
    ]
    for n in notes:
        ws.cell(row=row, column=1, value=n)
        row += 1
    widths = [9, 22, 12, 11, 11, 16, 13, 10]
    for j, wdt in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(j)].width = wdt
    fix_props(wb)
    p = os.path.join(out, "scb_kommunalskatter_2025_vasterbotten_norrbotten.xlsx")
    wb.save(p)
    fix_zip(p)


# ------------------------------------------------------ 2 Folkhälsodata CSV
FHM_REGIONS = [  # name, base share (totalt), n base
    ("Riket", 72.1, 98000),
    ("Region Stockholm", 74.3, 21000),
    ("Region Uppsala", 73.8, 4400),
    ("Region Dalarna", 70.2, 3300),
    ("Region Gävleborg", 68.4, 3200),
    ("Region Västernorrland", 69.1, 2800),
    ("Region Jämtland Härjedalen", 70.6, 1500),
    ("Region Västerbotten", 73.5, 3100),
    ("Region Norrbotten", 69.8, 2900),
]
FHM_PERIODS = ["2017–2020", "2019–2022", "2021–2024"]


def fhm_rows():
    rnd = random.Random(12101)
    rows = []
    for name, base, n in FHM_REGIONS:
        drift = rnd.choice([-1.6, -1.1, -0.7, -0.3, 0.2, 0.6])
        for pi, per in enumerate(FHM_PERIODS):
            tot = round(base + drift * pi + rnd.uniform(-0.4, 0.4), 1)
            gap = round(rnd.uniform(2.2, 5.0), 1)
            kv = round(tot - gap / 2, 1)
            man = round(tot + gap / 2, 1)
            ntot = int(n * (1 - 0.04 * pi) * rnd.uniform(0.95, 1.05))
            nkv = int(ntot * rnd.uniform(0.52, 0.56))
            nman = ntot - nkv
            for kon, val, nn in (("Totalt", tot, ntot), ("Kvinnor", kv, nkv), ("Män", man, nman)):
                half = round(1.96 * (val * (100 - val) / nn) ** 0.5 * 1.3, 1)
                rows.append((name, kon, per, val, round(val - half, 1), round(val + half, 1), nn))
    return rows


def write_fhm(out):
    rows = fhm_rows()
    buf = io.StringIO()
    buf.write("Självskattat allmänt hälsotillstånd, bra eller mycket bra, efter region, kön och "
              "period. Andel (%), 16–84 år\r\n")
    buf.write("Åldersstandardiserade värden\r\n")
    buf.write("\r\n")
    w = csv.writer(buf, delimiter=";", quoting=csv.QUOTE_NONNUMERIC, lineterminator="\r\n")
    w.writerow(["Region", "Kön", "Period", "Andel (%)", "Konfidensintervall 95 %, nedre",
                "Konfidensintervall 95 %, övre", "Antal svarande"])
    for name, kon, per, val, lo, hi, nn in rows:
        if name == "Region Jämtland Härjedalen" and kon == "Män" and per == "2017–2020":
            buf.write(f'"{name}";"{kon}";"{per}";..;..;..;{nn}\r\n')
            continue
        buf.write(f'"{name}";"{kon}";"{per}";{sv(val)};{sv(lo)};{sv(hi)};{nn}\r\n')
    buf.write("\r\n")
    buf.write("Källa: Folkhälsomyndigheten, Nationella folkhälsoenkäten Hälsa på lika villkor. "
              "Folkhälsodata.\r\n")
    buf.write(".. = uppgift saknas eller för få svarande för att redovisa.\r\n")
    buf.write("Perioderna är sammanslagna fyraårsperioder; närliggande perioder överlappar.\r\n")
    with open(os.path.join(out, "folkhalsodata_sjalvskattad_halsa_region.csv"), "wb") as f:
        f.write(buf.getvalue().encode("cp1252"))


# ------------------------------------------------------------- 3 UKÄ XLSX
UKA = [  # name, HT 2022 level, yearly trend
    ("Uppsala universitet", 44800, 0.012),
    ("Lunds universitet", 46200, 0.004),
    ("Göteborgs universitet", 42100, -0.008),
    ("Stockholms universitet", 36500, 0.015),
    ("Umeå universitet", 28300, 0.021),
    ("Linköpings universitet", 33900, 0.006),
    ("Karolinska institutet", 8400, 0.010),
    ("Kungl. Tekniska högskolan", 16200, 0.002),
    ("Luleå tekniska universitet", 14100, 0.034),
    ("Mittuniversitetet", 13600, -0.027),
    ("Högskolan Dalarna", 14900, -0.041),
    ("Högskolan i Gävle", 13800, -0.012),
    ("Karlstads universitet", 18200, 0.009),
    ("Linnéuniversitetet", 32100, -0.018),
    ("Örebro universitet", 19800, 0.025),
    ("Mälardalens universitet¹", 15400, 0.013),
]
TERMS = ["HT 2022", "VT 2023", "HT 2023", "VT 2024", "HT 2024", "VT 2025"]


def uka_rows():
    rnd = random.Random(12103)
    out = []
    for name, ht22, tr in UKA:
        vals = []
        for yi in range(3):
            ht = ht22 * rnd.uniform(0.985, 1.015) * (1 + tr + rnd.uniform(-0.012, 0.012)) ** yi
            vt = ht * rnd.uniform(0.925, 0.965)
            vals += [int(round(ht)), int(round(vt))]
        out.append((name, vals))
    return out


def write_uka(out):
    rows = uka_rows()
    wb = Workbook()
    ws = wb.active
    ws.title = "Tabell 1"
    ws["A1"] = "Tabell 1. Antal registrerade studenter per termin och lärosäte, HT 2022–VT 2025"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Studenter på grundnivå och avancerad nivå, exklusive uppdragsutbildning. Urval av lärosäten."
    # two-row header
    ws.cell(row=4, column=1, value="Lärosäte")
    ws.merge_cells(start_row=4, start_column=1, end_row=5, end_column=1)
    for k, ly in enumerate(["Läsår 2022/23", "Läsår 2023/24", "Läsår 2024/25"]):
        c0 = 2 + 2 * k
        ws.cell(row=4, column=c0, value=ly)
        ws.merge_cells(start_row=4, start_column=c0, end_row=4, end_column=c0 + 1)
    ws.cell(row=4, column=8, value="Förändring HT 2023–HT 2024, %")
    ws.merge_cells(start_row=4, start_column=8, end_row=5, end_column=8)
    for j, t in enumerate(TERMS):
        ws.cell(row=5, column=2 + j, value=t)
    for r in (4, 5):
        for j in range(1, 9):
            ws.cell(row=r, column=j).font = Font(bold=True)
            ws.cell(row=r, column=j).alignment = Alignment(horizontal="center", wrap_text=True)
    r = 6
    tot = [0] * 6
    for name, vals in rows:
        ws.cell(row=r, column=1, value=name)
        for j, v in enumerate(vals):
            c = ws.cell(row=r, column=2 + j, value=v)
            c.number_format = "# ##0"
            tot[j] += v
        ch = round((vals[4] - vals[2]) / vals[2] * 100, 1)
        c = ws.cell(row=r, column=8, value=ch)
        c.number_format = "0.0"
        r += 1
    ws.cell(row=r, column=1, value="Totalt").font = Font(bold=True)
    for j, v in enumerate(tot):
        c = ws.cell(row=r, column=2 + j, value=v)
        c.font = Font(bold=True)
        c.number_format = "# ##0"
    c = ws.cell(row=r, column=8, value=round((tot[4] - tot[2]) / tot[2] * 100, 1))
    c.font = Font(bold=True)
    c.number_format = "0.0"
    r += 2
    for n in ["¹ Mälardalens högskola blev Mälardalens universitet den 1 januari 2022.",
              "En student som är registrerad vid flera lärosäten räknas en gång per lärosäte, "
              "varför totalen kan innehålla dubbelräkningar.",
              "Källa: UKÄ, NU-statistikdatabasen (bearbetning)."]:
        ws.cell(row=r, column=1, value=n)
        r += 1
    ws.column_dimensions["A"].width = 30
    for j in range(2, 9):
        ws.column_dimensions[get_column_letter(j)].width = 12
    ws.column_dimensions["H"].width = 18
    fix_props(wb)
    p = os.path.join(out, "uka_registrerade_studenter_terminer.xlsx")
    wb.save(p)
    fix_zip(p)


# ------------------------------------------------------- 4 FK bostadsbidrag
GB = [  # code, name, households scale
    ("2101", "Ockelbo", 0.055),
    ("2104", "Hofors", 0.095),
    ("2121", "Ovanåker", 0.085),
    ("2132", "Nordanstig", 0.070),
    ("2161", "Ljusdal", 0.165),
    ("2180", "Gävle", 1.000),
    ("2181", "Sandviken", 0.410),
    ("2182", "Söderhamn", 0.300),
    ("2183", "Bollnäs", 0.260),
    ("2184", "Hudiksvall", 0.300),
]
HHT = [  # type, base households in Gävle, base mean amount
    ("Barnfamiljer, sammanboende", 620, 2150.0),
    ("Barnfamiljer, ensamstående", 1480, 2480.0),
    ("Hushåll utan barn, 18–28 år", 390, 1290.0),
]
MONTHS = [202403, 202406, 202409, 202412]


def fk_rows():
    rnd = random.Random(12104)
    out = []
    for mi, m in enumerate(MONTHS):
        for code, name, sc in GB:
            for typ, base, amt in HHT:
                n = max(3, int(round(base * sc * (1 - 0.018 * mi) * rnd.uniform(0.9, 1.1))))
                mean = amt * rnd.uniform(0.92, 1.08) * (1 + 0.004 * mi)
                belopp = int(round(n * mean))
                out.append((m, "21", "Gävleborgs län", code, name, typ, n, belopp,
                            round(belopp / n, 2)))
    return out


def write_fk(out):
    rows = fk_rows()
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=",", quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    w.writerow(["ar_manad", "lan_kod", "lan_namn", "kommun_kod", "kommun_namn", "hushallstyp",
                "antal_hushall", "utbetalt_belopp_kr", "medelbelopp_kr"])
    for r in rows:
        w.writerow([r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], f"{r[8]:.2f}"])
    with open(os.path.join(out, "fk_bostadsbidrag_gavleborg_2024.csv"), "w", encoding="utf-8",
              newline="") as f:
        f.write(buf.getvalue())


# ----------------------------------------------------- 5 Socialstyrelsen PDF
LAN = [  # name, population, rate %, mean monthly amount per household
    ("Stockholms län", 2454000, 2.6, 10350),
    ("Uppsala län", 404000, 2.7, 9620),
    ("Södermanlands län", 302000, 4.4, 9480),
    ("Östergötlands län", 472000, 3.5, 9110),
    ("Jönköpings län", 370000, 2.9, 8760),
    ("Kronobergs län", 204000, 3.2, 8890),
    ("Kalmar län", 246000, 2.8, 8420),
    ("Gotlands län", 61000, 2.0, 8150),
    ("Blekinge län", 157000, 4.1, 8670),
    ("Skåne län", 1421000, 4.6, 9830),
    ("Hallands län", 345000, 2.3, 9010),
    ("Västra Götalands län", 1770000, 3.6, 9560),
    ("Värmlands län", 283000, 3.3, 8540),
    ("Örebro län", 307000, 4.2, 9020),
    ("Västmanlands län", 280000, 4.0, 9150),
    ("Dalarnas län", 288000, 2.9, 8480),
    ("Gävleborgs län", 288000, 4.3, 8610),
    ("Västernorrlands län", 244000, 3.0, 8330),
    ("Jämtlands län", 133000, 2.2, 8200),
    ("Västerbottens län", 278000, 2.1, 8390),
    ("Norrbottens län", 249000, 2.4, 8470),
]


def soc_rows():
    rnd = random.Random(12105)
    rows = []
    for name, pop, rate, mean in LAN:
        pers = int(round(pop * (rate + rnd.uniform(-0.04, 0.04)) / 100))
        hush = int(round(pers * rnd.uniform(0.54, 0.60)))
        months = rnd.uniform(6.0, 6.6)
        tkr = int(round(hush * months * mean / 1000))
        ch = round(rnd.uniform(-3.5, 9.5), 1)
        if abs(ch) < 0.15:
            ch = 0.4
        rows.append([name, pers, round(pers / pop * 100, 1), hush, tkr, ch, mean, pop])
    # Riket
    P = sum(r[7] for r in rows)
    pers = sum(r[1] for r in rows)
    hush = sum(r[3] for r in rows)
    tkr = sum(r[4] for r in rows)
    prev = sum(r[4] / (1 + r[5] / 100) for r in rows)
    ch = round((tkr / prev - 1) * 100, 1)
    mean = int(round(sum(r[6] * r[3] for r in rows) / hush, -1))
    riket = ["Riket", pers, round(pers / P * 100, 1), hush, tkr, ch, mean, P]
    return [riket] + rows


def write_soc(out):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    rows = soc_rows()
    path = os.path.join(out, "socialstyrelsen_ekonomiskt_bistand_2024.pdf")
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=20 * mm, bottomMargin=18 * mm,
                            title="Ekonomiskt bistånd 2024", author="Socialstyrelsen",
                            invariant=1)
    h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=16, leading=20, spaceAfter=8)
    h2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=10, leading=13, spaceAfter=4)
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=9.5, leading=13, spaceAfter=6)
    small = ParagraphStyle("s", fontName="Helvetica", fontSize=7.5, leading=10)
    th = ParagraphStyle("th", fontName="Helvetica-Bold", fontSize=7.5, leading=9, alignment=2)
    thl = ParagraphStyle("thl", parent=th, alignment=0)
    riket = rows[0]
    story = [
        Paragraph("Statistik om ekonomiskt bistånd 2024", h1),
        Paragraph("Sveriges officiella statistik – Socialtjänst", body),
        Paragraph(
            "Ekonomiskt bistånd är samhällets yttersta skyddsnät och ges till personer som "
            "tillfälligt har svårt att försörja sig. Statistiken bygger på uppgifter som "
            "kommunerna lämnar till Socialstyrelsens register över ekonomiskt bistånd. Under "
            "året fick sammanlagt " + sp(riket[1]) + " personer ekonomiskt bistånd någon gång, "
            "vilket motsvarar " + sv(riket[2]) + " procent av befolkningen. Andelen varierar "
            "mellan länen, se tabell 2.", body),
        Spacer(1, 4),
        Paragraph("Tabell 2. Biståndsmottagare och utbetalt ekonomiskt bistånd efter län 2024", h2),
    ]
    hdr = [Paragraph("Län", thl),
           Paragraph("Bistånds-<br/>mottagare, antal", th),
           Paragraph("Andel av<br/>befolkningen<br/>(%)", th),
           Paragraph("Bistånds-<br/>hushåll, antal", th),
           Paragraph("Utbetalt bistånd,<br/>tkr", th),
           Paragraph("Förändring utbetalt<br/>jämfört med 2023, %", th),
           Paragraph("Genomsnittligt belopp per<br/>hushåll och månad, kr", th)]
    data = [hdr]
    for name, pers, share, hush, tkr, ch, mean, _ in rows:
        chs = sv(ch).replace("-", "−")
        data.append([name, sp(pers), sv(share), sp(hush), sp(tkr), chs, sp(mean)])
    t = Table(data, colWidths=[38 * mm, 21 * mm, 21 * mm, 21 * mm, 24 * mm, 25 * mm, 24 * mm],
              repeatRows=1)
    t.setStyle(TableStyle([
        ("FONT", (0, 1), (-1, -1), "Helvetica", 8),
        ("FONT", (0, 1), (-1, 1), "Helvetica-Bold", 8),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
        ("LINEBELOW", (0, 1), (-1, 1), 0.3, colors.grey),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
        ("TOPPADDING", (0, 1), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 1), (-1, -1), 1.5),
    ]))
    story += [t, Spacer(1, 5),
              Paragraph("Andel av befolkningen avser andel av samtliga folkbokförda i länet den "
                        "31 december 2024. Utbetalt bistånd redovisas i löpande priser. "
                        "Genomsnittligt belopp avser hushåll med bistånd under respektive månad.",
                        small),
              Paragraph("Källa: Socialstyrelsen, registret över ekonomiskt bistånd.", small)]
    doc.build(story)


# ------------------------------------------------------------ 6 Skolverket
VARM = [  # code, name, pupils, base share, merit base
    ("1715", "Kil", 140, 86.5, 224.0),
    ("1730", "Eda", 95, 78.9, 208.0),
    ("1737", "Torsby", 120, 81.2, 211.5),
    ("1760", "Storfors", 42, 76.0, 203.0),
    ("1761", "Hammarö", 215, 91.4, 238.5),
    ("1762", "Munkfors", 38, 79.5, 206.0),
    ("1763", "Forshaga", 135, 85.0, 219.0),
    ("1764", "Grums", 95, 80.3, 209.5),
    ("1765", "Årjäng", 110, 79.8, 207.0),
    ("1766", "Sunne", 135, 84.1, 218.0),
    ("1780", "Karlstad", 1050, 87.9, 229.5),
    ("1781", "Kristinehamn", 270, 80.7, 212.0),
    ("1782", "Filipstad", 105, 72.4, 196.5),
    ("1783", "Hagfors", 115, 78.1, 205.0),
    ("1784", "Arvika", 260, 83.6, 216.5),
    ("1785", "Säffle", 160, 79.2, 209.0),
]
ENSKILD = {"1780": 0.22, "1781": 0.15, "1784": 0.12, "1761": 0.09, "1766": 0.07}
LASAR = ["2022/23", "2023/24", "2024/25"]


def skv_rows():
    rnd = random.Random(12106)
    rows = []  # dicts with numeric values or strings
    for li, ly in enumerate(LASAR):
        for code, name, n, share, merit in VARM:
            ntot = int(n * rnd.uniform(0.92, 1.08))
            tot = min(99.0, round(share + rnd.uniform(-2.5, 2.5) + 0.4 * li, 1))
            g = round(rnd.uniform(1.5, 7.0), 1)
            fl = min(99.4, round(tot + g / 2, 1))
            po = round(tot - g / 2, 1)
            mv = round(merit + rnd.uniform(-4, 4) + 0.8 * li, 1)
            rows.append(dict(ly=ly, code=code, name=name, typ="Samtliga", n=ntot, tot=tot, fl=fl,
                             po=po, mv=mv))
            if code in ENSKILD:
                ne = int(round(ntot * ENSKILD[code]))
                nk = ntot - ne
                te = min(99.6, round(tot + rnd.uniform(2, 6), 1))
                tk = round((tot * ntot - te * ne) / nk, 1)
                rows.append(dict(ly=ly, code=code, name=name, typ="Kommunal", n=nk, tot=tk,
                                 fl=round(tk + g / 2, 1), po=round(tk - g / 2, 1),
                                 mv=round(mv - 2.5, 1)))
                e = dict(ly=ly, code=code, name=name, typ="Enskild", n=ne, tot=te,
                         fl=round(min(99.6, te + g / 2), 1), po=round(te - g / 2, 1),
                         mv=round(mv + 12.0, 1))
                if code == "1761":
                    e["fl"] = "~100"
                if ne < 10:
                    e.update(tot="..", fl="..", po="..", mv="..")
                rows.append(e)
            else:
                rows.append(dict(ly=ly, code=code, name=name, typ="Kommunal", n=ntot, tot=tot,
                                 fl=fl, po=po, mv=mv))
        # county and country
        sam = [r for r in rows if r["ly"] == ly and r["typ"] == "Samtliga"]
        N = sum(r["n"] for r in sam)
        rows.append(dict(ly=ly, code="17", name="Värmlands län", typ="Samtliga", n=N,
                         tot=round(sum(r["tot"] * r["n"] for r in sam) / N, 1),
                         fl=round(sum(r["fl"] * r["n"] for r in sam) / N, 1),
                         po=round(sum(r["po"] * r["n"] for r in sam) / N, 1),
                         mv=round(sum(r["mv"] * r["n"] for r in sam) / N, 1)))
        rows.append(dict(ly=ly, code="", name="Riket", typ="Samtliga", n=[118412, 121045, 122870][li],
                         tot=[85.6, 85.9, 86.3][li], fl=[86.9, 87.2, 87.5][li],
                         po=[84.4, 84.7, 85.2][li], mv=[228.9, 229.6, 230.4][li]))
    # Storfors 2024/25 meritvärde missing
    for r in rows:
        if r["code"] == "1760" and r["ly"] == "2024/25":
            r["mv"] = "."
    return rows


def write_skv(out):
    rows = skv_rows()

    def f(v):
        return v if isinstance(v, str) else sv(v)

    lines = [
        "Slutbetyg i årskurs 9 – behörighet till gymnasieskolans yrkesprogram och genomsnittligt meritvärde",
        "Kommuner i Värmlands län, läsåren 2022/23–2024/25",
        "",
        "Läsår;Kommunkod;Kommun;Huvudmannatyp;Antal elever;Andel (%) behöriga till yrkesprogram;"
        "Andel (%) behöriga flickor;Andel (%) behöriga pojkar;Genomsnittligt meritvärde (17 ämnen)",
    ]
    for r in rows:
        lines.append(";".join([r["ly"], r["code"], r["name"], r["typ"], str(r["n"]), f(r["tot"]),
                               f(r["fl"]), f(r["po"]), f(r["mv"])]))
    lines += [
        "",
        "Förklaringar:",
        ". = uppgift saknas",
        ".. = uppgiften är skyddad eftersom den avser färre än 10 elever",
        "~100 = andelen ligger nära 100 procent och har avrundats av sekretesskäl",
        "Källa: Skolverket, betygsstatistik årskurs 9.",
    ]
    with open(os.path.join(out, "skolverket_behorighet_ak9_varmland.csv"), "w",
              encoding="utf-8-sig", newline="") as fh:
        fh.write("\r\n".join(lines) + "\r\n")


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "kb"
    os.makedirs(out, exist_ok=True)
    write_tax(out)
    write_fhm(out)
    write_uka(out)
    write_fk(out)
    write_soc(out)
    write_skv(out)


if __name__ == "__main__":
    main()
