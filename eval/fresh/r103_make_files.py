#!/usr/bin/env python3
"""Write six made-up but realistic Swedish statistics exports into a folder.

Usage: python r103_make_files.py OUTPUT_DIR

Files (all figures are invented):
  1. scb_medianinkomst_vastmanland_2019-2023.csv   SCB PxWeb CSV export, title row + footnotes
  2. nyforetagande_konkurser_gavleborg_2022-2024.xlsx  XLSX with two header rows (year over measure)
  3. kolada_ekonomiskt_bistand_norrbotten.csv     Kolada-like, kommun codes, ';', decimal comma, '..', Latin-1
  4. af_inskrivna_arbetslosa_varmland_2025.xlsx   Arbetsförmedlingen monthly, months as columns (2025M01..)
  5. fk_sjuk_aktivitetsersattning_kalmar.csv      Försäkringskassan long file, Kön x Åldersgrupp x År
  6. region_gotland_arbetsmarknadsrapport_2025.pdf PDF report with a ruled table and caption
"""
import csv
import os
import sys

# ---------------------------------------------------------------- data
VASTMANLAND = [  # kod, namn, medianinkomst tkr 2019..2023 (20-64 år)
    ("1904", "Skinnskatteberg", [296.4, 301.2, 309.8, 322.5, 334.1]),
    ("1907", "Surahammar", [305.7, 311.0, 319.6, 331.2, 343.8]),
    ("1960", "Kungsör", [318.2, 324.9, 333.4, 346.0, 357.9]),
    ("1961", "Hallstahammar", [321.5, 327.3, 336.8, 349.1, 361.4]),
    ("1962", "Norberg", [288.9, 293.5, 301.7, 313.6, 325.0]),
    ("1980", "Västerås", [338.6, 344.1, 354.2, 368.9, 381.7]),
    ("1981", "Sala", [312.8, 318.4, 327.1, 339.5, 351.2]),
    ("1982", "Fagersta", [299.1, 303.8, 312.5, 325.4, 336.6]),
    ("1983", "Köping", [315.4, 320.7, 329.9, 342.3, 354.8]),
    ("1984", "Arboga", [313.9, 319.5, 328.6, 341.7, 352.9]),
    ("19", "Västmanlands län", [326.3, 331.8, 341.5, 355.2, 367.6]),
]

GAVLEBORG = [  # kommun, {år: (nystartade, konkurser)}
    ("Ockelbo", {2022: (38, 2), 2023: (41, 3), 2024: (35, 1)}),
    ("Hofors", {2022: (45, 4), 2023: (39, 5), 2024: (42, 3)}),
    ("Ovanåker", {2022: (96, 5), 2023: (88, 6), 2024: (91, 4)}),
    ("Nordanstig", {2022: (72, 3), 2023: (65, 4), 2024: (70, 2)}),
    ("Ljusdal", {2022: (148, 9), 2023: (139, 11), 2024: (142, 8)}),
    ("Gävle", {2022: (1012, 71), 2023: (968, 84), 2024: (1004, 79)}),
    ("Sandviken", {2022: (301, 22), 2023: (287, 26), 2024: (296, 24)}),
    ("Söderhamn", {2022: (176, 13), 2023: (161, 15), 2024: (170, 12)}),
    ("Bollnäs", {2022: (212, 14), 2023: (198, 17), 2024: (205, 15)}),
    ("Hudiksvall", {2022: (327, 18), 2023: (309, 23), 2024: (318, 20)}),
]

NORRBOTTEN = [  # Kolada-id, kommun, andel % 2020..2023 (None = '..')
    ("2505", "Arvidsjaur", [3.4, 3.1, 2.9, 3.0]),
    ("2506", "Arjeplog", [2.8, 2.6, None, 2.5]),
    ("2510", "Jokkmokk", [3.9, 3.7, 3.5, 3.6]),
    ("2513", "Överkalix", [2.7, 2.5, 2.4, 2.6]),
    ("2514", "Kalix", [3.6, 3.3, 3.2, 3.4]),
    ("2518", "Övertorneå", [4.1, 3.8, 3.6, 3.9]),
    ("2521", "Pajala", [3.2, 3.0, 2.8, None]),
    ("2523", "Gällivare", [2.4, 2.1, 1.9, 2.0]),
    ("2560", "Älvsbyn", [4.4, 4.2, 4.0, 4.3]),
    ("2580", "Luleå", [3.5, 3.2, 3.1, 3.3]),
    ("2581", "Piteå", [2.9, 2.7, 2.6, 2.8]),
    ("2582", "Boden", [4.6, 4.3, 4.1, 4.5]),
    ("2583", "Haparanda", [5.8, 5.5, 5.2, 5.6]),
    ("2584", "Kiruna", [2.2, 2.0, 1.8, 1.9]),
    ("0025", "Region Norrbotten", [3.4, 3.2, 3.0, 3.2]),
    ("0000", "Riket", [4.1, 3.8, 3.6, 3.7]),
]

