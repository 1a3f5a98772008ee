#!/usr/bin/env python3
"""Round r139 – statistics files (invented but realistic Swedish exports).

Usage: python3 r139_make_files.py OUT_DIR

Files written:

1. af_funktionsnedsattning_alder_kon_uppsala_lan_okt2025.xlsx
   Arbetsförmedlingen table of registered job seekers with a disability that
   reduces working capacity, Uppsala län, October 2025. Sheet "Tabell" first,
   "Om statistiken" second. Title/subtitle/source on rows 1–3, header on rows
   5–6: row 5 carries the sex ("Kvinnor", "Män", "Totalt") each MERGED across
   eight columns, row 6 the age bands "16–19", "20–24", "25–29", "30–39",
   "40–49", "50–59", "60–64", "Summa 16–64" (so 20–29 must be summed from two
   bands). "Kommun" and "Kommunkod" merged down rows 5–6; the Kommunkod column
   (B) is HIDDEN. Eight municipalities (rows 7–14) and a bold "Uppsala län" row.
   Values under 5 are masked "x" (still included in sums).

2. migrationsverket_kommunmottagna_2024_2025.csv
   Migrationsverket-style CSV, Windows-1252, semicolon, two title lines, a
   HIERARCHICAL table with a "Nivå" column (0 = country, 1 = county,
   2 = municipality) and municipality names INDENTED with two leading spaces.
   Names are organisational forms: "Göteborgs Stad", "Stockholms stad",
   "Malmö stad", "Lunds kommun" …; the country row is called "Sverige" (never
   "riket"). Only Stockholms, Skåne and Västra Götalands län are broken down
   (with an "Övriga kommuner i länet" row each); the other 18 counties are
   county rows only. Columns: Kommuntal 2025, Anvisade 2025, Egenbosatta 2025,
   Totalt mottagna 2025, Totalt mottagna 2024. "x" = masked (< 4), still in
   the sums. Footnotes below.

3. lansstyrelsen_jamtland_beslut_landsbygdsstod_2024_2025.xlsx
   Länsstyrelsen Jämtlands län register of decisions on rural-development
   support (one row per case). Two data sheets "Beslut 2024" and
   "Beslut 2025" (a question about both years needs both sheets) plus a
   "Förklaringar" sheet. Title in A1, extraction note in A2, header on row 4
   with autofilter and frozen panes. Columns: Ärendenummer, Beslutsdatum (real
   Excel dates), Stödform, Kommun, Sökandetyp, Beslut (Bifall / Delvis bifall /
   Avslag / Makulerat), Stödberättigande utgifter (kr), Beviljat stöd (kr)
   (number format '# ##0 "kr"', empty for Avslag), Stödnivå (%) and a HIDDEN
   column "Handläggare". On "Beslut 2025" two "Makulerat" rows are HIDDEN rows.

4. region_skane_kompetensforsorjning_yrkesvux_2026.pdf
   Two-page excerpt of a Region Skåne report ("Sida 11"/"Sida 12", running
   header). Page 1: text with a distractor figure (course registrations) and
   Tabell 4.3 "Antal elever i yrkesinriktad komvux per kommun 2023–2025",
   a table of the 33 municipalities SPLIT SIDE BY SIDE in two halves (17 rows
   left, 16 rows + "Skåne län" right) with columns Kommun | 2023 | 2024 | 2025
   | Förändring 2024–2025, %. Page 2: a distractor table by kommungrupp.

5. skatteverket_godkanda_fskatt_norrland_2024_2025.csv
   Skatteverket-style long CSV, UTF-8 (no BOM), LF, semicolon. One row per
   county × month with the month written as a Swedish abbreviation "jan 2024"
   … "okt 2025"; columns Period;Län;Nya F-skattegodkännanden;Rullande 12 mån;
   Förändring rullande 12 mån mot året innan (%) (decimal comma). Five Norrland
   counties, sorted by county then month. An "Anm." line at the end.
   A ROLLING 12-MONTH column sits beside the monthly value.

6. skr_insikt_nki_vasterbotten_2024.xlsx
   SKR/Insikt-style customer-satisfaction index (NKI) for business
   regulation, Västerbottens län, measurement 2024. Sheet "NKI 2024" with
   title/period/source/legend rows 1–4, header on rows 6–7: each area
   (Brandtillsyn, Bygglov, Livsmedelskontroll, Miljö- och hälsoskydd,
   Serveringstillstånd, Totalt) MERGED over "NKI" and "Antal svar"; 15
   municipalities alphabetically, then "Västerbottens län" and "Riket".
   NKI with fewer than 20 answers shown as "–"; NKI cells colour-filled by
   grade. Sheet "Betygsskala" with the grade bands. "Markupplåtelse" is NOT
   an area in this file.
"""
import csv
import datetime as dt
import io
import os
import random
import statistics
import sys

