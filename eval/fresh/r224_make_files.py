#!/usr/bin/env python3
"""Round r224 (Kronobergs län): writes six made-up statistics files into OUT_DIR.

Deterministic: no clock, no random module (a fixed LCG is used), fixed PDF and XLSX
metadata and fixed zip timestamps.

Usage: python r224_make_files.py OUT_DIR
"""
import io
import os
import sys
import zipfile
from datetime import datetime
from decimal import Decimal, ROUND_HALF_UP

KOMMUNER = [  # code order
    ("0760", "Uppvidinge"),
    ("0761", "Lessebo"),
    ("0763", "Tingsryd"),
    ("0764", "Alvesta"),
    ("0765", "Älmhult"),
    ("0767", "Markaryd"),
    ("0780", "Växjö"),
    ("0781", "Ljungby"),
]
NAMES = [n for _, n in KOMMUNER]
FIXED_DT = datetime(2024, 11, 8, 9, 30, 0)


def r1(x):
    return float(Decimal(repr(x)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def r0(x):
    return int(Decimal(repr(x)).quantize(Decimal("1"), rounding=ROUND_HALF_UP))


def sv(x, dec=1):
    """Swedish decimal comma."""
    return f"{x:.{dec}f}".replace(".", ",")


# ---------------------------------------------------------------------------
# 1. Arbetsförmedlingen web table saved as CSV with HTML entities and tags left in
# ---------------------------------------------------------------------------
ARBETSKRAFT = {"Uppvidinge": 4300, "Lessebo": 3950, "Tingsryd": 5700, "Alvesta": 9900,
               "Älmhult": 8900, "Markaryd": 4900, "Växjö": 49800, "Ljungby": 14100}
ARBL_2024 = {"Uppvidinge": 383, "Lessebo": 442, "Tingsryd": 371, "Alvesta": 832,
             "Älmhult": 543, "Markaryd": 470, "Växjö": 3934, "Ljungby": 959}
ARBL_2023 = {"Uppvidinge": 357, "Lessebo": 427, "Tingsryd": 376, "Alvesta": 752,
             "Älmhult": 490, "Markaryd": 421, "Växjö": 3735, "Ljungby": 931}
RIKET_ARBL = {"2024": (371842, 7.1), "2023": (349617, 6.7)}

ENT = {"å": "&aring;", "ä": "&auml;", "ö": "&ouml;", "Å": "&Aring;", "Ä": "&Auml;",
       "Ö": "&Ouml;", "–": "&ndash;"}


def ent(s):
    return "".join(ENT.get(ch, ch) for ch in s)


def nbsp_int(n):
    s = f"{n:,}".replace(",", "&nbsp;")
    return s


def signed_html(x):
    if x < 0:
        return "&minus;" + sv(-x)
    if x > 0:
        return "+" + sv(x)
    return "0,0"


def arbl_rows():
    rows = []
    tot24 = sum(ARBL_2024.values())
    tot23 = sum(ARBL_2023.values())
    ak = sum(ARBETSKRAFT.values())
    rows.append(("Riket", RIKET_ARBL["2024"][0], RIKET_ARBL["2024"][1],
                 RIKET_ARBL["2023"][0], RIKET_ARBL["2023"][1], True))
    rows.append(("Kronobergs län", tot24, r1(tot24 / ak * 100), tot23, r1(tot23 / ak * 100), True))
    for n in NAMES:
        rows.append((n, ARBL_2024[n], r1(ARBL_2024[n] / ARBETSKRAFT[n] * 100),
                     ARBL_2023[n], r1(ARBL_2023[n] / ARBETSKRAFT[n] * 100), False))
    return rows


def write_file1(out):
    lines = []
    lines.append('"<h2>Inskrivna arbetsl&ouml;sa 16&ndash;64 &aring;r efter kommun, '
                 'Kronobergs l&auml;n</h2>"')
    lines.append('"Andel (%) av den registerbaserade arbetskraften 16&ndash;64 &aring;r. '
                 'Inskrivna arbetsl&ouml;sa = &ouml;ppet arbetsl&ouml;sa + s&ouml;kande i program med aktivitetsst&ouml;d."')
    header = ["Kommun", "Antal<br>okt 2024", "Andel (%)<br>okt 2024", "Antal<br>okt 2023",
              "Andel (%)<br>okt 2023", "F&ouml;r&auml;ndring andel<br>(procentenheter)"]
    lines.append(",".join(f'"{h}"' for h in header))
    for name, a24, p24, a23, p23, bold in arbl_rows():
        lab = ent(name)
        if bold:
            lab = f"<b>{lab}</b>"
        ch = r1(p24 - p23)
        cells = [lab, nbsp_int(a24), sv(p24), nbsp_int(a23), sv(p23), signed_html(ch)]
        lines.append(",".join(f'"{c}"' for c in cells))
    lines.append('"K&auml;lla: Arbetsf&ouml;rmedlingen &amp; SCB (bearbetning). '
                 'Uppgifterna avser m&aring;nadens slut.&nbsp;"')
    with open(os.path.join(out, "af_inskrivna_arbetslosa_kronoberg_okt2024.csv"), "w",
              encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------
# 2. Monthly households with ekonomiskt bistånd; unreported months exported as 0,
#    and a system 'Medel' column that always divides by 12
# ---------------------------------------------------------------------------
BASE_HH = {"Uppvidinge": 118, "Lessebo": 137, "Tingsryd": 104, "Alvesta": 236,
           "Älmhult": 149, "Markaryd": 143, "Växjö": 1148, "Ljungby": 327}
TREND24 = {"Uppvidinge": 1.06, "Lessebo": 1.02, "Tingsryd": 0.97, "Alvesta": 1.09,
           "Älmhult": 1.04, "Markaryd": 1.05, "Växjö": 1.03, "Ljungby": 1.01}
SEASON = [1.045, 1.031, 1.018, 0.992, 0.968, 0.981, 1.012, 1.004, 0.979, 0.987, 0.983, 1.008]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "Maj", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dec"]
REPORTED_2024 = 9  # jan–sep


def monthly_hh():
    data = {}
    for i, n in enumerate(NAMES):
        b = BASE_HH[n]
        v23 = [r0(b * SEASON[m] * (1 + 0.0035 * m) + ((i * 7 + m * 3) % 5) - 2) for m in range(12)]
        v24 = [r0(b * TREND24[n] * SEASON[m] * (1 + 0.0025 * m) + ((i * 5 + m * 4) % 7) - 3)
               if m < REPORTED_2024 else 0 for m in range(12)]
        data[(n, 2023)] = v23
        data[(n, 2024)] = v24
    return data


def write_file2(out):
    data = monthly_hh()
    L = []
    L.append("Ekonomiskt bistånd – antal hushåll med utbetalt bistånd per månad")
    L.append("Kommunerna i Kronobergs län, 2023–2024")
    L.append("")
    L.append(";".join(["Kommun", "År"] + MONTHS + ["Summa", "Medel"]))
    for year in (2023, 2024):
        for n in NAMES:
            v = data[(n, year)]
            s = sum(v)
            L.append(";".join([n, str(year)] + [str(x) for x in v] + [str(s), sv(r1(s / 12))]))
        tot = [sum(data[(n, year)][m] for n in NAMES) for m in range(12)]
        s = sum(tot)
        L.append(";".join(["Kronobergs län", str(year)] + [str(x) for x in tot]
                          + [str(s), sv(r1(s / 12))]))
    L.append("")
    L.append("Datauttag 2024-10-14. Månader som ännu inte har rapporterats in redovisas som 0.")
    L.append("Medel = Summa/12 (beräknas automatiskt i rapportverktyget).")
    L.append("Ett hushåll som får bistånd flera månader räknas en gång per månad.")
    with open(os.path.join(out, "ekbistand_hushall_per_manad_2023_2024.csv"), "w",
              encoding="cp1252", newline="") as f:
        f.write("\r\n".join(L) + "\r\n")


# ---------------------------------------------------------------------------
# 3. Socialstyrelsen-style XLSX: full years mixed with half years in one table
# ---------------------------------------------------------------------------
KR_PER_HHMAN = {"Uppvidinge": 8120, "Lessebo": 8460, "Tingsryd": 7930, "Alvesta": 8710,
                "Älmhult": 8840, "Markaryd": 8390, "Växjö": 9280, "Ljungby": 8650}


def halfyear_table():
    data = monthly_hh()
    t = {}
    for n in NAMES:
        v23 = data[(n, 2023)]
        v24 = data[(n, 2024)]
        k = KR_PER_HHMAN[n]
        tkr23 = r0(sum(v23) * k / 1000)
        tkr22 = r0(tkr23 * 0.951)
        tkr_h1_23 = r0(sum(v23[:6]) * k / 1000)
        tkr_h1_24 = r0(sum(v24[:6]) * k * 1.043 / 1000)
        hh23 = r0(sum(v23) / 12 * 1.72)
        hh22 = r0(hh23 * 0.968)
        hh_h1_23 = r0(sum(v23[:6]) / 6 * 1.38)
        hh_h1_24 = r0(sum(v24[:6]) / 6 * 1.38)
        t[n] = [tkr22, tkr23, tkr_h1_23, tkr_h1_24, hh22, hh23, hh_h1_23, hh_h1_24]
    t["Kronobergs län"] = [sum(t[n][j] for n in NAMES) for j in range(8)]
    t["Riket"] = [12884213, 13561408, 6698152, 7125904, 171905, 176332, 131877, 137410]
    return t


def fix_zip(path, core_xml):
    """Rewrite an xlsx with fixed zip timestamps and fixed core properties."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = core_xml.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=(2024, 11, 8, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def core_xml(title, creator):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{title}</dc:title><dc:creator>{creator}</dc:creator>'
            f'<cp:lastModifiedBy>{creator}</cp:lastModifiedBy>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2024-11-08T09:30:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2024-11-08T09:30:00Z</dcterms:modified>'
            '</cp:coreProperties>')


def write_file3(out):
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment, Border, Side
    t = halfyear_table()
    wb = Workbook()
    ws = wb.active
    ws.title = "Tabell 3"
    ws["A1"] = ("Tabell 3. Ekonomiskt bistånd efter kommun. Utbetalt ekonomiskt bistånd (tkr) "
                "och antal biståndshushåll")
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Kronobergs län. Helår 2022–2023 samt januari–juni 2023 och januari–juni 2024"
    ws["A4"] = "Kommun"
    ws["B4"] = "Utbetalt ekonomiskt bistånd, tkr"
    ws.merge_cells("B4:E4")
    ws["F4"] = "Biståndshushåll, antal"
    ws.merge_cells("F4:I4")
    periods = ["2022", "2023", "jan–jun 2023", "jan–jun 2024*"]
    for j, p in enumerate(periods + periods):
        c = ws.cell(row=5, column=2 + j, value=p)
        c.font = Font(bold=True)
        c.alignment = Alignment(horizontal="right")
    for c in ("A4", "B4", "F4"):
        ws[c].font = Font(bold=True)
        ws[c].alignment = Alignment(horizontal="center")
    thin = Side(style="thin")
    for col in range(1, 10):
        ws.cell(row=5, column=col).border = Border(bottom=thin)
    r = 6
    for name in ["Riket", "Kronobergs län"] + NAMES:
        ws.cell(row=r, column=1, value=name)
        if name in ("Riket", "Kronobergs län"):
            ws.cell(row=r, column=1).font = Font(bold=True)
        for j, v in enumerate(t[name]):
            c = ws.cell(row=r, column=2 + j, value=v)
            c.number_format = "# ##0"
        r += 1
    r += 1
    notes = [
        "* Preliminära uppgifter.",
        "Helårskolumnerna avser hela kalenderåret. Halvårskolumnerna avser endast januari–juni.",
        "Biståndshushåll = hushåll som har fått ekonomiskt bistånd någon gång under perioden (varje hushåll räknas en gång).",
        "Belopp i tusental kronor (tkr), löpande priser.",
        "Källa: Socialstyrelsen, statistik om ekonomiskt bistånd; bearbetning Region Kronoberg.",
    ]
    for nt in notes:
        ws.cell(row=r, column=1, value=nt).font = Font(italic=True, size=9)
        r += 1
    ws.column_dimensions["A"].width = 18
    for col in "BCDEFGHI":
        ws.column_dimensions[col].width = 14
    wb.properties.creator = "Region Kronoberg"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    path = os.path.join(out, "ekonomiskt_bistand_tabell3_kronoberg.xlsx")
    wb.save(path)
    fix_zip(path, core_xml("Tabell 3 Ekonomiskt bistånd", "Region Kronoberg"))


# ---------------------------------------------------------------------------
# 4. AME participant register where identical rows were collapsed into an 'Antal' column
# ---------------------------------------------------------------------------
class LCG:
    def __init__(self, seed):
        self.s = seed

    def next(self):
        self.s = (1103515245 * self.s + 12345) % (2 ** 31)
        return self.s / 2 ** 31

    def choice(self, items, weights):
        x = self.next() * sum(weights)
        acc = 0.0
        for it, w in zip(items, weights):
            acc += w
            if x < acc:
                return it
        return items[-1]


INSATSER = ["Arbetsträning", "Extratjänst", "Praktik", "Studiemotiverande insats", "Yrkessvenska"]
INS_W = [30, 15, 25, 15, 15]
P_WOMAN = {"Arbetsträning": 0.44, "Extratjänst": 0.56, "Praktik": 0.40,
           "Studiemotiverande insats": 0.46, "Yrkessvenska": 0.62}
AGEGR = ["16–19", "20–24", "25–29", "30–49", "50–64"]
AGE_W = {"Arbetsträning": [4, 12, 14, 45, 25], "Extratjänst": [0, 6, 14, 55, 25],
         "Praktik": [22, 30, 16, 24, 8], "Studiemotiverande insats": [14, 36, 22, 24, 4],
         "Yrkessvenska": [2, 14, 22, 50, 12]}
N_REC = {"Uppvidinge": 62, "Lessebo": 71, "Tingsryd": 68, "Alvesta": 128,
         "Älmhult": 94, "Markaryd": 77, "Växjö": 512, "Ljungby": 168}
KVARTAL = ["2024 kv1", "2024 kv2", "2024 kv3", "2024 kv4"]
KV_W = [30, 28, 18, 24]


def ame_records():
    g = LCG(224)
    recs = []
    for i, n in enumerate(NAMES):
        # municipalities weight the activities slightly differently
        w = list(INS_W)
        w[i % 5] += 10
        for _ in range(N_REC[n]):
            ins = g.choice(INSATSER, w)
            kon = "K" if g.next() < P_WOMAN[ins] else "M"
            age = g.choice(AGEGR, AGE_W[ins])
            kv = g.choice(KVARTAL, KV_W)
            recs.append((n, ins, kon, age, kv))
    return recs


def ame_collapsed():
    recs = ame_records()
    counts = {}
    order = []
    for rec in recs:
        if rec not in counts:
            counts[rec] = 0
            order.append(rec)
        counts[rec] += 1
    kidx = {n: i for i, n in enumerate(NAMES)}
    order.sort(key=lambda r: (kidx[r[0]], KVARTAL.index(r[4]), INSATSER.index(r[1]), r[2],
                              AGEGR.index(r[3])))
    return [(rec, counts[rec]) for rec in order]


def write_file4(out):
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    rows = ame_collapsed()
    wb = Workbook()
    ws = wb.active
    ws.title = "Deltagare"
    hdr = ["Löpnr", "Kommun", "Insats", "Kön", "Åldersgrupp", "Startkvartal", "Antal"]
    ws.append(hdr)
    for c in ws[1]:
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DDEBF7")
    for k, (rec, cnt) in enumerate(rows, start=1):
        n, ins, kon, age, kv = rec
        ws.append([k, n, ins, kon, age, kv, cnt])
    ws.auto_filter.ref = f"A1:G{len(rows) + 1}"
    ws.freeze_panes = "A2"
    for col, wdt in zip("ABCDEFG", [8, 14, 26, 6, 13, 13, 8]):
        ws.column_dimensions[col].width = wdt
    info = wb.create_sheet("Info")
    info_lines = [
        "Uttag ur verksamhetssystemet för kommunala arbetsmarknadsinsatser (AME), Kronobergs län",
        "Urval: deltagare som påbörjat en insats 1 jan–31 dec 2024.",
        "Uttaget är anonymiserat: rader med identiska värden i Kommun, Insats, Kön, Åldersgrupp och "
        "Startkvartal har slagits samman till en rad.",
        "Kolumnen Antal anger hur många deltagare (påbörjade insatser) raden avser.",
        "Löpnr är ett radnummer i uttaget och inte ett person-id.",
        "Kön: K = kvinna, M = man. Åldersgrupp avser ålder vid insatsens start.",
        "Uttaget innehåller inga uppgifter om vad deltagarna gick vidare till efter insatsen.",
    ]
    for ln in info_lines:
        info.append([ln])
    info.column_dimensions["A"].width = 110
    wb.properties.creator = "AME-systemet"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    path = os.path.join(out, "ame_deltagare_insatser_2024.xlsx")
    wb.save(path)
    fix_zip(path, core_xml("Deltagare AME 2024", "AME-systemet"))


# ---------------------------------------------------------------------------
# 5. PDF corrected afterwards by covering figures with white boxes and typing new
#    ones on top (old text still in the file, new text appended at end of stream)
# ---------------------------------------------------------------------------
FF = {  # Kvinnor, Män, Totalt 2023, Totalt 2022
    "Riket": (78.6, 82.1, 80.4, 80.1),
    "Kronobergs län": (79.5, 84.0, 81.8, 81.5),
    "Uppvidinge": (78.9, 83.4, 81.3, 80.6),
    "Lessebo": (74.2, 80.1, 77.3, 77.9),
    "Tingsryd": (80.6, 85.2, 83.0, 82.4),
    "Alvesta": (79.4, 84.7, 82.2, 81.8),
    "Älmhult": (80.2, 86.9, 83.7, 83.9),
    "Markaryd": (74.8, 84.3, 79.8, 79.1),
    "Växjö": (79.7, 82.6, 81.2, 80.9),
    "Ljungby": (81.8, 86.3, 84.1, 83.6),
}
FF_OLD = {("Lessebo", 0): 72.4, ("Markaryd", 2): 81.2, ("Växjö", 1): 83.6}


def make_canvas(path, title, author, subject):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    c = canvas.Canvas(path, pagesize=A4, invariant=1, pageCompression=0)
    c.setTitle(title)
    c.setAuthor(author)
    c.setSubject(subject)
    c.setCreator("Microsoft Word")
    return c


def write_file5(out):
    from reportlab.lib.pagesizes import A4
    path = os.path.join(out, "forvarvsfrekvens_2023_kronoberg_korr.pdf")
    c = make_canvas(path, "Förvärvsfrekvens 2023", "Region Kronoberg, Analys", "Regional rapport")
    W, H = A4
    c.setFont("Helvetica-Bold", 14)
    c.drawString(60, H - 70, "Sysselsättning i Kronobergs län 2023")
    c.setFont("Helvetica", 10)
    y = H - 100
    for ln in ["Förvärvsfrekvensen anger andelen förvärvsarbetande av befolkningen 20–64 år",
               "(registerbaserad statistik, november respektive år). Tabellen visar kommunerna",
               "i länet samt länet och riket som jämförelse."]:
        c.drawString(60, y, ln)
        y -= 14
    y -= 10
    c.setFont("Helvetica-Bold", 10)
    c.drawString(60, y, "Tabell 2. Förvärvsfrekvens 20–64 år efter kön, procent")
    y -= 24
    cols = [60, 230, 300, 370, 450]
    c.setFont("Helvetica-Bold", 9)
    c.drawString(cols[0], y + 12, "")
    c.drawCentredString(335, y + 12, "2023")
    c.drawRightString(480, y + 12, "2022")
    for x, h in zip(cols[1:], ["Kvinnor", "Män", "Totalt", "Totalt"]):
        c.drawRightString(x + 30, y, h)
    c.drawString(cols[0], y, "Område")
    c.setLineWidth(0.6)
    c.line(60, y - 4, 500, y - 4)
    y -= 18
    rowy = {}
    order = ["Uppvidinge", "Lessebo", "Tingsryd", "Alvesta", "Älmhult", "Markaryd", "Växjö",
             "Ljungby", "Kronobergs län", "Riket"]
    for name in order:
        c.setFont("Helvetica-Bold" if name in ("Kronobergs län", "Riket") else "Helvetica", 9)
        if name == "Kronobergs län":
            c.line(60, y + 11, 500, y + 11)
        c.drawString(cols[0], y, name)
        vals = FF[name]
        for j, x in enumerate(cols[1:]):
            v = FF_OLD.get((name, j), vals[j])
            c.drawRightString(x + 30, y, sv(v))
        rowy[name] = y
        y -= 15
    c.line(60, y + 9, 500, y + 9)
    y -= 6
    c.setFont("Helvetica-Oblique", 8)
    c.drawString(60, y, "Källa: SCB, RAMS/BAS, bearbetning Region Kronoberg.")
    y -= 30
    c.setFont("Helvetica", 10)
    text = [
        "Förvärvsfrekvensen i länet ökade något mellan 2022 och 2023. Skillnaden mellan",
        "kvinnor och män är fortsatt större i länet än i riket, främst på grund av de mindre",
        "kommunerna i länets södra och östra delar.",
    ]
    for ln in text:
        c.drawString(60, y, ln)
        y -= 14
    c.setFont("Helvetica", 8)
    c.drawString(60, 40, "Region Kronoberg | Regional utveckling | Sida 1")
    # --- later correction made in a PDF editor: white box + new figure on top
    for (name, j), _old in FF_OLD.items():
        x = cols[1 + j] + 30
        yy = rowy[name]
        c.setFillColorRGB(1, 1, 1)
        c.rect(x - 30, yy - 3, 31, 12, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.setFont("Helvetica", 9)
        c.drawRightString(x, yy, sv(FF[name][j]))
    c.setFont("Helvetica-Oblique", 7)
    c.drawString(350, 40, "Korrigerad version 2024-11-05")
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# 6. PDF ranking list: national rank, sorted by value, Riket/län rows interleaved
#    in sort position, plus two comparison municipalities from other counties
# ---------------------------------------------------------------------------
SJP = {  # 2023, 2022, rank in Sweden (None for aggregates)
    "Älmhult": (8.7, 8.9, 41),
    "Osby": (9.1, 9.4, 60),
    "Växjö": (9.6, 9.3, 88),
    "Riket": (10.1, 9.8, None),
    "Kronobergs län": (10.4, 10.1, None),
    "Ljungby": (10.6, 10.2, 131),
    "Alvesta": (11.2, 11.5, 170),
    "Hylte": (11.5, 11.0, 184),
    "Tingsryd": (11.9, 11.4, 201),
    "Markaryd": (12.6, 12.9, 226),
    "Uppvidinge": (13.1, 12.4, 241),
    "Lessebo": (14.3, 13.6, 268),
}


def write_file6(out):
    from reportlab.lib.pagesizes import A4
    path = os.path.join(out, "sjukpenningtal_rangordning_2023.pdf")
    c = make_canvas(path, "Sjukpenningtal 2023 rangordning", "Region Kronoberg",
                    "Jämförelse sjukpenningtal")
    W, H = A4
    c.setFont("Helvetica-Bold", 14)
    c.drawString(60, H - 70, "Sjukpenningtal 2023 – rangordning")
    c.setFont("Helvetica", 9.5)
    y = H - 94
    for ln in ["Sjukpenningtal: antal dagar med sjukpenning och rehabiliteringspenning per registrerad",
               "försäkrad 16–64 år, december respektive år. Sorterat efter 2023 års värde, lägst först.",
               "Rang = placering bland landets 290 kommuner (1 = lägst sjukpenningtal)."]:
        c.drawString(60, y, ln)
        y -= 13
    y -= 16
    xs = {"rang": 95, "kommun": 115, "v23": 330, "v22": 400, "diff": 480}
    c.setFont("Helvetica-Bold", 9)
    c.drawRightString(xs["rang"], y, "Rang")
    c.drawString(xs["kommun"], y, "Kommun")
    c.drawRightString(xs["v23"], y, "2023")
    c.drawRightString(xs["v22"], y, "2022")
    c.drawRightString(xs["diff"], y, "Förändring")
    c.line(60, y - 4, 490, y - 4)
    y -= 18
    items = sorted(SJP.items(), key=lambda kv: kv[1][0])
    for name, (v23, v22, rank) in items:
        agg = rank is None
        if agg:
            c.setFillColorRGB(0.92, 0.92, 0.92)
            c.rect(60, y - 4, 430, 14, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
        c.setFont("Helvetica-Oblique" if agg else "Helvetica", 9)
        c.drawRightString(xs["rang"], y, "–" if agg else f"{rank}.")
        label = name
        if name in ("Osby", "Hylte"):
            label = name + " ¹"
        c.drawString(xs["kommun"], y, label)
        c.drawRightString(xs["v23"], y, sv(v23))
        c.drawRightString(xs["v22"], y, sv(v22))
        d = r1(v23 - v22)
        c.drawRightString(xs["diff"], y, ("+" if d > 0 else "") + sv(d))
        y -= 16
    c.line(60, y + 10, 490, y + 10)
    y -= 6
    c.setFont("Helvetica", 8)
    c.drawString(60, y, "¹ Jämförelsekommun utanför länet (Osby: Skåne län, Hylte: Hallands län).")
    y -= 11
    c.drawString(60, y, "Grå rader (riket och länet) är genomsnitt och har ingen rang.")
    y -= 11
    c.drawString(60, y, "Källa: Försäkringskassan; bearbetning Region Kronoberg.")
    c.setFont("Helvetica", 8)
    c.drawString(60, 40, "Region Kronoberg | Välfärd och folkhälsa")
    c.showPage()
    c.save()


def main():
    if len(sys.argv) != 2:
        print("usage: r224_make_files.py OUT_DIR", file=sys.stderr)
        sys.exit(2)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    write_file1(out)
    write_file2(out)
    write_file3(out)
    write_file4(out)
    write_file5(out)
    write_file6(out)
    for fn in sorted(os.listdir(out)):
        print(fn)


if __name__ == "__main__":
    main()
