#!/usr/bin/env python3
"""Testomgång r226 – Stockholms län. Skriver sex påhittade men rimliga statistikfiler.

Användning:  python r226_make_files.py OUT_DIR

Deterministiskt: ingen klocka, ingen slump, fasta metadata i PDF/XLSX och fasta
tidsstämplar i xlsx-arkivens zip-poster.

Filer och deras "verklighetstrogna" krånglighet:
 1. af_inskrivna_arbetslosa_kommun_manadsrapport.csv
      Månadsrapport med RELATIVA periodrubriker ("Aktuell månad", "Motsv. månad
      föregående år"); själva månaden står bara i en inledande rad. Negativa
      förändringar skrivs med EFTERSTÄLLT minustecken ("336-") som i stordatorlistor.
 2. vagen_in_deltagarregister_2024.xlsx
      Deltagarregister (en rad per deltagare) där hemvist bara anges som POSTORT
      i versaler (TUMBA, HÄGERSTEN ...). Kommun måste hämtas via uppslagsbladet
      "Postorter" (blandade versaler/gemener). Pågående deltagare har "Pågår".
 3. ekonomiskt_bistand_2024.pdf
      PDF-tabell där förändringen mot 2023 anges UTAN TECKEN; riktningen visas
      bara med pilsymbol (▲ ökning, ▼ minskning, ● oförändrat). Raden
      "Länet exkl. Stockholms stad" står bland summeringsraderna.
 4. lediga_platser_af_omraden_2024.xlsx
      Redovisning per Arbetsförmedlingens område där flera kommuner är
      SAMMANSLAGNA ("Södertälje/Nykvarn", "Norrort"). Några tal är inklistrade
      som TEXT ("109 875", "10420 ") i en annars numerisk kolumn.
 5. fk_sjukersattning_kommun_kon.csv
      Försäkringskassans öppna data: kvot PER 1 000 försäkrade (promille, inte
      procent) och bara Kvinnor/Män – ingen totalrad för båda könen.
 6. beviljade_regionala_utvecklingsmedel_2024.pdf
      Beslutsförteckning (en rad per projekt) där upprepade värden i kolumnerna
      Kommun och Stödmottagare ersatts med "d:o" (dito).
"""
import csv
import io
import os
import re
import sys
import zipfile
from datetime import date, datetime, timedelta

# ---------------------------------------------------------------------------
# Grunddata
# ---------------------------------------------------------------------------
# kod, namn, befolkning 16-64 sep 2024, befolkning 16-64 sep 2025
KOMMUNER = [
    ("0114", "Upplands Väsby", 30410, 30790),
    ("0115", "Vallentuna", 21260, 21480),
    ("0117", "Österåker", 29150, 29520),
    ("0120", "Värmdö", 28340, 28710),
    ("0123", "Järfälla", 53120, 54060),
    ("0125", "Ekerö", 17980, 18130),
    ("0126", "Huddinge", 74870, 75520),
    ("0127", "Botkyrka", 61240, 61630),
    ("0128", "Salem", 10480, 10520),
    ("0136", "Haninge", 57310, 57980),
    ("0138", "Tyresö", 30870, 31020),
    ("0139", "Upplands-Bro", 19240, 19610),
    ("0140", "Nykvarn", 7020, 7110),
    ("0160", "Täby", 46790, 47130),
    ("0162", "Danderyd", 18920, 18960),
    ("0163", "Sollentuna", 47880, 48350),
    ("0180", "Stockholm", 659800, 664300),
    ("0181", "Södertälje", 65930, 66410),
    ("0182", "Nacka", 69850, 70920),
    ("0183", "Sundbyberg", 35960, 36540),
    ("0184", "Solna", 56020, 56480),
    ("0186", "Lidingö", 27140, 27210),
    ("0187", "Vaxholm", 7080, 7120),
    ("0188", "Norrtälje", 36150, 36420),
    ("0191", "Sigtuna", 31870, 32260),
    ("0192", "Nynäshamn", 16930, 17010),
]
NAMN = {k: n for k, n, _, _ in KOMMUNER}

