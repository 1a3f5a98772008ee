"""Round r113 – six statistics exports a regional staff member might drop
into Kunskapsbanken.  Usage:  python r113_make_files.py OUT_DIR

All figures are invented (plausible orders of magnitude) and generated with
fixed seeds, so the output is deterministic.

Files written
1. befolkning_ettarsklasser_blekinge_2024.xlsx
   Sheet 1 "Om statistiken" = notes only, data on sheet 2 "Befolkning":
   single-year ages "0 år" .. "99 år", "100+ år" as rows, municipality headers
   merged over two sub-columns "män"/"kvinnor", a "Totalt" row at the bottom.
2. nyregistrerade_foretag_blekinge_kronoberg_2024.xlsx
   Sheet "Pivot": an Excel pivot-table paste (tabular form) with a report
   filter row, "Kolumnetiketter", county shown only on its first row,
   "<län> Summa" subtotal rows, blank cells for zero, "Totalsumma" row/column.
   Sheet "Data": the underlying register, one row per registered company.
3. forvarvsintensitet_sodermanland_2023.csv
   UTF-8 with BOM, semicolons, decimal commas. Region names are heading rows
   with empty cells; the measures "Antal" / "Procent" alternate in the same
   row-label column below each region. ".." for an unavailable cell.
4. anmalda_brott_vastmanland_halvar_export.xlsx
   Power BI "Export data": long format, English aggregation headers
   ("Sum of ...", "Average of ..."), half-years "2023H1" .. "2025H1",
   change column as text "12 %", an "Applied filters:" block under the data.
5. trafikutveckling_kronoberg_2022_2024.pdf
   Short report page: text, a small distractor table, and the captioned
   "Tabell 2" with ÅDT per measuring point 2022-2024, space thousands,
   decimal commas, ".." for missing measurements, footnotes.
6. utbildningsniva_25-64_kronoberg_2024.csv
   Windows-1252, semicolons, European number format with dot thousands
   ("12.345") and decimal comma, coded regions "0780 Växjö", education levels
   incl. "uppgift om utbildningsnivå saknas", a "totalt" row per municipality.
"""
import csv
import datetime as dt
import io
import os
import re
import sys

import numpy as np
import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Border, Side
from openpyxl.utils import get_column_letter

FIXED_TIME = dt.datetime(2025, 3, 20, 9, 15, 0)


def _fix_props(wb, creator):
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME


def _save_wb(wb, path):
    """Save and rewrite the zip with fixed timestamps so the bytes are reproducible."""
    import zipfile
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 3, 20, 9, 15, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            payload = zin.read(item.filename)
            if item.filename == "docProps/core.xml":  # openpyxl stamps "modified" with now()
                payload = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2025-03-20T09:15:00Z", payload)
            zout.writestr(zi, payload)


def sv_dec(x, nd=1):
    """Swedish decimal comma, no thousands separator."""
    return f"{x:.{nd}f}".replace(".", ",")


def eu_int(n):
    """European thousands dot: 12345 -> '12.345'."""
    return f"{int(n):,}".replace(",", ".")


def sp_int(n):
    """Swedish thousands space (non-breaking in print): 12345 -> '12 345'."""
    return f"{int(n):,}".replace(",", "\u00a0")


# ---------------------------------------------------------------------------
# 1. Single-year ages, Blekinge, notes sheet first
# ---------------------------------------------------------------------------
BLEKINGE = {  # (men, women) total population, invented but plausible
    "Karlshamn": (16480, 16050),
    "Karlskrona": (34120, 32810),
    "Olofström": (6710, 6390),
    "Ronneby": (15020, 14610),
    "Sölvesborg": (8870, 8760),
}


def age_weights(sex, young_adult_factor, rng):
    ages = np.arange(101)
    # cohort size: baby boom 1940s (ages ~75-80), 1960s (~55-60), 1990 (~33)
    cohort = (1.0
              + 0.18 * np.exp(-((ages - 77) / 3.5) ** 2)
              + 0.12 * np.exp(-((ages - 58) / 5.0) ** 2)
              + 0.15 * np.exp(-((ages - 33) / 3.0) ** 2)
              - 0.10 * np.exp(-((ages - 2) / 2.5) ** 2))
    # young adults leave small towns for studies, students come to Karlskrona
    cohort *= 1 + (young_adult_factor - 1) * np.exp(-((ages - 24) / 4.5) ** 2)
    A = 0.000011 if sex == "män" else 0.000006
    B = 0.11
    surv = np.exp(-A / B * (np.exp(B * ages) - 1))
    w = cohort * surv * (1 + rng.normal(0, 0.03, size=101))
    w[100] = cohort[100] * surv[100] * 0.8  # 100+ open band
    return w / w.sum()


