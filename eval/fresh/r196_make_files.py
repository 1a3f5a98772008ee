#!/usr/bin/env python3
"""r196 – Kronobergs län: writes six statistics files into OUT_DIR.

Usage: python r196_make_files.py OUT_DIR

1. Platser och beläggning SÄBO.csv                 – SSRS (Reporting Services) CSV export
2. Ambulansuppdrag 2025.xlsx                        – Apple Numbers 'Exportera till Excel'
3. Unga och körkort Kronoberg 2025.pdf              – report PDF, vertically centred merged labels
4. influensavaccination_kronoberg_2023-2025.csv     – SSMS 'Save Results As' CSV (unquoted commas, NULL)
5. VA-nyckeltal Kronoberg 2024 rev.xlsx             – hand corrections as rich-text strike-through
6. Åldersstruktur - Region Kronoberg.pdf            – Chrome 'Skriv ut → Spara som PDF' of a web page

All figures are made up (plausible, not real). Deterministic: no randomness, fixed metadata.
"""
import datetime as dt
import os
import sys
import zipfile

from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from reportlab import rl_config

rl_config.invariant = 1
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

FIXED = dt.datetime(2025, 11, 20, 14, 7, 0)

MUNIS = ["Uppvidinge", "Lessebo", "Tingsryd", "Alvesta", "Älmhult", "Markaryd", "Växjö", "Ljungby"]
CODES = {"Uppvidinge": "0760", "Lessebo": "0761", "Tingsryd": "0763", "Alvesta": "0764",
         "Älmhult": "0765", "Markaryd": "0767", "Växjö": "0780", "Ljungby": "0781"}


def sv(n, dec=0):
    """Swedish number format with normal space thousands and decimal comma."""
    if dec == 0:
        s = f"{round(n):,}".replace(",", " ")
    else:
        s = f"{n:,.{dec}f}".replace(",", " ").replace(".", ",")
    return s


def signed(n, dec=1):
    s = sv(abs(n), dec)
    if round(n, dec) > 0:
        return "+" + s
    if round(n, dec) < 0:
        return "-" + s
    return "±" + s


# --------------------------------------------------------------------------- population base
# 31 dec 2024, made-up but plausible.  shares 0–19, 20–64, 65–79 (rest = 80+)
POP = {
    "Uppvidinge": (9371, 0.2107, 0.5118, 0.1931),
    "Lessebo": (8871, 0.2342, 0.5236, 0.1693),
    "Tingsryd": (12292, 0.2031, 0.4952, 0.2047),
    "Alvesta": (20418, 0.2296, 0.5351, 0.1662),
    "Älmhult": (18177, 0.2447, 0.5493, 0.1448),
    "Markaryd": (10136, 0.2318, 0.5287, 0.1706),
    "Växjö": (97256, 0.2311, 0.5946, 0.1236),
    "Ljungby": (28707, 0.2289, 0.5402, 0.1612),
}


def bands(m):
    tot, s0, s1, s2 = POP[m]
    b0 = round(tot * s0)
    b1 = round(tot * s1)
    b2 = round(tot * s2)
    b3 = tot - b0 - b1 - b2
    return tot, b0, b1, b2, b3


# =========================================================================== 1. SSRS CSV
SABO = {  # kommun: (kö, median väntetid dagar, [(enhet, regi, platser, demens, belagda)])
    "Alvesta": (6, 38, [
        ("Allbogården, Alvesta", "Kommunal", 48, 16, 47),
        ("Tallgården, Moheda", "Kommunal", 24, 8, 23),
        ("Bergagården, Vislanda", "Kommunal", 20, 10, 20),
        ("Lindgården, Grimslöv", "Privat (LOU)", 18, 0, 16)]),
    "Lessebo": (3, 29, [
        ("Ekbacken, Lessebo", "Kommunal", 32, 12, 31),
        ("Furuliden, Hovmantorp", "Kommunal", 28, 8, 27),
        ("Kosta vårdboende, Kosta", "Intraprenad", 16, 0, 15)]),
    "Ljungby": (9, 47, [
        ("Berga vård- och omsorgsboende, Ljungby", "Privat (LOU)", 36, 12, 34),
        ("Laganhem, Lagan", "Kommunal", 24, 6, 23),
        ("Lidhultsgården, Lidhult", "Kommunal", 16, 0, 14),
        ("Ljungsätersgården, Ljungby", "Kommunal", 54, 18, 52),
        ("Ryssbygården, Ryssby", "Kommunal", 18, 0, 17),
        ("Skogsgläntan, Ljungby", "Kommunal", 40, 40, 40)]),
    "Markaryd": (2, 22, [
        ("Strandgården, Markaryd", "Kommunal", 42, 14, 41),
        ("Åsliden, Strömsnäs bruk", "Kommunal", 22, 0, 21)]),
    "Tingsryd": (4, 33, [
        ("Konvaljen, Urshult (avvecklat 2025-06-30)", "Kommunal", 0, 0, None),
        ("Linnégården, Tingsryd", "Kommunal", 36, 12, 35),
        ("Rydsgården, Ryd", "Kommunal", 28, 8, 26),
        ("Väckelsångs vårdboende, Väckelsång", "Kommunal", 20, 0, 19)]),
    "Uppvidinge": (5, 51, [
        ("Lindhaga, Lenhovda", "Kommunal", 22, 6, 21),
        ("Solbacken, Åseda", "Kommunal", 38, 12, 38),
        ("Tallbacka, Alstermo", "Kommunal", 14, 0, 13)]),
    "Växjö": (21, 56, [
        ("Birgittagården, Centrum", "Kommunal", 48, 16, 46),
        ("Ekbacken, Öjaby", "Kommunal", 40, 10, 39),
        ("Gemlagården, Gemla", "Privat (LOU)", 20, 0, 19),
        ("Högstorp, Växjö", "Privat (LOU)", 64, 16, 61),
        ("Ingelstadgården, Ingelstad", "Kommunal", 22, 0, 22),
        ("Lammengården, Lammhult", "Kommunal", 24, 6, 22),
        ("Norremark, Växjö", "Kommunal", 54, 54, 53),
        ("Regnbågen, Rottne", "Kommunal", 28, 8, 27),
        ("Räppegården, Räppe", "Privat (LOU)", 36, 12, 35),
        ("Sjöstugan, Hovshaga", "Kommunal", 60, 20, 58),
        ("Skogslyckan, Teleborg", "Privat (LOU)", 72, 24, 70),
        ("Tallgården, Braås", "Kommunal", 30, 6, 29)]),
    "Älmhult": (4, 27, [
        ("Haganäs, Älmhult", "Kommunal", 36, 12, 35),
        ("Linnés hage, Älmhult", "Kommunal", 44, 14, 43),
        ("Ängslyckan, Diö", "Kommunal", 18, 0, 18)]),
}
SABO_ORDER = ["Alvesta", "Lessebo", "Ljungby", "Markaryd", "Tingsryd", "Uppvidinge", "Växjö", "Älmhult"]


def net_double(x):
    """.NET Framework Double.ToString(): 15 significant digits."""
    s = f"{x:.15g}"
    return s


def csv_field(s):
    s = "" if s is None else str(s)
    if any(ch in s for ch in [",", '"', "\n", "\r"]):
        s = '"' + s.replace('"', '""') + '"'
    return s


