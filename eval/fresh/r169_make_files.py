#!/usr/bin/env python
"""r169 – six invented but plausible statistics files for Region Uppsala / Uppsala län.

usage: python r169_make_files.py OUT_DIR

Files (all figures invented, deterministic, internally consistent):
 1. scb_pendling_uppsala_lan_2021-2023.csv            SCB-style, Windows-1252, CRLF, semicolons
 2. socialstyrelsen_ekonomiskt_bistand_uppsala_lan_2024.xlsx   notes sheet, merged headers, hidden column
 3. skolverket_komvux_sfi_hemkommun_uppsala_lan_2023-2024.csv  Latin-1, LF, semicolons, '..'
 4. ul_resandeuppfoljning_jan-sep_2025.pdf             two-page report, running header/footer
 5. region_uppsala_foretagsstod_beslut_2023-2025.xlsx  decision register + summary sheet
 6. scb_forvarvsfrekvens_fodelseregion_uppsala_lan_2022-2023.xlsx  PxWeb-style, grouped/hidden rows
"""
import datetime as dt
import os
import random
import sys

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

MUNS = [  # SCB code order
    ("0305", "Håbo"), ("0319", "Älvkarleby"), ("0330", "Knivsta"), ("0331", "Heby"),
    ("0360", "Tierp"), ("0380", "Uppsala"), ("0381", "Enköping"), ("0382", "Östhammar"),
]


def dc(x, nd=1):
    """decimal comma"""
    return f"{x:.{nd}f}".replace(".", ",")


# =============================================================== 1. pendling CSV (cp1252)
# (förvärvsarbetande nattbefolkning, utpendlare, inpendlare) per municipality and year
PEND = {
    2021: {"Håbo": (10968, 7102, 2011), "Älvkarleby": (4251, 2498, 902), "Knivsta": (9874, 7215, 1652),
           "Heby": (6402, 3205, 1004), "Tierp": (9987, 3502, 1850), "Uppsala": (119870, 23640, 28112),
           "Enköping": (22684, 8640, 6145), "Östhammar": (10455, 2601, 2742)},
    2022: {"Håbo": (11105, 7231, 2050), "Älvkarleby": (4287, 2578, 905), "Knivsta": (10102, 7430, 1701),
           "Heby": (6451, 3248, 1013), "Tierp": (10041, 3566, 1868), "Uppsala": (121205, 24120, 28540),
           "Enköping": (22910, 8795, 6212), "Östhammar": (10530, 2645, 2861)},
    2023: {"Håbo": (11214, 7308, 2086), "Älvkarleby": (4302, 2577, 913), "Knivsta": (10318, 7611, 1744),
           "Heby": (6488, 3297, 1021), "Tierp": (10095, 3624, 1887), "Uppsala": (122416, 24583, 28907),
           "Enköping": (23127, 8912, 6284), "Östhammar": (10592, 2683, 2914)},
}
# out-commuters from the county to other counties (county row)
PEND_LAN_UT = {2021: 29870, 2022: 30515, 2023: 31248}


def pend_rows():
    rows = []
    for y in (2021, 2022, 2023):
        sn = sum(v[0] for v in PEND[y].values())
        su = sum(v[1] for v in PEND[y].values())
        si = sum(v[2] for v in PEND[y].values())
        intra = su - PEND_LAN_UT[y]
        lan = (sn, PEND_LAN_UT[y], si - intra)
        assert lan[2] > 0
        rows.append(("03 Uppsala län", y, lan))
    for code, name in MUNS:
        for y in (2021, 2022, 2023):
            rows.append((f"{code} {name}", y, PEND[y][name]))
    return rows


def write_pendling(out):
    L = ['"Förvärvsarbetande 16+ år (nattbefolkning och dagbefolkning) samt pendling över kommungräns '
         'efter region och år"',
         '',
         '"region";"år";"Förvärvsarbetande nattbefolkning";"Bor och arbetar i regionen";"Utpendlare";'
         '"Inpendlare";"Förvärvsarbetande dagbefolkning";"Nettopendling";'
         '"Utpendlare, andel av nattbefolkningen (%)"']
    for reg, y, (natt, ut, inn) in pend_rows():
        bor = natt - ut
        dag = bor + inn
        net = inn - ut
        andel = round(ut / natt * 100 + 1e-9, 1)
        L.append(f'"{reg}";"{y}";{natt};{bor};{ut};{inn};{dag};{net};{dc(andel)}')
    L += ['',
          '"Förvärvsarbetande nattbefolkning = förvärvsarbetande 16 år och äldre efter bostadsregion den 31 december. '
          'Dagbefolkning = förvärvsarbetande efter arbetsställets region."',
          '"Utpendlare/inpendlare i kommunraderna avser pendling över kommungräns, även till och från andra kommuner '
          'i länet. I länsraden avser utpendlare och inpendlare endast pendling över länsgräns."',
          '"Nettopendling = inpendlare minus utpendlare (= dagbefolkning minus nattbefolkning)."',
          '"Källa: SCB, Registerbaserad arbetsmarknadsstatistik (RAMS) 2021 och Befolkningens arbetsmarknadsstatus '
          '(BAS) 2022–2023. Uttag 2025-03-18."']
    with open(os.path.join(out, "scb_pendling_uppsala_lan_2021-2023.csv"), "wb") as f:
        f.write(("\r\n".join(L) + "\r\n").encode("cp1252"))


# =============================================================== 2. ekonomiskt bistånd XLSX
POP24 = {"Håbo": 22612, "Älvkarleby": 9731, "Knivsta": 20587, "Heby": 14302, "Tierp": 21718,
         "Uppsala": 246204, "Enköping": 47402, "Östhammar": 22341}
# hushåll, varav med barn, mottagare, varav barn, vuxna långvarigt, utbetalt tkr
EB24 = {"Håbo": (244, 55, 431, 139, 97, 16040), "Älvkarleby": (251, 72, 452, 171, 131, 17420),
        "Knivsta": (131, 30, 227, 76, 44, 7910), "Heby": (262, 64, 466, 163, 118, 15380),
        "Tierp": (392, 91, 664, 229, 171, 22870), "Uppsala": (5410, 1318, 8901, 3204, 2410, 412680),
        "Enköping": (1020, 305, 1851, 712, 524, 78950), "Östhammar": (319, 70, 541, 178, 132, 17950)}
