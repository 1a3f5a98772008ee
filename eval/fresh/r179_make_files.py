#!/usr/bin/env python3
"""r179: build six statistics files for Värmlands län (deterministic, no network).

Usage: python r179_make_files.py OUT_DIR

Files:
  1 Naturvardsverket_RUS_vaxthusgaser_Varmland_kommun_sektor.csv   (UTF-8 BOM, ';', decimal comma, sector hierarchy)
  2 LOK-stod_Varmlandsidrotten_2024-2025.csv                       (Windows-1252, TAB, CRLF, record level)
  3 Trafikverket_pastigande_stationer_Varmland_2022-2024.csv       (UTF-8, ',', quoted, decimal point)
  4 Konsumentverket_budget_skuldradgivning_Varmland_2024.xlsx      (info sheet, merged 2-row header, joint services)
  5 Region_Varmland_vardcentraler_listning_okt2025.xlsx            (record level, autofilter, hidden HSA-id)
  6 Lansstyrelsen_Varmland_Bostadsmarknadsanalys_2025.pdf          (2 pages, two tables, distractor prose)
"""
import csv
import io
import os
import random
import re
import sys

F_RUS = "Naturvardsverket_RUS_vaxthusgaser_Varmland_kommun_sektor.csv"
F_LOK = "LOK-stod_Varmlandsidrotten_2024-2025.csv"
F_TRV = "Trafikverket_pastigande_stationer_Varmland_2022-2024.csv"
F_KV = "Konsumentverket_budget_skuldradgivning_Varmland_2024.xlsx"
F_VC = "Region_Varmland_vardcentraler_listning_okt2025.xlsx"
F_PDF = "Lansstyrelsen_Varmland_Bostadsmarknadsanalys_2025.pdf"

KOMMUNER = [  # code order
    ("1715", "Kil"), ("1730", "Eda"), ("1737", "Torsby"), ("1760", "Storfors"), ("1761", "Hammarö"),
    ("1762", "Munkfors"), ("1763", "Forshaga"), ("1764", "Grums"), ("1765", "Årjäng"), ("1766", "Sunne"),
    ("1780", "Karlstad"), ("1781", "Kristinehamn"), ("1782", "Filipstad"), ("1783", "Hagfors"),
    ("1784", "Arvika"), ("1785", "Säffle"),
]
KOD = {n: k for k, n in KOMMUNER}


def sv(x, nd=1):
    """number -> Swedish decimal string without thousands separator"""
    return f"{x:.{nd}f}".replace(".", ",").replace("-", "-")


def sp(n):
    """int -> '12 345' (space thousands)"""
    return f"{int(n):,}".replace(",", " ")


# =====================================================================================  1 RUS
RUS_YEARS = [1990, 2005, 2010, 2015, 2020, 2021, 2022, 2023]
SECTORS = ["Transporter", "Industri (energi + processer)", "Jordbruk", "Egen uppvärmning av bostäder och lokaler",
           "El och fjärrvärme", "Arbetsmaskiner", "Avfall (inkl. avlopp)", "Produktanvändning (inkl. lösningsmedel)"]
# 2023 level (ton CO2e) per municipality: T, Ind, Jb, Uppv, El, Arb, Avf, Prod
BASE23 = {
    "Karlstad": [118000, 38000, 9500, 6500, 21000, 24000, 9000, 8500],
    "Hammarö": [16000, 92000, 900, 900, 1500, 4200, 600, 1400],
    "Grums": [19000, 58000, 6200, 700, 800, 3800, 1900, 800],
    "Kristinehamn": [38000, 21000, 9800, 1800, 5200, 7200, 2600, 2200],
    "Arvika": [41000, 14000, 12500, 2100, 3900, 8100, 3100, 2300],
    "Säffle": [29000, 17500, 18500, 1300, 2400, 6900, 1700, 1300],
    "Sunne": [21000, 3200, 9600, 1100, 1500, 4700, 1400, 1100],
    "Torsby": [19500, 2800, 4200, 1300, 1400, 5600, 1300, 1000],
    "Kil": [26000, 4300, 7400, 900, 1200, 3900, 1100, 1000],
    "Forshaga": [13500, 2100, 2900, 800, 900, 2300, 800, 900],
    "Hagfors": [12800, 41000, 3100, 1000, 1800, 3600, 900, 900],
    "Filipstad": [14100, 9800, 2600, 900, 1700, 2900, 1200, 800],
    "Årjäng": [27500, 1800, 9100, 700, 600, 3300, 800, 700],
    "Eda": [24500, 2400, 4800, 700, 900, 2800, 700, 700],
    "Munkfors": [3900, 9200, 900, 300, 500, 900, 300, 300],
    "Storfors": [5600, 14500, 1600, 400, 500, 1100, 500, 400],
}
FACT = [  # per sector, per RUS_YEARS
    [1.18, 1.30, 1.25, 1.20, 1.05, 1.06, 0.99, 1.0],
    [1.90, 1.55, 1.35, 1.20, 1.05, 1.08, 1.03, 1.0],
    [1.22, 1.08, 1.05, 1.03, 1.01, 1.00, 1.00, 1.0],
    [9.50, 4.00, 2.60, 1.70, 1.10, 1.15, 1.02, 1.0],
    [3.10, 2.20, 2.40, 1.50, 1.10, 1.20, 1.05, 1.0],
    [1.05, 1.12, 1.10, 1.08, 1.03, 1.04, 1.01, 1.0],
    [3.40, 2.30, 1.80, 1.35, 1.08, 1.05, 1.02, 1.0],
    [1.30, 1.40, 1.30, 1.20, 1.05, 1.03, 1.01, 1.0],
]
TSUB = ["Personbilar", "Lätta lastbilar", "Tunga fordon", "Inrikes luftfart", "Övriga transporter (järnväg, sjöfart, mc)"]
FLYG23 = {"Karlstad": 2400.0, "Hagfors": 380.0, "Torsby": 300.0}
FLYGF = [1.3, 1.45, 1.35, 1.2, 0.55, 0.7, 0.9, 1.0]
UTRIKES = {"Karlstad": [8100.0, 11800.0, 9600.0, 10400.0, 1100.0, 1900.0, 4300.0, 5200.0]}
LULUCF23 = {"Torsby": -612000, "Hagfors": -380000, "Arvika": -310000, "Filipstad": -260000, "Sunne": -220000,
            "Årjäng": -240000, "Eda": -150000, "Säffle": -140000, "Kristinehamn": -120000, "Karlstad": -95000,
            "Kil": -60000, "Forshaga": -55000, "Munkfors": -70000, "Storfors": -65000, "Grums": -45000,
            "Hammarö": -9000}
LULF = [1.55, 1.35, 1.25, 1.15, 1.02, 0.96, 0.93, 1.0]
SECRET_IND = {"Munkfors", "Storfors"}   # Industri reported as '..' 2015-2023 (still in 'Alla')


