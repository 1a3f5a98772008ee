"""Skapar sex syntetiska men realistiska statistikexporter (Uppsala län,
Södermanlands län och ett urval kommuner i Västra Götalands län).

Användning:  python make_files.py OUT_DIR
Deterministiskt (fast seed). Använder bara pandas/numpy/openpyxl.
"""
import sys
import os
from datetime import date, timedelta

import numpy as np
import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment

SEED = 2424

# ---------------------------------------------------------------------------
# Geografi
# ---------------------------------------------------------------------------
# (kod, namn, folkmängd 2023 ungefär)
LAN = {
    "03": ("Uppsala län", [
        ("0305", "Håbo", 22350), ("0319", "Älvkarleby", 9630),
        ("0330", "Knivsta", 20580), ("0331", "Heby", 14420),
        ("0360", "Tierp", 21310), ("0380", "Uppsala", 242140),
        ("0381", "Enköping", 47010), ("0382", "Östhammar", 22290)]),
    "04": ("Södermanlands län", [
        ("0428", "Vingåker", 8940), ("0461", "Gnesta", 11420),
        ("0480", "Nyköping", 58510), ("0481", "Oxelösund", 12010),
        ("0482", "Flen", 16110), ("0483", "Katrineholm", 34930),
        ("0484", "Eskilstuna", 107900), ("0486", "Strängnäs", 38010),
        ("0488", "Trosa", 14330)]),
    "14": ("Västra Götalands län", [
        ("1480", "Göteborg", 600470), ("1481", "Mölndal", 71200),
        ("1482", "Kungälv", 48150), ("1485", "Uddevalla", 57340),
        ("1487", "Vänersborg", 40060), ("1488", "Trollhättan", 59930),
        ("1490", "Borås", 115010), ("1494", "Lidköping", 40210),
        ("1496", "Skövde", 57510), ("1499", "Falköping", 33560)]),
}
# Västra Götalands län har fler kommuner än urvalet -> länets totaler sätts separat
VG_TOTAL_POP_2023 = 1744860
RIKET_POP_2023 = 10551710

