#!/usr/bin/env python3
"""r192 – Hallands län. Writes six statistics files into OUT_DIR (deterministic, no RNG).

Usage: python r192_make_files.py OUT_DIR

1. primarvard_besok_hemkommun_tertial.csv   Excel 'CSV (MS-DOS)' = code page 850, CRLF, ';',
                                             Swedish-Excel no-break-space thousands written as byte 0xFF,
                                             tertial columns (T1 jan-apr, T2 maj-aug, T3 sep-dec)
2. Karta_kommuner_Full_Data_data.csv         Tableau (Swedish UI) data export: Måttnamn/Måttvärden long
                                             layout, Kommun (grupp) group field, Latitud/Longitud (genererad),
                                             dot decimals with full precision, Antal poster, Null as empty
3. halland_i_korthet_2025.pdf                transposed key-figure table with abbreviated municipality
                                             column heads (Kba … Hyl) + Mål 2030 column; page 2 two
                                             different tables side by side (left alphabetical, right ranked)
4. forvarvsarbetande_dag_natt_2017_2024.xlsx SCB RAMS/BAS series break: '2019' twice (RAMS 16-74 and BAS
                                             15-74) under merged method headers; Dagbefolkning vs
                                             Nattbefolkning sheets of identical layout
5. nyinskrivna_arbetssokande_manad.xlsx      Mac Excel 1904 date system, month headers are real dates shown
                                             'mmm', the year only in a 'Centrera över markering'
                                             (centerContinuous) cell – no merged range; 16-64 and 18-24 sheets
6. vaccinationstackning_2ar_halland.xlsx     saved as 'Strikt Open XML-kalkylblad' (ISO 29500 Strict
                                             namespaces, workbook conformance="strict")
"""
import datetime as dt
import os
import re
import sys
import zipfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import CALENDAR_MAC_1904

KOM = ["Hylte", "Halmstad", "Laholm", "Falkenberg", "Varberg", "Kungsbacka"]  # code order
KOD = {"Hylte": "1315", "Halmstad": "1380", "Laholm": "1381", "Falkenberg": "1382", "Varberg": "1383",
       "Kungsbacka": "1384"}
NS = ["Kungsbacka", "Varberg", "Falkenberg", "Halmstad", "Laholm", "Hylte"]  # north to south
POP24 = {"Hylte": 10873, "Halmstad": 105983, "Laholm": 26301, "Falkenberg": 46577, "Varberg": 67905,
         "Kungsbacka": 85782}
POP23 = {"Hylte": 10920, "Halmstad": 105212, "Laholm": 26144, "Falkenberg": 46204, "Varberg": 67110,
         "Kungsbacka": 85210}
RIKET24, RIKET23 = 10587710, 10551707


FIXED_TS = (2025, 11, 14, 9, 12, 0)


def normalize_zip(path, created, app="Microsoft Excel", appver="16.0300"):
    """rewrite an openpyxl-written package with fixed timestamps so output is byte-identical run to run"""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml" and created:
                txt = data.decode("utf-8")
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + created + r"\g<2>", txt)
                data = txt.encode("utf-8")
            if name == "docProps/app.xml":
                data = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
                        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
                        f'<Application>{app}</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>'
                        f'<AppVersion>{appver}</AppVersion></Properties>').encode("utf-8")
            zi = zipfile.ZipInfo(name, FIXED_TS)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def set_props(wb, creator, when):
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = when
    wb.properties.modified = when


def wiggle(i, j, amp):
    """deterministic small variation in [-amp, amp]"""
    x = (i * 7919 + j * 104729 + 31337) % 1000
    return (x / 999.0 * 2 - 1) * amp


def sv(n, nbsp="\u00a0"):
    s = f"{abs(int(n)):,}".replace(",", nbsp)
    return ("-" if n < 0 else "") + s


# ============================================================ 1. primary care, cp850
def primarvard_data():
    rl = {"Hylte": 1.24, "Halmstad": 1.08, "Laholm": 1.18, "Falkenberg": 1.15, "Varberg": 1.12, "Kungsbacka": 1.02}
    ro = {"Hylte": 2.05, "Halmstad": 1.74, "Laholm": 1.92, "Falkenberg": 1.86, "Varberg": 1.80, "Kungsbacka": 1.62}
    dg = {"Hylte": 0.128, "Halmstad": 0.188, "Laholm": 0.146, "Falkenberg": 0.161, "Varberg": 0.172,
          "Kungsbacka": 0.214}
    f1 = {"Hylte": 0.986, "Halmstad": 1.024, "Laholm": 1.011, "Falkenberg": 1.018, "Varberg": 1.031, "Kungsbacka": 1.027}
    f2 = {"Hylte": 0.978, "Halmstad": 0.991, "Laholm": 1.004, "Falkenberg": 0.996, "Varberg": 1.009, "Kungsbacka": 0.998}
    rows = {}
    for i, k in enumerate(KOM + ["Utomläns patienter"]):
        if k == "Utomläns patienter":
            lak_y, ovr_y, d = 9418, 12906, 0.094
            a1, a2 = 1.002, 0.987
        else:
            lak_y, ovr_y, d = round(POP24[k] * rl[k]), round(POP24[k] * ro[k]), dg[k]
            a1, a2 = f1[k], f2[k]
        out = {}
        for typ, y, j in (("Läkarbesök", lak_y, 1), ("Övriga vårdgivare", ovr_y, 2)):
            t1 = round(y * (0.356 + wiggle(i, j, 0.004)))
            t2 = round(y * (0.283 + wiggle(i, j + 5, 0.004)))
            t3 = y - t1 - t2
            n1 = round(t1 * (a1 + wiggle(i, j + 9, 0.006)))
            n2 = round(t2 * (a2 + wiggle(i, j + 13, 0.006)))
            out[typ] = [t1, t2, t3, n1, n2]
        dig = []
        for p in range(5):
            tot = out["Läkarbesök"][p] + out["Övriga vårdgivare"][p]
            grow = 1.0 if p < 3 else 1.09
            dig.append(round(tot * d * grow * (1 + wiggle(i, p + 20, 0.03))))
        out["därav digitala besök"] = dig
        out["Totalt"] = [out["Läkarbesök"][p] + out["Övriga vårdgivare"][p] for p in range(5)]
        rows[k] = out
    lan = {}
    for typ in ("Läkarbesök", "Övriga vårdgivare", "därav digitala besök", "Totalt"):
        lan[typ] = [sum(rows[k][typ][p] for k in KOM) for p in range(5)]
    rows["Hallands län"] = lan
    return rows