def make_population(out):
    rng = np.random.default_rng(11301)
    yaf = {"Karlshamn": 0.80, "Karlskrona": 1.30, "Olofström": 0.70,
           "Ronneby": 0.85, "Sölvesborg": 0.78}
    data = {}
    for kom, (m, k) in BLEKINGE.items():
        for sex, n in (("män", m), ("kvinnor", k)):
            p = age_weights(sex, yaf[kom], rng)
            data[(kom, sex)] = rng.multinomial(n, p)

    wb = Workbook()
    ws0 = wb.active
    ws0.title = "Om statistiken"
    notes = [
        ("Folkmängd i Blekinge län efter kommun, ålder (ettårsklasser) och kön 2024", True),
        ("", False),
        ("Innehåll", True),
        ("Bladet 'Befolkning' innehåller folkmängden den 31 december 2024 per kommun,", False),
        ("uppdelat på ettårsklasser 0–99 år samt 100 år och äldre, för män och kvinnor.", False),
        ("", False),
        ("Definitioner", True),
        ("Folkmängd: personer som är folkbokförda i kommunen vid årets slut.", False),
        ("Ålder: uppnådd ålder vid årets slut (31 december).", False),
        ("Raden 'Totalt' avser samtliga åldrar.", False),
        ("", False),
        ("Källa", True),
        ("SCB, Befolkningsstatistik. Uttaget ur Statistikdatabasen 2025-03-20 och bearbetat", False),
        ("av Region Blekinge, Regional utveckling, Analysenheten.", False),
        ("", False),
        ("Kontakt: analys@regionblekinge.example.se", False),
    ]
    for i, (t, bold) in enumerate(notes, start=1):
        c = ws0.cell(row=i, column=1, value=t)
        if bold:
            c.font = Font(bold=True, size=12 if i == 1 else 11)
    ws0.column_dimensions["A"].width = 95

    ws = wb.create_sheet("Befolkning")
    ws["A1"] = "Folkmängd efter region, ålder och kön. År 2024"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Ettårsklasser, 31 december 2024"
    hdr_r = 4
    ws.cell(row=hdr_r, column=1, value="ålder")
    ws.cell(row=hdr_r + 1, column=1, value="")
    col = 2
    thin = Side(style="thin", color="999999")
    for kom in BLEKINGE:
        ws.cell(row=hdr_r, column=col, value=kom).font = Font(bold=True)
        ws.merge_cells(start_row=hdr_r, start_column=col, end_row=hdr_r, end_column=col + 1)
        ws.cell(row=hdr_r, column=col).alignment = Alignment(horizontal="center")
        ws.cell(row=hdr_r + 1, column=col, value="män")
        ws.cell(row=hdr_r + 1, column=col + 1, value="kvinnor")
        for cc in (col, col + 1):
            ws.cell(row=hdr_r + 1, column=cc).border = Border(bottom=thin)
        col += 2
    r = hdr_r + 2
    for a in range(101):
        label = f"{a} år" if a < 100 else "100+ år"
        ws.cell(row=r, column=1, value=label)
        col = 2
        for kom in BLEKINGE:
            ws.cell(row=r, column=col, value=int(data[(kom, "män")][a]))
            ws.cell(row=r, column=col + 1, value=int(data[(kom, "kvinnor")][a]))
            col += 2
        r += 1
    ws.cell(row=r, column=1, value="Totalt").font = Font(bold=True)
    col = 2
    for kom in BLEKINGE:
        ws.cell(row=r, column=col, value=int(data[(kom, "män")].sum())).font = Font(bold=True)
        ws.cell(row=r, column=col + 1, value=int(data[(kom, "kvinnor")].sum())).font = Font(bold=True)
        col += 2
    r += 2
    ws.cell(row=r, column=1, value="Källa: SCB, Befolkningsstatistik")
    ws.cell(row=r + 1, column=1, value="Uttag 2025-03-20")
    ws.column_dimensions["A"].width = 12
    for c in range(2, 12):
        ws.column_dimensions[get_column_letter(c)].width = 11
    ws.freeze_panes = "B6"
    _fix_props(wb, "Region Blekinge Analys")
    _save_wb(wb, os.path.join(out, "befolkning_ettarsklasser_blekinge_2024.xlsx"))


