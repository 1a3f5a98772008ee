"""Skapar sex statistikexporter (runda 111) i en given mapp.

Användning:  python r111_make_files.py UTMAPP

Filer:
  1. kolada_dalarna_arbetsloshet_utbildning.csv  – Kolada-export i långt format (KPI-ID, KPI, Kommun-ID,
     Kommun, År, Kön, Värde, Status), UTF-8 med BOM, semikolon, decimalkomma, län/riket med
     ledande nolla i koden, några tomma värden.
  2. scb_medianinkomst_vasternorrland.csv – SCB/PxWeb-liknande CSV i Windows-1252 med titelrad,
     regionkod framför namnet ("2281 Sundsvall"), citerade tusental med mellanslag ("55 217"),
     tkr med decimalkomma, fotnot/källa längst ned.
  3. af_inskrivna_orebro_lan_okt2024.xlsx – rubrikraden på rad 5 efter "logga", titel och
     anmärkningar; dolda tomma kolumner mellan datakolumnerna; procent som text "8,1 %";
     undertryckta värden "..".
  4. af_program_vastra_gotaland_sep2024.xlsx – deltagare i program per programtyp, "Totalt"-raden
     överst, indragna "varav"-rader, förändring mot året innan som text med unicode-minus.
  5. lageti_lanet_jamtland_2024.pdf – kort rapport (2 sidor) med en linjerad nyckeltalstabell per
     kommun, negativa tal med tankstreck ("–0,8") och löptext om vilken kommun som är högst/lägst.
  6. beviljade_projekt_rum_vasterbotten_2024.xlsx – projektregister på radnivå (ett projekt per rad)
     med titelrader, autofilter, datum, belopp som tal men några som text "780 000 kr" och en
     summarad längst ned.
"""
import csv
import datetime as dt
import io
import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter


def sv(x, dec=1):
    """Svensk decimal: 7.4 -> '7,4'."""
    return f"{x:.{dec}f}".replace(".", ",")


def thousands(n):
    return f"{n:,}".replace(",", " ")