def make_ssrs(out):
    header = ["Textbox1", "Textbox4", "Kommun", "Textbox12", "Textbox13", "Enhet", "Regi", "Platser",
              "Demensplatser", "Belagda", "Belaggningsgrad", "Textbox26", "Textbox27", "Textbox28",
              "Textbox29", "Textbox30", "Textbox34", "Textbox35", "Textbox36", "Textbox37", "Textbox38",
              "Textbox41"]
    title = "Vård- och omsorgsboenden (SÄBO) i Kronobergs län – platser, beläggning och kö"
    sub = "Mätdag: 2025-09-30 00:00:00   Urval: Samtliga kommuner   Källa: kommunernas verksamhetssystem via Vårdsamverkan Kronoberg"
    foot = ("Avser permanenta platser i särskilt boende för äldre (SoL). Korttidsplatser, växelvård och "
            "LSS-bostäder ingår inte. Beläggningsgrad = belagda platser / platser på mätdagen. "
            "Väntande = personer med gynnande beslut som inte erbjudits plats.")
    gp = gd = gb = 0
    for k in SABO_ORDER:
        for (_, _, p, d, b) in SABO[k][2]:
            gp += p
            gd += d
            gb += b or 0
    rows = []
    for k in SABO_ORDER:
        ko, vt, units = SABO[k]
        kp = sum(u[2] for u in units)
        kd = sum(u[3] for u in units)
        kb = sum(u[4] or 0 for u in units)
        for (enh, regi, p, d, b) in units:
            bel = "" if not p else net_double(b / p)
            rows.append([title, sub, k, f"Väntande på plats: {ko}", f"Median väntetid (dagar): {vt}",
                         enh, regi, p, d, "" if b is None else b, bel,
                         f"Summa {k}", kp, kd, kb, net_double(kb / kp),
                         "Totalt Kronobergs län", gp, gd, gb, net_double(gb / gp), foot])
    text = "\r\n".join(",".join(csv_field(v) for v in r) for r in [header] + rows) + "\r\n"
    with open(os.path.join(out, "Platser och beläggning SÄBO.csv"), "wb") as f:
        f.write(b"\xef\xbb\xbf" + text.encode("utf-8"))


# =========================================================================== 2. Numbers XLSX
AMB = {  # kommun: (p1 jan–okt 2025, p1 jan–okt 2024, p1 helår 2024, median25 (m,s), median24 (m,s), andel<=20 min 2025, p90 (m,s), prio2, prio3, övr)
    "Alvesta": (702, 668, 812, (15, 50), (16, 20), 0.635, (29, 40), 1184, 611, 402),
    "Lessebo": (371, 380, 461, (19, 40), (20, 5), 0.512, (33, 10), 655, 344, 198),
    "Ljungby": (1096, 1058, 1289, (10, 40), (11, 5), 0.847, (22, 15), 1871, 903, 655),
    "Markaryd": (365, 341, 418, (16, 45), (17, 30), 0.602, (31, 5), 618, 322, 187),
    "Tingsryd": (534, 511, 622, (21, 15), (22, 30), 0.369, (36, 50), 902, 468, 240),
    "Uppvidinge": (412, 398, 489, (23, 0), (24, 10), 0.413, (38, 25), 701, 352, 171),
    "Växjö": (3214, 3046, 3711, (9, 25), (9, 50), 0.884, (18, 35), 5530, 2706, 2150),
    "Älmhult": (588, 602, 727, (14, 35), (15, 10), 0.669, (27, 50), 1003, 512, 309),
}
AREAS = [("Växjöområdet", ["Växjö", "Alvesta", "Lessebo", "Tingsryd", "Uppvidinge"]),
         ("Ljungbyområdet", ["Ljungby", "Markaryd", "Älmhult"])]


def dur(ms):
    m, s = ms
    return (m * 60 + s) / 86400.0


