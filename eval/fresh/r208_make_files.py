#!/usr/bin/env python3
"""Round r208 (Västra Götaland): writes six made-up but plausible statistics files.

Usage: python r208_make_files.py OUT_DIR

Deterministic: no clock, no randomness. PDF metadata fixed (reportlab invariant
mode), XLSX zip entries and docProps rewritten with fixed dates.

Files and their awkwardness:
 1 af_inskrivna_arbetslosa_oktober.csv  comma-delimited web export: Excel-safe
   ="1401" wrapped code cells, decimal commas inside quoted fields, header cells
   containing line breaks inside quotes.
 2 delregioner_forvarvsarbetande_2023.xlsx  one sheet per delregion (Fyrbodal,
   Göteborgsregionen, Sjuhärad, Skaraborg) each with its own "Summa" row; the GR
   sheet includes Kungsbacka, which belongs to Hallands län.
 3 lagesrapport_arbetsmarknad_sept2024.pdf  regional report where the figures
   only exist inside running prose (levels, changes in procentenheter,
   two periods mentioned in different sentences).
 4 sjukpenningtal_dec2024.pdf  table whose cells hold two lines: the level and,
   underneath in parentheses, the change since December 2023.
 5 skaraborg_i_siffror_2024.xlsx  transposed comparison sheet (indicators as
   rows, municipalities as columns, frozen panes), counts stored as text with
   space thousands separators.
 6 insatser_deltagare_sjuharad.csv  pipe-delimited register extract, one row per
   participant spell, ongoing spells carry the sentinel end date 9999-12-31,
   municipality names in capitals.
"""
import os
import re
import sys
import zipfile
from datetime import date, timedelta

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import (Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

# ----------------------------------------------------------------------------
# Base data (made up). name: (code, delregion, pop2024, u_okt23, u_okt24,
#                              ff2023, sjp_tot_dec24, sjp_tot_change)
# ----------------------------------------------------------------------------
M = {
    # Fyrbodal
    "Bengtsfors": (1460, "Fyrbodal", 9243, 10.1, 10.9, 74.6, 13.4, 0.5),
    "Dals-Ed": (1438, "Fyrbodal", 4612, 5.0, 5.6, 79.8, 11.9, -0.3),
    "Färgelanda": (1439, "Fyrbodal", 6478, 6.8, 7.4, 78.1, 13.1, 0.2),
    "Lysekil": (1484, "Fyrbodal", 14521, 6.9, 7.3, 77.0, 12.2, -0.4),
    "Mellerud": (1461, "Fyrbodal", 8794, 8.4, 9.2, 75.9, 13.8, 0.6),
    "Munkedal": (1430, "Fyrbodal", 10509, 6.0, 6.7, 79.1, 12.7, 0.0),
    "Orust": (1421, "Fyrbodal", 15187, 4.1, 4.3, 81.2, 10.9, -0.2),
    "Sotenäs": (1427, "Fyrbodal", 8962, 4.6, 4.4, 80.5, 10.4, -0.7),
    "Strömstad": (1486, "Fyrbodal", 13418, 4.0, 4.2, 79.5, 9.6, -0.1),
    "Tanum": (1435, "Fyrbodal", 13047, 3.9, 4.5, 81.9, 10.1, 0.3),
    "Trollhättan": (1488, "Fyrbodal", 59903, 10.2, 11.0, 74.2, 12.9, 0.4),
    "Uddevalla": (1485, "Fyrbodal", 57982, 7.9, 8.5, 77.3, 12.4, -0.2),
    "Vänersborg": (1487, "Fyrbodal", 40147, 7.6, 8.2, 77.6, 12.6, 0.1),
    "Åmål": (1492, "Fyrbodal", 12476, 9.8, 10.4, 73.8, 14.1, -0.9),
    # Göteborgsregionen (VG members)
    "Ale": (1440, "Göteborgsregionen", 32351, 4.9, 5.3, 83.4, 10.8, 0.2),
    "Alingsås": (1489, "Göteborgsregionen", 42408, 4.8, 5.4, 82.0, 10.5, -0.3),
    "Göteborg": (1480, "Göteborgsregionen", 607882, 7.2, 7.6, 77.2, 9.2, 0.1),
    "Härryda": (1401, "Göteborgsregionen", 39364, 3.2, 3.6, 85.3, 8.4, -0.1),
    "Kungälv": (1482, "Göteborgsregionen", 49276, 3.7, 4.0, 84.6, 9.1, 0.0),
    "Lerum": (1441, "Göteborgsregionen", 43453, 3.5, 3.8, 85.8, 8.9, -0.2),
    "Lilla Edet": (1462, "Göteborgsregionen", 14206, 7.1, 7.5, 79.0, 12.8, 0.7),
    "Mölndal": (1481, "Göteborgsregionen", 71118, 4.8, 5.2, 82.9, 8.6, -0.4),
    "Partille": (1402, "Göteborgsregionen", 40271, 4.6, 5.0, 83.1, 8.8, 0.2),
    "Stenungsund": (1415, "Göteborgsregionen", 27548, 3.9, 4.1, 84.0, 9.8, -0.5),
    "Tjörn": (1419, "Göteborgsregionen", 16058, 2.9, 3.1, 84.9, 9.9, 0.3),
    "Öckerö": (1407, "Göteborgsregionen", 12947, 2.4, 2.7, 86.1, 8.1, -0.6),
    # Sjuhärad
    "Bollebygd": (1443, "Sjuhärad", 9934, 3.4, 3.9, 85.0, 9.5, -0.2),
    "Borås": (1490, "Sjuhärad", 115472, 8.3, 8.9, 77.9, 11.3, 0.3),
    "Herrljunga": (1466, "Sjuhärad", 9571, 4.2, 4.8, 83.2, 11.0, 0.5),
    "Mark": (1463, "Sjuhärad", 35284, 5.1, 5.7, 81.6, 11.7, -0.1),
    "Svenljunga": (1465, "Sjuhärad", 10833, 5.4, 5.9, 79.6, 12.1, 0.8),
    "Tranemo": (1452, "Sjuhärad", 11642, 4.4, 4.9, 82.7, 11.5, -0.8),
    "Ulricehamn": (1491, "Sjuhärad", 25302, 3.8, 4.4, 83.6, 10.3, 0.0),
    "Vårgårda": (1442, "Sjuhärad", 12118, 4.0, 4.6, 82.4, 10.9, 0.2),
    # Skaraborg
    "Essunga": (1445, "Skaraborg", 5610, 3.8, 4.3, 83.3, 11.2, -0.3),
    "Falköping": (1499, "Skaraborg", 33794, 6.3, 6.9, 79.7, 12.3, 0.2),
    "Grästorp": (1444, "Skaraborg", 5741, 3.5, 4.0, 84.2, 10.6, 0.1),
    "Gullspång": (1447, "Skaraborg", 5218, 9.1, 9.7, 74.9, 13.6, 0.9),
    "Götene": (1471, "Skaraborg", 13291, 4.7, 5.1, 81.7, 11.4, -0.2),
    "Hjo": (1497, "Skaraborg", 9213, 4.5, 4.9, 81.3, 11.8, 0.4),
    "Karlsborg": (1446, "Skaraborg", 6919, 4.3, 4.6, 80.9, 12.0, -0.5),
    "Lidköping": (1494, "Skaraborg", 40652, 5.0, 5.5, 82.3, 11.1, -0.1),
    "Mariestad": (1493, "Skaraborg", 24718, 6.4, 7.0, 79.2, 12.5, 0.3),
    "Skara": (1495, "Skaraborg", 18893, 6.6, 7.1, 79.4, 11.9, 0.2),
    "Skövde": (1496, "Skaraborg", 57412, 5.9, 6.4, 80.1, 10.7, -0.2),
    "Tibro": (1472, "Skaraborg", 11287, 7.5, 8.1, 77.8, 13.2, 0.6),
    "Tidaholm": (1498, "Skaraborg", 13012, 6.1, 6.5, 78.8, 12.9, -0.4),
    "Töreboda": (1473, "Skaraborg", 9338, 6.6, 7.2, 77.4, 13.5, 0.1),
    "Vara": (1470, "Skaraborg", 16083, 3.9, 4.2, 82.8, 10.8, 0.3),
}
assert len(M) == 49

# Population 2023 (hand set for Skaraborg, used in file 5)
POP23_SKB = {
    "Essunga": 5598, "Falköping": 33421, "Grästorp": 5731, "Gullspång": 5262,
    "Götene": 13245, "Hjo": 9052, "Karlsborg": 6905, "Lidköping": 40312,
    "Mariestad": 24691, "Skara": 18805, "Skövde": 56662, "Tibro": 11302,
    "Tidaholm": 12984, "Töreboda": 9381, "Vara": 16012,
}
# Households with ekonomiskt bistånd 2023 (Skaraborg, file 5)
BIST_SKB = {
    "Essunga": 58, "Falköping": 612, "Grästorp": 41, "Gullspång": 139,
    "Götene": 171, "Hjo": 96, "Karlsborg": 83, "Lidköping": 598,
    "Mariestad": 487, "Skara": 402, "Skövde": 1014, "Tibro": 318,
    "Tidaholm": 214, "Töreboda": 176, "Vara": 129,
}
# Share 65+ 2024 (Skaraborg, file 5)
OLD_SKB = {
    "Essunga": 24.1, "Falköping": 21.3, "Grästorp": 23.8, "Gullspång": 27.9,
    "Götene": 23.4, "Hjo": 26.2, "Karlsborg": 27.1, "Lidköping": 22.6,
    "Mariestad": 24.0, "Skara": 22.9, "Skövde": 19.2, "Tibro": 23.7,
    "Tidaholm": 24.5, "Töreboda": 25.8, "Vara": 23.1,
}
# New firms 2024 (Skaraborg, file 5)
NYF_SKB = {
    "Essunga": 31, "Falköping": 228, "Grästorp": 36, "Gullspång": 22,
    "Götene": 84, "Hjo": 61, "Karlsborg": 38, "Lidköping": 301,
    "Mariestad": 172, "Skara": 117, "Skövde": 412, "Tibro": 58,
    "Tidaholm": 73, "Töreboda": 49, "Vara": 109,
}

KUNGSBACKA = {"code": 1384, "pop2023": 84912, "ff": 86.4}

DELREG_ORDER = ["Fyrbodal", "Göteborgsregionen", "Sjuhärad", "Skaraborg"]


def h(s, k):
    """Deterministic pseudo-variation in [0, 1) from a name."""
    v = 7
    for c in s:
        v = (v * 131 + ord(c) * (k + 3)) % 1000003
    return (v % 1000) / 1000.0


def rnd(x, nd=0):
    """Round half away from zero (as people do)."""
    m = 10 ** nd
    y = abs(x) * m + 0.5
    y = int(y) / m
    return -y if x < 0 else y


def fmt_dec(x, nd=1):
    s = f"{x:.{nd}f}".replace(".", ",")
    return s


def fmt_thou(n):
    s = f"{int(n):,}".replace(",", " ")
    return s


def pop2023(name):
    if name in POP23_SKB:
        return POP23_SKB[name]
    g = -0.004 + 0.016 * h(name, 2)
    return int(rnd(M[name][2] / (1 + g)))


def ak_frac(name):
    return 0.55 if name == "Göteborg" else 0.49 + 0.04 * h(name, 1)


def bef2064_frac(name):
    return 0.60 if name == "Göteborg" else 0.535 + 0.05 * h(name, 3)


NAMES_BY_CODE = sorted(M, key=lambda n: M[n][0])


def sv_key(s):
    """Swedish alphabetical order (å, ä, ö after z)."""
    return s.lower().replace("å", "{").replace("ä", "|").replace("ö", "}")


# ----------------------------------------------------------------------------
# File 1: AF web export CSV
# ----------------------------------------------------------------------------
def af_rows():
    rows = []
    for n in NAMES_BY_CODE:
        code, dr, p24, u23, u24 = M[n][:5]
        ak24 = int(rnd(p24 * ak_frac(n)))
        ak23 = int(rnd(pop2023(n) * ak_frac(n)))
        c23 = int(rnd(ak23 * u23 / 100))
        c24 = int(rnd(ak24 * u24 / 100))
        s23 = rnd(c23 / ak23 * 100, 1)
        s24 = rnd(c24 / ak24 * 100, 1)
        assert abs(s23 - u23) < 1e-9 and abs(s24 - u24) < 1e-9, n
        rows.append((str(code), n, c23, s23, c24, s24, ak23, ak24))
    return rows


def write_af_csv(path):
    rows = af_rows()
    t_c23 = sum(r[2] for r in rows)
    t_c24 = sum(r[4] for r in rows)
    t_ak23 = sum(r[6] for r in rows)
    t_ak24 = sum(r[7] for r in rows)
    head = [
        "Kommunkod",
        "Kommun",
        "Inskrivna arbetslösa 16–64 år\nantal\noktober 2023",
        "Inskrivna arbetslösa 16–64 år\nandel (%) av registerbaserad arbetskraft\noktober 2023",
        "Inskrivna arbetslösa 16–64 år\nantal\noktober 2024",
        "Inskrivna arbetslösa 16–64 år\nandel (%) av registerbaserad arbetskraft\noktober 2024",
    ]
    lines = [",".join('"%s"' % c for c in head)]
    for code, n, c23, s23, c24, s24, _, _ in rows:
        lines.append('="%s","%s",%d,"%s",%d,"%s"' % (code, n, c23, fmt_dec(s23), c24, fmt_dec(s24)))
    lines.append('="14","Västra Götalands län",%d,"%s",%d,"%s"' % (
        t_c23, fmt_dec(rnd(t_c23 / t_ak23 * 100, 1)), t_c24, fmt_dec(rnd(t_c24 / t_ak24 * 100, 1))))
    data = "\r\n".join(lines) + "\r\n"
    with open(path, "wb") as f:
        f.write(b"\xef\xbb\xbf" + data.encode("utf-8"))
    return rows


# ----------------------------------------------------------------------------
# XLSX determinism helper
# ----------------------------------------------------------------------------
FIXED_TS = "2025-01-15T08:00:00Z"


def normalize_xlsx(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = []
    for name, data in items:
        if name == "docProps/core.xml":
            txt = data.decode("utf-8")
            txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>%s\g<2>" % FIXED_TS, txt)
            txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>%s\g<2>" % FIXED_TS, txt)
            data = txt.encode("utf-8")
        out.append((name, data))
    with zipfile.ZipFile(path, "w") as z:
        for name, data in out:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 15, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)


def set_props(wb, title):
    from datetime import datetime
    wb.properties.creator = "Västra Götalandsregionen, Analys och uppföljning"
    wb.properties.lastModifiedBy = "Västra Götalandsregionen"
    wb.properties.title = title
    wb.properties.created = datetime(2025, 1, 15, 8, 0, 0)
    wb.properties.modified = datetime(2025, 1, 15, 8, 0, 0)


# ----------------------------------------------------------------------------
# File 2: delregion sheets
# ----------------------------------------------------------------------------
def delreg_rows():
    out = {d: [] for d in DELREG_ORDER}
    for n in sorted(M, key=sv_key):
        d = M[n][1]
        bef = int(rnd(pop2023(n) * bef2064_frac(n)))
        forv = int(rnd(bef * M[n][5] / 100))
        assert abs(rnd(forv / bef * 100, 1) - M[n][5]) < 1e-9, n
        out[d].append((n, bef, forv))
    # Kungsbacka in GR (Hallands län)
    bef = int(rnd(KUNGSBACKA["pop2023"] * 0.556))
    forv = int(rnd(bef * KUNGSBACKA["ff"] / 100))
    out["Göteborgsregionen"].append(("Kungsbacka *", bef, forv))
    out["Göteborgsregionen"].sort(key=lambda r: sv_key(r[0]))
    return out


def write_delreg_xlsx(path):
    data = delreg_rows()
    wb = Workbook()
    wb.remove(wb.active)
    bold = Font(bold=True)
    for d in DELREG_ORDER:
        ws = wb.create_sheet(d)
        ws["A1"] = f"Befolkning och förvärvsarbetande 20–64 år efter bostadskommun, november 2023 – {d}"
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = "Källa: SCB, Registerbaserad arbetsmarknadsstatistik (RAMS/BAS). Bearbetning: Västra Götalandsregionen."
        hdr = ["Kommun", "Befolkning 20–64 år", "Förvärvsarbetande 20–64 år", "Förvärvsfrekvens (%)"]
        for j, v in enumerate(hdr, 1):
            c = ws.cell(row=4, column=j, value=v)
            c.font = bold
            c.alignment = Alignment(wrap_text=True)
        r = 5
        for n, bef, forv in data[d]:
            ws.cell(row=r, column=1, value=n)
            ws.cell(row=r, column=2, value=bef).number_format = "#,##0"
            ws.cell(row=r, column=3, value=forv).number_format = "#,##0"
            ws.cell(row=r, column=4, value=rnd(forv / bef * 100, 1)).number_format = "0.0"
            r += 1
        sb = sum(x[1] for x in data[d])
        sf = sum(x[2] for x in data[d])
        ws.cell(row=r, column=1, value=f"Summa {d}").font = bold
        ws.cell(row=r, column=2, value=sb).number_format = "#,##0"
        ws.cell(row=r, column=3, value=sf).number_format = "#,##0"
        ws.cell(row=r, column=4, value=rnd(sf / sb * 100, 1)).number_format = "0.0"
        for j in range(2, 5):
            ws.cell(row=r, column=j).font = bold
        if d == "Göteborgsregionen":
            ws.cell(row=r + 2, column=1,
                    value="* Kungsbacka är medlem i Göteborgsregionen (GR) men tillhör Hallands län. "
                          "Kungsbacka ingår i summan för GR.")
        ws.column_dimensions["A"].width = 26
        for col in "BCD":
            ws.column_dimensions[col].width = 16
    set_props(wb, "Förvärvsarbetande per delregion 2023")
    wb.save(path)
    normalize_xlsx(path)
    return data


# ----------------------------------------------------------------------------
# File 3: prose report PDF
# ----------------------------------------------------------------------------
def write_report_pdf(path):
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["BodyText"], fontName="Helvetica", fontSize=10,
                          leading=14, alignment=4)
    h1 = ParagraphStyle("h1", parent=ss["Heading1"], fontName="Helvetica-Bold", fontSize=16)
    h2 = ParagraphStyle("h2", parent=ss["Heading2"], fontName="Helvetica-Bold", fontSize=12)
    small = ParagraphStyle("s", parent=body, fontSize=8, leading=10, textColor=colors.grey)
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.5 * cm,
                            topMargin=2.2 * cm, bottomMargin=2.2 * cm, invariant=1,
                            title="Lägesrapport arbetsmarknad Västra Götaland september 2024",
                            author="Arbetsförmedlingen Analys, region Väst",
                            subject="Lägesrapport", creator="Arbetsförmedlingen")
    P = lambda t, s=body: Paragraph(t, s)
    st = [
        P("Läget på arbetsmarknaden i Västra Götaland – september 2024", h1),
        P("Arbetsförmedlingen, Analysavdelningen region Väst. Publicerad 15 oktober 2024.", small),
        Spacer(1, 8),
        P("Sammanfattning", h2),
        P("Arbetsmarknaden i Västra Götaland har fortsatt att försvagas under hösten. I september var "
          "7,0 procent av den registerbaserade arbetskraften i åldern 16–64 år inskrivna som arbetslösa "
          "i länet, att jämföra med 6,5 procent i september förra året. Uppgången är tydligast bland "
          "utrikes födda och i kommuner med stor andel industrisysselsättning. Samtidigt minskar "
          "antalet nyanmälda lediga platser i de flesta delar av länet, med Skaraborg som undantag."),
        P("Fyrbodal", h2),
        P("I Fyrbodal sticker Trollhättan ut. Där var 11,2 procent av den registerbaserade "
          "arbetskraften inskrivna som arbetslösa i september, en ökning med 0,9 procentenheter "
          "jämfört med samma månad 2023. Även i Bengtsfors (11,0 procent) och Åmål (10,5 procent) är "
          "nivåerna höga, medan Strömstad med 4,1 procent har den lägsta andelen i delregionen. "
          "Fordons- och underleverantörsindustrin har varslat om neddragningar under sommaren, "
          "vilket väntas påverka Trollhättan och Vänersborg även under vintern."),
        P("Efterfrågan på arbetskraft har mattats av. Under januari till september anmäldes "
          "sammanlagt 9 870 nya lediga platser till Arbetsförmedlingen i Fyrbodal. Flest platser "
          "anmäldes inom vård och omsorg samt handel. Under motsvarande period 2023 anmäldes "
          "11 215 platser i delregionen."),
        P("Göteborgsregionen", h2),
        P("I Göteborg var andelen inskrivna arbetslösa 7,5 procent i september, vilket är 0,3 "
          "procentenheter högre än ett år tidigare. Bland kranskommunerna är nivåerna betydligt lägre; "
          "lägst är Öckerö med 2,6 procent. Antalet nyanmälda lediga platser i Göteborgsregionens "
          "västgötska kommuner uppgick till 61 430 under årets nio första månader, jämfört med 64 980 "
          "samma period i fjol. Kungsbacka redovisas i Hallands läns lägesrapport."),
        P("Sjuhärad", h2),
        P("Borås hade 8,8 procent inskrivna arbetslösa i september, en ökning med 0,7 procentenheter "
          "på ett år. Övriga kommuner i Sjuhärad ligger mellan 3,8 och 5,8 procent. Textil- och "
          "e-handelsnära verksamheter rapporterar en avvaktande rekryteringsvilja, och antalet "
          "nyanmälda platser i delregionen, 7 310 under januari–september, är lägre än föregående år."),
        P("Skaraborg", h2),
        P("I Skaraborg är bilden mer blandad. Gullspång har med 9,6 procent den högsta andelen "
          "inskrivna arbetslösa i delregionen, medan Skövde ligger på 6,3 procent, 0,4 procentenheter "
          "högre än i september 2023. Skaraborg är den enda delregion där antalet nyanmälda lediga "
          "platser har ökat: 14 210 platser anmäldes under januari–september, mot 13 650 under samma "
          "period förra året. Ökningen förklaras till stor del av försvarsrelaterade rekryteringar "
          "i Skövde och Karlsborg."),
        P("Utsikter", h2),
        P("Arbetsförmedlingen bedömer att arbetslösheten i länet når sin topp under första halvåret "
          "2025 för att därefter långsamt vända nedåt. Risken för långa tider utan arbete är störst "
          "för personer som saknar gymnasieutbildning."),
        Spacer(1, 10),
        P("Uppgifterna avser inskrivna arbetslösa (öppet arbetslösa och sökande i program med "
          "aktivitetsstöd) 16–64 år som andel av den registerbaserade arbetskraften. Nyanmälda lediga "
          "platser avser platser anmälda till Arbetsförmedlingen.", small),
    ]
    doc.build(st)