VARMLAND_BASE = [  # kommun, nivå för inskrivna arbetslösa
    ("Kil", 520), ("Eda", 310), ("Torsby", 470), ("Storfors", 160),
    ("Hammarö", 540), ("Munkfors", 150), ("Forshaga", 430), ("Grums", 360),
    ("Årjäng", 330), ("Sunne", 480), ("Karlstad", 4850), ("Kristinehamn", 1240),
    ("Filipstad", 640), ("Hagfors", 520), ("Arvika", 1180), ("Säffle", 690),
]
MONTH_FACTOR = [1.00, 1.01, 0.99, 0.96, 0.93, 0.95, 1.03, 1.00, 0.97]
# small municipality-specific twists so that not every row moves in lock-step
TWIST = {"Arvika": [0, 6, 4, -3, -10, -2, 15, 9, -22], "Munkfors": [0, 2, 1, -1, 3, 5, 4, 2, 1],
         "Storfors": [0, -1, -3, -2, -4, -6, -1, -3, -5]}


def varmland_rows():
    rows = []
    for name, base in VARMLAND_BASE:
        vals = [round(base * f) + TWIST.get(name, [0] * 9)[i] for i, f in enumerate(MONTH_FACTOR)]
        rows.append((name, vals))
    return rows


FK_AGES = ["19–29 år", "30–39 år", "40–49 år", "50–59 år", "60–64 år"]
FK = {  # år: {kön: [per åldersgrupp]}
    2022: {"Kvinnor": [437, 520, 829, 1551, 1287], "Män": [515, 399, 503, 866, 779]},
    2023: {"Kvinnor": [425, 491, 781, 1463, 1198], "Män": [507, 384, 476, 822, 741]},
    2024: {"Kvinnor": [412, 468, 735, 1386, 1124], "Män": [498, 371, 452, 781, 706]},
}

GOTLAND = [  # bransch, 2021, 2022, 2023
    ("Jordbruk, skogsbruk och fiske", 2140, 2095, 2060),
    ("Tillverkning och utvinning", 2480, 2530, 2555),
    ("Byggverksamhet", 2710, 2790, 2745),
    ("Handel", 3020, 3065, 3010),
    ("Hotell och restauranger", 1390, 1560, 1625),
    ("Utbildning", 3350, 3385, 3420),
    ("Vård och omsorg", 5120, 5180, 5240),
    ("Offentlig förvaltning", 2260, 2305, 2330),
    ("Övriga branscher", 7450, 7610, 7700),
]


def sv(x, dec=0):
    """Swedish number: space as thousands separator, comma as decimal mark."""
    s = f"{x:,.{dec}f}".replace(",", " ").replace(".", ",")
    return s


# ---------------------------------------------------------------- writers
def write_scb(out):
    path = os.path.join(out, "scb_medianinkomst_vastmanland_2019-2023.csv")
    years = ["2019", "2020", "2021", "2022", "2023"]
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        w.writerow(["Sammanräknad förvärvsinkomst för boende i Sverige hela året efter region, "
                    "ålder, tabellinnehåll och år. Medianinkomst, tkr"])
        w.writerow([])
        w.writerow(["region", "ålder"] + [f"Medianinkomst, tkr {y}" for y in years])
        for code, name, vals in VASTMANLAND:
            w.writerow([f"{code} {name}", "20-64 år"] + [f"{v:.1f}" for v in vals])
        w.writerow([])
        w.writerow(["Fotnot: Sammanräknad förvärvsinkomst i löpande priser. Avser personer folkbokförda "
                    "i Sverige hela året. Medianinkomst avser inkomsttagare."])
        w.writerow(["Källa: SCB, Inkomst- och taxeringsregistret (IoT). Uttag 2025-03-14."])
    return path