def write_primarvard(out):
    rows = primarvard_data()
    L = []
    L.append("Besök i primärvården efter patientens hemkommun, besökstyp och tertial;;;;;;;;")
    L.append("Vårdval Halland. Källa: Region Halland, Diver (uttag 2025-09-15);;;;;;;;")
    L.append("Antal besök;;;;;;;;")
    L.append(";;;;;;;;")
    L.append("Hemkommun;Besökstyp;2024 T1;2024 T2;2024 T3;Helår 2024;2025 T1;2025 T2*;Jan-aug 2025*")
    for k in KOM + ["Utomläns patienter", "Hallands län"]:
        for typ in ("Läkarbesök", "Övriga vårdgivare", "därav digitala besök", "Totalt"):
            v = rows[k][typ]
            cells = [v[0], v[1], v[2], v[0] + v[1] + v[2], v[3], v[4], v[3] + v[4]]
            L.append(";".join([k, typ] + [sv(c) for c in cells]))
    L.append(";;;;;;;;")
    L.append("T1 = januari-april, T2 = maj-augusti, T3 = september-december.;;;;;;;;")
    L.append("* Preliminära uppgifter. Tertial 2 2025 kan öka med efterregistrering (normalt 1-2 procent).;;;;;;;;")
    L.append('"""Därav digitala besök"" (video- och chattbesök) ingår i Läkarbesök och Övriga vårdgivare.";;;;;;;;')
    L.append('"Hallands län avser patienter folkbokförda i Halland; utomläns patienter ingår inte.";;;;;;;;')
    L.append("Övriga vårdgivare = sjuksköterska, fysioterapeut, arbetsterapeut, psykolog/kurator m.fl.;;;;;;;;")
    txt = "\r\n".join(L) + "\r\n"
    with open(os.path.join(out, "primarvard_besok_hemkommun_tertial.csv"), "wb") as f:
        f.write(txt.encode("cp850"))


# ============================================================ 2. Tableau export
LATLON = {"Kungsbacka": (57.48769831657, 12.10374283791), "Varberg": (57.18734812736, 12.43201446533),
          "Falkenberg": (56.99391937256, 12.68513393402), "Halmstad": (56.71276473999, 12.86924457550),
          "Laholm": (56.50937652588, 13.07843875885), "Hylte": (57.01658248901, 13.34172534943)}
GRUPP = {"Kungsbacka": "Norra Halland", "Varberg": "Norra Halland", "Falkenberg": "Norra Halland",
         "Halmstad": "Södra Halland", "Laholm": "Södra Halland", "Hylte": "Södra Halland"}
ARBST = {2024: {"Kungsbacka": 4812, "Varberg": 4406, "Falkenberg": 3019, "Halmstad": 6245, "Laholm": 1687, "Hylte": 612},
         2023: {"Kungsbacka": 4759, "Varberg": 4351, "Falkenberg": 3002, "Halmstad": 6210, "Laholm": 1679, "Hylte": 618}}
ANST = {2024: {"Kungsbacka": 26118, "Varberg": 30227, "Falkenberg": 18944, "Halmstad": 49531, "Laholm": 8402, "Hylte": 4163},
        2023: {"Kungsbacka": 25871, "Varberg": 29684, "Falkenberg": 18806, "Halmstad": 49012, "Laholm": 8377, "Hylte": 4205}}
NYST = {2024: {"Kungsbacka": 1012, "Varberg": 702, "Falkenberg": 431, "Halmstad": 958, "Laholm": None, "Hylte": 74},
        2023: {"Kungsbacka": 968, "Varberg": 731, "Falkenberg": 412, "Halmstad": 1003, "Laholm": 247, "Hylte": 81}}


def write_tableau(out):
    hdr = ["Kommun (grupp)", "Kommun", "År", "Måttnamn", "Latitud (genererad)", "Longitud (genererad)", "Måttvärden"]
    order = sorted(KOM, key=lambda k: (GRUPP[k], k))
    meas = ["Antal anställda", "Antal arbetsställen", "Antal poster", "Invånare", "Nyföretagande per 1 000 inv",
            "Nystartade företag"]
    lines = [",".join(hdr)]
    for k in order:
        for m in meas:
            for y in (2023, 2024):
                pop = (POP24 if y == 2024 else POP23)[k]
                if m == "Antal anställda":
                    v = str(ANST[y][k])
                elif m == "Antal arbetsställen":
                    v = str(ARBST[y][k])
                elif m == "Antal poster":
                    v = "4"
                elif m == "Invånare":
                    v = str(pop)
                elif m == "Nystartade företag":
                    v = "" if NYST[y][k] is None else str(NYST[y][k])
                else:
                    v = "" if NYST[y][k] is None else repr(NYST[y][k] / pop * 1000)
                la, lo = LATLON[k]
                lines.append(",".join([GRUPP[k], k, str(y), m, f"{la:.11f}", f"{lo:.11f}", v]))
    with open(os.path.join(out, "Karta_kommuner_Full_Data_data.csv"), "wb") as f:
        f.write(("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8"))


