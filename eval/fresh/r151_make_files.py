#!/usr/bin/env python3
"""r151 – six invented statistics exports for Östergötlands län (Region Östergötland /
Arbetsförmedlingen Östergötland).  Deterministic (random.Random(151)).

Run:  /work/main/.venv/bin/python r151_make_files.py OUT_DIR

Files and their layout traps
----------------------------
1. Tillvaxtverket_inkvartering_Ostergotland_jan-okt_2025.xlsx (Tillväxtverket/SCB)
   * Sheet "Om statistiken" first (text), ".." = sekretess.
   * Sheet "Kommun jan–okt": two header rows, "Gästnätter jan–okt 2025" and
     "... 2024" MERGED over Totalt/Svenska/Utländska, a "Förändring totalt, %" column and a
     "Rumsbeläggning hotell" distractor; county row FIRST; Boxholm and Ydre all "..".
   * Sheets "Månad 2025" / "Månad 2024" are TRANSPOSED: kommuner as COLUMNS, months as
     rows with a vertically MERGED quarter label ("Kv 1" over three month rows),
     a "Summa jan–okt" row, Boxholm+Ydre only combined in "Övriga kommuner¹",
     county column last.
2. Socialstyrelsen_ekonomiskt_bistand_Ostergotland_2020-2024.csv (Socialstyrelsen)
   * ISO-8859-1 (Latin-1), semicolon, CRLF, three title lines + extraction line, a
     Region;Mått;2020…2024 header; seven measures per region (hushåll, vuxna, "därav
     18-24 år", andel %, långvariga, utbetalt tkr, utbetalt kr per invånare) with
     the region repeated; decimal commas; Riket + county first; Ydre 2022 ".." and the
     county 2022 = the other twelve (footnote); "barn" not in the extract (footnote).
3. RegionOstergotland_Ostergotland_i_siffror_2025_arbetsmarknad.pdf (report pages 22–24)
   * Page 1 prose with riket/2019/2023 distractor figures and a key-figure box.
   * Tabell 4.1 SORTED by sysselsättningsgrad 2024 (rank column), with the county and
     Riket rows INSERTED IN RANK POSITION without a rank number (italic); two-level
     header (Sysselsättningsgrad 2024 % over Inrikes/Utrikes födda/Samtliga),
     "Samtliga 2023", change in PROCENTENHETER with Unicode minus.
   * Tabell 4.2 utbildningsnivå 25–64 år (alphabetical, county last) with a "därav"
     column (3 år eller längre) that is part of eftergymnasial.
4. AF_anstallningsstod_Ostergotland_sep_2024_sep_2025.xlsx (Arbetsförmedlingen)
   * Sheets "Sep 2025", "Sep 2024", "Om statistiken"; each data sheet holds TWO
     TABLES SIDE BY SIDE (Kvinnor in A–G, blank column H, Män in I–O) – no total for
     both sexes anywhere; lönebidrag split in TWO columns (utveckling / trygghet);
     "–" = 0; county row last.
5. SCB_lonestruktur_SSYK_OstraMellansverige_2023-2024.csv (SCB, lönestrukturstatistik)
   * PX-web "comma delimited with heading": Latin-1, comma, quoted text, title line.
   * Region only on NUTS2 level "SE12 Östra Mellansverige" (+ Riket) – no county!
   * SSYK hierarchy MIXED in one column (Samtliga yrken, 1-digit groups and 4-digit
     yrken), two "Undersköterskor" 4-digit codes, kön rows män/kvinnor/totalt.
   * "Antal anställda (hundratal)", percentiles P10/Median/P90, ".." for small groups.
6. AF_Rusta_och_matcha_leverantorsresultat_Ostergotland_2025.csv (Arbetsförmedlingen)
   * UTF-8 with BOM, comma, EVERY field quoted, "#"-comment lines first, shares as
     text "41,3 %", star rating as "★★★☆" or "Inget betyg (färre än 30 avslut)".
   * One row per leverantör × leveransområde (a leverantör in several areas).
"""
import csv
import io
import os
import random
import sys

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

R = random.Random(151)

# name, code, population 31 dec 2024 (invented but plausible)
KOMMUNER = [
    ("Boxholm", "0560", 5480), ("Finspång", "0562", 22280), ("Kinda", "0513", 10020),
    ("Linköping", "0580", 167480), ("Mjölby", "0586", 28550), ("Motala", "0583", 44120),
    ("Norrköping", "0581", 145870), ("Söderköping", "0582", 14760),
    ("Vadstena", "0584", 7420), ("Valdemarsvik", "0563", 7720), ("Ydre", "0512", 3690),
    ("Åtvidaberg", "0561", 11650), ("Ödeshög", "0509", 5320),
]
NAMES = [k[0] for k in KOMMUNER]
POP = {k[0]: k[2] for k in KOMMUNER}
LAN = "Östergötlands län"


def sp(n):
    return f"{n:,}".replace(",", " ")


def dc(x, d=1):
    return f"{x:.{d}f}".replace(".", ",")


# ---------------------------------------------------------------------------
# 1. Tillväxtverket inkvartering
# ---------------------------------------------------------------------------
MONTHS = ["Januari", "Februari", "Mars", "April", "Maj", "Juni", "Juli", "Augusti",
          "September", "Oktober"]
CITY = [7.5, 8.2, 9.1, 9.4, 10.3, 11.0, 11.8, 10.6, 11.9, 10.2]
TOUR = [2.0, 2.2, 2.8, 4.1, 8.0, 17.5, 29.0, 19.5, 8.6, 6.3]
INK_BASE = {  # jan–okt 2024 total, tourist weight (0=city, 1=tourist), foreign share, growth
    "Boxholm": (9600, 0.6, 0.18, 1.21), "Finspång": (44100, 0.4, 0.08, 1.072),
    "Kinda": (47200, 0.85, 0.25, 0.987), "Linköping": (641300, 0.1, 0.14, 1.031),
    "Mjölby": (68400, 0.3, 0.09, 1.021), "Motala": (152600, 0.5, 0.12, 0.955),
    "Norrköping": (789500, 0.45, 0.17, 0.978), "Söderköping": (185200, 0.85, 0.22, 1.062),
    "Vadstena": (118300, 0.75, 0.19, 1.094), "Valdemarsvik": (58100, 0.9, 0.20, 1.047),
    "Ydre": (14100, 0.9, 0.33, 1.03), "Åtvidaberg": (33400, 0.5, 0.11, 0.941),
    "Ödeshög": (72300, 0.9, 0.31, 1.126),
}
HOTELBEL = {"Finspång": 41.2, "Kinda": 36.8, "Linköping": 58.3, "Mjölby": 44.9,
            "Motala": 47.1, "Norrköping": 61.4, "Söderköping": 52.7, "Vadstena": 49.5,
            "Valdemarsvik": 38.0, "Åtvidaberg": 35.6, "Ödeshög": 40.3}


