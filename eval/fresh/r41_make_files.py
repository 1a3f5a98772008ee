"""Create 6 realistic Swedish statistics exports in OUT_DIR (argv[1])."""
import sys, os, random, csv, datetime as dt
import openpyxl
from openpyxl.styles import Font, Alignment

OUT = sys.argv[1] if len(sys.argv) > 1 else "kb"
os.makedirs(OUT, exist_ok=True)
rng = random.Random(41)

COUNTIES = {
    "Kalmar län": ("0008", [("0885", "Borgholm"), ("0862", "Emmaboda"), ("0860", "Hultsfred"), ("0821", "Högsby"),
                            ("0880", "Kalmar"), ("0861", "Mönsterås"), ("0840", "Mörbylånga"), ("0881", "Nybro"),
                            ("0882", "Oskarshamn"), ("0834", "Torsås"), ("0884", "Vimmerby"), ("0883", "Västervik")]),
    "Blekinge län": ("0010", [("1082", "Karlshamn"), ("1080", "Karlskrona"), ("1060", "Olofström"),
                              ("1081", "Ronneby"), ("1083", "Sölvesborg")]),
    "Gävleborgs län": ("0021", [("2183", "Bollnäs"), ("2180", "Gävle"), ("2104", "Hofors"), ("2184", "Hudiksvall"),
                                ("2161", "Ljusdal"), ("2132", "Nordanstig"), ("2101", "Ockelbo"), ("2121", "Ovanåker"),
                                ("2181", "Sandviken"), ("2182", "Söderhamn")]),
}
# approximate population weights (for aggregates)
POP = {"Borgholm": 10, "Emmaboda": 9, "Hultsfred": 13, "Högsby": 6, "Kalmar": 72, "Mönsterås": 13, "Mörbylånga": 15,
       "Nybro": 20, "Oskarshamn": 27, "Torsås": 7, "Vimmerby": 16, "Västervik": 36, "Karlshamn": 32,
       "Karlskrona": 67, "Olofström": 13, "Ronneby": 29, "Sölvesborg": 18, "Bollnäs": 26, "Gävle": 103,
       "Hofors": 9, "Hudiksvall": 37, "Ljusdal": 19, "Nordanstig": 9, "Ockelbo": 6, "Ovanåker": 11,
       "Sandviken": 40, "Söderhamn": 25}

def sv(x, nd=1):
    return f"{x:.{nd}f}".replace(".", ",")

# ---------------------------------------------------------------- 1. Sjukpenningtal (long csv, UTF-8 BOM)
def file1():
    base = {}
    for lan, (_, kk) in COUNTIES.items():
        lanadj = {"Kalmar län": 0.6, "Blekinge län": 0.2, "Gävleborgs län": 1.3}[lan]
        for _, k in kk:
            base[k] = (11.2 + lanadj + rng.uniform(-1.6, 2.2), 6.9 + lanadj * 0.7 + rng.uniform(-1.2, 1.5))
    rows = []
    for year in (2023, 2024):
        for m in range(1, 13):
            t = (year - 2023) * 12 + m
            drift = -0.035 * t  # slowly falling
            vals = {}
            for lan, (_, kk) in COUNTIES.items():
                for _, k in kk:
                    bk, bm = base[k]
                    kv = round(bk + drift + rng.uniform(-0.15, 0.15), 1)
                    mn = round(bm + drift * 0.7 + rng.uniform(-0.12, 0.12), 1)
                    tot = round(0.49 * kv + 0.51 * mn, 1)
                    vals[(lan, k)] = (kv, mn, tot)
                    rows.append((year, m, lan, k, kv, mn, tot))
            for lan, (_, kk) in COUNTIES.items():
                w = sum(POP[k] for _, k in kk)
                agg = [round(sum(vals[(lan, k)][i] * POP[k] for _, k in kk) / w, 1) for i in range(3)]
                rows.append((year, m, lan, "Hela länet", *agg))
            rk = round(11.3 + drift + rng.uniform(-0.1, 0.1), 1)
            rm = round(6.8 + drift * 0.7 + rng.uniform(-0.1, 0.1), 1)
            rows.append((year, m, "Riket", "Riket", rk, rm, round(0.49 * rk + 0.51 * rm, 1)))
    with open(os.path.join(OUT, "sjukpenningtal_kommun_2023_2024.csv"), "w", encoding="utf-8-sig", newline="") as f:
        f.write("Sjukpenningtal per kommun och kön, månadsvis 2023–2024\n")
        f.write("\n")
        f.write("År;Månad;Län;Kommun;Kön;Sjukpenningtal\n")
        for (y, m, lan, k, kv, mn, tot) in rows:
            for kon, v in (("Kvinnor", kv), ("Män", mn), ("Kvinnor och män", tot)):
                f.write(f"{y};{m:02d};{lan};{k};{kon};{sv(v)}\n")
        f.write("\n")
        f.write("Källa: Försäkringskassan, MiDAS.\n")
        f.write("Sjukpenningtalet är antalet utbetalda nettodagar med sjukpenning och rehabiliteringspenning under de "
                "senaste 12 månaderna dividerat med antalet registrerade försäkrade 16–64 år.\n")
        f.write("Uppgifter för december 2024 är preliminära.\n")