# Kommunspecifika nivåer (grova, realistiska)
ARBL_2024 = {  # inskrivna arbetslösa, andel av reg. arbetskraft 16-64 %
    "Håbo": 4.1, "Älvkarleby": 7.6, "Knivsta": 2.9, "Heby": 5.9, "Tierp": 6.1,
    "Uppsala": 5.0, "Enköping": 5.6, "Östhammar": 4.7,
    "Vingåker": 8.4, "Gnesta": 5.1, "Nyköping": 6.7, "Oxelösund": 8.9,
    "Flen": 11.6, "Katrineholm": 9.9, "Eskilstuna": 12.1, "Strängnäs": 5.5,
    "Trosa": 3.8,
    "Göteborg": 7.1, "Mölndal": 4.9, "Kungälv": 4.3, "Uddevalla": 7.8,
    "Vänersborg": 7.3, "Trollhättan": 10.1, "Borås": 7.9, "Lidköping": 5.2,
    "Skövde": 6.5, "Falköping": 6.1,
}
UTRIKES_ANDEL = {  # andel av de arbetslösa som är utrikes födda
    "Göteborg": 0.62, "Borås": 0.58, "Trollhättan": 0.63, "Eskilstuna": 0.66,
    "Uppsala": 0.57, "Mölndal": 0.50, "Katrineholm": 0.60, "Flen": 0.64,
}
SJP_BAS = {  # sjukpenningtal 2023
    "Håbo": 9.2, "Älvkarleby": 12.4, "Knivsta": 7.5, "Heby": 11.6, "Tierp": 11.1,
    "Uppsala": 8.2, "Enköping": 10.0, "Östhammar": 10.6,
    "Vingåker": 12.9, "Gnesta": 10.4, "Nyköping": 10.6, "Oxelösund": 12.1,
    "Flen": 12.6, "Katrineholm": 11.5, "Eskilstuna": 11.8, "Strängnäs": 9.8,
    "Trosa": 9.1,
    "Göteborg": 8.9, "Mölndal": 8.6, "Kungälv": 9.4, "Uddevalla": 11.0,
    "Vänersborg": 11.5, "Trollhättan": 11.2, "Borås": 10.4, "Lidköping": 10.3,
    "Skövde": 10.0, "Falköping": 11.3,
}
MEDIAN_2023 = {  # medianinkomst tkr, totalt 20-64 år
    "Håbo": 412.0, "Älvkarleby": 322.0, "Knivsta": 431.0, "Heby": 321.0,
    "Tierp": 331.0, "Uppsala": 366.0, "Enköping": 356.0, "Östhammar": 342.0,
    "Vingåker": 301.0, "Gnesta": 351.0, "Nyköping": 356.0, "Oxelösund": 336.0,
    "Flen": 296.0, "Katrineholm": 321.0, "Eskilstuna": 316.0,
    "Strängnäs": 386.0, "Trosa": 401.0,
    "Göteborg": 351.0, "Mölndal": 396.0, "Kungälv": 394.0, "Uddevalla": 331.0,
    "Vänersborg": 336.0, "Trollhättan": 321.0, "Borås": 336.0,
    "Lidköping": 346.0, "Skövde": 346.0, "Falköping": 321.0,
}
EFTERGYMN_2023 = {  # andel 25-64 med eftergymnasial utb %
    "Håbo": 44.0, "Älvkarleby": 28.0, "Knivsta": 59.0, "Heby": 30.0,
    "Tierp": 31.0, "Uppsala": 61.0, "Enköping": 41.0, "Östhammar": 34.0,
    "Vingåker": 25.0, "Gnesta": 38.0, "Nyköping": 44.0, "Oxelösund": 31.0,
    "Flen": 27.0, "Katrineholm": 33.0, "Eskilstuna": 37.0, "Strängnäs": 47.0,
    "Trosa": 46.0,
    "Göteborg": 57.0, "Mölndal": 56.0, "Kungälv": 48.0, "Uddevalla": 39.0,
    "Vänersborg": 38.0, "Trollhättan": 38.0, "Borås": 42.0, "Lidköping": 40.0,
    "Skövde": 45.0, "Falköping": 35.0,
}
NYSTART = {  # nystartade företag per 1000 inv 16-64
    "Håbo": 11.5, "Älvkarleby": 7.8, "Knivsta": 12.9, "Heby": 9.6,
    "Tierp": 8.9, "Uppsala": 10.8, "Enköping": 10.2, "Östhammar": 9.1,
    "Vingåker": 8.4, "Gnesta": 11.8, "Nyköping": 9.5, "Oxelösund": 7.9,
    "Flen": 9.0, "Katrineholm": 8.1, "Eskilstuna": 8.8, "Strängnäs": 11.2,
    "Trosa": 12.6,
    "Göteborg": 12.1, "Mölndal": 11.0, "Kungälv": 11.4, "Uddevalla": 8.7,
    "Vänersborg": 8.3, "Trollhättan": 8.0, "Borås": 9.4, "Lidköping": 8.9,
    "Skövde": 9.3, "Falköping": 8.5,
}


def kommuner():
    out = []
    for lk, (lnamn, kl) in LAN.items():
        for kod, namn, pop in kl:
            out.append(dict(lan_kod=lk, lan=lnamn, kod=kod, namn=namn, pop=pop))
    return out


def fmt_dec(x, nd=1):
    """Decimalkomma, som i svenska exporter."""
    if x is None or (isinstance(x, float) and np.isnan(x)):
        return ".."
    return f"{x:.{nd}f}".replace(".", ",")


