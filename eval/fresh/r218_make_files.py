#!/usr/bin/env python3
"""r218 – test files for statistics answers, region Blekinge.

Usage:  python r218_make_files.py OUT_DIR

Deterministic: no clock, no randomness, fixed XLSX/PDF metadata and zip
timestamps.  All figures are made up (but plausible).

Files written:
 1. af_arbetslosa_blekinge_dec2023_dec2024.csv
      comma-separated; decimal-comma figures and space-grouped thousands are
      quoted ("9,8", "1 010"), small integers unquoted; trailing comma on
      every line (empty last column); county and Riket rows; source line.
 2. ekonomiskt_bistand_blekinge_2022_2024.xlsx
      sheet 'Data' holds published values; sheet 'Ändringslogg' lists
      corrections made after publication that were NOT applied to 'Data'
      (nor to the county rows).
 3. behorighet_yrkesprogram_skolenheter_vt2024.xlsx
      one row per school unit; Excel error values (#DIV/0!, #N/A) pasted as
      values; caveats only in cell comments; municipal share must be
      weighted (sum behöriga / sum elever), not an average of shares.
 4. faktablad_sysselsattningsgrad_blekinge_2023.pdf
      figures only as labels on a schematic map; labels drawn layer by
      layer (names west->east, values sorted by level) so text extraction
      does not pair names and figures; legend class limits look like data;
      footnote: the Olofström figure refers to 2022.
 5. foretagsstod_arenden_2023_2024.csv
      register, one row per case; semicolon-separated UTF-8 with BOM;
      free-text comments with semicolons, doubled quotes and line breaks
      inside quoted fields (multi-line records); statuses Beviljat /
      Avslag / Återkallat (amount kept) / Pågående; decisions may fall in a
      later year than receipt.
 6. folkmangd_blekinge_2023_2024.csv
      exported with German number settings: dot as thousands separator
      ("66.780" = 66 780 persons); SCB-style region codes with names;
      age-group rows beside 'totalt'.
"""
import csv
import io
import os
import re
import sys
import zipfile
import datetime

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Font, Alignment, PatternFill
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas
from reportlab.lib import colors

FIXED_DT = datetime.datetime(2025, 3, 14, 9, 0, 0)
ZIP_DT = (2025, 3, 14, 9, 0, 0)

KOMMUNER = [  # west -> east
    ("1083", "Sölvesborg"),
    ("1060", "Olofström"),
    ("1082", "Karlshamn"),
    ("1081", "Ronneby"),
    ("1080", "Karlskrona"),
]


def sv(x, dec=1):
    """Swedish decimal comma."""
    return f"{x:.{dec}f}".replace(".", ",")


def sv_int(n):
    """Swedish thousands grouping with ordinary space."""
    return f"{n:,}".replace(",", " ")


# ---------------------------------------------------------------------------
# helpers for deterministic xlsx
# ---------------------------------------------------------------------------
def fix_wb_props(wb, title):
    wb.properties.creator = "Region Blekinge, Analysenheten"
    wb.properties.lastModifiedBy = "Region Blekinge, Analysenheten"
    wb.properties.title = title
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    wb.properties.lastPrinted = None


def save_xlsx_deterministic(wb, path):
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    zin = zipfile.ZipFile(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                txt = data.decode("utf-8")
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)",
                             r"\g<1>2025-03-14T09:00:00Z\g<2>", txt)
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                             r"\g<1>2025-03-14T09:00:00Z\g<2>", txt)
                data = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(out.getvalue())


# ---------------------------------------------------------------------------
# 1. Arbetsförmedlingen – comma CSV with quoted decimal commas
# ---------------------------------------------------------------------------
AF_AK = {  # registerbaserad arbetskraft 16-64: (dec 2023, dec 2024)
    "Karlskrona": {"Kvinnor": (15050, 15120), "Män": (16010, 16080)},
    "Ronneby": {"Kvinnor": (6010, 5990), "Män": (6620, 6600)},
    "Karlshamn": {"Kvinnor": (6910, 6900), "Män": (7520, 7490)},
    "Sölvesborg": {"Kvinnor": (3950, 3970), "Män": (4340, 4360)},
    "Olofström": {"Kvinnor": (2710, 2680), "Män": (3120, 3090)},
    "Riket": {"Kvinnor": (2480000, 2486000), "Män": (2690000, 2697000)},
}
AF_ANTAL = {  # öppet arbetslösa + sökande i program: (dec 2023, dec 2024)
    "Karlskrona": {"Kvinnor": (930, 1010), "Män": (1020, 1130)},
    "Ronneby": {"Kvinnor": (520, 565), "Män": (610, 670)},
    "Karlshamn": {"Kvinnor": (545, 610), "Män": (640, 700)},
    "Sölvesborg": {"Kvinnor": (255, 280), "Män": (300, 335)},
    "Olofström": {"Kvinnor": (220, 245), "Män": (270, 305)},
    "Riket": {"Kvinnor": (165400, 178900), "Män": (190200, 204300)},
}


