"""Build six realistic Swedish statistics exports for Skåne, Hallands and Dalarnas län.

Usage: python make_files.py OUT_DIR
"""
import csv
import os
import sys
from datetime import date, timedelta

import numpy as np
import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

rng = np.random.default_rng(66)

# --- regions: (code, name, county code, population ~2024, base unemployment %) ---
KOMMUNER = [
    ("1214", "Svalöv", "12", 14600, 7.9), ("1230", "Staffanstorp", "12", 26000, 4.1),
    ("1231", "Burlöv", "12", 20100, 9.3), ("1233", "Vellinge", "12", 37300, 2.9),
    ("1256", "Östra Göinge", "12", 15100, 8.6), ("1257", "Örkelljunga", "12", 10500, 6.2),
    ("1260", "Bjuv", "12", 16300, 10.4), ("1261", "Kävlinge", "12", 33300, 3.8),
    ("1262", "Lomma", "12", 25500, 2.7), ("1263", "Svedala", "12", 23000, 4.2),
    ("1264", "Skurup", "12", 17100, 5.6), ("1265", "Sjöbo", "12", 19800, 5.9),
    ("1266", "Hörby", "12", 15900, 7.1), ("1267", "Höör", "12", 17000, 5.8),
    ("1270", "Tomelilla", "12", 13600, 7.4), ("1272", "Bromölla", "12", 12800, 8.1),
    ("1273", "Osby", "12", 13200, 7.7), ("1275", "Perstorp", "12", 7500, 9.6),
    ("1276", "Klippan", "12", 18100, 9.1), ("1277", "Åstorp", "12", 16600, 10.1),
    ("1278", "Båstad", "12", 15600, 4.0), ("1280", "Malmö", "12", 362100, 11.6),
    ("1281", "Lund", "12", 128500, 5.1), ("1282", "Landskrona", "12", 46700, 10.8),
    ("1283", "Helsingborg", "12", 151500, 8.7), ("1284", "Höganäs", "12", 28300, 4.3),
    ("1285", "Eslöv", "12", 35100, 7.0), ("1286", "Ystad", "12", 31400, 5.9),
    ("1287", "Trelleborg", "12", 47000, 7.8), ("1290", "Kristianstad", "12", 87600, 8.4),
    ("1291", "Simrishamn", "12", 19200, 6.0), ("1292", "Ängelholm", "12", 43500, 5.0),
    ("1293", "Hässleholm", "12", 52800, 7.6),
    ("1315", "Hylte", "13", 10800, 7.9), ("1380", "Halmstad", "13", 104300, 7.2),
    ("1381", "Laholm", "13", 26000, 5.1), ("1382", "Falkenberg", "13", 46100, 5.4),
    ("1383", "Varberg", "13", 66800, 4.6), ("1384", "Kungsbacka", "13", 85600, 2.9),
    ("2021", "Vansbro", "20", 6700, 6.1), ("2023", "Malung-Sälen", "20", 10000, 4.4),
    ("2026", "Gagnef", "20", 10200, 4.3), ("2029", "Leksand", "20", 15900, 4.0),
    ("2031", "Rättvik", "20", 10900, 5.5), ("2034", "Orsa", "20", 6900, 6.3),
    ("2039", "Älvdalen", "20", 7000, 5.2), ("2061", "Smedjebacken", "20", 10700, 7.2),
    ("2062", "Mora", "20", 20500, 5.3), ("2080", "Falun", "20", 60100, 5.2),
    ("2081", "Borlänge", "20", 52300, 9.4), ("2082", "Säter", "20", 11100, 5.6),
    ("2083", "Hedemora", "20", 15500, 8.2), ("2084", "Avesta", "20", 23100, 9.8),
    ("2085", "Ludvika", "20", 26000, 8.3),
]
LAN = {"12": "Skåne län", "13": "Hallands län", "20": "Dalarnas län"}
RIKET_POP = 10_590_000

