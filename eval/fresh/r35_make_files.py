#!/usr/bin/env python
"""Create 6 realistic Swedish statistics exports in OUT_DIR (argv[1])."""
import csv, os, random, sys
from openpyxl import Workbook

OUT = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("OUT_DIR", "kb")
os.makedirs(OUT, exist_ok=True)
rng = random.Random(35)

GAVLEBORG = [("2101", "Ockelbo"), ("2104", "Hofors"), ("2121", "Ovanåker"), ("2132", "Nordanstig"),
             ("2161", "Ljusdal"), ("2180", "Gävle"), ("2181", "Sandviken"), ("2182", "Söderhamn"),
             ("2183", "Bollnäs"), ("2184", "Hudiksvall")]
OSTERGOTLAND = [("0509", "Ödeshög"), ("0512", "Ydre"), ("0513", "Kinda"), ("0560", "Boxholm"),
                ("0561", "Åtvidaberg"), ("0562", "Finspång"), ("0563", "Valdemarsvik"), ("0580", "Linköping"),
                ("0581", "Norrköping"), ("0582", "Söderköping"), ("0583", "Motala"), ("0584", "Vadstena"),
                ("0586", "Mjölby")]
BLEKINGE = [("1060", "Olofström"), ("1080", "Karlskrona"), ("1081", "Ronneby"), ("1082", "Karlshamn"),
            ("1083", "Sölvesborg")]

def dc(x, nd=1):
    """decimal comma"""
    return f"{x:.{nd}f}".replace(".", ",")

# ---------------------------------------------------------------- 1. Förvärvsfrekvens PX-web csv, Latin-1
def file1():
    years = ["2020", "2021", "2022", "2023"]
    regions = [("00", "Riket")]
    for code, name, kommuner in [("05", "Östergötlands län", OSTERGOTLAND),
                                 ("10", "Blekinge län", BLEKINGE),
                                 ("21", "Gävleborgs län", GAVLEBORG)]:
        regions.append((code, name))
        regions += kommuner
    base = {"Sverige": 86.0, "Europa utom Sverige": 76.0, "Övriga världen": 62.0}
    share = {"Sverige": 0.84, "Europa utom Sverige": 0.06, "Övriga världen": 0.10}
    rows = []
    for code, name in regions:
        reg_off = rng.uniform(-3.5, 2.5)
        trend = {y: i * rng.uniform(0.1, 0.6) for i, y in enumerate(years)}
        vals = {}
        for fr, b in base.items():
            fr_off = rng.uniform(-6, 5) if fr != "Sverige" else 0
            for kon, koff in [("män", 1.8), ("kvinnor", -1.8 if fr == "Sverige" else -7.0)]:
                for y in years:
                    vals[(fr, kon, y)] = round(b + reg_off + fr_off + koff + trend[y] + rng.uniform(-0.8, 0.8), 1)
            for y in years:
                vals[(fr, "totalt", y)] = round((vals[(fr, "män", y)] + vals[(fr, "kvinnor", y)]) / 2 + rng.uniform(-0.2, 0.2), 1)
        for kon in ["män", "kvinnor", "totalt"]:
            for y in years:
                vals[("totalt", kon, y)] = round(sum(vals[(fr, kon, y)] * share[fr] for fr in base), 1)
        for fr in ["Sverige", "Europa utom Sverige", "Övriga världen", "totalt"]:
            for kon in ["män", "kvinnor", "totalt"]:
                cells = []
                for y in years:
                    v = vals[(fr, kon, y)]
                    if name in ("Ydre",) and fr == "Övriga världen" and kon != "totalt":
                        cells.append("..")
                    elif name == "Ödeshög" and fr == "Europa utom Sverige" and kon == "kvinnor" and y == "2020":
                        cells.append("..")
                    else:
                        cells.append(dc(v))
                rows.append([f"{code} {name}", fr, kon] + cells)
    path = os.path.join(OUT, "forvarvsfrekvens_fodelseregion_kon_2020-2023.csv")
    with open(path, "w", encoding="latin-1", newline="") as f:
        f.write('"Förvärvsfrekvens (%) för befolkningen 20-64 år efter region, födelseregion, kön och år"\r\n')
        f.write("\r\n")
        f.write(";".join(f'"{h}"' for h in ["region", "födelseregion", "kön"] + years) + "\r\n")
        for r in rows:
            f.write(";".join(f'"{c}"' for c in r[:3]) + ";" + ";".join(r[3:]) + "\r\n")
        f.write("\r\n")
        f.write('"Källa: SCB, Registerbaserad arbetsmarknadsstatistik (BAS). Förvärvsarbetande enligt novembermätningen."\r\n')
        f.write('".. = uppgift saknas eller för osäker för att redovisas"\r\n')

