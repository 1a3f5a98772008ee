"""Build six realistic Swedish statistics exports (round 56).
Usage: python make_files.py OUT_DIR
"""
import sys
from pathlib import Path

import numpy as np
import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment

OUT = Path(sys.argv[1])
OUT.mkdir(parents=True, exist_ok=True)
rng = np.random.default_rng(56)

# ---------------------------------------------------------------- regions
LAN = {
    "14": "Västra Götalands län",
    "09": "Gotlands län",
    "22": "Västernorrlands län",
}
# (code, name, approx. population 2022)
KOMMUNER = [
    ("1401", "Härryda", 39000), ("1402", "Partille", 39500), ("1407", "Öckerö", 13000),
    ("1415", "Stenungsund", 27200), ("1419", "Tjörn", 16000), ("1421", "Orust", 15200),
    ("1427", "Sotenäs", 9000), ("1430", "Munkedal", 10500), ("1435", "Tanum", 13000),
    ("1438", "Dals-Ed", 4800), ("1439", "Färgelanda", 6500), ("1440", "Ale", 32000),
    ("1441", "Lerum", 43300), ("1442", "Vårgårda", 12000), ("1443", "Bollebygd", 9900),
    ("1444", "Grästorp", 5700), ("1445", "Essunga", 5600), ("1446", "Karlsborg", 6900),
    ("1447", "Gullspång", 5200), ("1452", "Tranemo", 11800), ("1460", "Bengtsfors", 9400),
    ("1461", "Mellerud", 9100), ("1462", "Lilla Edet", 14200), ("1463", "Mark", 35200),
    ("1465", "Svenljunga", 10700), ("1466", "Herrljunga", 9600), ("1470", "Vara", 16000),
    ("1471", "Götene", 13300), ("1472", "Tibro", 11400), ("1473", "Töreboda", 9300),
    ("1480", "Göteborg", 596000), ("1481", "Mölndal", 70400), ("1482", "Kungälv", 47800),
    ("1484", "Lysekil", 14300), ("1485", "Uddevalla", 57000), ("1486", "Strömstad", 13300),
    ("1487", "Vänersborg", 40000), ("1488", "Trollhättan", 59300), ("1489", "Alingsås", 42000),
    ("1490", "Borås", 114000), ("1491", "Ulricehamn", 25200), ("1492", "Åmål", 12300),
    ("1493", "Mariestad", 24500), ("1494", "Lidköping", 40000), ("1495", "Skara", 18700),
    ("1496", "Skövde", 57000), ("1497", "Hjo", 9200), ("1498", "Tidaholm", 13000),
    ("1499", "Falköping", 33500),
    ("0980", "Gotland", 61000),
    ("2260", "Ånge", 9000), ("2262", "Timrå", 18100), ("2280", "Härnösand", 25000),
    ("2281", "Sundsvall", 99500), ("2282", "Kramfors", 18000), ("2283", "Sollefteå", 19100),
    ("2284", "Örnsköldsvik", 56200),
]
KOM = pd.DataFrame(KOMMUNER, columns=["kod", "namn", "pop"])
KOM["lan"] = KOM["kod"].str[:2]
RIKET_POP_2022 = 10_452_326

AGES = ["0-4 år", "5-9 år", "10-14 år", "15-19 år", "20-24 år", "25-29 år", "30-34 år",
        "35-39 år", "40-44 år", "45-49 år", "50-54 år", "55-59 år", "60-64 år", "65-69 år",
        "70-74 år", "75-79 år", "80-84 år", "85+ år"]
BASE_PROFILE = np.array([5.6, 6.0, 6.2, 6.0, 5.8, 6.5, 7.0, 6.7, 6.3, 6.3, 6.6, 6.4, 5.9,
                         5.4, 5.2, 4.6, 3.0, 2.7])
YEARS_POP = [2022, 2023, 2024]