# ---------------------------------------------------------------------------------------------
# 1. Kolada, långt format
# ---------------------------------------------------------------------------------------------
DALARNA = [
    ("2021", "Vansbro"), ("2023", "Malung-Sälen"), ("2026", "Gagnef"), ("2029", "Leksand"),
    ("2031", "Rättvik"), ("2034", "Orsa"), ("2039", "Älvdalen"), ("2061", "Smedjebacken"),
    ("2062", "Mora"), ("2080", "Falun"), ("2081", "Borlänge"), ("2082", "Säter"),
    ("2083", "Hedemora"), ("2084", "Avesta"), ("2085", "Ludvika"),
    ("0020", "Region Dalarna"), ("0000", "Riket"),
]
# arbetslöshet 16-64 år, total per år 2021, 2022, 2023 och könsskillnad (män - kvinnor)/2
UNEMP = {
    "Vansbro": ((5.9, 5.1, 5.4), 0.4), "Malung-Sälen": ((4.2, 3.6, 3.8), 0.3),
    "Gagnef": ((3.9, 3.3, 3.5), 0.2), "Leksand": ((4.1, 3.5, 3.7), 0.3),
    "Rättvik": ((5.0, 4.4, 4.6), 0.5), "Orsa": ((6.2, 5.5, 5.8), 0.6),
    "Älvdalen": ((4.8, 4.0, 4.3), 0.7), "Smedjebacken": ((6.8, 6.1, 6.5), 0.4),
    "Mora": ((5.3, 4.6, 4.9), 0.3), "Falun": ((5.6, 4.9, 5.1), 0.2),
    "Borlänge": ((9.4, 8.6, 9.1), -0.3), "Säter": ((4.6, 4.0, 4.2), 0.2),
    "Hedemora": ((8.1, 7.3, 7.7), 0.5), "Avesta": ((9.8, 8.9, 9.3), 0.4),
    "Ludvika": ((8.7, 7.8, 8.2), 0.6), "Region Dalarna": ((6.6, 5.9, 6.2), 0.3),
    "Riket": ((6.9, 6.3, 6.6), 0.2),
}
# eftergymnasial utbildning 25-64 år, total per år och (kvinnor - total, total - män)
EDU = {
    "Vansbro": ((27.1, 27.6, 28.0), (7.9, 7.2)), "Malung-Sälen": ((28.4, 28.9, 29.5), (8.3, 7.6)),
    "Gagnef": ((33.5, 34.2, 34.8), (8.8, 8.1)), "Leksand": ((38.9, 39.5, 40.1), (8.4, 8.0)),
    "Rättvik": ((32.2, 32.8, 33.1), (9.1, 8.7)), "Orsa": ((29.8, 30.1, 30.7), (8.6, 8.2)),
    "Älvdalen": ((25.6, 26.0, 26.3), (9.4, 8.1)), "Smedjebacken": ((27.9, 28.5, 28.9), (8.0, 7.7)),
    "Mora": ((35.6, 36.1, 36.8), (8.7, 8.4)), "Falun": ((47.2, 47.9, 48.6), (7.7, 7.8)),
    "Borlänge": ((37.4, 38.0, 38.5), (7.3, 7.0)), "Säter": ((32.1, 32.7, 33.2), (8.9, 8.3)),
    "Hedemora": ((28.3, 28.9, 29.2), (8.1, 7.6)), "Avesta": ((26.4, 26.9, 27.4), (7.5, 7.2)),
    "Ludvika": ((30.7, 31.2, 31.6), (8.2, 7.9)), "Region Dalarna": ((36.2, 36.8, 37.4), (8.2, 7.9)),
    "Riket": ((44.1, 44.8, 45.5), (7.4, 7.3)),
}
KPIS = [
    ("N03937", "Arbetslöshet 16-64 år, andel (%) av befolkningen", UNEMP),
    ("N01982", "Invånare 25-64 år med eftergymnasial utbildning, andel (%)", EDU),
]
YEARS = (2021, 2022, 2023)
MISSING = {("N03937", "Älvdalen", 2021, "K"), ("N03937", "Älvdalen", 2021, "M"),
           ("N01982", "Vansbro", 2023, "M")}


def make_kolada(out: Path):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    w.writerow(["KPI-ID", "KPI", "Kommun-ID", "Kommun", "År", "Kön", "Värde", "Status"])
    for kpi_id, kpi_name, data in KPIS:
        for code, name in DALARNA:
            vals, g = data[name]
            for yi, year in enumerate(YEARS):
                t = vals[yi]
                if kpi_id == "N03937":
                    k, m = t - g, t + g
                else:
                    k, m = t + g[0], t - g[1]
                for kon, v in (("T", t), ("K", k), ("M", m)):
                    if (kpi_id, name, year, kon) in MISSING:
                        w.writerow([kpi_id, kpi_name, code, name, year, kon, "", "Saknas"])
                    else:
                        w.writerow([kpi_id, kpi_name, code, name, year, kon, sv(round(v, 1)), ""])
    (out / "kolada_dalarna_arbetsloshet_utbildning.csv").write_bytes(
        "\ufeff".encode("utf-8") + buf.getvalue().encode("utf-8"))


# ---------------------------------------------------------------------------------------------
# 2. SCB medianinkomst, Windows-1252
# ---------------------------------------------------------------------------------------------
SCB_ROWS = [
    ("2260 Ånge", 4812, 298.4, 311.2, 326.9),
    ("2262 Timrå", 9874, 331.7, 344.0, 359.8),
    ("2280 Härnösand", 13406, 318.9, 330.5, 346.1),
    ("2281 Sundsvall", 55217, 342.6, 355.9, 372.4),
    ("2282 Kramfors", 9105, 304.2, 316.8, 331.5),
    ("2283 Sollefteå", 9981, 299.7, 310.1, 324.2),
    ("2284 Örnsköldsvik", 30468, 345.1, 358.3, 375.0),
]