# ---------------------------------------------------------------- 2. Etableringsprogrammet (xlsx, wide quarters)
def file2():
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Etablering 2024"
    ws["A1"] = "Deltagare i etableringsprogrammet per kommun, 2024"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Antal inskrivna deltagare vid kvartalets slut. Källa: Arbetsförmedlingen."
    hdr = ["Län", "Kommun", "2024 kv1", "2024 kv2", "2024 kv3", "2024 kv4", "Totalt 2024"]
    ws.append([]); ws.append(hdr)
    for c in ws[4]:
        c.font = Font(bold=True)
    def mk(size):
        q1 = max(0, int(round(size * rng.uniform(0.9, 1.1))))
        qs = [q1]
        for _ in range(3):
            qs.append(max(0, int(round(qs[-1] * rng.uniform(0.86, 1.02)))))
        tot = int(round(max(qs) * rng.uniform(1.35, 1.55)))
        return qs, tot
    riket_q = [0, 0, 0, 0]; riket_t = 0
    blocks = []
    for lan, (_, kk) in COUNTIES.items():
        lq = [0, 0, 0, 0]; lt = 0; rows = []
        for _, k in kk:
            size = POP[k] * rng.uniform(0.9, 2.4) / 1.6
            if k in ("Högsby", "Ockelbo", "Torsås", "Nordanstig"):
                size = rng.uniform(2, 7)
            qs, tot = mk(size)
            lq = [a + b for a, b in zip(lq, qs)]; lt += tot
            cells = [".." if v < 5 else v for v in qs] + [".." if tot < 5 else tot]
            rows.append([lan, k] + cells)
        rows.append([lan, "Totalt " + lan] + lq + [lt])
        riket_q = [a + b for a, b in zip(riket_q, lq)]; riket_t += lt
        blocks.append(rows)
    for rows in blocks:
        for r in rows:
            ws.append(r)
    rq = [int(riket_q[i] * 0 + [15234, 14588, 13902, 13117][i]) for i in range(4)]
    ws.append(["Riket", "Riket"] + rq + [21460])
    ws.append([])
    ws.append(["..  = uppgift undertryckt p.g.a. färre än 5 deltagare."])
    ws.append(["Totalt 2024 avser unika individer som varit inskrivna i programmet någon gång under året."])
    ws.append(["Länssummor inkluderar undertryckta värden."])
    ws.column_dimensions["A"].width = 18; ws.column_dimensions["B"].width = 24
    wb.save(os.path.join(OUT, "etableringsprogrammet_deltagare_2024.xlsx"))

