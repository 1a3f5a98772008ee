#!/usr/bin/env python3
"""Skriver sex svenska statistikexporter (med verklighetstrogna egenheter) till en mapp.

Användning: python r109_make_files.py UTMAPP

Filerna:
 1. af_inskrivna_arbetslosa_jonkopings_lan_2021-2023.xlsx  – en flik per år, samma layout
 2. eurostat_employment_rate_nuts2_SE.csv                   – engelska, NUTS-koder, flaggor (b, p, u, :)
 3. budgetuppfoljning_kompetenslyft_norrbotten_2024.xlsx    – tkr, avvikelse med minus som "(320)"
 4. arbetsmarknadslaget_tabellbilaga_2024.pdf               – Tabell 3 och Tabell 4 på samma sida
 5. nyanmalda_lediga_platser_per_manad_2023-2024.csv        – månader som rader, län som kolumner
 6. pendling_dalarna_2022.xlsx                              – pendlingsmatris bostad × arbetsställe
"""
import csv
import os
import random
import sys

# ----------------------------------------------------------------------------------------------
# Data (deterministisk)
# ----------------------------------------------------------------------------------------------

JKPG_KOMMUNER = [
    ("Aneby", "0604", 3300), ("Gnosjö", "0617", 4700), ("Mullsjö", "0642", 3600),
    ("Habo", "0643", 6100), ("Gislaved", "0662", 14200), ("Vaggeryd", "0665", 6700),
    ("Jönköping", "0680", 72000), ("Nässjö", "0682", 14500), ("Värnamo", "0683", 17600),
    ("Sävsjö", "0684", 5400), ("Vetlanda", "0685", 13100), ("Eksjö", "0686", 8300),
    ("Tranås", "0687", 9100),
]
YEARS_AF = [2021, 2022, 2023]


def af_data():
    """{år: [(kommun, kod, öppet, program, totalt, andel)]}"""
    rnd = random.Random(1091)
    base = {k: rnd.uniform(4.2, 8.8) for k, _, _ in JKPG_KOMMUNER}
    base["Gislaved"] = 9.6
    base["Nässjö"] = 9.1
    base["Habo"] = 3.4
    year_factor = {2021: 1.10, 2022: 0.93, 2023: 0.98}
    out = {}
    for y in YEARS_AF:
        rows = []
        for k, kod, ak in JKPG_KOMMUNER:
            rate = base[k] * year_factor[y] * rnd.uniform(0.95, 1.05)
            tot = round(ak * rate / 100)
            share_open = rnd.uniform(0.42, 0.52)
            oppet = round(tot * share_open)
            prog = tot - oppet
            andel = round(tot / ak * 100, 1)
            rows.append((k, kod, oppet, prog, tot, andel))
        out[y] = rows
    return out, {k: ak for k, _, ak in JKPG_KOMMUNER}


NUTS2 = [
    ("SE", "Sweden"), ("SE11", "Stockholm"), ("SE12", "East-Central Sweden"),
    ("SE21", "Småland and the islands"), ("SE22", "South Sweden"), ("SE23", "West Sweden"),
    ("SE31", "North-Central Sweden"), ("SE32", "Central Norrland"), ("SE33", "Upper Norrland"),
]
EU_YEARS = [2019, 2020, 2021, 2022, 2023]


def eurostat_data():
    """Lista av rader: (sex, geo, label, {år: (värde|None, flagga)})"""
    level = {"SE": 82.1, "SE11": 83.6, "SE12": 80.4, "SE21": 83.9, "SE22": 78.6,
             "SE23": 82.9, "SE31": 80.1, "SE32": 82.4, "SE33": 81.5}
    trend = {2019: 0.0, 2020: -1.3, 2021: -0.9, 2022: 0.3, 2023: 0.6}
    sexoff = {"T": 0.0, "M": 2.0, "F": -2.1}
    rnd = random.Random(1092)
    rows = []
    for sex in ("T", "M", "F"):
        for geo, label in NUTS2:
            vals = {}
            for y in EU_YEARS:
                v = round(level[geo] + trend[y] + sexoff[sex] + rnd.uniform(-0.4, 0.4), 1)
                flag = ""
                if y == 2021:
                    flag = "b"
                if y == 2023:
                    flag = "p"
                vals[y] = (v, flag)
            if geo == "SE32" and sex == "F":
                vals[2020] = (None, "")          # saknas -> ":"
            if geo == "SE33" and sex == "F":
                v, _ = vals[2019]
                vals[2019] = (v, "u")            # låg tillförlitlighet
            rows.append((sex, geo, label, vals))
    return rows