def gen_inkvartering():
    m24, m25, tot, utl = {}, {}, {}, {}
    for k in NAMES:
        base, tw, fs, g = INK_BASE[k]
        prof = [(1 - tw) * c + tw * t for c, t in zip(CITY, TOUR)]
        s = sum(prof)
        a = [max(50, int(round(base * p / s * R.uniform(0.94, 1.06)))) for p in prof]
        b = [max(50, int(round(x * g * R.uniform(0.97, 1.03)))) for x in a]
        m24[k], m25[k] = a, b
        for y, arr, f2 in ((2024, a, fs), (2025, b, fs * R.uniform(0.97, 1.08))):
            t = sum(arr)
            u = int(round(t * f2))
            tot[(k, y)] = t
            utl[(k, y)] = u
    return m24, m25, tot, utl


def write_inkvartering(path, data):
    m24, m25, tot, utl = data
    wb = Workbook()
    ws = wb.active
    ws.title = "Om statistiken"
    lines = [
        "Inkvarteringsstatistik – gästnätter i Östergötlands län, januari–oktober 2025",
        "",
        "Källa: Tillväxtverket och SCB, inkvarteringsstatistiken. Uttag 2025-11-27.",
        "Gästnätter = antal övernattningar på hotell, stugbyar, vandrarhem, camping och "
        "privata stugor/lägenheter förmedlade via företag.",
        "Svenska/utländska avser gästens hemland.",
        "Uppgifterna för 2025 är preliminära.",
        "",
        "Teckenförklaring",
        ".. = uppgift kan inte redovisas (sekretess, färre än tre öppna anläggningar eller "
        "dominans av en anläggning)",
        "",
        "Blad 'Kommun jan–okt' redovisar perioden januari–oktober per kommun.",
        "Bladen 'Månad 2025' och 'Månad 2024' redovisar totalt antal gästnätter per månad. "
        "Boxholm och Ydre redovisas där endast tillsammans (Övriga kommuner).",
        "Rumsbeläggning avser endast hotell och anges i procent av tillgängliga rum.",
    ]
    for i, t in enumerate(lines, 1):
        ws.cell(i, 1, t)
    ws["A1"].font = Font(bold=True, size=13)
    ws.column_dimensions["A"].width = 110

    # --- kommun sheet
    ws = wb.create_sheet("Kommun jan–okt")
    ws["A1"] = "Gästnätter efter kommun, januari–oktober 2025 och 2024"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Antal gästnätter samtliga boendeformer. 2025 preliminära uppgifter."
    hdr = 4
    ws.cell(hdr, 1, "Kommun")
    ws.merge_cells(start_row=hdr, start_column=1, end_row=hdr + 1, end_column=1)
    col = 2
    for lab in ("Gästnätter jan–okt 2025", "Gästnätter jan–okt 2024"):
        ws.cell(hdr, col, lab)
        ws.merge_cells(start_row=hdr, start_column=col, end_row=hdr, end_column=col + 2)
        for j, sub in enumerate(("Totalt", "Svenska", "Utländska")):
            ws.cell(hdr + 1, col + j, sub)
        col += 3
    ws.cell(hdr, 8, "Förändring totalt, %")
    ws.merge_cells(start_row=hdr, start_column=8, end_row=hdr + 1, end_column=8)
    ws.cell(hdr, 9, "Rumsbeläggning hotell jan–okt 2025, %")
    ws.merge_cells(start_row=hdr, start_column=9, end_row=hdr + 1, end_column=9)
    for r in (hdr, hdr + 1):
        for c in range(1, 10):
            ws.cell(r, c).font = Font(bold=True)
            ws.cell(r, c).alignment = Alignment(horizontal="center", vertical="center",
                                                wrap_text=True)
            ws.cell(r, c).fill = PatternFill("solid", fgColor="DCE6F1")

    def row_vals(k):
        if k == LAN:
            t25 = sum(tot[(x, 2025)] for x in NAMES)
            u25 = sum(utl[(x, 2025)] for x in NAMES)
            t24 = sum(tot[(x, 2024)] for x in NAMES)
            u24 = sum(utl[(x, 2024)] for x in NAMES)
            bel = 54.6
        else:
            t25, u25, t24, u24 = tot[(k, 2025)], utl[(k, 2025)], tot[(k, 2024)], utl[(k, 2024)]
            bel = HOTELBEL.get(k)
        ch = round((t25 / t24 - 1) * 100, 1)
        return [t25, t25 - u25, u25, t24, t24 - u24, u24, ch, bel]

    r = hdr + 2
    for k in [LAN] + NAMES:
        ws.cell(r, 1, k)
        if k in ("Boxholm", "Ydre"):
            vals = [".."] * 8
        else:
            vals = row_vals(k)
        for j, v in enumerate(vals):
            c = ws.cell(r, 2 + j, v)
            if isinstance(v, int):
                c.number_format = "# ##0"
            elif isinstance(v, float):
                c.number_format = "0.0"
            else:
                c.alignment = Alignment(horizontal="right")
        if k == LAN:
            for c in range(1, 10):
                ws.cell(r, c).font = Font(bold=True)
        r += 1
    ws.cell(r + 1, 1, "Källa: Tillväxtverket/SCB. .. = sekretess. Länets summa omfattar "
                      "samtliga 13 kommuner.")
    ws.column_dimensions["A"].width = 20
    for c in range(2, 10):
        ws.column_dimensions[get_column_letter(c)].width = 13
    ws.row_dimensions[hdr].height = 32
    ws.freeze_panes = "B6"

    # --- transposed month sheets
    shown = [k for k in NAMES if k not in ("Boxholm", "Ydre")]
    for year, mdata in ((2025, m25), (2024, m24)):
        ws = wb.create_sheet(f"Månad {year}")
        ws["A1"] = f"Gästnätter per månad och kommun {year}, samtliga boendeformer"
        ws["A1"].font = Font(bold=True, size=12)
        if year == 2025:
            ws["A2"] = "Preliminära uppgifter."
        h = 4
        heads = ["Kvartal", "Månad"] + shown + ["Övriga kommuner¹", LAN]
        for j, t in enumerate(heads, 1):
            c = ws.cell(h, j, t)
            c.font = Font(bold=True)
            c.fill = PatternFill("solid", fgColor="DCE6F1")
            c.alignment = Alignment(horizontal="center", wrap_text=True, vertical="center")
        ws.row_dimensions[h].height = 30
        for i, mname in enumerate(MONTHS):
            rr = h + 1 + i
            ws.cell(rr, 2, mname)
            vals = [mdata[k][i] for k in shown]
            ov = mdata["Boxholm"][i] + mdata["Ydre"][i]
            lan = sum(mdata[k][i] for k in NAMES)
            for j, v in enumerate(vals + [ov, lan]):
                ws.cell(rr, 3 + j, v).number_format = "# ##0"
        for q, (a, b) in enumerate(((0, 2), (3, 5), (6, 8), (9, 9)), 1):
            ws.cell(h + 1 + a, 1, f"Kv {q}")
            ws.cell(h + 1 + a, 1).alignment = Alignment(vertical="center")
            if b > a:
                ws.merge_cells(start_row=h + 1 + a, start_column=1, end_row=h + 1 + b,
                               end_column=1)
        rr = h + 11
        ws.cell(rr, 2, "Summa jan–okt").font = Font(bold=True)
        for j, k in enumerate(shown):
            ws.cell(rr, 3 + j, sum(mdata[k])).number_format = "# ##0"
        ws.cell(rr, 3 + len(shown), sum(mdata["Boxholm"]) + sum(mdata["Ydre"]))
        ws.cell(rr, 4 + len(shown), sum(sum(mdata[k]) for k in NAMES))
        for j in range(len(shown) + 2):
            ws.cell(rr, 3 + j).font = Font(bold=True)
            ws.cell(rr, 3 + j).number_format = "# ##0"
        ws.cell(rr + 2, 1, "¹ Boxholm och Ydre. Redovisas inte var för sig på grund av "
                           "sekretess.")
        ws.column_dimensions["A"].width = 8
        ws.column_dimensions["B"].width = 14
        for j in range(3, 3 + len(shown) + 2):
            ws.column_dimensions[get_column_letter(j)].width = 12
        ws.freeze_panes = "C5"
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Socialstyrelsen ekonomiskt bistånd
# ---------------------------------------------------------------------------
EB_RATE = {"Boxholm": 2.9, "Finspång": 3.8, "Kinda": 2.1, "Linköping": 3.0, "Mjölby": 2.6,
           "Motala": 4.1, "Norrköping": 5.2, "Söderköping": 2.0, "Vadstena": 2.4,
           "Valdemarsvik": 3.1, "Ydre": 1.4, "Åtvidaberg": 2.7, "Ödeshög": 3.5}