def write_gavleborg(out):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    path = os.path.join(out, "nyforetagande_konkurser_gavleborg_2022-2024.xlsx")
    wb = Workbook()
    ws = wb.active
    ws.title = "Tabell 1"
    ws["A1"] = "Nystartade företag och konkurser per kommun, Gävleborgs län 2022–2024"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Antal. Källa: Tillväxtanalys (nystartade företag), SCB (konkurser)"
    years = [2022, 2023, 2024]
    ws.cell(row=4, column=1, value="Kommun")
    for i, y in enumerate(years):
        c = 2 + 2 * i
        ws.cell(row=4, column=c, value=y)
        ws.merge_cells(start_row=4, start_column=c, end_row=4, end_column=c + 1)
        ws.cell(row=4, column=c).alignment = Alignment(horizontal="center")
        ws.cell(row=5, column=c, value="Nystartade företag")
        ws.cell(row=5, column=c + 1, value="Konkurser")
    for cell in ws[4] + ws[5]:
        cell.font = Font(bold=True)
    r = 6
    for name, d in GAVLEBORG:
        ws.cell(row=r, column=1, value=name)
        for i, y in enumerate(years):
            ws.cell(row=r, column=2 + 2 * i, value=d[y][0])
            ws.cell(row=r, column=3 + 2 * i, value=d[y][1])
        r += 1
    ws.cell(row=r, column=1, value="Gävleborgs län").font = Font(bold=True)
    for i, y in enumerate(years):
        ws.cell(row=r, column=2 + 2 * i, value=sum(d[y][0] for _, d in GAVLEBORG))
        ws.cell(row=r, column=3 + 2 * i, value=sum(d[y][1] for _, d in GAVLEBORG))
    ws.cell(row=r + 2, column=1,
            value="Anm. Konkurser avser aktiebolag, handelsbolag och enskilda näringsidkare. "
                  "Uppgifterna för 2024 är preliminära.")
    ws.column_dimensions["A"].width = 18
    wb.save(path)
    return path


def write_kolada(out):
    path = os.path.join(out, "kolada_ekonomiskt_bistand_norrbotten.csv")
    lines = [
        "Nyckeltal: N31807 Invånare som någon gång under året erhållit ekonomiskt bistånd, andel (%);;;;;",
        "Källa: Kolada (RKA), Socialstyrelsen och SCB;;;;;",
        ";;;;;",
        "Kommun-ID;Kommun;2020;2021;2022;2023",
    ]
    for code, name, vals in NORRBOTTEN:
        cells = [".." if v is None else f"{v:.1f}".replace(".", ",") for v in vals]
        lines.append(";".join([code, name] + cells))
    lines.append(";;;;;")
    lines.append("..  = uppgift saknas eller för osäker för att redovisas;;;;;")
    with open(path, "w", encoding="latin-1", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    return path


def write_af(out):
    from openpyxl import Workbook
    from openpyxl.styles import Font

    path = os.path.join(out, "af_inskrivna_arbetslosa_varmland_2025.xlsx")
    wb = Workbook()
    ws = wb.active
    ws.title = "Kommuner"
    ws["A1"] = "Inskrivna arbetslösa 16–64 år per kommun, Värmlands län, antal"
    ws["A1"].font = Font(bold=True)
    ws["A2"] = "Källa: Arbetsförmedlingen. Månadsstatistik, uttag oktober 2025"
    months = [f"2025M{m:02d}" for m in range(1, 10)]
    header = ["Kommun"] + months
    for c, h in enumerate(header, 1):
        ws.cell(row=4, column=c, value=h).font = Font(bold=True)
    rows = varmland_rows()
    r = 5
    for name, vals in rows:
        ws.cell(row=r, column=1, value=name)
        for c, v in enumerate(vals, 2):
            ws.cell(row=r, column=c, value=v)
        r += 1
    ws.cell(row=r, column=1, value="Värmlands län").font = Font(bold=True)
    for i in range(9):
        ws.cell(row=r, column=2 + i, value=sum(v[i] for _, v in rows))
    ws.cell(row=r + 2, column=1,
            value="Inskrivna arbetslösa = öppet arbetslösa + sökande i program med aktivitetsstöd.")
    wb.save(path)
    return path


def write_fk(out):
    path = os.path.join(out, "fk_sjuk_aktivitetsersattning_kalmar.csv")
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["År", "Län", "Kön", "Åldersgrupp", "Antal mottagare"])
        for year in sorted(FK):
            k, m = FK[year]["Kvinnor"], FK[year]["Män"]
            t = [a + b for a, b in zip(k, m)]
            for sex, vals in (("Kvinnor", k), ("Män", m), ("Totalt", t)):
                for age, v in zip(FK_AGES, vals):
                    w.writerow([year, "08 Kalmar län", sex, age, v])
                w.writerow([year, "08 Kalmar län", sex, "Samtliga", sum(vals)])
    return path


