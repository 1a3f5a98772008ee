#!/usr/bin/env python3
"""Testomgång r212 (Kalmar län): skriver sex påhittade statistikfiler till OUT_DIR.

Deterministiskt: ingen klocka, ingen slump (egen LCG med fast frö), fasta
metadata i XLSX (core.xml + zip-tider) och PDF (reportlab invariant).

Filer:
 1. AF_inskrivna_arbetslosa_Kalmar_lan_dec2024.xlsx   – "därav"-kolumner (delmängder, överlappar)
 2. fk_sjukpenningtal_kommun_manad_2023_2024.csv       – rullande 12-månadersmått per månad
 3. Kommunjamforelse_nyckeltal_Kalmar_lan.xlsx          – transponerad: kommuner som kolumner
 4. Arsbok_tabell_7_3_nyforetagande_konkurser.pdf       – årsbokstabell med punktlinjer (dot leaders)
 5. Socialstyrelsen_ekonomiskt_bistand_2024_Kalmar_lan.pdf – tabell ombruten i två spalter på sidan
 6. participants_export_NastaSteg_2025-01-31.csv        – registerexport med amerikanska datum M/D/YYYY
"""
import io
import os
import re
import sys
import zipfile
from datetime import date, datetime, timedelta

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

FIXED_DT = datetime(2025, 3, 14, 9, 0, 0)
ZIP_DT = (2025, 3, 14, 9, 0, 0)

# (kod, namn) i kommunkodsordning
KOMMUNER = [
    ("0821", "Högsby"), ("0834", "Torsås"), ("0840", "Mörbylånga"),
    ("0860", "Hultsfred"), ("0861", "Mönsterås"), ("0862", "Emmaboda"),
    ("0880", "Kalmar"), ("0881", "Nybro"), ("0882", "Oskarshamn"),
    ("0883", "Västervik"), ("0884", "Vimmerby"), ("0885", "Borgholm"),
]
NAMN = [n for _, n in KOMMUNER]
# Svensk alfabetisk ordning (å ä ö sist)
ALFA = ["Borgholm", "Emmaboda", "Hultsfred", "Högsby", "Kalmar", "Mönsterås",
        "Mörbylånga", "Nybro", "Oskarshamn", "Torsås", "Vimmerby", "Västervik"]


def sv(x, dec=1):
    """Svensk decimalkomma + mellanslag som tusentalsavgränsare."""
    if isinstance(x, int):
        s = f"{x:,}".replace(",", " ")
    else:
        s = f"{x:,.{dec}f}".replace(",", " ").replace(".", ",")
    return s


def save_xlsx_deterministic(wb, path):
    wb.properties.creator = "Region Kalmar län"
    wb.properties.lastModifiedBy = "Region Kalmar län"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    stamp = FIXED_DT.strftime("%Y-%m-%dT%H:%M:%SZ")
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            data = zin.read(name)
            if name == "docProps/core.xml":
                txt = data.decode("utf-8")
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>" + stamp + r"\g<2>", txt)
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + stamp + r"\g<2>", txt)
                data = txt.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, data)


# ---------------------------------------------------------------------------
# 1. Arbetsförmedlingen – "därav"-kolumner
# ---------------------------------------------------------------------------
AF = {
    # namn: (arbetskraft 2023, arbetskraft 2024, arbetslösa dec23, dec24, därav 18-24, därav utrikes födda, därav >12 mån)
    "Högsby": (2470, 2480, 232, 251, 31, 142, 98),
    "Torsås": (3250, 3260, 198, 214, 27, 88, 71),
    "Mörbylånga": (7090, 7150, 331, 356, 38, 104, 112),
    "Hultsfred": (6050, 6020, 498, 541, 74, 296, 187),
    "Mönsterås": (6200, 6210, 402, 436, 55, 189, 151),
    "Emmaboda": (4200, 4190, 341, 362, 47, 198, 126),
    "Kalmar": (35500, 35900, 2487, 2712, 318, 1304, 903),
    "Nybro": (9060, 9050, 822, 871, 121, 478, 322),
    "Oskarshamn": (12900, 12880, 803, 868, 109, 402, 287),
    "Västervik": (16350, 16300, 1190, 1236, 158, 471, 448),
    "Vimmerby": (7230, 7240, 388, 419, 56, 176, 139),
    "Borgholm": (4540, 4560, 246, 281, 33, 92, 84),
}
AF_RIKET = (5085000, 5110000, 350214, 367985, 44120, 201870, 131455)


