#!/usr/bin/env python3
"""r194 – Dalarna: writes six realistic statistics files into OUT_DIR.

Usage: python r194_make_files.py OUT_DIR

Files
 1. AF_arbetsmarknad_Dalarna_sep2025_PowerBI.pdf   (Power BI 'Exportera till PDF')
 2. bibliotek_dalarna_2024_export.csv              (Windows PowerShell 5.1 Export-Csv)
 3. Kommunernas_ekonomi_Dalarna_2024.xlsx          (Excel table with totals row)
 4. Befolkning_Dalarna_kv3_2025.pdf                (Excel sheet printed via 'Microsoft Print to PDF')
 5. kommuner_dalarna_attribut_QGIS.csv             (QGIS 'Spara objekt som' CSV, GEOMETRY=AS_WKT)
 6. Medborgarenkat_kollektivtrafik_2025_SPSS.xlsx  (SPSS Statistics 'Export Output' of Custom Tables)
All figures are made up but plausible. Deterministic.
"""
import io
import math
import os
import re
import sys
import zipfile

import numpy as np

# --------------------------------------------------------------------------
# common data
# --------------------------------------------------------------------------
KOMMUNER = [  # code, name (SCB code order)
    ("2021", "Vansbro"), ("2023", "Malung-Sälen"), ("2026", "Gagnef"),
    ("2029", "Leksand"), ("2031", "Rättvik"), ("2034", "Orsa"),
    ("2039", "Älvdalen"), ("2061", "Smedjebacken"), ("2062", "Mora"),
    ("2080", "Falun"), ("2081", "Borlänge"), ("2082", "Säter"),
    ("2083", "Hedemora"), ("2084", "Avesta"), ("2085", "Ludvika"),
]
NAMES = [n for _, n in KOMMUNER]
CODE = {n: c for c, n in KOMMUNER}

POP2024 = {  # 31 dec 2024 – same in every file
    "Vansbro": 6712, "Malung-Sälen": 9986, "Gagnef": 10148, "Leksand": 15912,
    "Rättvik": 10806, "Orsa": 6874, "Älvdalen": 7031, "Smedjebacken": 10622,
    "Mora": 20487, "Falun": 59684, "Borlänge": 52391, "Säter": 11047,
    "Hedemora": 15203, "Avesta": 22915, "Ludvika": 25638,
}
POP2014 = {
    "Vansbro": 6880, "Malung-Sälen": 10150, "Gagnef": 10060, "Leksand": 15020,
    "Rättvik": 10770, "Orsa": 6810, "Älvdalen": 7080, "Smedjebacken": 10780,
    "Mora": 20160, "Falun": 57010, "Borlänge": 50710, "Säter": 10930,
    "Hedemora": 15160, "Avesta": 22320, "Ludvika": 25930,
}
RIKET_2024 = 10587710

SWE_ORDER = "abcdefghijklmnopqrstuvwxyzåäö"


def swe_key(s):
    s = s.lower()
    return [SWE_ORDER.index(ch) if ch in SWE_ORDER else -1 for ch in s]


def fmt_int(v, sep="\u00a0"):
    s = f"{abs(int(v)):,}".replace(",", sep)
    return ("-" if v < 0 else "") + s


def fmt_dec(v, nd=1, sep="\u00a0"):
    s = f"{abs(v):,.{nd}f}".replace(",", "X").replace(".", ",").replace("X", sep)
    return ("-" if v < 0 else "") + s


# ==========================================================================
# 1. Power BI PDF
# ==========================================================================
AF_SHARE = {  # designed share (%) of registerbaserad arbetskraft 16-64, sep 2025
    "Borlänge": 9.8, "Ludvika": 9.1, "Avesta": 8.9, "Hedemora": 7.6,
    "Smedjebacken": 7.2, "Vansbro": 6.4, "Falun": 5.9, "Mora": 5.6,
    "Älvdalen": 5.3, "Rättvik": 5.1, "Orsa": 4.9, "Säter": 4.6,
    "Malung-Sälen": 4.2, "Leksand": 3.8, "Gagnef": 3.6,
}
AF_CHANGE_PP = {  # change in share vs sep 2024, procentenheter
    "Borlänge": 0.6, "Ludvika": 0.3, "Avesta": 0.9, "Hedemora": -0.2,
    "Smedjebacken": 0.5, "Vansbro": 1.1, "Falun": 0.1, "Mora": 0.4,
    "Älvdalen": -0.7, "Rättvik": 0.2, "Orsa": 0.2, "Säter": -0.4,
    "Malung-Sälen": -0.1, "Leksand": 0.0, "Gagnef": 0.3,
}
LONG_FRAC = {"Borlänge": .41, "Ludvika": .44, "Avesta": .43, "Hedemora": .39,
             "Smedjebacken": .37, "Vansbro": .35, "Falun": .36, "Mora": .33,
             "Älvdalen": .31, "Rättvik": .34, "Orsa": .30, "Säter": .32,
             "Malung-Sälen": .28, "Leksand": .29, "Gagnef": .27}
YOUTH_SHARE = {"Avesta": 11.9, "Borlänge": 12.8, "Falun": 6.9, "Gagnef": 4.1,
               "Hedemora": 9.7, "Leksand": 4.4, "Ludvika": 12.1,
               "Malung-Sälen": 5.0, "Mora": 6.6, "Orsa": 6.2, "Rättvik": 6.0,
               "Smedjebacken": 9.1, "Säter": 5.3, "Vansbro": 8.4,
               "Älvdalen": 6.8}


def af_data():
    rows = {}
    for n in NAMES:
        lf = round(POP2024[n] * 0.478)
        inskr = round(AF_SHARE[n] * lf / 100)
        long_ = round(inskr * LONG_FRAC[n])
        ylf = round(POP2024[n] * 0.071)
        yin = round(YOUTH_SHARE[n] * ylf / 100)
        rows[n] = dict(lf=lf, inskr=inskr, share=round(100 * inskr / lf, 1),
                       long=long_, ylf=ylf, yin=yin,
                       yshare=round(100 * yin / ylf, 1), chg=AF_CHANGE_PP[n])
    return rows


