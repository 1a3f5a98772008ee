"""Create 6 realistic Swedish statistics exports for user-testing Kunskapsbanken.
Usage: python make_files.py OUT_DIR
"""
import csv
import random
import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font, Alignment

OUT = Path(sys.argv[1] if len(sys.argv) > 1 else "kb")
OUT.mkdir(parents=True, exist_ok=True)
R = random.Random(33)


def sv(x, nd=1):
    """Swedish decimal comma."""
    return f"{x:.{nd}f}".replace(".", ",")


# ---------------------------------------------------------------- 1
# Ekonomiskt bistånd, Västerbottens län, per månad 2023 (Socialstyrelsen-style, Latin-1, ;)
vb = [  # kommun, base households/month, tkr per household
    ("Nordmaling", 58, 8.1), ("Bjurholm", 8, 7.6), ("Vindeln", 41, 7.9),
    ("Robertsfors", 46, 8.0), ("Norsjö", 31, 7.7), ("Malå", 22, 7.8),
    ("Storuman", 71, 8.3), ("Sorsele", 13, 7.9), ("Dorotea", 25, 7.5),
    ("Vännäs", 86, 8.4), ("Vilhelmina", 94, 8.2), ("Åsele", 18, 7.6),
    ("Umeå", 1655, 9.2), ("Lycksele", 262, 8.6), ("Skellefteå", 984, 8.8),
]
months = ["Januari", "Februari", "Mars", "April", "Maj", "Juni", "Juli",
          "Augusti", "September", "Oktober", "November", "December"]
season = [1.04, 1.02, 1.03, 1.00, 0.98, 1.01, 1.05, 1.03, 0.97, 0.98, 0.99, 1.02]
hh, tkr = {}, {}
for name, base, per in vb:
    hh[name], tkr[name] = [], []
    for m in range(12):
        if base < 10:
            h = R.randint(5, 12)
        else:
            h = round(base * season[m] * R.uniform(0.96, 1.04))
        hh[name].append(h)
        tkr[name].append(round(h * per * R.uniform(0.95, 1.06)))
lan_hh = [sum(hh[n][m] for n, _, _ in vb) for m in range(12)]
lan_tkr = [sum(tkr[n][m] for n, _, _ in vb) for m in range(12)]
riket_hh = [round(104300 * season[m] * R.uniform(0.99, 1.01)) for m in range(12)]
riket_tkr = [round(riket_hh[m] * 9.35 * R.uniform(0.98, 1.02)) for m in range(12)]

lines = [
    "Ekonomiskt bistånd - antal hushåll och utbetalt belopp per månad, 2023",
    "Västerbottens län med kommuner samt riket",
    "",
    "Region;Mått;" + ";".join(months),
]


def row(region, label, vals, hhvals):
    cells = []
    for v, h in zip(vals, hhvals):
        cells.append(".." if h < 10 else str(v))
    return f"{region};{label};" + ";".join(cells)


lines.append(row("Riket", "Antal hushåll", riket_hh, riket_hh))
lines.append(row("Riket", "Utbetalt belopp (tkr)", riket_tkr, riket_hh))
lines.append(row("Västerbottens län", "Antal hushåll", lan_hh, lan_hh))
lines.append(row("Västerbottens län", "Utbetalt belopp (tkr)", lan_tkr, lan_hh))
for name, _, _ in vb:
    lines.append(row(name, "Antal hushåll", hh[name], hh[name]))
    lines.append(row(name, "Utbetalt belopp (tkr)", tkr[name], hh[name]))
lines += [
    "",
    ".. = Uppgift redovisas inte på grund av för få observationer (färre än 10 hushåll).",
    "Utbetalt belopp anges i tusental kronor (tkr), löpande priser.",
    "Länssumman inkluderar hushåll i kommuner där uppgiften inte redovisas.",
    "Källa: Socialstyrelsen, statistikdatabasen, ekonomiskt bistånd. Uttag 2024-05-14.",
]
(OUT / "ekonomiskt_bistand_vasterbotten_2023.csv").write_bytes(
    ("\r\n".join(lines) + "\r\n").encode("latin-1"))