def profile(urban: bool):
    p = BASE_PROFILE.copy()
    if urban:
        p[4:8] *= 1.25
        p[13:] *= 0.8
    else:
        p[4:8] *= 0.8
        p[13:] *= 1.2
    p = p * rng.uniform(0.93, 1.07, len(p))
    return p / p.sum()


# ---------------------------------------------------------------- 1. SCB population
def pop_rows(pop2022, urban):
    prof = profile(urban)
    growth = rng.uniform(-0.012, 0.016, 2)
    out = {}
    wf = [0.487 + rng.normal(0, 0.006) + (0.035 * (ai - 12) if ai > 12 else 0.0)
          for ai in range(len(AGES))]
    for sex in ("män", "kvinnor"):
        vals = []
        for ai in range(len(AGES)):
            w = wf[ai] if sex == "kvinnor" else 1 - wf[ai]
            base = pop2022 * prof[ai] * w
            y = [base]
            for g in growth:
                y.append(y[-1] * (1 + g + rng.normal(0, 0.008)))
            vals.append([int(round(v)) for v in y])
        out[sex] = vals
    return out


pop_records = []
kom_pop = {}
for r in KOM.itertuples():
    urban = r.pop > 50000
    kom_pop[r.kod] = pop_rows(r.pop, urban)
riket = pop_rows(RIKET_POP_2022, True)

region_rows = [("00", "Riket", riket)]
for lk, ln in LAN.items():
    members = KOM[KOM.lan == lk].kod.tolist()
    agg = {s: [[sum(kom_pop[k][s][ai][yi] for k in members) for yi in range(3)]
               for ai in range(len(AGES))] for s in ("män", "kvinnor")}
    region_rows.append((lk, ln, agg))
    for k in members:
        region_rows.append((k, KOM.set_index("kod").loc[k, "namn"], kom_pop[k]))

lines = ["Folkmängd efter region, ålder och kön. År 2022 - 2024", "",
         "region\tålder\tkön\t2022\t2023\t2024"]
for code, name, d in region_rows:
    for ai, a in enumerate(AGES):
        for s in ("män", "kvinnor"):
            v = d[s][ai]
            lines.append(f"{code} {name}\t{a}\t{s}\t{v[0]}\t{v[1]}\t{v[2]}")
lines += ["", "Folkmängden avser förhållandena den 31 december respektive år.",
          "Regionindelning enligt 2024 års kommunindelning.",
          "Källa: SCB, Befolkningsstatistik"]
(OUT / "BE0101_folkmangd_region_alder_kon_2022-2024.csv").write_bytes(
    ("\r\n".join(lines) + "\r\n").encode("latin-1"))

# ---------------------------------------------------------------- 2. Kolada KPI xlsx
KPI_YEARS = [2021, 2022, 2023, 2024]
wb = Workbook()
ws = wb.active
ws.title = "N15428"
ws.append(["N15428 - Elever i åk 9 som är behöriga till yrkesprogram, hemkommun, andel (%)"])
ws["A1"].font = Font(bold=True)
ws.append(["Källa: Skolverket via Kolada. Hämtad 2025-10-14."])
ws.append([])
ws.append(["Kommun", "Kön"] + [str(y) for y in KPI_YEARS])
small = {"Dals-Ed", "Gullspång", "Essunga", "Grästorp"}


def kpi_series(base):
    vals = []
    for i, y in enumerate(KPI_YEARS):
        vals.append(base + rng.normal(0, 1.8) - 0.4 * i)
    return np.clip(vals, 60, 98)


kolada_rows = []
riket_base = np.array([85.6, 85.0, 84.2, 84.6])
kolada_rows.append(("Riket", riket_base))
for lk, ln in LAN.items():
    members = KOM[KOM.lan == lk]
    kom_vals = []
    for r in members.itertuples():
        base = rng.normal(84.5, 4.5)
        kom_vals.append((r.namn, kpi_series(base), r.pop))
    if len(kom_vals) > 1:
        w = np.array([p for _, _, p in kom_vals], float)
        lan_v = (np.array([v for _, v, _ in kom_vals]) * w[:, None]).sum(0) / w.sum()
        kolada_rows.append((ln, lan_v))
    else:
        kolada_rows.append((ln, kom_vals[0][1]))
    for n, v, _ in kom_vals:
        kolada_rows.append((n, v))