def make_scb(out: Path):
    rows = list(SCB_ROWS)
    tot = sum(r[1] for r in rows)
    rows.append(("22 Västernorrlands län", tot, 331.5, 343.8, 359.6))
    rows.append(("00 Riket", 5802115, 343.9, 357.2, 374.3))
    lines = ['"Sammanräknad förvärvsinkomst för boende i Sverige den 31/12 resp. år, 20-64 år, '
             'efter region, tabellinnehåll och år"', ""]
    hdr = ["region", "Antal personer 2023", "Medianinkomst, tkr 2021", "Medianinkomst, tkr 2022",
           "Medianinkomst, tkr 2023"]
    lines.append(";".join(f'"{h}"' for h in hdr))
    for name, n, a, b, c in rows:
        lines.append(";".join([f'"{name}"', f'"{thousands(n)}"', sv(a), sv(b), sv(c)]))
    lines += ["", '"Källa: SCB, Inkomst- och taxeringsregistret (IoT). Uttaget 2025-02-03."',
              '"Anm: Medianinkomst avser personer med sammanräknad förvärvsinkomst > 0 kr."']
    (out / "scb_medianinkomst_vasternorrland.csv").write_bytes(
        ("\r\n".join(lines) + "\r\n").encode("cp1252"))


# ---------------------------------------------------------------------------------------------
# 3. AF inskrivna arbetslösa, Örebro län – rubrik på rad 5, dolda tomma kolumner
# ---------------------------------------------------------------------------------------------
AF_OREBRO = [
    ("Askersund", 412, 6.1, 58, 9.8), ("Degerfors", 398, 8.9, 61, 14.2),
    ("Hallsberg", 611, 7.4, 87, 11.6), ("Hällefors", 352, 11.3, 44, 15.9),
    ("Karlskoga", 1498, 9.2, 203, 13.1), ("Kumla", 806, 6.3, 109, 8.7),
    ("Laxå", 246, 9.7, 33, 13.8), ("Lekeberg", 161, 3.9, 19, 5.0),
    ("Lindesberg", 1127, 9.4, 148, 12.9), ("Ljusnarsberg", 214, 12.1, None, None),
    ("Nora", 343, 6.8, 41, 9.2), ("Örebro", 7264, 8.1, 986, 10.4),
]
LJUSNARSBERG_UNGA_DOLT = 4   # ingår i länets summa men redovisas inte