# ---------------------------------------------------------------- 2
# Gymnasieelever fullföljt inom 4 år, Kolada-like long export, Jönköpings län
jkpg = [  # id, name, 2020 total base
    ("0604", "Aneby", 71.0), ("0617", "Gnosjö", 64.5), ("0642", "Mullsjö", 73.8),
    ("0643", "Habo", 80.2), ("0662", "Gislaved", 63.1), ("0665", "Vaggeryd", 74.6),
    ("0680", "Jönköping", 73.4), ("0682", "Nässjö", 66.9), ("0683", "Värnamo", 75.9),
    ("0684", "Sävsjö", 65.2), ("0685", "Vetlanda", 70.4), ("0686", "Eksjö", 76.8),
    ("0687", "Tranås", 68.1), ("0006", "Region Jönköpings län", 71.6),
    ("0000", "Riket", 71.2),
]
years = [2020, 2021, 2022, 2023]
rows2 = []
for rid, name, base in jkpg:
    t = base
    for i, y in enumerate(years):
        if i:
            t = round(t + R.uniform(-2.4, 2.6), 1)
        gap = R.uniform(3.0, 7.5)
        k = round(t + gap / 2 + R.uniform(-0.3, 0.3), 1)
        m = round(t - gap / 2 + R.uniform(-0.3, 0.3), 1)
        vals = {"T": round(t, 1), "K": k, "M": m}
        if (name, y) == ("Aneby", 2020):
            vals["M"] = None
        if (name, y) == ("Mullsjö", 2021):
            vals["K"] = None
        for g in ("T", "K", "M"):
            rows2.append((rid, name, y, g, vals[g]))
# make sure the 2023 threshold question has clear cases (no value exactly 75,0)
with open(OUT / "kolada_gymnasie_fullfoljt_jonkoping.csv", "w", encoding="utf-8-sig", newline="") as f:
    w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL)
    w.writerow(["kpi", "kpi_title", "municipality_id", "municipality", "period", "gender", "value"])
    for rid, name, y, g, v in rows2:
        w.writerow(["N17461",
                    "Gymnasieelever med examen eller studiebevis inom 4 år, hemkommun, andel (%)",
                    rid, name, y, g, "" if v is None else sv(v)])

# ---------------------------------------------------------------- 3
# Etableringsprogrammet, Västmanlands län, xlsx with two header rows
vm = [  # kommun, total size
    ("Skinnskatteberg", 14), ("Surahammar", 31), ("Kungsör", 22),
    ("Hallstahammar", 47), ("Norberg", 17), ("Västerås", 412), ("Sala", 38),
    ("Fagersta", 63), ("Köping", 58), ("Arboga", 29),
]
levels = ["Förgymnasial", "Gymnasial", "Eftergymnasial", "Uppgift saknas"]
shares = [0.41, 0.24, 0.27, 0.08]
tab3 = []
for name, size in vm:
    cells = []
    for sex_share in (0.53, 0.47):  # kvinnor, män
        n = size * sex_share
        for s in shares:
            cells.append(max(0, round(n * s * R.uniform(0.75, 1.25))))
    tab3.append((name, cells, sum(cells)))
lan_cells = [sum(r[1][i] for r in tab3) for i in range(8)]
wb = Workbook()
ws = wb.active
ws.title = "Etablering"
ws["A1"] = "Deltagare i etableringsprogrammet efter kommun, kön och utbildningsnivå. Västmanlands län, december 2024"
ws["A1"].font = Font(bold=True, size=12)
ws["A2"] = "Antal personer"
ws["A4"] = "Kommun"
ws["B4"] = "Kvinnor"
ws["F4"] = "Män"
ws["J4"] = "Totalt"
ws.merge_cells("B4:E4")
ws.merge_cells("F4:I4")
for i, lv in enumerate(levels * 2):
    ws.cell(row=5, column=2 + i, value=lv)
for c in ("A4", "B4", "F4", "J4"):
    ws[c].font = Font(bold=True)
    ws[c].alignment = Alignment(horizontal="center")
r = 6
for name, cells, tot in tab3 + [("Västmanlands län", lan_cells, sum(lan_cells))]:
    ws.cell(row=r, column=1, value=name)
    for i, v in enumerate(cells):
        # suppress counts below 3 for small municipalities
        ws.cell(row=r, column=2 + i, value=(".." if (v < 3 and name != "Västmanlands län") else v))
    ws.cell(row=r, column=10, value=tot)
    r += 1
ws.cell(row=r + 1, column=1, value=".. = färre än 3 personer, uppgiften redovisas inte. Totalt inkluderar dessa.")
ws.cell(row=r + 2, column=1, value="Utbildningsnivå enligt SUN 2020. Källa: Arbetsförmedlingen och SCB (bearbetning).")
ws.column_dimensions["A"].width = 22
wb.save(OUT / "etableringsprogrammet_vastmanland_2024.xlsx")

