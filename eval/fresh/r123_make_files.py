"""Round r123 – six statistics files about new topics, in shapes real Swedish exports have.

Usage:  python r123_make_files.py OUT_DIR

Files written (all values deterministic; totals and shares are internally consistent):

1. jordbruksverket_jordbruksforetag_skaraborg_2023.xlsx   (Jordbruksverket, Lantbruksregistret)
   - Sheet 1 "Om statistiken": prose notes and a symbol key ("..", "–").
   - Sheet 2 "Åkerareal 2023": three title rows, a two-row header where
     "Storleksklass, hektar åkermark" is merged over six size classes ("2,1–5,0" … "över 100,0"),
     municipality code and name in separate columns ("1499", "Falköping"), a "Samtliga företag"
     column (row total) and a "Åkerareal totalt, ha" column, a bold "Skaraborg totalt" row at the
     bottom (column totals) – a cross table with totals in both directions; source row below.
   - Sheet 3 "Husdjur 2023": a two-row header with each animal kind merged over
     "Företag" / "Antal djur"; small counts masked with ".." (the total row still includes them).

2. trafikverket_adt_gavleborg_2019_2024.pdf   (Trafikverket, traffic counts, Gävleborgs län)
   - A report page with a title, prose and "Tabell 1": a two-level row hierarchy – bold road
     rows ("E4", "E16", "Väg 83", "Väg 84", "Väg 272") with their measuring points indented under
     them; columns Kommun, ÅDT 2019, ÅDT 2024, Förändring (%), Andel tunga fordon 2024 (%);
     "–" for a point without a 2019 count, a footnote mark "1)" on a value, thousands as "12 450",
     decimal commas and Unicode minus "−" for decreases.
   - "Tabell 2": an index series (2019 = 100) of vehicle kilometres by vehicle kind, years as rows.

3. csn_aterbetalning_vasternorrland_2024.csv   (CSN, student-loan repayment per municipality)
   - Windows-1252, semicolon separated, CRLF, two title lines and a blank line above the
     header, the county total row FIRST ("Västernorrlands län"), municipality names with codes
     "2281 Sundsvall", space as thousands separator, decimal commas, a mean and a median in kronor,
     a share in per cent, ".." for a missing 2023 value, footnotes and a source line below.

4. bygglov_arenden_ostersund_2024.csv   (Östersunds kommun, open data, record level)
   - UTF-8 with BOM, comma separated, one row per building-permit case (160 cases), ISO dates,
     columns Diarienummer, Inkom, Beslutsdatum, Ärendetyp, Kommundel, Handläggare, Beslut,
     Handläggningstid (dagar), Avgift (kr); open cases have empty decision fields.

5. migrationsverket_arbetstillstand_yrke_2022_2024.xlsx   (Migrationsverket, first-time work permits)
   - Sheet "Yrke": two title rows, bold SSYK major-group rows (e.g. "9 Yrken med krav på kortare
     utbildning …") that carry the SUBTOTAL of the indented four-digit occupations under them
     ("9211 Bärplockare och plantskolearbetare m.fl."), each group closed by an "Övriga yrken inom
     området" row, a "Totalt" row; years 2022, 2023, 2024 as columns, "varav kvinnor 2024" and
     "Förändring 2023–2024, %".
   - Sheet "Medborgarskap": top ten countries + "Övriga länder" + "Totalt" per year with
     "Andel 2024, %".
   - Sheet "Definitioner": text only.

6. skatteverket_rot_rut_per_lan_2023_2024.csv   (Skatteverket, ROT and RUT tax deductions)
   - Plain UTF-8, comma separated, decimal points, long format with ENGLISH snake_case column
     names: year, county_code, county, deduction_type, buyers, amount_msek, avg_deduction_sek,
     buyers_per_1000_inhabitants; 21 counties + "Riket" (code "00") for 2023 and 2024 and both
     deduction types (88 rows). Rates per 1 000 inhabitants.
"""
import csv
import io
import random
import sys
from datetime import date, timedelta
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

# ---------------------------------------------------------------------------
# 1. Jordbruksverket – farms by size class and livestock, Skaraborg 2023
# ---------------------------------------------------------------------------
SKARABORG = [
    # code, name, farms per size class (2,1–5 | 5,1–10 | 10,1–20 | 20,1–50 | 50,1–100 | >100), total arable ha
    ("1445", "Essunga", [22, 31, 28, 41, 30, 38], 15120),
    ("1499", "Falköping", [118, 142, 131, 156, 98, 87], 41860),
    ("1444", "Grästorp", [19, 25, 27, 35, 28, 41], 16480),
    ("1447", "Gullspång", [21, 24, 19, 22, 11, 7], 4380),
    ("1471", "Götene", [38, 44, 40, 52, 31, 33], 14210),
    ("1497", "Hjo", [25, 30, 22, 24, 12, 9], 5120),
    ("1446", "Karlsborg", [12, 15, 11, 10, 5, 3], 1940),
    ("1494", "Lidköping", [74, 88, 81, 97, 66, 79], 33950),
    ("1493", "Mariestad", [55, 63, 54, 60, 34, 29], 14860),
    ("1495", "Skara", [47, 56, 49, 68, 45, 58], 22640),
    ("1496", "Skövde", [61, 70, 58, 62, 33, 26], 13470),
    ("1472", "Tibro", [16, 19, 14, 12, 6, 4], 2450),
    ("1498", "Tidaholm", [43, 51, 44, 47, 24, 17], 9860),
    ("1473", "Töreboda", [39, 45, 41, 44, 27, 22], 10370),
    ("1470", "Vara", [66, 84, 79, 112, 89, 121], 47930),
]
SIZE_CLASSES = ["2,1–5,0", "5,1–10,0", "10,1–20,0", "20,1–50,0", "50,1–100,0", "över 100,0"]