def make_af(out):
    wb = Workbook()
    ws = wb.active
    ws.title = "Kommuner"
    ws["A1"] = "Inskrivna arbetslösa 16–64 år i Kalmar läns kommuner, december 2023 och december 2024"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Öppet arbetslösa och sökande i program. Källa: Arbetsförmedlingen, månadsstatistik. "
                "Bearbetning: Region Kalmar län, Regional utveckling.")
    hdr = ["Kommun",
           "Inskrivna arbetslösa 16–64 år, dec 2023",
           "Inskrivna arbetslösa 16–64 år, dec 2024",
           "därav 18–24 år",
           "därav utrikes födda",
           "därav utan arbete i mer än 12 mån",
           "Andel (%) av arbetskraften, dec 2023",
           "Andel (%) av arbetskraften, dec 2024"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True)
        c.alignment = Alignment(wrap_text=True, vertical="top")
    r = 5

    def put(name, vals):
        nonlocal r
        lf23, lf24, a23, a24, u, f, l = vals
        row = [name, a23, a24, u, f, l, round(100 * a23 / lf23, 1), round(100 * a24 / lf24, 1)]
        for j, v in enumerate(row, start=1):
            c = ws.cell(row=r, column=j, value=v)
            if j in (2, 3, 4, 5, 6):
                c.number_format = "#,##0"
            elif j in (7, 8):
                c.number_format = "0.0"
        r += 1

    for n in NAMN:
        put(n, AF[n])
    lan = tuple(sum(AF[n][i] for n in NAMN) for i in range(7))
    put("Kalmar län", lan)
    for j in range(1, 9):
        ws.cell(row=r - 1, column=j).font = Font(bold=True)
    put("Riket", AF_RIKET)
    r += 1
    ws.cell(row=r, column=1, value="Kolumnerna ”därav …” ingår i inskrivna arbetslösa 16–64 år i december 2024. "
                                   "En person kan ingå i flera därav-grupper.")
    ws.cell(row=r + 1, column=1, value="Andel = andel av den registerbaserade arbetskraften 16–64 år.")
    ws.column_dimensions["A"].width = 16
    for col in "BCDEFGH":
        ws.column_dimensions[col].width = 15
    ws.row_dimensions[4].height = 45
    save_xlsx_deterministic(wb, os.path.join(out, "AF_inskrivna_arbetslosa_Kalmar_lan_dec2024.xlsx"))


# ---------------------------------------------------------------------------
# 2. Försäkringskassan – sjukpenningtal, rullande 12 månader, per månad
# ---------------------------------------------------------------------------
FK = {
    # namn: (samtliga jan 2023, förändring jan23->dec24, tillägg kvinnor, avdrag män)
    "Högsby": (11.8, 0.9, 3.1, 2.7),
    "Torsås": (10.2, 0.4, 2.8, 2.4),
    "Mörbylånga": (9.1, -0.3, 2.6, 2.3),
    "Hultsfred": (11.0, 2.0, 3.4, 2.9),
    "Mönsterås": (10.6, 0.2, 3.0, 2.6),
    "Emmaboda": (10.9, 0.7, 3.0, 2.7),
    "Kalmar": (9.4, 0.5, 2.9, 2.5),
    "Nybro": (13.2, -0.8, 3.5, 3.0),
    "Oskarshamn": (9.8, 0.3, 2.7, 2.4),
    "Västervik": (10.4, 0.6, 3.0, 2.5),
    "Vimmerby": (9.6, 0.1, 2.8, 2.3),
    "Borgholm": (10.1, -0.2, 2.9, 2.6),
}
WIGGLE = [0.0, 0.05, 0.1, 0.05, 0.0, -0.05, -0.1, -0.05, 0.0, 0.05, 0.05, 0.0,
          -0.05, 0.0, 0.05, 0.1, 0.05, 0.0, -0.05, -0.05, 0.0, 0.05, 0.0, 0.0]


