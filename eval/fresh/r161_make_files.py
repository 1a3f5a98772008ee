#!/usr/bin/env python3
"""r161: six Swedish statistics exports for QA evaluation.

Usage: python r161_make_files.py [OUT_DIR]   (default ./out)
Writes only inside OUT_DIR.
"""
import os
import random
import sys

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

OUT = sys.argv[1] if len(sys.argv) > 1 else "./out"
os.makedirs(OUT, exist_ok=True)


def sv(x, nd=1):
    """Swedish decimal comma."""
    return f"{x:.{nd}f}".replace(".", ",")


def split_int(total, weights):
    """Split integer total by weights, largest remainder, exact sum."""
    s = sum(weights)
    raw = [total * w / s for w in weights]
    base = [int(r) for r in raw]
    rest = total - sum(base)
    order = sorted(range(len(raw)), key=lambda i: -(raw[i] - base[i]))
    for i in order[:rest]:
        base[i] += 1
    return base


# =====================================================================
# 1. Socialstyrelsen-style long CSV: ekonomiskt bistånd, urval Skåne
#    UTF-8 with BOM, semicolons, CRLF, decimal commas, "..", title & notes
# =====================================================================
def data_bistand():
    years = [2023, 2024, 2025]
    # code, name, pop per year, share % per year, persons per household, tkr per household per year, months
    munis = [
        ("1256", "Östra Göinge", (15210, 15290, 15360), (4.2, 4.4, 4.5), 2.25, (58.4, 62.1, 65.0), (6.8, 6.9, 7.1)),
        ("1260", "Bjuv", (16120, 16260, 16410), (5.0, 5.2, 5.4), 2.30, (63.5, 67.2, 70.4), (7.4, 7.6, 7.7)),
        ("1272", "Bromölla", (12760, 12790, 12830), (3.5, 3.6, 3.4), 2.05, (55.2, 58.8, 60.9), (6.1, 6.3, 6.2)),
        ("1273", "Osby", (13210, 13240, 13290), (2.9, 3.0, 3.1), 2.00, (52.7, 55.9, 58.3), (5.9, 6.0, 6.2)),
        ("1275", "Perstorp", (7510, 7530, 7560), (5.6, 5.9, 6.2), 2.20, (60.1, 64.4, 68.6), (7.0, 7.3, 7.5)),
        ("1276", "Klippan", (17860, 17940, 18010), (4.3, 4.4, 4.6), 2.15, (59.3, 62.5, 66.1), (6.9, 7.0, 7.2)),
        ("1277", "Åstorp", (16310, 16460, 16560), (5.1, 5.3, 5.6), 2.35, (64.2, 68.0, 71.9), (7.5, 7.7, 7.9)),
        ("1282", "Landskrona", (46320, 46510, 46720), (6.0, 6.1, 6.0), 2.25, (66.8, 71.5, 75.2), (7.9, 8.1, 8.2)),
        ("1290", "Kristianstad", (86480, 86990, 87420), (3.9, 4.0, 4.1), 2.10, (61.0, 64.7, 68.3), (6.7, 6.8, 7.0)),
        ("1293", "Hässleholm", (52790, 53010, 53120), (3.1, 3.2, 3.2), 2.05, (57.6, 60.8, 63.9), (6.4, 6.5, 6.6)),
        ("12", "Skåne län", (1402300, 1413900, 1421600), (4.2, 4.3, 4.4), 2.20, (63.9, 67.6, 71.0), (7.3, 7.4, 7.5)),
    ]
    rows = {}  # (measure, code, year) -> value (None for missing)
    for code, name, pops, shares, pph, tkr, months in munis:
        for i, y in enumerate(years):
            mott = round(pops[i] * shares[i] / 100)
            hh = round(mott / pph)
            utb = round(hh * tkr[i])
            rows[("hh", code, y)] = hh
            rows[("mott", code, y)] = mott
            rows[("utb", code, y)] = utb
            rows[("andel", code, y)] = round(mott / pops[i] * 100, 1)
            rows[("tid", code, y)] = months[i]
    rows[("utb", "1275", 2023)] = None        # Perstorp 2023 utbetalt saknas
    rows[("tid", "1256", 2024)] = None        # Östra Göinge 2024 biståndstid saknas
    return years, munis, rows