# livestock: (milk cows: farms, animals), (cattle total: farms, animals), (sheep: farms, animals), (fattening pigs: farms, animals)
# None = masked ".." in the file (fewer than three farms); the hidden numbers still count in the total.
LIVESTOCK = {
    "Essunga": [(9, 1240), (31, 4210), (7, 380), (3, 2900)],
    "Falköping": [(61, 6830), (212, 21450), (58, 3120), (14, 16800)],
    "Grästorp": [(6, 720), (24, 3050), (5, 260), (4, 5100)],
    "Gullspång": [(4, 310), (19, 1480), (9, 410), (None, 450)],
    "Götene": [(17, 2150), (58, 6240), (14, 690), (5, 4300)],
    "Hjo": [(8, 640), (27, 2380), (11, 520), (None, 900)],
    "Karlsborg": [(None, 140), (9, 610), (6, 240), (None, 0)],
    "Lidköping": [(29, 3980), (96, 10870), (22, 1260), (12, 19400)],
    "Mariestad": [(15, 1620), (63, 5930), (19, 940), (6, 5600)],
    "Skara": [(21, 2890), (64, 7410), (13, 710), (15, 21300)],
    "Skövde": [(18, 1870), (67, 6120), (24, 1180), (4, 3800)],
    "Tibro": [(3, 190), (14, 980), (5, 210), (None, 350)],
    "Tidaholm": [(14, 1410), (52, 4870), (17, 830), (3, 2100)],
    "Töreboda": [(12, 1330), (44, 4060), (12, 560), (5, 4700)],
    "Vara": [(31, 4870), (103, 12380), (15, 820), (22, 33900)],
}
# masked farm counts (for the totals): Gullspång pigs 2, Hjo pigs 2, Karlsborg cows 1, Karlsborg pigs 0, Tibro pigs 1
HIDDEN_FARMS = {("Gullspång", 3): 2, ("Hjo", 3): 2, ("Karlsborg", 0): 1, ("Karlsborg", 3): 0, ("Tibro", 3): 1}
ANIMALS = ["Mjölkkor", "Nötkreatur totalt", "Får (tackor och baggar)", "Slaktsvin"]


