"""Create 6 realistic (invented figures) Swedish statistics exports.
Usage: python make_files.py OUT_DIR
"""
import sys, os, csv
import numpy as np
import openpyxl

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
rng = np.random.default_rng(2026)

# real municipality codes/names, approx population (used only to make figures plausible)
KOMMUNER = {
    "17": ("Värmlands län", [("1715", "Kil", 12100), ("1730", "Eda", 8500), ("1737", "Torsby", 11500),
            ("1760", "Storfors", 4000), ("1761", "Hammarö", 16900), ("1762", "Munkfors", 3600),
            ("1763", "Forshaga", 11500), ("1764", "Grums", 9100), ("1765", "Årjäng", 10000),
            ("1766", "Sunne", 13300), ("1780", "Karlstad", 95000), ("1781", "Kristinehamn", 24200),
            ("1782", "Filipstad", 10500), ("1783", "Hagfors", 11600), ("1784", "Arvika", 26000),
            ("1785", "Säffle", 15400)]),
    "18": ("Örebro län", [("1814", "Lekeberg", 8500), ("1860", "Laxå", 5600), ("1861", "Hallsberg", 16000),
            ("1862", "Degerfors", 9400), ("1863", "Hällefors", 6700), ("1864", "Ljusnarsberg", 4800),
            ("1880", "Örebro", 158000), ("1881", "Kumla", 22500), ("1882", "Askersund", 11300),
            ("1883", "Karlskoga", 30300), ("1884", "Nora", 10600), ("1885", "Lindesberg", 23500)]),
    "22": ("Västernorrlands län", [("2260", "Ånge", 9100), ("2262", "Timrå", 18100), ("2280", "Härnösand", 24800),
            ("2281", "Sundsvall", 99500), ("2282", "Kramfors", 18100), ("2283", "Sollefteå", 19200),
            ("2284", "Örnsköldsvik", 56300)]),
}
RIKET_POP = 10_550_000


def sv(x, dec=1):
    """number -> Swedish decimal comma string"""
    return f"{x:.{dec}f}".replace(".", ",")