def make_bistand():
    years, munis, rows = data_bistand()
    measures = [
        ("hh", "Biståndshushåll, antal", 0),
        ("mott", "Biståndsmottagare (vuxna och barn), antal", 0),
        ("utb", "Utbetalt ekonomiskt bistånd, tkr (löpande priser)", 0),
        ("andel", "Andel av befolkningen med ekonomiskt bistånd, procent", 1),
        ("tid", "Genomsnittlig biståndstid per hushåll, månader", 1),
    ]
    lines = [
        "Statistikdatabas för ekonomiskt bistånd – årsstatistik;;;;",
        "Urval: 10 kommuner i Skåne län samt länet totalt. Uttag 2026-10-14;;;;",
        ";;;;",
        "Mått;Regionkod;Region;År;Värde",
    ]
    for key, label, nd in measures:
        for code, name, *_ in munis:
            for y in years:
                v = rows[(key, code, y)]
                txt = ".." if v is None else (str(v) if nd == 0 else sv(v, nd))
                lines.append(f"{label};{code};{name};{y};{txt}")
    lines += [
        ";;;;",
        "Förklaringar:;;;;",
        "\"..\" = uppgift saknas eller är för osäker för att redovisas.;;;;",
        "Skåne län avser samtliga 33 kommuner i länet och är inte summan av kommunerna i urvalet.;;;;",
        "Biståndsmottagare omfattar både vuxna och barn i hushållen. Biståndshushåll räknas en gång per år oavsett antal utbetalningar.;;;;",
        "Andel av befolkningen = biståndsmottagare i procent av folkmängden 31 december.;;;;",
        "Källa: Socialstyrelsen, statistik om ekonomiskt bistånd.;;;;",
    ]
    path = os.path.join(OUT, "ekonomiskt_bistand_skane_urval_2023-2025.csv")
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# =====================================================================
# 2. SCB-style XLSX: sysselsättningsgrad efter födelseregion, Västernorrland
#    3-level merged header (år / födelseregion / kön), sheets per measure
# =====================================================================
def data_syss():
    # code, name, pop20-64 (2024), utrikes share, rates 2024: inr K, inr M, utr K, utr M ; 2023 deltas
    munis = [
        ("2260", "Ånge", 4480, 0.125, (84.0, 85.5, 55.0, 63.0), (-0.2, 0.3, -1.1, -0.6)),
        ("2262", "Timrå", 9760, 0.118, (85.8, 87.4, 60.2, 66.8), (-0.4, -0.1, -0.9, -1.3)),
        ("2280", "Härnösand", 13050, 0.165, (84.1, 85.0, 54.8, 61.5), (0.1, -0.3, -0.5, -1.2)),
        ("2281", "Sundsvall", 56400, 0.142, (86.3, 87.9, 62.5, 68.9), (-0.2, 0.2, -0.8, -0.7)),
        ("2282", "Kramfors", 8950, 0.150, (83.2, 85.1, 50.9, 58.4), (-0.5, -0.2, -2.4, -1.9)),
        ("2283", "Sollefteå", 9350, 0.147, (84.5, 86.0, 53.1, 60.7), (0.2, -0.4, -1.6, -0.8)),
        ("2284", "Örnsköldsvik", 30300, 0.108, (88.0, 89.6, 63.4, 70.2), (-0.3, 0.1, -1.0, -0.9)),
    ]
    riket = ("00", "Riket", 5931000, 0.253, (84.0, 86.3, 63.8, 71.9), (0.2, 0.1, -0.2, -0.3))
    fshare = {"inr": 0.482, "utr": 0.503}

    def build(pop_tot, ushare, rates, popscale, ushift):
        pop_tot = round(pop_tot * popscale)
        pu = round(pop_tot * (ushare + ushift))
        pi = pop_tot - pu
        pop = {}
        pop[("inr", "K")] = round(pi * fshare["inr"])
        pop[("inr", "M")] = pi - pop[("inr", "K")]
        pop[("utr", "K")] = round(pu * fshare["utr"])
        pop[("utr", "M")] = pu - pop[("utr", "K")]
        syss = {}
        for (b, s), r in zip([("inr", "K"), ("inr", "M"), ("utr", "K"), ("utr", "M")], rates):
            syss[(b, s)] = round(pop[(b, s)] * r / 100)
        return pop, syss

    data = {}  # year -> code -> (pop, syss)
    for yr in (2023, 2024):
        data[yr] = {}
        for code, name, ptot, ush, r24, d23 in munis + [riket]:
            if yr == 2024:
                rates, sc, shift = r24, 1.0, 0.0
            else:
                rates = tuple(a + b for a, b in zip(r24, d23))
                sc, shift = 0.996, -0.004
            data[yr][code] = build(ptot, ush, rates, sc, shift)
        # county = sum of municipalities
        pop = {}
        syss = {}
        for k in [("inr", "K"), ("inr", "M"), ("utr", "K"), ("utr", "M")]:
            pop[k] = sum(data[yr][c[0]][0][k] for c in munis)
            syss[k] = sum(data[yr][c[0]][1][k] for c in munis)
        data[yr]["22"] = (pop, syss)
    order = [(c[0], c[1]) for c in munis] + [("22", "Västernorrlands län"), ("00", "Riket")]
    return data, order


def full_table(pop, syss):
    """Return dict (born in inr/utr/tot, sex K/M/T) -> (pop, syss)."""
    out = {}
    for b in ("inr", "utr"):
        for s in ("K", "M"):
            out[(b, s)] = (pop[(b, s)], syss[(b, s)])
        out[(b, "T")] = (pop[(b, "K")] + pop[(b, "M")], syss[(b, "K")] + syss[(b, "M")])
    for s in ("K", "M", "T"):
        out[("tot", s)] = (out[("inr", s)][0] + out[("utr", s)][0], out[("inr", s)][1] + out[("utr", s)][1])
    return out


thin = Side(style="thin", color="999999")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
HFILL = PatternFill("solid", fgColor="DCE6F1")
BOLD = Font(bold=True)