SNI = [
    ("A", "Jordbruk, skogsbruk och fiske", 0.020),
    ("C", "Tillverkning och utvinning", 0.105),
    ("F", "Byggverksamhet", 0.075),
    ("G", "Handel", 0.115),
    ("H", "Transport och magasinering", 0.050),
    ("J", "Informations- och kommunikationsverksamhet", 0.045),
    ("P", "Utbildning", 0.110),
    ("Q", "Vård och omsorg; sociala tjänster", 0.160),
]
# share of each branch that is women
SNI_WOMEN = {"A": 0.24, "C": 0.24, "F": 0.10, "G": 0.45, "H": 0.22, "J": 0.32, "P": 0.74, "Q": 0.79}


def sv_num(x, dec=1):
    """Swedish number: decimal comma, thousands with (narrow no-break) space, Unicode minus."""
    s = f"{abs(x):,.{dec}f}".replace(",", " ").replace(".", ",")
    return ("−" if x < 0 else "") + s


def file1_pxweb(out):
    years = [2022, 2023, 2024]
    rows = []
    county_acc = {}
    for code, name, lan, pop, _u in KOMMUNER:
        emp_rate = 0.46 * rng.uniform(0.92, 1.06)
        for sec, _lab, share in SNI:
            base = pop * emp_rate * share * rng.uniform(0.6, 1.45)
            for y in years:
                tot = base * (1 + 0.012 * (y - 2022)) * rng.uniform(0.97, 1.03)
                w = int(round(tot * SNI_WOMEN[sec] * rng.uniform(0.9, 1.1)))
                m = int(round(tot * (1 - SNI_WOMEN[sec]) * rng.uniform(0.9, 1.1)))
                for kon, v in (("män", m), ("kvinnor", w), ("totalt", m + w)):
                    rows.append((f"{code} {name}", sec, kon, y, v))
                    county_acc[(lan, sec, kon, y)] = county_acc.get((lan, sec, kon, y), 0) + v
    county_rows = []
    for lan, lname in LAN.items():
        for sec, _lab, _s in SNI:
            for y in years:
                for kon in ("män", "kvinnor", "totalt"):
                    county_rows.append((f"{lan} {lname}", sec, kon, y, county_acc[(lan, sec, kon, y)]))
    # Riket: scaled from the three counties with noise
    riket_rows = []
    three_pop = sum(k[3] for k in KOMMUNER)
    for sec, _lab, _s in SNI:
        for y in years:
            m = int(round(sum(county_acc[(l, sec, "män", y)] for l in LAN) * RIKET_POP / three_pop * rng.uniform(0.95, 1.05)))
            w = int(round(sum(county_acc[(l, sec, "kvinnor", y)] for l in LAN) * RIKET_POP / three_pop * rng.uniform(0.95, 1.05)))
            for kon, v in (("män", m), ("kvinnor", w), ("totalt", m + w)):
                riket_rows.append(("00 Riket", sec, kon, y, v))
    seclab = {s: f"{s} {lab}" for s, lab, _ in SNI}
    allrows = riket_rows + county_rows + rows
    path = os.path.join(out, "scb_forvarvsarbetande_bransch_kon_2022-2024.csv")
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write('"Förvärvsarbetande 16+ år med arbetsställe i regionen (dagbefolkning) efter region, näringsgren SNI 2007, kön och år"\n')
        w = csv.writer(f, quoting=csv.QUOTE_NONNUMERIC)
        w.writerow(["region", "näringsgren SNI 2007", "kön", "år", "Förvärvsarbetande (antal)"])
        for reg, sec, kon, y, v in allrows:
            w.writerow([reg, seclab[sec], kon, str(y), v])


