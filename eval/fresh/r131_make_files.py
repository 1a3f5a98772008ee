"""r131 - statistics test round: six invented but plausible Swedish exports.

Run:  python r131_make_files.py OUT_DIR

Files written into OUT_DIR (all figures invented, deterministic, no randomness
from the random module - a small sha256-based generator keeps them stable):

1. kronofogden_skuldsatta_stockholms_lan_2022_2024.csv
   Kronofogden, persons with debts under collection per municipality of
   Stockholms län. Windows-1252, CRLF, semicolon-separated. Metadata lines at
   the top AND a footer, each starting with "#". Long layout: one row per
   municipality and year (2022, 2023, 2024), the county row "Stockholms län"
   first in each year block. Municipality codes have lost their leading zero
   after a pass through Excel ("180" = 0180 Stockholm, "1" = 01 the county).
   Decimal commas, total debt in mnkr with space thousands "6 532,8", median
   debt "58 420", ".." for masked small counts of young debtors (the county
   row still includes them).

2. arbetsmiljoverket_arbetsolyckor_norrbotten_2022_2024.xlsx
   Arbetsmiljöverket (ISA), reported occupational accidents with sick leave
   per municipality of Norrbottens län. Sheet "Arbetsolyckor": two title rows,
   then a THREE-row merged header: year (merged over 4 columns) > Kvinnor/Män
   (merged over 2) > "Antal" / "Per 1 000 förv." ; "Kommun" merged down over
   the three header rows; 14 municipalities and a bold "Norrbottens län" row;
   "–" (en dash) as text for zero; two footnote rows. Sheet
   "Arbetssjukdomar": reported occupational diseases, both sexes, years as
   columns, a distractor. Sheet "Om statistiken": prose only.

3. kaa_register_kalmar_lan_2024.csv
   Record-level register of the municipal activity responsibility (KAA) in
   Kalmar län, one row per young person (16-19) registered in 2024. UTF-8
   without BOM, comma-separated, LF, no title lines. The column "Insatser"
   holds SEVERAL values in one quoted cell ("Praktik, Studiebesök").
   ISO dates, blank "Första kontakt" when the person was never reached,
   blank "Avslutad" and "Avslutsorsak" for ongoing cases. Export 2025-01-31.

4. lansstyrelsen_vasternorrland_mottagande_nyanlanda_2017_2024.pdf
   Länsstyrelsen Västernorrland fact sheet. A wide table SPLIT BY COLUMNS over
   two pages: page 1 has 2017-2020, page 2 "Tabell 1 (forts.)" repeats the
   row labels and has 2021-2024 plus "därav anvisade 2024" and
   "Kommuntal 2024". Prose on page 1 quotes the 2024 county figures. A
   footnote mark "a)" on a row label, source line, space thousands.

5. af_rusta_och_matcha_resultat_skane_2024.xlsx
   Arbetsförmedlingen, Rusta och matcha 2: results per provider and delivery
   area in Skåne. Sheet "Resultat": three title/metadata rows, header on row 5.
   The column "Till arbete eller studier, antal (andel)" combines a count and
   a share in ONE text cell ("123 (38,5 %)"); the comparison with the expected
   result is signed text "+2,3" / "-1,4" in percentage points; rating 1-4 as a
   number or the text "Ej betygsatt"; a provider with < 20 finished
   participants masked with "–"; an italic "Samtliga leverantörer i <område>"
   row closing each area block. Sheet "Betygsskala": explanation.

6. myh_beslut_yh_2025_lan_utbildningsomrade.csv
   Myndigheten för yrkeshögskolan, decisions in application round 2025 per
   county and education area. UTF-8 (no BOM), semicolon, long layout. Printed
   report converted to CSV: every "page" starts again with the agency line,
   the title line, "Sida N av 4" and the column header (header REPEATED
   inside the file), blank separator lines between pages. Education-area
   names contain commas. Decimal commas, ".." for the grant rate when nothing
   was applied for. Ends with a "Riket" block (per area and "Samtliga
   områden") and a source/footnote line.
"""
import csv
import datetime as dt
import hashlib
import io
import os
import sys


def rnd(*key):
    """Deterministic pseudo-random float in [0, 1) from a key."""
    h = hashlib.sha256("|".join(str(k) for k in key).encode("utf-8")).hexdigest()
    return int(h[:15], 16) / float(16 ** 15)


def rint(lo, hi, *key):
    return lo + int(rnd(*key) * (hi - lo + 1))


def sv(x, dec=1):
    """Swedish decimal comma."""
    return f"{x:.{dec}f}".replace(".", ",")


def sp(n):
    """Space thousands for an int."""
    return f"{n:,}".replace(",", " ")


