"""Round r125 – six statistics files on new topics (energy, broadband, age pyramids, waste,
a business-survey PDF, a climate-grant register), in shapes real Swedish exports have.

Usage:  python r125_make_files.py OUT_DIR

All values are deterministic (fixed numbers or random.Random with a fixed seed) and
internally consistent (county rows are sums, shares are computed from the counts, net
balances are "ökat" minus "minskat").

1. scb_kre_slutanvandning_vasterbotten_2021_2022.csv   (SCB, Kommunal och regional energistatistik)
   - Windows-1252 (cp1252), semicolon separated, EVERY field quoted (PxWeb style), CRLF.
   - A title line ("Slutanvändning (MWh) efter region, förbrukarkategori och år. Samtliga
     bränslen") and an empty line above the header.
   - Header names contain commas inside the quotes ("Jordbruk, skogsbruk, fiske",
     "Industri, byggverksamhet").
   - One row per region × year (2021, 2022), regions coded "2480 Umeå", the county row
     "24 Västerbottens län" first; sectors as columns plus "Totalt"; values in whole MWh.
   - ".." for confidential cells; "Totalt" still includes them, so the visible sectors do not add
     up to Totalt in those rows; footnotes (symbol key, source, extraction date) below.

2. pts_bredband_1gbit_varmland_2024.csv   (PTS, Bredbandskartläggningen, Värmlands län)
   - UTF-8 with BOM, semicolon separated, decimal commas, shares with two decimals,
     space as thousands separator in the count columns ("45 118").
   - Two title lines and a blank line above the header; municipality code and name in
     separate columns; households and workplaces side by side (totals, with access, share);
     a 2023 share column and a change column in percentage points written with a sign
     ("+1,84").
   - "Värmlands län" and "Riket" rows at the bottom, then footnotes (definitions, source).

3. befolkningspyramid_harjedalen_berg_2004_2024.xlsx   (SCB, processed by a region's statistics unit)
   - Four sheets "Härjedalen 2024", "Härjedalen 2004", "Berg 2024", "Berg 2004", each a
     population-pyramid chart basis: columns "Män" | "Ålder" | "Kvinnor" with the age band in the
     MIDDLE column, oldest band ("95+") at the top down to "0–4".
   - Men are stored as NEGATIVE numbers (for the chart) with a number format that hides the
     sign ('#,##0;#,##0'); a "Totalt" row at the bottom (men negative there too).
   - Title row merged over the three columns, a source row, and a bar chart on each sheet.

4. avfall_hushallsavfall_ostergotland_2023.xlsx   (Avfall Sverige, Avfall Web, Östergötlands län)
   - Sheet "Kg per invånare": two title rows, a two-row header with "Kg per invånare 2023"
     merged over six fraction columns (Restavfall … Totalt), single columns merged vertically
     (Kommun, Invånare, Totalt 2022, Förändring), municipalities grouped by SKR's municipality
     group with a bold "Summa <grupp>" subtotal row after each group (weighted: group tonnes /
     group population), a bold "Östergötlands län" row and a "Riket" row (kg only).
   - Sheet "Ton": the same layout with tonnes, subtotals are sums.
   - Sheet "Om statistiken": notes.

5. foretagsbarometern_kalmar_lan_kv2_2025.pdf   (regional business survey, Region Kalmar län)
   - Page 1: title, prose summary with a few key figures, bullet list.
   - Page 2: "Bilaga 1" annex table whose first column holds long, WRAPPED survey questions;
     columns Ökat / Oförändrat / Minskat (%) and net balances for kv 2 2025, kv 1 2025 and
     kv 2 2024 written with sign ("+14", "-8"); footnote defining the net balance.
   - "Bilaga 2": net balances by industry with the number of answers (n) per industry.

6. klimatklivet_beviljade_atgarder_gavleborg_2022_2024.csv   (Naturvårdsverket, Klimatklivet)
   - Record level: one row per granted measure (72 rows), comma separated, UTF-8 without BOM,
     ISO dates, decimal POINT in the emission column, quoted text fields containing commas,
     amounts in whole kronor without separators; a "Status" column including "Återkallad".
"""
import csv
import io
import os
import random
import sys

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side


def sv_num(x, dec=0, thousands=""):
    """Format a number Swedish style."""
    s = f"{abs(x):,.{dec}f}".replace(",", "\u0001").replace(".", ",").replace("\u0001", thousands)
    return ("-" if x < 0 else "") + s


# ---------------------------------------------------------------------------------------------
# 1. SCB KRE energy use
# ---------------------------------------------------------------------------------------------
KRE_MUNIS = [
    ("2401", "Nordmaling", 7000), ("2403", "Bjurholm", 2400), ("2404", "Vindeln", 5400),
    ("2409", "Robertsfors", 6700), ("2417", "Norsjö", 4000), ("2418", "Malå", 3000),
    ("2421", "Storuman", 5800), ("2422", "Sorsele", 2400), ("2425", "Dorotea", 2500),
    ("2460", "Vännäs", 8800), ("2462", "Vilhelmina", 6700), ("2463", "Åsele", 2700),
    ("2480", "Umeå", 130000), ("2481", "Lycksele", 12000), ("2482", "Skellefteå", 74000),
]
KRE_SECTORS = ["Jordbruk, skogsbruk, fiske", "Industri, byggverksamhet", "Offentlig verksamhet",
               "Transporter", "Övriga tjänster", "Småhus", "Flerbostadshus", "Fritidshus"]