# ============================================================ 4. RAMS/BAS workbook (data also used by PDF)
NATT24 = {"Kungsbacka": 43912, "Varberg": 33486, "Falkenberg": 22604, "Halmstad": 49873, "Laholm": 12318, "Hylte": 4951}
DAG24 = {"Kungsbacka": 30406, "Varberg": 33942, "Falkenberg": 21318, "Halmstad": 54206, "Laholm": 9872, "Hylte": 4688}
UT24 = {"Kungsbacka": 21874, "Varberg": 8120, "Falkenberg": 6412, "Halmstad": 7905, "Laholm": 4870, "Hylte": 1430}
GROW = {"Kungsbacka": 1.006, "Varberg": 1.008, "Falkenberg": 1.000, "Halmstad": 1.002, "Laholm": 0.998, "Hylte": 0.991}
YEARS_BAS = [2019, 2020, 2021, 2022, 2023, 2024]


def series(v24, k, j):
    g = GROW.get(k, 1.0)
    bas = {2024: v24}
    steps = {2024: 1.008, 2023: 1.017, 2022: 1.021, 2021: 1.012, 2020: 0.985}
    for y in (2024, 2023, 2022, 2021, 2020):
        bas[y - 1] = round(bas[y] / (steps[y] * g + wiggle(j, y, 0.002)))
    rams = {2019: round(bas[2019] * (0.9715 + wiggle(j, 7, 0.002)))}
    rams[2018] = round(rams[2019] / (1.011 * g))
    rams[2017] = round(rams[2018] / (1.013 * g))
    return rams, bas


def fa_tables():
    res = {}
    for sheet, base in (("Dagbefolkning", DAG24), ("Nattbefolkning", NATT24)):
        t = {}
        for j, k in enumerate(KOM):
            t[k] = series(base[k], k, j + (0 if sheet == "Dagbefolkning" else 11))
        rams = {y: sum(t[k][0][y] for k in KOM) for y in (2017, 2018, 2019)}
        bas = {y: sum(t[k][1][y] for k in KOM) for y in YEARS_BAS}
        t["Hallands län"] = (rams, bas)
        t["Riket"] = series(5187412, "Riket", 40)  # day = night for the country
        res[sheet] = t
    return res


def write_fa(out):
    tabs = fa_tables()
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    thin = Side(style="thin", color="808080")
    thick = Side(style="medium", color="000000")
    titles = {"Dagbefolkning": "Förvärvsarbetande efter arbetsställets kommun (dagbefolkning) 2017–2024",
              "Nattbefolkning": "Förvärvsarbetande efter bostadskommun (nattbefolkning) 2017–2024"}
    for sheet in ("Dagbefolkning", "Nattbefolkning"):
        ws = wb.create_sheet(sheet)
        ws["A1"] = titles[sheet]
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = "Källa: SCB, Registerbaserad arbetsmarknadsstatistik (RAMS) t.o.m. 2019 och Befolkningens arbetsmarknadsstatus (BAS) fr.o.m. 2019. Antal personer, november respektive år."
        ws["A2"].font = Font(italic=True, size=9)
        ws["A4"] = "Region"
        ws.merge_cells("A4:A5")
        ws["B4"] = "RAMS, 16–74 år"
        ws.merge_cells("B4:D4")
        ws["E4"] = "BAS, 15–74 år"
        ws.merge_cells("E4:J4")
        for c, y in enumerate([2017, 2018, 2019] + YEARS_BAS, start=2):
            cell = ws.cell(5, c, y)
            cell.font = Font(bold=True)
            cell.alignment = Alignment(horizontal="right")
        for c in range(1, 11):
            for r in (4, 5):
                ws.cell(r, c).font = Font(bold=True)
                ws.cell(r, c).fill = PatternFill("solid", fgColor="DCE6F1")
                ws.cell(r, c).border = Border(bottom=thin, left=thick if c == 5 else None)
        ws["B4"].alignment = Alignment(horizontal="center")
        ws["E4"].alignment = Alignment(horizontal="center")
        t = tabs[sheet]
        r = 6
        for lab in ["Hallands län"] + KOM + [None, "Riket"]:
            if lab is None:
                r += 1
                continue
            code = "13" if lab == "Hallands län" else ("00" if lab == "Riket" else KOD[lab])
            ws.cell(r, 1, f"{code} {lab}")
            rams, bas = t[lab]
            vals = [rams[2017], rams[2018], rams[2019]] + [bas[y] for y in YEARS_BAS]
            for c, v in enumerate(vals, start=2):
                cell = ws.cell(r, c, v)
                cell.number_format = "# ##0"
                if c == 5:
                    cell.border = Border(left=thick)
            if lab == "Hallands län":
                for c in range(1, 11):
                    ws.cell(r, c).font = Font(bold=True)
            r += 1
        r += 1
        notes = ["Tidsseriebrott 2019: RAMS ersattes av BAS. BAS bygger på månatliga arbetsgivardeklarationer på individnivå och omfattar 15–74 år,",
                 "RAMS omfattade 16–74 år. 2019 redovisas enligt båda metoderna; jämför inte värden före och efter brottet utan att använda 2019 (BAS) som bas.",
                 "Dagbefolkning = personer som har sitt arbetsställe i kommunen oavsett var de bor. Nattbefolkning = förvärvsarbetande som är folkbokförda i kommunen.",
                 "Uppgifterna för 2024 är slutliga."]
        for n in notes:
            ws.cell(r, 1, n).font = Font(size=9)
            r += 1
        ws.column_dimensions["A"].width = 20
        for c in range(2, 11):
            ws.column_dimensions[get_column_letter(c)].width = 10
        ws.freeze_panes = "B6"
    ws = wb.create_sheet("Om tabellerna")
    for i, t in enumerate(["Om tabellerna",
                           "Bladet Dagbefolkning redovisar förvärvsarbetande efter arbetsställets kommun.",
                           "Bladet Nattbefolkning redovisar förvärvsarbetande efter bostadskommun.",
                           "Skillnaden dagbefolkning minus nattbefolkning är kommunens nettoinpendling.",
                           "Uppgifter per kön och ålder finns i SCB:s statistikdatabas och ingår inte i detta uttag."], start=1):
        ws.cell(i, 1, t)
    ws["A1"].font = Font(bold=True)
    set_props(wb, "SCB", dt.datetime(2025, 11, 12, 8, 0, 0))
    path = os.path.join(out, "forvarvsarbetande_dag_natt_2017_2024.xlsx")
    wb.save(path)
    normalize_zip(path, "2025-11-14T09:12:00Z")


