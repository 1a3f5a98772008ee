"""Round r127 – six statistics files on new topics (public libraries, public transport per line,
wage percentiles per occupation, home-help hours per area, child dental health, a register of
rescue operations), in shapes real Swedish exports have.

Usage:  python r127_make_files.py OUT_DIR

All values are deterministic (fixed numbers or random.Random with a fixed seed) and internally
consistent (subtotals and totals are sums of their rows, shares are computed from the counts,
changes from the shown values).

1. kb_folkbibliotek_vastmanland_2024.csv   (Kungliga biblioteket, Bibliotek 2024, Västmanlands län)
   - Windows-1252 (cp1252), semicolon separated, CRLF, NOT quoted.
   - Two title lines (title, source/bearbetning) and an empty line above the header.
   - Record level per LIBRARY UNIT (huvudbibliotek, filialer, bokbuss), several units per
     municipality; municipality code and name in separate columns ("1983";"Köping").
   - Counts with a space as thousands separator ("398 760"); a "varav barn- och ungdomsmedier"
     column beside the loans; ".." where a unit has no visitor counter, "–" for zero.
   - A final "Västmanlands län totalt" row (sums, ".." counted as missing), then a symbol key and
     footnotes. No population / e-book figures in the file.

2. blekingetrafiken_pastigande_per_linje_2024.csv   (Blekingetrafiken, Region Blekinge)
   - UTF-8 without BOM, TAB separated, LF line ends.
   - Title line, a source line and an empty line above the header.
   - One row per line (trafikslag, linjenummer, linjenamn with an en dash "Lyckeby–Karlskrona C"),
     months "jan" … "dec" across, then "Helår 2024", "Helår 2023" and "Förändring (%)".
   - Space thousands, decimal comma in the change; a "Summa <trafikslag>" row closing each group
     and a "Totalt Blekingetrafiken" row at the end.
   - A line started 2024-03-01: "–" in jan and feb, ".." in Helår 2023 and change (footnote);
     the 2023 subtotals are sums of the lines that existed.

3. scb_lonestruktur_ssyk_norrland_2023_2024.csv   (SCB PxWeb, Lönestrukturstatistik, hela ekonomin)
   - UTF-8 WITH BOM, comma separated, every field quoted, CRLF.
   - PxWeb long/relational layout: "region","yrke (SSYK 2012)","kön","tabellinnehåll","2023","2024".
   - Two NUTS2 regions ("SE31 Norra Mellansverige", "SE32 Mellersta Norrland"), eight occupations
     coded "5321 Undersköterskor, hemtjänst, hemsjukvård, äldreboende och habilitering" (commas
     inside the quotes), sexes "män", "kvinnor", "totalt", four measures stacked in the
     "tabellinnehåll" column (mean, P10, median, P90), whole kronor, ".." for suppressed cells.
   - A title line above the header and footnotes below.

4. hemtjanst_timmar_sandviken_2024.xlsx   (Sandvikens kommun, Vård- och omsorgsförvaltningen)
   - Sheet "Läs mig" first: notes and definitions only.
   - Sheet "Timmar per månad": two title rows, a two-row header where each home-help area
     (Centrum, Norr, Söder, Storvik, Järbo, Årsunda, Totalt) is merged over "Beviljade" and
     "Utförda"; "Månad" merged vertically; months as rows ("Januari" …); a bold "Summa 2024" row;
     a last column "Utförandegrad totalt (%)" (utförda / beviljade, one decimal).
   - Sheet "Brukare december": clients per area by age group, "Totalt", "varav kvinnor" and
     average granted hours per client (December hours / clients), a "Totalt" row.

5. folktandvarden_halland_barn_unga_2024.pdf   (Region Halland, tandhälsa hos barn och unga)
   - Page 1: title, prose summary with some key figures, bullet list.
   - Table 1 (pages 1–2): row blocks per age group ("3-åringar", "6-åringar", "12-åringar",
     "19-åringar") as bold spanning heading rows, the six municipalities under each and a bold
     "Halland" row; columns Undersökta (antal), Kariesfria (antal), Andel kariesfria 2024 (%),
     Andel 2023 (%), Förändring (procentenheter) with sign ("+1,2", "-0,8"); ".." for one 2023 cell.
     The table breaks across the page so that the "Halland" row of the 12-åringar block lands on
     page 2 under the repeated column header, without its block heading; municipality labels are
     indented with spaces, the county row is not. A running footer "Sida N".
   - Table 2: mean number of decayed/filled teeth (deft/DFT) with municipalities as rows and ages
     as columns, two decimals. Footnotes under both tables.

6. raddningsinsatser_jamtland_2024.xlsx   (Jämtlands räddningstjänstförbund, insatsregister)
   - Sheet "Insatser": title and extraction rows above a header on row 4, autofilter and frozen
     header, ONE ROW PER RESCUE OPERATION (record level, 150+ rows): ärendenr, larmdatum (Excel
     date), larmtid (Excel time), kommun, station, händelsetyp, responstid (min, integer, blank
     when the unit was recalled before arrival), antal enheter, skadade personer, anmärkning.
   - Sheet "Definitioner": what the columns and event types mean; which municipalities the
     association covers (Härjedalen is NOT a member).
"""
import csv
import datetime as dt
import io
import os
import random
import sys

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter


def sv_num(x, dec=0, thousands=" ", sign=False):
    """Format a number Swedish style (decimal comma, space thousands)."""
    s = f"{abs(x):,.{dec}f}".replace(",", "\u0001").replace(".", ",").replace("\u0001", thousands)
    if x < 0:
        return "-" + s
    return ("+" + s) if (sign and x > 0) else s