def sp_dec(x, dec=1):
    s = f"{x:,.{dec}f}"
    return s.replace(",", " ").replace(".", ",")


# ---------------------------------------------------------------------------
# 1. Kronofogden, Stockholms län
# ---------------------------------------------------------------------------
STHLM = [
    ("0114", "Upplands Väsby", 36000, 4.3),
    ("0115", "Vallentuna", 26000, 2.9),
    ("0117", "Österåker", 36000, 3.1),
    ("0120", "Värmdö", 35000, 3.2),
    ("0123", "Järfälla", 63000, 4.0),
    ("0125", "Ekerö", 22000, 2.4),
    ("0126", "Huddinge", 88000, 4.2),
    ("0127", "Botkyrka", 70000, 5.9),
    ("0128", "Salem", 13000, 3.3),
    ("0136", "Haninge", 70000, 5.1),
    ("0138", "Tyresö", 38000, 3.4),
    ("0139", "Upplands-Bro", 23000, 4.5),
    ("0140", "Nykvarn", 8000, 3.5),
    ("0160", "Täby", 55000, 1.9),
    ("0162", "Danderyd", 24000, 1.4),
    ("0163", "Sollentuna", 55000, 2.7),
    ("0180", "Stockholm", 780000, 3.6),
    ("0181", "Södertälje", 78000, 6.4),
    ("0182", "Nacka", 82000, 2.6),
    ("0183", "Sundbyberg", 42000, 3.9),
    ("0184", "Solna", 65000, 3.0),
    ("0186", "Lidingö", 37000, 1.7),
    ("0187", "Vaxholm", 9000, 1.8),
    ("0188", "Norrtälje", 50000, 4.4),
    ("0191", "Sigtuna", 38000, 5.3),
    ("0192", "Nynäshamn", 23000, 4.8),
]
KFM_YEARS = [2022, 2023, 2024]
KFM_MASK = {("Nykvarn", 2022), ("Vaxholm", 2023), ("Vaxholm", 2024)}


def kfm_data():
    rows = {}
    for code, name, pop24, share24 in STHLM:
        for y in KFM_YEARS:
            popf = {2022: 0.982, 2023: 0.991, 2024: 1.0}[y]
            pop = int(round(pop24 * popf * (1 + (rnd("pop", name, y) - 0.5) * 0.004)))
            sharef = {2022: 0.965, 2023: 0.985, 2024: 1.0}[y]
            share = share24 * sharef * (1 + (rnd("sh", name, y) - 0.5) * 0.04)
            antal = int(round(pop * share / 100))
            avg = 185000 + rnd("avg", name) * 80000 + (y - 2022) * 6000
            mnkr = round(antal * avg / 1e6, 1)
            median = int(round((46000 + rnd("med", name) * 28000 + (y - 2022) * 1500) / 10.0)) * 10
            young = int(round(antal * (0.058 + rnd("yg", name, y) * 0.018)))
            if (name, y) in KFM_MASK:
                young = min(young, 9)
            rows[(name, y)] = dict(code=code, pop=pop, antal=antal, mnkr=mnkr,
                                   median=median, young=young)
    return rows


