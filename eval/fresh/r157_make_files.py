#!/usr/bin/env python3
"""r157 – writes six Norrbotten statistics files into OUT_DIR (default ./out next to this script).

1. UF0506_utbildningsniva_25-64_Norrbotten_2014_2024.csv   (PxWeb, Latin-1, ';', kommuner as COLUMNS)
2. RAMS_pendling_bostad_arbetsstalle_Norrbotten_2023.csv    (long O–D pair list, UTF-8, ',', zero pairs omitted)
3. Sjukfranvaro_kommunanstallda_Norrbotten_2023-2024.xlsx   (Power Query table with Column1.. headers,
                                                             real header in first data row, % stored as fractions)
4. AF_programdeltagare_Norrbotten_okt2025.xlsx              (two-row header, vertically MERGED joint cells)
5. AF_Arbetsmarknadslaget_Norrbotten_okt2025.pdf            (choropleth MAP with labels, Tabell 1, county-only Tabell 2)
6. Foretagandet_i_Norrbotten_2024.pdf                        (cells "2024 (2023)", negatives in parentheses)
"""
import csv
import io
import math
import os
import sys

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.table import Table, TableStyleInfo
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (Flowable, KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer,
                                Table as RLTable, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "out")
os.makedirs(OUT, exist_ok=True)

# ----------------------------------------------------------------------------------------------------------
# Common: the 14 kommuner of Norrbottens län (SCB order by kommunkod)
# ----------------------------------------------------------------------------------------------------------
KOM = [("2505", "Arvidsjaur"), ("2506", "Arjeplog"), ("2510", "Jokkmokk"), ("2513", "Överkalix"),
       ("2514", "Kalix"), ("2518", "Övertorneå"), ("2521", "Pajala"), ("2523", "Gällivare"),
       ("2560", "Älvsbyn"), ("2580", "Luleå"), ("2581", "Piteå"), ("2582", "Boden"),
       ("2583", "Haparanda"), ("2584", "Kiruna")]
NAMES = [n for _, n in KOM]


def sv(x, dec=0):
    """Swedish number formatting: space thousands, decimal comma."""
    s = f"{x:,.{dec}f}".replace(",", " ").replace(".", ",")
    return s


# ==========================================================================================================
# 1. UF0506 utbildningsnivå 25–64 år, kommuner as columns, Latin-1, semicolon
# ==========================================================================================================
LEVELS = ["förgymnasial utbildning kortare än 9 år",
          "förgymnasial utbildning, 9 (10) år",
          "gymnasial utbildning, högst 2 år",
          "gymnasial utbildning, 3 år",
          "eftergymnasial utbildning, mindre än 3 år",
          "eftergymnasial utbildning, 3 år eller mer",
          "forskarutbildning",
          "uppgift om utbildningsnivå saknas"]

# population 25–64 (män, kvinnor) 2024 and 2014
POP2564 = {
    "Arvidsjaur": ((1492, 1361), (1640, 1502)),
    "Arjeplog": ((688, 577), (781, 668)),
    "Jokkmokk": ((1203, 1071), (1372, 1240)),
    "Överkalix": ((755, 668), (902, 810)),
    "Kalix": ((3798, 3541), (4090, 3902)),
    "Övertorneå": ((1045, 928), (1236, 1107)),
    "Pajala": ((1513, 1296), (1598, 1424)),
    "Gällivare": ((4487, 4061), (4702, 4318)),
    "Älvsbyn": ((2035, 1862), (2147, 2003)),
    "Luleå": ((21384, 20211), (20402, 19365)),
    "Piteå": ((10951, 10288), (10780, 10235)),
    "Boden": ((7142, 6531), (7213, 6712)),
    "Haparanda": ((2372, 2141), (2659, 2430)),
    "Kiruna": ((6105, 5370), (6051, 5388)),
}
# shares (percent) for 2024 per sex: [fg<9, fg9, gy<=2, gy3, eg<3, eg3+, forsk, saknas]  (gy3 = remainder)
SH24 = {
    #              män: fg<9 fg9  gy2  eg<3 eg3+ fo  sak     kvinnor: fg<9 fg9 gy2 eg<3 eg3+ fo sak
    "Arvidsjaur": ((2.6, 9.4, 22.9, 11.6, 10.2, 0.2, 0.9), (1.5, 5.6, 15.8, 13.9, 27.4, 0.3, 0.8)),
    "Arjeplog": ((3.1, 10.3, 23.8, 10.9, 9.1, 0.1, 1.2), (1.9, 6.2, 17.4, 13.1, 25.3, 0.2, 1.0)),
    "Jokkmokk": ((2.8, 9.7, 21.6, 12.4, 11.0, 0.4, 1.3), (1.6, 5.8, 14.9, 14.8, 28.9, 0.5, 1.1)),
    "Överkalix": ((4.6, 11.8, 25.1, 9.8, 7.9, 0.1, 0.7), (2.6, 7.4, 19.2, 12.6, 24.1, 0.2, 0.6)),
    "Kalix": ((3.2, 9.9, 23.4, 11.1, 9.8, 0.2, 0.8), (1.8, 6.1, 16.2, 13.4, 27.2, 0.3, 0.7)),
    "Övertorneå": ((5.3, 12.1, 24.4, 9.6, 8.1, 0.1, 0.9), (3.1, 7.9, 18.6, 12.2, 24.9, 0.2, 0.8)),
    "Pajala": ((5.9, 12.6, 24.8, 9.2, 7.4, 0.1, 1.6), (3.4, 8.3, 18.9, 11.7, 23.8, 0.1, 1.4)),
    "Gällivare": ((2.4, 9.1, 21.7, 12.6, 11.8, 0.4, 1.4), (1.3, 5.4, 14.6, 15.1, 29.6, 0.4, 1.2)),
    "Älvsbyn": ((2.9, 10.4, 24.1, 10.7, 8.6, 0.1, 0.6), (1.6, 6.3, 17.1, 13.6, 25.7, 0.2, 0.5)),
    "Luleå": ((1.4, 6.2, 15.8, 14.2, 19.6, 1.9, 1.5), (0.9, 3.9, 10.2, 15.8, 37.4, 1.6, 1.3)),
    "Piteå": ((1.9, 7.6, 19.4, 13.1, 14.1, 0.6, 0.9), (1.1, 4.6, 12.8, 14.9, 33.1, 0.6, 0.8)),
    "Boden": ((2.1, 8.1, 20.3, 12.9, 12.4, 0.3, 1.1), (1.2, 4.9, 13.7, 14.6, 30.8, 0.3, 0.9)),
    "Haparanda": ((6.8, 11.9, 22.7, 10.1, 8.9, 0.2, 3.1), (4.4, 8.2, 17.3, 12.4, 25.1, 0.2, 2.8)),
    "Kiruna": ((2.2, 8.8, 21.9, 12.8, 12.1, 0.5, 1.7), (1.3, 5.2, 14.4, 15.2, 30.0, 0.6, 1.5)),
}
# 2014 shift: more förgymnasial, less eftergymnasial
SHIFT14 = (+1.9, +2.4, +1.6, -0.9, -3.3, -0.15, -0.2)


