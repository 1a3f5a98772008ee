"""Make six synthetic but realistic Swedish public-statistics files (seed 97).

Usage: python r97_make_files.py OUTDIR
"""
import datetime as dt
import os
import random
import sys

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

random.seed(97)
OUT = sys.argv[1]
os.makedirs(OUT, exist_ok=True)


def sv(x, d=1):
    """Swedish decimal comma."""
    return f"{x:.{d}f}".replace(".", ",")


# ---------------------------------------------------------------------------
# Municipalities (approx. population, thousands)
STHLM = {"Upplands Väsby": 48, "Vallentuna": 35, "Österåker": 47, "Värmdö": 47, "Järfälla": 85,
         "Ekerö": 29, "Huddinge": 115, "Botkyrka": 96, "Salem": 17, "Haninge": 91, "Tyresö": 49,
         "Upplands-Bro": 30, "Nykvarn": 11, "Täby": 74, "Danderyd": 33, "Sollentuna": 75,
         "Stockholm": 985, "Södertälje": 101, "Nacka": 108, "Sundbyberg": 54, "Solna": 85,
         "Lidingö": 48, "Vaxholm": 12, "Norrtälje": 64, "Sigtuna": 52, "Nynäshamn": 29}
KALMAR = {"Torsås": 7, "Mörbylånga": 15, "Hultsfred": 14, "Högsby": 6, "Kalmar": 72,
          "Nybro": 20, "Oskarshamn": 27, "Västervik": 36, "Vimmerby": 15, "Borgholm": 11,
          "Emmaboda": 9, "Mönsterås": 13}
NORRB = {"Arvidsjaur": 6, "Arjeplog": 3, "Jokkmokk": 5, "Överkalix": 3, "Kalix": 16,
         "Övertorneå": 4, "Pajala": 6, "Gällivare": 17, "Älvsbyn": 8, "Luleå": 80, "Piteå": 42,
         "Boden": 28, "Haparanda": 9, "Kiruna": 23}
COUNTIES = [("Stockholms län", STHLM), ("Kalmar län", KALMAR), ("Norrbottens län", NORRB)]

SEL = {  # 15 selected municipalities used in Kolada / FK files
    "Stockholms län": ["Stockholm", "Nacka", "Södertälje", "Botkyrka", "Norrtälje"],
    "Kalmar län": ["Kalmar", "Västervik", "Oskarshamn", "Nybro", "Vimmerby"],
    "Norrbottens län": ["Luleå", "Piteå", "Boden", "Kiruna", "Gällivare"],
}
POP = {**STHLM, **KALMAR, **NORRB}

# ---------------------------------------------------------------------------
# 1. SCB PxWeb CSV: Latin-1, semicolons, title row, "..", region codes, age x sex x years
regions = [("0180", "Stockholm", 560000), ("0181", "Södertälje", 46000), ("0880", "Kalmar", 38000),
           ("0883", "Västervik", 15500), ("2580", "Luleå", 42500), ("2584", "Kiruna", 13600)]
ages = [("16-19 år", .025), ("20-24 år", .075), ("25-34 år", .235), ("35-44 år", .235),
        ("45-54 år", .215), ("55-64 år", .175), ("65-74 år", .04)]
years = [2020, 2021, 2022, 2023]
lines = ['"Förvärvsarbetande 16-74 år med arbetsplats i regionen (dagbefolkning) efter region, '
         'ålder, kön och år"', "",
         '"region";"ålder";"kön";' + ";".join(f'"{y}"' for y in years)]
for code, name, tot in regions:
    for age, share in ages:
        for kon, ks in (("män", .52), ("kvinnor", .48)):
            base = tot * share * ks * random.uniform(.9, 1.1)
            vals = []
            growth = random.uniform(-.01, .025)
            for i, y in enumerate(years):
                v = base * (1 + growth) ** i * random.uniform(.985, 1.015)
                vals.append(str(int(round(v))))
            # suppressed small cells
            if name in ("Kiruna", "Västervik") and age == "65-74 år" and kon == "kvinnor":
                vals[0] = ".."
            if name == "Kiruna" and age == "16-19 år" and kon == "kvinnor":
                vals[1] = ".."
            lines.append(f'"{code} {name}";"{age}";"{kon}";' + ";".join(vals))
