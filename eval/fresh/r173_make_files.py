#!/usr/bin/env python3
"""r173: six invented statistics files about Region Östergötland and its 13 municipalities.

Usage: python r173_make_files.py OUT_DIR

Deterministic: same bytes every run (hard-coded figures, a fixed seed for the register,
fixed zip timestamps for the XLSX files and reportlab invariant mode for the PDF).
All figures are invented but internally consistent.

Files
  1 SCB_Fastighetspriser_smahus_fritidshus_Ostergotland_2023-2024.csv
        Windows-1252, semicolons, decimal comma, title + footnote lines, two tables side by side
        (the right one, Fritidshus, sorted by number of purchases, not in the left table's order).
  2 Skolverket_Gymnasieexamen_hemkommun_Ostergotland.xlsx
        'Innehåll' sheet with hyperlinks + definitions, tables 1-3, hidden code column,
        3-year and 4-year shares from different start cohorts, '..' suppression, hidden row.
  3 Socialstyrelsen_Sarskilt_boende_vantetid_Ostergotland.xlsx
        'Läs mig' sheet, two-row merged header, 2025 = jan-jun preliminary, hidden 80+ column,
        Riket + county rows first, a 'Kön 2024' sheet for the county only.
  4 AF_Fatt_arbete_Ostergotland_jan-nov_2025.csv
        UTF-8 with BOM, tab-separated, quoted labels, months jan-nov only, Summa 2025 / 2024,
        signed change %, '..' under 5 (still in the sums), 'Ej kommunfördelat' inside the county.
  5 Cykelbokslut_Ostergotland_2025.pdf
        2-page report, running header/footer, cycle-path km per municipality, cycle counts per
        counting point, footnote marks, distractor figures in the prose.
  6 Etableringsmark_Ostergotland_tomtregister_2025-12-01.csv
        record level, one row per plot of business land; UTF-8, semicolons, official municipality
        names ('Norrköpings kommun'), area in m², blank prices, dirty status values ('ledig ').
"""
import datetime
import io
import os
import random
import re
import sys
import zipfile

# ---------------------------------------------------------------------------
# shared reference data (code order as in SCB's lists)
# ---------------------------------------------------------------------------
KOM = [  # code, name, population 31 Dec 2024 (invented, plausible)
    ("0509", "Ödeshög", 5318),
    ("0512", "Ydre", 3612),
    ("0513", "Kinda", 10034),
    ("0560", "Boxholm", 5511),
    ("0561", "Åtvidaberg", 11548),
    ("0562", "Finspång", 21987),
    ("0563", "Valdemarsvik", 7602),
    ("0580", "Linköping", 167406),
    ("0581", "Norrköping", 146233),
    ("0582", "Söderköping", 14912),
    ("0583", "Motala", 43985),
    ("0584", "Vadstena", 7403),
    ("0586", "Mjölby", 28544),
]
NAMES = [k[1] for k in KOM]
ALPHA = sorted(NAMES, key=lambda s: s.replace("Å", "{").replace("Ä", "|").replace("Ö", "}"))
POP = {k[1]: k[2] for k in KOM}
CODE = {k[1]: k[0] for k in KOM}


def dec(x, nd=1):
    return f"{x:.{nd}f}".replace(".", ",")


def signed(x, nd=1):
    s = dec(abs(x), nd)
    return ("+" if x > 0 else "-" if x < 0 else "") + s


def sp(n):
    """Swedish thousands with a space: 12345 -> '12 345'."""
    return f"{int(n):,}".replace(",", " ")


FIXED = (2025, 12, 2, 8, 15, 0)


def _fix_props(wb, creator):
    t = datetime.datetime(*FIXED)
    wb.properties.created = t
    wb.properties.modified = t
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator


