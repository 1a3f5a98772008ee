#!/usr/bin/env python3
"""r155 – six statistics files for Jämtlands län (Kunskapsbanken evaluation round).

Writes into ./out/ (next to this script):
  1. ARBL0214_JAMTLAND_202510.csv                      – legacy mainframe AF report (ASCII, upper case, trailing minus)
  2. BE0101_befolkningsforandringar_jamtland_2024.csv  – SCB population change, UTF-8 BOM, quoted headers with line breaks
  3. forvarvsinkomst_20-64_jamtland_2023-2024.xlsx     – income, sheet per year + HIDDEN superseded '2024 prel' sheet
  4. FK_sjukpenningtal_Jamtland_okt2025.xlsx           – dashboard workbook: 'Översikt' driven by a drop-down (Åre)
  5. Pendlingsanalys_Jamtlands_lan_2023.pdf             – report with a commuting O–D MATRIX (abbreviated headers)
  6. RUN_uppfoljning_projektmedel_2025_bilaga2.pdf      – project list over 3 pages with 'Summa att transportera'/'Transport'
"""
import csv
import io
import os
import sys

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "out")  # python3 r155_make_files.py OUT_DIR
os.makedirs(OUT, exist_ok=True)

KOMMUNER = ["Ragunda", "Bräcke", "Krokom", "Strömsund", "Åre", "Berg", "Härjedalen", "Östersund"]
KODER = {"Ragunda": "2303", "Bräcke": "2305", "Krokom": "2309", "Strömsund": "2313", "Åre": "2321",
         "Berg": "2326", "Härjedalen": "2361", "Östersund": "2380"}


def sv(x, dec=0):
    """Swedish number format: space thousands, decimal comma."""
    if isinstance(x, str):
        return x
    neg = x < 0
    s = f"{abs(x):,.{dec}f}".replace(",", " ").replace(".", ",")
    return ("-" if neg else "") + s


# ---------------------------------------------------------------------------
# 1. Legacy AF mainframe CSV
# ---------------------------------------------------------------------------
ASCII = {"Ragunda": "RAGUNDA", "Bräcke": "BRACKE", "Krokom": "KROKOM", "Strömsund": "STROMSUND",
         "Åre": "ARE", "Berg": "BERG", "Härjedalen": "HARJEDALEN", "Östersund": "OSTERSUND"}
TOT_OKT25 = {"Ragunda": 201, "Bräcke": 219, "Krokom": 356, "Strömsund": 379, "Åre": 293, "Berg": 190,
             "Härjedalen": 272, "Östersund": 2141}
OPP_OKT25 = {"Ragunda": 98, "Bräcke": 104, "Krokom": 201, "Strömsund": 176, "Åre": 184, "Berg": 97,
             "Härjedalen": 151, "Östersund": 1164}
D_TOT = {"Ragunda": 6, "Bräcke": -9, "Krokom": 21, "Strömsund": -14, "Åre": 38, "Berg": 3,
         "Härjedalen": 17, "Östersund": -112}
D_OPP = {"Ragunda": 4, "Bräcke": -6, "Krokom": 12, "Strömsund": -11, "Åre": 29, "Berg": -2,
         "Härjedalen": 10, "Östersund": -70}
RBA25 = {"Ragunda": 2350, "Bräcke": 2800, "Krokom": 7700, "Strömsund": 5100, "Åre": 7100, "Berg": 3200,
         "Härjedalen": 5100, "Östersund": 32500}
RBA24 = {"Ragunda": 2380, "Bräcke": 2820, "Krokom": 7640, "Strömsund": 5150, "Åre": 7010, "Berg": 3210,
         "Härjedalen": 5090, "Östersund": 32300}
PAT_STD = [1.07, 1.06, 1.04, 1.01, 0.98, 1.03, 1.06, 1.04, 0.99, 1.00]
PAT_ARE = [0.73, 0.64, 0.66, 0.88, 1.22, 1.03, 0.86, 0.88, 0.95, 1.00]
PAT_HJD = [0.82, 0.76, 0.78, 0.95, 1.15, 1.04, 0.93, 0.95, 0.97, 1.00]
OSH = [0.99, 0.98, 0.98, 1.00, 1.04, 1.06, 1.07, 1.03, 1.00, 1.00]  # open-share seasonality
MONTHS = [f"2025{m:02d}" for m in range(1, 11)]


def trailing_minus(v):
    return f"{-v}-" if v < 0 else str(v)


def af_rows():
    """Return dict kommun -> dict(kat -> list of 10 months + okt24)."""
    data = {}
    for k in KOMMUNER:
        pat = PAT_ARE if k == "Åre" else PAT_HJD if k == "Härjedalen" else PAT_STD
        base_share = OPP_OKT25[k] / TOT_OKT25[k]
        tot = [round(TOT_OKT25[k] * p) for p in pat]
        opp = [min(t, round(t * base_share * s)) for t, s in zip(tot, OSH)]
        tot[-1], opp[-1] = TOT_OKT25[k], OPP_OKT25[k]
        prg = [t - o for t, o in zip(tot, opp)]
        t24 = TOT_OKT25[k] - D_TOT[k]
        o24 = OPP_OKT25[k] - D_OPP[k]
        data[k] = {"OPP": opp + [o24], "PRG": prg + [t24 - o24], "TOT": tot + [t24]}
    return data