lines += ["", '"Uppgifterna för 2023 är preliminära. .. = uppgift saknas eller för osäker för att redovisas."']
with open(os.path.join(OUT, "000005GX_20250312-101544.csv"), "w", encoding="latin-1", newline="") as f:
    f.write("\r\n".join(lines) + "\r\n")

# ---------------------------------------------------------------------------
# 2. Kolada-style XLSX: municipality name + KPI per row, years as columns
kpis = [
    ("N01982", "Invånare 25-64 år med eftergymnasial utbildning, andel (%)"),
    ("N00914", "Förvärvsarbetande invånare 20-64 år, andel (%)"),
    ("N03930", "Öppet arbetslösa och sökande i program med aktivitetsstöd 18-24 år, andel (%) av bef."),
]
edu_base = {"Stockholm": 63, "Nacka": 62, "Södertälje": 38, "Botkyrka": 40, "Norrtälje": 39,
            "Kalmar": 50, "Västervik": 34, "Oskarshamn": 35, "Nybro": 30, "Vimmerby": 31,
            "Luleå": 52, "Piteå": 45, "Boden": 41, "Kiruna": 39, "Gällivare": 37, "Riket": 47}
emp_base = {"Stockholm": 80, "Nacka": 83, "Södertälje": 71, "Botkyrka": 70, "Norrtälje": 80,
            "Kalmar": 81, "Västervik": 80, "Oskarshamn": 82, "Nybro": 76, "Vimmerby": 83,
            "Luleå": 82, "Piteå": 83, "Boden": 80, "Kiruna": 84, "Gällivare": 83, "Riket": 79}
yu_base = {"Stockholm": 3.4, "Nacka": 2.6, "Södertälje": 7.8, "Botkyrka": 6.9, "Norrtälje": 5.2,
           "Kalmar": 5.6, "Västervik": 8.3, "Oskarshamn": 5.9, "Nybro": 9.4, "Vimmerby": 6.1,
           "Luleå": 4.4, "Piteå": 4.1, "Boden": 6.3, "Kiruna": 3.2, "Gällivare": 3.7, "Riket": 5.5}
kyears = [2019, 2020, 2021, 2022, 2023]
wb = Workbook()
ws = wb.active
ws.title = "Kolada"
ws.append(["Jämförelse kommuner – utbildning och arbetsmarknad"])
ws["A1"].font = Font(bold=True, size=13)
ws.append(["Källa: Kolada (RKA), hämtat 2025-02-18. Tomma celler = uppgift saknas."])
ws.append([])
ws.append(["Kommun", "Nyckeltal"] + [str(y) for y in kyears])
for c in ws[4]:
    c.font = Font(bold=True)
munis = [m for c in SEL.values() for m in c] + ["Riket"]
for m in munis:
    for kid, kname in kpis:
        row = [m, kname]
        for i, y in enumerate(kyears):
            if kid == "N01982":
                v = edu_base[m] + 0.45 * i + random.uniform(-.4, .4)
            elif kid == "N00914":
                v = emp_base[m] + (-1.6 if y == 2020 else 0.3 * i) + random.uniform(-.6, .6)
            else:
                v = yu_base[m] * (1.25 if y in (2020, 2021) else 1.0) * random.uniform(.9, 1.1)
            row.append(round(v, 1))
        if m == "Gällivare" and kid == "N03930":
            row[2] = None  # 2019 missing
        ws.append(row)
ws.column_dimensions["A"].width = 14
ws.column_dimensions["B"].width = 80
wb.save(os.path.join(OUT, "kolada_jamforelse_kommuner.xlsx"))

# ---------------------------------------------------------------------------
# 3. Arbetsförmedlingen XLSX: programmes per municipality, county and Totalt rows + Totalt column
progs = ["Arbetsmarknadsutbildning", "Arbetspraktik", "Stöd och matchning", "Lönebidrag",
         "Nystartsjobb", "Introduktionsjobb"]