def write_kfm(out):
    d = kfm_data()
    lines = [
        "# Personer med skulder hos Kronofogden per kommun, Stockholms län 2022–2024",
        "# Avser personer 18 år och äldre med minst en skuld under indrivning den 31 december respektive år.",
        "# Källa: Kronofogden, bearbetning Region Stockholm, Tillväxt och regional utveckling. Uttag 2025-03-14",
        "Kommunkod;Kommun;År;Antal skuldsatta;Andel av befolkningen 18+ (%);Total skuld (mnkr);"
        "Skuldsatta 18-25 år;Medianskuld (kr)",
    ]
    for y in KFM_YEARS:
        pop = sum(d[(n, y)]["pop"] for _, n, _, _ in STHLM)
        antal = sum(d[(n, y)]["antal"] for _, n, _, _ in STHLM)
        mnkr = round(sum(d[(n, y)]["mnkr"] for _, n, _, _ in STHLM), 1)
        young = sum(d[(n, y)]["young"] for _, n, _, _ in STHLM)
        med = int(round(sum(d[(n, y)]["median"] * d[(n, y)]["antal"] for _, n, _, _ in STHLM) / antal / 10.0)) * 10
        lines.append(f"1;Stockholms län;{y};{antal};{sv(antal / pop * 100)};{sp_dec(mnkr)};{young};{sp(med)}")
        for code, name, _, _ in STHLM:
            r = d[(name, y)]
            yg = ".." if (name, y) in KFM_MASK else str(r["young"])
            lines.append(
                f"{int(code)};{name};{y};{r['antal']};{sv(r['antal'] / r['pop'] * 100)};"
                f"{sp_dec(r['mnkr'])};{yg};{sp(r['median'])}")
    lines.append("# .. = färre än 10 personer, redovisas inte av sekretesskäl. Länets summa omfattar även dessa.")
    lines.append("# Andel = antal skuldsatta / folkmängd 18 år och äldre 31 december.")
    with open(os.path.join(out, "kronofogden_skuldsatta_stockholms_lan_2022_2024.csv"), "w",
              encoding="cp1252", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------
# 2. Arbetsmiljöverket, Norrbotten
# ---------------------------------------------------------------------------
NB = [  # name, employed women, employed men, base rate women, base rate men
    ("Arvidsjaur", 1500, 1700, 5.5, 8.5),
    ("Arjeplog", 700, 900, 4.0, 9.0),
    ("Boden", 6500, 7000, 5.8, 8.8),
    ("Gällivare", 4000, 5600, 6.2, 12.4),
    ("Haparanda", 2000, 2100, 5.0, 8.0),
    ("Jokkmokk", 1100, 1250, 5.2, 9.5),
    ("Kalix", 3500, 3800, 5.9, 9.8),
    ("Kiruna", 5500, 7600, 6.4, 13.1),
    ("Luleå", 22000, 23500, 5.3, 8.9),
    ("Pajala", 1200, 1350, 4.5, 10.4),
    ("Piteå", 10000, 10600, 5.6, 10.2),
    ("Älvsbyn", 1800, 2000, 5.1, 9.6),
    ("Överkalix", 700, 720, 3.8, 8.1),
    ("Övertorneå", 880, 900, 4.2, 7.9),
]
AV_YEARS = [2022, 2023, 2024]
AV_ZERO = {("Arjeplog", 2023, "K"), ("Överkalix", 2024, "K")}


def av_data():
    d = {}
    for name, ek, em, rk, rm in NB:
        for y in AV_YEARS:
            for sex, emp, rate in (("K", ek, rk), ("M", em, rm)):
                e = int(round(emp * (1 + (y - 2023) * 0.006)))
                r = rate * (1 + (rnd("av", name, y, sex) - 0.5) * 0.3)
                a = int(round(e * r / 1000))
                if (name, y, sex) in AV_ZERO:
                    a = 0
                d[(name, y, sex)] = dict(emp=e, antal=a, rate=round(a / e * 1000, 1))
    return d


def av_disease():
    d = {}
    for name, ek, em, _, _ in NB:
        for y in AV_YEARS:
            d[(name, y)] = int(round((ek + em) * (1.6 + rnd("dis", name, y) * 1.4) / 1000))
    return d


def write_av(out):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, Border, Side
    from openpyxl.utils import get_column_letter

    d = av_data()
    wb = Workbook()
    ws = wb.active
    ws.title = "Arbetsolyckor"
    ws["A1"] = ("Anmälda arbetsolyckor med sjukfrånvaro efter arbetsställets kommun, kön och år. "
                "Norrbottens län 2022–2024")
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = ("Källa: Arbetsmiljöverket, ISA – Informationssystemet om arbetsskador. "
                "Bearbetning: Region Norrbotten, Regional utveckling")
    ws["A2"].font = Font(italic=True, size=9)
    thin = Side(style="thin")
    ws.merge_cells(start_row=4, start_column=1, end_row=6, end_column=1)
    ws.cell(row=4, column=1, value="Kommun").font = Font(bold=True)
    ws.cell(row=4, column=1).alignment = Alignment(vertical="center")
    col = 2
    for y in AV_YEARS:
        ws.merge_cells(start_row=4, start_column=col, end_row=4, end_column=col + 3)
        c = ws.cell(row=4, column=col, value=y)
        c.font = Font(bold=True)
        c.alignment = Alignment(horizontal="center")
        for j, sexname in enumerate(("Kvinnor", "Män")):
            ws.merge_cells(start_row=5, start_column=col + 2 * j, end_row=5, end_column=col + 2 * j + 1)
            c = ws.cell(row=5, column=col + 2 * j, value=sexname)
            c.alignment = Alignment(horizontal="center")
            c.font = Font(bold=True)
            ws.cell(row=6, column=col + 2 * j, value="Antal").font = Font(bold=True)
            ws.cell(row=6, column=col + 2 * j + 1, value="Per 1 000 förv.").font = Font(bold=True)
        col += 4
    for cc in range(1, 14):
        ws.cell(row=6, column=cc).border = Border(bottom=thin)
    r = 7
    for name, *_ in NB:
        ws.cell(row=r, column=1, value=name)
        col = 2
        for y in AV_YEARS:
            for sex in ("K", "M"):
                v = d[(name, y, sex)]
                if v["antal"] == 0:
                    ws.cell(row=r, column=col, value="–")
                    ws.cell(row=r, column=col + 1, value="–")
                else:
                    ws.cell(row=r, column=col, value=v["antal"])
                    c = ws.cell(row=r, column=col + 1, value=v["rate"])
                    c.number_format = "0.0"
                col += 2
        r += 1
    ws.cell(row=r, column=1, value="Norrbottens län").font = Font(bold=True)
    col = 2
    for y in AV_YEARS:
        for sex in ("K", "M"):
            a = sum(d[(n[0], y, sex)]["antal"] for n in NB)
            e = sum(d[(n[0], y, sex)]["emp"] for n in NB)
            ws.cell(row=r, column=col, value=a).font = Font(bold=True)
            c = ws.cell(row=r, column=col + 1, value=round(a / e * 1000, 1))
            c.number_format = "0.0"
            c.font = Font(bold=True)
            col += 2
    for cc in range(1, 14):
        ws.cell(row=r, column=cc).border = Border(top=thin)
    ws.cell(row=r + 2, column=1, value="– = inga anmälda fall.")
    ws.cell(row=r + 3, column=1, value=("Per 1 000 förv. = anmälda arbetsolyckor med sjukfrånvaro per 1 000 "
                                         "förvärvsarbetande 16–64 år med arbetsställe i kommunen (dagbefolkning)."))
    ws.column_dimensions["A"].width = 18
    for cc in range(2, 14):
        ws.column_dimensions[get_column_letter(cc)].width = 10
    ws.freeze_panes = "B7"

    ws2 = wb.create_sheet("Arbetssjukdomar")
    dis = av_disease()
    ws2["A1"] = "Anmälda arbetssjukdomar efter arbetsställets kommun och år, kvinnor och män. Norrbottens län"
    ws2["A1"].font = Font(bold=True)
    ws2.append([])
    ws2.append(["Kommun"] + AV_YEARS)
    for name, *_ in NB:
        ws2.append([name] + [dis[(name, y)] for y in AV_YEARS])
    ws2.append(["Norrbottens län"] + [sum(dis[(n[0], y)] for n in NB) for y in AV_YEARS])
    ws2.append([])
    ws2.append(["Källa: Arbetsmiljöverket, ISA."])
    ws2.column_dimensions["A"].width = 18

    ws3 = wb.create_sheet("Om statistiken")
    texts = [
        "Om statistiken",
        "",
        "Arbetsgivare är skyldiga att anmäla arbetsolyckor som lett till sjukfrånvaro samt arbetssjukdomar till "
        "Försäkringskassan och Arbetsmiljöverket.",
        "Statistiken redovisas efter arbetsställets kommun. Uppgifterna avser anmälningar, inte godkända "
        "arbetsskador.",
        "Färdolycksfall (olyckor på väg till eller från arbetet) ingår inte i tabellerna.",
        "Underrapportering förekommer, särskilt i mindre företag.",
        "Kontakt: analys@regionnorrbotten.se",
    ]
    for t in texts:
        ws3.append([t])
    ws3["A1"].font = Font(bold=True, size=12)
    ws3.column_dimensions["A"].width = 110
    wb.save(os.path.join(out, "arbetsmiljoverket_arbetsolyckor_norrbotten_2022_2024.xlsx"))


# ---------------------------------------------------------------------------
# 3. KAA register, Kalmar län
# ---------------------------------------------------------------------------
KALMAR = [("Kalmar", 30), ("Västervik", 18), ("Oskarshamn", 15), ("Nybro", 12), ("Hultsfred", 10),
          ("Vimmerby", 8), ("Mönsterås", 8), ("Mörbylånga", 8), ("Emmaboda", 7), ("Borgholm", 6),
          ("Torsås", 5), ("Högsby", 5)]
INSATSER = ["Studie- och yrkesvägledning", "Motiverande samtal", "Praktik", "Studiebesök",
            "Individuell studieplan", "Samverkan med socialtjänsten", "Feriearbete"]
ORSAKER = [("Påbörjat gymnasieutbildning", 0.34), ("Påbörjat annan utbildning", 0.16),
           ("Fått arbete", 0.22), ("Flyttat från kommunen", 0.14),
           ("Inskriven på Arbetsförmedlingen", 0.08), ("Avböjt fortsatt kontakt", 0.06)]
KAA_EXPORT = dt.date(2025, 1, 31)


def kaa_rows():
    people = []
    for kommun, n in KALMAR:
        for i in range(n):
            k = (kommun, i)
            reg = dt.date(2024, 1, 8) + dt.timedelta(days=int(rnd("reg", *k) * 350))
            sex = "K" if rnd("sex", *k) < 0.43 else "M"
            fy = 2005 + int(rnd("fy", *k) * 4)
            fk = None
            if rnd("fk", *k) > 0.12:
                fk = reg + dt.timedelta(days=rint(2, 40, "fkd", *k))
                if fk > KAA_EXPORT:
                    fk = None
            ins = []
            if fk:
                nins = rint(0, 3, "nins", *k)
                pool = sorted(INSATSER, key=lambda s: rnd("pick", s, *k))
                ins = sorted(pool[:nins], key=INSATSER.index)
            slut, orsak = None, ""
            if rnd("closed", *k) < 0.66:
                s = reg + dt.timedelta(days=rint(14, 260, "len", *k))
                if fk is not None and s < fk + dt.timedelta(days=7):
                    s = fk + dt.timedelta(days=rint(7, 30, "len2", *k))
                if s <= KAA_EXPORT:
                    slut = s
                    if fk is None:
                        orsak = "Flyttat från kommunen" if rnd("o2", *k) < 0.5 else "Avböjt fortsatt kontakt"
                    else:
                        x = rnd("orsak", *k)
                        acc = 0.0
                        for o, p in ORSAKER:
                            acc += p
                            if x < acc:
                                orsak = o
                                break
                        else:
                            orsak = ORSAKER[-1][0]
            utr = "Ja" if rnd("utr", *k) < 0.22 else "Nej"
            people.append(dict(kommun=kommun, sex=sex, fy=fy, reg=reg, fk=fk, ins=ins, slut=slut,
                               orsak=orsak, utr=utr))
    people.sort(key=lambda p: (p["reg"], p["kommun"]))
    for i, p in enumerate(people, 1):
        p["id"] = f"KAA-24-{i:04d}"
    return people


def write_kaa(out):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=",", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(["Löpnr", "Kommun", "Kön", "Födelseår", "Registrerad", "Första kontakt", "Insatser",
                "Avslutad", "Avslutsorsak", "Utrikes född"])
    for p in kaa_rows():
        w.writerow([p["id"], p["kommun"], p["sex"], p["fy"], p["reg"].isoformat(),
                    p["fk"].isoformat() if p["fk"] else "", ", ".join(p["ins"]),
                    p["slut"].isoformat() if p["slut"] else "", p["orsak"], p["utr"]])
    with open(os.path.join(out, "kaa_register_kalmar_lan_2024.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 4. Länsstyrelsen Västernorrland PDF
# ---------------------------------------------------------------------------
VN = [("Härnösand", 190), ("Kramfors", 140), ("Sollefteå", 160), ("Sundsvall", 520),
      ("Timrå", 120), ("Ånge", 75), ("Örnsköldsvik", 310)]
VN_YEARS = list(range(2017, 2025))
VN_FACT = {2017: 1.0, 2018: 0.58, 2019: 0.36, 2020: 0.22, 2021: 0.19, 2022: 0.24, 2023: 0.37, 2024: 0.26}
VN_KOMMUNTAL = {"Härnösand": 14, "Kramfors": 9, "Sollefteå": 10, "Sundsvall": 52, "Timrå": 11,
                "Ånge": 5, "Örnsköldsvik": 30}
VN_ANVISADE = {"Härnösand": 14, "Kramfors": 7, "Sollefteå": 10, "Sundsvall": 47, "Timrå": 11,
               "Ånge": 5, "Örnsköldsvik": 26}


def vn_data():
    d = {}
    for name, base in VN:
        for y in VN_YEARS:
            d[(name, y)] = int(round(base * VN_FACT[y] * (1 + (rnd("vn", name, y) - 0.5) * 0.25)))
    return d


def write_vn(out):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                    TableStyle)

    d = vn_data()
    lan = {y: sum(d[(n, y)] for n, _ in VN) for y in VN_YEARS}
    anv_tot = sum(VN_ANVISADE.values())
    kt_tot = sum(VN_KOMMUNTAL.values())
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["BodyText"], fontSize=10, leading=13)
    small = ParagraphStyle("s", parent=body, fontSize=8, leading=10)
    cap = ParagraphStyle("c", parent=body, fontName="Helvetica-Bold", fontSize=10)

    def label(n):
        return n + " a)" if n == "Timrå" else n

    def table(years, extra):
        hstyle = ParagraphStyle("h", parent=body, fontName="Helvetica-Bold", fontSize=9, leading=10,
                                alignment=2)
        head = ["Kommun"] + [str(y) for y in years] + [Paragraph(e[0], hstyle) for e in extra]
        rows = [head]
        for n, _ in VN:
            rows.append([label(n)] + [sp(d[(n, y)]) for y in years] + [sp(e[1][n]) for e in extra])
        rows.append(["Länet totalt"] + [sp(lan[y]) for y in years] + [sp(sum(e[1].values())) for e in extra])
        t = Table(rows, colWidths=[3.6 * cm] + [1.9 * cm] * len(years) + [2.4 * cm] * len(extra),
                  hAlign="LEFT")
        t.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
            ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold"),
            ("FONTSIZE", (0, 0), (-1, -1), 9),
            ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
            ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
            ("LINEABOVE", (0, -1), (-1, -1), 0.5, colors.black),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6ee")),
        ]))
        return t

    story = [
        Paragraph("Länsstyrelsen Västernorrland – Integrationsenheten", small),
        Spacer(1, 4),
        Paragraph("Mottagande av nyanlända i Västernorrlands län 2017–2024", ss["Title"]),
        Paragraph("Faktablad 2025:3", body),
        Spacer(1, 8),
        Paragraph(
            f"Mottagandet av nyanlända i länet har minskat kraftigt sedan toppåret 2017, då länets kommuner "
            f"tog emot {sp(lan[2017])} personer. Under 2024 tog kommunerna emot {sp(lan[2024])} nyanlända, "
            f"varav {anv_tot} anvisades enligt bosättningslagen. Det sammanlagda kommuntalet för länet var "
            f"{kt_tot} personer för 2024. Ökningen 2023 förklaras främst av att personer med tillfälligt "
            f"skydd enligt massflyktsdirektivet omfattas av bosättningslagen sedan den 1 juli 2023.", body),
        Spacer(1, 10),
        Paragraph("Tabell 1. Mottagna nyanlända per kommun (anvisade och egenbosatta), 2017–2020. Antal personer",
                  cap),
        Spacer(1, 4),
        table(VN_YEARS[:4], []),
        Spacer(1, 6),
        Paragraph("Tabellen fortsätter på nästa sida med åren 2021–2024.", small),
        Spacer(1, 14),
        Paragraph("a) Timrå: uppgiften för 2020 är reviderad i mars 2025 efter rättelse i folkbokföringen.",
                  small),
        Paragraph("Källa: Migrationsverket och SCB, bearbetning Länsstyrelsen Västernorrland.", small),
        PageBreak(),
        Paragraph("Tabell 1 (forts.). Mottagna nyanlända per kommun, 2021–2024. Antal personer", cap),
        Spacer(1, 4),
        table(VN_YEARS[4:], [("därav anvisade 2024", VN_ANVISADE), ("Kommuntal 2024", VN_KOMMUNTAL)]),
        Spacer(1, 8),
        Paragraph("Kommuntal = det antal nyanlända som kommunen enligt länstalsbeslutet ska ta emot på anvisning "
                  "under året. Endast anvisade personer räknas mot kommuntalet.", small),
        Paragraph("Mottagna = nyanlända som folkbokförts i kommunen under året och som omfattas av "
                  "förordningen (2017:193) om statlig ersättning.", small),
        Spacer(1, 10),
        Paragraph("Frågor om faktabladet: integration.vasternorrland@lansstyrelsen.se", small),
    ]

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(2 * cm, 1.2 * cm, "Länsstyrelsen Västernorrland | Faktablad 2025:3")
        canvas.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Sida {doc.page}")
        canvas.restoreState()

    doc = SimpleDocTemplate(os.path.join(out, "lansstyrelsen_vasternorrland_mottagande_nyanlanda_2017_2024.pdf"),
                            pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                            bottomMargin=2 * cm, title="Mottagande av nyanlända 2017–2024",
                            author="Länsstyrelsen Västernorrland")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