def make_fk(out):
    lines = ['"Ar","Manad","Lan_kod","Lan","Kommun_kod","Kommun","Kon","Sjukpenningtal_rullande_12_man"']
    for t in range(24):
        year = 2023 + t // 12
        month = t % 12 + 1
        for kod, n in KOMMUNER:
            a, b, dk, dm = FK[n]
            s = a + b * t / 23 + WIGGLE[t]
            for kon, v in (("Kvinnor", s + dk), ("Män", s - dm), ("Kvinnor och män", s)):
                lines.append(f'{year},{month},"08","Kalmar län","{kod}","{n}","{kon}",{v:.1f}')
    with open(os.path.join(out, "fk_sjukpenningtal_kommun_manad_2023_2024.csv"), "w",
              encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------
# 3. Transponerad kommunjämförelse (kommuner som kolumner)
# ---------------------------------------------------------------------------
POP = {  # folkmängd 31 dec 2023, 2024
    "Högsby": (5591, 5548), "Torsås": (6986, 6951), "Mörbylånga": (15712, 15853),
    "Hultsfred": (13604, 13521), "Mönsterås": (13480, 13455), "Emmaboda": (9263, 9207),
    "Kalmar": (71624, 72158), "Nybro": (20208, 20151), "Oskarshamn": (27103, 27062),
    "Västervik": (36312, 36149), "Vimmerby": (15421, 15398), "Borgholm": (10695, 10712),
}
POP_RIKET = (10551707, 10587710)
NYCKEL = [
    # (nyckeltal, enhet, år, {kommun: värde}, län, riket)
    ("Andel invånare 65 år och äldre", "%", 2024,
     dict(zip(NAMN, [29.1, 28.4, 27.6, 27.0, 26.9, 27.3, 21.4, 24.3, 24.0, 28.7, 26.1, 33.5])), 25.4, 20.6),
    ("Förvärvsfrekvens 20–64 år", "%", 2023,
     dict(zip(NAMN, [76.2, 81.5, 83.0, 78.4, 81.2, 79.6, 80.1, 77.3, 81.7, 79.8, 82.6, 79.9])), 80.0, 79.5),
    ("Öppet arbetslösa och sökande i program 16–64 år, årsmedeltal", "%", 2024,
     dict(zip(NAMN, [9.8, 6.3, 4.7, 8.7, 6.8, 8.4, 7.4, 9.3, 6.5, 7.2, 5.6, 5.2])), 7.4, 7.0),
    ("Invånare som fått ekonomiskt bistånd, andel av befolkningen", "%", 2023,
     dict(zip(NAMN, [5.1, 2.9, 2.2, 4.4, 3.1, 4.0, 3.2, 4.8, 2.8, 3.0, 2.4, 2.3])), 3.3, 3.6),
    ("Sammanräknad förvärvsinkomst 20–64 år, median", "tkr", 2023,
     dict(zip(NAMN, [318.4, 339.2, 356.8, 328.7, 350.1, 333.5, 352.9, 330.6, 368.2, 343.0, 347.5, 322.1])),
     345.6, 362.4),
]


def make_jmf(out):
    wb = Workbook()
    ws = wb.active
    ws.title = "Jämförelse"
    ws["A1"] = "Nyckeltal för länets kommuner – kommunjämförelse"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Region Kalmar län, Regional utveckling. Källor: SCB, Kolada (RKA), Arbetsförmedlingen. "
                "Senaste tillgängliga år per nyckeltal. Uppdaterad 2025-03-14.")
    hdr = ["Nyckeltal", "Enhet", "År"] + NAMN + ["Kalmar län", "Riket"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True)
        c.alignment = Alignment(horizontal="center" if j > 3 else "left")
    rows = []
    for i, yr in ((0, 2023), (1, 2024)):
        vals = [POP[n][i] for n in NAMN]
        rows.append(("Folkmängd 31 december", "antal", yr, vals, sum(vals), POP_RIKET[i]))
    for name, unit, yr, d, lan, rik in NYCKEL:
        rows.append((name, unit, yr, [d[n] for n in NAMN], lan, rik))
    for i, (name, unit, yr, vals, lan, rik) in enumerate(rows):
        r = 5 + i
        ws.cell(row=r, column=1, value=name)
        ws.cell(row=r, column=2, value=unit)
        ws.cell(row=r, column=3, value=yr)
        for j, v in enumerate(vals + [lan, rik]):
            c = ws.cell(row=r, column=4 + j, value=v)
            c.number_format = "#,##0" if unit == "antal" else "0.0"
    ws.cell(row=5 + len(rows) + 1, column=1,
            value="Kommunerna redovisas i kommunkodsordning. Kalmar län och Riket är inte summor av kolumnerna för andelar.")
    ws.column_dimensions["A"].width = 58
    ws.column_dimensions["B"].width = 7
    ws.column_dimensions["C"].width = 6
    for j in range(4, 4 + 14):
        ws.column_dimensions[ws.cell(row=4, column=j).column_letter].width = 11
    ws.freeze_panes = "D5"
    save_xlsx_deterministic(wb, os.path.join(out, "Kommunjamforelse_nyckeltal_Kalmar_lan.xlsx"))


