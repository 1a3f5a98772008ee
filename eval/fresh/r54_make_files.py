"""Write six realistic Swedish statistics exports (round 54: Halland, Dalarna, Uppsala).

Usage: python make_files.py OUT_DIR
"""
import csv
import os
import sys
from datetime import date, timedelta

import numpy as np
import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Font

rng = np.random.default_rng(54)

# (kod, namn, folkmängd ungefär, länskod)
KOMMUNER = [
    ("0305", "Håbo", 22500, "03"), ("0319", "Älvkarleby", 9600, "03"),
    ("0330", "Knivsta", 20600, "03"), ("0331", "Heby", 14300, "03"),
    ("0360", "Tierp", 21500, "03"), ("0380", "Uppsala", 246000, "03"),
    ("0381", "Enköping", 47000, "03"), ("0382", "Östhammar", 22400, "03"),
    ("1315", "Hylte", 10800, "13"), ("1380", "Halmstad", 105000, "13"),
    ("1381", "Laholm", 26000, "13"), ("1382", "Falkenberg", 46500, "13"),
    ("1383", "Varberg", 66500, "13"), ("1384", "Kungsbacka", 85500, "13"),
    ("2021", "Vansbro", 6700, "20"), ("2023", "Malung-Sälen", 10000, "20"),
    ("2026", "Gagnef", 10200, "20"), ("2029", "Leksand", 15900, "20"),
    ("2031", "Rättvik", 10900, "20"), ("2034", "Orsa", 6900, "20"),
    ("2039", "Älvdalen", 7100, "20"), ("2061", "Smedjebacken", 10700, "20"),
    ("2062", "Mora", 20500, "20"), ("2080", "Falun", 59800, "20"),
    ("2081", "Borlänge", 52200, "20"), ("2082", "Säter", 11100, "20"),
    ("2083", "Hedemora", 15200, "20"), ("2084", "Avesta", 23000, "20"),
    ("2085", "Ludvika", 25900, "20"),
]
LAN = {"03": "Uppsala län", "13": "Hallands län", "20": "Dalarnas län"}
LAN_ORDER = ["03", "13", "20"]
KOLADA_LAN = {"03": "Region Uppsala", "13": "Region Halland", "20": "Region Dalarna"}
# arbetsmarknadsläge per kommun: multiplikator för arbetslöshet
LAN_UNEMP = {"03": 5.6, "13": 5.2, "20": 7.1}
SPECIAL_UNEMP = {"Borlänge": 1.55, "Avesta": 1.45, "Ludvika": 1.3, "Hedemora": 1.25,
                 "Kungsbacka": 0.62, "Knivsta": 0.6, "Håbo": 0.8, "Älvkarleby": 1.3,
                 "Halmstad": 1.25, "Hylte": 1.2, "Leksand": 0.75, "Gagnef": 0.7,
                 "Uppsala": 1.05, "Enköping": 1.05, "Tierp": 1.05}


def kommuner_i(lan):
    return [k for k in KOMMUNER if k[3] == lan]


# --------------------------------------------------------------------------- 1 SCB
def scb_forvarvsarbetande(out):
    years = [2021, 2022, 2023, 2024]
    rows = []
    lan_sum = {lan: {s: np.zeros(4, dtype=int) for s in ("män", "kvinnor")} for lan in LAN}
    for kod, namn, pop, lan in KOMMUNER:
        base = pop * rng.uniform(0.44, 0.52)
        growth = rng.normal(0.006, 0.008, size=3)
        level = [base]
        for g in growth:
            level.append(level[-1] * (1 + g))
        share_m = rng.uniform(0.515, 0.545)
        for sex, share in (("män", share_m), ("kvinnor", 1 - share_m)):
            vals = np.array([int(round(v * share * rng.uniform(0.995, 1.005))) for v in level])
            lan_sum[lan][sex] += vals
            rows.append((f"{kod} {namn}", sex, vals, lan))
    out_rows = [("00 Riket", "män", np.array([2722410, 2741385, 2755902, 2749118])),
                ("00 Riket", "kvinnor", np.array([2480176, 2502934, 2521867, 2523455]))]
    for lan in LAN_ORDER:
        for sex in ("män", "kvinnor"):
            out_rows.append((f"{lan} {LAN[lan]}", sex, lan_sum[lan][sex]))
        for r in rows:
            if r[3] == lan:
                out_rows.append(r[:3])
    path = os.path.join(out, "scb_forvarvsarbetande_nattbef_2021_2024.csv")
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        w.writerow(["Förvärvsarbetande 16-74 år med bostad i regionen (nattbefolkning) efter "
                    "region, kön och år"])
        w.writerow([])
        w.writerow(["region", "kön"] + [str(y) for y in years])
        for reg, sex, vals in out_rows:
            w.writerow([reg, sex] + [str(int(v)) for v in vals])
        w.writerow([])
        w.writerow(["Källa: SCB, Registerbaserad arbetsmarknadsstatistik (RAMS/BAS). "
                    "Uttag 2025-10-21."])