def edu_counts(pop, sh):
    fg9l, fg9, gy2, eg3l, eg3p, fo, sak = sh
    vals = [fg9l, fg9, gy2, None, eg3l, eg3p, fo, sak]
    out = []
    for v in vals:
        out.append(None if v is None else int(round(pop * v / 100.0)))
    out[3] = pop - sum(x for x in out if x is not None)
    return out


def make_edu():
    data = {}  # (year, sex) -> {kommun: [8 counts]}
    for year in ("2014", "2024"):
        for si, sex in enumerate(("män", "kvinnor")):
            d = {}
            for k in NAMES:
                pop = POP2564[k][0 if year == "2024" else 1][si]
                sh = list(SH24[k][si])
                if year == "2014":
                    sh = [max(0.05, a + b) for a, b in zip(sh, SHIFT14)]
                    if k in ("Haparanda", "Pajala", "Övertorneå"):
                        sh[0] += 0.8
                    if k == "Kiruna":
                        sh[4] -= 0.45
                d[k] = edu_counts(pop, sh)
            data[(year, sex)] = d
    buf = io.StringIO()
    buf.write('"Befolkning 16-74 år efter region, utbildningsnivå, ålder, kön och år"\r\n')
    buf.write("\r\n")
    hdr = ['"utbildningsnivå"', '"ålder"', '"kön"', '"år"', '"25 Norrbottens län"'] + [f'"{c} {n}"' for c, n in KOM]
    buf.write(";".join(hdr) + "\r\n")
    for li, lev in enumerate(LEVELS):
        for sex in ("män", "kvinnor"):
            for year in ("2014", "2024"):
                vals = [data[(year, sex)][k][li] for k in NAMES]
                row = [f'"{lev}"', '"25-64 år"', f'"{sex}"', f'"{year}"', str(sum(vals))] + [str(v) for v in vals]
                buf.write(";".join(row) + "\r\n")
    buf.write("\r\n")
    buf.write('"Fotnoter:"\r\n')
    buf.write('"Utbildningsnivå: Fr.o.m. 2020 års uppgifter har klassificeringen av utbildningsnivå i vissa fall ändrats, '
              'se SCB:s beskrivning av statistiken."\r\n')
    buf.write('"Uppgift om utbildningsnivå saknas för bl.a. många nyinvandrade. Befolkningen avser den 1 januari '
              'efterföljande år (2014 = 1 jan 2015)."\r\n')
    buf.write('"Källa: SCB, Utbildningsregistret (UF0506). Uttag 2025-06-12."\r\n')
    with open(os.path.join(OUT, "UF0506_utbildningsniva_25-64_Norrbotten_2014_2024.csv"), "w", encoding="latin-1",
              newline="") as f:
        f.write(buf.getvalue())
    return data


# ==========================================================================================================
# 2. RAMS pendling: long O–D list
# ==========================================================================================================
COORD = {"Arvidsjaur": (19.18, 65.59), "Arjeplog": (17.89, 66.05), "Jokkmokk": (19.82, 66.61),
         "Överkalix": (22.84, 66.33), "Kalix": (23.14, 65.85), "Övertorneå": (23.65, 66.39),
         "Pajala": (23.37, 67.21), "Gällivare": (20.66, 67.13), "Älvsbyn": (21.00, 65.68),
         "Luleå": (22.15, 65.58), "Piteå": (21.48, 65.32), "Boden": (21.69, 65.83),
         "Haparanda": (24.14, 65.84), "Kiruna": (20.23, 67.86)}
# employed residents (nattbefolkning) 16+ år, nov 2023: (män, kvinnor)
EMP = {"Arvidsjaur": (1561, 1392), "Arjeplog": (743, 592), "Jokkmokk": (1216, 1098), "Överkalix": (762, 671),
       "Kalix": (3794, 3512), "Övertorneå": (989, 862), "Pajala": (1571, 1205), "Gällivare": (4688, 4102),
       "Älvsbyn": (1995, 1778), "Luleå": (20866, 19648), "Piteå": (10955, 10121), "Boden": (6741, 6083),
       "Haparanda": (1911, 1722), "Kiruna": (6475, 5512)}
# hand-set main flows (total, share men)
MAIN = {("Boden", "Luleå"): (3912, 0.55), ("Luleå", "Boden"): (2286, 0.53), ("Piteå", "Luleå"): (2618, 0.57),
        ("Luleå", "Piteå"): (1397, 0.58), ("Älvsbyn", "Piteå"): (612, 0.56), ("Älvsbyn", "Luleå"): (448, 0.60),
        ("Kalix", "Luleå"): (703, 0.58), ("Gällivare", "Kiruna"): (412, 0.66), ("Kiruna", "Gällivare"): (407, 0.69),
        ("Pajala", "Kiruna"): (196, 0.71), ("Kiruna", "Pajala"): (143, 0.76), ("Överkalix", "Kalix"): (247, 0.54),
        ("Haparanda", "Kalix"): (251, 0.55), ("Kalix", "Haparanda"): (158, 0.53), ("Övertorneå", "Haparanda"): (149, 0.52),
        ("Jokkmokk", "Gällivare"): (152, 0.62), ("Gällivare", "Jokkmokk"): (74, 0.58), ("Arjeplog", "Arvidsjaur"): (71, 0.55),
        ("Arvidsjaur", "Piteå"): (58, 0.64), ("Boden", "Piteå"): (346, 0.58), ("Piteå", "Boden"): (291, 0.57),
        ("Kalix", "Boden"): (168, 0.56), ("Boden", "Kalix"): (97, 0.55), ("Luleå", "Kalix"): (314, 0.51),
        ("Älvsbyn", "Boden"): (139, 0.58), ("Luleå", "Gällivare"): (182, 0.74), ("Luleå", "Kiruna"): (237, 0.76),
        ("Boden", "Älvsbyn"): (88, 0.52), ("Piteå", "Älvsbyn"): (174, 0.55), ("Luleå", "Älvsbyn"): (96, 0.56),
        ("Haparanda", "Luleå"): (132, 0.59), ("Överkalix", "Luleå"): (89, 0.57), ("Kiruna", "Luleå"): (214, 0.63),
        ("Gällivare", "Luleå"): (165, 0.61)}
OVR_SVE = {"Arvidsjaur": 74, "Arjeplog": 52, "Jokkmokk": 61, "Överkalix": 28, "Kalix": 151, "Övertorneå": 36,
           "Pajala": 88, "Gällivare": 284, "Älvsbyn": 79, "Luleå": 1126, "Piteå": 563, "Boden": 312,
           "Haparanda": 67, "Kiruna": 406}


def dist(a, b):
    (x1, y1), (x2, y2) = COORD[a], COORD[b]
    dx = (x1 - x2) * 111.3 * math.cos(math.radians(66.5))
    dy = (y1 - y2) * 111.3
    return math.hypot(dx, dy)


