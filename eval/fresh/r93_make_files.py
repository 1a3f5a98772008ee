"""Build six realistic Swedish statistics files for round 93 (seed 93)."""
import sys, os, csv, datetime
import numpy as np
import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Font

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
rng = np.random.default_rng(93)

# ---------------------------------------------------------------- 1. SCB
jkpg = [("0604", "Aneby", 6800), ("0617", "Gnosjö", 9600), ("0642", "Mullsjö", 7300),
        ("0643", "Habo", 12500), ("0662", "Gislaved", 29500), ("0665", "Vaggeryd", 14300),
        ("0680", "Jönköping", 144000), ("0682", "Nässjö", 31700), ("0683", "Värnamo", 34500),
        ("0684", "Sävsjö", 11600), ("0685", "Vetlanda", 27800), ("0686", "Eksjö", 17600),
        ("0687", "Tranås", 19300)]
ages = [f"{a}-{a+4} år" for a in range(0, 85, 5)] + ["85+ år"]
profile = np.array([5.6, 6.0, 6.1, 5.9, 6.0, 6.4, 6.5, 6.4, 6.2, 6.3, 6.4, 6.3, 5.9, 5.6,
                    5.3, 4.6, 3.1, 2.4])
profile = profile / profile.sum()
rows = []
for code, name, pop in jkpg:
    for sex, sshare in (("män", 0.505), ("kvinnor", 0.495)):
        prof = profile.copy()
        if sex == "kvinnor":
            prof[-3:] *= [1.1, 1.25, 1.6]
        prof = prof * rng.uniform(0.9, 1.1, len(prof))
        prof = prof / prof.sum()
        v24 = np.round(pop * sshare * prof).astype(int)
        v23 = np.round(v24 * rng.uniform(0.97, 1.02, len(prof))).astype(int)
        for age, a23, a24 in zip(ages, v23, v24):
            rows.append((f"{code} {name}", sex, age, int(a23), int(a24)))
wb = Workbook(); ws = wb.active; ws.title = "Tabell"
ws.append(["Folkmängden efter region, kön, ålder och år. 31 december 2023-2024"])
ws["A1"].font = Font(bold=True)
ws.append([])
ws.append(["region", "kön", "ålder", "2023", "2024"])
prev_r = prev_s = None
for r, s, a, v23, v24 in rows:
    # PX-Web style: repeated labels left blank
    ws.append([r if r != prev_r else None, s if (s != prev_s or r != prev_r) else None, a, v23, v24])
    prev_r, prev_s = r, s
ws.append([])
ws.append(["Källa: SCB, Befolkningsstatistik. Uttag 2025-03-20."])
wb.save(os.path.join(out, "scb_folkmangd_jonkopings_lan_2023_2024.xlsx"))

# ---------------------------------------------------------------- 2. Kolada
kron = ["Uppvidinge", "Lessebo", "Tingsryd", "Alvesta", "Älmhult", "Markaryd", "Växjö", "Ljungby"]
wb = Workbook(); wb.remove(wb.active)
kpis = [("Ohälsotal", "N00956 Ohälsotal, dagar", lambda: rng.uniform(20, 34), 1),
        ("Förvärvsarbetande", "N00914 Förvärvsarbetande invånare 20-64 år, andel (%)",
         lambda: rng.uniform(74, 85), 1),
        ("Nettokostnad äldreomsorg", "N20891 Nettokostnad äldreomsorg, kr/inv",
         lambda: rng.uniform(10500, 17500), 0)]
for sheet, title, gen, dec in kpis:
    ws = wb.create_sheet(sheet)
    ws.append([title]); ws["A1"].font = Font(bold=True)
    ws.append(["Kommun", "2022", "2023", "2024"])
    for k in kron + ["Riket"]:
        base = gen()
        vals = [base, base * rng.uniform(0.96, 1.05), base * rng.uniform(0.95, 1.08)]
        vals = [round(v, 1) if dec else int(round(v)) for v in vals]
        ws.append([k] + vals)
    ws.append([])
    ws.append(["Källa: Kolada (RKA), hämtat 2025-04-02"])
wb.save(os.path.join(out, "kolada_kronoberg_nyckeltal.xlsx"))

# ---------------------------------------------------------------- 3. Arbetsförmedlingen
lan = ["Stockholms län", "Uppsala län", "Södermanlands län", "Östergötlands län",
       "Jönköpings län", "Kronobergs län", "Kalmar län", "Gotlands län", "Blekinge län",
       "Skåne län", "Hallands län", "Västra Götalands län", "Värmlands län", "Örebro län",
       "Västmanlands län", "Dalarnas län", "Gävleborgs län", "Västernorrlands län",
       "Jämtlands län", "Västerbottens län", "Norrbottens län", "Riket"]
