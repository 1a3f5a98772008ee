"""Write six realistic Swedish statistics exports (round 74) into OUT_DIR.

Regions: Västra Götalands län (14), Södermanlands län (04), Kronobergs län (07) + Riket.
Usage: python make_files.py OUT_DIR
"""
import csv
import datetime as dt
import os
import sys

import numpy as np
import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Font

rng = np.random.default_rng(74)

# ---------------------------------------------------------------- geography
# (code, name, approx population 2023)
VG = [
    ("1401", "Härryda", 39200), ("1402", "Partille", 40300), ("1407", "Öckerö", 12900),
    ("1415", "Stenungsund", 27400), ("1419", "Tjörn", 16000), ("1421", "Orust", 15300),
    ("1427", "Sotenäs", 8900), ("1430", "Munkedal", 10500), ("1435", "Tanum", 13100),
    ("1438", "Dals-Ed", 4700), ("1439", "Färgelanda", 6500), ("1440", "Ale", 32600),
    ("1441", "Lerum", 43900), ("1442", "Vårgårda", 12300), ("1443", "Bollebygd", 10200),
    ("1444", "Grästorp", 5600), ("1445", "Essunga", 5600), ("1446", "Karlsborg", 6800),
    ("1447", "Gullspång", 5200), ("1452", "Tranemo", 11700), ("1460", "Bengtsfors", 9300),
    ("1461", "Mellerud", 8800), ("1462", "Lilla Edet", 14300), ("1463", "Mark", 35200),
    ("1465", "Svenljunga", 10600), ("1466", "Herrljunga", 9500), ("1470", "Vara", 16100),
    ("1471", "Götene", 13300), ("1472", "Tibro", 11300), ("1473", "Töreboda", 9200),
    ("1480", "Göteborg", 604800), ("1481", "Mölndal", 70900), ("1482", "Kungälv", 48300),
    ("1484", "Lysekil", 14400), ("1485", "Uddevalla", 57300), ("1486", "Strömstad", 13300),
    ("1487", "Vänersborg", 40000), ("1488", "Trollhättan", 59800), ("1489", "Alingsås", 42200),
    ("1490", "Borås", 115000), ("1491", "Ulricehamn", 25100), ("1492", "Åmål", 12300),
    ("1493", "Mariestad", 24700), ("1494", "Lidköping", 40100), ("1495", "Skara", 18800),
    ("1496", "Skövde", 57700), ("1497", "Hjo", 9200), ("1498", "Tidaholm", 12900),
    ("1499", "Falköping", 33800),
]
SO = [
    ("0428", "Vingåker", 9100), ("0461", "Gnesta", 11300), ("0480", "Nyköping", 58200),
    ("0481", "Oxelösund", 12100), ("0482", "Flen", 16300), ("0483", "Katrineholm", 34900),
    ("0484", "Eskilstuna", 107600), ("0486", "Strängnäs", 38200), ("0488", "Trosa", 14300),
]
KR = [
    ("0760", "Uppvidinge", 9600), ("0761", "Lessebo", 9000), ("0763", "Tingsryd", 12400),
    ("0764", "Alvesta", 20500), ("0765", "Älmhult", 18000), ("0767", "Markaryd", 10100),
    ("0780", "Växjö", 96900), ("0781", "Ljungby", 28600),
]
COUNTIES = [("14", "Västra Götalands län", VG), ("04", "Södermanlands län", SO),
            ("07", "Kronobergs län", KR)]
RIKET_POP = 10_551_700

AGE_BANDS = ["0-4 år", "5-9 år", "10-14 år", "15-19 år", "20-24 år", "25-29 år", "30-34 år",
             "35-39 år", "40-44 år", "45-49 år", "50-54 år", "55-59 år", "60-64 år",
             "65-69 år", "70-74 år", "75-79 år", "80-84 år", "85+ år"]
BASE_AGE = np.array([5.4, 6.0, 6.2, 5.9, 5.7, 6.4, 6.9, 6.8, 6.4, 6.3, 6.6, 6.4, 5.8,
                     5.5, 5.3, 4.6, 2.9, 2.5])
BASE_AGE = BASE_AGE / BASE_AGE.sum()


def age_split(total, urban):
    shares = BASE_AGE.copy()
    if urban:   # more young adults, fewer old
        shares[4:9] *= 1.18
        shares[13:] *= 0.82
    else:
        shares[4:8] *= 0.85
        shares[13:] *= 1.15
    shares = shares * rng.uniform(0.93, 1.07, len(shares))
    shares = shares / shares.sum()
    vals = np.floor(shares * total).astype(int)
    vals[np.argmax(vals)] += total - vals.sum()
    return vals