# ---------------------------------------------------------------- data -----

BANDS = ["16–19", "20–24", "25–29", "30–39", "40–49", "50–59", "60–64"]


def data_f1():
    kommuner = [("0381", "Enköping", 560), ("0331", "Heby", 150),
                ("0305", "Håbo", 210), ("0330", "Knivsta", 120),
                ("0360", "Tierp", 260), ("0380", "Uppsala", 2150),
                ("0319", "Älvkarleby", 110), ("0382", "Östhammar", 230)]
    w = [0.03, 0.10, 0.11, 0.22, 0.21, 0.23, 0.10]
    rnd = random.Random(13901)
    out = []
    for kod, namn, tot in kommuner:
        row = {"kod": kod, "namn": namn}
        for sex, share in (("K", 0.47), ("M", 0.53)):
            vals = []
            for wi in w:
                v = round(tot * share * wi * rnd.uniform(0.8, 1.2))
                vals.append(max(v, 1))
            row[sex] = vals
        row["T"] = [a + b for a, b in zip(row["K"], row["M"])]
        out.append(row)
    lan = {"kod": "03", "namn": "Uppsala län"}
    for s in "KMT":
        lan[s] = [sum(r[s][i] for r in out) for i in range(7)]
    return out, lan


def data_f2():
    # (nivå, kod, namn, kommuntal25, anvisade25, egenbosatta25, tot24)
    rows = []
    breakdown = {
        "01": ("Stockholms län", [
            ("0180", "Stockholms stad", 402, 371, 1060, 1718),
            ("0181", "Södertälje kommun", 61, 58, 212, 355),
            ("0184", "Solna stad", 38, 37, 71, 139),
            ("0126", "Huddinge kommun", 55, 49, 168, 270),
            ("0127", "Botkyrka kommun", 44, 40, 226, 338),
            ("0138", "Tyresö kommun", 22, 20, 31, 64),
        ], (246, 231, 402, 866)),
        "12": ("Skåne län", [
            ("1280", "Malmö stad", 121, 126, 610, 1012),
            ("1281", "Lunds kommun", 66, 61, 98, 213),
            ("1283", "Helsingborgs stad", 71, 68, 236, 398),
            ("1290", "Kristianstads kommun", 44, 43, 101, 196),
            ("1282", "Landskrona stad", 12, 12, 118, 167),
        ], (233, 219, 448, 903)),
        "14": ("Västra Götalands län", [
            ("1480", "Göteborgs Stad", 236, 221, 563, 1107),
            ("1490", "Borås Stad", 48, 47, 179, 306),
            ("1488", "Trollhättans Stad", 29, 31, 143, 228),
            ("1481", "Mölndals stad", 33, 30, 49, 101),
            ("1485", "Uddevalla kommun", 26, 24, 66, 122),
            ("1494", "Lidköpings kommun", 17, 17, 38, 72),
        ], (311, 296, 521, 1094)),
    }
    others = [  # county code, name, kommuntal, anvisade, egenbosatta, tot24
        ("03", "Uppsala län", 131, 124, 212, 470),
        ("04", "Södermanlands län", 95, 90, 241, 436),
        ("05", "Östergötlands län", 152, 146, 338, 652),
        ("06", "Jönköpings län", 117, 115, 276, 511),
        ("07", "Kronobergs län", 62, 60, 129, 247),
        ("08", "Kalmar län", 80, 76, 118, 260),
        ("09", "Gotlands län", 4, 2, 9, 21),
        ("10", "Blekinge län", 44, 41, 83, 172),
        ("13", "Hallands län", 105, 101, 112, 287),
        ("17", "Värmlands län", 87, 83, 136, 301),
        ("18", "Örebro län", 93, 89, 201, 393),
        ("19", "Västmanlands län", 76, 72, 188, 337),
        ("20", "Dalarnas län", 85, 82, 128, 274),
        ("21", "Gävleborgs län", 84, 80, 181, 351),
        ("22", "Västernorrlands län", 69, 66, 97, 213),
        ("23", "Jämtlands län", 36, 34, 41, 98),
        ("24", "Västerbottens län", 80, 75, 88, 218),
        ("25", "Norrbottens län", 69, 63, 74, 179),
    ]
    county_rows = {}
    for code, (name, kom, ovr) in breakdown.items():
        sub = []
        for k in kom:
            sub.append((2, k[0], k[1], k[2], k[3], k[4], k[5]))
        sub.append((2, code + "XX", "Övriga kommuner i länet", *ovr))
        tot = tuple(sum(s[i] for s in sub) for i in range(3, 7))
        county_rows[code] = [(1, code, name, *tot)] + sub
    for o in others:
        county_rows[o[0]] = [(1, *o)]
    order = sorted(county_rows)
    allc = [county_rows[c][0] for c in order]
    sve = (0, "00", "Sverige") + tuple(sum(c[i] for c in allc) for i in range(3, 7))
    rows = [sve]
    for c in order:
        rows.extend(county_rows[c])
    return rows