# ============================================================ 5. monthly AF, 1904 + centerContinuous
BASE = {"Hylte": 74, "Halmstad": 590, "Laholm": 128, "Falkenberg": 205, "Varberg": 262, "Kungsbacka": 265}
SEAS = [1.32, 1.05, 1.00, 0.93, 0.88, 1.12, 0.62, 1.24, 1.10, 1.02, 0.90, 0.82]
SEAS_U = [1.10, 0.90, 0.88, 0.82, 0.85, 1.55, 0.80, 1.35, 1.05, 0.92, 0.86, 0.70]
TREND25 = {"Hylte": 1.02, "Halmstad": 1.07, "Laholm": 1.04, "Falkenberg": 1.09, "Varberg": 1.05, "Kungsbacka": 1.08}


def af_data():
    d = {"16-64": {}, "18-24": {}}
    for i, k in enumerate(KOM):
        m24 = [round(BASE[k] * SEAS[m] * (1 + wiggle(i, m, 0.05))) for m in range(12)]
        m25 = [round(BASE[k] * SEAS[m] * TREND25[k] * (1 + wiggle(i, m + 40, 0.05))) for m in range(10)]
        u24 = [round(BASE[k] * 0.235 * SEAS_U[m] * (1 + wiggle(i, m + 80, 0.05))) for m in range(12)]
        u25 = [round(BASE[k] * 0.235 * SEAS_U[m] * TREND25[k] * (1 + wiggle(i, m + 120, 0.05))) for m in range(10)]
        d["16-64"][k] = (m24, m25)
        d["18-24"][k] = (u24, u25)
    for g in d:
        d[g]["Hallands län"] = ([sum(d[g][k][0][m] for k in KOM) for m in range(12)],
                                [sum(d[g][k][1][m] for k in KOM) for m in range(10)])
    d["16-64"]["Riket"] = ([round(36200 * SEAS[m] * (1 + wiggle(90, m, 0.03))) for m in range(12)],
                           [round(36200 * SEAS[m] * 1.05 * (1 + wiggle(91, m, 0.03))) for m in range(10)])
    d["18-24"]["Riket"] = ([round(8100 * SEAS_U[m] * (1 + wiggle(92, m, 0.03))) for m in range(12)],
                           [round(8100 * SEAS_U[m] * 1.04 * (1 + wiggle(93, m, 0.03))) for m in range(10)])
    return d


