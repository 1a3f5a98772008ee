"""Skapar sex realistiska statistikexporter (Västmanlands, Kronobergs och Gotlands län).

Användning:  python make_files.py OUT_DIR
Deterministiskt (fast seed). Använder bara pandas, numpy och openpyxl.
"""
import os
import sys

import numpy as np
import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

SEED = 2323
rng = np.random.default_rng(SEED)

# ----------------------------------------------------------------------------
# Geografi
# ----------------------------------------------------------------------------
LAN = [
    ("19", "Västmanlands län", "0019"),
    ("07", "Kronobergs län", "0007"),
    ("09", "Gotlands län", "0009"),
]
KOMMUNER = [  # kod, namn, länskod, folkmängd 2023 (ungefärlig), årlig tillväxt
    ("1904", "Skinnskatteberg", "19", 4331, -0.004),
    ("1907", "Surahammar", "19", 10182, 0.001),
    ("1960", "Kungsör", "19", 8764, 0.003),
    ("1961", "Hallstahammar", "19", 16318, 0.002),
    ("1962", "Norberg", "19", 5683, -0.003),
    ("1980", "Västerås", "19", 158013, 0.010),
    ("1981", "Sala", "19", 22951, 0.004),
    ("1982", "Fagersta", "19", 13309, -0.001),
    ("1983", "Köping", "19", 26581, 0.005),
    ("1984", "Arboga", "19", 14287, 0.001),
    ("0760", "Uppvidinge", "07", 9478, -0.002),
    ("0761", "Lessebo", "07", 8869, 0.002),
    ("0763", "Tingsryd", "07", 12306, -0.001),
    ("0764", "Alvesta", "07", 20282, 0.004),
    ("0765", "Älmhult", "07", 18047, 0.008),
    ("0767", "Markaryd", "07", 10141, 0.001),
    ("0780", "Växjö", "07", 97712, 0.012),
    ("0781", "Ljungby", "07", 28818, 0.003),
    ("0980", "Gotland", "09", 61001, 0.005),
]
LANNAMN = {k: n for k, n, _ in LAN}


def kommuner_i(lan_kod):
    return [k for k in KOMMUNER if k[2] == lan_kod]


def sv(x, dec=1):
    """Tal med decimalkomma."""
    if x is None or (isinstance(x, float) and np.isnan(x)):
        return ".."
    return f"{x:.{dec}f}".replace(".", ",")


# ----------------------------------------------------------------------------
# 1. SCB PxWeb: folkmängd efter region, kön och år (cp1252, semikolon)
# ----------------------------------------------------------------------------
AR_BEF = [2019, 2020, 2021, 2022, 2023]


def folkmangd():
    rows = {}  # (regionkod) -> {ar: (man, kvinnor)}
    for kod, namn, lk, p23, g in KOMMUNER:
        d = {}
        for ar in AR_BEF:
            steps = 2023 - ar
            noise = rng.normal(0, 0.0015)
            tot = int(round(p23 / ((1 + g) ** steps) * (1 + noise if steps else 1)))
            mshare = 0.503 + rng.normal(0, 0.004)
            man = int(round(tot * mshare))
            d[ar] = (man, tot - man)
        rows[kod] = d
    for lk, ln, _ in LAN:
        d = {}
        for ar in AR_BEF:
            m = sum(rows[k[0]][ar][0] for k in kommuner_i(lk))
            w = sum(rows[k[0]][ar][1] for k in kommuner_i(lk))
            d[ar] = (m, w)
        rows[lk] = d
    riket_tot = {2019: 10327589, 2020: 10379295, 2021: 10452326, 2022: 10521556, 2023: 10551707}
    rows["00"] = {ar: (int(round(t * 0.5024)), t - int(round(t * 0.5024))) for ar, t in riket_tot.items()}
    return rows


