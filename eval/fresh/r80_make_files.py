"""Fresh round 80: build six realistic Swedish statistics files.

Usage: python r80_make_files.py OUT_DIR
"""
import csv
import os
import sys

import numpy as np
import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

rng = np.random.default_rng(80)

# (code, name, county, pop 25-64 2022, share profile of higher education)
MUNIS = [
    ("1280", "Malmö", "Skåne län", 196000, 0.36),
    ("1281", "Lund", "Skåne län", 64500, 0.52),
    ("1282", "Landskrona", "Skåne län", 23800, 0.20),
    ("1283", "Helsingborg", "Skåne län", 78200, 0.31),
    ("1287", "Trelleborg", "Skåne län", 23400, 0.22),
    ("1290", "Kristianstad", "Skåne län", 42900, 0.26),
    ("1315", "Hylte", "Hallands län", 5100, 0.15),
    ("1380", "Halmstad", "Hallands län", 53400, 0.29),
    ("1381", "Laholm", "Hallands län", 12600, 0.20),
    ("1382", "Falkenberg", "Hallands län", 23100, 0.22),
    ("1383", "Varberg", "Hallands län", 33200, 0.27),
    ("1384", "Kungsbacka", "Hallands län", 43500, 0.37),
    ("0123", "Järfälla", "Stockholms län", 44300, 0.33),
    ("0126", "Huddinge", "Stockholms län", 62100, 0.34),
    ("0180", "Stockholm", "Stockholms län", 561000, 0.50),
    ("0181", "Södertälje", "Stockholms län", 52800, 0.24),
    ("0182", "Nacka", "Stockholms län", 57300, 0.49),
    ("0184", "Solna", "Stockholms län", 50200, 0.53),
]
COUNTIES = [("01", "Stockholms län"), ("12", "Skåne län"), ("13", "Hallands län")]
# population 25-64 in the rest of each county (municipalities not listed)
REST = {"Stockholms län": (520000, 0.36), "Skåne län": (285000, 0.22), "Hallands län": (0, 0.0)}

EDU = [
    "förgymnasial utbildning",
    "gymnasial utbildning",
    "eftergymnasial utbildning kortare än 3 år",
    "eftergymnasial utbildning 3 år eller längre",
    "uppgift om utbildningsnivå saknas",
]
SEXES = ["män", "kvinnor"]
YEARS = [2022, 2023, 2024]


def edu_counts(pop, hi):
    """Return dict (edu, sex, year) -> count for one region."""
    out = {}
    for si, sex in enumerate(SEXES):
        # women somewhat more often higher education
        hi_s = hi * (0.88 if sex == "män" else 1.12)
        for yi, year in enumerate(YEARS):
            p = pop * (1 + 0.008 * yi + rng.normal(0, 0.002)) / 2
            p *= 1.02 if sex == "män" else 0.98
            hi3 = hi_s + 0.006 * yi + rng.normal(0, 0.004)
            short = 0.15 + rng.normal(0, 0.01)
            pre = max(0.06, 0.16 - 0.12 * hi + rng.normal(0, 0.008)) - 0.002 * yi
            miss = 0.012 + abs(rng.normal(0, 0.003))
            gym = 1 - hi3 - short - pre - miss
            shares = [pre, gym, short, hi3, miss]
            for e, sh in zip(EDU, shares):
                out[(e, sex, year)] = int(round(p * sh))
    return out


