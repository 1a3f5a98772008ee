"""Round 101: six Swedish public-statistics exports with new shapes.

Usage: python r101_make_files.py OUT_DIR
Writes OUT_DIR/stats/*.csv|xlsx and OUT_DIR/documents/*.pdf
(OUT_DIR may also be the stats folder itself: then the PDF goes to ../documents).
"""
import os
import random
import sys

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font


def out_dirs(arg):
    arg = os.path.abspath(arg)
    if os.path.basename(arg) == "stats":
        stats = arg
        docs = os.path.join(os.path.dirname(arg), "documents")
    else:
        stats = os.path.join(arg, "stats")
        docs = os.path.join(arg, "documents")
    os.makedirs(stats, exist_ok=True)
    os.makedirs(docs, exist_ok=True)
    return stats, docs


def sv(x, dec=1):
    """Swedish decimal comma."""
    return f"{x:.{dec}f}".replace(".", ",")


# ---------------------------------------------------------------- 1 Boverket
JKPG = [("0604", "Aneby"), ("0617", "Gnosjö"), ("0642", "Mullsjö"), ("0643", "Habo"),
        ("0662", "Gislaved"), ("0665", "Vaggeryd"), ("0680", "Jönköping"), ("0682", "Nässjö"),
        ("0683", "Värnamo"), ("0684", "Sävsjö"), ("0685", "Vetlanda"), ("0686", "Eksjö"),
        ("0687", "Tranås")]
BME_BED = {  # 2024, 2025, om tre år
    "Aneby": ("Balans", "Balans", "Balans"),
    "Gnosjö": ("Underskott", "Balans", "Balans"),
    "Mullsjö": ("Underskott", "Underskott", "Underskott"),
    "Habo": ("Underskott", "Underskott", "Underskott"),
    "Gislaved": ("Balans", "Balans", "Balans"),
    "Vaggeryd": ("Underskott", "Underskott", "Balans"),
    "Jönköping": ("Underskott", "Underskott", "Underskott"),
    "Nässjö": ("Balans", "Överskott", "Balans"),
    "Värnamo": ("Underskott", "Balans", "Underskott"),
    "Sävsjö": ("Balans", "Överskott", "Överskott"),
    "Vetlanda": ("Balans", "Balans", "Balans"),
    "Eksjö": ("Underskott", "Underskott", "Balans"),
    "Tranås": ("Balans", "Balans", "Underskott"),
}
# lediga lägenheter i allmännyttan 1 sept 2023, 2024 ; planerat påbörjade 2025 flerbostadshus, småhus
BME_NUM = {
    "Aneby": (4, 9, 0, 6),
    "Gnosjö": (11, 17, 12, 5),
    "Mullsjö": (0, 2, 24, None),
    "Habo": (1, 3, 40, 35),
    "Gislaved": (38, 52, 18, 14),
    "Vaggeryd": (6, 8, 30, 22),
    "Jönköping": (64, 141, 620, 180),
    "Nässjö": (72, 118, 25, 20),
    "Värnamo": (19, 44, 85, 40),
    "Sävsjö": (41, 63, 0, 4),
    "Vetlanda": (55, 87, 36, 18),
    "Eksjö": (14, 23, 28, 12),
    "Tranås": (27, 35, 16, 10),
}


