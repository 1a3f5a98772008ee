"""Create 6 realistic Swedish statistics exports for testing Kunskapsbanken.

Usage: python make_files.py OUT_DIR
"""
import os
import random
import sys
from datetime import date, timedelta

import openpyxl
from openpyxl.styles import Font

OUT = sys.argv[1] if len(sys.argv) > 1 else "kb"
os.makedirs(OUT, exist_ok=True)
rnd = random.Random(34)


def dec(x, nd=1):
    """Swedish decimal comma."""
    return f"{x:.{nd}f}".replace(".", ",")


# ---------------------------------------------------------------------------
# 1. Inskrivna arbetslösa per kommun, kvartal och åldersgrupp (AF-style csv, Latin-1)
# ---------------------------------------------------------------------------
QUARTERS = ["2023K3", "2023K4", "2024K1", "2024K2", "2024K3"]
KOMMUNER_1 = {
    "13": ("Hallands län", [("1315", "Hylte", 610), ("1380", "Halmstad", 4520), ("1381", "Laholm", 820),
                            ("1382", "Falkenberg", 1390), ("1383", "Varberg", 1960), ("1384", "Kungsbacka", 1480)]),
    "22": ("Västernorrlands län", [("2260", "Ånge", 410), ("2262", "Timrå", 1010), ("2280", "Härnösand", 1290),
                                   ("2281", "Sundsvall", 4480), ("2282", "Kramfors", 930),
                                   ("2283", "Sollefteå", 1040), ("2284", "Örnsköldsvik", 1710)]),
}
SUPPRESS = {("2260", "2023K3", "16-24"), ("2260", "2023K4", "16-24"), ("1315", "2024K1", "55-64"),
            ("2282", "2023K3", "16-24")}