def write_af_csv(path):
    order = ["Karlskrona", "Ronneby", "Karlshamn", "Sölvesborg", "Olofström"]
    # county = sum of municipalities
    ak = dict(AF_AK)
    an = dict(AF_ANTAL)
    ak["Blekinge län"] = {
        k: tuple(sum(AF_AK[m][k][i] for m in order) for i in range(2))
        for k in ("Kvinnor", "Män")}
    an["Blekinge län"] = {
        k: tuple(sum(AF_ANTAL[m][k][i] for m in order) for i in range(2))
        for k in ("Kvinnor", "Män")}

    def num(n):
        # locale formatted; >= 1000 gets a space and therefore quotes
        return f'"{sv_int(n)}"' if n >= 1000 else str(n)

    def pct(x):
        return f'"{sv(x)}"'

    lines = []
    lines.append("Kommun,Kön,Antal dec 2023,Andel (%) dec 2023,"
                 "Antal dec 2024,Andel (%) dec 2024,"
                 "Förändring andel (procentenheter),")
    for region in order + ["Blekinge län", "Riket"]:
        for kon in ("Kvinnor", "Män", "Totalt"):
            if kon == "Totalt":
                a = [an[region]["Kvinnor"][i] + an[region]["Män"][i] for i in range(2)]
                k = [ak[region]["Kvinnor"][i] + ak[region]["Män"][i] for i in range(2)]
            else:
                a = list(an[region][kon])
                k = list(ak[region][kon])
            p = [round(a[i] / k[i] * 100 + 1e-9, 1) for i in range(2)]
            ch = round(p[1] - p[0], 1)
            lines.append(",".join([region, kon, num(a[0]), pct(p[0]), num(a[1]),
                                   pct(p[1]), pct(ch)]) + ",")
    lines.append(",,,,,,,")
    lines.append('"Öppet arbetslösa och sökande i program 16–64 år, andel (%) av den '
                 'registerbaserade arbetskraften. Källa: Arbetsförmedlingen, '
                 'månadsstatistik; uttag 2025-01-15.",,,,,,,')
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------
# 2. Ekonomiskt bistånd – workbook with un-applied correction log
# ---------------------------------------------------------------------------
EB = {  # (hushåll, utbetalt tkr) per år  – PUBLISHED values
    "Karlskrona": {2022: (1420, 98350), 2023: (1465, 104820), 2024: (1502, 112640)},
    "Ronneby": {2022: (905, 61240), 2023: (968, 67930), 2024: (1012, 73115)},
    "Karlshamn": {2022: (1010, 70480), 2023: (1046, 74910), 2024: (1088, 80260)},
    "Sölvesborg": {2022: (402, 25610), 2023: (421, 27840), 2024: (437, 29930)},
    "Olofström": {2022: (318, 20770), 2023: (331, 21480), 2024: (346, 25020)},
}
EB_CODES = {"Karlskrona": "1080", "Ronneby": "1081", "Karlshamn": "1082",
            "Sölvesborg": "1083", "Olofström": "1060"}


