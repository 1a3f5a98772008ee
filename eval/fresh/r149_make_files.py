#!/usr/bin/env python3
"""r149 – six invented statistics exports for Fyrbodal / Västra Götalands län.

Run:  python3 r149_make_files.py OUT_DIR      (deterministic; needs openpyxl + reportlab)

Files and their layout traps
----------------------------
1. MYH_YH_ansokningar_beslut_Fyrbodal_2023-2025.xlsx  (Myndigheten för yrkeshögskolan)
   * Sheet "Läs mig" first (text only), data on sheet "Ansökningar" with an autofilter.
   * One row per APPLICATION, not per granted programme: column "Beslut" is
     Beviljad / Delvis beviljad / Avslag.  Rejected rows still carry "Sökta platser totalt".
   * Two similar columns: "Sökta platser totalt" vs "Beviljade platser totalt"
     ("–" for Avslag).  "Delvis beviljad" = fewer starts granted than applied for.
   * Distractor columns YH-poäng, Distans, Diarienummer, kommunkod beside the name.
   * Sheet "Sammanställning län" holds Västra Götaland COUNTY totals per omgång –
     a distractor for Fyrbodal questions.
2. SCB_bostadsbyggande_Fyrbodal_2024K1-2025K3.csv  (SCB)
   * Windows-1252 (en dashes as byte 0x96), semicolon, CRLF, a title line.
   * TWO TABLES stacked in one CSV: "Påbörjade lägenheter" block and, after a blank
     line, a "Färdigställda lägenheter" block, each with its own header line.
   * Quarters as columns "2024K1" … "2025K3*" (star = preliminary), coded regions
     "1485 Uddevalla", three rows per region (flerbostadshus / småhus / totalt).
   * County row "14 Västra Götalands län" first in each block (distractor for rankings).
   * "–" means zero (footnote), ".." = cannot be reported (still inside totalt).
3. Bra_anmalda_brott_Polisomrade_Fyrbodal_2025.pdf  (Brå, report excerpt "Sida 12–13")
   * Tabell 1: kommuner GROUPED under bold lokalpolisområde (LPO) subtotal rows that
     come BEFORE their kommuner; "Polisområde Fyrbodal totalt" last.  The table breaks
     across the page, continuing as "Tabell 1 (forts.)" with the header repeated.
   * Förändring % printed with en-dash minus ("–4,2"), 2025 preliminary (footnote ¹).
   * Per 100 000 inv. column next to counts; "Därav brott mot person".
   * Tabell 2: categories with indented "därav" rows that must not be added to the
     total; prose distractor with national (riket) figures.
4. Vasttrafik_pastigande_linjer_Fyrbodal_2024-2025.csv  (Västtrafik)
   * UTF-8 with BOM, semicolon, a title line + an extraction line before the header.
   * Three similar count columns: helår 2024, jan–okt 2024 and jan–okt 2025 (year
     comparisons must use the two jan–okt columns), plus "Medel per vardag okt 2025".
   * Thousands separated by spaces ("1 234 567"), decimal comma in the change column.
   * "Summa Buss/Tåg/Båt" subtotal rows after each traffic mode and "Totalt Fyrbodal";
     a line started 2025 has ".." in the 2024 columns.
5. AV_arbetsskador_VG_2020-2024.xlsx  (Arbetsmiljöverket)
   * Sheets "Information", "Arbetsolyckor", "Arbetssjukdomar" with identical layout.
   * Two title rows, SNI section letter beside the näringsgren, years 2020…2024*
     (star = preliminary), then "varav kvinnor 2024*" and "Per 1 000 förvärvsarbetande
     2024*" (decimal figures) – similar columns.
   * An "Uppgift saknas" row (must not win a ranking) and a "Samtliga näringsgrenar"
     total row, footnotes below.
6. AF_varsel_Vastra_Gotaland_2024-2025.xlsx  (Arbetsförmedlingen)
   * Months as TEXT rows "januari 2024" …, a "Summa 2024" row between the years and a
     "Summa jan–okt 2025" row at the end (no jan–okt 2024 sum given).
   * Similar columns: "Antal varsel" (notices) vs "Antal berörda personer", plus
     "varav Fyrbodal, berörda personer" and a "Riket" distractor column.
   * Second sheet "Bransch jan–okt 2025" by SNI bransch for the county.
"""
import csv
import io
import os
import random
import sys

from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

KOMMUNER = [
    ("1460", "Bengtsfors", 9300), ("1438", "Dals-Ed", 4700), ("1439", "Färgelanda", 6500),
    ("1484", "Lysekil", 14300), ("1461", "Mellerud", 8900), ("1430", "Munkedal", 10500),
    ("1421", "Orust", 15300), ("1427", "Sotenäs", 8900), ("1486", "Strömstad", 13300),
    ("1435", "Tanum", 12900), ("1488", "Trollhättan", 59800), ("1485", "Uddevalla", 57400),
    ("1487", "Vänersborg", 40100), ("1492", "Åmål", 12300),
]
KOD = {n: k for k, n, _ in KOMMUNER}
POP = {n: p for _, n, p in KOMMUNER}