def make_powerbi_pdf(path):
    from reportlab.lib.colors import Color, white
    from reportlab.pdfgen import canvas

    d = af_data()
    W, H = 960, 540
    c = canvas.Canvas(path, pagesize=(W, H), invariant=1)
    c.setTitle("Arbetsmarknadsläget Dalarna")
    c.setAuthor("Region Dalarna Analys")
    c.setCreator("Microsoft Power BI")
    c._doc.info.producer = "Microsoft Power BI"
    grey = Color(0.94, 0.94, 0.94)
    dark = Color(0.15, 0.15, 0.15)
    mid = Color(0.45, 0.45, 0.45)
    teal = Color(0.07, 0.45, 0.56)
    light = Color(0.85, 0.85, 0.85)

    def page_frame(title, subtitle):
        c.setFillColor(grey)
        c.rect(0, 0, W, H, fill=1, stroke=0)
        c.setFillColor(teal)
        c.rect(0, H - 6, W, 6, fill=1, stroke=0)
        c.setFillColor(dark)
        c.setFont("Helvetica-Bold", 17)
        c.drawString(20, H - 36, title)
        c.setFont("Helvetica", 9)
        c.setFillColor(mid)
        c.drawString(20, H - 50, subtitle)
        c.setFont("Helvetica", 7)
        c.drawString(20, 10, "Senast uppdaterad: 2025-10-14 08:02   |   Källa: Arbetsförmedlingen, "
                     "bearbetning Region Dalarna   |   Data avser månadens sista vardag")

    def slicer(x, y, label, value):
        c.setFillColor(white)
        c.roundRect(x, y, 120, 34, 3, fill=1, stroke=0)
        c.setFillColor(mid)
        c.setFont("Helvetica", 7.5)
        c.drawString(x + 6, y + 23, label)
        c.setFillColor(dark)
        c.setFont("Helvetica", 9.5)
        c.drawString(x + 6, y + 8, value)
        # drop-down caret (vector)
        c.setFillColor(mid)
        p = c.beginPath()
        p.moveTo(x + 106, y + 12); p.lineTo(x + 114, y + 12); p.lineTo(x + 110, y + 7); p.close()
        c.drawPath(p, fill=1, stroke=0)

    def card(x, y, w, value, label):
        c.setFillColor(white)
        c.roundRect(x, y, w, 62, 4, fill=1, stroke=0)
        c.setFillColor(dark)
        c.setFont("Helvetica", 22)
        c.drawCentredString(x + w / 2, y + 28, value)
        c.setFillColor(mid)
        c.setFont("Helvetica", 8)
        c.drawCentredString(x + w / 2, y + 12, label)

    def table_visual(x, y, w, h, title, headers, colx, rows, total, sort_col):
        c.setFillColor(white)
        c.roundRect(x, y, w, h, 4, fill=1, stroke=0)
        c.setFillColor(dark)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(x + 10, y + h - 18, title)
        top = y + h - 40
        c.setFont("Helvetica-Bold", 8.5)
        for i, hd in enumerate(headers):
            if i == 0:
                c.drawString(x + colx[i], top, hd)
            else:
                c.drawRightString(x + colx[i], top, hd)
        # sort arrow drawn as vector triangle under sorted header
        sx = x + colx[sort_col] + 4
        if sort_col == 0:
            sx += c.stringWidth(headers[0], "Helvetica-Bold", 8.5)
        c.setFillColor(mid)
        p = c.beginPath()
        p.moveTo(sx, top + 6); p.lineTo(sx + 6, top + 6); p.lineTo(sx + 3, top + 1); p.close()
        c.drawPath(p, fill=1, stroke=0)
        c.setStrokeColor(light)
        c.line(x + 8, top - 5, x + w - 20, top - 5)
        rowh = 19
        c.setFont("Helvetica", 8.5)
        yy = top - 20
        for k, r in enumerate(rows):
            if k % 2 == 1:
                c.setFillColor(Color(0.97, 0.97, 0.97))
                c.rect(x + 8, yy - 5, w - 28, rowh, fill=1, stroke=0)
            c.setFillColor(dark)
            for i, v in enumerate(r):
                if i == 0:
                    c.drawString(x + colx[i], yy, v)
                else:
                    c.drawRightString(x + colx[i], yy, v)
            yy -= rowh
        # total row pinned at bottom of visual
        ty = y + 14
        c.setStrokeColor(dark)
        c.line(x + 8, ty + 13, x + w - 20, ty + 13)
        c.setFont("Helvetica-Bold", 8.5)
        for i, v in enumerate(total):
            if i == 0:
                c.drawString(x + colx[i], ty, v)
            else:
                c.drawRightString(x + colx[i], ty, v)
        # vertical scrollbar: more rows exist below
        c.setFillColor(Color(0.93, 0.93, 0.93))
        c.rect(x + w - 12, ty + 16, 6, top - ty - 16, fill=1, stroke=0)
        c.setFillColor(Color(0.72, 0.72, 0.72))
        thumb = (top - ty - 16) * len(rows) / (len(rows) + 5)
        c.rect(x + w - 12, top - thumb, 6, thumb, fill=1, stroke=0)

    # ---------------- page 1
    page_frame("Arbetsmarknadsläget i Dalarna",
               "Inskrivna arbetslösa (öppet arbetslösa + sökande i program med aktivitetsstöd), "
               "andel av den registerbaserade arbetskraften")
    slicer(560, 478, "År", "2025")
    slicer(690, 478, "Månad", "september")
    slicer(820, 478, "Åldersgrupp", "16–64 år")
    tot_in = sum(v["inskr"] for v in d.values())
    tot_lf = sum(v["lf"] for v in d.values())
    tot_long = sum(v["long"] for v in d.values())
    tot_share = round(100 * tot_in / tot_lf, 1)
    card(20, 400, 210, fmt_dec(tot_in / 1000, 1, " ") + " tn", "Inskrivna arbetslösa")
    card(240, 400, 210, fmt_dec(tot_share, 1) + " %", "Andel av registerbaserad arbetskraft")
    card(460, 400, 230, "+0,2", "Förändring mot sep 2024 (procentenheter)")
    card(700, 400, 240, fmt_dec(tot_long / 1000, 1, " ") + " tn", "Långtidsarbetslösa (>12 mån)")

    order = sorted(NAMES, key=lambda n: -d[n]["share"])
    visible = order[:10]
    rows = [[n, fmt_int(d[n]["inskr"]), fmt_dec(d[n]["share"], 1), fmt_int(d[n]["long"])]
            for n in visible]
    total = ["Totalt", fmt_int(tot_in), fmt_dec(tot_share, 1), fmt_int(tot_long)]
    table_visual(20, 28, 430, 362, "Per kommun",
                 ["Kommun", "Inskrivna arbetslösa", "Andel (%)", "därav >12 mån"],
                 [12, 210, 290, 400], rows, total, sort_col=2)

    # bar chart of change in pp, all 15, sorted desc by value
    bx, by, bw, bh = 460, 28, 480, 362
    c.setFillColor(white)
    c.roundRect(bx, by, bw, bh, 4, fill=1, stroke=0)
    c.setFillColor(dark)
    c.setFont("Helvetica-Bold", 10)
    c.drawString(bx + 10, by + bh - 18, "Förändring i andel jämfört med september 2024 (procentenheter)")
    border = sorted(NAMES, key=lambda n: (-AF_CHANGE_PP[n], swe_key(n)))
    zero_x = bx + 250
    scale = 120
    c.setStrokeColor(light)
    c.line(zero_x, by + 20, zero_x, by + bh - 34)
    yy = by + bh - 52
    for n in border:
        v = AF_CHANGE_PP[n]
        c.setFillColor(dark)
        c.setFont("Helvetica", 8.5)
        c.drawRightString(bx + 140, yy + 2, n)
        c.setFillColor(teal if v >= 0 else Color(0.80, 0.33, 0.20))
        if v >= 0:
            c.rect(zero_x, yy, v * scale, 11, fill=1, stroke=0)
            lx = zero_x + v * scale + 4
            c.setFillColor(dark)
            c.setFont("Helvetica", 8)
            c.drawString(lx, yy + 2, fmt_dec(v, 1))
        else:
            c.rect(zero_x + v * scale, yy, -v * scale, 11, fill=1, stroke=0)
            c.setFillColor(dark)
            c.setFont("Helvetica", 8)
            c.drawRightString(zero_x + v * scale - 4, yy + 2, fmt_dec(v, 1))
        yy -= 20.5
    c.showPage()

    # ---------------- page 2: unga 18–24, alphabetical, first 8 visible
    page_frame("Unga 18–24 år",
               "Inskrivna arbetslösa 18–24 år, andel av den registerbaserade arbetskraften 18–24 år")
    slicer(560, 478, "År", "2025")
    slicer(690, 478, "Månad", "september")
    slicer(820, 478, "Åldersgrupp", "18–24 år")
    ytot = sum(v["yin"] for v in d.values())
    ylf = sum(v["ylf"] for v in d.values())
    card(20, 400, 210, fmt_int(ytot), "Inskrivna arbetslösa 18–24 år")
    card(240, 400, 210, fmt_dec(round(100 * ytot / ylf, 1), 1) + " %", "Andel av reg. arbetskraft 18–24")
    alpha = sorted(NAMES, key=swe_key)
    rows = [[n, fmt_int(d[n]["yin"]), fmt_dec(d[n]["yshare"], 1)] for n in alpha[:8]]
    total = ["Totalt", fmt_int(ytot), fmt_dec(round(100 * ytot / ylf, 1), 1)]
    # note: shorter visual, 8 rows
    table_visual(20, 28, 430, 362 - 190 + 190, "Per kommun (A–Ö)",
                 ["Kommun", "Inskrivna 18–24", "Andel (%)"],
                 [12, 250, 370], rows, total, sort_col=0)
    c.setFillColor(white)
    c.roundRect(460, 28, 480, 362, 4, fill=1, stroke=0)
    c.setFillColor(mid)
    c.setFont("Helvetica", 9)
    c.drawString(475, 360, "Ungdomsgaranti/jobbgaranti: se separat rapportsida (ej publicerad).")
    c.showPage()
    c.save()