def write_jordbruk(out: Path) -> None:
    wb = Workbook()
    bold = Font(bold=True)
    thin = Side(style="thin")

    ws = wb.active
    ws.title = "Om statistiken"
    notes = [
        "Jordbruksföretag och husdjur i Skaraborg 2023",
        "",
        "Källa: Jordbruksverket, Lantbruksregistret (LBR). Uttag gjort för Skaraborgs kommuner i Västra Götalands län.",
        "Med jordbruksföretag avses företag med mer än 2,0 hektar åkermark eller ett visst minsta antal djur.",
        "Företag redovisas i den kommun där brukningscentrum ligger.",
        "Storleksklass avser åkermark i hektar. Företag med enbart betesmark eller djurhållning ingår inte i tabellen över åkerareal.",
        "",
        "Teckenförklaring:",
        "..   Uppgift redovisas inte (färre än tre företag). Maskerade värden ingår i summan för Skaraborg.",
        "–    Noll",
    ]
    for i, t in enumerate(notes, start=1):
        ws.cell(row=i, column=1, value=t)
    ws["A1"].font = Font(bold=True, size=14)
    ws.column_dimensions["A"].width = 110

    # --- Åkerareal sheet (cross table) -----------------------------------
    ws = wb.create_sheet("Åkerareal 2023")
    ws["A1"] = "Tabell 1. Antal jordbruksföretag efter storleksklass (hektar åkermark) och kommun 2023"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Skaraborg, Västra Götalands län"
    ws["A3"] = "Antal företag respektive hektar"
    # header rows 5 and 6
    ws["A5"] = "Kommunkod"
    ws["B5"] = "Kommun"
    ws["C5"] = "Storleksklass, hektar åkermark"
    ws.merge_cells(start_row=5, start_column=3, end_row=5, end_column=8)
    ws["I5"] = "Samtliga företag"
    ws["J5"] = "Åkerareal totalt, ha"
    for c in ("A", "B", "I", "J"):
        ws.merge_cells(f"{c}5:{c}6")
    for j, sc in enumerate(SIZE_CLASSES):
        ws.cell(row=6, column=3 + j, value=sc)
    for r in (5, 6):
        for c in range(1, 11):
            cell = ws.cell(row=r, column=c)
            cell.font = bold
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            cell.border = Border(bottom=thin)
    row = 7
    col_tot = [0] * 6
    ha_tot = 0
    for code, name, counts, ha in SKARABORG:
        ws.cell(row=row, column=1, value=code)
        ws.cell(row=row, column=2, value=name)
        for j, v in enumerate(counts):
            ws.cell(row=row, column=3 + j, value=v)
            col_tot[j] += v
        ws.cell(row=row, column=9, value=sum(counts))
        ws.cell(row=row, column=10, value=ha)
        ha_tot += ha
        row += 1
    ws.cell(row=row, column=1, value="")
    ws.cell(row=row, column=2, value="Skaraborg totalt")
    for j, v in enumerate(col_tot):
        ws.cell(row=row, column=3 + j, value=v)
    ws.cell(row=row, column=9, value=sum(col_tot))
    ws.cell(row=row, column=10, value=ha_tot)
    for c in range(1, 11):
        ws.cell(row=row, column=c).font = bold
        ws.cell(row=row, column=c).border = Border(top=thin)
    ws.cell(row=row + 2, column=1, value="Källa: Jordbruksverket, Lantbruksregistret 2023.")
    ws.column_dimensions["A"].width = 11
    ws.column_dimensions["B"].width = 18
    for c in "CDEFGHIJ":
        ws.column_dimensions[c].width = 12

    # --- Husdjur sheet -------------------------------------------------------
    ws = wb.create_sheet("Husdjur 2023")
    ws["A1"] = "Tabell 2. Antal företag med husdjur och antal djur efter djurslag och kommun, juni 2023"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Skaraborg, Västra Götalands län"
    ws["A4"] = "Kommunkod"
    ws["B4"] = "Kommun"
    ws.merge_cells("A4:A5")
    ws.merge_cells("B4:B5")
    for k, animal in enumerate(ANIMALS):
        c0 = 3 + 2 * k
        ws.cell(row=4, column=c0, value=animal)
        ws.merge_cells(start_row=4, start_column=c0, end_row=4, end_column=c0 + 1)
        ws.cell(row=5, column=c0, value="Företag")
        ws.cell(row=5, column=c0 + 1, value="Antal djur")
    for r in (4, 5):
        for c in range(1, 11):
            cell = ws.cell(row=r, column=c)
            cell.font = bold
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    row = 6
    tot = [[0, 0] for _ in ANIMALS]
    for code, name, _c, _h in SKARABORG:
        ws.cell(row=row, column=1, value=code)
        ws.cell(row=row, column=2, value=name)
        for k, (farms, animals) in enumerate(LIVESTOCK[name]):
            if farms is None:
                ws.cell(row=row, column=3 + 2 * k, value="..")
                ws.cell(row=row, column=4 + 2 * k, value="..")
                tot[k][0] += HIDDEN_FARMS[(name, k)]
                tot[k][1] += animals
            else:
                ws.cell(row=row, column=3 + 2 * k, value=farms)
                ws.cell(row=row, column=4 + 2 * k, value=animals)
                tot[k][0] += farms
                tot[k][1] += animals
        row += 1
    ws.cell(row=row, column=2, value="Skaraborg totalt")
    for k in range(len(ANIMALS)):
        ws.cell(row=row, column=3 + 2 * k, value=tot[k][0])
        ws.cell(row=row, column=4 + 2 * k, value=tot[k][1])
    for c in range(1, 11):
        ws.cell(row=row, column=c).font = bold
    ws.cell(row=row + 2, column=1, value="..  Uppgift redovisas inte (färre än tre företag). Maskerade värden ingår i summan.")
    ws.cell(row=row + 3, column=1, value="Källa: Jordbruksverket, Lantbruksregistret. Djurantal avser juni 2023.")
    ws.column_dimensions["B"].width = 18
    for c in "CDEFGHIJ":
        ws.column_dimensions[c].width = 13
    wb.save(out / "jordbruksverket_jordbruksforetag_skaraborg_2023.xlsx")


# ---------------------------------------------------------------------------
# 2. Trafikverket – ÅDT (annual average daily traffic), Gävleborg, PDF
# ---------------------------------------------------------------------------
ROADS = [
    ("E4", [
        ("Skutskär", "Älvkarleby", 15820, 16940, 21.4),
        ("Gävle norra (Strömsbro)", "Gävle", 21350, 22680, 19.8),
        ("Söderhamn södra", "Söderhamn", 11240, 11970, 24.6),
        ("Hudiksvall södra", "Hudiksvall", 10180, 10450, 23.1),
        ("Harmånger", "Nordanstig", 6930, 6710, 27.9),
    ]),
    ("E16", [
        ("Valbo", "Gävle", 14260, 15310, 16.2),
        ("Sandviken östra", "Sandviken", 12780, 13140, 14.7),
        ("Hofors", "Hofors", 6420, 6180, 18.5),
    ]),
    ("Väg 83", [
        ("Kilafors", "Bollnäs", 5260, 5530, 15.3),
        ("Bollnäs norra", "Bollnäs", 6840, 7120, 12.9),
        ("Ljusdal", "Ljusdal", 3950, 3790, 17.6),
    ]),
    ("Väg 84", [
        ("Forsa", "Hudiksvall", 4870, 5140, 11.2),
        ("Delsbo", "Hudiksvall", 2610, 2580, 13.4),
    ]),
    ("Väg 272", [
        ("Ockelbo", "Ockelbo", 3120, 3380, 16.8),
        ("Bollnäs södra (ny mätpunkt)", "Bollnäs", None, 2940, 10.5),
    ]),
]
FOOTNOTED = ("Hudiksvall södra",)  # ÅDT 2024 marked 1)
INDEX = [  # year, personbilar, lastbilar, totalt (2019 = 100)
    (2019, 100.0, 100.0, 100.0),
    (2020, 91.8, 97.4, 92.6),
    (2021, 95.3, 101.2, 96.2),
    (2022, 97.6, 103.9, 98.5),
    (2023, 99.1, 102.7, 99.6),
    (2024, 101.4, 104.8, 101.9),
]