def make_boverket(stats):
    wb = Workbook()
    ws = wb.active
    ws.title = "Om enkäten"
    lines = [
        "Bostadsmarknadsenkäten 2025 – Jönköpings län",
        "Boverket och Länsstyrelsen i Jönköpings län",
        "",
        "Enkäten besvaras av samtliga kommuner. Bedömningen avser bostadsmarknaden i kommunen som helhet",
        "den 1 januari respektive år. Lediga lägenheter avser outhyrda lägenheter i de allmännyttiga",
        "bostadsföretagen den 1 september. Planerat antal påbörjade bostäder avser kommunens bedömning.",
        "",
        "Teckenförklaring: .. = uppgift saknas",
    ]
    for i, t in enumerate(lines, 1):
        ws.cell(row=i, column=1, value=t)
    ws["A1"].font = Font(bold=True, size=14)

    # sheet 2: bedömning (categorical)
    ws2 = wb.create_sheet("Bedömning")
    ws2["A1"] = "Tabell 1. Kommunernas bedömning av bostadsmarknaden som helhet, Jönköpings län"
    ws2["A1"].font = Font(bold=True)
    ws2["A2"] = "Källa: Boverket, Bostadsmarknadsenkäten 2025"
    hdr = ["Kommunkod", "Kommun", "Bedömning 2024", "Bedömning 2025", "Bedömning om tre år"]
    for j, h in enumerate(hdr, 1):
        ws2.cell(row=4, column=j, value=h).font = Font(bold=True)
    r = 5
    for code, name in JKPG:
        b = BME_BED[name]
        for j, v in enumerate([code, name, *b], 1):
            ws2.cell(row=r, column=j, value=v)
        r += 1
    r += 1
    ws2.cell(row=r, column=1, value="Underskott = det råder brist på bostäder i kommunen som helhet.")
    ws2.cell(row=r + 1, column=1, value="Överskott = det finns fler bostäder än efterfrågan.")

    # sheet 3: numbers with a merged two-row header
    ws3 = wb.create_sheet("Lediga och planerade")
    ws3["A1"] = "Tabell 2. Lediga lägenheter i allmännyttan och planerat bostadsbyggande, Jönköpings län"
    ws3["A1"].font = Font(bold=True)
    ws3["A2"] = "Antal lägenheter/bostäder"
    ws3.cell(row=4, column=1, value="Kommunkod")
    ws3.cell(row=4, column=2, value="Kommun")
    ws3.cell(row=4, column=3, value="Lediga lägenheter i allmännyttan, 1 september")
    ws3.merge_cells(start_row=4, start_column=3, end_row=4, end_column=4)
    ws3.cell(row=4, column=5, value="Planerat antal påbörjade bostäder 2025")
    ws3.merge_cells(start_row=4, start_column=5, end_row=4, end_column=7)
    ws3.merge_cells(start_row=4, start_column=1, end_row=5, end_column=1)
    ws3.merge_cells(start_row=4, start_column=2, end_row=5, end_column=2)
    for j, h in zip(range(3, 8), ["2023", "2024", "Flerbostadshus", "Småhus", "Totalt"]):
        ws3.cell(row=5, column=j, value=h)
    for row in ws3.iter_rows(min_row=4, max_row=5):
        for c in row:
            c.font = Font(bold=True)
            c.alignment = Alignment(horizontal="center", wrap_text=True)
    r = 6
    tot = [0, 0, 0, 0, 0]
    for code, name in JKPG:
        l23, l24, fb, sm = BME_NUM[name]
        total = fb + (sm or 0)
        vals = [code, name, l23, l24, fb, sm if sm is not None else "..", total]
        for j, v in enumerate(vals, 1):
            ws3.cell(row=r, column=j, value=v)
        for k, v in enumerate([l23, l24, fb, sm or 0, total]):
            tot[k] += v
        r += 1
    for j, v in enumerate(["06", "Jönköpings län", *tot], 1):
        ws3.cell(row=r, column=j, value=v).font = Font(bold=True)
    r += 2
    ws3.cell(row=r, column=1, value=".. = uppgift saknas. Mullsjö har inte lämnat uppgift om småhus; totalt avser då enbart flerbostadshus.")
    wb.save(os.path.join(stats, "boverket_bme_2025_jonkopings_lan.xlsx"))


# --------------------------------------------------------- 2 Migrationsverket
VBTN = [("2401", "Nordmaling"), ("2403", "Bjurholm"), ("2404", "Vindeln"), ("2409", "Robertsfors"),
        ("2417", "Norsjö"), ("2418", "Malå"), ("2421", "Storuman"), ("2422", "Sorsele"),
        ("2425", "Dorotea"), ("2460", "Vännäs"), ("2462", "Vilhelmina"), ("2463", "Åsele"),
        ("2480", "Umeå"), ("2481", "Lycksele"), ("2482", "Skellefteå")]
MIG_BASE = {"Nordmaling": 14, "Bjurholm": 5, "Vindeln": 11, "Robertsfors": 13, "Norsjö": 9,
            "Malå": 6, "Storuman": 12, "Sorsele": 5, "Dorotea": 4, "Vännäs": 17,
            "Vilhelmina": 15, "Åsele": 5, "Umeå": 260, "Lycksele": 24, "Skellefteå": 142}
MIG_YEARS = [2021, 2022, 2023, 2024]
MIG_FACTOR = {2021: 1.0, 2022: 1.55, 2023: 0.9, 2024: 0.55}


