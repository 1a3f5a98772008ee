#!/usr/bin/env python
"""r163 – writes six synthetic but realistic Swedish statistics files for
Örebro län into OUT_DIR.

    python r163_make_files.py OUT_DIR

Files
1. scb_forvarvsinkomst_orebro_lan_2022-2024.csv   (cp1252, "sep=;" line, tidy long, percentiles)
2. af_inskrivna_arbetslosa_orebro_lan_manad.csv    (UTF-8 BOM, CRLF, long, Swedish month names, newest first)
3. nystartade_foretag_orebro_lan_2023_2024.xlsx    (two tables side by side, right one sorted by rank; branch sheet with % formats)
4. kommunala_nyckeltal_orebro_lan.xlsx              (group header rows, outline levels, unweighted group means, % as fractions)
5. region_orebro_lan_utbildningsniva_2025.pdf       (report, table folded into two halves side by side)
6. fk_ohalsotal_sjukpenningtal_orebro_lan.csv       (Latin-1, two title lines, two header lines, sex rows indented under kommun)

All data are invented with a fixed seed; totals are sums of the parts shown.
"""
import csv
import io
import os
import random
import sys

SEED = 163


def fmt_dec(x, nd=1):
    """Swedish decimal comma."""
    return f"{x:.{nd}f}".replace(".", ",")


def sv_key(s):
    """Swedish alphabetical order: a-z, å, ä, ö."""
    order = "abcdefghijklmnopqrstuvwxyzåäö"
    return [order.index(ch) if ch in order else -1 for ch in s.lower()]


def fmt_int_space(n):
    """Thousands with a (normal) space: 12 345."""
    return f"{n:,}".replace(",", " ")


KOMMUNER = [  # code, name, population 31 dec 2024 (invented but plausible)
    ("1814", "Lekeberg", 8576),
    ("1860", "Laxå", 5522),
    ("1861", "Hallsberg", 16187),
    ("1862", "Degerfors", 9368),
    ("1863", "Hällefors", 6701),
    ("1864", "Ljusnarsberg", 4812),
    ("1880", "Örebro", 160513),
    ("1881", "Kumla", 22690),
    ("1882", "Askersund", 11402),
    ("1883", "Karlskoga", 30771),
    ("1884", "Nora", 10655),
    ("1885", "Lindesberg", 23541),
]
NAMES = [k[1] for k in KOMMUNER]
POP = {k[1]: k[2] for k in KOMMUNER}
CODE = {k[1]: k[0] for k in KOMMUNER}


# ---------------------------------------------------------------------------
# 1. SCB income CSV
# ---------------------------------------------------------------------------
def make_income(out, rnd):
    lvl = {  # relative income level
        "Lekeberg": 1.07, "Laxå": 0.90, "Hallsberg": 0.96, "Degerfors": 0.92,
        "Hällefors": 0.86, "Ljusnarsberg": 0.84, "Örebro": 1.03, "Kumla": 1.01,
        "Askersund": 0.97, "Karlskoga": 0.98, "Nora": 0.99, "Lindesberg": 0.93,
    }
    years = [2022, 2023, 2024]
    growth = {2022: 1.0, 2023: 1.041, 2024: 1.041 * 1.037}
    rows = []
    agg = {}  # (year, age, sex) -> [n, sum]
    for name in NAMES:
        for age in ["20-64 år", "65+ år"]:
            share_age = 0.565 if age == "20-64 år" else 0.235
            if name in ("Hällefors", "Ljusnarsberg", "Laxå", "Askersund", "Nora"):
                share_age = 0.53 if age == "20-64 år" else 0.30
            base_n = POP[name] * share_age
            for y in years:
                g = growth[y] * (1 + rnd.uniform(-0.006, 0.006))
                if age == "20-64 år":
                    mk = 338.0 * lvl[name] * g * rnd.uniform(0.98, 1.02)
                    mm = 412.0 * lvl[name] * g * rnd.uniform(0.98, 1.02)
                else:
                    mk = 226.0 * lvl[name] ** 0.6 * g * rnd.uniform(0.98, 1.02)
                    mm = 296.0 * lvl[name] ** 0.6 * g * rnd.uniform(0.98, 1.02)
                drift = {2022: 0.985, 2023: 0.993, 2024: 1.0}[y]
                nk = int(round(base_n * drift * rnd.uniform(0.48, 0.50)))
                nm = int(round(base_n * drift * rnd.uniform(0.50, 0.53)))
                mk, mm = round(mk, 1), round(mm, 1)
                nt = nk + nm
                mt = round((nk * mk + nm * mm) / nt, 1)
                pct = {}
                for sex, mean in (("kvinnor", mk), ("män", mm)):
                    med = round(mean * rnd.uniform(0.912, 0.930), 1)
                    p10 = round(mean * rnd.uniform(0.13, 0.15) if age == "20-64 år" else mean * rnd.uniform(0.50, 0.53), 1)
                    p90 = round(mean * rnd.uniform(1.66, 1.72), 1)
                    pct[sex] = (med, p10, p90)
                pct["totalt"] = tuple(round((nk * a + nm * b) / nt, 1) for a, b in zip(pct["kvinnor"], pct["män"]))
                for sex, n, mean in (("totalt", nt, mt), ("kvinnor", nk, mk), ("män", nm, mm)):
                    med, p10, p90 = pct[sex]
                    rows.append([f"{CODE[name]} {name}", sex, age, y, n, mean, med, p10, p90])
                    a = agg.setdefault((y, age, sex), [0, 0.0])
                    a[0] += n
                    a[1] += n * mean
    # county rows
    county = []
    for age in ["20-64 år", "65+ år"]:
        for y in years:
            for sex in ("totalt", "kvinnor", "män"):
                n, s = agg[(y, age, sex)]
                mean = round(s / n, 1)
                med = round(mean * 0.922, 1)
                p10 = round(mean * (0.135 if age == "20-64 år" else 0.51), 1)
                p90 = round(mean * 1.69, 1)
                county.append(["18 Örebro län", sex, age, y, n, mean, med, p10, p90])
    # Riket
    riket = []
    rk = {"20-64 år": (348.9, 425.6, 2880000, 3010000), "65+ år": (236.2, 318.4, 1110000, 1000000)}
    for age in ["20-64 år", "65+ år"]:
        for y in years:
            mk0, mm0, nk0, nm0 = rk[age]
            mk = round(mk0 * growth[y], 1)
            mm = round(mm0 * growth[y], 1)
            nk = nk0 + (y - 2022) * 21000 + 317
            nm = nm0 + (y - 2022) * 24000 + 583
            nt = nk + nm
            mt = round((nk * mk + nm * mm) / nt, 1)
            for sex, n, mean in (("totalt", nt, mt), ("kvinnor", nk, mk), ("män", nm, mm)):
                riket.append(["00 Riket", sex, age, y, n, mean, round(mean * 0.915, 1),
                              round(mean * (0.13 if age == "20-64 år" else 0.5), 1), round(mean * 1.74, 1)])
    # mask two small percentiles
    all_rows = riket + county + rows
    out_rows = []
    for r in all_rows:
        rr = [r[0], r[1], r[2], str(r[3]), str(r[4]), fmt_dec(r[5]), fmt_dec(r[6]), fmt_dec(r[7]), fmt_dec(r[8])]
        if r[0].endswith("Ljusnarsberg") and r[2] == "65+ år" and r[1] == "män" and r[3] == 2022:
            rr[8] = ".."
        if r[0].endswith("Laxå") and r[2] == "65+ år" and r[1] == "kvinnor" and r[3] == 2022:
            rr[7] = ".."
        out_rows.append(rr)
    buf = io.StringIO()
    buf.write("sep=;\r\n")
    buf.write("Sammanräknad förvärvsinkomst för boende i Sverige hela året efter region, kön, ålder och inkomstår. "
              "Antal personer och inkomst i tusentals kronor (tkr)\r\n")
    buf.write("\r\n")
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(["region", "kön", "ålder", "inkomstår", "Antal personer", "Medelinkomst, tkr",
                "Medianinkomst, tkr", "P10, tkr", "P90, tkr"])
    for r in out_rows:
        w.writerow(r)
    buf.write("\r\n")
    buf.write("Förklaringar:\r\n")
    buf.write("Sammanräknad förvärvsinkomst = summan av inkomst av tjänst och inkomst av näringsverksamhet (före skatt).\r\n")
    buf.write("P10 respektive P90 = inkomstgräns för de 10 procent med lägst respektive högst inkomst.\r\n")
    buf.write('".." = uppgift för osäker för att redovisas.\r\n')
    buf.write("Källa: SCB, Inkomst- och taxeringsregistret (IoT). Uttaget 2026-02-11.\r\n")
    with open(os.path.join(out, "scb_forvarvsinkomst_orebro_lan_2022-2024.csv"), "w", encoding="cp1252", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 2. AF monthly CSV
# ---------------------------------------------------------------------------
MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
          "september", "oktober", "november", "december"]