def rus_data():
    rng = random.Random(179001)
    data = {}   # (kommun, huvudsektor, undersektor) -> list of floats (or None for '-')
    for kod, k in KOMMUNER:
        base = BASE23[k]
        sect = []
        for si, b in enumerate(base):
            vals = []
            for yi, y in enumerate(RUS_YEARS):
                noise = 1.0 if y == 2023 else 1 + rng.uniform(-0.04, 0.04)
                vals.append(round(b * FACT[si][yi] * noise + rng.uniform(-40, 40), 1))
            sect.append(vals)
        # transport subsectors
        T = sect[0]
        subs = {}
        fl = FLYG23.get(k)
        for yi in range(len(RUS_YEARS)):
            flv = round(fl * FLYGF[yi], 1) if fl else 0.0
            rest = T[yi] - flv
            pb = round(rest * (0.60 - 0.004 * yi), 1)
            ll = round(rest * 0.105, 1)
            tf = round(rest * (0.24 + 0.003 * yi), 1)
            ov = round(T[yi] - pb - ll - tf - flv, 1)
            for name, v in zip(TSUB, (pb, ll, tf, flv if fl else None, ov)):
                subs.setdefault(name, []).append(v)
        alla = [round(sum(s[yi] for s in sect), 1) for yi in range(len(RUS_YEARS))]
        data[(k, "Alla", "Alla")] = alla
        data[(k, SECTORS[0], "Alla")] = T
        for name in TSUB:
            data[(k, SECTORS[0], name)] = subs[name]
        for si in range(1, 8):
            data[(k, SECTORS[si], "Alla")] = sect[si]
        data[(k, "Utrikes transporter", "Alla")] = UTRIKES.get(k, [None] * len(RUS_YEARS))
        data[(k, "Markanvändning (LULUCF)", "Alla")] = [round(LULUCF23[k] * f * (1 + rng.uniform(-0.02, 0.02) if y == 2023 else 1 + rng.uniform(-0.05, 0.05)), 1)
                                                       for f, y in zip(LULF, RUS_YEARS)]
    # county = sum
    keys = [key[1:] for key in data if key[0] == "Kil"]
    for hs, us in keys:
        vals = []
        for yi in range(len(RUS_YEARS)):
            xs = [data[(k, hs, us)][yi] for _, k in KOMMUNER]
            xs = [x for x in xs if x is not None]
            vals.append(round(sum(xs), 1) if xs else None)
        data[("Alla", hs, us)] = vals
    return data, keys


def make_rus(out):
    data, keys = rus_data()
    lines = [
        "Utsläpp av växthusgaser till luft per kommun och sektor, Värmlands län",
        "Källa: Nationella emissionsdatabasen (RUS/SMHI på uppdrag av Naturvårdsverket). Publicerad 2025-05-22. Uttag 2025-11-20",
        "Enhet: ton koldioxidekvivalenter (CO2-ekv)",
        "",
        ";".join(["Län", "Kommunkod", "Kommun", "Huvudsektor", "Undersektor"] + [str(y) for y in RUS_YEARS]),
    ]
    for kod, k in [("17", "Alla")] + KOMMUNER:
        for hs, us in keys:
            vals = data[(k, hs, us)]
            cells = []
            for yi, v in enumerate(vals):
                if k in SECRET_IND and hs.startswith("Industri") and RUS_YEARS[yi] >= 2015:
                    cells.append("..")
                elif v is None:
                    cells.append("-")
                else:
                    cells.append(sv(v))
            lines.append(";".join(["Värmlands län", kod, k, hs, us] + cells))
    lines += [
        "",
        "Fotnoter:",
        "Huvudsektor \"Alla\" = summan av de åtta huvudsektorerna Transporter t.o.m. Produktanvändning. Utrikes transporter och Markanvändning (LULUCF) ingår inte i \"Alla\".",
        "Kommun \"Alla\" = hela länet.",
        "\"..\" = uppgiften redovisas inte av sekretesskäl men ingår i summorna. \"-\" = inga utsläpp i sektorn.",
        "Negativa värden för Markanvändning (LULUCF) = nettoupptag av koldioxid i skog och mark.",
        "Hela tidsserien räknas om vid varje publicering; jämför inte med tidigare uttag.",
    ]
    with open(os.path.join(out, F_RUS), "w", encoding="utf-8-sig", newline="") as f:
        f.write("\n".join(lines) + "\n")