# ---------------------------------------------------------------- 4
# Lediga jobb och arbetssökande per yrke och län, csv
occ = [  # code name, lediga (riket), konkurrens base
    ("2221 Grundutbildade sjuksköterskor", 6200, 0.35),
    ("2341 Grundskollärare", 3100, 0.9),
    ("2512 Mjukvaru- och systemutvecklare m.fl.", 4800, 1.6),
    ("4222 Kundtjänstpersonal", 2100, 6.1),
    ("5120 Kockar och kallskänkor", 2400, 3.3),
    ("5321 Undersköterskor, hemtjänst, hemsjukvård, äldreboende och habilitering", 7400, 0.95),
    ("5330 Vårdbiträden", 1900, 5.4),
    ("7111 Träarbetare, snickare m.fl.", 1500, 2.2),
    ("8332 Lastbilsförare m.fl.", 2700, 1.9),
    ("9111 Städare", 2300, 9.2),
    ("9412 Restaurang- och köksbiträden m.fl.", 1800, 12.4),
]
regions4 = [("Riket", 1.0), ("Västmanlands län", 0.027), ("Jönköpings län", 0.037),
            ("Västerbottens län", 0.028)]
lines = [
    "Lediga jobb i Platsbanken och inskrivna arbetssökande per yrkesgrupp (SSYK 2012) och län",
    "Mätmånad: mars 2025",
    "Län;Yrkesgrupp (SSYK 4);Lediga jobb;Arbetssökande;Konkurrens (sökande per ledigt jobb)",
]
for reg, fac in regions4:
    for name, led, konk in occ:
        l = max(5, round(led * fac * R.uniform(0.8, 1.2)))
        s = round(l * konk * R.uniform(0.75, 1.3))
        lines.append(f"{reg};{name};{l};{s};{sv(s / l)}")
lines += [
    "",
    "Konkurrens = antal inskrivna arbetssökande med yrket som sökt yrke dividerat med antal lediga jobb.",
    "Källa: Arbetsförmedlingen. Uppgifterna är preliminära.",
]
(OUT / "lediga_jobb_sokande_yrke_lan_mars2025.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")

# ---------------------------------------------------------------- 5
# Budget och utfall, regionala utvecklingsnämnden (Region Västerbotten), xlsx
groups = [
    ("Näringsliv och innovation", [
        ("Företagsstöd", 38500, 35210),
        ("Innovationsstöd och inkubatorer", 22400, 24115),
        ("Turism och besöksnäring", 9800, 9420),
    ]),
    ("Kompetensförsörjning och utbildning", [
        ("Folkhögskolor", 61200, 62980),
        ("Regional kompetensplattform", 4300, 3870),
    ]),
    ("Kultur", [
        ("Kultursamverkansmodellen, bidrag", 52600, 52110),
        ("Länsbibliotek och läsfrämjande", 6100, 5745),
        ("Museer och kulturarv", 18900, 20340),
    ]),
    ("Infrastruktur och kollektivtrafik", [
        ("Regional kollektivtrafik", 214000, 221850),
        ("Bredbandsutbyggnad", 12500, 9060),
        ("Infrastrukturplanering", 3900, 4210),
    ]),
    ("Nämnd och förvaltning", [
        ("Nämndkostnader", 2100, 1985),
        ("Förvaltningsledning och administration", 27800, 28640),
    ]),
]
wb = Workbook()
ws = wb.active
ws.title = "Budget_utfall_2024"
ws["A1"] = "Regionala utvecklingsnämnden, Region Västerbotten – Budget och utfall per verksamhet 2024, tkr"
ws["A1"].font = Font(bold=True, size=12)
ws["A2"] = "Bokslut per 2024-12-31"
hdr = ["Verksamhet", "Budget 2024", "Utfall 2024", "Avvikelse", "Avvikelse %"]
for i, h in enumerate(hdr):
    ws.cell(row=4, column=1 + i, value=h).font = Font(bold=True)
r = 5
gb = gu = 0
for gname, items in groups:
    ws.cell(row=r, column=1, value=gname).font = Font(bold=True, italic=True)
    r += 1
    sb = su = 0
    for name, b, u in items:
        ws.cell(row=r, column=1, value="  " + name)
        ws.cell(row=r, column=2, value=b)
        ws.cell(row=r, column=3, value=u)
        ws.cell(row=r, column=4, value=b - u)
        ws.cell(row=r, column=5, value=round((b - u) / b * 100, 1))
        sb += b
        su += u
        r += 1
    c = ws.cell(row=r, column=1, value=f"Summa {gname[0].lower() + gname[1:]}")
    c.font = Font(bold=True)
    for col, v in ((2, sb), (3, su), (4, sb - su), (5, round((sb - su) / sb * 100, 1))):
        ws.cell(row=r, column=col, value=v).font = Font(bold=True)
    gb += sb
    gu += su
    r += 2