# ---------------------------------------------------------------- 1. SCB population
def make_scb(out):
    pop = {}  # (year, code) -> array of 18 bands
    for year in (2023, 2024):
        for lan_code, lan_name, munis in COUNTIES:
            for code, name, p in munis:
                if year == 2023:
                    total = p + int(rng.integers(-150, 150))
                else:
                    prev = pop[(2023, code)].sum()
                    total = int(round(prev * (1 + rng.normal(0.004, 0.006))))
                urban = p > 35000
                pop[(year, code)] = age_split(total, urban)
        riket_total = RIKET_POP if year == 2023 else RIKET_POP + 35_400
        pop[(year, "00")] = age_split(riket_total, True)
    wb = Workbook()
    ws = wb.active
    ws.title = "Folkmängd"
    ws.append(["Folkmängd efter region, ålder och år. 31 december"])
    ws["A1"].font = Font(bold=True)
    ws.append([])
    for year in (2023, 2024):
        ws.append([str(year)])
        ws.append(["region"] + AGE_BANDS + ["Totalt"])
        riket = pop[(year, "00")]
        ws.append(["00 Riket"] + [int(v) for v in riket] + [int(riket.sum())])
        for lan_code, lan_name, munis in COUNTIES:
            lan = sum(pop[(year, c)] for c, _, _ in munis)
            ws.append([f"{lan_code} {lan_name}"] + [int(v) for v in lan] + [int(lan.sum())])
            for code, name, _ in munis:
                v = pop[(year, code)]
                ws.append([f"{code} {name}"] + [int(x) for x in v] + [int(v.sum())])
        ws.append([])
    ws.append(["Källa: SCB, Befolkningsstatistik. Uttag 2025-03-20."])
    wb.save(os.path.join(out, "scb_folkmangd_alder_2023_2024.xlsx"))
    return pop


# ---------------------------------------------------------------- 2. Kolada long CSV
KPIS = [
    ("N00914", "Förvärvsarbetande invånare 20-64 år, andel (%)", 80.5, 3.5),
    ("N03923", "Arbetslöshet 18-65 år, andel (%) av befolkningen", 6.8, 2.2),
    ("N00941", "Invånare 25-64 år med eftergymnasial utbildning, andel (%)", 44.0, 8.0),
]


def make_kolada(out):
    rows = []
    units = [("0000", "Riket", None)]
    for lan_code, lan_name, munis in COUNTIES:
        units.append(("00" + lan_code, lan_name, None))
        units += [(c, n, None) for c, n, _ in munis]
    for kpi, namn, mean, sd in KPIS:
        for uid, uname, _ in units:
            base = mean + rng.normal(0, sd) if uid != "0000" else mean
            for period in (2023, 2024):
                drift = 0 if period == 2023 else rng.normal(0.3 if kpi != "N03923" else 0.4, 0.4)
                t = base + drift
                if kpi == "N00914":
                    k, m = t - abs(rng.normal(2.0, 1.0)), None
                elif kpi == "N03923":
                    k, m = t - rng.normal(0.5, 0.6), None
                else:
                    k, m = t + abs(rng.normal(10.0, 2.5)), None
                m = 2 * t - k + rng.normal(0, 0.3)
                for kon, v in (("T", t), ("K", k), ("M", m)):
                    rows.append({"kpi": kpi, "kpi_namn": namn, "kommun_id": uid, "kommun": uname,
                                 "period": period, "kon": kon, "varde": round(float(v), 1)})
    df = pd.DataFrame(rows)
    df.to_csv(os.path.join(out, "kolada_nyckeltal_2023_2024.csv"), index=False,
              quoting=csv.QUOTE_NONNUMERIC, encoding="utf-8")


# ---------------------------------------------------------------- 3. AF vacancies XLSX
YRKEN = [
    ("Administration, ekonomi, juridik", 0.10), ("Bygg och anläggning", 0.08),
    ("Data/IT", 0.07), ("Försäljning, inköp, marknadsföring", 0.11),
    ("Hotell, restaurang, storhushåll", 0.07), ("Hälso- och sjukvård", 0.14),
    ("Industriell tillverkning", 0.06), ("Installation, drift, underhåll", 0.05),
    ("Pedagogik", 0.09), ("Socialt arbete", 0.08), ("Tekniskt arbete", 0.07),
    ("Transport", 0.08),
]
QUARTERS = ["2024Q1", "2024Q2", "2024Q3", "2024Q4", "2025Q1", "2025Q2", "2025Q3"]
SEASON = np.array([1.00, 1.12, 0.95, 0.88, 0.97, 1.08, 0.90])