# inskrivna arbetslösa, målandel (%) sep 2024 -> sep 2025
AF_RATE = {
    "Upplands Väsby": (6.8, 7.1), "Vallentuna": (3.7, 3.9), "Österåker": (3.9, 3.8),
    "Värmdö": (4.1, 4.0), "Järfälla": (6.5, 6.8), "Ekerö": (3.3, 3.2),
    "Huddinge": (7.0, 7.2), "Botkyrka": (10.2, 10.5), "Salem": (5.6, 5.4),
    "Haninge": (7.4, 7.7), "Tyresö": (4.5, 4.6), "Upplands-Bro": (6.9, 6.5),
    "Nykvarn": (4.6, 4.4), "Täby": (3.4, 3.5), "Danderyd": (3.1, 2.9),
    "Sollentuna": (5.0, 5.1), "Stockholm": (6.0, 6.2), "Södertälje": (11.8, 11.3),
    "Nacka": (4.2, 4.3), "Sundbyberg": (6.7, 6.4), "Solna": (5.1, 5.2),
    "Lidingö": (3.1, 3.1), "Vaxholm": (2.9, 2.7), "Norrtälje": (5.9, 5.6),
    "Sigtuna": (9.1, 9.3), "Nynäshamn": (6.2, 6.0),
}

# ekonomiskt bistånd, vuxna 18+, målandel (%) 2023 -> 2024
EB_RATE = {
    "Upplands Väsby": (4.3, 4.1), "Vallentuna": (1.6, 1.6), "Österåker": (1.8, 1.7),
    "Värmdö": (2.0, 1.9), "Järfälla": (4.1, 3.9), "Ekerö": (1.2, 1.2),
    "Huddinge": (4.3, 4.2), "Botkyrka": (7.2, 6.8), "Salem": (2.8, 2.9),
    "Haninge": (4.9, 4.7), "Tyresö": (2.5, 2.4), "Upplands-Bro": (3.5, 3.6),
    "Nykvarn": (2.4, 2.2), "Täby": (1.3, 1.3), "Danderyd": (0.8, 0.7),
    "Sollentuna": (2.6, 2.5), "Stockholm": (3.6, 3.5), "Södertälje": (8.3, 7.9),
    "Nacka": (2.1, 2.0), "Sundbyberg": (3.9, 3.7), "Solna": (2.7, 2.6),
    "Lidingö": (1.2, 1.1), "Vaxholm": (1.0, 0.9), "Norrtälje": (3.9, 3.8),
    "Sigtuna": (5.4, 5.6), "Nynäshamn": (4.8, 5.0),
}

# sjukersättning, bas per 1 000 försäkrade 2024 (båda kön)
FK_BASE = {
    "Botkyrka": 34, "Danderyd": 11, "Ekerö": 18, "Haninge": 33, "Huddinge": 27,
    "Järfälla": 26, "Lidingö": 14, "Nacka": 17, "Norrtälje": 41, "Nykvarn": 29,
    "Nynäshamn": 42, "Salem": 24, "Sigtuna": 35, "Sollentuna": 19, "Solna": 18,
    "Stockholm": 21, "Sundbyberg": 24, "Södertälje": 39, "Tyresö": 25, "Täby": 15,
    "Upplands Väsby": 30, "Upplands-Bro": 31, "Vallentuna": 22, "Vaxholm": 16,
    "Värmdö": 23, "Österåker": 21,
}

SV_ORDER = "abcdefghijklmnopqrstuvwxyzåäö"


def sv_key(s):
    out = []
    for ch in s.lower():
        if ch in SV_ORDER:
            out.append(SV_ORDER.index(ch) + 10)
        elif ch == " ":
            out.append(1)
        elif ch == "-":
            out.append(2)
        else:
            out.append(0)
    return out


def rnd(x, nd=0):
    """Avrundning halva uppåt (inte bankers rounding)."""
    from decimal import Decimal, ROUND_HALF_UP
    q = Decimal(1).scaleb(-nd)
    v = Decimal(repr(x)).quantize(q, rounding=ROUND_HALF_UP)
    return int(v) if nd == 0 else float(v)


def sv_dec(x, nd=1):
    return f"{x:.{nd}f}".replace(".", ",")


def sv_int(n):
    s = f"{abs(n):,}".replace(",", " ")
    return ("-" if n < 0 else "") + s


# ---------------------------------------------------------------------------
# Deterministiska zip-poster för xlsx
# ---------------------------------------------------------------------------
FIXED_ZIP_TIME = (2025, 1, 1, 0, 0, 0)


