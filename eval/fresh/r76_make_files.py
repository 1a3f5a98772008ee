#!/usr/bin/env python
"""Build the round-76 test knowledge base (six files) into OUT_DIR."""
import sys, os, datetime as dt
import numpy as np, pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Font

OUT = sys.argv[1]
os.makedirs(OUT, exist_ok=True)
rng = np.random.default_rng(76)

COUNTIES = {
    ("08", "Kalmar län"): [("0834", "Torsås", 7200), ("0821", "Högsby", 5700), ("0840", "Mörbylånga", 15500),
        ("0860", "Hultsfred", 13500), ("0861", "Mönsterås", 13300), ("0862", "Emmaboda", 9300),
        ("0880", "Kalmar", 71000), ("0881", "Nybro", 20300), ("0882", "Oskarshamn", 27000),
        ("0883", "Västervik", 36500), ("0884", "Vimmerby", 15600), ("0885", "Borgholm", 10900)],
    ("21", "Gävleborgs län"): [("2101", "Ockelbo", 5900), ("2104", "Hofors", 9500), ("2121", "Ovanåker", 11500),
        ("2132", "Nordanstig", 9400), ("2161", "Ljusdal", 19000), ("2180", "Gävle", 103000),
        ("2181", "Sandviken", 40000), ("2182", "Söderhamn", 25500), ("2183", "Bollnäs", 26200),
        ("2184", "Hudiksvall", 37600)],
    ("18", "Örebro län"): [("1814", "Lekeberg", 8500), ("1860", "Laxå", 5600), ("1861", "Hallsberg", 16000),
        ("1862", "Degerfors", 9500), ("1863", "Hällefors", 6700), ("1864", "Ljusnarsberg", 4800),
        ("1880", "Örebro", 158000), ("1881", "Kumla", 22500), ("1882", "Askersund", 11300),
        ("1883", "Karlskoga", 30700), ("1884", "Nora", 10500), ("1885", "Lindesberg", 23500)],
}
MUNIS = [(c, n, p, lc, ln) for (lc, ln), ms in COUNTIES.items() for (c, n, p) in ms]

# ---------------- 1. SCB RAMS CSV (cp1252, ;) ----------------
SNI = [("Jordbruk, skogsbruk och fiske", .025), ("Tillverkning och utvinning", .16), ("Energi och miljöföretag", .012),
       ("Byggverksamhet", .075), ("Handel", .10), ("Transport och magasinering", .05), ("Hotell och restauranger", .028),
       ("Information och kommunikation", .022), ("Finans- och försäkringsverksamhet, fastighetsverksamhet", .025),
       ("Företagstjänster", .09), ("Offentlig förvaltning och försvar", .055), ("Utbildning", .11),
       ("Vård och omsorg", .17), ("Personliga och kulturella tjänster", .035), ("Okänd verksamhet", .012)]
rows = []
for (lc, ln), ms in COUNTIES.items():
    county_acc = {}
    for code, name, pop in ms:
        emp = pop * 0.45
        for sni, w in SNI:
            base = emp * w * rng.uniform(0.6, 1.4)
            vals = []
            v = base
            for y in (2022, 2023, 2024):
                vals.append(int(round(v)))
                v *= rng.uniform(0.96, 1.04)
            rows.append((f"{code} {name}", sni, *vals))
            acc = county_acc.setdefault(sni, [0, 0, 0])
            for i in range(3):
                acc[i] += vals[i]
    for sni, _ in SNI:
        rows.append((f"{lc} {ln}", sni, *county_acc[sni]))
# order: counties first then municipalities like PxWeb? keep county then its municipalities
ordered = []
for (lc, ln), ms in COUNTIES.items():
    ordered += [r for r in rows if r[0] == f"{lc} {ln}"]
    for code, name, _ in ms:
        ordered += [r for r in rows if r[0] == f"{code} {name}"]
with open(os.path.join(OUT, "scb_rams_forvarvsarbetande_2022_2024.csv"), "w", encoding="cp1252", newline="") as f:
    f.write('"Förvärvsarbetande 16+ år med arbetsplats i regionen (dagbefolkning) efter region, näringsgren SNI 2007 och år"\r\n')
    f.write('\r\n')
    f.write('"region";"näringsgren SNI 2007";"2022";"2023";"2024"\r\n')
    for r in ordered:
        f.write(f'"{r[0]}";"{r[1]}";{r[2]};{r[3]};{r[4]}\r\n')
    f.write('"Källa: SCB, RAMS (Registerbaserad arbetsmarknadsstatistik). Uppgifterna avser november respektive år."\r\n')

