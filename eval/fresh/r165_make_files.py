#!/usr/bin/env python
"""r165 - writes six synthetic but realistic Swedish statistics files for
Kalmar län into OUT_DIR.

    python r165_make_files.py OUT_DIR

Files
1. scb_brp_lan_2021-2023.csv
   SCB regional accounts (PxWeb-style), cp1252, CRLF, semicolons, quoted labels,
   long: region x tabellinnehåll with years across, all 21 counties + Riket +
   "Extra-Regio" (only mnkr, '..' for the rest), decimal commas, 2023 preliminary.
2. csn_studiemedel_hemkommun_kalmar_lan_2024-2025.csv
   CSN, UTF-8 with BOM, CRLF, semicolons, VT/HT terms plus a calendar-year column
   that is NOT VT+HT (persons counted once), a 'varav kvinnor' column, '-' for 0,
   '..' for not yet reported, 'Samtliga utbildningsformer' below the forms,
   municipality 'Kalmar' and county row 'Kalmar län'.
3. af_yrkesbarometer_kalmar_lan_hosten_2025.xlsx
   Arbetsförmedlingen, info sheet first, section rows (yrkesområde) merged across,
   two-row merged header: Kalmar län 1 år / Kalmar län 5 år / Riket 1 år each over
   Bristindex + Rekryteringssituation, '..' where missing.
4. tillvaxtverket_pipos_servicetillganglighet_kalmar_lan_2025.xlsx
   Tillväxtverket Pipos, 'Om statistiken' + one sheet per service (Dagligvaror,
   Apotek, Drivmedel), municipalities x travel-time bands (counts) under a
   merged header, share > 10 min and mean travel time, county and Riket rows.
5. region_kalmar_lan_lagesbild_rus_2025.pdf
   Region Kalmar län follow-up report, 2 pages, running header, 'Sida N av 2',
   indicator table (2019/2022/2023/2024, goal 2030, Riket) and a municipality table
   by sex with a signed change column, distractor figures in the running text.
6. tillvaxtverket_fvv2023_tillvaxthinder_kalmar_lan.xlsx
   Tillväxtverket 'Företagens villkor och verklighet 2023', read-me sheet, a sheet
   of obstacles x size class (merged 'Kalmar län' over four size columns, 'Riket')
   with an 'Antal svarande företag' row, and a municipality sheet with 'x' masks.

All data are invented (fixed seed) but internally consistent.
"""
import csv
import datetime
import io
import os
import random
import sys
import zipfile

SEED = 165

# ---------------------------------------------------------------- helpers

def dec(x, nd=1):
    """Swedish decimal comma, ASCII hyphen-minus for negatives."""
    s = f"{x:.{nd}f}"
    if s in ("-0.0", "-0.00"):
        s = s[1:]
    return s.replace(".", ",")


def alloc(total, weights):
    """Split integer total by weights with the largest-remainder method."""
    wsum = float(sum(weights))
    raw = [total * w / wsum for w in weights]
    base = [int(r) for r in raw]
    rest = total - sum(base)
    order = sorted(range(len(raw)), key=lambda i: (-(raw[i] - base[i]), i))
    for i in order[:rest]:
        base[i] += 1
    return base


KOMMUNER = [  # code, name, population 2024-12-31 (invented, plausible)
    ("0821", "Högsby", 5563),
    ("0834", "Torsås", 7138),
    ("0840", "Mörbylånga", 15884),
    ("0860", "Hultsfred", 13693),
    ("0861", "Mönsterås", 13518),
    ("0862", "Emmaboda", 9307),
    ("0880", "Kalmar", 72018),
    ("0881", "Nybro", 20142),
    ("0882", "Oskarshamn", 27309),
    ("0883", "Västervik", 35826),
    ("0884", "Vimmerby", 15622),
    ("0885", "Borgholm", 10871),
]
NAMES = [k[1] for k in KOMMUNER]
POP = {k[1]: k[2] for k in KOMMUNER}
CODE = {k[1]: k[0] for k in KOMMUNER}
LAN_POP = sum(POP.values())  # 246 891


def sv_sorted(names):
    order = "abcdefghijklmnopqrstuvwxyzåäö"
    return sorted(names, key=lambda s: [order.index(c) if c in order else -1 for c in s.lower()])


# ================================================================ 1. SCB BRP

LAN = [  # code, name, mean population 2023, BRP/inv 2023 target (tkr), employed/pop
    ("01", "Stockholms län", 2454300, 845, 0.535),
    ("03", "Uppsala län", 400200, 540, 0.480),
    ("04", "Södermanlands län", 301100, 410, 0.440),
    ("05", "Östergötlands län", 469400, 470, 0.460),
    ("06", "Jönköpings län", 367300, 505, 0.500),
    ("07", "Kronobergs län", 203600, 500, 0.490),
    ("08", "Kalmar län", 246700, 452, 0.470),
    ("09", "Gotlands län", 61100, 430, 0.480),
    ("10", "Blekinge län", 157100, 448, 0.445),
    ("12", "Skåne län", 1421800, 480, 0.455),
    ("13", "Hallands län", 344300, 441, 0.460),
    ("14", "Västra Götalands län", 1760500, 580, 0.500),
    ("17", "Värmlands län", 283000, 455, 0.460),
    ("18", "Örebro län", 306300, 480, 0.470),
    ("19", "Västmanlands län", 280200, 482, 0.460),
    ("20", "Dalarnas län", 287900, 475, 0.480),
    ("21", "Gävleborgs län", 287300, 446, 0.455),
    ("22", "Västernorrlands län", 243500, 505, 0.470),
    ("23", "Jämtlands län", 132200, 470, 0.490),
    ("24", "Västerbottens län", 275100, 535, 0.490),
    ("25", "Norrbottens län", 249200, 640, 0.490),
]
YEARS_BRP = [2021, 2022, 2023]
# nominal level relative to 2023 and population relative to 2023
NOM_FACTOR = {2021: 0.858, 2022: 0.933, 2023: 1.0}
POP_FACTOR = {2021: 0.9925, 2022: 0.9965, 2023: 1.0}
EMP_FACTOR = {2021: 0.982, 2022: 0.998, 2023: 1.0}
EXTRA_REGIO = {2021: 7412, 2022: 8105, 2023: 8630}
VOL_FIXED = {"08": {2021: 4.6, 2022: 2.1, 2023: -0.8}}