def file2_kolada(out):
    kpis = [
        ("N00914", "Andel invånare 20–64 år som är förvärvsarbetande, %", 79.0, 4.0),
        ("N31807", "Ekonomiskt bistånd, andel invånare, %", 3.5, 1.6),
        ("N03926", "Långtidsarbetslöshet 25–64 år, andel %", 2.8, 1.2),
    ]
    rows = []
    units = [(k[0], k[1], k[3], k[4]) for k in KOMMUNER]
    for kid, ktitle, mean, sd in kpis:
        for code, name, pop, u in units:
            # tie to base unemployment
            z = (u - 6.5) / 2.5
            if kid == "N00914":
                base = mean - 3.2 * z + rng.normal(0, 1.0)
            elif kid == "N31807":
                base = max(0.8, mean + 1.3 * z + rng.normal(0, 0.4))
            else:
                base = max(0.5, mean + 1.0 * z + rng.normal(0, 0.3))
            for y in (2022, 2023, 2024):
                t = base + {2022: 0.0, 2023: 0.2, 2024: 0.35}[y] * (1 if kid == "N00914" else -0.5) + rng.normal(0, 0.2)
                if kid == "N00914":
                    k, m = t - rng.uniform(1.5, 4.0), t + rng.uniform(1.5, 4.0)
                else:
                    k, m = t * rng.uniform(0.85, 1.05), t * rng.uniform(1.0, 1.2)
                for kon, v in (("T", t), ("K", k), ("M", m)):
                    rows.append([kid, ktitle, code, name, y, kon, round(float(v), 1), pop])
    df = pd.DataFrame(rows, columns=["kpi", "kpi_titel", "kommun_id", "kommun", "år", "kön", "värde", "pop"])
    # county and Riket rows as population-weighted means
    extra = []
    df["lan"] = df["kommun_id"].str[:2]
    for (kid, ktitle, lan, y, kon), g in df.groupby(["kpi", "kpi_titel", "lan", "år", "kön"]):
        v = (g["värde"] * g["pop"]).sum() / g["pop"].sum()
        extra.append([kid, ktitle, "00" + lan, "Region " + LAN[lan].replace(" län", "").replace("Hallands", "Halland").replace("Dalarnas", "Dalarna"), y, kon, round(float(v), 1), 0])
    for (kid, ktitle, y, kon), g in df.groupby(["kpi", "kpi_titel", "år", "kön"]):
        v = (g["värde"] * g["pop"]).sum() / g["pop"].sum() + rng.normal(0, 0.3)
        extra.append([kid, ktitle, "0000", "Riket", y, kon, round(float(v), 1), 0])
    df = pd.concat([df.drop(columns="lan"), pd.DataFrame(extra, columns=df.columns[:-1])], ignore_index=True)
    df = df.drop(columns="pop")
    df["värde"] = df["värde"].astype(object)
    # missing values: random ~3 % plus a deliberate one
    miss = rng.random(len(df)) < 0.03
    miss &= ~df["kommun"].isin(["Riket", "Malmö", "Halmstad", "Falun"])  # keep the headline ones
    df.loc[miss, "värde"] = None
    df.loc[(df["kpi"] == "N03926") & (df["kommun"] == "Perstorp") & (df["år"] == 2024), "värde"] = None
    df = df.sort_values(["kpi", "kommun_id", "år", "kön"], kind="stable")
    wb = Workbook()
    ws = wb.active
    ws.title = "Kolada"
    ws.append(["KPI-id", "KPI-titel", "Kommun-id", "Kommun", "År", "Kön", "Värde"])
    for r in df.itertuples(index=False):
        ws.append([r[0], r[1], r[2], r[3], int(r[4]), r[5], None if r[6] is None or pd.isna(r[6]) else float(r[6])])
    wb.save(os.path.join(out, "kolada_arbetsmarknad_kommuner_2022-2024.xlsx"))


def af_series():
    months = pd.period_range("2024-01", "2025-10", freq="M")
    pop1664 = {lan: int(sum(k[3] for k in KOMMUNER if k[2] == lan) * 0.62) for lan in LAN}
    pop1664["00"] = int(RIKET_POP * 0.62)
    base_rate = {"12": 9.4, "13": 5.6, "20": 7.0, "00": 6.9}
    season = {1: 1.04, 2: 1.05, 3: 1.03, 4: 1.0, 5: 0.97, 6: 0.96, 7: 1.02, 8: 1.01, 9: 0.98, 10: 0.97, 11: 0.98, 12: 1.0}
    antal, andel = {}, {}
    for lan in ["12", "13", "20", "00"]:
        a, p = [], []
        for i, mth in enumerate(months):
            r = base_rate[lan] * season[mth.month] * (1 + 0.004 * i) * rng.uniform(0.985, 1.015)
            n = int(round(pop1664[lan] * r / 100))
            a.append(n)
            p.append(round(n / pop1664[lan] * 100, 1))
        antal[lan], andel[lan] = a, p
    return months, antal, andel, pop1664