BUDGET_ROWS = [
    # kostnadsslag, budget, utfall jan-sep, prognos helår, kommentar
    ("Personal", 8450, 6020, 8210, "Vakant tjänst som processledare jan–feb"),
    ("Externa tjänster", 2300, 1980, 2620, "Upphandlad utbildning dyrare än beräknat"),
    ("Resor", 420, 310, 450, "Fler deltagarträffar i Kiruna och Gällivare"),
    ("Lokaler", 960, 720, 960, ""),
    ("Utrustning och material", 350, 95, 210, "Datorinköp senarelagt"),
    ("Deltagarkostnader", 1100, 640, 980, ""),
    ("Indirekta kostnader (15 % av personal)", 1268, 903, 1232, "Schablon"),
]
FIN_ROWS = [
    ("ESF+-stöd (60 %)", 8909, 6401, 8797, ""),
    ("Offentlig medfinansiering, Region Norrbotten", 3000, 2250, 3000, ""),
    ("Kommunal medfinansiering (Luleå, Piteå, Boden, Kiruna)", 2939, 2017, 2865, "Boden lägre insats 2024"),
]

LAN_LTA = [  # län, andel långtidsarbetslösa 2023, 2024 (procent)
    ("Stockholms län", 33.8, 35.1), ("Uppsala län", 36.2, 36.9), ("Södermanlands län", 44.7, 45.3),
    ("Östergötlands län", 41.5, 42.8), ("Jönköpings län", 35.4, 34.6), ("Kronobergs län", 38.9, 40.2),
    ("Kalmar län", 37.6, 38.1), ("Gotlands län", 30.2, 31.5), ("Blekinge län", 43.1, 44.9),
    ("Skåne län", 42.3, 42.0), ("Hallands län", 32.7, 33.9), ("Västra Götalands län", 36.8, 37.4),
    ("Värmlands län", 40.6, 40.1), ("Örebro län", 42.9, 44.0), ("Västmanlands län", 41.2, 43.6),
    ("Dalarnas län", 37.1, 37.0), ("Gävleborgs län", 45.6, 46.2), ("Västernorrlands län", 40.8, 39.9),
    ("Jämtlands län", 31.4, 32.8), ("Västerbottens län", 29.7, 31.0), ("Norrbottens län", 30.9, 30.3),
    ("Riket", 38.9, 39.8),
]

SEKTOR_INDEX = [  # sektor, index 2019..2023 (2015=100)
    ("Jordbruk, skogsbruk och fiske", 96.4, 95.1, 94.8, 95.6, 94.2),
    ("Tillverkning och utvinning", 98.7, 95.2, 95.9, 97.8, 98.3),
    ("Byggverksamhet", 112.5, 111.8, 114.6, 116.9, 111.2),
    ("Handel", 103.1, 100.4, 101.2, 102.5, 101.6),
    ("Transport och magasinering", 104.6, 100.9, 101.7, 104.2, 103.8),
    ("Hotell och restaurang", 106.3, 91.7, 94.5, 104.8, 106.9),
    ("Information och kommunikation", 114.2, 116.0, 121.3, 126.8, 128.1),
    ("Vård och omsorg", 105.8, 106.4, 107.9, 108.6, 110.3),
    ("Utbildning", 108.1, 109.5, 110.8, 111.4, 112.0),
    ("Offentlig förvaltning", 107.3, 109.2, 111.0, 112.9, 114.5),
]

LAN_MANAD = ["Stockholms län", "Västra Götalands län", "Skåne län", "Östergötlands län", "Uppsala län"]
MONTHS = [f"{y}-{m:02d}" for y in (2023, 2024) for m in range(1, 13)]


def manad_data():
    """{månad: {län: antal}} samt riket."""
    rnd = random.Random(1095)
    base = {"Stockholms län": 21500, "Västra Götalands län": 16800, "Skåne län": 11900,
            "Östergötlands län": 4100, "Uppsala län": 3300, "Riket": 84000}
    season = [0.92, 1.08, 1.15, 1.05, 1.02, 0.97, 0.71, 0.94, 1.12, 1.09, 0.98, 0.77]
    out = {}
    for i, mon in enumerate(MONTHS):
        yf = 1.0 if mon.startswith("2023") else 0.91
        row = {}
        for lan, b in base.items():
            row[lan] = int(round(b * season[i % 12] * yf * rnd.uniform(0.94, 1.06)))
        out[mon] = row
    return out


