#!/usr/bin/env python3
"""Testomgång r204 (Skåne län): skriver sex påhittade statistikfiler till OUT_DIR.

Deterministiskt: ingen klocka, ingen slump (all variation kommer från md5 av
fasta strängar och en fast LCG), fasta metadata i XLSX (zip-tider, core.xml)
och PDF (reportlab invariant=1).

Filer:
 1. af_inskrivna_arbetslosa_skane_2024.csv      två uttag hopslagna: rubrikraden upprepas
                                                 mitt i filen och juni 2024 finns två gånger
 2. folkhalsoenkat_skane_2022_kommun.csv        andelar med 95 % konfidensintervall i samma
                                                 cell, t.ex. "71,4 (68,9–73,8)"
 3. scb_forvarvsarbetande_pivot_2023.xlsx       Excel-pivot i kompakt form: delregioner och
                                                 kommuner i samma kolumn (bara indrag skiljer),
                                                 delsummor överst i varje grupp + Totalsumma
 4. skolverket_behorighet_yrkesprogram_ak9.xlsx andelar lagrade som bråktal (0,873) med
                                                 procentformat – syns som 87,3 % i Excel
 5. deltagarregister_jobbsteget_2024.csv        en rad per deltagare, flera insatser i samma
                                                 cell ("Praktik, Jobbcoachning") och kommun-
                                                 namn stavade på olika sätt
 6. rapport_utrikes_fodda_arbetsmarknad_skane.pdf  rapporttabell med 90°-roterade kolumnrubriker,
                                                 sorterad efter värde i stället för kommunnamn
"""
import csv
import hashlib
import io
import math
import os
import re
import sys
import zipfile
import datetime as _dt

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Border, Side
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.lib import colors

# ---------------------------------------------------------------------------
# Grunddata: kod, namn, folkmängd (ungefärlig), delregion, "bas"-arbetslöshet %
KOMMUNER = [
    ("1214", "Svalöv", 14600, "Nordväst", 8.1),
    ("1230", "Staffanstorp", 26300, "Sydväst", 4.0),
    ("1231", "Burlöv", 20100, "Sydväst", 9.2),
    ("1233", "Vellinge", 37100, "Sydväst", 2.8),
    ("1256", "Östra Göinge", 15000, "Nordost", 9.3),
    ("1257", "Örkelljunga", 10400, "Nordväst", 6.4),
    ("1260", "Bjuv", 16100, "Nordväst", 10.6),
    ("1261", "Kävlinge", 33000, "Sydväst", 4.1),
    ("1262", "Lomma", 25300, "Sydväst", 3.0),
    ("1263", "Svedala", 23100, "Sydväst", 5.0),
    ("1264", "Skurup", 17100, "Sydväst", 6.0),
    ("1265", "Sjöbo", 19300, "Sydost", 6.4),
    ("1266", "Hörby", 15600, "Sydost", 8.2),
    ("1267", "Höör", 17200, "Sydväst", 6.1),
    ("1270", "Tomelilla", 13600, "Sydost", 8.0),
    ("1272", "Bromölla", 12800, "Nordost", 8.6),
    ("1273", "Osby", 13200, "Nordost", 8.0),
    ("1275", "Perstorp", 7500, "Nordväst", 10.2),
    ("1276", "Klippan", 17900, "Nordväst", 9.6),
    ("1277", "Åstorp", 16200, "Nordväst", 11.0),
    ("1278", "Båstad", 15600, "Nordväst", 4.6),
    ("1280", "Malmö", 362100, "Sydväst", 12.4),
    ("1281", "Lund", 128300, "Sydväst", 5.6),
    ("1282", "Landskrona", 46800, "Nordväst", 11.6),
    ("1283", "Helsingborg", 151500, "Nordväst", 9.4),
    ("1284", "Höganäs", 28100, "Nordväst", 4.5),
    ("1285", "Eslöv", 35100, "Sydväst", 8.0),
    ("1286", "Ystad", 31200, "Sydost", 6.6),
    ("1287", "Trelleborg", 47300, "Sydväst", 8.5),
    ("1290", "Kristianstad", 87200, "Nordost", 9.0),
    ("1291", "Simrishamn", 19100, "Sydost", 6.0),
    ("1292", "Ängelholm", 43900, "Nordväst", 5.5),
    ("1293", "Hässleholm", 53000, "Nordost", 8.1),
]
# ungefärlig andel utrikes födda bland 20-64 år
UTRIKES = {"Malmö": 0.45, "Landskrona": 0.36, "Burlöv": 0.42, "Helsingborg": 0.32,
           "Bjuv": 0.31, "Åstorp": 0.30, "Perstorp": 0.28, "Lund": 0.27,
           "Trelleborg": 0.22, "Kristianstad": 0.23, "Klippan": 0.24, "Eslöv": 0.21,
           "Östra Göinge": 0.24, "Osby": 0.22, "Bromölla": 0.21, "Svalöv": 0.20,
           "Hässleholm": 0.18, "Hörby": 0.17, "Tomelilla": 0.17, "Staffanstorp": 0.17,
           "Svedala": 0.16, "Kävlinge": 0.13, "Ängelholm": 0.14, "Ystad": 0.15,
           "Höör": 0.13, "Skurup": 0.14, "Sjöbo": 0.13, "Simrishamn": 0.13,
           "Höganäs": 0.12, "Båstad": 0.12, "Örkelljunga": 0.15, "Lomma": 0.12,
           "Vellinge": 0.11}