YEARS = [2020, 2021, 2022, 2023, 2024]
TREND = {2020: 1.13, 2021: 1.08, 2022: 1.0, 2023: 0.98, 2024: 1.0}
MEASURES = [
    "Biståndshushåll, antal",
    "Vuxna biståndsmottagare, antal",
    "därav 18-24 år, antal",
    "Vuxna biståndsmottagare, andel av befolkningen 18- år (%)",
    "Långvariga biståndsmottagare (10-12 månader), antal",
    "Utbetalt ekonomiskt bistånd, tkr",
    "Utbetalt ekonomiskt bistånd per invånare, kr",
]


def gen_bistand():
    d = {}
    UNGA = {k: R.uniform(0.13, 0.19) for k in NAMES}
    LANG = {k: R.uniform(0.37, 0.46) for k in NAMES}
    for k in NAMES:
        for y in YEARS:
            pop = int(round(POP[k] * (1 - 0.006 * (2024 - y))))
            pop18 = int(round(pop * R.uniform(0.785, 0.80)))
            rate = EB_RATE[k] * TREND[y] * R.uniform(0.96, 1.04)
            vuxna = int(round(pop18 * rate / 100))
            hush = int(round(vuxna * R.uniform(0.72, 0.79)))
            unga = int(round(vuxna * (UNGA[k] + R.uniform(-0.008, 0.008))))
            lang = int(round(vuxna * (LANG[k] + R.uniform(-0.015, 0.015))))
            perhush = R.uniform(68, 84) * (1 + 0.035 * (y - 2020))  # tkr per hushåll och år
            tkr = int(round(hush * perhush))
            d[(k, y)] = dict(pop=pop, pop18=pop18, hush=hush, vuxna=vuxna, unga=unga,
                             lang=lang, tkr=tkr)
    return d


def eb_row_values(rec):
    return [rec["hush"], rec["vuxna"], rec["unga"],
            round(rec["vuxna"] / rec["pop18"] * 100, 1), rec["lang"], rec["tkr"],
            int(round(rec["tkr"] * 1000 / rec["pop"]))]


