"""r135 - statistics test round: six invented but plausible Swedish exports.

Run:  python r135_make_files.py OUT_DIR

All figures are invented and deterministic (fixed tables plus
random.Random(135) for the register), so every run writes identical data.
Requires openpyxl and reportlab.

Files written into OUT_DIR:

1. region_vasternorrland_valfardsrapport_2025_s14-15.pdf
   An EXCERPT of a Region Västernorrland welfare report: two pages whose
   footers read "Sida 14" and "Sida 15" (page numbers start mid-report) under
   a running header. Page 1: chapter heading "4 Barns ekonomiska
   levnadsvillkor", prose that quotes the county total, and "Tabell 3. Barn
   0–17 år med underhållsstöd per kommun, december 2024": Kommun | Antal
   barn | därav flickor | därav pojkar | Andel av alla barn 0–17 år (%) |
   Förändring sedan dec 2023 (procentenheter). The COUNTY ROW COMES FIRST
   (bold, "Västernorrlands län"), then the seven municipalities in code
   order, then "Riket". The share's denominator (population 0–17) is NOT in
   the file, so shares can only be looked up. Negative changes are written
   with an EN DASH as minus ("–0,4"), zero as "0,0". Space thousands.
   Page 2: distractor "Tabell 4" by age group for the county only, Dec 2023
   and Dec 2024, including an "18–20 år (förlängt underhållsstöd)" row and a
   "Samtliga 0–20 år" total that is larger than Tabell 3's county total.

2. bostadsanpassning_beslut_sundsvalls_kommun_2025.xlsx
   Sundsvalls kommun, record-level export of housing-adaptation grant
   (bostadsanpassningsbidrag, BAB) cases received 2025-01-02 .. 2025-09-30.
   Sheet "Ärenden": title in A1, export line in A2, blank row 3, an Excel
   TABLE OBJECT ("BAB2025", with style and autofilter) from A4. The table's
   autofilter has a criterion on "Beslut" and the rows with Beslut =
   "Makulerad" are HIDDEN (but still in the file). Real Excel dates, amounts
   as numbers with a "# ##0 kr" format, frozen panes under the header.
   Columns: Ärendenr | Inkom | Beslutsdatum | Åtgärd | Sökandens ålder |
   Kön | Boendeform | Beslut (Beviljat / Delvis beviljat / Avslag /
   Under utredning / Makulerad) | Sökt belopp | Beviljat belopp |
   Handläggningstid (dagar). 96 rows. Avslag -> Beviljat belopp 0;
   Under utredning (open at export 2025-10-06) and Makulerad -> no decision
   date, empty granted amount and processing time. No totals row. Sheet
   "Om uttaget" explains the statuses.

3. scb_skyddad_natur_kalmar_lan_2017-2024.csv
   SCB/Naturvårdsverket formally protected nature, hectares, Kalmar län.
   Windows-1252, CRLF, semicolon. Title line, blank line, header
   "Region;Skyddsform;2024;2023;...;2017" - YEARS AS COLUMNS IN DESCENDING
   ORDER. One block of five rows per municipality (Nationalpark,
   Naturreservat, Naturvårdsområde, Biotopskyddsområde, Totalt), plain
   municipality names without codes ("Kalmar" is a municipality), the
   county "Kalmar län" block LAST. Decimal comma, one decimal, no thousands
   separator. "–" = no such area, ".." = missing (biotope protection and the
   totals for 2017). Footnote lines after a blank line. No land-area or
   share-of-land column.

4. skogsstyrelsen_avverkningsanmalningar_gavleborg_2023-2024.xlsx
   Skogsstyrelsen felling notifications (avverkningsanmälningar,
   föryngringsavverkning) per municipality in Gävleborgs län. Sheets "2024",
   "2023" and "Information". On each year sheet: a key-value metadata block
   in A1:B4 (Tabell, Enhet, Källa, Uttagsdatum), blank row 5, a TWO-ROW
   header in rows 6-7 where "Antal anmälningar" and "Anmäld areal, hektar"
   are merged over Enskilda ägare | Aktiebolag | Övriga ägare | Totalt, data
   from row 8 in municipality-code order and a bold "Gävleborgs län" row
   LAST. A footnote is only an Excel CELL COMMENT (Ljusdal 2024). Integers.

5. af_anstallningar_med_stod_halland_sep2025.csv
   Arbetsförmedlingen, persons in subsidised employment per municipality in
   Hallands län, September 2025. UTF-8 WITH BOM, semicolon, LF. TWO STACKED
   SECTIONS each under its own title line and header: "Antal personer,
   september 2025" and "Förändring jämfört med september 2024 (antal
   personer)" with signed values "+18" / "-41". Columns: Kommun |
   Nystartsjobb | Introduktionsjobb | three separate "Lönestöd för ..."
   columns | Skyddat arbete hos offentlig arbetsgivare (OSA) | Totalt.
   Hylte's OSA is masked ".." (fewer than 5) but included in the totals.
   "Hallands län" row last in each section. Footnotes.

6. skolverket_sfi_elever_kronobergs_lan_2024.xlsx
   Skolverket, sfi (Swedish for immigrants) students 2024, Kronobergs län.
   Sheet "Elever 2024": title row, source row, blank, header on row 4:
   Kommun / studieväg | Antal elever | Kvinnor | Män | Nybörjare | Godkända
   på kurs D. "Kronobergs län" bold first, then each municipality as a bold
   row holding its total followed by three indented detail rows
   "Studieväg 1/2/3" that are Excel OUTLINE-GROUPED (level 1, expanded,
   summary rows above). The municipality is named only on its bold row.
   Sheet "Definitioner" with explanations.
"""