# ==========================================================================
# 2. PowerShell Export-Csv (ASCII)
# ==========================================================================
LIB = [  # Bibliotek, Kommun, Typ, Besok2024, Utlan2024, Utlan2023, Aktiva, Oppettim, kontakt
    ("Avesta stadsbibliotek", "Avesta", "Huvudbibliotek", 96412, 108530, 112044, 4870, 48.5, 2),
    ("Krylbo bibliotek", "Avesta", "Filial", 11208, 14322, 15010, 610, 12, 1),
    ("Horndals bibliotek", "Avesta", "Filial", 6031, 7118, 7402, 298, 10, 1),
    ("Borlänge stadsbibliotek", "Borlänge", "Huvudbibliotek", 241880, 268415, 274930, 11260, 58, 3),
    ("Tjärna Ängars bibliotek", "Borlänge", "Filial", 28610, 21405, 22118, 1130, 24, 1),
    ("Bokbussen Borlänge", "Borlänge", "Bokbuss", None, 18902, 19455, 940, 16, 1),
    ("Falu stadsbibliotek", "Falun", "Huvudbibliotek", 268034, 301227, 308660, 12840, 60, 3),
    ("Svärdsjö bibliotek", "Falun", "Filial", 9804, 12660, 13115, 520, 14, 1),
    ("Grycksbo bibliotek", "Falun", "Filial", 5120, 6844, 7030, 280, 8, 1),
    ("Bokbussen Falun", "Falun", "Bokbuss", None, 22510, 23870, 1010, 20, 1),
    ("Högskolebiblioteket Falun", "Falun", "Högskolebibliotek", 118400, 64230, 70115, 5400, 50, 2),
    ("Gagnefs bibliotek Djurås", "Gagnef", "Huvudbibliotek", 30220, 41806, 42390, 1850, 30, 1),
    ("Mockfjärds bibliotek", "Gagnef", "Filial", 7415, 9912, 10204, 410, 12, 1),
    ("Hedemora stadsbibliotek", "Hedemora", "Huvudbibliotek", 61302, 70145, 71880, 2960, 40, 2),
    ("Långshyttans bibliotek", "Hedemora", "Filial", 6880, 8230, 8511, 350, 12, 1),
    ("Vikmanshyttans bibliotek", "Hedemora", "Filial", 2940, 3410, 3602, 140, 6, 1),
    ("Leksands bibliotek", "Leksand", "Huvudbibliotek", 84506, 112380, 109870, 5120, 45, 2),
    ("Insjöns bibliotek", "Leksand", "Filial", 12330, 15944, 15402, 720, 15, 1),
    ("Siljansnäs bibliotek", "Leksand", "Filial", 3215, 4388, 4190, 190, 6, 1),
    ("Ludvika stadsbibliotek", "Ludvika", "Huvudbibliotek", 112760, 126904, 131200, 5330, 50, 2),
    ("Grängesbergs bibliotek", "Ludvika", "Filial", 14902, 13876, 14530, 640, 18, 1),
    ("Fredriksbergs bibliotek", "Ludvika", "Filial", 2655, 3102, 3280, 130, 6, 1),
    ("Malungs bibliotek", "Malung-Sälen", "Huvudbibliotek", 38740, 46215, 47020, 2010, 35, 2),
    ("Sälens bibliotek", "Malung-Sälen", "Filial", 8960, 7402, 7190, 330, 12, 1),
    ("Mora bibliotek", "Mora", "Huvudbibliotek", 118230, 139602, 141455, 5910, 50, 2),
    ("Venjans bibliotek", "Mora", "Filial", 2210, 3015, 3120, 120, 6, 1),
    ("Sollerö bibliotek", "Mora", "Filial", 3644, 4560, 4702, 200, 8, 1),
    ("Orsa bibliotek", "Orsa", "Huvudbibliotek", 29870, 36512, 37340, 1540, 32, 1),
    ("Rättviks bibliotek", "Rättvik", "Huvudbibliotek", 52660, 61380, 62904, 2690, 40, 2),
    ("Furudals bibliotek", "Rättvik", "Filial", 3302, 4115, 4260, 160, 8, 1),
    ("Bokbussen Rättvik", "Rättvik", "Bokbuss", None, 9870, 10112, 450, 12, 1),
    ("Smedjebackens bibliotek", "Smedjebacken", "Huvudbibliotek", 41205, 47630, 48815, 2060, 36, 1),
    ("Söderbärke bibliotek", "Smedjebacken", "Filial", 3120, 3960, 4070, 170, 8, 1),
    ("Säters bibliotek", "Säter", "Huvudbibliotek", 40118, 48770, 49300, 2150, 36, 2),
    ("Gustafs bibliotek", "Säter", "Filial", 4470, 5605, 5830, 240, 8, 1),
    ("Vansbro bibliotek", "Vansbro", "Huvudbibliotek", 20344, 25106, 25990, 1110, 28, 1),
    ("Äppelbo bibliotek", "Vansbro", "Filial", 1806, 2210, 2305, 90, 4, 1),
    ("Järna bibliotek", "Vansbro", "Filial", 2950, 3480, 3610, 150, 6, 1),
    ("Älvdalens bibliotek", "Älvdalen", "Huvudbibliotek", 19870, 24650, 25330, 1060, 30, 2),
    ("Idre bibliotek", "Älvdalen", "Filial", 6412, 5230, 5105, 260, 12, 1),
    ("Särna bibliotek", "Älvdalen", "Filial", 2890, 3340, 3420, 140, 8, 1),
    ("Dalarnas bibliotek e-medier", "Hela länet", "E-medier", None, 148230, 139560, 9870, None, 2),
]
LIB_DOMAIN = {"Avesta": "avesta.se", "Borlänge": "borlange.se", "Falun": "falun.se",
              "Gagnef": "gagnef.se", "Hedemora": "hedemora.se", "Leksand": "leksand.se",
              "Ludvika": "ludvika.se", "Malung-Sälen": "malung-salen.se", "Mora": "mora.se",
              "Orsa": "orsa.se", "Rättvik": "rattvik.se", "Smedjebacken": "smedjebacken.se",
              "Säter": "sater.se", "Vansbro": "vansbro.se", "Älvdalen": "alvdalen.se",
              "Hela länet": "regiondalarna.se"}


