#!/usr/bin/env python
"""Create six realistic Swedish statistics exports in OUT_DIR (argv[1])."""
import sys, os, csv, random
from pathlib import Path
import numpy as np
import openpyxl
from openpyxl.styles import Font

OUT = Path(sys.argv[1] if len(sys.argv) > 1 else os.environ.get("OUT_DIR", "kb"))
OUT.mkdir(parents=True, exist_ok=True)
rng = np.random.default_rng(40)
random.seed(40)

COUNTIES = {
    "Västernorrlands län": ("22", [("2260", "Ånge", 4200), ("2262", "Timrå", 8600), ("2280", "Härnösand", 11200),
                                    ("2281", "Sundsvall", 50500), ("2282", "Kramfors", 8000), ("2283", "Sollefteå", 8100),
                                    ("2284", "Örnsköldsvik", 28300)]),
    "Jönköpings län": ("06", [("0604", "Aneby", 3300), ("0617", "Gnosjö", 4600), ("0642", "Mullsjö", 3700),
                               ("0643", "Habo", 6500), ("0662", "Gislaved", 13600), ("0665", "Vaggeryd", 6700),
                               ("0680", "Jönköping", 75800), ("0682", "Nässjö", 14600), ("0683", "Värnamo", 17300),
                               ("0684", "Sävsjö", 5400), ("0685", "Vetlanda", 12700), ("0686", "Eksjö", 8200),
                               ("0687", "Tranås", 9100)]),
    "Hallands län": ("13", [("1315", "Hylte", 5000), ("1380", "Halmstad", 50200), ("1381", "Laholm", 12300),
                             ("1382", "Falkenberg", 22100), ("1383", "Varberg", 33400), ("1384", "Kungsbacka", 40600)]),
}
# base 'socio-economic' factor per kommun (higher = more unemployment / bistånd, lower income)
FACTOR = {"Ånge": 1.25, "Timrå": 1.15, "Härnösand": 1.3, "Sundsvall": 1.05, "Kramfors": 1.35, "Sollefteå": 1.3,
          "Örnsköldsvik": 0.8, "Aneby": 0.75, "Gnosjö": 0.95, "Mullsjö": 0.8, "Habo": 0.55, "Gislaved": 1.2,
          "Vaggeryd": 0.7, "Jönköping": 1.0, "Nässjö": 1.25, "Värnamo": 0.85, "Sävsjö": 1.1, "Vetlanda": 0.95,
          "Eksjö": 0.85, "Tranås": 1.1, "Hylte": 1.25, "Halmstad": 1.2, "Laholm": 0.9, "Falkenberg": 0.8,
          "Varberg": 0.7, "Kungsbacka": 0.5}

def dec(x, nd=1):
    return f"{x:.{nd}f}".replace(".", ",")