def write_gotland_pdf(out):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                    TableStyle)

    path = os.path.join(out, "region_gotland_arbetsmarknadsrapport_2025.pdf")
    doc = SimpleDocTemplate(path, pagesize=A4, title="Arbetsmarknad och näringsliv på Gotland 2025",
                            author="Region Gotland, Regionstyrelseförvaltningen",
                            leftMargin=2.2 * cm, rightMargin=2.2 * cm)
    st = getSampleStyleSheet()
    cap = ParagraphStyle("cap", parent=st["Normal"], fontName="Helvetica-Bold", fontSize=9.5,
                         spaceAfter=4)
    src = ParagraphStyle("src", parent=st["Normal"], fontSize=8, textColor=colors.grey)
    tot = [sum(r[i] for r in GOTLAND) for i in (1, 2, 3)]
    hr = next(r for r in GOTLAND if r[0] == "Hotell och restauranger")
    story = [
        Paragraph("Arbetsmarknad och näringsliv på Gotland 2025", st["Title"]),
        Paragraph("Region Gotland, Regionstyrelseförvaltningen – Analys och utveckling", st["Normal"]),
        Paragraph("Rapport 2025:4, juni 2025", st["Normal"]),
        Spacer(1, 18),
        Paragraph("1. Sammanfattning", st["Heading2"]),
        Paragraph(
            "Gotlands arbetsmarknad har fortsatt att växa efter pandemiåren. Antalet förvärvsarbetande "
            f"med arbetsplats på Gotland (dagbefolkning) uppgick till {sv(tot[2])} personer år 2023, "
            f"jämfört med {sv(tot[0])} år 2021. Den största ökningen skedde inom hotell och restauranger, "
            "där besöksnäringen har återhämtat sig. Jordbruk, skogsbruk och fiske fortsätter att minska "
            "svagt, vilket följer en långsiktig trend.", st["BodyText"]),
        Paragraph(
            "Rapporten bygger på SCB:s registerbaserade arbetsmarknadsstatistik (BAS) och Region Gotlands "
            "egna sammanställningar. Syftet är att ge underlag till det regionala utvecklingsarbetet och "
            "kompetensförsörjningen.", st["BodyText"]),
        Paragraph("2. Kompetensförsörjning", st["Heading2"]),
        Paragraph(
            "Rekryteringsbehoven är störst inom vård och omsorg samt utbildning, där många medarbetare går "
            "i pension de kommande tio åren. Även byggbranschen och besöksnäringen rapporterar svårigheter "
            "att hitta personal med rätt kompetens, särskilt under sommarsäsongen.", st["BodyText"]),
        PageBreak(),
        Paragraph("3. Sysselsättning per bransch", st["Heading2"]),
        Paragraph(
            "Tabell 2 visar antalet förvärvsarbetande 16–74 år med arbetsplats på Gotland fördelat på "
            f"bransch. Hotell och restauranger ökade med {sv(hr[3] - hr[1])} personer mellan 2021 och 2023. "
            "Vård och omsorg är den enskilt största branschen.", st["BodyText"]),
        Spacer(1, 10),
        Paragraph("Tabell 2. Förvärvsarbetande (dagbefolkning) 16–74 år per bransch, Gotland 2021–2023, "
                  "antal", cap),
    ]
    data = [["Bransch", "2021", "2022", "2023"]]
    for r in GOTLAND:
        data.append([r[0]] + [sv(v) for v in r[1:]])
    data.append(["Totalt"] + [sv(v) for v in tot])
    t = Table(data, colWidths=[7.5 * cm, 2.6 * cm, 2.6 * cm, 2.6 * cm])
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfe9f3")),
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold"),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("FONTSIZE", (0, 0), (-1, -1), 9.5),
    ]))
    story += [t, Spacer(1, 4),
              Paragraph("Källa: SCB, Registerbaserad arbetsmarknadsstatistik (BAS), bearbetning Region Gotland.",
                        src),
              Spacer(1, 14),
              Paragraph("4. Slutsatser", st["Heading2"]),
              Paragraph(
                  "Gotland behöver fortsätta arbeta med bostadsförsörjning och kompetensförsörjning för att "
                  "möta efterfrågan på arbetskraft. Region Gotland samverkar med Arbetsförmedlingen och "
                  "Uppsala universitet Campus Gotland kring insatser för omställning och vidareutbildning.",
                  st["BodyText"])]
    doc.build(story)
    return path


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: r103_make_files.py OUTPUT_DIR")
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for fn in (write_scb, write_gavleborg, write_kolada, write_af, write_fk, write_gotland_pdf):
        print(fn(out))


if __name__ == "__main__":
    main()
