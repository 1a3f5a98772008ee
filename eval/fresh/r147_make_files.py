#!/usr/bin/env python3
"""r147 – six invented Swedish statistics files for a Kunskapsbanken test round.

Usage:  python3 r147_make_files.py OUT_DIR

All figures are invented (fixed seed 147, plus hand-set values where a
question depends on them) but plausible and internally consistent.
Needs openpyxl and reportlab.  Output is deterministic (reportlab runs with
rl_config.invariant = 1).

1. svensktnaringsliv_foretagsklimat_2025_jonkoping_kronoberg.xlsx  (XLSX)
   Svenskt Näringsliv "Lokalt företagsklimat" RANKING – a new publisher.
   Sheets: "Om rankingen" (text: placering 1 = BÄST of 290, Förändring > 0 =
   kommunen har KLÄTTRAT, i.e. Placering 2024 − Placering 2025), "Ranking"
   (title rows, header on row 4, rows SORTED BY PLACERING 2025 with the two
   counties interleaved, Kommunkod/Kommun/Län, Placering 2025, Placering 2024,
   Förändring as a signed number with "+0;−0" style, Sammanfattande omdöme
   2025/2024 (betyg 1–6, one decimal), distractors Antal svar and
   Svarsfrekvens (%), a SHARED 2024 placement stored as text "98¹" with the
   footnote "¹ Delad placering", a "Riket, medelvärde" row with only the
   omdöme), and "Enkätfaktorer 2025" (alphabetical order – NOT the order of
   the Ranking sheet – eight factor scores per kommun).
   Traps: lower number = better; sign of Förändring is the opposite of the
   numeric difference 2025 − 2024; placering vs betyg; 2025 vs 2024 columns.

2. liv_och_halsa_2024_region_orebro_lan.csv  (CSV, UTF-8 with BOM, ";")
   Region Örebro län population survey "Liv & hälsa" (a regional public-
   health survey – new publisher).  Two title lines, long format
   Indikator;Område;Kön;Ålder;2017;2021;2024;Förändring 2021–2024 (procent-
   enheter);Antal svarande 2024.  Every estimate cell holds the POINT
   ESTIMATE AND ITS 95 % CONFIDENCE INTERVAL IN ONE CELL: "24 (20–28)".
   "–" = fewer than 50 answers.  The change column uses a Unicode minus and a
   star for a significant change: "+4*", "−2", "0".  Age groups (18–29 …
   65–84) exist ONLY for the county row (Örebro län, Samtliga) and only for
   two indicators; municipalities have Ålder "18–84" only.  Footnotes below.

3. bolagsverket_nyregistrerade_foretag_halland_jan-okt_2025.csv
   (CSV, Windows-1252, ";", CRLF)
   Bolagsverket new registrations per kommun and company form, Hallands
   län.  Three title lines.  ALL MONTH COLUMNS ARE CUMULATIVE
   ("jan", "jan–feb", …, "jan–okt", en dash in cp1252), so a single month or
   a quarter must be obtained by DIFFERENCING.  Then "jan–okt 2024" and
   "Förändring jan–okt (%)" (decimal comma).  Blocks per kommun
   ("1380;Halmstad;Aktiebolag;…") with forms Aktiebolag, Enskild
   näringsidkare, Handels- och kommanditbolag, Ekonomisk förening, Övriga,
   "Samtliga företagsformer"; a county block "13;Hallands län" last.
   Footnotes explain "Övriga" and the comparison period.

4. fk_paborjade_sjukfall_norra_lan_2025_tva_uttag.xlsx  (XLSX)
   Försäkringskassan, started sick-leave cases (påbörjade sjukfall) per
   month, county and sex for Dalarna, Gävleborg, Västernorrland, Jämtland,
   Västerbotten, Norrbotten and Riket.  Sheet "Information" first; sheet
   "Påbörjade sjukfall" is a long table holding TWO DATA EXTRACTIONS
   (Datauttag 2025-08-05 covering jan–jun, Datauttag 2025-11-04 covering
   jan–sep), sorted Län > Kön > Månad > Datauttag so the same month appears
   twice in adjacent rows with DIFFERENT values (the older extraction's last
   three months are preliminary "P" and lower).  Månad is a real Excel date
   shown as "yyyy-mm".  Two similar measure columns: "Antal påbörjade
   sjukfall" and "Påbörjade sjukfall per 1 000 sjukpenningförsäkrade".
   Kön is "Kvinnor", "Män", "Kvinnor och män" (no "Totalt").  Autofilter.

5. af_yrkesbarometern_vasterbottens_lan_hosten_2025.pdf  (PDF, 2 pages)
   Arbetsförmedlingen "Yrkesbarometern" for Västerbottens län.  Running
   header and "Sida N av 2".  Prose on page 1 with distractor figures (spring
   2025 count, all-occupation ad total that is NOT the table sum).  Tabell 1
   has occupations with SSYK codes under full-width shaded YRKESOMRÅDE BAND
   ROWS, assessments only as CODES (RS: SB/B/BA/Ö, JM 1 år / JM 5 år: G/M/S)
   whose legend is printed only AFTER the table on page 2, a Bristindex
   (decimal comma) and ads Jan–sep; the table runs over the page break with
   the header repeated.  Tabell 2 (page 2) is a top-10 comparison with the
   spring 2025 assessment and Riket – a distractor for "bristindex".

6. rus_vaxthusgaser_norrbottens_kommuner_1990-2023.csv  (CSV, UTF-8 no BOM, ";")
   Nationella emissionsdatabasen (RUS/SMHI), greenhouse-gas emissions in
   tonnes CO2-eq per kommun and huvudsektor, years 1990, 2005, 2010, 2015,
   2020–2023 as columns.  BILINGUAL KOMMUN NAMES ("Kiruna/Giron",
   "Jokkmokk/Jåhkåmåhkke", "Haparanda/Haaparanta", "Luleå/Luleju" …).  Each
   kommun block starts with "Alla huvudsektorer", which EXCLUDES the rows
   "Utrikes transporter" (memo item) and "Markanvändning (LULUCF)" (mostly
   NEGATIVE = net uptake) – so summing the block's rows is wrong, and a
   "net including land use" figure must be computed as Alla + LULUCF.
   ".." = confidential but included in Alla huvudsektorer.  County block
   "25 Norrbottens län" first.  Footnotes below.
"""
import csv
import datetime as dt
import io
import os
import random
import sys

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import (Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

R = random.Random(147)
FIXED = dt.datetime(2025, 11, 20, 8, 0, 0)


def save_xlsx(wb, path):
    """Save with fixed document dates and zip timestamps (byte-deterministic)."""
    import zipfile
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "Region"
    buf = io.BytesIO()
    wb.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 11, 20, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                import re as _re
                data = _re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                               rb"\g<1>2025-11-20T08:00:00Z\g<2>", data)
            zout.writestr(zi, data)