# ---------------------------------------------------------------- 1. Ekonomiskt bistånd (PX-web CSV, Latin-1, wide years)
def file1():
    years = [2019, 2020, 2021, 2022, 2023]
    rows = []  # (label, measure, [values as str])
    county_data = {}
    all_pers = {y: 0 for y in years}
    all_hh = {y: 0 for y in years}
    blocks = []
    for lk, (lname, kl) in KOMMUNER.items():
        c_hh = {y: 0 for y in years}; c_pers = {y: 0 for y in years}; c_pop = 0
        kblock = []
        for code, name, pop in kl:
            base = rng.uniform(0.018, 0.058)
            trend = rng.uniform(-0.06, 0.05)
            hhsize = rng.uniform(1.7, 2.2)
            pers = {}; hh = {}; andel = {}
            for i, y in enumerate(years):
                r = base * (1 + trend) ** i * rng.uniform(0.96, 1.04)
                p = int(round(pop * r)); h = int(round(p / hhsize))
                pers[y] = p; hh[y] = h; andel[y] = round(p / pop * 100, 1)
                c_hh[y] += h; c_pers[y] += p
            c_pop += pop
            kblock.append((f"{code} {name}", hh, pers, andel))
        county = (f"{lk} {lname}", c_hh, c_pers, {y: round(c_pers[y] / c_pop * 100, 1) for y in years})
        blocks.append((county, kblock))
    riket_pers = {y: int(RIKET_POP * (0.036 - 0.0012 * i) * rng.uniform(0.99, 1.01)) for i, y in enumerate(years)}
    riket = ("00 Riket", {y: int(riket_pers[y] / 2.05) for y in years}, riket_pers,
             {y: round(riket_pers[y] / RIKET_POP * 100, 1) for y in years})
    M = ["hushåll med ekonomiskt bistånd, antal", "biståndsmottagare (personer), antal",
         "andel av befolkningen med ekonomiskt bistånd, procent"]

    def emit(lines, lab, hh, pers, andel, missing=()):
        for mi, d in enumerate((hh, pers, andel)):
            vals = []
            for y in years:
                if (lab, mi, y) in missing:
                    vals.append("..")
                elif mi == 2:
                    vals.append(sv(d[y]))
                else:
                    vals.append(str(d[y]))
            lines.append(f'"{lab}";"{M[mi]}";' + ";".join(vals))

    missing = {("1762 Munkfors", 0, 2019), ("1762 Munkfors", 1, 2019), ("1762 Munkfors", 2, 2019),
               ("1864 Ljusnarsberg", 2, 2020)}
    lines = ['"Biståndsmottagare av ekonomiskt bistånd efter region, tabelluppgift och år"', '',
             '"region";"tabelluppgift";' + ";".join(f'"{y}"' for y in years)]
    emit(lines, *riket)
    for county, kblock in blocks:
        emit(lines, *county)
        for k in kblock:
            emit(lines, *k, missing=missing)
    lines += ['', '"Fotnot: Ekonomiskt bistånd = försörjningsstöd och bistånd till livsföring i övrigt enligt SoL 4 kap."',
              '"Andel av befolkningen beräknad på folkmängd 31 december respektive år."',
              '".." = uppgift saknas eller för osäker för att redovisas.',
              '"Källa: Socialstyrelsen, statistik om ekonomiskt bistånd (bearbetad)."']
    with open(os.path.join(out, "ekonomiskt_bistand_2019-2023.csv"), "w", encoding="latin-1", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------- 2. Bostadsbyggande (xlsx, title row, region only on first row)
def file2():
    years = [2019, 2020, 2021, 2022, 2023]
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Tabell 1"
    ws.append(["Färdigställda lägenheter i nybyggda hus efter region, hustyp och år"])
    ws.append(["Antal lägenheter"])
    ws.append([])
    ws.append(["region", "hustyp"] + [str(y) for y in years])
    riket = {"flerbostadshus": [38500, 44200, 47900, 52100, 41300], "småhus": [11900, 12600, 13800, 12400, 8700]}
    rows = [("Riket", riket)]
    for lk, (lname, kl) in KOMMUNER.items():
        cnt = {"flerbostadshus": [0] * 5, "småhus": [0] * 5}
        kr = []
        for code, name, pop in kl:
            fb = []; sh = []
            for i in range(5):
                f = int(rng.poisson(pop / 1000 * rng.uniform(1.0, 4.5))) if pop > 9000 or rng.random() < 0.4 else 0
                s = int(rng.poisson(pop / 1000 * rng.uniform(0.4, 1.6)))
                if i == 4:
                    f = int(f * 0.7); s = int(s * 0.6)
                fb.append(f); sh.append(s)
            for i in range(5):
                cnt["flerbostadshus"][i] += fb[i]; cnt["småhus"][i] += sh[i]
            kr.append((f"{code} {name}", {"flerbostadshus": fb, "småhus": sh}))
        rows.append((f"{lk} {lname}", cnt))
        rows.extend(kr)
    for lab, d in rows:
        tot = [a + b for a, b in zip(d["flerbostadshus"], d["småhus"])]
        for j, ht in enumerate(["flerbostadshus", "småhus", "totalt"]):
            vals = d[ht] if ht != "totalt" else tot
            vals = ["-" if v == 0 else v for v in vals]
            ws.append([lab if j == 0 else None, ht] + vals)
    ws.append([])
    ws.append(["- = inga lägenheter färdigställda (noll)."])
    ws.append(["Uppgifterna för 2023 är preliminära."])
    ws.append(["Källa: SCB, Bostadsbyggande (bearbetning)."])
    wb.save(os.path.join(out, "fardigstallda_lagenheter_hustyp.xlsx"))


# ---------------------------------------------------------------- 3. Lediga platser (CSV UTF-8 BOM, wide months)
def file3():
    months = [f"2024M{m:02d}" for m in range(1, 7)]
    omr = ["Administration, ekonomi, juridik", "Bygg och anläggning", "Data/IT",
           "Försäljning, inköp, marknadsföring", "Hälso- och sjukvård", "Hotell, restaurang, storhushåll",
           "Industriell tillverkning", "Pedagogik", "Socialt arbete", "Transport, distribution, lager"]
    weights = [0.10, 0.09, 0.06, 0.11, 0.17, 0.08, 0.10, 0.10, 0.09, 0.10]
    season = [0.85, 1.0, 1.1, 1.15, 1.2, 0.9]
    lines = ["Nyanmälda lediga platser hos Arbetsförmedlingen efter län, yrkesområde och månad",
             "Avser platser som anmälts under månaden. Källa: Arbetsförmedlingen, månadsstatistik.", "",
             "Län;Yrkesområde;" + ";".join(months)]
    regions = [("Riket", 42000), ("Örebro län", 1500), ("Värmlands län", 1350), ("Västernorrlands län", 1150)]
    for reg, base in regions:
        tot = [0] * 6
        rr = []
        for o, w in zip(omr, weights):
            ww = w * rng.uniform(0.7, 1.35)
            vals = []
            for i in range(6):
                s = season[i]
                if o == "Bygg och anläggning":
                    s = [0.6, 0.75, 1.0, 1.3, 1.45, 1.25][i]
                if o == "Hotell, restaurang, storhushåll":
                    s = [0.7, 0.8, 1.0, 1.4, 1.6, 1.0][i]
                vals.append(int(round(base * ww * s * rng.uniform(0.88, 1.12))))
            rr.append((o, vals))
            tot = [a + b for a, b in zip(tot, vals)]
        lines.append(f"{reg};Samtliga yrkesområden;" + ";".join(str(v) for v in tot))
        for o, vals in rr:
            lines.append(f"{reg};{o};" + ";".join(str(v) for v in vals))
    lines += ["", "Exkl. platser där yrkesområde saknas.", "Statistiken uppdateras månadsvis."]
    with open(os.path.join(out, "lediga_platser_yrkesomrade_2024.csv"), "w", encoding="utf-8-sig", newline="") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- 4. Program deltagare (xlsx, kön as columns, suppression)
def file4():
    progs = ["Arbetsmarknadsutbildning", "Arbetspraktik", "Förberedande insatser", "Jobb- och utvecklingsgarantin",
             "Jobbgarantin för ungdomar", "Etableringsprogrammet", "Stöd till start av näringsverksamhet"]
    rate = {"Arbetsmarknadsutbildning": 0.0022, "Arbetspraktik": 0.0012, "Förberedande insatser": 0.0025,
            "Jobb- och utvecklingsgarantin": 0.0090, "Jobbgarantin för ungdomar": 0.0018,
            "Etableringsprogrammet": 0.0020, "Stöd till start av näringsverksamhet": 0.0004}
    fem = {"Arbetsmarknadsutbildning": 0.38, "Arbetspraktik": 0.45, "Förberedande insatser": 0.50,
           "Jobb- och utvecklingsgarantin": 0.49, "Jobbgarantin för ungdomar": 0.40, "Etableringsprogrammet": 0.55,
           "Stöd till start av näringsverksamhet": 0.36}
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Deltagare"
    ws.append(["Deltagare i arbetsmarknadspolitiska program efter län/kommun, program och kön – september 2024"])
    ws.append(["Antal inskrivna deltagare vid månadens slut"])
    ws.append([])
    ws.append(["Län/kommun", "Program", "Kvinnor", "Män", "Totalt"])

    def supp(v):
        return ".." if v < 5 else v

    out_rows = []
    for lk in ["18", "22", "17"]:
        lname, kl = KOMMUNER[lk]
        ctot = {p: [0, 0] for p in progs}
        krows = []
        for code, name, pop in kl:
            if lk == "17":
                pass
            for p in progs:
                n = int(rng.poisson(pop * rate[p] * rng.uniform(0.7, 1.4)))
                k = int(rng.binomial(n, fem[p]))
                m = n - k
                ctot[p][0] += k; ctot[p][1] += m
                krows.append((name, p, k, m))
        out_rows.append((lname, ctot))
        if lk != "17":  # Värmland only county level in this export
            out_rows.append(krows)
    for item in out_rows:
        if isinstance(item, tuple):
            lname, ctot = item
            for p in progs:
                k, m = ctot[p]
                ws.append([lname, p, supp(k), supp(m), supp(k + m)])
        else:
            for name, p, k, m in item:
                ws.append([name, p, supp(k), supp(m), supp(k + m)])
    ws.append([])
    ws.append([".. = färre än 5 deltagare, uppgiften redovisas inte av sekretesskäl."])
    ws.append(["Värmlands län redovisas endast på länsnivå i detta uttag."])
    ws.append(["Källa: Arbetsförmedlingen"])
    wb.save(os.path.join(out, "programdeltagare_sep2024.xlsx"))


# ---------------------------------------------------------------- 5. Inrikes flyttningar (CSV UTF-8, long, formatted numbers)
def fmt(n):
    s = f"{abs(n):,}".replace(",", " ")
    return ("-" if n < 0 else "") + s


def file5():
    years = [2021, 2022, 2023]
    lines = ["Inrikes flyttningar efter kommun och år", "",
             "Kommunkod;Kommun;År;Inrikes inflyttade;Inrikes utflyttade;Inrikes flyttnetto"]
    for lk, (lname, kl) in KOMMUNER.items():
        cpop = sum(p for _, _, p in kl)
        for y in years:
            i = int(cpop * rng.uniform(0.022, 0.028)); u = int(i * rng.uniform(0.93, 1.07))
            lines.append(f"{lk};{lname};{y};{fmt(i)};{fmt(u)};{fmt(i - u)}")
        for code, name, pop in kl:
            lvl = rng.uniform(0.045, 0.075)
            bias = rng.uniform(-0.10, 0.08)
            for y in years:
                i = int(round(pop * lvl * rng.uniform(0.93, 1.07)))
                u = int(round(i * (1 - bias) * rng.uniform(0.95, 1.05)))
                lines.append(f"{code};{name};{y};{fmt(i)};{fmt(u)};{fmt(i - u)}")
    lines += ["", "Länsraderna avser flyttningar över länsgräns (flyttningar mellan kommuner inom länet ingår inte).",
              "Källa: SCB, befolkningsstatistik."]
    with open(os.path.join(out, "inrikes_flyttningar_2021_2023.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- 6. Kolada-style long export
def file6():
    kpis = [("N02904", "Invånare 16-24 år som varken arbetar eller studerar, andel (%)", (4.0, 11.5)),
            ("N17461", "Gymnasieelever med examen inom 4 år, hemkommun, andel (%)", (60.0, 82.0)),
            ("N00914", "Förvärvsarbetande invånare 20-64 år, andel (%)", (72.0, 84.0))]
    munis = [("0000", "Riket")]
    region_names = {"17": "Region Värmland", "18": "Region Örebro län", "22": "Region Västernorrland"}
    for lk, (lname, kl) in KOMMUNER.items():
        munis.append(("00" + lk, region_names[lk]))
        munis += [(c, n) for c, n, _ in kl]
    lines = ["kpi;kpi_titel;municipality_id;municipality;period;gender;value"]
    for kid, ktitle, (lo, hi) in kpis:
        for mid, mname in munis:
            if mid == "0000" or mid.startswith("00"):
                base = (lo + hi) / 2 + rng.uniform(-0.8, 0.8)
            else:
                base = rng.uniform(lo, hi)
            for i, per in enumerate([2020, 2021, 2022, 2023]):
                t = base + rng.uniform(-1.2, 1.2) + (i * (-0.3 if kid == "N02904" else 0.2))
                gap = {"N02904": rng.uniform(-1.5, 0.3), "N17461": rng.uniform(2.0, 7.0),
                       "N00914": rng.uniform(-4.5, -1.0)}[kid]
                k = t + gap / 2; m = t - gap / 2
                for g, v in (("T", t), ("K", k), ("M", m)):
                    val = sv(round(v, 1))
                    if mname in ("Munkfors", "Storfors") and kid == "N17461" and per == 2020 and g != "T":
                        val = ""
                    lines.append(f"{kid};{ktitle};{mid};{mname};{per};{g};{val}")
    with open(os.path.join(out, "kolada_export_unga_gymnasium_sysselsattning.csv"), "w", encoding="utf-8",
              newline="") as f:
        f.write("\n".join(lines) + "\n")


file1(); file2(); file3(); file4(); file5(); file6()
print("wrote", sorted(os.listdir(out)))
