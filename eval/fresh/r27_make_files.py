"""Create 6 realistic Swedish statistics exports in OUT_DIR (argv[1])."""
import sys, os, csv, io
import numpy as np
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment

OUT = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("OUT_DIR", "kb")
os.makedirs(OUT, exist_ok=True)
rng = np.random.default_rng(2027)

def dc(x, nd=1):
    """decimal comma"""
    return f"{x:.{nd}f}".replace(".", ",")

JKPG = [("0604", "Aneby", 6900, .13), ("0617", "Gnosjö", 9700, .26), ("0642", "Mullsjö", 7400, .12),
        ("0643", "Habo", 12700, .09), ("0662", "Gislaved", 29700, .23), ("0665", "Vaggeryd", 14300, .17),
        ("0680", "Jönköping", 144000, .19), ("0682", "Nässjö", 31900, .18), ("0683", "Värnamo", 35000, .20),
        ("0684", "Sävsjö", 11700, .21), ("0685", "Vetlanda", 27800, .16), ("0686", "Eksjö", 17700, .12),
        ("0687", "Tranås", 19300, .15)]
GAVL = [("2101", "Ockelbo", 5800), ("2104", "Hofors", 9400), ("2121", "Ovanåker", 11400),
        ("2132", "Nordanstig", 9400), ("2161", "Ljusdal", 19000), ("2180", "Gävle", 103000),
        ("2181", "Sandviken", 39800), ("2182", "Söderhamn", 25500), ("2183", "Bollnäs", 26300),
        ("2184", "Hudiksvall", 37500)]
SKANE = [("1280", "Malmö", 357000), ("1281", "Lund", 128000), ("1283", "Helsingborg", 151000),
         ("1290", "Kristianstad", 87000), ("1282", "Landskrona", 46500), ("1287", "Trelleborg", 46500),
         ("1286", "Ystad", 31000), ("1293", "Hässleholm", 53000), ("1285", "Eslöv", 34800),
         ("1292", "Ängelholm", 43000), ("1233", "Vellinge", 37000), ("1262", "Lomma", 25000),
         ("1267", "Höör", 17000), ("1273", "Osby", 13200), ("1275", "Perstorp", 7500)]

