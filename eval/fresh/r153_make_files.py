#!/usr/bin/env python3
"""r153 – Blekinge statistics knowledge base (six files).

Usage: python r153_make_files.py OUT_DIR

Files:
 1. Jordbruksverket_utbetalda_stod_Blekinge_2024.csv      (Latin-1, ;, record level per mottagare x åtgärd)
 2. SCB_tatorter_Blekinge_2020_2023.csv                   (UTF-8, comma, quoted, one row per tätort)
 3. FK_VAB_per_vecka_Blekinge_2025-2026.xlsx              (ISO weeks as rows, merged blocks)
 4. Hamnstatistik_Blekinge_2024-2025.xlsx                 (tons stored, shown in 1 000 ton via number format)
 5. RegionBlekinge_statistikbilaga_forvarvsarbetande_2023.pdf (table split by COLUMNS over two pages)
 6. AF_Blekinge_arbetsmarknadsrapport_Q3_2025.pdf         (coded column headers A–E with a legend)
"""
import csv
import datetime as dt
import io
import math
import os
import random
import sys

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer,
                                Table, TableStyle)

KOMMUNER = ["Karlshamn", "Karlskrona", "Olofström", "Ronneby", "Sölvesborg"]
KOMMUNKOD = {"Olofström": "1060", "Karlskrona": "1080", "Ronneby": "1081",
             "Karlshamn": "1082", "Sölvesborg": "1083"}


def sv_num(x, dec=0, thousands=" "):
    """Swedish number formatting: space thousands, decimal comma."""
    neg = x < 0
    x = abs(x)
    s = f"{x:,.{dec}f}".replace(",", "§").replace(".", ",").replace("§", thousands)
    return ("-" if neg else "") + s


# ---------------------------------------------------------------------------
# 1. Jordbruksverket – utbetalda stöd per stödmottagare 2024
# ---------------------------------------------------------------------------
ATGARDER = {
    "G01": ("Grundstöd för inkomst", 1.0),
    "G02": ("Omfördelningsstöd", 1.0),
    "G03": ("Stöd till unga jordbrukare", 1.0),
    "N01": ("Nötkreatursstöd", 1.0),
    "E01": ("Ersättning för ekologisk produktion", 1.0),
    "M10": ("Ersättning för betesmarker och slåtterängar", 0.6),
    "K05": ("Kompensationsstöd", 0.6),
    "I01": ("Investeringsstöd för ökad konkurrenskraft", 0.6),
}

POSTORTER = {
    "Karlshamn": [("374 91", "Karlshamn"), ("375 91", "Mörrum"), ("374 94", "Trensum"),
                  ("376 92", "Svängsta"), ("374 96", "Trensum")],
    "Karlskrona": [("371 94", "Lyckeby"), ("370 30", "Rödeby"), ("373 02", "Ramdala"),
                   ("373 73", "Jämjö"), ("370 24", "Nättraby"), ("371 93", "Karlskrona"),
                   ("373 41", "Fågelmara")],
    "Olofström": [("293 92", "Olofström"), ("293 72", "Jämshög"), ("293 73", "Kyrkhult"),
                  ("293 75", "Vilshult")],
    "Ronneby": [("370 10", "Bräkne-Hoby"), ("372 92", "Kallinge"), ("370 17", "Eringsboda"),
                ("370 15", "Johannishus"), ("372 94", "Ronneby"), ("370 11", "Backaryd")],
    "Sölvesborg": [("294 91", "Sölvesborg"), ("294 95", "Mjällby"), ("294 93", "Norje"),
                   ("294 92", "Sölvesborg")],
}

FARM_PREFIX = ["Ekeryd", "Bökemåla", "Gungvala", "Hällarum", "Vambåsa", "Stensnäs", "Ysane",
               "Edestad", "Kuggeboda", "Sillhövda", "Tving", "Vierydsmåla", "Hjortsberga",
               "Belganet", "Slätthög", "Ryssberga", "Istaby", "Sandvik", "Vesanetorp",
               "Bäckaslöv", "Gräsvik", "Gylleboda", "Gammalstorp", "Ryedal", "Valje", "Torarp",
               "Öljehult", "Ålshult", "Nävragöl", "Boasjö", "Skönstavik", "Yxnarum", "Flymen",
               "Kåraboda", "Holje", "Olsmåla", "Sissebäck", "Tostarp", "Långasjömåla",
               "Hemsjö", "Mjöamåla", "Dalby", "Lönnemåla", "Skärva", "Tromtö", "Binga",
               "Brantafors", "Kärrsmåla"]
FARM_SUFFIX = ["Lantbruk AB", "Gård AB", "Mjölk HB", "Lantbruk HB", "Lantbruksföretag AB",
               "Naturbete AB", "Kött AB", "Ekogård AB", "Gårdsbruk KB", "Lamm & Nöt HB"]
N_PER_KOMMUN = {"Karlshamn": 10, "Karlskrona": 12, "Olofström": 7, "Ronneby": 10, "Sölvesborg": 8}