# --------------------------------------------------------------------------- 2 AF
def af_arbetslosa(out):
    months = [f"2025-{m:02d}" for m in range(1, 11)]
    season = np.array([1.06, 1.05, 1.03, 1.0, 0.97, 0.98, 1.04, 1.01, 0.97, 0.96])
    rows = []
    lan_tot = {lan: {"open": np.zeros(10), "prog": np.zeros(10), "ak": 0} for lan in LAN}
    for kod, namn, pop, lan in KOMMUNER:
        ak = int(pop * rng.uniform(0.50, 0.55))
        rate = LAN_UNEMP[lan] * SPECIAL_UNEMP.get(namn, rng.uniform(0.85, 1.1)) / 100
        tot = ak * rate * season * rng.uniform(0.98, 1.02, size=10)
        open_share = rng.uniform(0.45, 0.55)
        openv = np.round(tot * open_share).astype(int)
        progv = np.round(tot * (1 - open_share) * rng.uniform(0.97, 1.03, size=10)).astype(int)
        lan_tot[lan]["open"] += openv
        lan_tot[lan]["prog"] += progv
        lan_tot[lan]["ak"] += ak
        rows.append((LAN[lan], f"{namn}", kod, openv, progv, ak))
    out_rows = []
    riket_ak = 5420000
    r_open = np.round(riket_ak * 0.0345 * season).astype(int)
    r_prog = np.round(riket_ak * 0.0335 * season * rng.uniform(0.99, 1.01, size=10)).astype(int)
    out_rows.append(("Riket", "Riket", "00", r_open, r_prog, riket_ak))
    for lan in LAN_ORDER:
        t = lan_tot[lan]
        out_rows.append((LAN[lan], LAN[lan], lan, t["open"].astype(int), t["prog"].astype(int),
                         t["ak"]))
        out_rows += [r for r in rows if r[0] == LAN[lan]]
    wb = Workbook()
    ws = wb.active
    ws.title = "Inskrivna arbetslösa"
    ws.append(["Inskrivna arbetslösa 16-64 år per kommun och månad, januari-oktober 2025"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(["Källa: Arbetsförmedlingen. Antal personer och andel (%) av den "
               "registerbaserade arbetskraften."])
    ws.append([])
    ws.append(["Län", "Kommun", "Kommunkod", "Månad", "Öppet arbetslösa",
               "Sökande i program med aktivitetsstöd", "Totalt",
               "Andel av registerbaserad arbetskraft (%)"])
    for c in ws[4]:
        c.font = Font(bold=True)
    for lan, kommun, kod, openv, progv, ak in out_rows:
        for i, m in enumerate(months):
            total = int(openv[i] + progv[i])
            ws.append([lan, kommun, kod, m, int(openv[i]), int(progv[i]), total,
                       round(100 * total / ak, 1)])
    ws2 = wb.create_sheet("Förklaringar")
    for line in [
        ["Begrepp", "Förklaring"],
        ["Öppet arbetslösa", "Inskrivna arbetssökande som saknar arbete och aktivt söker "
                             "och omedelbart kan ta ett arbete."],
        ["Sökande i program med aktivitetsstöd", "Inskrivna som deltar i ett "
                                                 "arbetsmarknadspolitiskt program med "
                                                 "aktivitetsstöd eller utvecklingsersättning."],
        ["Totalt", "Summan av öppet arbetslösa och sökande i program med aktivitetsstöd."],
        ["Andel av registerbaserad arbetskraft (%)", "Totalt inskrivna arbetslösa i procent "
                                                     "av den registerbaserade arbetskraften "
                                                     "16-64 år (SCB, BAS)."],
        ["Avser", "Situationen vid månadens slut."],
    ]:
        ws2.append(line)
    wb.save(os.path.join(out, "af_inskrivna_arbetslosa_kommun_2025.xlsx"))


# --------------------------------------------------------------------------- 3 Kolada
def kolada(out):
    rows = []
    years = [2022, 2023, 2024]
    units = [("0000", "Riket", None)]
    for lan in LAN_ORDER:
        units.append(("00" + lan, KOLADA_LAN[lan], lan))
        units += [(kod, namn, lan) for kod, namn, _, l in KOMMUNER if l == lan]
    for kid, name, lan in units:
        # 0-19 andel
        base_young = {"Knivsta": 30.5, "Håbo": 26.5, "Kungsbacka": 26.2, "Uppsala": 23.6,
                      "Riket": 22.9}.get(name, rng.uniform(20.5, 24.0))
        drift = rng.normal(-0.15, 0.1)
        base_old = {"Riket": 20.5, "Knivsta": 14.8, "Uppsala": 17.0}.get(
            name, rng.uniform(20.5, 28.5) if lan == "20" else rng.uniform(18.5, 24.0))
        base_fb = {"Borlänge": 6.4, "Avesta": 5.9, "Ludvika": 5.1, "Knivsta": 1.4,
                   "Kungsbacka": 1.6, "Riket": 4.1}.get(name, rng.uniform(2.0, 4.8))
        fb_drift = rng.normal(-0.1, 0.15)
        for j, y in enumerate(years):
            t = base_young + drift * j
            k = t - rng.uniform(0.3, 0.9)
            m = t + rng.uniform(0.3, 0.9)
            for sex, v in (("T", t), ("K", k), ("M", m)):
                rows.append(("N01951", "Invånare 0-19 år, andel (%)", name, kid, y, sex,
                             round(v, 1)))
            o = base_old + rng.uniform(0.1, 0.35) * j
            ok = o + rng.uniform(0.8, 1.8)
            om = o - rng.uniform(0.8, 1.8)
            for sex, v in (("T", o), ("K", ok), ("M", om)):
                rows.append(("N01981", "Invånare 65 år och äldre, andel (%)", name, kid, y, sex,
                             round(v, 1)))
            fb = max(0.6, base_fb + fb_drift * j)
            rows.append(("N31807", "Invånare som någon gång under året erhållit ekonomiskt "
                                   "bistånd, andel (%)", name, kid, y, "T", round(fb, 1)))
    df = pd.DataFrame(rows, columns=["kpi", "kpi-titel", "kommun", "kommun-id", "år", "kön",
                                     "värde"])
    df["värde"] = df["värde"].map(lambda v: f"{v:.1f}".replace(".", ","))
    df.to_csv(os.path.join(out, "kolada_nyckeltal_2022_2024.csv"), sep=";", index=False,
              encoding="utf-8")


# --------------------------------------------------------------------------- 4 FK
def fk_sjukpenningtal(out):
    years = [2020, 2021, 2022, 2023, 2024]
    yfac = {2020: 1.0, 2021: 0.93, 2022: 0.97, 2023: 1.03, 2024: 1.05}
    lan_lvl = {"03": 0.92, "13": 0.98, "20": 1.14}
    base = {}
    for kod, namn, pop, lan in KOMMUNER:
        base[namn] = lan_lvl[lan] * rng.uniform(0.88, 1.14)
    wb = Workbook()
    wb.remove(wb.active)
    missing = {(2020, "Vansbro", "Män"), (2021, "Orsa", "Kvinnor"), (2022, "Älvdalen", "Män"),
               (2023, "Vansbro", "Kvinnor"), (2024, "Orsa", "Män")}
    for y in years:
        ws = wb.create_sheet(str(y))
        ws.append([f"Sjukpenningtal per kommun och kön, {y}"])
        ws["A1"].font = Font(bold=True, size=13)
        ws.append(["Antal nettodagar med sjukpenning och rehabiliteringspenning per "
                   "registrerad försäkrad 16-64 år. Källa: Försäkringskassan."])
        ws.append([])
        ws.append(["Län", "Kommunkod", "Kommun", "Kvinnor", "Män", "Samtliga"])
        for c in ws[4]:
            c.font = Font(bold=True)

        def vals(level, noise=True):
            k = 11.6 * level * yfac[y] * (rng.uniform(0.97, 1.03) if noise else 1)
            m = 6.5 * level * yfac[y] * (rng.uniform(0.96, 1.04) if noise else 1)
            return round(k, 1), round(m, 1), round(0.49 * k + 0.51 * m, 1)

        def cell(v, y, namn, sex, i):
            if (y, namn, sex) in missing:
                return ".."
            # some cells written as text with decimal comma, as in the real export
            if (i + len(namn) + y) % 4 == 0:
                return f"{v:.1f}".replace(".", ",")
            return v

        k, m, t = vals(1.0, noise=False)
        ws.append(["Riket", "00", "Riket", k, m, t])
        i = 0
        for lan in LAN_ORDER:
            kk = kommuner_i(lan)
            lv = np.mean([base[n] for _, n, _, _ in kk])
            k, m, t = vals(lv, noise=False)
            ws.append([LAN[lan], lan, LAN[lan], k, m, t])
            for kod, namn, _, _ in kk:
                k, m, t = vals(base[namn])
                i += 1
                ck = cell(k, y, namn, "Kvinnor", i)
                cm = cell(m, y, namn, "Män", i + 1)
                ct = ".." if (ck == ".." or cm == "..") else cell(t, y, namn, "Samtliga", i + 2)
                ws.append([LAN[lan], kod, namn, ck, cm, ct])
        ws.append([])
        ws.append([".. = uppgift saknas eller för få försäkrade för att redovisas."])
    wb.save(os.path.join(out, "fk_sjukpenningtal_kommun_2020_2024.xlsx"))


# --------------------------------------------------------------------------- 5 PDF
def pdf_utblick(out):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                    PageBreak)

    def sv(v):
        return f"{v:.1f}".replace(".", ",")

    areas = ["Hallands län", "Dalarnas län", "Uppsala län", "Riket"]
    emp = {"Hallands län": (80.9, 84.6), "Dalarnas län": (79.2, 82.1),
           "Uppsala län": (79.8, 82.4), "Riket": (78.1, 82.6)}
    une = {"Hallands län": (5.9, 6.2), "Dalarnas län": (7.4, 7.9),
           "Uppsala län": (6.3, 6.8), "Riket": (8.3, 8.6)}
    # perturb with rng so values are seeded
    emp = {a: (round(v[0] + rng.uniform(-0.4, 0.4), 1), round(v[1] + rng.uniform(-0.4, 0.4), 1))
           for a, v in emp.items()}
    une = {a: (round(v[0] + rng.uniform(-0.3, 0.3), 1), round(v[1] + rng.uniform(-0.3, 0.3), 1))
           for a, v in une.items()}
    ages = ["16-24 år", "25-34 år", "35-44 år", "45-54 år", "55-64 år", "65-74 år"]
    age_emp = [41.5, 81.2, 88.0, 88.9, 80.6, 19.4]
    age_une = [19.8, 8.1, 5.7, 4.6, 4.2, 2.9]
    age_emp = [round(v + rng.uniform(-0.6, 0.6), 1) for v in age_emp]
    age_une = [round(v + rng.uniform(-0.4, 0.4), 1) for v in age_une]

    styles = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=styles["BodyText"], fontSize=10.5, leading=14)
    cap = ParagraphStyle("cap", parent=styles["BodyText"], fontSize=9.5, leading=12,
                         fontName="Helvetica-Bold")
    src = ParagraphStyle("src", parent=styles["BodyText"], fontSize=8.5, leading=11,
                         textColor=colors.grey)

    def header_footer(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(2 * cm, A4[1] - 1.3 * cm, "Regional utblick 2025 – arbetsmarknaden")
        canvas.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Sida {doc.page}")
        canvas.restoreState()

    story = [Paragraph("Regional utblick 2025", styles["Title"]),
             Paragraph("Arbetsmarknaden i Hallands, Dalarnas och Uppsala län", styles["Heading2"]),
             Paragraph("Regionala utvecklingsenheten, november 2025", body), Spacer(1, 12),
             Paragraph("Sammanfattning", styles["Heading2"]),
             Paragraph(
                 f"Sysselsättningsgraden bland 20-64-åringar var år 2024 högst i Hallands län, "
                 f"där {sv(emp['Hallands län'][1])} procent av männen och "
                 f"{sv(emp['Hallands län'][0])} procent av kvinnorna var sysselsatta. I Dalarnas "
                 f"län var arbetslösheten {sv(une['Dalarnas län'][0])} procent bland kvinnorna "
                 f"och {sv(une['Dalarnas län'][1])} procent bland männen, vilket är lägre än i "
                 f"riket som helhet ({sv(une['Riket'][0])} respektive {sv(une['Riket'][1])} "
                 f"procent).", body),
             Spacer(1, 8),
             Paragraph(
                 "Arbetsmarknaden i de tre länen försvagades under 2023 och 2024 i takt med "
                 "lägre byggande och en svagare industrikonjunktur. Varslen ökade särskilt inom "
                 "tillverkning i södra Dalarna och inom handel och transport i Halland. Samtidigt "
                 "har offentlig sektor i Uppsala län fortsatt att växa, vilket dämpat "
                 "nedgången i sysselsättningen.", body),
             Spacer(1, 12),
             Paragraph("Sysselsättning och arbetslöshet efter kön", styles["Heading2"]),
             Paragraph(
                 "Tabell 1 jämför de tre länen med riket. Uppgifterna kommer från SCB:s "
                 "arbetskraftsundersökningar (AKU) och avser årsmedeltal för befolkningen "
                 "20-64 år. Skillnaden mellan könen i sysselsättningsgrad är minst i Uppsala "
                 "län.", body), Spacer(1, 8),
             Paragraph("Tabell 1. Sysselsättningsgrad och arbetslöshet 20-64 år efter kön och "
                       "län, 2024 (procent)", cap)]
    t1 = [["Område", "Sysselsättningsgrad\nkvinnor", "Sysselsättningsgrad\nmän",
           "Arbetslöshet\nkvinnor", "Arbetslöshet\nmän"]]
    for a in areas:
        t1.append([a, sv(emp[a][0]), sv(emp[a][1]), sv(une[a][0]), sv(une[a][1])])
    ts = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                     ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f0")),
                     ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                     ("FONTSIZE", (0, 0), (-1, -1), 9),
                     ("FONTSIZE", (0, 0), (-1, 0), 8),
                     ("ALIGN", (1, 1), (-1, -1), "RIGHT")])
    tab = Table(t1, colWidths=[3.0 * cm, 3.4 * cm, 3.4 * cm, 3 * cm, 3 * cm])
    tab.setStyle(ts)
    story += [tab, Paragraph("Källa: SCB, AKU. Bearbetning: Regionala utvecklingsenheten.", src),
              Spacer(1, 12),
              Paragraph(
                  "Arbetslösheten bland män var högre än bland kvinnor i samtliga tre län. "
                  f"Lägst arbetslöshet hade kvinnorna i Hallands län med {sv(une['Hallands län'][0])} "
                  "procent. I Uppsala län var sysselsättningsgraden bland kvinnor "
                  f"{sv(emp['Uppsala län'][0])} procent.", body),
              PageBreak(),
              Paragraph("Unga och äldre på arbetsmarknaden i Dalarna", styles["Heading2"]),
              Paragraph(
                  "Åldersstrukturen påverkar hur arbetsmarknaden utvecklas. Dalarnas län har en "
                  "äldre befolkning än riket, och många av dem som går i pension de närmaste "
                  "åren arbetar inom vård, omsorg och industri. Tabell 2 visar sysselsättningsgrad "
                  "och arbetslöshet efter åldersgrupp i Dalarnas län.", body), Spacer(1, 8),
              Paragraph("Tabell 2. Sysselsättningsgrad och arbetslöshet efter ålder, Dalarnas "
                        "län 2024 (procent)", cap)]
    t2 = [["Åldersgrupp", "Sysselsättningsgrad", "Arbetslöshet"]]
    for a, e, u in zip(ages, age_emp, age_une):
        t2.append([a, sv(e), sv(u)])
    tab2 = Table(t2, colWidths=[4 * cm, 4 * cm, 4 * cm])
    tab2.setStyle(ts)
    story += [tab2, Paragraph("Källa: SCB, AKU. Osäkerheten är stor för små grupper.", src),
              Spacer(1, 12),
              Paragraph(
                  f"Bland unga 16-24 år i Dalarnas län var arbetslösheten {sv(age_une[0])} procent "
                  f"och sysselsättningsgraden {sv(age_emp[0])} procent. I åldern 55-64 år var "
                  f"{sv(age_emp[4])} procent sysselsatta.", body),
              Spacer(1, 8),
              Paragraph("Slutsatser", styles["Heading2"]),
              Paragraph(
                  "Regionerna behöver fortsätta samverka kring kompetensförsörjning. Insatser för "
                  "unga som varken arbetar eller studerar och för personer som står långt från "
                  "arbetsmarknaden bör prioriteras, liksom validering och korta yrkesutbildningar "
                  "inom bristyrken. Uppföljningen sker i nästa utblick hösten 2026.", body)]
    for _ in range(3):
        story.append(Spacer(1, 6))
        story.append(Paragraph(
            "Arbetsmarknadsläget skiljer sig mellan kommunerna inom varje län. Kommuner med en "
            "stor andel industrijobb har påverkats mer av konjunkturen, medan kommuner nära "
            "större arbetsmarknadsregioner har haft en stabilare utveckling. Pendlingen över "
            "länsgränserna har ökat, särskilt mellan norra Halland och Göteborgsregionen och "
            "mellan Uppsala län och Stockholms län.", body))
    doc = SimpleDocTemplate(os.path.join(out, "regional_utblick_2025.pdf"), pagesize=A4,
                            title="Regional utblick 2025", author="Regionala utvecklingsenheten",
                            topMargin=2 * cm, bottomMargin=2 * cm)
    doc.build(story, onFirstPage=header_footer, onLaterPages=header_footer)