RIKET_POP24 = 10587710
RIKET_EB24 = (216500, 60400, 401300, 150600, 108300, 14012300)
# time series 2020-2024: hushåll and utbetalt tkr
EB_HH = {"Håbo": [281, 262, 251, 238], "Älvkarleby": [266, 259, 247, 255], "Knivsta": [118, 124, 127, 129],
         "Heby": [288, 275, 259, 254], "Tierp": [421, 404, 388, 379], "Uppsala": [5702, 5488, 5296, 5342],
         "Enköping": [1064, 1031, 987, 1003], "Östhammar": [348, 331, 322, 316]}
EB_TKR = {"Håbo": [15210, 14880, 14760, 15320], "Älvkarleby": [15940, 15720, 15880, 16650],
          "Knivsta": [6120, 6480, 6890, 7410], "Heby": [15020, 14610, 14350, 14900],
          "Tierp": [22410, 21980, 21630, 22050], "Uppsala": [378900, 372450, 381200, 396870],
          "Enköping": [71230, 70480, 72960, 75410], "Östhammar": [17880, 17240, 17010, 17390]}
RIKET_HH = [236100, 228900, 219800, 214700]
RIKET_TKR = [12198000, 11904500, 12456700, 13287400]

THIN = Side(style="thin", color="808080")
HDR_FILL = PatternFill("solid", fgColor="DCE6F1")


def eb24_table():
    """rows: (kod, namn, pop, hh, hh_barn, mott, mott_barn, andel_bef, lang, andel_lang, tkr, kr_inv)"""
    def mk(kod, namn, pop, t):
        hh, hhb, mot, motb, lang, tkr = t
        vuxna = mot - motb
        return (kod, namn, pop, hh, hhb, mot, motb, round(mot / pop * 100 + 1e-9, 1), lang,
                round(lang / vuxna * 100 + 1e-9, 1), tkr, round(tkr * 1000 / pop))
    rows = [mk("00", "Riket", RIKET_POP24, RIKET_EB24)]
    lan = tuple(sum(EB24[n][i] for _, n in MUNS) for i in range(6))
    rows.append(mk("03", "Uppsala län", sum(POP24.values()), lan))
    for code, n in MUNS:
        rows.append(mk(code, n, POP24[n], EB24[n]))
    return rows