def _fix_props(wb, creator):
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def make_numbers(out):
    wb = Workbook()
    _fix_props(wb, "")
    thin = Side(style="thin", color="A6A6A6")
    hdr_fill = PatternFill("solid", fgColor="DBDBDB")
    foot_fill = PatternFill("solid", fgColor="EFEFEF")
    cat_fill = PatternFill("solid", fgColor="E4ECF7")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)

    # --- Exportsammanfattning (Numbers cover sheet)
    ws = wb.active
    ws.title = "Exportsammanfattning"
    ws["A1"] = "Exportsammanfattning"
    ws["A1"].font = Font(name="Helvetica Neue", size=18, bold=True)
    ws["A3"] = ("Det här dokumentet exporterades från Numbers. Varje tabell konverterades till ett "
                "Excel-kalkylblad. Alla andra objekt på varje Numbers-blad placerades på separata "
                "kalkylblad. Observera att formelberäkningar kan skilja sig åt i Excel.")
    ws["A3"].alignment = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells("A3:C3")
    ws.row_dimensions[3].height = 48
    for j, h in enumerate(["Numbers-bladnamn", "Numbers-tabellnamn", "Excel-kalkylbladsnamn"], 1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(name="Helvetica Neue", bold=True)
        c.fill = hdr_fill
        c.border = box
    s1 = "Prio 1 - Responstider prio 1"
    s2 = "Alla uppdrag - Uppdrag per prio"   # 'Uppdrag per prioritet' truncated to 31 chars
    entries = [("Prio 1", "Responstider prio 1", s1), ("Prio 1", "", "Prio 1"),
               ("Alla uppdrag", "Uppdrag per prioritet", s2)]
    for i, e in enumerate(entries, 6):
        for j, v in enumerate(e, 1):
            c = ws.cell(row=i, column=j, value=v or None)
            c.border = box
            c.font = Font(name="Helvetica Neue")
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 26
    ws.column_dimensions["C"].width = 34

    # --- Prio 1 - Responstider prio 1
    w1 = wb.create_sheet(s1)
    heads = ["Kommun (larmadressens kommun)", "Uppdrag prio 1 jan–okt 2025", "Uppdrag prio 1 jan–okt 2024",
             "Uppdrag prio 1 helår 2024", "Median responstid jan–okt 2025", "Median responstid jan–okt 2024",
             "Andel inom 20 min jan–okt 2025", "90:e percentil responstid jan–okt 2025"]
    for j, h in enumerate(heads, 1):
        c = w1.cell(row=1, column=j, value=h)
        c.font = Font(name="Helvetica Neue", bold=True, size=10)
        c.fill = hdr_fill
        c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        c.border = box
    w1.row_dimensions[1].height = 44
    order = sorted(AMB, key=lambda k: k.replace("Ä", "ZZ"))
    for i, k in enumerate(order, 2):
        a = AMB[k]
        vals = [k, a[0], a[1], a[2], dur(a[3]), dur(a[4]), a[5], dur(a[6])]
        fmts = [None, "0", "0", "0", "[m]:ss", "[m]:ss", "0.0%", "[m]:ss"]
        for j, (v, f) in enumerate(zip(vals, fmts), 1):
            c = w1.cell(row=i, column=j, value=v)
            c.font = Font(name="Helvetica Neue", size=10, bold=(j == 1))
            c.border = box
            if f:
                c.number_format = f
    fr = len(order) + 2
    w1.cell(row=fr, column=1, value="Region Kronoberg")
    for j, col in zip([2, 3, 4], "BCD"):
        w1.cell(row=fr, column=j, value=f"=SUM({col}2:{col}{fr - 1})").number_format = "0"
    w1.cell(row=fr, column=5, value=dur((12, 20))).number_format = "[m]:ss"
    w1.cell(row=fr, column=6, value=dur((12, 55))).number_format = "[m]:ss"
    w1.cell(row=fr, column=7, value=0.732).number_format = "0.0%"
    w1.cell(row=fr, column=8, value=dur((28, 40))).number_format = "[m]:ss"
    for j in range(1, 9):
        c = w1.cell(row=fr, column=j)
        c.fill = foot_fill
        c.font = Font(name="Helvetica Neue", size=10, bold=True)
        c.border = box
    w1.column_dimensions["A"].width = 26
    for col in "BCDEFGH":
        w1.column_dimensions[col].width = 15
    w1.freeze_panes = "B2"

    # --- Prio 1 (other objects: the chart)
    w0 = wb.create_sheet("Prio 1")
    ch = BarChart()
    ch.type = "bar"
    ch.title = "Median responstid prio 1, jan–okt 2025 (min:s)"
    ch.add_data(Reference(w1, min_col=5, min_row=1, max_row=fr - 1), titles_from_data=True)
    ch.set_categories(Reference(w1, min_col=1, min_row=2, max_row=fr - 1))
    ch.height = 9
    ch.width = 16
    w0.add_chart(ch, "B2")

    # --- Alla uppdrag - Uppdrag per prio (two header rows, categories, footer)
    w2 = wb.create_sheet(s2)
    w2["A1"] = "Kommun"
    w2.merge_cells("A1:A2")
    w2["B1"] = "Ambulansuppdrag jan–okt 2025"
    w2.merge_cells("B1:F1")
    for j, h in enumerate(["Prio 1", "Prio 2", "Prio 3", "Övriga (transporter m.m.)", "Totalt"], 2):
        w2.cell(row=2, column=j, value=h)
    for r in (1, 2):
        for j in range(1, 7):
            c = w2.cell(row=r, column=j)
            c.font = Font(name="Helvetica Neue", bold=True, size=10)
            c.fill = hdr_fill
            c.border = box
            c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    r = 3
    first_rows = []
    for area, members in AREAS:
        cat_row = r
        w2.cell(row=r, column=1, value=f"{area} ({len(members)})")
        r += 1
        start = r
        for k in sorted(members, key=lambda k: k.replace("Ä", "ZZ")):
            a = AMB[k]
            w2.cell(row=r, column=1, value=k)
            for j, v in zip([2, 3, 4, 5], [a[0], a[7], a[8], a[9]]):
                w2.cell(row=r, column=j, value=v)
            w2.cell(row=r, column=6, value=f"=SUM(B{r}:E{r})")
            for j in range(1, 7):
                w2.cell(row=r, column=j).border = box
                w2.cell(row=r, column=j).font = Font(name="Helvetica Neue", size=10)
            r += 1
        for j, col in zip(range(2, 7), "BCDEF"):
            w2.cell(row=cat_row, column=j, value=f"=SUBTOTAL(9,{col}{start}:{col}{r - 1})")
        for j in range(1, 7):
            c = w2.cell(row=cat_row, column=j)
            c.fill = cat_fill
            c.font = Font(name="Helvetica Neue", size=10, bold=True)
            c.border = box
        first_rows.append((start, r - 1))
    w2.cell(row=r, column=1, value="Totalt Region Kronoberg")
    for j, col in zip(range(2, 7), "BCDEF"):
        w2.cell(row=r, column=j, value=f"=SUBTOTAL(9,{col}3:{col}{r - 1})")
    for j in range(1, 7):
        c = w2.cell(row=r, column=j)
        c.fill = foot_fill
        c.font = Font(name="Helvetica Neue", size=10, bold=True)
        c.border = box
    w2.column_dimensions["A"].width = 26
    for col in "BCDEF":
        w2.column_dimensions[col].width = 13
    path = os.path.join(out, "Ambulansuppdrag 2025.xlsx")
    wb.save(path)
    _set_cached_values(path, s1, s2)


def _fix_modified(xml, stamp):
    import re
    return re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                  lambda m: m.group(1) + stamp.encode() + m.group(2), xml)