# ---------------------------------------------------------------------------
# 5. Arbetsförmedlingen, Rusta och matcha, Skåne
# ---------------------------------------------------------------------------
RM = [
    ("Malmö", ["Jobbstegen AB", "Framtidsvägen Syd AB", "Kompetensbron i Skåne AB", "Rusta Rätt Sverige AB",
               "Nordiska Arbetslivsinstitutet AB", "Stegvis Matchning AB"]),
    ("Helsingborg", ["Jobbstegen AB", "Kompetensbron i Skåne AB", "Öresund Karriär AB", "Vägval Nordväst AB"]),
    ("Lund", ["Framtidsvägen Syd AB", "Akademiska Jobbpartner AB", "Rusta Rätt Sverige AB"]),
    ("Kristianstad", ["Jobbstegen AB", "Skånes Arbetsliv Nordost AB", "Kristianstad Kompetens AB",
                      "Nordiska Arbetslivsinstitutet AB"]),
]
RM_MASKED = {("Malmö", "Stegvis Matchning AB")}
RM_SIZE = {"Malmö": (180, 620), "Helsingborg": (120, 380), "Lund": (80, 260), "Kristianstad": (60, 230)}


def rm_data():
    d = {}
    for area, provs in RM:
        for p in provs:
            if (area, p) in RM_MASKED:
                d[(area, p)] = dict(n=14, masked=True)
                continue
            lo, hi = RM_SIZE[area]
            n = rint(lo, hi, "rmn", area, p)
            arb = int(round(n * (0.20 + rnd("rma", area, p) * 0.16)))
            stu = int(round(n * (0.035 + rnd("rms", area, p) * 0.07)))
            diff = round((rnd("rmd", area, p) - 0.45) * 12, 1)
            if diff >= 3:
                bet = 4
            elif diff >= 0:
                bet = 3
            elif diff >= -3:
                bet = 2
            else:
                bet = 1
            d[(area, p)] = dict(n=n, arb=arb, stu=stu, diff=diff, bet=bet, masked=False)
    return d


