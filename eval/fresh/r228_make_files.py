#!/usr/bin/env python3
"""Round r228 - Hallands län. Writes six made-up statistics files into OUT_DIR.

Deterministic: no clock, no randomness (a fixed linear congruential generator is
used for the register file), fixed PDF/XLSX metadata and zip timestamps.

Files
  1. fk_pagaende_sjukfall_halland_2024.csv      FK open-data CSV with several publication
                                                 vintages of the same months (revisions)
  2. af_inskrivna_arbetslosa_okt2024.xlsx        AutoFilter left on (only 16-24 visible) and
                                                 a 'Summa' row of SUBTOTAL() = visible rows only
  3. arbetsmarknadslaget_halland_hosten2024.pdf  two-column report page, prose and table drawn
                                                 line by line across both columns
  4. kommunfakta_halland_2024.xlsx               one key/value card per kommun stacked down the
                                                 sheet, values typed as text with units
  5. ekonomiskt_bistand_halland_2024H1.csv        register, one row per household and month,
                                                 löpnummer unique only within kommun
  6. utbildningsbarometer_halland_2024.pdf       two tables, years as rows, kommuner as
                                                 abbreviated column heads explained in a footnote
"""
import os
import re
import sys
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Font, Alignment
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit

KOMMUNER = [("1315", "Hylte"), ("1380", "Halmstad"), ("1381", "Laholm"),
            ("1382", "Falkenberg"), ("1383", "Varberg"), ("1384", "Kungsbacka")]

FIXED_ZIP_TIME = (2024, 11, 20, 8, 0, 0)
FIXED_ISO = "2024-11-20T08:00:00Z"


def sv(x, nd=1):
    """Swedish decimal comma."""
    return f"{x:.{nd}f}".replace(".", ",")


def sv_int(n):
    s = f"{n:,}".replace(",", " ")
    return s