# ---------------------------------------------------------------- 2. Nystartade företag, xlsx, kvartal wide
def file2():
    qs = [f"{y}K{k}" for y in (2023, 2024) for k in (1, 2, 3, 4)]
    season = {1: 1.25, 2: 1.0, 3: 0.8, 4: 0.95}
    level = {"Ockelbo": 9, "Hofors": 12, "Ovanåker": 24, "Nordanstig": 19, "Ljusdal": 38, "Gävle": 245,
             "Sandviken": 68, "Söderhamn": 44, "Bollnäs": 52, "Hudiksvall": 71,
             "Olofström": 17, "Karlskrona": 128, "Ronneby": 54, "Karlshamn": 61, "Sölvesborg": 39}
    wb = Workbook(); ws = wb.active; ws.title = "Nystartade"
    ws.append(["Nystartade företag per kommun och kvartal 2023–2024, antal"])
    ws.append([])
    ws.append(["Region"] + qs)
    for lan, kommuner in [("Gävleborgs län", GAVLEBORG), ("Blekinge län", BLEKINGE)]:
        data = []
        for _, k in kommuner:
            row = []
            for q in qs:
                y, kk = int(q[:4]), int(q[-1])
                mult = season[kk] * (1.04 if y == 2024 else 1.0)
                row.append(max(1, int(round(level[k] * mult * rng.uniform(0.85, 1.15)))))
            data.append((k, row))
        ws.append([lan] + [sum(r[i] for _, r in data) for i in range(len(qs))])
        for k, row in data:
            ws.append([k] + row)
    ws.append([])
    ws.append(["Källa: Tillväxtanalys, Nystartade företag (bearbetning av Bolagsverkets registreringar)."])
    ws.append(["Uppgifterna för 2024K4 är preliminära."])
    wb.save(os.path.join(OUT, "nystartade_foretag_kvartal_2023_2024.xlsx"))