def make_af(out):
    wb = Workbook()
    ws = wb.active
    ws.title = "Lediga platser"
    ws.append(["Nyanmälda lediga platser per yrkesområde och län, kvartal 2024Q1–2025Q3"])
    ws["A1"].font = Font(bold=True)
    ws.append(["Källa: Arbetsförmedlingen. Antal platser."])
    ws.append([])
    ws.append(["Län", "Yrkesområde"] + QUARTERS)
    scale = {"Riket": 118000, "Västra Götalands län": 21500, "Södermanlands län": 3300,
             "Kronobergs län": 2500}
    blocks = {}
    for lan in ["Västra Götalands län", "Södermanlands län", "Kronobergs län"]:
        mat = []
        for yrke, share in YRKEN:
            trend = np.linspace(1.0, rng.normal(0.92, 0.06), len(QUARTERS))
            noise = rng.normal(1, 0.07, len(QUARTERS))
            vals = np.round(scale[lan] * share * SEASON * trend * noise).astype(int)
            mat.append(vals)
        blocks[lan] = np.array(mat)
    # Riket = three counties + rest of country
    rest = []
    for yrke, share in YRKEN:
        trend = np.linspace(1.0, rng.normal(0.92, 0.04), len(QUARTERS))
        noise = rng.normal(1, 0.03, len(QUARTERS))
        rest.append(np.round((scale["Riket"] - 27300) * share * SEASON * trend * noise).astype(int))
    blocks["Riket"] = np.array(rest) + sum(blocks[k] for k in ["Västra Götalands län",
                                                            "Södermanlands län", "Kronobergs län"])
    for lan in ["Riket", "Västra Götalands län", "Södermanlands län", "Kronobergs län"]:
        mat = blocks[lan]
        ws.append([lan, "Samtliga yrkesområden"] + [int(v) for v in mat.sum(axis=0)])
        for (yrke, _), vals in zip(YRKEN, mat):
            ws.append([lan, yrke] + [int(v) for v in vals])
    wb.save(os.path.join(out, "af_lediga_platser_yrkesomrade_lan.xlsx"))


# ---------------------------------------------------------------- 4. FK sick cases CSV
def make_fk(out, pop):
    header = ["Län", "Kommun",
              "Psykiatriska diagnoser Kvinnor", "Psykiatriska diagnoser Män",
              "Muskuloskeletala diagnoser Kvinnor", "Muskuloskeletala diagnoser Män",
              "Övriga diagnoser Kvinnor", "Övriga diagnoser Män"]
    shares = np.array([0.46 * 0.70, 0.46 * 0.30, 0.18 * 0.62, 0.18 * 0.38, 0.36 * 0.60,
                       0.36 * 0.40])

    def fmt(v):
        if v == 0:
            return "–"
        if v < 5:
            return ".."
        return str(int(v))

    lines = []
    all_true = {}
    for lan_code, lan_name, munis in COUNTIES:
        lan_sum = np.zeros(6, dtype=int)
        mrows = []
        for code, name, _ in munis:
            workage = pop[(2024, code)][3:13].sum()  # 15-64
            rate = 0.0105 * rng.uniform(0.8, 1.25)   # >180 days cases per working-age inh.
            mean = workage * rate * shares * rng.uniform(0.85, 1.15, 6)
            vals = rng.poisson(mean)
            if name in ("Dals-Ed", "Essunga"):
                vals[3] = 0  # no ongoing long musculoskeletal cases among men
            lan_sum += vals
            all_true[name] = vals
            mrows.append([lan_name, f"{code} {name}"] + [fmt(v) for v in vals])
        lines.append([lan_name, f"{lan_code} {lan_name}"] + [str(int(v)) for v in lan_sum])
        lines += mrows
    riket = np.round(0.0105 * 6_600_000 * shares).astype(int)
    lines.insert(0, ["Riket", "00 Riket"] + [str(int(v)) for v in riket])
    path = os.path.join(out, "fk_pagaende_sjukfall_diagnos_kon_2025.csv")
    with open(path, "w", encoding="cp1252", newline="") as f:
        f.write("Pågående sjukfall längre än 180 dagar efter diagnosgrupp, kön och kommun, "
                "september 2025\n")
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerow(header)
        w.writerows(lines)
        f.write('\r\n')
        f.write('Förklaring: ".." = uppgiften är skyddad (1–4 fall), "–" = inga fall.\r\n')
        f.write("Källa: Försäkringskassan, MiDAS. Uttag 2025-10-15.\r\n")
    return all_true