def make_jbv(out):
    rng = random.Random(1531)
    prefixes = FARM_PREFIX[:]
    rng.shuffle(prefixes)
    rows = []  # dicts
    used_kundnr = set()
    pi = 0
    recipients = []
    for k in KOMMUNER:
        for i in range(N_PER_KOMMUN[k]):
            name = f"{prefixes[pi]} {rng.choice(FARM_SUFFIX)}"
            pi += 1
            postnr, postort = rng.choice(POSTORTER[k])
            while True:
                kn = str(rng.randint(1000000, 9999999))
                if kn not in used_kundnr:
                    used_kundnr.add(kn)
                    break
            recipients.append(dict(kundnr=kn, name=name, postnr=postnr, postort=postort, kommun=k))
    # one recipient whose postort is in a neighbouring kommun (registered in Karlshamn)
    recipients[3]["postnr"], recipients[3]["postort"] = "370 10", "Bräkne-Hoby"
    assert recipients[3]["kommun"] == "Karlshamn"

    def add(rec, code, total, typ="Utbetalning"):
        total = round(total, 2)
        eu_share = ATGARDER[code][1]
        eu = round(total * eu_share, 2)
        nat = round(total - eu, 2)
        rows.append(dict(kundnr=rec["kundnr"], name=rec["name"], postnr=rec["postnr"],
                         postort=rec["postort"], kommun=rec["kommun"], typ=typ, code=code,
                         atg=ATGARDER[code][0], eu=eu, nat=nat, tot=round(eu + nat, 2)))

    invest = set(rng.sample(range(len(recipients)), 5))
    for idx, rec in enumerate(recipients):
        ha = round(math.exp(rng.uniform(math.log(14), math.log(430))), 1)
        add(rec, "G01", ha * 1258.17)
        add(rec, "G02", min(ha, 150) * 398.50)
        if rng.random() < 0.22:
            add(rec, "G03", min(ha, 90) * 1045.00)
        if rng.random() < 0.5:
            add(rec, "N01", rng.randint(8, 190) * 982.00)
        if rng.random() < 0.27:
            add(rec, "E01", ha * rng.uniform(0.6, 1.0) * 1080.0)
        if rng.random() < 0.6:
            add(rec, "M10", round(rng.uniform(2.5, 64), 1) * 2410.0)
        if rec["kommun"] in ("Olofström", "Ronneby", "Karlshamn") and rng.random() < 0.65:
            add(rec, "K05", ha * 612.0)
        if idx in invest:
            add(rec, "I01", rng.randint(150, 920) * 1000.0)
    # återkrav: negative rows for existing (recipient, åtgärd) pairs
    cand = [r for r in rows if r["code"] in ("G01", "M10", "E01", "N01", "K05")]
    picks = rng.sample(cand, 7)
    for p in picks:
        rec = next(r for r in recipients if r["kundnr"] == p["kundnr"])
        amount = -round(p["tot"] * rng.uniform(0.03, 0.22), 2)
        add(rec, p["code"], amount, typ="Återkrav")
    rows.sort(key=lambda r: (r["postnr"], r["name"], r["typ"] != "Utbetalning", r["code"]))
    # anonymised natural persons, one row per kommun (grundstöd)
    anon = []
    for k, n in zip(KOMMUNER, [6, 9, 4, 7, 5]):
        amount = round(sum(rng.uniform(5200, 13400) for _ in range(n)), 2)
        anon.append(dict(kundnr="", name=f"Fysiska personer, sammanslaget ({n} st)¹", postnr="",
                         postort="", kommun=k, typ="Utbetalning", code="G01",
                         atg=ATGARDER["G01"][0], eu=amount, nat=0.0, tot=amount))
    rows += anon
    seu = round(sum(r["eu"] for r in rows), 2)
    snat = round(sum(r["nat"] for r in rows), 2)
    stot = round(sum(r["tot"] for r in rows), 2)

    lines = []
    lines.append(["Utbetalda jordbruks- och landsbygdsstöd per stödmottagare"])
    lines.append(["Urval: Län = Blekinge län (10); Utbetalningsår = 2024; Samtliga åtgärder"])
    lines.append(["Källa: Jordbruksverket, stödmottagarregistret. Uttag 2025-03-14"])
    lines.append([])
    lines.append(["Kundnr", "Stödmottagare", "Postnr", "Postort", "Kommun", "Typ", "Åtgärdskod",
                  "Stödåtgärd", "EU-finansiering (kr)", "Nationell finansiering (kr)", "Totalt (kr)"])
    for r in rows:
        lines.append([r["kundnr"], r["name"], r["postnr"], r["postort"], r["kommun"], r["typ"],
                      r["code"], r["atg"], sv_num(r["eu"], 2), sv_num(r["nat"], 2), sv_num(r["tot"], 2)])
    lines.append(["", "Summa Blekinge län", "", "", "", "", "", "", sv_num(seu, 2), sv_num(snat, 2),
                  sv_num(stot, 2)])
    lines.append([])
    lines.append(["¹ Fysiska personer som under utbetalningsåret fått sammanlagt högst 1 250 euro redovisas "
                  "inte med namn. Deras belopp redovisas sammanslaget per kommun under Grundstöd för inkomst; "
                  "antal personer anges inom parentes."])
    lines.append(["Återkrav redovisas som negativa belopp för den åtgärd där återbetalningen bokförts."])
    lines.append(["Kommun avser kommunen för stödmottagarens driftsplats och kan skilja sig från postorten."])
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    for ln in lines:
        w.writerow(ln)
    with open(os.path.join(out, "Jordbruksverket_utbetalda_stod_Blekinge_2024.csv"), "w",
              encoding="latin-1", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 2. SCB tätorter
# ---------------------------------------------------------------------------
TATORTER = [
    # kommun, tätort, pop2020, pop2023, ha (2023)
    ("Olofström", "Olofström", 7482, 7391, 1184),
    ("Olofström", "Jämshög", 1612, 1587, 241),
    ("Olofström", "Kyrkhult", 712, 698, 152),
    ("Olofström", "Vilshult", 262, 241, 71),
    ("Olofström", "Gränum", 231, None, None),          # upphört 2023
    ("Karlskrona", "Karlskrona", 36884, 37412, 2953),
    ("Karlskrona", "Lyckeby", 8121, 8307, 762),
    ("Karlskrona", "Nättraby", 3312, 3418, 409),
    ("Karlskrona", "Rödeby", 2143, 2209, 238),
    ("Karlskrona", "Jämjö", 2521, 2563, 331),
    ("Karlskrona", "Sturkö", 1031, 1062, 263),
    ("Karlskrona", "Hasslö", 561, 577, 118),
    ("Karlskrona", "Torhamn", 312, 297, 74),
    ("Karlskrona", "Ramdala", 681, 712, 109),
    ("Karlskrona", "Fågelmara", 362, 371, 66),
    ("Karlskrona", "Holmsjö", 421, 433, 92),
    ("Karlskrona", "Spjutsbygd", 641, 668, 104),
    ("Karlskrona", "Kättilsmåla", None, 214, 38),      # ny tätort 2023
    ("Ronneby", "Ronneby", 12643, 12887, 1392),
    ("Ronneby", "Kallinge", 4741, 4812, 561),
    ("Ronneby", "Bräkne-Hoby", 1713, 1748, 229),
    ("Ronneby", "Johannishus", 822, 851, 118),
    ("Ronneby", "Listerby", 452, 468, 77),
    ("Ronneby", "Eringsboda", 246, 236, 52),
    ("Ronneby", "Backaryd", 311, 322, 61),
    ("Ronneby", "Hallabro", 291, 284, 57),
    ("Ronneby", "Saxemara", 431, 441, 83),
    ("Karlshamn", "Karlshamn", 19978, 20213, 1882),
    ("Karlshamn", "Asarum", 4182, 4231, 468),
    ("Karlshamn", "Mörrum", 4312, 4396, 562),
    ("Karlshamn", "Svängsta", 2113, 2186, 301),
    ("Karlshamn", "Hällaryd", 341, 352, 64),
    ("Karlshamn", "Vekerum", 371, 380, 71),
    ("Karlshamn", "Tararp", 221, 231, 43),
    ("Karlshamn", "Halahult", 1322, 1388, 188),
    ("Sölvesborg", "Sölvesborg", 9112, 9284, 928),
    ("Sölvesborg", "Mjällby", 1571, 1633, 243),
    ("Sölvesborg", "Hällevik", 1183, 1226, 182),
    ("Sölvesborg", "Norje", 521, 548, 96),
    ("Sölvesborg", "Nogersund", 512, 522, 79),
    ("Sölvesborg", "Pukavik", 421, 431, 88),
    ("Sölvesborg", "Valje", 380, 404, 69),
]


def make_tatorter(out):
    rng = random.Random(1532)
    codes = rng.sample(range(4300, 4999), len(TATORTER))
    recs = []
    for (k, t, p20, p23, ha), c in zip(TATORTER, codes):
        recs.append((f"T{c}", k, t, p20, p23, ha))
    recs.sort(key=lambda r: r[0])
    lines = []
    lines.append(['Tätorter i Blekinge län 2020 och 2023. Folkmängd, landareal och befolkningstäthet'])
    lines.append(['Källa: SCB, Tätorter (MI0810). Tätortsavgränsning 2023 tillämpad på båda åren där orten var tätort.'])
    lines.append([])
    header = ["Kommunkod", "Kommun", "Tätortskod", "Tätort", "Folkmängd 31 dec 2020",
              "Folkmängd 31 dec 2023", "Landareal 2023, hektar", "Befolkningstäthet 2023, inv. per km2",
              "Anmärkning"]
    lines.append(header)
    tot23 = 0
    for code, k, t, p20, p23, ha in recs:
        note = ""
        if p23 is None:
            s20, s23, sha, sd = p20, "–", "–", "–"
            note = "Upphört som tätort 2023 (färre än 200 invånare)"
        else:
            tot23 += p23
            sd = round(p23 / (ha / 100.0), 1)
            s20 = ".." if p20 is None else p20
            s23, sha = p23, ha
            if p20 is None:
                note = "Ny tätort 2023"
        lines.append([KOMMUNKOD[k], k, code, t, s20, s23, sha, sd, note])
    lines.append([])
    lines.append([f"Summa tätortsbefolkning Blekinge län 31 dec 2023: {tot23}"])
    lines.append(['Teckenförklaring: ".." = orten var inte tätort 2020; "–" = orten är inte tätort 2023.'])
    lines.append(["Befolkning i småorter och utanför tätort redovisas inte i denna tabell."])
    with open(os.path.join(out, "SCB_tatorter_Blekinge_2020_2023.csv"), "w", encoding="utf-8",
              newline="") as f:
        w = csv.writer(f, delimiter=",", quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
        for ln in lines:
            w.writerow(ln)


# ---------------------------------------------------------------------------
# 3. FK – VAB per vecka
# ---------------------------------------------------------------------------
VAB_SHARE = {"Karlshamn": 0.205, "Karlskrona": 0.42, "Olofström": 0.08, "Ronneby": 0.185,
             "Sölvesborg": 0.11}


def vab_weeks():
    weeks = [(2025, w) for w in range(1, 53)] + [(2026, w) for w in range(1, 48)]
    return weeks


def season(y, w, k):
    f = 1.0
    # winter peaks
    if y == 2025:
        f += 1.05 * math.exp(-((w - 6) ** 2) / (2 * 2.3 ** 2))
        f += 0.30 * math.exp(-((w - 47) ** 2) / (2 * 2.0 ** 2))
        f += 0.55 * math.exp(-((w - 51) ** 2) / (2 * 1.6 ** 2))
    else:
        c = 6 if k == "Karlskrona" else 7
        f += 1.25 * math.exp(-((w - c) ** 2) / (2 * 2.1 ** 2))
        f += 0.55 * math.exp(-((w + 1) ** 2) / (2 * 1.6 ** 2))  # tail of Dec 2025 bump
        f += 0.32 * math.exp(-((w - 46) ** 2) / (2 * 2.0 ** 2))
    if 27 <= w <= 32:
        f *= 0.2
    elif w in (26, 33):
        f *= 0.45
    if w in (52, 1):
        f *= 0.5
    if w == 44:
        f *= 0.72
    if w == 8:
        f *= 0.74  # sportlov Blekinge
    if (y == 2025 and w == 16) or (y == 2026 and w == 14):
        f *= 0.62  # påsklov
    return f


def make_vab(out):
    rng = random.Random(1533)
    weeks = vab_weeks()
    mott = {k: [] for k in KOMMUNER}
    days = {k: [] for k in KOMMUNER}
    for (y, w) in weeks:
        for k in KOMMUNER:
            m = 1080 * VAB_SHARE[k] * season(y, w, k) * rng.uniform(0.94, 1.06)
            mott[k].append(int(round(m)))
    # make the Karlskrona winter-2025/26 peak unique at 2026V06
    idx = {yw: i for i, yw in enumerate(weeks)}
    i6 = idx[(2026, 6)]
    winter = [idx[(2025, w)] for w in range(48, 53)] + [idx[(2026, w)] for w in range(1, 13)]
    for k in KOMMUNER:
        if k == "Karlskrona":
            others = max(mott[k][i] for i in winter if i != i6)
            mott[k][i6] = max(mott[k][i6], others + 41)
    for (y, w), i in idx.items():
        for k in KOMMUNER:
            r = 2.05 + 0.35 * min(1.0, max(0.0, season(y, w, k) - 1.0)) + rng.uniform(-0.08, 0.08)
            days[k].append(int(round(mott[k][i] * r)))
    lan_m = [sum(mott[k][i] for k in KOMMUNER) for i in range(len(weeks))]
    lan_d = [sum(days[k][i] for k in KOMMUNER) for i in range(len(weeks))]
    man_m = [int(round(v * rng.uniform(0.395, 0.425))) for v in lan_m]
    man_d = [int(round(v * rng.uniform(0.37, 0.40))) for v in lan_d]

    wb = Workbook()
    ws0 = wb.active
    ws0.title = "Om statistiken"
    info = [
        ("Tillfällig föräldrapenning för vård av barn (VAB) per ersättningsvecka", True),
        ("", False),
        ("Källa: Försäkringskassan (MiDAS). Uttag 2026-11-30.", False),
        ("Redovisningsperiod: vecka 2025V01–2026V47 (veckor enligt ISO 8601, måndag–söndag).", False),
        ("Observera att vecka 2025V01 började måndag 30 december 2024 och vecka 2026V01 måndag 29 december 2025.", False),
        ("", False),
        ("Antal mottagare: antal unika personer som fått ersättning för minst en dag under veckan.", False),
        ("En person som vabbar flera veckor räknas en gång per vecka. Antal mottagare kan därför INTE summeras "
         "över veckor till ett antal personer för en längre period.", False),
        ("Nettodagar: utbetalda dagar omräknade till hela dagar (t.ex. två halva dagar = en nettodag). "
         "Nettodagar kan summeras över veckor.", False),
        ("Mottagare och dagar redovisas efter mottagarens folkbokföringskommun.", False),
        ("De fyra senaste veckorna (markerade P) är preliminära och brukar revideras upp med 5–10 procent.", False),
        ("", False),
        ("Blad 'Vecka': kommuner och länet. Blad 'Kön, länet': Blekinge län uppdelat på kvinnor och män.", False),
        ("Kontakt: statistikenheten, Försäkringskassan", False),
    ]
    for i, (t, b) in enumerate(info, start=1):
        c = ws0.cell(row=i, column=1, value=t)
        if b:
            c.font = Font(bold=True, size=13)
    ws0.column_dimensions["A"].width = 120

    thin = Side(style="thin", color="999999")
    hdr_fill = PatternFill("solid", fgColor="DCE6F1")

    def header_block(ws, blocks, first_cols):
        # first_cols: list of labels merged over rows 4-5
        for j, lab in enumerate(first_cols, start=1):
            ws.cell(row=4, column=j, value=lab)
            ws.merge_cells(start_row=4, start_column=j, end_row=5, end_column=j)
        col = len(first_cols) + 1
        for title, subs in blocks:
            ws.cell(row=4, column=col, value=title)
            ws.merge_cells(start_row=4, start_column=col, end_row=4, end_column=col + len(subs) - 1)
            for s in subs:
                ws.cell(row=5, column=col, value=s)
                col += 1
        for r in (4, 5):
            for c in range(1, col):
                cell = ws.cell(row=r, column=c)
                cell.font = Font(bold=True)
                cell.fill = hdr_fill
                cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
                cell.border = Border(bottom=thin, top=thin, left=thin, right=thin)
        return col - 1

    ws = wb.create_sheet("Vecka")
    ws["A1"] = "Tillfällig föräldrapenning för vård av barn (VAB) per ersättningsvecka – Blekinge län och kommuner"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Vecka 2025V01–2026V47. P = preliminär uppgift."
    areas = KOMMUNER + ["Blekinge län"]
    ncol = header_block(ws, [("Antal mottagare", areas), ("Nettodagar", areas)],
                        ["Vecka", "Veckan börjar (måndag)", "Status"])
    for i, (y, w) in enumerate(weeks):
        r = 6 + i
        ws.cell(row=r, column=1, value=f"{y}V{w:02d}")
        c = ws.cell(row=r, column=2, value=dt.date.fromisocalendar(y, w, 1))
        c.number_format = "yyyy-mm-dd"
        ws.cell(row=r, column=3, value="P" if (y == 2026 and w >= 44) else None)
        vals = [mott[k][i] for k in KOMMUNER] + [lan_m[i]] + [days[k][i] for k in KOMMUNER] + [lan_d[i]]
        for j, v in enumerate(vals):
            cc = ws.cell(row=r, column=4 + j, value=v)
            cc.number_format = "#,##0"
            if j in (5, 11):
                cc.font = Font(bold=True)
    ws.freeze_panes = "D6"
    ws.column_dimensions["A"].width = 10
    ws.column_dimensions["B"].width = 13
    ws.column_dimensions["C"].width = 7
    for c in range(4, ncol + 1):
        ws.column_dimensions[get_column_letter(c)].width = 11
    last = 6 + len(weeks)
    ws.cell(row=last + 1, column=1, value="P = preliminär. Antal mottagare kan inte summeras över veckor, se bladet 'Om statistiken'.")

    ws2 = wb.create_sheet("Kön, länet")
    ws2["A1"] = "VAB per ersättningsvecka efter kön – Blekinge län"
    ws2["A1"].font = Font(bold=True, size=12)
    ws2["A2"] = "Vecka 2025V01–2026V47. P = preliminär uppgift."
    header_block(ws2, [("Antal mottagare", ["Kvinnor", "Män", "Totalt"]),
                       ("Nettodagar", ["Kvinnor", "Män", "Totalt"])],
                 ["Vecka", "Veckan börjar (måndag)", "Status"])
    for i, (y, w) in enumerate(weeks):
        r = 6 + i
        ws2.cell(row=r, column=1, value=f"{y}V{w:02d}")
        c = ws2.cell(row=r, column=2, value=dt.date.fromisocalendar(y, w, 1))
        c.number_format = "yyyy-mm-dd"
        ws2.cell(row=r, column=3, value="P" if (y == 2026 and w >= 44) else None)
        vals = [lan_m[i] - man_m[i], man_m[i], lan_m[i], lan_d[i] - man_d[i], man_d[i], lan_d[i]]
        for j, v in enumerate(vals):
            ws2.cell(row=r, column=4 + j, value=v).number_format = "#,##0"
    ws2.freeze_panes = "D6"
    wb.save(os.path.join(out, "FK_VAB_per_vecka_Blekinge_2025-2026.xlsx"))


# ---------------------------------------------------------------------------
# 4. Hamnstatistik
# ---------------------------------------------------------------------------
def make_hamn(out):
    rng = random.Random(1534)
    # annual levels (tons) 2024, lossat / lastat
    ports = {
        "Karlshamn": (2_870_000, 1_740_000),
        "Karlskrona": (1_060_000, 1_020_000),
        "Sölvesborg": (262_000, 158_000),
        "Ronneby": (61_000, 27_000),
    }
    qshape = [0.235, 0.255, 0.245, 0.265]
    data = {}  # (port, riktning) -> list of 7 quarter values (Kv1-4 2024, Kv1-3 2025)
    for p, (lo, la) in ports.items():
        for rikt, lvl in (("Lossat", lo), ("Lastat", la)):
            vals = []
            for q in range(4):
                vals.append(int(round(lvl * qshape[q] * rng.uniform(0.93, 1.07))))
            g = rng.uniform(0.94, 1.08)
            for q in range(3):
                vals.append(int(round(lvl * qshape[q] * g * rng.uniform(0.95, 1.05))))
            data[(p, rikt)] = vals
    # passengers
    pax = {
        ("Karlskrona", "Karlskrona–Gdynia"): 482_000,
        ("Karlshamn", "Karlshamn–Klaipėda"): 91_000,
    }
    pshape = [0.17, 0.26, 0.37, 0.20]
    pdata = {}
    for key, lvl in pax.items():
        for rikt in ("Avresande", "Ankommande"):
            vals = [int(round(lvl / 2 * pshape[q] * rng.uniform(0.95, 1.05))) for q in range(4)]
            g = rng.uniform(0.9, 1.1) if key[0] == "Karlskrona" else rng.uniform(0.85, 0.98)
            vals += [int(round(lvl / 2 * pshape[q] * g * rng.uniform(0.97, 1.03))) for q in range(3)]
            pdata[(key, rikt)] = vals

    def cols(v):  # 7 quarters -> 9 columns incl. Helår 2024 and Jan–sep 2025
        return v[0:4] + [sum(v[0:4])] + v[4:7] + [sum(v[4:7])]

    wb = Workbook()
    ws0 = wb.active
    ws0.title = "Läs mig"
    txt = [
        "Sjötrafik i Blekinges hamnar 2024–2025",
        "",
        "Sammanställning: Region Blekinge, avdelningen för regional utveckling (analys). Källa: Trafikanalys, Sjötrafik (kvartalsstatistik).",
        "Blad 'Gods': godsmängd i hamnarna Karlshamn, Karlskrona, Sölvesborg och Ronneby, lossat och lastat, redovisat i TUSEN TON.",
        "Godsmängden avser bruttovikt exklusive lastbärarnas egenvikt (trailrar, containrar).",
        "Blad 'Passagerare': passagerare i linjetrafik (färjelinjerna Karlskrona–Gdynia och Karlshamn–Klaipėda), avresande och ankommande.",
        "Kryssningspassagerare ingår inte i statistiken.",
        "Kvartal 3 2025 är preliminärt (*). Kvartal 4 2025 publiceras i mars 2026.",
        "Uppdaterad 2025-11-20.",
    ]
    for i, t in enumerate(txt, start=1):
        ws0.cell(row=i, column=1, value=t)
    ws0["A1"].font = Font(bold=True, size=13)
    ws0.column_dimensions["A"].width = 125

    thin = Side(style="thin", color="808080")
    fill = PatternFill("solid", fgColor="E2EFDA")

    def headers(ws, firstcols):
        nf = len(firstcols)
        for j, lab in enumerate(firstcols, start=1):
            ws.cell(row=4, column=j, value=lab)
            ws.merge_cells(start_row=4, start_column=j, end_row=5, end_column=j)
        ws.cell(row=4, column=nf + 1, value="2024")
        ws.merge_cells(start_row=4, start_column=nf + 1, end_row=4, end_column=nf + 5)
        ws.cell(row=4, column=nf + 6, value="2025")
        ws.merge_cells(start_row=4, start_column=nf + 6, end_row=4, end_column=nf + 9)
        for j, lab in enumerate(["Kv 1", "Kv 2", "Kv 3", "Kv 4", "Helår", "Kv 1", "Kv 2", "Kv 3*", "Jan–sep"]):
            ws.cell(row=5, column=nf + 1 + j, value=lab)
        for r in (4, 5):
            for c in range(1, nf + 10):
                cell = ws.cell(row=r, column=c)
                cell.font = Font(bold=True)
                cell.fill = fill
                cell.alignment = Alignment(horizontal="center", vertical="center")
                cell.border = Border(top=thin, bottom=thin)
        return nf

    ws = wb.create_sheet("Gods")
    ws["A1"] = "Godsmängd i Blekinges hamnar per kvartal 2024–2025, lossat och lastat"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Tusen ton"
    ws["A2"].font = Font(italic=True)
    nf = headers(ws, ["Hamn", "Lossat/lastat"])
    r = 6
    allp = list(ports) + ["Blekinges hamnar totalt"]
    for p in allp:
        if p in ports:
            lo, la = data[(p, "Lossat")], data[(p, "Lastat")]
        else:
            lo = [sum(data[(q, "Lossat")][i] for q in ports) for i in range(7)]
            la = [sum(data[(q, "Lastat")][i] for q in ports) for i in range(7)]
        tot = [a + b for a, b in zip(lo, la)]
        for j, (lab, v) in enumerate((("Lossat", lo), ("Lastat", la), ("Totalt", tot))):
            ws.cell(row=r, column=1, value=p if j == 0 else None)
            ws.cell(row=r, column=2, value=lab)
            for c, val in enumerate(cols(v)):
                cell = ws.cell(row=r, column=nf + 1 + c, value=val)
                cell.number_format = "#,##0.0,"
                if lab == "Totalt" or p not in ports:
                    cell.font = Font(bold=True)
            if lab == "Totalt":
                ws.cell(row=r, column=2).font = Font(bold=True)
            r += 1
        if p in ports:
            ws.cell(row=r - 3, column=1).font = Font(bold=True)
    ws.cell(row=r + 1, column=1, value="* Preliminära uppgifter.")
    ws.cell(row=r + 2, column=1, value="Källa: Trafikanalys, Sjötrafik; bearbetning Region Blekinge.")
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 14
    for c in range(3, 12):
        ws.column_dimensions[get_column_letter(c)].width = 10

    ws2 = wb.create_sheet("Passagerare")
    ws2["A1"] = "Passagerare i linjetrafik i Blekinges hamnar per kvartal 2024–2025"
    ws2["A1"].font = Font(bold=True, size=12)
    ws2["A2"] = "Antal passagerare"
    ws2["A2"].font = Font(italic=True)
    nf = headers(ws2, ["Hamn", "Linje", "Riktning"])
    r = 6
    for key in list(pax) + [("Blekinges hamnar totalt", "")]:
        if key in pax:
            av, an = pdata[(key, "Avresande")], pdata[(key, "Ankommande")]
        else:
            av = [sum(pdata[(k2, "Avresande")][i] for k2 in pax) for i in range(7)]
            an = [sum(pdata[(k2, "Ankommande")][i] for k2 in pax) for i in range(7)]
        tot = [a + b for a, b in zip(av, an)]
        for j, (lab, v) in enumerate((("Avresande", av), ("Ankommande", an), ("Totalt", tot))):
            ws2.cell(row=r, column=1, value=key[0] if j == 0 else None)
            ws2.cell(row=r, column=2, value=key[1] if j == 0 else None)
            ws2.cell(row=r, column=3, value=lab)
            for c, val in enumerate(cols(v)):
                cell = ws2.cell(row=r, column=nf + 1 + c, value=val)
                cell.number_format = "#,##0"
                if lab == "Totalt":
                    cell.font = Font(bold=True)
            r += 1
    ws2.cell(row=r + 1, column=1, value="* Preliminära uppgifter. Kryssningspassagerare ingår inte.")
    ws2.column_dimensions["A"].width = 24
    ws2.column_dimensions["B"].width = 20
    ws2.column_dimensions["C"].width = 12
    for c in range(4, 13):
        ws2.column_dimensions[get_column_letter(c)].width = 10
    wb.save(os.path.join(out, "Hamnstatistik_Blekinge_2024-2025.xlsx"))


# ---------------------------------------------------------------------------
# PDF helpers
# ---------------------------------------------------------------------------
def register_fonts():
    base = "/usr/share/fonts/truetype/dejavu/"
    pdfmetrics.registerFont(TTFont("DV", base + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", base + "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DVI", base + "DejaVuSans-Oblique.ttf"))
    pdfmetrics.registerFont(TTFont("DVC", base + "DejaVuSansCondensed.ttf"))
    pdfmetrics.registerFont(TTFont("DVCB", base + "DejaVuSansCondensed-Bold.ttf"))
    from reportlab.pdfbase.pdfmetrics import registerFontFamily
    registerFontFamily("DV", normal="DV", bold="DVB", italic="DVI", boldItalic="DVB")


def styles():
    ss = getSampleStyleSheet()
    st = {
        "h1": ParagraphStyle("h1", parent=ss["Heading1"], fontName="DVB", fontSize=15, leading=19, spaceAfter=6),
        "h2": ParagraphStyle("h2", parent=ss["Heading2"], fontName="DVB", fontSize=11.5, leading=15,
                             spaceBefore=8, spaceAfter=4),
        "p": ParagraphStyle("p", parent=ss["Normal"], fontName="DV", fontSize=9.5, leading=13.5, spaceAfter=5),
        "cap": ParagraphStyle("cap", parent=ss["Normal"], fontName="DVB", fontSize=9.5, leading=12.5,
                              spaceAfter=4),
        "note": ParagraphStyle("note", parent=ss["Normal"], fontName="DVI", fontSize=7.8, leading=10.5,
                               spaceBefore=3),
        "cell": ParagraphStyle("cell", parent=ss["Normal"], fontName="DVC", fontSize=7.8, leading=9.5),
        "cellb": ParagraphStyle("cellb", parent=ss["Normal"], fontName="DVCB", fontSize=7.8, leading=9.5),
    }
    return st


def pct(a, b, dec=1):
    return round(100.0 * a / b, dec)


def largest_remainder(shares, total):
    raw = [s * total for s in shares]
    base = [int(math.floor(x)) for x in raw]
    rest = total - sum(base)
    order = sorted(range(len(raw)), key=lambda i: raw[i] - base[i], reverse=True)
    for i in order[:rest]:
        base[i] += 1
    return base


# ---------------------------------------------------------------------------
# 5. Region Blekinge statistikbilaga – förvärvsarbetande efter bransch
# ---------------------------------------------------------------------------
BRANSCHER = [
    "Jordbruk, skogsbruk och fiske",
    "Tillverkning och utvinning",
    "Energi och miljöverksamhet",
    "Byggverksamhet",
    "Handel",
    "Transport och magasinering",
    "Hotell och restaurang",
    "Information och kommunikation",
    "Finans- och försäkringsverksamhet",
    "Fastighetsverksamhet",
    "Företagstjänster",
    "Offentlig förvaltning och försvar",
    "Utbildning",
    "Vård och omsorg; sociala tjänster",
    "Kulturella och personliga tjänster m.m.",
    "Okänd verksamhet",
]
# percent profiles per kommun (sum normalised)
PROFILE = {
    "Karlshamn": [1.9, 17.8, 1.6, 7.4, 10.6, 6.9, 2.6, 2.3, 0.9, 1.5, 8.9, 5.2, 10.8, 17.1, 3.4, 1.1],
    "Karlskrona": [1.1, 8.6, 1.2, 6.5, 9.1, 3.9, 2.8, 5.4, 1.1, 1.6, 10.2, 12.4, 12.1, 16.4, 4.2, 1.4],
    "Olofström": [2.6, 31.5, 0.9, 6.2, 7.8, 4.1, 1.7, 0.8, 0.4, 0.9, 7.3, 4.0, 11.1, 14.2, 2.9, 1.6],
    "Ronneby": [2.2, 12.9, 1.1, 7.9, 9.4, 5.0, 2.5, 2.1, 0.7, 1.3, 8.6, 8.9, 12.3, 18.9, 3.4, 1.3],
    "Sölvesborg": [2.9, 15.2, 1.0, 9.3, 11.2, 4.8, 3.3, 1.4, 0.8, 1.4, 8.9, 5.1, 11.0, 16.8, 3.6, 1.2],
}
RIKET_PCT = [1.6, 11.3, 1.2, 7.8, 11.4, 5.1, 3.1, 4.9, 2.1, 1.7, 13.3, 6.2, 11.4, 15.0, 3.8, 0.9]
NATT_TOT = {"Karlshamn": 15212, "Karlskrona": 31064, "Olofström": 5938, "Ronneby": 12811, "Sölvesborg": 7906}
DAG = {  # kvinnor, män
    "Karlshamn": (7016, 7874),
    "Karlskrona": (15402, 17778),
    "Olofström": (2391, 4029),
    "Ronneby": (5605, 5430),
    "Sölvesborg": (3214, 3426),
}


def bransch_counts():
    counts = {}
    for k in KOMMUNER:
        prof = PROFILE[k]
        s = sum(prof)
        counts[k] = largest_remainder([p / s for p in prof], NATT_TOT[k])
    lan = [sum(counts[k][i] for k in KOMMUNER) for i in range(len(BRANSCHER))]
    return counts, lan


def make_bilaga(out):
    st = styles()
    counts, lan = bransch_counts()
    path = os.path.join(out, "RegionBlekinge_statistikbilaga_forvarvsarbetande_2023.pdf")

    def on_page(c, doc):
        c.saveState()
        c.setFont("DV", 7.5)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(18 * mm, 287 * mm, "Region Blekinge  |  Statistikbilaga till Regional utvecklingsrapport 2025")
        c.drawRightString(192 * mm, 287 * mm, "Bilaga B – Arbetsmarknad")
        c.setStrokeColor(colors.HexColor("#1F5C99"))
        c.setLineWidth(0.8)
        c.line(18 * mm, 285 * mm, 192 * mm, 285 * mm)
        c.drawRightString(192 * mm, 10 * mm, f"Sida {13 + doc.page}")
        c.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=20 * mm, bottomMargin=16 * mm,
                            title="Statistikbilaga B – Arbetsmarknad", author="Region Blekinge")
    story = []
    story.append(Paragraph("B.3 Förvärvsarbetande efter bransch", st["h1"]))
    story.append(Paragraph(
        "Tabell B3 visar de förvärvsarbetande invånarna 16–74 år i november 2023 efter den bransch där de "
        "arbetar och den kommun där de <b>bor</b> (nattbefolkning). Uppgifterna kommer från SCB:s "
        "registerbaserade arbetsmarknadsstatistik (BAS). Jämfört med november 2022 ökade antalet förvärvsarbetande "
        "invånare i länet med 412 personer. Tillverkningsindustrins tyngd i Olofström märks tydligt – 2022 svarade "
        "branschen för 32,4 procent av de förvärvsarbetande kommuninvånarna – och i Karlskrona är den offentliga "
        "förvaltningen, inklusive Marinbasen, en av de största branscherna.", st["p"]))
    story.append(Paragraph(
        "Tabellen är för bred för en sida och har därför delats upp i två delar: Karlshamn, Karlskrona och "
        "Olofström redovisas på denna sida och Ronneby, Sölvesborg, Blekinge län och riket på nästa sida. "
        "Andelarna är avrundade och summerar därför inte alltid exakt till 100.", st["p"]))
    story.append(Spacer(1, 4))

    def tbl(areas, riket=False, cont=False):
        cap = "Tabell B3{}. Förvärvsarbetande 16–74 år (nattbefolkning) efter bransch och bostadskommun, " \
              "november 2023. Antal och andel (%)".format(" (forts.)" if cont else "")
        hdr1 = [Paragraph("<b>Bransch</b>", st["cellb"])]
        hdr2 = [""]
        for a in areas:
            hdr1 += [Paragraph(f"<b>{a}</b>", st["cellb"]), ""]
            hdr2 += ["Antal", "Andel %"]
        if riket:
            hdr1 += [Paragraph("<b>Riket</b>", st["cellb"])]
            hdr2 += ["Andel %"]
        data = [hdr1, hdr2]
        for i, b in enumerate(BRANSCHER):
            row = [Paragraph(b, st["cell"])]
            for a in areas:
                v = lan[i] if a == "Blekinge län" else counts[a][i]
                tot = sum(lan) if a == "Blekinge län" else NATT_TOT[a]
                row += [sv_num(v), sv_num(pct(v, tot), 1)]
            if riket:
                row += [sv_num(RIKET_PCT[i], 1)]
            data.append(row)
        row = [Paragraph("<b>Samtliga branscher</b>", st["cellb"])]
        for a in areas:
            tot = sum(lan) if a == "Blekinge län" else NATT_TOT[a]
            row += [sv_num(tot), "100,0"]
        if riket:
            row += ["100,0"]
        data.append(row)
        ncols = len(data[0])
        if riket:
            widths = [52 * mm] + [17 * mm, 14 * mm] * len(areas) + [16 * mm]
        else:
            widths = [58 * mm] + [20 * mm, 16 * mm] * len(areas)
        t = Table(data, colWidths=widths, repeatRows=2)
        sty = [
            ("FONT", (0, 0), (-1, -1), "DVC", 7.8),
            ("FONT", (0, 1), (-1, 1), "DVCB", 7.5),
            ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.HexColor("#1F5C99")),
            ("LINEBELOW", (0, 1), (-1, 1), 0.5, colors.HexColor("#1F5C99")),
            ("LINEABOVE", (0, -1), (-1, -1), 0.5, colors.black),
            ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.HexColor("#1F5C99")),
            ("FONT", (0, -1), (-1, -1), "DVCB", 7.8),
            ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor("#E8F0F8")),
            ("TOPPADDING", (0, 0), (-1, -1), 2.2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
        ]
        for j in range(len(areas)):
            sty.append(("SPAN", (1 + 2 * j, 0), (2 + 2 * j, 0)))
            sty.append(("ALIGN", (1 + 2 * j, 0), (2 + 2 * j, 0), "CENTER"))
        for r in range(2, len(data) - 1, 2):
            sty.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#F6F6F6")))
        t.setStyle(TableStyle(sty))
        return [Paragraph(cap, st["cap"]), t]

    story += tbl(["Karlshamn", "Karlskrona", "Olofström"])
    story.append(Paragraph("Tabellen fortsätter med Ronneby, Sölvesborg, Blekinge län och riket på nästa sida. "
                           "Källa: SCB, BAS (registerbaserad arbetsmarknadsstatistik); bearbetning Region Blekinge.",
                           st["note"]))
    story.append(PageBreak())
    story += tbl(["Ronneby", "Sölvesborg", "Blekinge län"], riket=True, cont=True)
    story.append(Paragraph("Källa: SCB, BAS; bearbetning Region Blekinge. Riket: andel av samtliga "
                           "förvärvsarbetande 16–74 år i Sverige.", st["note"]))
    story.append(Spacer(1, 10))
    story.append(Paragraph("B.4 Var arbetar blekingarna?", st["h1"]))
    natt_lan = sum(NATT_TOT.values())
    dag_lan = sum(a + b for a, b in DAG.values())
    story.append(Paragraph(
        "Dagbefolkningen är de förvärvsarbetande som har sin arbetsplats i kommunen, oavsett var de bor. "
        "Skillnaden mellan dag- och nattbefolkning är kommunens nettoinpendling. Karlskrona och Olofström har "
        "fler arbetstillfällen än förvärvsarbetande invånare, medan Ronneby och Sölvesborg har ett tydligt "
        "utpendlingsöverskott. För länet som helhet är nettoinpendlingen negativ eftersom fler pendlar ut till "
        "framför allt Skåne och Kronoberg än tvärtom.", st["p"]))
    cap = "Tabell B4. Förvärvsarbetande 16–74 år efter arbetsställets kommun (dagbefolkning) och bostadskommun " \
          "(nattbefolkning), november 2023"
    data = [["Kommun", "Dagbefolkning", "", "", "Nattbefolkning", "Nettoinpendling"],
            ["", "Kvinnor", "Män", "Totalt", "Totalt", "(dag − natt)"]]

    def signed(v):
        return ("−" if v < 0 else "+") + sv_num(abs(v))

    for k in KOMMUNER:
        kv, m = DAG[k]
        data.append([k, sv_num(kv), sv_num(m), sv_num(kv + m), sv_num(NATT_TOT[k]), signed(kv + m - NATT_TOT[k])])
    kv_l = sum(v[0] for v in DAG.values())
    m_l = sum(v[1] for v in DAG.values())
    data.append(["Blekinge län", sv_num(kv_l), sv_num(m_l), sv_num(dag_lan), sv_num(natt_lan),
                 signed(dag_lan - natt_lan)])
    t = Table(data, colWidths=[40 * mm, 22 * mm, 22 * mm, 22 * mm, 26 * mm, 28 * mm])
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), "DVC", 8),
        ("FONT", (0, 0), (-1, 1), "DVCB", 8),
        ("SPAN", (1, 0), (3, 0)),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("ALIGN", (1, 0), (3, 0), "CENTER"),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.HexColor("#1F5C99")),
        ("LINEBELOW", (0, 1), (-1, 1), 0.5, colors.HexColor("#1F5C99")),
        ("LINEABOVE", (0, -1), (-1, -1), 0.5, colors.black),
        ("FONT", (0, -1), (-1, -1), "DVCB", 8),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.HexColor("#1F5C99")),
        ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor("#E8F0F8")),
    ]))
    story += [Paragraph(cap, st["cap"]), t]
    story.append(Paragraph("Källa: SCB, BAS; bearbetning Region Blekinge. Nattbefolkningen är densamma som "
                           "totalen i tabell B3.", st["note"]))
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