def brp_data():
    rnd = random.Random(SEED)
    data = {}  # code -> dict year -> (mnkr, per_inv, per_syss, vol)
    tot = {y: [0, 0, 0] for y in YEARS_BRP}  # mnkr, pop, emp
    vol_w = {y: [0.0, 0.0] for y in YEARS_BRP}
    for code, name, pop23, inv23, er in LAN:
        data[code] = {}
        wig = {2021: 1 + rnd.uniform(-0.015, 0.015), 2022: 1 + rnd.uniform(-0.012, 0.012), 2023: 1.0}
        for y in YEARS_BRP:
            pop = round(pop23 * POP_FACTOR[y])
            emp = round(pop23 * er * EMP_FACTOR[y])
            mnkr = round(inv23 * pop23 / 1000 * NOM_FACTOR[y] * wig[y])
            per_inv = round(mnkr * 1000 / pop)
            per_syss = round(mnkr * 1000 / emp)
            if code in VOL_FIXED:
                vol = VOL_FIXED[code][y]
            else:
                base = {2021: 5.6, 2022: 2.6, 2023: -0.1}[y]
                vol = round(base + rnd.uniform(-1.6, 1.6), 1)
            data[code][y] = (mnkr, per_inv, per_syss, vol)
            tot[y][0] += mnkr
            tot[y][1] += pop
            tot[y][2] += emp
            vol_w[y][0] += vol * mnkr
            vol_w[y][1] += mnkr
    data["00"] = {}
    data["99"] = {}
    for y in YEARS_BRP:
        mnkr = tot[y][0] + EXTRA_REGIO[y]
        data["00"][y] = (mnkr, round(mnkr * 1000 / tot[y][1]), round(mnkr * 1000 / tot[y][2]),
                         round(vol_w[y][0] / vol_w[y][1], 1))
        data["99"][y] = (EXTRA_REGIO[y], None, None, None)
    return data


def write_brp(out):
    data = brp_data()
    measures = ["BRP, löpande priser, mnkr", "BRP per invånare, löpande priser, tkr",
                "BRP per sysselsatt, löpande priser, tkr", "BRP, volymförändring, procent"]
    regions = [("00", "Riket")] + [(c, n) for c, n, *_ in LAN] + [("99", "Extra-Regio")]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", quoting=csv.QUOTE_NONNUMERIC, lineterminator="\r\n")
    buf.write('"Bruttoregionprodukt (BRP) efter region, tabellinnehåll och år"\r\n')
    buf.write("\r\n")
    w.writerow(["region", "tabellinnehåll"] + [str(y) for y in YEARS_BRP])
    for code, name in regions:
        for mi, m in enumerate(measures):
            row = [f"{code} {name}", m]
            for y in YEARS_BRP:
                v = data[code][y][mi]
                if v is None:
                    row.append("..")
                elif mi == 3:
                    row.append(dec(v, 1))
                else:
                    row.append(v)
            # numbers unquoted, text quoted (QUOTE_NONNUMERIC quotes the str cells)
            w.writerow(row)
    buf.write("\r\n")
    buf.write('"Fotnoter:"\r\n')
    buf.write('"2023: Preliminära uppgifter. Definitiva uppgifter för 2023 publiceras i december 2025."\r\n')
    buf.write('"Extra-Regio: Den del av BRP som inte kan fördelas på län (bl.a. ambassader och verksamhet på kontinentalsockeln). Ingår i Riket."\r\n')
    buf.write('"BRP per invånare beräknas på medelfolkmängden, BRP per sysselsatt på antalet sysselsatta (dagbefolkning) enligt regionalräkenskaperna."\r\n')
    buf.write('"Volymförändring = förändring i fasta priser jämfört med föregående år (referensår 2022)."\r\n')
    buf.write('"Källa: SCB, Regional- och nationalräkenskaper (ENS 2010). Tabell: NR0105."\r\n')
    # numeric cells with decimal comma were written as strings -> csv quoted them;
    # real PxWeb exports keep figures unquoted, so strip quotes around pure figures
    txt = buf.getvalue()
    lines = []
    for line in txt.split("\r\n"):
        parts = line.split(";")
        fixed = []
        for p in parts:
            inner = p[1:-1] if len(p) >= 2 and p[0] == p[-1] == '"' else None
            if inner is not None and inner.replace(",", "").replace("-", "").isdigit():
                fixed.append(inner)
            else:
                fixed.append(p)
        lines.append(";".join(fixed))
    txt = "\r\n".join(lines)
    with open(os.path.join(out, "scb_brp_lan_2021-2023.csv"), "w", encoding="cp1252", newline="") as f:
        f.write(txt)


# ================================================================ 2. CSN

FORMS = ["Komvux", "Folkhögskola", "Yrkeshögskola", "Universitet och högskola", "Studier utomlands"]
FORM_RATE = {"Komvux": (0.0135, 0.0185), "Folkhögskola": (0.0034, 0.0058),
             "Yrkeshögskola": (0.0040, 0.0068), "Universitet och högskola": (0.0120, 0.0180),
             "Studier utomlands": (0.0003, 0.0008)}
UH_RATE = {"Kalmar": 0.0435, "Mörbylånga": 0.0238, "Oskarshamn": 0.0168, "Västervik": 0.0161}
KV_SHARE = {"Komvux": 0.67, "Folkhögskola": 0.61, "Yrkeshögskola": 0.52,
            "Universitet och högskola": 0.62, "Studier utomlands": 0.60}
GROWTH_VT = {"Komvux": 1.07, "Folkhögskola": 0.96, "Yrkeshögskola": 1.04,
             "Universitet och högskola": 1.02, "Studier utomlands": 1.0}
GROWTH_HT = {"Komvux": 1.08, "Folkhögskola": 0.94, "Yrkeshögskola": 1.03,
             "Universitet och högskola": 1.02}
CSN_COLS = ["VT 2024", "HT 2024", "Kalenderår 2024", "Kalenderår 2024, varav kvinnor", "VT 2025",
            "HT 2025 (prel.)"]