def normalize_zip(path):
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    # openpyxl skriver alltid aktuell tid i dcterms:modified – ersätt med fast värde
    fixed = []
    for name, data in items:
        if name == "docProps/core.xml":
            data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                          rb"\g<1>2025-03-03T09:00:00Z\g<2>", data)
        fixed.append((name, data))
    items = fixed
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def fix_props(wb, title):
    wb.properties.creator = "Region Stockholm, Tillväxt- och regionplaneförvaltningen"
    wb.properties.lastModifiedBy = "Region Stockholm"
    wb.properties.title = title
    wb.properties.created = datetime(2025, 3, 3, 9, 0, 0)
    wb.properties.modified = datetime(2025, 3, 3, 9, 0, 0)


# ---------------------------------------------------------------------------
# 1. AF månadsrapport, relativa periodrubriker + efterställt minus
# ---------------------------------------------------------------------------
def trailing_minus(x, nd=None):
    if nd is None:
        s = str(abs(int(x)))
    else:
        s = sv_dec(abs(x), nd)
    return s + "-" if x < 0 else s


def af_data():
    rows = []
    for kod, namn, p24, p25 in KOMMUNER:
        r24, r25 = AF_RATE[namn]
        a24 = rnd(p24 * r24 / 100)
        a25 = rnd(p25 * r25 / 100)
        rows.append((kod, namn, p24, p25, a24, a25))
    return rows