def write_bistand(out):
    wb = Workbook()
    ws0 = wb.active
    ws0.title = "Om statistiken"
    notes = [
        ("Ekonomiskt bistånd 2024 – Uppsala län och dess kommuner", True),
        ("", False),
        ("Innehåll", True),
        ("Tabell 1: Biståndshushåll, biståndsmottagare, långvarigt bistånd och utbetalt ekonomiskt bistånd 2024.", False),
        ("Tabell 2: Biståndshushåll och utbetalt ekonomiskt bistånd 2020–2024 (tidsserie).", False),
        ("", False),
        ("Definitioner", True),
        ("Ekonomiskt bistånd omfattar försörjningsstöd och bistånd till livsföring i övrigt enligt 4 kap. 1 § SoL.", False),
        ("Biståndshushåll: hushåll som någon gång under året fått ekonomiskt bistånd.", False),
        ("Biståndsmottagare: samtliga personer (vuxna och barn) i biståndshushållen.", False),
        ("Långvarigt ekonomiskt bistånd: vuxna biståndsmottagare (18 år och äldre) som fått bistånd 10–12 månader "
         "under året. Andelen beräknas på samtliga vuxna biståndsmottagare.", False),
        ("Andel av befolkningen: biståndsmottagare i procent av folkmängden den 31 december.", False),
        ("Utbetalt ekonomiskt bistånd redovisas i löpande priser, tusental kronor (tkr), samt i kronor per invånare.", False),
        ("", False),
        ("Länets och rikets värden är summor av kommunernas uppgifter.", False),
        (".. = uppgift saknas eller är för osäker för att redovisas", False),
        ("", False),
        ("Källa: Socialstyrelsen, Statistik om ekonomiskt bistånd. Publicerad 2025-06-12.", False),
    ]
    for i, (t, b) in enumerate(notes, 1):
        c = ws0.cell(row=i, column=1, value=t if t else None)
        if b:
            c.font = Font(bold=True, size=12 if i == 1 else 11)
    ws0.column_dimensions["A"].width = 110

    # ---- Tabell 1
    ws = wb.create_sheet("Tabell 1")
    ws["A1"] = "Tabell 1. Ekonomiskt bistånd 2024 efter kommun. Hushåll, mottagare, långvarigt bistånd och utbetalt belopp"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Uppsala län med kommuner samt riket"
    groups = [("A4:A5", "Kod"), ("B4:B5", "Region"), ("C4:C5", "Folkmängd 31 dec 2024"),
              ("D4:E4", "Biståndshushåll"), ("F4:H4", "Biståndsmottagare"),
              ("I4:J4", "Långvarigt ekonomiskt bistånd¹"), ("K4:L4", "Utbetalt ekonomiskt bistånd")]
    for rng, label in groups:
        ws.merge_cells(rng)
        ws[rng.split(":")[0]] = label
    sub = {"D5": "Antal", "E5": "varav hushåll med barn", "F5": "Antal personer", "G5": "varav barn 0–17 år",
           "H5": "Andel av befolkningen, %", "I5": "Antal vuxna", "J5": "Andel av vuxna mottagare, %",
           "K5": "Tusental kronor", "L5": "Kronor per invånare"}
    for k, v in sub.items():
        ws[k] = v
    for r in (4, 5):
        for c in range(1, 13):
            cell = ws.cell(row=r, column=c)
            cell.font = Font(bold=True)
            cell.fill = HDR_FILL
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            cell.border = Border(top=THIN, bottom=THIN, left=THIN, right=THIN)
    ws.row_dimensions[5].height = 45
    r = 6
    for row in eb24_table():
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=r, column=c, value=v)
            if c >= 3:
                cell.number_format = "0.0" if c in (8, 10) else "#,##0"
            if row[1] in ("Riket", "Uppsala län"):
                cell.font = Font(bold=True)
        r += 1
    ws.cell(row=r + 1, column=1, value="¹ Vuxna biståndsmottagare som fått ekonomiskt bistånd 10–12 månader under året.")
    ws.cell(row=r + 2, column=1, value="Källa: Socialstyrelsen, Statistik om ekonomiskt bistånd.")
    ws.column_dimensions["A"].width = 6
    ws.column_dimensions["B"].width = 16
    ws.column_dimensions["C"].hidden = True  # denominator kept but hidden
    for col in "DEFGHIJKL":
        ws.column_dimensions[col].width = 13
    ws.freeze_panes = "C6"
    # a cell note (comment) on Älvkarleby's paid amount
    ws["K8"].comment = Comment("Reviderad 2025-06-12: kommunen har rättat en felregistrering i december. "
                               "Tidigare publicerat värde var 17 960 tkr.", "Socialstyrelsen")

    # ---- Tabell 2
    ws2 = wb.create_sheet("Tabell 2")
    ws2["A1"] = "Tabell 2. Biståndshushåll och utbetalt ekonomiskt bistånd 2020–2024"
    ws2["A1"].font = Font(bold=True, size=12)
    ws2["A2"] = "Utbetalt bistånd i löpande priser, tusental kronor"
    ws2.merge_cells("A4:A5")
    ws2["A4"] = "Kod"
    ws2.merge_cells("B4:B5")
    ws2["B4"] = "Region"
    ws2.merge_cells("C4:G4")
    ws2["C4"] = "Biståndshushåll, antal"
    ws2.merge_cells("H4:L4")
    ws2["H4"] = "Utbetalt ekonomiskt bistånd, tkr"
    years = [2020, 2021, 2022, 2023, 2024]
    for i, y in enumerate(years):
        ws2.cell(row=5, column=3 + i, value=str(y))
        ws2.cell(row=5, column=8 + i, value=str(y))
    for rr in (4, 5):
        for c in range(1, 13):
            cell = ws2.cell(row=rr, column=c)
            cell.font = Font(bold=True)
            cell.fill = HDR_FILL
            cell.alignment = Alignment(horizontal="center", vertical="center")
            cell.border = Border(top=THIN, bottom=THIN, left=THIN, right=THIN)
    rows2 = [("00", "Riket", RIKET_HH + [RIKET_EB24[0]], RIKET_TKR + [RIKET_EB24[5]])]
    lan_hh = [sum(EB_HH[n][i] for _, n in MUNS) for i in range(4)] + [sum(EB24[n][0] for _, n in MUNS)]
    lan_tkr = [sum(EB_TKR[n][i] for _, n in MUNS) for i in range(4)] + [sum(EB24[n][5] for _, n in MUNS)]
    rows2.append(("03", "Uppsala län", lan_hh, lan_tkr))
    for code, n in MUNS:
        rows2.append((code, n, EB_HH[n] + [EB24[n][0]], EB_TKR[n] + [EB24[n][5]]))
    r = 6
    for code, n, hh, tkr in rows2:
        ws2.cell(row=r, column=1, value=code)
        ws2.cell(row=r, column=2, value=n)
        for i in range(5):
            ws2.cell(row=r, column=3 + i, value=hh[i]).number_format = "#,##0"
            ws2.cell(row=r, column=8 + i, value=tkr[i]).number_format = "#,##0"
        if n in ("Riket", "Uppsala län"):
            for c in range(1, 13):
                ws2.cell(row=r, column=c).font = Font(bold=True)
        r += 1
    ws2.cell(row=r + 1, column=1, value="Uppgifterna för 2020–2023 har inte räknats om för senare rättelser.")
    ws2.cell(row=r + 2, column=1, value="Källa: Socialstyrelsen, Statistik om ekonomiskt bistånd.")
    ws2.column_dimensions["B"].width = 16
    for c in range(3, 13):
        ws2.column_dimensions[get_column_letter(c)].width = 11
    ws2.freeze_panes = "C6"
    wb.save(os.path.join(out, "socialstyrelsen_ekonomiskt_bistand_uppsala_lan_2024.xlsx"))


# =============================================================== 3. Komvux/SFI CSV (latin-1)
VF = ["Komvux totalt", "Grundläggande nivå", "Gymnasial nivå", "Sfi"]
# per municipality and verksamhet: elever 2023, elever 2024, andel kvinnor 2024, andel utrikes födda 2024,
# kursdeltagare 2024, andel avbrott 2024 (None = '..')
KV = {
    "Håbo": {"Grundläggande nivå": (79, 84, 66.7, 71.4, 203, 14.8), "Gymnasial nivå": (355, 372, 64.5, 22.3, 1118, 11.2),
             "Sfi": (97, 102, 63.7, 98.0, 131, 17.6)},
    "Älvkarleby": {"Grundläggande nivå": (58, 64, 62.5, 76.6, 149, 16.1), "Gymnasial nivå": (171, 166, 68.1, 27.7, 472, 13.6),
                   "Sfi": (74, 79, 60.8, 97.5, 101, None)},
    "Knivsta": {"Grundläggande nivå": (57, 61, 67.2, 70.5, 144, None), "Gymnasial nivå": (289, 305, 66.2, 19.3, 934, 9.8),
                "Sfi": (81, 88, 65.9, 99.1, 112, 13.4)},
    "Heby": {"Grundläggande nivå": (88, 92, 63.0, 77.2, 221, 15.4), "Gymnasial nivå": (231, 240, 67.9, 24.6, 702, 12.5),
             "Sfi": (109, 118, 61.0, 98.3, 150, 18.7)},
    "Tierp": {"Grundläggande nivå": (143, 151, 62.3, 74.8, 362, 15.7), "Gymnasial nivå": (446, 458, 66.6, 25.1, 1342, 12.1),
              "Sfi": (187, 198, 62.1, 98.8, 255, 16.9)},
    "Uppsala": {"Grundläggande nivå": (2084, 2150, 61.8, 83.5, 5396, 13.9), "Gymnasial nivå": (6310, 6420, 65.2, 38.7, 19840, 10.4),
                "Sfi": (3012, 2870, 60.5, 98.9, 3702, 15.2)},
    "Enköping": {"Grundläggande nivå": (398, 420, 63.1, 79.3, 1029, 14.6), "Gymnasial nivå": (1102, 1150, 66.0, 31.2, 3485, 11.7),
                 "Sfi": (568, 612, 61.3, 99.2, 794, 16.3)},
    "Östhammar": {"Grundläggande nivå": (112, 118, 61.9, 73.7, 286, 15.0), "Gymnasial nivå": (391, 402, 67.4, 21.6, 1197, 11.9),
                  "Sfi": (152, 163, 62.6, 97.9, 209, 17.1)},
}
# Komvux totalt (unique persons): elever 2023, 2024, andel kvinnor, andel utrikes födda, avbrott
KV_TOT = {"Håbo": (466, 498, 64.9, 41.8, 12.1), "Älvkarleby": (253, 268, 65.3, 52.2, 14.0),
          "Knivsta": (382, 402, 66.2, 38.6, 10.6), "Heby": (369, 389, 65.0, 53.5, 14.2),
          "Tierp": (683, 705, 64.7, 51.3, 13.0), "Uppsala": (9905, 9840, 63.4, 56.9, 11.4),
          "Enköping": (1811, 1905, 64.3, 55.7, 12.7), "Östhammar": (590, 612, 65.0, 48.5, 12.8)}