def sp(n):
    """Swedish thousands with normal space."""
    return f"{n:,}".replace(",", " ")


def dec(x, d=1, minus="-"):
    s = f"{abs(x):.{d}f}".replace(".", ",")
    return (minus if x < 0 else "") + s


# ---------------------------------------------------------------- 1. MYH
def make_yh(out):
    R = random.Random(1491)
    progs = [
        ("Drifttekniker kraft och värme", "Samhällsbyggnad och byggteknik", "Trollhättan", "Yrkesakademin AB"),
        ("Automationsingenjör", "Teknik och tillverkning", "Trollhättan", "Innovatum YH"),
        ("Produktionsledare verkstadsindustri", "Teknik och tillverkning", "Trollhättan", "Innovatum YH"),
        ("Undersköterska med inriktning äldreomsorg", "Hälso- och sjukvård samt socialt arbete", "Uddevalla", "Uddevalla kommun YH"),
        ("Medicinsk sekreterare", "Hälso- och sjukvård samt socialt arbete", "Uddevalla", "Campus Väst"),
        ("Redovisningsekonom", "Ekonomi, administration och försäljning", "Uddevalla", "Campus Väst"),
        ("Marin servicetekniker", "Teknik och tillverkning", "Lysekil", "Maritima YH-skolan"),
        ("Skeppsbefäl klass VII", "Transporttjänster", "Strömstad", "Maritima YH-skolan"),
        ("Besöksnäringsutvecklare", "Hotell, restaurang och turism", "Strömstad", "Kust & Gränsland YH"),
        ("Byggnadsingenjör", "Samhällsbyggnad och byggteknik", "Vänersborg", "Dalslands YH-center"),
        ("Elkonstruktör", "Teknik och tillverkning", "Vänersborg", "Yrkesakademin AB"),
        ("Skogsbrukstekniker", "Lantbruk, djurvård, trädgård, skog och fiske", "Bengtsfors", "Dalslands YH-center"),
        ("Träindustriell produktionsledare", "Teknik och tillverkning", "Åmål", "Dalslands YH-center"),
        ("Systemutvecklare .NET", "Data/IT", "Trollhättan", "Campus Väst"),
        ("Specialistundersköterska psykiatri", "Hälso- och sjukvård samt socialt arbete", "Vänersborg", "Uddevalla kommun YH"),
        ("Fiske- och vattenbruksekonom", "Lantbruk, djurvård, trädgård, skog och fiske", "Tanum", "Kust & Gränsland YH"),
    ]
    R2 = random.Random(14910)
    fixed = {p[0]: (R2.choice([200, 300, 400, 425]), R2.choice(["Nej", "Nej", "Ja"])) for p in progs}
    rows = []
    dnr = 1200
    for year in (2023, 2024, 2025):
        for name, omr, ort, anord in progs:
            if R.random() < 0.28:
                continue
            starts = R.choice([1, 2, 2, 3])
            pps = R.choice([20, 25, 28, 30, 35])
            r = R.random()
            if r < 0.45:
                beslut, bst = "Beviljad", starts
            elif r < 0.62 and starts > 1:
                beslut, bst = "Delvis beviljad", starts - 1
            else:
                beslut, bst = "Avslag", 0
            dnr += R.randint(3, 40)
            rows.append([year, f"MYH {year}/{dnr}", name, anord, omr, KOD[ort], ort,
                         fixed[name][0], fixed[name][1],
                         starts, pps, starts * pps, beslut, bst if bst else "–",
                         bst * pps if bst else "–"])
    wb = Workbook()
    ws0 = wb.active
    ws0.title = "Läs mig"
    for i, t in enumerate([
        "Yrkeshögskolan – ansökningar och beslut om utbildningar med utbildningsort i Fyrbodal",
        "Ansökningsomgångarna 2023, 2024 och 2025 (program).",
        "Källa: Myndigheten för yrkeshögskolan, beslutsregistret. Uttag 2025-11-20.",
        "",
        "En rad per ansökan. Beslut: Beviljad, Delvis beviljad (färre starter än sökt) eller Avslag.",
        "Sökta platser totalt = antal starter × sökta platser per start.",
        "Beviljade platser totalt = beviljade starter × platser per start. '–' = inga beviljade platser.",
        "Länssiffror för hela Västra Götaland finns på bladet 'Sammanställning län'.",
    ], start=1):
        ws0.cell(i, 1, t)
    ws0["A1"].font = Font(bold=True, size=13)
    ws = wb.create_sheet("Ansökningar")
    hdr = ["Ansökningsomgång", "Diarienummer", "Utbildningsnamn", "Utbildningsanordnare",
           "Utbildningsområde", "Kommunkod", "Utbildningsort", "YH-poäng", "Distans",
           "Antal starter (sökt)", "Platser per start", "Sökta platser totalt", "Beslut",
           "Beviljade starter", "Beviljade platser totalt"]
    ws.append(hdr)
    for c in ws[1]:
        c.font = Font(bold=True)
        c.alignment = Alignment(wrap_text=True, vertical="top")
    for r in rows:
        ws.append(r)
    ws.auto_filter.ref = f"A1:O{len(rows) + 1}"
    ws.freeze_panes = "A2"
    for col, w in zip("ABCDEFGHIJKLMNO", [11, 15, 38, 24, 36, 10, 13, 9, 8, 10, 10, 11, 15, 10, 12]):
        ws.column_dimensions[col].width = w
    ws2 = wb.create_sheet("Sammanställning län")
    ws2.append(["Västra Götalands län – samtliga utbildningsorter"])
    ws2["A1"].font = Font(bold=True)
    ws2.append(["Ansökningsomgång", "Antal ansökningar", "Antal beviljade (helt/delvis)",
                "Sökta platser", "Beviljade platser", "Beviljandegrad, %"])
    for y, a, b, s, bp in [(2023, 212, 71, 13640, 4185), (2024, 228, 64, 14820, 3905),
                           (2025, 241, 58, 15310, 3540)]:
        ws2.append([y, a, b, s, bp, round(100 * b / a, 1)])
    ws2.append([])
    ws2.append(["Beviljandegrad = andel ansökningar som beviljats helt eller delvis."])
    wb.save(os.path.join(out, "MYH_YH_ansokningar_beslut_Fyrbodal_2023-2025.xlsx"))


