"""Create six realistic Swedish statistics exports for the Kunskapsbanken test.

Usage: python make_files.py OUT_DIR
"""
import os
import sys
import random
from datetime import date, timedelta

from openpyxl import Workbook
from openpyxl.styles import Font

OUT = sys.argv[1] if len(sys.argv) > 1 else "kb"
os.makedirs(OUT, exist_ok=True)
rng = random.Random(2029)

KRONOBERG = [("0760", "Uppvidinge", 9400), ("0761", "Lessebo", 8700), ("0763", "Tingsryd", 12300),
             ("0764", "Alvesta", 20200), ("0765", "Älmhult", 18000), ("0767", "Markaryd", 10200),
             ("0780", "Växjö", 97000), ("0781", "Ljungby", 28800)]
KALMAR = [("0821", "Högsby", 5700), ("0834", "Torsås", 7300), ("0840", "Mörbylånga", 15700),
          ("0860", "Hultsfred", 13800), ("0861", "Mönsterås", 13400), ("0862", "Emmaboda", 9300),
          ("0880", "Kalmar", 72000), ("0881", "Nybro", 20100), ("0882", "Oskarshamn", 27300),
          ("0883", "Västervik", 36500), ("0884", "Vimmerby", 15500), ("0885", "Borgholm", 10900)]
VASTMANLAND = [("1904", "Skinnskatteberg", 4400), ("1907", "Surahammar", 10100), ("1960", "Kungsör", 8900),
               ("1961", "Hallstahammar", 16500), ("1962", "Norberg", 5800), ("1980", "Västerås", 157000),
               ("1981", "Sala", 23000), ("1982", "Fagersta", 13500), ("1983", "Köping", 26500),
               ("1984", "Arboga", 14000)]
LAN = [("07", "Kronobergs län", KRONOBERG), ("08", "Kalmar län", KALMAR), ("19", "Västmanlands län", VASTMANLAND)]


def sv(x, dec=1):
    """Swedish decimal comma."""
    if x is None:
        return ".."
    return f"{x:.{dec}f}".replace(".", ",")


