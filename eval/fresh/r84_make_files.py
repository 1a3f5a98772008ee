"""Build the round-84 knowledge base: six Swedish-style statistics files.
Usage: python r84_make_files.py OUT_DIR"""
import os, sys
import numpy as np
import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Font

OUT = sys.argv[1] if len(sys.argv) > 1 else "kb"
os.makedirs(OUT, exist_ok=True)
rng = np.random.default_rng(84)

COUNTIES = {
    ("03", "Uppsala län"): [("0381", "Enköping", 28000), ("0331", "Heby", 8500), ("0305", "Håbo", 14000),
                            ("0330", "Knivsta", 12000), ("0360", "Tierp", 12500), ("0380", "Uppsala", 160000),
                            ("0319", "Älvkarleby", 5500), ("0382", "Östhammar", 13500)],
    ("19", "Västmanlands län"): [("1984", "Arboga", 8500), ("1982", "Fagersta", 8000), ("1961", "Hallstahammar", 9500),
                                 ("1960", "Kungsör", 5200), ("1983", "Köping", 16000), ("1962", "Norberg", 3400),
                                 ("1981", "Sala", 13000), ("1904", "Skinnskatteberg", 2600), ("1907", "Surahammar", 6000),
                                 ("1980", "Västerås", 100000)],
    ("20", "Dalarnas län"): [("2084", "Avesta", 13000), ("2081", "Borlänge", 33000), ("2080", "Falun", 38000),
                             ("2026", "Gagnef", 6000), ("2083", "Hedemora", 9000), ("2029", "Leksand", 8800),
                             ("2085", "Ludvika", 15500), ("2023", "Malung-Sälen", 5800), ("2062", "Mora", 12500),
                             ("2034", "Orsa", 3800), ("2031", "Rättvik", 6300), ("2061", "Smedjebacken", 6500),
                             ("2082", "Säter", 6400), ("2021", "Vansbro", 3700), ("2039", "Älvdalen", 3800)],
}
MUNIS = [(c, n, p, lk, ln) for (lk, ln), ms in COUNTIES.items() for (c, n, p) in ms]

# ---------------------------------------------------------------- 1. SCB PxWeb
months = [f"2025M{m:02d}" for m in range(1, 9)]
season = np.array([1.06, 1.05, 1.02, 0.98, 0.95, 1.03, 1.08, 1.00])
base_rate = {c: rng.uniform(0.035, 0.095) for c, *_ in MUNIS}
counts = {}   # (code, sex) -> array of 8
pops = {}     # (code, sex) -> pop
for c, n, p, lk, ln in MUNIS:
    pm = int(round(p * rng.uniform(0.505, 0.53)))
    pk = p - pm
    pops[(c, "män")], pops[(c, "kvinnor")], pops[(c, "totalt")] = pm, pk, p
    r = base_rate[c]
    for sex, pop, f in (("män", pm, 1.08), ("kvinnor", pk, 0.92)):
        noise = rng.normal(1, 0.03, 8)
        counts[(c, sex)] = np.round(pop * r * f * season * noise).astype(int)
    counts[(c, "totalt")] = counts[(c, "män")] + counts[(c, "kvinnor")]
for (lk, ln), ms in COUNTIES.items():
    for sex in ("män", "kvinnor", "totalt"):
        counts[(lk, sex)] = sum(counts[(c, sex)] for c, _, _ in ms)
        pops[(lk, sex)] = sum(pops[(c, sex)] for c, _, _ in ms)

regions = []
for (lk, ln), ms in COUNTIES.items():
    regions.append((lk, f"{lk} {ln}"))
    for c, n, _ in ms:
        regions.append((c, f"{c} {n}"))

wb = Workbook(); ws = wb.active; ws.title = "Tabell"
ws.append(["Arbetslösa 16–64 år (AKU-liknande registerdata) efter region, kön, tabellinnehåll och månad"])
ws["A1"].font = Font(bold=True)
ws.append([])
ws.append(["tabellinnehåll", "region", "kön"] + months)
scb_rows = []
for measure in ("Arbetslösa 16–64 år, antal", "Arbetslösa 16–64 år, andel av befolkningen, procent"):
    first_m = True
    for code, label in regions:
        first_r = True
        for sex in ("män", "kvinnor", "totalt"):
            arr = counts[(code, sex)]
            if "antal" in measure:
                vals = [int(v) for v in arr]
            else:
                vals = [round(float(v) / pops[(code, sex)] * 100, 1) for v in arr]
            ws.append([measure if first_m else None, label if first_r else None, sex] + vals)
            scb_rows.append([measure, label, sex] + vals)
            first_m = first_r = False