def signed(x):
    s = sv(abs(x))
    return ("+" if x >= 0 else "-") + s


def write_rm(out):
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment

    d = rm_data()
    wb = Workbook()
    ws = wb.active
    ws.title = "Resultat"
    ws["A1"] = "Rusta och matcha 2 – resultat per leverantör och leveransområde"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Mätperiod: deltagare som avslutat tjänsten 2024-01-01 – 2024-12-31. Urval: Skåne län, "
                "samtliga spår.")
    ws["A3"] = "Arbetsförmedlingen, Avdelningen Upphandling och leverantörsuppföljning. Uppdaterad 2025-02-10"
    ws["A3"].font = Font(italic=True, size=9)
    head = ["Leveransområde", "Leverantör", "Avslutade deltagare", "Till arbete", "Till studier",
            "Till arbete eller studier, antal (andel)",
            "Jämfört med förväntat resultat (procentenheter)", "Betyg (1–4)"]
    for j, h in enumerate(head, 1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True)
        c.alignment = Alignment(wrap_text=True, vertical="top")
    r = 6
    for area, provs in RM:
        for p in provs:
            v = d[(area, p)]
            if v["masked"]:
                vals = [area, p, v["n"], "–", "–", "–", "–", "Ej betygsatt"]
            else:
                tot = v["arb"] + v["stu"]
                vals = [area, p, v["n"], v["arb"], v["stu"], f"{tot} ({sv(tot / v['n'] * 100)} %)",
                        signed(v["diff"]), v["bet"]]
            for j, x in enumerate(vals, 1):
                ws.cell(row=r, column=j, value=x)
            r += 1
        # area total (masked provider counted in n, and in arb/stu with its true hidden values)
        n = sum(d[(area, p)]["n"] for p in provs)
        arb = sum(d[(area, p)].get("arb", 0) for p in provs) + (3 if area == "Malmö" else 0)
        stu = sum(d[(area, p)].get("stu", 0) for p in provs) + (1 if area == "Malmö" else 0)
        tot = arb + stu
        vals = ["", f"Samtliga leverantörer i {area}", n, arb, stu, f"{tot} ({sv(tot / n * 100)} %)", "", ""]
        for j, x in enumerate(vals, 1):
            c = ws.cell(row=r, column=j, value=x)
            c.font = Font(italic=True)
        r += 2
    ws.cell(row=r, column=1, value=("– = färre än 20 avslutade deltagare under mätperioden; resultat redovisas "
                                    "inte. Leverantören ingår i områdets summa."))
    ws.cell(row=r + 1, column=1, value=("Förväntat resultat är modellberäknat utifrån deltagarnas "
                                        "förutsättningar. Se fliken Betygsskala."))
    widths = [16, 34, 12, 11, 11, 22, 22, 12]
    for j, wdt in enumerate(widths):
        ws.column_dimensions["ABCDEFGH"[j]].width = wdt

    ws2 = wb.create_sheet("Betygsskala")
    ws2.append(["Betyg", "Innebörd"])
    ws2.append([4, "Resultatet är minst 3,0 procentenheter bättre än förväntat"])
    ws2.append([3, "Resultatet är i nivå med eller upp till 3,0 procentenheter bättre än förväntat"])
    ws2.append([2, "Resultatet är upp till 3,0 procentenheter sämre än förväntat"])
    ws2.append([1, "Resultatet är mer än 3,0 procentenheter sämre än förväntat"])
    ws2.append(["Ej betygsatt", "Färre än 20 avslutade deltagare eller ny leverantör"])
    ws2["A1"].font = Font(bold=True)
    ws2["B1"].font = Font(bold=True)
    ws2.column_dimensions["A"].width = 14
    ws2.column_dimensions["B"].width = 80
    wb.save(os.path.join(out, "af_rusta_och_matcha_resultat_skane_2024.xlsx"))