# ---------------------------------------------------------------------------
# helpers for xlsx post-processing (cached formula values, fixed metadata)
# ---------------------------------------------------------------------------
def finalize_xlsx(path, cached=None):
    """Rewrite the xlsx zip with fixed timestamps/metadata and, optionally,
    insert cached values for formula cells: cached = {sheet_xml_name: {ref: value}}."""
    cached = cached or {}
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = []
    for name, data in items:
        if name == "docProps/core.xml":
            t = data.decode("utf-8")
            t = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>" + FIXED_ISO + r"\g<2>", t)
            t = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + FIXED_ISO + r"\g<2>", t)
            data = t.encode("utf-8")
        short = name.split("/")[-1]
        if short in cached:
            t = data.decode("utf-8")
            for ref, val in cached[short].items():
                pat = re.compile(r'(<c r="' + ref + r'"[^>]*>)(<f>[^<]*</f>)(?:<v\s*/>|<v></v>|<v>[^<]*</v>)?(</c>)')
                t, n = pat.subn(lambda m: m.group(1) + m.group(2) + "<v>" + repr(val) + "</v>" + m.group(3), t)
                if n != 1:
                    raise RuntimeError(f"could not set cached value for {ref} in {short}")
            data = t.encode("utf-8")
        out.append((name, data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in out:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)


def fixed_props(wb, title):
    import datetime as _dt
    wb.properties.creator = "Region Halland, Analys och uppföljning"
    wb.properties.lastModifiedBy = "Region Halland"
    wb.properties.title = title
    wb.properties.created = _dt.datetime(2024, 11, 20, 8, 0, 0)
    wb.properties.modified = _dt.datetime(2024, 11, 20, 8, 0, 0)


# ---------------------------------------------------------------------------
# 1. Försäkringskassan, pågående sjukfall + sjukpenningtal, publication vintages
# ---------------------------------------------------------------------------
def make_fk(out_dir):
    base = {  # pågående sjukfall January 2024, final values: K, M
        "Hylte": (175, 98), "Halmstad": (1610, 812), "Laholm": (398, 205),
        "Falkenberg": (705, 362), "Varberg": (1010, 498), "Kungsbacka": (1185, 574)}
    trend = {"Hylte": -0.003, "Halmstad": 0.002, "Laholm": 0.001,
             "Falkenberg": -0.001, "Varberg": 0.004, "Kungsbacka": 0.0}
    season = [1.000, 1.018, 1.025, 1.010, 0.992, 0.975, 0.948, 0.962, 0.985, 1.004]
    spt_base = {"Hylte": (13.1, 7.4), "Halmstad": (12.4, 6.9), "Laholm": (12.8, 7.2),
                "Falkenberg": (11.6, 6.3), "Varberg": (11.2, 6.1), "Kungsbacka": (10.1, 5.6)}
    spt_drift = {"Hylte": -0.04, "Halmstad": 0.01, "Laholm": 0.03,
                 "Falkenberg": -0.01, "Varberg": 0.02, "Kungsbacka": -0.02}
    ins_w = {"Hylte": 0.032, "Halmstad": 0.31, "Laholm": 0.072,
             "Falkenberg": 0.138, "Varberg": 0.20, "Kungsbacka": 0.248}
    code = dict((n, c) for c, n in KOMMUNER)
    names = [n for _, n in KOMMUNER]

    def final_cases(k, m):  # m = 0..9 (jan..okt)
        bk, bm = base[k]
        f = season[m] * (1 + trend[k] * m)
        return bk * f, bm * f

    def final_spt(k, m):
        bk, bm = spt_base[k]
        d = spt_drift[k] * m
        kv, mv = bk + d, bm + d
        return kv, mv, 0.485 * kv + 0.515 * mv

    vintages = [("2024-09-16", 7), ("2024-10-15", 8), ("2024-11-15", 9)]  # last month index
    case_factor = {0: 0.955, 1: 0.985}
    spt_adj = {0: -0.2, 1: -0.1}
    rows = []
    for pub, last in vintages:
        for m in range(0, last + 1):
            lag = last - m
            status = "Preliminär" if lag <= 1 else "Definitiv"
            month = f"2024-{m + 1:02d}"
            cf = case_factor.get(lag, 1.0)
            sa = spt_adj.get(lag, 0.0)
            lan_k = lan_m = 0
            lan_spt = [0.0, 0.0, 0.0]
            for k in names:
                fk, fm = final_cases(k, m)
                vk, vm = round(fk * cf), round(fm * cf)
                lan_k += vk
                lan_m += vm
                s = final_spt(k, m)
                for i in range(3):
                    lan_spt[i] += ins_w[k] * s[i]
                for kon, v in (("Kvinnor", vk), ("Män", vm), ("Båda könen", vk + vm)):
                    rows.append((pub, month, "13", "Hallands län", code[k], k, kon,
                                 "Pågående sjukfall (antal)", str(v), status))
                for kon, v in zip(("Kvinnor", "Män", "Båda könen"), s):
                    rows.append((pub, month, "13", "Hallands län", code[k], k, kon,
                                 "Sjukpenningtal (dagar)", f"{round(v + sa, 1):.1f}", status))
            for kon, v in (("Kvinnor", lan_k), ("Män", lan_m), ("Båda könen", lan_k + lan_m)):
                rows.append((pub, month, "13", "Hallands län", "", "Hela länet", kon,
                             "Pågående sjukfall (antal)", str(v), status))
            for kon, v in zip(("Kvinnor", "Män", "Båda könen"), lan_spt):
                rows.append((pub, month, "13", "Hallands län", "", "Hela länet", kon,
                             "Sjukpenningtal (dagar)", f"{round(v + sa, 1):.1f}", status))
    header = ("Publiceringsdatum", "Månad", "Länskod", "Län", "Kommunkod", "Kommun",
              "Kön", "Mått", "Värde", "Status")
    path = os.path.join(out_dir, "fk_pagaende_sjukfall_halland_2024.csv")
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write(",".join(header) + "\r\n")
        for r in rows:
            f.write(",".join(r) + "\r\n")


# ---------------------------------------------------------------------------
# 2. Arbetsförmedlingen, inskrivna arbetslösa okt 2024, filter left on
# ---------------------------------------------------------------------------
AF = {  # kommun: [(RAK, öppet, program) for 16-24, 25-54, 55-64]
    "Hylte": [(640, 31, 22), (3690, 196, 108), (1080, 52, 25)],
    "Halmstad": [(6150, 356, 262), (33900, 1590, 1018), (9870, 412, 221)],
    "Laholm": [(1480, 64, 41), (8360, 302, 161), (2470, 96, 40)],
    "Falkenberg": [(2760, 95, 68), (15480, 478, 246), (4590, 142, 53)],
    "Varberg": [(4030, 131, 92), (22850, 612, 339), (6610, 188, 71)],
    "Kungsbacka": [(4880, 112, 61), (28100, 548, 279), (8050, 196, 58)],
}
AGES = ["16–24 år", "25–54 år", "55–64 år"]


def af_halland_rate():
    tot = sum(o + p for k in AF for (_, o, p) in AF[k])
    rak = sum(r for k in AF for (r, _, _) in AF[k])
    return tot, rak, 100 * tot / rak


def make_af(out_dir):
    wb = Workbook()
    fixed_props(wb, "Inskrivna arbetslösa oktober 2024")
    ws = wb.active
    ws.title = "Kommun x ålder"
    ws["A1"] = "Inskrivna arbetslösa 16–64 år efter kommun och åldersgrupp, oktober 2024"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Källa: Arbetsförmedlingen. Bearbetning: Region Halland. Registerbaserad arbetskraft enligt AF:s beräkning."
    hdr = ["Kommun", "Åldersgrupp", "Registerbaserad arbetskraft", "Öppet arbetslösa",
           "Sökande i program med aktivitetsstöd", "Inskrivna arbetslösa totalt",
           "Andel av arbetskraften, %"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True)
        c.alignment = Alignment(wrap_text=True, vertical="top")
    cached = {}
    r = 5
    for k in AF:
        for a, (rak, o, p) in zip(AGES, AF[k]):
            ws.cell(row=r, column=1, value=k)
            ws.cell(row=r, column=2, value=a)
            ws.cell(row=r, column=3, value=rak).number_format = "# ##0"
            ws.cell(row=r, column=4, value=o)
            ws.cell(row=r, column=5, value=p)
            ws.cell(row=r, column=6, value=f"=D{r}+E{r}")
            ws.cell(row=r, column=7, value=f"=ROUND(F{r}/C{r}*100,1)").number_format = "0.0"
            cached[f"F{r}"] = o + p
            cached[f"G{r}"] = round((o + p) / rak * 100, 1)
            if a != AGES[0]:
                ws.row_dimensions[r].hidden = True
            r += 1
    last = r - 1
    ws.auto_filter.ref = f"A4:G{last}"
    ws.auto_filter.add_filter_column(1, [AGES[0]])
    srow = last + 1
    ws.cell(row=srow, column=1, value="Summa").font = Font(bold=True)
    vis = [AF[k][0] for k in AF]
    sums = {"C": sum(x[0] for x in vis), "D": sum(x[1] for x in vis),
            "E": sum(x[2] for x in vis)}
    sums["F"] = sums["D"] + sums["E"]
    for col in "CDEF":
        c = ws[f"{col}{srow}"]
        c.value = f"=SUBTOTAL(109,{col}5:{col}{last})"
        c.font = Font(bold=True)
        cached[f"{col}{srow}"] = sums[col]
    ws[f"C{srow}"].number_format = "# ##0"
    ws[f"G{srow}"] = f"=ROUND(F{srow}/C{srow}*100,1)"
    ws[f"G{srow}"].number_format = "0.0"
    ws[f"G{srow}"].font = Font(bold=True)
    cached[f"G{srow}"] = round(sums["F"] / sums["C"] * 100, 1)
    ws.cell(row=srow + 2, column=1,
            value="Inskrivna arbetslösa = öppet arbetslösa + sökande i program med aktivitetsstöd.")
    ws.freeze_panes = "A5"
    for col, w in zip("ABCDEFG", (14, 12, 16, 12, 18, 16, 14)):
        ws.column_dimensions[col].width = w
    path = os.path.join(out_dir, "af_inskrivna_arbetslosa_okt2024.xlsx")
    wb.save(path)
    finalize_xlsx(path, {"sheet1.xml": cached})


# ---------------------------------------------------------------------------
# 3. Regional report, two-column page, drawn line by line across the columns
# ---------------------------------------------------------------------------
SYSS = [  # name, K 2023, M 2023, T 2023, T 2022
    ("Hylte", 76.9, 82.4, 79.8, 80.3),
    ("Halmstad", 77.8, 80.6, 79.2, 78.6),
    ("Laholm", 81.2, 85.0, 83.2, 82.7),
    ("Falkenberg", 82.5, 86.1, 84.4, 84.1),
    ("Varberg", 83.0, 86.3, 84.7, 84.0),
    ("Kungsbacka", 84.1, 86.9, 85.5, 85.6),
    ("Hallands län", 81.0, 84.0, 82.5, 82.2),
    ("Riket", 78.0, 81.6, 79.9, 79.6),
]


def make_report(out_dir):
    tot, rak, rate = af_halland_rate()
    prose = [
        "Läget i korthet",
        "Arbetsmarknaden i Halland har mattats av under 2024 men står sig fortfarande "
        "väl i en nationell jämförelse. I oktober 2024 var " + sv_int(tot) + " personer "
        "inskrivna som arbetslösa vid Arbetsförmedlingen i länet, vilket motsvarar "
        + sv(rate) + " procent av den registerbaserade arbetskraften 16–64 år. "
        "I riket var andelen 6,8 procent.",
        "Skillnaderna inom länet är stora. Hylte och Halmstad har länets högsta "
        "arbetslöshet, medan Kungsbacka och Varberg ligger lägst. I Kungsbacka "
        "pendlar en stor del av de sysselsatta till Göteborgsregionen, och "
        "kommunens arbetsmarknad följer därför snarare Västra Götalands utveckling.",
        "Sysselsättningen",
        "Sysselsättningsgraden bland 20–64-åringar i Halland var 82,5 procent 2023, "
        "vilket är 2,6 procentenheter högre än i riket. Högst sysselsättningsgrad "
        "har Kungsbacka med 85,5 procent, följt av Varberg och Falkenberg. I Halmstad "
        "ökade sysselsättningsgraden med 0,6 procentenheter mellan 2022 och 2023, "
        "den största ökningen i länet näst efter Varberg.",
        "Skillnaden mellan kvinnor och män är fortsatt tydlig i samtliga kommuner. "
        "Störst är könsskillnaden i Hylte, där männens sysselsättningsgrad är 5,5 "
        "procentenheter högre än kvinnornas.",
        "Framåt",
        "Varslen i länet har ökat under hösten, främst inom tillverkning och handel. "
        "Region Halland bedömer att arbetslösheten stiger något under första halvåret "
        "2025 innan en återhämtning tar vid. Insatser för unga och för personer som "
        "står långt från arbetsmarknaden prioriteras i det regionala arbetet.",
    ]
    path = os.path.join(out_dir, "arbetsmarknadslaget_halland_hosten2024.pdf")
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("Arbetsmarknadsläget i Halland – hösten 2024")
    c.setAuthor("Region Halland")
    c.setCreator("Region Halland")
    c.setSubject("Arbetsmarknad")
    W, H = A4
    c.setFont("Helvetica-Bold", 16)
    c.drawString(50, H - 60, "Arbetsmarknadsläget i Halland – hösten 2024")
    c.setFont("Helvetica", 9)
    c.drawString(50, H - 76, "Region Halland, Analys och uppföljning  |  Rapport 2024:7")
    c.line(50, H - 84, W - 50, H - 84)

    lead = 13
    y0 = H - 108
    # left column lines
    left = []  # (y, font, size, text)
    y = y0
    for para in prose:
        if len(para) < 30:  # heading
            left.append((y, "Helvetica-Bold", 10, para))
            y -= lead
            continue
        for ln in simpleSplit(para, "Helvetica", 9.5, 235):
            left.append((y, "Helvetica", 9.5, ln))
            y -= lead
        y -= lead  # blank line between paragraphs (stays on the baseline grid)
    # right column lines
    right = []
    y = y0
    for ln in simpleSplit("Tabell 1. Sysselsättningsgrad 20–64 år efter kommun och kön, "
                          "procent, 2023 samt förändring sedan 2022", "Helvetica-Bold", 9, 235):
        right.append((y, "Helvetica-Bold", 9, [(310, "l", ln)]))
        y -= lead
    y -= lead
    xs = [(310, "l"), (388, "r"), (420, "r"), (455, "r"), (495, "r"), (545, "r")]
    hdr1 = ["", "Kvinnor", "Män", "Totalt", "Totalt", "Förändr."]
    hdr2 = ["Kommun", "2023", "2023", "2023", "2022", "p.e."]
    right.append((y, "Helvetica-Bold", 8, [(x, a, t) for (x, a), t in zip(xs, hdr1)]))
    y -= lead
    right.append((y, "Helvetica-Bold", 8, [(x, a, t) for (x, a), t in zip(xs, hdr2)]))
    y -= lead
    for name, kv, mv, tv, t22 in SYSS:
        ch = round(tv - t22, 1)
        chs = ("+" if ch > 0 else "") + sv(ch) if ch != 0 else "0,0"
        vals = [name, sv(kv), sv(mv), sv(tv), sv(t22), chs]
        font = "Helvetica-Bold" if name in ("Hallands län", "Riket") else "Helvetica"
        right.append((y, font, 8, [(x, a, t) for (x, a), t in zip(xs, vals)]))
        y -= lead
    y -= 4
    for ln in simpleSplit("Källa: SCB, Befolkningens arbetsmarknadsstatus (BAS). Sysselsatta "
                          "20–64 år i procent av befolkningen 20–64 år, folkbokförda i kommunen. "
                          "p.e. = procentenheter.", "Helvetica-Oblique", 7, 235):
        right.append((y, "Helvetica-Oblique", 7, [(310, "l", ln)]))
        y -= 10
    # draw everything ordered by baseline (top to bottom), left before right
    items = [(yy, 0, f, s, [(50, "l", t)]) for (yy, f, s, t) in left] + \
            [(yy, 1, f, s, parts) for (yy, f, s, parts) in right]
    items.sort(key=lambda it: (-it[0], it[1]))
    for yy, _, f, s, parts in items:
        c.setFont(f, s)
        for x, a, t in parts:
            if a == "l":
                c.drawString(x, yy, t)
            else:
                c.drawRightString(x, yy, t)
    c.setFont("Helvetica", 7)
    c.drawString(50, 40, "Region Halland  |  Arbetsmarknadsläget i Halland – hösten 2024")
    c.drawRightString(W - 50, 40, "Sida 1")
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# 4. Kommunfakta workbook: one key/value card per kommun, stacked
# ---------------------------------------------------------------------------
FAKTA = {  # folkmängd 2023, folkökning 2023, andel 65+, medianinkomst tkr, eftergymn %, utpendling %
    "Hylte": (11052, -38, 23.9, 291, 24.6, 33.8),
    "Halmstad": (104567, 812, 20.8, 303, 39.7, 17.2),
    "Laholm": (26073, 157, 25.6, 299, 29.3, 41.5),
    "Falkenberg": (47224, 305, 22.4, 310, 32.1, 26.9),
    "Varberg": (67185, 903, 21.3, 322, 38.4, 25.4),
    "Kungsbacka": (85480, 611, 19.7, 371, 51.2, 54.6),
}
FAKTA_LAN = (None, None, 21.4, 321, 40.1, 31.2)


def make_fakta(out_dir):
    wb = Workbook()
    fixed_props(wb, "Kommunfakta Halland 2024")
    ws = wb.active
    ws.title = "Kommunfakta"
    ws["A1"] = "Kommunfakta Halland 2024"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Sammanställt av Region Halland, juni 2024 (arbetslöshet uppdaterad november 2024)."
    ws.column_dimensions["A"].width = 62
    ws.column_dimensions["B"].width = 16
    r = 4
    tot, rak, _ = af_halland_rate()
    blocks = list(FAKTA.items())
    pop_sum = sum(v[0] for v in FAKTA.values())
    grow_sum = sum(v[1] for v in FAKTA.values())
    blocks.append(("Hallands län", (pop_sum, grow_sum) + FAKTA_LAN[2:]))
    code = dict((n, c) for c, n in KOMMUNER)
    for name, (pop, grow, old, inc, edu, pend) in blocks:
        head = f"{name.upper()} ({code.get(name, '13')})"
        ws.cell(row=r, column=1, value=head).font = Font(bold=True, size=12)
        r += 1
        if name in AF:
            t = sum(o + p for (_, o, p) in AF[name])
            rk = sum(x[0] for x in AF[name])
            arb = 100 * t / rk
        else:
            arb = 100 * tot / rak
        pairs = [
            ("Folkmängd 31 december 2023", pop, "# ##0"),
            ("Folkökning 2023", f"{grow:+d}", None),
            ("Andel invånare 65 år och äldre", sv(old) + " %", None),
            ("Medianinkomst, sammanräknad förvärvsinkomst 20–64 år (2022)", f"{inc} tkr", None),
            ("Andel med eftergymnasial utbildning 25–64 år", sv(edu) + " %", None),
            ("Utpendlare, andel av förvärvsarbetande nattbefolkning (2022)", sv(pend) + " %", None),
            ("Inskrivna arbetslösa 16–64 år, oktober 2024", sv(arb) + " %", None),
        ]
        for lab, val, fmt in pairs:
            ws.cell(row=r, column=1, value=lab)
            c = ws.cell(row=r, column=2, value=val)
            c.alignment = Alignment(horizontal="right")
            if fmt:
                c.number_format = fmt
            r += 1
        r += 1
    ws.cell(row=r, column=1, value="Källor: SCB, Arbetsförmedlingen. Uppgifterna avser 2023 om inget annat anges.")
    path = os.path.join(out_dir, "kommunfakta_halland_2024.xlsx")
    wb.save(path)
    finalize_xlsx(path)


# ---------------------------------------------------------------------------
# 5. Ekonomiskt bistånd register, household x month, löpnr within kommun
# ---------------------------------------------------------------------------
class LCG:
    def __init__(self, seed):
        self.x = seed & 0xFFFFFFFF

    def next(self):
        self.x = (1664525 * self.x + 1013904223) & 0xFFFFFFFF
        return self.x / 2 ** 32

    def choice_w(self, items, weights):
        u = self.next() * sum(weights)
        acc = 0
        for it, w in zip(items, weights):
            acc += w
            if u < acc:
                return it
        return items[-1]


def make_register(out_dir):
    n_hh = {"Hylte": 41, "Halmstad": 263, "Laholm": 72, "Falkenberg": 108,
            "Varberg": 139, "Kungsbacka": 88}
    types = ["Ensamstående man utan barn", "Ensamstående kvinna utan barn",
             "Ensamstående kvinna med barn", "Ensamstående man med barn",
             "Sammanboende utan barn", "Sammanboende med barn"]
    tw = [38, 20, 17, 4, 8, 13]
    tbase = [7500, 7400, 12000, 11500, 11000, 15500]
    hinder = ["Arbetslöshet", "Sjukskrivning med läkarintyg", "Ohälsa utan läkarintyg",
              "Väntar på ersättning", "Otillräcklig inkomst", "Sociala skäl"]
    hw = [46, 14, 9, 10, 13, 8]
    g = LCG(20240630)
    rows = []
    for kod, k in KOMMUNER:
        for lop in range(1, n_hh[k] + 1):
            t = g.choice_w(list(range(6)), tw)
            h = g.choice_w(hinder, hw)
            s0 = -2 + int(g.next() * 9)        # spell may have started before January
            e0 = s0 + int(g.next() * 7)
            start, end = max(1, s0), min(6, max(e0, max(1, s0)))
            lvl = tbase[t] * (0.7 + 0.6 * g.next())
            for m in range(start, end + 1):
                amt = int(round(lvl * (0.9 + 0.2 * g.next())))
                rows.append((kod, k, str(lop), f"2024{m:02d}", types[t], h, str(amt)))
    header = ("Kommunkod", "Kommun", "Löpnr (inom kommun)", "Utbetalningsmånad",
              "Hushållstyp", "Huvudsakligt försörjningshinder", "Utbetalt bistånd (kr)")
    path = os.path.join(out_dir, "ekonomiskt_bistand_halland_2024H1.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(";".join(header) + "\n")
        for r in rows:
            f.write(";".join(r) + "\n")


# ---------------------------------------------------------------------------
# 6. Utbildningsbarometer PDF: years as rows, abbreviated kommun columns
# ---------------------------------------------------------------------------
BEH = {  # Hyl Hst Lah Fbg Vbg Kba Län Riket
    2020: (78.3, 84.1, 86.0, 87.2, 88.9, 91.4, 87.1, 85.6),
    2021: (80.1, 83.5, 85.2, 86.4, 89.3, 92.0, 87.2, 86.2),
    2022: (76.4, 82.9, 84.8, 88.1, 88.0, 91.1, 86.6, 85.3),
    2023: (79.5, 83.2, 83.9, 86.9, 89.4, 90.6, 86.9, 84.9),
    2024: (77.2, 82.6, 85.3, 87.5, 88.6, 91.7, 87.0, 85.1),
}
MERIT = {
    2020: (203.4, 222.8, 226.1, 228.9, 234.5, 245.2, 231.6, 231.1),
    2021: (206.9, 224.1, 224.7, 230.2, 236.8, 247.0, 233.0, 232.5),
    2022: (201.7, 221.5, 227.3, 229.6, 235.1, 244.8, 231.2, 229.8),
    2023: (205.2, 220.9, 225.8, 231.4, 233.9, 246.1, 231.4, 228.9),
    2024: (209.8, 223.6, 228.4, 230.7, 236.2, 247.9, 233.5, 229.6),
}
ABBR = ["Hyl", "Hst", "Lah", "Fbg", "Vbg", "Kba", "Län", "Riket"]


def make_barometer(out_dir):
    path = os.path.join(out_dir, "utbildningsbarometer_halland_2024.pdf")
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("Utbildningsbarometer Halland 2024")
    c.setAuthor("Region Halland")
    c.setCreator("Region Halland")
    c.setSubject("Grundskolans resultat")
    W, H = A4
    c.setFont("Helvetica-Bold", 15)
    c.drawString(50, H - 60, "Utbildningsbarometer Halland 2024")
    c.setFont("Helvetica", 9)
    c.drawString(50, H - 75, "Grundskolans årskurs 9 – resultat vårterminen 2020–2024, elever i kommunal och fristående skola")
    xs = [60] + [140 + 50 * i for i in range(1, 9)]

    def table(ytop, title, data, nd):
        c.setFont("Helvetica-Bold", 10)
        c.drawString(50, ytop, title)
        y = ytop - 20
        c.setFont("Helvetica-Bold", 9)
        c.drawString(xs[0], y, "År")
        for x, a in zip(xs[1:], ABBR):
            c.drawRightString(x, y, a)
        c.line(50, y - 4, xs[-1] + 5, y - 4)
        y -= 16
        c.setFont("Helvetica", 9)
        for yr, vals in data.items():
            c.drawString(xs[0], y, str(yr))
            for x, v in zip(xs[1:], vals):
                c.drawRightString(x, y, sv(v, nd))
            y -= 14
        c.line(50, y + 8, xs[-1] + 5, y + 8)
        return y

    y = table(H - 115, "Tabell 1. Andel elever i åk 9 som är behöriga till yrkesprogram, procent", BEH, 1)
    y = table(y - 30, "Tabell 2. Genomsnittligt meritvärde i åk 9 (17 ämnen)", MERIT, 1)
    c.setFont("Helvetica-Oblique", 7.5)
    notes = [
        "Förkortningar: Hyl = Hylte, Hst = Halmstad, Lah = Laholm, Fbg = Falkenberg, Vbg = Varberg, "
        "Kba = Kungsbacka, Län = Hallands län, Riket = hela Sverige.",
        "År avser vårterminen. Elever folkbokförda i respektive kommun, oavsett var skolan ligger.",
        "Källa: Skolverket, SiRiS. Bearbetning: Region Halland.",
    ]
    y -= 20
    for n in notes:
        for ln in simpleSplit(n, "Helvetica-Oblique", 7.5, W - 100):
            c.drawString(50, y, ln)
            y -= 10
    c.setFont("Helvetica", 7)
    c.drawRightString(W - 50, 40, "Utbildningsbarometer Halland 2024 – sida 3")
    c.showPage()
    c.save()


def main():
    if len(sys.argv) != 2:
        print("usage: r228_make_files.py OUT_DIR")
        sys.exit(2)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    make_fk(out)
    make_af(out)
    make_report(out)
    make_fakta(out)
    make_register(out)
    make_barometer(out)


if __name__ == "__main__":
    main()