def file1():
    rows = []
    county_tot = {}
    for lcode, (lname, kommuner) in KOMMUNER_1.items():
        for qi, q in enumerate(QUARTERS):
            ct = [0, 0, 0]
            for kcode, kname, base in kommuner:
                season = [1.00, 0.97, 1.06, 1.03, 1.01][qi]
                trend = 1 + 0.02 * qi
                tot = round(base * season * trend * rnd.uniform(0.97, 1.03))
                y = round(tot * rnd.uniform(0.10, 0.15))
                o = round(tot * rnd.uniform(0.16, 0.21))
                m = tot - y - o
                vals = [y, m, o]
                for i in range(3):
                    ct[i] += vals[i]
                cells = []
                for ag, v in zip(["16-24", "25-54", "55-64"], vals):
                    cells.append(".." if (kcode, q, ag) in SUPPRESS else str(v))
                rows.append((lcode, (kcode, kname, q, cells, str(tot))))
            county_tot[(lcode, q)] = ct
    out = []
    riket = {}
    for qi, q in enumerate(QUARTERS):
        rt = round(352000 * [1.00, 0.98, 1.05, 1.03, 1.02][qi] * (1 + 0.015 * qi))
        ry = round(rt * 0.128)
        ro = round(rt * 0.176)
        riket[q] = (ry, rt - ry - ro, ro, rt)
    lines = ["Inskrivna arbetslösa efter kommun, kvartal och åldersgrupp (antal personer)",
             "Källa: Arbetsförmedlingen, uttag 2024-10-21",
             "",
             "Kommunkod;Kommun;Kvartal;16-24 år;25-54 år;55-64 år;Totalt 16-64 år"]
    for q in QUARTERS:
        ry, rm, ro, rt = riket[q]
        lines.append(f"00;Riket;{q};{ry};{rm};{ro};{rt}")
    for lcode, (lname, kommuner) in KOMMUNER_1.items():
        for q in QUARTERS:
            ct = county_tot[(lcode, q)]
            lines.append(f"{lcode};{lname};{q};{ct[0]};{ct[1]};{ct[2]};{sum(ct)}")
        for q in QUARTERS:
            for lc, (kcode, kname, qq, cells, tot) in rows:
                if lc == lcode and qq == q:
                    lines.append(";".join([kcode, kname, q] + cells + [tot]))
    lines += ["",
              "..  = Uppgift undertryckt av sekretesskäl eller saknas.",
              "Kvartalsvärdet avser antal inskrivna arbetslösa i kvartalets mittmånad.",
              "Inskrivna arbetslösa = öppet arbetslösa + sökande i program med aktivitetsstöd."]
    with open(os.path.join(OUT, "af_inskrivna_arbetslosa_kvartal.csv"), "w", encoding="latin-1",
              newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------
# 2. Sjukpenningtal per kommun och kön, wide years (FK-style xlsx)
# ---------------------------------------------------------------------------
REGIONS_2 = [("00", "Riket", 9.6), ("12", "Skåne län", 9.3), ("1280", "Malmö", 9.1), ("1281", "Lund", 7.4),
             ("1283", "Helsingborg", 9.5), ("1290", "Kristianstad", 10.1), ("1282", "Landskrona", 11.2),
             ("1287", "Trelleborg", 10.6), ("1286", "Ystad", 10.3), ("1293", "Hässleholm", 10.9),
             ("22", "Västernorrlands län", 11.0), ("2260", "Ånge", 12.4), ("2262", "Timrå", 11.6),
             ("2280", "Härnösand", 11.3), ("2281", "Sundsvall", 10.2), ("2282", "Kramfors", 12.1),
             ("2283", "Sollefteå", 12.8), ("2284", "Örnsköldsvik", 10.7)]
YEARS_2 = [2019, 2020, 2021, 2022, 2023, 2024]
YEAR_F = [1.00, 1.09, 1.02, 0.97, 1.01, 1.04]


def file2():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sjukpenningtal"
    ws["A1"] = "Sjukpenningtal per kommun och kön 2019–2024 (dagar per försäkrad 16–64 år)"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Källa: Försäkringskassan, MiDAS. Avser december respektive år."
    ws.append([])
    ws.append(["Kod", "Region", "Kön"] + [str(y) for y in YEARS_2])
    for code, name, base in REGIONS_2:
        k_series, m_series = [], []
        for yf in YEAR_F:
            k = round(base * 1.27 * yf * rnd.uniform(0.97, 1.03), 1)
            m = round(base * 0.73 * yf * rnd.uniform(0.97, 1.03), 1)
            k_series.append(k)
            m_series.append(m)
        t_series = [round((k + m) / 2, 1) for k, m in zip(k_series, m_series)]
        for ki, (kon, ser) in enumerate([("Kvinnor", k_series), ("Män", m_series), ("Totalt", t_series)]):
            # region name only on the first row of each block (as in many Excel exports)
            ws.append([code if ki == 0 else None, name if ki == 0 else None, kon] + ser)
    ws.append([])
    ws.append(["Sjukpenningtalet är antalet utbetalda dagar med sjukpenning och rehabiliteringspenning "
               "under en tolvmånadersperiod per registrerad försäkrad i åldern 16–64 år."])
    ws.append(["Dagar med partiell ersättning är omräknade till hela dagar."])
    for col, w in zip("ABCDEFGHI", [7, 22, 9, 8, 8, 8, 8, 8, 8]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "fk_sjukpenningtal_kommun_kon_2019_2024.xlsx"))


# ---------------------------------------------------------------------------
# 3. Kolada-like long export with two KPIs (UTF-8 with BOM)
# ---------------------------------------------------------------------------
MUNI_3 = [("0000", "Riket", 2450, 80.1), ("0013", "Region Halland", 1620, 82.9),
          ("1315", "Hylte", 2010, 78.4), ("1380", "Halmstad", 2280, 79.6), ("1381", "Laholm", 1540, 82.0),
          ("1382", "Falkenberg", 1470, 83.1), ("1383", "Varberg", 1190, 84.2), ("1384", "Kungsbacka", 760, 85.7),
          ("1280", "Malmö", 4120, 72.8), ("1282", "Landskrona", 3870, 73.9), ("1283", "Helsingborg", 2960, 77.5),
          ("1281", "Lund", 1380, 78.9), ("1275", "Perstorp", 2640, 76.6)]
