#!/usr/bin/env python3
"""r202 – testfiler (påhittade siffror) för Jönköpings län.

Användning:  python r202_make_files.py OUT_DIR

Skriptet är deterministiskt: ingen klocka, ingen slump (pseudoslump via sha256 av
fasta strängar), fasta metadata i PDF (reportlab invariant) och XLSX (fasta
core-properties och zip-tidsstämplar).
"""
import csv
import hashlib
import io
import os
import re
import sys
import zipfile
from datetime import date, datetime, timedelta

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

FIXED_DT = datetime(2025, 3, 14, 9, 0, 0)
NBSP = "\u00a0"
MINUS = "\u2212"

# ---------------------------------------------------------------- grunddata
KOMMUNER = [  # (kod, namn) i SCB:s kodordning
    ("0604", "Aneby"), ("0617", "Gnosjö"), ("0642", "Mullsjö"), ("0643", "Habo"),
    ("0662", "Gislaved"), ("0665", "Vaggeryd"), ("0680", "Jönköping"),
    ("0682", "Nässjö"), ("0683", "Värnamo"), ("0684", "Sävsjö"),
    ("0685", "Vetlanda"), ("0686", "Eksjö"), ("0687", "Tranås"),
]
NAMN = [n for _, n in KOMMUNER]
SV_ORDER = {c: i for i, c in enumerate("abcdefghijklmnopqrstuvwxyzåäö")}


def sv_key(s):
    return [SV_ORDER.get(ch, 99) for ch in s.lower()]


ALFA = sorted(NAMN, key=sv_key)

POP2022 = {
    "Jönköping": 142850, "Värnamo": 34780, "Nässjö": 31630, "Vetlanda": 27720,
    "Gislaved": 29830, "Tranås": 19320, "Eksjö": 17760, "Vaggeryd": 14180,
    "Habo": 12660, "Sävsjö": 11450, "Gnosjö": 9560, "Mullsjö": 7290, "Aneby": 6950,
}
# födda, döda, invandringar, utvandringar, inrikes flyttningsöverskott
COMP = {
    2023: {
        "Jönköping": (1612, 1285, 1980, 720, -312), "Värnamo": (372, 348, 410, 165, -58),
        "Nässjö": (318, 362, 395, 142, -96), "Vetlanda": (276, 318, 301, 118, -41),
        "Gislaved": (305, 297, 352, 190, -143), "Tranås": (190, 231, 205, 84, 37),
        "Eksjö": (165, 214, 160, 61, 22), "Vaggeryd": (158, 126, 119, 48, 31),
        "Habo": (141, 89, 62, 30, 118), "Sävsjö": (118, 139, 142, 45, -67),
        "Gnosjö": (104, 88, 96, 51, -83), "Mullsjö": (72, 81, 44, 19, 46),
        "Aneby": (66, 78, 58, 22, -14),
    },
    2024: {
        "Jönköping": (1548, 1302, 1710, 805, -166), "Värnamo": (351, 356, 322, 176, -104),
        "Nässjö": (301, 371, 288, 155, -121), "Vetlanda": (262, 329, 240, 127, -52),
        "Gislaved": (288, 301, 256, 205, -175), "Tranås": (181, 236, 166, 92, 54),
        "Eksjö": (158, 221, 131, 70, -19), "Vaggeryd": (149, 131, 98, 52, 63),
        "Habo": (133, 94, 55, 34, 104), "Sävsjö": (109, 142, 101, 51, -38),
        "Gnosjö": (97, 91, 71, 58, -67), "Mullsjö": (68, 84, 37, 21, 12),
        "Aneby": (61, 80, 49, 26, 8),
    },
}


def befolkning():
    """Returnerar {år: {kommun: {mått: värde}}} för 2023 och 2024."""
    out = {}
    prev = dict(POP2022)
    for yr in (2023, 2024):
        out[yr] = {}
        for k in NAMN:
            f, d, inv, utv, inr = COMP[yr][k]
            fo = f - d
            io_ = inv - utv
            okn = fo + io_ + inr
            pop = prev[k] + okn
            out[yr][k] = {
                "folkmängd": pop, "folkökning": okn, "levande födda": f, "döda": d,
                "födelseöverskott": fo, "invandringar": inv, "utvandringar": utv,
                "invandringsöverskott": io_, "inrikes flyttningsöverskott": inr,
            }
            prev[k] = pop
    return out