def make_pend():
    flows = {}
    for i in NAMES:
        Ei = sum(EMP[i])
        for j in NAMES:
            if i == j:
                continue
            if (i, j) in MAIN:
                tot, pm = MAIN[(i, j)]
            else:
                Ej = sum(EMP[j])
                d = max(dist(i, j), 20)
                tot = int(round(5.0 * Ei ** 0.7 * Ej ** 0.9 / d ** 2.8))
                pm = 0.62
                if tot < 3:
                    continue
            m = int(round(tot * pm))
            flows[(i, j)] = (m, tot - m)
        m = int(round(OVR_SVE[i] * 0.63))
        flows[(i, "Övriga Sverige")] = (m, OVR_SVE[i] - m)
        outm = sum(v[0] for (a, b), v in flows.items() if a == i)
        outk = sum(v[1] for (a, b), v in flows.items() if a == i)
        flows[(i, i)] = (EMP[i][0] - outm, EMP[i][1] - outk)
    code = dict((n, c) for c, n in KOM)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    buf.write("Förvärvsarbetande 16+ år efter bostadskommun, arbetsställekommun och kön. November 2023\n")
    w.writerow(["Bostadskommun", "Arbetsställekommun", "Män", "Kvinnor", "Totalt"])
    for i in NAMES:
        dests = [j for j in NAMES if (i, j) in flows] + ["Övriga Sverige"]
        for j in dests:
            m, k = flows[(i, j)]
            jl = f"{code[j]} {j}" if j in code else "Övriga Sverige"
            w.writerow([f"{code[i]} {i}", jl, m, k, m + k])
    buf.write("\n")
    buf.write("Anm. Par av bostads- och arbetsställekommun med 0 förvärvsarbetande redovisas inte.\n")
    buf.write("Anm. Avser förvärvsarbetande med arbetsställe i Sverige. Personer som pendlar till arbete i Norge eller "
              "Finland (t.ex. Haparanda–Torneå) ingår inte i statistiken.\n")
    buf.write("Anm. Övriga Sverige = arbetsställe i kommun utanför Norrbottens län.\n")
    buf.write("Källa: SCB, Registerbaserad arbetsmarknadsstatistik (RAMS/BAS), bearbetning Region Norrbotten.\n")
    with open(os.path.join(OUT, "RAMS_pendling_bostad_arbetsstalle_Norrbotten_2023.csv"), "w", encoding="utf-8",
              newline="") as f:
        f.write(buf.getvalue())
    return flows


# ==========================================================================================================
# 3. Sjukfrånvaro kommunanställda – Power Query table, Column1.. headers
# ==========================================================================================================
BILING = {"Arvidsjaur": "Arvidsjaur / Árviesjávrrie", "Arjeplog": "Arjeplog / Árjepluovve",
          "Jokkmokk": "Jokkmokk / Jåhkåmåhkke", "Överkalix": "Överkalix / Ylikainuu", "Kalix": "Kalix",
          "Övertorneå": "Övertorneå / Matarenki", "Pajala": "Pajala", "Gällivare": "Gällivare / Jällivaara / Váhtjer",
          "Älvsbyn": "Älvsbyn", "Luleå": "Luleå / Julevu", "Piteå": "Piteå", "Boden": "Boden",
          "Haparanda": "Haparanda / Haaparanta", "Kiruna": "Kiruna / Giron / Kiiruna"}
# anställda 2024, total 2024, total 2023, kvinnor 2024, män 2024, långtid 60+ andel 2024, <=29, 30-49, 50+
SJUK = {
    "Piteå": (3912, 7.1, 7.5, 7.9, 4.3, 44.8, 5.6, 6.8, 7.9),
    "Arvidsjaur": (641, 7.9, 8.4, 8.7, 5.1, 49.2, 6.1, 7.6, 8.5),
    "Luleå": (6934, 7.4, 7.2, 8.3, 4.2, 46.1, 6.0, 7.1, 8.2),
    "Boden": (2351, 8.3, 8.0, 9.2, 5.0, 47.5, 6.6, 8.0, 9.1),
    "Kiruna": (2046, 7.7, 7.4, 8.7, 4.3, 45.3, 6.2, 7.3, 8.6),
    "Gällivare": (1793, 7.6, 7.3, 8.5, 4.4, 43.9, 6.3, 7.2, 8.4),
    "Kalix": (1478, 8.1, 7.7, 8.9, 5.2, 48.6, 6.4, 7.8, 8.9),
    "Haparanda": (952, 9.3, 8.8, 10.1, 6.4, 53.7, 7.2, 9.0, 10.1),
    "Älvsbyn": (834, 8.9, 8.5, 9.8, 5.6, 50.4, 7.0, 8.5, 9.8),
    "Pajala": (697, 8.6, 8.9, 9.5, 5.4, 51.3, 6.8, 8.2, 9.5),
    "Jokkmokk": (563, 8.2, 7.6, 9.0, 5.3, 49.8, 6.5, 7.9, 8.9),
    "Övertorneå": (468, 9.9, None, 10.8, 6.7, 55.1, 7.4, 9.6, 10.8),
    "Överkalix": (419, 9.6, 9.1, 10.5, 6.1, 54.2, 7.6, 9.2, 10.4),
    "Arjeplog": (382, 8.8, 8.1, 9.7, 5.8, 52.0, 6.9, 8.4, 9.6),
}


