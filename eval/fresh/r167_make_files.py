#!/usr/bin/env python
"""r167 – Region Värmland: six invented but plausible statistics files.

usage: python r167_make_files.py OUT_DIR

Writes
  1. scb_befolkningsforandringar_kvartal_varmland_2024-2025.csv  (Windows-1252, ';', CRLF, cumulative 2025 periods)
  2. af_inskrivna_arbetslosa_kommuner_varmland_okt2025.xlsx      (ranked list with Riket/län rows inserted, hidden column)
  3. fk_sjukpenningtal_ohalsotal_varmland_dec2025.txt            (Excel "Unicode-text": UTF-16LE, TAB, decimal comma)
  4. visit_varmland_besoksnaringen_sommaren_2025.pdf             (report with two tables in running text)
  5. bi_export_nyforetagande_konkurser_varmland.csv              (BI-tool export: UTF-8 BOM, ',', decimal point)
  6. skolverket_gymnasieskolan_varmland_ht2025.xlsx               (Hemkommun / Skolkommun sheets, ".." and "-")
All figures are invented (deterministic, no randomness).
"""
import os
import sys
from decimal import Decimal, ROUND_HALF_UP

# --------------------------------------------------------------------------------------------
KOM = [  # code, name  (SCB code order)
    ("1715", "Kil"), ("1730", "Eda"), ("1737", "Torsby"), ("1760", "Storfors"), ("1761", "Hammarö"),
    ("1762", "Munkfors"), ("1763", "Forshaga"), ("1764", "Grums"), ("1765", "Årjäng"), ("1766", "Sunne"),
    ("1780", "Karlstad"), ("1781", "Kristinehamn"), ("1782", "Filipstad"), ("1783", "Hagfors"),
    ("1784", "Arvika"), ("1785", "Säffle"),
]
NAMES = [n for _, n in KOM]
CODE = {n: c for c, n in KOM}


def rnd1(x):
    """round half up to one decimal, x may be Decimal/float/int"""
    return float(Decimal(str(x)).quantize(Decimal("0.1"), ROUND_HALF_UP))


def pct(a, b):
    return float((Decimal(a) * 100 / Decimal(b)).quantize(Decimal("0.1"), ROUND_HALF_UP))


def sv(x, dec=1):
    """Swedish decimal comma"""
    s = f"{x:.{dec}f}"
    return s.replace(".", ",")


def sp(n):
    """thousands with a normal space (for the PDF)"""
    s = f"{abs(int(n)):,}".replace(",", " ")
    return ("-" if n < 0 else "") + s


# ============================================================================================
# 1. SCB population change, cumulative quarters
# ============================================================================================
# folkmängd 2023-12-31 and components [födda, döda, inrikes inflyttningar, inrikes utflyttningar,
# invandringar, utvandringar] for 2024 (whole year) and for each quarter 2025 K1, K2, K3 separately.
SCB = {
    "1715": (12010, [101, 118, 543, 666, 115, 50], [[30, 35, 161, 148, 24, 14], [24, 37, 119, 133, 29, 7], [28, 32, 118, 163, 15, 11]]),
    "1730": (8390, [87, 83, 409, 378, 74, 39], [[18, 23, 96, 111, 19, 5], [18, 22, 96, 116, 18, 8], [17, 25, 108, 106, 16, 10]]),
    "1737": (11480, [96, 121, 484, 525, 61, 25], [[27, 31, 109, 119, 31, 11], [28, 31, 138, 157, 18, 9], [23, 32, 143, 162, 20, 12]]),
    "1760": (4010, [35, 44, 154, 188, 38, 10], [[8, 13, 42, 56, 9, 3], [9, 13, 50, 44, 8, 4], [8, 10, 49, 48, 5, 4]]),
    "1761": (16920, [148, 191, 653, 892, 100, 51], [[41, 44, 219, 220, 37, 17], [34, 45, 217, 183, 44, 19], [41, 56, 228, 228, 44, 12]]),
    "1762": (3620, [31, 39, 196, 150, 28, 12], [[8, 10, 45, 38, 5, 5], [9, 11, 46, 40, 7, 3], [9, 9, 41, 40, 5, 2]]),
    "1763": (11390, [109, 143, 528, 620, 79, 39], [[30, 30, 119, 117, 28, 13], [28, 37, 125, 123, 27, 8], [27, 28, 141, 111, 28, 8]]),
    "1764": (9010, [72, 98, 454, 471, 63, 27], [[23, 27, 108, 120, 23, 11], [19, 24, 87, 112, 19, 10], [20, 22, 96, 91, 24, 7]]),
    "1765": (9920, [88, 123, 409, 503, 79, 25], [[21, 31, 120, 126, 17, 11], [21, 24, 105, 132, 23, 8], [23, 26, 104, 104, 14, 12]]),
    "1766": (13050, [122, 144, 606, 706, 137, 52], [[26, 39, 154, 138, 35, 15], [27, 42, 168, 131, 35, 10], [34, 34, 156, 154, 18, 12]]),
    "1780": (96540, [755, 1143, 4822, 4786, 663, 433], [[249, 308, 1317, 1151, 140, 72], [248, 239, 937, 943, 176, 111], [204, 272, 1313, 1024, 134, 74]]),
    "1781": (24310, [215, 244, 1240, 1316, 234, 78], [[61, 81, 311, 282, 63, 30], [60, 66, 246, 237, 48, 18], [63, 72, 267, 253, 31, 20]]),
    "1782": (10280, [93, 106, 503, 568, 110, 40], [[22, 34, 116, 112, 28, 6], [21, 25, 111, 108, 19, 12], [26, 33, 129, 144, 18, 13]]),
    "1783": (11310, [98, 119, 500, 521, 119, 37], [[24, 30, 113, 118, 16, 9], [26, 35, 143, 147, 20, 8], [26, 33, 140, 149, 28, 6]]),
    "1784": (26020, [253, 313, 1311, 1235, 170, 107], [[59, 87, 297, 281, 55, 19], [64, 85, 305, 286, 55, 22], [64, 63, 261, 348, 40, 31]]),
    "1785": (15190, [132, 152, 775, 644, 144, 60], [[33, 43, 154, 185, 41, 9], [31, 45, 170, 152, 27, 18], [33, 49, 195, 208, 20, 11]]),
}
# moves between municipalities inside Värmland (count once on each side) – not part of the county's in/out
INTRA = {"2024": 5412, "K1": 1302, "K2": 1251, "K3": 1428}