# ---------------------------------------------------------------- 1. Sjukpenningtal (Latin-1, ;)
def file1():
    years = [2021, 2022, 2023, 2024]
    lines = ["Sjukpenningtal per kommun och kön, december respektive år",
             "Källa: Försäkringskassan (MiDAS). Uttag 2025-01-22",
             "",
             "Område;Kod;Kön;2021;2022;2023;2024"]

    def series(base_k, base_m):
        out = {"Kvinnor": [], "Män": []}
        k, m = base_k, base_m
        for _ in years:
            out["Kvinnor"].append(round(k, 1))
            out["Män"].append(round(m, 1))
            k = k + rng.uniform(-0.9, 0.4)
            m = m + rng.uniform(-0.6, 0.3)
        out["Samtliga"] = [round(0.49 * a + 0.51 * b, 1) for a, b in zip(out["Kvinnor"], out["Män"])]
        return out

    rows = []
    riket = series(13.6, 7.6)
    rows.append(("Riket", "00", riket))
    for code, lan, kommuner in LAN:
        ks = []
        for kcode, name, _pop in kommuner:
            s = series(rng.uniform(11.5, 18.5), rng.uniform(6.0, 11.5))
            ks.append((name, kcode, s))
        lan_s = {g: [round(sum(s[g][i] for _, _, s in ks) / len(ks) + rng.uniform(-0.3, 0.3), 1)
                     for i in range(len(years))] for g in ("Kvinnor", "Män")}
        lan_s["Samtliga"] = [round(0.49 * a + 0.51 * b, 1) for a, b in zip(lan_s["Kvinnor"], lan_s["Män"])]
        rows.append((lan, code, lan_s))
        rows.extend(ks)
    missing = {("Skinnskatteberg", "Män", 0), ("Högsby", "Män", 0), ("Högsby", "Kvinnor", 0)}
    for name, code, s in rows:
        for g in ("Kvinnor", "Män", "Samtliga"):
            vals = []
            for i, v in enumerate(s[g]):
                if (name, g, i) in missing or (g == "Samtliga" and any((name, gg, i) in missing for gg in ("Kvinnor", "Män"))):
                    vals.append("..")
                else:
                    vals.append(sv(v))
            lines.append(f"{name};{code};{g};" + ";".join(vals))
    lines += ["",
              "Fotnoter:",
              "Sjukpenningtalet är antalet utbetalda dagar med sjukpenning och rehabiliteringspenning under de",
              "senaste tolv månaderna per registrerad försäkrad i åldern 16-64 år. Värdet avser december respektive år.",
              ".. = uppgift saknas eller för få försäkrade för att redovisa.",
              "Länsvärden avser samtliga försäkrade i länet."]
    with open(os.path.join(OUT, "fk_sjukpenningtal_kommun_kon_2021_2024.csv"), "w", encoding="latin-1", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------- 2. Nystartade företag (xlsx, pivot-like)
BRANSCHER = [("A Jordbruk, skogsbruk och fiske", 0.09), ("C Tillverkning", 0.06), ("F Byggverksamhet", 0.13),
             ("G Handel", 0.12), ("I Hotell- och restaurangverksamhet", 0.05),
             ("J Information och kommunikation", 0.07), ("M-N Företagstjänster", 0.22),
             ("Q Vård och omsorg", 0.06), ("Övriga branscher", 0.20)]


def file2():
    years = [2022, 2023, 2024]
    wb = Workbook()
    ws = wb.active
    ws.title = "Nystartade företag"
    ws.append(["Nystartade företag efter kommun och bransch (SNI 2007), 2022–2024"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(["Källa: Tillväxtanalys, Nystartade företag. Bearbetning: regional utvecklingsenhet"])
    ws.append([])
    ws.append(["Kommun", "Bransch (SNI-grupp)", "Antal nystartade företag", None, None,
               "Nystartade företag per 1 000 invånare", None, None])
    ws.append([None, None] + years + years)
    ws.merge_cells(start_row=4, start_column=3, end_row=4, end_column=5)
    ws.merge_cells(start_row=4, start_column=6, end_row=4, end_column=8)
    for _code, lan, kommuner in LAN[:2]:
        lan_tot = {b: [0, 0, 0] for b, _ in BRANSCHER}
        lan_pop = sum(p for _, _, p in kommuner)
        block = []
        for _kc, name, pop in kommuner:
            rate = rng.uniform(5.0, 9.5)  # per 1000
            counts = {}
            for b, share in BRANSCHER:
                counts[b] = []
                for yi, _y in enumerate(years):
                    mu = pop / 1000 * rate * (1 + 0.04 * yi) * share * (0.9 if name not in ("Borgholm", "Mörbylånga") or not b.startswith("I") else 2.0)
                    counts[b].append(max(0, int(round(rng.gauss(mu, max(0.8, mu * 0.15))))))
                    lan_tot[b][yi] += counts[b][-1]
            block.append((name, pop, counts))
        for name, pop, counts in block:
            total = [sum(counts[b][i] for b, _ in BRANSCHER) for i in range(3)]
            first = True
            for b, _ in BRANSCHER + [("Samtliga branscher", 0)]:
                c = total if b == "Samtliga branscher" else counts[b]
                per = [round(v / pop * 1000, 1) for v in c]
                ws.append([name if first else None, b] + c + per)
                first = False
        total = [sum(lan_tot[b][i] for b, _ in BRANSCHER) for i in range(3)]
        first = True
        for b, _ in BRANSCHER + [("Samtliga branscher", 0)]:
            c = total if b == "Samtliga branscher" else lan_tot[b]
            per = [round(v / lan_pop * 1000, 1) for v in c]
            ws.append([lan if first else None, b] + c + per)
            first = False
    ws.append([])
    ws.append(["Anm. Per 1 000 invånare beräknat på folkmängden 31 december 2023 för samtliga år."])
    ws.append(["Bransch enligt SNI 2007 på avdelningsnivå; M-N = avdelning M och N sammanslagna."])
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 38
    wb.save(os.path.join(OUT, "nystartade_foretag_kronoberg_kalmar_2022-2024.xlsx"))


# ---------------------------------------------------------------- 3. AF övergångar (UTF-8 BOM, long)
TIDER = ["0-5 månader", "6-11 månader", "12-23 månader", "24 månader eller mer"]


def file3():
    months = [f"{y}-{m:02d}" for y in (2023, 2024) for m in range(1, 13)]
    regions = [("Kronobergs län", 6500), ("Kalmar län", 7800), ("Västmanlands län", 11800), ("Riket", 355000)]
    share_tid = [0.30, 0.18, 0.22, 0.30]
    rate_tid = [0.115, 0.075, 0.055, 0.028]
    lines = ["Inskrivna arbetslösa som gått till arbete (övergångar till arbete) per län och månad",
             "Källa: Arbetsförmedlingen. Avser övergångar under månaden; andel = övergångar / inskrivna arbetslösa vid månadens början",
             "Län;Månad;Kön;Inskrivningstid;Antal övergångar till arbete;Antal inskrivna arbetslösa;Andel som gått till arbete (%)"]
    for reg, base in regions:
        for mi, mon in enumerate(months):
            season = 1.0 + 0.18 * (mon[5:] in ("03", "04", "05", "08", "09")) - 0.2 * (mon[5:] in ("07", "12"))
            level = base * (1 + 0.006 * mi)
            cell = {}
            for g, gshare, grate in (("Kvinnor", 0.47, 0.95), ("Män", 0.53, 1.05)):
                for t, ts, tr in zip(TIDER, share_tid, rate_tid):
                    insk = int(round(level * gshare * ts * rng.uniform(0.96, 1.04)))
                    ov = int(round(insk * tr * grate * season * rng.uniform(0.85, 1.15)))
                    cell[(g, t)] = (ov, insk)
            for g in ("Kvinnor", "Män"):
                cell[(g, "Totalt")] = tuple(sum(cell[(g, t)][i] for t in TIDER) for i in (0, 1))
            for t in TIDER + ["Totalt"]:
                cell[("Totalt", t)] = tuple(sum(cell[(g, t)][i] for g in ("Kvinnor", "Män")) for i in (0, 1))
            for g in ("Totalt", "Kvinnor", "Män"):
                for t in ["Totalt"] + TIDER:
                    ov, insk = cell[(g, t)]
                    lines.append(f"{reg};{mon};{g};{t};{ov};{insk};{sv(ov / insk * 100)}")
    with open(os.path.join(OUT, "af_overgangar_till_arbete_lan_manad.csv"), "w", encoding="utf-8-sig", newline="") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- 4. Utbildningsnivå (Kolada-style long)
KPIS = [("N01801", "Invånare 25-64 år med förgymnasial utbildning", "antal"),
        ("N01802", "Invånare 25-64 år med gymnasial utbildning", "antal"),
        ("N01803", "Invånare 25-64 år med eftergymnasial utbildning kortare än 3 år", "antal"),
        ("N01804", "Invånare 25-64 år med eftergymnasial utbildning 3 år eller längre", "antal"),
        ("N01811", "Invånare 25-64 år med förgymnasial utbildning, andel (%)", "andel"),
        ("N01812", "Invånare 25-64 år med gymnasial utbildning, andel (%)", "andel"),
        ("N01813", "Invånare 25-64 år med eftergymnasial utbildning kortare än 3 år, andel (%)", "andel"),
        ("N01814", "Invånare 25-64 år med eftergymnasial utbildning 3 år eller längre, andel (%)", "andel")]


def file4():
    units = []
    for lcode, lan, kommuner in (LAN[2], LAN[0]):
        units.append((lcode, lan, None))
        for kc, name, pop in kommuner:
            units.append((kc, name, pop))
    data = {}  # (id, year, gender) -> [4 antal]
    for uid, name, pop in units:
        if pop is None:
            continue
        big = pop > 50000
        pf = rng.uniform(0.09, 0.19) - (0.03 if big else 0)
        pe3 = rng.uniform(0.17, 0.27) + (0.10 if big else 0)
        pe2 = rng.uniform(0.12, 0.16)
        for yi, y in enumerate((2023, 2024)):
            n = pop * 0.5 * (1 + 0.004 * yi)
            for g, gs, adj in (("K", 0.49, 1), ("M", 0.51, -1)):
                ng = n * gs
                f_ = pf * (1 - 0.12 * adj) - 0.003 * yi
                e3 = pe3 * (1 + 0.28 * adj) + 0.004 * yi
                e2 = pe2 * (1 - 0.05 * adj)
                vals = [int(round(ng * f_ * rng.uniform(0.97, 1.03))), 0,
                        int(round(ng * e2 * rng.uniform(0.97, 1.03))),
                        int(round(ng * e3 * rng.uniform(0.97, 1.03)))]
                vals[1] = int(round(ng)) - vals[0] - vals[2] - vals[3]
                data[(uid, y, g)] = vals
            data[(uid, y, "T")] = [a + b for a, b in zip(data[(uid, y, "K")], data[(uid, y, "M")])]
    # county totals
    for lcode, lan, kommuner in (LAN[2], LAN[0]):
        for y in (2023, 2024):
            for g in ("T", "K", "M"):
                data[(lcode, y, g)] = [sum(data[(kc, y, g)][i] for kc, _, _ in kommuner) for i in range(4)]
    # Riket
    for yi, y in enumerate((2023, 2024)):
        n = 5420000 * (1 + 0.005 * yi)
        for g, gs, adj in (("K", 0.49, 1), ("M", 0.51, -1)):
            ng = n * gs
            vals = [int(round(ng * (0.115 * (1 - 0.12 * adj) - 0.003 * yi))), 0,
                    int(round(ng * 0.145 * (1 - 0.05 * adj))),
                    int(round(ng * (0.315 * (1 + 0.25 * adj) + 0.004 * yi)))]
            vals[1] = int(round(ng)) - vals[0] - vals[2] - vals[3]
            data[("0000", y, g)] = vals
        data[("0000", y, "T")] = [a + b for a, b in zip(data[("0000", y, "K")], data[("0000", y, "M")])]
    units = [("0000", "Riket", None)] + units
    lines = ['"kpi","kpi_title","municipality_id","municipality","period","gender","value"']
    for kpi, title, kind in KPIS:
        lvl = int(kpi[-1]) - 1
        for uid, name, _ in units:
            for y in (2023, 2024):
                for g in ("T", "K", "M"):
                    vals = data[(uid, y, g)]
                    if kind == "antal":
                        v = str(vals[lvl])
                    else:
                        v = f"{vals[lvl] / sum(vals) * 100:.1f}"
                    lines.append(f'"{kpi}","{title}","{uid}","{name}","{y}","{g}",{v}')
    with open(os.path.join(OUT, "kolada_utbildningsniva_25-64.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- 5. Varsel (xlsx, one sheet per year)
MANADER = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
           "oktober", "november", "december"]


def file5():
    wb = Workbook()
    wb.remove(wb.active)
    regions = [("Kronobergs län", 9, 20), ("Kalmar län", 8, 18), ("Västmanlands län", 13, 24), ("Riket", 330, 15)]
    for y, level in ((2022, 0.8), (2023, 1.15), (2024, 1.3)):
        ws = wb.create_sheet(str(y))
        ws.append([f"Varsel om uppsägning per län och månad {y}"])
        ws["A1"].font = Font(bold=True)
        ws.append(["Källa: Arbetsförmedlingen, varselstatistik"])
        ws.append([])
        ws.append(["Län", "Månad", "Antal varsel", "Antal berörda personer"])
        nmon = 10 if y == 2024 else 12
        for reg, base, per in regions:
            for mi in range(nmon):
                v = max(1, int(round(rng.gauss(base * level, base * level * 0.3))))
                b = int(round(v * per * rng.uniform(0.6, 1.6)))
                ws.append([reg, MANADER[mi], v, b])
        ws.append([])
        if y == 2024:
            ws.append(["Uppgifter för november och december 2024 var inte publicerade vid uttaget (2024-11-08)."])
        ws.append(["Ett varsel kan omfatta flera personer. Riket inkluderar samtliga 21 län."])
        ws.column_dimensions["A"].width = 20
    wb.save(os.path.join(OUT, "varsel_lan_manad_2022-2024.xlsx"))


# ---------------------------------------------------------------- 6. Register, beslut (UTF-8 BOM, ;)
def file6():
    kommuner = [n for _, _, ks in LAN for _, n, _ in ks]
    weights = [p for _, _, ks in LAN for _, _, p in ks]
    stod = [("Lönebidrag för anställning", 16000, 21500), ("Lönebidrag för utveckling i anställning", 15000, 20000),
            ("Introduktionsjobb", 9000, 14500), ("Nystartsjobb", 6500, 12500)]
    aldrar = ["18-24 år", "25-34 år", "35-44 år", "45-54 år", "55-64 år"]
    lines = ["Ärende-ID;Kommun;Stödform;Beslutsdatum;Kön;Åldersgrupp;Bidrag per månad (kr);Beslut"]
    start = date(2024, 9, 2)
    for i in range(64):
        k = rng.choices(kommuner, weights=[w ** 0.6 for w in weights])[0]
        s, lo, hi = rng.choices(stod, weights=[4, 2, 2, 3])[0]
        d = start + timedelta(days=rng.randint(0, 150))
        while d.weekday() >= 5:
            d += timedelta(days=1)
        g = rng.choice(["Kvinna", "Man"])
        a = rng.choices(aldrar, weights=[1, 3, 3, 3, 2])[0]
        beviljad = rng.random() > 0.22
        bidrag = str(int(round(rng.uniform(lo, hi) / 10) * 10)) if beviljad else ""
        lines.append(f"AF-{2024 if d.year == 2024 else 2025}-{10431 + i * 7:06d};{k};{s};{d.isoformat()};{g};{a};{bidrag};"
                     f"{'Beviljad' if beviljad else 'Avslag'}")
    with open(os.path.join(OUT, "beslut_anstallningsstod_register_2024-2025.csv"), "w", encoding="utf-8-sig", newline="") as f:
        f.write("\n".join(lines) + "\n")


file1()
file2()
file3()
file4()
file5()
file6()
print("wrote", sorted(os.listdir(OUT)))