for name, tot in kolada_rows:
    gap = rng.uniform(0.8, 3.5)
    for sex, shift in (("Totalt", 0.0), ("Kvinnor", gap), ("Män", -gap)):
        vals = []
        for yi, v in enumerate(tot):
            x = round(float(v + shift + (rng.normal(0, 0.6) if shift else 0)), 1)
            if name in small and sex != "Totalt" and rng.random() < 0.5:
                x = None  # suppressed (för få elever)
            vals.append(x)
        ws.append([name, sex] + vals)
ws.append([])
ws.append(["Uppgift saknas (tom cell) när antalet elever är för litet för att redovisas."])
ws.column_dimensions["A"].width = 26
wb.save(OUT / "kolada_N15428_behorighet_yrkesprogram_2021-2024.xlsx")

# ---------------------------------------------------------------- 3. Arbetsförmedlingen long csv
MONTHS = [f"2025-{m:02d}" for m in range(1, 10)]  # jan–sep 2025
season = np.array([1.35, 1.05, 1.0, 0.95, 0.9, 1.05, 0.85, 1.25, 1.1])
cats = [("Öppet arbetslösa", 0.52), ("Sökande i program med aktivitetsstöd", 0.27),
        ("Övriga inskrivna", 0.21)]
af = []
for r in KOM.itertuples():
    rate = rng.uniform(0.0018, 0.0032)
    for mi, m in enumerate(MONTHS):
        for c, sh in cats:
            lam = r.pop * rate * season[mi] * sh
            af.append({"Län": LAN[r.lan], "Kommunkod": r.kod, "Kommun": r.namn, "Månad": m,
                       "Sökandekategori": c, "Antal": int(rng.poisson(lam))})
af = pd.DataFrame(af)
af.to_csv(OUT / "af_nyinskrivna_arbetssokande_kommun_manad_2025.csv", sep=";", index=False,
          encoding="utf-8")

# ---------------------------------------------------------------- 4. Försäkringskassan xlsx
FK_AGES = ["19–29 år", "30–39 år", "40–49 år", "50–59 år", "60–64 år"]
FK_YEARS = [2022, 2023, 2024]
se_rate = np.array([0.0, 0.012, 0.022, 0.038, 0.060])  # share of pop in age band
ae_rate = 0.011
band_share = np.array([0.125, 0.13, 0.125, 0.13, 0.06])


def fk_block(pop):
    rate_mult = rng.uniform(0.7, 1.5)
    out = []
    for ai, a in enumerate(FK_AGES):
        row = []
        for yi, y in enumerate(FK_YEARS):
            trend = 1 - 0.03 * yi
            if ai == 0:
                se = None
                ae = int(rng.poisson(pop * band_share[0] * ae_rate * rate_mult * (1 + 0.02 * yi)))
            else:
                se = int(rng.poisson(pop * band_share[ai] * se_rate[ai] * rate_mult * trend))
                ae = None
            row += [se, ae]
        out.append(row)
    return out


fk_kom = {r.kod: fk_block(r.pop) for r in KOM.itertuples()}
fk_riket = fk_block(RIKET_POP_2022)
wb = Workbook()
ws = wb.active
ws.title = "Mottagare"
ws.append(["Antal mottagare av sjukersättning och aktivitetsersättning efter kommun och "
           "åldersgrupp, december 2022–2024"])
ws["A1"].font = Font(bold=True)
ws.append([])
hdr1 = ["Kommun", "Åldersgrupp"]
hdr2 = ["", ""]
for y in FK_YEARS:
    hdr1 += [y, None]
    hdr2 += ["Sjukersättning", "Aktivitetsersättning"]