def data_f3():
    rnd = random.Random(13903)
    kommuner = ["Östersund", "Krokom", "Åre", "Strömsund", "Berg",
                "Härjedalen", "Bräcke", "Ragunda"]
    kw = [0.26, 0.17, 0.16, 0.1, 0.09, 0.1, 0.06, 0.06]
    forms = [("Startstöd", 0.27), ("Investeringsstöd – jordbruk", 0.33),
             ("Investeringsstöd – förädling", 0.17),
             ("Företagsstöd – landsbygdsföretag", 0.23)]
    typer = ["Enskild näringsidkare", "Aktiebolag", "Handelsbolag",
             "Ekonomisk förening"]
    hand = ["AB", "KL", "MH", "PS", "EJ"]
    sheets = {}
    for year, n in ((2024, 34), (2025, 37)):
        rows = []
        for i in range(n):
            form = rnd.choices([f for f, _ in forms], [w for _, w in forms])[0]
            kom = rnd.choices(kommuner, kw)[0]
            d = dt.date(year, 1, 15) + dt.timedelta(days=rnd.randint(0, 330))
            b = rnd.choices(["Bifall", "Delvis bifall", "Avslag"], [0.72, 0.12, 0.16])[0]
            if form == "Startstöd":
                typ = "Enskild näringsidkare" if rnd.random() < 0.8 else "Aktiebolag"
                amount = rnd.choice([250000, 250000, 350000, 500000, 500000])
                utg = amount
                niva = None
                if b == "Delvis bifall":
                    amount = 250000
            else:
                typ = rnd.choices(typer, [0.45, 0.4, 0.08, 0.07])[0]
                utg = rnd.randrange(180, 4200) * 1000
                niva = {"Investeringsstöd – jordbruk": 40,
                        "Investeringsstöd – förädling": 40,
                        "Företagsstöd – landsbygdsföretag": 30}[form]
                amount = round(utg * niva / 100)
                if b == "Delvis bifall":
                    utg2 = round(utg * rnd.uniform(0.55, 0.85) / 1000) * 1000
                    amount = round(utg2 * niva / 100)
            if b == "Avslag":
                amount = None
            rows.append({"d": d, "form": form, "kom": kom, "typ": typ, "beslut": b,
                         "utg": utg, "belopp": amount, "niva": niva,
                         "hand": rnd.choice(hand), "hidden": False})
        if year == 2025:
            # two cancelled cases (hidden rows) – both Startstöd in Krokom
            for dd in (dt.date(2025, 4, 8), dt.date(2025, 9, 22)):
                rows.append({"d": dd, "form": "Startstöd", "kom": "Krokom",
                             "typ": "Enskild näringsidkare", "beslut": "Makulerat",
                             "utg": 500000, "belopp": None, "niva": None,
                             "hand": "KL", "hidden": True})
        rows.sort(key=lambda r: r["d"])
        for j, r in enumerate(rows, 1):
            r["id"] = f"{year % 100:02d}-{3180 + j * 7:05d}"
        sheets[year] = rows
    return sheets


SKANE = ["Bjuv", "Bromölla", "Burlöv", "Båstad", "Eslöv", "Helsingborg",
         "Hässleholm", "Höganäs", "Hörby", "Höör", "Klippan", "Kristianstad",
         "Kävlinge", "Landskrona", "Lomma", "Lund", "Malmö", "Osby", "Perstorp",
         "Simrishamn", "Sjöbo", "Skurup", "Staffanstorp", "Svalöv", "Svedala",
         "Tomelilla", "Trelleborg", "Vellinge", "Ystad", "Åstorp", "Ängelholm",
         "Örkelljunga", "Östra Göinge"]
SKANE_POP = [16, 12, 19, 15, 35, 152, 52, 28, 16, 17, 17, 86, 32, 47, 25,
             128, 362, 13, 7, 19, 19, 16, 26, 15, 23, 13, 46, 37, 30, 16, 44,
             10, 15]


