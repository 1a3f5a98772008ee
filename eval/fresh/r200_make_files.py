#!/usr/bin/env python3
"""Testrunda r200 - Västernorrlands län.

Skriver sex statistikfiler (påhittade men rimliga siffror) till OUT_DIR:

  1. af_inskrivna_arbetslosa_kommun_2024_manad.txt.csv
        Arbetsförmedlingen-uttag sparat från Excel som "Unicode-text":
        UTF-16LE med BOM, tabbseparerat, en rad per kommun x månad x kön
        (Kvinnor/Män/Totalt), månadsvärden (årssnitt = medel, inte summa).
  2. scb_folkmangd_kommun_kon_2022_2024.xlsx
        Ett blad per år; bladet 2024 har annan kolumnordning (Män före Kvinnor)
        och en extra rubrikrad jämfört med 2022/2023.
  3. region_vnl_lagesrapport_dec2024.pdf
        Regional lägesrapport. Förändringskolumnen använder typografiskt
        minustecken (U+2212) och vissa värden har upphöjda fotnotssiffror
        ritade som små vanliga siffror direkt efter talet (textuttag ger "12,11").
  4. sos_ekonomiskt_bistand_kommun_2022_2024.csv
        Socialstyrelsen-liknande långt format (Region, År, Mått, Värde), alla
        fält citerade, tusentalsavgränsare = hårt mellanslag (U+00A0).
  5. vagen_vidare_deltagarhandelser_export_2025-01-15.csv
        Händelselogg från ett ärendesystem: flera rader per deltagare
        (Inskrivning/Ändring/Avslut), fritextkommentarer med radbrytningar och
        semikolon inom citattecken, några exportdubbletter (samma Händelse-ID).
  6. skolverket_behorighet_yrkesprogram_ak9_2022_2024.xlsx
        Kommunnamnet står i vertikalt sammanfogade celler över tre rader
        (Flickor/Pojkar/Totalt); andelar lagrade som bråktal med %-format.

Deterministiskt: ingen klocka, ingen slump, fasta metadata och zip-tider.
"""
import csv
import io
import os
import re
import sys
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from reportlab import rl_config

rl_config.invariant = 1
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

NBSP = "\u00a0"
MINUS = "\u2212"

KOMMUNER = [
    ("2260", "Ånge"),
    ("2262", "Timrå"),
    ("2280", "Härnösand"),
    ("2281", "Sundsvall"),
    ("2282", "Kramfors"),
    ("2283", "Sollefteå"),
    ("2284", "Örnsköldsvik"),
]
LAN = "Västernorrlands län"


def sv_dec(x, nd=1):
    return f"{x:.{nd}f}".replace(".", ",")


def sv_int_nbsp(n):
    return f"{n:,}".replace(",", NBSP)


class Det:
    """Liten deterministisk talföljd (LCG) - ingen slump, alltid samma följd."""

    def __init__(self, seed):
        self.s = seed

    def nxt(self):
        self.s = (self.s * 1103515245 + 12345) % 2147483648
        return self.s

    def pick(self, n):
        return (self.nxt() >> 8) % n


# ---------------------------------------------------------------------------
# Fast data
# ---------------------------------------------------------------------------
# Folkmängd 31 dec (Kvinnor, Män)
FOLK = {
    "Ånge": {2022: (4402, 4688), 2023: (4371, 4650), 2024: (4329, 4603)},
    "Timrå": {2022: (8869, 9241), 2023: (8851, 9207), 2024: (8822, 9163)},
    "Härnösand": {2022: (12281, 12468), 2023: (12230, 12402), 2024: (12175, 12339)},
    "Sundsvall": {2022: (49412, 49928), 2023: (49500, 49977), 2024: (49561, 49990)},
    "Kramfors": {2022: (8912, 9218), 2023: (8861, 9160), 2024: (8803, 9091)},
    "Sollefteå": {2022: (9497, 9822), 2023: (9436, 9751), 2024: (9380, 9688)},
    "Örnsköldsvik": {2022: (27804, 28671), 2023: (27781, 28640), 2024: (27752, 28601)},
}