KV_RIKET = {"Komvux totalt": (418937, 411284, 65.8, 61.2, None, 11.9),
            "Grundläggande nivå": (81215, 78906, 62.4, 84.1, 198412, 14.9),
            "Gymnasial nivå": (268741, 262418, 66.1, 41.8, 842689, 11.3),
            "Sfi": (158326, 151193, 61.7, 98.6, 196944, 16.6)}


def komvux_rows():
    rows = []  # (kod, kommun, vf, e23, e24, kv, utr, kd, avbr)
    r = KV_RIKET
    kd_tot = sum(r[v][4] for v in VF[1:])
    rows.append(("00", "Riket", "Komvux totalt", r["Komvux totalt"][0], r["Komvux totalt"][1],
                 r["Komvux totalt"][2], r["Komvux totalt"][3], kd_tot, r["Komvux totalt"][5]))
    for v in VF[1:]:
        rows.append(("00", "Riket", v) + r[v])
    # county = sum of municipalities (counts); shares weighted by elever 2024 (kvinnor/utrikes) and kursdeltagare (avbrott)
    lan = {}
    for v in VF:
        if v == "Komvux totalt":
            e23 = sum(KV_TOT[n][0] for _, n in MUNS)
            e24 = sum(KV_TOT[n][1] for _, n in MUNS)
            kvw = sum(KV_TOT[n][1] * KV_TOT[n][2] for _, n in MUNS) / e24
            utw = sum(KV_TOT[n][1] * KV_TOT[n][3] for _, n in MUNS) / e24
            kd = sum(KV[n][x][4] for _, n in MUNS for x in VF[1:])
            av = sum(KV_TOT[n][4] * sum(KV[n][x][4] for x in VF[1:]) for _, n in MUNS) / kd
        else:
            e23 = sum(KV[n][v][0] for _, n in MUNS)
            e24 = sum(KV[n][v][1] for _, n in MUNS)
            kvw = sum(KV[n][v][1] * KV[n][v][2] for _, n in MUNS) / e24
            utw = sum(KV[n][v][1] * KV[n][v][3] for _, n in MUNS) / e24
            kd = sum(KV[n][v][4] for _, n in MUNS)
            # masked cells are still inside the county figure (assume the municipal mean)
            av = sum(KV[n][v][4] * (KV[n][v][5] if KV[n][v][5] is not None else 15.0) for _, n in MUNS) / kd
        lan[v] = (e23, e24, round(kvw, 1), round(utw, 1), kd, round(av, 1))
    for v in VF:
        rows.append(("03", "Uppsala län", v) + lan[v])
    for code, n in MUNS:
        t = KV_TOT[n]
        kd = sum(KV[n][x][4] for x in VF[1:])
        rows.append((code, n, "Komvux totalt", t[0], t[1], t[2], t[3], kd, t[4]))
        for v in VF[1:]:
            rows.append((code, n, v) + KV[n][v])
    return rows


def write_komvux(out):
    L = ["Kommunal vuxenutbildning (komvux) - elever och kursdeltagare efter hemkommun och verksamhet, "
         "kalenderåren 2023 och 2024",
         "Källa: Skolverket, Elever och kursdeltagare i komvux. Uttag 2025-04-10",
         "",
         "Kommunkod;Kommun;Verksamhet;Elever 2023;Elever 2024;Andel kvinnor 2024 (%);"
         "Andel utrikes födda 2024 (%);Kursdeltagare 2024;Andel kursdeltagare med avbrott 2024 (%)"]
    for kod, n, v, e23, e24, kv, utr, kd, av in komvux_rows():
        av_s = ".." if av is None else dc(av)
        L.append(f"{kod};{n};{v};{e23};{e24};{dc(kv)};{dc(utr)};{kd};{av_s}")
    L += ["",
          "Förklaringar:",
          "Elever = unika personer. En elev som under året läst i flera verksamheter räknas en gång i varje "
          "verksamhet men bara en gång i Komvux totalt. Komvux totalt är därför mindre än summan av verksamheterna.",
          "Kursdeltagare = antal kursdeltaganden; Komvux totalt är summan av verksamheterna.",
          "Sfi = kommunal vuxenutbildning i svenska för invandrare.",
          ".. = uppgiften är skyddad eftersom den bygger på för få kursdeltagare.",
          "Länets värden är summan av kommunernas (elever efter hemkommun)."]
    with open(os.path.join(out, "skolverket_komvux_sfi_hemkommun_uppsala_lan_2023-2024.csv"), "wb") as f:
        f.write(("\n".join(L) + "\n").encode("latin-1"))