def write_af_csv():
    data = af_rows()
    kat_label = {"OPP": "OPPET ARBETSLOSA", "PRG": "SOKANDE I PROGRAM M AKT.STOD", "TOT": "TOT INSKR ARBETSLOSA"}
    lines = []
    lines.append("RAPPORT ARBL0214;INSKRIVNA ARBETSLOSA 16-64 AR PER KOMMUN OCH MANAD;;")
    lines.append("KORDATUM 2025-11-12 06:14;LAN 23 JAMTLANDS LAN;URVAL 202501-202510 SAMT 202410;SIDA 1;")
    lines.append(";")
    head = ["KNKOD", "KOMMUN", "KATEGORI"] + MONTHS + ["202410", "FORAND_ANT", "ANDEL_RBA_202510", "ANDEL_RBA_202410"]
    lines.append(";".join(head) + ";")
    lan = {kat: [0] * 11 for kat in ("OPP", "PRG", "TOT")}
    rows = [(KODER[k], ASCII[k], data[k], RBA25[k], RBA24[k]) for k in KOMMUNER]
    for k in KOMMUNER:
        for kat in lan:
            lan[kat] = [a + b for a, b in zip(lan[kat], data[k][kat])]
    rows.append(("23", "JAMTLANDS LAN", lan, sum(RBA25.values()), sum(RBA24.values())))
    for kod, namn, d, r25, r24 in rows:
        for kat in ("OPP", "PRG", "TOT"):
            v = d[kat]
            ch = v[9] - v[10]
            a25 = f"{v[9] / r25 * 100:.1f}"
            a24 = f"{v[10] / r24 * 100:.1f}"
            lines.append(";".join([kod, namn, kat_label[kat]] + [str(x) for x in v] + [trailing_minus(ch), a25, a24]) + ";")
    lines.append(";")
    lines.append("ANDEL_RBA = ANTAL / REGISTERBASERAD ARBETSKRAFT 16-64 AR (RAMS), PROCENT;")
    lines.append("FORAND_ANT = FORANDRING ANTAL 202410 TILL 202510. NEGATIVA VARDEN ANGES MED MINUSTECKEN EFTER SIFFRAN;")
    lines.append("TOT INSKR ARBETSLOSA = OPPET ARBETSLOSA + SOKANDE I PROGRAM M AKT.STOD;")
    lines.append("*** SLUT PA RAPPORT ARBL0214 ***;")
    with open(os.path.join(OUT, "ARBL0214_JAMTLAND_202510.csv"), "w", encoding="ascii", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------
# 2. SCB befolkningsförändringar 2024 – UTF-8 BOM, comma, quoted, multi-line headers
# ---------------------------------------------------------------------------
# start, födda, döda, inr in, inr ut, invandrade, utvandrade, justering
POP = {
    "Ragunda":    (5291, 38, 92, 241, 262, 61, 18, 0),
    "Bräcke":     (6338, 44, 101, 312, 318, 58, 21, -1),
    "Krokom":     (15722, 148, 139, 1102, 958, 96, 41, 2),
    "Strömsund":  (11384, 78, 176, 402, 421, 88, 27, -2),
    "Åre":        (12418, 112, 83, 1214, 1066, 207, 98, 3),
    "Berg":       (6896, 41, 105, 398, 347, 39, 22, 0),
    "Härjedalen": (9847, 72, 139, 520, 482, 118, 52, 1),
    "Östersund":  (64563, 628, 602, 3144, 2980, 402, 231, 5),
}
MALE_SHARE = (0.503, 0.52, 0.50, 0.51, 0.505, 0.53, 0.52, 0.5)
INTRA = (1416, 1424)  # moves between Jämtland kommuner 2024, män / kvinnor


def split(vals, kommun_idx):
    men, women = [], []
    for i, (v, s) in enumerate(zip(vals, MALE_SHARE)):
        adj = ((kommun_idx * 7 + i * 3) % 5 - 2) * (0.002 if i == 0 else 0.004)  # small deterministic variation
        m = int(round(v * (s + adj))) if i != 7 else (v + (1 if v > 0 else 0)) // 2
        men.append(m)
        women.append(v - m)
    return men, women


def derive(base):
    start, fod, dod, iin, iut, inv, utv, just = base
    fo = fod - dod
    fn = (iin - iut) + (inv - utv)
    ok = fo + fn + just
    return [start, fod, dod, fo, iin, iut, inv, utv, fn, just, ok, start + ok]


def write_pop_csv():
    header = ["Regionkod", "Region", "Kön", "Folkmängd\n31 dec 2023", "Levande\nfödda", "Döda", "Födelse-\növerskott",
              "Inrikes\ninflyttade", "Inrikes\nutflyttade", "Invandrade", "Utvandrade", "Flytt-\nnetto",
              "Justerings-\npost", "Folk-\nökning", "Folkmängd\n31 dec 2024"]
    buf = io.StringIO()
    w = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    w.writerow(["Befolkningsförändringar efter region, kön och förändringstyp. År 2024"])
    w.writerow([])
    w.writerow(header)
    lan = {"totalt": [0] * 8, "män": [0] * 8, "kvinnor": [0] * 8}
    for idx, k in enumerate(KOMMUNER):
        tot = list(POP[k])
        men, women = split(tot, idx)
        for kon, vals in (("totalt", tot), ("män", men), ("kvinnor", women)):
            lan[kon] = [a + b for a, b in zip(lan[kon], vals)]
            w.writerow([KODER[k], k, kon] + derive(vals))
    # county: inter-municipal moves inside the county cancel out
    lan["män"][3] -= INTRA[0]; lan["män"][4] -= INTRA[0]
    lan["kvinnor"][3] -= INTRA[1]; lan["kvinnor"][4] -= INTRA[1]
    lan["totalt"][3] -= sum(INTRA); lan["totalt"][4] -= sum(INTRA)
    for kon in ("totalt", "män", "kvinnor"):
        w.writerow(["23", "Jämtlands län", kon] + derive(lan[kon]))
    w.writerow([])
    w.writerow(["Födelseöverskott = levande födda - döda. Flyttnetto = (inrikes inflyttade - inrikes utflyttade) + (invandrade - utvandrade)."])
    w.writerow(["Folkökning = födelseöverskott + flyttnetto + justeringspost. Justeringsposten avser bl.a. personer som återfått folkbokföring."])
    w.writerow(["Inrikes flyttningar på länsnivå avser flyttningar över länsgräns; flyttningar mellan kommuner inom länet ingår i kommunernas men inte i länets inrikes in- och utflyttade."])
    w.writerow(["Källa: SCB, Befolkningsstatistik. Uttag 2025-03-21."])
    with open(os.path.join(OUT, "BE0101_befolkningsforandringar_jamtland_2024.csv"), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 3. Förvärvsinkomst XLSX with hidden superseded preliminary sheet
# ---------------------------------------------------------------------------
MED_T = {  # median total 20-64, tkr: 2023, 2024 final, 2024 prel
    "Ragunda":    (318.4, 329.1, 328.2),
    "Bräcke":     (326.9, 336.2, 335.1),
    "Krokom":     (352.7, 364.0, 362.8),
    "Strömsund":  (322.5, 331.8, 331.0),
    "Åre":        (338.1, 351.9, 347.6),
    "Berg":       (319.6, 330.7, 332.9),
    "Härjedalen": (329.4, 340.2, 338.6),
    "Östersund":  (361.8, 372.4, 371.5),
    "Jämtlands län": (347.5, 358.3, 357.4),
    "Riket":      (367.9, 379.6, 379.1),
}
GAPS = {  # (women below total, men above total) in tkr for median; mean factor
    "Ragunda": (19.8, 18.7), "Bräcke": (20.6, 19.9), "Krokom": (22.4, 21.1), "Strömsund": (18.9, 20.2),
    "Åre": (24.1, 22.8), "Berg": (19.5, 18.4), "Härjedalen": (21.3, 19.6), "Östersund": (16.3, 17.3),
    "Jämtlands län": (18.6, 19.0), "Riket": (21.9, 22.4),
}
N2064 = {  # antal personer 20-64 år 2024 (kvinnor, män); 2023 slightly different
    "Ragunda": (1322, 1451), "Bräcke": (1610, 1795), "Krokom": (4236, 4502), "Strömsund": (2811, 3096),
    "Åre": (3402, 3957), "Berg": (1744, 1921), "Härjedalen": (2528, 2857), "Östersund": (18402, 19013),
}


def income_rows(year_idx, prel=False):
    rows = []
    col = 2 if prel else year_idx
    kvinnor_tot = man_tot = 0
    for name in KOMMUNER + ["Jämtlands län", "Riket"]:
        t = MED_T[name][col]
        gk, gm = GAPS[name]
        shift = (-0.6 if year_idx == 0 else 0.0)
        k_med = round(t - gk + shift, 1)
        m_med = round(t + gm - shift, 1)
        if name == "Riket":
            nk, nm = (2_745_310, 2_861_044) if year_idx == 1 else (2_738_902, 2_850_117)
        elif name == "Jämtlands län":
            nk, nm = kvinnor_tot, man_tot
        else:
            nk, nm = N2064[name]
            if year_idx == 0:
                nk, nm = nk + (len(name) % 7) - 2, nm + (len(name) % 5) + 3
            kvinnor_tot += nk
            man_tot += nm
        k_mean = round(k_med * 1.045 + 6.2, 1)
        m_mean = round(m_med * 1.112 + 9.8, 1)
        if prel:
            k_mean, m_mean = round(k_mean - 0.7, 1), round(m_mean - 0.9, 1)
        t_mean = round((k_mean * nk + m_mean * nm) / (nk + nm), 1)
        rows.append([name, k_mean, k_med, nk, m_mean, m_med, nm, t_mean, t, nk + nm])
    return rows


def income_sheet(ws, year, rows, prel=False):
    bold = Font(bold=True)
    thin = Side(style="thin", color="999999")
    ws["A1"] = f"Sammanräknad förvärvsinkomst för folkbokförda 20–64 år i Jämtlands län, {year}" + (
        " – PRELIMINÄRA UPPGIFTER" if prel else "")
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Medel- och medianinkomst i tkr (tusentals kronor), löpande priser. Antal personer."
    ws.merge_cells("B4:D4"); ws.merge_cells("E4:G4"); ws.merge_cells("H4:J4")
    ws["A4"] = "Region"
    ws["B4"], ws["E4"], ws["H4"] = "Kvinnor", "Män", "Totalt"
    sub = ["Medelinkomst, tkr", "Medianinkomst, tkr", "Antal personer"] * 3
    for i, s in enumerate(sub):
        c = ws.cell(row=5, column=2 + i, value=s)
        c.alignment = Alignment(wrap_text=True, horizontal="center")
        c.font = bold
    for c in ("A4", "B4", "E4", "H4"):
        ws[c].font = bold
        ws[c].alignment = Alignment(horizontal="center")
    r = 6
    for row in rows:
        if row[0] == "Riket":
            r += 1  # blank row before Riket
        for j, v in enumerate(row):
            c = ws.cell(row=r, column=1 + j, value=v)
            c.border = Border(bottom=thin)
            if j in (1, 2, 4, 5, 7, 8):
                c.number_format = "0.0"
            elif j in (3, 6, 9):
                c.number_format = "# ##0"
        if row[0] in ("Jämtlands län", "Riket"):
            for j in range(10):
                ws.cell(row=r, column=1 + j).font = bold
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Sammanräknad förvärvsinkomst = summan av inkomst av tjänst (lön, pension, sjukpenning m.m.) och inkomst av näringsverksamhet.")
    ws.cell(row=r + 1, column=1, value="Personer som var folkbokförda i länet både 1 januari och 31 december respektive år. Källa: SCB, Inkomst- och taxeringsregistret.")
    ws.column_dimensions["A"].width = 18
    for col in "BCDEFGHIJ":
        ws.column_dimensions[col].width = 13
    ws.row_dimensions[5].height = 30
    ws.freeze_panes = "B6"


def write_income_xlsx():
    wb = Workbook()
    info = wb.active
    info.title = "Information"
    txt = [
        "Sammanräknad förvärvsinkomst, Jämtlands län 2023–2024",
        "",
        "Innehåll",
        "Flik 2024: definitiva uppgifter för inkomståret 2024 (publicerade 2025-11-28).",
        "Flik 2023: definitiva uppgifter för inkomståret 2023.",
        "",
        "Observera",
        "Uppgifterna för 2024 publicerades först som preliminära i maj 2025. De preliminära uppgifterna har ersatts av de definitiva",
        "och ska inte användas. (Den gamla preliminära fliken ligger kvar dold i arbetsboken av tekniska skäl.)",
        "",
        "Avser personer 20–64 år folkbokförda i kommunen hela året. Inkomster i tkr, löpande priser.",
        "Kontakt: Region Jämtland Härjedalen, enheten för regional utveckling – analys.",
    ]
    for i, t in enumerate(txt, start=1):
        info.cell(row=i, column=1, value=t)
    info["A1"].font = Font(bold=True, size=13)
    info["A3"].font = Font(bold=True)
    info["A7"].font = Font(bold=True)
    info.column_dimensions["A"].width = 120
    ws24 = wb.create_sheet("2024")
    income_sheet(ws24, 2024, income_rows(1))
    ws23 = wb.create_sheet("2023")
    income_sheet(ws23, 2023, income_rows(0))
    wsp = wb.create_sheet("2024 prel")
    income_sheet(wsp, 2024, income_rows(1, prel=True), prel=True)
    wsp.sheet_state = "hidden"
    wb.save(os.path.join(OUT, "forvarvsinkomst_20-64_jamtland_2023-2024.xlsx"))


# ---------------------------------------------------------------------------
# 4. FK sjukpenningtal dashboard workbook
# ---------------------------------------------------------------------------
SJP = {  # (kvinnor okt23, okt24, okt25), (män okt23, okt24, okt25)
    "Ragunda":    ((15.8, 15.2, 14.6), (8.9, 8.7, 8.4)),
    "Bräcke":     ((14.1, 14.6, 14.9), (8.2, 8.0, 7.9)),
    "Krokom":     ((12.3, 12.0, 11.8), (6.9, 6.6, 6.7)),
    "Strömsund":  ((16.1, 16.4, 16.9), (9.4, 9.1, 9.3)),
    "Åre":        ((10.2, 10.6, 10.1), (5.4, 5.6, 5.5)),
    "Berg":       ((14.9, 15.6, 16.2), (8.1, 8.4, 8.6)),
    "Härjedalen": ((13.7, 13.2, 13.5), (7.7, 7.5, 7.2)),
    "Östersund":  ((12.6, 12.2, 11.9), (6.5, 6.4, 6.2)),
}
FORS = {"Ragunda": (1430, 1560), "Bräcke": (1720, 1930), "Krokom": (4520, 4830), "Strömsund": (3020, 3330),
        "Åre": (3810, 4420), "Berg": (1880, 2070), "Härjedalen": (2740, 3060), "Östersund": (19850, 20430)}
RIKET_SJP = ((12.9, 12.6, 12.3), (7.0, 6.9, 6.8))
RIKET_FORS = (3_112_400, 3_268_900)
RIKET_FALL = (137_940, 79_310)


def fk_data():
    rows = []  # (kod, namn, kön, y23, y24, y25, fall, fors)
    sums = {"K": [0.0] * 3, "M": [0.0] * 3}
    nk_tot = nm_tot = 0
    fk_tot = fm_tot = 0
    for k in KOMMUNER:
        (kv, ma), (nk, nm) = SJP[k], FORS[k]
        fk = round(nk * kv[2] / 365 * 1.3)
        fm = round(nm * ma[2] / 365 * 1.3)
        b = tuple(round((nk * a + nm * c) / (nk + nm), 1) for a, c in zip(kv, ma))
        rows.append((KODER[k], k, "Kvinnor", *kv, fk, nk))
        rows.append((KODER[k], k, "Män", *ma, fm, nm))
        rows.append((KODER[k], k, "Båda könen", *b, fk + fm, nk + nm))
        for i in range(3):
            sums["K"][i] += nk * kv[i]
            sums["M"][i] += nm * ma[i]
        nk_tot += nk; nm_tot += nm; fk_tot += fk; fm_tot += fm
    kv = tuple(round(s / nk_tot, 1) for s in sums["K"])
    ma = tuple(round(s / nm_tot, 1) for s in sums["M"])
    b = tuple(round((sk + sm) / (nk_tot + nm_tot), 1) for sk, sm in zip(sums["K"], sums["M"]))
    rows.append(("23", "Jämtlands län", "Kvinnor", *kv, fk_tot, nk_tot))
    rows.append(("23", "Jämtlands län", "Män", *ma, fm_tot, nm_tot))
    rows.append(("23", "Jämtlands län", "Båda könen", *b, fk_tot + fm_tot, nk_tot + nm_tot))
    kv, ma = RIKET_SJP
    nk, nm = RIKET_FORS
    b = tuple(round((nk * a + nm * c) / (nk + nm), 1) for a, c in zip(kv, ma))
    rows.append(("00", "Riket", "Kvinnor", *kv, RIKET_FALL[0], nk))
    rows.append(("00", "Riket", "Män", *ma, RIKET_FALL[1], nm))
    rows.append(("00", "Riket", "Båda könen", *b, sum(RIKET_FALL), nk + nm))
    return rows


def write_fk_xlsx():
    rows = fk_data()
    wb = Workbook()
    ov = wb.active
    ov.title = "Översikt"
    data = wb.create_sheet("Data")
    lists = wb.create_sheet("Listor")
    defs = wb.create_sheet("Definitioner")
    bold = Font(bold=True)
    blue = PatternFill("solid", fgColor="DDEBF7")
    # --- Data sheet
    data["A1"] = "Sjukpenningtal och pågående sjukfall per kommun och kön, Jämtlands län"
    data["A1"].font = Font(bold=True, size=12)
    data["A2"] = "Källa: Försäkringskassan (MiDAS). Uttag 2025-11-20."
    data["A4"], data["B4"], data["C4"] = "Kommunkod", "Kommun", "Kön"
    data.merge_cells("D4:F4")
    data["D4"] = "Sjukpenningtal (dagar)"
    data["G4"] = "Pågående sjukfall"
    data["H4"] = "Registrerade försäkrade 16–64 år"
    data["D5"], data["E5"], data["F5"] = "okt 2023", "okt 2024", "okt 2025"
    data["G5"], data["H5"] = "okt 2025", "okt 2025"
    for c in ("A4", "B4", "C4", "D4", "G4", "H4", "D5", "E5", "F5", "G5", "H5"):
        data[c].font = bold
        data[c].alignment = Alignment(horizontal="center", wrap_text=True)
        data[c].fill = blue
    r = 6
    for row in rows:
        for j, v in enumerate(row):
            c = data.cell(row=r, column=1 + j, value=v)
            if j in (3, 4, 5):
                c.number_format = "0.0"
            elif j in (6, 7):
                c.number_format = "# ##0"
        if row[1] in ("Jämtlands län", "Riket"):
            for j in range(8):
                data.cell(row=r, column=1 + j).font = bold
        r += 1
    for col, wdt in zip("ABCDEFGH", (11, 15, 12, 10, 10, 10, 12, 16)):
        data.column_dimensions[col].width = wdt
    data.row_dimensions[4].height = 30
    data.freeze_panes = "D6"
    data.auto_filter.ref = f"A5:H{r - 1}"
    # --- Listor (hidden)
    lists["A1"] = "Kommun"
    for i, k in enumerate(KOMMUNER, start=2):
        lists.cell(row=i, column=1, value=k)
    lists.sheet_state = "hidden"
    # --- Översikt: parameterised by a drop-down
    sel = "Åre"
    ov["A1"] = "Sjukpenningtal – Jämtlands län, oktober 2025"
    ov["A1"].font = Font(bold=True, size=14)
    ov["A3"] = "Välj kommun:"
    ov["A3"].font = bold
    ov["B3"] = sel
    ov["B3"].fill = PatternFill("solid", fgColor="FFF2CC")
    ov["B3"].font = Font(bold=True, color="C00000")
    dv = DataValidation(type="list", formula1="=Listor!$A$2:$A$9", allow_blank=False,
                        showDropDown=False, promptTitle="Kommun", prompt="Välj kommun i listan")
    ov.add_data_validation(dv)
    dv.add("B3")

    def val(namn, kon, col):
        for row in rows:
            if row[1] == namn and row[2] == kon:
                return row[col]
        raise KeyError
    ov["A5"], ov["B5"], ov["C5"], ov["D5"] = "Nyckeltal", "Vald kommun", "Jämtlands län", "Riket"
    for c in ("A5", "B5", "C5", "D5"):
        ov[c].font = bold
        ov[c].fill = blue
    spec = [
        ("Sjukpenningtal okt 2025, båda könen (dagar)", lambda n: val(n, "Båda könen", 5)),
        ("Sjukpenningtal okt 2025, kvinnor", lambda n: val(n, "Kvinnor", 5)),
        ("Sjukpenningtal okt 2025, män", lambda n: val(n, "Män", 5)),
        ("Förändring sedan okt 2023 (dagar)", lambda n: round(val(n, "Båda könen", 5) - val(n, "Båda könen", 3), 1)),
        ("Pågående sjukfall okt 2025", lambda n: val(n, "Båda könen", 6)),
        ("Sjukfall per 1 000 försäkrade", lambda n: round(val(n, "Båda könen", 6) / val(n, "Båda könen", 7) * 1000, 1)),
    ]
    for i, (lab, fn) in enumerate(spec, start=6):
        ov.cell(row=i, column=1, value=lab)
        for j, n in enumerate((sel, "Jämtlands län", "Riket"), start=2):
            c = ov.cell(row=i, column=j, value=fn(n))
            c.number_format = "# ##0" if "Pågående" in lab else "0.0"
    ov["A13"] = "Kolumnen 'Vald kommun' visar den kommun som är vald i cell B3. Värdena hämtas från fliken Data."
    ov["A14"] = "Ändra kommun i rullistan för att se en annan kommun."
    ov["A13"].font = Font(italic=True, color="666666")
    ov["A14"].font = Font(italic=True, color="666666")
    ov.column_dimensions["A"].width = 44
    for col in "BCD":
        ov.column_dimensions[col].width = 15
    # --- Definitioner
    d = [
        ("Begrepp", "Förklaring"),
        ("Sjukpenningtal", "Antal utbetalda nettodagar med sjukpenning och rehabiliteringspenning under de senaste tolv månaderna, "
                           "dividerat med antalet registrerade försäkrade 16–64 år. Ett rullande tolvmånadersmått."),
        ("Pågående sjukfall", "Sjukfall med sjukpenning eller rehabiliteringspenning som pågår vid månadens slut (ögonblicksbild)."),
        ("Registrerade försäkrade", "Personer 16–64 år som är registrerade hos Försäkringskassan och bosatta i kommunen."),
        ("Båda könen", "Kvinnor och män tillsammans."),
    ]
    for i, (a, b) in enumerate(d, start=1):
        defs.cell(row=i, column=1, value=a).font = bold if i == 1 else Font()
        defs.cell(row=i, column=2, value=b).font = bold if i == 1 else Font()
    defs.column_dimensions["A"].width = 26
    defs.column_dimensions["B"].width = 110
    wb.save(os.path.join(OUT, "FK_sjukpenningtal_Jamtland_okt2025.xlsx"))


# ---------------------------------------------------------------------------
# PDF helpers
# ---------------------------------------------------------------------------
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle)

pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVI", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"))
from reportlab.lib.fonts import addMapping
addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DVB"); addMapping("DV", 0, 1, "DVI"); addMapping("DV", 1, 1, "DVB")