# Registerbaserad arbetskraft 16-64 (Kvinnor, Män) och basnivå arbetslöshet %
ARBETSKRAFT = {
    "Ånge": (1690, 1930),
    "Timrå": (3720, 4060),
    "Härnösand": (4880, 5150),
    "Sundsvall": (22410, 23650),
    "Kramfors": (3460, 3790),
    "Sollefteå": (3610, 3980),
    "Örnsköldsvik": (12250, 13420),
}
BASNIVA = {
    "Ånge": (7.8, 9.1),
    "Timrå": (8.4, 9.6),
    "Härnösand": (8.9, 9.9),
    "Sundsvall": (7.1, 7.9),
    "Kramfors": (8.2, 9.4),
    "Sollefteå": (7.6, 8.8),
    "Örnsköldsvik": (5.2, 5.9),
}
SASONG = [1.06, 1.07, 1.04, 1.00, 0.96, 0.97, 1.02, 0.99, 0.95, 0.96, 0.98, 1.03]

# Sjukpenningtal dec 2023, dec 2024 (dagar per försäkrad 16-64 år)
SJP = [
    ("Ånge", 12.8, 12.3),
    ("Timrå", 11.6, 11.9),
    ("Härnösand", 11.2, 10.7),
    ("Sundsvall", 9.8, 9.9),
    ("Kramfors", 12.4, 12.1),
    ("Sollefteå", 13.1, 13.4),
    ("Örnsköldsvik", 9.4, 9.4),
]
SJP_LAN = (10.7, 10.6)
SJP_RIKET = (9.1, 9.0)
# (kommun, kolumn) som bär fotnot 1 (korrigerad uppgift)
SJP_FOTNOT = {("Ånge", 2023), ("Kramfors", 2024)}

# Ekonomiskt bistånd: år -> (biståndsmottagare, biståndshushåll, utbetalt kr)
EKB = {
    "Ånge": {2022: (412, 251, 11842300), 2023: (431, 262, 12906500), 2024: (448, 270, 13714800)},
    "Timrå": {2022: (906, 521, 24118900), 2023: (948, 540, 26473200), 2024: (1003, 566, 28905600)},
    "Härnösand": {2022: (1412, 812, 38904100), 2023: (1389, 798, 39772400), 2024: (1437, 829, 42356900)},
    "Sundsvall": {2022: (4208, 2341, 128417600), 2023: (4391, 2425, 138995300), 2024: (4612, 2538, 151204700)},
    "Kramfors": {2022: (837, 472, 21356800), 2023: (861, 488, 22914100), 2024: (879, 497, 24008300)},
    "Sollefteå": {2022: (798, 455, 20127400), 2023: (815, 463, 21449900), 2024: (842, 479, 22731500)},
    "Örnsköldsvik": {2022: (1684, 962, 41228700), 2023: (1742, 991, 44318200), 2024: (1829, 1037, 47902100)},
}

# Behörighet yrkesprogram, totalt (andel som bråktal) och halv könsskillnad
BEH_TOT = {
    "Ånge": (0.802, 0.774, 0.781),
    "Timrå": (0.815, 0.821, 0.803),
    "Härnösand": (0.838, 0.819, 0.826),
    "Sundsvall": (0.861, 0.853, 0.857),
    "Kramfors": (0.797, 0.808, 0.812),
    "Sollefteå": (0.829, 0.846, 0.834),
    "Örnsköldsvik": (0.892, 0.884, 0.889),
    LAN: (0.851, 0.846, 0.846),
    "Riket": (0.857, 0.853, 0.848),
}
BEH_DIFF = {
    "Ånge": (0.021, 0.034, 0.027),
    "Timrå": (0.018, 0.025, 0.031),
    "Härnösand": (0.024, 0.016, 0.022),
    "Sundsvall": (0.019, 0.021, 0.023),
    "Kramfors": (0.028, 0.019, 0.036),
    "Sollefteå": (0.015, 0.027, 0.041),
    "Örnsköldsvik": (0.012, 0.017, 0.014),
    LAN: (0.019, 0.021, 0.024),
    "Riket": (0.017, 0.018, 0.019),
}


# ---------------------------------------------------------------------------
# Hjälp: deterministisk xlsx (fasta zip-tider och docProps)
# ---------------------------------------------------------------------------
FIXED_ZIP_TIME = (2025, 1, 15, 8, 0, 0)
FIXED_ISO = "2025-01-15T08:00:00Z"


def save_xlsx_deterministic(wb, path, creator):
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    zin = zipfile.ZipFile(buf)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in zin.namelist():
            data = zin.read(name)
            if name == "docProps/core.xml":
                txt = data.decode("utf-8")
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)",
                             r"\g<1>" + FIXED_ISO + r"\g<2>", txt)
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                             r"\g<1>" + FIXED_ISO + r"\g<2>", txt)
                data = txt.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, data)