DALARNA = ["Falun", "Borlänge", "Ludvika", "Avesta", "Hedemora", "Mora", "Leksand", "Säter"]
BOSATTA = {"Falun": 28900, "Borlänge": 23800, "Ludvika": 11900, "Avesta": 10100,
           "Hedemora": 6800, "Mora": 10500, "Leksand": 7400, "Säter": 5300}
# ungefärliga pendlingsandelar (från -> till), resten i egen kommun eller "övriga"
FLOWS = {
    ("Falun", "Borlänge"): 0.085, ("Borlänge", "Falun"): 0.118, ("Säter", "Borlänge"): 0.19,
    ("Säter", "Falun"): 0.12, ("Hedemora", "Avesta"): 0.07, ("Avesta", "Hedemora"): 0.035,
    ("Hedemora", "Borlänge"): 0.06, ("Hedemora", "Falun"): 0.05, ("Leksand", "Falun"): 0.09,
    ("Leksand", "Mora"): 0.05, ("Mora", "Leksand"): 0.025, ("Ludvika", "Borlänge"): 0.06,
    ("Borlänge", "Ludvika"): 0.012, ("Falun", "Leksand"): 0.01, ("Falun", "Säter"): 0.008,
    ("Borlänge", "Säter"): 0.012, ("Avesta", "Borlänge"): 0.02,
}
OVRIGA = {"Falun": 0.07, "Borlänge": 0.06, "Ludvika": 0.07, "Avesta": 0.16, "Hedemora": 0.08,
          "Mora": 0.06, "Leksand": 0.09, "Säter": 0.07}


def pendling_data():
    rnd = random.Random(1096)
    mat = {}
    for fr in DALARNA:
        row = {}
        for to in DALARNA:
            if fr == to:
                continue
            share = FLOWS.get((fr, to), rnd.uniform(0.0005, 0.004))
            row[to] = int(round(BOSATTA[fr] * share))
        row["Övriga kommuner"] = int(round(BOSATTA[fr] * OVRIGA[fr]))
        row[fr] = BOSATTA[fr] - sum(row.values())
        mat[fr] = row
    return mat


# ----------------------------------------------------------------------------------------------
# Skrivare
# ----------------------------------------------------------------------------------------------

def write_af_xlsx(path):
    from openpyxl import Workbook
    from openpyxl.styles import Font
    data, ak = af_data()
    wb = Workbook()
    wb.remove(wb.active)
    for y in YEARS_AF:
        ws = wb.create_sheet(str(y))
        ws["A1"] = f"Inskrivna arbetslösa 16–64 år per kommun, Jönköpings län, december {y}"
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = "Källa: Arbetsförmedlingen, bearbetning Region Jönköpings län"
        hdr = ["Kommun", "Kommunkod", "Öppet arbetslösa", "Sökande i program med aktivitetsstöd",
               "Totalt inskrivna arbetslösa", "Andel av registerbaserad arbetskraft (%)"]
        ws.append([])
        ws.append(hdr)
        for c in ws[4]:
            c.font = Font(bold=True)
        rows = data[y]
        for r in rows:
            ws.append(list(r))
        so = sum(r[2] for r in rows)
        sp = sum(r[3] for r in rows)
        st = sum(r[4] for r in rows)
        sak = sum(ak.values())
        ws.append(["Jönköpings län", "06", so, sp, st, round(st / sak * 100, 1)])
        for c in ws[ws.max_row]:
            c.font = Font(bold=True)
        ws.append([])
        ws.append(["Anm. Uppgifterna avser situationen vid månadens slut. Kommunkoden lagras som text."])
        ws.column_dimensions["A"].width = 18
        for col in "CDEF":
            ws.column_dimensions[col].width = 22
    wb.save(path)


def write_eurostat_csv(path):
    rows = eurostat_data()
    with open(path, "w", newline="", encoding="utf-8") as f:
        f.write('"Employment rates by sex, age and NUTS 2 regions (%) - age 20-64"\n')
        f.write('"Dataset: lfst_r_lfe2emprt  Last update: 25/04/2024  Extracted on: 14/05/2024  Source of data: Eurostat"\n')
        w = csv.writer(f)
        w.writerow(["unit", "sex", "age", "geo\\time", "geo_label"] + [str(y) for y in EU_YEARS])
        for sex, geo, label, vals in rows:
            cells = []
            for y in EU_YEARS:
                v, flag = vals[y]
                if v is None:
                    cells.append(":")
                else:
                    cells.append(f"{v:.1f} {flag}".strip() if flag else f"{v:.1f}")
            w.writerow(["PC", sex, "Y20-64", geo, label] + cells)
        f.write("\n")
        f.write('"Flags: b = break in time series, p = provisional, u = low reliability, : = not available"\n')
        f.write('"sex: T = Total, M = Males, F = Females"\n')