ws.append([])
ws.append(["Fotnoter:"])
ws.append(["Andel av befolkningen avser arbetslösa i procent av befolkningen 16–64 år i respektive grupp."])
ws.append(["Uppgifterna för 2025M07 och 2025M08 är preliminära."])
ws.append(["Källa: SCB, registerbaserad arbetsmarknadsstatistik. Uttag 2025-09-22."])
wb.save(os.path.join(OUT, "SCB_arbetslosa_16-64_lan_kommun_2025M01-M08.xlsx"))

# ---------------------------------------------------------------- 2. Kolada CSV
lines = ["Invånare som någon gång under året erhållit ekonomiskt bistånd, andel (%)",
         "Kommun;Kommunkod;År;Kvinnor;Män;Totalt"]
def fmt(x): return f"{x:.1f}".replace(".", ",")
kolada_base = {c: rng.uniform(2.0, 7.5) for c, *_ in MUNIS}
kolada_base["0000"] = 4.1
for c, n, *_ in MUNIS + [("0000", "Riket")]:
    b = kolada_base[c]
    for i, yr in enumerate(range(2021, 2025)):
        t = round(b * (1 + 0.03 * (i - 1.5)) + rng.normal(0, 0.15), 1)
        k = round(t + rng.uniform(0.0, 0.6), 1)
        m = round(2 * t - k, 1)
        lines.append(f"{n};{c};{yr};{fmt(k)};{fmt(m)};{fmt(t)}")
with open(os.path.join(OUT, "kolada_ekonomiskt_bistand_andel_2021-2024.csv"), "w", encoding="latin-1", newline="") as f:
    f.write("\r\n".join(lines) + "\r\n")

# ---------------------------------------------------------------- 3. Arbetsförmedlingen
quarters = ["2024 kv 1", "2024 kv 2", "2024 kv 3", "2024 kv 4", "2025 kv 1", "2025 kv 2"]
af_lan = [("Uppsala län", 5200), ("Västmanlands län", 3600), ("Dalarnas län", 3900), ("Riket", 118000)]
qseason = [1.15, 0.95, 1.05, 0.85]
af_rows = []
for lan, base in af_lan:
    prev = [int(round(base * qseason[q] * rng.uniform(0.9, 1.05))) for q in range(4)]  # 2023 (not exported)
    seq = []
    for qi in range(6):
        last_year = prev[qi] if qi < 4 else seq[qi - 4]
        v = int(round(last_year * rng.uniform(0.88, 1.12)))
        seq.append(v)
        ch = round((v - last_year) / last_year * 100, 1)
        s = f"{abs(ch):.1f}".replace(".", ",")
        s = ("−" + s) if ch < 0 else s
        af_rows.append([lan, quarters[qi], v, s])
# order: per quarter, counties then Riket
af_rows.sort(key=lambda r: (quarters.index(r[1]), [a for a, _ in af_lan].index(r[0])))
wb = Workbook(); ws = wb.active; ws.title = "Nyinskrivna"
ws.append(["Nyinskrivna arbetssökande per län och kvartal"]); ws["A1"].font = Font(bold=True)
ws.append(["Källa: Arbetsförmedlingen. Avser personer som skrivits in som arbetssökande under kvartalet."])
ws.append([])
ws.append(["Län", "Kvartal", "Antal", "Förändring mot samma kvartal föregående år (%)"])
for r in af_rows: ws.append(r)
wb.save(os.path.join(OUT, "Arbetsformedlingen_nyinskrivna_per_lan_kvartal.xlsx"))

# ---------------------------------------------------------------- 4. Försäkringskassan
wb = Workbook(); wb.remove(wb.active)
fk_base = {c: rng.uniform(8.0, 13.5) for c, *_ in MUNIS}
for yi, yr in enumerate(("2022", "2023", "2024")):
    ws = wb.create_sheet(yr)
    ws.append([f"Sjukpenningtal (antal dagar per försäkrad 16–64 år), december {yr}"]); ws["A1"].font = Font(bold=True)
    ws.append(["Kommun", "Kvinnor", "Män", "Samtliga"])
    for (lk, ln), ms in COUNTIES.items():
        block = []
        for c, n, p in ms:
            s = fk_base[c] + 0.25 * yi + rng.normal(0, 0.3)
            k = s * 1.28 + rng.normal(0, 0.2); m = s * 0.74 + rng.normal(0, 0.2)
            block.append((n, round(k, 1), round(m, 1), round(s, 1), p))
        tot_p = sum(b[4] for b in block)
        cty = tuple(round(sum(b[i] * b[4] for b in block) / tot_p, 1) for i in (1, 2, 3))
        ws.append([ln, *cty]); ws.cell(ws.max_row, 1).font = Font(bold=True)
        for b in block: ws.append(list(b[:4]))
    ws.append([]); ws.append(["Källa: Försäkringskassan, MiDAS."])
