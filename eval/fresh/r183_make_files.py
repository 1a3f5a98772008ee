#!/usr/bin/env python3
"""r183: writes six fictional statistics files about Västerbottens län into OUT_DIR.

    python r183_make_files.py OUT_DIR

All figures are invented; output is deterministic (seeded RNG, fixed XLSX/PDF metadata).

  1. SCB_uppdrag_2025-1187_forvarvsarbetande_20-64_Vasterbotten.csv
       SCB custom-order delivery: ISO-8859-1, semicolons, CRLF, '#' metadata lines on top, coded variables only
       (Region 24/24xx, FodReg 1-4/T, Kon 1/2/T) with the code list as '#' lines at the END of the file, every
       count randomly rounded to a multiple of 3 (totals rounded on their own -> parts do not add up).
  2. AF_Qlik_export_inskrivna_arbetslosa_Vasterbotten_sep.xlsx
       Qlik Sense 'Exportera data' straight table: one sheet, header on row 1, the totals row 'Totalt' on row 2
       (dimension cells blank, summed over BOTH months), months as Qlik duals '2025-sep', sexes only
       Kvinnor/Män, Qlik null '-' in the programme column and the share column.
  3. Region_Vasterbotten_foretagsstod_beslut_2024-2025.xlsx
       record-level decision list sorted by Diarienr (municipalities interleave), read-me sheet saying that
       struck-through rows are withdrawn decisions (only the font tells), hidden Org.nr column, a cell comment
       on an amended amount, real Excel dates, a 'Stödformer' sheet with max amounts as distractors.
  4. Socialstyrelsen_aldreomsorg_Vasterbotten_2023-2024.xlsx
       sheets 'Om tabellerna', '2024', '2023'; two-row merged header; municipalities sit in COLLAPSED row-outline
       groups under bold delregion subtotal rows placed above them (summaryBelow=False), county and Riket last;
       Dorotea's home-help 2024 is '..' and excluded from the Södra Lappland/county subtotal (footnote).
  5. kolada_api_uttag_vasterbotten_2022-2024.csv
       a colleague's pandas to_csv of a Kolada API v2 response: UTF-8, commas, unnamed index column, the
       'values' column is a Python repr of a list of dicts per gender (K/M/T) with unrounded floats and None,
       municipality ids '0024'/'0000' for county/Riket.
  6. Lansstyrelsen_Vasterbotten_Bredbandsuppfoljning_2025.pdf
       two-page report: a wide indicators x municipalities table too wide for the page, printed as two stacked
       blocks (8 + 8 columns, row labels repeated), a second table 2024 vs revised 2023 with a change column
       (Unicode minus), letter footnotes, prose with distractor figures (old report's 2023, 2022, Norrbotten,
       target, support amounts).
"""
import csv
import datetime as dt
import io
import os
import random
import re
import sys
import zipfile

# --------------------------------------------------------------------------- common
KOMMUNER = [  # code, name (SCB code order)
    ("2401", "Nordmaling"), ("2403", "Bjurholm"), ("2404", "Vindeln"), ("2409", "Robertsfors"),
    ("2417", "Norsjö"), ("2418", "Malå"), ("2421", "Storuman"), ("2422", "Sorsele"), ("2425", "Dorotea"),
    ("2460", "Vännäs"), ("2462", "Vilhelmina"), ("2463", "Åsele"), ("2480", "Umeå"), ("2481", "Lycksele"),
    ("2482", "Skellefteå"),
]
NAMES = [n for _, n in KOMMUNER]
CODE = {n: c for c, n in KOMMUNER}

# population 20-64 (approx.) used as size driver
BEF2064 = {"Nordmaling": 3580, "Bjurholm": 1190, "Vindeln": 2690, "Robertsfors": 3470, "Norsjö": 1980,
           "Malå": 1560, "Storuman": 3010, "Sorsele": 1210, "Dorotea": 1170, "Vännäs": 4720,
           "Vilhelmina": 3390, "Åsele": 1310, "Umeå": 77400, "Lycksele": 6330, "Skellefteå": 42150}

SV_SORT = "abcdefghijklmnopqrstuvwxyzåäö"


def sv_key(s):
    return [SV_SORT.index(ch) if ch in SV_SORT else 100 + ord(ch) for ch in s.lower()]


def sv_int(x, sep="\u00a0"):
    return f"{int(round(x)):,}".replace(",", sep)


def sv_dec(x, nd=1):
    s = f"{x:.{nd}f}".replace(".", ",")
    return s.replace("-", "\u2212")


FIXED_TS = dt.datetime(2025, 11, 20, 8, 0, 0)