def write_bistand(path, d):
    out = io.StringIO()
    out.write("Statistikdatabas för ekonomiskt bistånd\r\n")
    out.write("Ekonomiskt bistånd efter region, mått och år\r\n")
    out.write("Urval: Riket, Östergötlands län och länets kommuner, 2020-2024\r\n")
    out.write("Källa: Socialstyrelsen, statistikdatabasen. Uttag 2025-11-18\r\n")
    out.write("\r\n")
    out.write("Region;Mått;" + ";".join(str(y) for y in YEARS) + "\r\n")

    def fmt(v, i):
        if v is None:
            return ".."
        if i == 3:
            return dc(v)
        return str(v)

    # Riket: invented independent values
    riket = {}
    for y in YEARS:
        vux = int(round(186400 * TREND[y] * R.uniform(0.99, 1.01)))
        pop18 = int(round(8420000 * (1 - 0.006 * (2024 - y))))
        pop = int(round(10560000 * (1 - 0.005 * (2024 - y))))
        hush = int(round(vux * 0.76))
        tkr = int(round(hush * 76.5 * (1 + 0.035 * (y - 2020))))
        riket[y] = eb_row_values(dict(pop=pop, pop18=pop18, hush=hush, vuxna=vux,
                                      unga=int(vux * 0.161), lang=int(vux * 0.43), tkr=tkr))
    for i, m in enumerate(MEASURES):
        out.write("Riket;" + m + ";" + ";".join(fmt(riket[y][i], i) for y in YEARS) + "\r\n")
    # county
    for i, m in enumerate(MEASURES):
        vals = []
        for y in YEARS:
            ks = [k for k in NAMES if not (k == "Ydre" and y == 2022)]
            agg = {f: sum(d[(k, y)][f] for k in ks)
                   for f in ("pop", "pop18", "hush", "vuxna", "unga", "lang", "tkr")}
            vals.append(eb_row_values(agg)[i])
        lab = "Östergötlands län 1)" if False else "Östergötlands län"
        out.write(lab + ";" + m + ";" + ";".join(fmt(v, i) for v in vals) + "\r\n")
    for k in NAMES:
        for i, m in enumerate(MEASURES):
            vals = []
            for y in YEARS:
                if k == "Ydre" and y == 2022:
                    vals.append(None)
                else:
                    vals.append(eb_row_values(d[(k, y)])[i])
            out.write(k + ";" + m + ";" + ";".join(fmt(v, i) for v in vals) + "\r\n")
    out.write("\r\n")
    out.write("Förklaring: .. = uppgift saknas\r\n")
    out.write("1) Ydre kommun har inte lämnat uppgifter för 2022. Östergötlands län 2022 avser "
              "länets övriga tolv kommuner.\r\n")
    out.write("2) Vuxna biståndsmottagare = personer 18 år och äldre i hushåll som fått "
              "ekonomiskt bistånd någon gång under året. Barn i biståndshushåll ingår inte "
              "i detta uttag.\r\n")
    out.write("3) Långvariga = vuxna som fått bistånd 10-12 månader under året. Utbetalt "
              "bistånd i löpande priser.\r\n")
    with open(path, "w", encoding="latin-1", newline="") as f:
        f.write(out.getvalue())


# ---------------------------------------------------------------------------
# 3. Region Östergötland PDF
# ---------------------------------------------------------------------------
SYS = {  # share 20-64 of pop, utrikes share of 20-64, rate inrikes, rate utrikes, change
    "Boxholm": (0.545, 0.17, 86.4, 63.1, 0.6), "Finspång": (0.55, 0.19, 85.2, 60.4, -0.8),
    "Kinda": (0.53, 0.10, 88.3, 67.9, 0.3), "Linköping": (0.585, 0.24, 82.6, 63.7, -0.4),
    "Mjölby": (0.555, 0.15, 87.1, 64.6, -0.2), "Motala": (0.55, 0.20, 84.3, 58.2, -1.1),
    "Norrköping": (0.565, 0.27, 83.4, 56.9, -0.7), "Söderköping": (0.54, 0.10, 88.6, 66.4, 0.4),
    "Vadstena": (0.50, 0.12, 86.4, 62.5, -0.5), "Valdemarsvik": (0.52, 0.11, 85.8, 61.3, 1.1),
    "Ydre": (0.515, 0.08, 89.2, 71.4, 0.2), "Åtvidaberg": (0.535, 0.11, 87.6, 63.9, -0.3),
    "Ödeshög": (0.51, 0.14, 86.9, 60.8, 0.9),
}
EDU = {  # pop 25-64 share, förgymn, eftergymn, därav 3+
    "Boxholm": (0.50, 13.1, 28.4, 17.2), "Finspång": (0.505, 12.4, 31.9, 19.6),
    "Kinda": (0.49, 11.8, 30.2, 18.9), "Linköping": (0.51, 7.3, 55.8, 41.2),
    "Mjölby": (0.51, 10.2, 35.1, 22.4), "Motala": (0.50, 11.5, 34.6, 22.0),
    "Norrköping": (0.515, 11.9, 41.3, 28.7), "Söderköping": (0.50, 8.7, 39.8, 26.1),
    "Vadstena": (0.46, 9.4, 41.7, 29.3), "Valdemarsvik": (0.48, 12.9, 27.6, 16.5),
    "Ydre": (0.47, 12.2, 26.9, 15.8), "Åtvidaberg": (0.49, 10.6, 33.3, 20.7),
    "Ödeshög": (0.47, 13.4, 29.1, 17.9),
}


def gen_syss():
    rows = {}
    for k in NAMES:
        s, us, ri, ru, ch = SYS[k]
        p = int(round(POP[k] * s))
        pu = int(round(p * us))
        pi = p - pu
        si = int(round(pi * ri / 100))
        su = int(round(pu * ru / 100))
        rows[k] = dict(pop=p, popi=pi, popu=pu, si=si, su=su)
    agg = {f: sum(rows[k][f] for k in NAMES) for f in ("pop", "popi", "popu", "si", "su")}
    rows[LAN] = agg
    out = {}
    for k, v in rows.items():
        r_i = round(v["si"] / v["popi"] * 100, 1)
        r_u = round(v["su"] / v["popu"] * 100, 1)
        r_t = round((v["si"] + v["su"]) / v["pop"] * 100, 1)
        ch = SYS[k][4] if k in SYS else -0.3
        r23 = round(r_t - ch, 1)
        out[k] = dict(n=v["si"] + v["su"], ri=r_i, ru=r_u, rt=r_t, r23=r23,
                      ch=round(r_t - r23, 1))
    out["Riket"] = dict(n=4708300, ri=86.1, ru=67.2, rt=81.6, r23=81.9, ch=-0.3)
    edu = {}
    for k in NAMES:
        sh, fg, eg, e3 = EDU[k]
        p = int(round(POP[k] * sh))
        edu[k] = dict(pop=p, fg=fg, g=round(100 - fg - eg, 1), eg=eg, e3=e3)
    # county: population weighted
    tp = sum(edu[k]["pop"] for k in NAMES)
    fg = round(sum(edu[k]["pop"] * edu[k]["fg"] for k in NAMES) / tp, 1)
    eg = round(sum(edu[k]["pop"] * edu[k]["eg"] for k in NAMES) / tp, 1)
    e3 = round(sum(edu[k]["pop"] * edu[k]["e3"] for k in NAMES) / tp, 1)
    edu[LAN] = dict(pop=tp, fg=fg, g=round(100 - fg - eg, 1), eg=eg, e3=e3)
    return out, edu


def mnum(x, d=1, sign=False):
    s = f"{abs(x):.{d}f}".replace(".", ",")
    if x < 0:
        return "\u2212" + s
    if sign and x > 0:
        return "+" + s
    return s