ws.append(hdr1)
ws.append(hdr2)
for i in range(len(FK_YEARS)):
    c0 = 3 + 2 * i
    ws.merge_cells(start_row=3, start_column=c0, end_row=3, end_column=c0 + 1)
    ws.cell(row=3, column=c0).alignment = Alignment(horizontal="center")
ws.merge_cells("A3:A4")
ws.merge_cells("B3:B4")


def put_block(name, block):
    for ai, row in enumerate(block):
        ws.append([name if ai == 0 else None, FK_AGES[ai]] +
                  [("–" if v is None else v) for v in row])


put_block("Riket", fk_riket)
for lk, ln in LAN.items():
    members = KOM[KOM.lan == lk].kod.tolist()
    agg = []
    for ai in range(len(FK_AGES)):
        row = []
        for j in range(2 * len(FK_YEARS)):
            vs = [fk_kom[k][ai][j] for k in members]
            row.append(None if vs[0] is None else sum(vs))
        agg.append(row)
    put_block(ln, agg)
    for k in members:
        put_block(KOM.set_index("kod").loc[k, "namn"], fk_kom[k])
ws.append([])
ws.append(["– = ej tillämpligt. Aktivitetsersättning lämnas till personer 19–29 år, "
           "sjukersättning till personer 30–64 år."])
ws.append(["Källa: Försäkringskassan (MiDAS)."])
ws.column_dimensions["A"].width = 24
wb.save(OUT / "fk_sjukersattning_aktivitetsersattning_kommun_2022-2024.xlsx")

# ---------------------------------------------------------------- 5. PDF report
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

BRANSCHER = ["Tillverkning", "Handel", "Transport och magasinering", "Byggverksamhet",
             "Hotell och restaurang", "Information och kommunikation", "Övriga branscher"]
lan_scale = {"Västra Götalands län": 1.0, "Gotlands län": 0.05, "Västernorrlands län": 0.16}
bw = np.array([0.38, 0.14, 0.12, 0.10, 0.06, 0.09, 0.11])
varsel = []
for ln, sc in lan_scale.items():
    for b, w in zip(BRANSCHER, bw):
        q2 = int(rng.poisson(4200 * sc * w * rng.uniform(0.6, 1.4)))
        q3 = int(rng.poisson(4600 * sc * w * rng.uniform(0.6, 1.4)))
        varsel.append({"Län": ln, "Bransch": b, "Kv2": q2, "Kv3": q3})
varsel = pd.DataFrame(varsel)
konk = []
for ln, base in (("Västra Götalands län", 560), ("Gotlands län", 17), ("Västernorrlands län", 62)):
    for q in (1, 2, 3):
        n = int(rng.poisson(base * (1.1 if q == 1 else 1.0)))
        konk.append({"Län": ln, "Kvartal": q, "Konkurser": n,
                     "Anställda": int(n * rng.uniform(2.2, 3.6))})
konk = pd.DataFrame(konk)

styles = getSampleStyleSheet()
doc = SimpleDocTemplate(str(OUT / "varsel_och_konkurser_kvartalsrapport_kv3_2025.pdf"),
                        pagesize=A4, title="Varsel och konkurser – kvartalsrapport")
story = [Paragraph("Varsel och konkurser – kvartalsrapport", styles["Title"]),
         Paragraph("Kvartal 3 2025 · Västra Götalands, Gotlands och Västernorrlands län",
                   styles["Heading3"]), Spacer(1, 12)]
