"""Create 6 realistic Swedish statistics exports for testing Kunskapsbanken.
Usage: python make_files.py OUT_DIR"""
import csv, os, random, sys
from datetime import date, timedelta
import openpyxl

OUT = sys.argv[1] if len(sys.argv) > 1 else "kb"
os.makedirs(OUT, exist_ok=True)
rng = random.Random(36)

def sv(x, nd=1):
    """decimal comma"""
    return f"{x:.{nd}f}".replace(".", ",")

# ---------------------------------------------------------------- 1
# Långtidsarbetslösa, Kalmar län, long SCB-like csv, Latin-1, semicolons
kalmar = [  # code, name, pop16-64, base long-term unemployed (total)
    ("0880", "Kalmar", 43100, 905), ("0883", "Västervik", 20400, 512),
    ("0881", "Nybro", 11200, 402), ("0882", "Oskarshamn", 15800, 338),
    ("0860", "Hultsfred", 7800, 262), ("0862", "Emmaboda", 5400, 151),
    ("0861", "Mönsterås", 7200, 168), ("0884", "Vimmerby", 8900, 176),
    ("0840", "Mörbylånga", 9000, 127), ("0885", "Borgholm", 5200, 94),
    ("0834", "Torsås", 3700, 88), ("0821", "Högsby", 3100, 131),
]
months = [f"{y}M{m:02d}" for y in (2023, 2024) for m in range(1, 13)
          if not (y == 2024 and m > 6)]
rows1 = []
lan = {(k, mo): 0 for k in ("kvinnor", "män") for mo in months}
for code, name, pop, base in kalmar:
    trend = rng.uniform(-0.012, 0.02)
    for i, mo in enumerate(months):
        season = 1 + 0.03 * ((i % 12) in (0, 1, 2)) - 0.02 * ((i % 12) in (6, 7))
        tot = base * (1 + trend * i) * season * rng.uniform(0.97, 1.03)
        k = round(tot * rng.uniform(0.41, 0.47))
        m = round(tot) - k
        for kon, v in (("kvinnor", k), ("män", m)):
            lan[(kon, mo)] += v
            rows1.append((f"{code} {name}", kon, mo, v, v / (pop / 2) * 100))
        rows1.append((f"{code} {name}", "totalt", mo, k + m, (k + m) / pop * 100))
lanpop = sum(p for _, _, p, _ in kalmar)
for kon in ("kvinnor", "män", "totalt"):
    for mo in months:
        v = lan[("kvinnor", mo)] + lan[("män", mo)] if kon == "totalt" else lan[(kon, mo)]
        p = lanpop if kon == "totalt" else lanpop / 2
        rows1.append(("08 Kalmar län", kon, mo, v, v / p * 100))
riket_pop = 6_430_000
for i, mo in enumerate(months):
    tot = 118_000 * (1 + 0.006 * i) * rng.uniform(0.99, 1.01)
    k = round(tot * 0.452); m = round(tot) - k
    rows1.append(("00 Riket", "kvinnor", mo, k, k / (riket_pop / 2) * 100))
    rows1.append(("00 Riket", "män", mo, m, m / (riket_pop / 2) * 100))
    rows1.append(("00 Riket", "totalt", mo, k + m, (k + m) / riket_pop * 100))
# suppress a few small cells
suppress = {("0821 Högsby", "kvinnor", "2023M07"), ("0821 Högsby", "kvinnor", "2023M08"),
            ("0834 Torsås", "kvinnor", "2023M08")}
with open(os.path.join(OUT, "langtidsarbetslosa_kalmar_lan_2023-2024.csv"), "w",
          encoding="latin-1", newline="") as f:
    f.write("Inskrivna arbetslösa mer än 12 månader (långtidsarbetslösa) efter region, kön och månad\r\n")
    f.write("\r\n")
    f.write('"region";"kön";"månad";"Långtidsarbetslösa, antal";"Långtidsarbetslösa, andel av befolkningen 16-64 år (%)"\r\n')
    for r, kon, mo, v, a in rows1:
        if (r, kon, mo) in suppress:
            f.write(f'"{r}";"{kon}";"{mo}";..;..\r\n')
        else:
            f.write(f'"{r}";"{kon}";"{mo}";{v};{sv(a)}\r\n')
    f.write("\r\n")
    f.write('"Källa: Arbetsförmedlingen, bearbetning av regionens analysenhet."\r\n')
    f.write('"Andel avser procent av befolkningen 16-64 år (registerbaserad). .. = uppgift för osäker för att redovisas."\r\n')
    f.write('"Uppgifterna avser förhållandet vid månadens slut."\r\n')