def _save_fixed(wb, path):
    """Save with fixed zip timestamps and a fixed core 'modified' stamp -> reproducible bytes."""
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zi = zipfile.ZipInfo(item.filename, date_time=FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            data = zin.read(item.filename)
            if item.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2025-12-02T08:15:00Z", data)
                data = re.sub(rb"(<dcterms:created[^>]*>)[^<]*", rb"\g<1>2025-12-02T08:15:00Z", data)
            zout.writestr(zi, data)


def _write_text(path, text, encoding, newline="\r\n"):
    data = text.replace("\n", newline).encode(encoding)
    with open(path, "wb") as f:
        f.write(data)


# ---------------------------------------------------------------------------
# 1. SCB property prices: houses for permanent living + holiday homes, side by side
# ---------------------------------------------------------------------------
# name: purchases 2023, 2024, mean price tkr 2023, 2024, K/T 2024, holiday-home purchases 2024,
#       holiday-home mean price tkr 2024 (true value; shown as '..' when purchases < 10)
FP = {
    "Ödeshög": (52, 58, 1412, 1468, 1.62, 9, 1050),
    "Ydre": (21, 19, 1105, 1062, 1.48, 14, 1190),
    "Kinda": (71, 78, 1634, 1702, 1.66, 22, 1385),
    "Boxholm": (44, 49, 1318, 1355, 1.55, 6, 980),
    "Åtvidaberg": (88, 96, 1802, 1874, 1.71, 17, 1520),
    "Finspång": (176, 189, 1745, 1812, 1.69, 11, 1245),
    "Valdemarsvik": (63, 71, 1588, 1641, 1.74, 31, 2310),
    "Linköping": (812, 866, 3964, 4105, 1.88, 15, 2140),
    "Norrköping": (701, 742, 3318, 3402, 1.84, 26, 2655),
    "Söderköping": (121, 134, 3052, 2987, 1.91, 28, 3480),
    "Motala": (298, 321, 2215, 2298, 1.77, 19, 1905),
    "Vadstena": (58, 63, 2640, 2702, 1.79, 8, 2950),
    "Mjölby": (195, 212, 2232, 2345, 1.73, 7, 1420),
}
FP_RIKET = (52310, 55870, 3642, 3728, "1,79", 6915, 2364)
FP_LAN_KT = "1,82"


def fp_county():
    n23 = sum(v[0] for v in FP.values())
    n24 = sum(v[1] for v in FP.values())
    p23 = round(sum(v[0] * v[2] for v in FP.values()) / n23)
    p24 = round(sum(v[1] * v[3] for v in FP.values()) / n24)
    fn = sum(v[5] for v in FP.values())
    fpz = round(sum(v[5] * v[6] for v in FP.values()) / fn)
    return n23, n24, p23, p24, fn, fpz


def make_fastighetspriser(out):
    n23, n24, p23, p24, fn, fpz = fp_county()
    left = [["Region", "Antal köp 2023", "Antal köp 2024", "Medelpris, tkr 2023", "Medelpris, tkr 2024",
             "K/T 2024"]]
    left.append(['"Riket"'] + [str(x) for x in FP_RIKET[:4]] + [FP_RIKET[4]])
    left.append(['"05 Östergötlands län"', str(n23), str(n24), str(p23), str(p24), FP_LAN_KT])
    for code, name, _ in KOM:
        v = FP[name]
        left.append([f'"{code} {name}"', str(v[0]), str(v[1]), str(v[2]), str(v[3]), dec(v[4], 2)])
    # right table: holiday homes, county first, then municipalities by purchases (desc), no Riket
    right = [["Region", "Antal köp 2024", "Medelpris, tkr 2024"],
             ['"05 Östergötlands län"', str(fn), str(fpz)]]
    order = sorted(NAMES, key=lambda n: (-FP[n][5], CODE[n]))
    for name in order:
        v = FP[name]
        right.append([f'"{CODE[name]} {name}"', str(v[5]), str(v[6]) if v[5] >= 10 else ".."])
    lines = ['"Fastighetspriser och lagfarter. Köp av småhus efter region, fastighetstyp och år. År 2023–2024"',
             "",
             ';"Småhus för permanent boende";;;;;;"Fritidshus";;']
    for i in range(max(len(left), len(right))):
        lrow = left[i] if i < len(left) else [""] * 6
        rrow = right[i] if i < len(right) else [""] * 3
        if i == 0:
            lrow = [f'"{c}"' for c in lrow]
            rrow = [f'"{c}"' for c in rrow]
        lines.append(";".join(lrow + [""] + rrow))
    lines += ["",
              '"Medelpris anges i tusentals kronor (tkr)."',
              '"K/T = köpeskillingskoefficient, köpeskilling i förhållande till taxeringsvärde."',
              '".. = uppgift redovisas inte, färre än 10 köp under året."',
              '"Fritidshus: länets medelpris omfattar även kommuner där uppgiften inte redovisas."',
              '"Källa: SCB, Fastighetspriser och lagfarter. Uttag 2025-11-20."']
    _write_text(os.path.join(out, "SCB_Fastighetspriser_smahus_fritidshus_Ostergotland_2023-2024.csv"),
                "\n".join(lines) + "\n", "cp1252")


# ---------------------------------------------------------------------------
# 2. Skolverket: upper-secondary degree within 3 and 4 years, by home municipality
# ---------------------------------------------------------------------------
# name: (women started ht2021, men started ht2021, women with degree, men with degree,
#        started ht2020, with degree within 4 years)
GY = {
    "Boxholm": (27, 31, 17, 18, 61, 42),
    "Finspång": (110, 122, 81, 79, 226, 171),
    "Kinda": (49, 55, 37, 38, 98, 77),
    "Linköping": (838, 874, 667, 640, 1689, 1375),
    "Mjölby": (151, 167, 108, 109, 305, 226),
    "Motala": (229, 249, 152, 151, 466, 324),
    "Norrköping": (781, 824, 540, 512, 1571, 1126),
    "Söderköping": (80, 88, 62, 64, 159, 127),
    "Vadstena": (34, 37, 25, 24, 74, 55),
    "Valdemarsvik": (36, 41, 23, 24, 80, 52),
    "Ydre": (8, 23, 6, 15, 35, 24),
    "Åtvidaberg": (61, 68, 45, 44, 124, 93),
    "Ödeshög": (26, 29, 16, 17, 52, 35),
}
GY_RIKET = (118452, 70.2, 73.1, 67.4, 116903, 75.3)
# county by programme type, start cohort ht 2021: (women n, men n, women deg, men deg)
GY_PROG = {"Högskoleförberedande program": (1480, 1220, 1290, 1005),
           "Yrkesprogram": (600, 1000, 430, 690)}
GY_SERIES = [  # start autumn, degree by, county %, Riket %
    ("ht 2016", "2019", 70.9, 69.8),
    ("ht 2017", "2020", 71.4, 70.1),
    ("ht 2018", "2021", 72.0, 70.5),
    ("ht 2019", "2022", 70.6, 69.9),
    ("ht 2020", "2023", 71.1, 70.0),
]


def pct(k, n):
    return round(100 * k / n, 1)


def gy_county():
    nw = sum(v[0] for v in GY.values())
    nm = sum(v[1] for v in GY.values())
    kw = sum(v[2] for v in GY.values())
    km = sum(v[3] for v in GY.values())
    n4 = sum(v[4] for v in GY.values())
    k4 = sum(v[5] for v in GY.values())
    return nw, nm, kw, km, n4, k4


def make_gymnasieexamen(out):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.worksheet.hyperlink import Hyperlink

    bold = Font(bold=True)
    head_fill = PatternFill("solid", fgColor="DCE6F1")
    thin = Side(style="thin", color="999999")
    wb = Workbook()
    _fix_props(wb, "Skolverket, enheten för utbildningsstatistik")

    # --- contents sheet
    ws = wb.active
    ws.title = "Innehåll"
    ws["A1"] = "Gymnasieskolan – elever som fått examen inom 3 respektive 4 år"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Elever folkbokförda i Östergötlands län, efter hemkommun. Läsåret 2023/24."
    ws["A4"] = "Tabeller"
    ws["A4"].font = bold
    toc = [("Tabell 1", "Examen inom 3 och 4 år efter hemkommun och kön"),
           ("Tabell 2", "Examen inom 3 år efter programtyp och kön, Östergötlands län"),
           ("Tabell 3", "Examen inom 3 år, Östergötlands län och riket, tidsserie")]
    for i, (sheet, text) in enumerate(toc):
        c = ws.cell(row=5 + i, column=1, value=sheet)
        c.hyperlink = Hyperlink(ref=c.coordinate, location=f"'{sheet}'!A1", display=sheet)
        c.font = Font(color="0563C1", underline="single")
        ws.cell(row=5 + i, column=2, value=text)
    ws["A9"] = "Definitioner och förklaringar"
    ws["A9"].font = bold
    notes = [
        "Examen inom 3 år: andel av eleverna som började på ett nationellt program eller introduktionsprogram "
        "hösten 2021 och som fått gymnasieexamen senast våren 2024.",
        "Examen inom 4 år avser eleverna som började hösten 2020 och som fått examen senast våren 2024 "
        "(en annan nybörjarkull än 3-årsmåttet).",
        "Hemkommun = elevens folkbokföringskommun när eleven började gymnasieskolan, oavsett var eleven studerar.",
        "Andelar anges i procent av antalet nybörjare.",
        ".. = uppgiften redovisas inte (färre än 10 elever i gruppen eller risk att röja enskild elev).",
        ". = uppgift kan inte förekomma.",
        "Källa: Skolverket, elevregistret och examensregistret. Publicerad 2025-03-27.",
    ]
    for i, t in enumerate(notes):
        ws.cell(row=10 + i, column=1, value=t)
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 70

    # --- Tabell 1
    t1 = wb.create_sheet("Tabell 1")
    t1["B1"] = "Tabell 1. Elever med gymnasieexamen inom 3 och 4 år efter hemkommun och kön"
    t1["B1"].font = Font(bold=True, size=12)
    t1["B2"] = "Elever folkbokförda i Östergötlands län. Examen t.o.m. läsåret 2023/24."
    t1["A4"] = "Kommunkod"
    t1["B4"] = "Hemkommun"
    t1["C4"] = "Examen inom 3 år (nybörjare ht 2021)"
    t1.merge_cells("C4:F4")
    t1["G4"] = "Examen inom 4 år (nybörjare ht 2020)"
    t1.merge_cells("G4:H4")
    for col, txt in zip("CDEFGH", ["Antal nybörjare", "Andel totalt (%)", "Andel kvinnor (%)",
                                   "Andel män (%)", "Antal nybörjare", "Andel totalt (%)"]):
        t1[f"{col}5"] = txt
    t1.merge_cells("A4:A5")
    t1.merge_cells("B4:B5")
    for row in (4, 5):
        for col in "ABCDEFGH":
            c = t1[f"{col}{row}"]
            c.font = bold
            c.fill = head_fill
            c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            c.border = Border(bottom=thin)
    r = 6
    for name in ALPHA:
        nw, nm, kw, km, n4, k4 = GY[name]
        row = [CODE[name], name, nw + nm, pct(kw + km, nw + nm),
               pct(kw, nw) if nw >= 10 else "..", pct(km, nm) if nw >= 10 and nm >= 10 else "..",
               n4, pct(k4, n4)]
        for j, v in enumerate(row):
            t1.cell(row=r, column=1 + j, value=v)
        r += 1
    r += 1  # blank row
    nw, nm, kw, km, n4, k4 = gy_county()
    for lab, vals in [("Östergötlands län", ["05", "Östergötlands län", nw + nm, pct(kw + km, nw + nm),
                                            pct(kw, nw), pct(km, nm), n4, pct(k4, n4)]),
                      ("Riket", ["00", "Riket", GY_RIKET[0], GY_RIKET[1], GY_RIKET[2], GY_RIKET[3],
                                 GY_RIKET[4], GY_RIKET[5]])]:
        for j, v in enumerate(vals):
            c = t1.cell(row=r, column=1 + j, value=v)
            c.font = bold
        r += 1
    for rr in range(6, r):
        for col in "DEFH":
            t1[f"{col}{rr}"].number_format = "0.0"
            t1[f"{col}{rr}"].alignment = Alignment(horizontal="right")
        for col in "CG":
            t1[f"{col}{rr}"].number_format = "# ##0"
    t1.column_dimensions["A"].hidden = True
    t1.column_dimensions["B"].width = 20
    for col in "CDEFGH":
        t1.column_dimensions[col].width = 14
    t1.freeze_panes = "C6"

    # --- Tabell 2
    t2 = wb.create_sheet("Tabell 2")
    t2["A1"] = "Tabell 2. Elever med gymnasieexamen inom 3 år efter programtyp och kön, Östergötlands län"
    t2["A1"].font = Font(bold=True, size=12)
    t2["A2"] = "Nybörjare hösten 2021, examen senast våren 2024. Elever folkbokförda i länet."
    hdr = ["Programtyp", "Antal nybörjare", "Andel med examen, totalt (%)", "Kvinnor (%)", "Män (%)"]
    for j, h in enumerate(hdr):
        c = t2.cell(row=4, column=1 + j, value=h)
        c.font = bold
        c.fill = head_fill
        c.alignment = Alignment(wrap_text=True)
    prog = dict(GY_PROG)
    iw = nw - sum(v[0] for v in prog.values())
    im = nm - sum(v[1] for v in prog.values())
    ikw = kw - sum(v[2] for v in prog.values())
    ikm = km - sum(v[3] for v in prog.values())
    prog["Introduktionsprogram"] = (iw, im, ikw, ikm)
    prog["Samtliga programtyper"] = (nw, nm, kw, km)
    r = 5
    for lab, (a, b, c_, d) in prog.items():
        vals = [lab, a + b, pct(c_ + d, a + b), pct(c_, a), pct(d, b)]
        for j, v in enumerate(vals):
            cell = t2.cell(row=r, column=1 + j, value=v)
            if lab.startswith("Samtliga"):
                cell.font = bold
        r += 1
    t2.cell(row=r + 1, column=1, value="Introduktionsprogram: examen avser gymnasieexamen efter övergång till "
                                      "nationellt program.")
    t2.column_dimensions["A"].width = 32
    for col in "BCDE":
        t2.column_dimensions[col].width = 16

    # --- Tabell 3
    t3 = wb.create_sheet("Tabell 3")
    t3["A1"] = "Tabell 3. Andel elever med gymnasieexamen inom 3 år, Östergötlands län och riket"
    t3["A1"].font = Font(bold=True, size=12)
    hdr = ["Nybörjare", "Examen senast", "Östergötlands län (%)", "Riket (%)"]
    for j, h in enumerate(hdr):
        c = t3.cell(row=3, column=1 + j, value=h)
        c.font = bold
        c.fill = head_fill
    series = list(GY_SERIES) + [("ht 2021", "2024", pct(kw + km, nw + nm), GY_RIKET[1])]
    r = 4
    for s in series:
        for j, v in enumerate(s):
            t3.cell(row=r, column=1 + j, value=v)
        if s[0] == "ht 2016":
            t3.row_dimensions[r].hidden = True
            t3.cell(row=r, column=5, value="Ej jämförbar – äldre examensdefinition")
        r += 1
    t3.column_dimensions["A"].width = 12
    t3.column_dimensions["B"].width = 14
    t3.column_dimensions["C"].width = 22
    t3.column_dimensions["D"].width = 12
    _save_fixed(wb, os.path.join(out, "Skolverket_Gymnasieexamen_hemkommun_Ostergotland.xlsx"))


# ---------------------------------------------------------------------------
# 3. Socialstyrelsen: waiting time for special housing for the elderly
# ---------------------------------------------------------------------------
# name: wait days 2023, 2024, 2025 jan-jun (prel); decisions 2023, 2024, 2025 jan-jun;
#       places 31 Oct 2024; residents 80+ 31 Dec 2024
SB = {
    "Ödeshög": (48, 55, 51, 21, 24, 11, 62, 481),
    "Ydre": (31, 27, 34, 9, 11, 4, 48, 332),
    "Kinda": (62, 71, 58, 33, 30, 14, 96, 779),
    "Boxholm": (39, 44, 47, 17, 19, 8, 54, 418),
    "Åtvidaberg": (57, 49, 52, 38, 41, 19, 112, 861),
    "Finspång": (88, 96, 79, 62, 58, 27, 178, 1423),
    "Valdemarsvik": (44, 52, 61, 27, 31, 13, 84, 642),
    "Linköping": (71, 64, 58, 402, 436, 221, 918, 7648),
    "Norrköping": (93, 102, 97, 388, 371, 185, 946, 7302),
    "Söderköping": (66, 59, 63, 47, 52, 23, 128, 1051),
    "Motala": (54, 61, 66, 131, 140, 66, 342, 2655),
    "Vadstena": (41, 38, 45, 29, 26, 3, 101, 718),
    "Mjölby": (59, 67, 72, 81, 88, 42, 209, 1716),
}
SB_RIKET = (68, 70, 69, 17842, 18116, 8870, 77480, 604215)


def sb_county():
    out = []
    for i in range(3):
        d = sum(v[3 + i] for v in SB.values())
        s = sum(v[i] * v[3 + i] for v in SB.values())
        out.append((round(s / d), d, s))
    places = sum(v[6] for v in SB.values())
    pop80 = sum(v[7] for v in SB.values())
    return out, places, pop80


def sb_sex():
    (w24, d24, s24) = sb_county()[0][1]
    dw = round(d24 * 0.64)
    dm = d24 - dw
    sw = round(dw * (w24 + 6.4))
    sm = s24 - sw
    return (dw, round(sw / dw)), (dm, round(sm / dm)), (d24, round(s24 / d24))


def make_sabo(out):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="E2EFDA")
    wb = Workbook()
    _fix_props(wb, "Socialstyrelsen")
    ws = wb.active
    ws.title = "Läs mig"
    lines = [
        ("Särskilt boende för äldre – väntetid, bifallna ansökningar och platser", True),
        ("Kommunerna i Östergötlands län, riket och länet. Uttag 2025-10-15.", False),
        ("", False),
        ("Väntetid: medelvärde av antal dagar från ansökan till erbjudet inflyttningsdatum, för personer "
         "65 år och äldre som fått bifall under perioden.", False),
        ("Länets och rikets väntetid är vägd med antalet bifallna ansökningar (inte ett medelvärde av kommunernas "
         "värden).", False),
        ("2025 avser januari–juni och är preliminärt. Uppgifterna kan revideras.", False),
        ("Platser avser permanenta platser i särskilt boende den 31 oktober 2024 (korttidsplatser ingår inte).", False),
        ("Platser per 100 invånare 80 år och äldre: invånare 31 december 2024.", False),
        (".. = uppgift redovisas inte (färre än 5 bifallna ansökningar under perioden).", False),
        ("Källa: Socialstyrelsen, Registret över insatser inom socialtjänsten för äldre och personer med "
         "funktionsnedsättning, samt SCB.", False),
    ]
    for i, (t, b) in enumerate(lines):
        c = ws.cell(row=1 + i, column=1, value=t)
        if b:
            c.font = Font(bold=True, size=13)
    ws.column_dimensions["A"].width = 110

    k = wb.create_sheet("Kommuner")
    k["A1"] = "Särskilt boende för äldre efter region. 2023–2025"
    k["A1"].font = Font(bold=True, size=12)
    k["A2"] = "Se bladet Läs mig för definitioner."
    # header rows 4-5
    k["A4"] = "Region"
    k.merge_cells("A4:A5")
    k["B4"] = "Väntetid, dagar (medelvärde)"
    k.merge_cells("B4:D4")
    k["E4"] = "Antal bifallna ansökningar"
    k.merge_cells("E4:G4")
    k["H4"] = "Platser 31 okt 2024"
    k.merge_cells("H4:H5")
    k["I4"] = "Invånare 80+ år"
    k.merge_cells("I4:I5")
    k["J4"] = "Platser per 100 inv. 80+"
    k.merge_cells("J4:J5")
    for col, t in zip("BCDEFG", ["2023", "2024", "2025 jan–jun*", "2023", "2024", "2025 jan–jun*"]):
        k[f"{col}5"] = t
    for row in (4, 5):
        for col in "ABCDEFGHIJ":
            c = k[f"{col}{row}"]
            c.font = bold
            c.fill = fill
            c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    rows = []
    rows.append(("Riket",) + SB_RIKET + (round(100 * SB_RIKET[6] / SB_RIKET[7], 1),))
    cty, places, pop80 = sb_county()
    rows.append(("05 Östergötlands län", cty[0][0], cty[1][0], cty[2][0], cty[0][1], cty[1][1], cty[2][1],
                 places, pop80, round(100 * places / pop80, 1)))
    for code, name, _ in KOM:
        v = SB[name]
        w25 = v[2] if v[5] >= 5 else ".."
        d25 = v[5] if v[5] >= 5 else ".."
        rows.append((f"{code} {name}", v[0], v[1], w25, v[3], v[4], d25, v[6], v[7],
                     round(100 * v[6] / v[7], 1)))
    r = 6
    for row in rows:
        for j, v in enumerate(row):
            c = k.cell(row=r, column=1 + j, value=v)
            if r <= 7:
                c.font = bold
            if j in (4, 5, 6, 7, 8) and isinstance(v, int):
                c.number_format = "# ##0"
            if j == 9:
                c.number_format = "0.0"
            if v == "..":
                c.alignment = Alignment(horizontal="right")
        r += 1
    k.cell(row=r + 1, column=1, value="* Preliminära uppgifter, januari–juni 2025.")
    k.column_dimensions["A"].width = 24
    for col in "BCDEFGHIJ":
        k.column_dimensions[col].width = 12
    k.column_dimensions["I"].hidden = True
    k.freeze_panes = "B6"

    s = wb.create_sheet("Kön 2024")
    s["A1"] = "Väntetid till särskilt boende efter kön, Östergötlands län 2024"
    s["A1"].font = Font(bold=True, size=12)
    for j, h in enumerate(["Kön", "Antal bifallna ansökningar", "Väntetid, dagar (medelvärde)"]):
        c = s.cell(row=3, column=1 + j, value=h)
        c.font = bold
        c.fill = fill
    (dw, ww), (dm, wm), (dt, wt) = sb_sex()
    for i, (lab, d, w) in enumerate([("Kvinnor", dw, ww), ("Män", dm, wm), ("Totalt", dt, wt)]):
        s.cell(row=4 + i, column=1, value=lab)
        s.cell(row=4 + i, column=2, value=d)
        s.cell(row=4 + i, column=3, value=w)
    s.column_dimensions["A"].width = 12
    s.column_dimensions["B"].width = 26
    s.column_dimensions["C"].width = 28
    _save_fixed(wb, os.path.join(out, "Socialstyrelsen_Sarskilt_boende_vantetid_Ostergotland.xlsx"))