# ---------------------------------------------------------------- 3. Kolada-like long csv (UTF-8, comma, decimal point)
def file3():
    years = [2020, 2021, 2022, 2023, 2024]
    regions = [("0000", "Riket"), ("0005", "Region Östergötland")] + OSTERGOTLAND + [("0010", "Region Blekinge")] + BLEKINGE
    lows = {"Ydre": -6, "Boxholm": -8, "Finspång": -5.5, "Norrköping": -6.5, "Valdemarsvik": -4, "Olofström": -7,
            "Linköping": 3, "Vadstena": 2, "Söderköping": 1.5}
    rows = []
    for mid, name in regions:
        off = lows.get(name, rng.uniform(-2.5, 2.0))
        for y in years:
            t_base = 84.5 + off + rng.uniform(-1.6, 1.6)
            k = round(min(t_base + rng.uniform(1.5, 3.5), 99.0), 1)
            m = round(min(t_base - rng.uniform(1.5, 3.5), 99.0), 1)
            t = round((k + m) / 2 + rng.uniform(-0.3, 0.3), 1)
            for g, v in [("T", t), ("K", k), ("M", m)]:
                val = "" if (name == "Ydre" and y == 2021 and g != "T") else f"{v:.1f}"
                rows.append(["N15436", "Elever i åk 9 som är behöriga till yrkesprogram, hemkommun, andel (%)",
                             mid, name, y, g, val])
    with open(os.path.join(OUT, "kolada_N15436_behoriga_yrkesprogram.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["kpi", "kpi_title", "municipality_id", "municipality", "period", "gender", "value"])
        w.writerows(rows)

# ---------------------------------------------------------------- 4. Unga inskrivna arbetslösa, one sheet per kommun
def file4():
    months = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
              "oktober", "november", "december"]
    season = [1.12, 1.10, 1.04, 0.98, 0.93, 1.00, 1.08, 1.02, 0.92, 0.90, 0.94, 0.99]
    pops = {"Karlskrona": 6150, "Ronneby": 2380, "Karlshamn": 2710, "Sölvesborg": 1490, "Olofström": 1060}
    rate = {"Karlskrona": 6.4, "Ronneby": 9.1, "Karlshamn": 8.2, "Sölvesborg": 7.0, "Olofström": 10.3}
    wb = Workbook(); wb.remove(wb.active)
    for k in ["Karlskrona", "Ronneby", "Karlshamn", "Sölvesborg", "Olofström"]:
        ws = wb.create_sheet(k)
        ws.append([f"Unga inskrivna arbetslösa 18–24 år, {k} kommun, 2024"])
        ws.append([])
        ws.append(["Månad", "Antal", "Andel av befolkningen 18–24 år (%)"])
        for i, mname in enumerate(months):
            antal = int(round(pops[k] * rate[k] / 100 * season[i] * rng.uniform(0.96, 1.04)))
            andel = round(antal / pops[k] * 100, 1)
            ws.append([f"{mname} 2024", antal, andel])
        ws.append([])
        ws.append(["Källa: Arbetsförmedlingen. Inskrivna arbetslösa = öppet arbetslösa + sökande i program med aktivitetsstöd."])
    wb.save(os.path.join(OUT, "unga_inskrivna_arbetslosa_18-24_blekinge_2024.xlsx"))

# ---------------------------------------------------------------- 5. Projekt budget/utfall, semicolon csv UTF-8-BOM
def file5():
    areas = [("Innovation och forskning", 9, 18400, 17250, 19800, 18900),
             ("Kompetensförsörjning", 12, 22600, 23480, 24100, 22750),
             ("Digitalisering", 7, 11200, 9870, 13500, 13920),
             ("Hållbar energi och klimat", 6, 9800, 10350, 11600, 10480),
             ("Infrastruktur och tillgänglighet", 4, 7500, 6940, 8200, 7710),
             ("Entreprenörskap och företagande", 10, 8900, 8420, 9300, 9650),
             ("Besöksnäring och kultur", 5, 4300, 4120, 4700, 4390),
             ("Internationalisering", 3, 2600, 2210, 2900, 2580)]
    def sp(n):
        return f"{n:,}".replace(",", " ")
    path = os.path.join(OUT, "regionala_utvecklingsprojekt_insatsomrade_2023_2024.csv")
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write("Regionala utvecklingsprojekt per insatsområde, Region Östergötland, tkr;;;;;\r\n")
        f.write(";;;;;\r\n")
        f.write("Insatsområde;Antal projekt;Budget 2023;Utfall 2023;Budget 2024;Utfall 2024\r\n")
        for a in areas:
            f.write(";".join([a[0], str(a[1])] + [sp(x) for x in a[2:]]) + "\r\n")
        tot = [sum(a[i] for a in areas) for i in range(1, 6)]
        f.write(";".join(["Summa", str(tot[0])] + [sp(x) for x in tot[1:]]) + "\r\n")
        f.write(";;;;;\r\n")
        f.write("Utfall 2024 avser preliminärt bokslut per 2025-02-15. Belopp i tusentals kronor (tkr).;;;;;\r\n")

# ---------------------------------------------------------------- 6. Feriearbetare register, semicolon, Latin-1
def file6():
    types = ["Äldreomsorg", "Förskola", "Park och natur", "Fritidsgård", "Kultur och bibliotek", "Kontor och administration"]
    weights = [0.26, 0.2, 0.2, 0.12, 0.12, 0.10]
    wage = {15: 86.0, 16: 90.5, 17: 95.0, 18: 112.0, 19: 117.5}
    rows = []
    for i in range(1, 53):
        kon = rng.choice(["K", "M"])
        age = rng.choices([15, 16, 17, 18, 19], [0.25, 0.3, 0.25, 0.12, 0.08])[0]
        t = rng.choices(types, weights)[0]
        weeks = rng.choice([2, 3, 3, 3, 4])
        lon = wage[age] + (2.5 if t == "Äldreomsorg" else 0.0)
        gen = "Nej" if rng.random() < 0.12 else "Ja"
        rows.append([f"FA-2024-{i:03d}", "Hudiksvall", t, kon, age, weeks, dc(lon, 2), gen])
    with open(os.path.join(OUT, "feriearbetare_hudiksvall_2024.csv"), "w", encoding="latin-1", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerow(["id", "kommun", "arbetsplatstyp", "kön", "ålder", "antal veckor", "timlön (kr)", "genomfört"])
        w.writerows(rows)

for fn in (file1, file2, file3, file4, file5, file6):
    fn()
print("wrote", sorted(os.listdir(OUT)))
