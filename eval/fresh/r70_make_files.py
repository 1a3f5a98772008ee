"""Write six realistic Swedish statistics exports for round 70.

Usage: python make_files.py OUT_DIR
Regions: Västmanlands, Gotlands and Norrbottens län.
"""
import os
import sys
from datetime import date, timedelta

import numpy as np
import pandas as pd

rng = np.random.default_rng(70)

COUNTIES = {
    "19": "Västmanlands län",
    "09": "Gotlands län",
    "25": "Norrbottens län",
}
MUNIS = {
    "19": [("1904", "Skinnskatteberg"), ("1907", "Surahammar"), ("1960", "Kungsör"),
           ("1961", "Hallstahammar"), ("1962", "Norberg"), ("1980", "Västerås"),
           ("1981", "Sala"), ("1982", "Fagersta"), ("1983", "Köping"), ("1984", "Arboga")],
    "09": [("0980", "Gotland")],
    "25": [("2505", "Arvidsjaur"), ("2506", "Arjeplog"), ("2510", "Jokkmokk"),
           ("2513", "Överkalix"), ("2514", "Kalix"), ("2518", "Övertorneå"),
           ("2521", "Pajala"), ("2523", "Gällivare"), ("2560", "Älvsbyn"),
           ("2580", "Luleå"), ("2581", "Piteå"), ("2582", "Boden"),
           ("2583", "Haparanda"), ("2584", "Kiruna")],
}
# rough population weights (for register sampling / varsel size)
POP = {"Skinnskatteberg": 4400, "Surahammar": 10200, "Kungsör": 8700, "Hallstahammar": 16400,
       "Norberg": 5700, "Västerås": 158000, "Sala": 22900, "Fagersta": 13500, "Köping": 26500,
       "Arboga": 14000, "Gotland": 61500, "Arvidsjaur": 6300, "Arjeplog": 2700,
       "Jokkmokk": 4900, "Överkalix": 3200, "Kalix": 15700, "Övertorneå": 4300, "Pajala": 5900,
       "Gällivare": 17300, "Älvsbyn": 8100, "Luleå": 79500, "Piteå": 42600, "Boden": 28200,
       "Haparanda": 9500, "Kiruna": 22300}


def muni_level(name):
    """A small municipality-specific income offset (tkr)."""
    big = {"Västerås": 18, "Luleå": 22, "Kiruna": 35, "Gällivare": 30, "Piteå": 12, "Boden": 6}
    return big.get(name, 0) + rng.normal(0, 8)