# ---------------------------------------------------------------------------
# 4. Arbetsförmedlingen: job seekers who got a job, per month jan-nov 2025
# ---------------------------------------------------------------------------
MONTHS = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov"]
SEASON = [0.78, 0.92, 1.05, 1.02, 1.10, 1.08, 0.62, 1.18, 1.15, 1.09, 0.96]
AF_BASE = {  # monthly level, change vs 2024 in per cent (used to derive the 2024 sum)
    "Ödeshög": (11, 3.8), "Ydre": (5, -9.4), "Kinda": (18, 6.1), "Boxholm": (10, -4.2),
    "Åtvidaberg": (24, 2.5), "Finspång": (62, -6.8), "Valdemarsvik": (14, 11.9),
    "Linköping": (418, 4.4), "Norrköping": (466, 7.3), "Söderköping": (31, -1.7),
    "Motala": (141, 9.6), "Vadstena": (13, 0.0), "Mjölby": (76, 12.8),
}
AF_EJ = [3, 5, 4, 6, 2, 7, 1, 9, 4, 5, 3]
AF_RIKET_MONTHS = [21840, 25610, 29430, 28750, 30980, 30120, 17450, 33210, 32480, 30760, 26890]
AF_RIKET_2024 = 295180


def af_data():
    rng = random.Random(1731)
    rows = {}
    for name in NAMES:
        base, ch = AF_BASE[name]
        vals = []
        for m, f in enumerate(SEASON):
            v = base * f * rng.uniform(0.85, 1.15)
            vals.append(max(1, int(round(v))))
        s25 = sum(vals)
        s24 = int(round(s25 / (1 + ch / 100)))
        rows[name] = (vals, s25, s24)
    ej25 = sum(AF_EJ)
    ej24 = 61
    cty = [sum(rows[n][0][m] for n in NAMES) + AF_EJ[m] for m in range(11)]
    c25 = sum(cty)
    c24 = sum(rows[n][2] for n in NAMES) + ej24
    return rows, (AF_EJ, ej25, ej24), (cty, c25, c24)