# ---------------------------------------------------------------------------
# 6. MYH, decisions per county and area
# ---------------------------------------------------------------------------
LAN = [("Stockholms län", 160), ("Uppsala län", 30), ("Södermanlands län", 18), ("Östergötlands län", 45),
       ("Jönköpings län", 35), ("Kronobergs län", 14), ("Kalmar län", 16), ("Gotlands län", 8),
       ("Blekinge län", 10), ("Skåne län", 120), ("Hallands län", 22), ("Västra Götalands län", 150),
       ("Värmlands län", 22), ("Örebro län", 25), ("Västmanlands län", 20), ("Dalarnas län", 25),
       ("Gävleborgs län", 25), ("Västernorrlands län", 18), ("Jämtlands län", 9), ("Västerbottens län", 25),
       ("Norrbottens län", 22)]
OMR = [("Data/IT", 0.20), ("Ekonomi, administration och försäljning", 0.17),
       ("Hälso- och sjukvård samt socialt arbete", 0.18), ("Samhällsbyggnad och byggteknik", 0.15),
       ("Teknik och tillverkning", 0.19), ("Transporttjänster", 0.11)]
MYH_ZERO = {("Gotlands län", "Transporttjänster"), ("Jämtlands län", "Data/IT")}


def myh_data():
    d = {}
    for lan, tot in LAN:
        for omr, sh in OMR:
            if (lan, omr) in MYH_ZERO:
                d[(lan, omr)] = dict(ans=0, bev=0, pl=0)
                continue
            ans = max(1, int(round(tot * sh * (0.6 + rnd("ans", lan, omr) * 0.8))))
            p = 0.28 + rnd("bevp", lan, omr) * 0.27
            bev = sum(1 for i in range(ans) if rnd("bev", lan, omr, i) < p)
            pl = sum(5 * rint(5, 8, "pl", lan, omr, i) for i in range(bev))
            d[(lan, omr)] = dict(ans=ans, bev=bev, pl=pl)
    return d