def make_scb(out_dir):
    rows = []
    muni_data = {}
    for code, name, county, pop, hi in MUNIS:
        muni_data[(code, name)] = edu_counts(pop, hi)
    county_data = {}
    for ccode, cname in COUNTIES:
        rest_pop, rest_hi = REST[cname]
        rest = edu_counts(rest_pop, rest_hi) if rest_pop else None
        agg = {}
        for key in muni_data[(MUNIS[0][0], MUNIS[0][1])]:
            tot = sum(muni_data[(c, n)][key] for c, n, ct, _, _ in MUNIS if ct == cname)
            if rest:
                tot += rest[key]
            agg[key] = tot
        county_data[(ccode, cname)] = agg
    regions = []
    for ccode, cname in COUNTIES:
        regions.append((f"{ccode} {cname}", county_data[(ccode, cname)]))
        for code, name, county, _, _ in sorted(MUNIS, key=lambda m: m[0]):
            if county == cname:
                regions.append((f"{code} {name}", muni_data[(code, name)]))
    for reg, data in regions:
        for e in EDU:
            for sex in SEXES:
                for y in YEARS:
                    rows.append([reg, e, sex, str(y), str(data[(e, sex, y)])])
    path = os.path.join(out_dir, "scb_befolkning_utbildningsniva_2022_2024.csv")
    with open(path, "w", encoding="latin-1", newline="") as f:
        w = csv.writer(f, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        f.write('"Befolkning 25-64 år efter region, utbildningsnivå, kön och år"\r\n')
        f.write("\r\n")
        w.writerow(["region", "utbildningsnivå", "kön", "år", "Befolkning 25-64 år"])
        w.writerows(rows)


def bold_row(ws, r):
    for c in ws[r]:
        c.font = Font(bold=True)


def make_kolada(out_dir):
    names = [m[1] for m in MUNIS]
    kpis = [
        ("N01951", "Invånare totalt, antal"),
        ("N00901", "Skattesats till kommun, %"),
        ("N15008", "Kostnad för grundskola F-9, kr/elev"),
        ("N07925", "Färdigställda lägenheter i nybyggda hus, antal"),
        ("N15428", "Elever i åk 9 som är behöriga till yrkesprogram, andel (%)"),
    ]
    tot_pop = {m[1]: int(round(m[3] / 0.535 * (1 + rng.normal(0, 0.01)))) for m in MUNIS}
    vals = {}
    vals["N01951"] = tot_pop
    vals["N00901"] = {n: round(float(rng.uniform(18.9, 22.6)), 2) for n in names}
    vals["N15008"] = {n: int(round(rng.uniform(108000, 139000), -1)) for n in names}
    vals["N07925"] = {n: int(max(12, round(tot_pop[n] * rng.uniform(0.002, 0.009)))) for n in names}
    vals["N15428"] = {n: round(float(rng.uniform(76.0, 93.5)), 1) for n in names}
    riket = {"N01951": 10587710, "N00901": 20.86, "N15008": 124350, "N07925": 41210, "N15428": 84.6}
    wb = Workbook()
    ws = wb.active
    ws.title = "Kolada"
    ws.append(["Kolada – jämförelse av nyckeltal"])
    ws.append(["År: 2024"])
    ws.append([])
    ws.append(["KPI-id", "Nyckeltal"] + names + ["Riket"])
    bold_row(ws, 4)
    for kid, kname in kpis:
        ws.append([kid, kname] + [vals[kid][n] for n in names] + [riket[kid]])
    ws.append([])
    ws.append(["Källa: Kolada (RKA), hämtat 2025-10-14"])
    wb.save(os.path.join(out_dir, "kolada_nyckeltal_2024.xlsx"))
    return tot_pop


def make_af(out_dir):
    months = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep"]
    cols = [f"{m} 2025" for m in months]
    season = np.array([0.3, 0.25, 0.1, -0.1, -0.35, 0.15, 0.45, 0.2, -0.2])
    base = {
        "Malmö": 9.8, "Lund": 4.6, "Landskrona": 10.9, "Helsingborg": 8.7, "Trelleborg": 8.1,
        "Kristianstad": 8.4, "Hylte": 7.2, "Halmstad": 7.6, "Laholm": 6.1, "Falkenberg": 5.8,
        "Varberg": 5.2, "Kungsbacka": 3.9, "Järfälla": 5.6, "Huddinge": 5.9, "Stockholm": 4.4,
        "Södertälje": 9.1, "Nacka": 3.6, "Solna": 3.8,
    }
    wb = Workbook()
    ws = wb.active
    ws.title = "Arbetslöshet 18-24"
    ws.append(["Arbetslösa 18–24 år, andel (%) av befolkningen 18–24 år, per kommun"])
    ws.append(["Källa: Arbetsförmedlingen, månadsstatistik"])
    ws.append([])
    ws.append(["Kommun"] + cols)
    bold_row(ws, 4)
    raw = {}
    for _, name, county, _, _ in MUNIS:
        trend = np.linspace(0, rng.normal(-0.3, 0.4), 9)
        v = np.round(base[name] + season * base[name] / 8 + trend + rng.normal(0, 0.15, 9), 1)
        raw[name] = v
    for _, name, county, _, _ in MUNIS:
        row = [name]
        for v in raw[name]:
            if rng.random() < 0.45:
                row.append(f"{v:.1f}".replace(".", ",") + " %")
            else:
                row.append(float(v))
        ws.append(row)
    ws.append([])
    ws.append(["Anm: andel av den registerbaserade befolkningen 18–24 år i kommunen."])
    wb.save(os.path.join(out_dir, "af_arbetslosa_18_24_2025.xlsx"))


def make_fk(out_dir):
    ages = ["19–29", "30–39", "40–49", "50–59", "60–64"]
    age_w = [0.03, 0.08, 0.17, 0.36, 0.36]
    tot = {"Stockholms län": 26400, "Skåne län": 21900, "Hallands län": 4650}
    wb = Workbook()
    ws = wb.active
    ws.title = "Data"
    ws.append(["Antal mottagare av sjukersättning efter län, åldersgrupp och kön"])
    ws.append([])
    ws.append(["Län", "Åldersgrupp", "Kön", "December 2024", "December 2025"])
    bold_row(ws, 3)
    riket = {}
    for county, t in tot.items():
        for age, w in zip(ages, age_w):
            for sex, sw in (("Kvinnor", 0.58), ("Män", 0.42)):
                v24 = int(round(t * w * sw * rng.uniform(0.9, 1.1)))
                v25 = int(round(v24 * rng.uniform(0.91, 0.99)))
                ws.append([county, age, sex, v24, v25])
                r = riket.setdefault((age, sex), [0, 0])
                r[0] += v24
                r[1] += v25
    for age in ages:
        for sex in ("Kvinnor", "Män"):
            v24, v25 = riket[(age, sex)]
            ws.append(["Riket", age, sex, int(v24 * 3.4), int(v25 * 3.4)])
    ws2 = wb.create_sheet("Om statistiken")
    for line in [
        "Om statistiken",
        "",
        "Sjukersättning kan betalas ut till personer i åldern 19–64 år vars arbetsförmåga är "
        "stadigvarande nedsatt med minst en fjärdedel.",
        "Statistiken avser antal personer med utbetalning av sjukersättning i december respektive år.",
        "Länsindelningen avser mottagarens folkbokföringslän vid mättillfället.",
        "Riket omfattar samtliga län, inte bara de län som redovisas i tabellen.",
        "Källa: Försäkringskassan, Store. Uppgifterna kan revideras.",
    ]:
        ws2.append([line])
    wb.save(os.path.join(out_dir, "fk_sjukersattning_lan_2024_2025.xlsx"))


def sv_num(x, dec=0):
    s = f"{x:,.{dec}f}".replace(",", " ").replace(".", ",")
    return s


def make_pdf(out_dir, tot_pop):
    halland = [m for m in MUNIS if m[2] == "Hallands län"]
    rows = []
    for code, name, _, pop, hi in halland:
        inv = tot_pop[name]
        ff = round(float(rng.uniform(78.5, 86.5)), 1)
        mi = int(round(290 + hi * 260 + rng.normal(0, 8)))
        rows.append((name, inv, ff, mi))
    tot_inv = sum(r[1] for r in rows)
    ff_county = sum(r[1] * r[2] for r in rows) / tot_inv
    ff_txt = sv_num(ff_county, 1)
    by_mi = sorted(rows, key=lambda r: r[3])
    low1, low2, high = by_mi[0][0], by_mi[1][0], by_mi[-1][0]
    styles = getSampleStyleSheet()
    story = [
        Paragraph("Länsfakta Halland 2025", styles["Title"]),
        Paragraph("Regional utveckling – nyckeltal för Hallands län", styles["Heading3"]),
        Spacer(1, 10),
    ]
    key = [
        ("Folkmängd 31 december 2024", sv_num(tot_inv) + " invånare"),
        ("Befolkningsökning 2024", "0,9 %"),
        ("Förvärvsfrekvens 20–64 år", ff_txt + " %"),
        ("Medianinkomst 20–64 år", "347 tkr"),
        ("Andel 25–64 år med eftergymnasial utbildning", "44,8 %"),
        ("Antal arbetsställen", "41 350"),
        ("Öppet arbetslösa 16–64 år (sep 2025)", "5,7 %"),
    ]
    for label, value in key:
        story.append(Paragraph(f"<b>{label}:</b> {value}", styles["Normal"]))
    story.append(Spacer(1, 14))
    story.append(Paragraph("Kommunerna i Halland", styles["Heading2"]))
    data = [["Kommun", "Invånare", "Förvärvsfrekvens %", "Medianinkomst tkr"]]
    for name, inv, ff, mi in rows:
        data.append([name, sv_num(inv), sv_num(ff, 1), str(mi)])
    t = Table(data, hAlign="LEFT")
    t.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
    ]))
    story.append(t)
    story.append(Spacer(1, 8))
    story.append(Paragraph("Källa: SCB, bearbetning Region Halland. Invånare avser 31 december 2024; "
                           "förvärvsfrekvens och medianinkomst avser 2023.", styles["Italic"]))
    story.append(PageBreak())
    story.append(Paragraph("Halland jämfört med Skåne och Stockholm", styles["Heading2"]))
    story.append(Paragraph(
        "Halland har en högre förvärvsfrekvens än både Skåne och Stockholms län. År 2023 var "
        "förvärvsfrekvensen bland 20–64-åringar " + ff_txt + " procent i Halland, jämfört med 75,9 procent i "
        "Skåne län och 80,8 procent i Stockholms län. Medianinkomsten i Halland (347 tkr) ligger "
        "över Skånes 318 tkr men under Stockholms läns 371 tkr. Befolkningen växer snabbare i "
        "Halland (0,9 procent under 2024) än i Skåne (0,6 procent), medan Stockholms län växte med "
        "0,8 procent. Andelen med eftergymnasial utbildning är lägre i Halland än i Stockholms län "
        "(58,7 procent) men i nivå med Skåne (46,3 procent).", styles["Normal"]))
    story.append(Spacer(1, 10))
    story.append(Paragraph(
        f"{high} har länets högsta medianinkomst, medan de lägsta nivåerna finns i {low1} och "
        f"{low2}. Skillnaderna mellan kommunerna har varit stabila de senaste fem åren.",
        styles["Normal"]))
    SimpleDocTemplate(os.path.join(out_dir, "lansfakta_halland_2025.pdf"), pagesize=A4,
                      title="Länsfakta Halland 2025").build(story)
    return rows