# MWh per inhabitant, base profile; industry per municipality below
KRE_BASE = {"Jordbruk, skogsbruk, fiske": 1.4, "Offentlig verksamhet": 2.1, "Transporter": 8.8,
            "Övriga tjänster": 3.4, "Småhus": 7.6, "Flerbostadshus": 2.6, "Fritidshus": 0.5}
KRE_INDUSTRY = {"Nordmaling": 9.0, "Bjurholm": 1.1, "Vindeln": 3.2, "Robertsfors": 14.5,
                "Norsjö": 6.0, "Malå": 2.2, "Storuman": 3.0, "Sorsele": 1.6, "Dorotea": 1.3,
                "Vännäs": 2.8, "Vilhelmina": 3.5, "Åsele": 2.0, "Umeå": 5.5, "Lycksele": 9.5,
                "Skellefteå": 31.0}
KRE_SECRET = {("Bjurholm", "Industri, byggverksamhet"), ("Sorsele", "Jordbruk, skogsbruk, fiske"),
              ("Malå", "Industri, byggverksamhet"), ("Dorotea", "Industri, byggverksamhet"),
              ("Åsele", "Jordbruk, skogsbruk, fiske")}


def kre_data():
    rng = random.Random(12501)
    data = {}  # (name, year) -> {sector: value}
    for code, name, pop in KRE_MUNIS:
        urban = pop > 50000
        rural = pop < 10000
        v21 = {}
        for s in KRE_SECTORS:
            if s == "Industri, byggverksamhet":
                per = KRE_INDUSTRY[name]
            else:
                per = KRE_BASE[s]
                if s == "Jordbruk, skogsbruk, fiske" and rural:
                    per *= 2.2
                if s == "Jordbruk, skogsbruk, fiske" and urban:
                    per *= 0.4
                if s == "Flerbostadshus" and urban:
                    per *= 1.9
                if s == "Flerbostadshus" and rural:
                    per *= 0.6
                if s == "Småhus" and rural:
                    per *= 1.25
                if s == "Fritidshus" and rural:
                    per *= 3.5
            v21[s] = int(round(pop * per * rng.uniform(0.85, 1.15)))
        v22 = {}
        for s in KRE_SECTORS:
            f = rng.uniform(0.90, 1.04)
            if name == "Skellefteå" and s == "Industri, byggverksamhet":
                f = 1.236
            v22[s] = int(round(v21[s] * f))
        data[(name, 2021)] = v21
        data[(name, 2022)] = v22
    return data