SCB_ROWS = ["Folkmängd vid periodens slut", "Levande födda", "Döda", "Födelseöverskott",
            "Inrikes inflyttningar", "Inrikes utflyttningar", "Invandringar", "Utvandringar",
            "Flyttningsöverskott", "Folkökning"]
SCB_PERIODS = ["2024K1–K4", "2025K1", "2025K1–K2", "2025K1–K3"]


def scb_block(start_pop, comps):
    """comps = [B,D,I,U,Im,Em] for the period; returns dict row->value"""
    B, D, I, U, Im, Em = comps
    fo = B - D
    fl = (I - U) + (Im - Em)
    return {"Levande födda": B, "Döda": D, "Födelseöverskott": fo, "Inrikes inflyttningar": I,
            "Inrikes utflyttningar": U, "Invandringar": Im, "Utvandringar": Em, "Flyttningsöverskott": fl,
            "Folkökning": fo + fl, "Folkmängd vid periodens slut": start_pop + fo + fl}


def scb_data():
    """returns {region_label: {period: {row: value}}}"""
    out = {}
    tot = {p: [0] * 6 for p in ["2024", "K1", "K2", "K3"]}
    tot_pop = 0
    for code, name in KOM:
        p0, y24, q = SCB[code]
        tot_pop += p0
        for i in range(6):
            tot["2024"][i] += y24[i]
            for j, k in enumerate(["K1", "K2", "K3"]):
                tot[k][i] += q[j][i]
        out[f"{code} {name}"] = _periods(p0, y24, q)
    # county: inrikes flows exclude moves within the county
    cq = []
    for k in ["K1", "K2", "K3"]:
        c = list(tot[k]); c[2] -= INTRA[k]; c[3] -= INTRA[k]; cq.append(c)
    c24 = list(tot["2024"]); c24[2] -= INTRA["2024"]; c24[3] -= INTRA["2024"]
    county = {"17 Värmlands län": _periods(tot_pop, c24, cq)}
    county.update(out)
    return county


def _periods(p0, y24, q):
    res = {}
    b24 = scb_block(p0, y24)
    res["2024K1–K4"] = b24
    pop_end24 = b24["Folkmängd vid periodens slut"]
    cum = [0] * 6
    for j, lab in enumerate(["2025K1", "2025K1–K2", "2025K1–K3"]):
        cum = [cum[i] + q[j][i] for i in range(6)]
        res[lab] = scb_block(pop_end24, cum)
    return res