def file3_af(out, months, antal, andel):
    cols = [("12", "Skåne län"), ("13", "Hallands län"), ("20", "Dalarnas län"), ("00", "Riket")]
    wb = Workbook()
    for si, (title, data, head) in enumerate([
        ("Antal", antal, "Öppet arbetslösa (antal), 16–64 år"),
        ("Andel", andel, "Öppet arbetslösa, andel av befolkningen 16–64 år (%)"),
    ]):
        ws = wb.active if si == 0 else wb.create_sheet()
        ws.title = title
        ws.append([head])
        ws.append(["Uppdaterad: 2025-11-12"])
        ws.append([])
        ws.append(["Månad"] + [c[1] for c in cols])
        for i, mth in enumerate(months):
            ws.append([str(mth)] + [data[c[0]][i] for c in cols])
        ws.append([])
        ws.append(["Källa: Arbetsförmedlingen, månadsstatistik. Inskrivna arbetslösa = öppet arbetslösa + sökande i program med aktivitetsstöd; här redovisas endast öppet arbetslösa."])
    wb.save(os.path.join(out, "af_oppet_arbetslosa_lan_2024-2025.xlsx"))


def file4_fk(out):
    rows = []
    ins = {"12": 880000, "13": 210000, "20": 175000}
    for lan, lname in LAN.items():
        per = {}
        for kon, f_share, psyk in (("Kvinnor", 0.62, 0.50), ("Män", 0.38, 0.39)):
            tot = ins[lan] * 0.034 * f_share * rng.uniform(0.92, 1.08)
            musk = 0.17 if kon == "Kvinnor" else 0.22
            p = int(round(tot * psyk * rng.uniform(0.95, 1.05)))
            m = int(round(tot * musk * rng.uniform(0.95, 1.05)))
            saknas = int(rng.choice([0, 0, 0, 3, 7, 12]))
            o = int(round(tot)) - p - m - saknas
            per[kon] = [p, m, o, saknas]
        per["Samtliga"] = [a + b for a, b in zip(per["Kvinnor"], per["Män"])]
        for kon in ("Kvinnor", "Män", "Samtliga"):
            v = per[kon]
            t = sum(v)
            insured = ins[lan] * (0.49 if kon == "Kvinnor" else 0.51 if kon == "Män" else 1.0)
            rows.append([lname, kon] + v + [t, round(t / insured * 1000, 1)])
    tot = [sum(r[i] for r in rows if r[1] == "Samtliga") for i in range(2, 7)]
    ins_all = sum(ins.values())
    rows.append(["Totalt", ""] + tot + [round(tot[4] / ins_all * 1000, 1)])

    def cell(v):
        if isinstance(v, float):
            return sv_num(v, 1)
        if isinstance(v, int):
            return "–" if v == 0 else str(v)
        return v

    path = os.path.join(out, "fk_pagaende_sjukfall_diagnos_lan_kon_2025-09.csv")
    with open(path, "w", encoding="cp1252", newline="") as f:
        f.write("Pågående sjukfall efter diagnosgrupp, län och kön, 30 september 2025;;;;;;;\n")
        f.write("Län;Kön;Diagnosgrupp;;;;;Sjukfall per 1 000 försäkrade\n")
        f.write(";;Psykiatriska diagnoser;Muskuloskeletala diagnoser;Övriga diagnoser;Diagnos saknas;Totalt;\n")
        for r in rows:
            f.write(";".join(cell(v) for v in r) + "\n")
        f.write("Källa: Försäkringskassan, MiDAS. – = inga fall.;;;;;;;\n")


