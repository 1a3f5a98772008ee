"""Skriver sex realistiska statistikexporter till OUT_DIR (runda 58).
Regioner: Östergötlands, Kalmar och Värmlands län."""
import sys, os, csv, datetime
import numpy as np
import openpyxl
from openpyxl.styles import Font

rng = np.random.default_rng(58)
OUT = sys.argv[1]
os.makedirs(OUT, exist_ok=True)

LAN = {
    "05": ("Östergötlands län", [
        ("0509", "Ödeshög", 5300), ("0512", "Ydre", 3600), ("0513", "Kinda", 9900),
        ("0560", "Boxholm", 5500), ("0561", "Åtvidaberg", 11600), ("0562", "Finspång", 22000),
        ("0563", "Valdemarsvik", 7600), ("0580", "Linköping", 167000), ("0581", "Norrköping", 145000),
        ("0582", "Söderköping", 14800), ("0583", "Motala", 44000), ("0584", "Vadstena", 7400),
        ("0586", "Mjölby", 28500)]),
    "08": ("Kalmar län", [
        ("0821", "Högsby", 5600), ("0834", "Torsås", 7300), ("0840", "Mörbylånga", 15500),
        ("0860", "Hultsfred", 13800), ("0861", "Mönsterås", 13400), ("0862", "Emmaboda", 9300),
        ("0880", "Kalmar", 72000), ("0881", "Nybro", 20000), ("0882", "Oskarshamn", 27000),
        ("0883", "Västervik", 36000), ("0884", "Vimmerby", 15700), ("0885", "Borgholm", 10900)]),
    "17": ("Värmlands län", [
        ("1715", "Kil", 12000), ("1730", "Eda", 8500), ("1737", "Torsby", 11500),
        ("1760", "Storfors", 4000), ("1761", "Hammarö", 16800), ("1762", "Munkfors", 3600),
        ("1763", "Forshaga", 11500), ("1764", "Grums", 9000), ("1765", "Årjäng", 10000),
        ("1766", "Sunne", 13000), ("1780", "Karlstad", 96000), ("1781", "Kristinehamn", 24000),
        ("1782", "Filipstad", 10300), ("1783", "Hagfors", 11500), ("1784", "Arvika", 26000),
        ("1785", "Säffle", 15000)]),
}
RIKET_POP = 10_590_000

# ---------------------------------------------------------------- 1. SCB kvartal (CSV, latin-1)
QUARTERS = ["2024K1", "2024K2", "2024K3", "2024K4", "2025K1", "2025K2"]
SEAS_BIRTH = [0.95, 1.05, 1.07, 0.93, 0.94, 1.04]
SEAS_DEATH = [1.10, 0.95, 0.90, 1.05, 1.12, 0.94]
SEAS_MOVE = [0.80, 1.00, 1.35, 0.85, 0.82, 1.02]


def pop_changes(pop):
    q = {}
    f = [int(rng.poisson(pop * 0.0099 / 4 * s)) for s in SEAS_BIRTH]
    d = [int(rng.poisson(pop * 0.0104 / 4 * s)) for s in SEAS_DEATH]
    i = [int(rng.poisson(pop * 0.064 / 4 * s)) for s in SEAS_MOVE]
    u = [int(rng.poisson(pop * 0.061 / 4 * s)) for s in SEAS_MOVE]
    q["födda"], q["döda"], q["inflyttade"], q["utflyttade"] = f, d, i, u
    q["folkökning"] = [f[k] - d[k] + i[k] - u[k] for k in range(6)]
    return q


MEASURES = ["födda", "döda", "inflyttade", "utflyttade", "folkökning"]
rows = []
for lk, (lname, kommuner) in LAN.items():
    county = {m: [0] * 6 for m in MEASURES}
    krows = []
    for code, name, pop in kommuner:
        q = pop_changes(pop)
        for m in MEASURES:
            county[m] = [a + b for a, b in zip(county[m], q[m])]
        krows.append((f"{code} {name}", q))
    rows.append((f"{lk} {lname}", county))
    rows.extend(krows)