def make_af_orebro(out: Path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Kommuner"
    ws["A1"] = "Arbetsförmedlingen"
    ws["A1"].font = Font(size=18, bold=True, color="00336A")
    ws["A2"] = ("Inskrivna arbetslösa 16–64 år och unga 18–24 år per kommun, Örebro län, "
                "oktober 2024. Andel av den registerbaserade arbetskraften.")
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Statistikdatum: 2024-10-31   Publicerad: 2024-11-12"
    ws["A4"] = "Anm: Uppgifter som bygger på färre än 5 personer redovisas inte (..)."
    ws["A4"].font = Font(italic=True, size=9)
    hdr = {1: "Kommun", 2: "Inskrivna arbetslösa, antal", 4: "Andel av arbetskraften",
           6: "Varav unga 18–24 år, antal", 8: "Andel av arbetskraften 18–24 år"}
    fill = PatternFill("solid", fgColor="DCE6F1")
    for c in range(1, 9):
        cell = ws.cell(row=5, column=c, value=hdr.get(c))
        cell.font = Font(bold=True)
        cell.fill = fill
        cell.alignment = Alignment(wrap_text=True)
    r = 6
    for name, n, p, nu, pu in AF_OREBRO:
        ws.cell(row=r, column=1, value=name)
        ws.cell(row=r, column=2, value=n).number_format = "# ##0"
        ws.cell(row=r, column=4, value=f"{sv(p)} %")
        ws.cell(row=r, column=6, value=nu if nu is not None else "..")
        ws.cell(row=r, column=8, value=f"{sv(pu)} %" if pu is not None else "..")
        r += 1
    tot = sum(x[1] for x in AF_OREBRO)
    tot_u = sum(x[3] for x in AF_OREBRO if x[3] is not None) + LJUSNARSBERG_UNGA_DOLT
    ws.cell(row=r, column=1, value="Örebro län").font = Font(bold=True)
    ws.cell(row=r, column=2, value=tot).font = Font(bold=True)
    ws.cell(row=r, column=4, value="8,2 %")
    ws.cell(row=r, column=6, value=tot_u)
    ws.cell(row=r, column=8, value="11,0 %")
    ws.cell(row=r + 2, column=1, value="Källa: Arbetsförmedlingen, månadsstatistik.")
    for col in (3, 5, 7):
        ws.column_dimensions[get_column_letter(col)].hidden = True
        ws.column_dimensions[get_column_letter(col)].width = 2
    ws.column_dimensions["A"].width = 16
    for col in ("B", "D", "F", "H"):
        ws.column_dimensions[col].width = 18
    wb.save(out / "af_inskrivna_orebro_lan_okt2024.xlsx")


# ---------------------------------------------------------------------------------------------
# 4. AF deltagare i program, Västra Götalands län, september 2024
# ---------------------------------------------------------------------------------------------
# (program, kvinnor, män, förändring totalt mot sep 2023, är varav-rad)
AF_PROG = [
    ("Arbetsmarknadsutbildning", 1842, 2615, 284, False),
    ("varav yrkesinriktad arbetsmarknadsutbildning", 1503, 2208, 241, True),
    ("Arbetspraktik", 412, 538, -61, False),
    ("Förberedande utbildning", 2356, 2087, 512, False),
    ("Projekt med arbetsmarknadspolitisk inriktning", 187, 164, -23, False),
    ("Stöd till start av näringsverksamhet", 203, 341, 17, False),
    ("Jobb- och utvecklingsgarantin", 9874, 8912, 1406, False),
    ("varav 55 år och äldre", 3102, 2877, 388, True),
    ("Jobbgarantin för ungdomar", 1967, 2748, 398, False),
    ("Etableringsprogrammet", 2411, 1530, -274, False),
]


def fmt_change(x):
    return ("+" if x > 0 else "\u2212" if x < 0 else "") + thousands(abs(x))


def make_af_program(out: Path):
    wb = Workbook()
    ws = wb.active
    ws.title = "sep 2024"
    ws["A1"] = "Deltagare i program med aktivitetsstöd per programtyp och kön"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Västra Götalands län, september 2024 (antal vid månadens slut)"
    hdr = ["Program", "Kvinnor", "Män", "Totalt", "Andel kvinnor, %", "Förändring totalt mot sep 2023"]
    for c, h in enumerate(hdr, 1):
        ws.cell(row=4, column=c, value=h).font = Font(bold=True)
    main = [p for p in AF_PROG if not p[4]]
    k = sum(p[1] for p in main)
    m = sum(p[2] for p in main)
    ch = sum(p[3] for p in main)
    rows = [("Totalt", k, m, ch, False)] + [(p[0], p[1], p[2], p[3], p[4]) for p in AF_PROG]
    r = 5
    for name, kv, ma, chg, varav in rows:
        c1 = ws.cell(row=r, column=1, value=("    " + name) if varav else name)
        if varav:
            c1.alignment = Alignment(indent=2)
            c1.font = Font(italic=True)
        if name == "Totalt":
            c1.font = Font(bold=True)
        ws.cell(row=r, column=2, value=kv).number_format = "# ##0"
        ws.cell(row=r, column=3, value=ma).number_format = "# ##0"
        ws.cell(row=r, column=4, value=kv + ma).number_format = "# ##0"
        ws.cell(row=r, column=5, value=round(100 * kv / (kv + ma), 1)).number_format = "0.0"
        ws.cell(row=r, column=6, value=fmt_change(chg))
        r += 1
    ws.cell(row=r + 1, column=1, value="Anm: varav-rader ingår i raden ovanför och ska inte summeras.")
    ws.cell(row=r + 2, column=1, value="Källa: Arbetsförmedlingen")
    ws.column_dimensions["A"].width = 48
    for col in "BCDEF":
        ws.column_dimensions[col].width = 14
    wb.save(out / "af_program_vastra_gotaland_sep2024.xlsx")


# ---------------------------------------------------------------------------------------------
# 5. PDF: Läget i länet, Jämtland
# ---------------------------------------------------------------------------------------------
JAMT = [
    ("Berg", 6912, -0.8, 83.1, 30.4), ("Bräcke", 6187, -1.2, 80.6, 24.9),
    ("Härjedalen", 9934, -0.4, 84.7, 27.3), ("Krokom", 15322, 0.9, 85.9, 38.6),
    ("Ragunda", 5238, -1.5, 78.4, 23.1), ("Strömsund", 11413, -1.1, 80.9, 25.6),
    ("Åre", 12410, 2.3, 86.8, 41.2), ("Östersund", 64705, 0.6, 82.7, 49.8),
]


def make_pdf(out: Path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                    TableStyle)

    def signed(x):
        return ("–" if x < 0 else "") + sv(abs(x))

    st = getSampleStyleSheet()
    doc = SimpleDocTemplate(str(out / "lageti_lanet_jamtland_2024.pdf"), pagesize=A4,
                            title="Läget i länet 2024 – Jämtlands län",
                            author="Region Jämtland Härjedalen, Regional utveckling",
                            leftMargin=2.2 * cm, rightMargin=2.2 * cm)

    def footer(canvas, d):
        canvas.setFont("Helvetica", 8)
        canvas.drawString(2.2 * cm, 1.3 * cm, "Region Jämtland Härjedalen – Läget i länet 2024")
        canvas.drawRightString(A4[0] - 2.2 * cm, 1.3 * cm, f"Sida {d.page}")

    story = [
        Paragraph("Läget i länet 2024", st["Title"]),
        Paragraph("Regional utveckling, Region Jämtland Härjedalen. Maj 2024.", st["Normal"]),
        Spacer(1, 12),
        Paragraph("Sammanfattning", st["Heading2"]),
        Paragraph(
            "Jämtlands län hade vid utgången av 2023 drygt 132 000 invånare. Befolkningen ökade "
            "något under året, men ökningen är koncentrerad till Östersund, Krokom och Åre. "
            "Inlandskommunerna fortsätter att tappa invånare, främst genom ett födelseunderskott "
            "som inte vägs upp av inflyttningen.", st["Normal"]),
        Spacer(1, 8),
        Paragraph(
            "Arbetsmarknaden i länet är fortsatt stark. Förvärvsfrekvensen bland invånare 20–64 år "
            "ligger över riksgenomsnittet, och arbetslösheten är bland de lägsta i landet. "
            "Samtidigt är kompetensförsörjningen en växande utmaning, särskilt inom vård, omsorg "
            "och besöksnäring.", st["Normal"]),
        Spacer(1, 8),
        Paragraph("Om rapporten", st["Heading2"]),
        Paragraph(
            "Rapporten bygger på SCB:s befolkningsstatistik och registerbaserade "
            "arbetsmarknadsstatistik (RAMS/BAS). Uppgifterna om förvärvsfrekvens och "
            "utbildningsnivå avser 2022, det senaste år som fanns tillgängligt vid publiceringen, "
            "medan folkmängden avser den 31 december 2023.", st["Normal"]),
        PageBreak(),
        Paragraph("Nyckeltal per kommun", st["Heading2"]),
        Paragraph("Tabell 1. Nyckeltal per kommun, Jämtlands län", st["Normal"]),
        Spacer(1, 6),
    ]
    data = [["Kommun", "Folkmängd\n31 dec 2023", "Förändring\n2022–2023, %",
             "Förvärvsfrekvens\n20–64 år, %", "Eftergymnasial\nutbildning 25–64 år, %"]]
    for name, pop, chg, ff, edu in JAMT:
        data.append([name, thousands(pop), signed(chg), sv(ff), sv(edu)])
    data.append(["Jämtlands län", thousands(sum(x[1] for x in JAMT)), sv(0.3), sv(83.5), sv(40.1)])
    t = Table(data, colWidths=[3.4 * cm, 2.8 * cm, 3.0 * cm, 3.4 * cm, 4.0 * cm])
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCE6F1")),
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold"),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
    ]))
    story += [t, Spacer(1, 4),
              Paragraph("Källa: SCB. Förvärvsfrekvens och utbildningsnivå avser 2022.", st["Italic"]),
              Spacer(1, 10),
              Paragraph("Kommentar", st["Heading3"]),
              Paragraph(
                  "Högst förvärvsfrekvens i länet har Åre med 86,8 procent, följt av Krokom med "
                  "85,9 procent. Lägst förvärvsfrekvens har Ragunda, 78,4 procent. Åre hade också "
                  "den största relativa befolkningsökningen under 2023. Befolkningen minskade i fem "
                  "av länets åtta kommuner; störst var minskningen i Ragunda. Andelen med "
                  "eftergymnasial utbildning är högst i Östersund, knappt hälften av "
                  "befolkningen 25–64 år.", st["Normal"])]
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