# ---------------------------------------------------------------- 5. PDF report Kronoberg
def make_pdf(out, pop):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                    TableStyle)

    styles = getSampleStyleSheet()
    data = {}
    for code, name, p in KR:
        wa = pop[(2024, code)][3:13].sum()
        for sex, f in (("Kvinnor", 0.47), ("Män", 0.53)):
            lab = wa * 0.78 * (0.49 if sex == "Kvinnor" else 0.51)
            share25 = rng.normal(7.4 if name not in ("Lessebo", "Markaryd", "Uppvidinge") else 10.2,
                                 1.0)
            share24 = share25 - rng.normal(0.4, 0.4)
            antal = int(round(lab * share25 / 100))
            data[(sex, name)] = (antal, round(share25, 1), round(share24, 1))
    tot_antal = sum(v[0] for v in data.values())
    lab_tot = sum(pop[(2024, c)][3:13].sum() * 0.78 for c, _, _ in KR)
    tot_share = round(100 * tot_antal / lab_tot, 1)
    doc = SimpleDocTemplate(os.path.join(out, "lagesrapport_kronoberg_hosten_2025.pdf"),
                            pagesize=A4, title="Läget på arbetsmarknaden i Kronoberg, hösten 2025")
    el = [Paragraph("Läget på arbetsmarknaden i Kronoberg, hösten 2025", styles["Title"]),
          Paragraph("Arbetsförmedlingen, Analysavdelningen. Publicerad 2025-11-12.",
                    styles["Normal"]), Spacer(1, 12)]
    fmt = lambda x: f"{x:,}".replace(",", " ")
    dec = lambda x: f"{x:.1f}".replace(".", ",")
    vxo = data[("Kvinnor", "Växjö")][0] + data[("Män", "Växjö")][0]
    el.append(Paragraph(
        f"Arbetsmarknaden i Kronobergs län har fortsatt att försvagas under hösten. I slutet av "
        f"oktober 2025 var {fmt(tot_antal)} personer inskrivna som arbetslösa vid "
        f"Arbetsförmedlingen i länet, vilket motsvarar {dec(tot_share)} procent av den "
        f"registerbaserade arbetskraften 16–64 år. I Växjö kommun var {fmt(vxo)} personer "
        f"inskrivna arbetslösa. Antalet varsel ökade till 1 184 personer under perioden "
        f"juli–oktober, jämfört med 862 samma period 2024.", styles["BodyText"]))
    el.append(Spacer(1, 10))
    el.append(Paragraph("Nyckeltal, Kronobergs län", styles["Heading2"]))
    key = [["Nyckeltal", "Okt 2024", "Okt 2025"],
           ["Inskrivna arbetslösa, antal", fmt(int(tot_antal * 0.95)), fmt(tot_antal)],
           ["Andel av arbetskraften (%)", dec(tot_share - 0.4), dec(tot_share)],
           ["Varsel jul–okt, personer", "862", "1 184"],
           ["Nyanmälda lediga platser jul–okt", "3 412", "3 047"],
           ["Långtidsarbetslösa (>12 mån), andel (%)", "38,6", "41,2"]]
    t = Table(key, hAlign="LEFT")
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    el += [t, Spacer(1, 10)]
    el.append(Paragraph(
        "Långtidsarbetslösheten fortsätter att öka: 41,2 procent av de inskrivna arbetslösa hade "
        "varit utan arbete i mer än tolv månader. Industrin i Älmhult och Ljungby har varslat "
        "flest, medan offentlig sektor i Växjö fortfarande rekryterar.", styles["BodyText"]))
    el.append(PageBreak())
    el.append(Paragraph("Tabell 2. Inskrivna arbetslösa efter kön och kommun, oktober",
                        styles["Heading2"]))
    rows = [["", "Antal okt 2025", "Andel (%) okt 2025", "Andel (%) okt 2024"]]
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
             ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]
    for sex in ("Kvinnor", "Män"):
        style.append(("FONTNAME", (0, len(rows)), (-1, len(rows)), "Helvetica-Bold"))
        rows.append([sex, "", "", ""])
        for code, name, _ in KR:
            a, s25, s24 = data[(sex, name)]
            rows.append([name, fmt(a), dec(s25), dec(s24)])
    t = Table(rows, hAlign="LEFT")
    t.setStyle(TableStyle(style))
    el += [t, Spacer(1, 10)]
    el.append(Paragraph(
        "Källa: Arbetsförmedlingen. Andel av den registerbaserade arbetskraften 16–64 år. "
        "Kvinnor har lägre arbetslöshet än män i de flesta kommuner.", styles["BodyText"]))
    el.append(PageBreak())
    el.append(Paragraph("Utsikter", styles["Heading2"]))
    for _ in range(3):
        el.append(Paragraph(
            "Arbetsförmedlingen bedömer att arbetslösheten i Kronobergs län når sin topp under "
            "första halvåret 2026 för att sedan sjunka långsamt. Efterfrågan på arbetskraft är "
            "fortsatt stor inom vård och omsorg, utbildning och delar av byggsektorn, medan "
            "tillverkningsindustrin och handeln håller igen på rekryteringar.", styles["BodyText"]))
        el.append(Spacer(1, 8))
    doc.build(el)
    return data