riket = pop_changes(RIKET_POP)
# rikets in-/utflyttning = invandring/utvandring, mindre än summan av kommunernas
riket["inflyttade"] = [int(x * 0.38) for x in riket["inflyttade"]]
riket["utflyttade"] = [int(x * 0.27) for x in riket["utflyttade"]]
riket["folkökning"] = [riket["födda"][k] - riket["döda"][k] + riket["inflyttade"][k] - riket["utflyttade"][k] for k in range(6)]
rows.insert(0, ("00 Riket", riket))

with open(os.path.join(OUT, "BE0101_befolkningsforandringar_kvartal.csv"), "w", encoding="latin-1", newline="") as fh:
    w = csv.writer(fh, delimiter=";", quoting=csv.QUOTE_MINIMAL)
    w.writerow(["Befolkningsförändringar per region, förändringar och kvartal. Antal personer"])
    w.writerow([])
    w.writerow(["region", "förändringar"] + QUARTERS)
    for reg, q in rows:
        for j, m in enumerate(MEASURES):
            w.writerow([reg if j == 0 else "", m] + q[m])
    w.writerow([])
    w.writerow(["Fotnot: Uppgifterna för 2025K2 är preliminära. Inflyttade omfattar inrikes inflyttade och invandrade, utflyttade omfattar inrikes utflyttade och utvandrade."])
    w.writerow(["Folkökning = födda - döda + inflyttade - utflyttade."])
    w.writerow(["Källa: SCB, Befolkningsstatistik. Uttaget 2025-09-15."])

# ---------------------------------------------------------------- 2. AF varsel (XLSX, två block)
MONTHS = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
base = {"Östergötlands län": 260, "Kalmar län": 110, "Värmlands län": 150, "Riket": 4300}
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Varsel per län"
ws.append(["Varsel om uppsägning per län och månad, antal berörda personer"])
ws["A1"].font = Font(bold=True)
ws.append(["Källa: Arbetsförmedlingen. Avser varsel som inkommit under månaden."])
ws.append([])
for year, nmonths in ((2024, 12), (2025, 10)):
    if year == 2025:
        ws.append([])
    ws.append([f"År {year}"])
    ws.append(["Län"] + MONTHS)
    for reg, b in base.items():
        season = np.array([1.3, 1.0, 1.1, 0.9, 0.8, 0.9, 0.5, 0.8, 1.2, 1.3, 1.1, 1.0])
        lvl = 1.0 if year == 2024 else 0.9
        vals = [int(rng.gamma(4, b * season[k] * lvl / 4)) for k in range(nmonths)]
        ws.append([reg] + vals + [None] * (12 - nmonths))
ws.append([])
ws.append(["Uppgifterna för 2025 avser januari–oktober. Siffrorna kan revideras."])
wb.save(os.path.join(OUT, "af_varsel_per_lan_2024_2025.xlsx"))

# ---------------------------------------------------------------- 3. Kolada (CSV, komma-decimaler)
K1 = "N01951 Invånare totalt, antal"
K2 = "N03923 Arbetslöshet 18-65 år, andel (%) av befolkningen"
kol_rows = []
for lk, (lname, kommuner) in LAN.items():
    lan_vals = {y: [0, []] for y in (2022, 2023, 2024)}
    for code, name, pop in kommuner:
        unemp0 = rng.uniform(4.5, 9.5)
        growth = rng.normal(0.002, 0.004)
        for y in (2022, 2023, 2024):
            p = int(pop * (1 + growth) ** (y - 2024) + rng.normal(0, pop * 0.0015))
            un = round(unemp0 + (y - 2022) * rng.normal(0.3, 0.35), 1)
            kol_rows.append((name, code, y, p, un))
            lan_vals[y][0] += p
            lan_vals[y][1].append((un, p))
    for y in (2022, 2023, 2024):
        tot = lan_vals[y][0]
        un = round(sum(a * b for a, b in lan_vals[y][1]) / tot, 1)
        kol_rows.append((lname, "00" + lk, y, tot, un))