# ---------------------------------------------------------------- 1. Långtidsarbetslösa (SCB style long csv)
def file1():
    quarters = [f"{y}K{q}" for y in (2023, 2024, 2025) for q in (1, 2, 3, 4)][:10]  # 2023K1..2025K2
    ages = [("16-24 år", 0.12, 0.45), ("25-54 år", 0.68, 1.0), ("55-64 år", 0.20, 1.3)]
    base_rate = 0.026
    rows = []
    def kommun_rows(code, name, lf_tot, fac):
        out = {}
        for qi, q in enumerate(quarters):
            trend = 1.0 + 0.018 * qi  # rising long-term unemployment
            season = {1: 1.03, 2: 0.99, 3: 0.97, 4: 1.01}[int(q[-1])]
            cnt_sum = 0; lf_sum = 0
            for a, lshare, arate in ages:
                lf = int(round(lf_tot * lshare * (1 + 0.002 * qi)))
                rate = base_rate * fac * arate * trend * season * rng.uniform(0.93, 1.07)
                cnt = int(round(lf * rate))
                out[(q, a)] = (cnt, lf)
                cnt_sum += cnt; lf_sum += lf
            out[(q, "totalt")] = (cnt_sum, lf_sum)
        return out
    allregions = []
    for county, (ccode, kommuner) in COUNTIES.items():
        cty = {}
        for code, name, lf in kommuner:
            d = kommun_rows(code, name, lf, FACTOR[name])
            allregions.append((f"{code} {name}", d))
            for k, (c, l) in d.items():
                cc, ll = cty.get(k, (0, 0)); cty[k] = (cc + c, ll + l)
        allregions.append((f"{ccode} {county}", cty))
    riket = kommun_rows("00", "Riket", 5_310_000, 1.0)
    allregions.insert(0, ("00 Riket", riket))
    lines = ["Långtidsarbetslösa (inskrivna utan arbete mer än 12 månader) efter region, ålder och kvartal"]
    lines.append('"region";"ålder";"kvartal";"Långtidsarbetslösa, antal";"Långtidsarbetslösa, andel av registerbaserad arbetskraft (%)"')
    for reg, d in allregions:
        for a in ["16-24 år", "25-54 år", "55-64 år", "totalt"]:
            for q in quarters:
                c, l = d[(q, a)]
                lines.append(f'"{reg}";"{a}";"{q}";{c};{dec(100 * c / l)}')
    lines += ["", "Källa: Arbetsförmedlingen, bearbetning av registerdata.",
              "Andelen beräknas som antal långtidsarbetslösa i procent av den registerbaserade arbetskraften 16-64 år.",
              "Uppgifter för 2025 är preliminära."]
    (OUT / "langtidsarbetslosa_kommun_kvartal_2023K1-2025K2.csv").write_text("\n".join(lines) + "\n", encoding="utf-8-sig")

# ---------------------------------------------------------------- 2. Medianinkomst xlsx wide years
def file2():
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Medianinkomst"
    ws["A1"] = "Medianinkomst (tkr) för personer 20–64 år efter region och år, 2019–2023"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Sammanräknad förvärvsinkomst, löpande priser"
    hdr = ["Region", "2019", "2020", "2021", "2022", "2023"]
    ws.append([]); ws.append(hdr)
    for c in ws[4]: c.font = Font(bold=True)
    years = [2019, 2020, 2021, 2022, 2023]
    growth = [1.0, 1.018, 1.052, 1.094, 1.131]
    def series(base):
        return [round(base * g * rng.uniform(0.99, 1.01), 1) for g in growth]
    ws.append(["Riket"] + series(330.0))
    missing = {("Ånge", 2019), ("Mullsjö", 2020), ("Hylte", 2019), ("Hylte", 2020)}
    for county, (ccode, kommuner) in COUNTIES.items():
        cbase = {"Västernorrlands län": 318.0, "Jönköpings län": 327.0, "Hallands län": 345.0}[county]
        ws.append([county] + series(cbase))
        for code, name, lf in kommuner:
            base = 360 - 55 * FACTOR[name] + rng.uniform(-8, 8)
            if name == "Kungsbacka": base += 25
            if name == "Habo": base += 10
            vals = series(base)
            row = [name] + [(".." if (name, y) in missing else v) for y, v in zip(years, vals)]
            ws.append(row)
    ws.append([])
    ws.append([".. = uppgift saknas eller för osäker för att redovisas."])
    ws.append(["Källa: SCB, Inkomst- och taxeringsregistret (IoT). Medianinkomst avser sammanräknad förvärvsinkomst för folkbokförda 20–64 år."])
    ws.column_dimensions["A"].width = 24
    wb.save(OUT / "medianinkomst_20-64_ar_2019-2023.xlsx")