import csv
import io
import os
import random
import sys
from datetime import date, timedelta
from decimal import Decimal, ROUND_HALF_UP


def r1(x):
    """Round half up to one decimal."""
    return float(Decimal(str(x)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def sv1(x):
    return f"{x:.1f}".replace(".", ",")


def sv_signed1(x):
    if abs(x) < 1e-9:
        return "0,0"
    return ("+" if x > 0 else "–") + f"{abs(x):.1f}".replace(".", ",")


def th(n):
    return f"{int(n):,}".replace(",", " ")


# ================================================================ 1. PDF
UHS_KOMMUNER = [
    # code, name, pop 0-17 (NOT in file), antal, flickor, change pp
    ("2260", "Ånge", 1480, 176, 84, 0.3),
    ("2262", "Timrå", 3690, 398, 201, -0.2),
    ("2280", "Härnösand", 4420, 503, 249, 0.1),
    ("2281", "Sundsvall", 20350, 1872, 930, -0.4),
    ("2282", "Kramfors", 3150, 371, 178, 0.6),
    ("2283", "Sollefteå", 3260, 402, 196, 0.0),
    ("2284", "Örnsköldsvik", 11640, 861, 420, -0.3),
]
UHS_LAN_CHANGE = -0.1
UHS_RIKET = (186940, 91310, 8.4, -0.2)  # antal, flickor, andel, change
UHS_AGE = [  # group, dec 2023, dec 2024
    ("0–6 år", 1060, 1012),
    ("7–12 år", 1790, 1768),
    ("13–17 år", 1781, 1803),
]
UHS_AGE_1820 = ("18–20 år (förlängt underhållsstöd)¹", 598, 612)


def uhs_rows():
    rows = []
    for code, name, pop, n, f, ch in UHS_KOMMUNER:
        rows.append(dict(name=name, pop=pop, n=n, f=f, m=n - f,
                         share=r1(n / pop * 100), ch=ch))
    pop = sum(r["pop"] for r in rows)
    n = sum(r["n"] for r in rows)
    f = sum(r["f"] for r in rows)
    lan = dict(name="Västernorrlands län", pop=pop, n=n, f=f, m=n - f,
               share=r1(n / pop * 100), ch=UHS_LAN_CHANGE)
    return lan, rows


def write_pdf(path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table,
                                    TableStyle, PageBreak)
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    font, fontb = "Helvetica", "Helvetica-Bold"
    cand = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    if os.path.exists(cand):
        pdfmetrics.registerFont(TTFont("DV", cand))
        pdfmetrics.registerFont(TTFont("DVB", cand.replace("Sans.ttf", "Sans-Bold.ttf")))
        font, fontb = "DV", "DVB"

    lan, rows = uhs_rows()
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["BodyText"], fontName=font, fontSize=9.5, leading=13)
    h1 = ParagraphStyle("h1", parent=ss["Heading1"], fontName=fontb, fontSize=15, leading=19)
    h2 = ParagraphStyle("h2", parent=ss["Heading2"], fontName=fontb, fontSize=11.5, leading=15)
    cap = ParagraphStyle("cap", parent=body, fontName=fontb, fontSize=9, leading=12)
    small = ParagraphStyle("s", parent=body, fontSize=7.5, leading=9.5)
    cell = ParagraphStyle("c", parent=body, fontSize=7.8, leading=9.5)
    cellb = ParagraphStyle("cb", parent=cell, fontName=fontb)

    def page_deco(canvas, doc):
        canvas.saveState()
        canvas.setFont(font, 7.5)
        canvas.setFillColor(colors.grey)
        canvas.drawString(20 * mm, 285 * mm, "Region Västernorrland  |  Välfärd och levnadsvillkor i Västernorrland 2025")
        canvas.line(20 * mm, 283.5 * mm, 190 * mm, 283.5 * mm)
        canvas.drawRightString(190 * mm, 12 * mm, f"Sida {13 + doc.page}")
        canvas.drawString(20 * mm, 12 * mm, "Rapport 2025:7")
        canvas.restoreState()

    story = []
    story.append(Paragraph("4 Barns ekonomiska levnadsvillkor", h1))
    story.append(Paragraph(
        "Barns ekonomiska förutsättningar påverkas i hög grad av hushållets sammansättning. "
        "När föräldrar inte bor tillsammans och den bidragsskyldiga föräldern inte betalar "
        "underhåll kan den förälder som barnet bor hos få underhållsstöd från Försäkringskassan. "
        f"I december 2024 hade {th(lan['n'])} barn i åldern 0–17 år i Västernorrlands län "
        f"underhållsstöd, vilket motsvarar {sv1(lan['share'])} procent av alla barn i länet. "
        f"Andelen är högre än i riket ({sv1(UHS_RIKET[2])} procent) men har minskat något "
        "jämfört med året innan.", body))
    story.append(Spacer(1, 4))
    story.append(Paragraph(
        "Skillnaderna mellan kommunerna är stora. Högst andel finns i de inre och norra delarna "
        "av länet, medan andelen är lägst i Örnsköldsvik. Observera att andelen beräknas på "
        "folkmängden 0–17 år den 31 december, som inte redovisas i tabellen.", body))
    story.append(Spacer(1, 8))
    story.append(Paragraph("Tabell 3. Barn 0–17 år med underhållsstöd per kommun, december 2024", cap))
    story.append(Spacer(1, 3))
    hdr = ["Kommun", "Antal barn", "därav flickor", "därav pojkar",
           "Andel av alla barn 0–17 år (%)", "Förändring sedan dec 2023 (procent\u00adenheter)"]
    data = [[Paragraph(h, cellb) for h in hdr]]
    data.append([Paragraph(lan["name"], cellb), th(lan["n"]), th(lan["f"]), th(lan["m"]),
                 sv1(lan["share"]), sv_signed1(lan["ch"])])
    for r in rows:
        data.append([r["name"], th(r["n"]), th(r["f"]), th(r["m"]), sv1(r["share"]), sv_signed1(r["ch"])])
    ra, rf, rs, rc = UHS_RIKET
    data.append(["Riket", th(ra), th(rf), th(ra - rf), sv1(rs), sv_signed1(rc)])
    t = Table(data, colWidths=[38 * mm, 20 * mm, 21 * mm, 21 * mm, 31 * mm, 36 * mm], repeatRows=1)
    t.setStyle(TableStyle([
        ("FONT", (0, 1), (-1, -1), font, 8),
        ("FONT", (0, 1), (-1, 1), fontb, 8),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
        ("LINEBELOW", (0, 1), (-1, 1), 0.4, colors.grey),
        ("LINEABOVE", (0, -1), (-1, -1), 0.4, colors.grey),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
        ("BACKGROUND", (0, 1), (-1, 1), colors.HexColor("#E8EEF4")),
    ]))
    story.append(t)
    story.append(Spacer(1, 3))
    story.append(Paragraph(
        "Källa: Försäkringskassan (underhållsstöd) och SCB (befolkning 0–17 år). Bearbetning: "
        "Region Västernorrland. Negativ förändring anges med minustecken (–).", small))
    story.append(Spacer(1, 8))
    story.append(Paragraph(
        "I Sundsvall, länets största kommun, bor drygt 40 procent av de barn i länet som har "
        "underhållsstöd. I Ånge och Kramfors är antalet barn litet, vilket gör att andelen kan "
        "variera mer mellan åren.", body))
    story.append(PageBreak())

    story.append(Paragraph("4.2 Underhållsstöd efter barnets ålder", h2))
    tot23 = sum(a[1] for a in UHS_AGE)
    tot24 = sum(a[2] for a in UHS_AGE)
    story.append(Paragraph(
        "Underhållsstöd kan lämnas till och med juni det år barnet fyller 20 år om barnet studerar "
        "(förlängt underhållsstöd). Tabell 4 visar därför även åldersgruppen 18–20 år. Den gruppen "
        "ingår inte i Tabell 3, som avser barn 0–17 år.", body))
    story.append(Spacer(1, 6))
    story.append(Paragraph("Tabell 4. Personer med underhållsstöd efter ålder, Västernorrlands län", cap))
    story.append(Spacer(1, 3))
    d4 = [["Åldersgrupp", "December 2023", "December 2024"]]
    for g, a, b in UHS_AGE:
        d4.append([g, th(a), th(b)])
    d4.append(["Summa 0–17 år", th(tot23), th(tot24)])
    d4.append([UHS_AGE_1820[0], th(UHS_AGE_1820[1]), th(UHS_AGE_1820[2])])
    d4.append(["Samtliga 0–20 år", th(tot23 + UHS_AGE_1820[1]), th(tot24 + UHS_AGE_1820[2])])
    t4 = Table(d4, colWidths=[70 * mm, 30 * mm, 30 * mm])
    t4.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, 0), fontb, 8),
        ("FONT", (0, 1), (-1, -1), font, 8),
        ("FONT", (0, 4), (-1, 4), fontb, 8),
        ("FONT", (0, -1), (-1, -1), fontb, 8),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
        ("LINEABOVE", (0, -1), (-1, -1), 0.4, colors.grey),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
    ]))
    story.append(t4)
    story.append(Spacer(1, 3))
    story.append(Paragraph("¹ Avser studerande 18–20 år med förlängt underhållsstöd. "
                           "Källa: Försäkringskassan.", small))
    story.append(Spacer(1, 8))
    story.append(Paragraph(
        "Antalet barn med underhållsstöd har minskat i de yngre åldersgrupperna, medan antalet "
        "tonåringar har ökat svagt. Utvecklingen följs upp i nästa rapport.", body))

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=22 * mm, bottomMargin=20 * mm,
                            title="Välfärd och levnadsvillkor i Västernorrland 2025 (utdrag)",
                            author="Region Västernorrland")
    doc.build(story, onFirstPage=page_deco, onLaterPages=page_deco)


