#!/usr/bin/env python3
"""r162: build six realistic Swedish statistics exports into OUT_DIR.

Usage: python r162_make_files.py [OUT_DIR]   (default ./out)

Files:
 1. skolverket_slutbetyg_ak9_dalarna_2024-25.xlsx
 2. fk_sjukfall_yrke_vasterbotten_2023-2024.csv
 3. af_inskrivna_tid_utan_arbete_blekinge.csv
 4. scb_medellon_lan_sektor_kon_2022-2024.xlsx
 5. kolada_vasterbotten_bostadsbyggande_pendling.csv
 6. region_jonkoping_befolkningsprognos_2025-2040.pdf
Nothing is written outside OUT_DIR.
"""
import os
import random
import sys

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = sys.argv[1] if len(sys.argv) > 1 else "./out"
os.makedirs(OUT, exist_ok=True)
R = random.Random(162)


def sv(x, dec=1):
    """Swedish decimal comma."""
    return f"{x:.{dec}f}".replace(".", ",")


def split_counts(total, shares):
    """Split an integer total by shares with largest remainder, sum preserved."""
    raw = [total * s / sum(shares) for s in shares]
    base = [int(v) for v in raw]
    rest = total - sum(base)
    order = sorted(range(len(raw)), key=lambda i: raw[i] - base[i], reverse=True)
    for i in order[:rest]:
        base[i] += 1
    return base


thin = Side(style="thin", color="999999")
BOX = Border(top=thin, bottom=thin, left=thin, right=thin)
HEAD_FILL = PatternFill("solid", fgColor="DDE6F0")

# ---------------------------------------------------------------------------
# 1. Skolverket: slutbetyg åk 9, Dalarna, XLSX with two-row merged header
# ---------------------------------------------------------------------------
DALARNA = [
    ("2021", "Vansbro", 6650, 0.82), ("2023", "Malung-Sälen", 10050, 0.86),
    ("2026", "Gagnef", 10230, 0.91), ("2029", "Leksand", 15950, 0.90),
    ("2031", "Rättvik", 10870, 0.84), ("2034", "Orsa", 6930, 0.80),
    ("2039", "Älvdalen", 7060, 0.83), ("2061", "Smedjebacken", 10680, 0.85),
    ("2062", "Mora", 20560, 0.88), ("2080", "Falun", 59940, 0.89),
    ("2081", "Borlänge", 52310, 0.81), ("2082", "Säter", 11040, 0.87),
    ("2083", "Hedemora", 15210, 0.79), ("2084", "Avesta", 22750, 0.77),
    ("2085", "Ludvika", 25560, 0.80),
]
LASAR = ["2020/21", "2021/22", "2022/23", "2023/24", "2024/25"]