def write_kre(out):
    data = kre_data()
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    w.writerow(["Slutanvändning (MWh) efter region, förbrukarkategori och år. Samtliga bränslen"])
    buf.write("\r\n")
    w.writerow(["region", "år"] + KRE_SECTORS + ["Totalt"])
    for year in (2021, 2022):
        county = [sum(data[(n, year)][s] for _, n, _ in KRE_MUNIS) for s in KRE_SECTORS]
        w.writerow(["24 Västerbottens län", str(year)] + [str(v) for v in county] + [str(sum(county))])
    for code, name, _ in KRE_MUNIS:
        for year in (2021, 2022):
            vals = data[(name, year)]
            cells = [".." if (name, s) in KRE_SECRET else str(vals[s]) for s in KRE_SECTORS]
            w.writerow([f"{code} {name}", str(year)] + cells + [str(sum(vals.values()))])
    buf.write("\r\n")
    w.writerow(["Teckenförklaring: .. = uppgift sekretessbelagd eller inte tillgänglig"])
    w.writerow(["Totalt inkluderar även sekretessbelagda uppgifter."])
    w.writerow(["Källa: SCB, Kommunal och regional energistatistik (KRE). Uttag 2025-03-14."])
    with open(os.path.join(out, "scb_kre_slutanvandning_vasterbotten_2021_2022.csv"), "w",
              encoding="cp1252", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------------------------
# 2. PTS broadband
# ---------------------------------------------------------------------------------------------
PTS_MUNIS = [
    # code, name, households, share 2024, share 2023, workplaces, share workplaces 2024
    ("1715", "Kil", 5312, 0.9212, 0.9105, 1104, 0.8421),
    ("1730", "Eda", 4018, 0.8467, 0.8213, 862, 0.7533),
    ("1737", "Torsby", 6044, 0.8139, 0.7902, 1391, 0.7214),
    ("1760", "Storfors", 2087, 0.8925, 0.8871, 389, 0.8098),
    ("1761", "Hammarö", 6912, 0.9811, 0.9790, 1016, 0.9530),
    ("1762", "Munkfors", 1794, 0.9430, 0.9418, 327, 0.8807),
    ("1763", "Forshaga", 5291, 0.9365, 0.9302, 905, 0.8674),
    ("1764", "Grums", 4305, 0.9058, 0.8822, 792, 0.8320),
    ("1765", "Årjäng", 4522, 0.8321, 0.8105, 1240, 0.7406),
    ("1766", "Sunne", 6311, 0.8802, 0.8693, 1502, 0.8011),
    ("1780", "Karlstad", 45118, 0.9719, 0.9688, 7954, 0.9402),
    ("1781", "Kristinehamn", 11987, 0.9490, 0.9317, 2101, 0.8895),
    ("1782", "Filipstad", 5208, 0.8746, 0.8590, 913, 0.8012),
    ("1783", "Hagfors", 6297, 0.8598, 0.8524, 1188, 0.7803),
    ("1784", "Arvika", 12480, 0.9233, 0.9018, 2705, 0.8550),
    ("1785", "Säffle", 7489, 0.8907, 0.8840, 1731, 0.8105),
]
PTS_RIKET = (4968211, 0.9651, 0.9583, 1079442, 0.9238)


def pts_rows():
    rows = []
    for code, name, hh, s24, s23, ws, ws24 in PTS_MUNIS:
        hh_acc = int(round(hh * s24))
        hh23 = hh - 40 if hh > 3000 else hh - 9       # households 2023 (not shown)
        hh23_acc = int(round(hh23 * s23))
        ws_acc = int(round(ws * ws24))
        rows.append(dict(code=code, name=name, hh=hh, hh_acc=hh_acc, hh23=hh23, hh23_acc=hh23_acc,
                         ws=ws, ws_acc=ws_acc))
    return rows


def write_pts(out):
    rows = pts_rows()
    tot = {k: sum(r[k] for r in rows) for k in ("hh", "hh_acc", "hh23", "hh23_acc", "ws", "ws_acc")}
    rh, rs24, rs23, rws, rws24 = PTS_RIKET
    riket = dict(code="", name="Riket", hh=rh, hh_acc=int(round(rh * rs24)), hh23=rh - 21000,
                 hh23_acc=int(round((rh - 21000) * rs23)), ws=rws, ws_acc=int(round(rws * rws24)))
    lines = ["Tillgång till bredband om minst 1 Gbit/s, hushåll och arbetsställen, Värmlands län, oktober 2024",
             "Post- och telestyrelsen (PTS), Bredbandskartläggning 2024", ""]
    head = ["Kommunkod", "Kommun", "Hushåll totalt", "Hushåll med tillgång till minst 1 Gbit/s",
            "Andel hushåll (%)", "Andel hushåll okt 2023 (%)", "Förändring (procentenheter)",
            "Arbetsställen totalt", "Arbetsställen med tillgång till minst 1 Gbit/s",
            "Andel arbetsställen (%)"]
    lines.append(";".join(head))

    def line(r, code, name):
        a24 = round(r["hh_acc"] / r["hh"] * 100, 2)
        a23 = round(r["hh23_acc"] / r["hh23"] * 100, 2)
        ch = round(a24 - a23, 2)
        aw = round(r["ws_acc"] / r["ws"] * 100, 2)
        sign = "+" if ch > 0 else ""
        return ";".join([code, name, sv_num(r["hh"], 0, " "), sv_num(r["hh_acc"], 0, " "),
                         sv_num(a24, 2), sv_num(a23, 2), sign + sv_num(ch, 2),
                         sv_num(r["ws"], 0, " "), sv_num(r["ws_acc"], 0, " "), sv_num(aw, 2)])

    for r in rows:
        lines.append(line(r, r["code"], r["name"]))
    lines.append(line(tot, "17", "Värmlands län"))
    lines.append(line(riket, "00", "Riket"))
    lines += ["",
              "Tillgång avser hushåll och arbetsställen som har fiber eller annan fast förbindelse "
              "om minst 1 Gbit/s i eller i direkt anslutning till fastigheten (homes passed).",
              "Förändring = andel okt 2024 minus andel okt 2023, procentenheter.",
              "Källa: PTS Bredbandskartläggning 2024, publicerad 2025-03-20."]
    with open(os.path.join(out, "pts_bredband_1gbit_varmland_2024.csv"), "w",
              encoding="utf-8-sig", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------------------------
# 3. Population pyramids
# ---------------------------------------------------------------------------------------------
AGE_BANDS = ["0–4", "5–9", "10–14", "15–19", "20–24", "25–29", "30–34", "35–39", "40–44",
             "45–49", "50–54", "55–59", "60–64", "65–69", "70–74", "75–79", "80–84", "85–89",
             "90–94", "95+"]
PYR = {
    # (kommun, year): (men list young->old, women list young->old)
    ("Härjedalen", 2024): (
        [198, 231, 262, 279, 263, 241, 246, 258, 262, 297, 344, 381, 402, 431, 416, 355, 231, 117, 41, 6],
        [187, 219, 244, 251, 205, 199, 221, 236, 247, 281, 326, 362, 387, 418, 421, 384, 274, 162, 78, 19]),
    ("Härjedalen", 2004): (
        [241, 262, 347, 382, 318, 262, 293, 347, 366, 374, 441, 493, 428, 331, 311, 272, 192, 81, 21, 2],
        [226, 248, 329, 355, 262, 229, 274, 331, 352, 361, 412, 452, 398, 322, 331, 341, 262, 151, 61, 9]),
    ("Berg", 2024): (
        [131, 158, 181, 190, 169, 148, 154, 167, 178, 203, 241, 268, 285, 302, 291, 248, 160, 79, 27, 3],
        [125, 149, 170, 173, 132, 126, 143, 158, 169, 192, 229, 255, 276, 294, 297, 272, 193, 112, 54, 13]),
    ("Berg", 2004): (
        [171, 186, 241, 259, 201, 165, 192, 232, 247, 262, 311, 338, 297, 238, 226, 201, 148, 64, 16, 1],
        [158, 176, 230, 238, 162, 147, 181, 219, 239, 251, 289, 312, 276, 232, 241, 249, 196, 113, 44, 6]),
}
PYR_NAMES = {"Härjedalen": "Härjedalens kommun", "Berg": "Bergs kommun"}


def write_pyramids(out):
    wb = Workbook()
    wb.remove(wb.active)
    thin = Side(style="thin", color="999999")
    for (kom, year) in [("Härjedalen", 2024), ("Härjedalen", 2004), ("Berg", 2024), ("Berg", 2004)]:
        men, women = PYR[(kom, year)]
        ws = wb.create_sheet(f"{kom} {year}")
        ws["A1"] = f"Befolkning efter ålder och kön, {PYR_NAMES[kom]}, 31 december {year}"
        ws.merge_cells("A1:C1")
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = "Källa: SCB, befolkningsstatistik. Bearbetning: Region Jämtland Härjedalen, enheten för analys."
        ws["A2"].font = Font(italic=True, size=9)
        for col, h in zip("ABC", ["Män", "Ålder", "Kvinnor"]):
            c = ws[f"{col}4"]
            c.value = h
            c.font = Font(bold=True)
            c.alignment = Alignment(horizontal="center")
            c.border = Border(bottom=thin)
        r = 5
        for i in reversed(range(len(AGE_BANDS))):
            ws.cell(r, 1, -men[i]).number_format = "#,##0;#,##0"
            ws.cell(r, 2, AGE_BANDS[i]).alignment = Alignment(horizontal="center")
            ws.cell(r, 3, women[i]).number_format = "#,##0;#,##0"
            r += 1
        ws.cell(r, 1, -sum(men)).number_format = "#,##0;#,##0"
        ws.cell(r, 2, "Totalt").alignment = Alignment(horizontal="center")
        ws.cell(r, 3, sum(women)).number_format = "#,##0;#,##0"
        for c in range(1, 4):
            ws.cell(r, c).font = Font(bold=True)
            ws.cell(r, c).border = Border(top=thin)
        ws.column_dimensions["A"].width = 10
        ws.column_dimensions["B"].width = 10
        ws.column_dimensions["C"].width = 10
        ch = BarChart()
        ch.type = "bar"
        ch.grouping = "clustered"
        ch.overlap = 100
        ch.title = f"{kom} {year}"
        data = Reference(ws, min_col=1, max_col=1, min_row=4, max_row=24)
        data2 = Reference(ws, min_col=3, max_col=3, min_row=4, max_row=24)
        cats = Reference(ws, min_col=2, min_row=5, max_row=24)
        ch.add_data(data, titles_from_data=True)
        ch.add_data(data2, titles_from_data=True)
        ch.set_categories(cats)
        ch.height = 10
        ch.width = 14
        ws.add_chart(ch, "E4")
    wb.save(os.path.join(out, "befolkningspyramid_harjedalen_berg_2004_2024.xlsx"))


# ---------------------------------------------------------------------------------------------
# 4. Household waste
# ---------------------------------------------------------------------------------------------
WASTE_FRACTIONS = ["Restavfall", "Matavfall", "Förpackningar och returpapper", "Grovavfall (ÅVC)",
                   "Farligt avfall inkl. el-avfall"]
WASTE_GROUPS = [
    ("A3 Större stad", [("Linköping", 165527), ("Norrköping", 144932)]),
    ("B5 Pendlingskommun nära större stad", [("Söderköping", 14832), ("Kinda", 9807),
                                             ("Åtvidaberg", 11621), ("Boxholm", 5512)]),
    ("B6 Mindre stad/tätort", [("Motala", 43805), ("Mjölby", 28469), ("Finspång", 21903)]),
    ("C7 Pendlingskommun nära mindre stad/tätort", [("Vadstena", 7512), ("Ödeshög", 5318)]),
    ("C8 Landsbygdskommun", [("Ydre", 3711), ("Valdemarsvik", 7604)]),
]
WASTE_BASE = [152, 44, 61, 178, 14]  # kg per inhabitant


def waste_data():
    rng = random.Random(12504)
    t23, t22 = {}, {}
    for _, munis in WASTE_GROUPS:
        for name, pop in munis:
            kg = [b * rng.uniform(0.82, 1.2) for b in WASTE_BASE]
            if name == "Vadstena":
                kg[3] *= 1.35  # many summer visitors at the recycling centre
            if name == "Ydre":
                kg[1] *= 0.45  # food waste collection started late
            t23[name] = [int(round(pop * k / 1000)) for k in kg]
            f = rng.uniform(0.96, 1.07)
            t22[name] = int(round(sum(t23[name]) * f))  # total tonnes 2022
    return t23, t22


WASTE_POP22 = {"Linköping": 164616, "Norrköping": 144458, "Söderköping": 14781, "Kinda": 9821,
               "Åtvidaberg": 11598, "Boxholm": 5489, "Motala": 43764, "Mjölby": 28401,
               "Finspång": 21954, "Vadstena": 7498, "Ödeshög": 5287, "Ydre": 3698,
               "Valdemarsvik": 7632}


def write_waste(out):
    t23, t22 = waste_data()
    wb = Workbook()
    bold = Font(bold=True)
    grey = PatternFill("solid", fgColor="DDDDDD")
    thin = Side(style="thin", color="888888")
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)

    def header(ws, title, unit_label, unit22):
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = "Källa: Avfall Sverige, Avfall Web. Uttag 2024-10-02. Invånare enligt SCB 31 december."
        ws["A2"].font = Font(italic=True, size=9)
        ws.merge_cells("A4:A5")
        ws["A4"] = "Kommun"
        ws.merge_cells("B4:B5")
        ws["B4"] = "Invånare 2023"
        ws.merge_cells("C4:H4")
        ws["C4"] = unit_label
        for i, fr in enumerate(WASTE_FRACTIONS + ["Totalt"]):
            ws.cell(5, 3 + i, fr)
        ws.merge_cells("I4:I5")
        ws["I4"] = f"Totalt 2022 ({unit22})"
        ws.merge_cells("J4:J5")
        ws["J4"] = "Förändring totalt 2022–2023 (%)"
        for row in (4, 5):
            for col in range(1, 11):
                c = ws.cell(row, col)
                c.font = bold
                c.alignment = center
                c.fill = grey
                c.border = Border(bottom=thin, top=thin, left=thin, right=thin)
        ws.column_dimensions["A"].width = 44
        for col in "BCDEFGHIJ":
            ws.column_dimensions[col].width = 14
        ws.row_dimensions[5].height = 45

    # --- kg sheet
    ws = wb.active
    ws.title = "Kg per invånare"
    header(ws, "Insamlat hushållsavfall per invånare 2023, Östergötlands län", "Kg per invånare 2023", "kg/inv")
    ws2 = wb.create_sheet("Ton")
    header(ws2, "Insamlat hushållsavfall 2023, ton, Östergötlands län", "Ton 2023", "ton")
    r = 6
    all_pop = all_pop22 = 0
    all_t = [0] * 5
    all_t22 = 0
    for gname, munis in WASTE_GROUPS:
        g_pop = g_pop22 = 0
        g_t = [0] * 5
        g_t22 = 0
        for name, pop in munis:
            tons = t23[name]
            tot = sum(tons)
            kg = [round(t * 1000 / pop) for t in tons]
            kg_tot = round(tot * 1000 / pop)
            kg22 = round(t22[name] * 1000 / WASTE_POP22[name])
            chg = round((kg_tot - kg22) / kg22 * 100, 1)
            ws.cell(r, 1, name)
            ws.cell(r, 2, pop)
            for i, v in enumerate(kg + [kg_tot]):
                ws.cell(r, 3 + i, v)
            ws.cell(r, 9, kg22)
            ws.cell(r, 10, chg)
            ws2.cell(r, 1, name)
            ws2.cell(r, 2, pop)
            for i, v in enumerate(tons + [tot]):
                ws2.cell(r, 3 + i, v)
            ws2.cell(r, 9, t22[name])
            ws2.cell(r, 10, round((tot - t22[name]) / t22[name] * 100, 1))
            g_pop += pop
            g_pop22 += WASTE_POP22[name]
            g_t = [a + b for a, b in zip(g_t, tons)]
            g_t22 += t22[name]
            r += 1
        # subtotal
        gtot = sum(g_t)
        kg_tot = round(gtot * 1000 / g_pop)
        kg22 = round(g_t22 * 1000 / g_pop22)
        ws.cell(r, 1, f"Summa {gname}")
        ws.cell(r, 2, g_pop)
        for i, v in enumerate([round(t * 1000 / g_pop) for t in g_t] + [kg_tot]):
            ws.cell(r, 3 + i, v)
        ws.cell(r, 9, kg22)
        ws.cell(r, 10, round((kg_tot - kg22) / kg22 * 100, 1))
        ws2.cell(r, 1, f"Summa {gname}")
        ws2.cell(r, 2, g_pop)
        for i, v in enumerate(g_t + [gtot]):
            ws2.cell(r, 3 + i, v)
        ws2.cell(r, 9, g_t22)
        ws2.cell(r, 10, round((gtot - g_t22) / g_t22 * 100, 1))
        for sh in (ws, ws2):
            for col in range(1, 11):
                sh.cell(r, col).font = bold
                sh.cell(r, col).border = Border(top=thin)
        all_pop += g_pop
        all_pop22 += g_pop22
        all_t = [a + b for a, b in zip(all_t, g_t)]
        all_t22 += g_t22
        r += 1
    # county
    atot = sum(all_t)
    kg_tot = round(atot * 1000 / all_pop)
    kg22 = round(all_t22 * 1000 / all_pop22)
    ws.cell(r, 1, "Östergötlands län")
    ws.cell(r, 2, all_pop)
    for i, v in enumerate([round(t * 1000 / all_pop) for t in all_t] + [kg_tot]):
        ws.cell(r, 3 + i, v)
    ws.cell(r, 9, kg22)
    ws.cell(r, 10, round((kg_tot - kg22) / kg22 * 100, 1))
    ws2.cell(r, 1, "Östergötlands län")
    ws2.cell(r, 2, all_pop)
    for i, v in enumerate(all_t + [atot]):
        ws2.cell(r, 3 + i, v)
    ws2.cell(r, 9, all_t22)
    ws2.cell(r, 10, round((atot - all_t22) / all_t22 * 100, 1))
    for sh in (ws, ws2):
        for col in range(1, 11):
            sh.cell(r, col).font = bold
            sh.cell(r, col).fill = grey
            sh.cell(r, col).border = Border(top=thin, bottom=thin)
    r += 1
    riket = [148, 47, 64, 172, 13]
    ws.cell(r, 1, "Riket")
    for i, v in enumerate(riket + [sum(riket)]):
        ws.cell(r, 3 + i, v)
    ws.cell(r, 9, 451)
    ws.cell(r, 10, round((sum(riket) - 451) / 451 * 100, 1))
    for col in range(1, 11):
        ws.cell(r, col).font = Font(italic=True)
    for sh in (ws, ws2):
        for row in sh.iter_rows(min_row=6, max_row=sh.max_row):
            for c in row[1:9]:
                c.number_format = "#,##0"
            row[9].number_format = "0.0"
    notes_kg = ("Kommungrupp enligt SKR:s kommungruppsindelning 2023. Summa-raderna för kg per "
                "invånare är beräknade som gruppens totala mängd delad med gruppens invånare.")
    notes_ton = "Kommungrupp enligt SKR:s kommungruppsindelning 2023. Summa-raderna är summor av kommunerna."
    for sh, note_row, note in ((ws, r + 2, notes_kg), (ws2, r + 1, notes_ton)):
        sh.cell(note_row, 1, note)
        sh.cell(note_row, 1).font = Font(italic=True, size=9)
    ws3 = wb.create_sheet("Om statistiken")
    notes = ["Om statistiken",
             "Hushållsavfall som samlats in av kommunen eller på kommunens uppdrag under kalenderåret.",
             "Restavfall: blandat avfall i kärl/säck efter utsortering. Matavfall: separat insamlat matavfall.",
             "Förpackningar och returpapper: insamlat vid återvinningsstationer och fastighetsnära.",
             "Grovavfall (ÅVC): lämnat vid kommunens återvinningscentraler, exklusive trädgårdsavfall.",
             "Farligt avfall inkl. el-avfall: inklusive batterier.",
             "Textil redovisas inte i denna tabell.",
             "Kontakt: Region Östergötland, enheten för regional utveckling, analys@example.se"]
    for i, t in enumerate(notes, start=1):
        ws3.cell(i, 1, t)
    ws3["A1"].font = Font(bold=True, size=12)
    ws3.column_dimensions["A"].width = 100
    wb.save(os.path.join(out, "avfall_hushallsavfall_ostergotland_2023.xlsx"))


# ---------------------------------------------------------------------------------------------
# 5. Business survey PDF
# ---------------------------------------------------------------------------------------------
BAROMETER_Q = [
    # question, ökat, oförändrat, minskat, net kv1 2025, net kv2 2024
    ("Orderingång (efterfrågan) under de senaste tre månaderna jämfört med föregående tremånadersperiod",
     31, 52, 17, 6, -3),
    ("Förväntad orderingång under de kommande tre månaderna jämfört med de senaste tre månaderna",
     34, 54, 12, 15, 4),
    ("Antal anställda under de senaste tre månaderna jämfört med föregående tremånadersperiod",
     18, 71, 11, 2, 5),
    ("Planerat antal anställda under de kommande tre månaderna", 21, 70, 9, 8, 6),
    ("Lönsamhet under de senaste tre månaderna jämfört med motsvarande period föregående år",
     24, 44, 32, -13, -15),
    ("Förväntad lönsamhet under de kommande tolv månaderna", 30, 51, 19, 4, -2),
    ("Planerade investeringar i maskiner, utrustning och lokaler under de kommande tolv månaderna",
     22, 60, 18, 1, -6),
    ("Försäljningspriser – förväntad utveckling under de kommande tre månaderna", 29, 65, 6, 27, 31),
]
BAROMETER_IND = [
    # industry, n, orderingång senaste 3 mån, förväntad orderingång, planerat antal anställda, förväntad lönsamhet
    ("Tillverkning", 84, 18, 25, 12, 14),
    ("Bygg och anläggning", 61, -6, 12, 3, -4),
    ("Handel", 73, 11, 19, 10, 13),
    ("Företagstjänster (konsulter, IT, redovisning m.m.)", 96, 24, 27, 17, 16),
    ("Besöksnäring (hotell, restaurang, turism)", 42, 26, 35, 22, 18),
    ("Transport och logistik", 31, 5, 12, 6, 2),
    ("Övriga branscher", 25, 9, 14, 8, 10),
]


def signed(v):
    return f"+{v}" if v > 0 else str(v)


def write_barometer(out):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import (ListFlowable, ListItem, PageBreak, Paragraph, SimpleDocTemplate,
                                    Spacer, Table, TableStyle)

    # consistency checks
    for q in BAROMETER_Q:
        assert q[1] + q[2] + q[3] == 100, q
    assert sum(x[1] for x in BAROMETER_IND) == 412
    n = 412
    for col, qi in ((2, 0), (3, 1), (4, 3), (5, 5)):
        w = sum(x[1] * x[col] for x in BAROMETER_IND) / n
        net = BAROMETER_Q[qi][1] - BAROMETER_Q[qi][3]
        assert round(w) == net, (col, w, net)

    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["BodyText"], fontName="Helvetica", fontSize=10, leading=13)
    small = ParagraphStyle("s", parent=body, fontSize=8, leading=10)
    cellp = ParagraphStyle("c", parent=body, fontSize=8.5, leading=10.5)
    hdr = ParagraphStyle("h", parent=cellp, fontName="Helvetica-Bold")
    hdr_r = ParagraphStyle("hr", parent=hdr, alignment=TA_RIGHT)
    h1 = ParagraphStyle("h1", parent=ss["Heading1"], fontName="Helvetica-Bold", fontSize=16)
    h2 = ParagraphStyle("h2", parent=ss["Heading2"], fontName="Helvetica-Bold", fontSize=12)

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(2 * cm, 1.2 * cm, "Företagsbarometern Kalmar län, kvartal 2 2025")
        canvas.drawRightString(19 * cm, 1.2 * cm, f"Sida {doc.page}")
        canvas.restoreState()

    doc = SimpleDocTemplate(os.path.join(out, "foretagsbarometern_kalmar_lan_kv2_2025.pdf"),
                            pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm,
                            title="Företagsbarometern Kalmar län kv 2 2025", author="Region Kalmar län")
    st = []
    st.append(Paragraph("Företagsbarometern Kalmar län – kvartal 2 2025", h1))
    st.append(Paragraph("Region Kalmar län i samarbete med Almi Företagspartner Kalmar län. Publicerad 3 juli 2025.", small))
    st.append(Spacer(1, 10))
    st.append(Paragraph(
        "Företagsbarometern är en kvartalsvis enkät till företag med minst fem anställda i Kalmar län. "
        "Enkäten besvarades av 412 företag (svarsfrekvens 37 procent) under perioden 2–20 juni 2025. "
        "Resultaten redovisas som svarsfördelningar och nettotal, det vill säga andelen företag som svarat "
        "att något har ökat eller väntas öka minus andelen som svarat att det har minskat eller väntas minska.",
        body))
    st.append(Spacer(1, 6))
    st.append(Paragraph("Sammanfattning", h2))
    items = [
        "Efterfrågan fortsätter att återhämta sig. Nettotalet för orderingången under de senaste tre "
        "månaderna steg till +14 från +6 kvartalet innan.",
        "Förväntningarna är starkast inom besöksnäringen inför sommarsäsongen, medan bygg och "
        "anläggning fortfarande rapporterar minskad orderingång.",
        "Lönsamheten är fortsatt svag men mindre negativ än för ett år sedan.",
        "Färre företag än tidigare planerar att höja sina priser.",
    ]
    st.append(ListFlowable([ListItem(Paragraph(t, body), leftIndent=12) for t in items],
                           bulletType="bullet", start="•", leftIndent=12))
    st.append(Spacer(1, 6))
    st.append(Paragraph(
        "Nästa mätning genomförs i september 2025 och publiceras i oktober. Frågor om undersökningen "
        "besvaras av enheten för analys och uppföljning vid Region Kalmar län.", body))
    st.append(PageBreak())

    st.append(Paragraph("Bilaga 1. Svarsfördelning och nettotal, samtliga företag", h2))
    data = [[Paragraph("Fråga", hdr), Paragraph("Ökat (%)", hdr_r), Paragraph("Oförändrat (%)", hdr_r),
             Paragraph("Minskat (%)", hdr_r), Paragraph("Nettotal kv 2 2025", hdr_r),
             Paragraph("Nettotal kv 1 2025", hdr_r), Paragraph("Nettotal kv 2 2024", hdr_r)]]
    for q, up, same, down, n1, n0 in BAROMETER_Q:
        data.append([Paragraph(q, cellp), str(up), str(same), str(down), signed(up - down), signed(n1),
                     signed(n0)])
    t = Table(data, colWidths=[6.2 * cm, 1.4 * cm, 2.2 * cm, 1.6 * cm, 1.9 * cm, 1.9 * cm, 1.8 * cm],
              repeatRows=1)
    t.setStyle(TableStyle([
        ("FONT", (1, 1), (-1, -1), "Helvetica", 8.5),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
        ("BACKGROUND", (4, 1), (4, -1), colors.HexColor("#EEF3F8")),
    ]))
    st.append(t)
    st.append(Spacer(1, 4))
    st.append(Paragraph(
        "Nettotal = andelen företag som svarat ”ökat” minus andelen som svarat ”minskat”, i procentenheter. "
        "Antal svar kv 2 2025: 412. Avrundning gör att andelarna inte alltid summerar till 100.", small))
    st.append(Spacer(1, 14))
    st.append(Paragraph("Bilaga 2. Nettotal per bransch, kvartal 2 2025", h2))
    data = [[Paragraph("Bransch", hdr), Paragraph("Antal svar (n)", hdr_r),
             Paragraph("Orderingång senaste 3 mån", hdr_r), Paragraph("Förväntad orderingång", hdr_r),
             Paragraph("Planerat antal anställda", hdr_r), Paragraph("Förväntad lönsamhet", hdr_r)]]
    for name, nn, a, b, c, d in BAROMETER_IND:
        data.append([Paragraph(name, cellp), str(nn), signed(a), signed(b), signed(c), signed(d)])
    data.append([Paragraph("<b>Samtliga företag</b>", cellp), "412", signed(14), signed(22), signed(12),
                 signed(11)])
    t = Table(data, colWidths=[6.2 * cm, 2.0 * cm, 2.3 * cm, 2.3 * cm, 2.3 * cm, 2.3 * cm], repeatRows=1)
    t.setStyle(TableStyle([
        ("FONT", (1, 1), (-1, -1), "Helvetica", 8.5),
        ("FONT", (1, -1), (-1, -1), "Helvetica-Bold", 8.5),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEABOVE", (0, -1), (-1, -1), 0.5, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
    ]))
    st.append(t)
    st.append(Spacer(1, 4))
    st.append(Paragraph("Nettotal per bransch bör tolkas med försiktighet där antalet svar är lågt (n &lt; 40).",
                        small))
    doc.build(st, onFirstPage=footer, onLaterPages=footer)