def make_af(out):
    rows, ej, cty = af_data()
    q = lambda s: f'"{s}"'
    lines = [q("Inskrivna arbetssökande som lämnat Arbetsförmedlingen för arbete, per månad. "
               "Östergötlands län, januari–november 2025"),
             q("Antal personer. Avser avaktualiseringar med orsak fått arbete (med eller utan stöd)."),
             ""]
    hdr = ["Kommun"] + MONTHS + ["Summa jan–nov 2025", "Summa jan–nov 2024", "Förändring, %"]
    lines.append("\t".join(q(h) for h in hdr))

    def cell(v):
        return ".." if v < 5 else str(v)

    def ch(a, b):
        return signed(round(100 * (a - b) / b, 1))

    for name in ALPHA:
        vals, s25, s24 = rows[name]
        lines.append("\t".join([q(name)] + [cell(v) for v in vals] + [str(s25), str(s24), ch(s25, s24)]))
    evals, e25, e24 = ej
    lines.append("\t".join([q("Ej kommunfördelat")] + [cell(v) for v in evals] + [str(e25), str(e24), ch(e25, e24)]))
    cvals, c25, c24 = cty
    lines.append("\t".join([q("Östergötlands län")] + [str(v) for v in cvals] + [str(c25), str(c24), ch(c25, c24)]))
    r25 = sum(AF_RIKET_MONTHS)
    lines.append("\t".join([q("Riket")] + [str(v) for v in AF_RIKET_MONTHS] +
                           [str(r25), str(AF_RIKET_2024), ch(r25, AF_RIKET_2024)]))
    lines += ["",
              q("Uppgifterna för november 2025 är preliminära."),
              q(".. = färre än 5 personer. Värdet ingår i summorna."),
              q("Ej kommunfördelat = sökande utan känd folkbokföringskommun i länet; ingår i länets värden."),
              q("Källa: Arbetsförmedlingen, datalagret. Uttag 2025-12-08.")]
    _write_text(os.path.join(out, "AF_Fatt_arbete_Ostergotland_jan-nov_2025.csv"),
                "\n".join(lines) + "\n", "utf-8-sig")