def write_pdf(path, syss, edu):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                    TableStyle)

    fdir = "/usr/share/fonts/truetype/dejavu/"
    pdfmetrics.registerFont(TTFont("DV", fdir + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", fdir + "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DVI", fdir + "DejaVuSans-Oblique.ttf"))
    pdfmetrics.registerFont(TTFont("DVS", fdir + "DejaVuSerif.ttf"))
    body = ParagraphStyle("b", fontName="DVS", fontSize=9.5, leading=13.5, spaceAfter=6)
    h1 = ParagraphStyle("h1", fontName="DVB", fontSize=16, leading=20, spaceAfter=10,
                        textColor=colors.HexColor("#1F4E79"))
    h2 = ParagraphStyle("h2", fontName="DVB", fontSize=11.5, leading=15, spaceBefore=8,
                        spaceAfter=4, textColor=colors.HexColor("#1F4E79"))
    cap = ParagraphStyle("cap", fontName="DVB", fontSize=9, leading=12, spaceAfter=4)
    note = ParagraphStyle("n", fontName="DV", fontSize=7.2, leading=9.5, spaceBefore=3)
    cell = ParagraphStyle("c", fontName="DVB", fontSize=7.3, leading=9, alignment=1)

    first_page = 22

    def deco(c, doc):
        c.saveState()
        c.setFont("DV", 7.5)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(20 * mm, 287 * mm, "Östergötland i siffror 2025")
        c.drawRightString(190 * mm, 287 * mm, "Kapitel 4  Arbetsmarknad och kompetens")
        c.setStrokeColor(colors.HexColor("#1F4E79"))
        c.line(20 * mm, 285 * mm, 190 * mm, 285 * mm)
        c.drawString(20 * mm, 10 * mm, "Region Östergötland · Regional utveckling")
        c.drawRightString(190 * mm, 10 * mm, str(first_page + doc.page - 1))
        c.restoreState()

    lan = syss[LAN]
    story = [
        Paragraph("4. Arbetsmarknad och kompetens", h1),
        Paragraph(
            "Sysselsättningsgraden i Östergötland har legat relativt stabilt de senaste "
            "åren. År 2019 var länets sysselsättningsgrad i åldern 20–64 år 78,9 procent "
            f"och 2024 var den {mnum(lan['rt'])} procent, att jämföra med "
            f"{mnum(syss['Riket']['rt'])} procent i riket. Jämfört med 2023, då länets nivå "
            f"var {mnum(lan['r23'])} procent, har sysselsättningen minskat något, vilket "
            "främst förklaras av en svagare industrikonjunktur i Norrköping och Motala.", body),
        Paragraph(
            "Skillnaderna mellan kommunerna är stora. De mindre kommunerna i länets västra "
            "och södra delar har genomgående högst sysselsättningsgrad, medan de två "
            "största städerna ligger lägre – i Linköping delvis på grund av den stora "
            "andelen studenter. Gapet mellan inrikes och utrikes födda är fortsatt stort i "
            f"hela länet: {mnum(lan['ri'])} procent bland inrikes födda och "
            f"{mnum(lan['ru'])} procent bland utrikes födda år 2024.", body),
        Spacer(1, 4),
    ]
    box = Table([[Paragraph("<b>Nyckeltal Östergötland 2024</b>", body)],
                 [Paragraph(f"Sysselsatta 20–64 år: {sp(lan['n'])} personer<br/>"
                            f"Sysselsättningsgrad 20–64 år: {mnum(lan['rt'])} %<br/>"
                            f"Andel 25–64 år med eftergymnasial utbildning: "
                            f"{mnum(edu[LAN]['eg'])} %<br/>"
                            "Öppet arbetslösa och i program, 16–64 år (okt 2025): 7,9 %",
                            body)]],
                colWidths=[170 * mm])
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#EAF1F8")),
                             ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#1F4E79"))]))
    story += [box, Spacer(1, 6)]
    story.append(Paragraph(
        "I tabell 4.1 redovisas kommunerna rangordnade efter sysselsättningsgraden 2024. "
        "Länet och riket är inlagda på den plats där de hamnar i rangordningen. Tabell 4.2 "
        "visar utbildningsnivån i befolkningen 25–64 år.", body))
    story.append(PageBreak())

    # Tabell 4.1
    order = sorted([k for k in syss], key=lambda k: -syss[k]["rt"])
    head1 = ["Rang", "Kommun", "Sysselsatta\n20–64 år 2024,\nantal",
             "Sysselsättningsgrad 2024, %", "", "", "Samtliga\n2023, %",
             "Förändring\n2023–2024,\nprocentenheter"]
    head2 = ["", "", "", "Inrikes\nfödda", "Utrikes\nfödda", "Samtliga", "", ""]
    data = [[Paragraph(t.replace("\n", "<br/>"), cell) if t else "" for t in head1],
            [Paragraph(t.replace("\n", "<br/>"), cell) if t else "" for t in head2]]
    rank = 0
    italic_rows = []
    for k in order:
        v = syss[k]
        if k in NAMES:
            rank += 1
            rk = str(rank)
        else:
            rk = ""
            italic_rows.append(len(data))
        data.append([rk, k, sp(v["n"]), mnum(v["ri"]), mnum(v["ru"]), mnum(v["rt"]),
                     mnum(v["r23"]), mnum(v["ch"], sign=True)])
    t = Table(data, colWidths=[13 * mm, 29 * mm, 24 * mm, 19 * mm, 19 * mm, 19 * mm,
                               19 * mm, 28 * mm], repeatRows=2)
    st = [("FONT", (0, 2), (-1, -1), "DV", 8),
          ("SPAN", (3, 0), (5, 0)), ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)),
          ("SPAN", (2, 0), (2, 1)), ("SPAN", (6, 0), (6, 1)), ("SPAN", (7, 0), (7, 1)),
          ("VALIGN", (0, 0), (-1, 1), "MIDDLE"),
          ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor("#DCE6F1")),
          ("ALIGN", (2, 2), (-1, -1), "RIGHT"), ("ALIGN", (0, 2), (0, -1), "CENTER"),
          ("LINEBELOW", (0, 1), (-1, 1), 0.8, colors.black),
          ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
          ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
          ("ROWBACKGROUNDS", (0, 2), (-1, -1), [colors.white, colors.HexColor("#F4F7FB")])]
    for ri in italic_rows:
        st.append(("FONT", (0, ri), (-1, ri), "DVI", 8))
        st.append(("BACKGROUND", (0, ri), (-1, ri), colors.HexColor("#FFF2CC")))
    t.setStyle(TableStyle(st))
    story += [Paragraph("Tabell 4.1 Sysselsättningsgrad 20–64 år efter kommun och "
                        "födelseregion, 2024, rangordnad", cap), t,
              Paragraph("Källa: SCB, Registerbaserad arbetsmarknadsstatistik (RAMS/BAS), "
                        "bearbetning Region Östergötland. Sysselsättningsgrad = andel "
                        "förvärvsarbetande (november) av befolkningen 20–64 år. Länet och "
                        "riket (kursiv) har ingen rangplats.", note),
              Spacer(1, 10)]
    story.append(Paragraph(
        "Utrikes föddas sysselsättningsgrad varierar mer mellan kommunerna än inrikes "
        "föddas. Skillnaden mellan grupperna är störst i de kommuner som tagit emot många "
        "nyanlända under 2015–2016.", body))
    story.append(PageBreak())

    # Tabell 4.2
    head = ["Kommun", "Befolkning\n25–64 år,\nantal", "Förgymnasial\n%", "Gymnasial\n%",
            "Eftergymnasial\n%", "därav 3 år\neller längre, %"]
    data = [[Paragraph(x.replace("\n", "<br/>"), cell) for x in head]]
    for k in NAMES + [LAN]:
        e = edu[k]
        data.append([k, sp(e["pop"]), mnum(e["fg"]), mnum(e["g"]), mnum(e["eg"]),
                     mnum(e["e3"])])
    t = Table(data, colWidths=[32 * mm, 24 * mm, 26 * mm, 24 * mm, 28 * mm, 32 * mm],
              repeatRows=1)
    t.setStyle(TableStyle([
        ("FONT", (0, 1), (-1, -1), "DV", 8),
        ("FONT", (0, -1), (-1, -1), "DVB", 8),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCE6F1")),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEABOVE", (0, -1), (-1, -1), 0.6, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black)]))
    story += [Paragraph("4.2 Utbildningsnivå", h2),
              Paragraph(
                  "Linköping har med sitt universitet och sina kunskapsintensiva "
                  "arbetsgivare länets i särklass högst utbildningsnivå. I flera av de "
                  "mindre kommunerna har färre än var tredje invånare i åldern 25–64 år "
                  "en eftergymnasial utbildning. I riket var andelen 45,6 procent 2024.",
                  body),
              Paragraph("Tabell 4.2 Befolkningen 25–64 år efter högsta utbildningsnivå, "
                        "kommun, 2024, procent", cap), t,
              Paragraph("Källa: SCB, Befolkningens utbildning (UREG), bearbetning Region "
                        "Östergötland. Kolumnen 'därav 3 år eller längre' ingår i "
                        "Eftergymnasial. Uppgift om utbildningsnivå saknas för 1–2 procent "
                        "och dessa är exkluderade.", note)]
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=20 * mm, bottomMargin=18 * mm,
                            title="Östergötland i siffror 2025 – Arbetsmarknad och kompetens",
                            author="Region Östergötland")
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