def write_af(out):
    data = af_data()
    wb = openpyxl.Workbook()
    wb.epoch = CALENDAR_MAC_1904
    wb.remove(wb.active)
    cc = Alignment(horizontal="centerContinuous")
    for sheet, grp, title in (("16-64 år", "16-64", "Nyinskrivna arbetssökande per månad, 16–64 år"),
                              ("18-24 år", "18-24", "Nyinskrivna arbetssökande per månad, 18–24 år")):
        ws = wb.create_sheet(sheet)
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = "Källa: Arbetsförmedlingen, bearbetning Region Halland. Antal personer som skrivits in som arbetssökande under månaden."
        ws["A2"].font = Font(italic=True, size=9)
        ws["A4"] = "Kommun"
        ws["A4"].font = Font(bold=True)
        # year labels centred across the month columns WITHOUT merging
        ws.cell(4, 2, 2024)
        for c in range(2, 14):
            ws.cell(4, c).alignment = cc
            ws.cell(4, c).font = Font(bold=True)
        ws.cell(4, 14, 2025)
        for c in range(14, 24):
            ws.cell(4, c).alignment = cc
            ws.cell(4, c).font = Font(bold=True)
        ws.cell(4, 24, "Summa jan–okt")
        for c in (24, 25):
            ws.cell(4, c).alignment = cc
            ws.cell(4, c).font = Font(bold=True)
        ws.cell(4, 26, "Helår")
        ws.cell(4, 26).font = Font(bold=True)
        ws.cell(4, 26).alignment = Alignment(horizontal="center")
        for m in range(12):
            c = ws.cell(5, 2 + m, dt.datetime(2024, m + 1, 1))
            c.number_format = "mmm"
            c.font = Font(bold=True)
            c.alignment = Alignment(horizontal="right")
        for m in range(10):
            c = ws.cell(5, 14 + m, dt.datetime(2025, m + 1, 1))
            c.number_format = "mmm"
            c.font = Font(bold=True)
            c.alignment = Alignment(horizontal="right")
        for c, t in ((24, "2024"), (25, "2025"), (26, "2024")):
            ws.cell(5, c, t).font = Font(bold=True)
            ws.cell(5, c).alignment = Alignment(horizontal="right")
        for c in range(1, 27):
            ws.cell(5, c).border = Border(bottom=Side(style="thin"))
        r = 6
        for lab in KOM + ["Hallands län", None, "Riket"]:
            if lab is None:
                r += 1
                continue
            m24, m25 = data[grp][lab]
            ws.cell(r, 1, lab)
            vals = m24 + m25 + [sum(m24[:10]), sum(m25), sum(m24)]
            for c, v in enumerate(vals, start=2):
                ws.cell(r, c, v).number_format = "# ##0"
            if lab == "Hallands län":
                for c in range(1, 27):
                    ws.cell(r, c).font = Font(bold=True)
                    ws.cell(r, c).border = Border(top=Side(style="thin"))
            r += 1
        r += 1
        for n in ("Uppgifterna avser personer 16–64 år (bladet 18–24 år är en delmängd)."
                  if grp == "16-64" else "18–24 år ingår även i bladet 16–64 år.",
                  "Oktober 2025 är senast publicerade månad."):
            ws.cell(r, 1, n).font = Font(size=9)
            r += 1
        ws.column_dimensions["A"].width = 16
        for c in range(2, 27):
            ws.column_dimensions[get_column_letter(c)].width = 7
        ws.column_dimensions["X"].width = 9
        ws.column_dimensions["Y"].width = 9
        ws.column_dimensions["Z"].width = 9
        ws.freeze_panes = "B6"
    set_props(wb, "Lindgren Anders RH", dt.datetime(2025, 11, 14, 9, 10, 0))
    path = os.path.join(out, "nyinskrivna_arbetssokande_manad.xlsx")
    wb.save(path)
    normalize_zip(path, "2025-11-14T09:12:00Z", app="Microsoft Macintosh Excel", appver="16.0102")


# ============================================================ 6. Strict OOXML workbook
VACC_COLS = ["DTP-polio-Hib (3 doser)", "Hepatit B (3 doser)", "Pneumokocker (3 doser)", "MPR (1 dos)",
             "Rotavirus (fullständig)"]
VACC22 = {"Kungsbacka": (912, [98.1, 97.8, 97.9, 97.4, 93.8]),
          "Varberg": (702, [97.6, 97.3, 97.1, 96.3, 92.1]),
          "Falkenberg": (463, [97.2, 96.9, 96.6, 95.4, 90.7]),
          "Halmstad": (1098, [96.8, 96.4, 96.2, 94.9, 89.6]),
          "Laholm": (241, [97.9, 97.5, 97.1, 96.7, 91.4]),
          "Hylte": (104, [95.2, 94.2, 93.3, 92.3, 85.6]),
          "Riket": (104734, [97.0, 96.6, 96.5, 96.1, 89.9])}
VACC21 = {"Kungsbacka": (948, [98.3, 98.0, 97.8, 97.6, 93.1]),
          "Varberg": (731, [97.4, 97.2, 97.3, 96.8, 91.8]),
          "Falkenberg": (478, [97.5, 97.1, 96.9, 95.9, 90.2]),
          "Halmstad": (1135, [97.1, 96.6, 96.5, 95.2, 89.1]),
          "Laholm": (256, [97.6, 97.3, 97.0, 96.1, 90.6]),
          "Hylte": (112, [96.4, 95.5, 95.4, 93.8, 86.6]),
          "Riket": (109520, [97.1, 96.7, 96.6, 96.3, 89.2])}


def vacc_rows(tab):
    rows = []
    for k in KOM:
        rows.append((k,) + (tab[k][0],) + tuple(tab[k][1]))
    n = sum(tab[k][0] for k in KOM)
    lan = [round(sum(tab[k][0] * tab[k][1][j] for k in KOM) / n + 1e-9, 1) for j in range(5)]
    rows.append(("Hallands län", n) + tuple(lan))
    rows.append(("Riket",) + (tab["Riket"][0],) + tuple(tab["Riket"][1]))
    return rows