def _paren(v):
    return f"({abs(v)})" if v < 0 else v


def write_budget_xlsx(path):
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning T3"
    ws["A1"] = "Projekt Kompetenslyft Norrbotten (ESF+), ärendenr 2023/00417"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Ekonomisk uppföljning per 2024-09-30. Belopp i tkr."
    ws.append([])
    ws.append(["Kostnadsslag", "Budget 2024", "Utfall jan–sep", "Prognos helår",
               "Avvikelse budget–prognos", "Kommentar"])
    for c in ws[4]:
        c.font = Font(bold=True)
    for name, b, u, p, k in BUDGET_ROWS:
        ws.append([name, b, u, p, _paren(b - p), k])
    tb = sum(r[1] for r in BUDGET_ROWS)
    tu = sum(r[2] for r in BUDGET_ROWS)
    tp = sum(r[3] for r in BUDGET_ROWS)
    ws.append(["Summa kostnader", tb, tu, tp, _paren(tb - tp), ""])
    for c in ws[ws.max_row]:
        c.font = Font(bold=True)
    ws.append([])
    ws.append(["Finansiering"])
    ws[ws.max_row][0].font = Font(bold=True)
    for name, b, u, p, k in FIN_ROWS:
        ws.append([name, b, u, p, _paren(b - p), k])
    fb = sum(r[1] for r in FIN_ROWS)
    fu = sum(r[2] for r in FIN_ROWS)
    fp = sum(r[3] for r in FIN_ROWS)
    ws.append(["Summa finansiering", fb, fu, fp, _paren(fb - fp), ""])
    for c in ws[ws.max_row]:
        c.font = Font(bold=True)
    ws.append([])
    ws.append(["Positiv avvikelse = prognosen understiger budget. Negativ avvikelse anges inom parentes."])
    ws.append(["Upprättad av: projektekonom, Region Norrbotten"])
    ws.column_dimensions["A"].width = 48
    for col in "BCDE":
        ws.column_dimensions[col].width = 16
    ws.column_dimensions["F"].width = 44
    wb.save(path)


def write_pdf(path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    st = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=st["BodyText"], fontName="Helvetica", fontSize=9, leading=11)
    cap = ParagraphStyle("c", parent=st["BodyText"], fontName="Helvetica-Bold", fontSize=9, leading=11)
    note = ParagraphStyle("n", parent=st["BodyText"], fontName="Helvetica-Oblique", fontSize=7.5, leading=9)
    h1 = ParagraphStyle("h", parent=st["Heading1"], fontName="Helvetica-Bold", fontSize=14)

    def fmt(v):
        return f"{v:.1f}".replace(".", ",").replace("-", "−")

    def fmt_pe(v):
        s = f"{v:+.1f}".replace(".", ",")
        return s.replace("-", "−")

    story = [Paragraph("Arbetsmarknadsläget 2024 – tabellbilaga", h1),
             Paragraph("Bilagan redovisar andelen långtidsarbetslösa per län samt utvecklingen av "
                       "antalet sysselsatta per sektor. Långtidsarbetslösa avser inskrivna arbetslösa "
                       "med en sammanhängande tid utan arbete på 12 månader eller mer.", body),
             Spacer(1, 4 * mm),
             Paragraph("Tabell 3. Andel långtidsarbetslösa av inskrivna arbetslösa per län, "
                       "december 2023 och 2024, procent", cap), Spacer(1, 1.5 * mm)]
    data = [["Län", "2023", "2024", "Förändring\n(procentenheter)"]]
    for lan, a, b in LAN_LTA:
        data.append([lan, fmt(a), fmt(b), fmt_pe(round(b - a, 1))])
    t = Table(data, colWidths=[55 * mm, 22 * mm, 22 * mm, 32 * mm], repeatRows=1)
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), "Helvetica", 8), ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8),
        ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 8),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f0")),
        ("TOPPADDING", (0, 0), (-1, -1), 1.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
    ]))
    story += [t, Paragraph("Källa: Arbetsförmedlingen.", note), Spacer(1, 5 * mm)]

    story += [Paragraph("Tabell 4. Antal sysselsatta 20–64 år efter sektor, riket, "
                        "index 2015=100", cap), Spacer(1, 1.5 * mm)]
    data = [["Sektor", "2019", "2020", "2021", "2022", "2023"]]
    for row in SEKTOR_INDEX:
        data.append([row[0]] + [fmt(v) for v in row[1:]])
    t = Table(data, colWidths=[60 * mm] + [18 * mm] * 5)
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), "Helvetica", 8), ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black), ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
        ("TOPPADDING", (0, 0), (-1, -1), 1.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
    ]))
    story += [t, Paragraph("Källa: SCB, Registerbaserad arbetsmarknadsstatistik (RAMS/BAS), "
                           "bearbetning. 2023 års uppgifter är preliminära.", note)]

    def footer(canvas, doc):
        canvas.setFont("Helvetica", 7)
        canvas.drawString(20 * mm, 10 * mm, "Arbetsmarknadsläget 2024 | Tabellbilaga")
        canvas.drawRightString(190 * mm, 10 * mm, f"Sida {doc.page}")

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=15 * mm, bottomMargin=18 * mm,
                            title="Arbetsmarknadsläget 2024 – tabellbilaga",
                            author="Analysavdelningen")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def _sp(n):
    return f"{n:,}".replace(",", " ")