def data_f4():
    rnd = random.Random(13904)
    out = []
    for name, pop in zip(SKANE, SKANE_POP):
        base = pop * rnd.uniform(9.5, 13.5)
        v23 = round(base)
        v24 = round(v23 * rnd.uniform(0.94, 1.12))
        v25 = round(v24 * rnd.uniform(0.93, 1.14))
        out.append([name, v23, v24, v25])
    # make Helsingborg the largest absolute increase 2024->2025, Malmö small
    d = {r[0]: r for r in out}
    d["Malmö"][3] = d["Malmö"][2] + 41
    d["Helsingborg"][3] = d["Helsingborg"][2] + 233
    d["Perstorp"][3] = round(d["Perstorp"][2] * 1.31)  # largest % increase
    tot = ["Skåne län"] + [sum(r[i] for r in out) for i in (1, 2, 3)]
    return out, tot


MON = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt",
       "nov", "dec"]


def data_f5():
    rnd = random.Random(13905)
    lan = [("Gävleborgs län", 232), ("Västernorrlands län", 188),
           ("Jämtlands län", 151), ("Västerbottens län", 236),
           ("Norrbottens län", 204)]
    season = [1.25, 1.05, 1.18, 1.05, 1.02, 0.92, 0.62, 0.88, 1.08, 1.06,
              0.98, 0.72]
    months = [(y, m) for y in (2022, 2023, 2024, 2025) for m in range(1, 13)
              if (y, m) <= (2025, 10)]
    rows = []
    for name, base in lan:
        series = []
        for k, (y, m) in enumerate(months):
            trend = 1 + 0.012 * (y - 2022) + (0.03 if y == 2025 else 0)
            series.append(round(base * season[m - 1] * trend * rnd.uniform(0.9, 1.1)))
        for k, (y, m) in enumerate(months):
            if y < 2024:
                continue
            r12 = sum(series[k - 11:k + 1])
            r12p = sum(series[k - 23:k - 11])
            ch = round((r12 / r12p - 1) * 100, 1)
            rows.append({"per": f"{MON[m - 1]} {y}", "y": y, "m": m, "lan": name,
                         "v": series[k], "r12": r12, "ch": ch})
    return rows


AREAS = ["Brandtillsyn", "Bygglov", "Livsmedelskontroll",
         "Miljö- och hälsoskydd", "Serveringstillstånd"]
VB = ["Bjurholm", "Dorotea", "Lycksele", "Malå", "Nordmaling", "Norsjö",
      "Robertsfors", "Skellefteå", "Sorsele", "Storuman", "Umeå", "Vilhelmina",
      "Vindeln", "Vännäs", "Åsele"]
VB_SIZE = [0.4, 0.4, 1.3, 0.5, 0.9, 0.6, 0.9, 6.0, 0.4, 0.8, 10.0, 0.8, 0.7,
           1.0, 0.35]


def data_f6():
    rnd = random.Random(13906)
    area_n = [28, 70, 45, 60, 9]   # answers per size unit
    area_lvl = [80, 68, 76, 73, 75]
    out = []
    for name, size in zip(VB, VB_SIZE):
        lvl = rnd.uniform(-6, 6)
        cells = []
        for a in range(5):
            n = max(3, round(area_n[a] * size * rnd.uniform(0.7, 1.3)))
            nki = max(45, min(92, round(area_lvl[a] + lvl + rnd.uniform(-7, 7))))
            cells.append([nki, n])
        out.append([name, cells])
    d = {r[0]: r for r in out}
    d["Vännäs"][1][1] = [84, 71]     # highest reported Bygglov NKI
    d["Robertsfors"][1][1] = [83, 58]
    # fewer than 20 answers -> masked
    for r in out:
        tn = sum(c[1] for c in r[1])
        tw = sum(c[0] * c[1] for c in r[1])
        r.append([round(tw / tn), tn])
    # force a couple of totals exactly on the 75 threshold
    return out


def weighted_county(rows):
    res = []
    for a in range(5):
        n = sum(r[1][a][1] for r in rows)
        w = sum(r[1][a][0] * r[1][a][1] for r in rows)
        res.append([round(w / n), n])
    tn = sum(r[2][1] for r in rows)
    tw = sum(c[0] * c[1] for r in rows for c in r[1])
    return res, [round(tw / tn), tn]


# --------------------------------------------------------------- writers ---