# ---------------------------------------------------------------------------
# 4. AF anställningsstöd – two tables side by side
# ---------------------------------------------------------------------------
STOD = ["Nystartsjobb", "Introduktionsjobb", "Lönebidrag för utveckling i anställning",
        "Lönebidrag för trygghet i anställning", "Skyddat arbete hos offentlig arbetsgivare"]
STOD_RATE = [5.2, 0.9, 2.6, 7.4, 0.45]      # per 1000 inv, sep 2025 base
STOD_MEN = [0.58, 0.44, 0.55, 0.60, 0.52]
STOD_2024 = [1.14, 0.82, 1.05, 0.97, 1.09]  # 2024 relative to 2025
KOM_FACT = {"Norrköping": 1.45, "Motala": 1.25, "Finspång": 1.15, "Linköping": 0.85,
            "Ydre": 0.7, "Kinda": 0.9, "Söderköping": 0.8, "Ödeshög": 1.1}


def gen_stod():
    d = {}
    for k in NAMES:
        f = KOM_FACT.get(k, 1.0)
        for y in (2025, 2024):
            for s, (rate, men, y24) in enumerate(zip(STOD_RATE, STOD_MEN, STOD_2024)):
                mu = POP[k] / 1000 * rate * f * (y24 if y == 2024 else 1.0)
                n = max(0, int(round(mu * R.uniform(0.85, 1.15))))
                m = int(round(n * men * R.uniform(0.92, 1.08)))
                m = min(m, n)
                d[(k, y, s, "Män")] = m
                d[(k, y, s, "Kvinnor")] = n - m
    return d