def _set_cached_values(path, s1, s2):
    """openpyxl cannot store cached formula results; compute them and patch the sheet XML
    so that readers (pandas/openpyxl data_only) see what Numbers would have written."""
    import re
    z = zipfile.ZipFile(path)
    names = z.namelist()
    data = {n: z.read(n) for n in names}
    z.close()
    wbxml = data["xl/workbook.xml"].decode()
    rels = data["xl/_rels/workbook.xml.rels"].decode()
    sheet_file = {}
    for m in re.finditer(r'<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"', wbxml):
        nm, rid = m.group(1), m.group(2)
        t = re.search(r'Id="%s"[^>]*Target="([^"]+)"' % rid, rels) or \
            re.search(r'Target="([^"]+)"[^>]*Id="%s"' % rid, rels)
        sheet_file[nm] = "xl/" + t.group(1).lstrip("/").replace("xl/", "")
    from openpyxl import load_workbook
    wb = load_workbook(path)  # formulas
    for sname in (s1, s2):
        ws = wb[sname]
        vals = {}

        def val(ref, _ws=ws):
            if ref in vals:
                return vals[ref]
            v = _ws[ref].value
            if isinstance(v, str) and v.startswith("="):
                v = evaluate(v[1:], _ws)
            vals[ref] = v
            return v

        def rng(a, b, _ws=ws):
            from openpyxl.utils import range_boundaries, get_column_letter
            c1, r1, c2, r2 = range_boundaries(f"{a}:{b}")
            out = []
            for rr in range(r1, r2 + 1):
                for cc in range(c1, c2 + 1):
                    ref = f"{get_column_letter(cc)}{rr}"
                    fv = _ws[ref].value
                    out.append((fv, val(ref)))
            return out

        def evaluate(expr, _ws):
            m = re.fullmatch(r"SUM\(([A-Z]+\d+):([A-Z]+\d+)\)", expr)
            if m:
                return sum(v for _, v in rng(m.group(1), m.group(2)) if isinstance(v, (int, float)))
            m = re.fullmatch(r"SUBTOTAL\(9,([A-Z]+\d+):([A-Z]+\d+)\)", expr)
            if m:  # SUBTOTAL ignores other SUBTOTAL results
                return sum(v for f, v in rng(m.group(1), m.group(2))
                           if isinstance(v, (int, float)) and not (isinstance(f, str) and f.startswith("=SUBTOTAL")))
            raise ValueError(expr)

        xml = data[sheet_file[sname]].decode()

        def patch(m):
            ref = m.group(1)
            v = val(ref)
            return m.group(0).replace("<v></v>", "").replace("<v />", "").replace("</f>", f"</f><v>{v}</v>", 1)

        xml = re.sub(r'<c r="([A-Z]+\d+)"[^>]*>\s*<f>[^<]*</f>(?:<v\s*/>|<v></v>)?\s*</c>', patch, xml)
        data[sheet_file[sname]] = xml.encode()
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
           '<Application>Numbers</Application><AppVersion>14.4</AppVersion></Properties>')
    data["docProps/app.xml"] = app.encode()
    data["docProps/core.xml"] = _fix_modified(data["docProps/core.xml"], "2025-11-03T09:41:00Z")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n in names:
            zi = zipfile.ZipInfo(n, date_time=(2025, 11, 3, 9, 41, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data[n])


# =========================================================================== 3. körkort PDF
KK = {  # kommun: ((pop K, share K 2024, share K 2019), (pop M, share M 2024, share M 2019))
    "Alvesta": ((792, 0.587, 0.624), (861, 0.651, 0.683)),
    "Lessebo": ((331, 0.634, 0.652), (372, 0.688, 0.701)),
    "Ljungby": ((1128, 0.611, 0.646), (1224, 0.672, 0.690)),
    "Markaryd": ((389, 0.719, 0.701), (436, 0.742, 0.755)),
    "Tingsryd": ((408, 0.701, 0.716), (457, 0.764, 0.779)),
    "Uppvidinge": ((318, 0.689, 0.710), (369, 0.738, 0.731)),
    "Växjö": ((5284, 0.462, 0.503), (5611, 0.508, 0.547)),
    "Älmhult": ((731, 0.603, 0.629), (829, 0.657, 0.671)),
}
RIKET_KK = ((401250, 0.452, 0.488), (425730, 0.497, 0.529))


def kk_rows():
    """returns list of (label, [(kön, pop, cnt, sh24, sh19, chg)]) with county and Riket."""
    out = []
    order = sorted(KK, key=lambda k: k.replace("Ä", "ZZ"))
    cK = [0, 0, 0.0]
    cM = [0, 0, 0.0]
    for k in order:
        (pK, sK, oK), (pM, sM, oM) = KK[k]
        nK = round(pK * sK)
        nM = round(pM * sM)
        cK[0] += pK; cK[1] += nK; cK[2] += pK * oK
        cM[0] += pM; cM[1] += nM; cM[2] += pM * oM
        out.append((k, _block(pK, nK, oK, pM, nM, oM)))
    oK = cK[2] / cK[0]
    oM = cM[2] / cM[0]
    out.append(("Kronobergs län", _block(cK[0], cK[1], oK, cM[0], cM[1], oM)))
    (pK, sK, oK), (pM, sM, oM) = RIKET_KK
    out.append(("Riket", _block(pK, round(pK * sK), oK, pM, round(pM * sM), oM)))
    return out


def _block(pK, nK, oK, pM, nM, oM):
    rows = []
    for kon, p, n, o in (("Kvinnor", pK, nK, oK), ("Män", pM, nM, oM)):
        s = round(100 * n / p, 1)
        o = round(100 * o, 1)
        rows.append((kon, p, n, s, o, round(s - o, 1)))
    p = pK + pM
    n = nK + nM
    s = round(100 * n / p, 1)
    o = round(100 * (pK * oK + pM * oM) / p, 1)
    rows.append(("Totalt", p, n, s, o, round(s - o, 1)))
    return rows


def make_korkort(out):
    path = os.path.join(out, "Unga och körkort Kronoberg 2025.pdf")
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("Unga och körkort i Kronobergs län 2025")
    c.setAuthor("Region Kronoberg, Regional utveckling")
    W, H = A4
    data = kk_rows()

    def header_footer(pg):
        c.setFont("Helvetica", 8)
        c.setFillColorRGB(0.35, 0.35, 0.35)
        c.drawString(50, H - 30, "Region Kronoberg  |  Regional utveckling")
        c.drawRightString(W - 50, H - 30, "Unga och mobilitet – underlag 2025")
        c.drawString(50, 28, "Dnr 25RK1874")
        c.drawRightString(W - 50, 28, f"Sida {pg} av 2")
        c.setFillColorRGB(0, 0, 0)

    header_footer(1)
    y = H - 70
    c.setFont("Helvetica-Bold", 15)
    c.drawString(50, y, "Unga och körkort i Kronobergs län")
    y -= 22
    c.setFont("Helvetica", 9.5)
    intro = [
        "Körkort är för många unga i länet en förutsättning för att kunna ta ett arbete, särskilt i kommuner med",
        "glesare kollektivtrafik. Andelen 18–24-åringar med B-körkort har minskat i länet sedan 2019, från "
        + sv(data[-2][1][2][4], 1) + " procent",
        "till " + sv(data[-2][1][2][3], 1) + " procent 2024. Bland 18-åringar är andelen omkring 31 procent, och i Växjö påverkas",
        "andelen av de många studenter som är folkbokförda i kommunen. I Tingsryd, Markaryd och Uppvidinge har",
        "fortfarande fler än sju av tio unga män körkort.",
    ]
    for line in intro:
        c.drawString(50, y, line)
        y -= 13
    y -= 10
    c.setFont("Helvetica-Bold", 10)
    c.drawString(50, y, "Tabell 1. Folkbokförda 18–24 år med körkort för personbil (B), efter kommun och kön, 31 december 2024")
    y -= 18
    # columns
    xs = [50, 132, 215, 285, 355, 425, 495]   # left edges
    xr = [None, None, 272, 340, 405, 470, 548]  # right edges for numbers
    hdr1 = ["Kommun", "Kön", "Folkbokförda", "därav med", "Andel med", "Andel med", "Förändring"]
    hdr2 = ["", "", "18–24 år", "B-körkort", "B-körkort", "B-körkort", "2019–2024"]
    hdr3 = ["", "", "", "", "2024, %", "2019, %", "(procentenh.)"]
    c.setFillColorRGB(0.86, 0.9, 0.95)
    c.rect(48, y - 30, W - 96, 40, fill=1, stroke=0)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Helvetica-Bold", 8.5)
    for hrow, dy in ((hdr1, 0), (hdr2, -11), (hdr3, -22)):
        for j, t in enumerate(hrow):
            if not t:
                continue
            if j < 2:
                c.drawString(xs[j] + 2, y + dy, t)
            else:
                c.drawRightString(xr[j], y + dy, t)
    y -= 40
    rh = 13.5
    c.setFont("Helvetica", 8.5)
    for bi, (label, rows) in enumerate(data):
        top = y + rh - 3.5
        if bi % 2 == 1:
            c.setFillColorRGB(0.95, 0.95, 0.95)
            c.rect(48, top - 3 * rh, W - 96, 3 * rh, fill=1, stroke=0)
            c.setFillColorRGB(0, 0, 0)
        bold = label in ("Kronobergs län", "Riket")
        for ri, (kon, p, n, s, o, ch) in enumerate(rows):
            yy = y - ri * rh
            f = "Helvetica-Bold" if (kon == "Totalt" or bold) else "Helvetica"
            c.setFont(f, 8.5)
            c.drawString(xs[1] + 2, yy, kon)
            c.drawRightString(xr[2], yy, sv(p))
            c.drawRightString(xr[3], yy, sv(n))
            c.drawRightString(xr[4], yy, sv(s, 1))
            c.drawRightString(xr[5], yy, sv(o, 1))
            c.drawRightString(xr[6], yy, signed(ch, 1))
        # merged label cell spanning the three rows, vertically centred -> drawn last
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(xs[0] + 2, y - rh, label)
        c.setStrokeColorRGB(0.6, 0.6, 0.6)
        c.setLineWidth(0.4)
        c.line(48, top - 3 * rh, W - 48, top - 3 * rh)
        y -= 3 * rh
    y -= 14
    c.setFont("Helvetica", 7.5)
    notes = [
        "Källa: Transportstyrelsen, körkortsregistret, och SCB, befolkningsstatistik. Bearbetning: Region Kronoberg.",
        "Andel = personer med giltigt B-körkort / folkbokförda 18–24 år. Förändringen avser skillnaden mellan andelarna",
        "2024 och 2019 i procentenheter. Körkortstillstånd (övningskörning) räknas inte som körkort.",
    ]
    for line in notes:
        c.drawString(50, y, line)
        y -= 10
    c.showPage()

    # ---- page 2
    header_footer(2)
    y = H - 70
    c.setFont("Helvetica-Bold", 10)
    c.drawString(50, y, "Tabell 2. Förarprov för behörighet B vid Trafikverkets provorter i länet 2024")
    y -= 18
    cols = [50, 210, 290, 370, 450, 548]
    h = ["Provort", "Kunskapsprov,", "Godkända", "Körprov,", "Godkända"]
    h2 = ["", "antal", "kunskapsprov, %", "antal", "körprov, %"]
    c.setFont("Helvetica-Bold", 8.5)
    for j, t in enumerate(h):
        if j == 0:
            c.drawString(cols[0] + 2, y, t)
            continue
        c.drawRightString(cols[j + 1] - 10, y, t)
        c.drawRightString(cols[j + 1] - 10, y - 11, h2[j])
    y -= 28
    c.setFont("Helvetica", 8.5)
    for po, a, b, d, e in (("Växjö", 4312, 47.9, 3488, 58.3), ("Ljungby", 1206, 51.2, 1017, 61.8),
                           ("Samtliga provorter i länet", 5518, 48.6, 4505, 59.0)):
        if po.startswith("Samtliga"):
            c.setFont("Helvetica-Bold", 8.5)
        c.drawString(cols[0] + 2, y, po)
        for j, v in enumerate([sv(a), sv(b, 1), sv(d), sv(e, 1)], 1):
            c.drawRightString(cols[j + 1] - 10, y, v)
        y -= 13.5
    y -= 6
    c.setFont("Helvetica", 7.5)
    c.drawString(50, y, "Provorten är platsen där provet görs, inte den provandes hemkommun. Källa: Trafikverket, förarprov.")
    y -= 30
    c.setFont("Helvetica-Bold", 11)
    c.drawString(50, y, "Kommentar")
    y -= 16
    c.setFont("Helvetica", 9.5)
    text = [
        "Skillnaderna mellan kommunerna är stora. I de mindre kommunerna har omkring sju av tio unga körkort,",
        "medan andelen i Växjö ligger under femtio procent. Skillnaden förklaras delvis av att Växjö har många",
        "studenter och en bättre utbyggd stadstrafik. Under 2023 var andelen godkända körprov i Växjö 55,1 procent",
        "och i Ljungby 60,4 procent. Väntetiden till körprov i Växjö var i oktober 2025 i genomsnitt 9 veckor.",
        "Region Kronobergs mål i den regionala utvecklingsstrategin är att minst 65 procent av länets unga",
        "ska ha körkort år 2030.",
    ]
    for line in text:
        c.drawString(50, y, line)
        y -= 13
    c.showPage()
    c.save()


# =========================================================================== 4. SSMS CSV
# coverage per band (65–74, 75–84, 85+) for 2024/25 and 2023/24
FLU = {
    "Uppvidinge": ((0.612, 0.728, 0.741), (0.604, 0.731, 0.736)),
    "Lessebo": ((0.641, 0.749, 0.763), (0.627, 0.744, 0.751)),
    "Tingsryd": ((0.668, 0.774, 0.790), (0.655, 0.769, 0.781)),
    "Alvesta": ((0.640, 0.755, 0.772), (0.632, 0.748, 0.766)),
    "Älmhult": ((0.659, 0.761, 0.748), (0.661, 0.752, 0.739)),
    "Markaryd": ((0.620, 0.750, 0.770), (0.611, 0.741, 0.768)),
    "Växjö": ((0.691, 0.782, 0.801), (0.678, 0.776, 0.794)),
    "Ljungby": ((0.683, 0.779, 0.788), (0.671, 0.770, 0.781)),
}
RISK = {  # Medicinsk riskgrupp, 18–64 år, vaccinerade (2024/25, 2023/24)
    "Uppvidinge": (211, 198), "Lessebo": (204, 215), "Tingsryd": (276, 261), "Alvesta": (463, 441),
    "Älmhult": (389, 402), "Markaryd": (232, 219), "Växjö": (3412, 3287), "Ljungby": (671, 640),
}


def flu_pops(m):
    tot, b0, b1, b2, b3 = bands(m)
    p6574 = round(0.655 * b2)
    p8084 = round(0.46 * b3)
    return p6574, (b2 - p6574) + p8084, b3 - p8084


def flu_pops_prev(m):
    a, b, c = flu_pops(m)
    return a - round(0.012 * a), b - round(0.02 * b), c + round(0.01 * c)


def make_ssms(out):
    hdr = ["kommunkod", "kommun", "sasong", "malgrupp", "antal_vaccinerade", "befolkning", "tackning", "uttagsdatum"]
    stamp = "2025-06-02 07:45:12.000"
    lines = [",".join(hdr)]
    groups = ["65-74 år", "75-84 år", "85+ år", "Medicinsk riskgrupp, 18-64 år"]
    order = sorted(MUNIS, key=lambda k: CODES[k])
    for m in order:
        for si, sas in enumerate(["2023/24", "2024/25"]):
            cov = FLU[m][1 if sas == "2023/24" else 0]
            pops = flu_pops_prev(m) if sas == "2023/24" else flu_pops(m)
            for gi, g in enumerate(groups):
                if gi < 3:
                    n = round(pops[gi] * cov[gi])
                    t = f"{n / pops[gi]:.4f}"
                    lines.append(",".join([CODES[m], m, sas, g, str(n), str(pops[gi]), t, stamp]))
                else:
                    n = RISK[m][0 if sas == "2024/25" else 1]
                    lines.append(",".join([CODES[m], m, sas, g, str(n), "NULL", "NULL", stamp]))
    # vaccinated in the region with no valid hemkommun (skyddad identitet, ej folkbokförda m.fl.)
    for sas, vals in (("2023/24", (37, 19, 8)), ("2024/25", (41, 23, 9))):
        for g, n in zip(groups[:3], vals):
            lines.append(",".join(["NULL", "NULL", sas, g, str(n), "NULL", "NULL", stamp]))
    text = "\r\n".join(lines) + "\r\n"
    with open(os.path.join(out, "influensavaccination_kronoberg_2023-2025.csv"), "wb") as f:
        f.write(b"\xef\xbb\xbf" + text.encode("utf-8"))


# =========================================================================== 5. VA XLSX
VA24 = {  # kommun: (huvudman, anslutna, producerat 1000 m3, debiterat, vattenverk, ledningsnät km, förnyelse %, avgift typhus A)
    "Alvesta": ("Alvesta kommun", 16210, 1742, 1393, 7, 312, 0.42, 9120),
    "Lessebo": ("Lessebo kommun", 7380, 768, 616, 4, 148, 0.31, 10480),
    "Ljungby": ("Ljungby kommun", 23480, 2614, 2182, 9, 421, 0.55, 8760),
    "Markaryd": ("Markaryds kommun", 8420, 905, 748, 5, 176, 0.38, 10230),
    "Tingsryd": ("Tingsryds kommun", 8790, 1024, 781, 11, 229, 0.29, 11340),
    "Uppvidinge": ("Uppvidinge kommun", 6950, 812, 602, 8, 187, 0.24, 11870),
    "Växjö": ("Växjö kommun", 89120, 8615, 7540, 12, 1138, 0.61, 8240),
    "Älmhult": ("Älmhults kommun", 15130, 1588, 1321, 6, 268, 0.47, 9350),
}
VA_OLD = {("Lessebo", 4): "824", ("Lessebo", 6): "25,2", ("Tingsryd", 7): "14", ("Markaryd", 10): "9 840"}
VA23 = {
    "Alvesta": (16105, 1761, 1402, 7, 311, 0.40, 8790),
    "Lessebo": (7395, 779, 621, 4, 148, 0.29, 10150),
    "Ljungby": (23390, 2588, 2160, 9, 419, 0.52, 8510),
    "Markaryd": (8405, 897, 744, 5, 175, 0.35, 9540),
    "Tingsryd": (8810, 1037, 786, 11, 228, 0.33, 10890),
    "Uppvidinge": (6975, 806, 598, 8, 187, 0.22, 11420),
    "Växjö": (88240, 8502, 7463, 12, 1129, 0.58, 7960),
    "Älmhult": (15020, 1571, 1302, 6, 265, 0.44, 9080),
}


def make_va(out):
    wb = Workbook()
    _fix_props(wb, "Lena Sjögren")
    heads = ["Kommun", "VA-huvudman", "Anslutna invånare, kommunalt vatten", "Producerat dricksvatten, 1 000 m³",
             "Debiterad mängd, 1 000 m³", "Ej debiterat vatten, %", "Antal vattenverk",
             "Ledningsnät dricksvatten, km", "Förnyelsetakt vattenledningar, % (medel 3 år)",
             "Avgift Typhus A, kr/år inkl. moms"]
    thin = Side(style="thin", color="9E9E9E")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    strike = InlineFont(strike=True, color="FF7F7F7F", rFont="Calibri", sz=11)
    newf = InlineFont(color="FFC00000", b=True, rFont="Calibri", sz=11)
    order = sorted(VA24, key=lambda k: k.replace("Ä", "ZZ"))
    for year in (2024, 2023):
        ws = wb.active if year == 2024 else wb.create_sheet("2023")
        if year == 2024:
            ws.title = "2024"
        ws["A1"] = f"VA-nyckeltal Kronobergs län {year}" + (" – sammanställning inför VA-nätverkets träff 6 november 2025" if year == 2024 else "")
        ws["A1"].font = Font(size=13, bold=True)
        ws["A2"] = ("Källa: kommunernas inrapportering till VASS (Svenskt Vatten) samt uppgifter direkt från VA-huvudmännen. "
                    "Sammanställt av Länsstyrelsen i Kronobergs län.")
        ws["A2"].font = Font(italic=True, size=9)
        for j, h in enumerate(heads, 1):
            c = ws.cell(row=4, column=j, value=h)
            c.font = Font(bold=True, size=10)
            c.alignment = Alignment(wrap_text=True, vertical="bottom")
            c.fill = PatternFill("solid", fgColor="D9E1F2")
            c.border = box
        ws.row_dimensions[4].height = 58
        r = 5
        for k in order:
            if year == 2024:
                hm, an, pr, de, vv, ln, fn, av = VA24[k]
                ej = round(100 * (pr - de) / pr, 1)
            else:
                an, pr, de, vv, ln, fn, av = VA23[k]
                hm = VA24[k][0]
                ej = round(100 * (pr - de) / pr, 1)
            vals = [k, hm, an, pr, de, ej, vv, ln, fn, av]
            fm = [None, None, "# ##0", "# ##0", "# ##0", "0.0", "0", "# ##0", "0.00", "# ##0"]
            for j, (v, f) in enumerate(zip(vals, fm), 1):
                cell = ws.cell(row=r, column=j)
                old = VA_OLD.get((k, j)) if year == 2024 else None
                if old is not None:
                    if isinstance(v, float):
                        new = f"{v:.1f}".replace(".", ",")
                    else:
                        new = f"{v:,}".replace(",", " ")
                    cell.value = CellRichText([TextBlock(strike, old), " ", TextBlock(newf, new)])
                    cell.alignment = Alignment(horizontal="right")
                else:
                    cell.value = v
                    if f:
                        cell.number_format = f
                cell.border = box
            r += 1
        last = r - 1
        ws.cell(row=r, column=1, value="Kronobergs län").font = Font(bold=True)
        for j, col in zip([3, 4, 5, 7, 8], "CDEGH"):
            ws.cell(row=r, column=j, value=f"=SUM({col}5:{col}{last})").number_format = "# ##0"
        ws.cell(row=r, column=6, value=f"=ROUND(100*(D{r}-E{r})/D{r},1)").number_format = "0.0"
        for j in range(1, 11):
            ws.cell(row=r, column=j).border = box
            ws.cell(row=r, column=j).font = Font(bold=True)
        if year == 2024:
            ws.cell(row=r + 2, column=1, value=(
                "Rättelser 2025-10-14: genomstruken grå siffra = felaktig ursprunglig uppgift, ersatt av siffran i rött "
                "enligt kommunens svar på länsstyrelsens kontrollfrågor."))
            ws.cell(row=r + 2, column=1).font = Font(size=9, color="C00000")
        ws.cell(row=r + 3, column=1, value=(
            "Ej debiterat vatten = (producerat − debiterat) / producerat. Omfattar läckage, spolning, brandvatten och "
            "mätfel. Förnyelsetakt = andel av ledningsnätet som förnyats per år, medel av de tre senaste åren."))
        ws.cell(row=r + 3, column=1).font = Font(size=9)
        widths = [13, 20, 13, 13, 13, 11, 10, 12, 14, 13]
        for j, w in enumerate(widths):
            ws.column_dimensions["ABCDEFGHIJ"[j]].width = w
        ws.freeze_panes = "C5"
    path = os.path.join(out, "VA-nyckeltal Kronoberg 2024 rev.xlsx")
    wb.save(path)
    _va_cache(path)


def _va_cache(path):
    """Write the cached results Excel would show: SUM skips text cells (the rich-text corrections)."""
    import re
    z = zipfile.ZipFile(path)
    names = z.namelist()
    data = {n: z.read(n) for n in names}
    z.close()
    for idx, year in ((1, 2024), (2, 2023)):
        fn = f"xl/worksheets/sheet{idx}.xml"
        xml = data[fn].decode()
        order = sorted(VA24, key=lambda k: k.replace("Ä", "ZZ"))
        colidx = {"C": 1, "D": 2, "E": 3, "G": 4, "H": 5}
        sums = {}
        for col, ci in colidx.items():
            s = 0
            for k in order:
                if year == 2024:
                    vals = VA24[k]
                    v = vals[ci]
                    jcol = "ABCDEFGHIJ".index(col) + 1
                    if (k, jcol) in VA_OLD:
                        continue  # text cell – SUM ignores it
                else:
                    v = VA23[k][ci - 1]
                s += v
            sums[col] = s
        sums["F"] = round(100 * (sums["D"] - sums["E"]) / sums["D"], 1)

        def patch(m):
            ref = m.group(1)
            col = re.match(r"[A-Z]+", ref).group(0)
            v = sums[col]
            return m.group(0).replace("</f>", f"</f><v>{v}</v>", 1)

        xml = re.sub(r'<c r="([A-Z]+13)"[^>]*>\s*<f>[^<]*</f>(?:<v\s*/>|<v></v>)?\s*</c>', patch, xml)
        data[fn] = xml.encode()
    data["docProps/core.xml"] = _fix_modified(data["docProps/core.xml"], "2025-10-14T16:02:00Z")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n in names:
            zi = zipfile.ZipInfo(n, date_time=(2025, 10, 14, 16, 2, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data[n])


# =========================================================================== 6. Chrome print PDF
CHG = {  # födda, döda, flyttnetto 2024
    "Uppvidinge": (78, 131, 41), "Lessebo": (86, 104, 12), "Tingsryd": (94, 178, 77),
    "Alvesta": (201, 236, 148), "Älmhult": (206, 171, 58), "Markaryd": (99, 128, -21),
    "Växjö": (1052, 774, 713), "Ljungby": (284, 326, 96),
}


def _font():
    for reg, bold in (("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                       "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),):
        if os.path.exists(reg) and os.path.exists(bold):
            pdfmetrics.registerFont(TTFont("Web", reg))
            pdfmetrics.registerFont(TTFont("Web-Bold", bold))
            return "Web", "Web-Bold", True
    return "Helvetica", "Helvetica-Bold", False


def make_web(out):
    path = os.path.join(out, "Åldersstruktur - Region Kronoberg.pdf")
    F, FB, uni = _font()
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("Åldersstruktur – Region Kronoberg")
    c.setCreator("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36")
    c.setProducer("Skia/PDF m131")
    W, H = A4
    sort_glyph = "⇅" if uni else "<>"
    down = "▼" if uni else "v"
    url = "https://www.regionkronoberg.se/statistik/befolkning/aldersstruktur/?ar=2024&matt=antal"

    def chrome(pg):
        c.setFont("Helvetica", 7)
        c.setFillColorRGB(0, 0, 0)
        c.drawString(28, H - 18, "2025-11-20 14:07")
        c.drawCentredString(W / 2, H - 18, "Åldersstruktur – Region Kronoberg")
        c.drawString(28, 14, url)
        c.drawRightString(W - 28, 14, f"{pg}/2")

    def cookie_banner():
        """position: fixed; bottom: 0 – Chrome prints it at the bottom of every page, over the content."""
        by = 30
        c.setFillColorRGB(1, 1, 1)
        c.setStrokeColorRGB(0.75, 0.75, 0.75)
        c.rect(36, by, W - 72, 74, fill=1, stroke=1)
        c.setFillColorRGB(0, 0, 0)
        c.setFont(FB, 9)
        c.drawString(50, by + 56, "Vi använder kakor (cookies)")
        c.setFont(F, 8)
        c.drawString(50, by + 42, "Vi använder nödvändiga kakor för att webbplatsen ska fungera och analyskakor för att förbättra den.")
        c.drawString(50, by + 31, "Du kan själv välja vilka kakor du godkänner. Läs mer om kakor och personuppgifter.")
        c.setFillColorRGB(0.1, 0.35, 0.55)
        c.rect(50, by + 6, 140, 18, fill=1, stroke=0)
        c.rect(200, by + 6, 170, 18, fill=1, stroke=0)
        c.setFillColorRGB(1, 1, 1)
        c.setFont(FB, 8)
        c.drawString(60, by + 12, "Godkänn alla kakor")
        c.drawString(210, by + 12, "Endast nödvändiga kakor")
        c.setFillColorRGB(0, 0, 0)

    chrome(1)
    y = H - 48
    c.setFont(F, 8)
    c.setFillColorRGB(0.1, 0.35, 0.55)
    c.drawString(48, y, "Region Kronoberg   Hälsa & vård   Kollektivtrafik   Kultur   Regional utveckling   Om oss   Sök")
    y -= 20
    c.setFillColorRGB(0.3, 0.3, 0.3)
    c.drawString(48, y, "Start  ›  Regional utveckling  ›  Statistik och analys  ›  Befolkning  ›  Åldersstruktur")
    y -= 30
    c.setFillColorRGB(0, 0, 0)
    c.setFont(FB, 20)
    c.drawString(48, y, "Åldersstruktur i Kronobergs län")
    y -= 18
    c.setFont(F, 8)
    c.setFillColorRGB(0.35, 0.35, 0.35)
    c.drawString(48, y, "Publicerad 2025-03-24  ·  Senast uppdaterad 2025-10-02")
    y -= 24
    c.setFillColorRGB(0, 0, 0)
    c.setFont(F, 9.5)
    for line in ("Hur många barn, personer i arbetsför ålder och äldre bor det i länets kommuner? Välj år och mått",
                 "nedan. Den demografiska försörjningskvoten visar hur många personer i åldrarna 0–19 år och 65 år och",
                 "äldre som varje person i åldrarna 20–64 år behöver försörja, utöver sig själv."):
        c.drawString(48, y, line)
        y -= 13
    y -= 10
    # filter chips
    chips = ["År: 2024  " + down, "Mått: Antal personer  " + down, ("☐" if uni else "[ ]") + " Visa riket"]
    x = 48
    c.setFont(F, 8.5)
    for ch in chips:
        w = c.stringWidth(ch, F, 8.5) + 18
        c.setStrokeColorRGB(0.1, 0.35, 0.55)
        c.setFillColorRGB(0.93, 0.96, 0.99)
        c.roundRect(x, y - 6, w, 18, 9, fill=1, stroke=1)
        c.setFillColorRGB(0.1, 0.35, 0.55)
        c.drawString(x + 9, y, ch)
        x += w + 8
    c.setFillColorRGB(0, 0, 0)
    y -= 34
    # key figure tiles
    tot = {m: bands(m) for m in MUNIS}
    T = [sum(tot[m][i] for m in MUNIS) for i in range(5)]
    tiles = [("Folkmängd i länet", sv(T[0])), ("Andel 65 år och äldre", sv(100 * (T[3] + T[4]) / T[0], 1) + " %"),
             ("Försörjningskvot länet", sv((T[1] + T[3] + T[4]) / T[2], 2))]
    x = 48
    for lab, val in tiles:
        c.setFillColorRGB(0.96, 0.96, 0.96)
        c.rect(x, y - 30, 160, 42, fill=1, stroke=0)
        c.setFillColorRGB(0.3, 0.3, 0.3)
        c.setFont(F, 8)
        c.drawString(x + 8, y + 2, lab)
        c.setFillColorRGB(0, 0, 0)
        c.setFont(FB, 15)
        c.drawString(x + 8, y - 20, val)
        x += 170
    y -= 56
    # column chart (SVG on the page): share 65+ per municipality, A–Ö
    c.setFont(FB, 11)
    c.drawString(48, y, "Andel 65 år och äldre per kommun 2024, procent")
    y -= 16
    base = y - 262
    order = sorted(MUNIS, key=lambda k: k.replace("Ä", "ZZ"))
    bw = 38
    for i, m in enumerate(order):
        t, b0, b1, b2, b3 = tot[m]
        sh = 100 * (b2 + b3) / t
        x0 = 70 + i * 58
        hgt = sh * 7.6
        c.setFillColorRGB(0.36, 0.6, 0.78)
        c.rect(x0, base, bw, hgt, fill=1, stroke=0)
        c.setFillColorRGB(0, 0, 0)
        c.setFont(F, 7.5)
        c.drawCentredString(x0 + bw / 2, base + hgt + 3, sv(sh, 1))
        c.drawCentredString(x0 + bw / 2, base - 11, m)
    c.setStrokeColorRGB(0.5, 0.5, 0.5)
    c.line(60, base, W - 60, base)
    y = base - 36
    c.setFont(FB, 11)
    c.drawString(48, y, "Befolkning efter ålder 31 december 2024")
    y -= 20
    cols = ["Kommun", "Folkmängd", "0–19 år", "20–64 år", "65–79 år", "80 år–", "Andel 65+ (%)", "Försörjningskvot"]
    xr = [None, 165, 214, 264, 314, 360, 438, 548]
    c.setFillColorRGB(0.1, 0.35, 0.55)
    c.rect(46, y - 8, W - 92, 22, fill=1, stroke=0)
    c.setFillColorRGB(1, 1, 1)
    c.setFont(FB, 8)
    for j, h in enumerate(cols):
        lab = h + (" " + (down if h == "Försörjningskvot" else sort_glyph))
        if j == 0:
            c.drawString(50, y, lab)
        else:
            c.drawRightString(xr[j], y, lab)
    c.setFillColorRGB(0, 0, 0)
    y -= 24
    rows = []
    for m in MUNIS:
        t, b0, b1, b2, b3 = tot[m]
        rows.append((m, t, b0, b1, b2, b3, 100 * (b2 + b3) / t, (b0 + b2 + b3) / b1))
    rows.sort(key=lambda r: -r[7])
    rows.append(("Kronobergs län", T[0], T[1], T[2], T[3], T[4], 100 * (T[3] + T[4]) / T[0], (T[1] + T[3] + T[4]) / T[2]))
    for i, r in enumerate(rows):
        bold = r[0] == "Kronobergs län"
        if i % 2 == 0:
            c.setFillColorRGB(0.97, 0.97, 0.97)
            c.rect(46, y - 5, W - 92, 17, fill=1, stroke=0)
            c.setFillColorRGB(0, 0, 0)
        c.setFont(FB if bold else F, 8.5)
        c.drawString(50, y, r[0])
        for j, v in enumerate(r[1:], 1):
            s = sv(v, 1) if j == 6 else (sv(v, 2) if j == 7 else sv(v))
            c.drawRightString(xr[j], y, s)
        y -= 17
    y -= 6
    c.setFont(F, 8)
    c.drawString(48, y, "Källa: SCB, befolkningsstatistik. Försörjningskvot = (antal 0–19 år + antal 65 år och äldre) / antal 20–64 år.")
    y -= 12
    c.drawString(48, y, "Tabellen är sorterad efter försörjningskvot. Klicka på en kolumnrubrik för att sortera om.")
    cookie_banner()
    c.showPage()

    # ---- page 2
    chrome(2)
    y = H - 44
    c.setFont(F, 8)
    c.setFillColorRGB(0.1, 0.35, 0.55)
    c.drawString(48, y, "Ladda ner tabellen (Excel)   ·   Visa som diagram   ·   Dela")
    c.setFillColorRGB(0, 0, 0)
    y -= 30
    c.setFont(FB, 11)
    c.drawString(48, y, "Befolkningsförändringar 2024")
    y -= 20
    cols = ["Kommun", "Födda", "Döda", "Födelseöverskott", "Flyttnetto", "Folkökning"]
    xr = [None, 220, 280, 380, 460, 548]
    c.setFillColorRGB(0.1, 0.35, 0.55)
    c.rect(46, y - 8, W - 92, 22, fill=1, stroke=0)
    c.setFillColorRGB(1, 1, 1)
    c.setFont(FB, 8)
    for j, h in enumerate(cols):
        lab = h + " " + sort_glyph
        if j == 0:
            c.drawString(50, y, lab)
        else:
            c.drawRightString(xr[j], y, lab)
    c.setFillColorRGB(0, 0, 0)
    y -= 24
    rows2 = []
    for m in sorted(MUNIS, key=lambda k: k.replace("Ä", "ZZ")):
        f_, d_, fl = CHG[m]
        rows2.append((m, f_, d_, f_ - d_, fl, f_ - d_ + fl))
    S = ["Kronobergs län"] + [sum(r[i] for r in rows2) for i in range(1, 6)]
    rows2.append(tuple(S))
    for i, r in enumerate(rows2):
        if i % 2 == 0:
            c.setFillColorRGB(0.97, 0.97, 0.97)
            c.rect(46, y - 5, W - 92, 17, fill=1, stroke=0)
            c.setFillColorRGB(0, 0, 0)
        c.setFont(FB if r[0] == "Kronobergs län" else F, 8.5)
        c.drawString(50, y, r[0])
        for j, v in enumerate(r[1:], 1):
            s = sv(v) if v >= 0 else "−" + sv(-v)
            c.drawRightString(xr[j], y, s)
        y -= 17
    y -= 14
    c.setFont(FB, 11)
    c.drawString(48, y, "Om statistiken")
    y -= 16
    c.setFont(F, 8.5)
    for line in ("Uppgifterna avser folkbokförda personer den 31 december respektive händelser under året. Siffror för 2025",
                 "publiceras av SCB i februari 2026. Riket visas i tabellen när du markerar \"Visa riket\" ovan. Flyttnetto",
                 "omfattar både inrikes och utrikes flyttningar. Folkökningen kan avvika något från förändringen i",
                 "folkmängd på grund av efterregistreringar.",
                 "",
                 "Kontakt: Regional utveckling, analysenheten, statistik@regionkronoberg.se"):
        c.drawString(48, y, line)
        y -= 12
    y -= 18
    c.setFillColorRGB(0.12, 0.12, 0.12)
    c.rect(0, y - 70, W, 70, fill=1, stroke=0)
    c.setFillColorRGB(1, 1, 1)
    c.setFont(F, 8)
    c.drawString(48, y - 22, "Region Kronoberg  ·  Box 1200, 351 12 Växjö  ·  Telefon 0470-58 30 00")
    c.drawString(48, y - 36, "Tillgänglighetsredogörelse   ·   Om kakor   ·   Behandling av personuppgifter")
    cookie_banner()
    c.showPage()
    c.save()


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(2)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    make_ssrs(out)
    make_numbers(out)
    make_korkort(out)
    make_ssms(out)
    make_va(out)
    make_web(out)
    for f in sorted(os.listdir(out)):
        print(f, os.path.getsize(os.path.join(out, f)))


if __name__ == "__main__":
    main()