def normalize_xlsx(path):
    """rewrite the zip with fixed timestamps so the bytes are deterministic"""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>2025-11-20T08:00:00Z\g<2>", data)
            zi = zipfile.ZipInfo(name, date_time=(2025, 11, 20, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def fix_props(wb, title, creator):
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.title = title
    wb.properties.created = FIXED_TS
    wb.properties.modified = FIXED_TS


# =========================================================================== 1. SCB custom order CSV
F1 = "SCB_uppdrag_2025-1187_forvarvsarbetande_20-64_Vasterbotten.csv"

# share of 20-64 population by birth region (1 Sverige, 2 Norden, 3 EU/EFTA, 4 övriga världen)
FOD_SHARE = {
    "Umeå": (0.835, 0.018, 0.032, 0.115), "Skellefteå": (0.862, 0.017, 0.036, 0.085),
    "Lycksele": (0.855, 0.015, 0.022, 0.108), "Vilhelmina": (0.842, 0.014, 0.024, 0.120),
    "Storuman": (0.860, 0.020, 0.030, 0.090), "Sorsele": (0.868, 0.022, 0.030, 0.080),
    "Malå": (0.870, 0.019, 0.034, 0.077), "Norsjö": (0.858, 0.016, 0.040, 0.086),
    "Robertsfors": (0.885, 0.016, 0.032, 0.067), "Nordmaling": (0.872, 0.017, 0.026, 0.085),
    "Bjurholm": (0.866, 0.015, 0.030, 0.089), "Vindeln": (0.880, 0.016, 0.028, 0.076),
    "Vännäs": (0.890, 0.014, 0.025, 0.071), "Åsele": (0.808, 0.013, 0.020, 0.159),
    "Dorotea": (0.846, 0.018, 0.028, 0.108),
}
# employment rate by birth region, men / women (base), adjusted by municipality offset
EMP_BASE = {1: (0.868, 0.858), 2: (0.760, 0.770), 3: (0.745, 0.700), 4: (0.640, 0.555)}
EMP_OFF = {"Umeå": -0.020, "Skellefteå": 0.012, "Lycksele": 0.004, "Vilhelmina": -0.006, "Storuman": 0.010,
           "Sorsele": -0.004, "Malå": 0.014, "Norsjö": 0.016, "Robertsfors": 0.020, "Nordmaling": 0.006,
           "Bjurholm": 0.002, "Vindeln": 0.008, "Vännäs": 0.018, "Åsele": -0.052, "Dorotea": -0.015}
FOD_OFF = {"Skellefteå": {4: (0.030, 0.052)}, "Åsele": {4: (-0.060, -0.070)}}


def rr3(v, rng):
    """SCB-style unbiased random rounding to a multiple of 3"""
    r = v % 3
    if r == 0:
        return v
    return v - r + 3 if rng.random() < r / 3 else v - r


def scb_true_cells():
    rng = random.Random(18301)
    cells = {}  # (kommun, fod, kon, year) -> (fv, bef)
    for name in NAMES:
        tot = BEF2064[name]
        for year, yfac, efac in ((2023, 0.993, -0.006), (2024, 1.0, 0.0)):
            for fod in (1, 2, 3, 4):
                share = FOD_SHARE[name][fod - 1]
                if fod == 4 and year == 2023:
                    share *= 0.95
                for kon in (1, 2):
                    ksh = 0.522 if kon == 1 else 0.478
                    bef = int(round(tot * yfac * share * ksh * rng.uniform(0.97, 1.03)))
                    bef = max(bef, 4)
                    e = EMP_BASE[fod][kon - 1] + EMP_OFF[name] + efac
                    e += FOD_OFF.get(name, {}).get(fod, (0, 0))[kon - 1]
                    e += rng.uniform(-0.012, 0.012)
                    fv = int(round(bef * min(e, 0.96)))
                    cells[(name, fod, kon, year)] = (fv, bef)
    return cells


def make_scb(out):
    cells = scb_true_cells()
    rng = random.Random(18302)
    rows = []
    regions = [("24", None)] + [(c, n) for c, n in KOMMUNER]
    for year in (2023, 2024):
        for code, name in regions:
            names = NAMES if name is None else [name]
            for fod in ("T", "1", "2", "3", "4"):
                fods = (1, 2, 3, 4) if fod == "T" else (int(fod),)
                for kon in ("T", "1", "2"):
                    kons = (1, 2) if kon == "T" else (int(kon),)
                    fv = sum(cells[(n, f, k, year)][0] for n in names for f in fods for k in kons)
                    bef = sum(cells[(n, f, k, year)][1] for n in names for f in fods for k in kons)
                    rows.append((code, fod, kon, str(year), str(rr3(fv, rng)), str(rr3(bef, rng))))
    lines = [
        "# Statistiska centralbyrån (SCB), Avdelningen för befolkning och välfärd",
        "# Uppdrag 2025/1187 - Beställare: Region Västerbotten, Avdelningen för regional utveckling",
        "# Leveransdatum: 2025-11-20",
        "# Innehåll: Förvärvsarbetande (nattbefolkning) samt befolkning 20-64 år efter region, födelseregion,"
        " kön och år. Källa: Befolkningens arbetsmarknadsstatus (BAS), avser november respektive år.",
        "# OBS! Samtliga antal är slumpmässigt avrundade till tal delbara med 3 (röjandekontroll)."
        " Summan av delarna kan därför avvika från redovisad total.",
        "# Variabelkoder förklaras i kodlistan sist i filen.",
        "Region;FodReg;Kon;Ar;Forvarvsarb;Bef2064",
    ]
    lines += [";".join(r) for r in rows]
    lines += [
        "# KODLISTA",
        "# Region: 24 = Västerbottens län (summa av länets kommuner)",
    ]
    lines += [f"# Region: {c} = {n}" for c, n in KOMMUNER]
    lines += [
        "# FodReg: 1 = Född i Sverige; 2 = Född i Norden exkl. Sverige; 3 = Född i EU/EFTA exkl. Norden;"
        " 4 = Född i övriga världen; T = Samtliga födelseregioner",
        "# Kon: 1 = Män; 2 = Kvinnor; T = Totalt",
        "# Forvarvsarb = antal förvärvsarbetande 20-64 år; Bef2064 = antal folkbokförda 20-64 år",
    ]
    with open(os.path.join(out, F1), "w", encoding="iso-8859-1", newline="") as fh:
        fh.write("\r\n".join(lines) + "\r\n")


# =========================================================================== 2. AF Qlik export XLSX
F2 = "AF_Qlik_export_inskrivna_arbetslosa_Vasterbotten_sep.xlsx"

UNEMP = {  # rate 16-64 sep 2025 (approx.)
    "Umeå": 0.061, "Skellefteå": 0.052, "Lycksele": 0.074, "Vilhelmina": 0.083, "Storuman": 0.058,
    "Sorsele": 0.066, "Malå": 0.049, "Norsjö": 0.047, "Robertsfors": 0.041, "Nordmaling": 0.055,
    "Bjurholm": 0.060, "Vindeln": 0.050, "Vännäs": 0.044, "Åsele": 0.104, "Dorotea": 0.079,
}


def af_rows():
    rng = random.Random(18303)
    rows = []
    for name in sorted(NAMES, key=sv_key):
        ak_tot = BEF2064[name] * 0.93
        for month, mfac in (("2024-sep", 0.94), ("2025-sep", 1.0)):
            for age, ash, afac in (("16-24 år", 0.115, 1.55), ("25-64 år", 0.885, 0.93)):
                for kon, ksh, kfac in (("Kvinnor", 0.475, 0.92), ("Män", 0.525, 1.07)):
                    ak = int(round(ak_tot * ash * ksh * rng.uniform(0.97, 1.03) * (1.0 if month == "2025-sep" else 0.995)))
                    rate = UNEMP[name] * mfac * afac * kfac * rng.uniform(0.85, 1.15)
                    if name == "Skellefteå" and age == "16-24 år" and month == "2025-sep":
                        rate *= 1.25
                    arb = max(int(round(ak * rate)), 1)
                    prog_share = rng.uniform(0.38, 0.55) if age == "25-64 år" else rng.uniform(0.30, 0.50)
                    prog = int(round(arb * prog_share))
                    if arb < 8 and rng.random() < 0.6:
                        prog = 0
                    oppet = arb - prog
                    rows.append([name, month, age, kon, arb, oppet, prog, ak])
    return rows


def make_af(out):
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment, PatternFill

    rows = af_rows()
    wb = Workbook()
    ws = wb.active
    ws.title = "Inskrivna arbetslösa per kommun"
    hdr = ["Län", "Kommun", "Månad", "Åldersgrupp", "Kön", "Inskrivna arbetslösa", "Öppet arbetslösa",
           "Sökande i program med aktivitetsstöd", "Registerbaserad arbetskraft",
           "Andel inskrivna arbetslösa av arbetskraften (%)"]
    ws.append(hdr)
    tot_arb = sum(r[4] for r in rows)
    tot_opp = sum(r[5] for r in rows)
    tot_prg = sum(r[6] for r in rows)
    tot_ak = sum(r[7] for r in rows)
    ws.append(["Totalt", None, None, None, None, tot_arb, tot_opp, tot_prg, tot_ak,
               round(tot_arb / tot_ak * 100, 1)])
    for name, month, age, kon, arb, oppet, prog, ak in rows:
        share = round(arb / ak * 100, 1) if ak >= 60 else "-"
        ws.append(["Västerbottens län", name, month, age, kon, arb, oppet, prog if prog > 0 else "-", ak, share])
    bold = Font(bold=True)
    for c in ws[1]:
        c.font = bold
        c.alignment = Alignment(wrap_text=True, vertical="top")
        c.fill = PatternFill("solid", fgColor="F2F2F2")
    for c in ws[2]:
        c.font = bold
    for row in ws.iter_rows(min_row=2):
        for c in row[5:9]:
            c.number_format = "#,##0"
        row[9].number_format = "0.0"
        for c in row[5:]:
            if c.value == "-":
                c.alignment = Alignment(horizontal="right")
    widths = [18, 13, 10, 12, 9, 12, 12, 16, 14, 16]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHIJ"[i]].width = w
    fix_props(wb, "", "Qlik Sense")
    p = os.path.join(out, F2)
    wb.save(p)
    normalize_xlsx(p)


# =========================================================================== 3. Region Västerbotten business-support decisions XLSX
F3 = "Region_Vasterbotten_foretagsstod_beslut_2024-2025.xlsx"

# (kommun, stödform, year, withdrawn, fixed amount or None, fixed jobs or None)
STOD_SPEC = [
    # Lycksele
    ("Lycksele", "Investeringsstöd", 2025, False, 850000, 3),
    ("Lycksele", "Investeringsstöd", 2025, False, 1200000, 4),
    ("Lycksele", "Investeringsstöd", 2025, False, 430000, 1),
    ("Lycksele", "Investeringsstöd", 2025, True, 900000, 3),
    ("Lycksele", "Investeringsstöd", 2024, False, 640000, 2),
    ("Lycksele", "Konsultcheck", 2025, False, 75000, 0),
    ("Lycksele", "Konsultcheck", 2024, False, 60000, 0),
    # konsultcheck 2024: Skellefteå 6 valid, Umeå 5 valid + 2 withdrawn
    ("Skellefteå", "Konsultcheck", 2024, False, None, 0),
    ("Skellefteå", "Konsultcheck", 2024, False, None, 0),
    ("Skellefteå", "Konsultcheck", 2024, False, None, 1),
    ("Skellefteå", "Konsultcheck", 2024, False, None, 0),
    ("Skellefteå", "Konsultcheck", 2024, False, None, 0),
    ("Skellefteå", "Konsultcheck", 2024, False, None, 1),
    ("Umeå", "Konsultcheck", 2024, False, None, 0),
    ("Umeå", "Konsultcheck", 2024, False, None, 1),
    ("Umeå", "Konsultcheck", 2024, False, None, 0),
    ("Umeå", "Konsultcheck", 2024, False, None, 0),
    ("Umeå", "Konsultcheck", 2024, False, None, 0),
    ("Umeå", "Konsultcheck", 2024, True, None, 0),
    ("Umeå", "Konsultcheck", 2024, True, None, 1),
    ("Vilhelmina", "Konsultcheck", 2024, False, None, 0),
    ("Vilhelmina", "Konsultcheck", 2024, False, None, 0),
    ("Storuman", "Konsultcheck", 2024, False, None, 0),
    ("Storuman", "Konsultcheck", 2024, False, None, 0),
    ("Storuman", "Konsultcheck", 2024, False, None, 0),
    ("Norsjö", "Konsultcheck", 2024, False, None, 0),
    ("Vännäs", "Konsultcheck", 2024, False, None, 0),
    # konsultcheck 2025
    ("Skellefteå", "Konsultcheck", 2025, False, None, 0),
    ("Umeå", "Konsultcheck", 2025, False, None, 0),
    ("Umeå", "Konsultcheck", 2025, False, None, 0),
    ("Umeå", "Konsultcheck", 2025, False, None, 0),
    ("Umeå", "Konsultcheck", 2025, False, None, 0),
    ("Sorsele", "Konsultcheck", 2025, False, None, 0),
    ("Malå", "Konsultcheck", 2025, False, None, 0),
    # Skellefteå other (jobs)
    ("Skellefteå", "Investeringsstöd", 2024, False, None, 6),
    ("Skellefteå", "Investeringsstöd", 2024, False, None, 4),
    ("Skellefteå", "Investeringsstöd", 2025, False, None, 8),
    ("Skellefteå", "Investeringsstöd", 2025, True, None, 12),
    ("Skellefteå", "Nyckelkompetens", 2024, False, None, 1),
    ("Skellefteå", "Nyckelkompetens", 2025, False, None, 1),
    ("Skellefteå", "Innovationscheck", 2025, False, None, 0),
    # others
    ("Umeå", "Investeringsstöd", 2024, False, None, 5),
    ("Umeå", "Investeringsstöd", 2025, False, None, 3),
    ("Umeå", "Innovationscheck", 2024, False, None, 0),
    ("Umeå", "Innovationscheck", 2024, False, None, 1),
    ("Umeå", "Innovationscheck", 2025, False, None, 0),
    ("Umeå", "Nyckelkompetens", 2025, False, None, 1),
    ("Storuman", "Investeringsstöd", 2024, False, None, 4),
    ("Storuman", "Investeringsstöd", 2025, False, None, 2),
    ("Vilhelmina", "Investeringsstöd", 2025, False, None, 3),
    ("Vilhelmina", "Nyckelkompetens", 2024, False, None, 1),
    ("Sorsele", "Investeringsstöd", 2024, False, None, 2),
    ("Dorotea", "Investeringsstöd", 2024, False, None, 2),
    ("Dorotea", "Konsultcheck", 2025, False, None, 0),
    ("Åsele", "Investeringsstöd", 2025, False, None, 1),
    ("Malå", "Investeringsstöd", 2024, False, None, 3),
    ("Norsjö", "Investeringsstöd", 2025, False, None, 5),
    ("Norsjö", "Investeringsstöd", 2024, False, None, 2),
    ("Robertsfors", "Investeringsstöd", 2024, False, None, 3),
    ("Robertsfors", "Innovationscheck", 2025, False, None, 0),
    ("Nordmaling", "Investeringsstöd", 2025, False, None, 2),
    ("Nordmaling", "Konsultcheck", 2025, True, None, 0),
    ("Bjurholm", "Nyckelkompetens", 2025, False, None, 1),
    ("Vindeln", "Investeringsstöd", 2024, False, None, 2),
    ("Vännäs", "Investeringsstöd", 2025, False, None, 4),
    ("Vännäs", "Innovationscheck", 2024, False, None, 0),
]

BRANSCHER = ["Trävaruindustri", "Verkstadsindustri", "Besöksnäring", "Livsmedelsförädling", "IT och digitala tjänster",
             "Bygg och anläggning", "Gruvrelaterade tjänster", "Transport och logistik", "Energi och miljöteknik",
             "Handel"]
FN_A = ["Norr", "Fjäll", "Skog", "Älv", "Vinter", "Ren", "Myr", "Kust", "Berg", "Tall", "Lapp", "Polar", "Björk",
        "Gran", "Sjö", "Malm", "Is", "Ljung"]
FN_B = ["teknik", "bygg", "data", "mekano", "turism", "form", "kraft", "logistik", "mat", "trä", "plast", "konsult",
        "design", "energi", "el", "verkstad"]
AMOUNT_RANGE = {"Investeringsstöd": (250000, 1800000, 10000), "Konsultcheck": (30000, 100000, 2500),
                "Innovationscheck": (80000, 200000, 5000), "Nyckelkompetens": (150000, 420000, 10000)}


def stod_records():
    rng = random.Random(18304)
    used = set()
    recs = []
    spec = list(STOD_SPEC)
    rng.shuffle(spec)
    for kommun, form, year, withdrawn, amount, jobs in spec:
        while True:
            fname = rng.choice(FN_A) + rng.choice(FN_B) + rng.choice([" AB", " i " + kommun + " AB", " Norr AB", " HB", " AB"])
            if fname not in used:
                used.add(fname)
                break
        if amount is None:
            lo, hi, step = AMOUNT_RANGE[form]
            amount = rng.randrange(lo, hi + 1, step)
        d0 = dt.date(year, 1, 15)
        d1 = dt.date(year, 12, 12) if year == 2024 else dt.date(2025, 10, 31)
        date = d0 + dt.timedelta(days=rng.randrange((d1 - d0).days))
        eruf = int(round(amount * 0.5 / 100) * 100) if form in ("Investeringsstöd", "Nyckelkompetens") else 0
        orgnr = f"55{rng.randrange(0, 10**4):04d}-{rng.randrange(0, 10**4):04d}"
        recs.append(dict(kommun=kommun, form=form, year=year, withdrawn=withdrawn, amount=amount, jobs=jobs,
                         company=fname, date=date, eruf=eruf, orgnr=orgnr,
                         bransch=rng.choice(BRANSCHER), end=date + dt.timedelta(days=rng.choice([365, 548, 730]))))
    recs.sort(key=lambda r: r["date"])
    cnt = {2024: 0, 2025: 0}
    for r in recs:
        cnt[r["year"]] += 1
        r["dnr"] = f"RUN {r['year']}-{100 + cnt[r['year']] * 7 + (r['date'].day % 5):04d}"
    recs.sort(key=lambda r: r["dnr"])
    return recs


def make_stod(out):
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Font, Alignment, PatternFill

    recs = stod_records()
    wb = Workbook()
    ws0 = wb.active
    ws0.title = "Läs mig"
    info = [
        ("Regionala företagsstöd – beviljade beslut 2024–2025, Region Västerbotten",),
        ("",),
        ("Uttag ur ärendehanteringssystemet 2025-11-10, sammanställt av Avdelningen för regional utveckling.",),
        ("Listan innehåller alla beslut om regionala företagsstöd som fattats 2024-01-01 – 2025-10-31.",),
        ("Belopp anges i kronor (beviljat belopp enligt senaste beslut). Kolumnen 'Varav ERUF' visar den del som",),
        ("finansieras av Europeiska regionala utvecklingsfonden.",),
        ("",),
        ("Teckenförklaring",),
        ("Genomstruken rad = beslutet har återkallats (företaget har avstått eller villkoren uppfylls inte).",),
        ("Återkallade beslut ligger kvar i listan för spårbarhet men ska INTE räknas med i summeringar.",),
        ("Röd triangel = kommentar finns i cellen.",),
        ("",),
        ("Planerade nya arbetstillfällen = företagets egen uppskattning i ansökan (heltidstjänster).",),
        ("Utbetalningar redovisas inte i denna lista.",),
    ]
    for r in info:
        ws0.append(list(r))
    ws0["A1"].font = Font(bold=True, size=13)
    ws0["A8"].font = Font(bold=True)
    ws0.column_dimensions["A"].width = 110

    ws = wb.create_sheet("Beslut")
    hdr = ["Diarienr", "Beslutsdatum", "Företag", "Org.nr", "Kommun", "Bransch", "Stödform",
           "Beviljat belopp (kr)", "Varav ERUF (kr)", "Planerade nya arbetstillfällen", "Projekttid t.o.m."]
    ws.append(hdr)
    for c in ws[1]:
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DDEBF7")
        c.alignment = Alignment(wrap_text=True, vertical="top")
    strike = Font(strike=True, color="808080")
    commented = False
    for r in recs:
        ws.append([r["dnr"], r["date"], r["company"], r["orgnr"], r["kommun"], r["bransch"], r["form"],
                   r["amount"], r["eruf"], r["jobs"], r["end"]])
        row = ws.max_row
        ws.cell(row, 2).number_format = "yyyy-mm-dd"
        ws.cell(row, 11).number_format = "yyyy-mm-dd"
        for col in (8, 9):
            ws.cell(row, col).number_format = "#,##0"
        if r["withdrawn"]:
            for col in range(1, len(hdr) + 1):
                ws.cell(row, col).font = strike
        if (not commented and r["kommun"] == "Lycksele" and r["form"] == "Investeringsstöd"
                and r["amount"] == 1200000):
            ws.cell(row, 8).comment = Comment(
                "Ändringsbeslut 2025-09-02: beloppet höjt från 950 000 kr till 1 200 000 kr.", "Handläggare")
            commented = True
    ws.column_dimensions["D"].hidden = True
    for col, w in zip("ABCDEFGHIJK", [15, 12, 30, 13, 12, 24, 17, 14, 13, 14, 13]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A2"

    ws2 = wb.create_sheet("Stödformer")
    ws2.append(["Stödform", "Beskrivning", "Högsta stöd"])
    for c in ws2[1]:
        c.font = Font(bold=True)
    ws2.append(["Investeringsstöd", "Regionalt investeringsstöd till företag i stödområde A", "Högst 35 % av investeringen"])
    ws2.append(["Konsultcheck", "Köp av extern konsulttjänst för utveckling", "Högst 50 % av kostnaden, max 100 000 kr"])
    ws2.append(["Innovationscheck", "Tidig utveckling av ny produkt eller tjänst", "Max 200 000 kr"])
    ws2.append(["Nyckelkompetens", "Stöd till anställning av nyckelkompetens", "Högst 50 % av lönekostnaden i 12 mån"])
    ws2.append([])
    ws2.append(["Budget för regionala företagsstöd 2025: 48 500 000 kr (varav ERUF 20 000 000 kr)."])
    ws2.column_dimensions["A"].width = 20
    ws2.column_dimensions["B"].width = 55
    ws2.column_dimensions["C"].width = 42
    fix_props(wb, "Regionala företagsstöd 2024-2025", "Region Västerbotten")
    p = os.path.join(out, F3)
    wb.save(p)
    normalize_xlsx(p)


# =========================================================================== 4. Socialstyrelsen elderly care XLSX
F4 = "Socialstyrelsen_aldreomsorg_Vasterbotten_2023-2024.xlsx"

DELREG = [
    ("Umeåregionen", ["Bjurholm", "Nordmaling", "Robertsfors", "Umeå", "Vindeln", "Vännäs"]),
    ("Skellefteåregionen", ["Malå", "Norsjö", "Skellefteå"]),
    ("Södra Lappland", ["Dorotea", "Lycksele", "Sorsele", "Storuman", "Vilhelmina", "Åsele"]),
]
INV65 = {"Umeå": 24880, "Skellefteå": 19420, "Lycksele": 3010, "Vilhelmina": 1945, "Storuman": 1690,
         "Sorsele": 748, "Malå": 822, "Norsjö": 1093, "Robertsfors": 1812, "Nordmaling": 2064, "Bjurholm": 702,
         "Vindeln": 1541, "Vännäs": 2118, "Åsele": 842, "Dorotea": 803}
HT_RATE = {"Umeå": 0.088, "Skellefteå": 0.102, "Lycksele": 0.118, "Vilhelmina": 0.124, "Storuman": 0.131,
           "Sorsele": 0.142, "Malå": 0.121, "Norsjö": 0.115, "Robertsfors": 0.104, "Nordmaling": 0.109,
           "Bjurholm": 0.113, "Vindeln": 0.119, "Vännäs": 0.097, "Åsele": 0.137, "Dorotea": 0.128}
SB_RATE = {"Umeå": 0.036, "Skellefteå": 0.043, "Lycksele": 0.047, "Vilhelmina": 0.051, "Storuman": 0.049,
           "Sorsele": 0.061, "Malå": 0.052, "Norsjö": 0.048, "Robertsfors": 0.045, "Nordmaling": 0.046,
           "Bjurholm": 0.055, "Vindeln": 0.050, "Vännäs": 0.041, "Åsele": 0.057, "Dorotea": 0.054}
RIKET = {2024: (2150410, 718900, 227860, 82130), 2023: (2127790, 705300, 225410, 82890)}


def aldre_data():
    rng = random.Random(18305)
    d = {}
    for year, fac in ((2023, 0.985), (2024, 1.0)):
        for n in NAMES:
            inv65 = int(round(INV65[n] * fac * rng.uniform(0.995, 1.005)))
            inv80 = int(round(inv65 * rng.uniform(0.27, 0.33)))
            ht = int(round(inv65 * HT_RATE[n] * rng.uniform(0.95, 1.05) * (0.99 if year == 2023 else 1.0)))
            sb = int(round(inv65 * SB_RATE[n] * rng.uniform(0.95, 1.05) * (1.02 if year == 2023 else 1.0)))
            d[(n, year)] = dict(inv65=inv65, inv80=inv80, ht=ht, sb=sb)
    d[("Dorotea", 2024)]["ht"] = None  # not reported
    d[("Sorsele", 2024)]["sb"] = 51  # highest share: 51 / ~748
    d[("Åsele", 2024)]["sb"] = 47
    d[("Skellefteå", 2023)]["sb"] = 846
    d[("Skellefteå", 2024)]["sb"] = 811
    return d


def make_aldre(out):
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

    d = aldre_data()
    wb = Workbook()
    ws0 = wb.active
    ws0.title = "Om tabellerna"
    notes = [
        "Äldreomsorg i Västerbottens län 2023 och 2024 – personer 65 år och äldre med hemtjänst och i särskilt boende",
        "",
        "Källa: Socialstyrelsen, registret över insatser inom socialtjänsten enligt SoL; SCB, befolkningsstatistik.",
        "Mätdatum: Personer med beviljad insats den 1 november respektive år. Invånare per den 31 december.",
        "Hemtjänst avser hemtjänst i ordinärt boende. Personer i särskilt boende ingår inte i hemtjänst.",
        "Andelarna är beräknade på antal invånare 65 år och äldre.",
        "",
        "Tabellerna är grupperade per delregion (Umeåregionen, Skellefteåregionen, Södra Lappland).",
        "Kommunraderna ligger i hopfällda grupper under respektive delregion – klicka på + i vänstermarginalen för att visa dem.",
        "Delregionsraderna är summor av sina kommuner.",
        "",
        "Teckenförklaring:  ..  = uppgift saknas (ej inrapporterad)",
        "Fotnot 1) Dorotea kommun har inte rapporterat hemtjänst för 2024. Summorna för Södra Lappland och",
        "Västerbottens län omfattar därför inte Dorotea 2024 för hemtjänst; andelen är beräknad på invånare 65+ exkl. Dorotea.",
    ]
    for t in notes:
        ws0.append([t])
    ws0["A1"].font = Font(bold=True, size=12)
    ws0.column_dimensions["A"].width = 120

    thin = Side(style="thin", color="999999")
    for year in (2024, 2023):
        ws = wb.create_sheet(str(year))
        ws["A1"] = f"Personer 65 år och äldre med hemtjänst respektive i särskilt boende {year}, Västerbottens län"
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = "Antal personer och andel av invånare 65+ (%)"
        ws["A2"].font = Font(italic=True)
        ws["A4"] = "Region"
        ws["B4"] = "Invånare"
        ws["D4"] = "Hemtjänst i ordinärt boende"
        ws["F4"] = "Särskilt boende"
        ws["B5"] = "65 år och äldre"
        ws["C5"] = "80 år och äldre"
        ws["D5"] = "Antal personer 65+"
        ws["E5"] = "Andel av inv. 65+ (%)"
        ws["F5"] = "Antal personer 65+"
        ws["G5"] = "Andel av inv. 65+ (%)"
        ws.merge_cells("A4:A5")
        ws.merge_cells("B4:C4")
        ws.merge_cells("D4:E4")
        ws.merge_cells("F4:G4")
        for row in ws["A4:G5"]:
            for c in row:
                c.font = Font(bold=True)
                c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
                c.fill = PatternFill("solid", fgColor="E7E6E6")
                c.border = Border(bottom=thin, top=thin)
        r = 6
        county = dict(inv65=0, inv80=0, ht=0, ht_base=0, sb=0)
        for dname, members in DELREG:
            agg = dict(inv65=0, inv80=0, ht=0, ht_base=0, sb=0)
            for n in members:
                x = d[(n, year)]
                agg["inv65"] += x["inv65"]
                agg["inv80"] += x["inv80"]
                agg["sb"] += x["sb"]
                if x["ht"] is not None:
                    agg["ht"] += x["ht"]
                    agg["ht_base"] += x["inv65"]
            for k in county:
                county[k] += agg[k]
            lab = dname + ("¹" if (year == 2024 and dname == "Södra Lappland") else "")
            vals = [lab, agg["inv65"], agg["inv80"], agg["ht"], round(agg["ht"] / agg["ht_base"] * 100, 1),
                    agg["sb"], round(agg["sb"] / agg["inv65"] * 100, 1)]
            for j, v in enumerate(vals):
                c = ws.cell(r, j + 1, v)
                c.font = Font(bold=True)
            ws.row_dimensions[r].collapsed = True  # summary row above its collapsed group
            r += 1
            for n in members:
                x = d[(n, year)]
                if x["ht"] is None:
                    ht, htr = "..", ".."
                    lab = n + "¹"
                else:
                    ht, htr = x["ht"], round(x["ht"] / x["inv65"] * 100, 1)
                    lab = n
                vals = ["   " + lab, x["inv65"], x["inv80"], ht, htr, x["sb"], round(x["sb"] / x["inv65"] * 100, 1)]
                for j, v in enumerate(vals):
                    ws.cell(r, j + 1, v)
                ws.row_dimensions[r].outlineLevel = 1
                ws.row_dimensions[r].hidden = True
                r += 1
        lab = "Västerbottens län" + ("¹" if year == 2024 else "")
        vals = [lab, county["inv65"], county["inv80"], county["ht"],
                round(county["ht"] / county["ht_base"] * 100, 1), county["sb"],
                round(county["sb"] / county["inv65"] * 100, 1)]
        for j, v in enumerate(vals):
            c = ws.cell(r, j + 1, v)
            c.font = Font(bold=True)
            c.border = Border(top=thin)
        r += 1
        ri = RIKET[year]
        vals = ["Riket", ri[0], ri[1], ri[2], round(ri[2] / ri[0] * 100, 1), ri[3], round(ri[3] / ri[0] * 100, 1)]
        for j, v in enumerate(vals):
            ws.cell(r, j + 1, v)
        r += 2
        if year == 2024:
            ws.cell(r, 1, "¹ Dorotea har inte rapporterat hemtjänst 2024; ingår inte i summorna för hemtjänst. Se bladet 'Om tabellerna'.")
            ws.cell(r, 1).font = Font(italic=True, size=9)
            r += 1
        ws.cell(r, 1, "Källa: Socialstyrelsen och SCB. ..  = uppgift saknas")
        ws.cell(r, 1).font = Font(italic=True, size=9)
        for row in ws.iter_rows(min_row=6, max_row=r, min_col=2, max_col=7):
            for c in row:
                if isinstance(c.value, float):
                    c.number_format = "0.0"
                elif isinstance(c.value, int):
                    c.number_format = "#,##0"
                c.alignment = Alignment(horizontal="right")
        ws.sheet_properties.outlinePr.summaryBelow = False
        ws.sheet_format.outlineLevelRow = 1
        ws.column_dimensions["A"].width = 24
        for col in "BCDEFG":
            ws.column_dimensions[col].width = 13
    fix_props(wb, "Äldreomsorg Västerbotten", "Socialstyrelsen")
    p = os.path.join(out, F4)
    wb.save(p)
    normalize_xlsx(p)


# =========================================================================== 5. Kolada API flattened CSV
F5 = "kolada_api_uttag_vasterbotten_2022-2024.csv"

KPIS = [
    ("N01720", "Invånare 25-64 år med eftergymnasial utbildning, andel (%)"),
    ("N00999", "Nystartade företag, antal/1000 inv 16-64 år"),
    ("N15428", "Elever i åk 9 som är behöriga till yrkesprogram, hemkommun, andel (%)"),
]
EFTERGY = {  # 2024 T, gap K-M
    "Umeå": (56.9, 12.6), "Skellefteå": (38.4, 15.1), "Lycksele": (33.2, 16.4), "Vilhelmina": (29.8, 17.2),
    "Storuman": (31.5, 15.8), "Sorsele": (28.7, 16.9), "Malå": (30.6, 14.4), "Norsjö": (27.9, 15.5),
    "Robertsfors": (31.2, 14.9), "Nordmaling": (30.4, 15.2), "Bjurholm": (29.6, 16.1), "Vindeln": (31.9, 15.7),
    "Vännäs": (36.8, 15.0), "Åsele": (26.4, 17.8), "Dorotea": (27.1, 16.6),
}
NYFTG_2024 = {"Storuman": 6.842105, "Sorsele": 5.613027, "Umeå": 5.330712, "Vilhelmina": 4.983389,
              "Skellefteå": 4.471228, "Lycksele": 4.109589, "Malå": 3.856041, "Norsjö": 3.217822,
              "Robertsfors": 4.294118, "Nordmaling": 3.661202, "Bjurholm": 2.521008, "Vindeln": 4.619048,
              "Vännäs": 4.084321, "Åsele": 3.053435, "Dorotea": 4.921466}


def kolada_rows():
    rng = random.Random(18306)
    pop = {n: BEF2064[n] * 1.78 for n in NAMES}
    rows = []
    units = [(c, n) for c, n in KOMMUNER] + [("0024", "Region Västerbotten"), ("0000", "Riket")]
    for kid, ktitle in KPIS:
        for code, name in sorted(units, key=lambda u: u[0]):
            for period in (2022, 2023, 2024):
                back = 2024 - period
                vals = []
                if kid == "N01720":
                    if name in EFTERGY:
                        t, gap = EFTERGY[name]
                    elif code == "0024":
                        t, gap = 44.6, 14.2
                    else:
                        t, gap = 47.9, 11.1
                    t = t - back * rng.uniform(0.4, 0.8)
                    gap = gap - back * rng.uniform(-0.2, 0.3)
                    k = t + gap * 0.49
                    m = t - gap * 0.51
                    t_, k_, m_ = round(t, 1), round(k, 1), round(m, 1)
                    if period == 2024 and name == "Umeå":
                        k_, m_, t_ = 63.4, 50.9, 56.9
                    vals = [("K", k_), ("M", m_), ("T", t_)]
                elif kid == "N00999":
                    if name in NYFTG_2024:
                        v = NYFTG_2024[name]
                    elif code == "0024":
                        v = 4.738806
                    else:
                        v = 5.912043
                    if back:
                        v = v * rng.uniform(0.82, 1.12)
                    # Kolada returns unrounded ratios
                    vals = [("T", round(v, 6))]
                else:
                    base = rng.uniform(80.0, 93.0) if name not in ("Region Västerbotten", "Riket") else (
                        83.9 if code == "0024" else 85.6)
                    k = base + rng.uniform(0.5, 4.5)
                    m = base - rng.uniform(0.5, 4.5)
                    vals = [("K", round(k, 1)), ("M", round(m, 1)), ("T", round(base, 1))]
                    if name == "Bjurholm" and period == 2024:
                        vals = [("K", None), ("M", None), ("T", round(base, 1))]
                    if name == "Sorsele" and period == 2023:
                        vals = [("K", None), ("M", None), ("T", None)]
                rows.append((kid, ktitle, code, name, period, vals))
    return rows


def _repr_values(vals):
    parts = []
    for g, v in vals:
        status = "Saknas" if v is None else ""
        parts.append("{" + f"'count': {0 if v is None else 1}, 'gender': '{g}', 'status': '{status}', 'value': {v!r}" + "}")
    return "[" + ", ".join(parts) + "]"


def make_kolada(out):
    rows = kolada_rows()
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["", "kpi", "municipality", "period", "values", "kommun_namn", "kpi_titel"])
    for i, (kid, ktitle, code, name, period, vals) in enumerate(rows):
        w.writerow([i, kid, code, period, _repr_values(vals), name, ktitle])
    with open(os.path.join(out, F5), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())


# =========================================================================== 6. broadband PDF
F6 = "Lansstyrelsen_Vasterbotten_Bredbandsuppfoljning_2025.pdf"

# okt 2024: households total, households outside urban areas, workplaces, holiday homes, households without (count)
BB = {
    "Bjurholm": (84.6, 71.2, 81.5, 44.1, 168),
    "Dorotea": (79.8, 60.3, 77.4, 38.6, 254),
    "Lycksele": (90.2, 70.8, 86.9, 47.2, 587),
    "Malå": (81.3, 62.5, 79.2, 41.0, 270),
    "Nordmaling": (88.7, 78.4, 84.3, 52.9, 380),
    "Norsjö": (86.1, 73.9, 82.8, 49.5, 263),
    "Robertsfors": (92.4, 86.0, 88.1, 58.3, 237),
    "Skellefteå": (94.3, 84.7, 91.2, 55.8, 2096),
    "Sorsele": (71.6, 49.8, 64.2, 29.3, 334),
    "Storuman": (83.5, 63.1, 80.6, 40.7, 486),
    "Umeå": (96.8, 88.9, 95.1, 61.4, 2062),
    "Vilhelmina": (82.9, 61.7, 81.0, 36.2, 596),
    "Vindeln": (87.3, 75.6, 80.0, 50.8, 338),
    "Vännäs": (93.1, 85.2, 89.4, 60.2, 295),
    "Åsele": (78.2, 58.4, 76.9, 33.5, 296),
}
BB_LAN = (91.4, 76.8, 89.7, 48.9, 8662)
BB_2023 = {  # revised okt 2023 household share
    "Bjurholm": 82.1, "Dorotea": 80.2, "Lycksele": 88.5, "Malå": 78.4, "Nordmaling": 86.2, "Norsjö": 84.9,
    "Robertsfors": 90.8, "Skellefteå": 92.0, "Sorsele": 68.3, "Storuman": 81.7, "Umeå": 94.9, "Vilhelmina": 80.6,
    "Vindeln": 85.0, "Vännäs": 91.6, "Åsele": 75.1,
}
BB_LAN_2023 = 89.1
BB_RIKET = (95.4, 94.2)
BB_ROWS = ["Hushåll, totalt (%)", "Hushåll utanför tätort (%)", "Arbetsställen (%)", "Fritidshus (%) a)",
           "Hushåll utan 1 Gbit/s, antal"]


def make_pdf(out):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle, PageBreak

    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["BodyText"], fontName="Helvetica", fontSize=9.5, leading=12.5)
    h1 = ParagraphStyle("h1", parent=ss["Heading1"], fontName="Helvetica-Bold", fontSize=15, spaceAfter=4)
    h2 = ParagraphStyle("h2", parent=ss["Heading2"], fontName="Helvetica-Bold", fontSize=11, spaceBefore=8,
                        spaceAfter=3)
    cap = ParagraphStyle("cap", parent=body, fontName="Helvetica-Bold", fontSize=9, spaceBefore=6, spaceAfter=3)
    note = ParagraphStyle("n", parent=body, fontSize=7.5, leading=9.5)

    def fmt(i, v):
        return sv_int(v, " ") if i == 4 else sv_dec(v)

    def block(names, with_lan):
        hdr = [""] + names + (["Länet"] if with_lan else [])
        data = [hdr]
        for i, lab in enumerate(BB_ROWS):
            row = [lab] + [fmt(i, BB[n][i]) for n in names]
            if with_lan:
                row.append(fmt(i, BB_LAN[i]))
            data.append(row)
        ncol = len(hdr)
        t = Table(data, colWidths=[44 * mm] + [(170 - 44) / (ncol - 1) * mm] * (ncol - 1))
        t.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), "Helvetica", 7.6),
            ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 7.6),
            ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
            ("LINEBELOW", (0, -1), (-1, -1), 0.6, colors.black),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#EEF3F8")]),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]))
        return t

    def on_page(canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 7.5)
        canv.drawString(20 * mm, 287 * mm, "Länsstyrelsen Västerbotten  |  Bredbandsuppföljning 2025")
        canv.drawRightString(190 * mm, 287 * mm, "Rapport 2025:14")
        canv.line(20 * mm, 285.5 * mm, 190 * mm, 285.5 * mm)
        canv.drawCentredString(105 * mm, 10 * mm, f"{doc.page}")
        canv.restoreState()

    story = []
    story.append(Paragraph("Bredbandsuppföljning 2025 – Västerbottens län", h1))
    story.append(Paragraph("Tillgång till bredband om minst 1 Gbit/s i länets kommuner, oktober 2024", body))
    story.append(Spacer(1, 5))
    story.append(Paragraph("Sammanfattning", h2))
    story.append(Paragraph(
        "Länsstyrelsen följer årligen upp utbyggnaden av bredband i Västerbotten med utgångspunkt i Post- och "
        "telestyrelsens (PTS) bredbandskartläggning. Regeringens mål är att 98 procent av alla hushåll och "
        "företag ska ha tillgång till minst 1 Gbit/s år 2025. I oktober 2024 hade 91,4 procent av hushållen i "
        "länet sådan tillgång, jämfört med 95,4 procent i riket. I förra årets rapport angavs 88,7 procent för "
        "oktober 2023; PTS har därefter reviderat 2023 års uppgifter (se tabell 2). År 2022 var andelen i länet "
        "86,0 procent, och Malå låg då lägst av länets kommuner.", body))
    story.append(Paragraph(
        "Skillnaderna inom länet är fortsatt stora. Utanför tätort har 76,8 procent av hushållen tillgång till "
        "1 Gbit/s, och i flera inlandskommuner är andelen under 65 procent. I grannlänet Norrbotten var "
        "motsvarande andel för samtliga hushåll 91,2 procent. Under 2024 beviljades 41,5 miljoner kronor i "
        "bredbandsstöd i länet, vilket beräknas ge ytterligare omkring 1 830 hushåll och 240 arbetsställen "
        "tillgång till snabbt bredband när projekten är klara 2026–2027.", body))
    story.append(Paragraph("Tillgång per kommun", h2))
    story.append(Paragraph(
        "Tabell 1 visar andelen hushåll, arbetsställen och fritidshus med tillgång till minst 1 Gbit/s i oktober "
        "2024. Tabellen är för bred för sidan och redovisas därför i två delar; radrubrikerna upprepas i den "
        "andra delen. Andelen arbetsställen avser arbetsställen med minst en anställd.", body))
    story.append(Paragraph("Tabell 1. Tillgång till bredband om minst 1 Gbit/s, oktober 2024, andel (%) och antal",
                           cap))
    a_names = sorted(NAMES, key=sv_key)[:8]
    b_names = sorted(NAMES, key=sv_key)[8:]
    story.append(block(a_names, False))
    story.append(Spacer(1, 8))
    story.append(block(b_names, True))
    story.append(Spacer(1, 3))
    story.append(Paragraph(
        "Källa: PTS Bredbandskartläggning 2024. Hushåll utanför tätort enligt SCB:s tätortsavgränsning 2023. "
        "a) Fritidshus: andel av fritidshus med adress i PTS adressregister.", note))
    story.append(PageBreak())
    story.append(Paragraph("Förändring sedan föregående år", h2))
    story.append(Paragraph(
        "Andelen hushåll med tillgång till 1 Gbit/s ökade i 14 av länets 15 kommuner mellan oktober 2023 och "
        "oktober 2024. I Dorotea minskade andelen något, vilket enligt PTS beror på att nya adresser "
        "tillkommit i adressregistret utanför de utbyggda områdena. Den största ökningen i procentenheter hade "
        "Sorsele och Åsele. Kommunernas egna mål för 2026 varierar mellan 90 och 99 procent.", body))
    story.append(Paragraph(
        "Tabell 2. Hushåll med tillgång till bredband om minst 1 Gbit/s, andel (%), oktober 2024 och 2023", cap))
    data = [["Kommun", "Okt 2024", "Okt 2023 a)", "Förändring,\nprocentenheter"]]
    for n in sorted(NAMES, key=lambda x: CODE[x]):
        v24 = BB[n][0]
        v23 = BB_2023[n]
        data.append([n, sv_dec(v24), sv_dec(v23), ("+" if v24 - v23 > 0 else "") + sv_dec(v24 - v23)])
    data.append(["Västerbottens län", sv_dec(BB_LAN[0]), sv_dec(BB_LAN_2023),
                 "+" + sv_dec(BB_LAN[0] - BB_LAN_2023)])
    data.append(["Riket b)", sv_dec(BB_RIKET[0]), sv_dec(BB_RIKET[1]), "+" + sv_dec(BB_RIKET[0] - BB_RIKET[1])])
    t = Table(data, colWidths=[50 * mm, 25 * mm, 25 * mm, 32 * mm])
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), "Helvetica", 8.2),
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.2),
        ("FONT", (0, -2), (-1, -1), "Helvetica-Bold", 8.2),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
        ("LINEABOVE", (0, -2), (-1, -2), 0.6, colors.black),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]))
    story.append(t)
    story.append(Spacer(1, 3))
    story.append(Paragraph(
        "a) Reviderade uppgifter (PTS, mars 2025). Avviker från värdena i Bredbandsuppföljning 2024. "
        "b) Riket enligt PTS sammanfattande rapport.", note))
    story.append(Paragraph("Fortsatt arbete", h2))
    story.append(Paragraph(
        "Länsstyrelsen bedömer att målet om 98 procent inte kommer att nås i länet under 2025. Enligt de "
        "regionala bredbandskoordinatorernas bedömning saknar omkring 8 700 hushåll och 1 150 arbetsställen i "
        "länet fortfarande tillgång till 1 Gbit/s. För att nå målet till 2030 behövs enligt en grov "
        "uppskattning ytterligare 180–220 miljoner kronor i offentligt stöd. Nästa uppföljning publiceras "
        "hösten 2026 och avser oktober 2025.", body))
    doc = SimpleDocTemplate(os.path.join(out, F6), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=16 * mm, title="Bredbandsuppföljning 2025",
                            author="Länsstyrelsen Västerbotten", invariant=1)
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


# ---------------------------------------------------------------------------
def main():
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(2)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    make_scb(out)
    make_af(out)
    make_stod(out)
    make_aldre(out)
    make_kolada(out)
    make_pdf(out)
    for f in sorted(os.listdir(out)):
        print(f, os.path.getsize(os.path.join(out, f)))


if __name__ == "__main__":
    main()