SS = getSampleStyleSheet()
P = ParagraphStyle("p", parent=SS["Normal"], fontName="DV", fontSize=9.5, leading=13.5, spaceAfter=6)
H1 = ParagraphStyle("h1", parent=P, fontName="DVB", fontSize=16, leading=20, spaceAfter=4)
H2 = ParagraphStyle("h2", parent=P, fontName="DVB", fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=4)
CAP = ParagraphStyle("cap", parent=P, fontName="DVB", fontSize=9, leading=12, spaceBefore=6, spaceAfter=3)
NOTE = ParagraphStyle("note", parent=P, fontName="DV", fontSize=7.5, leading=10, textColor=colors.HexColor("#333333"))
SMALL = ParagraphStyle("sm", parent=P, fontSize=8, leading=10)


# ---------------------------------------------------------------------------
# 5. Pendling PDF with O–D matrix
# ---------------------------------------------------------------------------
ABBR = ["Rag", "Brä", "Kro", "Strö", "Åre", "Berg", "Härj", "Östs", "Övr¹"]
OD = {  # rows = bostadskommun, columns = arbetsställekommun (8 kommuner + övriga Sverige)
    "Ragunda":    [1610, 86, 21, 64, 9, 6, 4, 318, 192],
    "Bräcke":     [58, 1742, 24, 31, 12, 47, 9, 598, 269],
    "Krokom":     [14, 22, 3412, 41, 318, 19, 12, 3486, 316],
    "Strömsund":  [52, 24, 47, 4086, 11, 5, 6, 496, 293],
    "Åre":        [4, 9, 231, 8, 5318, 7, 16, 702, 315],
    "Berg":       [5, 38, 17, 4, 14, 2104, 96, 694, 148],
    "Härjedalen": [2, 6, 9, 3, 42, 71, 4422, 178, 277],
    "Östersund":  [61, 212, 1348, 118, 583, 192, 87, 27694, 1185],
    "Övriga Sverige¹": [48, 61, 152, 104, 944, 57, 688, 1423, None],
}


