#!/usr/bin/env python3
"""r177: six statistics files for Västernorrlands län (invented but plausible figures).

Usage: python r177_make_files.py OUT_DIR

Files
  Raddningsinsatser_per_station_Vasternorrland_2024.csv   rescue-service call-outs per fire station (cp1252, ';', CRLF),
                                                          stations grouped under three rescue organisations with
                                                          'Ej stationsfördelat' and 'Summa' rows, no municipality rows
  Skolverket_Forskola_barn_personal_Vasternorrland_2024.csv  pre-school children/staff per municipality x huvudman
                                                          (UTF-8 BOM, ',' separated, every field quoted, decimal comma,
                                                          Skolverket's '.', '..' and '-')
  Vattenkraftverk_Vasternorrlands_lan_2025.xlsx           record-level hydropower register (one row per plant, kW)
  AF_Rusta_och_matcha_resultat_Vasternorrland_2024-2025.xlsx  AF provider results per delivery area, star ratings
  KB_Folkbibliotek_Vasternorrland_2023-2024.xlsx          library statistics, indicators as rows, municipalities as columns
  Lansstyrelsen_RIB_bemanning_Vasternorrland_2025.pdf     two-page report on part-time fire-fighter staffing
"""
import csv
import io
import os
import random
import sys

# municipalities in municipal-code order
KOMMUNER = [("2260", "Ånge"), ("2262", "Timrå"), ("2280", "Härnösand"), ("2281", "Sundsvall"),
            ("2282", "Kramfors"), ("2283", "Sollefteå"), ("2284", "Örnsköldsvik")]
NAMES = [n for _, n in KOMMUNER]
LAN = "Västernorrlands län"

# population 31 Dec 2024 and 2023
POP24 = {"Ånge": 9012, "Timrå": 17951, "Härnösand": 24386, "Sundsvall": 99612, "Kramfors": 17803,
         "Sollefteå": 18621, "Örnsköldsvik": 56248}
POP23 = {"Ånge": 9105, "Timrå": 17989, "Härnösand": 24460, "Sundsvall": 99380, "Kramfors": 17930,
         "Sollefteå": 18790, "Örnsköldsvik": 56312}


def sp(n):
    """space thousands: 1234 -> '1 234'"""
    s = f"{int(n):,}".replace(",", " ")
    return s


def dc(x, nd=1):
    """decimal comma, space thousands: 95150.0 -> '95 150,0'"""
    return f"{x:,.{nd}f}".replace(",", " ").replace(".", ",")


# =====================================================================================================
# 1. Rescue-service call-outs per fire station (MSB IDA extract)
# =====================================================================================================
F_RT = "Raddningsinsatser_per_station_Vasternorrland_2024.csv"
CATS = ["Brand i byggnad", "Brand ej i byggnad", "Trafikolycka", "Automatlarm, ej brand",
        "Drunkning/-tillbud", "Övriga händelser"]
SHARES = {"Heltid": [0.09, 0.10, 0.17, 0.32, 0.01],
          "Heltid och RIB": [0.11, 0.12, 0.22, 0.24, 0.015],
          "RIB": [0.13, 0.15, 0.30, 0.12, 0.02],
          "Räddningsvärn": [0.14, 0.20, 0.28, 0.0, 0.03],
          "-": [0.10, 0.14, 0.20, 0.20, 0.0]}
ORGS = [
    ("Medelpads Räddningstjänstförbund", [
        ("Sundsvall", "Sundsvall Centrum", "Heltid", 1180),
        ("Sundsvall", "Birsta¹", "Heltid", 412),
        ("Sundsvall", "Matfors", "RIB", 96),
        ("Sundsvall", "Njurunda", "RIB", 143),
        ("Sundsvall", "Stöde", "RIB", 58),
        ("Sundsvall", "Liden", "Räddningsvärn", 14),
        ("Sundsvall", "Indal", "RIB", 47),
        ("Sundsvall", "Alnö", "RIB", 71),
        ("Timrå", "Timrå", "Heltid och RIB", 318),
        ("Timrå", "Söråker", "RIB", 66),
        ("Ånge", "Ånge", "RIB", 121),
        ("Ånge", "Fränsta", "RIB", 64),
        ("Ånge", "Torpshammar", "RIB", 39),
        ("Ånge", "Ljungaverk", "RIB", 27),
        ("", "Ej stationsfördelat²", "-", 23)]),
    ("Räddningstjänsten Höga Kusten-Ådalen", [
        ("Härnösand", "Härnösand", "Heltid", 402),
        ("Härnösand", "Viksjö", "RIB", 31),
        ("Härnösand", "Älandsbro", "RIB", 44),
        ("Kramfors", "Kramfors", "Heltid och RIB", 236),
        ("Kramfors", "Bollstabruk", "RIB", 52),
        ("Kramfors", "Nordingrå", "RIB", 38),
        ("Kramfors", "Ullånger", "RIB", 41),
        ("Sollefteå", "Sollefteå", "Heltid och RIB", 214),
        ("Sollefteå", "Junsele", "RIB", 49),
        ("Sollefteå", "Ramsele", "RIB", 36),
        ("Sollefteå", "Näsåker", "RIB", 29),
        ("Sollefteå", "Långsele", "RIB", 33),
        ("", "Ej stationsfördelat²", "-", 17)]),
    ("Räddningstjänsten Örnsköldsvik", [
        ("Örnsköldsvik", "Örnsköldsvik", "Heltid", 692),
        ("Örnsköldsvik", "Husum", "RIB", 68),
        ("Örnsköldsvik", "Bredbyn", "RIB", 57),
        ("Örnsköldsvik", "Bjästa", "RIB", 74),
        ("Örnsköldsvik", "Köpmanholmen", "Räddningsvärn", 11),
        ("Örnsköldsvik", "Björna", "RIB", 26),
        ("Örnsköldsvik", "Gideå", "RIB", 34),
        ("Örnsköldsvik", "Trehörningsjö", "Räddningsvärn", 9),
        ("", "Ej stationsfördelat²", "-", 12)]),
]


def rescue_rows():
    rng = random.Random(177)
    out = []  # (org, kommun, station, typ, cats[6], tot24, tot23 or None)
    for org, stations in ORGS:
        rows = []
        for kommun, st, typ, size in stations:
            sh = SHARES[typ]
            vals = []
            for s in sh:
                v = int(round(size * s * rng.uniform(0.8, 1.2)))
                vals.append(v)
            vals.append(size - sum(vals) + rng.randint(-3, 3))
            if vals[-1] < 0:
                vals[-1] = 0
            tot = sum(vals)
            if st.startswith("Birsta"):
                t23 = None
            elif st == "Sundsvall Centrum":
                t23 = int(round((tot + 380) * rng.uniform(0.95, 1.02)))
            else:
                t23 = int(round(tot * rng.uniform(0.88, 1.10)))
            rows.append((org, kommun, st, typ, vals, tot, t23))
        out.append((org, rows))
    return out