def make_school():
    rows = []  # latest year detailed rows
    series = {}  # name -> list of (n, behoriga) per läsår
    for code, name, pop, base in DALARNA:
        # drift backwards in time
        if name == "Ludvika":
            bases = [0.865, 0.85, 0.83, 0.815, base]
        else:
            b = base
            bases = [base]
            for _ in range(4):
                b = b + R.uniform(-0.02, 0.02)
                bases.insert(0, b)
        ser = []
        for yi, b in enumerate(bases):
            n = round(pop * 0.0117 * (1 + R.uniform(-0.06, 0.06)) * (0.97 + 0.0075 * yi))
            nf = round(n * R.uniform(0.46, 0.52))
            nm = n - nf
            pf = min(0.98, b + 0.02 + R.uniform(-0.015, 0.015))
            pm = min(0.97, b - 0.02 + R.uniform(-0.015, 0.015))
            bf, bm = round(nf * pf), round(nm * pm)
            ser.append((n, bf + bm))
            if yi == 4:
                ptot = (bf + bm) / n
                est = round(n * (ptot - R.uniform(0.005, 0.015)))
                ek = round(n * (ptot - R.uniform(0.010, 0.022)))
                nat = round(n * (ptot - R.uniform(0.03, 0.07)))
                alla = round(n * (ptot - R.uniform(0.07, 0.12)))
                mf = 210 + (b - 0.75) * 250 + R.uniform(-4, 4)
                mm = mf - R.uniform(18, 28)
                mf, mm = round(mf, 1), round(mm, 1)
                mt = round((nf * mf + nm * mm) / n, 1)
                rows.append(dict(code=code, name=name, n=n, nf=nf, nm=nm, bf=bf, bm=bm,
                                 est=est, ek=ek, nat=nat, alla=alla, mf=mf, mm=mm, mt=mt))
        series[name] = ser
    # county
    c = dict(code="20", name="Dalarnas län")
    for k in ["n", "nf", "nm", "bf", "bm", "est", "ek", "nat", "alla"]:
        c[k] = sum(r[k] for r in rows)
    c["mf"] = round(sum(r["nf"] * r["mf"] for r in rows) / c["nf"], 1)
    c["mm"] = round(sum(r["nm"] * r["mm"] for r in rows) / c["nm"], 1)
    c["mt"] = round((c["nf"] * c["mf"] + c["nm"] * c["mm"]) / c["n"], 1)
    county_series = [(sum(series[r["name"]][i][0] for r in rows),
                      sum(series[r["name"]][i][1] for r in rows)) for i in range(5)]

    def shares(r):
        n = r["n"]
        return [
            r["n"], r["nf"], r["nm"],
            round(100 * r["alla"] / n, 1),
            round(100 * (r["bf"] + r["bm"]) / n, 1), round(100 * r["bf"] / r["nf"], 1),
            round(100 * r["bm"] / r["nm"], 1),
            round(100 * r["est"] / n, 1), round(100 * r["ek"] / n, 1), round(100 * r["nat"] / n, 1),
            r["mt"], r["mf"], r["mm"],
        ]

    riket = [121540, 59210, 62330, 73.8, 85.1, 86.9, 83.4, 83.7, 83.2, 80.1, 228.6, 240.7, 217.1]

    wb = Workbook()
    ws = wb.active
    ws.title = "Slutbetyg åk 9"
    ws["A1"] = "Slutbetyg i årskurs 9 läsåret 2024/25 – Dalarnas län"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Elever i kommunala och fristående skolor efter skolkommun. Samtliga elever med slutbetyg."
    ws["A3"] = "Källa: Skolverket, officiell statistik om slutbetyg i årskurs 9. Publicerad 2025-09-25."
    ws["A3"].font = Font(italic=True, size=9)
    h1 = ["Kommun-\nkod", "Kommun", "Antal elever", None, None,
          "Andel (%) som\nuppnått kunskaps-\nkraven i alla ämnen",
          "Andel (%) behöriga till yrkesprogram", None, None,
          "Andel (%) behöriga till högskoleförberedande program", None, None,
          "Genomsnittligt meritvärde (17 ämnen)", None, None]
    h2 = [None, None, "Totalt", "Flickor", "Pojkar", "Totalt", "Totalt", "Flickor", "Pojkar",
          "Estetiskt\nprogram", "Ekonomi, hum.,\nsamhällsvet.", "Naturvet.,\nteknik",
          "Totalt", "Flickor", "Pojkar"]
    for j, v in enumerate(h1, 1):
        ws.cell(5, j, v)
    for j, v in enumerate(h2, 1):
        ws.cell(6, j, v)
    for rng in ["A5:A6", "B5:B6", "C5:E5", "F5:F6", "G5:I5", "J5:L5", "M5:O5"]:
        ws.merge_cells(rng)
    for r in (5, 6):
        for j in range(1, 16):
            cell = ws.cell(r, j)
            cell.font = Font(bold=True, size=9)
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            cell.fill = HEAD_FILL
            cell.border = BOX
    ws.row_dimensions[5].height = 42
    ws.row_dimensions[6].height = 30
    data = [("", "Riket", riket), ("20", "Dalarnas län", shares(c))]
    data += [(r["code"], r["name"], shares(r)) for r in rows]
    rr = 7
    for code, name, vals in data:
        ws.cell(rr, 1, code)
        ws.cell(rr, 2, name)
        for j, v in enumerate(vals, 3):
            cell = ws.cell(rr, j, v)
            cell.number_format = "# ##0" if j <= 5 else "0.0"
            cell.border = BOX
        if name in ("Riket", "Dalarnas län"):
            for j in range(1, 16):
                ws.cell(rr, j).font = Font(bold=True)
        rr += 1
    rr += 1
    notes = [
        "Förklaringar:",
        "Meritvärdet är summan av de 16 bästa betygen samt betyget i moderna språk (max 340 poäng). "
        "Genomsnittet beräknas för elever som fått betyg i minst ett ämne.",
        "Behörig till yrkesprogram: godkända betyg i svenska/svenska som andraspråk, engelska, matematik "
        "och i minst fem andra ämnen.",
        "Behörig till högskoleförberedande program: godkända betyg i svenska/svenska som andraspråk, engelska, "
        "matematik och i minst nio andra ämnen, varav vissa programspecifika.",
        "Länets uppgifter avser elever i länets skolkommuner. Tidsserie för behörighet finns på fliken "
        "'Tidsserie behörighet'.",
        ". = uppgift redovisas inte (färre än 10 elever)   .. = uppgift saknas",
    ]
    for t in notes:
        ws.cell(rr, 1, t).font = Font(size=9, italic=(t != "Förklaringar:"), bold=(t == "Förklaringar:"))
        rr += 1
    ws.column_dimensions["A"].width = 8
    ws.column_dimensions["B"].width = 16
    for col in "CDEFGHIJKLMNO":
        ws.column_dimensions[col].width = 11
    ws.freeze_panes = "C7"

    ws2 = wb.create_sheet("Tidsserie behörighet")
    ws2["A1"] = "Andel (%) elever i årskurs 9 som är behöriga till gymnasieskolans yrkesprogram, läsåren 2020/21–2024/25"
    ws2["A1"].font = Font(bold=True, size=12)
    ws2["A2"] = "Samtliga elever (flickor och pojkar). Källa: Skolverket."
    ws2.cell(4, 1, "Kommunkod")
    ws2.cell(4, 2, "Kommun")
    for j, l in enumerate(LASAR, 3):
        ws2.cell(4, j, l)
    for j in range(1, 8):
        ws2.cell(4, j).font = Font(bold=True)
        ws2.cell(4, j).fill = HEAD_FILL
    riket_ser = [85.9, 85.3, 84.7, 84.8, 85.1]
    r2 = 5
    lines = [("", "Riket", riket_ser),
             ("20", "Dalarnas län", [round(100 * b / n, 1) for n, b in county_series])]
    lines += [(r["code"], r["name"], [round(100 * b / n, 1) for n, b in series[r["name"]]]) for r in rows]
    for code, name, vals in lines:
        ws2.cell(r2, 1, code)
        ws2.cell(r2, 2, name)
        for j, v in enumerate(vals, 3):
            ws2.cell(r2, j, v).number_format = "0.0"
        r2 += 1
    ws2.cell(r2 + 1, 1, "Uppgifter för läsår före 2020/21 redovisas i Skolverkets databas SIRIS.").font = Font(italic=True, size=9)
    ws2.column_dimensions["B"].width = 16
    wb.save(os.path.join(OUT, "skolverket_slutbetyg_ak9_dalarna_2024-25.xlsx"))