def pend_header_footer(canvas, doc):
    canvas.saveState()
    w, h = canvas._pagesize
    canvas.setFont("DV", 7.5)
    canvas.setFillColor(colors.HexColor("#555555"))
    canvas.drawString(20 * mm, h - 12 * mm, "Region Jämtland Härjedalen  |  Pendlingsanalys 2023  |  Rapport 2025:4")
    canvas.drawRightString(w - 20 * mm, 10 * mm, f"{doc.page}")
    canvas.restoreState()


def write_pend_pdf():
    path = os.path.join(OUT, "Pendlingsanalys_Jamtlands_lan_2023.pdf")
    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                          bottomMargin=18 * mm, title="Pendlingsanalys Jämtlands län 2023",
                          author="Region Jämtland Härjedalen")
    fp = Frame(20 * mm, 18 * mm, A4[0] - 40 * mm, A4[1] - 38 * mm, id="p")
    L = landscape(A4)
    fl = Frame(15 * mm, 15 * mm, L[0] - 30 * mm, L[1] - 32 * mm, id="l")
    doc.addPageTemplates([PageTemplate("port", [fp], onPage=pend_header_footer, pagesize=A4),
                          PageTemplate("land", [fl], onPage=pend_header_footer, pagesize=L)])
    rows = OD
    res_tot = {k: sum(v) for k, v in rows.items() if k != "Övriga Sverige¹"}
    same = sum(rows[k][i] for i, k in enumerate(KOMMUNER))
    out_lan = sum(rows[k][8] for k in KOMMUNER)
    in_lan = sum(rows["Övriga Sverige¹"][:8])
    tot_res = sum(res_tot.values())
    intra = tot_res - same - out_lan
    st = []
    st.append(Paragraph("Pendling i Jämtlands län", H1))
    st.append(Paragraph("Pendlingsanalys 2023 – var bor och var arbetar länets förvärvsarbetande?", H2))
    st.append(Paragraph(
        "Rapporten beskriver arbetspendlingen mellan länets åtta kommuner och över länsgränsen. Underlaget är SCB:s "
        "registerbaserade arbetsmarknadsstatistik (BAS) för november 2023 och avser förvärvsarbetande 16 år och äldre "
        "efter bostadskommun och arbetsställekommun. Analysen är en uppdatering av Pendlingsanalys 2019 (Rapport 2021:2).", P))
    st.append(Paragraph("Sammanfattning", H2))
    st.append(Paragraph(
        f"År 2023 bodde {sv(tot_res)} förvärvsarbetande i Jämtlands län. Av dem arbetade {sv(same)} i den kommun där de bor, "
        f"medan {sv(intra)} pendlade till en annan kommun i länet och {sv(out_lan)} till ett arbetsställe utanför länet. "
        "Jämfört med 2019, då 10 120 personer pendlade mellan länets kommuner, har pendlingen inom länet alltså ökat. "
        "Den största enskilda pendlingsströmmen går som tidigare från Krokom till Östersund; 2019 omfattade den "
        "3 210 personer och 2021 omkring 3 380.", P))
    st.append(Paragraph(
        "Åre är, i förhållande till sin storlek, den kommun som drar till sig flest inpendlare från andra län, främst till "
        "besöksnäringen under vintersäsongen. "
        "Observera att BAS mäter sysselsättningen i november, innan högsäsongen börjar, och att säsongsanställda som "
        "är folkbokförda i andra län därför är underskattade. År 2019 hade Åre 1 710 inpendlare.", P))
    st.append(Paragraph("Tabell 1. Förvärvsarbetande 16+ år boende i Jämtlands län efter pendlingsstatus, 2019 och 2023", CAP))
    t1 = [["Pendlingsstatus", "2019", "2023"],
          ["Bor och arbetar i samma kommun", sv(50912), sv(same)],
          ["Pendlar till annan kommun i länet", sv(10120), sv(intra)],
          ["Pendlar till arbetsställe utanför länet", sv(2841), sv(out_lan)],
          ["Summa förvärvsarbetande boende i länet", sv(63873), sv(tot_res)],
          ["Inpendlare från andra län (boende utanför länet)", sv(3105), sv(in_lan)]]
    tb = Table(t1, colWidths=[105 * mm, 25 * mm, 25 * mm])
    tb.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), "DV", 8.5), ("FONT", (0, 0), (-1, 0), "DVB", 8.5),
        ("FONT", (0, 4), (-1, 4), "DVB", 8.5),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black), ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
        ("LINEABOVE", (0, 4), (-1, 4), 0.5, colors.black), ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 2)]))
    st.append(tb)
    st.append(Paragraph("Källa: SCB, BAS/RAMS. Bearbetning: Region Jämtland Härjedalen.", NOTE))
    st.append(Paragraph("Läsanvisning till pendlingsmatrisen", H2))
    st.append(Paragraph(
        "Tabell 2 på nästa sida är en så kallad pendlingsmatris. Varje rad är en bostadskommun och varje kolumn en "
        "arbetsställekommun. Diagonalen visar dem som bor och arbetar i samma kommun. Radsumman är kommunens "
        "förvärvsarbetande nattbefolkning och kolumnsumman dess dagbefolkning. Utpendlare är radsumman minus diagonalen "
        "och inpendlare kolumnsumman minus diagonalen. På grund av tabellens bredd används förkortade kommunnamn i "
        "kolumnhuvudet; se förklaringen under tabellen.", P))
    st.append(NextPageTemplate("land"))
    st.append(PageBreak())
    st.append(Paragraph("Tabell 2. Förvärvsarbetande 16+ år efter bostadskommun (rad) och arbetsställekommun (kolumn), november 2023", CAP))
    hdr = ["Bostadskommun", *ABBR, "Summa"]
    data = [hdr]
    col_sum = [0] * 9
    for name, v in rows.items():
        cells = [sv(x) if x is not None else "." for x in v]
        rs = sum(x for x in v if x is not None)
        data.append([name] + cells + [sv(rs)])
        for i, x in enumerate(v):
            if x is not None:
                col_sum[i] += x
    data.append(["Summa (dagbefolkning)"] + [sv(x) for x in col_sum] + [sv(sum(col_sum))])
    cw = [46 * mm] + [21 * mm] * 9 + [24 * mm]
    t2 = Table(data, colWidths=cw, repeatRows=1)
    sty = [("FONT", (0, 0), (-1, -1), "DV", 8.5), ("FONT", (0, 0), (-1, 0), "DVB", 8.5),
           ("FONT", (0, -1), (-1, -1), "DVB", 8.5), ("FONT", (-1, 0), (-1, -1), "DVB", 8.5),
           ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
           ("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#888888")),
           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCE6F1")),
           ("BOTTOMPADDING", (0, 0), (-1, -1), 3), ("TOPPADDING", (0, 0), (-1, -1), 3)]
    for i in range(8):
        sty.append(("BACKGROUND", (1 + i, 1 + i), (1 + i, 1 + i), colors.HexColor("#F2F2F2")))
    t2.setStyle(TableStyle(sty))
    st.append(t2)
    st.append(Spacer(1, 3 * mm))
    st.append(Paragraph(
        "Förkortningar: Rag = Ragunda, Brä = Bräcke, Kro = Krokom, Strö = Strömsund, Åre = Åre, Berg = Berg, "
        "Härj = Härjedalen, Östs = Östersund. Skuggade celler = bor och arbetar i samma kommun.", NOTE))
    st.append(Paragraph(
        "¹ Övriga Sverige: kolumnen avser arbetsställe i annat län; raden avser personer folkbokförda i annat län med "
        "arbetsställe i länets kommuner. Pendling till och från arbetsställen i Norge ingår inte i BAS och redovisas "
        "inte i tabellen. Punkt (.) = uppgift kan inte förekomma.", NOTE))
    st.append(Paragraph("Källa: SCB, BAS november 2023. Bearbetning: Region Jämtland Härjedalen.", NOTE))
    st.append(NextPageTemplate("port"))
    st.append(PageBreak())
    st.append(Paragraph("Kommentarer per kommun", H2))
    st.append(Paragraph(
        "Krokom är länets tydligaste pendlingskommun. Närheten till Östersund gör att en stor del av de förvärvsarbetande "
        "som bor i kommunen har sitt arbete i grannkommunen. I Pendlingsanalys 2019 var andelen utpendlare i Krokom "
        "53 procent.", P))
    st.append(Paragraph(
        "Östersund har länets största dagbefolkning och tar emot pendlare från samtliga kommuner i länet. "
        "Berg och Bräcke har också en betydande pendling mot Östersund, medan Härjedalen och Strömsund i högre grad "
        "är egna arbetsmarknader.", P))
    st.append(Paragraph(
        "För Åre och Härjedalen är den gränsregionala pendlingen mot Trøndelag betydande under säsong, men den "
        "går inte att belysa med BAS. Region Jämtland Härjedalen följer frågan i samarbete med Nordens välfärdscenter.", P))
    doc.build(st)