def csn_data():
    rnd = random.Random(SEED + 2)
    rows = {}  # (kommun, form) -> list of 6 values (None = '..')
    for name in NAMES:  # code order for the random stream
        pop = POP[name]
        forms = {}
        for fo in FORMS:
            lo, hi = FORM_RATE[fo]
            rate = UH_RATE.get(name, rnd.uniform(lo, hi)) if fo == "Universitet och högskola" else rnd.uniform(lo, hi)
            year = round(pop * rate)
            if fo == "Studier utomlands" and name == "Högsby":
                year = 2
            u1 = rnd.uniform(0.72, 0.84)
            u2 = rnd.uniform(0.73, 0.86)
            if fo == "Studier utomlands":
                u1, u2 = rnd.uniform(0.50, 0.62), rnd.uniform(0.50, 0.62)
            vt = round(year * u1)
            ht = round(year * u2)
            if fo == "Studier utomlands" and name == "Högsby":
                vt, ht = 0, 2
            kv = round(year * (KV_SHARE[fo] + rnd.uniform(-0.04, 0.04)))
            vt25 = round(vt * GROWTH_VT[fo] * rnd.uniform(0.97, 1.03))
            if fo == "Studier utomlands":
                ht25 = None
            else:
                ht25 = round(ht * GROWTH_HT[fo] * rnd.uniform(0.97, 1.03))
            forms[fo] = [vt, ht, year, kv, vt25, ht25]
        # Samtliga: persons once over forms
        sam = []
        for ci in range(6):
            vals = [forms[fo][ci] for fo in FORMS if forms[fo][ci] is not None]
            s = sum(vals)
            o = 0.018 if ci in (2, 3) else 0.009
            sam.append(s - round(s * o))
        for fo in FORMS:
            rows[(name, fo)] = forms[fo]
        rows[(name, "Samtliga utbildningsformer")] = sam
    # county = sum of municipalities
    for fo in FORMS + ["Samtliga utbildningsformer"]:
        agg = []
        for ci in range(6):
            vals = [rows[(n, fo)][ci] for n in NAMES]
            agg.append(None if any(v is None for v in vals) else sum(vals))
        rows[("Kalmar län", fo)] = agg
    return rows


def write_csn(out):
    rows = csn_data()
    lines = []
    lines.append("Studerande med studiemedel efter hemkommun och utbildningsform, Kalmar län")
    lines.append("Antal personer per termin och kalenderår")
    lines.append("")
    lines.append(";".join(["Hemkommun", "Utbildningsform"] + CSN_COLS))
    for name in sv_sorted(NAMES) + ["Kalmar län"]:
        for fo in FORMS + ["Samtliga utbildningsformer"]:
            vals = rows[(name, fo)]
            cells = []
            for v in vals:
                if v is None:
                    cells.append("..")
                elif v == 0:
                    cells.append("-")
                else:
                    cells.append(str(v))
            lines.append(";".join([name, fo] + cells))
    lines.append("")
    lines.append("Teckenförklaring: - = inga studerande, .. = uppgift saknas ännu")
    lines.append("En person räknas en gång per utbildningsform och period. Den som har studerat både vår- och hösttermin räknas bara en gång under kalenderåret, därför är antalet för kalenderåret lägre än summan av VT och HT.")
    lines.append("Samtliga utbildningsformer: varje person räknas en gång även om hen har studerat inom flera utbildningsformer under perioden.")
    lines.append("HT 2025 är preliminära uppgifter (utbetalningar t.o.m. 2025-11-30). Studier utomlands HT 2025 redovisas i mars 2026; Samtliga utbildningsformer HT 2025 avser därför endast studier i Sverige.")
    lines.append("Hemkommun = folkbokföringskommun vid periodens första utbetalning. Kalmar län = summan av länets kommuner.")
    lines.append("Källa: CSN, studiestödsstatistik. Uttag 2025-12-10.")
    with open(os.path.join(out, "csn_studiemedel_hemkommun_kalmar_lan_2024-2025.csv"), "w",
              encoding="utf-8-sig", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ================================================================ xlsx helpers

def fix_xlsx_timestamps(path):
    """openpyxl stamps 'modified' with now(); rewrite it so reruns are byte-stable."""
    stamp = "2025-12-01T08:00:00Z"
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in items:
            if info.filename == "docProps/core.xml":
                import re
                txt = data.decode("utf-8")
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + stamp + r"\g<2>", txt)
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>" + stamp + r"\g<2>", txt)
                data = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 12, 1, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


# ================================================================ 3. AF Yrkesbarometer

YB = [  # section, [(ssyk, yrke, kalmar 1 år, kalmar 5 år, riket 1 år)]
    ("Hälso- och sjukvård", [
        ("2211", "Specialistläkare", 4.71, 4.63, 4.52),
        ("2221", "Grundutbildade sjuksköterskor", 4.12, 4.38, 3.86),
        ("2224", "Distriktssköterskor", 4.55, 4.69, 4.47),
        ("2235", "Röntgensjuksköterskor", 4.58, 4.41, 4.49),
        ("2222", "Barnmorskor", 3.82, None, 3.95),
        ("2241", "Psykologer", 4.05, 4.22, 4.31),
        ("2272", "Fysioterapeuter och sjukgymnaster", 3.44, 3.71, 3.58),
        ("5321", "Undersköterskor, hemtjänst, hemsjukvård och äldreboende", 3.66, 4.18, 3.52),
        ("5323", "Undersköterskor, vård- och specialavdelning", 3.91, 4.27, 3.74),
        ("5330", "Vårdbiträden", 2.31, 2.08, 2.22),
    ]),
    ("Pedagogiskt arbete", [
        ("2341", "Grundskollärare", 3.78, 3.52, 3.69),
        ("2343", "Förskollärare", 3.62, 3.21, 3.85),
        ("2330", "Gymnasielärare", 3.55, 3.40, 3.61),
        ("5311", "Barnskötare", 2.84, 2.47, 2.79),
        ("5312", "Elevassistenter m.fl.", 2.12, 1.96, 2.05),
    ]),
    ("Bygg och anläggning", [
        ("7111", "Träarbetare, snickare m.fl.", 3.05, 3.48, 2.88),
        ("7125", "VVS-montörer m.fl.", 3.71, 3.92, 3.49),
        ("8342", "Anläggningsmaskinförare m.fl.", 3.38, 3.57, 3.22),
        ("7131", "Målare", 2.67, 2.95, 2.74),
    ]),
    ("Installation, drift, underhåll", [
        ("7411", "Installations- och serviceelektriker", 3.74, 4.05, 3.48),
        ("7412", "Industrielektriker", 3.96, 4.11, 3.67),
        ("7233", "Underhållsmekaniker och maskinreparatörer", 3.83, 3.94, 3.58),
    ]),
    ("Transport, distribution, lager", [
        ("8332", "Lastbilsförare m.fl.", 3.63, 3.81, 3.27),
        ("8331", "Buss- och spårvagnsförare", 3.88, 3.97, 3.71),
        ("4322", "Lager- och terminalpersonal", 2.41, 2.56, 2.35),
        ("8344", "Truckförare", 2.73, 2.88, 2.61),
    ]),
    ("Tillverkning", [
        ("7212", "Svetsare och gasskärare", 3.58, 3.61, 3.33),
        ("7223", "Maskinställare och maskinoperatörer, metallarbete", 3.47, 3.62, 3.28),
        ("8211", "Fordonsmontörer", 2.58, 2.71, 2.49),
        ("8173", "Operatörer inom sågverk, hyvleri och plywood m.m.", 3.12, 3.25, 3.06),
    ]),
    ("Försäljning, inköp, marknadsföring", [
        ("5223", "Butikssäljare, fackhandel", 2.28, 2.61, 2.19),
        ("5222", "Butikssäljare, dagligvaror", 2.55, 2.52, 2.47),
        ("5230", "Kassapersonal m.fl.", 2.04, 1.82, 1.97),
    ]),
    ("Administration, ekonomi, juridik", [
        ("4111", "Ekonomiassistenter m.fl.", 2.35, 2.18, 2.41),
        ("3313", "Redovisningsekonomer", 3.29, 3.15, 3.36),
        ("4222", "Kundtjänstpersonal", 2.46, 2.57, 2.38),
    ]),
    ("Data/IT", [
        ("2512", "Mjukvaru- och systemutvecklare m.fl.", 3.21, 3.58, 2.96),
        ("3512", "Supporttekniker, IT", 2.62, 2.49, 2.57),
    ]),
    ("Hotell, restaurang, storhushåll", [
        ("5120", "Kockar och kallskänkor", 3.41, 3.36, 3.12),
        ("9412", "Restaurang- och köksbiträden m.fl.", 2.22, 2.61, 2.09),
    ]),
]


