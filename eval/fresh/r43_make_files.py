"""Create six realistic Swedish statistics exports for the Kunskapsbanken user test.

Usage: python make_files.py OUT_DIR
"""
import csv
import datetime as dt
import os
import random
import sys

import openpyxl
from openpyxl.styles import Font

OUT = sys.argv[1] if len(sys.argv) > 1 else "kb"
os.makedirs(OUT, exist_ok=True)
rng = random.Random(4343)

NORRBOTTEN = [("2505", "Arvidsjaur"), ("2506", "Arjeplog"), ("2510", "Jokkmokk"), ("2513", "Överkalix"),
              ("2514", "Kalix"), ("2518", "Övertorneå"), ("2521", "Pajala"), ("2523", "Gällivare"),
              ("2560", "Älvsbyn"), ("2580", "Luleå"), ("2581", "Piteå"), ("2582", "Boden"),
              ("2583", "Haparanda"), ("2584", "Kiruna")]
UPPSALA = [("0305", "Håbo"), ("0319", "Älvkarleby"), ("0330", "Knivsta"), ("0331", "Heby"),
           ("0360", "Tierp"), ("0380", "Uppsala"), ("0381", "Enköping"), ("0382", "Östhammar")]
JAMTLAND = [("2303", "Ragunda"), ("2305", "Bräcke"), ("2309", "Krokom"), ("2313", "Strömsund"),
            ("2321", "Åre"), ("2326", "Berg"), ("2361", "Härjedalen"), ("2380", "Östersund")]
COUNTIES = [("03", "Uppsala län", UPPSALA), ("23", "Jämtlands län", JAMTLAND), ("25", "Norrbottens län", NORRBOTTEN)]


def dc(x, nd=1):
    """Swedish decimal comma."""
    return f"{x:.{nd}f}".replace(".", ",")


# ---------------------------------------------------------------- 1. Förvärvsfrekvens (xlsx, wide year+sex)
def file1():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Förvärvsfrekvens"
    ws["A1"] = "Förvärvsfrekvens för befolkningen 20–64 år efter region och kön 2022–2023. Procent"
    ws["A1"].font = Font(bold=True)
    ws.append([])
    ws.append(["Region", "2022 kvinnor", "2022 män", "2023 kvinnor", "2023 män"])
    rows = []

    def gen(base_k, base_m):
        k22 = round(base_k + rng.uniform(-2.5, 2.5), 1)
        m22 = round(base_m + rng.uniform(-2.5, 2.5), 1)
        k23 = round(k22 + rng.uniform(-1.2, 1.4), 1)
        m23 = round(m22 + rng.uniform(-1.3, 1.2), 1)
        return [k22, m22, k23, m23]

    rows.append(["00 Riket", 79.4, 83.1, 79.8, 83.3])
    county_base = {"03": (80.6, 83.0), "23": (81.2, 83.9), "25": (80.1, 83.4)}
    for ccode, cname, munis in COUNTIES:
        bk, bm = county_base[ccode]
        rows.append([f"{ccode} {cname}"] + gen(bk, bm))
        for code, name in munis:
            rows.append([f"{code} {name}"] + gen(bk - rng.uniform(-2, 3), bm - rng.uniform(-2, 3)))
    # one suppressed value
    for r in rows:
        if r[0] == "2326 Berg":
            r[3] = ".."
    for r in rows:
        ws.append(r)
    ws.append([])
    ws.append(["Källa: SCB, Registerbaserad arbetsmarknadsstatistik (RAMS) / BAS. Förvärvsarbetande enligt "
               "novembermätning."])
    ws.append(["..  = uppgift saknas eller för osäker för att redovisas."])
    ws.column_dimensions["A"].width = 28
    wb.save(os.path.join(OUT, "forvarvsfrekvens_20-64_kon_2022-2023.xlsx"))