# ---------------------------------------------------------------- 3. Kolada long export
def file3():
    years = [2019, 2020, 2021, 2022, 2023]
    rows = []
    trend = {2019: 1.0, 2020: 1.02, 2021: 0.95, 2022: 0.9, 2023: 0.92}
    def vals(fac):
        out = {}
        for y in years:
            t = 3.9 * fac * fac * trend[y] * rng.uniform(0.95, 1.05)
            k = t * rng.uniform(1.0, 1.08); m = 2 * t - k
            out[y] = {"T": round(t, 1), "K": round(k, 1), "M": round(m, 1)}
        return out
    entities = [("0000", "Riket", vals(1.0))]
    for county, (ccode, kommuner) in COUNTIES.items():
        cfac = {"Västernorrlands län": 1.1, "Jönköpings län": 0.97, "Hallands län": 0.85}[county]
        entities.append(("00" + ccode, "Region " + county.replace(" län", "").replace("s", "", 0), vals(cfac)))
        for code, name, lf in kommuner:
            entities.append((code, name, vals(FACTOR[name])))
    # Kolada names counties like "Region Västernorrland"
    fixnames = {"0022": "Region Västernorrland", "0006": "Region Jönköpings län", "0013": "Region Halland"}
    with open(OUT / "kolada_N31807_ekonomiskt_bistand.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["kpi", "kpi_title", "municipality_id", "municipality", "municipality_type", "period", "gender", "value", "count"])
        for mid, name, v in entities:
            name = fixnames.get(mid, name)
            mtype = "K" if len(mid) == 4 and not mid.startswith("00") else "L"
            for y in years:
                for g in ["T", "K", "M"]:
                    val = v[y][g]
                    if (name, y) in {("Ånge", 2019), ("Aneby", 2022)} and g != "T":
                        val = ""  # Kolada suppresses small gender splits
                    w.writerow(["N31807", "Invånare som har ekonomiskt bistånd, andel (%)", mid, name, mtype, y, g, val, 1])

# ---------------------------------------------------------------- 4. Varsel per månad 2024, Latin-1
def file4():
    br = [("Tillverkning", 1.0), ("Byggverksamhet", 0.55), ("Handel; reparation av motorfordon och motorcyklar", 0.45),
          ("Transport och magasinering", 0.3), ("Information och kommunikation", 0.2), ("Vård och omsorg; sociala tjänster", 0.15)]
    lan = [("Västernorrlands län", 70), ("Jönköpings län", 150), ("Hallands län", 95)]
    months = [f"2024-{m:02d}" for m in range(1, 13)]
    lines = ["Varsel om uppsägning 2024 - antal personer berörda per län, bransch (SNI 2007) och månad", ""]
    lines.append("Län;Bransch;" + ";".join(months) + ";Summa 2024")
    for l, scale in lan:
        tot = [0] * 12
        for b, bs in br:
            vals = []
            for mi in range(12):
                lam = scale * bs * rng.uniform(0.2, 1.8)
                v = int(rng.poisson(lam))
                if rng.random() < 0.07: v += int(rng.integers(100, 400))  # occasional big varsel
                vals.append(v)
            tot = [a + b_ for a, b_ in zip(tot, vals)]
            bb = f'"{b}"' if ";" in b else b
            lines.append(f"{l};{bb};" + ";".join(str(x) for x in vals) + f";{sum(vals)}")
        oth = [int(rng.poisson(scale * 0.6)) for _ in range(12)]
        lines.append(f"{l};Övriga branscher;" + ";".join(str(x) for x in oth) + f";{sum(oth)}")
        tot = [a + b_ for a, b_ in zip(tot, oth)]
        lines.append(f"{l};Samtliga branscher;" + ";".join(str(x) for x in tot) + f";{sum(tot)}")
    lines += ["", "Källa: Arbetsförmedlingen, varsel om uppsägning enligt 2 § lagen (1974:13) om vissa anställningsfrämjande åtgärder.",
              "Antal personer berörda avser de personer som omfattas av varslet vid anmälningstillfället; alla varsel leder inte till uppsägning.",
              "Branschindelning enligt SNI 2007 (avdelning)."]
    (OUT / "varsel_per_lan_bransch_manad_2024.csv").write_bytes(("\r\n".join(lines) + "\r\n").encode("latin-1"))

# ---------------------------------------------------------------- 5. Utbildningsnivå xlsx
def file5():
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Utbildningsnivå 2024"
    ws["A1"] = "Befolkningens utbildningsnivå 2024"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Antal personer 25–64 år efter kommun och högsta utbildningsnivå"
    ws.append([])
    hdr = ["Kommun", "Förgymnasial utbildning", "Gymnasial utbildning", "Eftergymnasial utbildning, kortare än 3 år",
           "Eftergymnasial utbildning, 3 år eller längre", "Uppgift saknas", "Totalt"]
    ws.append(hdr)
    for c in ws[4]: c.font = Font(bold=True)
    for county, (ccode, kommuner) in COUNTIES.items():
        ws.append([county]); ws.cell(ws.max_row, 1).font = Font(bold=True)
        sums = [0] * 6
        for code, name, lf in kommuner:
            pop = int(lf * rng.uniform(1.05, 1.12))
            f = FACTOR[name]
            hi = 0.30 - 0.12 * (f - 0.9) + rng.uniform(-0.03, 0.03)
            if name in ("Sundsvall", "Jönköping", "Halmstad", "Kungsbacka", "Varberg", "Härnösand"): hi += 0.05
            lo = 0.10 + 0.05 * (f - 0.9) + rng.uniform(-0.015, 0.015)
            sh = 0.15 + rng.uniform(-0.02, 0.02)
            ms = 0.012 + rng.uniform(-0.004, 0.006)
            g = 1 - hi - lo - sh - ms
            parts = [int(round(pop * p)) for p in (lo, g, sh, hi, ms)]
            tot = sum(parts)
            row = parts + [tot]
            ws.append([name] + row)
            sums = [a + b for a, b in zip(sums, row)]
        ws.append(["Länet"] + sums); ws.cell(ws.max_row, 1).font = Font(italic=True)
        ws.append([])
    ws.append(["Källa: SCB, Registret över befolkningens utbildning (UREG), 1 januari 2024."])
    ws.append(["Totalt inkluderar personer med okänd utbildningsnivå (Uppgift saknas)."])
    ws.column_dimensions["A"].width = 22
    wb.save(OUT / "utbildningsniva_25-64_kommun_2024.xlsx")

# ---------------------------------------------------------------- 6. Lönestöd record-level csv
def file6():
    kommuner = [(n, c) for c, (cc, ks) in COUNTIES.items() for _, n, _ in ks]
    weights = np.array([lf for c, (cc, ks) in COUNTIES.items() for _, _, lf in ks], dtype=float) ** 0.6
    weights /= weights.sum()
    forms = ["Lönebidrag", "Nystartsjobb", "Introduktionsjobb"]
    rows = []
    n = 64
    days = sorted(rng.integers(0, 181, size=n))
    import datetime as dt
    for i in range(n):
        k = kommuner[rng.choice(len(kommuner), p=weights)][0]
        form = forms[rng.choice(3, p=[0.45, 0.38, 0.17])]
        beslut = "Avslag" if rng.random() < 0.2 else "Beviljat"
        belopp = ""
        if beslut == "Beviljat":
            belopp = {"Lönebidrag": int(rng.integers(90, 230)) * 100, "Nystartsjobb": int(rng.integers(60, 150)) * 100,
                      "Introduktionsjobb": int(rng.integers(80, 170)) * 100}[form]
        age = int(rng.integers(19, 64))
        kon = "Kvinna" if rng.random() < 0.46 else "Man"
        d = dt.date(2025, 1, 2) + dt.timedelta(days=int(days[i]))
        rows.append([f"LS-2025-{1040 + i * 7:05d}", d.isoformat(), k, form, beslut, belopp, age, kon])
    with open(OUT / "beslut_lonestod_2025H1.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";")
        w.writerow(["ärende_id", "beslutsdatum", "kommun", "stödform", "beslut", "belopp_per_månad_kr", "sökandens_ålder", "kön"])
        w.writerows(rows)

for fn in (file1, file2, file3, file4, file5, file6):
    fn()
print("wrote", sorted(p.name for p in OUT.iterdir()))