def sv_int(n: int) -> str:
    return f"{n:,}".replace(",", " ")


def sv_dec(x: float, nd: int = 1) -> str:
    s = f"{x:.{nd}f}".replace(".", ",")
    return s.replace("-", "\u2212")


def adt_change(a, b):
    return round((b - a) / a * 100, 1)


def write_trafik(out: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    styles = getSampleStyleSheet()
    small = ParagraphStyle("small", parent=styles["Normal"], fontSize=8, leading=10)
    doc = SimpleDocTemplate(str(out / "trafikverket_adt_gavleborg_2019_2024.pdf"), pagesize=A4,
                            leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm,
                            title="Trafikflöden på statliga vägar i Gävleborgs län 2019–2024")
    story = [
        Paragraph("Trafikflöden på statliga vägar i Gävleborgs län 2019–2024", styles["Title"]),
        Paragraph("Trafikverket, Region Mitt. PM 2025:07", styles["Normal"]),
        Spacer(1, 10),
        Paragraph(
            "Sammanställningen visar årsmedeldygnstrafik (ÅDT), det vill säga det genomsnittliga antalet "
            "fordon per dygn under ett år i båda riktningarna, vid Trafikverkets mätpunkter på de större "
            "statliga vägarna i länet. Tunga fordon är fordon längre än 12,5 meter (lastbilar med och utan "
            "släp samt bussar). Jämförelsen görs mot 2019, det sista året före pandemin.", styles["Normal"]),
        Spacer(1, 10),
        Paragraph("<b>Tabell 1. ÅDT per mätpunkt, 2019 och 2024, samt andel tunga fordon 2024</b>", styles["Normal"]),
        Spacer(1, 4),
    ]
    header = ["Väg / mätpunkt", "Kommun", "ÅDT 2019", "ÅDT 2024", "Förändring\n2019–2024, %", "Andel tunga\nfordon 2024, %"]
    data = [header]
    road_rows = []
    for road, points in ROADS:
        road_rows.append(len(data))
        data.append([road, "", "", "", "", ""])
        for name, kommun, a19, a24, heavy in points:
            a24s = sv_int(a24) + (" 1)" if name in FOOTNOTED else "")
            if a19 is None:
                data.append(["    " + name, kommun, "–", a24s, "–", sv_dec(heavy)])
            else:
                data.append(["    " + name, kommun, sv_int(a19), a24s, sv_dec(adt_change(a19, a24)), sv_dec(heavy)])
    t = Table(data, colWidths=[5.2 * cm, 2.6 * cm, 1.9 * cm, 1.9 * cm, 2.4 * cm, 2.6 * cm], repeatRows=1)
    ts = [
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8),
        ("FONT", (0, 1), (-1, -1), "Helvetica", 8.5),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
        ("ALIGN", (2, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
    ]
    for r in road_rows:
        ts.append(("FONT", (0, r), (0, r), "Helvetica-Bold", 8.5))
        ts.append(("BACKGROUND", (0, r), (-1, r), colors.Color(0.9, 0.9, 0.9)))
    t.setStyle(TableStyle(ts))
    story += [t, Spacer(1, 4),
              Paragraph("1) Mätningen 2024 avbröts under vägarbete i maj–september; värdet är uppräknat från övriga månader.", small),
              Paragraph("– Ingen mätning. Mätpunkten Bollnäs södra på väg 272 infördes 2022.", small),
              Paragraph("Källa: Trafikverket, trafikflödeskartan och egna mätningar.", small),
              Spacer(1, 14),
              Paragraph("<b>Tabell 2. Trafikarbete på det statliga vägnätet i Gävleborgs län, index 2019 = 100</b>", styles["Normal"]),
              Spacer(1, 4)]
    data2 = [["År", "Personbilar", "Lastbilar", "Totalt"]]
    for y, p, l, tt in INDEX:
        data2.append([str(y), sv_dec(p), sv_dec(l), sv_dec(tt)])
    t2 = Table(data2, colWidths=[2 * cm, 3 * cm, 3 * cm, 3 * cm])
    t2.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5),
        ("FONT", (0, 1), (-1, -1), "Helvetica", 8.5),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
    ]))
    story += [t2, Spacer(1, 4),
              Paragraph("Trafikarbete = antal fordonskilometer. Indexet är beräknat från samtliga mätpunkter i länet.", small),
              Spacer(1, 10),
              Paragraph(
                  "Trafiken på E4 och E16 har ökat mer än på det övriga vägnätet. Den största ökningen mellan 2019 "
                  "och 2024 har mätpunkten Ockelbo på väg 272. Lastbilstrafiken ligger sedan 2021 över 2019 års nivå.",
                  styles["Normal"])]
    doc.build(story)