def write_scb(out_dir):
    data = scb_data()
    lines = ['"Befolkningsförändringar per kvartal efter region, förändringar och period. Värmlands län"', ""]
    lines.append(";".join(['"region"', '"förändringar"'] + [f'"{p}"' for p in SCB_PERIODS]))
    for reg, per in data.items():
        for row in SCB_ROWS:
            vals = [str(per[p][row]) for p in SCB_PERIODS]
            lines.append(";".join([f'"{reg}"', f'"{row}"'] + vals))
    lines += ["",
              '"Uppgifterna för 2025 är preliminära."',
              '"Perioderna för 2025 är ackumulerade från årets början: 2025K1 = januari–mars, 2025K1–K2 = januari–juni, 2025K1–K3 = januari–september."',
              '"Folkmängd avser folkmängden vid periodens slut (2024K1–K4 = 31 december 2024)."',
              '"För länet avser inrikes inflyttningar och inrikes utflyttningar flyttningar över länsgräns. Flyttningar mellan kommuner inom länet ingår i kommunernas men inte i länets siffror."',
              '"Folkökning = födelseöverskott + flyttningsöverskott. Flyttningsöverskott = inrikes inflyttningar - inrikes utflyttningar + invandringar - utvandringar."',
              '"Källa: SCB, befolkningsstatistik. Uttag 2025-11-14."']
    path = os.path.join(out_dir, "scb_befolkningsforandringar_kvartal_varmland_2024-2025.csv")
    with open(path, "w", encoding="cp1252", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    return path


# ============================================================================================
# 2. Arbetsförmedlingen – inskrivna arbetslösa oktober 2025, ranked list
# ============================================================================================
# name: (registerbaserad arbetskraft 16-64, arbetslösa okt 2025, andel okt 2024 (%),
#        arbetslösa 18-24, arbetskraft 18-24, arbetslösa utrikes födda, arbetskraft utrikes födda)
AF = {
    "Filipstad": (4710, 556, 11.2, 71, 402, 298, 905),
    "Säffle": (7130, 756, 9.7, 88, 598, 360, 1071),
    "Storfors": (1850, 189, 10.5, 24, 151, 88, 262),
    "Munkfors": (1610, 159, 8.8, 21, 129, 74, 228),
    "Grums": (4390, 413, 8.9, 52, 366, 187, 633),
    "Kristinehamn": (11620, 1057, 8.7, 131, 1012, 512, 1835),
    "Hagfors": (5160, 444, 8.9, 49, 418, 205, 712),
    "Årjäng": (4850, 417, 7.9, 45, 392, 196, 796),
    "Eda": (4020, 334, 8.0, 37, 321, 151, 668),
    "Arvika": (12560, 1005, 7.6, 118, 1064, 468, 1906),
    "Karlstad": (49850, 3838, 7.2, 452, 4987, 1934, 7342),
    "Torsby": (5370, 397, 7.6, 46, 437, 171, 736),
    "Sunne": (6240, 443, 6.6, 47, 510, 197, 852),
    "Forshaga": (5620, 388, 6.5, 44, 468, 158, 698),
    "Kil": (6010, 355, 5.6, 39, 497, 141, 689),
    "Hammarö": (8720, 401, 4.4, 43, 702, 149, 911),
}
# Riket: same tuple layout
AF_RIKET = (5459400, 371240, 6.6, 46120, 452300, 199870, 937600)
AF_LAN_RATE_2024 = 7.5  # published county figure for okt 2024


def af_rows():
    """returns list of dicts, municipalities + Riket + county, with derived figures"""
    rows = []
    for n, (L, A, r24, Y, LY, F, LF) in AF.items():
        r = pct(A, L)
        rows.append(dict(kind="kommun", name=n, code=CODE[n], L=L, A=A, rate=r, rate24=r24,
                         chg=rnd1(Decimal(str(r)) - Decimal(str(r24))), Y=Y, yrate=pct(Y, LY), F=F, frate=pct(F, LF)))
    s = lambda i: sum(v[i] for v in AF.values())
    L, A, Y, LY, F, LF = s(0), s(1), s(3), s(4), s(5), s(6)
    r = pct(A, L)
    rows.append(dict(kind="lan", name="Värmlands län", code="17", L=L, A=A, rate=r, rate24=AF_LAN_RATE_2024,
                     chg=rnd1(Decimal(str(r)) - Decimal(str(AF_LAN_RATE_2024))), Y=Y, yrate=pct(Y, LY), F=F, frate=pct(F, LF)))
    L, A, r24, Y, LY, F, LF = AF_RIKET
    r = pct(A, L)
    rows.append(dict(kind="riket", name="Riket", code="00", L=L, A=A, rate=r, rate24=r24,
                     chg=rnd1(Decimal(str(r)) - Decimal(str(r24))), Y=Y, yrate=pct(Y, LY), F=F, frate=pct(F, LF)))
    # sort by rate desc; for equal rate municipalities before county/Riket, then name
    order = {"kommun": 0, "lan": 1, "riket": 2}
    rows.sort(key=lambda d: (-d["rate"], order[d["kind"]], d["name"]))
    # competition ranking among municipalities only
    rank, prev, i = 0, None, 0
    for d in rows:
        if d["kind"] != "kommun":
            d["rank"] = None
            continue
        i += 1
        if d["rate"] != prev:
            rank = i
            prev = d["rate"]
        d["rank"] = rank
    return rows


def write_af(out_dir):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws0 = wb.active
    ws0.title = "Läs mig"
    info = [
        ("Inskrivna arbetslösa 16–64 år per kommun i Värmlands län, oktober 2025", True),
        ("", False),
        ("Källa: Arbetsförmedlingen, månadsstatistik. Publicerad 2025-11-12.", False),
        ("", False),
        ("Definitioner", True),
        ("Inskrivna arbetslösa = öppet arbetslösa + sökande i program med aktivitetsstöd.", False),
        ("Andel (%) = antal inskrivna arbetslösa i procent av den registerbaserade arbetskraften i samma grupp.", False),
        ("Andelen för 18–24 år är alltså andelen av arbetskraften 18–24 år, inte andelen unga bland de inskrivna arbetslösa.", False),
        ("Andelen för utrikes födda är andelen av den utrikes födda arbetskraften 16–64 år.", False),
        ("Förändring anges i procentenheter jämfört med oktober 2024.", False),
        ("", False),
        ("Kommunerna är sorterade efter andel inskrivna arbetslösa, högst först.", False),
        ("Värmlands län och Riket är inlagda i listan för jämförelse och har ingen rangordning.", False),
        ("Kommuner med samma andel har delad placering.", False),
        ("", False),
        ("Registerbaserad arbetskraft avser senast tillgängliga år och används som nämnare.", False),
    ]
    for i, (t, b) in enumerate(info, 1):
        ws0.cell(row=i, column=1, value=t).font = Font(bold=b, size=12 if i == 1 else 11)
    ws0.column_dimensions["A"].width = 110

    ws = wb.create_sheet("Kommuner okt 2025")
    ws["A1"] = "Inskrivna arbetslösa 16–64 år, oktober 2025 – kommunerna i Värmlands län rangordnade efter andel"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Andel i procent av registerbaserad arbetskraft. Förändring i procentenheter jämfört med oktober 2024."
    ws["A2"].font = Font(italic=True)
    thin = Side(style="thin", color="999999")
    hdr_fill = PatternFill("solid", fgColor="DCE6F1")
    # header rows 4-5
    heads4 = {1: "Rang", 2: "Kommun-\nkod", 3: "Kommun", 4: "Inskrivna arbetslösa 16–64 år",
              8: "Registerbaserad arbetskraft 16–64 år", 9: "varav 18–24 år", 11: "varav utrikes födda 16–64 år"}
    heads5 = {4: "Antal\nokt 2025", 5: "Andel (%)\nokt 2025", 6: "Andel (%)\nokt 2024", 7: "Förändring\n(procent-\nenheter)",
              9: "Antal", 10: "Andel (%)", 11: "Antal", 12: "Andel (%)"}
    for c, t in heads4.items():
        ws.cell(row=4, column=c, value=t)
    for c, t in heads5.items():
        ws.cell(row=5, column=c, value=t)
    for rng in ["A4:A5", "B4:B5", "C4:C5", "D4:G4", "H4:H5", "I4:J4", "K4:L4"]:
        ws.merge_cells(rng)
    for r in (4, 5):
        for c in range(1, 13):
            cell = ws.cell(row=r, column=c)
            cell.font = Font(bold=True)
            cell.fill = hdr_fill
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            cell.border = Border(top=thin, bottom=thin, left=thin, right=thin)
    ws.row_dimensions[5].height = 45
    r = 6
    cmp_fill = PatternFill("solid", fgColor="F2F2F2")
    for d in af_rows():
        vals = [d["rank"], d["code"], d["name"], d["A"], d["rate"], d["rate24"], d["chg"], d["L"],
                d["Y"], d["yrate"], d["F"], d["frate"]]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            if c in (4, 8, 9, 11):
                cell.number_format = "# ##0"
            elif c in (5, 6, 10, 12):
                cell.number_format = "0.0"
            elif c == 7:
                cell.number_format = "+0.0;-0.0;0.0"
            if d["kind"] != "kommun":
                cell.font = Font(bold=True, italic=True)
                cell.fill = cmp_fill
        r += 1
    ws.cell(row=r + 1, column=1, value="Värmlands län och Riket är inlagda för jämförelse och ingår inte i rangordningen.").font = Font(italic=True, size=9)
    ws.cell(row=r + 2, column=1, value="Källa: Arbetsförmedlingen.").font = Font(italic=True, size=9)
    widths = [6, 9, 16, 11, 11, 11, 12, 14, 9, 10, 9, 10]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.column_dimensions["H"].hidden = True  # the denominator is hidden in the delivered file
    ws.freeze_panes = "D6"
    path = os.path.join(out_dir, "af_inskrivna_arbetslosa_kommuner_varmland_okt2025.xlsx")
    wb.save(path)
    return path


# ============================================================================================
# 3. Försäkringskassan – sjukpenningtal and ohälsotal, Excel "Unicode text" (UTF-16 TAB)
# ============================================================================================
# name: (sjp K dec24, sjp M dec24, sjp K dec25, sjp M dec25, ohä K dec24, ohä M dec24, ohä K dec25, ohä M dec25)
FK = {
    "Kil": (15.2, 8.6, 14.8, 8.4, 33.5, 22.8, 32.6, 22.1),
    "Eda": (16.8, 9.9, 17.4, 10.1, 39.2, 27.5, 38.9, 27.0),
    "Torsby": (15.9, 9.4, 15.1, 9.0, 38.8, 28.4, 37.6, 27.2),
    "Storfors": (17.6, 10.8, 16.2, 10.2, 44.1, 31.6, 41.2, 29.7),
    "Hammarö": (13.1, 7.2, 13.4, 7.0, 27.4, 18.6, 27.0, 18.1),
    "Munkfors": (18.4, 10.1, 17.2, 9.8, 43.5, 30.2, 39.9, 27.4),
    "Forshaga": (15.6, 8.8, 15.9, 8.7, 34.9, 23.9, 34.1, 23.2),
    "Grums": (16.4, 9.6, 16.0, 9.5, 38.1, 26.8, 37.0, 26.1),
    "Årjäng": (14.7, 8.9, 14.1, 8.3, 35.2, 25.1, 34.6, 24.4),
    "Sunne": (15.3, 8.5, 15.0, 8.6, 35.8, 24.7, 35.0, 24.2),
    "Karlstad": (14.1, 7.6, 13.8, 7.5, 29.6, 19.8, 28.8, 19.3),
    "Kristinehamn": (16.2, 9.3, 16.5, 9.1, 37.4, 26.3, 36.8, 25.8),
    "Filipstad": (17.9, 11.2, 16.1, 9.9, 42.6, 31.4, 40.8, 30.1),
    "Hagfors": (16.1, 9.7, 15.3, 9.4, 39.7, 28.9, 38.9, 28.0),
    "Arvika": (15.5, 8.7, 15.2, 8.8, 35.1, 24.5, 34.7, 24.1),
    "Säffle": (16.6, 9.2, 16.9, 9.3, 38.3, 26.2, 37.9, 25.6),
}
FK_RIKET = (13.5, 7.3, 13.6, 7.4, 28.7, 18.7, 27.8, 18.2)
FK_WK = Decimal("0.48")  # women's share of the insured 16-64


def fk_total(k, m):
    return rnd1(FK_WK * Decimal(str(k)) + (1 - FK_WK) * Decimal(str(m)))


def fk_cases(name_or_L, sjp_t):
    L = name_or_L
    t = int((Decimal(L) * Decimal(str(sjp_t)) * Decimal("0.0029")).quantize(Decimal("1"), ROUND_HALF_UP))
    k = int((Decimal(t) * Decimal("0.66")).quantize(Decimal("1"), ROUND_HALF_UP))
    return t, k, t - k


def fk_table():
    """returns list of (region, kön, sjp24, sjp25, ohä24, ohä25, cases25)"""
    out = []

    def block(region, v, L):
        k24, m24, k25, m25, ok24, om24, ok25, om25 = v
        t = (fk_total(k24, m24), fk_total(k25, m25), fk_total(ok24, om24), fk_total(ok25, om25))
        ct, ck, cm = fk_cases(L, t[1])
        out.append((region, "Kvinnor och män", t[0], t[1], t[2], t[3], ct))
        out.append((region, "Kvinnor", k24, k25, ok24, ok25, ck))
        out.append((region, "Män", m24, m25, om24, om25, cm))
        return ct, ck, cm

    # county = labour-force weighted mean of municipality figures
    Ls = {n: AF[n][0] for n in NAMES}
    Ltot = sum(Ls.values())
    lan = tuple(rnd1(sum(Decimal(str(FK[n][i])) * Ls[n] for n in NAMES) / Ltot) for i in range(8))
    block("Riket", FK_RIKET, AF_RIKET[0])
    lan_pos = len(out)
    mun = []
    csum = [0, 0, 0]
    for code, n in KOM:
        tmp = len(out)
        c = block(f"{code} {n}", FK[n], Ls[n])
        csum = [csum[i] + c[i] for i in range(3)]
        mun.extend(out[tmp:])
        del out[tmp:]
    # county block with its cases = sum of municipalities
    k24, m24, k25, m25, ok24, om24, ok25, om25 = lan
    t = (fk_total(k24, m24), fk_total(k25, m25), fk_total(ok24, om24), fk_total(ok25, om25))
    out.append(("17 Värmlands län", "Kvinnor och män", t[0], t[1], t[2], t[3], csum[0]))
    out.append(("17 Värmlands län", "Kvinnor", k24, k25, ok24, ok25, csum[1]))
    out.append(("17 Värmlands län", "Män", m24, m25, om24, om25, csum[2]))
    out.extend(mun)
    return out


def write_fk(out_dir):
    NB = "\u00a0"  # Excel writes the thousands separator as a no-break space
    lines = ["Sjukpenningtal och ohälsotal per kommun och kön, Värmlands län, december 2024 och december 2025\t\t\t\t\t\t",
             "\t\t\t\t\t\t",
             "Region\tKön\tSjukpenningtal dec 2024\tSjukpenningtal dec 2025*\tOhälsotal dec 2024\tOhälsotal dec 2025*\tPågående sjukfall dec 2025* (antal)"]
    for reg, kon, a, b, c, d, n in fk_table():
        s = f"{n:,}".replace(",", NB)
        lines.append("\t".join([reg, kon, sv(a), sv(b), sv(c), sv(d), s]))
    lines += ["\t\t\t\t\t\t",
              "* Preliminära uppgifter.\t\t\t\t\t\t",
              "Sjukpenningtal: antal utbetalda dagar med sjukpenning och rehabiliteringspenning under de senaste 12 månaderna per registrerad försäkrad 16–64 år (nettodagar).\t\t\t\t\t\t",
              "Ohälsotal: antal utbetalda dagar med sjukpenning, rehabiliteringspenning, sjukersättning och aktivitetsersättning under de senaste 12 månaderna per registrerad försäkrad 16–64 år.\t\t\t\t\t\t",
              "Källa: Försäkringskassan. Bearbetning: Region Värmland, regional utveckling.\t\t\t\t\t\t"]
    path = os.path.join(out_dir, "fk_sjukpenningtal_ohalsotal_varmland_dec2025.txt")
    with open(path, "w", encoding="utf-16", newline="") as f:  # utf-16 writes the LE BOM
        f.write("\r\n".join(lines) + "\r\n")
    return path


# ============================================================================================
# 4. Visit Värmland PDF – guest nights summer 2025
# ============================================================================================
# row label: (gästnätter jun–aug 2024, varav utländska 2024, gästnätter jun–aug 2025, varav utländska 2025)
TOUR = [
    ("Karlstad", 412300, 61800, 428900, 66500),
    ("Torsby", 121800, 52400, 118200, 55600),
    ("Sunne", 98400, 24600, 104700, 27200),
    ("Årjäng", 88600, 48700, 99500, 57700),
    ("Arvika", 71200, 27800, 75800, 31100),
    ("Eda", 47300, 27900, 54100, 33000),
    ("Hagfors", 42100, 10900, 44900, 12600),
    ("Kristinehamn", 38900, 6200, 40200, 6800),
    ("Filipstad", 35300, 9500, 36100, 10100),
    ("Säffle", 28700, 7700, 31900, 8900),
    ("Kil", 18800, 3200, 17600, 3000),
    ("Hammarö", 15200, 2100, 15900, 2300),
    ("Forshaga", 12400, 1900, 13100, 2100),
    ("Grums", 9800, 2000, 10400, 2200),
    ("Munkfors/Storfors", 8900, 1700, 9400, 1900),
]
MONTH_SHARE = {"Juni": (Decimal("0.27"), Decimal("0.24")), "Juli": (Decimal("0.45"), Decimal("0.48"))}  # (svenska, utländska)


def tour_rows():
    rows = []
    for n, t24, u24, t25, u25 in TOUR:
        rows.append(dict(name=n, t24=t24, u24=u24, t25=t25, u25=u25,
                         chg=pct(t25 - t24, t24), ushare=pct(u25, t25)))
    T24 = sum(r[1] for r in TOUR); U24 = sum(r[2] for r in TOUR)
    T25 = sum(r[3] for r in TOUR); U25 = sum(r[4] for r in TOUR)
    county = dict(name="Värmlands län", t24=T24, u24=U24, t25=T25, u25=U25, chg=pct(T25 - T24, T24), ushare=pct(U25, T25))
    return rows, county


def tour_months():
    """county per month 2025: svenska, utländska, totalt ; and 2024 totalt per month"""
    rows, c = tour_rows()
    res = {}
    for yr, T, U in (("2025", c["t25"], c["u25"]), ("2024", c["t24"], c["u24"])):
        S = T - U
        sj = int((S * MONTH_SHARE["Juni"][0]).quantize(Decimal("1"), ROUND_HALF_UP) // 100 * 100)
        uj = int((U * MONTH_SHARE["Juni"][1]).quantize(Decimal("1"), ROUND_HALF_UP) // 100 * 100)
        sl = int((S * MONTH_SHARE["Juli"][0]).quantize(Decimal("1"), ROUND_HALF_UP) // 100 * 100)
        ul = int((U * MONTH_SHARE["Juli"][1]).quantize(Decimal("1"), ROUND_HALF_UP) // 100 * 100)
        res[yr] = {"Juni": (sj, uj), "Juli": (sl, ul), "Augusti": (S - sj - sl, U - uj - ul)}
    return res


def write_pdf(out_dir):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas as rl_canvas
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle, KeepTogether

    rows, county = tour_rows()
    months = tour_months()

    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._saved)
            for st in self._saved:
                self.__dict__.update(st)
                self._decorate(n)
                super().showPage()
            super().save()

        def _decorate(self, n):
            w, h = A4
            self.setFont("Helvetica", 8)
            self.setFillColor(colors.HexColor("#555555"))
            self.drawString(20 * mm, h - 12 * mm, "Visit Värmland · Region Värmland")
            self.drawRightString(w - 20 * mm, h - 12 * mm, "Besöksnäringen i Värmland – sommaren 2025")
            self.setStrokeColor(colors.HexColor("#2E7D32"))
            self.line(20 * mm, h - 14 * mm, w - 20 * mm, h - 14 * mm)
            self.line(20 * mm, 15 * mm, w - 20 * mm, 15 * mm)
            self.drawString(20 * mm, 10 * mm, "Rapport 2025:11 · Analys besöksnäring")
            self.drawRightString(w - 20 * mm, 10 * mm, f"Sida {self._pageNumber} av {n}")

    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["BodyText"], fontName="Times-Roman", fontSize=10.5, leading=14, alignment=TA_JUSTIFY, spaceAfter=6)
    h1 = ParagraphStyle("h1", parent=ss["Heading1"], fontName="Helvetica-Bold", fontSize=18, leading=22, textColor=colors.HexColor("#2E7D32"))
    h2 = ParagraphStyle("h2", parent=ss["Heading2"], fontName="Helvetica-Bold", fontSize=12.5, leading=16, spaceBefore=8)
    cap = ParagraphStyle("cap", parent=body, fontName="Helvetica-Bold", fontSize=9, leading=11, alignment=0, spaceAfter=3)
    note = ParagraphStyle("n", parent=body, fontName="Helvetica", fontSize=7.5, leading=9.5, alignment=0, textColor=colors.HexColor("#444444"))
    C = county
    story = [
        Paragraph("Besöksnäringen i Värmland – sommaren 2025", h1),
        Paragraph("Kommersiella gästnätter juni–augusti. Preliminär sammanställning, oktober 2025", ParagraphStyle("s", parent=body, fontName="Helvetica-Oblique", fontSize=11)),
        Spacer(1, 6),
        Paragraph("Sammanfattning", h2),
        Paragraph(
            f"Sommaren 2025 blev den starkaste hittills för den kommersiella besöksnäringen i Värmland. Under juni–augusti "
            f"registrerades {sp(C['t25'])} gästnätter på hotell, camping, stugbyar och vandrarhem, vilket är {sv(C['chg'])} procent "
            f"fler än samma period 2024 ({sp(C['t24'])}). Som jämförelse registrerades 2 184 600 gästnätter under hela året 2024, "
            f"så sommarmånaderna svarar för ungefär hälften av årets volym. Ökningen drevs främst av utländska gäster: de "
            f"utländska gästnätterna ökade till {sp(C['u25'])}, och Norge stod för 62 procent av dem. Tyskland och Nederländerna "
            f"följde med 14 respektive 9 procent.", body),
        Paragraph(
            "Beläggningsgraden på hotellen i Karlstad var 58 procent i juli, två procentenheter högre än året innan. "
            "Rumspriset steg med i genomsnitt 4,1 procent. Enligt vår bedömning var det främst gränshandeln och "
            "evenemangen – bland annat Rally-SM i Sunne och festivalerna i Arvika och Hagfors – som lockade nya besökare.", body),
        Paragraph("Utvecklingen månad för månad", h2),
        Paragraph(
            "Juli är som vanligt sommarens toppmånad. Juni påverkades av ett kallt och regnigt midsommarveckoslut, medan "
            "augusti blev varmare än normalt. Tabell 1 visar länets gästnätter per månad uppdelat på svenska och utländska gäster. "
            "Observera att siffrorna avser kommersiella boenden; fritidshus och privat uthyrning ingår inte.", body),
    ]
    t1 = [["Månad", "Svenska\n2025", "Utländska\n2025", "Totalt\n2025", "Totalt\n2024"]]
    sums = [0, 0, 0, 0]
    for m in ("Juni", "Juli", "Augusti"):
        s25, u25 = months["2025"][m]
        s24, u24 = months["2024"][m]
        t1.append([m, sp(s25), sp(u25), sp(s25 + u25), sp(s24 + u24)])
        sums = [sums[0] + s25, sums[1] + u25, sums[2] + s25 + u25, sums[3] + s24 + u24]
    t1.append(["Juni–augusti", sp(sums[0]), sp(sums[1]), sp(sums[2]), sp(sums[3])])
    tbl1 = Table(t1, colWidths=[32 * mm, 28 * mm, 28 * mm, 28 * mm, 28 * mm])
    tbl1.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5), ("FONT", (0, 1), (-1, -1), "Helvetica", 8.5),
        ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 8.5), ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black), ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
        ("LINEABOVE", (0, -1), (-1, -1), 0.5, colors.black), ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8F5E9")), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story += [KeepTogether([Paragraph("Tabell 1. Kommersiella gästnätter i Värmlands län per månad, juni–augusti 2025 och 2024", cap), tbl1,
                            Paragraph("Källa: SCB/Tillväxtverket, inkvarteringsstatistik. 2025 preliminära uppgifter.", note)]),
              Spacer(1, 6),
              Paragraph(
                  "I juli ökade Grums mest av alla kommuner, med 19 procent jämfört med juli 2024, men för sommaren som helhet "
                  "ser bilden annorlunda ut. Torsby tappade något efter att en större stugby hade stängt för renovering, "
                  "och Kil minskade för andra året i rad.", body),
              Paragraph("Kommunerna", h2),
              Paragraph(
                  "Tabell 2 visar de kommersiella gästnätterna per kommun för perioden juni–augusti. Karlstad står för drygt en "
                  "tredjedel av länets gästnätter. Procentuellt växte gränskommunerna i väster mest, vilket hänger samman med "
                  "den starka norska efterfrågan. Andelen utländska gästnätter är högst i Eda och Årjäng.", body)]
    t2 = [["Kommun", "Gästnätter\njun–aug 2024", "Gästnätter\njun–aug 2025*", "Förändring\n(%)", "Andel utländska\n2025 (%)"]]
    for r in rows:
        t2.append([r["name"], sp(r["t24"]), sp(r["t25"]), ("+" if r["chg"] > 0 else "") + sv(r["chg"]), sv(r["ushare"])])
    t2.append(["Värmlands län", sp(C["t24"]), sp(C["t25"]), ("+" if C["chg"] > 0 else "") + sv(C["chg"]), sv(C["ushare"])])
    tbl2 = Table(t2, colWidths=[36 * mm, 28 * mm, 28 * mm, 24 * mm, 30 * mm], repeatRows=1)
    tbl2.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5), ("FONT", (0, 1), (-1, -1), "Helvetica", 8.5),
        ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 8.5), ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black), ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
        ("LINEABOVE", (0, -1), (-1, -1), 0.5, colors.black), ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
        ("ROWBACKGROUNDS", (0, 1), (-1, -2), [colors.white, colors.HexColor("#F5F5F5")]),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8F5E9")), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story += [KeepTogether([Paragraph("Tabell 2. Kommersiella gästnätter per kommun, juni–augusti 2024 och 2025", cap), tbl2,
                            Paragraph("* Preliminära uppgifter. Munkfors och Storfors redovisas sammanslaget eftersom uppgifterna annars "
                                      "skulle röja enskilda anläggningar. Kommunerna är sorterade efter antal gästnätter 2024.", note)]),
              Spacer(1, 6),
              Paragraph("Campingsommaren", h2),
              Paragraph(
                  "Campingplatserna hade en stark säsong tack vare det varma augustivädret. I Sunne stod campingarna för 58 300 av "
                  "kommunens gästnätter, och i Årjäng för 41 700. Stugbyarna i Torsby och Hagfors hade sammanlagt 36 900 gästnätter. "
                  "Vandrarhemmen minskade med 3 procent i länet.", body),
              Paragraph("Utblick mot hösten", h2),
              Paragraph(
                  "Förbokningarna för september och oktober ligger 6 procent över förra årets nivå. Region Värmland och Visit Värmland "
                  "följer utvecklingen och återkommer med en helårsrapport i mars 2026. Då redovisas även antalet gästnätter per "
                  "boendeform och kommun för helåret 2025.", body),
              Paragraph("Metod och definitioner", h2),
              Paragraph(
                  "Kommersiella gästnätter avser övernattningar på hotell, campingplatser, stugbyar och vandrarhem med minst nio "
                  "bäddar, platser eller stugor. Uppgifterna kommer från den officiella inkvarteringsstatistiken. Uppgifterna för "
                  "2025 är preliminära och kan revideras. Privat uthyrning via förmedlingssajter ingår inte.", body)]
    path = os.path.join(out_dir, "visit_varmland_besoksnaringen_sommaren_2025.pdf")
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=22 * mm, bottomMargin=22 * mm,
                            title="Besöksnäringen i Värmland – sommaren 2025", author="Visit Värmland")
    doc.build(story, canvasmaker=NumberedCanvas)
    return path