# ---------------- 2. Kolada XLSX ----------------
wb = Workbook(); ws = wb.active; ws.title = "Kolada"
kpis = [("N00919", "Invånare 16-64 år som är öppet arbetslösa eller i program, andel (%)", 6.5, 2.2),
        ("U00470", "Nyanlända invånare 20-64 år i arbete eller studier 90 dagar efter avslutad etableringsinsats, andel (%)", 38, 10)]
ws.append(["Kolada – Rådata för kommuner och regioner. Export 2025-10-14"])
ws.append([])
for kid, title, mu, sd in kpis:
    ws.append([f"{kid} {title}"]); ws.cell(ws.max_row, 1).font = Font(bold=True)
    ws.append(["Kommun", "Kön", "2021", "2022", "2023", "2024"])
    for code, name, pop, lc, ln in MUNIS:
        base = max(2.0, rng.normal(mu, sd))
        for kon in ("T", "K", "M"):
            adj = {"T": 0, "K": -0.4 if kid == "N00919" else -5, "M": 0.4 if kid == "N00919" else 5}[kon]
            vals = []
            for y in range(4):
                v = base + adj + rng.normal(0, sd * 0.15) + (y - 1.5) * (0.25 if kid == "N00919" else 1)
                v = round(max(0.5, v), 1)
                if kid == "U00470" and pop < 10000 and rng.random() < 0.45:
                    v = None
                elif rng.random() < 0.04:
                    v = None
                vals.append(v)
            ws.append([name, kon, *vals])
    ws.append([])
wb.save(os.path.join(OUT, "kolada_arbetsmarknad_kommuner.xlsx"))

# ---------------- 3. Arbetsförmedlingen XLSX (long) ----------------
levels = ["Förgymnasial", "Gymnasial", "Eftergymnasial", "Uppgift saknas"]
months = [f"2025M{m:02d}" for m in range(1, 10)]
county_unemp = {"Kalmar län": 7600, "Gävleborgs län": 12400, "Örebro län": 13900}
def af_frame(scale, shares):
    recs = []
    for ln, tot in county_unemp.items():
        t = tot * scale
        sh = np.array(shares) * rng.uniform(0.85, 1.15, 4); sh = sh / sh.sum()
        for mi, mo in enumerate(months):
            season = 1 + 0.04 * np.cos((mi) / 12 * 2 * np.pi) + (0.05 if mo in ("2025M06", "2025M07") else 0)
            cnts = [int(round(t * season * s * rng.uniform(0.97, 1.03))) for s in sh]
            total = sum(cnts)
            for lv, c in zip(levels, cnts):
                recs.append({"Län": ln, "Månad": mo, "Utbildningsnivå": lv, "Antal": c,
                             "Andel (%)": round(100 * c / total, 1)})
    return pd.DataFrame(recs)
af1 = af_frame(1.0, [0.30, 0.40, 0.27, 0.03])
af2 = af_frame(0.52, [0.45, 0.26, 0.22, 0.07])
with pd.ExcelWriter(os.path.join(OUT, "af_inskrivna_arbetslosa_utbildning_2025.xlsx"), engine="openpyxl") as xw:
    af1.to_excel(xw, sheet_name="Samtliga", index=False)
    af2.to_excel(xw, sheet_name="Födda utanför Europa", index=False)

# ---------------- 4. Försäkringskassan CSV (utf-8, comma, quoted) ----------------
quarters = ["2024 Q1", "2024 Q2", "2024 Q3", "2024 Q4", "2025 Q1", "2025 Q2"]
fk = []
for code, name, pop, lc, ln in MUNIS:
    insured = pop * 0.62
    rate_k = rng.uniform(38, 52); rate_m = rate_k * rng.uniform(0.5, 0.65)
    for qi, q in enumerate(quarters):
        qf = 1 + (0.05 if q.endswith("Q1") else 0) - (0.06 if q.endswith("Q3") else 0) + qi * 0.005
        k = int(round(insured * 0.5 * rate_k / 1000 * qf * rng.uniform(0.96, 1.04)))
        m = int(round(insured * 0.5 * rate_m / 1000 * qf * rng.uniform(0.96, 1.04)))
        for kon, n, ins in (("Kvinnor", k, insured * 0.5), ("Män", m, insured * 0.5), ("Totalt", k + m, insured)):
            if n < 47:
                fk.append([name, ln, q, kon, "..", ".."])
            else:
                fk.append([name, ln, q, kon, n, f"{1000 * n / ins:.1f}"])
fkdf = pd.DataFrame(fk, columns=["Kommun", "Län", "Kvartal", "Kön", "Antal pågående sjukfall", "Per 1000 försäkrade"])
fkdf.to_csv(os.path.join(OUT, "fk_pagaende_sjukfall_kommun_2024_2025.csv"), index=False, quoting=1, encoding="utf-8")