def write_af_csv(out):
    rows = af_data()
    lines = []
    lines.append("Arbetsförmedlingen – Månadsstatistik;;;;;;")
    lines.append("Inskrivna arbetslösa 16–64 år (öppet arbetslösa och sökande i program med aktivitetsstöd);;;;;;")
    lines.append("Redovisningsmånad: september 2025. Jämförelse avser samma månad året innan.;;;;;;")
    lines.append("Urval: Stockholms län, kommuner;;;;;;")
    lines.append(";;;;;;")
    lines.append("Kommun;Aktuell månad, antal;Aktuell månad, andel av registerbaserad arbetskraft (%);"
                 "Motsv. månad föregående år, antal;Motsv. månad föregående år, andel (%);"
                 "Förändring, antal;Förändring, procentenheter")

    def line(namn, a25, s25, a24, s24):
        return ";".join([namn, str(a25), sv_dec(s25), str(a24), sv_dec(s24),
                         trailing_minus(a25 - a24), trailing_minus(rnd(s25 - s24, 1), 1)])

    for kod, namn, p24, p25, a24, a25 in sorted(rows, key=lambda r: sv_key(r[1])):
        s24 = rnd(a24 / p24 * 100, 1)
        s25 = rnd(a25 / p25 * 100, 1)
        lines.append(line(namn, a25, s25, a24, s24))
    P24 = sum(r[2] for r in rows); P25 = sum(r[3] for r in rows)
    A24 = sum(r[4] for r in rows); A25 = sum(r[5] for r in rows)
    lines.append(line("Stockholms län", A25, rnd(A25 / P25 * 100, 1), A24, rnd(A24 / P24 * 100, 1)))
    lines.append(line("Riket", 368412, 6.8, 357965, 6.6))
    lines.append(";;;;;;")
    lines.append("Negativa förändringar redovisas med efterställt minustecken.;;;;;;")
    lines.append("Källa: Arbetsförmedlingen, Datalagret (uttag 2025-10-14);;;;;;")
    with open(os.path.join(out, "af_inskrivna_arbetslosa_kommun_manadsrapport.csv"), "w",
              encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------
# 2. Deltagarregister med postort + uppslagsblad
# ---------------------------------------------------------------------------
POSTORTER = [
    # postort (som i uppslagsbladet), kommunkod, antal deltagare i registret
    ("Bandhagen", "0180", 4), ("Bromma", "0180", 3), ("Enskede", "0180", 2),
    ("Farsta", "0180", 5), ("Hägersten", "0180", 6), ("Hässelby", "0180", 4),
    ("Johanneshov", "0180", 2), ("Skärholmen", "0180", 8), ("Spånga", "0180", 7),
    ("Stockholm", "0180", 3), ("Vällingby", "0180", 5), ("Årsta", "0180", 0),
    ("Grödinge", "0127", 1), ("Norsborg", "0127", 11), ("Tullinge", "0127", 3),
    ("Tumba", "0127", 7),
    ("Huddinge", "0126", 9), ("Segeltorp", "0126", 1), ("Skogås", "0126", 4),
    ("Trångsund", "0126", 2), ("Kungens Kurva", "0126", 0),
    ("Handen", "0136", 6), ("Haninge", "0136", 3), ("Jordbro", "0136", 5),
    ("Tungelsta", "0136", 1), ("Västerhaninge", "0136", 3), ("Dalarö", "0136", 0),
    ("Hölö", "0181", 1), ("Järna", "0181", 3), ("Mölnbo", "0181", 1),
    ("Södertälje", "0181", 17),
    ("Märsta", "0191", 9), ("Rosersberg", "0191", 1), ("Sigtuna", "0191", 2),
    ("Järfälla", "0123", 8), ("Kallhäll", "0123", 3),
]


def register_rows():
    expanded = []
    for po, kod, n in POSTORTER:
        expanded += [po] * n
    n = len(expanded)  # 150
    order = sorted(range(n), key=lambda j: (j * 37) % n)
    insatser = ["Jobbcoachning", "Språkpraktik", "Yrkessvenska", "Arbetsträning"]
    orsaker = ["Arbete", "Studier", "Arbete", "Annan insats", "Avbrott", "Arbete",
               "Flytt", "Studier", "Arbete"]
    rows = []
    for i, j in enumerate(order):
        po = expanded[j].upper()
        kon = "K" if (i * 7 + 3) % 11 < 6 else "M"
        start = date(2024, 1, 8) + timedelta(days=(i * 29) % 310)
        end = None
        orsak = "Pågår"
        if (i * 13) % 10 <= 7:
            e = start + timedelta(days=30 + (i * 31) % 200)
            if e <= date(2024, 12, 31):
                end = e
                orsak = orsaker[(i * 5) % 9]
        rows.append((f"VI-{1001 + i}", po, kon, insatser[(i * 3) % 4], start, end, orsak))
    return rows


def write_register_xlsx(out):
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook()
    fix_props(wb, "Vägen in – deltagarregister 2024")
    ws = wb.active
    ws.title = "Deltagare"
    hdr = ["Deltagar-ID", "Postort", "Kön", "Insats", "Inskrivningsdatum", "Avslutsdatum", "Avslutsorsak"]
    ws.append(hdr)
    for c in ws[1]:
        c.font = Font(bold=True)
    for r in register_rows():
        ws.append(list(r))
    for row in ws.iter_rows(min_row=2, min_col=5, max_col=6):
        for c in row:
            c.number_format = "yyyy-mm-dd"
    for col, w in zip("ABCDEFG", [12, 16, 6, 16, 18, 14, 14]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A2"

    ws2 = wb.create_sheet("Postorter")
    ws2.append(["Postort", "Kommunkod", "Kommun"])
    for c in ws2[1]:
        c.font = Font(bold=True)
    for po, kod, _ in sorted(POSTORTER, key=lambda p: sv_key(p[0])):
        ws2.append([po, kod, NAMN[kod]])
    ws2.column_dimensions["A"].width = 16
    ws2.column_dimensions["C"].width = 14

    ws3 = wb.create_sheet("Info")
    for t in [
        ["ESF-projektet Vägen in – deltagarregister, inskrivna 2024"],
        ["Projektägare: Region Stockholm i samverkan med Stockholm, Botkyrka, Huddinge, Haninge, Södertälje, Sigtuna och Järfälla."],
        ["En rad per deltagare. Hemvist anges som postort enligt folkbokföringsadress; se bladet Postorter för kommuntillhörighet."],
        ["Avslutsorsak 'Pågår' = deltagaren var fortfarande inskriven 2024-12-31."],
        ["Uttag 2025-01-20. Ålder registreras inte i projektets register."],
    ]:
        ws3.append(t)
    p = os.path.join(out, "vagen_in_deltagarregister_2024.xlsx")
    wb.save(p)
    normalize_zip(p)


# ---------------------------------------------------------------------------
# 3. PDF ekonomiskt bistånd med pilar
# ---------------------------------------------------------------------------
def find_font(fname):
    for d in ["/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu",
              "/usr/share/fonts/TTF", "/usr/local/share/fonts", "/Library/Fonts",
              "C:/Windows/Fonts"]:
        p = os.path.join(d, fname)
        if os.path.exists(p):
            return p
    raise SystemExit(f"Hittar inte typsnittet {fname} (DejaVu behövs för pilsymbolerna)")


def register_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if "DejaVu" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVu", find_font("DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont("DejaVu-Bold", find_font("DejaVuSans-Bold.ttf")))


def eb_data():
    rows = []
    for kod, namn, p24, p25 in KOMMUNER:
        pop18_23 = rnd(p24 * 1.21)
        pop18_24 = rnd(p25 * 1.21)
        r23, r24 = EB_RATE[namn]
        rows.append((namn, pop18_23, pop18_24, rnd(pop18_23 * r23 / 100), rnd(pop18_24 * r24 / 100)))
    return rows


def arrow(x, nd=None):
    if x > 0:
        sym = "▲"
    elif x < 0:
        sym = "▼"
    else:
        sym = "●"
    v = sv_int(abs(x)) if nd is None else sv_dec(abs(x), nd)
    return f"{sym} {v}"


def write_eb_pdf(out):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    register_fonts()
    rows = eb_data()
    p = os.path.join(out, "ekonomiskt_bistand_2024.pdf")
    c = canvas.Canvas(p, pagesize=A4, invariant=1, pageCompression=0)
    c.setTitle("Ekonomiskt bistånd 2024 – Stockholms län")
    c.setAuthor("Region Stockholm")
    c.setSubject("Faktablad social välfärd")
    c.setCreator("Region Stockholm")
    W, H = A4
    y = H - 60
    c.setFont("DejaVu-Bold", 14)
    c.drawString(50, y, "Ekonomiskt bistånd 2024 – Stockholms län")
    y -= 20
    c.setFont("DejaVu", 9)
    c.drawString(50, y, "Tabell 3. Vuxna biståndsmottagare (18 år och äldre) under året, antal och andel av")
    y -= 12
    c.drawString(50, y, "befolkningen 18+ samt förändring jämfört med 2023.")
    y -= 26
    cols = [50, 255, 340, 430, 520]
    c.setFont("DejaVu-Bold", 8.5)
    c.drawString(cols[0], y, "Område")
    c.drawRightString(cols[1] + 40, y, "Antal 2024")
    c.drawRightString(cols[2] + 45, y, "Andel 2024, %")
    c.drawRightString(cols[3] + 50, y, "Förändr. antal")
    c.drawRightString(cols[4] + 30, y, "Förändr. p.e.")
    y -= 4
    c.line(50, y, 550, y)
    y -= 13

    def draw(label, a24, s24, a23, s23, bold=False):
        nonlocal y
        c.setFont("DejaVu-Bold" if bold else "DejaVu", 8.5)
        c.drawString(cols[0], y, label)
        c.drawRightString(cols[1] + 40, y, sv_int(a24))
        c.drawRightString(cols[2] + 45, y, sv_dec(s24))
        c.drawRightString(cols[3] + 50, y, arrow(a24 - a23))
        c.drawRightString(cols[4] + 30, y, arrow(rnd(s24 - s23, 1), 1))
        y -= 13

    P23 = sum(r[1] for r in rows); P24 = sum(r[2] for r in rows)
    A23 = sum(r[3] for r in rows); A24 = sum(r[4] for r in rows)
    draw("Stockholms län", A24, rnd(A24 / P24 * 100, 1), A23, rnd(A23 / P23 * 100, 1), bold=True)
    st = [r for r in rows if r[0] == "Stockholm"][0]
    xP23, xP24, xA23, xA24 = P23 - st[1], P24 - st[2], A23 - st[3], A24 - st[4]
    draw("Länet exkl. Stockholms stad", xA24, rnd(xA24 / xP24 * 100, 1), xA23,
         rnd(xA23 / xP23 * 100, 1), bold=True)
    y -= 4
    c.line(50, y + 9, 550, y + 9)
    for namn, p23, p24, a23, a24 in sorted(rows, key=lambda r: sv_key(r[0])):
        draw(namn, a24, rnd(a24 / p24 * 100, 1), a23, rnd(a23 / p23 * 100, 1))
    y -= 4
    c.line(50, y + 9, 550, y + 9)
    y -= 8
    c.setFont("DejaVu", 7.5)
    for t in [
        "Förändringar redovisas utan tecken: ▲ = ökning jämfört med 2023, ▼ = minskning, ● = oförändrat.",
        "Förändring i procentenheter (p.e.) beräknad på avrundade andelar.",
        "Biståndsmottagare = personer 18+ som under året ingått i hushåll som fått ekonomiskt bistånd.",
        "Källa: Socialstyrelsen, statistik om ekonomiskt bistånd; SCB befolkningsstatistik. Bearbetning: Region Stockholm.",
    ]:
        c.drawString(50, y, t)
        y -= 11
    c.setFont("DejaVu", 7)
    c.drawRightString(550, 30, "Faktablad social välfärd 2025:2  –  sida 3")
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# 4. Lediga platser per AF-område, sammanslagna kommuner + tal som text
# ---------------------------------------------------------------------------
OMRADEN = [
    # område, ingående kommuner, lediga 2023, lediga 2024, inskr. arbetslösa årsmedel 2024
    ("Stockholm/Ekerö", "Stockholm, Ekerö", 118420, "109 875", 40310),
    ("Solna/Sundbyberg", "Solna, Sundbyberg", 24610, 23980, 5190),
    ("Lidingö", "Lidingö", 2140, 2015, 830),
    ("Nacka/Värmdö", "Nacka, Värmdö", 9870, 9215, 4120),
    ("Norrort", "Danderyd, Täby, Vallentuna, Vaxholm, Österåker", 11350, 10960, 4060),
    ("Sollentuna/Upplands Väsby", "Sollentuna, Upplands Väsby", 8720, 8905, 4550),
    ("Järfälla/Upplands-Bro", "Järfälla, Upplands-Bro", 7480, 7130, 4820),
    ("Sigtuna", "Sigtuna", 9960, "10420 ", 2910),
    ("Norrtälje", "Norrtälje", 3120, 2980, 2010),
    ("Huddinge", "Huddinge", 8310, 7890, "5 310"),
    ("Botkyrka/Salem", "Botkyrka, Salem", 5690, 5420, 6860),
    ("Haninge/Tyresö/Nynäshamn", "Haninge, Nynäshamn, Tyresö", 7050, 6640, 6710),
    ("Södertälje/Nykvarn", "Nykvarn, Södertälje", 8940, "9 310", 7650),
]


def write_lediga_xlsx(out):
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment
    wb = Workbook()
    fix_props(wb, "Lediga platser per AF-område 2024")
    ws = wb.active
    ws.title = "Områden"
    ws["A1"] = "Nyanmälda lediga platser och inskrivna arbetslösa per arbetsförmedlingsområde, Stockholms län"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Helår 2023 och 2024. Inskrivna arbetslösa = årsmedeltal 2024 (16–64 år)."
    hdr = ["Område", "Ingående kommuner", "Nyanmälda lediga platser 2023",
           "Nyanmälda lediga platser 2024", "Inskrivna arbetslösa, årsmedeltal 2024"]
    ws.append([])
    ws.append(hdr)
    for c in ws[4]:
        c.font = Font(bold=True)
        c.alignment = Alignment(wrap_text=True, vertical="top")
    for r in OMRADEN:
        ws.append(list(r))
    last = ws.max_row
    for row in ws.iter_rows(min_row=5, max_row=last, min_col=3, max_col=5):
        for c in row:
            if isinstance(c.value, int):
                c.number_format = "#,##0"
            else:
                c.alignment = Alignment(horizontal="right")
    ws.append([])
    ws.append(["Områdesindelningen följer Arbetsförmedlingens lokala planeringsområden; "
               "kommuner inom ett område redovisas inte separat."])
    ws.append(["Några värden för 2024 har klistrats in från områdenas egna rapporter."])
    ws.append(["Källa: Arbetsförmedlingen. Sammanställning: Region Stockholm, mars 2025."])
    for col, w in zip("ABCDE", [28, 44, 16, 16, 18]):
        ws.column_dimensions[col].width = w
    p = os.path.join(out, "lediga_platser_af_omraden_2024.xlsx")
    wb.save(p)
    normalize_zip(p)


# ---------------------------------------------------------------------------
# 5. FK sjukersättning, per 1 000, bara kvinnor/män
# ---------------------------------------------------------------------------
def fk_rows():
    rows = []
    yf = {2022: (0.972, 1.08), 2023: (0.986, 1.04), 2024: (1.0, 1.0)}
    for ar in (2022, 2023, 2024):
        for kod, namn, p24, p25 in KOMMUNER:
            base = FK_BASE[namn]
            for kon, share, mult in (("Kvinnor", 0.49, 1.30), ("Män", 0.51, 0.72)):
                fors = rnd(p24 * share * yf[ar][0])
                antal = rnd(fors * base * mult * yf[ar][1] / 1000)
                per1000 = rnd(antal / fors * 1000, 1)
                rows.append((ar, "01", "Stockholms län", kod, namn, kon, antal, fors, per1000))
    return rows


def write_fk_csv(out):
    p = os.path.join(out, "fk_sjukersattning_kommun_kon.csv")
    with open(p, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ar", "lan_kod", "lan_namn", "kommun_kod", "kommun_namn", "kon",
                    "antal_mottagare", "antal_forsakrade_16_64", "mottagare_per_1000_forsakrade"])
        for r in fk_rows():
            r = list(r)
            r[8] = f"{r[8]:.1f}"
            w.writerow(r)