def write_manad_csv(path):
    data = manad_data()
    cols = LAN_MANAD + ["Riket"]
    with open(path, "w", newline="", encoding="utf-8-sig") as f:
        f.write("Nyanmälda lediga platser per månad och län, januari 2023–december 2024\n")
        f.write("Källa: Arbetsförmedlingen, månadsstatistik. Riket avser samtliga 21 län.\n")
        w = csv.writer(f, delimiter=";")
        w.writerow(["Månad"] + cols)
        for mon in MONTHS:
            label = mon + "*" if mon == "2024-12" else mon
            w.writerow([label] + [_sp(data[mon][c]) for c in cols])
        f.write("* Preliminära uppgifter\n")


def write_pendling_xlsx(path):
    from openpyxl import Workbook
    from openpyxl.styles import Font
    mat = pendling_data()
    wb = Workbook()
    ws = wb.active
    ws.title = "Pendling 2022"
    ws["A1"] = ("Förvärvsarbetande 16+ år efter bostadskommun (rader) och arbetsställekommun "
                "(kolumner), Dalarnas län, november 2022")
    ws["A1"].font = Font(bold=True)
    ws["A2"] = "Källa: SCB, RAMS. Antal personer."
    ws.append([])
    cols = DALARNA + ["Övriga kommuner"]
    ws.append(["Bostadskommun \\ Arbetsställekommun"] + cols + ["Summa bosatta förvärvsarbetande"])
    for c in ws[4]:
        c.font = Font(bold=True)
    for fr in DALARNA:
        ws.append([fr] + [mat[fr][c] for c in cols] + [sum(mat[fr][c] for c in cols)])
    ws.append(["Summa förvärvsarbetande med arbetsställe i kommunen"] +
              [sum(mat[fr][c] for fr in DALARNA) for c in cols] +
              [sum(sum(mat[fr][c] for c in cols) for fr in DALARNA)])
    for c in ws[ws.max_row]:
        c.font = Font(bold=True)
    ws.append([])
    ws.append(["Diagonalen = bor och arbetar i samma kommun. Övriga kommuner omfattar övriga "
               "Dalarna samt kommuner utanför länet."])
    ws.column_dimensions["A"].width = 40
    wb.save(path)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "knowledge"
    os.makedirs(out, exist_ok=True)
    write_af_xlsx(os.path.join(out, "af_inskrivna_arbetslosa_jonkopings_lan_2021-2023.xlsx"))
    write_eurostat_csv(os.path.join(out, "eurostat_employment_rate_nuts2_SE.csv"))
    write_budget_xlsx(os.path.join(out, "budgetuppfoljning_kompetenslyft_norrbotten_2024.xlsx"))
    write_pdf(os.path.join(out, "arbetsmarknadslaget_tabellbilaga_2024.pdf"))
    write_manad_csv(os.path.join(out, "nyanmalda_lediga_platser_per_manad_2023-2024.csv"))
    write_pendling_xlsx(os.path.join(out, "pendling_dalarna_2022.xlsx"))
    print("skrev", sorted(os.listdir(out)))


if __name__ == "__main__":
    main()