# =============================================================== 4. UL PDF
# påstigande, tusental, jan–sep 2024 and jan–sep 2025
UL = [("Uppsala – stadstrafik", 17842.6, 18391.3), ("Uppsala – regional busstrafik", 3215.4, 3301.7),
      ("Enköping", 1486.2, 1528.9), ("Östhammar", 655.8, 671.4), ("Tierp", 812.0, 845.3),
      ("Knivsta", 528.4, 556.7), ("Håbo", 903.5, 957.3), ("Älvkarleby", 214.3, 209.8), ("Heby", 390.0, 406.0)]
UL_TAG = ("Upptåget (tåg)", 2904.0, 3133.4)


def fsv(x, nd=1):
    s = f"{abs(x):,.{nd}f}".replace(",", " ").replace(".", ",")
    return ("–" if x < 0 else "") + s


def pct(a, b):
    return round((b - a) / a * 100 + 1e-9, 1)


def write_pdf(out):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    path = os.path.join(out, "ul_resandeuppfoljning_jan-sep_2025.pdf")
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["BodyText"], fontName="Helvetica", fontSize=9.5, leading=13,
                          alignment=TA_JUSTIFY, spaceAfter=6)
    h1 = ParagraphStyle("h1", parent=ss["Heading1"], fontName="Helvetica-Bold", fontSize=15, spaceAfter=8)
    h2 = ParagraphStyle("h2", parent=ss["Heading2"], fontName="Helvetica-Bold", fontSize=11, spaceBefore=8,
                        spaceAfter=4)
    cap = ParagraphStyle("cap", parent=body, fontName="Helvetica-Bold", fontSize=9, alignment=0, spaceAfter=3)
    small = ParagraphStyle("s", parent=body, fontSize=7.5, leading=9.5, alignment=0)

    def deco(c, doc):
        c.saveState()
        c.setFont("Helvetica", 8)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(20 * mm, 287 * mm, "Region Uppsala · Kollektivtrafikförvaltningen UL")
        c.drawRightString(190 * mm, 287 * mm, "Resandeuppföljning januari–september 2025")
        c.setStrokeColor(colors.HexColor("#AAAAAA"))
        c.line(20 * mm, 285 * mm, 190 * mm, 285 * mm)
        c.line(20 * mm, 14 * mm, 190 * mm, 14 * mm)
        c.drawString(20 * mm, 10 * mm, "Dnr KTF 2025-0841 · Rapport till trafik- och samhällsutvecklingsnämnden")
        c.drawRightString(190 * mm, 10 * mm, f"Sida {doc.page} av 2")
        c.restoreState()

    s24 = sum(r[1] for r in UL)
    s25 = sum(r[2] for r in UL)
    tot24 = s24 + UL_TAG[1]
    tot25 = s25 + UL_TAG[2]
    story = [Paragraph("Resandeuppföljning januari–september 2025", h1),
             Paragraph("Sammanfattning", h2),
             Paragraph(
                 "Resandet i UL-trafiken fortsatte att öka under årets tre första kvartal. Under helåret 2024 "
                 "gjordes 41,6 miljoner påstigningar i UL:s buss- och tågtrafik, och trafikförsörjningsprogrammets mål "
                 "är 45 miljoner påstigningar år 2030. För januari–september 2025 uppgick antalet påstigande till "
                 f"{fsv(tot25 / 1000, 1)} miljoner, vilket är {dc(pct(tot24, tot25))} procent fler än motsvarande "
                 "period 2024. Upptåget ökade med 7,9 procent och står därmed för den största relativa ökningen, "
                 "medan stadstrafiken i Uppsala ökade med 3,1 procent.", body),
             Paragraph(
                 "Nöjd kund-index (NKI) för UL låg på 64 procent i den senaste mätningen, två enheter lägre än 2024. "
                 "Andelen resenärer som betalar med app eller kontaktlöst kort var 71 procent i september. "
                 "Kostnadstäckningsgraden för hela verksamheten beräknas till 52 procent för helåret 2025 enligt "
                 "delårsprognosen, jämfört med 54 procent 2024.", body),
             Paragraph("Om statistiken", h2),
             Paragraph(
                 "Påstigande räknas med automatiska passagerarräknare och biljettvalideringar per fordon. En resa med "
                 "ett byte ger därför två påstigningar, och antalet påstigande är större än antalet resor. Antalet "
                 "resor (betalda reseprodukter) redovisas inte per kommun. Busslinjer som passerar flera kommuner "
                 "fördelas efter den hållplats där resenären stiger på. Uppgifterna för september 2025 är "
                 "preliminära och kan komma att justeras med upp till en procent när räknardata har validerats.",
                 body),
             Paragraph("Påstigande per kommun", h2),
             Paragraph(
                 "Tabell 1 visar påstigande i busstrafiken fördelat på den kommun där påstigningen sker. Uppsala "
                 "kommun redovisas på två rader: stadstrafiken och den regionala busstrafiken inom kommunen. "
                 "Upptåget redovisas separat eftersom tågtrafiken inte fördelas per kommun. I Älvkarleby minskade "
                 "resandet något efter att linje 823 fick glesare turtäthet från augusti 2024; i Skutskär ökade dock "
                 "antalet påstigande på linje 821 med cirka 2 procent.", body),
             Spacer(1, 4),
             Paragraph("Tabell 1. Påstigande i busstrafiken per kommun och i Upptåget, januari–september, tusental",
                       cap)]
    data = [["Kommun / trafikslag", "Jan–sep 2024", "Jan–sep 2025*", "Förändring, %"]]
    for name, a, b in UL:
        data.append([name, fsv(a), fsv(b), ("+" if b >= a else "") + fsv(pct(a, b))])
    data.append(["Summa busstrafik", fsv(s24), fsv(s25), "+" + fsv(pct(s24, s25))])
    data.append([UL_TAG[0], fsv(UL_TAG[1]), fsv(UL_TAG[2]), "+" + fsv(pct(UL_TAG[1], UL_TAG[2]))])
    data.append(["Totalt UL", fsv(tot24), fsv(tot25), "+" + fsv(pct(tot24, tot25))])
    t = Table(data, colWidths=[62 * mm, 30 * mm, 30 * mm, 30 * mm])
    n = len(data)
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), "Helvetica", 8.5),
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5),
        ("FONT", (0, n - 3), (-1, n - 3), "Helvetica-Bold", 8.5),
        ("FONT", (0, n - 1), (-1, n - 1), "Helvetica-Bold", 8.5),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
        ("LINEABOVE", (0, n - 3), (-1, n - 3), 0.5, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E4EEF5")),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    story += [t, Spacer(1, 3),
              Paragraph("* September 2025 preliminärt. Källa: UL, automatisk passagerarräkning och biljettsystem.",
                        small),
              PageBreak()]
    # page 2
    pop = POP24
    uppsala25 = UL[0][2] + UL[1][2]
    per_inv = [("Uppsala", uppsala25)] + [(r[0], r[2]) for r in UL[2:]]
    data2 = [["Kommun", "Påstigande jan–sep 2025*, tusental", "Folkmängd 31 dec 2024", "Påstigande per invånare"]]
    for name, v in per_inv:
        data2.append([name, fsv(v), f"{pop[name]:,}".replace(",", " "), dc(v * 1000 / pop[name], 1)])
    t2 = Table(data2, colWidths=[40 * mm, 42 * mm, 38 * mm, 36 * mm])
    t2.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), "Helvetica", 8.5),
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    story += [Paragraph("Resande i förhållande till befolkningen", h2),
              Paragraph(
                  "För att kunna jämföra kommunerna redovisas i tabell 2 påstigande per invånare. Måttet påverkas "
                  "av att resenärer från andra kommuner och län stiger på i kommunen, vilket särskilt gäller Uppsala "
                  "med resecentrum och universitetssjukhuset. Under helåret 2024 var antalet påstigande per invånare "
                  "i länet 102,7, och i Knivsta, där pendlingen till Arlanda och Stockholm till stor del sker med tåg, "
                  "var motsvarande värde 36,8.", body),
              Paragraph("Tabell 2. Påstigande i busstrafiken per invånare, januari–september 2025", cap),
              t2, Spacer(1, 3),
              Paragraph("* September 2025 preliminärt. Uppsala = stadstrafik och regional busstrafik sammanlagt.",
                        small),
              Paragraph("Fortsatt arbete", h2),
              Paragraph(
                  "Inför tidtabellsskiftet i december 2025 förstärks linje 801 mellan Enköping och Uppsala med 14 "
                  "nya avgångar per vardag, och en ny expressbusslinje 887 mellan Östhammar och Uppsala införs. "
                  "Förvaltningen räknar med att dessa åtgärder ger cirka 350 000 fler påstigande per år. "
                  "Till nämndens sammanträde i februari 2026 redovisas helårsutfallet 2025 tillsammans med "
                  "resultatet av resvaneundersökningen, där 1 840 invånare i länet har svarat.", body),
              Paragraph(
                  "Frågor om rapporten besvaras av förvaltningens analysenhet. Rapporten har tagits fram med "
                  "uppgifter per den 14 oktober 2025.", body)]
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=22 * mm,
                            bottomMargin=20 * mm, title="Resandeuppföljning januari–september 2025",
                            author="Region Uppsala")
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