PERIODS_3 = [2021, 2022, 2023]


def file3():
    lines = ["kpi;kpi_titel;kommun_id;kommun;period;kon;varde"]
    recs = []
    for mid, mname, cost, share in MUNI_3:
        for pi, p in enumerate(PERIODS_3):
            c = round(cost * [1.0, 0.96, 1.05][pi] * rnd.uniform(0.95, 1.05))
            recs.append(("N31807", "Ekonomiskt bistånd, kostnad kr/inv", mid, mname, p, "T", str(c)))
        for pi, p in enumerate(PERIODS_3):
            t = round(share + [0.0, 0.6, 0.4][pi] + rnd.uniform(-0.3, 0.3), 1)
            k = round(t - rnd.uniform(1.5, 3.5), 1)
            mm = round(2 * t - k + rnd.uniform(-0.1, 0.1), 1)
            for g, v in (("T", t), ("K", k), ("M", mm)):
                recs.append(("N00914", "Invånare 20-64 år som är förvärvsarbetande, andel (%)", mid, mname, p, g,
                             dec(v)))
    for r in recs:
        lines.append(";".join(str(x) for x in r))
    with open(os.path.join(OUT, "kolada_export_2021_2023.csv"), "w", encoding="utf-8-sig", newline="") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------
# 4. Konkurser per bransch och månad, one sheet per year, county level
# ---------------------------------------------------------------------------
MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
          "november", "december"]
BRANSCHER = [("A", "Jordbruk, skogsbruk och fiske", 0.6, 1.5), ("C", "Tillverkning", 2.0, 6.0),
             ("F", "Byggverksamhet", 6.5, 3.2), ("G", "Handel; reparation av motorfordon", 5.5, 3.0),
             ("H", "Transport och magasinering", 2.2, 3.5), ("I", "Hotell- och restaurangverksamhet", 3.8, 4.2),
             ("J", "Informations- och kommunikationsverksamhet", 1.6, 2.0),
             ("M", "Verksamhet inom juridik, ekonomi, vetenskap och teknik", 2.1, 1.6),
             ("N", "Uthyrning, fastighetsservice, resetjänster och andra stödtjänster", 2.4, 2.8)]
LAN_4 = [("Skåne län", 1.0), ("Hallands län", 0.22), ("Västernorrlands län", 0.14)]


def file4():
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for year, yf in ((2023, 1.0), (2024, 1.18)):
        ws = wb.create_sheet(str(year))
        ws["A1"] = f"Konkurser efter län, bransch (SNI 2007) och månad {year}"
        ws["A1"].font = Font(bold=True)
        ws["A2"] = "Antal företag och antal anställda berörda av konkurs. Preliminära uppgifter för innevarande år."
        ws.append([])
        ws.append(["Län", "SNI 2007", "Bransch", "Månad", "Antal konkurser", "Antal anställda berörda"])
        for lan, lf in LAN_4:
            for sni, bname, rate, emp in BRANSCHER:
                for mi, mname in enumerate(MONTHS):
                    seas = 0.75 if mname == "juli" else 1.0
                    lam = rate * lf * yf * seas * rnd.uniform(0.6, 1.4)
                    n = max(0, round(lam + rnd.uniform(-0.6, 0.6)))
                    e = 0 if n == 0 else max(0, round(n * emp * rnd.uniform(0.3, 1.8)))
                    ws.append([lan, sni, bname, mname, n, e])
        ws.append([])
        ws.append(["Källa: Tillväxtanalys / SCB, konkursstatistik. Anställda avser antal anställda i företaget "
                   "vid konkurstillfället."])
        for col, w in zip("ABCDEF", [22, 9, 55, 11, 16, 22]):
            ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "konkurser_lan_bransch_manad_2023_2024.xlsx"))