pshare = [.11, .05, .30, .22, .20, .12]
wb = Workbook()
ws = wb.active
ws.title = "December 2024"
ws.append(["Antal deltagare i arbetsmarknadspolitiska program och subventionerade anställningar, december 2024"])
ws["A1"].font = Font(bold=True, size=12)
ws.append(["Källa: Arbetsförmedlingen. Avser personer inskrivna vid Arbetsförmedlingen, 16-64 år."])
ws.append([])
ws.append(["Län/kommun"] + progs + ["Totalt"])
for c in ws[4]:
    c.font = Font(bold=True)
    c.alignment = Alignment(wrap_text=True)
grand = [0] * len(progs)
for county, munis_d in COUNTIES:
    rate = {"Stockholms län": 9.0, "Kalmar län": 13.0, "Norrbottens län": 11.0}[county]
    rows = []
    for m in sorted(munis_d, key=lambda s: s.replace("Å", "Z1").replace("Ä", "Z2").replace("Ö", "Z3")):
        tot = POP[m] * rate * random.uniform(.7, 1.35)
        vals = [max(0, int(round(tot * s * random.uniform(.7, 1.3)))) for s in pshare]
        rows.append([m] + vals + [sum(vals)])
    csum = [sum(r[1 + i] for r in rows) for i in range(len(progs))]
    ws.append([county] + csum + [sum(csum)])
    for c in ws[ws.max_row]:
        c.font = Font(bold=True)
    for r in rows:
        ws.append(["  " + r[0]] + r[1:])
    grand = [g + c for g, c in zip(grand, csum)]
ws.append(["Totalt"] + grand + [sum(grand)])
for c in ws[ws.max_row]:
    c.font = Font(bold=True)
ws.column_dimensions["A"].width = 22
wb.save(os.path.join(OUT, "af_programdeltagare_dec2024.xlsx"))

# ---------------------------------------------------------------------------
# 4. Försäkringskassan CSV: long format, decimal commas, semicolons, footnote at bottom
spt_base = {"Stockholm": 6.9, "Nacka": 6.2, "Södertälje": 9.6, "Botkyrka": 9.9, "Norrtälje": 9.4,
            "Kalmar": 9.8, "Västervik": 11.2, "Oskarshamn": 10.1, "Nybro": 12.0, "Vimmerby": 10.7,
            "Luleå": 9.5, "Piteå": 10.4, "Boden": 11.6, "Kiruna": 9.0, "Gällivare": 10.2}
lines = ["År;Län;Kommun;Kön;Sjukpenningtal;Antal pågående sjukfall"]
for y in (2021, 2022, 2023, 2024):
    for county, ms in SEL.items():
        for m in ms:
            base = spt_base[m] * {2021: 1.0, 2022: .97, 2023: 1.03, 2024: 1.01}[y] * random.uniform(.96, 1.04)
            k = base * 1.32 * random.uniform(.97, 1.03)
            mn = base * 0.70 * random.uniform(.97, 1.03)
            s = (k + mn) / 2
            insured = POP[m] * 1000 * 0.62
            nk = int(round(insured / 2 * k / 365 * 1.4 * random.uniform(.95, 1.05)))
            nm = int(round(insured / 2 * mn / 365 * 1.4 * random.uniform(.95, 1.05)))
            for kon, v, n in (("Kvinnor", k, nk), ("Män", mn, nm), ("Kvinnor och män", s, nk + nm)):
                lines.append(f"{y};{county};{m};{kon};{sv(v)};{n}")
lines += ["", "Källa: Försäkringskassan (MiDAS). Sjukpenningtalet avser december respektive år och "
              "mäter antal dagar med sjukpenning och rehabiliteringspenning per registrerad försäkrad 16-64 år.",
          "Uppgifterna för 2024 är preliminära."]
with open(os.path.join(OUT, "fk_sjukpenningtal_kommun_2021-2024.csv"), "w", encoding="utf-8-sig", newline="") as f:
    f.write("\n".join(lines) + "\n")

# ---------------------------------------------------------------------------
# 5. PDF report with running text and two ruled tables
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