# --------------------------------------------------------------------------- 1. SCB CSV
def write_scb(out):
    years = [2022, 2023, 2024]
    base = {"förgymnasial utbildning": 265.0, "gymnasial utbildning": 338.0,
            "eftergymnasial utbildning": 402.0}
    growth = [1.0, 1.043, 1.082]
    rows = []

    def add(label, off):
        for lvl, b in base.items():
            vals = [round((b + off) * g + rng.normal(0, 2.5), 1) for g in growth]
            rows.append((label, lvl, vals))

    add("00 Riket", 10)
    for c, cname in COUNTIES.items():
        add(f"{c} {cname}", {"19": 4, "09": -12, "25": 14}[c])
        if c == "09":
            continue  # Gotland kommun is the same as the county; SCB still lists it
        for code, name in MUNIS[c]:
            add(f"{code} {name}", muni_level(name))
    # Gotland kommun row (same figures as county, as in SCB)
    got = [r for r in rows if r[0] == "09 Gotlands län"]
    idx = max(i for i, r in enumerate(rows) if r[0] == "09 Gotlands län")
    for j, r in enumerate(got):
        rows.insert(idx + 1 + j, ("0980 Gotland", r[1], list(r[2])))

    lines = ['"Medianinkomst för personer 20-64 år efter region, utbildningsnivå och år. '
             'Sammanräknad förvärvsinkomst, tkr"', "",
             '"region";"utbildningsnivå";"2022";"2023";"2024"',
             ';;"tkr";"tkr";"tkr"']
    for label, lvl, vals in rows:
        v = ";".join(f"{x:.1f}".replace(".", ",") for x in vals)
        lines.append(f'"{label}";"{lvl}";{v}')
    lines += ["", '"Källa: SCB, Inkomst- och taxeringsregistret (IoT)"',
              '"Senast uppdaterad: 2025-11-28"']
    with open(os.path.join(out, "scb_medianinkomst_utbildning_2022_2024.csv"), "w",
              encoding="latin-1", newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")


# --------------------------------------------------------------------------- 2. Kolada XLSX
def write_kolada(out):
    from openpyxl import Workbook
    from openpyxl.styles import Font

    kpis = [
        ("N00926", "Förvärvsarbetande invånare 20-64 år, andel (%)", "Procent", 80.0, 3.0, 1, 0.4),
        ("N00957", "Ohälsotal, antal dagar per registrerad försäkrad 16-64 år", "Dagar", 27.0, 4.5, 1, -0.6),
        ("N02904", "Invånare med ekonomiskt bistånd, andel (%)", "Procent", 3.4, 1.0, 1, 0.05),
    ]
    wb = Workbook()
    wb.remove(wb.active)
    for kid, title, unit, mean, sd, dec, trend in kpis:
        ws = wb.create_sheet(kid)
        ws.append([f"{kid} {title}"])
        ws["A1"].font = Font(bold=True, size=13)
        ws.append([f"Enhet: {unit}. Källa: Kolada (RKA), hämtat 2025-11-20"])
        ws.append([])
        ws.append(["Kommun-id", "Kommun", "2022", "2023", "2024"])
        for c in ["19", "09", "25"]:
            for code, name in MUNIS[c]:
                v0 = mean + rng.normal(0, sd)
                vals = []
                for k in range(3):
                    v0 = v0 + trend + rng.normal(0, sd * 0.08)
                    vals.append(round(max(v0, 0.3), dec))
                # a few missing values as Kolada shows them
                if name == "Arjeplog" and kid == "N02904":
                    vals[0] = None
                ws.append([code, name] + vals)
        for c, cname in COUNTIES.items():
            ws.append([c.zfill(4), cname] +
                      [round(mean + trend * (k + 1) + rng.normal(0, sd * 0.2), dec) for k in range(3)])
        ws.append(["0000", "Riket"] +
                  [round(mean + 0.5 + trend * (k + 1), dec) for k in range(3)])
        ws.column_dimensions["B"].width = 22
    wb.save(os.path.join(out, "kolada_nyckeltal_3kpi.xlsx"))


# --------------------------------------------------------------------------- 3. AF varsel XLSX
def write_varsel(out):
    from openpyxl import Workbook
    from openpyxl.styles import Font

    months = pd.period_range("2024-01", "2025-10", freq="M")
    branscher = ["Tillverkning", "Byggverksamhet", "Handel", "Transport och magasinering",
                 "Informations- och kommunikationsverksamhet", "Vård och omsorg"]
    scale = {"19": 1.0, "09": 0.25, "25": 0.8}
    bw = {"Tillverkning": 40, "Byggverksamhet": 18, "Handel": 12,
          "Transport och magasinering": 10, "Informations- och kommunikationsverksamhet": 6,
          "Vård och omsorg": 5}
    wb = Workbook()
    ws = wb.active
    ws.title = "Varsel"
    ws.append(["Varsel om uppsägning – antal berörda personer per månad, län och bransch (SNI 2007)"])
    ws["A1"].font = Font(bold=True)
    ws.append(["Källa: Arbetsförmedlingen. Uttag 2025-11-05. Preliminära siffror för senaste månaden."])
    ws.append([])
    ws.append(["Län", "Månad", "Bransch", "Antal varsel (personer)"])
    for c in ["19", "09", "25"]:
        tot = 0
        for m in months:
            season = 1.5 if m.month in (1, 9, 10) else 1.0
            for b in branscher:
                lam = bw[b] * scale[c] * season
                v = int(rng.poisson(lam))
                if rng.random() < 0.04:
                    v += int(rng.integers(60, 260))  # a large single varsel
                tot += v
                ws.append([COUNTIES[c], str(m), b, v])
        ws.append([f"Summa {COUNTIES[c]}", None, None, tot])
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["C"].width = 40
    wb.save(os.path.join(out, "af_varsel_lan_bransch_2024_2025.xlsx"))


# --------------------------------------------------------------------------- 4. FK TXT
def fmt_thou(n):
    return f"{n:,}".replace(",", " ")


def write_fk(out):
    lines = ["Mottagare av aktivitetsersättning efter län, kön och åldersgrupp",
             "Antal personer, december 2024",
             "Källa: Försäkringskassan (MiDAS)",
             "",
             "\t".join(["Län", "Kön", "19-24 år", "25-29 år", "Totalt"])]
    base = {"Riket": 13800, "Västmanlands län": 560, "Gotlands län": 130, "Norrbottens län": 520}
    data = {}
    for reg in ["Västmanlands län", "Gotlands län", "Norrbottens län", "Riket"]:
        for kon, share in [("Kvinnor", 0.44), ("Män", 0.56)]:
            b = base[reg] * share
            y = int(round(b * 1.25 * rng.uniform(0.9, 1.1)))
            o = int(round(b * 0.95 * rng.uniform(0.9, 1.1)))
            data[(reg, kon)] = (y, o)
        ky, ko = data[(reg, "Kvinnor")]
        my, mo = data[(reg, "Män")]
        data[(reg, "Båda könen")] = (ky + my, ko + mo)
    for reg in ["Västmanlands län", "Gotlands län", "Norrbottens län", "Riket"]:
        for kon in ["Kvinnor", "Män", "Båda könen"]:
            y, o = data[(reg, kon)]
            lines.append("\t".join([reg, kon, fmt_thou(y), fmt_thou(o), fmt_thou(y + o)]))
    lines += ["", "Uppgifterna avser personer med utbetalning i december."]
    with open(os.path.join(out, "fk_aktivitetsersattning_lan_2024.txt"), "w",
              encoding="latin-1", newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")


# --------------------------------------------------------------------------- 5. PDF
def write_pdf(out):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                    TableStyle)

    ss = getSampleStyleSheet()
    label = ParagraphStyle("lab", parent=ss["Normal"], fontSize=9, textColor=colors.grey)
    big = ParagraphStyle("big", parent=ss["Normal"], fontSize=26, leading=30,
                         fontName="Helvetica-Bold")
    body = ss["BodyText"]

    def kf(lab, val):
        return [Paragraph(lab, label), Paragraph(val, big)]

    story = [Paragraph("Faktablad: Arbetsmarknaden i Västmanland, Gotland och Norrbotten, "
                       "oktober 2025", ss["Title"]),
             Paragraph("Regional analysenhet. Uppgifter från Arbetsförmedlingen och SCB, "
                       "avser oktober 2025 om inget annat anges.", body),
             Spacer(1, 12)]
    key = [
        ("Arbetslöshet Västmanlands län, andel av arbetskraften 16-64 år", "8,4 %"),
        ("Arbetslöshet Gotlands län, andel av arbetskraften 16-64 år", "5,9 %"),
        ("Arbetslöshet Norrbottens län, andel av arbetskraften 16-64 år", "5,2 %"),
        ("Arbetslöshet riket", "7,1 %"),
        ("Lediga platser, Norrbottens län", "3 418"),
        ("Långtidsarbetslösa (>12 mån), Västmanlands län", "4 127"),
    ]
    cells = [kf(a, b) for a, b in key]
    grid = [[cells[0], cells[1]], [cells[2], cells[3]], [cells[4], cells[5]]]
    t = Table(grid, colWidths=[250, 250])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 10)]))
    story += [t, Spacer(1, 12)]
    story.append(Paragraph(
        "I oktober 2025 var 12 604 personer inskrivna som arbetslösa i Västmanlands län, "
        "vilket är 312 fler än ett år tidigare. På Gotland var 1 905 personer arbetslösa, "
        "och i Norrbottens län 6 288 personer. Ungdomsarbetslösheten (18-24 år) var högst i "
        "Västmanlands län med 11,6 procent, jämfört med 7,8 procent i Norrbottens län och "
        "8,9 procent på Gotland.", body))
    story.append(PageBreak())
    story.append(Paragraph("Arbetslöshet per kommun och grupp, oktober 2025", ss["Heading2"]))
    left = [["Kommun", "Arbetslösa, %"],
            ["Västerås", "8,9"], ["Köping", "9,6"], ["Fagersta", "11,3"], ["Sala", "6,2"],
            ["Luleå", "5,0"], ["Kiruna", "3,4"], ["Gotland", "5,9"]]
    right = [["Grupp (tre länen)", "Andel, %"],
             ["Kvinnor", "6,8"], ["Män", "7,5"], ["Utrikes födda", "17,9"],
             ["Inrikes födda", "4,1"], ["18-24 år", "9,8"]]
    st = TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                     ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                     ("FONTSIZE", (0, 0), (-1, -1), 9)])
    lt, rt = Table(left), Table(right)
    lt.setStyle(st)
    rt.setStyle(st)
    story += [Table([[lt, rt]], colWidths=[250, 250]), Spacer(1, 14)]
    story.append(Paragraph(
        "Antalet lediga platser i Norrbottens län minskade med 9 procent jämfört med oktober "
        "2024, främst inom gruvnäring och byggverksamhet. I Västmanlands län ökade antalet "
        "varslade personer under året, och Fagersta har nu den högsta arbetslösheten bland "
        "kommunerna i de tre länen med 11,3 procent.", body))
    story.append(Paragraph(
        "Andelen långtidsarbetslösa av samtliga inskrivna arbetslösa var 38 procent i "
        "Västmanlands län och 29 procent i Norrbottens län.", body))
    doc = SimpleDocTemplate(os.path.join(out, "faktablad_arbetsmarknad_okt2025.pdf"),
                            pagesize=A4, title="Faktablad arbetsmarknad oktober 2025")
    doc.build(story)