# ---------------------------------------------------------------------------
# 5. Region Östergötland: cycle report PDF
# ---------------------------------------------------------------------------
CYK = {  # state km, municipal km, change vs 2024 km (2025 network, 31 Dec)
    "Ödeshög": (14.2, 9.8, 0.0), "Ydre": (3.1, 4.6, 0.0), "Kinda": (11.5, 18.3, 1.2),
    "Boxholm": (6.4, 10.9, 0.0), "Åtvidaberg": (9.7, 21.4, 0.8), "Finspång": (12.3, 48.6, 2.1),
    "Valdemarsvik": (5.2, 12.7, 0.0), "Linköping": (38.6, 412.5, 9.4), "Norrköping": (41.2, 338.9, 6.3),
    "Söderköping": (17.8, 24.5, 3.5), "Motala": (22.4, 96.3, 1.9), "Vadstena": (10.9, 15.2, 0.4),
    "Mjölby": (19.6, 64.1, 2.6),
}
POINTS = [  # counting point, mean cyclists per day 2024, 2025, footnote mark
    ("Linköping, Drottninggatan", 5842, 6104, ""),
    ("Linköping, Vallarondellen", 3915, 4288, ""),
    ("Linköping, Campus Valla", 4710, 4552, ""),
    ("Norrköping, Hamngatan", 3120, 3386, ""),
    ("Norrköping, Östra Promenaden", 2455, 2611, ""),
    ("Motala, Vätternleden", 612, 701, "¹"),
    ("Mjölby, Stationsgatan", 1204, 1262, ""),
    ("Finspång, Centrumleden", 743, 839, "²"),
    ("Söderköping, Göta kanal", 528, 546, ""),
    ("Vadstena, Storgatan", 917, 975, ""),
]


