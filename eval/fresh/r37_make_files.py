"""Create 6 realistic Swedish statistics exports for testing Kunskapsbanken.

Usage: python make_files.py OUT_DIR
"""
import csv
import datetime as dt
import os
import random
import sys

from openpyxl import Workbook
from openpyxl.styles import Font

OUT = sys.argv[1] if len(sys.argv) > 1 else "kb"
os.makedirs(OUT, exist_ok=True)
rng = random.Random(3737)

COUNTIES = [
    ("22", "Västernorrlands län", [
        ("2260", "Ånge", 9000), ("2262", "Timrå", 18000), ("2280", "Härnösand", 25000),
        ("2281", "Sundsvall", 99000), ("2282", "Kramfors", 18000), ("2283", "Sollefteå", 19000),
        ("2284", "Örnsköldsvik", 56000)]),
    ("24", "Västerbottens län", [
        ("2401", "Nordmaling", 7000), ("2403", "Bjurholm", 2400), ("2404", "Vindeln", 5400),
        ("2409", "Robertsfors", 6700), ("2417", "Norsjö", 4000), ("2418", "Malå", 3000),
        ("2421", "Storuman", 5800), ("2422", "Sorsele", 2400), ("2425", "Dorotea", 2500),
        ("2460", "Vännäs", 8800), ("2462", "Vilhelmina", 6600), ("2463", "Åsele", 2700),
        ("2480", "Umeå", 131000), ("2481", "Lycksele", 12000), ("2482", "Skellefteå", 75000)]),
    ("25", "Norrbottens län", [
        ("2505", "Arvidsjaur", 6000), ("2506", "Arjeplog", 2700), ("2510", "Jokkmokk", 4900),
        ("2513", "Överkalix", 3200), ("2514", "Kalix", 15800), ("2518", "Övertorneå", 4200),
        ("2521", "Pajala", 5900), ("2523", "Gällivare", 17300), ("2560", "Älvsbyn", 8100),
        ("2580", "Luleå", 79000), ("2581", "Piteå", 42000), ("2582", "Boden", 28000),
        ("2583", "Haparanda", 9500), ("2584", "Kiruna", 22500)]),
]
ALL_K = [(code, name, pop, cname) for ccode, cname, ks in COUNTIES for code, name, pop in ks]
MONTHS = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]


def r1(x):
    return round(x + 1e-9, 1)


# ---------------------------------------------------------------- 1. AF xlsx
def file1():
    seas_y = [1.12, 1.10, 1.05, 1.00, 0.95, 0.88, 0.82, 0.90, 0.98, 1.00, 1.04, 1.08]
    seas_a = [1.06, 1.05, 1.03, 1.00, 0.98, 0.95, 0.94, 0.97, 0.99, 1.00, 1.01, 1.03]
    wb = Workbook()
    ws = wb.active
    ws.title = "Kommuner 2024"
    ws.append(["Öppet arbetslösa och sökande i program, andel (%) av den registerbaserade arbetskraften, "
               "per kommun och åldersgrupp, månadsvis 2024"])
    ws["A1"].font = Font(bold=True, size=12)
    ws.append(["Källa: Arbetsförmedlingen, månadsstatistik. Uttag 2025-01-15"])
    ws.append([])
    ws.append(["Län/Kommun", "Åldersgrupp"] + MONTHS)
    riket_y = [r1(8.9 * s) for s in seas_y]
    riket_a = [r1(6.4 * s) for s in seas_a]
    for ccode, cname, ks in COUNTIES:
        rows = []
        wy = [0.0] * 12
        wa = [0.0] * 12
        tot = sum(p for _, _, p in ks)
        for code, name, pop in ks:
            by = rng.uniform(5.5, 13.5)
            ba = rng.uniform(3.2, 8.0)
            ys = [r1(by * s * rng.uniform(0.95, 1.05)) for s in seas_y]
            as_ = [r1(ba * s * rng.uniform(0.97, 1.03)) for s in seas_a]
            for i in range(12):
                wy[i] += ys[i] * pop / tot
                wa[i] += as_[i] * pop / tot
            if name in ("Bjurholm", "Sorsele"):
                # too few young people: suppressed in some months
                for i in (5, 6, 7):
                    ys[i] = ".."
            rows.append([name, "16–24 år"] + ys)
            rows.append([name, "25–64 år"] + as_)
        ws.append([cname, "16–24 år"] + [r1(v) for v in wy])
        ws.append([cname, "25–64 år"] + [r1(v) for v in wa])
        for r in rows:
            ws.append(r)
    ws.append(["Riket", "16–24 år"] + riket_y)
    ws.append(["Riket", "25–64 år"] + riket_a)
    ws.append([])
    ws.append([".. = uppgift saknas eller för få observationer för att redovisas"])
    ws.append(["Andelen beräknas som antal öppet arbetslösa och sökande i program dividerat med den "
               "registerbaserade arbetskraften (RAMS) för motsvarande åldersgrupp."])
    wb.save(os.path.join(OUT, "af_arbetsloshet_kommun_2024.xlsx"))