# ---------------------------------------------------------------------------
# 1. Arbetsförmedlingen, UTF-16 "Unicode-text"
# ---------------------------------------------------------------------------
def af_data():
    rows = []
    for code, k in KOMMUNER:
        akk, akm = ARBETSKRAFT[k]
        bk, bm = BASNIVA[k]
        for m in range(1, 13):
            pert_k = (((int(code) * 7 + m * 13) % 11) - 5) * 0.004
            pert_m = (((int(code) * 5 + m * 17) % 11) - 5) * 0.004
            nk = round(akk * bk / 100 * (SASONG[m - 1] + pert_k))
            nm = round(akm * bm / 100 * (SASONG[m - 1] + pert_m))
            nt = nk + nm
            rows.append((k, m, "Kvinnor", nk, round(nk / akk * 100, 1)))
            rows.append((k, m, "Män", nm, round(nm / akm * 100, 1)))
            rows.append((k, m, "Totalt", nt, round(nt / (akk + akm) * 100, 1)))
    return rows


def write_af(out):
    path = os.path.join(out, "af_inskrivna_arbetslosa_kommun_2024_manad.txt.csv")
    lines = ["Län\tKommun\tMånad\tKön\tInskrivna arbetslösa, antal\t"
             "Inskrivna arbetslösa, andel (%) av reg. arbetskraft 16-64 år"]
    for k, m, kon, n, a in af_data():
        lines.append(f"{LAN}\t{k}\t2024-{m:02d}\t{kon}\t{n}\t{sv_dec(a)}")
    text = "\r\n".join(lines) + "\r\n"
    with open(path, "wb") as f:
        f.write(b"\xff\xfe" + text.encode("utf-16-le"))


# ---------------------------------------------------------------------------
# 2. SCB folkmängd, ett blad per år, 2024 med annan kolumnordning
# ---------------------------------------------------------------------------
def write_folk(out):
    wb = Workbook()
    wb.remove(wb.active)
    for year in (2022, 2023, 2024):
        ws = wb.create_sheet(str(year))
        ws.column_dimensions["A"].width = 8
        ws.column_dimensions["B"].width = 22
        for c in "CDE":
            ws.column_dimensions[c].width = 12
        r = 1
        ws.cell(r, 1, f"Folkmängd i Västernorrlands län efter kommun och kön, 31 december {year}").font = Font(bold=True)
        r += 1
        if year == 2024:
            ws.cell(r, 1, "Uttag 2025-02-21. Observera: tabellen är hämtad med ny tabellmall.")
            r += 1
        r += 1
        if year == 2024:
            header = ["Kommunkod", "Kommun", "Män", "Kvinnor", "Totalt"]
        else:
            header = ["Kommunkod", "Kommun", "Kvinnor", "Män", "Totalt"]
        for j, h in enumerate(header, 1):
            ws.cell(r, j, h).font = Font(bold=True)
        r += 1
        sk = sm = 0
        for code, k in KOMMUNER:
            kv, ma = FOLK[k][year]
            sk += kv
            sm += ma
            vals = [code, k, ma, kv, kv + ma] if year == 2024 else [code, k, kv, ma, kv + ma]
            for j, v in enumerate(vals, 1):
                c = ws.cell(r, j, v)
                if j >= 3:
                    c.number_format = "#,##0"
            r += 1
        vals = ["22", LAN, sm, sk, sk + sm] if year == 2024 else ["22", LAN, sk, sm, sk + sm]
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, v)
            c.font = Font(bold=True)
            if j >= 3:
                c.number_format = "#,##0"
        r += 2
        ws.cell(r, 1, "Källa: SCB, Befolkningsstatistik.")
    save_xlsx_deterministic(wb, os.path.join(out, "scb_folkmangd_kommun_kon_2022_2024.xlsx"),
                            "SCB Statistikdatabasen")


# ---------------------------------------------------------------------------
# 3. PDF - regional lägesrapport
# ---------------------------------------------------------------------------
def _font():
    for base in ("/usr/share/fonts/truetype/dejavu/DejaVuSans",
                 "/usr/share/fonts/truetype/liberation/LiberationSans"):
        reg = base + ".ttf" if "dejavu" in base else base + "-Regular.ttf"
        bold = base + "-Bold.ttf"
        if os.path.exists(reg) and os.path.exists(bold):
            pdfmetrics.registerFont(TTFont("RepSans", reg))
            pdfmetrics.registerFont(TTFont("RepSans-Bold", bold))
            return "RepSans", "RepSans-Bold"
    raise SystemExit("Hittar inget TTF-typsnitt med U+2212 (DejaVu/Liberation krävs)")