def write_stod(path, d):
    wb = Workbook()
    wb.remove(wb.active)
    thin = Side(style="thin", color="999999")
    for y, title in ((2025, "Sep 2025"), (2024, "Sep 2024")):
        ws = wb.create_sheet(title)
        ws["A1"] = f"Personer med anställningsstöd i Östergötlands län, september {y}"
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = ("Antal personer med pågående anställningsstöd den sista dagen i månaden, "
                    "efter kommun (arbetsställets kommun) och stödform")
        for off, kon in ((1, "Kvinnor"), (9, "Män")):
            ws.cell(4, off, kon).font = Font(bold=True, size=11)
            heads = ["Kommun"] + STOD + ["Totalt"]
            for j, h in enumerate(heads):
                c = ws.cell(5, off + j, h)
                c.font = Font(bold=True)
                c.alignment = Alignment(wrap_text=True, vertical="center",
                                        horizontal="center")
                c.fill = PatternFill("solid", fgColor="E2EFDA")
                c.border = Border(bottom=thin, top=thin)
            for i, k in enumerate(NAMES + [LAN]):
                rr = 6 + i
                ws.cell(rr, off, k)
                if k == LAN:
                    vals = [sum(d[(x, y, s, kon)] for x in NAMES) for s in range(5)]
                else:
                    vals = [d[(k, y, s, kon)] for s in range(5)]
                vals.append(sum(vals))
                for j, v in enumerate(vals):
                    c = ws.cell(rr, off + 1 + j, v if v != 0 else "–")
                    if v == 0:
                        c.alignment = Alignment(horizontal="right")
                    else:
                        c.number_format = "# ##0"
                if k == LAN:
                    for j in range(7):
                        ws.cell(rr, off + j).font = Font(bold=True)
                        ws.cell(rr, off + j).border = Border(top=thin)
            for j in range(7):
                ws.column_dimensions[get_column_letter(off + j)].width = 16 if j == 0 else 13
        ws.column_dimensions["H"].width = 3
        ws.row_dimensions[5].height = 58
        ws.cell(21, 1, "Källa: Arbetsförmedlingen, ärendehanteringssystemet. – = noll.")
        ws.cell(22, 1, "Uppgifterna avser personer; en person kan bara ha ett "
                       "anställningsstöd åt gången.")
    ws = wb.create_sheet("Om statistiken")
    txt = [
        "Om statistiken",
        "Anställningsstöd är ekonomiskt stöd till arbetsgivare som anställer en person "
        "som står långt från arbetsmarknaden.",
        "Nystartsjobb: stöd vid anställning av person som varit utan arbete en längre tid "
        "eller är nyanländ.",
        "Introduktionsjobb: anställning kombinerad med utbildning/handledning.",
        "Lönebidrag för utveckling i anställning / för trygghet i anställning: stöd vid "
        "anställning av person med funktionsnedsättning som medför nedsatt arbetsförmåga.",
        "Skyddat arbete hos offentlig arbetsgivare (OSA): anställning hos offentlig "
        "arbetsgivare för person med funktionsnedsättning.",
        "Extratjänster avvecklades 2023 och redovisas inte.",
        "Kommun avser arbetsställets kommun.",
        "Statistiken är hämtad 2025-10-08 respektive 2024-10-07.",
    ]
    for i, t in enumerate(txt, 1):
        ws.cell(i, 1, t)
    ws["A1"].font = Font(bold=True)
    ws.column_dimensions["A"].width = 120
    wb.save(path)


# ---------------------------------------------------------------------------
# 5. SCB lönestruktur
# ---------------------------------------------------------------------------
YRKEN = [  # label, riket antal (hundratal), riket medellön 2024, share women, ÖMS share, ÖMS wage factor, gap
    ("Samtliga yrken", 46200, 39800, 0.49, 0.163, 0.955, 0.905),
    ("2 Yrken med krav på fördjupad högskolekompetens", 11800, 50300, 0.55, 0.150, 0.945, 0.885),
    ("2221 Grundutbildade sjuksköterskor", 730, 44100, 0.88, 0.172, 0.985, 0.985),
    ("2330 Gymnasielärare", 410, 45200, 0.55, 0.171, 0.978, 0.975),
    ("2341 Grundskollärare", 1020, 41900, 0.76, 0.168, 0.981, 0.963),
    ("2342 Förskollärare", 720, 38700, 0.95, 0.166, 0.986, 0.99),
    ("2512 Mjukvaru- och systemutvecklare m.fl.", 1080, 54800, 0.22, 0.117, 0.925, 0.93),
    ("5 Service-, omsorgs- och försäljningsyrken", 8900, 30600, 0.66, 0.171, 0.975, 0.93),
    ("5120 Kockar och kallskänkor", 280, 28900, 0.45, 0.165, 0.97, 0.96),
    ("5321 Undersköterskor, hemtjänst, hemsjukvård, äldreboende och habilitering",
     1090, 31800, 0.89, 0.176, 0.982, 0.99),
    ("5323 Undersköterskor, vård- och specialavdelning och mottagning",
     470, 33100, 0.87, 0.169, 0.984, 0.985),
    ("5330 Personliga assistenter", 820, 28300, 0.68, 0.168, 0.975, 0.99),
    ("8 Yrken inom maskinell tillverkning och transport m.m.", 4150, 33900, 0.14, 0.190, 0.975, 0.92),
    ("8332 Lastbilsförare m.fl.", 520, 32500, 0.05, 0.180, 0.965, 0.97),
]


SMALL = {("2342", "män"), ("8332", "kvinnor")}


def gen_lon():
    rows = []
    for lab, n_r, w_r, fw, oms, wf, gap in YRKEN:
        for reg, nfac, wfac in (("SE12 Östra Mellansverige", oms, wf), ("Riket", 1.0, 1.0)):
            ntot = n_r * nfac * R.uniform(0.97, 1.03)  # hundratal, unrounded
            nk = ntot * fw
            nm = ntot - nk
            wtot = w_r * wfac * R.uniform(0.99, 1.01)
            # wages by sex so that weighted mean = wtot and women = gap*men
            wm = wtot / (fw * gap + (1 - fw))
            wk = wm * gap
            vals = {}
            for kon, w in (("män", wm), ("kvinnor", wk)):
                w24 = w
                vals[kon] = dict(w24=w24, w23=w24 / R.uniform(1.028, 1.047),
                                 med=w24 * R.uniform(0.955, 0.985),
                                 p10=w24 * R.uniform(0.74, 0.80),
                                 p90=w24 * R.uniform(1.24, 1.36))
            vals["totalt"] = {f: fw * vals["kvinnor"][f] + (1 - fw) * vals["män"][f]
                              for f in vals["män"]}
            for kon, n in (("män", nm), ("kvinnor", nk), ("totalt", ntot)):
                v = {f: int(round(x / 100.0)) * 100 for f, x in vals[kon].items()}
                small = reg != "Riket" and (lab[:4], kon) in SMALL
                rows.append(dict(reg=reg, yrke=lab, kon=kon, n=int(round(n)),
                                 **{f: (None if small else v[f])
                                    for f in ("w23", "w24", "med", "p10", "p90")}))
    return rows


