"""Round 117: six new statistics files for Kunskapsbanken.

Usage: python r117_make_files.py OUT_DIR
Deterministic (fixed seeds).
"""
import os
import sys
import datetime as dt

import numpy as np
import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill

OUT = sys.argv[1] if len(sys.argv) > 1 else "kb"
os.makedirs(OUT, exist_ok=True)


# ---------------------------------------------------------------------------
# 1. Kommunfakta Jämtlands län – XLSX, one sheet per municipality, key–value
#    rows (indicator | 2022 | 2023 | 2024 | Enhet), a notes sheet first,
#    ".." for unpublished, "-" for zero.
# ---------------------------------------------------------------------------
def make_kommunfakta():
    rng = np.random.RandomState(1171)
    kommuner = [  # code, name, pop2022, 65+, arbl, nystartade, median tkr, förvfrekv, bostäder
        ("2303", "Ragunda", 5334, 31.2, 8.4, 31, 318, 79.1, 6),
        ("2305", "Bräcke", 6251, 30.1, 6.8, 36, 322, 79.8, 9),
        ("2309", "Krokom", 15612, 22.3, 4.1, 142, 349, 84.6, 61),
        ("2313", "Strömsund", 11398, 30.4, 7.3, 58, 320, 80.2, 12),
        ("2321", "Åre", 11935, 19.7, 3.4, 236, 338, 85.9, 148),
        ("2326", "Berg", 6981, 29.2, 5.0, 49, 326, 82.4, 11),
        ("2361", "Härjedalen", 10012, 28.1, 4.7, 83, 331, 83.0, 27),
        ("2380", "Östersund", 64583, 21.4, 5.9, 521, 356, 82.1, 402),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Om statistiken"
    notes = [
        "Kommunfakta Jämtlands län 2022–2024",
        "Region Jämtland Härjedalen, Regional utveckling, analysenheten",
        "",
        "Ett blad per kommun. Uppgifterna är hämtade från SCB, Kolada och Arbetsförmedlingen.",
        "Folkmängd avser 31 december respektive år.",
        "Arbetslöshet avser öppet arbetslösa och sökande i program 16–64 år, årsmedeltal, andel av den registerbaserade arbetskraften.",
        "Medianinkomst avser sammanräknad förvärvsinkomst 20–64 år i tusentals kronor (tkr).",
        "Teckenförklaring: .. = uppgift ännu inte publicerad, - = noll.",
        "Uttag 2025-03-14.",
    ]
    for i, t in enumerate(notes, 1):
        ws.cell(row=i, column=1, value=t)
    ws["A1"].font = Font(bold=True, size=14)
    ws.column_dimensions["A"].width = 110

    for code, name, pop, p65, arbl, nyst, med, forv, bost in kommuner:
        s = wb.create_sheet(name)
        namn = {"Östersund": "Östersunds kommun", "Krokom": "Krokoms kommun", "Åre": "Åre kommun",
                "Strömsund": "Strömsunds kommun", "Bräcke": "Bräcke kommun", "Ragunda": "Ragunda kommun",
                "Berg": "Bergs kommun", "Härjedalen": "Härjedalens kommun"}[name]
        s["A1"] = f"Kommunfakta – {namn} (kommunkod {code})"
        s["A1"].font = Font(bold=True, size=13)
        s["A2"] = "Källa: SCB, Kolada och Arbetsförmedlingen. Uttag 2025-03-14."
        hdr = ["Indikator", 2022, 2023, 2024, "Enhet"]
        for j, h in enumerate(hdr, 1):
            c = s.cell(row=4, column=j, value=h)
            c.font = Font(bold=True)
            c.fill = PatternFill("solid", fgColor="DDEBF7")
        # population trend
        trend = {"Östersund": 1.0045, "Krokom": 1.0068, "Åre": 1.0161, "Strömsund": 0.9912,
                 "Härjedalen": 0.9951, "Berg": 0.9963, "Bräcke": 0.9921, "Ragunda": 0.9934}[name]
        pops = [pop]
        for _ in range(2):
            pops.append(int(round(pops[-1] * trend + rng.randint(-15, 16))))
        p65s = [round(p65 + k * 0.3 + rng.uniform(-0.1, 0.1), 1) for k in range(3)]
        p019 = [round(100 - p65 - 56.0 + rng.uniform(-1.0, 1.0) - k * 0.2, 1) for k in range(3)]
        arbls = [round(arbl + d + rng.uniform(-0.2, 0.2), 1) for d in (-0.3, 0.0, 0.4)]
        nysts = [int(round(nyst * f + rng.randint(-4, 5))) for f in (1.04, 0.97, 1.01)]
        meds = [int(round(med + k * 11 + rng.randint(-2, 3))) for k in range(2)] + [".."]
        forvs = [round(forv + k * 0.3 + rng.uniform(-0.2, 0.2), 1) for k in range(2)] + [".."]
        bosts = [max(0, int(round(bost * f + rng.randint(-3, 4)))) for f in (1.2, 0.8, 0.6)]
        if name == "Ragunda":
            bosts[1] = 0
        bosts = [b if b != 0 else "-" for b in bosts]
        rows = [
            ("Folkmängd 31 december", *pops, "antal"),
            ("Andel invånare 65 år och äldre", *p65s, "procent"),
            ("Andel invånare 0–19 år", *p019, "procent"),
            ("Förvärvsfrekvens 20–64 år", *forvs, "procent"),
            ("Arbetslöshet 16–64 år (öppet arbetslösa och sökande i program)", *arbls, "procent"),
            ("Medianinkomst 20–64 år", *meds, "tkr"),
            ("Nystartade företag", *nysts, "antal"),
            ("Färdigställda bostäder", *bosts, "antal"),
        ]
        for i, r in enumerate(rows, 5):
            for j, v in enumerate(r, 1):
                c = s.cell(row=i, column=j, value=v)
                if j in (2, 3, 4):
                    c.alignment = Alignment(horizontal="right")
        s.column_dimensions["A"].width = 62
        s.cell(row=14, column=1, value=".. = uppgift ännu inte publicerad. - = noll.")
    wb.save(os.path.join(OUT, "Kommunfakta_Jamtlands_lan_2022-2024.xlsx"))


# ---------------------------------------------------------------------------
# 2. Försäkringskassan VAB per county and year – CSV ; UTF-8, CRLF, title rows,
#    composite "Mått - Kön" headers, a share column, Riket last in each year,
#    note lines at the bottom.
# ---------------------------------------------------------------------------
LAN = [
    ("01", "Stockholms län", 2.45), ("03", "Uppsala län", 0.40), ("04", "Södermanlands län", 0.30),
    ("05", "Östergötlands län", 0.47), ("06", "Jönköpings län", 0.37), ("07", "Kronobergs län", 0.20),
    ("08", "Kalmar län", 0.25), ("09", "Gotlands län", 0.06), ("10", "Blekinge län", 0.16),
    ("12", "Skåne län", 1.41), ("13", "Hallands län", 0.34), ("14", "Västra Götalands län", 1.75),
    ("17", "Värmlands län", 0.28), ("18", "Örebro län", 0.31), ("19", "Västmanlands län", 0.28),
    ("20", "Dalarnas län", 0.29), ("21", "Gävleborgs län", 0.29), ("22", "Västernorrlands län", 0.24),
    ("23", "Jämtlands län", 0.13), ("24", "Västerbottens län", 0.28), ("25", "Norrbottens län", 0.25),
]


def make_vab():
    rng = np.random.RandomState(2117)
    lines = [
        "Tillfällig föräldrapenning för vård av barn (VAB) efter län och kön 2022–2024",
        "Källa: Försäkringskassan (MiDAS). Antal mottagare och antal nettodagar under året.",
        "",
    ]
    header = ["År", "Län", "Mottagare - Kvinnor", "Mottagare - Män", "Nettodagar - Kvinnor",
              "Nettodagar - Män", "Andel nettodagar män (%)"]
    lines.append(";".join(header))
    menbias = {c: rng.uniform(-2.5, 2.5) for c, _, _ in LAN}
    menbias["24"] = 3.1
    menbias["25"] = 2.4
    menbias["23"] = 2.0
    for year, yf in ((2022, 1.00), (2023, 1.06), (2024, 0.98)):
        tot = np.zeros(4, dtype=np.int64)
        for code, name, popm in LAN:
            mk = int(round(popm * 1e6 * 0.046 * yf * rng.uniform(0.96, 1.04)))
            mm = int(round(popm * 1e6 * 0.040 * yf * rng.uniform(0.96, 1.04)))
            share_target = (38.0 + (year - 2022) * 0.4 + menbias[code]) / 100.0
            dk = int(round(mk * rng.uniform(8.1, 8.9)))
            dm = int(round(dk * share_target / (1 - share_target)))
            share = round(dm / (dk + dm) * 100 + 1e-9, 1)
            tot += np.array([mk, mm, dk, dm])
            lines.append(";".join([str(year), f"{code} {name}", str(mk), str(mm), str(dk), str(dm),
                                   f"{share:.1f}".replace(".", ",")]))
        share = round(tot[3] / (tot[2] + tot[3]) * 100 + 1e-9, 1)
        lines.append(";".join([str(year), "Riket", *[str(int(v)) for v in tot],
                               f"{share:.1f}".replace(".", ",")]))
    lines += [
        "",
        "Anm. Andel nettodagar män = männens nettodagar i procent av samtliga nettodagar.",
        "En person kan ha fått ersättning i mer än ett län under året men räknas då i det län där hen var folkbokförd i december.",
    ]
    with open(os.path.join(OUT, "FK_VAB_lan_kon_2022-2024.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------
# 3. Jobbtorg participant register (Västra Götaland) – XLSX with a register
#    sheet where sex and outcome are numeric codes, and a "Kodnyckel" sheet.
# ---------------------------------------------------------------------------
def make_register():
    rng = np.random.RandomState(3117)
    kommuner = ["Borås", "Trollhättan", "Uddevalla", "Skövde", "Lidköping", "Alingsås"]
    kw = np.array([0.26, 0.20, 0.17, 0.15, 0.12, 0.10])
    insatser = ["Arbetsträning", "Yrkesutbildning", "Studie- och yrkesvägledning", "Extratjänst"]
    iw = np.array([0.36, 0.24, 0.25, 0.15])
    aldrar = ["16–24", "25–29", "30–49", "50–64"]
    aw = np.array([0.30, 0.18, 0.37, 0.15])
    utfall = [10, 20, 30, 40, 50]
    uw = np.array([0.30, 0.17, 0.18, 0.27, 0.08])
    n = 236
    rows = []
    for i in range(n):
        start = dt.date(2024, 1, 2) + dt.timedelta(days=int(rng.randint(0, 353)))
        k = kommuner[rng.choice(6, p=kw)]
        sex = int(rng.choice([1, 2], p=[0.53, 0.47]))
        age = aldrar[rng.choice(4, p=aw)]
        ins = insatser[rng.choice(4, p=iw)]
        dur = int(rng.randint(45, 300))
        end = start + dt.timedelta(days=dur)
        if end > dt.date(2025, 2, 28) or rng.rand() < 0.12:
            end = None
            u = None
        else:
            u = int(utfall[rng.choice(5, p=uw)])
        rows.append([start, k, sex, age, ins, end, u])
    rows.sort(key=lambda r: r[0])
    wb = Workbook()
    ws = wb.active
    ws.title = "Deltagare"
    hdr = ["Löpnr", "Startdatum", "Kommun", "Kön", "Åldersgrupp", "Insats", "Avslutsdatum", "Utfallskod"]
    for j, h in enumerate(hdr, 1):
        ws.cell(row=1, column=j, value=h).font = Font(bold=True)
    for i, r in enumerate(rows, 2):
        start, k, sex, age, ins, end, u = r
        ws.cell(row=i, column=1, value=f"JT-2024-{i - 1:04d}")
        c = ws.cell(row=i, column=2, value=start)
        c.number_format = "yyyy-mm-dd"
        ws.cell(row=i, column=3, value=k)
        ws.cell(row=i, column=4, value=sex)
        ws.cell(row=i, column=5, value=age)
        ws.cell(row=i, column=6, value=ins)
        if end is not None:
            c = ws.cell(row=i, column=7, value=end)
            c.number_format = "yyyy-mm-dd"
            ws.cell(row=i, column=8, value=u)
    for col, w in zip("ABCDEFGH", (14, 12, 13, 6, 12, 28, 13, 11)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A2"
    kn = wb.create_sheet("Kodnyckel")
    kn["A1"] = "Kodnyckel till bladet Deltagare (Jobbtorg Västra Götaland, deltagare som startat 2024)"
    kn["A1"].font = Font(bold=True)
    kn["A3"] = "Kön"
    kn["A3"].font = Font(bold=True)
    kn["A4"], kn["B4"] = "Kod", "Betydelse"
    kn["A5"], kn["B5"] = 1, "Man"
    kn["A6"], kn["B6"] = 2, "Kvinna"
    kn["A8"] = "Utfallskod"
    kn["A8"].font = Font(bold=True)
    kn["A9"], kn["B9"] = "Kod", "Betydelse"
    codes = [(10, "Arbete utan stöd"), (20, "Arbete med stöd (t.ex. lönebidrag eller nystartsjobb)"),
             (30, "Studier"), (40, "Fortsatt arbetssökande"), (50, "Annat eller okänt")]
    for i, (c, t) in enumerate(codes, 10):
        kn.cell(row=i, column=1, value=c)
        kn.cell(row=i, column=2, value=t)
    kn["A16"] = "Tomt avslutsdatum och tom utfallskod = pågående deltagare."
    kn.column_dimensions["B"].width = 55
    wb.save(os.path.join(OUT, "Jobbtorg_VG_deltagarregister_2024.xlsx"))
    return rows


# ---------------------------------------------------------------------------
# 4. Tillväxtverket-style PDF: survey shares by county with a margin-of-error
#    column written "± 2,8" and a count of answers, plus a distractor table.
# ---------------------------------------------------------------------------
def make_pdf():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib import colors
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak

    rng = np.random.RandomState(4117)
    data = []
    tot_n = 0
    w20 = w23 = 0.0
    for code, name, popm in LAN:
        p20 = int(rng.randint(19, 31))
        p23 = int(p20 + rng.randint(-3, 9))
        if name == "Norrbottens län":
            p23 = 41
        if name == "Jämtlands län":
            p20, p23 = 24, 38
        if name == "Västerbottens län":
            p20, p23 = 27, 36
        n = int(280 + popm * 260 + rng.randint(0, 180))
        if name in ("Stockholms län",):
            n = 1184
        me = 1.96 * np.sqrt(p23 / 100 * (1 - p23 / 100) / n) * 100
        me = round(me + 1e-9, 1)
        data.append((name, p20, p23, me, n))
        tot_n += n
        w20 += p20 * n
        w23 += p23 * n
    r20 = int(round(w20 / tot_n))
    r23 = int(round(w23 / tot_n))
    rme = round(1.96 * np.sqrt(r23 / 100 * (1 - r23 / 100) / tot_n) * 100 + 1e-9, 1)

    styles = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=styles["BodyText"], fontName="Helvetica", fontSize=10, leading=13)
    h1 = ParagraphStyle("h1", parent=styles["Heading1"], fontName="Helvetica-Bold", fontSize=16)
    h2 = ParagraphStyle("h2", parent=styles["Heading2"], fontName="Helvetica-Bold", fontSize=12)
    cap = ParagraphStyle("cap", parent=body, fontName="Helvetica-Bold", fontSize=9.5)
    small = ParagraphStyle("s", parent=body, fontSize=8, leading=10)

    def fmt(x):
        return f"{x:.1f}".replace(".", ",")

    def thou(n):
        return f"{n:,}".replace(",", " ")

    path = os.path.join(OUT, "Tillvaxtverket_Foretagens_villkor_2023_kompetensforsorjning.pdf")
    doc = SimpleDocTemplate(path, pagesize=A4, title="Företagens villkor och verklighet 2023 – kompetensförsörjning i länen",
                            author="Tillväxtverket", leftMargin=55, rightMargin=55, topMargin=50, bottomMargin=50)
    st = []
    st.append(Paragraph("Företagens villkor och verklighet 2023 – kompetensförsörjning i länen", h1))
    st.append(Paragraph("Regional fördjupning. Rapport 0472, Tillväxtverket, april 2024", body))
    st.append(Spacer(1, 10))
    st.append(Paragraph("1. Brist på lämplig arbetskraft", h2))
    st.append(Paragraph(
        "Enkäten Företagens villkor och verklighet besvaras vart tredje år av företag med 0–249 anställda. "
        f"I riket uppgav {r23} procent av företagen 2023 att tillgången på lämplig arbetskraft är ett stort hinder "
        f"för företagets tillväxt, jämfört med {r20} procent 2020. Ökningen är tydligast i de norra länen, "
        "där stora industriinvesteringar har ökat efterfrågan på arbetskraft.", body))
    st.append(Spacer(1, 8))
    st.append(Paragraph(
        "Tabell 1. Andel företag som anser att tillgången på lämplig arbetskraft är ett stort hinder för tillväxt, "
        "efter län, 2020 och 2023. Procent, felmarginal i procentenheter.", cap))
    st.append(Spacer(1, 4))
    tdata = [["Län", "2020 (%)", "2023 (%)", "Felmarginal 2023", "Antal svar 2023"]]
    for name, p20, p23, me, n in data:
        tdata.append([name, str(p20), str(p23), "± " + fmt(me), thou(n)])
    tdata.append(["Riket", str(r20), str(r23), "± " + fmt(rme), thou(tot_n)])
    t = Table(tdata, colWidths=[150, 60, 60, 95, 95])
    t.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("FONTNAME", (0, 1), (-1, -1), "Helvetica"),
        ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold"),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
        ("LINEABOVE", (0, -1), (-1, -1), 0.5, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
    ]))
    st.append(t)
    st.append(Spacer(1, 4))
    st.append(Paragraph(
        "Källa: Tillväxtverket, Företagens villkor och verklighet 2020 och 2023. Felmarginalen avser ett "
        "95-procentigt konfidensintervall för andelen 2023. Skillnader mellan län som är mindre än "
        "felmarginalerna bör tolkas med försiktighet.", small))
    st.append(PageBreak())
    st.append(Paragraph("2. Skillnader mellan stora och små företag", h2))
    st.append(Paragraph(
        "Bristen på lämplig arbetskraft upplevs som ett större hinder ju fler anställda företaget har. "
        "Uppdelningen efter storleksklass redovisas bara för riket, eftersom antalet svar per län är för litet.", body))
    st.append(Spacer(1, 8))
    st.append(Paragraph(
        "Tabell 2. Andel företag som anser att tillgången på lämplig arbetskraft är ett stort hinder för tillväxt, "
        "efter storleksklass, riket, 2020 och 2023. Procent.", cap))
    t2 = Table([["Storleksklass", "2020 (%)", "2023 (%)"],
                ["0–4 anställda", "19", "24"], ["5–9 anställda", "27", "33"],
                ["10–49 anställda", "33", "40"], ["50–249 anställda", "36", "44"]],
               colWidths=[150, 70, 70])
    t2.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"), ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black), ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
    ]))
    st.append(t2)
    st.append(Spacer(1, 6))
    st.append(Paragraph("Källa: Tillväxtverket, Företagens villkor och verklighet.", small))
    doc.build(st)
    return data, (r20, r23, rme, tot_n)