def jit(*parts):
    """Deterministiskt 'brus' i [0, 1) ur md5 av strängar."""
    h = hashlib.md5("|".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return int(h[:8], 16) / 0x100000000


def sv(x, nd=1):
    """Tal med decimalkomma."""
    return f"{x:.{nd}f}".replace(".", ",")


SV_ORDER = "abcdefghijklmnopqrstuvwxyzåäö"


def sv_key(s):
    s = s.lower()
    return [SV_ORDER.index(c) if c in SV_ORDER else 100 + ord(c) for c in s]


FIXED_DT = (2025, 2, 14, 8, 30, 0)
FIXED_ISO = "2025-02-14T08:30:00Z"


def normalize_xlsx(path):
    """Skriv om zip-arkivet med fasta tider och fasta datum i docProps/core.xml."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in sorted(items, key=lambda t: (t[0] != "[Content_Types].xml", t[0])):
            if name == "docProps/core.xml":
                txt = data.decode("utf-8")
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>" + FIXED_ISO + r"\2", txt)
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + FIXED_ISO + r"\2", txt)
                data = txt.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=FIXED_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def fixed_props(wb, title, creator):
    fixed = _dt.datetime(2025, 2, 14, 8, 30, 0)
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.title = title
    wb.properties.created = fixed
    wb.properties.modified = fixed


# ---------------------------------------------------------------------------
# Gemensamma beräkningar

def arbetskraft(name, pop):
    return int(round(pop * (0.47 + 0.04 * jit(name, "ak")) / 10.0)) * 10


MONTH_F = [1.040, 1.052, 1.041, 1.018, 0.990, 0.982, 1.031, 1.024, 0.985, 0.972, 0.968, 0.991]


def af_month(code, name, pop, rate, m):
    """Returnerar (öppet arbetslösa, i program, totalt, andel) för månad m (1..12)."""
    ak = arbetskraft(name, pop)
    trend = 1.0 + 0.004 * (m - 1) * (1 if jit(name, "trend") > 0.3 else -0.5)
    f = MONTH_F[m - 1] * trend * (0.985 + 0.03 * jit(name, "m", m))
    tot = int(round(ak * rate / 100.0 * f))
    opn = int(round(tot * (0.52 + 0.08 * jit(name, "open", m))))
    prg = tot - opn
    return opn, prg, tot, round(tot / ak * 100.0 + 1e-9, 1)


def bef2064(name, pop):
    base = 0.545 + 0.04 * jit(name, "bef")
    if name in ("Lund", "Malmö"):
        base += 0.05
    return int(round(pop * base))


def ff_total(name, rate):
    return 0.862 - rate * 0.0122 + 0.02 * jit(name, "ff")


# ---------------------------------------------------------------------------
# 1. AF-export, två uttag hopslagna

def write_af(out):
    header = ["Månad", "Kommunkod", "Kommun", "Öppet arbetslösa",
              "Sökande i program med aktivitetsstöd", "Inskrivna arbetslösa totalt",
              "Andel av registerbaserad arbetskraft (%)"]
    rows_by_month = {}
    for m in range(1, 13):
        rows = []
        for code, name, pop, reg, rate in sorted(KOMMUNER, key=lambda k: k[0]):
            opn, prg, tot, andel = af_month(code, name, pop, rate, m)
            rows.append([f"2024-{m:02d}", code, name, str(opn), str(prg), str(tot), sv(andel)])
        rows_by_month[m] = rows
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    # uttag 1: jan–jun
    w.writerow(header)
    for m in range(1, 7):
        w.writerows(rows_by_month[m])
    # uttag 2: jun–dec (klistrat under i samma fil, rubrikraden följer med)
    w.writerow(header)
    for m in range(6, 13):
        w.writerows(rows_by_month[m])
    with open(os.path.join(out, "af_inskrivna_arbetslosa_skane_2024.csv"), "w",
              encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 2. Folkhälsoenkät med KI i cellen

def ci(p, n):
    hw = 1.96 * math.sqrt(p / 100 * (1 - p / 100) / n) * 100 * 1.35
    return round(p - hw, 1), round(p + hw, 1)


def fmt_ci(p, n):
    lo, hi = ci(p, n)
    return f"{sv(p)} ({sv(lo)}–{sv(hi)})"


def folkhalsa_values():
    vals = []
    for code, name, pop, reg, rate in KOMMUNER:
        n22 = int(380 + pop * 0.0115 + 60 * jit(name, "n22"))
        n18 = int(360 + pop * 0.0120 + 60 * jit(name, "n18"))
        g22 = round(79.5 - rate * 1.05 + 4 * jit(name, "g22"), 1)
        g18 = round(g22 + (-1.2 + 4.0 * jit(name, "g18")), 1)
        psy = round(11.0 + rate * 0.62 + 3 * jit(name, "psy"), 1)
        vals.append((name, pop, n18, g18, n22, g22, psy))
    return vals


def write_folkhalsa(out):
    vals = folkhalsa_values()
    lines = ["Folkhälsoenkät Skåne 2022 – vuxna 18–84 år, kommunnivå",
             "Viktade andelar (%) med 95 % konfidensintervall inom parentes",
             ""]
    head = ["Kommun", "Gott självskattat hälsotillstånd 2018", "Gott självskattat hälsotillstånd 2022",
            "Lågt psykiskt välbefinnande (GHQ-12) 2022", "Antal svarande 2022"]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\n")
    for l in lines:
        buf.write(l + "\n")
    w.writerow(head)
    for name, pop, n18, g18, n22, g22, psy in sorted(vals, key=lambda v: sv_key(v[0])):
        w.writerow([name, fmt_ci(g18, n18), fmt_ci(g22, n22), fmt_ci(psy, n22), str(n22)])
    totpop = sum(v[1] for v in vals)
    g18 = round(sum(v[3] * v[1] for v in vals) / totpop, 1)
    g22 = round(sum(v[5] * v[1] for v in vals) / totpop, 1)
    psy = round(sum(v[6] * v[1] for v in vals) / totpop, 1)
    n18 = sum(v[2] for v in vals)
    n22 = sum(v[4] for v in vals)
    w.writerow(["Skåne län", fmt_ci(g18, n18), fmt_ci(g22, n22), fmt_ci(psy, n22), str(n22)])
    buf.write("\n")
    buf.write("Källa: Region Skåne, Folkhälsoenkät Skåne 2022 och 2018. Skattningarna är viktade "
              "för att motsvara befolkningen 18–84 år.\n")
    buf.write("GHQ-12 = General Health Questionnaire, 12 frågor; lågt välbefinnande = 3 poäng eller mer.\n")
    with open(os.path.join(out, "folkhalsoenkat_skane_2022_kommun.csv"), "w",
              encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 3. SCB-pivot, kompakt form

def scb_values():
    res = {}
    for code, name, pop, reg, rate in KOMMUNER:
        b = bef2064(name, pop)
        f = int(round(b * ff_total(name, rate)))
        res[name] = (reg, b, f)
    return res


def write_pivot(out):
    vals = scb_values()
    wb = Workbook()
    fixed_props(wb, "Förvärvsarbetande 20-64 år 2023", "Region Skåne Analys")
    ws = wb.active
    ws.title = "Pivot"
    bold = Font(bold=True)
    head_fill = PatternFill("solid", fgColor="DDEBF7")
    grp_fill = PatternFill("solid", fgColor="F2F2F2")
    ws["A1"] = "År"
    ws["B1"] = "2023"
    ws["A2"] = "Kön"
    ws["B2"] = "(Alla)"
    for c in ("A1", "A2"):
        ws[c].font = bold
    ws.append([])
    ws.append(["Radetiketter", "Summa av Befolkning 20-64 år", "Summa av Förvärvsarbetande 20-64 år"])
    for c in ws[4]:
        c.font = bold
        c.fill = head_fill
    regions = sorted({v[0] for v in vals.values()}, key=sv_key)
    r = 5
    for reg in regions:
        members = sorted([k for k, v in vals.items() if v[0] == reg], key=sv_key)
        ws.cell(r, 1, reg).font = bold
        ws.cell(r, 2, sum(vals[k][1] for k in members)).font = bold
        ws.cell(r, 3, sum(vals[k][2] for k in members)).font = bold
        for c in range(1, 4):
            ws.cell(r, c).fill = grp_fill
        r += 1
        for k in members:
            ws.cell(r, 1, k).alignment = Alignment(indent=1)
            ws.cell(r, 2, vals[k][1])
            ws.cell(r, 3, vals[k][2])
            r += 1
    ws.cell(r, 1, "Totalsumma").font = bold
    ws.cell(r, 2, sum(v[1] for v in vals.values())).font = bold
    ws.cell(r, 3, sum(v[2] for v in vals.values())).font = bold
    for c in range(1, 4):
        ws.cell(r, c).fill = head_fill
    for row in ws.iter_rows(min_row=5, max_row=r, min_col=2, max_col=3):
        for c in row:
            c.number_format = "#,##0"
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 30
    ws.column_dimensions["C"].width = 36
    p = os.path.join(out, "scb_forvarvsarbetande_pivot_2023.xlsx")
    wb.save(p)
    normalize_xlsx(p)


# ---------------------------------------------------------------------------
# 4. Skolverket, andelar som bråktal med procentformat

def skola_values():
    res = []
    for code, name, pop, reg, rate in KOMMUNER:
        el24 = int(round(pop * (0.0112 + 0.0022 * jit(name, "el24"))))
        el23 = int(round(el24 * (0.96 + 0.07 * jit(name, "el23"))))
        p24 = 0.935 - rate * 0.0118 + 0.035 * jit(name, "p24")
        p23 = p24 + (-0.035 + 0.06 * jit(name, "p23"))
        b24 = int(round(el24 * p24))
        b23 = int(round(el23 * p23))
        mv = round(252.0 - rate * 4.1 + 12 * jit(name, "mv"), 1)
        res.append((code, name, el24, b24, el23, b23, mv))
    return res


def write_skola(out):
    vals = skola_values()
    wb = Workbook()
    fixed_props(wb, "Behörighet till yrkesprogram åk 9", "Skolverket")
    ws = wb.active
    ws.title = "Kommuner"
    ws["A1"] = "Elever i årskurs 9 – behörighet till gymnasieskolans yrkesprogram, samtliga huvudmän"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Skåne län. Läsåren 2022/23 och 2023/24. Källa: Skolverket (nedladdat 2025-02-14)."
    ws.append([])
    head = ["Kommunkod", "Kommun", "Antal elever åk 9 2023/24",
            "Andel behöriga till yrkesprogram 2023/24", "Antal elever åk 9 2022/23",
            "Andel behöriga till yrkesprogram 2022/23",
            "Genomsnittligt meritvärde (17 ämnen) 2023/24"]
    ws.append(head)
    for c in ws[4]:
        c.font = Font(bold=True)
        c.alignment = Alignment(wrap_text=True, vertical="top")
    r = 5
    for code, name, el24, b24, el23, b23, mv in sorted(vals, key=lambda v: sv_key(v[1])):
        ws.cell(r, 1, code)
        ws.cell(r, 2, name)
        ws.cell(r, 3, el24)
        ws.cell(r, 4, b24 / el24).number_format = "0.0%"
        ws.cell(r, 5, el23)
        ws.cell(r, 6, b23 / el23).number_format = "0.0%"
        ws.cell(r, 7, mv).number_format = "0.0"
        r += 1
    tel24 = sum(v[2] for v in vals)
    tb24 = sum(v[3] for v in vals)
    tel23 = sum(v[4] for v in vals)
    tb23 = sum(v[5] for v in vals)
    tmv = round(sum(v[6] * v[2] for v in vals) / tel24, 1)
    for label, code, e24, p24, e23, p23, m in (
            ("Skåne län", "12", tel24, tb24 / tel24, tel23, tb23 / tel23, tmv),
            ("Riket", "00", 114350, 0.8571, 112877, 0.8636, 229.8)):
        ws.cell(r, 1, code).font = Font(bold=True)
        ws.cell(r, 2, label).font = Font(bold=True)
        ws.cell(r, 3, e24)
        ws.cell(r, 4, p24).number_format = "0.0%"
        ws.cell(r, 5, e23)
        ws.cell(r, 6, p23).number_format = "0.0%"
        ws.cell(r, 7, m).number_format = "0.0"
        r += 1
    r += 1
    ws.cell(r, 1, "Behörighet till yrkesprogram kräver godkänt betyg i svenska/svenska som andraspråk, "
                  "engelska, matematik och minst fem andra ämnen.")
    ws.column_dimensions["A"].width = 11
    ws.column_dimensions["B"].width = 16
    for col in "CDEFG":
        ws.column_dimensions[col].width = 18
    p = os.path.join(out, "skolverket_behorighet_yrkesprogram_ak9.xlsx")
    wb.save(p)
    normalize_xlsx(p)


# ---------------------------------------------------------------------------
# 5. Deltagarregister

class LCG:
    def __init__(self, seed):
        self.s = seed

    def next(self):
        self.s = (1103515245 * self.s + 12345) % 2147483648
        return self.s / 2147483648.0

    def pick(self, seq):
        return seq[int(self.next() * len(seq))]


VARIANTER = {
    "Malmö": ["Malmö stad", "Malmö", "MALMÖ", "Malmö stad", "Malmö"],
    "Helsingborg": ["Helsingborgs stad", "Helsingborg", "Helsingborg", "HELSINGBORG"],
    "Landskrona": ["Landskrona stad", "Landskrona", "Landskrona kommun"],
    "Trelleborg": ["Trelleborgs kommun", "Trelleborg", "Trelleborg"],
    "Eslöv": ["Eslövs kommun", "Eslöv", "Eslöv "],
    "Bjuv": ["Bjuvs kommun", "Bjuv"],
}
ANTAL = [("Malmö", 58), ("Helsingborg", 41), ("Landskrona", 29), ("Trelleborg", 24),
         ("Eslöv", 19), ("Bjuv", 15)]
INSATSER = ["Jobbcoachning", "Praktik", "Studie- och yrkesvägledning", "Svenska för arbetslivet",
            "Kortare yrkesutbildning", "Hälsoinsats"]
INSATS_W = [0.70, 0.45, 0.35, 0.30, 0.22, 0.15]
AVSLUT = ["Arbete", "Arbete", "Arbete", "Studier", "Studier", "Avbrott", "Flyttat", "Annan orsak",
          "Arbete", "Avbrott"]


def register_rows():
    g = LCG(20240101)
    rows = []
    order = []
    for kom, n in ANTAL:
        order += [kom] * n
    # blanda ordningen deterministiskt
    keyed = sorted(range(len(order)), key=lambda i: jit("ordning", i))
    base = _dt.date(2023, 9, 1)
    end_year = _dt.date(2024, 12, 31)
    for idx, i in enumerate(keyed):
        kom = order[i]
        var = VARIANTER[kom][int(g.next() * len(VARIANTER[kom]))]
        kon = "Kvinna" if g.next() < 0.47 else "Man"
        fodd = 1962 + int(g.next() * 44)
        start = base + _dt.timedelta(days=int(g.next() * 420))
        chosen = [ins for ins, wgt in zip(INSATSER, INSATS_W) if g.next() < wgt]
        if not chosen:
            chosen = ["Jobbcoachning"]
        if g.next() < 0.68:
            slut = start + _dt.timedelta(days=60 + int(g.next() * 260))
            if slut > end_year:
                slut_s, orsak = "", ""
            else:
                slut_s = slut.isoformat()
                orsak = AVSLUT[int(g.next() * len(AVSLUT))]
        else:
            slut_s, orsak = "", ""
        rows.append([f"JS-{1001 + idx}", var, kon, str(fodd), start.isoformat(), slut_s,
                     ", ".join(chosen), orsak])
    return rows


def write_register(out):
    rows = register_rows()
    with open(os.path.join(out, "deltagarregister_jobbsteget_2024.csv"), "w",
              encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=",", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["DeltagarID", "Kommun", "Kön", "Födelseår", "Startdatum", "Slutdatum",
                    "Insatser", "Avslutsorsak"])
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 6. PDF-rapport med roterade kolumnrubriker

def pdf_values():
    scb = scb_values()
    res = []
    for code, name, pop, reg, rate in KOMMUNER:
        _, b, f = scb[name]
        u = UTRIKES[name]
        tot = f / b
        gap = 0.14 + 0.10 * jit(name, "gap")
        inr = tot + u * gap
        utr = inr - gap
        n_utr = int(round(b * u))
        dec = af_month(code, name, pop, rate, 12)[3]
        u_ak = u * 0.85
        R = 3.0 + 1.2 * jit(name, "R")
        a_inr = dec / (u_ak * R + 1 - u_ak)
        a_utr = R * a_inr
        res.append((name, n_utr, round(utr * 100, 1), round(inr * 100, 1),
                    round(a_utr, 1), round(a_inr, 1)))
    return res


def write_pdf(out):
    vals = pdf_values()
    path = os.path.join(out, "rapport_utrikes_fodda_arbetsmarknad_skane.pdf")
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("Utrikes födda på arbetsmarknaden i Skåne – kommunbilaga")
    c.setAuthor("Region Skåne, Regional utveckling")
    c.setSubject("Rapport 2025:3")
    c.setCreator("Region Skåne")
    W, H = A4
    c.setFont("Helvetica-Bold", 14)
    c.drawString(50, H - 60, "Bilaga 2. Utrikes och inrikes födda på arbetsmarknaden, per kommun")
    c.setFont("Helvetica", 9)
    intro = [
        "Tabellen visar antal utrikes födda 20–64 år och förvärvsfrekvens (andel förvärvsarbetande) 2023",
        "för utrikes respektive inrikes födda enligt SCB:s registerstatistik, samt andel inskrivna arbetslösa",
        "av den registerbaserade arbetskraften 16–64 år i december 2024 enligt Arbetsförmedlingen.",
        "Kommunerna är sorterade efter förvärvsfrekvens bland utrikes födda, högst först.",
    ]
    y = H - 80
    for l in intro:
        c.drawString(50, y, l)
        y -= 12
    cols = ["Kommun",
            "Utrikes födda 20–64 år, antal 2023",
            "Förvärvsfrekvens utrikes födda 2023, %",
            "Förvärvsfrekvens inrikes födda 2023, %",
            "Arbetslösa utrikes födda dec 2024, %",
            "Arbetslösa inrikes födda dec 2024, %"]
    x0 = 60
    colx = [x0, 170, 240, 310, 380, 450]   # vänsterkant
    colw = [110, 70, 70, 70, 70, 70]
    top = y - 10
    head_h = 120
    # rubriker: första horisontell, resten roterade 90°
    c.setFont("Helvetica-Bold", 8)
    c.drawString(colx[0] + 2, top - head_h + 6, cols[0])
    for i in range(1, len(cols)):
        c.saveState()
        c.translate(colx[i] + colw[i] / 2 + 3, top - head_h + 4)
        c.rotate(90)
        words = cols[i].split(", ")
        c.drawString(0, 0, words[0])
        if len(words) > 1:
            c.drawString(0, -10, words[1])
        c.restoreState()
    c.setLineWidth(0.6)
    c.line(x0, top - head_h, colx[-1] + colw[-1], top - head_h)
    c.setFont("Helvetica", 8.5)
    rows = sorted(vals, key=lambda v: (-v[2], sv_key(v[0])))
    rowh = 13
    yy = top - head_h - rowh + 3
    for k, (name, n_utr, utr, inr, a_utr, a_inr) in enumerate(rows):
        if k % 2 == 1:
            c.setFillColor(colors.Color(0.93, 0.95, 0.98))
            c.rect(x0, yy - 3, colx[-1] + colw[-1] - x0, rowh, stroke=0, fill=1)
            c.setFillColor(colors.black)
        c.drawString(colx[0] + 2, yy, name)
        n_s = f"{n_utr:,}".replace(",", " ")
        c.drawRightString(colx[1] + colw[1] - 12, yy, n_s)
        for i, v in zip(range(2, 6), (utr, inr, a_utr, a_inr)):
            c.drawRightString(colx[i] + colw[i] - 22, yy, sv(v))
        yy -= rowh
    # Skåne län
    scb = scb_values()
    tot_b = sum(v[1] for v in scb.values())
    tot_utr_n = sum(v[1] for v in vals)
    c.line(x0, yy + rowh - 3, colx[-1] + colw[-1], yy + rowh - 3)
    c.setFont("Helvetica-Bold", 8.5)
    w_utr = round(sum(v[1] * v[2] for v in vals) / tot_utr_n, 1)
    inr_n = {v[0]: scb[v[0]][1] - v[1] for v in vals}
    w_inr = round(sum(inr_n[v[0]] * v[3] for v in vals) / sum(inr_n.values()), 1)
    w_au = round(sum(v[1] * v[4] for v in vals) / tot_utr_n, 1)
    w_ai = round(sum(inr_n[v[0]] * v[5] for v in vals) / sum(inr_n.values()), 1)
    c.drawString(colx[0] + 2, yy, "Skåne län")
    c.drawRightString(colx[1] + colw[1] - 12, yy, f"{tot_utr_n:,}".replace(",", " "))
    for i, v in zip(range(2, 6), (w_utr, w_inr, w_au, w_ai)):
        c.drawRightString(colx[i] + colw[i] - 22, yy, sv(v))
    yy -= 24
    c.setFont("Helvetica", 7.5)
    c.drawString(50, yy, "Källor: SCB, registerbaserad arbetsmarknadsstatistik (BAS) 2023; Arbetsförmedlingen, "
                         "inskrivna arbetslösa december 2024.")
    c.drawString(50, yy - 10, "Arbetslösa = öppet arbetslösa och sökande i program med aktivitetsstöd, "
                              "i procent av den registerbaserade arbetskraften.")
    c.setFont("Helvetica", 7)
    c.drawString(50, 30, "Region Skåne – Utrikes födda på arbetsmarknaden i Skåne, rapport 2025:3")
    c.drawRightString(W - 50, 30, "Sida 27")
    c.showPage()
    c.save()


def main():
    if len(sys.argv) != 2:
        print("Användning: r204_make_files.py OUT_DIR", file=sys.stderr)
        sys.exit(2)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    write_af(out)
    write_folkhalsa(out)
    write_pivot(out)
    write_skola(out)
    write_register(out)
    write_pdf(out)
    for fn in sorted(os.listdir(out)):
        print(fn)


if __name__ == "__main__":
    main()