tot3 = int(varsel.Kv3.sum())
tot2 = int(varsel.Kv2.sum())
vg3 = int(varsel[varsel.Län == "Västra Götalands län"].Kv3.sum())
vn3 = int(varsel[varsel.Län == "Västernorrlands län"].Kv3.sum())
vn2 = int(varsel[varsel.Län == "Västernorrlands län"].Kv2.sum())
tillv_vg3 = int(varsel[(varsel.Län == "Västra Götalands län") & (varsel.Bransch == "Tillverkning")].Kv3.iloc[0])
k3 = konk[konk.Kvartal == 3].set_index("Län")
k2 = konk[konk.Kvartal == 2].set_index("Län")
intro = (
    f"Under kvartal 3 2025 varslades sammanlagt {tot3:,} personer om uppsägning i de tre länen, "
    f"jämfört med {tot2:,} personer under kvartal 2 2025. ".replace(",", " ") +
    f"Av varslen under kvartal 3 2025 avsåg {vg3:,} personer arbetsställen i Västra Götalands län "
    f"och {vn3:,} personer arbetsställen i Västernorrlands län.".replace(",", " ") +
    " Tillverkningsindustrin står fortsatt för den största delen av varslen, "
    f"i Västra Götalands län {tillv_vg3:,} personer under kvartalet.".replace(",", " "))
story.append(Paragraph("Sammanfattning", styles["Heading2"]))
story.append(Paragraph(intro, styles["BodyText"]))
story.append(Spacer(1, 8))
story.append(Paragraph(
    f"Antalet konkurser i Västra Götalands län uppgick till {k3.loc['Västra Götalands län','Konkurser']} "
    f"under kvartal 3 2025, mot {k2.loc['Västra Götalands län','Konkurser']} under kvartal 2. "
    f"I Västernorrlands län inträffade {k3.loc['Västernorrlands län','Konkurser']} konkurser under "
    f"kvartal 3 2025 och på Gotland {k3.loc['Gotlands län','Konkurser']}. Konkurserna berörde totalt "
    f"{int(k3.Anställda.sum())} anställda i de tre länen under kvartal 3 2025.",
    styles["BodyText"]))
story.append(Spacer(1, 8))
story.append(Paragraph(
    "Varslen redovisas efter arbetsställets län och bransch enligt SNI 2007. Ett varsel är ett "
    "besked från arbetsgivaren till Arbetsförmedlingen om att minst fem personer kan komma att "
    "sägas upp; alla varsel leder inte till uppsägningar. Uppgifterna för kvartal 2 2025 har "
    "reviderats sedan föregående rapport.", styles["BodyText"]))
story.append(PageBreak())
story.append(Paragraph("Varsel per län och bransch", styles["Heading2"]))
story.append(Paragraph("Tabell 1. Varsel om uppsägning per län och bransch, kvartal 2 och "
                       "kvartal 3 2025 (antal personer)", styles["Italic"]))
data = [["Län", "Bransch", "Kvartal 2 2025", "Kvartal 3 2025"]]
sub_rows = []
for ln in lan_scale:
    part = varsel[varsel.Län == ln]
    for r in part.itertuples():
        data.append([ln, r.Bransch, f"{r.Kv2:,}".replace(",", " "), f"{r.Kv3:,}".replace(",", " ")])
    data.append([f"Summa {ln}", "", f"{int(part.Kv2.sum()):,}".replace(",", " "),
                 f"{int(part.Kv3.sum()):,}".replace(",", " ")])
    sub_rows.append(len(data) - 1)
data.append(["Totalt tre län", "", f"{tot2:,}".replace(",", " "), f"{tot3:,}".replace(",", " ")])
t = Table(data, repeatRows=1)
ts = [("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("FONTSIZE", (0, 0), (-1, -1), 8),
      ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey), ("ALIGN", (2, 0), (-1, -1), "RIGHT")]
for i in sub_rows + [len(data) - 1]:
    ts.append(("FONTNAME", (0, i), (-1, i), "Helvetica-Bold"))
t.setStyle(TableStyle(ts))
story.append(t)
story.append(Spacer(1, 6))
story.append(Paragraph("Källa: Arbetsförmedlingen, varselstatistik.", styles["Italic"]))
story.append(PageBreak())
story.append(Paragraph("Konkurser", styles["Heading2"]))
story.append(Paragraph("Tabell 2. Konkurser och berörda anställda per län, kvartal 1–3 2025",
                       styles["Italic"]))