# ---------------------------------------------------------------------------
# 5. Halland unemployment – XLSX, two tables side by side on each sheet
#    (counts left, shares right, separated by an empty column), a sheet per month.
# ---------------------------------------------------------------------------
def make_halland():
    rng = np.random.RandomState(5117)
    kom = [  # name, lf women, lf men, rate women, rate men
        ("Halmstad", 24800, 26900, 7.9, 8.6),
        ("Laholm", 5900, 6700, 4.6, 4.9),
        ("Hylte", 2200, 2700, 8.8, 7.6),
        ("Falkenberg", 10900, 12200, 5.3, 5.8),
        ("Varberg", 15800, 17300, 4.1, 4.4),
        ("Kungsbacka", 20700, 21900, 3.1, 3.3),
    ]
    wb = Workbook()
    first = True
    for label, month, adj in (("Okt 2025", "oktober 2025", 1.0), ("Okt 2024", "oktober 2024", 0.93)):
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = label
        ws["A1"] = f"Tabell 1. Inskrivna arbetslösa 16–64 år, antal, {month}"
        ws["F1"] = f"Tabell 2. Inskrivna arbetslösa 16–64 år, andel (%) av den registerbaserade arbetskraften, {month}"
        ws["A1"].font = ws["F1"].font = Font(bold=True)
        for col0 in (1, 6):
            for j, h in enumerate(["Kommun", "Kvinnor", "Män", "Totalt"]):
                c = ws.cell(row=3, column=col0 + j, value=h)
                c.font = Font(bold=True)
                c.fill = PatternFill("solid", fgColor="E2EFDA")
        sumK = sumM = lfK = lfM = 0
        for i, (name, lk, lm, rk, rm) in enumerate(kom):
            r = 4 + i
            lk2 = int(lk * (0.99 if adj < 1 else 1.0))
            lm2 = int(lm * (0.99 if adj < 1 else 1.0))
            ck = int(round(lk2 * rk * adj / 100 * rng.uniform(0.97, 1.03)))
            cm = int(round(lm2 * rm * adj / 100 * rng.uniform(0.97, 1.03)))
            sumK += ck
            sumM += cm
            lfK += lk2
            lfM += lm2
            ws.cell(row=r, column=1, value=name)
            ws.cell(row=r, column=2, value=ck)
            ws.cell(row=r, column=3, value=cm)
            ws.cell(row=r, column=4, value=ck + cm)
            ws.cell(row=r, column=6, value=name)
            ws.cell(row=r, column=7, value=round(ck / lk2 * 100 + 1e-9, 1))
            ws.cell(row=r, column=8, value=round(cm / lm2 * 100 + 1e-9, 1))
            ws.cell(row=r, column=9, value=round((ck + cm) / (lk2 + lm2) * 100 + 1e-9, 1))
        r = 10
        ws.cell(row=r, column=1, value="Hallands län").font = Font(bold=True)
        ws.cell(row=r, column=2, value=sumK)
        ws.cell(row=r, column=3, value=sumM)
        ws.cell(row=r, column=4, value=sumK + sumM)
        ws.cell(row=r, column=6, value="Hallands län").font = Font(bold=True)
        ws.cell(row=r, column=7, value=round(sumK / lfK * 100 + 1e-9, 1))
        ws.cell(row=r, column=8, value=round(sumM / lfM * 100 + 1e-9, 1))
        ws.cell(row=r, column=9, value=round((sumK + sumM) / (lfK + lfM) * 100 + 1e-9, 1))
        rk_, rm_ = (168420, 183950) if adj == 1.0 else (159870, 176210)
        ws.cell(row=11, column=1, value="Riket")
        ws.cell(row=11, column=2, value=rk_)
        ws.cell(row=11, column=3, value=rm_)
        ws.cell(row=11, column=4, value=rk_ + rm_)
        ws.cell(row=11, column=6, value="Riket")
        ws.cell(row=11, column=7, value=6.7 if adj == 1.0 else 6.4)
        ws.cell(row=11, column=8, value=6.9 if adj == 1.0 else 6.6)
        ws.cell(row=11, column=9, value=6.8 if adj == 1.0 else 6.5)
        ws["A13"] = "Källa: Arbetsförmedlingen. Inskrivna arbetslösa = öppet arbetslösa och sökande i program med aktivitetsstöd."
        ws["A14"] = "Sammanställning: Region Halland, Regional utveckling."
        for col, w in zip("ABCDEFGHI", (16, 10, 10, 10, 4, 16, 10, 10, 10)):
            ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "Region_Halland_arbetsloshet_oktober.xlsx"))


