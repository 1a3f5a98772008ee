#!/usr/bin/env python3
"""Testrunda r206 - Södermanland. Skriver sex statistikfiler (påhittade men rimliga siffror).

Användning:  python r206_make_files.py OUT_DIR

Helt deterministiskt: ingen klocka, ingen slump (register-filen använder en egen
LCG med fast frö), fasta metadata i PDF/XLSX och fasta tidsstämplar i xlsx-zipparna.

Filer och deras "verkliga" besvärligheter:
 1. scb_forvarvsarbetande_2022_2023.csv   PxWeb-export i långt format där både kön- och
    åldersdimensionen har totalkategorier ("totalt", "20-64 år") som egna rader.
 2. af_nyinskrivna_per_manad_2024.xlsx    Månadskolumner med insprängda kvartalssummor
    ("Kv 1".."Kv 4") och en årssumma i samma rad.
 3. kommunblad_sormland_2021_2023.xlsx    Ett blad per kommun med förkortade bladnamn,
    första bladet är en ifylld MALL (Exempelkommun); Gnesta saknas.
 4. rapport_ungdomsarbetsloshet_okt2024.pdf  Siffrorna finns bara som dataetiketter i
    liggande stapeldiagram; namnen ritas i sorterad ordning men värdena i kommunkodsordning.
 5. fk_sjukpenningtal_kommun_dec2024.csv  Export från engelsk locale: komma som
    tusentalsavgränsare ("3,905"), punkt som decimal, negativa tal i parentes "(0.4)".
 6. beslut_subventionerade_anstallningar_2024.csv  Registerutdrag, en rad per ärende;
    fritextstavning av kommunnamn (versaler, "Nyköpings kommun", "Nykoping", blanksteg)
    och makulerade felregistreringar som inte ska räknas.
"""
import csv
import io
import os
import re
import sys
import zipfile
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

FIXED_DT = datetime(2025, 2, 3, 8, 0, 0)
ZIP_DT = (2025, 2, 3, 8, 0, 0)

# (kod, namn) i kommunkodsordning
KOMMUNER = [
    ("0428", "Vingåker"), ("0461", "Gnesta"), ("0480", "Nyköping"),
    ("0481", "Oxelösund"), ("0482", "Flen"), ("0483", "Katrineholm"),
    ("0484", "Eskilstuna"), ("0486", "Strängnäs"), ("0488", "Trosa"),
]
NAMN = [n for _, n in KOMMUNER]
BEF = {"Vingåker": 9288, "Gnesta": 11480, "Nyköping": 58152, "Oxelösund": 12206,
       "Flen": 16330, "Katrineholm": 35046, "Eskilstuna": 107811,
       "Strängnäs": 38245, "Trosa": 14235}