def yb_cat(x):
    if x is None:
        return ".."
    if x >= 3.5:
        return "Brist"
    if x >= 2.5:
        return "Balans"
    return "Överskott"


def write_yrkesbarometer(out):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    wb = Workbook()
    info = wb.active
    info.title = "Om yrkesbarometern"
    info_lines = [
        ("Yrkesbarometern hösten 2025", True),
        ("", False),
        ("Yrkesbarometern är Arbetsförmedlingens bedömning av rekryteringssituationen i ett urval yrken.", False),
        ("Bedömningarna bygger på intervjuer med arbetsgivare, Arbetsförmedlingens statistik och analytikernas kunskap om den regionala arbetsmarknaden.", False),
        ("", False),
        ("Tidsperspektiv", True),
        ("1 år = bedömning för 2026. 5 år = bedömning för 2030.", False),
        ("", False),
        ("Bristindex", True),
        ("Index från 1 till 5 där 1 = stort överskott på arbetssökande, 3 = balans och 5 = stor brist på arbetssökande.", False),
        ("Rekryteringssituation: Brist = index 3,50 eller högre. Balans = 2,50-3,49. Överskott = lägre än 2,50.", False),
        ("", False),
        ("Teckenförklaring", True),
        (".. = bedömning saknas (för litet underlag)", False),
        ("", False),
        ("Yrkena redovisas enligt SSYK 2012 och grupperas efter Arbetsförmedlingens yrkesområden.", False),
        ("Källa: Arbetsförmedlingen, Yrkesbarometern. Publicerad 2025-11-27.", False),
    ]
    for i, (t, b) in enumerate(info_lines, start=1):
        c = info.cell(row=i, column=1, value=t if t else None)
        if b:
            c.font = Font(bold=True, size=12 if i == 1 else 11)
    info.column_dimensions["A"].width = 120

    ws = wb.create_sheet("Kalmar län")
    ws["A1"] = "Yrkesbarometern hösten 2025 – Kalmar län"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Bedömd rekryteringssituation på 1 års sikt (2026) och 5 års sikt (2030). Bristindex 1-5."
    thin = Side(style="thin", color="808080")
    hdr_fill = PatternFill("solid", fgColor="D9E1F2")
    sec_fill = PatternFill("solid", fgColor="F2F2F2")
    ws["A4"] = "SSYK 2012"
    ws["B4"] = "Yrke"
    ws["C4"] = "Kalmar län, 1 år"
    ws["E4"] = "Kalmar län, 5 år"
    ws["G4"] = "Riket, 1 år"
    for col in "CEG":
        nxt = chr(ord(col) + 1)
        ws[f"{col}5"] = "Bristindex"
        ws[f"{nxt}5"] = "Rekryteringssituation"
        ws.merge_cells(f"{col}4:{nxt}4")
    ws.merge_cells("A4:A5")
    ws.merge_cells("B4:B5")
    for r in (4, 5):
        for ci in range(1, 9):
            c = ws.cell(row=r, column=ci)
            c.font = Font(bold=True)
            c.fill = hdr_fill
            c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
    r = 6
    for section, occs in YB:
        ws.cell(row=r, column=1, value=section).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(row=r, column=1).fill = sec_fill
        r += 1
        for ssyk, yrke, k1, k5, r1 in occs:
            ws.cell(row=r, column=1, value=ssyk)
            ws.cell(row=r, column=2, value=yrke)
            for ci, v in ((3, k1), (5, k5), (7, r1)):
                c = ws.cell(row=r, column=ci, value=v if v is not None else "..")
                if v is not None:
                    c.number_format = "0.00"
                c.alignment = Alignment(horizontal="right")
                ws.cell(row=r, column=ci + 1, value=yb_cat(v))
            r += 1
    r += 1
    ws.cell(row=r, column=1, value=".. = bedömning saknas (för litet underlag). Se fliken 'Om yrkesbarometern' för gränser för Brist/Balans/Överskott.")
    ws.cell(row=r + 1, column=1, value="Källa: Arbetsförmedlingen, Yrkesbarometern hösten 2025.")
    ws.column_dimensions["A"].width = 11
    ws.column_dimensions["B"].width = 52
    for col in "CDEFGH":
        ws.column_dimensions[col].width = 14
    ws.freeze_panes = "C6"
    wb.active = 1
    p = os.path.join(out, "af_yrkesbarometer_kalmar_lan_hosten_2025.xlsx")
    wb.save(p)
    fix_xlsx_timestamps(p)


# ================================================================ 4. Pipos service access

BANDS = ["0-5 min", "5-10 min", "10-15 min", "15-20 min", "20-30 min", "Över 30 min"]
BAND_LABELS = ["0–5 min", "5–10 min", "10–15 min", "15–20 min", "20–30 min", "Över 30 min"]
BAND_MID = [2.1, 7.2, 12.4, 17.4, 24.3, 36.8]