def xml_esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def write_strict(out):
    S_MAIN = "http://purl.oclc.org/ooxml/spreadsheetml/main"
    S_REL = "http://purl.oclc.org/ooxml/officeDocument/relationships"
    strings = []
    sidx = {}

    def si(s):
        if s not in sidx:
            sidx[s] = len(strings)
            strings.append(s)
        return sidx[s]

    def sheet_xml(title, source, rows, notes):
        cells = []  # (row, col, kind, value, style)
        cells.append((1, 1, "s", title, 1))
        cells.append((2, 1, "s", source, 2))
        hdr = ["Kommun", "Antal barn i kohorten"] + VACC_COLS
        for c, h in enumerate(hdr, start=1):
            cells.append((4, c, "s", h, 3))
        r = 5
        for row in rows:
            bold = row[0] == "Hallands län"
            cells.append((r, 1, "s", row[0], 4 if bold else 0))
            cells.append((r, 2, "n", row[1], 5))
            for c, v in enumerate(row[2:], start=3):
                cells.append((r, c, "n", v, 6))
            r += 1
        r += 1
        for n in notes:
            cells.append((r, 1, "s", n, 2))
            r += 1
        byrow = {}
        for (rr, cc, kind, v, st) in cells:
            byrow.setdefault(rr, []).append((cc, kind, v, st))
        parts = []
        for rr in sorted(byrow):
            cs = []
            for cc, kind, v, st in sorted(byrow[rr]):
                ref = f"{get_column_letter(cc)}{rr}"
                if kind == "s":
                    cs.append(f'<c r="{ref}" s="{st}" t="s"><v>{si(v)}</v></c>')
                else:
                    cs.append(f'<c r="{ref}" s="{st}"><v>{v}</v></c>')
            parts.append(f'<row r="{rr}">{"".join(cs)}</row>')
        cols = '<cols><col min="1" max="1" width="18" customWidth="1"/><col min="2" max="7" width="14" customWidth="1"/></cols>'
        return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<worksheet xmlns="{S_MAIN}" xmlns:r="{S_REL}">'
                f'<dimension ref="A1:G{max(byrow)}"/><sheetViews><sheetView workbookViewId="0"/></sheetViews>'
                f'<sheetFormatPr defaultRowHeight="15"/>{cols}<sheetData>{"".join(parts)}</sheetData>'
                f'<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>')

    notes = ["Vaccinationstäckning = andel (%) av barnen i kohorten som fått angivna doser vid 2 års ålder, efter folkbokföringskommun.",
             "Hallands län är beräknat av Region Halland som ett vägt medel (antal barn som vikt).",
             "Vaccinationer mot HPV, influensa och covid-19 redovisas inte i denna tabell."]
    src = "Källa: Folkhälsomyndigheten, Nationella vaccinationsregistret (NVR); bearbetning Region Halland, Barnhälsovården."
    sh1 = sheet_xml("Vaccinationstäckning vid 2 års ålder, barn födda 2022", src, vacc_rows(VACC22), notes)
    sh2 = sheet_xml("Vaccinationstäckning vid 2 års ålder, barn födda 2021", src, vacc_rows(VACC21), notes)
    sst = "".join(f'<si><t xml:space="preserve">{xml_esc(s)}</t></si>' for s in strings)
    sst_xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               f'<sst xmlns="{S_MAIN}" count="{len(strings)}" uniqueCount="{len(strings)}">{sst}</sst>')
    styles = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              f'<styleSheet xmlns="{S_MAIN}">'
              '<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0"/></numFmts>'
              '<fonts count="4"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
              '<font><b/><sz val="12"/><name val="Calibri"/><family val="2"/></font>'
              '<font><i/><sz val="9"/><name val="Calibri"/><family val="2"/></font>'
              '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
              '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>'
              '<fill><patternFill patternType="solid"><fgColor rgb="FFE2EFDA"/><bgColor indexed="64"/></patternFill></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="7">'
              '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
              '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
              '<xf numFmtId="0" fontId="3" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1"><alignment wrapText="1"/></xf>'
              '<xf numFmtId="0" fontId="3" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
              '<xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
              '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
              '</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
              '</styleSheet>')
    workbook = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<workbook xmlns="{S_MAIN}" xmlns:r="{S_REL}" conformance="strict">'
                '<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="28729"/>'
                '<workbookPr dateCompatibility="0" defaultThemeVersion="202300"/>'
                '<bookViews><workbookView xWindow="-120" yWindow="-120" windowWidth="29040" windowHeight="15720"/></bookViews>'
                '<sheets><sheet name="Födda 2022" sheetId="1" r:id="rId1"/><sheet name="Födda 2021" sheetId="2" r:id="rId2"/></sheets>'
                '<calcPr calcId="191029"/></workbook>')
    wb_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               f'<Relationship Id="rId1" Type="{S_REL}/worksheet" Target="worksheets/sheet1.xml"/>'
               f'<Relationship Id="rId2" Type="{S_REL}/worksheet" Target="worksheets/sheet2.xml"/>'
               f'<Relationship Id="rId3" Type="{S_REL}/styles" Target="styles.xml"/>'
               f'<Relationship Id="rId4" Type="{S_REL}/sharedStrings" Target="sharedStrings.xml"/>'
               '</Relationships>')
    root_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 f'<Relationship Id="rId3" Type="{S_REL}/extendedProperties" Target="docProps/app.xml"/>'
                 '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                 f'<Relationship Id="rId1" Type="{S_REL}/officeDocument" Target="xl/workbook.xml"/>'
                 '</Relationships>')
    ctypes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
              '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
              '<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
              '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
              '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
              '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
              '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
              '</Types>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:creator>Eriksson Maria RH BHV</dc:creator><cp:lastModifiedBy>Eriksson Maria RH BHV</cp:lastModifiedBy>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2025-05-12T08:14:02Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-05-19T13:40:51Z</dcterms:modified></cp:coreProperties>')
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Properties xmlns="http://purl.oclc.org/ooxml/officeDocument/extendedProperties" '
           'xmlns:vt="http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes">'
           '<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>'
           '<Company>Region Halland</Company><AppVersion>16.0300</AppVersion></Properties>')
    path = os.path.join(out, "vaccinationstackning_2ar_halland.xlsx")
    fixed = (2025, 5, 19, 13, 40, 50)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ctypes), ("_rels/.rels", root_rels),
                           ("docProps/app.xml", app), ("docProps/core.xml", core),
                           ("xl/workbook.xml", workbook), ("xl/_rels/workbook.xml.rels", wb_rels),
                           ("xl/styles.xml", styles), ("xl/sharedStrings.xml", sst_xml),
                           ("xl/worksheets/sheet1.xml", sh1), ("xl/worksheets/sheet2.xml", sh2)):
            zi = zipfile.ZipInfo(name, fixed)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))