def write_myh(out):
    d = myh_data()
    header = ("Län;Utbildningsområde;Ansökta utbildningar;Beviljade utbildningar;Beviljandegrad (%);"
              "Beviljade platser totalt")
    data = []
    for lan, _ in LAN:
        for omr, _ in OMR:
            v = d[(lan, omr)]
            g = ".." if v["ans"] == 0 else sv(v["bev"] / v["ans"] * 100)
            data.append(f"{lan};{omr};{v['ans']};{v['bev']};{g};{v['pl']}")
    for omr, _ in OMR:
        a = sum(d[(l, omr)]["ans"] for l, _ in LAN)
        b = sum(d[(l, omr)]["bev"] for l, _ in LAN)
        p = sum(d[(l, omr)]["pl"] for l, _ in LAN)
        data.append(f"Riket;{omr};{a};{b};{sv(b / a * 100)};{p}")
    a = sum(v["ans"] for v in d.values())
    b = sum(v["bev"] for v in d.values())
    p = sum(v["pl"] for v in d.values())
    data.append(f"Riket;Samtliga områden;{a};{b};{sv(b / a * 100)};{p}")
    per_page = 34
    pages = [data[i:i + per_page] for i in range(0, len(data), per_page)]
    lines = []
    for i, chunk in enumerate(pages, 1):
        if i > 1:
            lines.append(";;;;;")
        lines.append("Myndigheten för yrkeshögskolan;;;;;")
        lines.append("Beslut i ansökningsomgång 2025 – yrkeshögskoleutbildningar per län och utbildningsområde;;;;;")
        lines.append(f"Sida {i} av {len(pages)};;;;;")
        lines.append(header)
        lines.extend(chunk)
    lines.append(";;;;;")
    lines.append("Källa: Myndigheten för yrkeshögskolan, beslut 2025-01-23. Län avser utbildningens "
                 "huvudsakliga studieort.;;;;;")
    lines.append("Beviljade platser totalt = summan av platser för samtliga beviljade omgångar "
                 "(utbildningsstarter). .. = inga ansökningar.;;;;;")
    with open(os.path.join(out, "myh_beslut_yh_2025_lan_utbildningsomrade.csv"), "w", encoding="utf-8",
              newline="") as f:
        f.write("\n".join(lines) + "\n")


def main():
    if len(sys.argv) != 2:
        print("usage: python r131_make_files.py OUT_DIR")
        sys.exit(2)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    write_kfm(out)
    write_av(out)
    write_kaa(out)
    write_vn(out)
    write_rm(out)
    write_myh(out)
    for fn in sorted(os.listdir(out)):
        print(fn, os.path.getsize(os.path.join(out, fn)))


if __name__ == "__main__":
    main()