def make_sjuk():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sjukfranvaro"
    ncol = 10
    ws.append([f"Column{i}" for i in range(1, ncol + 1)])
    ws.append(["Kommun", "Antal anställda 2024", "Sjukfrånvaro totalt 2024", "Sjukfrånvaro totalt 2023",
               "Kvinnor 2024", "Män 2024", "Andel långtid 60+ dgr 2024", "-29 år 2024", "30-49 år 2024",
               "50 år- 2024"])
    # Power Query output keeps the order of the source query (sorted on anställda descending? no – on Kolada's id)
    order = ["Luleå", "Piteå", "Boden", "Kiruna", "Gällivare", "Kalix", "Haparanda", "Älvsbyn", "Pajala",
             "Arvidsjaur", "Jokkmokk", "Övertorneå", "Överkalix", "Arjeplog"]
    for k in order:
        a, t24, t23, kv, m, lt, y, mid, old = SJUK[k]
        ws.append([BILING[k], a, t24 / 100, None if t23 is None else t23 / 100, kv / 100, m / 100, lt / 100,
                   y / 100, mid / 100, old / 100])
    last = ws.max_row
    tab = Table(displayName="Sjukfranvaro_kommun", ref=f"A1:{openpyxl.utils.get_column_letter(ncol)}{last}")
    tab.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    ws.add_table(tab)
    for r in range(3, last + 1):
        ws.cell(r, 2).number_format = "0"
        for c in range(3, ncol + 1):
            ws.cell(r, c).number_format = "0.0%"
    widths = [34, 12, 12, 12, 11, 11, 12, 11, 11, 11]
    for i, wdt in enumerate(widths, 1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width = wdt
    ws2 = wb.create_sheet("Källa och definitioner")
    lines = [
        "Sjukfrånvaro bland kommunalt anställda i Norrbottens kommuner",
        "",
        "Hämtat med Power Query från Kolada (KPI-data per kommun) och kommunernas årsredovisningar. Senast uppdaterad 2025-05-14.",
        "OBS: rubrikerna hamnade i första dataraden när frågan laddades – Column1–Column10 är inte riktiga rubriker.",
        "",
        "Sjukfrånvaro totalt = total sjukfrånvarotid i procent av sammanlagd ordinarie arbetstid, månadsavlönade.",
        "Kvinnor/Män och åldersgrupperna: sjukfrånvaro i procent av gruppens ordinarie arbetstid.",
        "Andel långtid 60+ dgr = andel av den totala sjukfrånvaron som avser sjukfrånvaro under en sammanhängande "
        "period om 60 dagar eller mer (inte andel av arbetstiden).",
        "Antal anställda = tillsvidare- och visstidsanställda månadsavlönade, 1 november 2024.",
        "Övertorneå: uppgift för 2023 saknas (rapporterades inte till Kolada).",
        "",
        "Kommunnamnen anges med namn på minoritetsspråk (samiska, meänkieli, finska) där kommunen ingår i ett förvaltningsområde.",
    ]
    for ln in lines:
        ws2.append([ln])
    ws2.column_dimensions["A"].width = 120
    wb.save(os.path.join(OUT, "Sjukfranvaro_kommunanstallda_Norrbotten_2023-2024.xlsx"))


# ==========================================================================================================
# 4. AF program participants – merged joint cells
# ==========================================================================================================
PROG = ["Jobbgarantin för ungdomar", "Jobb- och utvecklingsgarantin", "Etableringsprogrammet",
        "Arbetsmarknadsutbildning", "Arbetspraktik", "Förberedande insatser", "Stöd till start av näringsverksamhet"]
GROUPS = [("Garantier", 0, 1), ("Etablering", 2, 2), ("Övriga program", 3, 6)]
# per kommun: UGA, JOB, ETAB, AMU, PRAKT, FÖRB, START ; None = part of a joint (merged) value
P25 = {
    "Arvidsjaur": (6, 31, 9, 5, None, 11, 1), "Arjeplog": (2, 12, 4, 2, None, 5, 1),
    "Jokkmokk": (5, 27, 7, 4, 3, 9, 1), "Överkalix": (3, 19, 2, None, 2, 6, 0),
    "Kalix": (17, 96, 14, None, 8, 28, 3), "Övertorneå": (4, 23, 5, 3, 2, None, 1),
    "Pajala": (6, 34, 6, 4, 3, None, 1), "Gällivare": (14, 79, 22, 19, 9, 31, 4),
    "Älvsbyn": (8, 44, 9, 6, 4, 14, 2), "Luleå": (98, 412, 118, 96, 47, 154, 19),
    "Piteå": (41, 188, 44, 38, 21, 63, 8), "Boden": (35, 171, 37, 27, 16, 52, 5),
    "Haparanda": (14, 66, 21, 9, 5, 22, 2), "Kiruna": (16, 83, 19, 21, 10, 29, 4),
}
J25 = {("Arbetspraktik", ("Arvidsjaur", "Arjeplog")): 9, ("Arbetsmarknadsutbildning", ("Överkalix", "Kalix")): 41,
       ("Förberedande insatser", ("Övertorneå", "Pajala")): 17}
P24 = {
    "Arvidsjaur": (8, 35, 11, 4, None, 9, 1), "Arjeplog": (3, 14, 5, 3, None, 4, 0),
    "Jokkmokk": (6, 30, 9, 3, 4, 8, 1), "Överkalix": (4, 21, 3, None, 2, 5, 1),
    "Kalix": (21, 104, 17, None, 9, 25, 2), "Övertorneå": (5, 26, 6, 2, 3, None, 0),
    "Pajala": (7, 37, 8, 3, 2, None, 1), "Gällivare": (17, 84, 27, 16, 11, 27, 3),
    "Älvsbyn": (10, 47, 11, 5, 5, 12, 1), "Luleå": (117, 431, 139, 88, 52, 141, 17),
    "Piteå": (49, 197, 52, 33, 24, 57, 7), "Boden": (42, 180, 45, 24, 18, 47, 4),
    "Haparanda": (17, 71, 26, 8, 6, 19, 2), "Kiruna": (19, 88, 23, 18, 12, 26, 3),
}
J24 = {("Arbetspraktik", ("Arvidsjaur", "Arjeplog")): 12, ("Arbetsmarknadsutbildning", ("Överkalix", "Kalix")): 37,
       ("Förberedande insatser", ("Övertorneå", "Pajala")): 15}


def prog_sheet(wb, title, P, J, month_text):
    ws = wb.create_sheet(title)
    thin = Side(style="thin", color="999999")
    bold = Font(bold=True)
    ws["A1"] = f"Deltagare i arbetsmarknadspolitiska program efter kommun, {month_text}"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Antal personer vid månadens slut. Norrbottens län. Källa: Arbetsförmedlingen."
    ws["A2"].font = Font(italic=True, size=9)
    # header rows 4-5
    ws.cell(4, 1, "Kommun").font = bold
    ws.merge_cells(start_row=4, start_column=1, end_row=5, end_column=1)
    for g, a, b in GROUPS:
        ws.cell(4, 2 + a, g).font = bold
        if b > a:
            ws.merge_cells(start_row=4, start_column=2 + a, end_row=4, end_column=2 + b)
        ws.cell(4, 2 + a).alignment = Alignment(horizontal="center")
    for i, p in enumerate(PROG):
        c = ws.cell(5, 2 + i, p)
        c.font = bold
        c.alignment = Alignment(wrap_text=True, vertical="top", horizontal="center")
    ws.row_dimensions[5].height = 45
    # Excel row order: alphabetical? AF uses kommunkod order
    row0 = 6
    rowof = {}
    for r, k in enumerate(NAMES):
        rowof[k] = row0 + r
        ws.cell(row0 + r, 1, k)
        for i, v in enumerate(P[k]):
            if v is not None:
                ws.cell(row0 + r, 2 + i, v)
    # joint (merged) cells – pairs must be adjacent in kommunkod order
    for (prog, pair), v in J.items():
        ci = 2 + PROG.index(prog)
        rows = sorted(rowof[k] for k in pair)
        assert rows[1] - rows[0] == 1, pair
        ws.cell(rows[0], ci, v)
        ws.merge_cells(start_row=rows[0], start_column=ci, end_row=rows[1], end_column=ci)
        ws.cell(rows[0], ci).alignment = Alignment(vertical="center", horizontal="right")
    tot_row = row0 + len(NAMES)
    ws.cell(tot_row, 1, "Norrbottens län").font = bold
    for i, p in enumerate(PROG):
        s = sum(P[k][i] for k in NAMES if P[k][i] is not None) + sum(v for (pp, _), v in J.items() if pp == p)
        c = ws.cell(tot_row, 2 + i, s)
        c.font = bold
    for r in range(4, tot_row + 1):
        for c in range(1, 2 + len(PROG)):
            ws.cell(r, c).border = Border(top=thin, bottom=thin, left=thin, right=thin)
    ws.cell(tot_row + 2, 1, "Sammanslagna celler: deltagarna redovisas gemensamt för två kommuner som delar "
                           "arbetsförmedlingskontor, se fliken Läs mig.").font = Font(size=9, italic=True)
    ws.column_dimensions["A"].width = 18
    for i in range(len(PROG)):
        ws.column_dimensions[openpyxl.utils.get_column_letter(2 + i)].width = 15
    ws.freeze_panes = "B6"


def make_prog():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Läs mig"
    txt = [
        "Arbetsförmedlingen – Deltagare i program, Norrbottens län",
        "",
        "Flikar: 'Okt 2025' och 'Okt 2024' (antal deltagare i program vid respektive månads slut).",
        "Redovisningen avser personer 16–64 år som är inskrivna och deltar i ett arbetsmarknadspolitiskt program med aktivitetsstöd, "
        "utvecklingsersättning eller etableringsersättning.",
        "Tabellen omfattar samtliga program. Det finns ingen totalkolumn per kommun; länsraden är summan av kolumnen.",
        "",
        "Gemensam redovisning: För några program registreras deltagandet på det arbetsförmedlingskontor som har hand om "
        "insatsen och inte på kommun. Där redovisas ett gemensamt värde för två kommuner i en sammanslagen cell:",
        "  – Arbetspraktik: Arvidsjaur och Arjeplog",
        "  – Arbetsmarknadsutbildning: Överkalix och Kalix",
        "  – Förberedande insatser: Övertorneå och Pajala",
        "Värdet kan inte fördelas på respektive kommun.",
        "",
        "Uttag: 2025-11-18, Arbetsförmedlingen Analysavdelningen.",
    ]
    for t in txt:
        ws.append([t])
    ws.column_dimensions["A"].width = 110
    prog_sheet(wb, "Okt 2025", P25, J25, "oktober 2025")
    prog_sheet(wb, "Okt 2024", P24, J24, "oktober 2024")
    wb.save(os.path.join(OUT, "AF_programdeltagare_Norrbotten_okt2025.xlsx"))


# ==========================================================================================================
# PDF helpers
# ==========================================================================================================
pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVI", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"))
from reportlab.pdfbase.pdfmetrics import registerFontFamily  # noqa: E402

