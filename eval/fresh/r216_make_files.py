#!/usr/bin/env python3
"""r216 – skapar sex påhittade statistikfiler för Dalarnas kommuner.

Användning:  python r216_make_files.py OUT_DIR

Deterministiskt: ingen klocka, ingen slump (en egen fast LCG-talföljd används för
"brus"), fasta metadata i PDF och XLSX och fasta tidsstämplar i xlsx-arkiven.
"""
import csv
import datetime as dt
import io
import os
import re
import sys
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, Border, Side, PatternFill

from reportlab import rl_config
rl_config.invariant = 1          # fasta datum/ID i PDF
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table,
                                TableStyle)

KOMMUNER = [  # kod, namn
    ("2021", "Vansbro"), ("2023", "Malung-Sälen"), ("2026", "Gagnef"),
    ("2029", "Leksand"), ("2031", "Rättvik"), ("2034", "Orsa"),
    ("2039", "Älvdalen"), ("2061", "Smedjebacken"), ("2062", "Mora"),
    ("2080", "Falun"), ("2081", "Borlänge"), ("2082", "Säter"),
    ("2083", "Hedemora"), ("2084", "Avesta"), ("2085", "Ludvika"),
]
NAMN = dict(KOMMUNER)


class LCG:
    """Fast, deterministisk talföljd (ingen slumpkälla)."""
    def __init__(self, seed):
        self.s = seed & 0xFFFFFFFF

    def next(self):
        self.s = (1103515245 * self.s + 12345) & 0x7FFFFFFF
        return self.s / 0x7FFFFFFF

    def randint(self, a, b):
        return a + int(self.next() * (b - a + 1)) if b > a else a

    def choice_w(self, items, weights):
        t = self.next() * sum(weights)
        acc = 0.0
        for it, w in zip(items, weights):
            acc += w
            if t < acc:
                return it
        return items[-1]


def sv(x, d=1):
    """Svensk decimal: 4,3"""
    return f"{x:.{d}f}".replace(".", ",")


def sv_int(n):
    """Tusental med vanligt mellanslag: 1 012"""
    return f"{n:,}".replace(",", " ")