# ---------------------------------------------------------------------------------------------
# 6. Klimatklivet register
# ---------------------------------------------------------------------------------------------
KK_MUNIS = [("Gävle", 14), ("Sandviken", 9), ("Hudiksvall", 9), ("Bollnäs", 8), ("Söderhamn", 8),
            ("Ljusdal", 7), ("Ovanåker", 6), ("Hofors", 4), ("Nordanstig", 4), ("Ockelbo", 3)]
KK_CATS = [
    # category, measure texts, (min, max) budget kr, support share range, tonnes per 100 000 kr stöd
    ("Laddinfrastruktur", ["Publika laddpunkter, normalladdning", "Laddstation för snabbladdning, publik",
                           "Laddpunkter vid arbetsplats", "Laddpunkter för bostadsrättsförening"],
     (150000, 2400000), (0.45, 0.50), (0.6, 1.4)),
    ("Energi och uppvärmning", ["Konvertering från olja till bergvärme",
                                "Anslutning till fjärrvärme, ersätter oljepanna",
                                "Pelletspanna ersätter oljepanna i lokal"],
     (300000, 3500000), (0.30, 0.50), (3.0, 6.5)),
    ("Industri", ["Elektrifiering av processvärme, ånga", "Byte från gasol till el i torkprocess",
                  "Spillvärmeåtervinning, industri"],
     (1200000, 14000000), (0.30, 0.45), (2.5, 5.0)),
    ("Biogas", ["Tankstation för biogas, publik", "Uppgradering av rötgas till fordonsgas"],
     (2000000, 9000000), (0.40, 0.50), (1.5, 3.0)),
    ("Fordon och transporter", ["Eldriven arbetsmaskin, hjullastare", "Eldrivna lätta lastbilar, ellastbilar",
                                "Elektrifiering av ramp- och terminalfordon"],
     (400000, 6000000), (0.30, 0.45), (0.8, 2.0)),
]