# =============================================================== 5. företagsstöd XLSX
FIRMS = [
    ("Fyrislunds Mekaniska AB", "Uppsala"), ("Bolandets Bageri AB", "Uppsala"), ("Gamla Uppsala Labb AB", "Uppsala"),
    ("Librobäck Data AB", "Uppsala"), ("Sävja Snickeri HB", "Uppsala"), ("Ultuna Agritech AB", "Uppsala"),
    ("Kungsängens Foto AB", "Uppsala"),
    ("Enköpings Plåt & Vent AB", "Enköping"), ("Grönsöö Handelsträdgård AB", "Enköping"),
    ("Västerled Logistik AB", "Enköping"), ("Lillsidans Kött AB", "Enköping"),
    ("Gimo Precision AB", "Östhammar"), ("Öregrunds Båtvarv AB", "Östhammar"), ("Alunda Byggtjänst AB", "Östhammar"),
    ("Forsmarks Svets & Montage AB", "Östhammar"),
    ("Tierps Järnhandel AB", "Tierp"), ("Söderfors Smide AB", "Tierp"), ("Karlholms Café & Gårdsbutik HB", "Tierp"),
    ("Knivsta Medtech AB", "Knivsta"), ("Alsike Ekonomitjänst AB", "Knivsta"),
    ("Bålsta Glas AB", "Håbo"), ("Skokloster Turism AB", "Håbo"),
    ("Skutskärs Elteknik AB", "Älvkarleby"), ("Älvkarleö Laxfiske AB", "Älvkarleby"),
    ("Östervåla Lanthandel AB", "Heby"), ("Morgongåva Trä AB", "Heby"), ("Harbo Ostmakeri AB", "Heby"),
]
FORMS = {"Konsultcheck": (40, 200), "Innovationscheck": (100, 300), "Investeringsstöd": (300, 2400),
         "Stöd till kommersiell service": (60, 400)}
RURAL = {"Östhammar", "Tierp", "Heby", "Älvkarleby"}


_ro = random.Random(1690)
ORGNR = {f: ("96" if f.endswith(" HB") else "55") + f"{_ro.randint(6000, 9999)}-{_ro.randint(1000, 9999)}"
         for f, _ in FIRMS}
FORETAG_SEED = 181