# --------------------------------------------------------------------------- 6. Register
def write_register(out):
    n = 460
    names, lans = [], []
    allm = [(name, COUNTIES[c]) for c in MUNIS for _, name in MUNIS[c]]
    w = np.array([POP[m] for m, _ in allm], dtype=float) ** 0.8
    w /= w.sum()
    pick = rng.choice(len(allm), size=n, p=w)
    insatser = ["Arbetsmarknadsutbildning", "Arbetspraktik", "Lönestöd",
                "Rusta och matcha", "Förberedande insatser"]
    ip = [0.25, 0.2, 0.15, 0.25, 0.15]
    rows = []
    start0 = date(2023, 1, 2)
    for i in range(n):
        m, l = allm[pick[i]]
        ins = insatser[rng.choice(5, p=ip)]
        age = int(np.clip(rng.normal({"Arbetsmarknadsutbildning": 34, "Arbetspraktik": 27,
                                      "Lönestöd": 42, "Rusta och matcha": 38,
                                      "Förberedande insatser": 31}[ins], 9), 18, 64))
        kon = "Kvinna" if rng.random() < 0.46 else "Man"
        s = start0 + timedelta(days=int(rng.integers(0, 1000)))
        dur = int(rng.integers(30, 365))
        e = s + timedelta(days=dur)
        if e > date(2025, 10, 31) or rng.random() < 0.08:
            slut, utfall = "", "Pågår"
        else:
            slut = e.isoformat()
            pw = {"Arbetsmarknadsutbildning": [0.5, 0.2, 0.3], "Arbetspraktik": [0.4, 0.2, 0.4],
                  "Lönestöd": [0.7, 0.05, 0.25], "Rusta och matcha": [0.45, 0.15, 0.4],
                  "Förberedande insatser": [0.3, 0.3, 0.4]}[ins]
            utfall = ["Arbete", "Studier", "Avbrott"][rng.choice(3, p=pw)]
        rows.append({"deltagar_id": f"D{100000 + i * 7 + int(rng.integers(0, 7))}",
                     "startdatum": s.isoformat(), "slutdatum": slut, "kommun": m, "lan": l,
                     "alder": age, "kon": kon, "insats": ins, "utfall": utfall})
    df = pd.DataFrame(rows).sort_values("startdatum").reset_index(drop=True)
    df = df.rename(columns={"lan": "län", "alder": "ålder", "kon": "kön"})
    df.to_csv(os.path.join(out, "register_arbetsmarknadsinsatser_2023_2025.csv"), sep=";",
              index=False, encoding="utf-8-sig")


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    write_scb(out)
    write_kolada(out)
    write_varsel(out)
    write_fk(out)
    write_pdf(out)
    write_register(out)
    print("wrote", sorted(os.listdir(out)))


if __name__ == "__main__":
    main()