def make_syss():
    data, order = data_syss()
    wb = Workbook()
    ws0 = wb.active
    ws0.title = "Om statistiken"
    notes = [
        "Sysselsättning efter födelseregion och kön, 20–64 år, Västernorrlands län",
        "",
        "Källa: SCB, Befolkningens arbetsmarknadsstatus (BAS). Bearbetning: Region Västernorrland, Regional utveckling.",
        "Referensperiod: november respektive år. Ålder avser uppnådd ålder 31 december.",
        "",
        "Flikar:",
        "  Sysselsättningsgrad – andel sysselsatta i procent av befolkningen 20–64 år, 2023 och 2024",
        "  Antal sysselsatta 2024 – antal sysselsatta personer 20–64 år",
        "  Befolkning 20-64 2024 – folkmängd 20–64 år",
        "",
        "Inrikes födda = födda i Sverige. Utrikes födda = födda utomlands, oavsett medborgarskap.",
        "Länet = summan av länets sju kommuner. Sysselsättningsgraden är avrundad till en decimal.",
        "Publicerad 2025-12-10.",
    ]
    for i, t in enumerate(notes, 1):
        ws0.cell(row=i, column=1, value=t)
    ws0["A1"].font = Font(bold=True, size=13)
    ws0.column_dimensions["A"].width = 100

    groups = [("inr", "Inrikes födda"), ("utr", "Utrikes födda"), ("tot", "Samtliga")]
    sexes = [("K", "Kvinnor"), ("M", "Män"), ("T", "Totalt")]

    def header(ws, title, years, first_row=4):
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = "Källa: SCB, BAS. Bearbetning Region Västernorrland."
        ws["A2"].font = Font(italic=True)
        r0 = first_row
        nlev = 3 if len(years) > 1 else 2
        ws.cell(row=r0, column=1, value="Kod")
        ws.cell(row=r0, column=2, value="Region")
        ws.merge_cells(start_row=r0, start_column=1, end_row=r0 + nlev - 1, end_column=1)
        ws.merge_cells(start_row=r0, start_column=2, end_row=r0 + nlev - 1, end_column=2)
        col = 3
        for y in years:
            if nlev == 3:
                ws.cell(row=r0, column=col, value=str(y))
                ws.merge_cells(start_row=r0, start_column=col, end_row=r0, end_column=col + 8)
            for gi, (_, gname) in enumerate(groups):
                rr = r0 + nlev - 2
                c = col + gi * 3
                ws.cell(row=rr, column=c, value=gname)
                ws.merge_cells(start_row=rr, start_column=c, end_row=rr, end_column=c + 2)
                for si, (_, sname) in enumerate(sexes):
                    ws.cell(row=r0 + nlev - 1, column=c + si, value=sname)
            col += 9
        for r in range(r0, r0 + nlev):
            for c in range(1, col):
                cell = ws.cell(row=r, column=c)
                cell.font = BOLD
                cell.fill = HFILL
                cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
                cell.border = BORDER
        ws.column_dimensions["A"].width = 6
        ws.column_dimensions["B"].width = 22
        for c in range(3, col):
            ws.column_dimensions[get_column_letter(c)].width = 10
        return r0 + nlev

    # sheet: rates 2023 & 2024
    ws = wb.create_sheet("Sysselsättningsgrad")
    r = header(ws, "Sysselsättningsgrad 20–64 år efter födelseregion och kön, november 2023 och 2024. Procent", [2023, 2024])
    for code, name in order:
        ws.cell(row=r, column=1, value=code)
        ws.cell(row=r, column=2, value=name)
        col = 3
        for y in (2023, 2024):
            ft = full_table(*data[y][code])
            for b, _ in groups:
                for s, _ in sexes:
                    p, e = ft[(b, s)]
                    c = ws.cell(row=r, column=col, value=round(e / p * 100, 1))
                    c.number_format = "0.0"
                    c.border = BORDER
                    col += 1
        if code in ("22", "00"):
            for c in range(1, col):
                ws.cell(row=r, column=c).font = BOLD
        r += 1
    ws.cell(row=r + 1, column=1, value="Sysselsättningsgrad = antal sysselsatta i procent av befolkningen i respektive grupp.")
    ws.cell(row=r + 2, column=1, value="Uppgifterna för 2024 är de senast publicerade.")
    ws.freeze_panes = "C7"

    for key, sheetname, title in [
        (1, "Antal sysselsatta 2024", "Antal sysselsatta 20–64 år efter födelseregion och kön, november 2024"),
        (0, "Befolkning 20-64 2024", "Befolkning 20–64 år efter födelseregion och kön, november 2024"),
    ]:
        ws = wb.create_sheet(sheetname)
        r = header(ws, title, [2024])
        for code, name in order:
            ws.cell(row=r, column=1, value=code)
            ws.cell(row=r, column=2, value=name)
            ft = full_table(*data[2024][code])
            col = 3
            for b, _ in groups:
                for s, _ in sexes:
                    c = ws.cell(row=r, column=col, value=ft[(b, s)][key])
                    c.number_format = "#,##0"
                    c.border = BORDER
                    col += 1
            if code in ("22", "00"):
                for c in range(1, col):
                    ws.cell(row=r, column=c).font = BOLD
            r += 1
        ws.freeze_panes = "C6"
    wb.save(os.path.join(OUT, "sysselsattning_fodelseregion_vasternorrland_2023-2024.xlsx"))


# =====================================================================
# 3. PDF report: Region Uppsala, nyanländas etablering 2025
# =====================================================================
def data_etab():
    t1 = [  # kommun, dec2023, dec2024, dec2025, varav kvinnor 2025
        ("Enköping", 168, 131, 98, 57),
        ("Heby", 52, 41, 30, 16),
        ("Håbo", 61, 47, 36, 21),
        ("Knivsta", 44, 38, 27, 15),
        ("Tierp", 73, 55, 43, 24),
        ("Uppsala", 902, 734, 566, 318),
        ("Älvkarleby", 29, 22, 17, 9),
        ("Östhammar", 58, 45, 33, 19),
    ]
    # sex, edu, share2023, share2024, avslutade 2025, i arbete/studier 2025
    t2 = [
        ("Kvinnor", "Förgymnasial utbildning", 27.9, 30.4, 96, 31),
        ("Kvinnor", "Gymnasial utbildning", 44.0, 46.1, 74, 36),
        ("Kvinnor", "Eftergymnasial utbildning", 49.5, 51.8, 88, 47),
        ("Män", "Förgymnasial utbildning", 42.2, 44.9, 82, 38),
        ("Män", "Gymnasial utbildning", 57.3, 59.6, 71, 44),
        ("Män", "Eftergymnasial utbildning", 60.1, 61.4, 79, 50),
    ]
    t2_tot = {"Kvinnor": (40.3, 42.6), "Män": (52.8, 55.0), "Samtliga": (46.1, 48.5)}
    t3 = [  # kommun, kommuntal 2025, mottagna 2025, mottagna 2024
        ("Enköping", 28, 25, 41),
        ("Heby", 10, 10, 15),
        ("Håbo", 12, 10, 18),
        ("Knivsta", 11, 11, 16),
        ("Tierp", 14, 12, 20),
        ("Uppsala", 95, 88, 132),
        ("Älvkarleby", 6, 6, 8),
        ("Östhammar", 14, 13, 19),
    ]
    return t1, t2, t2_tot, t3