# =====================================================================================  2 LOK
CLUBS = {  # kommun -> list of (name, [sports], size 1..3)
    "Karlstad": [("Karlstad BK", ["Fotboll"], 3), ("IF Göta", ["Fotboll", "Bandy"], 3), ("Färjestad BK", ["Ishockey"], 3),
                 ("IBF Karlstad", ["Innebandy"], 3), ("Karlstad HK", ["Handboll"], 2), ("Carlstad United BK", ["Fotboll"], 2),
                 ("Karlstads Ryttarförening", ["Ridsport"], 3), ("Karlstad Friidrott", ["Friidrott"], 2),
                 ("Karlstads Simsällskap", ["Simning"], 3), ("Karlstads Gymnastikförening", ["Gymnastik"], 3),
                 ("OK Tyr", ["Orientering", "Skidor"], 2), ("Karlstad Basket", ["Basket"], 2),
                 ("Karlstads Tennisklubb", ["Tennis"], 2), ("Kronoparkens IK", ["Fotboll"], 2), ("Skåre BK", ["Fotboll"], 2),
                 ("Karlstad Budoklubb", ["Kampsport"], 2), ("Karlstads Bowlingklubb", ["Bowling"], 1),
                 ("Vålbergs IK", ["Fotboll", "Innebandy"], 1)],
    "Hammarö": [("IFK Skoghall", ["Fotboll", "Bandy"], 2), ("Hammarö Innebandy", ["Innebandy"], 2),
                ("Skoghalls Ridklubb", ["Ridsport"], 2), ("Hammarö Simsällskap", ["Simning"], 1), ("Hammarö HK", ["Handboll"], 1)],
    "Kil": [("Kils AIK", ["Fotboll", "Skidor"], 2), ("IBK Kil", ["Innebandy"], 2), ("Kils Ryttarsällskap", ["Ridsport"], 1),
            ("Kils Gymnastikförening", ["Gymnastik"], 1), ("Fagerås IF", ["Fotboll"], 1)],
    "Forshaga": [("Forshaga IF", ["Fotboll", "Bandy"], 2), ("Deje IK", ["Fotboll"], 1),
                 ("Forshaga Innebandyklubb", ["Innebandy"], 1), ("Forshaga Ryttarförening", ["Ridsport"], 1)],
    "Grums": [("Grums IK", ["Fotboll", "Bandy"], 2), ("Slottsbrons IF", ["Bandy"], 1), ("Grums Ridklubb", ["Ridsport"], 1),
              ("Grums Simklubb", ["Simning"], 1)],
    "Arvika": [("IFK Arvika", ["Fotboll", "Skidor"], 2), ("Arvika FF", ["Fotboll"], 2), ("Arvika HC", ["Ishockey"], 2),
               ("Arvika Basket", ["Basket"], 2), ("Arvika Ryttarsällskap", ["Ridsport"], 2), ("Arvika Simsällskap", ["Simning"], 1),
               ("Arvika Innebandyklubb", ["Innebandy"], 1), ("Edane IK", ["Fotboll"], 1)],
    "Eda": [("Charlottenbergs IF", ["Fotboll", "Skidor"], 1), ("Eda Ridklubb", ["Ridsport"], 1), ("Koppoms IF", ["Fotboll"], 1)],
    "Årjäng": [("Årjängs IF", ["Fotboll"], 2), ("Årjängs Ridklubb", ["Ridsport"], 1), ("Töcksfors IF", ["Fotboll", "Innebandy"], 1),
               ("Årjängs Simklubb", ["Simning"], 1)],
    "Säffle": [("Säffle FF", ["Fotboll"], 2), ("Säffle HC", ["Ishockey"], 2), ("Säffle SK", ["Bandy"], 1),
               ("Säffle Ryttarförening", ["Ridsport"], 1), ("Säffle Innebandyklubb", ["Innebandy"], 2),
               ("Säffle Simsällskap", ["Simning"], 1)],
    "Sunne": [("Sunne IK", ["Fotboll", "Skidor"], 2), ("Sunne Ridklubb", ["Ridsport"], 1), ("Sunne IBK", ["Innebandy"], 1),
              ("Sunne Simsällskap", ["Simning"], 1), ("Rottneros IK", ["Fotboll"], 1), ("Sunne Bowlingklubb", ["Bowling"], 1)],
    "Torsby": [("Torsby IF", ["Fotboll", "Skidor"], 2), ("Torsby HC", ["Ishockey"], 1), ("Sysslebäcks SK", ["Skidor"], 1),
               ("Östmarks IK", ["Fotboll"], 1), ("Torsby Ridklubb", ["Ridsport"], 1), ("Torsby Innebandy", ["Innebandy"], 1),
               ("Fryksändes OK", ["Orientering"], 1)],
    "Hagfors": [("Hagfors IF", ["Fotboll", "Bandy"], 2), ("Hagfors Ridklubb", ["Ridsport"], 1), ("Ekshärads IF", ["Fotboll"], 1),
                ("Hagfors Simklubb", ["Simning"], 1), ("Uddeholms SK", ["Skidor"], 1)],
    "Munkfors": [("Munkfors IK", ["Fotboll", "Ishockey"], 1), ("Ransäters IK", ["Fotboll"], 1)],
    "Filipstad": [("Filipstads FF", ["Fotboll"], 1), ("Filipstads Ridklubb", ["Ridsport"], 1),
                  ("Lesjöfors IF", ["Fotboll", "Bandy"], 1), ("Filipstads Simsällskap", ["Simning"], 1)],
    "Storfors": [("Storfors AIK", ["Fotboll", "Innebandy"], 1), ("Storfors Ridklubb", ["Ridsport"], 1)],
    "Kristinehamn": [("IFK Kristinehamn", ["Fotboll"], 2), ("Kristinehamns IK", ["Bandy"], 1),
                     ("Kristinehamn Innebandy", ["Innebandy"], 2), ("Kristinehamns Ryttarförening", ["Ridsport"], 2),
                     ("Kristinehamns Simsällskap", ["Simning"], 1), ("Kristinehamns Basket", ["Basket"], 1),
                     ("Kristinehamns OK", ["Orientering"], 1), ("Bjurtjärns IF", ["Fotboll"], 1)],
}
SPORT = {  # base dt per half-year for size 1, girls share, spring factor, autumn factor
    "Fotboll": (3200, 0.33, 1.0, 1.0), "Innebandy": (2300, 0.35, 1.05, 0.95), "Ishockey": (2600, 0.12, 1.12, 0.88),
    "Handboll": (2100, 0.46, 1.05, 0.95), "Ridsport": (1900, 0.88, 1.0, 1.0), "Friidrott": (1500, 0.52, 1.0, 1.0),
    "Simning": (1700, 0.53, 1.05, 0.95), "Gymnastik": (2400, 0.76, 1.0, 1.0), "Orientering": (500, 0.46, 0.9, 1.1),
    "Skidor": (700, 0.44, 1.35, 0.65), "Basket": (1300, 0.34, 1.05, 0.95), "Tennis": (1100, 0.38, 0.95, 1.05),
    "Kampsport": (1200, 0.30, 1.0, 1.0), "Bowling": (350, 0.24, 1.1, 0.9), "Bandy": (900, 0.09, 1.2, 0.8),
}
SIZE = {1: 1.0, 2: 2.3, 3: 4.2}
PERIODS = ["2024:1", "2024:2", "2025:1"]
# status exceptions: (club, sport, period) -> status ; absent rows: (club, sport, period)
STATUS = {
    ("Karlstads Tennisklubb", "Tennis", "2024:2"): "Avslag",
    ("Lesjöfors IF", "Bandy", "2024:1"): "Avslag",
    ("Säffle SK", "Bandy", "2024:2"): "Avslag",
    ("Torsby Innebandy", "Innebandy", "2025:1"): "Avslag",
    ("Östmarks IK", "Fotboll", "2025:1"): "Under handläggning",
    ("Säffle HC", "Ishockey", "2025:1"): "Under handläggning",
    ("Karlstad Basket", "Basket", "2025:1"): "Under handläggning",
    ("Arvika HC", "Ishockey", "2025:1"): "Under handläggning",
    ("Kils Gymnastikförening", "Gymnastik", "2025:1"): "Under handläggning",
    ("Grums Simklubb", "Simning", "2025:1"): "Under handläggning",
    ("Årjängs Simklubb", "Simning", "2025:1"): "Avslag",
}
ABSENT = {("Sysslebäcks SK", "Skidor", "2024:2"), ("Ransäters IK", "Fotboll", "2025:1"),
          ("Koppoms IF", "Fotboll", "2024:2"), ("Sunne Bowlingklubb", "Bowling", "2025:1"),
          ("Uddeholms SK", "Skidor", "2024:2")}


def lok_rows():
    rng = random.Random(179002)
    rows = []
    orgnr = {}
    n = 0
    for k, clubs in CLUBS.items():
        for name, sports, size in clubs:
            n += 1
            orgnr[name] = f"8{rng.randint(10000, 89999):05d}-{rng.randint(1000, 9999)}"
            for si, sp_ in enumerate(sports):
                base, gshare, fs, fa = SPORT[sp_]
                lvl = base * SIZE[size] * (0.45 if si > 0 else 1.0) * rng.uniform(0.8, 1.2)
                for p in PERIODS:
                    if (name, sp_, p) in ABSENT:
                        continue
                    f = fs if p.endswith(":1") else fa
                    if p == "2025:1":
                        f *= rng.uniform(0.95, 1.08)
                    dt = int(round(lvl * f * rng.uniform(0.93, 1.07)))
                    girls = int(round(dt * gshare * rng.uniform(0.92, 1.08)))
                    boys = dt - girls
                    sam = int(round(dt / rng.uniform(7.5, 12.5)))
                    status = STATUS.get((name, sp_, p), "Utbetald")
                    if status == "Utbetald":
                        kr = dt * 9 + sam * 20
                    elif status == "Avslag":
                        kr = 0
                    else:
                        kr = None
                    rows.append(dict(kod=KOD[k], kommun=k, namn=name, org=orgnr[name], idrott=sp_, period=p,
                                     status=status, sam=sam, dt=dt, girls=girls, boys=boys, kr=kr))
    rows.sort(key=lambda r: (r["period"], r["namn"], r["idrott"]))
    return rows