# ---------------------------------------------------------------------------
# 5. Arbetsmarknadsutbildning per utbildningsområde with Summa rows (csv, note row)
# ---------------------------------------------------------------------------
AMU = [
    ("Industri och teknik", [("CNC-operatör", 84, 47), ("Svetsare", 112, 69), ("Industrielektriker", 46, 25)]),
    ("Transport", [("Lastbilsförare C/CE", 148, 101), ("Bussförare D", 73, 53), ("Truckförare", 95, 44)]),
    ("Vård och omsorg", [("Undersköterska", 131, 72), ("Vårdbiträde", 58, 27)]),
    ("Bygg och anläggning", [("Anläggningsmaskinförare", 67, 42), ("Betongarbetare", 39, 21),
                             ("Målare", 28, 13)]),
    ("Restaurang och livsmedel", [("Kock", 52, 22), ("Bagare/konditor", 24, 9)]),
    ("Kontor och administration", [("Ekonomiassistent", 41, 17), ("Kundtjänst", 63, 24)]),
]


def file5():
    lines = ["Arbetsmarknadsutbildning i Skåne län: deltagare som avslutat utbildning under 2023 och andel i arbete "
             "90 dagar efter avslutad utbildning. Uppgifterna är preliminära.;;;;",
             "Utbildningsområde;Utbildning;Antal deltagare;Antal i arbete 90 dagar efter avslut;Andel i arbete (%)"]
    tot_d = tot_a = 0
    for area, items in AMU:
        sd = sa = 0
        for name, d, a in items:
            lines.append(f"{area};{name};{d};{a};{dec(100 * a / d)}")
            sd += d
            sa += a
        lines.append(f"Summa {area};;{sd};{sa};{dec(100 * sa / sd)}")
        tot_d += sd
        tot_a += sa
    lines.append(f"Totalt;;{tot_d};{tot_a};{dec(100 * tot_a / tot_d)}")
    lines.append("I arbete = osubventionerad anställning, anställning med stöd eller eget företag.;;;;")
    with open(os.path.join(OUT, "amu_resultat_90_dagar_2023.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------
# 6. Record-level register of praktikplatser (xlsx)
# ---------------------------------------------------------------------------
def file6():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Praktik 2024"
    ws["A1"] = "Praktikplatser 2024 – Arbetsmarknadsenheten Höga Kusten (Kramfors, Härnösand, Sollefteå). Uttag 2025-01-10"
    ws["A1"].font = Font(bold=True)
    ws.append(["Löpnummer", "Startdatum", "Slutdatum", "Kommun", "Bransch", "Kön", "Åldersgrupp",
               "Avbrott", "Anställning efter praktik"])
    kommuner = ["Kramfors"] * 5 + ["Härnösand"] * 4 + ["Sollefteå"] * 3
    branscher = (["Handel"] * 5 + ["Vård och omsorg"] * 6 + ["Bygg"] * 3 + ["Lager och logistik"] * 3 +
                 ["Restaurang"] * 3 + ["Förskola och skola"] * 2 + ["Fastighetsskötsel"] * 2)
    ages = ["16-24"] * 4 + ["25-29"] * 2 + ["30-54"] * 4 + ["55-64"] * 2
    for i in range(1, 59):
        start = date(2024, 1, 8) + timedelta(days=rnd.randint(0, 250))
        kon = rnd.choice(["Kvinna", "Man"])
        avbrott = "Ja" if rnd.random() < 0.17 else "Nej"
        length = rnd.randint(14, 40) if avbrott == "Ja" else rnd.choice([56, 70, 84, 90, 112])
        slut = start + timedelta(days=length)
        anst = "Nej" if avbrott == "Ja" else ("Ja" if rnd.random() < 0.33 else "Nej")
        ws.append([f"P2024-{i:03d}", start, slut, rnd.choice(kommuner), rnd.choice(branscher), kon,
                   rnd.choice(ages), avbrott, anst])
        for c in (2, 3):
            ws.cell(row=ws.max_row, column=c).number_format = "yyyy-mm-dd"
    for col, w in zip("ABCDEFGHI", [12, 12, 12, 12, 20, 8, 12, 9, 24]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "praktikplatser_register_2024.xlsx"))


file1()
file2()
file3()
file4()
file5()
file6()
print("wrote", sorted(os.listdir(OUT)))