BEF = befolkning()
POP2024 = {k: BEF[2024][k]["folkmängd"] for k in NAMN}


def h(*parts):
    """Deterministiskt 'slumptal' i [0,1)."""
    s = "|".join(str(p) for p in parts).encode("utf-8")
    return int(hashlib.sha256(s).hexdigest()[:12], 16) / float(16 ** 12)


def sv_int(n):
    """12345 -> '12 345' med vanligt mellanslag (för PDF)."""
    s = f"{abs(n):,}".replace(",", " ")
    return ("-" if n < 0 else "") + s


def sv_dec(x, nd=1):
    return f"{x:.{nd}f}".replace(".", ",")


# ------------------------------------------------ XLSX-normalisering (determinism)
def normalize_xlsx(path):
    with open(path, "rb") as fh:
        data = fh.read()
    zin = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    zout = zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED)
    stamp = FIXED_DT.strftime("%Y-%m-%dT%H:%M:%SZ")
    for info in zin.infolist():
        content = zin.read(info.filename)
        if info.filename == "docProps/core.xml":
            txt = content.decode("utf-8")
            txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>" + stamp + r"\g<2>", txt)
            txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + stamp + r"\g<2>", txt)
            content = txt.encode("utf-8")
        zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 14, 9, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o600 << 16
        zout.writestr(zi, content)
    zout.close()
    with open(path, "wb") as fh:
        fh.write(buf.getvalue())


def fixed_wb_props(wb, title, creator):
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.title = title
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT


