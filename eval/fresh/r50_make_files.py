"""Build six realistic Swedish statistics exports for Skåne, Jämtland and Västmanlands län.

Usage: python make_files.py OUT_DIR
"""
import csv
import sys
from datetime import date, timedelta
from pathlib import Path

import numpy as np
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle, PageBreak

rng = np.random.default_rng(50)

# (code, name, approx population end of 2023)
KOMMUNER = {
    "12": ("Skåne län", [
        ("1214", "Svalöv", 14600), ("1230", "Staffanstorp", 26300), ("1231", "Burlöv", 20100),
        ("1233", "Vellinge", 37200), ("1256", "Östra Göinge", 15100), ("1257", "Örkelljunga", 10400),
        ("1260", "Bjuv", 16100), ("1261", "Kävlinge", 33300), ("1262", "Lomma", 25600),
        ("1263", "Svedala", 23100), ("1264", "Skurup", 17100), ("1265", "Sjöbo", 19700),
        ("1266", "Hörby", 15700), ("1267", "Höör", 17000), ("1270", "Tomelilla", 13600),
        ("1272", "Bromölla", 12800), ("1273", "Osby", 13100), ("1275", "Perstorp", 7500),
        ("1276", "Klippan", 17600), ("1277", "Åstorp", 16300), ("1278", "Båstad", 15900),
        ("1280", "Malmö", 362100), ("1281", "Lund", 128400), ("1282", "Landskrona", 46900),
        ("1283", "Helsingborg", 151000), ("1284", "Höganäs", 28000), ("1285", "Eslöv", 34600),
        ("1286", "Ystad", 31100), ("1287", "Trelleborg", 47000), ("1290", "Kristianstad", 87400),
        ("1291", "Simrishamn", 19200), ("1292", "Ängelholm", 43900), ("1293", "Hässleholm", 53100),
    ]),
    "23": ("Jämtlands län", [
        ("2303", "Ragunda", 5300), ("2305", "Bräcke", 6300), ("2309", "Krokom", 15600),
        ("2313", "Strömsund", 11400), ("2321", "Åre", 12100), ("2326", "Berg", 6900),
        ("2361", "Härjedalen", 10000), ("2380", "Östersund", 64700),
    ]),
    "19": ("Västmanlands län", [
        ("1904", "Skinnskatteberg", 4400), ("1907", "Surahammar", 10300), ("1960", "Kungsör", 8800),
        ("1961", "Hallstahammar", 16500), ("1962", "Norberg", 5800), ("1980", "Västerås", 158600),
        ("1981", "Sala", 23000), ("1982", "Fagersta", 13500), ("1983", "Köping", 26600),
        ("1984", "Arboga", 14000),
    ]),
}
LAN_ORDER = ["12", "23", "19"]
UTRIKES_OVERRIDE = {"Malmö": 0.43, "Burlöv": 0.40, "Landskrona": 0.36, "Helsingborg": 0.31,
                    "Lund": 0.26, "Västerås": 0.31, "Fagersta": 0.30, "Östersund": 0.12,
                    "Bjuv": 0.30, "Åstorp": 0.29, "Perstorp": 0.28, "Surahammar": 0.24}
LAN_PARAMS = {  # utrikes share of labour force, unemployment inrikes, utrikes
    "12": (0.20, 0.046, 0.190), "23": (0.09, 0.030, 0.170), "19": (0.22, 0.042, 0.205),
}
MONTHS = [f"2024M{m:02d}" for m in range(1, 13)]
SEASON = np.array([1.06, 1.05, 1.03, 1.00, 0.97, 0.99, 1.04, 1.02, 0.98, 0.97, 0.98, 1.01])


def all_kommuner():
    for lan in LAN_ORDER:
        lan_name, rows = KOMMUNER[lan]
        for code, name, pop in rows:
            yield lan, lan_name, code, name, pop


def sv_int(n):
    """12345 -> '12 345' (Swedish thousands separator, narrow no-break space avoided)."""
    return f"{int(n):,}".replace(",", " ")