unemp23 = {}
unemp24 = {}
ubase = {"Torsås": 6.1, "Mörbylånga": 4.6, "Hultsfred": 8.9, "Högsby": 9.6, "Kalmar": 6.3,
         "Nybro": 9.9, "Oskarshamn": 6.0, "Västervik": 7.8, "Vimmerby": 5.4, "Borgholm": 5.1,
         "Emmaboda": 8.2, "Mönsterås": 6.6}
for m, b in ubase.items():
    unemp23[m] = round(b * random.uniform(.95, 1.05), 1)
    unemp24[m] = round(unemp23[m] + random.uniform(-.2, .9), 1)
wsum = sum(KALMAR.values())
lan23 = round(sum(unemp23[m] * KALMAR[m] for m in ubase) / wsum, 1)
lan24 = round(sum(unemp24[m] * KALMAR[m] for m in ubase) / wsum, 1)
riket23, riket24 = 6.8, 7.2
hi24 = max(unemp24, key=unemp24.get)
lo24 = min(unemp24, key=unemp24.get)

branscher = [("Tillverkning", 612), ("Byggverksamhet", 187), ("Handel", 244), ("Transport och magasinering", 131),
             ("Information och kommunikation", 58), ("Vård och omsorg", 39), ("Övriga branscher", 166)]
varsel = []
for b, v23 in branscher:
    v24 = int(round(v23 * random.uniform(.7, 1.6)))
    varsel.append((b, v23, v24))
tot23 = sum(v[1] for v in varsel)
tot24 = sum(v[2] for v in varsel)
tillv = varsel[0]

styles = getSampleStyleSheet()
body = styles["BodyText"]
h1 = styles["Title"]
h2 = styles["Heading2"]
cap = styles["Heading5"]
story = [
    Paragraph("Arbetsmarknadsläget i Kalmar län 2024", h1),
    Paragraph("Region Kalmar län, Regional utveckling – Analysrapport 2025:2, mars 2025", body),
    Spacer(1, 0.4 * cm),
    Paragraph("Sammanfattning", h2),
    Paragraph(
        f"Arbetsmarknaden i Kalmar län försvagades under 2024. Andelen inskrivna arbetslösa 16–64 år "
        f"ökade från {sv(lan23)} procent i december 2023 till {sv(lan24)} procent i december 2024, vilket kan "
        f"jämföras med {sv(riket24)} procent i riket. Antalet varslade personer ökade från {tot23} till {tot24}, "
        f"framför allt inom tillverkningsindustrin där {tillv[2]} personer varslades under 2024.", body),
    Paragraph("Arbetslösheten i länets kommuner", h2),
    Paragraph(
        f"Skillnaderna mellan kommunerna är fortsatt stora. Högst arbetslöshet i december 2024 hade {hi24} "
        f"med {sv(unemp24[hi24])} procent, medan {lo24} hade lägst med {sv(unemp24[lo24])} procent. "
        f"I Kalmar kommun var andelen {sv(unemp24['Kalmar'])} procent. Ökningen har varit störst i de "
        f"kommuner som har en hög andel sysselsatta inom tillverkning. Tabell 1 visar andelen inskrivna "
        f"arbetslösa per kommun.", body),
    Spacer(1, 0.3 * cm),
    Paragraph("Tabell 1. Inskrivna arbetslösa 16–64 år, andel (%) av den registerbaserade arbetskraften, "
              "december 2023 och december 2024", cap),
]
t1 = [["Kommun", "Dec 2023", "Dec 2024", "Förändring, procentenheter"]]
for m in ubase:
    t1.append([m, sv(unemp23[m]), sv(unemp24[m]), sv(unemp24[m] - unemp23[m])])
t1.append(["Kalmar län", sv(lan23), sv(lan24), sv(lan24 - lan23)])
t1.append(["Riket", sv(riket23), sv(riket24), sv(riket24 - riket23)])
ts = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                 ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                 ("FONTNAME", (0, -2), (-1, -1), "Helvetica-Bold"),
                 ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
                 ("FONTSIZE", (0, 0), (-1, -1), 9)])