d2 = [["Län", "Kvartal", "Antal konkurser", "Berörda anställda"]]
for r in konk.itertuples():
    d2.append([r.Län, f"Kvartal {r.Kvartal} 2025", str(r.Konkurser), str(r.Anställda)])
t2 = Table(d2)
t2.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                        ("FONTSIZE", (0, 0), (-1, -1), 8),
                        ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
story.append(t2)
story.append(Spacer(1, 8))
story.append(Paragraph(
    f"I Västernorrlands län minskade antalet varslade personer från {vn2} under kvartal 2 2025 "
    f"till {vn3} under kvartal 3 2025. Bedömningen är att varslen ligger kvar på en förhöjd "
    "nivå under kvartal 4 2025, men någon statistik för det kvartalet finns ännu inte.",
    styles["BodyText"]))
story.append(Paragraph("Källa: SCB, konkursstatistik; Arbetsförmedlingen.", styles["Italic"]))
doc.build(story)
varsel.to_csv(OUT.parent / "_truth_varsel.csv", index=False)
konk.to_csv(OUT.parent / "_truth_konkurser.csv", index=False)

# ---------------------------------------------------------------- 6. register of grants
STODFORMER = {
    "Regionalt investeringsstöd": (800_000, 9_000_000),
    "Regionalt företagsstöd": (150_000, 2_000_000),
    "Konsultcheck": (30_000, 250_000),
    "Innovationscheck": (100_000, 300_000),
    "Transportbidrag": (100_000, 3_000_000),
}
REG_BRANSCH = ["Tillverkning", "Livsmedel", "Besöksnäring", "IT och digitala tjänster",
               "Byggverksamhet", "Jord- och skogsbruk", "Handel", "Energi och miljö"]
N = 420
lan_p = {"14": 0.58, "09": 0.12, "22": 0.30}
dates = pd.date_range("2024-01-01", "2025-09-30", freq="D")
recs = []
for i in range(N):
    lk = rng.choice(list(lan_p), p=list(lan_p.values()))
    m = KOM[KOM.lan == lk]
    w = np.sqrt(m["pop"].to_numpy(float))
    kr = m.iloc[rng.choice(len(m), p=w / w.sum())]
    forms = list(STODFORMER)
    fp = np.array([0.22, 0.30, 0.28, 0.12, 0.08]) if lk == "22" else np.array([0.25, 0.33, 0.30, 0.12, 0.0])
    sf = forms[rng.choice(len(forms), p=fp / fp.sum())]
    lo, hi = STODFORMER[sf]
    belopp = int(round(np.exp(rng.uniform(np.log(lo), np.log(hi))) / 1000) * 1000)
    jobs = int(max(0, round(belopp / 400_000 + rng.normal(0, 1.5)))) if sf not in (
        "Konsultcheck", "Innovationscheck") else int(rng.integers(0, 3))
    d = dates[rng.integers(len(dates))]
    recs.append({"Beslutsdatum": d.strftime("%Y-%m-%d"), "Län": LAN[lk], "Kommun": kr.namn,
                 "Stödform": sf, "Bransch": REG_BRANSCH[rng.integers(len(REG_BRANSCH))],
                 "Beviljat belopp (kr)": belopp, "Förväntade nya jobb": jobs})
reg = pd.DataFrame(recs).sort_values("Beslutsdatum").reset_index(drop=True)
reg.insert(0, "Ärende-id", [f"RFS-{d[:4]}-{i + 1:04d}" for i, d in enumerate(reg.Beslutsdatum)])
reg.to_csv(OUT / "register_beviljade_foretagsstod_2024-2025.csv", index=False, encoding="utf-8")
print("wrote", sorted(p.name for p in OUT.iterdir()))