# ---------------------------------------------------------------------------
# 3. CSN – repayment of student loans, Västernorrland 2024 (Windows-1252 CSV)
# ---------------------------------------------------------------------------
CSN = [
    # code, name, debtors 2023, debtors 2024, total debt 2024 (mnkr, 1 decimal), median debt 2024 (kr), at Kronofogden 2024 (persons)
    ("2280", "Härnösand", 8412, 8536, 1519.4, 142350, 214),
    ("2282", "Kramfors", 4103, 4087, 606.9, 118920, 139),
    ("2283", "Sollefteå", 4566, 4521, 697.6, 121480, 145),
    ("2281", "Sundsvall", 30874, 31406, 6024.5, 158760, 659),
    ("2262", "Timrå", None, 5933, 965.3, 132610, 166),
    ("2260", "Ånge", 2174, 2148, 308.1, 112300, 71),
    ("2284", "Örnsköldsvik", 17230, 17512, 3082.6, 149870, 385),
]
CSN_TIMRA_2023 = 5871  # included in the county total but shown as ".." for Timrå
CSN_COUNTY_MEDIAN = 147520


def write_csn(out: Path) -> None:
    lines = []
    lines.append("Återbetalning av studielån per kommun i Västernorrlands län 2023–2024")
    lines.append("Avser personer med annuitetslån eller studielån (lån tagna efter 1989) folkbokförda i kommunen 31 december")
    lines.append("")
    lines.append(";".join([
        "Kommun",
        "Återbetalningsskyldiga 2023, antal",
        "Återbetalningsskyldiga 2024, antal",
        "Total skuld 2024, mnkr",
        "Medelskuld 2024, kr",
        "Medianskuld 2024, kr",
        "Andel med skuld hos Kronofogden 2024, %",
    ]))

    def row(label, d23, d24, debt, median, kfm):
        mean = round(debt * 1_000_000 / d24)
        share = round(kfm / d24 * 100, 1)
        return ";".join([
            label,
            ".." if d23 is None else sv_int(d23),
            sv_int(d24),
            f"{debt:,.1f}".replace(",", " ").replace(".", ","),
            sv_int(mean),
            sv_int(median),
            f"{share:.1f}".replace(".", ","),
        ])

    tot23 = sum(r[2] for r in CSN if r[2] is not None) + CSN_TIMRA_2023
    tot24 = sum(r[3] for r in CSN)
    totdebt = round(sum(r[4] for r in CSN), 1)
    totkfm = sum(r[6] for r in CSN)
    lines.append(row("Västernorrlands län", tot23, tot24, totdebt, CSN_COUNTY_MEDIAN, totkfm))
    for code, name, d23, d24, debt, median, kfm in CSN:
        lines.append(row(f"{code} {name}", d23, d24, debt, median, kfm))
    lines.append("")
    lines.append("Fotnoter:")
    lines.append(".. = Uppgift saknas. Uppgiften för Timrå 2023 kunde inte tas fram på grund av ett fel i leveransen; den ingår i länets summa.")
    lines.append("Medelskuld = total skuld delad med antal återbetalningsskyldiga. Medianskulden är beräknad på individnivå.")
    lines.append("Skuld hos Kronofogden = obetalda årsbelopp som lämnats till Kronofogden för indrivning.")
    lines.append("Källa: CSN, statistik om återbetalning.")
    data = "\r\n".join(lines) + "\r\n"
    (out / "csn_aterbetalning_vasternorrland_2024.csv").write_bytes(data.encode("cp1252"))


# ---------------------------------------------------------------------------
# 4. Östersunds kommun – building-permit cases 2024 (record level)
# ---------------------------------------------------------------------------
CASE_TYPES = [
    ("Nybyggnad enbostadshus", 22, (35, 110), (18000, 32000)),
    ("Tillbyggnad", 34, (20, 80), (7000, 15000)),
    ("Attefallsåtgärd (anmälan)", 30, (8, 40), (3000, 6000)),
    ("Fasadändring", 18, (14, 60), (4000, 9000)),
    ("Rivningslov", 12, (10, 45), (3500, 7000)),
    ("Marklov", 10, (20, 70), (5000, 11000)),
    ("Skyltlov", 16, (7, 35), (2500, 5000)),
    ("Nybyggnad flerbostadshus", 8, (60, 150), (45000, 120000)),
    ("Nybyggnad fritidshus", 10, (30, 100), (14000, 26000)),
]
DISTRICTS = ["Centrala Östersund", "Frösön", "Brunflo", "Lit", "Torvalla", "Odensala", "Hallen/Marieby", "Orrviken"]
DISTRICT_W = [22, 20, 14, 8, 12, 9, 8, 7]
OFFICERS = ["Anna Bergström", "Jonas Hellgren", "Maria Sjödin", "Erik Norlin", "Sara Lindqvist"]
OFFICER_W = [26, 20, 24, 14, 16]