# ---------------------------------------------------------------------------
# 4. Årsbokstabell med punktlinjer (dot leaders)
# ---------------------------------------------------------------------------
FTG = {
    # namn: (nystartade 2023, 2024, befolkning 16-64 år 2024, konkurser 2023, 2024)
    "Högsby": (24, 29, 3180, 3, 2), "Torsås": (41, 38, 4050, 4, 5),
    "Mörbylånga": (112, 121, 8650, 6, 8), "Hultsfred": (61, 66, 7500, 7, 9),
    "Mönsterås": (68, 74, 7620, 5, 7), "Emmaboda": (39, 44, 5300, 4, 3),
    "Kalmar": (582, 617, 44400, 58, 71), "Nybro": (97, 103, 11200, 12, 14),
    "Oskarshamn": (138, 129, 15400, 15, 18), "Västervik": (187, 196, 19600, 19, 23),
    "Vimmerby": (83, 91, 8600, 8, 6), "Borgholm": (86, 94, 5700, 6, 4),
}
FTG_RIKET = (70118, 72546, 6477000, 8015, 9204)


def new_canvas(path, title, author, subject):
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setSubject(subject)
    c.setCreator("Region Kalmar län – rapportverktyg")
    return c


def make_arsbok(out):
    path = os.path.join(out, "Arsbok_tabell_7_3_nyforetagande_konkurser.pdf")
    c = new_canvas(path, "Regional statistisk årsbok Kalmar län 2025 – Tabell 7.3",
                   "Region Kalmar län", "Nyföretagande och konkurser")
    W, H = A4
    c.setFont("Helvetica", 8)
    c.drawString(50, H - 40, "Regional statistisk årsbok för Kalmar län 2025")
    c.drawRightString(W - 50, H - 40, "7 Näringsliv")
    c.setFont("Helvetica-Bold", 11)
    c.drawString(50, H - 80, "Tabell 7.3  Nystartade företag och konkurser efter kommun 2023–2024")
    c.setFont("Helvetica-Oblique", 9)
    c.drawString(50, H - 94, "Table 7.3  New enterprises and bankruptcies by municipality 2023–2024")
    # kolumnhuvud
    xs = [265, 315, 385, 455, 505]  # högerkant för varje sifferkolumn
    y = H - 125
    c.setLineWidth(0.6)
    c.line(50, y + 14, W - 50, y + 14)
    c.setFont("Helvetica", 8.5)
    c.drawString(50, y - 10, "Kommun")
    c.drawCentredString((xs[0] + xs[1]) / 2 - 18, y, "Nystartade företag")
    c.drawCentredString(xs[2] - 22, y + 4, "Nystartade per")
    c.drawCentredString(xs[2] - 22, y - 5, "1 000 inv. 16–64 år")
    c.drawCentredString((xs[3] + xs[4]) / 2 - 18, y, "Konkurser")
    c.line(225, y - 4, 320, y - 4)
    c.line(420, y - 4, 510, y - 4)
    for x, lab in zip(xs, ["2023", "2024", "2024", "2023", "2024"]):
        c.drawRightString(x, y - 16, lab)
    c.line(50, y - 22, W - 50, y - 22)
    y -= 38
    c.setFont("Helvetica", 9)

    def row(name, vals, bold=False):
        nonlocal y
        font = "Helvetica-Bold" if bold else "Helvetica"
        c.setFont(font, 9)
        n23, n24, bef, k23, k24 = vals
        per = round(1000 * n24 / bef, 1)
        label = name + " "
        wl = stringWidth(label, font, 9)
        wd = stringWidth(".", font, 9)
        ndots = int((200 - 50 - wl) / wd)
        c.drawString(50, y, label + "." * max(ndots, 3))
        for x, v in zip(xs, [n23, n24, per, k23, k24]):
            c.drawRightString(x, y, sv(v))
        y -= 14

    for n in NAMN:
        row(n, FTG[n])
    y -= 4
    lan = [sum(FTG[n][i] for n in NAMN) for i in range(5)]
    row("Kalmar län", lan, bold=True)
    row("Riket", FTG_RIKET)
    c.setLineWidth(0.6)
    c.line(50, y + 8, W - 50, y + 8)
    c.setFont("Helvetica", 7.5)
    notes = [
        "Anm. Nystartade företag avser nyregistrerade företag med verklig verksamhet. Per 1 000 invånare i åldern 16–64 år",
        "den 31 december 2024. Konkurser avser aktiebolag, handelsbolag och enskilda näringsidkare.",
        "Källor: Tillväxtanalys, Nystartade företag; SCB, Konkurser och offentliga ackord.",
    ]
    for i, t in enumerate(notes):
        c.drawString(50, y - 8 - 10 * i, t)
    c.setFont("Helvetica", 8)
    c.drawCentredString(W / 2, 30, "112")
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# 5. Socialstyrelsen – tabell ombruten i två spalter
# ---------------------------------------------------------------------------
EB = {
    # namn: (hushåll 2024, vuxna mottagare 2023, 2024, befolkning 18+ 2024)
    "Borgholm": (142, 176, 183, 9050), "Emmaboda": (248, 292, 305, 7500),
    "Hultsfred": (365, 430, 452, 11000), "Högsby": (182, 226, 238, 4520),
    "Kalmar": (1612, 1890, 1962, 59200), "Mönsterås": (271, 322, 338, 10950),
    "Mörbylånga": (198, 248, 241, 12900), "Nybro": (612, 741, 768, 16300),
    "Oskarshamn": (489, 598, 615, 22000), "Torsås": (117, 151, 139, 5700),
    "Vimmerby": (223, 270, 262, 12500), "Västervik": (708, 852, 879, 29600),
}