def file5_pdf(out, months, antal, andel, pop1664):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(TTFont("DejaVu", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVuB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
    H = ParagraphStyle("h", fontName="DejaVuB", fontSize=15, leading=19, spaceAfter=8)
    H2 = ParagraphStyle("h2", fontName="DejaVuB", fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=4)
    B = ParagraphStyle("b", fontName="DejaVu", fontSize=9.5, leading=13, spaceAfter=6)
    S = ParagraphStyle("s", fontName="DejaVu", fontSize=7.5, leading=10)

    # distribute September 2025 and September 2024 county counts over municipalities
    i25 = list(months).index(pd.Period("2025-09", "M"))
    i24 = list(months).index(pd.Period("2024-09", "M"))
    kom_rows = []
    for lan in LAN:
        ks = [k for k in KOMMUNER if k[2] == lan]
        for idx, tgt in ((i24, "a24"), (i25, "a25")):
            pass
        w = np.array([k[3] * 0.62 * k[4] * rng.uniform(0.93, 1.07) for k in ks])
        w25 = w * rng.uniform(0.94, 1.08, len(ks))
        out_counts = {}
        for key, ww, idx in (("a24", w, i24), ("a25", w25, i25)):
            total = antal[lan][idx]
            raw = ww / ww.sum() * total
            c = np.floor(raw).astype(int)
            rem = total - c.sum()
            order = np.argsort(-(raw - c))
            c[order[:rem]] += 1
            out_counts[key] = c
        for j, k in enumerate(ks):
            p1664 = int(k[3] * 0.62)
            a24, a25 = int(out_counts["a24"][j]), int(out_counts["a25"][j])
            r24, r25 = round(a24 / p1664 * 100, 1), round(a25 / p1664 * 100, 1)
            kom_rows.append((k[1], LAN[lan], a25, r25, round(r25 - r24, 1)))
    df = pd.DataFrame(kom_rows, columns=["kommun", "lan", "antal_2025_09", "andel_2025_09", "forandr_pe"])

    foot = {"Malmö": "¹", "Perstorp": "²", "Malung-Sälen": "³", "Hylte": "²"}
    story = [Paragraph("Arbetsmarknadsläget i Skåne, Halland och Dalarna 2025", H),
             Paragraph("Regional analys, november 2025. Underlag: Arbetsförmedlingen (öppet arbetslösa, "
                       "september 2025), SCB och Försäkringskassan.", B)]
    s12 = antal["12"][i25]; s13 = antal["13"][i25]; s20 = antal["20"][i25]
    story.append(Paragraph("Sammanfattning", H2))
    story.append(Paragraph(
        f"I september 2025 var {sv_num(s12, 0)} personer öppet arbetslösa i Skåne län, vilket motsvarar "
        f"{sv_num(andel['12'][i25])} procent av befolkningen 16–64 år. I Hallands län var andelen "
        f"{sv_num(andel['13'][i25])} procent ({sv_num(s13, 0)} personer) och i Dalarnas län "
        f"{sv_num(andel['20'][i25])} procent ({sv_num(s20, 0)} personer). För riket som helhet låg andelen på "
        f"{sv_num(andel['00'][i25])} procent.", B))
    d12 = round(andel['12'][i25] - andel['12'][i24], 1)
    story.append(Paragraph(
        f"Jämfört med september 2024 förändrades andelen i Skåne med {sv_num(d12)} procentenheter. "
        f"Högst arbetslöshet bland kommunerna i de tre länen hade "
        f"{df.sort_values('andel_2025_09').iloc[-1]['kommun']} och lägst hade "
        f"{df.sort_values('andel_2025_09').iloc[0]['kommun']}.", B))
    story.append(Paragraph("Läget i kommunerna", H2))
    story.append(Paragraph("Tabell 1. Öppet arbetslösa 16–64 år per kommun, september 2025, samt förändring av "
                           "andelen jämfört med september 2024 (procentenheter).", B))
    data = [["Kommun", "Län", "Antal", "Andel, %", "Förändring, p.e."]]
    for r in df.itertuples(index=False):
        data.append([r.kommun, r.lan, sv_num(r.antal_2025_09, 0),
                     sv_num(r.andel_2025_09) + foot.get(r.kommun, ""), sv_num(r.forandr_pe)])
    t = Table(data, colWidths=[4.0 * cm, 3.4 * cm, 2.4 * cm, 2.4 * cm, 3.2 * cm], repeatRows=0)
    t.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), "DejaVu"), ("FONTNAME", (0, 0), (-1, 0), "DejaVuB"),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5), ("ALIGN", (2, 0), (-1, -1), "RIGHT"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black), ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
    ]))
    story.append(t)
    story.append(Spacer(1, 6))
    story.append(Paragraph("¹ Inklusive stadsdelarnas lokala kontor. ² Litet underlag, tolka med försiktighet. "
                           "³ Säsongsvariation på grund av besöksnäringen.", S))
    story.append(Paragraph("Kommentar", H2))
    story.append(Paragraph(
        "Skillnaderna mellan kommunerna är fortsatt stora. Kommunerna i västra Skåne med stor andel "
        "utrikes födda har högre arbetslöshet, medan pendlingskommunerna runt Malmö, Lund och Göteborg "
        "(Kungsbacka) har låg arbetslöshet. I Dalarna har industriorterna Borlänge, Avesta och Ludvika "
        "högre nivåer än turistkommunerna i norr.", B))
    doc = SimpleDocTemplate(os.path.join(out, "Arbetsmarknadslaget_Skane_Halland_Dalarna_2025.pdf"),
                            pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm,
                            title="Arbetsmarknadsläget i Skåne, Halland och Dalarna 2025")
    doc.build(story)
    df.to_csv(os.path.join(os.path.dirname(os.path.abspath(__file__)), "_pdf_table_truth.csv"), index=False)