# shares in percent per band (will be turned into exact integer counts)
DAGLIG = {
    "Högsby":     [34.0, 33.0, 13.5, 10.2, 7.1, 2.2],
    "Torsås":     [40.0, 41.0, 10.0, 5.9, 2.7, 0.4],
    "Mörbylånga": [48.0, 33.0, 10.5, 5.6, 2.5, 0.4],
    "Hultsfred":  [47.0, 31.0, 10.6, 6.6, 4.0, 0.8],
    "Mönsterås":  [58.0, 28.0, 8.5, 4.0, 1.4, 0.1],
    "Emmaboda":   [54.0, 30.0, 8.8, 4.8, 2.1, 0.3],
    "Kalmar":     [80.0, 16.0, 3.0, 0.8, 0.2, 0.0],
    "Nybro":      [62.0, 27.0, 6.8, 3.0, 1.1, 0.1],
    "Oskarshamn": [68.0, 23.0, 5.8, 2.3, 0.8, 0.1],
    "Västervik":  [60.0, 26.0, 7.6, 3.9, 2.1, 0.4],
    "Vimmerby":   [52.0, 31.0, 9.4, 4.9, 2.3, 0.4],
    "Borgholm":   [33.0, 30.0, 21.5, 10.5, 4.5, 0.5],
}
APOTEK = {
    "Högsby":     [34.0, 14.0, 16.5, 15.8, 14.2, 5.5],
    "Torsås":     [44.0, 14.0, 15.0, 14.5, 10.5, 2.0],
    "Mörbylånga": [30.0, 28.0, 19.0, 12.6, 8.4, 2.0],
    "Hultsfred":  [42.0, 18.0, 14.0, 11.5, 11.0, 3.5],
    "Mönsterås":  [46.0, 21.0, 16.0, 10.2, 5.8, 1.0],
    "Emmaboda":   [48.0, 19.0, 14.5, 10.0, 7.5, 1.0],
    "Kalmar":     [70.0, 20.0, 6.5, 2.6, 0.9, 0.0],
    "Nybro":      [52.0, 22.0, 12.5, 7.9, 4.8, 0.8],
    "Oskarshamn": [58.0, 20.0, 10.4, 6.8, 4.0, 0.8],
    "Västervik":  [50.0, 19.0, 12.6, 8.5, 7.6, 2.3],
    "Vimmerby":   [47.0, 18.0, 14.0, 10.3, 8.7, 2.0],
    "Borgholm":   [37.0, 12.0, 11.0, 12.0, 17.0, 11.0],
}
# Drivmedel: exact count with more than 10 min, then split
DRIV_OVER10 = {  # share target in percent of population (count = specified below)
    "Högsby": 22.4, "Borgholm": 19.8, "Torsås": 17.3, "Hultsfred": None, "Mörbylånga": 14.9,
    "Vimmerby": 13.6, "Emmaboda": 12.1, "Västervik": 11.8, "Mönsterås": 10.4, "Nybro": 9.7,
    "Oskarshamn": 7.2, "Kalmar": 3.9,
}
DRIV_OVER10_COUNT_FIXED = {"Hultsfred": 2053}  # 14.99 % -> shown as 15,0 but not above 15
RIKET_SERVICE = {  # population, share > 10 min, mean minutes
    "Dagligvaror": (10587710, 6.9, 4.3),
    "Apotek": (10587710, 9.8, 5.6),
    "Drivmedel": (10587710, 6.1, 4.7),
}


def pipos_counts():
    res = {"Dagligvaror": {}, "Apotek": {}, "Drivmedel": {}}
    for n in NAMES:
        res["Dagligvaror"][n] = alloc(POP[n], DAGLIG[n])
        res["Apotek"][n] = alloc(POP[n], APOTEK[n])
        if n in DRIV_OVER10_COUNT_FIXED:
            over = DRIV_OVER10_COUNT_FIXED[n]
        else:
            over = round(POP[n] * DRIV_OVER10[n] / 100)
        upper = alloc(over, [0.47, 0.27, 0.19, 0.07])
        lower = alloc(POP[n] - over, [0.62, 0.38])
        res["Drivmedel"][n] = lower + upper
    return res


def pipos_row_stats(counts):
    pop = sum(counts)
    over10 = sum(counts[2:])
    share = round(over10 * 100 / pop, 1)
    mean = round(sum(c * m for c, m in zip(counts, BAND_MID)) / pop, 1)
    return pop, share, mean


SERVICE_TITLES = {
    "Dagligvaror": "dagligvarubutik (fullsortiment)",
    "Apotek": "apotek (öppenvårdsapotek)",
    "Drivmedel": "drivmedelsstation (bensin/diesel)",
}