# ============================================================================================
# 5. BI export – nystartade företag och konkurser
# ============================================================================================
# name: (befolkning 16-64 år, [nystartade 2022, 2023, 2024], [konkurser 2022, 2023, 2024], [anställda berörda 2022, 2023, 2024])
BI = {
    "Kil": (6720, [58, 55, 62], [3, 4, 2], [5, 11, 3]),
    "Eda": (4640, [49, 51, 58], [2, 3, 3], [4, 6, 9]),
    "Torsby": (5980, [57, 54, 61], [4, 3, 5], [12, 7, 14]),
    "Storfors": (2080, [14, 12, 15], [1, 2, 1], [0, 6, 2]),
    "Hammarö": (9850, [101, 94, 98], [3, 5, 4], [6, 9, 7]),
    "Munkfors": (1830, [11, 14, 13], [0, 1, 1], [0, 3, 1]),
    "Forshaga": (6350, [49, 55, 52], [2, 4, 3], [3, 10, 6]),
    "Grums": (5050, [38, 37, 41], [3, 2, 4], [9, 2, 11]),
    "Årjäng": (5520, [61, 64, 69], [2, 2, 3], [3, 4, 8]),
    "Sunne": (6900, [72, 69, 74], [4, 5, 5], [8, 13, 10]),
    "Karlstad": (60900, [655, 611, 640], [52, 61, 68], [148, 187, 214]),
    "Kristinehamn": (13700, [118, 114, 121], [9, 17, 14], [21, 52, 37]),
    "Filipstad": (5600, [36, 41, 39], [3, 4, 3], [6, 15, 4]),
    "Hagfors": (5900, [44, 49, 47], [2, 4, 3], [2, 9, 5]),
    "Arvika": (14600, [149, 141, 152], [10, 12, 11], [24, 31, 26]),
    "Säffle": (8300, [71, 76, 79], [5, 6, 7], [11, 14, 19]),
}
BI_POP_ADJ = {"2022": 1.004, "2023": 1.002, "2024": 1.0}