ws.cell(row=r, column=1, value="Totalt regionala utvecklingsnämnden").font = Font(bold=True)
for col, v in ((2, gb), (3, gu), (4, gb - gu), (5, round((gb - gu) / gb * 100, 1))):
    ws.cell(row=r, column=col, value=v).font = Font(bold=True)
ws.cell(row=r + 2, column=1, value="Not 1: Avvikelse = budget − utfall. Negativt värde innebär att budgeten har överskridits.")
ws.cell(row=r + 3, column=1, value="Not 2: Regional kollektivtrafik avser nämndens andel av nettokostnaden för länstrafiken.")
ws.cell(row=r + 4, column=1, value="Not 3: Beloppen är avrundade till tusental kronor.")
ws.column_dimensions["A"].width = 45
wb.save(OUT / "run_budget_utfall_2024.xlsx")

# ---------------------------------------------------------------- 6
# Register: projektstöd ur regionala utvecklingsmedel (one row per beslut)
kommuner6 = ["Umeå", "Umeå", "Umeå", "Skellefteå", "Skellefteå", "Lycksele", "Vilhelmina",
             "Storuman", "Västerås", "Västerås", "Köping", "Sala", "Fagersta",
             "Jönköping", "Jönköping", "Värnamo", "Nässjö", "Gislaved", "Eksjö"]
orgs = {
    "Kommun": lambda k: f"{k} kommun",
    "Region": lambda k: "Region Västerbotten" if k in ("Umeå", "Skellefteå", "Lycksele", "Vilhelmina", "Storuman") else ("Region Västmanland" if k in ("Västerås", "Köping", "Sala", "Fagersta") else "Region Jönköpings län"),
    "Universitet/högskola": lambda k: {"Umeå": "Umeå universitet", "Skellefteå": "Luleå tekniska universitet, Skellefteå", "Västerås": "Mälardalens universitet", "Jönköping": "Stiftelsen Högskolan i Jönköping"}.get(k, "Umeå universitet"),
    "Ideell förening": lambda k: R.choice([f"{k} Företagarförening", f"Byalaget {k}", f"Kulturföreningen i {k}", f"Coompanion {k}"]),
    "Aktiebolag": lambda k: R.choice([f"{k} Science Park AB", f"{k} Näringslivsutveckling AB", f"Destination {k} AB", f"Inkubator {k} AB"]),
    "Ekonomisk förening": lambda k: R.choice([f"{k} Bredband ek. för.", f"Lokalproducerat i {k} ek. för."]),
}
otypes = list(orgs)
insats = ["Innovation och entreprenörskap", "Kompetensförsörjning", "Attraktiva livsmiljöer",
          "Hållbar besöksnäring", "Digitalisering"]
rows6 = []
for i in range(52):
    year = R.choice([2022, 2022, 2023, 2023, 2023, 2024, 2024])
    month = R.randint(1, 12)
    day = R.randint(1, 28)
    k = R.choice(kommuner6)
    ot = R.choice(otypes)
    if ot == "Universitet/högskola" and k not in ("Umeå", "Skellefteå", "Västerås", "Jönköping"):
        ot = "Kommun"
    belopp = R.choice(range(150_000, 3_600_000, 25_000))
    medf = round(belopp * R.uniform(0.5, 1.4), -3)
    if year == 2024:
        status = R.choice(["Pågående"] * 6 + ["Återkallat"])
    elif year == 2023:
        status = R.choice(["Pågående"] * 3 + ["Avslutat"] * 2 + ["Återkallat"])
    else:
        status = R.choice(["Avslutat"] * 5 + ["Pågående", "Återkallat"])
    rows6.append((year, month, day, k, ot, orgs[ot](k), R.choice(insats), belopp, int(medf), status))
rows6.sort(key=lambda t: (t[0], t[1], t[2]))
counter = {}
with open(OUT / "projektstod_regionala_utvecklingsmedel_register.csv", "w", encoding="latin-1", newline="") as f:
    w = csv.writer(f, delimiter=";")
    w.writerow(["Diarienummer", "Beslutsdatum", "Stödmottagare", "Organisationstyp", "Kommun",
                "Insatsområde", "Beviljat belopp (kr)", "Medfinansiering (kr)", "Status"])
    for year, month, day, k, ot, org, ins, bel, medf, st in rows6:
        counter[year] = counter.get(year, 0) + R.randint(3, 40)
        w.writerow([f"RUN {year}/{counter[year]:05d}", f"{year}-{month:02d}-{day:02d}", org, ot, k,
                    ins, bel, medf, st])

print("wrote", sorted(p.name for p in OUT.iterdir()))