# ================================================================ 2. BAB XLSX
BAB_ATGARDER = [
    # name, weight, min sökt, max sökt
    ("Trapphiss", 9, 62000, 148000),
    ("Borttagning av trösklar", 16, 2500, 9500),
    ("Ramp", 10, 14000, 58000),
    ("Badrumsanpassning", 18, 38000, 125000),
    ("Dörrautomatik", 8, 24000, 46000),
    ("Stödhandtag", 14, 900, 4200),
    ("Spisvakt", 9, 3200, 6400),
    ("Lyftplattform", 4, 118000, 290000),
    ("Markarbete (hårdgjord gång)", 6, 9000, 52000),
]
BAB_BOENDE = [("Hyresrätt", 5), ("Bostadsrätt", 4), ("Äganderätt", 5)]


def bab_rows():
    rng = random.Random(135)
    names = [a[0] for a in BAB_ATGARDER]
    weights = [a[1] for a in BAB_ATGARDER]
    rows = []
    d0 = date(2025, 1, 2)
    n = 96
    for i in range(n):
        inkom = d0 + timedelta(days=int(i * 270 / n) + rng.randint(0, 2))
        atg = rng.choices(names, weights)[0]
        lo, hi = [(a[2], a[3]) for a in BAB_ATGARDER if a[0] == atg][0]
        sokt = int(round(rng.randint(lo, hi), -2))
        age = rng.choice([rng.randint(4, 17), rng.randint(25, 64)] + [rng.randint(65, 98)] * 6)
        kon = rng.choice(["Kvinna", "Kvinna", "Man"])
        boende = rng.choices([b[0] for b in BAB_BOENDE], [b[1] for b in BAB_BOENDE])[0]
        if atg in ("Trapphiss", "Lyftplattform") and boende == "Hyresrätt":
            boende = "Äganderätt"
        u = rng.random()
        if u < 0.05:
            beslut = "Makulerad"
        elif u < 0.18:
            beslut = "Avslag"
        elif u < 0.30:
            beslut = "Delvis beviljat"
        else:
            beslut = "Beviljat"
        if beslut == "Makulerad":
            bdat, bev, hand = None, None, None
        else:
            hand = rng.randint(6, 95) if atg not in ("Trapphiss", "Lyftplattform") else rng.randint(35, 140)
            bdat = inkom + timedelta(days=hand)
            if beslut == "Beviljat":
                bev = sokt
            elif beslut == "Delvis beviljat":
                bev = int(round(sokt * rng.uniform(0.45, 0.9), -2))
            else:
                bev = 0
        rows.append(dict(nr=f"BAB 2025-{i + 1:04d}", inkom=inkom, bdat=bdat, atg=atg, age=age,
                         kon=kon, boende=boende, beslut=beslut, sokt=sokt, bev=bev, hand=hand))
    # Open cases at export date: decision date after export -> treat as not yet decided
    export = date(2025, 10, 6)
    for r in rows:
        if r["bdat"] and r["bdat"] > export:
            r["bdat"] = None
            r["beslut"] = "Under utredning"
            r["bev"] = None
            r["hand"] = None
    return rows


