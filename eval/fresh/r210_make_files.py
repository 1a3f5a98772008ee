#!/usr/bin/env python3
"""r210 – test files for the statistics answers, Jämtlands län.

Usage: python r210_make_files.py OUT_DIR

Writes six made-up (but plausible) statistics files. Fully deterministic:
no clock, no random module (a fixed linear congruential sequence is used for
the survey microdata), fixed XLSX/PDF metadata and fixed ZIP timestamps.

Files and their awkwardness:
 1. af_arbetslosa_kommun_manad_2023_2024.csv   – double-encoded UTF-8 (mojibake
    'Ã–stersund'), comma separated with quoted decimal-comma values, PxWeb
    month codes (2024M06), county row among municipalities.
 2. fk_paborjade_sjukfall_tertial_2023_2024.xlsx – tertial columns are
    cumulative year-to-date (jan–apr, jan–aug, jan–dec); change columns are
    text with accounting-style negatives in parentheses '(55)', '(3,7 %)'.
 3. enkat_foretagsklimat_2024_mikrodata.csv     – survey microdata, one row per
    responding firm, with a weight column; 9 = 'vet ej' inside the 1–5 scale,
    blank = no answer.
 4. kommunfakta_befolkning_sysselsattning_2023.pdf – transposed table (measures
    as rows, municipalities as columns) with long row labels wrapping over
    two/three lines, figures bottom-aligned on the last line, space thousands;
    county pendling figures are not sums of the municipalities.
 5. regionala_utvecklingsmedel_beviljat_2022_2024.xlsx – project register, one
    row per project, amounts typed as text in mixed units
    ('1,2 mnkr', '850 tkr', '475 000:-', '2 Mkr', '340 000 SEK').
 6. varsel_jamtland_2023_2024.pdf                 – record-level PDF list (one
    varsel per row, newest first, over two pages with repeated header), dates
    written as Swedish text with mixed month abbreviations ('5 sept. 2023',
    '22 maj 2024', '2 september 2024').
"""
import csv
import io
import os
import re
import sys
import zipfile

KOMMUNER = [
    ("2303", "Ragunda"), ("2305", "Bräcke"), ("2309", "Krokom"),
    ("2313", "Strömsund"), ("2321", "Åre"), ("2326", "Berg"),
    ("2361", "Härjedalen"), ("2380", "Östersund"),
]
LAN = ("23", "Jämtlands län")


def sv(x, dec=1):
    """Format a number with Swedish decimal comma."""
    return f"{x:.{dec}f}".replace(".", ",")


def sv_int(n):
    """Space as thousands separator."""
    s = f"{n:,}".replace(",", " ")
    return s


class Seq:
    """Fixed linear congruential sequence (deterministic, no seedless randomness)."""

    def __init__(self, seed):
        self.x = seed

    def u(self):
        self.x = (1103515245 * self.x + 12345) % 2147483648
        return self.x / 2147483648.0