def make_eb(out):
    path = os.path.join(out, "Socialstyrelsen_ekonomiskt_bistand_2024_Kalmar_lan.pdf")
    c = new_canvas(path, "Ekonomiskt bistånd 2024 – Kalmar län", "Socialstyrelsen",
                   "Biståndsmottagare efter kommun")
    W, H = A4
    c.setFont("Helvetica-Bold", 12)
    c.drawString(36, H - 60, "Ekonomiskt bistånd 2024 – kommunerna i Kalmar län")
    c.setFont("Helvetica", 9)
    c.drawString(36, H - 76, "Tabell 3. Biståndshushåll och vuxna biståndsmottagare efter kommun. Antal och andel.")
    c.drawString(36, H - 88, "Tabellen fortsätter i högra spalten.")

    panels = [36, 305]  # vänsterkant för varje spalt
    rel = [0, 140, 178, 216, 254]  # kolumnpositioner inom spalt (namn vänster, siffror höger)
    top = H - 118
    c.setLineWidth(0.5)
    for px in panels:
        c.setFont("Helvetica", 7.5)
        c.line(px, top + 12, px + 256, top + 12)
        c.drawRightString(px + rel[1], top, "Hushåll")
        c.drawRightString(px + rel[3], top, "Vuxna mottagare")
        c.drawRightString(px + rel[4], top, "Andel¹")
        c.drawString(px, top - 11, "Kommun")
        c.drawRightString(px + rel[1], top - 11, "2024")
        c.drawRightString(px + rel[2], top - 11, "2023")
        c.drawRightString(px + rel[3], top - 11, "2024")
        c.drawRightString(px + rel[4], top - 11, "2024, %")
        c.line(px, top - 16, px + 256, top - 16)
    y0 = top - 30

    def draw_row(px, y, name, vals, bold=False):
        hh, v23, v24, bef = vals
        c.setFont("Helvetica-Bold" if bold else "Helvetica", 8.5)
        c.drawString(px, y, name)
        for k, v in enumerate([hh, v23, v24, round(100 * v24 / bef, 1)]):
            c.drawRightString(px + rel[k + 1], y, sv(v))

    left, right = ALFA[:6], ALFA[6:]
    for i in range(6):
        y = y0 - 13 * i
        draw_row(panels[0], y, left[i], EB[left[i]])
        draw_row(panels[1], y, right[i], EB[right[i]])
    lan = [sum(EB[n][k] for n in ALFA) for k in range(4)]
    y = y0 - 13 * 6 - 4
    c.line(panels[1], y + 10, panels[1] + 256, y + 10)
    draw_row(panels[1], y, "Kalmar län", lan, bold=True)
    c.line(panels[0], y - 8, panels[0] + 256, y - 8)
    c.line(panels[1], y - 8, panels[1] + 256, y - 8)
    c.setFont("Helvetica", 7.5)
    c.drawString(36, y - 22, "1) Vuxna biståndsmottagare i procent av befolkningen 18 år och äldre den 31 december 2024.")
    c.drawString(36, y - 32, "Hushåll = biståndshushåll någon gång under året. Källa: Socialstyrelsen, statistik om ekonomiskt bistånd.")
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# 6. Registerexport med amerikanska datum (M/D/YYYY)
# ---------------------------------------------------------------------------
class LCG:
    def __init__(self, seed):
        self.s = seed & 0xFFFFFFFF

    def next(self):
        self.s = (1664525 * self.s + 1013904223) & 0xFFFFFFFF
        return self.s >> 8

    def pick(self, weighted):
        tot = sum(w for _, w in weighted)
        r = self.next() % tot
        for v, w in weighted:
            if r < w:
                return v
            r -= w
        return weighted[-1][0]