# --------------------------------------------------------------------------- 6 register
def register(out):
    n = 436
    names = [k[1] for k in KOMMUNER]
    w = np.sqrt(np.array([k[2] for k in KOMMUNER], dtype=float))
    w = w / w.sum()
    insatser = ["Arbetsmarknadsutbildning", "Arbetspraktik", "Lönestöd",
                "Studiemotiverande kurs", "Jobbsökaraktiviteter"]
    kost_mu = {"Arbetsmarknadsutbildning": 62000, "Arbetspraktik": 18000, "Lönestöd": 95000,
               "Studiemotiverande kurs": 24000, "Jobbsökaraktiviteter": 9000}
    utfall_p = {"Arbetsmarknadsutbildning": [0.42, 0.14, 0.30, 0.14],
                "Arbetspraktik": [0.33, 0.10, 0.40, 0.17],
                "Lönestöd": [0.58, 0.04, 0.26, 0.12],
                "Studiemotiverande kurs": [0.16, 0.47, 0.25, 0.12],
                "Jobbsökaraktiviteter": [0.30, 0.08, 0.45, 0.17]}
    utfall = ["arbete", "studier", "fortsatt inskriven", "annat"]
    rows = []
    start0 = date(2024, 1, 8)
    for i in range(n):
        kom = rng.choice(names, p=w)
        kon = "Kvinna" if rng.random() < 0.46 else "Man"
        ins = rng.choice(insatser, p=[0.24, 0.26, 0.14, 0.12, 0.24])
        age = int(np.clip(rng.normal(35 if ins != "Studiemotiverande kurs" else 24, 10), 18, 64))
        st = start0 + timedelta(days=int(rng.integers(0, 520)))
        dur = int(rng.integers(30, 300))
        ut = rng.choice(utfall, p=utfall_p[ins])
        sl = st + timedelta(days=dur)
        sl_s = "" if ut == "fortsatt inskriven" and sl > date(2025, 9, 30) else sl.isoformat()
        if ut == "fortsatt inskriven" and sl_s:
            sl_s = ""
        kost = int(round(kost_mu[ins] * dur / 150 * rng.uniform(0.7, 1.3), -2))
        rows.append([f"SV-{24000 + i * 7 + int(rng.integers(0, 7))}", st.isoformat(), sl_s,
                     kom, kon, age, ins, ut, kost])
    df = pd.DataFrame(rows, columns=["deltagar_id", "startdatum", "slutdatum", "kommun", "kön",
                                     "ålder", "insats", "utfall", "kostnad (kr)"])
    df.to_csv(os.path.join(out, "deltagarregister_steg_vidare_2024_2025.csv"), sep=";",
              index=False, encoding="cp1252")


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    scb_forvarvsarbetande(out)
    af_arbetslosa(out)
    kolada(out)
    fk_sjukpenningtal(out)
    pdf_utblick(out)
    register(out)


if __name__ == "__main__":
    main()