def make_lok(out):
    rows = lok_rows()
    hdr = ["Distrikt", "Ansökningsperiod", "Organisationsnummer", "Föreningsnamn", "Kommunkod", "Kommun", "Idrott (SF)",
           "Status", "Sammankomster", "Deltagartillfällen totalt", "varav flickor/kvinnor", "varav pojkar/män",
           "LOK-stöd (kr)"]
    buf = io.StringIO()
    buf.write("\t".join(hdr) + "\r\n")
    for r in rows:
        cells = ["Värmlandsidrotten", r["period"], r["org"], r["namn"], r["kod"], r["kommun"], r["idrott"], r["status"],
                 sp(r["sam"]), sp(r["dt"]), sp(r["girls"]), sp(r["boys"]), "" if r["kr"] is None else sp(r["kr"])]
        buf.write("\t".join(cells) + "\r\n")
    with open(os.path.join(out, F_LOK), "w", encoding="cp1252", newline="") as f:
        f.write(buf.getvalue())


# =====================================================================================  3 Trafikverket
STATIONS = [  # station, sign, kommun, län, trafikslag, 2022, 2023, 2024, comment
    ("Arvika", "Ar", "Arvika", "Värmlands län", "Regionaltåg", 690, 735, 771, ""),
    ("Arvika", "Ar", "Arvika", "Värmlands län", "Fjärrtåg", 210, 228, 236, ""),
    ("Charlottenberg", "Cg", "Eda", "Värmlands län", "Regionaltåg", 160, 172, 189, ""),
    ("Charlottenberg", "Cg", "Eda", "Värmlands län", "Fjärrtåg", 45, 52, 49, "Endast tåg Oslo–Stockholm"),
    ("Deje", "Dj", "Forshaga", "Värmlands län", "Regionaltåg", 65, 70, 82, ""),
    ("Edane", "En", "Arvika", "Värmlands län", "Regionaltåg", 44, 49, 58, ""),
    ("Fagerås", "Fgå", "Kil", "Värmlands län", "Regionaltåg", 38, 41, None,
     "Trafikuppehåll 2024-03-04–2024-12-15 (banarbete), ingen mätning 2024"),
    ("Filipstad", "Fil", "Filipstad", "Värmlands län", "Regionaltåg", 85, 92, 88, ""),
    ("Karlstad C", "Ks", "Karlstad", "Värmlands län", "Regionaltåg", 3150, 3420, 3610, ""),
    ("Karlstad C", "Ks", "Karlstad", "Värmlands län", "Fjärrtåg", 1480, 1560, 1495, "Fjärrtåg = SJ och Vy, inkl. nattåg"),
    ("Kil", "Kil", "Kil", "Värmlands län", "Regionaltåg", 820, 865, 902, ""),
    ("Kil", "Kil", "Kil", "Värmlands län", "Fjärrtåg", 140, 150, 138, ""),
    ("Kristinehamn", "Khn", "Kristinehamn", "Värmlands län", "Regionaltåg", 1120, 1190, 1235, ""),
    ("Kristinehamn", "Khn", "Kristinehamn", "Värmlands län", "Fjärrtåg", 310, 335, 322, ""),
    ("Rottneros", "Rts", "Sunne", "Värmlands län", "Regionaltåg", 22, 25, 31, ""),
    ("Skattkärr", "Kär", "Karlstad", "Värmlands län", "Regionaltåg", 95, 110, 124, ""),
    ("Storfors", "Sfs", "Storfors", "Värmlands län", "Regionaltåg", 52, 55, 61, ""),
    ("Sunne", "Sun", "Sunne", "Värmlands län", "Regionaltåg", 150, 162, 170, ""),
    ("Säffle", "Sfl", "Säffle", "Värmlands län", "Regionaltåg", 410, 436, 452, ""),
    ("Torsby", "Tby", "Torsby", "Värmlands län", "Regionaltåg", 95, 101, 99, ""),
    ("Väse", "Vse", "Karlstad", "Värmlands län", "Regionaltåg", 60, 64, 71, ""),
    ("Degerfors", "Dgs", "Degerfors", "Örebro län", "Regionaltåg", 210, 224, 230, "Utanför länet, Värmlandstrafikens linje 2"),
    ("Åmål", "Ål", "Åmål", "Västra Götalands län", "Regionaltåg", 380, 402, 415, "Utanför länet"),
    ("Kongsvinger", "Kvg", "Kongsvinger", "Innlandet (Norge)", "Regionaltåg", 48, 50, 65,
     "Utanför Sverige, gränsöverskridande trafik (Värmlandstrafik/Vy)"),
]