def file6_register(out):
    omr = ["Innovation och forskning", "Kompetensförsörjning", "Hållbar energi och klimat",
           "Digitalisering", "Tillgänglighet och infrastruktur", "Entreprenörskap och företagande"]
    words1 = ["Smart", "Grön", "Digital", "Framtidens", "Hållbar", "Cirkulär", "Innovativ", "Regional", "Lokal", "Kompetenslyft"]
    words2 = ["industri", "besöksnäring", "energi", "logistik", "livsmedel", "vård", "skog", "turism", "handel", "matchning"]
    lan_pref = {"12": "RS", "13": "RH", "20": "RD"}
    kom = [(k[1], k[2], k[3]) for k in KOMMUNER]
    p = np.array([np.sqrt(k[2]) for k in kom]); p = p / p.sum()
    rows = []
    counters = {}
    for i in range(312):
        kk = kom[rng.choice(len(kom), p=p)]
        start = date(2021, 1, 1) + timedelta(days=int(rng.integers(0, 365 * 5 - 30)))
        end = start + timedelta(days=int(rng.integers(180, 1100)))
        o = omr[rng.integers(0, len(omr))]
        belopp = int(round(rng.lognormal(np.log(1_200_000), 0.7) / 1000) * 1000)
        belopp = min(max(belopp, 150_000), 9_800_000)
        medf = int(round(belopp * rng.uniform(0.3, 1.2) / 1000) * 1000)
        if end < date(2025, 10, 31):
            status = "Avbrutet" if rng.random() < 0.07 else "Avslutat"
        else:
            status = "Avbrutet" if rng.random() < 0.03 else "Pågående"
        key = (kk[1], start.year)
        counters[key] = counters.get(key, 0) + 1
        dnr = f"{lan_pref[kk[1]]} {start.year}/{counters[key] * 7 + 100:04d}"
        name = f"{words1[rng.integers(0, 10)]} {words2[rng.integers(0, 10)]} {kk[0]}"
        rows.append([dnr, name, kk[0], LAN[kk[1]], o, start, end, belopp, medf, status])
    rows.sort(key=lambda r: (r[5], r[0]))
    wb = Workbook()
    ws = wb.active
    ws.title = "Projekt"
    ws.append(["Diarienummer", "Projektnamn", "Kommun", "Län", "Insatsområde", "Startdatum", "Slutdatum",
               "Beviljat belopp (kr)", "Medfinansiering (kr)", "Status"])
    for r in rows:
        ws.append(r)
    for row in ws.iter_rows(min_row=2, min_col=6, max_col=7):
        for c in row:
            c.number_format = "yyyy-mm-dd"
    for row in ws.iter_rows(min_row=2, min_col=8, max_col=9):
        for c in row:
            c.number_format = "# ##0"
    wb.save(os.path.join(out, "regionala_projektmedel_register_2021-2025.xlsx"))


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    file1_pxweb(out)
    file2_kolada(out)
    months, antal, andel, pop1664 = af_series()
    file3_af(out, months, antal, andel)
    file4_fk(out)
    file5_pdf(out, months, antal, andel, pop1664)
    file6_register(out)


if __name__ == "__main__":
    main()