# ---------------------------------------------------------------------------------------------
# 1. SCB: arbetslösa och andel arbetslösa 16-64 år, kommun x födelseregion x månad (long), Latin-1
# ---------------------------------------------------------------------------------------------
def make_scb(out: Path):
    records = []  # (region label, födelseregion, month, antal or None, andel or None)
    october_totals = {}
    lan_acc = {lan: {"in": np.zeros((12, 2)), "ut": np.zeros((12, 2))} for lan in LAN_ORDER}
    per_kommun = []
    for lan, lan_name, code, name, pop in all_kommuner():
        share_ut, r_in, r_ut = LAN_PARAMS[lan]
        share_ut = UTRIKES_OVERRIDE.get(name, share_ut * float(rng.uniform(0.7, 1.3)))
        lf = pop * float(rng.uniform(0.46, 0.50))
        lf_ut = lf * share_ut
        lf_in = lf - lf_ut
        mult_in = float(rng.lognormal(0, 0.18))
        mult_ut = float(rng.lognormal(0, 0.15))
        if name in ("Malmö", "Landskrona", "Bjuv", "Åstorp", "Perstorp", "Fagersta", "Surahammar"):
            mult_in *= 1.35
        if name in ("Lomma", "Vellinge", "Staffanstorp", "Krokom", "Åre", "Kävlinge"):
            mult_in *= 0.65
        trend = 1 + 0.004 * np.arange(12)
        data = {}
        for grp, lfg, rate, mult in (("in", lf_in, r_in, mult_in), ("ut", lf_ut, r_ut, mult_ut)):
            lf_m = lfg * (1 + rng.normal(0, 0.004, 12))
            cnt = np.round(lf_m * rate * mult * SEASON * trend * (1 + rng.normal(0, 0.02, 12)))
            data[grp] = (cnt, lf_m)
            lan_acc[lan][grp][:, 0] += cnt
            lan_acc[lan][grp][:, 1] += lf_m
        per_kommun.append((lan, f"{code} {name}", data))
        october_totals[name] = int(data["in"][0][9] + data["ut"][0][9])

    def emit(label, data, suppress_small):
        for i, m in enumerate(MONTHS):
            c_in, l_in = data["in"][0][i], data["in"][1][i]
            c_ut, l_ut = data["ut"][0][i], data["ut"][1][i]
            tot = c_in + c_ut
            records.append((label, "inrikes född", m, int(c_in), round(c_in / l_in * 100, 1)))
            if suppress_small and c_ut < 40:
                records.append((label, "utrikes född", m, None, None))
            else:
                records.append((label, "utrikes född", m, int(c_ut), round(c_ut / l_ut * 100, 1)))
            records.append((label, "totalt", m, int(tot), round(tot / (l_in + l_ut) * 100, 1)))

    # Riket
    riket = {}
    for grp, lf, rate in (("in", 3_960_000, 0.037), ("ut", 1_340_000, 0.158)):
        lf_m = lf * (1 + rng.normal(0, 0.002, 12))
        cnt = np.round(lf_m * rate * SEASON * (1 + 0.004 * np.arange(12)) * (1 + rng.normal(0, 0.01, 12)))
        riket[grp] = (cnt, lf_m)
    emit("00 Riket", riket, False)
    for lan in LAN_ORDER:
        lan_name = KOMMUNER[lan][0]
        acc = lan_acc[lan]
        emit(f"{lan} {lan_name}", {g: (acc[g][:, 0], acc[g][:, 1]) for g in ("in", "ut")}, False)
        for lan_k, label, data in per_kommun:
            if lan_k == lan:
                emit(label, data, True)

    path = out / "arbetslosa_16-64_fodelseregion_kommun_2024M01-2024M12.csv"
    with open(path, "w", encoding="latin-1", newline="") as f:
        f.write('"Arbetslösa och andel arbetslösa 16-64 år efter region, födelseregion och månad"\r\n')
        f.write("\r\n")
        w = csv.writer(f, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\r\n")
        w.writerow(["region", "födelseregion", "månad",
                    "Arbetslösa 16-64 år, antal", "Andel arbetslösa 16-64 år, procent"])
        for label, grp, m, antal, andel in records:
            w.writerow([label, grp, m, ".." if antal is None else antal,
                        ".." if andel is None else andel])
        f.write("\r\n")
        f.write('"Källa: SCB och Arbetsförmedlingen, registerbaserad statistik över arbetslösa."\r\n')
        f.write('"Andel arbetslösa avser andel av den registerbaserade arbetskraften 16-64 år."\r\n')
        f.write('"..  Uppgift för osäker för att redovisas."\r\n')
    return october_totals


# ---------------------------------------------------------------------------------------------
# 2. Kolada wide export, one row per kommun, several KPIs, 2023, XLSX
# ---------------------------------------------------------------------------------------------
def make_kolada(out: Path):
    rows = []
    lan_sum = {lan: [0, 0.0, 0.0, 0.0, 0.0, 0.0] for lan in LAN_ORDER}
    for lan, lan_name, code, name, pop in all_kommuner():
        base_fa = {"12": 77.5, "23": 81.5, "19": 78.5}[lan]
        fa = base_fa + float(rng.normal(0, 3.0))
        if name in ("Malmö", "Landskrona", "Burlöv", "Bjuv", "Perstorp", "Fagersta"):
            fa -= 6
        if name in ("Lomma", "Vellinge", "Staffanstorp", "Kävlinge", "Krokom"):
            fa += 4
        fa = round(min(fa, 88.9), 1)
        eb = int(round(float(rng.lognormal(np.log(1500), 0.35)) / 10) * 10)
        if name in ("Malmö", "Landskrona", "Fagersta", "Bjuv", "Åstorp"):
            eb = int(eb * 2.1)
        if name in ("Lomma", "Vellinge", "Åre"):
            eb = int(eb * 0.5)
        old = round(float(rng.uniform(19.0, 27.0)), 1)
        if name in ("Malmö", "Lund", "Burlöv"):
            old = round(float(rng.uniform(14.0, 16.5)), 1)
        if lan == "23" and name not in ("Östersund", "Krokom", "Åre"):
            old = round(float(rng.uniform(27.0, 31.5)), 1)
        gs = int(round(float(rng.normal(118000, 9000)), -2))
        if lan == "23" and name not in ("Östersund",):
            gs += 22000
        rows.append([code, name, pop, fa, eb, old, gs])
        s = lan_sum[lan]
        s[0] += pop
        s[1] += fa * pop
        s[2] += eb * pop
        s[3] += old * pop
        s[4] += gs * pop
    rows.sort(key=lambda r: r[1])
    head = []
    for lan in LAN_ORDER:
        s = lan_sum[lan]
        head.append([f"00{lan}", KOMMUNER[lan][0], s[0], round(s[1] / s[0], 1),
                     int(round(s[2] / s[0], -1)), round(s[3] / s[0], 1), int(round(s[4] / s[0], -2))])
    head.insert(0, ["0000", "Riket", 10551707, 78.6, 1210, 20.4, 121300])

    wb = Workbook()
    ws = wb.active
    ws.title = "Kolada"
    ws["A1"] = "Kolada – Jämförelse av nyckeltal, år 2023"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Källa: RKA, Kolada (www.kolada.se). Uttag 2025-02-14."
    header = ["Kommun-ID", "Kommun", "Invånare totalt, antal",
              "Andel förvärvsarbetande 20-64 år, %", "Nettokostnad ekonomiskt bistånd, kr/inv",
              "Invånare 65+, andel (%)", "Kostnad grundskola F-9, kr/elev"]
    ws.append([])
    ws.append(header)
    for c in ws[4]:
        c.font = Font(bold=True)
        c.alignment = Alignment(wrap_text=True)
    for r in head + rows:
        ws.append(r)
    for col, width in zip("ABCDEFG", (11, 22, 14, 16, 16, 14, 16)):
        ws.column_dimensions[col].width = width
    wb.save(out / "kolada_nyckeltal_kommuner_2023.xlsx")


# ---------------------------------------------------------------------------------------------
# 3. SCB befolkningsförändringar per kommun 2023 and 2024, two-row header (year over measure)
# ---------------------------------------------------------------------------------------------
def make_befolkning(out: Path):
    measures = ["Födda", "Döda", "Inflyttade", "Utflyttade", "Folkökning"]
    kom_rows = {lan: [] for lan in LAN_ORDER}
    lan_tot = {lan: {y: np.zeros(5) for y in (2023, 2024)} for lan in LAN_ORDER}
    for lan, lan_name, code, name, pop in all_kommuner():
        vals = []
        birth = {"12": 10.6, "23": 9.0, "19": 10.2}[lan] * float(rng.uniform(0.85, 1.15))
        death = {"12": 9.2, "23": 11.8, "19": 10.0}[lan] * float(rng.uniform(0.85, 1.2))
        if name in ("Malmö", "Lund", "Burlöv"):
            birth *= 1.15
            death *= 0.75
        if lan == "23" and name not in ("Östersund", "Krokom", "Åre"):
            death *= 1.15
            birth *= 0.9
        inrate = float(rng.uniform(0.060, 0.090))
        netmig = float(rng.normal(0.004, 0.006))
        if lan == "23" and name not in ("Östersund", "Krokom", "Åre"):
            netmig -= 0.004
        p = pop
        for y in (2023, 2024):
            f = int(round(p * birth / 1000 * float(rng.uniform(0.93, 1.03))))
            d = int(round(p * death / 1000 * float(rng.uniform(0.95, 1.05))))
            inf = int(round(p * inrate * float(rng.uniform(0.95, 1.05))))
            utf = int(round(inf - p * (netmig + float(rng.normal(0, 0.003)))))
            fo = f - d + inf - utf
            vals.append([f, d, inf, utf, fo])
            lan_tot[lan][y] += np.array([f, d, inf, utf, fo])
        kom_rows[lan].append((f"{code} {name}", vals))

    wb = Workbook()
    ws = wb.active
    ws.title = "Befolkningsförändringar"
    ws["A1"] = "Befolkningsförändringar efter region, förändring och år"
    ws["A1"].font = Font(bold=True, size=12)
    ws.append([])
    r3 = ["region"] + ["2023"] + [""] * 4 + ["2024"] + [""] * 4
    r4 = [""] + measures + measures
    ws.append(r3)
    ws.append(r4)
    ws.merge_cells(start_row=3, start_column=2, end_row=3, end_column=6)
    ws.merge_cells(start_row=3, start_column=7, end_row=3, end_column=11)
    for c in list(ws[3]) + list(ws[4]):
        c.font = Font(bold=True)
        c.alignment = Alignment(horizontal="center")
    # Riket
    riket = [[100051, 94385, 94514, 73434, 26746], [98500, 93800, 83200, 71900, 16000]]
    ws.append(["00 Riket"] + riket[0] + riket[1])
    for lan in LAN_ORDER:
        lan_name = KOMMUNER[lan][0]
        # County in/out-migration excludes moves between municipalities in the same county
        lv = []
        for y in (2023, 2024):
            t = lan_tot[lan][y].astype(int).tolist()
            internal = int(round(t[2] * float(rng.uniform(0.30, 0.42))))
            t[2] -= internal
            t[3] -= internal
            t[4] = t[0] - t[1] + t[2] - t[3]
            lv += t
        ws.append([f"{lan} {lan_name}"] + lv)
        for label, vals in kom_rows[lan]:
            ws.append([label] + vals[0] + vals[1])
    ws.append([])
    ws.append(["Inflyttade och utflyttade omfattar även in- och utvandrade. För län redovisas endast "
               "flyttningar över länsgräns, därför är länets summa mindre än kommunernas."])
    ws.append(["Källa: SCB, Befolkningsstatistik (BE0101)."])
    ws.column_dimensions["A"].width = 24
    wb.save(out / "BE0101_befolkningsforandringar_kommun_2023-2024.xlsx")


# ---------------------------------------------------------------------------------------------
# 4. Försäkringskassan: pågående sjukfall per län, diagnosgrupp, kön, december 2022-2024
# ---------------------------------------------------------------------------------------------
def make_fk(out: Path):
    lan_pop = {"Riket": 10_551_707}
    for lan in LAN_ORDER:
        lan_pop[KOMMUNER[lan][0]] = sum(p for _, _, p in KOMMUNER[lan][1])
    factor = {"Riket": 1.0, "Skåne län": 0.94, "Jämtlands län": 1.17, "Västmanlands län": 1.09}
    base = {  # per 1000 försäkrade, December 2022: (kvinnor, män)
        "Psykiatriska diagnoser": (17.1, 7.2),
        "Muskuloskeletala diagnoser": (4.6, 2.9),
        "Övriga diagnoser": (8.3, 5.1),
    }
    growth = {"Psykiatriska diagnoser": 1.035, "Muskuloskeletala diagnoser": 0.985,
              "Övriga diagnoser": 1.01}
    rows = []
    for region in ["Riket", "Skåne län", "Jämtlands län", "Västmanlands län"]:
        fk_total = lan_pop[region] * 0.625
        fk_k = fk_total * 0.485
        fk_m = fk_total - fk_k
        for diag, (bk, bm) in base.items():
            for yi, year in enumerate((2022, 2023, 2024)):
                g = growth[diag] ** yi
                ck = int(round(fk_k * bk / 1000 * factor[region] * g * float(rng.uniform(0.97, 1.03))))
                cm_ = int(round(fk_m * bm / 1000 * factor[region] * g * float(rng.uniform(0.97, 1.03))))
                month = f"{year}-12"
                rows.append((region, diag, "Kvinnor", month, ck, ck / fk_k * 1000))
                rows.append((region, diag, "Män", month, cm_, cm_ / fk_m * 1000))
                rows.append((region, diag, "Samtliga", month, ck + cm_, (ck + cm_) / fk_total * 1000))
    path = out / "fk_pagaende_sjukfall_lan_diagnosgrupp_kon_dec2022-dec2024.csv"
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write("Län;Diagnosgrupp;Kön;Månad;Antal pågående sjukfall;Sjukfall per 1 000 försäkrade\n")
        for region, diag, kon, month, n, rate in rows:
            rate_s = f"{rate:.1f}".replace(".", ",")
            f.write(f"{region};{diag};{kon};{month};{n};{rate_s}\n")


# ---------------------------------------------------------------------------------------------
# 5. PDF report "Läget på arbetsmarknaden" with Tabell 1 per kommun
# ---------------------------------------------------------------------------------------------
def make_pdf(out: Path, october_totals):
    table_rows = []
    lan_tot = {}
    for lan in LAN_ORDER:
        lan_name, kommuner = KOMMUNER[lan]
        rows = []
        for code, name, pop in kommuner:
            ins = int(round(october_totals[name] * float(rng.uniform(1.02, 1.12))))
            unga = int(round(ins * float(rng.uniform(0.09, 0.15))))
            lang = int(round(ins * float(rng.uniform(0.30, 0.46))))
            rows.append((name, ins, unga, lang))
        tot = tuple(sum(r[i] for r in rows) for i in (1, 2, 3))
        lan_tot[lan_name] = tot
        table_rows.append((lan_name, *tot, True))
        table_rows += [(r[0], r[1], r[2], r[3], False) for r in rows]
    prev = {k: int(round(v[0] / float(rng.uniform(0.93, 1.02)))) for k, v in lan_tot.items()}

    styles = getSampleStyleSheet()
    body = styles["BodyText"]
    body.fontSize = 10
    body.leading = 14
    story = []
    story.append(Paragraph("Läget på arbetsmarknaden", styles["Title"]))
    story.append(Paragraph("Skåne, Jämtlands och Västmanlands län – oktober 2024", styles["Heading2"]))
    story.append(Paragraph("Analysavdelningen, regional utveckling. Publicerad 2024-11-20.", body))
    story.append(Spacer(1, 0.4 * cm))
    story.append(Paragraph("Sammanfattning", styles["Heading2"]))
    sk, jm, vm = (lan_tot[KOMMUNER[l][0]] for l in LAN_ORDER)
    txt = (
        f"Vid utgången av oktober 2024 var {sv_int(sk[0])} personer inskrivna som arbetslösa vid "
        f"Arbetsförmedlingen i Skåne län, jämfört med {sv_int(prev['Skåne län'])} ett år tidigare. "
        f"Av de inskrivna i Skåne var {sv_int(sk[1])} unga i åldern 18–24 år och {sv_int(sk[2])} hade "
        f"varit inskrivna i mer än tolv månader. "
        f"I Jämtlands län var {sv_int(jm[0])} personer inskrivna (oktober 2023: {sv_int(prev['Jämtlands län'])}), "
        f"och i Västmanlands län {sv_int(vm[0])} personer (oktober 2023: {sv_int(prev['Västmanlands län'])})."
    )
    story.append(Paragraph(txt, body))
    story.append(Spacer(1, 0.3 * cm))
    story.append(Paragraph(
        "Långtidsinskrivningen fortsätter att vara hög, särskilt bland utrikes födda och personer med "
        "kort utbildning. Efterfrågan på arbetskraft har dämpats inom bygg och handel, medan vård och "
        "omsorg samt transport fortsatt rekryterar. Varselnivåerna har under hösten legat något över "
        "det historiska genomsnittet.", body))
    story.append(Spacer(1, 0.3 * cm))
    story.append(Paragraph("Inskrivna arbetslösa per kommun", styles["Heading2"]))
    story.append(Paragraph(
        "Tabell 1. Inskrivna arbetslösa per kommun, varav unga 18–24 år och långtidsinskrivna "
        "(mer än 12 månader), oktober 2024. Antal personer.", styles["Italic"]))
    story.append(Spacer(1, 0.2 * cm))
    data = [["Kommun / län", "Inskrivna arbetslösa", "varav unga 18–24 år", "varav långtidsinskrivna"]]
    bold_rows = []
    for i, (name, ins, unga, lang, is_lan) in enumerate(table_rows, start=1):
        data.append([name, sv_int(ins), sv_int(unga), sv_int(lang)])
        if is_lan:
            bold_rows.append(i)
    t = Table(data, colWidths=[5.0 * cm, 3.6 * cm, 3.6 * cm, 3.8 * cm], repeatRows=1)
    st = [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f0")),
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
    ]
    for r in bold_rows:
        st.append(("FONTNAME", (0, r), (-1, r), "Helvetica-Bold"))
    t.setStyle(TableStyle(st))
    story.append(t)
    story.append(Spacer(1, 0.2 * cm))
    story.append(Paragraph("Källa: Arbetsförmedlingen. Länsraderna är summan av länets kommuner.", styles["Italic"]))
    story.append(Spacer(1, 0.4 * cm))
    story.append(Paragraph("Kommentarer", styles["Heading2"]))
    ost = next(r for r in table_rows if r[0] == "Östersund")
    vas = next(r for r in table_rows if r[0] == "Västerås")
    story.append(Paragraph(
        f"I Västerås var {sv_int(vas[1])} personer inskrivna, varav {sv_int(vas[3])} långtidsinskrivna. "
        f"I Östersund var {sv_int(ost[2])} av de inskrivna unga 18–24 år. Ungdomsarbetslösheten har "
        f"ökat något i flera av de mindre kommunerna, men från låga nivåer.", body))
    story.append(Spacer(1, 0.3 * cm))
    story.append(Paragraph(
        "Prognosen för 2025 pekar på en svag återhämtning under andra halvåret. Arbetsförmedlingen "
        "bedömer att antalet inskrivna arbetslösa minskar först under 2025 års andra hälft.", body))

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(2 * cm, 1.2 * cm, "Läget på arbetsmarknaden, oktober 2024")
        canvas.drawRightString(19 * cm, 1.2 * cm, f"Sida {doc.page}")
        canvas.restoreState()

    doc = SimpleDocTemplate(str(out / "Laget_pa_arbetsmarknaden_oktober_2024.pdf"), pagesize=A4,
                            title="Läget på arbetsmarknaden oktober 2024",
                            author="Analysavdelningen, regional utveckling",
                            topMargin=2 * cm, bottomMargin=2 * cm)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


# ---------------------------------------------------------------------------------------------
# 6. Register: beslut om nystartsjobb, one row per decision
# ---------------------------------------------------------------------------------------------
def make_register(out: Path):
    kom = list(all_kommuner())
    weights = np.array([k[4] for k in kom], dtype=float) ** 0.9
    weights /= weights.sum()
    branscher = ["Handel", "Hotell och restaurang", "Vård och omsorg", "Byggverksamhet",
                 "Transport och magasinering", "Tillverkning", "Företagstjänster",
                 "Jord- och skogsbruk", "Information och kommunikation"]
    bw = np.array([0.17, 0.16, 0.15, 0.11, 0.10, 0.10, 0.11, 0.04, 0.06])
    alder = ["18-24 år", "25-29 år", "30-49 år", "50-64 år"]
    aw = np.array([0.14, 0.18, 0.48, 0.20])
    n = 312
    start = date(2024, 1, 2)
    days = [start + timedelta(days=i) for i in range(0, 363)]
    days = [d for d in days if d.weekday() < 5]
    picks = sorted(rng.choice(len(days), size=n, replace=True))
    rows = []
    for i, di in enumerate(picks):
        k = kom[rng.choice(len(kom), p=weights)]
        kon = "Kvinna" if rng.random() < 0.41 else "Man"
        ag = alder[rng.choice(4, p=aw)]
        br = branscher[rng.choice(len(branscher), p=bw / bw.sum())]
        stod = int(round(float(rng.normal(13500, 3200)), -1))
        stod = max(4500, min(stod, 22500))
        man = int(rng.choice([6, 6, 12, 12, 12, 18, 24, 24]))
        if ag == "50-64 år":
            man = int(rng.choice([12, 24, 24, 36]))
        rows.append([f"NSJ-2024-{10457 + i * 3 + int(rng.integers(0, 3)):06d}", days[di].isoformat(),
                     k[2], k[3], kon, ag, br, stod, man])
    path = out / "nystartsjobb_beslut_2024.csv"
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["Beslut-ID", "Beslutsdatum", "Kommunkod", "Kommun", "Kön", "Åldersgrupp",
                    "Bransch", "Stöd per månad (kr)", "Antal månader"])
        w.writerows(rows)


def main():
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    octo = make_scb(out)
    make_kolada(out)
    make_befolkning(out)
    make_fk(out)
    make_pdf(out, octo)
    make_register(out)
    print("wrote", sorted(p.name for p in out.iterdir()))


if __name__ == "__main__":
    main()