def foretag_register():
    rnd = random.Random(FORETAG_SEED)
    recs = []
    seq = {2023: 100, 2024: 100, 2025: 100}
    for year, nrec in ((2023, 17), (2024, 18), (2025, 15)):
        days = sorted(rnd.sample(range(15, 330 if year < 2025 else 290), nrec))
        for d in days:
            firm, kom = rnd.choice(FIRMS)
            forms = ["Konsultcheck", "Konsultcheck", "Innovationscheck", "Investeringsstöd"]
            if kom in RURAL:
                forms.append("Stöd till kommersiell service")
            form = rnd.choice(forms)
            lo, hi = FORMS[form]
            sokt = rnd.randint(lo, hi) * 1000
            u = rnd.random()
            if year == 2023:
                status = "Avslag" if u < 0.15 else ("Återkallat" if u < 0.24 else "Slututbetalt")
            elif year == 2024:
                status = "Avslag" if u < 0.2 else ("Återkallat" if u < 0.28 else
                                                   ("Delutbetalt" if u < 0.5 else "Slututbetalt"))
            else:
                status = "Avslag" if u < 0.15 else ("Delutbetalt" if u < 0.35 else "Beviljat")
            if status == "Avslag":
                bev, utb = 0, 0
            else:
                bev = int(round(sokt * rnd.choice([1, 1, 0.9, 0.8, 0.75]), -3))
                if status == "Slututbetalt":
                    utb = bev - rnd.choice([0, 0, 0, 4000, 11500, 23000]) if bev > 50000 else bev
                elif status == "Delutbetalt":
                    utb = int(round(bev * rnd.choice([0.3, 0.5, 0.6]), -3))
                else:
                    utb = 0
            seq[year] += rnd.randint(3, 19)
            date = dt.date(year, 1, 1) + dt.timedelta(days=d)
            orgnr = ORGNR[firm]
            recs.append([f"RUFS {year}-{seq[year]:05d}", date, form, firm, orgnr, kom, sokt, bev, utb, status])
    return recs


def write_foretag(out):
    recs = foretag_register()
    wb = Workbook()
    ws0 = wb.active
    ws0.title = "Läs mig"
    txt = [
        "Regionalt företagsstöd – beslut 2023–2025",
        "Region Uppsala, Regional utveckling. Uttag ur ärendesystemet 2025-11-14.",
        "",
        "Bladet 'Beslut' innehåller ett ärende per rad (beslut om stöd till företag i Uppsala län).",
        "Bladet 'Per kommun' summerar BEVILJAT belopp per kommun och beslutsår. Där ingår inte återkallade "
        "beslut och inte avslag.",
        "",
        "Kolumner",
        "Sökt belopp: det belopp företaget ansökte om, kronor.",
        "Beviljat belopp: det belopp som beviljades i beslutet, kronor. Avslag har 0 kr.",
        "Utbetalt t.o.m. 2025-10-31: summa utbetalningar fram till och med 31 oktober 2025, kronor.",
        "Status: Beviljat (ingen utbetalning ännu), Delutbetalt, Slututbetalt (ärendet avslutat; slututbetalningen "
        "kan vara lägre än beviljat belopp om projektets kostnader blev lägre), Återkallat (beslutet har "
        "återkallats, t.ex. för att projektet inte genomfördes – beviljat belopp står kvar i registret men "
        "inget har betalats ut), Avslag.",
        "",
        "Raden 'Summa' längst ned i bladet Beslut summerar alla rader oavsett status.",
        "Kontakt: regional.utveckling@example.se",
    ]
    for i, t in enumerate(txt, 1):
        ws0.cell(row=i, column=1, value=t or None)
    ws0["A1"].font = Font(bold=True, size=13)
    ws0["A7"].font = Font(bold=True)
    ws0.column_dimensions["A"].width = 120

    ws = wb.create_sheet("Beslut")
    hdr = ["Ärendenummer", "Beslutsdatum", "Stödform", "Sökande", "Org.nr", "Kommun", "Sökt belopp (kr)",
           "Beviljat belopp (kr)", "Utbetalt t.o.m. 2025-10-31 (kr)", "Status"]
    ws.append(hdr)
    for c in range(1, 11):
        cell = ws.cell(row=1, column=c)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    for rec in recs:
        ws.append(rec)
    last = ws.max_row
    for r in range(2, last + 1):
        ws.cell(row=r, column=2).number_format = "yyyy-mm-dd"
        for c in (7, 8, 9):
            ws.cell(row=r, column=c).number_format = '#,##0" kr"'
    ws.auto_filter.ref = f"A1:J{last}"
    srow = last + 2
    ws.cell(row=srow, column=1, value=f"Summa ({len(recs)} ärenden)").font = Font(bold=True)
    for c, idx in ((7, 6), (8, 7), (9, 8)):
        cell = ws.cell(row=srow, column=c, value=sum(rec[idx] for rec in recs))
        cell.number_format = '#,##0" kr"'
        cell.font = Font(bold=True)
    widths = [17, 12, 26, 30, 13, 12, 15, 15, 17, 13]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.column_dimensions["E"].hidden = True
    ws.freeze_panes = "A2"
    ws.row_dimensions[1].height = 32

    ws2 = wb.create_sheet("Per kommun")
    ws2["A1"] = "Beviljat belopp per kommun och beslutsår, tusental kronor (exkl. återkallade beslut och avslag)"
    ws2["A1"].font = Font(bold=True)
    ws2.append([])
    ws2.append(["Kommun", "2023", "2024", "2025", "Totalt"])
    for c in range(1, 6):
        ws2.cell(row=3, column=c).font = Font(bold=True)
    tot = {y: 0 for y in (2023, 2024, 2025)}
    for _, kom in MUNS:
        vals = []
        for y in (2023, 2024, 2025):
            s = sum(r[7] for r in recs if r[5] == kom and r[1].year == y and r[9] not in ("Återkallat", "Avslag"))
            vals.append(s / 1000)
            tot[y] += s
        ws2.append([kom] + vals + [sum(vals)])
    ws2.append(["Totalt"] + [tot[y] / 1000 for y in (2023, 2024, 2025)] + [sum(tot.values()) / 1000])
    for r in range(4, ws2.max_row + 1):
        for c in range(2, 6):
            ws2.cell(row=r, column=c).number_format = "#,##0.0"
    for c in range(1, 6):
        ws2.cell(row=ws2.max_row, column=c).font = Font(bold=True)
    ws2.column_dimensions["A"].width = 14
    wb.save(os.path.join(out, "region_uppsala_foretagsstod_beslut_2023-2025.xlsx"))