def write_pipos(out):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    data = pipos_counts()
    wb = Workbook()
    om = wb.active
    om.title = "Om statistiken"
    lines = [
        "Tillgänglighet till kommersiell service i Kalmar län 2025",
        "",
        "Tabellerna visar hur många invånare som har en viss restid med bil till närmaste serviceställe.",
        "Befolkning: folkbokförda 2024-12-31, lägesbestämda i 250-metersrutor. Serviceställen: läge 2025-03-31.",
        "Restiden är beräknad med bil längs vägnätet enligt skyltad hastighet. Intervallen omfattar den övre gränsen, t.ex. 5–10 min = mer än 5 och högst 10 minuter.",
        "Andel med mer än 10 min = summan av intervallen 10–15, 15–20, 20–30 och Över 30 min i procent av befolkningen.",
        "Medelrestid = befolkningsviktad genomsnittlig restid i minuter.",
        "Riket: endast andel och medelrestid redovisas här. .. = uppgift redovisas inte.",
        "Flikar: Dagligvaror, Apotek, Drivmedel.",
        "",
        "Källa: Tillväxtverket, Pipos serviceanalys. Uttag 2025-06-12.",
    ]
    for i, t in enumerate(lines, start=1):
        om.cell(row=i, column=1, value=t if t else None)
    om["A1"].font = Font(bold=True, size=13)
    om.column_dimensions["A"].width = 130

    thin = Side(style="thin", color="999999")
    fill = PatternFill("solid", fgColor="E2EFDA")
    for sheet in ("Dagligvaror", "Apotek", "Drivmedel"):
        ws = wb.create_sheet(sheet)
        ws["A1"] = f"Befolkning efter restid med bil till närmaste {SERVICE_TITLES[sheet]}, Kalmar län"
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = "Befolkning 2024-12-31. Serviceställen 2025-03-31. Antal invånare."
        ws["A4"] = "Kommunkod"
        ws["B4"] = "Kommun"
        ws["C4"] = "Befolkning totalt"
        ws["D4"] = "Antal invånare efter restid med bil till närmaste serviceställe"
        ws["J4"] = "Andel med mer än 10 min (%)"
        ws["K4"] = "Medelrestid (min)"
        for i, b in enumerate(BAND_LABELS):
            ws.cell(row=5, column=4 + i, value=b)
        for rng in ("A4:A5", "B4:B5", "C4:C5", "D4:I4", "J4:J5", "K4:K5"):
            ws.merge_cells(rng)
        for r in (4, 5):
            for ci in range(1, 12):
                c = ws.cell(row=r, column=ci)
                c.font = Font(bold=True)
                c.fill = fill
                c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
                c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
        r = 6
        tot = [0] * 6
        for code, name, pop in KOMMUNER:
            counts = data[sheet][name]
            p, share, mean = pipos_row_stats(counts)
            assert p == pop
            ws.cell(row=r, column=1, value=code)
            ws.cell(row=r, column=2, value=name)
            ws.cell(row=r, column=3, value=pop).number_format = "# ##0"
            for i, c in enumerate(counts):
                ws.cell(row=r, column=4 + i, value=c).number_format = "# ##0"
                tot[i] += c
            ws.cell(row=r, column=10, value=share).number_format = "0.0"
            ws.cell(row=r, column=11, value=mean).number_format = "0.0"
            r += 1
        p, share, mean = pipos_row_stats(tot)
        ws.cell(row=r, column=1, value="08")
        ws.cell(row=r, column=2, value="Kalmar län")
        ws.cell(row=r, column=3, value=p).number_format = "# ##0"
        for i, c in enumerate(tot):
            ws.cell(row=r, column=4 + i, value=c).number_format = "# ##0"
        ws.cell(row=r, column=10, value=share).number_format = "0.0"
        ws.cell(row=r, column=11, value=mean).number_format = "0.0"
        for ci in range(1, 12):
            ws.cell(row=r, column=ci).font = Font(bold=True)
            ws.cell(row=r, column=ci).border = Border(top=thin)
        r += 1
        rp, rs, rm = RIKET_SERVICE[sheet]
        ws.cell(row=r, column=1, value="00")
        ws.cell(row=r, column=2, value="Riket")
        ws.cell(row=r, column=3, value=rp).number_format = "# ##0"
        for i in range(6):
            ws.cell(row=r, column=4 + i, value="..").alignment = Alignment(horizontal="right")
        ws.cell(row=r, column=10, value=rs).number_format = "0.0"
        ws.cell(row=r, column=11, value=rm).number_format = "0.0"
        ws.cell(row=r + 2, column=1, value="Källa: Tillväxtverket, Pipos serviceanalys 2025.")
        ws.column_dimensions["A"].width = 11
        ws.column_dimensions["B"].width = 14
        ws.column_dimensions["C"].width = 12
        for col in "DEFGHI":
            ws.column_dimensions[col].width = 10
        ws.column_dimensions["J"].width = 14
        ws.column_dimensions["K"].width = 11
    p = os.path.join(out, "tillvaxtverket_pipos_servicetillganglighet_kalmar_lan_2025.xlsx")
    wb.save(p)
    fix_xlsx_timestamps(p)


# ================================================================ 5. Region Kalmar län PDF

INDIKATORER = [  # name, unit, 2019, 2022, 2023, 2024, goal 2030, riket 2024, development
    ("Förvärvsfrekvens 20–64 år", "%", 79.8, 80.6, 81.2, 80.9, 83.0, 80.2, "Positiv"),
    ("Eftergymnasial utbildning minst 3 år, 25–64 år", "%", 24.1, 26.0, 26.6, 27.2, 32.0, 33.9, "Positiv"),
    ("Nystartade företag", "per 1 000 inv. 16–64 år", 9.4, 8.4, 8.1, 8.6, 11.0, 11.9, "Negativ"),
    ("Unga 20–24 år som varken arbetar eller studerar", "%", 7.4, 6.9, 6.5, 6.8, 5.0, 7.1, "Positiv"),
    ("Sjukpenningtal", "dagar per försäkrad", 10.6, 10.9, 11.3, 11.6, 9.0, 10.3, "Negativ"),
    ("Inskrivna arbetslösa 16–64 år", "% av arbetskraften", 6.4, 5.9, 6.3, 6.9, 5.0, 6.8, "Negativ"),
]

FORVFREK = [  # kommun, kvinnor, män, totalt, change 2019-2024 (pp, totalt)
    ("Borgholm", 78.4, 81.9, 80.2, 1.1),
    ("Emmaboda", 79.6, 83.0, 81.4, -0.6),
    ("Hultsfred", 78.1, 82.7, 80.5, 0.4),
    ("Högsby", 74.2, 80.3, 77.4, -1.3),
    ("Kalmar", 80.3, 82.1, 81.2, 1.6),
    ("Mönsterås", 80.9, 84.6, 82.8, 0.9),
    ("Mörbylånga", 83.1, 85.4, 84.3, 1.2),
    ("Nybro", 77.9, 82.2, 80.1, 0.2),
    ("Oskarshamn", 79.8, 83.9, 81.9, 0.8),
    ("Torsås", 79.6, 83.8, 81.8, 0.0),
    ("Vimmerby", 80.4, 84.9, 82.7, 1.4),
    ("Västervik", 76.5, 80.2, 78.4, -0.3),
    ("Kalmar län", 78.9, 82.8, 80.9, 1.1),
]


def pdf_num(x, signed=False):
    s = dec(x, 1)
    if signed and x > 0:
        s = "+" + s
    return s