def kk_rows():
    rng = random.Random(12506)
    orgs = ["Kommun eller region", "Företag", "Företag", "Företag", "Bostadsrättsförening", "Ideell förening",
            "Företag", "Kommunalt bolag"]
    rows = []
    seq = 1
    for kom, n in KK_MUNIS:
        for i in range(n):
            # deterministic category mix
            ci = rng.choices(range(len(KK_CATS)), weights=[38, 22, 14, 8, 18])[0]
            cat, texts, (bmin, bmax), (smin, smax), (tmin, tmax) = KK_CATS[ci]
            text = rng.choice(texts)
            org = rng.choice(orgs)
            if cat == "Laddinfrastruktur" and "bostadsrätt" in text:
                org = "Bostadsrättsförening"
            if cat == "Industri":
                org = "Företag"
            budget = int(round(rng.uniform(bmin, bmax), -3))
            stod = int(round(budget * rng.uniform(smin, smax), -3))
            ton = round(stod / 100000 * rng.uniform(tmin, tmax), 1)
            year = rng.choice([2022, 2023, 2023, 2024, 2024])
            month = rng.randint(1, 12)
            day = rng.randint(1, 28)
            status = "Beviljad" if year == 2024 else rng.choice(["Slutredovisad", "Slutredovisad", "Beviljad"])
            rows.append(dict(year=year, month=month, day=day, kom=kom, org=org, cat=cat, text=text,
                             stod=stod, budget=budget, ton=ton, status=status))
            seq += 1
    # three cancelled grants (fixed)
    for idx in (5, 31, 58):
        rows[idx]["status"] = "Återkallad"
    rows.sort(key=lambda r: (r["year"], r["month"], r["day"], r["kom"]))
    for i, r in enumerate(rows, start=1):
        r["id"] = f"NV-{r['year']}-{1000 + i * 7}"
        r["date"] = f"{r['year']}-{r['month']:02d}-{r['day']:02d}"
    return rows


def write_kk(out):
    rows = kk_rows()
    with open(os.path.join(out, "klimatklivet_beviljade_atgarder_gavleborg_2022_2024.csv"), "w",
              encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=",", quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        w.writerow(["Ärende-id", "Beslutsdatum", "Län", "Kommun", "Sökandes organisationstyp", "Kategori",
                    "Åtgärd", "Beviljat bidrag (kr)", "Total investering (kr)",
                    "Beräknad utsläppsminskning (ton CO2e/år)", "Status"])
        for r in rows:
            w.writerow([r["id"], r["date"], "Gävleborgs län", r["kom"], r["org"], r["cat"], r["text"],
                        r["stod"], r["budget"], f"{r['ton']:.1f}", r["status"]])


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(1)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    write_kre(out)
    write_pts(out)
    write_pyramids(out)
    write_waste(out)
    write_barometer(out)
    write_kk(out)
    print("wrote 6 files to", out)


if __name__ == "__main__":
    main()