def bi_rows():
    rows = []
    for n in sorted(BI, key=lambda s: s.replace("Å", "Z1").replace("Ä", "Z2").replace("Ö", "Z3")):
        pop, N, K, E = BI[n]
        for yr in ["2024", "2023", "2022"]:
            i = int(yr) - 2022
            p = int((Decimal(pop) * Decimal(str(BI_POP_ADJ[yr]))).quantize(Decimal("1"), ROUND_HALF_UP))
            rate = float((Decimal(N[i]) * 1000 / Decimal(p)).quantize(Decimal("0.1"), ROUND_HALF_UP))
            rows.append(dict(Kommun=n, Kommunkod=CODE[n], År=int(yr), N=N[i], rate=rate, K=K[i], E=E[i]))
    return rows


def write_bi(out_dir):
    hdr = ["Kommun", "Kommunkod", "År", "Nystartade företag", "Nystartade företag per 1 000 invånare 16-64 år",
           "Konkurser", "Anställda berörda av konkurser"]
    lines = [",".join(f'"{h}"' for h in hdr)]
    for r in bi_rows():
        lines.append(",".join([f'"{r["Kommun"]}"', f'"{r["Kommunkod"]}"', str(r["År"]), str(r["N"]),
                               f'{r["rate"]:.1f}', str(r["K"]), str(r["E"])]))
    path = os.path.join(out_dir, "bi_export_nyforetagande_konkurser_varmland.csv")
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    return path