# ---------------------------------------------------------------------------------------------
# 1. KB folkbibliotek Västmanland
# ---------------------------------------------------------------------------------------------
# code, kommun, unit, type, hours/week, visits (None = ..), loans, varav barn, active borrowers,
# programme activities (0 = –)
KB_UNITS = [
    ("1980", "Västerås", "Västerås stadsbibliotek", "Huvudbibliotek", 63, 512400, 398760, 141230, 31850, 612),
    ("1980", "Västerås", "Bäckby bibliotek", "Filial", 38, 61230, 48915, 22480, 4120, 96),
    ("1980", "Västerås", "Hammarby bibliotek", "Filial", 30, 40110, 37604, 17950, 3310, 74),
    ("1980", "Västerås", "Skultuna bibliotek", "Filial", 24, 18760, 21345, 9870, 1640, 41),
    ("1980", "Västerås", "Barkarö bibliotek", "Filial (meröppet)", 60, None, 9812, 5230, 870, 12),
    ("1980", "Västerås", "Bokbussen Västerås", "Bokbuss", 28, None, 24560, 15300, 1980, 0),
    ("1984", "Arboga", "Arboga bibliotek", "Huvudbibliotek", 42, 88600, 71230, 26540, 5120, 150),
    ("1982", "Fagersta", "Fagersta stadsbibliotek", "Huvudbibliotek", 44, 79450, 62310, 23780, 4560, 131),
    ("1961", "Hallstahammar", "Hallstahammars bibliotek", "Huvudbibliotek", 40, 72800, 58940, 24110, 4230, 118),
    ("1961", "Hallstahammar", "Kolbäcks bibliotek", "Filial", 16, 9420, 11870, 6240, 860, 22),
    ("1960", "Kungsör", "Kungsörs bibliotek", "Huvudbibliotek", 36, 41230, 33560, 13980, 2410, 64),
    ("1983", "Köping", "Köpings stadsbibliotek", "Huvudbibliotek", 45, 118300, 96420, 34210, 6890, 188),
    ("1983", "Köping", "Kolsva bibliotek", "Filial", 18, 14250, 15930, 7120, 1050, 26),
    ("1983", "Köping", "Munktorps bibliotek", "Filial", 8, None, 3418, 1560, 290, 0),
    ("1962", "Norberg", "Norbergs bibliotek", "Huvudbibliotek", 32, 30140, 24870, 9860, 1770, 47),
    ("1981", "Sala", "Sala stadsbibliotek", "Huvudbibliotek", 46, 121500, 93880, 31450, 6640, 175),
    ("1981", "Sala", "Västerfärnebo bibliotek", "Filial", 12, 5870, 6310, 2980, 520, 14),
    ("1981", "Sala", "Möklinta bibliotek", "Filial", 10, None, 4120, 1940, 360, 8),
    ("1904", "Skinnskatteberg", "Skinnskattebergs bibliotek", "Huvudbibliotek", 30, 19870, 17230, 7410, 1190, 33),
    ("1907", "Surahammar", "Surahammars bibliotek", "Huvudbibliotek", 38, 44560, 36910, 15220, 2780, 71),
    ("1907", "Surahammar", "Virsbo bibliotek", "Filial", 14, 6840, 8120, 4010, 610, 15),
]