def make_pdf():
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import (KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                    TableStyle)

    t1, t2, t2_tot, t3 = data_etab()
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["BodyText"], fontName="Times-Roman", fontSize=10.5, leading=14,
                          spaceAfter=6)
    h1 = ParagraphStyle("h1", parent=ss["Heading1"], fontName="Helvetica-Bold", fontSize=17, spaceAfter=10)
    h2 = ParagraphStyle("h2", parent=ss["Heading2"], fontName="Helvetica-Bold", fontSize=12.5, spaceBefore=8)
    cap = ParagraphStyle("cap", parent=body, fontName="Helvetica-Bold", fontSize=9.5, spaceAfter=3)
    src = ParagraphStyle("src", parent=body, fontName="Helvetica-Oblique", fontSize=8, leading=10)
    tcell = ParagraphStyle("tc", parent=body, fontName="Helvetica", fontSize=8.5, leading=10, spaceAfter=0)
    thead = ParagraphStyle("th", parent=tcell, fontName="Helvetica-Bold")

    def fmt(n):
        return f"{n:,}".replace(",", "\u00a0")

    def pct(x):
        return f"{x:.1f}".replace(".", ",")

    def tstyle(nrows, total_rows=()):
        st = [
            ("FONT", (0, 0), (-1, -1), "Helvetica", 8.5),
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
            ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
            ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
            ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8EEF4")),
        ]
        for tr in total_rows:
            st.append(("FONT", (0, tr), (-1, tr), "Helvetica-Bold", 8.5))
            st.append(("LINEABOVE", (0, tr), (-1, tr), 0.5, colors.black))
        return TableStyle(st)

    story = []
    story.append(Paragraph("Nyanländas etablering i Uppsala län 2025", h1))
    story.append(Paragraph("Årsuppföljning – Region Uppsala, Regional utveckling, avdelningen för "
                           "kompetensförsörjning. Rapport 2026:4, mars 2026.", src))
    story.append(Spacer(1, 10))
    story.append(Paragraph("1. Sammanfattning", h2))
    tot23 = sum(r[1] for r in t1)
    tot24 = sum(r[2] for r in t1)
    tot25 = sum(r[3] for r in t1)
    story.append(Paragraph(
        "Antalet personer som deltar i etableringsprogrammet i Uppsala län fortsätter att minska. Vid utgången "
        "av 2022 deltog 1\u00a0512 personer i programmet, och minskningen har fortsatt sedan dess i takt med att "
        "färre nyanlända kommer till länet. Den största delen av deltagarna finns i Uppsala kommun, men "
        "minskningen har varit tydlig i samtliga kommuner. Arbetsförmedlingen bedömer i sin prognos att "
        "antalet deltagare i länet kan gå ned till omkring 700 personer vid slutet av 2026.", body))
    story.append(Paragraph(
        "Andelen som är i arbete eller studier 90 dagar efter avslutat program har ökat för tredje året i rad. "
        "Skillnaderna mellan kvinnor och män är fortfarande stora, särskilt bland dem med kort utbildning. "
        "Som jämförelse var motsvarande andel i riket 54 procent under 2025, enligt Arbetsförmedlingens "
        "återrapportering.", body))
    story.append(Paragraph("2. Deltagare i etableringsprogrammet per kommun", h2))
    story.append(Paragraph(
        "Tabell 1 visar antalet inskrivna deltagare i etableringsprogrammet den sista vardagen i december "
        "respektive år, fördelat på den kommun där deltagaren är folkbokförd. Kolumnen längst till höger "
        "visar den procentuella förändringen mellan december 2024 och december 2025. Observera att "
        "uppgiften om kvinnor endast redovisas för 2025.", body))
    hdr = ["Kommun", "Dec 2023", "Dec 2024", "Dec 2025", "varav kvinnor\n2025", "Förändring\n2024–2025, %"]
    rows = [[Paragraph(h.replace("\n", "<br/>"), thead) for h in hdr]]
    for k, a, b, c, w in t1:
        rows.append([k, fmt(a), fmt(b), fmt(c), fmt(w), pct((c - b) / b * 100).replace("-", "\u2212")])
    wsum = sum(r[4] for r in t1)
    rows.append(["Uppsala län", fmt(tot23), fmt(tot24), fmt(tot25), fmt(wsum),
                 pct((tot25 - tot24) / tot24 * 100).replace("-", "\u2212")])
    tb = Table(rows, colWidths=[3.4 * cm, 2.1 * cm, 2.1 * cm, 2.1 * cm, 2.4 * cm, 2.8 * cm])
    tb.setStyle(tstyle(len(rows), total_rows=(len(rows) - 1,)))
    story.append(KeepTogether([Paragraph("Tabell 1. Deltagare i etableringsprogrammet, Uppsala län, december "
                                         "2023–2025. Antal personer", cap), tb,
                               Paragraph("Källa: Arbetsförmedlingen, bearbetning Region Uppsala.", src)]))
    story.append(Spacer(1, 6))
    story.append(Paragraph(
        "Uppsala kommun svarar för två tredjedelar av deltagarna. I de mindre kommunerna rör det sig om "
        "förhållandevis få personer, vilket gör att procentuella förändringar ska tolkas med försiktighet. "
        "Under året har kommunerna tillsammans med Arbetsförmedlingen arbetat vidare med lokala "
        "överenskommelser om jobbspår och samhällsorientering.", body))

    story.append(PageBreak())
    story.append(Paragraph("3. Utfall efter avslutat etableringsprogram", h2))
    story.append(Paragraph(
        "Tabell 2 redovisar hur stor andel av dem som avslutat etableringsprogrammet som var i arbete eller "
        "studier 90 dagar efter att programmet avslutades. Uppgifterna för 2025 avser personer som avslutade "
        "programmet under januari–september 2025, så att uppföljningstiden hinner löpa ut före årsskiftet. "
        "Antalet avslutade anges i den sista kolumnen.", body))
    hdr2 = ["Kön / utbildningsnivå", "2023, %", "2024, %", "2025, %", "Antal avslutade\njan–sep 2025"]
    rows2 = [[Paragraph(h.replace("\n", "<br/>"), thead) for h in hdr2]]
    bold_rows = []
    for sex in ("Kvinnor", "Män"):
        sub = [r for r in t2 if r[0] == sex]
        for _, edu, s23, s24, n, k in sub:
            rows2.append(["  " + edu, pct(s23), pct(s24), pct(k / n * 100), fmt(n)])
        n = sum(r[4] for r in sub)
        k = sum(r[5] for r in sub)
        rows2.append([f"Samtliga {sex.lower()}", pct(t2_tot[sex][0]), pct(t2_tot[sex][1]), pct(k / n * 100), fmt(n)])
        bold_rows.append(len(rows2) - 1)
    n = sum(r[4] for r in t2)
    k = sum(r[5] for r in t2)
    rows2.append(["Samtliga", pct(t2_tot["Samtliga"][0]), pct(t2_tot["Samtliga"][1]), pct(k / n * 100), fmt(n)])
    bold_rows.append(len(rows2) - 1)
    # section label rows
    rows2.insert(1, ["Kvinnor", "", "", "", ""])
    rows2.insert(6, ["Män", "", "", "", ""])
    bold_rows = [b + (1 if b < 5 else 2) for b in bold_rows]
    tb2 = Table(rows2, colWidths=[5.4 * cm, 1.9 * cm, 1.9 * cm, 1.9 * cm, 3.0 * cm])
    st = tstyle(len(rows2), total_rows=bold_rows)
    st.add("FONT", (0, 1), (0, 1), "Helvetica-BoldOblique", 8.5)
    st.add("FONT", (0, 6), (0, 6), "Helvetica-BoldOblique", 8.5)
    tb2.setStyle(st)
    story.append(KeepTogether([Paragraph("Tabell 2. Andel i arbete eller studier 90 dagar efter avslutat "
                                         "etableringsprogram efter kön och utbildningsnivå, Uppsala län. Procent",
                                         cap), tb2,
                               Paragraph("Källa: Arbetsförmedlingen. 2025 avser avslut januari–september.", src)]))
    story.append(Spacer(1, 6))
    story.append(Paragraph(
        "Kvinnor med förgymnasial utbildning har fortfarande den lägsta andelen i arbete eller studier, även om "
        "utvecklingen går åt rätt håll. För män med eftergymnasial utbildning var andelen högst. Regionen "
        "kommer under 2026 att prioritera insatser för validering och yrkessvenska riktade till kvinnor.", body))

    story.append(Paragraph("4. Kommunmottagande enligt bosättningslagen", h2))
    story.append(Paragraph(
        "Länsstyrelsen fastställer varje år kommuntal, det vill säga hur många nyanlända som varje kommun ska ta "
        "emot för bosättning efter anvisning från Migrationsverket. Tabell 3 jämför kommuntalen för 2025 med "
        "det faktiska mottagandet av anvisade nyanlända under 2025 och 2024. Kvotflyktingar ingår. Nyanlända "
        "som själva ordnat sitt boende (eget boende) ingår inte.", body))
    hdr3 = ["Kommun", "Kommuntal 2025", "Mottagna 2025", "Mottagna 2024"]
    rows3 = [[Paragraph(h, thead) for h in hdr3]]
    for k, a, b, c in t3:
        rows3.append([k, fmt(a), fmt(b), fmt(c)])
    rows3.append(["Uppsala län", fmt(sum(r[1] for r in t3)), fmt(sum(r[2] for r in t3)), fmt(sum(r[3] for r in t3))])
    tb3 = Table(rows3, colWidths=[3.4 * cm, 2.8 * cm, 2.8 * cm, 2.8 * cm])
    tb3.setStyle(tstyle(len(rows3), total_rows=(len(rows3) - 1,)))
    story.append(KeepTogether([Paragraph("Tabell 3. Kommuntal och mottagna anvisade nyanlända, Uppsala län. "
                                         "Antal personer", cap), tb3,
                               Paragraph("Källa: Länsstyrelsen i Uppsala län och Migrationsverket.", src)]))
    story.append(Spacer(1, 6))
    story.append(Paragraph(
        "Att mottagandet blev lägre än kommuntalen beror främst på att Migrationsverket anvisade färre personer "
        "än beräknat under hösten. För 2026 har länets kommuntal sänkts till 150 personer.", body))

    from reportlab.pdfgen import canvas as rl_canvas

    class NumberedCanvas(rl_canvas.Canvas):
        """Running header and 'Sida N av M' drawn after the page count is known."""

        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._saved)
            for st in self._saved:
                self.__dict__.update(st)
                self.setFont("Helvetica", 8)
                self.drawString(2 * cm, A4[1] - 1.3 * cm, "Region Uppsala  |  Nyanländas etablering i Uppsala län 2025")
                self.line(2 * cm, A4[1] - 1.4 * cm, A4[0] - 2 * cm, A4[1] - 1.4 * cm)
                self.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Sida {self._pageNumber} av {n}")
                super().showPage()
            super().save()

    doc = SimpleDocTemplate(os.path.join(OUT, "region_uppsala_nyanlandas_etablering_2025.pdf"), pagesize=A4,
                            leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm,
                            title="Nyanländas etablering i Uppsala län 2025", author="Region Uppsala")
    doc.build(story, canvasmaker=NumberedCanvas)