# ---------------- 5. PDF report ----------------
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib import colors
from reportlab.lib.units import cm

def sv(n, d=1):
    if isinstance(n, int):
        return f"{n:,}".replace(",", " ")
    s = f"{n:+.{d}f}" if False else f"{n:.{d}f}"
    return s.replace(".", ",").replace("-", "−")

g_munis = [m for m in MUNIS if m[3] == "21"]
pdf_rows = []
for code, name, pop, lc, ln in g_munis:
    r24 = round(float(rng.uniform(6.0, 11.5)), 1)
    r25 = round(r24 + float(rng.uniform(-0.9, 1.1)), 1)
    pdf_rows.append((name, r24, r25, round(r25 - r24, 1)))
lan24, lan25 = 8.1, 8.4
employers = [("Region Gävleborg", 6850), ("Gävle kommun", 5920), ("Sandvik AB", 4260), ("Hudiksvalls kommun", 2910),
             ("Sandvikens kommun", 2645)]
pd.DataFrame(pdf_rows, columns=["Kommun", "2024", "2025", "Förändring"]).to_csv(os.path.join(os.path.dirname(os.path.abspath(__file__)), "pdf_table_truth.csv"), index=False)

styles = getSampleStyleSheet()
body = styles["BodyText"]; body.fontSize = 10.5; body.leading = 14
def on_page(c, doc):
    c.saveState(); c.setFont("Helvetica", 8.5)
    c.drawString(2 * cm, A4[1] - 1.3 * cm, "Region Gävleborg | Arbetsmarknadsläget i Gävleborg 2025")
    c.drawRightString(A4[0] - 2 * cm, A4[1] - 1.3 * cm, "Analysrapport 2025:7")
    c.line(2 * cm, A4[1] - 1.45 * cm, A4[0] - 2 * cm, A4[1] - 1.45 * cm)
    c.drawString(2 * cm, 1.2 * cm, "Enheten för regional utveckling, analys")
    c.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Sida {doc.page}")
    c.restoreState()
doc = SimpleDocTemplate(os.path.join(OUT, "Arbetsmarknadslaget_Gavleborg_2025.pdf"), pagesize=A4,
                        topMargin=2.3 * cm, bottomMargin=2 * cm, title="Arbetsmarknadsläget i Gävleborg 2025")
worst = max(pdf_rows, key=lambda r: r[2]); best = min(pdf_rows, key=lambda r: r[2])
story = [Paragraph("Arbetsmarknadsläget i Gävleborg 2025", styles["Title"]),
         Paragraph("Sammanfattning", styles["Heading2"]),
         Paragraph(f"Arbetsmarknaden i Gävleborgs län har försvagats något under 2025. Den registrerade "
                   f"arbetslösheten uppgick till {sv(lan25)} procent i augusti, jämfört med {sv(lan24)} procent "
                   f"i augusti 2024. Det motsvarar en ökning med {sv(lan25 - lan24)} procentenheter. Antalet inskrivna "
                   f"arbetslösa uppgick till 12 380 personer i augusti, varav 6 450 var födda utanför Europa.", body),
         Spacer(1, 8),
         Paragraph(f"Skillnaderna mellan kommunerna är fortsatt stora. Högst arbetslöshet hade {worst[0]} med "
                   f"{sv(worst[2])} procent och lägst hade {best[0]} med {sv(best[2])} procent. Bland unga 18–24 år "
                   f"uppgick arbetslösheten till 11,9 procent i länet, vilket är 1,3 procentenheter högre än ett år tidigare.", body),
         Spacer(1, 8),
         Paragraph("Varslen om uppsägning ökade under första halvåret. Totalt varslades 1 240 personer i länet "
                   "under januari–juni 2025, främst inom tillverkningsindustrin och byggverksamheten. Samtidigt "
                   "fortsätter efterfrågan på personal inom vård och omsorg samt utbildning att vara hög.", body),
         Paragraph("Bakgrund och metod", styles["Heading2"])]
for _ in range(6):
    story.append(Paragraph("Rapporten bygger på Arbetsförmedlingens månadsstatistik över inskrivna arbetslösa, "
                           "SCB:s registerbaserade arbetsmarknadsstatistik och regionens egna sammanställningar. "
                           "Arbetslösheten redovisas som andel av den registerbaserade arbetskraften 16–64 år. "
                           "Uppgifterna för kommunerna avser augusti respektive år och är inte säsongsrensade.", body))
    story.append(Spacer(1, 6))