# ----------------------------------------------------------------------------
# File 4: sjukpenningtal PDF with two-line cells
# ----------------------------------------------------------------------------
def sjp_values():
    out = []
    for n in sorted(M, key=sv_key):
        t, ct = M[n][6], M[n][7]
        w = rnd(t * 1.27 + 0.6 * (h(n, 4) - 0.5), 1)
        m = rnd(t * 0.74 + 0.6 * (h(n, 7) - 0.5), 1)
        cw = rnd(ct + 0.6 * (h(n, 5) - 0.5), 1)
        cm_ = rnd(ct - 0.6 * (h(n, 6) - 0.5), 1)
        out.append((n, w, cw, m, cm_, t, ct))
    out.append(("Västra Götalands län", 12.4, 0.1, 7.6, -0.1, 10.0, 0.0))
    out.append(("Riket", 12.6, 0.2, 7.5, 0.0, 10.1, 0.1))
    return out


def fmt_chg(x):
    if abs(x) < 1e-9:
        return "(±0,0)"
    return "(%s%s)" % ("+" if x > 0 else "-", fmt_dec(abs(x)))


def write_sjp_pdf(path):
    vals = sjp_values()
    ss = getSampleStyleSheet()
    h1 = ParagraphStyle("h1", parent=ss["Heading1"], fontName="Helvetica-Bold", fontSize=14)
    small = ParagraphStyle("s", parent=ss["BodyText"], fontName="Helvetica", fontSize=7.5, leading=9.5)
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.5 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm, invariant=1,
                            title="Sjukpenningtal per kommun december 2024",
                            author="Försäkringskassan", subject="Sjukpenningtal",
                            creator="Försäkringskassan statistik")
    data = [["Kommun", "Kvinnor", "Män", "Totalt"]]
    for n, w, cw, m, cm_, t, ct in vals:
        data.append([n, "%s\n%s" % (fmt_dec(w), fmt_chg(cw)), "%s\n%s" % (fmt_dec(m), fmt_chg(cm_)),
                     "%s\n%s" % (fmt_dec(t), fmt_chg(ct))])
    tbl = Table(data, colWidths=[5.5 * cm, 3 * cm, 3 * cm, 3 * cm], repeatRows=1)
    style = [
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
        ("FONT", (0, 1), (-1, -1), "Helvetica", 8.5),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.lightgrey),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LEADING", (0, 1), (-1, -1), 9.5),
    ]
    nrow = len(data)
    style.append(("FONT", (0, nrow - 2), (-1, nrow - 1), "Helvetica-Bold", 8.5))
    style.append(("LINEABOVE", (0, nrow - 2), (-1, nrow - 2), 0.8, colors.black))
    tbl.setStyle(TableStyle(style))
    st = [
        Paragraph("Sjukpenningtal per kommun i Västra Götalands län, december 2024", h1),
        Paragraph("Antal dagar per registrerad försäkrad 16–64 år, rullande 12 månader. "
                  "Inom parentes: förändring i antal dagar jämfört med december 2023.", small),
        Spacer(1, 6),
        tbl,
        Spacer(1, 6),
        Paragraph("Sjukpenningtalet avser antal utbetalda dagar med sjukpenning och rehabiliteringspenning "
                  "under de senaste tolv månaderna per registrerad försäkrad i åldern 16–64 år. "
                  "Kommun avser den försäkrades folkbokföringskommun. Källa: Försäkringskassan, MiDAS.",
                  small),
    ]
    doc.build(st)
    return vals