# =====================================================================
# 4. Stockholms stad: arbetslösa per stadsdelsområde, Windows-1252 CSV,
#    two header lines (year over Antal/Andel), stacked age blocks
# =====================================================================
def data_sthlm():
    years = [2024, 2025, 2026]
    d = [  # name, AK16-64 2026, rates 16-64 (24,25,26), AK18-24 2026, youth rates
        ("Rinkeby-Kista", 24500, (10.4, 11.2, 11.5), 2150, (9.8, 10.9, 11.2)),
        ("Spånga-Tensta", 19800, (10.9, 11.6, 12.1), 1820, (10.6, 11.4, 11.8)),
        ("Hässelby-Vällingby", 40200, (6.9, 7.5, 7.8), 3050, (7.5, 8.4, 8.9)),
        ("Bromma", 48900, (3.6, 3.9, 4.0), 2600, (3.9, 4.4, 4.6)),
        ("Kungsholmen", 47300, (3.5, 3.8, 3.9), 2400, (3.1, 3.5, 3.6)),
        ("Norrmalm", 44100, (3.4, 3.7, 3.8), 2050, (3.0, 3.4, 3.5)),
        ("Östermalm", 47800, (3.2, 3.4, 3.5), 2300, (2.8, 3.1, 3.3)),
        ("Södermalm", 86400, (3.9, 4.2, 4.3), 4600, (3.6, 4.0, 4.2)),
        ("Enskede-Årsta-Vantör", 63200, (6.2, 6.7, 6.9), 3900, (7.0, 7.8, 8.1)),
        ("Skarpnäck", 31500, (5.4, 5.8, 6.1), 2100, (6.1, 6.9, 7.2)),
        ("Farsta", 34600, (7.1, 7.6, 8.2), 2450, (8.4, 9.3, 9.9)),
        ("Hägersten-Älvsjö", 66800, (5.0, 5.4, 5.5), 3800, (5.6, 6.3, 6.6)),
        ("Skärholmen", 18600, (9.6, 10.3, 10.6), 1650, (11.0, 12.1, 12.4)),
    ]
    scale = {2024: 0.985, 2025: 0.993, 2026: 1.0}
    out = {"16": {}, "18": {}}  # age -> name -> year -> (count, ak)
    for name, ak, rates, aky, ry in d:
        for i, y in enumerate(years):
            a = round(ak * scale[y])
            out["16"].setdefault(name, {})[y] = (round(a * rates[i] / 100), a)
            a = round(aky * scale[y])
            out["18"].setdefault(name, {})[y] = (round(a * ry[i] / 100), a)
    suppressed = {("18", "Skärholmen", 2024)}
    return years, [x[0] for x in d], out, suppressed