# ---------------------------------------------------------------- 2. SCB bostadsbyggande
def make_bostad(out):
    R = random.Random(1492)
    qs = ["2024K1", "2024K2", "2024K3", "2024K4", "2025K1", "2025K2", "2025K3*"]
    big = {"Trollhättan": 3, "Uddevalla": 3, "Vänersborg": 2, "Strömstad": 1.2, "Orust": 0.8,
           "Lysekil": 0.8, "Tanum": 0.8}
    lines = ["Påbörjade och färdigställda lägenheter i nybyggda hus efter region, hustyp och kvartal. Fyrbodal 2024K1–2025K3",
             ""]
    for block in ("Påbörjade lägenheter", "Färdigställda lägenheter"):
        lines.append(block)
        lines.append(";".join(["region", "hustyp"] + qs))
        data = {}
        for k, n, _ in KOMMUNER:
            f = big.get(n, 0.3)
            fb = []
            sm = []
            for q in qs:
                v = R.choice([0, 0, 0, 12, 18, 24, 32, 40, 56, 64, 86]) if f >= 1 else R.choice([0, 0, 0, 0, 8, 12])
                if f >= 2:
                    v = int(v * f / 2 + R.choice([0, 0, 16, 24]))
                fb.append(v)
                sm.append(max(0, int(R.gauss(4 * f + 2, 3))))
            data[n] = (fb, sm)
        # county row first
        cf = [2400 + R.randint(-300, 300) for _ in qs]
        cs = [900 + R.randint(-150, 150) for _ in qs]
        for ht, arr in (("flerbostadshus", cf), ("småhus", cs), ("totalt", [a + b for a, b in zip(cf, cs)])):
            lines.append(";".join(["14 Västra Götalands län", ht] + [str(x) for x in arr]))
        masked = {("Dals-Ed", 5), ("Färgelanda", 2)} if block.startswith("Påb") else {("Dals-Ed", 1)}
        for k, n, _ in KOMMUNER:
            fb, sm = data[n]
            if n in ("Dals-Ed", "Färgelanda"):
                fb = [0] * len(qs)
            tot = [a + b for a, b in zip(fb, sm)]

            def fmt(arr, ht):
                o = []
                for i, x in enumerate(arr):
                    if ht == "småhus" and (n, i) in masked:
                        o.append("..")
                    elif x == 0:
                        o.append("–")
                    else:
                        o.append(str(x))
                return o
            for ht, arr in (("flerbostadshus", fb), ("småhus", sm), ("totalt", tot)):
                lines.append(";".join([f"{k} {n}", ht] + fmt(arr, ht)))
        lines.append("")
    lines += ["* Preliminära uppgifter för 2025K3.",
              "– = noll (inga lägenheter).",
              ".. = uppgift kan inte redovisas (för få objekt); ingår dock i totalt.",
              "Källa: SCB, Bostadsbyggande. Lägenheter i nybyggda hus; ombyggnad ingår inte."]
    with open(os.path.join(out, "SCB_bostadsbyggande_Fyrbodal_2024K1-2025K3.csv"), "w",
              encoding="cp1252", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------- 3. Brå PDF
LPO = [
    ("LPO Trollhättan", ["Trollhättan"]),
    ("LPO Vänersborg", ["Vänersborg"]),
    ("LPO Uddevalla", ["Uddevalla", "Orust"]),
    ("LPO Norra Bohuslän", ["Lysekil", "Munkedal", "Sotenäs", "Strömstad", "Tanum"]),
    ("LPO Dalsland", ["Bengtsfors", "Dals-Ed", "Färgelanda", "Mellerud", "Åmål"]),
]


def bra_data():
    R = random.Random(1493)
    d = {}
    for _, n, p in KOMMUNER:
        rate25 = R.randint(8600, 15800) if p > 20000 else R.randint(6900, 12900)
        if n == "Strömstad":
            rate25 = 16410  # border town, many thefts
        a25 = round(rate25 * p / 100000)
        a24 = round(a25 * R.uniform(0.9, 1.1))
        pers = round(a25 * R.uniform(0.13, 0.2))
        d[n] = (a24, a25, pers)
    return d


def make_bra(out):
    d = bra_data()
    path = os.path.join(out, "Bra_anmalda_brott_Polisomrade_Fyrbodal_2025.pdf")
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("Anmälda brott i Polisområde Fyrbodal 2025 – utdrag ur regional rapport")
    W, H = A4

    def chg(a, b):
        return dec(100 * (b - a) / a, 1, minus="–")

    rowsdef = []
    for lpo, ks in LPO:
        a24 = sum(d[k][0] for k in ks)
        a25 = sum(d[k][1] for k in ks)
        pe = sum(d[k][2] for k in ks)
        pop = sum(POP[k] for k in ks)
        rowsdef.append((True, lpo, a24, a25, pe, pop))
        for k in ks:
            rowsdef.append((False, k, d[k][0], d[k][1], d[k][2], POP[k]))
    T24 = sum(v[0] for v in d.values()); T25 = sum(v[1] for v in d.values())
    TP = sum(v[2] for v in d.values()); TPOP = sum(POP.values())
    cols = [50, 205, 275, 345, 415, 490]

    def header(y, cont=False):
        c.setFont("Helvetica-Bold", 10)
        c.drawString(50, y, "Tabell 1" + (" (forts.)" if cont else "") +
                     ". Anmälda brott efter kommun och lokalpolisområde, 2024 och 2025")
        y -= 20
        c.setFillColorRGB(0.85, 0.88, 0.93)
        c.rect(45, y - 16, 505, 30, fill=1, stroke=0)
        c.setFillColorRGB(0, 0, 0)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(cols[0], y, "Lokalpolisområde /")
        c.drawString(cols[0], y - 10, "kommun")
        for x, l1, l2 in [(cols[1], "Anmälda", "brott 2024"), (cols[2], "Anmälda", "brott 2025¹"),
                          (cols[3], "Förändring,", "%"), (cols[4], "Per 100 000", "inv. 2025¹"),
                          (cols[5], "Därav brott mot", "person 2025¹")]:
            c.drawRightString(x + 50, y, l1)
            c.drawRightString(x + 50, y - 10, l2)
        return y - 30

    def row(y, r):
        bold, name, a24, a25, pe, pop = r
        c.setFont("Helvetica-Bold" if bold else "Helvetica", 9)
        c.drawString(cols[0] + (0 if bold else 12), y, name)
        vals = [sp(a24), sp(a25), chg(a24, a25), sp(round(a25 * 100000 / pop)), sp(pe)]
        for x, v in zip(cols[1:], vals):
            c.drawRightString(x + 50, y, v)
        c.setStrokeColorRGB(0.8, 0.8, 0.8)
        c.line(45, y - 4, 550, y - 4)
        return y - 16

    # page 1
    c.setFont("Helvetica", 8)
    c.drawString(50, H - 30, "Brottsförebyggande rådet – Regional brottsstatistik, Västra Götaland 2025")
    c.setFont("Helvetica-Bold", 14)
    c.drawString(50, H - 70, "3. Anmälda brott i Polisområde Fyrbodal")
    c.setFont("Helvetica", 10)
    txt = ["Under 2025 anmäldes totalt " + sp(T25) + " brott i de fjorton kommunerna i Polisområde Fyrbodal,",
           "vilket är " + ("en ökning" if T25 > T24 else "en minskning") + " jämfört med 2024. Antalet per 100 000 invånare varierar",
           "kraftigt mellan kommunerna; gränskommunerna i norr har många anmälda stölder och",
           "tillgreppsbrott. Uppgifterna för 2025 är preliminära och kan komma att revideras."]
    y = H - 95
    for t in txt:
        c.drawString(50, y, t); y -= 14
    y = header(y - 16)
    split = 3 + 1 + 2  # Trollhättan, Vänersborg, Uddevalla groups on page 1
    first = rowsdef[:split + 1]
    for r in first:
        y = row(y, r)
    c.setFont("Helvetica-Oblique", 8)
    c.drawString(50, y - 6, "Tabellen fortsätter på nästa sida.")
    c.setFont("Helvetica", 8)
    c.drawCentredString(W / 2, 30, "Sida 12")
    c.showPage()
    # page 2
    c.setFont("Helvetica", 8)
    c.drawString(50, H - 30, "Brottsförebyggande rådet – Regional brottsstatistik, Västra Götaland 2025")
    y = header(H - 60, cont=True)
    for r in rowsdef[split + 1:]:
        y = row(y, r)
    y = row(y, (True, "Polisområde Fyrbodal totalt", T24, T25, TP, TPOP))
    c.setFont("Helvetica", 7.5)
    c.drawString(50, y - 4, "¹ Preliminära uppgifter för 2025. Förändring i procent mellan 2024 och 2025. Per 100 000 invånare beräknat på")
    c.drawString(50, y - 14, "  folkmängden den 31 december 2024. Källa: Brå, anmälda brott; SCB, befolkningsstatistik.")
    y -= 48
    # Tabell 2
    R = random.Random(1494)
    cats = [("Brott mot person (3–7 kap. BrB)", TP, False),
            ("därav misshandel", None, True),
            ("därav olaga hot", None, True),
            ("Stöld och tillgrepp (8 kap. BrB)", None, False),
            ("därav bostadsinbrott", None, True),
            ("därav butiksstöld", None, True),
            ("Bedrägeri (9 kap. BrB)", None, False),
            ("Skadegörelse (12 kap. BrB)", None, False),
            ("Narkotikabrott", None, False),
            ("Trafikbrott", None, False)]
    rest = T25 - TP
    # allocate main categories (non-därav) so that together with Övriga they sum to total
    shares = {"Stöld och tillgrepp (8 kap. BrB)": 0.36, "Bedrägeri (9 kap. BrB)": 0.19,
              "Skadegörelse (12 kap. BrB)": 0.12, "Narkotikabrott": 0.07, "Trafikbrott": 0.09}
    v25 = {"Brott mot person (3–7 kap. BrB)": TP}
    for k, s in shares.items():
        v25[k] = round(rest * s)
    v25["Övriga brott"] = T25 - sum(v25.values())
    v25["därav misshandel"] = round(TP * 0.31)
    v25["därav olaga hot"] = round(TP * 0.27)
    v25["därav bostadsinbrott"] = round(v25["Stöld och tillgrepp (8 kap. BrB)"] * 0.07)
    v25["därav butiksstöld"] = round(v25["Stöld och tillgrepp (8 kap. BrB)"] * 0.22)
    order = [k for k, _, _ in cats] + ["Övriga brott"]
    v24 = {k: round(v25[k] * R.uniform(0.88, 1.12)) for k in order}
    main = [k for k in order if not k.startswith("därav")]
    v24[main[-1]] = T24 - sum(v24[k] for k in main[:-1])
    c.setFont("Helvetica-Bold", 10)
    c.drawString(50, y, "Tabell 2. Anmälda brott efter brottskategori, Polisområde Fyrbodal, 2024 och 2025")
    y -= 20
    c.setFont("Helvetica-Bold", 8)
    c.drawString(50, y, "Brottskategori")
    c.drawRightString(360, y, "2024")
    c.drawRightString(430, y, "2025¹")
    c.drawRightString(520, y + 9, "Andel av alla")
    c.drawRightString(520, y, "2025, %")
    y -= 14
    for k in order:
        dv = k.startswith("därav")
        c.setFont("Helvetica-Oblique" if dv else "Helvetica", 9)
        c.drawString(50 + (14 if dv else 0), y, k)
        c.drawRightString(360, y, sp(v24[k]))
        c.drawRightString(430, y, sp(v25[k]))
        c.drawRightString(520, y, dec(100 * v25[k] / T25, 1))
        y -= 14
    c.setFont("Helvetica-Bold", 9)
    c.drawString(50, y, "Samtliga anmälda brott")
    c.drawRightString(360, y, sp(T24)); c.drawRightString(430, y, sp(T25)); c.drawRightString(520, y, "100,0")
    y -= 28
    c.setFont("Helvetica", 10)
    for t in ["I hela riket anmäldes drygt 1 514 000 brott under 2025, vilket motsvarar omkring 14 300 anmälda",
              "brott per 100 000 invånare. Andelen brott mot person var i riket 19,8 procent."]:
        c.drawString(50, y, t); y -= 14
    c.setFont("Helvetica", 8)
    c.drawCentredString(W / 2, 30, "Sida 13")
    c.showPage()
    c.save()
    return d, v24, v25


# ---------------------------------------------------------------- 4. Västtrafik
VT_LINES = [
    ("Tåg", "Västtåg BO", "Göteborg–Uddevalla–Strömstad (Bohusbanan)", "Uddevalla"),
    ("Tåg", "Västtåg NV", "Göteborg–Trollhättan–Vänersborg", "Trollhättan"),
    ("Tåg", "Västtåg VB", "Uddevalla–Vänersborg–Borås", "Vänersborg"),
    ("Buss", "1", "Trollhättan stadstrafik Kronogården–Centrum–Sylte", "Trollhättan"),
    ("Buss", "2", "Trollhättan stadstrafik Lextorp–Centrum–Skogshöjden", "Trollhättan"),
    ("Buss", "612", "Trollhättan C–Innovatum (ny 2025)", "Trollhättan"),
    ("Buss", "1", "Uddevalla stadstrafik Hovhult–Centrum–Dalaberg", "Uddevalla"),
    ("Buss", "2", "Uddevalla stadstrafik Skogslyckan–Centrum–Unneröd", "Uddevalla"),
    ("Buss", "600", "Vänersborg–Trollhättan", "Vänersborg"),
    ("Buss", "840", "Uddevalla–Lysekil", "Lysekil"),
    ("Buss", "860", "Uddevalla–Munkedal–Kungshamn", "Sotenäs"),
    ("Buss", "871", "Strömstad–Tanumshede", "Tanum"),
    ("Buss", "720", "Åmål–Bengtsfors", "Åmål"),
    ("Buss", "730", "Mellerud–Åmål", "Mellerud"),
    ("Buss", "750", "Färgelanda–Uddevalla", "Färgelanda"),
    ("Båt", "381", "Strömstad–Kosteröarna", "Strömstad"),
    ("Båt", "845", "Lysekil–Fiskebäckskil (färja)", "Lysekil"),
]


def make_vt(out):
    R = random.Random(1495)
    base = {"Tåg": (900000, 2400000), "Buss": (90000, 1300000), "Båt": (120000, 420000)}
    rows = []
    for mode, nr, name, kom in VT_LINES:
        lo, hi = base[mode]
        if nr in ("1", "2"):
            full24 = R.randint(700000, 1600000)
        elif mode == "Buss" and nr not in ("600",):
            full24 = R.randint(90000, 450000)
        else:
            full24 = R.randint(lo, hi)
        jo24 = round(full24 * R.uniform(0.80, 0.86))
        if mode == "Båt":
            jo24 = round(full24 * R.uniform(0.90, 0.95))  # summer traffic
        jo25 = round(jo24 * R.uniform(0.91, 1.09))
        if nr == "612":
            full24 = jo24 = None
            jo25 = 84213
        wd = round(jo25 / 214 * R.uniform(1.05, 1.2))
        rows.append([mode, nr, name, kom, full24, jo24, jo25, wd])
    lines = ["Västtrafik – Påstigande per linje med huvudsaklig trafik i Fyrbodal, 2024 och jan–okt 2025",
             "Uttag ur resandestatistik (biljettvalideringar + uppräkning) 2025-11-12",
             "Trafikslag;Linje;Linjenamn;Huvudsaklig kommun;Påstigande helår 2024;Påstigande jan–okt 2024;"
             "Påstigande jan–okt 2025;Förändring jan–okt, %;Medel per vardag okt 2025"]

    def f(v):
        return ".." if v is None else sp(v)
    G = {}
    for mode in ("Tåg", "Buss", "Båt"):
        sub = [r for r in rows if r[0] == mode]
        for r in sub:
            ch = ".." if r[5] is None else dec(100 * (r[6] - r[5]) / r[5], 1)
            lines.append(";".join([r[0], r[1], r[2], r[3], f(r[4]), f(r[5]), f(r[6]), ch, sp(r[7])]))
        s = [sum(r[i] or 0 for r in sub) for i in (4, 5, 6, 7)]
        G[mode] = s
        lines.append(";".join([f"Summa {mode}", "", "", "", sp(s[0]), sp(s[1]), sp(s[2]),
                               dec(100 * (s[2] - s[1]) / s[1], 1), sp(s[3])]))
    T = [sum(G[m][i] for m in G) for i in range(4)]
    lines.append(";".join(["Totalt Fyrbodal", "", "", "", sp(T[0]), sp(T[1]), sp(T[2]),
                           dec(100 * (T[2] - T[1]) / T[1], 1), sp(T[3])]))
    lines.append("")
    lines.append("Förändring avser jan–okt 2025 jämfört med jan–okt 2024. '..' = linjen trafikerades inte.")
    lines.append("Linje 1 och 2 finns både i Trollhättan och Uddevalla stadstrafik – skilj på linjenamnet.")
    with open(os.path.join(out, "Vasttrafik_pastigande_linjer_Fyrbodal_2024-2025.csv"), "w",
              encoding="utf-8-sig", newline="") as fh:
        fh.write("\r\n".join(lines) + "\r\n")
    return rows


# ---------------------------------------------------------------- 5. Arbetsmiljöverket
SNI = [("A", "Jordbruk, skogsbruk och fiske"), ("C", "Tillverkning"),
       ("D-E", "Energi, vatten och avfall"), ("F", "Byggverksamhet"),
       ("G", "Handel; reparation av motorfordon"), ("H", "Transport och magasinering"),
       ("I", "Hotell- och restaurangverksamhet"), ("J", "Informations- och kommunikationsverksamhet"),
       ("K-L", "Finans, försäkring och fastigheter"), ("M-N", "Företagstjänster"),
       ("O", "Offentlig förvaltning och försvar"), ("P", "Utbildning"),
       ("Q", "Vård och omsorg; sociala tjänster"), ("R-U", "Kultur, nöje, fritid och andra tjänster")]


def make_av(out):
    R = random.Random(1496)
    wb = Workbook()
    ws0 = wb.active
    ws0.title = "Information"
    for i, t in enumerate([
        "Arbetsskador i Västra Götalands län 2020–2024",
        "Källa: Arbetsmiljöverket, ISA (Informationssystemet om arbetsskador). Uttag 2025-09-30.",
        "Arbetsolyckor = anmälda arbetsolyckor med sjukfrånvaro (minst en dag utöver skadedagen).",
        "Arbetssjukdomar = anmälda arbetssjukdomar (samtliga, oavsett sjukfrånvaro).",
        "Färdolyckor ingår inte. 2024 är preliminärt. 2020–2023 är reviderade jämfört med tidigare publicering.",
        "Per 1 000 förvärvsarbetande: antal anmälningar 2024 / förvärvsarbetande dagbefolkning (SCB) × 1 000.",
    ], start=1):
        ws0.cell(i, 1, t)
    ws0["A1"].font = Font(bold=True, size=13)
    emp = {"A": 14000, "C": 118000, "D-E": 11000, "F": 63000, "G": 96000, "H": 52000, "I": 28000,
           "J": 46000, "K-L": 30000, "M-N": 105000, "O": 48000, "P": 99000, "Q": 162000, "R-U": 40000}
    out_data = {}
    for sheet, lvl, title in [("Arbetsolyckor", 1.0, "Anmälda arbetsolyckor med sjukfrånvaro"),
                              ("Arbetssjukdomar", 0.33, "Anmälda arbetssjukdomar")]:
        ws = wb.create_sheet(sheet)
        ws.append([f"{title} efter näringsgren (SNI 2007), Västra Götalands län, 2020–2024"])
        ws.append(["Antal anmälningar efter den skadades arbetsställes näringsgren"])
        ws["A1"].font = Font(bold=True, size=12)
        ws.append([])
        ws.append(["SNI", "Näringsgren", 2020, 2021, 2022, 2023, "2024*", "varav kvinnor 2024*",
                   "Per 1 000 förvärvsarbetande 2024*"])
        for c_ in ws[4]:
            c_.font = Font(bold=True)
            c_.fill = PatternFill("solid", fgColor="DDE4EE")
            c_.alignment = Alignment(wrap_text=True)
        tot = [0] * 6
        data = {}
        for code, name in SNI:
            rate = {"A": 9.5, "C": 8.8, "F": 9.9, "H": 9.1, "Q": 6.7, "O": 5.2, "P": 4.6, "I": 5.5}.get(code, 2.4)
            if sheet == "Arbetssjukdomar":
                rate = {"Q": 3.6, "P": 2.3, "C": 1.9, "F": 1.5}.get(code, 0.8)
            v24 = round(emp[code] * rate / 1000 * R.uniform(0.9, 1.1))
            ys = [round(v24 * R.uniform(0.82, 1.18)) for _ in range(4)] + [v24]
            fem = {"Q": 0.82, "P": 0.74, "I": 0.5, "G": 0.45, "K-L": 0.55, "O": 0.5}.get(code, 0.18)
            if sheet == "Arbetssjukdomar":
                fem = min(0.9, fem + 0.06)
            kv = round(v24 * fem * R.uniform(0.95, 1.05))
            per = round(v24 / emp[code] * 1000, 2)
            ws.append([code, name] + ys + [kv, per])
            data[code] = (name, ys, kv, per)
            tot = [a + b for a, b in zip(tot, ys + [kv])]
        unk = [R.randint(30, 90) if sheet == "Arbetsolyckor" else R.randint(10, 30) for _ in range(5)]
        unkkv = round(unk[4] * 0.4)
        ws.append(["", "Uppgift saknas"] + unk + [unkkv, None])
        tot = [a + b for a, b in zip(tot, unk + [unkkv])]
        ws.append(["", "Samtliga näringsgrenar"] + tot + [round(tot[4] / sum(emp.values()) * 1000, 2)])
        for c_ in ws[ws.max_row]:
            c_.font = Font(bold=True)
        for r_ in ws.iter_rows(min_row=5, min_col=9, max_col=9):
            for c_ in r_:
                c_.number_format = "0.00"
        ws.append([])
        ws.append(["* Preliminära uppgifter för 2024."])
        ws.append(["Uppgift saknas = näringsgren kunde inte bestämmas; ingår i Samtliga näringsgrenar."])
        ws.column_dimensions["B"].width = 44
        for col in "CDEFGHI":
            ws.column_dimensions[col].width = 12
        out_data[sheet] = (data, unk, tot)
    wb.save(os.path.join(out, "AV_arbetsskador_VG_2020-2024.xlsx"))
    return out_data


# ---------------------------------------------------------------- 6. AF varsel
MANAD = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
         "september", "oktober", "november", "december"]