# ---------------------------------------------------------------------------
# 2. Company register + pivot with subtotals, Blekinge and Kronoberg
# ---------------------------------------------------------------------------
KOMMUNER_F = [
    ("Blekinge län", "Karlshamn", 32530), ("Blekinge län", "Karlskrona", 66930),
    ("Blekinge län", "Olofström", 13100), ("Blekinge län", "Ronneby", 29630),
    ("Blekinge län", "Sölvesborg", 17630),
    ("Kronobergs län", "Alvesta", 20340), ("Kronobergs län", "Lessebo", 8810),
    ("Kronobergs län", "Ljungby", 28620), ("Kronobergs län", "Markaryd", 10290),
    ("Kronobergs län", "Tingsryd", 12410), ("Kronobergs län", "Uppvidinge", 9430),
    ("Kronobergs län", "Växjö", 97060), ("Kronobergs län", "Älmhult", 18010),
]
FORMS = ["Aktiebolag", "Enskild näringsidkare", "Handelsbolag", "Kommanditbolag",
         "Ekonomisk förening"]
FORM_P = np.array([0.50, 0.39, 0.065, 0.015, 0.03])
BRANSCHER = [
    ("Byggverksamhet", 0.14), ("Handel; reparation av motorfordon och motorcyklar", 0.13),
    ("Verksamhet inom juridik, ekonomi, vetenskap och teknik", 0.13),
    ("Vård och omsorg; sociala tjänster", 0.05), ("Jordbruk, skogsbruk och fiske", 0.07),
    ("Hotell- och restaurangverksamhet", 0.06), ("Informations- och kommunikationsverksamhet", 0.07),
    ("Transport och magasinering", 0.05), ("Kultur, nöje och fritid", 0.06),
    ("Annan serviceverksamhet", 0.07), ("Fastighetsverksamhet", 0.05),
    ("Uthyrning, fastighetsservice, resetjänster och andra stödtjänster", 0.06),
    ("Tillverkning", 0.04), ("Uppgift saknas", 0.02),
]
SURNAMES = ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson",
            "Persson", "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson",
            "Bengtsson", "Lindberg", "Magnusson", "Lindström", "Olofsson", "Axelsson", "Berg",
            "Holm", "Sandberg", "Nyström", "Åberg", "Ekström", "Hedlund", "Fransson", "Öberg",
            "Mattsson", "Petrović", "Ali", "Hassan", "Nguyen", "Kowalski"]
FIRSTNAMES = ["Anna", "Erik", "Maria", "Lars", "Karin", "Johan", "Sara", "Anders", "Emma",
              "Per", "Linnea", "Mikael", "Fatima", "Ahmed", "Elin", "Oskar", "Ida", "Jonas"]
WORDS = ["Bygg", "Konsult", "Måleri", "El", "VVS", "Städ", "Transport", "Fastigheter",
         "Design", "Data", "Skog", "Trädgård", "Hälsa", "Event", "Motor", "Redovisning",
         "Invest", "Plåt", "Mark & Anläggning", "Café", "Hår", "Media", "Snickeri", "IT"]
EKF = ["Fiberförening", "Bygdegårdsförening", "Vägförening", "Andelslag", "Energiförening",
       "Samfällighetsförening"]