wb.save(os.path.join(OUT, "Forsakringskassan_sjukpenningtal_2022-2024.xlsx"))

# ---------------------------------------------------------------- 5. PDF report
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak

vm = COUNTIES[("19", "Västmanlands län")]
aug24 = {}
for c, n, p in vm:
    aug24[c] = int(round(counts[(c, "totalt")][7] * rng.uniform(0.85, 1.15)))
vm_aug25 = {c: int(counts[(c, "totalt")][7]) for c, _, _ in vm}
vm_tot25 = int(counts[("19", "totalt")][7]); vm_tot24 = sum(aug24.values())
vm_rate25 = round(vm_tot25 / pops[("19", "totalt")] * 100, 1)
pdf_labels = {"1984": "Arboga", "1982": "Fagersta", "1961": "Hallstahammar (inklusive Kolbäck och Strömsholms tätorter)",
              "1960": "Kungsör", "1983": "Köping (inklusive Kolsva och Munktorps landsbygdsområden)", "1962": "Norberg",
              "1981": "Sala (inklusive Möklinta, Västerfärnebo och Ransta med omnejd)", "1904": "Skinnskatteberg",
              "1907": "Surahammar (inklusive Virsbo och Ramnäs bruksorter)",
              "1980": "Västerås (inklusive Skultuna, Barkarö, Tillberga och Dingtuna)"}
styles = getSampleStyleSheet()
cell = ParagraphStyle("cell", parent=styles["Normal"], fontSize=8.5, leading=10)
pdf_table_rows = []

def on_page(canvas, doc):
    canvas.saveState(); canvas.setFont("Helvetica", 8)
    canvas.drawString(2 * cm, A4[1] - 1.3 * cm, "Region Västmanland – Regional utveckling | Arbetsmarknadsrapport Västmanland 2025")
    canvas.drawString(2 * cm, 1.2 * cm, "Publicerad 2025-10-01 · Rapport 2025:7")
    canvas.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Sida {doc.page} av 3")
    canvas.restoreState()

story = [Paragraph("Arbetsmarknadsrapport Västmanland 2025", styles["Title"]),
         Paragraph("Sammanfattning", styles["Heading2"])]
nf = lambda x: f"{x:,}".replace(",", " ")
pct = lambda x: f"{x:.1f}".replace(".", ",")
chg = round((vm_tot25 - vm_tot24) / vm_tot24 * 100, 1)
story.append(Paragraph(
    f"I augusti 2025 var {nf(vm_tot25)} personer i åldern 16–64 år arbetslösa i Västmanlands län, vilket motsvarar "
    f"{pct(vm_rate25)} procent av befolkningen i samma ålder. Jämfört med augusti 2024, då {nf(vm_tot24)} personer var "
    f"arbetslösa, är det en förändring med {pct(chg)} procent. Västerås svarar för {nf(vm_aug25['1980'])} av de arbetslösa "
    f"i länet.", styles["BodyText"]))
story.append(Spacer(1, 8))
story.append(Paragraph(
    "Arbetsmarknaden i länet präglas fortsatt av en svagare industrikonjunktur, särskilt i Bergslagskommunerna. "
    "Efterfrågan på arbetskraft inom vård och omsorg samt inom energi- och elektrifieringsområdet är fortsatt hög. "
    "Rapporten bygger på registerdata från SCB och Arbetsförmedlingen samt regionens egna bearbetningar.",
    styles["BodyText"]))
story.append(Spacer(1, 8))
story.append(Paragraph(
    "Ungdomsarbetslösheten (18–24 år) har minskat något under året, medan långtidsarbetslösheten ligger kvar på en "
    "hög nivå. Regionen bedömer att arbetslösheten når sin topp under vintern 2025/26.", styles["BodyText"]))
story.append(PageBreak())
story.append(Paragraph("Tabell 1. Arbetslösa 16–64 år per kommun, augusti 2024 och augusti 2025", styles["Heading3"]))
head = ["Kommun", "Arbetslösa aug 2024", "Arbetslösa aug 2025", "Andel 2025 (%)", "Förändring (antal)"]
data = [[Paragraph(h, cell) for h in head]]
for c, n, p in vm:
    r25 = round(vm_aug25[c] / pops[(c, "totalt")] * 100, 1)
    row = [pdf_labels[c], aug24[c], vm_aug25[c], r25, vm_aug25[c] - aug24[c]]
    pdf_table_rows.append([n] + row[1:])
    data.append([Paragraph(pdf_labels[c], cell), nf(aug24[c]), nf(vm_aug25[c]), pct(r25),
                 ("+" if row[4] > 0 else ("−" if row[4] < 0 else "")) + nf(abs(row[4]))])