# ============================================================ 3. PDF
KEY = [  # label, values in NS order + Halland, Riket, Mål 2030
    ("Folkmängd 31 dec 2024", [85782, 67905, 46577, 105983, 26301, 10873, 343421, 10587710], None, "int"),
    ("Befolkningsförändring 2024, antal", [572, 795, 373, 771, 157, -47, 2621, 36003], None, "signed"),
    ("Andel 65 år och äldre, %", [21.4, 22.6, 23.9, 20.9, 25.3, 24.8, 22.3, 20.5], None, "dec"),
    ("Sysselsättningsgrad 20–64 år, % (2024)", [85.1, 83.6, 82.4, 79.3, 81.7, 78.2, 82.0, 79.9], 83.0, "dec"),
    ("Arbetslöshet 16–64 år, okt 2025, %", [3.9, 5.2, 5.6, 7.8, 6.1, 8.4, 6.2, 6.9], None, "dec"),
    ("Medianinkomst 20 år+, tkr (2023)", [382, 347, 334, 329, 322, 301, 346, 331], None, "int"),
    ("Eftergymnasial utbildning 25–64 år, %", [52.8, 45.1, 38.6, 47.9, 36.2, 29.4, 46.3, 46.9], 50.0, "dec"),
    ("Färdigställda bostäder 2024, antal", [412, 538, 231, 694, 96, 18, 1989, 44310], None, "int"),
]


