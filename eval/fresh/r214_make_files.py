#!/usr/bin/env python3
"""Testomgång r214 (Gävleborg): skriver sex påhittade statistikfiler till OUT_DIR.

Deterministiskt: ingen klocka, ingen slump (registret byggs med en fast LCG),
fasta metadata i PDF (reportlab invariant) och XLSX (fasta egenskaper och
zip-tidsstämplar).

Filer:
 1. eurostat_emp_rate_nuts3_2019_2024.csv   – Eurostat-TSV: flaggor i cellerna ("78.1 p", ": c", "77.1 b"),
                                               sammanslagen dimensionskolumn "freq,unit,sex,age,geo\\TIME_PERIOD",
                                               NUTS-koder, två enheter (PC och THS_PER) i samma fil.
 2. kommunala_insatser_deltagarregister.csv   – register en rad per insats, pipe-separerat med avslutande '|',
                                               '#'-kommentarsrader, kommunnamn i VERSALER utan å/ä/ö och
                                               utfyllda med blanksteg, datum som AAAAMMDD-tal, kön 1/2, bara födelseår.
 3. ekonomiskt_bistand_gavleborg_2022_2023.xlsx – kolumner heter V01..V06, betydelse/enhet bara på bladet 'Variabler'.
 4. aku_gavleborg_skattningar_2022_2024.xlsx  – AKU-skattningar där varje årskolumn följs av en omärkt '±'-kolumn (felmarginal).
 5. naringsliv_gavleborg_2023.pdf             – rapporttabell där negativa tal står inom parentes, "(217)" och "(1,2)".
 6. af_inskrivna_arbetslosa_dec2024.pdf       – AF-tabell där undertryckta värden är TOMMA celler; i textutdrag
                                               glider efterföljande värden in i fel kolumn.
"""
import csv
import datetime as dt
import io
import os
import sys
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

KOMMUNER = [  # kod, namn, befolkning 2022, befolkning 2023
    ("2101", "Ockelbo", 5853, 5811),
    ("2104", "Hofors", 9541, 9478),
    ("2121", "Ovanåker", 11368, 11322),
    ("2132", "Nordanstig", 9356, 9301),
    ("2161", "Ljusdal", 18979, 18902),
    ("2180", "Gävle", 103186, 103814),
    ("2181", "Sandviken", 39872, 39921),
    ("2182", "Söderhamn", 25420, 25318),
    ("2183", "Bollnäs", 26361, 26302),
    ("2184", "Hudiksvall", 37576, 37512),
]
FIXED_ZIP_TIME = (2025, 1, 15, 8, 0, 0)
FIXED_DT = dt.datetime(2025, 1, 15, 8, 0, 0)


def sv(x, nd=1):
    """Svensk decimalform med komma."""
    return f"{x:.{nd}f}".replace(".", ",")


def sp(n):
    """Heltal med vanligt mellanslag som tusentalsavgränsare."""
    return f"{n:,}".replace(",", " ")