def mig_data():
    rnd = random.Random(101)
    data = {}
    for code, name in VBTN:
        for y in MIG_YEARS:
            tot = round(MIG_BASE[name] * MIG_FACTOR[y] * rnd.uniform(0.8, 1.2))
            anv = round(tot * rnd.uniform(0.35, 0.6))
            ens = round(MIG_BASE[name] * 0.08 * rnd.uniform(0.2, 1.6))
            data[(name, y)] = (tot, anv, ens)
    # fixed touches
    data[("Skellefteå", 2021)] = (131, 66, 9)
    data[("Skellefteå", 2022)] = (228, 104, 14)
    data[("Skellefteå", 2023)] = (119, 58, 12)
    data[("Skellefteå", 2024)] = (74, 33, 6)
    data[("Umeå", 2023)] = (241, 112, 19)
    return data


def make_migrationsverket(stats):
    data = mig_data()
    cats = ["Kommunmottagna totalt", "därav anvisade enligt bosättningslagen",
            "Ensamkommande barn med uppehållstillstånd"]
    lines = [
        "Kommunmottagna personer och ensamkommande barn per kommun",
        "Västerbottens län, 2021-2024",
        "Källa: Migrationsverket",
        "",
        "Län;Kommun;År;Kategori;Antal",
    ]
    for code, name in VBTN:
        for y in MIG_YEARS:
            vals = data[(name, y)]
            for c, v in zip(cats, vals):
                if name == "Sorsele" and y == 2021 and c == cats[1]:
                    s = ".."
                elif v == 0:
                    s = "-"
                else:
                    s = str(v)
                lines.append(f"24 Västerbottens län;{code} {name};{y};{c};{s}")
    lines += [
        "",
        "Anm. Uppgifterna för 2024 är preliminära.",
        "- = inga personer. .. = uppgift saknas.",
        "Kommunmottagna avser personer som fått uppehållstillstånd och tagits emot i en kommun.",
    ]
    with open(os.path.join(stats, "migrationsverket_kommunmottagna_vasterbotten_2021-2024.csv"),
              "w", encoding="latin-1", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------- 3 Skolverket
HALL = [("1315", "Hylte"), ("1380", "Halmstad"), ("1381", "Laholm"), ("1382", "Falkenberg"),
        ("1383", "Varberg"), ("1384", "Kungsbacka")]
# (antal, behöriga yrkesprogram %, alla ämnen %, meritvärde) per huvudman
SKOL = {
    "2024/25": {
        "Hylte": {"Samtliga": (128, 76.6, 64.1, 205.3), "Kommunal": (128, 76.6, 64.1, 205.3), "Enskild": None},
        "Halmstad": {"Samtliga": (1187, 86.2, 75.4, 229.8), "Kommunal": (941, 84.9, 73.2, 226.1), "Enskild": (246, 91.1, 83.7, 243.9)},
        "Laholm": {"Samtliga": (295, 84.1, 72.9, 224.0), "Kommunal": (286, 83.9, 72.4, 223.2), "Enskild": ".."},
        "Falkenberg": {"Samtliga": (517, 83.4, 71.0, 221.7), "Kommunal": (452, 82.7, 70.1, 219.5), "Enskild": (65, 88.3, 77.4, 236.9)},
        "Varberg": {"Samtliga": (755, 88.7, 77.9, 234.6), "Kommunal": (662, 88.1, 77.2, 232.8), "Enskild": (93, 92.9, 82.8, 247.5)},
        "Kungsbacka": {"Samtliga": (1034, 91.8, 81.6, 244.2), "Kommunal": (812, 90.6, 79.9, 239.7), "Enskild": (222, 96.2, 87.8, 260.6)},
        "Riket": {"Samtliga": (121847, 85.4, 73.9, 228.9), "Kommunal": (100256, 84.2, 72.0, 224.6), "Enskild": (21591, 91.0, 82.8, 248.8)},
    },
    "2023/24": {
        "Hylte": {"Samtliga": (134, 78.4, 65.7, 208.9), "Kommunal": (134, 78.4, 65.7, 208.9), "Enskild": None},
        "Halmstad": {"Samtliga": (1162, 85.5, 74.6, 228.4), "Kommunal": (930, 84.1, 72.6, 224.9), "Enskild": (232, 91.4, 82.8, 242.4)},
        "Laholm": {"Samtliga": (301, 82.7, 70.4, 219.9), "Kommunal": (293, 82.6, 70.0, 219.1), "Enskild": ".."},
        "Falkenberg": {"Samtliga": (509, 84.1, 72.3, 223.6), "Kommunal": (448, 83.5, 71.4, 221.8), "Enskild": (61, 88.5, 78.7, 237.0)},
        "Varberg": {"Samtliga": (742, 87.2, 76.0, 230.1), "Kommunal": (651, 86.6, 75.3, 228.3), "Enskild": (91, 91.2, 81.3, 243.2)},
        "Kungsbacka": {"Samtliga": (1011, 92.3, 82.2, 245.0), "Kommunal": (795, 91.3, 80.6, 240.8), "Enskild": (216, 96.0, 88.1, 260.3)},
        "Riket": {"Samtliga": (120904, 85.6, 73.8, 228.5), "Kommunal": (99833, 84.4, 72.0, 224.4), "Enskild": (21071, 91.2, 82.4, 248.0)},
    },
}


def make_skolverket(stats):
    wb = Workbook()
    first = True
    for lasar in ["2024/25", "2023/24"]:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = "Läsår " + lasar.replace("/", "-")
        ws["A1"] = f"Slutbetyg i årskurs 9, läsår {lasar}"
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = "Hallands län samt riket, efter typ av huvudman. Elever med slutbetyg."
        ws["A3"] = "Källa: Skolverket, Sveriges officiella statistik"
        hdr = ["Kommunkod", "Kommun", "Typ av huvudman", "Antal elever",
               "Andel (%) behöriga till yrkesprogram",
               "Andel (%) som uppnått kunskapskraven i alla ämnen",
               "Genomsnittligt meritvärde (17 ämnen)"]
        for j, h in enumerate(hdr, 1):
            ws.cell(row=5, column=j, value=h).font = Font(bold=True)
        r = 6
        rows = HALL + [("", "Riket")]
        for code, name in rows:
            for hm in ["Samtliga", "Kommunal", "Enskild"]:
                v = SKOL[lasar][name][hm]
                if v is None:
                    cells = [".", ".", ".", "."]
                elif v == "..":
                    cells = ["..", "..", "..", ".."]
                else:
                    cells = [f"{v[0]:,}".replace(",", " "), sv(v[1]), sv(v[2]), sv(v[3])]
                for j, val in enumerate([code, name, hm, *cells], 1):
                    ws.cell(row=r, column=j, value=val)  # stored as text
                r += 1
        r += 1
        ws.cell(row=r, column=1, value=". = inga elever (huvudmannatypen saknas i kommunen)")
        ws.cell(row=r + 1, column=1, value=".. = uppgiften redovisas inte då färre än 10 elever")
        ws.cell(row=r + 2, column=1, value="Enskild = fristående skolor.")
    wb.save(os.path.join(stats, "skolverket_slutbetyg_ak9_halland.xlsx"))


# ------------------------------------------------------------ 4 Socialstyrelsen
KRON = [("0760", "Uppvidinge"), ("0761", "Lessebo"), ("0763", "Tingsryd"), ("0764", "Alvesta"),
        ("0765", "Älmhult"), ("0767", "Markaryd"), ("0780", "Växjö"), ("0781", "Ljungby")]
HT_YEARS = [2020, 2021, 2022, 2023, 2024]
HT_BASE = {  # 65-79, 80+
    "Uppvidinge": (62, 268), "Lessebo": (71, 289), "Tingsryd": (55, 241), "Alvesta": (58, 256),
    "Älmhult": (49, 229), "Markaryd": (66, 274), "Växjö": (44, 212), "Ljungby": (52, 247),
    "Kronobergs län": (51, 238), "Riket": (47, 221),
}
HT_TREND = {2020: 1.04, 2021: 1.0, 2022: 0.98, 2023: 0.99, 2024: 1.01}


def ht_data():
    rnd = random.Random(7)
    out = {}
    for name, (a, b) in HT_BASE.items():
        for y in HT_YEARS:
            v1 = round(a * HT_TREND[y] * rnd.uniform(0.96, 1.04), 1)
            v2 = round(b * HT_TREND[y] * rnd.uniform(0.96, 1.04), 1)
            # 65+ roughly weighted (80+ about 30 % of 65+)
            v3 = round(0.7 * v1 + 0.3 * v2, 1)
            out[(name, y)] = (v1, v2, v3)
    return out


def make_socialstyrelsen(stats):
    d = ht_data()
    q = lambda s: '"' + s + '"'
    lines = [
        q("Statistikdatabasen – Socialtjänstinsatser till äldre"),
        q("Personer med hemtjänst i ordinärt boende, antal per 1 000 invånare, 1 november"),
        q("Region, Ålder, År"),
        "",
        ",".join(q(h) for h in ["Region", "Ålder", *[str(y) for y in HT_YEARS]]),
    ]
    regions = [f"{c} {n}" for c, n in KRON] + ["07 Kronobergs län", "00 Riket"]
    for reg in regions:
        name = reg.split(" ", 1)[1]
        for k, age in enumerate(["65-79 år", "80- år", "65- år"]):
            vals = []
            for y in HT_YEARS:
                if name == "Lessebo" and y == 2020 and k == 1:
                    vals.append("..")
                else:
                    vals.append(sv(d[(name, y)][k]))
            lines.append(",".join(q(s) for s in [reg, age, *vals]))
    lines += [
        "",
        q("Källa: Socialstyrelsen, registret över insatser enligt socialtjänstlagen till äldre och personer med funktionsnedsättning."),
        q(".. = uppgift saknas (bristande kvalitet i kommunens inrapportering)."),
    ]
    with open(os.path.join(stats, "socialstyrelsen_hemtjanst_kronoberg_2020-2024.csv"),
              "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")


# -------------------------------------------------------------- 5 Valmyndigheten
OSTG = [("0509", "Ödeshög"), ("0512", "Ydre"), ("0513", "Kinda"), ("0560", "Boxholm"),
        ("0561", "Åtvidaberg"), ("0562", "Finspång"), ("0563", "Valdemarsvik"),
        ("0580", "Linköping"), ("0581", "Norrköping"), ("0582", "Söderköping"),
        ("0583", "Motala"), ("0584", "Vadstena"), ("0586", "Mjölby")]
VAL = {  # röstberättigade 2018, röstande 2018, röstberättigade 2022, röstande 2022
    "Ödeshög": (3931, 3436, 3958, 3409),
    "Ydre": (2858, 2556, 2841, 2510),
    "Kinda": (7486, 6604, 7512, 6572),
    "Boxholm": (3946, 3413, 3972, 3382),
    "Åtvidaberg": (8886, 7843, 8904, 7790),
    "Finspång": (16213, 13954, 16298, 13821),
    "Valdemarsvik": (5910, 5157, 5874, 5083),
    "Linköping": (115842, 102271, 121036, 105634),
    "Norrköping": (101347, 85956, 104561, 87129),
    "Söderköping": (11402, 10240, 11635, 10367),
    "Motala": (31860, 27185, 32207, 27088),
    "Vadstena": (5810, 5175, 5794, 5139),
    "Mjölby": (20395, 17788, 20811, 18004),
}


def make_valmyndigheten(stats):
    def pct(a, b):
        return sv(100 * b / a, 2)
    lines = [
        ";;Riksdagsval 2018;;;Riksdagsval 2022;;",
        "Kommunkod;Kommun;Röstberättigade;Röstande;Valdeltagande (%);Röstberättigade;Röstande;Valdeltagande (%)",
    ]
    t = [0, 0, 0, 0]
    for code, name in OSTG:
        a, b, c, d = VAL[name]
        t = [t[0] + a, t[1] + b, t[2] + c, t[3] + d]
        lines.append(f"{code};{name};{a};{b};{pct(a, b)};{c};{d};{pct(c, d)}")
    lines.append(f"05;Östergötlands län;{t[0]};{t[1]};{pct(t[0], t[1])};{t[2]};{t[3]};{pct(t[2], t[3])}")
    lines += [
        ";;;;;;;",
        "Källa: Valmyndigheten, slutligt valresultat riksdagsval.;;;;;;;",
        "Röstande = antal avgivna röster inklusive blanka och ogiltiga.;;;;;;;",
    ]
    with open(os.path.join(stats, "valmyndigheten_valdeltagande_ostergotland.csv"),
              "w", encoding="utf-8-sig", newline="") as f:
        f.write("\n".join(lines) + "\n")


# ------------------------------------------------------------------ 6 PDF
JAMT = [("Ragunda", 21430, 19870, 1120), ("Bräcke", 26110, 27940, 3310),
        ("Krokom", 83250, 88410, 14920), ("Strömsund", 71840, 76230, 18760),
        ("Åre", 1402300, 1465800, 298400), ("Berg", 118700, 131260, 22870),
        ("Härjedalen", 1087400, 1109900, 241300), ("Östersund", 512600, 498300, 41200)]
BOENDE = [("Hotell", 1214300, 1241900), ("Stugbyar", 1302800, 1356100),
          ("Vandrarhem", 118200, 110800), ("Camping", 688330, 708910)]


def fmt(n):
    return f"{n:,}".replace(",", " ")


def make_pdf(docs):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    path = os.path.join(docs, "tillvaxtverket_gastnatter_jamtlands_lan_2024.pdf")
    doc = SimpleDocTemplate(path, pagesize=A4, title="Turismens utveckling i Jämtlands län 2024",
                            author="Region Jämtland Härjedalen", leftMargin=2 * cm, rightMargin=2 * cm)
    st = getSampleStyleSheet()
    small = st["Normal"].clone("small", fontSize=8, leading=10)
    el = [Paragraph("Turismens utveckling i Jämtlands län 2024", st["Title"]),
          Paragraph("Region Jämtland Härjedalen, Regional utveckling – mars 2025", st["Normal"]),
          Spacer(1, 10),
          Paragraph("1. Sammanfattning", st["Heading2"])]
    t23 = sum(r[1] for r in JAMT)
    t24 = sum(r[2] for r in JAMT)
    ch = 100 * (t24 - t23) / t23
    el.append(Paragraph(
        "Antalet gästnätter på kommersiella boenden i länet fortsatte att öka under 2024. "
        f"Totalt registrerades {fmt(t24)} gästnätter, vilket är {sv(ch)} procent fler än året innan. "
        "Fjällkommunerna Åre och Härjedalen står tillsammans för drygt tre fjärdedelar av länets "
        "gästnätter. Statistiken bygger på Tillväxtverkets och SCB:s inkvarteringsstatistik.", st["Normal"]))
    el.append(Spacer(1, 8))
    el.append(Paragraph("2. Gästnätter per kommun", st["Heading2"]))
    el.append(Paragraph("Tabell 1. Gästnätter på hotell, stugbyar, vandrarhem och camping per kommun, 2023–2024", st["Normal"]))
    el.append(Spacer(1, 4))
    data = [["Kommun", "Gästnätter\n2023", "Gästnätter\n2024", "Förändring\n(%)", "varav utländska\n2024", "Andel utländska\n(%)"]]
    fu = 0
    for name, a, b, u in JAMT:
        data.append([name, fmt(a), fmt(b), sv(100 * (b - a) / a).replace("-", "−"), fmt(u), sv(100 * u / b)])
        fu += u
    data.append(["Jämtlands län", fmt(t23), fmt(t24), sv(ch), fmt(fu), sv(100 * fu / t24)])
    tb = Table(data, colWidths=[3.2 * cm, 2.4 * cm, 2.4 * cm, 2.2 * cm, 3 * cm, 2.8 * cm])
    tb.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold"),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
        ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
    ]))
    el.append(tb)
    el.append(Paragraph("Källa: Tillväxtverket och SCB, inkvarteringsstatistik. Utländska gästnätter avser gäster "
                        "bosatta utanför Sverige.", small))
    el.append(Spacer(1, 10))
    el.append(Paragraph("3. Gästnätter per boendeform", st["Heading2"]))
    el.append(Paragraph("Tabell 2. Gästnätter i Jämtlands län per boendeform, 2023–2024", st["Normal"]))
    el.append(Spacer(1, 4))
    d2 = [["Boendeform", "2023", "2024", "Förändring (%)"]]
    for name, a, b in BOENDE:
        d2.append([name, fmt(a), fmt(b), sv(100 * (b - a) / a).replace("-", "−")])
    a_ = sum(r[1] for r in BOENDE)
    b_ = sum(r[2] for r in BOENDE)
    assert a_ == t23 and b_ == t24, (a_, t23, b_, t24)
    d2.append(["Totalt", fmt(a_), fmt(b_), sv(100 * (b_ - a_) / a_)])
    tb2 = Table(d2, colWidths=[4 * cm, 3 * cm, 3 * cm, 3 * cm])
    tb2.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold"),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
    ]))
    el.append(tb2)
    el.append(Spacer(1, 10))
    el.append(Paragraph("4. Kommentar", st["Heading2"]))
    el.append(Paragraph(
        "Ökningen drivs främst av vintersäsongen i Åre och av fler stugbyar i Berg. Östersund minskade "
        "något, bland annat till följd av färre konferensgäster. Vandrarhemmen fortsätter att minska.", st["Normal"]))
    doc.build(el)


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: r101_make_files.py OUT_DIR")
    stats, docs = out_dirs(sys.argv[1])
    make_boverket(stats)
    make_migrationsverket(stats)
    make_skolverket(stats)
    make_socialstyrelsen(stats)
    make_valmyndigheten(stats)
    make_pdf(docs)
    print("wrote", sorted(os.listdir(stats)), sorted(os.listdir(docs)))


if __name__ == "__main__":
    main()