# ---------------------------------------------------------------------------
# 2. FK: pågående sjukfall efter yrke, Västerbotten, long CSV (UTF-8 BOM, ;)
# ---------------------------------------------------------------------------
YRKEN = [
    ("0 Militärt arbete", 60, 640, None, 11.0),
    ("1 Chefsyrken", 3300, 4600, 22.0, 10.0),
    ("2 Yrken med krav på fördjupad högskolekompetens", 16800, 11900, 30.0, 13.0),
    ("3 Yrken med krav på högskolekompetens eller motsvarande", 7400, 8900, 31.0, 14.0),
    ("4 Yrken inom administration och kundtjänst", 4300, 2200, 38.0, 18.0),
    ("5 Service-, omsorgs- och försäljningsyrken", 19600, 8700, 44.0, 24.0),
    ("6 Yrken inom lantbruk, trädgård, skogsbruk och fiske", 500, 1600, 28.0, 17.0),
    ("7 Yrken inom byggverksamhet och tillverkning", 900, 12600, 41.0, None),
    ("8 Yrken inom maskinell tillverkning och transport m.m.", 2100, 11200, 43.0, 22.0),
    ("9 Yrken med krav på kortare utbildning eller introduktion", 3600, 3200, 52.0, 27.0),
    ("Uppgift om yrke saknas", 2100, 2300, 35.0, 19.0),
]