def write_pdf(out):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    from reportlab.lib.colors import HexColor, white, black

    reg, bold = "Helvetica", "Helvetica-Bold"
    for fam, p1, p2 in (("LiberationSans", "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
                         "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"),
                        ("DejaVu", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                         "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")):
        if os.path.exists(p1) and os.path.exists(p2):
            pdfmetrics.registerFont(TTFont(fam, p1))
            pdfmetrics.registerFont(TTFont(fam + "-B", p2))
            reg, bold = fam, fam + "-B"
            break
    MINUS = "\u2212" if reg != "Helvetica" else "-"
    NB = "\u00a0" if reg != "Helvetica" else " "

    def f_int(v):
        return sv(v, NB).replace("-", MINUS)

    def f_signed(v):
        return ("+" if v > 0 else MINUS if v < 0 else "") + sv(abs(v), NB)

    def f_dec(v):
        return f"{v:.1f}".replace(".", ",")

    fmt = {"int": f_int, "signed": f_signed, "dec": f_dec}
    W, H = A4
    c = canvas.Canvas(os.path.join(out, "halland_i_korthet_2025.pdf"), pagesize=A4, invariant=1)
    c.setTitle("Halland i korthet 2025")
    c.setAuthor("Region Halland, Analys och uppföljning")
    teal = HexColor("#006e7f")

    def header(pn):
        c.setFillColor(teal)
        c.rect(0, H - 28, W, 28, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont(bold, 10)
        c.drawString(40, H - 18, "REGION HALLAND")
        c.setFont(reg, 9)
        c.drawRightString(W - 40, H - 18, "Halland i korthet 2025")
        c.setFillColor(black)
        c.setFont(reg, 8)
        c.drawString(40, 28, "Region Halland, Analys och uppföljning · november 2025")
        c.drawRightString(W - 40, 28, f"Sida {pn} av 2")

    def para(x, y, text, size=9.5, width=515, lead=13):
        c.setFont(reg, size)
        words = text.split()
        line = ""
        for w in words:
            t = (line + " " + w).strip()
            if c.stringWidth(t, reg, size) > width:
                c.drawString(x, y, line)
                y -= lead
                line = w
            else:
                line = t
        if line:
            c.drawString(x, y, line)
            y -= lead
        return y

    # ---------------- page 1
    header(1)
    c.setFont(bold, 20)
    c.drawString(40, H - 70, "Halland i korthet 2025")
    c.setFont(reg, 11)
    c.drawString(40, H - 88, "Nyckeltal för länets sex kommuner")
    y = H - 115
    y = para(40, y, "Hallands befolkning fortsätter att växa och passerade 340 000 invånare under 2023. Tillväxten är "
                    "störst i Varberg och Halmstad, medan Hylte minskade något. Andelen äldre ökar i hela länet och är "
                    "högst i kommunerna i länets södra och östra delar. År 2015 var andelen 65 år och äldre 20,8 procent i länet.")
    y -= 4
    y = para(40, y, "Sysselsättningsgraden i Halland är bland de högsta i landet. Det regionala målet i den regionala "
                    "utvecklingsstrategin är att nå minst 83 procent till 2030. Arbetslösheten har ökat sedan 2023 men "
                    "ligger fortfarande under riksgenomsnittet; i oktober 2019 var den 5,4 procent i länet.")
    y -= 14
    c.setFont(bold, 10.5)
    c.drawString(40, y, "Tabell 1. Nyckeltal per kommun")
    y -= 18
    cols_x = [230, 268, 306, 348, 385, 420, 466, 520, 572]  # right edges
    heads = ["Kba", "Vbg", "Fbg", "Hstd", "Lhm", "Hyl", "Halland", "Riket", "Mål 2030"]
    c.setFillColor(HexColor("#d9ecef"))
    c.rect(38, y - 6, W - 76 + 20, 18, stroke=0, fill=1)
    c.setFillColor(black)
    c.setFont(bold, 8.5)
    c.drawString(42, y, "Indikator")
    for x, h in zip(cols_x, heads):
        c.drawRightString(x, y, h)
    y -= 20
    for i, (lab, vals, goal, kind) in enumerate(KEY):
        if i % 2 == 1:
            c.setFillColor(HexColor("#f2f2f2"))
            c.rect(38, y - 5, W - 76 + 20, 16, stroke=0, fill=1)
            c.setFillColor(black)
        c.setFont(reg, 8.5)
        c.drawString(42, y, lab)
        for x, v in zip(cols_x, vals):
            s = fmt[kind](v)
            if lab.startswith("Färdigställda") and v == 18:
                s = s + "¹"
            c.drawRightString(x + (4 if s.endswith("¹") else 0), y, s)
        c.drawRightString(cols_x[-1], y, f_dec(goal) if goal else "–")
        y -= 16
    c.setLineWidth(0.6)
    c.line(38, y + 10, W - 18, y + 10)
    y -= 6
    for n in ["Förkortningar: Kba = Kungsbacka, Vbg = Varberg, Fbg = Falkenberg, Hstd = Halmstad, Lhm = Laholm, Hyl = Hylte.",
              "Kommunerna redovisas i geografisk ordning från norr till söder. Mål 2030 avser länet (regional utvecklingsstrategi).",
              "¹ Preliminär uppgift.",
              "Källor: SCB (befolkning, BAS, inkomst, utbildning, bostadsbyggande), Arbetsförmedlingen (arbetslöshet)."]:
        c.setFont(reg, 7.5)
        c.drawString(40, y, n)
        y -= 11
    y -= 10
    y = para(40, y, "Medianinkomsten avser sammanräknad förvärvsinkomst för personer 20 år och äldre. Arbetslösheten avser "
                    "öppet arbetslösa och sökande i program med aktivitetsstöd i procent av den registerbaserade arbetskraften.",
             size=8.5, lead=11.5)
    c.showPage()

    # ---------------- page 2
    header(2)
    c.setFont(bold, 14)
    c.drawString(40, H - 62, "Pendling 2024")
    y = H - 86
    y = para(40, y, "Kungsbacka ingår i Göteborgs lokala arbetsmarknad och har länets i särklass största utpendling; "
                    "ungefär hälften av de förvärvsarbetande kungsbackaborna arbetar i en annan kommun, de flesta i Göteborg. "
                    "Halmstad och Varberg har fler inpendlare än utpendlare. År 2015 pendlade 18 650 personer ut från Kungsbacka.")
    y -= 12
    c.setFont(bold, 9.5)
    c.drawString(40, y, "Tabell 2. Inpendlare 2024")
    c.drawString(315, y, "Tabell 3. Utpendlare 2024, rangordnade")
    y -= 16
    c.setFont(bold, 8)
    c.drawString(40, y, "Kommun")
    c.drawRightString(195, y, "Antal")
    c.drawRightString(285, y, "Andel av dagbef., %")
    c.drawString(315, y, "Kommun")
    c.drawRightString(470, y, "Antal")
    c.drawRightString(560, y, "Andel av nattbef., %")
    c.setLineWidth(0.5)
    c.line(38, y - 4, 288, y - 4)
    c.line(313, y - 4, 563, y - 4)
    y -= 16
    inn = {k: DAG24[k] - NATT24[k] + UT24[k] for k in KOM}
    left = sorted(KOM)
    right = sorted(KOM, key=lambda k: -UT24[k])
    c.setFont(reg, 8.5)
    for a, b in zip(left, right):
        c.drawString(40, y, a)
        c.drawRightString(195, y, f_int(inn[a]))
        c.drawRightString(285, y, f_dec(round(inn[a] / DAG24[a] * 100 + 1e-9, 1)))
        c.drawString(315, y, b)
        c.drawRightString(470, y, f_int(UT24[b]))
        c.drawRightString(560, y, f_dec(round(UT24[b] / NATT24[b] * 100 + 1e-9, 1)))
        y -= 14
    y -= 4
    c.setFont(reg, 7.5)
    for n in ["Inpendlare = förvärvsarbetande med arbetsställe i kommunen som bor i en annan kommun (inom eller utanför länet).",
              "Utpendlare = förvärvsarbetande som bor i kommunen och arbetar i en annan kommun. Andelarna avser dagbefolkning",
              "respektive nattbefolkning enligt BAS (15–74 år). Källa: SCB, BAS 2024."]:
        c.drawString(40, y, n)
        y -= 10
    y -= 14
    c.setFont(bold, 9.5)
    c.drawString(40, y, "Tabell 4. Största pendlingsströmmar över kommungräns 2024")
    y -= 16
    flows = [("Kungsbacka", "Göteborg", 15230), ("Varberg", "Falkenberg", 2104), ("Falkenberg", "Varberg", 2588),
             ("Laholm", "Halmstad", 3317), ("Halmstad", "Laholm", 1210), ("Kungsbacka", "Varberg", 1486),
             ("Hylte", "Halmstad", 512), ("Halmstad", "Falkenberg", 1742)]
    c.setFont(bold, 8)
    c.drawString(40, y, "Från (bostad)")
    c.drawString(160, y, "Till (arbete)")
    c.drawRightString(330, y, "Antal")
    c.line(38, y - 4, 333, y - 4)
    y -= 16
    c.setFont(reg, 8.5)
    for a, b, n in flows:
        c.drawString(40, y, a)
        c.drawString(160, y, b)
        c.drawRightString(330, y, f_int(n))
        y -= 14
    y -= 10
    para(40, y, "Region Halland följer pendlingen årligen i rapporten Pendling och arbetsmarknadsregioner. "
                "Målet i trafikförsörjningsprogrammet är att kollektivtrafikens andel av pendlingsresorna ska öka till 30 procent 2030.",
         size=8.5, lead=11.5)
    c.showPage()
    c.save()


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "."
    os.makedirs(out, exist_ok=True)
    write_primarvard(out)
    write_tableau(out)
    write_pdf(out)
    write_fa(out)
    write_af(out)
    write_strict(out)
    print("wrote 6 files to", out)


if __name__ == "__main__":
    main()