def make_trv(out):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=",", quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
    w.writerow(["Station", "Signatur", "Kommun", "Län", "Trafikslag", "Påstigande per vardag 2022",
                "Påstigande per vardag 2023", "Påstigande per vardag 2024", "Förändring 2023-2024 (%)", "Kommentar"])
    s = [0, 0, 0]
    for st, sg, k, lan, tr, a, b, c, com in STATIONS:
        ch = "" if c is None else round(100 * (c - b) / b, 1)
        w.writerow([st, sg, k, lan, tr, a, b, "" if c is None else c, ch, com])
        if lan == "Värmlands län":
            s[0] += a
            s[1] += b
            s[2] += c or 0
    w.writerow(["Summa Värmlands län", "", "", "Värmlands län", "Samtliga", s[0], s[1], s[2],
                round(100 * (s[2] - s[1]) / s[1], 1), "Summa 2024 exkl. Fagerås (ingen mätning)"])
    with open(os.path.join(out, F_TRV), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def fix_props(wb):
    import datetime
    ts = datetime.datetime(2025, 11, 20, 9, 0, 0)
    wb.properties.created = ts
    wb.properties.modified = ts
    wb.properties.creator = "statistik"
    wb.properties.lastModifiedBy = "statistik"


def freeze_zip(path):
    """rewrite the xlsx zip with fixed entry timestamps so the bytes are identical run to run"""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":   # openpyxl stamps 'modified' with the current time on save
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>2025-11-20T09:00:00Z\g<2>", data)
            zi = zipfile.ZipInfo(name, date_time=(2025, 11, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


# =====================================================================================  4 Konsumentverket
KV = [  # kommun, org, årsarb, nya, avsl, pag, vänt24, vänt23, skuldsan, folkmängd
    ("Arvika", "Egen regi", 2.0, 148, 139, 71, 3, 4, 42, 25980),
    ("Eda", "Egen regi", 0.5, 34, 31, 15, 2, 2, 9, 8390),
    ("Filipstad", "..", None, None, None, None, None, None, None, 10410),
    ("Forshaga", "Egen regi", 0.6, 45, 40, 22, 4, 6, 12, 11520),
    ("Grums", "Egen regi", 0.5, 38, 35, 19, 1, 2, 11, 9040),
    ("Hagfors²", "Gemensam med Munkfors", 1.0, 72, 70, 33, 5, 5, 21, 11380 + 3620),
    ("Hammarö", "Egen regi", 0.6, 41, 44, 18, 5, 3, 14, 16790),
    ("Karlstad", "Egen regi", 6.5, 512, 488, 240, 9, 12, 131, 96470),
    ("Kil", "Egen regi", 0.5, 36, 33, 14, 2, 3, 10, 12050),
    ("Kristinehamn¹", "Gemensam med Storfors", 2.0, 163, 151, 77, 6, 5, 47, 24020 + 3980),
    ("Munkfors", "Ingår i Hagfors²", None, None, None, None, None, None, None, None),
    ("Storfors", "Ingår i Kristinehamn¹", None, None, None, None, None, None, None, None),
    ("Sunne", "Egen regi", 1.0, 64, 60, 28, 3, 3, 19, 13210),
    ("Säffle", "Egen regi", 1.0, 86, 80, 41, 7, 4, 25, 15180),
    ("Torsby", "Egen regi", 0.8, 52, 55, 21, 11, 8, 16, 11590),
    ("Årjäng", "Egen regi", 0.4, 30, 27, 12, 2, 2, 7, 10020),
]
KV_RIKET = ("Riket", "", 598.5, 30874, 29912, 15306, 6, 7, 8950, 10587710)


def make_kv(out):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    wb = Workbook()
    ws0 = wb.active
    ws0.title = "Om statistiken"
    info = [
        ("Kommunal budget- och skuldrådgivning 2024", True),
        ("", False),
        ("Statistiken bygger på Konsumentverkets årliga enkät till landets kommuner om den budget- och skuldrådgivning "
         "som kommunerna ska erbjuda enligt 2 § skuldsaneringslagen (2016:675).", False),
        ("Enkäten besvarades under januari–februari 2025 och avser verksamhetsåret 2024. Svarsfrekvens i riket: 97 %.", False),
        ("", False),
        ("Definitioner", True),
        ("Nya hushåll: hushåll som fått minst ett rådgivningssamtal under året och som inte var aktuella föregående år.", False),
        ("Avslutade: ärenden som avslutats under året. Pågående: öppna ärenden den 31 december.", False),
        ("Väntetid: antal veckor från första kontakt till första besök hos budget- och skuldrådgivare, "
         "enligt kommunens uppskattning i december. Län och riket = median av kommunernas uppgifter.", False),
        ("Hjälp med ansökan om skuldsanering: antal ärenden där rådgivaren hjälpt hushållet att ansöka om skuldsanering "
         "hos Kronofogden. Statistiken visar inte hur många ansökningar som beviljades.", False),
        ("Nya hushåll per 10 000 invånare beräknas på folkmängden 31 december 2024 (SCB). För kommuner med gemensam "
         "rådgivning används den sammanlagda folkmängden.", False),
        ("", False),
        ("Teckenförklaring: .. = uppgift saknas (kommunen har inte besvarat enkäten).", False),
        ("Kontakt: statistik@konsumentverket.se", False),
    ]
    for i, (t, b) in enumerate(info, start=1):
        ws0.cell(i, 1, t).font = Font(bold=b, size=14 if i == 1 else 11)
    ws0.column_dimensions["A"].width = 120

    ws = wb.create_sheet("Kommuner 2024")
    ws["A1"] = "Budget- och skuldrådgivning i kommunerna 2024 – Värmlands län"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Källa: Konsumentverket, enkät till kommunerna (svarsperiod jan–feb 2025). Urval: Värmlands län samt riket."
    ws["A2"].font = Font(italic=True, size=9)
    thin = Side(style="thin", color="999999")
    head_fill = PatternFill("solid", fgColor="DDE7F0")
    heads = [
        ("A4:A5", "Kommun"), ("B4:B5", "Kommunkod"), ("C4:C5", "Organisering"), ("D4:D5", "Årsarbetare (rådgivare)"),
        ("E4:G4", "Ärenden 2024 (antal hushåll)"), ("H4:I4", "Väntetid till första besök (veckor)"),
        ("J4:J5", "Hjälp med ansökan om skuldsanering"), ("K4:K5", "Folkmängd 31 dec 2024"),
        ("L4:L5", "Nya hushåll per 10 000 invånare"),
    ]
    for rng_, t in heads:
        c = ws[rng_.split(":")[0]]
        c.value = t
        ws.merge_cells(rng_)
    for col, t in zip("EFGHI", ["Nya", "Avslutade", "Pågående 31 dec", "2024", "2023"]):
        ws[f"{col}5"] = t
    for r in (4, 5):
        for col in "ABCDEFGHIJKL":
            c = ws[f"{col}{r}"]
            c.font = Font(bold=True)
            c.fill = head_fill
            c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
            c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
    ws.row_dimensions[4].height = 30
    ws.row_dimensions[5].height = 30

    rows = []
    # Riket, county, municipalities
    cnt = [x for x in KV if x[3] is not None]
    lan = ("Värmlands län", "", "", round(sum(x[2] for x in cnt), 1), sum(x[3] for x in cnt), sum(x[4] for x in cnt),
           sum(x[5] for x in cnt), sorted(x[6] for x in cnt)[len(cnt) // 2], sorted(x[7] for x in cnt)[len(cnt) // 2],
           sum(x[8] for x in cnt), sum(x[9] for x in KV if x[9] is not None))
    rows.append(("Riket", "", *KV_RIKET[1:]))
    rows.append(lan)
    for x in KV:
        nm = x[0]
        base = nm.rstrip("¹²")
        rows.append((nm, KOD[base]) + x[1:])
    r = 6
    for i, x in enumerate(rows):
        name, kod, org = x[0], x[1], x[2]
        vals = list(x[3:])
        ws.cell(r, 1, name)
        ws.cell(r, 2, kod if kod else None)
        ws.cell(r, 3, org if org else None)
        if org == "..":
            ws.cell(r, 3, "Ej svar")
            for j in range(4, 11):
                ws.cell(r, j, "..").alignment = Alignment(horizontal="right")
            ws.cell(r, 11, vals[7])
            ws.cell(r, 12, "..").alignment = Alignment(horizontal="right")
        elif vals[0] is None:
            pass  # covered by another municipality: empty cells
        else:
            for j, v in enumerate(vals[:7], start=4):
                ws.cell(r, j, v)
            ws.cell(r, 11, vals[7])
            # county rate: responding municipalities' households over the whole county's population
            per = round(vals[1] / vals[7] * 10000, 1)
            ws.cell(r, 12, per)
        for j in range(1, 13):
            c = ws.cell(r, j)
            c.border = Border(bottom=Side(style="hair", color="BBBBBB"))
            if j == 4:
                c.number_format = "0.0"
            elif j == 12:
                c.number_format = "0.0"
            elif j >= 5:
                c.number_format = "# ##0"
        if i < 2:
            for j in range(1, 13):
                ws.cell(r, j).font = Font(bold=True)
        r += 1
        if i == 1:
            r += 1  # blank row after the county
    r += 1
    notes = [
        "¹ Kristinehamns kommun bedriver budget- och skuldrådgivningen även för Storfors kommun (avtal). Uppgifterna avser båda kommunerna; folkmängden är summerad.",
        "² Hagfors och Munkfors har gemensam budget- och skuldrådgivning med säte i Hagfors. Uppgifterna avser båda kommunerna; folkmängden är summerad.",
        ".. Filipstads kommun har inte besvarat enkäten 2024.",
        "Värmlands län: summa av svarande kommuner (Filipstad saknas); nya hushåll per 10 000 invånare beräknat på hela länets folkmängd. Väntetid = median.",
    ]
    for t in notes:
        ws.cell(r, 1, t).font = Font(size=9, italic=True)
        r += 1
    widths = [16, 11, 24, 12, 9, 10, 11, 9, 9, 14, 13, 13]
    for col, wdt in zip("ABCDEFGHIJKL", widths):
        ws.column_dimensions[col].width = wdt
    ws.freeze_panes = "B6"

    ws3 = wb.create_sheet("Länet 2020–2024")
    ws3["A1"] = "Värmlands län – nya hushåll i budget- och skuldrådgivningen 2020–2024 (svarande kommuner)"
    ws3["A1"].font = Font(bold=True)
    ws3.append([])
    ws3.append(["År", "Nya hushåll", "Svarande kommuner", "Anmärkning"])
    for c in ws3[3]:
        c.font = Font(bold=True)
    ser = [(2020, 1104, 16, ""), (2021, 1187, 16, ""), (2022, 1243, 15, "Munkfors saknas"),
           (2023, 1296, 16, ""), (2024, lan[4], 15, "Filipstad saknas")]
    for y in ser:
        ws3.append(list(y))
    ws3.column_dimensions["A"].width = 8
    ws3.column_dimensions["B"].width = 12
    ws3.column_dimensions["C"].width = 18
    ws3.column_dimensions["D"].width = 20
    fix_props(wb)
    wb.save(os.path.join(out, F_KV))
    freeze_zip(os.path.join(out, F_KV))


# =====================================================================================  5 Vårdcentraler
VC = [  # name, kommun, drift, vårdgivare, list25, list24, tel, bed3, npe, anm
    ("Vårdcentralen Gripen", "Karlstad", "Region Värmland", "Region Värmland", 11850, 11620, 88, 74, 86, ""),
    ("Vårdcentralen Herrhagen", "Karlstad", "Region Värmland", "Region Värmland", 9420, 9510, 79, 68, 83, ""),
    ("Vårdcentralen Kronoparken", "Karlstad", "Region Värmland", "Region Värmland", 10230, 10050, 71, 61, 79, ""),
    ("Vårdcentralen Rud", "Karlstad", "Region Värmland", "Region Värmland", 13980, 7150, 66, 58, 77,
     "Listade från VC Skåre överförda 2025-04-01"),
    ("Vårdcentralen Skåre", "Karlstad", "Region Värmland", "Region Värmland", "–", 6980, "..", "..", "..",
     "Stängd 2025-03-31, listningen överförd till VC Rud"),
    ("Vårdcentralen Våxnäs", "Karlstad", "Region Värmland", "Region Värmland", 12300, 12150, 84, 70, 85, ""),
    ("Capio Vårdcentral Tingvalla", "Karlstad", "Privat (vårdval)", "Capio Närsjukvård AB", 8740, 8420, 92, 81, 88, ""),
    ("Praktikertjänst Vårdcentral Centrum", "Karlstad", "Privat (vårdval)", "Praktikertjänst AB", 6950, 6610, 95, 85, 90, ""),
    ("Kry Vårdcentral Välsviken", "Karlstad", "Privat (vårdval)", "Kry Care AB", 3420, "–", 97, 89, "..",
     "Öppnad 2025-02-01. För få enkätsvar"),
    ("Vårdcentralen Hammarö", "Hammarö", "Region Värmland", "Region Värmland", 13200, 13080, 81, 70, 84, ""),
    ("Hammarö Läkarhus", "Hammarö", "Privat (vårdval)", "Hammarö Läkarhus AB", 3100, 3050, 90, 83, 87, ""),
    ("Vårdcentralen Forshaga", "Forshaga", "Region Värmland", "Region Värmland", 9600, 9550, 75, 66, 82, ""),
    ("Vårdcentralen Kil", "Kil", "Region Värmland", "Region Värmland", 11050, 11100, 77, 69, 84, ""),
    ("Vårdcentralen Grums", "Grums", "Region Värmland", "Region Värmland", 8300, 8350, 69, 62, 80, ""),
    ("Vårdcentralen Arvika Östra", "Arvika", "Region Värmland", "Region Värmland", 12400, 12500, 83, 71, 85, ""),
    ("Vårdcentralen Arvika Västra", "Arvika", "Region Värmland", "Region Värmland", 9900, 9850, 68, 59, 78, ""),
    ("Vårdcentralen Charlottenberg", "Eda", "Region Värmland", "Region Värmland", 7400, 7450, 86, 75, 87, ""),
    ("Vårdcentralen Årjäng", "Årjäng", "Region Värmland", "Region Värmland", 9150, 9180, 80, 72, 86, ""),
    ("Vårdcentralen Säffle", "Säffle", "Region Värmland", "Region Värmland", 13400, 13600, 73, 63, 81, ""),
    ("Vårdcentralen Sunne", "Sunne", "Region Värmland", "Region Värmland", 12100, 12200, 82, 73, 86, ""),
    ("Vårdcentralen Torsby", "Torsby", "Region Värmland", "Region Värmland", 9300, 9420, 78, 70, 84, ""),
    ("Vårdcentralen Sysslebäck", "Torsby", "Region Värmland", "Region Värmland", 2050, 2080, 93, 88, 91, ""),
    ("Vårdcentralen Hagfors", "Hagfors", "Region Värmland", "Region Värmland", 10200, 10350, 74, 67, 83, ""),
    ("Vårdcentralen Munkfors", "Munkfors", "Region Värmland", "Region Värmland", 3480, 3500, 90, 80, 88, ""),
    ("Vårdcentralen Filipstad", "Filipstad", "Region Värmland", "Region Värmland", 9800, 9900, 65, 55, 76, ""),
    ("Vårdcentralen Storfors", "Storfors", "Region Värmland", "Region Värmland", 3900, 3950, 87, 77, 89, ""),
    ("Vårdcentralen Kristinehamn", "Kristinehamn", "Region Värmland", "Region Värmland", 14300, 14450, 72, 64, 80, ""),
    ("Capio Vårdcentral Kristinehamn", "Kristinehamn", "Privat (vårdval)", "Capio Närsjukvård AB", 8100, 7900, 89, 79, 86, ""),
    ("Min vård Värmland – digital vårdcentral", "Hela länet", "Region Värmland", "Region Värmland", 4800, 3900, 99, 95, 80,
     "Digital listning, patienter i hela länet"),
]


def make_vc(out):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    wb = Workbook()
    ws0 = wb.active
    ws0.title = "Läs mig"
    txt = [
        "Vårdcentraler i Värmland – listning och tillgänglighet 2025",
        "",
        "Region Värmland, Hälso- och sjukvårdsförvaltningen, Avdelningen för uppföljning. Publicerad 2025-11-12.",
        "",
        "Listade: antal listade personer den 1 oktober respektive år (Region Värmlands listningssystem).",
        "Telefon: andel inkommande samtal jan–sep 2025 som besvarats/fått återuppringning samma dag (%).",
        "Medicinsk bedömning inom 3 dagar: andel patienter med medicinsk bedömning av legitimerad personal "
        "inom tre dagar (vårdgarantin), jan–sep 2025 (%).",
        "Patientenkät: Nationell patientenkät primärvård våren 2025, andel positiva svar på helhetsintryck (%).",
        "",
        "Tecken: – = vårdcentralen fanns inte / var stängd vid mättillfället. .. = uppgift saknas eller för få svar.",
        "Raden 'Totalt Region Värmland' summerar listade; andelar för totalraden är viktade med antal samtal/besök.",
        "Kolumn A (HSA-id) är dold.",
    ]
    for i, t in enumerate(txt, start=1):
        ws0.cell(i, 1, t).font = Font(bold=(i == 1), size=13 if i == 1 else 11)
    ws0.column_dimensions["A"].width = 110

    ws = wb.create_sheet("Vårdcentraler")
    ws["B1"] = "Vårdcentraler i Värmland – listade patienter och tillgänglighet"
    ws["B1"].font = Font(bold=True, size=14)
    ws["B2"] = "Källa: Region Värmland. Listade per 1 oktober; tillgänglighet jan–sep 2025."
    ws["B2"].font = Font(italic=True, size=9)
    hdr = ["HSA-id", "Vårdcentral", "Kommun", "Driftsform", "Vårdgivare", "Listade 1 okt 2025", "Listade 1 okt 2024",
           "Telefon: besvarade samma dag (%)", "Medicinsk bedömning inom 3 dagar (%)",
           "Patientenkät: helhetsintryck, andel positiva (%)", "Anmärkning"]
    fill = PatternFill("solid", fgColor="C9D9C0")
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True)
        c.fill = fill
        c.alignment = Alignment(wrap_text=True, vertical="center")
    ws.row_dimensions[4].height = 45
    rows = sorted(VC, key=lambda x: x[0])
    r = 5
    for i, x in enumerate(rows):
        ws.cell(r, 1, f"SE2321000230-E{10000 + 37 * i:08d}")
        for j, v in enumerate(x, start=2):
            c = ws.cell(r, j, v if v != "" else None)
            if j in (6, 7) and isinstance(v, int):
                c.number_format = "# ##0"
            if isinstance(v, str) and v in ("–", ".."):
                c.alignment = Alignment(horizontal="right")
        r += 1
    last = r - 1
    ws.auto_filter.ref = f"A4:K{last}"
    tot25 = sum(x[4] for x in VC if isinstance(x[4], int))
    tot24 = sum(x[5] for x in VC if isinstance(x[5], int))
    ws.cell(r, 2, "Totalt Region Värmland")
    ws.cell(r, 6, tot25).number_format = "# ##0"
    ws.cell(r, 7, tot24).number_format = "# ##0"
    ws.cell(r, 8, 79)
    ws.cell(r, 9, 69)
    ws.cell(r, 10, 83)
    for j in range(1, 12):
        ws.cell(r, j).font = Font(bold=True)
    widths = {"A": 26, "B": 40, "C": 13, "D": 17, "E": 24, "F": 12, "G": 12, "H": 14, "I": 14, "J": 16, "K": 48}
    for col, wdt in widths.items():
        ws.column_dimensions[col].width = wdt
    ws.column_dimensions["A"].hidden = True
    ws.freeze_panes = "C5"
    fix_props(wb)
    wb.save(os.path.join(out, F_VC))
    freeze_zip(os.path.join(out, F_VC))


# =====================================================================================  6 PDF
BME1 = [  # kommun, helhet 2025, centralort 2025, övriga 2025, helhet 2024
    ("Arvika", "Balans", "Underskott", "Överskott", "Balans"),
    ("Eda", "Balans", "Balans", "Överskott", "Balans"),
    ("Filipstad", "Överskott", "Balans", "Överskott", "Överskott"),
    ("Forshaga", "Underskott", "Underskott", "Balans", "Underskott"),
    ("Grums", "Balans", "Balans", "Balans", "Underskott"),
    ("Hagfors", "Överskott", "Balans", "Överskott", "Överskott"),
    ("Hammarö", "Underskott", "Underskott", "Underskott", "Underskott"),
    ("Karlstad", "Underskott", "Underskott", "Balans", "Underskott"),
    ("Kil", "Underskott", "Underskott", "Balans", "Balans"),
    ("Kristinehamn", "Balans", "Balans", "Överskott", "Balans"),
    ("Munkfors", "Överskott", "Överskott", "–", "Överskott"),
    ("Storfors", "Balans", "Balans", "Överskott", "Överskott"),
    ("Sunne", "Underskott", "Underskott", "Balans", "Underskott"),
    ("Säffle", "Balans", "Balans", "Överskott", "Balans"),
    ("Torsby", "Balans", "Underskott", "Överskott", "Överskott"),
    ("Årjäng", "Underskott", "Underskott", "Balans", "Balans"),
]
BME2 = [  # kommun, planned flerbostadshus, småhus, outhyrda antal, andel %
    ("Arvika", 120, 35, 48, 2.1), ("Eda", 0, 12, 31, 4.8), ("Filipstad", 0, 4, 86, 7.9), ("Forshaga", 40, 30, 6, 0.6),
    ("Grums", 24, 10, 14, 1.8), ("Hagfors", 0, 6, 72, 6.3), ("Hammarö", 180, 60, 2, 0.2), ("Karlstad", 820, 140, 35, 0.3),
    ("Kil", 60, 45, 4, 0.4), ("Kristinehamn", 95, 20, 58, 2.4), ("Munkfors", 0, 2, 41, 8.6), ("Storfors", 0, 3, 27, 5.2),
    ("Sunne", 48, 22, 9, 0.9), ("Säffle", 30, 15, None, None), ("Torsby", 12, 10, 63, 4.9), ("Årjäng", 36, 18, 7, 1.1),
]


def make_pdf(out):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle)

    from reportlab import rl_config
    rl_config.invariant = 1   # no timestamp / random id -> byte-identical output
    path = os.path.join(out, F_PDF)
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=9.5, leading=13, spaceAfter=6)
    h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=16, leading=20, spaceAfter=4)
    h2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=11, leading=14, spaceBefore=6, spaceAfter=4)
    cap = ParagraphStyle("c", fontName="Helvetica-Bold", fontSize=9, leading=12, spaceAfter=3)
    note = ParagraphStyle("n", fontName="Helvetica-Oblique", fontSize=7.5, leading=10, spaceAfter=2)

    def deco(canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 7.5)
        canv.setFillColor(colors.HexColor("#555555"))
        canv.drawString(20 * mm, 287 * mm, "Länsstyrelsen Värmland")
        canv.drawRightString(190 * mm, 287 * mm, "Bostadsmarknadsanalys 2025 · Rapport 2025:17")
        canv.setStrokeColor(colors.HexColor("#006E8C"))
        canv.setLineWidth(0.8)
        canv.line(20 * mm, 285 * mm, 190 * mm, 285 * mm)
        canv.drawCentredString(105 * mm, 12 * mm, f"Sida {doc.page} av 2")
        canv.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=22 * mm,
                            bottomMargin=20 * mm, title="Bostadsmarknadsanalys 2025 – Värmlands län",
                            author="Länsstyrelsen Värmland")
    st = []
    st.append(Paragraph("Bostadsmarknadsanalys för Värmlands län 2025", h1))
    st.append(Paragraph("Sammanfattning av kommunernas svar i Boverkets bostadsmarknadsenkät (BME) 2025", h2))
    st.append(Paragraph(
        "Länsstyrelsen ska varje år analysera bostadsmarknaden i länet. Underlaget är kommunernas svar i "
        "bostadsmarknadsenkäten som besvarades i februari–mars 2025. Bilden är fortsatt delad: i Karlstad och "
        "kranskommunerna råder brist på bostäder, medan flera kommuner i norra och östra Värmland har ett "
        "överskott. I fjolårets analys bedömde fem kommuner att det rådde underskott i kommunen som helhet, och "
        "hela åtta kommuner uppger i år underskott i centralorten.", body))
    st.append(Paragraph(
        "Byggandet har bromsat in. Under 2024 påbörjades 612 nya bostäder i länet jämfört med 845 år 2023. "
        "Kommunerna planerar nu för nästan 1 900 bostäder under 2025–2026, vilket är färre än de 2 310 som "
        "angavs i förra årets enkät för 2024–2025. Antalet outhyrda lägenheter i allmännyttan var 498 den 1 september 2024.",
        body))
    st.append(Spacer(1, 4))
    st.append(Paragraph("Tabell 1. Kommunernas bedömning av bostadsmarknaden 2025 och 2024", cap))
    t1 = [["Kommun", "Kommunen\ntotalt 2025", "Centralorten\n2025", "Övriga\nkommunen 2025", "Kommunen\ntotalt 2024"]]
    for x in BME1:
        t1.append(list(x))
    tab = Table(t1, colWidths=[34 * mm, 32 * mm, 32 * mm, 34 * mm, 32 * mm], repeatRows=1)
    ts = [("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5), ("FONT", (0, 1), (-1, -1), "Helvetica", 8.5),
          ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D7E9EF")), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
          ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor("#006E8C")),
          ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.HexColor("#006E8C")),
          ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    for i in range(2, len(t1), 2):
        ts.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#F3F6F7")))
    tab.setStyle(TableStyle(ts))
    st.append(tab)
    st.append(Spacer(1, 3))
    st.append(Paragraph("Källa: Boverkets bostadsmarknadsenkät 2025 och 2024. – = Munkfors kommun har ingen bebyggelse "
                        "utanför centralorten som redovisas separat.", note))
    st.append(PageBreak())

    st.append(Paragraph("Planerat bostadsbyggande och outhyrda lägenheter", h2))
    st.append(Paragraph(
        "Tabell 2 visar hur många bostäder kommunerna bedömer kommer att påbörjas under 2025–2026 samt antalet "
        "outhyrda lägenheter i de allmännyttiga bostadsföretagen den 1 september 2025. Karlstad står för ungefär "
        "hälften av det planerade byggandet. Flest outhyrda lägenheter finns i Filipstad, men andelen är högst i en "
        "mindre kommun. Vid förra mätningen, den 1 september 2024, hade Filipstad 94 outhyrda lägenheter och "
        "Hagfors 81.", body))
    st.append(Paragraph("Tabell 2. Planerade bostäder 2025–2026 och outhyrda lägenheter i allmännyttan 1 september 2025", cap))
    t2 = [["", "Planerade bostäder 2025–2026", "", "", "Outhyrda i allmännyttan", ""],
          ["Kommun", "Flerbostadshus", "Småhus", "Totalt", "Antal", "Andel (%)"]]
    sf = ssm = sout = 0
    for k, fl, sm, ou, an in BME2:
        sf += fl
        ssm += sm
        sout += ou or 0
        t2.append([k, sp(fl), sp(sm), sp(fl + sm), ".." if ou is None else sp(ou),
                   ".." if an is None else sv(an)])
    t2.append(["Värmlands län", sp(sf), sp(ssm), sp(sf + ssm), sp(sout) + "¹", "1,7"])
    tab2 = Table(t2, colWidths=[34 * mm, 28 * mm, 22 * mm, 22 * mm, 24 * mm, 22 * mm], repeatRows=2)
    ts2 = [("FONT", (0, 0), (-1, 1), "Helvetica-Bold", 8.5), ("FONT", (0, 2), (-1, -1), "Helvetica", 8.5),
           ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 8.5),
           ("SPAN", (1, 0), (3, 0)), ("SPAN", (4, 0), (5, 0)),
           ("ALIGN", (1, 0), (-1, -1), "RIGHT"), ("ALIGN", (1, 0), (-1, 0), "CENTER"),
           ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor("#D7E9EF")),
           ("LINEBELOW", (0, 1), (-1, 1), 0.8, colors.HexColor("#006E8C")),
           ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.HexColor("#006E8C")),
           ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    tab2.setStyle(TableStyle(ts2))
    st.append(tab2)
    st.append(Spacer(1, 3))
    st.append(Paragraph("¹ Exklusive Säffle (.. = uppgift saknas, Säffle Bostäder har inte lämnat uppgift). "
                        "Andel = outhyrda lägenheter i procent av allmännyttans bestånd i kommunen.", note))
    st.append(Paragraph("Källa: Boverkets bostadsmarknadsenkät 2025; Länsstyrelsen Värmlands bearbetning.", note))
    st.append(Spacer(1, 6))
    st.append(Paragraph("Länsstyrelsens slutsatser", h2))
    st.append(Paragraph(
        "Länsstyrelsen bedömer att behovet av mindre hyresrätter för unga och äldre är störst i Karlstad, Hammarö och "
        "Kil. I kommuner med överskott bör bostadsbeståndet anpassas, till exempel genom tillgänglighetsanpassning "
        "snarare än nyproduktion. Boverket räknar med att det behöver tillkomma 1 150 bostäder per år i länet fram "
        "till 2030 (Boverkets behovsberäkning 2024).", body))
    doc.build(st, onFirstPage=deco, onLaterPages=deco)


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(2)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    make_rus(out)
    make_lok(out)
    make_trv(out)
    make_kv(out)
    make_vc(out)
    make_pdf(out)
    print("wrote six files to", out)


if __name__ == "__main__":
    main()