# =============================================================== 6. förvärvsfrekvens XLSX (PxWeb-like)
GROUPS = ["född i Sverige", "Norden utom Sverige", "EU utom Norden", "övriga världen"]
# (befolkning 20-64, förvärvsarbetande) for född i Sverige and the three foreign-born groups
FF = {
    2022: {
        "Håbo": [(10520, 9381), (402, 317), (455, 367), (1402, 1001)],
        "Älvkarleby": [(4318, 3661), (188, 131), (121, 86), (752, 420)],
        "Knivsta": [(9465, 8466), (301, 245), (512, 420), (1521, 1079)],
        "Heby": [(6902, 5966), (244, 172), (233, 170), (1025, 571)],
        "Tierp": [(10145, 8756), (368, 268), (254, 180), (1607, 921)],
        "Uppsala": [(109880, 92716), (1955, 1468), (5170, 4218), (26120, 15488)],
        "Enköping": [(21380, 18629), (832, 626), (1088, 851), (4425, 2742)],
        "Östhammar": [(10230, 8978), (315, 240), (318, 245), (1122, 681)],
    },
    2023: {
        "Håbo": [(10561, 9395), (398, 316), (468, 381), (1468, 1063)],
        "Älvkarleby": [(4296, 3619), (182, 127), (126, 89), (791, 446)],
        "Knivsta": [(9590, 8551), (299, 244), (530, 436), (1618, 1174)],
        "Heby": [(6875, 5927), (241, 168), (238, 174), (1081, 620)],
        "Tierp": [(10098, 8683), (361, 262), (262, 185), (1702, 992)],
        "Uppsala": [(111420, 93862), (1910, 1452), (5240, 4310), (26650, 15830)],
        "Enköping": [(21455, 18670), (818, 617), (1120, 878), (4690, 2960)],
        "Östhammar": [(10205, 8934), (309, 237), (327, 253), (1185, 736)],
    },
}
FF_RIKET = {
    2022: [(4105200, 3482100), (139800, 101200), (233400, 184800), (1478600, 900400)],
    2023: [(4098700, 3473800), (136900, 99300), (241200, 191400), (1527300, 936100)],
}


def ff_blocks():
    """list of (region, [(label, {year: (pop, emp, rate)})])"""
    out = []
    regs = [("00 Riket", FF_RIKET)]
    lan = {y: [tuple(sum(FF[y][n][g][k] for _, n in MUNS) for k in range(2)) for g in range(4)] for y in FF}
    regs.append(("03 Uppsala län", lan))
    for code, n in MUNS:
        regs.append((f"{code} {n}", {y: FF[y][n] for y in FF}))
    for reg, d in regs:
        lines = []
        for lab in ["totalt", "född i Sverige", "utrikes född", "därav född i Norden utom Sverige",
                    "därav född i EU utom Norden", "därav född i övriga världen"]:
            vals = {}
            for y in (2022, 2023):
                g = d[y]
                if lab == "totalt":
                    p, e = sum(x[0] for x in g), sum(x[1] for x in g)
                elif lab == "född i Sverige":
                    p, e = g[0]
                elif lab == "utrikes född":
                    p, e = sum(x[0] for x in g[1:]), sum(x[1] for x in g[1:])
                else:
                    idx = {"därav född i Norden utom Sverige": 1, "därav född i EU utom Norden": 2,
                           "därav född i övriga världen": 3}[lab]
                    p, e = g[idx]
                vals[y] = (p, e, round(e / p * 100 + 1e-9, 1))
            lines.append((lab, vals))
        out.append((reg, lines))
    return out


def write_ff(out):
    wb = Workbook()
    ws = wb.active
    ws.title = "Tabell"
    ws["A1"] = ("Förvärvsarbetande och befolkning 20–64 år samt förvärvsfrekvens efter region, födelseregion, "
                "tabellinnehåll och år")
    ws["A1"].font = Font(bold=True)
    ws.merge_cells("C3:E3")
    ws["C3"] = "2022"
    ws.merge_cells("F3:H3")
    ws["F3"] = "2023"
    heads = ["Förvärvsarbetande 20–64 år", "Befolkning 20–64 år", "Förvärvsfrekvens, %"]
    for i, h in enumerate(heads * 2):
        ws.cell(row=4, column=3 + i, value=h)
    for r in (3, 4):
        for c in range(1, 9):
            ws.cell(row=r, column=c).font = Font(bold=True)
            ws.cell(row=r, column=c).alignment = Alignment(horizontal="center", wrap_text=True)
    ws.row_dimensions[4].height = 30
    r = 5
    for reg, lines in ff_blocks():
        for j, (lab, vals) in enumerate(lines):
            if j == 0:
                ws.cell(row=r, column=1, value=reg)
            ws.cell(row=r, column=2, value=lab)
            for k, y in enumerate((2022, 2023)):
                p, e, rate = vals[y]
                ws.cell(row=r, column=3 + 3 * k, value=e).number_format = "0"
                ws.cell(row=r, column=4 + 3 * k, value=p).number_format = "0"
                ws.cell(row=r, column=5 + 3 * k, value=rate).number_format = "0.0"
            if lab.startswith("därav"):
                ws.row_dimensions[r].outlineLevel = 1
                ws.row_dimensions[r].hidden = True
            r += 1
    r += 1
    foot = ["Förvärvsfrekvens = förvärvsarbetande i procent av befolkningen i respektive grupp.",
            "Raderna 'därav' är grupperade (dolda); utrikes född = summan av de tre därav-raderna.",
            "Uppgifterna avser november respektive år.",
            "Källa: SCB, Befolkningens arbetsmarknadsstatus (BAS). Statistikdatabasen, uttag 2025-05-22."]
    for t in foot:
        ws.cell(row=r, column=1, value=t)
        r += 1
    ws.sheet_properties.outlinePr.summaryBelow = False
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 32
    for c in range(3, 9):
        ws.column_dimensions[get_column_letter(c)].width = 14
    wb.save(os.path.join(out, "scb_forvarvsfrekvens_fodelseregion_uppsala_lan_2022-2023.xlsx"))


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    write_pendling(out)
    write_bistand(out)
    write_komvux(out)
    write_pdf(out)
    write_foretag(out)
    write_ff(out)
    for f in sorted(os.listdir(out)):
        print(f, os.path.getsize(os.path.join(out, f)))


if __name__ == "__main__":
    main()