registerFontFamily("DV", normal="DV", bold="DVB", italic="DVI", boldItalic="DVB")

ST_H1 = ParagraphStyle("h1", fontName="DVB", fontSize=16, leading=20, spaceAfter=6)
ST_H2 = ParagraphStyle("h2", fontName="DVB", fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=4)
ST_P = ParagraphStyle("p", fontName="DV", fontSize=9.5, leading=13.2, spaceAfter=5, alignment=TA_LEFT)
ST_CAP = ParagraphStyle("cap", fontName="DVB", fontSize=9, leading=12, spaceBefore=6, spaceAfter=3)
ST_NOTE = ParagraphStyle("note", fontName="DVI", fontSize=7.5, leading=9.5, spaceBefore=2, spaceAfter=6)
ST_CELL = ParagraphStyle("cell", fontName="DV", fontSize=8, leading=9.5)
ST_CELLB = ParagraphStyle("cellb", fontName="DVB", fontSize=8, leading=9.5)


def page_deco(title, org):
    def _f(canv, doc):
        canv.saveState()
        canv.setFont("DV", 7.5)
        canv.setFillColor(colors.HexColor("#555555"))
        canv.drawString(20 * mm, 287 * mm, org)
        canv.drawRightString(190 * mm, 287 * mm, title)
        canv.setStrokeColor(colors.HexColor("#999999"))
        canv.line(20 * mm, 285.5 * mm, 190 * mm, 285.5 * mm)
        canv.drawCentredString(105 * mm, 10 * mm, f"{doc.page}")
        canv.restoreState()
    return _f


def rl_table(rows, colw, header_rows=1, bold_last=False, align_right_from=1):
    t = RLTable(rows, colWidths=colw, repeatRows=header_rows)
    st = [("FONT", (0, 0), (-1, -1), "DV", 8), ("FONT", (0, 0), (-1, header_rows - 1), "DVB", 8),
          ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
          ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.6, colors.black),
          ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
          ("ALIGN", (align_right_from, 0), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
          ("TOPPADDING", (0, 0), (-1, -1), 1.6), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6)]
    if bold_last:
        st += [("FONT", (0, -1), (-1, -1), "DVB", 8), ("LINEABOVE", (0, -1), (-1, -1), 0.4, colors.black)]
    t.setStyle(TableStyle(st))
    return t


# ==========================================================================================================
# 5. AF Arbetsmarknadsläget – choropleth map + tables
# ==========================================================================================================
RATE25 = {"Luleå": 5.4, "Piteå": 4.6, "Boden": 5.9, "Kiruna": 3.1, "Gällivare": 3.4, "Kalix": 6.3,
          "Haparanda": 8.7, "Älvsbyn": 5.2, "Arvidsjaur": 4.9, "Arjeplog": 3.8, "Jokkmokk": 5.6, "Pajala": 4.1,
          "Övertorneå": 7.4, "Överkalix": 7.9}
RATE25_LAN, RATE24_LAN, RATE25_RIKET = 5.1, 5.3, 6.9
# Tabell 1: kvinnor, män okt 2025; totalt okt 2024
ARBL = {"Arvidsjaur": (54, 67, 128), "Arjeplog": (19, 28, 51), "Jokkmokk": (47, 62, 104), "Överkalix": (38, 52, 97),
        "Kalix": (189, 243, 451), "Övertorneå": (51, 64, 122), "Pajala": (47, 66, 109), "Gällivare": (118, 142, 247),
        "Älvsbyn": (82, 103, 191), "Luleå": (1011, 1203, 2297), "Piteå": (431, 558, 1049),
        "Boden": (323, 418, 779), "Haparanda": (167, 214, 378), "Kiruna": (142, 191, 346)}
# Tabell 2 county-only groups: (okt 2025, okt 2024)
GRP = [("Samtliga inskrivna arbetslösa 16–64 år", None, None),
       ("Kvinnor", None, None), ("Män", None, None),
       ("Unga 18–24 år", 641, 702), ("Utrikes födda", 2486, 2611),
       ("Arbetslösa 12 månader eller längre", 2213, 2154),
       ("Med funktionsnedsättning som medför nedsatt arbetsförmåga", 1592, 1548)]

# Norrbotten outline (lon, lat) – stylised
OUTLINE = [(16.3, 66.0), (16.9, 66.6), (17.6, 67.3), (17.9, 67.9), (18.6, 68.5), (19.9, 68.4), (20.1, 69.05),
           (20.6, 69.06), (21.5, 68.7), (22.4, 68.45), (23.1, 68.2), (23.7, 67.8), (23.5, 67.2), (23.9, 66.8),
           (23.7, 66.45), (24.1, 66.1), (24.15, 65.8), (23.6, 65.75), (23.2, 65.72), (22.6, 65.62),
           (22.3, 65.45), (21.8, 65.3), (21.5, 65.15), (21.3, 64.98), (20.5, 65.0), (19.6, 65.05),
           (18.6, 65.15), (17.8, 65.5), (17.0, 65.7)]
SEEDS = {"Kiruna": ((20.0, 68.2), 1.6), "Pajala": ((22.9, 67.55), 0.35), "Gällivare": ((20.6, 67.2), 0.3),
         "Jokkmokk": ((18.9, 66.75), 0.5), "Arjeplog": ((17.5, 66.15), 0.25), "Arvidsjaur": ((19.2, 65.6), 0.2),
         "Älvsbyn": ((20.6, 65.75), 0.0), "Piteå": ((21.0, 65.3), 0.05), "Boden": ((21.6, 66.0), 0.03),
         "Luleå": ((22.2, 65.62), -0.02), "Överkalix": ((22.5, 66.4), 0.05), "Kalix": ((23.0, 65.95), -0.03),
         "Övertorneå": ((23.45, 66.75), 0.0), "Haparanda": ((23.85, 65.98), -0.04)}