def write_rescue(d):
    data = rescue_rows()
    lines = ["Räddningstjänstens insatser per brandstation och händelsetyp 2024. Västernorrlands län",
             "Källa: MSB, IDA – Insatsstatistik (insatsrapporter), uttag 2025-03-14. Bearbetning: "
             "räddningstjänsterna i Västernorrland",
             "Avser räddningsinsatser enligt LSO. Den station som larmades först redovisas. '-' = inga insatser, "
             "'..' = uppgift saknas",
             ""]
    head = ["Organisation", "Kommun", "Brandstation", "Stationstyp"] + CATS + ["Totalt 2024", "Totalt 2023"]
    lines.append(";".join(head))

    def f(v):
        if v is None:
            return ".."
        return "-" if v == 0 else sp(v)
    lan = [0] * 6
    lan24 = lan23 = 0
    for org, rows in data:
        s = [0] * 6
        s24 = s23 = 0
        for o, k, st, typ, vals, tot, t23 in rows:
            lines.append(";".join([o, k, st, typ] + [f(v) for v in vals] + [f(tot), f(t23)]))
            s = [a + b for a, b in zip(s, vals)]
            s24 += tot
            s23 += t23 if t23 is not None else 0
        lines.append(";".join([f"Summa {org}", "", "", ""] + [f(v) for v in s] + [f(s24), f(s23)]))
        lan = [a + b for a, b in zip(lan, s)]
        lan24 += s24
        lan23 += s23
    lines.append(";".join([LAN, "", "", ""] + [f(v) for v in lan] + [f(lan24), f(lan23)]))
    lines += ["",
              "¹ Station Birsta togs i drift 2024-04-02. Insatser 2023 i Birstas område ingår i Sundsvall Centrum.",
              "² Insatser där larmad station saknas i insatsrapporten. Kommun kan inte anges; ingår i organisationens "
              "summa.",
              "Stationstyp: Heltid = heltidsstyrka, RIB = räddningspersonal i beredskap (deltid), Räddningsvärn = "
              "frivillig styrka.",
              "Automatlarm, ej brand = automatiskt brandlarm där brand inte förelegat."]
    with open(os.path.join(d, F_RT), "w", encoding="cp1252", newline="") as fh:
        fh.write("\r\n".join(lines) + "\r\n")


# =====================================================================================================
# 2. Skolverket pre-school children and staff
# =====================================================================================================
F_SK = "Skolverket_Forskola_barn_personal_Vasternorrland_2024.csv"
# (enheter, barn2024, barn2023, årsarbetare, årsarbetare med förskollärarlegitimation) ; None = no such huvudman
FSK = {
    "Ånge": ((6, 395, 402, 80.4, 28.6), (1, 23, 25, 4.6, 1.2)),
    "Timrå": ((14, 812, 835, 146.2, 60.1), (3, 96, 90, 16.8, 5.2)),
    "Härnösand": ((15, 1012, 1040, 190.5, 92.4), (4, 171, 165, 30.2, 10.9)),
    "Sundsvall": ((48, 4102, 4180, 771.3, 365.2), (14, 1108, 1079, 190.4, 61.3)),
    "Kramfors": ((12, 698, 731, 131.6, 52.0), (2, 57, 60, 9.9, 5.6)),
    "Sollefteå": ((13, 742, 760, 137.4, 50.9), None),
    "Örnsköldsvik": ((32, 2402, 2455, 452.1, 201.4), (9, 512, 498, 82.6, 22.1)),
}
POP1_5 = {"Ånge": 446, "Timrå": 968, "Härnösand": 1291, "Sundsvall": 5702, "Kramfors": 838, "Sollefteå": 812,
          "Örnsköldsvik": 3150}
RIKET_FSK = ((7120, 375400, 381900, 71240.0, 32980.0), (2490, 131900, 134800, 23910.0, 8120.0))
RIKET_POP1_5 = 532600
SUPPRESS = {("Ånge", "Enskild")}


def write_forskola(d):
    rows = []
    head = ["Kommunkod", "Kommun", "Huvudman", "Antal förskoleenheter", "Inskrivna barn 2024", "Inskrivna barn 2023",
            "Antal årsarbetare", "Barn per årsarbetare", "Andel årsarbetare med förskollärarlegitimation (%)",
            "Andel inskrivna barn av befolkningen 1–5 år (%)"]

    def block(code, name, kom, ens, pop15):
        out = []
        parts = [x for x in (kom, ens) if x is not None]
        sam = tuple(sum(p[i] for p in parts) for i in range(5))
        for hm, t in (("Samtliga", sam), ("Kommunal", kom), ("Enskild", ens)):
            if t is None:
                out.append([code, name, hm, "-", "-", "-", "-", ".", ".", "."])
                continue
            e, b24, b23, aa, leg = t
            if (name, hm) in SUPPRESS:
                out.append([code, name, hm, str(e), "..", "..", "..", "..", "..", "."])
                continue
            share = dc(100 * b24 / pop15) if hm == "Samtliga" else "."
            out.append([code, name, hm, sp(e), sp(b24), sp(b23), dc(aa), dc(b24 / aa), dc(100 * leg / aa), share])
        return out
    rows += block("00", "Riket", RIKET_FSK[0], RIKET_FSK[1], RIKET_POP1_5)
    # county = sum of municipalities
    kom_l = tuple(round(sum(FSK[n][0][i] for n in NAMES), 1) for i in range(5))
    ens_l = tuple(round(sum(FSK[n][1][i] for n in NAMES if FSK[n][1]), 1) for i in range(5))
    rows += block("22", LAN, kom_l, ens_l, sum(POP1_5.values()))
    for code, n in KOMMUNER:
        rows += block(code, n, FSK[n][0], FSK[n][1], POP1_5[n])
    buf = io.StringIO()
    buf.write('"Barn och personal i förskolan per kommun och huvudman, hösten 2024"\r\n')
    buf.write('"Källa: Skolverket, officiell statistik om förskolan. Mätdatum 15 oktober."\r\n')
    w = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    w.writerow(head)
    for r in rows:
        w.writerow(r)
    buf.write("\r\n")
    for note in ['"Förklaringar: . = uppgift kan inte förekomma, .. = uppgift har skyddats (färre än 5 barn eller '
                 'färre än 2 enheter hos huvudmannen) eller är för osäker, - = inga"',
                 '"Samtliga = kommunala och enskilda huvudmän. Skyddade uppgifter ingår i Samtliga och i länet."',
                 '"Årsarbetare = omräknat till heltidstjänster. Andel inskrivna barn avser barn 1–5 år folkbokförda '
                 'i kommunen 31 december 2023."']:
        buf.write(note + "\r\n")
    with open(os.path.join(d, F_SK), "w", encoding="utf-8-sig", newline="") as fh:
        fh.write(buf.getvalue())