def bygglov_rows():
    rng = random.Random(123)
    types = []
    for name, n, days, fee in CASE_TYPES:
        types += [(name, days, fee)] * n
    rng.shuffle(types)
    start = date(2024, 1, 2)
    received = sorted(start + timedelta(days=rng.randrange(0, 363)) for _ in types)
    rows = []
    for i, ((name, (dlo, dhi), (flo, fhi)), inkom) in enumerate(zip(types, received), start=1):
        district = rng.choices(DISTRICTS, DISTRICT_W)[0]
        officer = rng.choices(OFFICERS, OFFICER_W)[0]
        days = rng.randint(dlo, dhi)
        decided = inkom + timedelta(days=days)
        r = rng.random()
        if name.startswith("Attefall"):
            outcome = "Startbesked" if r < 0.9 else "Avskrivet"
        elif name == "Rivningslov":
            outcome = "Beviljat" if r < 0.92 else "Avslag"
        else:
            outcome = "Beviljat" if r < 0.82 else ("Avslag" if r < 0.93 else "Avskrivet")
        fee = round(rng.randint(flo, fhi), -2)
        if outcome == "Avskrivet":
            fee = 0
        elif outcome == "Avslag":
            fee = round(fee * 0.5, -2)
        if decided > date(2024, 12, 31):
            rows.append([f"BYGG.2024.{i:04d}", inkom.isoformat(), "", name, district, officer, "Pågående", "", ""])
        else:
            rows.append([f"BYGG.2024.{i:04d}", inkom.isoformat(), decided.isoformat(), name, district, officer,
                         outcome, str(days), str(fee)])
    return rows


BYGG_HEADER = ["Diarienummer", "Inkom", "Beslutsdatum", "Ärendetyp", "Kommundel", "Handläggare", "Beslut",
               "Handläggningstid (dagar)", "Avgift (kr)"]


def write_bygglov(out: Path) -> None:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(BYGG_HEADER)
    w.writerows(bygglov_rows())
    (out / "bygglov_arenden_ostersund_2024.csv").write_bytes(buf.getvalue().encode("utf-8-sig"))


# ---------------------------------------------------------------------------
# 5. Migrationsverket – first-time work permits by occupation and citizenship
# ---------------------------------------------------------------------------
PERMIT_GROUPS = [
    ("2 Yrken med krav på fördjupad högskolekompetens", [
        ("2121 Mjukvaru- och systemutvecklare m.fl.", 5124, 4380, 3512, 1021),
        ("2142 Civilingenjörsyrken inom bygg och anläggning", 612, 574, 498, 131),
        ("2149 Övriga civilingenjörsyrken", 1348, 1266, 1104, 287),
        ("2211 Specialistläkare", 386, 412, 455, 188),
        ("2221 Grundutbildade sjuksköterskor", 164, 203, 247, 196),
        ("Övriga yrken inom området", 2051, 1968, 1802, 640),
    ]),
    ("5 Yrken inom service, omsorg och försäljning", [
        ("5120 Kockar och kallskänkor", 1736, 1482, 1037, 228),
        ("5321 Undersköterskor, hemtjänst, hemsjukvård och äldreboende", 214, 276, 341, 259),
        ("Övriga yrken inom området", 689, 622, 548, 264),
    ]),
    ("7 Yrken inom byggverksamhet och tillverkning", [
        ("7112 Murare m.fl.", 402, 356, 281, 3),
        ("7231 Motorfordonsmekaniker och fordonsreparatörer", 318, 334, 297, 6),
        ("Övriga yrken inom området", 1167, 1042, 918, 74),
    ]),
    ("8 Yrken inom maskinell tillverkning och transport m.m.", [
        ("8331 Buss- och spårvagnsförare", 142, 238, 305, 41),
        ("8332 Lastbilsförare m.fl.", 611, 588, 442, 12),
        ("Övriga yrken inom området", 734, 702, 655, 139),
    ]),
    ("9 Yrken med krav på kortare utbildning eller introduktion", [
        ("9111 Städare", 1205, 1012, 684, 317),
        ("9211 Bärplockare och plantskolearbetare m.fl.", 6102, 4871, 3925, 1472),
        ("9412 Restaurang- och köksbiträden m.fl.", 742, 603, 418, 136),
        ("Övriga yrken inom området", 512, 468, 401, 128),
    ]),
    ("Övriga yrkesområden (1, 3, 4, 6)", []),
]
OTHER_AREAS = (2310, 2245, 2106, 702)
COUNTRIES = [  # 2022, 2023, 2024 – the "Övriga länder" row is derived so the totals match sheet Yrke
    ("Indien", 8420, 7512, 6204),
    ("Thailand", 6315, 5106, 4089),
    ("Turkiet", 2210, 2065, 1788),
    ("Kina", 1402, 1230, 1006),
    ("Iran", 1184, 1098, 947),
    ("Pakistan", 1033, 968, 812),
    ("Filippinerna", 742, 806, 851),
    ("Bangladesh", 708, 690, 574),
    ("USA", 684, 631, 598),
    ("Brasilien", 521, 487, 436),
]