def write_bab(path):
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment
    from openpyxl.worksheet.table import Table, TableStyleInfo
    from openpyxl.worksheet.filters import FilterColumn, Filters, AutoFilter

    rows = bab_rows()
    wb = Workbook()
    ws = wb.active
    ws.title = "Ärenden"
    ws["A1"] = "Bostadsanpassningsbidrag – ärenden inkomna 2025, Sundsvalls kommun"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uttag ur ärendesystemet 2025-10-06 av Bygg- och miljöförvaltningen, enheten för bostadsanpassning"
    ws["A2"].font = Font(italic=True, size=9)
    hdr = ["Ärendenr", "Inkom", "Beslutsdatum", "Åtgärd", "Sökandens ålder", "Kön",
           "Boendeform", "Beslut", "Sökt belopp", "Beviljat belopp", "Handläggningstid (dagar)"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.alignment = Alignment(wrap_text=True, vertical="bottom")
    for i, r in enumerate(rows):
        rr = 5 + i
        vals = [r["nr"], r["inkom"], r["bdat"], r["atg"], r["age"], r["kon"], r["boende"],
                r["beslut"], r["sokt"], r["bev"], r["hand"]]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=rr, column=j, value=v)
            if j in (2, 3) and v is not None:
                c.number_format = "yyyy-mm-dd"
            if j in (9, 10) and v is not None:
                c.number_format = '# ##0 "kr"'
        if r["beslut"] == "Makulerad":
            ws.row_dimensions[rr].hidden = True
    last = 4 + len(rows)
    ref = f"A4:K{last}"
    tab = Table(displayName="BAB2025", ref=ref)
    tab.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    keep = sorted({r["beslut"] for r in rows if r["beslut"] != "Makulerad"})
    tab.autoFilter = AutoFilter(ref=ref, filterColumn=[FilterColumn(colId=7, filters=Filters(filter=keep))])
    ws.add_table(tab)
    widths = [15, 11, 13, 28, 10, 8, 13, 16, 13, 14, 13]
    for j, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHIJK"[j]].width = w
    ws.freeze_panes = "A5"

    ws2 = wb.create_sheet("Om uttaget")
    notes = [
        "Om uttaget",
        "",
        "Tabellen innehåller en rad per ärende om bostadsanpassningsbidrag som kommit in till Sundsvalls kommun",
        "mellan 2025-01-02 och 2025-09-30. Uttaget gjordes 2025-10-06.",
        "Beslut: Beviljat = bidrag beviljat med sökt belopp; Delvis beviljat = bidrag beviljat med lägre belopp;",
        "Avslag = ansökan avslagen (beviljat belopp 0 kr); Under utredning = ej beslutat vid uttaget;",
        "Makulerad = ärendet återkallat eller avskrivet. Makulerade ärenden är dolda via filtret men finns kvar i tabellen.",
        "Belopp i kronor inklusive moms. Handläggningstid = dagar från inkom till beslut.",
        "Sökandens ålder avser ålder vid ansökan. Ärenden för barn söks av vårdnadshavare.",
        "Kontakt: bostadsanpassning@sundsvall.example",
    ]
    for i, t in enumerate(notes, 1):
        ws2.cell(row=i, column=1, value=t)
    ws2["A1"].font = Font(bold=True, size=12)
    wb.save(path)