BOLD = Font(bold=True)


def sv(x, dec=1):
    """Swedish decimal comma."""
    return f"{x:.{dec}f}".replace(".", ",")


def signed(n, star=False):
    s = "0" if n == 0 else (f"+{n}" if n > 0 else f"\u2212{abs(n)}")
    return s + ("*" if star else "")


# ---------------------------------------------------------------- 1 -------
KOMMUNER_F1 = [
    # kod, namn, län, plac25, plac24, betyg25, betyg24
    ("0604", "Aneby", "Jönköpings län", 76, 60, 3.9, 4.0),
    ("0617", "Gnosjö", "Jönköpings län", 12, 8, 4.6, 4.7),
    ("0642", "Mullsjö", "Jönköpings län", 88, 71, 3.7, 3.8),
    ("0643", "Habo", "Jönköpings län", 63, 77, 3.8, 3.7),
    ("0662", "Gislaved", "Jönköpings län", 41, 52, 4.0, 3.9),
    ("0665", "Vaggeryd", "Jönköpings län", 19, 25, 4.3, 4.2),
    ("0680", "Jönköping", "Jönköpings län", 104, 119, 3.6, 3.5),
    ("0682", "Nässjö", "Jönköpings län", 97, 134, 3.6, 3.3),
    ("0683", "Värnamo", "Jönköpings län", 28, 21, 4.4, 4.4),
    ("0684", "Sävsjö", "Jönköpings län", 151, 98, 3.2, 3.5),
    ("0685", "Vetlanda", "Jönköpings län", 170, 188, 3.3, 3.1),
    ("0686", "Eksjö", "Jönköpings län", 139, 145, 3.5, 3.4),
    ("0687", "Tranås", "Jönköpings län", 122, 98, 3.5, 3.6),
    ("0760", "Uppvidinge", "Kronobergs län", 187, 205, 3.1, 3.0),
    ("0761", "Lessebo", "Kronobergs län", 233, 219, 2.9, 3.0),
    ("0763", "Tingsryd", "Kronobergs län", 201, 242, 3.0, 2.7),
    ("0764", "Alvesta", "Kronobergs län", 164, 150, 3.3, 3.4),
    ("0765", "Älmhult", "Kronobergs län", 35, 44, 4.5, 4.3),
    ("0767", "Markaryd", "Kronobergs län", 58, 39, 4.2, 4.4),
    ("0780", "Växjö", "Kronobergs län", 110, 131, 3.5, 3.3),
    ("0781", "Ljungby", "Kronobergs län", 72, 90, 3.9, 3.8),
]
FACTORS = ["Kommunpolitikers attityder till företagande",
           "Tjänstemäns attityder till företagande",
           "Kommunens service och bemötande",
           "Tillämpning av lagar och regler",
           "Konkurrens från kommunen",
           "Tillgång till kompetens",
           "Allmänhetens attityder till företagande",
           "Skolans attityder till företagande"]