def cyk_county():
    st = round(sum(v[0] for v in CYK.values()), 1)
    ko = round(sum(v[1] for v in CYK.values()), 1)
    ch = round(sum(v[2] for v in CYK.values()), 1)
    return st, ko, round(st + ko, 1), ch


def make_cykel_pdf(out):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                    TableStyle)

    body = ParagraphStyle("body", fontName="Helvetica", fontSize=9.5, leading=13, spaceAfter=6)
    h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=17, leading=21, spaceAfter=8,
                        textColor=colors.HexColor("#1F4E79"))
    h2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=11.5, leading=15, spaceBefore=6,
                        spaceAfter=4, textColor=colors.HexColor("#1F4E79"))
    cap = ParagraphStyle("cap", fontName="Helvetica-Bold", fontSize=9, leading=12, spaceAfter=3)
    note = ParagraphStyle("note", fontName="Helvetica", fontSize=7.5, leading=9.5, spaceAfter=2,
                          textColor=colors.HexColor("#444444"))

    def on_page(c, doc):
        c.saveState()
        c.setFont("Helvetica", 8)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(20 * mm, A4[1] - 12 * mm, "Region Östergötland  |  Cykelbokslut 2025")
        c.drawRightString(A4[0] - 20 * mm, A4[1] - 12 * mm, "Regional utveckling, samhällsplanering")
        c.setStrokeColor(colors.HexColor("#1F4E79"))
        c.setLineWidth(0.6)
        c.line(20 * mm, A4[1] - 14 * mm, A4[0] - 20 * mm, A4[1] - 14 * mm)
        c.drawString(20 * mm, 12 * mm, "Dnr RÖ 2026-00217")
        c.drawRightString(A4[0] - 20 * mm, 12 * mm, f"Sida {doc.page} av 2")
        c.restoreState()

    doc = SimpleDocTemplate(os.path.join(out, "Cykelbokslut_Ostergotland_2025.pdf"), pagesize=A4,
                            leftMargin=20 * mm, rightMargin=20 * mm, topMargin=22 * mm, bottomMargin=20 * mm,
                            title="Cykelbokslut Östergötland 2025", author="Region Östergötland",
                            subject="Cykelbokslut", creator="Region Östergötland")
    st, ko, tot, ch = cyk_county()
    story = [Paragraph("Cykelbokslut Östergötland 2025", h1),
             Paragraph("Uppföljning av den regionala cykelstrategin", h2),
             Paragraph(
                 "Cykelbokslutet redovisar hur cykelvägnätet och cyklandet i länet har utvecklats under året. "
                 "Uppgifterna om cykelvägnätet avser läget den 31 december 2025 och omfattar separata gång- och "
                 "cykelvägar samt cykelfält med statlig eller kommunal väghållare. Enskilda vägar ingår inte.", body),
             Paragraph(
                 "Sedan 2020 har cykelvägnätet i länet vuxit med 61 km, varav 38 km i Linköpings och Norrköpings "
                 "kommuner. I den regionala cykelstrategin är målet att 1 400 km cykelväg ska finnas i länet år 2030 "
                 "och att hälften av alla resor kortare än 5 km ska göras med cykel. Enligt resvaneundersökningen "
                 "2023 görs i dag 27 procent av de korta resorna med cykel.", body),
             Paragraph("Tabell 1. Cykelvägnät efter kommun och väghållare, km, 31 december 2025", cap)]
    hdr = ["Kommun", "Statlig\nväghållare", "Kommunal\nväghållare", "Totalt", "Förändring\nmot 2024",
           "Meter per\ninvånare"]
    data = [hdr]
    for code, name, _ in KOM:
        s, k, c = CYK[name]
        t = round(s + k, 1)
        data.append([name, dec(s), dec(k), dec(t), signed(c) if c else "0,0", dec(1000 * t / POP[name])])
    cpop = sum(POP.values())
    data.append(["Östergötlands län", dec(st), dec(ko), dec(tot), signed(ch), dec(1000 * tot / cpop)])
    tbl = Table(data, colWidths=[42 * mm, 24 * mm, 24 * mm, 22 * mm, 24 * mm, 22 * mm], repeatRows=1)
    style = [("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5),
             ("FONT", (0, 1), (-1, -1), "Helvetica", 8.5),
             ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 8.5),
             ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDEBF7")),
             ("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#9BB7D4")),
             ("LINEABOVE", (0, -1), (-1, -1), 0.9, colors.black)]
    for i in range(2, len(data) - 1, 2):
        style.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#F3F7FB")))
    tbl.setStyle(TableStyle(style))
    story += [tbl, Spacer(1, 3),
              Paragraph("Källa: Trafikverket, NVDB, och kommunernas egna uppgifter. Meter per invånare: "
                        "folkmängd 31 december 2024.", note),
              Spacer(1, 6),
              Paragraph(
                  "Utbyggnaden under 2025 var störst i Linköping, där bland annat sträckan Malmslätt–Linköping "
                  "färdigställdes. I fyra kommuner tillkom ingen ny cykelväg alls. Kostnaden för de statliga "
                  "objekten i länsplanen uppgick till 84 mnkr under året.", body),
              PageBreak(),
              Paragraph("Cykelflöden vid fasta mätpunkter", h2),
              Paragraph(
                  "Regionen och kommunerna har tio fasta cykelräknare som registrerar passager dygnet runt. "
                  "Flödet redovisas som årsmedeldygnstrafik, det vill säga det genomsnittliga antalet "
                  "cykelpassager per dygn under året, båda riktningarna sammanräknade. Sommarmånaderna ger "
                  "betydligt högre värden: i juni 2025 passerade i genomsnitt 6 918 cyklister per dygn vid "
                  "Drottninggatan i Linköping, och under vardagar i maj var flödet vid Campus Valla 7 240 per dygn.",
                  body),
              Paragraph("Tabell 2. Cykelpassager per dygn (årsmedeldygn) vid fasta mätpunkter, 2024 och 2025", cap)]
    data2 = [["Mätpunkt", "2024", "2025", "Förändring, %"]]
    for lab, a, b, mark in POINTS:
        chp = round(100 * (b - a) / a, 1)
        chs = ("+" if chp > 0 else "–") + dec(abs(chp))
        data2.append([lab + mark, sp(a), sp(b), chs])
    tbl2 = Table(data2, colWidths=[62 * mm, 24 * mm, 24 * mm, 28 * mm], repeatRows=1)
    style2 = [("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5),
              ("FONT", (0, 1), (-1, -1), "Helvetica", 8.5),
              ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
              ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDEBF7")),
              ("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#9BB7D4"))]
    for i in range(2, len(data2), 2):
        style2.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#F3F7FB")))
    tbl2.setStyle(TableStyle(style2))
    story += [tbl2, Spacer(1, 3),
              Paragraph("¹ Mätpunkten räknar bara under säsongen maj–september; värdet är medeldygn för säsongen.",
                        note),
              Paragraph("² Räknaren var ur funktion 12 mars–30 april 2025; värdet för 2025 är uppräknat med "
                        "hjälp av närliggande mätpunkter.", note),
              Spacer(1, 6),
              Paragraph(
                  "Flödet ökade vid nio av tio mätpunkter. Den största ökningen i antal räknat skedde vid "
                  "Vallarondellen i Linköping. Vid Campus Valla minskade flödet, vilket sannolikt hänger samman med "
                  "ombyggnaden av Universitetsvägen under hösten. Sammantaget registrerades drygt 9,0 miljoner "
                  "cykelpassager vid de tio mätpunkterna under 2025, jämfört med 8,6 miljoner året innan.", body),
              Paragraph(
                  "Till 2026 planeras ytterligare tre mätpunkter: i Kisa, Åtvidaberg och vid Resecentrum i "
                  "Norrköping. Resultaten från dessa redovisas tidigast i cykelbokslutet för 2026.", body)]
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