def make_sthlm():
    years, names, out, suppressed = data_sthlm()
    L = []
    L.append("Arbetslösa 16–64 år och 18–24 år efter stadsdelsområde, oktober 2024–2026;;;;;;")
    L.append("Öppet arbetslösa och sökande i program med aktivitetsstöd. Antal och andel av den registerbaserade arbetskraften (%);;;;;;")
    L.append(";;;;;;")
    L.append(";" + ";".join(f"okt {y};" for y in years).rstrip(";") + ";")
    L.append("Stadsdelsområde;" + ";".join("Antal;Andel (%)" for _ in years))
    for age, label in (("18", "Ålder: 18–24 år"), ("16", "Ålder: 16–64 år")):
        L.append(label + ";;;;;;")
        for n in names:
            cells = []
            for y in years:
                c, a = out[age][n][y]
                if (age, n, y) in suppressed:
                    cells += ["..", ".."]
                else:
                    cells += [str(c), sv(c / a * 100)]
            L.append(n + ";" + ";".join(cells))
        cells = []
        for y in years:
            c = sum(out[age][n][y][0] for n in names)
            a = sum(out[age][n][y][1] for n in names)
            cells += [str(c), sv(c / a * 100)]
        L.append("Stockholms stad;" + ";".join(cells))
        L.append(";;;;;;")
    L += [
        "Andel = antal arbetslösa i procent av den registerbaserade arbetskraften i respektive åldersgrupp (beräknad av Stockholms stad).;;;;;;",
        "Uppgiften för Skärholmen 18–24 år 2024 redovisas inte på grund av fel i underlaget (..). Stadens totalsiffra för 2024 är korrekt.;;;;;;",
        "Stadsdelsområden enligt indelningen från 1 januari 2020, 13 områden.;;;;;;",
        "Källa: Arbetsförmedlingen och SCB, bearbetning Stockholms stad, Stadsledningskontoret.;;;;;;",
    ]
    path = os.path.join(OUT, "sthlm_arbetslosa_stadsdelsomrade_okt_2024-2026.csv")
    with open(path, "w", encoding="cp1252", newline="") as f:
        f.write("\r\n".join(L) + "\r\n")