# =====================================================================================================
# 3. Hydropower register (record level)
# =====================================================================================================
F_VK = "Vattenkraftverk_Vasternorrlands_lan_2025.xlsx"
# kommun, kraftverk, vattendrag, ägare, status, statusår, kW, idrift, nap, fiskväg
VK = [
    ("Timrå", "Bergeforsen", "Indalsälven", "Bergeforsens Kraft AB", "I drift", None, 176000, 1955, 2035, "Ja"),
    ("Timrå", "Ljustorp", "Ljustorpsån", "Enskild ägare", "I drift", None, 700, 1921, 2042, "Nej"),
    ("Timrå", "Hässjö", "Ljustorpsån", "Enskild ägare", "I drift", None, 210, 1938, 2042, "Nej"),
    ("Timrå", "Tynderö kvarn", "Tynderöbäcken", "Enskild ägare", "Ur drift", 2019, 90, 1912, None, "Nej"),
    ("Sundsvall", "Järkvissle", "Indalsälven", "Statkraft Sverige AB", "I drift", None, 94000, 1947, 2035, "Nej"),
    ("Sundsvall", "Stadsforsen", "Indalsälven", "Uniper Sverige AB", "I drift", None, 147000, 1955, 2035, "Nej"),
    ("Sundsvall", "Sillre", "Indalsälven", "Statkraft Sverige AB", "I drift", None, 23000, 1964, 2035, "Nej"),
    ("Sundsvall", "Nederede", "Ljungan", "Statkraft Sverige AB", "I drift", None, 35400, 1961, 2037, "Ja"),
    ("Sundsvall", "Viforsen", "Ljungan", "Sundsvall Energi AB", "I drift", None, 12000, 1912, 2037, "Ja"),
    ("Sundsvall", "Skallböle", "Ljungan", "Sundsvall Energi AB", "I drift", None, 7500, 1949, 2037, "Nej"),
    ("Sundsvall", "Matfors", "Ljungan", "Sundsvall Energi AB", "I drift", None, 4800, 1928, 2037, "Ja"),
    ("Sundsvall", "Selånger kvarn", "Selångersån", "Enskild ägare", "I drift", None, 210, 1924, 2040, "Nej"),
    ("Sundsvall", "Kovland", "Selångersån", "Enskild ägare", "Ur drift", 2021, 380, 1931, None, "Nej"),
    ("Ånge", "Torpshammar", "Ljungan", "Statkraft Sverige AB", "I drift", None, 85000, 1957, 2037, "Nej"),
    ("Ånge", "Ljunga", "Ljungan", "Statkraft Sverige AB", "I drift", None, 14200, 1950, 2037, "Nej"),
    ("Ånge", "Parteboda", "Ljungan", "Skellefteå Kraft AB", "I drift", None, 8100, 1952, 2037, "Nej"),
    ("Ånge", "Alby", "Ljungan", "Skellefteå Kraft AB", "I drift", None, 17600, 1944, 2037, "Ja"),
    ("Ånge", "Turinge", "Ljungan", "Skellefteå Kraft AB", "I drift", None, 2800, 1922, 2037, "Nej"),
    ("Ånge", "Gimdalen", "Gimån", "Enskild ägare", "I drift", None, 920, 1936, 2041, "Nej"),
    ("Ånge", "Hermansboda", "Gimån", "Enskild ägare", "I drift", None, 450, 1929, 2041, "Ja"),
    ("Ånge", "Östavall", "Gimån", "Enskild ägare", "I drift", None, 1300, 1951, 2041, "Nej"),
    ("Ånge", "Borgsjö", "Borgsjöbäcken", "Enskild ägare", "Ur drift", 2022, 260, 1919, None, "Nej"),
    ("Ånge", "Fränsta kvarn", "Ljungan", "Enskild ägare", "Utrivet", 2023, 140, 1908, None, "-"),
    ("Härnösand", "Säbrå", "Säbråån", "Enskild ägare", "I drift", None, 180, 1926, 2043, "Nej"),
    ("Härnösand", "Utansjö", "Utansjöån", "Enskild ägare", "I drift", None, 320, 1917, 2043, "Nej"),
    ("Härnösand", "Ramvik", "Ramviksån", "Enskild ägare", "I drift", None, 520, 1946, 2043, "Ja"),
    ("Härnösand", "Viksjö", "Ljustorpsån", "Härnösand Energi & Miljö AB", "I drift", None, 1050, 1953, 2042, "Nej"),
    ("Härnösand", "Älandsbro", "Älandsån", "Enskild ägare", "Utrivet", 2024, 240, 1923, None, "-"),
    ("Kramfors", "Gålsjö bruk", "Gålsjöån", "Enskild ägare", "I drift", None, 650, 1944, 2044, "Nej"),
    ("Kramfors", "Bollsta", "Bollstaån", "Enskild ägare", "I drift", None, 400, 1920, 2044, "Nej"),
    ("Kramfors", "Lunde", "Lundeån", "Enskild ägare", "I drift", None, 250, 1931, 2044, "Ja"),
    ("Kramfors", "Björkå", "Gålsjöån", "Kramfors Energi AB", "I drift", None, 1200, 1958, 2044, "Nej"),
    ("Kramfors", "Nordingrå", "Nordingråån", "Enskild ägare", "I drift", None, 140, 1927, 2044, "Nej"),
    ("Kramfors", "Docksta", "Dockstaån", "Enskild ägare", "Ur drift", 2020, 330, 1934, None, "Nej"),
    ("Sollefteå", "Kilforsen", "Fjällsjöälven", "Vattenfall AB", "I drift", None, 281000, 1955, 2032, "Nej"),
    ("Sollefteå", "Hjälta", "Faxälven", "Vattenfall AB", "I drift", None, 182000, 1949, 2032, "Nej"),
    ("Sollefteå", "Ramsele", "Faxälven", "Vattenfall AB", "I drift", None, 157000, 1958, 2032, "Nej"),
    ("Sollefteå", "Storfinnforsen", "Faxälven", "Vattenfall AB", "I drift", None, 112000, 1954, 2032, "Nej"),
    ("Sollefteå", "Edsele", "Faxälven", "Vattenfall AB", "I drift", None, 116000, 1965, 2032, "Nej"),
    ("Sollefteå", "Junsele", "Ångermanälven", "Uniper Sverige AB", "I drift", None, 218000, 1961, 2032, "Nej"),
    ("Sollefteå", "Långbjörn", "Ångermanälven", "Uniper Sverige AB", "I drift", None, 95000, 1959, 2032, "Nej"),
    ("Sollefteå", "Forsmo", "Ångermanälven", "Uniper Sverige AB", "I drift", None, 162000, 1968, 2032, "Nej"),
    ("Sollefteå", "Moforsen", "Ångermanälven", "Uniper Sverige AB", "I drift", None, 148000, 1968, 2032, "Nej"),
    ("Sollefteå", "Nämforsen", "Ångermanälven", "Sollefteåforsens AB", "I drift", None, 71000, 1947, 2032, "Ja"),
    ("Sollefteå", "Sollefteåforsen", "Ångermanälven", "Sollefteåforsens AB", "I drift", None, 61000, 1966, 2032,
     "Ja"),
    ("Sollefteå", "Helgumsån", "Helgumsån", "Enskild ägare", "I drift", None, 620, 1937, 2045, "Nej"),
    ("Sollefteå", "Ed", "Edsån", "Enskild ägare", "I drift", None, 1240, 1952, 2045, "Ja"),
    ("Sollefteå", "Näsåker kvarn", "Näsåkersbäcken", "Enskild ägare", "I drift", None, 310, 1925, 2045, "Nej"),
    ("Sollefteå", "Överstbyn", "Överstbybäcken", "Enskild ägare", "Ur drift", 2018, 180, 1930, None, "Nej"),
    ("Örnsköldsvik", "Björna", "Gideälven", "Övik Energi AB", "I drift", None, 8500, 1949, 2039, "Ja"),
    ("Örnsköldsvik", "Gideåbacka", "Gideälven", "Övik Energi AB", "I drift", None, 12400, 1956, 2039, "Nej"),
    ("Örnsköldsvik", "Övre Gideå", "Gideälven", "Övik Energi AB", "I drift", None, 3200, 1927, 2039, "Nej"),
    ("Örnsköldsvik", "Nedre Gideå", "Gideälven", "Övik Energi AB", "Utrivet", 2024, 2600, 1918, None, "-"),
    ("Örnsköldsvik", "Trehörningsjö", "Gideälven", "Enskild ägare", "I drift", None, 1450, 1941, 2039, "Nej"),
    ("Örnsköldsvik", "Moliden", "Moälven", "Övik Energi AB", "I drift", None, 5500, 1950, 2039, "Ja"),
    ("Örnsköldsvik", "Mellansel", "Moälven", "Övik Energi AB", "I drift", None, 2300, 1947, 2039, "Nej"),
    ("Örnsköldsvik", "Idbyn", "Moälven", "Enskild ägare", "I drift", None, 1800, 1933, 2039, "Nej"),
    ("Örnsköldsvik", "Västerkvarn", "Moälven", "Enskild ägare", "I drift", None, 900, 1921, 2039, "Nej"),
    ("Örnsköldsvik", "Skalmsjö", "Moälven", "Enskild ägare", "I drift", None, 420, 1929, 2039, "Ja"),
    ("Örnsköldsvik", "Bredbyn", "Anundsjöån", "Enskild ägare", "I drift", None, 1650, 1948, 2040, "Nej"),
    ("Örnsköldsvik", "Nätrafors", "Nätraån", "Enskild ägare", "I drift", None, 1100, 1939, 2040, "Nej"),
    ("Örnsköldsvik", "Bjästa kvarn", "Nätraån", "Enskild ägare", "Ur drift", 2021, 350, 1916, None, "Nej"),
    ("Örnsköldsvik", "Husum", "Husån", "Metsä Board Sverige AB", "I drift", None, 4000, 1920, 2040, "Nej"),
    ("Örnsköldsvik", "Sidensjö", "Sidensjöån", "Enskild ägare", "I drift", None, 280, 1932, 2040, "Nej"),
    ("Örnsköldsvik", "Kubbe", "Kubbeån", "Enskild ägare", "I drift", None, 190, 1935, 2040, "Ja"),
    ("Örnsköldsvik", "Själevad", "Själevadsån", "Enskild ägare", "I drift", None, 760, 1943, 2040, "Nej"),
    ("Örnsköldsvik", "Arnäsvall", "Arnäsån", "Enskild ägare", "I drift", None, 520, 1928, 2040, "Nej"),
    ("Örnsköldsvik", "Solberg", "Solbergsån", "Enskild ägare", "Ur drift", 2024, 610, 1937, None, "Nej"),
    ("Örnsköldsvik", "Mo kvarn", "Moälven", "Enskild ägare", "Ur drift (utrivning beslutad)", 2025, 95, 1911,
     None, "Nej"),
]
VK_NO_PROD = {"Tynderö kvarn", "Kovland", "Borgsjö", "Fränsta kvarn", "Hässjö", "Nordingrå", "Docksta", "Överstbyn",
              "Bjästa kvarn", "Kubbe", "Mo kvarn", "Älandsbro"}