# ================================================================ 3. skyddad natur CSV
SN_KOMMUNER = ["Högsby", "Torsås", "Mörbylånga", "Hultsfred", "Mönsterås", "Emmaboda",
               "Kalmar", "Nybro", "Oskarshamn", "Västervik", "Vimmerby", "Borgholm"]
SN_YEARS = list(range(2017, 2025))
# naturreservat hectares in 2017 and yearly increments 2018..2024 (tenths of ha)
SN_NR = {
    "Högsby": (1842.6, [0, 12.4, 0, 0, 38.0, 0, 5.1]),
    "Torsås": (964.3, [0, 0, 21.7, 0, 0, 14.2, 0]),
    "Mörbylånga": (7615.8, [45.2, 0, 112.6, 0, 0, 63.9, 0]),
    "Hultsfred": (3127.4, [0, 26.5, 0, 18.3, 0, 0, 41.0]),
    "Mönsterås": (2210.9, [0, 0, 0, 33.4, 0, 0, 0]),
    "Emmaboda": (1106.2, [9.8, 0, 0, 0, 27.5, 0, 0]),
    "Kalmar": (2964.7, [0, 48.3, 0, 0, 15.6, 0, 22.8]),
    "Nybro": (1788.5, [0, 0, 17.9, 0, 0, 0, 35.2]),
    "Oskarshamn": (4402.1, [31.0, 0, 0, 54.6, 0, 0, 12.3]),
    "Västervik": (9871.4, [0, 86.2, 143.5, 0, 212.8, 97.4, 64.1]),
    "Vimmerby": (2549.0, [0, 0, 28.4, 0, 0, 19.6, 0]),
    "Borgholm": (6138.7, [24.3, 0, 0, 77.1, 0, 0, 108.9]),
}
SN_NP = {"Oskarshamn": 198.4}
SN_NVO = {"Borgholm": 2310.5, "Västervik": 845.2, "Hultsfred": 412.8}
# biotope protection 2018 and increments 2019..2024 (2017 missing)
SN_BIO = {
    "Högsby": (41.2, [2.1, 0, 3.4, 0, 1.2, 0]),
    "Torsås": (18.6, [0, 1.5, 0, 0, 2.2, 0]),
    "Mörbylånga": (22.9, [0, 0, 4.1, 0, 0, 1.8]),
    "Hultsfred": (66.4, [3.3, 2.0, 0, 4.6, 0, 2.9]),
    "Mönsterås": (35.7, [0, 1.9, 0, 0, 2.6, 0]),
    "Emmaboda": (29.8, [1.1, 0, 2.7, 0, 0, 1.4]),
    "Kalmar": (24.5, [0, 0, 1.6, 0, 3.0, 0]),
    "Nybro": (47.3, [2.4, 0, 0, 3.8, 0, 1.7]),
    "Oskarshamn": (58.1, [0, 3.6, 0, 2.2, 0, 0]),
    "Västervik": (112.6, [4.8, 0, 6.3, 0, 5.5, 3.9]),
    "Vimmerby": (71.9, [0, 2.7, 0, 3.1, 0, 0]),
    "Borgholm": (9.4, [0, 0, 0, 1.2, 0, 0]),
}
SN_FORMS = ["Nationalpark", "Naturreservat", "Naturvårdsområde", "Biotopskyddsområde", "Totalt"]


def sn_data():
    """Return {region: {form: {year: value or None(..) or 0.0 for '–'}}} in tenths-safe floats."""
    out = {}
    for k in SN_KOMMUNER:
        d = {f: {} for f in SN_FORMS}
        base, inc = SN_NR[k]
        v = round(base * 10)
        for i, y in enumerate(SN_YEARS):
            if i > 0:
                v += round(inc[i - 1] * 10)
            d["Naturreservat"][y] = v
        bbase, binc = SN_BIO[k]
        bv = round(bbase * 10)
        for i, y in enumerate(SN_YEARS):
            d["Nationalpark"][y] = round(SN_NP.get(k, 0) * 10)
            d["Naturvårdsområde"][y] = round(SN_NVO.get(k, 0) * 10)
            if y == 2017:
                d["Biotopskyddsområde"][y] = None
            else:
                if y > 2018:
                    bv += round(binc[y - 2019] * 10)
                d["Biotopskyddsområde"][y] = bv
        for y in SN_YEARS:
            parts = [d[f][y] for f in SN_FORMS[:4]]
            d["Totalt"][y] = None if any(p is None for p in parts) else sum(parts)
        out[k] = d
    lan = {f: {} for f in SN_FORMS}
    for f in SN_FORMS:
        for y in SN_YEARS:
            vals = [out[k][f][y] for k in SN_KOMMUNER]
            lan[f][y] = None if any(v is None for v in vals) else sum(vals)
    out["Kalmar län"] = lan
    return out  # values in tenths of hectares (ints)