# ---------------------------------------------------------------------------------------------
# 6. Projektregister, regionala utvecklingsmedel Västerbotten
# ---------------------------------------------------------------------------------------------
PROJ = [
    ("RUN 2024/112", "Kompetenslyft Norra Lappland", "Lycksele kommun", "Lycksele", "Kompetensförsörjning", 1250000, 2600000, "2024-03-01", "2026-02-28", "Pågående"),
    ("RUN 2024/118", "Smart industri Skellefteå", "Skellefteå Science City AB", "Skellefteå", "Innovation och företagande", 3400000, 7100000, "2024-04-01", "2027-03-31", "Pågående"),
    ("RUN 2024/121", "Vård i glesbygd 2.0", "Region Västerbotten", "Storuman", "Kompetensförsörjning", 2150000, 4300000, "2024-04-15", "2026-12-31", "Pågående"),
    ("RUN 2024/127", "Besöksnäring Vilhelmina fjäll", "Vilhelmina kommun", "Vilhelmina", "Attraktiva miljöer", 780000, 1600000, "2024-05-01", "2025-10-31", "Pågående"),
    ("RUN 2024/133", "Umeå Green Tech Hub", "Uminova Innovation AB", "Umeå", "Innovation och företagande", 4200000, 9800000, "2024-05-01", "2027-04-30", "Pågående"),
    ("RUN 2024/140", "Laddinfrastruktur inlandet", "Inlandskommunerna ekonomisk förening", "Sorsele", "Tillgänglighet", 1900000, 3850000, "2024-06-01", "2026-05-31", "Pågående"),
    ("RUN 2024/144", "Unga entreprenörer Umeå", "Ung Företagsamhet Västerbotten", "Umeå", "Innovation och företagande", 650000, 1300000, "2024-06-01", "2025-06-30", "Pågående"),
    ("RUN 2024/151", "Validering inom industrin", "Skellefteå kommun", "Skellefteå", "Kompetensförsörjning", 1720000, 3440000, "2024-08-15", "2026-08-14", "Pågående"),
    ("RUN 2024/156", "Kollektivtrafik på landsbygden", "Länstrafiken i Västerbotten AB", "Vindeln", "Tillgänglighet", 1100000, 2200000, "2024-09-01", "2026-08-31", "Pågående"),
    ("RUN 2024/162", "Campus Lycksele – lärcentrum", "Lycksele kommun", "Lycksele", "Kompetensförsörjning", 960000, 1920000, "2024-09-01", "2026-06-30", "Pågående"),
    ("RUN 2024/167", "Kulturmiljö Norsjö", "Norsjö kommun", "Norsjö", "Attraktiva miljöer", 420000, 850000, "2024-09-15", "2025-12-31", "Pågående"),
    ("RUN 2024/171", "AI för SMF", "Umeå universitet", "Umeå", "Innovation och företagande", 2800000, 5900000, "2024-10-01", "2027-09-30", "Pågående"),
    ("RUN 2024/178", "Bredband sista milen Åsele", "Åsele kommun", "Åsele", "Tillgänglighet", 1350000, 2700000, "2024-10-01", "2026-09-30", "Pågående"),
    ("RUN 2024/183", "Kompetensplattform Västerbotten", "Region Västerbotten", "Umeå", "Kompetensförsörjning", 2500000, 5000000, "2024-10-15", "2027-10-14", "Pågående"),
    ("RUN 2024/189", "Levande centrum Vännäs", "Vännäs kommun", "Vännäs", "Attraktiva miljöer", 530000, 1060000, "2024-11-01", "2025-12-31", "Pågående"),
    ("RUN 2024/194", "Batterikompetens Norr", "Skellefteå kommun", "Skellefteå", "Kompetensförsörjning", 3100000, 6400000, "2024-11-01", "2027-10-31", "Pågående"),
    ("RUN 2024/198", "Matproduktion Dorotea", "Dorotea kommun", "Dorotea", "Innovation och företagande", 610000, 1240000, "2024-11-15", "2026-11-14", "Avbrutet"),
    ("RUN 2024/203", "Cykelstråk Nordmaling", "Nordmaling kommun", "Nordmaling", "Tillgänglighet", 890000, 1780000, "2024-12-01", "2026-06-30", "Pågående"),
]
AMOUNT_AS_TEXT = {"RUN 2024/127", "RUN 2024/167", "RUN 2024/189"}