for y, (p, un) in zip((2022, 2023, 2024), ((36220, 6.2), (36310, 6.5), (36405, 6.9))):
    kol_rows.append(("Alla kommuner (ovägt medel)", "0000", y, p, un))
kol_rows.sort(key=lambda r: (r[0] != "Alla kommuner (ovägt medel)", r[1], r[2]))
with open(os.path.join(OUT, "kolada_invanare_arbetsloshet.csv"), "w", encoding="utf-8-sig", newline="") as fh:
    w = csv.writer(fh, delimiter=";", quoting=csv.QUOTE_ALL)
    w.writerow(["Kommun", "Kommun-id", "År", K1, K2])
    for name, code, y, p, un in kol_rows:
        w.writerow([name, code, y, str(p), f"{un:.1f}".replace(".", ",")])

# ---------------------------------------------------------------- 4. SCB medianinkomst (XLSX, text)
def sp(n):
    return f"{n:,}".replace(",", " ")


AGES = ["20-34 år", "35-49 år", "50-64 år"]
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Tabell"
ws.append(["Sammanräknad förvärvsinkomst för förvärvsarbetande 20-64 år efter region, ålder och kön. År 2023"])
ws.append(["Medianinkomst i tkr samt antal personer"])
ws.append([])
ws.append(["region", "ålder", "kön", "Antal personer", "Medianinkomst, tkr"])
regions = [("00 Riket", RIKET_POP, 1.0)]
for lk, (lname, kommuner) in LAN.items():
    regions.append((f"{lk} {lname}", sum(k[2] for k in kommuner), 0.95))
    for code, name, pop in kommuner:
        regions.append((f"{code} {name}", pop, rng.uniform(0.86, 1.04)))
age_base = {"20-34 år": 318.0, "35-49 år": 445.0, "50-64 år": 432.0}
sex_fac = {"män": 1.09, "kvinnor": 0.91}
r = 5
for reg, pop, lvl in regions:
    first = True
    for a in AGES:
        for s in ("män", "kvinnor"):
            n = int(pop * 0.58 / 6 * rng.uniform(0.88, 1.1))
            med = round(age_base[a] * sex_fac[s] * lvl * rng.uniform(0.97, 1.03), 1)
            ntext = sp(n)
            medtext = f"{med:.1f}".replace(".", ",")
            # vissa celler lagrade som text, andra som tal
            as_text = rng.random() < 0.45
            ws.append([reg if first else None, a, s,
                       ntext if (as_text or n >= 1000) else n,
                       medtext if as_text else med])
            first = False
ws.append([])
ws.append(["Förvärvsarbetande enligt SCB:s sysselsättningsregister. Inkomst i tusentals kronor (tkr)."])
ws.append(["Källa: SCB, Inkomster och skatter."])
wb.save(os.path.join(OUT, "scb_medianinkomst_alder_kon_2023.xlsx"))

# ---------------------------------------------------------------- 5. PDF rapport
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
from reportlab.lib import colors

pdf_kommuner = ["Linköping", "Norrköping", "Motala", "Mjölby", "Finspång", "Kalmar", "Västervik",
                "Oskarshamn", "Nybro", "Karlstad", "Kristinehamn", "Arvika", "Säffle", "Filipstad"]
t1 = []
for k in pdf_kommuner:
    w24 = round(rng.uniform(4.8, 10.5), 1)
    m24 = round(w24 + rng.normal(0.4, 0.7), 1)
    w25 = round(w24 + rng.normal(0.4, 0.5), 1)
    m25 = round(m24 + rng.normal(0.5, 0.5), 1)
    t1.append((k, w24, m24, w25, m25))