def sn_fmt(v):
    if v is None:
        return ".."
    if v == 0:
        return "–"
    return f"{v // 10},{v % 10}"


def write_sn(path):
    data = sn_data()
    years_desc = sorted(SN_YEARS, reverse=True)
    lines = ["Formellt skyddad natur efter region, skyddsform och år. Areal i hektar",
             "",
             ";".join(["Region", "Skyddsform"] + [str(y) for y in years_desc])]
    for reg in SN_KOMMUNER + ["Kalmar län"]:
        for f in SN_FORMS:
            lines.append(";".join([reg, f] + [sn_fmt(data[reg][f][y]) for y in years_desc]))
    lines += ["",
              "Källa: SCB och Naturvårdsverket, Skyddad natur (bearbetning Länsstyrelsen i Kalmar län).",
              "Areal avser land och vatten (sötvatten och hav) per den 31 december respektive år.",
              "Totalt = summan av skyddsformerna. Områden med flera skyddsformer räknas under den starkaste formen.",
              "– = inget område med denna skyddsform. .. = uppgift saknas (biotopskyddsområden redovisas fr.o.m. 2018).",
              ]
    with open(path, "w", encoding="cp1252", newline="") as fh:
        fh.write("\r\n".join(lines) + "\r\n")


# ================================================================ 4. Skogsstyrelsen XLSX
GV_KOMMUNER = ["Ockelbo", "Hofors", "Ovanåker", "Nordanstig", "Ljusdal", "Gävle",
               "Sandviken", "Söderhamn", "Bollnäs", "Hudiksvall"]
# year: kommun: (antal total, areal total, share enskilda, share AB) ; övriga = remainder
GV_DATA = {
    2024: {
        "Ockelbo": (341, 2796, 0.46, 0.41), "Hofors": (214, 1893, 0.38, 0.49),
        "Ovanåker": (652, 5217, 0.58, 0.31), "Nordanstig": (498, 4108, 0.55, 0.33),
        "Ljusdal": (1163, 9542, 0.44, 0.45), "Gävle": (512, 3907, 0.47, 0.29),
        "Sandviken": (427, 3386, 0.41, 0.42), "Söderhamn": (455, 3612, 0.52, 0.35),
        "Bollnäs": (603, 4931, 0.56, 0.32), "Hudiksvall": (846, 6815, 0.57, 0.30),
    },
    2023: {
        "Ockelbo": (318, 2604, 0.47, 0.40), "Hofors": (227, 1975, 0.37, 0.50),
        "Ovanåker": (611, 4883, 0.59, 0.30), "Nordanstig": (472, 3921, 0.56, 0.32),
        "Ljusdal": (1018, 8376, 0.45, 0.44), "Gävle": (536, 4096, 0.46, 0.30),
        "Sandviken": (441, 3478, 0.40, 0.43), "Söderhamn": (439, 3507, 0.53, 0.34),
        "Bollnäs": (575, 4702, 0.55, 0.33), "Hudiksvall": (801, 6433, 0.58, 0.29),
    },
}


def gv_rows(year):
    rows = []
    for k in GV_KOMMUNER:
        n, a, se, sab = GV_DATA[year][k]
        n1, n2 = round(n * se), round(n * sab)
        a1, a2 = round(a * (se - 0.03)), round(a * (sab + 0.04))
        rows.append([k, n1, n2, n - n1 - n2, n, a1, a2, a - a1 - a2, a])
    tot = ["Gävleborgs län"] + [sum(r[j] for r in rows) for j in range(1, 9)]
    return rows, tot