# ---------------------------------------------------------------- 2. SCB PX-web csv (Latin-1)
def file2():
    years = [2019, 2020, 2021, 2022, 2023]
    growth = [1.0, 1.018, 1.047, 1.079, 1.118]
    lines = []
    lines.append('"Sammanräknad förvärvsinkomst för boende i Sverige hela året, medianinkomst, tkr efter region, kön och år"')
    lines.append("")
    lines.append(";".join(['"region"', '"kön"'] + [f'"{y}"' for y in years]))

    def fmt(v):
        return "" if v is None else f"{v:.1f}".replace(".", ",")

    def emit(label, base_m, base_k, missing=()):
        men = [r1(base_m * g * rng.uniform(0.99, 1.01)) for g in growth]
        wom = [r1(base_k * g * rng.uniform(0.99, 1.01)) for g in growth]
        tot = [r1((m + k) / 2 + rng.uniform(-1.5, 1.5)) for m, k in zip(men, wom)]
        for kon, vals in (("män", men), ("kvinnor", wom), ("totalt", tot)):
            cells = []
            for y, v in zip(years, vals):
                if (kon, y) in missing:
                    cells.append("..")
                else:
                    cells.append(fmt(v))
            lines.append(";".join([f'"{label}"', f'"{kon}"'] + cells))

    emit("00 Riket", 322.0, 276.0)
    for ccode, cname, ks in COUNTIES:
        emit(f"{ccode} {cname}", rng.uniform(315, 330), rng.uniform(272, 284))
        for code, name, pop in ks:
            big = pop > 40000
            bm = rng.uniform(300, 345) if big else rng.uniform(270, 335)
            bk = bm - rng.uniform(28, 52)
            missing = (("män", 2019), ("kvinnor", 2019), ("totalt", 2019)) if name == "Sorsele" else ()
            emit(f"{code} {name}", bm, bk, missing)
    lines.append("")
    lines.append('"Avser folkbokförda personer 20-64 år som var folkbokförda i Sverige hela året."')
    lines.append('"Källa: SCB, Inkomst- och taxeringsregistret (IoT). .. = uppgift saknas."')
    with open(os.path.join(OUT, "scb_medianinkomst_2019_2023.csv"), "w", encoding="latin-1", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------- 3. Kolada long export
def file3():
    years = [2020, 2021, 2022, 2023]
    kpis = [("N17820", "Kostnad för arbetsmarknadsåtgärder, kr/inv"),
            ("U17821", "Antal deltagare i kommunala arbetsmarknadsinsatser, antal")]
    rows = []
    county_part = {}
    county_cost = {}
    for ccode, cname, ks in COUNTIES:
        cp = {y: 0 for y in years}
        cc = {y: 0.0 for y in years}
        popsum = sum(p for _, _, p in ks)
        for code, name, pop in ks:
            base_cost = rng.uniform(350, 1600)
            rate = rng.uniform(0.004, 0.012)
            for i, y in enumerate(years):
                cost = int(round(base_cost * (1 + 0.06 * i) * rng.uniform(0.85, 1.15)))
                part = int(round(pop * rate * rng.uniform(0.8, 1.2)))
                if name == "Sorsele" and y == 2020:
                    cost_v, part_v = None, None
                else:
                    cost_v, part_v = cost, part
                    cp[y] += part
                    cc[y] += cost * pop / popsum
                rows.append((kpis[0][0], kpis[0][1], "0" + code[0:4] if False else code, name, y, "T", cost_v))
                rows.append((kpis[1][0], kpis[1][1], code, name, y, "T", part_v))
        county_part[cname] = cp
        county_cost[cname] = cc
        for y in years:
            rows.append((kpis[0][0], kpis[0][1], "00" + ccode, cname, y, "T", int(round(cc[y]))))
            rows.append((kpis[1][0], kpis[1][1], "00" + ccode, cname, y, "T", cp[y]))
    for i, y in enumerate(years):
        rows.append((kpis[0][0], kpis[0][1], "0000", "Riket", y, "T", int(round(780 * (1 + 0.05 * i)))))
    rng.shuffle(rows)
    rows.sort(key=lambda r: (r[0], r[2], r[4]))
    with open(os.path.join(OUT, "kolada_arbetsmarknad_export.csv"), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["kpi", "kpi_title", "municipality_id", "municipality", "period", "gender", "value"])
        for r in rows:
            w.writerow(list(r[:6]) + ["" if r[6] is None else r[6]])


# ---------------------------------------------------------------- 4. Sjukfall xlsx
def file4():
    wb = Workbook()
    ws = wb.active
    ws.title = "Sjukfall"
    ws.append(["Pågående sjukfall efter län, diagnosgrupp och kön, december 2024"])
    ws["A1"].font = Font(bold=True, size=12)
    ws.append([])
    ws.append(["Län", "Diagnosgrupp", "Kön", "Antal pågående sjukfall", "Andel av alla sjukfall (%)"])
    regions = [("Västernorrlands län", 7600), ("Västerbottens län", 8400),
               ("Norrbottens län", 8100), ("Riket", 196000)]
    for reg, total in regions:
        tw = int(round(total * rng.uniform(0.68, 0.72)))
        tm = total - tw
        data = {}
        for kon, t in (("Kvinnor", tw), ("Män", tm)):
            psy = int(round(t * (rng.uniform(0.46, 0.52) if kon == "Kvinnor" else rng.uniform(0.38, 0.44))))
            musk = int(round(t * (rng.uniform(0.13, 0.17) if kon == "Kvinnor" else rng.uniform(0.19, 0.24))))
            ovr = t - psy - musk
            data[kon] = {"Psykiska sjukdomar": psy, "Muskuloskeletala sjukdomar": musk,
                         "Övriga diagnoser": ovr, "Totalt": t}
        data["Totalt"] = {d: data["Kvinnor"][d] + data["Män"][d] for d in data["Kvinnor"]}
        for kon in ("Kvinnor", "Män", "Totalt"):
            for d in ("Psykiska sjukdomar", "Muskuloskeletala sjukdomar", "Övriga diagnoser", "Totalt"):
                v = data[kon][d]
                share = r1(100 * v / data[kon]["Totalt"])
                ws.append([reg, d, kon, v, share])
    ws.append([])
    ws.append(["Anm: Pågående sjukfall med sjukpenning den sista december. Andel avser andel av samtliga "
               "pågående sjukfall i länet för respektive kön."])
    ws.append(["Diagnosgrupp enligt ICD-10: Psykiska sjukdomar (F00–F99), Muskuloskeletala sjukdomar (M00–M99)."])
    ws.append(["Källa: Försäkringskassan, MiDAS. Bearbetning: Regional utveckling."])
    wb.save(os.path.join(OUT, "fk_pagaende_sjukfall_lan_2024.xlsx"))


# ---------------------------------------------------------------- 5. Företagsklimat tab-csv
def file5():
    recs = []
    for code, name, pop, cname in ALL_K:
        s24 = round(rng.uniform(2.9, 4.1), 2)
        s23 = round(s24 + rng.uniform(-0.35, 0.30), 2)
        recs.append([name, cname, s24, s23])

    def rank(scores):
        # national rank among 290: map score to a rank, unique-ish
        out = []
        used = set()
        for s in scores:
            r = int(round(290 - (s - 2.6) / (4.4 - 2.6) * 289 + rng.uniform(-6, 6)))
            r = max(1, min(290, r))
            while r in used:
                r += 1
            used.add(r)
            out.append(r)
        return out

    r24 = rank([r[2] for r in recs])
    r23 = rank([r[3] for r in recs])
    path = os.path.join(OUT, "foretagsklimat_enkat_2024.csv")
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write("Lokalt företagsklimat – enkätresultat per kommun, Västernorrland, Västerbotten och Norrbotten\n")
        f.write("Sammanfattande omdöme på skala 1–6 (6 = utmärkt). Ranking bland landets 290 kommuner, 1 = bäst.\n")
        f.write("\n")
        w = csv.writer(f, delimiter="\t")
        w.writerow(["Kommun", "Län", "Sammanfattande omdöme 2024", "Sammanfattande omdöme 2023",
                    "Ranking 2024", "Ranking 2023"])
        for rec, a, b in zip(recs, r24, r23):
            w.writerow([rec[0], rec[1], f"{rec[2]:.2f}".replace(".", ","), f"{rec[3]:.2f}".replace(".", ","), a, b])
        f.write("\n")
        f.write("Källa: Enkät till företagare, våren 2024. Lägre rankingsiffra = bättre placering.\n")


# ---------------------------------------------------------------- 6. LLU/Leader register xlsx
def file6():
    orgs = [
        ("Bygdegårdsföreningen Norrsken", "Ideell förening"), ("Hembygdsföreningen Älvdalen", "Ideell förening"),
        ("Byalaget Kroksjön", "Ideell förening"), ("IFK Fjällbygden", "Ideell förening"),
        ("Samefolkets kulturförening", "Ideell förening"), ("Fiskevårdsområdet Övre Lule", "Samfällighet"),
        ("Vägsamfälligheten Storbacken", "Samfällighet"), ("Lokalproducerat i Norr ek. för.", "Ekonomisk förening"),
        ("Byns Lanthandel ek. för.", "Ekonomisk förening"), ("Fjällturism Nord AB", "Aktiebolag"),
        ("Kustens Besöksnäring AB", "Aktiebolag"), ("Stiftelsen Kulturarv Norr", "Stiftelse"),
        ("Företagarna lokalavdelning", "Ideell förening"), ("Studieförbundet Vuxenskolan", "Ideell förening"),
        ("Kommunens näringslivsenhet", "Kommun"), ("Kommunens fritidsförvaltning", "Kommun"),
        ("Byaföreningen Lappnäs", "Ideell förening"), ("Skoterklubben Vildmark", "Ideell förening"),
        ("Hantverkskooperativet Näver ek. för.", "Ekonomisk förening"), ("Nordic Wilderness Guides AB", "Aktiebolag"),
    ]
    kommuner = ["Sollefteå", "Kramfors", "Ånge", "Örnsköldsvik", "Vilhelmina", "Storuman", "Lycksele",
                "Sorsele", "Dorotea", "Jokkmokk", "Pajala", "Arjeplog", "Överkalix", "Gällivare", "Kiruna"]
    wb = Workbook()
    ws = wb.active
    ws.title = "Ansökningar"
    ws.append(["Ansökningar om lokala utvecklingsmedel (LLU/Leader) – ärendeförteckning 2023–2024"])
    ws["A1"].font = Font(bold=True)
    ws.append(["Ärende-id", "Inkom datum", "Beslutsdatum", "Sökande organisation", "Organisationsform",
               "Kommun", "Sökt belopp (kr)", "Beviljat belopp (kr)", "Beslut"])
    n = 54
    start = dt.date(2023, 1, 9)
    for i in range(n):
        inkom = start + dt.timedelta(days=int(i * 13.2 + rng.randint(0, 9)))
        beslut_d = inkom + dt.timedelta(days=rng.randint(28, 150))
        org, form = orgs[rng.randrange(len(orgs))]
        kom = kommuner[rng.randrange(len(kommuner))]
        if form == "Kommun":
            org = f"{kom} kommun, " + org.split(" ", 1)[1]
        sokt = rng.choice([45000, 60000, 85000, 120000, 150000, 200000, 250000, 320000, 400000, 480000, 95000, 175000])
        sokt += rng.randrange(0, 20) * 1000
        u = rng.random()
        if u < 0.55:
            beslut, bev = "Beviljad", sokt
        elif u < 0.78:
            beslut, bev = "Delvis beviljad", int(round(sokt * rng.uniform(0.4, 0.85) / 1000)) * 1000
        else:
            beslut, bev = "Avslag", None
        aid = f"LLU-{inkom.year}-{i + 1:04d}"
        ws.append([aid, inkom, beslut_d, org, form, kom, sokt, bev, beslut])
        ws.cell(row=ws.max_row, column=2).number_format = "yyyy-mm-dd"
        ws.cell(row=ws.max_row, column=3).number_format = "yyyy-mm-dd"
    wb.save(os.path.join(OUT, "llu_leader_ansokningar_2023_2024.xlsx"))


file1()
file2()
file3()
file4()
file5()
file6()
print("wrote", sorted(os.listdir(OUT)))