# =====================================================================
# 5. Nyregistrerade företag, Göteborgsregionen, long CSV with commas,
#    all text quoted, quarters "2025K1", preliminary flag
# =====================================================================
def data_foretag():
    rnd = random.Random(161)
    munis = [  # code, name, annual new firms 2025
        ("1440", "Ale", 330), ("1489", "Alingsås", 470), ("1480", "Göteborg", 6800),
        ("1401", "Härryda", 480), ("1384", "Kungsbacka", 1050), ("1482", "Kungälv", 560),
        ("1441", "Lerum", 510), ("1462", "Lilla Edet", 130), ("1481", "Mölndal", 820),
        ("1402", "Partille", 460), ("1415", "Stenungsund", 300), ("1419", "Tjörn", 210),
        ("1407", "Öckerö", 160),
    ]
    forms = [("Aktiebolag", 0.55), ("Enskild näringsidkare", 0.38), ("Handelsbolag, kommanditbolag", 0.04),
             ("Övriga", 0.03)]
    qs = ["2025K1", "2025K2", "2025K3", "2025K4", "2026K1", "2026K2", "2026K3"]
    season = {"K1": 0.30, "K2": 0.26, "K3": 0.20, "K4": 0.24}
    growth = {"2025": 1.0, "2026": 1.05}
    rows = []
    for code, name, base in munis:
        for q in qs:
            y, k = q[:4], q[4:]
            for f, w in forms:
                mu = base * season[k] * growth[y] * w
                n = max(0, round(rnd.gauss(mu, max(0.8, mu ** 0.5))))
                dereg = max(0, round(rnd.gauss(mu * 0.62, max(0.6, (mu * 0.62) ** 0.5))))
                rows.append((q, code, name, f, n, dereg, "Ja" if q == "2026K3" else "Nej"))
    rows.sort(key=lambda r: (r[0], r[1]))
    return rows


