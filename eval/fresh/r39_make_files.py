"""Create 6 realistic Swedish statistics exports in OUT_DIR (argv[1])."""
import sys, os, random, csv, datetime as dt
from openpyxl import Workbook

out = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("OUT_DIR", "kb")
os.makedirs(out, exist_ok=True)
rng = random.Random(39)

DALARNA = [("2021", "Vansbro"), ("2023", "Malung-Sälen"), ("2026", "Gagnef"), ("2029", "Leksand"),
           ("2031", "Rättvik"), ("2034", "Orsa"), ("2039", "Älvdalen"), ("2061", "Smedjebacken"),
           ("2062", "Mora"), ("2080", "Falun"), ("2081", "Borlänge"), ("2082", "Säter"),
           ("2083", "Hedemora"), ("2084", "Avesta"), ("2085", "Ludvika")]
KRONOBERG = [("0760", "Uppvidinge"), ("0761", "Lessebo"), ("0763", "Tingsryd"), ("0764", "Alvesta"),
             ("0765", "Älmhult"), ("0767", "Markaryd"), ("0780", "Växjö"), ("0781", "Ljungby")]
OREBRO = [("1814", "Lekeberg"), ("1860", "Laxå"), ("1861", "Hallsberg"), ("1862", "Degerfors"),
          ("1863", "Hällefors"), ("1864", "Ljusnarsberg"), ("1880", "Örebro"), ("1881", "Kumla"),
          ("1882", "Askersund"), ("1883", "Karlskoga"), ("1884", "Nora"), ("1885", "Lindesberg")]

def dec(x, nd=1):
    return f"{x:.{nd}f}".replace(".", ",")

# ---------------------------------------------------------------- 1
base = {"Uppvidinge": 128, "Lessebo": 141, "Tingsryd": 152, "Alvesta": 236, "Älmhult": 187,
        "Markaryd": 133, "Växjö": 1012, "Ljungby": 318}
season = [1.04, 1.05, 1.03, 1.00, 0.97, 0.98, 1.06, 1.04, 0.99, 0.97, 0.98, 1.01]
rows = []
county = {}
for code, name in KRONOBERG:
    for m in range(12):
        tot = round(base[name] * season[m] * rng.uniform(0.96, 1.04) * (1 + 0.004 * m))
        men = round(tot * rng.uniform(0.53, 0.58))
        wom = tot - men
        for k, v in (("män", men), ("kvinnor", wom), ("totalt", tot)):
            rows.append((f"{code} {name}", k, f"2024M{m+1:02d}", v))
            county[(k, m)] = county.get((k, m), 0) + v
for m in range(12):
    for k in ("män", "kvinnor", "totalt"):
        rows.append(("07 Kronobergs län", k, f"2024M{m+1:02d}", county[(k, m)]))
for m in range(12):
    tot = round(78400 * season[m] * rng.uniform(0.99, 1.01) * (1 + 0.003 * m))
    men = round(tot * 0.556)
    for k, v in (("män", men), ("kvinnor", tot - men), ("totalt", tot)):
        rows.append(("00 Riket", k, f"2024M{m+1:02d}", v))
with open(os.path.join(out, "af_funktionsnedsattning_kronoberg_2024.csv"), "w", encoding="utf-8-sig", newline="") as f:
    f.write('"Inskrivna arbetssökande med funktionsnedsättning som medför nedsatt arbetsförmåga efter region, kön och månad"\n\n')
    f.write('"region";"kön";"månad";"Arbetssökande med funktionsnedsättning, antal"\n')
    for r in rows:
        f.write(f'"{r[0]}";"{r[1]}";"{r[2]}";{r[3]}\n')
    f.write("\n\"Källa: Arbetsförmedlingen, bearbetning av regionala utvecklingsenheten.\"\n")
    f.write("\"Avser personer inskrivna vid Arbetsförmedlingen vid månadens slut.\"\n")

# ---------------------------------------------------------------- 2
wb = Workbook(); ws = wb.active; ws.title = "Nyföretagande"
ws.append(["Nystartade företag per 1 000 invånare 16–64 år, Örebro län 2018–2024"])
ws.append([])
years = list(range(2018, 2025))
ws.append(["Kommun"] + years)
lvl = {"Lekeberg": 9.8, "Laxå": 6.1, "Hallsberg": 7.2, "Degerfors": 5.6, "Hällefors": 6.4,
       "Ljusnarsberg": 5.9, "Örebro": 10.4, "Kumla": 8.3, "Askersund": 8.9, "Karlskoga": 6.7,
       "Nora": 8.1, "Lindesberg": 7.0}
missing = {("Ljusnarsberg", 2018), ("Laxå", 2020), ("Hällefors", 2024)}
trend = [1.00, 0.97, 1.05, 1.12, 1.01, 0.95, 0.98]
for code, name in OREBRO:
    row = [name]
    for i, y in enumerate(years):
        row.append(".." if (name, y) in missing else round(lvl[name] * trend[i] * rng.uniform(0.9, 1.1), 1))
    ws.append(row)
ws.append(["Örebro län"] + [round(9.0 * t * rng.uniform(0.98, 1.02), 1) for t in trend])
ws.append(["Riket"] + [round(10.9 * t * rng.uniform(0.98, 1.02), 1) for t in trend])
ws.append([])
ws.append(["Källa: Tillväxtanalys/SCB, Företagsregistret. \"..\" = uppgift saknas eller för osäker för att redovisas. 2024 års uppgifter är preliminära."])
wb.save(os.path.join(out, "nystartade_foretag_orebro_lan_2018-2024.xlsx"))