def ps_ascii(s):
    # Windows PowerShell 5.1 Export-Csv default encoding is ASCII: every non-ASCII char -> '?'
    return "".join(ch if ord(ch) < 128 else "?" for ch in s)


def make_powershell_csv(path):
    hdr = ["Bibliotek", "Kommun", "Typ", "Besok2024", "Utlan2024", "Utlan2023",
           "AktivaLantagare", "OppettimmarPerVecka", "Kontakt", "Uppdaterad"]
    lines = ["#TYPE System.Management.Automation.PSCustomObject",
             ",".join(f'"{h}"' for h in hdr)]
    rows = sorted(LIB, key=lambda r: swe_key(r[0]))
    for i, r in enumerate(rows):
        name, kom, typ, besok, ut24, ut23, akt, opp, nk = r
        if nk > 1:
            kontakt = "System.Object[]"
        else:
            kontakt = "bibliotek@" + LIB_DOMAIN[kom]
        if opp is None:
            opps = ""
        elif float(opp).is_integer():
            opps = str(int(opp))
        else:
            opps = f"{opp}".replace(".", ",")
        upd = f"2025-02-{3 + (i % 3):02d} {8 + (i * 7) % 9:02d}:{(i * 13) % 60:02d}:{(i * 29) % 60:02d}"
        vals = [name, kom, typ, "" if besok is None else str(besok), str(ut24), str(ut23),
                str(akt), opps, kontakt, upd]
        lines.append(",".join('"' + ps_ascii(v) + '"' for v in vals))
    with open(path, "wb") as f:
        f.write(("\r\n".join(lines) + "\r\n").encode("ascii"))


# ==========================================================================
# 3. Excel table with totals row, costs negative
# ==========================================================================
SKATT_PC = {"Vansbro": 82300, "Malung-Sälen": 79800, "Gagnef": 71400, "Leksand": 72900,
            "Rättvik": 76200, "Orsa": 80100, "Älvdalen": 84600, "Smedjebacken": 76900,
            "Mora": 74300, "Falun": 68900, "Borlänge": 70800, "Säter": 73600,
            "Hedemora": 77100, "Avesta": 75800, "Ludvika": 74700}
NETTO_PC = {"Vansbro": -83100, "Malung-Sälen": -78200, "Gagnef": -70100, "Leksand": -71300,
            "Rättvik": -75400, "Orsa": -81300, "Älvdalen": -85900, "Smedjebacken": -75600,
            "Mora": -72800, "Falun": -67100, "Borlänge": -69700, "Säter": -72400,
            "Hedemora": -78000, "Avesta": -76900, "Ludvika": -75600}
FIN_PC = {"Vansbro": -200, "Malung-Sälen": -300, "Gagnef": 100, "Leksand": -400,
          "Rättvik": -100, "Orsa": 200, "Älvdalen": 500, "Smedjebacken": -200,
          "Mora": -300, "Falun": 900, "Borlänge": 600, "Säter": -100,
          "Hedemora": 100, "Avesta": 300, "Ludvika": 400}
INT_PC = {"Vansbro": 19800, "Malung-Sälen": 21400, "Gagnef": 14100, "Leksand": 16900,
          "Rättvik": 17800, "Orsa": 18200, "Älvdalen": 22600, "Smedjebacken": 15900,
          "Mora": 17400, "Falun": 18800, "Borlänge": 16200, "Säter": 15100,
          "Hedemora": 16600, "Avesta": 17100, "Ludvika": 16400}
POP2023 = {n: POP2024[n] + d for n, d in zip(NAMES, [61, 34, -52, -88, 12, -20, 41, 39, -60,
                                                      -310, -240, 18, 15, -77, 96])}


def econ_rows(year):
    out = []
    f = 1.0 if year == 2024 else 0.957
    pop = POP2024 if year == 2024 else POP2023
    for code, n in KOMMUNER:
        p = pop[n]
        skatt = round(p * SKATT_PC[n] * f / 1e6, 1)
        if year == 2024:
            netto = round(p * NETTO_PC[n] / 1e6, 1)
            fin = round(p * FIN_PC[n] / 1e6, 1)
        else:
            netto = round(p * NETTO_PC[n] * 0.962 / 1e6, 1)
            fin = round(p * (FIN_PC[n] * 0.8 + 250) / 1e6, 1)
        intakt = round(p * INT_PC[n] * f / 1e6, 1)
        kostn = round(netto - intakt, 1)
        res = round(skatt + netto + fin, 1)
        out.append(dict(code=int(code), name=n, pop=p, intakt=intakt, kostn=kostn, netto=netto,
                        skatt=skatt, fin=fin, res=res, netto_pc=round(netto * 1e6 / p),
                        res_pct=round(100 * res / skatt, 1)))
    return out


def _patch_cached(xml, cached):
    for ref, val in cached.items():
        pat = re.compile(r'(<c r="%s"[^>]*>)<f>(.*?)</f>(?:<v\s*/>|<v></v>)?(</c>)' % ref)
        new, k = pat.subn(lambda m: f'{m.group(1)}<f>{m.group(2)}</f><v>{val!r}</v>{m.group(3)}', xml)
        assert k == 1, (ref, k)
        xml = new
    return xml