def make_companies(out):
    rng = np.random.default_rng(11302)
    days = pd.date_range("2024-01-01", "2024-12-31", freq="D")
    month_w = np.array([1.35, 1.05, 1.15, 1.0, 1.0, 0.9, 0.55, 0.85, 1.05, 1.05, 1.0, 0.9])
    wd = np.array([1.0 if d.weekday() < 5 else 0.08 for d in days]) * month_w[days.month - 1]
    wd = wd / wd.sum()
    rows = []
    used_orgnr = set()
    for lan, kom, pop in KOMMUNER_F:
        rate = 8.2 if kom not in ("Växjö", "Karlskrona") else 9.6
        n = rng.poisson(pop * rate / 1000)
        fp = FORM_P * np.exp(rng.normal(0, 0.15, 5))
        if kom in ("Tingsryd", "Uppvidinge", "Markaryd", "Olofström"):
            fp[1] *= 1.25  # more sole traders in small rural municipalities
        fp = fp / fp.sum()
        forms = rng.choice(len(FORMS), size=n, p=fp)
        dates = rng.choice(len(days), size=n, p=wd)
        br_p = np.array([b[1] for b in BRANSCHER])
        br = rng.choice(len(BRANSCHER), size=n, p=br_p / br_p.sum())
        for f, d, b in zip(forms, dates, br):
            form = FORMS[f]
            s1, s2 = rng.choice(SURNAMES, 2, replace=False)
            w = rng.choice(WORDS)
            if form == "Aktiebolag":
                name = (f"{s1} {w} AB" if rng.random() < 0.6 else f"{kom} {w} AB")
                prefix = "559"
            elif form == "Enskild näringsidkare":
                name = f"{rng.choice(FIRSTNAMES)} {s1}s {w}" if rng.random() < 0.5 else f"{s1} {w}"
                prefix = None
            elif form == "Handelsbolag":
                name = f"{s1} & {s2} {w} HB"
                prefix = "969"
            elif form == "Kommanditbolag":
                name = f"{s1} {w} KB"
                prefix = "969"
            else:
                name = f"{kom} {rng.choice(EKF)} ek. för."
                prefix = "769"
            if prefix is None:
                orgnr = "(personnr ej redovisat)"
            else:
                while True:
                    orgnr = f"{prefix}{rng.integers(100, 999)}-{rng.integers(1000, 9999)}"
                    if orgnr not in used_orgnr:
                        used_orgnr.add(orgnr)
                        break
            rows.append({
                "Org.nr": orgnr, "Företagsnamn": name, "Juridisk form": form,
                "Registreringsdatum": days[d].to_pydatetime(), "Säte kommun": kom,
                "Län": lan, "Bransch (SNI 2007, avdelning)": BRANSCHER[b][0],
            })
    reg = pd.DataFrame(rows).sort_values(["Registreringsdatum", "Län", "Säte kommun", "Företagsnamn"],
                                         kind="mergesort").reset_index(drop=True)

    wb = Workbook()
    wp = wb.active
    wp.title = "Pivot"
    wp["A1"] = "Nyregistrerade företag efter juridisk form, län och kommun"
    wp["A1"].font = Font(bold=True, size=12)
    wp["A2"] = "Källa: Bolagsverket (Näringslivsregistret), bearbetning Region Kronoberg. Uttag 2025-01-14"
    wp["A4"] = "Registreringsår"
    wp["B4"] = "2024"
    wp["A4"].font = Font(bold=True)
    wp["A6"] = "Antal av Org.nr"  # typical pivot caption (count of a column)
    wp["C6"] = "Kolumnetiketter"
    header = ["Län", "Säte kommun"] + sorted(FORMS) + ["Totalsumma"]
    for j, h in enumerate(header, start=1):
        c = wp.cell(row=7, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DDEBF7")
    piv = reg.groupby(["Län", "Säte kommun", "Juridisk form"]).size().unstack(fill_value=0)
    r = 8
    bold = Font(bold=True)
    sub_fill = PatternFill("solid", fgColor="DDEBF7")

    def write_vals(row, counts, font=None, fill=None):
        tot = 0
        for j, f in enumerate(sorted(FORMS), start=3):
            v = int(counts.get(f, 0))
            tot += v
            c = wp.cell(row=row, column=j, value=(v if v else None))
            if font:
                c.font = font
            if fill:
                c.fill = fill
        c = wp.cell(row=row, column=3 + len(FORMS), value=tot)
        if font:
            c.font = font
        if fill:
            c.fill = fill

    for lan in ["Blekinge län", "Kronobergs län"]:
        first = True
        for kom in piv.loc[lan].index:
            wp.cell(row=r, column=1, value=lan if first else None)
            wp.cell(row=r, column=2, value=kom)
            write_vals(r, piv.loc[(lan, kom)].to_dict())
            first = False
            r += 1
        wp.cell(row=r, column=1, value=f"{lan} Summa").font = bold
        wp.cell(row=r, column=1).fill = sub_fill
        wp.cell(row=r, column=2).fill = sub_fill
        write_vals(r, piv.loc[lan].sum().to_dict(), bold, sub_fill)
        r += 1
    wp.cell(row=r, column=1, value="Totalsumma").font = bold
    write_vals(r, piv.sum().to_dict(), bold)
    wp.column_dimensions["A"].width = 22
    wp.column_dimensions["B"].width = 14
    for j in range(3, 9):
        wp.column_dimensions[get_column_letter(j)].width = 20

    wd_ = wb.create_sheet("Data")
    cols = list(reg.columns)
    for j, h in enumerate(cols, start=1):
        wd_.cell(row=1, column=j, value=h).font = Font(bold=True)
    for i, rec in enumerate(reg.itertuples(index=False), start=2):
        for j, v in enumerate(rec, start=1):
            c = wd_.cell(row=i, column=j, value=v)
            if j == 4:
                c.number_format = "yyyy-mm-dd"
    for j, wdt in enumerate([14, 38, 22, 17, 14, 16, 55], start=1):
        wd_.column_dimensions[get_column_letter(j)].width = wdt
    wd_.auto_filter.ref = f"A1:G{len(reg) + 1}"
    wd_.freeze_panes = "A2"
    _fix_props(wb, "Region Kronoberg")
    _save_wb(wb, os.path.join(out, "nyregistrerade_foretag_blekinge_kronoberg_2024.xlsx"))


# ---------------------------------------------------------------------------
# 3. Förvärvsintensitet, Södermanland – measures in the row-label column
# ---------------------------------------------------------------------------
SODERMANLAND = [  # name, population 20-64, foreign-born share
    ("Eskilstuna", 60400, 0.35), ("Flen", 8900, 0.32), ("Gnesta", 6300, 0.13),
    ("Katrineholm", 19200, 0.27), ("Nyköping", 32100, 0.18), ("Oxelösund", 6400, 0.25),
    ("Strängnäs", 21100, 0.17), ("Trosa", 7400, 0.12), ("Vingåker", 4900, 0.22),
]


def make_employment(out):
    rng = np.random.default_rng(11303)
    groups = ["Inrikes födda kvinnor", "Inrikes födda män", "Utrikes födda kvinnor",
              "Utrikes födda män"]
    base_rate = {"Inrikes födda kvinnor": 0.855, "Inrikes födda män": 0.872,
                 "Utrikes födda kvinnor": 0.610, "Utrikes födda män": 0.695}
    recs = []
    for kom, pop, fb in SODERMANLAND:
        lvl = rng.normal(0, 0.018)
        for g in groups:
            share = (1 - fb) if g.startswith("Inrikes") else fb
            sex_share = 0.49 if "kvinnor" in g else 0.51
            p = int(round(pop * share * sex_share * (1 + rng.normal(0, 0.02))))
            rate = base_rate[g] + lvl + rng.normal(0, 0.02 if g.startswith("Utrikes") else 0.008)
            n = int(rng.binomial(p, min(rate, 0.95)))
            recs.append((kom, g, p, n))
    df = pd.DataFrame(recs, columns=["kom", "grupp", "pop", "antal"])

    lines = []
    lines.append(["Förvärvsarbetande och förvärvsintensitet 20–64 år efter bostadskommun, "
                  "födelseregion och kön. Södermanlands län 2023"])
    lines.append(["Nattbefolkning (bostadsort) i november 2023"])
    lines.append([])
    lines.append(["Region / mått"] + groups + ["Samtliga 20–64 år"])
    suppressed = {("Oxelösund", "Utrikes födda män")}
    for kom, _, _ in SODERMANLAND + [("Södermanlands län", 0, 0)]:
        if kom == "Södermanlands län":
            sub = df.groupby("grupp")[["pop", "antal"]].sum()
        else:
            sub = df[df.kom == kom].set_index("grupp")[["pop", "antal"]]
        lines.append([kom, "", "", "", "", ""])
        antal_row, pct_row = ["Antal"], ["Procent"]
        for g in groups:
            if (kom, g) in suppressed:
                antal_row.append("..")
                pct_row.append("..")
            else:
                antal_row.append(str(int(sub.loc[g, "antal"])))
                pct_row.append(sv_dec(100 * sub.loc[g, "antal"] / sub.loc[g, "pop"]))
        antal_row.append(str(int(sub["antal"].sum())))
        pct_row.append(sv_dec(100 * sub["antal"].sum() / sub["pop"].sum()))
        lines.append(antal_row)
        lines.append(pct_row)
    lines.append([])
    lines.append(["Antal = antal förvärvsarbetande 20–64 år. Procent = förvärvsintensitet, dvs. andelen "
                  "förvärvsarbetande av befolkningen 20–64 år."])
    lines.append([".. = uppgift ej tillgänglig eller för osäker för att anges. Uppgiften ingår i länets och "
                  "kommunens summa."])
    lines.append(["Källa: SCB, Registerbaserad arbetsmarknadsstatistik (BAS). Uttag 2025-01-15."])
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    for ln in lines:
        w.writerow(ln)
    with open(os.path.join(out, "forvarvsintensitet_sodermanland_2023.csv"), "w",
              encoding="utf-8-sig", newline="") as fh:
        fh.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 4. Anmälda brott, Västmanland, half-years, Power BI export
# ---------------------------------------------------------------------------
VASTMANLAND = [("Arboga", 14010), ("Fagersta", 13290), ("Hallstahammar", 16330),
               ("Kungsör", 8710), ("Köping", 26520), ("Norberg", 5690), ("Sala", 23010),
               ("Skinnskatteberg", 4380), ("Surahammar", 10110), ("Västerås", 158300)]
HALVAR = ["2023H1", "2023H2", "2024H1", "2024H2", "2025H1"]
# per 100 000 inhabitants and half-year
KAT_RATE = {"Misshandel": 410, "Bostadsinbrott": 70, "Skadegörelse": 690,
            "Bedrägeri": 1250}


def make_crime(out):
    rng = np.random.default_rng(11304)
    recs = []
    for kom, pop0 in VASTMANLAND:
        urban = 1.18 if kom == "Västerås" else (1.0 if pop0 > 12000 else 0.85)
        komlvl = np.exp(rng.normal(0, 0.08))
        for i, h in enumerate(HALVAR):
            pop = int(round(pop0 * (1 + 0.003 * (i - 4)) + rng.normal(0, 15)))
            season = 1.05 if h.endswith("H2") else 0.97
            counts = {}
            for kat, rate in KAT_RATE.items():
                trend = {"Bedrägeri": 1 + 0.04 * i, "Bostadsinbrott": 1 - 0.05 * i}.get(kat, 1.0)
                lam = rate * urban * komlvl * season * trend * pop / 1e5
                counts[kat] = int(rng.poisson(lam))
            other = int(rng.poisson(3900 * urban * komlvl * season * pop / 1e5))
            counts = {"Samtliga brott": sum(counts.values()) + other, **counts}
            for kat, c in counts.items():
                recs.append({"Kommun": kom, "Halvår": h, "Brottskategori": kat,
                             "antal": c, "pop": pop})
    df = pd.DataFrame(recs)
    df["per100k"] = (df.antal / df["pop"] * 1e5).round(1)
    df = df.sort_values(["Kommun", "Halvår", "Brottskategori"], kind="mergesort")
    prev = df.set_index(["Kommun", "Brottskategori", "Halvår"])["antal"]

    def change(r):
        y, hh = int(r.Halvår[:4]), r.Halvår[4:]
        key = (r.Kommun, r.Brottskategori, f"{y - 1}{hh}")
        if key not in prev.index or prev[key] == 0:
            return None
        pct = round(100 * (r.antal / prev[key] - 1))
        return f"{pct} %"

    df["chg"] = df.apply(change, axis=1)

    wb = Workbook()
    ws = wb.active
    ws.title = "Export"
    hdr = ["Kommun", "Halvår", "Brottskategori", "Sum of Antal anmälda brott",
           "Average of Per 100 000 inv", "Förändring mot motsv. halvår föreg. år"]
    for j, h in enumerate(hdr, start=1):
        ws.cell(row=1, column=j, value=h).font = Font(bold=True)
    r = 2
    for rec in df.itertuples(index=False):
        ws.cell(row=r, column=1, value=rec.Kommun)
        ws.cell(row=r, column=2, value=rec.Halvår)
        ws.cell(row=r, column=3, value=rec.Brottskategori)
        ws.cell(row=r, column=4, value=int(rec.antal))
        c = ws.cell(row=r, column=5, value=float(rec.per100k))
        c.number_format = "0.0"
        ws.cell(row=r, column=6, value=rec.chg)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Applied filters:")
    ws.cell(row=r + 1, column=1, value="Län is Västmanlands län")
    ws.cell(row=r + 2, column=1, value="Halvår is 2023H1, 2023H2, 2024H1, 2024H2 or 2025H1")
    ws.cell(row=r + 3, column=1, value="Källa: Polismyndigheten, anmälda brott (bearbetning Region Västmanland)")
    for j, wdt in enumerate([16, 9, 16, 26, 26, 36], start=1):
        ws.column_dimensions[get_column_letter(j)].width = wdt
    _fix_props(wb, "Power BI")
    _save_wb(wb, os.path.join(out, "anmalda_brott_vastmanland_halvar_export.xlsx"))


# ---------------------------------------------------------------------------
# 5. PDF: ÅDT at measuring points, Kronoberg
# ---------------------------------------------------------------------------
MATPUNKTER = [  # väg, mätpunkt, base ÅDT 2022, heavy share %
    ("E4", "Toftaholm", 13650, 27.8), ("E4", "Lagan", 14320, 28.5),
    ("E4", "Ljungby norra", 17880, 24.1), ("E4", "Ljungby södra", 16410, 25.9),
    ("E4", "Strömsnäsbruk", 13120, 29.3), ("E4", "Markaryd", 12760, 30.2),
    ("Rv 23", "Älmhult norra", 6420, 18.7), ("Rv 23", "Diö", 5980, 19.4),
    ("Rv 23", "Växjö västra infart", 11840, 12.6),
    ("Rv 25", "Alvesta", 9730, 17.2), ("Rv 25", "Växjö väst (Räppe)", 18960, 11.3),
    ("Rv 25", "Hovmantorp", 7650, 16.8), ("Rv 25", "Lessebo", 6190, 18.1),
    ("Rv 27", "Växjö syd (Bramstorp)", 9860, 13.4), ("Rv 27", "Tingsryd", 4420, 15.9),
    ("Rv 27", "Rävemåla", 3560, 17.5),
]


def make_pdf(out):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    rng = np.random.default_rng(11305)
    rows = []
    for vag, mp, base, heavy in MATPUNKTER:
        g1 = rng.normal(0.012, 0.02)
        g2 = rng.normal(0.015, 0.02)
        a22 = int(round(base / 10) * 10)
        a23 = int(round(base * (1 + g1) / 10) * 10)
        a24 = int(round(base * (1 + g1) * (1 + g2) / 10) * 10)
        rows.append([vag, mp, a22, a23, a24, round(heavy + rng.normal(0, 0.6), 1)])
    # missing measurements
    rows[3][3] = None   # E4 Ljungby södra 2023: mätning ej genomförd (vägarbete)
    rows[15][2] = None  # Rv 27 Rävemåla 2022: ny mätpunkt 2023

    path = os.path.join(out, "trafikutveckling_kronoberg_2022_2024.pdf")
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm,
                            title="Trafikutveckling Kronobergs län 2022–2024",
                            author="Region Kronoberg", creator="Region Kronoberg")
    ss = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=ss["BodyText"], fontName="Helvetica", fontSize=9.5,
                          leading=12.5)
    cap = ParagraphStyle("cap", parent=body, fontName="Helvetica-Bold", fontSize=9.5, spaceAfter=3)
    note = ParagraphStyle("note", parent=body, fontSize=7.5, leading=9.5)
    h1 = ParagraphStyle("h1", parent=ss["Heading1"], fontName="Helvetica-Bold", fontSize=15)
    h2 = ParagraphStyle("h2", parent=ss["Heading2"], fontName="Helvetica-Bold", fontSize=11.5)
    story = [
        Paragraph("Trafikutveckling på det statliga vägnätet i Kronobergs län 2022–2024", h1),
        Paragraph("Regional utveckling – Underlag till transportplanen, PM 2025:3", body),
        Spacer(1, 5 * mm),
        Paragraph("3. Trafikmängder vid utvalda mätpunkter", h2),
        Paragraph(
            "Trafiken på länets större vägar har fortsatt att öka svagt efter pandemiåren. "
            "Ökningen är störst på riksväg 25, medan trafiken på E4 genom Ljungby "
            "kommun är i stort sett oförändrad. Andelen tung trafik är fortsatt högst på E4, där "
            "nära var tredje fordon vid de södra mätpunkterna är en lastbil. Uppgifterna bygger på "
            "Trafikverkets trafikmätningar; mätpunkterna mäts normalt vart tredje till vart femte år "
            "och däremellan räknas värdena upp med regionala index.", body),
        Spacer(1, 4 * mm),
        Paragraph("Tabell 1. Antal redovisade mätpunkter per väg", cap),
    ]
    t1 = [["Väg", "Antal mätpunkter", "Vägsträcka i länet, km"],
          ["E4", "6", "78"], ["Rv 23", "3", "64"], ["Rv 25", "4", "92"], ["Rv 27", "3", "71"]]
    tb1 = Table(t1, colWidths=[25 * mm, 35 * mm, 45 * mm], hAlign="LEFT")
    tb1.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), "Helvetica", 8.5),
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 0.6, colors.black),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
    ]))
    story += [tb1, Spacer(1, 6 * mm)]
    story.append(Paragraph(
        "Tabell 2. Årsmedeldygnstrafik (ÅDT, fordon per dygn) och andel tung trafik vid "
        "utvalda mätpunkter på statliga vägar i Kronobergs län, 2022–2024", cap))

    def fmt(v):
        return ".." if v is None else sp_int(v)

    data = [["Väg", "Mätpunkt", "ÅDT 2022", "ÅDT 2023", "ÅDT 2024", "Andel tung\ntrafik 2024, %"]]
    for r in rows:
        data.append([r[0], r[1], fmt(r[2]), fmt(r[3]), fmt(r[4]), sv_dec(r[5])])
    tb = Table(data, colWidths=[16 * mm, 48 * mm, 22 * mm, 22 * mm, 22 * mm, 30 * mm],
               hAlign="LEFT", repeatRows=1)
    style = [
        ("FONT", (0, 0), (-1, -1), "Helvetica", 8.5),
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("ALIGN", (2, 0), (-1, -1), "RIGHT"),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
    ]
    for i in range(1, len(data)):
        if i % 2 == 0:
            style.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#F2F2F2")))
    tb.setStyle(TableStyle(style))
    story += [tb, Spacer(1, 2 * mm)]
    story.append(Paragraph(
        "Källa: Trafikverket, trafikmätningar (Trafikflödeskartan), bearbetning Region Kronoberg. "
        "ÅDT avrundad till närmaste tiotal. Tung trafik = lastbilar med eller utan släp och bussar "
        "(fordon över 3,5 ton).<br/>"
        ".. = uppgift saknas. Ljungby södra 2023: ingen mätning på grund av vägarbete. "
        "Rävemåla: ny mätpunkt från 2023.", note))
    story.append(Spacer(1, 5 * mm))
    story.append(Paragraph(
        "Den samlade bilden är att trafiktillväxten på det statliga vägnätet i länet ligger "
        "något under den nationella prognosen. För E4 bedöms ingen kapacitetsbrist uppstå före "
        "2035, medan korsningspunkterna kring Växjö behöver ses över i nästa planperiod.", body))
    doc.build(story)
    return rows