# ----------------------------------------------------------------------------
# File 5: transposed Skaraborg sheet
# ----------------------------------------------------------------------------
def write_skaraborg_xlsx(path, af, dr):
    skb = sorted([n for n in M if M[n][1] == "Skaraborg"], key=sv_key)
    af_by = {r[1]: r for r in af}
    vg_names = list(M)
    pop24_vg = sum(M[n][2] for n in vg_names)
    pop23_vg = sum(pop2023(n) for n in vg_names)
    # unemployment shares
    u_skb = rnd(sum(af_by[n][4] for n in skb) / sum(af_by[n][7] for n in skb) * 100, 1)
    u_vg = rnd(sum(r[4] for r in af) / sum(r[7] for r in af) * 100, 1)
    # förvärvsfrekvens
    skb_dr = dr["Skaraborg"]
    ff_skb = rnd(sum(x[2] for x in skb_dr) / sum(x[1] for x in skb_dr) * 100, 1)
    allrows = [x for d in DELREG_ORDER for x in dr[d] if not x[0].startswith("Kungsbacka")]
    ff_vg = rnd(sum(x[2] for x in allrows) / sum(x[1] for x in allrows) * 100, 1)
    ff_by = {x[0]: rnd(x[2] / x[1] * 100, 1) for x in skb_dr}
    pop24_skb = sum(M[n][2] for n in skb)
    pop23_skb = sum(POP23_SKB[n] for n in skb)
    old_skb = 23.0
    bist_skb = sum(BIST_SKB.values())

    wb = Workbook()
    ws = wb.active
    ws.title = "Skaraborg i siffror"
    ws["A1"] = "Skaraborgs kommuner i siffror 2024"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Sammanställning: Skaraborgs kommunalförbund. Källor: SCB, Arbetsförmedlingen, "
                "Socialstyrelsen, Bolagsverket.")
    hdr = ["Indikator", "Enhet", "Period"] + skb + ["Skaraborg", "Västra Götaland"]
    for j, v in enumerate(hdr, 1):
        c = ws.cell(row=4, column=j, value=v)
        c.font = Font(bold=True)
        c.alignment = Alignment(wrap_text=True, horizontal="center")

    def text_num(v):
        return fmt_thou(v)

    rows = [
        ("Folkmängd 31 december", "antal", "2024",
         [text_num(M[n][2]) for n in skb] + [text_num(pop24_skb), text_num(pop24_vg)]),
        ("Folkmängd 31 december", "antal", "2023",
         [text_num(POP23_SKB[n]) for n in skb] + [text_num(pop23_skb), text_num(pop23_vg)]),
        ("Andel invånare 65 år och äldre", "procent", "2024",
         [OLD_SKB[n] for n in skb] + [old_skb, 20.4]),
        ("Förvärvsfrekvens 20–64 år", "procent", "2023",
         [ff_by[n] for n in skb] + [ff_skb, ff_vg]),
        ("Inskrivna arbetslösa 16–64 år, andel av reg. arbetskraft", "procent", "okt 2024",
         [af_by[n][5] for n in skb] + [u_skb, u_vg]),
        ("Hushåll med ekonomiskt bistånd", "antal", "2023",
         [text_num(BIST_SKB[n]) for n in skb] + [text_num(bist_skb), text_num(30417)]),
        ("Nyregistrerade företag", "antal", "2024",
         [NYF_SKB[n] for n in skb] + [sum(NYF_SKB.values()), 9862]),
    ]
    r = 5
    for ind, unit, per, vals in rows:
        ws.cell(row=r, column=1, value=ind)
        ws.cell(row=r, column=2, value=unit)
        ws.cell(row=r, column=3, value=per)
        for j, v in enumerate(vals, 4):
            c = ws.cell(row=r, column=j, value=v)
            c.alignment = Alignment(horizontal="right")
            if isinstance(v, float):
                c.number_format = "0.0"
        r += 1
    ws.column_dimensions["A"].width = 44
    ws.column_dimensions["B"].width = 9
    ws.column_dimensions["C"].width = 9
    ws.freeze_panes = "D5"
    set_props(wb, "Skaraborg i siffror 2024")
    wb.save(path)
    normalize_xlsx(path)