def write_lon(path, rows):
    out = io.StringIO()
    out.write('"Genomsnittlig månadslön och lönespridning efter region, yrke (SSYK 2012), '
              'kön, tabellinnehåll och år. Samtliga sektorer"\r\n')
    out.write("\r\n")
    cols = ["region", "yrke (SSYK 2012)", "kön", "Antal anställda (hundratal) 2024",
            "Medellön, kr 2023", "Medellön, kr 2024", "Median, kr 2024",
            "10:e percentil, kr 2024", "90:e percentil, kr 2024"]
    out.write(",".join(f'"{c}"' for c in cols) + "\r\n")
    for r in rows:
        vals = [r["n"], r["w23"], r["w24"], r["med"], r["p10"], r["p90"]]
        out.write(",".join([f'"{r["reg"]}"', f'"{r["yrke"]}"', f'"{r["kon"]}"'] +
                           [".." if v is None else str(v) for v in vals]) + "\r\n")
    out.write("\r\n")
    out.write('"Källa: SCB, Lönestrukturstatistik, hela ekonomin. Månadslön = grundlön '
              'plus fasta och rörliga tillägg, omräknat till heltid."\r\n')
    out.write('"Regional indelning: riksområden (NUTS 2). SE12 Östra Mellansverige = '
              'Uppsala, Södermanlands, Östergötlands, Örebro och Västmanlands län."\r\n')
    out.write('"Antal anställda avrundat till hundratal. .. = för få observationer."\r\n')
    with open(path, "w", encoding="latin-1", newline="") as f:
        f.write(out.getvalue())


# ---------------------------------------------------------------------------
# 6. AF Rusta och matcha leverantörsresultat
# ---------------------------------------------------------------------------
RM = [  # område, leverantör, orgnr, avslutade, p_arbete, p_studier, förväntad andel
    ("Linköping", "Kompetensbron i Sverige AB", "559112-4471", 412, 0.352, 0.071, 38.9),
    ("Linköping", "Östgöta Matchning AB", "556987-2215", 288, 0.318, 0.052, 37.4),
    ("Linköping", "Vägval Jobb & Utveckling AB", "559204-8836", 196, 0.401, 0.064, 39.8),
    ("Linköping", "Stegvis Arbetsliv AB", "556741-0093", 133, 0.296, 0.045, 38.1),
    ("Linköping", "Nordstjärnan Rusta AB", "559310-2258", 21, 0.333, 0.048, 38.0),
    ("Norrköping", "Kompetensbron i Sverige AB", "559112-4471", 367, 0.297, 0.061, 33.6),
    ("Norrköping", "Östgöta Matchning AB", "556987-2215", 341, 0.281, 0.073, 34.9),
    ("Norrköping", "Framsteget Kompetens AB", "559045-7712", 224, 0.348, 0.076, 39.0),
    ("Norrköping", "Linnea Coaching AB", "559388-1904", 158, 0.322, 0.030, 29.1),
    ("Norrköping", "Vidga Matchning AB", "556612-3389", 97, 0.258, 0.052, 33.0),
    ("Motala", "Östgöta Matchning AB", "556987-2215", 146, 0.329, 0.041, 35.5),
    ("Motala", "Stegvis Arbetsliv AB", "556741-0093", 118, 0.373, 0.059, 35.0),
    ("Motala", "Vägval Jobb & Utveckling AB", "559204-8836", 87, 0.276, 0.069, 34.8),
    ("Motala", "Nordstjärnan Rusta AB", "559310-2258", 26, 0.385, 0.0, 35.0),
    ("Mjölby", "Östgöta Matchning AB", "556987-2215", 104, 0.356, 0.048, 37.6),
    ("Mjölby", "Framsteget Kompetens AB", "559045-7712", 79, 0.418, 0.063, 38.2),
    ("Finspång", "Kompetensbron i Sverige AB", "559112-4471", 64, 0.297, 0.047, 34.1),
    ("Finspång", "Linnea Coaching AB", "559388-1904", 52, 0.365, 0.058, 33.9),
]


def stars(n):
    return "★" * n + "☆" * (4 - n)


def gen_rm():
    rows = []
    for omr, lev, org, n, pa, ps, fv in RM:
        a = int(round(n * pa))
        s = int(round(n * ps))
        aa = round(a / n * 100, 1)
        ss = round(s / n * 100, 1)
        tot = round((a + s) / n * 100, 1)
        if n < 30:
            bet = "Inget betyg (färre än 30 avslut)"
            nst = None
        else:
            diff = tot - fv
            nst = 4 if diff >= 5 else 3 if diff >= 0 else 2 if diff >= -5 else 1
            bet = stars(nst)
        rows.append(dict(omr=omr, lev=lev, org=org, n=n, a=a, s=s, aa=aa, ss=ss, tot=tot,
                         fv=fv, bet=bet, nst=nst))
    return rows


def write_rm(path, rows):
    out = io.StringIO()
    out.write("# Rusta och matcha – leverantörsresultat per leveransområde, Östergötlands län\n")
    out.write("# Resultatperiod: deltagare som avslutat tjänsten 2024-07-01–2025-06-30. "
              "Utfall mätt 90 dagar efter avslut.\n")
    out.write("# Betyg 1–4 stjärnor jämför leverantörens utfall med förväntat utfall "
              "givet deltagarsammansättningen. Uttag 2025-10-15, Arbetsförmedlingen.\n")
    w = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\n")
    w.writerow(["Leveransområde", "Leverantör", "Organisationsnummer",
                "Antal avslutade deltagare", "Andel i arbete", "Andel i studier",
                "Andel i arbete eller studier", "Förväntad andel i arbete eller studier",
                "Betyg"])
    for r in rows:
        w.writerow([r["omr"], r["lev"], r["org"], str(r["n"]), dc(r["aa"]) + " %",
                    dc(r["ss"]) + " %", dc(r["tot"]) + " %", dc(r["fv"]) + " %", r["bet"]])
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write(out.getvalue())


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "out"
    os.makedirs(out, exist_ok=True)
    ink = gen_inkvartering()
    write_inkvartering(os.path.join(out, "Tillvaxtverket_inkvartering_Ostergotland_jan-okt_2025.xlsx"), ink)
    eb = gen_bistand()
    write_bistand(os.path.join(out, "Socialstyrelsen_ekonomiskt_bistand_Ostergotland_2020-2024.csv"), eb)
    syss, edu = gen_syss()
    write_pdf(os.path.join(out, "RegionOstergotland_Ostergotland_i_siffror_2025_arbetsmarknad.pdf"),
              syss, edu)
    st = gen_stod()
    write_stod(os.path.join(out, "AF_anstallningsstod_Ostergotland_sep_2024_sep_2025.xlsx"), st)
    lon = gen_lon()
    write_lon(os.path.join(out, "SCB_lonestruktur_SSYK_OstraMellansverige_2023-2024.csv"), lon)
    rm = gen_rm()
    write_rm(os.path.join(out, "AF_Rusta_och_matcha_leverantorsresultat_Ostergotland_2025.csv"), rm)
    print("wrote 6 files to", out)


if __name__ == "__main__":
    main()