LABEL_POS = {k: v[0] for k, v in SEEDS.items()}
LABEL_POS.update({"Kiruna": (19.9, 68.3), "Pajala": (22.8, 67.6), "Gällivare": (20.4, 67.25),
                  "Övertorneå": (23.35, 66.9), "Jokkmokk": (18.7, 66.65), "Överkalix": (22.45, 66.42),
                  "Arjeplog": (17.55, 66.15), "Haparanda": (23.85, 66.15), "Boden": (21.55, 65.92),
                  "Kalix": (23.05, 65.92), "Älvsbyn": (20.55, 65.68), "Luleå": (22.3, 65.68),
                  "Arvidsjaur": (19.3, 65.43), "Piteå": (20.95, 65.2)})
CLASSES = [(0, 4.0, "#fde9d9", "under 4,0 %"), (4.0, 5.0, "#f8c3a0", "4,0–4,9 %"), (5.0, 6.0, "#ef9365", "5,0–5,9 %"),
           (6.0, 7.0, "#d9603b", "6,0–6,9 %"), (7.0, 99, "#a8321d", "7,0 % och högre")]


def point_in_poly(x, y, poly):
    inside = False
    n = len(poly)
    for i in range(n):
        x1, y1 = poly[i]
        x2, y2 = poly[(i + 1) % n]
        if (y1 > y) != (y2 > y):
            xi = x1 + (y - y1) * (x2 - x1) / (y2 - y1)
            if x < xi:
                inside = not inside
    return inside


def assign(lon, lat):
    best, bk = None, None
    cx = math.cos(math.radians(66.5))
    for k, ((sx, sy), w) in SEEDS.items():
        d2 = ((lon - sx) * cx) ** 2 + (lat - sy) ** 2 - w * 0.35
        if best is None or d2 < best:
            best, bk = d2, k
    return bk


class MapFlowable(Flowable):
    def __init__(self, width, height):
        super().__init__()
        self.width, self.height = width, height

    def draw(self):
        c = self.canv
        lon0, lon1, lat0, lat1 = 16.1, 24.4, 64.85, 69.2
        cx = math.cos(math.radians(66.5))
        sx = (self.width - 70 * mm) / ((lon1 - lon0) * cx)
        sy = self.height / (lat1 - lat0)
        s = min(sx, sy)

        def P(lon, lat):
            return ((lon - lon0) * cx * s, (lat - lat0) * s)

        step_lon, step_lat = 0.06, 0.025
        grid = {}
        nx = int((lon1 - lon0) / step_lon)
        ny = int((lat1 - lat0) / step_lat)
        for i in range(nx):
            for j in range(ny):
                lon = lon0 + (i + 0.5) * step_lon
                lat = lat0 + (j + 0.5) * step_lat
                if point_in_poly(lon, lat, OUTLINE):
                    grid[(i, j)] = assign(lon, lat)
        colour = {}
        for k in NAMES:
            for lo, hi, col, _ in CLASSES:
                if lo <= RATE25[k] < hi:
                    colour[k] = colors.HexColor(col)
        for (i, j), k in grid.items():
            x, y = P(lon0 + i * step_lon, lat0 + j * step_lat)
            x2, y2 = P(lon0 + (i + 1) * step_lon, lat0 + (j + 1) * step_lat)
            c.setFillColor(colour[k])
            c.setStrokeColor(colour[k])
            c.setLineWidth(0.2)
            c.rect(x, y, x2 - x, y2 - y, fill=1, stroke=1)
        # borders
        c.setStrokeColor(colors.white)
        c.setLineWidth(0.8)
        for (i, j), k in grid.items():
            x, y = P(lon0 + i * step_lon, lat0 + j * step_lat)
            x2, y2 = P(lon0 + (i + 1) * step_lon, lat0 + (j + 1) * step_lat)
            if grid.get((i + 1, j), k) != k:
                c.line(x2, y, x2, y2)
            if grid.get((i, j + 1), k) != k:
                c.line(x, y2, x2, y2)
        # outline
        c.setStrokeColor(colors.HexColor("#444444"))
        c.setLineWidth(0.7)
        pts = [P(*p) for p in OUTLINE]
        path = c.beginPath()
        path.moveTo(*pts[0])
        for p in pts[1:]:
            path.lineTo(*p)
        path.close()
        c.drawPath(path, fill=0, stroke=1)
        # labels: name over value
        for k in NAMES:
            x, y = P(*LABEL_POS[k])
            val = sv(RATE25[k], 1) + " %"
            c.setFillColor(colors.Color(1, 1, 1, alpha=0.75))
            wname = pdfmetrics.stringWidth(k, "DVB", 6.8)
            wv = pdfmetrics.stringWidth(val, "DV", 6.8)
            ww = max(wname, wv) + 3
            c.rect(x - ww / 2, y - 9, ww, 17.5, fill=1, stroke=0)
            c.setFillColor(colors.black)
            c.setFont("DVB", 6.8)
            c.drawCentredString(x, y + 1.5, k)
            c.setFont("DV", 6.8)
            c.drawCentredString(x, y - 6.5, val)
        # legend
        lx = (lon1 - lon0) * cx * s + 8 * mm
        ly = self.height - 20 * mm
        c.setFont("DVB", 8)
        c.drawString(lx, ly + 10, "Andel inskrivna arbetslösa")
        c.setFont("DV", 7.5)
        for n, (lo, hi, col, lab) in enumerate(CLASSES[::-1]):
            yy = ly - n * 13
            c.setFillColor(colors.HexColor(col))
            c.rect(lx, yy - 2, 10, 8, fill=1, stroke=0)
            c.setFillColor(colors.black)
            c.drawString(lx + 14, yy, lab)
        c.setFont("DV", 7.5)
        c.drawString(lx, ly - 5 * 13 - 6, f"Norrbottens län: {sv(RATE25_LAN, 1)} %")
        c.drawString(lx, ly - 5 * 13 - 17, f"Riket: {sv(RATE25_RIKET, 1)} %")
        c.setFont("DVI", 6.5)
        c.drawString(lx, ly - 5 * 13 - 32, "Kartunderlag: förenklade")
        c.drawString(lx, ly - 5 * 13 - 40, "kommungränser.")