def write_f1(path):
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
    rows, lan = data_f1()
    wb = Workbook()
    ws = wb.active
    ws.title = "Tabell"
    ws["A1"] = ("Inskrivna arbetssökande med en funktionsnedsättning som medför "
                "nedsatt arbetsförmåga, efter kommun, kön och ålder")
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Uppsala län, oktober 2025. Antal personer, sista dagen i månaden"
    ws["A3"] = "Källa: Arbetsförmedlingen, bearbetning Region Uppsala"
    ws["A3"].font = Font(italic=True, size=9)
    thin = Side(style="thin")
    hdr_fill = PatternFill("solid", fgColor="DCE6F1")
    ws.merge_cells("A5:A6"); ws["A5"] = "Kommun"
    ws.merge_cells("B5:B6"); ws["B5"] = "Kommunkod"
    col = 3
    for sex in ("Kvinnor", "Män", "Totalt"):
        ws.cell(5, col, sex)
        ws.merge_cells(start_row=5, start_column=col, end_row=5, end_column=col + 7)
        for i, b in enumerate(BANDS + ["Summa 16–64"]):
            ws.cell(6, col + i, b)
        col += 8
    for r in (5, 6):
        for c in range(1, col):
            cell = ws.cell(r, c)
            cell.font = Font(bold=True)
            cell.fill = hdr_fill
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            cell.border = Border(top=thin, bottom=thin)

    def put(rn, rec, bold=False):
        ws.cell(rn, 1, rec["namn"]).font = Font(bold=bold)
        ws.cell(rn, 2, rec["kod"])
        c = 3
        for s in "KMT":
            vals = rec[s]
            for v in vals:
                cell = ws.cell(rn, c, "x" if v < 5 else v)
                cell.alignment = Alignment(horizontal="right")
                cell.number_format = "# ##0"
                if bold:
                    cell.font = Font(bold=True)
                c += 1
            cell = ws.cell(rn, c, sum(vals))
            cell.number_format = "# ##0"
            cell.font = Font(bold=True)
            c += 1

    rn = 7
    for rec in rows:
        put(rn, rec)
        rn += 1
    put(rn, lan, bold=True)
    for c in range(1, col):
        ws.cell(rn, c).border = Border(top=thin, bottom=thin)
    ws.cell(rn + 2, 1, "x = färre än 5 personer. Maskerade värden ingår i summorna.").font = Font(size=9)
    ws.cell(rn + 3, 1, "Ålder avser ålder vid månadens slut. Summa 16–64 = samtliga åldersgrupper.").font = Font(size=9)
    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].hidden = True
    ws.freeze_panes = "C7"
    ws2 = wb.create_sheet("Om statistiken")
    txt = [
        "Om statistiken",
        "",
        "Tabellen visar personer som är inskrivna vid Arbetsförmedlingen och har en "
        "registrerad funktionsnedsättning som medför nedsatt arbetsförmåga (kod för "
        "funktionsnedsättning i AIS).",
        "Med inskrivna avses öppet arbetslösa, sökande i program med aktivitetsstöd samt "
        "övriga inskrivna, t.ex. personer med lönestöd.",
        "Uppgifterna avser ställningen den sista dagen i oktober 2025.",
        "Uppgifter om födelseland, utbildningsnivå och typ av funktionsnedsättning redovisas inte i denna tabell.",
    ]
    for i, t in enumerate(txt, 1):
        ws2.cell(i, 1, t)
    ws2["A1"].font = Font(bold=True, size=12)
    ws2.column_dimensions["A"].width = 110
    wb.save(path)


def write_f2(path):
    rows = data_f2()
    buf = io.StringIO()
    buf.write("Kommunmottagna personer med uppehållstillstånd efter län och kommun, 2024–2025\r\n")
    buf.write("Källa: Migrationsverket (kommuntal och utfall enligt bosättningslagen)\r\n")
    buf.write("\r\n")
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    w.writerow(["Nivå", "Kod", "Region", "Kommuntal 2025", "Anvisade 2025",
                "Egenbosatta 2025", "Totalt mottagna 2025", "Totalt mottagna 2024"])

    def fmt(v):
        return "x" if v < 4 else str(v)
    for niva, kod, namn, kt, anv, egen, t24 in rows:
        label = "  " + namn if niva == 2 else namn
        kod_out = "" if kod.endswith("XX") else kod
        w.writerow([niva, kod_out, label, kt, fmt(anv), fmt(egen),
                    anv + egen, t24])
    buf.write("\r\n")
    buf.write("Nivå 0 = hela landet, 1 = län, 2 = kommun. Kommunuppdelning redovisas endast för storstadslänen.\r\n")
    buf.write("Anvisade = personer som anvisats till kommunen av Migrationsverket. Egenbosatta = personer som själva ordnat boende.\r\n")
    buf.write("x = uppgiften är skyddad (färre än 4 personer) men ingår i summorna.\r\n")
    buf.write("Kommuntal 2025 = det antal anvisningar som kommunen enligt länstalet skulle ta emot under 2025.\r\n")
    with open(path, "w", encoding="cp1252", newline="") as f:
        f.write(buf.getvalue())