# ---------------------------------------------------------------------------
# 6. Record-level register of business land (one row per plot)
# ---------------------------------------------------------------------------
AREAS = {
    "Linköping": ("LKP", [("Tornby", 4), ("Mörtlösa", 6), ("Torvalla", 5), ("Malmslätt Norra", 3),
                          ("Kallerstad", 3)]),
    "Norrköping": ("NKP", [("Händelö logistikpark", 7), ("Ingelsta", 4), ("Klinga", 4), ("Fiskeby", 3)]),
    "Mjölby": ("MJÖ", [("Viby", 4), ("Sörby industriområde", 3)]),
    "Motala": ("MOT", [("Bergsäter", 3), ("Råssnäs", 3)]),
    "Finspång": ("FIN", [("Grytgöl västra", 2), ("Ekängen", 2)]),
    "Söderköping": ("SÖD", [("Hylinge", 3)]),
    "Åtvidaberg": ("ÅTV", [("Grönkulla", 2)]),
    "Kinda": ("KIN", [("Kisa verksamhetsområde", 2)]),
    "Vadstena": ("VAD", [("Ödeshögsvägen", 2)]),
    "Boxholm": ("BOX", [("Boxholm södra", 2)]),
    "Valdemarsvik": ("VAL", [("Tryserum", 1), ("Gropviken", 1)]),
    "Ödeshög": ("ÖDE", [("Hårstorp", 2)]),
    "Ydre": ("YDR", [("Österbymo", 1)]),
}
USE_W = {"Händelö logistikpark": ["Logistik"] * 5 + ["Industri"],
         "Mörtlösa": ["Logistik", "Logistik", "Industri"],
         "Viby": ["Logistik", "Industri"],
         "Tornby": ["Handel", "Handel", "Blandad verksamhet"],
         "Kallerstad": ["Handel", "Kontor"]}