def write_pdf(out):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                    TableStyle)

    path = os.path.join(out, "region_kalmar_lan_lagesbild_rus_2025.pdf")
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=25 * mm, bottomMargin=20 * mm,
                            title="Läget i länet 2025", author="Region Kalmar län")

    def on_page(canv, d):
        canv.saveState()
        canv.setFont("Helvetica", 8)
        canv.drawString(20 * mm, A4[1] - 12 * mm, "Region Kalmar län  |  Regional utveckling")
        canv.drawRightString(A4[0] - 20 * mm, A4[1] - 12 * mm, "Läget i länet 2025")
        canv.setLineWidth(0.5)
        canv.line(20 * mm, A4[1] - 14 * mm, A4[0] - 20 * mm, A4[1] - 14 * mm)
        canv.drawRightString(A4[0] - 20 * mm, 10 * mm, f"Sida {d.page} av 2")
        canv.drawString(20 * mm, 10 * mm, "Dnr RS 2025/1187")
        canv.restoreState()

    h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=15, leading=19, spaceAfter=6)
    h2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=11, leading=14, spaceBefore=8, spaceAfter=4)
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=9.5, leading=13, spaceAfter=5)
    small = ParagraphStyle("s", fontName="Helvetica-Oblique", fontSize=7.5, leading=9.5, spaceBefore=3)
    cell = ParagraphStyle("c", fontName="Helvetica", fontSize=8, leading=9.5)
    cellb = ParagraphStyle("cb", fontName="Helvetica-Bold", fontSize=8, leading=9.5)

    story = []
    story.append(Paragraph("Läget i länet 2025 – uppföljning av den regionala utvecklingsstrategin", h1))
    story.append(Paragraph(
        "Den regionala utvecklingsstrategin för Kalmar län (RUS 2021–2030) följs upp årligen med ett "
        "antal indikatorer. Basåret är 2019 och målen avser 2030. I denna rapport redovisas utfallet "
        "till och med 2024.", body))
    story.append(Paragraph(
        "Arbetsmarknaden har försvagats det senaste året. Förvärvsfrekvensen i länet låg 2023 på 81,2 "
        "procent men sjönk något under 2024, och andelen inskrivna arbetslösa har ökat. Andelen "
        "25–64-åringar med minst treårig eftergymnasial utbildning fortsätter att öka – i förra årets "
        "uppföljning angavs den till 26,6 procent – men avståndet till riket är fortsatt stort. I den "
        "tidigare strategin (RUS 2012–2020) var målet för utbildningsnivån 30 procent.", body))
    story.append(Paragraph(
        "Sjukpenningtalet har ökat varje år sedan 2019 och ligger över rikets nivå. Nyföretagandet "
        "återhämtade sig något 2024 efter två svaga år, men är långt från målet om 11 nystartade "
        "företag per 1 000 invånare.", body))
    story.append(Paragraph("Tabell 1. Indikatorer för strategins mål, Kalmar län", h2))
    head = ["Indikator", "Enhet", "2019", "2022", "2023", "2024", "Mål 2030", "Riket 2024", "Utveckling"]
    rows = [[Paragraph(h, cellb) for h in head]]
    for name, unit, a, b, c, d, goal, riket, dev in INDIKATORER:
        rows.append([Paragraph(name, cell), Paragraph(unit, cell), pdf_num(a), pdf_num(b), pdf_num(c),
                     pdf_num(d), pdf_num(goal), pdf_num(riket), dev])
    t = Table(rows, colWidths=[44 * mm, 24 * mm, 11.5 * mm, 11.5 * mm, 11.5 * mm, 11.5 * mm, 15 * mm, 16 * mm, 20 * mm],
              repeatRows=1)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCE6F1")),
        ("FONTNAME", (0, 1), (-1, -1), "Helvetica"),
        ("FONTSIZE", (0, 1), (-1, -1), 8),
        ("ALIGN", (2, 1), (7, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    story.append(t)
    story.append(Paragraph(
        "Utveckling = förändring sedan basåret 2019 i målets riktning. För unga som varken arbetar eller "
        "studerar, sjukpenningtal och arbetslöshet är en lägre nivå bättre. Källor: SCB (BAS, "
        "utbildningsregistret, UVAS), Tillväxtanalys, Försäkringskassan, Arbetsförmedlingen.", small))
    story.append(PageBreak())
    story.append(Paragraph("Förvärvsfrekvens i länets kommuner", h2))
    story.append(Paragraph(
        "Förvärvsfrekvensen skiljer sig mellan kommunerna. Högst är den i Mörbylånga och lägst i Högsby, "
        "där särskilt kvinnornas förvärvsfrekvens är låg. År 2019 var skillnaden mellan kvinnor och män i "
        "Högsby 7,0 procentenheter. I riket var förvärvsfrekvensen för kvinnor 78,6 procent och för män "
        "81,7 procent 2024.", body))
    story.append(Paragraph("Tabell 2. Förvärvsfrekvens 20–64 år efter kommun och kön 2024, procent", h2))
    head2 = ["Kommun", "Kvinnor", "Män", "Totalt", "Förändring totalt 2019–2024, procentenheter"]
    rows2 = [[Paragraph(h, cellb) for h in head2]]
    for k, kv, m, tot, ch in FORVFREK:
        rows2.append([k, pdf_num(kv), pdf_num(m), pdf_num(tot), pdf_num(ch, signed=True)])
    t2 = Table(rows2, colWidths=[40 * mm, 22 * mm, 22 * mm, 22 * mm, 45 * mm], repeatRows=1)
    t2.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCE6F1")),
        ("FONTNAME", (0, 1), (-1, -1), "Helvetica"),
        ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold"),
        ("FONTSIZE", (0, 1), (-1, -1), 8.5),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEABOVE", (0, -1), (-1, -1), 1.0, colors.black),
    ]))
    story.append(t2)
    story.append(Paragraph(
        "Förvärvsfrekvens = andel förvärvsarbetande (sysselsatta enligt SCB:s BAS, november) av befolkningen "
        "20–64 år. Källa: SCB, bearbetning Region Kalmar län.", small))
    story.append(Spacer(1, 6 * mm))
    story.append(Paragraph(
        "Nästa uppföljning publiceras hösten 2026 och omfattar då även nya indikatorer för "
        "kompetensförsörjning och tillgänglighet.", body))
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


# ================================================================ 6. Tillväxtverket FVV 2023

HINDER = [  # obstacle, 0-9, 10-49, 50-249, riket samtliga
    ("Tillgång till lämplig arbetskraft", 23, 41, 36, 24),
    ("Lagar och myndighetsregler", 28, 33, 30, 27),
    ("Lönsamhet", 19, 17, 12, 18),
    ("Efterfrågan på företagets varor/tjänster", 17, 15, 11, 17),
    ("Konkurrens från andra företag", 14, 16, 13, 15),
    ("Osund konkurrens", 11, 13, 9, 12),
    ("Infrastruktur – vägar och transporter", 13, 12, 10, 9),
    ("Tillgång till lån", 9, 8, 4, 9),
    ("Tillgång till externt ägarkapital", 6, 5, 3, 6),
    ("Tillgång till lokaler", 7, 11, 8, 8),
    ("Tillgång till bredband/IT-infrastruktur", 8, 5, 3, 5),
    ("Kommunens service", 10, 9, 7, 8),
]
SIZE_W = (0.80, 0.165, 0.035)
N_SVAR = (612, 498, 141)
N_RIKET = 29384