def make_varsel(out):
    R = random.Random(1497)
    wb = Workbook()
    ws = wb.active
    ws.title = "Varsel per månad"
    ws.append(["Varsel om uppsägning, Västra Götalands län, januari 2024 – oktober 2025"])
    ws["A1"].font = Font(bold=True, size=12)
    ws.append(["Avser arbetsställets län. Källa: Arbetsförmedlingen, varselstatistik. Publicerad 2025-11-17."])
    ws.append([])
    ws.append(["Månad", "Antal varsel", "Antal berörda personer", "varav Fyrbodal, berörda personer",
               "Riket, berörda personer"])
    for c_ in ws[4]:
        c_.font = Font(bold=True)
        c_.alignment = Alignment(wrap_text=True)
    months = []
    for y, n in ((2024, 12), (2025, 10)):
        s = [0, 0, 0, 0]
        for m in range(n):
            nv = R.randint(38, 95)
            pers = nv * R.randint(14, 34)
            if y == 2025 and m == 2:
                pers = 4310  # large notice at vehicle industry in March
            fy = round(pers * R.uniform(0.04, 0.16))
            riket = pers * R.randint(4, 6) + R.randint(0, 999)
            row = [f"{MANAD[m]} {y}", nv, pers, fy, riket]
            ws.append(row)
            months.append(row)
            s = [a + b for a, b in zip(s, row[1:])]
        lab = "Summa 2024" if y == 2024 else "Summa jan–okt 2025"
        ws.append([lab] + s)
        for c_ in ws[ws.max_row]:
            c_.font = Font(bold=True)
    ws.append([])
    ws.append(["Ett varsel kan omfatta många personer. Varsel leder inte alltid till uppsägning."])
    ws.column_dimensions["A"].width = 22
    for col in "BCDE":
        ws.column_dimensions[col].width = 16
    ws2 = wb.create_sheet("Bransch jan–okt 2025")
    ws2.append(["Berörda personer i varsel efter bransch (SNI 2007), Västra Götalands län, jan–okt 2025"])
    ws2["A1"].font = Font(bold=True)
    ws2.append(["SNI", "Bransch", "Antal varsel", "Berörda personer"])
    tot25 = sum(r[2] for r in months if r[0].endswith("2025"))
    totv = sum(r[1] for r in months if r[0].endswith("2025"))
    br = [("C", "Tillverkning", 0.41), ("G", "Handel", 0.12), ("H", "Transport och magasinering", 0.09),
          ("J", "Information och kommunikation", 0.11), ("M-N", "Företagstjänster", 0.13),
          ("F", "Byggverksamhet", 0.06)]
    acc_p = acc_v = 0
    for code, name, s in br:
        p = round(tot25 * s); v = round(totv * (s * 0.8 + 0.03))
        ws2.append([code, name, v, p]); acc_p += p; acc_v += v
    ws2.append(["", "Övriga branscher", totv - acc_v, tot25 - acc_p])
    ws2.append(["", "Samtliga branscher", totv, tot25])
    ws2.column_dimensions["B"].width = 32
    wb.save(os.path.join(out, "AF_varsel_Vastra_Gotaland_2024-2025.xlsx"))
    return months


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: python3 r149_make_files.py OUT_DIR")
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    make_yh(out)
    make_bostad(out)
    make_bra(out)
    make_vt(out)
    make_av(out)
    make_varsel(out)
    print("wrote 6 files to", out)


if __name__ == "__main__":
    main()
