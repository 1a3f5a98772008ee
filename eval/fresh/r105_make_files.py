#!/usr/bin/env python3
"""Skriver sex påhittade men realistiska svenska statistikexporter till en mapp.

Användning: python r105_make_files.py UTMAPP
"""
import csv
import io
import random
import sys
from pathlib import Path

import openpyxl
from openpyxl.styles import Font

rng = random.Random(105)


def sv(x, dec=1):
    """Decimalkomma."""
    if isinstance(x, str):
        return x
    return f"{x:.{dec}f}".replace(".", ",")


# ---------------------------------------------------------------------------
# 1. Örebro län – Försäkringskassan, sjukpenningtal, XLSX med ett blad per kön
# ---------------------------------------------------------------------------
OREBRO = ["Askersund", "Degerfors", "Hallsberg", "Hällefors", "Karlskoga", "Kumla",
          "Laxå", "Lekeberg", "Lindesberg", "Ljusnarsberg", "Nora", "Örebro"]
OREBRO_POP = [6, 5, 8, 3, 16, 13, 3, 5, 12, 2, 6, 100]  # vikter för länsvärdet
YEARS_FK = [2020, 2021, 2022, 2023, 2024]


def make_orebro(out: Path):
    base = {}
    for k in OREBRO:
        b = rng.uniform(8.5, 13.5)
        base[k] = b
    data = {"Kvinnor": {}, "Män": {}}
    for k in OREBRO:
        trend = [1.00, 0.96, 1.03, 1.06, 1.04]
        data["Kvinnor"][k] = [round(base[k] * 1.35 * t + rng.uniform(-0.4, 0.4), 1) for t in trend]
        data["Män"][k] = [round(base[k] * 0.70 * t + rng.uniform(-0.3, 0.3), 1) for t in trend]
    data["Män"]["Ljusnarsberg"][0] = ".."  # sekretess / saknas
    data["Totalt"] = {}
    for k in OREBRO:
        row = []
        for i in range(len(YEARS_FK)):
            kv, m = data["Kvinnor"][k][i], data["Män"][k][i]
            row.append(".." if ".." in (kv, m) else round((kv + m) / 2, 1))
        data["Totalt"][k] = row

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for sheet in ["Kvinnor", "Män", "Totalt"]:
        ws = wb.create_sheet(sheet)
        kon = {"Kvinnor": "kvinnor", "Män": "män", "Totalt": "kvinnor och män"}[sheet]
        ws.append([f"Sjukpenningtal (dagar per försäkrad 16–64 år), {kon}, Örebro län 2020–2024"])
        ws["A1"].font = Font(bold=True, size=12)
        ws.append(["Avser december respektive år. Nettodagar med sjukpenning och rehabiliteringspenning."])
        ws.append([])
        ws.append(["Kommun"] + [str(y) for y in YEARS_FK])
        for c in ws[4]:
            c.font = Font(bold=True)
        for k in OREBRO:
            ws.append([k] + data[sheet][k])
        # länsvärde som viktat medel
        lan = []
        for i in range(len(YEARS_FK)):
            num = den = 0.0
            for k, w in zip(OREBRO, OREBRO_POP):
                v = data[sheet][k][i]
                if v != "..":
                    num += v * w
                    den += w
            lan.append(round(num / den, 1))
        ws.append(["Örebro län"] + lan)
        ws.append([])
        ws.append(["Källa: Försäkringskassan, MiDAS och STORE. Uttag 2025-02-14."])
        ws.append(["Anm: .. = uppgift saknas eller för få fall för att redovisas."])
        ws.append(["Sjukpenningtalet för 2024 är preliminärt."])
        ws.column_dimensions["A"].width = 18
    wb.save(out / "orebro_fk_sjukpenningtal_kon_2020_2024.xlsx")


# ---------------------------------------------------------------------------
# 2. Uppsala län – SCB befolkningsförändringar, CSV i långt format (Latin-1)
# ---------------------------------------------------------------------------
UPPSALA = [("0305", "Håbo", 22000), ("0319", "Älvkarleby", 9500), ("0330", "Knivsta", 20000),
           ("0331", "Heby", 14000), ("0360", "Tierp", 21000), ("0380", "Uppsala", 240000),
           ("0381", "Enköping", 47000), ("0382", "Östhammar", 22500)]