def write_eb_xlsx(path):
    wb = Workbook()
    fix_wb_props(wb, "Ekonomiskt bistånd Blekinge 2022–2024")
    ws = wb.active
    ws.title = "Data"
    ws["A1"] = "Ekonomiskt bistånd – biståndshushåll och utbetalt belopp, Blekinge 2022–2024"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Källa: Socialstyrelsen, statistikdatabasen för ekonomiskt bistånd. "
                "Bearbetning: Region Blekinge. Publicerad 2025-03-14.")
    ws["A3"] = "Se även fliken Ändringslogg."
    hdr = ["Kommunkod", "Kommun", "År", "Antal biståndshushåll",
           "Utbetalt ekonomiskt bistånd (tkr)"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DDEBF7")
    r = 6
    order = ["Karlskrona", "Ronneby", "Karlshamn", "Sölvesborg", "Olofström"]
    for k in order:
        for y in (2022, 2023, 2024):
            hh, tkr = EB[k][y]
            for j, v in enumerate([EB_CODES[k], k, y, hh, tkr], 1):
                ws.cell(row=r, column=j, value=v)
            ws.cell(row=r, column=4).number_format = "# ##0"
            ws.cell(row=r, column=5).number_format = "# ##0"
            r += 1
    for y in (2022, 2023, 2024):
        hh = sum(EB[k][y][0] for k in order)
        tkr = sum(EB[k][y][1] for k in order)
        for j, v in enumerate(["10", "Blekinge län", y, hh, tkr], 1):
            c = ws.cell(row=r, column=j, value=v)
            c.font = Font(bold=True)
        ws.cell(row=r, column=4).number_format = "# ##0"
        ws.cell(row=r, column=5).number_format = "# ##0"
        r += 1
    for col, w in zip("ABCDE", (11, 14, 7, 22, 33)):
        ws.column_dimensions[col].width = w

    lg = wb.create_sheet("Ändringslogg")
    lg["A1"] = "Ändringslogg – rättelser efter publicering"
    lg["A1"].font = Font(bold=True, size=13)
    lg["A2"] = ("OBS! Värdena i fliken Data har INTE uppdaterats. Använd 'Korrekt värde' "
                "nedan. Länsraderna i Data är inte heller justerade.")
    lg["A2"].font = Font(bold=True, color="C00000")
    h = ["Datum", "Kommun", "År", "Variabel", "Publicerat värde", "Korrekt värde",
         "Kommentar"]
    for j, t in enumerate(h, 1):
        c = lg.cell(row=4, column=j, value=t)
        c.font = Font(bold=True)
    rows = [
        ("2025-03-20", "Olofström", 2023, "Utbetalt ekonomiskt bistånd (tkr)",
         21480, 24180, "Siffror omkastade vid inmatning."),
        ("2025-04-02", "Karlshamn", 2022, "Antal biståndshushåll",
         1010, 1010, "Kontrollerat mot kommunens verksamhetssystem – ingen ändring."),
        ("2025-04-22", "Ronneby", 2024, "Antal biståndshushåll",
         1012, 1068, "Hushåll med beslut i december saknades i första leveransen."),
    ]
    for i, row in enumerate(rows, 5):
        for j, v in enumerate(row, 1):
            lg.cell(row=i, column=j, value=v)
    for col, w in zip("ABCDEFG", (12, 12, 7, 34, 17, 15, 62)):
        lg.column_dimensions[col].width = w
    save_xlsx_deterministic(wb, path)


# ---------------------------------------------------------------------------
# 3. Behörighet – school units, pasted Excel errors, comments
# ---------------------------------------------------------------------------
SKOLOR = [
    # (kommun, skolenhet, kod, huvudman, elever åk9, behöriga)  None = #N/A
    ("Karlskrona", "Vedebyskolan", "38215547", "Kommunal", 112, 95),
    ("Karlskrona", "Nättrabyskolan", "61530218", "Kommunal", 64, 55),
    ("Karlskrona", "Rödebyskolan", "27740936", "Kommunal", 58, 52),
    ("Karlskrona", "Jändelskolan", "90312874", "Kommunal", 121, 97),
    ("Karlskrona", "Sunnadalskolan", "45128803", "Kommunal", 98, 76),
    ("Karlskrona", "Lyckåskolan", "73391042", "Kommunal", 73, 62),
    ("Karlskrona", "Internationella Engelska Skolan Karlskrona", "18864520",
     "Enskild", 96, 89),
    ("Karlskrona", "Montessoriskolan Kristallen", "52207719", "Enskild", 18, 17),
    ("Ronneby", "Kallingeskolan", "66410385", "Kommunal", 82, 63),
    ("Ronneby", "Snäckebacksskolan", "31875260", "Kommunal", 104, 81),
    ("Ronneby", "Espedalsskolan", "84052197", "Kommunal", 95, 79),
    ("Ronneby", "Backaryds skola", "29963148", "Kommunal", 0, 0),
    ("Ronneby", "Framtidsskolan Ronneby", "70418836", "Enskild", 41, 33),
    ("Karlshamn", "Väggaskolan", "12690473", "Kommunal", 118, 99),
    ("Karlshamn", "Strandskolan", "57326091", "Kommunal", 87, None),
    ("Karlshamn", "Mörrums skola", "93481265", "Kommunal", 69, 58),
    ("Karlshamn", "Prästslättsskolan", "40759312", "Kommunal", 92, 71),
    ("Karlshamn", "Svängsta skola", "68124590", "Kommunal", 38, 33),
    ("Karlshamn", "Stenbackaskolan", "25097384", "Enskild", 22, 20),
    ("Sölvesborg", "Lyckeboskolan", "81263047", "Kommunal", 74, 60),
    ("Sölvesborg", "Falkmanskolan", "36650912", "Kommunal", 88, 79),
    ("Sölvesborg", "Mjällby skola", "59804126", "Kommunal", 31, 26),
    ("Olofström", "Brännaregårdsskolan", "14938760", "Kommunal", 102, 76),
    ("Olofström", "Kyrkhults skola", "77215608", "Kommunal", 27, 22),
    ("Olofström", "Jämshögs skola", "62047391", "Kommunal", 35, 30),
]


def write_behorighet_xlsx(path):
    wb = Workbook()
    fix_wb_props(wb, "Behörighet till yrkesprogram vt 2024")
    ws = wb.active
    ws.title = "Skolenheter"
    ws["A1"] = ("Elever i årskurs 9 behöriga till gymnasieskolans yrkesprogram, "
                "vårterminen 2024, per skolenhet – Blekinge")
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Källa: Skolverket, betygsstatistik åk 9. Sammanställning: Region Blekinge."
    hdr = ["Kommun", "Skolenhet", "Skolenhetskod", "Huvudman",
           "Antal elever åk 9", "Antal behöriga yrkesprogram",
           "Andel behöriga yrkesprogram (%)"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True)
        c.alignment = Alignment(wrap_text=True, vertical="top")
        c.fill = PatternFill("solid", fgColor="E2EFDA")
    ws.cell(row=4, column=7).comment = Comment(
        "Andel = antal behöriga / antal elever med betyg i åk 9. "
        "Kolumnen kopierad som värden från beräkningsbladet.", "Analysenheten")
    for i, (kom, namn, kod, hm, el, beh) in enumerate(SKOLOR, 5):
        ws.cell(row=i, column=1, value=kom)
        ws.cell(row=i, column=2, value=namn)
        ws.cell(row=i, column=3, value=kod)
        ws.cell(row=i, column=4, value=hm)
        ws.cell(row=i, column=5, value=el)
        if beh is None:
            ws.cell(row=i, column=6, value="#N/A")
            ws.cell(row=i, column=7, value="#N/A")
            ws.cell(row=i, column=6).comment = Comment(
                "Betygsuppgifter ej inlästa vid exporttillfället (2024-08-19).",
                "Analysenheten")
        else:
            ws.cell(row=i, column=6, value=beh)
            if el == 0:
                ws.cell(row=i, column=7, value="#DIV/0!")
            else:
                ws.cell(row=i, column=7, value=round(beh / el * 100 + 1e-9, 1))
                ws.cell(row=i, column=7).number_format = "0.0"
        if namn == "Backaryds skola":
            ws.cell(row=i, column=5).comment = Comment(
                "Åk 7–9 flyttades till Kallingeskolan ht 2023. Inga elever i åk 9 vt 2024.",
                "Analysenheten")
        if namn == "Montessoriskolan Kristallen":
            ws.cell(row=i, column=7).comment = Comment(
                "Färre än 20 elever – tolka andelen med försiktighet.", "Analysenheten")
        if namn == "Framtidsskolan Ronneby":
            ws.cell(row=i, column=5).comment = Comment(
                "Preliminär uppgift från huvudmannen.", "Analysenheten")
    for col, w in zip("ABCDEFG", (12, 42, 14, 11, 12, 16, 18)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    save_xlsx_deterministic(wb, path)


# ---------------------------------------------------------------------------
# 4. Faktablad PDF – figures only as map labels
# ---------------------------------------------------------------------------
SYSS = {  # sysselsättningsgrad 20-64 (Kvinnor, Män, Totalt)
    "Karlskrona": (80.1, 83.4, 81.8),
    "Ronneby": (74.2, 79.0, 76.7),
    "Karlshamn": (77.0, 81.9, 79.5),
    "Sölvesborg": (79.3, 84.6, 82.0),
    "Olofström": (72.8, 80.5, 76.8),  # avser 2022
}
SYSS_LAN = (77.9, 82.0, 80.0)
SYSS_RIKET = (79.6, 83.5, 81.6)

MAP_SHAPES = {  # polygon points and label anchor
    "Olofström": ([(95, 330), (235, 318), (250, 470), (120, 480), (88, 420)], (165, 400)),
    "Sölvesborg": ([(60, 170), (200, 160), (215, 310), (95, 322), (70, 250)], (135, 235)),
    "Karlshamn": ([(205, 160), (360, 150), (372, 330), (240, 318), (220, 250)], (290, 235)),
    "Ronneby": ([(365, 150), (515, 175), (505, 400), (390, 405), (376, 300)], (440, 275)),
    "Karlskrona": ([(520, 130), (690, 150), (700, 420), (512, 410), (525, 280)], (605, 275)),
}


def _fill_for(total):
    if total < 78.0:
        return colors.HexColor("#F4B183")
    if total < 81.0:
        return colors.HexColor("#FFE699")
    return colors.HexColor("#A9D18E")


def write_faktablad_pdf(path):
    W, H = landscape(A4)
    c = canvas.Canvas(path, pagesize=(W, H), invariant=1)
    c.setTitle("Faktablad 2025:3 – Sysselsättning i Blekinge")
    c.setAuthor("Region Blekinge, Analysenheten")
    c.setSubject("Sysselsättningsgrad 20–64 år per kommun")
    c.setCreator("Region Blekinge")
    c.setProducer("Region Blekinge")

    c.setFont("Helvetica-Bold", 18)
    c.drawString(40, H - 50, "Faktablad 2025:3  Sysselsättning i Blekinge")
    c.setFont("Helvetica", 11)
    c.drawString(40, H - 70, "Sysselsättningsgrad 20–64 år efter kommun och kön, procent, 2023*")
    c.setFont("Helvetica", 9)
    c.drawString(40, H - 86, "Andel förvärvsarbetande (BAS) av befolkningen 20–64 år. "
                 "Kartan är schematisk.")

    # layer 1: polygons
    for name, (pts, _) in MAP_SHAPES.items():
        c.setFillColor(_fill_for(SYSS[name][2]))
        c.setStrokeColor(colors.white)
        c.setLineWidth(2)
        p = c.beginPath()
        p.moveTo(*pts[0])
        for pt in pts[1:]:
            p.lineTo(*pt)
        p.close()
        c.drawPath(p, fill=1, stroke=1)
    # sea
    c.setFillColor(colors.HexColor("#6F8FAF"))
    c.setFont("Helvetica-Oblique", 10)
    c.drawString(330, 110, "Östersjön")
    c.drawString(90, 120, "Hanöbukten")

    # layer 2: names, west -> east
    c.setFillColor(colors.black)
    for name in ["Sölvesborg", "Olofström", "Karlshamn", "Ronneby", "Karlskrona"]:
        x, y = MAP_SHAPES[name][1]
        c.setFont("Helvetica-Bold", 11)
        c.drawCentredString(x, y + 26, name + ("*" if name == "Olofström" else ""))

    # layer 3: value labels, drawn in order of total level (highest first)
    for name in sorted(SYSS, key=lambda n: -SYSS[n][2]):
        x, y = MAP_SHAPES[name][1]
        k, m, t = SYSS[name]
        c.setFont("Helvetica-Bold", 14)
        c.drawCentredString(x, y + 6, sv(t))
        c.setFont("Helvetica", 9)
        c.drawCentredString(x, y - 8, f"K {sv(k)}  M {sv(m)}")

    # side panel: legend + county + Riket
    x0 = 720
    c.setFont("Helvetica-Bold", 10)
    c.drawString(x0, 470, "Teckenförklaring")
    c.setFont("Helvetica", 9)
    c.drawString(x0, 456, "Totalt, procent")
    legend = [("#A9D18E", "81,0 eller högre"), ("#FFE699", "78,0 – 80,9"),
              ("#F4B183", "lägre än 78,0")]
    yy = 440
    for col, lab in legend:
        c.setFillColor(colors.HexColor(col))
        c.rect(x0, yy - 2, 12, 10, fill=1, stroke=0)
        c.setFillColor(colors.black)
        c.drawString(x0 + 18, yy, lab)
        yy -= 16
    c.drawString(x0, yy - 4, "K = kvinnor, M = män")

    c.setFont("Helvetica-Bold", 10)
    c.drawString(x0, 340, "Blekinge län")
    c.setFont("Helvetica-Bold", 14)
    c.drawString(x0, 322, sv(SYSS_LAN[2]))
    c.setFont("Helvetica", 9)
    c.drawString(x0, 308, f"K {sv(SYSS_LAN[0])}  M {sv(SYSS_LAN[1])}")
    c.setFont("Helvetica-Bold", 10)
    c.drawString(x0, 275, "Riket")
    c.setFont("Helvetica-Bold", 14)
    c.drawString(x0, 257, sv(SYSS_RIKET[2]))
    c.setFont("Helvetica", 9)
    c.drawString(x0, 243, f"K {sv(SYSS_RIKET[0])}  M {sv(SYSS_RIKET[1])}")

    # footnotes
    c.setFont("Helvetica", 8)
    c.drawString(40, 62, "* Olofström: uppgift för 2023 saknas (ändrad avgränsning av "
                 "arbetsställen i BAS). Värdet för Olofström avser 2022.")
    c.drawString(40, 50, "Källa: SCB, Befolkningens arbetsmarknadsstatus (BAS). "
                 "Bearbetning: Region Blekinge, Analysenheten.")
    c.drawString(40, 38, "Region Blekinge  |  Faktablad 2025:3")
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# 5. Företagsstöd register – multi-line quoted comments
# ---------------------------------------------------------------------------
CASES = [
    ("RB 2023/0031", "2023-01-18", "2023-03-02", "Karlskrona", "Marinteknik Syd AB",
     "Regionalt investeringsstöd", 1200000, 950000, "Beviljat",
     "Investering i CNC-maskin; sysselsättningseffekt 3 årsarbeten."),
    ("RB 2023/0047", "2023-01-30", "2023-02-21", "Ronneby", "Kallinge Plåt & Bygg AB",
     "Konsultcheck", 120000, 90000, "Beviljat", ""),
    ("RB 2023/0102", "2023-03-06", "2023-04-14", "Karlshamn", "Hamnens Livs AB",
     "Innovationscheck", 250000, None, "Avslag",
     "Projektet bedöms inte som innovativt.\nSökanden informerad per telefon; "
     "ny ansökan möjlig."),
    ("RB 2023/0118", "2023-03-15", "2023-05-03", "Sölvesborg", "Listerlandets Fisk AB",
     "Regionalt investeringsstöd", 800000, 640000, "Beviljat", ""),
    ("RB 2023/0140", "2023-04-02", "2023-05-10", "Olofström", "Holje Verktyg AB",
     "Konsultcheck", 150000, 150000, "Beviljat",
     'Avser "Lean-införande"; konsult: Produktionslyftet.'),
    ("RB 2023/0166", "2023-04-20", "2023-06-12", "Ronneby", "Brunnsparkens Café HB",
     "Regionalt investeringsstöd", 400000, None, "Avslag",
     "Restaurangverksamhet; ej stödberättigad bransch."),
    ("RB 2023/0191", "2023-05-08", "2023-06-20", "Karlskrona", "Wämö Data AB",
     "Innovationscheck", 300000, 300000, "Beviljat", ""),
    ("RB 2023/0215", "2023-06-01", "2023-08-22", "Karlshamn", "Mörrums Snickeri AB",
     "Regionalt investeringsstöd", 600000, 480000, "Beviljat",
     "Delvis beviljat: 480 000 kr av sökta 600 000 kr;\nresterande avser "
     "begagnad utrustning."),
    ("RB 2023/0240", "2023-06-19", "2023-09-05", "Ronneby", "Ronneby Laser AB",
     "Regionalt investeringsstöd", 1500000, 1100000, "Beviljat", ""),
    ("RB 2023/0266", "2023-08-28", "2023-10-11", "Karlskrona", "Trossö Design AB",
     "Konsultcheck", 80000, 60000, "Beviljat", ""),
    ("RB 2023/0288", "2023-09-12", "2023-10-30", "Sölvesborg", "Norje Camping AB",
     "Konsultcheck", 100000, None, "Avslag",
     "Ansökan inkom efter att konsultinsatsen påbörjats."),
    ("RB 2023/0301", "2023-09-25", "2023-11-15", "Karlshamn", "Stilleryd Logistik AB",
     "Innovationscheck", 200000, 200000, "Återkallat",
     "Beviljat 2023-11-15.\nÅterkallat 2024-03-04 på företagets begäran; "
     "inga medel utbetalda."),
    ("RB 2023/0325", "2023-10-09", "2023-12-06", "Olofström", "Vilshult Trä AB",
     "Regionalt investeringsstöd", 700000, 560000, "Beviljat", ""),
    ("RB 2023/0342", "2023-11-01", "2023-12-18", "Karlskrona", "Lyckeby Elektronik AB",
     "Regionalt investeringsstöd", 900000, 720000, "Beviljat",
     'Villkor: redovisning av nyanställning senast 2024-12-31; se bilaga "Villkor".'),
    ("RB 2023/0360", "2023-11-20", "2024-01-17", "Ronneby", "Bräkne-Hoby Mekaniska AB",
     "Konsultcheck", 140000, 105000, "Beviljat", ""),
    ("RB 2024/0012", "2024-01-09", "2024-02-14", "Karlshamn", "Asarums Kylteknik AB",
     "Konsultcheck", 110000, 82500, "Beviljat", ""),
    ("RB 2024/0029", "2024-01-24", "2024-03-06", "Karlskrona", "Hasslö Båtvarv AB",
     "Regionalt investeringsstöd", 1100000, 880000, "Beviljat", ""),
    ("RB 2024/0044", "2024-02-05", "2024-03-20", "Ronneby", "Listerby Gårdsmejeri AB",
     "Innovationscheck", 250000, None, "Avslag",
     "Liknande insats finansierad via annat program;\ndubbelfinansiering ej tillåten."),
    ("RB 2024/0061", "2024-02-19", "2024-04-09", "Sölvesborg", "Sölvesborgs Varv & Marin AB",
     "Regionalt investeringsstöd", 950000, 760000, "Beviljat", ""),
    ("RB 2024/0078", "2024-03-04", "2024-04-23", "Karlshamn", "Karlshamn Foodtech AB",
     "Innovationscheck", 300000, 300000, "Beviljat",
     'Samverkan med BTH; projektledare: "A. Nilsson".'),
    ("RB 2024/0090", "2024-03-18", "2024-05-07", "Olofström", "Olofströms Pressverktyg AB",
     "Konsultcheck", 150000, None, "Avslag",
     "Koncernen har fler än 250 anställda; ej SME."),
    ("RB 2024/0112", "2024-04-08", "2024-05-28", "Ronneby", "Kallinge Flygteknik AB",
     "Regionalt investeringsstöd", 1300000, 975000, "Beviljat", ""),
    ("RB 2024/0135", "2024-04-29", "2024-06-18", "Karlshamn", "Svängsta Fiskevård AB",
     "Regionalt investeringsstöd", 500000, 375000, "Återkallat",
     "Beviljat 2024-06-18; återkallat 2024-10-02.\nProjektet genomfördes inte."),
    ("RB 2024/0150", "2024-05-13", "2024-06-25", "Karlskrona", "Rödeby Energi AB",
     "Innovationscheck", 200000, 200000, "Beviljat", ""),
    ("RB 2024/0171", "2024-06-03", "2024-08-20", "Karlshamn", "Vägga Hamnservice AB",
     "Regionalt investeringsstöd", 1400000, 1050000, "Beviljat",
     "Investering i mobilkran;\ndelbetalning 50 % efter slutredovisning av etapp 1."),
    ("RB 2024/0189", "2024-06-24", "2024-09-03", "Ronneby", "Saxemara Båt AB",
     "Konsultcheck", 90000, 67500, "Beviljat", ""),
    ("RB 2024/0203", "2024-08-19", "2024-10-01", "Sölvesborg", "Mjällby Potatis AB",
     "Innovationscheck", 180000, None, "Avslag", ""),
    ("RB 2024/0220", "2024-09-02", "2024-10-22", "Karlskrona", "Jämjö Bygg AB",
     "Konsultcheck", 120000, 90000, "Beviljat", ""),
    ("RB 2024/0238", "2024-09-16", "2024-11-05", "Olofström", "Jämshögs Lackering AB",
     "Regionalt investeringsstöd", 650000, 520000, "Beviljat", ""),
    ("RB 2024/0251", "2024-10-07", "2024-11-26", "Karlshamn", "Hällaryd Trädgård AB",
     "Konsultcheck", 60000, 45000, "Beviljat", ""),
    ("RB 2024/0266", "2024-10-21", "2024-12-10", "Ronneby", "Ronneby Brunn Hotell AB",
     "Innovationscheck", 250000, None, "Avslag",
     "Ej innovationshöjd; rekommenderas söka konsultcheck i stället."),
    ("RB 2024/0279", "2024-11-04", "", "Karlshamn", "Mieån Kraft AB",
     "Regionalt investeringsstöd", 1000000, None, "Pågående",
     'Komplettering begärd 2024-12-02:\n- budget\n- offert; "de minimis"-intyg'),
    ("RB 2024/0290", "2024-11-18", "2024-12-17", "Karlskrona", "Sturkö Skaldjur AB",
     "Regionalt investeringsstöd", 750000, 600000, "Beviljat", ""),
    ("RB 2024/0301", "2024-12-02", "", "Ronneby", "Eringsboda Sågverk AB",
     "Konsultcheck", 130000, None, "Pågående", ""),
    ("RB 2024/0309", "2024-12-09", "2025-01-21", "Sölvesborg", "Hällevik Marina AB",
     "Konsultcheck", 100000, 75000, "Beviljat",
     "Beslut fattat i januari;\nbelastar budget 2025."),
]


def write_foretagsstod_csv(path):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", quotechar='"', quoting=csv.QUOTE_MINIMAL,
                   lineterminator="\r\n")
    w.writerow(["Ärendenummer", "Inkom", "Beslutsdatum", "Kommun", "Sökande",
                "Stödform", "Sökt belopp (kr)", "Beviljat belopp (kr)", "Status",
                "Handläggarens kommentar"])
    for (nr, inkom, beslut, kom, ftg, form, sokt, bev, status, kommentar) in CASES:
        w.writerow([nr, inkom, beslut, kom, ftg, form, sokt,
                    "" if bev is None else bev, status, kommentar])
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 6. Folkmängd – dot thousands separators
# ---------------------------------------------------------------------------
POP = {  # totals at 2023-12-31, 2024-06-30, 2024-12-31
    "1080 Karlskrona": (66912, 66845, 66780),
    "1081 Ronneby": (29310, 29244, 29156),
    "1082 Karlshamn": (32455, 32401, 32389),
    "1083 Sölvesborg": (17988, 18012, 18047),
    "1060 Olofström": (13098, 13041, 12967),
}
POP_SHARES = {  # (0-15, 65+) shares
    "1080 Karlskrona": (0.171, 0.226),
    "1081 Ronneby": (0.168, 0.248),
    "1082 Karlshamn": (0.165, 0.252),
    "1083 Sölvesborg": (0.174, 0.247),
    "1060 Olofström": (0.176, 0.251),
}


def de_int(n):
    return f"{n:,}".replace(",", ".")


def write_folkmangd_csv(path):
    rows = {}
    for reg, tots in POP.items():
        s1, s3 = POP_SHARES[reg]
        a0 = [int(round(t * s1)) for t in tots]
        a3 = [int(round(t * (s3 + 0.001 * i))) for i, t in enumerate(tots)]
        a1 = [tots[i] - a0[i] - a3[i] for i in range(3)]
        rows[reg] = {"totalt": list(tots), "0-15 år": a0, "16-64 år": a1, "65+ år": a3}
    lan = {g: [sum(rows[r][g][i] for r in rows) for i in range(3)]
           for g in ("totalt", "0-15 år", "16-64 år", "65+ år")}
    out = ['"Folkmängd efter region, ålder och tidpunkt"', ""]
    out.append('"region";"ålder";"2023-12-31";"2024-06-30";"2024-12-31"')
    for reg, data in [("10 Blekinge län", lan)] + list(rows.items()):
        for g in ("totalt", "0-15 år", "16-64 år", "65+ år"):
            out.append(f'"{reg}";"{g}";' + ";".join(de_int(v) for v in data[g]))
    out.append("")
    out.append('"Källa: SCB, befolkningsstatistik. Uttag ur regionens rapportverktyg 2025-02-21."')
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(out) + "\n")


def main():
    if len(sys.argv) != 2:
        print("usage: r218_make_files.py OUT_DIR", file=sys.stderr)
        sys.exit(2)
    od = sys.argv[1]
    os.makedirs(od, exist_ok=True)
    write_af_csv(os.path.join(od, "af_arbetslosa_blekinge_dec2023_dec2024.csv"))
    write_eb_xlsx(os.path.join(od, "ekonomiskt_bistand_blekinge_2022_2024.xlsx"))
    write_behorighet_xlsx(os.path.join(od, "behorighet_yrkesprogram_skolenheter_vt2024.xlsx"))
    write_faktablad_pdf(os.path.join(od, "faktablad_sysselsattningsgrad_blekinge_2023.pdf"))
    write_foretagsstod_csv(os.path.join(od, "foretagsstod_arenden_2023_2024.csv"))
    write_folkmangd_csv(os.path.join(od, "folkmangd_blekinge_2023_2024.csv"))


if __name__ == "__main__":
    main()