t2 = []
for reg in ("Östergötlands län", "Kalmar län", "Värmlands län", "Riket"):
    fg = round(rng.uniform(26, 36), 1)
    eg = round(rng.uniform(22, 30), 1)
    g = round(100 - fg - eg, 1)
    t2.append((reg, fg, g, eg))


def c(x):
    return f"{x:.1f}".replace(".", ",")


styles = getSampleStyleSheet()
doc = SimpleDocTemplate(os.path.join(OUT, "Arbetsmarknaden_i_sydost_hosten_2025.pdf"), pagesize=A4,
                        title="Arbetsmarknaden i sydost – läget hösten 2025")
story = [Paragraph("Arbetsmarknaden i sydost – läget hösten 2025", styles["Title"]),
         Paragraph("Regional analys, Östergötlands, Kalmar och Värmlands län. Oktober 2025.", styles["Normal"]),
         Spacer(1, 12),
         Paragraph("Sammanfattning", styles["Heading2"])]
nk = dict((r[0], r) for r in t1)
lk_w25 = nk["Linköping"][3]
nrk = nk["Norrköping"]
topm = max(t1, key=lambda r: r[4])
story.append(Paragraph(
    "Arbetsmarknaden i regionerna har försvagats under det senaste året. Andelen inskrivna arbetslösa "
    f"har ökat i de flesta av de redovisade kommunerna. I Norrköping var andelen bland kvinnor {c(nrk[3])} procent "
    f"i september 2025 och bland män {c(nrk[4])} procent. I Linköping låg andelen bland kvinnor på {c(lk_w25)} procent.",
    styles["Normal"]))
story.append(Spacer(1, 8))
story.append(Paragraph(
    f"{topm[0]} har den högsta andelen inskrivna arbetslösa bland männen i urvalet, {c(topm[4])} procent "
    "i september 2025. Antalet varsel redovisas i en separat bilaga.",
    styles["Normal"]))
story.append(Spacer(1, 8))
story.append(Paragraph(
    "Arbetslösheten är starkt kopplad till utbildningsnivå. Personer med högst förgymnasial utbildning utgör "
    "en betydligt större del av de inskrivna arbetslösa än av befolkningen. Regionala insatser inom "
    "kompetensförsörjning har därför prioriterats under 2025.", styles["Normal"]))
story.append(Spacer(1, 14))
story.append(Paragraph("Tabell 1. Inskrivna arbetslösa 16–64 år, andel (%) av registerbefolkningen, "
                       "september 2024 och september 2025, efter kön", styles["Heading4"]))
data = [["Kommun", "2024", "", "2025", ""], ["", "Kvinnor", "Män", "Kvinnor", "Män"]]
for k, a, b, cc, d in t1:
    data.append([k, c(a), c(b), c(cc), c(d)])
tbl = Table(data, colWidths=[110, 70, 70, 70, 70])
tbl.setStyle(TableStyle([("SPAN", (1, 0), (2, 0)), ("SPAN", (3, 0), (4, 0)), ("SPAN", (0, 0), (0, 1)),
                         ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                         ("BACKGROUND", (0, 0), (-1, 1), colors.lightgrey),
                         ("ALIGN", (1, 0), (-1, -1), "CENTER")]))
story.append(tbl)
story.append(Paragraph("Källa: Arbetsförmedlingen och SCB, bearbetning av regionala utvecklingsenheten.", styles["Italic"]))
story.append(PageBreak())
story.append(Paragraph("Utbildningsnivå bland inskrivna arbetslösa", styles["Heading2"]))
kal = t2[1]
story.append(Paragraph(
    f"I Kalmar län hade ungefär {round(kal[1]):d} procent av de inskrivna arbetslösa högst förgymnasial utbildning "
    f"i september 2025. I riket var motsvarande andel {c(t2[3][1])} procent. Andelen med eftergymnasial utbildning "
    f"var högst i {max(t2[:3], key=lambda r: r[3])[0]}.", styles["Normal"]))