# ---------------------------------------------------------------- 1. SCB förvärvsarbetande (Latin-1, wide)
def file1():
    years = [2020, 2021, 2022]
    rows = []
    agg = {}  # (sex, born) -> [pop per year, emp per year]
    for code, name, pop, ut in JKPG:
        pop2064 = pop * 0.555
        for sex in ["män", "kvinnor"]:
            sexshare = 0.515 if sex == "män" else 0.485
            for born in ["inrikes född", "utrikes född"]:
                share = ut if born == "utrikes född" else 1 - ut
                base = pop2064 * sexshare * share
                if born == "inrikes född":
                    r0 = (86.5 if sex == "män" else 84.8) + rng.normal(0, 1.6)
                else:
                    r0 = (70.0 if sex == "män" else 61.0) + rng.normal(0, 4.5)
                cnts, rates = [], []
                for i, y in enumerate(years):
                    p = base * (1 + 0.006 * i + rng.normal(0, .004))
                    r = r0 + (0.5 * i if born == "inrikes född" else 1.2 * i) + rng.normal(0, .6)
                    r = round(min(r, 93.0), 1)
                    c = int(round(p * r / 100))
                    cnts.append(c); rates.append(r)
                    a = agg.setdefault((sex, born), [[0]*3, [0]*3])
                    a[0][i] += p; a[1][i] += c
                rows.append([f"{code} {name}", sex, born, cnts, rates])
    lan = []
    for (sex, born), (pops, emps) in agg.items():
        lan.append(["06 Jönköpings län", sex, born, emps, [round(100*e/p, 1) for e, p in zip(emps, pops)]])
    riket = []
    rk = {("män", "inrikes född"): (2280000, 86.9), ("män", "utrikes född"): (720000, 73.4),
          ("kvinnor", "inrikes född"): (2170000, 85.1), ("kvinnor", "utrikes född"): (700000, 64.8)}
    for (sex, born), (c0, r0) in rk.items():
        cn = [c0, int(c0*1.011), int(c0*1.019)] if born == "inrikes född" else [c0, int(c0*1.032), int(c0*1.061)]
        rr = [r0, round(r0+0.6, 1), round(r0+1.0, 1)] if born == "inrikes född" else [r0, round(r0+1.3, 1), round(r0+2.4, 1)]
        riket.append(["00 Riket", sex, born, cn, rr])
    allrows = riket + sorted(lan, key=lambda r: (r[1] != "män", r[2])) + rows
    # suppressed small cells
    for r in allrows:
        if r[0] == "0604 Aneby" and r[1] == "kvinnor" and r[2] == "utrikes född":
            r[3] = [".."] + r[3][1:]
            r[4] = [".."] + r[4][1:]
    buf = io.StringIO()
    buf.write('"Förvärvsarbetande 20-64 år (nattbefolkning) efter region, kön, födelseregion, tabellinnehåll och år"\n')
    buf.write('\n')
    hdr = ["region", "kön", "födelseregion"] + [f"Förvärvsarbetande {y}" for y in years] + \
          [f"Förvärvsfrekvens, procent {y}" for y in years]
    buf.write(";".join(f'"{h}"' for h in hdr) + "\n")
    for reg, sex, born, cn, rr in allrows:
        vals = [str(c) for c in cn] + [(dc(x) if x != ".." else "..") for x in rr]
        buf.write(";".join([f'"{reg}"', f'"{sex}"', f'"{born}"'] + vals) + "\n")
    buf.write('\n')
    buf.write('"Förvärvsfrekvens = andel förvärvsarbetande av befolkningen i respektive grupp, procent."\n')
    buf.write('".. = uppgift ej redovisad på grund av sekretess."\n')
    buf.write('"Källa: SCB, Registerbaserad arbetsmarknadsstatistik (BAS). Uttag 2024-03-12."\n')
    with open(os.path.join(OUT, "scb_forvarvsarbetande_20-64_fodelseregion_jonkopings_lan.csv"), "w", encoding="latin-1", newline="") as f:
        f.write(buf.getvalue().replace("\n", "\r\n"))

# ---------------------------------------------------------------- 2. konkurser (UTF-8 BOM, long)
def file2():
    qs = [f"{y}K{q}" for y in (2023, 2024) for q in (1, 2, 3, 4)]
    lines = []
    tot = {q: [0, 0] for q in qs}
    for code, name, pop in GAVL:
        lam = pop / 103000 * 13
        for qi, q in enumerate(qs):
            n = int(rng.poisson(lam * (1 + 0.05 * qi)))
            emp = int(sum(rng.choice([0, 0, 1, 2, 3, 5, 8, 12, 25], size=n))) if n else 0
            tot[q][0] += n; tot[q][1] += emp
            e = str(emp)
            if name == "Ockelbo" and q == "2023K2":
                e = ".."
            lines.append(f"{code} {name};{q};{n};{e}")
    for q in qs:
        lines.append(f"21 Gävleborgs län;{q};{tot[q][0]};{tot[q][1]}")
    txt = "Företagskonkurser efter kommun och kvartal, Gävleborgs län 2023–2024\n" \
          "Konkurser i aktiebolag, handelsbolag och enskilda näringsidkare. Anställda = antal anställda berörda av konkurserna\n" \
          "\n" \
          "Region;Kvartal;Antal konkurser;Antal anställda berörda\n" + "\n".join(lines) + "\n\n" \
          "Uppgifterna för senaste kvartalet är preliminära.\n" \
          ".. = uppgift ej publicerad (röjanderisk). Länssumman inkluderar ej publicerade uppgifter.\n" \
          "Källa: SCB, Konkurser och offentliga ackord\n"
    with open(os.path.join(OUT, "konkurser_kvartal_gavleborg_2023_2024.csv"), "w", encoding="utf-8-sig", newline="") as f:
        f.write(txt)