# ---------------------------------------------------------------- 2. Ekonomiskt bistånd (Kolada long)
def file2():
    path = os.path.join(OUT, "kolada_ekonomiskt_bistand_2021-2023.csv")
    kpis = [("N31816", "Hushåll med ekonomiskt bistånd, andel (%) av alla hushåll"),
            ("N31817", "Hushåll med ekonomiskt bistånd, antal hushåll")]
    households = {  # approx number of households
        "Uppsala": 110000, "Enköping": 20500, "Håbo": 8600, "Älvkarleby": 4300, "Knivsta": 7000, "Heby": 6300,
        "Tierp": 9600, "Östhammar": 10400, "Ragunda": 2700, "Bräcke": 3200, "Krokom": 6600, "Strömsund": 5800,
        "Åre": 5600, "Berg": 3600, "Härjedalen": 5300, "Östersund": 31000, "Arvidsjaur": 3300, "Arjeplog": 1550,
        "Jokkmokk": 2550, "Överkalix": 1650, "Kalix": 8200, "Övertorneå": 2300, "Pajala": 3000, "Gällivare": 8800,
        "Älvsbyn": 4000, "Luleå": 40500, "Piteå": 20000, "Boden": 14000, "Haparanda": 4700, "Kiruna": 11500,
    }
    rows = []
    county_ids = {"03": "0003", "23": "0023", "25": "0025"}
    totals = {}
    for ccode, cname, munis in COUNTIES:
        ctot = {y: [0, 0] for y in (2021, 2022, 2023)}
        for code, name in munis:
            base = rng.uniform(2.2, 6.4)
            for y in (2021, 2022, 2023):
                share = round(base + (y - 2021) * rng.uniform(-0.35, 0.25), 1)
                n = int(round(households[name] * share / 100))
                rows.append((code, name, y, share, n))
                ctot[y][0] += n
                ctot[y][1] += households[name]
        for y in (2021, 2022, 2023):
            n, hh = ctot[y]
            rows.append((county_ids[ccode], f"Region {cname.replace(' län', '')}" if False else cname, y,
                         round(100 * n / hh, 1), n))
    for y, (sh, n) in {2021: (4.1, 196210), 2022: (3.9, 187450), 2023: (4.0, 192880)}.items():
        rows.append(("0000", "Riket", y, sh, n))
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";")
        w.writerow(["kpi", "kpi_namn", "kommun_id", "kommun", "period", "kon", "varde"])
        for kid, kname in kpis:
            for code, name, y, share, n in rows:
                val = dc(share) if kid == "N31816" else str(n)
                if name == "Arjeplog" and y == 2021:
                    val = ""  # missing in Kolada
                w.writerow([kid, kname, code, name, y, "T", val])