# ---------------------------------------------------------------------------
# 6. PDF beslutsförteckning med d:o
# ---------------------------------------------------------------------------
PROJEKT = [
    # kommun, stödmottagare, projekt, beslutsdatum, belopp
    ("Botkyrka", "Botkyrka kommun", "Unga till jobb i Alby", "2024-02-14", 1450000),
    ("Botkyrka", "Botkyrka kommun", "Fittja matchningslabb", "2024-05-22", 820000),
    ("Botkyrka", "Stiftelsen Mångkulturellt forum", "Kulturella näringar söder", "2024-09-11", 600000),
    ("Haninge", "Haninge kommun", "Jordbro företagslots", "2024-03-06", 975000),
    ("Haninge", "Haninge Näringsliv ek. för.", "Hamn- och logistikkompetens", "2024-10-02", 1200000),
    ("Hela länet", "Stockholmsregionens företagarråd", "Kompetensförsörjning i besöksnäringen", "2024-01-24", 2400000),
    ("Hela länet", "Stockholmsregionens företagarråd", "Grön omställning i små företag", "2024-04-17", 3150000),
    ("Hela länet", "Kommunförbundet Stockholms län", "Regional validering", "2024-06-12", 1800000),
    ("Hela länet", "Kommunförbundet Stockholms län", "Gemensam statistik för kompetensförsörjning", "2024-11-20", 950000),
    ("Huddinge", "Huddinge kommun", "Flemingsberg science link", "2024-02-28", 2100000),
    ("Huddinge", "Huddinge kommun", "Skogås ungdomsentreprenörer", "2024-05-08", 540000),
    ("Huddinge", "Södertörns högskola", "Forskarskola för regional utveckling", "2024-08-21", 1650000),
    ("Huddinge", "Södertörns högskola", "Hållbar campusmiljö", "2024-12-04", 735000),
    ("Järfälla", "Järfälla kommun", "Barkarbystaden näringslivsdialog", "2024-03-20", 880000),
    ("Järfälla", "Järfälla Socialt företagande ek. för.", "Arbetsintegrerande företag i Kallhäll", "2024-09-25", 430000),
    ("Nacka", "Nacka kommun", "Tunnelbanan som tillväxtmotor", "2024-04-03", 1100000),
    ("Norrtälje", "Norrtälje kommun", "Skärgårdens digitala infrastruktur", "2024-01-31", 2750000),
    ("Norrtälje", "Norrtälje kommun", "Landsbygdens servicepunkter", "2024-06-26", 690000),
    ("Norrtälje", "Roslagens besöksnäring ek. för.", "Året-runt-turism i Roslagen", "2024-10-16", 1250000),
    ("Sigtuna", "Sigtuna kommun", "Arlandastad kompetenscentrum", "2024-03-13", 1900000),
    ("Sigtuna", "Sigtuna kommun", "Logistikutbildning för vuxna i Märsta", "2024-11-06", 760000),
    ("Stockholm", "Stockholms stad", "Järvalyftet näringsliv", "2024-02-07", 2300000),
    ("Stockholm", "Stockholms stad", "Söderort innovationsarena", "2024-05-29", 1400000),
    ("Stockholm", "Stiftelsen Stockholm Innovation", "Testbädd för elektrifierad sjöfart", "2024-09-04", 3500000),
    ("Stockholm", "Stiftelsen Stockholm Innovation", "Life science-nätverk för små bolag", "2024-12-11", 1050000),
    ("Södertälje", "Södertälje kommun", "Telge jobbsteg", "2024-01-17", 1350000),
    ("Södertälje", "Södertälje kommun", "Hovsjö lokal utveckling", "2024-04-24", 620000),
    ("Södertälje", "Södertälje Science Park AB", "Automation för små och medelstora företag", "2024-07-03", 2050000),
    ("Södertälje", "Södertälje Science Park AB", "Kemiteknisk yrkesutbildning", "2024-10-30", 985000),
    ("Upplands-Bro", "Upplands-Bro kommun", "Kungsängens logistikkluster", "2024-06-05", 850000),
    ("Värmdö", "Värmdö kommun", "Gustavsberg kreativa näringar", "2024-08-14", 575000),
]