# ============================================================================================
# 6. Skolverket – gymnasieskolan, hemkommun and skolkommun
# ============================================================================================
# hemkommun: name: (elever ht 2025 totalt, varav introduktionsprogram,
#                   startkull ht 2022 antal, varav examen inom 3 år, startkull ht 2021 antal, varav examen inom 4 år)
SKH = {
    "Kil": (455, 41, 152, 109, 149, 114),
    "Eda": (290, 38, 98, 61, 101, 70),
    "Torsby": (395, 44, 129, 86, 134, 96),
    "Storfors": (140, 17, 46, 27, 44, 29),
    "Hammarö": (720, 46, 241, 188, 236, 192),
    "Munkfors": (118, 6, 39, 25, 41, 29),
    "Forshaga": (440, 39, 147, 103, 144, 108),
    "Grums": (335, 37, 112, 70, 109, 76),
    "Årjäng": (360, 42, 118, 75, 121, 84),
    "Sunne": (470, 40, 156, 111, 152, 115),
    "Karlstad": (3620, 298, 1196, 860, 1178, 914),
    "Kristinehamn": (880, 92, 291, 191, 286, 205),
    "Filipstad": (350, 45, 115, 68, 118, 78),
    "Hagfors": (380, 39, 126, 84, 124, 90),
    "Arvika": (960, 88, 318, 216, 312, 231),
    "Säffle": (545, 57, 166, 108, 170, 121),
}
SKH_RIKET = (381250, 32400, 123400, 86870, 121900, 93740)
# skolkommun: name: (elever totalt, varav introduktionsprogram, antal skolenheter) – None = ingen gymnasieskola
SKS = {
    "Kil": None, "Eda": None, "Torsby": (330, 41, 1), "Storfors": None, "Hammarö": None, "Munkfors": None,
    "Forshaga": None, "Grums": None, "Årjäng": (250, 33, 1), "Sunne": (520, 36, 2), "Karlstad": (6010, 402, 14),
    "Kristinehamn": (905, 91, 2), "Filipstad": (265, 42, 1), "Hagfors": (310, 38, 1), "Arvika": (1150, 95, 3),
    "Säffle": (470, 55, 1),
}
SKS_RIKET = (381250, 32400, 1318)
MASK_SMALL = {("Munkfors", "intro")}  # fewer than 10 -> ".."