story.append(PageBreak())
story.append(Paragraph("Arbetslöshet per kommun", styles["Heading2"]))
story.append(Paragraph("Tabell 1. Inskrivna arbetslösa 16–64 år, andel (%) av registerbaserade arbetskraften, augusti 2024 och 2025", body))
t1 = [["Kommun", "Aug 2024", "Aug 2025", "Förändring (procentenheter)"]]
for n, a, b, d in pdf_rows:
    t1.append([n, sv(a), sv(b), ("+" if d > 0 else "") + sv(d)])
t1.append(["Gävleborgs län", sv(lan24), sv(lan25), "+" + sv(lan25 - lan24)])
tab = Table(t1, colWidths=[5 * cm, 3 * cm, 3 * cm, 5 * cm])
tab.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"), ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                         ("ALIGN", (1, 0), (-1, -1), "RIGHT"), ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold"),
                         ("LINEABOVE", (0, -1), (-1, -1), 0.5, colors.grey)]))
story += [tab, Spacer(1, 10), Paragraph("Källa: Arbetsförmedlingen, bearbetning Region Gävleborg.", body), Spacer(1, 10)]
for _ in range(5):
    story.append(Paragraph("I flera av de mindre kommunerna påverkas andelen kraftigt av enskilda varsel och av "
                           "säsongsvariationer inom besöksnäringen. Förändringar bör därför tolkas med försiktighet.", body))
    story.append(Spacer(1, 6))
story.append(PageBreak())
story.append(Paragraph("Största arbetsgivare", styles["Heading2"]))
story.append(Paragraph("Tabell 2. De fem största arbetsgivarna i Gävleborgs län 2025, antal anställda", body))
t2 = [["Arbetsgivare", "Antal anställda"]] + [[n, sv(v)] for n, v in employers]
tab2 = Table(t2, colWidths=[7 * cm, 4 * cm])
tab2.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"), ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                          ("ALIGN", (1, 0), (-1, -1), "RIGHT")]))
story += [tab2, Spacer(1, 10), Paragraph("Källa: SCB, Företagsregistret.", body), Spacer(1, 10),
          Paragraph("Offentlig sektor står för en stor del av sysselsättningen i länet. De två största arbetsgivarna, "
                    "regionen och Gävle kommun, har tillsammans 12 770 anställda.", body),
          Paragraph("Utblick", styles["Heading2"]),
          Paragraph("Arbetsförmedlingen bedömer att arbetslösheten i länet når sin topp under vintern 2025/26 och "
                    "därefter sjunker svagt under 2026. Rekryteringsbehoven är störst inom vård och omsorg, utbildning "
                    "och industrins tekniska yrken.", body)]
doc.build(story, onFirstPage=on_page, onLaterPages=on_page)

# ---------------- 6. Register XLSX ----------------
projnames = ["Vård- och omsorgscollege", "Industriteknik för nyanlända", "Yrkessvenska i praktiken", "Digital kompetens för äldre",
             "CNC-operatör", "Lärlingsspår bygg", "Undersköterska på distans", "Besöksnäringens kompetenslyft",
             "Truckkort och logistik", "Elteknik validering", "Språkstöd i arbetsplatsen", "Svetsutbildning",
             "Skogsmaskinförare", "Barnskötare deltid", "Kockutbildning", "Grön omställning industri",
             "Automationstekniker", "Kompetensväxling handel", "Yrkesförare buss", "Validering vård"]
wb = Workbook(); ws = wb.active; ws.title = "Kompetenssatsningar"
hdr = ["Diarienummer", "Projektnamn", "Kommun", "Län", "Beviljat belopp (kr)", "Beslutsdatum", "Status", "Antal deltagare"]
ws.append(hdr)
for c in ws[1]: c.font = Font(bold=True)
for i in range(40):
    code, name, pop, lc, ln = MUNIS[int(rng.integers(0, len(MUNIS)))]
    d = dt.date(2023, 1, 1) + dt.timedelta(days=int(rng.integers(0, 1000)))
    status = rng.choice(["Pågående", "Avslutat", "Avslagen"], p=[0.45, 0.4, 0.15])
    if status == "Pågående" and d < dt.date(2024, 1, 1):
        status = "Avslutat"
    amount = 0 if status == "Avslagen" else int(rng.integers(8, 120)) * 25000
    part = None if status == "Avslagen" else int(rng.integers(6, 60))
    proj = projnames[int(rng.integers(0, len(projnames)))] + " " + name
    ws.append([f"RUN {d.year}-{int(rng.integers(10, 999)):05d}", proj, name, ln, amount, d, status, part])
    ws.cell(ws.max_row, 6).number_format = "yyyy-mm-dd"
    ws.cell(ws.max_row, 5).number_format = "# ##0"
ws.column_dimensions["B"].width = 40
wb.save(os.path.join(OUT, "register_kompetenssatsningar.xlsx"))
print("done")