def make_f1(out):
    wb = Workbook()
    ws = wb.active
    ws.title = "Om rankingen"
    info = [
        "Lokalt företagsklimat 2025 – Jönköpings och Kronobergs län",
        "",
        "Källa: Svenskt Näringsliv, Lokalt företagsklimat (enkät till företagare samt statistik från SCB och UC).",
        "Rankingen omfattar landets 290 kommuner. Placering 1 = bäst företagsklimat, 290 = sämst.",
        "Förändring = antal placeringar som kommunen har klättrat (+) eller tappat (−) jämfört med föregående år.",
        "Sammanfattande omdöme = företagarnas sammanfattande betyg på företagsklimatet i kommunen, skala 1–6 (6 = utmärkt).",
        "Enkätfaktorer: medelbetyg 1–6 per fråga i enkäten 2025.",
        "Antal svar och svarsfrekvens avser enkäten 2025.",
        "Utdrag gjort av Region Jönköpings län, avdelningen för regional utveckling, 2025-09-30.",
    ]
    for i, t in enumerate(info, 1):
        ws.cell(i, 1, t)
    ws["A1"].font = Font(bold=True, size=13)
    ws.column_dimensions["A"].width = 110

    ws = wb.create_sheet("Ranking")
    ws["A1"] = "Lokalt företagsklimat 2025 – kommunernas placering, Jönköpings och Kronobergs län"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Källa: Svenskt Näringsliv. Placering bland 290 kommuner (1 = bäst). Sorterat efter placering 2025."
    hdr = ["Kommunkod", "Kommun", "Län", "Placering 2025", "Placering 2024",
           "Förändring (placeringar)", "Sammanfattande omdöme 2025",
           "Sammanfattande omdöme 2024", "Antal svar 2025",
           "Svarsfrekvens 2025 (%)"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(4, j, h)
        c.font = BOLD
        c.alignment = Alignment(wrap_text=True, vertical="top")
    rows = sorted(KOMMUNER_F1, key=lambda r: r[3])
    r = 5
    for kod, namn, lan, p25, p24, b25, b24 in rows:
        svar = R.randint(60, 420) if namn not in ("Jönköping", "Växjö") else R.randint(700, 980)
        frek = round(R.uniform(24.0, 46.0), 1)
        ws.cell(r, 1, kod)
        ws.cell(r, 2, namn)
        ws.cell(r, 3, lan)
        ws.cell(r, 4, p25)
        if p24 == 98:
            ws.cell(r, 5, "98¹")
            ws.cell(r, 5).alignment = Alignment(horizontal="right")
        else:
            ws.cell(r, 5, p24)
        c = ws.cell(r, 6, p24 - p25)
        c.number_format = '+0;"−"0;0'
        ws.cell(r, 7, b25).number_format = "0.0"
        ws.cell(r, 8, b24).number_format = "0.0"
        ws.cell(r, 9, svar)
        ws.cell(r, 10, frek).number_format = "0.0"
        r += 1
    ws.cell(r, 2, "Riket, medelvärde (290 kommuner)").font = BOLD
    ws.cell(r, 7, 3.55).number_format = "0.00"
    ws.cell(r, 8, 3.48).number_format = "0.00"
    r += 2
    ws.cell(r, 1, "¹ Delad placering 2024 (Sävsjö och Tranås).")
    ws.cell(r + 1, 1, "Förändring: positivt värde = bättre placering än 2024.")
    for j, w in enumerate([11, 14, 17, 11, 11, 13, 14, 14, 10, 12], 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    ws.freeze_panes = "C5"

    ws = wb.create_sheet("Enkätfaktorer 2025")
    ws["A1"] = "Enkätsvar 2025 – medelbetyg per fråga (skala 1–6)"
    ws["A1"].font = Font(bold=True, size=12)
    ws.cell(3, 1, "Kommun").font = BOLD
    ws.cell(3, 2, "Län").font = BOLD
    for j, f in enumerate(FACTORS, 3):
        c = ws.cell(3, j, f)
        c.font = BOLD
        c.alignment = Alignment(wrap_text=True)
    r = 4
    for kod, namn, lan, p25, p24, b25, b24 in sorted(KOMMUNER_F1, key=lambda x: x[1].replace("Ä", "Z~")):
        ws.cell(r, 1, namn)
        ws.cell(r, 2, lan)
        for j in range(len(FACTORS)):
            v = round(min(5.6, max(1.8, b25 + R.uniform(-0.9, 0.7))), 1)
            ws.cell(r, 3 + j, v).number_format = "0.0"
        r += 1
    save_xlsx(wb, os.path.join(out, "svensktnaringsliv_foretagsklimat_2025_jonkoping_kronoberg.xlsx"))


# ---------------------------------------------------------------- 2 -------
ORE_KOMMUNER = ["Askersund", "Degerfors", "Hallsberg", "Hällefors", "Karlskoga",
                "Kumla", "Laxå", "Lekeberg", "Lindesberg", "Ljusnarsberg",
                "Nora", "Örebro"]
ORE_N = {"Örebro län": 9120, "Askersund": 610, "Degerfors": 540, "Hallsberg": 720,
         "Hällefors": 410, "Karlskoga": 1480, "Kumla": 1070, "Laxå": 360,
         "Lekeberg": 430, "Lindesberg": 1100, "Ljusnarsberg": 330, "Nora": 600,
         "Örebro": 4950}
INDIKATORER = [
    # namn, basK, basM, trend per mätning (2017->2021->2024)
    ("Bra eller mycket bra självskattat hälsotillstånd", 68, 72, (0, -1, 0)),
    ("Nedsatt psykiskt välbefinnande", 19, 13, (0, 2, 1)),
    ("Dagligrökning", 8, 7, (0, -2, -1)),
    ("Svårt att klara löpande utgifter senaste 12 månaderna", 14, 12, (0, 1, 3)),
    ("Stillasittande fritid", 12, 15, (0, 1, 0)),
]


def hw_for(n):
    if n >= 5000:
        return 1
    if n >= 2000:
        return 2
    if n >= 900:
        return 3
    if n >= 450:
        return 4
    return 5


def make_f2(out):
    years = [2017, 2021, 2024]
    area_eff = {a: R.randint(-3, 3) for a in ORE_N}
    area_eff["Örebro län"] = 0
    rows = []
    for ind, bk, bm, tr in INDIKATORER:
        allvals = {}
        for area in ORE_KOMMUNER:
            vals = {}
            for kon, base in (("Kvinnor", bk), ("Män", bm)):
                v = base + area_eff[area]
                seq = []
                for k, y in enumerate(years):
                    v = v + tr[k] + R.randint(-1, 1)
                    seq.append(max(1, v))
                vals[kon] = seq
            vals["Samtliga"] = [round((a + b) / 2 + 0.01) for a, b in zip(vals["Kvinnor"], vals["Män"])]
            if ind == "Dagligrökning" and area != "Ljusnarsberg":
                vals["Samtliga"] = [min(x, 10) for x in vals["Samtliga"]]
                vals["Kvinnor"] = [min(x, 11) for x in vals["Kvinnor"]]
                vals["Män"] = [min(x, 11) for x in vals["Män"]]
            if ind == "Dagligrökning" and area == "Ljusnarsberg":
                vals = {"Samtliga": [15, 14, 12], "Kvinnor": [14, 13, 11], "Män": [16, 15, 13]}
            if ind == "Nedsatt psykiskt välbefinnande" and area == "Karlskoga":
                vals["Kvinnor"] = [21, 22, 24]
            allvals[area] = vals
        # county = answer-weighted mean of the municipalities
        ntot = sum(ORE_N[a] for a in ORE_KOMMUNER)
        allvals["Örebro län"] = {kon: [round(sum(allvals[a][kon][k] * ORE_N[a] for a in ORE_KOMMUNER) / ntot)
                                       for k in range(3)] for kon in ("Kvinnor", "Män", "Samtliga")}
        for area in ["Örebro län"] + ORE_KOMMUNER:
            n_all = ORE_N[area]
            vals = allvals[area]
            for kon in ("Samtliga", "Kvinnor", "Män"):
                n = n_all if kon == "Samtliga" else (int(n_all * 0.54) if kon == "Kvinnor" else n_all - int(n_all * 0.54))
                hw = hw_for(n)
                if ind == "Nedsatt psykiskt välbefinnande" and area == "Karlskoga" and kon == "Kvinnor":
                    hw = 4
                cells = []
                for k, y in enumerate(years):
                    v = vals[kon][k]
                    h = hw + (1 if y == 2017 and hw >= 3 else 0)
                    cells.append(f"{v} ({max(0, v - h)}–{v + h})")
                masked = (ind == "Dagligrökning" and (area, kon) in (("Lekeberg", "Män"), ("Hällefors", "Kvinnor"))) or \
                         (ind.startswith("Svårt") and (area, kon) == ("Ljusnarsberg", "Män"))
                if masked:
                    cells[0] = "–"
                d = vals[kon][2] - vals[kon][1]
                star = abs(d) > 2 * hw * 0.9
                rows.append([ind, area, kon, "18–84"] + cells + [signed(d, star), str(n)])
        if ind in ("Nedsatt psykiskt välbefinnande", "Dagligrökning"):
            ages = {"Nedsatt psykiskt välbefinnande": {"18–29": [25, 29, 31], "30–44": [18, 20, 21],
                                                      "45–64": [14, 15, 16], "65–84": [9, 10, 10]},
                    "Dagligrökning": {"18–29": [6, 4, 3], "30–44": [8, 6, 5],
                                      "45–64": [11, 9, 8], "65–84": [9, 8, 7]}}[ind]
            nage = {"18–29": 1350, "30–44": 2010, "45–64": 3180, "65–84": 2580}
            for age, seq in ages.items():
                hw = hw_for(nage[age]) if nage[age] >= 2000 else 2
                cells = [f"{v} ({v - hw}–{v + hw})" for v in seq]
                d = seq[2] - seq[1]
                rows.append([ind, "Örebro län", "Samtliga", age] + cells +
                            [signed(d, abs(d) > 2 * hw * 0.9), str(nage[age])])
    buf = io.StringIO()
    buf.write("Liv & hälsa 2024 – resultat per kommun, Region Örebro län\n")
    buf.write("Andel (%) av befolkningen 18–84 år. Skattning med 95 % konfidensintervall inom parentes.\n")
    w = csv.writer(buf, delimiter=";", lineterminator="\n")
    w.writerow(["Indikator", "Område", "Kön", "Ålder", "2017", "2021", "2024",
                "Förändring 2021–2024 (procentenheter)", "Antal svarande 2024"])
    w.writerows(rows)
    buf.write("\n")
    buf.write("Källa: Liv & hälsa 2024, Region Örebro län i samverkan med Region Sörmland, Region Uppsala och Region Västmanland. Resultaten är viktade.\n")
    buf.write("– = färre än 50 svarande, redovisas inte.\n")
    buf.write("* = statistiskt säkerställd förändring mellan 2021 och 2024 (p<0,05).\n")
    buf.write("Åldersgrupper redovisas endast för länet totalt.\n")
    with open(os.path.join(out, "liv_och_halsa_2024_region_orebro_lan.csv"), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- 3 -------
HAL = [("1315", "Hylte"), ("1380", "Halmstad"), ("1381", "Laholm"),
       ("1382", "Falkenberg"), ("1383", "Varberg"), ("1384", "Kungsbacka")]
FORMS = ["Aktiebolag", "Enskild näringsidkare", "Handels- och kommanditbolag",
         "Ekonomisk förening", "Övriga"]
HAL_BASE = {"Hylte": (4, 7, 1, 0.3, 1), "Halmstad": (44, 45, 3, 1, 6),
            "Laholm": (12, 17, 1, 0.4, 2), "Falkenberg": (18, 24, 2, 0.5, 2),
            "Varberg": (38, 42, 2, 0.8, 4), "Kungsbacka": (55, 50, 3, 0.8, 5)}
SEASON = [1.2, 1.05, 1.1, 1.0, 1.05, 0.9, 0.55, 0.9, 1.1, 1.05]
MONTH_HDR = ["jan", "jan–feb", "jan–mar", "jan–apr", "jan–maj", "jan–jun",
             "jan–jul", "jan–aug", "jan–sep", "jan–okt"]
EN_FIXED = {"Kungsbacka": [62, 55, 70, 41, 45, 38],
            "Halmstad": [40, 38, 44, 52, 58, 47],
            "Varberg": [45, 41, 50, 43, 49, 37]}


def make_f3(out):
    data = {}
    for kod, namn in HAL:
        for fi, form in enumerate(FORMS):
            base = HAL_BASE[namn][fi]
            if base < 8:
                monthly = [sum(1 for _ in range(12) if R.random() < base * s / 12) for s in SEASON]
            else:
                monthly = [max(0, round(base * s * R.uniform(0.8, 1.2))) for s in SEASON]
            if form == "Enskild näringsidkare" and namn in EN_FIXED:
                monthly[:6] = EN_FIXED[namn]
            if form == "Enskild näringsidkare" and namn not in EN_FIXED:
                monthly = [min(m, 30) for m in monthly]
            if form == "Aktiebolag" and namn == "Varberg":
                monthly[8] = 38
            cum, s = [], 0
            for m in monthly:
                s += m
                cum.append(s)
            prev = round(cum[-1] * R.uniform(0.86, 1.08))
            data[(namn, form)] = (cum, prev)
    lines = []
    def add_block(kod, namn, getter):
        tot_c, tot_p = [0] * 10, 0
        for form in FORMS:
            cum, prev = getter(form)
            tot_c = [a + b for a, b in zip(tot_c, cum)]
            tot_p += prev
            lines.append((kod, namn, form, cum, prev))
        lines.append((kod, namn, "Samtliga företagsformer", tot_c, tot_p))
    for kod, namn in HAL:
        add_block(kod, namn, lambda f, n=namn: data[(n, f)])
    def county(form):
        cs = [data[(n, form)][0] for _, n in HAL]
        return [sum(x) for x in zip(*cs)], sum(data[(n, form)][1] for _, n in HAL)
    add_block("13", "Hallands län", county)

    out_lines = ["Nyregistrerade företag per kommun och företagsform, Hallands län 2025",
                 "Antal nyregistreringar, ackumulerat från årets början (januari t.o.m. angiven månad)",
                 "Källa: Bolagsverket, uttag 2025-11-03",
                 ""]
    out_lines.append(";".join(["Kommunkod", "Kommun", "Företagsform"] + MONTH_HDR +
                              ["jan–okt 2024", "Förändring jan–okt (%)"]))
    for kod, namn, form, cum, prev in lines:
        ch = ".." if prev == 0 else sv((cum[-1] - prev) / prev * 100)
        out_lines.append(";".join([kod, namn, form] + [str(c) for c in cum] + [str(prev), ch]))
    out_lines += ["",
                  "Övriga = bland annat bostadsrättsföreningar, ideella föreningar och filialer.",
                  "Förändring avser jan–okt 2025 jämfört med jan–okt 2024.",
                  "Enskild näringsidkare = enskild firma registrerad hos Bolagsverket (inte enbart F-skatt hos Skatteverket)."]
    with open(os.path.join(out, "bolagsverket_nyregistrerade_foretag_halland_jan-okt_2025.csv"),
              "w", encoding="cp1252", newline="") as f:
        f.write("\r\n".join(out_lines) + "\r\n")


# ---------------------------------------------------------------- 4 -------
FK_LAN = [("00", "Riket", 6_240_000, 1.00), ("20", "Dalarnas län", 152_400, 1.00),
          ("21", "Gävleborgs län", 157_900, 1.04), ("22", "Västernorrlands län", 133_600, 1.07),
          ("23", "Jämtlands län", 72_300, 1.12), ("24", "Västerbottens län", 151_800, 0.97),
          ("25", "Norrbottens län", 142_500, 1.02)]
FK_SEASON = [1.15, 1.12, 1.05, 0.95, 0.92, 0.85, 0.62, 0.90, 1.05]
KON_FK = ["Kvinnor", "Män", "Kvinnor och män"]


def fk_data():
    """Return dict[(lan, kon, month_index, uttag)] = (antal, per1000, P)."""
    rng = random.Random(1470)
    res = {}
    for kod, lan, pop, fac in FK_LAN:
        pk, pm = pop * 0.485, pop * 0.515
        for mi in range(9):
            noise = rng.uniform(0.97, 1.03)
            if lan == "Jämtlands län" and mi == 8:
                noise = 1.05
            rate = 10.6 * FK_SEASON[mi] * fac * noise
            tot = round(pop * rate / 1000)
            k = round(tot * rng.uniform(0.62, 0.645))
            m = tot - k
            new = {"Kvinnor": k, "Män": m}
            old = None
            if mi < 6:
                f_old = [1, 1, 1, 0.985, 0.96, 0.89][mi]
                old = {"Kvinnor": round(k * f_old), "Män": round(m * f_old)}
            for upp, vals, pflag in (("2025-11-04", new, mi >= 6),
                                     ("2025-08-05", old, 3 <= mi < 6)):
                if vals is None:
                    continue
                kk, mm = vals["Kvinnor"], vals["Män"]
                res[(lan, "Kvinnor", mi, upp)] = (kk, round(kk / pk * 1000, 1), pflag)
                res[(lan, "Män", mi, upp)] = (mm, round(mm / pm * 1000, 1), pflag)
                res[(lan, "Kvinnor och män", mi, upp)] = (kk + mm, round((kk + mm) / pop * 1000, 1), pflag)
    return res


def make_f4(out):
    d = fk_data()
    wb = Workbook()
    ws = wb.active
    ws.title = "Information"
    info = [
        "Påbörjade sjukfall per månad, län och kön, 2025",
        "",
        "Källa: Försäkringskassan, MiDAS. Sammanställning för Region Dalarna och Norrlandslänen.",
        "Ett påbörjat sjukfall = ett sjukfall med sjukpenning som startar under månaden (dag 15 för anställda).",
        "Fliken 'Påbörjade sjukfall' innehåller två datauttag för att visa revideringar:",
        "  – Datauttag 2025-08-05 (januari–juni 2025)",
        "  – Datauttag 2025-11-04 (januari–september 2025)",
        "De tre senaste månaderna i varje uttag är preliminära (markerade P) och revideras normalt uppåt",
        "när fler ansökningar har kommit in och handlagts.",
        "Sjukpenningförsäkrade = försäkrade 16–64 år med sjukpenninggrundande inkomst (SGI) över noll,",
        "medelvärde för året. Måttet per 1 000 = antal påbörjade sjukfall / sjukpenningförsäkrade × 1 000.",
    ]
    for i, t in enumerate(info, 1):
        ws.cell(i, 1, t)
    ws["A1"].font = Font(bold=True, size=13)
    ws.column_dimensions["A"].width = 100

    ws = wb.create_sheet("Påbörjade sjukfall")
    ws["A1"] = "Påbörjade sjukfall per månad, län och kön 2025"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Källa: Försäkringskassan (MiDAS). Två datauttag – se fliken Information."
    hdr = ["Datauttag", "Månad", "Länskod", "Län", "Kön", "Antal påbörjade sjukfall",
           "Påbörjade sjukfall per 1 000 sjukpenningförsäkrade", "Preliminär"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(4, j, h)
        c.font = BOLD
        c.alignment = Alignment(wrap_text=True, vertical="top")
    r = 5
    for kod, lan, pop, fac in FK_LAN:
        for kon in KON_FK:
            for mi in range(9):
                for upp in ("2025-08-05", "2025-11-04"):
                    key = (lan, kon, mi, upp)
                    if key not in d:
                        continue
                    antal, rate, p = d[key]
                    y, m, dd = map(int, upp.split("-"))
                    ws.cell(r, 1, dt.datetime(y, m, dd)).number_format = "yyyy-mm-dd"
                    ws.cell(r, 2, dt.datetime(2025, mi + 1, 1)).number_format = "yyyy-mm"
                    ws.cell(r, 3, kod)
                    ws.cell(r, 4, lan)
                    ws.cell(r, 5, kon)
                    ws.cell(r, 6, antal).number_format = "# ##0"
                    ws.cell(r, 7, rate).number_format = "0.0"
                    ws.cell(r, 8, "P" if p else None)
                    r += 1
    ws.auto_filter.ref = f"A4:H{r - 1}"
    ws.freeze_panes = "A5"
    for j, w in enumerate([12, 9, 8, 20, 16, 13, 18, 10], 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    save_xlsx(wb, os.path.join(out, "fk_paborjade_sjukfall_norra_lan_2025_tva_uttag.xlsx"))


# ---------------------------------------------------------------- 5 -------
YRKEN = [
    ("Hälso- och sjukvård", [
        ("2212", "Specialistläkare", "SB", "G", "G", 4.8, 96),
        ("2221", "Grundutbildade sjuksköterskor", "SB", "G", "G", 4.6, 412),
        ("2236", "Distriktssköterskor", "SB", "G", "G", 4.5, 57),
        ("2235", "Röntgensjuksköterskor", "SB", "G", "G", 4.4, 38),
        ("2264", "Fysioterapeuter och sjukgymnaster", "B", "G", "G", 3.7, 44),
        ("5321", "Undersköterskor, hemtjänst, hemsjukvård, äldreboende och habilitering", "B", "G", "G", 3.9, 688),
        ("5323", "Undersköterskor, vård- och specialavdelning och mottagning", "B", "G", "G", 3.8, 274),
        ("5330", "Vårdbiträden", "BA", "M", "M", 2.9, 141),
    ]),
    ("Pedagogik", [
        ("2343", "Förskollärare", "SB", "G", "G", 4.5, 118),
        ("2341", "Grundskollärare", "B", "G", "G", 4.1, 102),
        ("2330", "Gymnasielärare", "B", "M", "G", 3.9, 41),
        ("2342", "Lärare i fritidshem", "B", "M", "M", 3.6, 24),
        ("5311", "Barnskötare", "BA", "M", "M", 3.0, 63),
    ]),
    ("Bygg och anläggning, tekniskt arbete", [
        ("7411", "Installations- och serviceelektriker", "SB", "G", "G", 4.2, 72),
        ("2142", "Byggnadsingenjörer och byggnadstekniker", "B", "G", "G", 4.0, 35),
        ("7126", "VVS-montörer m.fl.", "B", "G", "G", 3.8, 29),
        ("7111", "Träarbetare, snickare m.fl.", "B", "M", "G", 3.7, 88),
    ]),
    ("Data/IT", [
        ("2512", "Mjukvaru- och systemutvecklare m.fl.", "B", "M", "G", 3.6, 131),
        ("3512", "Supporttekniker, IT", "BA", "M", "S", 2.7, 22),
    ]),
    ("Transport", [
        ("8332", "Lastbilsförare m.fl.", "B", "M", "G", 3.8, 164),
        ("8331", "Buss- och spårvagnsförare", "B", "G", "G", 3.8, 57),
        ("8344", "Truckförare", "BA", "M", "M", 2.8, 48),
    ]),
    ("Industriell tillverkning", [
        ("7212", "Svetsare och gasskärare", "B", "G", "M", 3.7, 31),
        ("7223", "Maskinställare och maskinoperatörer, metallarbete", "B", "M", "M", 3.5, 39),
        ("8121", "Processoperatörer, stål- och metallverk", "B", "G", "G", 3.6, 26),
    ]),
    ("Administration, ekonomi, juridik", [
        ("3313", "Redovisningsekonomer", "BA", "M", "M", 3.1, 27),
        ("4112", "Löne- och personaladministratörer", "BA", "M", "M", 3.0, 19),
        ("4222", "Kundtjänstpersonal", "Ö", "S", "S", 2.1, 45),
    ]),
    ("Hotell, restaurang, storhushåll och service", [
        ("5120", "Kockar och kallskänkor", "B", "M", "M", 3.4, 53),
        ("9111", "Städare", "BA", "M", "M", 2.6, 58),
        ("9412", "Restaurang- och köksbiträden m.fl.", "Ö", "S", "S", 2.0, 71),
        ("5223", "Butikssäljare, fackhandel", "Ö", "S", "S", 1.9, 96),
    ]),
]
SPRING = {"Specialistläkare": (4.6, 4.5), "Grundutbildade sjuksköterskor": (4.7, 4.4),
          "Distriktssköterskor": (4.3, 4.3), "Förskollärare": (4.5, 4.2),
          "Röntgensjuksköterskor": (4.4, 4.1), "Installations- och serviceelektriker": (4.0, 4.0),
          "Grundskollärare": (4.2, 3.9), "Byggnadsingenjörer och byggnadstekniker": (4.1, 3.8),
          "Undersköterskor, hemtjänst, hemsjukvård, äldreboende och habilitering": (3.8, 3.7),
          "Gymnasielärare": (3.8, 3.6), "Lastbilsförare m.fl.": (3.7, 3.7)}


def make_f5(out):
    path = os.path.join(out, "af_yrkesbarometern_vasterbottens_lan_hosten_2025.pdf")
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["BodyText"], fontName="Helvetica", fontSize=9.5, leading=13)
    h1 = ParagraphStyle("h1", parent=ss["Heading1"], fontName="Helvetica-Bold", fontSize=16, leading=20)
    h2 = ParagraphStyle("h2", parent=ss["Heading2"], fontName="Helvetica-Bold", fontSize=11, leading=14)
    cap = ParagraphStyle("cap", parent=body, fontName="Helvetica-Bold", fontSize=9.5)
    cell = ParagraphStyle("cell", parent=body, fontSize=8, leading=9.5, alignment=TA_LEFT)
    note = ParagraphStyle("note", parent=body, fontSize=7.5, leading=9.5)

    all_y = [y for _, ys in YRKEN for y in ys]
    n_brist = sum(1 for y in all_y if y[2] in ("SB", "B"))
    n_sb = sum(1 for y in all_y if y[2] == "SB")

    def on_page(c, doc):
        c.saveState()
        c.setFont("Helvetica", 8)
        c.drawString(20 * mm, 287 * mm, "Arbetsförmedlingen  |  Yrkesbarometern hösten 2025 – Västerbottens län")
        c.drawRightString(190 * mm, 287 * mm, "Publicerad 2025-11-20")
        c.line(20 * mm, 285.5 * mm, 190 * mm, 285.5 * mm)
        c.drawRightString(190 * mm, 10 * mm, f"Sida {doc.page} av 2")
        c.restoreState()

    st = []
    st.append(Paragraph("Yrkesbarometern hösten 2025", h1))
    st.append(Paragraph("Västerbottens län – bedömning av rekryteringssituation och jobbmöjligheter", h2))
    st.append(Spacer(1, 4))
    prose = [
        "Yrkesbarometern bygger på Arbetsförmedlingens intervjuer med arbetsgivare och på arbetsförmedlarnas "
        "bedömningar. I denna sammanställning redovisas 32 yrken med stor betydelse för arbetsmarknaden i "
        f"Västerbottens län. Arbetsgivarna bedöms ha svårt att rekrytera (stor brist eller brist) i {n_brist} av de "
        f"32 yrkena, varav stor brist i {n_sb}. I vårens bedömning (våren 2025) gällde det 24 yrken, varav stor brist i 9.",
        "Bristen är fortsatt störst inom hälso- och sjukvården och förskolan. Den stora industrietableringen i "
        "Skelleftebygden har dämpats under året, vilket har minskat efterfrågan på vissa industriyrken jämfört med "
        "2024. Inom transport bedöms bristen på yrkesförare bestå, särskilt på längre sikt när många går i pension.",
        "Under januari–september 2025 publicerades totalt 14 382 platser i Platsbanken med arbetsort i "
        "Västerbottens län (alla yrken). Det är 6 procent färre än samma period 2024. Observera att tabellen nedan "
        "bara omfattar de redovisade yrkena. Bedömningarna gäller länet som helhet; resultat per kommun redovisas inte.",
    ]
    for p in prose:
        st.append(Paragraph(p, body))
        st.append(Spacer(1, 3))
    st.append(Spacer(1, 4))
    st.append(Paragraph("Tabell 1. Bedömning per yrke, Västerbottens län, hösten 2025", cap))
    st.append(Spacer(1, 3))
    data = [["SSYK", "Yrke", "RS", "JM\n1 år", "JM\n5 år", "Brist-\nindex¹", "Annonserade\nplatser jan–sep\n2025²"]]
    style = [("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8),
             ("FONT", (0, 1), (-1, -1), "Helvetica", 8),
             ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
             ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
             ("ALIGN", (2, 0), (-1, -1), "CENTER"),
             ("ALIGN", (5, 1), (6, -1), "RIGHT")]
    for grp, ys in YRKEN:
        ri = len(data)
        data.append([grp, "", "", "", "", "", ""])
        style += [("SPAN", (0, ri), (-1, ri)), ("BACKGROUND", (0, ri), (-1, ri), colors.HexColor("#D9E6F2")),
                  ("FONT", (0, ri), (-1, ri), "Helvetica-Bold", 8), ("ALIGN", (0, ri), (-1, ri), "LEFT")]
        for kod, namn, rs, j1, j5, bi, ann in ys:
            data.append([kod, Paragraph(namn, cell), rs, j1, j5, sv(bi), f"{ann:,}".replace(",", " ")])
    t = Table(data, colWidths=[14 * mm, 74 * mm, 12 * mm, 13 * mm, 13 * mm, 16 * mm, 26 * mm], repeatRows=1)
    style.append(("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black))
    t.setStyle(TableStyle(style))
    st.append(t)
    st.append(Spacer(1, 5))
    st.append(Paragraph(
        "Förklaringar: RS = rekryteringssituationen för arbetsgivare: SB = stor brist, B = brist, BA = balans, "
        "Ö = överskott. JM = jobbmöjligheter för arbetssökande på ett respektive fem års sikt: G = goda, "
        "M = medelgoda, S = små.", note))
    st.append(Paragraph("¹ Bristindex 1–5, där 5 = mycket stor brist på arbetskraft och 1 = mycket stort överskott.", note))
    st.append(Paragraph("² Platser i annonser publicerade i Platsbanken med arbetsort i Västerbottens län.", note))
    st.append(Spacer(1, 10))
    st.append(Paragraph("Tabell 2. Bristindex för de tio yrken med störst brist – jämförelse med våren 2025 och riket", cap))
    st.append(Spacer(1, 3))
    top = sorted(all_y, key=lambda y: -y[5])[:10]
    d2 = [["Yrke", "Västerbotten\nhösten 2025", "Västerbotten\nvåren 2025", "Riket\nhösten 2025"]]
    for y in top:
        sp, rk = SPRING[y[1]]
        d2.append([Paragraph(y[1], cell), sv(y[5]), sv(sp), sv(rk)])
    t2 = Table(d2, colWidths=[90 * mm, 26 * mm, 26 * mm, 26 * mm])
    t2.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8),
                            ("FONT", (0, 1), (-1, -1), "Helvetica", 8),
                            ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
                            ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                            ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
                            ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                            ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    st.append(t2)
    st.append(Spacer(1, 5))
    st.append(Paragraph("Källa: Arbetsförmedlingen, Yrkesbarometern hösten 2025 och våren 2025.", note))
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=16 * mm,
                            title="Yrkesbarometern hösten 2025 – Västerbottens län",
                            author="Arbetsförmedlingen")
    doc.build(st, onFirstPage=on_page, onLaterPages=on_page)


# ---------------------------------------------------------------- 6 -------
NB = [("2505", "Arvidsjaur/Árviesjávrrie"), ("2506", "Arjeplog/Árjepluovve"),
      ("2510", "Jokkmokk/Jåhkåmåhkke"), ("2513", "Överkalix/Ylikainuu"),
      ("2514", "Kalix"), ("2518", "Övertorneå/Ylitornio"), ("2521", "Pajala"),
      ("2523", "Gällivare/Jiellevárri"), ("2560", "Älvsbyn"), ("2580", "Luleå/Luleju"),
      ("2581", "Piteå/Bidum"), ("2582", "Boden"), ("2583", "Haparanda/Haaparanta"),
      ("2584", "Kiruna/Giron")]
SECTORS = ["Energiförsörjning", "Industri (energi och processer)", "Transporter",
           "Arbetsmaskiner", "Jordbruk", "Avfall (inkl. avlopp)",
           "Produktanvändning (inkl. lösningsmedel)", "Egen uppvärmning av bostäder och lokaler"]
YEARS6 = [1990, 2005, 2010, 2015, 2020, 2021, 2022, 2023]
# 1990 base (ton) per sector, per kommun; population-ish scale
NB_SCALE = {"Arvidsjaur": 0.45, "Arjeplog": 0.22, "Jokkmokk": 0.35, "Överkalix": 0.25,
            "Kalix": 1.15, "Övertorneå": 0.33, "Pajala": 0.45, "Gällivare": 1.25,
            "Älvsbyn": 0.55, "Luleå": 5.0, "Piteå": 2.9, "Boden": 1.9,
            "Haparanda": 0.7, "Kiruna": 1.6}
SECTOR_BASE = [9000, 2000, 21000, 6000, 4500, 3800, 900, 7000]
SECTOR_TREND = [0.55, 0.85, 0.72, 0.85, 0.85, 0.35, 0.7, 0.12]  # 2023 level relative to 1990
LULUCF_2023 = {"Arvidsjaur": -231000, "Arjeplog": -405000, "Jokkmokk": -612000, "Överkalix": -118000,
               "Kalix": -96000, "Övertorneå": -141000, "Pajala": -286000, "Gällivare": -379000,
               "Älvsbyn": -152000, "Luleå": -48000, "Piteå": -133000, "Boden": -201000,
               "Haparanda": -37000, "Kiruna": -352000}


def nb_short(name):
    return name.split("/")[0]


def rus_data():
    rng = random.Random(14706)
    res = {}
    for kod, namn in NB:
        s = nb_short(namn)
        sc = NB_SCALE[s]
        for si, sec in enumerate(SECTORS):
            b = SECTOR_BASE[si] * sc * rng.uniform(0.8, 1.2)
            if sec.startswith("Industri"):
                b = {"Luleå": 2_650_000, "Kiruna": 505_000, "Gällivare": 312_000,
                     "Piteå": 236_000, "Kalix": 61_000, "Boden": 14_000}.get(s, b)
            if sec == "Energiförsörjning" and s == "Luleå":
                b = 760_000
            if sec == "Energiförsörjning" and s in ("Piteå", "Kiruna"):
                b = b * 4
            endf = SECTOR_TREND[si] * rng.uniform(0.9, 1.1)
            if sec.startswith("Industri") and s == "Luleå":
                endf = 0.93
            if sec.startswith("Industri") and s == "Kiruna":
                endf = 1.18
            vals = []
            for y in YEARS6:
                frac = (y - 1990) / 33
                v = b * (1 + (endf - 1) * frac) * (rng.uniform(0.96, 1.04) if y not in (1990, 2023) else 1)
                vals.append(round(v))
            res[(s, sec)] = vals
        lu23 = LULUCF_2023[s]
        res[(s, "Markanvändning (LULUCF)")] = [round(lu23 * f * rng.uniform(0.95, 1.05)) if f != 1 else lu23
                                              for f in (0.82, 0.9, 0.96, 1.08, 1.02, 0.98, 1.04, 1)]
        utr = {"Luleå": 61_000, "Kiruna": 9_800, "Piteå": 14_500, "Gällivare": 3_100,
               "Arvidsjaur": 2_400, "Haparanda": 600}.get(s)
        res[(s, "Utrikes transporter")] = ([round(utr * f) for f in (0.7, 0.95, 1.0, 1.1, 0.55, 0.68, 0.9, 1.0)]
                                           if utr else [0] * 8)
        res[(s, "Alla huvudsektorer")] = [sum(res[(s, sec)][k] for sec in SECTORS) for k in range(8)]
    return res


MASKED = {("Överkalix", "Industri (energi och processer)"): {0, 1, 2},
          ("Pajala", "Industri (energi och processer)"): {0},
          ("Arjeplog", "Industri (energi och processer)"): {0, 1, 2, 3, 4, 5, 6, 7}}


def make_f6(out):
    d = rus_data()
    order = ["Alla huvudsektorer"] + SECTORS + ["Utrikes transporter", "Markanvändning (LULUCF)"]
    lines = ["Nationella emissionsdatabasen (RUS/SMHI) – utsläpp av växthusgaser per kommun och huvudsektor, Norrbottens län",
             "Enhet: ton koldioxidekvivalenter (CO2-ekv)",
             "",
             ";".join(["Länskod", "Kommunkod", "Kommun", "Huvudsektor"] + [str(y) for y in YEARS6])]
    def fmt(v):
        return "–" if v == 0 else (f"-{abs(v)}" if v < 0 else str(v))
    # county first
    for sec in order:
        vals = [sum(d[(nb_short(n), sec)][k] for _, n in NB) for k in range(8)]
        lines.append(";".join(["25", "", "Norrbottens län", sec] + [fmt(v) for v in vals]))
    for kod, namn in NB:
        s = nb_short(namn)
        for sec in order:
            vals = [fmt(v) for v in d[(s, sec)]]
            for k in MASKED.get((s, sec), ()):
                vals[k] = ".."
            lines.append(";".join(["25", kod, namn, sec] + vals))
    lines += ["",
              "Alla huvudsektorer = summan av de åtta huvudsektorerna. Utrikes transporter (internationell luft- och sjöfart) och Markanvändning (LULUCF) ingår inte.",
              "Markanvändning (LULUCF): negativt värde = nettoupptag av koldioxid i skog och mark.",
              ".. = uppgiften är sekretessbelagd men ingår i Alla huvudsektorer. – = inga utsläpp.",
              "Källa: Nationella emissionsdatabasen, RUS/SMHI, publicerad juni 2025. Kommunnamn anges även på samiska, finska eller meänkieli där sådant officiellt namn finns."]
    with open(os.path.join(out, "rus_vaxthusgaser_norrbottens_kommuner_1990-2023.csv"), "w",
              encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: python3 r147_make_files.py OUT_DIR")
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    make_f1(out)
    make_f2(out)
    make_f3(out)
    make_f4(out)
    make_f5(out)
    make_f6(out)
    print("wrote 6 files to", out)


if __name__ == "__main__":
    main()