# ---------------------------------------------------------------- 3. Kolada long export
def file3():
    years = [2019, 2020, 2021, 2022, 2023]
    lines = []
    units = [("0000", "Riket", None)]
    for lan, (lid, kk) in COUNTIES.items():
        units.append((lid, "Region " + lan.replace(" län", "").replace("s", "s") if False else lan, None))
        for kid, k in kk:
            units.append((kid, k, lan))
    base = {}
    for uid, name, lan in units:
        if lan is None:
            continue
        b = 78.5 + rng.uniform(-4.5, 5.0)
        if name in ("Mörbylånga", "Ovanåker", "Torsås"):
            b += 3
        if name in ("Hofors", "Olofström", "Högsby"):
            b -= 3
        base[name] = b
    vals = {}
    for y in years:
        yadj = {2019: 0.0, 2020: -1.1, 2021: -0.6, 2022: 0.7, 2023: 1.1}[y]
        for uid, name, lan in units:
            if lan is None:
                continue
            t = base[name] + yadj + rng.uniform(-0.4, 0.4)
            gap = rng.uniform(0.5, 4.0)
            k = t - gap / 2; m = t + gap / 2
            vals[(name, y)] = (round(t, 1), round(k, 1), round(m, 1))
        for lan, (lid, kk) in COUNTIES.items():
            w = sum(POP[k] for _, k in kk)
            vals[(lan, y)] = tuple(round(sum(vals[(k, y)][i] * POP[k] for _, k in kk) / w, 1) for i in range(3))
        vals[("Riket", y)] = (round(80.9 + yadj * 0.8, 1), round(79.1 + yadj * 0.8, 1), round(82.6 + yadj * 0.8, 1))
    with open(os.path.join(OUT, "kolada_N00914_forvarvsarbetande_20-64.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, quoting=csv.QUOTE_ALL)
        w.writerow(["kpi", "kpi_title", "municipality_id", "municipality", "municipality_type", "period", "gender", "value"])
        for uid, name, lan in units:
            typ = "K" if lan else ("L" if name != "Riket" else "L")
            for y in years:
                t, k, m = vals[(name, y)]
                for g, v in (("T", t), ("K", k), ("M", m)):
                    w.writerow(["N00914", "Förvärvsarbetande invånare 20-64 år, andel (%)", uid, name, typ, y, g, f"{v:.1f}"])

# ---------------------------------------------------------------- 4. Lediga jobb Platsbanken (xlsx long)
YRK = ["Administration, ekonomi, juridik", "Bygg och anläggning", "Chefer och verksamhetsledare", "Data/IT",
       "Försäljning, inköp, marknadsföring", "Hantverk", "Hotell, restaurang, storhushåll", "Hälso- och sjukvård",
       "Industriell tillverkning", "Installation, drift, underhåll", "Kropps- och skönhetsvård",
       "Kultur, media, design", "Naturbruk", "Naturvetenskap", "Pedagogik", "Sanering och renhållning",
       "Säkerhet och bevakning", "Socialt arbete", "Transport, distribution, lager", "Yrken med teknisk inriktning"]
def file4():
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Lediga jobb"
    ws["A1"] = "Lediga jobb i Platsbanken per yrkesområde och län, januari–december 2024"
    ws["A1"].font = Font(bold=True)
    ws.append([])
    ws.append(["Månad", "Län", "Yrkesområde", "Antal lediga jobb"])
    scale = {"Kalmar län": 1.0, "Blekinge län": 0.62, "Gävleborgs län": 1.1}
    prof = {y: rng.uniform(15, 140) for y in YRK}
    prof["Hälso- och sjukvård"] = 260; prof["Pedagogik"] = 150; prof["Socialt arbete"] = 170
    prof["Transport, distribution, lager"] = 120; prof["Data/IT"] = 55
    season = [0.9, 1.0, 1.15, 1.2, 1.1, 0.95, 0.7, 1.0, 1.1, 1.05, 0.95, 0.75]
    months = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
              "november", "december"]
    lanprof = {(l, y): rng.uniform(0.75, 1.3) for l in scale for y in YRK}
    lanprof[("Blekinge län", "Yrken med teknisk inriktning")] = 2.2
    lanprof[("Gävleborgs län", "Industriell tillverkning")] = 1.8
    for mi, mname in enumerate(months):
        for lan in scale:
            vals = []
            for y in YRK:
                v = int(round(prof[y] * scale[lan] * lanprof[(lan, y)] * season[mi] * rng.uniform(0.85, 1.15)))
                vals.append((y, v))
            ws.append([f"2024-{mi+1:02d}", lan, "Samtliga yrkesområden", sum(v for _, v in vals)])
            for y, v in vals:
                ws.append([f"2024-{mi+1:02d}", lan, y, v])
    ws.append([])
    ws.append(["Källa: Arbetsförmedlingen, Platsbanken. Antal lediga jobb i annonser som publicerats under månaden."])
    ws.append(["Yrkesområde enligt Arbetsförmedlingens yrkestaxonomi. Annonser utan angivet yrke ingår inte."])
    ws.column_dimensions["C"].width = 36
    wb.save(os.path.join(OUT, "platsbanken_lediga_jobb_yrkesomrade_lan_2024.xlsx"))

# ---------------------------------------------------------------- 5. Unga arbetslösa 18-24 (xlsx, two-row header)
def file5():
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Unga 18-24"
    ws["A1"] = "Inskrivna arbetslösa unga 18–24 år per kommun, oktober 2025"
    ws["A1"].font = Font(bold=True)
    ws["A2"] = "Antal och andel (%) av den registerbaserade arbetskraften 18–24 år"
    ws.append([])
    ws.append(["Kommun", "Antal", None, None, "Andel (%)", None, None])
    ws.append([None, "Kvinnor", "Män", "Totalt", "Kvinnor", "Män", "Totalt"])
    ws.merge_cells("B4:D4"); ws.merge_cells("E4:G4"); ws.merge_cells("A4:A5")
    for r in (4, 5):
        for c in ws[r]:
            c.font = Font(bold=True); c.alignment = Alignment(horizontal="center")
    data = []
    def row(name, wk, wm, rate_k, rate_m):
        ak = int(round(wk * rate_k / 100)); am = int(round(wm * rate_m / 100))
        return [name, ak, am, ak + am, round(100 * ak / wk, 1), round(100 * am / wm, 1), round(100 * (ak + am) / (wk + wm), 1)]
    blocks = []
    allk = [0, 0, 0, 0]
    for lan, (_, kk) in COUNTIES.items():
        ladj = {"Kalmar län": 0.0, "Blekinge län": 1.2, "Gävleborgs län": 2.0}[lan]
        rows = []; s = [0, 0, 0, 0]
        for _, k in kk:
            wk = int(POP[k] * rng.uniform(38, 46)); wm = int(POP[k] * rng.uniform(42, 50))
            rk = 6.0 + ladj + rng.uniform(-2.0, 3.0); rm = 7.2 + ladj + rng.uniform(-2.0, 3.5)
            if k in ("Hofors", "Olofström", "Ljusdal"):
                rk += 2.5; rm += 3
            r = row(k, wk, wm, rk, rm)
            rows.append(r)
            s = [s[0] + wk, s[1] + wm, s[2] + r[1], s[3] + r[2]]
        lrow = [lan, s[2], s[3], s[2] + s[3], round(100 * s[2] / s[0], 1), round(100 * s[3] / s[1], 1),
                round(100 * (s[2] + s[3]) / (s[0] + s[1]), 1)]
        blocks.append((lrow, rows))
    ws.append(["Riket", 14872, 19655, 34527, 5.9, 7.1, 6.5])
    for lrow, rows in blocks:
        ws.append(lrow)
        for r in rows:
            ws.append(r)
    ws.append([])
    ws.append(["Källa: Arbetsförmedlingen. Inskrivna arbetslösa = öppet arbetslösa och sökande i program med aktivitetsstöd."])
    ws.append(["Andel beräknad på den registerbaserade arbetskraften (RAMS/BAS) 18–24 år."])
    ws.column_dimensions["A"].width = 18
    wb.save(os.path.join(OUT, "unga_arbetslosa_18-24_kommun_okt2025.xlsx"))

# ---------------------------------------------------------------- 6. Starta-eget register (csv latin-1)
def file6():
    kommuner = ["Kalmar", "Kalmar", "Kalmar", "Västervik", "Oskarshamn", "Nybro", "Borgholm", "Mörbylånga",
                "Karlskrona", "Karlskrona", "Ronneby", "Karlshamn", "Sölvesborg", "Gävle", "Gävle", "Gävle",
                "Sandviken", "Hudiksvall", "Bollnäs", "Söderhamn", "Ljusdal", "Ovanåker"]
    branscher = ["Bygg", "Handel", "Restaurang och café", "IT och konsult", "Frisör och skönhet", "Transport",
                 "Jord- och skogsbruk", "Vård och omsorg", "Kultur och fritid"]
    rows = []
    start = dt.date(2024, 9, 1)
    for i in range(64):
        ink = start + dt.timedelta(days=rng.randint(0, 420))
        kom = rng.choice(kommuner); br = rng.choice(branscher)
        age = rng.randint(21, 61); kon = rng.choice(["Kvinna", "Man", "Man", "Kvinna", "Man"])
        beslut = ""; bdat = ""; belopp = ""
        if ink < dt.date(2025, 9, 15) or rng.random() < 0.2:
            bd = ink + dt.timedelta(days=rng.randint(9, 75))
            if bd <= dt.date(2025, 11, 20):
                bdat = bd.isoformat()
                beslut = "Bifall" if rng.random() < 0.68 else "Avslag"
                if beslut == "Bifall":
                    belopp = str(rng.choice([38000, 42000, 45000, 48000, 52000, 55000, 60000, 64000, 72000, 80000, 96000]))
        rows.append([ink, bdat, kom, br, beslut, belopp, age, kon])
    rows.sort(key=lambda r: r[0])
    with open(os.path.join(OUT, "starta_eget_ansokningar_register.csv"), "w", encoding="latin-1", newline="") as f:
        f.write("Ärende-id;Inkommen;Beslutsdatum;Kommun;Bransch;Beslut;Beviljat belopp (kr);Sökandens ålder;Kön\r\n")
        for n, r in enumerate(rows, 1):
            ink, bdat, kom, br, beslut, belopp, age, kon = r
            aid = f"SE-{ink.year}-{n:04d}"
            f.write(f"{aid};{ink.isoformat()};{bdat};{kom};{br};{beslut};{belopp};{age};{kon}\r\n")

for fn in (file1, file2, file3, file4, file5, file6):
    fn()
print("done", sorted(os.listdir(OUT)))