def write_gv(path):
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
    from openpyxl.comments import Comment

    wb = Workbook()
    first = True
    for year in (2024, 2023):
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = str(year)
        meta = [("Tabell:", f"Avverkningsanmälningar (föryngringsavverkning) efter kommun och ägarkategori, {year}"),
                ("Enhet:", "Antal anmälningar respektive hektar anmäld areal"),
                ("Källa:", "Skogsstyrelsen, statistikdatabasen (bearbetning Länsstyrelsen Gävleborg)"),
                ("Uttagsdatum:", "2025-03-14")]
        for i, (a, b) in enumerate(meta, 1):
            ws.cell(row=i, column=1, value=a).font = Font(bold=True)
            ws.cell(row=i, column=2, value=b)
        ws.cell(row=6, column=1, value="Kommun")
        ws.merge_cells(start_row=6, start_column=1, end_row=7, end_column=1)
        ws.cell(row=6, column=2, value="Antal anmälningar")
        ws.merge_cells(start_row=6, start_column=2, end_row=6, end_column=5)
        ws.cell(row=6, column=6, value="Anmäld areal, hektar")
        ws.merge_cells(start_row=6, start_column=6, end_row=6, end_column=9)
        subs = ["Enskilda ägare", "Aktiebolag", "Övriga ägare", "Totalt"]
        for j, s in enumerate(subs * 2, 2):
            ws.cell(row=7, column=j, value=s)
        thin = Side(style="thin")
        for rr in (6, 7):
            for j in range(1, 10):
                c = ws.cell(row=rr, column=j)
                c.font = Font(bold=True)
                c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
                c.fill = PatternFill("solid", fgColor="DDE7D1")
                c.border = Border(bottom=thin)
        rows, tot = gv_rows(year)
        for i, r in enumerate(rows + [tot]):
            rr = 8 + i
            for j, v in enumerate(r, 1):
                c = ws.cell(row=rr, column=j, value=v)
                if j > 1:
                    c.number_format = "# ##0"
                if r is tot:
                    c.font = Font(bold=True)
                    c.border = Border(top=thin)
            if year == 2024 and r[0] == "Ljusdal":
                ws.cell(row=rr, column=9).comment = Comment(
                    "Inkl. 41 anmälningar (612 ha) som avser upparbetning av stormfälld skog efter stormen Hans (aug 2023).",
                    "Länsstyrelsen Gävleborg")
        ws.column_dimensions["A"].width = 18
        for col in "BCDEFGHI":
            ws.column_dimensions[col].width = 13
    info = wb.create_sheet("Information")
    lines = ["Om statistiken",
             "Avverkningsanmälan krävs för föryngringsavverkning på minst 0,5 hektar. Anmäld areal är inte "
             "detsamma som faktiskt avverkad areal.",
             "Ägarkategori: Enskilda ägare = privatpersoner och dödsbon; Aktiebolag = privata aktiebolag; "
             "Övriga ägare = staten, statligt ägda bolag, kommuner, kyrkan och övriga allmänna ägare.",
             "Länssumman är summan av länets kommuner."]
    for i, t in enumerate(lines, 1):
        info.cell(row=i, column=1, value=t)
    info["A1"].font = Font(bold=True)
    wb.save(path)


# ================================================================ 5. AF CSV
AF_COLS = ["Nystartsjobb", "Introduktionsjobb", "Lönestöd för utveckling i anställning",
           "Lönestöd för trygghet i anställning", "Lönestöd för anställning",
           "Skyddat arbete hos offentlig arbetsgivare (OSA)"]
AF_KOMMUNER = ["Hylte", "Halmstad", "Laholm", "Falkenberg", "Varberg", "Kungsbacka"]
AF_SEP25 = {
    "Hylte": [62, 14, 9, 21, 11, 3],
    "Halmstad": [512, 96, 58, 214, 97, 41],
    "Laholm": [118, 22, 16, 48, 23, 9],
    "Falkenberg": [176, 31, 19, 77, 30, 12],
    "Varberg": [241, 45, 27, 109, 44, 17],
    "Kungsbacka": [198, 28, 22, 96, 39, 14],
}
AF_CHG = {
    "Hylte": [-8, 3, -1, 2, 0, 1],
    "Halmstad": [-41, 18, 4, -6, 7, -3],
    "Laholm": [5, 4, 0, 3, -2, 1],
    "Falkenberg": [-12, 6, 2, -1, 3, 0],
    "Varberg": [9, 7, -3, 5, 4, -2],
    "Kungsbacka": [-15, 2, 1, 4, -2, 1],
}
AF_MASK = ("Hylte", 5)  # OSA column index masked in both sections


def af_tables():
    lev = {k: v + [sum(v)] for k, v in AF_SEP25.items()}
    chg = {k: v + [sum(v)] for k, v in AF_CHG.items()}
    lev["Hallands län"] = [sum(lev[k][j] for k in AF_KOMMUNER) for j in range(7)]
    chg["Hallands län"] = [sum(chg[k][j] for k in AF_KOMMUNER) for j in range(7)]
    return lev, chg


def write_af(path):
    lev, chg = af_tables()

    def sgn(v):
        return f"+{v}" if v > 0 else str(v)

    out = io.StringIO()
    w = out.write
    w("Arbetsförmedlingen: Personer i anställning med stöd efter kommun och stödform, Hallands län\n")
    w("Antal personer, september 2025\n")
    w(";".join(["Kommun"] + AF_COLS + ["Totalt"]) + "\n")
    for k in AF_KOMMUNER + ["Hallands län"]:
        vals = [str(v) for v in lev[k]]
        if k == AF_MASK[0]:
            vals[AF_MASK[1]] = ".."
        w(";".join([k] + vals) + "\n")
    w("\n")
    w("Förändring jämfört med september 2024 (antal personer)\n")
    w(";".join(["Kommun"] + AF_COLS + ["Totalt"]) + "\n")
    for k in AF_KOMMUNER + ["Hallands län"]:
        vals = [sgn(v) for v in chg[k]]
        if k == AF_MASK[0]:
            vals[AF_MASK[1]] = ".."
        w(";".join([k] + vals) + "\n")
    w("\n")
    w("Källa: Arbetsförmedlingen, statistik om program och anställningar med stöd. Avser personer med pågående "
      "anställning sista vardagen i månaden.\n")
    w(".. = färre än 5 personer, redovisas inte. Dolda värden ingår i Totalt och i länssumman.\n")
    w("Lönestöd (tidigare lönebidrag) redovisas i tre former. Kommun avser arbetsgivarens arbetsställe.\n")
    with open(path, "w", encoding="utf-8-sig", newline="\n") as fh:
        fh.write(out.getvalue())