def write_f3(path):
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill, Alignment
    sheets = data_f3()
    wb = Workbook()
    first = True
    heads = ["Ärendenummer", "Beslutsdatum", "Stödform", "Kommun", "Sökandetyp",
             "Beslut", "Stödberättigande utgifter (kr)", "Beviljat stöd (kr)",
             "Stödnivå (%)", "Handläggare"]
    for year in (2024, 2025):
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = f"Beslut {year}"
        ws["A1"] = (f"Beslut om stöd inom strategiska planen för den gemensamma "
                    f"jordbrukspolitiken – Länsstyrelsen i Jämtlands län, beslutsår {year}")
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = f"Uttag ur handläggningssystemet 2026-01-14. Ett ärende per rad."
        ws["A2"].font = Font(italic=True, size=9)
        for c, h in enumerate(heads, 1):
            cell = ws.cell(4, c, h)
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = PatternFill("solid", fgColor="1F4E78")
            cell.alignment = Alignment(wrap_text=True, vertical="center")
        rn = 5
        for r in sheets[year]:
            vals = [r["id"], r["d"], r["form"], r["kom"], r["typ"], r["beslut"],
                    r["utg"], r["belopp"], r["niva"], r["hand"]]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(rn, c, v)
                if c == 2:
                    cell.number_format = "yyyy-mm-dd"
                if c in (7, 8):
                    cell.number_format = '# ##0 "kr"'
            if r["hidden"]:
                ws.row_dimensions[rn].hidden = True
            rn += 1
        ws.auto_filter.ref = f"A4:J{rn - 1}"
        ws.freeze_panes = "A5"
        for c, wdt in zip("ABCDEFGHIJ", (13, 12, 32, 12, 22, 13, 16, 16, 10, 10)):
            ws.column_dimensions[c].width = wdt
        ws.column_dimensions["J"].hidden = True
        ws.row_dimensions[4].height = 32
    ws = wb.create_sheet("Förklaringar")
    txt = [
        ("Beslut", "Bifall = ansökan beviljad i sin helhet. Delvis bifall = beviljad med lägre belopp. "
                   "Avslag = inget stöd. Makulerat = ärendet avslutat utan beslut (t.ex. dubbelregistrering); "
                   "ska inte räknas som beslut."),
        ("Startstöd", "Stöd till personer under 40 år som startar jordbruksföretag. Schablonbelopp 250 000, "
                      "350 000 eller 500 000 kr; stödnivå anges därför inte."),
        ("Stödnivå", "Andel av stödberättigande utgifter som beviljas (investerings- och företagsstöd)."),
        ("Beviljat stöd", "Beslutat belopp. Utbetalt belopp kan bli lägre."),
    ]
    ws["A1"] = "Begrepp"; ws["B1"] = "Förklaring"
    ws["A1"].font = ws["B1"].font = Font(bold=True)
    for i, (a, b) in enumerate(txt, 2):
        ws.cell(i, 1, a); ws.cell(i, 2, b)
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 120
    wb.save(path)


def _sv(n):
    s = f"{n:,}".replace(",", "\u00a0")
    return s


def _pct(x):
    s = f"{x:+.1f}".replace(".", ",").replace("-", "\u2212")
    return s