def make_register(out_dir):
    prefixes = ["Nordic", "Kust", "Sydväst", "Öresund", "Lagan", "Ätran", "Viskan", "Mälar",
                "Bro", "Skog", "Sten", "Hav", "Fjäll", "Ljung", "Sand", "Berg", "Ek", "Lind"]
    suffixes = ["Plåt AB", "Mekaniska AB", "Bageri AB", "Konsult AB", "Digital AB", "Energi AB",
                "Trä AB", "Livs AB", "Logistik AB", "Design AB"]
    types = ["Investeringsstöd", "Konsultcheck", "Innovationscheck", "Exportcheck",
             "Företagsstöd till utveckling"]
    type_w = [0.32, 0.22, 0.18, 0.12, 0.16]
    status = ["Beviljat", "Utbetalt", "Avslutat", "Återkallat"]
    status_w = [0.3, 0.35, 0.25, 0.10]
    used = set()
    recs = []
    for i in range(52):
        m = MUNIS[rng.integers(len(MUNIS))]
        while True:
            name = f"{prefixes[rng.integers(len(prefixes))]} {suffixes[rng.integers(len(suffixes))]}"
            if name not in used:
                used.add(name)
                break
        t = rng.choice(types, p=type_w)
        if t == "Investeringsstöd":
            amt = int(round(rng.uniform(400, 4800), -1))
        elif t == "Företagsstöd till utveckling":
            amt = int(round(rng.uniform(150, 1200), -1))
        else:
            amt = int(round(rng.uniform(40, 250), 0))
        eu = 0 if rng.random() < 0.4 else int(round(amt * rng.uniform(0.2, 0.5)))
        recs.append({
            "Beslutsår": int(rng.integers(2021, 2026)),
            "Företag": name,
            "Kommun": m[1],
            "Län": m[2],
            "Stödtyp": str(t),
            "Beviljat (tkr)": amt,
            "Varav EU-medel (tkr)": eu,
            "Status": str(rng.choice(status, p=status_w)),
        })
    df = pd.DataFrame(recs).sort_values(["Beslutsår", "Län", "Kommun"]).reset_index(drop=True)
    with pd.ExcelWriter(os.path.join(out_dir, "register_foretagsstod_2021_2025.xlsx"),
                        engine="openpyxl") as xw:
        df.to_excel(xw, sheet_name="Beslut", index=False)
    return df


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    make_scb(out)
    tot_pop = make_kolada(out)
    make_af(out)
    make_fk(out)
    make_pdf(out, tot_pop)
    make_register(out)


if __name__ == "__main__":
    main()