def write_pdf(out):
    path = os.path.join(out, "region_vnl_lagesrapport_dec2024.pdf")
    reg, bold = _font()
    c = canvas.Canvas(path, pagesize=A4, invariant=1, pageCompression=0)
    c.setTitle("Läget i Västernorrland - december 2024")
    c.setAuthor("Region Västernorrland, Regional utveckling")
    c.setSubject("Lägesrapport arbetsmarknad och hälsa")
    c.setCreator("Microsoft Word")
    c.setProducer("Region Västernorrland rapportmall")
    W, H = A4

    def footer(p):
        c.setFont(reg, 8)
        c.drawString(50, 30, "Region Västernorrland  |  Rapport 2025:02")
        c.drawRightString(W - 50, 30, f"Sida {p} av 2")

    # --- sida 1
    y = H - 70
    c.setFont(bold, 16)
    c.drawString(50, y, "Läget i Västernorrland – december 2024")
    y -= 20
    c.setFont(reg, 10)
    c.drawString(50, y, "Avdelningen för regional utveckling, analysenheten. Rapport 2025:02")
    y -= 30
    intro = [
        "Sjukpenningtalet i länet minskade något under 2024 och låg i december på 10,6 dagar per",
        "försäkrad, jämfört med 10,7 ett år tidigare. Skillnaderna mellan kommunerna är fortsatt",
        "stora. Tabell 1 visar sjukpenningtalet per kommun, sorterat efter nivån i december 2024.",
        "Arbetslösheten redovisas i tabell 2 på nästa sida.",
    ]
    for line in intro:
        c.drawString(50, y, line)
        y -= 14
    y -= 16
    c.setFont(bold, 11)
    c.drawString(50, y, "Tabell 1. Sjukpenningtal, dagar per försäkrad 16–64 år")
    y -= 20
    x_k, x_23, x_24, x_ch = 55, 300, 390, 500
    c.setFont(bold, 9)
    c.drawString(x_k, y, "Kommun")
    c.drawRightString(x_23, y, "Dec 2023")
    c.drawRightString(x_24, y, "Dec 2024")
    c.drawRightString(x_ch, y, "Förändring, dagar")
    y -= 5
    c.line(50, y, 510, y)
    y -= 14

    def fmt_change(d):
        d = round(d, 1)
        if d > 0:
            return "+" + sv_dec(d)
        if d < 0:
            return MINUS + sv_dec(-d)
        return "±0,0"

    def row(name, v23, v24, fn23=False, fn24=False, boldrow=False):
        nonlocal y
        f = bold if boldrow else reg
        c.setFont(f, 9)
        c.drawString(x_k, y, name)
        c.drawRightString(x_23, y, sv_dec(v23))
        if fn23:
            c.setFont(reg, 5.5)
            c.drawString(x_23 + 0.8, y + 3.5, "1")
            c.setFont(f, 9)
        c.drawRightString(x_24, y, sv_dec(v24))
        if fn24:
            c.setFont(reg, 5.5)
            c.drawString(x_24 + 0.8, y + 3.5, "1")
            c.setFont(f, 9)
        c.drawRightString(x_ch, y, fmt_change(v24 - v23))
        y -= 15

    for k, a, b in sorted(SJP, key=lambda t: -t[2]):
        row(k, a, b, (k, 2023) in SJP_FOTNOT, (k, 2024) in SJP_FOTNOT)
    c.line(50, y + 10, 510, y + 10)
    row(LAN, *SJP_LAN, boldrow=True)
    row("Riket", *SJP_RIKET)
    y -= 6
    c.setFont(reg, 7.5)
    c.drawString(50, y, "1 Korrigerad uppgift efter rättelse från Försäkringskassan 2025-01-10.")
    y -= 11
    c.drawString(50, y, "Källa: Försäkringskassan. Sjukpenningtal = antal utbetalda nettodagar med sjuk- och rehabiliteringspenning")
    y -= 10
    c.drawString(50, y, "under de senaste tolv månaderna per försäkrad 16–64 år.")
    footer(1)
    c.showPage()

    # --- sida 2
    y = H - 70
    c.setFont(bold, 11)
    c.drawString(50, y, "Tabell 2. Inskrivna arbetslösa, andel (%) av registerbaserad arbetskraft 16–64 år,")
    y -= 14
    c.drawString(50, y, "december 2024")
    y -= 22
    c.setFont(bold, 9)
    xk, xa, xb, xc = 55, 300, 390, 480
    c.drawString(xk, y, "Kommun")
    c.drawRightString(xa, y, "Kvinnor")
    c.drawRightString(xb, y, "Män")
    c.drawRightString(xc, y, "Totalt")
    y -= 5
    c.line(50, y, 510, y)
    y -= 14
    dec = {}
    for k, m, kon, n, a in af_data():
        if m == 12:
            dec[(k, kon)] = a
    c.setFont(reg, 9)
    for _, k in KOMMUNER:
        c.drawString(xk, y, k)
        c.drawRightString(xa, y, sv_dec(dec[(k, "Kvinnor")]))
        c.drawRightString(xb, y, sv_dec(dec[(k, "Män")]))
        c.drawRightString(xc, y, sv_dec(dec[(k, "Totalt")]))
        y -= 15
    y -= 6
    c.setFont(reg, 7.5)
    c.drawString(50, y, "Källa: Arbetsförmedlingen. Öppet arbetslösa och sökande i program med aktivitetsstöd.")
    footer(2)
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# 4. Ekonomiskt bistånd - långt format, hårda mellanslag
# ---------------------------------------------------------------------------
def write_ekb(out):
    path = os.path.join(out, "sos_ekonomiskt_bistand_kommun_2022_2024.csv")
    matt = ["Biståndsmottagare, antal", "Biståndshushåll, antal",
            "Utbetalt ekonomiskt bistånd, kronor"]
    regions = [k for _, k in KOMMUNER] + [LAN]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=",", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    w.writerow(["Region", "År", "Mått", "Värde"])
    for mi, mname in enumerate(matt):
        for reg in regions:
            for year in (2022, 2023, 2024):
                if reg == LAN:
                    v = sum(EKB[k][year][mi] for _, k in KOMMUNER)
                else:
                    v = EKB[reg][year][mi]
                w.writerow([reg, str(year), mname, sv_int_nbsp(v)])
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 5. Händelselogg, flerradiga kommentarer, exportdubbletter
# ---------------------------------------------------------------------------
KOMMENTARER = [
    "Första möte genomfört.",
    "Kartläggning klar; behov av språkstöd.\nBokat uppföljning med SFI.",
    "Praktik på lager i 4 veckor.\nHandledare: Kent; kontakt via arbetsgivaren.",
    "Byte av handläggare.",
    "Deltagaren sjukskriven två veckor;\nåterupptar aktiviteter efter läkarbesök.",
    "Körkortsteori påbörjad.",
    "Trepartssamtal med Försäkringskassan\noch Arbetsförmedlingen; plan uppdaterad.",
    "Studiebesök Komvux; intresserad av vård- och omsorgsutbildning.",
    "",
]
AVSLUT_KOMM = {
    "Arbete": "Anställd med lönestöd; 75 %.\nUppföljning om 3 mån.",
    "Studier": "Antagen till Komvux; start v. 34.",
    "Annan insats": "Överlämnad till kommunens AME;\nfortsatt stöd där.",
    "Avbrott": "Ej nåbar sedan sex veckor.",
}