DEFAULT_USE = ["Industri", "Industri", "Industri", "Blandad verksamhet", "Logistik", "Kontor"]


def register_rows():
    rng = random.Random(173)
    rows = []
    for name in NAMES:
        prefix, areas = AREAS[name]
        n = 1
        for area, cnt in areas:
            for _ in range(cnt):
                use = rng.choice(USE_W.get(area, DEFAULT_USE))
                if use == "Logistik":
                    m2 = rng.randrange(20000, 160000, 500)
                elif use == "Handel":
                    m2 = rng.randrange(4000, 22000, 100)
                elif use == "Kontor":
                    m2 = rng.randrange(2500, 9000, 100)
                else:
                    m2 = rng.randrange(3000, 45000, 100)
                big = name in ("Linköping", "Norrköping")
                mid = name in ("Mjölby", "Motala", "Söderköping")
                base = 650 if big else 380 if mid else 190
                if use == "Handel":
                    base *= 1.8
                if use == "Kontor":
                    base *= 2.2
                if use == "Logistik":
                    base *= 0.8
                price = int(round(base * rng.uniform(0.8, 1.25) / 5) * 5)
                plan = rng.choice(["Antagen"] * 6 + ["Pågående", "Saknas"])
                rail = "Ja" if (area in ("Händelö logistikpark", "Mörtlösa", "Viby", "Fiskeby") and
                                rng.random() < 0.6) else "Nej"
                st = rng.choices(["Ledig", "Reserverad", "Såld"], [0.55, 0.2, 0.25])[0]
                if st == "Såld":
                    yr = rng.choice([2024, 2025, 2025])
                    dt = f"{yr}-{rng.randint(1, 11 if yr == 2025 else 12):02d}-{rng.randint(1, 28):02d}"
                elif st == "Reserverad":
                    dt = f"2025-{rng.randint(3, 11):02d}-{rng.randint(1, 28):02d}"
                else:
                    dt = f"{rng.choice([2023, 2024, 2025])}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
                    if dt > "2025-11-28":
                        dt = "2025-11-14"
                fast = f"{area.split()[0]} {rng.randint(1, 9)}:{rng.randint(2, 480)}"
                rows.append({"Tomt-ID": f"{prefix}-{n:03d}", "kommun": name, "Område": area,
                             "Fastighetsbeteckning": fast, "Inriktning": use, "Areal (m²)": m2,
                             "Detaljplan": plan, "Spåranslutning": rail, "Pris (kr/m²)": price,
                             "Prisanmärkning": "", "Status": st, "Statusdatum": dt})
                n += 1
    # edits a hand-kept register gets: negotiable prices, site leaseholds, dirty status values
    by_id = {r["Tomt-ID"]: r for r in rows}
    for tid, note in [("NKP-002", "Pris enligt överenskommelse"), ("LKP-009", "Pris enligt överenskommelse"),
                      ("MJÖ-002", "Tomträtt, avgäld enligt avtal"), ("MOT-004", "Pris enligt överenskommelse")]:
        if tid in by_id:
            by_id[tid]["Pris (kr/m²)"] = None
            by_id[tid]["Prisanmärkning"] = note
    for tid, val in [("NKP-010", "ledig "), ("LKP-014", "LEDIG"), ("FIN-003", "Ledig "),
                     ("ÅTV-001", "såld")]:
        if tid in by_id:
            by_id[tid]["Status"] = val
    return rows


def make_register(out):
    rows = register_rows()
    cols = ["Tomt-ID", "Kommun", "Område", "Fastighetsbeteckning", "Inriktning", "Areal (m²)", "Detaljplan",
            "Spåranslutning", "Pris (kr/m²)", "Prisanmärkning", "Status", "Statusdatum"]
    lines = [";".join(cols)]
    for r in rows:
        off = official_name(r["kommun"])
        vals = [r["Tomt-ID"], f'"{off}"', f'"{r["Område"]}"', f'"{r["Fastighetsbeteckning"]}"', r["Inriktning"],
                str(r["Areal (m²)"]), r["Detaljplan"], r["Spåranslutning"],
                "" if r["Pris (kr/m²)"] is None else str(r["Pris (kr/m²)"]),
                f'"{r["Prisanmärkning"]}"' if r["Prisanmärkning"] else "", r["Status"], r["Statusdatum"]]
        lines.append(";".join(vals))
    _write_text(os.path.join(out, "Etableringsmark_Ostergotland_tomtregister_2025-12-01.csv"),
                "\n".join(lines) + "\n", "utf-8", newline="\n")


def official_name(name):
    """Official form: a vowel ending takes no genitive s (Kinda kommun), a consonant does (Linköpings kommun)."""
    return name + (" kommun" if name[-1] in "aeiouyåäö" else "s kommun")


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(2)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    make_fastighetspriser(out)
    make_gymnasieexamen(out)
    make_sabo(out)
    make_af(out)
    make_cykel_pdf(out)
    make_register(out)
    for f in sorted(os.listdir(out)):
        print(f, os.path.getsize(os.path.join(out, f)))


if __name__ == "__main__":
    main()