def make_foretag():
    rows = data_foretag()
    path = os.path.join(OUT, "nyregistrerade_foretag_goteborgsregionen_2025K1-2026K3.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write('"Kvartal","Kommunkod","Kommun","Juridisk form","Nyregistrerade","Avregistrerade","Preliminär"\n')
        for q, code, name, form, n, d, p in rows:
            f.write(f'"{q}","{code}","{name}","{form}",{n},{d},"{p}"\n')


# =====================================================================
# 6. AF XLSX: programdeltagare Kalmar län, nov 2026 per kommun + månader
# =====================================================================
PROGS = ["Jobb- och utvecklingsgarantin", "Jobbgarantin för ungdomar", "Etableringsprogrammet",
         "Arbetsmarknadsutbildning", "Förberedande insatser", "Övriga program"]


def data_program():
    rnd = random.Random(1610)
    munis = [  # name, code, AK 16-64, share in programmes %
        ("Borgholm", "0885", 4600, 3.2), ("Emmaboda", "0862", 4200, 4.6), ("Hultsfred", "0860", 6100, 5.9),
        ("Högsby", "0821", 2500, 6.4), ("Kalmar", "0880", 35800, 3.7), ("Mönsterås", "0861", 6300, 3.9),
        ("Mörbylånga", "0840", 7600, 2.6), ("Nybro", "0881", 9300, 5.5), ("Oskarshamn", "0882", 13200, 3.3),
        ("Torsås", "0834", 3200, 3.6), ("Vimmerby", "0884", 7400, 3.4), ("Västervik", "0883", 17100, 4.4),
    ]
    w = [0.50, 0.08, 0.10, 0.09, 0.15, 0.08]
    nov = {}
    for name, code, ak, sh in munis:
        tot = round(ak * sh / 100)
        ww = [x * rnd.uniform(0.8, 1.2) for x in w]
        parts = split_int(tot, ww)
        kv = round(tot * rnd.uniform(0.42, 0.52))
        ung = parts[1] + round((tot - parts[1]) * rnd.uniform(0.03, 0.06))
        nov[name] = dict(code=code, ak=ak, parts=parts, tot=tot, kv=kv, man=tot - kv, ung=ung)
    county_parts = [sum(nov[m[0]]["parts"][i] for m in munis) for i in range(6)]
    # monthly county series 2025-01 .. 2026-11, ending at county_parts
    months = [f"{y}-{m:02d}" for y in (2025, 2026) for m in range(1, 13)][:23]
    series = {}
    for i, p in enumerate(county_parts):
        vals = []
        for j, mo in enumerate(months):
            t = j / 22
            level = p * (0.90 + 0.10 * t)          # slowly rising to Nov 2026
            mth = int(mo[5:])
            seas = {1: 0.97, 2: 1.02, 3: 1.04, 4: 1.03, 5: 1.01, 6: 0.93, 7: 0.86, 8: 0.92, 9: 1.01,
                    10: 1.03, 11: 1.02, 12: 0.96}[mth]
            v = round(level * seas / 1.02 * rnd.uniform(0.985, 1.015))
            vals.append(v)
        vals[-1] = p
        series[PROGS[i]] = vals
    oppet = []
    for j, mo in enumerate(months):
        mth = int(mo[5:])
        seas = {1: 1.06, 2: 1.03, 3: 0.99, 4: 0.96, 5: 0.93, 6: 1.02, 7: 1.10, 8: 1.04, 9: 0.97,
                10: 0.96, 11: 0.98, 12: 1.03}[mth]
        oppet.append(round(5350 * (0.95 + 0.05 * j / 22) * seas * rnd.uniform(0.99, 1.01)))
    riket = dict(parts=[61240, 9870, 14310, 11520, 19460, 9890], kv=60660, ung=13210, ak=5412000)
    riket["tot"] = sum(riket["parts"])
    riket["man"] = riket["tot"] - riket["kv"]
    return munis, nov, months, series, oppet, riket


def make_program():
    munis, nov, months, series, oppet, riket = data_program()
    wb = Workbook()
    ws = wb.active
    ws.title = "Läs mig"
    info = [
        "Arbetsförmedlingen – Deltagare i arbetsmarknadspolitiska program, Kalmar län",
        "",
        "Innehåll",
        "  Kommun nov 2026: inskrivna i program per programtyp och kommun, sista vardagen i november 2026.",
        "  Länet per månad: inskrivna i program och öppet arbetslösa i Kalmar län, januari 2025–november 2026.",
        "",
        "Definitioner",
        "  Samtliga program = summan av programtyperna. Övriga program omfattar bl.a. lönestöd för utveckling i anställning",
        "  (ej lönestöd för personer med funktionsnedsättning), praktik och stöd till start av näringsverksamhet.",
        "  Inskrivna arbetslösa = öppet arbetslösa + sökande i program med aktivitetsstöd.",
        "  Andel av registerbaserad arbetskraft = antal i program i procent av den registerbaserade arbetskraften 16–64 år.",
        "  16–24 år ingår i samtliga program och är inte en egen programtyp.",
        "",
        "Kommunfördelning görs efter folkbokföringskommun. Månadsserien redovisas endast för länet.",
        "Källa: Arbetsförmedlingen, Mikrodatabasen för arbetsmarknadsstatistik. Uttag 2026-12-02.",
    ]
    for i, t in enumerate(info, 1):
        ws.cell(row=i, column=1, value=t)
    ws["A1"].font = Font(bold=True, size=13)
    ws["A3"].font = BOLD
    ws["A7"].font = BOLD
    ws.column_dimensions["A"].width = 110

    ws = wb.create_sheet("Kommun nov 2026")
    ws["A1"] = "Inskrivna i program efter programtyp och kommun, Kalmar län, november 2026"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Antal personer om inget annat anges"
    ws["A2"].font = Font(italic=True)
    r0 = 4
    ws.cell(row=r0, column=1, value="Kommun")
    ws.merge_cells(start_row=r0, start_column=1, end_row=r0 + 1, end_column=1)
    ws.cell(row=r0, column=2, value="Programtyp")
    ws.merge_cells(start_row=r0, start_column=2, end_row=r0, end_column=8)
    for i, p in enumerate(PROGS + ["Samtliga program"]):
        ws.cell(row=r0 + 1, column=2 + i, value=p)
    ws.cell(row=r0, column=9, value="Samtliga program, varav")
    ws.merge_cells(start_row=r0, start_column=9, end_row=r0, end_column=11)
    for i, p in enumerate(["Kvinnor", "Män", "16–24 år"]):
        ws.cell(row=r0 + 1, column=9 + i, value=p)
    ws.cell(row=r0, column=12, value="Andel av registerbaserad arbetskraft 16–64 år, %")
    ws.merge_cells(start_row=r0, start_column=12, end_row=r0 + 1, end_column=12)
    for rr in (r0, r0 + 1):
        for c in range(1, 13):
            cell = ws.cell(row=rr, column=c)
            cell.font = BOLD
            cell.fill = HFILL
            cell.border = BORDER
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.row_dimensions[r0 + 1].height = 45
    r = r0 + 2

    def put(r, label, parts, tot, kv, man, ung, share, bold=False):
        vals = [label] + parts + [tot, kv, man, ung, share]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BORDER
            if c >= 2:
                cell.number_format = "0.0" if c == 12 else "#,##0"
            if bold:
                cell.font = BOLD

    for name, code, ak, _ in munis:
        d = nov[name]
        put(r, name, d["parts"], d["tot"], d["kv"], d["man"], d["ung"], round(d["tot"] / ak * 100, 1))
        r += 1
    cp = [sum(nov[m[0]]["parts"][i] for m in munis) for i in range(6)]
    ct = sum(cp)
    cak = sum(m[2] for m in munis)
    put(r, "Kalmar län", cp, ct, sum(nov[m[0]]["kv"] for m in munis), sum(nov[m[0]]["man"] for m in munis),
        sum(nov[m[0]]["ung"] for m in munis), round(ct / cak * 100, 1), bold=True)
    r += 1
    put(r, "Riket", riket["parts"], riket["tot"], riket["kv"], riket["man"], riket["ung"],
        round(riket["tot"] / riket["ak"] * 100, 1), bold=True)
    r += 2
    ws.cell(row=r, column=1, value="Anm. Personer som deltar i Jobbgarantin för ungdomar ingår även i kolumnen 16–24 år.")
    ws.cell(row=r + 1, column=1, value="Källa: Arbetsförmedlingen.")
    ws.column_dimensions["A"].width = 16
    for c in range(2, 13):
        ws.column_dimensions[get_column_letter(c)].width = 14
    ws.freeze_panes = "B6"

    ws = wb.create_sheet("Länet per månad")
    ws["A1"] = "Inskrivna arbetslösa i Kalmar län efter kategori och månad, januari 2025–november 2026"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Antal personer, sista vardagen i månaden"
    hdr = ["Månad", "Öppet arbetslösa"] + PROGS + ["Samtliga program", "Inskrivna arbetslösa totalt"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = BOLD
        cell.fill = HFILL
        cell.border = BORDER
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.row_dimensions[4].height = 45
    for j, mo in enumerate(months):
        parts = [series[p][j] for p in PROGS]
        vals = [mo, oppet[j]] + parts + [sum(parts), oppet[j] + sum(parts)]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=5 + j, column=c, value=v)
            cell.border = BORDER
            if c > 1:
                cell.number_format = "#,##0"
    ws.cell(row=5 + len(months) + 1, column=1, value="Uppgifterna för november 2026 är preliminära.")
    ws.column_dimensions["A"].width = 10
    for c in range(2, len(hdr) + 1):
        ws.column_dimensions[get_column_letter(c)].width = 14
    ws.freeze_panes = "B5"
    wb.save(os.path.join(OUT, "af_program_kalmar_lan_nov_2026.xlsx"))


if __name__ == "__main__":
    make_bistand()
    make_syss()
    make_pdf()
    make_sthlm()
    make_foretag()
    make_program()
    print("wrote", sorted(os.listdir(OUT)))