def sk_hem_rows():
    rows = [("Riket", "00", SKH_RIKET)]
    s = [sum(v[i] for v in SKH.values()) for i in range(6)]
    rows.append(("Värmlands län", "17", tuple(s)))
    for c, n in KOM:
        rows.append((n, c, SKH[n]))
    return rows


def sk_skol_rows():
    rows = [("Riket", "00", SKS_RIKET)]
    vals = [v for v in SKS.values() if v]
    rows.append(("Värmlands län", "17", tuple(sum(v[i] for v in vals) for i in range(3))))
    for c, n in KOM:
        rows.append((n, c, SKS[n]))
    return rows


def write_skol(out_dir):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    wb = Workbook()
    ws0 = wb.active
    ws0.title = "Definitioner"
    txt = [
        "Gymnasieskolan – elever läsåret 2025/26 och examen, Värmlands län",
        "",
        "Blad Hemkommun: eleverna redovisas efter den kommun där de är folkbokförda, oavsett var skolan ligger.",
        "Blad Skolkommun: eleverna redovisas efter den kommun där skolenheten ligger.",
        "",
        "Antal elever avser läsåret 2025/26, mätdatum 15 oktober 2025.",
        "Examen inom 3 år: andel av de elever som började gymnasieskolan hösten 2022 som tagit gymnasieexamen inom 3 år (våren 2025).",
        "Examen inom 4 år: andel av de elever som började gymnasieskolan hösten 2021 som tagit gymnasieexamen inom 4 år (våren 2025).",
        "Observera att de två måtten avser olika startkullar.",
        "",
        "Förklaring av tecken:",
        "..  Uppgiften är för osäker eller skyddas av sekretess (färre än 10 elever).",
        "-   Ingen gymnasieskola i kommunen.",
        "",
        "Länets värden är summan av kommunerna. Riket inkluderar alla kommuner.",
        "Källa: Skolverket. Bearbetning: Region Värmland.",
    ]
    for i, t in enumerate(txt, 1):
        ws0.cell(row=i, column=1, value=t).font = Font(bold=(i in (1, 11)))
    ws0.column_dimensions["A"].width = 120

    thin = Side(style="thin", color="808080")
    fill = PatternFill("solid", fgColor="FFF2CC")

    def header_style(ws, r0, r1, ncol):
        for r in range(r0, r1 + 1):
            for c in range(1, ncol + 1):
                cell = ws.cell(row=r, column=c)
                cell.font = Font(bold=True)
                cell.fill = fill
                cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
                cell.border = Border(top=thin, bottom=thin, left=thin, right=thin)

    # --- Hemkommun
    ws = wb.create_sheet("Hemkommun")
    ws["A1"] = "Gymnasieskolan efter elevernas hemkommun, Värmlands län"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Elever läsåret 2025/26 samt examen våren 2025"
    ws["A4"] = "Kommun"; ws["B4"] = "Kommun-\nkod"
    ws["C4"] = "Antal elever läsåret 2025/26"
    ws["C5"] = "Totalt"; ws["D5"] = "varav nationella program"; ws["E5"] = "varav introduktions-\nprogram"
    ws["F4"] = "Examen inom 3 år\n(startade ht 2022)"
    ws["F5"] = "Antal i startkullen"; ws["G5"] = "Andel (%) med examen"
    ws["H4"] = "Examen inom 4 år\n(startade ht 2021)"
    ws["H5"] = "Antal i startkullen"; ws["I5"] = "Andel (%) med examen"
    for rng in ["A4:A5", "B4:B5", "C4:E4", "F4:G4", "H4:I4"]:
        ws.merge_cells(rng)
    header_style(ws, 4, 5, 9)
    ws.row_dimensions[4].height = 32
    ws.row_dimensions[5].height = 45
    r = 6
    for name, code, v in sk_hem_rows():
        tot, intro, k3, e3, k4, e4 = v
        nat = tot - intro
        vals = [name, code, tot, nat, intro, k3, pct(e3, k3), k4, pct(e4, k4)]
        if (name, "intro") in MASK_SMALL:
            vals[3] = ".."; vals[4] = ".."
        for c, val in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=val)
            if isinstance(val, float):
                cell.number_format = "0.0"
            elif isinstance(val, int):
                cell.number_format = "# ##0"
            if name in ("Riket", "Värmlands län"):
                cell.font = Font(bold=True)
        r += 1
    ws.cell(row=r + 1, column=1, value="Källa: Skolverket. Se bladet Definitioner.").font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFGHI", [16, 8, 10, 12, 14, 12, 12, 12, 12]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "C6"

    # --- Skolkommun
    ws = wb.create_sheet("Skolkommun")
    ws["A1"] = "Gymnasieskolan efter skolenhetens kommun, Värmlands län"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Elever läsåret 2025/26"
    ws["A4"] = "Kommun"; ws["B4"] = "Kommun-\nkod"
    ws["C4"] = "Antal elever läsåret 2025/26"
    ws["C5"] = "Totalt"; ws["D5"] = "varav nationella program"; ws["E5"] = "varav introduktions-\nprogram"
    ws["F4"] = "Antal skolenheter"
    for rng in ["A4:A5", "B4:B5", "C4:E4", "F4:F5"]:
        ws.merge_cells(rng)
    header_style(ws, 4, 5, 6)
    ws.row_dimensions[5].height = 45
    r = 6
    for name, code, v in sk_skol_rows():
        if v is None:
            vals = [name, code, "-", "-", "-", "-"]
        else:
            tot, intro, units = v
            vals = [name, code, tot, tot - intro, intro, units]
        for c, val in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=val)
            if isinstance(val, int):
                cell.number_format = "# ##0"
            if name in ("Riket", "Värmlands län"):
                cell.font = Font(bold=True)
        r += 1
    ws.cell(row=r + 1, column=1, value="- = ingen gymnasieskola i kommunen. Källa: Skolverket.").font = Font(italic=True, size=9)
    for col, w in zip("ABCDEF", [16, 8, 10, 12, 14, 12]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "C6"
    path = os.path.join(out_dir, "skolverket_gymnasieskolan_varmland_ht2025.xlsx")
    wb.save(path)
    return path


# ============================================================================================
def main():
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(1)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for fn in (write_scb, write_af, write_fk, write_pdf, write_bi, write_skol):
        print("wrote", fn(out))


if __name__ == "__main__":
    main()