def make_af(out, rnd):
    rate = {  # 16-64 rate level (%)
        "Lekeberg": 3.9, "Laxå": 8.8, "Hallsberg": 7.3, "Degerfors": 9.4, "Hällefors": 10.6,
        "Ljusnarsberg": 11.3, "Örebro": 8.4, "Kumla": 6.8, "Askersund": 5.1, "Karlskoga": 9.7,
        "Nora": 5.7, "Lindesberg": 8.0,
    }
    prog_share = {  # share of unemployed in programmes
        "Lekeberg": 0.44, "Laxå": 0.58, "Hallsberg": 0.52, "Degerfors": 0.61, "Hällefors": 0.63,
        "Ljusnarsberg": 0.60, "Örebro": 0.49, "Kumla": 0.50, "Askersund": 0.47, "Karlskoga": 0.55,
        "Nora": 0.48, "Lindesberg": 0.56,
    }
    periods = [(2024, 10), (2024, 11), (2024, 12)] + [(2025, m) for m in range(1, 11)]
    season = {1: 1.06, 2: 1.05, 3: 1.03, 4: 1.0, 5: 0.97, 6: 0.99, 7: 1.04, 8: 1.01,
              9: 0.97, 10: 0.96, 11: 0.97, 12: 1.01}
    recs = {}  # (period, region, sex, age) -> (open, prog, labourforce)
    for name in NAMES:
        lf_all = POP[name] * 0.50
        for age in ["16-64 år", "18-24 år"]:
            lf = lf_all if age == "16-64 år" else lf_all * 0.105
            lf_k = int(round(lf * 0.475))
            lf_m = int(round(lf * 0.525))
            for i, (y, m) in enumerate(periods):
                trend = 1.0 + 0.004 * i if name not in ("Karlskoga", "Degerfors") else 1.0 + 0.009 * i
                if name in ("Hallsberg",):
                    trend = 1.0 - 0.006 * i
                agef = 1.0 if age == "16-64 år" else 1.38 * (1.12 if m in (6, 7, 8) else 1.0)
                r = rate[name] / 100 * season[m] * trend * agef
                for sex, lfx, sf in (("Kvinnor", lf_k, 0.93), ("Män", lf_m, 1.06)):
                    tot = max(0, int(round(lfx * r * sf * rnd.uniform(0.96, 1.04))))
                    ps = prog_share[name] * rnd.uniform(0.94, 1.06) * (0.85 if age == "18-24 år" else 1.0)
                    prog = int(round(tot * ps))
                    recs[((y, m), name, sex, age)] = (tot - prog, prog, lfx)
    # build rows incl. totals and county
    rows = []
    for name in sorted(NAMES, key=sv_key) + ["Örebro län"]:
        for age in ["16-64 år", "18-24 år"]:
            for sex in ["Totalt", "Kvinnor", "Män"]:
                for (y, m) in reversed(periods):
                    if name == "Örebro län":
                        sexes = ["Kvinnor", "Män"] if sex == "Totalt" else [sex]
                        o = sum(recs[((y, m), n, s, age)][0] for n in NAMES for s in sexes)
                        p = sum(recs[((y, m), n, s, age)][1] for n in NAMES for s in sexes)
                        lf = sum(recs[((y, m), n, s, age)][2] for n in NAMES for s in sexes)
                    else:
                        sexes = ["Kvinnor", "Män"] if sex == "Totalt" else [sex]
                        o = sum(recs[((y, m), name, s, age)][0] for s in sexes)
                        p = sum(recs[((y, m), name, s, age)][1] for s in sexes)
                        lf = sum(recs[((y, m), name, s, age)][2] for s in sexes)
                    t = o + p
                    share = fmt_dec(round(100 * t / lf, 1)) if lf > 0 else "-"
                    kod = "18" if name == "Örebro län" else CODE[name]
                    rows.append([f"{MONTHS[m-1]} {y}", kod, name, sex, age,
                                 str(o) if o else "-", str(p) if p else "-", str(t) if t else "-", share])
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    w.writerow(["Månad", "Kommunkod", "Kommun/län", "Kön", "Ålder", "Öppet arbetslösa",
                "Sökande i program med aktivitetsstöd", "Inskrivna arbetslösa totalt",
                "Andel av registerbaserad arbetskraft (%)"])
    for r in rows:
        w.writerow(r)
    with open(os.path.join(out, "af_inskrivna_arbetslosa_orebro_lan_manad.csv"), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 3. Nystartade företag XLSX
# ---------------------------------------------------------------------------
def make_startups(out, rnd):
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

    bold = Font(bold=True)
    thin = Side(style="thin", color="999999")
    pop1664 = {n: int(round(POP[n] * rnd.uniform(0.57, 0.63))) for n in NAMES}
    rate23 = {"Lekeberg": 10.4, "Laxå": 6.1, "Hallsberg": 6.6, "Degerfors": 5.3, "Hällefors": 6.9,
              "Ljusnarsberg": 7.8, "Örebro": 8.9, "Kumla": 7.4, "Askersund": 9.6, "Karlskoga": 5.9,
              "Nora": 9.1, "Lindesberg": 6.4}
    n23, n24 = {}, {}
    for n in NAMES:
        n23[n] = int(round(pop1664[n] * rate23[n] / 1000 * rnd.uniform(0.97, 1.03)))
        ch = rnd.uniform(0.96, 1.10)
        if n == "Kumla":
            ch = 1.19
        if n == "Nora":
            ch = 0.91
        n24[n] = int(round(n23[n] * ch))
    per = lambda a, b: round(1000 * a / b, 1)
    wb = Workbook()
    ws0 = wb.active
    ws0.title = "Läs mig"
    lines = [
        ("Nystartade företag i Örebro län 2023 och 2024", True),
        ("", False),
        ("Tabellerna visar antal nystartade företag per kommun (säte) och år, samt antal nystartade per 1 000 invånare 16–64 år.", False),
        ("Bladet 'Kommuner' innehåller två tabeller bredvid varandra: 2023 till vänster (alfabetisk ordning)", False),
        ("och 2024 till höger, sorterad efter antal per 1 000 invånare (rangordning).", False),
        ("Bladet 'Branscher 2024' visar nystartade företag 2024 efter bransch (SNI 2007, avdelning), länet och riket.", False),
        ("", False),
        ("Med nystartat företag avses ett företag som är helt nytt, inte ett ombildat eller övertaget företag.", False),
        ("Konkurser och avregistrerade företag ingår inte i denna sammanställning.", False),
        ("", False),
        ("Källa: Tillväxtanalys, Nystartade företag (bearbetning Region Örebro län, Regional utveckling).", False),
        ("Senast uppdaterad: 2025-11-20", False),
    ]
    for i, (t, b) in enumerate(lines, 1):
        c = ws0.cell(row=i, column=1, value=t)
        if b:
            c.font = Font(bold=True, size=14)
    ws0.column_dimensions["A"].width = 110

    ws = wb.create_sheet("Kommuner")
    ws["A1"] = "Nystartade företag per kommun, Örebro län"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Antal och per 1 000 invånare 16–64 år"
    # left table 2023 (alphabetical)
    ws.merge_cells("A4:C4")
    ws["A4"] = "2023"
    ws.merge_cells("F4:I4")
    ws["F4"] = "2024"
    for c in ("A4", "F4"):
        ws[c].font = bold
        ws[c].alignment = Alignment(horizontal="center")
        ws[c].fill = PatternFill("solid", fgColor="DDEBF7")
    hdrL = ["Kommun", "Antal nystartade", "Per 1 000 inv. 16–64 år"]
    hdrR = ["Rang", "Kommun", "Antal nystartade", "Per 1 000 inv. 16–64 år"]
    for j, h in enumerate(hdrL):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = bold
        c.alignment = Alignment(wrap_text=True)
        c.border = Border(bottom=thin)
    for j, h in enumerate(hdrR):
        c = ws.cell(row=5, column=6 + j, value=h)
        c.font = bold
        c.alignment = Alignment(wrap_text=True)
        c.border = Border(bottom=thin)
    # Swedish collation: A..Z Å Ä Ö
    alpha = sorted(NAMES, key=sv_key)
    r = 6
    for n in alpha:
        ws.cell(row=r, column=1, value=n)
        ws.cell(row=r, column=2, value=n23[n])
        c = ws.cell(row=r, column=3, value=per(n23[n], pop1664[n]))
        c.number_format = "0.0"
        r += 1
    t23 = sum(n23.values())
    ws.cell(row=r, column=1, value="Örebro län").font = bold
    ws.cell(row=r, column=2, value=t23).font = bold
    c = ws.cell(row=r, column=3, value=per(t23, sum(pop1664.values())))
    c.font = bold
    c.number_format = "0.0"
    # right table 2024 ranked
    ranked = sorted(NAMES, key=lambda n: -per(n24[n], pop1664[n]))
    r = 6
    for i, n in enumerate(ranked, 1):
        ws.cell(row=r, column=6, value=i)
        ws.cell(row=r, column=7, value=n)
        ws.cell(row=r, column=8, value=n24[n])
        c = ws.cell(row=r, column=9, value=per(n24[n], pop1664[n]))
        c.number_format = "0.0"
        r += 1
    t24 = sum(n24.values())
    ws.cell(row=r, column=7, value="Örebro län").font = bold
    ws.cell(row=r, column=8, value=t24).font = bold
    c = ws.cell(row=r, column=9, value=per(t24, sum(pop1664.values())))
    c.font = bold
    c.number_format = "0.0"
    ws.cell(row=r + 2, column=1, value="Riket 2023: 68 412 nystartade företag, 10,6 per 1 000 inv. 16–64 år. Riket 2024: 70 158 respektive 10,8.")
    ws.cell(row=r + 3, column=1, value="Anm. Rang avser antal per 1 000 invånare 16–64 år 2024.")
    ws.cell(row=r + 4, column=1, value="Källa: Tillväxtanalys.")
    for col, wdt in zip("ABCDEFGHI", [16, 12, 14, 3, 3, 6, 16, 12, 14]):
        ws.column_dimensions[col].width = wdt

    # branch sheet
    wsb = wb.create_sheet("Branscher 2024")
    wsb["A1"] = "Nystartade företag 2024 efter bransch (SNI 2007), Örebro län och riket"
    wsb["A1"].font = Font(bold=True, size=13)
    sni = [
        ("A", "Jordbruk, skogsbruk och fiske", 0.045, 0.038),
        ("B+C", "Utvinning av mineral; Tillverkning", 0.041, 0.036),
        ("D+E", "Energi-, vatten- och avfallsförsörjning", 0.006, 0.005),
        ("F", "Byggverksamhet", 0.128, 0.104),
        ("G", "Handel; reparation av motorfordon", 0.118, 0.127),
        ("H", "Transport och magasinering", 0.047, 0.041),
        ("I", "Hotell- och restaurangverksamhet", 0.052, 0.049),
        ("J", "Informations- och kommunikationsverksamhet", 0.061, 0.082),
        ("K+L", "Finans-, försäkrings- och fastighetsverksamhet", 0.052, 0.066),
        ("M", "Verksamhet inom juridik, ekonomi, vetenskap och teknik", 0.148, 0.171),
        ("N", "Uthyrning, fastighetsservice, resetjänster", 0.072, 0.068),
        ("P", "Utbildning", 0.034, 0.036),
        ("Q", "Vård och omsorg; sociala tjänster", 0.058, 0.053),
        ("R+S", "Kultur, nöje och fritid; annan serviceverksamhet", 0.121, 0.114),
        ("X", "Okänd bransch", 0.017, 0.010),
    ]
    def split(total, weights):
        raw = [total * w / sum(weights) for w in weights]
        ints = [int(x) for x in raw]
        rest = total - sum(ints)
        order = sorted(range(len(raw)), key=lambda i: -(raw[i] - ints[i]))
        for i in order[:rest]:
            ints[i] += 1
        return ints
    lan = split(t24, [s[2] for s in sni])
    rik = split(70158, [s[3] for s in sni])
    wsb.merge_cells("A3:A4")
    wsb["A3"] = "SNI"
    wsb.merge_cells("B3:B4")
    wsb["B3"] = "Bransch"
    wsb.merge_cells("C3:D3")
    wsb["C3"] = "Örebro län"
    wsb.merge_cells("E3:F3")
    wsb["E3"] = "Riket"
    wsb["C4"], wsb["D4"], wsb["E4"], wsb["F4"] = "Antal", "Andel", "Antal", "Andel"
    for row in wsb.iter_rows(min_row=3, max_row=4, max_col=6):
        for c in row:
            c.font = bold
            c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            c.fill = PatternFill("solid", fgColor="E2EFDA")
    r = 5
    for (code, label, _, _), a, b in zip(sni, lan, rik):
        wsb.cell(row=r, column=1, value=code)
        wsb.cell(row=r, column=2, value=label)
        wsb.cell(row=r, column=3, value=a)
        c = wsb.cell(row=r, column=4, value=round(a / t24, 3))
        c.number_format = "0.0%"
        wsb.cell(row=r, column=5, value=b)
        c = wsb.cell(row=r, column=6, value=round(b / 70158, 3))
        c.number_format = "0.0%"
        r += 1
    wsb.cell(row=r, column=2, value="Samtliga branscher").font = bold
    wsb.cell(row=r, column=3, value=t24).font = bold
    c = wsb.cell(row=r, column=4, value=1.0)
    c.number_format = "0.0%"
    wsb.cell(row=r, column=5, value=70158).font = bold
    c = wsb.cell(row=r, column=6, value=1.0)
    c.number_format = "0.0%"
    wsb.cell(row=r + 2, column=1, value="Anm. Andelarna är avrundade och summerar därför inte alltid till 100 procent.")
    wsb.cell(row=r + 3, column=1, value="Källa: Tillväxtanalys.")
    wsb.column_dimensions["B"].width = 52
    for col in "CDEF":
        wsb.column_dimensions[col].width = 11
    wb.save(os.path.join(out, "nystartade_foretag_orebro_lan_2023_2024.xlsx"))


# ---------------------------------------------------------------------------
# 4. Kommunala nyckeltal XLSX
# ---------------------------------------------------------------------------
GROUPS = [
    ("Större städer och kommuner nära större stad", ["Örebro", "Karlskoga", "Kumla", "Lekeberg", "Hallsberg", "Degerfors"]),
    ("Mindre städer/tätorter", ["Lindesberg", "Askersund", "Nora", "Laxå"]),
    ("Landsbygdskommuner", ["Hällefors", "Ljusnarsberg"]),
]


def make_keyfigs(out, rnd):
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

    bold = Font(bold=True)
    tax = {"Lekeberg": 22.45, "Laxå": 22.85, "Hallsberg": 22.05, "Degerfors": 22.95, "Hällefors": 23.10,
           "Ljusnarsberg": 23.30, "Örebro": 21.45, "Kumla": 21.90, "Askersund": 22.20, "Karlskoga": 22.30,
           "Nora": 22.10, "Lindesberg": 22.40}
    old = {"Lekeberg": .198, "Laxå": .287, "Hallsberg": .226, "Degerfors": .262, "Hällefors": .301,
           "Ljusnarsberg": .312, "Örebro": .177, "Kumla": .199, "Askersund": .279, "Karlskoga": .238,
           "Nora": .264, "Lindesberg": .244}
    hyr = {"Lekeberg": .128, "Laxå": .262, "Hallsberg": .241, "Degerfors": .286, "Hällefors": .318,
           "Ljusnarsberg": .274, "Örebro": .402, "Kumla": .268, "Askersund": .197, "Karlskoga": .355,
           "Nora": .214, "Lindesberg": .257}
    # population change 2024, population 2023 = 2024 - change
    ch24 = {"Lekeberg": 121, "Laxå": -47, "Hallsberg": 38, "Degerfors": -61, "Hällefors": -52, "Ljusnarsberg": -39,
            "Örebro": 1684, "Kumla": 212, "Askersund": -14, "Karlskoga": 57, "Nora": 9, "Lindesberg": -83}
    ch23 = {"Lekeberg": 98, "Laxå": -31, "Hallsberg": 71, "Degerfors": -44, "Hällefors": -66, "Ljusnarsberg": -58,
            "Örebro": 1912, "Kumla": 187, "Askersund": 22, "Karlskoga": -12, "Nora": -17, "Lindesberg": -41}
    flats23 = {"Lekeberg": 34, "Laxå": 0, "Hallsberg": 41, "Degerfors": 6, "Hällefors": 2, "Ljusnarsberg": 0,
               "Örebro": 1137, "Kumla": 96, "Askersund": 18, "Karlskoga": 52, "Nora": 11, "Lindesberg": 27}
    flats24 = {"Lekeberg": 22, "Laxå": 4, "Hallsberg": 18, "Degerfors": 0, "Hällefors": 0, "Ljusnarsberg": 3,
               "Örebro": 874, "Kumla": 141, "Askersund": 9, "Karlskoga": 36, "Nora": 14, "Lindesberg": 31}
    netcost = {n: int(round(68000 + (old[n] - 0.18) * 160000 + rnd.uniform(-2500, 2500), -1)) for n in NAMES}
    vals = {}
    for y in (2023, 2024):
        for n in NAMES:
            pop = POP[n] if y == 2024 else POP[n] - ch24[n]
            chg = ch24[n] if y == 2024 else ch23[n]
            o = old[n] if y == 2024 else round(old[n] - rnd.uniform(0.001, 0.004), 3)
            h = hyr[n] if y == 2024 else round(hyr[n] - rnd.uniform(0.0, 0.003), 3)
            t = tax[n] if y == 2024 else round(tax[n] - (0.25 if n in ("Degerfors", "Hällefors") else 0.0), 2)
            nc = netcost[n] if y == 2024 else int(round(netcost[n] / 1.046, -1))
            fl = flats24[n] if y == 2024 else flats23[n]
            n65 = int(round(pop * o))
            vals[(y, n)] = dict(pop=pop, chg=chg, n65=n65, old=round(n65 / pop, 3), tax=t, nc=nc, fl=fl, hyr=h)
    hdr_groups = [("Befolkning", 3), ("Ekonomi", 2), ("Bostäder", 2)]
    sub = ["Folkmängd 31 dec", "Förändring under året", "Andel 65 år och äldre",
           "Kommunal skattesats, kr per 100 kr", "Nettokostnad, kr/inv.",
           "Färdigställda lägenheter i nybyggda hus", "Andel hyresrätter av bostadsbeståndet"]
    fmts = ["#,##0", "+#,##0;-#,##0;0", "0.0%", "0.00", "#,##0", "0", "0.0%"]
    keys = ["pop", "chg", "old", "tax", "nc", "fl", "hyr"]
    wb = Workbook()
    first = True
    for y in (2024, 2023):
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = f"Nyckeltal {y}"
        ws["A1"] = f"Kommunala nyckeltal för Örebro läns kommuner {y}"
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = "Kommunerna grupperade efter SKR:s kommungruppsindelning (förenklad, tre huvudgrupper). Se bladet Definitioner."
        ws["A2"].font = Font(italic=True)
        # header rows 4-5
        ws.merge_cells("A4:A5")
        ws["A4"] = "Kommun"
        col = 2
        for g, span in hdr_groups:
            ws.merge_cells(start_row=4, start_column=col, end_row=4, end_column=col + span - 1)
            ws.cell(row=4, column=col, value=g)
            col += span
        for j, s in enumerate(sub):
            ws.cell(row=5, column=2 + j, value=s)
        for row in ws.iter_rows(min_row=4, max_row=5, max_col=8):
            for c in row:
                c.font = bold
                c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
                c.fill = PatternFill("solid", fgColor="FCE4D6")
        ws.row_dimensions[5].height = 45
        r = 6
        for gname, members in GROUPS:
            c = ws.cell(row=r, column=1, value=gname)
            c.font = Font(bold=True, italic=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            for n in members:
                v = vals[(y, n)]
                c = ws.cell(row=r, column=1, value=n)
                c.alignment = Alignment(indent=2)
                for j, k in enumerate(keys):
                    cc = ws.cell(row=r, column=2 + j, value=v[k])
                    cc.number_format = fmts[j]
                ws.row_dimensions[r].outlineLevel = 1
                r += 1
            # unweighted mean row
            c = ws.cell(row=r, column=1, value="Ovägt medelvärde, kommungruppen")
            c.font = Font(italic=True)
            c.alignment = Alignment(indent=1)
            for j, k in enumerate(keys):
                m = sum(vals[(y, n)][k] for n in members) / len(members)
                if k in ("old", "hyr"):
                    m = round(m, 3)
                elif k == "tax":
                    m = round(m, 2)
                else:
                    m = int(round(m))
                cc = ws.cell(row=r, column=2 + j, value=m)
                cc.number_format = fmts[j]
                cc.font = Font(italic=True)
            r += 1
        # county row
        tp = sum(vals[(y, n)]["pop"] for n in NAMES)
        county = dict(
            pop=tp,
            chg=sum(vals[(y, n)]["chg"] for n in NAMES),
            old=round(sum(vals[(y, n)]["n65"] for n in NAMES) / tp, 3),
            tax=round(sum(vals[(y, n)]["tax"] * vals[(y, n)]["pop"] for n in NAMES) / tp, 2),
            nc=int(round(sum(vals[(y, n)]["nc"] * vals[(y, n)]["pop"] for n in NAMES) / tp, -1)),
            fl=sum(vals[(y, n)]["fl"] for n in NAMES),
            hyr=round(sum(vals[(y, n)]["hyr"] * vals[(y, n)]["pop"] for n in NAMES) / tp, 3),
        )
        riket = {2024: dict(pop=10587710, chg=36341, old=0.206, tax=20.98, nc=72480, fl=38941, hyr=0.366),
                 2023: dict(pop=10551369, chg=29070, old=0.204, tax=20.74, nc=69310, fl=57127, hyr=0.364)}[y]
        for label, v in (("Örebro län", county), ("Riket", riket)):
            c = ws.cell(row=r, column=1, value=label)
            c.font = bold
            c.border = Border(top=Side(style="thin"))
            for j, k in enumerate(keys):
                cc = ws.cell(row=r, column=2 + j, value=v[k])
                cc.number_format = fmts[j]
                cc.font = bold
            r += 1
        r += 1
        ws.cell(row=r, column=1, value="Anm. Länets skattesats, nettokostnad och andel hyresrätter är befolkningsvägda medelvärden; "
                                        "folkmängd, förändring och lägenheter är summor av kommunerna.")
        ws.cell(row=r + 1, column=1, value="Skattesatsen avser kommunal skattesats exklusive regionens skatt och begravningsavgift.")
        ws.cell(row=r + 2, column=1, value="Källor: SCB (befolkning, bostadsbyggande, bostadsbestånd, kommunalskatter), Kolada (nettokostnad).")
        ws.column_dimensions["A"].width = 34
        for col in "BCDEFGH":
            ws.column_dimensions[col].width = 15
        ws.sheet_properties.outlinePr.summaryBelow = True
        ws.freeze_panes = "B6"
    wd = wb.create_sheet("Definitioner")
    defs = [
        ("Nyckeltal", "Definition"),
        ("Folkmängd 31 dec", "Antal folkbokförda invånare den 31 december."),
        ("Förändring under året", "Folkmängd 31 dec minus folkmängd 31 dec året innan (födda − döda + in- − utflyttade + justering)."),
        ("Andel 65 år och äldre", "Invånare 65 år och äldre i procent av folkmängden 31 dec."),
        ("Kommunal skattesats", "Kommunens skattesats i kronor per 100 kr beskattningsbar inkomst, exklusive regionskatt."),
        ("Nettokostnad, kr/inv.", "Kommunens nettokostnad (verksamhetens kostnader minus intäkter) i kronor per invånare, löpande priser."),
        ("Färdigställda lägenheter", "Antal färdigställda lägenheter i nybyggda hus under året (småhus och flerbostadshus)."),
        ("Andel hyresrätter", "Lägenheter med hyresrätt i procent av alla lägenheter i bostadsbeståndet 31 dec."),
        ("Ovägt medelvärde", "Enkelt medelvärde av kommunernas värden i kommungruppen (varje kommun väger lika)."),
    ]
    for i, (a, b) in enumerate(defs, 1):
        wd.cell(row=i, column=1, value=a).font = bold if i == 1 else Font()
        wd.cell(row=i, column=2, value=b).font = bold if i == 1 else Font()
    wd.column_dimensions["A"].width = 28
    wd.column_dimensions["B"].width = 100
    wb.save(os.path.join(out, "kommunala_nyckeltal_orebro_lan.xlsx"))


# ---------------------------------------------------------------------------
# 5. PDF report on educational attainment
# ---------------------------------------------------------------------------
def make_pdf(out, rnd):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.lib import colors
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether)

    share24 = {"Lekeberg": .452, "Laxå": .287, "Hallsberg": .331, "Degerfors": .296, "Hällefors": .268,
               "Ljusnarsberg": .254, "Örebro": .528, "Kumla": .401, "Askersund": .357, "Karlskoga": .372,
               "Nora": .389, "Lindesberg": .318}
    inc = {"Lekeberg": .091, "Laxå": .052, "Hallsberg": .063, "Degerfors": .048, "Hällefors": .041,
           "Ljusnarsberg": .058, "Örebro": .067, "Kumla": .083, "Askersund": .071, "Karlskoga": .061,
           "Nora": .078, "Lindesberg": .057}
    levels = ["Förgymnasial utbildning", "Gymnasial utbildning, högst 2 år", "Gymnasial utbildning, 3 år",
              "Eftergymnasial utbildning, kortare än 3 år", "Eftergymnasial utbildning, 3 år eller längre",
              "Uppgift om utbildningsnivå saknas"]
    counts = {}  # (kommun, sex, year) -> list over levels
    for n in NAMES:
        base = POP[n] * (0.49 if n == "Örebro" else 0.455)
        for y in (2014, 2024):
            for sex in ("Kvinnor", "Män"):
                tot = int(round(base * (0.485 if sex == "Kvinnor" else 0.515) * (1.0 if y == 2024 else 0.97)))
                s = share24[n] if y == 2024 else share24[n] - inc[n]
                s *= (1.19 if sex == "Kvinnor" else 0.83)
                s *= rnd.uniform(0.99, 1.01)
                missing = int(round(tot * (0.021 if y == 2024 else 0.017)))
                eg = int(round(tot * s))
                eg3 = int(round(eg * 0.66))
                egk = eg - eg3
                rest = tot - missing - eg
                fg = int(round(rest * 0.20))
                g2 = int(round(rest * 0.33))
                g3 = rest - fg - g2
                counts[(n, sex, y)] = [fg, g2, g3, egk, eg3, missing]

    def share(n_list, sexes, y):
        eg = sum(counts[(n, s, y)][3] + counts[(n, s, y)][4] for n in n_list for s in sexes)
        tot = sum(sum(counts[(n, s, y)]) for n in n_list for s in sexes)
        return round(100 * eg / tot, 1)

    def p(x):
        return fmt_dec(x)

    tab1 = []
    for n in NAMES:
        s14 = share([n], ["Kvinnor", "Män"], 2014)
        s24 = share([n], ["Kvinnor", "Män"], 2024)
        tab1.append((n, s14, s24, round(s24 - s14, 1), share([n], ["Kvinnor"], 2024), share([n], ["Män"], 2024)))
    c14 = share(NAMES, ["Kvinnor", "Män"], 2014)
    c24 = share(NAMES, ["Kvinnor", "Män"], 2024)
    county_row = ("Örebro län", c14, c24, round(c24 - c14, 1), share(NAMES, ["Kvinnor"], 2024), share(NAMES, ["Män"], 2024))

    styles = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=styles["BodyText"], fontName="Helvetica", fontSize=9.5, leading=13)
    h1 = ParagraphStyle("h1", parent=styles["Heading1"], fontName="Helvetica-Bold", fontSize=16)
    h2 = ParagraphStyle("h2", parent=styles["Heading2"], fontName="Helvetica-Bold", fontSize=12)
    cap = ParagraphStyle("cap", parent=body, fontName="Helvetica-Bold", fontSize=9)
    note = ParagraphStyle("note", parent=body, fontSize=7.5, leading=9.5, textColor=colors.HexColor("#444444"))

    def header_footer(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 7.5)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawString(20 * mm, 287 * mm, "Region Örebro län  |  Regional utveckling  |  Kunskapsunderlag 2025:7")
        canvas.drawRightString(190 * mm, 10 * mm, f"Sida {doc.page}")
        canvas.restoreState()

    doc = SimpleDocTemplate(os.path.join(out, "region_orebro_lan_utbildningsniva_2025.pdf"), pagesize=A4,
                            leftMargin=20 * mm, rightMargin=20 * mm, topMargin=22 * mm, bottomMargin=18 * mm,
                            title="Utbildningsnivån i Örebro län 2024", author="Region Örebro län")
    st = []
    st.append(Paragraph("Utbildningsnivån i Örebro län – utveckling 2014–2024", h1))
    st.append(Paragraph("Kunskapsunderlag från Regional utveckling, december 2025", body))
    st.append(Spacer(1, 6))
    st.append(Paragraph("Sammanfattning", h2))
    st.append(Paragraph(
        f"Andelen invånare 25–64 år med eftergymnasial utbildning fortsätter att öka i Örebro län. År 2024 hade "
        f"{p(c24)} procent av befolkningen i åldern 25–64 år en eftergymnasial utbildning, jämfört med {p(c14)} procent "
        f"tio år tidigare. Ökningen följer rikets utveckling men länet ligger fortfarande under riksgenomsnittet, "
        f"som 2024 var 47,3 procent. Skillnaderna mellan länets kommuner är stora: i den kommun där andelen är högst "
        f"är den ungefär dubbelt så hög som i den kommun där den är lägst.", body))
    st.append(Spacer(1, 4))
    st.append(Paragraph(
        "I länets regionala utvecklingsstrategi finns målet att minst 50 procent av invånarna 25–64 år ska ha en "
        "eftergymnasial utbildning år 2030. Vid en oförändrad ökningstakt nås målet först i början av 2030-talet. "
        "År 2019 var andelen i länet 40,2 procent.", body))
    st.append(Spacer(1, 4))
    st.append(Paragraph("Kommunernas utveckling", h2))
    st.append(Paragraph(
        "Tabell 1 visar andelen med eftergymnasial utbildning per kommun 2014 och 2024, förändringen i "
        "procentenheter samt andelen för kvinnor och män 2024. Tabellen är av utrymmesskäl uppdelad i två "
        "halvor som ska läsas var för sig. Kvinnor har i samtliga kommuner en högre utbildningsnivå än män – "
        "skillnaden är i flera kommuner över 15 procentenheter.", body))
    st.append(Spacer(1, 6))
    st.append(Paragraph("Tabell 1. Andel (%) av befolkningen 25–64 år med eftergymnasial utbildning, per kommun", cap))
    hdr = ["Kommun", "2014", "2024", "Förändr.\np.e.", "Kvinnor\n2024", "Män\n2024"]
    left = tab1[:6]
    right = tab1[6:]
    data = [hdr + [""] + hdr]
    for a, b in zip(left, right):
        data.append([a[0]] + [p(x) for x in a[1:]] + [""] + [b[0]] + [p(x) for x in b[1:]])
    data.append([""] * 7 + [county_row[0]] + [p(x) for x in county_row[1:]])
    cw = [22 * mm, 11 * mm, 11 * mm, 13 * mm, 13 * mm, 11 * mm]
    t = Table(data, colWidths=cw + [5 * mm] + cw)
    ts = TableStyle([
        ("FONT", (0, 0), (-1, -1), "Helvetica", 7.8),
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 7.8),
        ("FONT", (7, -1), (-1, -1), "Helvetica-Bold", 7.8),
        ("ALIGN", (1, 0), (5, -1), "RIGHT"),
        ("ALIGN", (8, 0), (12, -1), "RIGHT"),
        ("LINEBELOW", (0, 0), (5, 0), 0.6, colors.black),
        ("LINEBELOW", (7, 0), (12, 0), 0.6, colors.black),
        ("LINEABOVE", (7, -1), (12, -1), 0.6, colors.black),
        ("BACKGROUND", (0, 0), (5, 0), colors.HexColor("#E8EEF6")),
        ("BACKGROUND", (7, 0), (12, 0), colors.HexColor("#E8EEF6")),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
    ])
    t.setStyle(ts)
    st.append(t)
    st.append(Spacer(1, 3))
    st.append(Paragraph(
        "Anm. Andelen beräknas på samtliga invånare 25–64 år, inklusive personer där uppgift om utbildningsnivå saknas. "
        "p.e. = procentenheter. Källa: SCB, Befolkningens utbildning (UREG), bearbetning Region Örebro län.", note))
    st.append(Spacer(1, 8))
    best = max(tab1, key=lambda r: r[3])
    st.append(Paragraph(
        "Störst ökning under tioårsperioden har skett i kommuner med stark inflyttning av barnfamiljer, medan "
        "ökningen varit svagast i de norra bergslagskommunerna. I Örebro kommun, där universitetet och "
        "universitetssjukhuset finns, har mer än varannan invånare i yrkesverksam ålder en eftergymnasial "
        "utbildning.", body))
    st.append(Spacer(1, 6))
    st.append(Paragraph("Utbildningsnivå i länet efter kön", h2))
    st.append(Paragraph(
        "Tabell 2 redovisar befolkningen 25–64 år i länet efter högsta utbildningsnivå. Drygt var femte man i "
        "länet har som högst en gymnasial utbildning på högst två år, vilket till stor del speglar länets "
        "industriella historia.", body))
    st.append(Spacer(1, 6))
    rows2 = [["Utbildningsnivå", "Kvinnor", "Män", "Totalt"]]
    totK = totM = 0
    for i, lv in enumerate(levels):
        k = sum(counts[(n, "Kvinnor", 2024)][i] for n in NAMES)
        m = sum(counts[(n, "Män", 2024)][i] for n in NAMES)
        totK += k
        totM += m
        rows2.append([lv, fmt_int_space(k), fmt_int_space(m), fmt_int_space(k + m)])
    rows2.append(["Totalt", fmt_int_space(totK), fmt_int_space(totM), fmt_int_space(totK + totM)])
    t2 = Table(rows2, colWidths=[75 * mm, 22 * mm, 22 * mm, 22 * mm])
    t2.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), "Helvetica", 8.5),
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5),
        ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 8.5),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
        ("LINEABOVE", (0, -1), (-1, -1), 0.6, colors.black),
    ]))
    st.append(KeepTogether([Paragraph("Tabell 2. Befolkningen 25–64 år efter utbildningsnivå och kön, Örebro län 2024, antal", cap),
                            Spacer(1, 3), t2]))
    st.append(Spacer(1, 3))
    st.append(Paragraph("Källa: SCB, Befolkningens utbildning (UREG), 31 december 2024.", note))
    st.append(Spacer(1, 8))
    st.append(Paragraph("Slutsatser", h2))
    st.append(Paragraph(
        "Utbildningsnivån stiger i hela länet men skillnaderna mellan kommunerna består. För att nå målet "
        "till 2030 behöver fler i de mindre kommunerna få tillgång till eftergymnasial utbildning på hemorten, "
        "till exempel via lärcentra och yrkeshögskoleutbildningar på distans. En prognos från 2023 pekade på att "
        "andelen i länet skulle nå 46 procent år 2025, men den utvecklingen ser ut att gå något långsammare.", body))
    doc.build(st, onFirstPage=header_footer, onLaterPages=header_footer)