def make_af_pdf():
    path = os.path.join(OUT, "AF_Arbetsmarknadslaget_Norrbotten_okt2025.pdf")
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                            bottomMargin=18 * mm, title="Arbetsmarknadsläget i Norrbottens län, oktober 2025",
                            author="Arbetsförmedlingen Analysavdelningen")
    tot25 = {k: ARBL[k][0] + ARBL[k][1] for k in NAMES}
    lan25 = sum(tot25.values())
    lan24 = sum(ARBL[k][2] for k in NAMES)
    kv = sum(ARBL[k][0] for k in NAMES)
    m = sum(ARBL[k][1] for k in NAMES)
    st = []
    st.append(Paragraph("Arbetsmarknadsläget i Norrbottens län", ST_H1))
    st.append(Paragraph("Månadsrapport oktober 2025 · Arbetsförmedlingen Analysavdelningen · Publicerad 2025-11-12",
                        ParagraphStyle("sub", parent=ST_P, fontName="DVI", fontSize=8.5)))
    st.append(Paragraph("Sammanfattning", ST_H2))
    st.append(Paragraph(
        f"I slutet av oktober 2025 var {sv(lan25)} personer i åldern 16–64 år inskrivna som arbetslösa vid "
        f"Arbetsförmedlingen i Norrbottens län. Det är {sv(lan24 - lan25)} färre än i oktober 2024, då {sv(lan24)} personer "
        f"var inskrivna arbetslösa. Andelen inskrivna arbetslösa av den registerbaserade arbetskraften uppgick till "
        f"{sv(RATE25_LAN, 1)} procent, jämfört med {sv(RATE24_LAN, 1)} procent för ett år sedan och {sv(RATE25_RIKET, 1)} procent "
        "i riket. Norrbotten har därmed fortsatt en av de lägsta arbetslöshetsnivåerna bland landets län.", ST_P))
    st.append(Paragraph(
        "Skillnaderna inom länet är stora. Malmfälten har fortsatt låg arbetslöshet till följd av den höga "
        "efterfrågan på arbetskraft inom gruvnäringen och de stora industriinvesteringarna. I oktober 2023 låg "
        "andelen i Kiruna på 2,8 procent och i Gällivare på 3,0 procent. Högst andel har de östra kommunerna i "
        "Tornedalen och längs Kalixälven, där arbetslösheten under 2024 som högst låg på 9,4 procent i en enskild kommun.",
        ST_P))
    st.append(Paragraph(
        "Under perioden januari–oktober 2025 skrevs 9 812 personer in som nya arbetssökande i länet, vilket är 4 procent "
        "fler än motsvarande period 2024. Antalet nyanmälda lediga platser minskade samtidigt med 7 procent.", ST_P))
    st.append(Paragraph("Figur 1. Inskrivna arbetslösa 16–64 år, andel (%) av den registerbaserade arbetskraften, "
                        "oktober 2025, per kommun", ST_CAP))
    st.append(MapFlowable(170 * mm, 150 * mm))
    st.append(Paragraph("Källa: Arbetsförmedlingen. Den registerbaserade arbetskraften avser 2024 års uppgifter från SCB.",
                        ST_NOTE))
    st.append(PageBreak())
    st.append(Paragraph("Inskrivna arbetslösa per kommun", ST_H2))
    st.append(Paragraph(
        "Antalet inskrivna arbetslösa minskade i tio av länets fjorton kommuner jämfört med oktober förra året. "
        "I Tabell 1 redovisas antalet efter kön. Observera att andelarna i Figur 1 inte kan räknas fram ur tabellen, "
        "eftersom arbetskraften per kommun inte redovisas här.", ST_P))
    rows = [["Kommun", "Kvinnor", "Män", "Totalt\nokt 2025", "Totalt\nokt 2024", "Förändring,\nantal"]]
    for k in NAMES:
        a, b, c = ARBL[k]
        d = a + b - c
        rows.append([k, sv(a), sv(b), sv(a + b), sv(c), ("+" if d > 0 else "–" if d < 0 else "") + sv(abs(d))])
    d = lan25 - lan24
    rows.append(["Norrbottens län", sv(kv), sv(m), sv(lan25), sv(lan24), ("+" if d > 0 else "–") + sv(abs(d))])
    st.append(Paragraph("Tabell 1. Inskrivna arbetslösa 16–64 år efter kommun och kön, oktober 2025 samt "
                        "totalt oktober 2024", ST_CAP))
    st.append(rl_table(rows, [38 * mm, 22 * mm, 22 * mm, 24 * mm, 24 * mm, 24 * mm], bold_last=True))
    st.append(Paragraph("Anm. Kommun avser den sökandes folkbokföringskommun. Inskrivna arbetslösa = öppet arbetslösa "
                        "och sökande i program med aktivitetsstöd.", ST_NOTE))
    st.append(Paragraph("Grupper med svagare förankring på arbetsmarknaden", ST_H2))
    st.append(Paragraph(
        "Av de inskrivna arbetslösa tillhör en stor del någon av de grupper som har svagare förankring på "
        "arbetsmarknaden. Antalet långtidsarbetslösa har ökat något trots att den totala arbetslösheten minskat. "
        "Uppdelningen på grupper redovisas endast för länet som helhet; kommunuppgifter finns i Arbetsförmedlingens "
        "statistikdatabas.", ST_P))
    rows2 = [["Grupp", "Okt 2025", "Okt 2024", "Förändring"]]
    for g, a, b in GRP:
        if g.startswith("Samtliga"):
            a, b = lan25, lan24
        elif g == "Kvinnor":
            a, b = kv, 2812
        elif g == "Män":
            a, b = m, lan24 - 2812
        d = a - b
        rows2.append([g, sv(a), sv(b), ("+" if d > 0 else "–") + sv(abs(d))])
    st.append(Paragraph("Tabell 2. Inskrivna arbetslösa i Norrbottens län efter grupp, oktober 2025 och oktober 2024",
                        ST_CAP))
    st.append(rl_table(rows2, [88 * mm, 24 * mm, 24 * mm, 24 * mm]))
    st.append(Paragraph("Anm. Grupperna överlappar varandra och kan inte summeras.", ST_NOTE))
    st.append(Paragraph(
        "Nästa månadsrapport, för november 2025, publiceras den 11 december 2025. Frågor om statistiken besvaras av "
        "Arbetsförmedlingens analysavdelning i Luleå.", ST_P))
    doc.build(st, onFirstPage=page_deco("Arbetsmarknadsläget oktober 2025", "Arbetsförmedlingen · Norrbottens län"),
              onLaterPages=page_deco("Arbetsmarknadsläget oktober 2025", "Arbetsförmedlingen · Norrbottens län"))
    return tot25, lan25, lan24


# ==========================================================================================================
# 6. Företagandet i Norrbotten 2024 – "2024 (2023)" cells and accounting negatives
# ==========================================================================================================
NYST = {"Arvidsjaur": (34, 29), "Arjeplog": (22, 17), "Jokkmokk": (31, 27), "Överkalix": (13, 15),
        "Kalix": (71, 66), "Övertorneå": (17, 19), "Pajala": (25, 28), "Gällivare": (84, 77), "Älvsbyn": (36, 32),
        "Luleå": (512, 486), "Piteå": (229, 238), "Boden": (121, 109), "Haparanda": (38, 41), "Kiruna": (118, 124)}
# befolkning 16–64 år (31 dec 2024, 31 dec 2023)
POP1664 = {"Arvidsjaur": (3288, 3321), "Arjeplog": (1498, 1529), "Jokkmokk": (2689, 2731), "Överkalix": (1641, 1678),
           "Kalix": (8492, 8560), "Övertorneå": (2267, 2318), "Pajala": (3306, 3342), "Gällivare": (10112, 10184),
           "Älvsbyn": (4548, 4571), "Luleå": (50876, 50512), "Piteå": (25881, 25794), "Boden": (16390, 16402),
           "Haparanda": (5296, 5372), "Kiruna": (13988, 13941)}