# ---------------------------------------------------------------- 3. Arbetslösa efter utbildningsnivå (Latin-1, wide months)
def file3():
    path = os.path.join(OUT, "arbetslosa_utbildningsniva_lan_jan-jun_2025.csv")
    months = ["januari 2025", "februari 2025", "mars 2025", "april 2025", "maj 2025", "juni 2025"]
    seasonal = [1.00, 1.02, 1.01, 0.97, 0.93, 0.95]
    regions = {"Uppsala län": (2400, 3900, 3100), "Jämtlands län": (900, 2050, 1150),
               "Norrbottens län": (1650, 3450, 1800), "Riket": (97000, 136000, 104500)}
    lines = ["Inskrivna arbetslösa 16-64 år efter län, utbildningsnivå och månad 2025. Antal personer", ""]
    lines.append(";".join(["Län", "Utbildningsnivå"] + months))
    for reg, (fg, gy, eg) in regions.items():
        vals = {}
        for lvl, base in (("Förgymnasial", fg), ("Gymnasial", gy), ("Eftergymnasial", eg)):
            vals[lvl] = [int(round(base * s * rng.uniform(0.98, 1.02))) for s in seasonal]
        vals["Samtliga"] = [vals["Förgymnasial"][i] + vals["Gymnasial"][i] + vals["Eftergymnasial"][i]
                            + int(round((fg + gy + eg) * 0.03))  # uppgift om utbildning saknas
                            for i in range(6)]
        first = True
        for lvl in ("Förgymnasial", "Gymnasial", "Eftergymnasial", "Samtliga"):
            lines.append(";".join([reg if first else "", lvl] + [str(v) for v in vals[lvl]]))
            first = False
    lines.append("")
    lines.append("Källa: Arbetsförmedlingen, månadsstatistik. Samtliga inkluderar personer med okänd utbildningsnivå.")
    lines.append("Uppgifterna avser sista vardagen i respektive månad.")
    with open(path, "w", encoding="latin-1", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------- 4. Varsel per bransch och län (long, quarterly)
def file4():
    path = os.path.join(OUT, "varsel_sni_lan_2024K1-2025K2.csv")
    quarters = ["2024K1", "2024K2", "2024K3", "2024K4", "2025K1", "2025K2"]
    sni = [("A", "Jordbruk, skogsbruk och fiske"), ("B", "Utvinning av mineral"), ("C", "Tillverkning"),
           ("F", "Byggverksamhet"), ("G", "Handel; reparation av motorfordon och motorcyklar"),
           ("H", "Transport och magasinering"), ("I", "Hotell- och restaurangverksamhet"),
           ("J", "Informations- och kommunikationsverksamhet"),
           ("N", "Uthyrning, fastighetsservice, resetjänster och andra stödtjänster")]
    scale = {"Uppsala län": {"A": 6, "B": 2, "C": 95, "F": 70, "G": 60, "H": 35, "I": 25, "J": 45, "N": 40},
             "Jämtlands län": {"A": 4, "B": 1, "C": 30, "F": 28, "G": 22, "H": 14, "I": 38, "J": 8, "N": 15},
             "Norrbottens län": {"A": 5, "B": 45, "C": 60, "F": 40, "G": 25, "H": 30, "I": 18, "J": 9, "N": 28}}
    lines = ["Varsel om uppsägning efter län, näringsgren (SNI 2007) och kvartal. Antal personer", ""]
    lines.append(";".join(["Län", "SNI 2007", "Näringsgren", "Kvartal", "Antal personer"]))
    for lan, sc in scale.items():
        for q in quarters:
            total = 0
            out = []
            for code, name in sni:
                v = max(0, int(round(sc[code] * rng.uniform(0.2, 2.2))))
                total += v
                shown = ".." if 0 < v < 5 else str(v)
                out.append((code, name, shown))
            for code, name, shown in out:
                qname = f'"{name}"' if ";" in name else name
                lines.append(";".join([lan, code, qname, q, shown]))
            lines.append(";".join([lan, "A-U", "Samtliga näringsgrenar", q, str(total + rng.randint(3, 20))]))
    lines.append("")
    lines.append("Källa: Arbetsförmedlingen, varselstatistik.")
    lines.append(".. = färre än 5 personer, uppgiften redovisas inte av sekretesskäl.")
    lines.append("Samtliga näringsgrenar inkluderar även branscher som inte redovisas separat samt okänd bransch.")
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- 5. Medianinkomst (tab-separated)
def file5():
    path = os.path.join(OUT, "medianinkomst_tkr_alder_kommun_2023.txt")
    ages = ["20-24 år", "25-34 år", "35-44 år", "45-54 år", "55-64 år", "65+ år", "Totalt 20+ år"]
    base = [215.0, 355.0, 420.0, 440.0, 415.0, 215.0, 325.0]
    lines = ["Sammanräknad förvärvsinkomst för boende i Sverige hela året, medianinkomst i tkr efter region "
             "och ålder. År 2023"]
    lines.append("\t".join(["region"] + ages))

    def row(label, f):
        vals = [b * f * rng.uniform(0.94, 1.06) for b in base]
        return "\t".join([label] + [dc(v) for v in vals])

    lines.append("\t".join(["00 Riket"] + [dc(v) for v in [212.6, 358.3, 428.9, 447.2, 421.7, 219.4, 331.5]]))
    for ccode, cname, munis in COUNTIES:
        cf = {"03": 1.01, "23": 0.97, "25": 1.02}[ccode]
        lines.append(row(f"{ccode} {cname}", cf))
        for code, name in munis:
            lines.append(row(f"{code} {name}", cf * rng.uniform(0.90, 1.08)))
    lines.append("")
    lines.append("Källa: SCB, Inkomst- och taxeringsregistret (IoT).")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- 6. Ärenderegister introduktionsjobb
def file6():
    path = os.path.join(OUT, "arenden_introduktionsjobb_2024-2025.csv")
    kommuner = ["Luleå", "Luleå", "Piteå", "Boden", "Kiruna", "Gällivare", "Uppsala", "Uppsala", "Enköping",
                "Tierp", "Östersund", "Östersund", "Krokom", "Åre"]
    branscher = ["Vård och omsorg", "Handel", "Hotell och restaurang", "Bygg", "Tillverkning",
                 "Transport", "Fastighetsservice", "Utbildning"]
    start = dt.date(2024, 9, 2)
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=",")
        w.writerow(["ärende_id", "inkommen", "beslut", "kommun", "arbetsgivarens_bransch",
                    "beviljat_stod_kr_per_manad", "antal_manader", "sokandens_kon"])
        d = start
        for i in range(1, 49):
            d = d + dt.timedelta(days=rng.randint(1, 9))
            if d > dt.date(2025, 5, 1):
                beslut = rng.choice(["", "", "Beviljad"])
            else:
                beslut = rng.choices(["Beviljad", "Avslag"], weights=[7, 3])[0]
            stod = str(rng.choice([12600, 14000, 15750, 16800, 18200, 19950, 21000])) if beslut == "Beviljad" else ""
            manader = str(rng.choice([6, 6, 9, 12, 12, 12]))
            w.writerow([f"IJ-{d.year}-{i:04d}", d.isoformat(), beslut, rng.choice(kommuner),
                        rng.choice(branscher), stod, manader, rng.choice(["Kvinna", "Man", "Man", "Kvinna", "Kvinna"])])


file1(); file2(); file3(); file4(); file5(); file6()
print("wrote files to", OUT)