# ---------------------------------------------------------------------------
# 6. Dalarna guest nights – pipe-separated CSV, English snake_case headers,
#    months as ISO dates (period_start), long format, "NA" for suppressed.
# ---------------------------------------------------------------------------
def make_guest_nights():
    rng = np.random.RandomState(6117)
    mun = [("2023", "Malung-Sälen"), ("2039", "Älvdalen"), ("2062", "Mora"),
           ("2080", "Falun"), ("2031", "Rättvik")]
    types = ["Hotel", "Cottage village", "Camping"]
    # base monthly level per municipality and type
    base = {
        "Malung-Sälen": {"Hotel": 21000, "Cottage village": 52000, "Camping": 6000},
        "Älvdalen": {"Hotel": 9000, "Cottage village": 31000, "Camping": 5000},
        "Mora": {"Hotel": 11000, "Cottage village": 5000, "Camping": 9000},
        "Falun": {"Hotel": 16000, "Cottage village": 2500, "Camping": 5500},
        "Rättvik": {"Hotel": 6000, "Cottage village": 4500, "Camping": 12000},
    }
    winter = np.array([1.9, 2.3, 2.2, 1.5, 0.3, 0.4, 0.9, 0.7, 0.3, 0.2, 0.3, 1.3])
    summer = np.array([0.4, 0.6, 0.6, 0.5, 0.8, 1.5, 2.6, 1.7, 0.9, 0.7, 0.6, 0.6])
    camp = np.array([0.05, 0.05, 0.07, 0.2, 0.7, 2.0, 3.8, 2.4, 0.6, 0.1, 0.05, 0.05])
    foreign = {"Malung-Sälen": 0.27, "Älvdalen": 0.34, "Mora": 0.22, "Falun": 0.12, "Rättvik": 0.18}
    lines = ["municipality_code|municipality_name|period_start|accommodation_type|guest_nights|of_which_foreign"]
    for year, yf in ((2023, 1.0), (2024, 1.045)):
        for m in range(1, 13):
            for code, name in mun:
                for t in types:
                    if t == "Camping":
                        s = camp[m - 1]
                    elif name in ("Malung-Sälen", "Älvdalen"):
                        s = winter[m - 1]
                    else:
                        s = summer[m - 1]
                    gn = int(round(base[name][t] * s * yf * rng.uniform(0.9, 1.1)))
                    fo = int(round(gn * foreign[name] * rng.uniform(0.8, 1.2)))
                    if t == "Camping" and name in ("Falun", "Mora", "Rättvik") and m in (1, 2, 3, 11, 12):
                        gn_s, fo_s = "NA", "NA"
                    else:
                        gn_s, fo_s = str(gn), str(fo)
                    lines.append("|".join([code, name, f"{year}-{m:02d}-01", t, gn_s, fo_s]))
    with open(os.path.join(OUT, "dalarna_guest_nights_2023_2024.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_kommunfakta()
    make_vab()
    make_register()
    make_pdf()
    make_halland()
    make_guest_nights()
    print("wrote", sorted(os.listdir(OUT)))