def make_projects(out: Path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Beviljade 2024"
    ws["A1"] = "Beviljade projekt 2024 – regionala utvecklingsmedel (anslag 1:1), Region Västerbotten"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uttag ur ärendesystemet 2025-01-15. Belopp i kronor."
    hdr = ["Diarienr", "Projektnamn", "Stödmottagare", "Kommun", "Insatsområde",
           "Beviljat belopp (kr)", "Total projektbudget (kr)", "Projektstart", "Projektslut", "Status"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
    r = 5
    for p in PROJ:
        for c, v in enumerate(p, 1):
            if c in (8, 9):
                v = dt.datetime.strptime(v, "%Y-%m-%d")
            if c == 6 and p[0] in AMOUNT_AS_TEXT:
                v = f"{thousands(v)} kr"
            cell = ws.cell(row=r, column=c, value=v)
            if c in (6, 7) and isinstance(v, int):
                cell.number_format = "# ##0"
            if c in (8, 9):
                cell.number_format = "yyyy-mm-dd"
        r += 1
    ws.auto_filter.ref = f"A4:J{r - 1}"
    ws.freeze_panes = "A5"
    ws.cell(row=r, column=1, value="Summa").font = Font(bold=True)
    ws.cell(row=r, column=6, value=sum(p[5] for p in PROJ)).number_format = "# ##0"
    ws.cell(row=r, column=7, value=sum(p[6] for p in PROJ)).number_format = "# ##0"
    widths = [14, 34, 34, 12, 26, 18, 20, 12, 12, 10]
    for i, wdt in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = wdt
    wb.save(out / "beviljade_projekt_rum_vasterbotten_2024.xlsx")


def main():
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "knowledge")
    out.mkdir(parents=True, exist_ok=True)
    make_kolada(out)
    make_scb(out)
    make_af_orebro(out)
    make_af_program(out)
    make_pdf(out)
    make_projects(out)
    for f in sorted(out.iterdir()):
        print(f.name, f.stat().st_size)


if __name__ == "__main__":
    main()