# ---------------------------------------------------------------- 2
# Folkmängd per åldersgrupp, Värmland, wide municipalities, xlsx
varmland = [  # name, total, share 0-19, 65-79, 80+
    ("Arvika", 25980, .205, .205, .075), ("Eda", 8520, .200, .215, .080),
    ("Filipstad", 10310, .195, .215, .085), ("Forshaga", 11420, .225, .185, .070),
    ("Grums", 9040, .215, .195, .075), ("Hagfors", 11480, .180, .235, .095),
    ("Hammarö", 16870, .262, .160, .052), ("Karlstad", 95540, .215, .160, .055),
    ("Kil", 12050, .232, .180, .065), ("Kristinehamn", 24480, .200, .200, .078),
    ("Munkfors", 3620, .175, .240, .098), ("Storfors", 4010, .180, .230, .092),
    ("Sunne", 13110, .205, .215, .082), ("Säffle", 15290, .205, .205, .080),
    ("Torsby", 11570, .175, .240, .100), ("Årjäng", 9980, .215, .200, .072),
]
table2 = {}
for name, tot, a, c, d in varmland:
    v0 = round(tot * (a + rng.uniform(-.004, .004)))
    v2 = round(tot * (c + rng.uniform(-.004, .004)))
    v3 = round(tot * (d + rng.uniform(-.003, .003)))
    v1 = tot - v0 - v2 - v3
    table2[name] = [v0, v1, v2, v3, tot]
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Folkmängd"
ws.append(["Folkmängd efter ålder och kommun, Värmlands län, 31 december 2024"])
ws.append([])
ws.append(["Ålder"] + [n for n, *_ in varmland] + ["Värmlands län"])
labels = ["0–19 år", "20–64 år", "65–79 år", "80+ år", "Totalt"]
for i, lab in enumerate(labels):
    ws.append([lab] + [table2[n][i] for n, *_ in varmland] + [sum(table2[n][i] for n, *_ in varmland)])
ws.append([])
ws.append(["Källa: SCB, Befolkningsstatistik. Uttag 2025-02-21."])
wb.save(os.path.join(OUT, "folkmangd_alder_varmland_2024.xlsx"))

# ---------------------------------------------------------------- 3
# Kolada-like long export, only KPI id per row, title in note line
jkpg = [("0680", "Jönköping", 52), ("0604", "Aneby", 47), ("0617", "Gnosjö", 61),
        ("0642", "Mullsjö", 44), ("0643", "Habo", 55), ("0662", "Gislaved", 53),
        ("0665", "Vaggeryd", 57), ("0682", "Nässjö", 42), ("0683", "Värnamo", 58),
        ("0684", "Sävsjö", 46), ("0685", "Vetlanda", 49), ("0686", "Eksjö", 45),
        ("0687", "Tranås", 43), ("0006", "Jönköpings län", 50), ("0000", "Riket", 45)]
years = [2019, 2020, 2021, 2022, 2023]
yeff = {2019: 0, 2020: -4.5, 2021: -2.0, 2022: 2.0, 2023: 3.5}
rows3 = []
for mid, name, base in jkpg:
    for y in years:
        t = base + yeff[y] + rng.uniform(-3, 3)
        gap = rng.uniform(14, 24)
        mval = t + gap * 0.55
        kval = t - gap * 0.45
        for g, v in (("T", t), ("K", kval), ("M", mval)):
            val = sv(round(v, 1))
            if name in ("Aneby", "Mullsjö") and g == "K" and y in (2019, 2020):
                val = ""
            rows3.append(("N02978", mid, name, y, g, val))
with open(os.path.join(OUT, "kolada_export_N02978.csv"), "w", encoding="utf-8-sig", newline="") as f:
    f.write("Nyckeltal N02978: Nyanlända som förvärvsarbetar efter 2 år, andel (%)\n")
    f.write("Urval: kommuner i Jönköpings län samt länet och riket, 2019-2023. Hämtat från Kolada 2025-01-15.\n")
    f.write("kpi;municipality_id;municipality;period;gender;value\n")
    for r in rows3:
        f.write(";".join(str(x) for x in r) + "\n")

# ---------------------------------------------------------------- 4
# Varsel per län, bransch, kvartal, comma csv with quotes
branscher = [("Tillverkning (C)", .34), ("Byggverksamhet (F)", .12), ("Handel (G)", .15),
             ("Transport och magasinering (H)", .09), ("Information och kommunikation (J)", .06),
             ("Företagstjänster (M+N)", .14), ("Övriga branscher", .10)]