# ---------------------------------------------------------------- 3
pend = {"Vansbro": (310, 520), "Malung-Sälen": (640, 590), "Gagnef": (870, 3420), "Leksand": (1980, 2470),
        "Rättvik": (1050, 1790), "Orsa": (560, 1010), "Älvdalen": (410, 560), "Smedjebacken": (1120, 2290),
        "Mora": (3310, 1890), "Falun": (9640, 6810), "Borlänge": (9120, 8240), "Säter": (1240, 3190),
        "Hedemora": (1710, 2830), "Avesta": (2630, 2580), "Ludvika": (2890, 2470)}
with open(os.path.join(out, "pendling_dalarna_2023.csv"), "w", encoding="latin-1", newline="") as f:
    f.write("Pendling över kommungräns 2023, förvärvsarbetande 16+ år, Dalarnas län\n")
    f.write("Kommunkod;Kommun;Inpendlare;Utpendlare;Nettopendling\n")
    for code, name in DALARNA:
        i, u = pend[name]
        i += rng.randint(-40, 40); u += rng.randint(-40, 40)
        f.write(f"{code};{name};{i};{u};{i-u}\n")
    f.write("20;Dalarnas län;6940;9870;-2930\n")
    f.write("\n")
    f.write("Anm: Län avser pendling över länsgräns. Nettopendling = inpendlare minus utpendlare.\n")
    f.write("Källa: SCB, Registerbaserad arbetsmarknadsstatistik (RAMS/BAS).\n")

# ---------------------------------------------------------------- 4
kol_base = {n: rng.uniform(78, 92) for _, n in DALARNA + KRONOBERG}
with open(os.path.join(out, "kolada_N15419_behorighet_yrkesprogram.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(["kpi", "kpi_title", "municipality_id", "municipality", "period", "gender", "value"])
    title = "Elever i åk. 9 som är behöriga till yrkesprogram, hemkommun, andel (%)"
    units = [(c, n) for c, n in DALARNA] + [("0020", "Dalarnas län")] + \
            [(c, n) for c, n in KRONOBERG] + [("0007", "Kronobergs län"), ("0000", "Riket")]
    for c, n in units:
        b = kol_base.get(n, {"Dalarnas län": 84.9, "Kronobergs län": 85.6, "Riket": 85.9}.get(n))
        for y in (2021, 2022, 2023, 2024):
            if (n, y) in {("Älvdalen", 2022), ("Vansbro", 2024)}:
                for g in "TKM":
                    w.writerow(["N15419", title, c, n, y, g, ""])
                continue
            t = b + rng.uniform(-2.5, 2.5) if n not in ("Dalarnas län", "Kronobergs län", "Riket") else b + rng.uniform(-0.6, 0.6)
            d = rng.uniform(0.5, 4.0)
            k = t + d; m = t - d
            if k > 100: k = 100.0
            for g, v in (("T", t), ("K", k), ("M", m)):
                w.writerow(["N15419", title, c, n, y, g, f"{v:.1f}"])

# ---------------------------------------------------------------- 5
wb = Workbook(); ws = wb.active; ws.title = "Befolkning"
ws.append(["Befolkningsförändringar efter kommun, Örebro län, 2023 och 2024"])
ws.append(["År", "Kommun", "Födda", "Döda", "Inflyttade", "Utflyttade", "Folkökning"])
pop = {"Lekeberg": 8500, "Laxå": 5600, "Hallsberg": 16100, "Degerfors": 9400, "Hällefors": 6800,
       "Ljusnarsberg": 4800, "Örebro": 159000, "Kumla": 22600, "Askersund": 11400, "Karlskoga": 30500,
       "Nora": 10600, "Lindesberg": 23200}
for y in (2023, 2024):
    sums = [0, 0, 0, 0, 0]
    first = True
    for code, name in OREBRO:
        p = pop[name]
        fod = round(p * rng.uniform(0.0085, 0.0115))
        dod = round(p * rng.uniform(0.0085, 0.0135) * (1.3 if p < 12000 else 1.0))
        inf = round(p * rng.uniform(0.055, 0.075))
        utf = round(p * rng.uniform(0.055, 0.075))
        fo = fod - dod + inf - utf
        ws.append([y if first else None, name, fod, dod, inf, utf, fo])
        first = False
        for i, v in enumerate((fod, dod, inf, utf, fo)):
            sums[i] += v
    ws.append([None, "Summa länet"] + sums)
ws.append([])
ws.append(["Källa: SCB, Befolkningsstatistik. Inflyttade/utflyttade inkluderar in- och utvandring."])
wb.save(os.path.join(out, "befolkningsforandringar_orebro_lan_2023_2024.xlsx"))

# ---------------------------------------------------------------- 6
komm = ["Borlänge", "Falun", "Ludvika", "Smedjebacken"]
ins = ["Praktik", "Utbildning", "Extratjänst"]
with open(os.path.join(out, "deltagarregister_arbetsmarknadsinsatser_2024.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, delimiter=";")
    w.writerow(["deltagar_id", "startdatum", "slutdatum", "insats", "kommun", "kön", "födelseår", "utfall"])
    for i in range(1, 65):
        start = dt.date(2023, 9, 1) + dt.timedelta(days=rng.randint(0, 420))
        insats = rng.choices(ins, weights=[4, 3, 2])[0]
        ongoing = rng.random() < 0.28 or start > dt.date(2024, 9, 1)
        if ongoing:
            slut, utf = "", "Pågår"
        else:
            slut = (start + dt.timedelta(days=rng.randint(40, 300))).isoformat()
            utf = rng.choices(["Arbete", "Studier", "Annat"], weights=[5, 2, 3])[0]
        w.writerow([f"AMI-{i:03d}", start.isoformat(), slut, insats, rng.choice(komm),
                    rng.choice(["Kvinna", "Man"]), rng.randint(1962, 2004), utf])
print("wrote files to", out)