def us(d):
    return f"{d.month}/{d.day}/{d.year}" if d else ""


def make_register(out):
    g = LCG(20250131)
    kw = [("Kalmar", 40), ("Västervik", 20), ("Nybro", 18), ("Oskarshamn", 15), ("Hultsfred", 12),
          ("Emmaboda", 10), ("Mönsterås", 9), ("Vimmerby", 8), ("Mörbylånga", 8), ("Högsby", 7),
          ("Borgholm", 7), ("Torsås", 6)]
    exits = [("Arbete", 38), ("Studier", 17), ("Annan insats", 14), ("Avbrott", 22), ("Flyttat", 9)]
    first, last = date(2023, 9, 4), date(2024, 12, 20)
    export = date(2025, 1, 31)
    span = (last - first).days
    rows = []
    for i in range(172):
        start = first + timedelta(days=g.next() % (span + 1))
        if start.weekday() >= 5:
            start += timedelta(days=7 - start.weekday())
        mun = g.pick(kw)
        gender = "Female" if g.next() % 100 < 47 else "Male"
        age = g.pick([("16-24", 34), ("25-29", 18), ("30-49", 33), ("50-64", 15)])
        dur = 21 + g.next() % 380
        end = start + timedelta(days=dur)
        stay = g.next() % 100 < 20
        if stay or end > export - timedelta(days=3):
            end, reason = None, ""
        else:
            if end.weekday() >= 5:
                end -= timedelta(days=end.weekday() - 4)
            reason = g.pick(exits)
        rows.append((start, mun, gender, age, end, reason))
    rows.sort(key=lambda r: r[0])
    lines = ['"Participant ID","Municipality","Gender","Age group","Start date","End date","Exit reason"']
    for i, (start, mun, gender, age, end, reason) in enumerate(rows, start=1):
        pid = f"NS-{start.year % 100:02d}-{i:04d}"
        lines.append(f'"{pid}","{mun}","{gender}","{age}","{us(start)}","{us(end)}","{reason}"')
    with open(os.path.join(out, "participants_export_NastaSteg_2025-01-31.csv"), "w",
              encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(lines) + "\r\n")


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: r212_make_files.py OUT_DIR")
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    make_af(out)
    make_fk(out)
    make_jmf(out)
    make_arsbok(out)
    make_eb(out)
    make_register(out)


if __name__ == "__main__":
    main()