# summary sheet from the 2023 edition (before Nedre Gideå, Älandsbro were removed and Solberg stopped)


def vk_2023():
    """summary as of 2023-10-01: plants in operation then = 'I drift' now plus those stopped/removed 2024 or later"""
    out = {}
    for n in NAMES:
        rows = [r for r in VK if r[0] == n and (r[4] == "I drift" or (r[5] or 0) >= 2024)]
        out[n] = (len(rows), round(sum(r[6] for r in rows) / 1000, 1))
    return out


def write_vattenkraft(d):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    wb = Workbook()
    ws0 = wb.active
    ws0.title = "Läs mig"
    txt = ["Vattenkraftverk i Västernorrlands län – anläggningsregister",
           "",
           "Uttag ur Länsstyrelsens tillsynsregister för vattenverksamhet, 2025-10-01.",
           "En rad per kraftverk (anläggning). Även anläggningar som är ur drift eller utrivna redovisas, se kolumnen "
           "Status.",
           "Installerad effekt anges i kilowatt (kW). 1 MW = 1 000 kW.",
           "Normalårsproduktion i MWh enligt tillståndshavarens uppgift; tom cell = uppgift saknas.",
           "NAP-omprövning = planerat år för omprövning enligt den nationella planen för moderna miljövillkor (NAP).",
           "Fiskväg: Ja = fungerande fiskväg finns, Nej = fiskväg saknas, - = ej aktuellt (anläggningen riven).",
           "Bladet 'Sammanställning 2023' är oförändrat från förra årets utgåva och är inte uppdaterat.",
           "",
           "Kontakt: Länsstyrelsen Västernorrland, enheten för vatten och miljöövervakning."]
    for i, t in enumerate(txt, 1):
        ws0.cell(i, 1, t)
    ws0["A1"].font = Font(bold=True, size=13)
    ws0.column_dimensions["A"].width = 110

    ws = wb.create_sheet("Kraftverk")
    ws["A1"] = "Vattenkraftverk i Västernorrlands län, status 2025-10-01"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Källa: Länsstyrelsen Västernorrland, tillsynsregister vattenverksamhet"
    head = ["Anläggnings-ID", "VISS-ID", "Kraftverk", "Vattendrag", "Kommun", "Ägare", "Status", "Statusår",
            "Installerad effekt (kW)", "Normalårsproduktion (MWh)", "Idrifttagning (år)", "NAP-omprövning (år)",
            "Fiskväg"]
    for j, h in enumerate(head, 1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9E1F2")
        c.alignment = Alignment(wrap_text=True, vertical="top")
    rng = random.Random(1770)
    codes = dict((n, c) for c, n in KOMMUNER)
    cnt = {}
    rows = sorted(VK, key=lambda r: (r[2], r[1]))  # sorted by watercourse, then plant name
    for i, r in enumerate(rows):
        k, name, river, owner, status, syear, kw, year, nap, fisk = r
        cnt[k] = cnt.get(k, 0) + 1
        aid = f"VK-{codes[k]}-{rng.randint(100, 999)}"
        viss = f"SE{rng.randint(620000, 700000)}-{rng.randint(140000, 190000)}"
        prod = None if name in VK_NO_PROD else int(round(kw * rng.uniform(4.2, 6.0), -2 if kw > 5000 else -1))
        vals = [aid, viss, name, river, k, owner, status, syear, kw, prod, year, nap, fisk]
        for j, v in enumerate(vals, 1):
            c = ws.cell(5 + i, j, v)
            if j in (9, 10):
                c.number_format = "# ##0"
    last = 4 + len(rows)
    ws.auto_filter.ref = f"A4:M{last}"
    ws.freeze_panes = "C5"
    ws.column_dimensions["B"].hidden = True
    widths = [14, 18, 18, 16, 14, 28, 26, 9, 14, 16, 12, 12, 8]
    for j, wdt in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(j)].width = wdt

    ws2 = wb.create_sheet("Sammanställning 2023")
    ws2["A1"] = "Vattenkraftverk i drift per kommun, status 2023-10-01"
    ws2["A1"].font = Font(bold=True)
    ws2.append([])
    ws2.append(["Kommun", "Antal kraftverk i drift", "Installerad effekt (MW)"])
    v23 = vk_2023()
    for n in NAMES:
        ws2.append([n, v23[n][0], v23[n][1]])
    ws2.append(["Summa", sum(v[0] for v in v23.values()), round(sum(v[1] for v in v23.values()), 1)])
    for c in ws2[3]:
        c.font = Font(bold=True)
    for c in ws2[ws2.max_row]:
        c.font = Font(bold=True)
    ws2.column_dimensions["A"].width = 16
    ws2.column_dimensions["B"].width = 22
    ws2.column_dimensions["C"].width = 22
    wb.save(os.path.join(d, F_VK))