# ---------------------------------------------------------------- 3. Skolverket gymnasieelever xlsx (2 header rows)
HF = ["Ekonomi", "Estetiska", "Naturvetenskap", "Samhällsvetenskap", "Teknik"]
YP = ["Barn och fritid", "Bygg och anläggning", "El och energi", "Fordon och transport",
      "Handel och administration", "Vård och omsorg"]
def file3():
    wb = Workbook(); ws = wb.active; ws.title = "Elever per program"
    ws["A1"] = "Elever i gymnasieskolan läsåret 2023/24 efter program och hemkommun, Skåne län"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Antal elever folkbokförda i kommunen, oavsett skolans huvudman. Avser elever per den 15 oktober 2023."
    r1 = ["Kommun", "Kommunkod", "Högskoleförberedande program"] + [None]*5 + ["Yrkesprogram"] + [None]*6 + \
         ["Introduktionsprogram", "Samtliga program"]
    r2 = [None, None] + HF + ["Totalt"] + YP + ["Totalt", None, None]
    ws.append([]); ws.append(r1); ws.append(r2)
    ws.merge_cells(start_row=4, start_column=3, end_row=4, end_column=8)
    ws.merge_cells(start_row=4, start_column=9, end_row=4, end_column=15)
    for c in ws[4] + ws[5]:
        c.font = Font(bold=True); c.alignment = Alignment(wrap_text=True)
    hfw = [0.13, 0.035, 0.115, 0.17, 0.11]
    ypw = [0.045, 0.05, 0.045, 0.04, 0.035, 0.05]
    data = []
    sums = np.zeros(len(HF) + len(YP) + 1)
    for code, name, pop in SKANE:
        n = pop * 0.037 * (1 + rng.normal(0, .05))
        urban = name in ("Malmö", "Lund", "Helsingborg")
        hv = [max(3, int(round(n * w * (1 + rng.normal(0, .15)) * (1.15 if urban and i in (2, 3) else 1)))) for i, w in enumerate(hfw)]
        yv = [max(2, int(round(n * w * (1 + rng.normal(0, .2)) * (0.8 if urban else 1.1)))) for w in ypw]
        intro = int(round(n * (0.085 if name in ("Malmö", "Landskrona", "Trelleborg", "Perstorp") else 0.06) * (1 + rng.normal(0, .12))))
        sums += np.array(hv + yv + [intro])
        data.append([name, code, hv, yv, intro])
    # masked small cell
    rows = []
    for name, code, hv, yv, intro in data:
        hvc = list(hv)
        if name == "Perstorp":
            hvc[1] = "."
        rows.append([name, code] + hvc + [sum(hv)] + yv + [sum(yv), intro, sum(hv) + sum(yv) + intro])
    # county: kommuner above are a subset -> add rest of county
    extra = np.array([int(x) for x in sums * 0.52])
    lan = sums + extra
    lh = [int(x) for x in lan[:5]]; ly = [int(x) for x in lan[5:11]]; li = int(lan[11])
    rows.append(["Skåne län", "12"] + lh + [sum(lh)] + ly + [sum(ly), li, sum(lh) + sum(ly) + li])
    rk_h = [41250, 10980, 36890, 55120, 33610]; rk_y = [12840, 14020, 13160, 11530, 9870, 15790]; rk_i = 25410
    rows.append(["Riket", None] + rk_h + [sum(rk_h)] + rk_y + [sum(rk_y), rk_i, sum(rk_h) + sum(rk_y) + rk_i])
    for r in rows:
        ws.append(r)
    ws.append([])
    ws.append(["Tabellen redovisar ett urval av nationella program. Samtliga program = summan av redovisade program och introduktionsprogram."])
    ws.append([". = uppgift saknas eller för få elever för att redovisas"])
    ws.append(["Källa: Skolverket, Elever i gymnasieskolan läsåret 2023/24"])
    ws.column_dimensions["A"].width = 18
    wb.save(os.path.join(OUT, "skolverket_gymnasieelever_program_skane_2023-24.xlsx"))