def make_fk():
    recs = {}  # (year, yrke, kon) -> (count, emp)
    for yrke, ek, em, rk, rm in YRKEN:
        for year in (2023, 2024):
            f_emp = 1.0 if year == 2024 else R.uniform(0.975, 1.015)
            kemp = round(ek * f_emp * R.uniform(0.985, 1.015))
            memp = round(em * f_emp * R.uniform(0.985, 1.015))
            if yrke.startswith("0"):
                kc = 2 if year == 2024 else 3
            else:
                rate = rk * (1 if year == 2024 else R.uniform(0.92, 1.0)) * R.uniform(0.97, 1.03)
                kc = round(kemp * rate / 1000)
            if yrke.startswith("7"):
                memp = 12480 if year == 2023 else 12600
                mc = 232 if year == 2023 else 257
            else:
                rate = rm * (1 if year == 2024 else R.uniform(0.92, 1.0)) * R.uniform(0.97, 1.03)
                mc = round(memp * rate / 1000)
            recs[(year, yrke, "Kvinnor")] = (kc, kemp)
            recs[(year, yrke, "Män")] = (mc, memp)
            recs[(year, yrke, "Kvinnor och män")] = (kc + mc, kemp + memp)
    for year in (2023, 2024):
        for kon in ("Kvinnor", "Män", "Kvinnor och män"):
            recs[(year, "Samtliga yrken", kon)] = (
                sum(recs[(year, y[0], kon)][0] for y in YRKEN),
                sum(recs[(year, y[0], kon)][1] for y in YRKEN))
    lines = [
        "Pågående sjukfall längre än 14 dagar i december efter yrke (SSYK 2012), kön och år. Västerbottens län",
        "Källa: Försäkringskassan (MiDAS) samkört med SCB:s yrkesregister. Uttag 2025-03-14",
        "",
        "År;Län;Yrke (SSYK 2012);Kön;Antal pågående sjukfall;Antal anställda 16-64 år;Sjukfall per 1 000 anställda",
    ]
    order = [y[0] for y in YRKEN] + ["Samtliga yrken"]
    for year in (2023, 2024):
        for yrke in order:
            for kon in ("Kvinnor", "Män", "Kvinnor och män"):
                c, e = recs[(year, yrke, kon)]
                if c < 5:
                    cs, rs = "..", ".."
                else:
                    cs, rs = str(c), sv(1000 * c / e)
                lines.append(f"{year};Västerbottens län;{yrke};{kon};{cs};{e};{rs}")
    lines += [
        "",
        "Förklaringar:",
        ".. = uppgift redovisas inte av diskretionsskäl (färre än 5 sjukfall). Uppgiften ingår i summeringar.",
        "Sjukfall avser pågående sjukfall med sjukpenning den 31 december som varat längre än 14 dagar.",
        "Antal anställda avser anställda 16-64 år i november året före enligt yrkesregistret, arbetsställets län.",
    ]
    with open(os.path.join(OUT, "fk_sjukfall_yrke_vasterbotten_2023-2024.csv"), "w",
              encoding="utf-8-sig", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------
# 3. AF: inskrivna arbetslösa efter tid utan arbete, Blekinge, PxWeb CSV Latin-1
# ---------------------------------------------------------------------------
BLEKINGE = [
    ("1060 Olofström", [723, 688, 746, 771], [6240, 6210, 6180],
     [0.40, 0.17, 0.18, 0.25], 0.012),
    ("1080 Karlskrona", [2314, 2283, 2468, 2527], [32420, 32610, 32730],
     [0.44, 0.17, 0.16, 0.23], 0.010),
    ("1081 Ronneby", [1706, 1652, 1693, 1738], [13080, 13020, 13010],
     [0.37, 0.16, 0.18, 0.29], 0.012),
    ("1082 Karlshamn", [1382, 1417, 1561, 1608], [15280, 15340, 15390],
     [0.40, 0.17, 0.17, 0.26], 0.011),
    ("1083 Sölvesborg", [611, 643, 737, 762], [8010, 8060, 8090],
     [0.46, 0.18, 0.15, 0.21], 0.009),
]
DUR = ["0-5 månader", "6-11 månader", "12-23 månader", "24- månader"]
PER = ["2022", "2023", "2024", "2025M10"]


def make_af():
    table = {}  # region -> period -> [d0,d1,d2,d3,tot]
    ak = {}
    for name, tots, aks, shares, drift in BLEKINGE:
        ak[name] = aks
        table[name] = {}
        for pi, (p, tot) in enumerate(zip(PER, tots)):
            # long-term share grows a little every period
            sh = [shares[0] - 2 * drift * (pi - 2), shares[1], shares[2] + drift * (pi - 2),
                  shares[3] + drift * (pi - 2)]
            sh = [max(0.05, s + R.uniform(-0.008, 0.008)) for s in sh]
            parts = split_counts(tot, sh)
            table[name][p] = parts + [tot]
    cname = "10 Blekinge län"
    table[cname] = {p: [sum(table[n][p][i] for n, *_ in BLEKINGE) for i in range(5)] for p in PER}
    ak[cname] = [sum(ak[n][i] for n, *_ in BLEKINGE) for i in range(3)]
    lines = [
        '"Inskrivna arbetslösa 16-64 år efter region, tid utan arbete, tabellinnehåll och period"',
        "",
        '"region";"tid utan arbete";"tabellinnehåll";"2022";"2023";"2024";"2025M10"',
    ]
    for name in [n for n, *_ in BLEKINGE] + [cname]:
        for ti, tinn in enumerate(["Antal", "Andel av registerbaserad arbetskraft, %"]):
            for di, dlab in enumerate(DUR + ["Totalt"]):
                vals = []
                for pi, p in enumerate(PER):
                    v = table[name][p][di]
                    if ti == 0:
                        vals.append(str(v))
                    elif pi < 3:
                        vals.append(sv(100 * v / ak[name][pi]))
                    else:
                        vals.append("..")
                lines.append(f'"{name}";"{dlab}";"{tinn}";' + ";".join(vals))
    lines += [
        "",
        '"Fotnoter:"',
        '"2022, 2023 och 2024 avser årsmedeltal. 2025M10 avser antal inskrivna vid slutet av oktober 2025 (preliminär uppgift)."',
        '"Inskrivna arbetslösa = öppet arbetslösa + sökande i program med aktivitetsstöd."',
        '"Tid utan arbete = sammanhängande tid som inskriven arbetslös; kortare avbrott (högst 30 dagar) bryter inte tiden."',
        '"Registerbaserad arbetskraft 16-64 år för 2025 finns ännu inte, därför redovisas .. för andelar 2025M10."',
        '"Källa: Arbetsförmedlingen"',
    ]
    with open(os.path.join(OUT, "af_inskrivna_tid_utan_arbete_blekinge.csv"), "w",
              encoding="latin-1", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------
# 4. SCB: genomsnittlig månadslön efter län, sektor, kön, år. XLSX, stacked blocks
# ---------------------------------------------------------------------------
LAN = [  # name, level 2024 (total samtliga), employees (thousands), private share
    ("01 Stockholms län", 47900, 1300, 0.76), ("03 Uppsala län", 42300, 190, 0.62),
    ("04 Södermanlands län", 38400, 120, 0.66), ("05 Östergötlands län", 39700, 210, 0.67),
    ("06 Jönköpings län", 37900, 175, 0.72), ("07 Kronobergs län", 38300, 98, 0.70),
    ("08 Kalmar län", 37200, 110, 0.67), ("09 Gotlands län", 36100, 28, 0.58),
    ("10 Blekinge län", 38200, 70, 0.63), ("12 Skåne län", 40200, 640, 0.69),
    ("13 Hallands län", 39100, 160, 0.70), ("14 Västra Götalands län", 41000, 840, 0.71),
    ("17 Värmlands län", 37600, 125, 0.65), ("18 Örebro län", 38900, 140, 0.66),
    ("19 Västmanlands län", 39500, 120, 0.68), ("20 Dalarnas län", 37800, 130, 0.66),
    ("21 Gävleborgs län", 37500, 125, 0.66), ("22 Västernorrlands län", 38300, 112, 0.64),
    ("23 Jämtlands län", 37000, 60, 0.60), ("24 Västerbottens län", 39000, 130, 0.61),
    ("25 Norrbottens län", 40800, 122, 0.63),
]
YEARS_W = [2022, 2023, 2024]


def r100(x):
    return int(round(x / 100.0)) * 100


def make_wages():
    raw = {}  # lan -> year -> dict of unrounded cell values & weights
    for name, lvl, emp, ps in LAN:
        pm = lvl * R.uniform(1.07, 1.11)
        pk = pm * R.uniform(0.86, 0.90)
        om = lvl * R.uniform(1.00, 1.04)
        ok = om * R.uniform(0.93, 0.96)
        wk_p, wk_o = 0.40, 0.70  # share women in private / public
        g23 = R.uniform(0.036, 0.041)
        g24 = R.uniform(0.034, 0.040)
        if name.startswith("09"):
            g23, g24 = 0.043, 0.047  # Gotland: strong catch-up in private sector
        raw[name] = {}
        for y in YEARS_W:
            f = 1.0 if y == 2024 else (1 / (1 + g24) if y == 2023 else 1 / ((1 + g24) * (1 + g23)))
            nP, nO = emp * ps, emp * (1 - ps)
            d = dict(pk=pk * f, pm=pm * f, ok=ok * f, om=om * f,
                     nPk=nP * wk_p, nPm=nP * (1 - wk_p), nOk=nO * wk_o, nOm=nO * (1 - wk_o))
            raw[name][y] = d
    # Riket: weighted over counties
    rk = {}
    for y in YEARS_W:
        d = {}
        for cell, w in (("pk", "nPk"), ("pm", "nPm"), ("ok", "nOk"), ("om", "nOm")):
            num = sum(raw[n][y][cell] * raw[n][y][w] for n, *_ in LAN)
            den = sum(raw[n][y][w] for n, *_ in LAN)
            d[cell] = num / den
            d[w] = den
        rk[y] = d
    raw = {"Riket": rk, **raw}

    def cells(d):
        sk = (d["pk"] * d["nPk"] + d["ok"] * d["nOk"]) / (d["nPk"] + d["nOk"])
        sm = (d["pm"] * d["nPm"] + d["om"] * d["nOm"]) / (d["nPm"] + d["nOm"])
        st = (sk * (d["nPk"] + d["nOk"]) + sm * (d["nPm"] + d["nOm"])) / (
            d["nPk"] + d["nOk"] + d["nPm"] + d["nOm"])
        pt = (d["pk"] * d["nPk"] + d["pm"] * d["nPm"]) / (d["nPk"] + d["nPm"])
        ot = (d["ok"] * d["nOk"] + d["om"] * d["nOm"]) / (d["nOk"] + d["nOm"])
        vals = [r100(v) for v in (sk, sm, st, d["pk"], d["pm"], pt, d["ok"], d["om"], ot)]
        vals.append(round(100 * vals[0] / vals[1], 1))
        return vals

    wb = Workbook()
    ws = wb.active
    ws.title = "Medellön"
    ws["A1"] = "Genomsnittlig månadslön (kronor) efter län, sektor, kön och år 2022–2024"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Lönestrukturstatistik, hela ekonomin. Omräknat till heltidslön. Arbetsställets län."
    ws["A2"].font = Font(italic=True, size=9)
    h4 = ["Län", "År", "Samtliga sektorer", None, None, "Privat sektor", None, None,
          "Offentlig sektor", None, None, "Kvinnors lön i\nprocent av mäns,\nsamtliga sektorer"]
    h5 = [None, None] + ["Kvinnor", "Män", "Totalt"] * 3 + [None]
    for j, v in enumerate(h4, 1):
        ws.cell(4, j, v)
    for j, v in enumerate(h5, 1):
        ws.cell(5, j, v)
    for rng in ["A4:A5", "B4:B5", "C4:E4", "F4:H4", "I4:K4", "L4:L5"]:
        ws.merge_cells(rng)
    for r in (4, 5):
        for j in range(1, 13):
            c = ws.cell(r, j)
            c.font = Font(bold=True, size=9)
            c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            c.fill = HEAD_FILL
            c.border = BOX
    ws.row_dimensions[4].height = 44
    rr = 6
    for name in raw:
        for yi, y in enumerate(YEARS_W):
            ws.cell(rr, 1, name if yi == 0 else None)
            ws.cell(rr, 2, y)
            for j, v in enumerate(cells(raw[name][y]), 3):
                c = ws.cell(rr, j, v)
                c.number_format = "# ##0" if j < 12 else "0.0"
            if name == "Riket":
                for j in range(1, 13):
                    ws.cell(rr, j).font = Font(bold=True)
            if yi == 2:
                for j in range(1, 13):
                    ws.cell(rr, j).border = Border(bottom=thin)
            rr += 1
    rr += 1
    for t in ["Lönerna avrundas till närmaste hundratal kronor.",
              "Offentlig sektor = statlig sektor, kommuner och regioner.",
              "Kvinnors lön i procent av mäns beräknas på de avrundade medellönerna i tabellen.",
              "Källa: SCB och Medlingsinstitutet, Lönestrukturstatistik, hela ekonomin."]:
        ws.cell(rr, 1, t).font = Font(italic=True, size=9)
        rr += 1
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 7
    for col in "CDEFGHIJK":
        ws.column_dimensions[col].width = 10
    ws.column_dimensions["L"].width = 15
    ws.freeze_panes = "C6"
    ws2 = wb.create_sheet("Om statistiken")
    texts = [
        "Om statistiken",
        "",
        "Lönestrukturstatistiken samlas in med mätmånad september (privat sektor genom urval, offentlig sektor totalundersökning).",
        "Månadslönen omfattar fast lön, fasta tillägg och rörliga tillägg; deltidslöner räknas om till heltid.",
        "Tabellen redovisar medellöner (aritmetiskt medelvärde). Percentiler och medianlöner redovisas inte per län i denna tabell.",
        "Kontakt: lonestruktur@scb.se",
    ]
    for i, t in enumerate(texts, 1):
        ws2.cell(i, 1, t)
    ws2["A1"].font = Font(bold=True, size=12)
    ws2.column_dimensions["A"].width = 110
    wb.save(os.path.join(OUT, "scb_medellon_lan_sektor_kon_2022-2024.xlsx"))


# ---------------------------------------------------------------------------
# 5. Kolada-style long CSV, Västerbotten: bostadsbyggande och utpendling
# ---------------------------------------------------------------------------
VB = [  # id, name, pop 2021-24, apartments 2021-24, pendling K,M 2022/2023
    ("2401", "Nordmaling", [7050, 7020, 7000, 6990], [6, 14, 0, 9], (31.2, 37.5)),
    ("2403", "Bjurholm", [2430, 2420, 2410, 2400], [0, 4, 0, 2], (43.1, 46.8)),
    ("2404", "Vindeln", [5400, 5390, 5360, 5350], [3, 0, 8, 5], (33.0, 37.9)),
    ("2409", "Robertsfors", [6720, 6700, 6680, 6710], [10, 22, 12, 68], (35.4, 40.6)),
    ("2417", "Norsjö", [4020, 4000, 3980, 3960], [0, 6, 0, 4], (27.5, 32.9)),
    ("2418", "Malå", [3050, 3030, 3010, 2990], [2, 0, 0, 0], (18.2, 22.4)),
    ("2421", "Storuman", [5900, 5890, 5850, 5840], [24, 41, 18, 12], (10.4, 13.1)),
    ("2422", "Sorsele", [2460, 2440, 2420, 2400], [None, 0, 3, 0], (12.7, 15.0)),
    ("2425", "Dorotea", [2560, 2540, 2510, 2500], [0, 0, 2, 0], (16.3, 19.8)),
    ("2460", "Vännäs", [8750, 8830, 8900, 8950], [28, 45, 62, 36], (52.6, 56.3)),
    ("2462", "Vilhelmina", [6720, 6690, 6650, 6620], [4, 8, 0, 14], (8.9, 11.2)),
    ("2463", "Åsele", [2760, 2740, 2720, 2700], [0, 0, 0, 3], (18.9, 21.5)),
    ("2480", "Umeå", [130990, 132240, 133140, 133890], [1182, 1364, 1027, 812], (6.8, 9.4)),
    ("2481", "Lycksele", [12130, 12180, 12210, 12190], [16, 48, 30, 22], (10.6, 13.8)),
    ("2482", "Skellefteå", [73900, 75620, 77480, 78350], [214, 486, 835, 612], (5.9, 8.7)),
]
YRS_K = [2021, 2022, 2023, 2024]


def fmt_point(v, dec):
    s = f"{v:.{dec}f}"
    return s


def make_kolada():
    pops = {}
    for kid, name, pop, apts, pend in VB:
        pops[kid] = [p + R.randint(-35, 35) for p in pop]
    rows = []
    head = '"Kommun-ID","Kommun","Nyckeltal-ID","Nyckeltal","År","Kön","Värde"'
    for kid, name, pop, apts, pend in VB:
        p = pops[kid]
        for i, y in enumerate(YRS_K):
            rows.append((kid, name, "N01951", "Invånare totalt, antal", y, "T", str(p[i])))
        for i, y in enumerate(YRS_K):
            v = "" if apts[i] is None else str(apts[i])
            rows.append((kid, name, "N07932", "Färdigställda lägenheter i nybyggda hus, antal", y, "T", v))
        for i, y in enumerate(YRS_K):
            v = "" if apts[i] is None else fmt_point(1000 * apts[i] / p[i], 1)
            rows.append((kid, name, "N07933", "Färdigställda lägenheter i nybyggda hus, antal/1000 inv", y, "T", v))
        for yi, y in enumerate((2022, 2023)):
            k, m = pend
            k = k - (0.4 if yi == 0 else 0) + R.uniform(-0.3, 0.3) * (yi == 0)
            m = m - (0.5 if yi == 0 else 0) + R.uniform(-0.3, 0.3) * (yi == 0)
            t = (k * 0.48 + m * 0.52)
            for kon, val in (("K", k), ("M", m), ("T", t)):
                rows.append((kid, name, "N00968",
                             "Förvärvsarbetande invånare 20-64 år som pendlar ut över kommungräns, andel (%)",
                             y, kon, fmt_point(val, 1)))
    # county rows (population and apartments)
    cp = [sum(pops[k[0]][i] for k in VB) for i in range(4)]
    ca = [sum((k[3][i] or 0) for k in VB) for i in range(4)]
    for i, y in enumerate(YRS_K):
        rows.append(("0024", "Västerbottens län", "N01951", "Invånare totalt, antal", y, "T", str(cp[i])))
    for i, y in enumerate(YRS_K):
        rows.append(("0024", "Västerbottens län", "N07932", "Färdigställda lägenheter i nybyggda hus, antal", y, "T", str(ca[i])))
    for i, y in enumerate(YRS_K):
        rows.append(("0024", "Västerbottens län", "N07933", "Färdigställda lägenheter i nybyggda hus, antal/1000 inv", y, "T",
                     fmt_point(1000 * ca[i] / cp[i], 1)))
    lines = [head]
    for r in rows:
        lines.append(",".join([f'"{r[0]}"', f'"{r[1]}"', f'"{r[2]}"', f'"{r[3]}"', str(r[4]), f'"{r[5]}"', r[6]]))
    with open(os.path.join(OUT, "kolada_vasterbotten_bostadsbyggande_pendling.csv"), "w",
              encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------
# 6. PDF: Region Jönköpings län, befolkningsprognos 2025–2040
# ---------------------------------------------------------------------------
JKP = [  # name, pop 2024, growth 2030, 2035, 2040 (relative to 2024)
    ("Aneby", 6985, -0.018, -0.034, -0.049),
    ("Gnosjö", 9612, -0.012, -0.026, -0.041),
    ("Mullsjö", 7431, 0.022, 0.041, 0.058),
    ("Habo", 12748, 0.051, 0.097, 0.139),
    ("Gislaved", 29703, -0.004, -0.011, -0.019),
    ("Vaggeryd", 14412, 0.021, 0.042, 0.061),
    ("Jönköping", 144694, 0.039, 0.076, 0.109),
    ("Nässjö", 31688, 0.006, 0.011, 0.014),
    ("Värnamo", 34826, 0.018, 0.035, 0.051),
    ("Sävsjö", 11389, -0.009, -0.019, -0.031),
    ("Vetlanda", 27914, 0.002, 0.004, 0.005),
    ("Eksjö", 17802, -0.003, -0.007, -0.012),
    ("Tranås", 19531, 0.008, 0.015, 0.021),
]


def sp(n):
    """Thousands with space (non-breaking in the PDF)."""
    s = f"{abs(n):,}".replace(",", "\u00a0")
    return ("\u2212" if n < 0 else "") + s


def make_pdf():
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                    TableStyle)

    font, bold = "Helvetica", "Helvetica-Bold"
    for path in ("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
                 "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"):
        bpath = path.replace("Regular", "Bold").replace("Sans.ttf", "Sans-Bold.ttf")
        if os.path.exists(path) and os.path.exists(bpath):
            pdfmetrics.registerFont(TTFont("Body", path))
            pdfmetrics.registerFont(TTFont("BodyB", bpath))
            font, bold = "Body", "BodyB"
            break
    minus_ok = font != "Helvetica"

    def m(s):
        return s if minus_ok else s.replace("\u2212", "-")

    rows = []
    for name, p24, g30, g35, g40 in JKP:
        rows.append([name, p24, round(p24 * (1 + g30)), round(p24 * (1 + g35)), round(p24 * (1 + g40))])
    tot = ["Jönköpings län"] + [sum(r[i] for r in rows) for i in range(1, 5)]

    # age groups for county 2024 and 2035 (20-64 as residual)
    ages = [("0–5 år", 24930, 23410), ("6–15 år", 45120, 41760), ("16–19 år", 17880, 18640),
            ("20–64 år", None, None), ("65–79 år", 56790, 60980), ("80 år och äldre", 19420, 26870)]
    known24 = sum(a[1] for a in ages if a[1]); known35 = sum(a[2] for a in ages if a[2])
    ages[3] = ("20–64 år", tot[1] - known24, tot[3] - known35)

    H = ParagraphStyle("h", fontName=bold, fontSize=17, leading=21, spaceAfter=6)
    H2 = ParagraphStyle("h2", fontName=bold, fontSize=12, leading=15, spaceBefore=8, spaceAfter=4)
    B = ParagraphStyle("b", fontName=font, fontSize=10, leading=13.5, alignment=TA_JUSTIFY, spaceAfter=6)
    CAP = ParagraphStyle("c", fontName=bold, fontSize=9, leading=11, spaceBefore=6, spaceAfter=3)
    FN = ParagraphStyle("f", fontName=font, fontSize=7.5, leading=9.5, textColor=colors.HexColor("#444444"))

    def header_footer(canv, doc):
        canv.saveState()
        canv.setFont(font, 8)
        canv.setFillColor(colors.HexColor("#555555"))
        if doc.page > 1:
            canv.drawString(20 * mm, 287 * mm, "Region Jönköpings län · Befolkningsprognos 2025–2040 · Kortversion")
            canv.line(20 * mm, 285.5 * mm, 190 * mm, 285.5 * mm)
        canv.drawRightString(190 * mm, 12 * mm, f"Sida {doc.page} av 3")
        canv.drawString(20 * mm, 12 * mm, "Analys och uppföljning, Regional utveckling")
        canv.restoreState()

    growth = tot[4] - tot[1]
    story = [
        Paragraph("Befolkningsprognos 2025–2040 för Jönköpings län och länets kommuner", H),
        Paragraph("Kortversion · Dnr RJL 2025/1187 · Fastställd av regionala utvecklingsnämnden 2025-06-12", FN),
        Spacer(1, 6),
        Paragraph("Sammanfattning", H2),
        Paragraph(m(
            f"Vid utgången av 2024 hade Jönköpings län {sp(tot[1])} invånare, vilket är 1\u00a0236 fler än året "
            f"innan. Enligt huvudalternativet i årets prognos fortsätter befolkningen att växa, men i lägre takt än "
            f"under 2010-talet. År 2040 beräknas länet ha {sp(tot[4])} invånare, en ökning med {sp(growth)} personer "
            f"eller {sv(100 * growth / tot[1])} procent jämfört med 2024. I förra årets prognos (2024–2039) "
            f"beräknades länet nå 384\u00a0600 invånare redan 2039; den lägre nivån nu förklaras främst av ett "
            f"minskat invandringsöverskott och färre födda."), B),
        Paragraph(m(
            "Tillväxten koncentreras till Jönköpings kommun och kommunerna i dess närhet, framför allt Habo och "
            "Mullsjö. Flera mindre kommuner i länets östra och västra delar väntas minska något. Det beror på "
            "att antalet döda överstiger antalet födda och att inflyttningen inte räcker för att kompensera. "
            "Prognosen bygger på antaganden om fruktsamhet, dödlighet och flyttningar och ska läsas som en "
            "trolig utveckling givet dessa antaganden, inte som ett mål."), B),
        Paragraph("Tabell 1. Folkmängd 31 december 2024 (utfall) och prognos 2030, 2035 och 2040 per kommun", CAP),
    ]
    t1 = [["Kommun", "Utfall\n2024", "Prognos\n2030", "Prognos\n2035", "Prognos\n2040",
           "Förändring\n2024–2040", "Förändring\n2024–2040, %"]]
    for r in rows + [tot]:
        ch = r[4] - r[1]
        t1.append([r[0]] + [sp(v) for v in r[1:5]] + [m(sp(ch) if ch < 0 else "+" + sp(ch)),
                                                       m(("\u2212" if ch < 0 else "+") + sv(abs(100 * ch / r[1])))])
    tab1 = Table(t1, colWidths=[30 * mm, 21 * mm, 21 * mm, 21 * mm, 21 * mm, 24 * mm, 26 * mm], repeatRows=1)
    tab1.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), font, 8.5),
        ("FONT", (0, 0), (-1, 0), bold, 8),
        ("FONT", (0, -1), (-1, -1), bold, 8.5),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E4ECF4")),
        ("ROWBACKGROUNDS", (0, 1), (-1, -2), [colors.white, colors.HexColor("#F5F5F5")]),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    story += [tab1,
              Paragraph("Källa: SCB (utfall 2024), Region Jönköpings län (prognos). Prognosvärden avrundas inte "
                        "men bör tolkas med försiktighet för små kommuner.", FN),
              PageBreak(),
              Paragraph("Åldersstrukturen förändras", H2),
              Paragraph(m(
                  "Den största förändringen i prognosen gäller de äldsta. Antalet invånare som är 80 år eller äldre "
                  "ökar kraftigt när de stora årskullarna från 1940-talet passerar 80 år, och fram till 2040 väntas "
                  "gruppen bli omkring 45 procent större än i dag. Samtidigt minskar antalet barn i förskole- och "
                  "grundskoleåldrarna eftersom antalet födda har sjunkit sedan 2017. Antalet personer i arbetsför "
                  "ålder, 20–64 år, ökar bara svagt, vilket innebär att försörjningskvoten stiger."), B),
              Paragraph(m(
                  "För kommunernas planering innebär detta ett minskat behov av förskoleplatser i de flesta kommuner "
                  "på fem till tio års sikt, medan behovet av äldreomsorg ökar i alla kommuner. Tabell 2 visar "
                  "länets befolkning i sex åldersgrupper 2024 och 2035."), B),
              Paragraph("Tabell 2. Jönköpings län, folkmängd efter åldersgrupp 2024 (utfall) och 2035 (prognos)", CAP)]
    t2 = [["Åldersgrupp", "2024", "2035", "Förändring,\nantal", "Förändring,\n%"]]
    for lab, a, b in ages:
        ch = b - a
        t2.append([lab, sp(a), sp(b), m(sp(ch) if ch < 0 else "+" + sp(ch)),
                   m(("\u2212" if ch < 0 else "+") + sv(abs(100 * ch / a)))])
    a_tot, b_tot = sum(a[1] for a in ages), sum(a[2] for a in ages)
    t2.append(["Totalt", sp(a_tot), sp(b_tot), "+" + sp(b_tot - a_tot), "+" + sv(100 * (b_tot - a_tot) / a_tot)])
    tab2 = Table(t2, colWidths=[36 * mm, 24 * mm, 24 * mm, 26 * mm, 24 * mm])
    tab2.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), font, 9),
        ("FONT", (0, 0), (-1, 0), bold, 8.5),
        ("FONT", (0, -1), (-1, -1), bold, 9),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E4ECF4")),
    ]))
    story += [tab2, Spacer(1, 8),
              Paragraph("Kommunernas utveckling", H2),
              Paragraph(m(
                  f"Jönköpings kommun står för den största delen av länets ökning i antal, och kommunen väntas passera "
                  f"160\u00a0000 invånare under slutet av 2030-talet. Habo har den högsta relativa tillväxten bland "
                  f"länets kommuner. Värnamo och Vaggeryd växer i en takt ungefär i nivå med länet. Aneby, Gnosjö, "
                  f"Sävsjö, Gislaved och Eksjö beräknas ha färre invånare 2040 än 2024. I Vetlanda är befolkningen "
                  f"i stort sett oförändrad över perioden."), B),
              PageBreak(),
              Paragraph("Metod och antaganden", H2),
              Paragraph(
                  "Prognosen är framtagen med en kohort-komponentmodell där befolkningen skrivs fram ett år i taget "
                  "efter kön och ettårsklasser. Fruktsamhet och dödlighet bygger på länets utfall 2020–2024 justerat "
                  "mot SCB:s riksprognos. Inflyttning från övriga Sverige och utrikes bygger på genomsnittet för "
                  "2019–2024 med en gradvis minskning av invandringen enligt riksprognosen. Prognosen tar inte hänsyn "
                  "till enskilda bostadsprojekt utöver de som ingår i kommunernas bostadsförsörjningsprogram.", B),
              Paragraph(
                  "Prognosen sträcker sig till och med 2040. Ett alternativ med högre inflyttning redovisas i den "
                  "fullständiga rapporten. Detaljerade tabeller per kommun, kön och ettårsklass kan beställas från "
                  "analysenheten.", B),
              Spacer(1, 10),
              Paragraph("Fotnoter", CAP),
              Paragraph("1) Utfall avser folkmängd den 31 december enligt SCB:s befolkningsstatistik.", FN),
              Paragraph("2) Summan av kommunerna motsvarar länets totala folkmängd.", FN),
              Paragraph("3) Procentuell förändring beräknas mot utfallet 2024.", FN),
              ]
    doc = SimpleDocTemplate(os.path.join(OUT, "region_jonkoping_befolkningsprognos_2025-2040.pdf"),
                            pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                            bottomMargin=20 * mm, title="Befolkningsprognos 2025–2040",
                            author="Region Jönköpings län")
    doc.build(story, onFirstPage=header_footer, onLaterPages=header_footer)


if __name__ == "__main__":
    make_school()
    make_fk()
    make_af()
    make_wages()
    make_kolada()
    make_pdf()
    print("wrote", sorted(os.listdir(OUT)))