recs = []
base = {l: rng.uniform(4.8, 10.5) for l in lan}
for month, shift in (("2025-09", 0.0), ("2025-10", 0.1)):
    for l in lan:
        m = round(base[l] + shift + rng.normal(0, 0.15), 1)
        k = round(m + rng.uniform(-0.9, 0.5), 1)
        t = round(0.47 * k + 0.53 * m, 1)
        recs.append({"Månad": month, "Län": l, "Kvinnor": k, "Män": m, "Totalt": t})
pd.DataFrame(recs).to_csv(os.path.join(out, "af_arbetsloshet_lan_2025-09_10.csv"),
                          index=False, encoding="utf-8-sig")

# ---------------------------------------------------------------- 4. Försäkringskassan
wb = Workbook(); ws = wb.active; ws.title = "Aktivitetsersättning"
ws.append(["Antal personer med aktivitetsersättning, december, Kronobergs län"])
ws["A1"].font = Font(bold=True)
ws.append([])
ws.append(["Kommun", "2023", "2024", "Förändring (%)"])
sizes = {"Uppvidinge": 40, "Lessebo": 35, "Tingsryd": 55, "Alvesta": 85, "Älmhult": 70,
         "Markaryd": 45, "Växjö": 390, "Ljungby": 120}
t23 = t24 = 0
for k in kron:
    a = int(round(sizes[k] * rng.uniform(0.9, 1.1)))
    b = int(round(a * rng.uniform(0.88, 1.15)))
    t23 += a; t24 += b
    ws.append([k, a, b, round((b - a) / a * 100, 1)])
ws.append(["Kronobergs län", t23, t24, round((t24 - t23) / t23 * 100, 1)])
ws.append([])
ws.append(["Källa: Försäkringskassan, MiDAS. Avser folkbokförda personer."])
wb.save(os.path.join(out, "fk_aktivitetsersattning_kronoberg.xlsx"))

# ---------------------------------------------------------------- 5. PDF
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib import colors
from reportlab.lib.units import cm

def fmt(n):
    return f"{n:,}".replace(",", " ")

aktiva = [int(x) for x in rng.integers(7600, 8600, 3)]
ny_k = [int(x) for x in rng.integers(140, 210, 3)]
ny_m = [int(x) for x in rng.integers(230, 330, 3)]
sys_k = [int(x) for x in rng.integers(6800, 7600, 3)]
sys_m = [int(x) for x in rng.integers(9100, 10200, 3)]
konk = [int(x) for x in rng.integers(18, 45, 3)]
table_rows = [
    ("", ["2022", "2023", "2024"], False),
    ("Antal aktiva företag", [fmt(x) for x in aktiva], False),
    ("Nystartade företag", [fmt(a + b) for a, b in zip(ny_k, ny_m)], False),
    ("därav kvinnor", [fmt(x) for x in ny_k], True),
    ("därav män", [fmt(x) for x in ny_m], True),
    ("Sysselsatta i privat sektor", [fmt(a + b) for a, b in zip(sys_k, sys_m)], False),
    ("därav kvinnor", [fmt(x) for x in sys_k], True),
    ("därav män", [fmt(x) for x in sys_m], True),
    ("Konkurser", [fmt(x) for x in konk], False),
]
styles = getSampleStyleSheet()
def on_page(c, doc):
    c.saveState()
    c.setFont("Helvetica", 8)
    c.drawString(2 * cm, A4[1] - 1.3 * cm, "Region Gotland – Regional utveckling")
    c.drawRightString(A4[0] - 2 * cm, A4[1] - 1.3 * cm, "Näringslivet på Gotland 2025")
    c.drawString(2 * cm, 1.2 * cm, "Rapport 2025:7")
    c.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Sida {doc.page} av 3")
    c.restoreState()
doc = SimpleDocTemplate(os.path.join(out, "naringslivet_pa_gotland_2025.pdf"), pagesize=A4,
                        title="Näringslivet på Gotland 2025")
st = []
st.append(Paragraph("Näringslivet på Gotland 2025", styles["Title"]))
intro = ("Denna rapport ger en översikt över näringslivets utveckling på Gotland under perioden "
         "2022–2024. Underlaget bygger på registerdata från SCB:s företagsregister, "
         "Tillväxtverkets nyföretagarstatistik samt Bolagsverkets konkursstatistik. "
         "Gotlands näringsliv präglas av många små företag, en stark besöksnäring och en "
         "betydande livsmedelsproduktion. ")
for i in range(5):
    st.append(Paragraph(intro, styles["BodyText"])); st.append(Spacer(1, 6))