# ================================================================ Fil 1: SCB CSV
def fil1_scb(out):
    """SCB-tabell sparad som 'formaterad' text: tusental med hårt mellanslag (U+00A0)
    och negativa tal med typografiskt minustecken (U+2212)."""
    matt = ["folkmängd", "folkökning", "levande födda", "döda", "födelseöverskott",
            "invandringar", "utvandringar", "invandringsöverskott",
            "inrikes flyttningsöverskott"]

    def fmt(n):
        s = f"{abs(n):,}".replace(",", NBSP)
        return (MINUS + s) if n < 0 else s

    rows = []
    regioner = [("06", "Jönköpings län")] + KOMMUNER
    for kod, namn in regioner:
        for m in matt:
            vals = []
            for yr in (2023, 2024):
                if kod == "06":
                    v = sum(BEF[yr][k][m] for k in NAMN)
                else:
                    v = BEF[yr][namn][m]
                vals.append(fmt(v))
            rows.append([f"{kod} {namn}", m] + vals)
    p = os.path.join(out, "scb_befolkningsforandringar_lan06_2023-2024.csv")
    with open(p, "w", encoding="utf-8", newline="") as fh:
        fh.write('"Befolkningsförändringar efter region, förändringar och år"\r\n')
        fh.write("\r\n")
        w = csv.writer(fh, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        w.writerow(["region", "förändringar", "2023", "2024"])
        w.writerows(rows)


# ============================================================ Fil 2: Kolada XLSX
KOLADA = {  # K1 2023, K1 2024, K2 2023, K3 2024  (procent)
    "Aneby": (4.6, 5.1, 83.9, 88.4), "Eksjö": (5.4, 5.9, 81.2, 85.1),
    "Gislaved": (7.9, 8.6, 78.4, 79.6), "Gnosjö": (6.1, 7.2, 80.1, 81.3),
    "Habo": (3.1, 3.4, 86.8, 93.2), "Jönköping": (6.4, 6.9, 79.5, 86.7),
    "Mullsjö": (4.2, 4.8, 82.3, 90.5), "Nässjö": (7.6, 8.1, 77.8, 80.9),
    "Sävsjö": (6.0, 6.6, 79.2, 83.0), "Tranås": (7.1, 7.5, 76.9, 84.2),
    "Vaggeryd": (4.4, 4.9, 84.6, 87.5), "Vetlanda": (5.5, 6.2, 80.6, 82.7),
    "Värnamo": (5.2, 5.8, 82.9, 85.9),
}
# celler som en handläggare skrivit in för hand som text (kommun, kolumnindex 0-3)
KOLADA_TEXT = {("Gislaved", 1): "8,6 %", ("Gnosjö", 3): "81,3%",
               ("Tranås", 2): "76,9 %", ("Sävsjö", 0): "6 %"}


def fil2_kolada(out):
    wb = Workbook()
    info = wb.active
    info.title = "Om statistiken"
    lines = [
        "Nyckeltal för Jönköpings läns kommuner",
        "Källa: Kolada (RKA), uttag 2025-02-20. Bearbetning: Region Jönköpings län, Regional utveckling.",
        "",
        "Nyckeltal",
        "N00919  Invånare 16–64 år som är öppet arbetslösa eller sökande i program, andel (%), årsmedelvärde",
        "N00914  Förvärvsarbetande invånare 20–64 år, andel (%)",
        "N15424  Elever i åk 9 som är behöriga till yrkesprogram, hemkommun, andel (%)",
        "",
        "Data finns på fliken 'Nyckeltal'. Vissa värden har korrigerats manuellt efter Koladas revidering.",
    ]
    for i, t in enumerate(lines, 1):
        info.cell(row=i, column=1, value=t)
    info["A1"].font = Font(bold=True, size=14)
    info.column_dimensions["A"].width = 110

    ws = wb.create_sheet("Nyckeltal")
    head = ["Kommun-ID", "Kommun",
            "Öppet arbetslösa el. i program 16–64 år (%) 2023",
            "Öppet arbetslösa el. i program 16–64 år (%) 2024",
            "Förvärvsarbetande 20–64 år (%) 2023",
            "Behöriga till yrkesprogram åk 9 (%) 2024"]
    for j, t in enumerate(head, 1):
        c = ws.cell(row=1, column=j, value=t)
        c.font = Font(bold=True)
        c.alignment = Alignment(wrap_text=True, vertical="top")
    kod = {n: k for k, n in KOMMUNER}
    r = 2
    for n in ALFA:
        ws.cell(row=r, column=1, value=kod[n])
        ws.cell(row=r, column=2, value=n)
        for j, v in enumerate(KOLADA[n]):
            c = ws.cell(row=r, column=3 + j)
            if (n, j) in KOLADA_TEXT:
                c.value = KOLADA_TEXT[(n, j)]
                c.alignment = Alignment(horizontal="left")
                cm = Comment("Korrigerat manuellt efter Koladas revidering 2025-02.", "Analytiker RU")
                cm.width = 200
                cm.height = 60
                c.comment = cm
            else:
                c.value = round(v / 100.0, 4)
                c.number_format = "0.0%"
        r += 1
    ws.column_dimensions["A"].width = 11
    ws.column_dimensions["B"].width = 14
    for col in "CDEF":
        ws.column_dimensions[col].width = 22
    ws.row_dimensions[1].height = 48
    ws.freeze_panes = "C2"
    fixed_wb_props(wb, "Nyckeltal Jönköpings län", "Region Jönköpings län")
    p = os.path.join(out, "kolada_nyckeltal_jonkopings_lan.xlsx")
    wb.save(p)
    normalize_xlsx(p)


# ====================================================== Fil 3: kostnader XLSX (tkr-format)
KOSTNAD = {  # nettokostnad arbetsmarknadsåtgärder, kronor
    "Aneby": (4215800, 4610300), "Eksjö": (11842500, 12377900),
    "Gislaved": (21506200, 24918700), "Gnosjö": (6932400, 7104600),
    "Habo": (3877100, 3652900), "Jönköping": (118440600, 127985300),
    "Mullsjö": (3105700, 3998200), "Nässjö": (26780900, 28114500),
    "Sävsjö": (8016300, 8455800), "Tranås": (15221000, 14690400),
    "Vaggeryd": (6118500, 6502700), "Vetlanda": (17932800, 19876100),
    "Värnamo": (19044200, 20311600),
}


def fil3_kostnader(out):
    """Värden lagrade i kronor men visade i tkr via talformatet '#,##0,'
    (avslutande komma = dividera med 1000 vid visning). Rubriken säger tkr."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Nettokostnad"
    ws["A1"] = "Nettokostnad för arbetsmarknadsåtgärder per kommun, 2023–2024"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Källa: SCB, Räkenskapssammandrag för kommuner (verksamhet 'Arbetsmarknadsåtgärder'). Bearbetning: Regional utveckling."
    head = ["Kommun", "Nettokostnad 2023, tkr", "Nettokostnad 2024, tkr",
            "Förändring 2023–2024, %", "Nettokostnad per invånare 2024, kr"]
    for j, t in enumerate(head, 1):
        c = ws.cell(row=4, column=j, value=t)
        c.font = Font(bold=True)
        c.alignment = Alignment(wrap_text=True, vertical="top")
    r = 5
    tot23 = tot24 = 0
    for n in ALFA:
        k23, k24 = KOSTNAD[n]
        tot23 += k23
        tot24 += k24
        ws.cell(row=r, column=1, value=n)
        for j, v in ((2, k23), (3, k24)):
            c = ws.cell(row=r, column=j, value=v)
            c.number_format = "#,##0,"
        c = ws.cell(row=r, column=4, value=round((k24 - k23) / k23, 4))
        c.number_format = "0.0%"
        c = ws.cell(row=r, column=5, value=round(k24 / POP2024[n]))
        c.number_format = "#,##0"
        r += 1
    ws.cell(row=r, column=1, value="Summa kommunerna").font = Font(bold=True)
    for j, v in ((2, tot23), (3, tot24)):
        c = ws.cell(row=r, column=j, value=v)
        c.number_format = "#,##0,"
        c.font = Font(bold=True)
    c = ws.cell(row=r, column=4, value=round((tot24 - tot23) / tot23, 4))
    c.number_format = "0.0%"
    c.font = Font(bold=True)
    c = ws.cell(row=r, column=5, value=round(tot24 / sum(POP2024.values())))
    c.number_format = "#,##0"
    c.font = Font(bold=True)
    ws.column_dimensions["A"].width = 20
    for col in "BCDE":
        ws.column_dimensions[col].width = 18
    ws.row_dimensions[4].height = 32
    fixed_wb_props(wb, "Nettokostnad arbetsmarknadsåtgärder", "Regional utveckling")
    p = os.path.join(out, "nettokostnad_arbetsmarknadsatgarder_2023_2024.xlsx")
    wb.save(p)
    normalize_xlsx(p)


# ================================================= Fil 4: AF-PDF ritad kolumnvis
AF = {  # antal dec23, antal dec24, andel dec23, andel dec24, unga antal dec24, unga andel dec24
    "Aneby": (148, 171, 4.3, 5.0, 24, 7.1), "Eksjö": (452, 498, 5.3, 5.8, 71, 9.4),
    "Gislaved": (1203, 1318, 8.2, 9.0, 176, 13.8), "Gnosjö": (298, 352, 5.9, 7.0, 58, 11.2),
    "Habo": (201, 219, 2.9, 3.1, 31, 4.6), "Jönköping": (5742, 6105, 7.3, 7.7, 842, 10.9),
    "Mullsjö": (160, 181, 4.4, 4.9, 27, 7.8), "Nässjö": (1187, 1264, 7.6, 8.1, 164, 11.6),
    "Sävsjö": (366, 401, 6.4, 7.0, 61, 10.3), "Tranås": (702, 741, 7.2, 7.6, 108, 12.4),
    "Vaggeryd": (318, 347, 4.2, 4.6, 49, 6.9), "Vetlanda": (751, 826, 5.4, 5.9, 118, 9.5),
    "Värnamo": (923, 1012, 5.2, 5.7, 151, 8.8),
}
AF_LAN = (6.5, 7.0, 10.4)


def fil4_af(out):
    """Rapportgeneratorutskrift (Crystal Reports-stil): tabellen ritas kolumn för
    kolumn, så textutdrag ger först alla kommunnamn, sedan alla tal i kolumn 2 osv."""
    p = os.path.join(out, "af_inskrivna_arbetslosa_dec2024_jonkopings_lan.pdf")
    W, H = landscape(A4)
    c = canvas.Canvas(p, pagesize=(W, H), invariant=1)
    c.setTitle("Inskrivna arbetslösa per kommun, december 2024")
    c.setAuthor("Arbetsförmedlingen, Analysavdelningen")
    c.setCreator("Crystal Reports")
    c.setProducer("Crystal Reports")
    c.setFont("Helvetica-Bold", 14)
    c.drawString(40, H - 50, "Inskrivna arbetslösa 16–64 år per kommun – Jönköpings län")
    c.setFont("Helvetica", 9.5)
    c.drawString(40, H - 66, "Antal och andel (%) av den registerbaserade arbetskraften. Ungdomar = 18–24 år. "
                             "Avser situationen vid månadens slut.")
    # rubriker (två rader per kolumn)
    cols_x = [40, 250, 340, 430, 520, 620, 720]   # vänsterkant namn, högerkanter tal
    heads = [("Kommun", ""), ("Antal", "dec 2023"), ("Antal", "dec 2024"),
             ("Andel %", "dec 2023"), ("Andel %", "dec 2024"),
             ("Unga 18–24 antal", "dec 2024"), ("Unga 18–24 andel %", "dec 2024")]
    ytop = H - 100
    c.setFont("Helvetica-Bold", 9)
    for i, (a, b) in enumerate(heads):
        if i == 0:
            c.drawString(cols_x[0], ytop, a)
        else:
            c.drawRightString(cols_x[i], ytop, a)
            c.drawRightString(cols_x[i], ytop - 11, b)
    c.line(40, ytop - 16, 730, ytop - 16)
    rows = ALFA + ["Jönköpings län"]
    lan = [sum(AF[k][0] for k in NAMN), sum(AF[k][1] for k in NAMN), AF_LAN[0], AF_LAN[1],
           sum(AF[k][4] for k in NAMN), AF_LAN[2]]
    data = [AF[k] for k in ALFA] + [tuple(lan)]
    dy = 16
    y0 = ytop - 32
    # kolumn 0: namn
    for i, n in enumerate(rows):
        c.setFont("Helvetica-Bold" if n == "Jönköpings län" else "Helvetica", 9.5)
        c.drawString(cols_x[0], y0 - i * dy, n)
    # kolumnerna 1..6, en i taget uppifrån och ned
    for j in range(6):
        for i, vals in enumerate(data):
            v = vals[j]
            s = sv_int(v) if j in (0, 1, 4) else sv_dec(v)
            c.setFont("Helvetica-Bold" if i == len(data) - 1 else "Helvetica", 9.5)
            c.drawRightString(cols_x[j + 1], y0 - i * dy, s)
    c.line(40, y0 - (len(rows) - 1) * dy - 6, 730, y0 - (len(rows) - 1) * dy - 6)
    c.setFont("Helvetica", 8)
    c.drawString(40, 60, "Källa: Arbetsförmedlingen. Inskrivna arbetslösa = öppet arbetslösa + sökande i program med aktivitetsstöd.")
    c.drawString(40, 48, "Registerbaserad arbetskraft enligt SCB:s RAMS/BAS. Uppgifterna för december 2024 är definitiva.")
    c.drawRightString(W - 40, 30, "Sida 1 av 1")
    c.drawString(40, 30, "Rapport AF-STAT-KOM-12")
    c.showPage()
    c.save()


# ======================================= Fil 5: Socialstyrelsen-PDF med upphöjda fotnoter
# hushåll 2023, hushåll 2024, biståndsmottagare 2024, utbetalt 2024 tkr, långvarigt %
EB = {
    "Aneby": (92, 98, 171, 4310, 31.6), "Eksjö": (341, 356, 640, 19845, 38.2),
    "Gislaved": (702, 748, 1492, 46120, 44.7), "Gnosjö": (214, 187, 402, 11980, 36.9),
    "Habo": (118, 112, 190, 5204, 22.4), "Jönköping": (3985, 4120, 8210, 298400, 41.3),
    "Mullsjö": (103, 109, 214, 6050, 27.5), "Nässjö": (812, 841, 1688, 55710, 46.0),
    "Sävsjö": (287, 305, 470, 14560, 35.8), "Tranås": (498, 531, 1020, 33900, 43.1),
    "Vaggeryd": (176, 189, 338, 9860, 29.4), "Vetlanda": (563, 590, 1130, 36240, 39.7),
    "Värnamo": (602, 631, 1205, 39870, 37.5),
}
# (kommun, kolumnindex i tabellen 1..6) -> fotnotssiffra
EB_FN = {("Gnosjö", 2): "1", ("Sävsjö", 4): "2", ("Tranås", 1): "3"}


def eb_andel(n):
    return round(EB[n][2] / POP2024[n] * 100, 1)


def fil5_ekbistand(out):
    p = os.path.join(out, "ekonomiskt_bistand_2024_jonkopings_lan.pdf")
    W, H = A4
    c = canvas.Canvas(p, pagesize=A4, invariant=1)
    c.setTitle("Ekonomiskt bistånd 2024 – kommuntabell Jönköpings län")
    c.setAuthor("Socialstyrelsen")
    c.setCreator("Microsoft Word")
    c.setProducer("Microsoft Word")
    c.setFont("Helvetica-Bold", 13)
    c.drawString(45, H - 60, "Tabell 3. Ekonomiskt bistånd per kommun 2023–2024, Jönköpings län")
    c.setFont("Helvetica", 9)
    c.drawString(45, H - 75, "Hushåll och biståndsmottagare under året, utbetalt bistånd och andel med långvarigt bistånd.")
    colx = [45, 185, 250, 330, 400, 475, 550]
    heads = [("Kommun", "", ""), ("Bistånds-", "hushåll", "2023"), ("Bistånds-", "hushåll", "2024"),
             ("Bistånds-", "mottagare", "2024"), ("Andel av", "befolkn. %", "2024"),
             ("Utbetalt", "tkr", "2024"), ("Långvarigt", "bistånd %", "2024")]
    ytop = H - 110
    c.setFont("Helvetica-Bold", 8.5)
    for i, hd in enumerate(heads):
        for k, t in enumerate(hd):
            if not t:
                continue
            if i == 0:
                c.drawString(colx[0], ytop - 10 * k, t)
            else:
                c.drawRightString(colx[i], ytop - 10 * k, t)
    c.line(45, ytop - 26, 555, ytop - 26)
    y = ytop - 42
    pop = sum(POP2024.values())
    lan = ("Jönköpings län", sum(EB[k][0] for k in NAMN), sum(EB[k][1] for k in NAMN),
           sum(EB[k][2] for k in NAMN), round(sum(EB[k][2] for k in NAMN) / pop * 100, 1),
           sum(EB[k][3] for k in NAMN), 40.2)
    rows = [(n, EB[n][0], EB[n][1], EB[n][2], eb_andel(n), EB[n][3], EB[n][4]) for n in ALFA] + [lan]
    for r in rows:
        bold = r[0] == "Jönköpings län"
        fn = "Helvetica-Bold" if bold else "Helvetica"
        c.setFont(fn, 9)
        c.drawString(colx[0], y, r[0])
        for j in range(1, 7):
            v = r[j]
            s = sv_dec(v) if j in (4, 6) else sv_int(v)
            c.setFont(fn, 9)
            c.drawRightString(colx[j], y, s)
            mark = EB_FN.get((r[0], j))
            if mark:
                # upphöjd fotnotssiffra direkt efter talet (som Words "Upphöjd")
                t = c.beginText()
                t.setTextOrigin(colx[j] + 0.4, y)
                t.setFont(fn, 5.5)
                t.setRise(3.5)
                t.textOut(mark)
                c.drawText(t)
        y -= 15
    c.line(45, y + 9, 555, y + 9)
    c.setFont("Helvetica", 7.5)
    notes = [
        "1 Uppgifter saknas för november–december 2024. Antalet hushåll är därför sannolikt underskattat.",
        "2 Andelen är beräknad på befolkningen 31 december 2024.",
        "3 Reviderat värde. Uppgiften har korrigerats jämfört med publiceringen 2024.",
        "Biståndshushåll och biståndsmottagare räknas en gång per kommun och år oavsett antal utbetalningar.",
        "Långvarigt bistånd = andel av vuxna biståndsmottagare som fått bistånd 10–12 månader under året.",
        "Källa: Socialstyrelsen, registret över ekonomiskt bistånd.",
    ]
    yy = y - 10
    for t in notes:
        if t[0].isdigit():
            tx = c.beginText()
            tx.setTextOrigin(45, yy)
            tx.setFont("Helvetica", 5)
            tx.setRise(3)
            tx.textOut(t[0])
            tx.setRise(0)
            tx.setFont("Helvetica", 7.5)
            tx.textOut(" " + t[2:])
            c.drawText(tx)
        else:
            c.drawString(45, yy, t)
        yy -= 11
    c.setFont("Helvetica", 8)
    c.drawRightString(555, 40, "12")
    c.drawString(45, 40, "Statistik om ekonomiskt bistånd 2024")
    c.showPage()
    c.save()


# ============================================ Fil 6: deltagarregister med flervärdesfält
INSATSER = ["Arbetspraktik", "Jobbcoachning", "Studie- och yrkesvägledning",
            "Svenska för yrkeslivet", "Språkpraktik", "Digital kompetens",
            "Hälsofrämjande insats", "Körkortsstöd"]
INS_W = [0.42, 0.55, 0.38, 0.30, 0.22, 0.25, 0.18, 0.12]
PROJ_KOMMUNER = [("Jönköping", 50), ("Nässjö", 28), ("Gislaved", 24), ("Värnamo", 22),
                 ("Vetlanda", 18), ("Tranås", 16), ("Eksjö", 12), ("Sävsjö", 10)]
AVSLUT = [("Arbete", 0.36), ("Studier", 0.19), ("Fortsatt arbetssökande", 0.25), ("Avbrott", 0.20)]


def pick_weighted(u, items):
    tot = sum(w for _, w in items)
    acc = 0.0
    for it, w in items:
        acc += w / tot
        if u < acc:
            return it
    return items[-1][0]


def fil6_register(out):
    n = 180
    rows = []
    d0 = date(2023, 2, 1)
    span = (date(2024, 10, 31) - d0).days
    for i in range(1, n + 1):
        kom = pick_weighted(h("kom", i), PROJ_KOMMUNER)
        kon = "Kvinna" if h("kon", i) < 0.56 else "Man"
        fy = 1962 + int(h("fy", i) * 44)
        start = d0 + timedelta(days=int(h("start", i) * span))
        dur = 60 + int(h("dur", i) * 300)
        slut = start + timedelta(days=dur)
        ins = [s for s, w in zip(INSATSER, INS_W) if h("ins", i, s) < w]
        if not ins:
            ins = [INSATSER[int(h("ins0", i) * len(INSATSER))]]
        # ordningen i fältet följer registreringsordningen, inte listan
        ins.sort(key=lambda s: h("ord", i, s))
        if slut > date(2024, 12, 31):
            slut_s, orsak = "", ""
        else:
            slut_s = slut.isoformat()
            orsak = pick_weighted(h("avs", i), AVSLUT)
        rows.append([f"VV-{start.year}-{i:04d}", kom, kon, fy, start.isoformat(), slut_s,
                     ", ".join(ins), orsak])
    rows.sort(key=lambda r: (r[4], r[0]))
    p = os.path.join(out, "deltagarregister_vagen_vidare_2023_2024.csv")
    with open(p, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["deltagar_id", "kommun", "kon", "fodelsear", "startdatum", "slutdatum",
                    "insatser", "avslutsorsak"])
        w.writerows(rows)


def main():
    if len(sys.argv) != 2:
        print("Användning: python r202_make_files.py OUT_DIR", file=sys.stderr)
        sys.exit(2)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    fil1_scb(out)
    fil2_kolada(out)
    fil3_kostnader(out)
    fil4_af(out)
    fil5_ekbistand(out)
    fil6_register(out)
    for f in sorted(os.listdir(out)):
        print(f, os.path.getsize(os.path.join(out, f)))


if __name__ == "__main__":
    main()