def write_kb(out):
    def cell(v):
        if v is None:
            return ".."
        if v == 0:
            return "–"
        return sv_num(v)

    lines = [
        "Folkbibliotek i Västmanlands län 2024 – verksamhet per biblioteksenhet",
        "Källa: Kungliga biblioteket, Sveriges officiella statistik (Bibliotek 2024). "
        "Bearbetning: Region Västmanland, Regionbiblioteket Västmanland",
        "",
        ";".join(["Kommunkod", "Kommun", "Biblioteksenhet", "Typ av enhet", "Öppettimmar per vecka",
                  "Fysiska besök", "Fysiska utlån", "varav barn- och ungdomsmedier",
                  "Aktiva låntagare", "Programaktiviteter"]),
    ]
    for code, kom, unit, typ, hrs, vis, loans, barn, act, prog in KB_UNITS:
        lines.append(";".join([code, kom, unit, typ, str(hrs), cell(vis), cell(loans), cell(barn),
                               cell(act), cell(prog)]))
    tot = [sum(u[i] or 0 for u in KB_UNITS) for i in range(4, 10)]
    lines.append(";".join(["19", "Västmanlands län totalt", "", ""] + [str(tot[0])] +
                          [sv_num(v) for v in tot[1:]]))
    lines += [
        "",
        "Teckenförklaring: .. = uppgift saknas, – = noll (inget att redovisa)",
        "1) Fysiska utlån inklusive omlån. E-medier redovisas inte i denna tabell.",
        "2) Barkarö bibliotek är meröppet (obemannat delar av tiden) och saknar besöksräknare; "
        "detsamma gäller bokbussen och enheterna i Munktorp och Möklinta. Länets summa för besök "
        "omfattar enheter med besöksräknare.",
        "3) Aktiva låntagare = personer som lånat minst en gång under året vid enheten.",
        "Uttag 2025-04-02",
    ]
    with open(os.path.join(out, "kb_folkbibliotek_vastmanland_2024.csv"), "w",
              encoding="cp1252", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------------------------
# 2. Blekingetrafiken boardings per line and month
# ---------------------------------------------------------------------------------------------
BT_MONTHS = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
# group, line no, name, yearly base 2024, season profile, change vs 2023 (fraction or None = new)
BT_LINES = [
    ("Stadstrafik Karlskrona", "1", "Lyckeby–Karlskrona C", 612000, "city", 0.042),
    ("Stadstrafik Karlskrona", "2", "Nättraby–Karlskrona C", 388000, "city", 0.018),
    ("Stadstrafik Karlskrona", "3", "Rödeby–Karlskrona C", 214000, "city", -0.027),
    ("Stadstrafik Karlskrona", "4", "Hästö–Trossö–Gräsvik", 436000, "city", 0.061),
    ("Stadstrafik Karlskrona", "5", "Marinbasen–Karlskrona C", 97000, "city", -0.012),
    ("Stadstrafik Karlshamn", "11", "Väggaviken–Karlshamn C", 158000, "city", 0.034),
    ("Stadstrafik Karlshamn", "12", "Mörrum–Asarum–Karlshamn C", 203000, "city", 0.009),
    ("Regionbuss", "110", "Karlskrona–Jämjö–Torhamn", 171000, "region", 0.022),
    ("Regionbuss", "120", "Ronneby–Kallinge–Eringsboda", 132000, "region", -0.041),
    ("Regionbuss", "130", "Karlshamn–Svängsta–Ronneby", 118000, "region", 0.015),
    ("Regionbuss", "140", "Olofström–Jämshög–Kyrkhult", 64000, "region", -0.018),
    ("Regionbuss", "150", "Sölvesborg–Hällevik", 52000, "summer", 0.073),
    ("Regionbuss", "160", "Karlskrona–Sturkö–Tjurkö", 41000, "new", None),
    ("Tåg", "ÖT", "Öresundståg Karlskrona C–Sölvesborg (Blekinges stationer)", 689000, "train", 0.026),
    ("Tåg", "KT", "Krösatåg Karlskrona C–Emmaboda (Blekinges stationer)", 143000, "train", -0.033),
]
BT_PROFILES = {
    "city":   [8.9, 8.8, 9.1, 8.5, 8.6, 7.1, 5.2, 7.4, 9.2, 9.3, 9.0, 8.9],
    "region": [8.8, 8.9, 9.0, 8.4, 8.5, 7.4, 5.9, 7.6, 9.0, 9.1, 8.9, 8.5],
    "summer": [4.9, 4.8, 5.6, 6.4, 8.9, 13.4, 17.6, 12.1, 7.0, 6.3, 6.2, 6.8],
    "new":    [0.0, 0.0, 9.1, 9.4, 10.2, 11.9, 13.6, 11.3, 9.1, 8.7, 8.3, 8.4],
    "train":  [8.1, 7.9, 8.4, 8.3, 8.7, 8.9, 8.6, 8.8, 8.5, 8.6, 8.2, 8.0],
}


def bt_data():
    rng = random.Random(12702)
    rows = []
    for grp, no, name, base, prof, chg in BT_LINES:
        p = BT_PROFILES[prof]
        months = [int(round(base * w / sum(p) * rng.uniform(0.96, 1.04))) if w else 0 for w in p]
        h24 = sum(months)
        h23 = int(round(h24 / (1 + chg))) if chg is not None else None
        rows.append(dict(grp=grp, no=no, name=name, months=months, h24=h24, h23=h23))
    return rows


def write_bt(out):
    rows = bt_data()

    def chg(a, b):
        return sv_num(round((a - b) / b * 100, 1), 1, sign=True)

    def mcell(v):
        return "–" if v == 0 else sv_num(v)

    head = ["Trafikslag", "Linje", "Linjenamn"] + BT_MONTHS + ["Helår 2024", "Helår 2023", "Förändring (%)"]
    lines = ["Påstigande resenärer per linje och månad 2024",
             "Blekingetrafiken, Region Blekinge. Källa: biljettsystem och automatisk trafikanträkning (APC). "
             "Uttag 2025-01-20",
             "",
             "\t".join(head)]
    groups = []
    for r in rows:
        if r["grp"] not in groups:
            groups.append(r["grp"])
    for g in groups:
        grows = [r for r in rows if r["grp"] == g]
        for r in grows:
            h23 = sv_num(r["h23"]) if r["h23"] is not None else ".."
            c = chg(r["h24"], r["h23"]) if r["h23"] is not None else ".."
            lines.append("\t".join([r["grp"], r["no"], r["name"]] + [mcell(v) for v in r["months"]] +
                                   [sv_num(r["h24"]), h23, c]))
        sm = [sum(r["months"][i] for r in grows) for i in range(12)]
        s24 = sum(r["h24"] for r in grows)
        s23 = sum(r["h23"] for r in grows if r["h23"] is not None)
        lines.append("\t".join([f"Summa {g}", "", ""] + [sv_num(v) for v in sm] +
                               [sv_num(s24), sv_num(s23), chg(s24, s23)]))
    tm = [sum(r["months"][i] for r in rows) for i in range(12)]
    t24 = sum(r["h24"] for r in rows)
    t23 = sum(r["h23"] for r in rows if r["h23"] is not None)
    lines.append("\t".join(["Totalt Blekingetrafiken", "", ""] + [sv_num(v) for v in tm] +
                           [sv_num(t24), sv_num(t23), chg(t24, t23)]))
    lines += ["",
              "Teckenförklaring: – = ingen trafik/noll, .. = uppgift saknas",
              "Linje 160 Karlskrona–Sturkö–Tjurkö startade 2024-03-01. Jämförelse med 2023 saknas; "
              "summorna för 2023 omfattar linjer som fanns 2023.",
              "Tåg: endast påstigande vid stationer i Blekinge län.",
              "Förändring (%) avser helår 2024 jämfört med helår 2023."]
    with open(os.path.join(out, "blekingetrafiken_pastigande_per_linje_2024.csv"), "w",
              encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------------------------
# 3. SCB lönestrukturstatistik, two NUTS2 regions
# ---------------------------------------------------------------------------------------------
LON_REGIONS = ["SE31 Norra Mellansverige", "SE32 Mellersta Norrland"]
LON_OCC = [
    # code name, median 2024 for all (SE31, SE32), women/men offset of the median (fraction),
    # growth 2023->2024, share of women among employees (weights for "totalt")
    ("2221 Grundutbildade sjuksköterskor", (42900, 43600), (-0.004, 0.031), 0.046, 0.88),
    ("2341 Grundskollärare", (40200, 40700), (-0.011, 0.024), 0.038, 0.76),
    ("2512 Mjukvaru- och systemutvecklare m.fl.", (47800, 45900), (-0.052, 0.018), 0.031, 0.24),
    ("5120 Kockar och kallskänkor", (28700, 28900), (-0.018, 0.021), 0.034, 0.55),
    ("5321 Undersköterskor, hemtjänst, hemsjukvård, äldreboende och habilitering",
     (31300, 31600), (-0.006, 0.027), 0.041, 0.88),
    ("7411 Installations- och industrielektriker", (38400, 38900), (-0.060, 0.002), 0.036, 0.03),
    ("8332 Lastbilsförare m.fl.", (33100, 33500), (-0.045, 0.003), 0.029, 0.06),
    ("9111 Städare", (26900, 27100), (-0.003, 0.019), 0.032, 0.72),
]
LON_MEASURES = ["Genomsnittlig månadslön, kronor", "Månadslön, 10:e percentilen, kronor",
                "Månadslön, median, kronor", "Månadslön, 90:e percentilen, kronor"]
LON_SUPPRESSED = {  # (region index, occupation code, sex) -> all measures ".."
    (0, "7411", "kvinnor"), (1, "7411", "kvinnor"), (1, "8332", "kvinnor"),
}


def r100(x):
    return int(round(x / 100.0)) * 100


def lon_data():
    """Men and women are generated; "totalt" is the women-share weighted mix of the two
    (unrounded), so it always lies between them."""
    rng = random.Random(12703)
    data = {}  # (region, occ, sex, measure, year) -> value or None
    for ri, reg in enumerate(LON_REGIONS):
        for occ, meds, (wo, mo), gr, wshare in LON_OCC:
            code = occ.split()[0]
            lo = rng.uniform(0.78, 0.86)
            hi = rng.uniform(1.20, 1.32)
            meanf = rng.uniform(1.01, 1.04)
            g = gr + rng.uniform(-0.006, 0.006)
            raw = {}
            for sex, off in (("män", mo), ("kvinnor", wo)):
                med24 = meds[ri] * (1 + off)
                f_lo, f_hi, f_m = (lo * rng.uniform(0.99, 1.01), hi * rng.uniform(0.99, 1.01),
                                   meanf * rng.uniform(0.995, 1.005))
                for year, f in ((2024, 1.0), (2023, 1 / (1 + g + rng.uniform(-0.003, 0.003)))):
                    m = med24 * f
                    raw[(sex, year)] = [m * f_m, m * f_lo, m, m * f_hi]
            for year in (2023, 2024):
                raw[("totalt", year)] = [wshare * w + (1 - wshare) * mm
                                         for w, mm in zip(raw[("kvinnor", year)], raw[("män", year)])]
            for (sex, year), vals in raw.items():
                for meas, v in zip(LON_MEASURES, vals):
                    sup = (ri, code, sex) in LON_SUPPRESSED
                    data[(reg, occ, sex, meas, year)] = None if sup else r100(v)
    return data


def write_lon(out):
    data = lon_data()
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=",", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    w.writerow(["Månadslön efter region, yrke (SSYK 2012), kön, tabellinnehåll och år. Samtliga sektorer"])
    w.writerow([])
    w.writerow(["region", "yrke (SSYK 2012)", "kön", "tabellinnehåll", "2023", "2024"])
    for reg in LON_REGIONS:
        for occ, *_ in LON_OCC:
            for sex in ("män", "kvinnor", "totalt"):
                for meas in LON_MEASURES:
                    v23 = data[(reg, occ, sex, meas, 2023)]
                    v24 = data[(reg, occ, sex, meas, 2024)]
                    w.writerow([reg, occ, sex, meas, ".." if v23 is None else str(v23),
                                ".." if v24 is None else str(v24)])
    w.writerow([])
    w.writerow([".. = uppgift för osäker för att redovisas (för få observationer)"])
    w.writerow(["Lönen avser heltidsekvivalent månadslön i september respektive år, avrundad till närmaste hundratal kronor."])
    w.writerow(["Källa: SCB, Lönestrukturstatistik, hela ekonomin. Uttag från Statistikdatabasen 2025-06-18."])
    with open(os.path.join(out, "scb_lonestruktur_ssyk_norrland_2023_2024.csv"), "w",
              encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------------------------
# 4. Hemtjänst Sandviken
# ---------------------------------------------------------------------------------------------
HT_AREAS = [  # area, granted hours/month base, execution rate base
    ("Centrum", 6850, 0.921), ("Norr", 5320, 0.903), ("Söder", 5980, 0.914),
    ("Storvik", 2760, 0.858), ("Järbo", 1410, 0.897), ("Årsunda", 980, 0.926),
]
HT_MONTHS = ["Januari", "Februari", "Mars", "April", "Maj", "Juni", "Juli", "Augusti",
             "September", "Oktober", "November", "December"]
HT_SEASON = [1.02, 0.99, 1.01, 0.99, 0.98, 0.97, 0.96, 0.97, 0.99, 1.01, 1.03, 1.06]
HT_CLIENTS = {  # area: (under 65, 65–79, 80+, varav kvinnor)
    "Centrum": (21, 84, 162, 171), "Norr": (17, 66, 127, 133), "Söder": (18, 71, 141, 150),
    "Storvik": (9, 33, 68, 70), "Järbo": (4, 18, 34, 36), "Årsunda": (3, 12, 25, 25),
}


def ht_data():
    rng = random.Random(12704)
    data = {}
    for a, base, rate in HT_AREAS:
        for i, m in enumerate(HT_MONTHS):
            b = int(round(base * HT_SEASON[i] * rng.uniform(0.97, 1.03)))
            r = rate + rng.uniform(-0.015, 0.015)
            if m == "Juli":
                r -= 0.02  # summer staffing
            data[(a, m)] = (b, int(round(b * r)))
    return data


def write_ht(out):
    data = ht_data()
    wb = Workbook()
    ws0 = wb.active
    ws0.title = "Läs mig"
    notes = [
        "Hemtjänst i egen regi – Sandvikens kommun 2024",
        "",
        "Arbetsboken innehåller två tabeller:",
        "• Timmar per månad – beviljade och utförda hemtjänsttimmar per hemtjänstområde och månad.",
        "• Brukare december – antal brukare med hemtjänst i december 2024 per område och åldersgrupp.",
        "",
        "Definitioner",
        "Beviljade timmar: timmar enligt biståndsbeslut som gällde under månaden (planerad insatstid).",
        "Utförda timmar: registrerad tid hos brukaren enligt planeringssystemet (TES).",
        "Utförandegrad: utförda timmar / beviljade timmar × 100.",
        "Brukare: person med minst ett verkställt hemtjänstbeslut under december. Trygghetslarm enbart ingår inte.",
        "",
        "Hemtjänst i privat regi (LOV) ingår inte. Uppgifterna avser inte kommunens totala hemtjänst.",
        "Kontakt: Verksamhetsuppföljning, Vård- och omsorgsförvaltningen, Sandvikens kommun.",
    ]
    for i, t in enumerate(notes, 1):
        ws0.cell(i, 1, t)
    ws0["A1"].font = Font(bold=True, size=14)
    ws0["A7"].font = Font(bold=True)
    ws0.column_dimensions["A"].width = 110

    ws = wb.create_sheet("Timmar per månad")
    ws["A1"] = "Hemtjänst i egen regi – beviljade och utförda timmar per område och månad 2024"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Sandvikens kommun, Vård- och omsorgsförvaltningen. Källa: verksamhetssystemet (Lifecare) "
                "och planeringssystemet (TES). Uttag 2025-01-10.")
    ws["A2"].font = Font(italic=True)
    thin = Side(style="thin", color="999999")
    hdr_fill = PatternFill("solid", fgColor="DCE6F1")
    ws.cell(4, 1, "Månad")
    ws.merge_cells(start_row=4, start_column=1, end_row=5, end_column=1)
    areas = [a for a, _, _ in HT_AREAS] + ["Totalt"]
    col = 2
    for a in areas:
        ws.cell(4, col, a)
        ws.merge_cells(start_row=4, start_column=col, end_row=4, end_column=col + 1)
        ws.cell(5, col, "Beviljade")
        ws.cell(5, col + 1, "Utförda")
        col += 2
    ws.cell(4, col, "Utförandegrad totalt (%)")
    ws.merge_cells(start_row=4, start_column=col, end_row=5, end_column=col)
    last_col = col
    for r in (4, 5):
        for c in range(1, last_col + 1):
            cc = ws.cell(r, c)
            cc.font = Font(bold=True)
            cc.fill = hdr_fill
            cc.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            cc.border = Border(top=thin, bottom=thin, left=thin, right=thin)
    sums = {a: [0, 0] for a in areas}
    row = 6
    for m in HT_MONTHS:
        ws.cell(row, 1, m)
        tb = tu = 0
        col = 2
        for a, _, _ in HT_AREAS:
            b, u = data[(a, m)]
            ws.cell(row, col, b)
            ws.cell(row, col + 1, u)
            sums[a][0] += b
            sums[a][1] += u
            tb += b
            tu += u
            col += 2
        ws.cell(row, col, tb)
        ws.cell(row, col + 1, tu)
        sums["Totalt"][0] += tb
        sums["Totalt"][1] += tu
        ws.cell(row, col + 2, round(tu / tb * 100, 1))
        row += 1
    ws.cell(row, 1, "Summa 2024")
    col = 2
    for a in areas:
        ws.cell(row, col, sums[a][0])
        ws.cell(row, col + 1, sums[a][1])
        col += 2
    ws.cell(row, col, round(sums["Totalt"][1] / sums["Totalt"][0] * 100, 1))
    for c in range(1, last_col + 1):
        ws.cell(row, c).font = Font(bold=True)
        ws.cell(row, c).border = Border(top=Side(style="medium"))
    for r in range(6, row + 1):
        for c in range(2, last_col):
            ws.cell(r, c).number_format = "# ##0"
        ws.cell(r, last_col).number_format = "0.0"
    ws.cell(row + 2, 1, "Utförandegrad per område beräknas som utförda / beviljade timmar. "
                        "Juli påverkas av semesterbemanning.")
    ws.column_dimensions["A"].width = 14
    for c in range(2, last_col + 1):
        ws.column_dimensions[get_column_letter(c)].width = 11
    ws.freeze_panes = "B6"

    ws2 = wb.create_sheet("Brukare december")
    ws2["A1"] = "Antal brukare med hemtjänst i egen regi per område och åldersgrupp, december 2024"
    ws2["A1"].font = Font(bold=True, size=13)
    ws2["A2"] = "Sandvikens kommun. Beviljade timmar per brukare = beviljade timmar i december / antal brukare."
    ws2["A2"].font = Font(italic=True)
    h = ["Område", "Under 65 år", "65–79 år", "80 år och äldre", "Totalt", "varav kvinnor",
         "Beviljade timmar per brukare (dec)"]
    for c, t in enumerate(h, 1):
        cc = ws2.cell(4, c, t)
        cc.font = Font(bold=True)
        cc.fill = hdr_fill
        cc.alignment = Alignment(wrap_text=True, horizontal="center")
    r = 5
    tot = [0, 0, 0, 0, 0]
    for a, _, _ in HT_AREAS:
        u65, a6579, a80, kv = HT_CLIENTS[a]
        t = u65 + a6579 + a80
        dec_b = data[(a, "December")][0]
        vals = [u65, a6579, a80, t, kv]
        for i, v in enumerate(vals):
            tot[i] += v
        ws2.cell(r, 1, a)
        for c, v in enumerate(vals, 2):
            ws2.cell(r, c, v)
        ws2.cell(r, 7, round(dec_b / t, 1))
        r += 1
    dec_tot = sum(data[(a, "December")][0] for a, _, _ in HT_AREAS)
    ws2.cell(r, 1, "Totalt")
    for c, v in enumerate(tot, 2):
        ws2.cell(r, c, v)
    ws2.cell(r, 7, round(dec_tot / tot[3], 1))
    for c in range(1, 8):
        ws2.cell(r, c).font = Font(bold=True)
    ws2.column_dimensions["A"].width = 14
    for c in range(2, 8):
        ws2.column_dimensions[get_column_letter(c)].width = 15
    wb.save(os.path.join(out, "hemtjanst_timmar_sandviken_2024.xlsx"))


# ---------------------------------------------------------------------------------------------
# 5. Folktandvården Halland – PDF
# ---------------------------------------------------------------------------------------------
TV_KOMMUNER = ["Falkenberg", "Halmstad", "Hylte", "Kungsbacka", "Laholm", "Varberg"]
TV_AGES = ["3-åringar", "6-åringar", "12-åringar", "19-åringar"]
# undersökta per kommun (same cohort size per age roughly, varied)
TV_N = {
    "3-åringar":  [478, 1071, 112, 923, 259, 705],
    "6-åringar":  [512, 1135, 127, 1012, 271, 748],
    "12-åringar": [496, 1158, 121, 1049, 286, 782],
    "19-åringar": [451, 1027, 109, 918, 247, 690],
}
TV_SHARE24 = {  # target share of caries-free (fraction)
    "3-åringar":  [0.952, 0.937, 0.911, 0.968, 0.944, 0.958],
    "6-åringar":  [0.793, 0.768, 0.726, 0.842, 0.781, 0.815],
    "12-åringar": [0.703, 0.662, 0.637, 0.751, 0.688, 0.724],
    "19-åringar": [0.381, 0.342, 0.305, 0.436, 0.357, 0.401],
}
TV_SHARE23 = {  # published shares 2023 (%), None = ..
    "3-åringar":  [94.6, 93.9, None, 96.4, 95.1, 95.2],
    "6-åringar":  [80.2, 76.1, 74.0, 83.5, 77.3, 80.9],
    "12-åringar": [69.5, 67.0, 62.8, 74.4, 69.6, 71.3],
    "19-åringar": [37.2, 34.9, 31.8, 42.7, 36.1, 38.8],
}
TV_HALLAND23 = {"3-åringar": 95.0, "6-åringar": 79.4, "12-åringar": 70.2, "19-åringar": 38.3}
TV_DFT = {  # mean deft/DFT per kommun for ages 3, 6, 12, 19
    "Falkenberg": [0.11, 0.58, 0.62, 2.31], "Halmstad": [0.15, 0.71, 0.79, 2.64],
    "Hylte": [0.19, 0.92, 0.88, 2.97], "Kungsbacka": [0.07, 0.41, 0.49, 1.86],
    "Laholm": [0.12, 0.66, 0.71, 2.52], "Varberg": [0.09, 0.52, 0.57, 2.18],
}


def tv_data():
    rows = {}
    for age in TV_AGES:
        for i, k in enumerate(TV_KOMMUNER):
            n = TV_N[age][i]
            kf = int(round(n * TV_SHARE24[age][i]))
            s24 = round(kf / n * 100, 1)
            s23 = TV_SHARE23[age][i]
            rows[(age, k)] = (n, kf, s24, s23)
        n = sum(rows[(age, k)][0] for k in TV_KOMMUNER)
        kf = sum(rows[(age, k)][1] for k in TV_KOMMUNER)
        rows[(age, "Halland")] = (n, kf, round(kf / n * 100, 1), TV_HALLAND23[age])
    return rows


def write_tv(out):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer,
                                    Table, TableStyle)

    font, bold = "Helvetica", "Helvetica-Bold"
    djv = "/usr/share/fonts/truetype/dejavu/"
    if os.path.exists(djv + "DejaVuSans.ttf") and os.path.exists(djv + "DejaVuSans-Bold.ttf"):
        pdfmetrics.registerFont(TTFont("DejaVu", djv + "DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DejaVu-Bold", djv + "DejaVuSans-Bold.ttf"))
        font, bold = "DejaVu", "DejaVu-Bold"

    rows = tv_data()
    ss = getSampleStyleSheet()
    H1 = ParagraphStyle("h1", parent=ss["Title"], fontName=bold, fontSize=16, alignment=0)
    H2 = ParagraphStyle("h2", parent=ss["Heading2"], fontName=bold, fontSize=11.5)
    P = ParagraphStyle("p", parent=ss["BodyText"], fontName=font, fontSize=9.5, leading=13)
    FN = ParagraphStyle("fn", parent=P, fontSize=7.5, leading=10)

    def pct(v):
        return ".." if v is None else sv_num(v, 1)

    hal12 = rows[("12-åringar", "Halland")]
    hal19 = rows[("19-åringar", "Halland")]
    story = [
        Paragraph("Tandhälsa hos barn och unga i Halland 2024", H1),
        Paragraph("Region Halland, Tandvårdsenheten – uppföljning av barn- och ungdomstandvården. "
                  "Publicerad 2025-03-27.", P),
        Spacer(1, 8),
        Paragraph("Sammanfattning", H2),
        Paragraph(
            f"Under 2024 undersöktes {sv_num(sum(rows[(a, 'Halland')][0] for a in TV_AGES))} barn och unga "
            f"i de fyra redovisade åldersgrupperna. Andelen kariesfria 12-åringar i länet var "
            f"{sv_num(hal12[2], 1)} procent, jämfört med {sv_num(TV_HALLAND23['12-åringar'], 1)} procent "
            f"året innan. Bland 19-åringarna var {sv_num(hal19[2], 1)} procent kariesfria. Skillnaderna "
            f"mellan kommunerna är fortsatt stora och följer i huvudsak socioekonomiska mönster.", P),
        ListFlowable([
            ListItem(Paragraph("Kungsbacka har högst andel kariesfria i samtliga åldersgrupper.", P)),
            ListItem(Paragraph("Hylte har lägst andel kariesfria i samtliga åldersgrupper.", P)),
            ListItem(Paragraph("Andelen kariesfria 3-åringar i Hylte 2023 redovisas inte på grund av "
                               "ändrad kallelserutin.", P)),
        ], bulletType="bullet", start="•", leftIndent=12),
        Spacer(1, 8),
        Paragraph("Tabell 1. Undersökta och kariesfria barn och unga per åldersgrupp och kommun, 2024", H2),
    ]
    data = [["Åldersgrupp / kommun", "Undersökta\n(antal)", "Kariesfria\n(antal)",
             "Andel kariesfria\n2024 (%)", "Andel kariesfria\n2023 (%)", "Förändring\n(procentenheter)"]]
    style = [("FONTNAME", (0, 0), (-1, 0), bold), ("FONTNAME", (0, 1), (-1, -1), font),
             ("FONTSIZE", (0, 0), (-1, -1), 8.5), ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
             ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E4EEF5")),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    for age in TV_AGES:
        r = len(data)
        data.append([age, "", "", "", "", ""])
        style += [("SPAN", (0, r), (-1, r)), ("FONTNAME", (0, r), (-1, r), bold),
                  ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#F2F2F2"))]
        for k in TV_KOMMUNER + ["Halland"]:
            n, kf, s24, s23 = rows[(age, k)]
            change = ".." if s23 is None else sv_num(round(s24 - s23, 1), 1, sign=True)
            if change in ("+0,0", "-0,0"):
                change = "0,0"
            label = "   " + k if k != "Halland" else "Halland"
            data.append([label, sv_num(n), sv_num(kf), pct(s24), pct(s23), change])
            if k == "Halland":
                rr = len(data) - 1
                style += [("FONTNAME", (0, rr), (-1, rr), bold),
                          ("LINEABOVE", (0, rr), (-1, rr), 0.5, colors.black)]
    t = Table(data, colWidths=[4.2 * cm, 2.2 * cm, 2.2 * cm, 2.8 * cm, 2.8 * cm, 3.0 * cm],
              repeatRows=1)
    t.setStyle(TableStyle(style))
    story += [t, Spacer(1, 4),
              Paragraph("Kariesfri = inga kariesskadade, fyllda eller på grund av karies extraherade tänder "
                        "(deft = 0 för 3- och 6-åringar, DFT = 0 för 12- och 19-åringar). "
                        "Förändringen beräknas på avrundade andelar. .. = uppgift saknas.", FN),
              Spacer(1, 10),
              Paragraph("Tabell 2. Genomsnittligt antal kariesskadade tänder (deft/DFT) per kommun och ålder, 2024",
                        H2)]
    d2 = [["Kommun", "3 år (deft)", "6 år (deft)", "12 år (DFT)", "19 år (DFT)"]]
    for k in TV_KOMMUNER:
        d2.append([k] + [sv_num(v, 2) for v in TV_DFT[k]])
    t2 = Table(d2, colWidths=[4.2 * cm, 2.6 * cm, 2.6 * cm, 2.6 * cm, 2.6 * cm])
    t2.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, 0), bold), ("FONTNAME", (0, 1), (-1, -1), font),
                            ("FONTSIZE", (0, 0), (-1, -1), 8.5), ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                            ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E4EEF5"))]))
    story += [t2, Spacer(1, 4),
              Paragraph("deft = antal kariesskadade (decayed), extraherade och fyllda mjölktänder; DFT = "
                        "kariesskadade och fyllda permanenta tänder. Länsvärde redovisas inte i tabell 2.", FN),
              Paragraph("Källa: Region Halland, journalsystemet T4, Folktandvården och privata vårdgivare "
                        "inom barn- och ungdomstandvården.", FN)]

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont(font, 7.5)
        canvas.drawString(2 * cm, 1.2 * cm, "Region Halland – Tandhälsa hos barn och unga 2024")
        canvas.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Sida {doc.page}")
        canvas.restoreState()

    doc = SimpleDocTemplate(os.path.join(out, "folktandvarden_halland_barn_unga_2024.pdf"), pagesize=A4,
                            leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm,
                            title="Tandhälsa hos barn och unga i Halland 2024", author="Region Halland")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


# ---------------------------------------------------------------------------------------------
# 6. Räddningsinsatser Jämtland – register
# ---------------------------------------------------------------------------------------------
RT_KOMMUNER = [  # kommun, number of operations, stations, response-time mean (min)
    ("Östersund", 54, ["Östersund", "Brunflo"], 9),
    ("Krokom", 22, ["Krokom", "Föllinge"], 14),
    ("Åre", 31, ["Järpen", "Åre", "Duved"], 13),
    ("Strömsund", 17, ["Strömsund", "Hammerdal"], 19),
    ("Berg", 13, ["Svenstavik", "Myrviken"], 18),
    ("Bräcke", 11, ["Bräcke", "Kälarne"], 17),
    ("Ragunda", 9, ["Hammarstrand"], 16),
]
RT_TYPES = [  # type, weight
    ("Automatlarm, ej brand", 24), ("Trafikolycka", 20), ("Brand i byggnad", 13),
    ("Brand i skog eller mark", 9), ("Brand ej i byggnad, övrigt", 8),
    ("Sjukvårdslarm (IVPA)", 11), ("Drunkning eller drunkningstillbud", 3),
    ("Utsläpp av farligt ämne", 3), ("Annan händelse", 9),
]
RT_NOTES = ["", "", "", "", "", "", "Samverkan med ambulans", "Polis på plats", "Efterkontroll utförd",
            "Mörkerinsats", "Stöd från grannstation"]


def rt_data():
    rng = random.Random(12706)
    recs = []
    types = [t for t, _ in RT_TYPES]
    weights = [w for _, w in RT_TYPES]
    for kom, n, stations, mean_rt in RT_KOMMUNER:
        for _ in range(n):
            typ = rng.choices(types, weights)[0]
            if typ == "Brand i skog eller mark":
                month = rng.choice([5, 5, 6, 6, 7, 7, 7, 8, 8, 4, 9])
            elif kom == "Åre" and rng.random() < 0.3:
                month = rng.choice([1, 2, 3, 12])  # ski season
            else:
                month = rng.randint(1, 12)
            day = rng.randint(1, 28)
            hh, mm = rng.randint(0, 23), rng.randint(0, 59)
            station = stations[0] if rng.random() < 0.6 else rng.choice(stations)
            rt = max(3, int(round(rng.gauss(mean_rt, mean_rt * 0.3))))
            units = 1 if typ.startswith("Automatlarm") else rng.choice([1, 1, 2, 2, 3, 4])
            injured = rng.choice([0, 0, 0, 1, 1, 2]) if typ == "Trafikolycka" else (
                rng.choice([0, 0, 0, 0, 1]) if typ in ("Brand i byggnad", "Drunkning eller drunkningstillbud") else 0)
            note = rng.choice(RT_NOTES)
            if rng.random() < 0.05:
                rt = None
                note = "Återkallad på väg – ej framme"
                injured = 0
            recs.append(dict(date=dt.date(2024, month, day), time=dt.time(hh, mm), kom=kom, station=station,
                             typ=typ, rt=rt, units=units, injured=injured, note=note))
    recs.sort(key=lambda r: (r["date"], r["time"]))
    for i, r in enumerate(recs, 1):
        r["id"] = f"RTJ-2024-{i:04d}"
    return recs


def write_rt(out):
    recs = rt_data()
    wb = Workbook()
    ws = wb.active
    ws.title = "Insatser"
    ws["A1"] = "Räddningsinsatser 2024 – Jämtlands räddningstjänstförbund"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Uttag ur insatsrapporteringen 2025-01-08. En rad per insats. Preliminära uppgifter – "
                "kan komma att justeras efter MSB:s granskning.")
    ws["A2"].font = Font(italic=True)
    head = ["Ärendenr", "Larmdatum", "Larmtid", "Kommun", "Station", "Händelsetyp", "Responstid (min)",
            "Antal enheter", "Skadade personer", "Anmärkning"]
    for c, h in enumerate(head, 1):
        cc = ws.cell(4, c, h)
        cc.font = Font(bold=True, color="FFFFFF")
        cc.fill = PatternFill("solid", fgColor="9C2A1E")
    r = 5
    for rec in recs:
        ws.cell(r, 1, rec["id"])
        ws.cell(r, 2, rec["date"]).number_format = "yyyy-mm-dd"
        ws.cell(r, 3, rec["time"]).number_format = "hh:mm"
        ws.cell(r, 4, rec["kom"])
        ws.cell(r, 5, rec["station"])
        ws.cell(r, 6, rec["typ"])
        ws.cell(r, 7, rec["rt"])
        ws.cell(r, 8, rec["units"])
        ws.cell(r, 9, rec["injured"])
        ws.cell(r, 10, rec["note"] or None)
        r += 1
    ws.auto_filter.ref = f"A4:J{r - 1}"
    ws.freeze_panes = "A5"
    for c, wdt in zip("ABCDEFGHIJ", [15, 12, 8, 12, 14, 32, 16, 13, 15, 30]):
        ws.column_dimensions[c].width = wdt

    ws2 = wb.create_sheet("Definitioner")
    defs = [
        ("Begrepp", "Förklaring"),
        ("Insats", "Räddningsinsats enligt lagen (2003:778) om skydd mot olyckor som räddningstjänsten larmats till."),
        ("Larmdatum/Larmtid", "Tidpunkt då SOS Alarm larmade räddningstjänsten."),
        ("Responstid (min)", "Tid från larm till att första enhet var framme på skadeplatsen. Tomt om enheten "
                             "återkallades innan den kom fram."),
        ("Station", "Den station vars enhet kom först till platsen (eller larmades först vid återkallat larm)."),
        ("Antal enheter", "Antal räddningsenheter (fordon) som larmades."),
        ("Skadade personer", "Personer som fördes till sjukvård eller behandlades på plats."),
        ("Automatlarm, ej brand", "Automatiskt brandlarm där ingen brand förelåg."),
        ("Sjukvårdslarm (IVPA)", "I väntan på ambulans – räddningstjänsten gör första insats vid "
                                 "sjukvårdslarm."),
        ("Förbundet", "Jämtlands räddningstjänstförbund omfattar Berg, Bräcke, Krokom, Ragunda, Strömsund, "
                      "Åre och Östersund. Härjedalens kommun har egen räddningstjänst och ingår inte."),
    ]
    for i, (a, b) in enumerate(defs, 1):
        ws2.cell(i, 1, a)
        ws2.cell(i, 2, b)
        if i == 1:
            ws2.cell(i, 1).font = Font(bold=True)
            ws2.cell(i, 2).font = Font(bold=True)
    ws2.column_dimensions["A"].width = 26
    ws2.column_dimensions["B"].width = 110
    wb.save(os.path.join(out, "raddningsinsatser_jamtland_2024.xlsx"))


def main():
    if len(sys.argv) != 2:
        print("Usage: python r127_make_files.py OUT_DIR")
        sys.exit(1)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    write_kb(out)
    write_bt(out)
    write_lon(out)
    write_ht(out)
    write_tv(out)
    write_rt(out)
    print("Wrote 6 files to", out)


if __name__ == "__main__":
    main()