st.append(Paragraph("1. Sammanfattning", styles["Heading2"]))
st.append(Paragraph("Antalet aktiva företag har varit relativt stabilt under perioden medan "
                    "nyföretagandet har varierat. Andelen nya företag som startas av kvinnor "
                    "är fortsatt lägre än andelen som startas av män.", styles["BodyText"]))
st.append(PageBreak())
st.append(Paragraph("2. Företag och sysselsättning", styles["Heading2"]))
st.append(Paragraph("Tabell 1. Företag, nyföretagande och sysselsättning på Gotland 2022–2024",
                    styles["BodyText"]))
st.append(Spacer(1, 8))
data = [[r[0]] + r[1] for r in table_rows]
t = Table(data, colWidths=[7 * cm, 2.5 * cm, 2.5 * cm, 2.5 * cm])
ts = [("FONT", (0, 0), (-1, 0), "Helvetica-Bold"), ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
      ("ALIGN", (1, 0), (-1, -1), "RIGHT"), ("LINEBELOW", (0, -1), (-1, -1), 0.5, colors.grey)]
for i, r in enumerate(table_rows):
    if r[2]:
        ts.append(("LEFTPADDING", (0, i), (0, i), 18))
        ts.append(("FONT", (0, i), (0, i), "Helvetica-Oblique"))
t.setStyle(TableStyle(ts))
st.append(t)
st.append(Spacer(1, 8))
st.append(Paragraph("Källa: SCB Företagsregistret, Tillväxtverket, Bolagsverket. "
                    "Nystartade företag avser företag registrerade under året.", styles["Italic"]))
for i in range(3):
    st.append(Spacer(1, 6))
    st.append(Paragraph("Sysselsättningen i privat sektor har ökat något, främst inom bygg och "
                        "besöksnäring. Kvinnor utgör knappt hälften av de sysselsatta.",
                        styles["BodyText"]))
st.append(PageBreak())
st.append(Paragraph("3. Utblick", styles["Heading2"]))
for i in range(4):
    st.append(Paragraph("Region Gotland fortsätter att prioritera insatser för kompetensförsörjning, "
                        "digitalisering och hållbar besöksnäring. Företagsstöden riktas särskilt "
                        "mot investeringar och innovation.", styles["BodyText"]))
    st.append(Spacer(1, 6))
doc.build(st, onFirstPage=on_page, onLaterPages=on_page)

# ---------------------------------------------------------------- 6. Register TSV
stodtyper = {"Investeringsstöd": (150000, 1200000), "Konsultcheck": (25000, 150000),
             "Innovationscheck": (50000, 250000), "Etableringsstöd": (200000, 800000)}
branscher = ["Besöksnäring", "Livsmedel", "Tillverkning", "IT och digitala tjänster",
             "Jord- och skogsbruk", "Bygg", "Handel"]
prefix = ["Visby", "Slite", "Hemse", "Klintehamn", "Fårö", "Roma", "Burgsvik", "Ljugarn",
          "Gotlands", "Östergarns", "Tofta", "Lärbro"]
suffix = ["Glas AB", "Bageri AB", "Mekaniska AB", "Data AB", "Lamm & Ull AB", "Bygg AB",
          "Gårdsbutik", "Konsult AB", "Turism AB", "Snickeri AB", "Rökeri AB", "Design AB",
          "Vingård AB", "El & Energi AB"]
handl = ["Anna Lindqvist", "Erik Hägg", "Sara Nyström", "Johan Ekdahl"]
names = set()
reg = []
start = datetime.date(2024, 1, 8)
for i in range(45):
    while True:
        n = f"{rng.choice(prefix)} {rng.choice(suffix)}"
        if n not in names:
            names.add(n); break
    s = list(stodtyper)[rng.choice(4, p=[0.35, 0.3, 0.2, 0.15])]
    lo, hi = stodtyper[s]
    amount = int(round(rng.uniform(lo, hi) / 1000) * 1000)
    d = start + datetime.timedelta(days=int(rng.integers(0, 640)))
    reg.append({"Ärendenr": f"RG 2024/{100+i:04d}" if d.year == 2024 else f"RG 2025/{100+i:04d}",
                "Företag": n, "Bransch": str(rng.choice(branscher)), "Stödtyp": s,
                "Beviljat (kr)": amount, "Beslutsdatum": d, "Handläggare": str(rng.choice(handl))})
reg.sort(key=lambda r: r["Beslutsdatum"])
for r in reg:
    r["Beslutsdatum"] = r["Beslutsdatum"].strftime("%d/%m/%Y")
pd.DataFrame(reg).to_csv(os.path.join(out, "foretagsstod_beslut_gotland.tsv"), sep="\t",
                         index=False, encoding="utf-8")
print("done", sorted(os.listdir(out)))