# ---------------------------------------------------------------------------
# 6. AF arbetsmarknadsrapport Q3 2025 – avaktualiserade efter orsak
# ---------------------------------------------------------------------------
AVAKT = {  # A, B, C, D, E ; totalt 2024
    "Karlshamn": ((231, 52, 58, 141, 139), 655),
    "Karlskrona": ((412, 81, 112, 228, 236), 1104),
    "Olofström": ((84, 23, 14, 51, 57), 214),
    "Ronneby": ((187, 49, 47, 139, 128), 571),
    "Sölvesborg": ((104, 19, 21, 52, 63), 243),
}
AVAKT_UNG = {
    "Karlshamn": (49, 11, 27, 31, 18),
    "Karlskrona": (88, 15, 51, 47, 33),
    "Olofström": (17, 5, 6, 14, 6),
    "Ronneby": (36, 10, 19, 38, 15),
    "Sölvesborg": (22, 3, 9, 13, 9),
}


def make_af(out):
    st = styles()
    path = os.path.join(out, "AF_Blekinge_arbetsmarknadsrapport_Q3_2025.pdf")

    def on_page(c, doc):
        c.saveState()
        c.setFillColor(colors.HexColor("#00005A"))
        c.rect(0, 282 * mm, 210 * mm, 15 * mm, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont("DVB", 10)
        c.drawString(18 * mm, 287.5 * mm, "Arbetsförmedlingen")
        c.setFont("DV", 8)
        c.drawRightString(192 * mm, 287.5 * mm, "Arbetsmarknadsrapport Blekinge – kvartal 3 2025")
        c.setFillColor(colors.HexColor("#444444"))
        c.setFont("DV", 7.5)
        c.drawString(18 * mm, 10 * mm, "Arbetsförmedlingen Analys, region Syd  |  Publicerad 2025-10-28")
        c.drawRightString(192 * mm, 10 * mm, f"{doc.page} (2)")
        c.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=24 * mm, bottomMargin=18 * mm,
                            title="Arbetsmarknadsrapport Blekinge Q3 2025", author="Arbetsförmedlingen")
    tot = {k: sum(v[0]) for k, v in AVAKT.items()}
    lan = [sum(AVAKT[k][0][i] for k in KOMMUNER) for i in range(5)]
    lan_tot = sum(lan)
    lan_2024 = sum(v[1] for v in AVAKT.values())
    till_arbete = pct(lan[0] + lan[1], lan_tot)
    story = []
    story.append(Paragraph("Arbetsmarknadsrapport Blekinge, tredje kvartalet 2025", st["h1"]))
    story.append(Paragraph(
        "Arbetsmarknaden i Blekinge har stabiliserats under sommaren. Vid utgången av september 2025 var "
        "7 412 personer inskrivna som arbetslösa i länet, vilket motsvarar 8,9 procent av den registerbaserade "
        "arbetskraften 16–64 år. Ett år tidigare var andelen 9,2 procent. Antalet varsel om uppsägning har "
        "minskat jämfört med samma period i fjol.", st["p"]))
    story.append(Paragraph("Flödet ut från Arbetsförmedlingen", st["h2"]))
    story.append(Paragraph(
        f"Under juli–september 2025 avaktualiserades {sv_num(lan_tot)} arbetssökande i Blekinge län, att jämföra "
        f"med {sv_num(lan_2024)} under samma kvartal 2024. Av dem som lämnade Arbetsförmedlingen gick "
        f"{sv_num(till_arbete, 1)} procent till arbete. Med <i>till arbete</i> avses i denna rapport orsakerna A och B "
        "i tabell 3, det vill säga arbete utan stöd (inklusive start av eget företag) och arbete med "
        "stöd. Att sökande avaktualiseras för att kontakten har upphört (orsak D) innebär att Arbetsförmedlingen "
        "inte vet vad personen gått till; en del av dem har sannolikt fått arbete.", st["p"]))
    story.append(Paragraph(
        "Bland unga 18–24 år (tabell 4) är det vanligare att lämna Arbetsförmedlingen för studier. "
        "Uppgifterna per kommun avser den kommun där den sökande var folkbokförd vid avaktualiseringen.", st["p"]))
    story.append(Paragraph(
        "Nästa rapport (kvartal 4 2025) publiceras i slutet av januari 2026.", st["p"]))
    story.append(PageBreak())

    def table(rows_src, with_2024, cap):
        head1 = ["Kommun", "Avaktualiseringsorsak¹", "", "", "", "", "Totalt"]
        head2 = ["", "A", "B", "C", "D", "E", "jul–sep 2025"]
        if with_2024:
            head1.append("Totalt")
            head2.append("jul–sep 2024")
        data = [head1, head2]
        sums = [0] * 5
        s24 = 0
        for k in KOMMUNER:
            v = rows_src[k][0] if with_2024 else rows_src[k]
            sums = [a + b for a, b in zip(sums, v)]
            row = [k] + [sv_num(x) for x in v] + [sv_num(sum(v))]
            if with_2024:
                row.append(sv_num(rows_src[k][1]))
                s24 += rows_src[k][1]
            data.append(row)
        row = ["Blekinge län"] + [sv_num(x) for x in sums] + [sv_num(sum(sums))]
        if with_2024:
            row.append(sv_num(s24))
        data.append(row)
        widths = [36 * mm] + [16 * mm] * 5 + [24 * mm] + ([24 * mm] if with_2024 else [])
        t = Table(data, colWidths=widths)
        sty = [
            ("FONT", (0, 0), (-1, -1), "DVC", 8.3),
            ("FONT", (0, 0), (-1, 1), "DVCB", 8.3),
            ("SPAN", (1, 0), (5, 0)),
            ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
            ("ALIGN", (1, 0), (5, 1), "CENTER"),
            ("LINEABOVE", (0, 0), (-1, 0), 1, colors.HexColor("#00005A")),
            ("LINEBELOW", (1, 0), (5, 0), 0.4, colors.grey),
            ("LINEBELOW", (0, 1), (-1, 1), 0.6, colors.HexColor("#00005A")),
            ("LINEABOVE", (0, -1), (-1, -1), 0.6, colors.black),
            ("FONT", (0, -1), (-1, -1), "DVCB", 8.3),
            ("LINEBELOW", (0, -1), (-1, -1), 1, colors.HexColor("#00005A")),
        ]
        t.setStyle(TableStyle(sty))
        return [Paragraph(cap, st["cap"]), t]

    story += table(AVAKT, True, "Tabell 3. Avaktualiserade arbetssökande efter orsak och kommun, "
                                "juli–september 2025 (samt totalt jul–sep 2024)")
    story.append(Spacer(1, 12))
    story += table(AVAKT_UNG, False, "Tabell 4. Därav unga 18–24 år, avaktualiserade efter orsak och kommun, "
                                     "juli–september 2025")
    story.append(Spacer(1, 6))
    story.append(Paragraph(
        "¹ Orsakskoder: <b>A</b> = Fått arbete utan stöd (inkl. eget företag) · <b>B</b> = Fått arbete med stöd "
        "(t.ex. nystartsjobb, lönebidrag, introduktionsjobb) · <b>C</b> = Påbörjat reguljär utbildning · "
        "<b>D</b> = Kontakt upphört · <b>E</b> = Övriga orsaker (t.ex. flyttat, sjukdom, föräldraledighet, "
        "annan känd orsak).", st["note"]))
    story.append(Paragraph(
        "En person som avaktualiserats flera gånger under kvartalet räknas en gång per avaktualisering. "
        "Källa: Arbetsförmedlingens verksamhetsstatistik.", st["note"]))
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "out"
    os.makedirs(out, exist_ok=True)
    register_fonts()
    make_jbv(out)
    make_tatorter(out)
    make_vab(out)
    make_hamn(out)
    make_bilaga(out)
    make_af(out)
    print("wrote", sorted(os.listdir(out)))


if __name__ == "__main__":
    main()