# ---------------------------------------------------------------------------
# 6. Utbildningsnivå 25–64, Kronoberg – cp1252, European number format
# ---------------------------------------------------------------------------
KRONOBERG_EDU = [  # code, name, pop 25-64 men, women, highedu factor, missing share
    ("0764", "Alvesta", 5360, 5010, 0.80, 0.045),
    ("0761", "Lessebo", 2280, 2090, 0.70, 0.060),
    ("0781", "Ljungby", 7460, 7050, 0.82, 0.030),
    ("0767", "Markaryd", 2700, 2470, 0.68, 0.070),
    ("0763", "Tingsryd", 3080, 2880, 0.72, 0.025),
    ("0760", "Uppvidinge", 2400, 2210, 0.66, 0.040),
    ("0780", "Växjö", 25470, 24890, 1.35, 0.035),
    ("0765", "Älmhult", 4900, 4570, 1.05, 0.050),
]
EDU_LEVELS = [
    "förgymnasial utbildning kortare än 9 år",
    "förgymnasial utbildning, 9 (10) år",
    "gymnasial utbildning, högst 2 år",
    "gymnasial utbildning, 3 år",
    "eftergymnasial utbildning, mindre än 3 år",
    "eftergymnasial utbildning, 3 år eller mer",
    "forskarutbildning",
    "uppgift om utbildningsnivå saknas",
]