def skriv_folkmangd(out, rows):
    order = [("00", "Riket")]
    for lk, ln, _ in LAN:
        order.append((lk, ln))
    for kod, namn, *_ in KOMMUNER:
        order.append((kod, namn))
    lines = ['"Folkmängden efter region, kön och år"', ""]
    lines.append(";".join(['"region"', '"kön"'] + [f'"{a}"' for a in AR_BEF]))
    for kod, namn in order:
        for kon_i, kon in enumerate(["män", "kvinnor"]):
            vals = [str(rows[kod][a][kon_i]) for a in AR_BEF]
            lines.append(";".join([f'"{kod} {namn}"', f'"{kon}"'] + vals))
        vals = [str(sum(rows[kod][a])) for a in AR_BEF]
        lines.append(";".join([f'"{kod} {namn}"', '"totalt"'] + vals))
    with open(os.path.join(out, "BE0101_folkmangd_kommun_2019-2023.csv"), "w", encoding="cp1252", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ----------------------------------------------------------------------------
# 2. SCB PxWeb: medianinkomst (sammanräknad förvärvsinkomst), tkr, decimalkomma, ".."
# ----------------------------------------------------------------------------
AR_INK = [2021, 2022, 2023]
INK_BAS = {  # medianinkomst totalt 2023, tkr (20-64 år)
    "1904": 318.4, "1907": 327.9, "1960": 336.2, "1961": 334.7, "1962": 309.8,
    "1980": 362.5, "1981": 331.6, "1982": 311.3, "1983": 339.1, "1984": 333.8,
    "0760": 321.2, "0761": 305.4, "0763": 318.9, "0764": 333.0, "0765": 366.8,
    "0767": 326.5, "0780": 357.9, "0781": 338.6, "0980": 322.7,
    "19": 349.2, "07": 344.1, "09": 322.7, "00": 356.3,
}


def medianinkomst():
    data = {}
    for kod, t23 in INK_BAS.items():
        if kod == "09":
            continue
        d = {}
        for ar in AR_INK:
            tot = t23 * (1 - 0.035 * (2023 - ar)) + (rng.normal(0, 0.8) if ar < 2023 else 0)
            gap = 0.10 + rng.normal(0, 0.015)
            man = tot * (1 + gap / 2)
            kv = tot * (1 - gap / 2)
            d[ar] = {"män": round(man, 1), "kvinnor": round(kv, 1), "totalt": round(tot, 1)}
        data[kod] = d
    data["09"] = data["0980"]
    # undertryckta/saknade värden
    data["1904"][2021]["kvinnor"] = np.nan
    data["1962"][2021]["män"] = np.nan
    return data


def skriv_medianinkomst(out, data):
    order = [("00", "Riket")]
    for lk, ln, _ in LAN:
        order.append((lk, ln))
    for kod, namn, *_ in KOMMUNER:
        order.append((kod, namn))
    title = ('"Sammanräknad förvärvsinkomst för boende i Sverige hela året efter region, kön, ålder och år. '
             'Medianinkomst, tkr"')
    lines = [title, ""]
    lines.append(";".join(['"region"', '"kön"', '"ålder"'] + [f'"Medianinkomst, tkr {a}"' for a in AR_INK]))
    for kod, namn in order:
        for kon in ["män", "kvinnor", "totalt"]:
            vals = [sv(data[kod][a][kon]) for a in AR_INK]
            lines.append(";".join([f'"{kod} {namn}"', f'"{kon}"', '"20-64 år"'] + vals))
    lines += ["", '"Förklaring: .. = uppgift saknas eller för osäker för att redovisas."']
    with open(os.path.join(out, "HE0110_medianinkomst_20-64_ar.csv"), "w", encoding="cp1252", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ----------------------------------------------------------------------------
# 3. Försäkringskassan: sjukpenningtal (xlsx, flera blad, flerradiga rubriker)
# ----------------------------------------------------------------------------
AR_SJP = [2021, 2022, 2023]
SJP23 = {  # sjukpenningtal totalt 2023, dagar per försäkrad 16-64 år
    "1904": 12.4, "1907": 11.6, "1960": 10.9, "1961": 11.3, "1962": 12.1,
    "1980": 9.4, "1981": 10.6, "1982": 11.8, "1983": 10.8, "1984": 10.3,
    "0760": 11.2, "0761": 11.9, "0763": 10.7, "0764": 10.2, "0765": 9.1,
    "0767": 10.4, "0780": 8.7, "0781": 10.5, "0980": 10.0,
    "19": 10.2, "07": 9.6, "09": 10.0, "00": 9.8,
}


def sjukpenningtal():
    data = {}
    for kod, t23 in SJP23.items():
        if kod == "09":
            continue
        d = {}
        for ar in AR_SJP:
            tot = t23 if ar == 2023 else t23 - 0.35 * (2023 - ar) + rng.normal(0, 0.25)
            kv = tot * (1.27 + rng.normal(0, 0.03))
            man = 2 * tot - kv
            d[ar] = {"Kvinnor": round(kv, 1), "Män": round(man, 1), "Totalt": round(tot, 1)}
        data[kod] = d
    data["09"] = data["0980"]
    return data


def pagaende_sjukfall(bef):
    out = {}
    for kod, namn, lk, *_ in KOMMUNER:
        pop = sum(bef[kod][2023])
        tot = int(round(pop * 0.62 * (0.026 + SJP23[kod] * 0.0006) + rng.normal(0, 5)))
        kv = int(round(tot * (0.64 + rng.normal(0, 0.02))))
        psyk = int(round(tot * (0.46 + rng.normal(0, 0.03))))
        out[kod] = (kv, tot - kv, tot, psyk)
    for lk, ln, _ in LAN:
        ks = [k[0] for k in kommuner_i(lk)]
        out[lk] = tuple(sum(out[k][i] for k in ks) for i in range(4))
    tot = 186420
    kv = int(round(tot * 0.645))
    out["00"] = (kv, tot - kv, tot, int(round(tot * 0.475)))
    return out


def skriv_fk(out, sjp, pag):
    wb = Workbook()
    ws = wb.active
    ws.title = "Info"
    info = [
        "Sjukpenningtal och pågående sjukfall per kommun",
        "Källa: Försäkringskassan, MiDAS. Uttag 2024-02-15.",
        "",
        "Definitioner",
        "Sjukpenningtal: antal utbetalda nettodagar med sjukpenning och rehabiliteringspenning under en "
        "tolvmånadersperiod, dividerat med antal försäkrade i åldern 16-64 år. Avser december respektive år.",
        "Pågående sjukfall: antal personer med pågående sjukfall (sjukpenning/rehabiliteringspenning) "
        "den sista december 2023.",
        "Psykiatriska diagnoser: ICD-10 kapitel F00-F99.",
        "",
        "Kontakt: statistik@forsakringskassan.se",
    ]
    for i, t in enumerate(info, 1):
        ws.cell(row=i, column=1, value=t)
    ws["A1"].font = Font(bold=True, size=14)
    ws.column_dimensions["A"].width = 110

    # Blad 2: sjukpenningtal, rubrik i två rader (år / kön)
    ws = wb.create_sheet("Sjukpenningtal")
    ws["A1"] = "Sjukpenningtal (dagar per försäkrad 16-64 år) efter län, kommun, kön och år"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Avser december respektive år"
    hr1, hr2 = 4, 5
    ws.cell(row=hr1, column=1, value="Kod")
    ws.cell(row=hr1, column=2, value="Område")
    col = 3
    for ar in AR_SJP:
        ws.cell(row=hr1, column=col, value=ar)
        ws.merge_cells(start_row=hr1, start_column=col, end_row=hr1, end_column=col + 2)
        ws.cell(row=hr1, column=col).alignment = Alignment(horizontal="center")
        for j, k in enumerate(["Kvinnor", "Män", "Totalt"]):
            ws.cell(row=hr2, column=col + j, value=k)
        col += 3
    r = hr2 + 1
    order = [("00", "Riket")]
    for lk, ln, _ in LAN:
        order.append((lk, ln))
        for kod, namn, *_ in kommuner_i(lk):
            order.append((kod, namn))
    for kod, namn in order:
        ws.cell(row=r, column=1, value=kod)
        ws.cell(row=r, column=2, value=namn)
        if len(kod) == 2:
            ws.cell(row=r, column=2).font = Font(bold=True)
        col = 3
        for ar in AR_SJP:
            for k in ["Kvinnor", "Män", "Totalt"]:
                ws.cell(row=r, column=col, value=float(sjp[kod][ar][k]))
                col += 1
        r += 1
    ws.column_dimensions["B"].width = 22

    # Blad 3: pågående sjukfall med varav-kolumn
    ws = wb.create_sheet("Pågående sjukfall")
    ws["A1"] = "Pågående sjukfall 31 december 2023 efter kommun och kön"
    ws["A1"].font = Font(bold=True, size=12)
    hdr = ["Kod", "Område", "Kvinnor", "Män", "Totalt", "varav psykiatriska diagnoser",
           "Andel psykiatriska diagnoser (%)"]
    for j, h in enumerate(hdr, 1):
        ws.cell(row=3, column=j, value=h)
    r = 4
    for kod, namn in order:
        kv, m, t, p = pag[kod]
        vals = [kod, namn, kv, m, t, p, round(100 * p / t, 1)]
        for j, v in enumerate(vals, 1):
            ws.cell(row=r, column=j, value=v)
        r += 1
    wb.save(os.path.join(out, "FK_sjukpenningtal_kommuner_2021-2023.xlsx"))


# ----------------------------------------------------------------------------
# 4. Arbetsförmedlingen: inskrivna arbetslösa per månad, med varav-kolumner (xlsx)
# ----------------------------------------------------------------------------
MANADER = ["2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06"]
SAESONG = [1.04, 1.05, 1.03, 1.00, 0.97, 0.955]
AF_ANDEL = {
    "1904": 8.6, "1907": 9.4, "1960": 7.6, "1961": 8.2, "1962": 9.9, "1980": 8.0,
    "1981": 6.1, "1982": 10.8, "1983": 8.5, "1984": 7.2,
    "0760": 7.5, "0761": 10.2, "0763": 6.0, "0764": 6.8, "0765": 5.1, "0767": 8.3,
    "0780": 6.4, "0781": 5.6, "0980": 5.4,
}
UTRIKES = {"1980": 0.58, "1982": 0.55, "0780": 0.60, "0761": 0.62, "0767": 0.57, "0980": 0.33}


def arbetsloshet(bef):
    rows = []
    ak = {}
    for kod, namn, lk, *_ in KOMMUNER:
        ak[kod] = int(round(sum(bef[kod][2023]) * 0.61 * 0.86))
    data = {}
    for kod, namn, lk, *_ in KOMMUNER:
        for mi, man in enumerate(MANADER):
            andel = AF_ANDEL[kod] * SAESONG[mi] * (1 + rng.normal(0, 0.015))
            tot = int(round(andel / 100 * ak[kod]))
            kv = int(round(tot * (0.47 + rng.normal(0, 0.02))))
            ung = int(round(tot * (0.115 + rng.normal(0, 0.012))))
            utr = int(round(tot * (UTRIKES.get(kod, 0.45) + rng.normal(0, 0.02))))
            data[(kod, man)] = [tot, kv, tot - kv, ung, utr]
    for lk, ln, _ in LAN:
        ks = [k[0] for k in kommuner_i(lk)]
        ak[lk] = sum(ak[k] for k in ks)
        for man in MANADER:
            data[(lk, man)] = [sum(data[(k, man)][i] for k in ks) for i in range(5)]
    ak["00"] = 5310000
    for mi, man in enumerate(MANADER):
        tot = int(round(0.069 * SAESONG[mi] * ak["00"] * (1 + rng.normal(0, 0.005))))
        kv = int(round(tot * 0.468))
        data[("00", man)] = [tot, kv, tot - kv, int(round(tot * 0.108)), int(round(tot * 0.545))]
    for man in MANADER:
        for kod, lannamn, kommunnamn in (
            [("00", "Riket", "Riket")]
            + [(lk, ln, ln) for lk, ln, _ in LAN]
            + [(k, LANNAMN[l], n) for k, n, l, *_ in KOMMUNER]
        ):
            tot, kv, m, ung, utr = data[(kod, man)]
            rows.append([lannamn, kommunnamn, man, tot, kv, m, ung, utr, round(100 * tot / ak[kod], 1)])
    return rows


def skriv_af(out, rows):
    wb = Workbook()
    ws = wb.active
    ws.title = "Kommuner"
    ws["A1"] = "Inskrivna arbetslösa 16-64 år efter län, kommun och månad, januari-juni 2024"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Antal samt andel (%) av den registerbaserade arbetskraften. Källa: Arbetsförmedlingen"
    hdr = ["Län", "Kommun", "Månad", "Inskrivna arbetslösa", "varav kvinnor", "varav män",
           "varav 18-24 år", "varav utrikes födda", "Andel av reg. arbetskraften (%)"]
    for j, h in enumerate(hdr, 1):
        ws.cell(row=4, column=j, value=h).font = Font(bold=True)
    for i, row in enumerate(rows, 5):
        for j, v in enumerate(row, 1):
            ws.cell(row=i, column=j, value=v)
    ws2 = wb.create_sheet("Om statistiken")
    ws2["A1"] = "Om statistiken"
    ws2["A2"] = ("Inskrivna arbetslösa = öppet arbetslösa + sökande i program med aktivitetsstöd. "
                 "Den registerbaserade arbetskraften avser 16-64 år.")
    ws2["A3"] = "Uppgifterna avser situationen vid månadens slut."
    wb.save(os.path.join(out, "Arbetsformedlingen_inskrivna_arbetslosa_jan-jun_2024.xlsx"))


# ----------------------------------------------------------------------------
# 5. Kolada: lång form (kpi, kommun, år, kön, värde)
# ----------------------------------------------------------------------------
EFTERGYMN23 = {
    "1904": 25.1, "1907": 27.3, "1960": 28.4, "1961": 29.0, "1962": 24.2, "1980": 45.6,
    "1981": 33.8, "1982": 27.9, "1983": 31.4, "1984": 32.0,
    "0760": 26.4, "0761": 25.3, "0763": 27.1, "0764": 31.2, "0765": 39.8, "0767": 24.9,
    "0780": 48.7, "0781": 31.5, "0980": 39.4,
    "0019": 39.1, "0007": 40.3, "0009": 39.4, "0000": 46.2,
}
NYSTART = {
    "1904": 3.2, "1907": 2.9, "1960": 3.6, "1961": 3.0, "1962": 3.1, "1980": 4.1,
    "1981": 3.9, "1982": 2.7, "1983": 3.4, "1984": 3.5,
    "0760": 3.3, "0761": 2.8, "0763": 3.7, "0764": 3.5, "0765": 3.4, "0767": 3.1,
    "0780": 4.3, "0781": 3.6, "0980": 5.2,
    "0019": 3.8, "0007": 3.9, "0009": 5.2, "0000": 4.6,
}
FORVARV = {
    "1904": 77.2, "1907": 78.1, "1960": 80.3, "1961": 79.6, "1962": 75.8, "1980": 78.4,
    "1981": 81.2, "1982": 74.9, "1983": 79.1, "1984": 79.8,
    "0760": 79.4, "0761": 73.6, "0763": 80.1, "0764": 80.8, "0765": 82.6, "0767": 77.3,
    "0780": 79.9, "0781": 81.5, "0980": 81.9,
    "0019": 78.7, "0007": 80.2, "0009": 81.9, "0000": 79.5,
}


def kolada():
    namn = {"0000": "Riket", "0019": "Västmanlands län", "0007": "Kronobergs län", "0009": "Gotlands län"}
    for kod, n, *_ in KOMMUNER:
        namn[kod] = n
    ordning = ["0000", "0019", "0007", "0009"] + [k[0] for k in KOMMUNER]
    recs = []
    kpis = [
        ("N01982", "Invånare 25-64 år med eftergymnasial utbildning, andel (%)", EFTERGYMN23, True, 0.55),
        ("N00999", "Nystartade företag, antal/1000 inv", NYSTART, False, 0.0),
        ("N00960", "Förvärvsarbetande invånare 20-64 år, andel (%)", FORVARV, True, 0.3),
    ]
    for kpi, titel, bas, med_kon, trend in kpis:
        vals = {}
        for kod in ordning:
            if kod == "0009":
                continue
            for ar in [2021, 2022, 2023]:
                if kpi == "N00999":
                    t = bas[kod] * (1 + rng.normal(0, 0.07)) if ar < 2023 else bas[kod]
                else:
                    t = bas[kod] - trend * (2023 - ar) + (rng.normal(0, 0.15) if ar < 2023 else 0)
                vals[(kod, ar, "T")] = round(t, 1)
                if med_kon:
                    g = (9.0 if kpi == "N01982" else 3.0) + rng.normal(0, 1.0)
                    if kpi == "N01982":
                        vals[(kod, ar, "K")] = round(t + g / 2 + 2.0, 1)
                        vals[(kod, ar, "M")] = round(t - g / 2 - 2.0, 1)
                    else:
                        vals[(kod, ar, "K")] = round(t - g / 2, 1)
                        vals[(kod, ar, "M")] = round(t + g / 2, 1)
        for key in list(vals):
            if key[0] == "0980":
                vals[("0009",) + key[1:]] = vals[key]
        for kod in ordning:
            for ar in [2021, 2022, 2023]:
                for kon in (["T", "K", "M"] if med_kon else ["T"]):
                    v = vals[(kod, ar, kon)]
                    if kpi == "N00999" and ar == 2023 and kod in ("0761", "1962"):
                        v = None  # ej publicerat
                    recs.append([kpi, titel, kod, namn[kod], ar, kon, v])
    df = pd.DataFrame(recs, columns=["kpi", "kpi_titel", "kommun_id", "kommun", "period", "kon", "varde"])
    return df


def skriv_kolada(out, df):
    df.to_csv(os.path.join(out, "kolada_export_utbildning_foretagande.csv"), index=False, encoding="utf-8")


# ----------------------------------------------------------------------------
# 6. Beslut om regionala företagsstöd (radnivå, ett beslut per rad)
# ----------------------------------------------------------------------------
STODFORMER = [
    ("Regionalt investeringsstöd", 150_000, 2_500_000, 0.30),
    ("Konsultcheck", 20_000, 100_000, 0.25),
    ("Innovationscheck", 50_000, 250_000, 0.20),
    ("Stöd till kommersiell service", 30_000, 400_000, 0.10),
    ("Företagsutvecklingsstöd", 100_000, 800_000, 0.15),
]
BRANSCHER = [
    "C Tillverkning", "G Handel", "J Informations- och kommunikationsverksamhet",
    "I Hotell- och restaurangverksamhet", "A Jordbruk, skogsbruk och fiske", "F Byggverksamhet",
    "M Verksamhet inom juridik, ekonomi, vetenskap och teknik",
]


def foretagsstod():
    n = 184
    lan_p = {"19": 0.45, "07": 0.40, "09": 0.15}
    recs = []
    for i in range(n):
        lk = rng.choice(list(lan_p), p=list(lan_p.values()))
        ks = kommuner_i(lk)
        w = np.array([np.sqrt(k[3]) for k in ks])
        k = ks[rng.choice(len(ks), p=w / w.sum())]
        sf = STODFORMER[rng.choice(len(STODFORMER), p=[s[3] for s in STODFORMER])]
        ar = int(rng.choice([2022, 2023, 2024], p=[0.32, 0.36, 0.32]))
        dag = pd.Timestamp(f"{ar}-01-01") + pd.Timedelta(days=int(rng.integers(10, 350)))
        sokt = int(round(rng.uniform(sf[1], sf[2]) / 1000) * 1000)
        bifall = rng.random() < 0.8
        if bifall:
            bev = sokt if rng.random() < 0.6 else int(round(sokt * rng.uniform(0.5, 0.95) / 1000) * 1000)
        else:
            bev = None
        bransch = BRANSCHER[rng.integers(len(BRANSCHER))]
        if sf[0] == "Stöd till kommersiell service":
            bransch = "G Handel"
        anst = int(max(1, round(rng.lognormal(2.0, 1.0))))
        orgnr = f"55{rng.integers(1000, 9999)}-{rng.integers(1000, 9999)}"
        recs.append([dag, LANNAMN[lk], k[0], k[1], orgnr, bransch, anst, sf[0], sokt, bev,
                     "Bifall" if bifall else "Avslag"])
    df = pd.DataFrame(recs, columns=["Beslutsdatum", "Län", "Kommunkod", "Kommun", "Org.nr",
                                     "Bransch (SNI 2007)", "Antal anställda", "Stödform",
                                     "Sökt belopp (kr)", "Beviljat belopp (kr)", "Beslut"])
    df = df.sort_values("Beslutsdatum", kind="stable").reset_index(drop=True)
    df.insert(0, "Ärende-ID", [f"FS-{d.year}-{i + 1:04d}" for i, d in enumerate(df["Beslutsdatum"])])
    df["Beslutsdatum"] = df["Beslutsdatum"].dt.strftime("%Y-%m-%d")
    df["Beviljat belopp (kr)"] = df["Beviljat belopp (kr)"].astype("Int64")
    return df


def skriv_foretagsstod(out, df):
    df.to_csv(os.path.join(out, "foretagsstod_beslut_2022-2024.csv"), sep=";", index=False,
              encoding="utf-8-sig")


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    bef = folkmangd()
    skriv_folkmangd(out, bef)
    skriv_medianinkomst(out, medianinkomst())
    skriv_fk(out, sjukpenningtal(), pagaende_sjukfall(bef))
    skriv_af(out, arbetsloshet(bef))
    skriv_kolada(out, kolada())
    skriv_foretagsstod(out, foretagsstod())


if __name__ == "__main__":
    main()