# ---------------------------------------------------------------------------
# 1. Eurostat TSV-liknande CSV
# ---------------------------------------------------------------------------
def make_eurostat(out):
    years = [2019, 2020, 2021, 2022, 2023, 2024]
    # sysselsättningsgrad 20-64, totalt
    tot = {
        "SE":    [82.1, 80.8, 81.5, 82.2, 82.6, 82.3],
        "SE121": [81.0, 80.2, 81.1, 81.9, 82.4, 82.0],
        "SE31":  [79.2, 77.8, 78.7, 79.6, 80.0, 79.7],
        "SE311": [79.0, 77.6, 78.5, 79.3, 79.8, 79.9],
        "SE312": [81.1, 79.9, 80.6, 81.4, 81.7, 81.2],
        "SE313": [77.6, 76.0, 77.1, 78.2, 78.6, 78.1],
        "SE321": [79.8, 78.6, 79.4, 80.3, 80.9, 80.5],
        "SE322": [81.5, 80.1, 80.8, 81.9, 82.3, 81.8],
    }
    # könsskillnad (män minus kvinnor) per region och år
    gap = {
        "SE":    [4.3, 4.1, 4.0, 4.2, 4.4, 4.3],
        "SE121": [3.1, 2.9, 3.3, 3.0, 2.8, 3.2],
        "SE31":  [4.6, 4.4, 4.5, 4.8, 4.7, 4.9],
        "SE311": [4.2, 4.0, 4.4, 4.6, 4.3, 4.5],
        "SE312": [4.8, 4.6, 4.4, 4.9, 5.0, 5.1],
        "SE313": [4.9, 4.7, 4.8, 5.0, 4.9, 5.3],
        "SE321": [3.8, 3.6, 3.9, 4.1, 3.7, 4.0],
        "SE322": [2.6, 2.2, 2.9, 3.1, 2.7, 2.5],
    }
    # befolkning 20-64, tusental (män, kvinnor)
    pop = {
        "SE":    (3010.0, 2873.0), "SE121": (115.2, 110.1), "SE31": (244.6, 232.8),
        "SE311": (80.3, 76.0), "SE312": (80.9, 76.3), "SE313": (83.4, 80.5),
        "SE321": (66.4, 62.9), "SE322": (35.1, 32.9),
    }
    geos = ["SE", "SE121", "SE31", "SE311", "SE312", "SE313", "SE321", "SE322"]
    # särskilda celler: (unit, sex, geo, year) -> ersättningstext
    special = {
        ("PC", "F", "SE322", 2019): ": ",
        ("PC", "M", "SE322", 2020): None,  # värde men flagga u
        ("THS_PER", "F", "SE322", 2019): ": c",
        ("THS_PER", "M", "SE322", 2020): None,
    }
    lines = ["freq,unit,sex,age,geo\\TIME_PERIOD\t" + "\t".join(f"{y} " for y in years)]
    for unit in ["PC", "THS_PER"]:
        for sex in ["F", "M", "T"]:
            for geo in geos:
                cells = []
                for i, y in enumerate(years):
                    t, g = tot[geo][i], gap[geo][i]
                    pm, pf = pop[geo]
                    growth = 1 + 0.002 * (y - 2019)
                    pm, pf = pm * growth, pf * growth
                    # lös ut kvinnor/män så att viktat snitt = totalen
                    f = t - g * pm / (pm + pf)
                    m = f + g
                    rate = {"F": f, "M": m, "T": t}[sex]
                    if unit == "PC":
                        val = round(rate, 1)
                    else:
                        base = {"F": pf, "M": pm, "T": pm + pf}[sex]
                        val = round(base * rate / 100, 1)
                    flag = ""
                    if y == 2021:
                        flag = "b"
                    if y == 2024:
                        flag = "p"
                    key = (unit, sex, geo, y)
                    if key in special:
                        if special[key] is None:
                            flag = (flag + "u").strip()
                        else:
                            cells.append(special[key])
                            continue
                    cells.append(f"{val:.1f} {flag}".rstrip() if flag else f"{val:.1f} ")
                lines.append(f"A,{unit},{sex},Y20-64,{geo}\t" + "\t".join(cells))
    with open(os.path.join(out, "eurostat_emp_rate_nuts3_2019_2024.csv"), "w",
              encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------
# 2. Register, pipe-separerat, ASCII-versaler
# ---------------------------------------------------------------------------
class LCG:
    def __init__(self, seed):
        self.s = seed

    def r(self):
        self.s = (1103515245 * self.s + 12345) % (2 ** 31)
        return self.s / 2 ** 31


ASCII = {"Ockelbo": "OCKELBO", "Hofors": "HOFORS", "Ovanåker": "OVANAKER",
         "Nordanstig": "NORDANSTIG", "Ljusdal": "LJUSDAL", "Gävle": "GAVLE",
         "Sandviken": "SANDVIKEN", "Söderhamn": "SODERHAMN", "Bollnäs": "BOLLNAS",
         "Hudiksvall": "HUDIKSVALL"}


def make_register(out):
    g = LCG(214214)
    weights = [("Gävle", .33), ("Sandviken", .14), ("Hudiksvall", .11), ("Söderhamn", .12),
               ("Bollnäs", .09), ("Ljusdal", .07), ("Hofors", .05), ("Ovanåker", .03),
               ("Nordanstig", .03), ("Ockelbo", .03)]
    insatser = ["ARBETSPRAKTIK", "EXTRATJANST", "JOBBCOACHNING", "STUDIEMOTIVERANDE",
                "ARBETSTRANING", "YRKESINTRODUKTION"]
    orsaker = [("ARBETE", .31), ("STUDIER", .15), ("AVBROTT", .19),
               ("ANNAN INSATS", .15), ("OVRIGT", .20)]
    end_ref = dt.date(2024, 12, 31)
    rows = []
    for i in range(520):
        u = g.r()
        acc = 0
        kommun = weights[-1][0]
        for k, w in weights:
            acc += w
            if u < acc:
                kommun = k
                break
        year = 2023 if g.r() < 0.46 else 2024
        month = 1 + int(g.r() * 12)
        day = 1 + int(g.r() * 28)
        start = dt.date(year, month, day)
        a = g.r()
        if a < 0.38:
            age = 18 + int(g.r() * 7)      # 18-24
        else:
            age = 26 + int(g.r() * 38)     # 26-63 (ålder 25 förekommer inte)
        fodar = year - age
        kon = 2 if g.r() < 0.44 else 1
        insats = insatser[int(g.r() * len(insatser))]
        dur = 30 + int(g.r() * 360)
        slut = start + dt.timedelta(days=dur)
        if slut > end_ref:
            slutdat, orsak = "", ""
        else:
            slutdat = slut.strftime("%Y%m%d")
            v = g.r()
            acc = 0
            orsak = orsaker[-1][0]
            for o, w in orsaker:
                acc += w
                if v < acc:
                    orsak = o
                    break
        rows.append((f"{700001 + i}", ASCII[kommun].ljust(10), str(kon), str(fodar),
                     start.strftime("%Y%m%d"), slutdat, insats.ljust(17), orsak))
    head = [
        "# UTTAG DELTAGARREGISTER KOMMUNALA ARBETSMARKNADSINSATSER - GAVLEBORGS LAN",
        "# UTTAGSDATUM 20250115  REFERENSDATUM 20241231  URVAL: INSATSER MED STARTDATUM 2023-2024",
        "# KON: 1=MAN 2=KVINNA   DATUM ANGES AAAAMMDD   TOMT SLUTDAT = PAGAENDE INSATS",
        "# FODAR = FODELSEAR (FULLSTANDIGT PERSONNUMMER LAMNAS EJ UT)",
    ]
    cols = ["LOPNR", "KOMMUN", "KON", "FODAR", "STARTDAT", "SLUTDAT", "INSATS", "AVSLUTSORSAK"]
    with open(os.path.join(out, "kommunala_insatser_deltagarregister.csv"), "w",
              encoding="ascii", newline="") as fh:
        for h in head:
            fh.write(h + "\r\n")
        fh.write("|".join(cols) + "|\r\n")
        for r in rows:
            fh.write("|".join(r) + "|\r\n")
        fh.write(f"# ANTAL POSTER: {len(rows)}\r\n")


# ---------------------------------------------------------------------------
# XLSX-hjälp: fasta metadata och fasta zip-tidsstämplar
# ---------------------------------------------------------------------------
def save_wb(wb, path):
    p = wb.properties
    p.creator = "Region Gävleborg, Analys"
    p.lastModifiedBy = "Region Gävleborg, Analys"
    p.created = FIXED_DT
    p.modified = FIXED_DT
    p.title = None
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                # openpyxl skriver alltid 'modified' = nu; ersätt med fast tid
                import re
                data = re.sub(rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>",
                              rb"<dcterms:modified\1>2025-01-15T08:00:00Z</dcterms:modified>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, data)


# ---------------------------------------------------------------------------
# 3. Ekonomiskt bistånd med variabelkoder
# ---------------------------------------------------------------------------
BISTAND = {  # namn: (andel% 2022, 2023, kr/inv 2022, 2023, långvarigt% 2022, 2023, personer/hushåll)
    "Ockelbo":    (2.8, 3.0, 760, 820, 37.9, 40.0, 1.71),
    "Hofors":     (5.1, 5.4, 1790, 2010, 42.6, 44.0, 1.86),
    "Ovanåker":   (2.0, 2.1, 510, 540, 28.1, 29.5, 1.92),
    "Nordanstig": (2.7, 2.9, 700, 760, 34.0, 33.2, 1.80),
    "Ljusdal":    (3.8, 4.0, 1060, 1120, 39.3, 38.7, 1.88),
    "Gävle":      (4.4, 4.6, 1450, 1540, 42.1, 43.8, 1.83),
    "Sandviken":  (3.9, 4.1, 1230, 1310, 40.4, 41.2, 1.90),
    "Söderhamn":  (5.7, 5.9, 1880, 1950, 45.2, 46.1, 1.84),
    "Bollnäs":    (4.1, 4.3, 1190, 1260, 38.8, 39.4, 1.87),
    "Hudiksvall": (3.1, 3.2, 850, 890, 36.3, 35.6, 1.79),
}


def make_bistand(out):
    wb = Workbook()
    ws = wb.active
    ws.title = "Data"
    ws.append(["Region", "År", "V01", "V02", "V03", "V04", "V05", "V06"])
    rows = []
    for yi, year in enumerate([2022, 2023]):
        lan = {"hh": 0, "pers": 0, "tkr": 0, "lang": 0.0, "pop": 0}
        for kod, namn, p22, p23 in KOMMUNER:
            pop = p22 if year == 2022 else p23
            a22, a23, k22, k23, l22, l23, ratio = BISTAND[namn]
            andel = (a22, a23)[yi]
            pers = round(pop * andel / 100)
            hh = round(pers / ratio)
            tkr = round((k22, k23)[yi] * pop / 1000)
            perinv = round(tkr * 1000 / pop)
            lang = (l22, l23)[yi]
            rows.append([f"{kod} {namn}", year, hh, pers, round(pers / pop * 100, 1), tkr, lang, perinv])
            lan["hh"] += hh
            lan["pers"] += pers
            lan["tkr"] += tkr
            lan["lang"] += lang * pers
            lan["pop"] += pop
        rows.append([f"21 Gävleborgs län", year, lan["hh"], lan["pers"],
                     round(lan["pers"] / lan["pop"] * 100, 1), lan["tkr"],
                     round(lan["lang"] / lan["pers"], 1), round(lan["tkr"] * 1000 / lan["pop"])])
        rpop = (10521556, 10551707)[yi]
        rpers = (297410, 306120)[yi]
        rtkr = (11205300, 11893400)[yi]
        rows.append(["00 Riket", year, round(rpers / 1.95), rpers, round(rpers / rpop * 100, 1),
                     rtkr, (38.6, 39.5)[yi], round(rtkr * 1000 / rpop)])
    for r in rows:
        ws.append(r)
    ws.column_dimensions["A"].width = 22
    ws.freeze_panes = "C2"

    wv = wb.create_sheet("Variabler")
    wv.append(["Variabel", "Beskrivning", "Enhet", "Kommentar"])
    for r in [
        ("V01", "Biståndshushåll under året", "antal", "Hushåll som någon gång under året fått ekonomiskt bistånd"),
        ("V02", "Biståndsmottagare under året, samtliga personer", "antal", "Inkl. barn i hushållen"),
        ("V03", "Biståndsmottagare, andel av befolkningen", "procent", "V02 i förhållande till befolkningen 31 dec"),
        ("V04", "Utbetalt ekonomiskt bistånd", "tusental kronor (tkr)", "Löpande priser"),
        ("V05", "Långvarigt biståndsmottagande (10–12 månader), andel av vuxna biståndsmottagare", "procent", ""),
        ("V06", "Utbetalt ekonomiskt bistånd per invånare", "kronor", "Löpande priser"),
        ("", "", "", ""),
        ("Källa: Socialstyrelsen, statistik om ekonomiskt bistånd. Uttag och bearbetning: Region Gävleborg.", "", "", ""),
    ]:
        wv.append(list(r))
    wv.column_dimensions["B"].width = 70
    wv.column_dimensions["C"].width = 22
    save_wb(wb, os.path.join(out, "ekonomiskt_bistand_gavleborg_2022_2023.xlsx"))


# ---------------------------------------------------------------------------
# 4. AKU med '±'-kolumner
# ---------------------------------------------------------------------------
AKU_AL = [
    ("Totalt 15–74 år", 8.9, 1.6, 9.3, 1.7, 9.8, 1.7),
    ("Kvinnor", 8.1, 2.2, 8.6, 2.3, 9.0, 2.3),
    ("Män", 9.6, 2.3, 9.9, 2.4, 10.5, 2.4),
    ("15–24 år", 22.4, 6.5, 23.8, 6.9, 25.1, 7.2),
    ("25–54 år", 6.9, 1.8, 7.2, 1.8, 7.6, 1.9),
    ("55–74 år", 5.1, 2.0, 5.5, 2.1, 5.8, 2.1),
    ("Inrikes födda", 5.8, 1.5, 6.1, 1.5, 6.4, 1.6),
    ("Utrikes födda", 25.7, 6.0, 26.9, 6.3, 28.2, 6.6),
]
AKU_SG = [
    ("Totalt 15–74 år", 64.8, 1.4, 64.5, 1.4, 63.9, 1.5),
    ("Kvinnor", 62.6, 2.0, 62.9, 2.0, 62.1, 2.1),
    ("Män", 66.9, 1.9, 66.0, 2.0, 65.6, 2.0),
    ("15–24 år", 38.2, 4.8, 37.1, 4.9, 36.0, 5.0),
    ("25–54 år", 83.1, 1.7, 82.8, 1.7, 82.0, 1.8),
    ("55–74 år", 51.4, 2.6, 51.9, 2.6, 52.3, 2.7),
    ("Inrikes födda", 67.2, 1.5, 66.9, 1.5, 66.5, 1.6),
    ("Utrikes födda", 52.0, 4.6, 52.8, 4.7, 51.3, 4.9),
]


def make_aku(out):
    wb = Workbook()
    for idx, (title, sub, data) in enumerate([
        ("Arbetslösa 15–74 år, andel av arbetskraften (arbetslöshet)",
         "Gävleborgs län, årsmedeltal 2022–2024. Procent.", AKU_AL),
        ("Sysselsatta 15–74 år, andel av befolkningen (sysselsättningsgrad)",
         "Gävleborgs län, årsmedeltal 2022–2024. Procent.", AKU_SG),
    ]):
        ws = wb.active if idx == 0 else wb.create_sheet()
        ws.title = "Arbetslöshet" if idx == 0 else "Sysselsättningsgrad"
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = sub
        ws.append([])
        ws.append(["", "2022", "±", "2023", "±", "2024", "±"])
        for c in ws[4]:
            c.font = Font(bold=True)
            c.alignment = Alignment(horizontal="right")
        for r in data:
            ws.append(list(r))
        n = ws.max_row
        for row in ws.iter_rows(min_row=5, max_row=n, min_col=2, max_col=7):
            for c in row:
                c.number_format = "0.0"
        ws.append([])
        ws.append(["± = felmarginal, halva bredden av ett 95-procentigt konfidensintervall. Skattningen ± felmarginalen ger intervallet."])
        ws.append(["Källa: SCB, Arbetskraftsundersökningarna (AKU). Bearbetning: Region Gävleborg."])
        ws.column_dimensions["A"].width = 20
    save_wb(wb, os.path.join(out, "aku_gavleborg_skattningar_2022_2024.xlsx"))


# ---------------------------------------------------------------------------
# PDF-hjälp
# ---------------------------------------------------------------------------
def new_canvas(path, title):
    c = canvas.Canvas(path, pagesize=landscape(A4), invariant=1, pageCompression=0)
    c.setTitle(title)
    c.setAuthor("Region Gävleborg")
    c.setCreator("Region Gävleborg rapportmall")
    c.setSubject("")
    c.setKeywords("")
    return c


# ---------------------------------------------------------------------------
# 5. Näringslivsrapport, negativa tal inom parentes
# ---------------------------------------------------------------------------
NARING = [  # namn, förvärvsarbetande 2022, 2023, nystartade 2023, konkurser 2023
    ("Bollnäs", 11520, 11563, 183, 14),
    ("Gävle", 47812, 48230, 812, 58),
    ("Hofors", 3790, 3737, 41, 4),
    ("Hudiksvall", 16904, 17012, 268, 17),
    ("Ljusdal", 7845, 7702, 139, 9),
    ("Nordanstig", 3842, 3809, 72, 3),
    ("Ockelbo", 2433, 2451, 38, 2),
    ("Ovanåker", 5402, 5431, 94, 5),
    ("Sandviken", 17905, 17688, 214, 19),
    ("Söderhamn", 10612, 10488, 141, 12),
]


def acc_int(n):
    return f"({sp(-n)})" if n < 0 else sp(n)


def acc_pct(x):
    s = sv(abs(x))
    return f"({s})" if round(x, 1) < 0 else s


def make_naring(out):
    path = os.path.join(out, "naringsliv_gavleborg_2023.pdf")
    c = new_canvas(path, "Näringslivet i Gävleborg 2023")
    W, H = landscape(A4)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(50, H - 60, "Näringslivet i Gävleborg 2023")
    c.setFont("Helvetica", 10)
    c.drawString(50, H - 80, "Regional utveckling, Region Gävleborg. Kortrapport nr 4/2024.")
    tot22 = sum(r[1] for r in NARING)
    tot23 = sum(r[2] for r in NARING)
    txt = [
        f"Antalet förvärvsarbetande 16–74 år i länet var {sp(tot23)} personer i november 2023,",
        f"en förändring med {sp(tot23 - tot22)} personer jämfört med året innan. Utvecklingen skiljer sig mellan kommunerna,",
        "se tabell 1. I tabellen redovisas minskningar inom parentes enligt rapportseriens standard.",
    ]
    y = H - 110
    for t in txt:
        c.drawString(50, y, t)
        y -= 14
    y -= 14
    c.setFont("Helvetica-Bold", 10)
    c.drawString(50, y, "Tabell 1. Förvärvsarbetande 16–74 år (nattbefolkning), nystartade företag och konkurser per kommun")
    y -= 22
    cols = [(50, "l"), (270, "r"), (350, "r"), (450, "r"), (540, "r"), (650, "r"), (740, "r")]
    hdr1 = ["", "Förvärvsarbetande", "", "Förändring 2022–2023", "", "Nystartade", "Konkurser"]
    hdr2 = ["Kommun", "2022", "2023", "antal", "procent", "företag 2023", "2023"]
    c.setFont("Helvetica-Bold", 9)
    for (x, al), h1, h2 in zip(cols, hdr1, hdr2):
        if al == "l":
            c.drawString(x, y, h1)
            c.drawString(x, y - 12, h2)
        else:
            c.drawRightString(x, y, h1)
            c.drawRightString(x, y - 12, h2)
    y -= 18
    c.line(50, y, 745, y)
    y -= 14
    c.setFont("Helvetica", 9)
    allrows = list(NARING) + [("Gävleborgs län", tot22, tot23, sum(r[3] for r in NARING),
                               sum(r[4] for r in NARING))]
    allrows.append(("Riket", 4912540, 4938720, 71230, 8120))
    for i, (n, a, b, nys, konk) in enumerate(allrows):
        if n == "Gävleborgs län":
            c.line(50, y + 10, 745, y + 10)
            c.setFont("Helvetica-Bold", 9)
        if n == "Riket":
            c.setFont("Helvetica", 9)
        vals = [n, sp(a), sp(b), acc_int(b - a), acc_pct((b - a) / a * 100), sp(nys), sp(konk)]
        for (x, al), v in zip(cols, vals):
            if al == "l":
                c.drawString(x, y, v)
            else:
                c.drawRightString(x, y, v)
        y -= 14
    y -= 10
    c.setFont("Helvetica", 8)
    for t in [
        "Anm. Negativa värden anges inom parentes. Förvärvsarbetande avser november respektive år, folkbokföringskommun.",
        "Källa: SCB, Registerbaserad arbetsmarknadsstatistik (RAMS/BAS); Tillväxtanalys (nystartade företag); SCB (konkurser).",
    ]:
        c.drawString(50, y, t)
        y -= 11
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# 6. AF-tabell med tomma (undertryckta) celler
# ---------------------------------------------------------------------------
AF = [  # namn, antal dec23, antal dec24, % dec23, % dec24, unga antal, unga %, utr antal, utr %
    ("Bollnäs", 1102, 1160, 8.6, 9.1, 139, 11.0, 540, 27.5),
    ("Gävle", 5210, 5484, 9.6, 10.1, 602, 11.8, 2890, 26.4),
    ("Hofors", 498, 521, 11.9, 12.6, 58, 16.3, 260, 33.0),
    ("Hudiksvall", 1204, 1188, 6.7, 6.6, 148, 8.9, 590, 22.0),
    ("Ljusdal", 720, 742, 8.4, 8.7, 84, 10.6, 351, 29.8),
    ("Nordanstig", 255, 241, 5.9, 5.6, None, None, 98, 21.7),
    ("Ockelbo", 181, 176, 7.0, 6.9, None, None, None, None),
    ("Ovanåker", 312, 298, 5.2, 5.0, None, None, 140, 19.6),
    ("Sandviken", 1905, 2012, 9.8, 10.4, 231, 12.9, 1012, 25.1),
    ("Söderhamn", 1398, 1452, 11.3, 11.8, 171, 14.6, 702, 30.2),
]


def make_af(out):
    path = os.path.join(out, "af_inskrivna_arbetslosa_dec2024.pdf")
    c = new_canvas(path, "Inskrivna arbetslösa Gävleborgs län december 2024")
    W, H = landscape(A4)
    c.setFont("Helvetica-Bold", 15)
    c.drawString(50, H - 60, "Arbetsmarknadsläget i Gävleborgs län – december 2024")
    c.setFont("Helvetica", 10)
    c.drawString(50, H - 78, "Inskrivna arbetslösa (öppet arbetslösa och sökande i program med aktivitetsstöd), 16–64 år")
    c.drawString(50, H - 92, "Andel (%) av den registerbaserade arbetskraften i respektive grupp.")
    y = H - 130
    cols = [(50, "l"), (215, "r"), (290, "r"), (360, "r"), (430, "r"), (525, "r"), (590, "r"), (685, "r"), (750, "r")]
    c.setFont("Helvetica-Bold", 9)
    c.drawString(175, y, "Samtliga 16–64 år")
    c.drawString(480, y, "Unga 18–24 år, dec 2024")
    c.drawString(640, y, "Utrikes födda, dec 2024")
    y -= 14
    hdr = ["Kommun", "Antal dec 2023", "Antal dec 2024", "% dec 2023", "% dec 2024", "Antal", "%", "Antal", "%"]
    for (x, al), h in zip(cols, hdr):
        (c.drawString if al == "l" else c.drawRightString)(x, y, h)
    y -= 6
    c.line(50, y, 755, y)
    y -= 14
    c.setFont("Helvetica", 9)
    rows = list(AF)
    lan = ["Gävleborgs län", sum(r[1] for r in AF), sum(r[2] for r in AF), 9.0, 9.4,
           1475, 11.2, 6610, 26.1]
    rows.append(tuple(lan))
    rows.append(("Riket", 345210, 360450, 6.8, 7.0, 41230, 8.8, 180320, 19.6))
    for r in rows:
        if r[0] == "Gävleborgs län":
            c.line(50, y + 10, 755, y + 10)
            c.setFont("Helvetica-Bold", 9)
        elif r[0] == "Riket":
            c.setFont("Helvetica", 9)
        vals = [r[0], sp(r[1]), sp(r[2]), sv(r[3]), sv(r[4]),
                "" if r[5] is None else sp(r[5]), "" if r[6] is None else sv(r[6]),
                "" if r[7] is None else sp(r[7]), "" if r[8] is None else sv(r[8])]
        for (x, al), v in zip(cols, vals):
            if v == "":
                continue
            (c.drawString if al == "l" else c.drawRightString)(x, y, v)
        y -= 14
    y -= 8
    c.setFont("Helvetica", 8)
    for t in [
        "Tom cell: uppgiften redovisas inte eftersom antalet är färre än 30 personer.",
        "Länets andelar är beräknade på länets arbetskraft och är inte ett medelvärde av kommunernas andelar.",
        "Källa: Arbetsförmedlingen, månadsstatistik. Bearbetning: Region Gävleborg.",
    ]:
        c.drawString(50, y, t)
        y -= 11
    c.showPage()
    c.save()


def main():
    if len(sys.argv) != 2:
        print("Användning: r214_make_files.py OUT_DIR", file=sys.stderr)
        sys.exit(2)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    make_eurostat(out)
    make_register(out)
    make_bistand(out)
    make_aku(out)
    make_naring(out)
    make_af(out)
    for f in sorted(os.listdir(out)):
        print(f)


if __name__ == "__main__":
    main()