# =====================================================================================================
# 4. Arbetsförmedlingen – Rusta och matcha, provider results
# =====================================================================================================
F_AF = "AF_Rusta_och_matcha_resultat_Vasternorrland_2024-2025.xlsx"
# area -> [(provider, orgnr, (avsl, arbete, studier) 2024, (…) 2025H1 or None, rating or None, note)]
RM = [
    ("Sundsvall", [
        ("Nordjobb Kompetens AB", "559112-4471", (142, 41, 12), (68, 22, 5), 4, ""),
        ("Framsteg Mitt AB", "556987-2210", (96, 25, 9), (51, 12, 4), 3, ""),
        ("Kompetensbron Sverige AB", "559034-8812", (188, 49, 21), (90, 25, 9), 4, ""),
        ("Vägvisaren i Norr AB", "559201-3345", (61, 12, 4), (30, 7, 2), 2, ""),
        ("Stegvis Jobb & Hälsa AB", "556741-9083", (37, 11, 2), (19, 6, 1), 4, ""),
        ("Jobbsteget Sverige AB", "559318-0027", (14, 3, 1), (12, 4, 0), None, ""),
        ("Medelpad Matchning AB", "559077-5512", (44, 8, 3), None, 1, "Avtalet hävt 2025-02-28")]),
    ("Timrå", [
        ("Nordjobb Kompetens AB", "559112-4471", (48, 14, 3), (22, 7, 1), 3, ""),
        ("Framsteg Mitt AB", "556987-2210", (33, 8, 2), (17, 5, 1), 2, ""),
        ("Jobbsteget Sverige AB", "559318-0027", (9, 2, 0), (6, 1, 0), None, "")]),
    ("Härnösand", [
        ("Höga Kusten Coaching AB", "559260-7719", (71, 19, 8), (35, 10, 3), 3, ""),
        ("Framsteg Mitt AB", "556987-2210", (57, 13, 5), (26, 8, 2), 3, ""),
        ("Kompetensbron Sverige AB", "559034-8812", (45, 14, 2), (24, 6, 2), 4, "")]),
    ("Kramfors", [
        ("Ådalens Arbetsliv HB", "969788-1146", (39, 10, 3), (21, 5, 2), 3, ""),
        ("Höga Kusten Coaching AB", "559260-7719", (28, 6, 4), (15, 4, 1), 2, "")]),
    ("Sollefteå", [
        ("Ådalens Arbetsliv HB", "969788-1146", (34, 8, 2), (16, 4, 1), 3, ""),
        ("Nordjobb Kompetens AB", "559112-4471", (26, 5, 3), (13, 3, 1), 2, ""),
        ("Vägvisaren i Norr AB", "559201-3345", (18, 5, 0), (9, 2, 1), None, "")]),
    ("Örnsköldsvik", [
        ("Kompetensbron Sverige AB", "559034-8812", (104, 27, 11), (52, 16, 4), 3, ""),
        ("Nordjobb Kompetens AB", "559112-4471", (83, 29, 6), (44, 11, 3), 4, ""),
        ("Stegvis Jobb & Hälsa AB", "556741-9083", (47, 16, 2), (25, 9, 1), 4, ""),
        ("Framtidsvägen Övik AB", "559288-4406", (31, 7, 4), (18, 4, 2), 2, "")]),
    ("Ånge", [
        ("Framsteg Mitt AB", "556987-2210", (22, 6, 1), (10, 3, 0), 3, ""),
        ("Vägvisaren i Norr AB", "559201-3345", (11, 2, 1), (7, 2, 0), None, "")]),
]


def stars(n):
    return "–" if n is None else "★" * n + "☆" * (4 - n)