def to_date(dn):
    mdays = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    y, m = 2023, 2
    dn2 = dn
    while True:
        md = mdays[m - 1] + (1 if (y == 2024 and m == 2) else 0)
        if dn2 < md:
            return f"{y}-{m:02d}-{dn2 + 1:02d}"
        dn2 -= md
        m += 1
        if m == 13:
            m, y = 1, y + 1


def vv_events():
    d = Det(200)
    weights = [("Ånge", 2), ("Timrå", 4), ("Härnösand", 4), ("Sundsvall", 9),
               ("Kramfors", 4), ("Sollefteå", 3), ("Örnsköldsvik", 6)]
    pool = [k for k, wgt in weights for _ in range(wgt)]
    reasons = ["Arbete", "Arbete", "Arbete", "Studier", "Studier", "Annan insats", "Avbrott"]
    events = []  # (datum, deltagare, kommun, kön, födelseår, händelse, orsak, kommentar)
    for i in range(1, 139):
        pid = f"VV-{i:04d}"
        kommun = pool[d.pick(len(pool))]
        kon = "K" if d.pick(100) < 47 else "M"
        fodd = 1962 + d.pick(44)
        # inskrivning mellan 2023-02-01 och 2024-11-30 (som dagnummer)
        day0 = d.pick(660)
        events.append((day0, pid, kommun, kon, fodd, "Inskrivning", "",
                       KOMMENTARER[d.pick(len(KOMMENTARER))]))
        n_andr = d.pick(3)
        last = day0
        for _ in range(n_andr):
            last = last + 10 + d.pick(60)
            if last >= 700:
                break
            events.append((last, pid, kommun, kon, fodd, "Ändring", "",
                           KOMMENTARER[d.pick(len(KOMMENTARER))]))
        # avslut om tillräckligt lång tid gått
        if day0 < 560 and d.pick(100) < 72:
            end = max(last, day0) + 30 + d.pick(150)
            if end < 700:
                r = reasons[d.pick(len(reasons))]
                events.append((end, pid, kommun, kon, fodd, "Avslut", r, AVSLUT_KOMM[r]))
    events.sort(key=lambda e: (e[0], e[1]))
    out = []
    for n, e in enumerate(events, 1):
        out.append((f"H{100000 + n}", e[1], e[2], e[3], e[4], e[5], to_date(e[0]), e[6], e[7]))
    return out