data.append([Paragraph("<b>Västmanlands län</b>", cell), nf(vm_tot24), nf(vm_tot25), pct(vm_rate25),
             ("+" if vm_tot25 > vm_tot24 else "−") + nf(abs(vm_tot25 - vm_tot24))])
t = Table(data, colWidths=[5.2 * cm, 2.6 * cm, 2.6 * cm, 2.4 * cm, 2.6 * cm])
t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                       ("ALIGN", (1, 1), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                       ("FONTSIZE", (0, 0), (-1, -1), 8.5)]))
story.append(t); story.append(Spacer(1, 8))
story.append(Paragraph("Källa: SCB och regionens bearbetning. Uppgifterna för augusti 2025 är preliminära.", styles["BodyText"]))
story.append(PageBreak())
story.append(Paragraph("Tabell 2. Nyckeltal för Västmanlands län", styles["Heading3"]))
nyckel = [("Befolkning 16–64 år", "antal", 176800, 177900),
          ("Sysselsättningsgrad 20–64 år", "procent", 78.9, 78.1),
          ("Lediga platser (nya under året)", "antal", 21450, 19870),
          ("Långtidsarbetslösa, andel av inskrivna", "procent", 44.2, 46.8),
          ("Medianinkomst förvärvsarbetande", "tkr", 398.5, 411.2),
          ("Varsel om uppsägning", "personer", 1830, 2410)]
nd = [["Nyckeltal", "Enhet", "2024", "2025"]]
for a, b, x, y in nyckel:
    f2 = (lambda v: pct(v)) if isinstance(x, float) else nf
    nd.append([a, b, f2(x), f2(y)])
t2 = Table(nd, colWidths=[6.5 * cm, 2.2 * cm, 2.2 * cm, 2.2 * cm])
t2.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                        ("ALIGN", (2, 1), (-1, -1), "RIGHT"), ("FONTSIZE", (0, 0), (-1, -1), 9)]))
story.append(t2); story.append(Spacer(1, 8))
story.append(Paragraph("Anm. 2025 avser prognos eller senast tillgängliga uppgift (januari–augusti).", styles["BodyText"]))
doc = SimpleDocTemplate(os.path.join(OUT, "Arbetsmarknadsrapport_Vastmanland_2025.pdf"), pagesize=A4,
                        topMargin=2.2 * cm, bottomMargin=2 * cm, title="Arbetsmarknadsrapport Västmanland 2025")
doc.build(story, onFirstPage=on_page, onLaterPages=on_page)

# ---------------------------------------------------------------- 6. business-support register
branscher = ["Tillverkning", "Besöksnäring", "Handel", "IT och tjänster", "Jord- och skogsbruk", "Bygg"]
stodformer = ["Företagsstöd investering", "Regionalt investeringsstöd", "Konsultcheck", "Innovationscheck", "Stöd till anställning"]
prefix = ["Norra", "Bergslagens", "Mälardalens", "Siljans", "Uppländska", "Dala", "Kopparbergs", "Svealands", "Älv", "Strand"]
suffix = ["Mekaniska AB", "Trä & Bygg AB", "Digital AB", "Gårdsbutik HB", "Logistik AB", "Turism AB", "Plåt AB",
          "Konsult AB", "Energi AB", "Livs AB"]
rows = []
dates = pd.to_datetime("2024-01-08") + pd.to_timedelta(np.sort(rng.integers(0, 620, 52)), unit="D")
for i in range(52):
    c, n, p, lk, ln = MUNIS[rng.integers(0, len(MUNIS))]
    status = rng.choice(["Beviljat", "Avslag", "Återtaget"], p=[0.72, 0.18, 0.10])
    sf = stodformer[rng.integers(0, len(stodformer))]
    amt = {"Konsultcheck": (50, 250), "Innovationscheck": (100, 300)}.get(sf, (200, 2500))
    belopp = 0 if status == "Avslag" else int(rng.integers(*amt) // 5 * 5)
    rows.append([f"RU-{dates[i].year}-{i + 101:04d}", dates[i].strftime("%Y-%m-%d"),
                 f"{prefix[rng.integers(0, 10)]} {suffix[rng.integers(0, 10)]}", n, ln,
                 branscher[rng.integers(0, 6)], sf, belopp, status])
reg = pd.DataFrame(rows, columns=["Ärende-id", "Beslutsdatum", "Företag", "Kommun", "Län", "Bransch", "Stödform",
                                  "Beviljat (tkr)", "Status"])
with pd.ExcelWriter(os.path.join(OUT, "Foretagsstod_beslut_2024-2025.xlsx"), engine="openpyxl") as xw:
    reg.to_excel(xw, sheet_name="Beslut", index=False)
print("wrote", sorted(os.listdir(OUT)))