def permit_totals():
    totals = [0, 0, 0, 0]
    subt = {}
    for g, occs in PERMIT_GROUPS:
        if not occs:
            vals = list(OTHER_AREAS)
        else:
            vals = [sum(o[k] for o in occs) for k in range(1, 5)]
        subt[g] = vals
        totals = [a + b for a, b in zip(totals, vals)]
    return subt, totals


def write_migration(out: Path) -> None:
    wb = Workbook()
    bold = Font(bold=True)
    ws = wb.active
    ws.title = "Yrke"
    ws["A1"] = "Beviljade förstagångstillstånd för arbete efter yrke (SSYK 2012), 2022–2024"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Hela riket. Arbetstagare, exklusive anhöriga och säsongsarbete inom EU-regler. Antal beslut."
    header = ["Yrke (SSYK 2012)", "2022", "2023", "2024", "varav kvinnor 2024", "Förändring 2023–2024, %"]
    for j, h in enumerate(header, start=1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = bold
        c.alignment = Alignment(wrap_text=True, horizontal="center" if j > 1 else "left")
    subt, totals = permit_totals()
    r = 5

    def put(row, label, vals, is_bold=False, indent=0):
        ws.cell(row=row, column=1, value=label).alignment = Alignment(indent=indent)
        for k, v in enumerate(vals):
            ws.cell(row=row, column=2 + k, value=v)
        ws.cell(row=row, column=6, value=round((vals[2] - vals[1]) / vals[1] * 100, 1))
        if is_bold:
            for c in range(1, 7):
                ws.cell(row=row, column=c).font = bold

    for g, occs in PERMIT_GROUPS:
        put(r, g, subt[g], is_bold=True)
        r += 1
        for o in occs:
            put(r, o[0], list(o[1:]), indent=2)
            r += 1
    put(r, "Totalt", totals, is_bold=True)
    ws.cell(row=r + 2, column=1, value="Yrkesområdesraderna (fetstil) är summan av yrkena under respektive område.")
    ws.cell(row=r + 3, column=1, value="Källa: Migrationsverket, beviljade arbetstillstånd. Uttag 2025-02-10.")
    ws.column_dimensions["A"].width = 62
    for c in "BCDEF":
        ws.column_dimensions[c].width = 13

    ws = wb.create_sheet("Medborgarskap")
    ws["A1"] = "Beviljade förstagångstillstånd för arbete efter medborgarskap, 2022–2024"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "De tio största medborgarskapen 2022. Arbetstagare, exklusive anhöriga."
    for j, h in enumerate(["Medborgarskap", "2022", "2023", "2024", "Andel 2024, %"], start=1):
        ws.cell(row=4, column=j, value=h).font = bold
    r = 5
    listed = [0, 0, 0]
    for name, *vals in COUNTRIES:
        ws.cell(row=r, column=1, value=name)
        for k, v in enumerate(vals):
            ws.cell(row=r, column=2 + k, value=v)
            listed[k] += v
        ws.cell(row=r, column=5, value=round(vals[2] / totals[2] * 100, 1))
        r += 1
    other = [totals[k] - listed[k] for k in range(3)]
    ws.cell(row=r, column=1, value="Övriga länder")
    for k, v in enumerate(other):
        ws.cell(row=r, column=2 + k, value=v)
    ws.cell(row=r, column=5, value=round(other[2] / totals[2] * 100, 1))
    r += 1
    ws.cell(row=r, column=1, value="Totalt").font = bold
    for k in range(3):
        ws.cell(row=r, column=2 + k, value=totals[k]).font = bold
    ws.cell(row=r, column=5, value=100.0).font = bold
    ws.column_dimensions["A"].width = 20

    ws = wb.create_sheet("Definitioner")
    for i, t in enumerate([
        "Förstagångstillstånd: första beviljade arbetstillstånd för en person, inte förlängningar.",
        "Yrke kodas enligt Standard för svensk yrkesklassificering (SSYK 2012) utifrån anställningserbjudandet.",
        "Säsongsarbete (t.ex. bärplockning) ingår när det gäller personer från länder utanför EU.",
        "Anhöriga till arbetstagare redovisas inte i denna tabell.",
    ], start=1):
        ws.cell(row=i, column=1, value=t)
    ws.column_dimensions["A"].width = 100
    wb.save(out / "migrationsverket_arbetstillstand_yrke_2022_2024.xlsx")


# ---------------------------------------------------------------------------
# 6. Skatteverket – ROT and RUT deductions per county, English long format
# ---------------------------------------------------------------------------
COUNTIES = [
    # code, name, population 2023, population 2024, rot rate 2023, rot rate 2024, rut rate 2023, rut rate 2024 (per 1 000),
    # average rot deduction (kr) 2023, 2024, average rut deduction 2023, 2024
    ("01", "Stockholms län", 2454821, 2467460, 92.4, 96.1, 168.2, 172.9, 12840, 13120, 7980, 8210),
    ("03", "Uppsala län", 403863, 406910, 101.8, 104.6, 121.5, 125.0, 12210, 12460, 6420, 6590),
    ("04", "Södermanlands län", 301601, 302920, 104.3, 106.2, 92.7, 95.4, 11640, 11830, 5810, 5960),
    ("05", "Östergötlands län", 469668, 472190, 103.1, 105.9, 98.6, 101.2, 11720, 11950, 5920, 6070),
    ("06", "Jönköpings län", 369410, 370820, 108.7, 110.3, 89.4, 91.8, 11480, 11690, 5640, 5780),
    ("07", "Kronobergs län", 203340, 204410, 105.2, 107.8, 86.1, 88.3, 11350, 11520, 5570, 5690),
    ("08", "Kalmar län", 246230, 246450, 111.6, 113.2, 84.9, 86.7, 11290, 11480, 5510, 5640),
    ("09", "Gotlands län", 61020, 61380, 118.4, 119.1, 79.3, 81.6, 12930, 13350, 5720, 5880),
    ("10", "Blekinge län", 156320, 156010, 106.8, 108.0, 83.2, 84.9, 11160, 11340, 5460, 5600),
    ("12", "Skåne län", 1414000, 1421780, 98.5, 101.4, 118.3, 121.6, 12050, 12310, 6610, 6780),
    ("13", "Hallands län", 340240, 342630, 116.9, 119.7, 123.8, 127.2, 12680, 12920, 6350, 6520),
    ("14", "Västra Götalands län", 1744620, 1753190, 103.4, 105.8, 119.6, 122.9, 12120, 12380, 6530, 6700),
    ("17", "Värmlands län", 283200, 283560, 107.1, 108.9, 80.4, 82.2, 11230, 11410, 5390, 5510),
    ("18", "Örebro län", 306790, 308050, 102.6, 104.1, 87.5, 89.9, 11370, 11560, 5550, 5690),
    ("19", "Västmanlands län", 279330, 280720, 103.9, 105.5, 90.8, 93.1, 11420, 11600, 5620, 5750),
    ("20", "Dalarnas län", 288390, 288050, 112.3, 113.6, 81.7, 83.5, 11310, 11470, 5430, 5560),
    ("21", "Gävleborgs län", 287690, 287380, 106.4, 107.2, 78.9, 80.6, 11190, 11340, 5380, 5490),
    ("22", "Västernorrlands län", 243840, 243320, 108.2, 109.0, 77.6, 79.1, 11250, 11390, 5350, 5470),
    ("23", "Jämtlands län", 132570, 132940, 113.7, 115.9, 76.2, 78.4, 11780, 12010, 5420, 5560),
    ("24", "Västerbottens län", 275810, 276780, 105.6, 107.4, 82.3, 84.7, 11410, 11620, 5470, 5600),
    ("25", "Norrbottens län", 249450, 248610, 109.8, 110.5, 79.8, 81.3, 11520, 11680, 5510, 5630),
]


def rotrut_rows():
    rows = []
    for year_idx, year in enumerate((2023, 2024)):
        for dtype, rate_i, avg_i in (("ROT", 4, 8), ("RUT", 6, 10)):
            nat_buy = 0
            nat_amt = 0
            nat_pop = 0
            county_rows = []
            for c in COUNTIES:
                pop = c[2 + year_idx]
                rate = c[rate_i + year_idx]
                avg = c[avg_i + year_idx]
                buyers = round(pop * rate / 1000)
                amount = buyers * avg  # kr
                nat_buy += buyers
                nat_amt += amount
                nat_pop += pop
                county_rows.append([str(year), c[0], c[1], dtype, buyers, round(amount / 1e6, 1),
                                    avg, round(buyers / pop * 1000, 1)])
            rows.append([str(year), "00", "Riket", dtype, nat_buy, round(nat_amt / 1e6, 1),
                         round(nat_amt / nat_buy), round(nat_buy / nat_pop * 1000, 1)])
            rows += county_rows
    return rows


def write_rotrut(out: Path) -> None:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["year", "county_code", "county", "deduction_type", "buyers", "amount_msek",
                "avg_deduction_sek", "buyers_per_1000_inhabitants"])
    for r in rotrut_rows():
        w.writerow([r[0], r[1], r[2], r[3], r[4], f"{r[5]:.1f}", r[6], f"{r[7]:.1f}"])
    (out / "skatteverket_rot_rut_per_lan_2023_2024.csv").write_text(buf.getvalue(), encoding="utf-8")


def main() -> None:
    if len(sys.argv) != 2:
        print(__doc__.splitlines()[2])
        sys.exit(2)
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    write_jordbruk(out)
    write_trafik(out)
    write_csn(out)
    write_bygglov(out)
    write_migration(out)
    write_rotrut(out)
    for p in sorted(out.iterdir()):
        print(p.name, p.stat().st_size)


if __name__ == "__main__":
    main()