tab = Table(t1, colWidths=[4.5 * cm, 2.5 * cm, 2.5 * cm, 4.5 * cm])
tab.setStyle(ts)
story += [tab, Paragraph("Källa: Arbetsförmedlingen, bearbetning Region Kalmar län.", styles["Italic"]),
          Spacer(1, 0.4 * cm),
          Paragraph("Varsel om uppsägning", h2),
          Paragraph(
              f"Under 2024 varslades totalt {tot24} personer om uppsägning i länet, jämfört med {tot23} året "
              f"innan. Tillverkningsindustrin stod för den största delen, {tillv[2]} personer mot {tillv[1]} år 2023. "
              f"Varslen inom handeln uppgick till {varsel[2][2]} personer. Tabell 2 redovisar varslen per bransch.", body),
          Spacer(1, 0.3 * cm),
          Paragraph("Tabell 2. Antal personer berörda av varsel om uppsägning per bransch, Kalmar län 2023 och 2024", cap)]
t2 = [["Bransch", "2023", "2024"]] + [[b, str(a), str(c)] for b, a, c in varsel] + [["Totalt", str(tot23), str(tot24)]]
tab2 = Table(t2, colWidths=[7 * cm, 2.5 * cm, 2.5 * cm])
tab2.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                          ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                          ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold"),
                          ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
                          ("FONTSIZE", (0, 0), (-1, -1), 9)]))
story += [tab2, Paragraph("Källa: Arbetsförmedlingen, varselstatistik.", styles["Italic"]),
          Spacer(1, 0.4 * cm),
          Paragraph("Utblick", h2),
          Paragraph("Arbetsförmedlingens prognos pekar på en svag återhämtning under andra halvåret 2025. "
                    "Region Kalmar län följer utvecklingen och samverkar med kommunerna kring "
                    "kompetensförsörjning och omställning.", body)]
doc = SimpleDocTemplate(os.path.join(OUT, "Arbetsmarknadslaget_Kalmar_lan_2024.pdf"), pagesize=A4,
                        title="Arbetsmarknadsläget i Kalmar län 2024", author="Region Kalmar län")
doc.build(story)

# ---------------------------------------------------------------------------
# 6. Record-level register XLSX: one row per case (regional företagsstöd 2024)
stodformer = [("Investeringsstöd", 250000, 2500000), ("Konsultcheck", 20000, 100000),
              ("Innovationscheck", 50000, 200000), ("Stöd till kommersiell service", 30000, 400000),
              ("Transportbidrag", 40000, 900000)]
reg_munis = [("Kalmar län", m) for m in KALMAR] + [("Norrbottens län", m) for m in NORRB]
wb = Workbook()
ws = wb.active
ws.title = "Ärenden 2024"
ws.append(["Diarienummer", "Kommun", "Län", "Beslutsdatum", "Stödform", "Belopp (kr)", "Status"])
for c in ws[1]:
    c.font = Font(bold=True)
n = 118
start = dt.date(2024, 1, 8)
for i in range(n):
    county, m = random.choice(reg_munis)
    if random.random() < .25:
        county, m = random.choice([("Kalmar län", "Kalmar"), ("Norrbottens län", "Luleå"),
                                   ("Norrbottens län", "Kiruna"), ("Kalmar län", "Västervik")])
    form, lo, hi = random.choices(stodformer, weights=[3, 4, 2, 1.2, 1])[0]
    amt = int(round(random.uniform(lo, hi) / 1000)) * 1000
    d = start + dt.timedelta(days=random.randint(0, 350))
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    status = random.choices(["Beviljad", "Avslag", "Under handläggning"], weights=[6, 2, 1])[0]
    if d.month >= 12 and random.random() < .6:
        status = "Under handläggning"
    reg = "RUN" if county == "Kalmar län" else "RUN-BD"
    ws.append([f"{reg} 2024-{1000 + i * 7}", m, county, d, form, amt, status])
    ws.cell(ws.max_row, 4).number_format = "yyyy-mm-dd"
    ws.cell(ws.max_row, 6).number_format = "#,##0"
ws.column_dimensions["A"].width = 18
ws.column_dimensions["E"].width = 30
wb.save(os.path.join(OUT, "foretagsstod_arenden_2024.xlsx"))
print("wrote 6 files to", OUT)