# ----------------------------------------------------------------------------
# File 6: pipe-delimited register with 9999-12-31 sentinel
# ----------------------------------------------------------------------------
SJH = [("BORÅS", 1490, 40), ("MARK", 1463, 14), ("ULRICEHAMN", 1491, 11), ("VÅRGÅRDA", 1442, 8),
       ("TRANEMO", 1452, 7), ("SVENLJUNGA", 1465, 7), ("BOLLEBYGD", 1443, 7), ("HERRLJUNGA", 1466, 6)]
INSATSER = ["Arbetsträning", "Praktik", "Studiemotiverande insats", "Språkträning", "Jobbcoachning"]
EXTRACT = date(2025, 1, 10)
CHECK = date(2024, 6, 30)


def register_rows():
    cum = []
    acc = 0
    for nm, code, w in SJH:
        acc += w
        cum.append((acc, nm, code))
    rows = []
    N = 264
    for i in range(N):
        k = (i * 37 + (i // 5) * 11) % 100
        for lim, nm, code in cum:
            if k < lim:
                break
        ins = INSATSER[(i * 3 + i // 7) % 5]
        start = date(2023, 1, 2) + timedelta(days=(i * 389) % 729)
        if start == CHECK:
            start += timedelta(days=1)
        dur = 21 + (i * 97) % 340
        end = start + timedelta(days=dur)
        if end == CHECK:
            end += timedelta(days=1)
        endtxt = "9999-12-31" if end > EXTRACT else end.isoformat()
        kon = "K" if (i * 5 + i // 3) % 9 < 4 else "M"
        fy = 1962 + (i * 13) % 44
        rows.append(("VG%06d" % (410000 + i * 7), code, nm, kon, fy, ins, start.isoformat(), endtxt))
    return rows


def write_register(path):
    rows = register_rows()
    head = "insats_id|kommunkod|kommun|kon|fodelsear|insatstyp|startdatum|slutdatum"
    lines = [head] + ["|".join(str(x) for x in r) for r in rows]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    return rows


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(1)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    af = write_af_csv(os.path.join(out, "af_inskrivna_arbetslosa_oktober.csv"))
    dr = write_delreg_xlsx(os.path.join(out, "delregioner_forvarvsarbetande_2023.xlsx"))
    write_report_pdf(os.path.join(out, "lagesrapport_arbetsmarknad_sept2024.pdf"))
    write_sjp_pdf(os.path.join(out, "sjukpenningtal_dec2024.pdf"))
    write_skaraborg_xlsx(os.path.join(out, "skaraborg_i_siffror_2024.xlsx"), af, dr)
    write_register(os.path.join(out, "insatser_deltagare_sjuharad.csv"))
    print("wrote 6 files to", out)


if __name__ == "__main__":
    main()