def write_af(d):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    wb = Workbook()
    ws0 = wb.active
    ws0.title = "Läs mig"
    txt = ["Rusta och matcha – resultat per leverantör och leveransområde, Västernorrlands län",
           "",
           "Tabellen visar deltagare som avslutat tjänsten Rusta och matcha under perioden och vad de gick vidare till "
           "inom 90 dagar.",
           "Till arbete = arbete utan stöd eller med stöd (t.ex. nystartsjobb). Till studier = reguljära studier.",
           "Andel arbete/studier = (Till arbete + Till studier) / Avslutade deltagare.",
           "Jan–jun 2025 är preliminära uppgifter som kan komma att revideras när uppföljningstiden löpt ut.",
           "Rating 2024 anges med 1–4 stjärnor (★). Ratingen bygger på resultat justerade för deltagarsammansättning "
           "och kan därför skilja sig från den råa andelen. '–' = för få avslutade deltagare (färre än 20) för rating.",
           "Antal påbörjade deltagare redovisas inte i detta uttag.",
           "Org.nr-kolumnen är dold i bladet Resultat.",
           "",
           "Källa: Arbetsförmedlingen, uttag ur leverantörsuppföljningen 2025-08-20."]
    for i, t in enumerate(txt, 1):
        ws0.cell(i, 1, t)
    ws0["A1"].font = Font(bold=True, size=13)
    ws0.column_dimensions["A"].width = 120

    ws = wb.create_sheet("Resultat")
    ws["A1"] = "Rusta och matcha – avslutade deltagare och resultat per leverantör"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Västernorrlands län. Helår 2024 och jan–jun 2025 (preliminärt). Rating avser 2024."
    bold = Font(bold=True)
    thin = Side(style="thin", color="999999")
    hfill = PatternFill("solid", fgColor="E2EFDA")
    # two-row header rows 4-5
    ws.merge_cells("A4:A5")
    ws["A4"] = "Leveransområde"
    ws.merge_cells("B4:B5")
    ws["B4"] = "Leverantör"
    ws.merge_cells("C4:C5")
    ws["C4"] = "Org.nr"
    ws.merge_cells("D4:G4")
    ws["D4"] = "Helår 2024"
    ws.merge_cells("H4:K4")
    ws["H4"] = "Jan–jun 2025 (prel.)"
    ws.merge_cells("L4:L5")
    ws["L4"] = "Rating 2024"
    ws.merge_cells("M4:M5")
    ws["M4"] = "Anmärkning"
    sub = ["Avslutade deltagare", "Till arbete", "Till studier", "Andel arbete/studier (%)"]
    for j, h in enumerate(sub):
        ws.cell(5, 4 + j, h)
        ws.cell(5, 8 + j, h)
    for row in ws.iter_rows(min_row=4, max_row=5, min_col=1, max_col=13):
        for c in row:
            c.font = bold
            c.fill = hfill
            c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
    r = 6
    lan24 = [0, 0, 0]
    lan25 = [0, 0, 0]

    def put(r, vals, start):
        if vals is None:
            for j in range(4):
                ws.cell(r, start + j, "-")
            return
        a, w, s = vals
        ws.cell(r, start, a)
        ws.cell(r, start + 1, w)
        ws.cell(r, start + 2, s)
        ws.cell(r, start + 3, round(100 * (w + s) / a, 1)).number_format = "0.0"
    for area, provs in RM:
        r0 = r
        s24 = [0, 0, 0]
        s25 = [0, 0, 0]
        for prov, org, v24, v25, rating, note in provs:
            ws.cell(r, 2, prov)
            ws.cell(r, 3, org)
            put(r, v24, 4)
            put(r, v25, 8)
            c = ws.cell(r, 12, stars(rating))
            c.alignment = Alignment(horizontal="center")
            c.font = Font(color="C9A100")
            ws.cell(r, 13, note or None)
            if note:
                for j in range(2, 14):
                    ws.cell(r, j).font = Font(italic=True, color="808080")
            s24 = [a + b for a, b in zip(s24, v24)]
            if v25:
                s25 = [a + b for a, b in zip(s25, v25)]
            r += 1
        ws.cell(r, 2, f"Samtliga leverantörer, {area}")
        put(r, s24, 4)
        put(r, s25, 8)
        for j in range(2, 14):
            ws.cell(r, j).font = bold
            ws.cell(r, j).border = Border(top=thin)
        ws.merge_cells(start_row=r0, start_column=1, end_row=r, end_column=1)
        ws.cell(r0, 1, area).alignment = Alignment(vertical="top")
        ws.cell(r0, 1).font = bold
        lan24 = [a + b for a, b in zip(lan24, s24)]
        lan25 = [a + b for a, b in zip(lan25, s25)]
        r += 1
    ws.cell(r, 1, "Västernorrlands län totalt")
    put(r, lan24, 4)
    put(r, lan25, 8)
    for j in range(1, 14):
        ws.cell(r, j).font = bold
        ws.cell(r, j).fill = PatternFill("solid", fgColor="F2F2F2")
    ws.column_dimensions["C"].hidden = True
    for col, wdt in zip("ABCDEFGHIJKLM", [16, 30, 13, 11, 9, 9, 12, 11, 9, 9, 12, 12, 24]):
        ws.column_dimensions[col].width = wdt
    ws.freeze_panes = "D6"
    wb.save(os.path.join(d, F_AF))


# =====================================================================================================
# 5. KB – public library statistics
# =====================================================================================================
F_KB = "KB_Folkbibliotek_Vasternorrland_2023-2024.xlsx"
# order: Ånge, Timrå, Härnösand, Sundsvall, Kramfors, Sollefteå, Örnsköldsvik
KB = {
    2024: {
        "Folkbibliotek": [4, 3, 4, 9, 5, 6, 10],
        "därav filialer": [3, 2, 3, 8, 4, 5, 9],
        "Bokbussar": [1, 0, 0, 1, 1, 1, 1],
        "Öppettimmar per vecka, samtliga bibliotek": [78, 92, 118, 420, 124, 131, 305],
        "Meröppna bibliotek": [2, 1, 2, 4, 3, 4, 6],
        "Fysiska besök": [52.4, 98.7, 181.2, 612.5, 101.3, 96.8, 318.6],
        "Aktiva låntagare": [1912, 3804, 6221, 19870, 3946, 4105, 11390],
        "Fysiska utlån totalt": [58210, 101480, 198650, 712300, 121900, 134700, 402100],
        "därav barn- och ungdomsmedia": [27010, 47230, 86920, 318400, 55340, 60120, 187300],
        "Fysiska utlån inkl. omlån (tidigare definition)": [71900, 120300, 231800, 851200, 146000, 190300, 470500],
        "E-boksutlån": [6120, None, 14830, 58400, 7020, 6950, 29870],
        "Fysiskt bestånd (medier)": [61200, 70400, 118900, 402300, 98700, 112600, 241800],
        "Årsverken": [5.8, 9.1, 15.2, 58.4, 11.0, 11.6, 31.5],
        "Invånare 31 december": [POP24[n] for n in NAMES],
    },
    2023: {
        "Folkbibliotek": [4, 3, 4, 9, 6, 6, 10],
        "därav filialer": [3, 2, 3, 8, 5, 5, 9],
        "Bokbussar": [1, 0, 0, 1, 1, 1, 1],
        "Öppettimmar per vecka, samtliga bibliotek": [78, 92, 114, 412, 139, 131, 298],
        "Meröppna bibliotek": [2, 1, 1, 4, 3, 3, 6],
        "Fysiska besök": [55.1, 95.2, 176.0, 598.4, 108.9, 99.5, 309.8],
        "Aktiva låntagare": [1985, 3712, 6090, 19510, 4102, 4188, 11250],
        "Fysiska utlån totalt": [60400, 99120, 199800, 706900, 128300, 158300, 396200],
        "därav barn- och ungdomsmedia": [28100, 45900, 87700, 313200, 58800, 70100, 183900],
        "Fysiska utlån inkl. omlån (tidigare definition)": [74600, 117200, 233100, 842700, 153600, 224800, 463100],
        "E-boksutlån": [5480, None, 13900, 54300, 6610, 6720, 27900],
        "Fysiskt bestånd (medier)": [62800, 71200, 121400, 409800, 104100, 115900, 246300],
        "Årsverken": [5.8, 8.9, 15.0, 57.2, 11.8, 11.6, 31.0],
        "Invånare 31 december": [POP23[n] for n in NAMES],
    },
}
KB_RIKET = {2024: [2140, 1850, 690, 71200, 612, 58400.0, 2310000, 60200000, 27500000, 71800000, 4610000,
                   36100000, 5380.0, 10588000],
            2023: [2151, 1861, 695, 70300, 570, 57100.0, 2290000, 59800000, 27100000, 71300000, 4390000,
                   36900000, 5330.0, 10551000]}
KB_LAYOUT = [("Verksamhet", ["Folkbibliotek", "därav filialer", "Bokbussar", "Öppettimmar per vecka, samtliga bibliotek",
                             "Meröppna bibliotek"]),
             ("Besök och låntagare", ["Fysiska besök", "Aktiva låntagare"]),
             ("Utlån", ["Fysiska utlån totalt", "därav barn- och ungdomsmedia",
                        "Fysiska utlån inkl. omlån (tidigare definition)", "E-boksutlån"]),
             ("Bestånd och personal", ["Fysiskt bestånd (medier)", "Årsverken"]),
             ("Befolkning", ["Invånare 31 december"])]