BRANSCH = [("Jordbruk, skogsbruk och fiske", 2310, 2265), ("Tillverkning och utvinning", 14980, 15420),
           ("Energi och miljö", 1910, 2005), ("Byggverksamhet", 9840, 9528), ("Handel", 9120, 8902),
           ("Transport och magasinering", 5460, 5398), ("Hotell och restauranger", 3240, 3311),
           ("Information och kommunikation", 2180, 2236), ("Finans, försäkring och fastighet", 1750, 1772),
           ("Företagstjänster", 9600, 9715), ("Offentlig förvaltning och försvar", 8930, 9104),
           ("Utbildning", 11420, 11505), ("Vård och omsorg", 19850, 20120),
           ("Personliga och kulturella tjänster", 4050, 3998), ("Okänd verksamhet", 620, 588)]


def acct(x, dec=0):
    """accounting style: negatives in parentheses"""
    if x < 0:
        return "(" + sv(-x, dec) + ")"
    return sv(x, dec)


def make_foretag_pdf():
    path = os.path.join(OUT, "Foretagandet_i_Norrbotten_2024.pdf")
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                            bottomMargin=18 * mm, title="Företagandet i Norrbotten 2024",
                            author="Region Norrbotten, Regional utveckling")
    st = []
    st.append(Paragraph("Företagandet i Norrbotten 2024", ST_H1))
    st.append(Paragraph("Regional utveckling · Analys och statistik · Rapport 2025:7", ParagraphStyle(
        "sub2", parent=ST_P, fontName="DVI", fontSize=8.5)))
    st.append(Paragraph("1. Inledning", ST_H2))
    st.append(Paragraph(
        "Denna rapport är en del av Region Norrbottens årliga uppföljning av näringslivet i länet. Den beskriver "
        "nyföretagandet per kommun och hur sysselsättningen utvecklats i olika branscher. Underlaget kommer från "
        "Tillväxtanalys statistik över nystartade företag och SCB:s registerbaserade arbetsmarknadsstatistik. "
        "Rapporten ersätter inte den officiella statistiken, men gör den lättare att jämföra mellan länets kommuner.",
        ST_P))
    tot24 = sum(v[0] for v in NYST.values())
    tot23 = sum(v[1] for v in NYST.values())
    p24 = sum(v[0] for v in POP1664.values())
    p23 = sum(v[1] for v in POP1664.values())
    st.append(Paragraph("2. Nystartade företag", ST_H2))
    st.append(Paragraph(
        f"Under 2024 startades {sv(tot24)} nya företag i Norrbottens län, jämfört med {sv(tot23)} året innan. "
        f"Det motsvarar {sv(tot24 / p24 * 1000, 1)} nystartade företag per 1 000 invånare i åldern 16–64 år. Nivån är "
        "fortfarande lägre än i riket som helhet, där motsvarande tal var 11,2. År 2022 startades 1 391 företag i "
        "länet och toppåret 2021 var antalet 1 512, då många enskilda firmor registrerades under pandemin.", ST_P))
    st.append(Paragraph(
        "Luleå står för den största delen av nyföretagandet, men i förhållande till befolkningen är det flera av "
        "inlandskommunerna som ligger högst. Besöksnäringen och testverksamheten för fordonsindustrin i inlandet "
        "bidrar till ett relativt sett högt nyföretagande där.", ST_P))
    rows = [["Kommun", "Nystartade företag,\nantal", "Per 1 000 inv.\n16–64 år"]]
    for k in NAMES:
        a24, a23 = NYST[k]
        r24 = a24 / POP1664[k][0] * 1000
        r23 = a23 / POP1664[k][1] * 1000
        rows.append([k, f"{sv(a24)} ({sv(a23)})", f"{sv(r24, 1)} ({sv(r23, 1)})"])
    rows.append(["Norrbottens län", f"{sv(tot24)} ({sv(tot23)})",
                 f"{sv(tot24 / p24 * 1000, 1)} ({sv(tot23 / p23 * 1000, 1)})"])
    st.append(Paragraph("Tabell 1. Nystartade företag per kommun 2024", ST_CAP))
    st.append(rl_table(rows, [45 * mm, 40 * mm, 40 * mm], bold_last=True))
    st.append(Paragraph("Inom parentes anges motsvarande värde för 2023. Befolkningen avser 31 december respektive år. "
                        "Källa: Tillväxtanalys, Nystartade företag; SCB, Befolkningsstatistik.", ST_NOTE))
    st.append(PageBreak())
    st.append(Paragraph("3. Sysselsättning efter bransch", ST_H2))
    tb23 = sum(b[1] for b in BRANSCH)
    tb24 = sum(b[2] for b in BRANSCH)
    st.append(Paragraph(
        f"Antalet sysselsatta med arbetsplats i länet (dagbefolkning) ökade från {sv(tb23)} i november 2023 till "
        f"{sv(tb24)} i november 2024. Ökningen drevs främst av tillverkning och utvinning samt vård och omsorg. "
        "Mellan 2022 och 2023 var det i stället handeln som tappade mest, med drygt 400 sysselsatta, medan byggverksamheten "
        "då växte med 520 personer i samband med de stora industriprojekten i Luleå och Boden.", ST_P))
    rows = [["Bransch (SNI 2007)", "Sysselsatta\n2023", "Sysselsatta\n2024", "Förändring,\nantal", "Förändring,\n%"]]
    for b, a, c in BRANSCH:
        rows.append([b, sv(a), sv(c), acct(c - a), acct(round((c - a) / a * 100, 1), 1)])
    rows.append(["Samtliga branscher", sv(tb23), sv(tb24), acct(tb24 - tb23), acct(round((tb24 - tb23) / tb23 * 100, 1), 1)])
    st.append(Paragraph("Tabell 2. Förvärvsarbetande 16–74 år med arbetsställe i Norrbottens län efter bransch, "
                        "november 2023 och 2024", ST_CAP))
    st.append(rl_table(rows, [62 * mm, 24 * mm, 24 * mm, 24 * mm, 24 * mm], bold_last=True))
    st.append(Paragraph("Negativa tal anges inom parentes. Källa: SCB, RAMS/BAS (dagbefolkning).", ST_NOTE))
    st.append(Paragraph("4. Konkurser", ST_H2))
    st.append(Paragraph(
        "Under 2024 inleddes 97 konkurser i aktiebolag och enskilda näringsidkare med säte i länet, vilket är 12 fler "
        "än 2023. De konkursdrabbade företagen hade sammanlagt 341 anställda. Byggverksamhet och hotell och "
        "restauranger svarade tillsammans för nästan hälften av konkurserna. Någon fördelning av konkurserna per "
        "kommun redovisas inte i denna rapport.", ST_P))
    st.append(Paragraph("5. Slutsatser", ST_H2))
    st.append(Paragraph(
        "Nyföretagandet i Norrbotten ökade under 2024 men ligger kvar under riksgenomsnittet. Den strukturomvandling "
        "som pågår genom industrisatsningarna i länet syns framför allt i tillverkningsindustrin, medan byggsektorn "
        "minskade i antal sysselsatta efter flera år av tillväxt. Region Norrbotten kommer att följa utvecklingen "
        "i nästa års rapport.", ST_P))
    deco = page_deco("Företagandet i Norrbotten 2024", "Region Norrbotten · Regional utveckling")
    doc.build(st, onFirstPage=deco, onLaterPages=deco)


if __name__ == "__main__":
    make_edu()
    make_pend()
    make_sjuk()
    make_prog()
    make_af_pdf()
    make_foretag_pdf()
    print("wrote", sorted(os.listdir(OUT)))