story.append(Spacer(1, 10))
story.append(Paragraph("Tabell 2. Inskrivna arbetslösa efter utbildningsnivå, september 2025, andel (%)", styles["Heading4"]))
data2 = [["Region", "Förgymnasial", "Gymnasial", "Eftergymnasial"]]
for reg, a, b, cc in t2:
    data2.append([reg, c(a), c(b), c(cc)])
tbl2 = Table(data2, colWidths=[130, 90, 90, 90])
tbl2.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                          ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
story.append(tbl2)
story.append(Spacer(1, 10))
story.append(Paragraph(
    "Under hösten 2025 planerar regionerna gemensamma insatser för validering och yrkesutbildning. "
    "Uppföljning sker i nästa lägesrapport våren 2026.", styles["Normal"]))
story.append(PageBreak())
story.append(Paragraph("Metod och definitioner", styles["Heading2"]))
story.append(Paragraph(
    "Inskrivna arbetslösa omfattar öppet arbetslösa och sökande i program med aktivitetsstöd. Andelen beräknas "
    "i förhållande till den registerbaserade arbetskraften 16–64 år. Uppgifterna avser september respektive år.",
    styles["Normal"]))
doc.build(story)

# ---------------------------------------------------------------- 6. Projektregister (XLSX)
INSATS = ["Innovation och företagande", "Kompetensförsörjning", "Hållbar tillväxt och klimat",
          "Tillgänglighet och digitalisering", "Attraktiv livsmiljö och turism"]
AGARE = ["Kommun", "Region", "Ideell förening", "Aktiebolag", "Ekonomisk förening",
         "Universitet/högskola", "Statlig myndighet"]
AG_P = [0.30, 0.12, 0.16, 0.18, 0.10, 0.09, 0.05]
lan_names = [v[0] for v in LAN.values()]
lan_p = [0.42, 0.25, 0.33]
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Beviljade projekt"
ws.append(["Diarienummer", "Beslutsdatum", "Län", "Kommun", "Insatsområde", "Projektägare",
           "Beviljat belopp", "Medfinansiering (kr)", "Antal deltagare"])
n_rows = 340
recs = []
for i in range(n_rows):
    li = rng.choice(3, p=lan_p)
    lkey = list(LAN.keys())[li]
    kommuner = LAN[lkey][1]
    pops = np.array([k[2] for k in kommuner], dtype=float)
    kom = kommuner[rng.choice(len(kommuner), p=pops / pops.sum())][1]
    d = datetime.date(2023, 1, 1) + datetime.timedelta(days=int(rng.integers(0, 1003)))
    amt = int(round(rng.lognormal(13.6, 0.7) / 10000) * 10000)
    amt = max(amt, 50000)
    medf = int(round(amt * rng.uniform(0.2, 1.1) / 1000) * 1000)
    delt = int(rng.integers(5, 180))
    recs.append((d, lan_names[li], kom, str(rng.choice(INSATS)), str(rng.choice(AGARE, p=AG_P)), amt, medf, delt))
recs.sort(key=lambda r: r[0])
cnt = {}
for d, lan, kom, ins, ag, amt, medf, delt in recs:
    cnt[d.year] = cnt.get(d.year, 0) + 1
    dnr = f"RUN {d.year}-{cnt[d.year] * 7 + 100:05d}"
    ws.append([dnr, d, lan, kom, ins, ag, sp(amt) + " kr", medf, delt])
for row in ws.iter_rows(min_row=2, min_col=2, max_col=2):
    for cell in row:
        cell.number_format = "yyyy-mm-dd"
wb.save(os.path.join(OUT, "regionala_projektmedel_beviljade_2023_2025.xlsx"))
print("wrote 6 files to", OUT)