# ---------------------------------------------------------------- 6. ESF register
OWNERS = {
    "Västra Götalands län": ["Göteborgs Stad", "Västra Götalandsregionen", "Borås Stad",
                             "Trollhättans Stad", "Samordningsförbundet Göteborg",
                             "Skövde kommun", "Uddevalla kommun", "Studieförbundet Vuxenskolan Väst",
                             "Lernia Utbildning AB", "Fyrbodals kommunalförbund"],
    "Södermanlands län": ["Eskilstuna kommun", "Region Sörmland", "Nyköpings kommun",
                          "Katrineholms kommun", "Samordningsförbundet RAR i Sörmland",
                          "Strängnäs kommun"],
    "Kronobergs län": ["Växjö kommun", "Region Kronoberg", "Ljungby kommun",
                       "Samordningsförbundet Värend", "Linnéuniversitetet", "Älmhults kommun"],
}
THEMES = ["Vägen till arbete", "Unga in", "Kompetenslyft", "Steget vidare", "Nya möjligheter",
          "Språk och jobb", "Digital kompetens", "Hållbart arbetsliv", "Framtidens vård",
          "Grön omställning", "Jobbcoach", "Inkludering på riktigt", "Brobygget", "Kraftsamling",
          "Mentorskap för nyanlända"]


def make_esf(out):
    rows = []
    lan_p = [0.55, 0.22, 0.23]
    today = dt.date(2025, 11, 1)
    for i in range(92):
        lan = ["Västra Götalands län", "Södermanlands län", "Kronobergs län"][
            rng.choice(3, p=lan_p)]
        owner = OWNERS[lan][rng.integers(len(OWNERS[lan]))]
        theme = THEMES[rng.integers(len(THEMES))]
        start = dt.date(2022 + int(rng.integers(0, 4)), int(rng.integers(1, 13)), 1)
        months = int(rng.integers(12, 37))
        y, m = start.year + (start.month - 1 + months) // 12, (start.month - 1 + months) % 12 + 1
        slut = dt.date(y, m, 1) - dt.timedelta(days=1)
        budget = int(round(rng.lognormal(np.log(8_000_000), 0.6), -3))
        stod = int(round(budget * rng.uniform(0.45, 0.72), -3))
        status = "Avslutat" if slut < today else "Pågående"
        deltagare = int(max(15, round(budget / rng.uniform(40_000, 90_000))))
        rows.append({"Projektnamn": f"{theme} {owner.split()[0]} {start.year}",
                     "Projektägare": owner, "Län": lan, "Beviljat ESF-stöd (kr)": stod,
                     "Total budget (kr)": budget, "Start": start, "Slut": slut,
                     "Status": status, "Antal deltagare": deltagare})
    df = pd.DataFrame(rows)
    # make project names unique
    dup = df.duplicated("Projektnamn", keep=False)
    df.loc[dup, "Projektnamn"] = [f"{n} ({k + 1})" for k, n in
                                  enumerate(df.loc[dup, "Projektnamn"])]
    with pd.ExcelWriter(os.path.join(out, "esf_projektregister_2022_2025.xlsx")) as xw:
        df.to_excel(xw, sheet_name="Projekt", index=False)


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    pop = make_scb(out)
    make_kolada(out)
    make_af(out)
    make_fk(out, pop)
    make_pdf(out, pop)
    make_esf(out)


if __name__ == "__main__":
    main()