# ---------------------------------------------------------------------------
# 6. Project list PDF with carry-forward rows
# ---------------------------------------------------------------------------
PROJ = [
    ("RUN-2025-0012", "Smart industri Jämtland 2.0", "Almi Företagspartner Mitt AB", "Hela länet", "A", 2150000, "2025–2027"),
    ("RUN-2025-0017", "Skidorten som året-runt-destination", "Åre Destination AB", "Åre", "D", 1850000, "2025–2026"),
    ("RUN-2025-0021", "Digitala vårdtjänster i glesbygd", "Mittuniversitetet", "Hela länet", "A", 2400000, "2025–2027"),
    ("RUN-2025-0023", "Kompetenslyft besöksnäring", "Jämtlands Gymnasieförbund", "Flera", "B", 760000, "2025–2026"),
    ("RUN-2025-0026", "Ragunda företagsby", "Ragunda kommun", "Ragunda", "A", 480000, "2025"),
    ("RUN-2025-0031", "Laddinfrastruktur längs E14", "Krokoms kommun", "Krokom", "C", 1200000, "2025–2026"),
    ("RUN-2025-0034", "Fjällnära entreprenörskap", "Bergs kommun", "Berg", "A", 560000, "2025–2026"),
    ("RUN-2025-0038", "Valideringscentrum Östersund", "Östersunds kommun", "Östersund", "B", 1340000, "2025–2027"),
    ("RUN-2025-0040", "Strömsund – attraktiv boendeort", "Strömsunds kommun", "Strömsund", "D", 690000, "2025–2026"),
    ("RUN-2025-0044", "Biobränsle och skogsinnovation", "Mittuniversitetet", "Hela länet", "A", 1150000, "2025–2027"),
    ("RUN-2025-0047", "Härjedalens hantverkscentrum", "Härjedalens kommun", "Härjedalen", "D", 520000, "2025"),
    ("RUN-2025-0052", "Yrkes-sfi Jämtland", "Östersunds kommun", "Flera", "B", 880000, "2025–2026"),
    ("RUN-2025-0055", "Cykelleder i Åredalen", "Åre kommun", "Åre", "C", 640000, "2025–2026"),
    ("RUN-2025-0058", "Bräcke logistiknod", "Bräcke kommun", "Bräcke", "C", 950000, "2025–2027"),
    ("RUN-2025-0061", "Matlandet Jämtland – export", "Jämtlands läns Matkluster ek. för.", "Hela länet", "A", 1420000, "2025–2026"),
    ("RUN-2025-0063", "Unga i arbete – Strömsund", "Strömsunds kommun", "Strömsund", "B", 410000, "2025"),
    ("RUN-2025-0066", "Hållbar turism i fjällen", "Mittuniversitetet (Etour)", "Flera", "D", 980000, "2025–2027"),
    ("RUN-2025-0070", "Krokoms näringslivsråd", "Krokoms kommun", "Krokom", "A", 350000, "2025"),
    ("RUN-2025-0073", "Hemvändardagar Ragunda", "Ragunda kommun", "Ragunda", "D", 190000, "2025"),
    ("RUN-2025-0077", "Kollektivtrafik på landsbygden", "Region Jämtland Härjedalen", "Hela länet", "C", 1760000, "2025–2027"),
    ("RUN-2025-0081", "Kulturnäringar Östersund", "Östersunds kommun", "Östersund", "D", 620000, "2025–2026"),
    ("RUN-2025-0084", "Kompetensplattform Jämtland", "Region Jämtland Härjedalen", "Hela länet", "B", 1300000, "2025–2027"),
    ("RUN-2025-0088", "Berg – bredband sista milen", "Bergs kommun", "Berg", "C", 830000, "2025–2026"),
    ("RUN-2025-0090", "Rekrytering av vårdpersonal", "Härjedalens kommun", "Härjedalen", "B", 470000, "2025–2026"),
    ("RUN-2025-0093", "Vinterträningscenter Åre", "Åre kommun", "Åre", "D", 415000, "2025"),
    ("RUN-2025-0096", "Innovationsslussen", "Almi Företagspartner Mitt AB", "Hela länet", "A", 1050000, "2025–2026"),
    ("RUN-2025-0099", "Laddplatser i Ragunda", "Ragunda kommun", "Ragunda", "C", 260000, "2025"),
    ("RUN-2025-0102", "Bräcke yrkesutbildningar", "Bräcke kommun", "Bräcke", "B", 380000, "2025–2026"),
    ("RUN-2025-0105", "Östersund smart stad", "Östersunds kommun", "Östersund", "A", 1100000, "2025–2027"),
    ("RUN-2025-0108", "Krokoms bygdeservice", "Krokoms kommun", "Krokom", "D", 300000, "2025–2026"),
    ("RUN-2025-0111", "Flygtrafik Sveg", "Härjedalens kommun", "Härjedalen", "C", 1500000, "2025"),
    ("RUN-2025-0114", "Strömsund turistnod", "Strömsunds kommun", "Strömsund", "D", 540000, "2025–2026"),
    ("RUN-2025-0117", "Omställning i skogsnäringen", "LRF Jämtland", "Flera", "A", 450000, "2025–2026"),
]
INSATS = {"A": "Innovation och företagande", "B": "Kompetensförsörjning",
          "C": "Tillgänglighet och infrastruktur", "D": "Attraktiva livsmiljöer och besöksnäring"}