# --------------------------------------------------------------------------- helpers
def normalize_xlsx(path):
    """Skriv om zip-arkivet med fasta tidsstämplar och fast ordning -> byte-identiska filer."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    stamp = FIXED_DT.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    fixed = []
    for name, data in items:
        if name == "docProps/core.xml":  # openpyxl skriver alltid om 'modified' vid save
            data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                          rb"\g<1>" + stamp + rb"\g<2>", data)
        fixed.append((name, data))
    items = fixed
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def fixed_props(wb, title, creator):
    p = wb.properties
    p.title = title
    p.creator = creator
    p.lastModifiedBy = creator
    p.created = FIXED_DT
    p.modified = FIXED_DT


class LCG:
    """Enkel deterministisk talföljd (ingen slump i egentlig mening)."""

    def __init__(self, seed):
        self.s = seed

    def next(self):
        self.s = (self.s * 1103515245 + 12345) % 2147483648
        return self.s

    def hi(self):  # de höga bitarna (de låga bitarna i en LCG har kort period)
        return self.next() >> 15

    def unit(self):
        return self.hi() / 65536.0

    def pick(self, seq):
        return seq[self.hi() % len(seq)]

    def weighted(self, pairs):
        u = self.unit() * sum(w for _, w in pairs)
        acc = 0.0
        for v, w in pairs:
            acc += w
            if u < acc:
                return v
        return pairs[-1][0]


# --------------------------------------------------------------------------- 1 SCB PxWeb
def make_scb(out):
    emp = {"Vingåker": 0.75, "Gnesta": 0.82, "Nyköping": 0.80, "Oxelösund": 0.77,
           "Flen": 0.73, "Katrineholm": 0.76, "Eskilstuna": 0.72, "Strängnäs": 0.83,
           "Trosa": 0.85}
    ages = ["20-24 år", "25-54 år", "55-64 år"]
    rows = []
    for i, (kod, namn) in enumerate(KOMMUNER):
        t23 = BEF[namn] * 0.55 * emp[namn]
        share = [0.075 + 0.002 * (i % 3), 0.70 - 0.004 * (i % 4), 0.0]
        share[2] = 1.0 - share[0] - share[1]
        male = 0.515 + 0.003 * ((i * 5) % 4)
        growth = 1.0 - (0.004 + 0.003 * ((i * 7) % 5)) + 0.012 * (i % 2)  # 2022 = 2023*growth
        cells = {}
        for yr, f in (("2023", 1.0), ("2022", growth)):
            for a, sh in zip(ages, share):
                m = int(round(t23 * f * sh * male))
                k = int(round(t23 * f * sh * (1 - male) * (0.985 + 0.01 * (i % 3))))
                cells[(yr, "män", a)] = m
                cells[(yr, "kvinnor", a)] = k
            for kon in ("män", "kvinnor"):
                cells[(yr, kon, "20-64 år")] = sum(cells[(yr, kon, a)] for a in ages)
            for a in ages + ["20-64 år"]:
                cells[(yr, "totalt", a)] = cells[(yr, "män", a)] + cells[(yr, "kvinnor", a)]
        for kon in ("totalt", "män", "kvinnor"):
            for a in ["20-64 år"] + ages:
                rows.append([f"{kod} {namn}", kon, a, cells[("2022", kon, a)], cells[("2023", kon, a)]])
    path = os.path.join(out, "scb_forvarvsarbetande_2022_2023.csv")
    buf = io.StringIO()
    w = csv.writer(buf, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\r\n")
    buf.write('"Förvärvsarbetande 20-64 år (nattbefolkning) efter region, kön, ålder och år"\r\n')
    buf.write("\r\n")
    w.writerow(["region", "kön", "ålder", "2022", "2023"])
    for r in rows:
        w.writerow(r)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


# --------------------------------------------------------------------------- 2 AF månad
def af_monthly():
    base = {"Vingåker": 36, "Gnesta": 38, "Nyköping": 231, "Oxelösund": 42, "Flen": 86,
            "Katrineholm": 188, "Eskilstuna": 617, "Strängnäs": 152, "Trosa": 39}
    season = [1.24, 1.06, 0.96, 0.91, 0.86, 1.12, 1.18, 1.33, 1.02, 0.95, 0.89, 0.72]
    data = {}
    for i, n in enumerate(NAMN):
        vals = []
        for m, s in enumerate(season):
            wob = ((i * 7 + m * 3) % 5) - 2
            v = int(round(base[n] * s * (1 + 0.015 * (((i + m) % 3) - 1)))) + wob
            vals.append(v)
        data[n] = vals
    return data


def make_af(out):
    data = af_monthly()
    mon = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
    wb = Workbook()
    ws = wb.active
    ws.title = "Nyinskrivna 2024"
    ws["A1"] = "Nyinskrivna arbetssökande per kommun och månad 2024, Södermanlands län"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Källa: Arbetsförmedlingen, datalager. Uttag 2025-01-20."
    header = ["Kommun"]
    for q in range(4):
        header += mon[q * 3:q * 3 + 3] + [f"Kv {q + 1}"]
    header += ["Totalt 2024"]
    ws.append([])
    ws.append(header)
    grey = PatternFill("solid", fgColor="D9D9D9")
    for c in ws[4]:
        c.font = Font(bold=True)
        if str(c.value).startswith("Kv") or str(c.value).startswith("Totalt"):
            c.fill = grey
    for n in NAMN:
        v = data[n]
        row = [n]
        for q in range(4):
            row += v[q * 3:q * 3 + 3] + [sum(v[q * 3:q * 3 + 3])]
        row += [sum(v)]
        ws.append(row)
        r = ws.max_row
        for col in (5, 9, 13, 17, 18):
            ws.cell(r, col).fill = grey
            ws.cell(r, col).font = Font(bold=True)
    ws.column_dimensions["A"].width = 14
    fixed_props(wb, "Nyinskrivna per månad 2024", "Arbetsförmedlingen Analysavdelningen")
    path = os.path.join(out, "af_nyinskrivna_per_manad_2024.xlsx")
    wb.save(path)
    normalize_xlsx(path)


# --------------------------------------------------------------------------- 3 kommunblad
KB = {
    # namn: (bladnamn, invånare, ek.bistånd %, arbetslösa %, behöriga yrkesprogram %, nettokostnad kr/inv)
    "Eskilstuna": ("E-tuna", (106859, 107495, 107811), (6.9, 6.6, 6.4), (11.2, 10.4, 10.8),
                   (79.4, 80.1, 78.6), (2410, 2380, 2455)),
    "Flen": ("Flen", (16160, 16205, 16330), (6.1, 5.9, 5.8), (9.8, 9.1, 9.5),
             (77.9, 81.3, 80.2), (2150, 2095, 2120)),
    "Katrineholm": ("K-holm", (34970, 35120, 35046), (5.6, 5.4, 5.3), (8.9, 8.2, 8.6),
                    (82.6, 81.9, 83.4), (1980, 1935, 1960)),
    "Nyköping": ("Nkpg", (57510, 57920, 58152), (4.2, 4.0, 3.9), (6.5, 6.0, 6.3),
                 (86.8, 87.5, 86.1), (1420, 1385, 1410)),
    "Oxelösund": ("Oxd", (12115, 12180, 12206), (4.9, 4.7, 4.6), (8.1, 7.6, 7.9),
                  (83.7, 85.2, 84.0), (1690, 1655, 1700)),
    "Strängnäs": ("Sgns", (37560, 37980, 38245), (2.6, 2.5, 2.4), (4.9, 4.5, 4.8),
                  (89.9, 90.6, 91.2), (890, 860, 875)),
    "Trosa": ("Trosa", (13980, 14120, 14235), (1.7, 1.6, 1.6), (3.8, 3.5, 3.7),
              (92.4, 93.1, 92.7), (610, 595, 620)),
    "Vingåker": ("Vgkr", (9360, 9310, 9288), (5.2, 5.1, 5.0), (8.4, 7.9, 8.2),
                 (80.8, 79.5, 81.7), (1870, 1840, 1815)),
}


def kb_sheet(ws, rubrik, vals):
    ws["A1"] = rubrik
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Källa: Kolada/SCB/Skolverket, sammanställt av Region Sörmland, regional utveckling"
    ws.append([])
    ws.append(["Nyckeltal", "Enhet", 2021, 2022, 2023])
    for c in ws[4]:
        c.font = Font(bold=True)
    _, inv, eb, al, beh, nk = vals
    ws.append(["Invånare 31 dec", "antal", *inv])
    ws.append(["Invånare med ekonomiskt bistånd", "%", *eb])
    ws.append(["Öppet arbetslösa och sökande i program, 16-64 år", "% av bef.", *al])
    ws.append(["Elever i åk 9 behöriga till yrkesprogram", "%", *beh])
    ws.append(["Nettokostnad ekonomiskt bistånd", "kr/inv", *nk])
    for r in range(6, 9):
        for c in range(3, 6):
            ws.cell(r, c).number_format = "0.0"
    for c in range(3, 6):
        ws.cell(5, c).number_format = "# ##0"
        ws.cell(9, c).number_format = "# ##0"
    ws.column_dimensions["A"].width = 48


def make_kommunblad(out):
    wb = Workbook()
    ws = wb.active
    ws.title = "Mall"
    kb_sheet(ws, "Kommunblad 2021–2023: Exempelkommun (MALL – kopiera bladet)",
             ("Mall", (12345, 12345, 12345), (12.5, 12.5, 12.5), (15.0, 15.0, 15.0),
              (99.9, 99.9, 99.9), (9999, 9999, 9999)))
    ws["A11"] = "Instruktion: kopiera detta blad, byt namn till kommunens förkortning och klistra in värden."
    ws["A11"].font = Font(italic=True, color="C00000")
    for namn in ["Eskilstuna", "Flen", "Katrineholm", "Nyköping", "Oxelösund",
                 "Strängnäs", "Trosa", "Vingåker"]:
        vals = KB[namn]
        s = wb.create_sheet(vals[0])
        kb_sheet(s, f"Kommunblad 2021–2023: {namn} kommun", vals)
    fixed_props(wb, "Kommunblad Sörmland 2021-2023", "Region Sörmland")
    path = os.path.join(out, "kommunblad_sormland_2021_2023.xlsx")
    wb.save(path)
    normalize_xlsx(path)


# --------------------------------------------------------------------------- 4 PDF-diagram
UNG = {  # andel (%) inskrivna arbetslösa 18-24 år av befolkningen 18-24 år
    "2024": {"Vingåker": 13.5, "Gnesta": 8.1, "Nyköping": 10.3, "Oxelösund": 12.7, "Flen": 16.2,
             "Katrineholm": 14.9, "Eskilstuna": 17.8, "Strängnäs": 7.4, "Trosa": 5.9},
    "2023": {"Vingåker": 11.9, "Gnesta": 7.2, "Nyköping": 9.8, "Oxelösund": 13.4, "Flen": 17.2,
             "Katrineholm": 13.1, "Eskilstuna": 16.9, "Strängnäs": 7.0, "Trosa": 6.3},
}


def sv(x):
    return f"{x:.1f}".replace(".", ",")


def draw_chart(c, top, title, values):
    """Liggande stapeldiagram. Lager 1: kategorinamn (sorterade efter värde),
    lager 2: staplar, lager 3: axel, lager 4: dataetiketter i datakällans ordning (kommunkod)."""
    order = sorted(values, key=lambda n: -values[n])
    x0, bar_h, step, scale = 170, 14, 24, 15.0  # 15 pt per procentenhet
    c.setFont("Helvetica-Bold", 11)
    c.drawString(60, top, title)
    ypos = {n: top - 30 - k * step for k, n in enumerate(order)}
    c.setFont("Helvetica", 9)
    for n in order:
        c.drawRightString(x0 - 8, ypos[n] + 3, n)
    c.setFillColorRGB(0.16, 0.42, 0.60)
    for n in order:
        c.rect(x0, ypos[n], values[n] * scale, bar_h - 4, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    ybase = top - 30 - len(order) * step + 10
    c.setLineWidth(0.5)
    c.line(x0, ybase, x0 + 20 * scale, ybase)
    c.setFont("Helvetica", 7)
    for t in (0, 5, 10, 15, 20):
        c.drawCentredString(x0 + t * scale, ybase - 9, str(t))
    c.setFont("Helvetica", 8)
    for n in NAMN:  # kommunkodsordning
        c.drawString(x0 + values[n] * scale + 4, ypos[n] + 3, sv(values[n]))
    return ybase - 20


def make_pdf(out):
    path = os.path.join(out, "rapport_ungdomsarbetsloshet_okt2024.pdf")
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("Ungdomsarbetslöshet i Sörmland – oktober 2024")
    c.setAuthor("Region Sörmland, Regional utveckling")
    c.setSubject("Arbetsmarknadsrapport")
    c.setCreator("Region Sörmland")
    W, H = A4
    c.setFont("Helvetica-Bold", 16)
    c.drawString(60, H - 70, "Ungdomsarbetslöshet i Sörmland – oktober 2024")
    c.setFont("Helvetica", 10)
    text = [
        "Andelen unga 18–24 år som är inskrivna som arbetslösa på Arbetsförmedlingen (öppet",
        "arbetslösa och sökande i program) har ökat i länet under det senaste året. För länet som",
        "helhet var andelen 13,2 procent i oktober 2024 jämfört med 12,4 procent i oktober 2023.",
        "Skillnaderna mellan kommunerna är stora, se diagram 1 och 2. Andelen beräknas som antal",
        "inskrivna arbetslösa 18–24 år i procent av den registerbaserade befolkningen 18–24 år.",
    ]
    y = H - 100
    for t in text:
        c.drawString(60, y, t)
        y -= 14
    y = draw_chart(c, y - 20, "Diagram 1. Inskrivna arbetslösa 18–24 år, andel (%) av befolkningen, oktober 2024",
                   UNG["2024"])
    c.setFont("Helvetica-Oblique", 8)
    c.drawString(60, y, "Källa: Arbetsförmedlingen och SCB. Bearbetning: Region Sörmland.")
    c.drawString(60, 30, "Region Sörmland – Arbetsmarknadsrapport 2024:4")
    c.drawRightString(W - 60, 30, "1")
    c.showPage()
    y = draw_chart(c, H - 80, "Diagram 2. Inskrivna arbetslösa 18–24 år, andel (%) av befolkningen, oktober 2023",
                   UNG["2023"])
    c.setFont("Helvetica-Oblique", 8)
    c.drawString(60, y, "Källa: Arbetsförmedlingen och SCB. Bearbetning: Region Sörmland.")
    c.setFont("Helvetica", 10)
    c.drawString(60, y - 30, "Kommentar: Uppgifter per kön redovisas inte på kommunnivå på grund av små tal.")
    c.setFont("Helvetica", 8)
    c.drawString(60, 30, "Region Sörmland – Arbetsmarknadsrapport 2024:4")
    c.drawRightString(W - 60, 30, "2")
    c.showPage()
    c.save()


# --------------------------------------------------------------------------- 5 FK engelsk locale
FK = {  # namn: (spt dec 2023, spt dec 2024, pågående sjukfall dec 2024, försäkrade 16-64)
    "Eskilstuna": (11.6, 11.2, 3905, 66480), "Flen": (12.4, 11.9, 612, 9310),
    "Gnesta": (10.1, 10.3, 398, 6905), "Katrineholm": (11.8, 12.1, 1274, 20870),
    "Nyköping": (10.5, 10.2, 1956, 34615), "Oxelösund": (12.9, 12.0, 461, 7240),
    "Strängnäs": (9.2, 9.4, 1088, 22780), "Trosa": (8.7, 8.9, 352, 8130),
    "Vingåker": (13.1, 12.6, 347, 5260),
}


def acct(x):
    x = round(x, 1)
    return f"({abs(x):.1f})" if x < 0 else f"{x:.1f}"


def make_fk(out):
    path = os.path.join(out, "fk_sjukpenningtal_kommun_dec2024.csv")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["Kommun", "Kommunkod", "Sjukpenningtal dec 2023", "Sjukpenningtal dec 2024",
                "Förändring (dagar)", "Pågående sjukfall dec 2024", "Försäkrade 16-64 år"])
    for kod, namn in sorted(KOMMUNER, key=lambda t: t[1]):
        a, b, s, f = FK[namn]
        w.writerow([namn, kod, f"{a:.1f}", f"{b:.1f}", acct(b - a), f"{s:,}", f"{f:,}"])
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())


# --------------------------------------------------------------------------- 6 register
VARIANTER = {
    "Eskilstuna": ["Eskilstuna", "ESKILSTUNA", "Eskilstuna kommun", "Eskilstuna "],
    "Flen": ["Flen", "FLEN", "Flens kommun", " Flen"],
    "Gnesta": ["Gnesta", "GNESTA", "Gnesta kommun"],
    "Katrineholm": ["Katrineholm", "KATRINEHOLM", "Katrineholms kommun", "Katrineholm "],
    "Nyköping": ["Nyköping", "NYKÖPING", "Nyköpings kommun", "Nykoping", "Nyköping "],
    "Oxelösund": ["Oxelösund", "OXELÖSUND", "Oxelösunds kommun", "Oxelosund"],
    "Strängnäs": ["Strängnäs", "STRÄNGNÄS", "Strängnäs kommun", "Strangnas"],
    "Trosa": ["Trosa", "TROSA", "Trosa kommun"],
    "Vingåker": ["Vingåker", "VINGÅKER", "Vingåkers kommun", "Vingaker"],
}


def make_register(out):
    g = LCG(20620624)
    kw = [(n, BEF[n]) for n in NAMN]
    insatser = [("Lönebidrag", 45), ("Nystartsjobb", 40), ("Introduktionsjobb", 15)]
    status = [("Beviljad", 77), ("Avslag", 16), ("Makulerad (felregistrering)", 7)]
    mdays = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    rows = []
    for k in range(372):
        n = g.weighted(kw)
        m = g.hi() % 12
        d = 1 + g.hi() % mdays[m]
        rows.append([
            f"SA-2024-{10457 + k * 3:06d}",
            f"2024-{m + 1:02d}-{d:02d}",
            g.pick(VARIANTER[n]),
            g.pick(["K", "M"]),
            18 + g.hi() % 47,
            g.weighted(insatser),
            g.weighted(status),
        ])
    rows.sort(key=lambda r: (r[1], r[0]))
    path = os.path.join(out, "beslut_subventionerade_anstallningar_2024.csv")
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    w.writerow(["Ärende-ID", "Beslutsdatum", "Kommun", "Kön", "Ålder", "Insats", "Status"])
    for r in rows:
        w.writerow(r)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())


def main():
    if len(sys.argv) != 2:
        sys.exit("Användning: python r206_make_files.py OUT_DIR")
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    make_scb(out)
    make_af(out)
    make_kommunblad(out)
    make_pdf(out)
    make_fk(out)
    make_register(out)
    for f in sorted(os.listdir(out)):
        print(f, os.path.getsize(os.path.join(out, f)))


if __name__ == "__main__":
    main()