# ---------------------------------------------------------------------------
# 6. FK ohälsotal / sjukpenningtal CSV
# ---------------------------------------------------------------------------
def make_fk(out, rnd):
    ins = {n: (int(round(POP[n] * 0.30)), int(round(POP[n] * 0.315))) for n in NAMES}  # insured K, M
    lvl = {"Lekeberg": 0.93, "Laxå": 1.16, "Hallsberg": 1.04, "Degerfors": 1.21, "Hällefors": 1.27,
           "Ljusnarsberg": 1.31, "Örebro": 0.94, "Kumla": 1.01, "Askersund": 1.02, "Karlskoga": 1.12,
           "Nora": 0.99, "Lindesberg": 1.09}
    vals = {}
    for n in NAMES:
        for per, f in (("2023", 1.0), ("2024", 0.975)):
            vals[(n, per)] = {}
            ohk = round(34.0 * lvl[n] * f * rnd.uniform(0.97, 1.03), 1)
            ohm = round(23.5 * lvl[n] * f * rnd.uniform(0.97, 1.03), 1)
            spk = round(13.4 * lvl[n] ** 0.8 * f * rnd.uniform(0.96, 1.04), 1)
            spm = round(7.4 * lvl[n] ** 0.8 * f * rnd.uniform(0.96, 1.04), 1)
            if n == "Hallsberg" and per == "2024":
                spk = round(spk * 1.05, 1)
                spm = round(spm * 1.04, 1)
            vals[(n, per)] = dict(ohk=ohk, ohm=ohm, spk=spk, spm=spm)
    def tot(a, b, n):
        k, m = ins[n] if isinstance(n, str) else n
        return round((a * k + b * m) / (k + m), 1)
    rows = []
    for n in NAMES:
        v3, v4 = vals[(n, "2023")], vals[(n, "2024")]
        row_t = [n, tot(v3["ohk"], v3["ohm"], n), tot(v4["ohk"], v4["ohm"], n),
                 tot(v3["spk"], v3["spm"], n), tot(v4["spk"], v4["spm"], n)]
        rows.append(row_t)
        rows.append(["  Kvinnor", v3["ohk"], v4["ohk"], v3["spk"], v4["spk"]])
        rows.append(["  Män", v3["ohm"], v4["ohm"], v3["spm"], v4["spm"]])
    # county: insured-weighted
    K = sum(ins[n][0] for n in NAMES)
    M = sum(ins[n][1] for n in NAMES)
    def cw(key, per, sexidx):
        return round(sum(vals[(n, per)][key] * ins[n][sexidx] for n in NAMES) / (K if sexidx == 0 else M), 1)
    cv = {}
    for per in ("2023", "2024"):
        cv[per] = dict(ohk=cw("ohk", per, 0), ohm=cw("ohm", per, 1), spk=cw("spk", per, 0), spm=cw("spm", per, 1))
    crow = ["Örebro län", tot(cv["2023"]["ohk"], cv["2023"]["ohm"], (K, M)), tot(cv["2024"]["ohk"], cv["2024"]["ohm"], (K, M)),
            tot(cv["2023"]["spk"], cv["2023"]["spm"], (K, M)), tot(cv["2024"]["spk"], cv["2024"]["spm"], (K, M))]
    county = [crow,
              ["  Kvinnor", cv["2023"]["ohk"], cv["2024"]["ohk"], cv["2023"]["spk"], cv["2024"]["spk"]],
              ["  Män", cv["2023"]["ohm"], cv["2024"]["ohm"], cv["2023"]["spm"], cv["2024"]["spm"]]]
    riket = [["Riket", 25.9, 25.1, 10.1, 9.8],
             ["  Kvinnor", 31.3, 30.2, 13.2, 12.8],
             ["  Män", 20.8, 20.2, 7.1, 6.9]]
    buf = io.StringIO()
    buf.write("Ohälsotal och sjukpenningtal per kommun och kön, december 2023 och december 2024\r\n")
    buf.write("Antal dagar per registrerad försäkrad 16-64 år (rullande 12 månader)\r\n")
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    w.writerow(["", "Ohälsotal", "", "Sjukpenningtal", ""])
    w.writerow(["Kommun / kön", "dec 2023", "dec 2024", "dec 2023", "dec 2024"])
    for r in riket + county + rows:
        w.writerow([r[0]] + [fmt_dec(x) for x in r[1:]])
    buf.write("\r\n")
    buf.write("Ohälsotalet = antal utbetalda nettodagar med sjukpenning, rehabiliteringspenning, sjukersättning och "
              "aktivitetsersättning under de senaste 12 månaderna, dividerat med antalet registrerade försäkrade 16-64 år.\r\n")
    buf.write("Sjukpenningtalet = antal utbetalda nettodagar med sjukpenning och rehabiliteringspenning under de senaste "
              "12 månaderna, dividerat med antalet registrerade försäkrade 16-64 år.\r\n")
    buf.write("Källa: Försäkringskassan, MiDAS. Uttag 2025-02-14.\r\n")
    with open(os.path.join(out, "fk_ohalsotal_sjukpenningtal_orebro_lan.csv"), "w", encoding="latin-1", newline="") as f:
        f.write(buf.getvalue())


def main():
    if len(sys.argv) != 2:
        print("usage: python r163_make_files.py OUT_DIR")
        sys.exit(1)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    make_income(out, random.Random(SEED + 1))
    make_af(out, random.Random(SEED + 2))
    make_startups(out, random.Random(SEED + 3))
    make_keyfigs(out, random.Random(SEED + 4))
    make_pdf(out, random.Random(SEED + 5))
    make_fk(out, random.Random(SEED + 6))
    for f in sorted(os.listdir(out)):
        print(f, os.path.getsize(os.path.join(out, f)))


if __name__ == "__main__":
    main()