def write_f4(path):
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph,
                                    Spacer, Table, TableStyle, PageBreak)
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    rows, tot = data_f4()
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["BodyText"], fontName="Helvetica", fontSize=9.5, leading=13)
    h2 = ParagraphStyle("h2", parent=ss["Heading2"], fontName="Helvetica-Bold", fontSize=13)
    cap = ParagraphStyle("cap", parent=body, fontName="Helvetica-Bold", fontSize=9)
    note = ParagraphStyle("n", parent=body, fontSize=7.5, leading=9.5)

    def header(c, doc):
        c.saveState()
        c.setFont("Helvetica", 8)
        c.setFillColor(colors.grey)
        c.drawString(20 * mm, 287 * mm, "Region Skåne  |  Kompetensförsörjning i Skåne – lägesrapport 2026")
        c.drawRightString(190 * mm, 287 * mm, "Avdelningen för regional utveckling")
        c.line(20 * mm, 285 * mm, 190 * mm, 285 * mm)
        c.drawRightString(190 * mm, 12 * mm, f"Sida {doc.page + 10}")
        c.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                          topMargin=20 * mm, bottomMargin=20 * mm,
                          title="Kompetensförsörjning i Skåne – lägesrapport 2026 (utdrag)",
                          author="Region Skåne")
    frame = Frame(20 * mm, 18 * mm, 170 * mm, 262 * mm, id="f")
    doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=header)])
    tot_kurs = 48310
    st = []
    st.append(Paragraph("4.2 Yrkesinriktad vuxenutbildning", h2))
    st.append(Paragraph(
        "Den regionala yrkesvuxen är ett av de viktigaste verktygen för att möta "
        "arbetsgivarnas behov av undersköterskor, barnskötare, lastbilsförare och "
        "el- och VVS-montörer. Sedan 2023 har antalet elever ökat i de flesta "
        "kommuner, främst i nordvästra Skåne där samverkan inom Familjen Helsingborg "
        f"har gett fler platser. Under 2025 registrerades sammanlagt {_sv(tot_kurs)} "
        "kursdeltagare (kursregistreringar) i yrkesinriktad komvux i länet; en elev kan "
        "läsa flera kurser under samma år och räknas då flera gånger i det måttet.", body))
    st.append(Spacer(1, 4))
    st.append(Paragraph(
        "Tabell 4.3 nedan redovisar i stället antalet unika elever per hemkommun. "
        "Förändringen avser utvecklingen mellan 2024 och 2025. I förra årets rapport "
        "angavs 13 950 elever för 2023; siffran har sedan reviderats av Skolverket.", body))
    st.append(Spacer(1, 8))
    st.append(Paragraph("Tabell 4.3  Antal elever i yrkesinriktad komvux per kommun 2023–2025", cap))
    st.append(Spacer(1, 3))
    head = ["Kommun", "2023", "2024", "2025", "Förändr. %\n2024–2025"]

    def rowfmt(r):
        ch = (r[3] / r[2] - 1) * 100
        return [r[0], _sv(r[1]), _sv(r[2]), _sv(r[3]), _pct(ch)]
    left = [head] + [rowfmt(r) for r in rows[:17]]
    right = [head] + [rowfmt(r) for r in rows[17:]] + [rowfmt(tot)]
    ts = TableStyle([
        ("FONT", (0, 0), (-1, -1), "Helvetica", 7.8),
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 7.5),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#EEF3F8")]),
        ("TOPPADDING", (0, 0), (-1, -1), 1.6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6),
    ])
    cw = [22 * mm, 12 * mm, 12 * mm, 12 * mm, 20 * mm]
    tl = Table(left, colWidths=cw)
    tl.setStyle(ts)
    tr = Table(right, colWidths=cw)
    ts2 = TableStyle(ts.getCommands() + [
        ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 7.8),
        ("LINEABOVE", (0, -1), (-1, -1), 0.6, colors.black)])
    tr.setStyle(ts2)
    outer = Table([[tl, tr]], colWidths=[83 * mm, 83 * mm])
    outer.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 1),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 1)]))
    st.append(outer)
    st.append(Spacer(1, 4))
    st.append(Paragraph(
        "Källa: Skolverket, elever i kommunal vuxenutbildning, bearbetning Region Skåne. "
        "Eleverna redovisas efter folkbokföringskommun och räknas en gång per kommun och "
        "kalenderår. Länssumman kan därför vara något högre än antalet unika elever i länet.", note))
    st.append(Spacer(1, 8))
    st.append(Paragraph(
        "Störst ökning i antal har skett i de större kommunerna, men flera mindre kommuner "
        "har relativt sett ökat mer. Utvecklingen följs upp inom ramen för "
        "Skånes kompetensplattform.", body))
    st.append(PageBreak())
    st.append(Paragraph("4.3 Genomströmning", h2))
    st.append(Paragraph(
        "Andelen elever som fullföljer ett helt yrkespaket varierar mellan kommungrupperna. "
        "Tabell 4.4 visar andelen av de elever som påbörjade ett yrkespaket 2024 som hade "
        "fullföljt det inom 18 månader.", body))
    st.append(Spacer(1, 6))
    st.append(Paragraph("Tabell 4.4  Andel elever som fullföljt yrkespaket inom 18 månader, per kommungrupp (%)", cap))
    t4 = Table([["Kommungrupp", "Kvinnor", "Män", "Totalt"],
                ["Storstäder (Malmö)", "71", "63", "68"],
                ["Större städer", "74", "66", "71"],
                ["Pendlingskommuner", "77", "69", "74"],
                ["Landsbygdskommuner", "79", "70", "76"],
                ["Skåne län", "74", "66", "71"]], colWidths=[50 * mm, 20 * mm, 20 * mm, 20 * mm])
    t4.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 8.5),
                            ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5),
                            ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 8.5),
                            ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                            ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
                            ("LINEABOVE", (0, -1), (-1, -1), 0.6, colors.black)]))
    st.append(t4)
    st.append(Spacer(1, 6))
    st.append(Paragraph("Källa: Region Skånes uppföljning av regional yrkesvux.", note))
    doc.build(st)