# ---------------------------------------------------------------------------
# 1. SCB PxWeb CSV: medianinkomst / medelinkomst
# ---------------------------------------------------------------------------
def make_pxweb_income(out_dir, rng):
    years = [2020, 2021, 2022, 2023]
    kon = ["män", "kvinnor", "totalt"]
    rows = []  # (regionlabel, kon, {(innehåll, år): värde})

    def series(level2023):
        # bakåt: ca 3,5 % tillväxt per år med brus
        vals = {2023: level2023}
        for y in [2022, 2021, 2020]:
            g = 1 + rng.uniform(0.025, 0.05)
            vals[y] = vals[y + 1] / g
        return vals

    def region_block(label, tot2023, missing=None):
        tot = series(tot2023)
        fm = rng.uniform(1.10, 1.15)
        fk = rng.uniform(0.86, 0.90)
        men = {y: v * fm * rng.uniform(0.995, 1.005) for y, v in tot.items()}
        kv = {y: v * fk * rng.uniform(0.995, 1.005) for y, v in tot.items()}
        for k, s in (("män", men), ("kvinnor", kv), ("totalt", tot)):
            d = {}
            fmed = rng.uniform(1.08, 1.12)
            for y in years:
                d[("Medianinkomst, tkr", y)] = round(s[y], 1)
                d[("Medelinkomst, tkr", y)] = round(s[y] * fmed * rng.uniform(0.99, 1.01), 1)
            if missing and k in missing:
                for key in missing[k]:
                    d[key] = None
            rows.append((label, k, d))

    region_block("00 Riket", 360.4)
    for lk, (lnamn, kl) in LAN.items():
        lan_level = {"03": 368.2, "04": 338.7, "14": 352.9}[lk]
        region_block(f"{lk} {lnamn}", lan_level)
        for kod, namn, pop in kl:
            miss = None
            if namn == "Älvkarleby":
                miss = {"män": [("Medelinkomst, tkr", 2020)],
                        "kvinnor": [("Medelinkomst, tkr", 2020)]}
            if namn == "Vingåker":
                miss = {"kvinnor": [("Medelinkomst, tkr", 2021)]}
            region_block(f"{kod} {namn}", MEDIAN_2023[namn] + rng.uniform(-1.5, 1.5),
                         missing=miss)

    title = ('"Sammanräknad förvärvsinkomst för boende i Sverige hela året efter '
             'region, kön, ålder, tabellinnehåll och år"')
    cols = [f'"{c} {y}"' for c in ("Medianinkomst, tkr", "Medelinkomst, tkr") for y in years]
    header = '"region";"kön";"ålder";' + ";".join(cols)
    lines = [title, "", header]
    for label, k, d in rows:
        vals = [fmt_dec(d[(c, y)]) for c in ("Medianinkomst, tkr", "Medelinkomst, tkr")
                for y in years]
        lines.append(f'"{label}";"{k}";"20-64 år";' + ";".join(vals))
    path = os.path.join(out_dir, "000006SW_20241114-101532.csv")
    with open(path, "w", encoding="cp1252", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------
# 2. Arbetsförmedlingen-liknande Excel: inskrivna arbetslösa per år (flikar)
# ---------------------------------------------------------------------------
def make_af_excel(out_dir, rng):
    wb = Workbook()
    info = wb.active
    info.title = "Information"
    info_rows = [
        ["Inskrivna arbetslösa 16–64 år per kommun och län, årsmedeltal 2022–2024"],
        [],
        ["Källa:", "Arbetsförmedlingen, Analysavdelningen"],
        ["Uttag:", "2025-01-20"],
        ["Definition:", "Inskrivna arbetslösa = öppet arbetslösa + sökande i program med aktivitetsstöd."],
        ["", "Andel (%) = andel av den registerbaserade arbetskraften i respektive grupp."],
        ["", "Unga = 18–24 år. Långtidsinskrivna = inskrivna arbetslösa i mer än 12 månader."],
        ["", "Kolumnerna 'varav' anger antal och ingår i Totalt."],
        ["Flikar:", "En flik per år (2022, 2023, 2024). Länsrader följs av länets kommuner."],
        ["Anm:", "För Västra Götalands län redovisas endast ett urval kommuner; länsraden avser hela länet."],
    ]
    for r in info_rows:
        info.append(r)
    info["A1"].font = Font(bold=True, size=13)

    year_factor = {2022: 0.93, 2023: 0.90, 2024: 1.0}

    def block(rate_tot, lf, utr_share, lt_share):
        lf_k = lf * rng.uniform(0.46, 0.49)
        lf_m = lf - lf_k
        rate_k = rate_tot * rng.uniform(0.92, 1.0)
        antal = int(round(lf * rate_tot / 100))
        antal_k = int(round(lf_k * rate_k / 100))
        antal_k = min(antal_k, antal - 1)
        antal_m = antal - antal_k
        lf_u = lf * rng.uniform(0.09, 0.11)
        rate_u = rate_tot * rng.uniform(1.05, 1.35)
        antal_u = int(round(lf_u * rate_u / 100))
        utr = int(round(antal * utr_share))
        lt = int(round(antal * lt_share))
        return dict(antal=antal, lf=lf, antal_k=antal_k, lf_k=lf_k,
                    antal_m=antal_m, lf_m=lf_m, antal_u=antal_u, lf_u=lf_u,
                    utr=utr, lt=lt)

    for year in (2022, 2023, 2024):
        ws = wb.create_sheet(str(year))
        ws.append([f"Inskrivna arbetslösa 16–64 år, årsmedeltal {year}"])
        ws["A1"].font = Font(bold=True, size=12)
        ws.append([])
        ws.append(["", "", "Totalt", None, "Kvinnor", None, "Män", None,
                   "Unga 18–24 år", None, "varav utrikes födda", "varav långtidsinskrivna (>12 mån)"])
        ws.append(["Kod", "Region", "Antal", "Andel (%)", "Antal", "Andel (%)",
                   "Antal", "Andel (%)", "Antal", "Andel (%)", "Antal", "Antal"])
        for c in ("C3:D3", "E3:F3", "G3:H3", "I3:J3"):
            ws.merge_cells(c)
        for cell in ws[3] + ws[4]:
            cell.font = Font(bold=True)
            cell.alignment = Alignment(horizontal="center", wrap_text=True)

        def row(kod, namn, b):
            def p(a, l):
                return round(100 * a / l, 1)
            return [kod, namn, b["antal"], p(b["antal"], b["lf"]),
                    b["antal_k"], p(b["antal_k"], b["lf_k"]),
                    b["antal_m"], p(b["antal_m"], b["lf_m"]),
                    b["antal_u"], p(b["antal_u"], b["lf_u"]),
                    b["utr"], b["lt"]]

        lt_year = {2022: 0.36, 2023: 0.38, 2024: 0.41}[year]
        # Riket
        riket = block(6.8 * year_factor[year], RIKET_POP_2023 * 0.505, 0.55,
                      lt_year + 0.02)
        ws.append(row("00", "Riket", riket))
        for lk, (lnamn, kl) in LAN.items():
            mun_rows = []
            blocks = []
            for kod, namn, pop in kl:
                rate = ARBL_2024[namn] * year_factor[year] * rng.uniform(0.97, 1.03)
                utr = UTRIKES_ANDEL.get(namn, rng.uniform(0.30, 0.48)) + rng.uniform(-0.02, 0.02)
                lt = lt_year + rng.uniform(-0.05, 0.05)
                b = block(rate, pop * rng.uniform(0.49, 0.52), utr, lt)
                blocks.append(b)
                mun_rows.append(row(kod, namn, b))
            if lk == "14":
                lanb = block(6.4 * year_factor[year], VG_TOTAL_POP_2023 * 0.51, 0.52,
                             lt_year)
            else:
                lanb = {k: sum(b[k] for b in blocks) for k in blocks[0]}
            ws.append(row(lk, lnamn, lanb))
            ws.cell(ws.max_row, 2).font = Font(bold=True)
            for r in mun_rows:
                ws.append(r)
        ws.append([])
        ws.append(["Källa: Arbetsförmedlingen. Andelar avser andel av registerbaserad arbetskraft."])
        ws.column_dimensions["B"].width = 24
    wb.save(os.path.join(out_dir, "Inskrivna_arbetslosa_kommun_2022-2024.xlsx"))


# ---------------------------------------------------------------------------
# 3. Kolada-liknande långt format (CSV, UTF-8, komma)
# ---------------------------------------------------------------------------
def make_kolada(out_dir, rng):
    years = [2019, 2020, 2021, 2022, 2023]
    recs = []
    lan_kolada = {"03": ("0003", "Region Uppsala"), "04": ("0004", "Region Sörmland"),
                  "14": ("0014", "Västra Götalandsregionen")}
    pops = {}
    for k in kommuner():
        # Folkmängd bakåt med ca 0,3-1,5 % årlig tillväxt
        p = {2023: k["pop"]}
        for y in [2022, 2021, 2020, 2019]:
            p[y] = int(round(p[y + 1] / (1 + rng.uniform(0.002, 0.015))))
        pops[k["namn"]] = p
    # Folkmängd
    def add(kpi, titel, kid, namn, year, kon, val):
        recs.append(dict(kpi=kpi, titel=titel, kid=kid, namn=namn, year=year,
                         kon=kon, val=val))

    T1 = ("N01951", "Invånare totalt, antal")
    T2 = ("N01982", "Invånare 25-64 år med eftergymnasial utbildning, andel (%)")
    T3 = ("N00999", "Nystartade företag, antal/1000 invånare 16-64 år")

    riket_pop = {2023: RIKET_POP_2023, 2022: 10521556, 2021: 10452326,
                 2020: 10379295, 2019: 10327589}
    vg_pop = {2023: VG_TOTAL_POP_2023, 2022: 1738868, 2021: 1735100,
              2020: 1725881, 2019: 1725881 - 10250}
    for y in years:
        add(*T1, "0000", "Riket", y, "T", riket_pop[y])
    for lk, (lnamn, kl) in LAN.items():
        kid, kn = lan_kolada[lk]
        for y in years:
            if lk == "14":
                v = vg_pop[y]
            else:
                v = sum(pops[n][y] for _, n, _ in kl)
            add(*T1, kid, kn, y, "T", v)
        for kod, namn, _ in kl:
            for y in years:
                add(*T1, kod, namn, y, "T", pops[namn][y])

    def edu_series(level2023):
        s = {2023: level2023}
        for y in [2022, 2021, 2020, 2019]:
            s[y] = s[y + 1] - rng.uniform(0.3, 1.0)
        return s

    def add_edu(kid, namn, level):
        s = edu_series(level)
        for y in years:
            k = s[y] + rng.uniform(7, 11)
            m = s[y] - rng.uniform(6, 10)
            add(*T2, kid, namn, y, "T", round(s[y], 1))
            add(*T2, kid, namn, y, "K", round(k, 1))
            add(*T2, kid, namn, y, "M", round(m, 1))

    add_edu("0000", "Riket", 46.3)
    for lk, (lnamn, kl) in LAN.items():
        kid, kn = lan_kolada[lk]
        add_edu(kid, kn, {"03": 52.4, "04": 39.6, "14": 46.1}[lk])
        for kod, namn, _ in kl:
            add_edu(kod, namn, EFTERGYMN_2023[namn] + rng.uniform(-0.5, 0.5))

    def add_ny(kid, namn, level):
        for y in years:
            f = {2019: 0.98, 2020: 1.04, 2021: 1.12, 2022: 1.0, 2023: 0.93}[y]
            v = level * f * rng.uniform(0.94, 1.06)
            # Små kommuner: uppgift saknas ibland
            add(*T3, kid, namn, y, "T", round(v, 1))

    add_ny("0000", "Riket", 10.4)
    for lk, (lnamn, kl) in LAN.items():
        kid, kn = lan_kolada[lk]
        add_ny(kid, kn, {"03": 10.4, "04": 9.3, "14": 10.3}[lk])
        for kod, namn, _ in kl:
            add_ny(kod, namn, NYSTART[namn])

    vals = pd.Series([r["val"] for r in recs], dtype=object)
    df = pd.DataFrame(recs)
    df["val"] = vals
    df = df.rename(columns={"kpi": "kpi", "titel": "kpi_titel", "kid": "kommun_id",
                            "namn": "kommun", "year": "period", "kon": "kon",
                            "val": "varde"})
    # En saknad uppgift (tomt värde) som i verkliga uttag
    mask = (df.kpi == "N00999") & (df.kommun == "Vingåker") & (df.period == 2020)
    df.loc[mask, "varde"] = None
    df.to_csv(os.path.join(out_dir, "kolada_uttag_2025-01-08.csv"), index=False,
              encoding="utf-8")


# ---------------------------------------------------------------------------
# 4. Projektlista (ärendenivå) – ESF+ och Regionalfonden
# ---------------------------------------------------------------------------
def make_projects(out_dir, rng):
    agare = {
        "Uppsala län": ["Uppsala kommun", "Region Uppsala", "Enköpings kommun",
                        "Samordningsförbundet Uppsala län", "Uppsala universitet",
                        "Tierps kommun", "Stiftelsen Uppsala Innovation Centre",
                        "Östhammars kommun"],
        "Södermanlands län": ["Eskilstuna kommun", "Region Sörmland",
                              "Katrineholms kommun", "Nyköpings kommun",
                              "Mälardalens universitet", "Flens kommun",
                              "Samordningsförbundet RAR Sörmland",
                              "Strängnäs kommun"],
        "Västra Götalands län": ["Göteborgs Stad", "Västra Götalandsregionen",
                                 "Borås Stad", "Trollhättans Stad",
                                 "Högskolan Väst", "Skövde kommun",
                                 "Chalmers tekniska högskola",
                                 "Uddevalla kommun", "Göteborgsregionen (GR)",
                                 "Samordningsförbundet Göteborg"],
        "Flera län": ["Arbetsförmedlingen", "Tillväxtverket", "Svenska ESF-rådet",
                      "Coompanion Sverige"],
    }
    kommun_for = {
        "Uppsala kommun": "Uppsala", "Region Uppsala": "Uppsala",
        "Enköpings kommun": "Enköping", "Samordningsförbundet Uppsala län": "Uppsala",
        "Uppsala universitet": "Uppsala", "Tierps kommun": "Tierp",
        "Stiftelsen Uppsala Innovation Centre": "Uppsala",
        "Östhammars kommun": "Östhammar",
        "Eskilstuna kommun": "Eskilstuna", "Region Sörmland": "Nyköping",
        "Katrineholms kommun": "Katrineholm", "Nyköpings kommun": "Nyköping",
        "Mälardalens universitet": "Eskilstuna", "Flens kommun": "Flen",
        "Samordningsförbundet RAR Sörmland": "Nyköping",
        "Strängnäs kommun": "Strängnäs",
        "Göteborgs Stad": "Göteborg", "Västra Götalandsregionen": "Göteborg",
        "Borås Stad": "Borås", "Trollhättans Stad": "Trollhättan",
        "Högskolan Väst": "Trollhättan", "Skövde kommun": "Skövde",
        "Chalmers tekniska högskola": "Göteborg", "Uddevalla kommun": "Uddevalla",
        "Göteborgsregionen (GR)": "Göteborg", "Samordningsförbundet Göteborg": "Göteborg",
    }
    omr_esf = ["Främja ett inkluderande arbetsliv (PO 1)",
               "Kompetensförsörjning (PO 2)",
               "Social delaktighet (PO 3)"]
    omr_erutf = ["Smart omvandling (PO 1)", "Grön omställning (PO 2)",
                 "Hållbar stadsutveckling (PO 4)"]
    adjektiv = ["Steget", "Vägen", "Bron", "Nya", "Framtidens", "Hållbar",
                "Kompetens", "Inkludera", "Starta", "Grön", "Smart", "Rätt"]
    subst = ["till arbete", "omställning", "industri", "kompetens", "vidare",
             "in", "lyft", "innovation", "matchning"]
    regionord = {"Uppsala län": "Uppland", "Södermanlands län": "Sörmland",
                 "Västra Götalands län": "Väst", "Flera län": "Sverige"}
    n_by_lan = {"Uppsala län": 34, "Södermanlands län": 38,
                "Västra Götalands län": 62, "Flera län": 9}
    recs = []
    nr = 0
    for lan, n in n_by_lan.items():
        for _ in range(n):
            nr += 1
            fond = "Europeiska socialfonden+" if rng.random() < 0.6 else "Regionalfonden"
            omr = rng.choice(omr_esf if fond == "Europeiska socialfonden+" else omr_erutf)
            owner = rng.choice(agare[lan])
            kommun = kommun_for.get(owner, "")
            start = date(2022, 3, 1) + timedelta(days=int(rng.integers(0, 1050)))
            start = start.replace(day=1)
            beslut = start - timedelta(days=int(rng.integers(25, 110)))
            slut = (start + timedelta(days=int(rng.integers(24, 37)) * 30.4)).replace(day=28)
            stod = int(round(rng.uniform(0.8, 18.0) * 1e6, -3)) + int(rng.integers(0, 999))
            budget = int(round(stod / rng.uniform(0.45, 0.70)))
            deltagare = int(rng.integers(20, 400)) if fond == "Europeiska socialfonden+" else None
            status = "Avslutat" if slut < date(2025, 1, 1) else "Pågående"
            dnr_year = beslut.year
            if rng.random() < 0.3:
                name = f"{rng.choice(adjektiv)} {regionord[lan]}"
            else:
                name = f"{rng.choice(adjektiv)} {rng.choice(subst)}"
            recs.append({
                "Diarienummer": f"{dnr_year}-{int(rng.integers(100, 9999)):05d}",
                "Projektnamn": name,
                "Projektägare": owner,
                "Fond": fond,
                "Programområde": omr,
                "Län": lan,
                "Kommun": kommun,
                "Beslutsdatum": beslut,
                "Projektstart": start,
                "Projektslut": slut,
                "Beviljat stöd (kr)": stod,
                "Total budget (kr)": budget,
                "Planerade deltagare": deltagare,
                "Status": status,
            })
    df = pd.DataFrame(recs)
    df["Planerade deltagare"] = pd.array(df["Planerade deltagare"].tolist(), dtype="Int64")
    df = df.sample(frac=1.0, random_state=SEED).reset_index(drop=True)
    path = os.path.join(out_dir, "Projektlista_ESF_ERUF_2022-2024.xlsx")
    with pd.ExcelWriter(path, engine="openpyxl") as xw:
        df.to_excel(xw, sheet_name="Projekt", index=False)
        ws = xw.sheets["Projekt"]
        for col in ("H", "I", "J"):
            for c in ws[col][1:]:
                c.number_format = "yyyy-mm-dd"
        for col in ("K", "L"):
            for c in ws[col][1:]:
                c.number_format = "# ##0"


# ---------------------------------------------------------------------------
# 5. Försäkringskassan-liknande: sjukpenningtal per månad, kön, kommun
# ---------------------------------------------------------------------------
def make_fk(out_dir, rng):
    recs = []
    months = [(y, m) for y in (2023, 2024) for m in range(1, 13)]
    season = {1: 0.15, 2: 0.2, 3: 0.15, 4: 0.05, 5: 0.0, 6: -0.05, 7: -0.15,
              8: -0.15, 9: -0.05, 10: 0.0, 11: 0.05, 12: 0.1}

    def series(base):
        # svagt sjunkande under 2024
        out = {}
        drift_k = rng.uniform(-0.03, 0.01)
        for i, (y, m) in enumerate(months):
            lvl = base * (1 + drift_k * i / 12) + season[m] * base / 10
            k = lvl * rng.uniform(1.26, 1.32) + rng.normal(0, 0.08)
            mm = lvl * rng.uniform(0.69, 0.74) + rng.normal(0, 0.06)
            t = (k + mm) / 2
            out[(y, m)] = (round(k, 1), round(mm, 1), round(t, 1))
        return out

    def add(y, m, lan, lankod, kommun, kkod, ser):
        k, mm, t = ser[(y, m)]
        for kon, v in (("Kvinnor", k), ("Män", mm), ("Totalt", t)):
            recs.append([y, m, lankod, lan, kkod, kommun, kon, v])

    riket = series(9.6)
    lans = {lk: series({"03": 9.1, "04": 11.1, "14": 9.7}[lk]) for lk in LAN}
    mun = {}
    for lk, (lnamn, kl) in LAN.items():
        for kod, namn, _ in kl:
            mun[namn] = series(SJP_BAS[namn])
    for (y, m) in months:
        add(y, m, "Riket", "00", "Alla kommuner", "", riket)
        for lk, (lnamn, kl) in LAN.items():
            add(y, m, lnamn, lk, "Alla kommuner", "", lans[lk])
            for kod, namn, _ in kl:
                add(y, m, lnamn, lk, namn, kod, mun[namn])
    df = pd.DataFrame(recs, columns=["År", "Månad", "Länskod", "Län", "Kommunkod",
                                     "Kommun", "Kön", "Sjukpenningtal"])
    df["Sjukpenningtal"] = df["Sjukpenningtal"].map(lambda v: fmt_dec(v, 1))
    df.to_csv(os.path.join(out_dir, "sjukpenningtal_kommun_manad_2023_2024.csv"),
              sep=";", index=False, encoding="utf-8-sig")


# ---------------------------------------------------------------------------
# 6. Varsel om uppsägning per kvartal (Excel med titelrader, varav-kolumner)
# ---------------------------------------------------------------------------
def make_varsel(out_dir, rng):
    quarters = [f"{y}K{q}" for y in (2023, 2024) for q in (1, 2, 3, 4)]
    qf = {"2023K1": 0.8, "2023K2": 1.0, "2023K3": 0.9, "2023K4": 1.3,
          "2024K1": 1.25, "2024K2": 1.1, "2024K3": 0.85, "2024K4": 1.0}
    tillv_share = {"Göteborg": 0.38, "Trollhättan": 0.62, "Eskilstuna": 0.55,
                   "Katrineholm": 0.58, "Skövde": 0.60, "Oxelösund": 0.70,
                   "Östhammar": 0.45, "Borås": 0.35}

    def gen(pop, name, q):
        lam = pop / 1000 * 1.0 * qf[q]
        pers = int(rng.poisson(lam))
        if rng.random() < 0.15 and pop < 20000:
            pers = 0
        if pers == 0:
            return [0, 0, 0, 0, 0]
        n_varsel = max(1, int(round(pers / rng.uniform(8, 20))))
        ts = tillv_share.get(name, 0.30) + rng.uniform(-0.08, 0.08)
        till = int(round(pers * max(0, ts)))
        handel = int(round(pers * rng.uniform(0.08, 0.2)))
        bygg = int(round(pers * rng.uniform(0.03, 0.12)))
        if till + handel + bygg > pers:
            bygg = max(0, pers - till - handel)
        return [n_varsel, pers, till, handel, bygg]

    rows = []
    for q in quarters:
        # Riket
        r_pers = int(rng.poisson(11000 * qf[q]))
        r_var = int(round(r_pers / 14.2))
        rows.append(["Riket", "Samtliga", q, r_var, r_pers, int(r_pers * 0.34),
                     int(r_pers * 0.15), int(r_pers * 0.09)])
        for lk, (lnamn, kl) in LAN.items():
            mrows = []
            for kod, namn, pop in kl:
                mrows.append([lnamn, f"{kod} {namn}", q] + gen(pop, namn, q))
            if lk == "14":
                extra = gen(VG_TOTAL_POP_2023 - sum(p for _, _, p in kl), "", q)
                tot = [sum(r[i] for r in mrows) + extra[i - 3] for i in range(3, 8)]
            else:
                tot = [sum(r[i] for r in mrows) for i in range(3, 8)]
            rows.append([lnamn, "Länet totalt", q] + tot)
            rows.extend(mrows)

    wb = Workbook()
    ws = wb.active
    ws.title = "Varsel per kvartal"
    ws.append(["Varsel om uppsägning – antal varsel och antal berörda personer per kvartal"])
    ws["A1"].font = Font(bold=True, size=12)
    ws.append(["Källa: Arbetsförmedlingen. Varslen redovisas efter arbetsställets kommun. "
               "Preliminära uppgifter för 2024K4."])
    ws.append([])
    header = ["Län", "Kommun", "Kvartal", "Antal varsel", "Antal berörda personer",
              "varav tillverkning (SNI C)", "varav handel (SNI G)",
              "varav byggverksamhet (SNI F)"]
    ws.append(header)
    for c in ws[4]:
        c.font = Font(bold=True)
    for r in rows:
        ws.append(r)
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 18
    wb.save(os.path.join(out_dir, "varsel_kvartal_2023-2024.xlsx"))


def main():
    if len(sys.argv) != 2:
        print("Användning: python make_files.py OUT_DIR")
        sys.exit(1)
    out_dir = sys.argv[1]
    os.makedirs(out_dir, exist_ok=True)
    rng = np.random.default_rng(SEED)
    make_pxweb_income(out_dir, rng)
    make_af_excel(out_dir, rng)
    make_kolada(out_dir, rng)
    make_projects(out_dir, rng)
    make_fk(out_dir, rng)
    make_varsel(out_dir, rng)
    print("Skrev filer till", out_dir)
    for f in sorted(os.listdir(out_dir)):
        print("  ", f)


if __name__ == "__main__":
    main()