def write_projekt_pdf(out):
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas
    register_fonts()
    p = os.path.join(out, "beviljade_regionala_utvecklingsmedel_2024.pdf")
    c = canvas.Canvas(p, pagesize=landscape(A4), invariant=1, pageCompression=0)
    c.setTitle("Beviljade regionala utvecklingsmedel 2024")
    c.setAuthor("Region Stockholm")
    c.setCreator("Region Stockholm")
    W, H = landscape(A4)
    y = H - 45
    c.setFont("DejaVu-Bold", 13)
    c.drawString(40, y, "Förteckning över beslut – regionala utvecklingsmedel (anslag 1:1) 2024")
    y -= 16
    c.setFont("DejaVu", 8.5)
    c.drawString(40, y, "Bilaga 2 till regional utvecklingsnämnds protokoll 2025-02-11, § 14. Beviljade projekt, Stockholms län.")
    y -= 24
    X = [40, 110, 190, 390, 640, 800]
    c.setFont("DejaVu-Bold", 8.5)
    c.drawString(X[0], y, "Dnr")
    c.drawString(X[1], y, "Kommun")
    c.drawString(X[2], y, "Stödmottagare")
    c.drawString(X[3], y, "Projekt")
    c.drawString(X[4], y, "Beslutsdatum")
    c.drawRightString(X[5], y, "Beviljat, kr")
    y -= 4
    c.line(40, y, 800, y)
    y -= 12
    c.setFont("DejaVu", 8.5)
    prev_k = prev_s = None
    total = 0
    for i, (k, s, proj, d, bel) in enumerate(PROJEKT):
        c.drawString(X[0], y, f"RS 2024-{(i * 41 + 112) % 900 + 100:04d}")
        c.drawString(X[1], y, "d:o" if k == prev_k else k)
        c.drawString(X[2], y, "d:o" if (s == prev_s and k == prev_k) else s)
        c.drawString(X[3], y, proj)
        c.drawString(X[4], y, d)
        c.drawRightString(X[5], y, sv_int(bel))
        total += bel
        prev_k, prev_s = k, s
        y -= 12.5
    y += 4
    c.line(40, y, 800, y)
    y -= 12
    c.setFont("DejaVu-Bold", 8.5)
    c.drawString(X[0], y, "Summa beviljat 2024")
    c.drawRightString(X[5], y, sv_int(total))
    y -= 20
    c.setFont("DejaVu", 7.5)
    c.drawString(40, y, "\"d:o\" = samma som raden ovan. \"Hela länet\" avser länsövergripande projekt utan enskild kommun.")
    y -= 11
    c.drawString(40, y, "Beloppen avser beviljat stöd för hela projektperioden, inte utbetalt belopp 2024.")
    c.setFont("DejaVu", 7)
    c.drawRightString(800, 25, "Region Stockholm, Tillväxt- och regionplaneförvaltningen")
    c.showPage()
    c.save()


def main():
    if len(sys.argv) != 2:
        raise SystemExit("Användning: python r226_make_files.py OUT_DIR")
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    write_af_csv(out)
    write_register_xlsx(out)
    write_eb_pdf(out)
    write_lediga_xlsx(out)
    write_fk_csv(out)
    write_projekt_pdf(out)
    for f in sorted(os.listdir(out)):
        print(f, os.path.getsize(os.path.join(out, f)))


if __name__ == "__main__":
    main()