def fix_zip(path):
    """Skriv om ett xlsx-arkiv med fasta tidsstämplar och fast ordning."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":  # openpyxl sätter 'modified' till nu vid save
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>2025-01-14T08:00:00Z\g<2>", data)
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 14, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def fixed_props(wb, title, creator):
    p = wb.properties
    p.creator = creator
    p.lastModifiedBy = creator
    p.title = title
    p.created = dt.datetime(2025, 1, 14, 8, 0, 0)
    p.modified = dt.datetime(2025, 1, 14, 8, 0, 0)


# ---------------------------------------------------------------------------
# 1. Arbetsförmedlingen: nyinskrivna per ISO-vecka (perioder som ser ut som år-månad)
# ---------------------------------------------------------------------------
NYINSKR_BAS = {  # genomsnitt per vecka
    "2021": 4.2, "2023": 6.5, "2026": 5.1, "2029": 7.4, "2031": 6.3,
    "2034": 4.6, "2039": 4.4, "2061": 7.9, "2062": 15.8, "2080": 49.5,
    "2081": 58.2, "2082": 6.1, "2083": 13.7, "2084": 24.9, "2085": 27.6,
}
VECKOFAKTOR = {40: 1.00, 41: 1.02, 42: 0.97, 43: 1.05, 44: 0.92, 45: 1.00,
               46: 1.03, 47: 0.99, 48: 0.96, 49: 0.94, 50: 0.90, 51: 0.78,
               52: 0.55, 1: 1.22, 2: 1.35, 3: 1.28, 4: 1.15, 5: 1.10, 6: 1.08,
               7: 1.04, 8: 0.88, 9: 1.01, 10: 0.98, 11: 1.00, 12: 0.97,
               13: 0.95, 14: 0.99, 15: 0.93, 16: 0.80, 17: 0.91, 18: 0.86,
               19: 0.97, 20: 1.02}


def make_af_veckor(out):
    g = LCG(2161)
    weeks = [(2024, w) for w in range(40, 53)] + [(2025, w) for w in range(1, 21)]
    rows = []
    for (y, w) in weeks:
        per = f"{y}-{w:02d}"
        block = []
        for kod, namn in KOMMUNER:
            mu = NYINSKR_BAS[kod] * VECKOFAKTOR[w]
            n = max(0, int(round(mu * (0.82 + 0.36 * g.next()))))
            ung = int(round(n * (0.14 + 0.10 * g.next())))
            block.append([kod, namn, per, n, ung])
        tot = ["20", "Dalarnas län", per, sum(r[3] for r in block),
               sum(r[4] for r in block)]
        rows.append(tot)
        rows.extend(block)
    path = os.path.join(out, "af_nyinskrivna_per_vecka_dalarna.csv")
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerow(["Kommunkod", "Kommun", "Period", "Nyinskrivna arbetssökande",
                    "därav 18-24 år"])
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 2. Socialstyrelsen: ekonomiskt bistånd, år i FALLANDE ordning (2024, 2023, 2022)
# ---------------------------------------------------------------------------
BEF = {  # befolkning 2022, 2023, 2024
    "2021": (6790, 6745, 6702), "2023": (10060, 10031, 9998),
    "2026": (10240, 10262, 10281), "2029": (15930, 15968, 15991),
    "2031": (10920, 10897, 10871), "2034": (6930, 6911, 6897),
    "2039": (7060, 7019, 6983), "2061": (10760, 10722, 10689),
    "2062": (20330, 20356, 20390), "2080": (59640, 59980, 60250),
    "2081": (52350, 52480, 52610), "2082": (11130, 11151, 11178),
    "2083": (15240, 15205, 15161), "2084": (23120, 23064, 23003),
    "2085": (25980, 25890, 25840),
}
BISTAND_ANDEL = {  # % 2024, 2023, 2022
    "2021": (3.9, 4.1, 4.4), "2023": (2.4, 2.5, 2.7), "2026": (1.8, 1.9, 1.7),
    "2029": (2.0, 2.1, 2.2), "2031": (3.1, 3.0, 3.3), "2034": (3.6, 3.8, 3.5),
    "2039": (2.6, 2.9, 3.0), "2061": (3.7, 3.9, 4.2), "2062": (2.8, 2.7, 2.9),
    "2080": (3.2, 3.1, 3.0), "2081": (6.0, 6.2, 6.5), "2082": (2.3, 2.2, 2.4),
    "2083": (4.3, 4.0, 3.8), "2084": (5.1, 4.9, 4.7), "2085": (4.4, 4.2, 3.9),
}


def make_bistand(out):
    wb = Workbook()
    ws = wb.active
    ws.title = "Tabell 4"
    fixed_props(wb, "Ekonomiskt bistånd per kommun 2022–2024", "Socialstyrelsen")
    bold = Font(bold=True)
    ws["A1"] = ("Tabell 4. Biståndsmottagare och andel av befolkningen som erhållit "
                "ekonomiskt bistånd, efter kommun. Dalarnas län. År 2024, 2023 och 2022")
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Avser bistånd någon gång under året, samtliga åldrar (inkl. barn i biståndshushåll)."
    ws["A4"] = "Kommun"
    ws["B4"] = "Kommunkod"
    ws["C4"] = "Antal biståndsmottagare"
    ws["F4"] = "Andel av befolkningen, %"
    ws["I4"] = "Förändring andel 2022–2024, procentenheter"
    ws.merge_cells("A4:A5"); ws.merge_cells("B4:B5")
    ws.merge_cells("C4:E4"); ws.merge_cells("F4:H4"); ws.merge_cells("I4:I5")
    for j, y in enumerate([2024, 2023, 2022]):
        ws.cell(row=5, column=3 + j, value=y)
        ws.cell(row=5, column=6 + j, value=y)
    for r in (4, 5):
        for c in range(1, 10):
            ws.cell(row=r, column=c).font = bold
            ws.cell(row=r, column=c).alignment = Alignment(horizontal="center",
                                                           vertical="center",
                                                           wrap_text=True)
    row = 6
    # Riket och länet först (som i Socialstyrelsens tabeller)
    agg = [("Riket", "00", (404310, 410960, 419870), (3.8, 3.9, 4.0)),
           ]
    lan_ant = [0, 0, 0]
    lan_bef = [0, 0, 0]
    kom_rows = []
    for kod, namn in KOMMUNER:
        b22, b23, b24 = BEF[kod]
        a24, a23, a22 = BISTAND_ANDEL[kod]
        ant = (round(b24 * a24 / 100), round(b23 * a23 / 100), round(b22 * a22 / 100))
        for i in range(3):
            lan_ant[i] += ant[i]
        lan_bef[0] += b24; lan_bef[1] += b23; lan_bef[2] += b22
        kom_rows.append((namn, kod, ant, (a24, a23, a22)))
    lan_andel = tuple(round(100 * lan_ant[i] / lan_bef[i], 1) for i in range(3))
    agg.append(("Dalarnas län", "20", tuple(lan_ant), lan_andel))
    for namn, kod, ant, andel in agg + kom_rows:
        ws.cell(row=row, column=1, value=namn)
        ws.cell(row=row, column=2, value=kod)
        for j in range(3):
            c = ws.cell(row=row, column=3 + j, value=ant[j]); c.number_format = "#,##0"
            c = ws.cell(row=row, column=6 + j, value=andel[j]); c.number_format = "0.0"
        c = ws.cell(row=row, column=9, value=round(andel[0] - andel[2], 1))
        c.number_format = "+0.0;-0.0;0.0"
        if namn in ("Riket", "Dalarnas län"):
            for cc in range(1, 10):
                ws.cell(row=row, column=cc).font = bold
        row += 1
    row += 1
    ws.cell(row=row, column=1, value="Källa: Socialstyrelsen, registret över ekonomiskt bistånd.")
    ws.cell(row=row + 1, column=1,
            value="Andel beräknad på folkmängden 31 december respektive år.")
    ws.cell(row=row + 2, column=1,
            value="Förändring = andel 2024 minus andel 2022.")
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 11
    for col in "CDEFGH":
        ws.column_dimensions[col].width = 10
    ws.column_dimensions["I"].width = 22
    ws.freeze_panes = "C6"
    path = os.path.join(out, "ekonomiskt_bistand_kommuner_dalarna.xlsx")
    wb.save(path)
    fix_zip(path)


# ---------------------------------------------------------------------------
# 3. Region Dalarna: lägesrapport där siffrorna bara finns i löptext
# ---------------------------------------------------------------------------
ARBLOS = {  # okt 2024 %, förändring p.e. mot okt 2023, registerbaserad arbetskraft
    "2021": (6.2, 0.5, 3105), "2023": (4.3, -0.2, 4890), "2026": (4.1, 0.2, 5020),
    "2029": (4.6, 0.0, 7310), "2031": (5.9, 0.3, 4985), "2034": (6.4, 0.7, 3190),
    "2039": (5.2, -0.4, 3320), "2061": (7.3, 0.6, 4975), "2062": (5.4, 0.8, 9980),
    "2080": (5.7, 0.4, 29480), "2081": (10.4, 0.9, 25470), "2082": (4.9, -0.1, 5110),
    "2083": (8.1, 0.5, 6990), "2084": (9.6, 0.3, 10830), "2085": (8.7, 1.1, 12290),
}


def _pers(kod):
    p, _, ak = ARBLOS[kod]
    return round(p * ak / 100)


def _chg(d):
    if abs(d) < 1e-9:
        return "oförändrat jämfört med oktober 2023"
    if d > 0:
        return f"en ökning med {sv(d)} procentenheter jämfört med oktober 2023"
    return f"en minskning med {sv(-d)} procentenheter jämfört med oktober 2023"


def make_lagesrapport(out):
    path = os.path.join(out, "lagesrapport_arbetsmarknad_dalarna_nov2024.pdf")
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm,
                            title="Arbetsmarknaden i Dalarna – lägesrapport november 2024",
                            author="Region Dalarna, Regional utveckling",
                            subject="Lägesrapport", creator="Region Dalarna")
    ss = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=ss["BodyText"], fontName="Helvetica",
                          fontSize=10, leading=14, alignment=TA_JUSTIFY)
    h1 = ParagraphStyle("h1", parent=ss["Heading1"], fontName="Helvetica-Bold", fontSize=16)
    h2 = ParagraphStyle("h2", parent=ss["Heading2"], fontName="Helvetica-Bold", fontSize=12)
    A = ARBLOS
    s = []
    s.append(Paragraph("Arbetsmarknaden i Dalarna – lägesrapport november 2024", h1))
    s.append(Paragraph("Region Dalarna, enheten för regional utveckling. "
                       "Underlag: Arbetsförmedlingens månadsstatistik för oktober 2024.", body))
    s.append(Spacer(1, 6))
    s.append(Paragraph(
        "Arbetslösheten i länet fortsatte att stiga under hösten. I oktober 2024 var "
        "7,1 procent av den registerbaserade arbetskraften i åldern 16–64 år i Dalarnas län "
        "inskrivna som arbetslösa på Arbetsförmedlingen (öppet arbetslösa och sökande i "
        "program med aktivitetsstöd), en ökning med 0,6 procentenheter jämfört med oktober "
        "2023. För riket som helhet var andelen 6,9 procent. Under oktober skrev 1 064 "
        "personer i länet in sig som nya arbetssökande. Nedan redovisas läget i länets "
        "femton kommuner, ordnade efter delregion.", body))
    s.append(Paragraph("Falun–Borlänge och Mellersta Dalarna", h2))
    s.append(Paragraph(
        f"Borlänges arbetslöshet är fortsatt den högsta i länet. I oktober var "
        f"{sv(A['2081'][0])} procent av arbetskraften inskrivna som arbetslösa, vilket "
        f"motsvarar {sv_int(_pers('2081'))} personer och är {_chg(A['2081'][1])}. "
        f"I Falu kommun låg andelen på {sv(A['2080'][0])} procent "
        f"({sv_int(_pers('2080'))} personer), {_chg(A['2080'][1])}. Ökningen i Falun "
        f"förklaras främst av fler inskrivna inom handel och administration.", body))
    s.append(Paragraph(
        f"I Gagnef och Säter var andelen {sv(A['2026'][0])} respektive "
        f"{sv(A['2082'][0])} procent, vilket är +{sv(A['2026'][1])} respektive "
        f"−{sv(-A['2082'][1])} procentenheter jämfört med ett år tidigare. Båda kommunerna "
        f"har en stor andel invånare som pendlar till Falun och Borlänge.", body))
    s.append(Paragraph("Södra Dalarna", h2))
    s.append(Paragraph(
        f"Avesta hade i oktober en arbetslöshet på {sv(A['2084'][0])} procent "
        f"({sv_int(_pers('2084'))} personer), {_chg(A['2084'][1])}. I Hedemora var "
        f"motsvarande andel {sv(A['2083'][0])} procent, {_chg(A['2083'][1])}. "
        f"Varslen inom tillverkningsindustrin under våren har ännu inte fått fullt "
        f"genomslag i statistiken.", body))
    s.append(Paragraph("Västra Bergslagen", h2))
    s.append(Paragraph(
        f"Ludvika hade den största ökningen i länet: andelen inskrivna arbetslösa steg "
        f"till {sv(A['2085'][0])} procent, {_chg(A['2085'][1])}. Trots det är efterfrågan "
        f"på tekniker och ingenjörer fortsatt stark. I Smedjebackens kommun var andelen "
        f"{sv(A['2061'][0])} procent ({sv_int(_pers('2061'))} personer), "
        f"{_chg(A['2061'][1])}.", body))
    s.append(Paragraph("Siljansområdet och Övre Dalarna", h2))
    s.append(Paragraph(
        f"I Mora var {sv(A['2062'][0])} procent av arbetskraften inskrivna som arbetslösa "
        f"i oktober, {_chg(A['2062'][1])}. Leksand hade {sv(A['2029'][0])} procent, "
        f"{_chg(A['2029'][1])}, medan Rättvik låg på {sv(A['2031'][0])} procent "
        f"({_chg(A['2031'][1])}). Orsas arbetslöshet var {sv(A['2034'][0])} procent, "
        f"{_chg(A['2034'][1])}.", body))
    s.append(Paragraph(
        f"Älvdalen är en av få kommuner där arbetslösheten sjunkit: andelen var "
        f"{sv(A['2039'][0])} procent i oktober 2024, {_chg(A['2039'][1])}. "
        f"Besöksnäringen inför vintersäsongen bidrar till efterfrågan på arbetskraft.", body))
    s.append(Paragraph("Västerdalarna", h2))
    s.append(Paragraph(
        f"I Malung-Sälens kommun var arbetslösheten {sv(A['2023'][0])} procent, "
        f"{_chg(A['2023'][1])}. Vansbro hade {sv(A['2021'][0])} procent inskrivna "
        f"arbetslösa ({sv_int(_pers('2021'))} personer), {_chg(A['2021'][1])}.", body))
    s.append(Spacer(1, 8))
    s.append(Paragraph(
        "Definition: Andelen avser inskrivna arbetslösa (öppet arbetslösa och sökande i "
        "program med aktivitetsstöd) 16–64 år i procent av den registerbaserade "
        "arbetskraften. Förändringar anges i procentenheter jämfört med samma månad "
        "föregående år.", ParagraphStyle("small", parent=body, fontSize=8, leading=10)))
    doc.build(s)


# ---------------------------------------------------------------------------
# 4. SCB/Region Dalarna: förvärvsarbetande som INDEX (2019 = 100), inga nivåer
# ---------------------------------------------------------------------------
INDEX = {
    "2021": (100.0, 97.9, 97.1, 96.5, 95.8, 95.2),
    "2023": (100.0, 98.2, 99.6, 101.4, 102.0, 102.5),
    "2026": (100.0, 99.3, 100.8, 102.1, 102.9, 103.4),
    "2029": (100.0, 98.8, 99.9, 101.2, 101.7, 101.9),
    "2031": (100.0, 98.1, 98.7, 99.8, 100.4, 100.2),
    "2034": (100.0, 98.5, 99.0, 100.6, 100.9, 101.3),
    "2039": (100.0, 97.2, 97.0, 97.9, 98.3, 97.8),
    "2061": (100.0, 96.4, 96.9, 97.8, 98.9, 98.6),
    "2062": (100.0, 98.6, 99.7, 101.3, 102.2, 102.6),
    "2080": (100.0, 98.9, 100.4, 102.6, 103.8, 104.3),
    "2081": (100.0, 97.3, 98.6, 100.9, 101.5, 100.8),
    "2082": (100.0, 99.0, 100.2, 101.5, 102.4, 103.1),
    "2083": (100.0, 97.5, 97.8, 98.9, 99.6, 99.1),
    "2084": (100.0, 96.8, 97.9, 99.5, 100.7, 100.3),
    "2085": (100.0, 95.1, 93.9, 94.8, 99.2, 101.6),
    "20": (100.0, 98.0, 98.9, 100.5, 101.6, 101.8),
    "00": (100.0, 98.7, 100.3, 103.0, 103.9, 104.0),
}


def make_index_pdf(out):
    path = os.path.join(out, "forvarvsarbetande_index_2019_2024.pdf")
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm,
                            title="Förvärvsarbetande efter bostadskommun, index 2019=100",
                            author="Region Dalarna, Analys", subject="Sysselsättning",
                            creator="Region Dalarna")
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["BodyText"], fontName="Helvetica", fontSize=9,
                          leading=12)
    s = [Paragraph("Sysselsättningens utveckling i Dalarnas kommuner 2019–2024",
                   ParagraphStyle("h", parent=ss["Heading1"], fontName="Helvetica-Bold",
                                  fontSize=15)),
         Paragraph("Tabell 2. Förvärvsarbetande 16–74 år efter bostadskommun "
                   "(nattbefolkning). Index, 2019 = 100", body),
         Spacer(1, 6)]
    data = [["Kommun", "2019", "2020", "2021", "2022", "2023", "2024"]]
    for kod, namn in KOMMUNER:
        data.append([namn] + [sv(v) for v in INDEX[kod]])
    data.append(["Dalarnas län"] + [sv(v) for v in INDEX["20"]])
    data.append(["Riket"] + [sv(v) for v in INDEX["00"]])
    t = Table(data, colWidths=[40 * mm] + [20 * mm] * 6)
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), "Helvetica", 9),
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
        ("FONT", (0, -2), (-1, -1), "Helvetica-Bold", 9),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEABOVE", (0, -2), (-1, -2), 0.5, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
        ("ROWBACKGROUNDS", (0, 1), (-1, -3), [colors.white, colors.HexColor("#EEF2F6")]),
    ]))
    s.append(t)
    s.append(Spacer(1, 6))
    s.append(Paragraph(
        "Anm. Indexet visar antalet förvärvsarbetande i november respektive år i förhållande "
        "till november 2019 (= 100). Ett värde på 103,0 betyder att antalet förvärvsarbetande "
        "var 3,0 procent högre än 2019. Uppgifterna för 2024 är preliminära. "
        "Källa: SCB, BAS/RAMS, bearbetning Region Dalarna.", body))
    s.append(Spacer(1, 8))
    s.append(Paragraph(
        "Ludvika sticker ut med en kraftig återhämtning efter 2021 medan Vansbro och "
        "Älvdalen fortfarande har färre förvärvsarbetande än före pandemin.", body))
    doc.build(s)


# ---------------------------------------------------------------------------
# 5. AF statistikdatabas: filterblock överst – hela tabellen avser bara KVINNOR
# ---------------------------------------------------------------------------
KVINNOR = {  # andel %, kvinnlig registerbaserad arbetskraft, förändring antal mot 2023-12
    "2021": (5.6, 1452, 9), "2023": (3.8, 2290, -4), "2026": (3.6, 2345, 6),
    "2029": (4.2, 3480, 3), "2031": (5.5, 2368, 11), "2034": (6.1, 1495, 8),
    "2039": (4.7, 1540, -9), "2061": (6.4, 2310, 17), "2062": (5.0, 4710, 31),
    "2080": (5.1, 14120, 64), "2081": (9.8, 11960, 97), "2082": (4.5, 2440, -2),
    "2083": (7.9, 3290, 22), "2084": (9.9, 5020, 41), "2085": (7.4, 5650, 70),
}


def make_af_kvinnor(out):
    wb = Workbook()
    ws = wb.active
    ws.title = "Inskrivna arbetslösa"
    fixed_props(wb, "Inskrivna arbetslösa per kommun", "Arbetsförmedlingen")
    ws["A1"] = "Inskrivna arbetslösa per kommun"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Arbetsförmedlingen, statistikdatabasen. Export 2025-01-14."
    ws["A4"] = "Valda filter"
    ws["A4"].font = Font(bold=True)
    filt = [("Län", "Dalarnas län"), ("Kön", "Kvinnor"), ("Ålder", "16-64 år"),
            ("Månad", "2024-12"),
            ("Kategori", "Öppet arbetslösa och sökande i program med aktivitetsstöd"),
            ("Utbildningsnivå", "Samtliga"), ("Födelseregion", "Samtliga")]
    for i, (k, v) in enumerate(filt):
        ws.cell(row=5 + i, column=1, value=k + ":")
        ws.cell(row=5 + i, column=2, value=v)
    hr = 13
    heads = ["Kommun", "Antal", "Andel av registerbaserad arbetskraft (%)",
             "Förändring antal jämfört med samma månad föregående år"]
    fill = PatternFill("solid", fgColor="DDEBF7")
    for j, h in enumerate(heads):
        c = ws.cell(row=hr, column=1 + j, value=h)
        c.font = Font(bold=True); c.fill = fill
        c.alignment = Alignment(wrap_text=True, vertical="top")
    r = hr + 1
    tot_n = tot_ak = tot_ch = 0
    for kod, namn in KOMMUNER:
        p, ak, ch = KVINNOR[kod]
        n = round(p * ak / 100)
        tot_n += n; tot_ak += ak; tot_ch += ch
        ws.cell(row=r, column=1, value=namn)
        ws.cell(row=r, column=2, value=n).number_format = "# ##0"
        ws.cell(row=r, column=3, value=p).number_format = "0.0"
        ws.cell(row=r, column=4, value=ch).number_format = "+0;-0;0"
        r += 1
    ws.cell(row=r, column=1, value="Totalt").font = Font(bold=True)
    ws.cell(row=r, column=2, value=tot_n).font = Font(bold=True)
    c = ws.cell(row=r, column=3, value=round(100 * tot_n / tot_ak, 1))
    c.font = Font(bold=True); c.number_format = "0.0"
    ws.cell(row=r, column=4, value=tot_ch).font = Font(bold=True)
    ws.column_dimensions["A"].width = 20
    ws.column_dimensions["B"].width = 16
    ws.column_dimensions["C"].width = 22
    ws.column_dimensions["D"].width = 26
    path = os.path.join(out, "inskrivna_arbetslosa_kommun_dec2024.xlsx")
    wb.save(path)
    fix_zip(path)


# ---------------------------------------------------------------------------
# 6. AF-register: ett beslut per rad, ålder måste räknas fram ur födelsedatum
# ---------------------------------------------------------------------------
STODFORMER = ["Nystartsjobb", "Introduktionsjobb", "Lönebidrag för anställning",
              "Lönebidrag för utveckling i anställning"]
STOD_VIKT = [40, 14, 30, 16]
KOMMUN_VIKT = {"2021": 3, "2023": 4, "2026": 3, "2029": 5, "2031": 4, "2034": 3,
               "2039": 3, "2061": 5, "2062": 9, "2080": 30, "2081": 34, "2082": 4,
               "2083": 9, "2084": 15, "2085": 17}
BIDRAG = {"Nystartsjobb": (8200, 16900), "Introduktionsjobb": (11800, 17600),
          "Lönebidrag för anställning": (13500, 22100),
          "Lönebidrag för utveckling i anställning": (12400, 21300)}
MANLAN = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def _add_months(d, m):
    y = d.year + (d.month - 1 + m) // 12
    mo = (d.month - 1 + m) % 12 + 1
    day = min(d.day, MANLAN[mo - 1] if not (mo == 2 and y % 4 == 0) else 29)
    return dt.date(y, mo, day)


def make_register(out):
    g = LCG(216216)
    koder = list(KOMMUN_VIKT)
    vikter = [KOMMUN_VIKT[k] for k in koder]
    rows = []
    start = dt.date(2024, 1, 2)
    for i in range(410):
        kod = g.choice_w(koder, vikter)
        stod = g.choice_w(STODFORMER, STOD_VIKT)
        beslut = start + dt.timedelta(days=g.randint(0, 362))
        if beslut.weekday() >= 5:
            beslut -= dt.timedelta(days=beslut.weekday() - 4)
        # ålder vid beslut
        if stod == "Nystartsjobb":
            alder_mal = g.choice_w([g.randint(20, 24), g.randint(25, 39), g.randint(40, 64)],
                                   [30, 40, 30])
        elif stod == "Introduktionsjobb":
            alder_mal = g.randint(20, 60)
        else:
            alder_mal = g.randint(19, 64)
        # födelsedag inom året: styr så att en del fyller år senare under beslutsåret
        fdag = dt.date(2000, 1, 1) + dt.timedelta(days=g.randint(0, 365))
        by = beslut.year - alder_mal
        try:
            fd = dt.date(by, fdag.month, fdag.day)
        except ValueError:
            fd = dt.date(by, 2, 28)
        kon = "K" if g.next() < (0.44 if stod != "Introduktionsjobb" else 0.58) else "M"
        startd = beslut + dt.timedelta(days=g.randint(3, 24))
        man = {"Nystartsjobb": 12, "Introduktionsjobb": 12}.get(stod, g.choice_w([6, 12], [1, 2]))
        slut = _add_months(startd, man) - dt.timedelta(days=1)
        lo, hi = BIDRAG[stod]
        bidrag = int(round((lo + (hi - lo) * g.next()) / 10.0)) * 10
        rows.append([kod, fd, kon, stod, beslut, startd, slut, bidrag])
    rows.sort(key=lambda r: (r[4], r[0]))
    path = os.path.join(out, "beslut_anstallning_med_stod_2024.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=",", lineterminator="\n")
        w.writerow(["arende_id", "kommunkod", "fodelsedatum", "kon", "stodform",
                    "beslutsdatum", "startdatum", "slutdatum", "bidrag_kr_per_manad"])
        for n, r in enumerate(rows, start=1):
            w.writerow([f"AF-2024-{n:05d}", r[0], r[1].isoformat(), r[2], r[3],
                        r[4].isoformat(), r[5].isoformat(), r[6].isoformat(), r[7]])


def main():
    if len(sys.argv) != 2:
        sys.exit("Användning: python r216_make_files.py OUT_DIR")
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    make_af_veckor(out)
    make_bistand(out)
    make_lagesrapport(out)
    make_index_pdf(out)
    make_af_kvinnor(out)
    make_register(out)
    print("Skrev sex filer till", out)


if __name__ == "__main__":
    main()