def fix_zip(path):
    """Rewrite a zip container with fixed timestamps and a fixed member order."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    fixed = []
    for name, data in items:
        if name == "docProps/core.xml":
            # openpyxl stamps 'modified' with the wall clock on save; pin it.
            data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                          rb"\g<1>2025-01-15T08:00:00Z\g<2>", data)
        fixed.append((name, data))
    items = fixed
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 15, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)


def fixed_props(wb, title):
    import datetime
    ts = datetime.datetime(2025, 1, 15, 8, 0, 0)
    wb.properties.creator = "Region Jämtland Härjedalen, Regional utveckling"
    wb.properties.lastModifiedBy = "Analysenheten"
    wb.properties.title = title
    wb.properties.created = ts
    wb.properties.modified = ts


# ---------------------------------------------------------------------------
# 1. AF monthly unemployment, double-encoded UTF-8
# ---------------------------------------------------------------------------
AK = {  # registerbaserad arbetskraft (16–64, 18–24)
    "Ragunda": (2450, 190), "Bräcke": (2980, 230), "Krokom": (7950, 640),
    "Strömsund": (5120, 380), "Åre": (7300, 720), "Berg": (3300, 240),
    "Härjedalen": (4900, 410), "Östersund": (33800, 3350),
}
BASE = {  # base unemployment % (16–64, 18–24)
    "Ragunda": (7.2, 10.8), "Bräcke": (6.4, 9.6), "Krokom": (4.1, 6.0),
    "Strömsund": (6.9, 11.4), "Åre": (3.6, 5.1), "Berg": (5.2, 8.3),
    "Härjedalen": (4.4, 6.7), "Östersund": (5.6, 7.9),
}
TREND24 = {"Ragunda": 0.06, "Bräcke": 0.02, "Krokom": 0.09, "Strömsund": -0.04,
           "Åre": 0.12, "Berg": -0.03, "Härjedalen": 0.05, "Östersund": 0.07}
SEASON = [1.10, 1.08, 1.04, 0.99, 0.94, 0.97, 1.03, 1.00, 0.95, 0.94, 0.98, 1.05]
SEASON_TOUR = [0.85, 0.82, 0.84, 0.95, 1.25, 1.10, 0.98, 1.02, 1.10, 1.22, 1.15, 0.90]
TOURISM = {"Åre", "Härjedalen", "Berg"}


def af_rows():
    rows = []
    data = {}
    for kod, namn in KOMMUNER:
        season = SEASON_TOUR if namn in TOURISM else SEASON
        for ai, alder in enumerate(("16–64 år", "18–24 år")):
            for year in (2023, 2024):
                for m in range(12):
                    tr = 1.0 + (TREND24[namn] * (1.25 if ai else 1.0) if year == 2024 else 0.0)
                    # small fixed wiggle so the series are not perfectly smooth
                    wig = 1.0 + 0.015 * (((m * 7 + len(namn) * 3 + ai * 5 + year) % 5) - 2)
                    rate = BASE[namn][ai] * season[m] * tr * wig
                    ak = AK[namn][ai]
                    antal = int(round(rate / 100.0 * ak))
                    data[(namn, alder, year, m + 1)] = (antal, ak)
    for kod, namn in KOMMUNER + [LAN]:
        for alder in ("16–64 år", "18–24 år"):
            for year in (2023, 2024):
                for m in range(1, 13):
                    if namn == LAN[1]:
                        antal = sum(data[(k, alder, year, m)][0] for _, k in KOMMUNER)
                        ak = sum(data[(k, alder, year, m)][1] for _, k in KOMMUNER)
                    else:
                        antal, ak = data[(namn, alder, year, m)]
                    andel = round(antal / ak * 100.0 + 1e-9, 1)
                    rows.append([kod, namn, alder, f"{year}M{m:02d}", str(antal), sv(andel)])
    return rows


def write_af(out):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=",", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    w.writerow(["Kommunkod", "Kommun", "Åldersgrupp", "Månad",
                "Antal inskrivna arbetslösa", "Andel av registerbaserad arbetskraft (%)"])
    for r in af_rows():
        w.writerow(r)
    text = buf.getvalue()
    # The export was once opened as Windows-1252 and saved again as UTF-8:
    mojibake = text.encode("utf-8").decode("cp1252").encode("utf-8")
    with open(os.path.join(out, "af_arbetslosa_kommun_manad_2023_2024.csv"), "wb") as f:
        f.write(mojibake)


# ---------------------------------------------------------------------------
# 2. FK sjukfall per tertial, cumulative (YTD)
# ---------------------------------------------------------------------------
SJUK = {  # tertial values, NOT cumulative: 2023 (T1,T2,T3), 2024 (T1,T2,T3)
    "Ragunda": ((118, 87, 104), (112, 91, 99)),
    "Bräcke": ((131, 98, 122), (139, 104, 118)),
    "Krokom": ((342, 251, 318), (329, 266, 301)),
    "Strömsund": ((247, 176, 231), (238, 169, 226)),
    "Åre": ((261, 198, 244), (279, 214, 251)),
    "Berg": ((142, 103, 131), (136, 99, 127)),
    "Härjedalen": ((208, 152, 197), (201, 161, 188)),
    "Östersund": ((1386, 1012, 1297), (1342, 1047, 1251)),
}


def acc_text(v, pct=False):
    if pct:
        s = sv(abs(v)) + " %"
    else:
        s = sv_int(abs(v))
    return f"({s})" if v < 0 else s


def write_fk(out):
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment
    wb = Workbook()
    fixed_props(wb, "Påbörjade sjukfall per tertial 2023–2024")
    ws = wb.active
    ws.title = "Sjukfall ack. T1-T3"
    ws["A1"] = "Påbörjade sjukfall med sjukpenning per kommun, Jämtlands län 2023–2024"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = ("Antal sjukfall påbörjade från årets början till och med tertialets slut "
                "(ackumulerat). T1 = jan–apr, T2 = jan–aug, T3 = jan–dec.")
    hdr = ["Kommun", "Kommunkod", "2023 T1 jan–apr", "2023 T2 jan–aug", "2023 T3 jan–dec",
           "2024 T1 jan–apr", "2024 T2 jan–aug", "2024 T3 jan–dec",
           "Förändring helår 2024 mot 2023, antal", "Förändring helår 2024 mot 2023, %"]
    ws.append([])
    ws.append(hdr)
    for c in ws[4]:
        c.font = Font(bold=True)
        c.alignment = Alignment(wrap_text=True, vertical="bottom")
    tot = [0] * 6
    for kod, namn in KOMMUNER:
        a, b = SJUK[namn]
        cum = [a[0], a[0] + a[1], a[0] + a[1] + a[2], b[0], b[0] + b[1], b[0] + b[1] + b[2]]
        tot = [t + c for t, c in zip(tot, cum)]
        ch = cum[5] - cum[2]
        ws.append([namn, kod] + cum + [acc_text(ch), acc_text(round(ch / cum[2] * 100 + 1e-9 * (1 if ch >= 0 else -1), 1), True)])
    ch = tot[5] - tot[2]
    ws.append(["Jämtlands län", "23"] + tot + [acc_text(ch), acc_text(round(ch / tot[2] * 100 - 1e-9, 1), True)])
    for c in ws[ws.max_row]:
        c.font = Font(bold=True)
    ws.append([])
    ws.append(["Källa: Försäkringskassan (MiDAS), bearbetning Region Jämtland Härjedalen. "
               "Negativa förändringar anges inom parentes."])
    ws.append(["Observera: kolumnerna T2 och T3 innehåller även sjukfall påbörjade under tidigare tertial samma år."])
    for r in ws.iter_rows(min_row=5, max_row=13, min_col=3, max_col=8):
        for c in r:
            c.number_format = "#,##0"
    for r in ws.iter_rows(min_row=5, max_row=13, min_col=9, max_col=10):
        for c in r:
            c.alignment = Alignment(horizontal="right")
    widths = [16, 11, 11, 11, 11, 11, 11, 11, 18, 18]
    for i, wdt in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = wdt
    ws.row_dimensions[4].height = 45
    p = os.path.join(out, "fk_paborjade_sjukfall_tertial_2023_2024.xlsx")
    wb.save(p)
    fix_zip(p)


# ---------------------------------------------------------------------------
# 3. Survey microdata with weights
# ---------------------------------------------------------------------------
FIRMS = {"Ragunda": 500, "Bräcke": 600, "Krokom": 1700, "Strömsund": 1000,
         "Åre": 2300, "Berg": 900, "Härjedalen": 1300, "Östersund": 5200}
NRESP = {"Ragunda": 22, "Bräcke": 25, "Krokom": 45, "Strömsund": 35,
         "Åre": 50, "Berg": 28, "Härjedalen": 38, "Östersund": 110}
SIZES = ["0 anställda", "1–9 anställda", "10–49 anställda", "50+ anställda"]
POPSHARE = [0.70, 0.25, 0.043, 0.007]
RESPSHARE = [0.45, 0.38, 0.13, 0.04]
Q1P = {  # probabilities for 1..5 among substantive answers
    "Ragunda": [0.10, 0.22, 0.36, 0.24, 0.08], "Bräcke": [0.12, 0.25, 0.35, 0.21, 0.07],
    "Krokom": [0.05, 0.14, 0.33, 0.34, 0.14], "Strömsund": [0.09, 0.22, 0.35, 0.25, 0.09],
    "Åre": [0.04, 0.12, 0.30, 0.36, 0.18], "Berg": [0.07, 0.18, 0.36, 0.29, 0.10],
    "Härjedalen": [0.06, 0.17, 0.35, 0.30, 0.12], "Östersund": [0.06, 0.16, 0.34, 0.32, 0.12],
}
Q2JA = {"Ragunda": 0.22, "Bräcke": 0.20, "Krokom": 0.31, "Strömsund": 0.21,
        "Åre": 0.38, "Berg": 0.25, "Härjedalen": 0.30, "Östersund": 0.33}
BRANSCH = ["Handel", "Bygg", "Besöksnäring", "Tillverkning", "Företagstjänster",
           "Jord- och skogsbruk", "Transport", "Vård och omsorg"]


def survey_rows():
    s = Seq(20240521)
    rows = []
    for kod, namn in KOMMUNER:
        n = NRESP[namn]
        counts = [int(round(n * r)) for r in RESPSHARE]
        counts[0] += n - sum(counts)
        for si, cnt in enumerate(counts):
            w = round(FIRMS[namn] * POPSHARE[si] / cnt, 2)
            for j in range(cnt):
                u = s.u()
                if u < 0.03:
                    q1 = ""
                elif u < 0.10:
                    q1 = "9"
                else:
                    v = s.u()
                    acc = 0.0
                    q1 = "5"
                    for k, p in enumerate(Q1P[namn]):
                        acc += p
                        if v < acc:
                            q1 = str(k + 1)
                            break
                u2 = s.u()
                pja = min(0.9, Q2JA[namn] * (1.0 + 0.6 * si))
                if u2 < 0.02:
                    q2 = ""
                elif u2 < 0.12:
                    q2 = "9"
                else:
                    q2 = "1" if s.u() < pja else "2"
                br = BRANSCH[int(s.u() * len(BRANSCH)) % len(BRANSCH)]
                key = s.u()
                rows.append([key, namn, br, SIZES[si], q1, q2, f"{w:.2f}"])
    rows.sort(key=lambda r: r[0])
    out = []
    for i, r in enumerate(rows):
        out.append([str(240001 + i)] + r[1:])
    return out


def write_survey(out):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=",", quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    w.writerow(["lopnr", "kommun", "bransch", "storleksklass",
                "Företagsklimat i kommunen (1=mycket dåligt … 5=mycket bra, 9=vet ej)",
                "Planerar att anställa kommande 12 mån (1=ja, 2=nej, 9=vet ej)",
                "vikt (uppräkning till antal företag i kommun x storleksklass)"])
    for r in survey_rows():
        w.writerow(r)
    with open(os.path.join(out, "enkat_foretagsklimat_2024_mikrodata.csv"), "wb") as f:
        f.write(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))


# ---------------------------------------------------------------------------
# 4. Kommunfakta PDF (transposed, wrapped row labels)
# ---------------------------------------------------------------------------
COLS4 = ["Ragunda", "Bräcke", "Krokom", "Strömsund", "Åre", "Berg", "Härjedalen",
         "Östersund", "Jämtlands län"]
FAKTA = [
    ("Folkmängd 31 december 2022, antal invånare",
     [5347, 6318, 15871, 11402, 12104, 6921, 9934, 64651], "sum"),
    ("Folkmängd 31 december 2023, antal invånare",
     [5311, 6289, 15942, 11274, 12236, 6874, 9887, 64853], "sum"),
    ("Förvärvsarbetande nattbefolkning 20–64 år (boende i kommunen) 2023, antal",
     [2318, 2812, 7604, 4921, 6402, 3106, 4598, 31207], "sum"),
    ("Förvärvsfrekvens 20–64 år 2022, procent av befolkningen",
     [77.9, 79.4, 84.6, 78.2, 85.1, 81.3, 82.7, 81.9, 81.8], None),
    ("Förvärvsfrekvens 20–64 år 2023, procent av befolkningen",
     [78.6, 79.1, 85.0, 79.4, 84.8, 82.2, 83.0, 82.1, 82.1], None),
    ("Inpendlare 2023 (förvärvsarbetande med arbetsställe i kommunen men boende utanför), antal",
     [312, 455, 1388, 402, 1512, 389, 521, 5880, 1402], None),
    ("Utpendlare 2023 (boende i kommunen med arbetsställe i annan kommun), antal",
     [781, 903, 3874, 688, 1190, 1047, 498, 3211, 1965], None),
    ("Andel av befolkningen 65 år och äldre 2023, procent",
     [31.2, 30.4, 21.6, 30.9, 20.3, 29.7, 29.1, 21.8, 24.3], None),
]


def fakta_rows():
    out = []
    for label, vals, how in FAKTA:
        v = list(vals)
        if how == "sum":
            v = v + [sum(v)]
        out.append((label, v))
    return out


def write_fakta_pdf(out):
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase.pdfmetrics import stringWidth
    p = os.path.join(out, "kommunfakta_befolkning_sysselsattning_2023.pdf")
    W, H = landscape(A4)
    c = canvas.Canvas(p, pagesize=(W, H), invariant=1)
    c.setTitle("Kommunfakta Jämtlands län 2023")
    c.setAuthor("Region Jämtland Härjedalen")
    c.setSubject("Befolkning, förvärvsarbete och pendling")
    c.setCreator("Region Jämtland Härjedalen – rapportmall")
    c.setFont("Helvetica-Bold", 14)
    c.drawString(40, H - 50, "Kommunfakta – Jämtlands län")
    c.setFont("Helvetica", 10)
    c.drawString(40, H - 68, "Tabell 3. Befolkning, förvärvsarbete och pendling per kommun")
    lab_x, lab_w = 40, 190
    col_w = 64
    first_x = lab_x + lab_w + 10
    fs = 9
    lead = 11
    # header row: names may wrap ("Jämtlands län")
    y = H - 100
    c.setFont("Helvetica-Bold", fs)
    c.drawString(lab_x, y - lead, "Uppgift")
    for i, name in enumerate(COLS4):
        xr = first_x + (i + 1) * col_w - 4
        parts = name.split(" ") if stringWidth(name, "Helvetica-Bold", fs) > col_w - 8 else [name]
        # bottom aligned header
        for j, part in enumerate(parts):
            yy = y - lead * (2 - len(parts) + j)
            c.drawRightString(xr, yy, part)
    y -= 2 * lead + 4
    c.setLineWidth(0.6)
    c.line(lab_x, y + 7, first_x + len(COLS4) * col_w, y + 7)

    def wrap(text):
        words = text.split(" ")
        lines, cur = [], ""
        for wd in words:
            t = (cur + " " + wd).strip()
            if stringWidth(t, "Helvetica", fs) <= lab_w:
                cur = t
            else:
                lines.append(cur)
                cur = wd
        lines.append(cur)
        return lines

    for label, vals in fakta_rows():
        lines = wrap(label)
        c.setFont("Helvetica", fs)
        for j, ln in enumerate(lines):
            c.drawString(lab_x, y - j * lead, ln)
        ylast = y - (len(lines) - 1) * lead
        for i, v in enumerate(vals):
            xr = first_x + (i + 1) * col_w - 4
            s = sv(v) if isinstance(v, float) else sv_int(v)
            c.drawRightString(xr, ylast, s)
        y = ylast - lead - 5
        c.setLineWidth(0.2)
        c.line(lab_x, y + 8, first_x + len(COLS4) * col_w, y + 8)
    y -= 10
    c.setFont("Helvetica", 7.5)
    notes = [
        "Källa: SCB, befolkningsstatistik och BAS/RAMS; bearbetning Region Jämtland Härjedalen.",
        "Förvärvsfrekvens = andel förvärvsarbetande av befolkningen 20–64 år. För Jämtlands län avser in- och utpendling "
        "pendling över länsgränsen och är därför inte summan av kommunerna.",
    ]
    for n in notes:
        c.drawString(lab_x, y, n)
        y -= 10
    c.setFont("Helvetica", 8)
    c.drawRightString(W - 40, 25, "Kommunfakta 2024 · sida 7")
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# 5. Project register with amounts in mixed units
# ---------------------------------------------------------------------------
PROJ = [
    ("2022-00112", "Fjällnära innovationshubb", "Krokoms kommun", "Krokom", 2022, "Näringsliv och innovation", "1,2 mnkr", "Avslutad"),
    ("2022-00147", "Besöksnäring året runt", "Åre Destination ek. för.", "Åre", 2022, "Turism och besöksnäring", "850 tkr", "Avslutad"),
    ("2022-00163", "Kompetenslyft vård", "Östersunds kommun", "Östersund", 2022, "Kompetensförsörjning", "640 000 kr", "Avslutad"),
    ("2022-00178", "Bredband Hammarstrand etapp 2", "Ragunda Fiber ek. för.", "Ragunda", 2022, "Infrastruktur och digitalisering", "2 Mkr", "Avslutad"),
    ("2022-00190", "Kulturhus Sveg – förstudie", "Härjedalens kommun", "Härjedalen", 2022, "Attraktivitet och kultur", "300 tkr", "Avslutad"),
    ("2022-00201", "Lokal mat i Berg", "Bergs Lokalproducenter ek. för.", "Berg", 2022, "Näringsliv och innovation", "475 000:-", "Avslutad"),
    ("2022-00215", "Funäsdalsfjällen sommar", "Destination Funäsdalsfjällen AB", "Härjedalen", 2022, "Turism och besöksnäring", "1,5 mnkr", "Avslutad"),
    ("2022-00230", "Länsgemensam kompetensplattform", "Region Jämtland Härjedalen", "Länsövergripande", 2022, "Kompetensförsörjning", "3,2 mnkr", "Avslutad"),
    ("2022-00244", "Företagslots Strömsund", "Strömsunds kommun", "Strömsund", 2022, "Näringsliv och innovation", "560 tkr", "Avslutad"),
    ("2022-00251", "Digital service Bräcke", "Bräcke kommun", "Bräcke", 2022, "Infrastruktur och digitalisering", "390 000 kr", "Avslutad"),
    ("2022-00268", "Science Park steg 2", "Stiftelsen Mittnorsk Innovation", "Östersund", 2022, "Näringsliv och innovation", "2 750 000:-", "Avslutad"),
    ("2023-00031", "Vinterturism Vemdalen", "Vemdalens Turistförening", "Härjedalen", 2023, "Turism och besöksnäring", "920 tkr", "Avslutad"),
    ("2023-00044", "Cykelled Åre–Järpen", "Åre kommun", "Åre", 2023, "Turism och besöksnäring", "1,8 mnkr", "Pågående"),
    ("2023-00058", "Yrkesvux Krokom", "Krokoms kommun", "Krokom", 2023, "Kompetensförsörjning", "410 000 kr", "Avslutad"),
    ("2023-00063", "Laddinfrastruktur inlandet", "Strömsunds kommun", "Strömsund", 2023, "Infrastruktur och digitalisering", "1,1 Mkr", "Pågående"),
    ("2023-00079", "Kulturarv Döda fallet", "Ragunda hembygdsförening", "Ragunda", 2023, "Attraktivitet och kultur", "180 tkr", "Avslutad"),
    ("2023-00085", "Fjällturism Berg", "Bergs kommun", "Berg", 2023, "Turism och besöksnäring", "0,65 mnkr", "Pågående"),
    ("2023-00097", "Innovationscheckar 2023", "Region Jämtland Härjedalen", "Länsövergripande", 2023, "Näringsliv och innovation", "2,4 mnkr", "Avslutad"),
    ("2023-00102", "Attraktiva Bräcke", "Bräcke kommun", "Bräcke", 2023, "Attraktivitet och kultur", "275 000:-", "Avslutad"),
    ("2023-00118", "Validering vård och omsorg", "Östersunds kommun", "Östersund", 2023, "Kompetensförsörjning", "1 350 tkr", "Pågående"),
    ("2023-00126", "Levande stadskärna", "Östersunds centrumförening", "Östersund", 2023, "Attraktivitet och kultur", "800 000 kr", "Avslutad"),
    ("2023-00139", "Näringslivsråd Härjedalen", "Härjedalens kommun", "Härjedalen", 2023, "Näringsliv och innovation", "540 tkr", "Pågående"),
    ("2023-00147", "Fiber Alanäs", "Alanäs Byanät ek. för.", "Strömsund", 2023, "Infrastruktur och digitalisering", "0,7 mnkr", "Avslutad"),
    ("2024-00012", "Kompetens för skidanläggningar", "Åre Skicenter AB", "Åre", 2024, "Kompetensförsörjning", "960 000 kr", "Pågående"),
    ("2024-00027", "Företagsby Krokom", "Krokoms kommun", "Krokom", 2024, "Näringsliv och innovation", "1,45 mnkr", "Pågående"),
    ("2024-00035", "Besöksmål Klövsjö", "Klövsjö Byalag", "Berg", 2024, "Turism och besöksnäring", "1 100 tkr", "Pågående"),
    ("2024-00046", "Företagsstöd Ragunda", "Ragunda kommun", "Ragunda", 2024, "Näringsliv och innovation", "430 000:-", "Pågående"),
    ("2024-00053", "Digital tornfunktion Sveg", "Härjedalens kommun", "Härjedalen", 2024, "Infrastruktur och digitalisering", "2,2 mnkr", "Pågående"),
    ("2024-00068", "Festivalsommar", "Östersunds kommun", "Östersund", 2024, "Attraktivitet och kultur", "0,5 Mkr", "Pågående"),
    ("2024-00071", "Besöksnäringsstrategi för länet", "Region Jämtland Härjedalen", "Länsövergripande", 2024, "Turism och besöksnäring", "1 750 000 kr", "Pågående"),
    ("2024-00084", "Vildmarksvägen 2.0", "Strömsunds kommun", "Strömsund", 2024, "Turism och besöksnäring", "880 tkr", "Pågående"),
    ("2024-00092", "Kompetenscentrum Bräcke", "Bräcke kommun", "Bräcke", 2024, "Kompetensförsörjning", "620 000 kr", "Pågående"),
    ("2024-00105", "Digital destination", "Åre Destination ek. för.", "Åre", 2024, "Infrastruktur och digitalisering", "1,3 mnkr", "Pågående"),
    ("2024-00117", "Innovationsmiljö Campus", "Stiftelsen Mittnorsk Innovation", "Östersund", 2024, "Näringsliv och innovation", "3 Mkr", "Pågående"),
    ("2024-00123", "Bostadsförsörjning Funäsdalen – förstudie", "Härjedalens kommun", "Härjedalen", 2024, "Attraktivitet och kultur", "250 tkr", "Pågående"),
    ("2024-00131", "Lokalproducerat Berg", "Bergs Lokalproducenter ek. för.", "Berg", 2024, "Näringsliv och innovation", "340 000 SEK", "Pågående"),
]


def write_proj(out):
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook()
    fixed_props(wb, "Beviljade projekt regionala utvecklingsmedel 2022–2024")
    ws = wb.active
    ws.title = "Beviljade projekt"
    ws["A1"] = "Regionala utvecklingsmedel (1:1-anslaget) – beviljade projekt 2022–2024"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Uttag ur ärendehanteringssystemet, sammanställt av Regional utveckling. Belopp enligt beslut."
    ws.append([])
    ws.append(["Diarienr", "Projektnamn", "Stödmottagare", "Kommun", "Beslutsår",
               "Insatsområde", "Beviljat belopp", "Status"])
    for c in ws[4]:
        c.font = Font(bold=True)
    for r in PROJ:
        ws.append(list(r))
    for col, wdt in zip("ABCDEFGH", [12, 38, 34, 16, 10, 32, 16, 11]):
        ws.column_dimensions[col].width = wdt
    ws.freeze_panes = "A5"
    p = os.path.join(out, "regionala_utvecklingsmedel_beviljat_2022_2024.xlsx")
    wb.save(p)
    fix_zip(p)


# ---------------------------------------------------------------------------
# 6. Varsel register as PDF, Swedish text dates
# ---------------------------------------------------------------------------
VARSEL = [  # (date text, iso date, arbetsgivare, kommun, bransch, berörda)
    ("12 jan. 2023", "2023-01-12", "Storsjö Logistik AB", "Östersund", "Transport och magasinering", 24),
    ("13 jan. 2023", "2023-01-13", "Svenstavik Mekaniska AB", "Berg", "Tillverkning", 9),
    ("9 feb. 2023", "2023-02-09", "Krokoms Trä AB", "Krokom", "Tillverkning", 16),
    ("2 mars 2023", "2023-03-02", "Hoting Såg AB", "Strömsund", "Tillverkning", 19),
    ("3 mars 2023", "2023-03-03", "Frösö Bygg & Montage AB", "Östersund", "Byggverksamhet", 12),
    ("30 mars 2023", "2023-03-30", "Bräcke Verkstäder AB", "Bräcke", "Tillverkning", 23),
    ("17 apr. 2023", "2023-04-17", "Fjällhotellen i Åre AB", "Åre", "Hotell och restaurang", 35),
    ("25 apr. 2023", "2023-04-25", "Funäsdalen Fjällservice AB", "Härjedalen", "Hotell och restaurang", 17),
    ("27 apr. 2023", "2023-04-27", "Mitt Tryck AB", "Östersund", "Tillverkning", 8),
    ("14 juni 2023", "2023-06-14", "Gäddede Turism AB", "Strömsund", "Hotell och restaurang", 5),
    ("4 juli 2023", "2023-07-04", "Åre Sport & Uthyrning AB", "Åre", "Handel", 8),
    ("8 aug. 2023", "2023-08-08", "Hammarstrands Plast AB", "Ragunda", "Tillverkning", 14),
    ("21 aug. 2023", "2023-08-21", "Nälden Åkeri AB", "Krokom", "Transport och magasinering", 6),
    ("11 sept. 2023", "2023-09-11", "Sveg Trä & Byggvaror AB", "Härjedalen", "Handel", 7),
    ("19 september 2023", "2023-09-19", "Z-Handel Östersund AB", "Östersund", "Handel", 15),
    ("23 okt. 2023", "2023-10-23", "Duved Bygg AB", "Åre", "Byggverksamhet", 10),
    ("6 nov. 2023", "2023-11-06", "Östersunds Bemanning AB", "Östersund", "Stödtjänster", 31),
    ("12 dec. 2023", "2023-12-12", "Järpen Mekaniska AB", "Åre", "Tillverkning", 13),
    ("22 jan. 2024", "2024-01-22", "Storsjö Logistik AB", "Östersund", "Transport och magasinering", 18),
    ("14 feb. 2024", "2024-02-14", "Campus IT-konsult AB", "Östersund", "Information och kommunikation", 9),
    ("20 feb. 2024", "2024-02-20", "Hoting Såg AB", "Strömsund", "Tillverkning", 26),
    ("11 mars 2024", "2024-03-11", "Krokoms Trä AB", "Krokom", "Tillverkning", 22),
    ("27 mars 2024", "2024-03-27", "Hammarstrands Plast AB", "Ragunda", "Tillverkning", 11),
    ("15 april 2024", "2024-04-15", "Fjällhotellen i Åre AB", "Åre", "Hotell och restaurang", 42),
    ("6 maj 2024", "2024-05-06", "Funäsdalen Fjällservice AB", "Härjedalen", "Hotell och restaurang", 20),
    ("8 maj 2024", "2024-05-08", "Frösö Bygg & Montage AB", "Östersund", "Byggverksamhet", 21),
    ("10 juni 2024", "2024-06-10", "Strömsunds Elmontage AB", "Strömsund", "Byggverksamhet", 9),
    ("2 juli 2024", "2024-07-02", "Jämtfood AB", "Östersund", "Tillverkning", 14),
    ("19 aug. 2024", "2024-08-19", "Vemdalen Lift AB", "Härjedalen", "Kultur, nöje och fritid", 12),
    ("2 september 2024", "2024-09-02", "Föllinge Bygg AB", "Krokom", "Byggverksamhet", 7),
    ("30 sept. 2024", "2024-09-30", "Åre Event AB", "Åre", "Kultur, nöje och fritid", 6),
    ("7 okt. 2024", "2024-10-07", "Klövsjö Turism AB", "Berg", "Hotell och restaurang", 6),
    ("16 okt. 2024", "2024-10-16", "Östersunds Bemanning AB", "Östersund", "Stödtjänster", 27),
    ("28 nov. 2024", "2024-11-28", "Z-Handel Östersund AB", "Östersund", "Handel", 11),
    ("18 dec. 2024", "2024-12-18", "Kälarne Åkeri AB", "Bräcke", "Transport och magasinering", 5),
]


def write_varsel_pdf(out):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    p = os.path.join(out, "varsel_jamtland_2023_2024.pdf")
    W, H = A4
    c = canvas.Canvas(p, pagesize=A4, invariant=1)
    c.setTitle("Varsel om uppsägning Jämtlands län 2023–2024")
    c.setAuthor("Region Jämtland Härjedalen")
    c.setCreator("Ärendesystem – utskrift")
    rows = sorted(VARSEL, key=lambda r: r[1], reverse=True)
    xs = [40, 128, 290, 365, 555]  # Inkom, Arbetsgivare, Kommun, Bransch, Berörda (right)
    per_page = 20
    pages = [rows[i:i + per_page] for i in range(0, len(rows), per_page)]
    for pi, chunk in enumerate(pages):
        y = H - 50
        if pi == 0:
            c.setFont("Helvetica-Bold", 13)
            c.drawString(40, y, "Varsel om uppsägning – Jämtlands län")
            y -= 16
            c.setFont("Helvetica", 9)
            c.drawString(40, y, "Inkomna varsel januari 2023 – december 2024. Ett varsel per rad, senast inkomna först.")
            y -= 12
            c.drawString(40, y, "Källa: Arbetsförmedlingens varselregister, utdrag för Region Jämtland Härjedalen.")
            y -= 22
        else:
            c.setFont("Helvetica", 9)
            c.drawString(40, y, "Varsel om uppsägning – Jämtlands län (forts.)")
            y -= 22
        c.setFont("Helvetica-Bold", 9)
        c.drawString(xs[0], y, "Inkom")
        c.drawString(xs[1], y, "Arbetsgivare")
        c.drawString(xs[2], y, "Kommun")
        c.drawString(xs[3], y, "Bransch (SNI)")
        c.drawRightString(xs[4], y, "Antal berörda")
        c.setLineWidth(0.5)
        c.line(40, y - 4, 555, y - 4)
        y -= 17
        c.setFont("Helvetica", 9)
        for r in chunk:
            c.drawString(xs[0], y, r[0])
            c.drawString(xs[1], y, r[2])
            c.drawString(xs[2], y, r[3])
            c.drawString(xs[3], y, r[4])
            c.drawRightString(xs[4], y, str(r[5]))
            y -= 15
        if pi == len(pages) - 1:
            c.line(40, y + 10, 555, y + 10)
            c.setFont("Helvetica-Bold", 9)
            c.drawString(xs[0], y - 2, f"Totalt {len(rows)} varsel")
            c.drawRightString(xs[4], y - 2, str(sum(r[5] for r in rows)))
        c.setFont("Helvetica", 8)
        c.drawRightString(555, 30, f"Sida {pi + 1} ({len(pages)})")
        c.showPage()
    c.save()


def main():
    if len(sys.argv) != 2:
        print("usage: r210_make_files.py OUT_DIR")
        sys.exit(2)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    write_af(out)
    write_fk(out)
    write_survey(out)
    write_fakta_pdf(out)
    write_proj(out)
    write_varsel_pdf(out)
    for f in sorted(os.listdir(out)):
        print(f, os.path.getsize(os.path.join(out, f)))


if __name__ == "__main__":
    main()