# ================================================================ 6. SFI XLSX
SFI = {  # kommun: [(antal, kvinnor, nybörjare, godkända D) for SV1, SV2, SV3]
    "Uppvidinge": [(22, 14, 7, 0), (41, 26, 12, 5), (37, 22, 9, 14)],
    "Lessebo": [(19, 12, 6, 0), (48, 29, 15, 6), (45, 25, 11, 17)],
    "Tingsryd": [(21, 13, 8, 0), (52, 31, 14, 7), (49, 28, 13, 19)],
    "Alvesta": [(38, 24, 12, 1), (97, 58, 29, 13), (96, 55, 24, 38)],
    "Älmhult": [(29, 17, 10, 0), (104, 61, 33, 15), (130, 79, 37, 52)],
    "Markaryd": [(27, 17, 9, 0), (66, 40, 21, 8), (58, 33, 16, 22)],
    "Växjö": [(212, 131, 71, 3), (588, 342, 176, 84), (644, 371, 189, 261)],
    "Ljungby": [(61, 38, 19, 1), (162, 97, 48, 22), (159, 90, 44, 63)],
}


def sfi_rows():
    """Return list of (label, level, bold, [antal, kvinnor, män, nybörjare, godkända])."""
    out = []
    kom_tot = {}
    for k, svs in SFI.items():
        det = [[a, kv, a - kv, nb, gd] for a, kv, nb, gd in svs]
        kom_tot[k] = [sum(d[j] for d in det) for j in range(5)]
        kom_tot[k + "_det"] = det
    lan = [sum(kom_tot[k][j] for k in SFI) for j in range(5)]
    out.append(("Kronobergs län", 0, True, lan))
    for k in SFI:
        out.append((k, 0, True, kom_tot[k]))
        for i, d in enumerate(kom_tot[k + "_det"], 1):
            out.append((f"Studieväg {i}", 1, False, d))
    return out


def write_sfi(path):
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment, Border, Side

    wb = Workbook()
    ws = wb.active
    ws.title = "Elever 2024"
    ws["A1"] = "Elever i kommunal vuxenutbildning i svenska för invandrare (sfi) 2024, Kronobergs län"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Källa: Skolverket, elever och kursdeltagare i sfi kalenderåret 2024. Skolkommun."
    ws["A2"].font = Font(italic=True, size=9)
    hdr = ["Kommun / studieväg", "Antal elever", "Kvinnor", "Män", "Nybörjare", "Godkända på kurs D"]
    thin = Side(style="thin")
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True)
        c.alignment = Alignment(wrap_text=True, horizontal="center" if j > 1 else "left")
        c.border = Border(bottom=thin, top=thin)
    ws.sheet_properties.outlinePr.summaryBelow = False
    for i, (label, lvl, bold, vals) in enumerate(sfi_rows()):
        rr = 5 + i
        c = ws.cell(row=rr, column=1, value=label)
        if lvl:
            c.alignment = Alignment(indent=2)
            ws.row_dimensions[rr].outlineLevel = 1
        for j, v in enumerate(vals, 2):
            cc = ws.cell(row=rr, column=j, value=v)
            cc.number_format = "# ##0"
            if bold:
                cc.font = Font(bold=True)
        if bold:
            c.font = Font(bold=True)
    ws.column_dimensions["A"].width = 24
    for col in "BCDEF":
        ws.column_dimensions[col].width = 12
    ws.freeze_panes = "B5"
    d = wb.create_sheet("Definitioner")
    lines = ["Definitioner",
             "Antal elever: unika elever som deltagit i minst en sfi-kurs under kalenderåret.",
             "Studieväg 1 (kurs A–B) för personer med kort utbildningsbakgrund, studieväg 2 (kurs B–C) och "
             "studieväg 3 (kurs C–D) för personer med längre utbildning.",
             "Nybörjare: elever som påbörjat sin första sfi-kurs under året.",
             "Godkända på kurs D: elever som fått godkänt betyg på kurs D under året.",
             "Kommunraden är summan av kommunens studievägar; länsraden är summan av kommunerna."]
    for i, t in enumerate(lines, 1):
        d.cell(row=i, column=1, value=t)
    d["A1"].font = Font(bold=True)
    wb.save(path)


# ================================================================ main
FILES = [
    ("region_vasternorrland_valfardsrapport_2025_s14-15.pdf", write_pdf),
    ("bostadsanpassning_beslut_sundsvalls_kommun_2025.xlsx", write_bab),
    ("scb_skyddad_natur_kalmar_lan_2017-2024.csv", write_sn),
    ("skogsstyrelsen_avverkningsanmalningar_gavleborg_2023-2024.xlsx", write_gv),
    ("af_anstallningar_med_stod_halland_sep2025.csv", write_af),
    ("skolverket_sfi_elever_kronobergs_lan_2024.xlsx", write_sfi),
]


def main():
    if len(sys.argv) != 2:
        print("usage: python r135_make_files.py OUT_DIR")
        sys.exit(2)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for name, fn in FILES:
        fn(os.path.join(out, name))
        print("wrote", name)


if __name__ == "__main__":
    main()