def make_econ_xlsx(path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.worksheet.filters import AutoFilter
    from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

    wb = Workbook()
    headers = ["Kommunkod", "Kommun", "Invånare 31 dec", "Verksamhetens intäkter, mnkr",
               "Verksamhetens kostnader, mnkr", "Verksamhetens nettokostnad, mnkr",
               "Skatteintäkter och generella statsbidrag, mnkr", "Finansnetto, mnkr",
               "Årets resultat, mnkr", "Nettokostnad, kr per invånare",
               "Resultat i % av skatter och bidrag"]
    keys = ["code", "name", "pop", "intakt", "kostn", "netto", "skatt", "fin", "res",
            "netto_pc", "res_pct"]
    fmts = ["0", "@", "#,##0", "#,##0.0", "#,##0.0;-#,##0.0", "#,##0.0;-#,##0.0", "#,##0.0",
            "#,##0.0;-#,##0.0", "#,##0.0;-#,##0.0", "#,##0;-#,##0", "0.0;-0.0"]
    funcs = [None, None, "sum", "sum", "sum", "sum", "sum", "sum", "sum", "average", "average"]
    cached_all = {}
    for si, year in enumerate([2024, 2023]):
        ws = wb.active if si == 0 else wb.create_sheet()
        ws.title = f"Ekonomi {year}"
        ws["A1"] = f"Kommunernas ekonomi {year} – resultaträkning i sammandrag, Dalarnas kommuner"
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = ("Källa: SCB, Räkenskapssammandrag för kommuner (kommunkoncernen exkl.), "
                    "bearbetning Region Dalarna. Belopp i miljoner kronor, löpande priser.")
        ws["A3"] = ("Teckenkonvention enligt Räkenskapssammandraget: kostnader och nettokostnader "
                    "redovisas med negativt tecken.")
        ws["A3"].font = Font(italic=True, size=9)
        hr = 5
        for j, h in enumerate(headers, start=1):
            cell = ws.cell(row=hr, column=j, value=h)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        rows = econ_rows(year)
        for i, r in enumerate(rows):
            for j, k in enumerate(keys, start=1):
                cell = ws.cell(row=hr + 1 + i, column=j, value=r[k])
                cell.number_format = fmts[j - 1]
        last = hr + len(rows)
        tr = last + 1
        ws.cell(row=tr, column=1, value="Summa")
        cached = {}
        for j, fn in enumerate(funcs, start=1):
            if fn is None:
                continue
            col = chr(64 + j)
            code = 109 if fn == "sum" else 101
            ws.cell(row=tr, column=j, value=f"=SUBTOTAL({code},{col}{hr + 1}:{col}{last})")
            ws.cell(row=tr, column=j).number_format = fmts[j - 1]
            vals = [r[keys[j - 1]] for r in rows]
            v = sum(vals) if fn == "sum" else sum(vals) / len(vals)
            cached[f"{col}{tr}"] = round(v, 10)
        cached_all[ws.title] = cached
        name = f"tblEkonomi{year}"
        t = Table(displayName=name, ref=f"A{hr}:K{tr}", totalsRowCount=1)
        cols = []
        for j, h in enumerate(headers, start=1):
            tc = TableColumn(id=j, name=h)
            fn = funcs[j - 1]
            if j == 1:
                tc.totalsRowLabel = "Summa"
            elif fn:
                tc.totalsRowFunction = fn
            cols.append(tc)
        t.tableColumns = cols
        t.autoFilter = AutoFilter(ref=f"A{hr}:K{last}")
        t.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
        ws.add_table(t)
        ws.row_dimensions[hr].height = 58
        widths = [10, 15, 11, 12, 13, 13, 15, 11, 11, 13, 13]
        for j, wdt in enumerate(widths, start=1):
            ws.column_dimensions[chr(64 + j)].width = wdt
        ws.freeze_panes = f"C{hr + 1}"
        ws.cell(row=tr + 2, column=1, value="Summaraden är tabellens inbyggda summarad (Excel-tabell).")
        ws.cell(row=tr + 2, column=1).font = Font(size=8, italic=True)
    bio = io.BytesIO()
    wb.save(bio)
    # openpyxl writes formulas without cached values – add the values Excel would have stored
    zin = zipfile.ZipFile(io.BytesIO(bio.getvalue()))
    # map sheet titles to files (order preserved)
    sheet_files = {"Ekonomi 2024": "xl/worksheets/sheet1.xml", "Ekonomi 2023": "xl/worksheets/sheet2.xml"}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            for title, fn in sheet_files.items():
                if item.filename == fn:
                    data = _patch_cached(data.decode("utf-8"), cached_all[title]).encode("utf-8")
            if item.filename == "docProps/app.xml":
                data = data.replace(b"<Application>Microsoft Excel</Application>",
                                    b"<Application>Microsoft Excel</Application>")
            zout.writestr(item, data)


# ==========================================================================
# 4. Excel sheet printed to PDF – '########' and red-without-minus
# ==========================================================================
CHG_JANSEP = {"Vansbro": -83, "Malung-Sälen": -41, "Gagnef": 37, "Leksand": 66,
              "Rättvik": -22, "Orsa": 12, "Älvdalen": -58, "Smedjebacken": -47,
              "Mora": 19, "Falun": 212, "Borlänge": 88, "Säter": -9,
              "Hedemora": -31, "Avesta": 26, "Ludvika": -105}
FODDA_RATE = {"Vansbro": 6.1, "Malung-Sälen": 6.4, "Gagnef": 7.9, "Leksand": 7.0,
              "Rättvik": 5.9, "Orsa": 6.6, "Älvdalen": 5.8, "Smedjebacken": 6.7,
              "Mora": 7.3, "Falun": 8.1, "Borlänge": 8.6, "Säter": 7.4,
              "Hedemora": 6.5, "Avesta": 7.2, "Ludvika": 7.1}
DODA_RATE = {"Vansbro": 10.2, "Malung-Sälen": 9.8, "Gagnef": 8.1, "Leksand": 9.6,
             "Rättvik": 11.0, "Orsa": 9.9, "Älvdalen": 10.7, "Smedjebacken": 10.4,
             "Mora": 9.4, "Falun": 7.9, "Borlänge": 8.3, "Säter": 8.8,
             "Hedemora": 10.9, "Avesta": 9.7, "Ludvika": 9.9}


def folk_data():
    out = {}
    for i, n in enumerate(NAMES):
        p = POP2024[n]
        fodda = round(p * FODDA_RATE[n] / 1000 * 0.75)
        doda = round(p * DODA_RATE[n] / 1000 * 0.75)
        infl = round(p * (0.041 + 0.003 * (i % 4)))
        utfl = fodda - doda + infl - CHG_JANSEP[n]
        out[n] = dict(p24=p, p25=p + CHG_JANSEP[n], chg=CHG_JANSEP[n], fodda=fodda, doda=doda,
                      infl=infl, utfl=utfl)
    return out


def make_folk_pdf(path):
    from reportlab.lib.colors import Color, black
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    d = folk_data()
    W, H = A4
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("Befolkning_kv3_2025.xlsx")
    c.setCreator("Microsoft® Excel® för Microsoft 365")
    c._doc.info.producer = "Microsoft: Print To PDF"
    red = Color(0.80, 0.0, 0.0)
    gridc = Color(0.78, 0.78, 0.78)
    # Excel page header / footer
    c.setFont("Helvetica", 8)
    c.setFillColor(black)
    c.drawCentredString(W / 2, H - 30, "Kv3 2025")
    c.drawString(40, 25, "Befolkning_kv3_2025.xlsx")
    c.drawRightString(W - 40, 25, "Sida 1 av 1")
    # title rows as typed into the sheet
    c.setFont("Helvetica-Bold", 12)
    c.drawString(48, H - 70, "Befolkningsförändringar i Dalarnas kommuner januari–september 2025")
    c.setFont("Helvetica", 8.5)
    c.drawString(48, H - 84, "Preliminära uppgifter. Antal personer.")
    # columns: x-left edges, widths (Excel column widths in pt)
    cols = [("Kommun", 92), ("Folkmängd\n31 dec 2024", 62), ("Folkmängd\n30 sep 2025", 40),
            ("Förändring\njan–sep", 54), ("Födda", 42), ("Döda", 42), ("Inflyttade", 52),
            ("Utflyttade", 52), ("Flyttnetto", 50)]
    x0 = 48
    xs = [x0]
    for _, w in cols:
        xs.append(xs[-1] + w)
    top = H - 100
    hh = 24
    rh = 14.5
    # header
    for i, (h, w) in enumerate(cols):
        lines = h.split("\n")
        for k, ln in enumerate(lines):
            yy = top - 10 - 9 * k
            fs = 7.5  # 'Krymp till passning' in the header cells
            while c.stringWidth(ln, "Helvetica-Bold", fs) > w - 4:
                fs -= 0.25
            c.setFont("Helvetica-Bold", fs)
            if i == 0:
                c.drawString(xs[i] + 2, yy, ln)
            else:
                c.drawRightString(xs[i + 1] - 2, yy, ln)
    rows = []
    for n in NAMES:
        r = d[n]
        rows.append((n, r, False))
    county = dict(p24=sum(d[n]["p24"] for n in NAMES), p25=sum(d[n]["p25"] for n in NAMES),
                  chg=sum(d[n]["chg"] for n in NAMES), fodda=sum(d[n]["fodda"] for n in NAMES),
                  doda=sum(d[n]["doda"] for n in NAMES))
    # moves across the county border only (intra-county moves cancel)
    county["infl"] = round(sum(d[n]["infl"] for n in NAMES) * 0.58)
    county["utfl"] = county["fodda"] - county["doda"] + county["infl"] - county["chg"]
    riket = dict(p24=RIKET_2024, p25=RIKET_2024 + 31872, chg=31872, fodda=73115, doda=68320,
                 infl=88610, utfl=61533)
    rows.append(("Dalarnas län", county, True))
    rows.append(("Riket", riket, True))
    c.setStrokeColor(gridc)
    c.setLineWidth(0.4)
    hlines = [top, top - hh]
    y = top - hh
    for (n, r, bold) in rows:
        font = "Helvetica-Bold" if bold else "Helvetica"
        fsz = 10.5 if bold else 8.5
        rhh = 16.5 if bold else rh
        y -= rhh
        hlines.append(y)
        c.setFont(font, fsz)
        c.setFillColor(black)
        c.drawString(xs[0] + 2, y + 4, n)
        vals = [r["p24"], r["p25"], r["chg"], r["fodda"], r["doda"], r["infl"], r["utfl"],
                r["infl"] - r["utfl"]]
        for j, v in enumerate(vals):
            colw = cols[j + 1][1]
            txt = fmt_int(abs(v))  # number format '# ##0;[Röd]# ##0' – no minus sign
            tw = c.stringWidth(txt, font, fsz)
            if tw > colw - 4:
                # Excel shows ### when the formatted number does not fit the column width
                nh = int((colw - 4) // c.stringWidth("#", font, fsz))
                txt = "#" * nh
                c.setFillColor(black)
            else:
                c.setFillColor(red if v < 0 else black)
            c.drawRightString(xs[j + 2] - 2, y + 4, txt)
    # printed gridlines
    for x in xs:
        c.line(x, top, x, y)
    for yy in hlines:
        c.line(xs[0], yy, xs[-1], yy)
    c.setFont("Helvetica", 7.5)
    c.setFillColor(black)
    fy = y - 16
    for ln in ["Källa: SCB, preliminär befolkningsstatistik per månad. Bearbetning: Region Dalarna, "
               "enheten för analys.",
               "Minskning markerad med röd text. Flyttnetto = inflyttade minus utflyttade "
               "(inrikes och utrikes flyttningar sammantaget).",
               "För länet och riket avser in- och utflyttade flyttningar över läns- respektive "
               "riksgräns."]:
        c.drawString(48, fy, ln)
        fy -= 10
    c.showPage()
    c.save()


# ==========================================================================
# 5. QGIS CSV with WKT geometry
# ==========================================================================
AREA = {  # land, water km2
    "Vansbro": (1622.53, 91.34), "Malung-Sälen": (4254.21, 183.62), "Gagnef": (755.92, 50.17),
    "Leksand": (1230.94, 180.31), "Rättvik": (1994.18, 188.44), "Orsa": (1747.03, 96.42),
    "Älvdalen": (6858.77, 287.69), "Smedjebacken": (734.31, 78.52), "Mora": (2828.34, 280.07),
    "Falun": (1974.66, 163.18), "Borlänge": (586.12, 22.41), "Säter": (702.38, 40.29),
    "Hedemora": (818.57, 78.73), "Avesta": (585.74, 43.05), "Ludvika": (1550.29, 148.61),
}
CENTRE = {
    "Vansbro": (455000, 6710000), "Malung-Sälen": (398000, 6782000), "Gagnef": (505000, 6712000),
    "Leksand": (500000, 6741000), "Rättvik": (532000, 6776000), "Orsa": (482000, 6822000),
    "Älvdalen": (410000, 6880000), "Smedjebacken": (515000, 6636000), "Mora": (455000, 6791000),
    "Falun": (551000, 6731000), "Borlänge": (521000, 6706000), "Säter": (546000, 6690000),
    "Hedemora": (571000, 6676000), "Avesta": (581000, 6651000), "Ludvika": (489000, 6661000),
}
TATORT = {"Vansbro": 52.3, "Malung-Sälen": 61.8, "Gagnef": 58.4, "Leksand": 57.1,
          "Rättvik": 53.9, "Orsa": 72.6, "Älvdalen": 49.5, "Smedjebacken": 79.2, "Mora": 70.4,
          "Falun": 81.6, "Borlänge": 90.3, "Säter": 67.8, "Hedemora": 69.5, "Avesta": 83.1,
          "Ludvika": 84.0}
FRITIDSHUS = {"Vansbro": 2410, "Malung-Sälen": 6980, "Gagnef": 1320, "Leksand": 3870,
              "Rättvik": 4150, "Orsa": 2560, "Älvdalen": 5430, "Smedjebacken": 1980,
              "Mora": 3210, "Falun": 3640, "Borlänge": 1150, "Säter": 1420, "Hedemora": 2190,
              "Avesta": 1610, "Ludvika": 3050}
FID_ORDER = ["Falun", "Borlänge", "Ludvika", "Avesta", "Mora", "Hedemora", "Leksand", "Säter",
             "Smedjebacken", "Rättvik", "Gagnef", "Malung-Sälen", "Älvdalen", "Orsa", "Vansbro"]


def shoelace(pts):
    a = 0.0
    for (x1, y1), (x2, y2) in zip(pts, pts[1:] + pts[:1]):
        a += x1 * y2 - x2 * y1
    return abs(a) / 2


def polygon_for(n, rng):
    cx, cy = CENTRE[n]
    land, water = AREA[n]
    target = (land + water) * 1e6
    nv = 360
    harm = [(k, rng.uniform(0.02, 0.12), rng.uniform(0, 2 * math.pi)) for k in range(2, 9)]
    rad = []
    for i in range(nv):
        t = 2 * math.pi * i / nv
        r = 1 + sum(a * math.sin(k * t + ph) for k, a, ph in harm) + rng.normal(0, 0.012)
        rad.append(max(r, 0.3))
    parts = []
    pts = [(math.cos(2 * math.pi * i / nv) * rad[i], math.sin(2 * math.pi * i / nv) * rad[i])
           for i in range(nv)]
    parts.append(pts)
    if n in ("Mora", "Leksand"):  # an island part (Sollerön / a Siljan island)
        isl = []
        for i in range(40):
            t = 2 * math.pi * i / 40
            rr = 0.09 * (1 + 0.2 * math.sin(3 * t) + rng.normal(0, 0.02))
            isl.append((0.55 + rr * math.cos(t), -0.35 + rr * math.sin(t)))
        parts.append(isl)
    a = sum(shoelace(p) for p in parts)
    s = math.sqrt(target / a)
    out = [[(cx + x * s, cy + y * s) for x, y in p] for p in parts]
    return out


def make_qgis_csv(path):
    rng = np.random.default_rng(194)
    header = ["WKT", "fid", "KOMMUNKOD", "KOMMUNNAMN", "LANSKOD", "LANDAREAL", "VATTENAREA",
              "AREA_M2", "BEF_2024", "BEF_2014", "TATORTSGR", "FRITIDSHUS"]
    lines = [",".join(header)]
    for fid, n in enumerate(FID_ORDER, start=1):
        parts = polygon_for(n, rng)
        ptxt = []
        for p in parts:
            ring = p + [p[0]]
            ptxt.append("((" + ",".join(f"{x:.6f} {y:.6f}" for x, y in ring) + "))")
        wkt = "MultiPolygon (" + ",".join(ptxt) + ")"
        area = sum(shoelace(p) for p in parts)
        land, water = AREA[n]
        vals = [f'"{wkt}"', str(fid), CODE[n], n, "20", repr(land), repr(water), repr(area),
                str(POP2024[n]), str(POP2014[n]), repr(TATORT[n]), str(FRITIDSHUS[n])]
        lines.append(",".join(vals))
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")


# ==========================================================================
# 6. SPSS Custom Tables export to Excel
# ==========================================================================
CATS = ["Mycket nöjd", "Ganska nöjd", "Varken nöjd eller missnöjd", "Ganska missnöjd",
        "Mycket missnöjd", "Vet ej / ingen uppfattning"]
URVAL = {"Vansbro": 600, "Malung-Sälen": 600, "Gagnef": 600, "Leksand": 800, "Rättvik": 600,
         "Orsa": 600, "Älvdalen": 600, "Smedjebacken": 600, "Mora": 900, "Falun": 1600,
         "Borlänge": 1600, "Säter": 600, "Hedemora": 800, "Avesta": 900, "Ludvika": 1000}
SVAR_RATE = {"Vansbro": .412, "Malung-Sälen": .398, "Gagnef": .455, "Leksand": .472,
             "Rättvik": .431, "Orsa": .405, "Älvdalen": .377, "Smedjebacken": .418,
             "Mora": .446, "Falun": .468, "Borlänge": .389, "Säter": .441, "Hedemora": .426,
             "Avesta": .401, "Ludvika": .414}
BASE_P = {  # underlying distribution, %
    "Vansbro": [6.8, 22.4, 24.9, 21.7, 15.2], "Malung-Sälen": [7.9, 25.3, 26.1, 19.6, 11.2],
    "Gagnef": [9.6, 31.8, 25.2, 16.4, 7.9], "Leksand": [11.3, 33.7, 24.8, 14.6, 6.7],
    "Rättvik": [8.2, 27.6, 27.3, 18.1, 9.9], "Orsa": [8.8, 26.4, 25.7, 19.3, 10.4],
    "Älvdalen": [4.9, 17.2, 22.6, 26.8, 21.9], "Smedjebacken": [10.1, 30.2, 27.4, 15.9, 8.3],
    "Mora": [12.4, 34.6, 24.1, 14.2, 7.1], "Falun": [16.7, 38.9, 21.8, 11.6, 5.2],
    "Borlänge": [15.1, 37.2, 22.9, 12.8, 5.9], "Säter": [10.9, 31.5, 26.3, 15.2, 8.0],
    "Hedemora": [9.4, 29.8, 27.6, 17.0, 9.3], "Avesta": [11.8, 32.3, 25.9, 15.4, 7.8],
    "Ludvika": [12.6, 31.9, 25.1, 15.3, 8.2],
}


def spss_data():
    rng = np.random.default_rng(20250194)
    out = {}
    for n in NAMES:
        svar = round(URVAL[n] * SVAR_RATE[n])
        # weighted total differs from unweighted (weights by kön & ålder)
        wtot = svar * (1 + rng.uniform(-0.06, 0.06))
        p = np.array(BASE_P[n] + [0.0], dtype=float)
        p[5] = 100 - p[:5].sum()
        p = p + rng.normal(0, 0.04, 6)
        p = p / p.sum() * 100
        counts = p / 100 * wtot
        out[n] = dict(urval=URVAL[n], svar=svar, wtot=float(counts.sum()), counts=counts.tolist())
    return out


def make_spss_xlsx(path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    d = spss_data()
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet 1"
    thin = Side(style="thin", color="FF999999")
    hdrfill = PatternFill("solid", fgColor="FFF2F2F2")
    ws["A1"] = "Custom Tables"
    ws["A1"].font = Font(name="Arial", size=12, bold=True)
    # SPSS value label for code 2039 is missing in the data file -> header shows the code
    col_labels = []
    for code, n in KOMMUNER:
        col_labels.append(code if n == "Älvdalen" else n)
    ncol = 2 + 2 * (len(NAMES) + 1)
    r0 = 3
    ws.cell(row=r0, column=1, value="Tabell 1. Hur nöjd eller missnöjd är du med kollektivtrafiken "
                                    "i den kommun där du bor? (F12)")
    ws.cell(row=r0, column=1).font = Font(name="Arial", size=10, bold=True)
    ws.merge_cells(start_row=r0, start_column=1, end_row=r0, end_column=ncol)
    h1, h2, h3 = r0 + 1, r0 + 2, r0 + 3
    ws.cell(row=h1, column=3, value="Hemkommun (kommunkod)")
    ws.merge_cells(start_row=h1, start_column=3, end_row=h1, end_column=2 + 2 * len(NAMES))
    ws.cell(row=h1, column=3 + 2 * len(NAMES), value="Total")
    ws.merge_cells(start_row=h1, start_column=3 + 2 * len(NAMES), end_row=h2,
                   end_column=4 + 2 * len(NAMES))
    for i, lab in enumerate(col_labels):
        cc = 3 + 2 * i
        ws.cell(row=h2, column=cc, value=lab)
        ws.merge_cells(start_row=h2, start_column=cc, end_row=h2, end_column=cc + 1)
    for i in range(len(NAMES) + 1):
        cc = 3 + 2 * i
        ws.cell(row=h3, column=cc, value="Count")
        ws.cell(row=h3, column=cc + 1, value="Column N %")
    ws.merge_cells(start_row=h1, start_column=1, end_row=h3, end_column=2)
    for rr in (h1, h2, h3):
        for cc in range(1, ncol + 1):
            cell = ws.cell(row=rr, column=cc)
            cell.fill = hdrfill
            cell.font = Font(name="Arial", size=9)
            cell.alignment = Alignment(horizontal="center", vertical="bottom", wrap_text=True)
            cell.border = Border(top=thin, bottom=thin, left=thin, right=thin)
    first = h3 + 1
    ws.cell(row=first, column=1, value="F12 Nöjdhet med kollektivtrafiken")
    ws.merge_cells(start_row=first, start_column=1, end_row=first + len(CATS), end_column=1)
    ws.cell(row=first, column=1).alignment = Alignment(vertical="top", wrap_text=True)
    tot_counts = np.zeros(len(CATS))
    for n in NAMES:
        tot_counts += np.array(d[n]["counts"])
    for k, cat in enumerate(CATS + ["Total"]):
        rr = first + k
        ws.cell(row=rr, column=2, value=cat).font = Font(name="Arial", size=9)
        for i, n in enumerate(NAMES + ["__TOT__"]):
            cc = 3 + 2 * i
            if n == "__TOT__":
                cnts = tot_counts
            else:
                cnts = np.array(d[n]["counts"])
            tot = float(cnts.sum())
            v = tot if cat == "Total" else float(cnts[k])
            ws.cell(row=rr, column=cc, value=v).number_format = "0"
            ws.cell(row=rr, column=cc + 1, value=100.0 * v / tot).number_format = '0.0"%"'
            for c2 in (cc, cc + 1):
                ws.cell(row=rr, column=c2).font = Font(name="Arial", size=9)
    fr = first + len(CATS) + 1
    ws.cell(row=fr, column=1, value="a. Resultaten är viktade efter kön och ålder (vikt: VIKT_KA). "
                                    "Count avser viktat antal.")
    ws.cell(row=fr, column=1).font = Font(name="Arial", size=8)
    # Table 2 – unweighted
    t2 = fr + 3
    ws.cell(row=t2, column=1, value="Tabell 2. Urval, antal svar (oviktat) och svarsfrekvens")
    ws.cell(row=t2, column=1).font = Font(name="Arial", size=10, bold=True)
    hdr = ["", "", "Urval", "Antal svar", "Svarsfrekvens %"]
    for j, h in enumerate(hdr, start=1):
        cell = ws.cell(row=t2 + 1, column=j, value=h if h else None)
        cell.fill = hdrfill
        cell.font = Font(name="Arial", size=9)
    ws.cell(row=t2 + 2, column=1, value="Hemkommun (kommunkod)")
    ws.merge_cells(start_row=t2 + 2, start_column=1, end_row=t2 + 2 + len(NAMES), end_column=1)
    for i, (code, n) in enumerate(KOMMUNER):
        rr = t2 + 2 + i
        ws.cell(row=rr, column=2, value=code if n == "Älvdalen" else n)
        ws.cell(row=rr, column=3, value=d[n]["urval"])
        ws.cell(row=rr, column=4, value=d[n]["svar"])
        ws.cell(row=rr, column=5, value=100.0 * d[n]["svar"] / d[n]["urval"]).number_format = "0.0"
    rr = t2 + 2 + len(NAMES)
    ws.cell(row=rr, column=2, value="Total")
    su = sum(d[n]["urval"] for n in NAMES)
    ss = sum(d[n]["svar"] for n in NAMES)
    ws.cell(row=rr, column=3, value=su)
    ws.cell(row=rr, column=4, value=ss)
    ws.cell(row=rr, column=5, value=100.0 * ss / su).number_format = "0.0"
    ws.cell(row=rr + 2, column=1,
            value="Medborgarenkät Dalarna 2025, Region Dalarna/Dalatrafik. Fältperiod 2 sep–14 okt 2025. "
                  "Postal enkät och webbenkät, personer 16–84 år.")
    ws.cell(row=rr + 2, column=1).font = Font(name="Arial", size=8)
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 26
    for cc in range(3, ncol + 1):
        ws.column_dimensions[get_column_letter(cc)].width = 8.5
    wb.properties.creator = "IBM SPSS Statistics"
    wb.save(path)


def normalize_zip(path, when=(2025, 10, 14, 8, 0, 0)):
    """Fixed timestamps inside the xlsx package so that reruns give identical bytes."""
    import datetime
    src = open(path, "rb").read()
    zin = zipfile.ZipFile(io.BytesIO(src))
    iso = datetime.datetime(*when).strftime("%Y-%m-%dT%H:%M:%SZ")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)",
                              lambda m: m.group(1) + iso.encode() + m.group(3), data)
            zi = zipfile.ZipInfo(item.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(2)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    make_powerbi_pdf(os.path.join(out, "AF_arbetsmarknad_Dalarna_sep2025_PowerBI.pdf"))
    make_powershell_csv(os.path.join(out, "bibliotek_dalarna_2024_export.csv"))
    make_econ_xlsx(os.path.join(out, "Kommunernas_ekonomi_Dalarna_2024.xlsx"))
    make_folk_pdf(os.path.join(out, "Befolkning_Dalarna_kv3_2025.pdf"))
    make_qgis_csv(os.path.join(out, "kommuner_dalarna_attribut_QGIS.csv"))
    make_spss_xlsx(os.path.join(out, "Medborgarenkat_kollektivtrafik_2025_SPSS.xlsx"))
    normalize_zip(os.path.join(out, "Kommunernas_ekonomi_Dalarna_2024.xlsx"))
    normalize_zip(os.path.join(out, "Medborgarenkat_kollektivtrafik_2025_SPSS.xlsx"))


if __name__ == "__main__":
    main()