# ---------------------------------------------------------------- 4. AF inskrivna arbetslösa (UTF-8, wide months)
def file4():
    months = [f"2024-{m:02d}" for m in range(1, 7)]
    cats = ["<6 mån", "6-12 mån", ">12 mån"]
    base_rate = {"Gnosjö": .045, "Gislaved": .06, "Jönköping": .065, "Nässjö": .075, "Habo": .03, "Mullsjö": .04,
                 "Gävle": .085, "Sandviken": .08, "Söderhamn": .09, "Hofors": .085, "Ljusdal": .07}
    out = []
    def gen(name, pop):
        ak = pop * 0.52
        tot0 = ak * base_rate.get(name, .06) * (1 + rng.normal(0, .08))
        shares = np.array([.45, .2, .35]) + rng.normal(0, .03, 3); shares /= shares.sum()
        res = {}
        for ci, c in enumerate(cats):
            v = []
            for mi in range(6):
                seas = [1.04, 1.05, 1.03, 1.0, .97, .96][mi] if c == "<6 mån" else 1 + 0.006 * mi
                v.append(int(round(tot0 * shares[ci] * seas * (1 + rng.normal(0, .02)))))
            res[c] = v
        res["Totalt"] = [sum(res[c][i] for c in cats) for i in range(6)]
        return res
    for lan, kom in [("Jönköpings län", [(c, n, p) for c, n, p, _ in JKPG]), ("Gävleborgs län", GAVL)]:
        lsum = {c: [0]*6 for c in cats + ["Totalt"]}
        block = []
        for code, name, pop in kom:
            r = gen(name, pop)
            for c in cats + ["Totalt"]:
                block.append([lan, name, c] + r[c])
                lsum[c] = [a + b for a, b in zip(lsum[c], r[c])]
        out += block
        for c in cats + ["Totalt"]:
            out.append([lan, f"{lan} totalt", c] + lsum[c])
    rk = {"<6 mån": [161200, 163900, 159800, 154300, 149700, 150900], "6-12 mån": [70400, 70900, 71300, 71800, 72600, 73100],
          ">12 mån": [120500, 121300, 122400, 123000, 123900, 124700]}
    for c in cats:
        out.append(["Riket", "Riket", c] + rk[c])
    out.append(["Riket", "Riket", "Totalt"] + [sum(rk[c][i] for c in cats) for i in range(6)])
    txt = "Inskrivna arbetslösa 16-64 år efter kommun, tid utan arbete och månad, januari-juni 2024\n" \
          "Antal personer. Öppet arbetslösa och sökande i program med aktivitetsstöd.\n\n" \
          "Län;Kommun;Tid utan arbete;" + ";".join(months) + "\n" + \
          "\n".join(";".join(str(x) for x in r) for r in out) + "\n\n" \
          "Tid utan arbete = sammanhängande tid som inskriven arbetslös vid månadens slut.\n" \
          "Källa: Arbetsförmedlingen, månadsstatistik\n"
    with open(os.path.join(OUT, "af_inskrivna_arbetslosa_tid_utan_arbete_jan-jun_2024.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(txt)

# ---------------------------------------------------------------- 5. FK sjukpenning xlsx (long)
def file5():
    wb = Workbook(); ws = wb.active; ws.title = "Sjukpenning län"
    ws["A1"] = "Sjukpenning – antal mottagare och utbetalt belopp efter län, kön och år"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Belopp i miljoner kronor, löpande priser. Mottagare = personer med minst en utbetalning under året."
    ws.append([])
    ws.append(["År", "Län", "Kön", "Antal mottagare", "Utbetalt belopp (mnkr)"])
    for c in ws[4]: c.font = Font(bold=True)
    base = {"Jönköpings län": (19300, 1080.0), "Gävleborgs län": (16800, 975.0), "Skåne län": (74200, 4310.0), "Riket": (538000, 31250.0)}
    for y in range(2019, 2024):
        for lan, (m0, b0) in base.items():
            g = 1 + 0.028 * (y - 2019) + (0.09 if y in (2020, 2021) else 0) + rng.normal(0, .01)
            gb = g * (1 + 0.035 * (y - 2019)) * (1 + rng.normal(0, .012))
            mk = int(round(m0 * g * (0.63 + rng.normal(0, .005))))
            mm = int(round(m0 * g)) - mk
            bk = round(b0 * gb * (0.61 + rng.normal(0, .005)), 1)
            bm = round(b0 * gb - bk, 1)
            ws.append([y, lan, "Kvinnor", mk, bk])
            ws.append([y, lan, "Män", mm, bm])
            ws.append([y, lan, "Samtliga", mk + mm, round(bk + bm, 1)])
    ws.append([])
    ws.append(["Mottagare kan förekomma i flera län under samma år; summan av länen kan därför överstiga riket."])
    ws.append(["Källa: Försäkringskassan, MiDAS. Statistiken avser sjukpenning inklusive förebyggande sjukpenning."])
    wb.save(os.path.join(OUT, "fk_sjukpenning_lan_kon_2019-2023.xlsx"))

# ---------------------------------------------------------------- 6. Kolada long export (comma sep, dot decimals)
def file6():
    kom = [(c, n, p) for c, n, p in GAVL] + [(c, n, p) for c, n, p in SKANE[:8]]
    rows = []
    net_true = {}
    for code, name, pop in kom:
        lvl = rng.uniform(450, 2300)
        for y in (2021, 2022, 2023):
            kpi = int(round(lvl * (1 + 0.05 * (y - 2021)) * (1 + rng.normal(0, .07))))
            net = int(round(kpi * pop * (0.93 + rng.normal(0, .02)) / 1000))
            rows.append(("N13010", "Kostnad för arbetsmarknadsåtgärder, kr/inv", code, name, y, "T", str(kpi)))
            net_true[(name, y)] = net
            nv = "" if (name == "Ockelbo" and y == 2021) else str(net)
            rows.append(("N13011", "Nettokostnad för arbetsmarknadsåtgärder, tkr", code, name, y, "T", nv))
    # county row for Gävleborg = all its kommuner (sum of nettokostnad, population-weighted kr/inv)
    gpop = sum(p for _, _, p in GAVL)
    gk, gn = [], []
    for y in (2021, 2022, 2023):
        kv = {r[3]: int(r[6]) for r in rows if r[0] == "N13010" and r[4] == y}
        gk.append(int(round(sum(kv[n] * p for _, n, p in GAVL) / gpop)))
        gn.append(sum(net_true[(n, y)] for _, n, _ in GAVL))
    for cid, cname, kvals, nvals in [("0021", "Gävleborgs län", gk, gn),
                                      ("0012", "Skåne län", [1264, 1301, 1377], [1788430, 1850220, 1968790]),
                                      ("0000", "Riket", [1102, 1139, 1203], [11523400, 11945300, 12710800])]:
        for y, k, n in zip((2021, 2022, 2023), kvals, nvals):
            rows.append(("N13010", "Kostnad för arbetsmarknadsåtgärder, kr/inv", cid, cname, y, "T", str(k)))
            rows.append(("N13011", "Nettokostnad för arbetsmarknadsåtgärder, tkr", cid, cname, y, "T", str(n)))
    with open(os.path.join(OUT, "kolada_arbetsmarknadsatgarder_2021-2023.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["kpi", "kpi_title", "municipality_id", "municipality", "period", "gender", "value"])
        for r in rows:
            w.writerow(r)

file1(); file2(); file3(); file4(); file5(); file6()
print("wrote", sorted(os.listdir(OUT)))