def make_education(out):
    rng = np.random.default_rng(11306)
    base = {
        "män": np.array([0.045, 0.080, 0.230, 0.290, 0.140, 0.185, 0.010]),
        "kvinnor": np.array([0.035, 0.055, 0.140, 0.240, 0.150, 0.355, 0.012]),
    }
    out_rows = []
    for code, name, nm, nk, hi, miss in KRONOBERG_EDU:
        counts = {}
        for sex, n in (("män", nm), ("kvinnor", nk)):
            p = base[sex].copy()
            p[4:7] *= hi
            p[:2] *= (1 + 2 * miss)
            p *= np.exp(rng.normal(0, 0.04, 7))
            p = p / p.sum() * (1 - miss * np.exp(rng.normal(0, 0.1)))
            p = np.append(p, 1 - p.sum())
            counts[sex] = rng.multinomial(n, p)
        tot_all = counts["kvinnor"].sum() + counts["män"].sum()
        for i, lvl in enumerate(EDU_LEVELS):
            k, m = int(counts["kvinnor"][i]), int(counts["män"][i])
            out_rows.append([f"{code} {name}", lvl, k, m, k + m, 100 * (k + m) / tot_all])
        k, m = int(counts["kvinnor"].sum()), int(counts["män"].sum())
        out_rows.append([f"{code} {name}", "totalt", k, m, k + m, 100.0])

    lines = [
        ["Befolkning 25–64 år efter region, utbildningsnivå och kön. År 2024"],
        ["Avser folkbokförda 31 december 2024. Utbildningsnivå enligt SUN 2020."],
        [],
        ["region", "utbildningsnivå", "kvinnor", "män", "totalt", "andel av totalt, procent"],
    ]
    for r in out_rows:
        lines.append([r[0], r[1], eu_int(r[2]), eu_int(r[3]), eu_int(r[4]),
                      f"{r[5]:.1f}".replace(".", ",")])
    lines += [
        [],
        ["Andelen beräknas på samtliga 25–64 år i kommunen (kvinnor och män), inklusive uppgift saknas."],
        ["Källa: SCB, Befolkningens utbildning (UREG). Uttag 2025-04-02."],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    for ln in lines:
        w.writerow(ln)
    with open(os.path.join(out, "utbildningsniva_25-64_kronoberg_2024.csv"), "w",
              encoding="cp1252", newline="") as fh:
        fh.write(buf.getvalue())


def main():
    if len(sys.argv) != 2:
        print("usage: python r113_make_files.py OUT_DIR")
        sys.exit(2)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    make_population(out)
    make_companies(out)
    make_employment(out)
    make_crime(out)
    make_pdf(out)
    make_education(out)
    for f in sorted(os.listdir(out)):
        print(f, os.path.getsize(os.path.join(out, f)))


if __name__ == "__main__":
    main()