def write_f5(path):
    rows = data_f5()
    lines = ["Period;Län;Nya F-skattegodkännanden;Rullande 12 mån;"
             "Förändring rullande 12 mån mot året innan (%)"]
    for r in rows:
        lines.append(f"{r['per']};{r['lan']};{r['v']};{r['r12']};"
                     + f"{r['ch']:.1f}".replace(".", ","))
    lines.append("")
    lines.append("Anm. Antal personer och företag som godkänts för F-skatt (inklusive FA-skatt) under "
                 "månaden, efter län där sökanden är registrerad. Rullande 12 mån = summan av de "
                 "senaste tolv månaderna t.o.m. angiven månad. Uppgifterna för sep och okt 2025 är preliminära.")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def grade_fill(nki):
    if nki >= 80:
        return "63BE7B"
    if nki >= 70:
        return "B5DB8F"
    if nki >= 62:
        return "FFEB84"
    if nki >= 50:
        return "F8B26E"
    return "F8696B"


def write_f6(path):
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
    rows = data_f6()
    cty, ctot = weighted_county(rows)
    wb = Workbook()
    ws = wb.active
    ws.title = "NKI 2024"
    ws["A1"] = "Insikt 2024 – Företagens nöjdhet med kommunens myndighetsutövning (NKI)"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Västerbottens län. Ärenden avslutade under 2024. NKI = Nöjd-Kund-Index, skala 0–100."
    ws["A3"] = "Källa: SKR och Stockholm Business Alliance, Insikt. Bearbetning: Region Västerbotten."
    ws["A3"].font = Font(italic=True, size=9)
    ws["A4"] = ("Färgerna visar betygsnivå (se bladet Betygsskala). – = färre än 20 svar, "
                "NKI redovisas inte men svaren ingår i Totalt.")
    ws["A4"].font = Font(size=9)
    ws.merge_cells("A6:A7"); ws["A6"] = "Kommun"
    col = 2
    for a in AREAS + ["Totalt"]:
        ws.cell(6, col, a)
        ws.merge_cells(start_row=6, start_column=col, end_row=6, end_column=col + 1)
        ws.cell(7, col, "NKI"); ws.cell(7, col + 1, "Antal svar")
        col += 2
    thin = Side(style="thin")
    for r in (6, 7):
        for c in range(1, col):
            cell = ws.cell(r, c)
            cell.font = Font(bold=True)
            cell.alignment = Alignment(horizontal="center", wrap_text=True)
            cell.border = Border(bottom=thin)

    def put(rn, name, cells, total, bold=False):
        ws.cell(rn, 1, name).font = Font(bold=bold)
        c = 2
        for nki, n in cells + [total]:
            if n < 20:
                ws.cell(rn, c, "–").alignment = Alignment(horizontal="right")
            else:
                cell = ws.cell(rn, c, nki)
                cell.fill = PatternFill("solid", fgColor=grade_fill(nki))
                cell.font = Font(bold=bold)
            ws.cell(rn, c + 1, n).font = Font(bold=bold, color="595959")
            c += 2
    rn = 8
    for name, cells, total in rows:
        put(rn, name, cells, total)
        rn += 1
    put(rn, "Västerbottens län", cty, ctot, bold=True)
    riket = [[79, 14520], [66, 28930], [77, 19880], [72, 24110], [75, 3870]]
    rt = [73, sum(n for _, n in riket)]
    put(rn + 1, "Riket", riket, rt, bold=True)
    for c in range(1, col):
        ws.cell(rn, c).border = Border(top=thin)
    ws.column_dimensions["A"].width = 20
    ws.freeze_panes = "B8"
    ws2 = wb.create_sheet("Betygsskala")
    scale = [("NKI", "Betyg"), ("80–100", "Mycket högt"), ("70–79", "Högt"),
             ("62–69", "Godkänt"), ("50–61", "Lågt"), ("0–49", "Mycket lågt")]
    for i, (a, b) in enumerate(scale, 1):
        ws2.cell(i, 1, a); ws2.cell(i, 2, b)
    ws2["A1"].font = ws2["B1"].font = Font(bold=True)
    ws2.cell(8, 1, "Myndighetsområden i Insikt 2024 för länet: brandtillsyn, bygglov, "
                   "livsmedelskontroll, miljö- och hälsoskydd samt serveringstillstånd.")
    wb.save(path)


FILES = {
    "af_funktionsnedsattning_alder_kon_uppsala_lan_okt2025.xlsx": write_f1,
    "migrationsverket_kommunmottagna_2024_2025.csv": write_f2,
    "lansstyrelsen_jamtland_beslut_landsbygdsstod_2024_2025.xlsx": write_f3,
    "region_skane_kompetensforsorjning_yrkesvux_2026.pdf": write_f4,
    "skatteverket_godkanda_fskatt_norrland_2024_2025.csv": write_f5,
    "skr_insikt_nki_vasterbotten_2024.xlsx": write_f6,
}


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(1)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for name, fn in FILES.items():
        fn(os.path.join(out, name))
        print("wrote", name)


if __name__ == "__main__":
    main()