lans = [("Kalmar län", 1450), ("Jönköpings län", 2900), ("Värmlands län", 1900), ("Riket", 96000)]
with open(os.path.join(OUT, "varsel_lan_bransch_2024.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, quoting=csv.QUOTE_ALL)
    f.write("Varsel om uppsägning, antal personer berörda, efter län, bransch och kvartal 2024\n")
    w.writerow(["Län", "Bransch (SNI 2007)", "2024 kv1", "2024 kv2", "2024 kv3", "2024 kv4",
                "Totalt", "Förändring jämfört med samma kvartal föregående år (%)"])
    for lname, yearly in lans:
        allq = [0, 0, 0, 0]; prev_all = 0
        brows = []
        for b, share in branscher:
            s = share * rng.uniform(0.7, 1.35)
            q = [max(0, round(yearly * s / 4 * rng.uniform(0.45, 1.6))) for _ in range(4)]
            prev = max(1, round(q[3] * rng.uniform(0.6, 1.5)))
            ch = (q[3] - prev) / prev * 100
            brows.append([lname, b] + q + [sum(q), sv(ch)])
            allq = [a + x for a, x in zip(allq, q)]; prev_all += prev
        ch_all = (allq[3] - prev_all) / prev_all * 100
        for r in brows:
            w.writerow(r)
        w.writerow([lname, "Samtliga branscher"] + allq + [sum(allq), sv(ch_all)])
    f.write('"Källa: Arbetsförmedlingen, varselstatistik."\n')
    f.write('"Förändring avser kvartal 4 2024 jämfört med kvartal 4 2023."\n')

# ---------------------------------------------------------------- 5
# Ekonomiskt bistånd, Kalmar län, xlsx with title row, .. for small numbers
htypes = ["Ensamstående kvinnor utan barn", "Ensamstående kvinnor med barn",
          "Ensamstående män utan barn", "Ensamstående män med barn",
          "Sammanboende utan barn", "Sammanboende med barn"]
hshare = [.17, .21, .33, .025, .07, .195]
eb_base = {"Kalmar": 2310, "Västervik": 1180, "Nybro": 960, "Oskarshamn": 740, "Hultsfred": 520,
           "Emmaboda": 330, "Mönsterås": 360, "Vimmerby": 350, "Mörbylånga": 210, "Borgholm": 150,
           "Torsås": 140, "Högsby": 260}
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Tabell 3"
ws.append(["Tabell 3. Biståndsmottagare (vuxna) med ekonomiskt bistånd efter kommun och hushållstyp, Kalmar län, 2022 och 2023. Antal personer"])
ws.append(["Kommun", "År"] + htypes + ["Totalt"])
lan5 = {2022: [0] * 7, 2023: [0] * 7}
for name, base in eb_base.items():
    for y in (2022, 2023):
        b = base * (1 if y == 2023 else rng.uniform(0.93, 1.08))
        vals = [max(0, round(b * s * rng.uniform(0.85, 1.15))) for s in hshare]
        if name in ("Torsås", "Borgholm") and True:
            vals[3] = rng.randint(1, 4)
        if name == "Högsby":
            vals[3] = rng.randint(2, 4)
        tot = sum(vals)
        lan5[y] = [a + x for a, x in zip(lan5[y], vals + [tot])]
        shown = [(".." if v < 5 else v) for v in vals]
        ws.append([name, y] + shown + [tot])
for y in (2022, 2023):
    ws.append(["Kalmar län", y] + lan5[y])
for y, fac in ((2022, 1.03), (2023, 1.0)):
    vals = [round(198000 * fac * s * rng.uniform(0.95, 1.05)) for s in hshare]
    ws.append(["Riket", y] + vals + [sum(vals)])
ws.append([])
ws.append([".. = färre än 5 personer, uppgiften redovisas inte av sekretesskäl. Totalt omfattar även dessa."])
ws.append(["Källa: Socialstyrelsen, statistik om ekonomiskt bistånd."])
wb.save(os.path.join(OUT, "ekonomiskt_bistand_hushallstyp_kalmar_lan.xlsx"))

# ---------------------------------------------------------------- 6
# SFI record-level register, Karlstad
regions = ["Asien", "Afrika", "Europa utom EU/EFTA", "EU/EFTA", "Sydamerika"]
rw = [.38, .30, .14, .10, .08]
with open(os.path.join(OUT, "sfi_elever_karlstad.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, delimiter=",")
    w.writerow(["elev_id", "kommun", "startdatum", "studieväg", "kurs", "kön", "födelseregion",
                "avslutad", "betyg"])
    for i in range(64):
        sv_ = rng.choices([1, 2, 3], [.25, .45, .30])[0]
        kurs = rng.choice({1: "ABCD", 2: "BCD", 3: "CD"}[sv_])
        start = date(2023, 1, 9) + timedelta(days=rng.randint(0, 640))
        avs = "Ja" if (start < date(2024, 6, 1) and rng.random() < 0.7) else "Nej"
        betyg = rng.choices("ABCDEF", [.08, .12, .22, .2, .23, .15])[0] if avs == "Ja" else ""
        w.writerow([f"KSD-{24000 + i * 7}", "Karlstad", start.isoformat(), sv_, kurs,
                    rng.choice(["Kvinna", "Man"]) if rng.random() > .1 else "Kvinna",
                    rng.choices(regions, rw)[0], avs, betyg])
print("wrote", sorted(os.listdir(OUT)))