def write_vv(out):
    path = os.path.join(out, "vagen_vidare_deltagarhandelser_export_2025-01-15.csv")
    ev = vv_events()
    # exportdubbletter: var 37:e händelse skrivs ut två gånger i följd
    rows = []
    for i, e in enumerate(ev):
        rows.append(e)
        if i % 37 == 11:
            rows.append(e)
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    w.writerow(["Händelse-ID", "Deltagar-ID", "Kommun", "Kön", "Födelseår", "Händelse",
                "Datum", "Avslutsorsak", "Handläggarkommentar"])
    for r in rows:
        w.writerow(r)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 6. Skolverket - vertikalt sammanfogade kommunceller, bråktal med %-format
# ---------------------------------------------------------------------------
def write_beh(out):
    wb = Workbook()
    ws = wb.active
    ws.title = "Behörighet yrkesprogram"
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 10
    for c in "CDE":
        ws.column_dimensions[c].width = 10
    ws["A1"] = "Andel elever i årskurs 9 som är behöriga till yrkesprogram, 2022–2024"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Elevens hemkommun, samtliga huvudmän. Läsår som slutar vårterminen angivet år."
    hdr = ["Kommun", "Kön", "2022", "2023", "2024"]
    for j, h in enumerate(hdr, 1):
        ws.cell(4, j, h).font = Font(bold=True)
    r = 5
    for name in [k for _, k in KOMMUNER] + [LAN, "Riket"]:
        tot = BEH_TOT[name]
        dif = BEH_DIFF[name]
        ws.cell(r, 1, name)
        ws.merge_cells(start_row=r, start_column=1, end_row=r + 2, end_column=1)
        ws.cell(r, 1).alignment = Alignment(vertical="center")
        if name in (LAN, "Riket"):
            ws.cell(r, 1).font = Font(bold=True)
        for i, kon in enumerate(["Flickor", "Pojkar", "Totalt"]):
            ws.cell(r + i, 2, kon)
            for yi in range(3):
                if kon == "Flickor":
                    v = round(tot[yi] + dif[yi], 3)
                elif kon == "Pojkar":
                    v = round(tot[yi] - dif[yi], 3)
                else:
                    v = tot[yi]
                c = ws.cell(r + i, 3 + yi, v)
                c.number_format = "0.0%"
        r += 3
    r += 1
    ws.cell(r, 1, "Källa: Skolverket, betyg och behörighet i årskurs 9 (uttag 2025-01-15).")
    ws.cell(r + 1, 1, "Behörighet till yrkesprogram kräver godkända betyg i svenska/svenska som andraspråk, "
                      "engelska, matematik och minst fem andra ämnen.")
    save_xlsx_deterministic(wb, os.path.join(out, "skolverket_behorighet_yrkesprogram_ak9_2022_2024.xlsx"),
                            "Skolverket")


def main():
    if len(sys.argv) != 2:
        raise SystemExit("Användning: python r200_make_files.py OUT_DIR")
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    write_af(out)
    write_folk(out)
    write_pdf(out)
    write_ekb(out)
    write_vv(out)
    write_beh(out)
    for fn in sorted(os.listdir(out)):
        print(fn)


if __name__ == "__main__":
    main()