PAGE_SPLIT = [(0, 12), (12, 24), (24, len(PROJ))]


def run_header_footer(canvas, doc):
    canvas.saveState()
    w, h = canvas._pagesize
    canvas.setFont("DV", 7.5)
    canvas.setFillColor(colors.HexColor("#555555"))
    canvas.drawString(20 * mm, h - 12 * mm, "Regionala utvecklingsnämnden – Uppföljning regionala projektmedel (1:1) 2025")
    canvas.drawRightString(w - 20 * mm, h - 12 * mm, "Bilaga 2")
    canvas.drawCentredString(w / 2, 10 * mm, f"Sida {doc.page} av 4")
    canvas.restoreState()


def write_run_pdf():
    path = os.path.join(OUT, "RUN_uppfoljning_projektmedel_2025_bilaga2.pdf")
    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=16 * mm, rightMargin=16 * mm, topMargin=20 * mm,
                          bottomMargin=18 * mm, title="Bilaga 2 Beviljade projekt 2025",
                          author="Region Jämtland Härjedalen")
    fr = Frame(16 * mm, 18 * mm, A4[0] - 32 * mm, A4[1] - 38 * mm, id="f")
    doc.addPageTemplates([PageTemplate("p", [fr], onPage=run_header_footer)])
    total = sum(p[5] for p in PROJ)
    st = []
    st.append(Paragraph("Bilaga 2. Beviljade projekt inom regionala projektmedel (anslag 1:1) 2025", H1))
    st.append(Paragraph("Dnr RUN 2025/0342 · Redovisning till regionala utvecklingsnämnden 2026-02-11", SMALL))
    st.append(Spacer(1, 4 * mm))
    st.append(Paragraph(
        f"Under 2025 beviljade regionala utvecklingsnämnden {len(PROJ)} projekt sammanlagt {sv(total)} kronor ur anslaget "
        "1:1 Regionala tillväxtåtgärder. Det kan jämföras med 2024, då 38 projekt beviljades totalt 41,2 miljoner kronor, "
        "och med 2023, då 44,6 miljoner kronor beviljades till 41 projekt. Minskningen förklaras främst av att "
        "anslaget för 2025 sänktes och att flera större projekt beviljades fleråriga medel redan 2024.", P))
    st.append(Paragraph(
        "Medlen fördelas på fyra insatsområden enligt den regionala utvecklingsstrategin. Projekten ska ha minst "
        "50 procents medfinansiering, varav offentlig medfinansiering från kommunerna normalt utgör 20–30 procent. "
        "Beviljat belopp avser hela projektperioden och betalas ut i efterskott mot lägesrapport och "
        "utbetalningsansökan; utbetalda belopp redovisas i bilaga 3.", P))
    st.append(Paragraph("Tabell 1. Beviljade projekt 2025 efter insatsområde", CAP))
    t1 = [["Insatsområde", "Antal projekt", "Beviljat, kr"]]
    for code, name in INSATS.items():
        sel = [p for p in PROJ if p[4] == code]
        t1.append([f"{code}. {name}", str(len(sel)), sv(sum(p[5] for p in sel))])
    t1.append(["Summa", str(len(PROJ)), sv(total)])
    tb = Table(t1, colWidths=[95 * mm, 30 * mm, 35 * mm])
    tb.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), "DV", 8.5), ("FONT", (0, 0), (-1, 0), "DVB", 8.5), ("FONT", (0, -1), (-1, -1), "DVB", 8.5),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black), ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
        ("LINEABOVE", (0, -1), (-1, -1), 0.5, colors.black), ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black)]))
    st.append(tb)
    st.append(Spacer(1, 4 * mm))
    st.append(Paragraph(
        "I Tabell 2 redovisas samtliga beviljade projekt. Kolumnen Kommun anger var projektet genomförs; "
        "”Flera” avser projekt i två eller flera namngivna kommuner och ”Hela länet” länsövergripande projekt. "
        "Tabellen löper över tre sidor. Summan längst ned på varje sida förs över (”Transport”) till nästa sida.", P))
    st.append(Paragraph(
        "Besöksnäringen är fortsatt ett prioriterat område. Under 2024 gick 9,8 miljoner kronor till insatsområde D, "
        "och nämnden har för 2026 avsatt 8 miljoner kronor för området.", P))
    st.append(PageBreak())
    hdr = ["Dnr", "Projekt", "Projektägare", "Kommun", "Ins.-\nområde", "Beviljat, kr", "Period"]
    cw = [26 * mm, 42 * mm, 38 * mm, 19 * mm, 12 * mm, 21 * mm, 18 * mm]
    cum = 0
    for pi, (a, b) in enumerate(PAGE_SPLIT):
        cap = "Tabell 2. Beviljade projekt 2025" if pi == 0 else "Tabell 2 (forts.). Beviljade projekt 2025"
        st.append(Paragraph(cap, CAP))
        data = [hdr]
        if pi > 0:
            data.append(["", "Transport", "", "", "", sv(cum), ""])
        for p in PROJ[a:b]:
            data.append([p[0], Paragraph(p[1], SMALL), Paragraph(p[2], SMALL), p[3], p[4], sv(p[5]), p[6]])
            cum += p[5]
        if pi < len(PAGE_SPLIT) - 1:
            data.append(["", "Summa att transportera", "", "", "", sv(cum), ""])
        else:
            data.append(["", "Summa beviljat 2025", "", "", "", sv(cum), ""])
        t = Table(data, colWidths=cw, repeatRows=1)
        sty = [("FONT", (0, 0), (-1, -1), "DV", 8), ("FONT", (0, 0), (-1, 0), "DVB", 7.5),
               ("ALIGN", (5, 0), (5, -1), "RIGHT"), ("ALIGN", (4, 0), (4, -1), "CENTER"),
               ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
               ("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#999999")),
               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E2EFDA")),
               ("TOPPADDING", (0, 1), (-1, -1), 6), ("BOTTOMPADDING", (0, 1), (-1, -1), 6),
               ("FONT", (0, -1), (-1, -1), "DVB", 8), ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#F2F2F2")),
               ("SPAN", (1, -1), (4, -1))]
        if pi > 0:
            sty += [("FONT", (0, 1), (-1, 1), "DVI", 8), ("BACKGROUND", (0, 1), (-1, 1), colors.HexColor("#F2F2F2")),
                    ("SPAN", (1, 1), (4, 1))]
        t.setStyle(TableStyle(sty))
        st.append(t)
        st.append(Spacer(1, 3 * mm))
        if pi == len(PAGE_SPLIT) - 1:
            st.append(Paragraph("Insatsområden: A = Innovation och företagande, B = Kompetensförsörjning, "
                                "C = Tillgänglighet och infrastruktur, D = Attraktiva livsmiljöer och besöksnäring.", NOTE))
            st.append(Paragraph("Beviljat belopp avser hela projektperioden. Källa: Region Jämtland Härjedalen, ärendehanteringssystemet.", NOTE))
        else:
            st.append(PageBreak())
    doc.build(st)


if __name__ == "__main__":
    write_af_csv()
    write_pop_csv()
    write_income_xlsx()
    write_fk_xlsx()
    write_pend_pdf()
    write_run_pdf()
    for f in sorted(os.listdir(OUT)):
        print(f, os.path.getsize(os.path.join(OUT, f)))