MEASURES_UPP = ["Folkmängd 31 december", "Levande födda", "Döda", "Inflyttningar", "Utflyttningar"]


def make_uppsala(out: Path):
    rows = []
    for code, name, pop in UPPSALA:
        p = pop + rng.randint(-500, 500)
        for year in (2021, 2022, 2023):
            born = int(p * rng.uniform(0.009, 0.012))
            dead = int(p * rng.uniform(0.008, 0.012))
            inn = int(p * rng.uniform(0.05, 0.08))
            ut = int(p * rng.uniform(0.045, 0.075))
            vals = {"Folkmängd 31 december": p, "Levande födda": born, "Döda": dead,
                    "Inflyttningar": inn, "Utflyttningar": ut}
            for m in MEASURES_UPP:
                rows.append((f"{code} {name}", m, year, vals[m]))
            p = p + born - dead + inn - ut
    buf = io.StringIO()
    buf.write('"Befolkningsförändringar efter region, förändring och år"\n')
    buf.write("\n")
    w = csv.writer(buf, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    w.writerow(["region", "förändring", "år", "Antal"])
    for r in rows:
        w.writerow(r)
    buf.write("\n")
    buf.write('"Källa: SCB, Befolkningsstatistik. Uttag 2025-03-03."\n')
    buf.write('"Fotnot: Folkmängden avser den 31 december respektive år enligt kommunindelningen 1 januari 2024."\n')
    (out / "uppsala_lan_befolkningsforandringar_2021_2023.csv").write_bytes(
        buf.getvalue().encode("latin-1"))


# ---------------------------------------------------------------------------
# 3. Östergötland – Arbetsförmedlingen, kvartal 2023K1–2024K4, CSV UTF-8 med BOM
# ---------------------------------------------------------------------------
OSTG = ["Ödeshög", "Ydre", "Kinda", "Boxholm", "Åtvidaberg", "Finspång", "Valdemarsvik",
        "Linköping", "Norrköping", "Söderköping", "Motala", "Vadstena", "Mjölby"]
QUARTERS = [f"{y}K{q}" for y in (2023, 2024) for q in (1, 2, 3, 4)]


def make_ostergotland(out: Path):
    season = [1.05, 0.97, 0.95, 1.0, 1.08, 1.01, 0.99, 1.04]
    lines = ["Inskrivna arbetslösa 16–64 år, andel (%) av den registerbaserade arbetskraften, Östergötlands län",
             "Källa: Arbetsförmedlingen; SCB (arbetskraft)", ""]
    lines.append(";".join(["Kommun"] + QUARTERS))
    for k in OSTG:
        b = rng.uniform(4.0, 10.5)
        vals = [sv(round(b * s + rng.uniform(-0.2, 0.2), 1)) for s in season]
        if k == "Ydre":
            vals[3] = ".."
        lines.append(";".join([k] + vals))
    lines.append(";".join(["Östergötlands län"] + [sv(round(7.6 * s, 1)) for s in season]))
    lines += ["", "Anm: .. = uppgift saknas. Värdena avser kvartalets sista månad.",
              "Från och med 2024K1 används ny registerbaserad arbetskraft som nämnare."]
    (out / "ostergotland_af_inskrivna_arbetslosa_kvartal.csv").write_bytes(
        ("\r\n".join(lines) + "\r\n").encode("utf-8-sig"))


# ---------------------------------------------------------------------------
# 4. Dalarna – nettokostnad äldreomsorg kr/inv, år som rader, kommuner som kolumner
# ---------------------------------------------------------------------------
DALARNA = ["Avesta", "Borlänge", "Falun", "Gagnef", "Hedemora", "Leksand", "Ludvika",
           "Malung-Sälen", "Mora", "Orsa", "Rättvik", "Smedjebacken", "Säter", "Vansbro", "Älvdalen"]
YEARS_DAL = [2019, 2020, 2021, 2022, 2023, 2024]


def make_dalarna(out: Path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Äldreomsorg"
    ws.append(["Nettokostnad äldreomsorg, kr/inv"])
    ws["A1"].font = Font(bold=True, size=12)
    ws.append(["Kommunerna i Dalarnas län, löpande priser"])
    ws.append([])
    ws.append(["År"] + DALARNA)
    base = {k: rng.randint(14500, 24500) for k in DALARNA}
    for i, y in enumerate(YEARS_DAL):
        row = [y]
        for k in DALARNA:
            v = int(round(base[k] * (1 + 0.045 * i) + rng.randint(-300, 300), 0))
            if k == "Vansbro" and y == 2019:
                v = ".."
            row.append(v)
        ws.append(row)
    ws.append([])
    ws.append(["Källa: Kolada (RKA), nyckeltal N20891. Hämtat 2025-04-22."])
    ws.append(["Nettokostnad avser kostnad minus intäkter, dividerat med antal invånare 31/12."])
    ws.append([".. = uppgift saknas"])
    wb.save(out / "dalarna_nettokostnad_aldreomsorg_kr_per_inv.xlsx")


# ---------------------------------------------------------------------------
# 5. Västernorrland – ekonomiskt bistånd, Antal och Andel (%) per år, Riket/län-rader
# ---------------------------------------------------------------------------
VNL = [("Ånge", 9000), ("Timrå", 18000), ("Härnösand", 25000), ("Sundsvall", 99000),
       ("Kramfors", 18000), ("Sollefteå", 19000), ("Örnsköldsvik", 56000)]


def make_vasternorrland(out: Path):
    years = [2021, 2022, 2023]
    table = {}
    for k, pop in VNL:
        row = []
        for y in years:
            andel = round(rng.uniform(2.4, 5.8), 1)
            antal = int(round(pop * andel / 100))
            row.append((antal, andel))
        table[k] = row
    lan = []
    totpop = sum(p for _, p in VNL)
    for i in range(3):
        a = sum(table[k][i][0] for k, _ in VNL)
        lan.append((a, round(100 * a / totpop, 1)))
    riket = [(407812, 3.9), (392455, 3.8), (401207, 3.8)]
    lines = ["Biståndsmottagare med ekonomiskt bistånd, antal personer och andel (%) av befolkningen",
             "Samtliga åldrar. Västernorrlands län och kommuner samt riket.", ""]
    lines.append(";".join(["Region", "2021", "", "2022", "", "2023", ""]))
    lines.append(";".join(["", "Antal", "Andel (%)", "Antal", "Andel (%)", "Antal", "Andel (%)"]))

    def fmt(row):
        cells = []
        for a, p in row:
            cells += [f"{a:,}".replace(",", " "), sv(p)]
        return cells

    lines.append(";".join(["Riket"] + fmt(riket)))
    lines.append(";".join(["Västernorrlands län"] + fmt(lan)))
    for k, _ in VNL:
        lines.append(";".join([k] + fmt(table[k])))
    lines += ["", "Källa: Socialstyrelsen, statistik om ekonomiskt bistånd.",
              "Personer som någon gång under året ingått i hushåll som mottagit ekonomiskt bistånd."]
    (out / "vasternorrland_ekonomiskt_bistand_antal_andel.csv").write_bytes(
        ("\n".join(lines) + "\n").encode("latin-1"))


# ---------------------------------------------------------------------------
# 6. Skåne – PDF-rapport med två tabeller och kommenterande text
# ---------------------------------------------------------------------------
SKANE = [("Malmö", 357000), ("Helsingborg", 151000), ("Lund", 128000), ("Kristianstad", 87000),
         ("Landskrona", 47000), ("Trelleborg", 48000)]


def make_skane(out: Path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    halv = ["2023H1", "2023H2", "2024H1"]
    t1 = {}
    for k, pop in SKANE:
        b = pop * rng.uniform(0.035, 0.075)
        t1[k] = [int(round(b * f)) for f in (1.0, 0.97 + rng.uniform(-0.02, 0.02), 1.04 + rng.uniform(-0.04, 0.04))]
    skane_tot = [int(round(sum(t1[k][i] for k, _ in SKANE) * 1.62)) for i in range(3)]
    t2 = {}
    for k, pop in SKANE:
        krinv = rng.randint(650, 1900)
        tkr = int(round(pop * krinv / 1000))
        t2[k] = (tkr, krinv)

    styles = getSampleStyleSheet()
    doc = SimpleDocTemplate(str(out / "skane_arbetsmarknad_halvarsrapport_2024.pdf"), pagesize=A4,
                            title="Arbetsmarknaden i Skåne – halvårsrapport 2024",
                            author="Region Skåne, Avdelningen för regional utveckling")
    story = [Paragraph("Arbetsmarknaden i Skåne – halvårsrapport 2024", styles["Title"]),
             Paragraph("Region Skåne, Avdelningen för regional utveckling. Oktober 2024.", styles["Normal"]),
             Spacer(1, 12),
             Paragraph("Sammanfattning", styles["Heading2"])]
    mal = t1["Malmö"]
    ch = 100 * (mal[2] - mal[0]) / mal[0]
    story.append(Paragraph(
        "Antalet inskrivna arbetslösa i Skåne har ökat under det senaste året. Första halvåret 2024 "
        f"var {skane_tot[2]} personer 16–64 år inskrivna som arbetslösa i länet, jämfört med "
        f"{skane_tot[0]} första halvåret 2023. I Malmö var förändringen {sv(ch)} procent mellan "
        "första halvåret 2023 och första halvåret 2024.", styles["Normal"]))
    story.append(Spacer(1, 10))
    story.append(Paragraph("Inskrivna arbetslösa", styles["Heading2"]))
    story.append(Paragraph(
        "Tabell 1 visar genomsnittligt antal inskrivna arbetslösa per halvår i de sex största kommunerna "
        "samt länet som helhet. Länssiffran omfattar samtliga 33 kommuner i Skåne.", styles["Normal"]))
    story.append(Spacer(1, 6))
    story.append(Paragraph("Tabell 1. Inskrivna arbetslösa 16–64 år, genomsnitt per halvår, antal", styles["Normal"]))
    data1 = [["Kommun"] + halv] + [[k] + [str(v) for v in t1[k]] for k, _ in SKANE] + [["Skåne län"] + [str(v) for v in skane_tot]]
    tab = Table(data1, hAlign="LEFT")
    tab.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                             ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                             ("ALIGN", (1, 1), (-1, -1), "RIGHT")]))
    story += [tab, Paragraph("Källa: Arbetsförmedlingen, bearbetning Region Skåne.", styles["Italic"]), Spacer(1, 14)]
    story.append(Paragraph("Kommunernas kostnader för arbetsmarknadsåtgärder", styles["Heading2"]))
    hi = max(SKANE, key=lambda kp: t2[kp[0]][1])[0]
    story.append(Paragraph(
        "Kommunerna finansierar egna arbetsmarknadsinsatser utöver de statliga. Tabell 2 redovisar "
        "nettokostnaden 2023 i tusental kronor och per invånare. Kostnaden per invånare var högst i "
        f"{hi}, vilket delvis förklaras av en större andel personer med ekonomiskt bistånd.", styles["Normal"]))
    story.append(Spacer(1, 6))
    story.append(Paragraph("Tabell 2. Nettokostnad för arbetsmarknadsåtgärder 2023, tkr och kr per invånare", styles["Normal"]))
    data2 = [["Kommun", "Nettokostnad, tkr", "Kr per invånare"]] + \
        [[k, f"{t2[k][0]:,}".replace(",", " "), f"{t2[k][1]:,}".replace(",", " ")] for k, _ in SKANE]
    tab2 = Table(data2, hAlign="LEFT")
    tab2.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                              ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                              ("ALIGN", (1, 1), (-1, -1), "RIGHT")]))
    story += [tab2, Paragraph("Källa: Kolada och kommunernas räkenskapssammandrag, bearbetning Region Skåne.", styles["Italic"])]
    story.append(Spacer(1, 10))
    story.append(Paragraph(
        "Sammantaget pekar utvecklingen mot en fortsatt svag arbetsmarknad under andra halvåret 2024, "
        "särskilt för personer födda utanför Europa och för unga utan gymnasieexamen.", styles["Normal"]))
    doc.build(story)


def main():
    if len(sys.argv) != 2:
        sys.exit("Användning: r105_make_files.py UTMAPP")
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    make_orebro(out)
    make_uppsala(out)
    make_ostergotland(out)
    make_dalarna(out)
    make_vasternorrland(out)
    make_skane(out)
    for p in sorted(out.iterdir()):
        print(p.name, p.stat().st_size)


if __name__ == "__main__":
    main()