KB_UNIT = {"Folkbibliotek": "antal", "därav filialer": "antal", "Bokbussar": "antal",
           "Öppettimmar per vecka, samtliga bibliotek": "timmar", "Meröppna bibliotek": "antal",
           "Fysiska besök": "tusental", "Aktiva låntagare": "antal", "Fysiska utlån totalt": "antal",
           "därav barn- och ungdomsmedia": "antal", "Fysiska utlån inkl. omlån (tidigare definition)": "antal",
           "E-boksutlån": "antal", "Fysiskt bestånd (medier)": "antal", "Årsverken": "antal",
           "Invånare 31 december": "antal"}
KB_IND = [i for _, inds in KB_LAYOUT for i in inds]


def write_kb(d):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    wb = Workbook()
    ws0 = wb.active
    ws0.title = "Om statistiken"
    txt = ["Bibliotek i siffror – folkbibliotek i Västernorrlands län 2023 och 2024",
           "",
           "Källa: Kungliga biblioteket (KB), Sveriges officiella biblioteksstatistik. Uttag 2025-05-30.",
           "Varje kommun redovisar samtliga folkbibliotek (huvudbibliotek och filialer) inklusive bokbussar.",
           "Fysiska besök redovisas i tusental. Aktiva låntagare = låntagare med minst ett lån under året.",
           "Fysiska utlån totalt = förstagångslån av fysiska medier. Omlån (förlängningar) räknas sedan 2023 inte "
           "som utlån; raden med tidigare definition är dold och behålls endast för jämförelse bakåt.",
           "¹ Timrås e-boksutlån ingår i Sundsvalls uppgift (gemensam e-bokslicens inom Biblioteken i Medelpad).",
           "Kolumnen Riket är dold. Länet = summa av länets kommuner (för besök: summa i tusental).",
           "'..' = uppgift saknas eller redovisas inte separat."]
    for i, t in enumerate(txt, 1):
        ws0.cell(i, 1, t)
    ws0["A1"].font = Font(bold=True, size=13)
    ws0.column_dimensions["A"].width = 120
    bold = Font(bold=True)
    for year in (2024, 2023):
        ws = wb.create_sheet(f"Folkbibliotek {year}")
        ws["A1"] = f"Folkbibliotek per kommun {year}"
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = "Källa: KB, Bibliotek i siffror"
        head = ["Område", "Indikator", "Enhet"] + NAMES + [LAN, "Riket"]
        for j, h in enumerate(head, 1):
            c = ws.cell(4, j, h)
            c.font = bold
            c.fill = PatternFill("solid", fgColor="FCE4D6")
            c.alignment = Alignment(wrap_text=True, horizontal="center")
        r = 5
        for area, inds in KB_LAYOUT:
            r0 = r
            for ind in inds:
                vals = KB[year][ind]
                ws.cell(r, 2, ("   " if ind.startswith("därav") else "") + ind)
                ws.cell(r, 3, KB_UNIT[ind])
                for j, v in enumerate(vals):
                    if v is None:
                        ws.cell(r, 4 + j, "..¹")
                    else:
                        c = ws.cell(r, 4 + j, v)
                        if isinstance(v, float):
                            c.number_format = "0.0"
                        else:
                            c.number_format = "# ##0"
                tot = sum(v for v in vals if v is not None)
                if isinstance(vals[0], float):
                    tot = round(tot, 1)
                c = ws.cell(r, 4 + len(NAMES), tot)
                c.font = bold
                c.number_format = "0.0" if isinstance(tot, float) else "# ##0"
                ws.cell(r, 5 + len(NAMES), KB_RIKET[year][KB_IND.index(ind)])
                if ind.startswith("Fysiska utlån inkl."):
                    ws.row_dimensions[r].hidden = True
                r += 1
            if r - 1 > r0:
                ws.merge_cells(start_row=r0, start_column=1, end_row=r - 1, end_column=1)
            ws.cell(r0, 1, area).font = bold
            ws.cell(r0, 1).alignment = Alignment(vertical="top", wrap_text=True)
        ws.cell(r + 1, 1, "¹ Ingår i Sundsvall. Se bladet Om statistiken.")
        ws.column_dimensions["A"].width = 18
        ws.column_dimensions["B"].width = 44
        ws.column_dimensions["C"].width = 9
        for col in "DEFGHIJK":
            ws.column_dimensions[col].width = 12
        ws.column_dimensions["L"].hidden = True
        ws.freeze_panes = "D5"
    wb.save(os.path.join(d, F_KB))


# =====================================================================================================
# 6. PDF report – RIB staffing
# =====================================================================================================
F_PDF = "Lansstyrelsen_RIB_bemanning_Vasternorrland_2025.pdf"
# kommun: (folkmängd, RIB-stationer, beslutad numerär, tillsatta 2025, vakanta, tillsatta 2024, kvinnor 2025)
RIB = {"Ånge": (48, 39, 9, 42, 4), "Timrå": (26, 23, 3, 22, 3), "Härnösand": (24, 21, 3, 20, 2),
       "Sundsvall": (60, 49, 11, 53, 6), "Kramfors": (46, 40, 6, 41, 3), "Sollefteå": (58, 48, 10, 47, 4),
       "Örnsköldsvik": (62, 56, 6, 55, 7)}
AGE = [("18–29 år", 7, 38), ("30–39 år", 9, 62), ("40–49 år", 8, 66), ("50–54 år", 3, 32), ("55–59 år", 2, 28),
       ("60–65 år", 0, 21)]


def rib_stations():
    st = {n: 0 for n in NAMES}
    for _, stations in ORGS:
        for k, s, typ, _ in stations:
            if typ in ("RIB", "Heltid och RIB"):
                st[k] += 1
    return st