FVV_KOMMUN = [  # kommun, arbetskraft, lagar, infrastruktur, bredband, kommunens service, antal svar
    ("Borgholm", 22, 30, 17, 12, 14, 58),
    ("Emmaboda", 27, 26, 14, 9, 10, 46),
    ("Hultsfred", 29, 27, 16, 11, 12, 61),
    ("Högsby", None, None, None, None, None, 27),
    ("Kalmar", 25, 27, 11, 5, 9, 352),
    ("Mönsterås", 28, 25, 12, 8, 9, 57),
    ("Mörbylånga", 24, 29, 15, 10, 12, 74),
    ("Nybro", 26, 28, 13, 8, 11, 89),
    ("Oskarshamn", 33, 25, 14, 7, 8, 131),
    ("Torsås", None, None, None, None, None, 31),
    ("Vimmerby", 30, 26, 16, 10, 9, 78),
    ("Västervik", 28, 27, 15, 9, 10, 147),
]


def fvv_samtliga(a, b, c):
    return round(a * SIZE_W[0] + b * SIZE_W[1] + c * SIZE_W[2])


def write_fvv(out):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    wb = Workbook()
    ws0 = wb.active
    ws0.title = "Läs mig"
    txt = [
        "Företagens villkor och verklighet 2023 – Kalmar län",
        "",
        "Undersökningen genomfördes under hösten 2023 som en enkät till ett urval av företag med 0–249 anställda.",
        "Frågan lyder: 'I vilken utsträckning upplever du att följande faktorer är ett hinder för företagets möjligheter att växa?'",
        "Tabellerna visar andelen företag (procent) som svarat 4 eller 5 på en skala 1–5 (= stort hinder).",
        "Resultaten är viktade så att de representerar alla företag i populationen. Samtliga = alla storleksklasser 0–249 anställda.",
        "Antal svarande företag anges oviktat.",
        "x = redovisas inte (färre än 40 svarande företag i kommunen).",
        "",
        "Flikar: 'Län efter storlek' (Kalmar län per storleksklass och riket), 'Kommuner' (urval av hinder, samtliga företag).",
        "",
        "Källa: Tillväxtverket, Företagens villkor och verklighet 2023. Bearbetning för Region Kalmar län.",
    ]
    for i, t in enumerate(txt, start=1):
        ws0.cell(row=i, column=1, value=t if t else None)
    ws0["A1"].font = Font(bold=True, size=13)
    ws0.column_dimensions["A"].width = 125

    thin = Side(style="thin", color="999999")
    fill = PatternFill("solid", fgColor="FCE4D6")
    ws = wb.create_sheet("Län efter storlek")
    ws["A1"] = "Andel företag som anser att faktorn är ett stort hinder för tillväxt, procent"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Företag med 0–249 anställda, 2023"
    ws["A4"] = "Hinder för tillväxt"
    ws["B4"] = "Kalmar län"
    ws["F4"] = "Riket"
    ws["B5"] = "0–9 anställda"
    ws["C5"] = "10–49 anställda"
    ws["D5"] = "50–249 anställda"
    ws["E5"] = "Samtliga"
    ws["F5"] = "Samtliga"
    ws.merge_cells("A4:A5")
    ws.merge_cells("B4:E4")
    for r in (4, 5):
        for ci in range(1, 7):
            c = ws.cell(row=r, column=ci)
            c.font = Font(bold=True)
            c.fill = fill
            c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
    r = 6
    for name, a, b, c, rk in HINDER:
        ws.cell(row=r, column=1, value=name)
        for ci, v in enumerate((a, b, c, fvv_samtliga(a, b, c), rk), start=2):
            ws.cell(row=r, column=ci, value=v)
        r += 1
    ws.cell(row=r, column=1, value="Antal svarande företag").font = Font(italic=True)
    for ci, v in enumerate((*N_SVAR, sum(N_SVAR), N_RIKET), start=2):
        x = ws.cell(row=r, column=ci, value=v)
        x.font = Font(italic=True)
        x.number_format = "# ##0"
        x.border = Border(top=thin)
    ws.cell(row=r, column=1).border = Border(top=thin)
    ws.cell(row=r + 2, column=1, value="Källa: Tillväxtverket, Företagens villkor och verklighet 2023.")
    ws.column_dimensions["A"].width = 44
    for col in "BCDEF":
        ws.column_dimensions[col].width = 13

    wk = wb.create_sheet("Kommuner")
    wk["A1"] = "Andel företag som anser att faktorn är ett stort hinder för tillväxt, efter kommun, procent"
    wk["A1"].font = Font(bold=True, size=13)
    wk["A2"] = "Samtliga företag 0–249 anställda, 2023"
    heads = ["Kommun", "Tillgång till lämplig arbetskraft", "Lagar och myndighetsregler",
             "Infrastruktur – vägar och transporter", "Tillgång till bredband/IT-infrastruktur",
             "Kommunens service", "Antal svarande företag"]
    for ci, h in enumerate(heads, start=1):
        c = wk.cell(row=4, column=ci, value=h)
        c.font = Font(bold=True)
        c.fill = fill
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
    wk.row_dimensions[4].height = 45
    r = 5
    for row in FVV_KOMMUN:
        wk.cell(row=r, column=1, value=row[0])
        for ci, v in enumerate(row[1:6], start=2):
            x = wk.cell(row=r, column=ci, value=v if v is not None else "x")
            x.alignment = Alignment(horizontal="right")
        wk.cell(row=r, column=7, value=row[6])
        r += 1
    lan = {h[0]: fvv_samtliga(h[1], h[2], h[3]) for h in HINDER}
    lanrow = ["Kalmar län", lan["Tillgång till lämplig arbetskraft"], lan["Lagar och myndighetsregler"],
              lan["Infrastruktur – vägar och transporter"], lan["Tillgång till bredband/IT-infrastruktur"],
              lan["Kommunens service"], sum(N_SVAR)]
    for ci, v in enumerate(lanrow, start=1):
        x = wk.cell(row=r, column=ci, value=v)
        x.font = Font(bold=True)
        x.border = Border(top=thin)
    wk.cell(row=r + 2, column=1, value="x = redovisas inte (färre än 40 svarande företag).")
    wk.cell(row=r + 3, column=1, value="Källa: Tillväxtverket, Företagens villkor och verklighet 2023.")
    wk.column_dimensions["A"].width = 16
    for col in "BCDEFG":
        wk.column_dimensions[col].width = 17
    p = os.path.join(out, "tillvaxtverket_fvv2023_tillvaxthinder_kalmar_lan.xlsx")
    wb.save(p)
    fix_xlsx_timestamps(p)


# ================================================================ main

def main():
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(1)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    write_brp(out)
    write_csn(out)
    write_yrkesbarometer(out)
    write_pipos(out)
    write_pdf(out)
    write_fvv(out)
    for f in sorted(os.listdir(out)):
        print(f, os.path.getsize(os.path.join(out, f)))


if __name__ == "__main__":
    main()