def write_pdf(d):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["BodyText"], fontName="Helvetica", fontSize=9.5, leading=13,
                          alignment=TA_JUSTIFY, spaceAfter=6)
    h1 = ParagraphStyle("h1", parent=ss["Heading1"], fontName="Helvetica-Bold", fontSize=15, spaceAfter=8)
    h2 = ParagraphStyle("h2", parent=ss["Heading2"], fontName="Helvetica-Bold", fontSize=11, spaceBefore=8,
                        spaceAfter=4)
    cap = ParagraphStyle("cap", parent=body, fontName="Helvetica-Bold", fontSize=9, spaceAfter=3)
    note = ParagraphStyle("n", parent=body, fontSize=7.5, leading=9.5)

    def deco(c, doc):
        c.saveState()
        c.setFont("Helvetica", 7.5)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(20 * mm, 285 * mm, "Länsstyrelsen Västernorrland · Rapport 2025:14")
        c.drawRightString(190 * mm, 285 * mm, "Räddningstjänst i beredskap – bemanning 2025")
        c.setStrokeColor(colors.HexColor("#1F4E79"))
        c.setLineWidth(0.8)
        c.line(20 * mm, 283 * mm, 190 * mm, 283 * mm)
        c.line(20 * mm, 15 * mm, 190 * mm, 15 * mm)
        c.drawString(20 * mm, 10 * mm, "Enheten för samhällsskydd och beredskap")
        c.drawRightString(190 * mm, 10 * mm, f"Sida {doc.page} av 2")
        c.restoreState()

    st = rib_stations()
    story = [Paragraph("Räddningstjänst i beredskap (RIB) – bemanning och rekrytering i Västernorrland 2025", h1),
             Paragraph(
                 "Räddningspersonal i beredskap (RIB), tidigare deltidsbrandmän, bemannar de flesta brandstationer "
                 "utanför centralorterna i länet. Länsstyrelsen har tillsammans med de tre räddningstjänst"
                 "organisationerna följt upp bemanningen per den 30 september 2025. Uppföljningen visar att "
                 "vakanserna ligger kvar på en hög nivå. I mars 2025 var 14 tjänster vakanta i Sollefteå, men flera "
                 "av dem har sedan dess tillsatts. Totalt 324 tjänster är beslutade i länets handlingsprogram.", body),
             Paragraph(
                 "Under perioden oktober 2024 – september 2025 rekryterades 38 nya RIB-medarbetare, medan 42 "
                 "slutade. År 2019 hade länet 301 tillsatta RIB-tjänster. Målet i den regionala handlingsplanen är att "
                 "minst 15 procent av RIB-personalen ska vara kvinnor år 2030.", body),
             Spacer(1, 4),
             Paragraph("Tabell 1. RIB-tjänster per kommun, 30 september 2025 och 2024", cap)]
    hdr1 = ["Kommun", "Folkmängd\n31 dec 2024", "RIB-\nstationer", "Tjänster 30 sep 2025", "", "",
            "Tillsatta\n30 sep 2024", "Andel kvinnor\n2025 (%)"]
    hdr2 = ["", "", "", "Beslutad\nnumerär", "Tillsatta", "Vakanta", "", ""]
    data = [hdr1, hdr2]
    tot = [0] * 7
    for n in NAMES:
        b, t, v, t24, k = RIB[n]
        row = [n, sp(POP24[n]), str(st[n]), str(b), str(t), str(v), str(t24), dc(100 * k / t)]
        data.append(row)
        for i, x in enumerate([POP24[n], st[n], b, t, v, t24, k]):
            tot[i] += x
    data.append([LAN, sp(tot[0]), str(tot[1]), str(tot[2]), str(tot[3]), str(tot[4]), str(tot[5]),
                 dc(100 * tot[6] / tot[3])])
    t1 = Table(data, colWidths=[32 * mm, 22 * mm, 16 * mm, 19 * mm, 17 * mm, 17 * mm, 20 * mm, 22 * mm])
    t1.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), "Helvetica", 8.5),
        ("FONT", (0, 0), (-1, 1), "Helvetica-Bold", 8),
        ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 8.5),
        ("SPAN", (3, 0), (5, 0)), ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)), ("SPAN", (2, 0), (2, 1)),
        ("SPAN", (6, 0), (6, 1)), ("SPAN", (7, 0), (7, 1)),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"), ("ALIGN", (3, 0), (5, 0), "CENTER"),
        ("VALIGN", (0, 0), (-1, 1), "BOTTOM"),
        ("LINEBELOW", (3, 0), (5, 0), 0.5, colors.black),
        ("LINEABOVE", (0, 0), (-1, 0), 1, colors.black),
        ("LINEBELOW", (0, 1), (-1, 1), 0.8, colors.black),
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 1, colors.black),
        ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor("#DDEBF7")),
    ]))
    story += [t1, Spacer(1, 3),
              Paragraph("Vakanta = beslutad numerär minus tillsatta tjänster. RIB-stationer avser stationer med "
                        "RIB-styrka (även kombinerade heltids- och RIB-stationer); räddningsvärn ingår inte. "
                        "Källa: räddningstjänsternas personalsystem; folkmängd: SCB.", note),
              Paragraph(
                  "Störst brist i absoluta tal finns i Sundsvall, där stationerna i Njurunda och Stöde har svårast att "
                  "rekrytera. I Örnsköldsvik har bemanningen förbättrats sedan 2024 och räddningstjänsten räknar med "
                  "att nå full numerär under 2026. Andelen kvinnor i länet som helhet var 9,8 procent 2024.", body),
              PageBreak(),
              Paragraph("Åldersstruktur", h2),
              Paragraph(
                  "En stor del av RIB-personalen närmar sig pensionsåldern. År 2022 var andelen 55 år och äldre "
                  "16,2 procent. Tabell 2 visar de tillsatta tjänsterna efter ålder och kön den 30 september 2025. "
                  "Personer med flera anställningar vid olika stationer räknas en gång per tjänst.", body),
              Paragraph("Tabell 2. Tillsatta RIB-tjänster i Västernorrlands län efter ålder och kön, 30 september 2025",
                        cap)]
    d2 = [["Åldersgrupp", "Kvinnor", "Män", "Totalt"]]
    sk = sm = 0
    for lab, k, m in AGE:
        d2.append([lab, "–" if k == 0 else str(k), str(m), str(k + m)])
        sk += k
        sm += m
    d2.append(["Totalt", str(sk), str(sm), str(sk + sm)])
    t2 = Table(d2, colWidths=[35 * mm, 22 * mm, 22 * mm, 22 * mm])
    t2.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), "Helvetica", 8.5),
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5),
        ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 8.5),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("LINEABOVE", (0, 0), (-1, 0), 1, colors.black),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 1, colors.black),
        ("ROWBACKGROUNDS", (0, 1), (-1, -2), [colors.white, colors.HexColor("#F2F2F2")]),
    ]))
    story += [t2, Spacer(1, 3),
              Paragraph("– = inga personer. Pensionsålder för RIB är 65 år.", note),
              Paragraph("Rekrytering och åtgärder", h2),
              Paragraph(
                  "Räddningstjänsterna har under året genomfört gemensamma rekryteringskampanjer, bland annat med "
                  "riktade informationsträffar för kvinnor och för personer som nyligen flyttat till orterna. "
                  "Kampanjen i Ådalen gav 61 intresseanmälningar, varav 17 ledde till anställning. Arbetsförmedlingen "
                  "medverkar genom att informera arbetssökande om möjligheten att kombinera RIB-uppdraget med annan "
                  "anställning. En RIB-anställd ska normalt kunna vara på stationen inom fem minuter efter larm.", body),
              Paragraph(
                  "Länsstyrelsen rekommenderar att organisationerna följer upp vakanserna kvartalsvis och att "
                  "arbetsgivare i länet uppmuntras att teckna avtal om frigörande av personal. Vid uppföljningen 2024 "
                  "hade 112 arbetsgivare sådana avtal; 2025 är antalet 119.", body)]
    doc = SimpleDocTemplate(os.path.join(d, F_PDF), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=22 * mm, bottomMargin=22 * mm,
                            title="Räddningstjänst i beredskap – bemanning 2025", author="Länsstyrelsen Västernorrland")
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(2)
    d = sys.argv[1]
    os.makedirs(d, exist_ok=True)
    write_rescue(d)
    write_forskola(d)
    write_vattenkraft(d)
    write_af(d)
    write_kb(d)
    write_pdf(d)
    for f in sorted(os.listdir(d)):
        print(f)


if __name__ == "__main__":
    main()
